"""An iCalendar file of one event, so it lands in the member's own calendar."""

from __future__ import annotations

from datetime import timedelta

from bot.cards import kind_label
from storage import Event

DEFAULT_LENGTH = timedelta(hours=2)


def ics_bytes(event: Event, stamp_source: str = "le-focus-bot") -> bytes:
    from icalendar import Calendar
    from icalendar import Event as IcsEvent

    cal = Calendar()
    cal.add("prodid", "-//MeltingPhot//Le Focus bot//FR")
    cal.add("version", "2.0")
    item = IcsEvent()
    item.add("uid", f"event-{event.id}@{stamp_source}")
    item.add("summary", event.title)
    item.add("dtstart", event.starts_at)
    item.add("dtend", event.ends_at or event.starts_at + DEFAULT_LENGTH)
    item.add("dtstamp", event.starts_at)
    item.add("location", event.place)
    item.add("description", "\n".join(p for p in (kind_label(event.kind), event.audience,
                                                   event.description) if p))
    item.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    cal.add_component(item)
    return bytes(cal.to_ical())
