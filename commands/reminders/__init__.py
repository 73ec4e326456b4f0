"""Reminders: `/reminders [on|off]`, the "I can't come anymore" button under each reminder,
and the jobs that send reminders, log the ones missed and send organisers their same-day
summary."""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.reminders import handlers
from commands.reminders.jobs import log_missed, send_reminders, send_summaries
from commands.reminders.strings import STRINGS

__all__ = ["SPECS", "register"]

SPECS = (
    CommandSpec("reminders", handlers.reminders, aliases=("rappels", "rappel", "reminder"),
                personal=True,
                params=(Param("state", "choice", required=False, values=("on", "off"),
                              words=handlers.STATE_WORDS, parse=handlers.parse_state,
                              rest=True),)),  # « /rappels non merci »: the whole line
)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(*SPECS)
    router.button("drop", handlers.press_drop)
    router.job("reminders", send_reminders)
    router.job("missed_reminders", log_missed)
    router.job("summaries", send_summaries)
