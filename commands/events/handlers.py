"""Listing, showing, creating, duplicating, editing and cancelling events (after a preview,
with a reason), closing and reopening their sign-ups; their calendar file.

A picture sent with a creation goes to the poster feature (`commands.posters.attach`),
reached by name at run time: posters build on events (they import `load_event`), so an
import here would be a loop; without that feature a picture is simply not kept."""

from __future__ import annotations

import importlib
import re
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import actions
from bot.actions import Action
from bot.cards import build_card, card_title, event_line, is_over, kind_label, seats_text
from bot.config import Settings
from bot.context import Context
from bot.dates import SMALL_HOURS, When, read_when, typed_day
from bot.errors import BotError, Conflict, NotFound, UserInputError
from bot.i18n import (
    PARIS,
    format_clock,
    format_price,
    format_span,
    format_when,
    platform_key,
    t,
    weekday_name,
)
from bot.messages import Attachment, Button, Reply
from bot.spec import DISCORD
from bot.text import fold, strip_accents
from commands.events.calendar import event_ics
from commands.events.parsers import FIELD_WORDS, FIELDS, way_kept, with_way
from commands.events.strings import STRINGS
from storage import Event, NewEvent, Recipient, Series
from storage.party import DESK

Attach = Callable[[Any, int, bytes, datetime], Awaitable[None]]
Clean = Callable[[bytes], Awaitable[bytes]]
LIST_LIMIT = 15
# An organiser's command sent alone: the upcoming events offered to tap (`offer_events`).
MAX_PICKED = 6
MAX_PICKED_TITLE = 30  # « [Démo] Soirée jeux de société » whole
EDIT_VERB = "edit"
CLOSE_VERB, REOPEN_VERB, COPY_VERB = "close", "reopen", "copy"
COPY_PAST = timedelta(days=42)  # « /dupliquer » alone offers the last six weeks' too
CANCEL_VERB = "cancelpick"  # « /annuler » alone: a tap shows that event's preview
# Members who answered hear about a change of these (not of a title or a price).
NOTIFY_COLUMNS = ("starts_at", "ends_at", "place")


def shown_title(event: Event) -> str:
    """The title as the reader's card shows it (`bot.cards.card_title`): a demo event's in
    their language with « [Démo] » first (a confirmation, a button or a notice naming it
    plainly reads as an evening someone organised), anything an organiser typed as typed."""
    return card_title(event)


def looks_like_picture(data: bytes) -> bool:
    """A first look at the bytes (JPEG, PNG, GIF, WebP signatures), so a wrong file is
    refused in the step's own words without starting the image worker; the poster feature
    then checks and cleans the picture for real (`picture_cleaner`)."""
    return data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def _poster_feature(name: str) -> Any:
    """A function of the poster feature, if installed (see the module docstring for why it
    is looked up by name)."""
    try:
        module = importlib.import_module("commands.posters")
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if callable(found) else None


def poster_hook() -> Attach | None:
    """The poster feature's `attach(services, event_id, data, now)`, if installed."""
    hook: Attach | None = _poster_feature("attach")
    return hook


def picture_cleaner() -> Clean | None:
    """The poster feature's `clean(data)`: a picture the guided creation keeps in its draft
    is cleaned first (no GPS or comment on the disk)."""
    cleaner: Clean | None = _poster_feature("clean")
    return cleaner


async def with_poster(ctx: Context, event: Event, image: bytes | None) -> tuple[Event, str]:
    """The new event with `image` as its poster (read again, so its card shows it) and, when
    the picture was refused, what to tell the organiser; unchanged without a picture or
    without the poster feature."""
    attach = poster_hook()
    if image is None or attach is None:
        return event, ""
    refused = ""
    try:
        await attach(ctx.core, event.id, image, ctx.now)
    except UserInputError as err:
        refused = t("guided.picture_refused", reason=t(err.key, **err.values), id=event.id)
    return await load_event(ctx, event.id), refused


async def load_event(ctx: Context, event_id: int) -> Event:
    event = await ctx.storage.events.get(event_id)
    if event is None:
        raise NotFound("error.event_not_found", id=event_id)
    return event


async def card_reply(ctx: Context, event: Event) -> None:
    counts = await ctx.storage.rsvps.counts(event.id)
    ctx.reply(card=build_card(event, counts, ctx.now))


async def offer_events(ctx: Context, verb: str, keep: Callable[[Event], bool] | None = None,
                       none: str = "pick.none", past: timedelta | None = None) -> None:
    """An organiser's command sent alone (a phone's menu sends « /modifier » so, and nobody
    knows a number by heart): the upcoming events, one button each (`verb`, its wording
    under `pick.*.<verb>`) that does the command with it, and the line to type; privately
    (the lists it leads to are the organisers'). `keep` narrows them (« /rouvrir »: the
    closed ones), `none` says when none is left; `past` takes events that started within
    it too (« /dupliquer »: last week's night again), the nearest to now first."""
    since = ctx.now - past if past is not None else ctx.now
    found = [e for e in await ctx.storage.events.upcoming(since, 200) if keep is None or keep(e)]
    nearest = sorted(found, key=lambda e: abs(e.starts_at - ctx.now))[:MAX_PICKED]
    listed = sorted(nearest, key=lambda e: (e.starts_at, e.id))
    if not listed:
        raise NotFound(none)
    buttons = tuple(Button(t(f"pick.button.{verb}", id=e.id,
                             day=e.starts_at.astimezone(PARIS).strftime("%d/%m"),
                             title=shown_title(e)[:MAX_PICKED_TITLE]),
                           actions.encode(verb, e.id)) for e in listed)
    lines = [t(f"pick.header.{verb}"), *(event_line(e) for e in listed)]
    if ctx.wording != DISCORD:  # a slash command's answer: a typed line is no slash command
        lines.append(t(f"pick.line.{verb}", id=listed[0].id))
    ctx.reply("\n".join(lines), buttons=buttons, private=True)


