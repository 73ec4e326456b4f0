"""Session 8, tidying: rules written twice now written once, kept as they were."""

from __future__ import annotations

from bot import core
from bot.adapters import waiting
from bot.adapters.discord import adapter as discord_adapter
from bot.adapters.telegram import adapter as telegram_adapter
from bot.bounded import remember


def test_the_core_and_the_adapters_bound_their_maps_with_one_rule() -> None:
    """`remember` was written twice (the core's maps: who was pointed to their private chat,
    who typed in a group lately; the adapters': what a card shows, whom a line was said to).
    One copy now, doing what both did: the newest kept, the oldest dropped past the bound."""
    for user in (core, waiting, discord_adapter, telegram_adapter):
        assert user.remember is remember, user.__name__
    memory: dict[str, str] = {}
    for key in "abc":
        remember(memory, key, key.upper(), 2)
    assert memory == {"b": "B", "c": "C"}
    remember(memory, "b", "B2", 2)  # set again: the newest, so not the next one dropped
    remember(memory, "d", "D", 2)
    assert memory == {"b": "B2", "d": "D"}
