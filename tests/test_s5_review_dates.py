"""Session 5 review, dates: what an organiser types around the turn of the year."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.dates import read_when
from bot.errors import UserInputError
from recording import Bot, new_event, plain

# Saturday 2 January 2027, 10:00 in Paris: the first weekend of the year.
JANUARY_2 = datetime(2027, 1, 2, 9, 0, tzinfo=UTC)


def _refused(text: str, now: datetime) -> str:
    with pytest.raises(UserInputError) as caught:
        read_when(text, now)
    return caught.value.key


@pytest.mark.parametrize("typed", ["31/12 20h", "25/12 20h", "le 30 décembre 20h",
                                   "le dernier samedi de décembre 20h"])
def test_a_december_date_typed_in_early_january_is_asked_not_moved_to_next_december(
        typed: str) -> None:
    # Was read as December 2027, silently, almost a year later than meant.
    assert _refused(typed, JANUARY_2) == "error.when_just_past"


@pytest.mark.parametrize("typed", ["2/1 20h", "15 janvier 20h", "le premier samedi de janvier 20h"])
def test_january_dates_typed_in_early_january_are_still_read(typed: str) -> None:
    assert read_when(typed, JANUARY_2).start.year == 2027


THURSDAY = datetime(2026, 11, 26, 21, 0, tzinfo=UTC)


# (« lundi 20h à la mairie » alone is now read, « à la mairie » a remark beside the date:
# tests/test_s11_dates6.py; with a number in it, it is refused as before.)
@pytest.mark.parametrize("typed", ["lundi 20h à la mairie salle 2", "samedi 14h marche de noel"])
def test_a_real_word_after_the_date_is_not_corrected_into_a_day_or_month(typed: str) -> None:
    # « mairie » was answered « Did you mean mardi? » (a Monday already typed), « marche »
    # « Did you mean march? »: the plain refusal is given instead.
    assert _refused(typed, THURSDAY) == "error.bad_when"


@pytest.mark.parametrize("typed", ["jeudu 20h", "5 decmbre 20h", "decmbre 5 20h",
                                   "samedi 5 decmbre 20h", "le premier samedi de decmbre 20h"])
def test_typos_in_a_day_or_month_are_still_named(typed: str) -> None:
    assert _refused(typed, THURSDAY) == "error.when_typo"


async def test_the_same_copy_sent_twice_is_not_created_twice(bot: Bot) -> None:
    """« /dupliquer 3 12/12 » sent again while the first reply was slow: two copies of
    « Jeux » on the 12th, each with its own 20 seats (/creer refuses this twin)."""
    event = await new_event(bot, "Jeux | samedi 14h-17h | 20")
    assert "Copie de" in plain(await bot.say(f"/dupliquer {event} 12/12"))
    again = plain(await bot.say(f"/dupliquer {event} 12/12"))
    assert "existe déjà" in again, again
    assert len(await bot.core.storage.events.upcoming(bot.clock())) == 2
