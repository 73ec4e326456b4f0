"""RSVP burst: 1,000 distinct members answer one 40-seat event at once, through the real
command path (core.handle -> router -> /rsvp -> storage), against a bare aiosqlite
transaction doing the same capacity check and insert, measured in the same run.

Also measures the uncontended RSVP latency, and the console bot's start-up time and idle RSS.
Run: `make bench` or `.venv/bin/python bench/rsvp_burst.py`. Ends with `name: value` lines.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiosqlite  # noqa: E402

from bot.app import create_core  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.messages import Incoming  # noqa: E402
from storage import NewEvent  # noqa: E402

MEMBERS = 1000
CAPACITY = 40
UNCONTENDED = 300
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def through_the_bot(folder: Path) -> dict[str, float]:
    core = await create_core(Settings(database_path=folder / "bot.db"), clock=lambda: NOW,
                             card_interval=0, seed_demo=False)
    event = await core.storage.events.create(NewEvent(
        title="Soirée jeux", starts_at=NOW + timedelta(days=2), place="Le Focus",
        capacity=CAPACITY), NOW)
    latencies: list[float] = []

    async def one(i: int) -> None:
        started = time.perf_counter()
        await core.handle(Incoming(platform="bench", user_id=f"u{i}", display_name=f"M{i}",
                                   chat_id=f"c{i}", text=f"/rsvp {event.id}"))
        latencies.append(time.perf_counter() - started)

    began = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(MEMBERS)))
    elapsed = time.perf_counter() - began
    counts = await core.storage.rsvps.counts(event.id)

    # Uncontended: one member at a time, already known (the common case).
    other = await core.storage.events.create(NewEvent(
        title="Projection", starts_at=NOW + timedelta(days=3), place="Le Focus",
        capacity=CAPACITY), NOW)
    single: list[float] = []
    for i in range(UNCONTENDED):
        started = time.perf_counter()
        await core.handle(Incoming(platform="bench", user_id=f"u{i}", display_name=f"M{i}",
                                   chat_id=f"c{i}", text=f"/rsvp {other.id}"))
        single.append(time.perf_counter() - started)
    await core.idle()
    await core.storage.close()
    return {
        "seats_booked": counts.going_seats,
        "waitlisted": counts.waitlist,
        "rsvp_per_s": MEMBERS / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": pct(latencies, 0.99) * 1000,
        "p95_uncontended_ms": pct(single, 0.95) * 1000,
    }


async def bare_aiosqlite(folder: Path) -> float:
    """The floor: lock + BEGIN IMMEDIATE + capacity check + insert + COMMIT, nothing else."""
    db = await aiosqlite.connect(folder / "raw.db", isolation_level=None)
    await db.execute("PRAGMA journal_mode=WAL")
    await db.execute("PRAGMA synchronous=NORMAL")
    await db.execute("CREATE TABLE rsvps (event_id INT, member_id INT, seats INT, state TEXT,"
                     " PRIMARY KEY (event_id, member_id))")
    lock = asyncio.Lock()

    async def one(i: int) -> None:
        async with lock:
            await db.execute("BEGIN IMMEDIATE")
            rows = await db.execute_fetchall(
                "SELECT COALESCE(SUM(seats), 0) FROM rsvps WHERE event_id = 1"
                " AND state = 'going'")
            taken = next(iter(rows))[0]
            state = "going" if taken + 1 <= CAPACITY else "waitlisted"
            await db.execute("INSERT INTO rsvps VALUES (1, ?, 1, ?)", (i, state))
            await db.execute("COMMIT")

    began = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(MEMBERS)))
    elapsed = time.perf_counter() - began
    await db.close()
    return MEMBERS / elapsed


def console_footprint(folder: Path) -> tuple[float, float]:
    """Seconds until the console greets, and its resident memory once idle (MiB)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.update(DATABASE_PATH=str(folder / "console.db"), PYTHONPATH=str(ROOT))
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=folder, env=env)
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.readline()
    startup = time.perf_counter() - began
    rss_kib = 0
    with open(f"/proc/{proc.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss_kib = int(line.split()[1])
    proc.stdin.close()
    proc.wait(timeout=30)
    return startup, rss_kib / 1024


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bot = await through_the_bot(folder)
        raw = await bare_aiosqlite(folder)
        startup, rss = console_footprint(folder)
    figures = {
        "members": MEMBERS,
        "capacity": CAPACITY,
        "seats_booked": bot["seats_booked"],
        "waitlisted": bot["waitlisted"],
        "overbooked": int(bot["seats_booked"] > CAPACITY),
        "rsvp_per_s": round(bot["rsvp_per_s"]),
        "raw_per_s": round(raw),
        "ratio_vs_raw": round(bot["rsvp_per_s"] / raw, 2),
        "p50_ms": round(bot["p50_ms"], 2),
        "p99_ms": round(bot["p99_ms"], 2),
        "p95_uncontended_ms": round(bot["p95_uncontended_ms"], 3),
        "console_startup_s": round(startup, 2),
        "console_idle_rss_mib": round(rss, 1),
    }
    print(f"{MEMBERS} members RSVP at once to a {CAPACITY}-seat event, through core.handle;")
    print("baseline: bare aiosqlite BEGIN IMMEDIATE + check + insert + COMMIT, same run.")
    for name, value in figures.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    asyncio.run(main())
