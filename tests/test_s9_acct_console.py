"""Session 9: the console after a restart. A private message to a member named with /as in
an earlier session showed the id their name became (« [message privé pour lea] Bonne
nouvelle : une place s'est libérée… »): the trial account's own name, Léa, is in the
database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Far ahead but within the 5 years a written date may be (bot.dates.FAR_YEARS): the
# console runs on the real clock.
FAR = (date.today() + timedelta(days=400)).isoformat()


def _run(script: str, db: Path, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "bot", "run"], input=script, text=True,
                          capture_output=True, cwd=cwd, env=env, timeout=60)
    assert done.returncode == 0 and "Traceback" not in done.stdout + done.stderr, done.stderr
    return done.stdout


def test_a_member_named_before_a_restart_keeps_her_name(tmp_path: Path) -> None:
    db = tmp_path / "data" / "focus.db"
    first = _run(f"/nouvelevenement Ciné | {FAR} 20h | 1\n/participer 3 oui\n"
                 "/as Léa\n/participer 3 oui\n/quit\n", db, tmp_path)
    assert "liste d'attente" in first, first
    second = _run("/participer 3 non\n", db, tmp_path)  # Léa gets the seat, told privately
    assert "[message privé pour Léa]" in second, second
    assert "pour lea]" not in second, second
