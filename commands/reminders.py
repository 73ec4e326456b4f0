"""`/reminders on|off`, and the "I can't come anymore" button under each reminder."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

import commands.scheduling_strings  # noqa: F401  (the strings used here)
from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import t
from bot.router import Router
from commands.events import notify_promoted
from commands.rsvp import outcome_text


def format_offset(delta: timedelta) -> str:
    """24h, 90m, 30s: how REMINDER_OFFSETS are written."""
    seconds = int(delta.total_seconds())
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def distinct_offsets(offsets: Iterable[timedelta]) -> list[timedelta]:
    """Each duration once, longest first: `24h,1440m` is one reminder, as the scheduler sends
    it."""
    return sorted(set(offsets), reverse=True)


_ON = ("on", "oui", "yes", "o", "y", "activer", "active", "1")
_OFF = ("off", "non", "no", "n", "desactiver", "désactiver", "stop", "0")


def on_off(text: str) -> bool | None:
    """'oui'/'on' -> True, 'non'/'off' -> False, '' -> None (show the current setting)."""
    word = text.strip().lower()
    if not word:
        return None
    if word in _ON:
        return True
    if word in _OFF:
        return False
    raise UserInputError("error.bad_onoff", value=word[:20])


async def reminders(ctx: Context) -> None:
    wanted = on_off(ctx.args)
    if wanted is None:
        if ctx.member.reminders:
            offsets = ", ".join(format_offset(o) for o in distinct_offsets(
                ctx.core.settings.reminder_offsets))
            ctx.reply(t("reminders.status_on", offsets=offsets), private=True)
        else:
            ctx.reply(t("reminders.status_off"), private=True)
        return
    await ctx.storage.update_member(ctx.member.id, reminders=int(wanted))
    ctx.reply(t("reminders.on" if wanted else "reminders.off"), private=True)


async def press_drop(ctx: Context) -> None:
    """Free the seat (or the waitlist place) and give it to the next in line at once."""
    event_id = ctx.pressed_event_id()
    outcome = await ctx.storage.rsvp(event_id, ctx.member.id, "no", ctx.now)
    text = outcome_text(outcome)  # raises for a cancelled, started or unknown event
    if outcome.status == "no":
        text = t("drop.done", title=outcome.title, id=outcome.event_id)
    if outcome.promoted:
        event = await ctx.storage.get_event(event_id)
        if event is not None:
            notify_promoted(ctx, event, outcome.promoted)
    ctx.core.cards_changed(event_id)
    ctx.reply(text, private=True)


def register(router: Router) -> None:
    router.command("reminders", reminders, aliases=("rappels", "rappel", "reminder"))
    router.action("drop", press_drop)
