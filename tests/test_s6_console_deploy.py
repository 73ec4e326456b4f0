"""Session 6, the volunteer who deploys the bot for real, and the newcomer at the console:
what they do that the earlier sessions did not (systemd's empty stdin, placeholders left in
the environment file, a live database being backed up...)."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import config
from bot.adapters.console import ConsoleAdapter

ROOT = Path(__file__).resolve().parent.parent


def _env(db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL"))}
    env.update(DATABASE_PATH=str(db), PYTHONPATH=str(ROOT), **extra)
    return env


def _problems(env: dict[str, str]) -> list[str]:
    with pytest.raises(config.ConfigError) as caught:
        config.load(env=env)
    return caught.value.problems


# -- systemd gives the bot /dev/null as its standard input -----------------------------------


def test_service_started_without_a_token_says_so_instead_of_hanging(tmp_path: Path) -> None:
    """The volunteer copied .env.example to /etc/le-focus-bot.env and started the unit before
    filling in the tokens: with no token the bot became a console chat reading systemd's
    /dev/null, which asyncio watches and never reads — the service stayed « active » forever,
    silent, answering nobody. Now it stops at once with one line saying what to fill in."""
    db = tmp_path / "data" / "focus.db"
    try:
        result = subprocess.run([sys.executable, "-m", "bot", "run"], stdin=subprocess.DEVNULL,
                                capture_output=True, text=True, cwd=tmp_path, env=_env(db),
                                timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("`python -m bot run < /dev/null` never ended")
    assert result.returncode == 2, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "DISCORD_TOKEN" in result.stderr
    assert "make run" in result.stderr  # how to try the console instead
    assert "Traceback" not in result.stdout + result.stderr
    assert "Console du Focus" not in result.stdout  # no chat opened for nobody


def test_console_reading_dev_null_ends_like_an_empty_script(tmp_path: Path) -> None:
    """The console itself, given /dev/null (a character device that epoll refuses): it used
    to wait for ever; now it is the end of input."""
    out = io.StringIO()

    class Host:
        async def handle(self, incoming: object) -> list[object]:
            return []

        async def idle(self) -> None:
            return None

    async def main(stdin: io.TextIOWrapper) -> None:
        console = ConsoleAdapter(stdin=stdin, stdout=out, export_dir=tmp_path)
        await console.start(Host())  # type: ignore[arg-type]
        await asyncio.wait_for(console.finished.wait(), 10)
        await console.stop()

    with open(os.devnull, "rb") as raw, io.TextIOWrapper(raw) as stdin:
        asyncio.run(main(stdin))
    assert "Console du Focus" in out.getvalue()


# -- placeholders left in the environment file -----------------------------------------------


@pytest.mark.parametrize("placeholder", [
    "mettre-ici-le-jeton-du-bot-discord",
    "your_discord_bot_token_here_please",
    "MTIzNDU2Nzg5MDEyMzQ1Njc4",  # only the first part copied (the id, not the secret)
])
def test_a_placeholder_discord_token_is_named_by_check_never_printed(placeholder: str) -> None:
    """DISCORD_TOKEN=mettre-ici-le-jeton-du-bot-discord passed `make check` (it was checked by
    length only), then `make run` went to Discord to be told the token was wrong. A Discord
    bot token is three dot-separated parts; anything else is named before start-up."""
    problems = _problems({"DISCORD_TOKEN": placeholder,
                          "DISCORD_GUILD_IDS": "1123456789012345678"})
    assert any(p.startswith("DISCORD_TOKEN") and "Developer Portal" in p for p in problems)
    assert not any(placeholder in p for p in problems)


def test_a_real_shaped_discord_token_still_passes() -> None:
    token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.discord-secret-value-1234567890"
    settings = config.load(env={"DISCORD_TOKEN": token,
                                "DISCORD_GUILD_IDS": "1123456789012345678"})
    assert settings.discord_token == token


def test_dotenv_is_read_once_at_start_up(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`.env` was opened twice (once to name unreadable lines, once for the values): a file
    being edited meanwhile could give problems from one version and values from another."""
    import builtins

    dotenv = tmp_path / ".env"
    dotenv.write_text("WEB_PORT=8080\nBACKUP_KEEP=3\n", encoding="utf-8")
    opened: list[str] = []
    real_open = builtins.open

    def counting_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(dotenv):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(io, "open", counting_open)
    for name in ("WEB_PORT", "BACKUP_KEEP"):
        monkeypatch.delenv(name, raising=False)
    settings = config.load(dotenv=dotenv)
    assert (settings.web_port, settings.backup_keep) == (8080, 3)
    assert len(opened) == 1, opened


