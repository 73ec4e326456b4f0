"""`python -m bot run` starts the bot; `check` validates the configuration; `backup [DIR]`
copies the live database; `restore FILE` puts a backup back while the bot is stopped.

Start-up problems an operator can fix (a rejected token, an unreachable platform, a database
path that cannot work) end with one line naming the variable and a non-zero exit code, never
a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sqlite3
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot import config, logsafe, ops

if TYPE_CHECKING:
    from bot.core import Core
    from bot.platform import Platform as Adapter
    from bot.scheduler import Scheduler
    from bot.web import WebServer

log = logging.getLogger("bot")

EXIT_ERROR = 1  # an unexpected error (logged, redacted)
EXIT_CONFIG = 2  # a variable is malformed
EXIT_RUNNING = 3  # another bot holds the database
EXIT_DATABASE = 4  # DATABASE_PATH cannot be used
EXIT_PLATFORM = 5  # a token was rejected or a platform is unreachable
SHUTDOWN_DRAIN = 3.0  # seconds the private messages in flight get at shutdown


class StartupError(Exception):
    """A problem the operator must fix; the message is one line, safe to print."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def explain_platform_error(platform: str, err: BaseException) -> str | None:
    """One line for a platform refusing us at start-up; None if it is not that kind."""
    if platform == "telegram":
        from telegram.error import InvalidToken, NetworkError

        if isinstance(err, InvalidToken):
            return ("TELEGRAM_BOT_TOKEN rejected by Telegram: check the token @BotFather gave "
                    "(it may have been revoked)")
        if isinstance(err, NetworkError):
            return (f"Telegram unreachable ({type(err).__name__}): check the network, DNS or "
                    "TELEGRAM_API_BASE_URL; the bot did not start")
    elif platform == "discord":
        import aiohttp
        import discord

        if isinstance(err, discord.LoginFailure):
            return ("DISCORD_TOKEN rejected by Discord: check the bot token in the developer "
                    "portal (it may have been reset)")
        if isinstance(err, aiohttp.ClientError | OSError | discord.GatewayNotFound
                      | discord.DiscordServerError | TimeoutError):
            return (f"Discord unreachable ({type(err).__name__}): check the network or DNS; "
                    "the bot did not start")
    return None


def _build_adapters(settings: config.Settings) -> list[Adapter]:
    adapters: list[Adapter] = []
    if settings.telegram_token:
        from bot.adapters.telegram import TelegramAdapter

        adapters.append(TelegramAdapter(settings))
    if settings.discord_token:
        from bot.adapters.discord import DiscordAdapter

        adapters.append(DiscordAdapter(settings))
    return adapters


def _console_line(key: str, locale: str | None = None, **values: object) -> str:
    """A start-up line for someone trying the console: in the console's words and language
    (French first, like its welcome, or the one they chose there), not the operator's."""
    from bot import i18n
    from bot.adapters.console import STRINGS

    i18n.add_strings(STRINGS)
    with i18n.using(locale or i18n.DEFAULT_LOCALE):
        return i18n.t(key, **values)


async def _console_locale(core: Core) -> str:
    """The language the console's organiser chose last time (/langue), else French: the
    welcome and the web agenda's address greet them in it at the next start."""
    from bot.adapters.console import ORGANIZER
    from bot.i18n import pick_locale

    member = await core.storage.members.find("console", ORGANIZER[0])
    return pick_locale(member.language if member else None, None)


def _chosen_locale(settings: config.Settings) -> str:
    """The console's language read from the database another process holds (read only)."""
    from bot.adapters.console import ORGANIZER
    from bot.i18n import pick_locale
    from storage.members import chosen_language

    return pick_locale(chosen_language(settings.database_path, "console", ORGANIZER[0]), None)


async def _open_core(settings: config.Settings, *, console: bool = False) -> Core:
    """The database, checked first; `console`: the console chat will be the only platform,
    which needs someone at the terminal (checked after the database, before it is seeded)."""
    from bot.app import create_core

    path = settings.database_path
    problem = await asyncio.to_thread(ops.database_problem, path)
    if problem:
        raise StartupError(problem, EXIT_DATABASE)
    if console and _nobody_at_the_console():
        raise StartupError(NO_PLATFORM_NO_TERMINAL, EXIT_CONFIG)
    try:
        return await create_core(settings)
    except (sqlite3.Error, OSError) as err:
        raise StartupError(ops.explain_database_error(path, err), EXIT_DATABASE) from err


