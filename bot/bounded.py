"""A bound on the in-memory maps a long-running bot keeps (whom a line was said to, who typed
in a group lately, what a card shows…), so that running for months does not make it grow.
Shared by the core and both chat adapters: it imports nothing of ours."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(memory: dict[K, V], key: K, value: V, most: int) -> None:
    """`key` set as the newest of an in-memory map; past `most` keys, the oldest go."""
    memory.pop(key, None)
    memory[key] = value
    while len(memory) > most:
        del memory[next(iter(memory))]
