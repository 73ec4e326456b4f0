"""Session 6, Discord: a slow answer to a public command. Discord wants an answer within 3 s,
so a slow one is held with « Le Focus réfléchit… », shown to the channel for a public
command (/evenement, /evenements, /prochain, /nouvelevenement). Discord puts the first
follow-up in place of that message, with its visibility: a private refusal (« Je ne trouve
pas d'événement #4242 », « réservée aux organisateur·rice·s ») was shown to the whole
channel. Now the public « thinking » goes, and the refusal comes privately."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, BOB, Harness, held_back, running, seats_of

from fakes.discord_api import APP_ID, CHANNEL_ID, OTHER_CHANNEL_ID, path_starts
from recording import plain

EPHEMERAL = 64
THREAD_ID = 900_000_000_000_000_250  # a thread of #annonces


async def _slowly(dc: Harness, payload: dict[str, Any]) -> None:
    """The core answers only once Discord has been told to wait."""
    dc.adapter.defer_after = 0.01
    gate = held_back(dc.core)
    iid = await dc.fake.deliver(payload)
    [deferral] = await dc.fake.wait_for(path_starts(f"/interactions/{iid}/"))
    assert deferral.json["type"] == 5
    gate.set()
    await dc.fake.wait_for(path_starts(f"/webhooks/{APP_ID}/{payload['token']}"))
    await dc.settle()


def _seen_by_all(dc: Harness) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if int(m["channel_id"]) == CHANNEL_ID and not int(m["flags"]) & EPHEMERAL]


async def test_a_slow_public_command_refused_is_not_shown_to_the_channel(
        db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 5)
        before = len(_seen_by_all(dc))
        await _slowly(dc, dc.fake.slash("event", {"event": 4242}, user=ALICE))
        public = _seen_by_all(dc)[before:]
        private = [m for m in dc.fake.messages.values() if int(m["flags"]) & EPHEMERAL]
        assert not public, public  # neither the refusal nor an empty « thinking »
        assert any("#4242" in plain(m["content"]) for m in private), private
        # A slow card is still posted for the channel, and kept live.
        await _slowly(dc, dc.fake.slash("event", {"event": event_id}, user=BOB))
        dc.adapter.defer_after = 5.0
        [card] = _seen_by_all(dc)[before:]
        await dc.command("rsvp", {"event": event_id}, user=ALICE)
        assert seats_of(dc.fake.messages[int(card["id"])]).startswith("1/5")


async def test_a_card_shown_where_the_bot_cannot_see_only_stops_being_live(
        db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """/evenement in a channel the bot's role cannot see is answered (interactions need no
    access), but every later answer to that event logged a traceback (« could not update
    card », 403 Missing Access) for each copy there, at every seat change."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 5)
        dc.fake.no_view.add(OTHER_CHANNEL_ID)
        shown = await dc.command("event", {"event": event_id}, user=BOB,
                                 channel_id=OTHER_CHANNEL_ID)
        assert shown.embeds and shown.ephemeral == [False]
        with caplog.at_level(logging.INFO):
            await dc.command("rsvp", {"event": event_id}, user=ALICE)
            await dc.command("rsvp", {"event": event_id}, user=BOB)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


async def test_a_card_in_a_thread_that_went_quiet_only_stops_being_live(
        db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """/evenement in a thread: Discord archives a thread after a day without messages, and
    every answer to that event then logged a traceback (« could not update card », 50083
    Thread is archived)."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 5)
        await dc.command("event", {"event": event_id}, user=BOB, channel_id=THREAD_ID)
        dc.fake.archived.add(THREAD_ID)
        with caplog.at_level(logging.INFO):
            await dc.command("rsvp", {"event": event_id}, user=ALICE)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