async def drain(core: Core, seconds: float) -> int:
    """Give the core's background work `seconds` to finish, then cancel the rest.

    Returns how many private messages (`PRIVATE_SENDS`) were left unsent, so the operator
    knows. Reminders are not among them: the scheduler sends those and leaves what it could
    not send in the database for the next start.
    """
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.shield(core.idle()), seconds)
    left = [task for task in list(core._tasks) if not task.done()]
    unsent = sum(1 for task in left if _is_private_message(task))
    for task in left:
        task.cancel()
    if left:
        await asyncio.gather(*left, return_exceptions=True)
    return unsent


# What a private message in flight runs as: a notice to one member (`Core.notify`), or one
# of a fan-out kept in the outbox, already written (`Core._deliver`).
PRIVATE_SENDS = frozenset({"Core.notify", "Core._deliver"})


def _is_private_message(task: asyncio.Task[object]) -> bool:
    coro = task.get_coro()
    return getattr(coro, "__qualname__", "") in PRIVATE_SENDS


async def run(settings: config.Settings, *, adapters: Sequence[Adapter] | None = None,
              stop: asyncio.Event | None = None, drain_seconds: float = SHUTDOWN_DRAIN) -> int:
    """Run until SIGINT/SIGTERM (or `stop`), then shut down within a few seconds.

    `adapters` and `stop` let tests run the real life cycle without platforms or signals.
    """
    try:
        lock = ops.take_lock(settings.database_path)
    except ops.OpsError as err:
        print(err, file=sys.stderr)
        return EXIT_DATABASE
    console = adapters is None and not settings.platforms  # the console chat, alone
    if lock is None:
        if console:
            print(_console_line("console.already_running", _chosen_locale(settings),
                                path=settings.database_path), file=sys.stderr)
        else:
            print(f"Another bot is already running on DATABASE_PATH={settings.database_path}; "
                  "stop it first (two processes would send every message twice).",
                  file=sys.stderr)
        return EXIT_RUNNING
    _keep_private(settings)
    try:
        try:
            core = await _open_core(settings, console=console)
        except StartupError as err:
            print(err, file=sys.stderr)
            return err.code
        try:
            return await _serve(core, settings, adapters, stop, drain_seconds)
        finally:
            await core.storage.close()
    finally:
        lock.close()


async def _serve(core: Core, settings: config.Settings, adapters: Sequence[Adapter] | None,
                 stop: asyncio.Event | None, drain_seconds: float) -> int:
    from bot.app import settle_heap
    from bot.scheduler import Scheduler

    for warning, line in config.organisers(settings):
        # Said at every start, in the journal: rights never widen unseen.
        log.log(logging.WARNING if warning else logging.INFO, "%s", line)
    console = None
    chosen = list(adapters) if adapters is not None else _build_adapters(settings)
    if not chosen:
        from bot.adapters.console import ConsoleAdapter

        # Files it saves (CSV, .ics) go beside the database, like its log: not into
        # whatever folder the terminal happened to be in.
        console = ConsoleAdapter(export_dir=settings.database_path.parent / "exports",
                                 locale=await _console_locale(core))
        chosen.append(console)
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    started: list[Adapter] = []
    scheduler: Scheduler | None = None
    code = 0
    web = await _start_web(core, console.locale if console is not None else None)
    try:
        for adapter in chosen:
            core.add_adapter(adapter)
            try:
                await adapter.start(core)
            except Exception as err:
                problem = explain_platform_error(adapter.platform, err)
                if problem is None:
                    raise
                print(problem, file=sys.stderr)
                code = EXIT_PLATFORM
                break
            started.append(adapter)
            log.info("%s adapter started", adapter.platform)
        if code == 0:
            scheduler = Scheduler(core)
            await scheduler.start()
            settle_heap()
            waiters = [asyncio.ensure_future(stop.wait())]
            if console is not None:
                waiters.append(asyncio.ensure_future(console.finished.wait()))
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()
    finally:
        if web is not None:
            await web.stop()
        await _shutdown(core, scheduler, started, drain_seconds)
    return code


