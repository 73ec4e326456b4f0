"""Session 6: an English-speaking parent's private calendar feed (/mycalendar), read by a
calendar app that sends no language of its own."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.web import WebServer
from commands.events import calendar
from recording import Bot, new_event


@pytest.fixture
async def web(bot: Bot) -> AsyncIterator[tuple[Bot, str, aiohttp.ClientSession]]:
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    bot.core.settings = dataclasses.replace(bot.core.settings, public_url=server.url)
    async with aiohttp.ClientSession() as session:
        yield bot, server.url, session
    await server.stop()


async def test_an_english_members_private_feed_is_in_english(
        web: tuple[Bot, str, aiohttp.ClientSession]) -> None:
    """A parent who chose English subscribed to /mycalendar: their phone's calendar read
    « Le Focus · mes événements » and « Projection » (a calendar app sends no language)."""
    bot, base, session = web
    event_id = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 30 | projection")
    await bot.say("/language en", user="kate")
    await bot.say(f"/rsvp {event_id}", user="kate")
    link = await bot.say("/mycalendar", user="kate")
    path = re.search(r"/me/[\w-]+\.ics", link).group(0)  # type: ignore[union-attr]
    async with session.get(base + path) as response:
        assert response.status == 200
        feed = (await response.text()).replace("\r\n ", "")
    assert "X-WR-CALNAME:Le Focus · my events" in feed, feed
    assert "Projection" not in feed, feed
