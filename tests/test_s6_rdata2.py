"""Session 6, round 4 (rdata2): what a member or an organiser does while the scheduler's
fan-out goes (one private message after another) counts for the messages still to go; and
erasing one's data does not edit the cards of cancelled events again. The real scheduler
through the core, a real SQLite file, an injected clock."""

from __future__ import annotations

from datetime import timedelta

from test_s6_acct_reminders import Meanwhile, fan_out, said_by, tick_before

from bot.scheduler import Scheduler
from recording import Bot, new_event


async def test_a_member_who_switches_to_english_during_the_fan_out_is_reminded_in_english(
        bot: Bot) -> None:
    """Kate typed /langue en while the reminders were going out (to Ana first): her
    reminder, read in French when the tick started, came in French."""
    platform, event_id = await fan_out(bot, "ana", "kate")
    platform.then.append(said_by(bot, "kate", "/langue en"))
    await tick_before(bot, event_id, timedelta(hours=24))
    kate = [r.text for u, r in bot.platform.private if u == "kate" and "⏰" in r.text]
    assert len(kate) == 1, kate
    assert "Reminder" in kate[0] and "Rappel" not in kate[0], kate


async def test_erasing_ones_data_does_not_edit_the_cards_of_cancelled_events(
        bot: Bot) -> None:
    """Kate had answered two events; one was cancelled. /oubliemoi edited the cancelled
    event's announcement cards again (each edit a request to the platform), for nothing:
    a cancelled card shows no seats."""
    kept = await new_event(bot, "Jeux | 2026-12-05 20:00 | 10")
    gone = await new_event(bot, "Quiz | 2026-12-06 20:00 | 10")
    for event_id in (kept, gone):
        await bot.say(f"/annoncer {event_id}")
        await bot.say(f"/participer {event_id}", user="kate")
    await bot.say(f"/annuler {gone} neige confirmer")
    bot.platform.edits.clear()
    await bot.say("/oubliemoi confirmer", user="kate")
    await bot.core.idle()
    edited = [card for _, _, card in bot.platform.edits]
    assert edited and all(card.event_id == kept for card in edited), \
        [(card.event_id, card.cancelled) for card in edited]


async def test_an_organiser_gets_no_summary_of_an_event_cancelled_during_the_fan_out(
        bot: Bot) -> None:
    """Two evenings today by the same organiser: while the first summary was on its way,
    she cancelled the second. She then got the numbers of the evening she had just
    cancelled."""
    platform = Meanwhile(when_sending="orga")
    bot.core.adapters.clear()
    bot.core.add_adapter(platform)
    await platform.start(bot.core)
    bot.platform = platform
    first = await new_event(bot, "Jeux | 2026-11-26 18:00 | 10")
    second = await new_event(bot, "Quiz | 2026-11-26 21:00 | 10")
    platform.then.append(said_by(bot, "orga", f"/annuler {second} neige confirmer"))
    event = await bot.core.storage.events.get(first)
    assert event is not None
    bot.clock.current = event.starts_at - timedelta(hours=2)  # 17:00 Paris: after 09:00
    await Scheduler(bot.core).tick(bot.clock.current)
    await bot.core.idle()
    summaries = [r.text for u, r in bot.platform.private if u == "orga" and "📋" in r.text]
    assert len(summaries) == 1, summaries
    assert f"#{first}" in summaries[0], summaries
