"""Logs that are safe to paste in a bug report: no token, no interaction token, no member's
last name or username, at any level.

One `Redactor` sits on the root handler(s), so every record from every library passes through
it, tracebacks included. Libraries that log raw payloads at DEBUG are also kept at INFO or above,
so those payloads are never even formatted; the redactor is the second line.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO

HIDDEN = "<hidden>"
TOKEN = "<token>"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Loggers that print request URLs or whole updates/payloads at DEBUG.
# aiosqlite logs every statement with its parameters (names, platform ids) at DEBUG.
NOISY = ("aiosqlite", "telegram", "httpcore", "discord.http", "discord.gateway", "discord.webhook",
         "discord.client", "discord.state", "aiohttp")
# httpx logs every request URL at INFO, and Bot API URLs contain the token. APScheduler logs
# two lines at INFO for every 30-second heartbeat (« Running job … », « … executed
# successfully »): 5,760 a day in the journal an admin reads; its warnings (a missed run) stay.
QUIET = ("httpx", "apscheduler")

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # A Telegram bot token, configured or not (e.g. a token pasted into the wrong variable).
    (re.compile(r"\d{6,}:[A-Za-z0-9_-]{30,}"), TOKEN),
    # A Discord bot token: three base64url parts separated by dots.
    (re.compile(r"[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{25,}"), TOKEN),
    # Interaction and webhook tokens travel in URLs and allow answering as the bot.
    (re.compile(r"(/interactions/\d+/)[^/\s'\"?]+"), r"\1" + TOKEN),
    (re.compile(r"(/webhooks/\d+/)[^/\s'\"?]+"), r"\1" + TOKEN),
    # A personal calendar feed (/mycalendar): its address is the member's secret.
    (re.compile(r"(/me/)[A-Za-z0-9_-]{20,100}"), r"\1" + TOKEN),
    # last_name / username in dicts, JSON and object reprs: 'username': 'x', username='x'.
    (re.compile(r"""(['"]?\b(?:last_name|username)\b['"]?\s*[:=]\s*)(['"])(?:\\.|(?!\2).)*\2"""),
     r"\1\2" + HIDDEN + r"\2"),
    (re.compile(r"""(['"]?\b(?:last_name|username)\b['"]?\s*[:=]\s*)(?!['"]|None|null)[^\s,;)}\]]+"""),
     r"\1" + HIDDEN),
)


# Secrets registered by whoever holds them (adapters), seen by every Redactor.
_SECRETS: set[str] = set()


def add_secret(secret: str | None) -> None:
    """Mask this value in every log record from now on (a token an adapter was given)."""
    if secret and len(secret) >= 8:
        _SECRETS.add(secret)


class Redactor(logging.Filter):
    """Rewrites each record's message and traceback with secrets and personal data masked."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        self.secrets: set[str] = set()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        # A very short value would mask ordinary words; config rejects tokens < 20 chars.
        if secret and len(secret) >= 8:
            self.secrets.add(secret)

    def redact(self, text: str) -> str:
        for secret in sorted(self.secrets | _SECRETS, key=len, reverse=True):
            text = text.replace(secret, TOKEN)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a library's bad format string: keep the raw template
            message = str(record.msg)
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


_AT_SOURCE = Redactor()


def guard(secret: str | None, libraries: Iterable[str]) -> None:
    """Register `secret` and mask it at the source too: on every existing logger of these
    libraries, so even a handler added without `setup` (a test's capture) never sees it."""
    add_secret(secret)
    tops = set(libraries)
    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in tops:
            logger = logging.getLogger(name)
            if _AT_SOURCE not in logger.filters:
                logger.addFilter(_AT_SOURCE)


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler that never prints tracebacks of its own: when the log cannot be
    written (a full disk under the console's log file), logging's default prints
    « --- Logging error --- » and two tracebacks to stderr, between the lines a person reads.
    Here: one plain line per run of failures, then quiet until a write works again."""

    failing = False  # the last write failed: its note was printed
    _failed_now = False

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        super().emit(record)
        if not self._failed_now:
            self.failing = False  # writing works again: a new failure gets a new note

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self._failed_now = True
        if self.failing:
            return
        self.failing = True
        err = sys.exc_info()[1]
        reason = (getattr(err, "strerror", None) or type(err).__name__) if err else "?"
        where = getattr(self.stream, "name", "the log")
        out = sys.__stderr__
        if out is None:
            return
        try:
            out.write(f"{where} cannot be written ({reason}): log lines are dropped until "
                      "it can (a full disk?)\n")
            out.flush()
        except (OSError, ValueError):
            pass


def setup(level: str | int = "INFO", secrets: Iterable[str | None] = (), *,
          stream: TextIO | None = None) -> logging.Handler:
    """Logging for `python -m bot run`: one redacted handler on the root logger.

    Returns the handler so tests can remove it; the redactor is also put on any handler the
    root logger already had.
    """
    numeric = logging.getLevelName(level) if isinstance(level, str) else level
    redactor = Redactor(secrets)
    handler = _Handler(stream if stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    names = ("", *NOISY, *QUIET)
    handler.previous_levels = {n: logging.getLogger(n).level for n in names}  # type: ignore[attr-defined]
    for existing in root.handlers:
        existing.addFilter(redactor)
    handler.addFilter(redactor)
    root.addHandler(handler)
    root.setLevel(numeric)
    for name in NOISY:
        logging.getLogger(name).setLevel(max(numeric, logging.INFO))
    for name in QUIET:
        logging.getLogger(name).setLevel(max(numeric, logging.WARNING))
    return handler


def remove(handler: logging.Handler) -> None:
    """Undo `setup`: handler, filters and levels (tests call `main()` more than once)."""
    root = logging.getLogger()
    root.removeHandler(handler)
    for name, level in getattr(handler, "previous_levels", {}).items():
        logging.getLogger(name).setLevel(level)
    for existing in root.handlers:
        for flt in list(existing.filters):
            if isinstance(flt, Redactor):
                existing.removeFilter(flt)
