"""The operator's commands (`python -m bot check|run|backup|restore`, what `make check`, `make
run` and `make backup` type) given paths nobody meant: a name too long for the file system,
an invisible control character pasted into `.env`. Each gets one plain line naming what to
fix and an exit code, never a traceback, never a silent stop.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.__main__ import EXIT_CONFIG, EXIT_DATABASE, main

TOO_LONG = "x" * 300  # one name over the 255 bytes file systems take


@pytest.fixture
def here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_", "DATABASE_", "BACKUP_", "WEB_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    db = sqlite3.connect(tmp_path / "data" / "focus.db")  # a database to back up
    db.execute("CREATE TABLE t (x)")
    db.close()
    yield tmp_path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("command", ["check", "run", "backup"])
def test_a_database_path_with_a_name_too_long_is_one_line(
        here: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    """« DATABASE_PATH=data/<300 characters>.db »: `check`, `run` and `backup` ended on a
    traceback (OSError: File name too long) from the first look at the path."""
    (here / ".env").write_text(f"DATABASE_PATH=data/{TOO_LONG}.db\n")
    code, shown = _run([command], capsys)
    assert "Traceback" not in shown and "OSError" not in shown, shown
    assert code in (EXIT_CONFIG, EXIT_DATABASE)
    assert "DATABASE_PATH" in shown and "too long" in shown, shown


def test_a_backup_folder_with_a_name_too_long_is_one_line(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _run(["backup", TOO_LONG], capsys)
    assert "Traceback" not in shown and code == EXIT_DATABASE, shown
    assert shown.startswith("Backup failed: backup folder") and "too long" in shown, shown


def test_a_backup_file_to_restore_with_a_name_too_long_is_one_line(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _run(["restore", TOO_LONG + ".db"], capsys)
    assert "Traceback" not in shown and code == EXIT_DATABASE, shown
    assert shown.startswith("Restore refused:") and "too long" in shown, shown
    assert (here / "data" / "focus.db").exists()  # nothing replaced


@pytest.mark.parametrize("invisible", ["\x00", "\x1b", "\x7f", "\u200b", "\u202e"])
@pytest.mark.parametrize("command", ["check", "run", "backup"])
def test_a_control_character_in_the_database_path_is_named(
        here: Path, capsys: pytest.CaptureFixture[str], command: str, invisible: str) -> None:
    """A NUL pasted into `.env` (« DATABASE_PATH=data/\\0focus.db »): `check` said
    « Configuration OK » and printed the character; `run` stopped without a word on the
    screen (« embedded null byte » went to data/console.log)."""
    (here / ".env").write_bytes(f"DATABASE_PATH=data/{invisible}focus.db\n".encode())
    code, shown = _run([command], capsys)
    assert code == EXIT_CONFIG, shown
    assert "Traceback" not in shown and invisible not in shown, shown
    assert "DATABASE_PATH" in shown and "invisible" in shown, shown


def test_a_public_url_with_a_broken_ipv6_address_is_one_line(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """« PUBLIC_URL=http://[::1 » (the closing bracket forgotten): `check` and `run` ended on
    « ValueError: Invalid IPv6 URL » and its traceback."""
    (here / ".env").write_text("PUBLIC_URL=http://[::1\n")
    code, shown = _run(["check"], capsys)
    assert code == EXIT_CONFIG and "Traceback" not in shown, shown
    assert "PUBLIC_URL" in shown and "https://agenda.example.org" in shown, shown


@pytest.mark.parametrize("variable", ["TELEGRAM_ORGANIZER_IDS", "DISCORD_GUILD_IDS",
                                      "REMINDER_OFFSETS"])
def test_a_malformed_value_is_quoted_without_its_invisible_characters(
        here: Path, capsys: pytest.CaptureFixture[str], variable: str) -> None:
    """The problem line quotes what was typed: an escape sequence pasted there cleared the
    operator's terminal (and the other problems with it), a direction mark flipped the line."""
    (here / ".env").write_text(f"{variable}=\x1b[2J12\u202e\n")
    code, shown = _run(["check"], capsys)
    assert code == EXIT_CONFIG, shown
    assert "\x1b" not in shown and "\u202e" not in shown, shown
    assert f"{variable}: '<U+001B>[2J12<U+202E>'" in shown, shown
