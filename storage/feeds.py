"""Calendar feeds: the install id in every UID, event versions (SEQUENCE), personal tokens.

A calendar app only replaces an event it already holds when the UID is the same and the
SEQUENCE is higher, so each event's version is kept here. It is bumped when a file or feed
is made and the event's calendar fields differ from the last ones seen: no other module has
to remember to call anything, and two files of the same version are identical for a
calendar (DTSTAMP aside).

A personal token opens a member's agenda (often a teenager's: where they go, which evening).
The database holds its hash (to find whose it is) and a copy sealed with a key kept in a
file beside the database (`<database>.feedkey`, never in a backup), so /mycalendar can give
the same link again: the database or a backup of it alone opens nobody's agenda. A database
restored without its key still recognises the links by their hash; /mycalendar then makes a
new one (the sealed copy cannot be opened).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from storage.base import Database, from_db, to_db
from storage.events import COUNTS, EVENT_COL_COUNT, event_columns, event_from_row, walk_ins
from storage.models import Counts, Event

log = logging.getLogger(__name__)

# Cancelled events stay in feeds this long after the cancellation, so calendars that poll
# once a day or less still see STATUS:CANCELLED instead of an event that silently vanished.
KEEP_CANCELLED = timedelta(days=30)
# Past events stay in feeds this long (calendars drop events that leave a feed).
KEEP_PAST = timedelta(days=30)
FEED_LIMIT = 500
TOKEN_BYTES = 32  # 43 url-safe characters
# A sealed token as stored: this prefix (never in a url-safe token), then hex.
SEALED = "s1."
KEY_SUFFIX = ".feedkey"  # the sealing key's file, beside the database
KEY_BYTES = 32


def fingerprint(event: Event) -> str:
    """What a calendar shows of an event; a change here is a new SEQUENCE."""
    parts: tuple[str, ...] = (event.title, event.description, to_db(event.starts_at),
                              to_db(event.ends_at) if event.ends_at else "", event.place,
                              event.status, event.kind, event.audience)
    if event.signups_closed:  # only then: open events keep the versions they had
        parts += ("signups closed",)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _stream(key: bytes, token_hash: str, size: int) -> bytes:
    """`size` bytes to seal one token with: HMAC-SHA256 of its hash (unique per token) by
    the key, block after block."""
    blocks = (hmac.new(key, f"{token_hash}:{i}".encode(), hashlib.sha256).digest()
              for i in range(-(-size // 32)))
    return b"".join(blocks)[:size]


def seal(key: bytes, token: str, token_hash: str) -> str:
    raw = token.encode("ascii")
    return SEALED + bytes(a ^ b for a, b in zip(raw, _stream(key, token_hash, len(raw)),
                                                strict=True)).hex()


def unseal(key: bytes, stored: str, token_hash: str) -> str | None:
    """The token a stored value holds (a sealed one, or one stored as it was by an earlier
    version); None when it cannot be opened with this key (a database restored elsewhere)."""
    if not stored.startswith(SEALED):
        token = stored
    else:
        try:
            raw = bytes.fromhex(stored[len(SEALED):])
            token = bytes(a ^ b for a, b in zip(raw, _stream(key, token_hash, len(raw)),
                                                strict=True)).decode("ascii")
        except (ValueError, UnicodeDecodeError):
            return None
    return token if hmac.compare_digest(_hash(token), token_hash) else None


def load_key(path: Path) -> bytes:
    """The sealing key in the file `path`, made on first use (32 random bytes, readable by
    the bot's user only). A file that holds no such key (left empty by a full disk, edited
    by hand) is replaced by a new key, with a warning: links sealed with the lost one are
    still recognised by their hash, and /mycalendar gives a new one; never a key of no
    bytes (a backup alone would open every link), never an error in /mycalendar or /mydata."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        try:
            key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):  # unreadable (another user's: `sudo make run`), not hex
            key = b""
        if len(key) == KEY_BYTES:
            return key
        log.warning("calendar link key %s unreadable: a new one is made (links given "
                    "before are recognised, /mycalendar gives new ones)", path.name)
        return _replace_key(path)
    key = secrets.token_bytes(KEY_BYTES)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
    return key


def _replace_key(path: Path) -> bytes:
    """A new key written whole beside `path`, then moved over it (never half a key)."""
    key = secrets.token_bytes(KEY_BYTES)
    spare = path.with_name(path.name + ".new")
    spare.unlink(missing_ok=True)
    fd = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(spare, path)
    return key


