"""Session 7, the volunteer who deploys the bot: settings written the way people write them
(the British « organiser » of our own README, a token pasted with its quotes, an agenda
address without https), and backups taken or restored on a machine where something else is
wrong. Each gets one line saying what to change, and nobody becomes an organiser by
accident."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import config

TELEGRAM_TOKEN = "123456789:AAH-telegram-secret-value_0123456789"
DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.discord-secret-value-1234567890"
OUR_SERVER = "900000000000000100"


def _problems(env: dict[str, str]) -> list[str]:
    with pytest.raises(config.ConfigError) as caught:
        config.load(env=env, dotenv=None)
    return caught.value.problems


# -- a setting under a name the bot does not read ---------------------------------------------


@pytest.mark.parametrize(("written", "meant"), [
    ("TELEGRAM_ORGANISER_IDS", "TELEGRAM_ORGANIZER_IDS"),  # our README says « organiser »
    ("telegram_organizer_ids", "TELEGRAM_ORGANIZER_IDS"),
    ("TELEGRAM_ORGANIZER_ID", "TELEGRAM_ORGANIZER_IDS"),
    ("DISCORD_ORGANISER_ROLE_IDS", "DISCORD_ORGANIZER_ROLE_IDS"),
    ("DISCORD_ORGANIZER_ROLE_ID", "DISCORD_ORGANIZER_ROLE_IDS"),
    ("TELEGRAM_TOKEN", "TELEGRAM_BOT_TOKEN"),
    ("DISCORD_BOT_TOKEN", "DISCORD_TOKEN"),
    ("TELEGRAM_ADMIN_IDS", "TELEGRAM_ORGANIZER_IDS"),
    ("DISCORD_SERVER_ID", "DISCORD_GUILD_IDS"),
])
def test_a_setting_misspelt_is_named_with_the_right_name_not_silently_ignored(
        written: str, meant: str) -> None:
    """The volunteer wrote TELEGRAM_ORGANISER_IDS=123456 (the spelling of every page they
    read): `make check` said « Configuration OK » with 0 organisers, and the bot started
    with nobody able to create an event, and nothing said why."""
    [problem] = _problems({written: "123456"})
    assert problem.startswith(written) and meant in problem


def test_a_misspelt_name_in_the_env_file_is_named_too(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("TELEGRAM_ORGANISER_IDS=123456\n", encoding="utf-8")
    with pytest.raises(config.ConfigError) as caught:
        config.load(dotenv=env)
    assert any("TELEGRAM_ORGANIZER_IDS" in p for p in caught.value.problems)


def test_other_programs_variables_are_left_alone() -> None:
    settings = config.load(env={"PYTHONUNBUFFERED": "1", "DATABASE_URL": "postgres://x",
                                "TELEGRAM_ORGANIZER_IDS": "123456", "DISCORD_GUILD_ID": "",
                                "HOME": "/root", "WEB_CONCURRENCY": "2",
                                "TELEGRAM_CHAT_ID_OF_MY_OTHER_BOT": "5"}, dotenv=None)
    assert settings.telegram_organizer_ids == (123456,)


# -- a value pasted with its quotes -----------------------------------------------------------


@pytest.mark.parametrize("quoted", [f'"{TELEGRAM_TOKEN}"', f"'{TELEGRAM_TOKEN}'",
                                    f"“{TELEGRAM_TOKEN}”", f"« {TELEGRAM_TOKEN} »"])
def test_a_token_pasted_with_its_quotes_says_to_remove_them(quoted: str) -> None:
    """systemd's `Environment=` and Docker's env files keep quotes; a phone's notes app
    makes them curly. « does not look like a token » sent the volunteer back to @BotFather
    for a token that was right."""
    [problem] = _problems({"TELEGRAM_BOT_TOKEN": quoted})
    assert problem.startswith("TELEGRAM_BOT_TOKEN") and "quote" in problem
    assert TELEGRAM_TOKEN not in problem


def test_organiser_ids_pasted_with_quotes_say_to_remove_them() -> None:
    [problem] = _problems({"TELEGRAM_ORGANIZER_IDS": '"123456, 789012"'})
    assert problem.startswith("TELEGRAM_ORGANIZER_IDS") and "quote" in problem


@pytest.mark.parametrize("raw", ["12_345", "１２３４５"])
def test_organiser_ids_are_plain_digits_only(raw: str) -> None:
    """Python's int() reads « 12_345 » as 12345 and full-width digits as digits: an id that
    is not what the volunteer sees is refused, never turned into someone's rights."""
    [problem] = _problems({"TELEGRAM_ORGANIZER_IDS": raw})
    assert problem.startswith("TELEGRAM_ORGANIZER_IDS")


