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
from multidict import CIMultiDict

from bot.config import Settings
from bot.platform import Platform
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

    async def get(self, path: str, **headers: str) -> tuple[int, str, CIMultiDict[str]]:
        async with self.session.get(self.server.url + path, headers=headers,
                                    allow_redirects=False) as response:
            return (response.status, html.unescape(await response.text()),
                    CIMultiDict(response.headers))

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
    assert "complet · 1 personne en liste d'attente" in page  # Malik waits
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
    assert "kind=screening" in page and "kind=masterclass" not in page  # no empty filter
    status, empty, _ = await site.get("/?kind=masterclass")  # an old link still answers
    assert status == 200 and "Rien de ce type" in empty  # not « nothing at all »
    assert 'href="/?kind=masterclass" aria-current="page"' in empty
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


def jpeg(width: int = 600, height: int = 800) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (122, 46, 14)).save(out, "JPEG")
    return out.getvalue()


async def test_a_poster_shows_on_the_event_page_and_in_its_preview(site: Site) -> None:
    """A link shared in WhatsApp or Discord shows the poster; the page shows it with words
    for screen readers; the picture is served as the file it is."""
    with_poster = await site.event("Ciné-club", 2)
    without = await site.event("Soirée jeux", 3, kind="board_games")
    picture = jpeg()
    assert await site.bot.core.storage.posters.attach(with_poster, picture, NOW)
    name = (await site.bot.core.storage.events.get(with_poster)).poster  # type: ignore[union-attr]
    _, page, headers = await site.get(f"/e/{with_poster}")
    found = re.search(r'<meta property="og:image" content="([^"]+)">', page)
    assert found and found.group(1) == f"{site.server.url}/poster/{name}"
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert re.search(rf'<img [^>]*src="/poster/{name}"[^>]*alt="Affiche de «\xa0Ciné-club\xa0»"',
                     page)
    assert "img-src 'self'" in headers["Content-Security-Policy"]
    async with site.session.get(found.group(1)) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "image/jpeg"
        assert "immutable" in response.headers["Cache-Control"]
        assert await response.read() == picture
    _, english, _ = await site.get(f"/e/{with_poster}?lang=en")
    assert 'alt="Poster for “Ciné-club”"' in english
    _, plain, _ = await site.get(f"/e/{without}")
    assert "og:image" not in plain and "<img" not in plain
    for wrong in ("/poster/" + "0" * 32 + ".jpg", "/poster/..%2Ffocus.db", "/poster/x.jpg"):
        assert (await site.get(wrong))[0] == 404, wrong


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
    assert new[uid][1:] == ("CANCELLED", "Annulé · Ciné-club spécial")
    _, games, _ = await site.get("/agenda-board_games.ics")
    assert [v[2] for v in read(games).values()] == ["Soirée jeux"]


async def test_unchanged_pages_and_feeds_answer_304_and_a_chat_change_shows_at_once(
        site: Site) -> None:
    """Browsers and calendar apps ask again with the ETag they hold: "not modified" costs
    the server nothing, yet a seat booked in a chat shows on the very next load."""
    event_id = await site.event("Ciné-club", 2)
    for path in ("/", "/agenda.ics", f"/e/{event_id}", "/?kind=screening"):
        status, _, headers = await site.get(path)
        assert status == 200 and headers.get("ETag"), path
        status, body, again = await site.get(path, **{"If-None-Match": headers["ETag"]})
        assert (status, body, again["ETag"]) == (304, "", headers["ETag"]), path
        status, _, english = await site.get(path, **{"Accept-Language": "en",
                                                     "If-None-Match": headers["ETag"]})
        assert status == 200 and english["ETag"] != headers["ETag"], path
    _, _, page = await site.get("/")
    await site.bot.say(f"/participer {event_id}", user="zoe")
    status, body, headers = await site.get("/", **{"If-None-Match": page["ETag"]})
    assert status == 200 and "2 places restantes" in body
    assert headers["ETag"] != page["ETag"]
    _, _, feed = await site.get("/agenda.ics")
    await site.bot.say(f"/modifier {event_id} titre Ciné-club spécial")
    status, body, _ = await site.get("/agenda.ics", **{"If-None-Match": feed["ETag"]})
    assert status == 200 and "Ciné-club spécial" in body


