"""The database every aggregate module shares: connections, transactions, migrations, mapping.

Writes go through one connection guarded by an `asyncio.Lock` and `BEGIN IMMEDIATE`, so a
capacity check and the seat it grants are one transaction (FACTS.md: a check-then-insert
without it booked 1,000 seats of 40). Reads use a second connection; WAL lets them run beside
a write. Each aiosqlite await is a hop to a worker thread, so hot paths keep statements few.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

log = logging.getLogger(__name__)

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
BUSY_TIMEOUT_MS = 5000


def to_db(moment: datetime) -> str:
    """A UTC timestamp as stored; naive datetimes are refused rather than guessed."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to storage")
    return moment.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def from_db(text: str) -> datetime:
    return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)


def optional_from_db(text: str | None) -> datetime | None:
    return from_db(text) if text else None


class Database:
    """The writer and reader connections of one SQLite file; `await Database.open(path)`."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection):
        self.path = path
        self.writer = writer
        self.reader = reader
        self.lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        """`busy_timeout_ms`: how long to wait for another process's write lock before
        giving up with "database is locked" (short in tests)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = await connect(path, busy_timeout_ms)
        try:
            await writer.execute("PRAGMA journal_mode=WAL")
            await migrate(writer)
            reader = await connect(path, busy_timeout_ms)
        except BaseException:
            await writer.close()
            raise
        return cls(path, writer, reader)

    async def close(self) -> None:
        async with self.lock:
            await self.reader.close()
            await self.writer.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction: all of it or nothing, even when COMMIT itself fails (disk
        full, lock timeout), so the next transaction starts clean."""
        async with self.lock:
            await self.writer.execute("BEGIN IMMEDIATE")
            try:
                yield self.writer
                await self.writer.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise

    async def _rollback(self) -> None:
        if not self.writer.in_transaction:
            return  # SQLite already rolled back (e.g. after SQLITE_FULL)
        try:
            await self.writer.execute("ROLLBACK")
        except sqlite3.Error:
            log.exception("rollback failed")

    async def read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Rows from the reader connection (never waits for the write lock)."""
        return list(await self.reader.execute_fetchall(sql, tuple(params)))

    async def write_one(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """One statement on the writer in autocommit (one statement, one transaction): for a
        single upsert on a hot path, without the extra BEGIN/COMMIT hops."""
        async with self.lock:
            return list(await self.writer.execute_fetchall(sql, tuple(params)))

    async def checkpoint(self) -> None:
        """Copy the WAL into the database and empty it, so erased rows (zeroed by
        secure_delete in the database) do not linger in `-wal` until shutdown."""
        async with self.lock:
            rows = list(await self.writer.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)"))
        if rows and rows[0][0]:
            log.warning("WAL checkpoint after an erasure was blocked by a reader; erased data "
                        "stays in the -wal file until the next checkpoint")


async def connect(path: Path, busy_timeout_ms: int) -> aiosqlite.Connection:
    """A connection in autocommit mode with our pragmas."""
    db = await aiosqlite.connect(path, isolation_level=None)
    try:
        await db.execute("PRAGMA foreign_keys=ON")
        await db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        await db.execute("PRAGMA synchronous=NORMAL")
        # Erased rows are overwritten with zeros, not left readable in free pages.
        await db.execute("PRAGMA secure_delete=ON")
    except BaseException:
        await db.close()
        raise
    return db


async def migrate(db: aiosqlite.Connection) -> None:
    """Apply numbered migrations `NNNN_name.sql` not yet recorded, each in its transaction."""
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = {r[0] for r in await db.execute_fetchall("SELECT version FROM schema_migrations")}
    folder = resources.files("storage.migrations")
    scripts = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    for script in scripts:
        version = int(script.name.split("_", 1)[0])
        if version in done:
            continue
        statements = script.read_text(encoding="utf-8")
        await db.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_sql(statements):
                await db.execute(statement)
            await db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (version, script.name, to_db(datetime.now(UTC))),
            )
        except BaseException:
            await db.execute("ROLLBACK")
            raise
        await db.execute("COMMIT")


def split_sql(script: str) -> list[str]:
    """The statements of a migration script (`--` comment lines dropped)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
