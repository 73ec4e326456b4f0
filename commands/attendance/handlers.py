"""The door list an organiser taps on a phone (`/pointage 12`), and `/bilan`, the report.

The door list is one message that changes as it is tapped: every press answers with a reply
that replaces the pressed message (`Reply.replaces_pressed`). Its buttons carry only numbers
(event, member, page), each checked again here: rights first, then the event (cancelled or
gone: refused), then the answer behind the name (a stale button does nothing).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from bot import actions
from bot.actions import Action
from bot.cards import LENGTH, is_over
from bot.context import Context
from bot.dates import MAX_LENGTH
from bot.errors import Conflict
from bot.i18n import PARIS, current_locale, format_time_only, format_when, t
from bot.i18n import month_name as calendar_month
from bot.messages import Attachment, Button
from bot.text import fold
from commands.attendance import chart
from commands.attendance.jobs import GRACE, closes_at
from commands.attendance.parsers import Period, last_months
from commands.attendance.report import Report, build, percent, row, spreadsheet, tallies
from commands.events import load_event, shown_title
from storage import Event
from storage.attendance import DESK, Attendance, DoorEntry, DoorSheet

PAGE_SIZE = 8  # names a phone shows without scrolling, with the buttons below them
MAX_PAGES = 999
MAX_LABEL = 30
PAGES = range(1, MAX_PAGES + 1)
# Door buttons: show page n (`p3`), one more walk-in (`a3`) or one less (`r3`), staying on
# page n. Check-in buttons name the answer as `<event>-<member>` and come back to page n.


class PagedArgs:
    """A button's arguments: one letter of `ops` then a page number, 1 to `MAX_PAGES`
    (`p3`). Checked, not listed: the two sets were 7,000 strings held for a few taps
    (memory, issue 11). Iterable, for whoever needs them all (tests forging presses)."""

    def __init__(self, ops: str) -> None:
        self.ops = ops

    def __contains__(self, arg: object) -> bool:
        if not isinstance(arg, str) or len(arg) < 2 or arg[0] not in self.ops:
            return False
        page = arg[1:]
        return (page.isascii() and page.isdigit() and page[0] != "0"
                and int(page) <= MAX_PAGES)

    def __iter__(self) -> Iterator[str]:
        return (f"{op}{n}" for op in self.ops for n in PAGES)

    def __len__(self) -> int:
        return len(self.ops) * MAX_PAGES


DOOR_ARGS = PagedArgs("par")
# A name's button checks in (`i3`) or undoes (`o3`), as the list showed it, so a tap a slow
# phone sent twice does it once; `p3` (lists sent before) turns it either way. A family
# checked in, tapped again, asks how many of them came: each answer names the count in its
# target (`<event>-<member>-<count>`, 0: nobody, the check-in undone) with `s3`.
HERE_ARGS = PagedArgs("iops")
HERE_TARGET = re.compile(r"[0-9]{1,9}-[0-9]{1,9}(?:-[0-9]{1,2})?")
# A walk-in button names the count the list showed (`<event>-<walk-ins>`), so a tap a slow
# phone sent twice moves it once: the second finds the count moved and says it. Lists sent
# before (`<event>` alone) move it whatever it is.
DOOR_TARGET = re.compile(r"[0-9]{1,9}(?:-[0-9]{1,6})?")
# How long before the start the door may be kept: people arrive early, but a tap a week
# before is a mistake that would count someone as present who has not come yet.
EARLY = timedelta(hours=3)
# `/pointage` alone (a phone's menu sends it so): the doors open now, those of events
# starting within `EARLY` or started within `TONIGHT` whose books are still open (the
# longest event, then `GRACE`: the next morning's late taps find last night's door),
# `MAX_DOORS` at most.
TONIGHT = MAX_LENGTH + GRACE
MAX_DOORS = 6
MAX_DOOR_TITLE = 28


# -- the door list ----------------------------------------------------------------------------


async def checkin(ctx: Context) -> None:
    await _open_door(ctx, await _door_event(ctx, ctx.values["event"]))


async def checkin_alone(ctx: Context) -> None:
    """`/pointage` with no number, as a phone's menu sends it: the door of the event under
    way (or about to start) at once; with several tonight, one button each; with none, when
    the next one's door opens and the line to type. Nobody knows a number by heart at the
    door, and /evenements no longer lists an event that has started."""
    found = await ctx.storage.attendance.doors(
        ctx.now - TONIGHT, ctx.now + EARLY, MAX_DOORS, ended_before=ctx.now,
        started_before=_over_if_started_by(ctx.now))
    # The morning's workshop, over, does not stand beside tonight's film; taps entered late
    # (the next morning) still find it when nothing else is on.
    doors = [e for e in found if not is_over(e, ctx.now)] or found
    if len(doors) == 1:
        await _open_door(ctx, doors[0])
        return
    if doors:
        buttons = tuple(
            Button(t("door.pick_button", id=e.id, time=format_time_only(e.starts_at),
                     title=shown_title(e)[:MAX_DOOR_TITLE]),
                   actions.encode("door", e.id, "p1")) for e in doors)
        ctx.reply(t("door.pick"), buttons=buttons, private=True)
        return
    coming = await ctx.storage.events.upcoming(ctx.now, 1)
    if not coming:
        ctx.reply(t("door.none"), private=True)
        return
    event = coming[0]
    ctx.reply(t("door.none_yet", id=event.id, title=shown_title(event),
                opens=format_when(event.starts_at - EARLY)), private=True)


def _over_if_started_by(now: datetime) -> datetime:
    """An event without an end is over (`bot.cards.is_over`) once `LENGTH` has passed and
    its day too, in Paris: started at this moment or before (stored to the second)."""
    midnight = datetime.combine(now.astimezone(PARIS).date(), time(), PARIS)
    return min(now - LENGTH, midnight - timedelta(seconds=1))


async def _open_door(ctx: Context, event: Event) -> None:
    sheet = await ctx.storage.attendance.sheet(event.id)
    text, buttons = door_view(event, sheet, 1, ctx.now)
    ctx.reply(text, buttons=buttons, private=True)


async def press_door(ctx: Context, action: Action) -> None:
    """A page, or a walk-in more or less."""
    ctx.require_organizer()
    event_part, _, shown = action.target.partition("-")
    op, page = action.arg[0], int(action.arg[1:])
    if shown and op not in "ar":  # only a walk-in button names a count: forged
        raise Conflict("error.button_unknown")
    event = await _door_event(ctx, int(event_part))
    if op in "ar":
        await _door_open(ctx, event)
        moved = await ctx.storage.attendance.count_walk_ins(
            event.id, 1 if op == "a" else -1, ctx.now, int(shown) if shown else None,
            ctx.member.id)  # two volunteers' lists told apart from one phone's repeat
        if not moved.moved and shown:  # the same list tapped twice: the count as it is now
            ctx.reply(t("door.walk_in_stale", count=moved.count), private=True)
        if moved.moved and (moved.promoted or ctx.now < event.starts_at):
            # Walk-ins take seats: before the start the cards' seats left follow, and whoever
            # the seat one less freed went to is told (a started card shows no count).
            ctx.core.event_changed(event.id, moved.promoted)
    await _show(ctx, event, page)


async def press_here(ctx: Context, action: Action) -> None:
    """Someone on the list came (or the tap is undone)."""
    ctx.require_organizer()
    event_part, member_part, *count = action.target.split("-")
    op, page = action.arg[0], int(action.arg[1:])
    if bool(count) != (op == "s"):  # only a count's button names a count: forged
        raise Conflict("error.button_unknown")
    event = await _door_event(ctx, int(event_part))
    await _door_open(ctx, event)
    member_id = int(member_part)
    if op == "o":
        # A family checked in, tapped again: how many of them came (the whole family undone
        # is one of the answers), rather than undone at once.
        sheet = await ctx.storage.attendance.sheet(event.id)
        entry = next((e for e in sheet.entries if e.member_id == member_id), None)
        if entry is not None and entry.present and entry.seats > 1:
            text, buttons = party_view(event, entry, page)
            ctx.reply(text, buttons=buttons, private=True, replaces_pressed=True)
            return
    came = int(count[0]) if count else None
    want = {"i": True, "o": False, "s": bool(came)}.get(op)
    tapped = await ctx.storage.attendance.toggle(event.id, member_id, ctx.now, want,
                                                 came or None)
    if tapped is None:
        raise Conflict("door.not_on_list", id=event.id)
    if tapped.seats_moved and (tapped.promoted or ctx.now < event.starts_at):
        # Someone let in from the waitlist, or that undone: the cards' counts move (a started
        # card shows none: no edit), and whoever the undoing promoted (that very
        # transaction) is told once.
        ctx.core.event_changed(event.id, tapped.promoted)
    await _show(ctx, event, page)


async def _door_event(ctx: Context, event_id: int) -> Event:
    event = await load_event(ctx, event_id)
    if event.cancelled:
        raise Conflict("door.cancelled", id=event.id, title=shown_title(event))
    return event


async def _door_open(ctx: Context, event: Event) -> None:
    """Taps count from 3 hours before the start until the event's books are closed."""
    if event.starts_at - ctx.now > EARLY:
        raise Conflict("door.too_early", id=event.id, title=shown_title(event),
                       opens=format_when(event.starts_at - EARLY))
    if await ctx.storage.attendance.is_closed(event.id):
        raise Conflict("door.closed", id=event.id, title=shown_title(event))


