"""Answering events: /rsvp, the card's buttons, /myevents, and /attendees and /message for
organisers."""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.rsvp import handlers, parsers
from commands.rsvp.strings import STRINGS

RSVP = CommandSpec(
    "rsvp", handlers.rsvp, aliases=("participer", "inscription", "jeviens", "repondre"),
    params=(
        Param("event", "event"),
        Param("answer", "choice", required=False, values=parsers.ANSWERS,
              words=parsers.ANSWER_WORDS, parse=parsers.answer),
        Param("guests", "int", required=False, minimum=0, maximum=parsers.MAX_GUESTS,
              prefix="+", parse=parsers.guests),
    ))
MYEVENTS = CommandSpec("myevents", handlers.my_events,
                       aliases=("mesevenements", "mesinscriptions"))
MESSAGE = CommandSpec(
    "message", handlers.message_attendees, aliases=("ecrire", "messageparticipants"),
    organizer=True,
    params=(Param("event", "event"),
            Param("text", max_length=handlers.MAX_MESSAGE, rest=True)))
ATTENDEES = CommandSpec("attendees", handlers.attendees,
                        aliases=("participants", "inscrits", "liste"),
                        params=(Param("event", "event"),), organizer=True)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(RSVP, MYEVENTS, ATTENDEES, MESSAGE)
    router.button("rsvp", handlers.press_rsvp, args=frozenset({"going", "maybe", "no", ""}))
    router.button("guest", handlers.press_guest, args=frozenset({"+1", "-1"}))
