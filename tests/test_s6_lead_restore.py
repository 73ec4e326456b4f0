"""Restoring a backup after the disk was lost: the volunteer reinstalled, the bot started on
a fresh, empty database, then yesterday's backup is restored. The fresh database never knew
the members, so they were not "erased since the backup": nobody may be erased for it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT))
    return env


def _say(folder: Path, db: Path, script: str) -> str:
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input=script, text=True,
                            capture_output=True, cwd=folder, env=_env(db), timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _names(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        names = {row[0] for row in conn.execute("SELECT display_name FROM members")}
    conn.close()
    return names


def test_restoring_onto_a_fresh_install_erases_nobody(tmp_path: Path) -> None:
    from bot import ops

    db = tmp_path / "data" / "focus.db"
    _say(tmp_path, db, "/as Léa\n/participer 1 oui +1\n/as Tom\n/participer 1 oui\n")
    saved = tmp_path / "kept-backup.db"
    saved.write_bytes(ops.backup(db).read_bytes())
    for leftover in db.parent.iterdir():  # the disk died: everything in data/ is gone
        if leftover.is_file():
            leftover.unlink()
    _say(tmp_path, db, "/evenements\n")  # reinstalled: the bot starts on a new database
    notes: list[str] = []
    ops.restore(db, saved, report=notes.append)
    assert {"Léa", "Tom"} <= _names(db), (_names(db), notes)
    assert not any("erased from it again" in note for note in notes), notes
    assert any("another installation" in note for note in notes), notes
