"""Where a typed /rsvp (or a button press) spends its work, counted, not timed: wall-clock
figures mean little on a shared machine; these counts do not move with the load (issue 11).

Default: Python function calls per RSVP on the event loop's thread, the database writer's
and the database reader's (each apart), top functions first (`--builtins`: C functions
called from Python too). Since session 12 an answer's transaction runs on the loop's thread
(`Database.run_write`): the writer's count is then 0 and the loop's holds it.
`--opcodes`: bytecodes run instead, by function (`--lines`: by
line). `--plain`: the RSVPs alone, for callgrind: run it twice with different `--count`
and subtract (start-up and set-up, the same in both, cancel out); thread 1 is the event
loop, 2 the writer:

    for n in 100 300; do valgrind --tool=callgrind --separate-threads=yes \
        --callgrind-out-file=/tmp/cg-$n.%p .venv/bin/python bench/rsvp_profile.py \
        --plain --count $n; done   # then (summary of 300 - summary of 100) / 200

`--press` answers with the card's button instead of typing `/rsvp N`; `--text` types another
answer (`{id}` is the event's number: `--text "/participer {id} oui on sera 3"`). Members are known
beforehand, one RSVP at a time, each one's background work done before the next (the
uncontended case of `rsvp_burst.py`), to a 40-seat event (most go to the waitlist).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rsvp_burst import open_bot, rsvp  # noqa: E402  (the same set-up as the burst's)

from storage import Storage  # noqa: E402

WARM = 50
MEMBERS = 1000


class Calls:
    """Python calls (or bytecodes) counted by function, for each thread apart: the event
    loop's, the database writer's, the database reader's."""

    def __init__(self, builtins: bool = False, opcodes: bool = False, lines: bool = False,
                 ) -> None:
        self.builtins = builtins  # C functions called from Python too
        self.opcodes = opcodes
        self.lines = lines
        self.loop: Counter[str] = Counter()
        self.writer: Counter[str] = Counter()
        self.reader: Counter[str] = Counter()
        # Each thread's counter, by thread id (the database threads' are learnt in `start`).
        self.threads = {threading.get_ident(): self.loop}

    def hook(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_qualname}"
        elif event == "c_call" and self.builtins:
            name = f"(C) {getattr(arg, '__qualname__', arg)}"
        else:
            return
        self.threads[threading.get_ident()][name] += 1

    def trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        """`--opcodes`: bytecodes run, by function (and by line with `--lines`)."""
        frame.f_trace_opcodes = True
        if event == "opcode":
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_qualname}"
            if self.lines:
                name += f":{frame.f_lineno}"
            self.threads[threading.get_ident()][name] += 1
        return self.trace

    async def start(self, storage: Storage) -> None:
        for conn, counted in ((storage.db.writer, self.writer),
                              (storage.db.reader, self.reader)):
            self.threads[await conn._execute(threading.get_ident)] = counted
        hook = self.trace if self.opcodes else self.hook
        setter = sys.settrace if self.opcodes else sys.setprofile
        await _in_db_threads(storage, setter, hook)
        setter(hook)

    async def stop(self, storage: Storage) -> None:
        setter = sys.settrace if self.opcodes else sys.setprofile
        setter(None)
        await _in_db_threads(storage, setter, None)


async def _in_db_threads(storage: Storage, setter: Callable[..., None],
                         hook: Callable[..., Any] | None) -> None:
    """Python 3.11 has no setprofile for running threads: each aiosqlite connection's
    thread (writer, reader) installs it itself (the private `_execute`, bench only)."""
    for conn in (storage.db.writer, storage.db.reader):
        await conn._execute(setter, hook)


async def run(count: int, press: bool, calls: bool, top: int, builtins: bool,
              opcodes: bool, lines: bool, text: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        total = WARM + count
        # As many members whatever `count` (callgrind's difference of two runs is then the
        # RSVPs alone): known beforehand, set up as `rsvp_burst.py` does.
        core, event_id = await open_bot(Path(tmp) / "profile.db", max(total, MEMBERS))
        storage = core.storage
        try:
            messages = [rsvp(i, event_id, press) for i in range(total)]
            if text is not None:  # the same members typing the answer given
                messages = [replace(m, text=text.format(id=event_id)) for m in messages]
            for incoming in messages[:WARM]:
                await core.handle(incoming)
                await core.idle()
            counter = Calls(builtins, opcodes, lines) if calls else None
            if counter is not None:
                await counter.start(storage)
                for counted in counter.threads.values():
                    counted.clear()
            for incoming in messages[WARM:]:
                replies = await core.handle(incoming)
                await core.idle()
            if counter is not None:
                await counter.stop(storage)
        finally:  # else an error left the database threads running: no exit, no traceback
            await storage.close()
    print(f"last reply: {replies[0].text.splitlines()[0][:70]!r}")
    if counter is None:
        return
    for side, counted in (("loop", counter.loop), ("writer", counter.writer),
                          ("reader", counter.reader)):
        unit = "opcodes" if counter.opcodes else "calls"
        print(f"{side}_{unit}_per_rsvp: {sum(counted.values()) / count:.1f}")
        for name, n in counted.most_common(top):
            print(f"  {n / count:7.2f}  {name}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--press", action="store_true", help="the card's button, not /rsvp")
    parser.add_argument("--text", help="typed instead of /rsvp N; {id}: the event's number")
    parser.add_argument("--plain", action="store_true", help="no counting (for callgrind)")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--builtins", action="store_true", help="count C functions too")
    parser.add_argument("--opcodes", action="store_true", help="bytecodes run, not calls")
    parser.add_argument("--lines", action="store_true", help="with --opcodes: by line")
    args = parser.parse_args()
    asyncio.run(run(args.count, args.press, not args.plain, args.top, args.builtins,
                    args.opcodes, args.lines, args.text))
