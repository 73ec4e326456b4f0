"""Series always reach 8 weeks ahead: the top-up job, and the week arithmetic it uses."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta

from bot.i18n import PARIS
from bot.jobs import JobContext
from storage.models import Event, NewEvent, Series
from storage.series import SeriesStore

log = logging.getLogger(__name__)

HORIZON = timedelta(weeks=8)


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


async def top_up(store: SeriesStore, series: Series, now: datetime) -> list[Event]:
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
