-- Issue 11: every column pointing at a member or an event has an index, so erasing a member
-- (/forgetme: foreign keys cascade or set NULL), exporting their data (/mydata) or deleting
-- an event finds the rows through the index instead of reading whole tables, however long
-- the history grows, while every other write waits.
CREATE INDEX IF NOT EXISTS reminder_deliveries_by_member ON reminder_deliveries (member_id);
CREATE INDEX IF NOT EXISTS events_by_creator ON events (created_by);
CREATE INDEX IF NOT EXISTS series_by_creator ON series (created_by);
CREATE INDEX IF NOT EXISTS faq_entries_by_editor ON faq_entries (updated_by);
CREATE INDEX IF NOT EXISTS scheduled_announcements_by_creator
    ON scheduled_announcements (created_by);
CREATE INDEX IF NOT EXISTS scheduled_announcements_by_event ON scheduled_announcements (event_id);
