"""The association's numbers: the door list organisers tap at the entrance (/pointage, with
walk-ins and no-shows) and the activity report for the town hall and funders (/bilan: a
summary, a spreadsheet for French Excel and a chart, never a name), whose figures for events
over are kept as anonymous tallies (jobs.close_books)."""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.attendance import handlers, parsers
from commands.attendance.jobs import close_books
from commands.attendance.strings import STRINGS

CHECKIN = CommandSpec("checkin", handlers.checkin, aliases=("pointage", "pointer", "entree"),
                      params=(Param("event", "event"),), organizer=True,
                      bare=handlers.checkin_alone)  # alone: tonight's door
REPORT = CommandSpec("report", handlers.report, aliases=("bilan", "rapport", "stats"),
                     params=(Param("period", required=False, rest=True,
                                   max_length=parsers.MAX_PERIOD_TEXT, parse=parsers.period),),
                     organizer=True)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(CHECKIN, REPORT)
    router.button("door", handlers.press_door, target=handlers.DOOR_TARGET,
                  args=handlers.DOOR_ARGS)
    router.button("here", handlers.press_here, target=handlers.HERE_TARGET,
                  args=handlers.HERE_ARGS)
    router.job("close_books", close_books)
