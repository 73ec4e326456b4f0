"""Session 5, organisers' seat: what volunteers of Le Focus typed or tapped and noticed.

Through the core with the recording platform on a real SQLite file; dates straight through
the reader with a fixed "now".
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.dates import read_when
from bot.errors import UserInputError
from bot.i18n import PARIS
from recording import Bot, new_event, plain

# Thursday 26 November 2026, 22:00 in Paris: the evening this was tried.
THURSDAY = datetime(2026, 11, 26, 21, 0, tzinfo=UTC)


def _paris(text: str, now: datetime = THURSDAY) -> str:
    return f"{read_when(text, now).start.astimezone(PARIS):%Y-%m-%d %H:%M}"


def _refused(text: str, now: datetime = THURSDAY) -> str:
    with pytest.raises(UserInputError) as caught:
        read_when(text, now)
    return caught.value.key


# -- the door ----------------------------------------------------------------------------------


async def test_undoing_a_door_tap_puts_a_waitlisted_person_back_in_the_queue(bot: Bot) -> None:
    """Full event; Zoé (waitlist) is tapped in by mistake at the door, the volunteer taps
    again to undo: she stayed "going", a seat she never had, and lost her waitlist place."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 1")
    await bot.say(f"/participer {event} oui", user="ana")
    await bot.say(f"/participer {event} oui", user="zoe")
    await bot.say(f"/participer {event} oui", user="leo")
    bot.clock.advance(hours=9)
    door = [r for r in await bot.replies(f"/pointage {event}") if r.buttons][-1]
    zoe = next(b for b in door.buttons if "Zoe" in b.label)
    shown = [r for r in await bot.replies(action=zoe.action) if r.buttons][-1]
    assert (await bot.core.storage.rsvps.counts(event)).waitlist == 1
    undo = next(b for b in shown.buttons if "Zoe" in b.label)  # her ✅ (session 8)
    await bot.press(undo.action)  # undone
    sheet = await bot.core.storage.attendance.sheet(event)
    back = next(e for e in sheet.entries if e.display_name == "Zoe")
    assert back.waitlisted and not back.present
    counts = await bot.core.storage.rsvps.counts(event)
    assert (counts.going_people, counts.waitlist) == (1, 2)
    queue = [a.display_name for a in await bot.core.storage.rsvps.attendees(event)
             if a.state == "waitlisted"]
    assert queue == ["Zoe", "Leo"]  # her place, ahead of Léo who answered after her


# -- dates as organisers type them -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["25/11 20h", "25 novembre 20h", "Nov 20 7pm",
                                   "le 1er novembre à 18h", "12/11 7pm"])
def test_a_date_just_past_is_asked_not_moved_a_year_on(typed: str) -> None:
    """Typed on Thursday 26 November: « 25/11 20h » (a slip, or an American 12/11 for
    11 December) was saved as 25 November 2027, an event nobody meant, a year away."""
    assert _refused(typed) == "error.when_just_past"


def test_the_refusal_of_a_date_just_past_names_both_years(bot: Bot) -> None:
    from bot.i18n import t, using

    with pytest.raises(UserInputError) as caught:
        read_when("25/11 20h", THURSDAY)
    error = caught.value
    with using("fr"):
        french = t(error.key, **error.values)
    with using("en"):
        english = t(error.key, **error.values)
    assert "25 novembre 2026" in french and "25/11/2027" in french, french
    assert "25 November 2026" in english and "25 November 2027" in english, english


@pytest.mark.parametrize(("typed", "moment"), [
    ("15 janvier 20h", "2027-01-15 20:00"),     # the year boundary, as typed in November
    ("5/1 18h", "2027-01-05 18:00"),
    ("25/11/2027 20h", "2027-11-25 20:00"),     # the year written: as typed
    ("le 20 à 20h", "2026-12-20 20:00"),        # the next 20th, as before
    ("15 septembre 20h", "2027-09-15 20:00"),   # planning the rentrée, months ahead
])
def test_dates_ahead_are_still_read(typed: str, moment: str) -> None:
    assert _paris(typed) == moment


