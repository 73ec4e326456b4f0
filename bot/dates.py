"""Reading dates people type, in Europe/Paris wall-clock time, stored as UTC.

dateparser understands most French and English phrasings but not "20h" nor "prochain";
those are normalised first. The wall-clock time is attached to Europe/Paris by zoneinfo, so
19:30 stays 19:30 on both sides of a daylight-saving change.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot.i18n import PARIS

_HOUR_MIN = re.compile(r"\b(\d{1,2})\s*h\s*(\d{2})\b")
_HOUR = re.compile(r"\b(\d{1,2})\s*h\b")
_NEXT = re.compile(r"\b(prochaine?|suivante?)\b")
_UNITS = r"(?:s|sec|secondes?|seconds?|m|mn|min|minutes?|h|heures?|hours?|j|jours?|d|days?)"
_DURATION_PART = re.compile(rf"(\d+(?:\.\d+)?)({_UNITS}?)")
_DURATION = re.compile(rf"(?:\d+(?:\.\d+)?{_UNITS}?){{1,4}}")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "j": 86400, "d": 86400}


def _normalise(text: str) -> str:
    text = text.strip().lower().replace("’", "'")
    text = _HOUR_MIN.sub(r"\1:\2", text)
    text = _HOUR.sub(r"\1:00", text)
    text = _NEXT.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def parse_when(text: str, now: datetime) -> datetime | None:
    """A moment from ISO or natural French/English text, as aware UTC; None if unreadable."""
    cleaned = _normalise(text)
    if not cleaned or len(cleaned) > 80:
        return None
    local_now = now.astimezone(PARIS).replace(tzinfo=None)
    try:
        local = datetime.fromisoformat(cleaned)
    except ValueError:
        import dateparser

        local = dateparser.parse(
            cleaned,
            languages=["fr", "en"],
            settings={
                "PREFER_DATES_FROM": "future",
                "RELATIVE_BASE": local_now,
                "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": "DMY",
            },
        )
    if local is None:
        return None
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    return local.replace(tzinfo=PARIS).astimezone(UTC)


def parse_duration(text: str) -> timedelta | None:
    """'90m', '2h', '1h30', '30s', '1.5h', '3j' -> timedelta; None if unreadable or zero.

    A bare number is minutes ("1h30" is an hour and a half)."""
    cleaned = text.strip().lower().replace(" ", "").replace(",", ".")
    if not _DURATION.fullmatch(cleaned):
        return None
    total = 0.0
    for amount, unit in _DURATION_PART.findall(cleaned):
        total += float(amount) * _UNIT_SECONDS[unit[:1] or "m"]
    return timedelta(seconds=total) if total > 0 else None
