"""Who comes along with an answer: children a parent names, and people an organiser
registered by phone or at the desk.

A desk entry is a member row with platform `DESK` and reminders off, so its seats go through
`Rsvps.answer` like everyone's (one capacity transaction, same waitlist); no adapter serves
`DESK`, so nothing is ever sent to it. Children are rows of the parent's answer, never
members: they go with the answer, the parent or the event (foreign keys, `secure_delete`).
Both are kept only until the event's books close: `forget_closed` erases them then.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from storage.base import NEXT_ID, Database, from_db, to_db
from storage.events import HELD, OVER

DESK = "desk"
# Events whose children's names and desk entries are no longer needed, among those that still
# have some: their books are closed (the anonymous tally, written first, holds the counts), or
# they count in no books (cancelled, the demo) and are over. Parameters: the desk platform,
# then "ended before" and "started before" as for `Attendance.over`.
_DONE = (
    "SELECT e.id FROM events e WHERE e.id IN (SELECT event_id FROM party_children"
    " UNION SELECT event_id FROM desk_entries"
    " UNION SELECT r.event_id FROM rsvps r JOIN members m ON m.id = r.member_id"
    "  WHERE m.platform = ?)"
    " AND (EXISTS (SELECT 1 FROM event_tallies t WHERE t.event_id = e.id)"
    f"  OR (NOT ({HELD}) AND {OVER}))"
    " ORDER BY e.id"
)
# Children's names of cancelled events: nothing reads them again (a copy put back on the
# programme starts without answers), so they go at once, not at the date. Desk entries stay
# until the event is over (`_DONE`): the team calls those people themselves.
_CANCELLED_CHILDREN = (
    "DELETE FROM party_children WHERE event_id IN (SELECT id FROM events"
    " WHERE status = 'cancelled' AND id IN (SELECT event_id FROM party_children))"
    " RETURNING event_id"
)
# A desk member whose answer was never written (the process stopped between the two steps)
# is swept once this old; younger ones may be another organiser's entry being added.
ORPHAN_AGE = timedelta(minutes=10)
# The children's names of one answer past the first `keep`, taken off and returned.
_TRIM = (
    "DELETE FROM party_children WHERE event_id = ? AND member_id = ? AND position > ?"
    " RETURNING position, first_name, age_band"
)


@dataclass(frozen=True)
class Child:
    first_name: str
    age_band: str = ""  # "" unless the parent chose to give one

    def __str__(self) -> str:
        return f"{self.first_name} ({self.age_band})" if self.age_band else self.first_name


@dataclass(frozen=True)
class DeskEntry:
    member_id: int
    event_id: int
    name: str
    note: str
    created_at: datetime


@dataclass(frozen=True)
class Forgotten:
    """What `Party.forget_closed` erased: how many children's names and desk entries, the
    events they belonged to, and of those the ones whose seats changed (a desk entry held
    some: their cards follow)."""

    children: int = 0
    desk: int = 0
    events: tuple[int, ...] = ()
    seats_changed: tuple[int, ...] = ()


@dataclass(frozen=True)
class NamedChildren:
    """A member's named children for one event, for /mydata."""

    event_id: int
    title: str
    children: tuple[Child, ...]


