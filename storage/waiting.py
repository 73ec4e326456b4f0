"""Answers waiting for a member's private chat: kept when the platform refused to deliver
them privately, given (taken off) when the member opens it. `bot.adapters.waiting` decides
what a reply keeps (`reply`, its own text form); here only when and how many.

Rows are erased with their member (ON DELETE CASCADE), and one by one once given (`given`,
after the send: a process killed in between gives it again rather than lose it). None
outlives `WAITING_FOR` by more than an hour: `sweep` removes them, run hourly by the
scheduler (`bot.adapters.waiting.WaitingSweep`), the one place that keeps that promise;
`kept` never returns one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from storage.base import Database, from_db, to_db

WAITING_FOR = timedelta(hours=24)
WAITING_MAX = 5  # per member: the oldest goes first


class Waiting:
    """Replies kept for (platform, platform user id); see the module docstring."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def keep(self, platform: str, user_id: str, reply: str, now: datetime,
                   kept_at: datetime | None = None) -> None:
        """Keep `reply` for the account, tied to its member if it has one (none: the
        message that erased them was answered). `kept_at` (default `now`): when it was
        first kept, for one put back after a new refusal (it does not live longer)."""
        at = to_db(kept_at or now)
        async with self.db.transaction() as db:
            await db.execute(
                "INSERT INTO waiting_replies (platform, user_id, member_id, kept_at, reply)"
                " VALUES (?, ?, (SELECT id FROM members WHERE platform = ?"
                " AND platform_user_id = ?), ?, ?)",
                (platform, user_id, platform, user_id, at, reply))
            await db.execute(
                "DELETE FROM waiting_replies WHERE platform = ? AND user_id = ? AND id NOT IN"
                " (SELECT id FROM waiting_replies WHERE platform = ? AND user_id = ?"
                " ORDER BY kept_at DESC, id DESC LIMIT ?)",
                (platform, user_id, platform, user_id, WAITING_MAX))

    async def kept(self, platform: str, user_id: str, now: datetime
                   ) -> list[tuple[int, datetime, str]]:
        """The account's replies still fresh, oldest first: (row id, when it was kept,
        reply). Nothing is removed: each goes once given (`given`)."""
        rows = await self.db.read(
            "SELECT id, kept_at, reply FROM waiting_replies WHERE platform = ? AND user_id = ?"
            " AND kept_at >= ? ORDER BY kept_at, id",
            (platform, user_id, to_db(now - WAITING_FOR)))
        return [(r[0], from_db(r[1]), r[2]) for r in rows]

    async def given(self, row_id: int) -> bool:
        """A reply was sent (or dropped, unreadable or said already): it leaves the
        database. False when it was gone already."""
        rows = await self.db.write_one(
            "DELETE FROM waiting_replies WHERE id = ? RETURNING id", (row_id,))
        return bool(rows)

    async def drop_naming(self, member_id: int, names: Iterable[str]) -> int:
        """Erase the member's replies that name one of `names` (a child's first name, as a
        word, whatever its case): « Seulement les prénoms » leaves none waiting. How many."""
        words = [re.compile(rf"(?<!\w){re.escape(n.casefold())}(?!\w)") for n in names if n]
        rows = await self.db.read("SELECT id, reply FROM waiting_replies WHERE member_id = ?",
                                  (member_id,))
        naming = [r[0] for r in rows if any(w.search(r[1].casefold()) for w in words)]
        if not naming:
            return 0
        async with self.db.transaction() as db:
            await db.executemany("DELETE FROM waiting_replies WHERE id = ?",
                                 [(row_id,) for row_id in naming])
        return len(naming)

    async def holders(self, platform: str, now: datetime) -> set[str]:
        """The accounts with something waiting (an adapter asks `take` only of them)."""
        rows = await self.db.read(
            "SELECT DISTINCT user_id FROM waiting_replies WHERE platform = ? AND kept_at >= ?",
            (platform, to_db(now - WAITING_FOR)))
        return {r[0] for r in rows}

    async def sweep(self, now: datetime) -> int:
        """Erase every reply older than `WAITING_FOR`; how many."""
        rows = await self.db.write_one("DELETE FROM waiting_replies WHERE kept_at < ?"
                                       " RETURNING id", (to_db(now - WAITING_FOR),))
        return len(rows)
