"""Where the slow 5 % of uncontended RSVPs lose their time (issue 11): the same 2,000
one-at-a-time RSVPs as `rsvp_burst.py`'s uncontended figure, each one cut into stages by
timestamps (one monotonic clock for every thread):

- `before_hop`: from `core.handle` to the write being asked for (`run_write`: the loop's
  own Python: parsing, routing, the member looked up);
- `queue_wait`: from there to the transaction starting (until session 11 the writer
  thread's wake-up; since session 12 one turn of the loop, the transaction running on the
  loop's own thread);
- `writer_work`: the transaction itself (BEGIN IMMEDIATE to COMMIT);
- `wake_back`: from the transaction's end to the loop running the caller again;
- `after_hop`: from there to `core.handle` returning (the reply built).

Also: garbage-collector passes (`gc.callbacks`) inside each answer, and the CPU each side
ran on (`sched_getcpu`) at the hand-over and in the writer, to see whether the slow ones
crossed CPUs. Prints each stage's median over all answers and over the slowest 5 %, and how
often the slow ones met a collection or a CPU change. Measurement only: the bench wraps
`Database.run_write` and `storage.base.in_transaction` (a frame more for each answer).

Run: `.venv/bin/python bench/rsvp_tail.py [--count N] [--freeze]`.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rsvp_burst import open_bot, pct, rsvp  # noqa: E402

import storage.base as base  # noqa: E402

_libc = ctypes.CDLL(None)
_cpu: Callable[[], int] = _libc.sched_getcpu
now_ns = time.perf_counter_ns


class Marks:
    def __init__(self) -> None:
        self.current: dict[str, int] = {}
        self.gc: list[tuple[int, int, int]] = []  # (start, end, generation)
        self._gc_start = 0

    def on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_start = now_ns()
        else:
            self.gc.append((self._gc_start, now_ns(), info["generation"]))


def instrument(marks: Marks) -> None:
    real_run_write = base.Database.run_write
    real_in_transaction = base.in_transaction

    async def run_write(self: base.Database, work: Any) -> Any:
        marks.current["hop"] = now_ns()
        marks.current["loop_cpu"] = _cpu()
        value = await real_run_write(self, work)
        marks.current["back"] = now_ns()
        marks.current["loop_cpu_back"] = _cpu()
        return value

    def in_transaction(conn: Any, work: Any) -> Any:
        marks.current["w0"] = now_ns()
        marks.current["writer_cpu"] = _cpu()

        def timed(conn: Any) -> Any:
            marks.current["begun"] = now_ns()
            try:
                return work(conn)
            finally:
                marks.current["worked"] = now_ns()

        result = real_in_transaction(conn, timed)
        marks.current["w1"] = now_ns()
        return result

    base.Database.run_write = run_write  # type: ignore[method-assign]
    base.in_transaction = in_transaction


async def run(count: int, freeze: bool, pragma: str | None) -> None:
    marks = Marks()
    instrument(marks)
    gc.callbacks.append(marks.on_gc)
    rows: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        core, event_id = await open_bot(Path(tmp) / "tail.db", count, True)
        if freeze:
            gc.freeze()
        if pragma:
            await core.storage.db.writer.execute(f"PRAGMA {pragma}")
        messages = [rsvp(i, event_id) for i in range(count)]
        for message in messages:
            marks.current = {}
            gcs = len(marks.gc)
            start = now_ns()
            await core.handle(message)
            end = now_ns()
            await core.idle()
            m = marks.current
            met = [g for g in marks.gc[gcs:] if g[0] < end]
            rows.append({
                "total": (end - start) / 1e3,
                "before_hop": (m["hop"] - start) / 1e3,
                "queue_wait": (m["w0"] - m["hop"]) / 1e3,
                "writer_work": (m["w1"] - m["w0"]) / 1e3,
                "begin": (m["begun"] - m["w0"]) / 1e3,
                "statements": (m["worked"] - m["begun"]) / 1e3,
                "commit": (m["w1"] - m["worked"]) / 1e3,
                "wake_back": (m["back"] - m["w1"]) / 1e3,
                "after_hop": (end - m["back"]) / 1e3,
                "gc_us": sum(g[1] - g[0] for g in met) / 1e3,
                "gc_gen": max((g[2] for g in met), default=-1),
                "cross_cpu": float(m["loop_cpu"] != m["writer_cpu"]),
            })
        wal = Path(tmp) / "tail.db-wal"
        print(f"log (WAL) file at the end: {wal.stat().st_size / 2**20:.1f} MiB")
        await core.storage.close()
    gc.callbacks.remove(marks.on_gc)
    slow_cut = pct([r["total"] for r in rows], 0.95)
    slow = [r for r in rows if r["total"] >= slow_cut]
    print(f"answers: {len(rows)}, freeze: {freeze}, slow (>= p95 {slow_cut:.0f} µs): {len(slow)}")
    print(f"{'stage (µs)':<12} {'p50 all':>8} {'p50 slow':>9} {'mean slow':>10} "
          f"{'sum slow-excess %':>18}")
    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    excess_total = sum(r["total"] - med["total"] for r in slow)
    for key in ("total", "before_hop", "queue_wait", "writer_work", "begin", "statements",
                "commit", "wake_back", "after_hop", "gc_us"):
        excess = sum(r[key] - med[key] for r in slow)
        print(f"{key:<12} {med[key]:8.0f} {statistics.median(r[key] for r in slow):9.0f} "
              f"{statistics.mean(r[key] for r in slow):10.0f} "
              f"{100 * excess / excess_total:17.0f}%")
    for name, group in (("all", rows), ("slow", slow)):
        with_gc = [r for r in group if r["gc_gen"] >= 0]
        gens = [int(r["gc_gen"]) for r in with_gc]
        print(f"{name}: with a collection {len(with_gc)} ({100 * len(with_gc) / len(group):.1f}"
              f" %; gen0/1/2 {gens.count(0)}/{gens.count(1)}/{gens.count(2)}), crossed CPUs "
              f"{100 * statistics.mean(r['cross_cpu'] for r in group):.0f} %")
    spikes = sorted(r["commit"] for r in rows if r["commit"] > 500)
    print(f"commits over 500 µs: {len(spikes)}: {[round(x) for x in spikes][-12:]}")
    where = [i for i, r in enumerate(rows) if r["total"] >= slow_cut]
    print("slow ones by tenth of the run:",
          [sum(1 for i in where if i * 10 // len(rows) == d) for d in range(10)])
    print(f"p50_uncontended_ms: {pct([r['total'] for r in rows], 0.5) / 1e3:.3f}")
    print(f"p95_uncontended_ms: {slow_cut / 1e3:.3f}")
    print(f"p99_uncontended_ms: {pct([r['total'] for r in rows], 0.99) / 1e3:.3f}")
    print(f"collections: {len(marks.gc)}, gen2 passes {sum(g[2] == 2 for g in marks.gc)}, "
          f"longest {max((g[1] - g[0] for g in marks.gc), default=0) / 1e3:.0f} µs")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after set-up")
    parser.add_argument("--pragma", help="one more PRAGMA on the writer, e.g. wal_autocheckpoint=0")
    args = parser.parse_args()
    asyncio.run(run(args.count, args.freeze, args.pragma))
