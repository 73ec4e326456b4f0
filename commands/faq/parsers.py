"""Pure parsers of the FAQ's values: text in, value out, or a `UserInputError`."""

from __future__ import annotations

import re
from datetime import datetime

from bot.errors import UserInputError

MAX_KEY = 30
MAX_QUERY = 200  # of a question, compared with the entries
# /faq takes a question as long as any message (only MAX_QUERY of it is compared): a long
# question deserves an answer, not a length error.
MAX_ASKED = 4000
MAX_QUESTION = 300
MAX_ANSWER = 1500
MAX_KEYWORDS = 300
# What a key may look like, typed or carried by a "did you mean" button.
KEY = re.compile(rf"[a-z0-9_-]{{1,{MAX_KEY}}}")


def key(text: str, now: datetime | None = None) -> str:
    """'Horaires' -> 'horaires'; a key is a short name shown in lists and buttons."""
    cleaned = text.strip().lower()
    if KEY.fullmatch(cleaned) is None:
        raise UserInputError("error.bad_faq_key", value=text.strip()[:MAX_KEY])
    return cleaned


def keywords(text: str) -> tuple[str, ...]:
    """'prix, tarif ,, coût' -> ('prix', 'tarif', 'coût')."""
    return tuple(word.strip() for word in text.split(",") if word.strip())
