"""Session 8: the reminder a parent coming with two children reads on a lock screen."""

from __future__ import annotations

from datetime import timedelta

from scheduler_helpers import reminders_of, tick_at

from bot.scheduler import Scheduler
from recording import Bot, new_event, plain


async def test_a_parent_holding_three_seats_is_reminded_of_the_three(bot: Bot) -> None:
    """Sophie comes with Léa and Tom (3 seats). Her reminder read « Touchez « Je ne peux
    plus venir » : votre place ira à quelqu'un d'autre » — one seat, as if the children
    still came (or the button freed only hers)."""
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Léa (9), Tom (13)", user="sophie")
    await bot.say(f"/participer {event_id} oui +1", user="john", locale="en")
    await bot.say(f"/participer {event_id} oui", user="zoe")
    event = await bot.core.storage.events.get(event_id)
    assert event is not None
    await tick_at(bot, Scheduler(bot.core), event.starts_at - timedelta(hours=23))
    [sophie] = reminders_of(bot, "sophie")
    assert "3 places" in plain(sophie) and "vos 3 places iront" in plain(sophie), sophie
    [john] = reminders_of(bot, "john")
    assert "2 seats" in john and "your 2 seats go" in john, john
    [zoe] = reminders_of(bot, "zoe")
    assert "places" not in plain(zoe) and "votre place ira" in plain(zoe), zoe


async def test_i_cant_come_under_the_reminder_frees_every_seat_and_the_names(bot: Bot) -> None:
    """Sophie tapped « Je ne peux plus venir » under the reminder: « votre place … est
    libérée » (she held three), and Léa's and Tom's names stayed on the organisers' list of
    an evening none of them comes to, where a « non » typed drops them."""
    from bot import actions

    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Léa (9), Tom (13)", user="sophie")
    said = plain(await bot.press(actions.encode("drop", event_id), user="sophie"))
    assert "vos 3 places" in said and "Léa" in said, said
    storage = bot.core.storage
    member = await storage.members.find("test", "sophie")
    assert member is not None and await storage.party.export(member.id) == []
    assert (await storage.rsvps.counts(event_id)).going_seats == 0
