"""Listing, showing, creating, editing and cancelling events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from bot.cards import build_card, event_line, kind_label
from bot.context import Context
from bot.dates import parse_duration
from bot.errors import NotFound, UserInputError
from bot.i18n import format_price, format_when, t
from bot.messages import Reply
from bot.router import Router
from commands import args
from storage import Event, NewEvent, Recipient

LIST_LIMIT = 15

# Field names organisers may type, French and English, to the stored column.
FIELDS = {
    "title": "title", "titre": "title", "nom": "title",
    "description": "description", "desc": "description",
    "when": "starts_at", "date": "starts_at", "start": "starts_at", "quand": "starts_at",
    "debut": "starts_at", "début": "starts_at", "heure": "starts_at",
    "end": "ends_at", "fin": "ends_at",
    "duration": "duration", "duree": "duration", "durée": "duration",
    "place": "place", "lieu": "place", "where": "place", "ou": "place", "où": "place",
    "capacity": "capacity", "capacite": "capacity", "capacité": "capacity",
    "places": "capacity", "seats": "capacity",
    "kind": "kind", "type": "kind", "genre": "kind",
    "price": "price_cents", "prix": "price_cents", "tarif": "price_cents",
    "audience": "audience", "public": "audience", "age": "audience", "âge": "audience",
}
NOTIFY_FIELDS = ("starts_at", "ends_at", "place")


async def load_event(ctx: Context, text: str) -> Event:
    event_id = args.event_id(text)
    event = await ctx.storage.get_event(event_id)
    if event is None:
        raise NotFound("error.event_not_found", id=event_id)
    return event


async def card_reply(ctx: Context, event: Event) -> None:
    counts = await ctx.storage.counts(event.id)
    ctx.reply(card=build_card(event, counts))


async def list_events(ctx: Context) -> None:
    events = await ctx.storage.upcoming_events(ctx.now, LIST_LIMIT)
    if not events:
        ctx.reply(t("events.none") + ("\n" + t("events.none_organizer") if ctx.is_organizer
                                      else ""))
        return
    lines = [t("events.header")]
    for event in events:
        lines.append(event_line(event, await ctx.storage.counts(event.id)))
    lines.append(t("events.footer"))
    ctx.reply("\n".join(lines))


async def show_event(ctx: Context) -> None:
    if not ctx.args:
        raise UserInputError("error.missing_event_id")
    event = await load_event(ctx, ctx.args.split()[0])
    await card_reply(ctx, event)


async def new_event(ctx: Context) -> None:
    parts = args.title_and_when(ctx.args, "error.newevent_parts")
    title = args.title(parts[0])
    starts_at = args.future_moment(parts[1], ctx.now)
    capacity = args.capacity(parts[2]) if len(parts) > 2 else None
    kind = args.kind(parts[3]) if len(parts) > 3 and parts[3] else "other"
    price = args.price(parts[4]) if len(parts) > 4 else 0
    event = await ctx.storage.create_event(
        NewEvent(title=title, starts_at=starts_at, place=ctx.core.settings.default_place,
                 kind=kind, capacity=capacity, price_cents=price, created_by=ctx.member.id),
        ctx.now,
    )
    ctx.reply(t("newevent.done", id=event.id, title=event.title,
                when=format_when(event.starts_at)))
    await card_reply(ctx, event)


async def _edit_value(ctx: Context, event: Event, column: str, raw: str) -> dict[str, object]:
    if column == "title":
        return {"title": args.title(raw)}
    if column == "description":
        return {"description": args.short_text(raw, args.MAX_DESCRIPTION)}
    if column in ("place", "audience"):
        value = args.short_text(raw)
        if column == "place" and not value:
            raise UserInputError("error.missing_value")
        return {column: value}
    if column == "starts_at":
        start = args.future_moment(raw, ctx.now)
        changes: dict[str, object] = {"starts_at": start}
        if event.ends_at is not None:
            changes["ends_at"] = start + (event.ends_at - event.starts_at)
        return changes
    if column == "ends_at":
        end = args.future_moment(raw, ctx.now)
        if end <= event.starts_at:
            raise UserInputError("error.end_before_start")
        return {"ends_at": end}
    if column == "duration":
        length = parse_duration(raw)
        if length is None or length > timedelta(days=7):
            raise UserInputError("error.bad_duration", value=raw[:20])
        return {"ends_at": event.starts_at + length}
    if column == "capacity":
        return {"capacity": args.capacity(raw)}
    if column == "kind":
        return {"kind": args.kind(raw)}
    if column == "price_cents":
        return {"price_cents": args.price(raw)}
    raise UserInputError("error.bad_field", value=column)


def _shown(column: str, event: Event) -> str:
    if column in ("starts_at",):
        return format_when(event.starts_at)
    if column in ("ends_at", "duration"):
        return format_when(event.ends_at) if event.ends_at else "-"
    if column == "capacity":
        return str(event.capacity) if event.capacity else t("card.unlimited")
    if column == "price_cents":
        return format_price(event.price_cents)
    if column == "kind":
        return kind_label(event.kind)
    return str(getattr(event, column))


async def edit_event(ctx: Context) -> None:
    head = ctx.args.split(None, 2)
    if len(head) < 3:
        raise UserInputError("error.editevent_parts")
    event = await load_event(ctx, head[0])
    column = FIELDS.get(head[1].lower())
    if column is None:
        raise UserInputError("error.bad_field", value=head[1][:20])
    if event.cancelled:
        raise UserInputError("error.event_cancelled_edit", id=event.id)
    if event.starts_at <= ctx.now:
        raise UserInputError("error.event_past_edit", id=event.id)
    changes = await _edit_value(ctx, event, column, head[2])
    result = await ctx.storage.update_event(event.id, ctx.now, **changes)
    if result is None:
        raise NotFound("error.event_not_found", id=event.id)
    updated, promoted = result
    ctx.reply(t("editevent.done", id=updated.id, field=head[1].lower(),
                value=_shown(column, updated)))
    counts = await ctx.storage.counts(updated.id)
    if updated.capacity is not None and counts.going_seats > updated.capacity:
        ctx.reply(t("editevent.over_capacity", taken=counts.going_seats,
                    capacity=updated.capacity))
    if any(c in changes for c in NOTIFY_FIELDS):
        people = await ctx.storage.recipients(updated.id, ("going", "waitlisted"))
        ctx.core.notify_all(people, lambda: Reply(
            t("notify.changed", title=updated.title, id=updated.id,
              when=format_when(updated.starts_at), place=updated.place)))
    notify_promoted(ctx, updated, promoted)
    ctx.core.cards_changed(updated.id)


def notify_promoted(ctx: Context, event: Event, promoted: Iterable[Recipient]) -> None:
    """Waitlisted members who just got a seat hear it at once, privately."""
    ctx.core.notify_all(promoted, lambda: Reply(
        t("notify.promoted", title=event.title, id=event.id, when=format_when(event.starts_at))))


async def cancel_event(ctx: Context) -> None:
    if not ctx.args:
        raise UserInputError("error.missing_event_id")
    event = await load_event(ctx, ctx.args.split()[0])
    if event.cancelled:
        ctx.reply(t("cancelevent.already", id=event.id, title=event.title))
        return
    cancelled = await ctx.storage.cancel_event(event.id, ctx.now)
    if cancelled is None:
        raise NotFound("error.event_not_found", id=event.id)
    people = await ctx.storage.recipients(event.id, ("going", "waitlisted", "maybe"))
    ctx.core.notify_all(people, lambda: Reply(
        t("notify.cancelled", title=event.title, id=event.id, when=format_when(event.starts_at))))
    ctx.core.cards_changed(event.id)
    ctx.reply(t("cancelevent.done", id=event.id, title=event.title, count=len(people)))


def register(router: Router) -> None:
    router.command("events", list_events, aliases=("evenements", "agenda", "programme"))
    router.command("event", show_event, aliases=("evenement", "details", "info"))
    router.command("newevent", new_event, aliases=("nouvelevenement", "creer", "create"),
                   organizer=True)
    router.command("editevent", edit_event, aliases=("modifier", "edit"), organizer=True)
    router.command("cancelevent", cancel_event, aliases=("annuler", "cancel"), organizer=True)
