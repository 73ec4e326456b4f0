"""Helpers shared by the scheduler tests: events, real restarts, ticks at a given moment."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.app import create_core
from bot.config import Settings
from bot.messages import Reply
from bot.scheduler import Scheduler
from recording import Bot
from recording import new_event as new_event  # its old home: scheduler tests import it here


@pytest.fixture(autouse=True)
async def close_restarted(bot: Bot) -> AsyncIterator[None]:
    """The `bot` fixture closes the core it made; a core made by `restart` is closed here."""
    first = bot.core
    yield
    if bot.core is not first:
        await bot.core.idle()
        await bot.core.storage.close()


class Killed(BaseException):
    """The process dies here: nothing after this line runs, no handler catches it."""


async def restart(bot: Bot, *, path: Path | None = None,
                  offsets: tuple[timedelta, ...] | None = None) -> Scheduler:
    """Stop the core as a crash or a deploy would, and start a fresh one (a new process, so a
    new boot id) on the same file, or on `path` (a copy taken at the moment of a crash).
    The recording platform is the outside world: it keeps what members already received."""
    path = path or bot.core.storage.path
    offsets = offsets or bot.core.settings.reminder_offsets
    await bot.core.idle()
    await bot.core.storage.close()
    bot.core = await create_core(Settings(database_path=path, reminder_offsets=offsets),
                                 clock=bot.clock, card_interval=0, seed_demo=False)
    bot.core.add_adapter(bot.platform)
    await bot.platform.start(bot.core)
    return Scheduler(bot.core)


async def tick_at(bot: Bot, scheduler: Scheduler, moment: datetime) -> None:
    bot.clock.current = moment
    await scheduler.tick(moment)
    await bot.core.idle()


def reminders_of(bot: Bot, user: str) -> list[str]:
    return [t for t in bot.platform.private_texts(user) if "Rappel" in t or "Reminder" in t]


def last_private(bot: Bot, user: str) -> Reply:
    return [r for u, r in bot.platform.private if u == user][-1]


async def starts(bot: Bot, event_id: int) -> datetime:
    event = await bot.core.storage.events.get(event_id)
    assert event is not None
    return event.starts_at
