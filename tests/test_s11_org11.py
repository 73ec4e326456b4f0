"""Session 11, helper org11: a volunteer organiser's evening (a board-game night and a
screening; the room, the seats, the time, the parents told, the door, a copy for next week,
/aide in her own words), through the console's path and both adapters' fakes, read as she
reads it. The probes were written before reading the organisers' handlers."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import ALICE, ORGA
from test_discord_adapter import running as discord_running
from test_telegram_adapter import LEA
from test_telegram_adapter import ORGA as TG_ORGA

from recording import Bot, new_event, plain, private_text


async def _evening(bot: Bot) -> None:
    """#1 the board-game night on Saturday 28 November 20h (Léa going with two), #2 the
    screening on Sunday 29 November 18h."""
    await new_event(bot, "Soirée jeux de société | samedi 20h | 20 | jeux")
    await new_event(bot, "Projection Chihiro | dimanche 18h | 40 | projection")
    await bot.say("/participer 1 oui +2", user="lea")


# -- two changes in one line ----------------------------------------------------------------

@pytest.mark.parametrize(("typed", "first", "second"), [
    ("/modifier 1 lieu Salle 2 et places 30", "/modifier 1 lieu Salle 2",
     "/modifier 1 places 30"),
    ("/modifier 1 lieu Salle 2, places 30", "/modifier 1 lieu Salle 2",
     "/modifier 1 places 30"),
    ("/modifier 1 lieu Salle 2 et l'heure 21h", "/modifier 1 lieu Salle 2",
     "/modifier 1 heure 21h"),
    ("/modifier 1 places 30 et lieu Salle 2", "/modifier 1 places 30",
     "/modifier 1 lieu Salle 2"),
])
async def test_two_changes_in_one_line_are_asked_and_nobody_is_told(
        bot: Bot, typed: str, first: str, second: str) -> None:
    """She moves the night to Salle 2 and raises the seats in one breath. She read
    « Événement #1 modifié : lieu → Salle 2 et places 30 » and Léa was told the night was
    now in « Salle 2 et places 30 » (the seats unchanged). Now: one change a line, the two
    lines to send, nothing changed, nobody told."""
    await _evening(bot)
    said = plain(await bot.say(typed))
    assert "modifié" not in said, said
    assert first in said and second in said, said
    event = await bot.core.storage.events.get(1)
    assert event is not None and event.capacity == 20
    assert "Salle 2" not in (event.place or "")
    assert "Salle 2" not in private_text(bot, "lea")


@pytest.mark.parametrize("place", ["Salle des fêtes et jardin", "Salle 2 et 3",
                                   "Cour et préau, entrée rue Pasteur"])
async def test_a_place_with_et_in_its_name_is_still_changed(bot: Bot, place: str) -> None:
    await _evening(bot)
    said = plain(await bot.say(f"/modifier 1 lieu {place}"))
    assert f"lieu → {place}" in said, said


async def test_two_changes_in_discords_value_option_are_asked(db_path: Path) -> None:
    """On Discord: champ « Lieu », valeur « Salle 2 et places 30 »: the form's words."""
    async with discord_running(db_path) as dc:
        await dc.command("newevent", {"title": "Soirée jeux", "when": "samedi 20h",
                                      "capacity": 20}, user=ORGA)
        await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)
        said = plain((await dc.command("editevent", {"event": 1, "field": "place",
                                                     "value": "Salle 2 et places 30"},
                                       user=ORGA)).text)
        assert "modifié" not in said, said
        assert "valeur « Salle 2 »" in said and "« Nombre de places »" in said, said
        event = await dc.core.storage.events.get(1)
        assert event is not None and event.place != "Salle 2 et places 30"


async def test_two_changes_on_telegram_are_asked(tg: object) -> None:
    from test_telegram_adapter import Harness

    assert isinstance(tg, Harness)
    await tg.say(TG_ORGA, "/creer Soirée jeux | samedi 20h | 20")
    await tg.say(LEA, "/participer 1 oui")
    said = plain(" ".join(m.visible for m in await tg.say(
        TG_ORGA, "/modifier 1 lieu Salle 2 et places 30")))
    assert "/modifier 1 places 30" in said and "modifié" not in said, said


