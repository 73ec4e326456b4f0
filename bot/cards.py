"""Event cards and short event lines, built in the reader's locale from the database."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot import actions
from bot.i18n import (
    CATALOGUE,
    PARIS,
    format_price,
    format_span,
    format_when,
    french_typography,
    t,
)
from bot.jobs import JobContext
from bot.messages import Button, EventCard
from storage import Event
from storage.models import Counts
from storage.posters import FOLDER as POSTERS_FOLDER
from storage.posters import existing_poster

LENGTH = timedelta(hours=3)  # how long an event without an end is taken to last
# How far a new process looks back for cards that turned while the bot was down: from the
# last turn recorded, a week at most (a weekend's outage is caught; a backup months old does
# not edit every announcement since).
CATCH_UP = timedelta(days=7)
# How long a tick waits for the edits of the cards it turned before recording the turn (a
# paced group may take longer: the next tick records it then).
SETTLE_SECONDS = 10.0
# How often, at most, a quiet process records that every card edit asked for went out (one
# small write): a new process refreshes the cards of events changed since (`CardTurns`).
MARK_EVERY = timedelta(minutes=5)
# An answer written a moment before it asked for its edit: changes this close before the mark
# are refreshed too.
CHANGE_MARGIN = timedelta(minutes=1)


def ends_by(event: Event) -> datetime:
    """When an event is done with: its end, or `LENGTH` after its start without one (until
    when a notice about it matters, when its books may close)."""
    return event.ends_at or event.starts_at + LENGTH


def is_over(event: Event, now: datetime) -> bool:
    """Whether members may be told an event is over (« terminé »): at its end; without one,
    once `LENGTH` has passed and its day too, in Paris (a games night at 20:00 may well go
    on at 23:30: « a déjà commencé » is true then, « terminé » the next morning)."""
    if event.ends_at is not None:
        return event.ends_at <= now
    return event.starts_at + LENGTH <= now and (
        now.astimezone(PARIS).date() > event.starts_at.astimezone(PARIS).date())


def phase(event: Event, now: datetime | None) -> str:
    """What a card of this event shows at `now`: "" (answers open), "started" or "over".
    Without `now`, "" (the card as before the start)."""
    if now is None or event.cancelled or now < event.starts_at:
        return ""
    return "over" if is_over(event, now) else "started"


def kind_label(kind: str) -> str:
    return t(f"kind.{kind}")


def shown_text(event: Event, field: str, stored: str) -> str:
    """A demo event's words in the reader's language; anything an organiser typed (or
    changed in a demo event) as typed."""
    entry = CATALOGUE.get(f"demo.{event.kind}.{field}") if event.is_demo else None
    if entry is not None and stored in (entry["fr"], french_typography(entry["fr"])):
        return t(f"demo.{event.kind}.{field}")
    return stored


def card_title(event: Event) -> str:
    """The title as cards (and the web agenda) show it: a demo event says « [Démo] » first,
    so nobody plans an evening that nobody organised."""
    return (t("card.demo_prefix") if event.is_demo else "") + shown_text(
        event, "title", event.title)


def seats_text(event: Event, counts: Counts) -> str:
    if event.capacity is None:
        text = t("card.seats_unlimited", going=counts.taken)
    else:
        left = max(0, event.capacity - counts.taken)
        # Seats lowered below those booked (nobody is removed): « 12/8 » reads as a typo.
        key = "card.seats_over" if counts.taken > event.capacity else "card.seats"
        text = t(key, going=counts.taken, capacity=event.capacity, left=left)
    if counts.waitlist:
        text += " · " + t("card.waitlist", count=counts.waitlist)
    if counts.maybe:
        text += " · " + t("card.maybe", count=counts.maybe)
    return text


# The ±1 guest buttons name the card's drawing: the seats held (going and waitlisted) when it
# was drawn, modulo `DRAWINGS` (`+1v7`). A tap a slow phone sent twice carries the same
# drawing twice, and counts once (`commands.rsvp.handlers.GuestTaps`); the card redrawn after
# the first tap carries the next. `+1` / `-1` alone: cards drawn before, counted each time.
DRAWINGS = 100
GUEST_ARGS = frozenset({"+1", "-1"} | {f"{sign}v{n}" for sign in ("+1", "-1")
                                        for n in range(DRAWINGS)})


def guest_arg(sign: str, counts: Counts) -> str:
    """`sign` ("+1", "-1") with the card's drawing (see `GUEST_ARGS`)."""
    return f"{sign}v{(counts.taken + counts.waitlist_seats) % DRAWINGS}"


