"""Assembling the program: storage, the features' router, the core. The composition root:
the one place in `bot/` that knows the features (`python -m bot` and tests use it)."""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Callable
from datetime import datetime

from bot.config import Settings
from bot.core import Core, utc_now
from storage import Storage


async def create_core(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    card_interval: float = 1.0,
    seed_demo: bool | None = None,
) -> Core:
    """Open the database, register every feature, seed the demo events on a fresh database."""
    from commands import build_router
    from commands.events.demo import seed_demo_events

    storage = await Storage.open(settings.database_path)
    core = Core(storage, build_router(), settings=settings, clock=clock,
                card_interval=card_interval)
    if settings.seed_demo if seed_demo is None else seed_demo:
        await seed_demo_events(storage, settings, clock())
    return core


# The C library the interpreter runs on (already loaded: asking costs nothing); None where
# it cannot be opened so.
try:
    _LIBC: ctypes.CDLL | None = ctypes.CDLL(None)
except OSError:
    _LIBC = None


def settle_heap() -> None:
    """Once started: what the libraries and the start-up loaded lives as long as the process,
    so it leaves the garbage collector's generations (`gc.freeze`). The collections a burst
    of answers triggers then walk only the objects of the answers themselves (measured: ~10 µs
    of the event loop's ~50 per answer in bench/rsvp_burst.py).

    What start-up used and let go (compiling, the slash commands' JSON, the first replies)
    then goes back to the machine: glibc keeps freed memory inside its heap, resident, until
    asked (`malloc_trim`): 0.5-0.7 MiB of the bot with both adapters (bench/memory.py)."""
    gc.collect()
    gc.freeze()
    trim = getattr(_LIBC, "malloc_trim", None)  # glibc only (not macOS, not musl)
    if trim is not None:
        trim(0)
