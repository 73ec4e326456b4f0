"""`/ics`: an iCalendar file so the event lands in the member's own calendar."""

from __future__ import annotations

from datetime import timedelta

from bot.cards import kind_label
from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import t
from bot.messages import Attachment
from bot.router import Router
from commands.events import load_event
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


async def _send_ics(ctx: Context, event: Event) -> None:
    ctx.reply(t("ics.done", id=event.id, title=event.title),
              attachment=Attachment(f"le-focus-{event.id}.ics", ics_bytes(event),
                                    "text/calendar"),
              private=True)


async def ics(ctx: Context) -> None:
    if not ctx.args:
        raise UserInputError("error.missing_event_id")
    await _send_ics(ctx, await load_event(ctx, ctx.args.split()[0]))


async def press_ics(ctx: Context) -> None:
    await _send_ics(ctx, await load_event(ctx, str(ctx.pressed_event_id())))


def register(router: Router) -> None:
    router.command("ics", ics, aliases=("calendrier", "agendafile", "calendar"))
    router.action("ics", press_ics)
