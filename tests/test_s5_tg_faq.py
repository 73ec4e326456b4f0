"""Parents' questions on Telegram, in a private chat, through the real adapter: what the
article does not say gets an honest « I don't know, ask the team », never an answer to
another question; « il reste de la place ? » gets the seats left."""

from __future__ import annotations

from typing import Any

import pytest
from test_telegram_adapter import GROUP, LEA, ORGA, TOM, new_event

from fakes.telegram_api import group_chat
from recording import plain

# Typo correction used to read « parents » as « argent », « peuvent » as « event »,
# « rester » as « register », « chose » as « close », « familles » as « fille » and « CB »
# as « combien »: each got the prices, sign-up, opening hours or ages answer.
UNSAID = [
    "est-ce que les parents peuvent rester ?",
    "les parents doivent accompagner ?",
    "il faut ramener quelque chose ?",
    "qui encadre les enfants ?",
    "c'est sécurisé ? il y a des adultes ?",
    "les animateurs sont diplomés ?",
    "je peux payer en CB ?",
    "y a des réductions pour les familles nombreuses ?",
    "mon fils parle pas français",
    "je peux rester avec mon enfant ?",
]


@pytest.mark.parametrize("question", UNSAID)
async def test_what_the_article_does_not_say_is_an_honest_i_dont_know(
        tg: Any, question: str) -> None:
    [reply] = await tg.say(LEA, question)
    text = plain(reply.visible)
    assert text.startswith("Je ne sais pas répondre"), (question, text)
    assert "meltingphot.com" in text  # where to ask instead


async def test_an_organisers_parking_entry_still_answers_parking(tg: Any) -> None:
    await tg.say(ORGA, "/faqset parking | Y a-t-il un parking ? | Parking de la Mairie.")
    [reply] = await tg.say(LEA, "y a un parking ?")
    assert "Parking de la Mairie" in reply.visible


@pytest.mark.parametrize("question", ["il reste de la place ?", "c'est complet ?",
                                      "combien de places", "any seats left?"])
async def test_are_there_seats_left_shows_the_events_with_their_seats(
        tg: Any, question: str) -> None:
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4")
    who = TOM if question.startswith("any") else LEA
    [reply] = await tg.say(who, question)
    text = plain(reply.visible)
    assert "Atelier photo" in text and "4" in text, text
    assert f"v1:event:{event_id}" in " ".join(reply.button_data), reply.button_data


async def test_a_forwarded_announcement_finds_its_event_on_its_own_date(tg: Any) -> None:
    """Léa forwards the card (« samedi 5 décembre ») to the bot: she was told « Rien de
    prévu samedi 28 novembre (Atelier) », the next Saturday, as if no workshop existed."""
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4")
    [reply] = await tg.say(LEA, "Atelier photo · samedi 5 décembre 2026 à 14h")
    text = plain(reply.visible)
    assert "Rien de prévu" not in text, text
    assert "Atelier photo" in text and f"v1:event:{event_id}" in reply.button_data


async def test_nothing_on_the_day_asked_still_names_the_next_ones(tg: Any) -> None:
    """« l'atelier c'est samedi ? » when the workshop is the Saturday after: « nothing
    Saturday » and the next workshop, with its button, not « nothing » alone."""
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4 | atelier")
    [reply] = await tg.say(LEA, "y a un atelier samedi ?")
    text = plain(reply.visible)
    assert "Rien de prévu samedi 28 novembre" in text, text
    assert "Les prochains" in text and "Atelier photo" in text, text
    assert f"v1:event:{event_id}" in reply.button_data
    [english] = await tg.say(TOM, "any workshop on saturday?")
    assert "Coming up next" in english.visible and "Atelier photo" in english.visible


@pytest.mark.parametrize("said", ["je viens samedi prochain avec mes 2 enfants",
                                  "je voudrais inscrire mon fils à l'atelier photo",
                                  "we will come to the workshop"])
async def test_i_am_coming_gets_the_events_to_tap_not_who_it_is_for(
        tg: Any, said: str) -> None:
    """A parent answering in words used to get « C'est pour qui ? » (or three « did you
    mean » buttons): now the events named, each with its card's button."""
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4 | atelier")
    [reply] = await tg.say(TOM if said.startswith("we") else LEA, said)
    text = plain(reply.visible)
    assert "pour qui" not in text and "Who is it for" not in text, text
    assert f"v1:event:{event_id}" in reply.button_data, (text, reply.button_data)


