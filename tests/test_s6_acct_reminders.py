"""Session 6: reminders while members change their mind. The scheduler reads who is due,
then sends one private message after another (a fan-out to hundreds takes a minute on
Telegram): what a member does meanwhile must count."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

from bot.messages import Incoming, Reply
from bot.scheduler import Scheduler
from recording import Bot, RecordingAdapter, new_event


@dataclass
class Meanwhile(RecordingAdapter):
    """The platform: while the first reminder is on its way to `when_sending`, something
    else happens in the bot (`then`), as it would during a long fan-out."""

    when_sending: str = ""
    then: list[Callable[[], Awaitable[object]]] = field(default_factory=list)

    async def send_private(self, user_id: str, reply: Reply) -> None:
        await super().send_private(user_id, reply)
        if user_id == self.when_sending:
            while self.then:
                await self.then.pop(0)()


def said_by(bot: Bot, user: str, text: str) -> Callable[[], Awaitable[object]]:
    async def run() -> object:
        return await bot.core.handle(Incoming(
            platform=bot.platform.platform, user_id=user, display_name=user.capitalize(),
            chat_id=f"chat-{user}", text=text, is_private=True,
            is_organizer=user in bot.organizers))
    return run


def reminded(bot: Bot, user: str) -> list[str]:
    return [r.text for u, r in bot.platform.private if u == user and "Rappel" in r.text]


async def fan_out(bot: Bot, *users: str) -> tuple[Meanwhile, int]:
    """An event tomorrow with `users` going (in this order), on a platform that can do
    something meanwhile."""
    platform = Meanwhile(when_sending=users[0])
    bot.core.adapters.clear()
    bot.core.add_adapter(platform)
    await platform.start(bot.core)
    bot.platform = platform
    event_id = await new_event(bot, "Jeux | 2026-11-26 20:00 | 10")
    for user in users:
        await bot.say(f"/participer {event_id}", user=user)
    return platform, event_id


async def tick_before(bot: Bot, event_id: int, before: timedelta) -> None:
    event = await bot.core.storage.events.get(event_id)
    assert event is not None
    bot.clock.current = event.starts_at - before
    await Scheduler(bot.core).tick(bot.clock.current)
    await bot.core.idle()


async def test_a_member_who_erases_during_the_fan_out_gets_no_reminder(bot: Bot) -> None:
    """Kate erased her data while the reminders were going out; the next person in the queue
    took her place in the database (ids are reused): the reminder went to Kate anyway."""
    platform, event_id = await fan_out(bot, "ana", "kate")
    platform.then += [said_by(bot, "kate", "/oubliemoi confirmer"),
                      said_by(bot, "newbie", "/aide")]
    await tick_before(bot, event_id, timedelta(hours=24))
    assert len(reminded(bot, "ana")) == 1
    assert reminded(bot, "kate") == [] and reminded(bot, "newbie") == []


async def test_erasing_during_the_fan_out_does_not_hold_up_the_others(bot: Bot) -> None:
    platform, event_id = await fan_out(bot, "ana", "kate", "zoe")
    platform.then.append(said_by(bot, "kate", "/oubliemoi confirmer"))
    await tick_before(bot, event_id, timedelta(hours=24))
    assert reminded(bot, "kate") == []
    assert len(reminded(bot, "zoe")) == 1  # in the same tick, not 30 s later


async def test_no_reminder_after_answering_no_or_stopping_them_meanwhile(bot: Bot) -> None:
    platform, event_id = await fan_out(bot, "ana", "kate", "zoe")
    platform.then += [said_by(bot, "kate", f"/participer {event_id} non"),
                      said_by(bot, "zoe", "/rappels non")]
    await tick_before(bot, event_id, timedelta(hours=24))
    assert reminded(bot, "kate") == [] and reminded(bot, "zoe") == []


async def test_no_reminder_of_an_event_cancelled_meanwhile(bot: Bot) -> None:
    platform, event_id = await fan_out(bot, "ana", "kate")
    platform.then.append(said_by(bot, "orga", f"/annuler {event_id} neige confirmer"))
    await tick_before(bot, event_id, timedelta(hours=24))
    kate = [r.text for u, r in bot.platform.private if u == "kate"]
    assert kate and all("Rappel" not in text for text in kate), kate  # told it is cancelled


async def test_a_reminder_gives_the_new_time_of_an_event_moved_meanwhile(bot: Bot) -> None:
    """Moved by an hour while the reminders went out: the rest got the old time, and then a
    second reminder at the new time."""
    platform, event_id = await fan_out(bot, "ana", "kate")
    platform.then.append(said_by(bot, "orga", f"/modifier {event_id} heure 21h"))
    await tick_before(bot, event_id, timedelta(hours=24))
    assert all("20h" not in text for text in reminded(bot, "kate")), reminded(bot, "kate")


async def test_a_member_promoted_meanwhile_is_not_reminded_of_a_waitlist_place(
        bot: Bot) -> None:
    """Kate was first on the waitlist when the reminders were read; Ana freed her seat while
    they went out. Kate was told « a seat is yours », then reminded she was on the
    waitlist."""
    platform = Meanwhile(when_sending="ana")
    bot.core.adapters.clear()
    bot.core.add_adapter(platform)
    await platform.start(bot.core)
    bot.platform = platform
    event_id = await new_event(bot, "Jeux | 2026-11-26 20:00 | 1")
    await bot.say(f"/participer {event_id}", user="ana")
    await bot.say(f"/participer {event_id}", user="kate")
    platform.then.append(said_by(bot, "ana", f"/participer {event_id} non"))
    await tick_before(bot, event_id, timedelta(hours=24))
    kate = [r.text for u, r in bot.platform.private if u == "kate"]
    assert kate, kate
    assert all("liste d'attente" not in text for text in kate[1:]), kate  # after the news
    await tick_before(bot, event_id, timedelta(hours=23, minutes=59))
    assert len(reminded(bot, "kate")) == 1, reminded(bot, "kate")  # reminded as going
