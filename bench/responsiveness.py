"""Responsiveness during a fan-out, through each real adapter against its fake (not a test).

While N private reminders (default 1,000) go out through `Core.notify_all`, members keep
using the bot: every 0.5 s one sends a command (/events), and every 0.5 s another presses
"I'm coming" on the event's card posted in the announcement group/channel. Measured, per
platform, in one run:

- `*_reply_p99_ms`: from the member's command reaching the fake to the answer reaching it
  (Telegram: the long poll's pick-up included; Discord: the interaction callback);
- `*_card_lag_p99_s`: from a press reaching the fake to the first card edit showing a count
  that includes it;
- `*_ratio_to_min`: the fan-out's duration (first reminder asked for to the last one
  arrived) over the platform minimum for every flood-limited request sent meanwhile (the
  reminders plus the replies and edits that went ahead of them; Telegram 30/s, Discord
  50/s); `*_http_429`: 429s answered by the fake.

Then `ratio_to_min` (the worse of the two) and `http_429` (both together).
Usage: .venv/bin/python bench/responsiveness.py [--messages 1000] [--only telegram|discord]
Ends with one `name: value` line per figure. Figures move from run to run on a busy machine.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.app import create_core  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.messages import Reply  # noqa: E402
from storage import Recipient  # noqa: E402

TG_TOKEN = "123456:BENCH-TOKEN-abcdefghijkl"
TG_GROUP = -1001234567890
TG_ORGA = 1001
FIRST_REMINDED = 10_000
FIRST_ASKING = 500_000
FIRST_PRESSING = 600_000
DC_FIRST_REMINDED = 500_000_000_000_000_000
DC_FIRST_ASKING = 600_000_000_000_000_000
DC_FIRST_PRESSING = 700_000_000_000_000_000
PACE = 0.25  # one member action every PACE seconds, commands and presses alternating
CAPACITY = 5000
SEATS = re.compile(r"(\d+)/" + str(CAPACITY))
REMINDER = ("⏰ Rappel : « Ciné-club » (#1) demain, vendredi 5 décembre à 20:00, Le Focus, "
            "Rochebelle, Alès.")


def p99(values: list[float]) -> float:
    """The 99th percentile (nearest rank); the max of fewer than 100 samples."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))]


def card_lags(presses: list[float], edits: list[tuple[float, int]], before: int) -> list[float]:
    """For the i-th press, the wait until an edit showed at least before + i + 1 seats."""
    lags = []
    for index, pressed in enumerate(presses):
        wanted = before + index + 1
        shown = [at for at, seats in edits if seats >= wanted and at >= pressed]
        lags.append((min(shown) - pressed) if shown else float("inf"))
    return lags


def people(platform: str, first: int, count: int) -> list[Recipient]:
    return [Recipient(member_id=n + 1, platform=platform, platform_user_id=str(first + n),
                      display_name=f"Parent {n}", language="fr", seats=1)
            for n in range(count)]


