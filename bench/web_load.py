"""Web agenda under load: how many requests per second `/` and `/agenda.ics` serve on
127.0.0.1 while members keep talking to the bot in the same process.

Three runs: the agenda and the feed while a member asks /evenements every 50 ms (each message
commits, changing nothing the pages show), then the agenda while a member books and unbooks a
seat every 50 ms (every answer changes the page: the worst case for `bot.web.cache`).

The server and the core run in one asyncio loop, as in production; the load comes from a
separate process (keep-alive aiohttp clients), which still shares this 2-core machine with
the server, so the figures are a floor. Prints `name: value` lines; compare only figures of
the same run.

    python bench/web_load.py [--seconds 5] [--clients 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import create_core  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.messages import Incoming  # noqa: E402
from bot.web import WebServer  # noqa: E402
from commands.events import calendar  # noqa: E402
from storage import NewEvent  # noqa: E402

NOW = datetime.now(UTC)
EVENTS = 40


async def _load(url: str, seconds: float, clients: int) -> tuple[int, int]:
    """Requests answered 200 and others, from `clients` keep-alive clients for `seconds`."""
    done = failed = 0
    deadline = time.perf_counter() + seconds
    async with aiohttp.ClientSession() as session:
        async def one() -> None:
            nonlocal done, failed
            while time.perf_counter() < deadline:
                async with session.get(url) as response:
                    await response.read()
                    if response.status == 200:
                        done += 1
                    else:
                        failed += 1
        await asyncio.gather(*(one() for _ in range(clients)))
    return done, failed


async def _load_elsewhere(url: str, seconds: float, clients: int) -> tuple[int, int]:
    """`_load` in a child process, so the clients do not share the server's loop."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--client", url, "--seconds", str(seconds),
        "--clients", str(clients), stdout=asyncio.subprocess.PIPE)
    out, _ = await child.communicate()
    ok, bad = out.decode().split()
    return int(ok), int(bad)


async def _chat(core: object, seconds: float, texts: tuple[str, ...]) -> list[float]:
    """A member sends `texts` in turn every 50 ms meanwhile: how long each answer takes."""
    waits: list[float] = []
    deadline = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < deadline:
        n += 1
        began = time.perf_counter()
        await core.handle(Incoming(platform="bench", user_id=f"m{n // len(texts) % 10}",  # type: ignore[attr-defined]
                                   display_name="Léa", chat_id="c",
                                   text=texts[n % len(texts)]))
        waits.append((time.perf_counter() - began) * 1000)
        await asyncio.sleep(0.05)
    return waits


async def main(seconds: float, clients: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_path=Path(tmp) / "focus.db", web_port=1)
        core = await create_core(settings, card_interval=0, seed_demo=False)
        for n in range(EVENTS):
            await core.storage.events.create(NewEvent(
                title=f"Soirée jeux {n}", starts_at=NOW + timedelta(days=1 + n // 3, hours=n),
                place="Le Focus", kind="board_games", capacity=20), NOW)
        server = WebServer(core, calendar)
        if not await server.start(0):
            raise SystemExit("the web server could not bind")
        figures: dict[str, float] = {"events": EVENTS, "clients": clients, "seconds": seconds}
        try:
            asking, booking = ("/evenements",), ("/participer 1 oui", "/participer 1 non")
            for name, path, texts in (("agenda", "/", asking), ("feed", "/agenda.ics", asking),
                                      ("agenda_booking", "/", booking)):
                chat = asyncio.create_task(_chat(core, seconds, texts))
                renders = server.made.renders
                ok, bad = await _load_elsewhere(server.url + path, seconds, clients)
                waits = await chat
                figures[f"{name}_req_per_s"] = round(ok / seconds)
                figures[f"{name}_renders"] = server.made.renders - renders
                figures[f"{name}_non_200"] = bad
                figures[f"{name}_chat_p50_ms"] = round(statistics.median(waits), 1)
                figures[f"{name}_chat_max_ms"] = round(max(waits), 1)
        finally:
            await server.stop()
            await core.idle()
            await core.storage.close()
    print(f"{clients} keep-alive clients on 127.0.0.1 for {seconds} s per run, {EVENTS} "
          "events, while a member sends a message every 50 ms in the same process "
          "(agenda_booking: a booking or unbooking each time).")
    for name, value in figures.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--seconds", type=float, default=5.0)
    options.add_argument("--clients", type=int, default=20)
    options.add_argument("--client", help=argparse.SUPPRESS)  # the load process
    parsed = options.parse_args()
    if parsed.client:
        print(*asyncio.run(_load(parsed.client, parsed.seconds, parsed.clients)))
    else:
        asyncio.run(main(parsed.seconds, parsed.clients))
