"""Session 6, round 2 (web): the console greets a member in the language they chose, the web
agenda's address is printed in it too, and the web agenda read by a parent on a phone who
follows or types a French link (`?kind=jeux`), opens a cancelled event or one with a very
long title."""

from __future__ import annotations

import asyncio
import dataclasses
import html
import os
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from multidict import CIMultiDict

from bot.config import Settings
from bot.web import WebServer
from commands.events import calendar
from recording import NOW, Bot
from storage import NewEvent

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- the console: greeted in the language chosen last time ---------------------------------


def _console(script: str, db: Path, port: int) -> str:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT), WEB_PORT=str(port))
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input=script, text=True,
                            capture_output=True, cwd=db.parent, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout.replace("\xa0", " ")  # French typography's space before « : »


def test_the_console_greets_in_the_language_chosen_last_time_web_address_included(
        tmp_path: Path) -> None:
    """A newcomer starts in French and is told how to switch; after `/langue en` the next
    start greets in English, the web agenda's line too; `/langue fr` brings French back."""
    db = tmp_path / "focus.db"
    port = _free_port()
    first = _console("/langue en\n", db, port)
    head = first.split("> /langue en")[0]
    assert "Console du Focus" in head and "/language en" in head  # how to switch, in English
    assert f"Agenda web (à ouvrir dans un navigateur) : http://127.0.0.1:{port}/" in head
    assert "Web agenda" not in first

    second = _console("/aide\n/langue fr\n", db, port)
    head = second.split("> /aide")[0]
    assert "Le Focus console" in head and "Console du Focus" not in head
    assert f"Web agenda (open it in a browser): http://127.0.0.1:{port}/" in head
    assert "Agenda web" not in head and "/langue fr" in head

    third = _console("", db, port)
    assert "Console du Focus" in third and "Agenda web" in third
    assert "Le Focus console" not in third and "Web agenda" not in third


# -- the web agenda as a parent reads it ------------------------------------------------------


async def _get(session: aiohttp.ClientSession, url: str,
               **headers: str) -> tuple[int, str, CIMultiDict[str]]:
    async with session.get(url, headers=headers, allow_redirects=False) as response:
        text = html.unescape(await response.text()).replace("\xa0", " ")
        return (response.status, text,
                CIMultiDict(response.headers))


async def test_french_kind_words_and_labels_filter_an_unknown_kind_gets_the_programme(
        tmp_path: Path) -> None:
    """`python -m bot run` with WEB_PORT and its demo events: a French link `?kind=jeux`,
    the label as the page shows it, or the English one, all filter; a kind nobody knows gets
    the whole programme with a polite line in the reader's language, never an error page."""
    from bot.__main__ import run
    from recording import RecordingAdapter

    port = _free_port()
    stop = asyncio.Event()
    settings = Settings(database_path=tmp_path / "focus.db", web_port=port)
    task = asyncio.create_task(run(settings, adapters=[RecordingAdapter()], stop=stop,
                                   drain_seconds=0.05))
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(250):
                try:
                    await _get(session, base + "/healthz")
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.02)
            for asked in ("jeux", "Jeux", "jeux de société", "Soirée jeux de société",
                          "soiree-jeux-de-societe", "Board-game night", "board_games"):
                status, page, _ = await _get(session, f"{base}/?kind={asked}")
                assert status == 200, asked
                assert "Soirée jeux de société" in page.split("<h2>")[1], asked
                assert "Projection de film" not in page, asked
                assert 'href="/?kind=board_games" aria-current="page"' in page, asked
                assert f"{base}/agenda-board_games.ics" in page, asked
            status, page, _ = await _get(session, f"{base}/?kind=film&lang=en")
            assert status == 200 and "Film screening" in page
            assert '<p class="kind">Board-game night' not in page
            assert 'kind=screening" aria-current="page"' in page

            status, page, _ = await _get(session, f"{base}/?kind=piscine")
            assert status == 200
            assert "Soirée jeux de société" in page and "Projection de film" in page
            assert "Ce type d'événement n'existe pas (ou plus) : voici tout l'agenda." in page
            assert 'href="/" aria-current="page"' in page
            assert "Demande incomprise" not in page
            status, page, _ = await _get(session, f"{base}/?kind=<b>x</b>",
                                         **{"Accept-Language": "en-GB,en;q=0.8"})
            assert status == 200 and "Board-game night" in page and "Film screening" in page
            assert "That kind of event does not exist (or no longer does): here is the " \
                   "whole programme." in page
            assert "<b>x" not in page
            # A French feed link a parent typed into their calendar app works as well.
            status, feed, headers = await _get(session, f"{base}/agenda-jeux.ics")
            assert status == 200 and headers["Content-Type"].startswith("text/calendar")
            assert "Soirée jeux de société" in feed and "Projection de film" not in feed
    finally:
        stop.set()
        assert await asyncio.wait_for(task, 10) == 0


