"""`/reminders [on|off]` and the "I can't come anymore" button under each reminder."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

from bot.actions import Action
from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import platform_key, t
from bot.text import NO, YES, echoed, fold, line_words
from commands.events import open_event, shown_title
from commands.reminders import jobs
from commands.rsvp.handlers import outcome_text

_ON = ("on", "o", "y", "activer", "active", "1", *YES)
_OFF = ("off", "n", "desactiver", "desactive", "desactives", "stop", "0", "arreter", "arret",
        "couper", "coupe", "coupes", "aucun", *NO)
STATE_WORDS = {**{w: "on" for w in _ON}, **{w: "off" for w in _OFF}}
# 👍 and 👎 answer an event too; a bell says it plainly (« /rappels 🔕 »).
_EMOJI = {"👍": "on", "✅": "on", "🔔": "on", "👎": "off", "❌": "off", "🔕": "off"}
# The words of a whole line (« non merci », « remets-les stp », « I don't want them »):
# a verb by its beginning, whatever its ending (« désactivez », « coupe », « arrête »).
_ON_WORDS = YES | {"on", "back", "enable", "keep"}
_ON_STEMS = ("activ", "reactiv", "remet", "remettr", "rallum", "gard")
_OFF_WORDS = NO | {"off", "stop", "aucun", "none", "disable", "mute"}
_OFF_STEMS = ("desactiv", "coup", "arret", "supprim", "enlev", "retir")
# « je veux les rappels », « I want them »: a wish, turned round by a negation (« j'en veux
# plus », « I don't want them »).
_WANT = frozenset({"veux", "voudrais", "veut", "want", "wanna", "aimerais"})
# « pas », « plus », « don't »: a wish not to have them (« pas de rappels », « j'en veux
# plus ») — unless it is an off verb it turns round (« ne coupez pas »): then it is asked.
_NEGATIONS = frozenset({"pas", "plus", "jamais", "sans", "not", "never", "don", "without",
                        "ne"})


# « juste la veille », « pas le jour même », « 1h avant », "only the day before": a wish about
# when, which /rappels cannot grant (the moments are the same for everyone). Read before the
# negations: « pas le jour même » turned every reminder off.
MOMENTS = "moments"
_WHEN_WORDS = frozenset({
    "veille", "avant", "apres", "matin", "soir", "jour", "jours", "heure", "heures", "min",
    "minutes", "seulement", "uniquement", "juste", "tot", "tard", "only", "just", "before",
    "after", "day", "days", "hour", "hours", "earlier", "later", "morning", "evening", "eve"})
_DURATION = re.compile(r"\d+\s*(?:h|min|j\b|jours?|heures?|hours?|days?)", re.IGNORECASE)


def parse_state(text: str, now: datetime) -> str:
    """'oui'/'on' -> 'on', 'non'/'off' -> 'off' (`Param(parse=...)`), and the same in a
    member's own words; both at once, or neither, is asked again (« oui ou non », « non, je
    veux les rappels », « oui mais pas trop »). A line about when (« seulement la veille »)
    is `MOMENTS`: nothing changes, the reply says why."""
    found = STATE_WORDS.get(fold(text))
    if found is not None:
        return found
    read = text
    for emoji, word in _EMOJI.items():  # « 👎 », « 🔕 merci »: read as the word
        read = read.replace(emoji, f" {word} ")
    words = line_words(read)
    if _DURATION.search(read) or any(w in _WHEN_WORDS for w in words):
        return MOMENTS
    on = any(w in _ON_WORDS or w.startswith(_ON_STEMS) for w in words)
    off_verb = any(w.startswith(_OFF_STEMS) for w in words)
    off = off_verb or any(w in _OFF_WORDS for w in words)
    want = any(w in _WANT for w in words)
    if any(w in _NEGATIONS for w in words):
        # « pas de rappels », « non plus jamais », « arrête, j'en veux plus »: off; a yes or
        # an off verb turned round (« oui mais pas trop », « ne coupez pas »): asked.
        if not on and (not off_verb or want):
            return "off"
    elif want and not on:
        # « je veux les couper », « I want them off »: what is wanted; « non, je veux les
        # rappels »: a no and a wish for them, asked.
        if off_verb or any(w in _OFF_WORDS - NO for w in words):
            return "off"
        if not off:
            return "on"
    elif on != off:
        return "off" if off else "on"
    raise UserInputError("error.bad_onoff", value=echoed(text))  # cut between words


def format_offset(delta: timedelta) -> str:
    """24h, 90m, 30s: how REMINDER_OFFSETS are written."""
    seconds = int(delta.total_seconds())
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def said(ctx: Context, key: str, **values: object) -> str:
    """The platform's own wording when it has one (`<key>.<platform>`): Discord takes no
    typed « /rappels non », only the choice in the command's option, named as it shows."""
    return t(platform_key(key, ctx.wording), on=t("choice.state.on"),
             off=t("choice.state.off"), **values)


