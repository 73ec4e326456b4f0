"""Session 9, helper org: times an organiser types that cannot be what she means are asked,
never moved to another part of the day in silence. `now` is Friday 27 November 2026, 11:00."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import t, using

NOW = datetime(2026, 11, 27, 11, 0, tzinfo=ZoneInfo("Europe/Paris"))


def question(typed: str, locale: str = "fr") -> str:
    with using(locale), pytest.raises(UserInputError) as caught:
        dates.read_when(typed, NOW)
    with using(locale):
        return t(caught.value.key, **caught.value.values)


@pytest.mark.parametrize("typed", ["ce soir 2h", "ce soir à 3h", "samedi soir 4h"])
def test_an_evening_with_a_small_hour_is_asked_not_read_as_the_afternoon(typed: str) -> None:
    # before: « ce soir 2h » made an event at 14:00 today, without a word
    assert "ne correspond pas au moment de la journée" in question(typed)


@pytest.mark.parametrize(("typed", "hour"), [("ce soir 8h", 20), ("samedi soir 5h", 17),
                                             ("ce soir 20h à 2h", 20)])
def test_an_evening_hour_still_reads_as_the_evening(typed: str, hour: int) -> None:
    assert dates.read_when(typed, NOW).start.astimezone(ZoneInfo("Europe/Paris")).hour == hour


PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize("typed", ["samedi 5 déc 19h fin 7", "samedi 5 déc de 19h à 7h",
                                   "samedi 5 décembre 21h-8h"])
def test_an_end_the_next_morning_is_asked(typed: str) -> None:
    # before: « 19h fin 7 » made a 12-hour night event, 19:00 to 07:00, without a word
    assert "toute la nuit" in question(typed)
    assert "all night long" in question(typed, "en")


def test_an_end_typed_alone_the_next_morning_is_asked() -> None:
    # the end of a 19h event typed on its own (/modifier, guided creation): « 7h »
    start = datetime(2026, 12, 5, 19, 0, tzinfo=PARIS)
    with using("fr"), pytest.raises(UserInputError) as caught:
        dates.read_when("7h", NOW, day=start.date(), after=start)
    assert caught.value.key == "error.when_all_night"


@pytest.mark.parametrize(("typed", "end"), [
    ("samedi 5 déc de 19h à 7h du matin", "2026-12-06 07:00"),
    ("saturday 5 december 7pm to 7am", "2026-12-06 07:00"),
    ("samedi 5 déc de 20h à 2h", "2026-12-06 02:00"),
    ("samedi 5 déc 21h-5h", "2026-12-06 05:00")])
def test_a_night_said_as_such_or_ending_in_the_small_hours_is_read(typed: str,
                                                                     end: str) -> None:
    when = dates.read_when(typed, NOW)
    assert when.end is not None
    assert when.end.astimezone(PARIS).strftime("%Y-%m-%d %H:%M") == end
