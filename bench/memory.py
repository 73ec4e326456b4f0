"""Memory of the real bot with both adapters (not a test): idle, and after ten ordinary
commands, against the platform fakes of tests/fakes.

The bot runs as `python -m bot run` in a child process (its own RSS, nothing of the fakes or
of this script in it), with a Telegram token pointed at the fake Telegram and a Discord token
whose REST and gateway addresses are pointed at the fake Discord before start-up (what
`FakeDiscord.patched()` does in-process). This parent serves both fakes, waits for the bot to
poll Telegram and hold the Discord gateway, reads VmRSS, then sends ten commands a member or
an organiser sends on an ordinary day (the agenda, an answer, a date in words, a FAQ question
with a typo, the calendar file...), waits for every answer and reads VmRSS again.

Also measured, each in a fresh interpreter: what importing the biggest libraries costs, and
what the first use of a lazily imported one adds to the bot as started (MiB of RSS and
milliseconds), so a regression names its culprit.

Usage: .venv/bin/python bench/memory.py. Ends with `name: value` lines; the target is
`rss_after_use_mib` <= 75 (issue 11). `bytecode_cached` says how many of the bot's source files
had bytecode Python could use (`__pycache__`, fresh): the others were compiled at start-up, as
under the systemd unit, whose user cannot write into /opt (0.1 MiB more resident once all are,
0.5 while a `\\N{...}` escape was among them; compare only runs alike).
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

TG_TOKEN = "123456:MEMORY-BENCH-abcdefghijkl"
TG_ORGA = 2001
TG_GROUP = -1009876543210
# Shaped like a real token (three parts joined by dots): the configuration refuses others.
DC_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.memory-bench-discord-token-0123"
DC_ORGA = 900_000_000_000_000_001
DC_MEMBER = 900_000_000_000_000_002
TARGET_MIB = 75
# What start-up loads, each measured alone in a bare interpreter (shared dependencies such as
# asyncio count in each).
IMPORTS = ("discord", "telegram.ext", "apscheduler.schedulers.asyncio", "aiosqlite")
# What first use costs on top of the bot as started (both adapters, scheduler, router).
STARTED = ("import bot.__main__, bot.app, bot.scheduler, bot.adapters.telegram,"
           " bot.adapters.discord, commands; commands.build_router()\n"
           "from datetime import datetime, UTC\nfrom bot import i18n")
DAY = "datetime(2026, 12, 5, 19, tzinfo=UTC)"
FIRST_USE = {
    "babel_dates_fr": f"with i18n.using('fr'): i18n.format_when({DAY})",
    "babel_dates_en": f"with i18n.using('en'): i18n.format_when({DAY})",
    "babel_price_fr": "with i18n.using('fr'): i18n.format_price(600)",
    "rapidfuzz": "import rapidfuzz.fuzz, rapidfuzz.process",
    "pillow": "import PIL.Image",
    "aiohttp_web": "import aiohttp.web",
}


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def cost(code: str, before: str = "") -> tuple[float, float]:
    """MiB of RSS and milliseconds `code` adds in a fresh interpreter after `before`."""
    probe = (
        "import sys, time\n"
        "def rss():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmRSS:'):\n"
        "            return int(line.split()[1]) / 1024\n"
        f"{before}\n"
        "start = rss(); began = time.perf_counter()\n"
        f"{code}\n"
        "print((rss() - start), (time.perf_counter() - began) * 1000)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    return float(out[0]), float(out[1])


def cached_bytecode() -> tuple[int, int]:
    """How many of the bot's own source files have fresh bytecode beside them, of how many."""
    fresh = total = 0
    for package in ("bot", "commands", "storage"):
        for source in sorted((ROOT / package).rglob("*.py")):
            total += 1
            try:
                head = Path(importlib.util.cache_from_source(str(source))).read_bytes()[:16]
            except OSError:
                continue
            stat = source.stat()
            fresh += (head[:8] == importlib.util.MAGIC_NUMBER + bytes(4)  # dated, not hashed
                      and int.from_bytes(head[8:12], "little") == int(stat.st_mtime) % 2**32
                      and int.from_bytes(head[12:16], "little") == stat.st_size % 2**32)
    return fresh, total


def child() -> None:
    """The bot itself, with discord.py pointed at the fake (argv: rest base, gateway)."""
    import discord
    import yarl

    discord.http.Route.BASE = sys.argv[2]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sys.argv[3])
    from bot.__main__ import main

    sys.argv = ["bot", "run"]
    sys.exit(main())


def answers_since(fake: Any, before: int) -> int:
    """Telegram messages and files sent by the bot beyond the first `before`."""
    return max(0, len(fake.ok_calls("sendMessage")) + len(fake.ok_calls("sendDocument"))
               - before)


