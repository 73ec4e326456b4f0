"""Session 11, relay, through the real adapters against the fakes on 127.0.0.1: a parent's
question after the team's message still reaches the team after a restart (Telegram); the
organiser's « Répondre » answer never lands in their open /creer form, and « participants
1 » typed in the answer window is the command (Telegram); a tap on a question sent to
someone else says so, not that the parent erased her data (Discord)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_discord_adapter import ALICE, BOB, MEMBERS, launch, shutdown
from test_discord_adapter import ORGA as DC_ORGA
from test_telegram_adapter import ORGA, TOKEN, Harness, new_event, start_harness

from fakes.discord_api import FakeDiscord
from fakes.telegram_api import FakeTelegram, Stored, private_chat, user
from recording import NOW, Clock, plain

MARIE = user(3111, "Marie", "fr")
QUESTION = "on peut arriver à 20h15 ?"


async def replied(tg: Harness, who: dict[str, Any], text: str, to: Stored) -> list[Stored]:
    before = set(tg.fake.messages)
    tg.fake.reply_text(who, private_chat(who), text, to)
    tg.pushed += 1
    await tg.settle()
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


def last_in(tg: Harness, who: dict[str, Any]) -> Stored:
    return tg.fake.chat(who["id"])[-1]


async def _evening(tg: Harness) -> int:
    event = await new_event(tg, "Soirée jeux | 2026-11-25 20:00 | 10")
    await tg.say(MARIE, f"/participer {event} oui")
    await tg.say(ORGA, f"/message {event} On commence à 19h45 !")
    return event


async def test_telegram_a_question_typed_after_a_restart_reaches_the_team(
        tmp_path: Path) -> None:
    """Marie got the team's message; the bot restarts; she types her question without
    « Répondre »: it reaches Camille, as it would have before the restart."""
    async with FakeTelegram(TOKEN) as server:
        tg = await start_harness(server, tmp_path)
        await _evening(tg)
        await tg.close()
        tg = await start_harness(server, tmp_path)
        try:
            told = len(tg.fake.chat(ORGA["id"]))
            said = "\n".join(m.visible for m in await tg.say(MARIE, QUESTION))
            assert "Question transmise à l'équipe du Focus" in plain(said)
            assert len(tg.fake.chat(ORGA["id"])) == told + 1
            assert QUESTION in last_in(tg, ORGA).visible
        finally:
            await tg.close()


async def test_telegram_an_answer_under_the_question_skips_the_open_form(
        tmp_path: Path) -> None:
    """Camille opened /creer (it asks the kind, with buttons) when Marie's question came:
    she swipes « Répondre » under it and writes: Marie receives it; the form did not."""
    async with FakeTelegram(TOKEN) as server:
        tg = await start_harness(server, tmp_path)
        try:
            event = await _evening(tg)
            await replied(tg, MARIE, QUESTION, last_in(tg, MARIE))
            asked = last_in(tg, ORGA)
            opened = await tg.say(ORGA, "/creer")
            assert any("Quel type d'événement" in m.visible for m in opened)
            await replied(tg, ORGA, "Oui, pas de souci, venez !", asked)
            assert "Oui, pas de souci, venez !" in last_in(tg, MARIE).visible
            assert "Réponse envoyée à Marie" in plain(last_in(tg, ORGA).visible)
            # In the answer window, « participants 1 » is the list, not a message to Marie.
            [tap] = [d for d in asked.button_data if d.startswith("v1:ask:")]
            await tg.press(ORGA, asked, tap)
            told = len(tg.fake.chat(MARIE["id"]))
            said = plain("\n".join(m.visible for m in await tg.say(ORGA,
                                                                   f"participants {event}")))
            assert "Rien n'est parti à Marie" in said
            assert len(tg.fake.chat(MARIE["id"])) == told
            # The form, open, took it as its kind (as it would without the question): it
            # says so and asks again; « annuler » closes it, then the command is the list.
            assert "Quel type d'événement" in said
            await tg.say(ORGA, "annuler")
            said = plain("\n".join(m.visible for m in await tg.say(ORGA,
                                                                   f"participants {event}")))
            assert "• Marie" in said
        finally:
            await tg.close()


async def test_discord_a_tap_on_a_question_sent_to_someone_else_says_so(
        db_path: Path) -> None:
    """Bob (not sent Alice's question) presses its « Répondre »: told it was not sent to him,
    not that Alice erased her data."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            await dc.command("newevent", {"title": "Soirée jeux", "when": "2026-11-25 20:00",
                                          "capacity": 10}, user=DC_ORGA)
            await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)
            await dc.command("message", {"event": 1, "text": "On commence à 19h45 !"},
                             user=DC_ORGA)

            def dms(who: int) -> list[dict[str, Any]]:
                return [m for m in dc.fake.messages.values()
                        if dc.fake.dm_channels.get(int(m["channel_id"])) == who]

            await dc.fake.wait_until(lambda: any("19h45" in m["content"] for m in dms(ALICE)))
            notice = next(m for m in dms(ALICE) if "19h45" in m["content"])
            await dc.fake.say_in_dm(ALICE, QUESTION, reply_to=int(notice["id"]))
            await dc.fake.wait_until(lambda: any("Question de Alice" in plain(m["content"])
                                                 for m in dms(DC_ORGA)))
            await dc.settle()
            asked = next(m for m in dms(DC_ORGA) if "Question de Alice" in plain(m["content"]))
            [tap] = [c.get("custom_id", "") for row in asked["components"]
                     for c in row["components"]
                     if c.get("custom_id", "").startswith("v1:ask:")]
            refused = plain((await dc.press(int(asked["id"]), tap, user=BOB)).text)
            assert "ne vous a pas été envoyée" in refused
            assert "effacé ses données" not in refused
        finally:
            await shutdown(dc)
