"""Session 6 final review of the dates read today: what a French organiser types as a time or
a length must not be refused as « je n'ai pas compris » (tests seen failing first)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.dates import read_when
from bot.errors import UserInputError
from bot.i18n import t, using

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 15, 0, tzinfo=PARIS)  # a Friday afternoon


@pytest.mark.parametrize("typed", ["samedi 14h pendant 1,5h", "samedi 14h pendant 1,5 heure"])
def test_a_length_written_with_a_french_decimal_comma_is_read(typed: str) -> None:
    """Mme Leroy writes the workshop as the French write an hour and a half: « 1,5h ». The
    bot answered « Je n'ai pas compris la date » (only « 1.5h » was read)."""
    with using("fr"):
        when = read_when(typed, NOW)
    assert when.start == datetime(2026, 11, 28, 14, 0, tzinfo=PARIS)
    assert when.end is not None and when.end - when.start == timedelta(hours=1, minutes=30)


@pytest.mark.parametrize(("typed", "day"), [
    ("le 3 décembre à 10.10", 3),
    ("demain à 10.05", 28),
    ("samedi à 9.12", 28),
])
def test_a_dotted_time_after_the_day_is_a_time(typed: str, day: int) -> None:
    """« 10.30 » was read as a time today, but « le 3 décembre à 10.10 » was refused
    (« 10.10 » read as a second date, 10 October): once the day is given, or after « à »,
    a dotted number is the time."""
    with using("fr"):
        when = read_when(typed, NOW)
    local = when.start.astimezone(PARIS)
    hour, minute = (int(x) for x in typed.rsplit(" ", 1)[1].split("."))
    assert (local.day, local.hour, local.minute) == (day, hour, minute), local


def test_a_dotted_day_and_month_is_still_a_date() -> None:
    """The Belgian poster's « le 3.12 à 18h30 » keeps reading as the 3rd of December."""
    with using("fr"):
        when = read_when("le 3.12 à 18h30", NOW)
    local = when.start.astimezone(PARIS)
    assert (local.month, local.day, local.hour, local.minute) == (12, 3, 18, 30)


@pytest.mark.parametrize("typed", ["tmrw 8pm", "tmr 8pm"])
def test_tomorrow_shortened_after_midnight_gets_an_example_that_works(typed: str) -> None:
    """An English organiser still up at 0:30 types « tmrw 8pm ». The bot asks which day and
    offers « for example: tmrw 8pm » — typed back as offered, the same question again."""
    night = datetime(2026, 11, 28, 0, 30, tzinfo=PARIS)
    with using("en"), pytest.raises(UserInputError) as asked:
        read_when(typed, night)
    with using("en"):
        said = t(asked.value.key, **asked.value.values)
    example = said.split("for example: ", 1)[1].rstrip(".")
    assert example == "Saturday 28/11 8pm", said
    with using("en"):
        when = read_when(example, night)
    assert when.start == datetime(2026, 11, 28, 20, 0, tzinfo=PARIS)
