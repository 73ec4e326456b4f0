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
from commands.account.parsers import line_words
from commands.posters import handlers
from commands.posters.handlers import attach, clean
from commands.posters.strings import STRINGS

__all__ = ["POSTER", "attach", "clean", "register"]

CHANGE_WORDS = {"retirer": "remove", "enlever": "remove", "supprimer": "remove",
                "remove": "remove", "delete": "remove"}
# « retire stp », « enlève-la », "remove it please": a verb by its beginning, any ending.
REMOVE_STEMS = ("retir", "enlev", "supprim", "efface", "remov", "delet", "take")


def change(text: str, now: datetime | None = None) -> str:
    """What follows the event's number: "remove" in a person's words; other words are kept
    as typed (« voici l'affiche ! » in a photo's caption: the photo is the poster; without
    a photo the handler says how to take one off)."""
    if any(word.startswith(REMOVE_STEMS) for word in line_words(text)):
        return "remove"
    return text.strip()



POSTER = CommandSpec(
    "poster", handlers.set_poster, aliases=("affiche", "affiches"),
    params=(Param("event", "event"),
            Param("change", "choice", required=False, values=("remove",), words=CHANGE_WORDS,
                  parse=change, rest=True)),
    organizer=True, takes_image=True)


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(POSTER)
