"""Session 10, helper orgdc10: a volunteer organiser's evening on Discord, through the real
discord.py against the fake on 127.0.0.1 (slash commands, their options, the buttons of
today's « /modifier » alone), read as she reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import ALICE, ORGA, Harness, custom_ids, running

from recording import Bot, plain


async def _board_game_night(dc: Harness, locale: str = "fr") -> None:
    """« Soirée jeux de société » tonight, 20 seats, Alice going."""
    await dc.command("newevent", {"title": "Soirée jeux de société", "when": "ce soir 20h30",
                                  "capacity": 20, "kind": "games"}, user=ORGA, locale=locale)
    await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)


async def _edit(dc: Harness, options: dict[str, object], locale: str = "fr") -> str:
    return plain((await dc.command("editevent", options, user=ORGA, locale=locale)).text)


@pytest.mark.parametrize(("locale", "words", "english"), [
    ("fr", "dans l'option « valeur » (par exemple « 20 »)", "capacity"),
    ("en", 'in the "value" option (for example "20")', "capacity 20")])
async def test_a_field_chosen_without_its_value_names_the_option(
        db_path: Path, locale: str, words: str, english: str) -> None:
    """She picks « champ : Nombre de places » and sends before typing the value. She read
    « Il manque la nouvelle valeur. Par exemple : /modifier 1 capacity 20 »: an English word
    in a French line, and a typed line Discord does not take. Now the option to fill."""
    async with running(db_path) as dc:
        await _board_game_night(dc, locale)
        said = await _edit(dc, {"event": 1, "field": "capacity"}, locale)
        assert words in said, said
        assert english not in said, said


async def test_the_form_label_typed_again_in_the_value_is_read(db_path: Path) -> None:
    """Discord shows the choice as « Nombre de places »; she types the value as she would
    say it, « nombre de places 30 ». She read « « nombre de places 30 » n'est pas un nombre
    de places valable » and the event kept 20 seats. Now 30 seats."""
    async with running(db_path) as dc:
        await _board_game_night(dc)
        said = await _edit(dc, {"event": 1, "field": "capacity",
                                "value": "nombre de places 30"})
        assert "places → 30" in said, said
        event = await dc.core.storage.events.get(1)
        assert event is not None and event.capacity == 30


async def test_date_and_time_typed_again_in_the_value_is_read(db_path: Path) -> None:
    """« champ : Date et heure », « valeur : date et heure samedi 21h »: the label again."""
    async with running(db_path) as dc:
        await _board_game_night(dc)
        said = await _edit(dc, {"event": 1, "field": "when",
                                "value": "date et heure samedi 21h"})
        assert "samedi 28 novembre 2026 à 21h" in said, said


async def test_a_title_keeps_words_that_look_like_a_label(db_path: Path) -> None:
    """A title is free text: « Date et heure du quiz » stays whole."""
    async with running(db_path) as dc:
        await _board_game_night(dc)
        said = await _edit(dc, {"event": 1, "field": "title",
                                "value": "Date et heure du quiz"})
        assert "Date et heure du quiz" in said, said


async def test_the_edit_button_on_discord_gives_the_form_to_fill(db_path: Path) -> None:
    """/modifier alone offers the events (today's buttons); she taps « ✏️ #1 ». She read
    eleven lines « /modifier 1 lieu Salle 2 » to copy: on Discord a typed line is no slash
    command, and nothing in the reply said which options to fill. Now she is told to fill
    « champ » and « valeur », with examples in the form's own words."""
    async with running(db_path) as dc:
        await _board_game_night(dc)
        await dc.command("editevent", {}, user=ORGA)
        offer = [m for m in dc.fake.messages.values() if "v1:edit:1" in custom_ids(m)][-1]
        said = plain((await dc.press(int(offer["id"]), "v1:edit:1", user=ORGA)).text)
        assert "« champ »" in said and "« valeur »" in said, said
        assert "champ « Lieu », valeur « Salle 2 »" in said, said
        assert "/modifier 1 lieu" not in said, said
        assert "Il manque" not in said, said  # she tapped a button: nothing is missing


async def test_the_edit_button_elsewhere_keeps_the_lines_to_copy(bot: Bot) -> None:
    """The same button on Telegram or the console: the typed lines stay (they work there)."""
    await bot.say("/creer Soirée jeux | 2026-12-05 20:00 | 20")
    said = await bot.press("v1:edit:1")
    assert "/modifier 1 lieu Salle 2" in said, said


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_a_cancel_preview_with_nobody_to_tell_says_so_in_words(
        db_path: Path, locale: str) -> None:
    """The screening nobody answered yet: « 0 personne sera prévenue en privé (inscrit·e·s :
    0, liste d'attente : 0, peut-être : 0) ». Now: nobody answered, no message will go out."""
    async with running(db_path) as dc:
        await dc.command("newevent", {"title": "Projection Chihiro", "when": "samedi 18h"},
                         user=ORGA, locale=locale)
        said = plain((await dc.command("cancelevent", {"event": 1, "text": "panne"},
                                       user=ORGA, locale=locale)).text)
        assert " 0 " not in said and ": 0" not in said, said
        assert ("personne n'y a répondu" if locale == "fr"
                else "nobody answered") in said.lower(), said


async def test_a_cancel_preview_with_people_counts_them(db_path: Path) -> None:
    async with running(db_path) as dc:
        await _board_game_night(dc)
        said = plain((await dc.command("cancelevent", {"event": 1, "text": "panne"},
                                       user=ORGA)).text)
        assert "1 personne sera prévenue en privé (inscrit·e·s : 1" in said, said


async def test_modifier_with_only_the_number_on_discord_names_the_options(
        db_path: Path) -> None:
    """/modifier with « numero » 1 and nothing else: she read eleven lines « /modifier 1
    lieu Salle 2 » to copy, which Discord does not take as a command. Now the options."""
    async with running(db_path) as dc:
        await _board_game_night(dc)
        said = await _edit(dc, {"event": 1})
        assert "champ « Lieu », valeur « Salle 2 »" in said, said
        assert "/modifier 1 lieu" not in said, said


@pytest.mark.parametrize(("value", "done"), [("places 25", "places → 25"),
                                             ("lieu Salle 3", "lieu → Salle 3")])
async def test_the_field_typed_in_the_value_on_discord_is_read(
        db_path: Path, value: str, done: str) -> None:
    """She fills « valeur » with « places 25 » and leaves « champ » empty (the way she would
    type it on a phone). She read « Il manque : champ à modifier » and eleven lines to copy,
    her value dropped. Now the event has 25 seats."""
    async with running(db_path) as dc:
        await _board_game_night(dc)
        said = await _edit(dc, {"event": 1, "value": value})
        assert done in said, said


async def test_a_date_in_the_value_without_its_field_is_still_not_guessed(
        db_path: Path) -> None:
    """« valeur : samedi 21h » with no « champ »: nothing changes (it could be the date or
    the end); she is told what is missing."""
    async with running(db_path) as dc:
        await _board_game_night(dc)
        said = await _edit(dc, {"event": 1, "value": "samedi 21h"})
        assert "champ" in said, said
        event = await dc.core.storage.events.get(1)
        assert event is not None and event.starts_at.day == 25
