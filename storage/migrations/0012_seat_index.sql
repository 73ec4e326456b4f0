-- Issue 11: every answer checks the seats taken (SUM of seats of those going) inside its write
-- transaction; with seats in the index that check reads index entries only, never table rows,
-- however many people are going. Counts for the cards use it too.
CREATE INDEX IF NOT EXISTS rsvps_seats ON rsvps (event_id, state, seats);
