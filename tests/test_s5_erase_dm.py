"""Session 5, erasure on Discord: the cards the bot showed in a member's private chat go with
the member. On Telegram a private chat's id is the member's own, so /oubliemoi found those
cards; a Discord private chat has an id of its own, and its cards stayed on record after
/oubliemoi, naming the erased member's chat and edited on every change.

Real discord.py against the fake Discord on 127.0.0.1, the real core and SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from test_discord_adapter import (
    ALICE,
    BOB,
    MANON,
    MEMBERS,
    ORGA,
    Harness,
    launch,
    running,
    seats_of,
    shutdown,
)

from fakes.discord_api import CHANNEL_ID, FakeDiscord
from recording import NOW, Clock, on_disk


def _dm_cards(dc: Harness, user: int) -> list[dict[str, Any]]:
    """The cards (embeds) the bot posted in `user`'s private chat, oldest first."""
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["embeds"]]


def _seats(dc: Harness, card: dict[str, Any]) -> str:
    return seats_of(dc.fake.messages[int(card["id"])])


def _edits_of(dc: Harness, card: dict[str, Any]) -> int:
    return len([c for c in dc.fake.calls_to("PATCH", f"/messages/{card['id']}")])


async def _recorded_chats(dc: Harness) -> set[str]:
    rows = await dc.core.storage.db.read("SELECT chat_id FROM posted_messages")
    return {r[0] for r in rows}


async def _cards_in_private(dc: Harness) -> tuple[int, dict[str, Any], dict[str, Any]]:
    """An event; Alice opens its card by typing « /evenement N » in her private chat with
    the bot, Bob with the slash command /evenement used there. Both cards follow a count
    change, as any card does."""
    event_id = await dc.new_event("Ciné-club", 10)
    await dc.fake.say_in_dm(ALICE, f"/evenement {event_id}")
    await dc.fake.wait_until(lambda: bool(_dm_cards(dc, ALICE)))
    await dc.command("event", {"event": event_id}, user=BOB, dm=True)
    await dc.settle()
    [alice_card] = _dm_cards(dc, ALICE)
    [bob_card] = _dm_cards(dc, BOB)
    await dc.command("rsvp", {"event": event_id}, user=ORGA)
    assert _seats(dc, alice_card).startswith("1/10"), _seats(dc, alice_card)
    assert _seats(dc, bob_card).startswith("1/10"), _seats(dc, bob_card)
    return event_id, alice_card, bob_card


async def test_typed_erasure_drops_the_card_shown_in_the_private_chat(db_path: Path) -> None:
    """Alice typed « /evenement 1 » to the bot, then « /oubliemoi confirmer »: her private
    chat stayed on record and its card was edited at each new answer."""
    async with running(db_path) as dc:
        event_id, alice_card, bob_card = await _cards_in_private(dc)
        alice_chat = alice_card["channel_id"]
        assert alice_chat in await _recorded_chats(dc)
        await dc.fake.say_in_dm(ALICE, "/oubliemoi confirmer")
        await dc.fake.wait_until(lambda: any(
            "effac" in m["content"] for m in dc.fake.messages.values()
            if m["channel_id"] == alice_chat))
        await dc.settle()
        edits = _edits_of(dc, alice_card)
        await dc.command("rsvp", {"event": event_id, "guests": 1}, user=MANON)
        await dc.settle()
        assert seats_of(dc.cards_in(CHANNEL_ID)[-1]).startswith("3/10")
        assert _edits_of(dc, alice_card) == edits  # her chat is left alone
        assert _seats(dc, alice_card).startswith("1/10")
        assert _seats(dc, bob_card).startswith("3/10")  # Bob's card still follows
        assert alice_chat not in await _recorded_chats(dc)
        assert bob_card["channel_id"] in await _recorded_chats(dc)
    assert alice_chat.encode() not in on_disk(db_path)


async def test_slash_erasure_in_the_private_chat_drops_its_card(db_path: Path) -> None:
    """Bob used /evenement, then /oubliemoi confirmer:Oui, in his private chat with the
    bot (slash commands there are interactions, not typed messages)."""
    async with running(db_path) as dc:
        event_id, alice_card, bob_card = await _cards_in_private(dc)
        bob_chat = bob_card["channel_id"]
        erased = await dc.command("forgetme", {"confirm": "yes"}, user=BOB, dm=True)
        assert "effac" in erased.text, erased.text
        edits = _edits_of(dc, bob_card)
        await dc.command("rsvp", {"event": event_id, "guests": 1}, user=MANON)
        await dc.settle()
        assert _edits_of(dc, bob_card) == edits
        assert _seats(dc, bob_card).startswith("1/10")
        assert _seats(dc, alice_card).startswith("3/10")
        assert bob_chat not in await _recorded_chats(dc)
    assert bob_chat.encode() not in on_disk(db_path)


def _as_before_the_upgrade(db_path: Path) -> None:
    """The file as the previous release left it: the same tables, without the column that
    names who a private chat belongs to, its index and its migration's record."""
    conn = sqlite3.connect(db_path)
    try:
        index = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'"
                             " AND sql LIKE '%private_to%'").fetchall()
        for (name,) in index:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("ALTER TABLE posted_messages DROP COLUMN private_to")
        conn.execute("DELETE FROM schema_migrations WHERE version = 16")
        conn.commit()
    finally:
        conn.close()


async def test_an_upgraded_database_keeps_its_cards_and_erases_private_ones(
        db_path: Path) -> None:
    """Restarting on a database from before: the card announced before keeps following the
    counts. Alice had opened the event in her private chat before the upgrade and opens it
    there again after: when she erases her data, neither card is edited on nor on record."""
    clock = Clock(NOW)
    async with FakeDiscord(members=MEMBERS) as fake:
        first = await launch(fake, db_path, clock)
        event_id = await first.new_event("Ciné-club", 10)
        announced = await first.announce(event_id)
        await first.fake.say_in_dm(ALICE, f"/evenement {event_id}")
        await first.fake.wait_until(lambda: bool(_dm_cards(first, ALICE)))
        await first.command("rsvp", {"event": event_id}, user=ORGA)
        await shutdown(first)
        _as_before_the_upgrade(db_path)

        dc = await launch(fake, db_path, clock)  # new client, the same database, upgraded
        try:
            versions = await dc.core.storage.db.read("SELECT version FROM schema_migrations")
            assert 16 in {v[0] for v in versions}
            await dc.command("event", {"event": event_id}, user=ALICE, dm=True)
            old_card, new_card = _dm_cards(dc, ALICE)
            await dc.command("rsvp", {"event": event_id}, user=BOB)
            for card in (announced, old_card, new_card):
                assert _seats(dc, card).startswith("2/10"), _seats(dc, card)
            await dc.command("forgetme", {"confirm": "yes"}, user=ALICE, dm=True)
            await dc.command("rsvp", {"event": event_id, "guests": 1}, user=MANON)
            assert _seats(dc, announced).startswith("4/10")
            for card in (old_card, new_card):
                assert _seats(dc, card).startswith("2/10"), _seats(dc, card)
            assert old_card["channel_id"] not in await _recorded_chats(dc)
        finally:
            await shutdown(dc)
