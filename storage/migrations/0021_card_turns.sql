-- Session 8: cards turned at an event's start (« Commencé ») and end (« Terminé ») are not
-- turned again after a restart. The scheduler kept in memory only when it last turned
-- cards, so the first tick of every new process looked back 36 hours and edited again every
-- copy of every event started in that time, already closed. One row: the moment up to which
-- turns were handled (`storage.cards.Cards.turned_until`).
CREATE TABLE IF NOT EXISTS card_turns (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    until   TEXT    NOT NULL
);
