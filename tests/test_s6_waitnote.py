"""Session 6, round 4: a parent the bot knows it cannot write to privately takes a place on
a full event (the waitlist) from the group's card: she is told, once, in the group, to open
the private chat (the link), or she would never hear that a seat freed (Telegram, real
adapter against the fake Bot API; each test seen failing first)."""

from __future__ import annotations

import re
from typing import Any

from test_s6_cross_week import (
    CAMILLE,
    ENZO,
    GROUP,
    JAMES,
    NADIA,
    SOPHIE,
    Week,
    announce_games,
    fill,
    week,
)

from recording import plain

__all__ = ["week"]  # the fixture, used by name

SEAT_LINE = "pour être prévenu·e quand une place se libère"


async def tap(week: Week, who: dict[str, Any], event_id: int, answer: str = "going"
              ) -> list[str]:
    """`who` taps a button of the event's card in the group: the new lines of the group."""
    before = len(week.tg.fake.chat(GROUP))
    await week.tg.press(who, week.tg_card(event_id), f"v1:rsvp:{event_id}:{answer}")
    await week.settle()
    return [m.visible for m in week.tg.fake.chat(GROUP)[before:]]


async def not_reached(week: Week, who: dict[str, Any]) -> None:
    """`who` never started the bot privately, and the bot found out: a seat freed for her
    on a small workshop, and its private notice could not reach her."""
    week.tg.fake.not_started.add(who["id"])
    said = await week.tg_say(CAMILLE, "/creer Atelier couture | samedi 15h | 1 | atelier")
    small = int(re.search(r"#(\d+)", said).group(1))  # type: ignore[union-attr]
    await week.tg_say(CAMILLE, f"/annoncer {small}")
    await week.tg_say(SOPHIE, f"/participer {small} oui")
    await tap(week, who, small)  # full: waitlisted
    await week.tg_say(SOPHIE, f"/participer {small} non")  # she is in; not told


async def test_an_unreachable_parent_put_on_the_waitlist_is_told_to_open_the_private_chat(
        week: Week) -> None:
    """Nadia taps « Je viens » on the full board-game night: she read only the toast
    « Liste d'attente : position 1 », and the group « … puis réessayez » (as if the tap
    had failed), nothing saying she would not hear of a freed seat."""
    await not_reached(week, NADIA)
    games = await announce_games(week)
    await fill(week, games)
    seen = await tap(week, NADIA, games)
    ours = [s for s in seen if "Nadia" in s]
    assert len(ours) == 1, seen
    assert SEAT_LINE in ours[0] and f"t.me/lefocus_test_bot?start=event_{games}" in ours[0]
    assert "réessayez" not in ours[0], ours
    assert await tap(week, NADIA, games) == []  # tapped again: not said again


async def test_already_pointed_to_the_private_chat_she_is_still_told_at_the_waitlist(
        week: Week) -> None:
    """Nadia had asked something in the group and was sent to the private chat once; days
    later she taps « Je viens » on a full event: only the toast, and she waits at home for
    a message that cannot come."""
    await not_reached(week, NADIA)
    games = await announce_games(week)
    said = await week.tg_say(NADIA, f"/evenement {games}", group=True)
    assert "t.me/" in said, said  # pointed once
    await fill(week, games)
    seen = await tap(week, NADIA, games)
    assert any(SEAT_LINE in s and "Nadia" in s for s in seen), seen
    week.tg.fake.not_started.discard(NADIA["id"])  # she opens the private chat
    opened = await week.tg_say(NADIA, "/start")
    assert "place libérée" in opened, opened  # the seat freed before is still said


async def test_the_line_is_in_the_parents_language_and_not_for_those_reachable(
        week: Week) -> None:
    """James (English phone) is told in English; Sophie, reachable, hears nothing more."""
    await not_reached(week, JAMES)
    games = await announce_games(week)
    seen = await tap(week, SOPHIE, games)
    assert not [s for s in seen if "Sophie" in s], seen
    seen = await tap(week, JAMES, games)
    # He took a seat (the event is not full): reminders, not a freed seat (tg3).
    assert any("James" in s and "to get reminders" in s for s in seen), seen


async def test_on_discord_a_teen_with_closed_messages_is_told_at_the_waitlist(
        week: Week) -> None:
    """Enzo's private messages are closed: a freed seat's message could not reach him, he
    was told so once. Later he presses « Je viens » on a full event: only « liste
    d'attente », though the bot will not be able to tell him of a freed seat."""
    week.dc.fake.dm_closed.add(ENZO)
    said = await week.tg_say(CAMILLE, "/creer Atelier couture | samedi 15h | 1 | atelier")
    small = int(re.search(r"#(\d+)", said).group(1))  # type: ignore[union-attr]
    await week.tg_say(CAMILLE, f"/annoncer {small}")
    await week.tg_say(SOPHIE, f"/participer {small} oui")
    await week.dc.press(int(week.dc_card(small)["id"]), f"v1:rsvp:{small}:going", user=ENZO)
    await week.tg_say(SOPHIE, f"/participer {small} non")  # he is in; not told
    told = await week.dc_slash("events", user=ENZO)
    assert "messages privés sont fermés" in told, told  # once
    games = await announce_games(week)
    await fill(week, games)
    answer = await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going",
                                 user=ENZO)
    await week.settle()
    assert "liste d'attente" in plain(answer.text).lower(), answer.text
    assert "messages privés sont fermés" in plain(answer.text), answer.text
