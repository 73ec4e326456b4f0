"""Session 7 (acct2): /rappels in a member's own words, where a « pas » or a « non » does
not mean what it seems; and the reminder skipped after a move, only when the move told."""

from __future__ import annotations

from datetime import timedelta

import pytest
from scheduler_helpers import tick_at

from bot.scheduler import Scheduler
from recording import Bot, new_event, plain

ON = ("pas de souci, remets-les", "pas de problème, activez-les", "oui svp, pas de souci",
      "no problem, turn them on", "yes, I don't mind", "je veux les rappels", "je les veux",
      "garde-les", "keep them please")
OFF = ("non plus jamais", "arrête, j'en veux plus", "pas de rappels merci",
       "I want them off", "je veux les couper")
ASKED = ("non, je veux les rappels", "oui mais pas trop", "pas de souci")


async def _reminders_on(bot: Bot, user: str) -> bool:
    member = await bot.core.storage.members.find("test", user)
    assert member is not None
    return member.reminders


@pytest.mark.parametrize("typed", ON)
async def test_reminders_back_on_whatever_the_politeness(bot: Bot, typed: str) -> None:
    """« /rappels pas de souci, remets-les » turned them OFF: « pas » read as a refusal."""
    await bot.say("/rappels non", user="ana")
    shown = plain(await bot.say(f"/rappels {typed}", user="ana"))
    assert shown.startswith("Rappels activés"), shown
    assert await _reminders_on(bot, "ana")


@pytest.mark.parametrize("typed", OFF)
async def test_reminders_off_with_a_no_and_a_never(bot: Bot, typed: str) -> None:
    shown = plain(await bot.say(f"/rappels {typed}", user="ana"))
    assert shown.startswith("Rappels désactivés"), shown
    assert not await _reminders_on(bot, "ana")


@pytest.mark.parametrize("typed", ASKED)
async def test_a_line_that_says_both_is_asked_not_guessed(bot: Bot, typed: str) -> None:
    """« /rappels non, je veux les rappels » switched them off without a word of doubt."""
    await bot.say("/rappels non", user="ana")
    await bot.say("/rappels oui", user="ana")
    shown = plain(await bot.say(f"/rappels {typed}", user="ana"))
    assert "répondez oui ou non" in shown, shown
    assert await _reminders_on(bot, "ana")


def _reminders(bot: Bot, user: str) -> list[str]:
    return [plain(r.text) for u, r in bot.platform.private
            if u == user and "Rappel" in r.text]


async def test_a_reminder_waiting_for_a_retry_is_not_dropped_by_a_later_edit(
        bot: Bot) -> None:
    """Ana got « Rappel : demain à 20h » on Wednesday; that evening the organiser put the
    games off to Friday (Ana told). Thursday 20h, her reminder for Friday failed (her
    Telegram was not reachable: tried again later); at 20h05 the organiser added a line to
    the description. The retry was then dropped as « told of the move » — a move made the
    day before, told the day before: Ana never got « Rappel : demain à 20h » for Friday."""
    event_id = await new_event(bot, "Jeux | 2026-11-26 20:00 | 10")
    await bot.say(f"/participer {event_id}", user="ana")
    scheduler = Scheduler(bot.core)
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    await tick_at(bot, scheduler, start - timedelta(hours=23))
    assert len(_reminders(bot, "ana")) == 1
    bot.clock.advance(minutes=30)
    await bot.say(f"/modifier {event_id} date 2026-11-27")
    bot.platform.unreachable["ana"] = False  # her chat refuses it for now: tried again later
    await tick_at(bot, scheduler, start + timedelta(seconds=30))
    assert len(_reminders(bot, "ana")) == 1
    bot.clock.advance(minutes=5)
    await bot.say(f"/modifier {event_id} description Apportez vos jeux !")
    del bot.platform.unreachable["ana"]
    await tick_at(bot, scheduler, start + timedelta(hours=1))
    reminders = _reminders(bot, "ana")
    assert len(reminders) == 2 and "demain à 20h" in reminders[-1], reminders
