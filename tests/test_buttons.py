"""Button presses are input like any other: forged ids get a polite answer, never a traceback,
and only messages we posted as cards of that event are ever rewritten as cards."""

from __future__ import annotations

import logging
import re

import pytest

from bot import actions
from bot.messages import Incoming, Reply
from recording import Bot, new_event

GARBAGE_TARGETS = ("9" * 40, "1" * 10, "abc", "-1", "0x1f", "1_2", "#12", "me", "__", "A")
GARBAGE_ARGS = ("", "going", "+1", "-1", "yes", "zz", "9999999999", "+-", "no")
VERBS = ("rsvp", "guest", "ics", "event", "faq", "forget", "drop")


@pytest.mark.parametrize("verb", VERBS)
async def test_forged_presses_get_a_polite_reply_for_every_verb(
        bot: Bot, verb: str, caplog: pytest.LogCaptureFixture) -> None:
    await new_event(bot)
    caplog.set_level(logging.ERROR)
    for target in GARBAGE_TARGETS:
        for arg in GARBAGE_ARGS:
            data = f"v1:{verb}:{target}" + (f":{arg}" if arg else "")
            if verb == "forget" and target == "me":
                continue  # a real id: tested below
            for locale, polite in ((None, "plus valable"), ("en", "no longer valid")):
                reply = await bot.press(data, user="ana", locale=locale)
                if verb == "faq" and re.fullmatch(r"[a-z0-9_-]{1,30}", target):
                    assert "Traceback" not in reply
                    continue  # a well-formed key that matches nothing: "no such question"
                assert polite in reply, (data, reply)
    # Nothing reached the error policy's last resort: no apology, no traceback logged.
    assert not [r for r in caplog.records if r.exc_info], [r.message for r in caplog.records]


async def test_well_formed_presses_with_bad_arguments_are_refused(bot: Bot) -> None:
    event_id = await new_event(bot)
    for data in (f"v1:rsvp:{event_id}:zz", f"v1:guest:{event_id}:+5", f"v1:guest:{event_id}",
                 f"v1:ics:{event_id}:going", "v1:forget:me:maybe", "v1:forget:you:yes",
                 f"v1:rsvp:{event_id}:going:extra", "v1:rsvp::going"):
        assert "plus valable" in await bot.press(data, user="ana"), data
    assert (await bot.core.storage.rsvps.counts(event_id)).going_people == 0
    assert await bot.core.storage.members.get(2) is not None  # ana was not erased


async def test_forged_data_is_refused_by_the_router_before_any_handler(bot: Bot) -> None:
    """The core asks the router first: no handler ever sees data it did not declare."""
    await new_event(bot)
    router = bot.core.router
    for verb in VERBS:
        for target in GARBAGE_TARGETS:
            for arg in GARBAGE_ARGS:
                data = f"v1:{verb}:{target}" + (f":{arg}" if arg else "")
                if verb == "forget" and target == "me" and arg in ("yes", "no"):
                    assert router.press(data) is not None, data
                    continue
                if verb == "faq" and re.fullmatch(r"[a-z0-9_-]{1,30}", target):
                    continue  # a well-formed key: the FAQ says it knows no such question
                assert router.press(data) is None, data
    for data in ("", "v1", "v1:rsvp", "v2:rsvp:1:going", "v1:nope:1", "v1:RSVP:1:going",
                 "v1:rsvp:1:" + "x" * 60):
        assert router.press(data) is None, data
    found = router.press(actions.encode("guest", 1, "+1"))
    assert found is not None and found[1] == actions.Action("guest", "1", "+1")


async def test_ten_digit_ids_are_refused_like_typed_ids(bot: Bot) -> None:
    assert actions.parse("v1:rsvp:123456789:going") is not None
    assert bot.core.router.press("v1:rsvp:123456789:going") is not None
    assert bot.core.router.press("v1:rsvp:1234567890:going") is None
    assert bot.core.router.press("v1:rsvp:" + "9" * 40 + ":going") is None
    assert "plus valable" in await bot.press("v1:rsvp:1234567890:going", user="ana")
    assert "Je ne trouve pas" in await bot.press("v1:rsvp:123456789:going", user="ana")