@pytest.mark.parametrize(("typed", "moment"), [
    ("03.12 18h30", "2026-12-03 18:30"),
    ("le 3.12 à 18h30", "2026-12-03 18:30"),
    ("jeudi 03.12 18h30", "2026-12-03 18:30"),
])
def test_a_day_and_month_with_a_dot_are_read(typed: str, moment: str) -> None:
    """« 03.12 18h30 » as on Swiss and Belgian posters: refused as not understood."""
    assert _paris(typed) == moment


# -- duplicating -------------------------------------------------------------------------------


async def test_a_copy_at_the_very_moment_of_its_source_is_asked(bot: Bot) -> None:
    """Wednesday: « /dupliquer 3 samedi prochain » for next week's games; « samedi
    prochain » is this Saturday, the source's own day: a twin event was created at the
    same time, with its own seats, and announced beside the first."""
    event = await new_event(bot, "Jeux | samedi 14h-17h | 20")
    before = len(await bot.core.storage.events.upcoming(bot.clock()))
    reply = plain(await bot.say(f"/dupliquer {event} samedi prochain"))
    assert "déjà" in reply and "samedi 5 décembre" in reply, reply
    assert len(await bot.core.storage.events.upcoming(bot.clock())) == before
    english = plain(await bot.say(f"/duplicate {event} next saturday", locale="en"))
    assert "Saturday 5 December" in english, english
    # A week on is copied as usual; a cancelled event may be put back at its own moment.
    assert "#" in await bot.say(f"/dupliquer {event} samedi en huit")
    await bot.say(f"/annuler {event} neige confirmer")
    assert "Copie de" in plain(await bot.say(f"/dupliquer {event} samedi prochain"))


def test_a_soiree_until_midnight_is_read() -> None:
    """« samedi de 20h à minuit », as every party poster says: refused (« minuit peut
    vouloir dire le début ou la fin »), though as an end it can only be the end."""
    for typed in ("samedi de 20h à minuit", "samedi 20h-minuit", "saturday 8pm to midnight"):
        when = read_when(typed, THURSDAY)
        assert when.end is not None, typed
        assert f"{when.start.astimezone(PARIS):%d %H:%M}" == "28 20:00", typed
        assert f"{when.end.astimezone(PARIS):%d %H:%M}" == "29 00:00", typed
    assert _refused("samedi minuit") == "error.when_midnight"  # a start: still asked


@pytest.mark.parametrize(("typed", "moment"), [
    ("le premier décembre 18h", "2026-12-01 18:00"),
    ("mardi premier décembre 18h", "2026-12-01 18:00"),
])
def test_premier_in_words_is_the_first(typed: str, moment: str) -> None:
    assert _paris(typed) == moment


@pytest.mark.parametrize(("typed", "word", "meant"), [
    ("le 12 decmbre 20h", "decmbre", "décembre"),
    ("jeudu 20h", "jeudu", "jeudi"),
    ("samdi 14h", "samdi", "samedi"),
    ("12 janvir 20h", "janvir", "janvier"),
])
def test_a_typo_in_a_day_or_month_is_named_with_what_was_meant(
        typed: str, word: str, meant: str) -> None:
    """« jeudu 20h » got the same « je n'ai pas compris la date » as gibberish: the
    organiser could not see which word was wrong. The word is named, and a guess offered
    as a question (nothing is saved on a guess)."""
    from bot.i18n import t, using

    with pytest.raises(UserInputError) as caught:
        read_when(typed, THURSDAY)
    assert caught.value.key == "error.when_typo"
    with using("fr"):
        said = plain(t(caught.value.key, **caught.value.values))
    assert f"« {word} »" in said and meant in said, said


