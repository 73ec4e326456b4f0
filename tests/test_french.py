"""French that reads like French, English that is English.

The whole catalogue (the core's strings, every feature's, every adapter's, built as
tests/test_catalogue.py builds it) is rendered in each language as a member reads it, and
scanned for what a French reader notices at once: « de Le Focus », « place(s) », a colon or a
question mark without its no-break space, times written 20:00, two inclusive styles. Then the
formatting a member meets every day: dates, times, plurals, the first of a month, reminders
that say « aujourd'hui ».
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scheduler_helpers import new_event, reminders_of, starts, tick_at
from test_catalogue import Built, built  # noqa: F401  (the module-scoped catalogue fixture)
from test_console import _run as run_console

from bot import i18n
from bot.app import create_core
from bot.config import Settings
from bot.i18n import format_time_only, format_when, t, using
from bot.scheduler import Scheduler
from bot.text import clean_stored, fold
from recording import NOW, Bot, Clock, RecordingAdapter

NBSP = "\u00a0"  # before : and inside « »
NNBSP = "\u202f"  # before ; ? !
PARIS = i18n.PARIS

# Parts of a French text a reader flags at once (checked on what the member reads).
DE_LE_FOCUS = re.compile(r"\b(?:de|à) Le Focus\b", re.IGNORECASE)
BRACKET_PLURAL = re.compile(r"\((?:s|x|e|es|aux|nes)\)")
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# One inclusive style: the full point médian form « invité·e·s », « organisateur·rice·s ».
OTHER_INCLUSIVE = re.compile(r"·(?:es|rices|ives|euses|nes)\b")
FRENCH_WORDS = re.compile(r"\b(?:vous|avec|pour|les|une|des|est|pas|aux|sont)\b")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _rendered(catalogue: dict[str, dict[str, str]], locale: str,
              count: int) -> Iterator[tuple[str, str]]:
    """Every string as `t()` gives it to a reader, each placeholder filled with `count`."""
    for key, entry in sorted(catalogue.items()):
        values = {name: count for name in _fields(entry.get(locale, ""))}
        with using(locale):
            yield key, t(key, **values)


@pytest.fixture
def catalogue(built: Built) -> Iterator[dict[str, dict[str, str]]]:  # noqa: F811
    """The running bot's whole catalogue, active for `t()` during the test."""
    if built.router is None:
        pytest.fail("the catalogue cannot be built: " + "; ".join(built.problems))
    saved = dict(i18n.CATALOGUE)
    i18n.CATALOGUE.clear()
    i18n.CATALOGUE.update(built.catalogue)
    try:
        yield built.catalogue
    finally:
        i18n.CATALOGUE.clear()
        i18n.CATALOGUE.update(saved)


def _report(problems: list[str], what: str) -> None:
    if problems:
        pytest.fail(f"{len(problems)} {what}:\n  " + "\n  ".join(problems), pytrace=False)


def _french_typography(text: str) -> list[str]:
    problems = []
    for match in re.finditer(r"[;?!]", text):
        before = text[match.start() - 1] if match.start() else ""
        if before not in (NNBSP, "?", "!"):
            problems.append(f"{match.group()!r} without a narrow no-break space before it")
    for match in re.finditer(":", text):
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end():match.end() + 2]
        if before == NBSP or after == "//" or (before.isdigit() and after[:1].isdigit()):
            continue
        problems.append("':' without a no-break space before it")
    if re.search(f"«(?!{NBSP})", text) or re.search(f"(?<!{NBSP})»", text):
        problems.append("« » without no-break spaces inside")
    return problems


def test_french_reads_like_french_in_every_string(catalogue: dict[str, dict[str, str]]) -> None:
    problems = []
    for count in (1, 2):
        for key, text in _rendered(catalogue, "fr", count):
            where = f"{key} [fr, {count}]: {text!r}"
            if DE_LE_FOCUS.search(text):
                problems.append(f"{where}: « du Focus », « au Focus »")
            if BRACKET_PLURAL.search(text):
                problems.append(f"{where}: a real plural instead of (s)")
            if CLOCK_TIME.search(text):
                problems.append(f"{where}: a French time is written 19h30 or 20h")
            if OTHER_INCLUSIVE.search(text):
                problems.append(f"{where}: one inclusive style, « invité·e·s »")
            problems += [f"{where}: {p}" for p in _french_typography(text)]
    _report(sorted(set(problems)), "French strings that do not read like French")


