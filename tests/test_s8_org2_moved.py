"""Session 8, helper org2: an evening moved a week later (/modifier 1 date …) with a parent
booked on Telegram (2 seats) and a teen on Discord. Both cards changed and both were told,
but the notice only said « Changement pour … (Avant : …) »: a parent who cannot come on the
new date did not read that her seats are still held, nor how to give them up; the seats stayed
taken on both cards. Now the notice says the answer is kept and carries the « can't come »
button; one tap frees the seats everywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_discord_adapter import custom_ids
from test_s6_cross_week import CAMILLE, SOPHIE, ZOE, Week, fakes, launch, stop

from recording import NOW, Clock


@pytest.fixture
async def week(db_path: Path) -> AsyncIterator[Week]:
    """Telegram and Discord on one core (tests/test_s6_cross_week.py's week)."""
    async with fakes() as (tg, dc):
        played = await launch(tg, dc, db_path, Clock(NOW))
        try:
            yield played
        finally:
            await stop(played)


async def test_a_moved_event_tells_booked_people_how_to_give_their_seats_up(week: Week) -> None:
    await week.tg_say(CAMILLE, "/creer Soirée jeux | samedi 5 décembre 20h | 10 | jeux")
    await week.tg_say(CAMILLE, "/annoncer 1")
    await week.tg_say(SOPHIE, "/participer 1 oui +1")
    await week.dc_slash("rsvp", {"event": 1, "answer": "going"}, user=ZOE)
    week.same_counts(1, 3, 10)
    await week.tg_say(CAMILLE, "/modifier 1 date samedi 12 décembre")

    notice = week.tg.fake.chat(SOPHIE["id"])[-1]
    said = notice.visible.replace("\xa0", " ").replace("\u202f", " ")
    assert "12 décembre" in said and "réponse est gardée" in said, said
    assert any(b.startswith("❌") for b in notice.button_labels), notice.button_labels
    no = next(d for d, b in zip(notice.button_data, notice.button_labels, strict=True)
              if b.startswith("❌"))
    await week.tg.press(SOPHIE, notice, no)
    await week.settle()
    week.same_counts(1, 1, 10)

    dm = [m for m in week.dc.fake.messages.values()
          if week.dc.fake.dm_channels.get(int(m["channel_id"])) == ZOE][-1]
    assert "12 décembre" in dm["content"] and custom_ids(dm), dm
    await week.dc.press(int(dm["id"]), custom_ids(dm)[0], user=ZOE)
    await week.settle()
    week.same_counts(1, 0, 10)


async def test_a_new_title_tells_nobody_and_a_new_place_offers_no_button(week: Week) -> None:
    await week.tg_say(CAMILLE, "/creer Soirée jeux | samedi 5 décembre 20h | 10 | jeux")
    await week.tg_say(SOPHIE, "/participer 1 oui")
    await week.tg_say(CAMILLE, "/modifier 1 lieu Salle 2")
    notice = week.tg.fake.chat(SOPHIE["id"])[-1]
    assert "Salle 2" in notice.visible and not notice.button_labels, notice.visible
