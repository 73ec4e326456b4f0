"""Localisation: the reader's locale lives in a ContextVar set once per message.

Strings live in one catalogue: the core's own (`bot.strings`) from the start, each feature's
added by its `register()` at start-up (`add_strings`). Keys have named placeholders; French is
the default and the fallback. Dates are shown in Europe/Paris, as people write them: « samedi
1er mars à 19h30 », and for English readers, who live in France too, day before month and a
24-hour clock, as on every poster and timetable around them: "Saturday 1 March at 19:30".

Two things every string gets for free, so no author can forget them:
- plurals: a count placeholder may choose its words, `{count:# place|# places}` (singular
  form, then plural; `#` is the number). French counts 0 and 1 as singular, English only 1;
- French typography: the space before `: ; ? !` and inside « » becomes the right no-break
  space (U+00A0 before `:` and inside « », U+202F before `; ? !`), in the template only,
  never in what members or organisers typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextvars import ContextVar
from datetime import date, datetime
from functools import lru_cache
from string import Formatter
from zoneinfo import ZoneInfo

from bot.strings import STRINGS

LOCALES = ("fr", "en")
DEFAULT_LOCALE = "fr"
PARIS = ZoneInfo("Europe/Paris")

_locale: ContextVar[str] = ContextVar("locale", default=DEFAULT_LOCALE)
CATALOGUE: dict[str, dict[str, str]] = {}


def add_strings(table: Mapping[str, Mapping[str, str]]) -> None:
    """Add strings to the catalogue; the same key with other words is a programming error."""
    for key, entry in table.items():
        known = CATALOGUE.get(key)
        if known is not None and known != entry:
            raise ValueError(f"string {key!r} defined twice with different words")
        # The feature's own table entry, not a copy (~2,000 of them: memory, issue 11).
        CATALOGUE[key] = entry if isinstance(entry, dict) else dict(entry)


add_strings(STRINGS)


def current_locale() -> str:
    return _locale.get()


def platform_key(key: str, platform: str) -> str:
    """`<key>.<platform>` when the platform has its own wording (Discord takes options, not
    typed words; it has no photo caption), else `key`."""
    own = f"{key}.{platform}"
    return own if own in CATALOGUE else key


@lru_cache(maxsize=256)
def spoken(platform_locale: str | None) -> str | None:
    """A platform's user locale ("en-GB", "fr") as one of ours, None if we do not speak it.
    Asked twice per message, of a handful of values: remembered (a hit runs no Python)."""
    if not platform_locale:
        return None
    short = platform_locale.replace("_", "-").split("-")[0].lower()
    return short if short in LOCALES else None


def pick_locale(chosen: str | None, platform_locale: str | None) -> str:
    """The member's choice, else the platform's user locale, else French."""
    if chosen in LOCALES:
        return chosen
    return spoken(platform_locale) or DEFAULT_LOCALE


class Using:
    """`with using(locale):` — the reader's locale for what is built inside. A plain class,
    not `@contextmanager`: it runs at least once per message, and a generator costs ~3x."""

    __slots__ = ("locale", "token")

    def __init__(self, locale: str) -> None:
        self.locale = locale if locale in LOCALES else DEFAULT_LOCALE

    def __enter__(self) -> None:
        # Already this locale (French, most messages): nothing to set, nothing to reset.
        self.token = None if _locale.get() == self.locale else _locale.set(self.locale)

    def __exit__(self, *exc: object) -> None:
        if self.token is not None:
            _locale.reset(self.token)


class _Kept:
    """`using` the locale already current (French, most messages): nothing to set, and no
    object to build per message (issue 11)."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_KEPT = _Kept()


def using(locale: str) -> Using | _Kept:
    return _KEPT if locale == _locale.get() else Using(locale)


def is_singular(count: int, locale: str | None = None) -> bool:
    """French says « 0 place », English "0 places"."""
    if (locale or _locale.get()) == "fr":
        return abs(count) <= 1
    return abs(count) == 1


class Count:
    """An integer placeholder that can choose its words: `{n:# place|# places}`."""

    __slots__ = ("locale", "value")

    def __init__(self, value: int, locale: str) -> None:
        self.value = value
        self.locale = locale

    def __format__(self, spec: str) -> str:
        if "|" not in spec:
            return format(self.value, spec)
        one, other = spec.split("|", 1)
        form = one if is_singular(self.value, self.locale) else other
        return form.replace("#", str(self.value))

    def __str__(self) -> str:
        return str(self.value)


_SPACE = "[ \u00a0\u202f]"
_FRENCH_TYPOGRAPHY = (
    (re.compile(_SPACE + "+([;?!])"), "\u202f\\1"),
    (re.compile(_SPACE + "+:"), "\u00a0:"),
    (re.compile("«" + _SPACE + "*"), "«\u00a0"),
    (re.compile(_SPACE + "*»"), "\u00a0»"),
)


@lru_cache(maxsize=4096)
def french_typography(template: str) -> str:
    """The no-break spaces French puts before `: ; ? !` and inside « »."""
    for pattern, replacement in _FRENCH_TYPOGRAPHY:
        template = pattern.sub(replacement, template)
    return template


# A template as `t` fills it: the text (French typography applied for French); the same
# text with each plural placeholder made a plain positional field, or None when a
# placeholder is too unusual to rewrite (an attribute, an index, a nested spec, a
# conversion); and each plural placeholder's (name, singular form, plural form), in order.
Prepared = tuple[str, str | None, tuple[tuple[str, str, str], ...]]


