"""The one request queue both chat adapters pace their platform's overall limit with.

During a fan-out of reminders, a member's reply or a card's new counts must not wait behind
a thousand messages: requests made in a platform's urgent lane (`Lane.urgent()`) take the
next slot before any other. Slots are spaced evenly on an ideal schedule: a full budget
released at once would make a reply arriving just after it wait for the next period, and
sleep overshoot must not add up. Each platform gives its own spacing, and Telegram its own
sliding window on top (`ready`); the limits stay in each adapter's `pacing` module.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import weakref
from collections.abc import Callable, Iterator
from contextvars import ContextVar


class Lane:
    """A platform's urgent lane: requests made inside `urgent()` go before any fan-out waiting
    for a slot. One per platform, so that answering on Discord never hurries Telegram's
    reminders along."""

    def __init__(self, name: str) -> None:
        self._var: ContextVar[bool] = ContextVar(name, default=False)

    @contextlib.contextmanager
    def urgent(self) -> Iterator[None]:
        token = self._var.set(True)
        try:
            yield
        finally:
            self._var.reset(token)

    @property
    def active(self) -> bool:
        return self._var.get()


class Gate:
    """Hands out slots `spacing` seconds apart, for every caller together, to the most
    pressing waiter: urgent first, then first come.

    `ready(now)`, a further limit of the platform's: seconds until it allows a request (0:
    now; None: not before `wake()` is called). With `turns`, a task keeps the turn of its
    first request (a Discord DM's "send" follows its "open DM" instead of queueing behind
    every member's); a task, not a context variable, as tasks it spawns must not inherit it.
    A caller arriving after a quiet spell goes at once. Only the head of the queue watches
    the clock; the others wait for their turn, so a fan-out of thousands of messages costs
    one wake-up per message.
    """

    def __init__(self, spacing: float, lane: Lane, *,
                 ready: Callable[[float], float | None] | None = None,
                 turns: bool = False) -> None:
        self.spacing = spacing
        self.lane = lane
        self.ready = ready
        self._next = 0.0  # the earliest time of the next slot
        self._queue: list[tuple[int, int, int, asyncio.Event]] = []
        self._seq = itertools.count()
        self._turns: weakref.WeakKeyDictionary[asyncio.Task[object], int] | None = (
            weakref.WeakKeyDictionary() if turns else None)

    def _turn(self) -> int:
        task = asyncio.current_task()
        if self._turns is None or task is None:
            return next(self._seq)
        turn = self._turns.get(task)
        if turn is None:
            turn = self._turns[task] = next(self._seq)
        return turn

    def _wait(self, now: float) -> float | None:
        wait = self.ready(now) if self.ready is not None else 0.0
        if wait == 0 and self._next > now:
            return self._next - now
        return wait

    def wake(self) -> None:
        """Let the head of the queue look again (`ready` may allow it now)."""
        if self._queue:
            self._queue[0][3].set()

    async def wait(self) -> None:
        """Return when this request may leave."""
        loop = asyncio.get_running_loop()
        entry = (0 if self.lane.active else 1, self._turn(), next(self._seq), asyncio.Event())
        heapq.heappush(self._queue, entry)
        self.wake()
        try:
            while True:
                if self._queue[0] is not entry:
                    await entry[3].wait()
                    entry[3].clear()
                    continue
                now = loop.time()
                wait = self._wait(now)
                if wait == 0:
                    heapq.heappop(self._queue)
                    # After a quiet spell the schedule restarts from now: no catching up.
                    start = self._next if now - self._next < self.spacing else now
                    self._next = start + self.spacing
                    self.wake()
                    return
                entry[3].clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(entry[3].wait(), wait)
        except BaseException:
            if entry in self._queue:
                self._queue.remove(entry)
                heapq.heapify(self._queue)
                self.wake()
            raise
