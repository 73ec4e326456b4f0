-- Issue 13: the association's books. Once an event is over, its figures are written here as
-- plain counts, and the activity report reads them instead of the answers and check-ins:
-- a member erasing their data later takes their answers with them, not the town hall's
-- numbers. No member id, no name: nothing here leads back to a person.
CREATE TABLE IF NOT EXISTS event_tallies (
    event_id          INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL,
    starts_at         TEXT    NOT NULL,          -- UTC, as the event had it when closed
    free              INTEGER NOT NULL,
    door_kept         INTEGER NOT NULL,          -- someone used the door list for it
    booked            INTEGER NOT NULL,          -- seats "going", guests and desk included
    present           INTEGER NOT NULL,          -- seats checked in at the door
    walk_ins          INTEGER NOT NULL,
    members           INTEGER NOT NULL,          -- members holding a seat (desk entries not)
    first_timers      INTEGER NOT NULL,          -- of them, at their first held event ever
    new_in_kind_month INTEGER NOT NULL,          -- of them, first time this month at this kind
    -- Comma-separated, k = 0..23: of them, not at any held event since the 1st of the month
    -- k months before this one (Paris time). Adds up to different members over any period
    -- of up to 24 months without keeping who they were.
    new_since         TEXT    NOT NULL,
    closed_at         TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS event_tallies_by_start ON event_tallies (starts_at);
