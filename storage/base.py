"""The database every aggregate module shares: connections, transactions, migrations, mapping.

Writes go through one connection guarded by an `asyncio.Lock` and `BEGIN IMMEDIATE`, so a
capacity check and the seat it grants are one transaction (FACTS.md: a check-then-insert
without it booked 1,000 seats of 40). Reads use a second connection; WAL lets them run beside
a write. Hot paths give their whole transaction as one function (`run_write`), run on the
event loop's own thread: a trip to a worker thread and back is two thread wake-ups (27-94 µs
idle, milliseconds on a busy machine: more than all our own Python per answer), and in a
burst the two threads mostly waited for each other's hold on the interpreter (the loop's and
the writer's CPU added up to 2/3 of the wall time). The writes asked for together (a burst)
still go in groups under one COMMIT each (group commit): a COMMIT writes every page the
transaction touched to the WAL, which was most of the SQL's time per answer.
No COMMIT copies the WAL into the database (a checkpoint: both files flushed to disk, 5-15 ms,
which SQLite does inside the COMMIT that fills 1,000 pages — 1 % of the answers, most of the
slowest 5 %'s time, bench/rsvp_tail.py): the reader's thread copies it beside the writes,
every `COPY_LOG_EVERY` COMMITs.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

log = logging.getLogger(__name__)

T = TypeVar("T")

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
BUSY_TIMEOUT_MS = 5000
# At most this many `run_write` transactions per COMMIT (a burst of answers goes in batches:
# the first ones are answered before the next batch runs, so the loop never stops for long).
WRITE_BATCH = 32
# The WAL is copied into the database after this many COMMITs (a lone answer writes 4-8 pages
# of log; a group of them shares its pages): the bulk on the reader's thread, beside the
# writes, then, writes held back, what was written meanwhile, so that the next write starts
# the log over. The log then stays under SQLite's own 1,000 pages, whose checkpoint would run
# inside a COMMIT (the whole log copied and two disk flushes, 5-15 ms, inside one answer).
# COMMITs, not transactions: a burst's groups would start a copy every few groups, each
# holding writes back while it ends (burst ratio 0.97 -> 0.84 in one A/B).
COPY_LOG_EVERY = 100
# A copy slowed by a busy disk lets the log grow meanwhile (SQLite's own checkpoint then waits
# for ours): once it starts over, its file is cut back to this (SQLite's default log size).
LOG_FILE_AT_MOST = 4 * 1024 * 1024

# A new member's number: above every member's and every erased one's (table `member_ids`,
# migration `*_member_ids.sql`), so that nothing still naming an erased member (a button, a
# message in flight) ever reaches a newcomer.
NEXT_ID = ("(SELECT MAX(COALESCE((SELECT MAX(high) FROM member_ids), 0),"
           " COALESCE((SELECT MAX(id) FROM members), 0)) + 1)")


def to_db(moment: datetime) -> str:
    """A UTC timestamp as stored (`TIMESTAMP_FORMAT`); naive datetimes are refused rather
    than guessed. `isoformat`, not `strftime` nor six formatted numbers: several times
    quicker (every answer writes one), and the year always has four digits, so `from_db`
    reads back any year."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to storage")
    return moment.astimezone(UTC).isoformat(timespec="seconds")[:19] + "Z"


def from_db(text: str) -> datetime:
    """A stored timestamp (`TIMESTAMP_FORMAT`, UTC). `fromisoformat` reads it ~10x faster than
    `strptime`, which showed in every answer and listing."""
    return datetime.fromisoformat(text)


def optional_from_db(text: str | None) -> datetime | None:
    return from_db(text) if text else None


def read_only_uri(database: Path) -> str:
    """`sqlite3.connect(read_only_uri(path), uri=True)`: the file opened read only. The path
    escaped: typed in as is, a « # » or « ? » in a folder's name cut it there (the file not
    read, and an empty database created, writable, at the cut)."""
    return database.resolve().as_uri() + "?mode=ro"


