"""Storage on real SQLite files: capacity, waitlist order, promotion, restart, erasure."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from recording import NOW
from storage import NewEvent, Storage


async def _event(store: Storage, capacity: int | None = 40) -> int:
    event = await store.events.create(
        NewEvent(title="Soirée jeux", starts_at=NOW + timedelta(days=2), place="Le Focus",
                 kind="board_games", capacity=capacity), NOW)
    return event.id


async def _members(store: Storage, count: int) -> list[int]:
    return [(await store.members.identify("test", f"u{i}", f"Membre {i}", NOW)).id
            for i in range(count)]


@pytest.fixture
async def store(db_path: Path):  # type: ignore[no-untyped-def]
    opened = await Storage.open(db_path)
    yield opened
    await opened.close()


async def test_wal_foreign_keys_and_migrations_recorded(store: Storage) -> None:
    rows = await store.db.read("PRAGMA journal_mode")
    assert rows[0][0] == "wal"
    assert (await store.db.read("PRAGMA foreign_keys"))[0][0] == 1
    versions = await store.db.read("SELECT version FROM schema_migrations")
    assert [r[0] for r in versions][0] == 1


async def test_two_hundred_concurrent_rsvps_never_overbook(store: Storage) -> None:
    event_id = await _event(store, capacity=40)
    members = await _members(store, 200)
    outcomes = await asyncio.gather(
        *(store.rsvps.answer(event_id, m, "going", NOW) for m in members))
    going = [o for o in outcomes if o.status == "going"]
    waiting = [o for o in outcomes if o.status == "waitlisted"]
    counts = await store.rsvps.counts(event_id)
    assert counts.going_seats == 40 and len(going) == 40
    assert len(waiting) == 160 == counts.waitlist
    # Waitlist positions are the arrival order, without gaps.
    assert sorted(o.position for o in waiting) == list(range(1, 161))
    queue = [a.member_id for a in await store.rsvps.attendees(event_id) if a.state == "waitlisted"]
    first_waiting = [m for m, o in zip(members, outcomes, strict=True) if o.status == "waitlisted"]
    assert queue == first_waiting

    # Cancellations promote in queue order, one seat each.
    leaving = [m for m, o in zip(members, outcomes, strict=True) if o.status == "going"][:3]
    promoted = []
    for member_id in leaving:
        result = await store.rsvps.answer(event_id, member_id, "no", NOW)
        promoted += [p.member_id for p in result.promoted]
    assert promoted == queue[:3]
    assert (await store.rsvps.counts(event_id)).going_seats == 40


async def test_guests_need_room_and_big_groups_wait_while_smaller_ones_fit(
    store: Storage,
) -> None:
    event_id = await _event(store, capacity=4)
    a, b, c, d = await _members(store, 4)
    three_seats = await store.rsvps.answer(event_id, a, "going", NOW, guests=2)
    assert three_seats.status == "going"
    family = await store.rsvps.answer(event_id, b, "going", NOW, guests=2)
    assert (family.status, family.position) == ("waitlisted", 1)
    single = await store.rsvps.answer(event_id, c, "going", NOW)
    assert single.status == "going"  # the last seat
    # More guests than seats: the member keeps what they had.
    kept = await store.rsvps.answer(event_id, a, None, NOW, guests_delta=1)
    assert (kept.status, kept.seats) == ("kept", 3)
    # A freed seat is too small for the family of three: nobody promoted yet.
    assert (await store.rsvps.answer(event_id, c, "no", NOW)).promoted == ()
    # Two fewer guests free two seats: now the family fits.
    result = await store.rsvps.answer(event_id, a, None, NOW, guests=0)
    assert [p.member_id for p in result.promoted] == [b]
    assert (await store.rsvps.counts(event_id)).going_seats == 4
    del d


async def test_raising_capacity_promotes_the_waitlist(store: Storage) -> None:
    event_id = await _event(store, capacity=1)
    a, b, c = await _members(store, 3)
    for member in (a, b, c):
        await store.rsvps.answer(event_id, member, "going", NOW)
    result = await store.events.update(event_id, NOW, capacity=2)
    assert result is not None
    assert [p.member_id for p in result[1]] == [b]


async def test_rsvp_closed_when_started_or_cancelled(store: Storage) -> None:
    event_id = await _event(store)
    (member,) = await _members(store, 1)
    later = NOW + timedelta(days=3)
    assert (await store.rsvps.answer(event_id, member, "going", later)).status == "closed"
    await store.events.cancel(event_id, NOW)
    assert (await store.rsvps.answer(event_id, member, "going", NOW)).status == "cancelled"
    assert (await store.rsvps.counts(event_id)).going_seats == 0


async def test_data_survives_a_restart(db_path: Path) -> None:
    first = await Storage.open(db_path)
    event_id = await _event(first, capacity=1)
    a, b = await _members(first, 2)
    await first.rsvps.answer(event_id, a, "going", NOW, guests=0)
    await first.rsvps.answer(event_id, b, "going", NOW)
    await first.cards.add(event_id, "telegram", "-100", "7", "fr", NOW)
    await first.close()

    second = await Storage.open(db_path)
    try:
        assert (await second.events.get(event_id)) is not None
        people = await second.rsvps.attendees(event_id)
        assert [(p.member_id, p.state) for p in people] == [(a, "going"), (b, "waitlisted")]
        assert [p.message_id for p in await second.cards.to_edit(event_id)] == ["7"]
        versions = await second.db.read("SELECT COUNT(*) FROM schema_migrations")
        assert versions[0][0] >= 1
    finally:
        await second.close()


async def test_erasing_a_member_frees_their_seat_for_the_waitlist(store: Storage) -> None:
    event_id = await _event(store, capacity=1)
    a, b = await _members(store, 2)
    await store.rsvps.answer(event_id, a, "going", NOW)
    await store.rsvps.answer(event_id, b, "going", NOW)
    promoted = await store.members.erase(a, NOW)
    assert [(e, p.member_id) for e, p in promoted] == [(event_id, b)]
    assert await store.members.get(a) is None
    assert await store.members.export(a) == {}
    assert [p.member_id for p in await store.rsvps.attendees(event_id)] == [b]


def _previous_release(db_path: Path) -> None:
    """A database as the release before issue 8 left it: migrations 0001 and 0002 only."""
    folder = Path(__file__).resolve().parent.parent / "storage" / "migrations"
    with sqlite3.connect(db_path) as raw:
        raw.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        for version, name in ((1, "0001_init.sql"), (2, "0002_scheduling.sql")):
            raw.executescript((folder / name).read_text(encoding="utf-8"))
            raw.execute("INSERT INTO schema_migrations VALUES (?, ?, '2026-11-01T00:00:00Z')",
                        (version, name))
        raw.execute("INSERT INTO events (kind, title, starts_at, place, created_at, updated_at)"
                    " VALUES ('other', 'Jeux', '2026-12-05T19:00:00Z', 'Le Focus',"
                    " '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')")
        rows = [(1, "announce", "1")] + [(1, "group", str(n)) for n in range(2, 12)]
        raw.executemany("INSERT INTO posted_messages (event_id, platform, chat_id, message_id,"
                        " posted_at) VALUES (?, 'telegram', ?, ?, '2026-11-01T00:00:00Z')", rows)
    raw.close()


async def test_previous_release_migrates_and_its_surplus_copies_retire(db_path: Path) -> None:
    _previous_release(db_path)
    store = await Storage.open(db_path)
    try:
        live = [p.message_id for p in await store.cards.to_edit(1)]
        # The first card in each chat counts as its announcement; then the latest two.
        assert live == ["1", "2", "10", "11"]
        await store.cards.add(1, "telegram", "group", "12", "fr", NOW)
        assert [p.message_id for p in await store.cards.to_edit(1)] == ["1", "2", "11", "12"]
        await store.cards.add(1, "telegram", "group", "13", "fr", NOW)
        assert [p.message_id for p in await store.cards.to_edit(1)] == ["1", "2", "12", "13"]
        # A press on a retired copy brings it back; a message never posted as a card does not.
        assert await store.cards.revive(1, "telegram", "group", "5") is True
        assert [p.message_id for p in await store.cards.to_edit(1)] == ["1", "2", "5", "13"]
        assert await store.cards.revive(1, "telegram", "group", "999") is False
        assert await store.cards.revive(2, "telegram", "group", "13") is False
    finally:
        await store.close()


async def test_copies_per_event_are_bounded_but_announcements_are_not(store: Storage) -> None:
    event_id = await _event(store)
    for n in range(5):
        await store.cards.add(event_id, "discord", f"news-{n}", f"a{n}", "fr", NOW,
                               announcement=True)
    for n in range(120):
        await store.cards.add(event_id, "telegram", f"private-{n}", f"m{n}", "fr", NOW)
    live = [p.message_id for p in await store.cards.to_edit(event_id)]
    assert live[:5] == [f"a{n}" for n in range(5)]
    assert live[5:] == [f"m{n}" for n in range(70, 120)]


async def test_secure_delete_is_on_for_both_connections(store: Storage) -> None:
    assert (await store.db.read("PRAGMA secure_delete"))[0][0] == 1
    async with store.db.transaction() as db:
        assert list(await db.execute_fetchall("PRAGMA secure_delete"))[0][0] == 1


async def test_upcoming_events_come_with_their_counts_in_one_read(store: Storage) -> None:
    """/events: one query for the whole list, not one per event."""
    first, second = await _event(store, capacity=2), await _event(store, capacity=None)
    a, b, c = await _members(store, 3)
    for member in (a, b, c):
        await store.rsvps.answer(first, member, "going", NOW)
    await store.rsvps.answer(second, a, "maybe", NOW)
    await store.events.create(NewEvent(title="Passé", starts_at=NOW - timedelta(days=1),
                                       place="Le Focus"), NOW - timedelta(days=2))
    listed = await store.events.upcoming_with_counts(NOW, 25)
    assert [e.id for e, _ in listed] == [e.id for e in await store.events.upcoming(NOW, 25)]
    for event, counts in listed:
        assert counts == await store.rsvps.counts(event.id)
    assert listed[0][1].going_seats == 2 and listed[0][1].waitlist == 1


FOREIGN_KEYS = (
    ("reminder_deliveries", "member_id"), ("events", "created_by"), ("series", "created_by"),
    ("faq_entries", "updated_by"), ("scheduled_announcements", "created_by"),
    ("scheduled_announcements", "event_id"), ("rsvps", "member_id"),
    ("reminder_deliveries", "event_id"), ("posted_messages", "event_id"),
    ("events", "series_id"),
)


async def test_every_foreign_key_column_is_indexed(store: Storage) -> None:
    """Erasing a member (or deleting an event) finds their rows through an index instead of
    reading whole tables while every other write waits."""
    for table, column in FOREIGN_KEYS:
        plan = await store.db.read(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = 1")
        detail = " ".join(str(r[-1]) for r in plan)
        assert "USING" in detail and "INDEX" in detail, f"{table}.{column}: {detail}"


