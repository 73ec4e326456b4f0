"""The RSVP path's shortcuts (issue 11) answer exactly like the slow path they skip.

Each shortcut is checked against the rule it stands in for, on many inputs: the usual ones,
accents, capitals, full-width letters and exotic digits, and every hostile value of
tests/test_hostile_input.py. What people see must not change by a single byte.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable, Iterator

import pytest
from test_hostile_input import HOSTILE

from bot import i18n
from bot.errors import UserInputError
from bot.i18n import CATALOGUE, LOCALES, Count, current_locale, french_typography, t, using
from bot.router import Router, command_key
from bot.spec import (
    MAX_EVENT_WORDS,
    CommandSpec,
    EventRef,
    bounded_text,
    event_id,
    event_ref,
    is_event_words,
)
from bot.text import clean_stored
from commands import build_router

# -- the command names ----------------------------------------------------------------------


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _accented(text: str, rng: random.Random) -> str:
    marks = {"e": "éèêë", "a": "àâ", "i": "îï", "o": "ôö", "u": "ùûü", "c": "ç"}
    return "".join(rng.choice(marks[c]) if c in marks and rng.random() < 0.5 else c
                   for c in text)


def _spellings(name: str, rng: random.Random) -> Iterator[str]:
    """How a name may come typed: as is, with a slash, capitals, accents, full-width
    letters, a @botname, spaces or a no-break space around, and near misses."""
    for word in (name, name.upper(), name.capitalize(), name.title(), _accented(name, rng),
                 _accented(name.upper(), rng), _full_width(name), name[:-1], name + "s",
                 name.replace("e", "-e", 1), name[:2] + "_" + name[2:], name + "\u0301"):
        yield word
        yield "/" + word
        yield "/" + word + "@LeFocusBot"
        yield " /" + word + " "
        yield "//" + word
        yield "/" + word + "\u00a0"


def test_the_dict_of_spellings_finds_what_folding_finds() -> None:
    """`Router.find` looks the typed name up before folding it: for every name and alias,
    in every spelling, and for hostile names, it finds what the folded lookup finds."""
    router = build_router()
    folded = {command_key(key): spec for spec in router.commands
              for key in (spec.name, *spec.aliases)}
    rng = random.Random(11)
    typed = list(HOSTILE) + ["", "/", "@", "/@bot", "/rsvp@", "/١٢", "/１２", "/²"]
    for spec in router.commands:
        for key in (spec.name, *spec.aliases):
            typed += list(_spellings(key, rng))
    for name in typed:
        assert router.find(name) is folded.get(command_key(name)), name
    assert router.find("/Événements") is router.find("events") is router.find("/EVENTS")


def test_a_name_that_folds_like_another_is_still_refused_twice() -> None:
    """The spellings are added with the name: a second command whose name folds to the same
    word is refused as before, and the first one is still found."""
    spec = build_router().find("rsvp")
    assert spec is not None
    router = Router()
    router.add(spec)
    with pytest.raises(ValueError):
        router.add(CommandSpec("RSVP", spec.handler))
    assert router.find("/RSVP") is router.find("/rsvp") is spec


# -- cleaning what people type --------------------------------------------------------------

# What `clean_stored` removed before its shortcut, character class as it was.
_REMOVED = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff]")


def _cleaned_as_before(text: str, limit: int) -> str:
    return _REMOVED.sub("", text)[:limit].strip()


# Printable, yet blank on screen: removed since session 8 (a title that looks empty): the
# Hangul fillers, the blank braille pattern, the combining grapheme joiner, Khmer's inherent
# vowels, the musical null notehead.
_BLANK = "\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0\U0001d159"
# An emoji family keeps its zero-width joiners since session 8 (tests/test_s8_words_text.py).
_FAMILY = "🎉👨\u200d👩\u200d👧"


def test_printable_text_holds_nothing_the_cleaning_removes() -> None:
    """The shortcut skips the regex for printable text: every printable character of
    Unicode is kept, so the regex would have found nothing in it (but the blank letters,
    which the shortcut looks for)."""
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable())
    visible = "".join(c for c in printable if c not in _BLANK)
    assert clean_stored(printable, len(printable)) == _cleaned_as_before(visible,
                                                                         len(visible))


@pytest.mark.parametrize("limit", [1, 20, 64, 4000])
def test_cleaning_hostile_text_is_unchanged(limit: int) -> None:
    samples = list(HOSTILE) + ["M123", " Léa ", "Zoé\u200b", "a\tb", "« oui »\u00a0!"]
    for text in samples:
        expected = text[:limit] if text == _FAMILY else _cleaned_as_before(text, limit)
        assert clean_stored(text, limit) == expected, repr(text)


# -- event numbers --------------------------------------------------------------------------

_NUMBER_LIKE = re.compile(r"\s*(#|n°\s*\d|no\s*\d|[-+]?\d)", re.IGNORECASE)


def _is_event_words_as_before(text: str) -> bool:
    return any(c.isalpha() for c in text) and _NUMBER_LIKE.match(text) is None


def _event_ref_as_before(text: str) -> int | EventRef | str:
    """What `event_ref` answered before its shortcut; a refusal as its key and values."""
    try:
        if _is_event_words_as_before(text):
            return EventRef(bounded_text(" ".join(text.split()), MAX_EVENT_WORDS))
        return event_id(text)
    except UserInputError as err:
        return f"{err.key} {sorted(err.values.items())}"


def _event_ref_now(text: str) -> int | EventRef | str:
    try:
        return event_ref(text)
    except UserInputError as err:
        return f"{err.key} {sorted(err.values.items())}"


def _numbers() -> list[str]:
    digits = [c for c in map(chr, range(0x110000)) if c.isdecimal()]
    found = ["0", "00", "1", "01", "007", "12", "999999999", "0999999999", "1000000000",
             "123456789012", "٠", "١٢", "１２", "𝟏𝟐", "²", "①", "12 ", " 12", "1\u00a0"]
    found += digits  # every decimal digit of every script, alone
    rng = random.Random(11)
    for _ in range(500):
        size = rng.randint(1, 12)
        found.append("".join(rng.choice(digits) for _ in range(size)))
        found.append("".join(rng.choice(string.digits) for _ in range(size)))
    return found


def test_event_numbers_read_as_before() -> None:
    """« 12 » skips the letter scan and the prefix stripping: any decimal text, of any
    script and length, with zeros in front or only zeros, gives the same number or the same
    refusal as before."""
    for text in _numbers() + list(HOSTILE):
        assert is_event_words(text) == _is_event_words_as_before(text), repr(text)
        assert _event_ref_now(text) == _event_ref_as_before(text), repr(text)


# -- strings ----------------------------------------------------------------------------------


def _t_as_before(key: str, locale: str, /, **values: object) -> str:
    """`t` before it kept prepared templates: every int wrapped as a Count."""
    entry = CATALOGUE[key]
    text = entry.get(locale) or entry[i18n.DEFAULT_LOCALE]
    if locale == "fr" or locale not in entry:
        text = french_typography(text)
    if not values:
        return text
    if "|" not in text:
        return text.format(**values)
    return text.format(**{name: Count(value, locale) if type(value) is int else value
                          for name, value in values.items()})


def _said(build: Callable[..., str], *args: object, **values: object) -> str:
    """The text, or the error a wrong value gives (a text where a count is expected)."""
    try:
        return build(*args, **values)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
        return f"{type(err).__name__}: {err}"


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


@pytest.mark.parametrize("count", [0, 1, 2, 5, -1, 21])
def test_every_string_reads_as_before_in_every_language(count: int) -> None:
    """Every catalogue string, in both languages, with counts that choose singular or
    plural (0 and 1 differ between French and English), texts, a bool and None."""
    build_router()
    for key, entry in CATALOGUE.items():
        names = {name for text in entry.values() for name in _fields(text)}
        samples = [{name: count for name in names},
                   {name: f"« {name} » {{x}}" for name in names},
                   {name: (count if i % 2 else "Zoé") for i, name in enumerate(sorted(names))},
                   {name: True for name in names}]
        for locale in LOCALES:
            with using(locale):
                for values in samples:
                    assert _said(t, key, **values) == _said(_t_as_before, key, locale,
                                                            **values), key
                assert t(key) == _t_as_before(key, locale), key


@pytest.mark.parametrize("words", [
    "{n:# place|# places} et {m.real}", "{n:# place|# places} {p:{w}}", "{n[0]} {m:# a|# b}",
    "{n:# place|# places} {{n}} | {m!s:>3}", "« {m} » : {n:# a|# b} ?", "Oui ! {m} ; « x »",
    "{n:# a|# b} {n} {m:# c|# d} {n:# e|# f}", "{{x}}|{{ {n:#|#s} }}", "a|b {n} {m:>4}",
    "{w!r} {n:# a|# b}", "{:# a|# b}", "{n:# a|# b", "{0}|"])
def test_unusual_templates_read_as_before(words: str) -> None:
    """A template the preparation cannot read fully (an attribute, an index, a nested spec,
    a broken brace), or with French typography to add in French only, gives what it gave
    before, text or error."""
    for values in ({"n": 1, "m": 3, "p": 4, "w": ""}, {"n": [2], "m": 0, "p": "x", "w": ""}):
        CATALOGUE["test.fastpath.odd"] = {"fr": words, "en": words}
        try:
            for locale in LOCALES:
                with using(locale):
                    assert _said(t, "test.fastpath.odd", **values) == _said(
                        _t_as_before, "test.fastpath.odd", locale, **values)
        finally:
            del CATALOGUE["test.fastpath.odd"]


def test_a_string_redefined_between_tests_is_read_anew() -> None:
    """Prepared templates are kept by their words, not their key: a catalogue rebuilt with
    other words (as tests do) is never read from a stale copy."""
    for words in ("{n:# fois|# fois} : un", "{n:# coup|# coups} : deux"):
        CATALOGUE["test.fastpath.again"] = {"fr": words, "en": words}
        try:
            with using("fr"):
                assert t("test.fastpath.again", n=2) == _t_as_before(
                    "test.fastpath.again", "fr", n=2)
        finally:
            del CATALOGUE["test.fastpath.again"]


def test_the_locale_already_set_is_kept_and_given_back() -> None:
    """`using` sets nothing when the locale is already the reader's: inside and after each
    block, the locale is what it was before the shortcut."""
    seen = [current_locale()]
    with using("fr"):
        seen.append(current_locale())
        with using("en"):
            seen.append(current_locale())
            with using("en"):
                seen.append(current_locale())
                with using("fr"):
                    seen.append(current_locale())
                seen.append(current_locale())
            seen.append(current_locale())
        seen.append(current_locale())
        with using("xx"):  # unknown: French
            seen.append(current_locale())
    seen.append(current_locale())
    assert seen == ["fr", "fr", "en", "en", "fr", "en", "en", "fr", "fr", "fr"]
