"""Session 9 (faq): what parents and teenagers of the fifth set (tests/test_s9_faq.py) met,
one rule each, written before the fix and seen failing on the rules of session 8. Each test
reads the reply a member reads: the answer's heading (the FAQ question it answers) or the
honest « je ne sais pas »."""

from __future__ import annotations

import pytest

from commands.faq.answers import shipped
from recording import Bot, plain

QUESTION = {e.key: e.question for e in shipped()}
DONT_KNOW = "Je ne sais pas répondre à ça."
DONT_KNOW_EN = "I don't know how to answer that."


def headings(reply: str, locale: str) -> set[str]:
    lines = plain(reply).split("\n")
    return {key for key, q in QUESTION.items() if plain(q[locale]) in lines}


async def test_a_yearly_fee_is_not_a_cancellation(bot: Bot) -> None:
    # « annuelle » was folded onto « annuler »: the parent read how to cancel a booking.
    reply = await bot.say("c est quoi le prix de l adhesion annuelle", user="p1")
    assert "Pour annuler" not in reply
    assert headings(reply, "fr") == {"inscription"}


async def test_two_topics_named_after_a_determiner_are_both_answered(bot: Bot) -> None:
    # « les horaires et les tarifs » offered « vouliez-vous dire » instead of both answers.
    reply = await bot.say("bonjour quels sont les horaires et les tarifs svp", user="p2")
    assert headings(reply, "fr") == {"horaires", "tarifs"}


@pytest.mark.parametrize("typed", [
    "ya des stages pendant les vacances de la toussaint",
    "vous faites des stages cet ete pendant les vacances ?",
])
async def test_a_holiday_course_is_not_an_internship(bot: Bot, typed: str) -> None:
    # A « stage » in the holidays is a course for children, not the careers answer.
    reply = await bot.say(typed, user="p3")
    assert "metiers" not in headings(reply, "fr")


@pytest.mark.parametrize("typed", [
    "combien d enfants par atelier ?",
    "il y a combien de jeunes par groupe",
    "how many kids per workshop",
])
async def test_group_size_is_not_known(bot: Bot, typed: str) -> None:
    locale = "en" if typed.startswith("how") else "fr"
    reply = await bot.say(typed, user="p4", locale=locale)
    assert plain(reply).startswith(DONT_KNOW if locale == "fr" else DONT_KNOW_EN), reply


@pytest.mark.parametrize("typed", [
    "est ce que les parents peuvent rester pendant l atelier",
    "je peux rester pendant le cours de ma fille ?",
])
async def test_a_parent_staying_is_not_known(bot: Bot, typed: str) -> None:
    reply = await bot.say(typed, user="p5")
    assert plain(reply).startswith(DONT_KNOW), reply


async def test_when_it_opens_is_the_opening_date(bot: Bot) -> None:
    reply = await bot.say("le focus ouvre quand", user="p6")
    assert headings(reply, "fr") == {"inauguration"}
    assert "début octobre" in reply


@pytest.mark.parametrize("typed", [
    "c'est pour les grands-parents aussi ?",
    "MA MAMIE PEUT VENIR AVEC SON PETIT FILS ?",
])
async def test_grandparents_ask_who_it_is_for(bot: Bot, typed: str) -> None:
    reply = await bot.say(typed, user="p7")
    assert headings(reply, "fr") == {"public"}


async def test_what_kind_of_stuff_is_the_activities(bot: Bot) -> None:
    reply = await bot.say("what kind of stuff can we do there", user="t1", locale="en")
    assert headings(reply, "en") == {"activites"}


@pytest.mark.parametrize("typed", [
    "on peut visiter avant d inscrire notre fils ?",
    "est-ce qu'on peut visiter le lieu ?",
])
async def test_a_visit_before_registering_is_not_known(bot: Bot, typed: str) -> None:
    # « avant d'inscrire notre fils » read as « I'm signing him up »: told a written
    # message books nothing. A visit is not in the article: an honest « je ne sais pas ».
    reply = await bot.say(typed, user="p8")
    assert plain(reply).startswith(DONT_KNOW), reply
