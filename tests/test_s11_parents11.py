"""Session 11, French parents on Telegram phones who never read the README, through the real
python-telegram-bot adapter against the fake Bot API on 127.0.0.1 (tests/fakes/telegram_api.py).

Aurélie and Julien are Léo's parents, each with an account; Marc never answered; Nour never
opened the private chat; Kate is English with a phone set to French. The probes (about 100
steps, written before reading the code that reads them) are in the session's report; these
tests keep what confused them, and some of what must stay as it is. Strict xfails pin replies
that need a change outside the adapter (or that undo older tests): the session's proposal
diff (parents11-proposals.diff).
"""

from __future__ import annotations

from typing import Any

from test_telegram_adapter import GROUP, ORGA, Harness, new_event

from fakes.telegram_api import Stored, group_chat, private_chat, user
from recording import plain

AURELIE = user(4101, "Aurélie", "fr")
JULIEN = user(4102, "Julien", "fr")
MARC = user(4103, "Marc", "fr")
NOUR = user(4105, "Nour", "fr")
SARAH = user(4104, "Sarah", "en")
KATE = user(4203, "Kate", "fr")  # English, her phone set to French
REACTION = "Une réaction ne compte pas comme réponse"


def drawing(message: Stored) -> Stored:
    """The message as a phone still shows it: a later redraw does not reach this copy."""
    return Stored(message.chat_id, message.message_id, message.text, message.reply_markup)


