"""/help, generated from the router's command specs: it cannot miss a command."""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.help.handlers import help_for
from commands.help.strings import STRINGS


def register(router: Router) -> None:
    """/help reads the router's commands when asked, so features registered after it are
    listed too."""
    router.strings(STRINGS)
    # Not `public`: on Discord the list is shown to the asker only, not posted in the channel.
    # `/aide participer`: that command alone, with its other names.
    router.add(CommandSpec("help", help_for(router.for_platform, router.suggest),
                           aliases=("aide", "commandes", "h"),
                           params=(Param("command", required=False, rest=True),)))
