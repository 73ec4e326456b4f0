-- Session 5: whose private chat a card was shown in (their platform user id), NULL for a
-- group or channel. /oubliemoi takes those cards off the record with the member, so they
-- no longer name the member's chat nor are edited on. On Telegram a private chat's id is
-- the member's own, which erasure already matched; a Discord private chat has an id of its
-- own. Cards recorded before this migration say nothing of it (those in Telegram private
-- chats are still found by their chat id).
ALTER TABLE posted_messages ADD COLUMN private_to TEXT;
-- Issue 11: a column pointing at a member has an index, so an erasure finds its rows
-- without reading the whole table. Only private cards have one.
CREATE INDEX IF NOT EXISTS posted_private ON posted_messages (platform, private_to)
    WHERE private_to IS NOT NULL;
