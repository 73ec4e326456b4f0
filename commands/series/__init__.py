"""Series: `/newseries`, `/editseries`, `/cancelseries`, `/series`, and the job that keeps
every running series 8 weeks ahead. A series follows a rule people write (« un samedi sur
deux 20h », « premier samedi du mois 14h », « mardi et jeudi 18h »)."""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.events.parsers import CAPACITY, KIND, MAX_DESCRIPTION, PRICE, TITLE, VALUE
from commands.series import handlers
from commands.series.jobs import series_starts, top_up, top_up_series
from commands.series.parsers import (
    FIELD_WORDS,
    SERIES_FIELDS,
    parse_field,
    parse_interval,
    parse_rule,
    parse_series,
)
from commands.series.strings import STRINGS

__all__ = ["SPECS", "register", "series_starts", "top_up"]

SERIES = Param("series", "int", parse=parse_series)

SPECS = (
    CommandSpec(
        "newseries", handlers.new_series, aliases=("nouvelleserie",), organizer=True,
        pipes=True,
        params=(TITLE, Param("rule", max_length=80, parse=parse_rule),
                Param("interval", required=False, max_length=40, parse=parse_interval),
                CAPACITY, KIND, PRICE, Param("duration", "duration", required=False),
                Param("description", required=False, max_length=MAX_DESCRIPTION))),
    CommandSpec(
        "editseries", handlers.edit_series, aliases=("modifierserie",), organizer=True,
        params=(SERIES,
                Param("field", "choice", values=SERIES_FIELDS, words=FIELD_WORDS,
                      parse=parse_field),
                VALUE),
        bare=handlers.edit_series_alone),
    # Alone (a phone's menu sends them so): the one series running, or which one.
    CommandSpec("cancelseries", handlers.cancel_series, aliases=("annulerserie",),
                organizer=True, params=(SERIES,), bare=handlers.cancel_series_alone),
    CommandSpec("series", handlers.list_series, organizer=True),
)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(*SPECS)
    router.button("stopseries", handlers.press_stop, target=handlers.STOP_TARGET,
                  args=frozenset({"yes", "no"}))
    router.button(handlers.PICK_VERB, handlers.press_pick,
                  args=frozenset(handlers.PICK_ARGS.values()))
    router.job("series", top_up_series)
