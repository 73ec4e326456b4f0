"""The door: who of those going came (checked in), people who came without answering
(walk-ins, a number only), and the history the association's yearly report is made from.

A check-in belongs to an answer (`rsvps` row): erasing a member or removing a desk entry takes
their check-ins with it (a foreign key), so the door keeps nothing of someone who is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.base import Database, from_db, to_db

# Events that count in the numbers: held as planned (not cancelled), not the demo seed.
_HELD = "e.status = 'scheduled' AND e.is_demo = 0"
# The platform of people an organiser registered by phone or at the desk (storage.party).
DESK = "desk"


@dataclass(frozen=True)
class DoorEntry:
    """One answer "going": a member (and guests, `seats` in all) or a desk entry."""

    member_id: int
    display_name: str
    platform: str
    seats: int
    present: bool


@dataclass(frozen=True)
class DoorSheet:
    """The door list of one event. `kept`: somebody used the door for it (a tap or a
    walk-in), so its presence figures mean something."""

    entries: tuple[DoorEntry, ...]
    walk_ins: int
    kept: bool

    @property
    def present_seats(self) -> int:
        return sum(e.seats for e in self.entries if e.present)

    @property
    def booked_seats(self) -> int:
        return sum(e.seats for e in self.entries)


@dataclass(frozen=True)
class HeldEvent:
    event_id: int
    kind: str
    starts_at: datetime
    free: bool
    door_kept: bool
    walk_ins: int


@dataclass(frozen=True)
class Booking:
    """A "going" answer to a held event. `first_time`: the member's first held event ever.
    `desk`: someone an organiser registered by hand (a new row each time: not a member who
    can be followed from one event to the next)."""

    event_id: int
    member_id: int
    seats: int
    present: bool
    first_time: bool
    desk: bool = False


class Attendance:
    """Check-ins, walk-ins and the history of held events."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def sheet(self, event_id: int) -> DoorSheet:
        """Everyone going, with who is checked in (in the order they answered; the door list
        shows them by name)."""
        rows = await self.db.read(
            "SELECT m.id, m.display_name, m.platform, r.seats, c.member_id IS NOT NULL"
            " FROM rsvps r JOIN members m ON m.id = r.member_id"
            " LEFT JOIN checkins c ON c.event_id = r.event_id AND c.member_id = r.member_id"
            " WHERE r.event_id = ? AND r.state = 'going' ORDER BY r.created_at, m.id",
            (event_id,),
        )
        door = await self.db.read("SELECT walk_ins FROM door_counts WHERE event_id = ?",
                                  (event_id,))
        entries = tuple(DoorEntry(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows)
        return DoorSheet(entries, door[0][0] if door else 0, bool(door))

    async def toggle(self, event_id: int, member_id: int, now: datetime) -> bool | None:
        """Check someone in, or undo it; their new state, or None when they hold no seat
        (a stale or forged button: nothing is written)."""
        stamp = to_db(now)
        async with self.db.transaction() as db:
            going = list(await db.execute_fetchall(
                "SELECT c.member_id IS NOT NULL FROM rsvps r LEFT JOIN checkins c"
                " ON c.event_id = r.event_id AND c.member_id = r.member_id"
                " WHERE r.event_id = ? AND r.member_id = ? AND r.state = 'going'",
                (event_id, member_id)))
            if not going:
                return None
            if going[0][0]:
                await db.execute("DELETE FROM checkins WHERE event_id = ? AND member_id = ?",
                                 (event_id, member_id))
            else:
                await db.execute("INSERT INTO checkins (event_id, member_id, checked_at)"
                                 " VALUES (?, ?, ?)", (event_id, member_id, stamp))
            await _keep_door(db, event_id, 0, stamp)
        return not going[0][0]

    async def add_walk_ins(self, event_id: int, delta: int, now: datetime) -> int:
        """Move the walk-in count by `delta` (never below zero); the new count."""
        async with self.db.transaction() as db:
            return await _keep_door(db, event_id, delta, to_db(now))

    async def held(self, start: datetime, end: datetime, now: datetime
                   ) -> tuple[list[HeldEvent], list[Booking]]:
        """Events held from `start` (included) to `end` (excluded) and already started at
        `now`, with every seat booked for them. A booking is a first time when it is the
        member's earliest held event, whenever that was."""
        bounds = (to_db(start), to_db(end), to_db(now))
        events = await self.db.read(
            "SELECT e.id, e.kind, e.starts_at, e.price_cents = 0, d.event_id IS NOT NULL,"
            " COALESCE(d.walk_ins, 0) FROM events e"
            " LEFT JOIN door_counts d ON d.event_id = e.id"
            f" WHERE {_HELD} AND e.starts_at >= ? AND e.starts_at < ? AND e.starts_at <= ?"
            " ORDER BY e.starts_at, e.id",
            bounds,
        )
        bookings = await self.db.read(
            "WITH firsts AS (SELECT member_id, event_id FROM ("
            "  SELECT r.member_id, r.event_id, ROW_NUMBER() OVER ("
            "   PARTITION BY r.member_id ORDER BY e.starts_at, e.id) AS n"
            f"  FROM rsvps r JOIN events e ON e.id = r.event_id"
            f"  WHERE r.state = 'going' AND {_HELD} AND e.starts_at <= ?) WHERE n = 1)"
            " SELECT r.event_id, r.member_id, r.seats, c.member_id IS NOT NULL,"
            " f.event_id IS NOT NULL, m.platform = ?"
            " FROM rsvps r JOIN events e ON e.id = r.event_id"
            " JOIN members m ON m.id = r.member_id"
            " LEFT JOIN checkins c ON c.event_id = r.event_id AND c.member_id = r.member_id"
            " LEFT JOIN firsts f ON f.member_id = r.member_id AND f.event_id = r.event_id"
            f" WHERE r.state = 'going' AND {_HELD}"
            " AND e.starts_at >= ? AND e.starts_at < ? AND e.starts_at <= ?"
            " ORDER BY r.event_id, r.member_id",
            (bounds[2], DESK, *bounds),
        )
        return (
            [HeldEvent(r[0], r[1], from_db(r[2]), bool(r[3]), bool(r[4]), r[5])
             for r in events],
            [Booking(r[0], r[1], r[2], bool(r[3]), bool(r[4]), bool(r[5])) for r in bookings],
        )

    async def of_member(self, member_id: int) -> list[tuple[int, datetime]]:
        """(event id, checked at) of one member's check-ins, for their data export."""
        rows = await self.db.read(
            "SELECT event_id, checked_at FROM checkins WHERE member_id = ? ORDER BY checked_at",
            (member_id,))
        return [(r[0], from_db(r[1])) for r in rows]


async def _keep_door(db: aiosqlite.Connection, event_id: int, delta: int, stamp: str) -> int:
    """Mark the door as kept for this event and move its walk-ins; the new walk-in count."""
    rows = await db.execute_fetchall(
        "INSERT INTO door_counts (event_id, walk_ins, updated_at) VALUES (?, MAX(?, 0), ?)"
        " ON CONFLICT (event_id) DO UPDATE SET walk_ins = MAX(walk_ins + ?, 0),"
        " updated_at = excluded.updated_at RETURNING walk_ins",
        (event_id, delta, stamp, delta))
    return int(next(iter(rows))[0])
