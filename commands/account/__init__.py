"""A member's account: /language, /mydata, /forgetme (and its buttons), /start."""

from __future__ import annotations

import dataclasses
import re

from bot.router import AFTER, Router
from bot.spec import CommandSpec, Param
from commands.account import handlers, parsers
from commands.account.jobs import forget_unused
from commands.account.strings import STRINGS

MAX_PAYLOAD = 64  # Telegram's deep-link payloads are at most 64 characters

LANGUAGE = CommandSpec(
    "language", handlers.language, aliases=("langue", "lang"), personal=True,
    # « /langue fr stp », 🇬🇧: the whole line; alone, which one and the two to tap.
    params=(Param("language", "choice", required=False, values=parsers.LANGUAGES,
                  words=parsers.LANGUAGE_WORDS, parse=parsers.language, rest=True),))
MYDATA = CommandSpec("mydata", handlers.my_data, aliases=("mesdonnees", "donnees"),
                     personal=True)
FORGETME = CommandSpec(
    "forgetme", handlers.forget_me, aliases=("oubliemoi", "effacer"), personal=True,
    params=(dataclasses.replace(parsers.CONFIRM, parse=parsers.confirm),))
START = CommandSpec(
    "start", handlers.start, aliases=("demarrer", "bienvenue"), menu=False, personal=True,
    params=(Param("payload", "word", required=False, max_length=MAX_PAYLOAD,
                  platforms=("telegram", "console")),))


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(LANGUAGE, MYDATA, FORGETME, START)
    # `me-<unix seconds>-<member>`: when the question was asked, and to whom (`me` alone,
    # `me-<unix seconds>`: before buttons said).
    router.button("language", handlers.press_language,
                  target=re.compile(handlers.ASKED), args=frozenset(parsers.LANGUAGES))
    router.button("forget", handlers.press_forget,
                  target=re.compile(handlers.ASKED + r"(-[0-9]{10}(-[0-9]{1,12})?)?"),
                  # names: the children's only; keep, ask: the 24-month notice's (jobs)
                  args=frozenset({"yes", "no", "names", "keep", "ask"}))
    # Kept no longer than needed, after the other features' jobs (the reminders; the books,
    # whose tallies keep an event's counts before its people may go): accounts unused for 24
    # months, told 30 days before.
    router.job("forget_unused", forget_unused, order=AFTER)
