"""Session 9, helper org3: a volunteer runs a weekly board-game night from her phone.

She moved one date by hand (« /modifier 2 date vendredi 4 décembre 19h »: the room is taken
that Thursday) and a parent booked for that Friday was told so. A week later she put the whole
series half an hour later (« /modifierserie 1 heure 19h30 »): the Friday date jumped back to
Thursday 3 December, the parent was told « jeudi 3 décembre », and the volunteer's reply
listed it among the others without a word. README: « a time alone keeps every date on its
own day »."""

from __future__ import annotations

from recording import Bot, plain


async def test_a_date_moved_by_hand_keeps_its_day_when_the_series_time_changes(
        bot: Bot) -> None:
    await bot.say("/nouvelleserie Soirée jeux | jeudi 19h | | 20 | jeux")
    await bot.say("/participer 2 oui", user="lea")
    await bot.say("/modifier 2 date vendredi 4 décembre 19h")

    reply = plain(await bot.say("/modifierserie 1 heure 19h30"))

    assert "#2 vendredi 4 décembre à 19h30" in reply, reply
    told = plain(bot.platform.private_texts("lea")[-1])
    assert "vendredi 4 décembre 2026 à 19h30" in told and "jeudi" not in told, told
    listed = plain(await bot.say("/evenements", user="lea"))
    assert "#2 · Soirée jeux · vendredi 4 décembre 2026 à 19h30" in listed, listed
    # no second evening that week: the Thursday she moved away from stays empty
    assert "3 décembre" not in listed, listed


async def test_stopping_a_series_asks_first_and_says_what_it_would_do(bot: Bot) -> None:
    """« /annulerserie 1 » stopped the whole series at once, parents told, nothing to
    undo, while /annuler asks first; /annuler's own preview for one date names the line
    « /annulerserie 1 », and a volunteer typing it to see, or for event #1, lost every
    Thursday. Now it is a preview with the dates, the people told, and a button."""
    await bot.say("/nouvelleserie Soirée jeux | jeudi 19h | | 20 | jeux")
    await bot.say("/participer 2 oui", user="lea")

    preview = plain(await bot.say("/annulerserie 1"))

    assert "Arrêter la série n°1 « Soirée jeux » ?" in preview, preview
    assert "8 dates à venir" in preview, preview
    assert "et 1 personne qui y a répondu sera prévenue" in preview, preview
    assert "du jeudi 26 novembre 2026 à 19h au jeudi 14 janvier 2027 à 19h" in preview, preview
    assert "/annuler" in preview, preview  # one date only: how
    assert not bot.platform.private_texts("lea"), "lea told already"
    listed = plain(await bot.say("/evenements", user="lea"))
    assert "#2 · Soirée jeux" in listed, listed
    [reply] = await bot.replies("/annulerserie 1")
    yes, no = (b.action for b in reply.buttons)
    assert "continue" in plain(await bot.press(no))
    done = plain(await bot.press(yes))
    assert "Série n°1 « Soirée jeux » arrêtée : 8 dates annulées, 1 personne prévenue" in done
    assert "s'arrête" in bot.platform.private_texts("lea")[-1]


async def test_an_old_stop_button_stops_nothing(bot: Bot) -> None:
    await bot.say("/nouvelleserie Soirée jeux | jeudi 19h | | 20 | jeux")
    [reply] = await bot.replies("/annulerserie 1")
    bot.clock.advance(minutes=31)
    said = plain(await bot.press(reply.buttons[0].action))
    assert "plus de 30 minutes" in said and "/annulerserie 1" in said, said
    assert "n°1" in await bot.say("/series")
    # a member's forged press stops nothing either
    said = plain(await bot.press(reply.buttons[0].action, user="lea"))
    assert "n°1" in await bot.say("/series"), said


async def test_a_parent_told_of_a_series_change_reads_what_it_was_and_can_give_up(
        bot: Bot) -> None:
    """The series' notice read « Changement pour « Soirée jeux » : #2 jeudi 3 décembre 2026
    à 19h30 (Le Focus, Rochebelle, Alès). »: the same words for a new time, a new place or
    nothing she could see, and no way to give the seat up (/modifier's notice has both)."""
    await bot.say("/nouvelleserie Soirée jeux | jeudi 19h | | 20 | jeux")
    await bot.say("/participer 2 oui", user="lea")
    await bot.say("/modifierserie 1 heure 19h30")

    [(_, notice)] = [(u, r) for u, r in bot.platform.private if u == "lea"]
    said = plain(notice.text)
    assert "#2 jeudi 3 décembre 2026 à 19h30" in said, said
    assert "avant : jeudi 3 décembre 2026 à 19h," in said, said
    assert "Votre réponse est gardée" in said, said
    [button] = notice.buttons
    assert "Je ne pourrai pas venir" in button.label, button
    freed = plain(await bot.press(button.action, user="lea"))
    assert "vous ne venez pas" in freed, freed
    listed = plain(await bot.say("/evenements", user="lea"))
    assert "#2 · Soirée jeux · jeudi 3 décembre 2026 à 19h30 · 0/20" in listed, listed


async def test_a_new_place_says_the_old_one_and_asks_nothing(bot: Bot) -> None:
    await bot.say("/nouvelleserie Soirée jeux | jeudi 19h | | 20 | jeux")
    await bot.say("/participer 2 oui", user="lea")
    await bot.say("/modifierserie 1 lieu Salle 2")
    [notice] = [r for u, r in bot.platform.private if u == "lea"]
    said = plain(notice.text)
    assert "Salle 2 (avant : Le Focus, Rochebelle, Alès)" in said, said
    assert not notice.buttons, notice.buttons
