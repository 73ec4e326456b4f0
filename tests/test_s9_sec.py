"""Session 9, a careless admin's seat: organisers written into `.env` the ways people write
them (the same line twice after an edit, a phone number, a group's id without its minus) and
what the bot then does. It must refuse to start, or say plainly at start-up who the
organisers are: never silently widen rights."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import config, logsafe
from bot.__main__ import run
from recording import RecordingAdapter

TELEGRAM_TOKEN = "123456789:AAH-telegram-secret-value_0123456789"
DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.discord-secret-value-1234567890"
OUR_SERVER = "900000000000000100"
ORGA_ROLE = "900000000000000200"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No variable of ours from the developer's shell."""
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_", "DATABASE_", "BACKUP_", "WEB_",
                            "PUBLIC_", "REMINDER_", "SEED_", "LOG_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _load_file(folder: Path, text: str) -> config.Settings:
    path = folder / ".env"
    path.write_text(text, encoding="utf-8")
    return config.load(dotenv=path)


def _problems_of_file(folder: Path, text: str) -> list[str]:
    with pytest.raises(config.ConfigError) as caught:
        _load_file(folder, text)
    return caught.value.problems


# -- the same variable twice ---------------------------------------------------------------


def test_organisers_written_twice_in_env_stop_the_start_naming_both_lines(clean: Path) -> None:
    """The volunteer who left takes her id out of the first line; a second
    TELEGRAM_ORGANIZER_IDS further down, added months ago, still names her. The last line
    silently won: she kept the right to cancel every event, and `check` said « OK »."""
    problems = _problems_of_file(clean, (
        f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
        "TELEGRAM_ORGANIZER_IDS=111111\n"
        "# --- added for the festival ---\n"
        "TELEGRAM_ORGANIZER_IDS=111111,666666\n"))
    [problem] = [p for p in problems if p.startswith("TELEGRAM_ORGANIZER_IDS")]
    assert "lines 2 and 4" in problem, problem
    assert "666666" not in problem and TELEGRAM_TOKEN not in problem


def test_a_discord_role_written_twice_stops_the_start_too(clean: Path) -> None:
    problems = _problems_of_file(clean, (
        f"DISCORD_TOKEN={DISCORD_TOKEN}\nDISCORD_GUILD_IDS={OUR_SERVER}\n"
        f"DISCORD_ORGANIZER_ROLE_IDS={ORGA_ROLE}\n"
        "DISCORD_ORGANIZER_ROLE_IDS=900000000000000300\n"))
    assert any(p.startswith("DISCORD_ORGANIZER_ROLE_IDS") and "lines 3 and 4" in p
               for p in problems), problems


def test_the_same_line_written_twice_with_the_same_value_still_starts(clean: Path) -> None:
    """Harmless: both lines say the same thing; the bot starts with that organiser."""
    settings = _load_file(clean, (f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
                                  "TELEGRAM_ORGANIZER_IDS=111111\n"
                                  "TELEGRAM_ORGANIZER_IDS=111111\n"))
    assert settings.telegram_organizer_ids == (111111,)


# -- numbers that are somebody else's --------------------------------------------------------


@pytest.mark.parametrize("typed", ["0612345678", "+33612345678", "+33 6 12 34 56 78",
                                   "06.12.34.56.78"])
def test_a_phone_number_as_organiser_id_is_refused_as_a_phone_number(
        clean: Path, typed: str) -> None:
    """« Mets ton numéro » : 0612345678 read as the Telegram account 612345678, a
    stranger's, who would have become an organiser."""
    problems = _problems_of_file(clean, (f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
                                         f"TELEGRAM_ORGANIZER_IDS=111111,{typed}\n"))
    [problem] = [p for p in problems if p.startswith("TELEGRAM_ORGANIZER_IDS")]
    assert "phone number" in problem and "/mydata" in problem, problem


@pytest.mark.parametrize("announce", ["", "-1001234567890"])
def test_a_groups_id_without_its_minus_is_not_a_person(clean: Path, announce: str) -> None:
    """The parents' group's id copied into TELEGRAM_ORGANIZER_IDS, its minus lost on the
    way: 1001234567890 is not the group (refused since session 7 with its minus) but an
    account number someone may hold."""
    problems = _problems_of_file(clean, (f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
                                         f"TELEGRAM_ANNOUNCE_CHAT_IDS={announce}\n"
                                         "TELEGRAM_ORGANIZER_IDS=111111,1001234567890\n"))
    [problem] = [p for p in problems if p.startswith("TELEGRAM_ORGANIZER_IDS")]
    assert "1001234567890" in problem and "group" in problem, problem


