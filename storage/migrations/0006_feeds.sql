-- Issue 12: calendar feeds that follow every change.
-- One random id per installation, in every calendar UID, so a reset database never reuses
-- the UIDs of another one (a calendar app would merge two different events).
CREATE TABLE feed_install (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    install_id TEXT    NOT NULL
);
INSERT INTO feed_install (id, install_id) VALUES (1, lower(hex(randomblob(12))));
-- The version of each event as calendars last saw it: SEQUENCE rises when what a calendar
-- shows (title, times, place, description, status) changes.
CREATE TABLE event_versions (
    event_id    INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    sequence    INTEGER NOT NULL DEFAULT 0,
    fingerprint TEXT    NOT NULL,
    changed_at  TEXT    NOT NULL
);
-- A member's private feed of the events they go to; erased with the member.
CREATE TABLE feed_tokens (
    member_id  INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    token      TEXT    NOT NULL,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
);
