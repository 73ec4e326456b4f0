-- Scheduler state (issue 5). The database is the only source of truth: the scheduler keeps
-- nothing in memory, so a restart rebuilds every pending job from these tables.

-- A weekly (or every-N-weeks) series of events, in Europe/Paris wall-clock time so 19:30
-- stays 19:30 across daylight-saving changes. Occurrences are ordinary events with series_id.
CREATE TABLE series (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL,
    kind            TEXT    NOT NULL DEFAULT 'other',
    weekday         INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),   -- Monday = 0
    local_time      TEXT    NOT NULL,                                   -- 'HH:MM', Paris
    first_date      TEXT    NOT NULL,                                   -- 'YYYY-MM-DD', Paris
    interval_weeks  INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 52),
    capacity        INTEGER CHECK (capacity IS NULL OR capacity >= 1),
    price_cents     INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
    place           TEXT    NOT NULL,
    -- The last local date for which occurrences were created: top-ups continue after it, so
    -- an occurrence cancelled or moved on its own is never recreated.
    generated_until TEXT,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    created_by      INTEGER REFERENCES members (id) ON DELETE SET NULL,
    created_at      TEXT    NOT NULL
);

ALTER TABLE events ADD COLUMN series_id INTEGER REFERENCES series (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX events_series_start ON events (series_id, starts_at)
    WHERE series_id IS NOT NULL;

-- One row per reminder (event, member, offset, start time) once the scheduler has touched it.
-- 'sending' is a claim with a lease (next_try_at): a crash leaves it there and it is retried
-- only once the lease has run out. 'retry' waits for next_try_at. Final: 'sent', 'skipped'
-- (reason in detail), 'unreachable' (the member blocked the bot).
-- offset_seconds = -1 marks the organiser's same-day summary.
CREATE TABLE reminder_deliveries (
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    offset_seconds INTEGER NOT NULL,
    starts_at      TEXT    NOT NULL,   -- the start the reminder was for: a moved event is
                                       -- reminded again at its new time
    status         TEXT    NOT NULL
                   CHECK (status IN ('sending', 'retry', 'sent', 'skipped', 'unreachable')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_try_at    TEXT,
    sent_at        TEXT,
    detail         TEXT,
    updated_at     TEXT    NOT NULL,
    UNIQUE (event_id, member_id, offset_seconds, starts_at)
);
CREATE INDEX reminder_deliveries_pending ON reminder_deliveries (status, next_try_at);

-- `/announcelater`: an event card published once at `at`. Same claim/lease scheme.
CREATE TABLE scheduled_announcements (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    at           TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'sending', 'done', 'cancelled', 'skipped',
                                   'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_try_at  TEXT    NOT NULL,
    reached      INTEGER,
    created_by   INTEGER REFERENCES members (id) ON DELETE SET NULL,
    created_at   TEXT    NOT NULL,
    published_at TEXT
);
CREATE INDEX scheduled_announcements_due ON scheduled_announcements (status, next_try_at);
