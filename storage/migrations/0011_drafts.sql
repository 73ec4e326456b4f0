-- Issue 13: an event being created step by step (guided creation), one per organiser. What
-- is answered so far waits here, so a restart loses nothing; a draft left alone expires
-- (checked on read, removed on the next start). `data` is JSON written by the feature; a
-- picture sent in the dialogue waits as raw bytes until the event is published.
CREATE TABLE IF NOT EXISTS drafts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: old buttons go stale
    member_id  INTEGER NOT NULL UNIQUE REFERENCES members (id) ON DELETE CASCADE,
    step       TEXT    NOT NULL,
    data       TEXT    NOT NULL DEFAULT '{}',
    image      BLOB,
    reminded   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT    NOT NULL
);
