-- Claims tied to the process that made them (issue 8). Each start of the scheduler has a
-- random boot id; a 'sending' row whose claimed_by is not the current boot id was left by a
-- process that died (only one process runs per database: bot.__main__ holds a lock file), so
-- it is taken again at once instead of waiting for its lease.
ALTER TABLE reminder_deliveries ADD COLUMN claimed_by TEXT;
-- Attempts whose outcome is unknown because the process stopped during them: the member may
-- have received that message. Shown in `detail` when the row is finished.
ALTER TABLE reminder_deliveries ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scheduled_announcements ADD COLUMN claimed_by TEXT;
