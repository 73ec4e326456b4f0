"""Session 9, helper org2: /modifier in an organiser's words. « décaler d'une heure »,
« heure +1h », « 20h au lieu de 19h », « dimanche même heure » were all refused with
« Je n'ai pas compris la date » and three examples that did not say how to shift a time.
A shift with its direction moves the event (its length kept); « décaler d'une heure » with
no direction is asked, both times named; « au lieu de » must name the time it has now.
`now` is Wednesday 25 November 2026; the event is Saturday 5 December, 19h-22h."""

from __future__ import annotations

import pytest

from recording import Bot, new_event, plain

SPEC = "Soirée jeux | samedi 5 décembre 19h-22h | 20"


@pytest.mark.parametrize(("typed", "shown"), [
    ("heure +1h", "samedi 5 décembre 2026 à 20h, jusqu'à 23h"),
    ("décaler d'une heure plus tard", "samedi 5 décembre 2026 à 20h, jusqu'à 23h"),
    ("heure 30 min plus tôt", "samedi 5 décembre 2026 à 18h30, jusqu'à 21h30"),
    ("heure -30min", "samedi 5 décembre 2026 à 18h30, jusqu'à 21h30"),
    ("avancer d'une heure", "samedi 5 décembre 2026 à 18h, jusqu'à 21h"),
    ("retarder d'une demi-heure", "samedi 5 décembre 2026 à 19h30, jusqu'à 22h30"),
    ("heure 20h au lieu de 19h", "samedi 5 décembre 2026 à 20h, jusqu'à 23h"),
    ("date dimanche même heure", "dimanche 6 décembre 2026 à 19h, jusqu'à 22h"),
    ("date le 12 à la même heure", "samedi 12 décembre 2026 à 19h, jusqu'à 22h"),
])
async def test_a_move_in_words_moves_the_event(bot: Bot, typed: str, shown: str) -> None:
    event_id = await new_event(bot, SPEC)
    reply = plain(await bot.say(f"/modifier {event_id} {typed}"))
    assert f"Événement #{event_id} modifié" in reply and shown in reply, reply


async def test_a_shift_without_its_direction_is_asked_naming_both(bot: Bot) -> None:
    event_id = await new_event(bot, SPEC)
    reply = plain(await bot.say(f"/modifier {event_id} décaler d'une heure"))
    assert "20h" in reply and "18h" in reply and "modifié" not in reply, reply
    assert f"/modifier {event_id} heure 20h" in reply, reply
    card = plain(await bot.say(f"/evenement {event_id}"))
    assert "samedi 5 décembre 2026 à 19h" in card, card


async def test_instead_of_a_time_it_does_not_have_is_refused(bot: Bot) -> None:
    event_id = await new_event(bot, SPEC)
    reply = plain(await bot.say(f"/modifier {event_id} heure 21h au lieu de 20h"))
    assert "modifié" not in reply and "19h" in reply, reply
    assert f"/modifier {event_id} heure 21h" in reply, reply


async def test_in_english(bot: Bot) -> None:
    event_id = await new_event(bot, SPEC)
    reply = plain(await bot.say(f"/edit {event_id} time 1 hour later", locale="en"))
    assert "updated" in reply and "20:00" in reply, reply
