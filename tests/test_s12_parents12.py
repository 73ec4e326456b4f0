"""Session 12, French parents on Telegram phones, through the real python-telegram-bot adapter
against the fake Bot API on 127.0.0.1 (tests/fakes/telegram_api.py).

Aurélie forwards the group's card to the other parents of Léo's class (long press →
Transférer): Nour never opened the bot's private chat, Marc did, Julien blocked it. The probes
(136 steps, written before reading the adapter's code) are in the session's report; these
tests keep what confused them. Strict xfails pin replies that need a change outside the
adapter: the session's proposal diff (/tmp/team/parents12-proposals.diff).
"""

from __future__ import annotations

from typing import Any

from test_telegram_adapter import GROUP, ORGA, Harness, new_event

from fakes.telegram_api import BOT_USERNAME, Stored, private_chat, user
from recording import plain

AURELIE = user(5101, "Aurélie", "fr")
JULIEN = user(5102, "Julien", "fr")
NOUR = user(5103, "Nour", "fr")
MARC = user(5104, "Marc", "fr")
KATE = user(5106, "Kate", "en")
# Aurélie's private chat, where she forwarded the card (the bot cannot read it).
HERS = {"id": AURELIE["id"], "type": "private", "first_name": "Aurélie"}
NEIGHBOURS = {"id": -1009990001, "type": "supergroup", "title": "Voisins de Rochebelle"}


def link(event: int) -> str:
    return f"https://t.me/{BOT_USERNAME}?start=event_{event}"


