"""Session 6, an English-speaking parent: the demo events' words in English on every
surface of accounts, reminders and posters (not only on the cards)."""

from __future__ import annotations

from datetime import timedelta

from bot import actions
from bot.scheduler import Scheduler
from recording import Bot, plain, private_text

FRENCH = ("Soirée jeux", "Projection de film", "Exemple créé", "Tout public")


def english(text: str) -> str:
    shown = plain(text)
    assert not [w for w in FRENCH if w in shown], shown
    return shown


async def _tick(bot: Bot, scheduler: Scheduler, before: timedelta) -> None:
    event = await bot.core.storage.events.get(1)
    assert event is not None
    bot.clock.current = event.starts_at - before
    await scheduler.tick(bot.clock.current)
    await bot.core.idle()


async def test_mydata_names_the_demo_events_in_english(demo: Bot) -> None:
    """A parent read « #1 Soirée jeux de société » in their English /mydata, under answers,
    children and reminders."""
    await demo.say("/language en", user="kate")
    await demo.say("/rsvp 1 going Tom, Zoe (8-11)", user="kate")
    await _tick(demo, Scheduler(demo.core), timedelta(hours=24))
    shown = english(await demo.say("/mydata", user="kate"))
    assert "#1 [Demo] Board-game night — Friday" in shown, shown
    assert "#1 [Demo] Board-game night: Tom, Zoe (8-11)" in shown, shown
    assert "#1 [Demo] Board-game night, 1 day before: sent" in shown, shown


async def test_a_reminder_of_a_demo_event_reads_english(demo: Bot) -> None:
    """An English phone got « Reminder: "Soirée jeux de société" » and the French
    description."""
    await demo.say("/rsvp 1 going", user="kate", locale="en-GB")
    await _tick(demo, Scheduler(demo.core), timedelta(hours=2))
    text = english(private_text(demo, "kate"))
    assert 'Reminder: "[Demo] Board-game night" (#1), today at 19:30' in text, text
    assert "An example made automatically" in text, text


async def test_i_cannot_come_under_a_demo_reminder_answers_in_english(demo: Bot) -> None:
    await demo.say("/rsvp 1 going", user="kate", locale="en-GB")
    said = english(await demo.press(actions.encode("drop", 1), user="kate", locale="en-GB"))
    assert '"[Demo] Board-game night" (#1)' in said, said
    said = english(await demo.press(actions.encode("drop", 1), user="kate", locale="en-GB"))
    assert '"[Demo] Board-game night" (#1)' in said, said


async def test_i_cannot_come_once_a_demo_event_started_answers_in_english(demo: Bot) -> None:
    await demo.say("/rsvp 1 going", user="kate", locale="en-GB")
    event = await demo.core.storage.events.get(1)
    assert event is not None
    demo.clock.current = event.starts_at + timedelta(minutes=5)
    said = english(await demo.press(actions.encode("drop", 1), user="kate", locale="en-GB"))
    assert '"[Demo] Board-game night" (#1)' in said, said


async def test_a_poster_for_a_cancelled_demo_event_is_refused_in_english(demo: Bot) -> None:
    await demo.say("/language en")
    await demo.say("/cancelevent 1 snow confirm")
    said = english(await demo.say("/poster 1"))
    assert '"[Demo] Board-game night" (#1) is cancelled' in said, said
