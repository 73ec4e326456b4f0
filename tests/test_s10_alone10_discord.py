"""Session 10, organiser commands sent alone on DISCORD (the slash list, through the real
discord.py against tests/fakes/): what a teenager organising there reads and taps."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_discord_adapter import (
    MEMBERS,
    NOW,
    ORGA,
    Harness,
    custom_ids,
    launch,
    shutdown,
)

from fakes.discord_api import FakeDiscord
from recording import Clock, plain


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[Harness]:
    async with FakeDiscord(members=MEMBERS) as fake:
        harness = await launch(fake, db_path, Clock(NOW))
        yield harness
        await shutdown(harness)


def _buttons(dc: Harness) -> list[tuple[str, str]]:
    """The latest message with buttons: (label, custom_id) each."""
    shown = [m for m in dc.fake.messages.values() if m.get("components")]
    found = [(c.get("label", ""), c["custom_id"]) for row in shown[-1]["components"]
             for c in row["components"]] if shown else []
    return found


async def test_close_alone_on_discord_offers_the_events_and_one_tap_closes(
        dc: Harness) -> None:
    """« /fermer » from the slash list with no option: Discord refused to send it (numero
    required) and she had to know the number; now the events, and one tap closes."""
    await dc.new_event("Soirée jeux")
    second = await dc.new_event("Ciné-club")
    answer = await dc.command("closesignups", {}, user=ORGA)
    said = plain(answer.text)
    assert said.startswith("Fermer les inscriptions de quel événement ?"), said
    assert "/fermer 1" not in said, said  # a typed line is no slash command
    assert all(answer.ephemeral), answer.ephemeral
    tap = f"v1:close:{second}"
    offer = [m for m in dc.fake.messages.values() if tap in custom_ids(m)][-1]
    done = plain((await dc.press(int(offer["id"]), tap, user=ORGA)).text)
    assert "Inscriptions fermées pour « Ciné-club »" in done, done
    event = await dc.core.storage.events.get(second)
    assert event is not None and event.signups_closed


async def test_write_alone_tap_names_the_options_on_discord(dc: Harness) -> None:
    """While /ecrire's Discord options are optional (see the proposal below), « /ecrire »
    sent alone gets the events; a tap names the options to fill, not a line to type."""
    if all(o.get("required") for o in dc.fake.commands["message"]["options"]):
        pytest.skip("Discord asks for numero and texte itself (bare_on_discord=False)")
    event_id = await dc.new_event("Soirée jeux")
    await dc.command("message", {}, user=ORGA)
    tap = f"v1:write:{event_id}"
    offer = [m for m in dc.fake.messages.values() if tap in custom_ids(m)][-1]
    said = plain((await dc.press(int(offer["id"]), tap, user=ORGA)).text)
    assert f"numero {event_id}" in said and "texte" in said, said
    assert f"/ecrire {event_id} On" not in said, said


async def test_series_alone_on_discord_are_buttons_not_lines_to_type(dc: Harness) -> None:
    """Two series; « /annulerserie » answered « Tapez la ligne voulue : /annulerserie 1 »,
    a line Discord does not take (typing it opens the slash list again)."""
    for title, rule in (("Atelier anglais", "tous les mercredis 18h"),
                        ("Club jeux", "tous les vendredis 19h30")):
        said = await dc.command("newseries", {"title": title, "rule": rule}, user=ORGA)
        assert "série" in said.text.lower(), said.text
    answer = await dc.command("cancelseries", {}, user=ORGA)
    assert "Tapez" not in answer.text and "/annulerserie 1" not in answer.text, answer.text
    assert "Touchez" in answer.text and "Atelier anglais" in answer.text, answer.text
    bodies = [c.json for c in answer.calls if c.json]
    labels = [c.get("label", "") for b in bodies for row in (b.get("data") or b).get(
        "components", []) for c in row["components"]]
    assert any("Atelier anglais" in label for label in labels), labels
    assert any("Club jeux" in label for label in labels), labels


async def test_commands_needing_more_than_the_event_keep_required_options_on_discord(
        dc: Harness) -> None:
    """« /ecrire » on Discord: the client asks for numero (autocomplete lists the events)
    and texte before sending; with optional options she could send it half-filled and be
    told to start again."""
    for name in ("message", "addattendee", "removeattendee", "duplicate"):
        options = dc.fake.commands[name]["options"]
        assert all(o.get("required") for o in options), (name, options)
    closing = dc.fake.commands["closesignups"]["options"]
    assert not any(o.get("required") for o in closing)  # alone: the events to tap
