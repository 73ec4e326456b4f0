"""Private notices kept until they went out: a cancellation, a change or a move told to the
people who answered, and the organisers' other messages to members (`bot.core.Core.tell`).

All of one fan-out is recorded in one transaction before the first goes out (`record`), each
erased once sent (`sent`): a process killed during the fan-out leaves the rest, which the
next start sends (`take`, the scheduler's `outbox` job), once each. The rows the live fan-out
holds carry its process id (`claimed_by`) and a lease (`next_try_at`): a new process takes
a dead one's at once. The process sending them leaves them to its fan-out for as long as it
is sending them, however long the platform makes it wait (`_live`: a tick taking them once
the lease is over would send them twice), and to the lease once the fan-out let go of them
without a mark (a mark that failed).

A row is never sent after `until` (its event is over: a move notice for last night's
evening helps nobody), nor a notice of an event since cancelled other than the cancellation
itself and a question or answer between a member and the team (`REPLY`); a newer notice of a
change or the cancellation replaces a change notice not yet sent to that member
(`SUPERSEDED`). A series' notice (its dates moved or cancelled: one per person, naming
their dates) is kept with its series (`series_id`, no one event): a newer one of the series
replaces its change notice not yet sent to that member; the change notices of its dates
cancelled since are erased unsent as any.

The reply is kept in the form `bot.adapters.waiting.encode` gives it, already in the
member's language; rows go with the member (/oubliemoi) and with the event. A notice
carrying a member's own words to someone else (a question passed on to an organiser,
`storage.relay`) names that member (`words_of`, migration 0028): it goes with them too.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.base import Database, from_db, to_db
from storage.models import Recipient

CANCELLED = "cancelled"
CHANGED = "changed"  # a new moment or place: what `Reminders.told_of_move` relies on
NOTICE = "notice"  # anything else (a message from the organisers, an event back on)
# A person's own words about the event, to one person: a question passed on to the team, the
# team's answer (`commands.relay`). Never dropped for the event's cancellation (« pourquoi
# c'est annulé ? » needs it most); its `until` alone ends it.
REPLY = "reply"
# A notice of these kinds replaces a change notice of the same event not yet sent.
SUPERSEDED = {CANCELLED: (CHANGED,), CHANGED: (CHANGED,)}


@dataclass(frozen=True)
class Kept:
    """A notice to send: to whom (as they are now), what, and since when it waits."""

    id: int
    who: Recipient
    reply: str
    created_at: datetime
    attempts: int


class Outbox:
    """See the module docstring."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # The rows this process's live fan-out (`record`) is sending right now, until their
        # mark (`sent`, `retry`): `take` leaves them alone, their lease over or not.
        self._live: set[int] = set()
        # The highest row id this process recorded or took: a new row is numbered above it,
        # never with the number of one it may still mark (SQLite gives the highest id + 1,
        # so a notice replacing the last one would take its number, and the older one's
        # `sent` would erase the newer one).
        self._highest = 0

    async def record(self, rows: Sequence[tuple[int, str]], *, event_id: int | None,
                     kind: str, now: datetime, until: datetime, holder: str,
                     lease_until: datetime, series_id: int | None = None,
                     words_of: int | None = None) -> list[int]:
        """Keep one notice per (member id, reply), all in one transaction, held by process
        `holder` until `lease_until`; their row ids, in order. Change notices of the same
        event (or of the same series: `series_id`) not yet sent to these members are
        dropped (`SUPERSEDED`). `words_of`: the member whose own words they carry (a
        question passed on), with whom they go too."""
        ids: list[int] = []
        old = SUPERSEDED.get(kind, ())
        kinds = f"kind IN ({','.join('?' * len(old))})"
        async with self.db.transaction() as db:
            for member_id, reply in rows:
                if event_id is not None and old:
                    await db.execute(
                        f"DELETE FROM outbox WHERE event_id = ? AND member_id = ? AND {kinds}",
                        (event_id, member_id, *old))
                if series_id is not None and old:
                    await db.execute(
                        f"DELETE FROM outbox WHERE series_id = ? AND member_id = ? AND {kinds}",
                        (series_id, member_id, *old))
                cursor = await db.execute(
                    "INSERT INTO outbox (id, member_id, event_id, series_id, words_of, kind,"
                    " reply, created_at, until, attempts, next_try_at, claimed_by) VALUES"
                    " (MAX(?, (SELECT IFNULL(MAX(id), 0) FROM outbox)) + 1,?,?,?,?,?,?,?,?,1,?,?)",
                    (self._highest, member_id, event_id, series_id, words_of, kind, reply,
                     to_db(now), to_db(until), to_db(lease_until), holder))
                ids.append(int(cursor.lastrowid or 0))
                self._highest = max(self._highest, ids[-1])
        self._live.update(ids)
        return ids

    async def sent(self, row_id: int) -> bool:
        """A notice went out (or will never go: refused for good): it leaves the database.
        False when it was gone already."""
        try:
            return bool(await self.db.write_one(
                "DELETE FROM outbox WHERE id = ? RETURNING id", (row_id,)))
        finally:
            self._live.discard(row_id)  # the mark failing: the lease governs again

    async def retry(self, row_id: int, at: datetime) -> None:
        """The platform failed (down, 429, a timeout): anyone may try again from `at`."""
        try:
            await self.db.write_one(
                "UPDATE outbox SET claimed_by = NULL, next_try_at = ? WHERE id = ?",
                (to_db(at), row_id))
        finally:
            self._live.discard(row_id)

    async def take(self, now: datetime, holder: str, lease_until: datetime,
                   limit: int = 200) -> list[Kept]:
        """Claim the notices to send now, for process `holder` until `lease_until`: those
        whose retry is due, and those a dead process held (another `holder`); never those
        this process's fan-out is still sending (`_live`). What stopped mattering is erased
        first (`drop_stale`). Oldest first. Reads only, on the usual tick with nothing kept
        (no write lock every 30 s)."""
        await self.drop_stale(now)
        claimable = ("SELECT id FROM outbox WHERE until > ? AND (next_try_at <= ?"
                     " OR (claimed_by IS NOT NULL AND claimed_by != ?))"
                     " AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id")
        params = (to_db(now), to_db(now), holder, json.dumps(sorted(self._live)))
        if not await self.db.read(f"{claimable} LIMIT 1", params):
            return []
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "UPDATE outbox SET claimed_by = ?, next_try_at = ?, attempts = attempts + 1"
                f" WHERE id IN ({claimable} LIMIT ?) RETURNING id",
                (holder, to_db(lease_until), *params, limit)))
            if not rows:
                return []
            ids = [r[0] for r in rows]
            self._highest = max(self._highest, *ids)
            found = await db.execute_fetchall(
                "SELECT o.id, m.id, m.platform, m.platform_user_id, m.display_name,"
                " COALESCE(m.language, m.app_language), o.reply, o.created_at, o.attempts"
                " FROM outbox o JOIN members m ON m.id = o.member_id"
                f" WHERE o.id IN ({','.join('?' * len(ids))}) ORDER BY o.id", ids)
        return [Kept(r[0], Recipient(r[1], r[2], r[3], r[4], r[5], 0), r[6], from_db(r[7]),
                     r[8]) for r in found]

    async def drop_stale(self, now: datetime) -> int:
        """Erase what no longer matters: past its `until`, or a notice of an event cancelled
        since (not the cancellation, nor a question or its answer: `REPLY`). How many. A read
        first: most ticks have nothing to erase."""
        stale = ("until <= ? OR (kind NOT IN (?, ?) AND event_id IN"
                 " (SELECT id FROM events WHERE status = 'cancelled'))")
        params = (to_db(now), CANCELLED, REPLY)
        if not await self.db.read(f"SELECT 1 FROM outbox WHERE {stale} LIMIT 1", params):
            return 0
        return len(await self.db.write_one(
            f"DELETE FROM outbox WHERE {stale} RETURNING id", params))

    async def pending(self, event_id: int) -> int:
        """How many notices of this event wait to go out (tests, diagnostics)."""
        rows = await self.db.read("SELECT COUNT(*) FROM outbox WHERE event_id = ?",
                                  (event_id,))
        return int(rows[0][0])
