"""Session 5, accounts and words: what /mesdonnees shows a parent or a teenager, and the
French of the shared catalogue."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import create_core
from bot.config import Settings
from recording import NOW, Bot, Clock, RecordingAdapter, new_event, plain


async def test_mydata_names_the_app_language_in_words(bot: Bot) -> None:
    """A parent read « automatique, celle de votre application (en) »: a code, not a word."""
    shown = plain(await bot.say("/mesdonnees", user="tom", locale="en-US"))
    assert "your app's (English)" in shown, shown
    await bot.say("/langue fr", user="tom")
    shown = plain(await bot.say("/mesdonnees", user="tom"))
    assert "Langue : français" in shown, shown
    await bot.say("/langue anglais", user="tom")
    await bot.say("/langue fr", user="ana", locale="en-GB")
    shown = plain(await bot.say("/mesdonnees", user="ana", locale="en-GB"))
    assert "Langue : français" in shown or "Language: French" in shown, shown


async def test_booking_more_than_a_one_seat_event_reads_qu_une_place(bot: Bot) -> None:
    """« n'a que 1 place en tout » is not French."""
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 1")
    said = plain(await bot.say(f"/participer {event_id} oui +2", user="lea"))
    assert "n’a qu’une place" in said or "n'a qu'une place" in said, said
    assert "que 1 place" not in said
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 2")
    said = plain(await bot.say(f"/participer {event_id} oui +4", user="lea"))
    assert "que 2 places" in said, said


@pytest.fixture
async def console_bot(db_path: Path) -> AsyncIterator[Bot]:
    clock = Clock(NOW)
    core = await create_core(Settings(database_path=db_path), clock=clock, card_interval=0,
                             seed_demo=False)
    platform = RecordingAdapter(platform="console")
    core.add_adapter(platform)
    await platform.start(core)
    yield Bot(core, platform, clock)
    await core.idle()
    await core.storage.close()


async def test_mydata_in_the_console_does_not_read_compte_console_numero(
        console_bot: Bot) -> None:
    """The console's organiser read « Compte console n° orga »: a trial chat has no number."""
    shown = plain(await console_bot.say("/mesdonnees"))
    assert "n° orga" not in shown and "Compte console" not in shown, shown
    assert "Compte d'essai (console) « orga », nom affiché : Orga" in shown, shown


def test_the_console_says_it_takes_no_pictures() -> None:
    from bot.adapters.console import ConsoleAdapter
    assert ConsoleAdapter.capabilities.pictures is False


async def test_mydata_lists_answers_as_items_of_their_heading_and_says_the_default(
        bot: Bot) -> None:
    """Answers read as new headings (« • #1 … » under « • Vos réponses : »), and a phone that
    gives no language read « Langue : automatique » without saying which one that is."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui", user="zoe")
    shown = plain(await bot.say("/mesdonnees", user="zoe"))
    assert f"  – #{event_id} Soirée jeux" in shown, shown
    assert f"• #{event_id}" not in shown, shown
    assert "Langue : automatique (français par défaut)" in shown, shown


async def test_an_ambiguous_one_o_clock_reads_une_heure(bot: Bot) -> None:
    """« 1 heures du matin ou du soir ? » is not French."""
    said = plain(await bot.say("/nouvelevenement Veillée | samedi à 1"))
    assert "heures du matin" not in said or "1 heures" not in said, said
    assert "1 heure du matin ou du soir" in said, said


def test_english_says_waitlist_in_reminders_and_on_the_web() -> None:
    """A teenager read "waitlist" on cards and answers, "waiting list" in reminders and on
    the web agenda: one thing, one word."""
    from commands.agenda.strings import STRINGS as AGENDA
    from commands.reminders.strings import STRINGS as REMINDERS
    mixed = sorted(k for table in (AGENDA, REMINDERS) for k, v in table.items()
                   if "waiting list" in v["en"])
    assert mixed == [], mixed
