-- Issue 8: a bounded number of live card copies per event.
-- `kind` 'announcement': published by an organiser to the announcement chats, always kept live.
-- `kind` 'copy': a card shown in answer to a member (/event, a pressed card); only the most
-- recent few per chat and per event are live (edited on every change). A retired copy keeps
-- its row, so a press on it can bring it back (and retire another).
-- `active_seq` orders copies by their last posting or press: the highest is the most recent.
ALTER TABLE posted_messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'copy'
    CHECK (kind IN ('announcement', 'copy'));
ALTER TABLE posted_messages ADD COLUMN live INTEGER NOT NULL DEFAULT 1;
ALTER TABLE posted_messages ADD COLUMN active_seq INTEGER NOT NULL DEFAULT 0;
UPDATE posted_messages SET active_seq = id;
-- Rows from before this migration do not say how they were posted: the first copy of an
-- event in each chat is taken as its announcement (organisers announce before members ask).
UPDATE posted_messages SET kind = 'announcement'
    WHERE id IN (SELECT MIN(id) FROM posted_messages GROUP BY event_id, platform, chat_id);
CREATE INDEX posted_live ON posted_messages (event_id, live, kind, active_seq);
-- Retire the surplus copies already there: 2 per chat, 50 per event (storage.database's
-- COPIES_PER_CHAT and COPIES_PER_EVENT).
UPDATE posted_messages SET live = 0 WHERE kind = 'copy' AND id NOT IN (
    SELECT id FROM (
        SELECT id, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY active_seq DESC) AS in_event
        FROM (
            SELECT id, event_id, active_seq, ROW_NUMBER() OVER (
                PARTITION BY event_id, platform, chat_id ORDER BY active_seq DESC) AS in_chat
            FROM posted_messages WHERE kind = 'copy')
        WHERE in_chat <= 2)
    WHERE in_event <= 50);
