-- Issue 13: organisers close sign-ups before the start (new "going" answers refused, people
-- already going or waitlisted keep their place) and reopen them; NULL means open.
ALTER TABLE events ADD COLUMN signups_closed_at TEXT;
-- Why an event was cancelled, as the organiser typed it; told to everyone who had answered.
ALTER TABLE events ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
-- A cancellation asked but not yet confirmed (the Confirm / Keep buttons): the reason waits
-- here, per organiser, because a button's data cannot hold it.
CREATE TABLE IF NOT EXISTS cancel_requests (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    reason     TEXT    NOT NULL DEFAULT '',
    asked_at   TEXT    NOT NULL,
    PRIMARY KEY (event_id, member_id)
);
CREATE INDEX IF NOT EXISTS cancel_requests_by_member ON cancel_requests (member_id);
