"""The agenda on the web: a public programme page, event pages and calendar feeds served by
aiohttp in the bot's own loop (`start_web`), started when WEB_PORT is set."""

from __future__ import annotations

from bot.web.server import Calendars, WebServer, start_web

__all__ = ["Calendars", "WebServer", "start_web"]
