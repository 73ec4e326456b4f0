"""Small things people notice: an attendee list after the names were erased says why, the
children's first names typed in lower case are kept with their capitals, and a guest count
typed twice gets a plain answer. Through the core with the recording platform, on a real
SQLite file."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from scheduler_helpers import tick_at

from bot.scheduler import Scheduler
from commands.rsvp import parsers
from recording import Bot

START = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)  # 20:00 in Paris


async def _new_event(bot: Bot) -> int:
    reply = await bot.say("/nouvelevenement Soirée jeux | 2026-12-05 20:00 | 10")
    match = re.search(r"#(\d+)", reply)
    assert match, reply
    return int(match.group(1))


# -- the attendee list once the books are closed ---------------------------------------------


async def test_attendee_list_after_the_books_close_says_names_were_erased(bot: Bot) -> None:
    event_id = await _new_event(bot)
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="ana")
    await bot.say(f"/inscrire {event_id} Mme Martin 2 tél.")
    before = await bot.say(f"/participants {event_id}")
    assert "Mme Martin" in before and "Tom, Zoé" in before
    assert "effacé" not in before

    await tick_at(bot, Scheduler(bot.core), START + timedelta(days=1))
    after = await bot.say(f"/participants {event_id}")
    assert "Mme Martin" not in after and "Tom" not in after  # erased, as they must be
    assert "prénoms des enfants" in after and "effacé" in after and "/bilan" in after
    english = await bot.say(f"/attendees {event_id}", locale="en")
    assert "children's first names" in english and "erased" in english
    assert "/report" in english


# -- children's names typed in lower case ----------------------------------------------------


@pytest.mark.parametrize(("typed", "kept"), [
    ("tom, zoé", ("Tom", "Zoé")),
    ("jean-paul", ("Jean-Paul",)),
    ("marie lou (8-11)", ("Marie Lou",)),
    ("n'golo", ("N'Golo",)),
    ("élodie", ("Élodie",)),
    ("McKenzie, deShawn", ("McKenzie", "deShawn")),  # capitals already typed: as typed
    ("Tom", ("Tom",)),
])
def test_lower_case_first_names_get_their_capitals(typed: str, kept: tuple[str, ...]) -> None:
    assert tuple(c.first_name for c in parsers.children(typed)) == kept


async def test_lower_case_names_are_stored_and_shown_with_capitals(bot: Bot) -> None:
    event_id = await _new_event(bot)
    reply = await bot.say(f"/participer {event_id} oui tom, zoé", user="ana")
    assert "Tom, Zoé" in reply
    listing = await bot.say(f"/participants {event_id}")
    assert "Tom, Zoé" in listing and "tom" not in listing


# -- a guest count typed twice ---------------------------------------------------------------


@pytest.mark.parametrize(("typed", "total"), [("oui +1 +1", 2), ("oui +1 +2", 3),
                                              ("oui +2 3", 5), ("oui +9 +9", 9)])
async def test_guests_typed_twice_get_a_plain_answer(bot: Bot, typed: str, total: int) -> None:
    event_id = await _new_event(bot)
    reply = await bot.say(f"/participer {event_id} {typed}", user="ana")
    assert "un seul" in reply and "+N" in reply, reply
    assert f"/participer {event_id} oui +{total}" in reply  # the line they meant, to copy
    assert "prénom" not in reply and "Traceback" not in reply
    assert await bot.core.storage.rsvps.attendees(event_id) == []
    english = await bot.say(f"/rsvp {event_id} yes +1 +1", user="tom", locale="en")
    assert "only one" in english and "+N" in english, english
    assert "first name" not in english
