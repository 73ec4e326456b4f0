"""Reviewer's checks of session 5's adapter changes (a parent on Telegram typing in the group)."""

from __future__ import annotations

from typing import Any

from test_s5_tg_adapter import ROSE, announced
from test_telegram_adapter import GROUP


async def test_a_typed_command_still_gets_an_answer_after_a_first_nudge(tg: Any) -> None:
    """Rose, unreachable in private, types « /calendrier 1 » in the group twice: the second
    time nothing at all happened (the « told once » note is for taps, which get a toast)."""
    event_id, _card = await announced(tg)
    tg.fake.fail(None, 403, "Forbidden: bot can't initiate conversation with a user",
                 chat_id=ROSE["id"], times=50)
    for _ in range(2):
        before = len(tg.fake.chat(GROUP))
        await tg.say(ROSE, f"/calendrier {event_id}", chat=GROUP)
        told = [m for m in tg.fake.chat(GROUP)[before:] if "Rose" in m.visible]
        assert told, "no answer at all in the group"