# -- a full disk ------------------------------------------------------------------------------


def test_a_log_that_cannot_be_written_prints_no_traceback_between_the_lines(
        tmp_path: Path) -> None:
    """Disk full (seen on a 400 KB tmpfs): every failing line got the apology, and then
    Python's « --- Logging error --- » with two tracebacks per line was printed between the
    chat lines, because console.log (on the same full disk) could not be written. Now one
    plain line says the log cannot be written, and the chat goes on. /dev/full stands for
    the full disk under the log; the database refuses new members, as a full disk does."""
    import sqlite3

    data = tmp_path / "data"
    db = data / "focus.db"
    first = subprocess.run([sys.executable, "-m", "bot", "run"], input="", text=True,
                           capture_output=True, cwd=tmp_path, env=_env(db), timeout=60)
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER no_new_member BEFORE INSERT ON members"
                     " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    conn.close()
    (data / "console.log").unlink()
    (data / "console.log").symlink_to("/dev/full")
    result = subprocess.run([sys.executable, "-m", "bot", "run"],
                            input="/as Nina\n/evenements\n/as Zoé\n/evenements\n/quit\n",
                            capture_output=True, text=True, cwd=tmp_path, env=_env(db),
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert "Logging error" not in result.stderr
    assert result.stdout.count("quelque chose s'est mal passé") == 2
    assert result.stdout.rstrip().endswith("> /quit")  # the session went on to the end
    notes = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(notes) == 1 and "console.log" in notes[0], result.stderr


# -- a database from a newer release (an upgrade rolled back) --------------------------------


def _newer_database(path: Path) -> None:
    """A database the bot made, then marked with a migration this code does not have."""
    import sqlite3

    result = subprocess.run([sys.executable, "-m", "bot", "run"], input="", text=True,
                            capture_output=True, cwd=path.parent, env=_env(path), timeout=60)
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(path)
    db.execute("INSERT INTO schema_migrations VALUES (9998, '9998_future.sql', '2027-01-01')")
    db.commit()
    db.close()


def test_a_database_from_a_newer_release_is_refused_by_name(tmp_path: Path) -> None:
    """The volunteer upgraded (`git pull`), the bot migrated the database, then they went back
    to the older code (`git checkout`) because something looked wrong: the older code used
    the newer database silently, where a column it does not know can break every answer.
    Now `check` and `run` say which release made it and what to do."""
    db = tmp_path / "focus.db"
    _newer_database(db)
    for command in ("check", "run"):
        result = subprocess.run([sys.executable, "-m", "bot", command], input="", text=True,
                                capture_output=True, cwd=tmp_path, env=_env(db), timeout=60)
        assert result.returncode == 4, (command, result.stdout, result.stderr)
        assert f"DATABASE_PATH={db}" in result.stderr
        assert "newer" in result.stderr and "9998" in result.stderr
        assert "Traceback" not in result.stderr


def test_restoring_a_backup_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    from bot import ops

    newer = tmp_path / "newer" / "focus.db"
    newer.parent.mkdir()
    _newer_database(newer)
    current = tmp_path / "data" / "focus.db"
    with pytest.raises(ops.OpsError, match="newer"):
        ops.restore(current, newer)
    assert not current.exists()  # nothing replaced


# -- the volunteer types the operator commands with sudo -------------------------------------


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give files away")
def test_backup_and_restore_run_as_root_leave_files_the_bot_can_write(tmp_path: Path) -> None:
    """README: « run these as lefocus, never as root: root-owned files in data/ would stop the
    bot ». A volunteer typed `sudo make backup` and `sudo .venv/bin/python -m bot restore
    FILE` anyway: the restored focus.db (and a first backups/ folder) belonged to root, and
    the bot (user lefocus) could no longer write. Files made as root now belong to the owner
    of the database's folder, as if lefocus had made them."""
    from bot import ops

    data = tmp_path / "data"
    data.mkdir()
    db = data / "focus.db"
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input="", text=True,
                            capture_output=True, cwd=tmp_path, env=_env(db), timeout=60)
    assert result.returncode == 0, result.stderr
    bot_user = (65534, 65534)
    for path in (data, db, *data.iterdir()):
        os.chown(path, *bot_user)
    made = ops.backup(db)
    ops.restore(db, made)
    for path in (made.parent, made, db):
        assert (path.stat().st_uid, path.stat().st_gid) == bot_user, path


