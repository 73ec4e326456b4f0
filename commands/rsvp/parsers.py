"""Pure parsers for answers and guests: the words people type, and a reply that says what is
expected (« oui, peut-être ou non », « entre +0 et +9 ») rather than a generic one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from bot.errors import UserInputError
from bot.text import fold

MAX_GUESTS = 9
ANSWERS = ("going", "maybe", "no")
# What people type (folded) for each answer, French and English.
ANSWER_WORDS: Mapping[str, str] = {
    "going": "going", "yes": "going", "oui": "going", "y": "going", "o": "going",
    "present": "going", "inscrit": "going", "viens": "going", "jeviens": "going",
    "go": "going",
    "maybe": "maybe", "peutetre": "maybe", "pe": "maybe",
    "no": "no", "non": "no", "n": "no", "absent": "no", "notgoing": "no",
}


def answer(text: str, now: datetime | None = None) -> str:
    """'oui', 'Peut-être', 'going'... -> going / maybe / no. A number here is a number of
    guests out of range (`/participer 12 -3`): said so, rather than « oui ou non »."""
    if re.fullmatch(r"[+-]?\s*\d+", text.strip()):
        raise UserInputError("error.bad_guests", value=text.strip()[:20], max=MAX_GUESTS)
    found = ANSWER_WORDS.get(fold(text))
    if found is None:
        raise UserInputError("error.bad_choice", value=text.strip()[:20])
    return found


def guests(text: str, now: datetime | None = None) -> int:
    """'+2', '2', '+0' -> number of guests, 0 to MAX_GUESTS."""
    cleaned = text.strip()
    match = re.fullmatch(r"\+?\s*(\d{1,6})", cleaned)
    if not match or int(match.group(1)) > MAX_GUESTS:
        raise UserInputError("error.bad_guests", value=cleaned[:20], max=MAX_GUESTS)
    return int(match.group(1))
