"""Parents on Telegram, session 7, through the real PTB `Application` against the fake Bot
API: a parent who never opened the private chat with the bot (or blocked it) and taps
« Je viens » on the group's card."""

from __future__ import annotations

import pytest
from test_telegram_adapter import (
    GROUP,
    LEA,
    NINA,
    ORGA,
    Harness,
    card_messages,
    new_event,
)

from fakes.telegram_api import BOT_USERNAME, Stored, group_chat, user
from recording import plain

KARIM = user(2501, "Karim", "fr")
LINK = f"https://t.me/{BOT_USERNAME}?start="


async def group_card(tg: Harness, seats: int) -> tuple[int, Stored]:
    event_id = await new_event(tg, f"Atelier photo | 2026-12-05 20:00 | {seats}")
    await tg.say(ORGA, f"/announce {event_id}")
    return event_id, card_messages(tg.fake.chat(GROUP))[0]


def group_lines(tg: Harness, before: int) -> list[str]:
    """What was posted in the group since `before` messages (cards are edited, not posted)."""
    return [plain(m.visible) for m in tg.fake.chat(GROUP)[before:]]


async def test_waitlisted_without_a_private_chat_is_told_once_in_the_group(
        tg: Harness) -> None:
    """Nina never opened a private chat with the bot. She tapped « Je viens » on a full
    event: her toast said « Liste d'attente : position 1 », and that was all; the bot would
    learn it cannot reach her only when the freed seat's message failed. Now the group is
    told once, by her name, with the link that opens the private chat."""
    event_id, card = await group_card(tg, 1)
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    toast = await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    assert "position 1" in toast
    [line] = group_lines(tg, before)
    assert line.startswith("Nina"), line
    assert f"{LINK}event_{event_id}" in line
    assert "place se libère" in line
    # Tapped again, or +1: not one more line under each tap.
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    await tg.press(NINA, card, f"v1:guest:{event_id}:+1")
    assert len(tg.fake.chat(GROUP)) == before + 1


async def test_a_parent_who_blocked_the_bot_is_told_when_taking_a_seat(tg: Harness) -> None:
    """Karim blocked the bot long ago and taps « Je viens »: he would never get the
    reminder. He is told in the group, once, with the link (opening it unblocks)."""
    event_id, card = await group_card(tg, 5)
    tg.fake.blocked.add(KARIM["id"])
    before = len(tg.fake.chat(GROUP))
    assert (await tg.press(KARIM, card, f"v1:rsvp:{event_id}:going")).startswith("Inscrit")
    [line] = group_lines(tg, before)
    assert line.startswith("Karim") and LINK in line, line


@pytest.mark.parametrize("open_before", [True, False])
async def test_a_parent_with_the_private_chat_open_gets_nothing_in_the_group(
        tg: Harness, open_before: bool) -> None:
    """Léa talks to the bot privately (or simply never blocked it): her tap on the card
    only answers with its toast, nothing is said about her in the group."""
    event_id, card = await group_card(tg, 5)
    if open_before:
        await tg.say(LEA, "/start")
    before = len(tg.fake.chat(GROUP))
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    await tg.press(LEA, card, f"v1:guest:{event_id}:+1")
    assert group_lines(tg, before) == []
    assert len(tg.fake.ok_calls("sendChatAction")) == (0 if open_before else 1)


async def test_saying_no_or_maybe_points_nobody_to_the_private_chat(tg: Harness) -> None:
    event_id, card = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:maybe")
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:no")
    assert group_lines(tg, before) == []


async def test_once_the_private_chat_is_open_the_parent_is_not_pointed_there_again(
        tg: Harness) -> None:
    """Nina followed the link (/start event_N): her next taps are quiet in the group."""
    event_id, card = await group_card(tg, 1)
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.not_started.add(NINA["id"])
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.not_started.discard(NINA["id"])
    await tg.say(NINA, f"/start event_{event_id}")
    before = len(tg.fake.chat(GROUP))
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:no")
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    assert group_lines(tg, before) == []


