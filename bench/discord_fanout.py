"""Fan-out of direct messages through the real Discord adapter (not a test).

Sends N DMs (default 1,000, one per member) via `Core.notify_all`, through the real discord.py
client and the adapter's own pacer, to the fake Discord of `tests/fakes` started on 127.0.0.1
with the 50 requests/s global limit enforced over a sliding second (429 with `retry_after`
beyond it). Each DM to an uncached user costs two requests (open the DM channel, send), so the
platform minimum is 2 x N / 50 s. Target: everything delivered, no 429, at most 1.15 x that.

Usage: .venv/bin/python bench/discord_fanout.py [--messages 1000]
Ends with one `name: value` line per figure.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bot.adapters.discord import DiscordAdapter  # noqa: E402
from bot.app import create_core  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.messages import Reply  # noqa: E402
from fakes.discord_api import GUILD_ID, FakeDiscord  # noqa: E402
from storage import Recipient  # noqa: E402

GLOBAL_LIMIT = 50
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
FIRST_USER = 500_000_000_000_000_000


async def run(messages: int) -> dict[str, float | int]:
    fake = FakeDiscord(global_rate=GLOBAL_LIMIT)
    await fake.start()
    with tempfile.TemporaryDirectory() as tmp, fake.patched():
        settings = Settings(database_path=Path(tmp) / "bench.db", discord_token="x" * 59,
                            discord_guild_ids=(GUILD_ID,))
        core = await create_core(settings, clock=lambda: NOW, card_interval=0, seed_demo=False)
        adapter = DiscordAdapter(settings, ready_timeout=0.05)
        core.add_adapter(adapter)
        await adapter.start(core)
        people = []
        for n in range(messages):
            user_id = str(FIRST_USER + n)
            member = await core.storage.members.identify("discord", user_id, f"Membre {n}", NOW)
            people.append(Recipient(member.id, "discord", user_id, member.display_name, None, 1))
        before = len(fake.calls)
        await asyncio.sleep(1.1)  # let the login/sync requests leave the fake's window

        started = time.perf_counter()
        core.notify_all(people, lambda: Reply("Rappel : Ciné-club ce soir à 20:00 au Focus."))
        await core.idle()
        seconds = time.perf_counter() - started

        sent = [c for c in fake.calls[before:]
                if c.method == "POST" and c.path.endswith("/messages") and c.status == 200]
        await adapter.stop()
        await core.storage.close()
    await fake.stop()
    minimum = 2 * messages / GLOBAL_LIMIT
    return {
        "messages": messages,
        "delivered": len(sent),
        "seconds": round(seconds, 2),
        "platform_min_seconds": round(minimum, 2),
        "ratio_to_min": round(seconds / minimum, 3),
        "http_429": fake.http_429,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("discord").setLevel(logging.ERROR)
    figures = asyncio.run(run(options.messages))
    for name, value in figures.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
