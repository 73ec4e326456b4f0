"""The association's numbers for the town hall and funders: pure arithmetic over held events,
and the spreadsheet (French Excel: `;`, UTF-8 with a BOM). No names anywhere: members are
counted, never listed.

What each figure means (said the same way in the README and in the file's header):
- events held: not cancelled, not the demo, already started;
- seats booked: seats of the answers "going" (guests included) when the event started;
- present: seats checked in at the door; walk-ins: people who came without answering;
- attendance: present + walk-ins where the door was kept, seats booked where it was not
  (the chart shows this; the file keeps every figure apart); a door is kept when someone
  stands checked in on it or a walk-in is counted: a tap undone (a name touched by mistake)
  leaves the evening counted by its seats booked, not as 0 people and 100 % no-shows;
- members: different members holding a seat; new members: their first held event ever
  (people registered by hand at the desk count in seats, not as members: nothing tells
  that two desk entries are the same person);
- no-show rate: seats booked but not checked in, over seats booked, at events where the
  door was kept only (elsewhere nobody knows);
- free share: events held at no charge, over events held.

Once an event is over its figures are kept as an anonymous tally (`storage.attendance.Tally`,
made by `tally` here): the report adds up tallies, written for events whose books are closed
and made on the spot for the others, so a member erasing their data does not change the
numbers of events already over.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.i18n import PARIS
from storage.attendance import TALLY_MONTHS, Booking, HeldEvent, Tally
from storage.models import KINDS


@dataclass
class Figures:
    """The figures of one month and kind, one month, or the whole period. `members` and
    `new_members` are counts of different people, added up from the events' tallies
    (a member is counted once however often they came)."""

    events: int = 0
    free_events: int = 0
    door_events: int = 0
    booked: int = 0
    booked_at_door: int = 0
    present: int = 0
    walk_ins: int = 0
    members: int = 0
    new_members: int = 0

    @property
    def attendance(self) -> int:
        return self.present + self.walk_ins + self.booked - self.booked_at_door

    @property
    def no_show_rate(self) -> float | None:
        """Share of seats booked at door-kept events that nobody checked in; None when the
        door was never kept."""
        if not self.booked_at_door:
            return None
        return (self.booked_at_door - self.present) / self.booked_at_door

    @property
    def free_share(self) -> float | None:
        return self.free_events / self.events if self.events else None

    def count(self, tally: Tally, members: int) -> None:
        """One event more; `members`: how many of its members are new to these figures."""
        self.events += 1
        self.free_events += tally.free
        self.booked += tally.booked
        if tally.door_kept:
            self.door_events += 1
            self.walk_ins += tally.walk_ins
            self.booked_at_door += tally.booked
            self.present += tally.present
        self.members += members
        self.new_members += tally.first_timers


@dataclass
class Report:
    """Figures per (month, kind) with something held, per month, and for the whole period."""

    months: list[date]
    cells: dict[tuple[date, str], Figures]
    per_month: dict[date, Figures]
    total: Figures

    @property
    def kinds(self) -> list[str]:
        """Kinds held in the period, in the catalogue's order."""
        held = {kind for _, kind in self.cells}
        return [k for k in KINDS if k in held] + sorted(held - set(KINDS))

    def series(self) -> dict[str, list[int]]:
        """Attendance per kind, one value per month (the chart's bars)."""
        return {kind: [self.cells[(m, kind)].attendance if (m, kind) in self.cells else 0
                       for m in self.months] for kind in self.kinds}


def month_of(moment: datetime) -> date:
    """The month (its 1st) of a moment, in Paris: the association's calendar."""
    return moment.astimezone(PARIS).date().replace(day=1)


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def tally(event: HeldEvent, bookings: Iterable[Booking]) -> Tally:
    """The anonymous figures of one event, from its "going" answers: what its closed books
    keep, and what the report counts for an event still open."""
    month = month_of(event.starts_at)
    booked = present = members = first_timers = new_in_kind = 0
    new_since = [0] * TALLY_MONTHS
    for booking in bookings:
        booked += booking.seats
        present += booking.present
        if booking.desk:
            continue
        members += 1
        first_timers += booking.first_time
        gap = (None if booking.previous is None
               else months_between(month_of(booking.previous), month))
        for k in range(TALLY_MONTHS):
            new_since[k] += gap is None or gap > k
        same = booking.previous_same_kind
        new_in_kind += same is None or month_of(same) != month
    return Tally(event.event_id, event.kind, event.starts_at, event.free, event.door_kept,
                 booked, present if event.door_kept else 0, event.walk_ins, members,
                 first_timers, new_in_kind, tuple(new_since))


def tallies(events: Iterable[HeldEvent], bookings: Iterable[Booking]) -> list[Tally]:
    """`tally` of each event, its bookings picked out of `bookings`."""
    by_event: dict[int, list[Booking]] = {}
    for booking in bookings:
        by_event.setdefault(booking.event_id, []).append(booking)
    return [tally(event, by_event.get(event.event_id, ())) for event in events]


def build(months: Sequence[date], books: Iterable[Tally]) -> Report:
    """Add up the events' tallies by month (Paris time) and kind. Different members: per
    month and kind, those new to that kind that month; per month, those new that month; over
    the period, those not seen since its first month."""
    cells: dict[tuple[date, str], Figures] = {}
    per_month: dict[date, Figures] = {m: Figures() for m in months}
    total = Figures()
    first = months[0] if months else None
    for book in books:
        month = month_of(book.starts_at)
        offset = months_between(first, month) if first is not None else 0
        since = book.new_since[min(max(offset, 0), len(book.new_since) - 1)]
        cells.setdefault((month, book.kind), Figures()).count(book, book.new_in_kind_month)
        per_month.setdefault(month, Figures()).count(book, book.new_since[0])
        total.count(book, since)
    return Report(list(months), cells, per_month, total)


# -- the spreadsheet ----------------------------------------------------------------------------


def percent(value: float | None, locale: str) -> str:
    """« 12,5 » in French (what French Excel reads as a number), "12.5" in English."""
    if value is None:
        return ""
    text = f"{value * 100:.1f}"
    return text.replace(".", ",") if locale == "fr" else text


def row(figures: Figures, locale: str) -> list[str]:
    return [str(figures.events), percent(figures.free_share, locale), str(figures.booked),
            str(figures.present), str(figures.walk_ins), str(figures.attendance),
            str(figures.members), str(figures.new_members),
            str(figures.door_events), percent(figures.no_show_rate, locale)]


def spreadsheet(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """CSV as French Excel opens it in columns: `;` between cells, UTF-8 with a BOM, CRLF.
    Every cell is a number, a month or a label of ours: no formula can get in."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
