"""Series always reach 8 weeks ahead: the top-up job, and the dates it reads from the rule."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.i18n import PARIS
from bot.jobs import JobContext
from commands.series.parsers import Rule, dates_between, from_rrule, weekly_rrule
from storage.models import Event, NewEvent, Series
from storage.series import SeriesStore

log = logging.getLogger(__name__)

HORIZON = timedelta(weeks=8)


def rule_of(series: Series) -> Rule:
    """The series' rule with its length (a row from before rules were stored is weekly)."""
    text = series.rule or weekly_rrule(series.weekday, series.interval_weeks)
    return replace(from_rrule(text, series.local_time), minutes=series.duration_minutes)


def series_starts(series: Series, now: datetime) -> list[tuple[str, datetime]]:
    """(local date, UTC start) of occurrences after the series' high-water mark, still to
    come, and no later than `now` + 8 weeks.

    Dates come from the rule on Paris calendar dates with the wall-clock time attached by
    zoneinfo, so 19:30 stays 19:30 across daylight-saving changes. A time that does not exist
    on a spring-forward night (02:30) lands an hour later, as zoneinfo resolves it.
    """
    first = date.fromisoformat(series.first_date)
    since = max(first, now.astimezone(PARIS).date())
    if series.generated_until:
        since = max(since, date.fromisoformat(series.generated_until) + timedelta(days=1))
    last = (now + HORIZON).astimezone(PARIS).date()
    return [(day.isoformat(), start)
            for day, start in dates_between(rule_of(series), first, since, last)
            if start > now]


def occurrence(series: Series, start: datetime) -> NewEvent:
    """One date of the series, as an event."""
    length = series.duration_minutes
    return NewEvent(title=series.title, starts_at=start, place=series.place, kind=series.kind,
                    capacity=series.capacity, price_cents=series.price_cents,
                    description=series.description, created_by=series.created_by,
                    ends_at=start + timedelta(minutes=length) if length else None)


async def top_up(store: SeriesStore, series: Series, now: datetime) -> list[Event]:
    """Create the missing occurrences so the series always reaches 8 weeks ahead."""
    starts = series_starts(series, now)
    if not starts:
        return []
    occurrences = [(local, occurrence(series, start)) for local, start in starts]
    return await store.add_occurrences(series, occurrences, now)


async def top_up_series(job: JobContext) -> None:
    """Every running series, topped up to 8 weeks ahead (idempotent: nothing is duplicated)."""
    store = job.core.storage.series
    for series in await store.active():
        if job.stopping():
            return
        created = await top_up(store, series, job.now)
        job.report.created += len(created)
        if created:
            log.info("series %s: %d occurrence(s) added", series.id, len(created))
