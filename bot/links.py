"""The web agenda's addresses as chats and pages hand them out (/mycalendar, event pages).

Kept apart from `bot.web`, which loads aiohttp: a command that only builds a link must not
pull the web server into the console's memory."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings


def public_url(settings: Settings) -> str | None:
    """PUBLIC_URL without its trailing slash (links append "/…"), None when not set."""
    return settings.public_url.rstrip("/") if settings.public_url else None


def public_base(settings: Settings) -> str | None:
    """Where people reach the web pages: PUBLIC_URL, else this machine's WEB_PORT; None
    without a web agenda."""
    if settings.public_url:
        return public_url(settings)
    if settings.web_port:
        return f"http://127.0.0.1:{settings.web_port}"
    return None


def webcal(url: str) -> str:
    """The same feed as a `webcal://` link: phones offer to subscribe instead of download."""
    return "webcal://" + url.split("://", 1)[-1]
