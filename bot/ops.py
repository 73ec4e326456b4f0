"""The operator's toolkit: one-process lock, database checks, backup and restore.

Plain `sqlite3`, no event loop: `python -m bot backup` runs beside a live bot (SQLite's online
backup API copies a consistent snapshot while the bot keeps writing), and `restore` only runs
while no bot holds the lock. Poster pictures are files beside the database: a backup copies
the new ones into `backups/posters/`, a restore puts back those missing.
"""

from __future__ import annotations

import asyncio
import errno
import fcntl
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import IO

from storage.base import read_only_uri
from storage.posters import missing_pictures, poster_path, posters_folder

DEFAULT_KEEP = 14


class OpsError(Exception):
    """A problem the operator must fix; the message is one line, safe to print."""


def lock_file(database: Path) -> Path:
    """The lock lives beside the *resolved* database, so a symlink finds the same lock."""
    real = database.resolve()
    return real.with_name(real.name + ".lock")


def take_lock(database: Path) -> IO[str] | None:
    """One bot per database (a second would send every reminder twice). None: held already.

    Raises OpsError naming DATABASE_PATH when its folder cannot hold the lock.
    """
    problem = folder_problem(database)
    if problem:
        raise OpsError(problem)
    try:
        handle = open(lock_file(database), "w")  # noqa: SIM115
    except OSError as err:
        raise OpsError(f"DATABASE_PATH={database}: cannot write in its folder: "
                       f"{describe_os_error(err)}; {WRITABLE_HINT}") from err
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def describe_os_error(err: OSError) -> str:
    reason = err.strerror or type(err).__name__
    return f"{reason} ({err.filename})" if err.filename else reason


def path_problem(path: Path) -> str | None:
    """Why no file can ever be at `path` (a name longer than the file system takes, a
    character no system call accepts), in words; None if it can be looked at. Python 3.11's
    `Path.exists()` and `is_dir()` raise on such a path instead of answering no."""
    try:
        path.exists()
    except OSError as err:
        if err.errno == errno.ENAMETOOLONG:
            return ("a file or folder name in it is too long for the file system "
                    "(255 bytes at most each); pick a shorter one")
        return err.strerror or type(err).__name__
    if "\0" in str(path):
        return "it holds an invisible character (U+0000); type it again by hand"
    return None


def folder_problem(database: Path) -> str | None:
    """Why the database's path or folder cannot work (created if missing); None if fine."""
    where = f"DATABASE_PATH={database}"
    unusable = path_problem(database)
    if unusable:
        return f"{where}: {unusable}"
    if database.is_dir():
        return f"{where} is a folder; it must name a file, e.g. data/focus.db"
    for parent in database.parents:
        if parent.exists() and not parent.is_dir():
            return f"{where}: {parent} is a file, not a folder (Not a directory)"
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        return f"{where}: cannot create its folder: {describe_os_error(err)}; {WRITABLE_HINT}"
    try:
        # The lock, the -wal and the backups are written there: `check` must see what
        # `run` will hit (another user's folder, outside the unit's ReadWritePaths).
        with tempfile.TemporaryFile(dir=database.parent, prefix=".write-test-"):
            pass
    except OSError as err:
        return (f"{where}: the bot cannot write in {database.parent} "
                f"({err.strerror or type(err).__name__}); {WRITABLE_HINT}")
    return None


WRITABLE_HINT = ("give the bot's user that folder, or set DATABASE_PATH to a folder it can "
                 "write in (under the systemd unit, inside /opt/le-focus-bot/data, its only "
                 "ReadWritePaths)")


def database_problem(database: Path) -> str | None:
    """Why the bot cannot use this database file, in one line naming DATABASE_PATH; None if
    it looks usable. A missing file is fine (it is created)."""
    where = f"DATABASE_PATH={database}"
    problem = folder_problem(database)
    if problem:
        return problem
    if not database.exists():
        return None
    if not os.access(database, os.R_OK):
        return f"{where}: the file cannot be read (permissions)"
    try:
        problem = _integrity(database, quick=True)
    except sqlite3.Error as err:
        return f"{where}: {_explain(err)}"
    if problem:
        return (f"{where}: the database is damaged ({problem}); restore a backup with "
                "`python -m bot restore FILE`")
    try:
        newer = newer_migrations(database)
    except sqlite3.Error as err:
        return f"{where}: {_explain(err)}"
    if newer:
        return (f"{where}: {_newer_text(newer)}; run that release again (`git pull`), or "
                "restore a backup taken before the upgrade")
    return None


