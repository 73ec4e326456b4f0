"""Pure parsers: the period of a report as people write it, in French or English.

`2026` (the calendar year), `novembre 2026` / `nov. 2026` / `2026-11` / `11/2026` (a month),
`2026-2027` (a season: September to August, as associations count their year), and any two
of these joined by `..`, ` à `, ` au ` or ` to ` (`2026-09..2027-06`). Nothing typed: the
last 12 months, the current one included (figures stop at the present moment).

Treasurers also say it in words, relative to today: « ce mois-ci », « le mois dernier »,
« cette année », « dernier trimestre » (the last whole calendar quarter), « cette saison »,
and months without a year (« de septembre à décembre »): the start is the latest such month
not after this one, the end the first such month from the start. The reply names the months
in full, so a period read otherwise than meant is seen at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot.dates import MONTH_WORDS
from bot.errors import UserInputError
from bot.i18n import PARIS
from bot.text import echoed, strip_accents
from storage.attendance import TALLY_MONTHS

MAX_MONTHS = TALLY_MONTHS  # 24: what a tally can tell apart (storage.attendance)
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_PERIOD_TEXT = 60

# Accents are dropped before this applies: « à » is read as "a".
_RANGE = re.compile(r"\s*(?:\.\.|…|→|\sa\s|\sau\s|\sto\s|\s-\s)\s*")
_SEASON = re.compile(r"(?:saison\s+|season\s+)?(\d{4})\s*[-/]\s*(\d{4})")
# « de septembre à décembre », « d'octobre à décembre », "from september to december",
# « entre mars et juin ».
_FROM = re.compile(r"^(?:(?:de|du|d|depuis|from|entre|between)\s+|d\s*['’`]\s*)")
_AND = re.compile(r"\s(?:et|and)\s")
# Periods said relative to today: (unit, how many back), unit one of month, quarter, year,
# season (September to August). Keys are lower case without accents, apostrophes or dashes.
_RELATIVE: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("ce mois ci", "ce mois", "le mois en cours", "mois en cours",
                     "this month", "current month"), ("month", 0)),
    **dict.fromkeys(("le mois dernier", "mois dernier", "le mois precedent", "mois precedent",
                     "last month", "previous month"), ("month", -1)),
    **dict.fromkeys(("ce trimestre", "ce trimestre ci", "le trimestre en cours",
                     "trimestre en cours", "this quarter", "current quarter"), ("quarter", 0)),
    **dict.fromkeys(("dernier trimestre", "le dernier trimestre", "trimestre dernier",
                     "le trimestre dernier", "le trimestre precedent", "trimestre precedent",
                     "last quarter", "previous quarter"), ("quarter", -1)),
    **dict.fromkeys(("cette annee", "cette annee ci", "l annee en cours", "annee en cours",
                     "this year", "current year"), ("year", 0)),
    **dict.fromkeys(("l annee derniere", "annee derniere", "l an dernier", "an dernier",
                     "l annee precedente", "last year", "previous year"), ("year", -1)),
    **dict.fromkeys(("cette saison", "la saison en cours", "saison en cours",
                     "l annee scolaire", "annee scolaire", "cette annee scolaire",
                     "this season", "current season", "this school year"), ("season", 0)),
    **dict.fromkeys(("la saison derniere", "saison derniere", "l annee scolaire derniere",
                     "last season", "last school year"), ("season", -1)),
}


@dataclass(frozen=True)
class Period:
    """Whole months in Paris time, from `first` (the 1st of a month) for `months` months."""

    first: date
    months: int

    @property
    def month_starts(self) -> list[date]:
        return [_add_months(self.first, n) for n in range(self.months)]

    @property
    def last(self) -> date:
        return _add_months(self.first, self.months - 1)

    @property
    def start(self) -> datetime:
        """The first moment, in UTC."""
        return _paris_midnight(self.first)

    @property
    def end(self) -> datetime:
        """The moment after the period (excluded), in UTC."""
        return _paris_midnight(_add_months(self.first, self.months))


def last_months(now: datetime, months: int = 12) -> Period:
    """The default: `months` months ending with the current one."""
    local = now.astimezone(PARIS).date().replace(day=1)
    return Period(_add_months(local, 1 - months), months)


def period(text: str, now: datetime | None = None) -> Period:
    """A period as typed, or a `UserInputError` giving examples."""
    cleaned = " ".join(strip_accents(text).lower().split())
    if len(cleaned) > MAX_PERIOD_TEXT or not cleaned:
        raise _bad(text)
    said = " ".join(re.sub(r"['’`\-]", " ", cleaned).split())
    if said in _RELATIVE:
        if now is None:
            raise _bad(text)
        return _relative(*_RELATIVE[said], now)
    cleaned = _FROM.sub("", cleaned)
    season = _SEASON.fullmatch(cleaned)
    if season:
        first, second = int(season.group(1)), int(season.group(2))
        if second != first + 1:
            raise _bad(text)
        return _checked(date(_year(first, text), 9, 1), date(_year(second, text), 8, 1), text)
    parts = _RANGE.split(cleaned)
    if len(parts) == 1:
        parts = _AND.split(cleaned)
    today = now.astimezone(PARIS).date().replace(day=1) if now is not None else None
    if len(parts) == 1:
        start, end = _bounds(parts[0], text, today)
        return _checked(start, end, text)
    if len(parts) != 2:
        raise _bad(text)
    start, _ = _bounds(parts[0], text, today)
    _, end = _bounds(parts[1], text, start, onwards=True)
    return _checked(start, end, text)


def _relative(unit: str, back: int, now: datetime) -> Period:
    """« ce mois-ci », « dernier trimestre », « cette saison »: whole months around today."""
    this = now.astimezone(PARIS).date().replace(day=1)
    if unit == "month":
        return Period(_add_months(this, back), 1)
    if unit == "quarter":
        first = this.replace(month=(this.month - 1) // 3 * 3 + 1)
        return Period(_add_months(first, 3 * back), 3)
    if unit == "year":
        return Period(date(this.year + back, 1, 1), 12)
    september = date(this.year if this.month >= 9 else this.year - 1, 9, 1)
    return Period(date(september.year + back, 9, 1), 12)


def _bad(typed: str) -> UserInputError:
    """The refusal of a period, with examples; what was typed is shown back (cut between
    words, as every command says a line back: `echoed`)."""
    return UserInputError("error.bad_period", value=echoed(typed))


def _bounds(piece: str, typed: str, near: date | None = None, *,
            onwards: bool = False) -> tuple[date, date]:
    """The first and last month (their 1st) a piece names: a month, or a whole year.

    A month without a year is taken near `near`: the latest not after it (a start, `near`
    being this month: « septembre » in November is the one just gone), or with `onwards`
    the first not before it (an end, `near` being the start)."""
    piece = " ".join(piece.replace(".", " ").split())
    if piece in MONTH_WORDS and near is not None:
        month = MONTH_WORDS[piece]
        if onwards:
            year = near.year if month >= near.month else near.year + 1
        else:
            year = near.year if month <= near.month else near.year - 1
        return _month(year, month, typed)
    if re.fullmatch(r"\d{4}", piece):
        year = _year(int(piece), typed)
        return date(year, 1, 1), date(year, 12, 1)
    numeric = (re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{1,2})", piece)
               or re.fullmatch(r"(\d{1,2})\s*[-/]\s*(\d{4})", piece))
    if numeric:
        a, b = numeric.group(1), numeric.group(2)
        year, month = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        return _month(year, month, typed)
    words = re.fullmatch(r"([a-z]+)\s*(\d{4})", piece)
    if words and words.group(1) in MONTH_WORDS:
        return _month(int(words.group(2)), MONTH_WORDS[words.group(1)], typed)
    raise _bad(typed)


def _month(year: int, month: int, typed: str) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise _bad(typed)
    day = date(_year(year, typed), month, 1)
    return day, day


def _year(year: int, typed: str) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _bad(typed)
    return year


def _checked(start: date, last: date, typed: str) -> Period:
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    if months < 1:
        raise UserInputError("error.period_backwards", value=typed.strip()[:30])
    if months > MAX_MONTHS:
        raise UserInputError("error.period_too_long", months=months, max=MAX_MONTHS)
    return Period(start, months)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _paris_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=PARIS).astimezone(UTC)
