"""Session 11, helper dates6: the hour rule read once for events and series, and remarks
beside a date (« samedi 20h goûter offert ») read past, not asked.

What an organiser notices: the same clock typed to /creer and to /nouvelleserie is read the
same way, or asked the same question; a series is never made at an hour the words beside it
contradict (« tous les samedis soir 2h » at 14:00, « tous les samedis matin 20h » at 20:00);
a remark after the date (« , goûter offert », « (salle du haut) ») no longer makes her type
the date again, and what she wrote is kept on the event's card. `now` is Friday 27 November
2026, 11:00 in Paris (tests/test_s10_dates5_probes.py's fresh bot and set-up).
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_s8_org_probes import matches  # noqa: E402
from test_s10_dates5_probes import BOT_NOW, SETUP, get  # noqa: E402

from bot.app import create_core  # noqa: E402
from bot.config import Settings  # noqa: E402
from recording import Bot, Clock, RecordingAdapter, plain  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")


# -- the hour rule, once ----------------------------------------------------------------------
# (typed, expected): what /nouvelleserie or /creer does with it, as in the probe files.
HOURS = [
    # The evening has no 14:00, the morning no 20:00: asked, as /creer asks.
    ("/nouvelleserie Club | tous les samedis soir 2h", "ASK"),
    ("/nouvelleserie Club | tous les samedis matin 20h", "ASK"),
    ("/creer Club | samedi 5 décembre soir 2h | 20", "ASK"),
    ("/creer Club | samedi 5 décembre matin 20h | 20", "ASK"),
    # « après-midi 11h » is no 23:00 (neither for an event nor for a series).
    ("/nouvelleserie Club | tous les samedis après-midi 11h", "ASK"),
    ("/creer Club | samedi 5 décembre après-midi 11h | 20", "ASK"),
    # A night spent there is asked for a series too (« de 19h à 7h »).
    ("/nouvelleserie Club | tous les vendredis 19h-7h", "ASK"),
    ("/nouvelleserie Club | tous les vendredis 19h à 7h du matin",
     "*ev#4 2026-11-27 19:00-07:00+1 cap=None «Club»*"),
    # « 20h-minuit » is a range for a series as for an event.
    ("/nouvelleserie Club | tous les samedis 20h-minuit",
     "*ev#4 2026-11-28 20:00-00:00+1 cap=None «Club»*"),
    ("/creer Club | samedi 5 décembre 20h-minuit | 20",
     "ev#4 2026-12-05 20:00-00:00+1 cap=20 «Club»"),
    # What both read already stays read.
    ("/nouvelleserie Club | tous les samedis soir 8h",
     "*ev#4 2026-11-28 20:00 cap=None «Club»*"),
    ("/nouvelleserie Club | tous les samedis après-midi 3h",
     "*ev#4 2026-11-28 15:00 cap=None «Club»*"),
    ("/nouvelleserie Club | tous les samedis 8h30",
     "*ev#4 2026-11-28 08:30 cap=None «Club»*"),
    ("/nouvelleserie Club | tous les samedis 18h-8",
     "*ev#4 2026-11-28 18:00-20:00 cap=None «Club»*"),
]


@pytest.mark.parametrize(("typed", "expected"), HOURS, ids=[row[0] for row in HOURS])
def test_an_hour_reads_the_same_for_an_event_and_a_series(typed: str, expected: str,
                                                           tmp_path: Path) -> None:
    got = get("cmd", "fr", typed, tmp_path)
    assert matches(got, expected), f"{typed!r}: got {got}, expected {expected}"


async def _replies(lines: list[tuple[str, str]], folder: Path) -> list[str]:
    clock = Clock(BOT_NOW)
    core = await create_core(Settings(database_path=folder / "focus.db"), clock=clock,
                             card_interval=0, seed_demo=False)
    platform = RecordingAdapter()
    core.add_adapter(platform)
    await platform.start(core)
    bot = Bot(core, platform, clock)
    try:
        for line in SETUP:
            assert "créé" in await bot.say(f"/nouvelevenement {line}")
        return [plain(await bot.say(typed, locale=locale)) for locale, typed in lines]
    finally:
        await core.idle()
        await core.storage.close()


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_the_english_clock_question_is_the_same_for_an_event_and_a_series(
        locale: str, tmp_path: Path) -> None:
    event, series = asyncio.run(_replies([(locale, "/creer Club | samedi 5 décembre 8:30 | 20"),
                                          (locale, "/nouvelleserie Club | tous les samedis 8:30")],
                                         tmp_path))
    if locale == "fr":  # « 8:30 » in French is the morning, for both
        assert "8h30" in event and "8h30" in series, (event, series)
    else:
        question = "8:30 in the morning (08:30) or in the afternoon or evening (20:30)?"
        assert question in event and question in series, (event, series)


def test_the_morning_or_evening_question_is_the_same_for_an_event_and_a_series(
        tmp_path: Path) -> None:
    event, series = asyncio.run(_replies([("fr", "/creer Club | samedi 5 décembre à 8 | 20"),
                                          ("fr", "/nouvelleserie Club | tous les samedis à 8")],
                                         tmp_path))
    question = "8 heures du matin ou du soir ? Écrivez par exemple 8h ou 20h."
    assert question in event and question in series, (event, series)


# -- remarks beside a date ---------------------------------------------------------------------
NOW = datetime(2026, 11, 27, 11, 0, tzinfo=PARIS)
REMARKS = [
    ("samedi 20h goûter offert", "2026-11-28 20:00"),
    ("samedi 19 décembre 14h, goûter offert", "2026-12-19 14:00"),
    ("pendant les vacances, mercredi 23 décembre 14h", "2026-12-23 14:00"),
    ("mercredi 23/12 14h (vacances scolaires)", "2026-12-23 14:00"),
    ("sam 5 déc 12h-14h (repas partagé)", "2026-12-05 12:00-14:00"),
    ("samedi 5 décembre à 20h (salle du haut)", "2026-12-05 20:00"),
    ("mercredi 9/12 14h-17h, inscription obligatoire", "2026-12-09 14:00-17:00"),
    ("Dec 19 2pm, snacks provided", "2026-12-19 14:00"),
    # Never read past: a date or a time in the remark, a day's name, a holiday, a typo of a
    # month, a word about when (without a day number typed), a remark before the date
    # without a comma.
    ("samedi 20h goûter à 16h", "ASK"),
    ("samedi 20h goûter de noël", "ASK"),
    ("samedi 20h pas dimanche", "ASK"),
    ("samedi 20h decmbre", "ASK"),
    ("samedi 20h la semaine d'après", "ASK"),
    ("samedi 20h pendant les vacances", "ASK"),
    ("samedi 20h jusqu'à tard le soir", "ASK"),
    ("goûter offert samedi 20h", "ASK"),
    ("samedi 20h cinq euros", "ASK"),
    ("samedi 20h vendredy", "ASK"),
    ("samedi 20h, dimanche 15h", "ASK"),
    ("vendredi 20h (veille du marché)", "ASK"),
    ("Pas vendredi, samedi 20h", "ASK"),
    ("samedi 20h goûter à confirmer", "ASK"),
    # Read past all the same: a name like a day's (« Marie », « mairie »), a remark first.
    ("samedi 20h chez Marie", "2026-11-28 20:00"),
    ("lundi 20h à la mairie", "2026-11-30 20:00"),
    ("Attention, samedi 20h", "2026-11-28 20:00"),
    ("samedi 5 décembre 20h - Salle Polyvalente", "2026-12-05 20:00"),
]


@pytest.mark.parametrize(("typed", "expected"), REMARKS, ids=[row[0] for row in REMARKS])
def test_a_remark_beside_a_date_is_read_past(typed: str, expected: str) -> None:
    got = get("when", "fr", typed, Path())
    assert matches(got, expected), f"{typed!r}: got {got}, expected {expected}"


def test_the_remark_typed_in_the_one_line_form_shows_on_the_new_event(tmp_path: Path) -> None:
    (reply,) = asyncio.run(_replies([
        ("fr", "/creer Goûter | samedi 19 décembre 14h, goûter offert | 30")], tmp_path))
    assert "samedi 19 décembre 2026 à 14h" in reply, reply
    assert "goûter offert" in reply, reply


def test_the_remark_typed_at_the_guided_date_question_is_the_description(
        tmp_path: Path) -> None:
    replies = asyncio.run(_replies([
        ("fr", "/creer"), ("fr", "soirée"), ("fr", "Goûter de Noël"),
        ("fr", "samedi 19 décembre 14h, goûter offert"), ("fr", "30"), ("fr", "gratuit"),
        ("fr", "non")], tmp_path))
    assert "Compris : samedi 19 décembre 2026 à 14h." in replies[3], replies[3]
    preview = replies[-1]
    assert "Aperçu" in preview and "samedi 19 décembre 2026 à 14h" in preview, preview
    assert "goûter offert" in preview, preview


def test_a_whole_line_with_a_remark_at_the_first_question_keeps_it(tmp_path: Path) -> None:
    replies = asyncio.run(_replies([
        ("fr", "/creer"), ("fr", "Goûter de Noël samedi 19 décembre 14h, goûter offert")],
        tmp_path))
    said = replies[-1]
    assert "« Goûter de Noël »" in said and "samedi 19 décembre 2026 à 14h" in said, said