class Feeds:
    """Install id, event versions and personal feed tokens."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._install_id: str | None = None
        self._key: bytes | None = None
        self._all_sealed = False  # tokens stored as they were by an earlier version: none left
        # When the scheduler last ticked (noted by the agenda feature's job), for /healthz.
        self.last_tick: datetime | None = None

    async def install_id(self) -> str:
        if self._install_id is None:
            rows = await self.db.read("SELECT install_id FROM feed_install WHERE id = 1")
            self._install_id = str(rows[0][0])
        return self._install_id

    async def sequences(self, events: Sequence[Event], now: datetime) -> dict[int, int]:
        """Each event's SEQUENCE, raised (in one transaction) for those that changed since
        a calendar file last showed them."""
        if not events:
            return {}
        known: dict[int, tuple[int, str]] = {}
        ids = [e.id for e in events]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = await self.db.read(
                "SELECT event_id, sequence, fingerprint FROM event_versions"
                f" WHERE event_id IN ({','.join('?' for _ in chunk)})", chunk)
            known.update({r[0]: (r[1], r[2]) for r in rows})
        result = {e.id: known[e.id][0] for e in events if e.id in known}
        changed = [e for e in events
                   if e.id not in known or known[e.id][1] != fingerprint(e)]
        if not changed:
            return result
        async with self.db.transaction() as db:
            for event in changed:
                rows = list(await db.execute_fetchall(
                    "INSERT INTO event_versions (event_id, sequence, fingerprint, changed_at)"
                    " SELECT ?, 0, ?, ? WHERE EXISTS (SELECT 1 FROM events WHERE id = ?)"
                    " ON CONFLICT (event_id) DO UPDATE SET sequence = CASE"
                    "  WHEN fingerprint = excluded.fingerprint THEN sequence"
                    "  ELSE sequence + 1 END,"
                    " changed_at = CASE WHEN fingerprint = excluded.fingerprint THEN changed_at"
                    "  ELSE excluded.changed_at END,"
                    " fingerprint = excluded.fingerprint"
                    " RETURNING sequence",
                    (event.id, fingerprint(event), to_db(now), event.id)))
                result[event.id] = rows[0][0] if rows else 0
        return result

    async def window(self, now: datetime, kind: str | None = None) -> list[Event]:
        """What a public feed holds: events from a month ago on, cancelled ones only for a
        month after their cancellation."""
        params: list[Any] = [to_db(now - KEEP_PAST), to_db(now - KEEP_CANCELLED)]
        where = ""
        if kind is not None:
            where = " AND e.kind = ?"
            params.append(kind)
        rows = await self.db.read(
            f"SELECT {event_columns('e')} FROM events e WHERE e.starts_at > ?"
            " AND (e.status = 'scheduled' OR e.updated_at > ?)" + where
            + " ORDER BY e.starts_at, e.id LIMIT ?", (*params, FEED_LIMIT))
        return [event_from_row(r) for r in rows]

    async def agenda(self, now: datetime, kind: str | None = None,
                     limit: int = 200) -> list[tuple[Event, Counts]]:
        """Upcoming events (and upcoming cancelled ones, shown as such) with their counts, in
        one query: the public page shows numbers, never names."""
        params: list[Any] = [to_db(now), to_db(now - KEEP_CANCELLED)]
        where = ""
        if kind is not None:
            where = " AND e.kind = ?"
            params.append(kind)
        rows = await self.db.read(
            f"SELECT {event_columns('e')}, {COUNTS}, {walk_ins('e.id')} FROM events e"
            " LEFT JOIN rsvps r ON r.event_id = e.id"
            " WHERE e.starts_at > ? AND (e.status = 'scheduled' OR e.updated_at > ?)" + where
            + " GROUP BY e.id ORDER BY e.starts_at, e.id LIMIT ?", (*params, limit))
        n = EVENT_COL_COUNT
        return [(event_from_row(r[:n]), Counts(*r[n:n + 6])) for r in rows]

    async def kinds(self, now: datetime) -> list[str]:
        """The kinds of the upcoming events: the agenda offers a filter only where there is
        something to find, so a parent never taps into an empty page."""
        rows = await self.db.read(
            "SELECT DISTINCT kind FROM events WHERE starts_at > ?"
            " AND (status = 'scheduled' OR updated_at > ?)",
            (to_db(now), to_db(now - KEEP_CANCELLED)))
        return [str(r[0]) for r in rows]

    async def data_version(self) -> int:
        """A number that changes whenever anything is committed to the database (SQLite's
        `PRAGMA data_version`, read on the reader connection, so it sees the writer's
        commits): pages made before a change are never served after it."""
        rows = await self.db.read("PRAGMA data_version")
        return int(rows[0][0])

    # -- personal feeds ----------------------------------------------------------------------

    def key(self) -> bytes:
        """The sealing key, read (or made) once per process, beside the database."""
        if self._key is None:
            self._key = load_key(Path(str(self.db.path) + KEY_SUFFIX))
        return self._key

    async def token(self, member_id: int, now: datetime) -> str:
        """The member's feed token, made on first use (the same link every time they ask).
        A link that cannot be opened any more (the key lost with a restore elsewhere) is
        replaced by a new one."""
        rows = await self.db.read(
            "SELECT token, token_hash FROM feed_tokens WHERE member_id = ?", (member_id,))
        if rows:
            stored, token_hash = str(rows[0][0]), str(rows[0][1])
            token = unseal(self.key(), stored, token_hash)
            if token is not None:
                if not stored.startswith(SEALED):
                    await self.seal_stored()
                return token
        token = secrets.token_urlsafe(TOKEN_BYTES)
        token_hash = _hash(token)
        rows = await self.db.write_one(
            "INSERT INTO feed_tokens (member_id, token, token_hash, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET"
            " token = excluded.token, token_hash = excluded.token_hash,"
            " created_at = excluded.created_at WHERE feed_tokens.token = ?"
            " RETURNING token_hash",
            (member_id, seal(self.key(), token, token_hash), token_hash, to_db(now),
             rows[0][0] if rows else ""))
        if rows and rows[0][0] == token_hash:
            return token
        return await self.token(member_id, now)  # another request made one meanwhile

    async def seal_stored(self) -> int:
        """Seal the tokens an earlier version stored as they were (their links keep
        working); how many. Once per process finds them all: later calls cost nothing. The
        old form leaves the write-ahead log too."""
        if self._all_sealed:
            return 0
        rows = await self.db.read(
            "SELECT member_id, token, token_hash FROM feed_tokens WHERE token NOT LIKE ?",
            (SEALED + "%",))
        if rows:
            async with self.db.transaction() as db:
                for member_id, token, token_hash in rows:
                    await db.execute("UPDATE feed_tokens SET token = ? WHERE member_id = ?"
                                     " AND token = ?",
                                     (seal(self.key(), token, token_hash), member_id, token))
            await self.db.checkpoint()
        self._all_sealed = True
        return len(rows)

    async def revoke(self, member_id: int) -> bool:
        """The link stops working at once; the next /mycalendar makes a new one."""
        rows = await self.db.write_one(
            "DELETE FROM feed_tokens WHERE member_id = ? RETURNING member_id", (member_id,))
        return bool(rows)

    async def member_for(self, token: str) -> int | None:
        """Whose feed a token opens. Looked up by its hash, the hash compared again in
        constant time."""
        if not 20 <= len(token) <= 100:
            return None
        wanted = _hash(token)
        rows = await self.db.read(
            "SELECT member_id, token_hash FROM feed_tokens WHERE token_hash = ?", (wanted,))
        if not rows or not hmac.compare_digest(str(rows[0][1]), wanted):
            return None
        return int(rows[0][0])

    async def going(self, member_id: int, now: datetime) -> list[Event]:
        """The events a member answered "going" to, from a month ago on, cancelled ones
        included so their calendar shows the cancellation."""
        rows = await self.db.read(
            f"SELECT {event_columns('e')} FROM rsvps r JOIN events e ON e.id = r.event_id"
            " WHERE r.member_id = ? AND r.state = 'going' AND e.starts_at > ?"
            " AND (e.status = 'scheduled' OR e.updated_at > ?)"
            " ORDER BY e.starts_at, e.id LIMIT ?",
            (member_id, to_db(now - KEEP_PAST), to_db(now - KEEP_CANCELLED), FEED_LIMIT))
        return [event_from_row(r) for r in rows]

    async def export(self, member_id: int) -> dict[str, Any] | None:
        """For /mydata: the personal feed token we hold and since when (None: no token;
        the token None when it cannot be opened here, a database restored elsewhere)."""
        rows = await self.db.read(
            "SELECT token, token_hash, created_at FROM feed_tokens WHERE member_id = ?",
            (member_id,))
        if not rows:
            return None
        return {"token": unseal(self.key(), str(rows[0][0]), str(rows[0][1])),
                "created_at": from_db(rows[0][2])}