# -- checking the file systemd reads ----------------------------------------------------------


def test_check_reads_the_environment_file_systemd_uses(tmp_path: Path) -> None:
    """README: tokens go in /etc/le-focus-bot.env (the unit's EnvironmentFile), but `make
    check` reads only ./.env: the volunteer could not check the file the service uses before
    starting it. `python -m bot check --env-file /etc/le-focus-bot.env` does."""
    env_file = tmp_path / "le-focus-bot.env"
    env_file.write_text("TELEGRAM_BOT_TOKEN=mettre-ici-le-jeton\nSEED_DEMO=0\n",
                        encoding="utf-8")
    db = tmp_path / "data" / "focus.db"

    def check(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot", "check", *args], text=True,
                              capture_output=True, cwd=tmp_path, env=_env(db), timeout=60)

    wrong = check("--env-file", str(env_file))
    assert wrong.returncode == 2, wrong.stderr
    assert "TELEGRAM_BOT_TOKEN" in wrong.stderr and "mettre-ici" not in wrong.stderr
    env_file.write_text("TELEGRAM_BOT_TOKEN=123456789:AAH-real-looking_0123456789\n",
                        encoding="utf-8")
    right = check("--env-file", str(env_file))
    assert right.returncode == 0, right.stderr
    assert "TELEGRAM_BOT_TOKEN: set" in right.stdout and "AAH" not in right.stdout
    missing = check("--env-file", str(tmp_path / "nowhere.env"))
    assert missing.returncode == 2
    assert "nowhere.env" in missing.stderr and "no such file" in missing.stderr


# -- two consoles on one database -------------------------------------------------------------


def test_a_second_console_on_the_same_database_says_so_in_the_consoles_language(
        tmp_path: Path) -> None:
    """A newcomer left `make run` open in one terminal and typed it again in another: the
    second got « Another bot is already running on DATABASE_PATH=data/focus.db; stop it first
    (two processes would send every message twice) », in English, about platforms, in a chat
    that speaks French. Now the console's own words: quit the other one, or use another file."""
    db = tmp_path / "data" / "focus.db"
    first = subprocess.Popen([sys.executable, "-m", "bot", "run"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=tmp_path, env=_env(db))
    try:
        assert first.stdout is not None and "Console du Focus" in first.stdout.readline()
        second = subprocess.run([sys.executable, "-m", "bot", "run"], input="/evenements\n",
                                capture_output=True, text=True, cwd=tmp_path, env=_env(db),
                                timeout=60)
    finally:
        first.communicate("/quit\n", timeout=60)
    assert second.returncode == 3
    assert "Une autre console" in second.stderr and "/quit" in second.stderr, second.stderr
    assert "DATABASE_PATH=" in second.stderr  # how to try beside it
    assert "Traceback" not in second.stderr and second.stdout == ""


# -- the backup disk fills up ----------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() != 0, reason="mounts a small tmpfs")
def test_a_full_backup_disk_is_named_not_the_database(tmp_path: Path) -> None:
    """`python -m bot backup /mnt/usb` on a full USB stick said « backup of
    DATABASE_PATH=data/focus.db failed: the disk is full »: the volunteer went looking for
    space beside the database, which was fine. The message now names the backup folder."""
    from bot import ops

    db = tmp_path / "data" / "focus.db"
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input="", text=True,
                            capture_output=True, cwd=tmp_path, env=_env(db), timeout=60)
    assert result.returncode == 0, result.stderr
    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        with pytest.raises(ops.OpsError) as caught:
            ops.backup(db, stick / "backups")
        message = str(caught.value)
        assert str(stick / "backups") in message and "full" in message, message
        assert "DATABASE_PATH" not in message
        assert list((stick / "backups").iterdir()) == []  # no half-written backup left
    finally:
        subprocess.run(["umount", str(stick)], check=False)


def test_a_username_as_organiser_id_says_where_to_find_the_number() -> None:
    """TELEGRAM_ORGANIZER_IDS=@marie was refused (good: nobody becomes an organiser by a
    name), but the volunteer was not told where to find Marie's number."""
    problems = _problems({"TELEGRAM_ORGANIZER_IDS": "@marie, 12345"})
    [problem] = problems
    assert problem.startswith("TELEGRAM_ORGANIZER_IDS") and "@marie" in problem
    assert "/mydata" in problem  # the person sends it to the bot and reads their number


