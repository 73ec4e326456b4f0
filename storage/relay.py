"""A member's question about an event, passed on to its organisers, and their answer carried
back (`commands.relay`; migration 0025).

Not the question's words: they go out once, in the organisers' private notices
(`storage.outbox`, erased once sent). Kept only what carries the answer back: which event,
who asked and when, who it was sent to (only they may answer it), whether it was answered,
and, for an organiser who tapped « Répondre », until when their next private message is the
answer. Kept until a week after the event, as it is now (moved later, kept longer; moved
earlier, erased sooner), or a week after it was asked when that is later (`KEPT_AFTER`;
`forget_past`); erased with the asker, with the event, and an organiser's part with them.
A question's notice waiting in the outbox names it (`outbox.question_id`): it goes with it.

Also (migration 0028), what reads a reply after a restart: per member, the one event the
latest private notice was about (`told`, `keep_told`; the core keeps it in memory and writes
it in batches), and the organisers who wrote to an event's participants (`wrote`, `writers`:
its questions reach them too), erased with the event's questions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.base import Database, from_db, to_db
from storage.models import Recipient
from storage.rsvps import NOTICE_LANGUAGE

# A question is kept until a week after its event (or after it was asked, if later).
KEPT_AFTER = timedelta(days=7)
# Questions waiting for an answer count against a member's limit for this long after they
# were asked (`waiting`): a flood stops there, questions the team left unanswered do not
# silence the member for weeks.
WAITING_WITHIN = timedelta(days=1)
# How long an event without an end is taken to last: `bot.cards.LENGTH` (storage imports
# nothing of the bot's; tests/test_s11_relay11.py holds them equal).
EVENT_LENGTH = timedelta(hours=3)


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
    " JOIN members m ON m.id = q.member_id JOIN events e ON e.id = q.event_id")
# The event (alias `e`) ended less than `KEPT_AFTER` ago, as it is now: parameters `_since`.
_EVENT_KEPT = ("((e.ends_at IS NOT NULL AND e.ends_at > ?)"
               " OR (e.ends_at IS NULL AND e.starts_at > ?))")
# A question (alias `q`, its event `e`) still kept: asked less than `KEPT_AFTER` ago (its
# `until`), or its event is (`_EVENT_KEPT`). Parameters: `_kept(now)`.
_KEPT = f"(q.until > ? OR {_EVENT_KEPT})"


def _since(now: datetime) -> tuple[str, str]:
    """`_EVENT_KEPT`'s parameters at `now`."""
    return to_db(now - KEPT_AFTER), to_db(now - KEPT_AFTER - EVENT_LENGTH)


