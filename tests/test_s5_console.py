"""Session 5, the console as a newcomer meets it: `make run` in a terminal or fed a script,
and `make check` on a fresh machine. Each test drives `python -m bot` as a subprocess."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot import config

ROOT = Path(__file__).resolve().parent.parent


def _env(db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT), **extra)
    return env


def _run(script: str, db: Path, cwd: Path) -> str:
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input=script, text=True,
                            capture_output=True, cwd=cwd, env=_env(db), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def _check(db: Path, cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "check"], text=True,
                          capture_output=True, cwd=cwd, env=_env(db, **extra), timeout=60)


def test_saved_files_go_beside_the_database_not_into_the_terminal_folder(
        tmp_path: Path) -> None:
    """`DATABASE_PATH=/tmp/x/focus.db make run`, then /calendrier 1: the .ics used to land in
    ./data/exports of whatever folder the terminal was in, far from the database and its log."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    db = tmp_path / "base" / "focus.db"
    out = _run("/calendrier 1\n", db, elsewhere)
    saved = tmp_path / "base" / "exports" / "le-focus-1.ics"
    assert saved.is_file(), out
    assert str(saved) in out
    assert not (elsewhere / "data").exists()


@pytest.mark.parametrize("kind", ["not-sqlite", "folder"])
def test_check_refuses_a_database_path_that_run_would_refuse(tmp_path: Path,
                                                             kind: str) -> None:
    """`make check` said « Configuration OK. » for DATABASE_PATH=/etc/passwd or a folder,
    then `make run` refused to start."""
    if kind == "folder":
        db = tmp_path
    else:
        db = tmp_path / "notes.txt"
        db.write_text("pas une base\n" * 50)
    result = _check(db, tmp_path)
    assert result.returncode == 4
    assert "Configuration OK." not in result.stdout
    assert f"DATABASE_PATH={db}" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_still_says_ok_for_a_fresh_machine(tmp_path: Path) -> None:
    result = _check(tmp_path / "data" / "focus.db", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Configuration OK." in result.stdout


def test_escape_sequences_are_dropped_whole_not_left_as_garbage(tmp_path: Path) -> None:
    """A line starting with a clear-screen sequence (ESC [ 2 J) used to be read as the text
    « [2J/evenements » (an FAQ miss); a pasted title sequence became part of a name."""
    out = _run("\x1b[2J/evenements\n/as \x1b]0;pwn\x07Zoé\n", tmp_path / "focus.db",
               tmp_path)
    assert "Prochains événements" in out
    assert "[2J" not in out and "]0;" not in out and "pwn" not in out
    assert "en tant que Zoé (membre)" in out


def test_members_named_with_accents_or_emoji_get_readable_and_distinct_accounts(
        tmp_path: Path) -> None:
    """/as Léa showed « Compte console n° l-a »; /as 🙂 and /as 李雷 were one and the same
    member « membre », so one saw the other's answers."""
    out = _run("/as Léa\n/mesdonnees\n/as 🙂\n/participer 1 oui\n/as 李雷\n/mesevenements\n",
               tmp_path / "focus.db", tmp_path)
    assert "Compte d'essai (console) «\xa0lea\xa0»," in out
    assert "l-a" not in out
    last = out.rsplit("> /mesevenements", 1)[1]
    assert "#1" not in last  # 李雷 never answered #1: 🙂 did


def test_as_orga_makes_a_member_not_the_organiser(tmp_path: Path) -> None:
    out = _run("/as Orga\n/mesdonnees\n", tmp_path / "focus.db", tmp_path)
    assert "Compte d'essai (console) «\xa0membre-orga\xa0»," in out


@pytest.mark.parametrize("word", ["exit", "quit", "Quitter"])
def test_exit_typed_alone_leaves_like_quit(tmp_path: Path, word: str) -> None:
    """« exit » is what people type to leave a terminal program: it got the FAQ's « Je ne
    sais pas répondre à ça » and ten topics, and the session went on."""
    out = _run(f"{word}\n/evenements\n", tmp_path / "focus.db", tmp_path)
    assert "Je ne sais pas" not in out
    assert "Prochains événements" not in out  # nothing read after it


def test_back_to_the_organiser_in_english_says_no_french_name(tmp_path: Path) -> None:
    """After /langue en, « /as » answered « You are Organisateur (organiser) again. »"""
    out = _run("/langue en\n/as Léa\n/as\n", tmp_path / "focus.db", tmp_path)
    line = out.rsplit("> /as\n", 1)[1].splitlines()[0]
    assert line == "You are yourself (organiser) again."


def test_organiser_ids_error_gives_a_person_example_not_a_group_id() -> None:
    """TELEGRAM_ORGANIZER_IDS=@lea suggested « e.g. 123456,-100987654 », and the negative
    id it suggested is itself refused for organisers."""
    with pytest.raises(config.ConfigError) as caught:
        config.load({"TELEGRAM_ORGANIZER_IDS": "@lea", "DISCORD_ORGANIZER_ROLE_IDS": "admin"})
    problems = caught.value.problems
    people = next(p for p in problems if p.startswith("TELEGRAM_ORGANIZER_IDS"))
    roles = next(p for p in problems if p.startswith("DISCORD_ORGANIZER_ROLE_IDS"))
    assert "-100" not in people and "-100" not in roles


def test_a_reminder_offset_without_unit_is_refused_not_read_as_minutes() -> None:
    """REMINDER_OFFSETS=2 was taken as 2 minutes (the operator meant 2 hours, most likely)."""
    with pytest.raises(config.ConfigError) as caught:
        config.load({"REMINDER_OFFSETS": "24h,2"})
    assert any(p.startswith("REMINDER_OFFSETS: '2'") for p in caught.value.problems)
    assert config.load({"REMINDER_OFFSETS": "24h,2h"}).reminder_offsets[-1].seconds == 7200


def test_a_dotenv_line_with_an_unclosed_quote_is_named_not_silently_dropped(
        tmp_path: Path) -> None:
    """`TELEGRAM_BOT_TOKEN="123:abc` (no closing quote) in .env: `make check` listed the
    token as « not set », said « Configuration OK. » and printed dotenv's own warning after."""
    (tmp_path / ".env").write_text('WEB_PORT=8080\nTELEGRAM_BOT_TOKEN="123456:SECRETabc\n'
                                   "LOG_LEVEL=INFO\n", encoding="utf-8")
    result = _check(tmp_path / "focus.db", tmp_path)
    assert result.returncode == 2
    assert "Configuration OK." not in result.stdout
    assert ".env line 2 (TELEGRAM_BOT_TOKEN): cannot be read" in result.stderr
    assert "SECRET" not in result.stdout + result.stderr
    assert "python-dotenv" not in result.stderr


def test_a_dotenv_that_is_not_text_is_named(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"WEB_PORT=80\xff\xfe\n")
    result = _check(tmp_path / "focus.db", tmp_path)
    assert result.returncode == 2
    assert ".env: cannot be read" in result.stderr and "Traceback" not in result.stderr


# -- in a real terminal (a pseudo-terminal) -------------------------------------------------

pty = pytest.importorskip("pty")


class _Terminal:
    def __init__(self, db: Path, cwd: Path) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"], stdin=slave,
                                        stdout=slave, stderr=subprocess.PIPE, cwd=cwd,
                                        env=_env(db))
        os.close(slave)
        self.seen = ""

    def read_until(self, marker: str, limit: float = 30.0) -> str:
        deadline = time.monotonic() + limit
        while marker not in self.seen and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the program closed the terminal
                    break
                if not chunk:
                    break
                self.seen += chunk.decode("utf-8", "replace")
        return self.seen

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> int:
        try:
            return self.process.wait(timeout=30)
        finally:
            os.close(self.master)


