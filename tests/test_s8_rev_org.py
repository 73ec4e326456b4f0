"""Session 8, final read of the organisers' dates: phrasings next to this session's new rules
(« 14h (2h) », « (ouverture des portes 19h30) ») that were read in silence into a wrong event;
a cancellation's reason kept longer than said. For the dates, `now` is Wednesday 25 November
2026, 11:00 in Paris."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import t, using
from bot.scheduler import Scheduler
from recording import Bot, new_event, plain

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=PARIS)


def _read(typed: str, locale: str = "fr") -> tuple[datetime, datetime | None]:
    with using(locale):
        when = dates.read_when(typed, NOW)
    end = when.end.astimezone(PARIS).replace(tzinfo=None) if when.end else None
    return when.start.astimezone(PARIS).replace(tzinfo=None), end


def _asked(typed: str, locale: str = "fr") -> tuple[str, str]:
    with using(locale), pytest.raises(UserInputError) as caught:
        dates.read_when(typed, NOW)
    with using(locale):
        return caught.value.key, plain(t(caught.value.key, **caught.value.values))


@pytest.mark.parametrize(("typed", "clock", "until"), [
    ("samedi 8h (10h)", "10h", "samedi 8h - 10h"),
    ("samedi 9h (11h30)", "11h30", "samedi 9h - 11h30"),
    ("Samedi 10h (11H)", "11h", "Samedi 10h - 11h"),
])
def test_a_bracketed_hour_later_that_day_is_asked_not_a_length(typed: str, clock: str,
                                                               until: str) -> None:
    """« samedi 8h (10h) » became an event from 8h to 18h without a word (the bracket read
    as ten hours): « 10h » is as likely the end. Asked, as « 8h pour 10h » is."""
    key, shown = _asked(typed)
    assert key == "error.when_until_or_length", shown
    assert clock in shown and until in shown and "(" not in shown.split(":", 1)[1], shown


def test_a_bracketed_hour_too_long_for_a_length_is_offered_as_the_end() -> None:
    key, shown = _asked("samedi 14h (18h)")
    assert key == "error.when_until", shown
    assert "samedi 14h - 18h" in shown, shown
    # a bracket that can only be a length is still read as one
    assert _read("samedi 14h (2h)")[1] == datetime(2026, 11, 28, 16, 0)
    assert _read("samedi 20h (3 heures)")[1] == datetime(2026, 11, 28, 23, 0)




@pytest.mark.parametrize(("typed", "locale"), [
    ("samedi 20h, accueil 19h30 fin 23h", "fr"),
    ("samedi 20h, accueil dès 19h30 jusqu'à 23h", "fr"),
    ("saturday 8pm, doors 7:30pm until 11pm", "en"),
])
def test_an_end_after_the_doors_time_is_kept(typed: str, locale: str) -> None:
    """« samedi 20h, accueil 19h30 fin 23h »: the end went with the doors' time, and the
    event was created with no end, in silence."""
    assert _read(typed, locale) == (datetime(2026, 11, 28, 20, 0),
                                    datetime(2026, 11, 28, 23, 0))


@pytest.mark.parametrize("typed", [
    "samedi 20h (ouverture 19h30 - fin 23h)",
    "samedi 14h, portes ouvertes 10h-18h",
    "samedi 20h, accueil le 5/12",
])
def test_more_than_the_doors_time_beside_the_start_is_asked(typed: str) -> None:
    """What sits beside « accueil »/« portes » holds more than one clock (an end, a whole
    open day, a date): it was thrown away and the event kept what was left. Asked."""
    with using("fr"), pytest.raises(UserInputError):
        dates.read_when(typed, NOW)


async def test_a_cancellation_reason_nobody_confirmed_is_gone_after_a_day(bot: Bot) -> None:
    """`/annuler 1 mon fils est malade`, then nothing: the storage promised such requests go
    within a day, yet they went only when someone previewed another cancellation; with
    nobody doing so, /mesdonnees still showed the reason weeks later."""
    event_id = await new_event(bot)
    await bot.say(f"/annuler {event_id} mon fils est malade")
    assert "malade" in plain(await bot.say("/mesdonnees"))
    await Scheduler(bot.core).tick(bot.clock() + timedelta(days=1, minutes=1))
    shown = plain(await bot.say("/mesdonnees"))
    assert "malade" not in shown, shown
