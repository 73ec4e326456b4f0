"""The web agenda served for real on 127.0.0.1 and read as a browser or a calendar app would:
pages in the visitor's language, counts never names, feeds that follow a change made in a
chat, private feeds, bad input answered with a page, never a traceback."""

from __future__ import annotations

import asyncio
import dataclasses
import html
import logging
import re
import shutil
import socket
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import icalendar
import pytest
import vobject

from bot.config import Settings
from bot.web import WebServer, start_web
from commands.events import calendar
from recording import NOW, Bot
from storage import NewEvent

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


class Site:
    def __init__(self, bot: Bot, server: WebServer, session: aiohttp.ClientSession) -> None:
        self.bot = bot
        self.server = server
        self.session = session

    async def get(self, path: str, **headers: str) -> tuple[int, str, dict[str, str]]:
        async with self.session.get(self.server.url + path, headers=headers,
                                    allow_redirects=False) as response:
            return (response.status, html.unescape(await response.text()),
                    dict(response.headers))

    async def event(self, title: str, days: float, *, kind: str = "screening",
                    capacity: int | None = 3, audience: str = "") -> int:
        created = await self.bot.core.storage.events.create(NewEvent(
            title=title, starts_at=NOW + timedelta(days=days), place="Le Focus, Rochebelle",
            kind=kind, capacity=capacity, price_cents=300, audience=audience,
            description="Un film, puis on en parle.\nGoûter offert."), NOW)
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


async def test_the_agenda_lists_upcoming_events_by_week_with_counts_never_names(
        site: Site) -> None:
    first = await site.event("Ciné-club <Spécial>", 2, audience="Dès 12 ans")
    await site.event("Soirée jeux", 3, kind="board_games", capacity=None)
    full = await site.event("Atelier photo", 9, kind="workshop", capacity=1)
    for user in ("zoe", "malik"):
        await site.bot.say(f"/participer {full}", user=user)
    await site.bot.say(f"/participer {first}", user="zoe")
    status, page, headers = await site.get("/")
    assert status == 200
    assert '<html lang="fr">' in page
    assert page.count("<h2>Semaine du") == 2
    async with site.session.get(site.server.url + "/") as response:
        assert "Ciné-club &lt;Spécial&gt;" in await response.text()  # never markup
    assert "vendredi 27 novembre 2026 à 11h" in page
    assert "2 places restantes" in page
    assert "complet · liste d'attente" in page
    assert "places libres" in page
    assert "Dès 12 ans" in page and "3,00" in page
    assert "Zoe" not in page and "Malik" not in page
    assert "<script" not in page and "https://fonts" not in page
    assert 'webcal://127.0.0.1' in page
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    await site.bot.say(f"/participer {first}", user="ines")  # the next load shows it
    assert "1 place restante" in (await site.get("/"))[1]


async def test_the_kind_filter_and_the_language_switch(site: Site) -> None:
    await site.event("Ciné-club", 2)
    await site.event("Soirée jeux", 3, kind="board_games")
    status, page, _ = await site.get("/?kind=board_games")
    assert status == 200
    assert "Soirée jeux" in page and "Ciné-club" not in page
    assert "/agenda-board_games.ics" in page
    _, english, _ = await site.get("/", **{"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"})
    assert '<html lang="en">' in english and "Week of" in english
    assert 'href="/?lang=fr"' in english  # the switch back to French
    _, switched, _ = await site.get("/?lang=en&kind=screening",
                                    **{"Accept-Language": "fr-FR"})
    assert '<html lang="en">' in switched and "Board-game night" in switched
    assert re.search(r'href="/\?(lang=fr&kind=screening|kind=screening&lang=fr)"', switched)


async def test_the_event_page_has_its_details_calendar_link_and_preview_tags(
        site: Site) -> None:
    event_id = await site.event("Ciné-club", 2)
    status, page, _ = await site.get(f"/e/{event_id}")
    assert status == 200
    assert '<meta property="og:title" content="Ciné-club">' in page
    assert f'content="http://127.0.0.1:{site.server.url.rsplit(":", 1)[1]}/e/{event_id}"' \
        in page
    assert "og:description" in page and "Projection" in page
    assert "<p>Un film, puis on en parle.</p><p>Goûter offert.</p>" in page
    assert f"/e/{event_id}.ics" in page and "Ajouter à mon agenda" in page
    status, data, headers = await site.get(f"/e/{event_id}.ics")
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    assert icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["summary"] == "Ciné-club"


