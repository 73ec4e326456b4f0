"""Session 9, a newcomer who read only the README and typed its console examples in the
console (the same object `make run` opens), as a member and as an organiser, in French and in
English. What the README promises is pinned here (five promises it did not keep were mended:
a cancelled or closed event joined in words, "I'm coming", the reminders' moments, the echo).
"""

from __future__ import annotations

import pytest
from test_s8_newcomer8 import _answer, _type

from recording import Bot


async def test_the_readme_members_examples_answer_in_both_languages(
        demo: Bot, tmp_path) -> None:
    """The members' table, typed as written by Léa: children named after « oui », the typo
    and the unfinished command, the organiser's command answered with what she can do, the
    wish about when reminders go (« juste la veille »), then the same in English."""
    shown = await _type(demo, "/as Léa\n/participer 1 oui Tom, Zoé (8-11)\n/aide particper\n"
                              "/ev\n/annuler 1\n/rappels juste la veille\n/langue en\n"
                              "/rsvp 1 yes please\n/mydata\n/forgetme\n/button 2\n/quit\n",
                        tmp_path)
    assert "Enfants notés : Tom, Zoé (8-11)." in _answer(shown, "/participer 1 oui Tom, Zoé (8-11)")
    assert "Vouliez-vous dire" in _answer(shown, "/aide particper")
    assert "/evenement, /evenements" in _answer(shown, "/ev")
    assert "/participer 1 non" in _answer(shown, "/annuler 1")
    assert "Rien n'a changé" in _answer(shown, "/rappels juste la veille")
    assert "Done: you are going to \"[Demo] Board-game night\" (#1)" in _answer(
        shown, "/rsvp 1 yes please")
    assert "Tom, Zoé (8-11)" in _answer(shown, "/mydata")
    assert "\"Only the names\"" in _answer(shown, "/forgetme")
    assert "OK, nothing was erased." in _answer(shown, "/button 2")


async def test_the_readme_organisers_examples_answer_in_english(demo: Bot, tmp_path) -> None:
    """The organisers' table in English: create, its twin refused, the copy on a date in
    words, the edit lines, the cancel preview and its button."""
    shown = await _type(demo, "/language en\n/newevent Board games | friday 7pm | 15 | games | "
                              "free\n/newevent Board games | friday 7pm\n"
                              "/duplicate 3 4 December 20:30\n/editevent 3 place Room 2\n"
                              "/cancelevent 3 snow\n/button 1\n/quit\n", tmp_path)
    assert "Event #3 created: \"Board games\", Friday 27 November 2026 at 19:00." in shown
    assert "already exists" in _answer(shown, "/newevent Board games | friday 7pm")
    assert "event #4 \"Board games\", Friday 4 December 2026 at 20:30" in _answer(
        shown, "/duplicate 3 4 December 20:30")
    assert "place → Room 2" in _answer(shown, "/editevent 3 place Room 2")
    assert "Confirm with the button, or type: /cancelevent 3 snow confirm" in _answer(
        shown, "/cancelevent 3 snow")
    assert "Event #3 \"Board games\" cancelled." in _answer(shown, "/button 1")


@pytest.mark.parametrize("typed, locale", [("jviens au 2", "fr"), ("I'm coming to 2", "en")])
async def test_i_am_coming_to_a_cancelled_event_is_not_told_to_press_going(
        demo: Bot, tmp_path, typed: str, locale: str) -> None:
    """« jviens au 2 » (README: « shows event 2 with its buttons ») when #2 was cancelled:
    the bot said « appuyez sur « ✅ Je viens » ci-dessous, ou écrivez /participer 2 oui »
    above a card reading « ⚠ ANNULÉ » with no button at all."""
    lang = "/language en\n" if locale == "en" else ""
    shown = await _type(demo, f"/annuler 2 neige confirmer\n/as Léa\n{lang}{typed}\n/quit\n",
                        tmp_path)
    said = _answer(shown, typed)
    assert "Projection de film" in said or "Film screening" in said  # the card is shown
    assert "Je viens" not in said and "Going" not in said, said
    assert "/participer 2 oui" not in said and "/rsvp 2 yes" not in said, said
    assert ("est annulé" if locale == "fr" else "is cancelled") in said, said


@pytest.mark.parametrize("typed, locale", [("jviens au 1", "fr"), ("I'm coming to 1", "en")])
async def test_i_am_coming_to_a_closed_event_is_told_sign_ups_are_closed(
        demo: Bot, tmp_path, typed: str, locale: str) -> None:
    """After `/fermer 1`, « jviens au 1 » was told to press « ✅ Je viens » below, above a
    card without that button (sign-ups closed), or to type /participer 1 oui (refused)."""
    lang = "/language en\n" if locale == "en" else ""
    shown = await _type(demo, f"/fermer 1\n/as Léa\n{lang}{typed}\n/quit\n", tmp_path)
    said = _answer(shown, typed)
    assert "Soirée jeux de société" in said or "Board-game night" in said  # the card
    assert "« ✅ Je viens »" not in said and "\"✅ Going\"" not in said, said
    assert ("sont fermées" if locale == "fr" else "are closed") in said, said


async def test_the_reminders_moments_read_as_a_sentence(demo: Bot, tmp_path) -> None:
    """« /rappels juste la veille » (a README example) named the moments as a bare list:
    « les rappels partent 24h, 2h avant l'événement » (24 h, or 2 h?); "only the day before"
    read "reminders go out 24h, 2h before the event"."""
    shown = await _type(demo, "/as Léa\n/rappels juste la veille\n/rappels\n/language en\n"
                              "/reminders only the day before\n/quit\n", tmp_path)
    assert "partent 24h et 2h avant l'événement" in _answer(shown, "/rappels juste la veille")
    assert "(24h et 2h avant)" in _answer(shown, "/rappels")
    assert "go out 24h and 2h before the event" in _answer(
        shown, "/reminders only the day before")


@pytest.mark.parametrize("typed", ["I'm coming", "we're coming!"])
async def test_i_am_coming_in_english_gets_the_events_to_tap(
        demo: Bot, tmp_path, typed: str) -> None:
    """README (/faq): "I'm coming" written in words gets the events to tap and a warning
    that a message books nothing. In English it got « I don't know how to answer that »
    and the list of FAQ topics; « je viens » and "I will come" were understood."""
    shown = await _type(demo, f"/as Léa\n/language en\n{typed}\n/quit\n", tmp_path)
    said = _answer(shown, typed)
    assert "I don't know" not in said, said
    assert "a written message does not sign you up" in said, said
    assert "Board-game night" in said and "Film screening" in said, said


async def test_a_reminders_line_saying_both_is_said_back_whole_words(
        demo: Bot, tmp_path) -> None:
    """README (/reminders): « non, je veux les rappels » is asked. The bot said it back cut
    inside a word: « Je n'ai pas compris « non, je veux les rap » : répondez oui ou non. »
    (/oubliemoi cuts between words: « efface le prénom… »)."""
    shown = await _type(demo, "/as Léa\n/rappels non, je veux les rappels\n/quit\n", tmp_path)
    said = _answer(shown, "/rappels non, je veux les rappels")
    assert "répondez oui ou non" in said, said
    assert "les rap »" not in said, said
    assert "« non, je veux… »" in said, said
