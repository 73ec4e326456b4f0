-- Session 10: a member's question about an event, written privately after a notice (or
-- under its card), passed on to the event's organisers (`storage.relay`). Not its words:
-- they go out once in the organisers' private notices (`storage.outbox`, erased once sent).
-- Kept only to carry an organiser's answer back to who asked: which event, who asked and
-- when, who it was sent to (only they may answer it), whether it was answered. Erased a
-- week after the event (`until`), with the asker, with a recipient (their row), and with
-- the event (ON DELETE CASCADE).
CREATE TABLE IF NOT EXISTS relay_questions (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    asked_at    TEXT    NOT NULL,
    until       TEXT    NOT NULL,
    answered_at TEXT
);
CREATE INDEX IF NOT EXISTS relay_questions_member ON relay_questions (member_id);
CREATE INDEX IF NOT EXISTS relay_questions_until ON relay_questions (until);
-- `answering_until`: the organiser tapped « Répondre » and their next private message,
-- until then, is the answer.
CREATE TABLE IF NOT EXISTS relay_to (
    question_id     INTEGER NOT NULL REFERENCES relay_questions (id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    answering_until TEXT,
    PRIMARY KEY (question_id, member_id)
);
CREATE INDEX IF NOT EXISTS relay_to_member ON relay_to (member_id);
