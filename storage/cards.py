"""Posted copies of event cards: which messages show an event and must follow its changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta

import aiosqlite

from storage.base import Database, from_db, to_db
from storage.events import event_columns, event_from_row
from storage.models import Event, PostedMessage

# Live card copies shown in answer to members (not announcements): the most recent few per
# chat, and at most this many per event, so one RSVP costs a bounded number of edits.
COPIES_PER_CHAT = 2
COPIES_PER_EVENT = 50
# How long after its start an event without an end may still turn « over » (`bot.cards`:
# 3 hours, and the next day in Paris): a day and a half covers it.
TURN_LOOKBACK = timedelta(hours=36)
# Retired copies shown « Commencé » once at the start (the most recent), see `show_retired_once`.
RETIRED_AT_START = 10

# What `posted_messages.live` says of a copy: which edits still reach it.
RETIRED = 0  # replaced by newer copies: no more edits (unless the event is cancelled)
LIVE = 1  # follows every change (announcements always; member copies within the bounds)
SHOWN_ONCE = 2  # retired, and given its last edit (« ANNULÉ », or « Commencé »): no more
DUE_ONCE = 3  # retired, to be edited once more by the next edit (the event started)


class Cards:
    """The messages that carry an event's card."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # Events whose last read found no copy of their card at all (none live, none
        # retired), so an answer to them needs no card read (most events between creation
        # and announcement). `_recorded` counts card writes: a read that overlapped one
        # proves nothing. Within this process only, like every card write (adapters post
        # cards from the bot process alone).
        self._none_live: set[int] = set()
        self._recorded = 0

    def none_live(self, event_id: int) -> bool:
        """True when the event is known to have no copy of its card at all, so none live (no
        read needed); False when it has some or we do not know."""
        return event_id in self._none_live

    def _recording(self, event_id: int) -> None:
        self._recorded += 1
        self._none_live.discard(event_id)

    async def add(
        self, event_id: int, platform: str, chat_id: str, message_id: str, locale: str,
        now: datetime, *, announcement: bool = False, private_to: str | None = None,
    ) -> None:
        """Record a card we posted. Announcements stay live; other copies are bounded (the
        most recent `COPIES_PER_CHAT` per chat, `COPIES_PER_EVENT` per event).

        `private_to`: the platform user id of the member whose private chat it is in (erased
        with them, `Members.erase`); None in a group or channel. Cards recorded in that chat
        before `private_to` existed are marked as theirs too."""
        kind = "announcement" if announcement else "copy"
        self._recording(event_id)
        async with self.db.transaction() as db:
            await db.execute(
                "INSERT INTO posted_messages (event_id, platform, chat_id, message_id, locale,"
                f" posted_at, kind, live, active_seq, private_to) VALUES (?,?,?,?,?,?,?,{LIVE},"
                " (SELECT COALESCE(MAX(active_seq), 0) + 1 FROM posted_messages), ?)"
                " ON CONFLICT DO NOTHING",
                (event_id, platform, chat_id, message_id, locale, to_db(now), kind,
                 private_to),
            )
            if private_to is not None:
                await db.execute(
                    "UPDATE posted_messages SET private_to = ?"
                    " WHERE platform = ? AND chat_id = ? AND private_to IS NULL",
                    (private_to, platform, chat_id))
            if not announcement:
                await _retire_old_copies(db, event_id)
        self._recording(event_id)

    async def revive(
        self, event_id: int, platform: str, chat_id: str, message_id: str,
    ) -> bool:
        """A card of ours for this event was pressed: make it the most recent live copy.

        Only a message recorded as a card of `event_id` qualifies. Returns True when it was
        not live before (it needs an edit to catch up). A press on a copy that is live and
        already the event's most recent (or an announcement, always live) writes nothing."""
        key = (platform, chat_id, message_id, event_id)
        rows = await self.db.read(_PRESSED, key)
        if not _to_revive(rows[0] if rows else None):
            return False
        self._recording(event_id)
        try:
            return await self.db.run_write(lambda conn: _revive(conn, key))
        finally:
            self._recording(event_id)

    async def move(self, platform: str, chat_id: str, old_message_id: str,
                   new_message_id: str, new_chat_id: str | None = None) -> bool:
        """A card copy was posted anew as another message (Telegram cannot turn text into a
        photo), in `new_chat_id` if given (a group turned supergroup): the new message
        takes the old one's record (event, kind, locale, liveness), so the chat keeps one
        copy and a press on the old id revives nothing. False when the old id is not a
        recorded card."""
        key = (platform, chat_id, old_message_id)
        where = new_chat_id or chat_id
        self._recorded += 1
        try:
            return await self.db.run_write(
                lambda conn: _move(conn, key, new_message_id, where))
        finally:
            self._recorded += 1

    async def forget(self, platform: str, chat_id: str, message_id: str) -> bool:
        """A card's message is gone (deleted in its chat): no more edits of it, at any
        change, cancelled or not. False when it was not recorded."""
        self._recorded += 1
        try:
            async with self.db.transaction() as db:
                rows = list(await db.execute_fetchall(
                    "DELETE FROM posted_messages WHERE platform = ? AND chat_id = ?"
                    " AND message_id = ? RETURNING 1", (platform, chat_id, message_id)))
        finally:
            self._recorded += 1
        return bool(rows)

    async def to_edit(self, event_id: int) -> list[PostedMessage]:
        """The copies to edit now with the event's latest state: the live ones, the retired
        ones due once more (`DUE_ONCE`, the event started) and, once the event is cancelled,
        the retired ones not yet shown « ANNULÉ ». The retired ones among them are marked
        `SHOWN_ONCE` as they are handed out: « ANNULÉ » or « Commencé » must reach them (one
        still offering « Je viens » in a channel brings people to a cancelled event), but
        only once, or every later change of that event (an erasure, « Je ne viens plus »
        under an old reminder) would edit them all again, deleted messages included, past
        the bound on copies. Writes only when there are some."""
        rows = await self._reached(event_id)
        retired = [r[5] for r in rows if r[6] != LIVE]
        if retired:
            async with self.db.transaction() as db:
                await db.execute(
                    f"UPDATE posted_messages SET live = {SHOWN_ONCE}"
                    f" WHERE live IN ({RETIRED}, {DUE_ONCE})"
                    " AND id IN (SELECT value FROM json_each(?))", (json.dumps(retired),))
        return [PostedMessage(*r[:5]) for r in rows]

    async def _reached(self, event_id: int) -> list[sqlite3.Row]:
        """The rows of the copies `to_edit` hands out, with each copy's id and state;
        remembers an event with no copy left at all (`none_live`)."""
        recorded = self._recorded
        rows = await self.db.read(
            "SELECT event_id, platform, chat_id, message_id, locale, id, live"
            f" FROM posted_messages WHERE event_id = ? AND (live IN ({LIVE}, {DUE_ONCE})"
            f"  OR (live = {RETIRED} AND EXISTS (SELECT 1 FROM events"
            "   WHERE id = ? AND status = 'cancelled')))"
            " ORDER BY id",
            (event_id, event_id),
        )
        if rows:
            self._none_live.discard(event_id)
        elif not await self.db.read(
                "SELECT 1 FROM posted_messages WHERE event_id = ? LIMIT 1", (event_id,),
                ) and recorded == self._recorded:
            # Only when no copy at all is left: retired ones (replaced by newer copies that
            # were deleted since) must still get « ANNULÉ » should the event be cancelled,
            # and one given its last edit may be pressed again, made live within an
            # answer's transaction (`revive_now`), which does not go through this object.
            # A copy left, whatever its state, keeps the event from this set.
            self._none_live.add(event_id)
        return rows

    async def show_retired_once(self, event_id: int) -> int:
        """The event has started: its most recent `RETIRED_AT_START` retired copies are
        handed out once more by the next `to_edit` (marked `DUE_ONCE` until then), so an
        old copy in a private chat or up the group stops offering « Je viens ». Bounded, so
        old copies do not take a group's edits (20 a minute) from live cards for long.
        Returns how many."""
        self._recording(event_id)
        try:
            async with self.db.transaction() as db:
                rows = list(await db.execute_fetchall(
                    f"UPDATE posted_messages SET live = {DUE_ONCE} WHERE id IN (SELECT id"
                    f" FROM posted_messages WHERE event_id = ? AND live = {RETIRED}"
                    " ORDER BY active_seq DESC LIMIT ?) RETURNING 1",
                    (event_id, RETIRED_AT_START)))
        finally:
            self._recording(event_id)
        return len(rows)

    async def turning(self, since: datetime, now: datetime) -> list[Event]:
        """Events still scheduled, with a live copy of their card, that may have started or
        ended between `since` and `now` (started by `now`, after `since` less
        `TURN_LOOKBACK`): the caller decides (`bot.cards.phase`). An event lasts 12 hours
        at most (`bot.dates.MAX_LENGTH`), so one ending after `since` started within the
        lookback too; a range on `starts_at` only, so a tick never walks the whole history."""
        rows = await self.db.read(
            f"SELECT {event_columns('e')} FROM events e"
            " WHERE e.status = 'scheduled' AND e.starts_at <= ? AND e.starts_at > ?"
            " AND EXISTS (SELECT 1 FROM posted_messages p"
            f"  WHERE p.event_id = e.id AND p.live = {LIVE}) ORDER BY e.starts_at",
            (to_db(now), to_db(since - TURN_LOOKBACK)))
        return [event_from_row(r) for r in rows]

    async def turned_until(self) -> datetime | None:
        """Up to when the scheduler turned cards (`bot.scheduler`), across restarts; None
        before the first turn."""
        rows = await self.db.read("SELECT until FROM card_turns WHERE id = 1")
        return from_db(rows[0][0]) if rows else None

    async def turns_done(self, until: datetime) -> None:
        """Every card that turned up to `until` was turned, and every edit asked for before
        it went out: a restart starts from there."""
        await self.db.write_one(
            "INSERT INTO card_turns (id, until) VALUES (1, ?)"
            " ON CONFLICT (id) DO UPDATE SET until = excluded.until", (to_db(until),))

    async def changed_since(self, since: datetime, now: datetime) -> list[int]:
        """Events with a live copy of their card (or one due once more), started after `now`
        less `TURN_LOOKBACK` or still to come, whose details or answers changed after
        `since`: the process before may have died before their edits went out, so a new one
        refreshes them (`bot.cards.CardTurns`). An erasure (answers go with their member)
        leaves no trace here."""
        rows = await self.db.read(
            "SELECT e.id FROM events e WHERE e.starts_at > ?"
            " AND EXISTS (SELECT 1 FROM posted_messages p"
            f"  WHERE p.event_id = e.id AND p.live IN ({LIVE}, {DUE_ONCE}))"
            " AND (e.updated_at > ? OR EXISTS (SELECT 1 FROM rsvps r"
            "  WHERE r.event_id = e.id AND r.updated_at > ?)) ORDER BY e.starts_at",
            (to_db(now - TURN_LOOKBACK), to_db(since), to_db(since)))
        return [r[0] for r in rows]


