"""Weekly series (`/newseries`, `/cancelseries`, `/series`) and scheduled announcements
(`/announcelater`, `/scheduled`, `/unschedule`). The scheduler does the rest from the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import commands.scheduling_strings  # noqa: F401  (the strings used here)
from bot.context import Context
from bot.errors import NotFound, UserInputError
from bot.i18n import PARIS, current_locale, format_when, t
from bot.messages import Reply
from bot.router import Router
from bot.scheduler import top_up
from commands import args
from commands.events import notify_promoted
from storage import Recipient
from storage.models import Event
from storage.scheduling import Scheduling, Series

MAX_INTERVAL = 12
_WEEKDAYS = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0,
    "mardi": 1, "mar": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "mercredi": 2, "mer": 2, "wednesday": 2, "wed": 2,
    "jeudi": 3, "jeu": 3, "thursday": 3, "thu": 3, "thurs": 3,
    "vendredi": 4, "ven": 4, "friday": 4, "fri": 4,
    "samedi": 5, "sam": 5, "saturday": 5, "sat": 5,
    "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}
_TIME = re.compile(r"\b(\d{1,2})\s*(?:[h:]\s*(\d{2})?)?\s*(am|pm)?\b")
_NUMBER_WORDS = {"deux": 2, "two": 2, "other": 2, "trois": 3, "three": 3, "quatre": 4,
                 "four": 4}


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def weekly(text: str) -> tuple[int, str]:
    """'vendredi 19h30', 'every Friday 7:30pm', 'les mardis à 18h' -> (weekday, 'HH:MM')."""
    plain = _plain(text)
    day = None
    for word in re.findall(r"[a-z]+", plain):
        found = _WEEKDAYS.get(word)
        if found is None and word.endswith("s"):
            found = _WEEKDAYS.get(word[:-1])
        if found is not None:
            day = found
            break
    match = None
    for candidate in _TIME.finditer(plain):
        if candidate.group(2) or candidate.group(3) or re.search(
                r"\d\s*h", candidate.group(0)):
            match = candidate
            break
    if day is None or match is None:
        raise UserInputError("error.bad_weekly", value=text.strip()[:40])
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "pm" and hour < 12:
        hour += 12
    elif match.group(3) == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise UserInputError("error.bad_weekly", value=text.strip()[:40])
    return day, f"{hour:02d}:{minute:02d}"


def interval(text: str) -> int:
    """'' / 'chaque semaine' -> 1, 'toutes les 2 semaines' / 'every other week' -> 2."""
    plain = _plain(text)
    if not plain:
        return 1
    digits = re.findall(r"\d+", plain)
    value = int(digits[0]) if digits else next(
        (n for w, n in _NUMBER_WORDS.items() if re.search(rf"\b{w}\b", plain)), None)
    if value is None and re.search(r"semaine|week|hebdo", plain):
        value = 1
    if value is None or not 1 <= value <= MAX_INTERVAL:
        raise UserInputError("error.bad_interval", value=text.strip()[:30], max=MAX_INTERVAL)
    return value


def first_date(weekday: int, local_time: str, now: datetime) -> date:
    """The first Paris date on that weekday whose time is still to come."""
    hour, minute = (int(p) for p in local_time.split(":"))
    today = now.astimezone(PARIS).date()
    day = today + timedelta(days=(weekday - today.weekday()) % 7)
    if datetime.combine(day, time(hour, minute), tzinfo=PARIS) <= now:
        day += timedelta(weeks=1)
    return day


def rule_text(series: Series) -> str:
    from babel.dates import get_day_names

    weekday = str(get_day_names("wide", locale=current_locale())[series.weekday])
    if series.interval_weeks == 1:
        return t("series.rule_weekly", weekday=weekday, time=series.local_time)
    return t("series.rule_every", weekday=weekday, n=series.interval_weeks,
             time=series.local_time)


async def new_series(ctx: Context) -> None:
    parts = args.title_and_when(ctx.args, "error.newseries_parts")
    title = args.title(parts[0])
    weekday, local_time = weekly(parts[1])
    every = interval(parts[2]) if len(parts) > 2 else 1
    capacity = args.capacity(parts[3]) if len(parts) > 3 else None
    kind = args.kind(parts[4]) if len(parts) > 4 and parts[4] else "other"
    db = Scheduling(ctx.storage)
    series = await db.create_series(
        title, kind, weekday, local_time, first_date(weekday, local_time, ctx.now).isoformat(),
        every, capacity, 0, ctx.core.settings.default_place, ctx.member.id, ctx.now)
    created = await top_up(db, series, ctx.now)
    ctx.reply(t("newseries.done", id=series.id, title=title, rule=rule_text(series),
                count=len(created), ids=", ".join(f"#{e.id}" for e in created)))


async def _load_series(ctx: Context) -> Series:
    text = ctx.args.strip().lstrip("#n°").strip()
    if not text:
        raise UserInputError("error.missing_series_id")
    if not text.isdigit() or len(text) > 9:
        raise UserInputError("error.missing_series_id")
    series = await Scheduling(ctx.storage).get_series(int(text))
    if series is None:
        raise NotFound("error.series_not_found", id=int(text))
    return series


async def cancel_series(ctx: Context) -> None:
    """Stop the series; every coming occurrence is cancelled and its people told once."""
    series = await _load_series(ctx)
    if series.status != "active":
        ctx.reply(t("cancelseries.already", id=series.id))
        return
    cancelled = await Scheduling(ctx.storage).cancel_series(series.id, ctx.now)
    affected: dict[int, tuple[Recipient, list[Event]]] = {}
    for event in cancelled:
        for who in await ctx.storage.recipients(event.id, ("going", "waitlisted", "maybe")):
            affected.setdefault(who.member_id, (who, []))[1].append(event)
        ctx.core.cards_changed(event.id)
    for who, events in affected.values():
        ctx.core.notify_all([who], _series_cancelled(series, events))
    ctx.reply(t("cancelseries.done", id=series.id, count=len(cancelled), people=len(affected)))


def _series_cancelled(series: Series, events: list[Event]) -> Callable[[], Reply]:
    return lambda: Reply(t("notify.series_cancelled", title=series.title, dates=", ".join(
        f"#{e.id} {format_when(e.starts_at)}" for e in events)))


# Field names organisers may type for /editseries, to the series column.
SERIES_FIELDS = {
    "title": "title", "titre": "title", "nom": "title",
    "place": "place", "lieu": "place", "where": "place", "ou": "place", "où": "place",
    "capacity": "capacity", "capacite": "capacity", "capacité": "capacity",
    "places": "capacity", "seats": "capacity",
    "kind": "kind", "type": "kind", "genre": "kind",
    "price": "price_cents", "prix": "price_cents", "tarif": "price_cents",
    "when": "when", "quand": "when", "heure": "when", "time": "when", "jour": "when",
    "day": "when",
}


def _day_and_time(text: str, weekday: int) -> tuple[int, str]:
    """'jeudi 20h' changes both; '20h' keeps the series' weekday."""
    try:
        return weekly(text)
    except UserInputError:
        try:
            return weekday, weekly(f"lundi {text}")[1]
        except UserInputError:
            raise UserInputError("error.bad_weekly", value=text.strip()[:40]) from None


