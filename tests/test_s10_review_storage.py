"""The last read of storage (session 10): one account the platform fails for does not stop
the 24-month erasures; a check-in at a demo evening's door is erased once it is over."""
from __future__ import annotations

from datetime import timedelta

from scheduler_helpers import close_restarted, restart, tick_at  # noqa: F401  (autouse)

from bot.scheduler import Scheduler
from commands.account.jobs import NOTICE, UNUSED
from recording import Bot, new_event, private_text


async def test_one_account_the_platform_fails_for_does_not_keep_others(bot: Bot) -> None:
    """Léo was told a month ago and stayed silent; Max's notice fails (platform error): Léo
    is erased all the same."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui", user="leo")
    start = bot.clock.current
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start + UNUSED - NOTICE + timedelta(hours=1))
    assert "presque 2 ans" in private_text(bot, "leo")
    bot.clock.current = start + timedelta(days=20)
    await bot.say("/evenements", user="max")  # Max's last use, 20 days after Léo's

    real = bot.platform.send_private

    async def failing(user_id: str, reply: object) -> None:
        if user_id == "max":
            raise RuntimeError("HTTP 500")
        await real(user_id, reply)  # type: ignore[arg-type]

    bot.platform.send_private = failing  # type: ignore[method-assign]
    await tick_at(bot, scheduler, start + UNUSED + timedelta(hours=2))
    assert await bot.core.storage.members.find("test", "leo") is None


async def test_a_check_in_at_a_demo_evenings_door_is_erased_once_it_is_over(bot: Bot) -> None:
    """A volunteer tried /pointage on the demo evening with a real parent's answer: who came,
    and when, must not stay for ever (/mesdonnees: « effacés après l'événement »)."""

    from commands.attendance.jobs import GRACE, LENGTH
    from storage.models import NewEvent
    st = bot.core.storage
    now = bot.clock.current
    lea = await st.members.identify("test", "lea", "Lea", now)
    demo = await st.events.create(NewEvent("Soirée jeux", now + timedelta(minutes=30), "Focus",
                                           is_demo=True), now)
    await st.rsvps.answer(demo.id, lea.id, "going", now)
    assert await st.attendance.toggle(demo.id, lea.id, now + timedelta(minutes=40), want=True)
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, now + timedelta(days=3) + GRACE + LENGTH)
    assert await st.attendance.of_member(lea.id) == []