_RETIRE = (
    f"UPDATE posted_messages SET live = {RETIRED}"
    f" WHERE event_id = ? AND kind = 'copy' AND live = {LIVE} AND id NOT IN ("
    "  SELECT id FROM ("
    "   SELECT id, active_seq, ROW_NUMBER() OVER ("
    "    PARTITION BY platform, chat_id ORDER BY active_seq DESC) AS in_chat"
    f"   FROM posted_messages WHERE event_id = ? AND kind = 'copy' AND live = {LIVE})"
    "  WHERE in_chat <= ? ORDER BY active_seq DESC LIMIT ?)"
)


async def _retire_old_copies(db: aiosqlite.Connection, event_id: int) -> None:
    """Keep only the most recent member copies live: per chat, then per event."""
    await db.execute(_RETIRE, (event_id, event_id, COPIES_PER_CHAT, COPIES_PER_EVENT))


# A pressed message: (live, already the event's most recent live copy or an announcement),
# if it is a recorded card of that event. Key: (platform, chat_id, message_id, event_id).
_PRESSED = (
    "SELECT live, kind = 'announcement' OR active_seq >= (SELECT MAX(active_seq)"
    "  FROM posted_messages WHERE event_id = p.event_id AND kind = 'copy'"
    f"  AND live = {LIVE})"
    " FROM posted_messages p"
    " WHERE platform = ? AND chat_id = ? AND message_id = ? AND event_id = ?"
)


