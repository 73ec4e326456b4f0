"""`/newseries`, `/editseries`, `/cancelseries`, `/series`: weekly series of events. The
top-up job keeps 8 weeks of dates ready; edits and cancellations reach every coming date
through the one "event changed" path."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from bot.context import Context
from bot.errors import Conflict, NotFound, UserInputError
from bot.i18n import current_locale, format_when, t
from bot.messages import Reply
from commands.events.parsers import capacity, kind, price, short_text, title
from commands.series.jobs import top_up
from commands.series.parsers import day_and_time, first_date, moved
from storage.models import Event, Recipient, Series


def rule_text(series: Series) -> str:
    """'chaque vendredi à 19:30' / 'every 2 weeks on Tuesday at 18:00'."""
    from babel.dates import get_day_names

    weekday = str(get_day_names("wide", locale=current_locale())[series.weekday])
    if series.interval_weeks == 1:
        return t("series.rule_weekly", weekday=weekday, time=series.local_time)
    return t("series.rule_every", weekday=weekday, n=series.interval_weeks,
             time=series.local_time)


async def new_series(ctx: Context) -> None:
    name: str = ctx.values["title"]
    weekday, local_time = ctx.values["rule"]
    every: int = ctx.value("interval", 1)
    kind_: str = ctx.value("kind", "other")
    db = ctx.storage.series
    series = await db.create(
        name, kind_, weekday, local_time, first_date(weekday, local_time, ctx.now).isoformat(),
        every, ctx.values.get("capacity"), 0, ctx.core.settings.default_place, ctx.member.id,
        ctx.now)
    created = await top_up(db, series, ctx.now)
    ctx.reply(t("newseries.done", id=series.id, title=name, rule=rule_text(series),
                count=len(created), ids=", ".join(f"#{e.id}" for e in created)))


async def _load_series(ctx: Context) -> Series:
    number: int = ctx.values["series"]
    series = await ctx.storage.series.get(number)
    if series is None:
        raise NotFound("error.series_not_found", id=number)
    return series


async def cancel_series(ctx: Context) -> None:
    """Stop the series; every coming occurrence is cancelled and its people told once."""
    series = await _load_series(ctx)
    if series.status != "active":
        raise Conflict("cancelseries.already", id=series.id)
    cancelled = await ctx.storage.series.cancel(series.id, ctx.now)
    affected: dict[int, tuple[Recipient, list[Event]]] = {}
    for event in cancelled:
        for who in await ctx.storage.rsvps.recipients(event.id, ("going", "waitlisted", "maybe")):
            affected.setdefault(who.member_id, (who, []))[1].append(event)
        ctx.core.event_changed(event.id)
    for who, events in affected.values():
        ctx.core.notify_all([who], _series_cancelled(series, events))
    ctx.reply(t("cancelseries.done", id=series.id, count=len(cancelled), people=len(affected)))


def _series_cancelled(series: Series, events: list[Event]) -> Callable[[], Reply]:
    return lambda: Reply(t("notify.series_cancelled", title=series.title, dates=", ".join(
        f"#{e.id} {format_when(e.starts_at)}" for e in events)))


def _value(field: str, raw: str) -> object:
    """The new value of a field other than the day and time, parsed like /editevent's."""
    if field == "title":
        return title(raw)
    if field == "place":
        value = short_text(raw)
        if not value:
            raise UserInputError("error.missing_value")
        return value
    if field == "capacity":
        return capacity(raw)
    if field == "kind":
        return kind(raw)
    return price(raw)


async def edit_series(ctx: Context) -> None:
    """Change every occurrence still to come, and the ones made later; attendees of the
    moved or relocated dates are told once. One date alone: /editevent <number>."""
    series = await _load_series(ctx)
    field: str = ctx.values["field"]
    raw: str = ctx.values["value"]
    if series.status != "active":
        raise Conflict("cancelseries.already", id=series.id)
    db = ctx.storage.series
    coming = [e for e in await db.occurrences(series.id, ctx.now) if not e.cancelled]
    per_event: dict[int, dict[str, object]] = {}
    if field == "when":
        weekday, local_time = day_and_time(raw, series.weekday)
        shift = timedelta(days=weekday - series.weekday)
        first = date.fromisoformat(series.first_date) + shift
        done = None
        if series.generated_until:
            done = (date.fromisoformat(series.generated_until) + shift).isoformat()
        for event in coming:
            start = moved(event.starts_at, series.weekday, weekday, local_time)
            if start > ctx.now:  # this week's date moved into the past stays as it was
                per_event[event.id] = {"starts_at": start}
        updated = await db.update(series.id, weekday=weekday, local_time=local_time,
                                  first_date=first.isoformat(), generated_until=done)
    else:
        column = "price_cents" if field == "price" else field
        value = _value(field, raw)
        per_event = {e.id: {column: value} for e in coming}
        updated = await db.update(series.id, **{column: value})
    if updated is None:
        raise NotFound("error.series_not_found", id=series.id)
    told: dict[int, tuple[Recipient, list[Event]]] = {}
    for event_id, changes in per_event.items():
        result = await ctx.storage.events.update(event_id, ctx.now, **changes)
        if result is None:
            continue
        event, promoted = result
        if field in ("when", "place"):
            for who in await ctx.storage.rsvps.recipients(event.id, ("going", "waitlisted")):
                told.setdefault(who.member_id, (who, []))[1].append(event)
        ctx.core.event_changed(event.id, promoted)
    for who, events in told.values():
        ctx.core.notify_all([who], _series_changed(updated, events))
    ctx.reply(t("editseries.done", id=updated.id, title=updated.title,
                rule=rule_text(updated), count=len(per_event), people=len(told)))


def _series_changed(series: Series, events: list[Event]) -> Callable[[], Reply]:
    return lambda: Reply(t("notify.series_changed", title=series.title, dates=", ".join(
        f"#{e.id} {format_when(e.starts_at)} ({e.place})" for e in events)))


async def list_series(ctx: Context) -> None:
    db = ctx.storage.series
    running = await db.active()
    if not running:
        ctx.reply(t("series.none"))
        return
    lines = [t("series.header")]
    for series in running:
        coming = [e for e in await db.occurrences(series.id, ctx.now) if not e.cancelled]
        following = f"#{coming[0].id} {format_when(coming[0].starts_at)}" if coming \
            else t("series.no_next")
        lines.append(t("series.line", id=series.id, title=series.title,
                       rule=rule_text(series), next=following))
    ctx.reply("\n".join(lines))