async def press_line(ctx: Context, action: Action) -> None:
    """A button of a command sent alone that needs more than the event (« /ecrire »,
    « /inscrire », « /retirer », « /dupliquer »): the line to type with its number (on
    Discord, the options to fill), privately."""
    ctx.require_organizer()
    event = await load_event(ctx, int(action.target))
    key = f"pick.then.{action.verb}"
    ctx.reply(t(platform_key(key, ctx.wording), id=event.id,
                title=shown_title(event)), private=True)


async def close_alone(ctx: Context) -> None:
    await offer_events(ctx, CLOSE_VERB, lambda e: not e.signups_closed, "pick.none.close")


async def reopen_alone(ctx: Context) -> None:
    await offer_events(ctx, REOPEN_VERB, lambda e: e.signups_closed, "pick.none.reopen")


async def duplicate_alone(ctx: Context) -> None:
    """The events of the last weeks too: a copy is most often of one that took place."""
    await offer_events(ctx, COPY_VERB, past=COPY_PAST)


async def press_cancel_pick(ctx: Context, action: Action) -> None:
    """A button of « /annuler » alone: that event's preview, as « /annuler 12 » gives it
    (nothing is cancelled before its « Confirmer »)."""
    ctx.require_organizer()
    ctx.values.update(event=int(action.target), text=None)
    await cancel_event(ctx)


async def press_signups(ctx: Context, action: Action) -> None:
    """A button of « /fermer » or « /rouvrir » alone: done, as « /fermer 12 » does."""
    ctx.require_organizer()
    ctx.values["event"] = int(action.target)
    await _set_signups(ctx, closed=action.verb == CLOSE_VERB)


async def edit_alone(ctx: Context) -> None:
    await offer_events(ctx, EDIT_VERB)


async def press_edit(ctx: Context, action: Action) -> None:
    """A button of « /modifier » alone: that event's lines to copy, one per field (on
    Discord, the options to fill)."""
    ctx.require_organizer()
    event = await load_event(ctx, int(action.target))
    # Discord: a typed « /modifier 1 lieu … » is no slash command; its options are named.
    raise UserInputError(platform_key("error.missing_editevent_field", ctx.incoming.platform),
                         event=event.id)


async def list_events(ctx: Context) -> None:
    events = await ctx.storage.events.upcoming_with_counts(ctx.now, LIST_LIMIT)
    if not events:
        ctx.reply(t("events.none") + ("\n" + t("events.none_organizer") if ctx.is_organizer
                                      else ""))
        return
    lines = [t("events.header")]
    for event, counts in events:
        lines.append(event_line(event, counts))
    lines.append(t(platform_key("events.footer", ctx.wording)))
    ctx.reply("\n".join(lines))


async def next_event(ctx: Context) -> None:
    """The next event, of one kind if asked (« /prochain jeux »): what parents ask most."""
    kind: str | None = ctx.values["kind"]
    for event in await ctx.storage.events.upcoming(ctx.now, 100):
        if kind is None or event.kind == kind:
            await card_reply(ctx, event)
            return
    ctx.reply(t("next.none_kind", kind=kind_label(kind)) if kind else t("events.none"))


async def show_event(ctx: Context) -> None:
    await card_reply(ctx, await load_event(ctx, ctx.values["event"]))


async def press_event(ctx: Context, action: Action) -> None:
    """The 'see the event' button under reminders and notices."""
    await card_reply(ctx, await load_event(ctx, int(action.target)))


async def new_event(ctx: Context) -> None:
    """The one-line form; a picture sent with it becomes the event's poster."""
    image = ctx.incoming.image  # one too large was refused by the core before this ran
    when = ctx.values["when"]
    await _no_twin(ctx, ctx.values["title"], when.start)
    event = await ctx.storage.events.create(
        NewEvent(title=ctx.values["title"], starts_at=when.start, ends_at=when.end,
                 place=ctx.core.settings.default_place, kind=ctx.value("kind", "other"),
                 capacity=ctx.values["capacity"], price_cents=ctx.value("price", 0),
                 description=when.remark,  # « samedi 20h, goûter offert »: kept
                 created_by=ctx.member.id),
        ctx.now,
    )
    ctx.reply(t("newevent.done", id=event.id, title=shown_title(event),
                when=format_span(event.starts_at, event.ends_at)) + _twice_note(event)
                + small_hours_note(event))
    event, refused = await with_poster(ctx, event, image)
    if refused:
        ctx.reply(refused)
    await card_reply(ctx, event)


def configured_chats(settings: Settings) -> int:
    """How many announcement chats the running platforms were given."""
    return ((len(set(settings.telegram_announce_chat_ids)) if settings.telegram_token else 0)
            + (len(set(settings.discord_announce_channel_ids)) if settings.discord_token
               else 0))


def published_text(settings: Settings, reached: int, event_id: int | None = None,
                   unset: str = "announce.no_channel") -> str:
    """What an organiser reads after publishing (/annoncer, /annoncerplustard's job, the
    guided creation's « Publier maintenant »): how many announcement chats took it; those
    that refused (the bot's rights changed) are counted, with whom to ask and, for a card,
    the line to type once it is mended. `unset`: the words when no chat is configured at
    all (the guided creation says its own, with /annoncer to type later). Here, not in
    commands/announcements: the guided creation (this feature) needs it too, and that
    feature imports this one."""
    configured = configured_chats(settings)
    if reached == 0 and (settings.telegram_announce_chat_ids
                         or settings.discord_announce_channel_ids):
        again = t("announce.again_line", id=event_id) if event_id is not None else ""
        return " ".join(filter(None, (t("announce.failed"), again)))
    if reached == 0:
        return t(unset, id=event_id)
    if reached < configured:
        return t("announce.partial", count=reached, total=configured,
                 missing=configured - reached)
    return t("announce.done", count=reached)