# -- nobody to tell -------------------------------------------------------------------------

async def test_a_change_nobody_answered_says_so_in_words(bot: Bot) -> None:
    """The screening nobody answered yet, moved to Salle 2: she read « 0 personne prévenue
    en privé. » Now, as the cancel preview says it: nobody answered, no message went out."""
    await _evening(bot)
    said = plain(await bot.say("/modifier 2 lieu Salle 2"))
    assert "0 personne" not in said, said
    assert "Personne n'y a répondu : aucun message n'est parti." in said, said
    english = plain(await bot.say("/edit 2 place Room 3", locale="en"))
    assert "0 people" not in english and "Nobody answered it" in english, english


async def test_a_change_with_people_still_counts_them(bot: Bot) -> None:
    await _evening(bot)
    said = plain(await bot.say("/modifier 1 lieu Salle 2"))
    assert "1 personne prévenue en privé." in said, said


# -- a copy for the week after -------------------------------------------------------------

@pytest.mark.parametrize("typed", ["la semaine d'après", "la semaine suivante",
                                   "une semaine plus tard", "+1 semaine",
                                   "même heure la semaine d'après", "the week after"])
async def test_a_copy_for_the_week_after_is_a_week_after_the_event(bot: Bot,
                                                                   typed: str) -> None:
    """« /dupliquer 1 la semaine d'après » for Saturday's night: « Je n'ai pas compris la
    date ». Now Saturday 5 December, 20h, said in words."""
    await _evening(bot)
    said = plain(await bot.say(f"/dupliquer 1 {typed}"))
    assert "samedi 5 décembre 2026 à 20h" in said or "Saturday 5 December" in said, said
    assert "#3" in said, said


async def test_in_a_week_counted_from_today_or_from_the_event_is_asked(bot: Bot) -> None:
    """On Wednesday, « /dupliquer 1 dans une semaine » for Saturday's night made a copy on
    Wednesday 2 December at 20h, said as done: a board-game night on the wrong day. Now
    asked, both dates in words, nothing created."""
    await _evening(bot)
    said = plain(await bot.say("/dupliquer 1 dans une semaine"))
    assert "mercredi 2 décembre" in said and "samedi 5 décembre" in said, said
    assert "/dupliquer 1 samedi 5/12" in said, said
    assert "Copie" not in said, said
    assert await bot.core.storage.events.get(3) is None


async def test_in_a_week_from_an_event_held_today_is_that_day_next_week(bot: Bot) -> None:
    """The same words about an event on today's weekday: one meaning, no question."""
    await new_event(bot, "Atelier vidéo | mercredi 25 novembre 14h | 8")
    said = plain(await bot.say("/dupliquer 1 dans une semaine"))
    assert "mercredi 2 décembre 2026 à 14h" in said, said


async def test_next_week_for_last_months_night_is_next_weeks_same_day(bot: Bot) -> None:
    """Last month's Friday quiz, copied « la semaine prochaine »: next week's Friday."""
    await new_event(bot, "Quiz | vendredi 27 novembre 20h | 30")
    bot.clock.advance(days=30)  # Friday 25 December 2026... a month on
    said = plain(await bot.say("/dupliquer 1 la semaine prochaine"))
    assert "vendredi 1er janvier 2027 à 20h" in said, said


# -- /aide in her own words ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "command"), [
    ("/aide comment changer la salle", "/modifier"),
    ("/aide changer l'heure", "/modifier"),
    ("/aide comment voir qui vient", "/participants"),
    ("/aide qui est inscrit", "/participants"),
    ("/aide supprimer un événement", "/annuler"),
    ("/aide copier la soirée de la semaine dernière", "/dupliquer"),
    ("/aide comment prévenir les parents", "/ecrire"),
    ("/aide à l'entrée le soir", "/pointage"),
    ("/aide publier dans le groupe", "/annoncer"),
    ("/help how to see who is coming", "/attendees"),
])
async def test_help_asked_in_her_own_words_finds_the_command(bot: Bot, typed: str,
                                                             command: str) -> None:
    """« /aide comment changer la salle »: she read « Je ne trouve pas … parmi vos
    commandes. Les voici : » and forty lines. Now that command's line."""
    said = plain(await bot.say(typed, locale="en" if typed.startswith("/help") else None))
    assert "Je ne trouve pas" not in said and "not find" not in said, said
    assert said.startswith(f"• {command} "), said


