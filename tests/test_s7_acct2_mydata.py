"""Session 7 (acct2): /mesdonnees as a volunteer organiser reads it, and the welcome in
English."""

from __future__ import annotations

from recording import Bot, new_event, plain


async def test_mydata_names_the_events_an_organiser_created(bot: Bot) -> None:
    """« • Événements créés : #1, #2, #3 »: numbers nobody remembers. Each one now reads as
    the answers do, with its title and date (and « annulé » for one called off)."""
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    film = await new_event(bot, "Ciné-club | 2026-12-12 20:30")
    await bot.say(f"/annuler {film} neige confirmer")
    shown = plain(await bot.say("/mesdonnees"))
    assert "• Événements créés :" in shown, shown
    assert f"#{games} Soirée jeux — samedi 5 décembre 2026 à 20h" in shown, shown
    assert f"#{film} Ciné-club — samedi 12 décembre 2026 à 20h30 — annulé" in shown, shown
    english = plain(await bot.say("/mydata", locale="en"))
    assert f"#{games} Soirée jeux — " in english and "— cancelled" in english, english


async def test_mydata_writes_inclusively_as_the_rest_of_the_bot(bot: Bot) -> None:
    """« les listes de participants qu'un organisateur a téléchargées », where every other
    message writes « participant·e·s » and « organisateur·rice »."""
    shown = plain(await bot.say("/mesdonnees", user="ana"))
    assert "listes de participant·e·s qu'un·e organisateur·rice a téléchargées" in shown, shown
    assert "participants" not in shown and "un organisateur" not in shown, shown


async def test_the_english_welcome_reads_naturally(bot: Bot) -> None:
    """« Welcome Tom! I am Le Focus's bot. »"""
    shown = await bot.say("/start", user="tom", locale="en")
    assert shown.startswith("Welcome Tom! I'm the Le Focus bot."), shown
    assert "Focus's" not in shown, shown


async def test_first_contact_is_this_message_only_when_it_is(bot: Bot) -> None:
    """Léa typed /start, then /mesdonnees five seconds later: « Premier contact : à
    l'instant, par ce message » — it was her /start."""
    await bot.say("/start", user="lea")
    bot.clock.advance(seconds=5)
    shown = plain(await bot.say("/mesdonnees", user="lea"))
    assert "par ce message" not in shown, shown
    assert "Premier contact : mercredi 25 novembre 2026 à 11h" in shown, shown


async def test_the_organisers_question_and_data_name_events_by_title(bot: Bot) -> None:
    """/oubliemoi said « Les événements que vous avez créés (#2, #3, #1, #4, #5, #6, #7, #8,
    #9) restent au programme » and /mesdonnees « Annonces programmées par vous : #1 (jeudi…) »:
    numbers a volunteer never learnt."""
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say("/nouvelleserie Club photo | vendredi 19h30")
    await bot.say(f"/annoncerplustard {games} demain 10h")
    asked = plain(await bot.say("/oubliemoi"))
    assert f"« Soirée jeux » (#{games})" in asked, asked
    assert "« Club photo » (#2, #3, #4" in asked, asked
    english = await bot.say("/forgetme", locale="en")
    assert f"\"Soirée jeux\" (#{games})" in english, english
    shown = plain(await bot.say("/mesdonnees"))
    assert (f"Annonces programmées par vous : « Soirée jeux » (#{games}), "
            "jeudi 26 novembre 2026 à 10h") in shown, shown
