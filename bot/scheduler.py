"""The heartbeat: runs the jobs the features registered, from the database, every few seconds.

APScheduler only provides the heartbeat: one interval job calls `tick(now)` every 30 s (more
often for short `REMINDER_OFFSETS`; `coalesce=True`, `misfire_grace_time=None`, so a late or
sleeping loop still runs it once). `tick` runs every job of the router in registration order
with one `JobContext`; nothing lives only in memory, so a restart simply resumes, and what was
missed while the bot was down is found on the first tick. What each job does, and how it
claims, sends and records, lives with its feature (reminders, series, announcements); the
shared claim and retry policy is in `bot.jobs`.

- Boot id: random per start, written into every claim. Only one process runs per database
  (the lock in `bot.__main__`), so a claim with another boot id belongs to a process that
  died, and the next start takes it again at once.
- A failing job does not stop the others; their errors are raised together at the end.
- Cards turn at the start: once an event has started, and again once it is over, every
  live copy of its card is refreshed once (`bot.cards.phase`: no answer button, « Commencé
  — les réponses sont fermées », then « Terminé »). Each tick looks at the events that
  turned since the last one. The moment up to which turns were done is kept in the
  database (`Cards.turns_done`), so the first tick of a new process starts from there (at
  most `CATCH_UP` back): events that started while the bot was down are caught, and cards
  already closed are not edited again.
- Answers waiting for a private chat (`storage.waiting`) are erased once their day is
  over, looked for every `SWEEP_WAITING`, so none outlives what /mesdonnees promises on a
  quiet weekend when nobody writes to the bot.
- `stop()` returns between two messages: the one in flight finishes (at most `STOP_GRACE`
  seconds, then it is abandoned and counts as interrupted), the jobs check
  `JobContext.stopping()` before each claim, and everything left stays in the database for
  the next start.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.cards import phase
from bot.jobs import JobContext, TickReport

if TYPE_CHECKING:
    from bot.core import Core

__all__ = ["STOP_GRACE", "TICK_SECONDS", "Scheduler", "TickReport"]

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
STOP_GRACE = 2.0  # seconds stop() waits for the message in flight (SIGTERM: ~10 s)
CATCH_UP = timedelta(hours=36)  # how far a new process looks back for cards that turned
SWEEP_WAITING = timedelta(hours=1)  # how often answers past their day are looked for


class Scheduler:
    """Runs `tick` on an APScheduler interval job inside the bot's event loop."""

    def __init__(self, core: Core, *, interval: float | None = None,
                 boot: str | None = None) -> None:
        self.core = core
        # Written into every claim; a new start (a new process) has a new one.
        self.boot = boot or secrets.token_hex(8)
        if interval is None:
            # Short offsets (REMINDER_OFFSETS=30s) need ticks inside their window.
            shortest = min((o.total_seconds() for o in core.settings.reminder_offsets),
                           default=TICK_SECONDS * 2)
            interval = max(1.0, min(TICK_SECONDS, shortest / 2))
        self.interval = interval
        self._lock = asyncio.Lock()
        self._aps: Any = None
        self._stopping = False
        self._ticking: asyncio.Task[Any] | None = None
        self._cards_since: datetime | None = None  # up to when this process looked for turns
        self._waiting_swept: datetime | None = None  # the last tick that erased old answers

    @property
    def ticking(self) -> asyncio.Task[Any] | None:
        """The task running a tick right now, if any (what `stop()` waits for)."""
        return self._ticking

    @property
    def heartbeat(self) -> Any:
        """The APScheduler job of the heartbeat while started, else None."""
        return None if self._aps is None else self._aps.get_job("tick")

    @property
    def running(self) -> bool:
        return self._aps is not None

    def stopping(self) -> bool:
        return self._stopping

    async def start(self) -> None:
        """Start the heartbeat; the first tick runs at once to catch up after a restart."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler
        from apscheduler.triggers.interval import IntervalTrigger

        self._stopping = False
        self._aps = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=UTC)
        self._aps.add_job(
            self._heartbeat, IntervalTrigger(seconds=self.interval, timezone=UTC), id="tick",
            coalesce=True, misfire_grace_time=None, max_instances=1,
            next_run_time=datetime.now(UTC),
        )
        self._aps.start()

    async def stop(self, grace: float = STOP_GRACE) -> None:
        """Return between two messages: the one in flight may finish (up to `grace`
        seconds); what is left stays in the database for the next start. If the caller gives
        up first (`asyncio.wait_for`), the message in flight is abandoned the same way."""
        self._stopping = True  # every job checks it before a claim
        task = self._ticking
        if task is asyncio.current_task():
            task = None
        try:
            if task is not None and not task.done():
                done, _ = await asyncio.wait({task}, timeout=grace)
                if not done:
                    log.warning("stopping: a message was still in flight after %.1f s; it is"
                                " abandoned and sent again at the next start", grace)
                    task.cancel()
                    await asyncio.wait({task}, timeout=1.0)
        finally:
            if task is not None and not task.done():
                task.cancel()  # the claim stays in the database for the next start
            if self._aps is not None:
                # Only now: AsyncIOExecutor.shutdown cancels a job that is still running.
                self._aps.shutdown(wait=False)
                self._aps = None
        await asyncio.sleep(0)  # AsyncIOScheduler shuts down via call_soon

    async def _heartbeat(self) -> None:
        if self._stopping:
            return
        try:
            await self.tick(self.core.now())
        except asyncio.CancelledError:
            if not self._stopping:
                raise
            # stop() gave up on the message in flight; its claim is left for the next start.
        except Exception:
            log.exception("scheduler tick failed; the next one retries from the database")

    async def tick(self, now: datetime) -> TickReport:
        """Run every registered job at `now`, in order, with one `JobContext`. Each job runs
        even if another fails; failures are raised together at the end. After `stop()` it
        stops before the next job (and the jobs before their next claim)."""
        report = TickReport()
        job = JobContext(core=self.core, now=now, report=report, boot=self.boot,
                         stopping=self.stopping)
        errors: list[Exception] = []
        async with self._lock:
            self._ticking = asyncio.current_task()  # what stop() waits for
            try:
                for name, run in self.core.router.jobs.items():
                    if self._stopping:
                        break
                    try:
                        await run(job)
                    except Exception as err:
                        err.add_note(f"scheduled job {name!r} at {now.isoformat()}")
                        errors.append(err)
                chores = (("turning cards", self._turn_cards),
                          ("erasing answers past their day", self._sweep_waiting))
                for what, chore in chores:
                    if self._stopping:
                        break
                    try:
                        await chore(job)
                    except Exception as err:
                        err.add_note(f"{what} at {now.isoformat()}")
                        errors.append(err)
            finally:
                self._ticking = None
        if errors:
            raise ExceptionGroup("scheduler tick", errors)
        return report

    async def _turn_cards(self, job: JobContext) -> None:
        """Every event that started or ended since the last tick (for a process's first,
        since the last turn recorded, `CATCH_UP` back at most) has its live copies
        refreshed once: the core builds them at its `now`."""
        now = job.now
        cards = self.core.storage.cards
        since = self._cards_since
        if since is None:  # a new process: from where the last one got to
            since = max(now - CATCH_UP, await cards.turned_until() or now - CATCH_UP)
        if since >= now:
            return
        changed = False
        for event in await cards.turning(since, now):
            before = phase(event, since)
            if before != phase(event, now):  # it started, or ended: one edit
                if before == "":  # it started: old copies too, once
                    await cards.show_retired_once(event.id)
                self.core.event_changed(event.id)
                changed = True
        if changed:  # a tick that turned nothing leaves nothing for a restart to redo
            await cards.turns_done(now)
        self._cards_since = now

    async def _sweep_waiting(self, job: JobContext) -> None:
        """Answers kept for a closed private chat leave the database within `SWEEP_WAITING`
        after their day (`storage.waiting.WAITING_FOR`), as /mesdonnees says, even when
        nobody writes to the bot (the adapters erase them too, when someone does)."""
        if self._waiting_swept is not None and job.now - self._waiting_swept < SWEEP_WAITING:
            return
        await self.core.storage.waiting.sweep(job.now)
        self._waiting_swept = job.now
