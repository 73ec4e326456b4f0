-- Session 11 (review): a question's number is never given again. SQLite gives the next row
-- the highest id + 1, so once the newest question went (its asker erased, or a week after
-- its event, the table then empty), the next question took its number, and the
-- « ↩️ Répondre à Lea » under the old one (a button, or Telegram's « Répondre » under its
-- message) opened and answered the next asker's. The highest number given is kept here
-- (one row), as `member_ids` does for members; `storage.relay` numbers a question above it.
CREATE TABLE IF NOT EXISTS relay_ids (high INTEGER NOT NULL);
INSERT INTO relay_ids (high) SELECT COALESCE(MAX(id), 0) FROM relay_questions
    WHERE NOT EXISTS (SELECT 1 FROM relay_ids);
-- A question passed on before migration 0028 and still waiting in the outbox (the
-- organiser's chat was down at the upgrade) did not name whose words it carries: named now
-- from its « ↩️ Répondre à … » button (`v1:ask:<question>`), so it goes with the asker too.
UPDATE outbox SET words_of = (SELECT q.member_id FROM relay_questions q
                              WHERE instr(outbox.reply, '"v1:ask:' || q.id || '"') > 0)
    WHERE words_of IS NULL AND instr(reply, '"v1:ask:') > 0;