class Party:
    """Named children and desk entries."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- children -----------------------------------------------------------------------

    async def name_children(self, event_id: int, member_id: int,
                            children: Sequence[Child]) -> bool:
        """Replace the names of a member's children for an event; False when the member has
        no answer to it (the names belong to an answer)."""
        async with self.db.transaction() as db:
            found = list(await db.execute_fetchall(
                "SELECT 1 FROM rsvps WHERE event_id = ? AND member_id = ?",
                (event_id, member_id)))
            if not found:
                return False
            await db.execute("DELETE FROM party_children WHERE event_id = ? AND member_id = ?",
                             (event_id, member_id))
            await db.executemany(
                "INSERT INTO party_children (event_id, member_id, position, first_name,"
                " age_band) VALUES (?, ?, ?, ?, ?)",
                [(event_id, member_id, n, c.first_name, c.age_band)
                 for n, c in enumerate(children, 1)])
        return True

    async def keep_children(self, event_id: int, member_id: int, keep: int) -> list[Child]:
        """Keep only the first `keep` names (fewer guests, or 0 after "no"); the names
        dropped, in order."""
        # One statement, one transaction: one trip to the writer (it follows every answer).
        return await self.db.run_write(
            lambda conn: trim_children(conn, event_id, member_id, keep))

    async def children(self, event_id: int) -> dict[int, tuple[Child, ...]]:
        """The named children of an event, by parent (member id)."""
        rows = await self.db.read(
            "SELECT member_id, first_name, age_band FROM party_children WHERE event_id = ?"
            " ORDER BY member_id, position", (event_id,))
        found: dict[int, list[Child]] = {}
        for member_id, first_name, age_band in rows:
            found.setdefault(member_id, []).append(Child(first_name, age_band))
        return {k: tuple(v) for k, v in found.items()}

    async def export(self, member_id: int) -> list[NamedChildren]:
        """Every child a member named, per event, for /mydata."""
        rows = await self.db.read(
            "SELECT c.event_id, e.title, c.first_name, c.age_band FROM party_children c"
            " JOIN events e ON e.id = c.event_id WHERE c.member_id = ?"
            " ORDER BY e.starts_at, c.event_id, c.position", (member_id,))
        found: dict[int, tuple[str, list[Child]]] = {}
        for event_id, title, first_name, age_band in rows:
            found.setdefault(event_id, (title, []))[1].append(Child(first_name, age_band))
        return [NamedChildren(k, title, tuple(kids)) for k, (title, kids) in found.items()]

    # -- keeping them no longer than needed ------------------------------------------------

    async def forget_closed(self, ended_before: datetime, started_before: datetime
                            ) -> Forgotten:
        """Erase the children's names and desk entries (name, note, answer, check-in) of
        events whose books are closed, or that are cancelled and over (see `_DONE`); and the
        children's names of cancelled events at once (`_CANCELLED_CHILDREN`).

        Why: they serve the door and the organisers until the books close; after that the
        tally holds the counts and nobody needs to know who they were. Idempotent: what is
        gone is not found again, and whatever an earlier version or a stopped process left
        behind a closed tally goes at the next call. Erased rows are zeroed (`secure_delete`)
        and the write-ahead log emptied, as for /forgetme."""
        if not await self.db.read(  # most ticks: nothing to erase, no write lock
                "SELECT 1 FROM party_children c JOIN events e ON e.id = c.event_id"
                " WHERE e.status = 'cancelled' LIMIT 1"):
            return await self._forget_done(ended_before, started_before)
        async with self.db.transaction() as db:
            cancelled = list(await db.execute_fetchall(_CANCELLED_CHILDREN))
        done = await self._forget_done(ended_before, started_before)
        if not cancelled:
            return done
        if not done.events:
            await self.db.checkpoint()  # the names leave the -wal file too
        return Forgotten(done.children + len(cancelled), done.desk,
                         tuple(sorted({*done.events, *(r[0] for r in cancelled)})),
                         done.seats_changed)

    async def _forget_done(self, ended_before: datetime, started_before: datetime
                           ) -> Forgotten:
        """`forget_closed` for the events whose books are closed (or over and in none)."""
        async with self.db.transaction() as db:
            done = [r[0] for r in await db.execute_fetchall(
                _DONE, (DESK, to_db(ended_before), to_db(started_before)))]
            if not done:
                return Forgotten()
            ids = json.dumps(done)
            desk = list(await db.execute_fetchall(
                "SELECT member_id, event_id FROM desk_entries"
                " WHERE event_id IN (SELECT value FROM json_each(?))"
                " UNION SELECT r.member_id, r.event_id FROM rsvps r"
                " JOIN members m ON m.id = r.member_id"
                " WHERE m.platform = ? AND r.event_id IN (SELECT value FROM json_each(?))",
                (ids, DESK, ids)))
            members = sorted({r[0] for r in desk})
            seats = list(await db.execute_fetchall(
                "SELECT DISTINCT event_id FROM rsvps WHERE state != 'no'"
                " AND member_id IN (SELECT value FROM json_each(?)) ORDER BY event_id",
                (json.dumps(members),)))
            await db.execute(
                "DELETE FROM members WHERE platform = ?"
                " AND id IN (SELECT value FROM json_each(?))", (DESK, json.dumps(members)))
            await _keep_numbers(db, members)
            children = list(await db.execute_fetchall(
                "DELETE FROM party_children WHERE event_id IN (SELECT value FROM json_each(?))"
                " RETURNING 1", (ids,)))
        await self.db.checkpoint()  # the names and notes leave the -wal file too
        return Forgotten(len(children), len(members), tuple(done), tuple(r[0] for r in seats))

    # -- the desk -----------------------------------------------------------------------

    async def add_desk(self, event_id: int, name: str, note: str, now: datetime) -> int:
        """A member row for someone registered by phone or at the desk (their answer is then
        given with `Rsvps.answer`); its id. Desk rows left without an answer by an earlier
        interrupted addition are swept here."""
        async with self.db.transaction() as db:
            swept = await db.execute_fetchall(
                "DELETE FROM members WHERE platform = ? AND created_at < ? AND id NOT IN"
                " (SELECT member_id FROM rsvps) RETURNING id", (DESK, to_db(now - ORPHAN_AGE)))
            await _keep_numbers(db, [r[0] for r in swept])
            rows = list(await db.execute_fetchall(  # a number never given before
                "INSERT INTO members (id, platform, platform_user_id, display_name, reminders,"
                f" created_at) VALUES ({NEXT_ID}, ?, ?, ?, 0, ?) RETURNING id",
                (DESK, secrets.token_hex(8), name, to_db(now))))
            member_id = int(rows[0][0])
            await db.execute(
                "INSERT INTO desk_entries (member_id, event_id, note, created_at)"
                " VALUES (?, ?, ?, ?)", (member_id, event_id, note, to_db(now)))
        return member_id

    async def drop_desk(self, member_id: int) -> bool:
        """Erase a desk entry (its name, note and answer); False if it was not one."""
        async with self.db.transaction() as db:
            gone = list(await db.execute_fetchall(
                "DELETE FROM members WHERE id = ? AND platform = ? RETURNING id",
                (member_id, DESK)))
            await _keep_numbers(db, [member_id] if gone else [])
        return bool(gone)

    async def desk(self, event_id: int) -> dict[int, DeskEntry]:
        """The desk entries of an event, by member id."""
        rows = await self.db.read(
            "SELECT d.member_id, d.event_id, m.display_name, d.note, d.created_at"
            " FROM desk_entries d JOIN members m ON m.id = d.member_id WHERE d.event_id = ?",
            (event_id,))
        return {r[0]: DeskEntry(r[0], r[1], r[2], r[3], from_db(r[4])) for r in rows}


async def _keep_numbers(db: aiosqlite.Connection, erased: list[int]) -> None:
    """Erased desk members' numbers are not given again (as `storage.base.NEXT_ID` reads them): a
    door-list button or a reminder claim may still name them."""
    if erased:
        await db.execute("UPDATE member_ids SET high = ? WHERE high < ?",
                         (max(erased), max(erased)))


def trim_children(conn: sqlite3.Connection, event_id: int, member_id: int,
                  keep: int) -> list[Child]:
    """`Party.keep_children` inside a `Database.run_write` transaction (plain sqlite3, writer
    thread): an answer trims its names in its own transaction."""
    rows = conn.execute(_TRIM, (event_id, member_id, max(keep, 0))).fetchall()
    return [Child(r[1], r[2]) for r in sorted(rows)]
