"""Session 8, helper org: what volunteer organisers paste or type through the commands (a
real SQLite file, the clock injected: Wednesday 25 November 2026, 11:00 in Paris)."""

from __future__ import annotations

from recording import Bot, plain


async def test_an_event_pasted_one_line_per_field_gets_its_line_to_copy(bot: Bot) -> None:
    """Pasted from a Facebook post, one thing per line, /creer answered « Il manque la
    date »: the date was there, on the second line. Now the reply gives the one-line form
    built from the organiser's own lines, and the place's /modifier line."""
    text = plain(await bot.say(
        "/creer Soirée jeux de société\nSamedi 28 novembre à 20h\nLieu : salle des fêtes\n"
        "Places : 30"))
    assert "Il manque la date" not in text, text
    assert "/creer Soirée jeux de société | Samedi 28 novembre à 20h | 30" in text, text
    assert "lieu salle des fêtes" in text and "/creer seul" in text, text
    assert await bot.core.storage.events.get(1) is None
    english = plain(await bot.say("/newevent Quiz night\nTitle: ignored\nWhen: saturday 8pm",
                                  locale="en"))
    assert "/newevent Quiz night | saturday 8pm" in english, english
    # the line given, typed back, creates it
    line = text.split("\n")[1] if "\n" in text else ""
    created = plain(await bot.say(line.strip()))
    assert "créé" in created and "samedi 28 novembre" in created, (line, created)


async def test_a_title_with_a_day_in_it_before_an_announcements_time(bot: Bot) -> None:
    """« /annoncerplustard Ciné du dimanche 18h » took « Ciné » as the event and « du
    dimanche 18h » as the moment: the card was planned for Sunday 29 November. The whole
    title is the event; « 18h » alone is today at 18h, as for any event."""
    assert "créé" in await bot.say("/nouvelevenement Ciné du dimanche | dimanche 13 décembre "
                                   "18h | 30")
    text = plain(await bot.say("/annoncerplustard Ciné du dimanche 18h"))
    assert "sera publiée" in text and "25 novembre" in text and "18h" in text, text
    assert "29 novembre" not in text, text
    pending = await bot.core.storage.announcements.pending()
    assert [p.at.hour for p in pending] == [17]  # 18h in Paris, in UTC


async def test_an_english_slashed_date_weeks_away_is_asked_at_creation(bot: Bot) -> None:
    """"/create Quiz night | 6/1 7pm | 30" was created on 6 January without a question; an
    American organiser meant 1 June."""
    text = plain(await bot.say("/create Quiz night | 6/1 7pm | 30", locale="en"))
    assert "6 January" in text and "1 June" in text and "created" not in text, text
    assert await bot.core.storage.events.get(1) is None


async def test_times_moved_with_the_words_organisers_use(bot: Bot) -> None:
    """« /modifier 1 horaires 20h-23h » and « /modifier 1 décaler à 21h » answered « Champ
    « horaires » inconnu »: both say the time."""
    assert "créé" in await bot.say("/nouvelevenement Soirée jeux | samedi 5 décembre 20h | 20")
    text = plain(await bot.say("/modifier 1 horaires 20h-23h"))
    assert "inconnu" not in text and "23h" in text, text
    event = await bot.core.storage.events.get(1)
    assert event is not None and event.ends_at is not None
    text = plain(await bot.say("/modifier 1 décaler à 21h"))
    assert "inconnu" not in text and "21h" in text, text
