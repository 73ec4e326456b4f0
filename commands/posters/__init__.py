"""Event posters: /affiche 12 with a picture (a Telegram photo with the command as caption
or replied to, a Discord attachment option) gives event 12 its poster; /affiche 12 retirer
takes it off. The picture is checked and cleaned in `images` and kept beside the database
(`storage.posters`); cards show it on every platform.

Public: `attach(services, event_id, data, now)`, which the guided creation calls on publish,
and `clean(data)`, which it calls before its draft keeps a picture.
"""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.posters import handlers
from commands.posters.handlers import attach, clean
from commands.posters.strings import STRINGS

__all__ = ["POSTER", "attach", "clean", "register"]

CHANGE_WORDS = {"retirer": "remove", "enlever": "remove", "supprimer": "remove",
                "remove": "remove", "delete": "remove"}

POSTER = CommandSpec(
    "poster", handlers.set_poster, aliases=("affiche", "affiches"),
    params=(Param("event", "event"),
            Param("change", "choice", required=False, values=("remove",), words=CHANGE_WORDS)),
    organizer=True, takes_image=True)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(POSTER)
