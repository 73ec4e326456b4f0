"""Reminders, weekly series and scheduled announcements, all derived from the database.

APScheduler only provides the heartbeat: one interval job calls `tick(now)` every 30 s (more
often for short `REMINDER_OFFSETS`; `coalesce=True`, `misfire_grace_time=None`, so a late or
sleeping loop still runs it once). `tick` reads what is due from SQLite and does it; nothing
lives only in memory, so a restart simply resumes, and reminders missed while the bot was
down are found on the first tick.

Delivery semantics (reminders, summaries, announcements): claim, send, mark.
- The claim is made in one write transaction: a row can be claimed by one tick only, and a
  'sent' row is never claimed again, so restarts never resend a confirmed message.
- A claim carries this scheduler's boot id (random per start). Only one process runs per
  database (the lock in `bot.__main__`), so a 'sending' row with another boot id belongs to a
  process that died: the next start takes it again at once, whatever the offset. Within one
  process a claim also holds a lease, short next to the time left before the event (a
  quarter of it, at most `LEASE`; announcements: `LEASE`), for an attempt abandoned at stop
  or whose mark failed.
- A claim taken over like that is an interrupted attempt: the process may have died after the
  platform accepted the message but before the 'sent' mark (one SQLite write later), so that
  one member may get the reminder twice; we prefer a rare duplicate to a lost reminder, and
  Telegram offers no idempotency key that could close this window. The row records it
  (`interrupted`, and a `detail` saying the first attempt may have been delivered); a
  reminder is logged as "never sent" only when no attempt was ever made.
- Failures (platform down, 429, timeouts) are retried with exponential backoff, never later
  than a quarter of the time left, until the event starts; a member who blocked the bot is
  marked 'unreachable' (and recorded on the member by `Core.notify`); what is still unsent
  when the event starts is marked 'skipped' and logged.
- Equal offsets (`30s,30s`, `24h,1440m`) count once.
- `stop()` returns between two messages: the one in flight finishes (at most `STOP_GRACE`
  seconds, then it is abandoned and counts as interrupted), the loops check the stop flag
  before each claim, and everything left stays in the database for the next start.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import commands.scheduling_strings  # noqa: F401  (the strings used here)
from bot import actions
from bot.cards import build_card
from bot.i18n import PARIS, format_when, t
from bot.messages import Button, Reply
from storage.models import Counts, Event, NewEvent, Recipient
from storage.scheduling import SUMMARY_OFFSET, Claim, DueReminder, Scheduling, Series

if TYPE_CHECKING:
    from bot.core import Core

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
LEASE = timedelta(minutes=5)  # the longest lease; see `lease_for`
LEASE_MIN = timedelta(seconds=1)
STOP_GRACE = 2.0  # seconds stop() waits for the message in flight (SIGTERM: ~10 s)
HORIZON = timedelta(weeks=8)
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_MAX = timedelta(minutes=30)
MISSED_WINDOW = timedelta(days=7)  # how far back a restart looks for reminders to log as missed
SUMMARY_AT = time(9, 0)  # organisers' same-day summary, Paris time
ANNOUNCE_ATTEMPTS = 6


def backoff(attempts: int, left: timedelta | None = None) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at 30 min, and at a quarter of the time `left` before
    the event, so a reminder 30 s ahead still gets its retries."""
    delay = min(BACKOFF_FIRST * (2 ** max(0, attempts - 1)), BACKOFF_MAX)
    return delay if left is None else max(LEASE_MIN, min(delay, left / 4))


def lease_for(starts_at: datetime, now: datetime) -> timedelta:
    """A quarter of the time left before the event, between 1 s and `LEASE`: an attempt this
    process abandoned is taken again while there is still time to send it."""
    return max(LEASE_MIN, min(LEASE, (starts_at - now) / 4))


RESENT_AFTER_RESTART = "resent after restart; the first attempt may have been delivered"
RESENT_AFTER_STOP = "resent after an interrupted attempt; the first attempt may have been delivered"
MAYBE_DELIVERED = "event started; an interrupted attempt may have been delivered"
MAYBE_EARLIER = "an interrupted earlier attempt may have been delivered"


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


