"""Session 6, dates testers typed and were refused: a length in words (« pendant trois
heures »), « à partir du 3.12 à 18h », and « samedi 19.3 » (19h30 meant) answered with a
weekday error that never offered 19h30."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import t, using

PARIS = ZoneInfo("Europe/Paris")


def paris(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS).astimezone(UTC)


MON = paris("2026-11-23 09:00")  # a Monday morning


@pytest.mark.parametrize(("typed", "hours"), [
    ("samedi 14h pendant trois heures", 3), ("samedi 14h pendant deux heures", 2),
    ("samedi 14h pendant douze heures", 12), ("saturday 2pm for two hours", 2),
    ("saturday 2pm for five hours", 5)])
def test_a_length_in_words_sets_the_end(typed: str, hours: int) -> None:
    when = dates.read_when(typed, MON)
    assert when.start == paris("2026-11-28 14:00"), when
    assert when.end == when.start + timedelta(hours=hours), when


@pytest.mark.parametrize(("typed", "start"), [
    ("à partir du 3.12 à 18h", "2026-12-03 18:00"),
    ("à partir du 3 décembre à 18h", "2026-12-03 18:00"),
    ("samedi à partir de 18h", "2026-11-28 18:00")])
def test_from_a_day_or_an_hour_is_the_start(typed: str, start: str) -> None:
    assert dates.read_when(typed, MON).start == paris(start)


def test_a_weekday_and_a_dotted_time_offers_the_time() -> None:
    """« samedi 19.3 »: 19 March is a Friday; the organiser meant Saturday at 19h30."""
    with pytest.raises(UserInputError) as err:
        dates.read_when("samedi 19.3", MON)
    with using("fr"):
        said = t(err.value.key, **err.value.values)
        assert "samedi 28 novembre à 19h30" in said and "vendredi 19 mars" in said, said
    with using("en"):
        said = t(err.value.key, **err.value.values)
        assert "Saturday 28 November at 19:30" in said, said
    # A time already typed: the dotted number is the date, no time offered.
    with pytest.raises(UserInputError) as err:
        dates.read_when("samedi 19.3 à 20h", MON)
    with using("fr"):
        assert "19h30" not in t(err.value.key, **err.value.values)