@pytest.mark.parametrize("said", ["je viens pas samedi finalement", "on vient pas au film"])
async def test_i_am_not_coming_after_all_offers_to_cancel(tg: Any, said: str) -> None:
    event_id = await new_event(tg, "Ciné | 2026-12-05 20:00 | 4 | film")
    await tg.say(LEA, f"/participer {event_id} oui")
    [reply] = await tg.say(LEA, said)
    assert f"v1:rsvp:{event_id}:no" in reply.button_data, reply.visible


@pytest.mark.parametrize("typed", ["1", "#1", "n°1"])
async def test_an_event_number_alone_opens_its_card(tg: Any, typed: str) -> None:
    """After « /participer <numéro> » a parent types the number alone: she got « Je ne sais
    pas répondre à ça » and ten topics; now the card, with its buttons."""
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4")
    assert typed.endswith(str(event_id))
    [reply] = await tg.say(LEA, typed)
    assert "Atelier photo" in reply.visible, reply.visible
    assert f"v1:rsvp:{event_id}:going" in reply.button_data
    [unknown] = await tg.say(LEA, "42")
    assert "Atelier photo" not in unknown.visible and not unknown.button_data


@pytest.mark.parametrize("said", ["je ne veux plus recevoir les rappels",
                                  "arretez de m'envoyer des messages svp",
                                  "stop the reminders please"])
async def test_i_want_no_more_messages_is_told_how(tg: Any, said: str) -> None:
    """A parent who wants the messages to stop got « Je ne sais pas répondre à ça » and ten
    topics; now the one line that turns reminders off."""
    english = said.startswith("stop")
    [reply] = await tg.say(TOM if english else LEA, said)
    assert ("/reminders off" if english else "/rappels non") in reply.visible, reply.visible


@pytest.mark.parametrize("said", ["tu peux parler anglais ?", "can you speak english?",
                                  "vous pouvez m'écrire en français ?"])
async def test_can_you_speak_english_points_to_the_language_command(
        tg: Any, said: str) -> None:
    """« tu peux parler anglais ? » got the activities (the English classes)."""
    [reply] = await tg.say(TOM if said.startswith("can") else LEA, said)
    text = plain(reply.visible)
    assert "/langue en" in text or "/language en" in text, text
    assert "ateliers" not in text and "workshops" not in text


@pytest.mark.parametrize("said", ["Moi aussi je viens !", "on sera 3 avec Tom et Zoé"])
async def test_i_am_coming_written_under_the_card_is_told_it_books_nothing(
        tg: Any, said: str) -> None:
    """Léa replies to the card in the group: she believed herself booked and got, privately,
    « Je ne sais pas répondre à ça » and ten topics. Now she is told a message books
    nothing, with the event's button; and she is indeed not booked."""
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4")
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    before = set(tg.fake.messages)
    tg.fake.reply_text(LEA, group_chat(GROUP), said, card)
    tg.pushed += 1
    await tg.settle()
    told = [m for k, m in sorted(tg.fake.messages.items()) if k not in before]
    assert all(m.chat_id == LEA["id"] for m in told)
    text = plain(" ".join(m.visible for m in told))
    assert "ne vous inscrit pas" in text and "Je viens" in text, text
    # The card she answered, with its « ✅ Je viens » (session 9: not the programme's list).
    assert any(f"v1:rsvp:{event_id}:going" in m.button_data for m in told)
    mine = await tg.say(LEA, "/mesevenements")
    assert f"#{event_id}" not in mine[0].visible, mine[0].visible


@pytest.mark.parametrize("asked", ["mon fils a 12 ans il peut venir seul ?",
                                   "ma fille a 8 ans elle peut venir toute seule ?",
                                   "can my 10 year old come alone?"])
async def test_can_my_child_come_alone_is_not_answered_yes(tg: Any, asked: str) -> None:
    """The only answer was « Pour tout le monde, quel que soit l'âge », easily read as « yes,
    send them alone »: the article says nothing about children without an adult."""
    english = asked.startswith("can")
    [reply] = await tg.say(TOM if english else LEA, asked)
    text = plain(reply.visible)
    assert "Pour tout le monde" in text or "Everyone" in text, text
    assert ("not stated here" if english else "pas précisé ici") in text, text
    assert "meltingphot.com" in text
