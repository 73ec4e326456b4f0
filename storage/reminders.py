"""Reminder deliveries and organisers' same-day summaries: what is due, claims, outcomes.

Every claim runs inside `Database.transaction()` (the write lock and `BEGIN IMMEDIATE`), so
two ticks, or two processes on one file, can never both win the same row. A claim records the
claimer's boot id (`claimed_by`, random per scheduler start) and a lease in `next_try_at`:
a row left in 'sending' by another boot id was left by a dead process (one process per
database, see the lock in `bot.__main__`) and is taken again at once; one left by this boot id
(an attempt abandoned at stop, or whose mark failed) only once its short lease has run out.
Re-taking a 'sending' row counts an interrupted attempt (`interrupted`): that message may
have reached the member, and the finished row says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from storage.base import Database, from_db, to_db
from storage.events import event_columns, event_from_row
from storage.models import Claim, DueReminder, Event, Missed, Recipient
from storage.outbox import CHANGED
from storage.rsvps import NOTICE_LANGUAGE

SUMMARY_OFFSET = -1  # offset_seconds of an organiser's same-day summary

# A delivery row (alias d, maybe absent) that a claim by boot `?` could take at `?` (now):
# never touched, waiting for a retry that is due, or 'sending' under an expired lease or
# left by another (dead) process. Parameters: now, boot.
_CLAIMABLE = (
    "(d.status IS NULL OR (d.status IN ('retry', 'sending') AND d.next_try_at <= ?)"
    " OR (d.status = 'sending' AND d.claimed_by IS NOT ?))"
)


class Reminders:
    """Reminder and summary deliveries, one row per (event, member, offset, event start)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def due(self, offset: timedelta, now: datetime, boot: str) -> list[DueReminder]:
        """Members going or waitlisted, reminders on, whose reminder at `offset` is due now
        (start - offset <= now < start) and not finished, nor claimed by this boot under a
        live lease."""
        seconds = int(offset.total_seconds())
        rows = await self.db.read(
            "SELECT e.id, e.starts_at, m.id, m.platform, m.platform_user_id, m.display_name,"
            f" {NOTICE_LANGUAGE}, r.seats, r.state, r.updated_at,"
            " CASE WHEN r.state = 'waitlisted' THEN (SELECT COUNT(*) FROM rsvps w"
            "   WHERE w.event_id = e.id AND w.state = 'waitlisted' AND w.wait_seq < r.wait_seq)"
            "   + 1 ELSE 0 END,"
            " (SELECT COUNT(*) FROM reminder_deliveries p WHERE p.event_id = e.id"
            "   AND p.member_id = m.id AND p.starts_at = e.starts_at AND p.offset_seconds >= 0"
            "   AND p.offset_seconds != ?),"
            " (SELECT MAX(s.sent_at) FROM reminder_deliveries s WHERE s.event_id = e.id"
            "   AND s.member_id = m.id AND s.starts_at = e.starts_at AND s.status = 'sent'"
            "   AND s.offset_seconds > ?)"
            " FROM events e JOIN rsvps r ON r.event_id = e.id"
            " JOIN members m ON m.id = r.member_id"
            " LEFT JOIN reminder_deliveries d ON d.event_id = e.id AND d.member_id = m.id"
            "  AND d.offset_seconds = ? AND d.starts_at = e.starts_at"
            " WHERE e.status = 'scheduled' AND e.starts_at > ? AND e.starts_at <= ?"
            " AND r.state IN ('going', 'waitlisted') AND m.reminders = 1"
            f" AND {_CLAIMABLE}"
            " ORDER BY e.starts_at, e.id, m.id",
            (seconds, seconds, seconds, to_db(now), to_db(now + offset), to_db(now), boot),
        )
        return [
            DueReminder(
                event_id=r[0], offset_seconds=seconds, starts_at=from_db(r[1]),
                who=Recipient(r[2], r[3], r[4], r[5], r[6], r[7]), state=r[8],
                answered_at=from_db(r[9]), position=r[10], earlier=r[11],
                last_sent_at=None if r[12] is None else from_db(r[12]),
            )
            for r in rows
        ]

    async def told_of_move(self, event_id: int, offset_seconds: int, starts_at: datetime,
                           due_at: datetime) -> set[int]:
        """Members already sent this offset's reminder for an earlier time of the event,
        which then changed at or after `due_at` (the new reminder's moment): the change
        notice told them the new time, a second reminder at once would repeat it. So too
        those reminded less than half the offset before the new moment, the change coming
        after: « demain à 19h30 », then « 20h30 (avant : 19h30) », need no « demain à
        20h30 » an hour later (moved by a day, it is another evening: reminded). Not those
        whose reminder for the new time was tried already (waiting for a retry): it was due
        before that change, which was then another one (a description, a poster). Nor
        those whose change notice (of the event, or of its series) has not gone out
        (`storage.outbox`: lost in a kill and waiting for the restart, or the platform
        failed): nothing told them yet."""
        rows = await self.db.read(
            "SELECT DISTINCT d.member_id FROM reminder_deliveries d"
            " JOIN events e ON e.id = d.event_id WHERE d.event_id = ?"
            " AND d.offset_seconds = ? AND d.starts_at != ? AND d.status = 'sent'"
            " AND (e.updated_at >= ? OR (d.sent_at > ? AND e.updated_at >= d.sent_at))"
            " AND NOT EXISTS (SELECT 1 FROM reminder_deliveries n"
            "  WHERE n.event_id = d.event_id AND n.member_id = d.member_id"
            "  AND n.offset_seconds = d.offset_seconds AND n.starts_at = ?)"
            " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.member_id = d.member_id"
            "  AND o.kind = ? AND (o.event_id = d.event_id OR o.series_id = e.series_id))",
            (event_id, offset_seconds, to_db(starts_at), to_db(due_at),
             to_db(due_at - timedelta(seconds=offset_seconds // 2)), to_db(starts_at),
             CHANGED))
        return {r[0] for r in rows}

    async def claim(
        self, event_id: int, member_id: int, offset_seconds: int, starts_at: datetime,
        now: datetime, lease: timedelta, boot: str, due: DueReminder | None = None,
    ) -> Claim | None:
        """Take a reminder for sending, or None if it is finished, waiting for a retry, or
        in flight in this boot. Read and write in one write transaction, so the check and
        the claim cannot be split.

        With `due` (a member's reminder, read by `due()` a while ago: a fan-out takes
        minutes), also None unless it is still due as read: the same person (a database
        older than the `member_ids` migration may have given an erased number again) with
        reminders on, in the same state (going, or waitlisted: not promoted meanwhile), the
        event still scheduled at that time. The next tick reads it again as it is now.

        An organiser's summary (SUMMARY_OFFSET) is likewise None unless its event is still
        scheduled at that time, by that organiser: one cancelled during the fan-out is not
        summed up.
        """
        key = (event_id, member_id, offset_seconds, to_db(starts_at))
        async with self.db.transaction() as db:
            if offset_seconds == SUMMARY_OFFSET and not list(await db.execute_fetchall(
                    "SELECT 1 FROM events WHERE id = ? AND created_by = ?"
                    " AND status = 'scheduled' AND starts_at = ?",
                    (event_id, member_id, to_db(starts_at)))):
                return None
            if due is not None and not list(await db.execute_fetchall(
                    "SELECT 1 FROM rsvps r JOIN members m ON m.id = r.member_id"
                    " JOIN events e ON e.id = r.event_id"
                    " WHERE r.event_id = ? AND r.member_id = ? AND r.state = ?"
                    " AND m.reminders = 1 AND m.platform = ? AND m.platform_user_id = ?"
                    " AND e.status = 'scheduled' AND e.starts_at = ?",
                    (event_id, member_id, due.state, due.who.platform,
                     due.who.platform_user_id, to_db(starts_at)))):
                return None
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
        async with self.db.transaction() as db:
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
        async with self.db.transaction() as db:
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

    async def missed(
        self, offset: timedelta, now: datetime, since: datetime
    ) -> list[Missed]:
        """Reminders at `offset` for events that started in (since, now] and were never
        finished."""
        seconds = int(offset.total_seconds())
        rows = await self.db.read(
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

    async def forget_past(self, started_before: datetime) -> int:
        """Erase the reminder and summary rows of events that started before
        `started_before`: past that, they only said when we wrote to whom. A read first,
        so the usual tick with nothing to erase takes no write lock."""
        since = to_db(started_before)
        # Driven from the deliveries (few: a week's worth), never from the whole history of
        # events (CROSS JOIN keeps that order in SQLite).
        old = ("SELECT d.event_id FROM reminder_deliveries d CROSS JOIN events e"
               " ON e.id = d.event_id WHERE e.starts_at < ?")
        if not await self.db.read(old + " LIMIT 1", (since,)):
            return 0
        async with self.db.transaction() as db:
            cursor = await db.execute(
                f"DELETE FROM reminder_deliveries WHERE event_id IN ({old})", (since,))
            return cursor.rowcount

    async def deliveries(self, event_id: int, *, summaries: bool = False) -> list[dict[str, Any]]:
        """The reminder rows (or the organiser summary rows) of an event, for tests and
        diagnostics."""
        rows = await self.db.read(
            "SELECT member_id, offset_seconds, starts_at, status, attempts, next_try_at, sent_at,"
            " detail, interrupted FROM reminder_deliveries WHERE event_id = ?"
            f" AND offset_seconds {'=' if summaries else '!='} ?"
            " ORDER BY member_id, offset_seconds DESC",
            (event_id, SUMMARY_OFFSET),
        )
        keys = ("member_id", "offset_seconds", "starts_at", "status", "attempts", "next_try_at",
                "sent_at", "detail", "interrupted")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    async def events_for_summary(
        self, now: datetime, until: datetime, boot: str
    ) -> list[Event]:
        """Scheduled events starting in (now, until] whose organiser has no summary yet."""
        rows = await self.db.read(
            f"SELECT {event_columns('e')} FROM events e"
            " LEFT JOIN reminder_deliveries d ON d.event_id = e.id AND d.member_id = e.created_by"
            "  AND d.offset_seconds = ? AND d.starts_at = e.starts_at"
            " WHERE e.status = 'scheduled' AND e.starts_at > ? AND e.starts_at <= ?"
            " AND e.created_by IS NOT NULL"
            f" AND {_CLAIMABLE}"
            " ORDER BY e.starts_at",
            (SUMMARY_OFFSET, to_db(now), to_db(until), to_db(now), boot),
        )
        return [event_from_row(r) for r in rows]
