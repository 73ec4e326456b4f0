"""`/newseries`, `/editseries`, `/cancelseries`, `/series`: series of events that follow a rule
people write. The top-up job keeps 8 weeks of dates ready; edits and cancellations reach
every coming date through the one "event changed" path."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import NoReturn

from bot import actions
from bot.actions import Action
from bot.cards import ends_by  # as the cards take an event without an end to last
from bot.context import Context
from bot.errors import BotError, Conflict, NotFound, UserInputError
from bot.i18n import (
    PARIS,
    current_locale,
    format_clock,
    format_span,
    format_when,
    platform_key,
    t,
    weekday_name,
)
from bot.messages import Button, Reply
from bot.spec import duration
from bot.text import fold
from commands.events.handlers import (
    length_words,
    place_typed_after,
    said_with_its_word,
    second_change,
    shown_value,
    tell_each,
    without_place_word,
)
from commands.events.parsers import MAX_DESCRIPTION, capacity, kind, price, short_text, title
from commands.series.jobs import HORIZON, rule_of, top_up
from commands.series.parsers import (
    FIELD_WORDS,
    SERIES_FIELDS,
    Rule,
    dates_between,
    first_date,
    in_dst_gap,
    read_days,
    read_rule,
    read_time,
    wall_clock,
)
from commands.series.parsers import occurrences as rule_dates
from storage.models import Event, Recipient, Series

SHOWN_DATES = 4


def _joined(words: Sequence[str], last: str, comma: str = ", ") -> str:
    if len(words) == 1:
        return words[0]
    return comma.join(words[:-1]) + last + words[-1]


def rule_text(rule: Rule) -> str:
    """The rule in words, so a misread rule is seen at once: « un samedi sur deux à 20h »,
    « le premier samedi du mois à 14h », "every other Friday at 7:00 PM"."""
    locale = current_locale()
    days = _joined([weekday_name(d, locale) for d in rule.weekdays], t("series.and"))
    at = format_clock(rule.clock.hour, rule.clock.minute)
    if rule.minutes:
        end = datetime.combine(date.min, rule.clock) + timedelta(minutes=rule.minutes)
        at = t("series.time_until", start=at, end=format_clock(end.hour, end.minute))
    if rule.monthly:
        ordinals = [t(f"series.position.{p}") for p in rule.positions]
        positions = _joined(ordinals, t("series.and_the"), t("series.comma_the"))
        return t("series.rule_monthly", positions=positions, days=days, time=at)
    if rule.interval == 1:
        return t("series.rule_weekly", days=days, time=at)
    if rule.interval == 2:
        return t("series.rule_other", days=days, time=at)
    numbers = t("series.numbers").split(",")
    n = numbers[rule.interval] if rule.interval < len(numbers) else str(rule.interval)
    return t("series.rule_every", days=days, n=n, time=at)


def _dates_list(events: Sequence[Event]) -> str:
    """The first dates, and how many more (« 9 dates prêtes » lists 4: the 5 others named)."""
    lines = [t("series.date_line", id=e.id, when=format_when(e.starts_at, with_year=False))
             for e in events[:SHOWN_DATES]]
    if len(events) > SHOWN_DATES:
        lines.append(t("series.more_dates", count=len(events) - SHOWN_DATES))
    return "\n".join(lines)


def _gap_note(rule: Rule) -> str:
    if not in_dst_gap(rule):
        return ""
    later = format_clock(rule.clock.hour + 1, rule.clock.minute)
    return "\n" + t("series.dst_gap", time=format_clock(rule.clock.hour, rule.clock.minute),
                    later=later)


def _with_interval(rule: Rule, every: int | None) -> Rule:
    """The interval typed in its own field joins the rule; two different ones are refused."""
    if every is None or every == rule.interval:
        return rule
    if rule.monthly or rule.interval != 1:
        raise UserInputError("error.rule_two_intervals")
    return replace(rule, interval=every)


def _minutes(length: timedelta | None) -> int | None:
    return int(length.total_seconds() // 60) or None if length is not None else None


async def new_series(ctx: Context) -> None:
    name: str = ctx.values["title"]
    rule = _with_interval(ctx.values["rule"], ctx.values.get("interval"))
    length = _minutes(ctx.values.get("duration")) or rule.minutes
    rule = replace(rule, minutes=length)
    db = ctx.storage.series
    for running in await db.active():  # the same line sent twice from a slow phone
        same = rule_of(running)
        if (fold(running.title) == fold(name) and same.rrule() == rule.rrule()
                and same.local_time == rule.local_time):
            raise Conflict("newseries.already", id=running.id, title=running.title,
                           rule=rule_text(same))
    series = await db.create(
        name, ctx.value("kind", "other"), rule.weekdays[0], rule.local_time,
        first_date(rule, ctx.now).isoformat(), rule.interval, ctx.values.get("capacity"),
        ctx.value("price", 0), ctx.core.settings.default_place, ctx.member.id, ctx.now,
        rule=rule.rrule(), description=ctx.value("description", ""),
        duration_minutes=length)
    created = await top_up(db, series, ctx.now)
    ctx.reply(t("newseries.done", id=series.id, title=name, rule=rule_text(rule),
                count=len(created), dates=_dates_list(created)) + _gap_note(rule))


async def _load_series(ctx: Context, number: int | None = None) -> Series:
    if number is None:
        number = ctx.values["series"]
    series = await ctx.storage.series.get(number)
    if series is None:
        await _not_a_series(ctx, number)
    return series


async def _not_a_series(ctx: Context, number: int) -> NoReturn:
    """No series has that number. On Discord the option offers none to pick from, so the
    number is often an event's (the one on its card, in /evenements): when it is a date of
    a series, that series is named with its number; otherwise the running ones are."""
    event = await ctx.storage.events.get(number)
    owner = await ctx.storage.series.get(event.series_id) if event and event.series_id \
        else None
    if owner is not None:
        raise NotFound("error.series_is_event", id=number, series=owner.id,
                       title=owner.title)
    running = await ctx.storage.series.active()
    if not running:
        raise NotFound("error.series_not_found_none", id=number)
    raise NotFound("error.series_not_found_list", id=number, names=", ".join(
        t("series.name", id=s.id, title=s.title) for s in running))


# How long the « stop the series » button of a preview stays good.
STOP_WINDOW = timedelta(minutes=30)
# Its target: the series and the minute the preview was shown (`<series>-<minute>`).
STOP_TARGET = re.compile(r"[0-9]{1,9}-[0-9]{1,10}")
# « /annulerserie », « /modifierserie » alone with several series: one button each.
PICK_VERB = "seriespick"
PICK_ARGS = {"cancelseries": "stop", "editseries": "edit"}
MAX_PICKED_SERIES = 8


async def _the_series(ctx: Context, command: str) -> Series | None:
    """A series command sent alone (a phone's menu sends it so; nobody knows a series'
    number): the one running, or None once the running ones were listed with the line to
    type for each (or « none running »)."""
    running = await ctx.storage.series.active()
    if len(running) == 1:
        return running[0]
    if not running:
        ctx.reply(t("series.none"))
        return None
    # A button each (Discord takes no typed « /annulerserie 1 »; a phone taps faster), and
    # where lines can be typed, the line for each.
    platform = ctx.wording
    line = platform_key(f"series.which_line.{command}", platform)
    ctx.reply("\n".join([t(platform_key("series.which", platform))] + [
        t(line, id=s.id, title=s.title, rule=rule_text(rule_of(s))) for s in running]),
        buttons=tuple(Button(t(f"series.pick.{command}", id=s.id, title=s.title[:40]),
                             actions.encode(PICK_VERB, s.id, PICK_ARGS[command]))
                      for s in running[:MAX_PICKED_SERIES]))
    return None


async def press_pick(ctx: Context, action: Action) -> None:
    """A button of « /annulerserie » or « /modifierserie » alone with several series: that
    one's preview (nothing stopped yet), or its lines to copy (on Discord, the options)."""
    ctx.require_organizer()
    ctx.values["series"] = int(action.target)
    series = await _load_series(ctx)
    if action.arg == "stop":
        await _preview_stop(ctx, series)
        return
    raise UserInputError("error.missing_editseries_field", series=series.id)


