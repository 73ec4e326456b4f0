"""Session 10, relay, through the real discord.py client against the fake: Alice, 14, answers
the team's private message with « Répondre »; the organiser, in their own private chat
(where Discord gives no organiser rights), taps « ↩️ Répondre à Alice », fills the form,
and Alice receives the answer from the team; Bob, who was not sent the question, cannot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_discord_adapter import ALICE, BOB, MEMBERS, ORGA, Harness, launch, shutdown

from fakes.discord_api import FakeDiscord
from recording import NOW, Clock, plain


def _dms(dc: Harness, user: int) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user]


def _ids(message: dict[str, Any]) -> list[str]:
    return [c.get("custom_id", "") for row in message["components"]
            for c in row["components"]]


async def test_a_teen_asks_the_team_and_the_organiser_answers_with_the_form(
        db_path: Path) -> None:
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            answer = await dc.command("newevent", {"title": "Soirée jeux",
                                                   "when": "2026-11-25 20:00",
                                                   "capacity": 10}, user=ORGA)
            assert "#1" in answer.text, answer.text
            await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)
            await dc.command("message", {"event": 1, "text": "On commence à 19h45 !"},
                             user=ORGA)
            await dc.fake.wait_until(lambda: any("19h45" in m["content"]
                                                 for m in _dms(dc, ALICE)))
            notice = next(m for m in _dms(dc, ALICE) if "19h45" in m["content"])
            await dc.fake.say_in_dm(ALICE, "on peut arriver à 20h15 ?",
                                    reply_to=int(notice["id"]))
            await dc.fake.wait_until(lambda: any("Question de Alice" in plain(m["content"])
                                                 for m in _dms(dc, ORGA)))
            await dc.settle()
            assert any("Question transmise" in plain(m["content"]) for m in _dms(dc, ALICE))
            asked = next(m for m in _dms(dc, ORGA) if "Question de Alice" in plain(m["content"]))
            [tap] = [i for i in _ids(asked) if i.startswith("v1:ask:")]
            # Bob was not sent it: his press (a forged one) answers nothing.
            refused = await dc.press(int(asked["id"]), tap, user=BOB)
            assert "ne vous a pas été envoyée" in plain(refused.text)
            await dc.press(int(asked["id"]), tap, user=ORGA)
            assert dc.fake.modals, "the form did not open"
            form = dc.fake.modals[-1]
            await dc.run(dc.fake.submit(form["custom_id"], {"answer": "Oui, sans souci !"},
                                        user=ORGA, dm=True))
            await dc.fake.wait_until(lambda: any("Oui, sans souci !" in m["content"]
                                                 for m in _dms(dc, ALICE)))
            came = next(m for m in _dms(dc, ALICE) if "Oui, sans souci !" in m["content"])
            assert "Réponse de l'équipe du Focus" in plain(came["content"])
        finally:
            await shutdown(dc)
