"""`python -m bot run` as an operator meets it: bad tokens, unreachable platforms, unusable
database paths and SIGTERM in the middle of a fan-out.

Each start-up failure must be one line naming the variable, a non-zero exit code, no
traceback and no token.
"""

from __future__ import annotations

import asyncio
import fcntl
import io
import os
import socket
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot import logsafe
from bot.__main__ import main, run
from bot.adapters.telegram import Limits, TelegramAdapter
from bot.config import Settings
from bot.core import Core
from bot.messages import Reply
from fakes.discord_api import FakeDiscord
from fakes.telegram_api import FakeTelegram
from recording import RecordingAdapter
from storage import Storage
from storage.models import Recipient

ROOT = Path(__file__).resolve().parent.parent
GOOD_TELEGRAM = "111111:GOOD-TOKEN-abcdefghijklmnopqrstuvwxyz0123"
BAD_TELEGRAM = "222222:REVOKED-abcdefghijklmnopqrstuvwxyz012345"
DISCORD_GOOD = "MTExMTExMTExMTExMTExMTExMQ.GoodPt.abcdefghijklmnopqrstuvwxyz01234567"
DISCORD_BAD = "MjIyMjIyMjIyMjIyMjIyMjIyMg.BadPrt.abcdefghijklmnopqrstuvwxyz01234567"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No platform variables from the developer's shell or `.env`."""
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_", "DATABASE_", "BACKUP_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def logs() -> Iterator[io.StringIO]:
    """Logging as `python -m bot run` sets it up, at DEBUG, into a string."""
    stream = io.StringIO()
    handler = logsafe.setup("DEBUG", (GOOD_TELEGRAM, BAD_TELEGRAM, DISCORD_GOOD, DISCORD_BAD),
                            stream=stream)
    yield stream
    logsafe.remove(handler)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_one_clean_line(err: str, *expected: str) -> None:
    assert "Traceback" not in err, err
    for text in expected:
        assert text in err, err
    for token in (GOOD_TELEGRAM, BAD_TELEGRAM, DISCORD_GOOD, DISCORD_BAD, "REVOKED", "BadPrt"):
        assert token not in err


# -- tokens and platforms ----------------------------------------------------------------


async def test_rejected_telegram_token_is_named_without_traceback_or_token(
        tmp_path: Path) -> None:
    """The real command line, as a service manager runs it."""
    async with FakeTelegram(GOOD_TELEGRAM) as fake:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TELEGRAM_", "DISCORD_"))}
        env.update(PYTHONPATH=str(ROOT), DATABASE_PATH=str(tmp_path / "focus.db"),
                   TELEGRAM_BOT_TOKEN=BAD_TELEGRAM, TELEGRAM_API_BASE_URL=fake.base_url,
                   LOG_LEVEL="DEBUG", SEED_DEMO="0")
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode not in (0, None)
    text = err.decode() + out.decode()
    assert_one_clean_line(text, "TELEGRAM_BOT_TOKEN rejected by Telegram")


