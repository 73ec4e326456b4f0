-- Issue 13: the children a parent names among their guests (first name, optional age band).
-- They belong to the parent's answer: erased with it, with the parent (/forgetme) or the
-- event. A child is never a member: no platform id, no messages.
CREATE TABLE IF NOT EXISTS party_children (
    event_id   INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 1),
    first_name TEXT    NOT NULL,
    age_band   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, member_id, position),
    FOREIGN KEY (event_id, member_id) REFERENCES rsvps (event_id, member_id) ON DELETE CASCADE
);
-- Issue 13: people an organiser registered by phone or at the desk. Each one is a member row
-- with platform 'desk' and reminders off, so their seats go through the same capacity
-- transaction as everyone's answer; no adapter serves 'desk', so nothing is ever sent to
-- them. The organiser's note lives here.
CREATE TABLE IF NOT EXISTS desk_entries (
    member_id  INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS desk_entries_by_event ON desk_entries (event_id);
