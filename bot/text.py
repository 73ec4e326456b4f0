"""Text as people type it on phones: one folding rule and one cleaning rule for the whole bot.

What people type is stored as typed (`clean_stored` only drops what is unsafe to show);
`fold` is how names, choices and keywords are compared (no case, no accents, no spaces,
apostrophes, dashes or underscores, no comma or full stop left at the end by a phone), so
`peut-être`, `Peut etre`, `Peut-être.` and `peutetre` are one word.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff]")
_SMART = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                        "–": "-", "—": "-", "\u00a0": " ", "\u202f": " "})
_GLUE = re.compile(r"[\s'_-]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# What a phone keyboard leaves after a word: « Oui, », « non. », « oui ! » (autocorrect adds
# the comma or the full stop; French puts a space before « ! »).
TRAILING = ".,;:!?…"


def fold(text: str) -> str:
    """Lower case, without accents, spaces, apostrophes, dashes or underscores, nor the
    punctuation a phone leaves at the end (« Oui, » is « oui »)."""
    return _GLUE.sub("", strip_accents(text.translate(_SMART).strip().lower())).rstrip(
        TRAILING)


def clean_stored(text: str, limit: int) -> str:
    """What an organiser or member typed, kept as typed (« », —, ’, no-break spaces) for
    storing and showing: only control, direction-override and lone-surrogate characters go;
    cut at `limit`. Command words are compared with `fold`, which normalises all of these."""
    if not text.isprintable():  # printable text has none of them: no regex pass for it
        text = _CONTROL.sub("", text)
    return text[:limit].strip()


# Words that may come before the bot's name when someone calls it in a group or a channel
# (« Bonjour @LeFocusBot », « wsh @Le Focus … »): a regex group, the same on every platform.
GREETINGS = r"(?:bonjour|bonsoir|salut|slt|coucou|cc|hello|hi|hey|yo|wsh|re|dis|dites)"
