"""Session 10, tidy: the outbox's last gaps (a slow send outliving its hold; a newer notice
given an older one's number; a series' notices, kept without one event attached), and what
the last read found written twice, mended without changing what members read. With the
injected clock and real SQLite files; the recording platform is the outside world and keeps
what members received."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest
from scheduler_helpers import (  # noqa: F401  (close_restarted: autouse)
    close_restarted,
    new_event,
    reminders_of,
    starts,
    tick_at,
)

from bot import messages
from bot.__main__ import drain
from bot.jobs import LIVE_LEASE
from bot.messages import Reply
from bot.router import Router
from bot.scheduler import Scheduler
from commands import account
from recording import Bot
from storage import Recipient

PARENTS = ("ana", "bea", "cleo")


async def everyone_going(bot: Bot, spec: str = "Soirée jeux | 2026-12-05 20:00 | 10") -> int:
    event_id = await new_event(bot, spec)
    for user in PARENTS:
        await bot.say(f"/participer {event_id} oui", user=user)
    return event_id


def told(bot: Bot, word: str) -> dict[str, int]:
    """How many private messages holding `word` each parent received."""
    return {user: sum(word in text for text in bot.platform.private_texts(user))
            for user in PARENTS}


# -- a send outliving the hold -----------------------------------------------------------


async def test_a_notice_slower_than_its_hold_still_reaches_each_parent_once(bot: Bot) -> None:
    """Saturday's games night is cancelled while Telegram makes the bot wait (a burst of
    messages, « retry after »): the notices are still going out 20 minutes later when the
    heartbeat ticks. Before, the tick took them as abandoned (their 15-minute hold was over)
    and sent them too: each family read « annulée » twice. Now the process that is still
    sending them leaves them to itself; each family reads it once."""
    event_id = await everyone_going(bot)
    people = await bot.core.storage.rsvps.recipients(event_id, ("going",))
    real = bot.platform.send_private
    slow, sending = asyncio.Event(), asyncio.Event()

    async def held(user_id: str, reply: Reply) -> None:
        sending.set()
        await slow.wait()
        await real(user_id, reply)

    bot.platform.send_private = held  # type: ignore[method-assign]
    telling = asyncio.create_task(bot.core.tell(
        [(who, lambda: Reply(f"Soirée jeux (#{event_id}) est annulée : neige."))
         for who in people], about=event_id, kind="cancelled"))
    await sending.wait()
    bot.platform.send_private = real  # type: ignore[method-assign]
    later = bot.clock.current + LIVE_LEASE + timedelta(minutes=5)
    await Scheduler(bot.core).tick(later)
    slow.set()
    await telling
    assert told(bot, "annulée") == dict.fromkeys(PARENTS, 1)
    assert await bot.core.storage.outbox.pending(event_id) == 0



async def test_a_newer_move_waiting_for_a_retry_is_not_erased_by_the_slow_older_one(
        bot: Bot) -> None:
    """Telegram makes the bot wait while it tells the families « 21h »; meanwhile the
    organiser moves the evening again, to 21h30, and that notice meets a Telegram error (it
    waits for a retry). Before, the older notice, once through, erased the newer one as it
    marked itself sent (the database had given the newer one the older one's number): the
    last word the family read was « 21h », an hour that no longer holds. Now it reads 21h30
    after it. (One family: a small workshop, the last notice kept is the one renumbered.)"""
    event_id = await new_event(bot, "Atelier couture | 2026-12-05 20:00 | 4")
    await bot.say(f"/participer {event_id} oui", user="ana")
    people = await bot.core.storage.rsvps.recipients(event_id, ("going",))
    real = bot.platform.send_private
    slow, sending = asyncio.Event(), asyncio.Event()

    async def held(user_id: str, reply: Reply) -> None:
        sending.set()
        await slow.wait()
        await real(user_id, reply)

    async def down(user_id: str, reply: Reply) -> None:
        raise OSError("429 Too Many Requests")

    def moved(hour: str) -> list[tuple[Recipient, Callable[[], Reply]]]:
        return [(who, lambda: Reply(f"Atelier couture passe à {hour}.")) for who in people]

    bot.platform.send_private = held  # type: ignore[method-assign]
    first = asyncio.create_task(bot.core.tell(moved("21h"), about=event_id, kind="changed"))
    await sending.wait()
    bot.platform.send_private = down  # type: ignore[method-assign]
    await bot.core.tell(moved("21h30"), about=event_id, kind="changed")
    bot.platform.send_private = real  # type: ignore[method-assign]
    slow.set()
    await first
    await tick_at(bot, Scheduler(bot.core), bot.clock.current + timedelta(minutes=5))
    texts = [t for t in bot.platform.private_texts("ana") if "passe à" in t]
    assert texts and texts[-1].endswith("21h30."), texts

# -- a series' notices ---------------------------------------------------------------------


async def chess_club(bot: Bot) -> list[int]:
    """A weekly club; each parent has a seat at its first two Thursdays."""
    await bot.say("/nouvelleserie Club échecs | jeudi 19h | | 12 | jeux")
    dates = [e.id for e in await bot.core.storage.series.occurrences(1, bot.clock())][:2]
    for user in PARENTS:
        for event_id in dates:
            await bot.say(f"/participer {event_id} oui", user=user)
    return dates


SERIES_PROPOSAL = ("proposal: a series' notices kept with their series (migration 0027"
                   " outbox.series_id; Core.tell/tell_each series=; told_of_move reads it),"
                   " /tmp/team/tidy-proposals.diff part 3")


async def test_a_series_moved_twice_leaves_each_parent_with_the_last_hour(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chess club moves to 20h while Telegram answers 502 (the notices wait for a
    retry), then, Telegram back, to 20h30: the families read « 20h30 » at once. Before, the
    « 20h » notice went out at the retry, after it: the last word each family read was an
    hour that no longer holds. Now the newer notice replaces the older one not yet sent, as
    it does for one event."""
    await chess_club(bot)

    async def down(user_id: str, reply: Reply) -> None:
        raise OSError("502 Bad Gateway")

    monkeypatch.setattr(bot.platform, "send_private", down)
    await bot.say("/modifierserie 1 heure jeudi 20h")
    monkeypatch.undo()
    await bot.say("/modifierserie 1 heure jeudi 20h30")
    await tick_at(bot, Scheduler(bot.core), bot.clock.current + timedelta(minutes=5))
    for user in PARENTS:
        notices = [t for t in bot.platform.private_texts(user) if "Club échecs" in t]
        assert notices and "20h30" in notices[-1], (user, notices)
        assert len(notices) == 1, (user, notices)


async def test_a_series_moved_while_the_platform_fails_still_reminds_at_the_new_hour(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Wednesday 19:00, the 24 h reminder said « demain à 19h ». An hour later the club
    moves to 20h while Telegram answers 502: the move notice waits for a retry. Before, the
    reminder for 20h, due at once, was skipped as if that notice had told them: nothing
    said 20h until the retry. Now the reminder goes (« demain à 20h »), as for one event."""
    dates = await chess_club(bot)
    start = await starts(bot, dates[1])
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start - timedelta(hours=24))
    assert all(len(reminders_of(bot, u)) == 1 for u in PARENTS)

    async def down(user_id: str, reply: Reply) -> None:
        raise OSError("502 Bad Gateway")

    bot.clock.current = start - timedelta(hours=23)
    monkeypatch.setattr(bot.platform, "send_private", down)
    await bot.say("/modifierserie 1 heure jeudi 20h")
    monkeypatch.undo()
    await tick_at(bot, scheduler, start - timedelta(hours=23) + timedelta(seconds=10))
    for user in PARENTS:
        assert [t for t in reminders_of(bot, user) if "demain à 20h" in t], (
            user, bot.platform.private_texts(user))


# -- what was written twice -------------------------------------------------------------------


async def test_a_shutdown_counts_the_notices_still_going_out_and_keeps_them(bot: Bot) -> None:
    """The operator stops the bot while a cancellation is going out to a platform that does
    not answer: the log says how many were not sent (`drain`), and they stay kept for the
    next start. Holds before and after the kept notices stop going through a builder that
    does nothing (`PRIVATE_SENDS` names both ways a private message runs)."""
    event_id = await everyone_going(bot)
    people = await bot.core.storage.rsvps.recipients(event_id, ("going",))
    stuck, all_waiting = asyncio.Event(), asyncio.Event()
    waiting: list[str] = []

    async def hung(user_id: str, reply: Reply) -> None:
        waiting.append(user_id)
        if len(waiting) == len(PARENTS):
            all_waiting.set()
        await stuck.wait()

    bot.platform.send_private = hung  # type: ignore[method-assign]
    bot.core.notify_all(people, lambda: Reply("Soirée jeux annulée : neige."), about=event_id,
                        kind="cancelled")
    await all_waiting.wait()  # recorded, then each notice waits on the platform
    assert await drain(bot.core, 0.05) == len(PARENTS)
    assert await bot.core.storage.outbox.pending(event_id) == len(PARENTS)


async def test_reminders_says_its_moments_only_where_it_tells_them(bot: Bot) -> None:
    """/rappels alone says when reminders come; « /rappels non » and « /rappels oui » say
    what changed, without the moments."""
    status = await bot.say("/rappels")
    assert "24h et 2h" in status, status
    for typed in ("/rappels non", "/rappels oui"):
        said = await bot.say(typed)
        assert said and "24h" not in said, (typed, said)


async def test_the_heartbeat_sends_kept_notices_first_and_forgets_accounts_after_the_books(
        bot: Bot) -> None:
    """The order the jobs run in, which users feel: a kept move notice goes before the
    reminder that follows it (which then knows it went out); accounts unused for two years
    go only once the books of their evenings closed (the tallies keep their counts); the
    cards close last, once everything else of the tick was sent."""
    Scheduler(bot.core)
    jobs = list(bot.core.router.jobs)
    assert jobs[0] == "outbox"
    assert jobs[-2:] == ["cards", "waiting"]
    assert jobs.index("forget_unused") > max(
        jobs.index(name) for name in ("reminders", "summaries", "close_books"))


def test_the_account_feature_runs_its_own_retention_rule() -> None:
    router = Router()
    account.register(router)
    assert "forget_unused" in router.jobs


def test_no_builder_that_does_nothing_is_left() -> None:
    """Internal: pins the proposal only (the shutdown count above is the behaviour)."""
    assert not hasattr(messages, "as_built")
