"""Session 7 (acct2): an erasure that lands between a reminder's claim and its send.

The fan-out claims a reminder, then reads the member's language, then sends: /oubliemoi
handled in between (another coroutine, the same file) must stop that message. The moment is
made exact with a trigger in the real SQLite file: the member's row goes (as /oubliemoi's
DELETE does, its cascades with it) the instant the claim is written, and, in the second
case, a row with the freed number appears (as a database from before the `member_ids`
migration could give it to a newcomer).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from scheduler_helpers import tick_at

from bot.scheduler import Scheduler
from recording import Bot, new_event


async def _erased_at_claim(bot: Bot, user: str, *, offset: str, newcomer: bool) -> int:
    member = await bot.core.storage.members.find("test", user)
    assert member is not None
    reuse = (f"INSERT INTO members (id, platform, platform_user_id, display_name, created_at)"
             f" VALUES ({member.id}, 'test', 'carl', 'Carl', '2026-11-25T10:00:00Z');"
             if newcomer else "")
    async with bot.core.storage.db.transaction() as db:
        await db.execute(
            "CREATE TRIGGER erased_at_claim AFTER INSERT ON reminder_deliveries"
            f" WHEN NEW.member_id = {member.id} AND NEW.status = 'sending'"
            f" AND NEW.offset_seconds {offset}"
            f" BEGIN DELETE FROM members WHERE id = {member.id}; {reuse} END")
    return member.id


@pytest.mark.parametrize("newcomer", [False, True], ids=["erased", "number_reused"])
async def test_a_reminder_claimed_just_before_an_erasure_is_not_sent(
        bot: Bot, newcomer: bool) -> None:
    """Bob typed /oubliemoi while the reminders went out: his was claimed, then sent anyway
    (« Rappel : demain à 20h ») to the person who had just been told « tout est effacé »."""
    event_id = await new_event(bot, "Jeux | 2026-11-26 20:00 | 10")
    for user in ("ana", "bob"):
        await bot.say(f"/participer {event_id}", user=user)
    await _erased_at_claim(bot, "bob", offset=">= 0", newcomer=newcomer)
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    await tick_at(bot, Scheduler(bot.core), start - timedelta(hours=23))
    assert any("Rappel" in t for t in bot.platform.private_texts("ana"))
    assert bot.platform.private_texts("bob") == []
    assert bot.platform.private_texts("carl") == []


async def test_an_organiser_erased_as_the_summary_is_claimed_gets_no_summary(
        bot: Bot) -> None:
    """The same for the organiser's morning summary (« 📋 Aujourd'hui… »)."""
    event_id = await new_event(bot, "Jeux | 2026-11-26 20:00 | 10")
    await bot.say(f"/participer {event_id}", user="ana")
    await _erased_at_claim(bot, "orga", offset="< 0", newcomer=False)
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    await tick_at(bot, Scheduler(bot.core), start - timedelta(hours=10))
    assert not [t for t in bot.platform.private_texts("orga") if "📋" in t]