async def drive(done: Callable[[], bool], ask: Callable[[int], Any],
                press: Callable[[int], Any]) -> None:
    """Members act every PACE seconds until the fan-out is over."""
    turn = 0
    while not done():
        result = (ask if turn % 2 == 0 else press)(turn // 2)
        if asyncio.iscoroutine(result):
            await result
        turn += 1
        await asyncio.sleep(PACE)


# -- Telegram --------------------------------------------------------------------------------


async def telegram(count: int) -> dict[str, str]:
    from bot.adapters.telegram import TelegramAdapter
    from fakes.telegram_api import FakeTelegram, ServerLimits, private_chat, user

    limits = ServerLimits()
    async with FakeTelegram(TG_TOKEN, limits=limits) as fake:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(database_path=Path(tmp) / "bench.db", telegram_token=TG_TOKEN,
                                telegram_api_base_url=fake.base_url,
                                telegram_api_base_file_url=fake.base_file_url,
                                telegram_organizer_ids=(TG_ORGA,),
                                telegram_announce_chat_ids=(TG_GROUP,), seed_demo=False)
            core = await create_core(settings, seed_demo=False)  # the real card_interval
            adapter = TelegramAdapter(settings, poll_timeout=1)
            core.add_adapter(adapter)
            await adapter.start(core)
            orga = user(TG_ORGA, "Camille")
            fake.send_text(orga, private_chat(orga),
                           f"/newevent Ciné-club | 2030-12-05 20:00 | {CAPACITY}")
            await fake.wait_calls("sendMessage", 2, within=10)
            fake.send_text(orga, private_chat(orga), "/announce 1")
            card = await fake.wait_for(lambda: next(
                (m for m in fake.chat(TG_GROUP) if m.button_data), None), within=10)
            await core.idle()
            await asyncio.sleep(1.1)  # let set-up traffic leave the per-second windows

            reminded = {FIRST_REMINDED + n for n in range(count)}
            asked: dict[int, float] = {}
            pressed: list[float] = []

            def delivered() -> int:
                return sum(1 for c in fake.ok_calls("sendMessage")
                           if c.params.get("chat_id") in reminded)

            def ask(n: int) -> None:
                who = user(FIRST_ASKING + n, f"Membre {n}")
                asked[FIRST_ASKING + n] = time.monotonic()
                fake.send_text(who, private_chat(who), "/events")

            def press(n: int) -> None:
                who = user(FIRST_PRESSING + n, f"Parent {n}")
                pressed.append(time.monotonic())
                fake.press(who, card, "v1:rsvp:1:going")

            start_calls = len(fake.calls)
            started = time.monotonic()
            core.notify_all(people("telegram", FIRST_REMINDED, count), lambda: Reply(REMINDER))
            await drive(lambda: delivered() >= count, ask, press)
            await core.idle()
            await adapter.stop()
            await core.storage.close()
    calls = [c for c in fake.calls[start_calls:] if c.status == 200]
    bulk = [c.at for c in calls if c.method == "sendMessage"
            and c.params.get("chat_id") in reminded]
    seconds = max(bulk) - started
    limited = [c for c in calls if "chat_id" in c.params and c.at <= max(bulk)
               and c.method in ("sendMessage", "editMessageText", "sendDocument")]
    replies = []
    for chat_id, at in asked.items():
        answers = [c.at for c in calls if c.method == "sendMessage"
                   and c.params.get("chat_id") == chat_id]
        replies.append((min(answers) - at) if answers else float("inf"))
    edits = [(c.at, int(found.group(1))) for c in calls
             if c.method == "editMessageText" and c.params.get("chat_id") == TG_GROUP
             and (found := SEATS.search(str(c.params.get("text", ""))))]
    lags = card_lags(pressed, edits, 0)
    minimum = len(limited) / limits.overall_per_second
    return {
        "tg_messages": str(count),
        "tg_delivered": str(len(bulk)),
        "tg_commands": str(len(replies)),
        "tg_presses": str(len(pressed)),
        "tg_reply_p50_ms": f"{sorted(replies)[len(replies) // 2] * 1000:.0f}",
        "tg_reply_p99_ms": f"{p99(replies) * 1000:.0f}",
        "tg_card_lag_p50_s": f"{sorted(lags)[len(lags) // 2]:.2f}",
        "tg_card_lag_p99_s": f"{p99(lags):.2f}",
        "tg_seconds": f"{seconds:.2f}",
        "tg_platform_min_seconds": f"{minimum:.2f}",
        "tg_ratio_to_min": f"{seconds / minimum:.3f}",
        "tg_http_429": str(fake.http_429),
    }


# -- Discord ---------------------------------------------------------------------------------


async def discord_side(count: int, actions: int) -> dict[str, str]:
    from bot.adapters.discord import DiscordAdapter
    from fakes.discord_api import CHANNEL_ID, GUILD_ID, ORGANISER, FakeDiscord, Member

    orga = Member(1003, "Orga", permissions=ORGANISER)
    members = [orga] + [Member(DC_FIRST_ASKING + n, f"Membre {n}") for n in range(actions)] + [
        Member(DC_FIRST_PRESSING + n, f"Parent {n}") for n in range(actions)]
    fake = FakeDiscord(members=members, global_rate=50)
    await fake.start()
    with tempfile.TemporaryDirectory() as tmp, fake.patched():
        settings = Settings(database_path=Path(tmp) / "bench.db", discord_token="x" * 59,
                            discord_guild_ids=(GUILD_ID,),
                            discord_announce_channel_ids=(CHANNEL_ID,))
        core = await create_core(settings, seed_demo=False)
        adapter = DiscordAdapter(settings, ready_timeout=0.05)
        core.add_adapter(adapter)
        await adapter.start(core)
        await fake.deliver(fake.slash("newevent", {
            "title": "Ciné-club", "when": "2030-12-05 20:00", "capacity": CAPACITY,
            "kind": "screening"}, user=orga.user_id))
        await fake.wait_until(lambda: bool(fake.messages) or len(fake.calls) > 50)
        await core.idle()
        await fake.deliver(fake.slash("announce", {"text": "1"}, user=orga.user_id))
        await fake.wait_until(lambda: any(int(m["channel_id"]) == CHANNEL_ID and m["embeds"]
                                          for m in fake.messages.values()))
        await adapter.idle()
        await core.idle()
        card_id = next(i for i, m in fake.messages.items()
                       if int(m["channel_id"]) == CHANNEL_ID and m["embeds"])
        await asyncio.sleep(1.1)  # let set-up traffic leave the one-second window

        reminded = {str(DC_FIRST_REMINDED + n) for n in range(count)}
        asked: dict[int, float] = {}
        pressed: list[float] = []
        loop = asyncio.get_running_loop()

        def delivered() -> int:
            return sum(1 for c in fake.calls if c.method == "POST" and c.status == 200
                       and c.path.endswith("/messages")
                       and str(fake.dm_channels.get(int(c.path.split("/")[2]), "")) in reminded)

        async def ask(n: int) -> None:
            payload = fake.slash("events", None, user=DC_FIRST_ASKING + n)
            asked[int(payload["id"])] = loop.time()
            await fake.deliver(payload)

        async def press(n: int) -> None:
            payload = fake.press(card_id, "v1:rsvp:1:going", user=DC_FIRST_PRESSING + n)
            pressed.append(loop.time())
            await fake.deliver(payload)

        start_calls = len(fake.calls)
        started = loop.time()
        core.notify_all(people("discord", DC_FIRST_REMINDED, count), lambda: Reply(REMINDER))
        await drive(lambda: delivered() >= count, ask, press)
        await adapter.idle()
        await core.idle()
        calls = [c for c in fake.calls[start_calls:] if c.status == 200]
        bulk = [c.at for c in calls if c.method == "POST" and c.path.endswith("/messages")
                and str(fake.dm_channels.get(int(c.path.split("/")[2]), "")) in reminded]
        await adapter.stop()
        await core.storage.close()
    await fake.stop()
    seconds = max(bulk) - started
    limited = [c for c in calls if c.at <= max(bulk)
               and not c.path.startswith(("/interactions/", "/webhooks/"))]
    replies = []
    for iid, at in asked.items():
        answers = [c.at for c in calls if c.path.startswith(f"/interactions/{iid}/")]
        replies.append((min(answers) - at) if answers else float("inf"))
    edits = []
    for call in calls:
        if call.method == "PATCH" and call.path.endswith(f"/messages/{card_id}"):
            fields = (call.json or {}).get("embeds", [{}])[0].get("fields", [])
            for field in fields:
                if (found := SEATS.search(str(field.get("value", "")))):
                    edits.append((call.at, int(found.group(1))))
    lags = card_lags(pressed, edits, 0)
    minimum = len(limited) / 50
    return {
        "dc_messages": str(count),
        "dc_delivered": str(len(bulk)),
        "dc_commands": str(len(replies)),
        "dc_presses": str(len(pressed)),
        "dc_reply_p50_ms": f"{sorted(replies)[len(replies) // 2] * 1000:.0f}",
        "dc_reply_p99_ms": f"{p99(replies) * 1000:.0f}",
        "dc_card_lag_p50_s": f"{sorted(lags)[len(lags) // 2]:.2f}",
        "dc_card_lag_p99_s": f"{p99(lags):.2f}",
        "dc_seconds": f"{seconds:.2f}",
        "dc_platform_min_seconds": f"{minimum:.2f}",
        "dc_ratio_to_min": f"{seconds / minimum:.3f}",
        "dc_http_429": str(fake.http_429),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--only", choices=("telegram", "discord"))
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("discord").setLevel(logging.ERROR)
    figures: dict[str, str] = {}
    # Members act for as long as the fan-out lasts (~N/30 s on Telegram, ~2N/47 on Discord).
    actions = int(2 * options.messages / 47 / PACE) + 40  # twice what is needed
    if options.only != "discord":
        print(f"Telegram: {options.messages} reminders while members use the bot...",
              flush=True)
        figures.update(asyncio.run(telegram(options.messages)))
    if options.only != "telegram":
        print(f"Discord: {options.messages} reminders while members use the bot...",
              flush=True)
        figures.update(asyncio.run(discord_side(options.messages, actions)))
    ratios = [float(v) for k, v in figures.items() if k.endswith("_ratio_to_min")]
    figures["ratio_to_min"] = f"{max(ratios):.3f}"
    figures["http_429"] = str(sum(int(v) for k, v in figures.items() if k.endswith("_http_429")))
    for name, value in figures.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
