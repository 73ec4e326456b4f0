"""Pure parsers for weekly series: the day and time, the interval, the series number, the
field to edit. Each raises a `UserInputError` with a helpful key."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from bot.errors import UserInputError
from bot.i18n import PARIS
from bot.text import fold, strip_accents

MAX_INTERVAL = 12
MAX_SERIES_ID = 999_999_999
_WEEKDAYS = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0,
    "mardi": 1, "mar": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "mercredi": 2, "mer": 2, "wednesday": 2, "wed": 2,
    "jeudi": 3, "jeu": 3, "thursday": 3, "thu": 3, "thurs": 3,
    "vendredi": 4, "ven": 4, "friday": 4, "fri": 4,
    "samedi": 5, "sam": 5, "saturday": 5, "sat": 5,
    "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}
_TIME = re.compile(r"\b(\d{1,2})\s*(?:[h:]\s*(\d{2})?)?\s*(am|pm)?\b")
_NUMBER_WORDS = {"deux": 2, "two": 2, "other": 2, "trois": 3, "three": 3, "quatre": 4,
                 "four": 4}

# The fields of a series organisers may change, and what they may type for each.
SERIES_FIELDS = ("title", "place", "capacity", "kind", "price", "when")
_FIELD_WORDS = {
    "title": ("titre", "nom"),
    "place": ("lieu", "where", "où"),
    "capacity": ("capacité", "places", "seats"),
    "kind": ("type", "genre"),
    "price": ("prix", "tarif"),
    "when": ("quand", "heure", "time", "jour", "day", "date"),
}
FIELD_WORDS = {fold(word): name for name, words in _FIELD_WORDS.items()
               for word in (name, *words)}


def _plain(text: str) -> str:
    return strip_accents(text.strip().lower())


def weekly(text: str) -> tuple[int, str]:
    """'vendredi 19h30', 'every Friday 7:30pm', 'les mardis à 18h' -> (weekday, 'HH:MM')."""
    plain = _plain(text)
    day = None
    for word in re.findall(r"[a-z]+", plain):
        found = _WEEKDAYS.get(word)
        if found is None and word.endswith("s"):
            found = _WEEKDAYS.get(word[:-1])
        if found is not None:
            day = found
            break
    match = None
    for candidate in _TIME.finditer(plain):
        if candidate.group(2) or candidate.group(3) or re.search(
                r"\d\s*h", candidate.group(0)):
            match = candidate
            break
    if day is None or match is None:
        raise UserInputError("error.bad_weekly", value=text.strip()[:40])
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "pm" and hour < 12:
        hour += 12
    elif match.group(3) == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise UserInputError("error.bad_weekly", value=text.strip()[:40])
    return day, f"{hour:02d}:{minute:02d}"


def interval(text: str) -> int:
    """'' / 'chaque semaine' -> 1, 'toutes les 2 semaines' / 'every other week' -> 2."""
    plain = _plain(text)
    if not plain:
        return 1
    digits = re.findall(r"\d+", plain)
    value = int(digits[0]) if digits else next(
        (n for w, n in _NUMBER_WORDS.items() if re.search(rf"\b{w}\b", plain)), None)
    if value is None and re.search(r"semaine|week|hebdo", plain):
        value = 1
    if value is None or not 1 <= value <= MAX_INTERVAL:
        raise UserInputError("error.bad_interval", value=text.strip()[:30], max=MAX_INTERVAL)
    return value


def day_and_time(text: str, weekday: int) -> tuple[int, str]:
    """For an edit: 'jeudi 20h' changes both; '20h' keeps the series' weekday."""
    try:
        return weekly(text)
    except UserInputError:
        try:
            return weekday, weekly(f"lundi {text}")[1]
        except UserInputError:
            raise UserInputError("error.bad_weekly", value=text.strip()[:40]) from None


def first_date(weekday: int, local_time: str, now: datetime) -> date:
    """The first Paris date on that weekday whose time is still to come."""
    hour, minute = (int(p) for p in local_time.split(":"))
    today = now.astimezone(PARIS).date()
    day = today + timedelta(days=(weekday - today.weekday()) % 7)
    if datetime.combine(day, time(hour, minute), tzinfo=PARIS) <= now:
        day += timedelta(weeks=1)
    return day


def moved(start: datetime, old_weekday: int, weekday: int, local_time: str) -> datetime:
    """The same week's occurrence on the new weekday and Paris wall-clock time."""
    hour, minute = (int(p) for p in local_time.split(":"))
    day = start.astimezone(PARIS).date() + timedelta(days=weekday - old_weekday)
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS).astimezone(UTC)


# -- as `Param(parse=...)` ------------------------------------------------------------------


def parse_rule(text: str, now: datetime) -> tuple[int, str]:
    return weekly(text)


def parse_interval(text: str, now: datetime) -> int:
    return interval(text)


def parse_series(text: str, now: datetime) -> int:
    """'1', '#1' or 'n°1'."""
    cleaned = text.strip().lower().removeprefix("n°").lstrip("#").strip()
    if not cleaned.isdigit() or len(cleaned) > 9 or not 1 <= int(cleaned) <= MAX_SERIES_ID:
        raise UserInputError("error.bad_series_id", value=text.strip()[:20])
    return int(cleaned)


def parse_field(text: str, now: datetime) -> str:
    found = FIELD_WORDS.get(fold(text))
    if found is None:
        raise UserInputError("error.bad_series_field", value=text.strip()[:20])
    return found
