"""Backup and restore as the association's operator uses them, on real SQLite files.

The round trip that matters: a backup taken while members are answering in a burst, restored
later, holds every RSVP the bot had acknowledged before the backup began.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import ops
from bot.__main__ import main
from bot.messages import Incoming
from recording import Bot
from storage import Storage

BURST = 300


def incoming(user: str, text: str) -> Incoming:
    return Incoming(platform="test", user_id=user, display_name=user.capitalize(),
                    chat_id=f"chat-{user}", text=text, is_private=True, is_organizer=False,
                    platform_locale="fr", action=None, message_id=None)


async def names_going(path: Path, event_id: int) -> set[str]:
    storage = await Storage.open(path)
    try:
        people = await storage.rsvps.attendees(event_id)
        return {a.display_name for a in people if a.state == "going"}
    finally:
        await storage.close()


async def test_backup_during_an_rsvp_burst_then_restore_keeps_every_acknowledged_rsvp(
        bot: Bot, db_path: Path, tmp_path: Path) -> None:
    reply = await bot.say("/newevent Burst | 2026-12-05 20:00")
    event_id = int(reply.split("#")[1].split()[0].rstrip(".,:"))
    acknowledged: list[str] = []
    halfway = asyncio.Event()

    async def answer(n: int) -> None:
        user = f"u{n:03d}"
        replies = await bot.core.handle(incoming(user, f"/participer {event_id} oui"))
        assert replies
        acknowledged.append(user.capitalize())
        if len(acknowledged) >= BURST // 3:
            halfway.set()

    burst = [asyncio.create_task(answer(n)) for n in range(BURST)]
    await halfway.wait()
    before = set(acknowledged)
    # The backup runs in its own thread with its own connection, as `python -m bot backup`
    # does in its own process, while the burst goes on.
    during = await asyncio.to_thread(ops.backup, db_path, tmp_path / "backups", keep=5)
    await asyncio.gather(*burst)
    after = await asyncio.to_thread(ops.backup, db_path, tmp_path / "backups", keep=5)
    assert len(acknowledged) == BURST
    await bot.core.idle()
    await bot.core.storage.close()

    assert sorted(p.name for p in ops.backups(tmp_path / "backups", "focus")) == sorted(
        [during.name, after.name])
    assert not list((tmp_path / "backups").glob("*.part"))

    kept = ops.restore(db_path, during)
    assert kept is not None and kept.name.startswith("focus.db.replaced-")
    restored = await names_going(db_path, event_id)
    assert before <= restored <= set(acknowledged)
    assert await names_going(kept, event_id) == set(acknowledged)  # nothing lost by restoring

    ops.restore(db_path, after)
    assert await names_going(db_path, event_id) == set(acknowledged)


def make_database(path: Path) -> None:
    async def create() -> None:
        storage = await Storage.open(path)
        await storage.close()

    asyncio.run(create())


def test_restore_refused_while_a_bot_runs(db_path: Path, tmp_path: Path) -> None:
    make_database(db_path)
    copy = ops.backup(db_path, tmp_path / "b")
    lock = ops.take_lock(db_path)
    assert lock is not None
    try:
        with pytest.raises(ops.OpsError, match="a bot is running"):
            ops.restore(db_path, copy)
        link = tmp_path / "link.db"
        link.symlink_to(db_path)
        with pytest.raises(ops.OpsError, match="a bot is running"):
            ops.restore(link, copy)
    finally:
        lock.close()
    assert not list(tmp_path.glob("*.replaced-*"))


def test_restore_refuses_a_damaged_or_foreign_file(db_path: Path, tmp_path: Path) -> None:
    make_database(db_path)
    before = db_path.read_bytes()
    damaged = ops.backup(db_path, tmp_path / "b")
    page = 4096
    data = bytearray(damaged.read_bytes())
    for offset in range(page, len(data), page):
        data[offset:offset + 64] = b"\xff" * 64
    damaged.write_bytes(bytes(data))
    with pytest.raises(ops.OpsError, match="damaged|not a SQLite"):
        ops.restore(db_path, damaged)
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (x)").connection.commit()
    with pytest.raises(ops.OpsError, match="not a Le Focus database"):
        ops.restore(db_path, foreign)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ops.OpsError, match="not a SQLite database"):
        ops.restore(db_path, text)
    assert db_path.read_bytes() == before


def test_restore_moves_stale_wal_aside(db_path: Path, tmp_path: Path) -> None:
    make_database(db_path)
    copy = ops.backup(db_path, tmp_path / "b")
    # A crash left the old database's -wal and -shm: SQLite must not replay them onto the
    # restored file.
    Path(str(db_path) + "-wal").write_bytes(b"stale" * 100)
    Path(str(db_path) + "-shm").write_bytes(b"\0" * 100)
    kept = ops.restore(db_path, copy, now=datetime(2026, 11, 26, 3, 0))
    assert kept == db_path.with_name("focus.db.replaced-2026-11-26_030000")
    assert not Path(str(db_path) + "-shm").exists()
    assert Path(str(kept) + "-wal").read_bytes() == b"stale" * 100
    make_database(db_path)  # the restored file opens and migrates
    assert not Path(str(copy) + "-wal").exists()  # a backup is one self-contained file


def test_backups_are_named_by_date_and_the_last_n_kept(db_path: Path,
                                                             tmp_path: Path) -> None:
    make_database(db_path)
    folder = tmp_path / "backups"
    for day in range(1, 6):
        ops.backup(db_path, folder, keep=3, now=datetime(2026, 11, day, 3, 0))
    assert [p.name for p in ops.backups(folder, "focus")] == [
        "focus-2026-11-03_030000.db", "focus-2026-11-04_030000.db",
        "focus-2026-11-05_030000.db"]
    assert ops.default_backup_dir(db_path) == db_path.parent / "backups"


def test_backup_and_restore_from_the_command_line(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    make_database(db_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_PATH", str(db_path))
    monkeypatch.setenv("BACKUP_KEEP", "2")
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DISCORD_")):
            monkeypatch.delenv(name)
    assert main(["backup"]) == 0
    [made] = list((db_path.parent / "backups").glob("focus-*.db"))
    assert str(made) in capsys.readouterr().out
    assert main(["restore", str(made)]) == 0
    assert "replaced database is kept" in capsys.readouterr().out
    monkeypatch.setenv("BACKUP_KEEP", "none")
    assert main(["backup"]) != 0
    assert "BACKUP_KEEP" in capsys.readouterr().err
    monkeypatch.setenv("BACKUP_KEEP", "2")
    lock = ops.take_lock(db_path)
    try:
        assert main(["restore", str(made)]) != 0
        err = capsys.readouterr().err
        assert "a bot is running" in err and "Traceback" not in err
    finally:
        assert lock is not None
        lock.close()


def test_service_unit_restarts_runs_unprivileged_and_outlives_the_shutdown() -> None:
    from bot.__main__ import SHUTDOWN_DRAIN

    unit = (Path(__file__).resolve().parent.parent / "deploy" / "le-focus-bot.service")
    keys: dict[str, str] = {}
    for line in unit.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    assert keys["Restart"] == "on-failure"
    assert keys["User"] not in ("", "root")
    assert keys["EnvironmentFile"].startswith("/etc/")
    assert keys["ExecStart"].endswith("-m bot run")
    assert keys["ReadWritePaths"] == keys["WorkingDirectory"] + "/data"
    assert keys["NoNewPrivileges"] == "yes" and keys["ProtectSystem"] == "strict"
    # The bot's own shutdown (scheduler, drain, adapters) ends well before systemd's kill.
    assert SHUTDOWN_DRAIN + 5 <= int(keys["TimeoutStopSec"]) <= 30


async def test_backup_and_restore_keep_the_poster_pictures(tmp_path: Path) -> None:
    """A restored database whose events show posters finds their files again, even when
    the posters folder was lost with the machine."""
    import shutil

    from storage.models import NewEvent
    from storage.posters import posters_folder

    db_path = tmp_path / "live" / "focus.db"
    storage = await Storage.open(db_path)
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    event = await storage.events.create(
        NewEvent(title="Ciné", starts_at=now + timedelta(days=3), place="Le Focus",
                 kind="screening", capacity=10), now)
    assert await storage.posters.attach(event.id, b"\xff\xd8fake-jpeg", now)
    name = (await storage.events.get(event.id)).poster  # type: ignore[union-attr]
    await storage.close()

    copy = ops.backup(db_path, tmp_path / "backups")
    assert (tmp_path / "backups" / "posters" / name).read_bytes() == b"\xff\xd8fake-jpeg"
    shutil.rmtree(posters_folder(db_path))  # the pictures are lost with the machine

    ops.restore(db_path, copy)
    assert (posters_folder(db_path) / name).read_bytes() == b"\xff\xd8fake-jpeg"
