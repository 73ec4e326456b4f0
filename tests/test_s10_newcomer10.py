"""Session 10, a volunteer admin following the README on a fresh machine: `make check
ENV_FILE=/etc/le-focus-bot.env` must say what the service will really read. systemd's
EnvironmentFile is not python-dotenv: it keeps a comment written after a value as part of the
value, and it skips `export NAME=…` lines; `check` read both the dotenv way and said
« Configuration OK. », then the service read something else (organisers missing, no token).
Also: a Telegram group's id pasted without its minus in TELEGRAM_ANNOUNCE_CHAT_IDS, and
« SEED_DEMO=non » written in French."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot import config

TOKEN = "123456789:AAH-telegram-secret-value_0123456789"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL", "DATABASE_PATH",
                            "BACKUP_KEEP", "SEED_DEMO", "LOG_LEVEL", "REMINDER_OFFSETS",
                            "DEFAULT_PLACE")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def _check(tmp_path: Path, text: str,
           capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`make check ENV_FILE=…` on the service's file, as the admin sees it."""
    from bot.__main__ import main

    service = tmp_path / "le-focus-bot.env"
    service.write_text(text, encoding="utf-8")
    code = main(["check", "--env-file", str(service)])
    shown = capsys.readouterr()
    return code, shown.out + shown.err


@pytest.mark.parametrize("line, name", [
    ("TELEGRAM_ORGANIZER_IDS=111111 # Marie", "TELEGRAM_ORGANIZER_IDS"),
    ("TELEGRAM_ORGANIZER_IDS=111111,222222   # Marie et Paul", "TELEGRAM_ORGANIZER_IDS"),
    ("WEB_PORT=8080 # le port", "WEB_PORT"),
    ("DEFAULT_PLACE=Le Focus, salle #2", "DEFAULT_PLACE"),
])
def test_a_comment_after_a_value_is_named_by_check(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, name: str) -> None:
    """« TELEGRAM_ORGANIZER_IDS=111111 # Marie »: check said « 1 id(s) = 111111 …
    Configuration OK. », and under systemd the service read « 111111 # Marie » and refused
    to start (or, for DEFAULT_PLACE, the console cut « salle #2 » to « Le Focus, salle »)."""
    code, shown = _check(tmp_path, f"TELEGRAM_BOT_TOKEN={TOKEN}\n{line}\n", capsys)
    assert code != 0
    assert "Configuration OK." not in shown
    assert f"{name}: " in shown and "line 2" in shown
    assert "its own line" in shown
    assert TOKEN not in shown


@pytest.mark.parametrize("line, name", [
    (f"export TELEGRAM_BOT_TOKEN={TOKEN}", "TELEGRAM_BOT_TOKEN"),
    ("export TELEGRAM_ORGANIZER_IDS=111111", "TELEGRAM_ORGANIZER_IDS"),
])
def test_an_export_line_is_named_by_check(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, name: str) -> None:
    """A file copied from a shell script (« export TELEGRAM_BOT_TOKEN=… »): check said
    « Platforms: telegram … Configuration OK. »; systemd skips such a line, so the service
    started with no token (or no organiser)."""
    other = ("TELEGRAM_ORGANIZER_IDS=111111" if "TOKEN" in name
             else f"TELEGRAM_BOT_TOKEN={TOKEN}")
    code, shown = _check(tmp_path, f"{other}\n{line}\n", capsys)
    assert code != 0
    assert "Configuration OK." not in shown
    assert f"{name}: " in shown and "export" in shown and "line 2" in shown
    assert TOKEN not in shown


