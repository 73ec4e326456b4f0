"""Pure parsers of the account feature: the words people type for a language or a yes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from bot.errors import UserInputError
from bot.spec import Param, choice
from bot.text import fold

LANGUAGES = ("fr", "en")
# What people type (folded) for each language, and to confirm an erasure.
LANGUAGE_WORDS: Mapping[str, str] = {"fr": "fr", "francais": "fr", "french": "fr",
                                     "en": "en", "english": "en", "anglais": "en"}
CONFIRM_WORDS: Mapping[str, str] = {"confirm": "yes", "confirmer": "yes", "oui": "yes",
                                    "yes": "yes"}
# « /oubliemoi non »: a change of mind, answered as the « Annuler » button is.
KEEP_WORDS = frozenset({"non", "no", "annuler", "cancel", "garder", "keep", "stop"})


def language(text: str, now: datetime | None = None) -> str:
    """A language word, or a reply that names the two choices (« fr ou en »)."""
    found = LANGUAGE_WORDS.get(fold(text))
    if found is None:
        raise UserInputError("error.bad_language", value=text.strip()[:20])
    return found


def confirm(text: str, now: datetime | None = None) -> str:
    """/forgetme's word: "yes" erases, "no" keeps (« /oubliemoi non »: a change of mind, not
    a wrong value); anything else gets the spec's refusal with the usage line."""
    if fold(text) in KEEP_WORDS:
        return "no"
    return choice(CONFIRM, text)


# /forgetme's parameter (its Discord choice: « Confirmer » only).
CONFIRM = Param("confirm", "choice", required=False, values=("yes",), words=CONFIRM_WORDS)