async def test_closed_sign_ups_read_apart_from_full_on_the_agenda_and_event_page(
        site: Site) -> None:
    closed = await site.event("Atelier photo", 2, kind="workshop", capacity=10)
    full = await site.event("Ciné-club", 3, capacity=1)
    await site.bot.say(f"/participer {full}", user="zoe")
    await site.bot.say(f"/fermer {closed}")
    _, page, _ = await site.get("/")
    items = {title: item for item in page.split('<li class="event')[1:]
             for title in ("Atelier photo", "Ciné-club") if title in item}
    assert "Inscriptions fermées" in items["Atelier photo"]
    assert "place" not in items["Atelier photo"].split("Inscriptions fermées")[1]
    assert "complet" in items["Ciné-club"] and "fermées" not in items["Ciné-club"]
    _, event_page, _ = await site.get(f"/e/{closed}")
    assert "Inscriptions fermées" in event_page and "places restantes" not in event_page
    _, english, _ = await site.get(f"/e/{closed}?lang=en")
    assert "Sign-ups closed" in english
    await site.bot.say(f"/rouvrir {closed}")
    assert "fermées" not in (await site.get("/"))[1]


async def test_discord_and_telegram_links_appear_when_configured(site: Site) -> None:
    site.bot.core.settings = dataclasses.replace(
        Settings(database_path=Path("x")), discord_token="x" * 30,
        discord_guild_ids=(123456789,), public_url="https://agenda.example.org")
    event_id = await site.event("Ciné-club", 2)
    _, page, _ = await site.get(f"/e/{event_id}")
    assert "https://discord.com/channels/123456789" in page
    assert f'content="https://agenda.example.org/e/{event_id}"' in page