def _to_revive(pressed: Sequence[object] | None) -> bool:
    """Whether a pressed message (its `_PRESSED` row) needs `_revive`: a recorded card of
    the event not already live and its most recent copy (or an announcement)."""
    return pressed is not None and not (pressed[0] == LIVE and pressed[1])


def revive_now(conn: sqlite3.Connection, key: tuple[str, str, str, int]) -> bool:
    """`Cards.revive` inside a caller's `Database.run_write` transaction (plain sqlite3,
    writer thread): a button's answer and its card's part in one trip (issue 11). Writes
    only when the pressed card is not already live and the event's most recent copy.

    Only for an answer that changed seats, whose refresh (`Core.event_changed`) then shows
    the revived copy: it does not tell this process's `Cards` (no `none_live` to clear), which
    is safe as `none_live` holds only events with no copy at all, and a copy revived here
    existed before. True when the copy was not live before."""
    if not _to_revive(conn.execute(_PRESSED, key).fetchone()):
        return False
    return _revive(conn, key)


def _revive(conn: sqlite3.Connection, key: tuple[str, str, str, int]) -> bool:
    """`Cards.revive` inside its transaction, on the writer's thread."""
    row = conn.execute(
        "SELECT id, kind, live FROM posted_messages"
        " WHERE platform = ? AND chat_id = ? AND message_id = ? AND event_id = ?", key,
    ).fetchone()
    if row is None:
        return False
    row_id, kind, was_live = row
    conn.execute(
        f"UPDATE posted_messages SET live = {LIVE},"
        " active_seq = (SELECT MAX(active_seq) + 1 FROM posted_messages) WHERE id = ?",
        (row_id,),
    )
    if kind != "announcement":
        event_id = key[3]
        conn.execute(_RETIRE, (event_id, event_id, COPIES_PER_CHAT, COPIES_PER_EVENT))
    return bool(was_live != LIVE)


def _move(conn: sqlite3.Connection, key: tuple[str, str, str], new_message_id: str,
          new_chat_id: str) -> bool:
    """`Cards.move` inside its transaction. Should the new id be recorded already, the old
    record goes rather than make two of one message."""
    moved = conn.execute(
        "UPDATE OR IGNORE posted_messages SET message_id = ?, chat_id = ?"
        " WHERE platform = ? AND chat_id = ? AND message_id = ?",
        (new_message_id, new_chat_id, *key),
    ).rowcount
    if not moved:
        moved = conn.execute(
            "DELETE FROM posted_messages WHERE platform = ? AND chat_id = ? AND message_id = ?",
            key).rowcount
    return moved > 0
