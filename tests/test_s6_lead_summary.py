"""An organiser whose app is in English (never typed /langue) reads every private message in
English — the morning summary of their own evening too (it followed /langue only)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.scheduler import Scheduler
from recording import Bot


async def test_the_morning_summary_follows_the_organisers_app_language(bot: Bot) -> None:
    reply = await bot.say("/newevent Games | 2026-12-05 20:00 | 3", locale="en")
    assert "#" in reply, reply
    await Scheduler(bot.core).tick(datetime(2026, 12, 5, 8, 0, tzinfo=UTC))  # 09:00 Paris
    await bot.core.idle()
    summaries = [t for t in bot.platform.private_texts("orga") if "📋" in t]
    assert len(summaries) == 1, bot.platform.private_texts("orga")
    assert "Today" in summaries[0] and "Aujourd'hui" not in summaries[0], summaries
