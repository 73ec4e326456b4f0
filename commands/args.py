"""Pure argument parsers: text in, value out, or a `UserInputError` with a helpful key."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from bot.dates import parse_when
from bot.errors import UserInputError
from storage.models import KINDS

MAX_TITLE = 120
MAX_FIELD = 300
MAX_DESCRIPTION = 1500
MAX_GUESTS = 9
MAX_CAPACITY = 10_000
MAX_PRICE_CENTS = 100_000

_CHOICES = {
    "going": "going", "yes": "going", "oui": "going", "y": "going", "o": "going",
    "present": "going", "inscrit": "going", "viens": "going", "go": "going",
    "maybe": "maybe", "peutetre": "maybe", "peut-etre": "maybe", "pe": "maybe",
    "no": "no", "non": "no", "n": "no", "absent": "no", "notgoing": "no",
}
_KINDS = {
    "board_games": "board_games", "jeux": "board_games", "jeu": "board_games",
    "jeuxdesociete": "board_games", "boardgames": "board_games", "boardgame": "board_games",
    "games": "board_games", "screening": "screening", "projection": "screening",
    "film": "screening", "cinema": "screening", "cine": "screening", "movie": "screening",
    "workshop": "workshop", "atelier": "workshop", "masterclass": "masterclass",
    "english": "english", "anglais": "english", "coursdanglais": "english",
    "theme_evening": "theme_evening", "soiree": "theme_evening", "soireethematique":
    "theme_evening", "theme": "theme_evening", "themeevening": "theme_evening",
    "other": "other", "autre": "other",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s'’_-]+", "", plain)


def event_id(text: str) -> int:
    """'12' or '#12'."""
    cleaned = text.strip().lstrip("#")
    if not cleaned:
        raise UserInputError("error.missing_event_id")
    if not cleaned.isdigit() or len(cleaned) > 9:
        raise UserInputError("error.bad_event_id", value=text.strip()[:20])
    return int(cleaned)


def choice(text: str) -> str:
    found = _CHOICES.get(_fold(text)) or _CHOICES.get(text.strip().lower())
    if found is None:
        raise UserInputError("error.bad_choice", value=text.strip()[:20])
    return found


def guests(text: str) -> int:
    """'+2', '2', '+0' -> number of guests, bounded."""
    cleaned = text.strip()
    match = re.fullmatch(r"\+?\s*(\d{1,6})", cleaned)
    if not match:
        raise UserInputError("error.bad_guests", value=cleaned[:20], max=MAX_GUESTS)
    value = int(match.group(1))
    if value > MAX_GUESTS:
        raise UserInputError("error.bad_guests", value=cleaned[:20], max=MAX_GUESTS)
    return value


def capacity(text: str) -> int | None:
    cleaned = _fold(text)
    if cleaned in ("", "illimite", "illimitee", "unlimited", "none", "aucune", "0"):
        return None
    digits = text.strip()
    if not digits.isdigit() or len(digits) > 6:
        raise UserInputError("error.bad_capacity", value=digits[:20], max=MAX_CAPACITY)
    value = int(digits)
    if not 1 <= value <= MAX_CAPACITY:
        raise UserInputError("error.bad_capacity", value=text.strip()[:20], max=MAX_CAPACITY)
    return value


def kind(text: str) -> str:
    found = _KINDS.get(_fold(text))
    if found is None or found not in KINDS:
        raise UserInputError("error.bad_kind", value=text.strip()[:30])
    return found


def price(text: str) -> int:
    """'gratuit', 'free', '0', '6', '6 €', '6,50€' -> cents."""
    cleaned = _fold(text).replace("€", "").replace("eur", "").replace("euros", "")
    if cleaned in ("", "gratuit", "gratuite", "free", "0"):
        return 0
    match = re.fullmatch(r"(\d{1,4})(?:[.,](\d{1,2}))?", cleaned)
    if not match:
        raise UserInputError("error.bad_price", value=text.strip()[:20])
    cents = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if cents > MAX_PRICE_CENTS:
        raise UserInputError("error.bad_price", value=text.strip()[:20])
    return cents


def title(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise UserInputError("error.missing_title")
    if len(cleaned) > MAX_TITLE:
        raise UserInputError("error.title_too_long", max=MAX_TITLE, length=len(cleaned))
    return cleaned


def short_text(text: str, limit: int = MAX_FIELD) -> str:
    cleaned = text.strip()
    if len(cleaned) > limit:
        raise UserInputError("error.text_too_long", max=limit, length=len(cleaned))
    return cleaned


def future_moment(text: str, now: datetime) -> datetime:
    if not text.strip():
        raise UserInputError("error.missing_when")
    moment = parse_when(text, now)
    if moment is None:
        raise UserInputError("error.bad_when", value=text.strip()[:40])
    if moment <= now:
        raise UserInputError("error.past_when", value=text.strip()[:40])
    return moment


def pipes(text: str) -> list[str]:
    return [part.strip() for part in text.split("|")]


def title_and_when(text: str, missing_key: str, maximum: int = 5) -> list[str]:
    """`<title> | <when> [| …]` parts: both first parts present, at most `maximum` parts."""
    parts = pipes(text)
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise UserInputError(missing_key)
    if len(parts) > maximum:
        raise UserInputError("error.too_many_parts", max=maximum)
    return parts
