"""Session 8, helper org2: a market every Saturday « 9h pour 13h » (9 to 1, as the poster
says): /nouvelleserie refused it as « la fin doit venir après le début, au plus 12 heures »,
where /creer with the same words asks « jusqu'à 13h ? » with the line to type."""

from __future__ import annotations

import pytest

from recording import Bot, plain


@pytest.mark.parametrize("rhythm", ["tous les samedis 9h pour 13h", "samedi 9h pour 13h"])
async def test_nine_for_thirteen_is_asked_as_until_one(bot: Bot, rhythm: str) -> None:
    said = plain(await bot.say(f"/nouvelleserie Marché | {rhythm}"))
    assert "jusqu'à 13h" in said, said
    assert "au plus 12 heures" not in said, said
    assert await bot.core.storage.series.get(1) is None


async def test_the_line_it_offers_creates_the_series(bot: Bot) -> None:
    said = plain(await bot.say("/nouvelleserie Marché | tous les samedis 9h pour 13h"))
    assert "tous les samedis 9h - 13h" in said, said
    created = plain(await bot.say("/nouvelleserie Marché | tous les samedis 9h - 13h"))
    assert "jusqu'à 13h" in created and "créée" in created, created


async def test_a_length_over_twelve_hours_is_still_refused(bot: Bot) -> None:
    said = plain(await bot.say("/nouvelleserie Nuit | tous les samedis 9h pendant 13h"))
    assert "au plus 12 heures" in said, said