async def test_feeds_follow_a_change_made_in_a_chat(site: Site) -> None:
    event_id = await site.event("Ciné-club", 2)
    await site.event("Soirée jeux", 3, kind="board_games")
    _, before, _ = await site.get("/agenda.ics")
    await site.bot.say(f"/modifier {event_id} titre Ciné-club spécial")
    assert "Ciné-club spécial" in await site.bot.say(f"/annuler {event_id} confirmer")
    _, after, headers = await site.get("/agenda.ics")
    assert headers["Content-Type"].startswith("text/calendar")

    def read(data: str) -> dict[str, tuple[int, str, str]]:
        found = {str(e["uid"]): (int(e["sequence"]), str(e["status"]), str(e["summary"]))
                 for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
        other = {v.uid.value: (int(v.sequence.value), v.status.value, v.summary.value)
                 for v in vobject.readOne(data).vevent_list}
        assert found == other
        return found

    old, new = read(before), read(after)
    assert old.keys() == new.keys() and len(new) == 2
    [uid] = [u for u, v in old.items() if v[2] == "Ciné-club"]
    assert new[uid][0] > old[uid][0]
    assert new[uid][1:] == ("CANCELLED", "Ciné-club spécial")
    _, games, _ = await site.get("/agenda-board_games.ics")
    assert [v[2] for v in read(games).values()] == ["Soirée jeux"]


async def test_a_personal_feed_holds_only_my_going_events_and_is_not_indexable(
        site: Site) -> None:
    mine = await site.event("Ciné-club", 2)
    await site.event("Soirée jeux", 3, kind="board_games")
    await site.bot.say(f"/participer {mine}", user="lea")
    reply = await site.bot.say("/monagenda", user="lea")
    assert "n'est pas activé" not in reply.replace("\u2019", "'")
    path = re.search(r"https?://[^/\s]+(/me/[A-Za-z0-9_-]+\.ics)", reply)
    assert path, reply
    status, data, headers = await site.get(path.group(1))
    assert status == 200
    assert headers["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in headers["Cache-Control"]
    titles = [str(e["summary"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]
    assert titles == ["Ciné-club"]
    wrong = path.group(1).replace("/me/", "/me/x")
    assert (await site.get(wrong))[0] == 404
    await site.bot.say("/monagenda arrêter", user="lea")
    assert (await site.get(path.group(1)))[0] == 404


@pytest.mark.parametrize("path", [
    "/e/99999", "/e/abc", "/e/99999999999999999999", "/e/1%00", "/e/..%2F..%2Fetc%2Fpasswd",
    "/agenda-nothing.ics", "/me/short.ics", "/me/" + "A" * 43 + ".ics", "/nothing-here",
])
async def test_bad_paths_get_a_404_page_in_the_visitors_language(site: Site, path: str) -> None:
    status, page, _ = await site.get(path)
    assert status == 404
    assert "Page introuvable" in page and "Traceback" not in page
    _, english, _ = await site.get(path, **{"Accept-Language": "en"})
    assert "Page not found" in english


async def test_hostile_queries_and_huge_headers_get_a_400_never_a_traceback(
        site: Site) -> None:
    async with site.session.get(site.server.url + "/?kind=%3Cscript%3E") as response:
        raw = await response.text()
    assert response.status == 400 and "Demande incomprise" in raw and "<script" not in raw
    status, _, _ = await site.get("/?lang=" + "x" * 5000)
    assert status == 200
    status, page, _ = await site.get("/", **{"Accept-Language": "en;q=zz," * 2000})
    assert status in (200, 400) and "Traceback" not in page
    status, page, _ = await site.get("/", **{"X-Big": "y" * 20000})
    assert status == 400 and "Traceback" not in page


async def test_healthz_tells_database_adapters_and_tick_age(site: Site) -> None:
    async with site.session.get(site.server.url + "/healthz") as response:
        assert response.status == 200
        report = await response.json()
    assert report == {"database": "ok", "adapters": ["test"], "scheduler_tick_age_s": None,
                      "status": "ok"}
    from bot.scheduler import Scheduler

    await Scheduler(site.bot.core, boot="b00t").tick(NOW)
    site.bot.clock.advance(minutes=10)
    async with site.session.get(site.server.url + "/healthz") as response:
        assert response.status == 503
        assert (await response.json())["scheduler_tick_age_s"] == 600


async def test_the_bot_keeps_going_when_the_port_is_taken(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    bot.core.settings = dataclasses.replace(bot.core.settings, web_port=port)
    try:
        with caplog.at_level(logging.ERROR):
            assert await start_web(bot.core, calendar) is None
    finally:
        taken.close()
    [line] = [r.getMessage() for r in caplog.records if r.name == "bot.web.server"]
    assert f"cannot listen on 127.0.0.1:{port}" in line and "keeps answering chats" in line
    assert "/evenements" in await bot.say("/aide")  # chats are still answered


async def test_run_serves_the_agenda_while_the_bot_runs(tmp_path: Path) -> None:
    """`python -m bot run` with WEB_PORT: the page answers while the bot runs, and the port
    is freed at shutdown."""
    from bot.__main__ import run
    from recording import RecordingAdapter

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    stop = asyncio.Event()
    settings = Settings(database_path=tmp_path / "focus.db", web_port=port)
    task = asyncio.create_task(run(settings, adapters=[RecordingAdapter()], stop=stop,
                                   drain_seconds=0.05))
    async with aiohttp.ClientSession() as session:
        for _ in range(200):
            try:
                async with session.get(f"http://127.0.0.1:{port}/") as response:
                    page = await response.text()
                    break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.02)
        else:
            pytest.fail("the web agenda never answered")
    assert "Soirée jeux" in page or "Projection" in page  # the demo events
    stop.set()
    assert await asyncio.wait_for(task, 10) == 0
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))  # freed


def _chromium() -> str | None:
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser",
                                                         "google-chrome")) if p), None)


async def test_a_real_browser_reads_the_agenda_at_phone_width(site: Site) -> None:
    """Only where Chromium and Playwright are installed (`make test-setup`); CI does not
    depend on it."""
    browser_path = _chromium()
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed: pip install playwright")
    if browser_path is None:
        pytest.skip("no Chromium on this machine: apt-get install chromium")
    event_id = await site.event("Ciné-club", 2)
    await site.event("Soirée jeux", 3, kind="board_games")
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=browser_path)
        page = await browser.new_page(viewport={"width": 390, "height": 844})
        await page.goto(site.server.url + "/")
        assert "Ciné-club" in await page.inner_text("main")
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / "agenda-phone.png"), full_page=True)
        await page.click("text=Soirée jeux de société")
        assert "Ciné-club" not in await page.inner_text("main")
        await page.click("text=English")
        assert await page.get_attribute("html", "lang") == "en"
        await page.goto(f"{site.server.url}/e/{event_id}")
        assert await page.get_attribute('meta[property="og:title"]', "content") == "Ciné-club"
        await browser.close()

