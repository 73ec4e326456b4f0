"""The last read of relay (session 10): on Discord « Répondre » opens a form; one closed
unsent leaves no window open, so the organiser's next private message reaches nobody."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from test_discord_adapter import ALICE, MEMBERS, ORGA, Harness, launch, shutdown

from fakes.discord_api import FakeDiscord
from recording import NOW, Clock, plain


def _dms(dc: Harness, user: int) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user]


def _ids(message: dict[str, Any]) -> list[str]:
    return [c.get("custom_id", "") for row in message["components"]
            for c in row["components"]]


async def test_dismissed_form(db_path: Path) -> None:
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            await dc.command("newevent", {"title": "Soirée jeux", "when": "2026-11-25 20:00",
                                          "capacity": 10}, user=ORGA)
            await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)
            await dc.command("message", {"event": 1, "text": "On commence à 19h45 !"}, user=ORGA)
            await dc.fake.wait_until(lambda: any("19h45" in m["content"] for m in _dms(dc, ALICE)))
            notice = next(m for m in _dms(dc, ALICE) if "19h45" in m["content"])
            await dc.fake.say_in_dm(ALICE, "on peut arriver à 20h15 ?", reply_to=int(notice["id"]))
            await dc.fake.wait_until(lambda: any("Question de Alice" in plain(m["content"])
                                                 for m in _dms(dc, ORGA)))
            await dc.settle()
            asked = next(m for m in _dms(dc, ORGA) if "Question de Alice" in plain(m["content"]))
            [tap] = [i for i in _ids(asked) if i.startswith("v1:ask:")]
            await dc.press(int(asked["id"]), tap, user=ORGA)
            # form dismissed; later the organiser DMs the bot something else
            n = len(_dms(dc, ALICE))
            o = len(_dms(dc, ORGA))
            await dc.fake.say_in_dm(ORGA, "merci, je regarde ça demain")
            await dc.fake.wait_until(lambda: len(_dms(dc, ORGA)) > o or len(_dms(dc, ALICE)) > n)
            await dc.settle()
            assert not any("je regarde" in m["content"] for m in _dms(dc, ALICE))
        finally:
            await shutdown(dc)