def test_a_role_name_as_organiser_role_says_where_to_copy_the_id() -> None:
    """DISCORD_ORGANIZER_ROLE_IDS=Organisateurs: refused, without saying where the number is."""
    problems = _problems({"DISCORD_ORGANIZER_ROLE_IDS": "Organisateurs"})
    [problem] = problems
    assert problem.startswith("DISCORD_ORGANIZER_ROLE_IDS") and "Copy Role ID" in problem


def test_a_token_pasted_into_the_api_address_is_refused_and_never_printed(
        tmp_path: Path) -> None:
    """TELEGRAM_API_BASE_URL=https://api.telegram.org/bot123…:AAH…/ (the address copied from
    a tutorial, token included): `check` printed it whole on screen, and the bot would call
    …/bot<token><token>/. Now it is named as a problem, the token masked."""
    secret = "123456789:AAH-pasted-secret_0123456789abcdef"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check"], text=True, capture_output=True, cwd=tmp_path,
        env=_env(tmp_path / "focus.db", TELEGRAM_API_BASE_URL=f"https://api.telegram.org/bot"
                 f"{secret}/"), timeout=60)
    assert result.returncode == 2, result.stdout
    assert "TELEGRAM_API_BASE_URL" in result.stderr
    assert "AAH-pasted" not in result.stdout + result.stderr


# -- the guided creation in the console ------------------------------------------------------


def test_the_console_guided_creation_never_asks_for_a_photo(tmp_path: Path) -> None:
    """`/creer` in the console asked « Une affiche ? Envoyez une photo » — a terminal cannot
    send one (/affiche says so itself), and each line typed then got « J'attends une photo
    ici ». After the description, the console goes straight to the preview."""
    script = ("/creer\n/bouton 1\nSoirée jeux spéciale\nsamedi 20h\n/bouton 2\n/bouton 1\n"
              "Venez nombreux !\n")
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input=script, text=True,
                            capture_output=True, cwd=tmp_path,
                            env=_env(tmp_path / "data" / "focus.db"), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Envoyez une photo" not in result.stdout, result.stdout
    assert "Publier" in result.stdout.split("Venez nombreux !")[-1]  # the preview's buttons


# -- a paste of several lines in a terminal ---------------------------------------------------


def test_lines_pasted_together_in_a_terminal_are_one_message(tmp_path: Path) -> None:
    """An organiser pasted a three-line announcement after /annoncer: only « Bonjour à tous, »
    was published; « la soirée de vendredi est reportée. » was answered as a question about
    Friday's programme and « Merci » with « Je ne sais pas répondre à ça ». On Telegram the
    same paste is one message. In a terminal, lines arriving together are one message now,
    unless a line is a command of its own."""
    from test_s5_console import _Terminal

    term = _Terminal(tmp_path / "focus.db", tmp_path)
    term.read_until("> ")
    term.type("/annoncer Bonjour à tous,\nla soirée de vendredi est reportée.\nMerci !\n"
              "/prochain\n")
    out = term.read_until("Boutons")  # the card /prochain shows, once the paste is answered
    term.type("\x04")
    term.read_until("À bientôt")
    assert term.close() == 0
    # What went out, not the terminal's echo of what was typed.
    published = out.split("Annonce du Focus")[1].split("Publié dans")[0]
    assert "la soirée de vendredi est reportée." in published, out
    assert "Merci !" in published
    assert "Rien de prévu" not in out and "Je ne sais pas répondre" not in out
    assert "[Démo] Projection de film" in out  # /prochain stayed a command of its own


