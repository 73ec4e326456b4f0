"""The door: who of those going came (checked in), people who came without answering
(walk-ins, a number only), and the history the association's yearly report is made from.

A check-in belongs to an answer (`rsvps` row): erasing a member or removing a desk entry takes
their check-ins with it (a foreign key), so the door keeps nothing of someone who is gone.
The report must not move when that happens, so once an event is over its figures are written
as an anonymous `Tally` (the books are closed): the report reads tallies for closed events
and the answers only for the rest. After that the door of that event is shut.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from storage.base import Database, from_db, optional_from_db, to_db
from storage.events import HELD, OVER, event_columns, event_from_row
from storage.models import Event, Recipient
from storage.party import DESK  # people an organiser registered by phone or at the desk
from storage.rsvps import promote, would_promote

# The books of an event are closed: its tally is written (one parameter, the event id).
_CLOSED = "SELECT 1 FROM event_tallies WHERE event_id = ?"
# Whether an event has children's first names or desk entries, as its books close (they are
# erased in the same run). Parameters: the event id twice, `DESK`, the event id.
_NAMED = ("(EXISTS (SELECT 1 FROM party_children WHERE event_id = ?)"
          " OR EXISTS (SELECT 1 FROM desk_entries WHERE event_id = ?)"
          " OR EXISTS (SELECT 1 FROM rsvps r JOIN members m ON m.id = r.member_id"
          " WHERE m.platform = ? AND r.event_id = ?))")
# Check-ins nobody needs any more (parameters of `OVER`): the event's books are closed, or
# none are written for it (cancelled, or a demo) and it is over, as `storage.party`'s names.
_DONE_DOORS = (
    "SELECT c.event_id FROM checkins c JOIN events e ON e.id = c.event_id"
    " WHERE EXISTS (SELECT 1 FROM event_tallies t WHERE t.event_id = c.event_id)"
    f" OR (NOT ({HELD}) AND {OVER})"
)
# How many months back a tally tells members apart (`Tally.new_since`): the longest report.
TALLY_MONTHS = 24
# Walk-in taps remembered per event, and events remembered, to tell two volunteers' lists
# apart from one phone's repeated tap (`Attendance.count_walk_ins`).
TAPS_KEPT = 64
DOORS_KEPT = 32
# After a first look through the whole history, how far back `Attendance.over` looks again.
RECENT = timedelta(days=30)
# The door of event `e` (its walk-in count `d`) was kept: something stands on it, a check-in
# or a walk-in. A tap undone (a name touched by mistake, a ➕ taken back) leaves nothing: an
# evening nobody checked counts its seats booked in the report, not 0 people and 100 %
# no-shows. (A door where nobody came at all cannot be told from one nobody kept.)
# A check-in counts while its answer is "going" (what the report counts as present).
_KEPT = ("(COALESCE(d.walk_ins, 0) > 0"
         " OR EXISTS (SELECT 1 FROM checkins k JOIN rsvps g ON g.event_id = k.event_id"
         " AND g.member_id = k.member_id WHERE k.event_id = e.id AND g.state = 'going'))")
# The seats of an answer `r` checked in at the door (its check-in `c`): all of them unless the
# volunteer said fewer came (migration 0022), never more than the answer holds now.
_CAME = ("CASE WHEN c.member_id IS NULL THEN 0"
         " ELSE MIN(COALESCE(c.seats, r.seats), r.seats) END")


@dataclass(frozen=True)
class DoorEntry:
    """One answer "going": a member (and guests, `seats` in all) or a desk entry."""

    member_id: int
    display_name: str
    platform: str
    seats: int
    present: bool
    # Still on the waitlist: may come anyway when someone does not (a tap lets them in).
    waitlisted: bool = False
    # Of `seats`, how many were checked in: all when `present`, unless the volunteer said
    # fewer came (2 of a family of 3).
    came: int = 0


@dataclass(frozen=True)
class DoorSheet:
    """The door list of one event. `kept`: something stands on its door (someone checked in
    or a walk-in counted; a tap undone leaves nothing), so its presence figures mean
    something (the report's rule, `_KEPT`)."""

    entries: tuple[DoorEntry, ...]
    walk_ins: int
    kept: bool
    closed: bool = False  # the books of this event are closed: the door is shut
    # Closed books: their counts (present, booked). Who came is erased by then
    # (`Attendance.forget_check_ins`), so a closed door lists nobody, only its figures.
    books: tuple[int, int] | None = None

    @property
    def present_seats(self) -> int:
        if self.books is not None:
            return self.books[0]
        return sum(e.came for e in self.entries)

    @property
    def booked_seats(self) -> int:
        if self.books is not None:
            return self.books[1]
        return sum(e.seats for e in self.entries if not e.waitlisted)


@dataclass(frozen=True)
class Tap:
    """What a tap at the door did. `present`: checked in now (False: undone). `promoted`:
    others given a seat it freed, to be told (the one tapped is at the door). `seats_moved`:
    someone went from the waitlist to a seat or back, so the cards' counts change."""

    present: bool
    promoted: tuple[Recipient, ...] = ()
    seats_moved: bool = False


@dataclass(frozen=True)
class WalkIns:
    """What a walk-in more or less did: the count now, whether it moved (a slow phone's
    second tap on the same list does not), and who was given the seat one less freed
    (before the start: walk-ins take seats, storage.events.walk_ins), to be told."""

    count: int
    moved: bool
    promoted: tuple[Recipient, ...] = ()


@dataclass(frozen=True)
class CheckIn:
    event_id: int
    title: str
    checked_at: datetime
    came: int | None = None  # how many of the answer's seats came (None: all of them)
    seats: int = 1  # the seats of the answer


@dataclass(frozen=True)
class HeldEvent:
    event_id: int
    kind: str
    starts_at: datetime
    free: bool
    door_kept: bool
    walk_ins: int


@dataclass(frozen=True)
class Booking:
    """A "going" answer to a held event, with when the member last held a seat at an earlier
    held event (`previous`; of the same kind: `previous_same_kind`), so a member can be
    counted once per month or period without being kept. `desk`: someone an organiser
    registered by hand (a new row each time: not a member who can be followed from one
    event to the next)."""

    event_id: int
    member_id: int
    seats: int
    present: int  # of `seats`, how many were checked in at the door
    desk: bool = False
    previous: datetime | None = None
    previous_same_kind: datetime | None = None

    @property
    def first_time(self) -> bool:
        return self.previous is None


@dataclass(frozen=True)
class Tally:
    """The closed books of one event: counts only, nobody in them. `new_since[k]`: members
    not at any held event since the 1st of the month k months before this one."""

    event_id: int
    kind: str
    starts_at: datetime
    free: bool
    door_kept: bool
    booked: int
    present: int
    walk_ins: int
    members: int
    first_timers: int
    new_in_kind_month: int
    new_since: tuple[int, ...]

    @property
    def no_shows(self) -> int:
        """Seats booked but not checked in, where the door was kept (elsewhere unknown)."""
        return self.booked - self.present if self.door_kept else 0


class Attendance:
    """Check-ins, walk-ins and the history of held events."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.swept = False  # whether `over` has looked through the whole history yet
        # Walk-in taps that moved the count in this process, per event: (who, delta, count
        # their list showed, count moved from), the latest `TAPS_KEPT` (`count_walk_ins`).
        self.taps: dict[int, deque[tuple[int, int, int, int]]] = {}

    async def sheet(self, event_id: int) -> DoorSheet:
        """Everyone going, then the waitlist (a latecomer from it may take a no-show's
        place), with who is checked in (in the order they answered; the door list shows
        them by name). Once the books are closed: their figures, and nobody by name (who
        came, and when, is erased then)."""
        books = await self.db.read(
            "SELECT present, booked, walk_ins, door_kept FROM event_tallies WHERE event_id = ?",
            (event_id,))
        if books:
            present, booked, walk_ins, kept = books[0]
            return DoorSheet((), walk_ins, bool(kept), True, (present, booked))
        rows = await self.db.read(
            "SELECT m.id, m.display_name, m.platform, r.seats, c.member_id IS NOT NULL,"
            f" r.state = 'waitlisted', {_CAME}"
            " FROM rsvps r JOIN members m ON m.id = r.member_id"
            " LEFT JOIN checkins c ON c.event_id = r.event_id AND c.member_id = r.member_id"
            " WHERE r.event_id = ? AND r.state IN ('going', 'waitlisted')"
            " ORDER BY r.state = 'waitlisted', r.created_at, m.id",
            (event_id,),
        )
        door = await self.db.read("SELECT walk_ins FROM door_counts WHERE event_id = ?",
                                  (event_id,))
        entries = tuple(DoorEntry(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), r[6])
                        for r in rows)
        walk_ins = door[0][0] if door else 0
        return DoorSheet(entries, walk_ins, walk_ins > 0 or any(e.present for e in entries))

    async def doors(self, since: datetime, until: datetime, limit: int, *,
                    ended_before: datetime | None = None,
                    started_before: datetime | None = None) -> list[Event]:
        """Events not cancelled starting from `since` (excluded) to `until` (included) whose
        books are still open: the doors a volunteer may keep around now, soonest first
        (`/pointage` alone). A range on `starts_at` (indexed).

        With `ended_before` and `started_before` (as for `over`), the events over by then come
        after all the others, so `limit` leaves out those first: a day of six workshops over
        does not push tonight's event out of the list."""
        over_last = ""
        params: tuple[str, ...] = ()
        if ended_before is not None and started_before is not None:
            over_last, params = f"{OVER}, ", (to_db(ended_before), to_db(started_before))
        rows = await self.db.read(
            f"SELECT {event_columns('e')} FROM events e"
            " WHERE e.status = 'scheduled' AND e.starts_at > ? AND e.starts_at <= ?"
            " AND NOT EXISTS (SELECT 1 FROM event_tallies t WHERE t.event_id = e.id)"
            f" ORDER BY {over_last}e.starts_at, e.id LIMIT ?",
            (to_db(since), to_db(until), *params, limit))
        return [event_from_row(r) for r in rows]

    async def is_closed(self, event_id: int, *, named: bool = False) -> bool:
        """The books of this event are closed: taps at its door would count for nothing.
        With `named`: and it had children's first names or desk entries then, erased since
        (/participants says so; an evening nobody named anyone at has nothing to explain)."""
        return bool(await self.db.read(_CLOSED + (" AND kids_or_desk" if named else ""),
                                       (event_id,)))

    async def toggle(self, event_id: int, member_id: int, now: datetime,
                     want: bool | None = None, came: int | None = None) -> Tap | None:
        """Check someone in, or undo it (`Tap.present`: their new state); with `want`, only
        towards that state (a tap sent twice by a slow phone checks in once: already there,
        nothing is written and nothing moves); `came` with `want` True: how many of the
        answer's seats came (2 of a family of 3; all of them when None or more), set also for
        someone already checked in (the third arrives later: set again); None when they
        hold neither a seat nor a waitlist place (a stale or forged button) or the event's
        books are closed: nothing is written. Someone from the waitlist let in at the door
        is going from then on (the volunteer gave them a no-show's seat); their place in the
        queue is kept (`wait_seq` of a "going" answer), so undoing the tap puts them back
        where they were, and the seats left go to the queue by the rule of every freed seat
        (`storage.rsvps`): before the start the queue is promoted (`Tap.promoted`, in this
        transaction: told once, by the caller); once started nobody is promoted, and the one
        undone stays going only if that rule would give them a seat."""
        stamp = to_db(now)
        promoted: list[Recipient] = []
        async with self.db.transaction() as db:
            going = list(await db.execute_fetchall(
                "SELECT c.member_id IS NOT NULL, r.state = 'waitlisted',"
                " r.state = 'going' AND r.wait_seq IS NOT NULL, r.seats FROM rsvps r"
                " LEFT JOIN checkins c ON c.event_id = r.event_id AND c.member_id = r.member_id"
                " WHERE r.event_id = ? AND r.member_id = ?"
                " AND r.state IN ('going', 'waitlisted')"
                f" AND NOT EXISTS ({_CLOSED})",
                (event_id, member_id, event_id)))
            if not going:
                return None
            present, waitlisted, let_in = (bool(v) for v in going[0][:3])
            part = None if came is None or came >= going[0][3] else max(came, 1)
            if want and present and came is not None:  # how many of them: set, nothing moves
                await db.execute("UPDATE checkins SET seats = ? WHERE event_id = ?"
                                 " AND member_id = ?", (part, event_id, member_id))
                return Tap(present)
            if want is not None and want == present:
                return Tap(present)
            if waitlisted:  # let in from the waitlist: going, the queue place remembered
                await db.execute("UPDATE rsvps SET state = 'going',"
                                 " updated_at = ? WHERE event_id = ? AND member_id = ?",
                                 (stamp, event_id, member_id))
            elif present and let_in:  # that tap undone: back in the queue, at their place
                await db.execute("UPDATE rsvps SET state = 'waitlisted',"
                                 " updated_at = ? WHERE event_id = ? AND member_id = ?",
                                 (stamp, event_id, member_id))
                promoted = await promote(db, event_id, now)
                if not promoted and member_id in {
                        who.member_id for who in await would_promote(db, event_id)}:
                    await db.execute("UPDATE rsvps SET state = 'going', wait_seq = NULL,"
                                     " updated_at = ? WHERE event_id = ? AND member_id = ?",
                                     (stamp, event_id, member_id))
            if present:
                await db.execute("DELETE FROM checkins WHERE event_id = ? AND member_id = ?",
                                 (event_id, member_id))
            else:
                await db.execute("INSERT INTO checkins (event_id, member_id, checked_at,"
                                 " seats) VALUES (?, ?, ?, ?)",
                                 (event_id, member_id, stamp, part if want else None))
            await _keep_door(db, event_id, 0, stamp)
        return Tap(not present, tuple(p for p in promoted if p.member_id != member_id),
                   waitlisted or (present and let_in))

    async def add_walk_ins(self, event_id: int, delta: int, now: datetime) -> int:
        """Move the walk-in count by `delta` (never below zero); the new count. Once the
        event's books are closed the count stays as it was."""
        return (await self.move_walk_ins(event_id, delta, now))[0]

    async def move_walk_ins(self, event_id: int, delta: int, now: datetime,
                            expected: int | None = None) -> tuple[int, bool]:
        """`count_walk_ins` as (the count now, whether it moved)."""
        moved = await self.count_walk_ins(event_id, delta, now, expected)
        return moved.count, moved.moved

    async def count_walk_ins(self, event_id: int, delta: int, now: datetime,
                             expected: int | None = None, by: int | None = None) -> WalkIns:
        """Move the walk-in count by `delta` (never below zero) if it still is `expected`
        (the count the pressed list showed; None: whatever it is). A slow phone's second
        tap on the same list finds the count moved and leaves it. Once the event's books are
        closed the count stays as it was. Walk-ins take seats: one less before the start
        gives the seat to the waitlist (`WalkIns.promoted`, in this transaction).

        `by` (the member tapping): two volunteers each with her own list. A count moved
        since her list, by another volunteer's tap from the number hers showed, and never by
        this very tap of hers, is someone else's walk-in: hers counts too. Only what this
        process saw is trusted (after a restart, a list from before is refused as above)."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "SELECT COALESCE((SELECT walk_ins FROM door_counts WHERE event_id = ?), 0),"
                f" EXISTS ({_CLOSED})", (event_id, event_id)))
            current, closed = int(rows[0][0]), bool(rows[0][1])
            if closed or (expected is not None and current != expected
                          and not self._another_list(event_id, by, delta, expected)):
                return WalkIns(current, False)
            count = await _keep_door(db, event_id, delta, to_db(now))
            if by is not None and expected is not None:  # before another tap reads them
                self._remember(event_id, (by, delta, expected, current))
            promoted = await promote(db, event_id, now) if count < current else []
        return WalkIns(count, True, tuple(promoted))

    def _another_list(self, event_id: int, by: int | None, delta: int, shown: int) -> bool:
        """Whether a tap by `by` from a list that showed `shown` walk-ins, now moved, came
        from another list than the taps that moved it: another volunteer moved the count
        from that number, and `by` never made this tap from it (a repeat of hers)."""
        seen = self.taps.get(event_id, ())
        if by is None or (by, delta, shown) in {tap[:3] for tap in seen}:
            return False
        return any(who != by and start == shown for who, _, _, start in seen)

    def _remember(self, event_id: int, tap: tuple[int, int, int, int]) -> None:
        if event_id not in self.taps:
            if len(self.taps) >= DOORS_KEPT:
                del self.taps[next(iter(self.taps))]  # the door remembered first
            self.taps[event_id] = deque(maxlen=TAPS_KEPT)
        self.taps[event_id].append(tap)

    async def held(self, start: datetime, end: datetime, now: datetime
                   ) -> tuple[list[HeldEvent], list[Booking]]:
        """Events held from `start` (included) to `end` (excluded), already started at `now`
        and whose books are still open, with every seat booked for them."""
        return await self._load(
            "e.starts_at >= ? AND e.starts_at < ? AND e.starts_at <= ?",
            (to_db(start), to_db(end), to_db(now)))

    async def over(self, ended_before: datetime, started_before: datetime
                   ) -> tuple[list[HeldEvent], list[Booking]]:
        """Held events whose books are still open though they are over: ended before
        `ended_before`, or without an end and started before `started_before`. Everything
        missed while the bot was down is in it: the books catch up from the database.

        The first call of a process looks through the whole history; later ones only at
        events started in the last `RECENT` (an index range), so a tick does not grow with
        years of past events. A tally that failed is retried for that long, and the next
        start-up looks through everything again."""
        where = OVER
        params: tuple[Any, ...] = (to_db(ended_before), to_db(started_before))
        if self.swept:
            where += " AND e.starts_at > ?"
            params += (to_db(min(ended_before, started_before) - RECENT),)
        found = await self._load(where, params)
        self.swept = True
        return found

    async def _load(self, where: str, params: tuple[Any, ...]
                    ) -> tuple[list[HeldEvent], list[Booking]]:
        """Held events matching `where` with no tally yet, and their "going" answers, each
        with the member's latest earlier held event (any kind, and of this kind)."""
        chosen = (f"{HELD} AND {where}"
                  " AND NOT EXISTS (SELECT 1 FROM event_tallies t WHERE t.event_id = e.id)")
        events = await self.db.read(
            f"SELECT e.id, e.kind, e.starts_at, e.price_cents = 0, {_KEPT},"
            " COALESCE(d.walk_ins, 0) FROM events e"
            " LEFT JOIN door_counts d ON d.event_id = e.id"
            f" WHERE {chosen} ORDER BY e.starts_at, e.id",
            params,
        )
        if not events:
            return [], []
        # Each member's previous held event (any kind, and of the same kind), in one pass
        # over the answers of the members concerned only.
        bookings = await self.db.read(
            "WITH concerned AS (SELECT DISTINCT r.member_id FROM rsvps r"
            f"  JOIN events e ON e.id = r.event_id WHERE r.state = 'going' AND {chosen}),"
            " history AS (SELECT r.member_id, r.event_id,"
            "  LAG(e.starts_at) OVER (PARTITION BY r.member_id ORDER BY e.starts_at, e.id)"
            "   AS previous,"
            "  LAG(e.starts_at) OVER (PARTITION BY r.member_id, e.kind"
            "   ORDER BY e.starts_at, e.id) AS previous_same_kind"
            "  FROM rsvps r JOIN events e ON e.id = r.event_id"
            f"  WHERE r.state = 'going' AND {HELD}"
            "  AND r.member_id IN (SELECT member_id FROM concerned))"
            f" SELECT r.event_id, r.member_id, r.seats, {_CAME}, m.platform = ?,"
            " h.previous, h.previous_same_kind"
            " FROM rsvps r JOIN events e ON e.id = r.event_id"
            " JOIN members m ON m.id = r.member_id"
            " JOIN history h ON h.member_id = r.member_id AND h.event_id = r.event_id"
            " LEFT JOIN checkins c ON c.event_id = r.event_id AND c.member_id = r.member_id"
            f" WHERE r.state = 'going' AND {chosen} ORDER BY r.event_id, r.member_id",
            (*params, DESK, *params),
        )
        return (
            [HeldEvent(r[0], r[1], from_db(r[2]), bool(r[3]), bool(r[4]), r[5])
             for r in events],
            [Booking(r[0], r[1], r[2], r[3], bool(r[4]), optional_from_db(r[5]),
                     optional_from_db(r[6])) for r in bookings],
        )

    async def close(self, tallies: Iterable[Tally], now: datetime) -> int:
        """Write the books of these events, once: a tally already there stays as it was
        (two ticks, or two processes, write it once). How many were written."""
        written = 0
        async with self.db.transaction() as db:
            for tally in tallies:
                rows = list(await db.execute_fetchall(
                    "INSERT INTO event_tallies (event_id, kind, starts_at, free, door_kept,"
                    " booked, present, walk_ins, members, first_timers, new_in_kind_month,"
                    " new_since, closed_at, kids_or_desk)"
                    f" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,{_NAMED})"
                    " ON CONFLICT (event_id) DO NOTHING RETURNING event_id",
                    (tally.event_id, tally.kind, to_db(tally.starts_at), int(tally.free),
                     int(tally.door_kept), tally.booked, tally.present, tally.walk_ins,
                     tally.members, tally.first_timers, tally.new_in_kind_month,
                     ",".join(str(n) for n in tally.new_since), to_db(now),
                     tally.event_id, tally.event_id, DESK, tally.event_id)))
                written += len(rows)
        return written

    async def closed(self, start: datetime, end: datetime) -> list[Tally]:
        """The closed books of events started from `start` (included) to `end` (excluded),
        unless cancelled since (an organiser's correction)."""
        rows = await self.db.read(
            "SELECT t.event_id, t.kind, t.starts_at, t.free, t.door_kept, t.booked, t.present,"
            " t.walk_ins, t.members, t.first_timers, t.new_in_kind_month, t.new_since"
            " FROM event_tallies t JOIN events e ON e.id = t.event_id"
            " WHERE e.status = 'scheduled' AND t.starts_at >= ? AND t.starts_at < ?"
            " ORDER BY t.starts_at, t.event_id",
            (to_db(start), to_db(end)))
        return [Tally(r[0], r[1], from_db(r[2]), bool(r[3]), bool(r[4]), r[5], r[6], r[7],
                      r[8], r[9], r[10], tuple(int(n) for n in r[11].split(",")))
                for r in rows]

    async def forget_check_ins(self, now: datetime, ended_before: datetime,
                               started_before: datetime) -> int:
        """Erase who was checked in, and when, at the doors of events whose books are closed
        (the tally holds the counts), or that have none (cancelled, a demo) and are over
        (`OVER`: `ended_before`, `started_before`); how many check-ins.

        Why: a check-in is a record that a minor was at the door at 20:14; it serves the door
        (corrections until the books close) and the report, which reads the tally from then
        on. The door's last tap time goes too (it is the time of someone's arrival). Erased
        rows are zeroed (`secure_delete`) and the write-ahead log emptied. Most ticks find
        nothing: one read, no write lock."""
        over = (to_db(ended_before), to_db(started_before))
        if not await self.db.read(_DONE_DOORS + " LIMIT 1", over):
            return 0
        stamp = to_db(now)
        async with self.db.transaction() as db:
            done = json.dumps([r[0] for r in await db.execute_fetchall(
                "SELECT DISTINCT event_id FROM (" + _DONE_DOORS + ")", over)])
            gone = list(await db.execute_fetchall(
                "DELETE FROM checkins WHERE event_id IN (SELECT value FROM json_each(?))"
                " RETURNING 1", (done,)))
            await db.execute(
                "UPDATE door_counts SET updated_at = ?"
                " WHERE event_id IN (SELECT value FROM json_each(?))", (stamp, done))
        await self.db.checkpoint()  # the rows leave the -wal file too
        return len(gone)

    async def of_member(self, member_id: int) -> list[CheckIn]:
        """One member's check-ins, for their data export."""
        rows = await self.db.read(
            "SELECT c.event_id, e.title, c.checked_at, c.seats, r.seats FROM checkins c"
            " JOIN events e ON e.id = c.event_id JOIN rsvps r ON r.event_id = c.event_id"
            " AND r.member_id = c.member_id WHERE c.member_id = ?"
            " ORDER BY c.checked_at, c.event_id",
            (member_id,))
        return [CheckIn(r[0], r[1], from_db(r[2]), r[3], r[4]) for r in rows]


async def _keep_door(db: aiosqlite.Connection, event_id: int, delta: int, stamp: str) -> int:
    """Note a tap at this event's door and move its walk-ins; the new walk-in count. (The
    door counts as kept for the report only while something stands on it: `_KEPT`.)"""
    rows = await db.execute_fetchall(
        "INSERT INTO door_counts (event_id, walk_ins, updated_at) VALUES (?, MAX(?, 0), ?)"
        " ON CONFLICT (event_id) DO UPDATE SET walk_ins = MAX(walk_ins + ?, 0),"
        " updated_at = excluded.updated_at RETURNING walk_ins",
        (event_id, delta, stamp, delta))
    return int(next(iter(rows))[0])
