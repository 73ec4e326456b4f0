"""Session 7: organisers plan an announcement from the event, as they say it: « la veille à
18h », « 3 jours avant à 10h », « une semaine avant 10h », « 2h avant », "the day before at
6pm". Each was refused with « Je n'ai pas compris la date ». Through the commands, a real
SQLite file, the clock injected (Wednesday 25 November 2026)."""

from __future__ import annotations

import pytest

from recording import Bot, plain


@pytest.mark.parametrize(("typed", "published"), [
    ("la veille à 18h", "vendredi 11 décembre 2026 à 18h"),
    ("3 jours avant à 10h", "mercredi 9 décembre 2026 à 10h"),
    ("une semaine avant 10h", "samedi 5 décembre 2026 à 10h"),
    ("2h avant", "samedi 12 décembre 2026 à 18h"),
    ("le jour même à 10h", "samedi 12 décembre 2026 à 10h"),
    ("la veille au soir 19h", "vendredi 11 décembre 2026 à 19h"),
])
async def test_an_announcement_counted_from_the_event(bot: Bot, typed: str,
                                                      published: str) -> None:
    await bot.say("/nouvelevenement Soirée jeux | samedi 12 décembre 20h | 20")
    text = plain(await bot.say(f"/annoncerplustard 1 {typed}"))
    assert f"sera publiée {published}" in text, text


async def test_counted_from_the_event_in_english_and_asked_when_unclear(bot: Bot) -> None:
    await bot.say("/nouvelevenement Soirée jeux | samedi 12 décembre 20h | 20")
    english = plain(await bot.say("/announcelater 1 the day before at 6pm", locale="en"))
    assert "December" in english and "11" in english and "18:00" in english, english
    text = plain(await bot.say("/annoncerplustard 1 la veille"))
    assert "À quelle heure" in text and "programmée" not in text, text
    text = plain(await bot.say("/annoncerplustard 1 3 semaines avant 10h"))
    assert "« 3 semaines avant 10h » est déjà passé" in text, text
