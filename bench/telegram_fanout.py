"""Fan-out of private reminders through the real Telegram adapter (not a test).

Sends N private messages (default 1,000, one per member) via `Core.notify_all`, through the
real PTB `Application` and our `PacedRateLimiter`, to the fake Bot API of `tests/fakes` started
on 127.0.0.1 with Telegram's limits enforced (30 messages/s overall, 1/s per chat, 20/min per
group: 429 with `retry_after` when exceeded). Everything must arrive, with no 429, in at most
1.15 x the platform minimum (N / 30 s).

Usage: .venv/bin/python bench/telegram_fanout.py [--messages 1000]
Ends with one `name: value` line per figure.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.adapters.telegram import TelegramAdapter  # noqa: E402
from bot.app import create_core  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.messages import Reply  # noqa: E402
from fakes.telegram_api import FakeTelegram, ServerLimits  # noqa: E402
from storage import Recipient  # noqa: E402

TOKEN = "123456:BENCH-TOKEN-abcdefghijkl"
FIRST_USER = 10_000


async def run(count: int) -> dict[str, str]:
    limits = ServerLimits()
    async with FakeTelegram(TOKEN, limits=limits) as fake:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(database_path=Path(tmp) / "bench.db", telegram_token=TOKEN,
                                telegram_api_base_url=fake.base_url,
                                telegram_api_base_file_url=fake.base_file_url, seed_demo=False)
            core = await create_core(settings, card_interval=0, seed_demo=False)
            adapter = TelegramAdapter(settings, poll_timeout=1)
            core.add_adapter(adapter)
            await adapter.start(core)
            people = [Recipient(member_id=n + 1, platform="telegram",
                                platform_user_id=str(FIRST_USER + n), display_name=f"Parent {n}",
                                language="fr", seats=1) for n in range(count)]
            started = time.monotonic()
            core.notify_all(people, lambda: Reply(
                "⏰ Rappel : « <Tom & Jerry> » (#12) demain, vendredi 5 décembre à 20:00, "
                "Le Focus, Rochebelle, Alès."))
            await core.idle()
            seconds = time.monotonic() - started
            await adapter.stop()
            await core.storage.close()
        chats = {c.params.get("chat_id") for c in fake.ok_calls("sendMessage")}
        delivered = len([n for n in range(count) if FIRST_USER + n in chats])
        minimum = count / limits.overall_per_second
        return {
            "messages": str(count),
            "delivered": str(delivered),
            "seconds": f"{seconds:.2f}",
            "platform_min_seconds": f"{minimum:.2f}",
            "ratio_to_min": f"{seconds / minimum:.3f}",
            "http_429": str(fake.http_429),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(f"Fan-out of {options.messages} private messages through the Telegram adapter "
          "to the fake Bot API (30/s overall, 1/s per chat)...", flush=True)
    figures = asyncio.run(run(options.messages))
    for name, value in figures.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