def test_in_a_terminal_arrow_keys_leave_no_garbage_and_ctrl_d_says_goodbye(
        tmp_path: Path) -> None:
    """A newcomer pressing ← to fix a typo got « Je ne connais pas la commande
    /evenemnts[D[D »; Ctrl-D left the shell's prompt glued to ours (« > $ »)."""
    term = _Terminal(tmp_path / "focus.db", tmp_path)
    term.read_until("> ")
    term.type("/evenemnts\x1b[D\x1b[D\n")
    term.read_until("Vouliez-vous dire")
    term.type("\x04")
    out = term.read_until("À bientôt\u202f!")
    assert term.close() == 0
    assert "/evenemnts[D" not in out.replace("^[[D", "")
    assert "la commande /evenemnts" in out
    assert out.rstrip().endswith("\r\nÀ bientôt\u202f!")  # its own line, not after « > »


def test_a_placeholder_telegram_token_is_named_by_check_never_printed() -> None:
    """TELEGRAM_BOT_TOKEN=mettre-ici-le-jeton-du-bot passed `make check`, then `make run`
    asked Telegram, which said « rejected »: the operator learnt it one step late."""
    placeholder = "mettre-ici-le-jeton-du-bot-svp"
    with pytest.raises(config.ConfigError) as caught:
        config.load({"TELEGRAM_BOT_TOKEN": placeholder})
    [problem] = caught.value.problems
    assert problem.startswith("TELEGRAM_BOT_TOKEN: ") and "@BotFather" in problem
    assert placeholder not in problem
    assert config.load({"TELEGRAM_BOT_TOKEN": "123456789:AAH-abc_def0123456789"}).platforms \
        == ["telegram"]


def test_help_in_the_console_says_how_to_press_a_button(tmp_path: Path) -> None:
    """/aide's console line names /as and /quit but not /bouton, the one a newcomer needs
    for every card; English too."""
    out = _run("/aide\n/langue en\n/help\n", tmp_path / "focus.db", tmp_path)
    [french] = [line for line in out.splitlines() if "/as <prénom>" in line]
    [english] = [line for line in out.splitlines() if "/as <name>" in line]
    assert "/bouton <n>" in french and "/button <n>" in english
