"""Session 6, round 2: today's organiser changes reviewed from the volunteers' seat.

Through the core with the recording platform on a real SQLite file (`bot` fixture, now =
Wednesday 25 November 2026, 11:00 in Paris); dates straight through the reader.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.dates import read_when
from bot.errors import UserInputError
from bot.i18n import PARIS, t, using
from recording import Bot, plain


def _local(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")


async def _starts(bot: Bot, series_id: int) -> tuple[list[str], list[str]]:
    """The series' dates still to come, held ones then cancelled ones (Paris time)."""
    events = await bot.core.storage.series.occurrences(series_id, bot.clock())
    return ([_local(e.starts_at) for e in events if not e.cancelled],
            [_local(e.starts_at) for e in events if e.cancelled])


# -- a series moved to another weekday ---------------------------------------------------------


async def test_a_series_moved_to_thursday_keeps_each_week_and_its_week_off(bot: Bot) -> None:
    """The English class, Tuesdays 18h30, has no class on 8 December (cancelled). On
    Wednesday 25 November the teacher writes « /modifierserie 1 jour jeudi »: the class of
    1 December was moved to tomorrow, Thursday 26 November; Ana, booked for 15 December, was
    told 3 December; and a class appeared on 10 December, the week off."""
    await bot.say("/nouvelleserie Cours d'anglais | mardi 18h30")
    made = await bot.core.storage.series.occurrences(1, bot.clock())
    assert _local(made[0].starts_at) == "2026-12-01 18:30"
    await bot.say(f"/participer {made[2].id}", user="ana")
    await bot.say(f"/annuler {made[1].id} confirmer")
    await bot.say("/modifierserie 1 jour jeudi")
    held, cancelled = await _starts(bot, 1)
    assert held[:4] == ["2026-12-03 18:30", "2026-12-17 18:30", "2026-12-24 18:30",
                        "2026-12-31 18:30"], held
    assert cancelled == ["2026-12-10 18:30"], cancelled  # the week off stays off
    told = plain(bot.platform.private_texts("ana")[-1])
    assert "jeudi 17 décembre" in told, told


async def test_a_fortnightly_series_moved_to_another_day_keeps_its_weeks(bot: Bot) -> None:
    """« un mardi sur deux 18h » moved to Thursday: the classes stay in their own weeks."""
    await bot.say("/nouvelleserie Labo photo | un mardi sur deux 18h")
    before, _ = await _starts(bot, 1)
    assert before[:2] == ["2026-12-01 18:00", "2026-12-15 18:00"], before
    reply = plain(await bot.say("/modifierserie 1 jour jeudi"))
    assert "un jeudi sur deux" in reply, reply
    held, _ = await _starts(bot, 1)
    assert held[:3] == ["2026-12-03 18:00", "2026-12-17 18:00", "2026-12-31 18:00"], held


# -- an English organiser's « 12/5 » -----------------------------------------------------------

WEDNESDAY = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def _refusal(text: str, locale: str, now: datetime = WEDNESDAY) -> tuple[str, str]:
    with using(locale), pytest.raises(UserInputError) as caught:
        read_when(text, now)
    with using(locale):
        return caught.value.key, plain(t(caught.value.key, **caught.value.values))


def test_an_english_organisers_slashed_date_is_asked_day_or_month() -> None:
    """Kim, organising in English, typed « 12/5 7pm » for December 5: the screening was saved
    on 12 May 2027 without a word (French order). Half the English-speaking world writes the
    month first: both are named, with the lines to type."""
    key, shown = _refusal("12/5 7pm", "en")
    assert key == "error.when_day_or_month", shown
    assert "12 May" in shown and "5 December" in shown, shown
    assert "12 May 2027 7pm" in shown and "5 December 7pm" in shown, shown
    # The lines given are read; a French organiser's « 12/5 » is the 12th of May as ever.
    with using("en"):
        assert _local(read_when("5 December 7pm", WEDNESDAY).start) == "2026-12-05 19:00"
    with using("fr"):
        assert _local(read_when("12/5 19h", WEDNESDAY).start) == "2027-05-12 19:00"
    # Not a question when only one order is a date, or both are the same day.
    with using("en"):
        assert _local(read_when("25/12 7pm", WEDNESDAY).start) == "2026-12-25 19:00"
        assert _local(read_when("12/25 7pm", WEDNESDAY).start) == "2026-12-25 19:00"
        assert _local(read_when("12/12 7pm", WEDNESDAY).start) == "2026-12-12 19:00"
        # A weekday that fits one order only settles it: Saturday is December 5.
        assert _local(read_when("saturday 12/5 7pm", WEDNESDAY).start) == "2026-12-05 19:00"
        assert _local(read_when("wednesday 12/5/2027 7pm", WEDNESDAY).start) \
            == "2027-05-12 19:00"
    # Day first stays when it is the sooner date (« 1/12 » on 25 November): no question.
    with using("en"):
        assert _local(read_when("1/12 7pm", WEDNESDAY).start) == "2026-12-01 19:00"


