"""Recurring series and the occurrences (events) they generate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from storage.base import Database, to_db
from storage.events import EVENT_COLS, event_from_row
from storage.models import Event, NewEvent, Series

SERIES_COLS = (
    "id, title, kind, weekday, local_time, first_date, interval_weeks, capacity, price_cents,"
    " place, generated_until, status, created_by, rule, description, duration_minutes"
)
SERIES_FIELDS = ("title", "kind", "weekday", "local_time", "first_date", "generated_until",
                 "capacity", "price_cents", "place", "interval_weeks", "rule", "description",
                 "duration_minutes")


def series_from_row(row: Sequence[Any]) -> Series:
    return Series(*row)


class SeriesStore:
    """Series of events and their generated occurrences."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(
        self, title: str, kind: str, weekday: int, local_time: str, first_date: str,
        interval_weeks: int, capacity: int | None, price_cents: int, place: str,
        created_by: int | None, now: datetime, *, rule: str = "", description: str = "",
        duration_minutes: int | None = None,
    ) -> Series:
        """`rule`: the rrule text; empty keeps the plain weekly rule of weekday and interval."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "INSERT INTO series (title, kind, weekday, local_time, first_date, interval_weeks,"
                " capacity, price_cents, place, created_by, created_at, rule, description,"
                f" duration_minutes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING {SERIES_COLS}",
                (title, kind, weekday, local_time, first_date, interval_weeks, capacity,
                 price_cents, place, created_by, to_db(now), rule, description,
                 duration_minutes),
            ))
        return series_from_row(rows[0])

    async def get(self, series_id: int) -> Series | None:
        rows = await self.db.read(
            f"SELECT {SERIES_COLS} FROM series WHERE id = ?", (series_id,))
        return series_from_row(rows[0]) if rows else None

    async def active(self) -> list[Series]:
        rows = await self.db.read(
            f"SELECT {SERIES_COLS} FROM series WHERE status = 'active' ORDER BY id")
        return [series_from_row(r) for r in rows]

    async def add_occurrences(
        self, series: Series, occurrences: Sequence[tuple[str, NewEvent]], now: datetime
    ) -> list[Event]:
        """Create the given (local date, event) occurrences and move the series' high-water
        mark, in one transaction; an occurrence that already exists is left alone."""
        created: list[Event] = []
        async with self.db.transaction() as db:
            current = list(await db.execute_fetchall(
                "SELECT generated_until, status FROM series WHERE id = ?", (series.id,)))
            if not current or current[0][1] != "active":
                return []
            done = current[0][0]
            for local_date, new in occurrences:
                if done is not None and local_date <= done:
                    continue
                rows = list(await db.execute_fetchall(
                    "INSERT INTO events (kind, title, description, starts_at, ends_at, place,"
                    " capacity, price_cents, audience, is_demo, created_by, created_at,"
                    " updated_at, series_id) VALUES (?,?,?,?,?,?,?,?,?,0,?,?,?,?)"
                    f" ON CONFLICT DO NOTHING RETURNING {EVENT_COLS}",
                    (new.kind, new.title, new.description, to_db(new.starts_at),
                     to_db(new.ends_at) if new.ends_at else None, new.place, new.capacity,
                     new.price_cents, new.audience, new.created_by, to_db(now), to_db(now),
                     series.id),
                ))
                created += [event_from_row(r) for r in rows]
                done = local_date
            await db.execute("UPDATE series SET generated_until = ? WHERE id = ?",
                             (done, series.id))
        return created

    async def update(self, series_id: int, **fields: Any) -> Series | None:
        """Change what future occurrences are made of (title, kind, weekday, local_time,
        first_date, generated_until, capacity, price_cents, place, interval_weeks, rule,
        description, duration_minutes)."""
        if not fields or not set(fields) <= set(SERIES_FIELDS):
            raise ValueError(f"cannot update series fields {sorted(fields)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                f"UPDATE series SET {assignments} WHERE id = ? RETURNING {SERIES_COLS}",
                (*fields.values(), series_id),
            ))
        return series_from_row(rows[0]) if rows else None

    async def occurrences(self, series_id: int, now: datetime) -> list[Event]:
        """The occurrences still to come, scheduled or not, soonest first."""
        rows = await self.db.read(
            f"SELECT {EVENT_COLS} FROM events WHERE series_id = ? AND starts_at > ?"
            " ORDER BY starts_at",
            (series_id, to_db(now)),
        )
        return [event_from_row(r) for r in rows]

    async def cancel(self, series_id: int, now: datetime) -> list[Event]:
        """Stop the series and cancel every occurrence still to come; returns those."""
        async with self.db.transaction() as db:
            await db.execute("UPDATE series SET status = 'cancelled' WHERE id = ?", (series_id,))
            rows = list(await db.execute_fetchall(
                "UPDATE events SET status = 'cancelled', updated_at = ?"
                " WHERE series_id = ? AND status = 'scheduled' AND starts_at > ?"
                f" RETURNING {EVENT_COLS}",
                (to_db(now), series_id, to_db(now)),
            ))
        return sorted((event_from_row(r) for r in rows), key=lambda e: e.starts_at)
