"""Session 9 (perf2), issue 11 after the day's merges: an answer typed in people's own words
(« /participer 3 oui on sera 3 ») is read at about the cost of a plain « oui ».

Counted in Python calls on the event loop's thread (deterministic: timings live in
bench/rsvp_profile.py, `--text`), on a real SQLite file; what the parent reads is checked too.
The proposal it pins is /tmp/team/perf2-proposals.diff (bot/text.py: `strip_accents` leaves
plain ASCII as it is; `fold` runs on each word of an answer, and took it apart character by
character: 139 of the 378 calls of « oui on sera 3 »)."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from recording import Bot, new_event

THIRTY_SEATS = "Jeux | demain 20h | 30"


async def _calls(bot: Bot, text: str, user: str) -> tuple[str, int]:
    """What `user` reads after typing `text`, and the Python calls it cost on the loop."""
    await bot.say("/aide", user=user)  # known beforehand, as most members are
    count = [0]

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            count[0] += 1

    sys.setprofile(hook)
    try:
        said = await bot.say(text, user=user)
    finally:
        sys.setprofile(None)
    return said, count[0]


async def test_an_answer_in_words_costs_little_more_than_a_plain_yes(bot: Bot) -> None:
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say(f"/participer {event_id}", user="zoe")  # the event's first answer apart
    # Both said once before they are counted: the process's caches (words folded, locales
    # spoken) warm for each alike, whatever other tests ran first in this process.
    await bot.say(f"/participer {event_id} oui", user="cleo")
    await bot.say(f"/participer {event_id} oui on sera 3", user="dan")
    plain, plain_calls = await _calls(bot, f"/participer {event_id} oui", "ana")
    worded, worded_calls = await _calls(bot, f"/participer {event_id} oui on sera 3", "ben")
    assert "inscrit·e" in plain
    assert "inscrit·e" in worded and "3 places" in worded, worded
    # Measured on ceaa593: 587 calls against 258 (2.3×); with the proposal 448 against 246.
    # Both warm (session 10): 211 against 119.
    assert worded_calls <= 2 * plain_calls, (plain_calls, worded_calls)


async def test_accents_and_capitals_still_fold_as_typed(bot: Bot) -> None:
    """What the proposal must keep: « OUI » and « Oui, » read as « oui », « peut-être » and
    « peut etre » alike, on the same path."""
    event_id = await new_event(bot, THIRTY_SEATS)
    assert "inscrit·e" in await bot.say(f"/participer {event_id} OUI", user="cleo")
    assert "peut-être" in (await bot.say(f"/participer {event_id} peut etre",
                                         user="dan")).lower()
    assert "peut-être" in (await bot.say(f"/participer {event_id} Peut-Être",
                                         user="eve")).lower()