# -- « demain » after midnight -----------------------------------------------------------------

# Saturday 28 November 2026, 0:30 in Paris.
SMALL_HOURS = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)


def test_tomorrow_after_midnight_gives_a_whole_line_to_type_back() -> None:
    """At 0:30 « demain 14h » is asked (Saturday or Sunday?); the example given was
    « samedi 28/11 » alone, and typed back it was answered « À quelle heure ? »: a second
    round trip on a phone at half past midnight. The example keeps the time typed."""
    key, shown = _refusal("demain 14h", "fr", SMALL_HOURS)
    assert key == "error.when_small_hours", shown
    assert "par exemple : samedi 28/11 14h." in shown, shown
    with using("fr"):
        assert _local(read_when("samedi 28/11 14h", SMALL_HOURS).start) == "2026-11-28 14:00"
    key, shown = _refusal("Tomorrow 7pm", "en", SMALL_HOURS)
    assert "for example: Saturday 28/11 7pm." in shown, shown
    with using("en"):
        assert _local(read_when("Saturday 28/11 7pm", SMALL_HOURS).start) \
            == "2026-11-28 19:00"


# -- a length after the time -------------------------------------------------------------------


def test_an_end_and_a_length_both_typed_say_which_to_keep() -> None:
    """« samedi de 20h à 23h pendant 3h » was answered « Je n'ai pas compris la date »,
    though every word of it is understood: the end and the length are both given."""
    key, shown = _refusal("samedi de 20h à 23h pendant 3h", "fr")
    assert key == "error.when_end_and_length", shown
    assert "samedi de 20h à 23h" in shown and "samedi 20h pendant 3h" not in shown, shown
    key, shown = _refusal("saturday 8pm-11pm for 3 hours", "en")
    assert "saturday 8pm-11pm" in shown and "end" in shown, shown


@pytest.mark.parametrize(("typed", "moment"), [
    ("saturday 2pm for 1.5 hours", "2026-11-28 14:00 -> 15:30"),
    ("samedi 14h pendant 1.5h", "2026-11-28 14:00 -> 15:30"),
])
def test_a_length_with_a_decimal_is_read(typed: str, moment: str) -> None:
    """"for 1.5 hours", as English speakers say it, was « not understood »."""
    when = read_when(typed, WEDNESDAY)
    assert when.end is not None
    assert f"{_local(when.start)} -> {when.end.astimezone(PARIS):%H:%M}" == moment


# -- /deprogrammer -----------------------------------------------------------------------------


async def test_unschedule_by_an_events_number_gives_a_line_that_works_at_once(bot: Bot) -> None:
    """Five events; announcement n°1 for #2, n°2 for #5. « /deprogrammer 5 » (the event)
    answered « …par exemple : /deprogrammer 2 »; typed back, that was asked again (« n°2 or
    the announcement of event #2? »). The line given names the announcement: it works."""
    from recording import new_event

    events = [await new_event(bot, f"Soirée {n} | 2026-12-{10 + n:02d} 20:00 | 20")
              for n in range(1, 6)]
    await bot.say(f"/annoncerplustard {events[1]} 1/12 18h")
    await bot.say(f"/annoncerplustard {events[4]} 2/12 18h")
    reply = plain(await bot.say(f"/deprogrammer {events[4]}"))
    assert "/deprogrammer n°2" in reply, reply
    done = plain(await bot.say("/deprogrammer n°2"))
    assert "annulée" in done and "Soirée 5" in done, done
    english = plain(await bot.say(f"/unschedule {events[1]}", locale="en"))
    assert "/unschedule 1" in english, english  # event #1 has none: « 1 » is not asked


# -- a copy after a cancellation ---------------------------------------------------------------