def offsets_said(ctx: Context) -> str:
    """The moments the job sends reminders at, each once, longest first (`24h,1440m` is
    one): « 24h et 2h », not « 24h, 2h » (which reads as one moment or the other)."""
    said_offsets = [format_offset(timedelta(seconds=s))
                    for s in jobs.offsets(ctx.core.settings)]
    return t("reminders.offsets_and", first=", ".join(said_offsets[:-1]),
             last=said_offsets[-1]) if len(said_offsets) > 1 else "".join(said_offsets)


async def reminders(ctx: Context) -> None:
    wanted = ctx.values.get("state")
    if wanted == MOMENTS:  # « juste la veille »: not a choice to make here; nothing changes
        state = t("reminders.moments_on" if ctx.member.reminders else "reminders.moments_off")
        ctx.reply(said(ctx, "reminders.moments", offsets=offsets_said(ctx), state=state),
                  private=True)
        return
    if wanted is None:
        if ctx.member.reminders:
            ctx.reply(said(ctx, "reminders.status_on", offsets=offsets_said(ctx)),
                      private=True)
        else:
            ctx.reply(said(ctx, "reminders.status_off"), private=True)
        return
    await ctx.storage.members.update(ctx.member.id, reminders=int(wanted == "on"))
    ctx.reply(said(ctx, "reminders.on" if wanted == "on" else "reminders.off"), private=True)


async def press_drop(ctx: Context, action: Action) -> None:
    """Free the seat (or the waitlist place) and give it to the next in line at once. The
    button stays under every reminder: pressed again (or after « non » on the card), it
    says there is nothing left to free instead of thanking for a seat freed twice."""
    event_id = int(action.target)
    mine = next((m for m in await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
                 if m.event.id == event_id), None)
    if mine is None:  # no answer, or « no » already: nothing is written
        event = await open_event(ctx, event_id)
        ctx.reply(t("drop.nothing", title=shown_title(event), id=event.id), private=True)
        return
    held = mine.state
    title = shown_title(mine.event)  # a demo's in the reader's words
    # A « no » as typed: the children's names go with the seats (not left on the list).
    outcome, dropped = await ctx.storage.rsvps.answer_keeping_names(
        event_id, ctx.member.id, "no", ctx.now)
    # Refuses a cancelled or started event, as /participer, with the title the card shows.
    text = outcome_text(dataclasses.replace(outcome, title=title))
    ctx.core.event_changed(event_id, outcome.promoted)
    if outcome.status == "no" and held == "going":  # else refused (started, cancelled)
        text = t("drop.done", title=title, id=outcome.event_id, seats=mine.seats)
    elif outcome.status == "no" and held == "waitlisted":
        text = t("drop.done_waitlist", title=title, id=outcome.event_id)
    if dropped:
        text += "\n" + t("children.dropped", names=", ".join(str(c) for c in dropped))
    if outcome.status == "no" and held in ("going", "waitlisted"):
        # Done: it takes the reminder's place (« 2 places à votre nom » and the button no
        # longer hold), not a toast gone in two seconds on Telegram.
        ctx.reply(text, private=True, replaces_pressed=True)
        return
    ctx.reply(text, private=True)
