"""Session 6 review (rdata): reminders claimed only if "still due as read", and cancelled
cards reaching every copy. The real scheduler job through the core, a real SQLite file, an
injected clock that moves while the fan-out goes (as a real one does: one message after
another, a minute or more on Telegram)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from test_buttons import _show_in_chat
from test_s6_acct_reminders import Meanwhile, reminded, said_by

from bot.messages import EventCard, Incoming
from bot.platform import CardGone
from bot.scheduler import Scheduler
from recording import Bot, RecordingAdapter, new_event
from storage import cards


def later(bot: Bot, seconds: float) -> Callable[[], Awaitable[object]]:
    """Time passes while the reminders go out."""
    async def run() -> object:
        bot.clock.advance(seconds=seconds)
        return None
    return run


async def one_seat_kate_waiting(bot: Bot) -> tuple[Meanwhile, int]:
    """Ana holds the only seat, Kate is first on the waitlist; the platform lets something
    happen while Ana's reminder is on its way."""
    platform = Meanwhile(when_sending="ana")
    bot.core.adapters.clear()
    bot.core.add_adapter(platform)
    await platform.start(bot.core)
    bot.platform = platform
    event_id = await new_event(bot, "Jeux | 2026-11-26 20:00 | 1")
    await bot.say(f"/participer {event_id}", user="ana")
    await bot.say(f"/participer {event_id}", user="kate")
    return platform, event_id


async def ticks(bot: Bot, scheduler: Scheduler, start: datetime, count: int) -> None:
    """`count` heartbeats 30 s apart from `start`, as the bot runs them."""
    for n in range(count):
        bot.clock.current = start + timedelta(seconds=30 * n)
        await scheduler.tick(bot.clock.current)
        await bot.core.idle()


async def starts_at(bot: Bot, event_id: int) -> datetime:
    event = await bot.core.storage.events.get(event_id)
    assert event is not None
    return event.starts_at


async def test_a_member_promoted_while_the_reminders_go_out_is_reminded_as_going(
        bot: Bot) -> None:
    """Ana taps « non » 20 s into the fan-out; Kate gets her seat (« Bonne nouvelle »). Her
    reminder, read as a waitlist place, was rightly not sent as such, and the next tick
    found her answer changed after the reminder's moment (the promotion's time) and
    skipped it as « answered late »: Kate, now going, never got her reminder."""
    platform, event_id = await one_seat_kate_waiting(bot)
    platform.then += [later(bot, 20), said_by(bot, "ana", f"/participer {event_id} non")]
    await ticks(bot, Scheduler(bot.core), await starts_at(bot, event_id)
                - timedelta(hours=24) + timedelta(seconds=5), 4)
    kate = reminded(bot, "kate")
    assert len(kate) == 1, kate
    assert "liste d'attente" not in kate[0], kate


async def test_a_member_promoted_during_the_second_reminders_gets_the_second_reminder(
        bot: Bot) -> None:
    """Kate was reminded the day before of her waitlist place. Two hours before, Ana frees
    her seat while the reminders go out: Kate, read as waiting and already told once, was
    marked « waitlisted_once » and never got the « in 2 hours » reminder of the seat she
    now holds."""
    platform, event_id = await one_seat_kate_waiting(bot)
    scheduler = Scheduler(bot.core)
    start = await starts_at(bot, event_id)
    await ticks(bot, scheduler, start - timedelta(hours=24) + timedelta(seconds=5), 1)
    assert len(reminded(bot, "kate")) == 1  # the waitlist one
    platform.when_sending = "ana"
    platform.then += [later(bot, 20), said_by(bot, "ana", f"/participer {event_id} non")]
    await ticks(bot, scheduler, start - timedelta(hours=2) + timedelta(seconds=5), 4)
    kate = reminded(bot, "kate")
    assert len(kate) == 2, kate
    assert "liste d'attente" not in kate[1], kate


async def test_a_member_who_stays_waiting_is_told_once_and_nobody_twice(bot: Bot) -> None:
    """What the fix must keep: a waitlisted member is not reminded twice of a waitlist place,
    and the one going gets one reminder per offset."""
    platform, event_id = await one_seat_kate_waiting(bot)
    scheduler = Scheduler(bot.core)
    start = await starts_at(bot, event_id)
    await ticks(bot, scheduler, start - timedelta(hours=24) + timedelta(seconds=5), 3)
    await ticks(bot, scheduler, start - timedelta(hours=2) + timedelta(seconds=5), 3)
    assert len(reminded(bot, "kate")) == 1
    assert len(reminded(bot, "ana")) == 2


