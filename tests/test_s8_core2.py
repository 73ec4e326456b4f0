"""Session 8 (core2): answers as people really type or paste them — no-break spaces from a
copied line, the card's own button words typed after the number, « nn » — an old card
pressed days after the event, and what the reply after children's names promises."""

from __future__ import annotations

from typing import Any

import pytest
from test_telegram_adapter import GROUP, LEA, NINA
from test_telegram_adapter import new_event as tg_new_event

from fakes.telegram_api import BOT_USERNAME
from recording import Bot, new_event, plain

EVENT = "Soirée jeux | 2026-12-05 20:00 | 10"  # Saturday 5 December, 20:00 Paris


async def _going_seats(bot: Bot, event_id: int) -> int:
    return (await bot.core.storage.rsvps.counts(event_id)).going_seats


# -- 5. a line pasted with no-break spaces ------------------------------------------------


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"])
async def test_a_command_pasted_with_no_break_spaces_is_read(bot: Bot, space: str) -> None:
    """Nina copied « /rsvp 1 yes » from a message (a word processor, a web page, a French
    phone keyboard put no-break spaces between the words) and sent it: « I don't know the
    command /rsvp 1 yes ». Any space is a space."""
    event_id = await new_event(bot, EVENT)
    said = await bot.say(f"/rsvp{space}{event_id}{space}yes", user="nina", locale="en")
    assert "know the command" not in said and "going" in said, said
    assert await _going_seats(bot, event_id) == 1
    # Without the slash too, in her private chat (« participer 1 oui »).
    said = await bot.say(f"participer{space}{event_id}{space}non", user="nina")
    assert "noté" in said and await _going_seats(bot, event_id) == 0, said


# -- 6. the card's button words typed as the answer ---------------------------------------


@pytest.mark.parametrize(("typed", "locale", "seats"), [
    ("je viens", "fr", 1), ("Je viens !", "fr", 1), ("✅ Je viens", "fr", 1),
    ("je viens +2", "fr", 3), ("Je ne viens pas", "fr", 0), ("je viens pas", "fr", 0),
    ("j'viens pas", "fr", 0), ("peut être", "fr", 0), ("going", "en", 1),
    ("I'm going", "en", 1), ("Not going", "en", 0), ("I'm not going", "en", 0),
])
async def test_the_buttons_words_typed_after_the_number_answer(
        bot: Bot, typed: str, locale: str, seats: int) -> None:
    """Karim reads « ✅ Je viens » under the card and types « /participer 1 je viens »: he
    was told « « je » : répondez par oui, peut-être ou non », and « je ne viens pas » was
    read as a child's first name. The card's words (French and English) are answers; « je
    viens pas » is a no, never « Je viens » with a child called « Pas »."""
    event_id = await new_event(bot, EVENT)
    if not seats:  # an answer that gives a seat back: he held one first
        await bot.say(f"/participer {event_id} oui", user="karim")
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="karim",
                               locale=locale))
    assert "répondez par" not in said and "answer going" not in said, said
    assert "prénom" not in said and "first name" not in said, said
    assert await _going_seats(bot, event_id) == seats, said
    answers = await bot.core.storage.rsvps.attendees(event_id)
    assert [a.state for a in answers] == [
        "going" if seats else "maybe" if "peut" in typed else "no"], said


async def test_two_answers_in_one_line_are_asked_not_read_as_names(bot: Bot) -> None:
    """« /participer 1 oui je viens pas »: asked whether « Je Viens Pas » was one child or
    three. Two answers are named, and nothing is booked."""
    event_id = await new_event(bot, EVENT)
    said = plain(await bot.say(f"/participer {event_id} oui je viens pas", user="karim"))
    assert "Deux réponses" in said and "« Je ne viens pas »" in said, said
    assert "seul enfant" not in said and await _going_seats(bot, event_id) == 0, said