async def _start_web(core: Core, console: str | None) -> WebServer | None:
    """The web agenda when WEB_PORT is set; the console demo prints its address in its
    reader's language (`console`). aiohttp's client and server cost ~170 ms and several MiB:
    imported only when there is a port. Links may name a kind as organisers type it
    (« ?kind=jeux »)."""
    if not core.settings.web_port:
        return None
    from bot.web import start_web
    from commands.events import calendar
    from commands.events.parsers import KIND_WORDS

    def say(url: str) -> None:
        if console is not None:
            print(_console_line("console.web_agenda", console, url=url))

    web = await start_web(core, calendar, say=say, kinds=KIND_WORDS)
    if web is None and console is not None:
        # The reason is in console.log, which a newcomer does not read.
        print(_console_line("console.web_failed", console, port=core.settings.web_port))
    return web


async def _shutdown(core: Core, scheduler: Scheduler | None, started: list[Adapter],
                    drain_seconds: float) -> None:
    """Scheduler first (no new fan-out), then the messages in flight get `drain_seconds`
    while the platforms are still connected, then the adapters close."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    if scheduler is not None:
        try:
            await asyncio.wait_for(scheduler.stop(), drain_seconds)
        except TimeoutError:
            log.warning("scheduler did not stop within %.0f s", drain_seconds)
    unsent = await drain(core, max(0.0, drain_seconds - (loop.time() - began)))
    try:  # which event members were last told of: a reply after the restart reads it
        await core.save_told()
    except Exception:
        log.exception("could not note which events members were told of")
    if unsent:
        # Notices of a change, a cancellation, an organiser's message are kept in the
        # database (`storage.outbox`) and go at the next start; a seat freed for the
        # waitlist is not (the reminder says it). Reminders are the scheduler's.
        log.warning("shutting down: %d private message(s) not sent (notices in flight;"
                    " those kept go at the next start)", unsent)
    for adapter in reversed(started):
        try:
            await adapter.stop()
        except Exception:
            log.exception("stopping %s failed", adapter.platform)
    unsent = await drain(core, 0.5)
    if unsent:
        log.warning("shutting down: %d more private message(s) not sent", unsent)


def _database_settings(env_file: str | None) -> config.Settings | None:
    """For backup and restore: the database's settings even when another variable is wrong
    (that one is printed, for later: a backup is what to do before fixing anything)."""
    try:
        if env_file is not None and not Path(env_file).is_file():
            raise config.ConfigError([f"--env-file {env_file}: no such file"])
        found = config.load_database(dotenv=".env" if env_file is None else env_file)
    except config.ConfigError as err:
        _print_problems(err.problems)
        return None
    try:
        config.load(dotenv=".env" if env_file is None else env_file)
    except config.ConfigError as err:
        _print_problems(err.problems, "Other settings to fix before the bot starts "
                                      f"(DATABASE_PATH={found.database_path} is fine):")
    return found


def _print_problems(problems: list[str], title: str = "Configuration problems:") -> None:
    print(title, file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)


def _keep_private(settings: config.Settings) -> None:
    """What an older version left readable by every account of the machine (`ops.keep_private`),
    closed; said in the log, once."""
    changed = ops.keep_private(settings.database_path)
    if changed:
        log.warning("%d file(s) beside DATABASE_PATH=%s were readable by other accounts of this "
                    "machine; now the bot's user's alone", changed, settings.database_path)


def _backup(target: str | None, env_file: str | None = None) -> int:
    settings = _database_settings(env_file)
    if settings is None:
        return EXIT_CONFIG
    _keep_private(settings)
    try:
        made = ops.backup(settings.database_path, Path(target) if target else None,
                          keep=settings.backup_keep)
    except ops.OpsError as err:
        print(f"Backup failed: {err}", file=sys.stderr)
        return EXIT_DATABASE
    print(f"Backup written: {made} (keeping the last {settings.backup_keep})")
    return 0


def _restore(source: str, env_file: str | None = None) -> int:
    settings = _database_settings(env_file)
    if settings is None:
        return EXIT_CONFIG
    try:
        kept = ops.restore(settings.database_path, Path(source), report=print)
    except ops.OpsError as err:
        print(f"Restore refused: {err}", file=sys.stderr)
        return EXIT_DATABASE
    print(f"Restored {source} to {settings.database_path}.")
    if kept is not None:
        print(f"The replaced database is kept as {kept}.")
    return 0


def _settings_or_none(env_file: str | None = None) -> config.Settings | None:
    """The settings (from `env_file` instead of ./.env when given), or None once every
    problem is printed."""
    try:
        if env_file is not None and not Path(env_file).is_file():
            raise config.ConfigError([f"--env-file {env_file}: no such file"])
        return config.load() if env_file is None else config.load(dotenv=env_file)
    except config.ConfigError as err:
        _print_problems(err.problems)
        return None


NO_PLATFORM_NO_TERMINAL = (
    "No platform token is set (TELEGRAM_BOT_TOKEN, DISCORD_TOKEN), and the console chat has no "
    "terminal to read (standard input is /dev/null, as under systemd): put the tokens in the "
    "environment file (e.g. /etc/le-focus-bot.env, see .env.example), or type `make run` in a "
    "terminal to try the console. The bot did not start.")


def _nobody_at_the_console() -> bool:
    """Standard input is /dev/null (systemd's default) or closed: a console chat would read
    nothing, and a unit without tokens would look « active » while serving no one."""
    try:
        mode = os.fstat(0).st_mode
    except OSError:
        return True
    return stat.S_ISCHR(mode) and not os.isatty(0)


def _console_log(settings: config.Settings) -> TextIO | None:
    """The console is a chat: problems go to a file beside the database, not between the
    lines a person reads. None (stderr) if that file cannot be opened."""
    path = settings.database_path.parent / "console.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return open(path, "a", encoding="utf-8")  # noqa: SIM115 (closed by main)
    except OSError:
        return None


# Files the bot makes (the database and its journal, backups, posters, exports, console.log)
# hold children's first names, phone notes and private calendar links: its user's alone,
# whatever the shell's umask (the systemd unit sets 0077; `make run`, `make backup` and
# `sudo …` typed in a shell usually have 022, « -rw-r--r-- » for every account).
PRIVATE_UMASK = 0o077


def main(argv: list[str] | None = None) -> int:
    previous = os.umask(PRIVATE_UMASK)
    try:
        return _main(argv)
    finally:
        os.umask(previous)  # tests call main() in-process


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    # The file systemd reads (EnvironmentFile=) can be checked before the service starts:
    # `python -m bot check --env-file /etc/le-focus-bot.env`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--env-file", metavar="FILE",
                        help="read the settings from FILE instead of ./.env")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="start the bot (default)", parents=[common])
    sub.add_parser("check", help="validate the configuration", parents=[common])
    backup = sub.add_parser("backup", help="copy the live database (default dir: "
                                           "data/backups beside it)", parents=[common])
    backup.add_argument("dir", nargs="?")
    restore = sub.add_parser("restore", help="replace the database with a backup (bot stopped)",
                             parents=[common])
    restore.add_argument("file")
    options = parser.parse_args(argv)
    command = options.command or "run"
    env_file: str | None = getattr(options, "env_file", None)
    if command == "backup":
        return _backup(options.dir, env_file)
    if command == "restore":
        return _restore(options.file, env_file)
    settings = _settings_or_none(env_file)
    if settings is None:
        return EXIT_CONFIG
    for note in settings.notes:  # before the console starts: nothing stops because of it
        print(f"Note: {note}", file=sys.stderr)
    if command == "check":
        for line in config.describe(settings):
            print(line)
        # The database is part of the configuration: a folder, a file that is not SQLite or
        # a path that cannot be created would stop `run`, so `check` says it first.
        problem = ops.database_problem(settings.database_path)
        if problem:
            _print_problems([problem])
            return EXIT_DATABASE
        # The service also reads ./.env in its working directory: what it would add.
        beside = config.rights_beside(env_file) if env_file is not None else []
        if beside:
            _print_problems(beside)
            return EXIT_CONFIG
        print("Configuration OK.")
        return 0
    console_only = not settings.platforms
    log_file = _console_log(settings) if console_only else None
    handler = logsafe.setup("WARNING" if console_only else settings.log_level,
                            (settings.telegram_token, settings.discord_token), stream=log_file)
    try:
        return asyncio.run(run(settings))
    except KeyboardInterrupt:
        return 130
    except Exception:
        # Through logging, so the redactor sees it: a traceback can hold a token.
        log.critical("the bot stopped on an unexpected error", exc_info=True)
        return EXIT_ERROR
    finally:
        logsafe.remove(handler)
        if log_file is not None:
            with contextlib.suppress(OSError):  # a full disk: what it kept is lost anyway
                log_file.close()


if __name__ == "__main__":
    sys.exit(main())