async def test_busy_chats_and_crowds_cost_one_rendering_per_real_change(site: Site) -> None:
    """Chat messages commit (a member's last visit) without changing what pages show: no
    rendering for those. Twenty calendar apps polling at once after a change: one."""
    event_id = await site.event("Ciné-club", 2)
    made = site.server.made
    _, _, first = await site.get("/agenda.ics")
    await site.get("/")
    before = made.renders
    await site.bot.say("/evenements", user="zoe")
    await site.bot.say("/aide", user="malik")
    _, _, again = await site.get("/agenda.ics")
    await site.get("/")
    assert made.renders == before and again["ETag"] == first["ETag"]
    await site.bot.say(f"/modifier {event_id} titre Ciné-club spécial")
    answers = await asyncio.gather(*(site.get("/agenda.ics") for _ in range(20)))
    assert {a[0] for a in answers} == {200}
    assert all("Ciné-club spécial" in a[1] for a in answers)
    assert made.renders == before + 1


async def test_an_event_leaves_the_agenda_once_it_has_started(site: Site) -> None:
    await site.event("Ciné-club", 1 / 24)
    await site.event("Soirée jeux", 3, kind="board_games")
    assert "Ciné-club" in (await site.get("/"))[1]
    site.bot.clock.advance(minutes=61)
    _, page, _ = await site.get("/")
    assert "Ciné-club" not in page and "Soirée jeux" in page


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
    # A wrong or stopped link: a calendar with no events (session 8: an error would freeze
    # the phone's calendar as it was; tests/test_s8_words_web.py).
    wrong = path.group(1).replace("/me/", "/me/x")
    assert not list(icalendar.Calendar.from_ical((await site.get(wrong))[1]).walk("VEVENT"))
    await site.bot.say("/monagenda arrêter", user="lea")
    stopped = (await site.get(path.group(1)))[1]
    assert not list(icalendar.Calendar.from_ical(stopped).walk("VEVENT"))


@pytest.mark.parametrize("path", [
    "/e/99999", "/e/abc", "/e/99999999999999999999", "/e/1%00", "/e/..%2F..%2Fetc%2Fpasswd",
    "/agenda-nothing.ics", "/me/short.ics", "/me/" + "A" * 101 + ".ics", "/nothing-here",
])
async def test_bad_paths_get_a_404_page_in_the_visitors_language(site: Site, path: str) -> None:
    status, page, _ = await site.get(path)
    assert status == 404
    assert "Page introuvable" in page and "Traceback" not in page
    _, english, _ = await site.get(path, **{"Accept-Language": "en"})
    assert "Page not found" in english


async def test_hostile_queries_and_huge_headers_get_a_page_never_a_traceback(
        site: Site) -> None:
    # A kind nobody knows gets the whole programme and a line (test_s6_web_round2.py).
    async with site.session.get(site.server.url + "/?kind=%3Cscript%3E") as response:
        raw = await response.text()
    assert response.status == 200 and "Ce type d" in raw and "<script" not in raw
    status, _, _ = await site.get("/?lang=" + "x" * 5000)
    assert status == 200
    status, page, _ = await site.get("/", **{"Accept-Language": "en;q=zz," * 2000})
    assert status in (200, 400) and "Traceback" not in page
    status, page, _ = await site.get("/", **{"X-Big": "y" * 20000})
    assert status == 400 and "Traceback" not in page


async def health(site: Site) -> tuple[int, dict[str, object]]:
    async with site.session.get(site.server.url + "/healthz") as response:
        return response.status, await response.json()