def read_only(database: Path, sql: str, params: tuple[object, ...] = (),
              timeout: float = 1.0) -> list[tuple[Any, ...]] | None:
    """Rows read with plain `sqlite3`, the file opened read only (no event loop, no lock,
    no migration: a second console refused, `python -m bot restore`); None when the file
    cannot be read as a database or lacks what `sql` asks (a backup from before a column)."""
    try:
        db = sqlite3.connect(read_only_uri(database), uri=True, timeout=timeout)
        try:
            return list(db.execute(sql, params).fetchall())
        finally:
            db.close()
    except sqlite3.Error:
        return None


def in_transaction(conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], Any],
                   ) -> tuple[bool, Any]:
    """`work(conn)` between BEGIN IMMEDIATE and COMMIT on a plain connection: (True, result),
    or (False, the error) with everything rolled back."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = work(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    log.exception("rollback failed")
            raise
    except Exception as err:
        return False, err
    return True, result


def in_one_transaction(conn: sqlite3.Connection,
                       works: list[Callable[[sqlite3.Connection], Any]]) -> list[tuple[bool, Any]]:
    """Each of `works` with one BEGIN IMMEDIATE and one COMMIT for all (group commit), each
    outcome as `in_transaction` gives it. Optimistic: should any work fail, or the COMMIT,
    all is rolled back and each work runs again in its own transaction, so a failure
    never takes another's writes with it nor leaves half of its own. No caller has its
    outcome before the COMMIT, so none was told of a write that did not last."""
    if len(works) == 1:
        return [in_transaction(conn, works[0])]
    ok, results = in_transaction(conn, lambda conn: [work(conn) for work in works])
    if ok:
        return [(True, result) for result in results]
    log.debug("group commit of %d failed; each in its own transaction", len(works))
    return [in_transaction(conn, work) for work in works]


class Database:
    """The writer and reader connections of one SQLite file; `await Database.open(path)`.

    `conn` is the writer's own `sqlite3` connection (the one `writer` drives from its
    thread), which `run_write` uses on the event loop's thread: never both at once (the
    writer's calls all run under `lock`, and `run_write` only while it is free)."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection,
                 conn: sqlite3.Connection) -> None:
        self.path = path
        self.writer = writer
        self.reader = reader
        self.conn = conn
        self.lock = asyncio.Lock()
        # `run_write` transactions not yet written, whether a call to write them is due on
        # the loop, and the task waiting for `lock` to write them.
        self._waiting: list[tuple[Callable[[sqlite3.Connection], Any], asyncio.Future[Any]]]
        self._waiting = []
        self._due = False
        self._flusher: asyncio.Task[None] | None = None
        # COMMITs since the log was last copied, and the copy under way.
        self._writes = 0
        self._copying: asyncio.Task[None] | None = None
        self._copy_lock = asyncio.Lock()  # one checkpoint at a time; taken before `lock`
        self._closing = False

    @classmethod
    async def open(cls, path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        """`busy_timeout_ms`: how long to wait for another process's write lock before
        giving up with "database is locked" (short in tests)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # The migrations run on a connection of their own, closed once done: the writer would
        # otherwise keep every CREATE of a fresh database prepared in its statement cache and
        # the pages they wrote in its page cache (~0.65 MiB for good, bench/memory.py).
        migrator = await connect(path, busy_timeout_ms)
        try:
            await migrator.execute("PRAGMA journal_mode=WAL")  # kept by the file
            await migrate(migrator)
        finally:
            await migrator.close()
        writer, conn = await connect_shared(path, busy_timeout_ms)
        try:
            await writer.execute(f"PRAGMA journal_size_limit={LOG_FILE_AT_MOST}")
            reader = await connect(path, busy_timeout_ms)
        except BaseException:
            await writer.close()
            raise
        return cls(path, writer, reader, conn)

    async def close(self) -> None:
        self._closing = True  # no copy of the log starts now
        await self.settle()
        async with self.lock:
            # Writes asked for before close() are written, not failed on a closed connection
            # (a lone one went to the writer thread at once before session 12).
            while self._waiting:
                self._write_due(held=True)
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
        self._writes += 1
        if self._writes >= COPY_LOG_EVERY:
            self._copy_log()

    def run_write(self, work: Callable[[sqlite3.Connection], T]) -> asyncio.Future[T]:
        """`work(conn)` as one write transaction, BEGIN IMMEDIATE to COMMIT, on the writer's
        connection: what to await for its result. All of it or nothing, as with
        `transaction()`: whatever `work` or COMMIT raises rolls back before the error reaches
        the caller. `work` gets a plain `sqlite3` connection: plain calls only, no awaits,
        quick (it runs on the event loop's thread: a lone answer's transaction takes
        0.1-0.2 ms). It may run twice (a group whose COMMIT failed runs each again alone):
        no effect outside the connection.

        Written once the loop has run what was ready before (one turn of the loop): the
        transactions asked for meanwhile go together, up to `WRITE_BATCH`, under one COMMIT
        (`in_one_transaction`); while a `transaction()` (or the last step of a copy of the
        log) holds `lock`, they wait for its end. No trip to another thread. A caller
        cancelled before its turn has nothing written; once written, it stays. Not itself
        a coroutine: the future is what the caller awaits (no frame to create and resume
        per write).
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[T] = loop.create_future()
        self._waiting.append((work, done))
        if not self._due and self._flusher is None:
            self._due = True
            loop.call_soon(self._write_due)
        return done

    def _write_due(self, held: bool = False) -> None:
        """Write the first `WRITE_BATCH` waiting transactions under one COMMIT, here and now
        on the loop's thread, and give each caller its outcome. As the loop's callback that
        `run_write` asked for: unless `lock` is held (a task then waits for it, `_flush`),
        and the rest in a callback of its own, after what this batch's callers do next.
        `held`: called by `_flush`, which holds `lock`."""
        if not held:
            self._due = False
            if not self._waiting or self._flusher is not None:
                return
            if self.lock.locked():
                self._flusher = asyncio.get_running_loop().create_task(self._flush())
                return
        # A caller cancelled before its turn (shutdown, a timeout): its write is not made.
        batch = [entry for entry in self._waiting[:WRITE_BATCH] if not entry[1].done()]
        del self._waiting[:WRITE_BATCH]
        if batch:
            self._write(batch)
        if self._waiting and not held:
            self._due = True
            asyncio.get_running_loop().call_soon(self._write_due)

    def _write(self, batch: list[tuple[Callable[[sqlite3.Connection], Any],
                                       asyncio.Future[Any]]]) -> None:
        """`batch` under one COMMIT, each caller given its outcome. Synchronous on the loop's
        thread: no caller can be cancelled between the write and its outcome."""
        try:
            if len(batch) == 1:  # a lone write (the usual case): no group around it
                outcomes = [in_transaction(self.conn, batch[0][0])]
            else:
                outcomes = in_one_transaction(self.conn, [work for work, _ in batch])
        except Exception as err:  # they give failures back; this is worse (closed)
            outcomes = [(False, err)] * len(batch)
        self._writes += 1  # one COMMIT for the group
        if self._writes >= COPY_LOG_EVERY:
            self._copy_log()
        for (_, done), (ok, value) in zip(batch, outcomes, strict=True):
            if ok:
                done.set_result(value)
            else:
                done.set_exception(value)

    async def _flush(self) -> None:
        """Write the waiting transactions, a batch at a time, each once `lock` is free (so
        none lands inside a `transaction()`), letting the loop run between batches."""
        try:
            while self._waiting:
                async with self.lock:
                    self._write_due(held=True)
                await asyncio.sleep(0)  # the batch's callers go on before the next batch
        except BaseException:
            for _, done in self._waiting:  # nobody waits forever (shutdown)
                done.cancel()
            self._waiting.clear()
            raise
        finally:
            self._flusher = None

    def _copy_log(self) -> None:
        """Start copying the WAL into the database on the reader's thread, unless a copy is
        under way (the count then goes on: the next write after it starts another)."""
        if self._copying is None and not self._closing:
            self._writes = 0
            self._copying = asyncio.get_running_loop().create_task(self._copying_log())

    async def _copying_log(self) -> None:
        """Two PASSIVE checkpoints (never waiting for a lock a writer holds), both on the
        reader's thread: the log's bulk copied and flushed while writes go on, then, with
        writes held back (the lock), the little written meanwhile, so that the whole log is
        in the database and the next write starts it over (a log copied only while writes
        go on is never whole: it would grow without end). A failure (disk full) is logged;
        the next copy tries again, and SQLite's own checkpoint still bounds the log."""
        try:
            async with self._copy_lock:
                await self.reader.execute_fetchall("PRAGMA wal_checkpoint(PASSIVE)")
                async with self.lock:
                    await self.reader.execute_fetchall("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception:
            log.exception("could not copy the write log into the database")
        finally:
            self._copying = None

    async def settle(self) -> None:
        """Wait for a copy of the log under way (`checkpoint`, `close`; tests)."""
        copying = self._copying
        if copying is not None:
            await asyncio.shield(copying)

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
        """One statement as one write transaction (`run_write`): for a single upsert on a hot
        path, such as a new member's first message; in a burst these go together too."""
        values = tuple(params)
        return await self.run_write(lambda conn: conn.execute(sql, values).fetchall())

    async def checkpoint(self) -> None:
        """Copy the WAL into the database and empty it, so erased rows (zeroed by
        secure_delete in the database) do not linger in `-wal` until shutdown."""
        # A copy under way would make this one fail (one checkpoint at a time): after it.
        async with self._copy_lock, self.lock:
            rows = list(await self.writer.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)"))
        if rows and rows[0][0]:
            log.warning("WAL checkpoint after an erasure was blocked by a reader; erased data "
                        "stays in the -wal file until the next checkpoint")


async def connect(path: Path, busy_timeout_ms: int) -> aiosqlite.Connection:
    """A connection in autocommit mode with our pragmas."""
    return (await connect_shared(path, busy_timeout_ms))[0]


async def connect_shared(path: Path, busy_timeout_ms: int,
                         ) -> tuple[aiosqlite.Connection, sqlite3.Connection]:
    """`connect`, and the `sqlite3` connection it drives from its thread, usable on the
    loop's thread too (`check_same_thread=False`; `Database.run_write`). Built as
    `aiosqlite.connect` builds it (its public `Connection(connector, chunk size)`), so that
    the `sqlite3` connection is ours without aiosqlite's private `_conn`."""
    made: list[sqlite3.Connection] = []

    def connector() -> sqlite3.Connection:
        made.append(sqlite3.connect(str(path), isolation_level=None, check_same_thread=False))
        return made[0]

    db = await aiosqlite.Connection(connector, 64)
    try:
        await db.execute("PRAGMA foreign_keys=ON")
        await db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        await db.execute("PRAGMA synchronous=NORMAL")
        # Erased rows are overwritten with zeros, not left readable in free pages.
        await db.execute("PRAGMA secure_delete=ON")
    except BaseException:
        await db.close()
        raise
    return db, made[0]


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
    """The statements of a migration script (`--` comment lines dropped). A trigger's body
    (`BEGIN … END;`) holds semicolons: a statement ends at the first one that completes it
    (`sqlite3.complete_statement`)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    statements: list[str] = []
    pending = ""
    for piece in "\n".join(lines).split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().removesuffix(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().removesuffix(";").strip())
    return statements
