"""SQLite storage through aiosqlite: the only module that speaks SQL.

Writes go through one connection guarded by an `asyncio.Lock` and `BEGIN IMMEDIATE`, so a
capacity check and the seat it grants are one transaction (FACTS.md: a check-then-insert
without it booked 1,000 seats of 40). Reads use a second connection; WAL lets them run beside
a write. Each aiosqlite await is a hop to a worker thread, so hot paths keep statements few.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

from storage.models import (
    Attendee,
    Counts,
    Event,
    FaqOverride,
    Member,
    MemberRsvp,
    NewEvent,
    PostedMessage,
    Recipient,
    RsvpOutcome,
)

log = logging.getLogger(__name__)

_TS = "%Y-%m-%dT%H:%M:%SZ"
BUSY_TIMEOUT_MS = 5000
# Live card copies shown in answer to members (not announcements): the most recent few per
# chat, and at most this many per event, so one RSVP costs a bounded number of edits.
COPIES_PER_CHAT = 2
COPIES_PER_EVENT = 50
EVENT_FIELDS = (
    "title", "description", "starts_at", "ends_at", "place", "capacity", "price_cents",
    "audience", "kind",
)


def to_db(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to storage")
    return moment.astimezone(UTC).strftime(_TS)


def from_db(text: str) -> datetime:
    return datetime.strptime(text, _TS).replace(tzinfo=UTC)


def _opt(text: str | None) -> datetime | None:
    return from_db(text) if text else None


_EVENT_COLS = (
    "id, kind, title, description, starts_at, ends_at, place, capacity, price_cents, audience,"
    " status, is_demo, created_by"
)


def _event(row: Sequence[Any]) -> Event:
    return Event(
        id=row[0], kind=row[1], title=row[2], description=row[3], starts_at=from_db(row[4]),
        ends_at=_opt(row[5]), place=row[6], capacity=row[7], price_cents=row[8],
        audience=row[9], status=row[10], is_demo=bool(row[11]), created_by=row[12],
    )


_MEMBER_COLS = (
    "id, platform, platform_user_id, display_name, language, reminders, unreachable,"
    " notice_pending"
)


def _member(row: Sequence[Any]) -> Member:
    return Member(
        id=row[0], platform=row[1], platform_user_id=row[2], display_name=row[3],
        language=row[4], reminders=bool(row[5]), unreachable=row[6], notice_pending=bool(row[7]),
    )


# Everything an RSVP decision needs, in one round trip.
_RSVP_STATE = """
SELECT e.title, e.status, e.starts_at, e.capacity,
       (SELECT COALESCE(SUM(seats), 0) FROM rsvps WHERE event_id = e.id AND state = 'going'),
       (SELECT COUNT(*) FROM rsvps WHERE event_id = e.id AND state = 'waitlisted'),
       (SELECT COALESCE(MAX(wait_seq), 0) FROM rsvps WHERE event_id = e.id),
       r.state, r.seats, r.wait_seq