async def _no_twin(ctx: Context, title: str, starts_at: datetime) -> None:
    """The same line sent twice from a slow phone would make two events of one evening, each
    with its seats: the first one is named instead."""
    # Upcoming events come in order of their start: those at this very moment come first.
    for twin in await ctx.storage.events.upcoming(starts_at - timedelta(microseconds=1)):
        if twin.starts_at == starts_at and fold(twin.title) == fold(title):
            raise Conflict("newevent.twin", id=twin.id, title=shown_title(twin),
                           when=format_when(twin.starts_at))


async def duplicate_event(ctx: Context) -> None:
    """Last month's board-game night again: a new event with everything of the source but
    its answers, at the new date. A cancelled or past source is fine; the copy starts afresh:
    scheduled, sign-ups open, outside any series, not a demo, unpublished."""
    source = await load_event(ctx, ctx.values["event"])
    # A day alone (« samedi prochain ») keeps the source's time, as /modifier … date does.
    when = _week_on(source, ctx.values["when"], ctx.now) or read_when(
        ctx.values["when"], ctx.now, time=source.starts_at.astimezone(PARIS).time())
    if when.start == source.starts_at and not source.cancelled:
        # « samedi prochain » on a Wednesday is this Saturday: the source's own moment. A twin
        # with seats of its own is never what was meant; a week on is offered.
        week_on = source.starts_at.astimezone(PARIS) + timedelta(days=7)  # same wall time
        raise Conflict("duplicate.same_moment", id=source.id, title=shown_title(source),
                       when=format_when(source.starts_at), week_on=format_when(week_on),
                       typed=typed_day(week_on.date()))
    await _no_twin(ctx, source.title, when.start)  # the same copy sent twice
    ends_at = when.end  # a range typed sets the end; else the source's length is kept
    if ends_at is None and source.ends_at is not None:
        ends_at = when.start + (source.ends_at - source.starts_at)
    event = await ctx.storage.events.create(
        NewEvent(title=source.title, starts_at=when.start, ends_at=ends_at, place=source.place,
                 kind=source.kind, capacity=source.capacity, price_cents=source.price_cents,
                 description=source.description, audience=source.audience,
                 created_by=ctx.member.id),
        ctx.now,
    )
    if await ctx.storage.posters.copy(source.id, event.id, ctx.now):  # a file of its own
        event = await load_event(ctx, event.id)
    ctx.reply(t("duplicate.done", source=source.id, id=event.id, title=shown_title(event),
                when=format_span(event.starts_at, event.ends_at)) + small_hours_note(event)
              + await _same_day_note(ctx, event))
    if source.cancelled and source.starts_at > ctx.now:
        await _told_again(ctx, source, event)
    await card_reply(ctx, event)


async def _same_day_note(ctx: Context, copy: Event) -> str:
    """A copy made on a day that already has an event of that title (another hour: a date
    typed wrong, or the week counted from a moved source): said, with the line that takes
    the copy back. Two nights of one title on one evening are rarely meant."""
    day = copy.starts_at.astimezone(PARIS).date()
    since = datetime.combine(day, datetime.min.time(), tzinfo=PARIS).astimezone(UTC)
    others = [e for e in await ctx.storage.events.upcoming(since, 200)
              if e.id != copy.id and not e.cancelled and fold(e.title) == fold(copy.title)
              and e.starts_at.astimezone(PARIS).date() == day]
    if not others:
        return ""
    shown = []
    for other in others:
        local = other.starts_at.astimezone(PARIS)
        shown.append(t("duplicate.same_day_one", id=other.id,
                       clock=format_clock(local.hour, local.minute)))
    return "\n" + t("duplicate.same_day", id=copy.id, title=shown_title(copy),
                     others=", ".join(shown))


# « /dupliquer 12 la semaine d'après »: a week after the copied event (folded words).
_WEEK_AFTER = frozenset(fold(words) for words in (
    "la semaine d'après", "la semaine suivante", "semaine suivante", "la semaine d'apres",
    "une semaine plus tard", "1 semaine plus tard", "une semaine après", "+1 semaine",
    "+ 1 semaine", "+1 sem", "même heure la semaine d'après", "même heure la semaine suivante",
    "même jour la semaine d'après", "même jour même heure la semaine d'après",
    "the week after", "a week later", "one week later", "same time the week after"))
# « la semaine prochaine » alone: next week, on the copied event's weekday and time.
_NEXT_WEEK = frozenset(fold(words) for words in (
    "la semaine prochaine", "semaine prochaine", "même heure la semaine prochaine",
    "même jour la semaine prochaine", "même jour même heure la semaine prochaine",
    "next week", "same time next week", "same day next week"))
# « dans une semaine »: from today, as the words say, or from the event, as a copy means?
_IN_A_WEEK = frozenset(fold(words) for words in (
    "dans une semaine", "dans 1 semaine", "in a week", "in one week", "in a week's time"))


def _week_on(source: Event, typed: str, now: datetime) -> When | None:
    """A copy « la semaine d'après » is the copied event's weekday and time a week on, not a
    week from today: the dates reader counts from today, which put a Saturday night's copy on
    a Wednesday, said as done. « dans une semaine » means either when the event is not on
    today's weekday: both dates are asked. None: for the dates reader."""
    words = fold(typed)
    wall = source.starts_at.astimezone(PARIS)
    week_on = wall + timedelta(days=7)  # the same wall time, over a change of clocks too
    today = now.astimezone(PARIS).date()
    next_week = today + timedelta(days=7 - today.weekday() + wall.weekday())
    if words in _WEEK_AFTER and week_on > now:
        return When(start=week_on.astimezone(UTC))
    if words in _WEEK_AFTER or words in _NEXT_WEEK:
        start = datetime.combine(next_week, wall.time(), tzinfo=PARIS)
        return When(start=start.astimezone(UTC))
    if words in _IN_A_WEEK and week_on > now and week_on.date() != today + timedelta(days=7):
        from_today = datetime.combine(today + timedelta(days=7), wall.time(), tzinfo=PARIS)
        raise Conflict("duplicate.in_a_week", typed=typed.strip()[:30], id=source.id,
                             from_today=format_when(from_today),
                             from_event=format_when(week_on),
                             today_line=_copy_day(from_today), event_line=_copy_day(week_on))
    return None


