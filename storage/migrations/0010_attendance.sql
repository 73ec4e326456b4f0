-- Issue 13: the door. Who of those going was checked in at the door, one row per answer (a
-- member and their guests, or a desk entry): gone with the answer it belongs to, so an erased
-- member leaves no trace of having come.
CREATE TABLE IF NOT EXISTS checkins (
    event_id   INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    checked_at TEXT    NOT NULL,
    PRIMARY KEY (event_id, member_id),
    FOREIGN KEY (event_id, member_id) REFERENCES rsvps (event_id, member_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS checkins_by_member ON checkins (member_id);
-- People who came without an answer (counted, never named), and the mark that the door was
-- kept at all: an event without this row has no presence figures (not "nobody came").
CREATE TABLE IF NOT EXISTS door_counts (
    event_id   INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    walk_ins   INTEGER NOT NULL DEFAULT 0 CHECK (walk_ins >= 0),
    updated_at TEXT    NOT NULL
);
