"""Session 9, helper org2: a volunteer on a phone answers ahead of the question. The date
typed at « Quel titre ? » became the title (« samedi 20h », then « Quand ? » asked as if
nothing had happened); « samedi ou dimanche 20h » as a first answer made the title
« samedi ou » on Sunday; `/creer samedi 20h` was told « Il manque la date » when the title
was what was missing. `now` is Wednesday 25 November 2026, 11:00 Paris."""

from __future__ import annotations

from recording import Bot, plain


async def test_a_date_typed_at_the_title_question_is_kept_as_the_date(bot: Bot) -> None:
    await bot.say("/creer")
    await bot.say("soirée")
    reply = plain(await bot.say("samedi 20h"))
    # before: « Quand ? Par exemple… », the title being « samedi 20h »
    assert "samedi 28 novembre 2026 à 20h" in reply, reply
    assert "Quel titre" in reply, reply
    after = plain(await bot.say("Soirée karaoké"))
    assert "Combien de places" in after and "Quand" not in after, after


async def test_two_dates_as_the_first_answer_make_no_title_of_them(bot: Bot) -> None:
    await bot.say("/creer")
    reply = plain(await bot.say("samedi ou dimanche 20h"))
    assert "« samedi ou »" not in reply, reply
    assert "samedi 28 novembre à 20h" in reply and "dimanche 29 novembre à 20h" in reply, reply


async def test_creer_with_a_date_alone_says_the_title_is_missing(bot: Bot) -> None:
    reply = plain(await bot.say("/creer samedi 20h"))
    assert "Il manque la date" not in reply, reply
    assert "titre" in reply and "| samedi 20h" in reply, reply
    assert "Aucun événement" in await bot.say("/evenements")


async def test_creer_with_two_dates_alone_asks_which(bot: Bot) -> None:
    reply = plain(await bot.say("/creer samedi ou dimanche 20h"))
    assert "samedi ou |" not in reply, reply
    assert "samedi 28 novembre à 20h" in reply and "dimanche 29 novembre à 20h" in reply, reply


async def test_a_title_with_an_hour_stays_a_title(bot: Bot) -> None:
    await bot.say("/creer")
    await bot.say("soirée")
    reply = plain(await bot.say("Brunch 11h"))
    assert "Quand" in reply, reply


POSTER = ("🎲 SOIRÉE JEUX DE SOCIÉTÉ 🎲\nSamedi 5 décembre de 19h à 22h\nAu Focus, Rochebelle\n"
          "30 places\nVenez nombreux !")


async def test_a_poster_pasted_at_the_first_question_fills_what_it_tells(bot: Bot) -> None:
    await bot.say("/creer")
    reply = plain(await bot.say(POSTER))
    # before: « Type « 🎲 SOIRÉE JEUX DE SOCIÉTÉ 🎲\nSam » inconnu. »
    assert "inconnu" not in reply, reply
    assert "SOIRÉE JEUX DE SOCIÉTÉ" in reply, reply
    assert "samedi 5 décembre 2026 à 19h" in reply and "30 places" in reply, reply

