"""Text as people type it on phones: one folding rule and one cleaning rule for the whole bot.

What people type is stored as typed (`clean_stored` only drops what is unsafe to show or
shows as nothing); `fold` is how names, choices and keywords are compared (no case, no
accents, no spaces, apostrophes, dashes or underscores, no comma or full stop left at the end
by a phone), so `peut-être`, `Peut etre`, `Peut-être.` and `peutetre` are one word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# What a title or a name could hide behind, or look empty with: control characters (but tab
# and line feed), format characters (Unicode's Cf: zero-width spaces and joiners, direction
# marks, overrides and isolates, word joiner, soft hyphen, tags…), line and paragraph
# separators, lone surrogates, and letters that print as nothing (Hangul fillers, the blank
# braille pattern, the combining grapheme joiner, Khmer's inherent vowels, the musical null
# notehead: what « invisible character » sites offer to paste). Two exceptions, tried
# first: a subdivision flag (🏴 and its tags) and a zero-width joiner inside an emoji
# sequence (👨‍👩‍👧, 🧑‍🎤, 👩🏽‍💻, 🏳️‍🌈) stay.
_ZWJ = "\u200d"
_INVISIBLE = re.compile(
    "\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F|\u200d|"
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890"
    "\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\u2800\u3164\ufeff\uffa0\ufff9-\ufffb\ud800-\udfff\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d159\U0001d173-\U0001d17a\U000e0000-\U000e007f]")
# Printable (`str.isprintable`), yet blank on screen: the shortcut must look for these.
_BLANK = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0\U0001d159]")


def _pictograph(char: str) -> bool:
    """A character emoji sequences join: symbols, dingbats, emoji and their skin tones."""
    code = ord(char)
    return 0x1F000 <= code <= 0x1FAFF or 0x2190 <= code <= 0x2BFF or code in (
        0x00A9, 0x00AE, 0x3030, 0x303D, 0x3297, 0x3299)


def _kept(found: re.Match[str]) -> str:
    """A match of `_INVISIBLE` as it stays: a flag whole, a joiner between two emoji (the
    first may carry its emoji presentation selector, U+FE0F), nothing else."""
    char, text, at = found.group(0), found.string, found.start()
    if len(char) > 1:
        return char
    if char != _ZWJ:
        return ""
    before = text[at - 1] if at > 0 else ""
    if before == "\ufe0f" and at > 1:
        before = text[at - 2]
    after = text[at + 1] if at + 1 < len(text) else ""
    return char if before and after and _pictograph(before) and _pictograph(after) else ""


# « sœur », « Œuvre », « ex æquo »: the ligatures no accent stripping takes apart, read as
# their two letters (« ma sœur » is « ma soeur », someone, never a child called « Sœur »).
_SMART = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                        "–": "-", "—": "-", "\u00a0": " ", "\u202f": " ", "œ": "oe",
                        "Œ": "OE", "æ": "ae", "Æ": "AE"})
_GLUE = re.compile(r"[\s'_-]+")


def strip_accents(text: str) -> str:
    # Plain ASCII has no accent to take off: most words typed, and `fold` runs on each word
    # of an answer in words (character by character, it was a third of « oui on sera 3 »).
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# What a phone keyboard leaves after a word: « Oui, », « non. », « oui ! » (autocorrect adds
# the comma or the full stop; French puts a space before « ! »).
TRAILING = ".,;:!?…"


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, without accents, spaces, apostrophes, dashes or underscores, nor the
    punctuation a phone leaves at the end (« Oui, » is « oui »). Remembered: an answer in
    words folds each of its words several times (a third of its Python calls)."""
    return _GLUE.sub("", strip_accents(text.translate(_SMART).strip().lower())).rstrip(
        TRAILING)


ECHOED = 20  # the most characters of a member's words said back to them
# Words no cut phrase ends on, folded.
_DANGLING = frozenset({"de", "du", "des", "d", "le", "la", "les", "l", "a", "au", "aux",
                       "et", "que", "qu", "mon", "ma", "mes", "un", "une", "the", "of", "to",
                       "and", "my"})


