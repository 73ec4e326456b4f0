"""Session 9, helper rev-words: today's rules read with fresh eyes, three misreadings they
brought. A poster pasted one thing a line whose description says « seul ou en famille » or
« petits/grands » had that line taken for a date offered as a choice (the line given to copy
dropped the real date); « oui on sera 4 avec les enfants » held one seat, « oui si il reste
de la place » booked a child called « Place »; « /modifier 1 avancer 1h » moved a 20h event
to 1h in the night, « retarder à dimanche » a week earlier. `now` is Wednesday 25 November
2026, 11:00 Paris."""

from __future__ import annotations

import pytest
from test_s9_acct_words import _outcomes

from recording import Bot, new_event, plain


@pytest.mark.parametrize("between", ["Venez seul ou en famille", "Pour petits/grands",
                                     "Jeux de société ou de cartes"])
async def test_a_pasted_posters_line_with_ou_is_no_date(bot: Bot, between: str) -> None:
    # before: « À copier : /creer Atelier cuisine | Venez seul ou en famille », the date gone
    reply = plain(await bot.say(f"/creer Atelier cuisine\n{between}\nsamedi 5 décembre 14h"))
    assert "/creer Atelier cuisine | samedi 5 décembre 14h" in reply, reply
    assert "Aucun événement" in await bot.say("/evenements")


# Replies under « tu viens ? » written for this read (`/participer <n> <words>`), as
# test_s9_acct_words counts them: (typed, answer stored or "asked", seats, children named).
# Before: « … on sera 4 avec les enfants » held ONE seat (today's « on sera 3 » rule left
# the number out once words followed it), « oui il vient avec moi » booked a child called
# « Moi », « oui si il reste de la place » a child called « Place ».
SENTENCES = [
    ("coucou oui on sera 4 avec les enfants", "going", 4, ""),
    ("oui on sera 4 avec les enfants", "going", 4, ""),
    ("oui nous serons 3 avec mon mari", "going", 3, ""),
    ("oui on sera 3 avec Tom", "asked", 0, ""),
    ("oui il vient avec moi", "asked", 0, ""),
    ("oui si il reste de la place", "asked", 0, ""),
    ("oui sauf si Tom est malade", "asked", 0, ""),
    # held as they were
    ("oui on sera 3", "going", 3, ""),
    ("oui on vient à 3", "going", 3, ""),
    ("je viens avec ma fille Léa", "going", 2, "Léa"),
    ("bonjour, je viens avec Tom", "going", 2, "Tom"),
    ("ouais je ramène un pote", "going", 2, ""),
]


async def test_a_sentence_after_yes_books_what_it_says(bot: Bot) -> None:
    assert await _outcomes(bot, SENTENCES) == SENTENCES


# /modifier with today's way words (« avancer », « retarder », « repousser »): the event is
# Saturday 5 December at 20h. Before: « avancer 1h » moved it to 1h in the night (people
# told so), « retarder 30 min » was « la date « 30 min » » not understood, « retarder à
# dimanche » moved it a week EARLIER, to Sunday 29 November.
@pytest.mark.parametrize(("typed", "moved_to"), [
    ("avancer 1h", "samedi 5 décembre 2026 à 19h"),
    ("retarder 30 min", "samedi 5 décembre 2026 à 20h30"),
    ("retarder 2 heures", "samedi 5 décembre 2026 à 22h"),
    ("avancer 1h30", "samedi 5 décembre 2026 à 18h30"),
    ("retarder à dimanche", "dimanche 6 décembre 2026 à 20h"),
    ("décaler à dimanche", "dimanche 6 décembre 2026 à 20h"),
    ("repousser au dimanche", "dimanche 6 décembre 2026 à 20h"),
    # held as they were
    ("avancer 18h", "samedi 5 décembre 2026 à 18h"),
    ("repousser à 21h", "samedi 5 décembre 2026 à 21h"),
    ("avancer d'une heure", "samedi 5 décembre 2026 à 19h"),
    ("date dimanche", "dimanche 6 décembre 2026 à 20h"),
])
async def test_a_way_word_moves_the_event_that_way(bot: Bot, typed: str,
                                                   moved_to: str) -> None:
    event_id = await new_event(bot, "Soirée jeux | samedi 5 décembre 20h | 30")
    reply = plain(await bot.say(f"/modifier {event_id} {typed}"))
    assert f"→ {moved_to}" in reply, reply


@pytest.mark.parametrize(("typed", "said"), [
    # « décaler 1h »: by an hour, but which way? (before: moved to 1h in the night)
    ("décaler 1h", "plus tard (à 21h) ou plus tôt (à 19h)"),
    # « avancer » to a later time, « retarder » to an earlier one: which is meant?
    ("avancer à 21h", "plus tard"),
    ("retarder à 19h", "plus tôt"),
])
async def test_a_move_that_says_two_things_is_asked(bot: Bot, typed: str, said: str) -> None:
    event_id = await new_event(bot, "Soirée jeux | samedi 5 décembre 20h | 30")
    reply = plain(await bot.say(f"/modifier {event_id} {typed}"))
    assert said in reply and "modifié" not in reply, reply
    assert "samedi 5 décembre 2026 à 20h" in plain(await bot.say(f"/evenement {event_id}"))
