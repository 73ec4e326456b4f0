"""Session 8, helper org3: a volunteer organiser on Discord (desktop and phone), through the
real discord.py against the fake on 127.0.0.1, and the same lines typed on Telegram."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_discord_adapter import MEMBERS, ORGA, launch, running, shutdown

from bot.scheduler import Scheduler
from fakes.discord_api import CHANNEL_ID, OTHER_CHANNEL_ID, FakeDiscord
from recording import NOW, Bot, Clock, plain


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_the_date_typed_in_the_title_field_gets_the_line_that_works(
        db_path: Path, locale: str) -> None:
    """/creer on her phone: she typed « Soirée jeux samedi 5 décembre 20h » in « titre »
    and left the other options empty. She read « Il manque la date. Exemples : … » and the
    whole usage line, though the date was right there. Now the reply says the date is in
    the title and gives what to type (title | date), which works as given."""
    async with running(db_path) as dc:
        answer = await dc.command("newevent", {"title": "Soirée jeux samedi 5 décembre 20h"},
                                  user=ORGA, locale=locale)
        said = plain(answer.text)
        assert "Il manque la date" not in said and "date is missing" not in said, said
        assert "Soirée jeux | samedi 5 décembre 20h" in said, said
        assert await dc.core.storage.events.get(1) is None  # nothing guessed
        typed = "Soirée jeux | samedi 5 décembre 20h"
        created = plain((await dc.command("newevent", {"title": typed}, user=ORGA,
                                          locale=locale)).text)
        assert "#1" in created and ("5 décembre" in created or "5 December" in created), created
        event = await dc.core.storage.events.get(1)
        assert event is not None and event.title == "Soirée jeux", event


async def test_the_same_line_typed_on_telegram_or_the_console(bot: Bot) -> None:
    said = plain(await bot.say("/creer Loto du Focus samedi 5 décembre 20h 30 places"))
    assert "Il manque la date" not in said, said
    assert "/creer Loto du Focus | samedi 5 décembre 20h | 30" in said, said
    assert "créé" in await bot.say("/creer Loto du Focus | samedi 5 décembre 20h | 30")


async def test_a_time_in_a_title_with_its_date_given_is_kept(bot: Bot) -> None:
    """« Brunch 11h » is a title: with its date given, the event is created as before."""
    said = plain(await bot.say("/creer Brunch 11h | dimanche 13 décembre 11h"))
    assert "créé" in said and "« Brunch 11h »" in said, said


async def _announced(db_path: Path, locale: str, shut: set[int]) -> str:
    async with FakeDiscord(members=MEMBERS) as fake:
        fake.no_send.update(shut)
        dc = await launch(fake, db_path, Clock(NOW),
                          discord_announce_channel_ids=(CHANNEL_ID, OTHER_CHANNEL_ID))
        try:
            await dc.command("newevent", {"title": "Atelier BD",
                                          "when": "mercredi 2 décembre 14h"},
                             user=ORGA, locale=locale)
            return plain((await dc.command("announce", {"text": "1"}, user=ORGA,
                                           locale=locale)).text)
        finally:
            await shutdown(dc)


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_announcing_where_one_channel_refuses_says_so(
        db_path: Path, locale: str) -> None:
    """Two announcement channels, the bot may not post in one (its rights were changed):
    /annoncer 1 answered « Publié dans 1 salon ou groupe d'annonce. », and she believed
    everyone had it. Now the reply says one of the two refused, and whom to ask."""
    said = await _announced(db_path, locale, {OTHER_CHANNEL_ID})
    assert ("1 salon ou groupe d'annonce sur 2" in said if locale == "fr"
            else "1 of 2" in said), said
    assert "admin" in said, said


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_announcing_where_no_channel_takes_it_says_what_to_do(
        db_path: Path, locale: str) -> None:
    """« Vérifiez ses droits dans ces canaux » alone: a volunteer does not hold those rights.
    Now: whom to ask, which rights, and the line to type again once it is mended."""
    said = await _announced(db_path, locale, {CHANNEL_ID, OTHER_CHANNEL_ID})
    assert "admin" in said and ("/annoncer 1" in said or "/announce 1" in said), said


async def _planned(db_path: Path, shut: set[int], ticks: int) -> list[str]:
    """« Atelier BD » announced later from Discord; the scheduler ticks past that moment
    (`ticks` times, an hour apart: retries); what the organiser then reads privately."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW),
                          discord_announce_channel_ids=(CHANNEL_ID, OTHER_CHANNEL_ID))
        try:
            await dc.command("newevent", {"title": "Atelier BD",
                                          "when": "mercredi 2 décembre 14h"}, user=ORGA)
            said = plain((await dc.command("announcelater", {"event": 1, "when": "demain 18h"},
                                           user=ORGA)).text)
            assert "programmée" in said, said
            fake.no_send.update(shut)
            before = set(fake.messages)
            scheduler = Scheduler(dc.core)
            moment = NOW + timedelta(days=1, hours=8)
            for _ in range(ticks):
                dc.clock.current = moment
                await scheduler.tick(moment)
                await dc.settle()
                moment += timedelta(hours=1)
            dm = fake.dm_channels
            return [plain(m["content"]) for k, m in sorted(fake.messages.items())
                    if k not in before and dm.get(int(m["channel_id"])) == ORGA]
        finally:
            await shutdown(dc)


async def test_a_scheduled_announcement_one_channel_refused_is_told(db_path: Path) -> None:
    """/annoncerplustard 1 demain 18h; at 18h one of the two channels refused the card.
    Nobody knew: /programmees no longer listed it, the log alone said so. The organiser who
    planned it is told privately, with whom to ask."""
    told = await _planned(db_path, {OTHER_CHANNEL_ID}, 1)
    assert any("n°1" in m and "sur 2" in m and "admin" in m for m in told), told


async def test_a_scheduled_announcement_that_reached_nobody_is_told(db_path: Path) -> None:
    told = await _planned(db_path, {CHANNEL_ID, OTHER_CHANNEL_ID}, 8)
    assert any("Rien n'a été publié" in m and "/annoncer 1" in m for m in told), told


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_a_title_alone_says_where_the_date_goes(db_path: Path, locale: str) -> None:
    """/creer with only « titre » filled, from a phone: « Il manque la date. Exemples : … »
    and a usage line whose brackets say « quand » is optional. She is told where the date
    goes, and that /creer alone asks everything in a form."""
    async with running(db_path) as dc:
        said = plain((await dc.command("newevent", {"title": "Atelier BD"}, user=ORGA,
                                       locale=locale)).text)
    assert ("« quand »" in said and "/creer seul" in said if locale == "fr"
            else "\"when\"" in said and "/newevent alone" in said), said
