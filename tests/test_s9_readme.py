"""Session 9, helper readme: what checking the README's new lines against the bot turned up.
The README promises that a date typed at guided creation's title question is kept as the
date and the title asked again; with a month in it, it is not. `now` is Wednesday
25 November 2026, 11:00 Paris (tests/recording.py)."""

from __future__ import annotations

from recording import Bot, plain


async def test_a_date_with_its_month_at_the_title_question_is_kept_as_the_date(
        bot: Bot) -> None:
    await bot.say("/creer")
    await bot.say("soirée")
    reply = plain(await bot.say("samedi 5 décembre 20h"))
    # now: « Compris : Soirée thématique, « samedi », samedi 5 décembre 2026 à 20h. »
    assert "« samedi »" not in reply, reply
    assert "samedi 5 décembre 2026 à 20h" in reply and "Quel titre" in reply, reply