def _copy_day(moment: datetime) -> str:
    """« samedi 5/12 »: a day as typed after /dupliquer (the time is the copied one's)."""
    return f"{weekday_name(moment.weekday())} {typed_day(moment.date())}"


async def _told_again(ctx: Context, source: Event, copy: Event) -> None:
    """A cancelled event put back on the programme (a copy of it, after a cancellation by
    mistake or a new date): the people told of the cancellation are told where to answer
    again; nobody else can write to them (/message refuses a cancelled event)."""
    people, to_call = await told_and_called(ctx, source.id)
    if not people and not to_call:
        return
    earlier = await ctx.storage.events.mark_back(source.id, copy.id)
    if earlier is not None:  # a second copy (next month's): they heard of the first one
        ctx.reply(t("duplicate.told_before", source=source.id, earlier=earlier))
        return
    ctx.core.notify_all(people, lambda: Reply(
        t("notify.rescheduled", title=shown_title(source), source=source.id, id=copy.id,
          when=format_span(copy.starts_at, copy.ends_at), place=copy.place),
        buttons=(Button(t("button.open_event", id=copy.id), actions.encode("event", copy.id)),)),
        about=copy.id)
    # Private: the people to call are named, with their notes (a phone number).
    ctx.reply("\n".join(line for line in (
        t("duplicate.told", count=len(people), source=source.id), to_call) if line),
        private=True)


def _twice_note(event: Event) -> str:
    """On the autumn night 2:00-3:00 happens twice; the reader takes the first (summer time).
    Said, so an organiser who meant the second can move it by an hour."""
    local = event.starts_at.astimezone(PARIS)
    if local.replace(fold=1).utcoffset() == local.replace(fold=0).utcoffset():
        return ""
    return "\n" + t("newevent.twice", time=format_when(event.starts_at))


def night_words(start: datetime) -> dict[str, str] | None:
    """A start in the small hours, in words (time, eve, day: « 3h », the night from Friday
    to Saturday); None for any other start. Shared by the commands and guided creation."""
    local = start.astimezone(PARIS)
    if local.hour >= SMALL_HOURS:
        return None
    return {"time": format_clock(local.hour, local.minute),
            "eve": weekday_name((local.weekday() - 1) % 7),
            "day": weekday_name(local.weekday())}


def small_hours_note(event: Event) -> str:
    """« samedi 3h » is 3 in the morning, the night from Friday to Saturday: said in words,
    so an organiser who meant Saturday night or the afternoon sees it ("" otherwise)."""
    words = night_words(event.starts_at)
    if words is None:
        return ""
    local = event.starts_at.astimezone(PARIS)
    return "\n" + t("newevent.small_hours", id=event.id, **words,
                    afternoon=format_clock(local.hour + 12, local.minute))


def _typed_day(event: Event) -> str:
    """The event's moment as an organiser types it (« 4/12 20h30 »), for a line to copy."""
    local = event.starts_at.astimezone(PARIS)
    return f"{typed_day(local.date())} {format_clock(local.hour, local.minute)}"


def _shown(field: str, event: Event) -> str:
    """The new value as the reader will read it."""
    if field == "when":
        return format_span(event.starts_at, event.ends_at)
    if field == "duration" and event.ends_at is not None:  # the length typed, then the end
        return t("editevent.duration_shown", length=length_words(event.ends_at - event.starts_at),
                 end=format_when(event.ends_at))
    if field in ("end", "duration"):
        return format_when(event.ends_at) if event.ends_at else "-"
    return shown_value(field, event)


def shown_value(field: str, item: Event | Series) -> str:
    """A field events and series share, as the reader reads it (« 3,00 € », « illimité »):
    /modifier and /modifierserie say a new value alike."""
    if field == "capacity":
        return str(item.capacity) if item.capacity else t("card.unlimited")
    if field == "price":
        return format_price(item.price_cents)
    if field == "kind":
        return kind_label(item.kind)
    return str(getattr(item, field))


def length_words(span: timedelta) -> str:
    """« 3h », « 1h30 », « 45 min »: a length as organisers type it (series say it too)."""
    hours, minutes = divmod(round(span.total_seconds() / 60), 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours}h{minutes:02d}" if minutes else f"{hours}h"


def _changed_word(field: str, before: Event, after: Event) -> str:
    """What the confirmation says changed: for the moment, the time, the day or both (the
    organiser typed « heure 21h »: « heure → … », not « date → … »)."""
    if field != "when":
        return t(f"word.field.{field}")
    old, new = before.starts_at.astimezone(PARIS), after.starts_at.astimezone(PARIS)
    day, time = old.date() != new.date(), old.time() != new.time()
    if day and time:
        return t("editevent.changed_day_time")
    if day or time:
        return t("editevent.changed_day" if day else "editevent.changed_time")
    return t("word.field.when")


# Fields whose value is never free text: their own word typed again before the value
# (Discord's « champ : Date et heure », « valeur : heure 21h ») only names the field.
_WORDED_FIELDS = frozenset({"when", "end", "duration", "capacity", "price", "kind"})


def _without_field_word(field: str, value: str) -> str:
    """« heure 21h » → « 21h » when the field is already the moment; a title, place or
    description keeps its first word (« Nom de code »)."""
    words = value.split()
    if field in _WORDED_FIELDS:  # Discord's label typed again: « nombre de places 30 »
        for label in STRINGS[f"choice.field.{field}"].values():
            size = len(label.split())
            if size > 1 and len(words) > size and [fold(w) for w in label.split()] == [
                    fold(w.rstrip(":")) for w in words[:size]]:
                return re.sub(r"^\s*[:=]\s*", "", " ".join(words[size:]))
    head, _, rest = value.strip().partition(" ")
    if field in _WORDED_FIELDS and rest.strip() and FIELD_WORDS.get(fold(head)) == field:
        return re.sub(r"^\s*[:=]\s*", "", rest)
    return value