async def test_healthz_tells_database_adapters_and_tick_age(site: Site) -> None:
    """What an operator's monitor polls: 200 only while the database answers, every chat
    platform is connected and the scheduler ticked lately; otherwise 503 and which part."""
    from bot.scheduler import Scheduler

    assert await health(site) == (200, {
        "database": "ok", "adapters": {"test": True}, "scheduler_tick_age_s": None,
        "status": "ok"})
    await Scheduler(site.bot.core, boot="b00t").tick(NOW)
    site.bot.clock.advance(minutes=2)
    assert (await health(site))[1]["scheduler_tick_age_s"] == 120
    site.bot.clock.advance(minutes=8)
    status, report = await health(site)
    assert status == 503 and report["scheduler_tick_age_s"] == 600
    assert report["status"] == "degraded"
    await Scheduler(site.bot.core, boot="b00t").tick(site.bot.clock.current)
    assert (await health(site))[0] == 200
    site.bot.platform.connected = False  # e.g. Discord's gateway lost
    status, report = await health(site)
    assert status == 503 and report["adapters"] == {"test": False}
    site.bot.platform.connected = True
    await site.bot.core.storage.db.reader.close()
    status, report = await health(site)
    assert status == 503 and report["database"] != "ok"


async def test_healthz_is_unhealthy_when_the_scheduler_never_ticks(site: Site) -> None:
    assert (await health(site))[0] == 200
    site.bot.clock.advance(minutes=10)
    status, report = await health(site)
    assert status == 503 and report["scheduler_tick_age_s"] is None


async def test_chat_adapters_tell_whether_they_are_connected(tmp_path: Path) -> None:
    """The real PTB and discord.py clients against the fakes: connected once started, not
    after stopping (what /healthz reports for each platform)."""
    from bot.adapters.discord import DiscordAdapter
    from bot.adapters.telegram import TelegramAdapter
    from fakes.discord_api import GUILD_ID, FakeDiscord
    from fakes.telegram_api import FakeTelegram

    token = "123456:TEST-TOKEN-abcdefghijkl"
    async with FakeTelegram(token) as fake_tg:
        settings = Settings(database_path=tmp_path / "t.db", telegram_token=token,
                            telegram_api_base_url=fake_tg.base_url,
                            telegram_api_base_file_url=fake_tg.base_file_url, seed_demo=False)
        telegram = TelegramAdapter(settings, poll_timeout=1)
        assert await _connected_before_during_after(settings, telegram) == [False, True, False]

    async with FakeDiscord():
        settings = Settings(database_path=tmp_path / "d.db", discord_token="x" * 59,
                            discord_guild_ids=(GUILD_ID,), seed_demo=False)
        adapter = DiscordAdapter(settings, ready_timeout=0.01)
        assert await _connected_before_during_after(settings, adapter) == [False, True, False]


async def _connected_before_during_after(settings: Settings, adapter: Platform) -> list[bool]:
    """`adapter.connected` before it starts, once started, and after it stopped."""
    from bot.app import create_core

    core = await create_core(settings, card_interval=0, seed_demo=False)
    seen = [adapter.connected]
    try:
        core.add_adapter(adapter)
        await adapter.start(core)
        seen.append(adapter.connected)
    finally:
        await adapter.stop()
        await core.storage.close()
    seen.append(adapter.connected)
    return seen


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


def test_web_host_is_loopback_unless_the_operator_says_otherwise() -> None:
    from bot.config import ConfigError, describe, load

    assert load({"WEB_PORT": "8080"}, dotenv=None).web_host == "127.0.0.1"
    for host in ("0.0.0.0", "::", "10.0.0.5", "agenda-proxy.local"):
        settings = load({"WEB_PORT": "8080", "WEB_HOST": host}, dotenv=None)
        assert settings.web_host == host
        assert f"WEB_HOST = {host}" in describe(settings)
    for bad in ("http://0.0.0.0", "0.0.0.0:8080", "two words", "-x"):
        with pytest.raises(ConfigError) as caught:
            load({"WEB_PORT": "8080", "WEB_HOST": bad}, dotenv=None)
        assert "WEB_HOST" in str(caught.value)


