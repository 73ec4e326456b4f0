"""The FAQ through the real core, router and storage, as a member or an organiser sees it:
typed, as a Discord slash command, as a plain private message and through its buttons."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import actions
from bot.errors import UserInputError
from commands.faq import parsers
from recording import NOW, Bot
from storage import NewEvent


def flat(text: str) -> str:
    """French typography puts no-break spaces before : ? ! and inside « »; the tests read
    the words."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


async def say(bot: Bot, text: str, **kwargs: object) -> str:
    return flat(await bot.say(text, **kwargs))


async def press(bot: Bot, action: str, **kwargs: object) -> str:
    return flat(await bot.press(action, **kwargs))


async def test_faq_answers_suggests_and_organiser_edits_win(bot: Bot) -> None:
    topics = await say(bot, "/faq", user="ana")
    assert "tarifs" in topics and "horaires" in topics
    assert "6 € de l'heure" in await say(bot, "/faq combien ça coûte", user="ana")
    assert "6 € de l'heure" in await say(bot, "c'est combien ?", user="ana")  # private chat
    assert "about €6 an hour" in await say(bot, "/faq prices", user="tom", locale="en")
    assert "Quels sont les horaires" in await say(bot, "/faq horaires", user="ana")
    await say(bot, "/faqset horaires | Horaires ? | Du mardi au samedi, 14h-19h")
    assert "Du mardi au samedi" in await say(bot, "/faq horaires", user="ana")
    await say(bot, "/faqdel horaires")
    assert "horaires" not in await say(bot, "/faq", user="ana")


async def test_slash_commands_reach_the_same_answers_and_edits(bot: Bot) -> None:
    assert "about €6 an hour" in await say(bot,
        "", command="faq", options={"question": "prices"}, user="tom", locale="en")
    assert "tarifs" in await say(bot, "", command="faq", user="ana")
    done = await say(bot, "", command="faqset", options={
        "key": "Parking", "question": "Où se garer ?", "answer": "Place de la Mairie.",
        "keywords": "voiture, garer"})
    assert "« parking » enregistrée" in done
    assert "Place de la Mairie" in await say(bot, "/faq voiture", user="ana")
    refused = await say(bot, "", command="faqset", user="ana", options={
        "key": "x", "question": "q", "answer": "a"})
    assert "réservée aux organisateur" in refused
    await say(bot, "", command="faqdel", options={"key": "parking"})
    assert "parking" not in await say(bot, "/faq", user="ana")


async def test_plain_private_messages_are_questions_and_groups_are_left_alone(
        bot: Bot) -> None:
    assert "6 € de l'heure" in await say(bot, "combien ça coûte ?", user="ana")
    assert "Je ne sais pas répondre à ça" in await say(bot, "pizza", user="ana")
    assert await bot.replies("combien ça coûte ?", user="ana", private=False) == []
    assert "Je ne sais pas répondre à ça" in await say(bot, "/faq pizza", user="ana")


async def test_a_long_question_is_answered_not_refused(bot: Bot) -> None:
    reply = await say(bot, "/faq tarifs " + "?" * 1000, user="ana")
    assert "6 € de l'heure" in reply and "au maximum" not in reply


async def test_did_you_mean_buttons_answer_and_survive_deletion_politely(bot: Bot) -> None:
    # « formation » is both "who is it for" (no training needed) and "careers".
    (reply,) = await bot.replies("/faq formation", user="ana")
    assert flat(reply.text).startswith("Vouliez-vous dire") and reply.buttons
    by_target = {actions.parse(b.action).target: b for b in reply.buttons}  # type: ignore[union-attr]
    assert {"public", "metiers"} <= set(by_target)
    answer = await press(bot, by_target["public"].action, user="ana")
    assert "C'est pour qui" in answer
    await say(bot, "/faqdel public")
    assert "Pas de question « public »" in await press(bot, by_target["public"].action,
                                                           user="ana")


@pytest.mark.parametrize("data", ["v1:faq:Tarifs", "v1:faq:" + "a" * 31, "v1:faq:tarifs:yes",
                                  "v1:faq:#1"])