def held_seat_buttons(event_id: int) -> tuple[Button, Button]:
    """Under a reminder or a promotion: give the seat back in one tap (Discord takes no
    typed « /rsvp 1 no »), or see the event."""
    return (Button(t("button.drop"), actions.encode("drop", event_id)),
            Button(t("button.see_event"), actions.encode("event", event_id)))


def guest_sign(arg: str) -> str:
    """A guest button's "+1" or "-1", with or without the card's drawing (`+1v3`)."""
    return arg.partition("v")[0]


def rsvp_buttons(event_id: int, counts: Counts | None = None) -> tuple[Button, ...]:
    """A card's answer buttons; without `counts`, the guest buttons as drawn before
    `GUEST_ARGS` (each tap counted)."""
    plus, minus = (guest_arg("+1", counts), guest_arg("-1", counts)) if counts else ("+1", "-1")
    return (
        Button(t("button.going"), actions.encode("rsvp", event_id, "going")),
        Button(t("button.maybe"), actions.encode("rsvp", event_id, "maybe")),
        Button(t("button.no"), actions.encode("rsvp", event_id, "no")),
        Button(t("button.guest_add"), actions.encode("guest", event_id, plus)),
        Button(t("button.guest_remove"), actions.encode("guest", event_id, minus)),
        Button(t("button.calendar"), actions.encode("ics", event_id)),
    )


def build_card(event: Event, counts: Counts, now: datetime | None = None) -> EventCard:
    """The card as shown at `now`: once the event has started, no answer button and no
    seat count (answers are closed: « 3 libres » would read as open); « Terminé » once over."""
    status = t("card.cancelled") if event.cancelled else ""
    # « 3 libres » under « ANNULÉ » reads as seats still open: a cancelled card shows none.
    seats = "" if event.cancelled else seats_text(event, counts)
    buttons = () if event.cancelled else rsvp_buttons(event.id, counts)
    if event.signups_closed and not event.cancelled:
        # Closed reads apart from full (« 0 libre »); no button to ask for a new seat.
        seats = t("card.signups_closed") + " · " + seats
        closed = {actions.encode("rsvp", event.id, "going"),
                  actions.encode("guest", event.id, guest_arg("+1", counts))}
        buttons = tuple(b for b in buttons if b.action not in closed)
    shown = phase(event, now)
    if shown:
        # Nothing left to press: answers are refused, and a calendar entry for an event
        # already under way helps nobody.
        status, seats, buttons = t(f"card.{shown}"), "", ()
    return EventCard(
        event_id=event.id,
        title=card_title(event),
        kind_label=kind_label(event.kind),
        when_text=format_span(event.starts_at, event.ends_at),
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        place=event.place,
        price_text=format_price(event.price_cents),
        audience=shown_text(event, "audience", event.audience),
        description=shown_text(event, "description", event.description),
        seats_text=seats,
        cancelled=event.cancelled,
        status_text=status,
        buttons=buttons,
        image=event.poster,
    )


def event_line(event: Event, counts: Counts | None = None) -> str:
    """'#12 · Soirée jeux · vendredi 5 décembre 2026 à 20h · 12/20 places prises'."""
    # A demo's « [Démo] » as on its card: a volunteer's own « Soirée jeux de société » is
    # not told apart from the example's otherwise.
    parts = [f"#{event.id}", card_title(event), format_when(event.starts_at)]
    if event.cancelled:
        parts.append(t("card.cancelled"))
    elif counts is not None:
        if event.signups_closed:  # read apart from a full event's « 0 libre »
            parts.append(t("card.signups_closed"))
        parts.append(seats_text(event, counts))
    return " · ".join(parts)


