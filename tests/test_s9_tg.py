"""Session 9 (tg): parents who never used a bot, on Telegram phones, through the real PTB
`Application` against the fake Bot API. A reply written under the bot's card (« on sera 3 »,
« c'est à quelle heure ? ») is about that card's event, in the group and privately, also after
a restart; a reply under a message that shows several events names none of them."""

from __future__ import annotations

from typing import Any

from test_telegram_adapter import GROUP, ORGA, Harness, card_messages, new_event

from fakes.telegram_api import BOT_USERNAME, Stored, group_chat, private_chat, user
from recording import plain

MARIE = user(3001, "Marie", "fr")
PAUL = user(3002, "Paul", "fr")
JOSIANE = user(3003, "Josiane", "fr")  # a grandmother, who writes in capitals
LINK = f"https://t.me/{BOT_USERNAME}?start="


async def two_cards(tg: Harness) -> tuple[int, int, Stored, Stored]:
    """« Soirée jeux » (#1, Saturday 28 November) and « Ciné » (#2, Saturday 5 December),
    both announced in the parents' group."""
    games = await new_event(tg, "Soirée jeux | 2026-11-28 19:30 | 20")
    film = await new_event(tg, "Ciné | 2026-12-05 20:00 | 3")
    await tg.say(ORGA, f"/annoncer {games}")
    await tg.say(ORGA, f"/annoncer {film}")
    first, second = card_messages(tg.fake.chat(GROUP))
    return games, film, first, second


async def replied(tg: Harness, who: dict[str, Any], text: str, to: Stored) -> list[Stored]:
    """`who` answers the bot's message `to` with `text` (Telegram's « Répondre »), where
    that message is; returns what appeared."""
    before = set(tg.fake.messages)
    chat = group_chat(to.chat_id) if to.chat_id < 0 else private_chat(who)
    tg.fake.reply_text(who, chat, text, to)
    tg.pushed += 1
    await tg.settle()
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


# -- a reply under a list of several events ---------------------------------------------------


async def test_a_reply_under_a_list_of_events_does_not_open_the_first_one(
        tg: Harness) -> None:
    """Paul never opened the private chat. Under the group's « Quel événement ? » list (the
    Soirée jeux and the Ciné), he asked « c'est lequel le ciné ? ». The group line's link
    opened the Soirée jeux's card (the list's first button) above his answer: he was shown
    an event he had not asked about, as if his question were about it. The link now opens
    the private chat without picking one of them."""
    games, film, _, _ = await two_cards(tg)
    [listing] = await tg.say(MARIE, f"/evenement@{BOT_USERNAME}", GROUP)
    assert len(listing.button_data) == 2, listing.button_labels
    tg.fake.not_started.add(PAUL["id"])
    [line] = await replied(tg, PAUL, "c'est lequel le ciné ?", listing)
    assert line.chat_id == GROUP and line.visible.startswith("Paul"), line.visible
    assert LINK in line.visible and f"event_{games}" not in line.visible, line.visible
    tg.fake.not_started.discard(PAUL["id"])
    payload = line.visible.split(LINK, 1)[1].split()[0]
    opened = await tg.say(PAUL, f"/start {payload}")
    said = [plain(m.visible) for m in opened]
    assert not card_messages(opened), said
    assert any("c'est lequel le ciné" in s for s in said), said


async def test_an_answer_that_brings_the_card_is_not_preceded_by_the_same_card(
        tg: Harness) -> None:
    """Paul (no private chat yet) replied « jviens au 2 » under the Ciné's card; the group
    line's link opened the Ciné's card, then his waiting answer, « Un message écrit ne vous
    inscrit pas… ci-dessous », with the same card again: two identical cards, two sets of
    buttons, and « ci-dessous » pointing at the second. The link now opens the welcome,
    and his answer brings the card once."""
    _, film, _, cine = await two_cards(tg)
    tg.fake.not_started.add(PAUL["id"])
    [line] = await replied(tg, PAUL, "jviens au 2", cine)
    assert line.chat_id == GROUP and LINK in line.visible, line.visible
    tg.fake.not_started.discard(PAUL["id"])
    payload = line.visible.split(LINK, 1)[1].split()[0]
    opened = await tg.say(PAUL, f"/start {payload}")
    said = [plain(m.visible) for m in opened]
    assert len(card_messages(opened)) == 1, said
    assert any("jviens au 2" in s for s in said), said
    assert events_shown(opened) == {str(film)}, said


# -- a reply under a card is about its event (proposal: commands/faq reads `event_id`) -------

def events_shown(messages: list[Stored]) -> set[str]:
    """The events a parent can act on in these messages: each card's, each button's."""
    return {d.split(":")[2] for m in messages for d in m.button_data
            if d.split(":")[1] in ("rsvp", "event", "guest")}


async def test_on_sera_3_under_the_cine_card_gets_the_cine_card_back(tg: Harness) -> None:
    """Marie replied « on sera 3 » under the Ciné's card in the group. Her private answer
    listed every event (« Au programme : Soirée jeux, Ciné… /participer <numéro> »): she had
    to find again, among others, the event she had just answered, and learn what a
    « numéro » is. She now gets the Ciné's card, its « ✅ Je viens » right there, and the
    line to type for that event."""
    games, film, _, cine = await two_cards(tg)
    answer = await replied(tg, MARIE, "on sera 3", cine)
    assert {m.chat_id for m in answer} == {MARIE["id"]}, answer
    said = plain(" ".join(m.visible for m in answer))
    assert events_shown(answer) == {str(film)}, [m.button_data for m in answer]
    assert f"v1:rsvp:{film}:going" in [d for m in answer for d in m.button_data]
    assert f"/participer {film} oui" in said and "<numéro>" not in said, said


