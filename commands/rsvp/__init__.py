"""Answering events: /rsvp (with children's first names), the card's buttons, /myevents, and
for organisers /attendees, /message and people registered by phone or at the desk."""

from __future__ import annotations

from functools import partial

from bot.cards import GUEST_ARGS
from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.events.handlers import press_line
from commands.rsvp import handlers, parsers
from commands.rsvp.strings import STRINGS

# Built beside its handler, whose refusals show it as Discord's slash command.
RSVP = handlers.RSVP
MYEVENTS = CommandSpec("myevents", handlers.my_events,
                       aliases=("mesevenements", "mesinscriptions"), personal=True)
MESSAGE = CommandSpec(
    "message", handlers.message_attendees, aliases=("ecrire", "messageparticipants"),
    organizer=True,
    params=(Param("event", "event"),
            Param("text", max_length=handlers.MAX_MESSAGE, rest=True)),
    bare=handlers.message_alone, bare_on_discord=False)
# Alone (a phone's menu sends it so): the upcoming events to tap.
ATTENDEES = CommandSpec("attendees", handlers.attendees,
                        aliases=("participants", "inscrits", "liste"),
                        params=(Param("event", "event"),), organizer=True,
                        bare=handlers.attendees_alone)
ADD_ATTENDEE = CommandSpec(
    "addattendee", handlers.add_attendee, aliases=("inscrire", "ajouterparticipant"),
    organizer=True,
    params=(Param("event", "event"),
            Param("entry", max_length=parsers.MAX_DESK_TEXT, rest=True,
                  confidential=True)),  # a name, maybe a phone number
    bare=handlers.add_alone, bare_on_discord=False)
REMOVE_ATTENDEE = CommandSpec(
    "removeattendee", handlers.remove_attendee, aliases=("retirer", "desinscrire"),
    organizer=True,
    params=(Param("event", "event"),
            Param("who", max_length=parsers.MAX_DESK_NAME, rest=True)),
    bare=handlers.remove_alone, bare_on_discord=False)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(RSVP, MYEVENTS, ATTENDEES, MESSAGE, ADD_ATTENDEE, REMOVE_ATTENDEE)
    router.button("rsvp", handlers.press_rsvp, args=frozenset({"going", "maybe", "no", ""}))
    router.button("guest", handlers.GuestTaps(), args=GUEST_ARGS)
    router.button(handlers.ATTENDEES_VERB, handlers.press_attendees)
    for verb in (handlers.WRITE_VERB, handlers.ENROL_VERB, handlers.UNENROL_VERB):
        router.button(verb, press_line)  # sent alone: the line to type
    names = handlers.NamesAsked()  # the names typed alone after « 👧 Nommer les enfants »
    router.button("kids", partial(handlers.press_kids, names), args=frozenset({"", "form"}))
    router.listen(names.names, organizer=False)
    router.button(handlers.REMOVE_VERB, handlers.press_remove, target=handlers.REMOVE_TARGET)
