"""SQL for the scheduler: reminder deliveries, series and scheduled announcements.

Every claim runs inside `Storage._transaction()` (the write lock and `BEGIN IMMEDIATE`), so
two ticks, or two processes on one file, can never both win the same row. A claim records the
claimer's boot id (`claimed_by`, random per scheduler start) and a lease in `next_try_at`:
a row left in 'sending' by another boot id was left by a dead process (one process per
database, see the lock in `bot.__main__`) and is taken again at once; one left by this boot id
(an attempt abandoned at stop, or whose mark failed) only once its short lease has run out.
Re-taking a 'sending' row counts an interrupted attempt (`interrupted`): that message may
have reached the member, and the finished row says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.database import _EVENT_COLS, Storage, _event, from_db, to_db
from storage.models import Event, NewEvent, Recipient

SUMMARY_OFFSET = -1  # offset_seconds of an organiser's same-day summary


@dataclass(frozen=True)
class DueReminder:
    """A reminder whose moment has come and that nobody has sent yet."""

    event_id: int
    offset_seconds: int
    starts_at: datetime
    who: Recipient
    state: str  # 'going' or 'waitlisted'
    position: int  # place on the waitlist, 0 when going
    answered_at: datetime  # last change of the member's RSVP
    earlier: int  # deliveries already recorded for this member and event start

    @property
    def due_at(self) -> datetime:
        return self.starts_at - timedelta(seconds=self.offset_seconds)


@dataclass(frozen=True)
class Claim:
    """A reminder taken for sending by this boot."""

    attempts: int  # this one included
    interrupted: int  # earlier attempts whose outcome is unknown (may have been delivered)
    after_restart: bool  # this claim took over a 'sending' row of a dead process


@dataclass(frozen=True)
class Missed:
    """A reminder whose event started before it was confirmed."""

    event_id: int
    member_id: int
    starts_at: datetime
    status: str | None  # None: never attempted
    interrupted: int


@dataclass(frozen=True)
class Series:
    id: int
    title: str
    kind: str
    weekday: int
    local_time: str
    first_date: str
    interval_weeks: int
    capacity: int | None
    price_cents: int
    place: str
    generated_until: str | None
    status: str
    created_by: int | None


@dataclass(frozen=True)
class ScheduledAnnouncement:
    id: int
    event_id: int
    title: str
    at: datetime
    status: str
    attempts: int


_SERIES_COLS = (
    "id, title, kind, weekday, local_time, first_date, interval_weeks, capacity, price_cents,"
    " place, generated_until, status, created_by"
)


# A delivery row (alias d, maybe absent) that a claim by boot `?` could take at `?` (now):
# never touched, waiting for a retry that is due, or 'sending' under an expired lease or
# left by another (dead) process. Parameters: now, boot.
_CLAIMABLE = (
    "(d.status IS NULL OR (d.status IN ('retry', 'sending') AND d.next_try_at <= ?)"
    " OR (d.status = 'sending' AND d.claimed_by IS NOT ?))"
)


def _series(row: Sequence[Any]) -> Series:
    return Series(*row)


class Scheduling:
    """The scheduler's narrow view of the database, sharing the bot's `Storage`."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    # -- reminders -------------------------------------------------------------------------

    async def due_reminders(self, offset: timedelta, now: datetime, boot: str
                            ) -> list[DueReminder]:
        """Members going or waitlisted, reminders on, whose reminder at `offset` is due now
        (start - offset <= now < start) and not finished, nor claimed by this boot under a
        live lease."""
        seconds = int(offset.total_seconds())
        rows = await self.storage._read(
            "SELECT e.id, e.starts_at, m.id, m.platform, m.platform_user_id, m.display_name,"
            " m.language, r.seats, r.state, r.updated_at,"
            " CASE WHEN r.state = 'waitlisted' THEN (SELECT COUNT(*) FROM rsvps w"
            "   WHERE w.event_id = e.id AND w.state = 'waitlisted' AND w.wait_seq < r.wait_seq)"
            "   + 1 ELSE 0 END,"
            " (SELECT COUNT(*) FROM reminder_deliveries p WHERE p.event_id = e.id"
            "   AND p.member_id = m.id AND p.starts_at = e.starts_at AND p.offset_seconds >= 0"
            "   AND p.offset_seconds != ?)"
            " FROM events e JOIN rsvps r ON r.event_id = e.id"
            " JOIN members m ON m.id = r.member_id"
            " LEFT JOIN reminder_deliveries d ON d.event_id = e.id AND d.member_id = m.id"
            "  AND d.offset_seconds = ? AND d.starts_at = e.starts_at"
            " WHERE e.status = 'scheduled' AND e.starts_at > ? AND e.starts_at <= ?"
            " AND r.state IN ('going', 'waitlisted') AND m.reminders = 1"
            f" AND {_CLAIMABLE}"
            " ORDER BY e.starts_at, e.id, m.id",
            (seconds, seconds, to_db(now), to_db(now + offset), to_db(now), boot),
        )
        return [
            DueReminder(
                event_id=r[0], offset_seconds=seconds, starts_at=from_db(r[1]),
                who=Recipient(r[2], r[3], r[4], r[5], r[6], r[7]), state=r[8],
                answered_at=from_db(r[9]), position=r[10], earlier=r[11],
            )
            for r in rows
        ]

    async def claim(
        self, event_id: int, member_id: int, offset_seconds: int, starts_at: datetime,
        now: datetime, lease: timedelta, boot: str,
    ) -> Claim | None:
        """Take a reminder for sending, or None if it is finished, waiting for a retry, or
        in flight in this boot. Read and write in one write transaction, so the check and
        the claim cannot be split."""
        key = (event_id, member_id, offset_seconds, to_db(starts_at))
        async with self.storage._transaction() as db:
            rows = list(await db.execute_fetchall(
                "SELECT status, next_try_at, claimed_by, attempts, interrupted"
                " FROM reminder_deliveries WHERE event_id = ? AND member_id = ?"
                " AND offset_seconds = ? AND starts_at = ?", key))
            if not rows:
                await db.execute(
                    "INSERT INTO reminder_deliveries (event_id, member_id, offset_seconds,"
                    " starts_at, status, attempts, next_try_at, claimed_by, updated_at)"
                    " VALUES (?,?,?,?,'sending',1,?,?,?)",
                    (*key, to_db(now + lease), boot, to_db(now)))
                return Claim(attempts=1, interrupted=0, after_restart=False)
            status, next_try_at, owner, attempts, interrupted = rows[0]
            dead = status == "sending" and owner != boot
            waiting = (next_try_at or "") > to_db(now)
            if status not in ("retry", "sending") or (waiting and not dead):
                return None
            claim = Claim(attempts=attempts + 1,
                          interrupted=interrupted + (status == "sending"), after_restart=dead)
            await db.execute(
                "UPDATE reminder_deliveries SET status = 'sending', attempts = ?,"
                " interrupted = ?, next_try_at = ?, claimed_by = ?, updated_at = ?"
                " WHERE event_id = ? AND member_id = ? AND offset_seconds = ? AND starts_at = ?",
                (claim.attempts, claim.interrupted, to_db(now + lease), boot, to_db(now), *key))
        return claim

    async def finish(
        self, event_id: int, member_id: int, offset_seconds: int, starts_at: datetime,
        status: str, now: datetime, *, next_try_at: datetime | None = None, detail: str = "",
    ) -> None:
        """Record what became of a claimed reminder: sent, retry (at next_try_at),
        unreachable or skipped."""
        async with self.storage._transaction() as db:
            await db.execute(
                "UPDATE reminder_deliveries SET status = ?, next_try_at = ?, detail = ?,"
                " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END, updated_at = ?"
                " WHERE event_id = ? AND member_id = ? AND offset_seconds = ? AND starts_at = ?",
                (status, to_db(next_try_at) if next_try_at else None, detail or None, status,
                 to_db(now), to_db(now), event_id, member_id, offset_seconds, to_db(starts_at)),
            )

    async def skip(
        self, event_id: int, member_id: int, offset_seconds: int, starts_at: datetime,
        now: datetime, detail: str,
    ) -> bool:
        """Mark a reminder as deliberately not sent; False if it was already finished."""
        async with self.storage._transaction() as db:
            rows = list(await db.execute_fetchall(
                "INSERT INTO reminder_deliveries (event_id, member_id, offset_seconds, starts_at,"
                " status, detail, updated_at) VALUES (?,?,?,?,'skipped',?,?)"
                " ON CONFLICT (event_id, member_id, offset_seconds, starts_at) DO UPDATE"
                " SET status = 'skipped', detail = excluded.detail,"
                " updated_at = excluded.updated_at"
                " WHERE reminder_deliveries.status IN ('retry', 'sending')"
                " RETURNING 1",
                (event_id, member_id, offset_seconds, to_db(starts_at), detail, to_db(now)),
            ))
        return bool(rows)

    async def missed_reminders(
        self, offset: timedelta, now: datetime, since: datetime
    ) -> list[Missed]:
        """Reminders at `offset` for events that started in (since, now] and were never
        finished."""
        seconds = int(offset.total_seconds())
        rows = await self.storage._read(
            "SELECT e.id, r.member_id, e.starts_at, d.status, COALESCE(d.interrupted, 0)"
            " FROM events e JOIN rsvps r ON r.event_id = e.id"
            " JOIN members m ON m.id = r.member_id"
            " LEFT JOIN reminder_deliveries d ON d.event_id = e.id AND d.member_id = m.id"
            "  AND d.offset_seconds = ? AND d.starts_at = e.starts_at"
            " WHERE e.status = 'scheduled' AND e.starts_at <= ? AND e.starts_at > ?"
            " AND r.state = 'going' AND m.reminders = 1"
            " AND (d.status IS NULL OR d.status IN ('retry', 'sending'))",
            (seconds, to_db(now), to_db(since)),
        )
        return [Missed(r[0], r[1], from_db(r[2]), r[3], r[4]) for r in rows]

    async def deliveries(self, event_id: int, *, summaries: bool = False) -> list[dict[str, Any]]:
        """The reminder rows (or the organiser summary rows) of an event, for tests and
        diagnostics."""
        rows = await self.storage._read(
            "SELECT member_id, offset_seconds, starts_at, status, attempts, next_try_at, sent_at,"
            " detail, interrupted FROM reminder_deliveries WHERE event_id = ?"
            f" AND offset_seconds {'=' if summaries else '!='} ?"
            " ORDER BY member_id, offset_seconds DESC",
            (event_id, SUMMARY_OFFSET),
        )
        keys = ("member_id", "offset_seconds", "starts_at", "status", "attempts", "next_try_at",
                "sent_at", "detail", "interrupted")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    async def events_for_summary(self, now: datetime, until: datetime, boot: str
                                 ) -> list[Event]:
        """Scheduled events starting in (now, until] whose organiser has no summary yet."""
        cols = ", ".join(f"e.{c.strip()}" for c in _EVENT_COLS.split(","))
        rows = await self.storage._read(
            f"SELECT {cols} FROM events e"
            " LEFT JOIN reminder_deliveries d ON d.event_id = e.id AND d.member_id = e.created_by"
            "  AND d.offset_seconds = ? AND d.starts_at = e.starts_at"
            " WHERE e.status = 'scheduled' AND e.starts_at > ? AND e.starts_at <= ?"
            " AND e.created_by IS NOT NULL"
            f" AND {_CLAIMABLE}"
            " ORDER BY e.starts_at",
            (SUMMARY_OFFSET, to_db(now), to_db(until), to_db(now), boot),
        )
        return [_event(r) for r in rows]

    # -- series ----------------------------------------------------------------------------

    async def create_series(
        self, title: str, kind: str, weekday: int, local_time: str, first_date: str,
        interval_weeks: int, capacity: int | None, price_cents: int, place: str,
        created_by: int | None, now: datetime,
    ) -> Series:
        async with self.storage._transaction() as db:
            rows = list(await db.execute_fetchall(
                "INSERT INTO series (title, kind, weekday, local_time, first_date, interval_weeks,"
                " capacity, price_cents, place, created_by, created_at)"
                f" VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING {_SERIES_COLS}",
                (title, kind, weekday, local_time, first_date, interval_weeks, capacity,
                 price_cents, place, created_by, to_db(now)),
            ))
        return _series(rows[0])

    async def get_series(self, series_id: int) -> Series | None:
        rows = await self.storage._read(
            f"SELECT {_SERIES_COLS} FROM series WHERE id = ?", (series_id,))
        return _series(rows[0]) if rows else None

    async def active_series(self) -> list[Series]:
        rows = await self.storage._read(
            f"SELECT {_SERIES_COLS} FROM series WHERE status = 'active' ORDER BY id")
        return [_series(r) for r in rows]

    async def add_occurrences(
        self, series: Series, occurrences: Sequence[tuple[str, NewEvent]], now: datetime
    ) -> list[Event]:
        """Create the given (local date, event) occurrences and move the series' high-water
        mark, in one transaction; an occurrence that already exists is left alone."""
        created: list[Event] = []
        async with self.storage._transaction() as db:
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
                    f" ON CONFLICT DO NOTHING RETURNING {_EVENT_COLS}",
                    (new.kind, new.title, new.description, to_db(new.starts_at),
                     to_db(new.ends_at) if new.ends_at else None, new.place, new.capacity,
                     new.price_cents, new.audience, new.created_by, to_db(now), to_db(now),
                     series.id),
                ))
                created += [_event(r) for r in rows]
                done = local_date
            await db.execute("UPDATE series SET generated_until = ? WHERE id = ?",
                             (done, series.id))
        return created

    async def update_series(self, series_id: int, **fields: Any) -> Series | None:
        """Change what future occurrences are made of (title, kind, weekday, local_time,
        first_date, generated_until, capacity, price_cents, place)."""
        allowed = {"title", "kind", "weekday", "local_time", "first_date", "generated_until",
                   "capacity", "price_cents", "place"}
        if not fields or not set(fields) <= allowed:
            raise ValueError(f"cannot update series fields {sorted(fields)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        async with self.storage._transaction() as db:
            rows = list(await db.execute_fetchall(
                f"UPDATE series SET {assignments} WHERE id = ? RETURNING {_SERIES_COLS}",
                (*fields.values(), series_id),
            ))
        return _series(rows[0]) if rows else None

    async def series_events(self, series_id: int, now: datetime) -> list[Event]:
        """The occurrences still to come, scheduled or not, soonest first."""
        rows = await self.storage._read(
            f"SELECT {_EVENT_COLS} FROM events WHERE series_id = ? AND starts_at > ?"
            " ORDER BY starts_at",
            (series_id, to_db(now)),
        )
        return [_event(r) for r in rows]

    async def cancel_series(self, series_id: int, now: datetime) -> list[Event]:
        """Stop the series and cancel every occurrence still to come; returns those."""
        async with self.storage._transaction() as db:
            await db.execute("UPDATE series SET status = 'cancelled' WHERE id = ?", (series_id,))
            rows = list(await db.execute_fetchall(
                "UPDATE events SET status = 'cancelled', updated_at = ?"
                " WHERE series_id = ? AND status = 'scheduled' AND starts_at > ?"
                f" RETURNING {_EVENT_COLS}",
                (to_db(now), series_id, to_db(now)),
            ))
        return sorted((_event(r) for r in rows), key=lambda e: e.starts_at)

    # -- scheduled announcements -----------------------------------------------------------

    async def schedule_announcement(
        self, event_id: int, at: datetime, created_by: int | None, now: datetime
    ) -> int:
        async with self.storage._transaction() as db:
            rows = list(await db.execute_fetchall(
                "INSERT INTO scheduled_announcements (event_id, at, next_try_at, created_by,"
                " created_at) VALUES (?,?,?,?,?) RETURNING id",
                (event_id, to_db(at), to_db(at), created_by, to_db(now)),
            ))
        return int(rows[0][0])

    async def pending_announcements(self) -> list[ScheduledAnnouncement]:
        rows = await self.storage._read(
            "SELECT a.id, a.event_id, e.title, a.at, a.status, a.attempts"
            " FROM scheduled_announcements a JOIN events e ON e.id = a.event_id"
            " WHERE a.status IN ('pending', 'sending') ORDER BY a.at, a.id"
        )
        return [ScheduledAnnouncement(r[0], r[1], r[2], from_db(r[3]), r[4], r[5]) for r in rows]

    async def unschedule(self, announcement_id: int) -> bool:
        async with self.storage._transaction() as db:
            rows = list(await db.execute_fetchall(
                "UPDATE scheduled_announcements SET status = 'cancelled'"
                " WHERE id = ? AND status = 'pending' RETURNING id",
                (announcement_id,),
            ))
        return bool(rows)

    async def due_announcements(self, now: datetime, boot: str) -> list[int]:
        """Ids of the announcements to publish now (or left 'sending' by a dead process, or
        by this boot under an expired lease), in order."""
        rows = await self.storage._read(
            "SELECT id FROM scheduled_announcements WHERE (status = 'pending' AND"
            " next_try_at <= ?) OR (status = 'sending' AND (next_try_at <= ?"
            " OR claimed_by IS NOT ?)) ORDER BY at, id",
            (to_db(now), to_db(now), boot))
        return [r[0] for r in rows]

    async def claim_announcement(
        self, announcement_id: int, now: datetime, lease: timedelta, boot: str
    ) -> tuple[ScheduledAnnouncement, bool] | None:
        """Take one announcement for publishing: (it, whether an earlier attempt was
        interrupted), or None if it is not due or someone has it."""
        async with self.storage._transaction() as db:
            before = list(await db.execute_fetchall(
                "SELECT status FROM scheduled_announcements WHERE id = ?", (announcement_id,)))
            rows = list(await db.execute_fetchall(
                "UPDATE scheduled_announcements SET status = 'sending',"
                " attempts = attempts + 1, next_try_at = ?, claimed_by = ?"
                " WHERE id = ? AND ((status = 'pending' AND next_try_at <= ?)"
                " OR (status = 'sending' AND (next_try_at <= ? OR claimed_by IS NOT ?)))"
                " RETURNING id, event_id, '', at, status, attempts",
                (to_db(now + lease), boot, announcement_id, to_db(now), to_db(now), boot),
            ))
        if not rows:
            return None
        r = rows[0]
        return (ScheduledAnnouncement(r[0], r[1], r[2], from_db(r[3]), r[4], r[5]),
                bool(before) and before[0][0] == "sending")

    async def finish_announcement(
        self, announcement_id: int, status: str, now: datetime, *, reached: int | None = None,
        next_try_at: datetime | None = None,
    ) -> None:
        """'done', 'skipped', 'failed', or back to 'pending' until `next_try_at`."""
        async with self.storage._transaction() as db:
            await db.execute(
                "UPDATE scheduled_announcements SET status = ?, reached = ?,"
                " next_try_at = COALESCE(?, next_try_at),"
                " published_at = CASE WHEN ? = 'done' THEN ? ELSE published_at END"
                " WHERE id = ?",
                (status, reached, to_db(next_try_at) if next_try_at else None, status,
                 to_db(now), announcement_id),
            )
