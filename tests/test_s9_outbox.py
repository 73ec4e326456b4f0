"""Session 9, notices that survive a crash: a private notice of a cancellation, a change or a
move reaches each parent, or is sent after a restart: once, never twice, in their language,
not once it stopped mattering. With the injected clock and real SQLite files; a kill is a
copy of the database files taken at that instant, as `kill -9` leaves them
(`test_scheduler_crash.copy_as_killed`); the recording platform is the outside world and
keeps what members already received."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

import pytest
from scheduler_helpers import (
    Killed,
    close_restarted,  # noqa: F401  (autouse)
    new_event,
    reminders_of,
    restart,
    starts,
    tick_at,
)
from test_scheduler_crash import copy_as_killed

from bot.i18n import current_locale
from bot.messages import Reply
from bot.scheduler import Scheduler
from recording import Bot
from storage import Recipient

PARENTS = ("ana", "bea", "cleo", "dina", "eva")


async def everyone_going(bot: Bot, spec: str = "Soirée jeux | 2026-12-05 20:00 | 10") -> int:
    event_id = await new_event(bot, spec)
    for user in PARENTS:
        await bot.say(f"/participer {event_id} oui", user=user)
    return event_id


def kill_at(bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nth: int
            ) -> list[Path]:
    """The platform takes `nth - 1` private messages; at the `nth` the process dies (the
    database as it was then is the one a restart finds). As the adapters' pacing does
    (`bot.adapters.pacing.Gate`: Telegram's 30 a second), one message goes at a time,
    spaced: what the bot wrote after the previous one (its mark) has landed."""
    crashed: list[Path] = []
    real = bot.platform.send_private
    one_at_a_time = asyncio.Lock()
    before = len(bot.platform.private)

    async def send_or_die(user_id: str, reply: Reply) -> None:
        async with one_at_a_time:
            await bot.core.storage.db.write_one("SELECT 1")  # the spacing: earlier writes land
            if crashed:
                raise Killed
            if len(bot.platform.private) - before == nth - 1:
                crashed.append(copy_as_killed(bot.core.storage.path, tmp_path / "killed"))
                raise Killed
            await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", send_or_die)
    return crashed


async def until_killed(work: Awaitable[object]) -> None:
    """Whatever runs until the process dies (a kill ends it; or it finishes)."""
    try:
        await work
    except Killed:
        pass


def told(bot: Bot, word: str) -> dict[str, int]:
    """How many private messages holding `word` each parent received."""
    return {user: sum(word in text for text in bot.platform.private_texts(user))
            for user in PARENTS}


async def recipients(bot: Bot, event_id: int) -> list[Recipient]:
    return await bot.core.storage.rsvps.recipients(event_id, ("going", "waitlisted", "maybe"))


# -- through the commands (the proposal makes them use Core.tell) ----------------------------


async def test_a_kill_during_the_cancellation_fan_out_tells_the_rest_after_the_restart(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Snow: the organiser cancels Saturday's games night; the bot is killed (a deploy, the
    machine) after two of the five families were told. Before, the event was cancelled in
    the database, the three others were never told and their reminders were skipped since
    the event is cancelled: they would have come to a closed door. Now the restart tells
    them, once each; the two told already hear nothing more."""
    event_id = await everyone_going(bot)
    crashed = kill_at(bot, tmp_path, monkeypatch, 3)
    await until_killed(bot.say(f"/annuler {event_id} neige confirmer"))
    monkeypatch.undo()
    assert crashed, "nobody was told"
    assert sum(told(bot, "annulé").values()) == 2
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, bot.clock.current + timedelta(minutes=2))
    assert told(bot, "annulé") == dict.fromkeys(PARENTS, 1)
    assert all("neige" in bot.platform.private_texts(u)[-1] for u in PARENTS)
    third = await restart(bot)  # and again: nobody hears it twice
    await tick_at(bot, third, bot.clock.current + timedelta(hours=1))
    assert told(bot, "annulé") == dict.fromkeys(PARENTS, 1)


