"""`python -m bot run` starts the bot; `python -m bot check` validates the configuration."""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import logging
import signal
import sys
from pathlib import Path
from typing import IO

from bot import config

log = logging.getLogger("bot")


def _lock(database: Path) -> IO[str] | None:
    """One bot process per database: a second one would send every reminder twice."""
    database.parent.mkdir(parents=True, exist_ok=True)
    handle = open(database.with_name(database.name + ".lock"), "w")  # noqa: SIM115
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


async def run(settings: config.Settings) -> int:
    from bot.adapters.base import Adapter
    from bot.app import create_core
    from bot.scheduler import Scheduler

    lock = _lock(settings.database_path)
    if lock is None:
        print(f"Another bot is already running on {settings.database_path}; stop it first "
              "(two processes would send every message twice).", file=sys.stderr)
        return 3
    core = await create_core(settings)
    adapters: list[Adapter] = []
    console = None
    if settings.telegram_token:
        from bot.adapters.telegram_adapter import TelegramAdapter

        adapters.append(TelegramAdapter(settings))
    if settings.discord_token:
        from bot.adapters.discord_adapter import DiscordAdapter

        adapters.append(DiscordAdapter(settings))
    if not adapters:
        from bot.adapters.console import ConsoleAdapter

        console = ConsoleAdapter()
        adapters.append(console)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    started: list[Adapter] = []
    scheduler: Scheduler | None = None
    try:
        for adapter in adapters:
            core.add_adapter(adapter)
            await adapter.start(core)
            started.append(adapter)
            log.info("%s adapter started", adapter.platform)
        scheduler = Scheduler(core)
        await scheduler.start()
        waiters = [asyncio.ensure_future(stop.wait())]
        if console is not None:
            waiters.append(asyncio.ensure_future(console.finished.wait()))
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()
    finally:
        if scheduler is not None:
            await scheduler.stop()
        for adapter in reversed(started):
            try:
                await adapter.stop()
            except Exception:
                log.exception("stopping %s failed", adapter.platform)
        await core.idle()
        await core.storage.close()
        lock.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("command", choices=("run", "check"), nargs="?", default="run")
    options = parser.parse_args(argv)
    try:
        settings = config.load()
    except config.ConfigError as err:
        print("Configuration problems:", file=sys.stderr)
        for problem in err.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    if options.command == "check":
        for line in config.describe(settings):
            print(line)
        print("Configuration OK.")
        return 0
    console_only = not settings.platforms
    logging.basicConfig(
        level=logging.WARNING if console_only else getattr(logging, settings.log_level),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs full request URLs, which hold the Telegram token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return asyncio.run(run(settings))


if __name__ == "__main__":
    sys.exit(main())