async def test_forged_faq_buttons_are_refused_before_any_lookup(bot: Bot, data: str) -> None:
    assert "plus valable" in await press(bot, data, user="ana")


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
        reply = await say(bot, command)
        assert expected in reply, (command, reply)
        usage = "Utilisation : /faqmodifier <clé> | <question> | <réponse> [| mots-clés]"
        assert usage in reply, reply
    assert "Il manque : clé." in await say(bot, "/faqdel")
    assert "Pas de question « nope »" in await say(bot, "/faqdel nope")
    assert await bot.core.storage.faq.overrides() == []


async def test_an_edit_changes_the_organisers_language_and_keeps_the_keywords(
        bot: Bot) -> None:
    await say(bot, "/faqset atelier-photo | Atelier photo ? | Le samedi. | reflex, appareil")
    assert "Le samedi." in await say(bot, "/faq reflex", user="tom", locale="en")
    await say(bot, "/faqset atelier-photo | Photo workshop? | On Saturdays.", locale="en")
    assert "On Saturdays." in await say(bot, "/faq reflex", user="tom", locale="en")
    french = await say(bot, "/faq appareil", user="ana")
    assert "Le samedi." in french and "Saturdays" not in french
    await say(bot, "/faqset tarifs | Combien ? | Cinq euros.", locale="en")
    assert "Cinq euros." in await say(bot, "/faq tarifs", user="tom", locale="en")
    assert "6 € de l'heure" in await say(bot, "/faq tarifs", user="ana")


def test_keys_are_short_lowercase_names() -> None:
    assert parsers.key(" Horaires ") == "horaires"
    assert parsers.key("atelier-photo_2") == "atelier-photo_2"
    for bad in ("", "été", "deux mots", "a" * 31, "a|b"):
        with pytest.raises(UserInputError) as err:
            parsers.key(bad)
        assert err.value.key == "error.bad_faq_key"


# -- issue 10: as parents and teenagers ask ----------------------------------------------------

async def _add(bot: Bot, title: str, kind: str, days: float) -> int:
    event = await bot.core.storage.events.create(
        NewEvent(title=title, starts_at=NOW + timedelta(days=days), place="Le Focus", kind=kind),
        NOW)
    return event.id


async def test_greetings_say_what_the_bot_does_and_thanks_get_a_kind_word(bot: Bot) -> None:
    for hello in ("bonjour", "coucou", "Salut !", "hello", "hi"):
        reply = await say(bot, hello, user="ana")
        assert reply.startswith("Bonjour"), (hello, reply)
        assert "/evenements" in reply and "/participer" in reply and "/faq" in reply
        assert "Rochebelle" not in reply  # not the address any more
    english = await say(bot, "hello", user="tom", locale="en")
    assert english.startswith("Hello") and "/events" in english and "/rsvp" in english
    assert "Avec plaisir" in await say(bot, "merci", user="ana")
    assert "Avec plaisir" in await say(bot, "/faq merci beaucoup", user="ana")
    assert "You're welcome" in await say(bot, "thanks", user="tom", locale="en")


async def test_programme_questions_answer_with_the_matching_upcoming_events(bot: Bot) -> None:
    # Now is Wednesday 25 November 2026, 11:00 in Paris.
    workshop = await _add(bot, "Atelier photo argentique", "workshop", 1.3)  # Thursday
    games = await _add(bot, "Soirée jeux de société", "board_games", 3.4)  # Saturday
    film = await _add(bot, "Ciné-club : Le Havre", "screening", 9.4)  # next Friday
    reply = await say(bot, "quand est la prochaine soirée jeux ?", user="ana")
    assert f"#{games} · Soirée jeux de société" in reply and "samedi 28 novembre" in reply
    assert "Le Havre" not in reply and "Atelier" not in reply
    assert "/participer" in reply
    reply = await say(bot, "c'est quand la projection", user="ana")
    assert f"#{film} · Ciné-club" in reply and "Soirée jeux" not in reply
    reply = await say(bot, "y a quoi ce week-end ?", user="ana")
    assert "Soirée jeux" in reply and "Atelier" not in reply and "Le Havre" not in reply
    reply = await say(bot, "what's on this week?", user="tom", locale="en")
    assert f"#{workshop} · Atelier" in reply and "Soirée jeux" in reply
    assert "Le Havre" not in reply
    reply = await say(bot, "y a quoi ce week-end ?", user="ana")
    assert reply.startswith("Au programme ce week-end")
    reply = await say(bot, "la prochaine masterclass", user="ana")
    assert "Rien de prévu pour l'instant (Masterclass)" in reply and "#" not in reply
    assert "/evenements" in reply
    reply = await say(bot, "any screening tomorrow?", user="tom", locale="en")
    assert "Nothing planned tomorrow yet (Screening)" in reply