async def test_a_grandmother_in_capitals_under_an_old_card_after_a_restart(
        tg: Harness) -> None:
    """Josiane writes in capitals. The bot restarted; she replied « MERCI JE VIENDRAI AVEC
    MON PETIT FILS » under the Soirée jeux's card, posted before the restart. The card
    she answered comes back to her privately (read from its buttons, not from memory)."""
    games, film, soiree, _ = await two_cards(tg)
    fake, folder = tg.fake, tg.adapter.settings.database_path.parent
    await tg.close()
    from test_telegram_adapter import start_harness

    again = await start_harness(fake, folder)
    try:
        answer = await replied(again, JOSIANE, "MERCI JE VIENDRAI AVEC MON PETIT FILS", soiree)
        assert events_shown(answer) == {str(games)}, [m.button_data for m in answer]
        assert card_messages(answer) and card_messages(answer)[0].chat_id == JOSIANE["id"]
    finally:
        await again.close()


async def test_oui_replied_privately_under_a_card_shows_that_card(tg: Harness) -> None:
    """Paul opened the Soirée jeux privately and answered its card « oui » with
    Telegram's « Répondre ». He read « appuyez sur son bouton, juste au-dessus », while the
    card was pages up his chat. The card comes back under the line, buttons included."""
    games, _, _, _ = await two_cards(tg)
    [card] = card_messages(await tg.say(PAUL, f"/evenement {games}"))
    answer = await replied(tg, PAUL, "oui", card)
    assert card_messages(answer), [plain(m.visible) for m in answer]
    assert events_shown(answer) == {str(games)}


async def test_what_time_under_the_card_is_the_events_time(tg: Harness) -> None:
    """« c'est à quelle heure ? » under the Ciné's card was answered « Les horaires
    d'ouverture ne sont pas encore publiés ici »: true of the Focus's opening hours, and of
    no use to a mother asking when the film starts. The Ciné's own time answers it now,
    « c combien » its own price, and « il reste de la place ? » its own seats (not every
    event's)."""
    _, film, _, cine = await two_cards(tg)
    answer = plain(" ".join(m.visible for m in await replied(tg, MARIE,
                                                            "c'est à quelle heure ?", cine)))
    assert "samedi 5 décembre 2026 à 20h" in answer.split("#2 · Ciné")[0], answer
    assert "pas encore publiés" not in answer, answer
    price = plain(" ".join(m.visible for m in await replied(tg, MARIE, "c combien", cine)))
    assert "Gratuit" in price.split("#2 · Ciné")[0] and "6 €" not in price, price
    seats = await replied(tg, MARIE, "il reste de la place ?", cine)
    said = plain(" ".join(m.visible for m in seats))
    assert "3 libres" in said.split("#2 · Ciné")[0], said
    assert events_shown(seats) == {str(film)}, said


async def test_words_the_bot_does_not_understand_under_a_card_get_its_buttons(
        tg: Harness) -> None:
    """« Tom et Zoé viennent » and « +1 » under the Ciné's card got « Je ne sais pas
    répondre à ça » and eleven FAQ topics (who the association is, jobs…): nothing about
    the Ciné. She now reads that a message does not book, with the Ciné's card to tap."""
    _, film, _, cine = await two_cards(tg)
    for words in ("Tom et Zoé viennent", "+1"):
        answer = await replied(tg, MARIE, words, cine)
        said = plain(" ".join(m.visible for m in answer))
        assert "Je ne sais pas répondre" not in said and "metiers" not in said, said
        assert events_shown(answer) == {str(film)}, said
        assert "ne vous inscrit pas" in said, said


async def test_an_english_phone_asking_what_time_under_the_card(tg: Harness) -> None:
    """Sam's Telegram is in English. « what time does it start? » under the Ciné's card
    listed every event (the programme); it is now the Ciné's own time and seats, in
    English, with its card."""
    sam = user(3004, "Sam", "en")
    _, film, _, cine = await two_cards(tg)
    answer = await replied(tg, sam, "what time does it start?", cine)
    said = plain(" ".join(m.visible for m in answer))
    assert '"Ciné" (#2): Saturday 5 December 2026 at 20:00' in said, said
    assert events_shown(answer) == {str(film)}, said


# -- a command written under a card (proposal: bot/core.py reads `event_id`) -----------------

async def test_participer_oui_written_under_the_card_answers_that_event(tg: Harness) -> None:
    """Marie learnt « /participer » from the group's menu and used it with « Répondre »
    under the Ciné's card: « /participer@bot oui +2 ». She read « Il manque le numéro de
    l'événement (par exemple 12 ou #12) »: which number, when she answered the card itself?
    The card names its event: she is booked for 3 places on the Ciné. Privately, « /participer
    non » under the Soirée jeux's card answers the Soirée jeux."""
    games, film, _, cine = await two_cards(tg)
    answer = await replied(tg, MARIE, f"/participer@{BOT_USERNAME} oui +2", cine)
    said = plain(" ".join(m.visible for m in answer))
    assert "Il manque le numéro" not in said, said
    assert "« Ciné » (#2) pour 3 places" in said, said
    [card] = card_messages(await tg.say(PAUL, f"/evenement {games}"))
    await tg.say(PAUL, f"/participer {games} oui")
    answer = await replied(tg, PAUL, "/participer non", card)
    said = plain(" ".join(m.visible for m in answer))
    assert "Soirée jeux" in said and "Il manque" not in said, said
    mine = plain((await tg.say(PAUL, "/mesevenements"))[0].visible)
    assert f"#{games}" not in mine, mine