async def _press_in(bot: Bot, chat: str, message_id: str, action: str, user: str) -> str:
    """A press on message `message_id` of group chat `chat`, as an adapter reports it."""
    incoming = Incoming(platform=bot.platform.platform, user_id=user, display_name=user,
                        chat_id=chat, is_private=False, action=action, message_id=message_id)
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return "\n".join(r.text for r in replies)


async def test_a_press_on_a_message_we_never_posted_as_a_card_changes_nothing(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say("/annoncer Bienvenue à toutes et à tous !")  # plain text, message 101
    # A forged button under that plain-text message of the announcement chat.
    await _press_in(bot, "announce-1", "101", actions.encode("rsvp", event_id, "going"), "ana")
    await _press_in(bot, "announce-1", "101", actions.encode("rsvp", event_id, "no"), "ben")
    assert bot.platform.edits == []
    assert await bot.core.storage.cards.to_edit(event_id) == []


async def test_a_card_of_another_event_is_not_turned_into_this_one(bot: Bot) -> None:
    first = await new_event(bot)
    second = await new_event(bot, "Ciné | 2026-12-06 20:00")
    await bot.say(f"/annoncer {first}")  # messages 101 and 102 are cards of the first event
    bot.platform.edits.clear()
    await _press_in(bot, "announce-1", "101", actions.encode("rsvp", second, "going"), "ana")
    assert all(card.event_id == first for _, _, card in bot.platform.edits)
    assert [p.message_id for p in await bot.core.storage.cards.to_edit(second)] == []


async def _show_in_chat(bot: Bot, text: str, user: str, chat: str) -> list[Reply]:
    """What every adapter does with a reply: post it, and report the cards it posted."""
    replies = await bot.replies(text, user=user, private=False)
    for reply in replies:
        message_id = await bot.platform.send(chat, reply)
        if reply.card is not None and message_id is not None:
            await bot.core.card_posted(reply.card.event_id, bot.platform.platform, chat,
                                       message_id, reply.locale)
    return replies


async def test_three_hundred_event_commands_keep_the_edit_load_bounded(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/annoncer {event_id}")  # two announcement copies: always live
    for n in range(80):  # in many chats
        await _show_in_chat(bot, f"/event {event_id}", "troll", f"chat-{n}")
    for _ in range(300):  # and over and over in one group, as fast as a thumb goes
        await _show_in_chat(bot, f"/event {event_id}", "troll", "group-1")
        bot.clock.advance(seconds=3)  # (faster, most would go unanswered: test_s7_sec)
    bot.platform.edits.clear()
    await bot.press(actions.encode("rsvp", event_id, "going"), user="ana")
    edited = [m for _, m, _ in bot.platform.edits]
    assert len(edited) <= 2 + 50
    assert {"101", "102"} <= set(edited)  # the announcements still show the live count
    group = [m for c, m, _ in bot.platform.edits if c == "group-1"]
    assert len(group) <= 2
    # The latest copy in the group is among the live ones.
    assert str(bot.platform._next_id) in group


async def test_a_press_on_an_old_card_of_ours_revives_it_and_the_bound_holds(bot: Bot) -> None:
    event_id = await new_event(bot)
    first = await _show_in_chat(bot, f"/event {event_id}", "lea", "group-1")
    assert first and first[-1].card is not None
    oldest = str(bot.platform._next_id)
    for _ in range(5):
        await _show_in_chat(bot, f"/event {event_id}", "lea", "group-1")
    bot.platform.edits.clear()
    await bot.press(actions.encode("rsvp", event_id, "going"), user="ana")
    assert oldest not in [m for _, m, _ in bot.platform.edits]  # no longer edited
    bot.platform.edits.clear()
    await _press_in(bot, "group-1", oldest, actions.encode("rsvp", event_id, "maybe"), "ben")
    assert oldest in [m for c, m, _ in bot.platform.edits if c == "group-1"]
    live = {p.message_id for p in await bot.core.storage.cards.to_edit(event_id)}
    assert live == {oldest, str(bot.platform._next_id)}  # revived, and the bound still holds
