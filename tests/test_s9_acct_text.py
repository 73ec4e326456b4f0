"""Session 9: the words every feature reads (a plain yes or no, the words of a line) live
beside `fold` in bot/text.py, not in one feature that three others import; and what a member
types reads the same wherever it goes (/participer, /rappels, /oubliemoi)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import text
from recording import Bot, new_event

ROOT = Path(__file__).resolve().parent.parent


def _imports_account_parsers(path: Path) -> bool:
    return re.search(r"from commands\.account\.parsers import|commands\.account import parsers",
                     path.read_text(encoding="utf-8")) is not None


def test_shared_words_are_in_bot_text() -> None:
    assert {"oui", "ouais", "ok"} <= text.YES and {"non", "nn", "nope"} <= text.NO
    # « oui, pas de souci »: politeness whose « pas » says no refusal.
    assert text.line_words("Oui, pas de souci !") == ["oui"]
    assert text.line_words("No problem, turn them ON 👍") == ["turn", "them", "on"]


@pytest.mark.parametrize("feature", ["commands/reminders/handlers.py",
                                     "commands/rsvp/parsers.py"])
def test_features_take_the_shared_words_from_bot_text(feature: str) -> None:
    assert not _imports_account_parsers(ROOT / feature)


def test_no_other_feature_or_adapter_keeps_its_own_copy() -> None:
    posters = (ROOT / "commands/posters/handlers.py").read_text(encoding="utf-8")
    assert re.search(r"from commands\.account\.parsers import[^\n]*line_words", posters) is None
    for adapter in ("telegram", "discord"):
        source = (ROOT / f"bot/adapters/{adapter}/adapter.py").read_text(encoding="utf-8")
        assert "_WORDED" not in source, adapter


async def test_the_same_yes_reads_the_same_in_three_commands(bot: Bot) -> None:
    """« ouais » answers an event, turns reminders on and confirms an erasure alike."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    assert "C'est noté" in await bot.say(f"/participer {event_id} ouais", user="lea")
    await bot.say("/rappels non", user="lea")
    await bot.say("/rappels ouais", user="lea")
    member = await bot.core.storage.members.find(bot.platform.platform, "lea")
    assert member is not None and member.reminders
    said = await bot.say("/oubliemoi ouais", user="lea")
    assert await bot.core.storage.members.find(bot.platform.platform, "lea") is None, said