def test_a_comment_on_its_own_line_and_a_quoted_hash_still_pass(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What both readers take alike stays « Configuration OK. »: comments on their own
    line (as in .env.example), a « # » inside quotes, a « # » with no space before it."""
    code, shown = _check(tmp_path, (f"# Marie et Paul\nTELEGRAM_BOT_TOKEN={TOKEN}\n"
                                    "TELEGRAM_ORGANIZER_IDS=111111\n"
                                    "DEFAULT_PLACE=\"Le Focus, salle #2\"\n"
                                    "ANOTHER_PROGRAM=x # not ours\n"), capsys)
    assert code == 0, shown
    assert "Configuration OK." in shown


def test_backup_is_not_stopped_by_a_comment_on_another_setting(tmp_path: Path) -> None:
    """`backup` reads only DATABASE_PATH and BACKUP_KEEP: a comment after WEB_PORT is for
    later, never a reason not to copy the database."""
    service = tmp_path / "le-focus-bot.env"
    service.write_text("WEB_PORT=8080 # le port\nDATABASE_PATH=data/focus.db\n",
                       encoding="utf-8")
    assert config.load_database(dotenv=service).database_path == Path("data/focus.db")
    service.write_text("DATABASE_PATH=data/focus.db # la base\n", encoding="utf-8")
    with pytest.raises(config.ConfigError) as err:
        config.load_database(dotenv=service)
    assert "DATABASE_PATH" in str(err.value) and "its own line" in str(err.value)


@pytest.mark.parametrize("chats", ["1001234567890", "-1009876543210, 1001234567890"])
def test_an_announcement_groups_id_without_its_minus_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], chats: str) -> None:
    """« TELEGRAM_ANNOUNCE_CHAT_IDS=1001234567890 » (the minus lost when copying):
    « TELEGRAM_ANNOUNCE_CHAT_IDS: 1 chat(s) … Configuration OK. », then every /annoncer
    failed in the parents' group. Named with the id to write."""
    code, shown = _check(tmp_path, (f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
                                    "TELEGRAM_ORGANIZER_IDS=111111\n"
                                    f"TELEGRAM_ANNOUNCE_CHAT_IDS={chats}\n"), capsys)
    assert code != 0
    assert "TELEGRAM_ANNOUNCE_CHAT_IDS: '1001234567890'" in shown
    assert "-1001234567890" in shown


@pytest.mark.parametrize("typed", ["@parentsfocus", "https://t.me/+AbCdEfGh"])
def test_an_announcement_groups_name_or_link_says_what_an_id_looks_like(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str) -> None:
    """« '@parentsfocus' is not a numeric id (expected comma-separated numbers, e.g.
    123456,-100987654) » said what it is not; a group's id is a negative number."""
    code, shown = _check(tmp_path, (f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
                                    "TELEGRAM_ORGANIZER_IDS=111111\n"
                                    f"TELEGRAM_ANNOUNCE_CHAT_IDS={typed}\n"), capsys)
    assert code != 0
    assert "not the group's name or invitation link" in shown


@pytest.mark.parametrize("typed, seeded", [("non", False), ("oui", True), ("Non", False),
                                           ("0", False), ("1", True), ("false", False)])
def test_seed_demo_in_french(typed: str, seeded: bool) -> None:
    """.env.example: « 1 to create two demo events …, 0 not to »; a French volunteer writes
    « SEED_DEMO=non » and got « SEED_DEMO: 1 or 0 », the bot not started."""
    assert config.load(env={"SEED_DEMO": typed}, dotenv=None).seed_demo is seeded


def test_seed_demo_refusal_says_what_it_does() -> None:
    with pytest.raises(config.ConfigError) as err:
        config.load(env={"SEED_DEMO": "peut-être"}, dotenv=None)
    assert "SEED_DEMO: 1 (two demo events on an empty database) or 0" in str(err.value)


async def test_the_journal_at_info_is_not_two_lines_per_heartbeat() -> None:
    """`journalctl -u le-focus-bot -f` at LOG_LEVEL=INFO (the example's): besides the bot's
    own lines, « Running job "Scheduler._heartbeat (trigger: interval[0:00:30] …" and
    « Job … executed successfully » every 30 seconds, 5,760 lines a day. The real
    APScheduler runs one job here; only the bot's line reaches the journal."""
    import asyncio
    import io
    import logging

    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from bot import logsafe

    journal = io.StringIO()
    handler = logsafe.setup("INFO", stream=journal)
    ran = asyncio.Event()
    aps = AsyncIOScheduler()
    try:
        aps.start()
        aps.add_job(ran.set)
        await asyncio.wait_for(ran.wait(), 10)
        aps.shutdown(wait=True)
        logging.getLogger("bot").info("telegram adapter started")
    finally:
        logsafe.remove(handler)
    assert "telegram adapter started" in journal.getvalue()
    assert "Running job" not in journal.getvalue()
    assert "executed successfully" not in journal.getvalue()


