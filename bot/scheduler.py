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
- The heartbeat's own jobs are jobs like the features': `Scheduler` registers them on the
  core's router (once per core, so their state is the process's): first `outbox`
  (`KeptNotices`: the private notices of a cancellation, a change, a move, an organiser's
  message a dead process did not send, or the platform failed, see `Core.tell`), then the
  features' jobs, then
  `cards` (`bot.cards.CardTurns`: cards close at the start, « Commencé », and at the end,
  « Terminé », recorded once the edits went out) and `waiting` (`bot.adapters.waiting.
  WaitingSweep`: answers waiting for a private chat leave the database within the hour
  after their day, as /mesdonnees promises, even on a quiet weekend).
- `stop()` returns between two messages: the one in flight finishes (at most `STOP_GRACE`
  seconds, then it is abandoned and counts as interrupted), the jobs check
  `JobContext.stopping()` before each claim, and everything left stays in the database for
  the next start.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot import i18n
from bot.adapters.waiting import LATE, WaitingSweep, decode, with_question
from bot.adapters.waiting import STRINGS as WAITING_STRINGS
from bot.cards import CardTurns
from bot.jobs import LIVE_LEASE, JobContext, TickReport, backoff
from bot.router import AFTER, BEFORE

if TYPE_CHECKING:
    from bot.core import Core
    from bot.router import Router

__all__ = ["STOP_GRACE", "TICK_SECONDS", "Scheduler", "TickReport", "own_jobs"]

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
STOP_GRACE = 2.0  # seconds stop() waits for the message in flight (SIGTERM: ~10 s)


def own_jobs(router: Router) -> None:
    """The heartbeat's own jobs (see the module docstring): the kept notices before the
    features' jobs, the cards and the waiting answers after; a router that has them already
    (a second `Scheduler` on one core) keeps its own."""
    if "outbox" not in router.jobs:
        # First: what was promised before anything new (a move notice, then the reminder
        # that follows it knows it went out: `Reminders.told_of_move`).
        router.job("outbox", KeptNotices(), order=BEFORE)
    if "cards" not in router.jobs:
        router.job("cards", CardTurns(), order=AFTER)
    if "waiting" not in router.jobs:
        router.job("waiting", WaitingSweep(), order=AFTER)


class KeptNotices:
    """The scheduled job that sends the private notices left in `storage.outbox` (see
    `Core.tell`): those a dead process did not send (taken at the first tick of the next
    one) and those whose platform failed (retried with `bot.jobs.backoff`). Each is erased
    once sent; one sent over `LATE` after it was decided says when it was. What stopped
    mattering is erased unsent."""

    def __init__(self) -> None:
        i18n.add_strings(WAITING_STRINGS)  # « Message envoyé …, que je n'ai pas pu … »

    async def __call__(self, job: JobContext) -> None:
        outbox = job.core.storage.outbox
        for kept in await outbox.take(job.now, job.process, job.now + LIVE_LEASE):
            if job.stopping():
                return  # the rest: the next tick, or a new process, at once
            read = decode(kept.reply)
            if read is None:
                await outbox.sent(kept.id)  # unreadable (logged): nothing to send
                continue
            late = kept.created_at if job.now - kept.created_at >= LATE else None
            # Already in the language it was written in (`storage.outbox`): sent as it is.
            given = with_question(read[0], "", late, job.now, told=True)
            try:
                reached = await job.core.send_private(kept.who, given)
            except Exception:
                log.warning("kept notice %s to member %s failed again; will retry", kept.id,
                            kept.who.member_id, exc_info=True)
                await outbox.retry(kept.id, job.now + backoff(kept.attempts))
                job.report.retried += 1
                continue
            await outbox.sent(kept.id)
            if reached:
                job.report.sent += 1
            else:
                job.report.unreachable += 1


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
        own_jobs(core.router)

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
            finally:
                self._ticking = None
        if errors:
            raise ExceptionGroup("scheduler tick", errors)
        return report
