-- Session 9: private notices of a cancellation, a change or a move (and the organisers'
-- other messages to members) kept until they went out (`storage.outbox`). Recorded in one
-- transaction before the first is sent, each erased once sent: a process killed during the
-- fan-out leaves the rest for the next start, which sends them once. None is sent after
-- `until` (its event is over: it stopped mattering). The reply is kept as the answers
-- waiting for a private chat keep theirs (`bot.adapters.waiting.encode`), already in the
-- member's language. Erased with the member and with the event (ON DELETE CASCADE).
-- `claimed_by`: the process sending it (a row held by another one, dead, is taken at once);
-- `next_try_at`: not taken again before (a live fan-out's lease, or a retry's backoff).
CREATE TABLE IF NOT EXISTS outbox (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    reply       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    until       TEXT    NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT    NOT NULL,
    claimed_by  TEXT
);
CREATE INDEX IF NOT EXISTS outbox_next ON outbox (next_try_at);
CREATE INDEX IF NOT EXISTS outbox_member ON outbox (member_id);
CREATE INDEX IF NOT EXISTS outbox_event ON outbox (event_id, member_id)
    WHERE event_id IS NOT NULL;
