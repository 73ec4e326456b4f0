"""`/reminders [on|off]` and the "I can't come anymore" button under each reminder."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.actions import Action
from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import t
from bot.text import fold
from commands.reminders import jobs
from commands.rsvp.handlers import outcome_text

_ON = ("on", "oui", "yes", "o", "y", "activer", "active", "1")
_OFF = ("off", "non", "no", "n", "desactiver", "stop", "0")
STATE_WORDS = {**{w: "on" for w in _ON}, **{w: "off" for w in _OFF}}


def parse_state(text: str, now: datetime) -> str:
    """'oui'/'on' -> 'on', 'non'/'off' -> 'off' (`Param(parse=...)`)."""
    found = STATE_WORDS.get(fold(text))
    if found is None:
        raise UserInputError("error.bad_onoff", value=text.strip()[:20])
    return found


def format_offset(delta: timedelta) -> str:
    """24h, 90m, 30s: how REMINDER_OFFSETS are written."""
    seconds = int(delta.total_seconds())
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


async def reminders(ctx: Context) -> None:
    wanted = ctx.values.get("state")
    if wanted is None:
        if ctx.member.reminders:
            # The offsets the job sends: each once, longest first (`24h,1440m` is one).
            offsets = ", ".join(format_offset(timedelta(seconds=s))
                                for s in jobs.offsets(ctx.core.settings))
            ctx.reply(t("reminders.status_on", offsets=offsets), private=True)
        else:
            ctx.reply(t("reminders.status_off"), private=True)
        return
    await ctx.storage.members.update(ctx.member.id, reminders=int(wanted == "on"))
    ctx.reply(t("reminders.on" if wanted == "on" else "reminders.off"), private=True)


async def press_drop(ctx: Context, action: Action) -> None:
    """Free the seat (or the waitlist place) and give it to the next in line at once."""
    event_id = int(action.target)
    outcome = await ctx.storage.rsvps.answer(event_id, ctx.member.id, "no", ctx.now)
    outcome_text(outcome)  # refuses an unknown, cancelled or started event, as /participer
    ctx.core.event_changed(event_id, outcome.promoted)
    ctx.reply(t("drop.done", title=outcome.title, id=outcome.event_id), private=True)