async def test_a_move_notice_lost_in_a_kill_is_sent_and_the_reminder_not_skipped(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Friday 20:00, the 24 h reminder said « demain à 20h ». At 21:00 the organiser moves
    it to 21h; the bot dies before anyone was told. Before, after the restart nobody heard
    of 21h: the new reminder was skipped as « told of the move » by a notice that never
    left. Now the notice goes after the restart."""
    event_id = await everyone_going(bot)
    start = await starts(bot, event_id)
    first = await restart(bot)
    await tick_at(bot, first, start - timedelta(hours=24))
    assert all(len(reminders_of(bot, u)) == 1 for u in PARENTS)
    bot.clock.current = start - timedelta(hours=23)
    crashed = kill_at(bot, tmp_path, monkeypatch, 1)
    await until_killed(bot.say(f"/modifier {event_id} heure 21h"))
    monkeypatch.undo()
    assert crashed and told(bot, "à 21h") == dict.fromkeys(PARENTS, 0)
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, start - timedelta(hours=22, minutes=58))
    for user in PARENTS:
        heard = [r for u, r in bot.platform.private if u == user and "(Avant" in r.text]
        assert heard, (user, bot.platform.private_texts(user))
        # as it was written: « ❌ Je ne pourrai pas venir » frees the seat in one tap
        assert [b.label for b in heard[-1].buttons] == ["❌ Je ne pourrai pas venir"]


async def test_a_move_notice_the_platform_failed_keeps_the_reminder_and_is_retried(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """No kill at all: Telegram answers 502 while the move notices go out. Before, the
    organiser was told to call them herself, and the reminder for the new time, due at
    once, was skipped as if the notice had told them. Now the reminder goes (« demain à
    21h »), and the notice is tried again a little later."""
    event_id = await everyone_going(bot)
    start = await starts(bot, event_id)
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start - timedelta(hours=24))

    async def down(user_id: str, reply: Reply) -> None:
        raise OSError("502 Bad Gateway")

    bot.clock.current = start - timedelta(hours=23)
    monkeypatch.setattr(bot.platform, "send_private", down)
    await bot.say(f"/modifier {event_id} heure 21h")
    monkeypatch.undo()
    await tick_at(bot, scheduler, start - timedelta(hours=23) + timedelta(seconds=10))
    for user in PARENTS:
        assert [t for t in reminders_of(bot, user) if "demain à 21h" in t], user
    await tick_at(bot, scheduler, start - timedelta(hours=22))
    for user in PARENTS:
        assert [t for t in bot.platform.private_texts(user) if "(Avant" in t], user


# -- Core.tell, the outbox itself ------------------------------------------------------------


def cancelled_notice(event_id: int) -> Callable[[], Reply]:
    return lambda: Reply(f"Soirée jeux (#{event_id}) est annulée : neige.")


async def test_tell_survives_a_kill_mid_fan_out_and_sends_the_rest_once(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The outbox as the commands use it: every notice recorded before the first goes out,
    each erased once sent."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)
    crashed = kill_at(bot, tmp_path, monkeypatch, 4)
    await until_killed(bot.core.tell([(who, cancelled_notice(event_id)) for who in people],
                                     about=event_id, kind="cancelled"))
    monkeypatch.undo()
    assert sum(told(bot, "annulée").values()) == 3
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, bot.clock.current + timedelta(minutes=1))
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)
    await tick_at(bot, second, bot.clock.current + timedelta(minutes=5))
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)


async def test_the_live_fan_out_is_not_sent_twice_by_a_tick_meanwhile(bot: Bot) -> None:
    """The heartbeat ticks while the notices are still going out (a slow platform): it
    leaves them to the fan-out of its own process."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)
    real = bot.platform.send_private
    slow, sending = asyncio.Event(), asyncio.Event()

    async def held(user_id: str, reply: Reply) -> None:
        sending.set()
        await slow.wait()
        await real(user_id, reply)

    bot.platform.send_private = held  # type: ignore[method-assign]
    telling = asyncio.create_task(bot.core.tell(
        [(who, cancelled_notice(event_id)) for who in people], about=event_id,
        kind="cancelled"))
    await sending.wait()
    bot.platform.send_private = real  # type: ignore[method-assign]
    await Scheduler(bot.core).tick(bot.clock.current + timedelta(seconds=30))
    slow.set()
    await telling
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)


async def test_a_notice_is_kept_in_the_language_of_each_parent(bot: Bot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    event_id = await everyone_going(bot)
    await bot.say("/langue en", user="eva")
    people = await recipients(bot, event_id)
    crashed = kill_at(bot, tmp_path, monkeypatch, 1)

    def notice() -> Reply:
        return Reply("Cancelled: snow." if current_locale() == "en" else "Annulée : neige.")

    await until_killed(bot.core.tell([(who, notice) for who in people], about=event_id,
                                     kind="cancelled"))
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, bot.clock.current + timedelta(minutes=1))
    assert bot.platform.private_texts("eva") == ["Cancelled: snow."]
    assert bot.platform.private_texts("ana") == ["Annulée : neige."]


async def test_a_notice_given_late_says_when_it_was_sent(bot: Bot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine came back two hours later: the parent reads when it was decided."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)
    crashed = kill_at(bot, tmp_path, monkeypatch, 1)
    await until_killed(bot.core.tell([(who, cancelled_notice(event_id)) for who in people],
                           about=event_id, kind="cancelled"))
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, bot.clock.current + timedelta(hours=2))
    [text] = bot.platform.private_texts("ana")
    assert text.startswith("Message envoyé aujourd'hui à 11h, que je n'ai pas pu vous"), text
    assert text.endswith("Soirée jeux (#1) est annulée : neige.")


