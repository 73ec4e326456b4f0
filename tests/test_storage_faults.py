"""Storage failures under the error policy: a locked, full or damaged database, or a name
SQLite cannot store, gets the polite apology, is logged, and the next message is answered."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.config import Settings
from bot.core import Core
from commands import build_router
from recording import NOW, Bot, Clock, RecordingAdapter, new_event
from storage import Storage

GAMES = "Jeux | demain 20h | 5"
SORRY_FR = "Désolé, quelque chose s'est mal passé"
SORRY_EN = "Sorry, something went wrong"


async def _bot(path: Path, busy_timeout_ms: int = 5000) -> Bot:
    settings = Settings(database_path=path)
    storage = await Storage.open(path, busy_timeout_ms=busy_timeout_ms)
    core = Core(storage, build_router(), settings=settings, clock=Clock(NOW),
                card_interval=0)
    platform = RecordingAdapter()
    core.add_adapter(platform)
    await platform.start(core)
    return Bot(core, platform, Clock(NOW))


@pytest.fixture
async def quick(db_path: Path) -> AsyncIterator[Bot]:
    bot = await _bot(db_path, busy_timeout_ms=50)
    yield bot
    await bot.core.idle()
    await bot.core.storage.close()


async def test_database_locked_by_another_process(quick: Bot, db_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    event_id = await new_event(quick, GAMES)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        # A new member's very first message, with an English phone.
        reply = await quick.say(f"/rsvp {event_id}", user="newcomer", locale="en-US")
        assert SORRY_EN in reply
        assert SORRY_FR in await quick.say(f"/rsvp {event_id}", user="lea")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert any(r.exc_info for r in caplog.records if r.levelno >= logging.ERROR)
    assert "newcomer" not in caplog.text.lower()  # no personal data in the log
    assert "1 place" in await quick.say(f"/rsvp {event_id}", user="newcomer", locale="en-US") \
        or "1 seat" in await quick.say("/myevents", user="newcomer", locale="en-US")
    assert (await quick.core.storage.rsvps.counts(event_id)).going_people == 1


async def test_a_failing_commit_writes_nothing_and_the_next_answer_works(quick: Bot) -> None:
    """A COMMIT that really fails (as on a full disk): here a deferred constraint, which
    SQLite checks only at COMMIT, broken by a trigger on the answer's insert. The answer runs
    whole on the writer's thread, so the fault is set up in SQLite, not in aiosqlite."""
    event_id = await new_event(quick, GAMES)
    await quick.say("/events", user="ana")
    writer = quick.core.storage.db.writer
    for statement in (
        "CREATE TEMP TABLE fault_parent (id INTEGER PRIMARY KEY)",
        "CREATE TEMP TABLE fault_child (parent INTEGER REFERENCES fault_parent (id)"
        " DEFERRABLE INITIALLY DEFERRED)",
        "CREATE TEMP TRIGGER fault_at_commit AFTER INSERT ON main.rsvps"
        " BEGIN INSERT INTO fault_child VALUES (-1); END",
    ):
        await writer.execute(statement)
    assert SORRY_FR in await quick.say(f"/rsvp {event_id}", user="ana")
    # nothing half-written
    assert (await quick.core.storage.rsvps.counts(event_id)).going_people == 0
    await writer.execute("DROP TRIGGER temp.fault_at_commit")
    assert "1 place" in await quick.say(f"/rsvp {event_id}", user="ana")
    assert (await quick.core.storage.rsvps.counts(event_id)).going_people == 1


async def test_disk_full_for_a_new_member(quick: Bot) -> None:
    """The new member's row cannot be written (SQLite refuses it, here through a trigger on
    the writer connection, as a full disk would): the apology, then, once writes work
    again, the answer."""
    writer = quick.core.storage.db.writer
    await writer.execute("CREATE TEMP TRIGGER disk_full BEFORE INSERT ON main.members"
                         " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    assert SORRY_EN in await quick.say("/events", user="newcomer", locale="en")
    await writer.execute("DROP TRIGGER temp.disk_full")
    assert "Upcoming" in await quick.say("/events", user="newcomer", locale="en") or \
        "No upcoming" in await quick.say("/events", user="newcomer", locale="en")


def _corrupt_root_page(db: Path, table: str) -> None:
    """Overwrite the root pages of a table and its indexes, as a failing disk would."""
    with sqlite3.connect(db) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        roots = [r[0] for r in raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = ?", (table,))]
    raw.close()
    with db.open("r+b") as handle:
        for root in roots:
            handle.seek((root - 1) * page_size)
            handle.write(b"\xff" * page_size)


async def test_damaged_page_gets_an_apology_and_the_rest_still_works(db_path: Path) -> None:
    first = await _bot(db_path)
    event_id = await new_event(first, GAMES)
    await first.say(f"/rsvp {event_id}", user="ana")
    await first.core.idle()
    await first.core.storage.close()
    _corrupt_root_page(db_path, "faq_entries")

    bot = await _bot(db_path, busy_timeout_ms=50)
    try:
        assert SORRY_FR in await bot.say("/faq horaires", user="newcomer")
        assert "Jeux" in await bot.say("/evenements", user="newcomer")
        assert "1 place" in await bot.say(f"/rsvp {event_id}", user="newcomer")
    finally:
        await bot.core.storage.close()


async def test_damaged_members_page_every_message_still_gets_an_apology(db_path: Path) -> None:
    first = await _bot(db_path)
    await first.say("/events", user="ana")
    await first.core.storage.close()
    _corrupt_root_page(db_path, "members")

    bot = await _bot(db_path, busy_timeout_ms=50)
    try:
        assert SORRY_FR in await bot.say("/events", user="newcomer")
        assert SORRY_EN in await bot.say("/help", user="other", locale="en")
    finally:
        await bot.core.storage.close()


async def test_a_name_with_a_lone_surrogate_is_answered(bot: Bot) -> None:
    from bot.messages import Incoming

    incoming = Incoming(platform="test", user_id="s1", display_name="Ana\ud800",
                        chat_id="c", text="/events\udc80")
    replies = await bot.core.handle(incoming)
    assert replies and "Aucun événement" in replies[0].text
    member = await bot.core.storage.members.get(1)
    assert member is not None and member.display_name == "Ana"


async def test_a_failed_card_refresh_is_logged_and_the_answer_still_given(
        quick: Bot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    event_id = await new_event(quick, GAMES)
    await quick.say(f"/annoncer {event_id}")
    real = aiosqlite.Connection.execute_fetchall

    def failing(self: aiosqlite.Connection, sql: str, *args: Any) -> Any:
        if "FROM posted_messages" in sql and sql.startswith("SELECT event_id"):
            raise sqlite3.OperationalError("disk I/O error")
        return real(self, sql, *args)

    monkeypatch.setattr(aiosqlite.Connection, "execute_fetchall", failing)
    caplog.set_level(logging.ERROR, logger="bot.core")
    assert "1 place" in await quick.say(f"/rsvp {event_id}", user="ana")
    assert any(r.exc_info and "disk I/O error" in str(r.exc_info[1]) for r in caplog.records)