# « /modifier 12 salle 2 »: the room's name keeps its word; « salle Grande salle » does not.
_ROOM_NAME = re.compile(r"^(?:\d|[^\W\d_]\b|du\s|de\s|des\s|d['’])", re.IGNORECASE)
# « /modifier 12 nombre de places 30 »: what follows « nombre ».
_OF_SEATS = re.compile(r"^(?:de|d['’])\s*(?:places?|participants?|personnes?)\s*:?\s*",
                       re.IGNORECASE)


def said_with_its_word(field: str, typed: list[str], value: str) -> str:
    """The value as meant when the field's word was part of it: « salle 2 » is the place
    « Salle 2 », « nombre de places 30 » (« nb de places 30 ») 30 seats."""
    word = fold(typed[0]) if typed else ""
    if field == "place" and word == "salle" and _ROOM_NAME.match(value.strip()):
        return f"Salle {value.strip()}"
    if field == "capacity" and word in ("nombre", "nb"):  # « nb de places 30 »
        return _OF_SEATS.sub("", value.strip())
    return value


# « lieu Salle 2 et places 30 »: a second field after « et », a comma, « puis », "and".
_SECOND_FIELD = re.compile(r"(?:\s*[,;]|\s+(?:et|puis|and|&|\+))\s+(?:(?:le|la|les|the)\s+"
                           r"|l['’]\s*)?([^\W\d_][^\s:]*)\s*:?\s+(\S.*)$", re.IGNORECASE)


def second_change(field: str, value: str, reads: Callable[[str, str], bool],
                  worded: frozenset[str] = _WORDED_FIELDS) -> tuple[str, str, str, str] | None:
    """« lieu Salle 2 et places 30 »: (first value, second field, its word as typed, its
    value) when a second change follows the first one's value and reads as its field
    (`reads(field, value)`), while the whole line does not read as the first (« samedi 20h,
    fin 23h » is a date with its end); None for one change (« Salle des fêtes et jardin »).
    A description is free text, with commas and « et »: never split."""
    if field == "description":
        return None
    for found in _SECOND_FIELD.finditer(value):
        second = FIELD_WORDS.get(fold(found.group(1)))
        first_value = value[:found.start()].strip()
        if second is None or second == field or not first_value:
            continue
        second_value = said_with_its_word(second, [found.group(1)], found.group(2).strip())
        if field in worded:  # « 30 et lieu Salle 2 » is no number of seats
            if reads(field, value):
                return None
            if not reads(field, first_value):
                continue
        if second in worded and not reads(second, second_value):
            continue
        if field not in worded and second not in worded:
            continue  # « Salle 2, titre du lieu » may be a place's name
        return first_value, second, found.group(1).lower(), second_value
    return None


def _one_change(ctx: Context, event: Event, field: str, value: str) -> None:
    """« /modifier 12 lieu Salle 2 et places 30 » changed the place to « Salle 2 et places
    30 » and told every parent so. Two changes in one line are asked, nothing changed."""
    def reads(name: str, text: str) -> bool:
        try:
            FIELDS[name].change(event, text, ctx.now)
        except BotError:
            return False
        return True

    found = second_change(field, value, reads)
    if found is None and field == "when":
        _beside_the_date(ctx, event, value)
    if found is None:
        return
    first_value, second, second_word, second_value = found
    typed = ctx.args.split()[1:2]  # the field's word as she typed it (« heure »)
    first = typed[0] if typed and FIELD_WORDS.get(fold(typed[0])) == field else t(
        f"word.field.{field}")
    raise Conflict(
        platform_key("editevent.one_at_a_time", ctx.wording), id=event.id,
        first=first, first_value=first_value, second=second_word, second_value=second_value,
        first_label=t(f"choice.field.{field}"), second_label=t(f"choice.field.{second}"))


# « salle du haut », « au 1er étage », "in room 3": a remark beside a date that says where.
_WHERE = re.compile(r"^(?:(?:a|au|aux|en|dans|chez|in|at)\s+)?(?:la\s+|le\s+|l\s+|the\s+)?"
                    r"(?:\d{1,2}\s*(?:er|ere|e|eme|st|nd|rd|th)\s+)?"
                    r"(?:salle|lieu|etage|rdv|rendez vous|room|hall|cour|jardin|gymnase|"
                    r"mediatheque|focus|local|studio)\b")
# Its leading word of place (« lieu : ») or preposition (« au », « dans la »), not the place's.
_TO_PLACE = re.compile(r"^\s*(?:(?:lieu|place|where)\s*:?\s+|(?:à|a|au|aux|en|dans|in|at)\s+"
                       r"(?:la\s+|le\s+|l['’]\s*|the\s+)?(?=\S))", re.IGNORECASE)