def test_english_reads_like_english_in_every_string(
        catalogue: dict[str, dict[str, str]]) -> None:
    problems = []
    for count in (1, 2):
        for key, text in _rendered(catalogue, "en", count):
            where = f"{key} [en, {count}]: {text!r}"
            if BRACKET_PLURAL.search(text):
                problems.append(f"{where}: a real plural instead of (s)")
            if FRENCH_WORDS.search(text) or "«" in text:
                problems.append(f"{where}: French in an English string")
    _report(sorted(set(problems)), "English strings that do not read like English")


# -- plurals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("locale", "count", "expected"), [
    ("fr", 0, "0 personne prévenue."), ("fr", 1, "1 personne prévenue."),
    ("fr", 2, "2 personnes prévenues."),
    ("en", 0, "0 people notified."), ("en", 1, "1 person notified."),
    ("en", 2, "2 people notified."),
])
def test_counts_use_real_plurals_zero_and_one_singular_in_french(
        catalogue: dict[str, dict[str, str]], locale: str, count: int, expected: str) -> None:
    with using(locale):
        assert t("cancelevent.done", id=3, title="Soirée jeux", count=count).endswith(expected)


@pytest.mark.parametrize(("locale", "count", "expected"), [
    ("fr", 1, "Publié dans 1 salon ou groupe d'annonce."),
    ("fr", 3, "Publié dans 3 salons ou groupes d'annonce."),
    ("en", 1, "Published to 1 announcement channel or group."),
    ("en", 3, "Published to 3 announcement channels or groups."),
])
def test_channels_are_counted_in_words(catalogue: dict[str, dict[str, str]], locale: str,
                                       count: int, expected: str) -> None:
    with using(locale):
        assert t("announce.done", count=count) == expected


def test_a_count_keeps_its_number_format_when_no_plural_is_asked() -> None:
    with using("fr"):
        assert t("card.waitlist", count=3) == "3 en liste d'attente"


# -- dates and times --------------------------------------------------------------------------


def _paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


@pytest.mark.parametrize(("locale", "moment", "expected"), [
    ("fr", _paris(2026, 12, 5, 19, 30), "samedi 5 décembre 2026 à 19h30"),
    ("fr", _paris(2026, 12, 5, 20, 0), "samedi 5 décembre 2026 à 20h"),
    ("fr", _paris(2027, 1, 1, 0, 5), "vendredi 1er janvier 2027 à 0h05"),
    ("en", _paris(2026, 12, 5, 19, 30), "Saturday 5 December 2026 at 19:30"),
    ("en", _paris(2026, 12, 5, 20, 0), "Saturday 5 December 2026 at 20:00"),
    ("en", _paris(2027, 1, 1, 0, 5), "Friday 1 January 2027 at 00:05"),
])
def test_dates_read_as_people_write_them(locale: str, moment: datetime,
                                         expected: str) -> None:
    with using(locale):
        assert format_when(moment.astimezone(UTC)) == expected


@pytest.mark.parametrize(("locale", "moment", "expected"), [
    ("fr", _paris(2026, 12, 5, 19, 30), "19h30"), ("fr", _paris(2026, 12, 5, 12, 0), "12h"),
    ("en", _paris(2026, 12, 5, 19, 30), "19:30"), ("en", _paris(2026, 12, 5, 12, 0),
                                                    "12:00"),
])
def test_times_read_as_people_write_them(locale: str, moment: datetime, expected: str) -> None:
    with using(locale):
        assert format_time_only(moment) == expected


def test_first_of_the_month_without_year() -> None:
    with using("fr"):
        assert format_when(_paris(2027, 3, 1, 18, 0), with_year=False) == "lundi 1er mars à 18h"


