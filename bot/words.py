"""Words more than one feature reads, in one home: what starts a question, the thanks, and
the fillers said around an answer (« finalement non », « non désolé », "sorry, can't").

Each reader adds its own words to these (an answer's « bah », a notice's « ok »), never a
copy of them: a word found missing here is missing for every reader at once."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.text import fold

# A question's first words, typed without its « ? » (phones drop it), matched on plain words:
# lower case, no accents, apostrophes and punctuation as spaces (« est-ce qu'on » is « est ce
# qu on »), a space after the last word. A greeting may come first (« bonjour on peut… »).
QUESTION_START = re.compile(
    r"^(?:bonjour |bonsoir |salut |coucou |hello |hi )?(?:est ce qu|pourquoi|comment|quand"
    r"|ou est|ou se|combien|quel|quelle|peut on|on peut|je peux|puis je|pouvez vous"
    r"|vous pouvez|faut il|il faut|y a t il|ya t il|can |could |may |is |are |do |does "
    r"|what |when |where |why |how |should )")


def starts_a_question(plain: str) -> bool:
    """Whether plain words (see `QUESTION_START`) begin as a question does."""
    return QUESTION_START.match(plain + " ") is not None


# Thanks, folded (« merci », « mercii », "thx"): a thank-you where it stands alone.
THANKS = frozenset({"merci", "mercii", "remercie", "thanks", "thank", "thx", "ty"})

# Said before or after an answer by anyone (« finalement non », « non désolée », « en fait on
# sera 2 », "sorry can't"), as typed: never the answer, never a child's name.
AROUND_SPOKEN = ("finalement", "en fait", "du coup", "actually", "finally", "dsl", "désolé",
                 "désolée", "sorry", "merci", "thanks", "sry", "srry", "soz")
AROUND = frozenset(fold(word) for word in AROUND_SPOKEN)

_ACCENTED = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]",
             "c": "[cç]"}


def spoken_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words` as people type them: accents optional (« desole »,
    « désolé »), the space inside optional (« en fait », « enfait »). Longest first."""
    def one(word: str) -> str:
        plain = fold(word) if " " not in word else " ".join(fold(w) for w in word.split())
        return "".join(r"\s?" if c == " " else _ACCENTED.get(c, re.escape(c)) for c in plain)

    return "|".join(one(w) for w in sorted(set(words), key=len, reverse=True))
