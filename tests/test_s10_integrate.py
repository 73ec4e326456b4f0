"""Session 10, helper integrate: what applying the day's proposals showed, read as a parent
reads it (French first)."""

from __future__ import annotations

import pytest

from recording import Bot, new_event, plain


@pytest.mark.parametrize(("typed", "erase"), [("je ne veux plus garder mon compte", "/oubliemoi"),
                                             ("je veux pas garder mon compte", "/oubliemoi"),
                                             ("don't keep my account", "/forgetme")])
async def test_not_keeping_the_account_is_never_told_it_is_kept(bot: Bot, typed: str,
                                                                erase: str) -> None:
    """parents10's « garder mon compte » reply (« C'est noté : votre compte est gardé »)
    matched « je ne veux plus garder mon compte » too: the opposite of what she asked. She
    is shown how to erase it instead (in English when written in English: session 11)."""
    said = plain(await bot.say(typed, user="maman", locale="fr"))
    assert "gardé" not in said and "kept" not in said and erase in said, said


@pytest.mark.parametrize("typed", ["gardez mon compte svp", "je garde mon compte",
                                   "je voudrais conserver mon compte merci"])
async def test_keeping_the_account_said_in_other_words(bot: Bot, typed: str) -> None:
    """The 24-month notice says « Pour le garder, envoyez n'importe quel message »."""
    said = plain(await bot.say(typed, user="maman", locale="fr"))
    assert said.startswith("C'est noté : votre compte est gardé"), said


@pytest.mark.parametrize(("locale", "typed", "line"), [
    ("fr", "on vient avec la grand-mère aussi", "/participer {id} oui +3"),
    ("en", "we are coming with grandma too", "/rsvp {id} yes +3"),
    ("fr", "on vient aussi avec leur papi", "/participer {id} oui +3"),
])
async def test_someone_more_beside_seats_held_is_asked_not_taken_away(
        bot: Bot, locale: str, typed: str, line: str) -> None:
    """She holds 3 seats (her and two children) and writes under her confirmation that the
    grandmother comes too. "with grandma too" was read as 2 seats in all (« ✅ 2 places »: a
    seat given back), « … aussi avec leur papi » as « déjà inscrit·e pour 3 places : rien à
    faire ». She is asked, with the ➕ button and the line for 4."""
    event = await new_event(bot, "Soirée jeux | 2026-11-28 20:00 | 10")
    await bot.say(f"/participer {event} oui +2", user="lea", locale=locale)
    said = plain(await bot.say(typed, user="lea", locale=locale))
    assert line.format(id=event) in said and "rien à faire" not in said, said
    assert "2 places" not in said and "2 seats" not in said, said
