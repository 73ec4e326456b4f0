"""Session 8, helper org2: dates a volunteer copies from a poster or an SMS that were refused
although they say one moment plainly. `now` is Wednesday 25 November 2026, 11:00 in Paris."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import using

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=PARIS)


def _read(typed: str, locale: str = "fr") -> tuple[datetime, datetime | None]:
    with using(locale):
        when = dates.read_when(typed, NOW)
    end = when.end.astimezone(PARIS).replace(tzinfo=None) if when.end else None
    return when.start.astimezone(PARIS).replace(tzinfo=None), end


@pytest.mark.parametrize("typed", [
    "Samedi 28 novembre à 20h (ouverture des portes 19h30)",
    "samedi 28/11 20h (accueil dès 19h30)",
    "samedi 20h, ouverture des portes à 19h30",
    "Saturday 8pm (doors open 7:30pm)",
])
def test_the_doors_opening_time_beside_the_start_is_not_a_second_start(typed: str) -> None:
    """A poster's « (ouverture des portes 19h30) » was refused as two times: the event
    starts at 20h, the doors are a detail of the description."""
    assert _read(typed, "en" if typed.startswith("Sat") else "fr") == (
        datetime(2026, 11, 28, 20, 0), None)


def test_the_doors_and_an_end_time_keep_the_end() -> None:
    assert _read("samedi 28 novembre 20h (ouverture des portes 19h30) jusqu'à 23h") == (
        datetime(2026, 11, 28, 20, 0), datetime(2026, 11, 28, 23, 0))


@pytest.mark.parametrize(("typed", "day"), [
    ("vendredi 27 11 20h", datetime(2026, 11, 27, 20, 0)),
    ("le 5 12 à 20h30", datetime(2026, 12, 5, 20, 30)),
    ("sam 5 12 14h-18h", datetime(2026, 12, 5, 14, 0)),
])
def test_a_day_and_month_typed_with_a_space_on_a_phone(typed: str, day: datetime) -> None:
    """« vendredi 27 11 20h » (the slash is two taps away on a phone keyboard) was refused
    with examples."""
    assert _read(typed)[0] == day


@pytest.mark.parametrize("typed", ["samedi 9 12h", "vendredi 27 13 20h", "samedi 14 18h"])
def test_numbers_that_are_no_day_and_month_are_still_asked(typed: str) -> None:
    with using("fr"), pytest.raises(UserInputError):
        dates.read_when(typed, NOW)
