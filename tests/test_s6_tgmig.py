"""The parents' Telegram group turned into a supergroup (an admin turned on topics or visible
history, or it grew): Telegram gives it a new chat id and refuses the old one. The bot keeps
working in the new group for this run and tells the organisers which line to change."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_telegram_adapter import (
    FAST,
    LEA,
    NEWS,
    ORGA,
    TOKEN,
    TOM,
    Harness,
    ObservedAdapter,
    new_event,
    settings_for,
)

from bot.app import create_core
from fakes.telegram_api import FakeTelegram, Stored
from recording import NOW, Clock

BASIC = -4012345678  # the parents' group as first created: a basic group
SUPER = -1009876543210  # the same group once a supergroup


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[Harness]:
    async with FakeTelegram(TOKEN) as fake:
        settings = settings_for(fake, tmp_path, telegram_announce_chat_ids=(BASIC, NEWS))
        clock = Clock(NOW)
        core = await create_core(settings, clock=clock, card_interval=0, seed_demo=False)
        adapter = ObservedAdapter(settings, limits=FAST, poll_timeout=1)
        core.add_adapter(adapter)
        await adapter.start(core)
        harness = Harness(fake, core, adapter, clock)
        try:
            yield harness
        finally:
            await harness.close()


def cards_in(tg: Harness, chat: int) -> list[Stored]:
    return [m for m in tg.fake.chat(chat) if m.button_data]


def to_organiser(tg: Harness) -> list[str]:
    """What the organiser was told about the configuration line."""
    return [m.visible for m in tg.fake.chat(ORGA["id"])
            if "TELEGRAM_ANNOUNCE_CHAT_IDS" in m.visible]


async def test_an_announcement_after_the_change_reaches_the_new_group_and_organisers_are_told(
        tg: Harness, caplog: pytest.LogCaptureFixture) -> None:
    event_id = await new_event(tg)
    tg.fake.migrate(BASIC, SUPER, updates=False)  # the bot was not running when it happened
    caplog.set_level(logging.INFO)
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = cards_in(tg, SUPER)
    assert "Soirée jeux" in card.visible
    confirmation = [m.visible for m in tg.fake.chat(ORGA["id"]) if "2" in m.visible]
    assert confirmation
    # The organiser reads, in plain words, the line to put in the configuration.
    [told] = await tg.fake.wait_for(lambda: to_organiser(tg) or None)
    assert f"TELEGRAM_ANNOUNCE_CHAT_IDS={SUPER},{NEWS}" in told
    assert "supergroupe" in told
    # Parents answer on the card in the new group: it updates there.
    toast = await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    assert toast.startswith("Inscrit")
    assert "1/3" in cards_in(tg, SUPER)[0].visible
    # A second announcement goes straight to the new group; the organiser is told once.
    refused = [c for c in tg.fake.calls if c.params.get("chat_id") == BASIC]
    second = await new_event(tg, "Atelier | 2026-12-06 15:00 | 8")
    await tg.say(ORGA, f"/annoncer {second}")
    assert len(cards_in(tg, SUPER)) == 2
    assert [c for c in tg.fake.calls if c.params.get("chat_id") == BASIC] == refused
    assert len(to_organiser(tg)) == 1
    logged = [r.getMessage() for r in caplog.records if str(SUPER) in r.getMessage()
              and "TELEGRAM_ANNOUNCE_CHAT_IDS" in r.getMessage()]
    assert len(logged) == 1
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


async def test_the_service_message_tells_the_organisers_once_before_any_announcement(
        tg: Harness) -> None:
    tg.fake.migrate(BASIC, SUPER)
    [told] = await tg.fake.wait_for(lambda: to_organiser(tg) or None)
    assert f"TELEGRAM_ANNOUNCE_CHAT_IDS={SUPER},{NEWS}" in told
    # Nothing was tried in the old group, nothing was said in either group.
    assert not [c for c in tg.fake.calls if c.params.get("chat_id") in (BASIC, SUPER)]
    event_id = await new_event(tg)
    await tg.say(ORGA, f"/annoncer {event_id}")
    assert len(cards_in(tg, SUPER)) == 1
    assert not [c for c in tg.fake.calls if c.params.get("chat_id") == BASIC]
    assert len(to_organiser(tg)) == 1


async def test_a_card_posted_before_the_change_comes_back_live_in_the_new_group(
        tg: Harness) -> None:
    event_id = await new_event(tg)
    await tg.say(ORGA, f"/annoncer {event_id}")
    [old] = cards_in(tg, BASIC)
    tg.fake.migrate(BASIC, SUPER)
    await tg.fake.wait_for(lambda: to_organiser(tg) or None)
    # The old message cannot be edited any more: at the next answer the card is posted
    # again in the new group, quietly, with the new count.
    await tg.say(LEA, f"/participer {event_id} oui")
    [card] = cards_in(tg, SUPER)
    assert "1/3" in card.visible
    sent = [c for c in tg.fake.ok_calls("sendMessage") if c.params["chat_id"] == SUPER]
    assert sent[-1].params.get("disable_notification") in (True, "true", "True")
    assert "0/3" in tg.fake.messages[(BASIC, old.message_id)].visible  # history stays
    # And it stays live there: the next answer edits it, no third copy.
    await tg.say(TOM, f"/rsvp {event_id} yes")
    [card] = cards_in(tg, SUPER)
    assert "2/3" in card.visible
    assert "2/3" in cards_in(tg, NEWS)[0].visible


async def test_after_a_restart_a_card_posted_again_in_the_new_group_is_not_posted_twice(
        tg: Harness, tmp_path: Path) -> None:
    event_id = await new_event(tg)
    await tg.say(ORGA, f"/annoncer {event_id}")
    tg.fake.migrate(BASIC, SUPER)
    await tg.fake.wait_for(lambda: to_organiser(tg) or None)
    await tg.say(LEA, f"/participer {event_id} oui")
    assert len(cards_in(tg, SUPER)) == 1
    # The volunteer changed the line as told and restarted the bot.
    await tg.adapter.stop()
    settings = settings_for(tg.fake, tmp_path, telegram_announce_chat_ids=(SUPER, NEWS))
    adapter = ObservedAdapter(settings, limits=FAST, poll_timeout=1)
    tg.core.add_adapter(adapter)
    await adapter.start(tg.core)
    tg.adapter, tg.pushed = adapter, 0
    await tg.say(TOM, f"/rsvp {event_id} yes")
    [card] = cards_in(tg, SUPER)
    assert "2/3" in card.visible