class Site:
    def __init__(self, bot: Bot, server: WebServer, session: aiohttp.ClientSession) -> None:
        self.bot = bot
        self.server = server
        self.session = session

    async def get(self, path: str, **headers: str) -> tuple[int, str, CIMultiDict[str]]:
        return await _get(self.session, self.server.url + path, **headers)

    async def event(self, title: str, days: float, *, kind: str = "screening",
                    description: str = "") -> int:
        created = await self.bot.core.storage.events.create(NewEvent(
            title=title, starts_at=NOW + timedelta(days=days), place="Le Focus, Rochebelle",
            kind=kind, capacity=10, description=description), NOW)
        return created.id


@pytest.fixture
async def site(bot: Bot) -> AsyncIterator[Site]:
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            web_port=int(server.url.rsplit(":", 1)[1]))
    async with aiohttp.ClientSession() as session:
        yield Site(bot, server, session)
    await server.stop()


def _og(page: str, name: str) -> str:
    found = re.search(rf'<meta property="og:{name}" content="([^"]*)">', page)
    return found.group(1) if found else ""


async def test_a_cancelled_event_says_so_in_its_tab_and_preview_and_offers_no_calendar_add(
        site: Site) -> None:
    """A link to a cancelled event shared in a parents' group: the preview and the browser
    tab say « Annulé » (not only a red word inside the page), and the page no longer offers
    to add the evening to one's calendar."""
    event_id = await site.event("Ciné-club", 2)
    await site.bot.say(f"/annuler {event_id} confirmer")
    status, page, _ = await site.get(f"/e/{event_id}")
    assert status == 200
    assert re.search(r"<title>Annulé · Ciné-club</title>", page)
    assert _og(page, "title") == "Annulé · Ciné-club"
    assert "Ajouter à mon agenda" not in page and f"/e/{event_id}.ics" not in page
    assert "Tout l'agenda" in page
    _, english, _ = await site.get(f"/e/{event_id}", **{"Accept-Language": "en"})
    assert "<title>Cancelled · Ciné-club</title>" in english
    assert "Add to my calendar" not in english


async def test_a_very_long_title_fits_a_phone_screen(site: Site) -> None:
    """An organiser pasted a long link as the title: on a 390 px phone nothing runs off the
    screen sideways, on the agenda or on the event page."""
    from test_web import _chromium

    browser_path = _chromium()
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed: pip install -e '.[dev]'")
    if browser_path is None:
        pytest.skip("no Chromium on this machine")
    long_word = ("https://www.helloasso.com/associations/meltingphot/evenements/"
                 "soireejeuxdesocietespecialefamillesdecembre2026inscriptions")  # no space
    event_id = await site.event(long_word[:120], 2, description=long_word)
    width = 390
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=browser_path)
        try:
            phone = await browser.new_context(viewport={"width": width, "height": 844},
                                              locale="fr-FR", is_mobile=True)
            page = await phone.new_page()
            for path in ("/", f"/e/{event_id}"):
                await page.goto(site.server.url + path)
                assert await page.evaluate("document.documentElement.scrollWidth") <= width, \
                    path
        finally:
            await browser.close()


async def test_an_old_link_to_an_event_already_begun_offers_no_seats(site: Site) -> None:
    """A parent opens last month's link, or arrives late: the page says booking is over
    instead of « 10 places restantes » and a Telegram button to book."""
    site.bot.core.settings = dataclasses.replace(site.bot.core.settings,
                                                 discord_token="x" * 30,
                                                 discord_guild_ids=(123456789,))
    event_id = await site.event("Ciné-club", 2)
    _, before, _ = await site.get(f"/e/{event_id}")
    assert "10 places restantes" in before and "Ouvrir le serveur Discord" in before
    site.bot.clock.advance(days=2, minutes=5)
    _, page, _ = await site.get(f"/e/{event_id}")
    assert "10 places restantes" not in page
    assert "Cet événement a déjà commencé ou est passé : on ne réserve plus." in page
    assert "Ouvrir le serveur Discord" not in page and "Ajouter à mon agenda" not in page
    _, english, _ = await site.get(f"/e/{event_id}?lang=en")
    assert "This event has already started or is over: booking is closed." in english


def test_the_web_pages_own_strings_read_in_french_and_english() -> None:
    """bot/web/strings.py is not among the tables tests/test_catalogue.py gathers (adapters
    and features): checked here the same way."""
    import string

    from bot.web.strings import STRINGS

    def names(text: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(text) if n is not None}

    for key, entry in STRINGS.items():
        assert set(entry) == {"fr", "en"}, key
        assert entry["fr"].strip() and entry["en"].strip(), key
        assert names(entry["fr"]) == names(entry["en"]), key
