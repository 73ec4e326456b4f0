"""Localisation: the reader's locale lives in a ContextVar set once per message.

Strings live in one catalogue: the core's own (`bot.strings`) from the start, each feature's
added by its `register()` at start-up (`add_strings`). Keys have named placeholders; French is
the default and the fallback. Dates are shown in Europe/Paris with Babel, in the reader's
language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
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
        CATALOGUE[key] = dict(entry)


add_strings(STRINGS)


def current_locale() -> str:
    return _locale.get()


def pick_locale(chosen: str | None, platform_locale: str | None) -> str:
    """The member's choice, else the platform's user locale, else French."""
    if chosen in LOCALES:
        return chosen
    if platform_locale:
        short = platform_locale.replace("_", "-").split("-")[0].lower()
        if short in LOCALES:
            return short
    return DEFAULT_LOCALE


@contextmanager
def using(locale: str) -> Iterator[None]:
    token = _locale.set(locale if locale in LOCALES else DEFAULT_LOCALE)
    try:
        yield
    finally:
        _locale.reset(token)


def t(key: str, /, **values: object) -> str:
    """The string `key` in the current locale, placeholders filled."""
    entry = CATALOGUE[key]
    text = entry.get(_locale.get()) or entry[DEFAULT_LOCALE]
    return text.format(**values) if values else text


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


def format_when(moment: datetime, *, with_year: bool = True) -> str:
    """'vendredi 5 décembre 2026 à 20:00' / 'Friday, December 5, 2026 at 8:00 PM'."""
    from babel.dates import format_date, format_time

    local = moment.astimezone(PARIS)
    locale = _locale.get()
    pattern = "EEEE d MMMM y" if with_year else "EEEE d MMMM"
    if locale == "en":
        pattern = "EEEE, MMMM d, y" if with_year else "EEEE, MMMM d"
    day = format_date(local, pattern, locale=locale)
    hour = format_time(local, "HH:mm" if locale == "fr" else "h:mm a", locale=locale)
    return t("when.at", day=day, time=hour)


def format_time_only(moment: datetime) -> str:
    from babel.dates import format_time

    locale = _locale.get()
    return format_time(moment.astimezone(PARIS), "HH:mm" if locale == "fr" else "h:mm a",
                       locale=locale)


def format_price(cents: int) -> str:
    if cents == 0:
        return t("price.free")
    from babel.numbers import format_currency

    return format_currency(cents / 100, "EUR", locale=_locale.get())
