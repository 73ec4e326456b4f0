"""Session 9 (rev-adapters), Discord: what an admin upgrading reads in the journal when the
new rule (Manage Events held by @everyone gives no organiser right) takes rights away. Through
the real discord.py code against the fake gateway on 127.0.0.1."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, BOB, MEMBERS, ORGA, launch, shutdown
from test_s9_dc import _react
from test_s9_sec_discord import _everyone_manages_events

from bot import logsafe
from fakes.discord_api import (
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


async def test_everyone_given_manage_events_in_a_channel_is_said_at_start_up(
        db_path: Path, logs: io.StringIO) -> None:
    """The admin gave @everyone Manage Events in #annonces only (so the teens could put the
    tournament in the Events tab). Since the upgrade, the organisers who held only Manage
    Events are refused there (« réservée aux organisateur·rice·s »), and the journal said
    nothing: it named only a server-wide setting. It names the channel now, and what to do."""
    members = [Member(ALICE, "Alice", permissions=SEND_MESSAGES | MANAGE_EVENTS),
               Member(ORGA, "Orga", permissions=SEND_MESSAGES | MANAGE_EVENTS)]
    async with FakeDiscord(members=members) as fake:
        _everyone_manages_events(fake, "channel")
        harness = await launch(fake, db_path, Clock(NOW))
        try:
            said = logs.getvalue()
            assert "@everyone" in said and "annonces" in said, said
            assert "DISCORD_ORGANIZER_ROLE_IDS" in said, said
        finally:
            await shutdown(harness)


async def test_no_organiser_left_in_a_server_is_said_plainly(
        db_path: Path, logs: io.StringIO) -> None:
    """@everyone holds Manage Events in the whole server and no organiser role is
    configured: nobody is an organiser there any more. The journal said « only the roles of
    DISCORD_ORGANIZER_ROLE_IDS do » (there are none); it says nobody is, and what to set."""
    members = [Member(ORGA, "Orga", permissions=SEND_MESSAGES | MANAGE_EVENTS)]
    async with FakeDiscord(members=members) as fake:
        _everyone_manages_events(fake, "server")
        harness = await launch(fake, db_path, Clock(NOW), discord_organizer_role_ids=())
        try:
            said = logs.getvalue()
            assert "nobody is an organiser" in said, said
            assert "DISCORD_ORGANIZER_ROLE_IDS" in said, said
        finally:
            await shutdown(harness)


async def test_an_ok_hand_on_a_card_is_told_on_discord_as_on_telegram(db_path: Path) -> None:
    """Bob, 14, answers « 👌 » under the Soirée jeux's card, as he answers his friends, and
    believes himself booked. On Telegram, a 👌 on a card is told it books nothing; on
    Discord it was left alone (its set was ✅ 👍 🤔 ❌…, without 👌). Told now, once."""
    clock = Clock(NOW)
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, clock)
        try:
            card = await dc.announce(await dc.new_event("Soirée jeux", 10))
            told = await _react(dc, BOB, int(card["id"]), "👌")
        finally:
            await shutdown(dc)
    assert "réaction ne compte pas" in told, told


async def test_an_organiser_refused_by_the_new_rule_reads_why(
        db_path: Path, logs: io.StringIO) -> None:
    """Orga ran the evenings with her role « Orga », which holds Discord's Manage Events (not
    listed in DISCORD_ORGANIZER_ROLE_IDS: the README said Manage Events was enough).
    @everyone holds it too in the server. Since the upgrade she reads « Cette commande est
    réservée aux organisateur·rice·s du Focus. » and nothing else: she is one, she cannot
    tell why. Now the refusal says that Manage Events, given to everyone here, makes nobody
    an organiser, and what to ask for; Alice, who holds it only as everyone does, reads the
    same plain refusal as before."""
    members = [Member(ORGA, "Orga", roles=(ORGANIZER_ROLE_ID,),
                      permissions=SEND_MESSAGES | MANAGE_EVENTS),
               Member(ALICE, "Alice", permissions=SEND_MESSAGES | MANAGE_EVENTS)]
    async with FakeDiscord(members=members) as fake:
        _everyone_manages_events(fake, "server")
        with_everyone = fake.guild_payload

        def payload(guild_id: int = GUILD_ID) -> dict[str, Any]:
            found = with_everyone(guild_id)
            for role in found["roles"]:
                if int(role["id"]) == ORGANIZER_ROLE_ID:  # her team's role manages events
                    role["permissions"] = str(SEND_MESSAGES | MANAGE_EVENTS)
            return found

        fake.guild_payload = payload  # type: ignore[method-assign]
        dc = await launch(fake, db_path, Clock(NOW), discord_organizer_role_ids=())
        try:
            refused = await dc.command("attendees", {"event": "1"}, user=ORGA)
            plain = await dc.command("attendees", {"event": "1"}, user=ALICE)
        finally:
            await shutdown(dc)
    assert "réservée" in refused.text and "Gérer les événements" in refused.text, refused.text
    assert "DISCORD_ORGANIZER_ROLE_IDS" not in refused.text, refused.text  # for the admin
    assert "réservée" in plain.text and "Gérer les événements" not in plain.text, plain.text