def test_a_file_that_cannot_be_saved_still_shows_the_answer(tmp_path: Path) -> None:
    """/participants 1 with the exports folder unusable (disk full, or a file in its place):
    the whole answer was replaced by « Désolé, quelque chose s'est mal passé », the list of
    names included. Now the list shows, and one line says the file could not be saved."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "exports").write_text("not a folder")
    result = subprocess.run([sys.executable, "-m", "bot", "run"],
                            input="/participer 1 oui\n/participants 1\n/langue en\n"
                                  "/calendar 1\n",
                            capture_output=True, text=True, cwd=tmp_path,
                            env=_env(data / "focus.db"), timeout=60)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "mal passé" not in out and "went wrong" not in out, out
    assert "Viennent" in out and "  • Organisateur" in out  # the list itself
    assert "Je n'ai pas pu enregistrer le fichier participants-1.csv" in out, out
    assert "I couldn't save the file le-focus-1.ics" in out, out
    assert "Traceback" not in out + result.stderr


def test_a_tilde_in_database_path_means_home_not_a_folder_named_tilde(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DATABASE_PATH=~/lefocus/focus.db (as a shell would read it) made `make check` create a
    folder literally named « ~ » in the bot's folder — which a volunteer then removes with
    `rm -rf ~`, their whole home. It is the home folder now."""
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = config.load(env={"DATABASE_PATH": "~/lefocus/focus.db"})
    assert settings.database_path == tmp_path / "lefocus" / "focus.db"


# -- restoring a backup must not undo /oubliemoi ----------------------------------------------


def test_a_restore_does_not_bring_back_a_member_who_erased_their_data(tmp_path: Path) -> None:
    """Léa typed /oubliemoi on Tuesday; on Wednesday the volunteer restored Monday's backup
    (README, "Backups"): Léa, her answers and her name were back in the database, and the
    bot would write to her again. A restore now erases again whoever is in the backup but
    was erased since, and says how many."""
    import sqlite3

    from bot import ops

    db = tmp_path / "data" / "focus.db"

    def say(script: str) -> str:
        result = subprocess.run([sys.executable, "-m", "bot", "run"], input=script, text=True,
                                capture_output=True, cwd=tmp_path, env=_env(db), timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    say("/as Léa\n/participer 1 oui +1\n/as Tom\n/participer 1 oui\n")
    monday = ops.backup(db)
    say("/as Léa\n/oubliemoi confirmer\n")
    notes: list[str] = []
    ops.restore(db, monday, report=notes.append)
    with sqlite3.connect(db) as conn:
        names = {row[0] for row in conn.execute("SELECT display_name FROM members")}
    conn.close()
    assert "Léa" not in names and "Tom" in names
    assert any("1" in note and "/forgetme" in note for note in notes), notes
    assert "Léa" not in say("/participants 1\n")


def test_a_paste_after_a_console_command_is_not_glued_to_it(tmp_path: Path) -> None:
    """Pasting « /as Léa » then « bonjour » together must not make a member named
    « Léa bonjour »: the console's own commands (/as, /bouton, /quit) take one line."""
    from test_s5_console import _Terminal

    term = _Terminal(tmp_path / "focus.db", tmp_path)
    term.read_until("> ")
    term.type("/as Léa\nbonjour\n")
    term.read_until("Bonjour")  # the greeting the FAQ gives « bonjour »
    term.type("/mesdonnees\n")
    out = term.read_until("Rien d'autre")
    term.type("\x04")
    term.read_until("À bientôt")
    assert term.close() == 0
    assert "en tant que Léa (membre)" in out, out
    assert "nom affiché : Léa\r\n" in out.replace("\u00a0", " "), out


def test_a_replaced_database_goes_with_the_backups_of_its_time(tmp_path: Path) -> None:
    """Each restore keeps the database it replaced (focus.db.replaced-<date>), and nothing
    ever removed it: a full copy of everyone's data, erased members included, kept for good
    beside the database, where /oubliemoi promises « backups until they are replaced ».
    Now the daily backup removes a replaced copy once it is older than every backup kept."""
    from datetime import datetime

    from bot import ops

    db = tmp_path / "data" / "focus.db"
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input="", text=True,
                            capture_output=True, cwd=tmp_path, env=_env(db), timeout=60)
    assert result.returncode == 0, result.stderr
    first = ops.backup(db, keep=2, now=datetime(2026, 11, 1, 3, 30))
    kept = ops.restore(db, first, now=datetime(2026, 11, 2, 12, 0))
    assert kept is not None and kept.exists()
    os.utime(kept, (datetime(2026, 11, 2, 12, 0).timestamp(),) * 2)
    ops.backup(db, keep=2, now=datetime(2026, 11, 3, 3, 30))
    assert kept.exists()  # the backup of Nov 1 is still kept: so is what replaced it
    ops.backup(db, keep=2, now=datetime(2026, 11, 4, 3, 30))
    assert not kept.exists()  # every backup kept is newer: it goes, like Nov 1's