@lru_cache(maxsize=4096)
def _prepared(template: str, french: bool) -> Prepared:
    """Read once per template: `t` then chooses plural words without a `Count` per value
    and a `__format__` call per placeholder (issue 11: two strings per RSVP)."""
    if french:
        template = french_typography(template)
    if "|" not in template:
        return template, template, ()
    plain: list[str] = []
    forms: list[tuple[str, str, str]] = []
    try:
        for text, name, spec, conversion in Formatter().parse(template):
            plain.append(text.replace("{", "{{").replace("}", "}}"))
            if name is None or spec is None:  # literal text only
                continue
            if "{" in spec or not name.isidentifier() or conversion:
                return template, None, ()
            if "|" in spec:
                one, other = spec.split("|", 1)
                plain.append(f"{{{len(forms)}}}")
                forms.append((name, one, other))
            else:
                plain.append(f"{{{name}:{spec}}}" if spec else f"{{{name}}}")
    except ValueError:  # a broken template: let `format` say so, as it always did
        return template, None, ()
    return template, "".join(plain), tuple(forms)


def t(key: str, /, **values: object) -> str:
    """The string `key` in the current locale, placeholders filled, counts in words."""
    entry = CATALOGUE[key]
    locale = _locale.get()
    text, plain, forms = _prepared(entry.get(locale) or entry[DEFAULT_LOCALE],
                                   locale == "fr" or locale not in entry)
    if not values:
        return text
    if plain is not None:
        if not forms:  # no plural words to choose: numbers format as themselves
            return plain.format(**values)
        words = []
        for name, one, other in forms:
            count = values.get(name)
            if type(count) is not int:
                break  # not a plain count: `Count` below says what it always said
            words.append((one if is_singular(count, locale) else other).replace("#", str(count)))
        else:
            return plain.format(*words, **values)
    return text.format(**{name: Count(value, locale) if type(value) is int else value
                          for name, value in values.items()})


class Lazy:
    """A string key translated when it is formatted, in the reader's locale (for error
    values decided before the locale is known)."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key

    def __format__(self, spec: str) -> str:
        return format(t(self.key), spec)

    def __str__(self) -> str:
        return t(self.key)


def format_clock(hour: int, minute: int) -> str:
    """« 19h30 », « 20h » in French; "19:30", "09:00" in English (CLDR's en_GB: a 24-hour
    clock, as on every poster, ticket and timetable around readers who live in France)."""
    if _locale.get() == "en":
        return f"{hour:02d}:{minute:02d}"
    return f"{hour}h{minute:02d}" if minute else f"{hour}h"


def format_time_only(moment: datetime) -> str:
    local = moment.astimezone(PARIS)
    return format_clock(local.hour, local.minute)


# Day and month names and the euro format of our two languages, as CLDR (Babel) writes them:
# loading Babel's locale data costs ~4.6 MiB per language for these 19 words and one number
# format (issue 11's memory target); tests/test_french.py checks every value against Babel.
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def weekday_name(weekday: int, locale: str | None = None) -> str:
    """« samedi », "Saturday" (Monday is 0, as `date.weekday()`)."""
    return WEEKDAYS[_known(locale)][weekday]


def month_name(month: int, locale: str | None = None) -> str:
    return MONTHS[_known(locale)][month - 1]


def _known(locale: str | None) -> str:
    locale = locale or _locale.get()
    return locale if locale in WEEKDAYS else DEFAULT_LOCALE


def format_day(day: date, *, with_year: bool = True) -> str:
    """« samedi 1er mars 2027 », "Saturday 1 March 2027" (CLDR's en_GB: day before month,
    as in France, never "March 1")."""
    weekday, month = weekday_name(day.weekday()), month_name(day.month)
    if _known(None) == "en":
        return " ".join([weekday, str(day.day), month] + ([str(day.year)] if with_year else []))
    number = "1er" if day.day == 1 else str(day.day)
    return " ".join([weekday, number, month] + ([str(day.year)] if with_year else []))


def format_when(moment: datetime, *, with_year: bool = True) -> str:
    """« samedi 5 décembre 2026 à 19h30 », "Saturday 5 December 2026 at 19:30"."""
    local = moment.astimezone(PARIS)
    return t("when.at", day=format_day(local.date(), with_year=with_year),
             time=format_clock(local.hour, local.minute))


def format_span(start: datetime, end: datetime | None) -> str:
    """« samedi 28 novembre 2026 à 14h, jusqu'à 17h »: the start, and the end when known
    (a parent needs it to fetch the children; a misread range is seen at once)."""
    if end is None:
        return format_when(start)
    same_day = start.astimezone(PARIS).date() == end.astimezone(PARIS).date()
    return t("when.until", start=format_when(start),
             end=format_time_only(end) if same_day else format_when(end))


def format_when_from(moment: datetime, now: datetime) -> str:
    """« aujourd'hui à 19h30 », « demain à 20h », else the full date: for messages read
    close to the moment, such as reminders."""
    local = moment.astimezone(PARIS)
    days = (local.date() - now.astimezone(PARIS).date()).days
    if days in (0, 1):
        return t("when.today_at" if days == 0 else "when.tomorrow_at",
                 time=format_clock(local.hour, local.minute))
    return format_when(moment)


def format_price(cents: int) -> str:
    """« 6,00 € », "€6.00" (CLDR's euro format; French groups thousands with a narrow
    no-break space)."""
    if cents == 0:
        return t("price.free")
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if _known(None) == "en":
        return f"{sign}€{euros:,}.{rest:02d}"
    grouped = f"{euros:,}".replace(",", "\u202f")
    return f"{sign}{grouped},{rest:02d}\u00a0€"


