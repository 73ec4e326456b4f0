-- Session 8: an answer that could not reach a member privately (Telegram: the private chat
-- never opened; Discord: private messages closed) waits for them to open it, as the line in
-- the group promised (« ma réponse vous attend »), across a restart. Kept 24 hours at most,
-- 5 per member (`storage.waiting`); only what the reply shows (`bot.adapters.waiting`).
-- Erased with the member (ON DELETE CASCADE). A row without a member is the answer to the
-- very message that erased them (« tout est effacé »), kept by their platform id alone.
CREATE TABLE IF NOT EXISTS waiting_replies (
    id         INTEGER PRIMARY KEY,
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    member_id  INTEGER REFERENCES members (id) ON DELETE CASCADE,
    kept_at    TEXT    NOT NULL,
    reply      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS waiting_for ON waiting_replies (platform, user_id);
CREATE INDEX IF NOT EXISTS waiting_member ON waiting_replies (member_id)
    WHERE member_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS waiting_kept ON waiting_replies (kept_at);