def newer_migrations(database: Path) -> list[str]:
    """Migrations recorded in this database that this code does not ship: a newer release
    made it (an upgrade rolled back). Their names; empty for a database we can run on."""
    known = {int(p.name[:4]) for p in resources.files("storage.migrations").iterdir()
             if p.name.endswith(".sql") and p.name[:4].isdecimal()}
    db = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        db.execute("PRAGMA busy_timeout=5000")
        if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'schema_migrations'").fetchone():
            return []
        rows = db.execute("SELECT version, name FROM schema_migrations ORDER BY version")
        return [str(name) for version, name in rows.fetchall() if version not in known]
    finally:
        db.close()


def _newer_text(names: list[str]) -> str:
    return ("this database was made by a newer release of the bot (migration "
            + ", ".join(names) + ", which this code does not have)")


def explain_database_error(database: Path, err: BaseException) -> str:
    """One line for an error raised while opening the database at start-up."""
    where = f"DATABASE_PATH={database}"
    if isinstance(err, sqlite3.Error):
        return f"{where}: {_explain(err)}"
    if isinstance(err, OSError):
        return f"{where}: {describe_os_error(err)}"
    return f"{where}: {type(err).__name__}"


def _explain(err: sqlite3.Error) -> str:
    text = str(err)
    if "not a database" in text:
        return "this file is not a SQLite database (file is not a database)"
    if "malformed" in text or "corrupt" in text:
        return (f"the database is damaged ({text}); restore a backup with "
                "`python -m bot restore FILE`")
    if "readonly" in text or "read-only" in text:
        return f"the file or its folder is read-only ({text})"
    if "unable to open" in text:
        return f"the file cannot be opened or created ({text}); check the folder exists and " \
               "is writable"
    if "locked" in text:
        return f"the database is locked by another program ({text})"
    if "full" in text:
        return f"the disk is full ({text})"
    return text


def _integrity(database: Path, *, quick: bool) -> str | None:
    """None when SQLite finds nothing wrong, else its first complaint."""
    db = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        db.execute("PRAGMA busy_timeout=5000")
        rows = db.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
        found = [str(r[0]) for r in rows.fetchall()]
    finally:
        db.close()
    return None if found == ["ok"] else (found[0] if found else "no answer")


# -- backup -------------------------------------------------------------------------------------


def give_to_folder_owner(path: Path, folder: Path) -> None:
    """Run as root (`sudo make backup`, `sudo … restore`), a file we make would belong to
    root and the bot's own user could no longer write or prune it: it goes to whoever owns
    `folder` (the database's), as if the bot's user had made it."""
    if os.geteuid() != 0:
        return
    try:
        owner = folder.stat()
        if (owner.st_uid, owner.st_gid) != (0, 0):
            os.chown(path, owner.st_uid, owner.st_gid, follow_symlinks=False)
    except OSError:
        pass  # a folder we cannot read or a file system without owners: leave it


def keep_private(database: Path) -> int:
    """Take the other accounts' read rights off what the bot keeps beside `database` (the
    database, its journal and lock, `backups/` and `posters/` with all they hold): an older
    version started from a shell (umask 022) left them « -rw-r--r-- », children's names and
    phone notes included. Never the folder around the database (it may be the home folder);
    links and what the bot's user does not own are left as they are. Returns how many
    changed."""
    real = database.resolve()
    found = [real.with_name(real.name + end) for end in ("", "-wal", "-shm", "-journal")]
    found.append(lock_file(database))
    for folder in (default_backup_dir(real), posters_folder(real)):
        if folder.is_dir() and not folder.is_symlink():
            found.append(folder)
            found.extend(folder.rglob("*"))
    changed = 0
    for path in found:
        try:
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode) or not mode & 0o077:
                continue
            path.chmod(stat.S_IMODE(mode) & ~0o077)
            changed += 1
        except OSError:
            continue  # gone meanwhile, or another account's: left alone
    return changed


def default_backup_dir(database: Path) -> Path:
    """`backups/` beside the database (data/backups by default)."""
    return database.parent / "backups"


