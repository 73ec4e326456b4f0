"""Discord's limits, in one place, and the pacer that keeps fan-outs under the global one.

discord.py waits out 429s but never paces a fan-out in advance: every REST call made outside
an interaction callback waits for one shared `Pacer`. Edits of posted cards go in an urgent
lane (`urgent()`), ahead of any fan-out; among the rest, a task that already started keeps
its turn, so a DM's "send" follows its "open DM" instead of queueing behind every member's.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import weakref
from collections.abc import Iterator
from contextvars import ContextVar

GLOBAL_RATE = 47.0  # requests/s we allow ourselves; Discord's global limit is 50
DEFER_AFTER = 2.0  # seconds before a slow answer is deferred (Discord's deadline is 3)
MESSAGE_LIMIT = 2000  # characters in a message
CUSTOM_ID_LIMIT = 100  # characters in a button's custom_id
LABEL_LIMIT = 80  # characters in a button label
MAX_BUTTONS = 25  # buttons on one message
NAME_LIMIT = 32  # characters in a command or option name
DESCRIPTION_LIMIT = 100  # characters in a command/option description or a choice label
MAX_CHOICES = 25  # choices of an option, results of an autocomplete
MAX_OPTIONS = 25  # options of a command
STRING_OPTION_LIMIT = 6000  # max_length of a string option

_URGENT: ContextVar[bool] = ContextVar("discord_urgent", default=False)


@contextlib.contextmanager
def urgent() -> Iterator[None]:
    """Requests made inside go before any fan-out waiting for a slot."""
    token = _URGENT.set(True)
    try:
        yield
    finally:
        _URGENT.reset(token)


class Pacer:
    """Spaces requests evenly at `rate` per second, for every caller together, handing each
    slot to the most pressing waiter: urgent first, then the task that came first.

    Slots follow an ideal schedule, so sleep overshoot does not accumulate; a caller arriving
    after a quiet spell goes at once. Only the head of the queue watches the clock.
    """

    def __init__(self, rate: float = GLOBAL_RATE) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0
        self._queue: list[tuple[int, int, int, asyncio.Event]] = []
        self._seq = itertools.count()
        # The turn each task got with its first request; its later requests keep it (a
        # task, not a context variable: tasks spawned by it must not inherit its turn).
        self._turns: weakref.WeakKeyDictionary[asyncio.Task[object], int] = (
            weakref.WeakKeyDictionary())

    def _wake_head(self) -> None:
        if self._queue:
            self._queue[0][3].set()

    async def wait(self) -> None:
        """Return when this request may leave."""
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        turn = self._turns.get(task) if task is not None else None
        if turn is None:
            turn = next(self._seq)
            if task is not None:
                self._turns[task] = turn
        entry = (0 if _URGENT.get() else 1, turn, next(self._seq), asyncio.Event())
        heapq.heappush(self._queue, entry)
        self._wake_head()
        try:
            while True:
                if self._queue[0] is not entry:
                    await entry[3].wait()
                    entry[3].clear()
                    continue
                now = loop.time()
                if now >= self._next:
                    heapq.heappop(self._queue)
                    start = self._next if now - self._next < self.interval else now
                    self._next = start + self.interval
                    self._wake_head()
                    return
                entry[3].clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(entry[3].wait(), self._next - now)
        except BaseException:
            if entry in self._queue:
                self._queue.remove(entry)
                heapq.heapify(self._queue)
                self._wake_head()
            raise