def test_every_thursday_points_to_a_series(bot: Bot) -> None:
    """« /creer Jeux | tous les jeudis 20h » said only « je n'ai pas compris la date »."""
    assert _refused("tous les jeudis 20h") == "error.when_recurring"
    assert _refused("every friday 7pm") == "error.when_recurring"


# -- announcements and series ------------------------------------------------------------------


async def test_unscheduling_by_the_event_number_says_which_announcement_to_cancel(
        bot: Bot) -> None:
    """« /deprogrammer 3 » for event #3 (every other command takes the event's number):
    « Aucune annonce programmée n°3 », and the organiser could not see why."""
    for hour in (14, 15):
        await new_event(bot, f"Autre | samedi {hour}h | 10")
    event = await new_event(bot, "Jeux | samedi 16h | 10")
    assert "n°1" in await bot.say(f"/annoncerplustard {event} demain 9h")
    assert "n°2" in await bot.say(f"/annoncerplustard {event} demain 10h")
    reply = plain(await bot.say(f"/deprogrammer {event}"))
    assert f"#{event}" in reply and "n°1" in reply and "n°2" in reply, reply
    assert "/deprogrammer 1" in reply, reply
    assert len(await bot.core.storage.announcements.pending()) == 2  # nothing guessed
    english = plain(await bot.say(f"/unschedule {event}", locale="en"))
    assert "/unschedule 1" in english, english


async def test_the_same_series_typed_twice_is_not_created_twice(bot: Bot) -> None:
    """The reply to /nouvelleserie was slow to come on a phone; the organiser sent it
    again: two « Jeux du jeudi » every Thursday, 16 events, families split between twins."""
    first = await bot.say("/nouvelleserie Jeux du jeudi | jeudi 20h | hebdo | 20")
    assert "n°1" in first, first
    events = len(await bot.core.storage.events.upcoming(bot.clock(), limit=100))
    again = plain(await bot.say("/nouvelleserie Jeux du Jeudi | tous les jeudis 20h"))
    assert "n°1" in again and "existe déjà" in again, again
    assert len(await bot.core.storage.events.upcoming(bot.clock(), limit=100)) == events
    assert len(await bot.core.storage.series.active()) == 1
    # Another time or another title is another series.
    assert "n°2" in await bot.say("/nouvelleserie Jeux du jeudi | jeudi 14h")


async def test_the_same_event_sent_twice_is_not_created_twice(bot: Bot) -> None:
    """« /creer Jeux | samedi 14h | 20 » sent again while the first reply was slow: two
    « Jeux » at the same moment, each with 20 seats, families split between them."""
    first = await new_event(bot, "Jeux | samedi 14h | 20")
    again = plain(await bot.say("/creer jeux | samedi 14h | 20"))
    assert f"#{first}" in again and "existe déjà" in again, again
    assert len(await bot.core.storage.events.upcoming(bot.clock())) == 1
    # Another moment, or the first one cancelled, is another event.
    assert "créé" in await bot.say("/creer Jeux | samedi 16h | 20")
    await bot.say(f"/annuler {first} neige confirmer")
    assert "créé" in await bot.say("/creer Jeux | samedi 14h | 20")


@pytest.mark.parametrize(("typed", "moment"), [
    ("le premier samedi de décembre 14h", "2026-12-05 14:00"),
    ("1er samedi de décembre à 14h", "2026-12-05 14:00"),
    ("le dernier vendredi de janvier 20h", "2027-01-29 20:00"),
    ("le 2e mercredi de décembre 18h30", "2026-12-09 18:30"),
    ("first saturday of december 2pm", "2026-12-05 14:00"),
])
def test_the_nth_weekday_of_a_month_is_read(typed: str, moment: str) -> None:
    """« le premier samedi de décembre 14h », as the programme is planned: refused."""
    assert _paris(typed) == moment


def test_a_fifth_weekday_that_the_month_lacks_is_refused() -> None:
    assert _refused("le 5e lundi de décembre 20h") == "error.when_bad_date"