def test_an_ordinary_user_id_still_passes(clean: Path) -> None:
    settings = _load_file(clean, (f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
                                  "TELEGRAM_ANNOUNCE_CHAT_IDS=-1001234567890\n"
                                  "TELEGRAM_ORGANIZER_IDS=111111, 7012345678\n"))
    assert settings.telegram_organizer_ids == (111111, 7012345678)


# -- who the organisers are, said at start-up ------------------------------------------------


def test_check_lists_the_organisers_not_only_how_many() -> None:
    """`make check` said « TELEGRAM_ORGANIZER_IDS: 2 id(s) »: nobody could see that one of
    the two was the volunteer who left in June."""
    lines = config.describe(config.load(env={
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_ORGANIZER_IDS": "111111,222222",
        "DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER,
        "DISCORD_ORGANIZER_ROLE_IDS": ORGA_ROLE}, dotenv=None))
    [telegram] = [x for x in lines if x.startswith("TELEGRAM_ORGANIZER_IDS")]
    assert "111111" in telegram and "222222" in telegram, telegram
    [discord] = [x for x in lines if x.startswith("DISCORD_ORGANIZER_ROLE_IDS")]
    assert ORGA_ROLE in discord and "Manage Events" in discord, discord


@pytest.fixture
def logs() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logsafe.setup("INFO", (TELEGRAM_TOKEN, DISCORD_TOKEN), stream=stream)
    yield stream
    logsafe.remove(handler)


async def _started(settings: config.Settings) -> None:
    stop = asyncio.Event()
    stop.set()
    adapter = RecordingAdapter()
    assert await asyncio.wait_for(run(settings, adapters=[adapter], stop=stop,
                                      drain_seconds=0.1), 30) == 0


async def test_the_start_says_who_the_organisers_are(clean: Path, logs: io.StringIO) -> None:
    """The service's journal said « telegram adapter started » and nothing of who could
    cancel events: an admin reading it after a doubt learnt nothing."""
    settings = config.load(env={
        "DATABASE_PATH": str(clean / "focus.db"), "SEED_DEMO": "0",
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_ORGANIZER_IDS": "111111,222222",
        "DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER,
        "DISCORD_ORGANIZER_ROLE_IDS": ORGA_ROLE}, dotenv=None)
    await _started(settings)
    text = logs.getvalue()
    [telegram] = [x for x in text.splitlines() if "Telegram organisers" in x]
    assert "111111" in telegram and "222222" in telegram, text
    [discord] = [x for x in text.splitlines() if "Discord organisers" in x]
    assert ORGA_ROLE in discord and OUR_SERVER in discord and "Manage Events" in discord
    assert TELEGRAM_TOKEN not in text and DISCORD_TOKEN not in text


