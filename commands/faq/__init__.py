"""The FAQ: shipped answers from bot/data/faq.json, organisers' edits in the database win.

`/faq` answers a question (a clear match answers, a near one offers "did you mean" buttons)
or lists the topics. A plain private message that is not a command is a question too: the
core looks up the spec named "faq" and calls its handler with the text in `ctx.args` and no
values, so the name "faq" and that handler contract must stay.
"""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.faq import handlers, parsers
from commands.faq.strings import STRINGS

FAQ = CommandSpec(
    "faq", handlers.faq, aliases=("questions", "question"), french="faq",
    params=(Param("question", required=False, rest=True, max_length=parsers.MAX_ASKED),))
FAQSET = CommandSpec(
    "faqset", handlers.faq_set, aliases=("faqmodifier", "faqajouter"), organizer=True,
    pipes=True, params=(
        Param("key", "word", max_length=parsers.MAX_KEY, parse=parsers.key),
        Param("question", max_length=parsers.MAX_QUESTION),
        Param("answer", max_length=parsers.MAX_ANSWER),
        Param("keywords", required=False, max_length=parsers.MAX_KEYWORDS),
    ))
FAQDEL = CommandSpec(
    "faqdel", handlers.faq_delete, aliases=("faqsupprimer",), organizer=True,
    params=(Param("key", "word", max_length=parsers.MAX_KEY, parse=parsers.key),))


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.add(FAQ, FAQSET, FAQDEL)
    router.button("faq", handlers.press_faq, target=parsers.KEY)