async def test_the_core_pointing_there_itself_is_not_repeated(tg: Harness) -> None:
    """After a freed seat could not reach Nina, the core knows and says it in the group
    itself when she takes a seat again: one line with the link, not two."""
    event_id, card = await group_card(tg, 1)
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.not_started.add(NINA["id"])
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")  # waitlisted: told once
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:no")  # Nina promoted: cannot be told
    tg.adapter._nudged.clear()  # as after a restart
    tg.adapter._private_open.clear()
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:no")  # told of the missed message
    before = len(tg.fake.chat(GROUP))
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")  # the core says it: once
    lines = group_lines(tg, before)
    assert len(lines) == 1 and lines[0].startswith("Nina") and LINK in lines[0], lines


# -- a command edited in the group ------------------------------------------------------------


async def test_a_command_edited_in_the_group_is_not_silently_ignored(tg: Harness) -> None:
    """Léa typed « /participer 1 oui » in the group, then edited it to « non » (long press →
    Modifier): nothing happened and nothing was said, so she believed her seat given back.
    Now she is told privately that edits are not read (she is still booked)."""
    event_id, _ = await group_card(tg, 5)
    await tg.say(LEA, f"/participer {event_id} oui", GROUP)
    typed = max(m for (chat, m) in tg.fake.typed if chat == GROUP)
    before = len(tg.fake.chat(LEA["id"]))
    tg.fake.edit_text(LEA, group_chat(GROUP), typed, f"/participer {event_id} non")
    tg.pushed += 1
    await tg.settle()
    [told] = tg.fake.chat(LEA["id"])[before:]
    assert "modifié" in told.visible, told.visible
    mine = await tg.say(LEA, "/mesevenements")
    assert f"#{event_id}" in mine[0].visible


@pytest.mark.parametrize("edited", ["à samedi tout le monde", "/participer@AutreBot 1 non"])
async def test_group_chatter_edited_is_still_left_alone(tg: Harness, edited: str) -> None:
    tg.fake.send_text(LEA, group_chat(GROUP), "à samedi")
    typed = max(m for (chat, m) in tg.fake.typed if chat == GROUP)
    tg.fake.edit_text(LEA, group_chat(GROUP), typed, edited)
    tg.pushed += 2
    await tg.settle()
    assert tg.fake.chat(LEA["id"]) == [] and tg.fake.chat(GROUP) == []


