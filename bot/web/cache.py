"""Pages and feeds kept ready between requests, so a crowd of visitors or calendar apps
polling costs one tiny query each instead of queries, a join and a rendering.

An entry is served as it is while the database's data version is the one it was checked at
and before the moment its content would change by time alone (an event starting leaves the
agenda). When the version moved (any commit: often only a member's last visit), its data is
read again, and only rendered again if that data differs: a seat booked in a chat shows on
the next load, a chat that changed nothing shown costs no rendering. Requests arriving while
an entry is being made wait for that one making instead of each making their own. Each entry
carries an ETag, so a client asking again with it gets a bodiless 304.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

# However quiet the database, an entry's data is read again after this long: what depends on
# the time (cancelled events leaving the feeds) is never later than this.
FRESH = timedelta(seconds=60)
LIMIT = 256  # entries kept (pages x kinds x languages, event pages); emptied when full


@dataclass(frozen=True)
class Source:
    """What a page or feed is made from, as read from the database."""

    data: Hashable  # compared with the last one: equal data, same body
    payload: Any  # what `render` needs
    changes_at: datetime | None = None  # when time alone changes it (None: only data does)


@dataclass(frozen=True)
class Made:
    body: bytes
    etag: str
    data: Hashable
    version: int
    until: datetime


def etag_of(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110's weak comparison: what a browser or calendar app sends back."""
    if if_none_match.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag
               for tag in if_none_match[:2000].split(","))


Load = Callable[[datetime], Awaitable[Source]]
Render = Callable[[Any], Awaitable[bytes]]


class MadeCache:
    """Made bodies keyed by everything they show besides the data (page, language, filter,
    links); the data version, the data itself and a deadline decide whether one is right."""

    def __init__(self) -> None:
        self.entries: dict[Hashable, Made] = {}
        self.flights: dict[tuple[Hashable, int], asyncio.Future[Made]] = {}
        self.renders = 0  # how many bodies were made (tests, benchmarks)

    async def get(self, key: Hashable, version: int, now: datetime, load: Load,
                  render: Render) -> Made:
        """The entry for `key`. `version` must be read before `load` reads the data, so a
        change committed meanwhile is noticed on the next request."""
        found = self.entries.get(key)
        if found is not None and found.version == version and now < found.until:
            return found
        flight = self.flights.get((key, version))
        if flight is None:
            flight = asyncio.ensure_future(self._make(key, found, version, now, load, render))
            self.flights[(key, version)] = flight
            flight.add_done_callback(lambda done: self._landed(key, version, done))
        # shield: a visitor who leaves does not cancel the making the others wait for.
        return await asyncio.shield(flight)

    def _landed(self, key: Hashable, version: int, done: asyncio.Future[Made]) -> None:
        self.flights.pop((key, version), None)
        if not done.cancelled():
            done.exception()  # seen, even when every visitor waiting for it has left

    async def _make(self, key: Hashable, found: Made | None, version: int, now: datetime,
                    load: Load, render: Render) -> Made:
        source = await load(now)
        until = now + FRESH
        if source.changes_at is not None:
            until = min(until, source.changes_at)
        if found is not None and found.data == source.data:
            made = replace(found, version=version, until=until)
        else:
            body = await render(source.payload)
            self.renders += 1
            made = Made(body, etag_of(body), source.data, version, until)
        if len(self.entries) >= LIMIT and key not in self.entries:
            self.entries.clear()
        self.entries[key] = made
        return made
