"""A member's question about an event, passed on to its organisers, and their answer carried
back (`commands.relay`; migration 0025).

Not the question's words: they go out once, in the organisers' private notices
(`storage.outbox`, erased once sent). Kept only what carries the answer back: which event,
who asked and when, who it was sent to (only they may answer it), whether it was answered,
and, for an organiser who tapped « Répondre », until when their next private message is the
answer. Erased at `until` (a week after the event: `forget_past`), with the asker, with the
event, and an organiser's part with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.base import Database, from_db, to_db
from storage.models import Recipient
from storage.rsvps import NOTICE_LANGUAGE


@dataclass(frozen=True)
class Question:
    """A question passed on: its number, its event, who asked (as they are now), when, and
    when it was last answered (None: not yet)."""

    id: int
    event_id: int
    asker: Recipient
    asked_at: datetime
    answered_at: datetime | None


_QUESTION = (
    "SELECT q.id, q.event_id, m.id, m.platform, m.platform_user_id, m.display_name,"
    f" {NOTICE_LANGUAGE}, 0, q.asked_at, q.answered_at FROM relay_questions q"
    " JOIN members m ON m.id = q.member_id")


def _question(row: Sequence[object]) -> Question:
    asker = Recipient(int(str(row[2])), str(row[3]), str(row[4]), str(row[5]),
                      None if row[6] is None else str(row[6]), 0)
    return Question(int(str(row[0])), int(str(row[1])), asker, from_db(str(row[8])),
                    None if row[9] is None else from_db(str(row[9])))


class Relay:
    """See the module docstring."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def ask(self, event_id: int, member_id: int, to: Sequence[int], now: datetime,
                  until: datetime) -> int:
        """A question of `member_id` about `event_id`, sent to the members `to`: its number."""
        async with self.db.transaction() as db:
            cursor = await db.execute(
                "INSERT INTO relay_questions (event_id, member_id, asked_at, until)"
                " VALUES (?,?,?,?)", (event_id, member_id, to_db(now), to_db(until)))
            question_id = int(cursor.lastrowid or 0)
            await db.executemany(
                "INSERT OR IGNORE INTO relay_to (question_id, member_id) VALUES (?,?)",
                [(question_id, m) for m in to])
        return question_id

    async def waiting(self, member_id: int, now: datetime) -> int:
        """How many of this member's questions still wait for an answer."""
        rows = await self.db.read(
            "SELECT COUNT(*) FROM relay_questions WHERE member_id = ? AND answered_at IS NULL"
            " AND until > ?", (member_id, to_db(now)))
        return int(rows[0][0])

    async def question(self, question_id: int, recipient: int, now: datetime
                       ) -> Question | None:
        """The question, if it was sent to `recipient` and is still kept."""
        rows = await self.db.read(
            f"{_QUESTION} JOIN relay_to t ON t.question_id = q.id"
            " WHERE q.id = ? AND t.member_id = ? AND q.until > ?",
            (question_id, recipient, to_db(now)))
        return _question(rows[0]) if rows else None

    async def start_answer(self, question_id: int, recipient: int, now: datetime,
                           until: datetime) -> bool:
        """`recipient` tapped « Répondre »: their next private message until `until` is the
        answer (to this question only). False when it was not sent to them."""
        async with self.db.transaction() as db:
            await db.execute("UPDATE relay_to SET answering_until = NULL WHERE member_id = ?",
                             (recipient,))
            cursor = await db.execute(
                "UPDATE relay_to SET answering_until = ? WHERE question_id = ? AND member_id = ?"
                " AND question_id IN (SELECT id FROM relay_questions WHERE until > ?)",
                (to_db(until), question_id, recipient, to_db(now)))
            return cursor.rowcount > 0

    async def answering(self, member_id: int, now: datetime) -> Question | None:
        """The question this member tapped « Répondre » for, while their answer is awaited."""
        rows = await self.db.read(
            f"{_QUESTION} JOIN relay_to t ON t.question_id = q.id"
            " WHERE t.member_id = ? AND t.answering_until > ? AND q.until > ?",
            (member_id, to_db(now), to_db(now)))
        return _question(rows[0]) if rows else None

    async def sent_to(self, member_id: int, event_id: int, now: datetime
                      ) -> Question | None:
        """The latest question about `event_id` sent to `member_id`, kept and not yet
        answered by anyone."""
        rows = await self.db.read(
            f"{_QUESTION} JOIN relay_to t ON t.question_id = q.id"
            " WHERE t.member_id = ? AND q.event_id = ? AND q.answered_at IS NULL"
            " AND q.until > ? ORDER BY q.id DESC LIMIT 1", (member_id, event_id, to_db(now)))
        return _question(rows[0]) if rows else None

    async def answered(self, question_id: int, recipient: int, now: datetime) -> None:
        """An answer went to the asker: noted, and `recipient` answers nothing more now."""
        async with self.db.transaction() as db:
            await db.execute("UPDATE relay_questions SET answered_at = ? WHERE id = ?",
                             (to_db(now), question_id))
            await db.execute("UPDATE relay_to SET answering_until = NULL WHERE member_id = ?",
                             (recipient,))

    async def stop_answering(self, member_id: int) -> bool:
        """« annuler » instead of an answer: nothing is sent."""
        return bool(await self.db.write_one(
            "UPDATE relay_to SET answering_until = NULL WHERE member_id = ?"
            " AND answering_until IS NOT NULL RETURNING question_id", (member_id,)))

    async def export(self, member_id: int) -> list[tuple[int, str, datetime, bool]]:
        """For /mydata: each question this member asked that is still kept: (event id, its
        title, asked at, answered)."""
        rows = await self.db.read(
            "SELECT q.event_id, e.title, q.asked_at, q.answered_at IS NOT NULL"
            " FROM relay_questions q JOIN events e ON e.id = q.event_id"
            " WHERE q.member_id = ? ORDER BY q.asked_at", (member_id,))
        return [(int(r[0]), str(r[1]), from_db(str(r[2])), bool(r[3])) for r in rows]

    async def forget_past(self, now: datetime) -> int:
        """Questions whose keeping time is over (a week after their event): erased."""
        rows = await self.db.write_one(
            "DELETE FROM relay_questions WHERE until <= ? RETURNING id", (to_db(now),))
        return len(rows)
