"""Upgrading: a database written by the previous release opens with today's code and keeps
everything. Migrations run at start-up (`Storage.open`), so this is what an operator's
`git pull && systemctl restart` does to the association's real data.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from storage import Storage

MIGRATIONS = Path(__file__).resolve().parent.parent / "storage" / "migrations"
PREVIOUS_RELEASE = ("0001_init.sql", "0002_scheduling.sql")
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
WHEN = "2026-12-05T19:00:00Z"


def previous_release_database(path: Path) -> None:
    """Schema exactly as the previous release left it, recorded as its `_migrate` did."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
               " name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for name in PREVIOUS_RELEASE:
        db.executescript("BEGIN;" + (MIGRATIONS / name).read_text(encoding="utf-8")
                         + ";COMMIT;")
        db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                   (int(name[:4]), name, "2026-10-01T08:00:00Z"))
    created = "2026-10-02T08:00:00Z"
    db.executemany(
        "INSERT INTO members (id, platform, platform_user_id, display_name, language,"
        " reminders, unreachable, notice_pending, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [(1, "telegram", "1001", "Camille", "fr", 1, None, 0, created),
         (2, "discord", "2002", "Léa", None, 0, "not_started", 1, created),
         (3, "telegram", "1003", "Tom", "en", 1, "blocked", 0, created)])
    db.executemany(
        "INSERT INTO events (id, kind, title, starts_at, place, capacity, price_cents,"
        " status, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(1, "screening", "Ciné-club", WHEN, "Le Focus", 2, 300, "scheduled", 1, created,
          created),
         (2, "workshop", "Atelier photo", "2026-12-12T14:00:00Z", "Le Focus", None, 0,
          "cancelled", 1, created, created)])
    db.executemany(
        "INSERT INTO rsvps (event_id, member_id, state, seats, wait_seq, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?)",
        [(1, 1, "going", 2, None, created, created),
         (1, 2, "waitlisted", 1, 1, created, created),
         (1, 3, "maybe", 1, None, created, created)])
    db.execute("INSERT INTO posted_messages (event_id, platform, chat_id, message_id, locale,"
               " posted_at) VALUES (1, 'telegram', '-100123', '77', 'fr', ?)", (created,))
    db.execute("INSERT INTO faq_entries (key, question_fr, answer_fr, updated_at)"
               " VALUES ('horaires', 'Horaires ?', 'Du mardi au samedi.', ?)", (created,))
    db.close()


async def test_previous_release_database_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "focus.db"
    previous_release_database(path)

    storage = await Storage.open(path)
    try:
        event = await storage.events.get(1)
        assert event is not None
        assert (event.title, event.capacity, event.price_cents) == ("Ciné-club", 2, 300)
        assert event.starts_at == datetime(2026, 12, 5, 19, 0, tzinfo=UTC)
        cancelled = await storage.events.get(2)
        assert cancelled is not None and cancelled.status == "cancelled"
        counts = await storage.rsvps.counts(1)
        assert (counts.going_seats, counts.going_people, counts.waitlist, counts.maybe) == (
            2, 1, 1, 1)
        attendees = {a.display_name: a.state for a in await storage.rsvps.attendees(1)}
        assert attendees == {"Camille": "going", "Léa": "waitlisted", "Tom": "maybe"}
        lea = await storage.members.identify("discord", "2002", "Léa", NOW)
        assert (lea.id, lea.reminders, lea.unreachable, lea.notice_pending) == (
            2, False, "not_started", True)
        assert [p.message_id for p in await storage.cards.to_edit(1)] == ["77"]
        # The upgraded database still takes new answers.
        await storage.rsvps.answer(1, 1, "no", NOW)
        assert {a.display_name: a.state for a in await storage.rsvps.attendees(1)}["Léa"] == "going"
    finally:
        await storage.close()

    db = sqlite3.connect(path)
    applied = [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY 1")]
    faq = db.execute("SELECT answer_fr FROM faq_entries WHERE key = 'horaires'").fetchone()
    problem = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    newest = max(int(p.name[:4]) for p in MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    assert applied == list(range(1, newest + 1))
    assert faq == ("Du mardi au samedi.",)
    assert problem == "ok"
