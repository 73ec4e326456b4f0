-- Session 7: a guided-creation draft left alone expires (its answers and picture erased);
-- the organiser is told so when they come back, instead of a fresh start without a word.
-- Only the fact is kept: the step it had reached and when it was last answered, until told
-- (or 30 days on), and erased with the member.
CREATE TABLE IF NOT EXISTS expired_drafts (
    member_id  INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    step       TEXT    NOT NULL,
    last_at    TEXT    NOT NULL
);
