"""Session 11, reader11-storage: a read-only review of the session's storage and relay changes
(migrations 0028 relay_told / relay_writers / outbox.words_of, 0029 kids_or_desk, the relay
kept in the database, the account notice's buttons). Each finding is pinned here by what a
member or an organiser would notice; those needing a change in files this reviewer does not
own are strict xfails naming /tmp/team/reader11-storage-proposals.diff.

Through the core on real SQLite files (tests/conftest.py's `bot`), times by the injected
clock; one upgrade from a session-10 database file written with the migrations it had.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scheduler_helpers import close_restarted, last_private, restart, tick_at

from bot import actions
from bot.adapters.waiting import encode
from bot.messages import Button, Incoming, Reply, question_named
from bot.scheduler import Scheduler
from commands.account.jobs import NOTICE, UNUSED
from recording import Bot, new_event, plain
from storage.relay import Relay

__all__ = ["close_restarted"]  # the fixture that closes a restarted core

PROPOSALS = "/tmp/team/reader11-storage-proposals.diff"
MIGRATIONS = Path(__file__).resolve().parent.parent / "storage" / "migrations"
QUESTION = "on peut arriver à 20h15 ?"


async def _say(bot: Bot, text: str, **kwargs: object) -> str:
    return plain(await bot.say(text, **kwargs))  # type: ignore[arg-type]


def _last(bot: Bot, user: str) -> Reply:
    return [r for u, r in bot.platform.private if u == user][-1]


def _button(reply: Reply, label: str) -> str:
    found = [b.action for b in reply.buttons if label in b.label]
    assert found, (label, [b.label for b in reply.buttons])
    return found[0]


def _rows(db_path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as db:
        return list(db.execute(sql, params))


async def _asks(bot: Bot, who: str, spec: str) -> tuple[int, Reply]:
    """`who` books the evening `spec`, the organiser writes to its participants, `who`
    types a question after it: the event, and the question as the organiser received it."""
    event = await new_event(bot, spec)
    await _say(bot, f"/participer {event} oui", user=who)
    await _say(bot, f"/message {event} On commence à 19h45 !")
    said = await _say(bot, QUESTION, user=who)
    assert "Question transmise" in said, said
    asked = _last(bot, "orga")
    assert QUESTION in plain(asked.text) and who.capitalize() in plain(asked.text), asked.text
    return event, asked


async def _reply_under(bot: Bot, asked: Reply, text: str) -> str:
    """The organiser answers with Telegram's « Répondre » under the question's message: the
    adapter reads the question from its « ↩️ Répondre à … » button (`question_named`)."""
    incoming = Incoming(platform=bot.platform.platform, user_id="orga", display_name="Orga",
                        chat_id="chat-orga", text=text, is_private=True, is_organizer=True,
                        question_id=question_named(b.action for b in asked.buttons))
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return plain("\n".join(r.text for r in replies))


# -- 1. a question's number is given again (must-fix) ------------------------------------------



async def test_an_answer_under_an_old_question_never_reaches_the_next_asker(bot: Bot) -> None:
    """Léa asked about Wednesday's evening; a week after it her question is erased (nothing
    else was asked meanwhile: the table is empty). Tom then asks about another evening. The
    organiser, scrolling up her Telegram chat, answers under Léa's old question « Oui, venez
    à 20h15, Léo peut garder son inhalateur ». Before: SQLite gave Tom's question Léa's old
    number, the answer went to Tom (« Réponse envoyée à Tom »), who never asked it. Now:
    the organiser is told Léa's question is no longer kept; Tom receives nothing."""
    _, lea_asked = await _asks(bot, "lea", "Soirée jeux | 2026-11-25 20:00 | 10 | jeux")
    bot.clock.advance(days=9)
    await Scheduler(bot.core).tick(bot.clock())
    await _asks(bot, "tom", "Ciné-club | 2026-12-12 20:00 | 10 | film")
    tom_had = len(bot.platform.private_texts("tom"))
    said = await _reply_under(bot, lea_asked, "Oui, venez à 20h15, Léo peut garder son"
                                              " inhalateur")
    assert "Tom" not in said, said
    assert "n'est plus gardée" in said, said
    assert len(bot.platform.private_texts("tom")) == tom_had


async def test_the_button_of_an_erased_parents_question_never_opens_anothers(bot: Bot) -> None:
    """Léa asks, then erases her data (/oubliemoi). Tom asks next. The organiser taps
    « ↩️ Répondre à Lea » under Léa's question. Before: « Écrivez maintenant votre réponse à
    Tom » (Léa's number was given to Tom's question). Now: « plus gardée »."""
    _, lea_asked = await _asks(bot, "lea", "Soirée jeux | 2026-11-25 20:00 | 10 | jeux")
    confirm = await bot.replies("/oubliemoi", user="lea")
    await _say(bot, "", action=_button(confirm[-1], "Oui"), user="lea")
    await _asks(bot, "tom", "Ciné-club | 2026-12-12 20:00 | 10 | film")
    said = await _say(bot, "", action=_button(lea_asked, "Répondre à Lea"))
    assert "Tom" not in said, said
    assert "n'est plus gardée" in said, said


