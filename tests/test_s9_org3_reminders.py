"""Session 9, helper org3: reminder settings in a parent's words (« /rappels … »).

A mother who only wants the day-before message typed « /rappels juste la veille, pas le jour
même »: the « pas » turned every reminder off (« Rappels désactivés. »), so she got none at
all. « /rappels seulement la veille » was answered « répondez oui ou non », without saying
that the moments are the same for everyone. Now both say so, change nothing, and give the
two lines that do something."""

from __future__ import annotations

import pytest

from recording import Bot, plain


@pytest.mark.parametrize("typed", [
    "/rappels juste la veille, pas le jour même",
    "/rappels seulement la veille",
    "/rappels pas 2h avant, juste la veille",
    "/rappels 1h avant stp",
])
async def test_asking_for_other_moments_changes_nothing_and_says_why(
        bot: Bot, typed: str) -> None:
    await bot.say("/start", user="lea")
    reply = plain(await bot.say(typed, user="lea"))
    assert "désactivés" not in reply, reply
    assert "mêmes pour tout le monde" in reply, reply
    assert "24h et 2h avant" in reply, reply
    assert "/rappels non" in reply and "/rappels oui" in reply, reply
    status = plain(await bot.say("/rappels", user="lea"))
    assert "activés" in status, status


async def test_in_english(bot: Bot) -> None:
    reply = plain(await bot.say("/reminders only the day before please", user="tom",
                                locale="en"))
    assert "same for everyone" in reply and "24h and 2h before" in reply, reply
    assert "Reminders off" not in reply, reply


async def test_plain_words_still_turn_them_off(bot: Bot) -> None:
    reply = plain(await bot.say("/rappels pas de rappels merci", user="lea"))
    assert "Rappels désactivés" in reply, reply
