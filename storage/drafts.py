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
            await db.execute("DELETE FROM drafts WHERE member_id = ? OR updated_at < ?",
                             (member_id, to_db(now - DRAFT_TTL)))
            rows = list(await db.execute_fetchall(
                f"INSERT INTO drafts (member_id, step, data, image, updated_at)"
                f" VALUES (?,?,?,?,?) RETURNING {_COLUMNS}",
                (member_id, step, json.dumps(dict(data)), image, to_db(now))))
        return _draft(rows[0])

    async def get(self, member_id: int, now: datetime) -> Draft | None:
        """The organiser's open draft, if any and not expired."""
        rows = await self.db.read(
            f"SELECT {_COLUMNS} FROM drafts WHERE member_id = ? AND updated_at >= ?",
            (member_id, to_db(now - DRAFT_TTL)))
        return _draft(rows[0]) if rows else None

    async def export(self, member_id: int) -> Draft | None:
        """The member's draft for /mydata, expired or not: an expired one is still held
        until the next sweep (`sweep`, each scheduler tick) or `start` removes it."""
        rows = await self.db.read(f"SELECT {_COLUMNS} FROM drafts WHERE member_id = ?",
                                  (member_id,))
        return _draft(rows[0]) if rows else None

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
            rows = list(await db.execute_fetchall(
                "DELETE FROM drafts WHERE updated_at < ? RETURNING id",
                (to_db(now - DRAFT_TTL),)))
        return len(rows)

    async def drop(self, member_id: int) -> bool:
        """Abandon the organiser's draft; False when there was none."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "DELETE FROM drafts WHERE member_id = ? RETURNING id", (member_id,)))
        return bool(rows)