async def test_cancelling_explains_answering_no_and_offers_the_members_own_events(
        bot: Bot) -> None:
    games = await _add(bot, "Soirée jeux", "board_games", 3)
    other = await _add(bot, "Projection", "screening", 4)
    await say(bot, f"/participer {games}", user="ana")
    (reply,) = await bot.replies("comment annuler mon inscription", user="ana")
    assert "/participer <numéro> non" in flat(reply.text)
    targets = [b.action for b in reply.buttons]
    assert targets == [actions.encode("rsvp", games, "no")]
    assert f"#{other}" not in reply.text
    await press(bot, targets[0], user="ana")
    assert await bot.core.storage.rsvps.of_member(
        (await bot.core.storage.members.identify("test", "ana", "Ana", NOW)).id, NOW) == []
    (reply,) = await bot.replies("I can't come anymore", user="tom", locale="en")
    assert "/rsvp <number> no" in reply.text and not reply.buttons
    assert "je peux plus venir" not in await say(bot, "je peux plus venir", user="ana")


async def test_parents_questions_reach_the_right_topic(bot: Bot) -> None:
    who = "quel que soit l'âge"
    assert who in await say(bot, "mon fils a 11 ans il peut venir ?", user="ana")
    assert who in await say(bot, "c pour les ados ?", user="ana")
    assert "6 € de l'heure" in await say(bot, "il faut payer ?", user="ana")
    assert "6 € de l'heure" in await say(bot, "c combien", user="ana")
    assert "Rochebelle" in await say(bot, "c ou", user="ana")


async def test_opening_hours_never_show_parents_an_internal_note(bot: Bot) -> None:
    for locale, user in (("fr", "ana"), ("en", "tom")):
        reply = await say(bot, "/faq horaires", user=user, locale=locale)
        assert "faqset" not in reply and "Organisateur" not in reply and "Organiser" not in reply
        assert "/evenements" in reply or "/events" in reply


async def test_out_of_scope_questions_get_an_honest_answer_and_a_way_forward(
        bot: Bot) -> None:
    reply = await say(bot, "quelle est la capitale du Pérou", user="ana")
    assert "Je ne sais pas répondre à ça" in reply
    assert "Le Focus est un espace" not in reply
    assert "tarifs" in reply and "meltingphot.com" in reply and "équipe" in reply
    reply = await say(bot, "do you like pizza?", user="tom", locale="en")
    assert "I don't know how to answer that" in reply and "team" in reply
    # Written in English from a phone set to French (and the other way round): answered in
    # the language written (session 11, lang11).
    reply = await say(bot, "what is the capital of Peru", user="kate")
    assert "I don't know how to answer that" in reply and "team" in reply
    reply = await say(bot, "tu aimes les pizzas ?", user="louise", locale="en")
    assert "Je ne sais pas répondre à ça" in reply


async def test_an_organisers_own_entry_is_found_by_its_question_words(bot: Bot) -> None:
    await say(bot, "/faqset parking | Où se garer ? | Place de la Mairie.")
    assert "Place de la Mairie" in await say(bot, "on peut se garer ou ?", user="ana")
    assert "Je ne sais pas répondre" in await say(bot, "on peut dormir sur place ?",
                                                  user="ana")
