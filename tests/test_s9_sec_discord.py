"""Session 9, a careless admin's Discord server, through the real discord.py code against the
fake gateway on 127.0.0.1: organiser rights that a server's settings give everyone."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, ORGA, launch, shutdown

from bot import logsafe
from fakes.discord_api import (
    CHANNEL_ID,
    GUILD_ID,
    MANAGE_EVENTS,
    ORGANIZER_ROLE_ID,
    SEND_MESSAGES,
    FakeDiscord,
    Member,
)
from recording import NOW, Clock


@pytest.fixture
def logs() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logsafe.setup("INFO", (), stream=stream)
    yield stream
    logsafe.remove(handler)


def _everyone_manages_events(fake: FakeDiscord, where: str) -> None:
    """@everyone holds Manage Events (an admin ticked it so the teens could put the
    tournament in Discord's own Events tab), in the server's settings or in the channel's
    (`where`): every member's permissions there show it."""
    plain = fake.guild_payload

    def payload(guild_id: int = GUILD_ID) -> dict[str, Any]:
        found = plain(guild_id)
        if where == "server":
            for role in found["roles"]:
                if int(role["id"]) == guild_id:
                    role["permissions"] = str(SEND_MESSAGES | MANAGE_EVENTS)
        else:
            for channel in found["channels"]:
                if int(channel["id"]) == CHANNEL_ID:
                    channel["permission_overwrites"] = [{
                        "id": str(guild_id), "type": 0, "allow": str(MANAGE_EVENTS),
                        "deny": "0"}]
        return found

    fake.guild_payload = payload  # type: ignore[method-assign]


@pytest.mark.parametrize("where", ["server", "channel"])
async def test_manage_events_given_to_everyone_makes_nobody_an_organiser(
        db_path: Path, logs: io.StringIO, where: str) -> None:
    """Alice, 14, holds no organiser role; @everyone was given Manage Events. She typed
    /participants and read every child's first name; the start-up log said nothing."""
    members = [Member(ALICE, "Alice", permissions=SEND_MESSAGES | MANAGE_EVENTS),
               Member(ORGA, "Orga", roles=(ORGANIZER_ROLE_ID,),
                      permissions=SEND_MESSAGES | MANAGE_EVENTS)]
    async with FakeDiscord(members=members) as fake:
        _everyone_manages_events(fake, where)
        harness = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await harness.new_event("Ciné-club", capacity=5)  # the role still works
            await harness.command("rsvp", {"event": event_id, "children": "Zoé"}, user=ORGA)
            answer = await harness.command("attendees", {"event": event_id}, user=ALICE)
            assert "Zoé" not in answer.text + repr(answer.files), answer.text
            if where == "server":  # said at start-up, where it is the server's setting
                assert "@everyone" in logs.getvalue() and str(GUILD_ID) in logs.getvalue()
        finally:
            await shutdown(harness)
