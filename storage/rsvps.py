"""RSVPs: answers with capacity and waitlist, counts, attendee lists, recipients."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

import aiosqlite

from storage.base import Database, from_db, to_db
from storage.cards import revive_now
from storage.events import COUNTS, EVENT_COL_COUNT, event_columns, event_from_row, walk_ins
from storage.models import Attendee, Counts, MemberRsvp, Recipient, RsvpOutcome
from storage.party import Child, trim_children

# The language a private notice is written in: the member's choice (/langue), else their
# app's as last seen (migration 0015). `m` is the members table.
NOTICE_LANGUAGE = "COALESCE(m.language, m.app_language)"
# Everything an RSVP decision needs, in one round trip. The queue's length is kept on the
# event (migration 0022, by triggers): counted, it walked the whole queue in every answer.
RSVP_STATE = f"""
SELECT e.title, e.status, e.starts_at, e.capacity, e.signups_closed_at,
       (SELECT COALESCE(SUM(seats), 0) FROM rsvps WHERE event_id = e.id AND state = 'going')
       + {walk_ins('e.id')},
       e.waitlisted,
       (SELECT COALESCE(MAX(wait_seq), 0) FROM rsvps
        WHERE event_id = e.id AND state = 'waitlisted'),
       r.state, r.seats, r.wait_seq