def _beside_the_date(ctx: Context, event: Event, value: str) -> None:
    """« date vendredi 11 décembre 20h30 salle du haut »: the date was changed and « salle
    du haut » read past and dropped (said as done, the parents told of the old place). A
    remark typed beside the new date is asked: the place (or the description) too? Nothing
    changed, the two lines to send (on Discord, the two fields to fill)."""
    if re.search(r"\b(?:au lieu d|instead of)", strip_accents(value.lower())):
        return  # « 20h au lieu de 19h »: the old moment named, not a place (the reader's)
    local = event.starts_at.astimezone(PARIS)
    try:
        when = read_when(value, ctx.now, day=local.date(), time=local.time())
        remark = when.remark.strip()
    except BotError:  # « … 20h au 1er étage », « … 20h, dans la salle du haut »: refused
        remark = _place_after(value, ctx.now, local)
    if not remark or remark not in value:
        return
    date = " ".join(value.replace(remark, " ", 1).split()).strip(" ,;:-–—()")
    remark = remark.strip(" ,;:-–—()")
    if not date or not remark:
        return
    said = " ".join(strip_accents(remark.lower()).replace("'", " ").replace("’", " ").split())
    second = "place" if _WHERE.match(said) else "description"
    typed = ctx.args.split()[1:2]  # the field's word as she typed it (« date », « heure »)
    first = typed[0] if typed and FIELD_WORDS.get(fold(typed[0])) == "when" else t(
        "word.field.when")
    raise Conflict(
        platform_key(f"editevent.beside_date_{second}", ctx.wording), id=event.id,
        remark=remark, first=first, first_value=date, second=t(f"word.field.{second}"),
        second_value=without_place_word(remark) if second == "place" else remark,
        first_label=t("choice.field.when"), second_label=t(f"choice.field.{second}"))


def place_typed_after(value: str, reads: Callable[[str], bool]) -> tuple[str, str] | None:
    """A place typed after a moment that does not read with it (« 20h au 1er étage »,
    « 18h30 salle 2 »): (the moment, the place as typed) when what comes before the place
    reads alone (`reads`); the longest place first. None otherwise."""
    words = value.split()
    for index in range(1, len(words)):
        tail = " ".join(words[index:])
        said = " ".join(strip_accents(tail.lower()).replace("'", " ").replace("’", " ").split())
        if not _WHERE.match(said):
            continue
        head = " ".join(words[:index]).rstrip(" ,;:-–—(")
        if head and reads(head):
            return head, tail
    return None


def _place_after(value: str, now: datetime, local: datetime) -> str:
    """The place typed after a date whose remark the reader refuses (a digit in it, « du »):
    « samedi 12 décembre 20h au 1er étage » → « au 1er étage », when what comes before it
    reads as a date of its own; "" otherwise."""
    def reads(head: str) -> bool:
        try:
            return not read_when(head, now, day=local.date(), time=local.time()).remark
        except BotError:
            return False

    found = place_typed_after(value, reads)
    return found[1] if found else ""


def without_place_word(place: str) -> str:
    """« au 1er étage » → « 1er étage », « lieu : Salle 2 » → « Salle 2 »: the place's name."""
    return _TO_PLACE.sub("", place, count=1)


async def edit_event(ctx: Context) -> None:
    event = await load_event(ctx, ctx.values["event"])
    if event.starts_at <= ctx.now:
        raise Conflict("error.event_past_edit", id=event.id)
    if event.cancelled:
        raise Conflict("error.event_cancelled_edit", id=event.id, example=_typed_day(event))
    field = ctx.values["field"]
    # « date : samedi 20h », as a French keyboard spaces it: the colon only introduces it.
    value = _without_field_word(field, re.sub(r"^\s*[:=]\s*", "", ctx.values["value"]))
    value = said_with_its_word(field, ctx.args.split()[1:2], value)
    _one_change(ctx, event, field, value)
    typed = ctx.args.split()[1:2]  # « /modifier 3 avancer d'une heure »: the way is the word
    value = with_way(typed[0], value) if typed else value
    changes = FIELDS[field].change(event, value, ctx.now)
    if typed:  # « avancer à 21h » for a 20h event: asked, nothing changed
        way_kept(typed[0], event, changes, value)
    result = await ctx.storage.events.update(event.id, ctx.now, **changes)
    if result is None:
        raise NotFound("error.event_not_found", id=event.id)
    updated, promoted = result
    ctx.reply(t("editevent.done", id=updated.id, field=_changed_word(field, event, updated),
                value=_shown(field, updated))
              + (small_hours_note(updated) if "starts_at" in changes else ""))
    if field == "capacity" and updated.capacity is not None:  # said once, when it is set
        counts = await ctx.storage.rsvps.counts(updated.id)
        if counts.going_seats > updated.capacity:
            ctx.reply(t("editevent.over_capacity", taken=counts.going_seats,
                        capacity=updated.capacity))
    if "starts_at" in changes:  # planned announcements now due after the start are skipped
        late = [p for p in await ctx.storage.announcements.pending()
                if p.event_id == updated.id and p.status == "pending"
                and p.at >= updated.starts_at]
        if late:
            ctx.reply(t("editevent.late_announcements", id=updated.id, count=len(late),
                        numbers=", ".join(t("cancelevent.unscheduled_number", n=p.id)
                                          + f" ({format_when(p.at)})" for p in late),
                        first=late[0].id))
    if any(column in changes for column in NOTIFY_COLUMNS):
        # Whoever may come hears it, "maybe" included (as for a cancellation), with the end:
        # a new end time alone must read differently from the old notice.
        people, to_call = await told_and_called(ctx, updated.id)

        def notice() -> Reply:  # with what it was: a parent can tell what changed
            text = t("notify.changed", title=shown_title(updated), id=updated.id,
                     when=format_span(updated.starts_at, updated.ends_at), place=updated.place)
            before = t("notify.changed_before", when=format_span(event.starts_at,
                                                                 event.ends_at),
                       place=event.place)
            if "starts_at" not in changes:
                return Reply(text + "\n" + before)
            # a new day or time: whoever cannot come then gives the seat up in one tap
            return Reply("\n".join((text, before, t("notify.changed_kept"))),
                         buttons=(Button(t("notify.changed_cannot"),
                                         actions.encode("rsvp", updated.id, "no")),))

        told, unreached = await tell_each(ctx, [(who, notice) for who in people],
                                          about=updated.id, kind="changed")
        lines = [t("editevent.told", count=told) if people or to_call
                 else t("editevent.nobody_answered"), unreached, to_call]
        # names and notes (a phone number): the organiser's eyes only
        ctx.reply("\n".join(line for line in lines if line), private=True)
    ctx.core.event_changed(updated.id, promoted)