async def test_help_in_words_finds_it_on_discord_too(db_path: Path) -> None:
    async with discord_running(db_path) as dc:
        said = plain((await dc.command("help", {"command": "comment changer la salle"},
                                       user=ORGA)).text)
        assert said.startswith("• /modifier [numero] [champ] [valeur]"), said


async def test_a_member_asking_the_same_is_not_shown_organisers_commands(bot: Bot) -> None:
    said = plain(await bot.say("/aide comment voir qui vient", user="lea"))
    assert "/participants" not in said, said


# -- proposals (bot/spec.py is mine, but the names live in the features' specs/parsers) ---

@pytest.mark.parametrize(("typed", "place"), [("salle Grande salle", "Grande salle"),
                                              ("salle 2", "Salle 2"),
                                              ("salle du fond", "Salle du fond")])
async def test_salle_is_the_place(bot: Bot, typed: str, place: str) -> None:
    """« /modifier 1 salle Grande salle »: « Champ « salle » inconnu ». The room is the
    word a volunteer uses; « salle 2 » keeps its word."""
    await _evening(bot)
    said = plain(await bot.say(f"/modifier 1 {typed}"))
    assert f"lieu → {place}" in said, said


async def test_salle_is_the_place_of_a_series_too(bot: Bot) -> None:
    """« /modifierserie 1 salle 3 »: « Champ « salle » inconnu »."""
    await _english_class(bot)
    said = plain(await bot.say("/modifierserie 1 salle 3"))
    assert "lieu → Salle 3" in said, said


async def test_nombre_de_places_is_the_seats(bot: Bot) -> None:
    """« /modifier 1 nombre de places 30 »: « Champ « nombre » inconnu »."""
    await _evening(bot)
    said = plain(await bot.say("/modifier 1 nombre de places 30"))
    assert "places → 30" in said, said


async def test_sans_limite_is_unlimited(bot: Bot) -> None:
    """« /modifier 1 places sans limite »: « n'est pas un nombre de places valable »."""
    await _evening(bot)
    said = plain(await bot.say("/modifier 1 places sans limite"))
    assert "places → illimité" in said, said


async def test_supprimer_shows_the_cancel_preview(bot: Bot) -> None:
    """« /supprimer 2 »: she read « Vouliez-vous dire : /faqsupprimer ? » (an FAQ entry).
    Now the cancel preview, nothing cancelled before « Confirmer »."""
    await _evening(bot)
    said = plain(await bot.say("/supprimer 2"))
    assert said.startswith("Annuler #2 « Projection Chihiro »"), said
    assert "faqsupprimer" not in said, said


async def test_modif_is_modifier(bot: Bot) -> None:
    """« /modif 1 places 30 »: « Vouliez-vous dire : /modifier, /modifierserie ? »."""
    await _evening(bot)
    said = plain(await bot.say("/modif 1 places 30"))
    assert "places → 30" in said, said


# -- the same in a series, and a cancellation nobody answered -----------------------------

async def _english_class(bot: Bot) -> None:
    """Série n°1, every Wednesday 18h (#1 today, #2 next week…); Léa going to #2."""
    said = await bot.say("/nouvelleserie Atelier anglais | tous les mercredis 18h | "
                         "chaque semaine | 12 | anglais")
    assert "Série n°1" in said, said
    await bot.say("/participer 2 oui", user="lea")


async def test_two_changes_in_one_series_line_are_asked(bot: Bot) -> None:
    """« /modifierserie 1 lieu Salle 2 et places 15 »: every date moved to « Salle 2 et
    places 15 », and Léa told so. Now asked, nothing changed."""
    await _english_class(bot)
    said = plain(await bot.say("/modifierserie 1 lieu Salle 2 et places 15"))
    assert "/modifierserie 1 lieu Salle 2\n/modifierserie 1 places 15" in said, said
    assert "modifiée" not in said, said
    event = await bot.core.storage.events.get(2)
    assert event is not None and "Salle 2" not in (event.place or "")
    assert "Salle 2" not in private_text(bot, "lea")