FROM events e LEFT JOIN rsvps r ON r.event_id = e.id AND r.member_id = ?
WHERE e.id = ?
"""
# Outcomes that changed nobody's answer: no card to refresh, nobody promoted, names kept.
UNCHANGED = frozenset({"not_found", "cancelled", "closed", "no_rsvp", "kept", "signups_closed",
                       "too_many"})
# Outcomes that hold a seat or a waitlist place: the only ones that keep children's names.
HOLDING = frozenset({"going", "waitlisted"})
# A frozen dataclass built without its `__init__` (`_answer`, the hot path).
_new = object.__new__
_set = object.__setattr__


class Rsvps:
    """Members' answers to events, never overbooking."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def answer(
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
        asked puts the member on the waitlist; anything that frees seats promotes it. Once
        sign-ups are closed, "going" is refused (`signups_closed`) unless the member already
        holds a seat or a waitlist place and asks for no more seats.

        The whole decision is one transaction given whole to `run_write` (no trip to another
        thread since session 12: the trips, not the SQL, were most of an answer's cost). A
        `partial`, not a lambda: it holds the arguments in one object where a closure held
        one cell each, and in a burst every answer waiting holds them (fewer objects for the
        garbage collector to walk).
        """
        return (await self.db.run_write(partial(
            _answer, event_id, member_id, choice, now, guests, guests_delta, max_seats,
            False)))[0]

    async def answer_keeping_names(
        self,
        event_id: int,
        member_id: int,
        choice: str | None,
        now: datetime,
        *,
        guests: int | None = None,
        guests_delta: int = 0,
        max_seats: int = 10,
        pressed: tuple[str, str, str] | None = None,
    ) -> tuple[RsvpOutcome, list[Child]]:
        """`answer`, and the children's names it leaves without a seat taken off in the same
        transaction (all of them after "maybe" or "no", the last ones after fewer guests).
        Returns the names dropped, in order. One trip to the writer for the whole answer
        (a second transaction for the names doubled an answer's cost), and never an answer
        recorded without its names following it.

        `pressed`: the message (platform, chat_id, message_id) whose button gave the answer.
        If it is a recorded card of this event, an answer that changed seats makes it the
        event's most recent live copy in the same transaction (`cards.revive_now`): a
        press is one trip, as a typed answer is. Other outcomes leave it (`Cards.revive`)."""
        if pressed is None:
            return await self.db.run_write(partial(
                _answer, event_id, member_id, choice, now, guests, guests_delta, max_seats,
                True))
        return await self.db.run_write(partial(
            _answer_on_card, event_id, member_id, choice, now, guests, guests_delta,
            max_seats, pressed))

    async def state_of(self, event_id: int, member_id: int) -> str | None:
        """A member's answer to one event ("going", "no"…), None if they never answered."""
        rows = await self.db.read("SELECT state FROM rsvps WHERE event_id = ? AND member_id = ?",
                                  (event_id, member_id))
        return str(rows[0][0]) if rows else None

    async def counts(self, event_id: int) -> Counts:
        rows = await self.db.read(
            f"SELECT {COUNTS}, {walk_ins('?')} FROM rsvps r WHERE r.event_id = ?",
            (event_id, event_id))
        return Counts(*rows[0])

    async def attendees(self, event_id: int) -> list[Attendee]:
        """Going, maybe, waitlist (in queue order), then not going."""
        rows = await self.db.read(
            "SELECT m.id, m.display_name, m.platform, r.state, r.seats, r.updated_at"
            " FROM rsvps r JOIN members m ON m.id = r.member_id WHERE r.event_id = ?"
            " ORDER BY CASE r.state WHEN 'going' THEN 0 WHEN 'maybe' THEN 1"
            " WHEN 'waitlisted' THEN 2 ELSE 3 END, r.wait_seq, r.created_at, m.display_name",
            (event_id,),
        )
        return [Attendee(r[0], r[1], r[2], r[3], r[4], from_db(r[5])) for r in rows]

    async def recipients(self, event_id: int, states: Sequence[str]) -> list[Recipient]:
        marks = ",".join("?" for _ in states)
        rows = await self.db.read(
            "SELECT m.id, m.platform, m.platform_user_id, m.display_name,"
            f" {NOTICE_LANGUAGE}, r.seats FROM rsvps r JOIN members m ON m.id = r.member_id"
            f" WHERE r.event_id = ? AND r.state IN ({marks}) ORDER BY r.wait_seq, m.id",
            (event_id, *states),
        )
        return [Recipient(*r) for r in rows]

    async def of_member(self, member_id: int, now: datetime) -> list[MemberRsvp]:
        """A member's answers for events still to come, soonest first."""
        n = EVENT_COL_COUNT
        rows = await self.db.read(
            f"SELECT {event_columns('e')}, r.state, r.seats,"
            " (SELECT COUNT(*) FROM rsvps w WHERE w.event_id = r.event_id"
            "  AND w.state = 'waitlisted' AND w.wait_seq < r.wait_seq)"
            " FROM rsvps r JOIN events e ON e.id = r.event_id"
            " WHERE r.member_id = ? AND e.starts_at > ? AND r.state != 'no'"
            " ORDER BY e.starts_at",
            (member_id, to_db(now)),
        )
        return [
            MemberRsvp(event_from_row(r[:n]), r[n], r[n + 1],
                       r[n + 2] + 1 if r[n] == "waitlisted" else 0)
            for r in rows
        ]


def _answer(event_id: int, member_id: int, choice: str | None, now: datetime,
            guests: int | None, guests_delta: int, max_seats: int, trim_names: bool,
            conn: sqlite3.Connection) -> tuple[RsvpOutcome, list[Child]]:
    """`Rsvps.answer` inside its transaction (`run_write`); with `trim_names`, the
    children's names the new answer leaves without a seat are taken off and returned. The
    connection last and every argument positional: `partial(_answer, …)` is what
    `run_write` runs, and keywords cost a dict to build and one to unpack per answer."""
    row = conn.execute(RSVP_STATE, (member_id, event_id)).fetchone()
    if row is None:
        return RsvpOutcome("not_found", event_id, ""), []
    (title, status, starts_at, capacity, closed_at, taken, waitlist, max_seq,
     old_state, old_seats, old_seq) = row
    if status == "cancelled":
        return RsvpOutcome("cancelled", event_id, title), []
    stamp = to_db(now)
    if starts_at <= stamp:  # both as stored (`TIMESTAMP_FORMAT`): in the order of time
        return RsvpOutcome("closed", event_id, title), []
    if choice is None:
        if old_state not in ("going", "waitlisted", "maybe") or (
                guests_delta and old_state == "maybe"):
            # Guests come with someone who holds a seat or a place: a ➕ after « no »
            # (or « maybe ») must not store seats a later « going » would book.
            return RsvpOutcome("no_rsvp", event_id, title), []
        choice = "going" if old_state == "waitlisted" else old_state
    if guests is not None:
        seats = guests + 1
    elif old_seats is not None:
        seats = old_seats + guests_delta
    else:
        seats = 1 + guests_delta
    seats = max(1, min(seats, max_seats))
    held = old_seats if old_state == "going" else 0
    # Seats given back need no room, even above a capacity the organiser lowered since.
    fewer = old_state == "going" and seats <= old_seats
    if choice == "going" and capacity is not None and seats > capacity and not fewer:
        # More seats than the event has in all: a waitlist place no one could ever serve.
        return RsvpOutcome("too_many", event_id, title, seats=seats, taken=taken,
                           capacity=capacity), []
    if closed_at is not None and choice == "going" and (
            old_state not in ("going", "waitlisted") or seats > old_seats):
        # Sign-ups closed: those who hold a seat or a place keep it (and may take fewer
        # seats); nobody new, and no more seats.
        return RsvpOutcome("signups_closed", event_id, title, seats=old_seats or 0,
                           taken=taken, capacity=capacity), []

    if choice != "going":
        state, seq = choice, None
    elif capacity is None or fewer or taken - held + seats <= capacity:
        state, seq = "going", None
    elif old_state == "going":
        # More guests than seats left: keep what they have rather than lose it.
        return RsvpOutcome("kept", event_id, title, seats=old_seats, taken=taken,
                           capacity=capacity), []
    elif old_state == "waitlisted":
        state, seq = "waitlisted", old_seq
    else:
        state, seq = "waitlisted", max_seq + 1

    conn.execute(
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
            (ahead,) = conn.execute(
                "SELECT COUNT(*) FROM rsvps WHERE event_id = ? AND state = 'waitlisted'"
                " AND wait_seq < ?",
                (event_id, seq),
            ).fetchone()
            position = int(ahead) + 1
        else:
            position = waitlist + 1
    if taken_after < taken or (old_state == "waitlisted" and state != "waitlisted"):
        promoted = promote_now(conn, event_id, now)
        taken_after += sum(p.seats for p in promoted)
        if state == "waitlisted" and any(p.member_id == member_id for p in promoted):
            state, position = "going", 0
            promoted = [p for p in promoted if p.member_id != member_id]
    dropped: list[Child] = []
    if trim_names and old_state is not None:  # names belong to an answer: a first one has none
        keep = seats - 1 if state in HOLDING else 0
        dropped = trim_children(conn, event_id, member_id, keep)
    # Every recorded answer builds one, its fields set in one step (the instance's
    # `__dict__`, every field named): the frozen dataclass's `__init__` made one
    # `object.__setattr__` call per field, 9 per answer (issue 11).
    answer = _new(Answer)
    _set(answer, "__dict__", {
        "status": state, "event_id": event_id, "title": title, "seats": seats,
        "position": position, "taken": taken_after, "capacity": capacity,
        "promoted": tuple(promoted), "before": old_state})
    return answer, dropped


def _answer_on_card(event_id: int, member_id: int, choice: str | None, now: datetime,
                    guests: int | None, guests_delta: int, max_seats: int,
                    pressed: tuple[str, str, str], conn: sqlite3.Connection,
                    ) -> tuple[RsvpOutcome, list[Child]]:
    """`_answer` (names trimmed) from a button under `pressed`, and the card pressed made
    live again in the same transaction when the answer changed seats."""
    answered = _answer(event_id, member_id, choice, now, guests, guests_delta, max_seats,
                       True, conn)
    if answered[0].status not in UNCHANGED:
        revive_now(conn, (*pressed, event_id))
    return answered


@dataclass(frozen=True)
class Answer(RsvpOutcome):
    """A recorded answer's outcome, with the member's answer just before (None for a first
    one), read in the same transaction: what the answer gave up (a seat, a waitlist place)
    is said without asking the database again."""

    before: str | None = None


# Waitlist promotion: the event's room, then the queue in order.
_ROOM_OF = (
    "SELECT e.capacity,"
    " (SELECT COALESCE(SUM(seats), 0) FROM rsvps WHERE event_id = e.id AND state = 'going')"
    f" + {walk_ins('e.id')} FROM events e WHERE e.id = ?"
)
# Seats are given to the queue only before the start, of an event still on.
_ROOM = _ROOM_OF + " AND e.status = 'scheduled' AND e.starts_at > ?"
_QUEUE = (
    "SELECT m.id, m.platform, m.platform_user_id, m.display_name,"
    f" {NOTICE_LANGUAGE}, r.seats FROM rsvps r JOIN members m ON m.id = r.member_id"
    " WHERE r.event_id = ? AND r.state = 'waitlisted' ORDER BY r.wait_seq"
)
_PROMOTE = (
    "UPDATE rsvps SET state = 'going', wait_seq = NULL, updated_at = ?"
    " WHERE event_id = ? AND member_id = ?"
)


@dataclass(frozen=True)
class Promoted(Recipient):
    """A member given a seat from the waitlist. `passed`: the members ahead of them in the
    queue whose party did not fit (they keep their place, and are told why)."""

    passed: tuple[int, ...] = ()


def _choose(capacity: int | None, taken: int, queue: Iterable[Sequence[Any]]) -> list[Recipient]:
    """The waitlisted members (queue order) who fit in the seats left."""
    free = None if capacity is None else capacity - taken
    chosen: list[Recipient] = []
    skipped: list[int] = []  # ahead in the queue, too many to fit: passed by those after
    for row in queue:
        if free is None or row[5] <= free:
            chosen.append(Promoted(row[0], row[1], row[2], row[3], row[4], row[5],
                                   tuple(skipped)))
            if free is not None:
                free -= row[5]
        else:
            skipped.append(row[0])
        if free == 0:
            break
    return chosen


def promote_now(conn: sqlite3.Connection, event_id: int, now: datetime) -> list[Recipient]:
    """`promote` inside a `Database.run_write` transaction (plain sqlite3)."""
    room = conn.execute(_ROOM, (event_id, to_db(now))).fetchone()
    if room is None:
        return []
    chosen = _choose(room[0], room[1], conn.execute(_QUEUE, (event_id,)).fetchall())
    stamp = to_db(now)
    conn.executemany(_PROMOTE, [(stamp, event_id, who.member_id) for who in chosen])
    return chosen


async def promote(db: aiosqlite.Connection, event_id: int, now: datetime) -> list[Recipient]:
    """Give freed seats to the first waitlisted members who fit, in queue order. Runs inside
    the caller's write transaction (`db` is the writer)."""
    chosen = await _fitting(db, _ROOM, (event_id, to_db(now)))
    for who in chosen:
        await db.execute(_PROMOTE, (to_db(now), event_id, who.member_id))
    return chosen


async def would_promote(db: aiosqlite.Connection, event_id: int) -> list[Recipient]:
    """Who `promote` would give the seats left to, had the event not started: the same rule
    (`_choose`), read only (the door undoing a tap once the evening has begun)."""
    return await _fitting(db, _ROOM_OF, (event_id,))


async def _fitting(db: aiosqlite.Connection, room: str, params: tuple[Any, ...]
                   ) -> list[Recipient]:
    rows = list(await db.execute_fetchall(room, params))
    if not rows:
        return []
    return _choose(rows[0][0], rows[0][1], await db.execute_fetchall(_QUEUE, (params[0],)))
