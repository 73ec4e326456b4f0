"""Session 8 (adapters): a teenager on Discord mobile, through the real discord.py against
the fake on 127.0.0.1, typing what teenagers type to a bot."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import BOB, Harness, running
from test_s7_dc3 import _replied, _said_to

from fakes.discord_api import BOT_ID


async def _dm(dc: Harness, text: str) -> str:
    """What Bob reads privately after writing `text` to the bot there."""
    before = len(_said_to(dc, BOB))
    await dc.fake.say_in_dm(BOB, text)
    await dc.fake.wait_until(lambda: len(_said_to(dc, BOB)) > before)
    await dc.settle()
    return "\n".join(_said_to(dc, BOB)[before:])


async def test_a_command_typed_with_an_exclamation_mark_is_that_command(
        db_path: Path) -> None:
    """Bob, used to the other bots of his servers, writes « !participer 1 oui » and
    « !aide » to the bot: he got « Je ne sais pas répondre à ça » and a list of topics, and
    believed the bot broken. Now « ! » before one of our commands reads as « / »; a line
    that merely starts with « ! » is still a question."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        booked = await _dm(dc, f"!participer {event_id} oui")
        helped = await _dm(dc, "!aide")
        card = await dc.announce(event_id)
        asked, _ = await _replied(dc, BOB, f"<@{BOT_ID}> !mesevenements", int(card["id"]))
        shout = await _dm(dc, "!!! c combien")
    assert "C'est noté" in booked, booked
    assert "/participer" in helped and "Je ne sais pas" not in helped, helped
    assert "Soirée jeux" in asked and "Je ne sais pas" not in asked, asked
    assert "€" in shout or "gratuit" in shout.lower(), shout