async def until(check: Callable[[], object], within: float, what: str,
                proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + within
    while not check():
        if proc.poll() is not None:
            raise RuntimeError(f"the bot exited ({proc.returncode}) before {what}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def measure() -> dict[str, Any]:
    from fakes.discord_api import CHANNEL_ID, GUILD_ID, ORGANISER, FakeDiscord, Member
    from fakes.telegram_api import FakeTelegram, private_chat, user

    members = [Member(DC_ORGA, "Orga", permissions=ORGANISER),
               Member(DC_MEMBER, "Lina")]
    discord_fake = FakeDiscord(members=members)
    await discord_fake.start()
    try:
        async with FakeTelegram(TG_TOKEN) as tg:
            with tempfile.TemporaryDirectory() as tmp:
                env = {k: v for k, v in os.environ.items()
                       if not k.startswith(("TELEGRAM_", "DISCORD_", "WEB_"))}
                env.update(
                    PYTHONPATH=str(ROOT), DATABASE_PATH=str(Path(tmp) / "memory.db"),
                    TELEGRAM_BOT_TOKEN=TG_TOKEN, TELEGRAM_API_BASE_URL=tg.base_url,
                    TELEGRAM_API_BASE_FILE_URL=tg.base_file_url,
                    TELEGRAM_ORGANIZER_IDS=str(TG_ORGA),
                    TELEGRAM_ANNOUNCE_CHAT_IDS=str(TG_GROUP),
                    DISCORD_TOKEN=DC_TOKEN, DISCORD_GUILD_IDS=str(GUILD_ID),
                    DISCORD_ANNOUNCE_CHANNEL_IDS=str(CHANNEL_ID), SEED_DEMO="1")
                # The bot's own process; waited for only at the end (not an async worry).
                proc = subprocess.Popen(  # noqa: ASYNC220
                    [sys.executable, __file__, "--child", discord_fake.base_url,
                     discord_fake.gateway_url],
                    env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                try:
                    return await _drive(proc, tg, discord_fake, user, private_chat)
                finally:
                    # Waited for in a thread: the fakes it says goodbye to run on this loop.
                    proc.terminate()
                    try:
                        _, err = await asyncio.to_thread(proc.communicate, timeout=15)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        _, err = await asyncio.to_thread(proc.communicate)
                    if proc.returncode not in (0, -15):
                        sys.stderr.write(err.decode(errors="replace")[-2000:])
                        sys.stderr.write(f"\nthe bot exited with {proc.returncode}\n")
    finally:
        await discord_fake.stop()


async def _drive(proc: subprocess.Popen[bytes], tg: object, dc: object,
                 user: Callable[..., dict[str, object]],
                 private_chat: Callable[..., dict[str, object]]) -> dict[str, Any]:
    from fakes.discord_api import FakeDiscord
    from fakes.telegram_api import FakeTelegram

    assert isinstance(tg, FakeTelegram) and isinstance(dc, FakeDiscord)
    began = time.monotonic()
    await until(lambda: bool(tg.ok_calls("getUpdates")) and dc.identifies > 0
                and "rsvp" in dc.commands, 60, "both adapters to be up", proc)
    ready_s = time.monotonic() - began
    await asyncio.sleep(2)  # start-up work (menus, slash sync, demo events) settles
    idle = rss_mib(proc.pid)

    orga, parent = user(TG_ORGA, "Camille"), user(3001, "Hélène")
    telegram: list[tuple[dict[str, object], str]] = [
        (parent, "/evenements"),
        (parent, "/participer 1 oui +1"),
        (parent, "c koi les horaire du focus ?"),  # the FAQ, with typos (rapidfuzz)
        (orga, "/nouvelevenement Atelier photo | samedi prochain 14h | 12"),  # dates, Babel
        (parent, "/calendrier 1"),  # the .ics file (written by hand: no icalendar)
    ]
    steps: list[tuple[str, float]] = []
    for who, text in telegram:
        sent_before = answers_since(tg, 0)
        tg.send_text(who, private_chat(who), text)
        await until(partial(answers_since, tg, sent_before), 60, f"the answer to {text}", proc)
        steps.append((text.split()[0], rss_mib(proc.pid)))

    for name, options in (("events", None), ("rsvp", {"event": "1", "answer": "going"}),
                          ("myevents", None), ("help", None),
                          ("faq", {"question": "prix adhésion"})):
        iid = await dc.deliver(dc.slash(name, options, user=DC_MEMBER))
        await until(partial(dc.callbacks, iid), 60, f"the answer to /{name}", proc)
        steps.append(("/" + name, rss_mib(proc.pid)))
    await asyncio.sleep(1)  # the card refreshes and follow-ups those answers started
    after = rss_mib(proc.pid)
    return {"ready_s": ready_s, "idle": idle, "after": after, "steps": steps}


async def main() -> None:
    fresh, sources = cached_bytecode()
    figures = await measure()
    imports = sorted(((m, *cost(f"import {m}")) for m in IMPORTS), key=lambda c: -c[1])
    uses = sorted(((name, *cost(code, STARTED)) for name, code in FIRST_USE.items()),
                  key=lambda c: -c[1])
    print("The bot (`python -m bot run`) with Telegram and Discord against the fakes of")
    print("tests/fakes: VmRSS once both are up, and after ten ordinary commands (5 each);")
    print("then what the big imports cost alone, and what first uses add to the started bot.")
    print(f"bytecode_cached: {fresh}/{sources}")
    print(f"both_adapters_ready_s: {figures['ready_s']:.2f}")
    print(f"rss_idle_mib: {figures['idle']:.1f}")
    print(f"rss_after_use_mib: {figures['after']:.1f}")
    print(f"rss_target_mib: {TARGET_MIB}")
    print(f"rss_within_target: {int(figures['after'] <= TARGET_MIB)}")
    print("rss_by_step_mib: " + ", ".join(f"{c} {m:.1f}" for c, m in figures["steps"]))
    for module, mib, ms in imports:
        name = module.split(".")[0]
        print(f"import_{name}_mib: {mib:.1f}")
        print(f"import_{name}_ms: {ms:.0f}")
    for name, mib, ms in uses:
        print(f"first_use_{name}_mib: {mib:.1f}")
        print(f"first_use_{name}_ms: {ms:.0f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child()
    else:
        asyncio.run(main())