async def tell_each(ctx: Context, notices: Sequence[tuple[Recipient, Callable[[], Reply]]],
                    *, about: int | None = None, until: datetime | None = None,
                    kind: str = "notice", series: int | None = None) -> tuple[int, str]:
    """Tell each person their notice now, not in the background, so the organiser reads how
    many were actually messaged: that number (a person told of several things counts once),
    and the lines naming those the bot could not write to (private messages closed, no chat
    ever opened) and the people registered at the desk, who get no message: for the
    organiser to tell ("" when everyone was told). Events and series count alike. The
    notices are kept until sent (`Core.tell`): a kill during the fan-out, or the platform
    failing, leaves them for the scheduler, until `until` (default: once event `about` is
    over); `kind` "cancelled", or "changed" (a new moment or place: the reminders know it
    went out, `Reminders.told_of_move`); `series`: a series' notices, each naming the
    person's dates (a newer one of the series replaces them)."""
    sent = [(who, build) for who, build in notices if who.platform != DESK]
    results = await ctx.core.tell(sent, about=about, until=until, kind=kind, series=series)
    reached: set[int] = set()
    missed: dict[int, str] = {}  # one name per person
    for (who, _), result in zip(sent, results, strict=True):
        if result is True:
            reached.add(who.member_id)
        else:
            missed[who.member_id] = who.display_name
    desk = {who.member_id: who.display_name for who, _ in notices if who.platform == DESK}
    lines = [t("editevent.not_told", names=", ".join(missed.values())) if missed else "",
             t("notify.call_desk", names=", ".join(desk.values())) if desk else ""]
    return len(reached), "\n".join(line for line in lines if line)


async def told_and_called(ctx: Context, event_id: int) -> tuple[list[Recipient], str]:
    """The members told privately of a change to an event, and the line naming the people
    an organiser registered by phone or at the desk: they get no message, so the organiser
    must call them ("" when there are none)."""
    everyone = await ctx.storage.rsvps.recipients(event_id, CANCEL_STATES)
    members = [p for p in everyone if p.platform != DESK]
    if len(members) == len(everyone):
        return members, ""
    entries = await ctx.storage.party.desk(event_id)
    names = []
    for person in everyone:
        entry = entries.get(person.member_id)
        if person.platform == DESK and entry is not None:
            names.append(f"{entry.name} ({entry.note})" if entry.note else entry.name)
    return members, t("notify.call_desk", names=", ".join(names)) if names else ""


# -- closing sign-ups --------------------------------------------------------------------


async def open_event(ctx: Context, event_id: int) -> Event:
    """The event, still to come and not cancelled: answers, seats and sign-ups mean nothing
    otherwise, and saying so before anything is written spares a half-done change."""
    event = await load_event(ctx, event_id)
    if event.cancelled:
        raise Conflict("error.event_cancelled", id=event.id, title=shown_title(event))
    if event.starts_at <= ctx.now:  # its card reads « Terminé » once over: not « commencé »
        key = "error.rsvp_over" if is_over(event, ctx.now) else "error.rsvp_closed"
        raise Conflict(key, id=event.id, title=shown_title(event))
    return event


async def close_signups(ctx: Context) -> None:
    """No new "going" answers; seats and waitlist places already held are kept."""
    await _set_signups(ctx, closed=True)


async def reopen_signups(ctx: Context) -> None:
    await _set_signups(ctx, closed=False)


async def _set_signups(ctx: Context, *, closed: bool) -> None:
    cancelled = await load_event(ctx, ctx.values["event"])
    if cancelled.cancelled and cancelled.starts_at > ctx.now:  # « un-cancel » it: a copy
        raise Conflict("signups.cancelled", id=cancelled.id, title=shown_title(cancelled),
                       example=_typed_day(cancelled))
    event = await open_event(ctx, ctx.values["event"])
    if event.signups_closed == closed:
        raise Conflict("signups.already_closed" if closed else "signups.already_open",
                       id=event.id, title=shown_title(event))
    updated = await ctx.storage.events.set_signups(event.id, closed, ctx.now)
    if updated is None:
        raise NotFound("error.event_not_found", id=event.id)
    counts = await ctx.storage.rsvps.counts(event.id)
    ctx.reply(t("signups.closed" if closed else "signups.reopened", id=event.id,
                title=shown_title(event), seats=seats_text(updated, counts)))
    ctx.core.event_changed(event.id)


# -- cancelling: a preview, then Confirm / Keep --------------------------------------------

CANCEL_STATES = ("going", "waitlisted", "maybe")
# How long the Confirm button of a preview stays good.
CANCEL_WINDOW = timedelta(minutes=30)
_CONFIRM_WORDS = frozenset({"confirmer", "confirme", "confirm", "confirmed"})


def split_confirm(text: str) -> tuple[str, bool]:
    """The reason, and whether the organiser confirmed in the same line: « confirmer » as
    the first or the last word (`/annuler 12 neige confirmer`, `/cancel 12 confirm snow`)."""
    words = text.split()
    if words and fold(words[-1].strip(".!")) in _CONFIRM_WORDS:
        return " ".join(words[:-1]), True
    if words and fold(words[0].strip(".!:,")) in _CONFIRM_WORDS:
        return " ".join(words[1:]), True
    return text.strip(), False