async def _show(ctx: Context, event: Event, page: int) -> None:
    sheet = await ctx.storage.attendance.sheet(event.id)
    text, buttons = door_view(event, sheet, page, ctx.now)
    ctx.reply(text, buttons=buttons, private=True, replaces_pressed=True)


def door_view(event: Event, sheet: DoorSheet, page: int, now: datetime
              ) -> tuple[str, tuple[Button, ...]]:
    """The list's text (counts only: names are on the buttons) and its buttons for `page`
    (kept within the pages there are: the list may have shrunk since)."""
    # By name, as a volunteer looks someone up at the door (accents and case aside).
    entries = sorted(sheet.entries, key=lambda e: (fold(e.display_name), e.member_id))
    pages = max(1, -(-len(entries) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    lines = [t("door.header", title=shown_title(event), id=event.id),
             format_when(event.starts_at),
             t("door.counts", present=sheet.present_seats, booked=sheet.booked_seats,
               walk_ins=sheet.walk_ins)]
    over = is_over(event, now)
    if event.capacity is not None:
        inside = sheet.present_seats + sheet.walk_ins
        key = "door.inside_full" if inside >= event.capacity else "door.inside"
        lines.append(t(key, inside=inside, capacity=event.capacity))
        if now < event.starts_at:
            # Before the start every booked seat is someone still to come: someone without a
            # booking may take only a seat nobody booked. More walk-ins than that (the last
            # seat booked online while the volunteer let someone in): said, with what to do.
            free = event.capacity - sheet.booked_seats - sheet.walk_ins
            if free > 0:
                lines.append(t("door.free_walk_ins", free=free))
            elif free < 0 and sheet.walk_ins:
                lines.append(t("door.too_many_walk_ins", over=min(-free, sheet.walk_ins)))
            elif free < 0:  # someone from the waitlist let in before the start
                lines.append(t("door.overbooked", booked=sheet.booked_seats,
                               capacity=event.capacity, over=-free))
            else:
                lines.append(t("door.no_free_walk_ins"))
    if now >= event.starts_at and entries:
        missing = sum(e.seats - e.came for e in entries if not e.waitlisted)
        lines.append(t("door.not_come" if over else "door.no_shows", count=missing))
        if not sheet.kept and sheet.booked_seats and not sheet.closed:
            # What the report will count for a door nobody kept (`storage.attendance`).
            lines.append(t("door.nothing_kept", booked=sheet.booked_seats))
    if sheet.closed:
        lines.append(t("door.closed", id=event.id, title=shown_title(event)))
    elif over:
        lines.append(t("door.how_late", closes=format_when(closes_at(event))))
    elif not entries:
        lines.append(t("door.nobody"))
    else:
        lines.append(t("door.how"))
    if pages > 1:
        lines.append(t("door.page", page=page, pages=pages, letters=_letters(entries, page)))
    shown = entries[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
    buttons = [Button(_label(e), actions.encode(
        "here", f"{event.id}-{e.member_id}", f"{'o' if e.present else 'i'}{page}"))
        for e in shown]
    refresh = Button(t("door.refresh"), actions.encode("door", event.id, f"p{page}"))
    if sheet.closed:  # its figures, and no walk-in taps: each would say the books are closed
        return "\n".join(lines), (refresh,)
    counted = f"{event.id}-{sheet.walk_ins}"  # the count the tap expects to move
    buttons += [Button(t("door.walk_in_less"), actions.encode("door", counted, f"r{page}")),
                Button(t("door.walk_in_more", count=sheet.walk_ins),
                       actions.encode("door", counted, f"a{page}")),
                refresh]
    if page > 1:
        buttons.append(Button(t("door.previous", letters=_letters(entries, page - 1)),
                              actions.encode("door", event.id, f"p{page - 1}")))
    if page < min(pages, MAX_PAGES):
        buttons.append(Button(t("door.next", letters=_letters(entries, page + 1)),
                              actions.encode("door", event.id, f"p{page + 1}")))
    return "\n".join(lines), tuple(buttons)


def _letters(entries: list[DoorEntry], page: int) -> str:
    """The letters the names of `page` begin with, « A–E » (« M » when one), in the list's
    order (accents and case aside); « # » for a name that begins with no letter."""
    shown = entries[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
    if not shown:
        return ""
    first, last = (_initial(e.display_name) for e in (shown[0], shown[-1]))
    return first if first == last else f"{first}–{last}"


def _initial(name: str) -> str:
    folded = fold(name).lstrip()
    return folded[0].upper() if folded and folded[0].isalpha() else "#"


def party_view(event: Event, entry: DoorEntry, page: int) -> tuple[str, tuple[Button, ...]]:
    """A family checked in, tapped again: how many of them are here? One button per count
    (all of them first), nobody (the check-in undone), and back to the list's page."""
    lines = [t("door.header", title=shown_title(event), id=event.id),
             t("door.how_many", name=f"{entry.display_name} +{entry.seats - 1}",
               came=entry.came, seats=entry.seats)]
    target = f"{event.id}-{entry.member_id}"
    buttons = [Button(t("door.came_all", count=count) if count == entry.seats
                      else t("door.came_some", count=count),
                      actions.encode("here", f"{target}-{count}", f"s{page}"))
               for count in range(entry.seats, 0, -1)]
    buttons += [Button(t("door.came_none"), actions.encode("here", f"{target}-0", f"s{page}")),
                Button(t("door.back"), actions.encode("door", event.id, f"p{page}"))]
    return "\n".join(lines), tuple(buttons)


def _label(entry: DoorEntry) -> str:
    name = entry.display_name if len(entry.display_name) <= MAX_LABEL else (
        entry.display_name[:MAX_LABEL - 1] + "…")
    mark = "✅" if entry.present else "⬜"
    guests = f" +{entry.seats - 1}" if entry.seats > 1 else ""
    desk = " " + t("door.desk") if entry.platform == DESK else ""
    # Before the name: a phone cuts a long label at its end, and the door must see it.
    waiting = " " + t("door.waitlisted") if entry.waitlisted else ""
    # A family partly here: how many of them, before anything the phone may cut.
    part = (" " + t("door.came_part", came=entry.came, seats=entry.seats)
            if entry.present and entry.came < entry.seats else "")
    return f"{mark}{waiting} {name}{guests}{part}{desk}"


# -- the report -------------------------------------------------------------------------------


async def report(ctx: Context) -> None:
    """`/bilan [période]`: a summary, the spreadsheet and the chart. No names anywhere."""
    chosen: Period = ctx.values.get("period") or last_months(ctx.now)
    data = await collect(ctx.storage.attendance, chosen, ctx.now)
    label = period_label(chosen)
    if not data.total.events:
        ctx.reply(t("report.nothing", period=label), private=True)
        return
    stem = f"bilan-{chosen.first:%Y-%m}"
    if chosen.months > 1:
        stem += f"-{chosen.last:%Y-%m}"
    # The same person on Telegram and on Discord is two members to the bot (nothing links
    # them): a report that says « different people » says so where both are served.
    ctx.reply(summary(data, label, len(ctx.core.settings.platforms) > 1), private=True,
              attachment=Attachment(f"{stem}.csv", report_csv(data, ctx.locale), "text/csv"))
    picture = await asyncio.to_thread(report_chart, data, label)
    ctx.reply(t("report.chart_caption", period=label), private=True,
              attachment=Attachment(f"{stem}.png", picture[0], "image/png"))


async def collect(attendance: Attendance, chosen: Period, now: datetime) -> Report:
    """The period's figures: the closed books of events over, and for events still open
    (started, not over long enough) the same counts made from the answers as they are."""
    # Open ones first: an event whose books close in between is then in both, and its
    # closed books win (the other order could miss it).
    events, bookings = await attendance.held(chosen.start, chosen.end, now)
    books = await attendance.closed(chosen.start, chosen.end)
    closed = {book.event_id for book in books}
    live = [own for own in tallies(events, bookings) if own.event_id not in closed]
    return build(chosen.month_starts, books + live)


def period_label(chosen: Period) -> str:
    """« 2026 », « novembre 2026 », « décembre 2025 – novembre 2026 »."""
    first, last = chosen.first, chosen.last
    if chosen.months == 12 and first.month == 1:
        return str(first.year)
    if chosen.months == 1:
        return month_name(first)
    return f"{month_name(first)} – {month_name(last)}"


def month_name(day: date) -> str:
    """« novembre 2026 », "November 2026": the calendar's month names (`bot.i18n`)."""
    return f"{calendar_month(day.month)} {day.year}"


def summary(data: Report, label: str, several_platforms: bool = False) -> str:
    total = data.total
    lines = [t("report.header", period=label),
             t("report.events", count=total.events, free=total.free_events),
             t("report.seats", booked=total.booked, attendance=total.attendance)]
    if total.door_events:
        lines.append(t("report.door", door=total.door_events, events=total.events,
                       present=total.present, walk_ins=total.walk_ins,
                       rate=percent(total.no_show_rate, current_locale())))
    else:
        lines.append(t("report.no_door"))
    lines.append(t("report.members", count=total.members, new=total.new_members))
    if several_platforms and total.members:
        lines.append(t("report.members_platforms"))
    lines.append(t("report.files"))
    return "\n".join(lines)


COLUMNS = ("month", "kind", "events", "free_share", "booked", "present", "walk_ins",
           "attendance", "members", "new_members", "door_events", "no_show_rate")


def report_csv(data: Report, locale: str) -> bytes:
    """One line per month and kind held, then the period's total."""
    header = [t(f"report.col.{name}") for name in COLUMNS]
    lines = []
    for month in data.months:
        for kind in data.kinds:
            figures = data.cells.get((month, kind))
            if figures is not None:
                lines.append([f"{month:%Y-%m}", t(f"kind.{kind}"), *row(figures, locale)])
    lines.append([t("report.total"), t("report.all_kinds"), *row(data.total, locale)])
    return spreadsheet(header, lines)


def report_chart(data: Report, label: str) -> tuple[bytes, list[chart.Bar]]:
    """The chart of attendance per month, stacked by kind."""
    months = []
    for index, month in enumerate(data.months):
        year = str(month.year) if index == 0 or month.month == 1 else ""
        months.append((t(f"report.short.{month.month}"), year))
    legend = {kind: t(f"kind.{kind}") for kind in data.kinds}
    return chart.draw(t("report.chart_title"), t("report.chart_subtitle", period=label),
                      months, data.series(), legend, t("report.chart_note"))
