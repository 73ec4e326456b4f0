"""Event posters: /affiche 12 with a picture (a Telegram photo with the command as caption
or replied to, a Discord attachment option) gives event 12 its poster; /affiche 12 retirer
takes it off. The picture is checked and cleaned in `images` and kept beside the database
(`storage.posters`); cards show it on every platform.

Public: `attach(services, event_id, data, now)`, which the guided creation calls on publish,
and `clean(data)`, which it calls before its draft keeps a picture.
"""

from __future__ import annotations

from datetime import datetime

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.posters import handlers
from commands.posters.handlers import attach, clean, only_remove
from commands.posters.strings import STRINGS

__all__ = ["POSTER", "attach", "clean", "register"]

# The words usage lines show (`word.change.remove`); `change` reads these and more.
CHANGE_WORDS = {"retirer": "remove", "enlever": "remove", "supprimer": "remove",
                "remove": "remove", "delete": "remove"}


def change(text: str, now: datetime | None = None) -> str:
    """What follows the event's number: "remove" for a line that only asks to take the
    poster off; other words as typed. The handler reads them: without a picture, a line
    that asks it among other words takes it off too, anything else says how; with one, the
    picture is the poster (« voici l'affiche », « la nouvelle, enlève l'ancienne »)."""
    return "remove" if only_remove(text) else text.strip()


POSTER = CommandSpec(
    "poster", handlers.set_poster, aliases=("affiche", "affiches"),
    params=(Param("event", "event"),
            Param("change", "choice", required=False, values=("remove",), words=CHANGE_WORDS,
                  parse=change, rest=True)),
    organizer=True, takes_image=True, image_only=True,
    # Alone (a phone's menu): the events to tap, then how to send the picture. On Discord
    # the event and the picture are asked by the slash command itself.
    bare=handlers.poster_alone, bare_on_discord=False)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(POSTER)
    router.button(handlers.PICK_VERB, handlers.press_pick)
