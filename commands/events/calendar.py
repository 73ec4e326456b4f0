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
# Octets per line piece of the file (RFC 5545 3.1: 75 at most, the folding space included).
FOLD_AT = 74


def event_uid(install_id: str, event_id: int) -> str:
    return f"event-{event_id}-{install_id}@{UID_DOMAIN}"


def calendar_bytes(events: Sequence[Event], sequences: Mapping[int, int], install_id: str,
                   now: datetime, *, name: str | None = None,
                   links: Mapping[int, str] | None = None) -> bytes:
    """A VCALENDAR of `events`. `name` makes it a subscription feed (calendar name and
    refresh interval); `links` gives each event's web page. Written by hand (RFC 5545 needs
    a dozen lines here): the icalendar library cost 1.6 MiB and 90 ms at the first file."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{_text(PRODID)}",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name is not None:
        lines += [f"X-WR-CALNAME:{' '.join(name.split())}",  # as icalendar wrote it: unescaped
                  f"REFRESH-INTERVAL;VALUE=DURATION:{_duration(REFRESH)}",
                  f"X-PUBLISHED-TTL:{_duration(REFRESH)}", "X-WR-TIMEZONE:Europe/Paris"]
    stamp = now.astimezone(UTC).replace(microsecond=0)
    for event in events:
        link = (links or {}).get(event.id)
        closed = t("card.signups_closed") if event.signups_closed and not event.cancelled \
            else ""
        parts = (kind_label(event.kind), closed, shown_text(event, "audience", event.audience),
                 shown_text(event, "description", event.description), link)
        description = "\n\n".join(p for p in parts if p)
        # Not every calendar app shows STATUS:CANCELLED: the title says it (as the web page's).
        title = shown_text(event, "title", event.title)
        if event.is_demo:  # as on its card: nobody organised it
            title = t("card.demo_prefix") + title
        if event.cancelled:
            title = f"{t('web.cancelled')} · {title}"
        lines += ["BEGIN:VEVENT", f"SUMMARY:{_text(title)}",
                  f"DTSTART:{_utc(event.starts_at)}",
                  f"DTEND:{_utc(event.ends_at or event.starts_at + DEFAULT_LENGTH)}",
                  f"DTSTAMP:{_utc(stamp)}", f"UID:{_text(event_uid(install_id, event.id))}",
                  f"SEQUENCE:{sequences.get(event.id, 0)}",
                  f"DESCRIPTION:{_text(description)}", f"LOCATION:{_text(event.place)}",
                  f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
                  f"TRANSP:{'TRANSPARENT' if event.cancelled else 'OPAQUE'}"]
        if link:
            lines.append(f"URL:{link}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return b"".join(_fold(line) for line in lines)


def _text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _duration(length: timedelta) -> str:
    """A DURATION in whole seconds (RFC 5545 3.3.6): PT1H, PT1H30M, PT45S."""
    hours, rest = divmod(int(length.total_seconds()), 3600)
    minutes, seconds = divmod(rest, 60)
    units = ((hours, "H"), (minutes, "M"), (seconds, "S"))
    return "PT" + ("".join(f"{n}{unit}" for n, unit in units if n) or "0S")


def _fold(line: str) -> bytes:
    """One content line, folded into pieces of at most 74 octets (RFC 5545 3.1 allows 75;
    a folded piece starts with a space), never inside a character."""
    data, pieces = line.encode(), []
    while len(data) > FOLD_AT:
        cut = FOLD_AT
        while data[cut] & 0xC0 == 0x80:  # inside a UTF-8 character: cut before it
            cut -= 1
        pieces.append(data[:cut])
        data = data[cut:]
    pieces.append(data)
    return b"\r\n ".join(pieces) + b"\r\n"


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