def _moved(start: datetime, old: Series, weekday: int, local_time: str) -> datetime:
    """The same week's occurrence on the new weekday and Paris wall-clock time."""
    hour, minute = (int(p) for p in local_time.split(":"))
    day = start.astimezone(PARIS).date() + timedelta(days=weekday - old.weekday)
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS).astimezone(UTC)


async def edit_series(ctx: Context) -> None:
    """Change every occurrence still to come, and the ones made later; attendees of the
    moved or relocated dates are told once. One date alone: /modifier <number>."""
    head = ctx.args.split(None, 2)
    if len(head) < 3:
        raise UserInputError("error.editseries_parts")
    ctx.args = head[0]
    series = await _load_series(ctx)
    column = SERIES_FIELDS.get(head[1].lower())
    if column is None:
        raise UserInputError("error.bad_series_field", value=head[1][:20])
    if series.status != "active":
        raise UserInputError("cancelseries.already", id=series.id)
    raw = head[2]
    db = Scheduling(ctx.storage)
    coming = [e for e in await db.series_events(series.id, ctx.now) if not e.cancelled]
    per_event: dict[int, dict[str, object]] = {}
    if column == "when":
        weekday, local_time = _day_and_time(raw, series.weekday)
        shift = timedelta(days=weekday - series.weekday)
        first = date.fromisoformat(series.first_date) + shift
        done = None
        if series.generated_until:
            done = (date.fromisoformat(series.generated_until) + shift).isoformat()
        for event in coming:
            start = _moved(event.starts_at, series, weekday, local_time)
            if start > ctx.now:  # this week's date moved into the past stays as it was
                per_event[event.id] = {"starts_at": start}
        updated = await db.update_series(series.id, weekday=weekday, local_time=local_time,
                                         first_date=first.isoformat(), generated_until=done)
    else:
        if column == "title":
            value: object = args.title(raw)
        elif column == "place":
            value = args.short_text(raw)
            if not value:
                raise UserInputError("error.missing_value")
        elif column == "capacity":
            value = args.capacity(raw)
        elif column == "kind":
            value = args.kind(raw)
        else:
            value = args.price(raw)
        per_event = {e.id: {column: value} for e in coming}
        updated = await db.update_series(series.id, **{column: value})
    if updated is None:
        raise NotFound("error.series_not_found", id=series.id)
    told: dict[int, tuple[Recipient, list[Event]]] = {}
    for event_id, changes in per_event.items():
        result = await ctx.storage.update_event(event_id, ctx.now, **changes)
        if result is None:
            continue
        event, promoted = result
        notify_promoted(ctx, event, promoted)
        if column in ("when", "place"):
            for who in await ctx.storage.recipients(event.id, ("going", "waitlisted")):
                told.setdefault(who.member_id, (who, []))[1].append(event)
        ctx.core.cards_changed(event.id)
    for who, events in told.values():
        ctx.core.notify_all([who], _series_changed(updated, events))
    ctx.reply(t("editseries.done", id=updated.id, title=updated.title,
                rule=rule_text(updated), count=len(per_event), people=len(told)))


