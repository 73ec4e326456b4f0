"""Session 9, the web agenda and calendar feeds for parents on neither platform: a grandmother
with only a phone browser, a parent who subscribes the family calendar, a teen opening an
event's page from a shared link. Served for real on 127.0.0.1 (`tests/test_web.py`'s site)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import aiohttp
import icalendar
import pytest
from test_web import Site

from bot.web import WebServer
from commands.events import calendar
from recording import NOW, Bot, plain
from storage import NewEvent


async def _serve(bot: Bot) -> AsyncIterator[Site]:
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            web_port=int(server.url.rsplit(":", 1)[1]))
    async with aiohttp.ClientSession() as session:
        yield Site(bot, server, session)
    await server.stop()


@pytest.fixture
async def site(bot: Bot) -> AsyncIterator[Site]:
    async for served in _serve(bot):
        yield served


@pytest.fixture
async def demo_site(demo: Bot) -> AsyncIterator[Site]:
    """A fresh install with its two demo events (#1 board games, #2 screening)."""
    async for served in _serve(demo):
        yield served


def _og(page: str, name: str) -> str:
    found = re.search(rf'<meta property="og:{name}" content="([^"]*)">', page)
    return found.group(1) if found else ""


def _summaries(data: str) -> list[str]:
    return [str(e["summary"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]


async def test_a_parent_reads_when_the_workshop_ends_to_fetch_the_children(site: Site) -> None:
    """A Saturday workshop from 14h to 17h: the card in the chat says « jusqu'à 17h », the
    web agenda and the event page said only « samedi 28 novembre 2026 à 14h », so the
    grandmother fetching the children did not know when."""
    start = NOW.replace(hour=13) + timedelta(days=3)  # Saturday 28 November, 14h in Paris
    created = await site.bot.core.storage.events.create(NewEvent(
        title="Atelier stop-motion", starts_at=start, ends_at=start + timedelta(hours=3),
        place="Le Focus", kind="workshop", capacity=8), NOW)
    _, agenda, _ = await site.get("/")
    assert "samedi 28 novembre 2026 à 14h, jusqu'à 17h" in agenda
    _, page, _ = await site.get(f"/e/{created.id}")
    assert "samedi 28 novembre 2026 à 14h, jusqu'à 17h" in page
    assert "jusqu'à 17h" in _og(page, "description")  # the preview in a parents' group
    _, english, _ = await site.get(f"/e/{created.id}?lang=en")
    assert "Saturday 28 November 2026 at 14:00, until 17:00" in english


async def test_demo_events_say_demo_on_the_web_and_in_the_feed(demo_site: Site) -> None:
    """The two demo events of a fresh install (a board-game night, a screening nobody
    organised) read « [Démo] » on their cards; on the web agenda, their pages and the
    subscription feed they looked like real evenings a parent could plan for."""
    _, agenda, _ = await demo_site.get("/")
    assert agenda.count("[Démo] ") == 2, agenda
    _, page, _ = await demo_site.get("/e/1")
    assert re.search(r"<title>\[Démo\] ", page)
    assert _og(page, "title").startswith("[Démo] ")
    assert "<h1>[Démo] " in page
    _, english, _ = await demo_site.get("/e/2?lang=en")
    assert "<h1>[Demo] " in english
    _, feed, _ = await demo_site.get("/agenda.ics")
    assert all(title.startswith("[Démo] ") for title in _summaries(feed)), _summaries(feed)
    _, one, _ = await demo_site.get("/e/1.ics")
    assert _summaries(one)[0].startswith("[Démo] ")


async def test_a_link_in_the_description_can_be_tapped_on_the_event_page(site: Site) -> None:
    """« Inscription et paiement : https://www.helloasso.com/… » in the description: Telegram
    makes it a link, the event page showed it as plain text a grandmother on her phone had
    to select and copy. Now it is a link; anything else stays text, never markup."""
    event_id = await site.event("Stage vidéo", 4)
    await site.bot.core.storage.events.update(event_id, NOW, description=(
        "Inscription et paiement : https://www.helloasso.com/associations/meltingphot?a=1&b=2."
        "\nPas de lien ici : javascript:alert(1) ni <a href=\"http://x\">ceci</a>"))
    async with site.session.get(f"{site.server.url}/e/{event_id}") as response:
        raw = await response.text()
    assert ('<a href="https://www.helloasso.com/associations/meltingphot?a=1&amp;b=2" '
            'rel="nofollow noopener">https://www.helloasso.com/associations/meltingphot?a=1&amp;'
            'b=2</a>.') in raw
    assert "javascript:alert(1)" in raw and 'href="javascript' not in raw
    assert "<a href=\"http://x\">ceci</a>" not in raw


async def test_a_full_event_says_how_many_already_wait(site: Site) -> None:
    """Full, with three families already waiting: the card says « 3 en liste d'attente », the
    web said only « complet · liste d'attente », so a parent could not tell whether queueing
    was worth it."""
    event_id = await site.event("Ciné-club", 2, capacity=1)
    for user in ("zoe", "malik", "ines", "hugo"):
        await site.bot.say(f"/participer {event_id}", user=user)
    for path in ("/", f"/e/{event_id}"):
        _, page, _ = await site.get(path)
        assert "complet · 3 personnes en liste d'attente" in page, path
    _, english, _ = await site.get(f"/e/{event_id}?lang=en")
    assert "full · 3 people on the waitlist" in english
    empty = await site.event("Atelier", 3, capacity=1)
    await site.bot.say(f"/participer {empty}", user="zoe")  # nobody waits yet
    _, page, _ = await site.get(f"/e/{empty}")
    assert "complet · liste d'attente" in page


@pytest.mark.parametrize("tail", ["/", ".", ")", ",", "/."])
async def test_a_shared_link_with_a_slash_or_a_full_stop_still_opens_the_event(
        site: Site, tail: str) -> None:
    """« Le lien : https://…/e/12. » pasted with its full stop, or typed with a slash at
    the end: the teen read « Page introuvable · …ou l'événement a été supprimé » about an
    evening that was on. Now one redirect leads to the event's page."""
    event_id = await site.event("Ciné-club", 2)
    status, _, headers = await site.get(f"/e/{event_id}{tail}?lang=en")
    assert status == 301 and headers["Location"] == f"/e/{event_id}?lang=en"
    async with site.session.get(f"{site.server.url}/e/{event_id}{tail}") as response:
        assert response.status == 200
        assert "<h1>Ciné-club</h1>" in await response.text()
    status, page, _ = await site.get(f"/e/999{tail}")  # no such event: still a 404 page
    assert status == 404 and "Page introuvable" in page


async def test_the_language_switch_on_a_stopped_link_page_shows_it_in_english(
        site: Site) -> None:
    """An English-speaking father on a French phone opens the family's stopped calendar link:
    « English » at the top led to the programme, and the explanation was gone. Now it
    leads to the same explanation in English; a page not found likewise."""
    await site.bot.say("/monagenda", user="lea")
    reply = await site.bot.say("/monagenda", user="lea")
    page_path = re.search(r"https?://[^/\s]+(/me/[A-Za-z0-9_-]+)\s", reply + " ")
    assert page_path, reply
    await site.bot.say("/monagenda arrêter", user="lea")
    for path, said in ((page_path.group(1), "send /mycalendar"), ("/e/999", "Page not found")):
        status, page, _ = await site.get(path)
        assert status == 404
        switch = re.search(r'<a class="switch" href="([^"]+)"', page)
        assert switch and switch.group(1) == f"{path}?lang=en", (path, switch)
        status, english, _ = await site.get(switch.group(1))
        assert status == 404 and '<html lang="en">' in english and said in english


async def test_a_parent_on_outlook_reads_where_to_paste_the_address(site: Site) -> None:
    """The page promised « Votre agenda (téléphone, Google, Apple, Outlook) » but said how
    only for Google: on a PC, the « S'abonner » link opens nothing without the Outlook
    program, and Outlook on the web takes the https address pasted in « S'abonner à partir
    du web ». Said on the agenda and on the private link's page, in both languages."""
    await site.event("Ciné-club", 2)
    reply = await site.bot.say("/monagenda", user="lea")
    mine = re.search(r"https?://[^/\s]+(/me/[A-Za-z0-9_-]+)\s", reply + " ")
    assert mine, reply
    for path in ("/", mine.group(1)):
        _, page, _ = await site.get(path)
        assert ("Outlook : sur outlook.com, « Ajouter un calendrier » → « S'abonner à partir "
                "du web », puis collez la même adresse.") in plain(page), path
        _, english, _ = await site.get(path, **{"Accept-Language": "en"})
        assert ('Outlook: on outlook.com, "Add calendar" → "Subscribe from web", then paste '
                "the same address.") in english, path


async def test_walk_ins_before_the_start_take_seats_on_the_agenda_and_the_event_page(
        site: Site) -> None:
    """Guard (passed at once, session 9): today's door change, walk-ins counted before the
    start take seats. A parent checking the page at 19h50 reads the seats really left."""
    event_id = await site.event("Ciné-club", 2, capacity=5)
    await site.bot.say(f"/participer {event_id} oui +1", user="zoe")  # 2 seats
    _, before, _ = await site.get(f"/e/{event_id}")
    assert "3 places restantes" in before
    await site.bot.core.storage.attendance.add_walk_ins(event_id, 2, NOW)
    for path in ("/", f"/e/{event_id}"):
        _, page, _ = await site.get(path)
        assert "1 place restante" in page, path
    await site.bot.core.storage.attendance.add_walk_ins(event_id, 1, NOW)
    _, page, _ = await site.get(f"/e/{event_id}")
    assert "complet · liste d'attente" in page


async def test_a_series_date_lists_the_other_dates_on_its_page(site: Site) -> None:
    """The weekly board-game night's link, shared in a parents' group: the page showed one
    Friday, and the grandmother asked which other Fridays there were. The page of a date of
    a series lists the dates to come (a date skipped reads « Annulé »), each a link."""
    said = await site.bot.say("/nouvelleserie Soirée jeux | vendredi 19h30")
    ids = [int(n) for n in re.findall(r"#(\d+) ", said)]
    assert len(ids) >= 3, said
    await site.bot.say(f"/annuler {ids[2]} confirmer")  # a holiday skipped
    status, page, _ = await site.get(f"/e/{ids[0]}")
    assert status == 200
    assert "Les autres dates" in page
    assert f'<a href="/e/{ids[1]}">vendredi 4 décembre 2026 à 19h30</a>' in page
    assert re.search(rf'<a href="/e/{ids[2]}">vendredi 11 décembre 2026 à 19h30</a>'
                     r' <span class="tag">Annulé</span>', page)
    assert f'href="/e/{ids[0]}"' not in page  # not itself
    _, english, _ = await site.get(f"/e/{ids[1]}?lang=en")
    assert "Other dates" in english
    assert f'<a href="/e/{ids[0]}?lang=en">Friday 27 November 2026 at 19:30</a>' in english
    lone = await site.event("Ciné-club", 2)
    _, alone, _ = await site.get(f"/e/{lone}")
    assert "Les autres dates" not in alone


async def test_a_workshop_under_way_stays_on_the_agenda_until_its_end(site: Site) -> None:
    """16h, the grandmother checks when to fetch the children from the 14h–17h workshop: it
    had left the agenda at 14h. It now stays until 17h, « en cours », nothing to book; an
    evening without an end still leaves at its start."""
    start = NOW.replace(hour=13) + timedelta(days=3)  # Saturday 28 November, 14h in Paris
    created = await site.bot.core.storage.events.create(NewEvent(
        title="Atelier stop-motion", starts_at=start, ends_at=start + timedelta(hours=3),
        place="Le Focus", kind="workshop", capacity=8), NOW)
    await site.bot.core.storage.events.create(NewEvent(
        title="Ciné-club", starts_at=start, place="Le Focus", kind="screening"), NOW)
    _, before, _ = await site.get("/")
    assert "8 places restantes" in before
    site.bot.clock.advance(days=3, hours=5)  # 16h in Paris
    _, page, _ = await site.get("/")
    assert "Atelier stop-motion" in page and "Ciné-club" not in page
    assert "samedi 28 novembre 2026 à 14h, jusqu'à 17h" in page
    assert "En cours : on ne réserve plus." in plain(page)
    assert "8 places restantes" not in page
    assert f'href="/e/{created.id}"' in page
    _, english, _ = await site.get("/?lang=en")
    assert "Under way: booking is closed." in english
    site.bot.clock.advance(hours=1, minutes=1)  # 17h01
    _, after, _ = await site.get("/")
    assert "Atelier stop-motion" not in after
