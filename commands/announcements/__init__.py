"""Announcements: `/announce` now, `/announcelater` at a chosen moment, `/scheduled`,
`/unschedule`, and the job that publishes what is due."""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.announcements import handlers
from commands.announcements.jobs import publish_due
from commands.announcements.strings import STRINGS

__all__ = ["SPECS", "register"]

SPECS = (
    CommandSpec("announce", handlers.announce, aliases=("annoncer", "annonce"),
                organizer=True,
                params=(Param("event", "event", required=False),
                        Param("text", required=False, max_length=handlers.MAX_ANNOUNCEMENT,
                              rest=True))),
    CommandSpec("announcelater", handlers.announce_later, aliases=("annoncerplustard",),
                organizer=True,
                params=(Param("event", "event"),
                        Param("when", "when", max_length=80, rest=True,
                              parse=handlers.when_typed))),
    CommandSpec("scheduled", handlers.scheduled, aliases=("programmees", "programmes"),
                organizer=True),
    CommandSpec("unschedule", handlers.unschedule, aliases=("deprogrammer",), organizer=True,
                params=(Param("number", "int", rest=True, max_length=20,
                             parse=handlers.parse_number),)),
)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(*SPECS)
    router.button("unschedule", handlers.press_unschedule)
    router.button(handlers.AGAIN, handlers.press_again, target=handlers.AGAIN_TARGET)
    router.button(handlers.PUBLISH, handlers.press_publish)  # « /annoncer » alone, one tap
    router.job("announcements", publish_due)
