"""Session 9 (door2): the same door kept at once by a volunteer on Telegram and one on
Discord (an ephemeral list), through both real adapters against their fakes, on one core and
one SQLite file (the set-up of tests/test_s6_cross_week.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from test_s6_cross_week import CAMILLE, ORGA_DC, SOPHIE, Week, announce_games
from test_s6_cross_week import week as week  # the fixture

from recording import plain

GAMES_AT = datetime(2026, 11, 27, 19, 0, tzinfo=UTC)  # « vendredi 20h » from NOW, in Paris


def _dc_door(week: Week) -> dict:
    doors = [m for m in week.dc.fake.messages.values()
             if "v1:door:" in json.dumps(m["components"])]
    assert doors, "no door list on Discord"
    return doors[-1]


def _dc_ids(message: dict) -> list[str]:
    return [c["custom_id"] for row in message["components"] for c in row["components"]]


async def test_a_volunteer_on_each_platform_counts_her_own_walk_ins(week: Week) -> None:
    """Camille keeps the door list on Telegram, Sam (the Discord organiser) his ephemeral one
    on Discord, both opened at 19:50. Camille counts a walk-in; Sam then lets in another and
    taps « ➕ » on his list, which still shows 0: he read « Déjà compté : 1 sans inscription »
    and his walk-in was not counted unless he tapped again. Both count, and Sam's list then
    shows Sophie's family as Camille checked it in."""
    games = await announce_games(week, capacity=40)
    said = await week.tg_say(SOPHIE, f"/participer {games} oui +2")
    assert "inscrit" in said, said
    week.clock.current = GAMES_AT - timedelta(minutes=10)
    await week.tg_say(CAMILLE, f"/pointage {games}")
    tg_door = [m for m in week.tg.fake.chat(CAMILLE["id"])
               if any(d.startswith("v1:door:") for d in m.button_data)][-1]
    opened = await week.dc.command("checkin", {"event": games}, user=ORGA_DC)
    assert opened.ephemeral == [True]
    dc_door = _dc_door(week)
    sam_more = next(i for i in _dc_ids(dc_door) if i.startswith("v1:door:")
                    and i.endswith(":a1"))
    sam_sophie = next(i for i in _dc_ids(dc_door) if i.startswith("v1:here:"))

    tg_more = next(d for d in tg_door.button_data if d.startswith("v1:door:")
                   and d.endswith(":a1"))
    await week.tg.press(CAMILLE, tg_door, tg_more)
    sophie = next(d for d in tg_door.button_data if d.startswith("v1:here:"))
    await week.tg.press(CAMILLE, tg_door, sophie)
    await week.settle()
    assert "sans inscription : 1" in plain(tg_door.visible), tg_door.visible
    assert "Présent·e·s : 3 sur 3" in plain(tg_door.visible), tg_door.visible

    pressed = await week.dc.press(int(dc_door["id"]), sam_more, user=ORGA_DC)
    await week.settle()
    assert "Déjà compté" not in plain(pressed.text), pressed.text
    assert "sans inscription : 2" in plain(_dc_door(week)["content"]), _dc_door(week)
    # Sam's list, updated by his tap, shows Sophie's family as Camille checked it in.
    shown = _dc_door(week)
    assert "Présent·e·s : 3 sur 3" in plain(shown["content"]), shown["content"]
    assert "✅ Sophie +2" in json.dumps(shown["components"], ensure_ascii=False)
    assert sam_sophie not in _dc_ids(shown)  # his old ⬜ is gone from the list
    sheet = await week.core.storage.attendance.sheet(games)
    assert (sheet.present_seats, sheet.walk_ins) == (3, 2)
