"""The reminder jobs: reminders before each event, reminders missed while the bot was down,
and the organisers' same-day summary. All state is in the database (storage.reminders).

Claim, send, record, with the shared policy of `bot.jobs`:
- a row is claimed by one tick only, with this process's boot id, and a 'sent' row is never
  claimed again, so restarts never resend a confirmed message;
- a claim taken over (a dead process's, or one this process abandoned at stop) is an
  interrupted attempt: the first may have been delivered just before the 'sent' mark, so that
  member may get the reminder twice; we prefer a rare duplicate to a lost reminder, and the
  row says so (`interrupted`, `detail`). A reminder is logged as "never sent" only when no
  attempt was ever made;
- failures (platform down, 429, timeouts) are retried with backoff until the event starts; a
  member who blocked the bot is recorded 'unreachable'; what is still unsent when the event
  starts is marked 'skipped' and logged;
- equal offsets (`30s,30s`, `24h,1440m`) count once.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import TypeGuard

from bot.config import Settings
from bot.context import Services
from bot.i18n import PARIS
from bot.jobs import JobContext, backoff, lease_for
from bot.messages import Reply
from commands.reminders.messages import reminder_reply, summary_reply
from storage.models import Claim, DueReminder, Event, Member, Recipient
from storage.reminders import SUMMARY_OFFSET

log = logging.getLogger(__name__)

MISSED_WINDOW = timedelta(days=7)  # how far back a restart looks for reminders to log as missed
SUMMARY_AT = time(9, 0)  # organisers' same-day summary, Paris time

RESENT_AFTER_RESTART = "resent after restart; the first attempt may have been delivered"
RESENT_AFTER_STOP = "resent after an interrupted attempt; the first attempt may have been delivered"
MAYBE_DELIVERED = "event started; an interrupted attempt may have been delivered"
MAYBE_EARLIER = "an interrupted earlier attempt may have been delivered"

Key = tuple[int, int, int, datetime]  # event, member, offset in seconds, event start


def offsets(settings: Settings) -> list[int]:
    """REMINDER_OFFSETS in seconds, each once, longest first: equal durations (`30s,30s`,
    `24h,1440m`) must not supersede each other into silence."""
    return sorted({int(o.total_seconds()) for o in settings.reminder_offsets
                   if o.total_seconds() >= 1}, reverse=True)


async def send_reminders(job: JobContext) -> None:
    """Every reminder due now: the nearest one per member and event, once."""
    store = job.core.storage
    groups: dict[tuple[int, int], list[DueReminder]] = defaultdict(list)
    for seconds in offsets(job.core.settings):
        for due in await store.reminders.due(timedelta(seconds=seconds), job.now, job.boot):
            groups[(due.event_id, due.who.member_id)].append(due)
    events: dict[int, Event | None] = {}
    moved: dict[tuple[int, int, datetime], set[int]] = {}
    for (event_id, _member), dues in groups.items():
        if job.stopping():
            return
        # Answered after a reminder's moment: they know, no need to remind them of it.
        # Reminded already, then told the new time by the change itself: the same.
        keep = []
        for due in dues:
            told = (due.event_id, due.offset_seconds, due.starts_at)
            if told not in moved:
                moved[told] = await store.reminders.told_of_move(*told, due.due_at)
            if due.answered_at > due.due_at:
                await _skip(job, due, "answered_late")
            elif due.who.member_id in moved[told]:
                await _skip(job, due, "told_of_move")
            elif reminded_lately(due):
                await _skip(job, due, "reminded_lately")
            else:
                keep.append(due)
        if not keep:
            continue
        # Several due at once (the bot was down): only the nearest one is worth sending.
        keep.sort(key=lambda d: d.offset_seconds)
        send, rest = keep[0], keep[1:]
        for due in rest:
            await _skip(job, due, "superseded")
        if event_id not in events:
            events[event_id] = await store.events.get(event_id)
        event = events[event_id]
        if event is None:
            continue
        if send.state == "waitlisted" and send.earlier > 0:
            # One note of a waitlist place is enough; but one promoted since it was read
            # (a seat freed while the reminders go out) is reminded of the seat.
            if not await _deliver(job, _as_going(send), event):
                await _skip(job, send, "waitlisted_once")
            continue
        await _deliver(job, send, event)


def reminded_lately(due: DueReminder) -> bool:
    """A longer offset's reminder went to them less than this offset before this one's
    moment (sent late, after a downtime: « aujourd'hui à 19h » at 16:00): the same words
    again at 17:00 are noise. Hours apart (the day-before one sent that morning), both go."""
    return due.last_sent_at is not None and (
        due.due_at - due.last_sent_at < timedelta(seconds=due.offset_seconds))


async def _skip(job: JobContext, due: DueReminder, why: str) -> None:
    if await job.core.storage.reminders.skip(due.event_id, due.who.member_id,
                                             due.offset_seconds, due.starts_at, job.now, why):
        job.report.skipped += 1
        log.info("reminder %s/%s/%ss skipped: %s", due.event_id, due.who.member_id,
                 due.offset_seconds, why)


def _as_going(due: DueReminder) -> DueReminder:
    return dataclasses.replace(due, state="going", position=0)


async def _deliver(job: JobContext, due: DueReminder, event: Event) -> bool:
    """Claim and send one reminder; False when it was not claimed."""
    key: Key = (due.event_id, due.who.member_id, due.offset_seconds, due.starts_at)
    claim = await job.core.storage.reminders.claim(
        *key, job.now, lease_for(due.starts_at, job.now), job.boot, due=due)
    if claim is None and due.state == "waitlisted":
        # Promoted since it was read: the next tick would see an answer changed after the
        # reminder's moment (the promotion's) and skip it as « answered late ».
        due = _as_going(due)
        claim = await job.core.storage.reminders.claim(
            *key, job.now, lease_for(due.starts_at, job.now), job.boot, due=due)
    if claim is None:  # sent, in flight, or no longer due (erased, « non », cancelled…)
        return False
    late = job.now - due.due_at
    if late > timedelta(minutes=5):
        log.info("reminder %s/%s/%ss sent %s late", *key[:3], late)
    if claim.interrupted:
        log.warning("reminder %s/%s/%ss: an earlier attempt was interrupted and may have "
                    "been delivered; sending it again", *key[:3])
    # The language as it is now, not when the tick read who is due: one who typed
    # /langue en during the fan-out is reminded in English.
    member = await job.core.storage.members.get(due.who.member_id)
    if not _same_person(member, due.who.platform, due.who.platform_user_id):
        # Erased between the claim and now (/oubliemoi in another coroutine; the claimed row
        # went with them): nothing goes. True: the caller must not write a 'skipped' row
        # for someone who no longer exists.
        return True
    who = dataclasses.replace(due.who, language=member.language or member.app_language)
    status = await send_private(job.core, who, reminder_reply(
        event, due.state, due.position, job.now, platform=who.platform, seats=who.seats))
    await _record(job, key, status, claim)
    return True


def _same_person(member: Member | None, platform: str, user_id: str) -> TypeGuard[Member]:
    """Whether the member row read now is still the one a claim was made for: not erased
    meanwhile, and the same platform identity (a number is never given again since the
    `member_ids` migration, desk entries' included: this is the check that stays true
    whatever numbering does)."""
    return member is not None and (member.platform, member.platform_user_id) == (
        platform, user_id)


async def send_private(core: Services, who: Recipient, build: Callable[[], Reply]) -> str:
    """'sent', 'unreachable' (blocked for good) or 'retry'."""
    try:
        if await core.notify(who, build):
            return "sent"
    except Exception:  # the platform is down, rate-limits us, or times out
        log.warning("private message to member %s failed; will retry", who.member_id,
                    exc_info=True)
        return "retry"
    member = await core.storage.members.get(who.member_id)
    return "unreachable" if member is not None and member.unreachable == "blocked" \
        else "retry"


async def _record(job: JobContext, key: Key, status: str, claim: Claim,
                  counter: str = "sent") -> None:
    """What actually happened, on the claimed row."""
    reminders, now, report = job.core.storage.reminders, job.now, job.report
    maybe = "; " + MAYBE_EARLIER if claim.interrupted else ""
    if status == "sent":
        resent = RESENT_AFTER_RESTART if claim.after_restart else RESENT_AFTER_STOP
        await reminders.finish(*key, "sent", now, detail=resent if claim.interrupted else "")
        setattr(report, counter, getattr(report, counter) + 1)
    elif status == "unreachable":
        await reminders.finish(*key, "unreachable", now, detail="blocked" + maybe)
        report.unreachable += 1
    else:
        await reminders.finish(
            *key, "retry", now, next_try_at=now + backoff(claim.attempts, key[3] - now),
            detail=f"attempt {claim.attempts} failed" + maybe)
        report.retried += 1


async def log_missed(job: JobContext) -> None:
    """Reminders whose event started before they could go out: recorded and logged, and one
    that was interrupted mid-send is not called "never sent". Past `MISSED_WINDOW`, the
    rows of an event go: they only said when we wrote to whom (/mydata showed them)."""
    reminders = job.core.storage.reminders
    if await reminders.forget_past(job.now - MISSED_WINDOW):
        log.info("reminder records of events started over %s ago erased", MISSED_WINDOW)
    for seconds in offsets(job.core.settings):
        for missed in await reminders.missed(timedelta(seconds=seconds), job.now,
                                             job.now - MISSED_WINDOW):
            if job.stopping():
                return
            if missed.interrupted or missed.status == "sending":
                why, said = MAYBE_DELIVERED, "not confirmed: " + MAYBE_DELIVERED
            elif missed.status is None:
                why = "event_started"
                said = "never sent: " + why
            else:
                why = f"event_started_while_{missed.status}"
                said = "not confirmed: " + why
            if await reminders.skip(missed.event_id, missed.member_id, seconds,
                                    missed.starts_at, job.now, why):
                job.report.skipped += 1
                log.warning("reminder %s/%s/%ss %s", missed.event_id, missed.member_id,
                            seconds, said)


async def send_summaries(job: JobContext) -> None:
    """On the day of an event (from 09:00 Paris time, or an hour before an earlier start),
    its organiser gets the numbers once."""
    store, now = job.core.storage, job.now
    for event in await store.reminders.events_for_summary(now, now + timedelta(days=1),
                                                          job.boot):
        if job.stopping():
            return
        local_day = event.starts_at.astimezone(PARIS).date()
        morning = datetime.combine(local_day, SUMMARY_AT, tzinfo=PARIS).astimezone(UTC)
        if now < min(morning, event.starts_at - timedelta(hours=1)):
            continue
        if event.created_by is None:
            continue
        organiser = await store.members.get(event.created_by)
        if organiser is None:
            continue
        key: Key = (event.id, organiser.id, SUMMARY_OFFSET, event.starts_at)
        claim = await store.reminders.claim(*key, now, lease_for(event.starts_at, now),
                                            job.boot)
        if claim is None:
            continue
        if not _same_person(await store.members.get(organiser.id), organiser.platform,
                            organiser.platform_user_id):
            continue  # erased since it was read (the claimed row went with them)
        counts = await store.rsvps.counts(event.id)
        who = Recipient(organiser.id, organiser.platform, organiser.platform_user_id,
                        organiser.display_name,
                        organiser.language or organiser.app_language, 1)  # as every notice
        status = await send_private(job.core, who, summary_reply(event, counts))
        await _record(job, key, status, claim, counter="summaries")
