"""THE iCalendar generator: one event's file (/ics, the card's calendar button) and the
subscription feeds of the web agenda, so a file imported from a card is later updated or
cancelled by the feed (same UID, higher SEQUENCE).

UIDs carry the installation's random id (a reset database never reuses another's UIDs);
SEQUENCE comes from `storage.feeds` (raised whenever what a calendar shows changes); DTSTAMP
is when the file was made; times are UTC, so no VTIMEZONE can be wrong (19h30 in Paris is
17:30Z in summer and 18:30Z in winter, and every calendar shows it back as 19h30).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from bot.cards import kind_label, shown_text
from bot.i18n import t
from storage import Event, Storage

DEFAULT_LENGTH = timedelta(hours=2)
PRODID = "-//MeltingPhot//Le Focus bot//FR"
UID_DOMAIN = "le-focus-bot"
# How often calendar apps should poll a feed (REFRESH-INTERVAL, X-PUBLISHED-TTL).
REFRESH = timedelta(hours=1)


def event_uid(install_id: str, event_id: int) -> str:
    return f"event-{event_id}-{install_id}@{UID_DOMAIN}"


def calendar_bytes(events: Sequence[Event], sequences: Mapping[int, int], install_id: str,
                   now: datetime, *, name: str | None = None,
                   links: Mapping[int, str] | None = None) -> bytes:
    """A VCALENDAR of `events`. `name` makes it a subscription feed (calendar name and
    refresh interval); `links` gives each event's web page."""
    from icalendar import Calendar, vDuration
    from icalendar import Event as IcsEvent

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name is not None:
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", "Europe/Paris")
        cal["refresh-interval"] = vDuration(REFRESH)
        cal["refresh-interval"].params["VALUE"] = "DURATION"
        cal["x-published-ttl"] = vDuration(REFRESH)
    stamp = now.astimezone(UTC).replace(microsecond=0)
    for event in events:
        item = IcsEvent()
        item.add("uid", event_uid(install_id, event.id))
        item.add("sequence", sequences.get(event.id, 0))
        item.add("dtstamp", stamp)
        item.add("dtstart", event.starts_at.astimezone(UTC))
        item.add("dtend", (event.ends_at or event.starts_at + DEFAULT_LENGTH).astimezone(UTC))
        item.add("summary", shown_text(event, "title", event.title))
        item.add("location", event.place)
        link = (links or {}).get(event.id)
        closed = t("card.signups_closed") if event.signups_closed and not event.cancelled \
            else ""
        parts = (kind_label(event.kind), closed, shown_text(event, "audience", event.audience),
                 shown_text(event, "description", event.description), link)
        item.add("description", "\n\n".join(p for p in parts if p))
        if link:
            item.add("url", link)
        item.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
        item.add("transp", "TRANSPARENT" if event.cancelled else "OPAQUE")
        cal.add_component(item)
    return bytes(cal.to_ical())


async def event_ics(storage: Storage, event: Event, now: datetime) -> bytes:
    """One event's file, with the same UID and SEQUENCE as in the feeds."""
    sequences = await storage.feeds.sequences([event], now)
    return calendar_bytes([event], sequences, await storage.feeds.install_id(), now)


async def feed_ics(storage: Storage, events: Sequence[Event], now: datetime, name: str, *,
                   links: Mapping[int, str] | None = None) -> bytes:
    """A subscription feed of `events` (their versions are brought up to date first)."""
    sequences = await storage.feeds.sequences(events, now)
    return calendar_bytes(events, sequences, await storage.feeds.install_id(), now, name=name,
                          links=links)

