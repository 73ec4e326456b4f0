-- Session 11: what the relay needs to read a reply after a restart (`storage.relay`), the
-- minimum. `relay_told`: per member, the one event the latest private notice (or answer
-- confirmed privately) was about, and when; NULL when it named no event, several, or the
-- bot asked something else since. Read for 12 hours (`bot.core.TOLD_FOR`), then erased.
-- `relay_writers`: which organisers wrote to an event's participants (`/message`): its
-- questions reach them too. Erased with its event's questions, a week after the event.
-- Both go with the member (/oubliemoi) and with the event (ON DELETE CASCADE).
CREATE TABLE IF NOT EXISTS relay_told (
    member_id INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    event_id  INTEGER REFERENCES events (id) ON DELETE CASCADE,
    told_at   TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS relay_told_at ON relay_told (told_at);
CREATE TABLE IF NOT EXISTS relay_writers (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, member_id)
);
CREATE INDEX IF NOT EXISTS relay_writers_member ON relay_writers (member_id);
-- A notice carrying a member's own words to someone else (a parent's question waiting in
-- the outbox for an organiser) names that member (`words_of`): it goes with them
-- (/oubliemoi), not only once sent.
ALTER TABLE outbox ADD COLUMN words_of INTEGER
    REFERENCES members (id) ON DELETE CASCADE;
CREATE INDEX IF NOT EXISTS outbox_words_of ON outbox (words_of)
    WHERE words_of IS NOT NULL;
