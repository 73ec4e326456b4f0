-- Members are per platform: a Discord account and a Telegram account are two members.
CREATE TABLE members (
    id               INTEGER PRIMARY KEY,
    platform         TEXT    NOT NULL,
    platform_user_id TEXT    NOT NULL,
    display_name     TEXT    NOT NULL,
    language         TEXT    CHECK (language IN ('fr', 'en')),
    reminders        INTEGER NOT NULL DEFAULT 1,
    -- Set when the platform refused a private message; NULL once they reach us again.
    unreachable      TEXT    CHECK (unreachable IN ('not_started', 'blocked')),
    notice_pending   INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL,
    UNIQUE (platform, platform_user_id)
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    starts_at   TEXT    NOT NULL,           -- UTC, ISO 8601
    ends_at     TEXT,                       -- UTC, ISO 8601
    place       TEXT    NOT NULL,
    capacity    INTEGER CHECK (capacity IS NULL OR capacity >= 1),
    price_cents INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
    audience    TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    is_demo     INTEGER NOT NULL DEFAULT 0,
    created_by  INTEGER REFERENCES members (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX events_upcoming ON events (status, starts_at);

-- One row per member and event. `state` is what they hold now: a confirmed seat ('going'),
-- a place in the queue ('waitlisted', ordered by wait_seq), 'maybe' or 'no'.
CREATE TABLE rsvps (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    state      TEXT    NOT NULL CHECK (state IN ('going', 'waitlisted', 'maybe', 'no')),
    seats      INTEGER NOT NULL CHECK (seats >= 1),
    wait_seq   INTEGER,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (event_id, member_id)
);
CREATE INDEX rsvps_by_state ON rsvps (event_id, state, wait_seq);
CREATE INDEX rsvps_by_member ON rsvps (member_id);

-- Every published copy of an event card, so each one can show the live counts.
CREATE TABLE posted_messages (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    message_id TEXT    NOT NULL,
    locale     TEXT    NOT NULL DEFAULT 'fr',
    posted_at  TEXT    NOT NULL,
    UNIQUE (platform, chat_id, message_id)
);
CREATE INDEX posted_by_event ON posted_messages (event_id);

-- Organiser edits of the FAQ; they win over the file shipped in bot/data/faq.json.
-- `deleted` hides a shipped entry.
CREATE TABLE faq_entries (
    key         TEXT PRIMARY KEY,
    keywords    TEXT    NOT NULL DEFAULT '',
    question_fr TEXT    NOT NULL DEFAULT '',
    answer_fr   TEXT    NOT NULL DEFAULT '',
    question_en TEXT    NOT NULL DEFAULT '',
    answer_en   TEXT    NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    updated_by  INTEGER REFERENCES members (id) ON DELETE SET NULL,
    updated_at  TEXT    NOT NULL
);
