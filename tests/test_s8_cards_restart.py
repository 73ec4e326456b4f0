"""Session 8, cards and restarts: a card closed at the start (« Commencé ») is not edited
again by the first tick of the next process. Before, a restart within 36 hours of an event's
start edited every copy of its card once more on both platforms (a deploy on event night: a
burst of edits taking the group's 20 a minute from live cards). Both real adapters against
both fakes, one SQLite file, an injected clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from test_s6_cross_week import CHANNEL_ID, Week, fakes, launch, stop
from test_s7_cards_started import (
    STARTED_FR,
    assert_closed,
    posted_everywhere,
    starts_at,
    tg_copies,
    tick_at,
)

from bot.scheduler import Scheduler
from recording import NOW, Clock
from storage import NewEvent, Storage


def edits_seen(week: Week, event_id: int) -> tuple[list[int], int]:
    """Edits of the Telegram copies, and the Discord card edits (PATCH) the fake received."""
    patches = sum(1 for c in week.dc.fake.calls if c.method == "PATCH"
                  and f"/channels/{CHANNEL_ID}/messages/" in c.path)
    return [c.edits for c in tg_copies(week, event_id)], patches


async def test_a_restart_does_not_edit_again_cards_already_closed(db_path: Path) -> None:
    async with fakes() as (tg, dc):
        week = await launch(tg, dc, db_path, Clock(NOW))
        try:
            games = await posted_everywhere(week)
            start = await starts_at(week, games)
            scheduler = Scheduler(week.core)
            await tick_at(week, scheduler, start - timedelta(minutes=1))
            await tick_at(week, scheduler, start + timedelta(seconds=30))
            assert_closed(week, games, STARTED_FR)
            before = edits_seen(week, games)
        finally:
            await stop(week)
        # A deploy at 20:40: a new process on the same file, the event still under way.
        week.clock.current = start + timedelta(minutes=40)
        week = await launch(tg, dc, db_path, week.clock)
        try:
            await tick_at(week, Scheduler(week.core), week.clock.current)
            assert edits_seen(week, games) == before
            # The next morning it turns over: edited once, as without the restart.
            scheduler = Scheduler(week.core)
            await tick_at(week, scheduler, start + timedelta(hours=13))
            assert "Terminé" in week.tg_card(games).visible
            after = edits_seen(week, games)
            assert after != before
            await tick_at(week, scheduler, start + timedelta(hours=13, minutes=1))
            assert edits_seen(week, games) == after
        finally:
            await stop(week)


async def test_a_restart_still_closes_cards_that_turned_while_it_was_down(
        db_path: Path) -> None:
    """Remembering the last turn must not hide one that happened while the bot was down."""
    async with fakes() as (tg, dc):
        week = await launch(tg, dc, db_path, Clock(NOW))
        try:
            games = await posted_everywhere(week)
            start = await starts_at(week, games)
            scheduler = Scheduler(week.core)
            await tick_at(week, scheduler, start - timedelta(hours=2))
            # Another event turned earlier, so something was remembered before the stop.
            await tick_at(week, scheduler, start - timedelta(hours=1))
        finally:
            await stop(week)
        week.clock.current = start + timedelta(minutes=10)
        week = await launch(tg, dc, db_path, week.clock)
        try:
            await tick_at(week, Scheduler(week.core), week.clock.current)
            assert_closed(week, games, STARTED_FR)
        finally:
            await stop(week)


async def test_the_old_copies_of_a_cancelled_card_are_handed_out_once(db_path: Path) -> None:
    """A cancelled event's retired copies are handed out once, with the live ones, to take
    « ANNULÉ »; then only the live ones. (A read, `Cards.live`, once marked them as shown
    too, so that « ANNULÉ » never reached them; it is gone: `to_edit` alone hands out.)"""
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(
            NewEvent("Jeux", NOW + timedelta(days=3), "Le Focus", capacity=10), NOW)
        for n in range(3):  # the oldest copy in the chat retires
            await store.cards.add(event.id, "telegram", "private-1", str(n), "fr", NOW)
        await store.events.cancel(event.id, NOW, "neige")
        assert [p.message_id for p in await store.cards.to_edit(event.id)] == ["0", "1", "2"]
        # Handed out once: the next edit reaches the live copies only.
        assert [p.message_id for p in await store.cards.to_edit(event.id)] == ["1", "2"]
    finally:
        await store.close()
