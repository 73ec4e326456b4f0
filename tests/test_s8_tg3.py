"""Session 8 (tg3): what the Telegram adapter says itself, through the real PTB `Application`
against the fake Bot API: the group line after a tap by a parent the bot cannot reach (a seat
is not a waitlist place), a voice message in the middle of a guided creation, the promise
that an answer waits (24 hours), a card edited in a group the bot was removed from, and the
adapter's own lines read in English."""

from __future__ import annotations

import logging

import pytest
from test_s7_tg_parents import group_card, group_lines
from test_telegram_adapter import GROUP, LEA, NINA, ORGA, Harness

from fakes.telegram_api import BOT_USERNAME, private_chat, user
from recording import plain

KARIM = user(2501, "Karim", "fr")
LINK = f"https://t.me/{BOT_USERNAME}?start="


# -- 1. a seat taken by a parent the bot cannot reach --------------------------------------


async def test_a_seat_taken_by_a_parent_who_blocked_the_bot_is_not_called_a_waitlist_place(
        tg: Harness) -> None:
    """Karim blocked the bot, then tapped « Je viens » on the group's card: he got a seat
    (« Inscrit·e : 1 place »). The group read « Karim, … pour être prévenu·e quand une
    place se libère (et recevoir les rappels) »: to everyone there (and to him) he sounded
    on the waitlist. The line now says what a seat needs the private chat for: reminders."""
    event_id, card = await group_card(tg, 5)
    tg.fake.blocked.add(KARIM["id"])
    before = len(tg.fake.chat(GROUP))
    assert (await tg.press(KARIM, card, f"v1:rsvp:{event_id}:going")).startswith("Inscrit")
    [line] = group_lines(tg, before)
    assert line.startswith("Karim") and f"{LINK}event_{event_id}" in line, line
    assert "place se libère" not in line and "rappel" in line, line


# -- 2. a voice message during the guided creation ------------------------------------------


async def test_a_voice_message_during_the_guided_creation_asks_the_step_again(
        tg: Harness) -> None:
    """Camille (organiser) typed /creer, then answered « Quel type d'événement ? » with a
    voice message (« c'est une soirée jeux »). She read « Je ne lis que les messages
    écrits… (une question, ou /aide) » and no longer knew where she was: was the creation
    still open? Now the step's question comes again."""
    said = [plain(m.visible) for m in await tg.say(ORGA, "/creer")]
    assert any("Quel type" in s for s in said), said
    before = len(tg.fake.chat(ORGA["id"]))
    tg.fake.send_media(ORGA, private_chat(ORGA), "voice")
    tg.pushed += 1
    await tg.settle()
    said = [plain(m.visible) for m in tg.fake.chat(ORGA["id"])[before:]]
    assert any("Quel type" in s for s in said), said
    assert not any("/aide" in s for s in said), said
    # Out of the dialogue, a voice message gets the usual line again.
    await tg.say(ORGA, "annuler")
    before = len(tg.fake.chat(ORGA["id"]))
    tg.fake.send_media(ORGA, private_chat(ORGA), "voice")
    tg.pushed += 1
    await tg.settle()
    said = [plain(m.visible) for m in tg.fake.chat(ORGA["id"])[before:]]
    assert len(said) == 1 and "messages écrits" in said[0], said


# -- 3. an answer waits 24 hours -------------------------------------------------------------


async def test_the_group_line_says_how_long_the_answer_waits(tg: Harness) -> None:
    """Nina (no private chat) asked « /mesevenements » in the group: « ma réponse vous
    attend ». She opened the link 30 hours later and read only « Bienvenue »: the answer had
    been dropped after a day, as it should be (minimum data kept), but nothing had said so.
    The promise now says how long it waits."""
    await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.say(NINA, f"/mesevenements@{BOT_USERNAME}", GROUP)
    [line] = group_lines(tg, before)
    assert "24 h" in line and LINK in line, line


# -- 4. a card edited in a group the bot was removed from ----------------------------------


async def test_card_edits_in_a_group_the_bot_left_log_one_line_each(
        tg: Harness, caplog: pytest.LogCaptureFixture) -> None:
    """The bot was removed from « Parents du Focus ». Every answer to the event then
    logged a whole traceback (« could not update card … Forbidden: bot was kicked »),
    burying the one line that said what happened. Each refused edit is one line now."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.removed.add(GROUP)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        for who in (LEA, NINA, KARIM):
            await tg.say(who, f"/participer {event_id} oui")
    tracebacks = [r for r in caplog.records if r.exc_info]
    assert not tracebacks, [r.getMessage() for r in tracebacks]
    about_group = [r.getMessage() for r in caplog.records if str(GROUP) in r.getMessage()
                   and r.levelno >= logging.WARNING]
    assert about_group, [r.getMessage() for r in caplog.records]


# -- the adapter's own lines, in English ------------------------------------------------------


async def test_a_parent_reading_in_english_is_told_how_long_the_answer_waits(
        tg: Harness) -> None:
    """Sam's Telegram is in English; he never opened the private chat and asked
    « /myevents » in the group: the line naming him is in English, and says how long."""
    sam = user(2601, "Sam", "en")
    await group_card(tg, 5)
    tg.fake.not_started.add(sam["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.say(sam, f"/myevents@{BOT_USERNAME}", GROUP)
    [line] = group_lines(tg, before)
    assert line.startswith("Sam, I can't message you privately yet"), line
    assert "24 hours" in line and LINK in line, line


async def test_a_parent_who_chose_english_is_pointed_to_the_private_chat_in_english(
        tg: Harness) -> None:
    """James's phone is in French, but he reads English and chose « /language en ». Later
    he blocked the bot (too many notifications). Typing « /myevents » in the group, he read
    « James, je ne peux pas encore vous écrire en privé… », and tapping « Add to calendar »
    a French toast: the lines the adapter says itself followed his phone, not his
    choice. They follow his choice now, as the bot's answers do."""
    james = user(2602, "James", "fr")
    event_id, card = await group_card(tg, 1)
    said = [plain(m.visible) for m in await tg.say(james, "/language en")]
    assert said, said
    tg.fake.blocked.add(james["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.say(james, f"/myevents@{BOT_USERNAME}", GROUP)
    [line] = group_lines(tg, before)
    assert line.startswith("James, I can't message you privately"), line
    toast = await tg.press(james, card, f"v1:ics:{event_id}")  # the calendar file
    assert toast.startswith("I can't message you privately."), toast