async def test_two_fast_taps_without_a_private_chat_give_one_line(tg: Harness) -> None:
    """Nina taps « Je viens » twice in a row (the first seemed to do nothing): both taps
    are handled side by side, and the group reads her name once."""
    event_id, card = await group_card(tg, 1)
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    tg.fake.press(NINA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.press(NINA, card, f"v1:guest:{event_id}:+1")
    tg.pushed += 2
    await tg.settle()
    lines = group_lines(tg, before)
    assert len(lines) == 1 and lines[0].startswith("Nina"), lines


@pytest.mark.parametrize("gone", ["cancelled", "over"])
async def test_tapping_an_old_or_cancelled_card_points_nobody_anywhere(
        tg: Harness, gone: str) -> None:
    """Nina scrolls up and taps « Je viens » on the card of a cancelled, or finished,
    event: her toast says it cannot be booked; the group reads nothing about seats freeing
    up for her."""
    event_id, card = await group_card(tg, 5)
    if gone == "cancelled":
        await tg.say(ORGA, f"/annuler {event_id} pluie confirmer")
    else:
        tg.clock.advance(days=30)
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    toast = await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    assert not toast.startswith(("Inscrit", "Liste")), toast
    assert group_lines(tg, before) == []


# -- what parents type that other owners' code reads (proposals) --------------------------------


@pytest.mark.parametrize("typed", ["Participer {id} Oui", "participer {id} oui",
                                   "Évènement {id}"])
async def test_a_command_typed_without_its_slash_runs(tg: Harness, typed: str) -> None:
    """Léa's phone does not offer « / » first: she typed « Participer 3 Oui » (capital by
    autocorrect) and got « Je ne sais pas répondre à ça » and ten topics."""
    event_id, _ = await group_card(tg, 5)
    [reply] = await tg.say(LEA, typed.format(id=event_id))
    text = plain(reply.visible)
    assert "Je ne sais pas" not in text and f"#{event_id}" in text, text


@pytest.mark.parametrize("said", ["3 oui", "Oui !", "oui pour 2"])
async def test_oui_replied_under_the_card_is_told_it_books_nothing(
        tg: Harness, said: str) -> None:
    """Léa answers the card in the group with « 3 oui »: privately she got « Je ne sais pas
    répondre à ça » and ten topics, and believed herself booked for three."""
    event_id, card = await group_card(tg, 5)
    before = len(tg.fake.chat(LEA["id"]))
    tg.fake.reply_text(LEA, group_chat(GROUP), said, card)
    tg.pushed += 1
    await tg.settle()
    text = plain(" ".join(m.visible for m in tg.fake.chat(LEA["id"])[before:]))
    assert "ne vous inscrit pas" in text, text


# -- the answer waits in the private chat -------------------------------------------------------


async def open_private_chat(tg: Harness, who: dict[str, object], text: str) -> list[str]:
    """`who` follows the link: Telegram opens the private chat and sends `text`."""
    tg.fake.not_started.discard(int(str(who["id"])))
    return [plain(m.visible) for m in await tg.say(who, text)]


async def test_an_answer_refused_privately_waits_for_the_private_chat(tg: Harness) -> None:
    """Nina, who never opened the private chat, typed « /participer 1 oui Zoé, Tom » in the
    group: her message left the group (the children's names), and the group read « Ouvrez
    une conversation avec moi, puis réessayez ». She opened it and got only « Bienvenue »:
    was she booked? Retype the names? Now the group line says the answer waits there, and
    opening the chat gives it (and that her message was taken out of the group)."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
    [line] = group_lines(tg, before)
    assert line.startswith("Nina") and "vous attend" in line and LINK in line, line
    said = await open_private_chat(tg, NINA, "/start")
    assert said[0].startswith("Bienvenue"), said
    rest = " ".join(said[1:])
    assert "C'est noté" in rest and "Zoé, Tom" in rest, said
    assert "retiré votre message" in rest, said
    assert await open_private_chat(tg, NINA, "/start") == [said[0]]  # given once


async def test_an_answer_a_day_old_is_not_given_late(tg: Harness) -> None:
    tg.fake.not_started.add(NINA["id"])
    await tg.say(NINA, f"/mesevenements@{BOT_USERNAME}", GROUP)
    tg.clock.advance(hours=25)
    said = await open_private_chat(tg, NINA, "/start")
    assert len(said) == 1 and said[0].startswith("Bienvenue"), said


async def test_the_missed_seat_notice_is_said_once_when_the_chat_opens(tg: Harness) -> None:
    """Nina got a freed seat the bot could not tell her of; looking at the event in the
    group, she was pointed to the private chat. Opening it, she reads « I could not reach
    you » once, not a second time from the waiting answers."""
    event_id, card = await group_card(tg, 1)
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.not_started.add(NINA["id"])
    await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:no")  # Nina's seat: she cannot be told
    await tg.say(NINA, f"/evenement@{BOT_USERNAME} {event_id}", GROUP)
    said = " ".join(await open_private_chat(tg, NINA, "/start"))
    assert said.count("Je n'ai pas pu vous envoyer") == 1, said


# -- an emoji under the card ---------------------------------------------------------------------


@pytest.mark.parametrize("reaction", ["👍", "❤️🙏", "👍👍 !"])
async def test_an_emoji_under_the_card_is_a_reaction_left_alone(
        tg: Harness, reaction: str) -> None:
    """Nina answers the card with 👍, as a sticker would be: the group read « Nina, je ne
    peux pas encore vous écrire en privé… » under her thumb, and Léa got privately
    « 👍 Une autre question ? ». Like a sticker, it is a reaction: nothing in the group; a
    lone 👍 is told privately, as a 👍 reaction is, that it books nothing (session 11), to
    Léa only (Nina cannot be reached: nothing said)."""
    _, card = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    before = set(tg.fake.messages)
    for who in (NINA, LEA):
        tg.fake.reply_text(who, group_chat(GROUP), reaction, card)
    tg.pushed += 2
    await tg.settle()
    new = [m for k, m in tg.fake.messages.items() if k not in before]
    if reaction == "👍":
        [note] = new
        assert note.chat_id == LEA["id"] and "Une réaction ne compte pas" in plain(note.visible)
    else:
        assert new == []
