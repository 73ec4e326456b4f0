"""Posted copies of event cards: which messages show an event and must follow its changes."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.base import Database, to_db
from storage.models import PostedMessage

# Live card copies shown in answer to members (not announcements): the most recent few per
# chat, and at most this many per event, so one RSVP costs a bounded number of edits.
COPIES_PER_CHAT = 2
COPIES_PER_EVENT = 50


class Cards:
    """The messages that carry an event's card."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self, event_id: int, platform: str, chat_id: str, message_id: str, locale: str,
        now: datetime, *, announcement: bool = False,
    ) -> None:
        """Record a card we posted. Announcements stay live; other copies are bounded (the
        most recent `COPIES_PER_CHAT` per chat, `COPIES_PER_EVENT` per event)."""
        kind = "announcement" if announcement else "copy"
        async with self.db.transaction() as db:
            await db.execute(
                "INSERT INTO posted_messages (event_id, platform, chat_id, message_id, locale,"
                " posted_at, kind, live, active_seq) VALUES (?,?,?,?,?,?,?,1,"
                " (SELECT COALESCE(MAX(active_seq), 0) + 1 FROM posted_messages))"
                " ON CONFLICT DO NOTHING",
                (event_id, platform, chat_id, message_id, locale, to_db(now), kind),
            )
            if not announcement:
                await _retire_old_copies(db, event_id)

    async def revive(
        self, event_id: int, platform: str, chat_id: str, message_id: str,
    ) -> bool:
        """A card of ours for this event was pressed: make it the most recent live copy.

        Only a message recorded as a card of `event_id` qualifies. Returns True when it was
        not live before (it needs an edit to catch up)."""
        async with self.db.transaction() as db:
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

    async def live(self, event_id: int) -> list[PostedMessage]:
        """The live copies of an event's card: the ones every change is shown on."""
        rows = await self.db.read(
            "SELECT event_id, platform, chat_id, message_id, locale FROM posted_messages"
            " WHERE event_id = ? AND live = 1 ORDER BY id",
            (event_id,),
        )
        return [PostedMessage(*r) for r in rows]


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
