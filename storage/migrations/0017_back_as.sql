-- Session 6: a cancelled event copied back on the programme (/dupliquer): the copy whose
-- news reached the people told of the cancellation. They are told of the first copy only.
ALTER TABLE events ADD COLUMN back_as INTEGER REFERENCES events (id) ON DELETE SET NULL;
