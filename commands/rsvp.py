"""Answering an event: going, maybe, not going, with guests; and a member's own list."""

from __future__ import annotations

from bot.cards import event_line
from bot.context import Context
from bot.errors import BotError, UserInputError
from bot.i18n import t
from bot.router import Router
from commands import args
from commands.events import card_reply, load_event, notify_promoted
from storage import RsvpOutcome


def outcome_text(outcome: RsvpOutcome, short: bool = False) -> str:
    """What the member sees after an answer; `short` for a button toast."""
    o = outcome
    if o.status == "not_found":
        raise BotError("error.event_not_found", id=o.event_id)
    if o.status == "cancelled":
        raise BotError("error.event_cancelled", id=o.event_id, title=o.title)
    if o.status == "closed":
        raise BotError("error.rsvp_closed", id=o.event_id, title=o.title)
    if o.status == "no_rsvp":
        raise BotError("error.guests_without_rsvp", id=o.event_id)
    left = "" if o.capacity is None else t("rsvp.left", taken=o.taken, capacity=o.capacity)
    prefix = "toast." if short else "rsvp."
    text = t(prefix + o.status, title=o.title, id=o.event_id, seats=o.seats,
             guests=o.seats - 1, position=o.position, left=left)
    return text


async def _answer(ctx: Context, event_id: int, choice: str | None, *, guests: int | None = None,
                  delta: int = 0) -> RsvpOutcome:
    outcome = await ctx.storage.rsvp(event_id, ctx.member.id, choice, ctx.now, guests=guests,
                                     guests_delta=delta, max_seats=args.MAX_GUESTS + 1)
    if outcome.status not in ("not_found", "cancelled", "closed", "no_rsvp", "kept"):
        ctx.core.cards_changed(event_id)
        if outcome.promoted:
            event = await ctx.storage.get_event(event_id)
            if event is not None:
                notify_promoted(ctx, event, outcome.promoted)
    return outcome


async def rsvp(ctx: Context) -> None:
    words = ctx.args.split()
    if not words:
        raise UserInputError("error.missing_event_id")
    event_id = args.event_id(words[0])
    choice = "going"
    guests: int | None = None
    rest = words[1:]
    if len(rest) > 2:
        raise UserInputError("error.rsvp_parts")
    for word in rest:
        if word[:1] in "+-0123456789":
            guests = args.guests(word)
        else:
            choice = args.choice(word)
    if choice != "going" and guests:
        guests = 0
    outcome = await _answer(ctx, event_id, choice, guests=guests)
    ctx.reply(outcome_text(outcome))


async def press_rsvp(ctx: Context) -> None:
    action = ctx.pressed()
    event_id = ctx.pressed_event_id()
    choice = args.choice(action.arg) if action.arg else "going"
    outcome = await _answer(ctx, event_id, choice)
    ctx.reply(outcome_text(outcome, short=True))
    await _keep_pressed_card(ctx, event_id)


async def press_guest(ctx: Context) -> None:
    action = ctx.pressed()
    event_id = ctx.pressed_event_id()
    delta = 1 if action.arg == "+1" else -1
    outcome = await _answer(ctx, event_id, None, delta=delta)
    ctx.reply(outcome_text(outcome, short=True))
    await _keep_pressed_card(ctx, event_id)


async def _keep_pressed_card(ctx: Context, event_id: int) -> None:
    """A card of ours that was pressed shows the live counts again, even if newer copies had
    retired it. Only a message we recorded as a card of this very event qualifies: a forged
    button under any other message must not turn that message into a card."""
    incoming = ctx.incoming
    if incoming.message_id:
        await ctx.core.card_pressed(event_id, incoming.platform, incoming.chat_id,
                                    incoming.message_id)


async def my_events(ctx: Context) -> None:
    mine = await ctx.storage.member_rsvps(ctx.member.id, ctx.now)
    if not mine:
        ctx.reply(t("myevents.none"), private=True)
        return
    lines = [t("myevents.header")]
    for item in mine:
        status = t(f"myevents.{item.state}", seats=item.seats, position=item.position)
        lines.append(f"{event_line(item.event)} — {status}")
    ctx.reply("\n".join(lines), private=True)


async def press_event(ctx: Context) -> None:
    """The 'see the event' button under reminders and notices."""
    await card_reply(ctx, await load_event(ctx, str(ctx.pressed_event_id())))


def register(router: Router) -> None:
    router.command("rsvp", rsvp, aliases=("participer", "inscription", "jeviens", "repondre"))
    router.command("myevents", my_events, aliases=("mesevenements", "mesinscriptions"))
    router.action("rsvp", press_rsvp)
    router.action("guest", press_guest)
    router.action("event", press_event)

