"""Events: create, read, edit, cancel; and the event row mapping other modules select with."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from storage.base import Database, from_db, optional_from_db, to_db
from storage.models import Counts, Event, NewEvent, Recipient

EVENT_FIELDS = (
    "title", "description", "starts_at", "ends_at", "place", "capacity", "price_cents",
    "audience", "kind",
)
EVENT_COLS = (
    "id, kind, title, description, starts_at, ends_at, place, capacity, price_cents, audience,"
    " status, is_demo, created_by, signups_closed_at, poster, series_id"
)
EVENT_COL_COUNT = len(EVENT_COLS.split(","))
# The five `Counts` columns, over answers joined as `r` (grouped by event).
COUNTS = (
    "COALESCE(SUM(CASE WHEN r.state = 'going' THEN r.seats END), 0),"
    " COUNT(CASE WHEN r.state = 'going' THEN 1 END),"
    " COUNT(CASE WHEN r.state = 'maybe' THEN 1 END),"
    " COUNT(CASE WHEN r.state = 'waitlisted' THEN 1 END),"
    " COALESCE(SUM(CASE WHEN r.state = 'waitlisted' THEN r.seats END), 0)"
)
# People let in at the door without an answer (storage.attendance's walk-ins) take seats
# like the answers "going": counted in the capacity check, the waitlist's promotions and the
# seats left that cards and lists show. `event` is the event's id in the query (`e.id`, `?`).
def walk_ins(event: str) -> str:
    return f"COALESCE((SELECT d.walk_ins FROM door_counts d WHERE d.event_id = {event}), 0)"


# Events that count in the association's numbers (alias `e`): held as planned, not the demo.
HELD = "e.status = 'scheduled' AND e.is_demo = 0"
# An event (alias `e`) is over; parameters "ended before", then "started before" for events
# without an end. The books close (storage.attendance) and names go (storage.party) by it.
OVER = ("((e.ends_at IS NOT NULL AND e.ends_at <= ?)"
        " OR (e.ends_at IS NULL AND e.starts_at <= ?))")
# Cancellation requests older than this are forgotten (their buttons expire long before).
STALE_REQUEST = timedelta(days=1)
_STALE_REQUESTS = "DELETE FROM cancel_requests WHERE asked_at < ?"

# Gives freed seats to the waitlist inside the caller's transaction (storage.rsvps.promote).
Promote = Callable[[aiosqlite.Connection, int, datetime], Awaitable[list[Recipient]]]


def event_columns(alias: str) -> str:
    """`EVENT_COLS` qualified with a table alias, for joins."""
    return ", ".join(f"{alias}.{c.strip()}" for c in EVENT_COLS.split(","))


def event_from_row(row: Sequence[Any]) -> Event:
    """An `Event` from the first `EVENT_COL_COUNT` columns selected as `EVENT_COLS`."""
    return Event(
        id=row[0], kind=row[1], title=row[2], description=row[3], starts_at=from_db(row[4]),
        ends_at=optional_from_db(row[5]), place=row[6], capacity=row[7], price_cents=row[8],
        audience=row[9], status=row[10], is_demo=bool(row[11]), created_by=row[12],
        signups_closed_at=optional_from_db(row[13]), poster=row[14], series_id=row[15],
    )


class Events:
    """Events and their fields. A raised capacity promotes the waitlist through `promote`
    (injected, so events and RSVPs do not import each other)."""

    def __init__(self, db: Database, promote: Promote) -> None:
        self.db = db
        self.promote = promote

    async def create(self, new: NewEvent, now: datetime) -> Event:
        async with self.db.transaction() as db:
            rows = await db.execute_fetchall(
                "INSERT INTO events (kind, title, description, starts_at, ends_at, place,"
                " capacity, price_cents, audience, is_demo, created_by, created_at, updated_at)"
                f" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING {EVENT_COLS}",
                (
                    new.kind, new.title, new.description, to_db(new.starts_at),
                    to_db(new.ends_at) if new.ends_at else None, new.place, new.capacity,
                    new.price_cents, new.audience, int(new.is_demo), new.created_by,
                    to_db(now), to_db(now),
                ),
            )
        return event_from_row(next(iter(rows)))

    async def get(self, event_id: int) -> Event | None:
        rows = await self.db.read(f"SELECT {EVENT_COLS} FROM events WHERE id = ?", (event_id,))
        return event_from_row(rows[0]) if rows else None

    async def upcoming(self, now: datetime, limit: int = 25) -> list[Event]:
        rows = await self.db.read(
            f"SELECT {EVENT_COLS} FROM events WHERE status = 'scheduled' AND starts_at > ?"
            " ORDER BY starts_at, id LIMIT ?",
            (to_db(now), limit),
        )
        return [event_from_row(r) for r in rows]

    async def upcoming_with_counts(self, now: datetime, limit: int = 25
                                   ) -> list[tuple[Event, Counts]]:
        """The programme with each event's counts, in one query (`/events`)."""
        rows = await self.db.read(
            f"SELECT {event_columns('e')}, {COUNTS}, {walk_ins('e.id')} FROM events e"
            " LEFT JOIN rsvps r ON r.event_id = e.id"
            " WHERE e.status = 'scheduled' AND e.starts_at > ?"
            " GROUP BY e.id ORDER BY e.starts_at, e.id LIMIT ?",
            (to_db(now), limit),
        )
        n = EVENT_COL_COUNT
        return [(event_from_row(r[:n]), Counts(*r[n:])) for r in rows]

    async def count(self) -> int:
        rows = await self.db.read("SELECT COUNT(*) FROM events")
        return int(rows[0][0])

    async def update(
        self, event_id: int, now: datetime, **fields: Any
    ) -> tuple[Event, list[Recipient]] | None:
        """Change event fields; a raised capacity promotes the waitlist in the same
        transaction. Returns the event and the members promoted."""
        if not fields or not set(fields) <= set(EVENT_FIELDS):
            raise ValueError(f"cannot update event fields {sorted(fields)}")
        values = [to_db(v) if isinstance(v, datetime) else v for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                f"UPDATE events SET {assignments}, updated_at = ? WHERE id = ?"
                f" RETURNING {EVENT_COLS}",
                (*values, to_db(now), event_id),
            ))
            if not rows:
                return None
            promoted = await self.promote(db, event_id, now) if "capacity" in fields else []
        return event_from_row(rows[0]), promoted

    async def cancel(self, event_id: int, now: datetime, reason: str = "") -> Event | None:
        """Cancel a scheduled event, keeping the reason; None when there is no such event
        or it was already cancelled, so two confirmations never tell people twice. Pending
        confirmations of it go in the same transaction."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "UPDATE events SET status = 'cancelled', cancel_reason = ?, updated_at = ?"
                f" WHERE id = ? AND status = 'scheduled' RETURNING {EVENT_COLS}",
                (reason, to_db(now), event_id),
            ))
            await db.execute("DELETE FROM cancel_requests WHERE event_id = ?", (event_id,))
        return event_from_row(rows[0]) if rows else None

    async def mark_back(self, event_id: int, copy_id: int) -> int | None:
        """Record that a cancelled event is back on the programme as `copy_id`: None the
        first time (its people are to be told), else the copy they were told of before."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "UPDATE events SET back_as = ? WHERE id = ? AND back_as IS NULL RETURNING id",
                (copy_id, event_id)))
            if rows:
                return None
            earlier = list(await db.execute_fetchall(
                "SELECT back_as FROM events WHERE id = ?", (event_id,)))
        return int(earlier[0][0]) if earlier and earlier[0][0] is not None else None

    async def set_signups(self, event_id: int, closed: bool, now: datetime) -> Event | None:
        """Close or reopen sign-ups; None when there is no such event."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "UPDATE events SET signups_closed_at = ?, updated_at = ? WHERE id = ?"
                f" RETURNING {EVENT_COLS}",
                (to_db(now) if closed else None, to_db(now), event_id),
            ))
        return event_from_row(rows[0]) if rows else None

    # -- cancellations waiting for their organiser's confirmation ---------------------------

    async def ask_cancel(self, event_id: int, member_id: int, reason: str,
                         now: datetime) -> None:
        """Remember an organiser's reason until they press Confirm (a button cannot hold
        it); asking again replaces it. Requests nobody confirmed within a day go
        (here, and at each scheduler tick: `forget_cancel_requests`)."""
        async with self.db.transaction() as db:
            await db.execute(_STALE_REQUESTS, (to_db(now - STALE_REQUEST),))
            await db.execute(
                "INSERT INTO cancel_requests (event_id, member_id, reason, asked_at)"
                " VALUES (?,?,?,?) ON CONFLICT (event_id, member_id) DO UPDATE"
                " SET reason = excluded.reason, asked_at = excluded.asked_at",
                (event_id, member_id, reason, to_db(now)),
            )

    async def forget_cancel_requests(self, now: datetime) -> None:
        """Erase the requests (and their reasons) nobody confirmed within `STALE_REQUEST`."""
        await self.db.write_one(_STALE_REQUESTS, (to_db(now - STALE_REQUEST),))

    async def cancel_request(self, event_id: int, member_id: int
                             ) -> tuple[str, datetime] | None:
        """The reason and moment of this organiser's pending cancellation, if any."""
        rows = await self.db.read(
            "SELECT reason, asked_at FROM cancel_requests WHERE event_id = ? AND member_id = ?",
            (event_id, member_id),
        )
        return (rows[0][0], from_db(rows[0][1])) if rows else None

    async def drop_cancel_request(self, event_id: int, member_id: int) -> None:
        await self.db.write_one(
            "DELETE FROM cancel_requests WHERE event_id = ? AND member_id = ?",
            (event_id, member_id),
        )