def echoed(text: str) -> str:
    """A member's words said back (« Je n'ai pas compris « … » »): whole, or cut between two
    words with « … » (« efface le prénom… », never « efface le prénom de  »)."""
    said = " ".join(text.split())
    if len(said) <= ECHOED:
        return said
    cut = said[:ECHOED + 1]
    words = cut.split(" ")[:-1] if " " in cut else [said[:ECHOED]]
    while len(words) > 1 and fold(words[-1]) in _DANGLING:
        words.pop()  # « efface le prénom de » reads as cut: « efface le prénom… »
    return " ".join(words).rstrip(",;:") + "…"


def clean_stored(text: str, limit: int) -> str:
    """What an organiser or member typed, kept as typed (« », —, ’, no-break spaces, emoji
    sequences) for storing and showing: only what `_INVISIBLE` names goes; cut at `limit`
    (a joiner left at the cut goes too). Command words are compared with `fold`, which
    normalises all of these."""
    # Printable text without blank letters has nothing to remove: no regex pass for it.
    if not text.isprintable() or (not text.isascii() and _BLANK.search(text)):
        text = _INVISIBLE.sub(_kept, text)
    return text[:limit].rstrip(_ZWJ).strip()


def utf16_len(text: str) -> int:
    """The length Telegram counts (UTF-16 code units): an emoji beyond U+FFFF is two."""
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def pack(sections: Sequence[str], limit: int | None) -> list[str]:
    """A long list (/aide) as messages of at most `limit` (`utf16_len`): a section (a heading
    and its lines) joins the message before it when it fits there whole, else starts a new
    one; a section longer than a message is cut between its lines, never inside one (a single
    line longer than a message is left to the adapter). No limit: one message."""
    sections = [s for s in sections if s]
    if limit is None:
        return ["\n".join(sections)] if sections else []
    messages: list[str] = []
    for section in sections:
        if messages and utf16_len(messages[-1]) + 1 + utf16_len(section) <= limit:
            messages[-1] += "\n" + section
            continue
        current = ""
        for line in section.split("\n"):
            joined = f"{current}\n{line}" if current else line
            if current and utf16_len(joined) > limit:
                messages.append(current)
                joined = line
            current = joined
        messages.append(current)
    return messages


# A plain yes or no as people type it, folded, in both languages: an event's answer
# (`commands.rsvp.parsers`), /reminders' and /forgetme's read these same words.
YES = frozenset({"oui", "ouais", "yes", "yep", "yeah", "ok", "okay"})
NO = frozenset({"non", "no", "nn", "nan", "nope", "nah"})
_LETTER_RUN = re.compile(r"[^\W\d_]+")  # a run of letters, in any script
_WORDED = re.compile(r"[^\W_]")  # a letter or a figure, in any script
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
# Politeness that holds a « pas » or a « no » and means « d'accord » (« oui, pas de souci »,
# « no problem, turn them on »): taken out before the words are read.
_ALL_RIGHT = re.compile(
    r"\b(?:pas|sans)\s+(?:de\s+|d\s*'\s*)?(?:soucis?|problemes?|pb|prob|blems?)\b"
    r"|\bpas\s+grave\b|\bno\s+(?:problems?|prob|worries|worry)\b"
    r"|\b(?:don\s*'?\s*t|do\s+not)\s+mind\b|\bnot\s+a\s+problem\b")


def without_politeness(text: str) -> str:
    """The line in lower case without accents, « pas de souci » and the like taken out."""
    return _ALL_RIGHT.sub(" ", strip_accents(text.translate(_QUOTES).lower()))


def line_words(text: str) -> list[str]:
    """The words of a line, folded, in order, politeness with a « pas » taken out (« oui,
    pas de souci » is « oui »); emoji and figures are no words."""
    return [fold(word) for word in _LETTER_RUN.findall(without_politeness(text))]


def worded(text: str) -> bool:
    """Whether `text` holds a letter or a figure: words, not only emoji, stickers' stand-ins
    or punctuation (the adapters answer a reply under a card only when it says something)."""
    return _WORDED.search(text) is not None


# Words that may come before the bot's name when someone calls it in a group or a channel
# (« Bonjour @LeFocusBot », « wsh @Le Focus … »): a regex group, the same on every platform.
GREETINGS = r"(?:bonjour|bonsoir|salut|slt|coucou|cc|hello|hi|hey|yo|wsh|re|dis|dites)"