async def announced(tg: Harness) -> tuple[int, Stored]:
    event = await new_event(tg, "Soirée jeux en famille | 2026-12-05 20:00 | 12")
    await tg.say(ORGA, f"/announce {event}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    # As the phone that forwarded it shows it: later redraws do not reach the copy.
    return event, Stored(card.chat_id, card.message_id, card.text, card.reply_markup)


async def press_copy(tg: Harness, who: dict[str, Any], card: Stored, data: str,
                     chat: dict[str, Any] = HERS) -> dict[str, Any]:
    """`who` presses a button under a forwarded copy of `card`; returns what the bot
    answered the press with (the toast's `text`, and a `url` the phone opens, if any)."""
    query = tg.fake.press_forwarded(who, card, data, chat=chat)
    tg.pushed += 1
    await tg.settle()
    [answer] = [c.params for c in tg.fake.ok_calls("answerCallbackQuery")
                if c.params.get("callback_query_id") == query]
    return answer


def files(tg: Harness, who: dict[str, Any]) -> list[str]:
    return [m.document[0] for m in tg.fake.chat(who["id"]) if m.document is not None]


# -- 📅 on a forwarded copy: « ouvrez le fichier joint », and no file anywhere ---------------


async def test_calendar_on_a_forwarded_copy_before_opening_the_private_chat(
        tg: Harness) -> None:
    """Nour never opened the bot's chat and taps 📅 on the copy Aurélie forwarded her.
    Before: the toast read « Voici « Soirée jeux en famille » (#1) pour votre agenda :
    ouvrez le fichier joint. » and no file came anywhere (Telegram refused it; only the log
    knew), nor after she opened the chat. Now the toast says to open the chat, her phone is
    taken there (the Bot API's `url` on the answer, the deep link), and the file is
    waiting for her there."""
    event, card = await announced(tg)
    tg.fake.not_started.add(NOUR["id"])
    answer = await press_copy(tg, NOUR, card, f"v1:ics:{event}")
    toast = plain(str(answer.get("text", "")))
    assert "fichier joint" not in toast, toast
    assert "Ouvrez une conversation avec moi" in toast, toast
    assert answer.get("url") == link(event), answer
    assert not files(tg, NOUR)
    tg.fake.not_started.discard(NOUR["id"])  # Telegram opened the chat; she taps Démarrer
    await tg.say(NOUR, f"/start event_{event}")
    assert files(tg, NOUR) == [f"le-focus-{event}.ics"]


async def test_calendar_on_a_forwarded_copy_says_the_file_is_in_the_private_chat(
        tg: Harness) -> None:
    """Marc's chat with the bot is open: the file goes there. Before: the toast over
    Aurélie's chat said « ouvrez le fichier joint », where nothing was attached."""
    event, card = await announced(tg)
    await tg.say(MARC, "/start")
    answer = await press_copy(tg, MARC, card, f"v1:ics:{event}")
    toast = plain(str(answer.get("text", "")))
    assert "ouvrez le fichier joint" in toast and "(Je vous l'ai envoyé en privé.)" in toast
    assert "url" not in answer
    assert files(tg, MARC) == [f"le-focus-{event}.ics"]


async def test_calendar_on_a_copy_forwarded_into_another_group(tg: Harness) -> None:
    event, card = await announced(tg)
    await tg.say(KATE, "/start")
    answer = await press_copy(tg, KATE, card, f"v1:ics:{event}", chat=NEIGHBOURS)
    assert "(I sent it to you in our private chat.)" in str(answer.get("text", "")), answer
    assert files(tg, KATE) == [f"le-focus-{event}.ics"]


async def test_calendar_on_a_forwarded_copy_after_blocking_the_bot(tg: Harness) -> None:
    """Julien blocked the bot: the toast says to unblock it, never that a file came."""
    event, card = await announced(tg)
    tg.fake.blocked.add(JULIEN["id"])
    answer = await press_copy(tg, JULIEN, card, f"v1:ics:{event}")
    toast = plain(str(answer.get("text", "")))
    assert "fichier joint" not in toast and "débloquez-moi" in toast, toast


# -- ✅ on a forwarded copy, never started: the toast named the bot, with no way there -------


async def test_seat_on_a_forwarded_copy_takes_the_phone_to_the_private_chat(
        tg: Harness) -> None:
    """Before: « Inscrit·e : 1 place. (1/12 places prises) Pour être prévenu·e (rappels,
    place libérée), ouvrez une conversation avec moi : @lefocus_test_bot » — a toast is
    no link: she had to find the bot by its name. Now the answer carries the deep link,
    which her phone opens; « Démarrer » there shows the card and her seat."""
    event, card = await announced(tg)
    tg.fake.not_started.add(NOUR["id"])
    answer = await press_copy(tg, NOUR, card, f"v1:rsvp:{event}:going")
    toast = plain(str(answer.get("text", "")))
    assert "Inscrit·e : 1 place" in toast and f"@{BOT_USERNAME}" in toast, toast
    assert answer.get("url") == link(event), answer
    tg.fake.not_started.discard(NOUR["id"])
    said = "\n".join(plain(m.visible) for m in await tg.say(NOUR, f"/start event_{event}"))
    assert "Votre réponse : inscrit·e, 1 place." in said, said


async def test_seat_on_a_forwarded_copy_in_english(tg: Harness) -> None:
    event, card = await announced(tg)
    tg.fake.not_started.add(KATE["id"])
    answer = await press_copy(tg, KATE, card, f"v1:rsvp:{event}:going", chat=NEIGHBOURS)
    assert "Going: 1 seat" in str(answer.get("text", "")), answer
    assert answer.get("url") == link(event), answer


async def test_presses_on_a_forwarded_copy_that_need_no_private_chat_stay_put(
        tg: Harness) -> None:
    """Her chat open, or a press that holds no seat (🤔, ❌): the phone is not moved."""
    event, card = await announced(tg)
    await tg.say(MARC, "/start")
    assert "url" not in await press_copy(tg, MARC, card, f"v1:rsvp:{event}:going")
    tg.fake.not_started.add(NOUR["id"])
    for data in (f"v1:rsvp:{event}:maybe", f"v1:rsvp:{event}:no"):
        assert "url" not in await press_copy(tg, NOUR, card, data), data


async def test_calendar_on_the_group_card_before_opening_the_private_chat(
        tg: Harness) -> None:
    """On the group's card (session 11): the toast says to open the chat, and the group
    reads the link; now the toast's answer opens it too."""
    event, card = await announced(tg)
    tg.fake.not_started.add(NOUR["id"])
    query = tg.fake.press(NOUR, card, f"v1:ics:{event}")
    tg.pushed += 1
    await tg.settle()
    [answer] = [c.params for c in tg.fake.ok_calls("answerCallbackQuery")
                if c.params.get("callback_query_id") == query]
    assert "Ouvrez une conversation avec moi" in plain(str(answer.get("text", "")))
    assert answer.get("url") == link(event), answer
    assert f"start=event_{event}" in tg.fake.chat(GROUP)[-1].visible


# -- a file, a shared phone number ---------------------------------------------------------


async def test_a_pdf_form_sent_privately(tg: Harness) -> None:
    """Marc sends the association's filled-in form as a PDF. Before: « Je ne lis que les
    messages écrits : écrivez-moi » — he believed the team had it. Now he reads that files
    neither are read nor reach the team."""
    before = set(tg.fake.messages)
    tg.fake.send_media(MARC, private_chat(MARC), "document")
    tg.pushed += 1
    await tg.settle()
    [said] = [m for k, m in tg.fake.messages.items() if k not in before]
    text = plain(said.visible)
    assert "fichiers" in text and "l'équipe du Focus ne les reçoit pas" in text, text


async def test_a_shared_phone_number(tg: Harness) -> None:
    """Marc shares his phone number (📎 → Contact), as some booking services ask. Before:
    « Je ne lis que les messages écrits » — nothing said of the number he just gave."""
    before = set(tg.fake.messages)
    tg.fake.send_media(MARC, private_chat(MARC), "contact")
    tg.pushed += 1
    await tg.settle()
    [said] = [m for k, m in tg.fake.messages.items() if k not in before]
    text = plain(said.visible)
    assert "numéro" in text and "pas gardé" in text and "✅ Je viens" in text, text
    [mine] = await tg.say(MARC, "/mesdonnees")
    assert "+33600000000" not in mine.visible and "0600000000" not in mine.visible


async def test_a_voice_note_still_asks_for_words(tg: Harness) -> None:
    before = set(tg.fake.messages)
    tg.fake.send_media(MARC, private_chat(MARC), "voice")
    tg.pushed += 1
    await tg.settle()
    [said] = [m for k, m in tg.fake.messages.items() if k not in before]
    assert "Je ne lis que les messages écrits" in plain(said.visible)


# -- proposals (outside the adapter) -------------------------------------------------------


async def test_forget_me_question_loses_its_buttons_once_answered(tg: Harness) -> None:
    """Julien taps « Non, garder »: the toast « D'accord, rien n'est effacé. » is gone in
    two seconds, and the question stays with « Oui, tout effacer » under it, a thumb away
    (tapped later, it erases everything). Aurélie's « Oui, tout effacer » tapped twice sent
    the whole « C'est fait … » message twice."""
    await tg.say(JULIEN, "/start")
    [asked] = [m for m in await tg.say(JULIEN, "/oubliemoi") if m.button_data]
    assert asked.button_labels[1] == "Non, garder"
    await tg.press(JULIEN, asked, asked.button_data[1])
    now = tg.fake.messages[(asked.chat_id, asked.message_id)]
    assert not now.button_data, now.button_labels
    assert "rien n'est effacé" in plain(now.visible), now.visible
    # « Oui, tout effacer »: the answer in the question's place, said once.
    [asked] = [m for m in await tg.say(AURELIE, "/oubliemoi") if m.button_data]
    await tg.press(AURELIE, asked, asked.button_data[0])
    now = tg.fake.messages[(asked.chat_id, asked.message_id)]
    assert not now.button_data and "C'est fait" in plain(now.visible), now.visible
    assert sum("C'est fait" in m.visible for m in tg.fake.chat(AURELIE["id"])) == 1
