"""Session 7 final read (rev-org): dates an organiser types, as the reply reads them.

`now` is Friday 27 November 2026, 10:00 in Paris.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import t, using
from commands.series.parsers import read_rule
from recording import Bot, plain

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=PARIS)


def _reply(typed: str, locale: str = "fr") -> str:
    with using(locale), pytest.raises(UserInputError) as caught:
        dates.read_when(typed, NOW)
    with using(locale):
        return t(caught.value.key, **caught.value.values)


@pytest.mark.parametrize(("typed", "example", "locale", "meant"), [
    ("samedi prochain 14h", "samedi 5 décembre à 14h", "fr", (5, 14)),
    ("dimanche prochain 15h", "dimanche 6 décembre à 15h", "fr", (6, 15)),
    ("next sunday 3pm", "Sunday 6 December at 15:00", "en", (6, 15)),
])
def test_next_weekday_question_example_keeps_the_time(typed: str, example: str, locale: str,
                                                      meant: tuple[int, int]) -> None:
    # the example an organiser retypes kept the day only, so retyping it asked the time again
    assert example in _reply(typed, locale)
    with using(locale):
        retyped = dates.read_when(example, NOW).start.astimezone(PARIS)
    assert (retyped.day, retyped.hour) == meant


@pytest.mark.parametrize("typed", ["tous les jeudis 20h-13h", "tous les samedis de 20h à 14h"])
def test_series_end_written_past_noon_is_not_read_as_one_in_the_morning(typed: str) -> None:
    # « 20h-13h » was read as 20h to 1h (5 hours): 13h is a 24-hour clock, not « 1 »
    with pytest.raises(UserInputError):
        read_rule(typed)


async def test_planning_a_cancelled_event_says_it_is_cancelled(bot: Bot) -> None:
    # « 3 semaines avant 10h » for a cancelled event answered « … est déjà passé »: the
    # organiser retyped other moments before learning the event itself was cancelled
    await bot.say("/nouvelevenement Soirée jeux | samedi 12 décembre 20h | 20")
    await bot.say("/annuler 1 neige confirmer")
    text = plain(await bot.say("/annoncerplustard 1 3 semaines avant 10h"))
    assert "annulé" in text and "déjà passé" not in text, text


async def test_a_date_typed_for_the_field_is_shown_with_this_event_number(bot: Bot) -> None:
    # « /modifier 1 samedi 20h » answered « par exemple : /modifier 12 date samedi 20h »:
    # copied as is, those lines change event 12, someone else's
    await bot.say("/nouvelevenement Soirée jeux | samedi 12 décembre 20h | 20")
    text = plain(await bot.say("/modifier 1 samedi 20h"))
    assert "/modifier 1 date samedi 20h" in text and "/modifier 1 heure 20h" in text, text
    english = plain(await bot.say("/edit 1 saturday 8pm", locale="en"))
    assert "/edit 1 when saturday 8pm" in english and "/edit 1 time 8pm" in english, english
