"""Answering an event (typed or with a card's buttons), a member's own list, who is coming
(organisers, with a CSV export for the door list), and a message to those coming."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from bot import actions
from bot.actions import Action
from bot.cards import event_line
from bot.context import Context
from bot.errors import Conflict, NotFound
from bot.i18n import PARIS, format_when, t
from bot.messages import Attachment, Button, Reply
from commands.events import load_event
from commands.rsvp.parsers import MAX_GUESTS
from storage import RsvpOutcome

# Outcomes that changed nobody's seats: no card to refresh, nobody promoted.
_UNCHANGED = ("not_found", "cancelled", "closed", "no_rsvp", "kept", "signups_closed")


def outcome_text(outcome: RsvpOutcome, short: bool = False) -> str:
    """What the member sees after an answer; `short` for a button toast. A refused answer
    is an error: not found, or a state that forbids it (no usage line)."""
    o = outcome
    if o.status == "not_found":
        raise NotFound("error.event_not_found", id=o.event_id)
    if o.status == "cancelled":
        raise Conflict("error.event_cancelled", id=o.event_id, title=o.title)
    if o.status == "closed":
        raise Conflict("error.rsvp_closed", id=o.event_id, title=o.title)
    if o.status == "no_rsvp":
        raise Conflict("error.guests_without_rsvp", id=o.event_id)
    if o.status == "signups_closed":
        raise Conflict("error.signups_closed", id=o.event_id, title=o.title)
    left = "" if o.capacity is None else t("rsvp.left", taken=o.taken, capacity=o.capacity)
    prefix = "toast." if short else "rsvp."
    return t(prefix + o.status, title=o.title, id=o.event_id, seats=o.seats,
             guests=o.seats - 1, position=o.position, left=left)


async def _answer(ctx: Context, event_id: int, answer: str | None, *,
                  guests: int | None = None, delta: int = 0) -> RsvpOutcome:
    outcome = await ctx.storage.rsvps.answer(event_id, ctx.member.id, answer, ctx.now,
                                             guests=guests, guests_delta=delta,
                                             max_seats=MAX_GUESTS + 1)
    if outcome.status not in _UNCHANGED:
        ctx.core.event_changed(event_id, outcome.promoted)
    return outcome


async def rsvp(ctx: Context) -> None:
    answer = ctx.value("answer", "going")
    guests = ctx.values.get("guests")
    if answer != "going" and guests:
        guests = 0  # guests come with someone who comes
    outcome = await _answer(ctx, ctx.values["event"], answer, guests=guests)
    ctx.reply(outcome_text(outcome))


async def press_rsvp(ctx: Context, action: Action) -> None:
    event_id = _event_id(action)
    outcome = await _answer(ctx, event_id, action.arg or "going")
    ctx.reply(outcome_text(outcome, short=True))
    await _keep_pressed_card(ctx, event_id)


async def press_guest(ctx: Context, action: Action) -> None:
    event_id = _event_id(action)
    outcome = await _answer(ctx, event_id, None, delta=1 if action.arg == "+1" else -1)
    ctx.reply(outcome_text(outcome, short=True))
    await _keep_pressed_card(ctx, event_id)


def _event_id(action: Action) -> int:
    # The router only calls these handlers with an event target (bot.actions.EVENT_TARGET).
    event_id = action.event_id
    if event_id is None:
        raise NotFound("error.button_unknown")
    return event_id


async def _keep_pressed_card(ctx: Context, event_id: int) -> None:
    """A card of ours that was pressed shows the live counts again, even if newer copies had
    retired it. Only a message the core recorded as a card of this very event qualifies: a
    forged button under any other message must not turn that message into a card."""
    incoming = ctx.incoming
    if incoming.message_id:
        await ctx.core.card_pressed(event_id, incoming.platform, incoming.chat_id,
                                    incoming.message_id)


async def my_events(ctx: Context) -> None:
    mine = await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
    if not mine:
        ctx.reply(t("myevents.none"), private=True)
        return
    lines = [t("myevents.header")]
    for item in mine:
        status = t(f"myevents.{item.state}", seats=item.seats, position=item.position)
        lines.append(f"{event_line(item.event)} — {status}")
    ctx.reply("\n".join(lines), private=True)


# -- attendees --------------------------------------------------------------------------------

# Invisible characters a name may start with: BOM, zero-width and joiners, word joiner.
_INVISIBLE = re.compile(r"^[\ufeff\u200b-\u200f\u2060-\u2064\u180e\s]+")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell: str) -> str:
    """A cell a spreadsheet would read as a formula gets a leading apostrophe.

    Checked on the NFKC form without leading invisible characters, so a BOM, a zero-width
    space or a full-width ＝＋－＠ cannot slip a formula past the check.
    """
    probe = _INVISIBLE.sub("", unicodedata.normalize("NFKC", cell))
    if cell[:1] in _FORMULA or probe[:1] in _FORMULA:
        return "'" + cell
    return cell


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


async def attendees(ctx: Context) -> None:
    event = await load_event(ctx, ctx.values["event"])
    people = await ctx.storage.rsvps.attendees(event.id)
    going = [p for p in people if p.state == "going"]
    lines = [t("attendees.header", id=event.id, title=event.title)]
    lines.append(t("attendees.going", count=len(going), seats=sum(p.seats for p in going),
                   capacity=event.capacity or "∞"))
    lines += [f"  • {p.display_name}" + (f" (+{p.seats - 1})" if p.seats > 1 else "")
              for p in going]
    maybe = [p for p in people if p.state == "maybe"]
    lines.append(t("attendees.maybe", count=len(maybe)))
    lines += [f"  • {p.display_name}" for p in maybe]
    waiting = [p for p in people if p.state == "waitlisted"]
    lines.append(t("attendees.waitlist", count=len(waiting)))
    lines += [f"  {i}. {p.display_name}" + (f" (+{p.seats - 1})" if p.seats > 1 else "")
              for i, p in enumerate(waiting, 1)]
    header = [t("csv.name"), t("csv.platform"), t("csv.state"), t("csv.seats"),
              t("csv.position"), t("csv.updated")]
    rows = [header]
    # Positions by member id: one pass, not a list search per row (8,000 answers took 10 s).
    places = {p.member_id: n for n, p in enumerate(waiting, 1)}
    for p in people:
        place = places.get(p.member_id) if p.state == "waitlisted" else None
        position = str(place) if place is not None else ""
        rows.append([p.display_name, p.platform, t(f"csv.state_{p.state}"), str(p.seats),
                     position, p.updated_at.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")])
    ctx.reply("\n".join(lines), private=True,
              attachment=Attachment(f"participants-{event.id}.csv", _csv(rows), "text/csv"))


# -- a message to the attendees ---------------------------------------------------------------

MAX_MESSAGE = 1000
# Who hears an organiser's message: those holding a seat or waiting for one.
MESSAGE_STATES = ("going", "waitlisted")


async def message_attendees(ctx: Context) -> None:
    """`/message 12 On commence à 19h45 !`: privately, on each member's platform and in
    their language around the organiser's words (kept as typed); the adapters pace it."""
    event = await load_event(ctx, ctx.values["event"])
    if event.cancelled:
        raise Conflict("message.cancelled", id=event.id, title=event.title)
    text: str = ctx.values["text"]
    people = await ctx.storage.rsvps.recipients(event.id, MESSAGE_STATES)
    if not people:
        ctx.reply(t("message.none", id=event.id, title=event.title), private=True)
        return
    sender = ctx.member.display_name

    def message() -> Reply:
        return Reply(t("notify.message", name=sender, title=event.title, id=event.id,
                       when=format_when(event.starts_at), text=text),
                     buttons=(Button(t("button.open_event", id=event.id),
                                     actions.encode("event", event.id)),))

    ctx.core.notify_all(people, message)
    ctx.reply(t("message.sent", count=len(people), id=event.id, title=event.title),
              private=True)
