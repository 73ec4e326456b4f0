"""Members: identity on first contact, settings, data export and erasure."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from storage.base import NEXT_ID, Database, from_db, optional_from_db, read_only, to_db
from storage.models import Member, Recipient
from storage.rsvps import promote

MEMBER_COLS = (
    "id, platform, platform_user_id, display_name, language, reminders, unreachable,"
    " notice_pending, app_language"
)
MEMBER_FIELDS = ("language", "reminders", "unreachable", "notice_pending")


def member_from_row(row: Sequence[Any]) -> Member:
    return Member(
        id=row[0], platform=row[1], platform_user_id=row[2], display_name=row[3],
        language=row[4], reminders=bool(row[5]), unreachable=row[6], notice_pending=bool(row[7]),
        app_language=row[8],
    )


class Members:
    """Members, with a cache of platform identities so a message costs no write when the
    display name has not changed. Every change here refreshes or drops the cached entry."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[tuple[str, str], Member] = {}
        # The day each cached identity was last noted as seen (`seen_at`, once a day).
        self._seen: dict[tuple[str, str], date] = {}

    async def identify(
        self, platform: str, user_id: str, display_name: str, now: datetime,
        app_language: str | None = None,
    ) -> Member:
        """The member behind a platform identity, created on first contact. `app_language`:
        their app's language if it is one we speak (None: unknown, the one known is kept).
        Each day's first message notes the account as used (`seen_at`; a warning that it
        would be erased for lack of use no longer holds): one write a day at most."""
        key = (platform, user_id)
        cached = self._cache.get(key)
        if cached is not None and cached.display_name == display_name and (
                app_language is None or cached.app_language == app_language) and (
                self._seen.get(key) == now.date()):
            return cached
        stamp = to_db(now)
        rows = await self.db.write_one(
            "INSERT INTO members (id, platform, platform_user_id, display_name, created_at,"
            f" app_language, seen_at) VALUES ({NEXT_ID}, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (platform, platform_user_id)"
            " DO UPDATE SET display_name = excluded.display_name,"
            " app_language = COALESCE(excluded.app_language, app_language),"
            " seen_at = excluded.seen_at, warned_at = NULL"
            f" RETURNING {MEMBER_COLS}",
            (platform, user_id, display_name, stamp, app_language, stamp),
        )
        member = member_from_row(rows[0])
        self._cache[key] = member
        self._seen[key] = now.date()
        return member

    async def unused(self, seen_before: datetime, limit: int = 50, *,
                     now: datetime | None = None) -> list[Recipient]:
        """Chat accounts (not the desk's) nobody used since `seen_before` and not yet told
        they would be erased for it: to be told once (`warned`). Given `now`, not those
        holding a seat or a waitlist place for an event still to come (`_HOLDING`)."""
        holding, args = _holding(now)
        rows = await self.db.read(
            "SELECT id, platform, platform_user_id, display_name,"
            " COALESCE(language, app_language) FROM members WHERE seen_at < ?"
            f" AND warned_at IS NULL AND platform != 'desk'{holding} ORDER BY seen_at, id"
            " LIMIT ?", (to_db(seen_before), *args, limit))
        return [Recipient(r[0], r[1], r[2], r[3], r[4], 0) for r in rows]

    async def warned(self, member_id: int, now: datetime, seen_before: datetime) -> None:
        """`member_id` was told that, unused, their data would be erased (unless they used
        the bot since `seen_before`: a reply to the notice while it was being sent)."""
        await self.db.write_one("UPDATE members SET warned_at = ? WHERE id = ?"
                                " AND seen_at < ? RETURNING id",
                                (to_db(now), member_id, to_db(seen_before)))

    async def expired(self, seen_before: datetime, warned_before: datetime,
                      limit: int = 50, *, now: datetime | None = None) -> list[int]:
        """Chat accounts unused since `seen_before` and told so before `warned_before`
        (without a word from them since): to be erased as /forgetme does. Given `now`, not
        those holding a place for an event still to come (`_HOLDING`)."""
        holding, args = _holding(now)
        rows = await self.db.read(
            "SELECT id FROM members WHERE seen_at < ? AND warned_at < ?"
            f" AND platform != 'desk'{holding} ORDER BY seen_at, id LIMIT ?",
            (to_db(seen_before), to_db(warned_before), *args, limit))
        return [int(r[0]) for r in rows]

    async def accounts(self) -> dict[tuple[str, str], tuple[int, datetime]]:
        """Everyone who came through a chat (not the desk): (platform, their id there) →
        (our id, first contact). A restore compares the database it replaces with the backup
        by it, so that nobody erased meanwhile comes back."""
        rows = await self.db.read("SELECT platform, platform_user_id, id, created_at"
                                  " FROM members WHERE platform != 'desk'")
        return {(r[0], r[1]): (r[2], from_db(r[3])) for r in rows}

    async def find(self, platform: str, user_id: str) -> Member | None:
        """The member behind a platform identity, if known; nobody is created or changed."""
        cached = self._cache.get((platform, user_id))
        if cached is not None:
            return cached
        rows = await self.db.read(
            f"SELECT {MEMBER_COLS} FROM members WHERE platform = ? AND platform_user_id = ?",
            (platform, user_id))
        return member_from_row(rows[0]) if rows else None

    async def get(self, member_id: int) -> Member | None:
        rows = await self.db.read(f"SELECT {MEMBER_COLS} FROM members WHERE id = ?", (member_id,))
        return member_from_row(rows[0]) if rows else None

    async def update(self, member_id: int, **fields: Any) -> Member | None:
        """Change language, reminders, unreachable or notice_pending."""
        if not fields or not set(fields) <= set(MEMBER_FIELDS):
            raise ValueError(f"cannot update member fields {sorted(fields)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        async with self.db.transaction() as db:
            rows = await db.execute_fetchall(
                f"UPDATE members SET {assignments} WHERE id = ? RETURNING {MEMBER_COLS}",
                (*fields.values(), member_id),
            )
        rows = list(rows)
        if not rows:
            return None
        member = member_from_row(rows[0])
        self._cache[(member.platform, member.platform_user_id)] = member
        return member

    async def first_contact(self, member_id: int) -> datetime | None:
        """When this member row was made: a row newer than a question shown to the same
        person means the account it was shown to has been erased since."""
        rows = await self.db.read("SELECT created_at FROM members WHERE id = ?", (member_id,))
        return from_db(rows[0][0]) if rows else None

    async def upcoming_created(self, member_id: int, now: datetime) -> list[tuple[int, str]]:
        """Events still to come (not cancelled) this member created, (id, title) soonest
        first: they stay for the others when the member erases themselves."""
        rows = await self.db.read(
            "SELECT id, title FROM events WHERE created_by = ? AND status = 'scheduled'"
            " AND starts_at > ? ORDER BY starts_at, id", (member_id, to_db(now)))
        return [(r[0], r[1]) for r in rows]

    async def export(self, member_id: int) -> dict[str, Any]:
        """Everything we hold about one member, for /mydata: every table that points at them."""
        member = await self.get(member_id)
        if member is None:
            return {}
        read = self.db.read
        rsvps = await read(
            "SELECT e.id, e.title, e.starts_at, r.state, r.seats, r.created_at, r.updated_at,"
            " e.is_demo FROM rsvps r JOIN events e ON e.id = r.event_id WHERE r.member_id = ?"
            " ORDER BY e.starts_at",
            (member_id,),
        )
        created = await read(
            "SELECT id, title, starts_at, status, is_demo FROM events WHERE created_by = ?"
            " ORDER BY starts_at, id", (member_id,)
        )
        faq = await read(
            "SELECT key FROM faq_entries WHERE updated_by = ? ORDER BY key", (member_id,)
        )
        series = await read(
            "SELECT id, title FROM series WHERE created_by = ? ORDER BY id", (member_id,)
        )
        announcements = await read(
            "SELECT a.id, a.event_id, a.at, e.title, e.is_demo FROM scheduled_announcements a"
            " LEFT JOIN events e ON e.id = a.event_id WHERE a.created_by = ? ORDER BY a.at",
            (member_id,)
        )
        reminders = await read(
            "SELECT d.event_id, e.title, d.offset_seconds, d.starts_at, d.status, d.sent_at,"
            " d.updated_at, e.is_demo FROM reminder_deliveries d JOIN events e ON e.id = d.event_id"
            " WHERE d.member_id = ? ORDER BY d.updated_at, d.event_id", (member_id,)
        )
        cancels = await read(
            "SELECT c.event_id, e.title, c.reason, c.asked_at FROM cancel_requests c"
            " JOIN events e ON e.id = c.event_id WHERE c.member_id = ? ORDER BY c.asked_at",
            (member_id,))
        # Cards shown in their private chat, kept up to date: in a chat whose id is theirs
        # (Telegram) or recorded as theirs (`private_to`, Discord). Two counts, two indexes.
        cards = await read(
            "SELECT (SELECT COUNT(*) FROM posted_messages WHERE platform = ? AND chat_id = ?)"
            " + (SELECT COUNT(*) FROM posted_messages WHERE platform = ? AND private_to = ?"
            " AND private_to IS NOT NULL AND chat_id != ?)",
            (member.platform, member.platform_user_id, member.platform,
             member.platform_user_id, member.platform_user_id))
        created_at = await read("SELECT created_at FROM members WHERE id = ?", (member_id,))
        # Answers kept for a private chat that was closed (`storage.waiting`, 24 h at most).
        waiting = await read("SELECT COUNT(*) FROM waiting_replies WHERE member_id = ?",
                             (member_id,))
        # Notices of a cancellation or change not yet delivered (`storage.outbox`).
        notices = await read("SELECT COUNT(*) FROM outbox WHERE member_id = ?", (member_id,))
        # The relay's (migration 0028): the event the latest private notice to them was about
        # (a few hours), and the events whose participants an organiser wrote to (/message).
        told = await read(
            "SELECT t.event_id, e.title, t.told_at, e.is_demo FROM relay_told t"
            " JOIN events e ON e.id = t.event_id WHERE t.member_id = ?", (member_id,))
        received = await read("SELECT COUNT(*) FROM relay_to WHERE member_id = ?",
                              (member_id,))  # questions passed on to this organiser
        wrote = await read(
            "SELECT w.event_id, e.title, e.is_demo FROM relay_writers w"
            " JOIN events e ON e.id = w.event_id WHERE w.member_id = ?"
            " ORDER BY e.starts_at, e.id", (member_id,))
        return {
            "member": member,
            "created_at": from_db(created_at[0][0]),
            "rsvps": [
                {"event_id": r[0], "title": r[1], "starts_at": from_db(r[2]), "state": r[3],
                 "seats": r[4], "created_at": from_db(r[5]), "updated_at": from_db(r[6]),
                 "demo": bool(r[7])}
                for r in rsvps
            ],
            "events_created": [
                {"event_id": r[0], "title": r[1], "starts_at": from_db(r[2]),
                 "cancelled": r[3] == "cancelled", "demo": bool(r[4])}
                for r in created
            ],
            "faq_edited": [r[0] for r in faq],
            "series_created": [{"series_id": r[0], "title": r[1]} for r in series],
            "announcements_scheduled": [
                {"id": r[0], "event_id": r[1], "at": from_db(r[2]), "title": r[3],
                 "demo": bool(r[4])}
                for r in announcements
            ],
            "reminders": [
                {"event_id": r[0], "title": r[1], "offset_seconds": r[2],
                 "starts_at": from_db(r[3]), "status": r[4], "sent_at": optional_from_db(r[5]),
                 "updated_at": from_db(r[6]), "demo": bool(r[7])}
                for r in reminders
            ],
            "private_cards": int(cards[0][0]),
            "waiting": int(waiting[0][0]),
            "notices": int(notices[0][0]),
            "cancel_requests": [
                {"event_id": r[0], "title": r[1], "reason": r[2], "asked_at": from_db(r[3])}
                for r in cancels
            ],
            "told": [{"event_id": r[0], "title": r[1], "at": from_db(r[2]), "demo": bool(r[3])}
                     for r in told],
            "wrote_to": [{"event_id": r[0], "title": r[1], "demo": bool(r[2])} for r in wrote],
            "questions_received": int(received[0][0]),
        }

    async def erase(self, member_id: int, now: datetime) -> list[tuple[int, Recipient]]:
        """Erase a member and everything tied to them; seats they held go to the waitlist.

        Returns the (event id, member) pairs promoted as a result.
        """
        promoted: list[tuple[int, Recipient]] = []
        async with self.db.transaction() as db:
            rows = await db.execute_fetchall(
                "SELECT r.event_id FROM rsvps r JOIN events e ON e.id = r.event_id"
                " WHERE r.member_id = ? AND r.state = 'going' AND e.status = 'scheduled'"
                " AND e.starts_at > ?",
                (member_id, to_db(now)),
            )
            events = [r[0] for r in rows]
            # Cards shown in the member's private chat name it: they go too, and are edited
            # no more. Those in a chat whose id is the member's own (Telegram), and those
            # recorded as theirs (`private_to`: a Discord private chat has an id of its own).
            await db.execute(
                "DELETE FROM posted_messages WHERE (platform, chat_id) IN"
                " (SELECT platform, platform_user_id FROM members WHERE id = ?)",
                (member_id,))
            await db.execute(
                "DELETE FROM posted_messages WHERE private_to IS NOT NULL"
                " AND (platform, private_to) IN"
                " (SELECT platform, platform_user_id FROM members WHERE id = ?)",
                (member_id,))
            gone = await db.execute_fetchall(
                "DELETE FROM members WHERE id = ? RETURNING platform, platform_user_id",
                (member_id,),
            )
            # Their number is not given again (`NEXT_ID`).
            await db.execute("UPDATE member_ids SET high = ? WHERE high < ?",
                             (member_id, member_id))
            for event_id in events:
                promoted += [(event_id, p) for p in await promote(db, event_id, now)]
        for platform, user_id in gone:
            self._cache.pop((platform, user_id), None)
            self._seen.pop((platform, user_id), None)
        await self.db.checkpoint()
        return promoted


# An account holding a seat or a waitlist place for an event still to come (booked long
# ahead, nothing more to say) is in use: neither told nor erased for lack of use. Its place
# would go to the waitlist, whose first would be told « une place s'est libérée » and, as
# silent, erased in the same minute. One parameter: now.
_HOLDING = (" AND NOT EXISTS (SELECT 1 FROM rsvps r JOIN events e ON e.id = r.event_id"
            " WHERE r.member_id = members.id AND r.state IN ('going', 'waitlisted')"
            " AND e.status = 'scheduled' AND e.starts_at > ?)")


def _holding(now: datetime | None) -> tuple[str, tuple[str, ...]]:
    """The `_HOLDING` clause and its parameter; nothing without `now`."""
    return ("", ()) if now is None else (_HOLDING, (to_db(now),))


def chosen_language(database: Path, platform: str, user_id: str) -> str | None:
    """The language one account chose (/langue), else its app's, read without opening the
    database for writing: a second console, refused because the first holds the database,
    still answers in its reader's language. None when unknown or unreadable."""
    rows = read_only(database, "SELECT language, app_language FROM members"
                     " WHERE platform = ? AND platform_user_id = ?", (platform, user_id))
    return (rows[0][0] or rows[0][1]) if rows else None