async def test_a_second_copy_of_a_cancelled_event_does_not_tell_them_again(bot: Bot) -> None:
    """The screening of 4 December is cancelled; the volunteer copies it to the 11th, then
    (next month's programme) to the 18th. Ana and Cy, told of the cancellation, got « Bonne
    nouvelle : … est de nouveau au programme » twice, with two dates, and « your answer was
    not kept » though Ana had answered the first copy. Bob, who had said no, heard nothing."""
    from recording import new_event

    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    await bot.say(f"/participer {film} oui", user="ana")
    await bot.say(f"/participer {film} non", user="bob")
    await bot.say(f"/participer {film} peut-être", user="cy")
    await bot.say(f"/annuler {film} confirmer")
    first = plain(await bot.say(f"/dupliquer {film} 11/12 20h30"))
    assert "2 personnes prévenues" in first, first
    second = plain(await bot.say(f"/dupliquer {film} 18/12 20h30"))
    assert "déjà reçu la copie #2" in second, second
    for who in ("ana", "cy"):
        back = [x for x in bot.platform.private_texts(who) if "programme" in plain(x)]
        assert len(back) == 1, back
    assert bot.platform.private_texts("bob") == []


# -- a series written as an event is -----------------------------------------------------------


@pytest.mark.parametrize(("typed", "time", "minutes"), [
    ("jeudi 18.30", "18:30", None),
    ("jeudi 18.30-20.00", "18:30", 90),
    ("jeudi 18h pendant 2h", "18:00", 120),
    ("thursday 6pm for 2 hours", "18:00", 120),
    ("un samedi sur deux 14h durant 1h30", "14:00", 90),
])
def test_a_series_reads_the_times_and_lengths_an_event_reads(typed: str, time: str,
                                                             minutes: int | None) -> None:
    """« /creer … | jeudi 18.30 » and « samedi 14h pendant 3h » work for one event since
    today; for a series « jeudi 18.30 » was « not understood » and « jeudi 18h pendant 2h »
    answered « Une série a une seule heure pour toutes ses dates » (the 2h read as a time)."""
    from commands.series.parsers import read_rule

    rule = read_rule(typed)
    assert (rule.local_time, rule.minutes) == (time, minutes)


def test_a_series_with_an_end_and_a_length_says_which_to_keep() -> None:
    from commands.series.parsers import read_rule

    with pytest.raises(UserInputError) as caught:
        read_rule("jeudi 18h-20h pendant 3h")
    assert caught.value.key == "error.when_end_and_length"


def test_a_series_time_changed_with_a_length_keeps_it() -> None:
    """« /modifierserie 1 heure 18.30 pendant 2h »: the time and the length, days kept."""
    from commands.series.parsers import read_time

    assert read_time("18.30 pendant 2h") == ("18:30", 120)
    assert read_time("19.30") == ("19:30", None)


async def test_unschedule_asked_which_offers_buttons_a_slash_command_can_use(bot: Bot) -> None:
    """On Discord « /deprogrammer » takes a number field: « 3 » that is both announcement n°3
    and event #3 was answered « Tapez /deprogrammer n°3 ou /deprogrammer #3 », neither of
    which the field accepts: the volunteer could cancel neither. One button each."""
    from recording import new_event

    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 20")
    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    lab = await new_event(bot, "Labo photo | 2026-12-06 14:00 | 6")
    for event, when in ((games, "30/11 18h"), (film, "1/12 18h"), (games, "3/12 18h"),
                        (lab, "2/12 18h")):
        await bot.say(f"/annoncerplustard {event} {when}")
    [question] = await bot.replies(command="unschedule", options={"number": str(lab)})
    assert len(question.buttons) == 2, question
    assert len(await bot.core.storage.announcements.pending()) == 4
    labo = next(b for b in question.buttons if "#3" in b.label and "n°4" in b.label)
    done = plain(await bot.press(labo.action))
    assert "n°4" in done and "Labo photo" in done, done
    assert [p.id for p in await bot.core.storage.announcements.pending()] == [1, 2, 3]
    # Pressed again (or by a second volunteer): said, nothing else cancelled.
    again = plain(await bot.press(labo.action))
    assert "n°4" in again and [p.id for p in
                               await bot.core.storage.announcements.pending()] == [1, 2, 3]
    # Only an organiser can press it.
    other = next(b for b in question.buttons if b is not labo)
    await bot.press(other.action, user="ana")
    assert len(await bot.core.storage.announcements.pending()) == 3
