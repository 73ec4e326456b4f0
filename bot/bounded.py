"""A bound on the in-memory maps a long-running bot keeps (whom a line was said to, who typed
in a group lately, what a card shows…), so that running for months does not make it grow.
Shared by the core and both chat adapters: it imports nothing of ours."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(memory: dict[K, V], key: K, value: V, most: int) -> None:
    """`key` set as the newest of an in-memory map; past `most` keys, the oldest go."""
    memory.pop(key, None)
    memory[key] = value
    while len(memory) > most:
        del memory[next(iter(memory))]


def once_every(memory: dict[K, datetime], key: K, now: datetime, every: timedelta,
               most: int) -> bool:
    """Whether a line keyed `key` (a member, a member in a channel) may be said now: never
    said, or said `every` ago at least. If so it counts as said now (`remember`, at most
    `most` keys kept). A line a member would read again and again is said once a while."""
    last = memory.get(key)
    if last is not None and now - last < every:
        return False
    remember(memory, key, now, most)
    return True