async def test_a_member_promoted_then_answering_no_gets_no_reminder(bot: Bot) -> None:
    """Promoted during the fan-out, then « non » at once: nothing more."""
    platform, event_id = await one_seat_kate_waiting(bot)
    platform.then += [later(bot, 20), said_by(bot, "ana", f"/participer {event_id} non"),
                      said_by(bot, "kate", f"/participer {event_id} non")]
    await ticks(bot, Scheduler(bot.core), await starts_at(bot, event_id)
                - timedelta(hours=24) + timedelta(seconds=5), 4)
    assert reminded(bot, "kate") == []


async def test_guests_name_and_language_changed_meanwhile_do_not_lose_the_reminder(
        bot: Bot) -> None:
    """Kate adds a guest and switches to English while Ana's reminder goes out: her own
    still goes, once."""
    platform, event_id = await one_seat_kate_waiting(bot)
    await bot.say(f"/modifier {event_id} places 5")
    async def renamed() -> object:  # her display name changed on the platform
        return await bot.core.handle(Incoming(
            platform=platform.platform, user_id="kate", display_name="Katie K.",
            chat_id="chat-kate", text="/aide", is_private=True))
    platform.then += [later(bot, 20), said_by(bot, "kate", f"/participer {event_id} oui +1"),
                      said_by(bot, "kate", "/langue en"), renamed]
    await ticks(bot, Scheduler(bot.core), await starts_at(bot, event_id)
                - timedelta(hours=24) + timedelta(seconds=5), 4)
    kate = [r.text for u, r in bot.platform.private
            if u == "kate" and ("Reminder" in r.text or "Rappel" in r.text)]
    assert len(kate) == 1, kate


# -- cancelled cards -----------------------------------------------------------------------

async def test_after_a_cancellation_old_copies_are_edited_once_not_at_every_change(
        bot: Bot) -> None:
    """Thirty members each asked for the card three times: 90 copies, 50 of them live. The
    cancellation must reach all 90 (« ANNULÉ » even on the old ones); but then each later
    change of that event (a member erasing their data, a « Je ne viens plus » pressed under
    an old reminder) edited all 90 again, deleted messages included, every time: one
    member's tap cost more edits than the bound (`COPIES_PER_EVENT`) allows."""
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 40")
    await bot.say(f"/annoncer {event_id}")  # two announcements: always live
    for n in range(30):
        await bot.say(f"/participer {event_id}", user=f"m{n}")
        for _ in range(3):
            await _show_in_chat(bot, f"/event {event_id}", f"m{n}", f"group-{n}")
    assert len(await bot.core.storage.cards.to_edit(event_id)) == 2 + cards.COPIES_PER_EVENT
    bot.platform.edits.clear()
    await bot.say(f"/annuler {event_id} neige confirmer")
    told = {(chat, message) for chat, message, card in bot.platform.edits if card.cancelled}
    assert len(told) == 2 + 90, len(told)  # every copy, the old ones too
    bot.platform.edits.clear()
    await bot.say("/oubliemoi confirmer", user="m0")
    assert len(bot.platform.edits) <= 2 + cards.COPIES_PER_EVENT, len(bot.platform.edits)


# -- deleted cards -------------------------------------------------------------------------

async def test_a_forgotten_card_is_no_longer_a_copy_of_its_event(bot: Bot) -> None:
    """Storage side of « a deleted card is dropped »: the record goes, the others stay."""
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 40")
    await bot.say(f"/annoncer {event_id}")  # messages 101 and 102
    store = bot.core.storage.cards
    assert await store.forget(bot.platform.platform, "announce-1", "101")
    assert not await store.forget(bot.platform.platform, "announce-1", "101")
    assert [p.message_id for p in await store.to_edit(event_id)] == ["102"]


@dataclass
class Deleted(RecordingAdapter):
    """A platform on which some of our messages were deleted by an admin."""

    gone: set[str] = field(default_factory=set)
    tried: list[str] = field(default_factory=list)

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        self.tried.append(message_id)
        if message_id in self.gone:
            raise CardGone(message_id)
        await super().edit_card(chat_id, message_id, card)


async def test_a_deleted_announcement_is_not_edited_again_at_every_answer(bot: Bot) -> None:
    """An organiser deleted one announcement in a channel; every answer after that still
    tried to edit it (one failed request each, in the urgent lane ahead of replies): a
    deleted message is dropped after the first failure."""
    platform = Deleted(gone={"101"})
    bot.core.adapters.clear()
    bot.core.add_adapter(platform)
    await platform.start(bot.core)
    bot.platform = platform
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 40")
    await bot.say(f"/annoncer {event_id}")  # messages 101 and 102
    for user in ("ana", "kate", "zoe"):
        await bot.say(f"/participer {event_id}", user=user)
    assert platform.tried.count("101") == 1, platform.tried
    assert platform.tried.count("102") == 3, platform.tried