# -- the agenda's public address --------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://agenda.example.org", "http://lefocus.fr/agenda"])
def test_a_public_address_without_https_says_to_use_https(url: str) -> None:
    """Private calendar links (/monagenda) carry a secret; over plain http any Wi-Fi on the
    way reads it, and phones refuse to subscribe to some http feeds."""
    [problem] = _problems({"WEB_PORT": "8080", "PUBLIC_URL": url})
    assert problem.startswith("PUBLIC_URL") and "https://" in problem


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:8080",
                                 "http://192.168.1.20:8080", "https://agenda.example.org/"])
def test_this_machine_or_the_local_network_may_stay_http(url: str) -> None:
    assert config.load(env={"WEB_PORT": "8080", "PUBLIC_URL": url},
                       dotenv=None).public_url == url


@pytest.mark.parametrize("url", ["https://example.org/agenda?x=1",
                                 "https://example.org/#agenda", "https://agenda example.org"])
def test_a_public_address_links_cannot_be_built_on_is_refused(url: str) -> None:
    """Links are PUBLIC_URL + « /e/12 »: after a query or a fragment they lead nowhere."""
    [problem] = _problems({"WEB_PORT": "8080", "PUBLIC_URL": url})
    assert problem.startswith("PUBLIC_URL")


# -- backup and restore on a machine where something else is wrong ---------------------------


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path, settings: str) -> Path:
    """An env file as systemd reads it, and nothing of ours in the environment."""
    import os

    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_", "WEB_", "PUBLIC_URL", "DATABASE_PATH",
                            "BACKUP_KEEP")):
            monkeypatch.delenv(name)
    env = folder / "le-focus-bot.env"
    env.write_text(settings, encoding="utf-8")
    return env


async def _database(path: Path, *, poster: bool = False) -> str:
    from datetime import UTC, datetime, timedelta

    from storage import Storage
    from storage.models import NewEvent

    storage = await Storage.open(path)
    try:
        now = datetime.now(UTC)
        event = await storage.events.create(
            NewEvent(title="Ciné", starts_at=now + timedelta(days=3), place="Le Focus",
                     kind="screening", capacity=10), now)
        if not poster:
            return ""
        assert await storage.posters.attach(event.id, b"\xff\xd8fake-jpeg", now)
        return (await storage.events.get(event.id)).poster  # type: ignore[union-attr]
    finally:
        await storage.close()


