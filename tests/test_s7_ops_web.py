"""Session 7, the web agenda on the open internet and on a newcomer's machine: requests too
long for the server (scanners send them all day), a port already taken at `make run`."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.logsafe import Redactor
from bot.web import WebServer
from commands.events import calendar
from recording import Bot

ROOT = Path(__file__).resolve().parent.parent
FEED_TOKEN = "Zk3vQ9-personal_feed_token_0123456789ab"


async def _raw(url: str, request: bytes) -> bytes:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(request)
    await writer.drain()
    data = await reader.read()
    writer.close()
    return data


async def test_a_request_too_long_for_the_server_is_one_log_line_without_its_address(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """aiohttp refuses a request line over 8 KiB itself, and logged « Error handling
    request » with a traceback and the start of the address: a scanner filled the
    volunteer's journal with tracebacks, and a personal calendar link (/me/<secret>.ics)
    sent with a long query landed in the log in clear."""
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    try:
        with caplog.at_level(logging.DEBUG):
            answer = await _raw(server.url, b"GET /me/" + FEED_TOKEN.encode() + b".ics?"
                                + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    finally:
        await server.stop()
    assert answer.startswith(b"HTTP/1.") and b" 400 " in answer.split(b"\r\n")[0]
    records = [r for r in caplog.records if r.name.startswith(("aiohttp", "bot.web"))]
    assert records and all(r.exc_info is None and not r.exc_text for r in records)
    assert all(r.levelno <= logging.WARNING for r in records)
    assert not any(FEED_TOKEN in r.getMessage() for r in records)


def test_personal_calendar_links_are_masked_in_every_log() -> None:
    """The second line of defence: whatever library logs an address, a personal feed's
    secret never reaches the log file."""
    line = Redactor().redact(f"GET https://agenda.example.org/me/{FEED_TOKEN}.ics 200")
    assert FEED_TOKEN not in line and "/me/" in line


def test_the_console_says_when_its_web_agenda_cannot_start(tmp_path: Path) -> None:
    """A newcomer set WEB_PORT=8080 (as .env.example suggests) on a machine where
    something else already uses 8080: the console opened with no agenda address and no
    word why (the reason went to data/console.log). Now one line says it, and what to
    change."""
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL"))}
    env.update(DATABASE_PATH=str(tmp_path / "focus.db"), PYTHONPATH=str(ROOT),
               WEB_PORT=str(port))
    try:
        result = subprocess.run([sys.executable, "-m", "bot", "run"], input="/quit\n",
                                text=True, capture_output=True, cwd=tmp_path, env=env,
                                timeout=60)
    finally:
        taken.close()
    assert result.returncode == 0, result.stderr
    head = result.stdout.replace("\xa0", " ").split("> /quit")[0]
    assert f"WEB_PORT={port}" in head and "agenda web" in head.lower()
    assert "Traceback" not in result.stdout + result.stderr


def test_a_second_console_speaks_the_language_the_first_one_chose(tmp_path: Path) -> None:
    """A newcomer who switched to English (/language en) left `make run` open and typed it
    again in another terminal: the refusal came in French. Now in the language chosen."""
    db = tmp_path / "data" / "focus.db"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT))
    first = subprocess.Popen([sys.executable, "-m", "bot", "run"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=tmp_path, env=env)
    try:
        assert first.stdin is not None and first.stdout is not None
        first.stdout.readline()  # the welcome
        first.stdin.write("/language en\n")
        first.stdin.flush()
        while "English" not in first.stdout.readline():
            pass
        second = subprocess.run([sys.executable, "-m", "bot", "run"], input="/events\n",
                                capture_output=True, text=True, cwd=tmp_path, env=env,
                                timeout=60)
    finally:
        first.communicate("/quit\n", timeout=60)
    assert second.returncode == 3
    assert "Another console" in second.stderr and "Une autre console" not in second.stderr
    assert "DATABASE_PATH=" in second.stderr


async def test_a_kind_with_nothing_planned_says_so_and_leads_to_the_whole_programme(
        bot: Bot) -> None:
    """A parent follows the group's « ?kind=jeux » link the week there is only a screening:
    the page said « Aucun événement prévu pour le moment », as if Le Focus had nothing on."""
    import html
    from datetime import timedelta

    import aiohttp

    from recording import NOW
    from storage import NewEvent

    await bot.core.storage.events.create(NewEvent(
        title="Ciné-club", starts_at=NOW + timedelta(days=2), place="Le Focus",
        kind="screening", capacity=10), NOW)
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(server.url + "/?kind=board_games") as response:
                page = html.unescape(await response.text())
            async with session.get(server.url + "/?kind=board_games&lang=en") as response:
                english = html.unescape(await response.text())
    finally:
        await server.stop()
    assert "Aucun événement prévu pour le moment" not in page
    assert "Rien de ce type" in page and 'href="/"' in page  # the whole programme
    assert "Nothing of this kind" in english
