"""Session 9, helper org: « Série n°1 créée … 8 dates prêtes … Prochaines dates : » listed
only 4 of them, without a word about the others: the organiser counted, and asked where the
rest had gone. Every date the reply counts is shown, or the reply says where the others are."""

from __future__ import annotations

import re

from recording import Bot, plain


async def test_the_dates_counted_are_the_dates_listed_or_the_rest_is_pointed_to(bot: Bot) -> None:
    said = plain(await bot.say("/nouvelleserie Atelier vidéo | tous les mercredis 14h"))
    counted = re.search(r"(\d+) dates? prêtes?", said)
    assert counted is not None, said
    listed = said.count("• #")
    left = int(counted.group(1)) - listed
    assert left == 0 or f"et {left} autre" in said, said
    assert left == 0 or "/evenements" in said, said


async def test_in_english_too(bot: Bot) -> None:
    said = plain(await bot.say("/nouvelleserie Video lab | every wednesday 2pm", locale="en"))
    counted = re.search(r"(\d+) dates? ready", said)
    assert counted is not None, said
    left = int(counted.group(1)) - said.count("• #")
    assert left == 0 or f"and {left} more" in said, said
