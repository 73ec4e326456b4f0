"""The card lag in a Telegram group: a card's edits are spread over the group's minute
(20 messages), and Telegram answering slowly must not stretch that spread. The hard limit
stays a sliding window counted from the answers, which come after Telegram counted."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.adapters.telegram.pacing import Limits, PacedRateLimiter

GROUP = "-100123"


async def test_a_slow_answer_does_not_stretch_the_spread_of_card_edits() -> None:
    """Each edit waited period/count after the previous edit's *answer*: with Telegram
    taking 100 ms to answer (an edit often does), a busy card changed every 3.1 s instead of
    every 3 s. The spread now counts from when the previous edit left; the group's window
    (4 here) still never holds more than it may, counted where Telegram counts."""
    limiter = PacedRateLimiter(Limits(overall=0, per_chat=0, per_group=4, per_group_period=0.8))
    loop = asyncio.get_running_loop()
    arrivals: list[float] = []

    async def slow(endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        arrivals.append(loop.time())  # where Telegram counts
        await asyncio.sleep(0.1)
        return {}

    for n in range(7):  # a card edited as soon as its group allows, as the core does
        await limiter.ready(GROUP)
        data = {"chat_id": GROUP, "text": str(n)}
        await limiter.process_request(slow, ("editMessageText", data), {}, "editMessageText",
                                      data, None)
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:], strict=False)]
    assert all(gap >= 0.2 - 2e-3 for gap in gaps), gaps  # 0.8 s / 4, never closer
    assert max(gaps[:3]) < 0.25, gaps  # not 0.2 + the answer's 0.1
    for i in range(len(arrivals) - 4):
        assert arrivals[i + 4] - arrivals[i] >= 0.8 - 2e-3, arrivals
