"""Session 10, privacy, on Discord (the real discord.py adapter against the fake): a
teenager reads in /mydata how long an unused account is kept, gets the notice in a DM 23
months on, and, silent, is erased a month later."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from test_discord_adapter import ALICE, Harness, dc, fake  # noqa: F401  (fixtures)

from bot.scheduler import Scheduler
from commands.account.jobs import NOTICE, UNUSED
from recording import plain


def dms(dc: Harness, user: int) -> list[str]:  # noqa: F811
    return [plain(m["content"]) for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["content"]]


async def test_a_silent_teenager_is_told_in_a_dm_then_erased(dc: Any) -> None:  # noqa: F811
    answer = await dc.command("mydata", user=ALICE)
    assert all(answer.ephemeral), answer.ephemeral
    assert "24 mois" in plain(answer.text), answer.text
    start = dc.clock.current
    dc.clock.current = start + UNUSED - NOTICE + timedelta(hours=1)
    await Scheduler(dc.core).tick(dc.clock.current)
    await dc.settle()
    told = [text for text in dms(dc, ALICE) if "presque 2 ans" in text]
    assert len(told) == 1 and "/oubliemoi" in told[0], dms(dc, ALICE)
    dc.clock.current = start + UNUSED + timedelta(hours=2)
    await Scheduler(dc.core).tick(dc.clock.current)
    await dc.settle()
    assert await dc.core.storage.members.find("discord", str(ALICE)) is None