def _kept(now: datetime) -> tuple[str, str, str]:
    """`_KEPT`'s parameters at `now`."""
    return (to_db(now), *_since(now))


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
        """A question of `member_id` about `event_id`, sent to the members `to`: its number.
        `until`: kept at least until then (a week after asking), and as long as its event."""
        async with self.db.transaction() as db:
            # Above every number given before (`relay_ids`, migration 0030): a button under
            # an erased question never opens the next one.
            cursor = await db.execute(
                "INSERT INTO relay_questions (id, event_id, member_id, asked_at, until)"
                " VALUES ((SELECT MAX(high, IFNULL((SELECT MAX(id) FROM relay_questions), 0))"
                " + 1 FROM relay_ids),?,?,?,?)",
                (event_id, member_id, to_db(now), to_db(until)))
            question_id = int(cursor.lastrowid or 0)
            await db.execute("UPDATE relay_ids SET high = ?", (question_id,))
            await db.executemany(
                "INSERT OR IGNORE INTO relay_to (question_id, member_id) VALUES (?,?)",
                [(question_id, m) for m in to])
        return question_id

    async def waiting(self, member_id: int, now: datetime) -> int:
        """How many of this member's questions asked within `WAITING_WITHIN` still wait for
        an answer."""
        rows = await self.db.read(
            "SELECT COUNT(*) FROM relay_questions q JOIN events e ON e.id = q.event_id"
            " WHERE q.member_id = ? AND q.answered_at IS NULL AND q.asked_at > ?"
            f" AND {_KEPT}", (member_id, to_db(now - WAITING_WITHIN), *_kept(now)))
        return int(rows[0][0])

    async def question(self, question_id: int, recipient: int, now: datetime
                       ) -> Question | None:
        """The question, if it was sent to `recipient` and is still kept."""
        rows = await self.db.read(
            f"{_QUESTION} JOIN relay_to t ON t.question_id = q.id"
            f" WHERE q.id = ? AND t.member_id = ? AND {_KEPT}",
            (question_id, recipient, *_kept(now)))
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
                " AND question_id IN (SELECT q.id FROM relay_questions q"
                f" JOIN events e ON e.id = q.event_id WHERE {_KEPT})",
                (to_db(until), question_id, recipient, *_kept(now)))
            return cursor.rowcount > 0

    async def answering(self, member_id: int, now: datetime) -> Question | None:
        """The question this member tapped « Répondre » for, while their answer is awaited."""
        rows = await self.db.read(
            f"{_QUESTION} JOIN relay_to t ON t.question_id = q.id"
            f" WHERE t.member_id = ? AND t.answering_until > ? AND {_KEPT}",
            (member_id, to_db(now), *_kept(now)))
        return _question(rows[0]) if rows else None

    async def sent_to(self, member_id: int, event_id: int, now: datetime
                      ) -> Question | None:
        """The latest question about `event_id` sent to `member_id`, kept and not yet
        answered by anyone."""
        rows = await self.db.read(
            f"{_QUESTION} JOIN relay_to t ON t.question_id = q.id"
            " WHERE t.member_id = ? AND q.event_id = ? AND q.answered_at IS NULL"
            f" AND {_KEPT} ORDER BY q.id DESC LIMIT 1", (member_id, event_id, *_kept(now)))
        return _question(rows[0]) if rows else None

    async def answered(self, question_id: int, recipient: int, now: datetime
                       ) -> datetime | None:
        """An answer went to the asker: noted, and `recipient` answers nothing more now.
        When an answer had gone before (another organiser's, sent at the same instant
        too): when, read in the same transaction as the mark (of two answers marked at
        once, the second learns of the first)."""
        async with self.db.transaction() as db:
            rows = list(await db.execute_fetchall(
                "SELECT answered_at FROM relay_questions WHERE id = ?", (question_id,)))
            await db.execute("UPDATE relay_questions SET answered_at = ? WHERE id = ?",
                             (to_db(now), question_id))
            await db.execute("UPDATE relay_to SET answering_until = NULL WHERE member_id = ?",
                             (recipient,))
        before = rows[0][0] if rows else None
        return None if before is None else from_db(str(before))

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

    async def kept(self, question_id: int, now: datetime) -> bool:
        """Whether this question is still kept at all (to whomever it was sent)."""
        return bool(await self.db.read(
            "SELECT 1 FROM relay_questions q JOIN events e ON e.id = q.event_id"
            f" WHERE q.id = ? AND {_KEPT}", (question_id, *_kept(now))))

    async def answering_now(self, now: datetime) -> set[int]:
        """The members whose « Répondre » window is open (read once per process)."""
        rows = await self.db.read(
            "SELECT DISTINCT member_id FROM relay_to WHERE answering_until > ?", (to_db(now),))
        return {int(r[0]) for r in rows}

    async def wrote(self, event_id: int, member_id: int) -> None:
        """An organiser wrote to the event's participants (`/message`): they hear its
        questions too."""
        await self.db.write_one(
            "INSERT OR IGNORE INTO relay_writers (event_id, member_id) VALUES (?,?)",
            (event_id, member_id))

    async def writers(self, event_id: int) -> list[int]:
        """Who wrote to the event's participants, the first first."""
        rows = await self.db.read(
            "SELECT member_id FROM relay_writers WHERE event_id = ? ORDER BY rowid",
            (event_id,))
        return [int(r[0]) for r in rows]

    async def told(self, since: datetime, limit: int) -> list[tuple[int, int | None, datetime]]:
        """What each member was last told of since `since`: (member id, event id or None,
        when), the oldest first, the `limit` latest."""
        rows = await self.db.read(
            "SELECT member_id, event_id, told_at FROM (SELECT * FROM relay_told"
            " WHERE told_at > ? ORDER BY told_at DESC LIMIT ?) ORDER BY told_at",
            (to_db(since), limit))
        return [(int(r[0]), None if r[1] is None else int(r[1]), from_db(str(r[2])))
                for r in rows]

    async def keep_told(self, rows: Sequence[tuple[int, int | None, datetime]],
                        forget_before: datetime) -> None:
        """Note what each member was last told of (member id, event id or None, when), in
        one transaction; members erased meanwhile are left out. None (no event, several,
        or the bot asked something else since; an event gone) keeps nothing: their row goes,
        as a restart then reads nothing for them. What is older than `forget_before` is
        erased: nothing reads it any more. Nothing to write and nothing to erase (most
        ticks): a read only."""
        if not rows and not await self.db.read(
                "SELECT 1 FROM relay_told WHERE told_at <= ? LIMIT 1", (to_db(forget_before),)):
            return
        async with self.db.transaction() as db:
            await db.executemany(
                "INSERT INTO relay_told (member_id, event_id, told_at)"
                " SELECT m.id, (SELECT id FROM events WHERE id = ?), ? FROM members m"
                " WHERE m.id = ? ON CONFLICT (member_id) DO UPDATE SET"
                " event_id = excluded.event_id, told_at = excluded.told_at",
                [(event_id, to_db(at), member_id) for member_id, event_id, at in rows
                 if event_id is not None])
            await db.executemany("DELETE FROM relay_told WHERE member_id = ?",
                                 [(member_id,) for member_id, event_id, _ in rows
                                  if event_id is None])
            await db.execute("DELETE FROM relay_told WHERE told_at <= ? OR event_id IS NULL",
                             (to_db(forget_before),))

    async def forget_past(self, now: datetime) -> int:
        """Questions no longer kept (a week after their event, as it is now, and after they
        were asked) erased, and who wrote to those events' participants: how many
        questions. A read first: most ticks have nothing to erase."""
        questions = ("SELECT q.id FROM relay_questions q JOIN events e ON e.id = q.event_id"
                     f" WHERE NOT {_KEPT}")
        writers = ("SELECT w.event_id FROM relay_writers w JOIN events e ON e.id = w.event_id"
                   f" WHERE NOT {_EVENT_KEPT}")
        params = (*_kept(now), *_since(now))
        if not await self.db.read(f"{questions} UNION ALL {writers} LIMIT 1", params):
            return 0
        async with self.db.transaction() as db:
            gone = list(await db.execute_fetchall(
                f"DELETE FROM relay_questions WHERE id IN ({questions}) RETURNING id",
                _kept(now)))
            await db.execute(f"DELETE FROM relay_writers WHERE event_id IN ({writers})",
                             _since(now))
        return len(gone)
