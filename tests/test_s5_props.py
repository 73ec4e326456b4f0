"""The helpers' proposals for shared files, applied (session 5): a parent's answer in words
books the seats they meant or asks, never a different number in silence; a cancelled card
shows no free seats; counts read as French."""

from __future__ import annotations

import pytest

from bot import actions
from recording import Bot, new_event, plain


async def _seats(bot: Bot, event_id: int) -> int:
    return (await bot.core.storage.rsvps.counts(event_id)).going_seats


@pytest.mark.parametrize(("typed", "seats"), [
    ("oui avec ma femme et mes 2 enfants", 4),
    ("oui moi et mes 3 enfants", 4),
    ("oui +2 mes 2 enfants Tom et Zoé", 3),
    ("oui ma fille et Tom", 3),
])
async def test_people_named_by_who_they_are_get_their_seats(
        bot: Bot, typed: str, seats: int) -> None:
    """« oui avec ma femme et mes 2 enfants » booked 2 places and noted a child « Femme »;
    « moi et mes 3 enfants » booked 1; « +2 mes 2 enfants Tom et Zoé » was refused."""
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 20")
    reply = plain(await bot.say(f"/participer {event_id} {typed}", user="lea"))
    assert f"pour {seats} places" in reply, reply
    assert "Femme" not in reply and await _seats(bot, event_id) == seats


@pytest.mark.parametrize(("typed", "lines"), [
    # Two adults: the parent and one more, or two more? Both lines given.
    ("oui 2 adultes et 3 enfants", ("/participer {id} oui +4", "/participer {id} oui +5")),
    # Two children, or one « Tom Zoe »?
    ("oui tom zoe", ("/participer {id} oui Tom, Zoe", "/participer {id} oui Tom-Zoe")),
    # How many children?
    ("oui avec mes enfants", ("/participer {id} oui +2",)),
    # « both »: who?
    ("oui les deux", ("/participer {id} oui +2",)),
    # +1, but two children counted in words.
    ("oui +1 mes 2 enfants", ("/participer {id} oui +2",)),
])
async def test_words_that_leave_the_seats_open_are_asked_and_book_nothing(
        bot: Bot, typed: str, lines: tuple[str, ...]) -> None:
    """« oui 2 adultes et 3 enfants » booked 3 places with a child « Adultes »; « oui tom
    zoe » one child « Tom Zoe »; « avec mes enfants » 1 place; « +1 mes 2 enfants » 2."""
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 20")
    reply = plain(await bot.say(f"/participer {event_id} {typed}", user="lea"))
    reply += plain("\n".join(bot.platform.private_texts("lea")))
    assert "Rien n'est réservé" in reply or "rien n'est réservé" in reply, reply
    for line in lines:
        assert line.format(id=event_id) in reply, reply
    assert "Adultes" not in reply and await _seats(bot, event_id) == 0


async def test_peut_etre_without_a_hyphen_is_maybe(bot: Bot) -> None:
    """« /participer 1 peut etre » answered « « peut » : répondez par oui, peut-être ou
    non » (a phone keyboard puts no hyphen)."""
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 20")
    reply = plain(await bot.say(f"/participer {event_id} peut etre", user="lea"))
    assert "peut-être pour « Atelier photo »" in reply, reply
    assert (await bot.core.storage.rsvps.counts(event_id)).maybe == 1


async def test_a_full_event_says_full_not_one_places(bot: Bot) -> None:
    """The last seat of a one-seat event answered « (1/1 places prises) »."""
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 1")
    reply = plain(await bot.say(f"/participer {event_id} oui", user="lea"))
    assert "(complet : 1/1)" in reply and "1/1 places" not in reply, reply


async def test_a_cancelled_card_shows_no_free_seats(bot: Bot) -> None:
    """A cancelled event's card read « ANNULÉ » above « 1/3 places prises, 2 libres » (the
    console and Discord; Telegram hid it already)."""
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 3")
    await bot.say(f"/participer {event_id} oui", user="lea")
    await bot.say(f"/annuler {event_id}")
    await bot.press(actions.encode("cancel", event_id, "yes"))
    card = plain(await bot.say(f"/evenement {event_id}", user="lea"))
    assert "ANNUL" in card.upper() and "libre" not in card, card
