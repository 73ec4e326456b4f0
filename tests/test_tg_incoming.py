"""What Telegram members send that is not a plain command, through the real PTB `Application`
against the fake Bot API: an edited message, a reply to the bot's card in the group, a voice
message or a sticker, a picture; and which commands the group menu offers."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_telegram_adapter import (
    GROUP,
    LEA,
    NINA,
    ORGA,
    OTHER_GROUP,
    TOM,
    Harness,
    expected_menu,
    new_event,
    running,
)

from fakes.telegram_api import BOT_USERNAME, Stored, group_chat, message_update, private_chat
from recording import plain

# The commands about the asker only, kept out of the group menu (French and English names).
PERSONAL = {"mesdonnees", "oubliemoi", "monagenda", "rappels", "langue", "mesevenements",
            "mydata", "forgetme", "mycalendar", "reminders", "language", "myevents"}


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[Harness]:
    async with running(tmp_path) as harness:
        yield harness


async def handled(tg: Harness) -> None:
    """Wait until the update just pushed is handled and the core is idle."""
    tg.pushed += 1
    await tg.settle()


def new_messages(tg: Harness, before: set[tuple[int, int]]) -> list[Stored]:
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


async def announced_card(tg: Harness) -> tuple[int, Stored]:
    event_id = await new_event(tg, "Ciné | 2026-12-05 20:00 | 3")
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    return event_id, card


# -- an edited message ----------------------------------------------------------------------


async def test_an_edit_in_private_is_answered_send_it_again_and_changes_nothing(
        tg: Harness) -> None:
    """Léa edited « /participer 1 oui » into « non »: she is told edits are not read, and her
    seat is still hers (the edit did nothing she did not see)."""
    event_id = await new_event(tg)
    await tg.say(LEA, f"/participer {event_id} oui")
    sent = await tg.say(LEA, "/mesevenements")
    assert f"#{event_id}" in plain(sent[0].visible)
    before = set(tg.fake.messages)
    tg.fake.edit_text(LEA, private_chat(LEA), 1, f"/participer {event_id} non")
    await handled(tg)
    [told] = new_messages(tg, before)
    assert told.chat_id == LEA["id"]
    assert "modifi" in plain(told.visible) and "nouveau" in plain(told.visible), told.visible
    still = await tg.say(LEA, "/mesevenements")
    assert f"#{event_id}" in plain(still[0].visible), still[0].visible
    before = set(tg.fake.messages)
    tg.fake.edit_text(TOM, private_chat(TOM), 1, "/events tomorrow")
    await handled(tg)
    [english] = new_messages(tg, before)
    assert "edit" in english.visible and "again" in english.visible, english.visible


async def test_an_edit_in_a_group_says_nothing(tg: Harness) -> None:
    """Edits in the parents' group are never answered in front of every parent; an edited
    command is said privately not to be read (session 7: it used to change nothing in
    silence)."""
    await tg.say(LEA, "/aide", chat=OTHER_GROUP)
    before = set(tg.fake.messages)
    tg.fake.edit_text(LEA, group_chat(OTHER_GROUP), 1, "/aide@" + BOT_USERNAME)
    await handled(tg)
    [told] = new_messages(tg, before)
    assert told.chat_id == LEA["id"] and "modifié" in told.visible, told


async def test_polling_asks_for_edits(tg: Harness) -> None:
    await tg.say(LEA, "/aide")  # a poll answered, hence recorded
    polls = tg.fake.ok_calls("getUpdates")
    assert {"message", "edited_message", "callback_query"} <= set(
        polls[-1].params["allowed_updates"])


# -- a reply to the bot's card in the group --------------------------------------------------


async def test_a_reply_to_the_card_is_answered_privately_never_in_the_group(
        tg: Harness) -> None:
    """Léa replied to the card « c'est où le Focus ? »: the answer comes privately, and the
    group reads nothing more (not her question repeated, not an answer)."""
    _, card = await announced_card(tg)
    in_group = len(tg.fake.chat(GROUP))
    before = set(tg.fake.messages)
    tg.fake.reply_text(LEA, group_chat(GROUP), "c'est où le Focus ?", card)
    await handled(tg)
    answers = new_messages(tg, before)
    assert answers and {m.chat_id for m in answers} == {LEA["id"]}, answers
    assert len(tg.fake.chat(GROUP)) == in_group


async def test_a_reply_to_the_card_from_someone_who_never_opened_the_bot_gets_a_nudge(
        tg: Harness) -> None:
    """Nina never opened a private chat with the bot: one line in the group points her
    there (to the event's card, which her answer does not bring), without her question."""
    event_id, card = await announced_card(tg)
    tg.fake.not_started.add(NINA["id"])
    before = set(tg.fake.messages)
    question = "c'est quoi MeltingPhot, les petits peuvent venir ?"
    tg.fake.reply_text(NINA, group_chat(GROUP), question, card)
    await handled(tg)
    # Since session 11 a question under the group's card may also reach the team, privately.
    [nudge] = [m for m in new_messages(tg, before) if m.chat_id == GROUP]
    assert f"https://t.me/{BOT_USERNAME}?start=event_{event_id}" in nudge.visible
    assert "Nina" in nudge.visible and "petits" not in nudge.visible


async def test_a_reply_in_the_group_does_not_make_a_closed_private_chat_look_open(
        tg: Harness) -> None:
    """Nina's reminder could not reach her (she never opened the private chat): her reply
    to the card in the group must not mark her reachable again (/mesdonnees said so)."""
    _, card = await announced_card(tg)
    tg.fake.not_started.add(NINA["id"])
    tg.fake.reply_text(NINA, group_chat(GROUP), "bonjour ?", card)
    await handled(tg)
    members = tg.core.storage.members
    nina = await members.identify("telegram", str(NINA["id"]), NINA["first_name"], tg.clock())
    await members.update(nina.id, unreachable="not_started")
    tg.fake.reply_text(NINA, group_chat(GROUP), "il reste de la place ?", card)
    await handled(tg)
    after = await members.get(nina.id)
    assert after is not None and after.unreachable == "not_started"


async def test_group_chatter_and_replies_to_others_are_not_for_the_bot(tg: Harness) -> None:
    """Tom answering Léa in the group (a bot that is admin receives it all): nothing is
    said, and nothing of it is kept."""
    chat = group_chat(OTHER_GROUP)
    before = set(tg.fake.messages)
    update = message_update(TOM, chat, "merci Léa, on covoiture ?", 2)
    update["message"]["reply_to_message"] = message_update(LEA, chat, "je passe à 19h",
                                                           1)["message"]
    tg.fake.push_update(update)
    await handled(tg)
    tg.fake.send_text(TOM, chat, "bonne soirée à tous")
    await handled(tg)
    assert new_messages(tg, before) == []


# -- voice, stickers, pictures ---------------------------------------------------------------


@pytest.mark.parametrize("kind", ["voice", "audio", "video_note", "video"])
async def test_something_to_listen_to_or_look_at_in_private_gets_write_it(
        tg: Harness, kind: str) -> None:
    before = set(tg.fake.messages)
    tg.fake.send_media(LEA, private_chat(LEA), kind)
    await handled(tg)
    [told] = new_messages(tg, before)
    assert told.chat_id == LEA["id"] and "écri" in plain(told.visible), told.visible


async def test_write_it_in_english_and_never_in_a_group(tg: Harness) -> None:
    before = set(tg.fake.messages)
    tg.fake.send_media(TOM, private_chat(TOM), "voice")
    await handled(tg)
    [told] = new_messages(tg, before)
    assert "write" in told.visible, told.visible
    before = set(tg.fake.messages)
    tg.fake.send_media(TOM, group_chat(OTHER_GROUP), "voice")
    await handled(tg)
    assert new_messages(tg, before) == []


async def test_a_members_picture_in_private_gets_a_line(
        tg: Harness) -> None:
    """Léa sent a photo of the flyer, no words: « I can't read pictures; write your
    question ». Nothing is downloaded for a member (nor for a picture in a group)."""
    before = set(tg.fake.messages)
    tg.fake.send_picture(LEA, private_chat(LEA), b"\x89PNG not really")
    await handled(tg)
    [told] = new_messages(tg, before)
    assert told.chat_id == LEA["id"]
    assert "image" in plain(told.visible) and "question" in plain(told.visible), told.visible
    tg.fake.send_picture(TOM, private_chat(TOM), b"\x89PNG not really")
    await handled(tg)
    assert "picture" in tg.fake.chat(TOM["id"])[-1].visible
    before = set(tg.fake.messages)
    tg.fake.send_picture(LEA, group_chat(OTHER_GROUP), b"\x89PNG not really")
    await handled(tg)
    assert new_messages(tg, before) == [] and tg.fake.downloads == []


# -- the group menu --------------------------------------------------------------------------


async def test_the_group_menu_leaves_out_what_is_about_the_asker_only(tg: Harness) -> None:
    """Tapping /mesdonnees in the group's menu posted it in front of every parent: the group
    menu offers only what makes sense there; private chats and organisers keep everything."""
    for locale, language in (("fr", ""), ("en", "en")):
        group = tg.fake.menu("all_group_chats", language)
        private = tg.fake.menu("all_private_chats", language)
        assert not PERSONAL & set(group), PERSONAL & set(group)
        assert {"evenements" if locale == "fr" else "events", "aide" if locale == "fr"
                else "help"} <= set(group)
        assert private == expected_menu(tg, locale, organizer=False)
        assert group == [n for n in private if n not in PERSONAL]
        assert PERSONAL & set(private)
        assert PERSONAL & set(tg.fake.menu(f"chat:{ORGA['id']}", language))
    personal = {s.name for s in tg.core.router.commands if s.personal}
    assert {"mydata", "forgetme", "reminders", "language", "myevents", "mycalendar",
            "start"} <= personal
    assert not {"rsvp", "events", "help", "faq"} & personal


async def test_a_personal_command_typed_in_a_group_is_answered_privately(
        tg: Harness) -> None:
    replies = await tg.say(LEA, "/mesdonnees", chat=OTHER_GROUP)
    assert [m.chat_id for m in replies] == [LEA["id"]]
    assert re.search(r"Léa", replies[0].visible)
    replies = await tg.say(TOM, "/myevents", chat=OTHER_GROUP)
    assert [m.chat_id for m in replies] == [TOM["id"]]
