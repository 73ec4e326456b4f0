"""Guided creation as a volunteer organiser uses it (session 6): a refused date says one
thing to type, and a step can be taken back without starting over."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_guided import Dialogue, TelegramDialogue
from test_telegram_adapter import ORGA, Harness, running

from recording import Bot


async def test_demain_after_midnight_gives_one_line_to_type_not_contradicting_examples(
        bot: Bot) -> None:
    bot.clock.advance(hours=13, minutes=30)  # 0:30 in Paris, Thursday 26
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Atelier")
    await d.say("Atelier graphisme")
    text = await d.say("demain 20h")
    assert "jeudi 26/11 20h" in text  # the line to type back
    # « demain » was just refused: no example of it right after, and one set of examples.
    assert "demain 18h" not in text and "demain 19h30" not in text
    assert text.lower().count("exemple") == 1
    assert "Annuler" in d.labels()
    assert "Combien de places" in await d.say("jeudi 26/11 20h")

    d = Dialogue(bot, "orga")
    await d.say("/creer")
    await d.tap("Recommencer")
    await d.tap("Atelier")
    await d.say("Atelier graphisme")
    text = await d.say("tomorrow 8pm", locale="en")
    assert "Thursday 26/11 8pm" in text or "Thursday 26/11" in text
    assert "tomorrow 6pm" not in text and "tomorrow 7:30pm" not in text


async def test_a_date_without_its_time_gives_examples_twice_not_three_times(bot: Bot) -> None:
    d = Dialogue(bot)
    await d.say("/create", locale="en")
    await d.tap("Workshop")
    await d.say("Graphic design", locale="en")
    text = await d.say("tomorrow", locale="en")  # the refusal's examples, then the question
    assert "At what time" in text and "When?" in text and "Examples:" not in text


async def test_typing_retour_goes_back_one_step_and_keeps_the_answers(bot: Bot) -> None:
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Projection")
    await d.say("Ciné-club")
    await d.say("samedi 20h")
    assert "Combien de places" in d.last[-1].text
    text = await d.say("retour")  # the date was wrong
    assert "Quand" in text and "places" not in text
    text = await d.say("dimanche 15h")
    assert "Compris : dimanche 29 novembre 2026 à 15h" in text and "Combien de places" in text
    text = await d.say("précédent")
    assert "Quand" in text
    text = await d.say("précédent")
    assert "Quel titre" in text
    text = await d.say("Ciné-club : Ponyo")
    # the date already answered is kept: the next question is the seats again
    assert "Combien de places" in text
    await d.tap("20 places")
    await d.tap("Gratuit")
    text = await d.tap("Passer")
    if "Une affiche" in text:
        text = await d.tap("Passer")
    assert "Ponyo" in text and "dimanche 29 novembre" in text and "20 places" in text
    # the first question has nothing before it: asked again, politely, not « type inconnu »
    d2 = Dialogue(bot, "orga2")
    bot.organizers.add("orga2")
    await d2.say("/creer")
    text = await d2.say("retour")
    assert "inconnu" not in text and "Quel type" in text
    # in English too
    d3 = Dialogue(bot, "orga3")
    bot.organizers.add("orga3")
    await d3.say("/create", locale="en")
    await d3.tap("Screening")
    await d3.say("Film club", locale="en")
    assert "What title" in await d3.say("back", locale="en")
    assert await bot.core.storage.events.count() == 0


async def test_a_previous_step_button_under_each_question(bot: Bot) -> None:
    d = Dialogue(bot)
    await d.say("/creer")
    assert "◀ Étape précédente" not in d.labels()  # nothing before the first question
    await d.tap("Projection")
    await d.say("Ciné-club")
    assert "◀ Étape précédente" in d.labels()
    assert "Quel titre" in await d.tap("◀ Étape précédente")


async def test_demain_after_midnight_when_scheduling_the_announcement(bot: Bot) -> None:
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Atelier")
    await d.say("Atelier graphisme")
    await d.say("samedi 20h")
    await d.tap("20 places")
    await d.tap("Gratuit")
    text = await d.tap("Passer")
    if "Une affiche" in text:
        await d.tap("Passer")
    bot.clock.advance(hours=13, minutes=30)  # 0:30 in Paris
    await d.tap("Programmer")
    text = await d.say("demain 18h")
    assert "jeudi 26/11 18h" in text and "demain 18h," not in text
    assert text.lower().count("exemple") == 1
    text = await d.say("dimanche 10h")  # after the event: the question comes again
    assert "avant l'événement" in text and "Quand publier" in text
    assert "créé" in await d.say("jeudi 26/11 18h")
    assert await bot.core.storage.events.count() == 1


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[Harness]:
    async with running(tmp_path) as harness:
        yield harness


async def test_telegram_retour_on_a_phone_goes_back_and_nothing_is_half_created(
        tg: Harness) -> None:
    d = TelegramDialogue(tg, ORGA)
    await d.say("/creer")
    await d.tap("Soirée jeux de société")
    await d.say("Tournoi de Dixit")
    await d.say("5/12 19.30")
    assert "nombre de places" in await d.tap("Autre nombre")
    text = await d.say("Retour")
    assert "Quand" in text and "inconnu" not in text and "valable" not in text
    text = await d.say("samedi 14h pendant 3h")
    assert "samedi 28 novembre 2026 à 14h, jusqu'à 17h" in text and "places" in text
    assert "Quel prix" in await d.say("illimité")
    assert "Une description" in await d.tap("Gratuit")
    text = await d.say("annuler")
    assert "rien n'a été publié" in text
    assert await tg.core.storage.events.count() == 0


async def test_lundi_dernier_is_not_taken_for_a_typo_of_fevrier(bot: Bot) -> None:
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Projection")
    await d.say("Ciné-club")
    text = await d.say("lundi dernier 20h")
    assert "février" not in text and "Quand" in text
