"""Review of people counted in words (rv-words): parents write hyphenated family words."""

from __future__ import annotations

from typing import Any

import pytest
from test_telegram_adapter import LEA


async def test_a_grandmother_is_not_noted_as_a_child(tg: Any) -> None:
    """« /participer 1 oui ma grand-mère » answered « Enfants notés : Grand-Mère »: the
    hyphenated word was never recognised, so she was stored as a child by that name."""
    from test_telegram_adapter import new_event

    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 20")
    [reply] = await tg.say(LEA, f"/participer {event_id} oui ma grand-mère")
    assert "2 places" in reply.visible and "Grand" not in reply.visible, reply.visible


@pytest.mark.parametrize("words", ["mes petits-enfants", "mes grands-parents"])
async def test_grandchildren_without_a_number_are_asked(tg: Any, words: str) -> None:
    """« oui mes petits-enfants » booked 2 places with a child called « Petits-Enfants »;
    how many is open, so it is asked and nothing is booked."""
    from test_telegram_adapter import new_event

    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 20")
    [reply] = await tg.say(LEA, f"/participer {event_id} oui {words}")
    assert "Petits-Enfants" not in reply.visible and "Grands-Parents" not in reply.visible
    assert "place" not in reply.visible or "combien" in reply.visible.lower(), reply.visible


@pytest.mark.parametrize("said", ["mon fils veut apprendre à parler anglais",
                                  "he wants to learn to speak English, is there a class?"])
async def test_learning_english_is_not_read_as_speak_to_me_in_english(
        tg: Any, said: str) -> None:
    """« mon fils veut apprendre à parler anglais » answered « Pour que je vous écrive en
    anglais : /langue en »: a parent asking about classes, not about the bot's language."""
    from test_telegram_adapter import TOM

    [reply] = await tg.say(TOM if said.startswith("he") else LEA, said)
    assert "/langue en" not in reply.visible and "/language en" not in reply.visible, (
        reply.visible)


async def test_how_many_will_we_be_is_not_read_as_i_am_coming(tg: Any) -> None:
    """« on sera combien ? » (a parent asking how big the group is) answered « Attention : un
    message écrit ne vous inscrit pas » as if she had written that she comes."""
    [reply] = await tg.say(LEA, "on sera combien ?")
    assert "ne vous inscrit pas" not in reply.visible, reply.visible