async def test_backup_works_while_an_unrelated_setting_is_wrong(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The night the Telegram token was revoked (a placeholder pasted in its place), the
    volunteer's `make backup` refused too, « Configuration problems », when the database
    it copies was right there: the one thing to do before touching anything else."""
    from bot.__main__ import main

    db = tmp_path / "data" / "focus.db"
    await _database(db)
    env = _fresh(monkeypatch, tmp_path, f"DATABASE_PATH={db}\nTELEGRAM_BOT_TOKEN=à-remplir\n")
    assert main(["backup", "--env-file", str(env)]) == 0
    out = capsys.readouterr()
    assert list((db.parent / "backups").glob("focus-*.db"))
    assert "TELEGRAM_BOT_TOKEN" in out.err  # still said, once, for later


async def test_restore_works_while_an_unrelated_setting_is_wrong(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from bot import ops
    from bot.__main__ import main

    db = tmp_path / "data" / "focus.db"
    await _database(db)
    copy = ops.backup(db)
    env = _fresh(monkeypatch, tmp_path, f"DATABASE_PATH={db}\nWEB_PORT=huit mille\n")
    assert main(["restore", "--env-file", str(env), str(copy)]) == 0
    assert "Restored" in capsys.readouterr().out


async def test_backup_still_refuses_when_the_database_setting_itself_is_unreadable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An unclosed quote may have swallowed DATABASE_PATH: copying or replacing whatever
    database the default names would be a guess."""
    from bot.__main__ import main

    env = _fresh(monkeypatch, tmp_path, 'DEFAULT_PLACE="Le Focus\nDATABASE_PATH=x.db\n')
    assert main(["backup", "--env-file", str(env)]) == 2
    assert "line 1" in capsys.readouterr().err


async def test_restore_names_poster_pictures_the_backup_came_without(
        tmp_path: Path) -> None:
    """The volunteer copied only the .db file to the new machine (not the posters/ folder
    beside it) and restored it: the cards went out without their posters and nothing said
    why. Now the restore says how many upcoming events lack their picture and where the
    pictures are expected."""
    from bot import ops

    old = tmp_path / "old" / "focus.db"
    await _database(old, poster=True)
    copy = tmp_path / "usb" / "focus-2026-11-26_030000.db"
    copy.parent.mkdir()
    copy.write_bytes(ops.backup(old, tmp_path / "old-backups").read_bytes())  # .db alone
    new = tmp_path / "new" / "focus.db"
    notes: list[str] = []
    ops.restore(new, copy, report=notes.append)
    [note] = [n for n in notes if "poster" in n]
    assert "1 " in note and str(new.parent / "posters") in note


# -- organiser rights from one place only -----------------------------------------------------


def test_organisers_left_in_a_trial_env_file_never_join_the_services_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The volunteer tried the bot in /opt/le-focus-bot with a .env (a friend's id among
    the organisers), then moved the settings to /etc/le-focus-bot.env for systemd, without
    that line. The service (working directory /opt/le-focus-bot) read both: the friend was
    still an organiser, and `make check ENV_FILE=/etc/le-focus-bot.env` (which does not read
    ./.env) showed nothing. Rights now come from the same place as the token, or the bot
    does not start."""
    _fresh(monkeypatch, tmp_path, "")
    trial = tmp_path / ".env"
    trial.write_text("TELEGRAM_ORGANIZER_IDS=666666\nDISCORD_ORGANIZER_ROLE_IDS=777\n",
                     encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)  # systemd's EnvironmentFile
    monkeypatch.setenv("DISCORD_TOKEN", DISCORD_TOKEN)
    monkeypatch.setenv("DISCORD_GUILD_IDS", OUR_SERVER)
    with pytest.raises(config.ConfigError) as caught:
        config.load(dotenv=trial)
    problems = caught.value.problems
    assert any(p.startswith("TELEGRAM_ORGANIZER_IDS") and ".env" in p for p in problems)
    assert any(p.startswith("DISCORD_ORGANIZER_ROLE_IDS") for p in problems)
    assert TELEGRAM_TOKEN not in "\n".join(problems)


def test_settings_all_in_env_or_all_in_the_environment_still_work(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(monkeypatch, tmp_path, "")
    trial = tmp_path / ".env"
    trial.write_text(f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\nTELEGRAM_ORGANIZER_IDS=1234\n",
                     encoding="utf-8")
    assert config.load(dotenv=trial).telegram_organizer_ids == (1234,)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("TELEGRAM_ORGANIZER_IDS", "5678")  # the environment wins, as before
    assert config.load(dotenv=trial).telegram_organizer_ids == (5678,)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "essai.db"))  # README: beside .env
    assert config.load(dotenv=trial).database_path == tmp_path / "essai.db"


def test_check_of_the_services_file_sees_the_trial_env_file_the_service_will_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from bot.__main__ import main

    service = _fresh(monkeypatch, tmp_path,
                     f"DATABASE_PATH={tmp_path / 'focus.db'}\n"
                     f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\nTELEGRAM_ORGANIZER_IDS=1234\n"
                     "SEED_DEMO=0\n")
    (tmp_path / ".env").write_text("TELEGRAM_ORGANIZER_IDS=1234,666666\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--env-file", str(service)]) == 0  # the service's file wins there
    service.write_text(f"DATABASE_PATH={tmp_path / 'focus.db'}\n"
                       f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\nSEED_DEMO=0\n",
                       encoding="utf-8")  # the organiser line moved out of it
    capsys.readouterr()
    assert main(["check", "--env-file", str(service)]) == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_ORGANIZER_IDS" in err and ".env" in err


# -- a database folder the bot cannot write in ------------------------------------------------


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs /sys (Linux)")
def test_check_says_when_the_database_folder_cannot_be_written(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """DATABASE_PATH in a folder the bot cannot write in (another user's, or outside the
    systemd unit's ReadWritePaths): `make check` said « Configuration OK. », then the
    service failed to start. /sys/kernel exists and refuses writes even to root."""
    from bot.__main__ import main

    env = _fresh(monkeypatch, tmp_path, "DATABASE_PATH=/sys/kernel/focus.db\n")
    assert main(["check", "--env-file", str(env)]) == 4
    err = capsys.readouterr().err
    assert "DATABASE_PATH=/sys/kernel/focus.db" in err and "write" in err
    assert "ReadWritePaths" in err  # what to change under systemd


# -- make run on a machine with an older Python ------------------------------------------------


def test_make_run_with_an_old_python_says_which_python_is_needed(tmp_path: Path) -> None:
    """Ubuntu 22.04's python3 is 3.10: `make run` made a venv, upgraded pip, then pip's
    « requires a different Python » came among screens of output. Now one line first,
    before anything is installed. (A stand-in interpreter that says it is 3.10.)"""
    import shutil
    import subprocess

    make = shutil.which("make")
    if make is None:
        pytest.skip("no make on this machine")
    old = tmp_path / "python3.10"
    old.write_text("#!/bin/sh\n"
                   "case \"$*\" in *version_info*) exit 1;; -V) echo 'Python 3.10.12';; esac\n"
                   "exit 0\n", encoding="utf-8")
    old.chmod(0o755)
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([make, "-f", str(root / "Makefile"), "run", f"PYTHON={old}"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "3.11" in result.stderr and "3.10.12" in result.stderr
    assert not (tmp_path / ".venv").exists()  # nothing half-installed


async def test_the_nightly_backup_runs_even_when_organiser_rights_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot refuses to start on rights read from two places; the backup timer (same
    folder, same files) must still copy the database that night."""
    from bot.__main__ import main

    db = tmp_path / "data" / "focus.db"
    await _database(db)
    _fresh(monkeypatch, tmp_path, "")
    (tmp_path / ".env").write_text(f"DATABASE_PATH={db}\nTELEGRAM_ORGANIZER_IDS=666666\n",
                                   encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.chdir(tmp_path)
    assert main(["run"]) == 2  # refused, as it should
    assert main(["backup"]) == 0
    assert list((db.parent / "backups").glob("focus-*.db"))


def test_check_says_when_nobody_can_organise_on_telegram() -> None:
    """« TELEGRAM_ORGANIZER_IDS: 0 id(s) » read as fine to the volunteer, who then found
    that nobody, themselves included, could create an event."""
    lines = config.describe(config.load(env={"TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN},
                                        dotenv=None))
    [line] = [x for x in lines if x.startswith("TELEGRAM_ORGANIZER_IDS")]
    assert "nobody" in line and "/mydata" in line
    quiet = config.describe(config.load(env={}, dotenv=None))  # the console: no Telegram
    assert not any("nobody" in x for x in quiet)


def test_a_public_address_without_a_port_says_the_agenda_is_not_running() -> None:
    """PUBLIC_URL filled in, WEB_PORT forgotten: no web agenda ran, yet /monagenda handed
    parents private links to it (the proxy answered « 502 Bad Gateway »)."""
    [problem] = _problems({"PUBLIC_URL": "https://agenda.example.org"})
    assert problem.startswith("PUBLIC_URL") and "WEB_PORT" in problem


def test_organisers_exported_in_the_shell_never_join_a_token_read_from_env_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reverse of the trial .env (session 7, final read): the token sits in .env, and a
    TELEGRAM_ORGANIZER_IDS exported in the shell (another bot's, an old test) silently
    replaced the organisers written beside the token. Rights come from one place."""
    _fresh(monkeypatch, tmp_path, "")
    here = tmp_path / ".env"
    here.write_text(f"TELEGRAM_BOT_TOKEN={TELEGRAM_TOKEN}\nTELEGRAM_ORGANIZER_IDS=1234\n",
                    encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_ORGANIZER_IDS", "666666")
    with pytest.raises(config.ConfigError) as caught:
        config.load(dotenv=here)
    [problem] = [p for p in caught.value.problems if p.startswith("TELEGRAM_ORGANIZER_IDS")]
    assert "environment" in problem and str(here.absolute()) in problem, problem
    assert TELEGRAM_TOKEN not in problem