def backup(database: Path, folder: Path | None = None, *, keep: int = DEFAULT_KEEP,
           now: datetime | None = None) -> Path:
    """A consistent copy of the live database, named by date and time; older ones pruned.

    The copy is written under a temporary name and renamed, so a backup folder never holds a
    half-written file under a backup's name.
    """
    unusable = path_problem(database)
    if unusable:
        raise OpsError(f"DATABASE_PATH={database}: {unusable}")
    if not database.is_file():
        raise OpsError(f"DATABASE_PATH={database}: no database there to back up")
    folder = folder if folder is not None else default_backup_dir(database)
    unusable = path_problem(folder)
    if unusable:
        raise OpsError(f"backup folder {folder}: {unusable}")
    home = database.resolve().parent
    if folder.exists() and not folder.is_dir():
        raise OpsError(f"backup folder {folder} is a file, not a folder")
    try:
        created = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        if created:
            give_to_folder_owner(folder, home)
    except OSError as err:
        raise OpsError(f"backup folder {folder}: {describe_os_error(err)}") from err
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    stem = database.resolve().stem
    target = folder / f"{stem}-{stamp}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{stamp}-{n}.db"
    partial = target.with_name(target.name + ".part")
    try:
        source = sqlite3.connect(read_only_uri(database), uri=True)
        try:
            source.execute("PRAGMA busy_timeout=10000")
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # One self-contained file: no -wal beside it, whatever the source used.
                copy.execute("PRAGMA journal_mode=DELETE")
                problem = copy.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                copy.close()
        finally:
            source.close()
        if problem != "ok":
            raise OpsError(f"backup of {database} failed its check: {problem}")
        _fsync(partial)
        give_to_folder_owner(partial, home)
        os.replace(partial, target)
        _fsync_dir(folder)
    except sqlite3.Error as err:
        if "full" in str(err):  # the database is only read: the copy's disk is the full one
            raise OpsError(f"backup to {folder} failed: the disk of that folder is full "
                           f"({err}); free space there or pick another folder") from err
        raise OpsError(f"backup of DATABASE_PATH={database} failed: {_explain(err)}") from err
    except OSError as err:
        raise OpsError(f"backup to {folder} failed: {describe_os_error(err)}") from err
    finally:
        partial.unlink(missing_ok=True)
    prune(folder, stem, keep)
    if folder == default_backup_dir(database):
        prune_replaced(database, folder, stem)
    # Beside the copies, as beside the database: one pool shared by every backup.
    copy_posters(posters_folder(database), posters_folder(target))
    return target


def copy_posters(source: Path, target: Path) -> int:
    """Poster files missing from `target`, copied from `source`; how many. A poster file is
    never rewritten (a new picture gets a new random name), so a name present is the same
    picture and backups share one pool of them beside the database copies."""
    if not source.is_dir():
        return 0
    copied = 0
    try:
        if not target.exists():
            target.mkdir(parents=True)
            give_to_folder_owner(target, target.parent)
        for path in source.iterdir():
            if poster_path(source.parent / "x.db", path.name) is None:
                continue  # temporary or foreign file
            dest = target / path.name
            if not dest.exists():
                partial = dest.with_name(dest.name + ".part")
                shutil.copyfile(path, partial)
                give_to_folder_owner(partial, target)
                os.replace(partial, dest)
                copied += 1
    except OSError as err:
        raise OpsError(f"poster pictures to {target}: {describe_os_error(err)}") from err
    return copied


def backups(folder: Path, stem: str) -> list[Path]:
    """This database's backups in `folder`, oldest first (names sort by date)."""
    return sorted(p for p in folder.glob(f"{stem}-*.db") if p.is_file())


def prune(folder: Path, stem: str, keep: int) -> list[Path]:
    old = backups(folder, stem)[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old


_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}_\d{6}")


def prune_replaced(database: Path, folder: Path, stem: str) -> list[Path]:
    """The databases a restore replaced (`<name>.replaced-<date>`) are full copies of
    everyone's data: they go, with their -wal, once older than every backup kept, as the
    backups of their time went (/forgetme promises backups « until they are replaced »)."""
    stamps = [m.group(0) for p in backups(folder, stem) if (m := _STAMP.search(p.name))]
    if not stamps:
        return []
    oldest = min(stamps)
    real = database.resolve()
    gone = []
    for path in real.parent.glob(f"{real.name}.replaced-*"):
        found = _STAMP.search(path.name[len(real.name):])
        if found and found.group(0) < oldest:
            path.unlink(missing_ok=True)
            gone.append(path)
    return gone


# -- restore ------------------------------------------------------------------------------------