async def test_a_series_change_nobody_answered_says_so(bot: Bot) -> None:
    """« … 9 dates à venir mises à jour, 0 personne prévenue. »"""
    said = await bot.say("/nouvelleserie Quiz | tous les jeudis 19h")
    assert "Série n°1" in said, said
    moved = plain(await bot.say("/modifierserie 1 lieu Salle 3"))
    assert "0 personne" not in moved, moved
    assert "personne n'y est inscrit·e : aucun message n'est parti" in moved, moved
    renamed = plain(await bot.say("/modifierserie 1 titre Quiz musical"))
    assert "0 personne" not in renamed and "prévenu" not in renamed, renamed


async def test_a_series_change_with_people_still_counts_them(bot: Bot) -> None:
    await _english_class(bot)
    moved = plain(await bot.say("/modifierserie 1 lieu Salle 3"))
    assert "1 personne prévenue" in moved, moved


async def test_a_cancellation_nobody_answered_says_so(bot: Bot) -> None:
    """« /annuler 2 panne confirmer » for the screening nobody answered: « Événement #2
    « Projection Chihiro » annulé. 0 personne prévenue. »"""
    await _evening(bot)
    said = plain(await bot.say("/annuler 2 panne confirmer"))
    assert "0 personne" not in said, said
    assert ("Événement #2 « Projection Chihiro » annulé. Personne n'y avait répondu : aucun "
            "message n'est parti.") in said, said
    told = plain(await bot.say("/annuler 1 neige confirmer"))
    assert "annulé. 1 personne prévenue." in told, told


async def test_two_changes_in_a_series_on_discord_name_the_fields(db_path: Path) -> None:
    """On Discord: /modifierserie, champ « Lieu », valeur « Salle 2 et places 15 »."""
    async with discord_running(db_path) as dc:
        await dc.command("newseries", {"title": "Atelier anglais",
                                       "rule": "tous les mercredis 18h"}, user=ORGA)
        said = plain((await dc.command("editseries", {"series": 1, "field": "place",
                                                      "value": "Salle 2 et places 15"},
                                       user=ORGA)).text)
        assert "modifiée" not in said, said
        assert "valeur « Salle 2 »" in said and "« Nombre de places », valeur « 15 »" in said


@pytest.mark.parametrize(("typed", "line"), [
    ("/modifier série 1 heure 19h", "/modifierserie 1"),
    ("/modifier serie 1 lieu Salle 2", "/modifierserie 1"),
    ("/annuler la série 1", "/annulerserie 1"),
    ("/annuler la série", "/annulerserie suivi du numéro de la série")])
async def test_a_series_typed_where_the_event_goes_names_the_series_command(
        bot: Bot, typed: str, line: str) -> None:
    """« /modifier serie 1 heure 19h »: « Je ne trouve aucun événement à venir avec
    « serie 1 » dans le titre ». Now the series' command, with its number."""
    await _english_class(bot)
    said = plain(await bot.say(typed))
    assert line in said and "Je ne trouve" not in said, said


# -- /ecrire with the number and no message ------------------------------------------------

async def test_a_message_missing_after_the_number_says_only_that(bot: Bot) -> None:
    """« /ecrire 1 » (sent before typing the message): « Il manque le message après « 1 »
    (après un titre, je ne sais pas où il finit) : tapez le numéro de l'événement, puis le
    message » — she did type the number. Now the line to complete, with her number."""
    await _evening(bot)
    said = plain(await bot.say("/ecrire 1"))
    assert "titre" not in said and "tapez le numéro" not in said, said
    assert "/ecrire 1 On commence à 19h45 !" in said, said
    english = plain(await bot.say("/message 1", locale="en"))
    assert "title" not in english and "/message 1 We start at 7:45pm!" in english, english
    titled = plain(await bot.say("/ecrire soirée jeux"))
    assert "après un titre" in titled, titled  # a title: where it ends cannot be told
