"""The FAQ through the real core, router and storage, as a member or an organiser sees it:
typed, as a Discord slash command, as a plain private message and through its buttons."""

from __future__ import annotations

import pytest

from bot import actions
from bot.errors import UserInputError
from commands.faq import parsers
from recording import Bot


async def test_faq_answers_suggests_and_organiser_edits_win(bot: Bot) -> None:
    topics = await bot.say("/faq", user="ana")
    assert "tarifs" in topics and "horaires" in topics
    assert "6 € de l'heure" in await bot.say("/faq combien ça coûte", user="ana")
    assert "6 € de l'heure" in await bot.say("c'est combien ?", user="ana")  # private chat
    assert "about €6 an hour" in await bot.say("/faq prices", user="tom", locale="en")
    assert "/faqset horaires" in await bot.say("/faq horaires", user="ana")
    await bot.say("/faqset horaires | Horaires ? | Du mardi au samedi, 14h-19h")
    assert "Du mardi au samedi" in await bot.say("/faq horaires", user="ana")
    await bot.say("/faqdel horaires")
    assert "horaires" not in await bot.say("/faq", user="ana")


async def test_slash_commands_reach_the_same_answers_and_edits(bot: Bot) -> None:
    assert "about €6 an hour" in await bot.say(
        "", command="faq", options={"question": "prices"}, user="tom", locale="en")
    assert "tarifs" in await bot.say("", command="faq", user="ana")
    done = await bot.say("", command="faqset", options={
        "key": "Parking", "question": "Où se garer ?", "answer": "Place de la Mairie.",
        "keywords": "voiture, garer"})
    assert "« parking » enregistrée" in done
    assert "Place de la Mairie" in await bot.say("/faq voiture", user="ana")
    refused = await bot.say("", command="faqset", user="ana", options={
        "key": "x", "question": "q", "answer": "a"})
    assert "réservée aux organisateur" in refused
    await bot.say("", command="faqdel", options={"key": "parking"})
    assert "parking" not in await bot.say("/faq", user="ana")


async def test_plain_private_messages_are_questions_and_groups_are_left_alone(
        bot: Bot) -> None:
    assert "6 € de l'heure" in await bot.say("combien ça coûte ?", user="ana")
    assert "Je n'ai pas compris. Tapez /aide" in await bot.say("pizza", user="ana")
    assert await bot.replies("combien ça coûte ?", user="ana", private=False) == []
    assert "Je n'ai pas de réponse à « pizza »" in await bot.say("/faq pizza", user="ana")


async def test_a_long_question_is_answered_not_refused(bot: Bot) -> None:
    reply = await bot.say("/faq tarifs " + "?" * 1000, user="ana")
    assert "6 € de l'heure" in reply and "au maximum" not in reply


async def test_did_you_mean_buttons_answer_and_survive_deletion_politely(bot: Bot) -> None:
    (reply,) = await bot.replies("/faq apprendre", user="ana")
    assert reply.text == "Vouliez-vous dire :" and reply.buttons
    by_target = {actions.parse(b.action).target: b for b in reply.buttons}  # type: ignore[union-attr]
    assert "horaires" in by_target
    answer = await bot.press(by_target["horaires"].action, user="ana")
    assert "Quels sont les horaires" in answer
    await bot.say("/faqdel horaires")
    assert "Pas de question « horaires »" in await bot.press(by_target["horaires"].action,
                                                             user="ana")


@pytest.mark.parametrize("data", ["v1:faq:Tarifs", "v1:faq:" + "a" * 31, "v1:faq:tarifs:yes",
                                  "v1:faq:#1"])
async def test_forged_faq_buttons_are_refused_before_any_lookup(bot: Bot, data: str) -> None:
    assert "plus valable" in await bot.press(data, user="ana")


async def test_faqset_explains_what_is_missing_and_writes_nothing(bot: Bot) -> None:
    cases = {
        "/faqset horaires | Horaires ?": "Il manque : réponse.",
        "/faqset horaires": "Il manque : question.",
        "/faqset": "Il manque : clé.",
        "/faqset Été 2026 | q | r": "Clé « Été 2026 » invalide",
        "/faqset a | b | c | d | e": "Trop de parties : 4 au maximum",
        "/faqset a | b | " + "r" * 1501: "1501 caractères ; 1500 au maximum",
    }
    for command, expected in cases.items():
        reply = await bot.say(command)
        assert expected in reply, (command, reply)
        usage = "Utilisation : /faqmodifier <clé> | <question> | <réponse> [| mots-clés]"
        assert usage in reply, reply
    assert "Il manque : clé." in await bot.say("/faqdel")
    assert "Pas de question « nope »" in await bot.say("/faqdel nope")
    assert await bot.core.storage.faq.overrides() == []


async def test_an_edit_changes_the_organisers_language_and_keeps_the_keywords(
        bot: Bot) -> None:
    await bot.say("/faqset atelier-photo | Atelier photo ? | Le samedi. | reflex, appareil")
    assert "Le samedi." in await bot.say("/faq reflex", user="tom", locale="en")
    await bot.say("/faqset atelier-photo | Photo workshop? | On Saturdays.", locale="en")
    assert "On Saturdays." in await bot.say("/faq reflex", user="tom", locale="en")
    french = await bot.say("/faq appareil", user="ana")
    assert "Le samedi." in french and "Saturdays" not in french
    await bot.say("/faqset tarifs | Combien ? | Cinq euros.", locale="en")
    assert "Cinq euros." in await bot.say("/faq tarifs", user="tom", locale="en")
    assert "6 € de l'heure" in await bot.say("/faq tarifs", user="ana")


def test_keys_are_short_lowercase_names() -> None:
    assert parsers.key(" Horaires ") == "horaires"
    assert parsers.key("atelier-photo_2") == "atelier-photo_2"
    for bad in ("", "été", "deux mots", "a" * 31, "a|b"):
        with pytest.raises(UserInputError) as err:
            parsers.key(bad)
        assert err.value.key == "error.bad_faq_key"
