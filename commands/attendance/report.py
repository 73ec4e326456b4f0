"""The association's numbers for the town hall and funders: pure arithmetic over held events,
and the spreadsheet (French Excel: `;`, UTF-8 with a BOM). No names anywhere: members are
counted, never listed.

What each figure means (said the same way in the README and in the file's header):
- events held: not cancelled, not the demo, already started;
- seats booked: seats of the answers "going" (guests included) when the event started;
- present: seats checked in at the door; walk-ins: people who came without answering;
- attendance: present + walk-ins where the door was kept, seats booked where it was not
  (the chart shows this; the file keeps every figure apart);
- members: different members holding a seat; new members: their first held event ever
  (people registered by hand at the desk count in seats, not as members: nothing tells
  that two desk entries are the same person);
- no-show rate: seats booked but not checked in, over seats booked, at events where the
  door was kept only (elsewhere nobody knows);
- free share: events held at no charge, over events held.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from bot.i18n import PARIS
from storage.attendance import Booking, HeldEvent
from storage.models import KINDS


@dataclass
class Figures:
    """The figures of one month and kind (or of several: `add`)."""

    events: int = 0
    free_events: int = 0
    door_events: int = 0
    booked: int = 0
    booked_at_door: int = 0
    present: int = 0
    walk_ins: int = 0
    members: set[int] = field(default_factory=set)
    new_members: set[int] = field(default_factory=set)

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

    def add(self, other: Figures) -> None:
        self.events += other.events
        self.free_events += other.free_events
        self.door_events += other.door_events
        self.booked += other.booked
        self.booked_at_door += other.booked_at_door
        self.present += other.present
        self.walk_ins += other.walk_ins
        self.members |= other.members
        self.new_members |= other.new_members


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


def month_of(event: HeldEvent) -> date:
    return event.starts_at.astimezone(PARIS).date().replace(day=1)


def build(months: Sequence[date], events: Iterable[HeldEvent],
          bookings: Iterable[Booking]) -> Report:
    """Add up held events and their bookings by month (Paris time) and kind."""
    cells: dict[tuple[date, str], Figures] = {}
    where: dict[int, tuple[Figures, HeldEvent]] = {}
    for event in events:
        cell = cells.setdefault((month_of(event), event.kind), Figures())
        cell.events += 1
        cell.free_events += event.free
        if event.door_kept:
            cell.door_events += 1
            cell.walk_ins += event.walk_ins
        where[event.event_id] = (cell, event)
    for booking in bookings:
        found = where.get(booking.event_id)
        if found is None:
            continue
        cell, event = found
        cell.booked += booking.seats
        if not booking.desk:
            cell.members.add(booking.member_id)
            if booking.first_time:
                cell.new_members.add(booking.member_id)
        if event.door_kept:
            cell.booked_at_door += booking.seats
            cell.present += booking.seats if booking.present else 0
    per_month: dict[date, Figures] = {m: Figures() for m in months}
    total = Figures()
    for (month, _), cell in cells.items():
        per_month.setdefault(month, Figures()).add(cell)
        total.add(cell)
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
            str(len(figures.members)), str(len(figures.new_members)),
            str(figures.door_events), percent(figures.no_show_rate, locale)]


def spreadsheet(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """CSV as French Excel opens it in columns: `;` between cells, UTF-8 with a BOM, CRLF.
    Every cell is a number, a month or a label of ours: no formula can get in."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
