"""Session 7: series rhythms and event dates as volunteer organisers type them, through the
commands (a real SQLite file, the clock injected): a day span is every day of it, « sauf
vacances » gets an answer that helps, noon can start or end a range, and the French « dans
15 jours » is asked rather than read as 15 days."""

from __future__ import annotations

from recording import Bot
from storage.models import Series


async def _series(bot: Bot) -> list[Series]:
    return await bot.core.storage.series.active()


async def test_du_lundi_au_vendredi_is_every_day_of_the_week(bot: Bot) -> None:
    """A week-long holiday course was read as Monday and Friday only: three of its five
    dates were lost, without a word."""
    text = await bot.say("/nouvelleserie Stage vidéo | du lundi au vendredi 14h-17h")
    assert "lundi, mardi, mercredi, jeudi et vendredi" in text
    assert "mercredi 25 novembre à 14h" in text and "jeudi 26 novembre à 14h" in text
    english = await bot.say("/newseries Video camp | monday to friday 2-5pm", locale="en")
    assert "Tuesday" in english and "Thursday" in english


async def test_sauf_vacances_is_answered_with_what_to_do(bot: Bot) -> None:
    text = await bot.say("/nouvelleserie Atelier | tous les mercredis 14h sauf vacances")
    assert "ne sait pas sauter les vacances" in text
    assert "tous les mercredis 14h" in text and "/annuler" in text
    assert "Je n'ai pas compris" not in text
    assert await _series(bot) == []  # nothing created on a guess


async def test_noon_starts_or_ends_a_series_range(bot: Bot) -> None:
    """« de midi à 14h » was refused as « two different times »: wrong, and no help."""
    text = await bot.say("/nouvelleserie Midi jeux | tous les mercredis de midi à 14h")
    assert "chaque mercredi à 12h (jusqu'à 14h)" in text
    text = await bot.say("/nouvelleserie Café numérique | samedi matin 10h → midi")
    assert "chaque samedi à 10h (jusqu'à 12h)" in text


async def test_dans_quinze_jours_is_asked_not_read_as_fifteen_days(bot: Bot) -> None:
    """« dans 15 jours » means two weeks to most French speakers: it was silently read as
    15 days on (a Thursday instead of the Wednesday two weeks on)."""
    text = (await bot.say("/nouvelevenement Goûter | dans 15 jours à 18h")).replace(
        "\xa0", " ")
    assert "le mercredi 9 décembre" in text and "le jeudi 10 décembre" in text
    assert "créé" not in text
    text = await bot.say("/nouvelevenement Goûter | mercredi 9 décembre à 18h")
    assert "créé" in text


async def test_noel_and_spoken_half_hours_are_dates(bot: Bot) -> None:
    text = await bot.say("/nouvelevenement Goûter de Noël | Noël 15h et demie")
    assert "vendredi 25 décembre 2026 à 15h30" in text


async def test_two_days_with_a_dash_are_asked_pair_or_span(bot: Bot) -> None:
    """« mardi-jeudi » was read as Tuesday and Thursday; « lundi-vendredi » on a course
    poster means the whole week. Both are common: asked, with the two lines to type."""
    text = (await bot.say("/nouvelleserie Club vidéo | mardi-jeudi 18h")).replace("\xa0", " ")
    assert "« mardi et jeudi »" in text and "« du mardi au jeudi »" in text
    assert await _series(bot) == []
    text = await bot.say("/nouvelleserie Club vidéo | samedi-dimanche 10h")  # the same
    assert "chaque samedi et dimanche à 10h" in text