async def test_unreachable_telegram_is_one_clear_line(
        clean_env: Path, logs: io.StringIO, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(database_path=clean_env / "focus.db", telegram_token=GOOD_TELEGRAM,
                        telegram_api_base_url=f"http://127.0.0.1:{closed_port()}/bot",
                        seed_demo=False)
    # The real adapter, retrying with short pauses (by default 5 retries over ~15 s).
    adapter = TelegramAdapter(settings, limits=Limits(backoff=0.01))
    code = await asyncio.wait_for(run(settings, adapters=[adapter], stop=asyncio.Event()), 30)
    assert code != 0
    assert_one_clean_line(capsys.readouterr().err, "Telegram unreachable")
    assert_one_clean_line(logs.getvalue())


@pytest.fixture
async def discord_fake() -> Any:
    async with FakeDiscord(token=DISCORD_GOOD) as fake:
        yield fake


async def test_rejected_discord_token_is_named_without_traceback_or_token(
        discord_fake: FakeDiscord, clean_env: Path, logs: io.StringIO,
        capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(database_path=clean_env / "focus.db", discord_token=DISCORD_BAD,
                        seed_demo=False)
    code = await asyncio.wait_for(run(settings, stop=asyncio.Event()), 30)
    assert code != 0
    assert discord_fake.calls_to("GET", "users/@me")  # the fake really refused it
    assert_one_clean_line(capsys.readouterr().err, "DISCORD_TOKEN rejected by Discord")
    assert_one_clean_line(logs.getvalue())


async def test_unreachable_discord_is_one_clear_line(
        clean_env: Path, logs: io.StringIO, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{closed_port()}/api/v10")
    settings = Settings(database_path=clean_env / "focus.db", discord_token=DISCORD_GOOD,
                        seed_demo=False)
    code = await asyncio.wait_for(run(settings, stop=asyncio.Event()), 30)
    assert code != 0
    assert_one_clean_line(capsys.readouterr().err, "Discord unreachable")
    assert_one_clean_line(logs.getvalue())


# -- DATABASE_PATH -------------------------------------------------------------------------


def run_with_database(path: Path | str, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setenv("DATABASE_PATH", str(path))
    monkeypatch.setenv("SEED_DEMO", "0")
    code = main(["run"])
    return code, capsys.readouterr().err


def assert_database_refused(code: int, err: str, path: Path | str, *causes: str) -> None:
    assert code not in (0, 3), err
    assert_one_clean_line(err, f"DATABASE_PATH={path}")
    assert any(cause in err for cause in causes), err
    assert len(err.strip().splitlines()) == 1, err


def test_database_path_is_a_folder(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = clean_env / "data"
    folder.mkdir()
    code, err = run_with_database(folder, monkeypatch, capsys)
    assert_database_refused(code, err, folder, "is a folder")


def test_database_parent_is_a_file(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    (clean_env / "data").write_text("not a folder")
    path = clean_env / "data" / "focus.db"
    code, err = run_with_database(path, monkeypatch, capsys)
    assert_database_refused(code, err, path, "Not a directory")


def test_database_parent_cannot_be_created(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = Path("/proc/le-focus-missing/data/focus.db")  # the kernel refuses new folders here
    if path.parent.parent.exists() or not Path("/proc/self").exists():
        pytest.skip("needs Linux /proc")
    code, err = run_with_database(path, monkeypatch, capsys)
    assert_database_refused(code, err, path, "cannot create its folder")


def test_database_on_a_read_only_place(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """/sys refuses new files even to root, like a read-only mount."""
    path = Path("/sys/focus.db")
    try:
        open(path, "w").close()  # noqa: SIM115
    except OSError:
        pass
    else:
        path.unlink()
        pytest.skip("/sys is writable here")
    code, err = run_with_database(path, monkeypatch, capsys)
    assert_database_refused(code, err, path, "Permission denied", "not permitted",
                            "read-only", "cannot be opened")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permission bits")
def test_database_in_a_read_only_folder(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = clean_env / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, err = run_with_database(folder / "focus.db", monkeypatch, capsys)
    finally:
        folder.chmod(0o755)
    assert_database_refused(code, err, folder / "focus.db", "Permission denied", "read-only",
                            "cannot be opened")


def test_file_that_is_not_a_database(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = clean_env / "focus.db"
    path.write_bytes(b"These are the minutes of the 2025 general assembly.\n" * 200)
    code, err = run_with_database(path, monkeypatch, capsys)
    assert_database_refused(code, err, path, "not a SQLite database")


async def make_database(path: Path, members: int = 300) -> None:
    from datetime import UTC, datetime

    storage = await Storage.open(path)
    now = datetime(2026, 11, 25, tzinfo=UTC)
    for n in range(members):
        await storage.members.identify("test", f"u{n}", f"Member number {n} " + "x" * 80, now)
    await storage.close()


def test_damaged_database(clean_env: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    path = clean_env / "focus.db"
    asyncio.run(make_database(path))
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    size = path.stat().st_size
    assert size >= 6 * page
    with open(path, "r+b") as handle:  # pages 2.. hold the schema's tables: scribble on them
        for offset in range(page, size, page * 2):
            handle.seek(offset)
            handle.write(b"\xde\xad\xbe\xef" * (page // 8))
    code, err = run_with_database(path, monkeypatch, capsys)
    assert_database_refused(code, err, path, "damaged", "not a SQLite database")


def test_symlink_to_a_database_in_use_is_refused(
        clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = clean_env / "real" / "focus.db"
    real.parent.mkdir()
    link = clean_env / "link.db"
    link.symlink_to(real)
    # Another bot runs on the real path and holds its lock.
    with open(real.with_name("focus.db.lock"), "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        stop = asyncio.Event()
        stop.set()  # were the lock not honoured, the bot would run and stop at once
        code = asyncio.run(run(Settings(database_path=link, seed_demo=False),
                               adapters=[RecordingAdapter()], stop=stop))
    assert code == 3
    assert "already running" in capsys.readouterr().err


# -- SIGTERM during a fan-out ----------------------------------------------------------------


class SlowPlatform(RecordingAdapter):
    """A platform whose private messages never finish, as during a paced fan-out of 1,400."""

    def __init__(self, fan_out: int) -> None:
        super().__init__()
        self.fan_out = fan_out
        self.in_flight = asyncio.Event()
        self.stopped = False

    async def start(self, core: Core) -> None:
        await super().start(core)
        people = [Recipient(n, self.platform, f"u{n}", f"M{n}", "fr", 1)
                  for n in range(self.fan_out)]
        core.notify_all(people, lambda: Reply(text="Rappel : ciné-club ce soir"))

    async def send_private(self, user_id: str, reply: Reply) -> None:
        self.in_flight.set()
        await asyncio.Event().wait()  # never answered

    async def stop(self) -> None:
        self.stopped = True


async def test_stop_during_a_fan_out_returns_in_bounded_time(
        clean_env: Path, logs: io.StringIO) -> None:
    platform = SlowPlatform(fan_out=200)
    stop = asyncio.Event()
    task = asyncio.create_task(run(Settings(database_path=clean_env / "focus.db",
                                            seed_demo=False),
                                   adapters=[platform], stop=stop, drain_seconds=0.05))
    await asyncio.wait_for(platform.in_flight.wait(), 10)
    stop.set()  # what SIGTERM does
    code = await asyncio.wait_for(task, 5)  # the old run() waited for every message
    assert code == 0
    assert platform.stopped
    assert "200 private message(s) not sent" in logs.getvalue()