# -- 2. a note of « nothing » kept 12 hours, shown nowhere (should) ------------------------------



async def test_after_another_command_nothing_of_the_last_notice_is_kept(
        bot: Bot, db_path: Path) -> None:
    """Léa got the team's message about tonight, then typed /aide: what she writes next is
    no longer about tonight. Before: the database kept a row « Léa, no event, 10:00 » for
    12 hours — held about her, yet /mesdonnees showed nothing of it (it lists the event she
    was last told of only). Now: nothing is kept for her, as nothing is read from it."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !")
    scheduler = Scheduler(bot.core)
    await scheduler.tick(bot.clock())
    lea = await bot.core.storage.members.find("test", "lea")
    assert lea is not None
    assert _rows(db_path, "SELECT event_id FROM relay_told WHERE member_id = ?", lea.id) == [
        (event,)]
    shown = await _say(bot, "/mesdonnees", user="lea")
    assert "Le dernier événement dont le bot vous a parlé" in shown, shown
    await _say(bot, "/aide", user="lea")
    await scheduler.tick(bot.clock())
    shown = await _say(bot, "/mesdonnees", user="lea")
    assert "Le dernier événement dont le bot vous a parlé" not in shown, shown
    assert not _rows(db_path, "SELECT * FROM relay_told WHERE member_id = ?", lea.id)


# -- 3. an upgrade from a session-10 file -----------------------------------------------------

ASKED_AT = "2026-11-25T09:30:00Z"


def _session10_file(path: Path) -> None:
    """A database as session 10 left it (migrations up to 0027, recorded as `migrate` does):
    Camille (« orga ») organises tonight's board-game night; Léa, going, asked « on peut
    arriver à 20h15 ? »; Camille's Telegram was down, so the question waits in the outbox;
    last week's screening has its books closed (its tally)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
               " name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for script in sorted(MIGRATIONS.glob("*.sql")):
        if int(script.name[:4]) > 27:
            break
        db.executescript("BEGIN;" + script.read_text(encoding="utf-8") + ";COMMIT;")
        db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                   (int(script.name[:4]), script.name, "2026-11-01T08:00:00Z"))
    created = "2026-11-01T08:00:00Z"
    db.executemany(
        "INSERT INTO members (id, platform, platform_user_id, display_name, created_at,"
        " seen_at) VALUES (?,?,?,?,?,?)",
        [(1, "test", "orga", "Orga", created, created),
         (2, "test", "lea", "Lea", created, created)])
    db.execute("UPDATE member_ids SET high = 2")
    db.executemany(
        "INSERT INTO events (id, kind, title, starts_at, place, capacity, created_by,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [(1, "game_night", "Soirée jeux", "2026-11-25T19:00:00Z", "Le Focus", 10, 1,
          created, created),
         (2, "screening", "Ciné-club", "2026-11-18T19:00:00Z", "Le Focus", 30, 1,
          created, created)])
    db.execute("INSERT INTO rsvps (event_id, member_id, state, seats, created_at, updated_at)"
               " VALUES (1, 2, 'going', 1, ?, ?)", (created, created))
    db.execute("INSERT INTO relay_questions (id, event_id, member_id, asked_at, until)"
               " VALUES (1, 1, 2, ?, '2026-12-02T22:00:00Z')", (ASKED_AT,))
    db.execute("INSERT INTO relay_to (question_id, member_id) VALUES (1, 1)")
    asked = Reply(f"❓ Question de Lea sur « Soirée jeux » (#1) : « {QUESTION} »",
                  buttons=(Button("↩️ Répondre à Lea", actions.encode("ask", 1)),
                           Button("Voir #1", actions.encode("event", 1))))
    db.execute("INSERT INTO outbox (id, member_id, event_id, kind, reply, created_at, until,"
               " attempts, next_try_at) VALUES (1, 1, 1, 'notice', ?, ?,"
               " '2026-11-26T09:30:00Z', 1, ?)", (encode(asked, told=True), ASKED_AT,
                                                   "2026-11-25T09:31:00Z"))
    db.execute("INSERT INTO event_tallies (event_id, kind, starts_at, free, door_kept, booked,"
               " present, walk_ins, members, first_timers, new_in_kind_month, new_since,"
               " closed_at) VALUES (2, 'screening', '2026-11-18T19:00:00Z', 0, 1, 12, 10, 1,"
               " 11, 2, 1, '', '2026-11-20T03:00:00Z')")
    db.close()


async def test_a_session10_file_upgrades_and_its_question_can_still_be_answered(
        bot: Bot, tmp_path: Path) -> None:
    """The operator pulls session 11 and restarts on last night's file: the question waiting
    for Camille goes out at the first tick, her « Répondre » under it still reaches Léa, and
    the new columns read right for old rows (the closed screening still says its names
    were erased: whether it had any was not noted then)."""
    path = tmp_path / "session10.db"
    _session10_file(path)
    scheduler = await restart(bot, path=path)
    await scheduler.tick(bot.clock())
    await bot.core.idle()
    [asked] = [r for u, r in bot.platform.private if u == "orga" and QUESTION in plain(r.text)]
    said = await _reply_under(bot, asked, "Oui, pas de souci")
    assert "Réponse envoyée à Lea" in said, said
    assert "Oui, pas de souci" in plain(bot.platform.private_texts("lea")[-1])
    assert _rows(path, "SELECT kids_or_desk FROM event_tallies") == [(1,)]
    assert _rows(path, "SELECT words_of FROM outbox") == []
    shown = await _say(bot, "/mesdonnees", user="lea")
    assert "Soirée jeux" in shown, shown




