"""The FAQ: shipped answers from bot/data/faq.json, organisers' edits in the database win.

`/faq` answers a question or lists the topics. A plain private message that is not a command
is a question too: the core looks up the spec named "faq" and calls its handler with the text
in `ctx.args` and no values, so the name "faq" and that handler contract must stay.

Questions are read as people type them (commands.faq.understand): greetings and thanks get a
short answer, "what's on" the matching upcoming events, "I can't come" how to answer no; a
clear topic is answered, a tie offers "did you mean", anything else an honest "I don't know";
a part of a question that no topic answers (« c'est combien et y a un parking ? ») is said not
known after the answers; « t'es un robot ? » and insults get one short line.
Under an event's card (`Incoming.event_id`), the card answers what it says (its time, place,
price, seats), and a wish to come (« ma fille veut venir », « faut s'inscrire ? ») gets that
event's line and buttons.
« aide », « menu », « ? » typed without the slash get what the bot does and /aide; a bare
« oui » or « non » (after /oubliemoi or a card) is told a message does nothing by itself and
to press the button above: a typed word never erases nor books.
"""

from __future__ import annotations

from bot.router import Router
from bot.spec import CommandSpec, Param
from commands.faq import handlers, language, parsers
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
    # « where are you located? » from a phone set to French: answered in English (the core
    # reads a plain message's language for a member who never chose one with /langue).
    router.text_locale = language.text_locale