async def test_no_notice_once_it_stopped_mattering(bot: Bot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot stayed down until the next morning: a move notice for an evening already
    over is not sent (nor kept)."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)
    crashed = kill_at(bot, tmp_path, monkeypatch, 1)
    moved = [(who, lambda: Reply("Soirée jeux passe à 21h.")) for who in people]
    await until_killed(bot.core.tell(moved, about=event_id, kind="changed"))
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, await starts(bot, event_id) + timedelta(hours=3))
    assert told(bot, "21h") == dict.fromkeys(PARENTS, 0)
    assert await bot.core.storage.outbox.pending(event_id) == 0


async def test_a_move_notice_superseded_by_the_cancellation_is_not_sent(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Moved to 21h (lost in a crash), then cancelled: the parent reads the cancellation,
    not an hour that no longer exists."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)
    crashed = kill_at(bot, tmp_path, monkeypatch, 1)
    moved = [(who, lambda: Reply("Soirée jeux passe à 21h.")) for who in people]
    await until_killed(bot.core.tell(moved, about=event_id, kind="changed"))
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    (tmp_path / "again").mkdir()
    crashed_again = kill_at(bot, tmp_path / "again", monkeypatch, 1)
    await until_killed(bot.core.tell([(who, cancelled_notice(event_id)) for who in people],
                           about=event_id, kind="cancelled"))
    monkeypatch.undo()
    second = await restart(bot, path=crashed_again[0])
    await tick_at(bot, second, bot.clock.current + timedelta(minutes=1))
    assert told(bot, "21h") == dict.fromkeys(PARENTS, 0)
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)


async def test_an_erased_parent_leaves_nothing_in_the_outbox(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """/oubliemoi between the kill and the restart: her notice goes with her data."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)
    crashed = kill_at(bot, tmp_path, monkeypatch, 1)
    await until_killed(bot.core.tell([(who, cancelled_notice(event_id)) for who in people],
                           about=event_id, kind="cancelled"))
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    await bot.say("/oubliemoi confirmer", user="ana")
    before = len(bot.platform.private_texts("ana"))
    await tick_at(bot, second, bot.clock.current + timedelta(minutes=1))
    assert len(bot.platform.private_texts("ana")) == before
    assert told(bot, "annulée") == {"ana": 0, **dict.fromkeys(PARENTS[1:], 1)}


async def test_a_platform_failure_is_retried_at_the_next_ticks(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)

    async def down(user_id: str, reply: Reply) -> None:
        raise OSError("502 Bad Gateway")

    monkeypatch.setattr(bot.platform, "send_private", down)
    results = await bot.core.tell([(who, cancelled_notice(event_id)) for who in people],
                                  about=event_id, kind="cancelled")
    assert results == [False] * len(PARENTS)
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock.current + timedelta(minutes=1))
    monkeypatch.undo()
    await tick_at(bot, scheduler, bot.clock.current + timedelta(minutes=5))
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)
    await tick_at(bot, scheduler, bot.clock.current + timedelta(minutes=30))
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)


async def test_mydata_says_a_notice_is_kept_for_her(bot: Bot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """What the bot holds on her, all of it: a cancellation notice the platform failed to
    deliver waits in the database (for the next try) and /mesdonnees says so."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)

    async def down(user_id: str, reply: Reply) -> None:
        raise OSError("502 Bad Gateway")

    monkeypatch.setattr(bot.platform, "send_private", down)
    await bot.core.tell([(who, cancelled_notice(event_id)) for who in people],
                        about=event_id, kind="cancelled")
    monkeypatch.undo()
    said = await bot.say("/mesdonnees", user="ana")
    assert "1 message sur un événement (annulé ou changé) pas encore remis" in said, said


async def test_a_second_kill_while_the_restart_sends_them_loses_none_either(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed during the fan-out, restarted, killed again while the restart was sending the
    rest (a crash loop): the third start sends what is left, and still nobody twice."""
    event_id = await everyone_going(bot)
    people = await recipients(bot, event_id)
    crashed = kill_at(bot, tmp_path, monkeypatch, 2)
    await until_killed(bot.core.tell([(who, cancelled_notice(event_id)) for who in people],
                                     about=event_id, kind="cancelled"))
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    (tmp_path / "again").mkdir()
    crashed_again = kill_at(bot, tmp_path / "again", monkeypatch, 3)
    await until_killed(tick_at(bot, second, bot.clock.current + timedelta(minutes=1)))
    monkeypatch.undo()
    assert sum(told(bot, "annulée").values()) == 3  # one, then two more
    third = await restart(bot, path=crashed_again[0])
    await tick_at(bot, third, bot.clock.current + timedelta(minutes=1))
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)
