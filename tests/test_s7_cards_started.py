"""Session 7, cards at the start: once an event has started, every posted copy of its card
(the Telegram group, a parent's private copy, the Discord channel) stops offering « Je viens »
and live counts; a tap there only answered « a déjà commencé : les réponses sont fermées ».
The scheduler's tick finds the events that turned, a restart after the start included; both
real adapters against both fakes, an injected clock, no sleeping."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from test_s6_cross_week import (
    CAMILLE,
    CHANNEL_ID,
    GROUP,
    LIAM,
    SOPHIE,
    Week,
    announce_games,
    buttons_dc,
    fakes,
    launch,
    stop,
)
from test_s6_cross_week import week as week  # the fixture

from bot.cards import build_card
from bot.i18n import using
from bot.scheduler import Scheduler
from fakes.telegram_api import Stored
from recording import NOW, Clock

STARTED_FR = "Commencé — les réponses sont fermées"


def tg_copies(week: Week, event_id: int) -> list[Stored]:
    """Every Telegram message showing the card: the group's and Sophie's private ones."""
    return [m for chat in (GROUP, SOPHIE["id"]) for m in week.tg.fake.chat(chat)
            if f"#{event_id} · Soirée jeux" in m.visible]


def dc_copies(week: Week) -> list[dict[str, Any]]:
    return week.dc.cards_in(CHANNEL_ID)


async def posted_everywhere(week: Week) -> int:
    """The games night announced on both platforms, plus three private copies on Telegram
    (only the latest two follow every change: the oldest is retired) and a copy asked for
    in the Discord channel."""
    games = await announce_games(week)
    for _ in range(3):
        await week.tg_say(SOPHIE, f"/evenement {games}")
    await week.dc_slash("event", {"event": games}, user=LIAM, locale="en-US")
    assert len(tg_copies(week, games)) == 4 and len(dc_copies(week)) == 2
    return games


async def starts_at(week: Week, event_id: int) -> datetime:
    event = await week.core.storage.events.get(event_id)
    assert event is not None
    return event.starts_at


async def tick_at(week: Week, scheduler: Scheduler, moment: datetime) -> None:
    week.clock.current = moment
    await scheduler.tick(moment)
    await week.settle()


def assert_closed(week: Week, event_id: int, *statuses: str) -> None:
    for card in tg_copies(week, event_id):
        assert any(s in card.visible for s in statuses), card.visible
        assert not card.button_data, card.button_labels
        assert "places" not in card.visible and "libre" not in card.visible, card.visible
    for message in dc_copies(week):
        assert not buttons_dc(message), message["components"]
        assert not any(f["name"] == "👥" for f in message["embeds"][0]["fields"]), message


async def test_a_started_card_has_no_answer_button_and_no_count_on_both_adapters(
        week: Week) -> None:
    """Through the real adapters: the card built after the start edits every copy into one
    that offers nothing to press and no « 3 libres » that reads as open."""
    games = await posted_everywhere(week)
    event = await week.core.storage.events.get(games)
    assert event is not None
    counts = await week.core.storage.rsvps.counts(games)
    after = event.starts_at + timedelta(minutes=5)
    for card in tg_copies(week, games):
        with using("fr"):
            await week.tg.adapter.edit_card(str(card.chat_id), str(card.message_id),
                                            build_card(event, counts, after))
    for message in dc_copies(week):
        with using("en"):
            await week.dc.adapter.edit_card(str(CHANNEL_ID), str(message["id"]),
                                            build_card(event, counts, after))
    await week.settle()
    assert_closed(week, games, STARTED_FR)
    assert "👥" not in tg_copies(week, games)[0].visible
    # The next morning it reads over.
    with using("en"):
        card = build_card(event, counts, event.starts_at + timedelta(hours=13))
    assert card.status_text == "Over" and not card.buttons and not card.seats_text
    # A cancelled event keeps « ANNULÉ » after its start.
    await week.tg_say(CAMILLE, f"/annuler {games} tempête confirmer")
    cancelled = await week.core.storage.events.get(games)
    assert cancelled is not None
    with using("fr"):
        card = build_card(cancelled, counts, after)
    assert card.status_text == "ANNULÉ" and not card.buttons, card


async def test_a_started_card_says_so_on_discord_too(week: Week) -> None:
    games = await posted_everywhere(week)
    event = await week.core.storage.events.get(games)
    assert event is not None
    counts = await week.core.storage.rsvps.counts(games)
    message = dc_copies(week)[0]
    with using("en"):
        await week.dc.adapter.edit_card(str(CHANNEL_ID), str(message["id"]), build_card(
            event, counts, event.starts_at + timedelta(minutes=5)))
    await week.settle()
    assert "Started — answers are closed" in str(dc_copies(week)[0]["embeds"])


async def test_at_the_start_every_copy_closes_and_the_next_morning_reads_over(
        week: Week) -> None:
    games = await posted_everywhere(week)
    start = await starts_at(week, games)
    scheduler = Scheduler(week.core)
    await tick_at(week, scheduler, start - timedelta(minutes=1))
    assert all(c.button_data for c in tg_copies(week, games))  # still open: nothing changed
    await tick_at(week, scheduler, start + timedelta(seconds=30))
    assert_closed(week, games, STARTED_FR)
    edits = [c.edits for c in tg_copies(week, games)]
    await tick_at(week, scheduler, start + timedelta(minutes=1))
    assert [c.edits for c in tg_copies(week, games)] == edits  # once, not at every tick
    await tick_at(week, scheduler, start + timedelta(hours=13))  # the next morning
    # The cards that follow every change read over; the retired private copy was closed
    # once at the start (« Commencé » stays true) and is not edited again.
    assert_closed(week, games, "Terminé", STARTED_FR)
    assert "Terminé" in week.tg_card(games).visible
    assert "Terminé" in tg_copies(week, games)[-1].visible  # Sophie's latest copy
    assert "Over" in str(dc_copies(week)[-1]["embeds"])  # Liam's copy, in English


async def test_a_restart_after_the_start_closes_the_cards_at_its_first_tick(
        db_path: Path) -> None:
    async with fakes() as (tg, dc):
        week = await launch(tg, dc, db_path, Clock(NOW))
        try:
            games = await posted_everywhere(week)
            start = await starts_at(week, games)
            await tick_at(week, Scheduler(week.core), start - timedelta(hours=1))
        finally:
            await stop(week)
        # Down over the start; back two hours later, a new process.
        week.clock.current = start + timedelta(hours=2)
        week = await launch(tg, dc, db_path, week.clock)
        try:
            await tick_at(week, Scheduler(week.core), week.clock.current)
            assert_closed(week, games, STARTED_FR)
        finally:
            await stop(week)