@pytest.mark.parametrize("name, typed, fixed", [
    ("TELEGRAM_ORGANIZER_IDS", "111111 222222", "111111,222222"),
    ("TELEGRAM_ANNOUNCE_CHAT_IDS", "-1001234567890 -1009876543210",
     "-1001234567890,-1009876543210"),
    ("DISCORD_ANNOUNCE_CHANNEL_IDS", "1123456789012345678  1123456789012345679",
     "1123456789012345678,1123456789012345679"),
])
def test_ids_separated_by_spaces_are_told_to_use_commas(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, typed: str,
        fixed: str) -> None:
    """« TELEGRAM_ORGANIZER_IDS=111111 222222 » (Marie's and Paul's numbers, as two words):
    « '111111 222222' is not a numeric id …; a @username or a name is not an id: each
    organiser sends /mydata … » — they had sent /mydata, and typed both numbers."""
    discord = ("DISCORD_TOKEN=MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123"
               "456789AB\nDISCORD_GUILD_IDS=1123456789012345670\n")
    code, shown = _check(tmp_path, (f"TELEGRAM_BOT_TOKEN={TOKEN}\n{discord}{name}={typed}\n"),
                         capsys)
    assert code != 0
    assert f"separate them with commas: {fixed}" in shown
    assert "a @username or a name is not an id" not in shown


def test_a_phone_number_written_with_spaces_is_still_named_a_phone_number(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _check(tmp_path, (f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
                                    "TELEGRAM_ORGANIZER_IDS=06 12 34 56 78\n"), capsys)
    assert code != 0 and "is a phone number" in shown


def test_a_discord_start_logs_no_warning_about_voice() -> None:
    """README, « What to monitor »: the WARNING lines. Every start with a Discord token wrote
    « WARNING discord.client: PyNaCl is not installed, voice will NOT be supported » and
    « davey is not installed … »: an admin installs PyNaCl, or worries; the bot never joins a
    voice channel. A fresh process builds the client as `run` does."""
    import subprocess
    import sys

    script = ("import logging, sys\n"
              "logging.basicConfig(level=logging.WARNING, stream=sys.stdout)\n"
              "from bot.config import Settings\n"
              "from bot.adapters.discord.adapter import DiscordAdapter, FocusClient\n"
              "FocusClient(DiscordAdapter(Settings(discord_token='a.b.c', "
              "discord_guild_ids=(1,))))\n"
              "print('built')\n")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=root, timeout=120)
    assert "built" in done.stdout, done.stderr
    assert "voice will NOT be supported" not in done.stdout + done.stderr


def test_check_says_members_links_need_public_url(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Telegram and the web agenda on, PUBLIC_URL forgotten: check said « PUBLIC_URL = (links
    use http://127.0.0.1:WEB_PORT) … Configuration OK. », and Paul's /monagenda gave him
    « http://127.0.0.1:8080/me/… », which no phone can open."""
    code, shown = _check(tmp_path, (f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
                                    "TELEGRAM_ORGANIZER_IDS=111111\nWEB_PORT=8080\n"), capsys)
    assert code == 0
    assert "links sent to members (/monagenda, event pages) point to http://127.0.0.1:8080, " \
           "which their phones cannot open: set PUBLIC_URL" in shown


def test_check_in_the_console_alone_keeps_the_local_address_quiet(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _check(tmp_path, "WEB_PORT=8080\n", capsys)
    assert code == 0 and "PUBLIC_URL = (links use http://127.0.0.1:8080)" in shown
    assert "phones" not in shown
