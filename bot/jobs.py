"""What a scheduled job receives, and the retry policy every job shares.

Features register jobs (`router.job`); the scheduler's heartbeat runs them in order, each
with the same moment, and stops them between two messages when the process is asked to stop.

Delivery semantics shared by the jobs (reminders, summaries, announcements): claim, send,
mark. A claim carries the boot id of the process that made it, so a new process takes a dead
one's claims at once; within one process a claim also holds a short lease (`lease_for`), for
an attempt abandoned at stop or whose mark failed. Failures are retried with `backoff`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.context import Services
from bot.messages import Reply
from storage import Recipient

LEASE = timedelta(minutes=5)  # the longest lease; see `lease_for`
LEASE_MIN = timedelta(seconds=1)
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_MAX = timedelta(minutes=30)
# A private notice (`bot.core.Core.tell`) is left to the fan-out sending it for as long as
# it sends it (`storage.outbox`), and this long after a mark that failed; a new process
# takes it at once.
LIVE_LEASE = timedelta(minutes=15)


def backoff(attempts: int, left: timedelta | None = None) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at 30 min, and at a quarter of the time `left` before
    the event, so a reminder 30 s ahead still gets its retries."""
    delay = min(BACKOFF_FIRST * (2 ** max(0, attempts - 1)), BACKOFF_MAX)
    return delay if left is None else max(LEASE_MIN, min(delay, left / 4))


def lease_for(starts_at: datetime, now: datetime) -> timedelta:
    """A quarter of the time left before the event, between 1 s and `LEASE`: an attempt this
    process abandoned is taken again while there is still time to send it."""
    return max(LEASE_MIN, min(LEASE, (starts_at - now) / 4))


@dataclass
class TickReport:
    """What one tick did; tests and logs read it."""

    sent: int = 0
    retried: int = 0
    skipped: int = 0
    unreachable: int = 0
    summaries: int = 0
    created: int = 0
    announced: int = 0


class JobServices(Services, Protocol):
    """The core, as the scheduled jobs see it: what commands see, and its process."""

    # The core's own id (`Core.process`): the private notices it is sending carry it, so a
    # tick of the same process leaves them to it (`storage.outbox`).
    process: str

    async def idle(self) -> None:
        """Waits until the work the core was asked for in the background so far (card
        edits, private notices) is done."""

    async def send_private(self, who: Recipient, reply: Reply, about: int | None = None
                           ) -> bool:
        """A reply already in its reader's language (a kept notice), to them privately:
        whether the platform took it (refused: False; failed: raised)."""

    async def save_told(self) -> None:
        """Writes which event each member was last told of, since the last write (the
        relay reads a reply by it after a restart)."""


@dataclass
class JobContext:
    core: JobServices
    now: datetime
    report: TickReport
    boot: str  # this process's id: claims carry it, so a restart takes over a dead one's
    stopping: Callable[[], bool]  # checked before each claim or send

    @property
    def process(self) -> str:
        """`JobServices.process`: the id the kept notices' claims carry."""
        return self.core.process

    async def settled(self) -> None:
        """What must be recorded only once it went out (a card's « Commencé ») waits for
        the core's background work (`JobServices.idle`)."""
        await self.core.idle()