FROM events e LEFT JOIN rsvps r ON r.event_id = e.id AND r.member_id = ?
WHERE e.id = ?
"""


class Storage:
    """The narrow interface the core uses. Open with `await Storage.open(path)`."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection):
        self.path = path
        self._w = writer
        self._r = reader
        self._lock = asyncio.Lock()
        self._members: dict[tuple[str, str], Member] = {}

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    async def open(cls, path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Storage:
        """`busy_timeout_ms`: how long to wait for another process's write lock before
        giving up with "database is locked" (short in tests)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = await _connect(path, busy_timeout_ms)
        try:
            await writer.execute("PRAGMA journal_mode=WAL")
            await _migrate(writer)
            reader = await _connect(path, busy_timeout_ms)
        except BaseException:
            await writer.close()
            raise
        return cls(path, writer, reader)

    async def close(self) -> None:
        async with self._lock:
            await self._r.close()
            await self._w.close()

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction: all of it or nothing, even when COMMIT itself fails (disk
        full, lock timeout), so the next transaction starts clean."""
        async with self._lock:
            await self._w.execute("BEGIN IMMEDIATE")
            try:
                yield self._w
                await self._w.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise

    async def _rollback(self) -> None:
        if not self._w.in_transaction:
            return  # SQLite already rolled back (e.g. after SQLITE_FULL)
        try:
            await self._w.execute("ROLLBACK")
        except sqlite3.Error:
            log.exception("rollback failed")

    async def _read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return list(await self._r.execute_fetchall(sql, tuple(params)))

    # -- members ---------------------------------------------------------------------------

    async def member(self, platform: str, user_id: str, display_name: str, now: datetime) -> Member:
        """The member behind a platform identity, created on first contact."""
        cached = self._members.get((platform, user_id))
        if cached is not None and cached.display_name == display_name:
            return cached
        async with self._lock:
            rows = await self._w.execute_fetchall(
                "INSERT INTO members (platform, platform_user_id, display_name, created_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (platform, platform_user_id)"
                " DO UPDATE SET display_name = excluded.display_name"
                f" RETURNING {_MEMBER_COLS}",
                (platform, user_id, display_name, to_db(now)),
            )  # autocommit: one statement, one transaction
        member = _member(next(iter(rows)))
        self._members[(platform, user_id)] = member
        return member

    async def get_member(self, member_id: int) -> Member | None:
        rows = await self._read(f"SELECT {_MEMBER_COLS} FROM members WHERE id = ?", (member_id,))
        return _member(rows[0]) if rows else None

    async def update_member(self, member_id: int, **fields: Any) -> Member | None:
        """Change language, reminders, unreachable or notice_pending."""
        allowed = {"language", "reminders", "unreachable", "notice_pending"}
        if not fields or not set(fields) <= allowed:
            raise ValueError(f"cannot update member fields {sorted(fields)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        async with self._transaction() as db:
            rows = await db.execute_fetchall(
                f"UPDATE members SET {assignments} WHERE id = ? RETURNING {_MEMBER_COLS}",
                (*fields.values(), member_id),
            )
        rows = list(rows)
        if not rows:
            return None
        member = _member(rows[0])
        self._members[(member.platform, member.platform_user_id)] = member
        return member

    async def member_data(self, member_id: int) -> dict[str, Any]:
        """Everything we hold about one member, for /mydata: every table that points at them."""
        member = await self.get_member(member_id)
        if member is None:
            return {}
        rsvps = await self._read(
            "SELECT e.id, e.title, e.starts_at, r.state, r.seats, r.created_at, r.updated_at"
            " FROM rsvps r JOIN events e ON e.id = r.event_id WHERE r.member_id = ?"
            " ORDER BY e.starts_at",
            (member_id,),
        )
        created = await self._read(
            "SELECT id, title FROM events WHERE created_by = ? ORDER BY id", (member_id,)
        )
        faq = await self._read(
            "SELECT key FROM faq_entries WHERE updated_by = ? ORDER BY key", (member_id,)
        )
        series = await self._read(
            "SELECT id, title FROM series WHERE created_by = ? ORDER BY id", (member_id,)
        )
        announcements = await self._read(
            "SELECT id, event_id, at FROM scheduled_announcements WHERE created_by = ?"
            " ORDER BY at", (member_id,)
        )
        reminders = await self._read(
            "SELECT d.event_id, e.title, d.offset_seconds, d.starts_at, d.status, d.sent_at,"
            " d.updated_at FROM reminder_deliveries d JOIN events e ON e.id = d.event_id"
            " WHERE d.member_id = ? ORDER BY d.updated_at, d.event_id", (member_id,)
        )
        created_at = await self._read("SELECT created_at FROM members WHERE id = ?", (member_id,))
        return {
            "member": member,
            "created_at": from_db(created_at[0][0]),
            "rsvps": [
                {"event_id": r[0], "title": r[1], "starts_at": from_db(r[2]), "state": r[3],
                 "seats": r[4], "created_at": from_db(r[5]), "updated_at": from_db(r[6])}
                for r in rsvps
            ],
            "events_created": [{"event_id": r[0], "title": r[1]} for r in created],
            "faq_edited": [r[0] for r in faq],
            "series_created": [{"series_id": r[0], "title": r[1]} for r in series],
            "announcements_scheduled": [
                {"id": r[0], "event_id": r[1], "at": from_db(r[2])} for r in announcements
            ],
            "reminders": [
                {"event_id": r[0], "title": r[1], "offset_seconds": r[2],
                 "starts_at": from_db(r[3]), "status": r[4], "sent_at": _opt(r[5]),
                 "updated_at": from_db(r[6])}
                for r in reminders
            ],
        }

    async def delete_member(self, member_id: int, now: datetime) -> list[tuple[int, Recipient]]:
        """Erase a member and everything tied to them; seats they held go to the waitlist.

        Returns the (event id, member) pairs promoted as a result.
        """
        promoted: list[tuple[int, Recipient]] = []
        async with self._transaction() as db:
            rows = await db.execute_fetchall(
                "SELECT r.event_id FROM rsvps r JOIN events e ON e.id = r.event_id"
                " WHERE r.member_id = ? AND r.state = 'going' AND e.status = 'scheduled'"
                " AND e.starts_at > ?",
                (member_id, to_db(now)),
            )
            events = [r[0] for r in rows]
            gone = await db.execute_fetchall(
                "DELETE FROM members WHERE id = ? RETURNING platform, platform_user_id",
                (member_id,),
            )
            for event_id in events:
                promoted += [(event_id, p) for p in await _promote(db, event_id, now)]
        for platform, user_id in gone:
            self._members.pop((platform, user_id), None)
        await self._checkpoint()
        return promoted

    async def _checkpoint(self) -> None:
        """Copy the WAL into the database and empty it, so erased rows (zeroed by
        secure_delete in the database) do not linger in `-wal` until shutdown."""
        async with self._lock:
            rows = list(await self._w.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)"))
        if rows and rows[0][0]:
            log.warning("WAL checkpoint after an erasure was blocked by a reader; erased data "
                        "stays in the -wal file until the next checkpoint")

    # -- events ----------------------------------------------------------------------------

    async def create_event(self, new: NewEvent, now: datetime) -> Event:
        async with self._transaction() as db:
            rows = await db.execute_fetchall(
                "INSERT INTO events (kind, title, description, starts_at, ends_at, place,"
                " capacity, price_cents, audience, is_demo, created_by, created_at, updated_at)"
                f" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING {_EVENT_COLS}",
                (
                    new.kind, new.title, new.description, to_db(new.starts_at),
                    to_db(new.ends_at) if new.ends_at else None, new.place, new.capacity,
                    new.price_cents, new.audience, int(new.is_demo), new.created_by,
                    to_db(now), to_db(now),
                ),
            )
        return _event(next(iter(rows)))

    async def get_event(self, event_id: int) -> Event | None:
        rows = await self._read(f"SELECT {_EVENT_COLS} FROM events WHERE id = ?", (event_id,))
        return _event(rows[0]) if rows else None

    async def upcoming_events(self, now: datetime, limit: int = 25) -> list[Event]:
        rows = await self._read(
            f"SELECT {_EVENT_COLS} FROM events WHERE status = 'scheduled' AND starts_at > ?"
            " ORDER BY starts_at, id LIMIT ?",
            (to_db(now), limit),
        )
        return [_event(r) for r in rows]

    async def count_events(self) -> int:
        rows = await self._read("SELECT COUNT(*) FROM events")
        return int(rows[0][0])

    async def update_event(
        self, event_id: int, now: datetime, **fields: Any
    ) -> tuple[Event, list[Recipient]] | None:
        """Change event fields; a raised capacity promotes the waitlist in the same
        transaction. Returns the event and the members promoted."""
        if not fields or not set(fields) <= set(EVENT_FIELDS):
            raise ValueError(f"cannot update event fields {sorted(fields)}")
        values = [to_db(v) if isinstance(v, datetime) else v for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        async with self._transaction() as db:
            rows = list(await db.execute_fetchall(
                f"UPDATE events SET {assignments}, updated_at = ? WHERE id = ?"
                f" RETURNING {_EVENT_COLS}",
                (*values, to_db(now), event_id),
            ))
            if not rows:
                return None
            promoted = await _promote(db, event_id, now) if "capacity" in fields else []
        return _event(rows[0]), promoted

    async def cancel_event(self, event_id: int, now: datetime) -> Event | None:
        async with self._transaction() as db:
            rows = list(await db.execute_fetchall(
                f"UPDATE events SET status = 'cancelled', updated_at = ? WHERE id = ?"
                f" RETURNING {_EVENT_COLS}",
                (to_db(now), event_id),
            ))
        return _event(rows[0]) if rows else None

    # -- RSVPs -----------------------------------------------------------------------------

    async def rsvp(
        self,
        event_id: int,
        member_id: int,
        choice: str | None,
        now: datetime,
        *,
        guests: int | None = None,
        guests_delta: int = 0,
        max_seats: int = 10,
    ) -> RsvpOutcome:
        """Record a member's answer, never overbooking.

        `choice` None keeps the current answer (a guest change). `guests` sets the number of
        guests; `guests_delta` moves it by one from a button. Going with fewer seats left than
        asked puts the member on the waitlist; anything that frees seats promotes it.
        """
        async with self._transaction() as db:
            rows = list(await db.execute_fetchall(_RSVP_STATE, (member_id, event_id)))
            if not rows:
                return RsvpOutcome("not_found", event_id, "")
            (title, status, starts_at, capacity, taken, waitlist, max_seq,
             old_state, old_seats, old_seq) = rows[0]
            if status == "cancelled":
                return RsvpOutcome("cancelled", event_id, title)
            if from_db(starts_at) <= now:
                return RsvpOutcome("closed", event_id, title)
            if choice is None:
                if old_state is None:
                    return RsvpOutcome("no_rsvp", event_id, title)
                choice = "going" if old_state == "waitlisted" else old_state
            if guests is not None:
                seats = guests + 1
            elif old_seats is not None:
                seats = old_seats + guests_delta
            else:
                seats = 1 + guests_delta
            seats = max(1, min(seats, max_seats))
            held = old_seats if old_state == "going" else 0
            stamp = to_db(now)

            if choice != "going":
                state, seq = choice, None
            elif capacity is None or taken - held + seats <= capacity:
                state, seq = "going", None
            elif old_state == "going":
                # More guests than seats left: keep what they have rather than lose it.
                return RsvpOutcome("kept", event_id, title, seats=old_seats, taken=taken,
                                   capacity=capacity)
            elif old_state == "waitlisted":
                state, seq = "waitlisted", old_seq
            else:
                state, seq = "waitlisted", max_seq + 1

            await db.execute(
                "INSERT INTO rsvps (event_id, member_id, state, seats, wait_seq, created_at,"
                " updated_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (event_id, member_id) DO UPDATE"
                " SET state = excluded.state, seats = excluded.seats,"
                " wait_seq = excluded.wait_seq, updated_at = excluded.updated_at",
                (event_id, member_id, state, seats, seq, stamp, stamp),
            )
            taken_after = taken - held + (seats if state == "going" else 0)
            promoted: list[Recipient] = []
            position = 0
            if state == "waitlisted":
                if old_state == "waitlisted":
                    ahead = await db.execute_fetchall(
                        "SELECT COUNT(*) FROM rsvps WHERE event_id = ? AND state = 'waitlisted'"
                        " AND wait_seq < ?",
                        (event_id, seq),
                    )
                    position = int(next(iter(ahead))[0]) + 1
                else:
                    position = waitlist + 1
            if taken_after < taken or (old_state == "waitlisted" and state != "waitlisted"):
                promoted = await _promote(db, event_id, now)
                taken_after += sum(p.seats for p in promoted)
                if state == "waitlisted" and any(p.member_id == member_id for p in promoted):
                    state, position = "going", 0
                    promoted = [p for p in promoted if p.member_id != member_id]
        return RsvpOutcome(state, event_id, title, seats=seats, position=position,
                           taken=taken_after, capacity=capacity, promoted=tuple(promoted))

    async def counts(self, event_id: int) -> Counts:
        rows = await self._read(
            "SELECT"
            " COALESCE(SUM(CASE WHEN state = 'going' THEN seats END), 0),"
            " COUNT(CASE WHEN state = 'going' THEN 1 END),"
            " COUNT(CASE WHEN state = 'maybe' THEN 1 END),"
            " COUNT(CASE WHEN state = 'waitlisted' THEN 1 END),"
            " COALESCE(SUM(CASE WHEN state = 'waitlisted' THEN seats END), 0)"
            " FROM rsvps WHERE event_id = ?",
            (event_id,),
        )
        return Counts(*rows[0])

    async def attendees(self, event_id: int) -> list[Attendee]:
        """Going, maybe, waitlist (in queue order), then not going."""
        rows = await self._read(
            "SELECT m.id, m.display_name, m.platform, r.state, r.seats, r.updated_at"
            " FROM rsvps r JOIN members m ON m.id = r.member_id WHERE r.event_id = ?"
            " ORDER BY CASE r.state WHEN 'going' THEN 0 WHEN 'maybe' THEN 1"
            " WHEN 'waitlisted' THEN 2 ELSE 3 END, r.wait_seq, r.created_at, m.display_name",
            (event_id,),
        )
        return [Attendee(r[0], r[1], r[2], r[3], r[4], from_db(r[5])) for r in rows]

    async def recipients(self, event_id: int, states: Sequence[str]) -> list[Recipient]:
        marks = ",".join("?" for _ in states)
        rows = await self._read(
            "SELECT m.id, m.platform, m.platform_user_id, m.display_name, m.language, r.seats"
            f" FROM rsvps r JOIN members m ON m.id = r.member_id"
            f" WHERE r.event_id = ? AND r.state IN ({marks}) ORDER BY r.wait_seq, m.id",
            (event_id, *states),
        )
        return [Recipient(*r) for r in rows]

    async def member_rsvps(self, member_id: int, now: datetime) -> list[MemberRsvp]:
        """A member's answers for events still to come, soonest first."""
        cols = ", ".join(f"e.{c.strip()}" for c in _EVENT_COLS.split(","))
        rows = await self._read(
            f"SELECT {cols}, r.state, r.seats,"
            " (SELECT COUNT(*) FROM rsvps w WHERE w.event_id = r.event_id"
            "  AND w.state = 'waitlisted' AND w.wait_seq < r.wait_seq)"
            " FROM rsvps r JOIN events e ON e.id = r.event_id"
            " WHERE r.member_id = ? AND e.starts_at > ? AND r.state != 'no'"
            " ORDER BY e.starts_at",
            (member_id, to_db(now)),
        )
        return [
            MemberRsvp(_event(r[:13]), r[13], r[14], r[15] + 1 if r[13] == "waitlisted" else 0)
            for r in rows
        ]

    # -- posted cards ----------------------------------------------------------------------

    async def add_posted(
        self, event_id: int, platform: str, chat_id: str, message_id: str, locale: str,
        now: datetime, *, announcement: bool = False,
    ) -> None:
        """Record a card we posted. Announcements stay live; other copies are bounded (the
        most recent `COPIES_PER_CHAT` per chat, `COPIES_PER_EVENT` per event)."""
        kind = "announcement" if announcement else "copy"
        async with self._transaction() as db:
            await db.execute(
                "INSERT INTO posted_messages (event_id, platform, chat_id, message_id, locale,"
                " posted_at, kind, live, active_seq) VALUES (?,?,?,?,?,?,?,1,"
                " (SELECT COALESCE(MAX(active_seq), 0) + 1 FROM posted_messages))"
                " ON CONFLICT DO NOTHING",
                (event_id, platform, chat_id, message_id, locale, to_db(now), kind),
            )
            if not announcement:
                await _retire_old_copies(db, event_id)

    async def revive_posted(
        self, event_id: int, platform: str, chat_id: str, message_id: str,
    ) -> bool:
        """A card of ours for this event was pressed: make it the most recent live copy.

        Only a message recorded as a card of `event_id` qualifies. Returns True when it was
        not live before (it needs an edit to catch up)."""
        async with self._transaction() as db:
            rows = list(await db.execute_fetchall(
                "SELECT id, kind, live FROM posted_messages"
                " WHERE platform = ? AND chat_id = ? AND message_id = ? AND event_id = ?",
                (platform, chat_id, message_id, event_id),
            ))
            if not rows:
                return False
            row_id, kind, was_live = rows[0]
            await db.execute(
                "UPDATE posted_messages SET live = 1,"
                " active_seq = (SELECT MAX(active_seq) + 1 FROM posted_messages) WHERE id = ?",
                (row_id,),
            )
            if kind != "announcement":
                await _retire_old_copies(db, event_id)
        return not was_live

    async def posted(self, event_id: int) -> list[PostedMessage]:
        """The live copies of an event's card: the ones every change is shown on."""
        rows = await self._read(
            "SELECT event_id, platform, chat_id, message_id, locale FROM posted_messages"
            " WHERE event_id = ? AND live = 1 ORDER BY id",
            (event_id,),
        )
        return [PostedMessage(*r) for r in rows]

    # -- FAQ -------------------------------------------------------------------------------

    async def faq_overrides(self) -> list[FaqOverride]:
        rows = await self._read(
            "SELECT key, keywords, question_fr, answer_fr, question_en, answer_en, deleted"
            " FROM faq_entries ORDER BY key"
        )
        return [FaqOverride(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]

    async def faq_set(self, entry: FaqOverride, member_id: int | None, now: datetime) -> None:
        async with self._transaction() as db:
            await db.execute(
                "INSERT INTO faq_entries (key, keywords, question_fr, answer_fr, question_en,"
                " answer_en, deleted, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (key) DO UPDATE SET keywords = excluded.keywords,"
                " question_fr = excluded.question_fr, answer_fr = excluded.answer_fr,"
                " question_en = excluded.question_en, answer_en = excluded.answer_en,"
                " deleted = excluded.deleted, updated_by = excluded.updated_by,"
                " updated_at = excluded.updated_at",
                (entry.key, entry.keywords, entry.question_fr, entry.answer_fr,
                 entry.question_en, entry.answer_en, int(entry.deleted), member_id, to_db(now)),
            )


async def _connect(path: Path, busy_timeout_ms: int) -> aiosqlite.Connection:
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


async def _migrate(db: aiosqlite.Connection) -> None:
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
            for statement in _split_sql(statements):
                await db.execute(statement)
            await db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (version, script.name, to_db(datetime.now(UTC))),
            )
        except BaseException:
            await db.execute("ROLLBACK")
            raise
        await db.execute("COMMIT")


def _split_sql(script: str) -> list[str]:
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


async def _promote(db: aiosqlite.Connection, event_id: int, now: datetime) -> list[Recipient]:
    """Give freed seats to the first waitlisted members who fit, in queue order."""
    rows = list(await db.execute_fetchall(
        "SELECT e.capacity,"
        " (SELECT COALESCE(SUM(seats), 0) FROM rsvps WHERE event_id = e.id AND state = 'going')"
        " FROM events e WHERE e.id = ? AND e.status = 'scheduled' AND e.starts_at > ?",
        (event_id, to_db(now)),
    ))
    if not rows:
        return []
    capacity, taken = rows[0]
    queue = await db.execute_fetchall(
        "SELECT m.id, m.platform, m.platform_user_id, m.display_name, m.language, r.seats"
        " FROM rsvps r JOIN members m ON m.id = r.member_id"
        " WHERE r.event_id = ? AND r.state = 'waitlisted' ORDER BY r.wait_seq",
        (event_id,),
    )
    free = None if capacity is None else capacity - taken
    chosen: list[Recipient] = []
    for row in queue:
        who = Recipient(*row)
        if free is None or who.seats <= free:
            chosen.append(who)
            if free is not None:
                free -= who.seats
        if free == 0:
            break
    for who in chosen:
        await db.execute(
            "UPDATE rsvps SET state = 'going', wait_seq = NULL, updated_at = ?"
            " WHERE event_id = ? AND member_id = ?",
            (to_db(now), event_id, who.member_id),
        )
    return chosen


async def _retire_old_copies(db: aiosqlite.Connection, event_id: int) -> None:
    """Keep only the most recent member copies live: per chat, then per event."""
    await db.execute(
        "UPDATE posted_messages SET live = 0"
        " WHERE event_id = ? AND kind = 'copy' AND live = 1 AND id NOT IN ("
        "  SELECT id FROM ("
        "   SELECT id, active_seq, ROW_NUMBER() OVER ("
        "    PARTITION BY platform, chat_id ORDER BY active_seq DESC) AS in_chat"
        "   FROM posted_messages WHERE event_id = ? AND kind = 'copy' AND live = 1)"
        "  WHERE in_chat <= ? ORDER BY active_seq DESC LIMIT ?)",
        (event_id, event_id, COPIES_PER_CHAT, COPIES_PER_EVENT),
    )
