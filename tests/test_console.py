"""The console end to end: `python -m bot run` as a subprocess fed a script on stdin."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Far ahead but within the 5 years a written date may be (bot.dates.FAR_YEARS): the
# console runs on the real clock.
FAR = (date.today() + timedelta(days=400)).isoformat()


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
        f"/nouvelevenement Test | demain 20h\n/as\n/nouvelevenement Ciné | {FAR} 20h | 2\n"
        "/quit\n/evenements\n",
        db, tmp_path)
    assert first.returncode == 0, first.stderr
    out = first.stdout
    assert "Voici ce que je sais faire" in out
    assert "[Démo]" not in out.split("Prochains événements")[0]
    assert "Soirée jeux de société" in out and "Projection de film" in out
    assert "2 places" in out  # organiser with one guest
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
    assert result.returncode == 0 and "Console du Focus" in result.stdout
    env = dict(os.environ, PYTHONPATH=str(ROOT), TELEGRAM_BOT_TOKEN="123456:SECRET-abcdefghijkl",
               TELEGRAM_ORGANIZER_IDS="oops")
    check = subprocess.run([sys.executable, "-m", "bot", "check"], text=True,
                           capture_output=True, cwd=tmp_path, env=env, timeout=60)
    assert check.returncode == 2
    assert "TELEGRAM_ORGANIZER_IDS" in check.stderr and "SECRET" not in check.stderr


# -- hostile or unlucky input: the console answers and goes on (issue 8) -------------------

VIA = ("pipe", "file")
_CONTROL_BYTES = set(range(0x00, 0x20)) - {0x0A} | {0x7F}


def _run_bytes(data: bytes, db: Path, cwd: Path, via: str) -> tuple[int, str, str]:
    """Run the console with `data` on stdin, through a real pipe or a plain file."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "bot", "run"]
    if via == "pipe":
        result = subprocess.run(command, input=data, capture_output=True, cwd=cwd, env=env,
                                timeout=60)
    else:
        script = cwd / "script.txt"
        script.write_bytes(data)
        with script.open("rb") as stdin:
            result = subprocess.run(command, stdin=stdin, capture_output=True, cwd=cwd,
                                    env=env, timeout=60)
    assert not _CONTROL_BYTES & set(result.stdout), result.stdout[-500:]
    # The terminal only ever receives valid UTF-8 without C1 controls either.
    out = result.stdout.decode("utf-8")
    assert not any("\x80" <= ch <= "\x9f" for ch in out)
    return result.returncode, out, result.stderr.decode("utf-8", errors="replace")


@pytest.mark.parametrize("via", VIA)
def test_a_huge_line_is_refused_politely_and_the_next_line_is_answered(
        tmp_path: Path, via: str) -> None:
    huge = b"/as " + b"a" * 100_000
    accented = "/as " + "é" * 5_000  # 5,004 characters but 10,004 bytes
    fits = "/as " + "è" * 3_996  # exactly 4,000 characters: accepted
    script = (b"/aide\n" + huge + b"\n/evenements\n" + accented.encode() + b"\n"
              + fits.encode() + b"\n/as\n/participer 1\n" + huge)  # ends without a newline
    code, out, err = _run_bytes(script, tmp_path / "focus.db", tmp_path, via)
    assert code == 0, err
    assert "Traceback" not in out + err
    assert out.count("Ce message est trop long") == 3
    assert "Prochains événements" in out  # the line after the huge one
    assert "en tant qu'" + "è" * 40 + " (membre)" in out  # elided before a vowel
    assert "C'est noté" in out  # the organiser's RSVP after all that
    assert "aaaaaaaaaa" not in out and "éééééééééé" not in out  # never echoed back
    assert len(out) < 20_000


@pytest.mark.parametrize("via", VIA)
def test_invalid_utf8_gets_unreadable_and_the_session_goes_on(tmp_path: Path, via: str) -> None:
    script = (b"/as L\xe9a\n/participer 1\n\xff\xfe/aide\n/as L\xc3\xa9a\n/participer 1\n/as\n"
              b"/participants 1\n")
    code, out, err = _run_bytes(script, tmp_path / "focus.db", tmp_path, via)
    assert code == 0, err
    assert "Traceback" not in out + err
    assert out.count("Je n'arrive pas à lire cette ligne") == 2
    assert "\ufffd" not in out
    assert "Voici ce que je sais faire" not in out  # the garbled /aide was not run
    # The unreadable /as changed nobody: the organiser registered, then Léa did.
    assert "Organisateur" in out.split("/participants 1")[-1]
    assert "Léa" in out.split("/participants 1")[-1]


