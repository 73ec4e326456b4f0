"""History: do personal commands slow down as the place's past grows?

Two databases, identical except for the number of past events (100 vs 10,000; each answered
by five members and reminded, organised by one member). The members measured have the same
personal history on both (a few past and upcoming answers, reminders sent), so the ratio shows
what other people's history costs them. Through the real command path (core.handle), each
command repeated and the median taken; one scheduler tick (every registered job) likewise.

Run: `make bench` or `.venv/bin/python bench/history.py [--past N]`. Ends with `name: value`
lines, `<name>_10k_ratio` = median at 10,000 / median at 100 (target ≤ 1.5).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.messages import Incoming  # noqa: E402
from bot.scheduler import Scheduler  # noqa: E402
from commands import build_router  # noqa: E402
from storage import NewEvent, Storage  # noqa: E402
from storage.base import to_db  # noqa: E402

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
SMALL = 100
LARGE = 10_000
CROWD = 5  # members answering each past event
UPCOMING = 20
REPEAT = 40  # samples per command (each /forgetme erases a different member)


async def build(path: Path, past: int) -> tuple[Core, list[str]]:
    """A database with `past` events over and UPCOMING to come; returns the core and the
    platform ids of REPEAT regular members with the same small history each."""
    store = await Storage.open(path)
    organiser = await store.members.identify("bench", "orga", "Orga", NOW)
    crowd = [await store.members.identify("bench", f"c{i}", f"C{i}", NOW) for i in range(CROWD)]
    regulars = [f"r{i}" for i in range(REPEAT)]
    regular_ids = [(await store.members.identify("bench", r, r.upper(), NOW)).id
                   for r in regulars]
    upcoming = [await store.events.create(NewEvent(
        title=f"Soirée {n}", starts_at=NOW + timedelta(days=n + 1, hours=9), place="Le Focus",
        capacity=30, created_by=organiser.id), NOW) for n in range(UPCOMING)]
    await store.close()

    with sqlite3.connect(path) as raw:
        for n in range(past):
            starts = to_db(NOW - timedelta(days=n + 1))
            event_id = raw.execute(
                "INSERT INTO events (kind, title, starts_at, place, capacity, created_by,"
                " created_at, updated_at) VALUES ('board_games', 'Passé', ?, 'Le Focus', 30, ?,"
                " ?, ?) RETURNING id", (starts, organiser.id, starts, starts)).fetchone()[0]
            who = [m.id for m in crowd]
            if n < 5:  # the regulars' own past: the same on both sides
                who += regular_ids
            raw.executemany("INSERT INTO rsvps VALUES (?, ?, 'going', 1, NULL, ?, ?)",
                            [(event_id, m, starts, starts) for m in who])
            raw.executemany(
                "INSERT INTO reminder_deliveries (event_id, member_id, offset_seconds,"
                " starts_at, status, attempts, sent_at, updated_at)"
                " VALUES (?, ?, 86400, ?, 'sent', 1, ?, ?)",
                [(event_id, m, starts, starts, starts) for m in who])
        for event in upcoming[:3]:
            raw.executemany("INSERT INTO rsvps VALUES (?, ?, 'going', 1, NULL, ?, ?)",
                            [(event.id, m, to_db(NOW), to_db(NOW)) for m in regular_ids])
    raw.close()

    storage = await Storage.open(path)
    core = Core(storage, build_router(), settings=Settings(database_path=path),
                clock=lambda: NOW, card_interval=0)
    return core, regulars


async def timed(core: Core, user: str, text: str) -> float:
    started = time.perf_counter()
    await core.handle(Incoming(platform="bench", user_id=user, display_name=user.upper(),
                               chat_id=f"dm-{user}", text=text))
    elapsed = (time.perf_counter() - started) * 1000
    await core.idle()
    return elapsed


async def measure(path: Path, past: int) -> dict[str, float]:
    """Median milliseconds per command at this history size."""
    core, regulars = await build(path, past)
    samples: dict[str, list[float]] = {"events": [], "myevents": [], "mydata": [],
                                       "forgetme": [], "tick": []}
    for user in regulars:  # warm: caches, first use of each path
        await timed(core, user, "/events")
    for user in regulars:
        samples["events"].append(await timed(core, user, "/events"))
        samples["myevents"].append(await timed(core, user, "/myevents"))
        samples["mydata"].append(await timed(core, user, "/mydata"))
    scheduler = Scheduler(core, interval=60)
    await scheduler.tick(NOW)
    for n in range(REPEAT):
        started = time.perf_counter()
        await scheduler.tick(NOW + timedelta(seconds=n))
        samples["tick"].append((time.perf_counter() - started) * 1000)
        await core.idle()
    for user in regulars:
        samples["forgetme"].append(await timed(core, user, "/forgetme confirm"))
    await core.idle()
    await core.storage.close()
    return {name: statistics.median(values) for name, values in samples.items()}


async def main(small: int, large: int) -> None:
    runs: dict[int, list[dict[str, float]]] = {small: [], large: []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        await measure(folder / "warm.db", small)  # imports and first uses, not counted
        # Alternating (small, large, large, small): neither size always runs first.
        for n, size in enumerate((small, large, large, small)):
            runs[size].append(await measure(folder / f"h{n}.db", size))
    few = {name: statistics.median(r[name] for r in runs[small]) for name in runs[small][0]}
    many = {name: statistics.median(r[name] for r in runs[large]) for name in runs[large][0]}
    print(f"Personal commands and one scheduler tick with {small} vs {large} past events "
          f"(median of {REPEAT} samples in each of 2 alternating runs per size, ms):")
    for name in few:
        print(f"{name}_{small}_ms: {few[name]:.2f}")
        print(f"{name}_{large}_ms: {many[name]:.2f}")
    for name in few:
        print(f"{name}_10k_ratio: {many[name] / few[name]:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--past", type=int, default=LARGE, help="the large history size")
    logging.basicConfig(level=logging.ERROR)  # missed reminders of the past events: expected
    asyncio.run(main(SMALL, parser.parse_args().past))