async def test_a_question_waiting_at_the_upgrade_goes_with_the_parent(
        bot: Bot, tmp_path: Path) -> None:
    """The same file: before Camille's Telegram is back, Léa erases her data (/oubliemoi).
    Before: her question, kept in the outbox before migration 0028 named whose words it
    carried, still reached Camille at the next tick. Now it goes with her, as one kept
    after the upgrade does."""
    path = tmp_path / "session10.db"
    _session10_file(path)
    await restart(bot, path=path)
    real = bot.platform.send_private

    async def down_for_orga(user_id: str, reply: Reply) -> None:
        if user_id == "orga":
            raise RuntimeError("platform down")
        await real(user_id, reply)

    assert not any(QUESTION in plain(t) for t in bot.platform.private_texts("orga"))
    bot.platform.send_private = down_for_orga  # type: ignore[method-assign]
    confirm = await bot.replies("/oubliemoi", user="lea")
    await _say(bot, "", action=_button(confirm[-1], "Oui"), user="lea")
    bot.platform.send_private = real  # type: ignore[method-assign]
    bot.clock.advance(minutes=10)
    await Scheduler(bot.core).tick(bot.clock())
    await bot.core.idle()
    assert not any(QUESTION in plain(t) for t in bot.platform.private_texts("orga"))


# -- 4. « Garder mon compte » tapped after the erasure, once back (note) ---------------------



async def test_keep_tapped_after_the_erasure_and_a_return_does_not_say_kept(bot: Bot) -> None:
    """The 24-month notice came; she did not answer and her account went 30 days later. A
    week after that she booked an evening again (a new account), and today finds the old
    notice and taps « ✅ Garder mon compte ». Before: « C'est noté : votre compte est
    gardé » — yet her earlier answers and settings are gone. Now she is told they were
    erased (what she did since is kept)."""
    await bot.say("/evenements", user="maman")
    await tick_at(bot, Scheduler(bot.core), bot.clock.current + UNUSED - NOTICE
                  + timedelta(hours=1))
    notice = last_private(bot, "maman")
    assert "presque 2 ans" in notice.text, notice.text
    await tick_at(bot, Scheduler(bot.core), bot.clock.current + NOTICE + timedelta(days=1))
    assert await bot.core.storage.members.find("test", "maman") is None
    bot.clock.advance(days=7)
    await bot.say("/evenements", user="maman")  # back: a new account
    bot.clock.advance(days=3)
    said = plain(await bot.press(_button(notice, "Garder mon compte"), user="maman"))
    assert "votre compte est gardé" not in said, said
    assert "effacé" in said, said


# -- 5. « Vous avez écrit aux participant·e·s » when nothing went (note) ----------------------



async def test_a_message_to_nobody_is_not_listed_as_written(bot: Bot) -> None:
    """Sam, a volunteer, types /message on an evening nobody booked yet: « Personne n'est
    inscrit·e … : aucun message envoyé ». Before: his /mesdonnees then said « Vous avez
    écrit aux participant·e·s de : #1 Soirée jeux » (untrue), and the evening's questions
    reached him as its writer. Now nothing is noted."""
    bot.organizers.add("sam")
    event = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10 | jeux")
    said = await _say(bot, f"/message {event} On commence à 19h45 !", user="sam")
    assert "aucun message envoyé" in said, said
    shown = await _say(bot, "/mesdonnees", user="sam")
    assert "Vous avez écrit aux participant" not in shown, shown


# -- 6. an answer sent, then its mark failing: « réessayez » though it went (note) ------------



async def test_an_answer_that_went_is_said_to_have_gone_when_its_mark_fails(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Camille answers Léa; the database refuses the mark « answered » once (a backup tool
    holding the file, a full disk). Before: Léa had the answer, and Camille read « Désolé,
    quelque chose s'est mal passé … Réessayez » — typed again, « Je ne sais pas répondre à
    ça ». Now she reads that it went, and Léa has it once."""
    await _asks(bot, "lea", "Soirée jeux | 2026-11-25 20:00 | 10 | jeux")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    real = Relay.answered
    failures = [sqlite3.OperationalError("database is locked")]

    async def refused_once(self: Relay, *args: Any) -> datetime | None:
        if failures:
            raise failures.pop()
        return await real(self, *args)

    monkeypatch.setattr(Relay, "answered", refused_once)
    answer = "Oui, pas de souci, à tout à l'heure"
    said = await _say(bot, answer)
    assert "Réponse envoyée à Lea" in said, said
    got = [t for t in bot.platform.private_texts("lea") if answer in plain(t)]
    assert len(got) == 1, got