def restore(database: Path, source: Path, *, now: datetime | None = None,
            report: Callable[[str], object] | None = None) -> Path | None:
    """Put `source` in place of the database while no bot runs.

    The file is checked first (`PRAGMA integrity_check`); the database it replaces is kept
    as `<name>.replaced-<date>` (with its -wal, if a crash left one); stale -wal/-shm files
    are removed so SQLite cannot replay them onto the restored file. Members in the backup
    who erased their data since (/forgetme) are erased again before it goes in place, and
    `report` is told how many. Returns the kept copy.
    """
    unusable = path_problem(source)
    if unusable:
        raise OpsError(f"{source}: {unusable}")
    if not source.is_file():
        raise OpsError(f"{source}: no such backup file")
    try:
        problem = _integrity(source, quick=False)
        tables = _tables(source)
    except sqlite3.Error as err:
        raise OpsError(f"{source}: {_explain(err)}") from err
    if problem:
        raise OpsError(f"{source} is damaged ({problem}); pick another backup")
    if "schema_migrations" not in tables or "events" not in tables:
        raise OpsError(f"{source} is a SQLite file but not a Le Focus database")
    try:
        newer = newer_migrations(source)
    except sqlite3.Error as err:
        raise OpsError(f"{source}: {_explain(err)}") from err
    if newer:
        raise OpsError(f"{source}: {_newer_text(newer)}; restore it with that release, or "
                       "pick a backup taken before the upgrade")
    lock = take_lock(database)
    if lock is None:
        raise OpsError(f"a bot is running on DATABASE_PATH={database}; stop it first "
                       "(e.g. `systemctl stop le-focus-bot`), then restore")
    try:
        kept = _swap(database, source, now or datetime.now(), report)
        home = posters_folder(database.resolve())
        copy_posters(posters_folder(source), home)
        missing = missing_pictures(database.resolve(), datetime.now(UTC))
        if missing and report is not None:
            report(f"{missing} event(s) still to come have a poster whose picture is not in "
                   f"{home}: copy the posters/ folder that was beside the backup there "
                   "(their cards show without it until then).")
        return kept
    except sqlite3.Error as err:
        raise OpsError(f"restore failed: {_explain(err)}; nothing was replaced") from err
    except OSError as err:
        raise OpsError(f"restore failed: {describe_os_error(err)}") from err
    finally:
        lock.close()


def _tables(path: Path) -> set[str]:
    db = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        db.close()


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` (read only) at `target`, as one file."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _erase_again(current: Path, incoming: Path) -> int:
    """Erase from `incoming` every member who is not in `current` any more, or came back
    there later (erased, then a new first contact): /forgetme outlives a restore. Only when
    both are the same install (its id, made once by migration 0006): -1 when they are not."""
    from storage import Storage

    async def run() -> int:
        old = await Storage.open(current)
        try:
            now_there = await old.members.accounts()
            lineage = await old.feeds.install_id()
        finally:
            await old.close()
        new = await Storage.open(incoming)
        try:
            if await new.feeds.install_id() != lineage:
                # Another install (a fresh database after a lost disk): it never knew these
                # members, so nobody was erased since the backup. Erasing would wipe them all.
                return -1
            erased = 0
            for key, (member_id, first) in (await new.members.accounts()).items():
                there = now_there.get(key)
                if there is None or there[1] > first:
                    await new.members.erase(member_id, datetime.now(UTC))
                    erased += 1
            return erased
        finally:
            await new.close()

    # A thread of its own: restore may be called from a program with a running event loop.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run()).result()


def _swap(database: Path, source: Path, now: datetime,
          report: Callable[[str], object] | None = None) -> Path | None:
    real = database.resolve()
    incoming = real.with_name(real.name + ".restoring")
    _copy_database(source, incoming)
    if real.exists():
        # Compared through a copy: opening the replaced file itself could replay or drop
        # the -wal a crash left beside it, which is kept with it below.
        snapshot = real.with_name(real.name + ".comparing")
        try:
            _copy_database(real, snapshot)
            erased = _erase_again(snapshot, incoming)
        except (sqlite3.Error, OSError) as err:  # the replaced one is damaged: say so
            if report is not None:
                report(f"Could not compare with the replaced database "
                       f"({explain_database_error(real, err)}): members who erased their "
                       "data (/forgetme) after this backup was taken may be in it again.")
        else:
            if erased < 0 and report is not None:
                report("The replaced database is another installation (started afresh): "
                       "nothing to compare; members who erased their data (/forgetme) after "
                       "this backup was taken may be in it again.")
            elif erased and report is not None:
                report(f"{erased} member(s) who erased their data (/forgetme) after this "
                       "backup was taken were erased from it again.")
        finally:
            for leftover in (snapshot, *(snapshot.with_name(snapshot.name + suffix)
                                         for suffix in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        with sqlite3.connect(incoming) as conn:  # one file again, after the erasure
            conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    _fsync(incoming)
    give_to_folder_owner(incoming, real.parent)
    kept: Path | None = None
    stamp = now.strftime("%Y-%m-%d_%H%M%S")
    if real.exists():
        kept = real.with_name(f"{real.name}.replaced-{stamp}")
        os.replace(real, kept)
    for suffix in ("-wal", "-shm"):
        stale = real.with_name(real.name + suffix)
        if stale.exists():
            if suffix == "-wal" and kept is not None and stale.stat().st_size:
                os.replace(stale, kept.with_name(kept.name + "-wal"))  # its last writes
            else:
                stale.unlink()
    os.replace(incoming, real)
    _fsync_dir(real.parent)
    return kept


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