def _series_changed(series: Series, events: list[Event]) -> Callable[[], Reply]:
    return lambda: Reply(t("notify.series_changed", title=series.title, dates=", ".join(
        f"#{e.id} {format_when(e.starts_at)} ({e.place})" for e in events)))


async def list_series(ctx: Context) -> None:
    db = Scheduling(ctx.storage)
    running = await db.active_series()
    if not running:
        ctx.reply(t("series.none"))
        return
    lines = [t("series.header")]
    for series in running:
        coming = [e for e in await db.series_events(series.id, ctx.now) if not e.cancelled]
        following = f"#{coming[0].id} {format_when(coming[0].starts_at)}" if coming \
            else t("series.no_next")
        lines.append(t("series.line", id=series.id, title=series.title,
                       rule=rule_text(series), next=following))
    ctx.reply("\n".join(lines))


async def announce_later(ctx: Context) -> None:
    head, _, rest = ctx.args.strip().partition(" ")
    if not head or not rest.strip():
        raise UserInputError("error.announcelater_parts")
    event_id = args.event_id(head)
    event = await ctx.storage.get_event(event_id)
    if event is None:
        raise NotFound("error.event_not_found", id=event_id)
    if event.cancelled:
        raise UserInputError("error.event_cancelled_announce", id=event.id)
    at = args.future_moment(rest.strip().removeprefix("at ").removeprefix("à "), ctx.now)
    if at >= event.starts_at:
        raise UserInputError("error.announce_after_start", id=event.id)
    number = await Scheduling(ctx.storage).schedule_announcement(event.id, at, ctx.member.id,
                                                                 ctx.now)
    ctx.reply(t("announcelater.done", n=number, title=event.title, id=event.id,
                when=format_when(at)))


async def scheduled(ctx: Context) -> None:
    pending = await Scheduling(ctx.storage).pending_announcements()
    if not pending:
        ctx.reply(t("scheduled.none"))
        return
    lines = [t("scheduled.header")]
    lines += [t("scheduled.line", n=p.id, title=p.title, id=p.event_id, when=format_when(p.at))
              for p in pending]
    ctx.reply("\n".join(lines))


async def unschedule(ctx: Context) -> None:
    text = ctx.args.strip().lstrip("#n°").strip()
    if not text:
        raise UserInputError("error.missing_number")
    if not text.isdigit() or len(text) > 9:
        raise UserInputError("error.scheduled_not_found", id=text[:20])
    if not await Scheduling(ctx.storage).unschedule(int(text)):
        raise NotFound("error.scheduled_not_found", id=int(text))
    ctx.reply(t("unschedule.done", n=int(text)))


def register(router: Router) -> None:
    router.command("newseries", new_series, aliases=("nouvelleserie",), organizer=True)
    router.command("editseries", edit_series, aliases=("modifierserie",), organizer=True)
    router.command("cancelseries", cancel_series, aliases=("annulerserie",), organizer=True)
    router.command("series", list_series, organizer=True)
    router.command("announcelater", announce_later, aliases=("annoncerplustard",),
                   organizer=True)
    router.command("scheduled", scheduled, aliases=("programmees", "programmes"),
                   organizer=True)
    router.command("unschedule", unschedule, aliases=("deprogrammer",), organizer=True)
