"""Session 7, round 2: the new refusals of round 1 seen from setups that must keep working
(a newcomer's shell, a machine on the association's own network, the systemd unit), and the
restore of a backup taken before posters existed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bot import config

ROOT = Path(__file__).resolve().parent.parent
TELEGRAM_TOKEN = "123456789:AAH-telegram-secret-value_0123456789"


def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL", "DATABASE_PATH",
                            "BACKUP_KEEP")):
            monkeypatch.delenv(name)


# -- a newcomer whose shell already holds another program's variable --------------------------


@pytest.mark.parametrize("name", ["TELEGRAM_TOKEN", "DISCORD_BOT_TOKEN",
                                  "DISCORD_CHANNEL_IDS"])
def test_another_programs_variable_in_the_shell_does_not_stop_the_console(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], name: str) -> None:
    """A newcomer whose shell exports TELEGRAM_TOKEN for another bot typed `make run` on a
    fresh clone (no .env): « TELEGRAM_TOKEN: not a setting of the bot; rename it
    TELEGRAM_BOT_TOKEN » and no console at all (renaming it would have put their other bot's
    token in ours). A name only in the environment is now said, not refused; in `.env` or
    the service's file it is still refused (test_s7_ops)."""
    from bot.__main__ import main

    _clean(monkeypatch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(name, "123456789:AAH-someone-elses-token_0123456789")
    settings = config.load()
    assert not settings.platforms  # nothing of it was taken for ours
    assert any(note.startswith(name) for note in settings.notes)
    assert main(["check"]) == 0
    err = capsys.readouterr().err
    assert name in err and "123456789:AAH" not in err


def test_a_misspelt_name_in_the_env_file_still_stops_the_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _clean(monkeypatch)
    env = tmp_path / ".env"
    env.write_text("TELEGRAM_TOKEN=x\n", encoding="utf-8")
    with pytest.raises(config.ConfigError):
        config.load(dotenv=env)


# -- the agenda tried on the association's own network ----------------------------------------


@pytest.mark.parametrize("url", ["http://focus-pi:8080", "http://raspberrypi.lan:8080",
                                 "http://nas.home.arpa:8080", "http://focus.internal:8080",
                                 "http://100.101.102.103:8080", "http://[fd00::5]:8080"])
def test_a_local_network_address_may_stay_http(url: str) -> None:
    """« http only for this machine or a local network », said the refusal, and yet the
    Raspberry Pi's own name on the association's box (focus-pi, raspberrypi.lan) was told to
    use https, which nothing serves there."""
    assert config.load(env={"WEB_PORT": "8080", "PUBLIC_URL": url},
                       dotenv=None).public_url == url


def test_a_public_name_over_http_is_still_refused() -> None:
    with pytest.raises(config.ConfigError):
        config.load(env={"WEB_PORT": "8080", "PUBLIC_URL": "http://agenda.lefocus.fr"},
                    dotenv=None)


# -- organiser rights: the refusal names the files to change ----------------------------------


def test_check_names_both_files_when_rights_sit_in_the_wrong_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`make check ENV_FILE=/etc/le-focus-bot.env` said « set in .env, while
    TELEGRAM_BOT_TOKEN comes from the environment (under systemd, its EnvironmentFile) »: a
    volunteer does not know which .env nor which file is « the environment ». Both are
    named, in full."""
    from bot.__main__ import main

    _clean(monkeypatch)
    folder = tmp_path / "opt"
    folder.mkdir()
    monkeypatch.chdir(folder)
    (folder / ".env").write_text("TELEGRAM_ORGANIZER_IDS=666666\n", encoding="utf-8")
    service = tmp_path / "le-focus-bot.env"
    service.write_text(f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\nDATABASE_PATH={tmp_path}/f.db\n",
                       encoding="utf-8")
    assert main(["check", "--env-file", str(service)]) == 2
    err = capsys.readouterr().err
    assert str(folder / ".env") in err and str(service) in err


# -- restoring a backup taken before posters existed ------------------------------------------


def test_restoring_a_backup_from_before_posters_says_it_is_restored(
        tmp_path: Path) -> None:
    """A backup from an older release (no poster column) went in place, then the count of
    missing poster pictures failed: « restore failed: no such column: poster; nothing was
    replaced », exit 3, while the old database was already the live one."""
    from bot import ops
    from tests.test_upgrade import previous_release_database

    backup = tmp_path / "focus-2026-10-01.db"
    previous_release_database(backup)
    database = tmp_path / "data" / "focus.db"
    database.parent.mkdir()
    notes: list[str] = []
    ops.restore(database, backup, report=notes.append)
    assert database.is_file()
    assert not any("poster" in note for note in notes)


# -- make on a machine without a recent Python ------------------------------------------------


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_without_the_python_named_says_it_is_missing_in_one_line(tmp_path: Path) -> None:
    """`make run PYTHON=python3.11` on a machine without it printed the shell's own
    « /bin/sh: 2: python3.11: not found », then « missing. » on a line of its own."""
    shutil.copy(ROOT / "Makefile", tmp_path)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    done = subprocess.run(["make", "run", "PYTHON=/nonexistent/python3.11"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "not found" not in done.stderr
    assert "/nonexistent/python3.11 is missing." in done.stderr
