"""Rules that used to be written twice, now written once: what the shared version must keep
doing for every former copy (poster files, web links, date words, series fields)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.adapters.pacing import Lane
from recording import Bot, new_event
from storage.posters import existing_poster

ROOT = Path(__file__).resolve().parents[1]


def test_a_poster_file_is_found_only_inside_the_folder_and_only_when_it_is_there(
        tmp_path: Path) -> None:
    """The cards (for upload) and the web server (for /poster/<name>) ask the same question:
    a damaged row must not reach a file outside the folder, and a gone file is no poster."""
    database = tmp_path / "focus.db"
    database.write_bytes(b"not a picture")
    folder = tmp_path / "posters"
    folder.mkdir()
    name = "0123456789abcdef0123456789abcdef.jpg"
    (folder / name).write_bytes(b"jpeg")
    assert existing_poster(database, name) == folder / name
    assert existing_poster(database, "f" * 32 + ".jpg") is None  # never written, or deleted
    for unsafe in ("../focus.db", str(database), "", "x.jpg"):
        assert existing_poster(database, unsafe) is None
    (folder / ("e" * 32 + ".jpg")).mkdir()  # a folder by that name is not a picture
    assert existing_poster(database, "e" * 32 + ".jpg") is None


def test_chats_and_web_pages_hand_out_the_same_links() -> None:
    """/mycalendar and the web pages share one rule for the public address and for webcal."""
    from bot.config import Settings
    from bot.links import public_base, public_url, webcal

    assert webcal("https://agenda.example.org/me/x.ics") == "webcal://agenda.example.org/me/x.ics"
    assert webcal("http://127.0.0.1:8080/agenda.ics") == "webcal://127.0.0.1:8080/agenda.ics"
    site = Settings(public_url="https://agenda.example.org/", web_port=8080)
    assert public_url(site) == public_base(site) == "https://agenda.example.org"
    local = Settings(web_port=8080)
    assert public_url(local) is None
    assert public_base(local) == "http://127.0.0.1:8080"
    assert public_base(Settings()) is None


def test_the_console_does_not_load_the_web_server_for_a_link() -> None:
    """Commands build links without importing aiohttp (the console's memory target)."""
    code = ("import sys, commands.agenda, bot.links; from commands import build_router; "
            "print('aiohttp' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.strip() == "False"


# -- one table of month and weekday words (bot.dates), read alike everywhere -------------------
MONDAY = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def test_every_month_word_names_the_same_month_in_a_date_and_in_a_report_period() -> None:
    from bot.dates import MONTH_WORDS, read_when
    from commands.attendance.parsers import period

    assert len(set(MONTH_WORDS.values())) == 12
    for word, month in MONTH_WORDS.items():
        assert period(f"{word} 2027").first == date(2027, month, 1), word
        assert read_when(f"12 {word} 2027 20h", MONDAY).start.month == month, word


def test_every_weekday_word_names_the_same_day_in_a_date_and_in_a_series_rule() -> None:
    """"thur" was read in dates but refused in series rules; one table reads it in both."""
    from bot.dates import WEEKDAY_WORDS, read_when
    from commands.series.parsers import read_rule

    assert len(set(WEEKDAY_WORDS.values())) == 7
    for word, weekday in WEEKDAY_WORDS.items():
        assert read_rule(f"{word} 20h").weekdays == (weekday,), word
        assert read_when(f"{word} 20h", MONDAY).start.weekday() == weekday, word
    assert read_rule("every other thur 7pm").weekdays == (3,)


# -- a series field is typed with the same words as the event field it changes -----------------
def test_series_fields_take_every_word_of_the_event_field_and_their_own() -> None:
    from bot.errors import UserInputError
    from commands.events.parsers import FIELDS
    from commands.series.parsers import SERIES_FIELDS, parse_field

    for name in SERIES_FIELDS:
        for word in (name, *FIELDS[name].words):
            assert parse_field(word, MONDAY) == name, word
    assert parse_field("début", MONDAY) == parse_field("start", MONDAY) == "when"
    for word, name in (("règle", "when"), ("jour", "when"), ("day", "when"), ("rule", "when"),
                       ("length", "duration"), ("Capacité", "capacity")):
        assert parse_field(word, MONDAY) == name, word
    for event_only in ("fin", "end", "public", "audience"):  # a series has no such field
        with pytest.raises(UserInputError) as refused:
            parse_field(event_only, MONDAY)
        assert refused.value.key == "error.bad_series_field"


# -- one pacing gate for both platforms, each with its own urgent lane ---------------------------
async def test_only_the_platforms_own_urgent_lane_jumps_its_queue() -> None:
    """Telegram's and Discord's pacing share one queue implementation, not one lane: a card
    edit on Discord must not push ahead of Telegram's reminders (nor the reverse)."""
    import asyncio

    from bot.adapters.discord import pacing as discord
    from bot.adapters.pacing import Gate
    from bot.adapters.telegram import pacing as telegram

    gate = Gate(0.002, telegram.LANE)
    order: list[str] = []

    async def send(name: str, lane: Lane | None = None) -> None:
        if lane is None:
            await gate.wait()
        else:
            with lane.urgent():
                await gate.wait()
        order.append(name)

    background = [asyncio.create_task(send(f"reminder{n}")) for n in range(4)]
    await asyncio.sleep(0)
    await asyncio.gather(send("discord card", discord.LANE), send("telegram reply", telegram.LANE),
                         *background)
    assert order == ["reminder0", "telegram reply", "reminder1", "reminder2", "reminder3",
                     "discord card"]


async def test_editing_a_date_to_a_bare_weekday_reads_every_weekday_word(bot: Bot) -> None:
    """« /modifier 1 date jeu » and « … date thurs » both keep the event's own week: the
    event editor reads the weekday words dates read (bot.dates.WEEKDAY_WORDS)."""
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 3")  # Saturday
    for word, day in (("jeu", "jeudi 3 décembre"), ("thurs", "jeudi 3 décembre"),
                      ("vend", "vendredi 4 décembre")):
        said = await bot.say(f"/modifier {event_id} date {word}")
        assert day in said, (word, said)
