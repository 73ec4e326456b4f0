"""Event posters: one JPEG per event in a `posters/` folder beside the database.

The picture stays out of SQLite (the database stays small and quick to back up, and
platforms want a file to upload anyway); the event row holds only the file's name. Names
are random, so a name says nothing about the event and cannot be guessed, and a name read
back is checked before it becomes a path.

Order of work, so that neither a crash nor a full disk leaves a row pointing at nothing: the
new file is written (under a temporary name, then renamed), then the row changes in one
transaction, then the old file goes. At worst an orphan file stays behind, never a missing
one. Bytes given here are already checked and cleaned (`commands.posters.images`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
from datetime import datetime
from pathlib import Path

from storage.base import Database, read_only, to_db

log = logging.getLogger(__name__)

FOLDER = "posters"
_NAME = re.compile(r"[0-9a-f]{32}\.jpg")


def posters_folder(database: Path) -> Path:
    return Path(database).parent / FOLDER


def poster_path(database: Path, name: str) -> Path | None:
    """The file of a poster name as stored for the database at `database`; None for a name
    we never made (a damaged or edited row must not point outside the folder)."""
    if not _NAME.fullmatch(name or ""):
        return None
    return posters_folder(database) / name


def existing_poster(database: Path, name: str) -> Path | None:
    """The poster's file when it is one of ours and still on disk, else None: what is safe to
    upload with a card or serve on the web (a missing file means the card goes without)."""
    path = poster_path(database, name)
    return path if path is not None and path.is_file() else None


class Posters:
    """Attach, replace and remove the poster of an event."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def folder(self) -> Path:
        return posters_folder(self.db.path)

    def path(self, name: str) -> Path | None:
        return poster_path(self.db.path, name)

    def existing(self, name: str) -> Path | None:
        return existing_poster(self.db.path, name)

    async def attach(self, event_id: int, jpeg: bytes, now: datetime) -> bool:
        """Give the event this poster, replacing (and deleting) any earlier one. False when
        there is no such event (nothing is kept then)."""
        name = secrets.token_hex(16) + ".jpg"
        target = self.folder / name
        await asyncio.to_thread(_write, target, jpeg)
        try:
            old = await self._set(event_id, name, now)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        if old is None:
            target.unlink(missing_ok=True)
            return False
        self._delete(old)
        return True

    async def copy(self, source_id: int, target_id: int, now: datetime) -> bool:
        """Give `target_id` a file of its own with `source_id`'s poster (a duplicated event
        keeps its picture; removing one never takes the other's). False when there is none."""
        rows = await self.db.read("SELECT poster FROM events WHERE id = ?", (source_id,))
        source = self.path(str(rows[0][0])) if rows else None
        if source is None or not source.is_file():
            return False
        return await self.attach(target_id, await asyncio.to_thread(source.read_bytes), now)

    async def remove(self, event_id: int, now: datetime) -> bool:
        """Take the poster off the event and delete its file; False when it had none."""
        old = await self._set(event_id, "", now)
        if not old:
            return False
        self._delete(old)
        return True

    async def _set(self, event_id: int, name: str, now: datetime) -> str | None:
        """The event's previous poster name ('' for none), or None without such an event."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "SELECT poster FROM events WHERE id = ?", (event_id,)))
            if not rows:
                return None
            await db.execute("UPDATE events SET poster = ?, updated_at = ? WHERE id = ?",
                             (name, to_db(now), event_id))
        return str(rows[0][0])

    def _delete(self, name: str) -> None:
        path = self.path(name)
        if path is None:
            return
        try:
            path.unlink(missing_ok=True)
        except OSError as err:  # the row no longer points at it: an orphan, not an error
            log.warning("could not delete an old poster file: %s", err.strerror)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    try:
        with open(partial, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def missing_pictures(database: Path, now: datetime) -> int:
    """How many events still to come (not cancelled) name a poster whose file is not beside
    this database: a restore from a lone `.db` copy, without its `posters/` folder."""
    rows = read_only(database, "SELECT poster FROM events WHERE poster IS NOT NULL "
                     "AND poster != '' AND status = 'scheduled' AND starts_at > ?",
                     (to_db(now),))
    # None: a backup from before posters (no such column: its migration runs at the next
    # start) has none to miss; the restore is done, and must not say it failed.
    return sum(1 for row in rows or () if existing_poster(database, str(row[0])) is None)
