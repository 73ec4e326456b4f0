"""Reminders under faults (issue 8): `kill -9` during a fan-out, duplicate offsets, stopping
in the middle of a fan-out.

A crash is a copy of the database files taken inside the platform send, at the chosen
instant, exactly as `kill -9` would leave them; the fresh core (a new process, new boot id)
opens that copy while the clock is still before the event. Nothing the first process would
have run after that instant reaches the copy. The recording platform is the outside world:
it keeps what members had already received.
"""

from __future__ import annotations

import asyncio
import shutil
from datetime import datetime, timedelta
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

from bot.messages import Reply
from bot.scheduler import Scheduler
from recording import Bot

SHORT = (timedelta(seconds=30),)
MEMBERS = [f"m{n:02d}" for n in range(1, 11)]


def copy_as_killed(source: Path, folder: Path) -> Path:
    """The database and its WAL as the OS holds them at this instant (what survives kill -9)."""
    folder.mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", folder / f"{source.name}{suffix}")
    return folder / source.name


async def everyone_going(bot: Bot) -> tuple[int, datetime]:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00")
    for user in MEMBERS:
        await bot.say(f"/participer {event_id}", user=user)
    return event_id, await starts(bot, event_id)


@pytest.mark.parametrize(("crash_at", "delivered"), [
    (1, False),  # (a) the first claim is written, nothing sent yet
    (5, False),  # (b) four sent and marked, the fifth claimed, the rest untouched
    (5, True),  # (c) the platform accepted the fifth, the 'sent' mark never happened
])
async def test_kill_during_a_short_fan_out_loses_no_reminder(
    bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    crash_at: int, delivered: bool,
) -> None:
    event_id, start = await everyone_going(bot)
    first = await restart(bot, offsets=SHORT)  # the bot runs with REMINDER_OFFSETS=30s
    real_send = bot.platform.send_private
    calls: list[str] = []
    crashed: list[Path] = []

    async def send_and_die(user_id: str, reply: Reply) -> None:
        calls.append(user_id)
        if len(calls) == crash_at:
            if delivered:
                await real_send(user_id, reply)
            crashed.append(copy_as_killed(bot.core.storage.path, tmp_path / "killed"))
            raise Killed
        await real_send(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", send_and_die)
    with pytest.raises(Killed):
        await tick_at(bot, first, start - SHORT[0])
    monkeypatch.undo()
    victim = calls[-1]
    assert [len(reminders_of(bot, u)) for u in MEMBERS] == (
        [1] * (crash_at - 1) + [int(delivered)] + [0] * (len(MEMBERS) - crash_at))

    second = await restart(bot, path=crashed[0])  # a new process on what the crash left
    await tick_at(bot, second, start - timedelta(seconds=25))
    await tick_at(bot, second, start + timedelta(minutes=1))  # the event has started

    received = {u: len(reminders_of(bot, u)) for u in MEMBERS}
    assert received == {u: 2 if delivered and u == victim else 1 for u in MEMBERS}
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert [r["status"] for r in rows] == ["sent"] * len(MEMBERS)
    [resent] = [r for r in rows if r["detail"]]
    assert resent["detail"] == "resent after restart; the first attempt may have been delivered"
    assert resent["attempts"] == 2
    assert "never sent" not in caplog.text


async def test_kill_after_the_event_started_records_maybe_delivered_not_never_sent(
    bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    """Down until after the start: the interrupted reminder is too late to resend, and its
    record says it may have reached the member, not that it was never sent."""
    event_id, start = await everyone_going(bot)
    first = await restart(bot, offsets=SHORT)
    real_send = bot.platform.send_private
    crashed: list[Path] = []

    async def deliver_and_die(user_id: str, reply: Reply) -> None:
        await real_send(user_id, reply)
        crashed.append(copy_as_killed(bot.core.storage.path, tmp_path / "killed"))
        raise Killed

    monkeypatch.setattr(bot.platform, "send_private", deliver_and_die)
    with pytest.raises(Killed):
        await tick_at(bot, first, start - SHORT[0])
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, start + timedelta(minutes=1))
    rows = await bot.core.storage.reminders.deliveries(event_id)
    interrupted = [r for r in rows if r["member_id"] == rows[0]["member_id"]]
    assert [(r["status"], r["detail"]) for r in interrupted] == [
        ("skipped", "event started; an interrupted attempt may have been delivered")]
    assert caplog.text.count("never sent") == len(MEMBERS) - 1
    assert "may have been delivered" in caplog.text


@pytest.mark.parametrize(("offsets", "shown"), [
    ((timedelta(seconds=30), timedelta(seconds=30)), "(30s avant)"),
    ((timedelta(hours=24), timedelta(minutes=1440), timedelta(hours=2)), "(24h et 2h avant)"),
])
async def test_equal_offsets_never_silence_each_other(
    bot: Bot, offsets: tuple[timedelta, ...], shown: str
) -> None:
    event_id, start = await everyone_going(bot)
    scheduler = await restart(bot, offsets=offsets)
    assert shown in await bot.say("/rappels", user="m01")
    for offset in sorted(set(offsets), reverse=True):
        await tick_at(bot, scheduler, start - offset)
    assert {u: len(reminders_of(bot, u)) for u in MEMBERS} == {
        u: len(set(offsets)) for u in MEMBERS}
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert {r["status"] for r in rows} == {"sent"}


async def test_a_failed_send_is_retried_before_a_near_event_starts(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00")
    await bot.say(f"/participer {event_id}", user="ana")
    start = await starts(bot, event_id)
    scheduler = await restart(bot, offsets=SHORT)

    async def down(user_id: str, reply: Reply) -> None:
        raise TimeoutError("platform down")

    monkeypatch.setattr(bot.platform, "send_private", down)
    await tick_at(bot, scheduler, start - timedelta(seconds=30))
    monkeypatch.undo()
    await tick_at(bot, scheduler, start - timedelta(seconds=15))
    assert len(reminders_of(bot, "ana")) == 1


# -- stopping in the middle of a fan-out ------------------------------------------------------


async def test_stop_mid_fan_out_returns_after_the_message_in_flight(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id, start = await everyone_going(bot)
    scheduler = await restart(bot)
    due = start - timedelta(hours=24)
    real_send = bot.platform.send_private
    in_flight = asyncio.Event()
    release = asyncio.Event()
    calls: list[str] = []

    async def slow(user_id: str, reply: Reply) -> None:
        calls.append(user_id)
        if len(calls) == 3:
            in_flight.set()
            await release.wait()
        await real_send(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", slow)
    bot.clock.current = due
    ticking = asyncio.create_task(scheduler.tick(due))
    await in_flight.wait()
    stopping = asyncio.create_task(scheduler.stop())
    for _ in range(20):
        await asyncio.sleep(0)
    assert not stopping.done()  # the third message is still with the platform
    release.set()
    await stopping
    await ticking
    assert len(calls) == 3
    assert sum(len(reminders_of(bot, u)) for u in MEMBERS) == 3
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert [r["status"] for r in rows] == ["sent"] * 3  # the rest: untouched

    monkeypatch.undo()
    again = await restart(bot)
    await tick_at(bot, again, due + timedelta(seconds=30))
    await tick_at(bot, again, due + timedelta(minutes=10))
    assert {u: len(reminders_of(bot, u)) for u in MEMBERS} == {u: 1 for u in MEMBERS}


async def test_stop_gives_up_on_a_hung_send_and_it_is_sent_again_before_the_event(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00")
    await bot.say(f"/participer {event_id}", user="ana")
    start = await starts(bot, event_id)
    scheduler = await restart(bot, offsets=SHORT)
    hung = asyncio.Event()

    async def never_answers(user_id: str, reply: Reply) -> None:
        hung.set()
        await asyncio.Event().wait()

    monkeypatch.setattr(bot.platform, "send_private", never_answers)
    bot.clock.current = start - SHORT[0]
    ticking = asyncio.create_task(scheduler.tick(bot.clock.current))
    await hung.wait()
    await scheduler.stop(grace=0.01)
    assert ticking.done()
    monkeypatch.undo()
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert [r["status"] for r in rows] == ["sending"]
    # The same process carries on: the claim's lease is short next to the 30 s left.
    same_process = Scheduler(bot.core, boot=scheduler.boot)
    await tick_at(bot, same_process, start - timedelta(seconds=25))
    assert reminders_of(bot, "ana") == []
    await tick_at(bot, same_process, start - timedelta(seconds=20))
    assert len(reminders_of(bot, "ana")) == 1
    [row] = await bot.core.storage.reminders.deliveries(event_id)
    assert (row["status"], row["detail"]) == (
        "sent", "resent after an interrupted attempt; the first attempt may have been delivered")


async def test_sigterm_during_a_heartbeat_tick_stops_cleanly(
    bot: Bot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The production path: the tick runs inside APScheduler's job, and the caller of stop()
    may stop waiting first (`asyncio.wait_for` in the shutdown sequence)."""
    event_id, start = await everyone_going(bot)
    bot.clock.current = start - timedelta(hours=24)
    scheduler = await restart(bot)
    hung = asyncio.Event()

    async def never_answers(user_id: str, reply: Reply) -> None:
        hung.set()
        await asyncio.Event().wait()

    monkeypatch.setattr(bot.platform, "send_private", never_answers)
    await scheduler.start()  # the catch-up tick runs at once
    await hung.wait()
    ticking = scheduler.ticking
    assert ticking is not None
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(scheduler.stop(grace=60), 0.01)
    await asyncio.wait({ticking}, timeout=1)
    assert ticking.done() and not scheduler.running
    assert "Error running job" not in caplog.text and "tick failed" not in caplog.text
    monkeypatch.undo()
    again = await restart(bot)
    await tick_at(bot, again, start - timedelta(hours=23))
    assert {u: len(reminders_of(bot, u)) for u in MEMBERS} == {u: 1 for u in MEMBERS}
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert sum(1 for r in rows if r["interrupted"]) == 1
