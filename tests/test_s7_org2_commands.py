"""Session 7, helper org2: what organisers type through the commands (a real SQLite file,
the clock injected: Wednesday 25 November 2026, 11:00 in Paris). An article before the
field to edit, a title with « Noël » in it before an announcement's time, « samedi 3h »
said back in words, and the days named with « prochain » or « 15 jours avant » asked."""

from __future__ import annotations

from recording import Bot, plain


async def _event(bot: Bot, line: str = "Soirée jeux | samedi 5 décembre 20h | 20") -> None:
    assert "créé" in await bot.say(f"/nouvelevenement {line}")


async def test_an_article_before_the_field_to_edit(bot: Bot) -> None:
    """« /modifier 1 le lieu Salle 2 » answered « Champ « le » inconnu »."""
    await _event(bot)
    text = plain(await bot.say("/modifier 1 le lieu Salle 2"))
    assert "Salle 2" in text and "inconnu" not in text, text
    text = plain(await bot.say("/modifier 1 l'heure 21h"))
    assert "à 21h" in text, text
    text = plain(await bot.say("/modifier Soirée jeux la date samedi 12 décembre"))
    assert "samedi 12 décembre 2026 à 21h" in text, text
    english = plain(await bot.say("/edit 1 the place Room 3", locale="en"))
    assert "Room 3" in english and "unknown" not in english.lower(), english
    event = await bot.core.storage.events.get(1)
    assert event is not None and event.place == "Room 3"


async def test_a_christmas_title_before_an_announcements_time(bot: Bot) -> None:
    """« Noël » in a title was read as the day: the event's words stopped before it, or
    the time became 25 December."""
    await _event(bot, "Soirée de Noël | samedi 19 décembre 19h | 40")
    text = plain(await bot.say("/annoncerplustard Soirée de Noël 18h"))
    assert "sera publiée" in text and "18h" in text, text
    assert "25 décembre" not in text


async def test_a_holiday_in_the_date_is_asked_when_it_may_be_a_party(bot: Bot) -> None:
    text = plain(await bot.say("/nouvelevenement Réveillon | nouvel an 20h | 30"))
    assert "jeudi 31 décembre" in text and "vendredi 1er janvier" in text, text
    assert "créé" not in text
    text = plain(await bot.say("/nouvelevenement Fête | soir de Noël 19h | 30"))
    assert "jeudi 24 décembre" in text and "vendredi 25 décembre" in text, text
    assert "créé" not in text


async def test_small_hours_are_said_in_words(bot: Bot) -> None:
    """« samedi 3h » was created at 3 in the morning without a word about it."""
    text = plain(await bot.say("/nouvelevenement Soirée | samedi 3h | 20"))
    assert "créé" in text and "3h du matin, dans la nuit de vendredi à samedi" in text, text
    assert "/modifier 1 heure 15h" in text
    text = plain(await bot.say("/modifier 1 heure 15h"))
    assert "du matin" not in text, text
    english = plain(await bot.say("/newevent Party | saturday 02:30 | 20", locale="en"))
    assert "02:30 in the morning, in the night from Friday to Saturday" in english, english


async def test_two_weeks_before_is_asked(bot: Bot) -> None:
    """« 15 jours avant » was read as 15 days, where it often means two weeks."""
    await _event(bot, "Soirée jeux | samedi 16 janvier 2027 20h | 20")
    text = plain(await bot.say("/annoncerplustard 1 15 jours avant à 10h"))
    assert "samedi 2 janvier" in text and "vendredi 1er janvier" in text, text
    assert "sera publiée" not in text
    assert await bot.core.storage.announcements.pending() == []


async def test_an_english_example_retyped_is_read_as_shown(bot: Bot) -> None:
    """The bot offered « /announcelater 1 03/05 18:00 » to an English-speaking organiser;
    typed back, « 03/05 » was asked as 3 May or 5 March: the example now says « 3 May »."""
    await bot.say("/newevent Quiz | 2027-05-04 20:00 | 20", locale="en")
    refused = plain(await bot.say("/announcelater 1 2027-05-05 10:00", locale="en"))
    example = refused.split("For example: ", 1)[1].split(",", 1)[0] if "For example: " in \
        refused else ""
    assert example.startswith("/announcelater 1 3 May"), refused
    text = plain(await bot.say(example, locale="en"))
    assert "3 May" in text and "18:00" in text and "or" not in text.split("3 May")[0], text
    assert len(await bot.core.storage.announcements.pending()) == 1


async def test_small_hours_said_in_the_guided_creation(bot: Bot) -> None:
    """Step by step, « samedi 3h » was « Compris : samedi 28 novembre 2026 à 3h »: the
    night from Friday to Saturday, without a word about it."""
    await bot.say("/creer")
    await bot.say("Projection")
    await bot.say("Ciné de nuit")
    text = plain(await bot.say("samedi 3h"))
    assert "3h du matin, dans la nuit de vendredi à samedi" in text, text