def render_card_text(card: EventCard) -> str:
    """A plain-text layout of a card, for the console and for text-only fallbacks."""
    lines = [f"#{card.event_id} · {card.title}"]
    if card.status_text:
        lines.append(f"⚠ {card.status_text}")
    lines.append(f"{card.kind_label} · {card.when_text}")
    lines.append(f"📍 {card.place}")
    lines.append(card.price_text + (f" · {card.audience}" if card.audience else ""))
    if card.description:
        lines.append(card.description)
    if card.seats_text:
        lines.append(card.seats_text)
    if card.image:  # beside the database: DATABASE_PATH's folder
        lines.append(t("card.poster", path=f"{POSTERS_FOLDER}/{card.image}"))
    return "\n".join(lines)


def poster_file(database: Path, card: EventCard) -> Path | None:
    """The card's poster on disk, for adapters that upload it; None when the card has none
    or its file is gone (the card is then shown without it)."""
    return existing_poster(database, card.image)


class CardTurns:
    """The scheduled job that closes cards at the start and again at the end: every event
    that started or ended since the last tick has its live copies refreshed once (`phase`:
    no answer button, « Commencé — les réponses sont fermées », then « Terminé »), built by
    the core at its `now`; at the start, its old copies too (`Cards.show_retired_once`).

    How far turns went is kept in the database (`Cards.turns_done`), so the first tick of a
    new process starts from there (`CATCH_UP` back at most): events that started while the
    bot was down are caught, and cards already closed are not edited again. It is recorded
    only once the edits went out (`JobContext.settled`): a process killed in between leaves
    the turn for the next one, which edits those cards again rather than leave « Je viens »
    on them until « Terminé ». The same mark says every other card edit asked for before it
    went out (recorded at least every `MARK_EVERY` while the process is quiet, never waiting
    for it): the first tick of a new process refreshes the cards of events changed since
    (`Cards.changed_since`), so a seat freed just before a crash does not stay « 0 libre »
    in the group. One per process (the core's router holds it): `since` is how far this
    process looked."""

    def __init__(self) -> None:
        self.since: datetime | None = None
        self._unrecorded: datetime | None = None  # edits asked for up to here, maybe not out
        self._settling: asyncio.Future[Any] | None = None  # began at `_unrecorded`
        self._urgent = False  # a turn or a refresh to record: worth a short wait
        self._recorded: datetime | None = None  # the mark, as this process last wrote it

    async def __call__(self, job: JobContext) -> None:
        now = job.now
        cards = job.core.storage.cards
        since = self.since
        if since is None:  # a new process: from where the last one's edits got to
            mark = await cards.turned_until()
            since = max(now - CATCH_UP, mark or now - CATCH_UP)
            if mark is not None:  # its last edits may not have gone out
                for event_id in await cards.changed_since(mark - CHANGE_MARGIN, now):
                    job.core.event_changed(event_id)
                    self._asked(now)
        if since < now:
            for event in await cards.turning(since, now):
                before = phase(event, since)
                if before != phase(event, now):  # it started, or ended: one edit
                    if before == "":  # it started: old copies too, once
                        await cards.show_retired_once(event.id)
                    job.core.event_changed(event.id)
                    self._asked(now)
            self.since = now
        if self._unrecorded is None and (self._recorded is None
                                         or now - self._recorded >= MARK_EVERY):
            self._unrecorded = now  # a quiet mark: what was asked for before now went out
        if self._unrecorded is None:
            return
        if self._settling is None:
            self._settling = asyncio.ensure_future(job.settled())
        # Not cancelled on time-out (the edits themselves must not be): looked at again at
        # the next tick. A quiet mark does not wait at all.
        done, _ = await asyncio.wait({self._settling},
                                     timeout=SETTLE_SECONDS if self._urgent else 0)
        if not done:
            return
        self._settling = None
        await cards.turns_done(self._unrecorded)
        self._recorded, self._unrecorded, self._urgent = self._unrecorded, None, False

    def _asked(self, now: datetime) -> None:
        """Edits were just asked for: the mark waits for them (a wait begun before would
        miss them)."""
        self._unrecorded, self._settling, self._urgent = now, None, True