async def test_the_web_agenda_listens_where_web_host_says(bot: Bot) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.2", 0))
    port = probe.getsockname()[1]
    probe.close()
    bot.core.settings = dataclasses.replace(bot.core.settings, web_port=port,
                                            web_host="127.0.0.2")
    server = await start_web(bot.core, calendar)
    assert server is not None
    try:
        assert server.url == f"http://127.0.0.2:{port}"
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.2:{port}/") as response:
                assert response.status == 200
    finally:
        await server.stop()


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
    """A French parent's phone (390 px wide, touch): everything fits the width, the first
    event shows without scrolling, filters are big enough for a thumb and lead somewhere,
    the switch turns the page English, the event page carries its preview tags.
    Screenshots land in tests/artifacts/ for people to look at. Only where Chromium (Debian's
    package, installed by `make test`'s setup) and Playwright are installed."""
    browser_path = _chromium()
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed: pip install -e '.[dev]'")
    if browser_path is None:
        pytest.skip("no Chromium on this machine, so no browser test: `make test-setup` "
                    "installs it as root (apt-get install chromium)")
    event_id = await site.event("Ciné-club", 2, audience="Dès 12 ans")
    await site.event("Soirée jeux", 3, kind="board_games", capacity=None)
    await site.event("Atelier photo", 10, kind="workshop", capacity=1)
    assert await site.bot.core.storage.posters.attach(event_id, jpeg(1200, 1600), NOW)
    ARTIFACTS.mkdir(exist_ok=True)
    width, height = 390, 844
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=browser_path)
        try:
            phone = await browser.new_context(
                viewport={"width": width, "height": height}, locale="fr-FR",
                is_mobile=True, has_touch=True)
            phone.set_default_timeout(5000)
            page = await phone.new_page()
            await page.goto(site.server.url + "/")
            assert await page.get_attribute("html", "lang") == "fr"
            main = await page.inner_text("main")
            assert "Ciné-club" in main and "Soirée jeux" in main and "Atelier photo" in main
            assert await page.evaluate("document.documentElement.scrollWidth") <= width
            first = await page.locator("li.event").first.bounding_box()
            assert first is not None and first["y"] + first["height"] <= height, first
            filters = page.locator("nav a")
            labels = await filters.all_inner_texts()
            assert "Masterclass" not in labels  # no filter that leads to an empty page
            for box in [await f.bounding_box() for f in await filters.all()]:
                assert box is not None and box["height"] >= 44, (labels, box)
            await page.screenshot(path=str(ARTIFACTS / "agenda-phone.png"), full_page=True)

            await page.get_by_role("link", name="Soirée jeux de société", exact=True).tap()
            await page.wait_for_url("**kind=board_games**")
            main = await page.inner_text("main")
            assert "Soirée jeux" in main and "Ciné-club" not in main
            await page.get_by_role("link", name="English").tap()
            await page.wait_for_url("**lang=en**")
            assert await page.get_attribute("html", "lang") == "en"
            main = await page.inner_text("main")
            assert "Board-game night" in main and "Ciné-club" not in main

            await page.goto(f"{site.server.url}/e/{event_id}")
            og = {name: await page.get_attribute(f'meta[property="og:{name}"]', "content")
                  for name in ("title", "description", "url", "type", "locale")}
            assert og["title"] == "Ciné-club" and og["locale"] == "fr_FR"
            assert og["url"] == f"{site.server.url}/e/{event_id}"
            assert og["description"] and "Projection" in og["description"]
            assert await page.evaluate("document.documentElement.scrollWidth") <= width
            poster = page.get_by_role("img", name="Affiche de «\xa0Ciné-club\xa0»")
            assert await poster.evaluate("img => img.complete && img.naturalWidth") == 1200
            box = await poster.bounding_box()
            assert box is not None and box["width"] <= width
            add = page.get_by_role("link", name="Ajouter à mon agenda")
            added = await add.bounding_box()  # on the first screen, above the poster
            assert added is not None and added["y"] + added["height"] <= height
            assert (await add.get_attribute("href") or "").endswith(f"/e/{event_id}.ics")
            follow = page.get_by_role("link", name="S'abonner à l'agenda")
            assert (await follow.get_attribute("href") or "").startswith("webcal://")
            for link in await page.locator("main a").all():
                box = await link.bounding_box()
                assert box is not None and box["height"] >= 44, await link.inner_text()
            await page.screenshot(path=str(ARTIFACTS / "event-phone.png"), full_page=True)
        finally:
            await browser.close()
