"""A recording platform for behaviour tests: what a member would see, as plain text.

It is a platform of our own (like errbot's test backend), not a mock of our code: the core,
router, commands and storage all run for real on a SQLite file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from bot.cards import render_card_text
from bot.core import Core
from bot.messages import EventCard, Incoming, Reply
from bot.platform import Capabilities, Host, Unreachable


class Clock:
    """An injected clock: tests move time instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def text_of(reply: Reply) -> str:
    parts = [reply.text] if reply.text else []
    if reply.card:
        parts.append(render_card_text(reply.card))
    return "\n".join(parts)


@dataclass
class RecordingAdapter:
    platform: str = "test"
    chats: list[str] = field(default_factory=lambda: ["announce-1", "announce-2"])
    sent: list[tuple[str, Reply]] = field(default_factory=list)
    edits: list[tuple[str, str, EventCard]] = field(default_factory=list)
    private: list[tuple[str, Reply]] = field(default_factory=list)
    unreachable: dict[str, bool] = field(default_factory=dict)
    capabilities: Capabilities = Capabilities()
    connected: bool = True  # what /healthz reports (bot.platform.Platform.connected)
    _next_id: int = 100

    async def start(self, core: Host) -> None:
        self.core = core

    def private_link(self, payload: str) -> str | None:
        return None

    async def edit_ready(self, chat_id: str) -> None:
        return None

    async def stop(self) -> None:
        return None

    def announce_chats(self) -> list[str]:
        return list(self.chats)

    async def send(self, chat_id: str, reply: Reply) -> str | None:
        self._next_id += 1
        self.sent.append((chat_id, reply))
        return str(self._next_id)

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        self.edits.append((chat_id, message_id, card))

    async def send_private(self, user_id: str, reply: Reply) -> None:
        if user_id in self.unreachable:
            raise Unreachable("refused", permanent=self.unreachable[user_id])
        self.private.append((user_id, reply))

    def private_texts(self, user_id: str) -> list[str]:
        return [text_of(r) for u, r in self.private if u == user_id]

    def last_card(self, message_id: str) -> EventCard:
        return [card for _, m, card in self.edits if m == message_id][-1]


@dataclass
class Bot:
    """`await bot.say("/events", user="lea")` returns what the member reads."""

    core: Core
    platform: RecordingAdapter
    clock: Clock
    organizers: set[str] = field(default_factory=lambda: {"orga"})

    async def replies(self, text: str = "", *, user: str = "orga", locale: str | None = None,
                      action: str | None = None, private: bool = True,
                      message_id: str | None = None, command: str | None = None,
                      options: dict[str, str] | None = None) -> list[Reply]:
        incoming = Incoming(platform=self.platform.platform, user_id=user,
                            display_name=user.capitalize(), chat_id=f"chat-{user}", text=text,
                            is_private=private, is_organizer=user in self.organizers,
                            platform_locale=locale, action=action, message_id=message_id,
                            command=command, options=options or {})
        result = await self.core.handle(incoming)
        await self.core.idle()
        return result

    async def say(self, text: str, **kwargs: object) -> str:
        return "\n".join(text_of(r) for r in await self.replies(text, **kwargs))  # type: ignore[arg-type]

    async def press(self, action: str, **kwargs: object) -> str:
        return await self.say("", action=action, **kwargs)


NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday


# -- helpers several test files share ------------------------------------------------------


async def new_event(bot: Bot, spec: str = "Soirée jeux | 2026-12-05 20:00 | 3") -> int:
    """Create an event as an organiser types it; its number, as the reply gives it."""
    reply = await bot.say(f"/nouvelevenement {spec}")
    match = re.search(r"#(\d+)", reply)
    assert match, reply
    return int(match.group(1))


def private_text(bot: Bot, user: str) -> str:
    """Everything `user` received in private, as one text."""
    return "\n".join(bot.platform.private_texts(user))


def plain(text: str) -> str:
    """French typography's no-break spaces read as spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def on_disk(db_path: Path) -> bytes:
    """The database file and its write-ahead log, byte for byte: what an erasure must clean."""
    found = b""
    for suffix in ("", "-wal"):
        path = Path(str(db_path) + suffix)
        if path.exists():
            found += path.read_bytes()
    return found


@contextmanager
def writes(db: Any) -> Iterator[list[str]]:
    """The write transactions begun meanwhile on a `storage.base.Database`'s writer
    connection, whichever thread ran them (`run_write` runs its own on the loop's thread,
    where `trips` sees nothing): one « BEGIN IMMEDIATE » each."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    began: list[str] = []
    try:
        yield began
    finally:
        db.conn.set_trace_callback(None)
        began.extend(s for s in statements if s.strip().upper().startswith("BEGIN"))


@contextmanager
def trips(connection: aiosqlite.Connection) -> Iterator[list[str]]:
    """Names of the functions sent to this connection's worker thread meanwhile."""
    sent: list[str] = []
    real = connection._execute

    async def counting(fn: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append(getattr(fn, "__name__", repr(fn)))
        return await real(fn, *args, **kwargs)

    connection._execute = counting  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        del connection._execute
