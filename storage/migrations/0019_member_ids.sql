-- Session 7: a member's number is never given again after an erasure. SQLite gives the next
-- row the highest id + 1, so the newest member, erased, left their number to the next
-- newcomer, and a button still showing them (an organiser's door list, « retirer Ana »)
-- then acted on that newcomer. The highest number ever erased is kept here (one row);
-- `storage.members` and `storage.party` (desk entries) number a newcomer above it.
CREATE TABLE IF NOT EXISTS member_ids (high INTEGER NOT NULL);
INSERT INTO member_ids (high) SELECT COALESCE(MAX(id), 0) FROM members
    WHERE NOT EXISTS (SELECT 1 FROM member_ids);