async def cancel_series_alone(ctx: Context) -> None:
    """« /annulerserie » alone: the preview of the one series running (it cancels nothing
    yet), else which series."""
    series = await _the_series(ctx, "cancelseries")
    if series is not None:
        await _preview_stop(ctx, series)


async def edit_series_alone(ctx: Context) -> None:
    """« /modifierserie » alone: the lines to copy for the one series running, as
    « /modifierserie 1 » gives them, else which series."""
    series = await _the_series(ctx, "editseries")
    if series is not None:
        raise UserInputError("error.missing_editseries_field", series=series.id)


async def cancel_series(ctx: Context) -> None:
    """What stopping the series would do (its coming dates, who would be told), with a
    button to do it: typed by mistake for an event's number (« /annulerserie 3 ») or to
    see, it cancels nothing yet."""
    await _preview_stop(ctx, await _load_series(ctx))


async def _preview_stop(ctx: Context, series: Series) -> None:
    if series.status != "active":
        raise Conflict("cancelseries.already", id=series.id)
    coming = [e for e in await ctx.storage.series.occurrences(series.id, ctx.now)
              if not e.cancelled]
    people = await _people(ctx, coming, ("going", "waitlisted", "maybe"))
    dates = t("cancelseries.span", first=format_when(coming[0].starts_at),
              last=format_when(coming[-1].starts_at)) if coming else ""
    minute = int(ctx.now.timestamp() // 60)
    ctx.reply(t("cancelseries.preview", id=series.id, title=series.title,
                count=len(coming), dates=dates,
                told=t("cancelseries.told", people=len(people)) if people
                else t("cancelseries.told_none")), private=True,
              buttons=(Button(t("button.stop_series"),
                              actions.encode("stopseries", f"{series.id}-{minute}", "yes")),
                       Button(t("button.keep_series"),
                              actions.encode("stopseries", f"{series.id}-{minute}", "no"))))


async def press_stop(ctx: Context, action: Action) -> None:
    """« Oui, arrêter la série » / « Non, la garder » under the preview; organisers only,
    within `STOP_WINDOW` of the preview. The answer takes the preview's place (no button
    left on screen for a question already answered); « Non » pressed once the series is
    stopped (an older preview, a second tap) says so, never that it goes on."""
    ctx.require_organizer()
    number, _, minute = action.target.partition("-")
    series = await _load_series(ctx, int(number))
    if series.status != "active":
        raise Conflict("cancelseries.already", id=series.id)
    if action.arg == "no":
        ctx.reply(t("cancelseries.kept", id=series.id, title=series.title), private=True,
                  replaces_pressed=True)
        return
    if ctx.now - datetime.fromtimestamp(int(minute) * 60, UTC) > STOP_WINDOW:
        raise Conflict("cancelseries.expired", id=series.id)
    await _stop(ctx, series)


async def _stop(ctx: Context, series: Series) -> None:
    """Stop the series; every coming occurrence is cancelled and its people told once."""
    cancelled = await ctx.storage.series.cancel(series.id, ctx.now)
    affected = await _people(ctx, cancelled, ("going", "waitlisted", "maybe"))
    for event in cancelled:
        ctx.core.event_changed(event.id)
    told, unreached = await tell_each(ctx, [
        (who, _dates_notice("notify.series_cancelled", series, events))
        for who, events in affected.values()], until=_over_by(cancelled, ctx.now),
        kind="cancelled", series=series.id)
    ctx.reply("\n".join(filter(None, (
        t("cancelseries.done", id=series.id, title=series.title, count=len(cancelled),
          people=told), unreached))), private=True, replaces_pressed=True)


async def _people(ctx: Context, events: Sequence[Event], states: tuple[str, ...]
                  ) -> dict[int, tuple[Recipient, list[Event]]]:
    """Each person who answered one of `events`, with the ones they answered."""
    found: dict[int, tuple[Recipient, list[Event]]] = {}
    for event in events:
        for who in await ctx.storage.rsvps.recipients(event.id, states):
            found.setdefault(who.member_id, (who, []))[1].append(event)
    return found


def _over_by(events: Sequence[Event], now: datetime) -> datetime:
    """Until when a notice about these dates matters (kept for a restart): once the last
    is over (its end, or `LENGTH` after its start, as the cards read it)."""
    return max((ends_by(e) for e in events), default=now)


def _dates_notice(key: str, series: Series, events: list[Event]) -> Callable[[], Reply]:
    """A member's one message about the dates of a series they answered (cancelled or
    dropped), built later in their language."""
    def build() -> Reply:
        dates = ", ".join(f"#{e.id} {format_when(e.starts_at)}" for e in events)
        return Reply(t(key, title=series.title, dates=dates))
    return build


def _changed_notice(series: Series, pairs: list[tuple[Event, Event]]
                    ) -> Callable[[], Reply]:
    """A member's one message about the changed dates of a series they answered, each with
    what it was (« #2 jeudi 3 décembre à 19h30, Salle 2 (avant : … à 19h, …) »), as
    /modifier's notice says it; a new day or time keeps the answer, with a button per date
    to give the seat up (five at most). Built later, in their language."""
    def build() -> Reply:
        lines = []
        moved: list[Event] = []
        for old, new in pairs:
            now = f"#{new.id} {format_span(new.starts_at, new.ends_at)}, {new.place}"
            if (old.starts_at, old.ends_at) != (new.starts_at, new.ends_at):
                if old.starts_at != new.starts_at:
                    moved.append(new)
                was = f"{format_span(old.starts_at, old.ends_at)}, {old.place}"
            else:
                was = old.place
            lines.append(now + " " + t("notify.series_before", before=was))
        text = t("notify.series_changed", title=series.title, dates=" ; ".join(lines))
        if not moved:
            return Reply(text)
        label = t("notify.changed_cannot")
        return Reply(text + "\n" + t("notify.changed_kept"), buttons=tuple(
            Button(label if len(moved) == 1 else f"{label} (#{e.id})",
                   actions.encode("rsvp", e.id, "no")) for e in moved[:5]))
    return build


def _shown(field: str, series: Series) -> str:
    """A series' new value in the reader's words (« 3,00 € », « illimité », « 2h30 »)."""
    if field == "duration":
        minutes = series.duration_minutes
        return length_words(timedelta(minutes=minutes)) if minutes else "-"
    return shown_value(field, series)


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
    if field == "description":
        return short_text(raw, MAX_DESCRIPTION)
    return price(raw)


def _new_rule(raw: str, current: Rule) -> tuple[Rule, str]:
    """The rule after an edit, and what changed: "time" (« heure 20h » keeps the days),
    "days" (« jour jeudi » keeps the rhythm and the time) or "rule" (a rule without a time
    keeps the time; a rule keeps the length unless it gives a range)."""
    only = read_time(raw)
    if only is not None:
        return replace(current, local_time=only[0], minutes=only[1] or current.minutes), "time"
    days = read_days(raw)
    if days is not None:  # « jour jeudi »: the same rhythm and time, on other days
        return replace(current, weekdays=days), "days"
    try:
        rule = read_rule(raw)
    except UserInputError as err:  # « un jeudi sur deux »: the series' time stays
        if err.key != "error.rule_need_time":
            raise
        rule = read_rule(f"{raw} {current.local_time}")
    return replace(rule, minutes=rule.minutes or current.minutes), "rule"


def _period(rule: Rule, moment: datetime) -> tuple[int, int]:
    """The week (or, for a monthly rule, the month) a date belongs to, in Paris."""
    day = moment.astimezone(PARIS).date()
    if rule.monthly:
        return day.year, day.month
    return day.isocalendar()[:2]


def _week_anchor(rule: Rule, first: datetime, fallback: date) -> date:
    """The first date of the new rule counted from the week (month) of the series' first
    date to come: a fortnight keeps its weeks when the day changes."""
    local = first.astimezone(PARIS).date()
    start = local.replace(day=1) if rule.monthly else local - timedelta(days=local.weekday())
    for day, _ in rule_dates(rule, start):
        return day
    return fallback


def _day_moves(occurrences: Sequence[Event], targets: Sequence[datetime], rule: Rule,
               now: datetime) -> tuple[dict[int, datetime], list[Event]]:
    """« jour jeudi »: each date moves to the new day of its own week (month, for a monthly
    rule), a cancelled one too (it stays cancelled there, so the week off stays off); a
    date the rule keeps stays. A date whose new day is already past this week stays as it
    was; one with no new day left in its week is dropped."""
    wanted = set(targets)
    held = {e.starts_at for e in occurrences}
    free: dict[tuple[int, int], list[datetime]] = {}
    for start in targets:
        if start not in held:
            free.setdefault(_period(rule, start), []).append(start)
    moves: dict[int, datetime] = {}
    dropped: list[Event] = []
    for event in occurrences:
        if event.starts_at in wanted:
            continue
        period = _period(rule, event.starts_at)
        slots = free.get(period)
        if slots:
            moves[event.id] = slots.pop(0)
        elif not event.cancelled and period != _period(rule, now):
            dropped.append(event)
    return moves, dropped


def _moves(occurrences: Sequence[Event], targets: Sequence[datetime], rule: Rule,
           now: datetime, *, same_days: bool = False, new_days: bool = False
           ) -> tuple[dict[int, dict[str, object]], list[Event]]:
    """What a new rule does to the coming dates: a date the rule keeps stays (with its
    answers); the others take the rule's free dates in order, and those left over are dropped.
    When only the time changed, every date keeps its own day first, a cancelled one too (it
    stays cancelled, at the new time): the classes after a cancelled one do not each move a
    week earlier, and the top-up does not make the cancelled day again. A date whose new
    place is already past, or a cancelled date's slot, stays as it was.

    No move can land on a date still held: a free date is nobody's date."""
    wanted = set(targets)
    held = {e.starts_at for e in occurrences}
    moves: dict[int, datetime] = {}
    if same_days:
        on_day = {start.astimezone(PARIS).date(): start for start in targets}
        for event in occurrences:
            day = event.starts_at.astimezone(PARIS).date()
            start = on_day.pop(day, None)
            if start is None and not event.cancelled:
                # a date moved by hand off the rule's days (« vendredi 4 » for that week's
                # Thursday) keeps its own day, at the new time
                start = wall_clock(day, rule.clock)
            if start is not None and event.starts_at not in wanted and start not in held:
                moves[event.id] = start
                held.add(start)  # two dates on one day: the second keeps its time
    if new_days:
        moves, dropped = _day_moves(occurrences, targets, rule, now)
    else:
        coming = [e for e in occurrences if not e.cancelled]
        movers = [e for e in coming if e.starts_at not in wanted and e.id not in moves]
        free = [start for start in targets if start not in held]
        moves.update((event.id, start) for event, start in zip(movers, free, strict=False))
        dropped = movers[len(free):]
    changes: dict[int, dict[str, object]] = {}
    for event in occurrences:
        start = moves.get(event.id)
        if start is None or start <= now:
            continue
        change: dict[str, object] = {"starts_at": start}
        if rule.minutes:
            change["ends_at"] = start + timedelta(minutes=rule.minutes)
        elif event.ends_at is not None:
            change["ends_at"] = start + (event.ends_at - event.starts_at)
        changes[event.id] = change
    return changes, dropped


# The fields whose value is never free text, as for /modifier.
_WORDED = frozenset({"when", "duration", "capacity", "kind", "price"})


def _one_change(ctx: Context, series: Series, field: str, raw: str) -> None:
    """« /modifierserie 1 lieu Salle 2 et places 15 » moved every date to « Salle 2 et
    places 15 » and told their people so: two changes in one line are asked, nothing
    changed, with the two lines to send (as /modifier does)."""
    rule = rule_of(series)

    def reads(name: str, text: str) -> bool:
        try:
            if name == "when":
                _new_rule(text, rule)
            elif name == "duration":
                duration(text)
            elif name in SERIES_FIELDS:
                _value(name, text)
            else:
                return False
        except BotError:
            return False
        return True

    found = second_change(field, raw, reads, _WORDED)
    if found is None and field == "when" and not reads("when", raw):
        # « heure 18h30 salle 2 »: « Je n'ai pas compris « 18h30 salle 2 » comme rythme de
        # série »; the time was right, the room beside it. Asked as two changes are.
        placed = place_typed_after(raw, lambda head: reads("when", head))
        if placed is not None:
            found = (placed[0], "place", t("word.field.place"), without_place_word(placed[1]))
    if found is None or found[1] not in SERIES_FIELDS:
        return
    first_value, second, second_word, second_value = found
    typed = ctx.args.split()[1:2]  # the field's word as she typed it (« heure »)
    first = typed[0] if typed and FIELD_WORDS.get(fold(typed[0])) == field else t(
        f"word.field.{field}")
    raise Conflict(platform_key("editseries.one_at_a_time", ctx.wording), id=series.id,
                   first=first, first_value=first_value, second=second_word,
                   second_value=second_value, first_label=t(f"choice.field.{field}"),
                   second_label=t(f"choice.field.{second}"))


async def edit_series(ctx: Context) -> None:
    """Change every occurrence still to come, and the ones made later; attendees of the
    moved, dropped or relocated dates are told once. One date alone: /editevent <number>."""
    series = await _load_series(ctx)
    field: str = ctx.values["field"]
    # « /modifierserie 1 salle 3 »: the room « Salle 3 », as for /modifier
    raw: str = said_with_its_word(field, ctx.args.split()[1:2], ctx.values["value"])
    if series.status != "active":
        raise Conflict("cancelseries.already", id=series.id)
    _one_change(ctx, series, field, raw)
    db = ctx.storage.series
    occurrences = await db.occurrences(series.id, ctx.now)
    coming = [e for e in occurrences if not e.cancelled]
    per_event: dict[int, dict[str, object]] = {}
    dropped: list[Event] = []
    rule = rule_of(series)
    if field == "when":
        rule, what = _new_rule(raw, rule)
        same_days = what == "time"
        anchor = date.fromisoformat(series.first_date) if same_days \
            else first_date(rule, ctx.now)
        if what == "days" and occurrences:  # the series' own weeks, counted as before
            anchor = _week_anchor(rule, occurrences[0].starts_at, anchor)
        today = ctx.now.astimezone(PARIS).date()
        until = (ctx.now + HORIZON).astimezone(PARIS).date()
        if occurrences:  # a last date moved to a later day of its week (month) keeps it
            later = timedelta(days=31 if rule.monthly else 6) if what == "days" \
                else timedelta(0)
            until = max(until, occurrences[-1].starts_at.astimezone(PARIS).date() + later)
        targets = [start for _, start in dates_between(rule, anchor, today, until)]
        per_event, dropped = _moves(occurrences, targets, rule, ctx.now,
                                    same_days=same_days, new_days=what == "days")
        # A cancelled date keeps its new slot quietly: its people were told it was off.
        for event in occurrences:
            if event.cancelled and event.id in per_event:
                await ctx.storage.events.update(event.id, ctx.now, **per_event.pop(event.id))
        # The top-up below fills every date of the new rule not held yet (a date already
        # held, cancelled ones included, is never made twice).
        # A time alone keeps the days: the dates made so far stay made (a week whose date
        # was moved by hand to another day is not given a second one); other rules are
        # made again from their first date.
        updated = await db.update(
            series.id, weekday=rule.weekdays[0], local_time=rule.local_time,
            interval_weeks=rule.interval, rule=rule.rrule(), duration_minutes=rule.minutes,
            first_date=anchor.isoformat(),
            generated_until=series.generated_until if same_days else None)
    elif field == "duration":
        length = duration(raw)
        per_event = {e.id: {"ends_at": e.starts_at + length} for e in coming}
        updated = await db.update(series.id, duration_minutes=_minutes(length))
    else:
        column = "price_cents" if field == "price" else field
        value = _value(field, raw)
        per_event = {e.id: {column: value} for e in coming}
        updated = await db.update(series.id, **{column: value})
    if updated is None:
        raise NotFound("error.series_not_found", id=series.id)
    changed: list[Event] = []
    for event_id, changes in per_event.items():
        result = await ctx.storage.events.update(event_id, ctx.now, **changes)
        if result is None:
            continue
        event, promoted = result
        changed.append(event)
        ctx.core.event_changed(event.id, promoted)
    told = await _people(ctx, changed, ("going", "waitlisted")) \
        if field in ("when", "place", "duration") else {}
    gone = await _people(ctx, dropped, ("going", "waitlisted", "maybe"))
    for event in dropped:
        await ctx.storage.events.cancel(event.id, ctx.now)
        ctx.core.event_changed(event.id)
    before = {e.id: e for e in occurrences}
    notices = [(who, _changed_notice(updated, [(before[e.id], e) for e in events]))
               for who, events in told.values()]
    notices += [(who, _dates_notice("notify.series_dropped", updated, events))
                for who, events in gone.values()]
    people, unreached = await tell_each(ctx, notices,
                                        until=_over_by([*changed, *dropped], ctx.now),
                                        kind="changed" if told else "cancelled",
                                        series=updated.id)
    # « 0 personne prévenue » read as a failure: nobody answered, or nobody is told of it.
    key = "editseries.done" if notices else "editseries.done_nobody" if field in (
        "when", "place", "duration") or dropped else "editseries.done_quiet"
    text = t(key, id=updated.id, title=updated.title, rule=rule_text(rule),
             count=len(per_event), people=people)
    if field != "when":  # the value as read, so a typo is seen (as /modifier says it)
        text += "\n" + t("editseries.changed", field=t(f"word.field.{field}"),
                         value=_shown(field, updated))
    if dropped:
        text += "\n" + t("editseries.dropped", count=len(dropped))
    if field == "when":
        await top_up(db, updated, ctx.now)
        ahead = [e for e in await db.occurrences(series.id, ctx.now) if not e.cancelled]
        text += "\n" + t("series.next_dates", dates=_dates_list(ahead)) + _gap_note(rule)
    ctx.reply("\n".join(filter(None, (text, unreached))))


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
                       rule=rule_text(rule_of(series)), next=following))
    ctx.reply("\n".join(lines))
