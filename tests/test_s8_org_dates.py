"""Session 8, helper org: dates organisers type that were misread in silence or refused where
a question does better (found with tests/data/s8_org_probes.tsv). `now` is Wednesday 25
November 2026, 11:00 in Paris."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import t, using
from recording import plain

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=PARIS)


def _asked(locale: str, typed: str) -> tuple[str, str]:
    with using(locale), pytest.raises(UserInputError) as caught:
        dates.read_when(typed, NOW)
    with using(locale):
        return caught.value.key, plain(t(caught.value.key, **caught.value.values))


def _read(locale: str, typed: str) -> datetime:
    with using(locale):
        return dates.read_when(typed, NOW).start.astimezone(PARIS).replace(tzinfo=None)


def test_an_english_slashed_date_weeks_away_is_asked() -> None:
    """"6/1 7pm" from an English-speaking organiser was created on 6 January without a word:
    for an American it is 1 June. A day first reading weeks away is asked, both named."""
    key, shown = _asked("en", "6/1 7pm")
    assert key == "error.when_day_or_month", shown
    assert "6 January" in shown and "1 June" in shown, shown
    # a day-first date in the coming weeks is still read (the reply says it in words)
    assert _read("en", "5/12 8pm") == datetime(2026, 12, 5, 20, 0)
    assert _read("en", "1/12 7pm") == datetime(2026, 12, 1, 19, 0)


def test_until_a_time_more_than_twelve_hours_on_is_asked_not_refused() -> None:
    """« samedi 9h pour 13h » answered « la fin doit venir après le début, au plus 12 heures
    plus tard »: the organiser meant until 13h. Asked, with both lines to type back."""
    key, shown = _asked("fr", "samedi 9h pour 13h")
    assert key == "error.when_until", shown
    assert "jusqu'à 13h ?" in shown and "« samedi 9h - 13h »" in shown, shown
    assert "pendant 13" not in shown, shown  # no line offered that would be refused
    # a length really longer than 12 hours is still refused
    key, _ = _asked("fr", "samedi 9h pendant 13h")
    assert key == "error.when_end_before"


@pytest.mark.parametrize(("typed", "weekday", "position", "clock"), [
    ("tous les 1ers mercredis à 18h", 2, 1, "18:00"),
    ("tous les premiers mercredis du mois 18h30", 2, 1, "18:30"),
    ("every first wednesday 6pm", 2, 1, "18:00"),
    ("tous les 2e jeudis 19h", 3, 2, "19:00"),
    ("tous les derniers vendredis 19h", 4, -1, "19:00"),
])
def test_every_first_wednesday_is_a_monthly_series(typed: str, weekday: int, position: int,
                                                   clock: str) -> None:
    """« tous les 1ers mercredis à 18h » was refused (« du mois » missing): « tous les »
    with a rank says every month as plainly."""
    from commands.series.parsers import read_rule
    rule = read_rule(typed)
    assert (rule.weekdays, rule.positions, rule.local_time, rule.interval) == (
        (weekday,), (position,), clock, 1)


@pytest.mark.parametrize(("typed", "start", "end"), [
    ("samedi 28 à 20h, fin vers 23h", "2026-11-28 20:00", "2026-11-28 23:00"),
    ("samedi 28 à 20h (fin 23h)", "2026-11-28 20:00", "2026-11-28 23:00"),
    ("samedi 20h, se termine à 1h", "2026-11-28 20:00", "2026-11-29 01:00"),
    ("samedi 14h (2h)", "2026-11-28 14:00", "2026-11-28 16:00"),
    ("samedi 14h (1h30)", "2026-11-28 14:00", "2026-11-28 15:30"),
    ("saturday 7pm, ends at 10pm", "2026-11-28 19:00", "2026-11-28 22:00"),
])
def test_an_end_said_as_in_a_post_is_read(typed: str, start: str, end: str) -> None:
    """Copied from a post: « samedi 28 à 20h, fin vers 23h », « samedi 14h (2h) » were
    refused (« Je n'ai pas compris la date »): the end and the length are plain."""
    locale = "en" if "saturday" in typed else "fr"
    with using(locale):
        when = dates.read_when(typed, NOW)
    assert when.end is not None
    got = (when.start.astimezone(PARIS).strftime("%Y-%m-%d %H:%M"),
           when.end.astimezone(PARIS).strftime("%Y-%m-%d %H:%M"))
    assert got == (start, end)


@pytest.mark.parametrize(("locale", "typed", "moment"), [
    ("fr", "le lundi d'avant à 18h", "2027-01-11 18:00"),
    ("fr", "le samedi d'avant à 10h", "2027-01-09 10:00"),
    ("fr", "le vendredi précédent à 18h", "2027-01-15 18:00"),
    ("en", "the monday before at 6pm", "2027-01-11 18:00"),
])
def test_an_announcement_on_the_weekday_before_the_event(locale: str, typed: str,
                                                         moment: str) -> None:
    """/annoncerplustard « le lundi d'avant à 18h » (for an event on Saturday 16 January)
    was refused: the Monday before it, the 11th."""
    from commands.announcements.handlers import moment_for
    event = datetime(2027, 1, 16, 20, 0, tzinfo=PARIS)
    with using(locale):
        got = moment_for(event, typed, NOW)
    assert got.astimezone(PARIS).strftime("%Y-%m-%d %H:%M") == moment



@pytest.mark.parametrize(("typed", "end"), [
    ("samedi 19 décembre 20h jusqu'à 2h du matin", "2026-12-20 02:00"),
    ("samedi de 21h à 1h du matin", "2026-11-29 01:00"),
])
def test_the_small_hours_of_a_nights_end(typed: str, end: str) -> None:
    """« samedi 19 décembre 20h jusqu'à 2h du matin » answered « l'heure ne correspond pas
    au moment de la journée »: « du matin » is said of the end, not of 20h."""
    when = dates.read_when(typed, NOW)
    assert when.end is not None
    assert when.end.astimezone(PARIS).strftime("%Y-%m-%d %H:%M") == end


@pytest.mark.parametrize(("locale", "typed", "end"), [
    ("en", "saturday noon till 3", "2026-11-28 15:00"),
    ("en", "saturday 2pm till 11", "2026-11-28 23:00"),
    ("fr", "samedi de 14h à 6", "2026-11-28 18:00"),
    ("fr", "samedi 20h-2", "2026-11-29 02:00"),
])
def test_a_bare_end_after_an_afternoon_start_is_that_afternoon(locale: str, typed: str,
                                                               end: str) -> None:
    """"saturday noon till 3" was refused (3 read as 3 in the morning, 15 hours on): a bare
    hour ending an afternoon's range is that afternoon's when it can be."""
    with using(locale):
        when = dates.read_when(typed, NOW)
    assert when.end is not None
    assert when.end.astimezone(PARIS).strftime("%Y-%m-%d %H:%M") == end
