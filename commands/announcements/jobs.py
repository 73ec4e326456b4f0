"""Scheduled announcements: published once when due, across restarts and platform errors.

Claim, publish, record (see `bot.jobs`): a dead process's claim is taken at once by the next
start; an interrupted attempt may have reached some chats, so they may show the card twice
(logged). When no chat is reached, it is retried with backoff, then given up and logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.cards import build_card
from bot.i18n import t
from bot.jobs import LEASE, JobContext, backoff
from bot.messages import Reply
from commands.events import shown_title
from commands.events.handlers import configured_chats, published_text
from storage.models import Counts, Event

log = logging.getLogger(__name__)

ANNOUNCE_ATTEMPTS = 6


def card_reply(event: Event, counts: Counts) -> Callable[[], Reply]:
    """The event's card, built in the announcement language."""
    return lambda: Reply(card=build_card(event, counts))


async def publish_due(job: JobContext) -> None:
    store, now = job.core.storage, job.now
    for announcement_id in await store.announcements.due(now, job.boot):
        if job.stopping():
            return
        claimed = await store.announcements.claim(announcement_id, now, LEASE, job.boot)
        if claimed is None:
            continue
        item, interrupted = claimed
        if interrupted:
            log.warning("scheduled announcement %s: an earlier attempt was interrupted; "
                        "publishing again, some chats may show it twice", item.id)
        event = await store.events.get(item.event_id)
        if event is None or event.cancelled or event.starts_at <= now:
            await store.announcements.finish(item.id, "skipped", now)
            log.warning("scheduled announcement %s skipped: event %s gone, cancelled or "
                        "started", item.id, item.event_id)
            continue
        counts = await store.rsvps.counts(event.id)
        reached = await job.core.publish(card_reply(event, counts), event_id=event.id)
        if reached:
            await store.announcements.finish(item.id, "done", now, reached=reached)
            job.report.announced += 1
            if reached < configured_chats(job.core.settings):
                await _tell_planner(job, item.id, event, reached)
        elif item.attempts >= ANNOUNCE_ATTEMPTS:
            await store.announcements.finish(item.id, "failed", now, reached=0)
            log.error("scheduled announcement %s failed %d times", item.id, item.attempts)
            await _tell_planner(job, item.id, event, 0)
        else:
            await store.announcements.finish(item.id, "pending", now,
                                             next_try_at=now + backoff(item.attempts))


async def _tell_planner(job: JobContext, number: int, event: Event, reached: int) -> None:
    """The organiser who planned it believed it went out: told privately that it reached
    no chat, or not all of them, and whom to ask."""
    planner = await job.core.storage.announcements.planner(number)
    if planner is None:
        return
    settings = job.core.settings

    def told() -> Reply:
        return Reply(t("announcelater.not_everywhere", n=number, title=shown_title(event),
                       id=event.id) + "\n" + published_text(settings, reached, event.id))

    await job.core.notify(planner, told)