@pytest.mark.parametrize("via", VIA)
def test_control_characters_never_reach_the_terminal(tmp_path: Path, via: str) -> None:
    db = tmp_path / "focus.db"
    code, _, err = _run_bytes(b"/aide\n", db, tmp_path, via)
    assert code == 0, err
    with sqlite3.connect(db) as conn:  # data written earlier, by any platform or by hand
        conn.execute("UPDATE events SET title = 'Jeux\x1b]0;pwned\x07\x1b[2J' WHERE id = 1")
        conn.execute("INSERT INTO members (platform, platform_user_id, display_name, created_at)"
                     " VALUES ('telegram', '42', 'Zo\x1b[31m\x9b7mé\r', '2026-01-01T00:00:00Z')")
        conn.execute("INSERT INTO rsvps (event_id, member_id, state, seats, created_at,"
                     " updated_at) SELECT 1, id, 'going', 1, created_at, created_at"
                     " FROM members WHERE platform_user_id = '42'")
    conn.close()
    script = (b"/as \x1b[31mRouge\x1b]0;titre\x07\x08\n/participer 1\n/as\n"
              b"/evenement 1\n/participants 1\n/aide \x1b[2J\x00\n")
    code, out, err = _run_bytes(script, db, tmp_path, via)
    assert code == 0, err
    assert "Traceback" not in out + err
    # Escape sequences go whole (session 5), not only their ESC byte: no « [31m » left.
    assert "en tant que Rouge (membre)" in out  # the name, without its escape sequences
    assert "[Démo] Jeux\n" in out and "pwned" not in out  # the stored title, defused
    assert "Zoé" in out and "[31m" not in out  # the stored name, defused
    assert "Voici ce que je sais faire" in out


@pytest.mark.parametrize("via", VIA)
def test_a_failing_line_gets_an_apology_and_the_next_line_is_answered(
        tmp_path: Path, via: str) -> None:
    db = tmp_path / "data" / "focus.db"
    code, _, err = _run_bytes(b"/aide\n", db, tmp_path, via)
    assert code == 0, err
    # A storage failure on a new member's first message (like a full disk or a locked file)...
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER no_new_member BEFORE INSERT ON members WHEN NOT EXISTS"
                     " (SELECT 1 FROM members WHERE platform = NEW.platform"
                     " AND platform_user_id = NEW.platform_user_id)"
                     " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    conn.close()
    # ...and a reply the console cannot deliver: its export folder is a plain file.
    (tmp_path / "data" / "exports").write_text("not a folder")
    script = b"/as Nina\n/participer 1\n/as\n/calendrier 1\n/evenements\n/participer 2\n"
    code, out, err = _run_bytes(script, db, tmp_path, via)
    assert code == 0, err
    assert "Traceback" not in out
    assert out.count("Désolé, quelque chose s'est mal passé") == 1  # Nina's storage failure
    # The export failure keeps the answer and says what was not saved.
    assert "Je n'ai pas pu enregistrer le fichier le-focus-1.ics" in out
    assert "Prochains événements" in out  # after both failures
    assert "C'est noté" in out  # the organiser's RSVP to event 2
    assert out.rstrip().endswith("places prises)")  # answered to the very last line
    with sqlite3.connect(db) as conn:
        names = [row[0] for row in conn.execute("SELECT display_name FROM members")]
    conn.close()
    assert "Nina" not in names


def test_console_strings_join_the_catalogue_when_a_console_is_made() -> None:
    """Nothing is added at import (issue 9): the console brings its strings explicitly."""
    import io

    from bot import i18n, strings
    from bot.adapters import console

    assert not [key for key in strings.STRINGS if key in ("console.too_long",
                                                         "console.unreadable")]
    console.ConsoleAdapter(stdin=io.StringIO(""), stdout=io.StringIO())
    for key, entry in console.STRINGS.items():
        assert i18n.CATALOGUE[key] == entry and set(entry) == set(i18n.LOCALES)