async def test_the_start_warns_when_nobody_can_organise(clean: Path,
                                                        logs: io.StringIO) -> None:
    settings = config.load(env={"DATABASE_PATH": str(clean / "focus.db"), "SEED_DEMO": "0",
                                "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN}, dotenv=None)
    await _started(settings)
    [line] = [x for x in logs.getvalue().splitlines() if "Telegram organisers" in x]
    assert "WARNING" in line and "nobody" in line, line



# -- an address that carries a password ------------------------------------------------------


@pytest.mark.parametrize("url", ["https://admin:s3cret-proxy@agenda.example.org",
                                 "https://admin@agenda.example.org/"])
def test_a_public_address_with_a_login_in_it_is_refused_and_never_printed(url: str) -> None:
    """The admin tried the agenda behind the proxy's password and pasted the address the
    browser showed, login included: every /monagenda link, event page and feed handed the
    proxy's password to every member, and `make check` printed it."""
    with pytest.raises(config.ConfigError) as caught:
        config.load(env={"PUBLIC_URL": url, "WEB_PORT": "8080"}, dotenv=None)
    [problem] = caught.value.problems
    assert problem.startswith("PUBLIC_URL") and "https://agenda.example.org" in problem
    assert "s3cret" not in str(caught.value) and "admin" not in str(caught.value)


async def _one_event(path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from storage import Storage
    from storage.models import NewEvent

    storage = await Storage.open(path)
    try:
        now = datetime.now(UTC)
        await storage.events.create(NewEvent(title="Ciné", starts_at=now + timedelta(days=3),
                                             place="Le Focus", kind="screening", capacity=10),
                                    now)
    finally:
        await storage.close()


async def test_the_nightly_backup_still_runs_with_organisers_written_twice(
        clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The organisers' line written twice stops the bot, not the backup: copying the
    database is what to do before touching anything else."""
    from bot.__main__ import main

    db = clean / "data" / "focus.db"
    await _one_event(db)
    env = clean / "le-focus-bot.env"
    env.write_text(f"DATABASE_PATH={db}\nTELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
                   "TELEGRAM_ORGANIZER_IDS=111111\nTELEGRAM_ORGANIZER_IDS=666666\n",
                   encoding="utf-8")
    assert main(["backup", "--env-file", str(env)]) == 0
    assert list((db.parent / "backups").glob("focus-*.db"))
    assert "TELEGRAM_ORGANIZER_IDS" in capsys.readouterr().err  # said, for later
    assert main(["run", "--env-file", str(env)]) == 2


async def test_a_backup_refuses_when_the_database_itself_is_written_twice(
        clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two DATABASE_PATH lines: which database to copy (or replace) would be a guess."""
    from bot.__main__ import main

    db = clean / "data" / "focus.db"
    await _one_event(db)
    env = clean / "le-focus-bot.env"
    env.write_text(f"DATABASE_PATH={clean / 'old.db'}\nDATABASE_PATH={db}\n", encoding="utf-8")
    assert main(["backup", "--env-file", str(env)]) == 2
    assert "lines 1 and 2" in capsys.readouterr().err


# -- files other users of the machine could read ---------------------------------------------


def _as_typed_in_a_shell(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot …` as a volunteer types it: the shell's usual umask 022 (systemd's unit
    sets 0077; `make run`, `make backup` and `sudo …` do not)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL", "DATABASE_"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "bot", *args], input="", text=True,
                          capture_output=True, cwd=db.parent.parent, env=env, timeout=60,
                          preexec_fn=lambda: os.umask(0o022))  # noqa: PLW1509


def test_the_database_and_its_backups_are_for_the_bots_user_alone(tmp_path: Path) -> None:
    """On the association's shared machine, another account read focus.db and its backups
    (children's first names, desk entries' phone notes, private calendar links): made from a
    shell, they were « -rw-r--r-- »."""
    db = tmp_path / "data" / "focus.db"
    assert _as_typed_in_a_shell(db, "run").returncode == 0  # the console, then the end
    assert _as_typed_in_a_shell(db, "backup").returncode == 0
    [backup] = (db.parent / "backups").glob("focus-*.db")
    for path in (db.parent, db, db.parent / "backups", backup):
        assert path.stat().st_mode & 0o077 == 0, (path, oct(path.stat().st_mode))


def test_the_bots_own_number_is_not_an_organiser(clean: Path) -> None:
    """The admin read « your bot's id is the number before the colon » and put it in
    TELEGRAM_ORGANIZER_IDS: `check` said « 1 id(s) », and nobody could organise."""
    problems = _problems_of_file(clean, (f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\n"
                                         "TELEGRAM_ORGANIZER_IDS=123456789\n"))
    [problem] = [p for p in problems if p.startswith("TELEGRAM_ORGANIZER_IDS")]
    assert "bot's own" in problem and "/mydata" in problem, problem
    assert TELEGRAM_TOKEN not in problem and "AAH" not in problem


def test_files_an_older_version_left_readable_are_made_private_at_the_next_start(
        tmp_path: Path) -> None:
    """The umask came late: a database, its journal and backups made by an older version
    from a shell stayed « -rw-r--r-- » for good. The next start (or backup) closes them; the
    folder around the database (perhaps the home folder, DATABASE_PATH=~/focus.db) is not
    the bot's to change."""
    db = tmp_path / "data" / "focus.db"
    assert _as_typed_in_a_shell(db, "run").returncode == 0
    assert _as_typed_in_a_shell(db, "backup").returncode == 0
    [backup] = (db.parent / "backups").glob("focus-*.db")
    old = [db, db.parent / "backups", backup]
    for path in old:
        path.chmod(0o755 if path.is_dir() else 0o644)
    db.parent.chmod(0o755)
    result = _as_typed_in_a_shell(db, "run")
    assert result.returncode == 0, result.stderr
    for path in old:
        assert path.stat().st_mode & 0o077 == 0, (path, oct(path.stat().st_mode))
    assert db.parent.stat().st_mode & 0o777 == 0o755  # not ours
