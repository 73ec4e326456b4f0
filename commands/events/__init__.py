"""Events: the programme, one event's card, creating (in one line, or `/creer` alone for
the guided creation of `commands.events.guided`), duplicating (`/dupliquer 12 samedi
14h`), editing and cancelling events (a preview with Confirm / Keep buttons and a reason told
to everyone), closing and reopening sign-ups, and their calendar file (/ics).

Public names other features use: `load_event`, `card_reply`; the shared parameters and
parsers (title, capacity, kind, price) live in `commands.events.parsers`; the demo seed in
`commands.events.demo`.
"""

from __future__ import annotations

from bot import dates
from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.events import guided, handlers
from commands.events.handlers import card_reply, load_event, open_event, shown_title
from commands.events.parsers import (
    CAPACITY,
    FIELD,
    KIND,
    MAX_REASON,
    NEW_TITLE,
    PRICE,
    VALUE,
    WHEN,
    when_text,
)
from commands.events.strings import STRINGS

__all__ = ["SPECS", "card_reply", "load_event", "open_event", "register", "shown_title"]

EVENT = Param("event", "event")
# Why an event is cancelled, told to everyone who answered; « confirmer » as its first or
# last word confirms at once (`/annuler 12 neige confirmer`).
REASON = Param("text", required=False, max_length=MAX_REASON, rest=True)

SPECS = (
    CommandSpec("events", handlers.list_events, aliases=("evenements", "agenda", "programme"),
                public=True),
    CommandSpec("event", handlers.show_event, aliases=("evenement", "details", "info"),
                params=(EVENT,), public=True),
    CommandSpec("next", handlers.next_event, aliases=("prochain", "prochaine"),
                params=(KIND,), public=True),
    CommandSpec("ics", handlers.ics, aliases=("calendrier", "agendafile", "calendar"),
                params=(EVENT,), pick="ics"),  # alone: one tap on an event sends its file
    CommandSpec("newevent", handlers.new_event, aliases=("nouvelevenement", "creer", "create"),
                params=(NEW_TITLE, WHEN, CAPACITY, KIND, PRICE), organizer=True, pipes=True,
                public=True, bare=guided.start, takes_image=True),
    CommandSpec("duplicate", handlers.duplicate_event,
                aliases=("dupliquer", "copier", "copy"),
                params=(EVENT, Param("when", "when", max_length=80, rest=True,
                                     parse=when_text)),
                organizer=True, bare=handlers.duplicate_alone, bare_on_discord=False),
    # Alone (a phone's menu sends it so): the upcoming events to tap.
    CommandSpec("editevent", handlers.edit_event, aliases=("modifier", "edit", "modif"),
                params=(EVENT, FIELD, VALUE), organizer=True, bare=handlers.edit_alone),
    CommandSpec("cancelevent", handlers.cancel_event, aliases=("annuler", "cancel", "supprimer"),
                params=(EVENT, REASON), organizer=True, member_button="rsvp:no",
                bare=guided.cancel_bare),
    CommandSpec("closesignups", handlers.close_signups,
                aliases=("fermer", "fermerinscriptions", "cloturer", "close"),
                params=(EVENT,), organizer=True, bare=handlers.close_alone),
    CommandSpec("reopensignups", handlers.reopen_signups,
                aliases=("rouvrir", "rouvririnscriptions", "reouvrir", "reopen"),
                params=(EVENT,), organizer=True, member_hint="member_hint.closesignups",
                bare=handlers.reopen_alone),
)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.strings(dates.STRINGS)  # the date reader's own refusals (it adds them on import too)
    router.add(*SPECS)
    router.button("ics", handlers.press_ics)
    router.button("event", handlers.press_event)
    router.button(handlers.EDIT_VERB, handlers.press_edit)
    # Commands sent alone (a phone's menu): one tap closes or reopens; a copy needs a date.
    router.button(handlers.CLOSE_VERB, handlers.press_signups)
    router.button(handlers.REOPEN_VERB, handlers.press_signups)
    router.button(handlers.COPY_VERB, handlers.press_line)
    router.button(handlers.CANCEL_VERB, handlers.press_cancel_pick)
    router.button("cancel", handlers.press_cancel, args=frozenset({"yes", "no"}))
    guided.register(router)