async def announced(tg: Harness, title: str = "Soirée jeux en famille",
                    seats: int = 12) -> tuple[int, Stored]:
    event = await new_event(tg, f"{title} | 2026-12-05 20:00 | {seats}")
    await tg.say(ORGA, f"/announce {event}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    return event, card


async def pushed(tg: Harness, send: Any, *args: Any, **options: Any) -> list[Stored]:
    """Whatever the member sends (a sticker, a reply), and the messages that appeared."""
    before = set(tg.fake.messages)
    send(*args, **options)
    tg.pushed += 1
    await tg.settle()
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


async def private_card(tg: Harness, who: dict[str, Any], event: int) -> Stored:
    """The card a shared link (« t.me/…?start=event_1 ») opened in her private chat."""
    await tg.say(who, f"/start event_{event}")
    return [m for m in tg.fake.chat(who["id"]) if m.button_data][-1]


async def my_events(tg: Harness, who: dict[str, Any]) -> str:
    [mine] = await tg.say(who, "/mesevenements")
    return plain(mine.visible)


# -- 📅 pressed in the group: where is « le fichier joint » ? ------------------------------


async def test_calendar_pressed_in_the_group_says_the_file_is_in_the_private_chat(
        tg: Harness) -> None:
    """Before: the toast over the group read « Voici « Soirée jeux en famille » (#1) pour
    votre agenda : ouvrez le fichier joint. » and nothing was attached in the group: the
    file had gone to her private chat, which the toast did not say."""
    event, card = await announced(tg)
    toast = plain(await tg.press(NOUR, drawing(card), f"v1:ics:{event}"))
    assert "ouvrez le fichier joint" in toast
    assert "en privé" in toast, toast
    [sent] = [m for m in tg.fake.chat(NOUR["id"]) if m.document is not None]
    assert sent.document is not None and sent.document[0].endswith(".ics")
    assert not any(m.document for m in tg.fake.chat(GROUP))


async def test_calendar_pressed_in_english_in_the_group(tg: Harness) -> None:
    event, card = await announced(tg)
    toast = await tg.press(SARAH, drawing(card), f"v1:ics:{event}")
    assert "open the attached file" in toast and "private chat" in toast, toast
    assert "«" not in toast


async def test_calendar_pressed_privately_keeps_its_toast(tg: Harness) -> None:
    """Under her own card in the private chat the file is right there: nothing added."""
    event, _ = await announced(tg)
    card = await private_card(tg, JULIEN, event)
    toast = plain(await tg.press(JULIEN, card, f"v1:ics:{event}"))
    assert toast == ("Voici « Soirée jeux en famille » (#1) pour votre agenda : ouvrez le "
                     "fichier joint."), toast


async def test_calendar_pressed_in_the_group_before_opening_the_private_chat(
        tg: Harness) -> None:
    """Never started: the toast says the chat must be opened (no « fichier joint »), and
    the group reads the link."""
    event, card = await announced(tg)
    tg.fake.not_started.add(NOUR["id"])
    toast = plain(await tg.press(NOUR, drawing(card), f"v1:ics:{event}"))
    assert "fichier joint" not in toast and "Ouvrez une conversation avec moi" in toast
    assert f"start=event_{event}" in tg.fake.chat(GROUP)[-1].visible


# -- 👍 under a card: « Rien d'autre à faire » while nothing is booked ----------------------


async def test_thumbs_up_sticker_under_the_card_is_not_told_it_is_done(tg: Harness) -> None:
    """Marc opened the card from a shared link and answered it with a 👍 sticker. Before:
    « Bien reçu, merci ! Rien d'autre à faire de votre côté. » — he believed he was booked,
    and /mesevenements showed nothing. A 👍 under a card means « je viens »: the button
    that books, as for a typed « oui »."""
    event, _ = await announced(tg)
    card = await private_card(tg, MARC, event)
    [said] = await pushed(tg, tg.fake.send_media, MARC, private_chat(MARC), "sticker",
                          reply_to=card)
    text = plain(said.visible)
    assert "Rien d'autre à faire" not in text, text
    assert "touchez « ✅ Je viens »" in text, text
    assert said.button_data == [f"v1:rsvp:{event}:going"]
    assert "aucun événement à venir" in await my_events(tg, MARC)


async def test_typed_thumbs_up_under_the_card_offers_the_button(tg: Harness) -> None:
    """Before: the same « Rien d'autre à faire de votre côté. » for a typed 👍 (👍🏽 too)."""
    event, _ = await announced(tg)
    card = await private_card(tg, MARC, event)
    for typed in ("👍", "👍🏽"):
        [said] = await pushed(tg, tg.fake.reply_text, MARC, private_chat(MARC), typed, card)
        assert "Rien d'autre à faire" not in plain(said.visible), said.visible
        assert said.button_data == [f"v1:rsvp:{event}:going"]


async def test_thumbs_up_under_the_card_once_booked_says_so(tg: Harness) -> None:
    """Booked already, her 👍 under the card changes nothing, and she reads that she is."""
    event, _ = await announced(tg)
    card = await private_card(tg, AURELIE, event)
    await tg.press(AURELIE, card, f"v1:rsvp:{event}:going")
    [said] = await pushed(tg, tg.fake.reply_text, AURELIE, private_chat(AURELIE), "👍", card)
    text = plain(said.visible)
    assert "déjà inscrit·e" in text and "1 place" in text, text
    assert "1 place" in await my_events(tg, AURELIE)


async def test_thumbs_up_under_a_change_notice_is_still_thanks(tg: Harness) -> None:
    """The notice of a new date offers only « Je ne pourrai pas venir »: 👍 under it is
    « d'accord », and stays a thank-you (her seat kept)."""
    event, _ = await announced(tg)
    await tg.say(AURELIE, f"/participer {event} oui")
    await tg.say(ORGA, f"/modifier {event} date dimanche 13 décembre 15h")
    notice = [m for m in tg.fake.chat(AURELIE["id"]) if m.button_data][-1]
    assert "Changement pour" in plain(notice.visible)
    [said] = await pushed(tg, tg.fake.reply_text, AURELIE, private_chat(AURELIE), "👍",
                          notice)
    assert "Bien reçu, merci" in plain(said.visible), said.visible
    assert "inscrit·e, 1 place" in await my_events(tg, AURELIE)


async def test_thumbs_up_alone_privately_is_still_small_talk(tg: Harness) -> None:
    """A 👍 sticker answering nothing is no answer to any event."""
    [said] = await pushed(tg, tg.fake.send_media, MARC, private_chat(MARC), "sticker")
    assert not said.button_data and "Je viens" not in said.visible, said.visible


async def test_thumbs_up_sticker_under_the_group_card_is_told_like_a_reaction(
        tg: Harness) -> None:
    """Before: a 👍 sticker answering the card in the group got nothing at all, so Marc
    believed he had answered (a 👍 reaction on the same card is told privately that it
    books nothing). Now the same private line; the group reads nothing."""
    event, card = await announced(tg)
    new = await pushed(tg, tg.fake.send_media, MARC, group_chat(GROUP), "sticker",
                       reply_to=card)
    assert not [m for m in new if m.chat_id == GROUP]
    [note] = [m for m in new if m.chat_id == MARC["id"]]
    assert REACTION in plain(note.visible), note.visible
    # Once an hour at most, as for reactions: a second sticker, or a typed 👍, says nothing.
    assert not await pushed(tg, tg.fake.send_media, MARC, group_chat(GROUP), "sticker",
                            reply_to=card)
    assert not await pushed(tg, tg.fake.reply_text, MARC, group_chat(GROUP), "👍", card)
    assert "aucun événement à venir" in await my_events(tg, MARC)


async def test_typed_thumbs_up_under_the_group_card_is_told_like_a_reaction(
        tg: Harness) -> None:
    event, card = await announced(tg)
    new = await pushed(tg, tg.fake.reply_text, NOUR, group_chat(GROUP), "👍", card)
    assert not [m for m in new if m.chat_id == GROUP]
    assert [m for m in new if m.chat_id == NOUR["id"] and REACTION in plain(m.visible)]


async def test_heart_sticker_under_the_group_card_is_left_alone(tg: Harness) -> None:
    """❤️ says they like it: no line, as for a ❤️ reaction. (A GIF too.)"""
    event, card = await announced(tg)
    assert not await pushed(tg, tg.fake.reply_text, NOUR, group_chat(GROUP), "❤️", card)
    assert not await pushed(tg, tg.fake.send_media, NOUR, group_chat(GROUP), "animation",
                            reply_to=card)


# -- what already reads right, kept (probes that passed) -----------------------------------


async def test_old_card_buttons_after_the_event_moved_cancelled_filled(tg: Harness) -> None:
    event, card = await announced(tg)
    seen = drawing(card)
    await tg.say(ORGA, f"/modifier {event} date samedi 12 décembre 18h")
    assert "12 décembre 2026 à 18h" in plain(tg.fake.messages[(GROUP, card.message_id)].visible)
    assert "Inscrit·e : 1 place" in plain(await tg.press(AURELIE, seen, f"v1:rsvp:{event}:going"))
    assert "Inscrit·e : 1 place" in plain(await tg.press(AURELIE, seen, f"v1:rsvp:{event}:going"))
    await tg.say(ORGA, f"/annuler {event} neige confirmer")
    toast = plain(await tg.press(NOUR, seen, f"v1:rsvp:{event}:going"))
    assert "est annulé : les réponses sont fermées" in toast, toast


async def test_a_second_parent_presses_a_forwarded_copy(tg: Harness) -> None:
    """Aurélie forwarded the card to Julien: his tap books his own seat, answered by a toast
    (nothing can be said in their chat); never started, the toast names the bot."""
    event, card = await announced(tg)
    theirs = {"id": AURELIE["id"], "type": "private", "first_name": "Aurélie"}
    tg.fake.not_started.add(JULIEN["id"])
    query = tg.fake.press_forwarded(JULIEN, card, f"v1:rsvp:{event}:going", chat=theirs)
    tg.pushed += 1
    await tg.settle()
    [answer] = [c for c in tg.fake.ok_calls("answerCallbackQuery")
                if c.params.get("callback_query_id") == query]
    toast = plain(str(answer.params.get("text", "")))
    assert "Inscrit·e : 1 place" in toast and "@lefocus_test_bot" in toast, toast


async def test_voice_note_and_edit_are_answered_privately(tg: Harness) -> None:
    [said] = await pushed(tg, tg.fake.send_media, MARC, private_chat(MARC), "voice")
    assert "Je ne lis que les messages écrits" in plain(said.visible)
    await tg.say(AURELIE, "bonjour")
    typed = max(k[1] for k in tg.fake.typed if k[0] == AURELIE["id"])
    [said] = await pushed(tg, tg.fake.edit_text, AURELIE, private_chat(AURELIE), typed,
                          "bonjour, c'est combien ?")
    assert "je ne lis pas les modifications" in plain(said.visible)


async def test_my_data_and_forget_me_typed_in_the_group_answer_privately(tg: Harness) -> None:
    event, _ = await announced(tg)
    await tg.say(JULIEN, f"/participer {event} oui Léo")
    for typed in ("/mesdonnees", "/oubliemoi"):
        new = await tg.say(JULIEN, typed, chat=GROUP)
        assert not [m for m in new if m.chat_id == GROUP], typed
        assert [m for m in new if m.chat_id == JULIEN["id"] and "Léo" in m.visible], typed


# -- proposals (outside the adapter) -------------------------------------------------------


async def test_do_you_speak_english_from_a_phone_set_to_french(tg: Harness) -> None:
    """Kate writes in English from a phone set to French. Before: « Pour que je vous écrive
    en anglais : /langue en (en français : /langue fr). » — the one answer she most needs
    is in the language she asked not to read."""
    [said] = await tg.say(KATE, "Do you speak English?")
    assert "/langue en" in said.visible
    assert "in English" in said.visible, said.visible


async def test_minus_pressed_without_a_seat(tg: Harness) -> None:
    """Nour taps ➖ on the card (she never answered, or said no). Before: « Répondez d'abord
    « Je viens » à l'événement #1, puis ajoutez vos invité·e·s. » — an answer to a ➕ she
    did not tap."""
    event, card = await announced(tg)
    [minus] = [d for d in card.button_data if d.startswith(f"v1:guest:{event}:-1")]
    toast = plain(await tg.press(NOUR, drawing(card), minus))
    assert "ajoutez vos invité·e·s" not in toast, toast
    assert "Aucun·e invité·e à retirer" in toast, toast
    await tg.press(NOUR, drawing(card), f"v1:rsvp:{event}:no")
    assert "Aucun·e invité·e à retirer" in plain(await tg.press(NOUR, drawing(card), minus))
