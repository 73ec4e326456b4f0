"""Announcements scheduled for later: pending, claimed by a boot, published or cancelled."""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.base import Database, from_db, to_db
from storage.cards import LIVE
from storage.models import Recipient, ScheduledAnnouncement
from storage.rsvps import NOTICE_LANGUAGE


class Announcements:
    """Scheduled announcements of events; claims work like reminder claims (boot id, lease)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def schedule(
        self, event_id: int, at: datetime, created_by: int | None, now: datetime
    ) -> int:
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "INSERT INTO scheduled_announcements (event_id, at, next_try_at, created_by,"
                " created_at) VALUES (?,?,?,?,?) RETURNING id",
                (event_id, to_db(at), to_db(at), created_by, to_db(now)),
            ))
        return int(rows[0][0])

    async def showing(self, event_id: int) -> tuple[int, int]:
        """Where this event's card was announced (now or as planned) and still is: in how
        many chats, and how many cards (every copy, a second one in a chat too: what a
        press of « post it again » expects). A card deleted since is forgotten
        (`Cards.forget`). One read for both (issue 11: it was the same query twice)."""
        rows = await self.db.read(
            "SELECT COUNT(DISTINCT platform || ':' || chat_id), COUNT(*) FROM posted_messages"
            f" WHERE event_id = ? AND kind = 'announcement' AND live = {LIVE}", (event_id,))
        return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)

    async def pending(self) -> list[ScheduledAnnouncement]:
        rows = await self.db.read(
            "SELECT a.id, a.event_id, e.title, a.at, a.status, a.attempts"
            " FROM scheduled_announcements a JOIN events e ON e.id = a.event_id"
            " WHERE a.status IN ('pending', 'sending') ORDER BY a.at, a.id"
        )
        return [ScheduledAnnouncement(r[0], r[1], r[2], from_db(r[3]), r[4], r[5]) for r in rows]

    async def planner(self, announcement_id: int) -> Recipient | None:
        """Who planned this announcement (told when it could not reach every chat), if
        they are still a member."""
        rows = await self.db.read(
            "SELECT m.id, m.platform, m.platform_user_id, m.display_name,"
            f" {NOTICE_LANGUAGE}, 0 FROM scheduled_announcements a"
            " JOIN members m ON m.id = a.created_by WHERE a.id = ?", (announcement_id,))
        return Recipient(*rows[0]) if rows else None

    async def unschedule(self, announcement_id: int) -> bool:
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "UPDATE scheduled_announcements SET status = 'cancelled'"
                " WHERE id = ? AND status = 'pending' RETURNING id",
                (announcement_id,),
            ))
        return bool(rows)

    async def due(self, now: datetime, boot: str) -> list[int]:
        """Ids of the announcements to publish now (or left 'sending' by a dead process, or
        by this boot under an expired lease), in order."""
        rows = await self.db.read(
            "SELECT id FROM scheduled_announcements WHERE (status = 'pending' AND"
            " next_try_at <= ?) OR (status = 'sending' AND (next_try_at <= ?"
            " OR claimed_by IS NOT ?)) ORDER BY at, id",
            (to_db(now), to_db(now), boot))
        return [r[0] for r in rows]

    async def claim(
        self, announcement_id: int, now: datetime, lease: timedelta, boot: str
    ) -> tuple[ScheduledAnnouncement, bool] | None:
        """Take one announcement for publishing: (it, whether an earlier attempt was
        interrupted), or None if it is not due or someone has it."""
        async with self.db.transaction() as db:
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

    async def finish(
        self, announcement_id: int, status: str, now: datetime, *, reached: int | None = None,
        next_try_at: datetime | None = None,
    ) -> None:
        """'done', 'skipped', 'failed', or back to 'pending' until `next_try_at`."""
        async with self.db.transaction() as db:
            await db.execute(
                "UPDATE scheduled_announcements SET status = ?, reached = ?,"
                " next_try_at = COALESCE(?, next_try_at),"
                " published_at = CASE WHEN ? = 'done' THEN ? ELSE published_at END"
                " WHERE id = ?",
                (status, reached, to_db(next_try_at) if next_try_at else None, status,
                 to_db(now), announcement_id),
            )
