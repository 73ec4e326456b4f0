"""Session 9, helper org2: the lead's decision on a day number just past (« le 24 à 20h »
typed on Wednesday 25 November): it reads as the next 24th, 24 December, and the reply must
say that date in words, weekday and month, so an organiser who meant yesterday sees it at
once. The probes of tests/test_s8_org_probes.py accept that reading because of this test."""

from __future__ import annotations

import pytest

from recording import Bot, plain


@pytest.mark.parametrize("typed", ["/creer Karaoké | le 24 à 20h | 30",
                                   "/creer Karaoké | le 24 a 20h"])
async def test_a_day_number_just_past_is_next_month_said_in_words(bot: Bot, typed: str) -> None:
    reply = plain(await bot.say(typed))  # Wednesday 25 November 2026
    assert "créé" in reply, reply
    assert "jeudi 24 décembre 2026 à 20h" in reply.splitlines()[0], reply


async def test_the_same_in_english_names_the_weekday_and_month(bot: Bot) -> None:
    reply = plain(await bot.say("/create Karaoke | the 24th at 8pm", locale="en"))
    assert "Thursday 24 December 2026" in reply.splitlines()[0], reply
