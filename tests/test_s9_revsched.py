"""Session 9, final read of the scheduler, the kept notices and the waiting answers, as the
parents live them: what a parent would read twice, late, or after it stopped being true.
Injected clock, real SQLite files, the recording platform as the outside world."""

from __future__ import annotations

from datetime import timedelta

import pytest
from scheduler_helpers import (
    close_restarted,  # noqa: F401  (autouse)
    new_event,
    starts,
    tick_at,
)

from bot.adapters.waiting import Waiting
from bot.messages import Reply
from bot.platform import Unreachable
from bot.scheduler import Scheduler
from recording import Bot

PARENTS = ("ana", "bea", "cleo")


async def everyone_going(bot: Bot) -> int:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    for user in PARENTS:
        await bot.say(f"/participer {event_id} oui", user=user)
    return event_id


def platform_down(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    async def down(user_id: str, reply: Reply) -> None:
        raise OSError("502 Bad Gateway")

    monkeypatch.setattr(bot.platform, "send_private", down)


def said_to(bot: Bot, user: str, words: str) -> int:
    return sum(words in text for text in bot.platform.private_texts(user))


async def test_an_organisers_message_held_by_an_outage_is_not_read_once_cancelled(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """« /message 1 On commence à 19h45 ! » while Telegram is down, then snow: the evening is
    cancelled (also while down). When the platform comes back, the parents read that it is
    cancelled, and not, beside it, « On commence à 19h45 ! » for an evening that is off.
    Before: the message was kept about no event (for a day) and went out with the
    cancellation; a change notice in its place is dropped (`Outbox.drop_stale`)."""
    event_id = await everyone_going(bot)
    platform_down(bot, monkeypatch)
    await bot.say(f"/message {event_id} On commence à 19h45 !")
    await bot.core.idle()
    await bot.say(f"/annuler {event_id} neige confirmer")
    await bot.core.idle()
    monkeypatch.undo()
    scheduler = Scheduler(bot.core)
    for minutes in (1, 5, 30, 90):
        await tick_at(bot, scheduler, bot.clock.current + timedelta(minutes=minutes))
    for user in PARENTS:
        assert said_to(bot, user, "annulé") == 1, bot.platform.private_texts(user)
        assert said_to(bot, user, "19h45") == 0, bot.platform.private_texts(user)


async def test_an_organisers_message_held_by_an_outage_is_not_sent_after_the_evening(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """« On commence à 19h45 ! » sent during an outage that lasts the evening: the next
    morning the parents do not read it (it stopped mattering, as a move notice does)."""
    event_id = await everyone_going(bot)
    bot.clock.current = await starts(bot, event_id) - timedelta(hours=2)
    platform_down(bot, monkeypatch)
    await bot.say(f"/message {event_id} On commence à 19h45 !")
    await bot.core.idle()
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock.current + timedelta(minutes=1))
    monkeypatch.undo()
    await tick_at(bot, scheduler, await starts(bot, event_id) + timedelta(hours=12))
    for user in PARENTS:
        assert said_to(bot, user, "19h45") == 0, bot.platform.private_texts(user)


async def test_a_late_notice_kept_for_a_closed_chat_says_once_when_it_was_sent(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nina booked in the group, never opened the bot's private chat: her answer waits
    (« ma réponse vous attend »). At 11h the games night is cancelled while Telegram is
    down; at 13h the platform is back, the kept notice goes out late, her chat refuses it,
    so it waits after her answer. She opens the chat the next morning. Before, she read two
    « Message envoyé …, que je n'ai pas pu vous remettre » lines one above the other, the
    second saying « aujourd'hui à 11h » on the day after."""
    event_id = await everyone_going(bot)
    await bot.say(f"/participer {event_id} oui", user="nina")
    waiting = Waiting("test")
    await waiting.start(bot.core)
    await waiting.keep("nina", Reply("Vous êtes inscrite : Soirée jeux (#1).", private=True))
    platform_down(bot, monkeypatch)
    await bot.say(f"/annuler {event_id} neige confirmer")
    await bot.core.idle()
    monkeypatch.undo()
    real = bot.platform.send_private

    async def closed_for_nina(user_id: str, reply: Reply) -> None:
        if user_id == "nina":  # as both adapters do when the platform refuses it
            await waiting.follow(user_id, reply)
            raise Unreachable("refused", permanent=False)
        await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", closed_for_nina)
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock.current + timedelta(hours=2))
    assert said_to(bot, "ana", "annulé") == 1
    bot.clock.current += timedelta(hours=21)  # the next morning, within her answer's day
    received: list[str] = []

    async def send(reply: Reply) -> None:
        received.append(reply.text)

    await waiting.give("nina", (), send, Unreachable)
    assert len(received) == 2, received
    assert "Vous êtes inscrite" in received[0]
    cancelled = received[1]
    assert "annulé" in cancelled and "neige" in cancelled, cancelled
    assert cancelled.count("que je n'ai pas pu vous remettre") == 1, cancelled
    assert "aujourd'hui" not in cancelled, cancelled


async def test_a_timeout_while_a_waited_answer_is_given_gives_it_at_her_next_message(
        bot: Bot) -> None:
    """Nina booked in the group without a private chat; she opens it, and Telegram times out
    as her answer goes (not a refusal: the network). Her next message brings it. Before,
    the answer stayed in the database but the adapter had forgotten she had one: nothing
    came until a restart, and it was erased at the end of its day."""
    waiting = Waiting("test")
    await waiting.start(bot.core)
    await waiting.keep("nina", Reply("Vous êtes inscrite : Soirée jeux (#1).", private=True))

    async def timed_out(reply: Reply) -> None:
        raise TimeoutError("Timed out")

    with pytest.raises(TimeoutError):
        await waiting.give("nina", (), timed_out, Unreachable)
    received: list[str] = []

    async def send(reply: Reply) -> None:
        received.append(reply.text)

    await waiting.give("nina", (), send, Unreachable)
    assert received == ["Vous êtes inscrite : Soirée jeux (#1)."]
