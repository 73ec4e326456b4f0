"""Session 8, the web agenda and calendar feeds from a parent's phone: a calendar link stopped
with /monagenda arrêter or erased with /oubliemoi, a cancelled evening in a subscribed
calendar, titles with markup and emoji. Served for real on 127.0.0.1 (`tests/test_web.py`'s
site), read as a phone's calendar app (no Accept header, or */*) and as a browser."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator

import aiohttp
import icalendar
import pytest
from test_web import Site

from bot.web import WebServer
from commands.events import calendar
from recording import Bot, plain

FAMILY = "👨\u200d👩\u200d👧"


@pytest.fixture
async def site(bot: Bot) -> AsyncIterator[Site]:
    """The web agenda as `tests/test_web.py` serves it, on 127.0.0.1."""
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            web_port=int(server.url.rsplit(":", 1)[1]))
    async with aiohttp.ClientSession() as session:
        yield Site(bot, server, session)
    await server.stop()


async def _link(site: Site, user: str = "lea") -> str:
    reply = await site.bot.say("/monagenda", user=user)
    found = re.search(r"https?://[^/\s]+(/me/[A-Za-z0-9_-]+\.ics)", reply)
    assert found, reply
    return found.group(1)


def _events(data: str) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


async def test_a_stopped_link_empties_the_phones_calendar_instead_of_freezing_it(
        site: Site) -> None:
    """A calendar app that gets an error keeps what it showed last, for good: after
    « /monagenda arrêter », Léa's phone went on showing the Ciné-club she was going to (and
    would never show it cancelled). Now a stopped or unknown link is a calendar with no
    events, named so, which empties the subscription at its next refresh."""
    event = await site.event("Ciné-club", 2)
    await site.bot.say(f"/participer {event}", user="lea")
    path = await _link(site)
    assert [str(e["summary"]) for e in _events((await site.get(path))[1])] == ["Ciné-club"]
    await site.bot.say("/monagenda arrêter", user="lea")
    for accept in ({}, {"Accept": "*/*"}, {"Accept": "text/calendar"}):
        status, data, headers = await site.get(path, **accept)
        assert status == 200, (accept, status)
        assert headers["Content-Type"].startswith("text/calendar")
        assert "no-store" in headers["Cache-Control"]
        calendar = icalendar.Calendar.from_ical(data)
        assert _events(data) == []
        assert "arrêté" in str(calendar["X-WR-CALNAME"]), data
    # Any well-formed token: the same answer, so it tells nothing about which ones exist.
    unknown = "/me/" + "B" * 43 + ".ics"
    assert (await site.get(unknown))[1].replace("DTSTAMP", "") == (
        await site.get(path))[1].replace("DTSTAMP", "")


async def test_an_erased_members_link_empties_the_calendar_in_their_language(
        site: Site) -> None:
    event = await site.event("Ciné-club", 2)
    await site.bot.say("/langue en", user="tom")
    await site.bot.say(f"/rsvp {event}", user="tom")
    path = await _link(site, "tom")
    await site.bot.say("/forgetme confirm", user="tom")
    status, data, _ = await site.get(path)
    assert status == 200 and _events(data) == []
    # Nobody is left to know Tom's language: the feed speaks French, and says so in English
    # too, as a calendar app sends no language.
    name = str(icalendar.Calendar.from_ical(data)["X-WR-CALNAME"])
    assert "arrêté" in name and "stopped" in name, name


async def test_a_browser_opening_a_stopped_link_reads_what_to_do(site: Site) -> None:
    """A parent tapping the old link in a browser read « Page introuvable : cette page
    n'existe pas, ou l'événement a été supprimé », about an event."""
    path = await _link(site)
    await site.bot.say("/monagenda arrêter", user="lea")
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    status, page, _ = await site.get(path, Accept=browser)
    assert status == 404
    text = plain(page)
    assert "/monagenda" in text and "ne fonctionne plus" in text, text
    status, page, _ = await site.get(path, Accept=browser, **{"Accept-Language": "en"})
    assert "/mycalendar" in plain(page), page


async def test_a_titles_markup_and_emoji_on_the_pages_and_in_the_feed(site: Site) -> None:
    """A title typed with markup and an emoji family: shown as typed, the family whole (its
    joiners were taken out when the title was stored), never as markup."""
    title = f'<b>Goûter</b> & "jeux" {FAMILY} 🎲'
    reply = await site.bot.say(f"/nouvelevenement {title} | 2026-11-28 16:00 | 20")
    event = int(re.search(r"#(\d+)", reply).group(1))  # type: ignore[union-attr]
    _, page, _ = await site.get("/")
    assert title in page and "<b>Goûter" not in page.replace(title, "")
    async with site.session.get(site.server.url + f"/e/{event}") as response:
        raw = await response.text()
    assert "&lt;b&gt;Goûter&lt;/b&gt; &amp; &quot;jeux&quot; " + FAMILY in raw, raw[:400]
    _, data, _ = await site.get("/agenda.ics")
    assert [str(e["summary"]) for e in _events(data)] == [title]


async def test_a_cancelled_evening_reads_cancelled_in_a_subscribed_calendar(
        site: Site) -> None:
    """Calendar apps do not all show STATUS:CANCELLED (some show the event as planned, with
    nothing to tell it apart): a parent following the agenda may turn up to a cancelled
    evening.
    The title itself now says it, in the feed and in the personal feed."""
    event = await site.event("Ciné-club", 2)
    await site.bot.say(f"/participer {event}", user="lea")
    path = await _link(site)
    reply = await site.bot.say(f"/annuler {event} neige confirmer")
    assert "annulé" in plain(reply).lower(), reply
    for feed in ("/agenda.ics", path):
        [shown] = _events((await site.get(feed))[1])
        assert str(shown["status"]) == "CANCELLED"
        assert str(shown["summary"]) == "Annulé · Ciné-club", (feed, shown["summary"])
    [english] = _events((await site.get("/agenda.ics", **{"Accept-Language": "en"}))[1])
    assert str(english["summary"]) == "Cancelled · Ciné-club"


async def test_stopping_the_link_says_what_the_phone_will_show(site: Site) -> None:
    """« votre lien ne fonctionne plus » left a parent wondering why the events were still in
    their phone's calendar: the reply now says it empties at its next update, and that the
    subscription itself is removed in the calendar app."""
    await _link(site)
    reply = plain(await site.bot.say("/monagenda arrêter", user="lea"))
    assert "ne fonctionne plus" in reply and "prochaine mise à jour" in reply, reply
    await _link(site, "tom")
    reply = plain(await site.bot.say("/mycalendar stop", user="tom", locale="en"))
    assert "next update" in reply, reply


async def test_the_calendar_link_a_phone_can_tap_opens_a_page_to_subscribe(site: Site) -> None:
    """« Sur un téléphone, touchez ce lien pour l'abonner : webcal://… »: neither Telegram
    nor Discord makes a webcal:// address a link in a bot's message, so the parent touched
    dead text. The reply now gives an https link to a page with the « S'abonner » button
    (webcal://, which a phone's browser hands to its calendar app) and the address for
    Google; the page is private (never indexed, never kept) and in the member's language."""
    event = await site.event("Ciné-club", 2)
    await site.bot.say(f"/participer {event}", user="lea")
    reply = plain(await site.bot.say("/monagenda", user="lea"))
    assert "webcal://" not in reply, reply
    links = re.findall(r"https?://[^/\s]+(/me/[A-Za-z0-9_-]+)(\.ics)?(?=\s|$)", reply)
    assert [suffix for _, suffix in links] == ["", ".ics"], reply
    page_path, feed_path = links[0][0], links[1][0] + ".ics"
    status, page, headers = await site.get(page_path)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "no-store" in headers["Cache-Control"]
    assert 'content="noindex,nofollow"' in page
    assert f'href="webcal://127.0.0.1:{site.server.url.rsplit(":", 1)[1]}{feed_path}"' in page
    assert "S'abonner" in page and "ne le partagez pas" in page, page
    await site.bot.say("/langue en", user="lea")
    english = (await site.get(page_path))[1]
    assert "Subscribe" in english and '<html lang="en">' in english
    await site.bot.say("/monagenda arrêter", user="lea")
    status, stopped, _ = await site.get(page_path)
    assert status == 404 and "/monagenda" in stopped
