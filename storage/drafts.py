"""Events being created step by step (guided creation): one draft per organiser.

A draft is what an organiser answered so far, kept in the database so a restart loses
nothing; it is private to its organiser (keyed by member) and expires when left alone for
`DRAFT_TTL`. Publishing takes the draft out in the same statement that checks it (`take`),
so two presses of "Publish" create one event.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.base import Database, from_db, to_db

DRAFT_TTL = timedelta(hours=24)
# How long the fact that a draft expired waits for its organiser to come back and be told.
EXPIRED_NOTE_TTL = timedelta(days=30)
# Before an expired draft is erased, the fact (its step and last answer, no answers) is kept
# for its organiser (`get(..., or_expired=True)`); one row per member, the latest.
_BURY = ("INSERT OR REPLACE INTO expired_drafts (member_id, step, last_at)"
         " SELECT member_id, step, updated_at FROM drafts WHERE updated_at < ?")
# The step of what `Drafts.get(..., or_expired=True)` returns for a draft that expired.
EXPIRED = "expired"
# Passed as `image` to keep the picture already held.
KEEP = object()


@dataclass(frozen=True)
class Draft:
    """`image` is read only by `take` (up to 10 MB: not on every message of the
    dialogue); elsewhere `has_image` says whether there is one."""

    id: int
    member_id: int
    step: str
    data: dict[str, Any]
    has_image: bool
    reminded: bool
    updated_at: datetime
    image: bytes | None = None


def _draft(row: Any) -> Draft:
    return Draft(row[0], row[1], row[2], json.loads(row[3]), bool(row[4]), bool(row[5]),
                 from_db(row[6]), row[7] if len(row) > 7 else None)


_COLUMNS = "id, member_id, step, data, image IS NOT NULL, reminded, updated_at"


class Drafts:
    """Guided-creation drafts; every read ignores expired ones."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def start(self, member_id: int, step: str, data: Mapping[str, Any],
                    now: datetime, image: bytes | None = None) -> Draft:
        """A fresh draft for this organiser (a new id: buttons of an older one go stale);
        expired drafts of anyone are removed on the way."""
        async with self.db.transaction() as db:
            await db.execute(_BURY + " AND member_id != ?",
                             (to_db(now - DRAFT_TTL), member_id))
            await db.execute("DELETE FROM expired_drafts WHERE member_id = ?", (member_id,))
            await db.execute("DELETE FROM drafts WHERE member_id = ? OR updated_at < ?",
                             (member_id, to_db(now - DRAFT_TTL)))
            rows = list(await db.execute_fetchall(
                f"INSERT INTO drafts (member_id, step, data, image, updated_at)"
                f" VALUES (?,?,?,?,?) RETURNING {_COLUMNS}",
                (member_id, step, json.dumps(dict(data)), image, to_db(now))))
        return _draft(rows[0])

    async def get(self, member_id: int, now: datetime, *,
                  or_expired: bool = False) -> Draft | None:
        """The organiser's open draft, if any and not expired.

        With `or_expired`, when there is none but one of theirs expired since they were last
        told: that one, once (the note is taken), as a `Draft` with id 0, step `EXPIRED`,
        `data` {"step": the step it had reached} and `updated_at` its last answer. An
        expired draft not yet swept is erased on the way."""
        cutoff = to_db(now - DRAFT_TTL)
        if not or_expired:
            rows = await self.db.read(
                f"SELECT {_COLUMNS} FROM drafts WHERE member_id = ? AND updated_at >= ?",
                (member_id, cutoff))
            return _draft(rows[0]) if rows else None
        # One read whatever there is (most messages find nothing: no write then).
        rows = await self.db.read(
            f"SELECT {_COLUMNS} FROM drafts WHERE member_id = ? UNION ALL SELECT 0, member_id,"
            " step, '{}', 0, 0, last_at FROM expired_drafts WHERE member_id = ?",
            (member_id, member_id))
        found = [_draft(row) for row in rows]
        live = [d for d in found if d.id and d.updated_at >= now - DRAFT_TTL]
        if live or not found:
            return live[0] if live else None
        async with self.db.transaction() as db:
            await db.execute(_BURY + " AND member_id = ?", (cutoff, member_id))
            await db.execute("DELETE FROM drafts WHERE member_id = ? AND updated_at < ?",
                             (member_id, cutoff))
            taken = list(await db.execute_fetchall(
                "DELETE FROM expired_drafts WHERE member_id = ? RETURNING step, last_at",
                (member_id,)))
        if not taken or from_db(taken[0][1]) < now - EXPIRED_NOTE_TTL:
            return None  # long forgotten: not worth a word
        return Draft(0, member_id, EXPIRED, {"step": taken[0][0]}, False, False,
                     from_db(taken[0][1]))

    async def export(self, member_id: int) -> Draft | None:
        """The member's draft for /mydata, expired or not: an expired one is still held
        until the next sweep (`sweep`, each scheduler tick) or `start` removes it."""
        rows = await self.db.read(f"SELECT {_COLUMNS} FROM drafts WHERE member_id = ?",
                                  (member_id,))
        return _draft(rows[0]) if rows else None

    async def expired_export(self, member_id: int) -> datetime | None:
        """The last answer of the member's draft that expired, if its note is still kept
        (to tell them at their return, `EXPIRED_NOTE_TTL` at most), for /mydata: the
        answers are gone, the fact and its time are not."""
        rows = await self.db.read("SELECT last_at FROM expired_drafts WHERE member_id = ?",
                                  (member_id,))
        return from_db(rows[0][0]) if rows else None

    async def save(self, draft_id: int, member_id: int, step: str, data: Mapping[str, Any],
                   now: datetime, image: object = KEEP) -> Draft | None:
        """The draft with its new step and answers; None when it is gone or expired (or
        not this organiser's)."""
        sql = "UPDATE drafts SET step = ?, data = ?, reminded = 0, updated_at = ?"
        params: list[Any] = [step, json.dumps(dict(data)), to_db(now)]
        if image is not KEEP:
            sql += ", image = ?"
            params.append(image)
        sql += f" WHERE id = ? AND member_id = ? AND updated_at >= ? RETURNING {_COLUMNS}"
        params += [draft_id, member_id, to_db(now - DRAFT_TTL)]
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(sql, params))
        return _draft(rows[0]) if rows else None

    async def remind(self, draft_id: int) -> None:
        """The organiser was told once that this draft waits."""
        await self.db.write_one("UPDATE drafts SET reminded = 1 WHERE id = ?", (draft_id,))

    async def take(self, draft_id: int, member_id: int, now: datetime) -> Draft | None:
        """Remove and return the draft, once: a second call (a double press) gets None."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                f"DELETE FROM drafts WHERE id = ? AND member_id = ? AND updated_at >= ?"
                f" RETURNING {_COLUMNS}, image", (draft_id, member_id,
                                                   to_db(now - DRAFT_TTL))))
        return _draft(rows[0]) if rows else None

    async def sweep(self, now: datetime) -> int:
        """Erase every expired draft (answers and picture): « left alone » means gone, not
        kept until some organiser starts another. How many went."""
        async with self.db.transaction() as db:
            await db.execute(_BURY, (to_db(now - DRAFT_TTL),))
            rows = list(await db.execute_fetchall(
                "DELETE FROM drafts WHERE updated_at < ? RETURNING id",
                (to_db(now - DRAFT_TTL),)))
            await db.execute("DELETE FROM expired_drafts WHERE last_at < ?",
                             (to_db(now - EXPIRED_NOTE_TTL),))
        return len(rows)

    async def drop(self, member_id: int) -> bool:
        """Abandon the organiser's draft; False when there was none."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "DELETE FROM drafts WHERE member_id = ? RETURNING id", (member_id,)))
        return bool(rows)
