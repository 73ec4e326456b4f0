"""The console end to end: `python -m bot run` as a subprocess fed a script on stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(script: str, db: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "bot", "run"], input=script, text=True,
                          capture_output=True, cwd=cwd, env=env, timeout=60)


def test_console_session_in_french_then_restart_keeps_everything(tmp_path: Path) -> None:
    db = tmp_path / "data" / "focus.db"
    first = _run(
        "/aide\n/evenements\n/participer 1 oui +1\n/as Léa\n/participer 1\n"
        "/nouvelevenement Test | demain 20h\n/as\n/nouvelevenement Ciné | 2099-01-02 20h | 2\n"
        "/quit\n/evenements\n",
        db, tmp_path)
    assert first.returncode == 0, first.stderr
    out = first.stdout
    assert "Voici ce que je sais faire" in out
    assert "[Démo]" not in out.split("Prochains événements")[0]
    assert "Soirée jeux de société" in out and "Projection de film" in out
    assert "2 place(s)" in out  # organiser with one guest
    assert "réservée aux organisateur" in out  # Léa is a member
    assert "Événement #3 créé" in out
    assert "Traceback" not in out + first.stderr
    # /quit stopped reading: the line after it was never answered.
    assert out.count("Prochains événements") == 1

    second = _run("/participants 1\n", db, tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Léa" in second.stdout and "Organisateur (+1)" in second.stdout
    assert "Projection de film" not in second.stdout  # no second seeding


def test_console_exits_cleanly_at_end_of_input_and_check_hides_secrets(tmp_path: Path) -> None:
    result = _run("", tmp_path / "focus.db", tmp_path)
    assert result.returncode == 0 and "Console Le Focus" in result.stdout
    env = dict(os.environ, PYTHONPATH=str(ROOT), TELEGRAM_BOT_TOKEN="123456:SECRET-abcdefghijkl",
               TELEGRAM_ORGANIZER_IDS="oops")
    check = subprocess.run([sys.executable, "-m", "bot", "check"], text=True,
                           capture_output=True, cwd=tmp_path, env=env, timeout=60)
    assert check.returncode == 2
    assert "TELEGRAM_ORGANIZER_IDS" in check.stderr and "SECRET" not in check.stderr
