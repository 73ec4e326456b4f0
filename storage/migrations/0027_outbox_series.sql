-- Session 10: a series' notices (its dates moved, dropped or cancelled: one notice per
-- person, naming their dates) kept with their series (`storage.outbox`): a newer one
-- replaces an older one not yet sent, as for one event, and the reminders know one is
-- still waiting (`Reminders.told_of_move`). Erased with the series.
ALTER TABLE outbox ADD COLUMN series_id INTEGER REFERENCES series (id) ON DELETE CASCADE;
CREATE INDEX IF NOT EXISTS outbox_series ON outbox (series_id, member_id)
    WHERE series_id IS NOT NULL;