# -- series arithmetic (pure) ------------------------------------------------------------------


def series_starts(series: Series, now: datetime) -> list[tuple[str, datetime]]:
    """(local date, UTC start) of occurrences after the series' high-water mark, still to
    come, and no later than `now` + 8 weeks.

    Weeks are counted on Paris calendar dates and the wall-clock time attached by zoneinfo,
    so 19:30 stays 19:30 across daylight-saving changes. A time that does not exist on a
    spring-forward night (02:30) lands an hour later, as zoneinfo resolves it.
    """
    first = date.fromisoformat(series.first_date)
    hour, minute = (int(p) for p in series.local_time.split(":"))
    step = timedelta(weeks=series.interval_weeks)
    last = (now + HORIZON).astimezone(PARIS).date()
    done = date.fromisoformat(series.generated_until) if series.generated_until else None
    day = first
    if done is not None and done >= day:
        day += step * ((done - first) // step + 1)
    today = now.astimezone(PARIS).date()
    if day < today:
        day += step * ((today - day) // step)
    found: list[tuple[str, datetime]] = []
    while day <= last:
        start = datetime.combine(day, time(hour, minute), tzinfo=PARIS).astimezone(UTC)
        if start > now:
            found.append((day.isoformat(), start))
        day += step
    return found


async def top_up(scheduling: Scheduling, series: Series, now: datetime) -> list[Event]:
    """Create the missing occurrences so the series always reaches 8 weeks ahead."""
    starts = series_starts(series, now)
    if not starts:
        return []
    occurrences = [
        (local, NewEvent(title=series.title, starts_at=start, place=series.place,
                         kind=series.kind, capacity=series.capacity,
                         price_cents=series.price_cents, created_by=series.created_by))
        for local, start in starts
    ]
    return await scheduling.add_occurrences(series, occurrences, now)


# -- message builders --------------------------------------------------------------------------


def reminder_reply(event: Event, state: str, position: int) -> Callable[[], Reply]:
    """The reminder, built later in the member's language."""
    def build() -> Reply:
        lines = [t("reminder.text", title=event.title, id=event.id,
                   when=format_when(event.starts_at), place=event.place)]
        if event.description:
            lines.append(event.description)
        if state == "waitlisted":
            lines.append(t("reminder.waitlisted", position=position))
        return Reply("\n".join(lines), private=True, buttons=(
            Button(t("button.drop"), actions.encode("drop", event.id)),
            Button(t("button.see_event"), actions.encode("event", event.id)),
        ))
    return build


def summary_reply(event: Event, going: int, people: int, guests: int, waitlist: int,
                  maybe: int) -> Callable[[], Reply]:
    def build() -> Reply:
        capacity = str(event.capacity) if event.capacity else t("card.unlimited")
        return Reply(t("summary.text", title=event.title, id=event.id,
                       when=format_when(event.starts_at), going=going, people=people,
                       guests=guests, capacity=capacity, waitlist=waitlist, maybe=maybe),
                     private=True)
    return build


def card_reply(event: Event, counts: Counts) -> Callable[[], Reply]:
    return lambda: Reply(card=build_card(event, counts))


# -- the scheduler -----------------------------------------------------------------------------


class Scheduler:
    """Runs `tick` on an APScheduler interval job inside the bot's event loop."""

    def __init__(self, core: Core, *, interval: float | None = None,
                 boot: str | None = None) -> None:
        self.core = core
        self.db = Scheduling(core.storage)
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

    @property
    def offsets(self) -> list[int]:
        """REMINDER_OFFSETS in seconds, each once, longest first: equal durations (`30s,30s`,
        `24h,1440m`) must not supersede each other into silence."""
        return sorted({int(o.total_seconds()) for o in self.core.settings.reminder_offsets
                       if o.total_seconds() >= 1}, reverse=True)

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
        self._stopping = True  # every loop of the tick checks it before a claim
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
        """Do everything due at `now`. Each part runs even if another fails; failures are
        raised together at the end. After `stop()` it stops before the next claim."""
        report = TickReport()
        errors: list[Exception] = []
        async with self._lock:
            self._ticking = asyncio.current_task()  # what stop() waits for
            try:
                for part in (self._series, self._reminders, self._missed, self._summaries,
                             self._announcements):
                    if self._stopping:
                        break
                    try:
                        await part(now, report)
                    except Exception as err:
                        errors.append(err)
            finally:
                self._ticking = None
        if errors:
            raise ExceptionGroup("scheduler tick", errors)
        return report

    # -- series ------------------------------------------------------------------------

    async def _series(self, now: datetime, report: TickReport) -> None:
        for series in await self.db.active_series():
            if self._stopping:
                return
            created = await top_up(self.db, series, now)
            report.created += len(created)
            if created:
                log.info("series %s: %d occurrence(s) added", series.id, len(created))

    # -- reminders ---------------------------------------------------------------------

    async def _reminders(self, now: datetime, report: TickReport) -> None:
        groups: dict[tuple[int, int], list[DueReminder]] = defaultdict(list)
        for seconds in self.offsets:
            for due in await self.db.due_reminders(timedelta(seconds=seconds), now, self.boot):
                groups[(due.event_id, due.who.member_id)].append(due)
        events: dict[int, Event | None] = {}
        for (event_id, _member), dues in groups.items():
            if self._stopping:
                return
            # Answered after a reminder's moment: they know, no need to remind them of it.
            keep = []
            for due in dues:
                if due.answered_at > due.due_at:
                    await self._skip(due, now, "answered_late", report)
                else:
                    keep.append(due)
            if not keep:
                continue
            # Several due at once (the bot was down): only the nearest one is worth sending.
            keep.sort(key=lambda d: d.offset_seconds)
            send, rest = keep[0], keep[1:]
            for due in rest:
                await self._skip(due, now, "superseded", report)
            if send.state == "waitlisted" and send.earlier > 0:
                await self._skip(send, now, "waitlisted_once", report)  # one note is enough
                continue
            if event_id not in events:
                events[event_id] = await self.core.storage.get_event(event_id)
            event = events[event_id]
            if event is None:
                continue
            await self._deliver(send, event, now, report)

    async def _skip(self, due: DueReminder, now: datetime, why: str, report: TickReport) -> None:
        if await self.db.skip(due.event_id, due.who.member_id, due.offset_seconds,
                              due.starts_at, now, why):
            report.skipped += 1
            log.info("reminder %s/%s/%ss skipped: %s", due.event_id, due.who.member_id,
                     due.offset_seconds, why)

    async def _deliver(self, due: DueReminder, event: Event, now: datetime,
                       report: TickReport) -> None:
        key = (due.event_id, due.who.member_id, due.offset_seconds, due.starts_at)
        claim = await self.db.claim(*key, now, lease_for(due.starts_at, now), self.boot)
        if claim is None:
            return
        late = now - due.due_at
        if late > timedelta(minutes=5):
            log.info("reminder %s/%s/%ss sent %s late", *key[:3], late)
        if claim.interrupted:
            log.warning("reminder %s/%s/%ss: an earlier attempt was interrupted and may have "
                        "been delivered; sending it again", *key[:3])
        status = await self._send(due.who, reminder_reply(event, due.state, due.position))
        await self._record(key, status, claim, now, report)

    async def _send(self, who: Recipient, build: Callable[[], Reply]) -> str:
        """'sent', 'unreachable' (blocked for good) or 'retry'."""
        try:
            if await self.core.notify(who, build):
                return "sent"
        except Exception:  # the platform is down, rate-limits us, or times out
            log.warning("private message to member %s failed; will retry", who.member_id,
                        exc_info=True)
            return "retry"
        member = await self.core.storage.get_member(who.member_id)
        return "unreachable" if member is not None and member.unreachable == "blocked" \
            else "retry"

    async def _record(self, key: tuple[int, int, int, datetime], status: str, claim: Claim,
                      now: datetime, report: TickReport, counter: str = "sent") -> None:
        maybe = "; " + MAYBE_EARLIER if claim.interrupted else ""
        if status == "sent":
            resent = RESENT_AFTER_RESTART if claim.after_restart else RESENT_AFTER_STOP
            await self.db.finish(*key, "sent", now, detail=resent if claim.interrupted else "")
            setattr(report, counter, getattr(report, counter) + 1)
        elif status == "unreachable":
            await self.db.finish(*key, "unreachable", now, detail="blocked" + maybe)
            report.unreachable += 1
        else:
            await self.db.finish(
                *key, "retry", now, next_try_at=now + backoff(claim.attempts, key[3] - now),
                detail=f"attempt {claim.attempts} failed" + maybe)
            report.retried += 1

    async def _missed(self, now: datetime, report: TickReport) -> None:
        """Reminders whose event started before they could go out: recorded and logged, and
        one that was interrupted mid-send is not called "never sent"."""
        for seconds in self.offsets:
            for missed in await self.db.missed_reminders(timedelta(seconds=seconds), now,
                                                         now - MISSED_WINDOW):
                if self._stopping:
                    return
                if missed.interrupted or missed.status == "sending":
                    why, said = MAYBE_DELIVERED, "not confirmed: " + MAYBE_DELIVERED
                elif missed.status is None:
                    why = "event_started"
                    said = "never sent: " + why
                else:
                    why = f"event_started_while_{missed.status}"
                    said = "not confirmed: " + why
                if await self.db.skip(missed.event_id, missed.member_id, seconds,
                                      missed.starts_at, now, why):
                    report.skipped += 1
                    log.warning("reminder %s/%s/%ss %s", missed.event_id, missed.member_id,
                                seconds, said)

    # -- organisers' same-day summary -------------------------------------------------

    async def _summaries(self, now: datetime, report: TickReport) -> None:
        for event in await self.db.events_for_summary(now, now + timedelta(days=1), self.boot):
            if self._stopping:
                return
            local_day = event.starts_at.astimezone(PARIS).date()
            morning = datetime.combine(local_day, SUMMARY_AT, tzinfo=PARIS).astimezone(UTC)
            if now < min(morning, event.starts_at - timedelta(hours=1)):
                continue
            assert event.created_by is not None
            organiser = await self.core.storage.get_member(event.created_by)
            if organiser is None:
                continue
            key = (event.id, organiser.id, SUMMARY_OFFSET, event.starts_at)
            claim = await self.db.claim(*key, now, lease_for(event.starts_at, now), self.boot)
            if claim is None:
                continue
            counts = await self.core.storage.counts(event.id)
            who = Recipient(organiser.id, organiser.platform, organiser.platform_user_id,
                            organiser.display_name, organiser.language, 1)
            status = await self._send(who, summary_reply(
                event, counts.going_seats, counts.going_people,
                counts.going_seats - counts.going_people, counts.waitlist, counts.maybe))
            await self._record(key, status, claim, now, report, counter="summaries")

    # -- scheduled announcements ------------------------------------------------------

    async def _announcements(self, now: datetime, report: TickReport) -> None:
        for announcement_id in await self.db.due_announcements(now, self.boot):
            if self._stopping:
                return
            claimed = await self.db.claim_announcement(announcement_id, now, LEASE, self.boot)
            if claimed is None:
                continue
            item, interrupted = claimed
            if interrupted:
                log.warning("scheduled announcement %s: an earlier attempt was interrupted; "
                            "publishing again, some chats may show it twice", item.id)
            event = await self.core.storage.get_event(item.event_id)
            if event is None or event.cancelled or event.starts_at <= now:
                await self.db.finish_announcement(item.id, "skipped", now)
                log.warning("scheduled announcement %s skipped: event %s gone, cancelled or "
                            "started", item.id, item.event_id)
                continue
            counts = await self.core.storage.counts(event.id)
            reached = await self.core.publish(card_reply(event, counts), event_id=event.id)
            if reached:
                await self.db.finish_announcement(item.id, "done", now, reached=reached)
                report.announced += 1
            elif item.attempts >= ANNOUNCE_ATTEMPTS:
                await self.db.finish_announcement(item.id, "failed", now, reached=0)
                log.error("scheduled announcement %s failed %d times", item.id, item.attempts)
            else:
                await self.db.finish_announcement(item.id, "pending", now,
                                                  next_try_at=now + backoff(item.attempts))