async def test_cards_and_replies_show_french_times_and_plurals(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 19:30 | 2")
    await bot.say(f"/participer {event_id}", user="ana")
    card = await bot.say(f"/evenement {event_id}", user="ana")
    assert "samedi 5 décembre 2026 à 19h30" in card
    assert "1 libre" in card and "libre(s)" not in card
    reply = await bot.say(f"/annuler {event_id} confirmer")
    assert f"1 personne prévenue{NBSP}" not in reply and reply.endswith("1 personne prévenue.")


# -- same-day and next-day reminders -----------------------------------------------------------


async def test_a_same_day_reminder_says_today_and_the_day_before_says_tomorrow(
        bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 19:30 | 5")
    await bot.say(f"/participer {event_id}", user="ana")
    await bot.say("/language en", user="tom")
    await bot.say(f"/rsvp {event_id}", user="tom")
    scheduler = Scheduler(bot.core)
    start = await starts(bot, event_id)
    await tick_at(bot, scheduler, start - timedelta(hours=24))
    await tick_at(bot, scheduler, start - timedelta(hours=2))
    ana_tomorrow, ana_today = reminders_of(bot, "ana")
    assert "demain à 19h30" in ana_tomorrow
    assert "aujourd'hui à 19h30" in ana_today
    tom_tomorrow, tom_today = reminders_of(bot, "tom")
    assert "tomorrow at 19:30" in tom_tomorrow
    assert "today at 19:30" in tom_today


async def test_the_organiser_summary_gives_the_time_of_today(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 19:30 | 5")
    await bot.say(f"/participer {event_id} oui +1", user="ana")
    await tick_at(bot, Scheduler(bot.core), (await starts(bot, event_id)) - timedelta(hours=3))
    [summary] = [text for text in bot.platform.private_texts("orga") if "📋" in text]
    assert f"Aujourd'hui à 19h30{NBSP}:" in summary
    assert "1 personne, 1 invité·e)" in summary


# -- English mode is English ----------------------------------------------------------------------


async def test_demo_events_read_in_the_readers_language(db_path: Path) -> None:
    core = await create_core(Settings(database_path=db_path), clock=Clock(NOW), card_interval=0,
                             seed_demo=True)
    platform = RecordingAdapter()
    core.add_adapter(platform)
    await platform.start(core)
    bot = Bot(core, platform, Clock(NOW))
    try:
        english = await bot.say("/events", user="tom", locale="en")
        assert "Board-game night" in english and "Film screening" in english
        card = await bot.say("/event 2", user="tom", locale="en")
        assert "Ages 12 and up" in card and "An example made automatically" in card
        assert "Soirée" not in english + card and "Dès 12 ans" not in card
        french = await bot.say("/evenement 1", user="lea")
        assert "Soirée jeux de société" in french and "Tout public" in french
        assert f"pour essayer le bot{NBSP}: réservez, ajoutez des invité·e·s" in french
    finally:
        await core.idle()
        await core.storage.close()


def test_the_console_speaks_english_to_an_english_organiser(tmp_path: Path) -> None:
    result = run_console("/language en\n/events\n/b 9\n/as Bob\n/as\n",
                         tmp_path / "focus.db", tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "No button with that number (0 available)." in out
    assert "You now speak as Bob (member)." in out and "(organiser) again." in out
    assert "Pas de bouton" not in out and "Vous parlez" not in out


# -- organisers' own words are kept -------------------------------------------------------------


def test_text_for_storage_keeps_what_the_organiser_typed() -> None:
    typed = "Ciné-club « Les Enfants du paradis » — l’été\u00a0! \x07"
    assert clean_stored(typed, 200) == "Ciné-club « Les Enfants du paradis » — l’été\u00a0!"
    assert clean_stored("x" * 50, 10) == "x" * 10
    assert clean_stored("a\u202eb\u200bc", 10) == "abc"


def test_command_words_are_still_compared_without_typography() -> None:
    assert fold("peut’être") == fold("peut-être") == fold("peut etre")


async def test_an_event_title_is_stored_as_typed(bot: Bot) -> None:
    await new_event(bot, "Ciné « Les Enfants du paradis » — l’été | 2026-12-05 20:00 | 3")
    [event] = await bot.core.storage.events.upcoming(datetime(2026, 11, 25, tzinfo=UTC))
    assert event.title == "Ciné « Les Enfants du paradis » — l’été"


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_day_month_and_price_words_are_cldrs(locale: str) -> None:
    """Our 19 words and euro format are the ones Babel (CLDR) writes, without loading its
    locale data at run time (issue 11's memory target)."""
    from datetime import date, timedelta

    from babel.dates import format_date, format_time
    from babel.numbers import format_currency

    with using(locale):
        for offset in range(400):
            day = date(2026, 11, 23) + timedelta(days=offset)
            assert i18n.weekday_name(day.weekday()) == format_date(day, "EEEE", locale=locale)
            assert i18n.month_name(day.month) == format_date(day, "MMMM", locale=locale)
            if locale == "en":  # readers in France: British order and a 24-hour clock
                assert i18n.format_day(day) == format_date(day, "EEEE d MMMM y",
                                                           locale="en_GB")
                moment = datetime(day.year, day.month, day.day, offset % 24, offset % 60,
                                  tzinfo=i18n.PARIS)
                assert i18n.format_time_only(moment) == format_time(moment, "short",
                                                                    locale="en_GB")
        for cents in (1, 50, 600, 650, 1200, 99_999, 123_450, 10_000_000):
            assert i18n.format_price(cents) == format_currency(cents / 100, "EUR",
                                                               locale=locale)


def test_formatting_dates_and_prices_loads_no_babel() -> None:
    import subprocess
    import sys

    code = ("import sys; from datetime import datetime, UTC; from bot import i18n; "
            "i18n.format_when(datetime(2027, 3, 1, 18, 30, tzinfo=UTC)); i18n.format_price(600); "
            "print('babel' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
