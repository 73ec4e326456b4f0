"""Reminders through the real core, storage and scheduler, with an injected clock.

`tick(now)` is called directly; restarts are real restarts of the core on the same SQLite
file, and crashes are an exception that no handler catches, raised inside the platform send.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from scheduler_helpers import (
    Killed,
    close_restarted,  # noqa: F401  (autouse)
    last_private,
    new_event,
    reminders_of,
    restart,
    starts,
    tick_at,
)

from bot import actions
from bot.jobs import LEASE, TickReport
from bot.messages import Reply
from bot.scheduler import Scheduler
from recording import Bot


async def test_reminders_go_once_at_each_offset_with_time_place_and_buttons(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="ana")
    scheduler = Scheduler(bot.core)
    start = await starts(bot, event_id)
    await tick_at(bot, scheduler, start - timedelta(hours=24, seconds=1))
    assert reminders_of(bot, "ana") == []
    for moment in (start - timedelta(hours=24), start - timedelta(hours=24) + timedelta(
            seconds=30), start - timedelta(hours=3)):
        await tick_at(bot, scheduler, moment)
    [first] = reminders_of(bot, "ana")
    assert "demain à 20h" in first and "Le Focus, Rochebelle" in first
    reply = last_private(bot, "ana")
    assert [b.action for b in reply.buttons] == [actions.encode("drop", event_id),
                                                 actions.encode("event", event_id)]
    assert "Je ne peux plus venir" in reply.buttons[0].label
    await tick_at(bot, scheduler, start - timedelta(hours=2))
    await tick_at(bot, scheduler, start - timedelta(minutes=1))
    await tick_at(bot, scheduler, start + timedelta(hours=1))
    assert len(reminders_of(bot, "ana")) == 2
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert [(r["offset_seconds"], r["status"], r["attempts"]) for r in rows] == [
        (86400, "sent", 1), (7200, "sent", 1)]


async def test_reminder_in_the_member_language(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say("/language en", user="tom")
    await bot.say(f"/rsvp {event_id}", user="tom")
    await tick_at(bot, Scheduler(bot.core), await starts(bot, event_id) - timedelta(hours=2))
    [text] = reminders_of(bot, "tom")
    assert "today at 20:00" in text
    assert "I can't come anymore" in last_private(bot, "tom").buttons[0].label


async def test_no_second_reminder_across_restarts(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="ana")
    start = await starts(bot, event_id)
    await tick_at(bot, Scheduler(bot.core), start - timedelta(hours=24))
    for seconds in (0, 20, 40):  # restarted three times in a minute
        scheduler = await restart(bot)
        await tick_at(bot, scheduler, start - timedelta(hours=24) + timedelta(seconds=seconds))
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, start - timedelta(hours=12))
    assert len(reminders_of(bot, "ana")) == 1


async def test_crash_between_claim_and_send_is_sent_at_once_by_the_next_start(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claim names the process that made it: a new process takes a dead one's claim at
    once, whatever its lease (a 30 s reminder would otherwise be lost)."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="ana")
    due = await starts(bot, event_id) - timedelta(hours=24)

    async def die(user_id: str, reply: Reply) -> None:
        raise Killed

    monkeypatch.setattr(bot.platform, "send_private", die)
    with pytest.raises(Killed):
        await tick_at(bot, Scheduler(bot.core), due)
    monkeypatch.undo()
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert [r["status"] for r in rows] == ["sending"]
    for seconds in (10, 40):  # two quick restarts: the first sends, the second does not
        scheduler = await restart(bot)
        await tick_at(bot, scheduler, due + timedelta(seconds=seconds))
    assert len(reminders_of(bot, "ana")) == 1
    await tick_at(bot, scheduler, due + LEASE + timedelta(minutes=1))
    assert len(reminders_of(bot, "ana")) == 1
    [row] = [r for r in await bot.core.storage.reminders.deliveries(event_id)
             if r["offset_seconds"] == 86400]
    assert (row["status"], row["attempts"], row["interrupted"]) == ("sent", 2, 1)
    assert row["detail"] == "resent after restart; the first attempt may have been delivered"


async def test_crash_after_send_before_mark_is_the_one_duplicate_window(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documented trade-off: the platform took the message, the process died before the
    'sent' mark (one SQLite write later). The next start sends it again, once, because a lost
    reminder is worse than a rare duplicate; the record says the first may have arrived."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="ana")
    due = await starts(bot, event_id) - timedelta(hours=24)
    real_send = bot.platform.send_private

    async def send_then_die(user_id: str, reply: Reply) -> None:
        await real_send(user_id, reply)
        raise Killed

    monkeypatch.setattr(bot.platform, "send_private", send_then_die)
    with pytest.raises(Killed):
        await tick_at(bot, Scheduler(bot.core), due)
    monkeypatch.undo()
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, due + timedelta(seconds=30))
    assert len(reminders_of(bot, "ana")) == 2
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, due + LEASE * 3)
    assert len(reminders_of(bot, "ana")) == 2
    [row] = [r for r in await bot.core.storage.reminders.deliveries(event_id)
             if r["offset_seconds"] == 86400]
    assert row["status"] == "sent" and "may have been delivered" in row["detail"]


async def test_missed_while_down_sent_late_once_or_skipped_after_start(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    late = await new_event(bot, "Jeux | 2026-12-05 20:00")
    both = await new_event(bot, "Ciné | 2026-12-06 20:00")
    gone = await new_event(bot, "Atelier | 2026-12-04 20:00")
    for event_id in (late, both, gone):
        await bot.say(f"/participer {event_id}", user="ana")
    # Down from before every reminder until 20 h before the first event.
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, await starts(bot, late) - timedelta(hours=20))
    texts = reminders_of(bot, "ana")
    assert len(texts) == 1 and "#1" in texts[0]
    # Down again until an hour before the second: one reminder, not two.
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, await starts(bot, both) - timedelta(hours=1))
    texts = reminders_of(bot, "ana")
    assert [t for t in texts if "#2" in t] and len([t for t in texts if "#2" in t]) == 1
    rows = await bot.core.storage.reminders.deliveries(both)
    assert {(r["offset_seconds"], r["status"], r["detail"]) for r in rows} == {
        (86400, "skipped", "superseded"), (7200, "sent", None)}
    # The third started while we were down: nothing sent, every reminder logged as missed.
    assert not [t for t in texts if "#3" in t]
    rows = await bot.core.storage.reminders.deliveries(gone)
    assert {(r["status"], r["detail"]) for r in rows} == {("skipped", "event_started")}
    assert "never sent: event_started" in caplog.text


async def test_reminders_off_is_respected_and_on_again(bot: Bot) -> None:
    first = await new_event(bot, "Jeux | 2026-12-05 20:00")
    second = await new_event(bot, "Ciné | 2026-12-12 20:00")
    assert "désactivés" in await bot.say("/rappels non", user="ben")
    assert "désactivés" in await bot.say("/rappels", user="ben")
    assert "on or off" in await bot.say("/reminders maybe", user="ben", locale="en")
    for event_id in (first, second):
        await bot.say(f"/participer {event_id}", user="ben")
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, await starts(bot, first) - timedelta(hours=2))
    assert reminders_of(bot, "ben") == []
    assert "activés" in await bot.say("/rappels oui", user="ben")
    assert "24h et 2h" in await bot.say("/reminders", user="ben")
    await tick_at(bot, scheduler, await starts(bot, second) - timedelta(hours=24))
    assert len(reminders_of(bot, "ben")) == 1


async def test_waitlisted_get_their_position_once_and_the_drop_button_promotes(
    bot: Bot,
) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 1")
    for user in ("ana", "ben", "cleo"):
        await bot.say(f"/participer {event_id}", user=user)
    scheduler = Scheduler(bot.core)
    start = await starts(bot, event_id)
    await tick_at(bot, scheduler, start - timedelta(hours=24))
    [ben] = reminders_of(bot, "ben")
    [cleo] = reminders_of(bot, "cleo")
    assert "liste d'attente, position 1" in ben and "position 2" in cleo
    assert "attente" not in reminders_of(bot, "ana")[0]

    drop = last_private(bot, "ana").buttons[0].action
    bot.clock.advance(hours=1)
    answer = await bot.press(drop, user="ana")
    assert "votre place pour «\u00a0Jeux\u00a0» (#1) est libérée" in answer
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))
    counts = await bot.core.storage.rsvps.counts(event_id)
    assert (counts.going_people, counts.waitlist) == (1, 1)

    await tick_at(bot, scheduler, start - timedelta(hours=2))
    assert len(reminders_of(bot, "ben")) == 2  # going now: the 2 h reminder, no position
    assert "attente" not in reminders_of(bot, "ben")[-1]
    assert len(reminders_of(bot, "cleo")) == 1  # still waiting: one note was enough
    assert len(reminders_of(bot, "ana")) == 1  # not going any more

    bot.clock.current = start + timedelta(minutes=1)
    assert "commencé" in await bot.press(drop, user="ben")


async def test_waitlisted_member_missed_while_down_still_gets_one_note(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 1")
    await bot.say(f"/participer {event_id}", user="ana")
    await bot.say(f"/participer {event_id}", user="ben")
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, await starts(bot, event_id) - timedelta(hours=1))
    [note] = reminders_of(bot, "ben")
    assert "position 1" in note
    assert len(reminders_of(bot, "ana")) == 1


async def test_late_answer_skips_the_reminder_already_due(bot: Bot) -> None:
    event_id = await new_event(bot)
    start = await starts(bot, event_id)
    bot.clock.current = start - timedelta(hours=3)
    await bot.say(f"/participer {event_id}", user="ana")
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start - timedelta(hours=3))
    assert reminders_of(bot, "ana") == []
    await tick_at(bot, scheduler, start - timedelta(hours=2))
    assert len(reminders_of(bot, "ana")) == 1


async def test_failed_sends_are_retried_with_backoff_and_unreachable_recorded(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00")
    for user in ("ana", "ben", "cleo"):
        await bot.say(f"/participer {event_id}", user=user)
    bot.platform.unreachable["ben"] = True  # blocked the bot
    bot.platform.unreachable["cleo"] = False  # never opened a private chat
    real_send = bot.platform.send_private
    calls: list[str] = []

    async def flaky(user_id: str, reply: Reply) -> None:
        calls.append(user_id)
        if user_id == "ana":
            raise TimeoutError("platform down")
        await real_send(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", flaky)
    scheduler = Scheduler(bot.core)
    due = await starts(bot, event_id) - timedelta(hours=24)
    await tick_at(bot, scheduler, due)
    await tick_at(bot, scheduler, due + timedelta(seconds=10))  # too early for a retry
    assert calls.count("ana") == 1
    await tick_at(bot, scheduler, due + timedelta(seconds=30))
    await tick_at(bot, scheduler, due + timedelta(seconds=60))  # backoff doubled: not yet
    assert calls.count("ana") == 2
    monkeypatch.undo()
    await tick_at(bot, scheduler, due + timedelta(seconds=90))
    assert len(reminders_of(bot, "ana")) == 1
    await tick_at(bot, scheduler, due + timedelta(hours=1))
    assert len(reminders_of(bot, "ana")) == 1

    storage = bot.core.storage
    rows = {r["member_id"]: r for r in await storage.reminders.deliveries(event_id)
            if r["offset_seconds"] == 86400}
    ana, ben, cleo = [await storage.members.identify("test", u, u.capitalize(), bot.clock())
                      for u in ("ana", "ben", "cleo")]
    assert (rows[ana.id]["status"], rows[ana.id]["attempts"]) == ("sent", 3)
    assert rows[ben.id]["status"] == "unreachable" and ben.unreachable == "blocked"
    assert rows[cleo.id]["status"] == "retry" and cleo.unreachable == "not_started"
    # Cleo opens a private chat: the next retry reaches her.
    del bot.platform.unreachable["cleo"]
    await bot.say("/start", user="cleo")
    await tick_at(bot, scheduler, due + timedelta(hours=2))
    assert len(reminders_of(bot, "cleo")) == 1
    assert reminders_of(bot, "ben") == []


async def test_organiser_gets_a_same_day_summary_once(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 3")
    await bot.say(f"/participer {event_id} oui +1", user="ana")
    await bot.say(f"/participer {event_id} oui +1", user="ben")
    scheduler = Scheduler(bot.core)
    morning = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)  # 09:00 in Paris
    await tick_at(bot, scheduler, morning - timedelta(seconds=1))
    assert not [t for t in bot.platform.private_texts("orga") if "Aujourd'hui" in t]
    await tick_at(bot, scheduler, morning)
    await tick_at(bot, scheduler, morning + timedelta(hours=3))
    [summary] = [t for t in bot.platform.private_texts("orga") if "Aujourd'hui" in t]
    assert "2/3" in summary and "1 invité" in summary and "liste d'attente\u00a0: 1" in summary


async def test_scheduler_starts_ticks_and_stops_inside_the_loop(bot: Bot) -> None:
    import asyncio

    scheduler = Scheduler(bot.core, interval=3600)
    ticked = asyncio.Event()
    real_tick = scheduler.tick

    async def tick(now: datetime) -> TickReport:
        result = await real_tick(now)
        ticked.set()
        return result

    scheduler.tick = tick  # type: ignore[method-assign]
    await scheduler.start()
    job = scheduler.heartbeat
    assert job.coalesce and job.misfire_grace_time is None and job.max_instances == 1
    await asyncio.wait_for(ticked.wait(), timeout=5)  # the catch-up tick at start-up
    await scheduler.stop()
    assert not scheduler.running and scheduler.heartbeat is None


def test_a_second_process_on_the_same_database_is_refused(tmp_path: object) -> None:
    from pathlib import Path

    from bot.ops import take_lock as _lock

    database = Path(str(tmp_path)) / "focus.db"
    first = _lock(database)
    assert first is not None
    assert _lock(database) is None
    first.close()
    again = _lock(database)
    assert again is not None
    again.close()


async def test_every_registered_job_runs_in_order_and_one_failure_stops_none(bot: Bot) -> None:
    """The heartbeat knows no feature: it runs the router's jobs, in registration order, with
    one JobContext per tick; a failing job does not keep the others (here: reminders) from
    running, and its error is raised at the end."""
    from bot.jobs import JobContext

    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="ana")
    seen: list[tuple[str, JobContext]] = []

    async def broken(job: JobContext) -> None:
        seen.append(("broken", job))
        raise RuntimeError("this job is broken")

    async def last(job: JobContext) -> None:
        seen.append(("last", job))

    jobs = bot.core.router.jobs
    # The drafts sweep (a single DELETE of expired guided-creation drafts) may come first.
    assert [n for n in jobs if n != "drafts"][:3] == ["reminders", "missed_reminders",
                                                      "summaries"]
    assert {"announcements", "series"} <= set(jobs)
    bot.core.router.job("broken", broken)
    bot.core.router.job("last", last)
    scheduler = Scheduler(bot.core, boot="b00t")
    due = await starts(bot, event_id) - timedelta(hours=24)
    with pytest.raises(ExceptionGroup) as raised:
        await tick_at(bot, scheduler, due)
    assert [str(e) for e in raised.value.exceptions] == ["this job is broken"]
    assert [name for name, _ in seen] == ["broken", "last"]
    assert seen[0][1] is seen[1][1]
    assert (seen[0][1].now, seen[0][1].boot, seen[0][1].report.sent) == (due, "b00t", 1)
    assert len(reminders_of(bot, "ana")) == 1


async def test_reminders_can_be_turned_off_from_a_slash_command(bot: Bot) -> None:
    """Discord members use slash options: /reminders exists there with a state choice."""
    spec = bot.core.router.find("reminders")
    assert spec is not None and [p.values for p in spec.params] == [("on", "off")]
    assert "désactivés" in await bot.say("", user="ben", command="reminders",
                                         options={"state": "off"})
    member = await bot.core.storage.members.identify("test", "ben", "Ben", bot.clock())
    assert member.reminders == 0
    assert "activés" in await bot.say("", user="ben", command="reminders",
                                      options={"state": "on"})
    assert "(24h et 2h avant)" in await bot.say("", user="ben", command="reminders")