async def cancel_event(ctx: Context) -> None:
    event = await load_event(ctx, ctx.values["event"])
    if event.cancelled:
        raise Conflict("cancelevent.already", id=event.id, title=shown_title(event))
    reason, confirmed = split_confirm(ctx.value("text", ""))
    if confirmed:
        if not reason:
            # The first preview's line (« /annuler 12 confirmer ») typed after a reason was
            # given (`/annuler 12 neige`): the reason she gave goes with it.
            asked = await ctx.storage.events.cancel_request(event.id, ctx.member.id)
            if asked is not None and asked[0] and ctx.now - asked[1] > CANCEL_WINDOW:
                reason, confirmed = asked[0], False  # older: her reason shown again, asked
            elif asked is not None:
                reason = asked[0]
    if confirmed:
        await _cancel(ctx, event, reason)
        return
    await ctx.storage.events.ask_cancel(event.id, ctx.member.id, reason, ctx.now)
    counts = await ctx.storage.rsvps.counts(event.id)
    people, to_call = await told_and_called(ctx, event.id)
    nobody = not (people or to_call or counts.going_people or counts.waitlist or counts.maybe)
    text = t("cancelevent.preview_nobody" if nobody else "cancelevent.preview", id=event.id,
             title=shown_title(event), when=format_when(event.starts_at), count=len(people),
             going=counts.going_people, waitlist=counts.waitlist, maybe=counts.maybe)
    if to_call:
        text += "\n" + to_call
    # A slash command (Discord) takes no typed line: the option to fill is named instead.
    form = ctx.incoming.platform if ctx.incoming.command is not None else ""
    text += "\n" + (t("cancelevent.preview_reason", reason=reason) if reason
                    else t(platform_key("cancelevent.preview_no_reason", form), id=event.id))
    text += await _series_rest(ctx, event)
    line = " ".join(filter(None, (str(event.id), reason, t("cancelevent.confirm_word"))))
    text += "\n" + t(platform_key("cancelevent.preview_line", form), line=line,
                     confirm=t("cancelevent.confirm_word"))
    ctx.reply(text, private=True, buttons=(
        Button(t("button.cancel_confirm"), actions.encode("cancel", event.id, "yes")),
        Button(t("button.cancel_keep"), actions.encode("cancel", event.id, "no"))))


async def press_cancel(ctx: Context, action: Action) -> None:
    """Confirm or Keep under a preview. Button data can be forged: only an organiser, and
    only with a preview of their own asked within `CANCEL_WINDOW`, cancels anything."""
    ctx.require_organizer()
    event = await load_event(ctx, int(action.target))
    if action.arg == "no":
        await ctx.storage.events.drop_cancel_request(event.id, ctx.member.id)
        if event.cancelled:  # another organiser confirmed first: « maintained » is untrue
            raise Conflict("cancelevent.keep_too_late", id=event.id, title=shown_title(event))
        ctx.reply(t("cancelevent.kept", id=event.id, title=shown_title(event)), private=True)
        return
    if event.cancelled:
        raise Conflict("cancelevent.already", id=event.id, title=shown_title(event))
    asked = await ctx.storage.events.cancel_request(event.id, ctx.member.id)
    if asked is None or ctx.now - asked[1] > CANCEL_WINDOW:
        line = " ".join(filter(None, (str(event.id), asked[0] if asked else "")))
        raise Conflict("cancelevent.expired", id=event.id, line=line)
    await _cancel(ctx, event, asked[0])


async def _series_rest(ctx: Context, event: Event) -> str:
    """One date still to come of a running series: its other dates stay (a line starting
    with a newline), so nobody wonders whether the club stopped; else nothing. The event
    names its series: one read, for that series' state."""
    if event.series_id is None or event.starts_at <= ctx.now:
        return ""
    series = await ctx.storage.series.get(event.series_id)
    if series is None or series.status != "active":
        return ""
    return "\n" + t("cancelevent.series_rest", series=series.id)


async def _cancel(ctx: Context, event: Event, reason: str) -> None:
    cancelled = await ctx.storage.events.cancel(event.id, ctx.now, reason)
    if cancelled is None:  # another confirmation was first: people were told once
        raise Conflict("cancelevent.already", id=event.id, title=shown_title(event))
    # Read once cancelled: answers are refused from then on, so nobody is missed.
    people, to_call = await told_and_called(ctx, event.id)

    def notice() -> Reply:
        text = t("notify.cancelled", title=shown_title(event), id=event.id,
                 when=format_when(event.starts_at))
        if reason:
            text += "\n" + t("notify.cancelled_reason", reason=reason)
        return Reply(text)

    told, unreached = await tell_each(ctx, [(who, notice) for who in people],
                                      about=event.id, kind="cancelled")
    ctx.core.event_changed(event.id)
    done = t("cancelevent.done" if people or to_call else "cancelevent.done_nobody",
             id=event.id, title=shown_title(event), count=told)
    # Its planned announcements stay listed in /programmees, marked (the job skips them):
    # the organiser who planned them reads it here, at once.
    planned = [p.id for p in await ctx.storage.announcements.pending()
               if p.event_id == event.id]
    numbers = ", ".join(t("cancelevent.unscheduled_number", n=n) for n in planned)
    lines = [done, t("cancelevent.done_reason", reason=reason) if reason else "",
             (await _series_rest(ctx, event)).strip(),
             unreached, to_call, t("cancelevent.unscheduled", count=len(planned),
                              numbers=numbers) if planned else ""]
    ctx.reply("\n".join(line for line in lines if line), private=True)


async def _send_ics(ctx: Context, event: Event) -> None:
    """The event's file. A cancelled event's file still goes (it carries STATUS:CANCELLED,
    so a calendar that has the event marks it cancelled), but the words say so: nobody
    should add a cancelled evening to the family calendar thinking it is on."""
    data = await event_ics(ctx.storage, event, ctx.now)  # the feeds' UID and SEQUENCE
    key = "ics.cancelled" if event.cancelled else "ics.done"
    ctx.reply(t(key, id=event.id, title=shown_title(event)),
              attachment=Attachment(f"le-focus-{event.id}.ics", data, "text/calendar"),
              private=True)


async def ics(ctx: Context) -> None:
    await _send_ics(ctx, await load_event(ctx, ctx.values["event"]))


async def press_ics(ctx: Context, action: Action) -> None:
    await _send_ics(ctx, await load_event(ctx, int(action.target)))