@pytest.mark.parametrize("typed", ["nn", "nah"])
async def test_a_no_as_teenagers_type_it_answers_no(bot: Bot, typed: str) -> None:
    """« /participer 1 nn »: /oubliemoi and /rappels read « nn » as no, /participer said
    « « nn » : répondez par oui, peut-être ou non ». One list of yes and no words now."""
    event_id = await new_event(bot, EVENT)
    await bot.say(f"/participer {event_id} oui", user="bob")
    said = await bot.say(f"/participer {event_id} {typed}", user="bob")
    assert "répondez par" not in said and await _going_seats(bot, event_id) == 0, said


# -- 7. an old card's button, days after the event -----------------------------------------


async def test_an_old_cards_button_pressed_after_the_event_says_it_is_over(bot: Bot) -> None:
    """Zoé scrolled up the group and tapped « Je viens » under last week's card, which
    reads « Terminé »: the bot said « a déjà commencé », as if it were still going on. It
    says the event is over; during the evening it still says it has started."""
    event_id = await new_event(bot, EVENT)
    evening = bot.clock.current.replace(month=12, day=5, hour=20, minute=30)  # 21:30 Paris
    bot.clock.current = evening
    during = await bot.press(f"v1:rsvp:{event_id}:going", user="zoe")
    assert "commencé" in during, during
    bot.clock.advance(days=2)
    after = await bot.press(f"v1:rsvp:{event_id}:going", user="zoe")
    assert "commencé" not in after and "terminé" in after, after
    assert "(#1)" in after and "réponses sont fermées" in after, after
    typed = await bot.say(f"/rsvp {event_id} yes", user="zoe", locale="en")
    assert "started" not in typed and "is over" in typed, typed
    assert await _going_seats(bot, event_id) == 0


# -- 4. what the reply after the children's names promises --------------------------------


async def test_the_reply_after_naming_children_says_what_oubliemoi_offers(bot: Bot) -> None:
    """Sophie named her children; the reply ended « /oubliemoi les efface tout de suite ».
    /oubliemoi erases her whole account: it offers « Seulement les prénoms » beside. The
    reply now says so, and what it says is there."""
    event_id = await new_event(bot, EVENT)
    said = plain(await bot.say(f"/participer {event_id} oui Léa, Tom", user="sophie"))
    assert "Enfants notés" in said, said
    assert "efface tout de suite" not in said and "Seulement les prénoms" in said, said
    [question] = await bot.replies("/oubliemoi", user="sophie")
    assert "Seulement les prénoms" in [b.label for b in question.buttons], question
    said = await bot.say(f"/rsvp {event_id} yes Lea, Tom", user="ann", locale="en")
    assert "erases them now" not in said and "Only the names" in said, said


async def test_on_telegram_a_pasted_no_break_space_is_a_space_too(tg: Any) -> None:
    """The same line sent through the real Telegram adapter, privately and in the group
    (« /participer@bot 1 oui », copied from the card's message with its no-break spaces)."""
    event_id = await tg_new_event(tg)
    said = [plain(m.visible) for m in await tg.say(LEA, f"/rsvp\u00a0{event_id}\u00a0yes")]
    assert any("inscrit" in s for s in said), said
    said = [plain(m.visible) for m in await tg.say(
        NINA, f"/participer@{BOT_USERNAME}\u00a0{event_id}\u00a0oui", chat=GROUP)]
    assert not any("ne connais pas" in s for s in said), said
    assert (await tg.core.storage.rsvps.counts(event_id)).going_seats == 2, said


# -- for commands/events/handlers.py (org3's): an old card's other buttons ------------------


async def test_the_name_children_button_pressed_after_the_event_says_it_is_over(
        bot: Bot) -> None:
    """Sophie taps « 👧 Nommer les enfants » under last week's answer: « a déjà commencé »,
    while the card reads « Terminé »."""
    event_id = await new_event(bot, EVENT)
    await bot.say(f"/participer {event_id} oui +2", user="sophie")
    bot.clock.current = bot.clock.current.replace(month=12, day=8)
    said = await bot.press(f"v1:kids:{event_id}", user="sophie")
    assert "commencé" not in said and "terminé" in said, said
