"""The agenda everywhere: /mycalendar (/monagenda), a member's private calendar feed, and the
words of the public web pages (`bot.web`)."""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.agenda import handlers
from commands.agenda.strings import STRINGS

MYCALENDAR = CommandSpec(
    "mycalendar", handlers.my_calendar, aliases=("monagenda", "moncalendrier"),
    params=(Param("state", "choice", required=False, values=("stop",),
                  words=handlers.STATE_WORDS),),
    needs="web", personal=True)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(MYCALENDAR)
    router.job("agenda_tick", handlers.note_tick)
