"""What members type that the FAQ misread before session 7 (found with the held-out set of
tests/test_s7_faq_heldout.py): a covered subject asked beside one the article does not say,
questions the article does not answer dressed in words of a covered topic, « for my son »
read as « who is it for », « t'es un robot ? » and insults, « cmt on s'inscrit »."""

from __future__ import annotations

from typing import Any

import pytest
from test_telegram_adapter import LEA

from recording import Bot, plain

DONT_KNOW_PART = "Pour le reste de votre question, je ne sais pas"


async def test_a_covered_question_beside_an_uncovered_one_answers_one_and_owns_the_other(
        tg: Any) -> None:
    """A parent on Telegram: « c'est combien et y a un parking ? » used to get a single
    « je ne sais pas » and the list of topics; the prices are known, the parking is not."""
    [reply] = await tg.say(LEA, "c'est combien et y a un parking ?")
    text = plain(reply.visible)
    assert text.startswith("Combien ça coûte ?"), text
    assert "6 € de l'heure" in text
    assert DONT_KNOW_PART in text and "https://meltingphot.com/" in text
    assert not text.startswith("Je ne sais pas répondre")


@pytest.mark.parametrize(("question", "locale", "shown", "rest"), [
    # Used to answer « who is it for » and stay silent on the insurance.
    ("c'est pour quel âge ? et faut-il une assurance ?", "fr", "C'est pour qui ?",
     DONT_KNOW_PART),
    # Used to answer only the address, as if the wifi had been answered.
    ("where is it and do you have wifi?", "en", "Where is Le Focus?",
     "For the rest of your question, I don't know"),
    # A second part with its own « ? » that no topic answers is not dropped in silence.
    ("le studio c'est payant ? et on peut venir le soir ?", "fr", "Combien ça coûte ?",
     DONT_KNOW_PART),
    # Voice dictation, no punctuation: « est-ce que » opens the second question.
    ("bonjour quel est le prix des ateliers et est-ce que la CAF rembourse", "fr",
     "Combien ça coûte ?", DONT_KNOW_PART),
])
async def test_the_part_not_known_is_said_after_the_answer(
        bot: Bot, question: str, locale: str, shown: str, rest: str) -> None:
    text = plain(await bot.say(question, user="ana", locale=locale))
    assert text.startswith(shown), text
    assert rest in text, text


@pytest.mark.parametrize("question", [
    "c'est où ? cordialement",  # politeness, not a second question
    "c'est combien ? merci beaucoup bonne journée",
    "where is it? I live in Nimes",  # what the asker says of themselves
    "c'est où et c'est combien ?",  # two known subjects
])
async def test_politeness_and_context_are_not_called_unknown(bot: Bot, question: str) -> None:
    text = plain(await bot.say(question, user="ana"))
    assert "je ne sais pas" not in text.lower() and "don't know" not in text, text


@pytest.mark.parametrize(("question", "locale"), [
    ("faut une assurance pour mon enfant ?", "fr"),  # was « C'est pour qui ? »
    ("on a un diplôme à la fin ?", "fr"),  # was the careers answer
    ("combien de personnes par atelier", "fr"),  # was the list of activities
    ("Can I pay by card?", "en"),  # was the prices
    ("il y a une garderie pendant que je suis à l'atelier ?", "fr"),
])
async def test_what_the_article_does_not_say_gets_no_neighbouring_answer(
        bot: Bot, question: str, locale: str) -> None:
    text = plain(await bot.say(question, user="ana", locale=locale))
    start = "Je ne sais pas répondre" if locale == "fr" else "I don't know how to answer"
    assert text.startswith(start), text
    assert "https://meltingphot.com/" in text


@pytest.mark.parametrize(("question", "shown"), [
    # « mon fils », « pour les enfants » say for whom; the question is the other topic.
    ("est-ce que ça peut aider mon fils pour son orientation professionnelle",
     "Est-ce que ça peut mener à un métier ?"),  # was « Vouliez-vous dire »
    ("qu'est-ce qu'il y a comme activités pour les enfants",
     "Quelles activités sont proposées ?"),  # was « C'est pour qui ? »
    # Asking how is not « I'm coming »: it was « un message écrit ne vous inscrit pas ».
    ("jveux inscrire mon fils cmt on fait", "Comment s'inscrire ou adhérer ?"),
    ("bonjour je voudrais inscrire mes deux enfants comment on fait",
     "Comment s'inscrire ou adhérer ?"),
    # « je peux venir ? » asks whether one may come (was « je ne sais pas »).
    ("chui en 3e jpeux venir ?", "C'est pour qui ?"),
    ("jsuis nul en photo je peux venir qd meme", "C'est pour qui ?"),
    ("Je voudrais des renseignements sur Le Focus s'il vous plaît", "C'est quoi, Le Focus ?"),
    # « tu » to the place, not to the bot (was « je ne sais pas »).
    ("t'es où ?", "Où se trouve Le Focus ?"),
    ("tu es ouvert quand ?", "Quels sont les horaires d'ouverture ?"),
])
async def test_the_topic_asked_is_answered(bot: Bot, question: str, shown: str) -> None:
    text = plain(await bot.say(question, user="ana"))
    assert text.startswith(shown), text


@pytest.mark.parametrize(("question", "locale", "start"), [
    ("t'es un robot ?", "fr", "Je suis le bot du Focus : un programme, pas une personne."),
    ("tu es un bot ou une vraie personne ?", "fr", "Je suis le bot du Focus"),
    ("who are you?", "en", "I'm the Le Focus bot: a program, not a person."),
    ("t'es nul", "fr", "Désolé si je ne vous ai pas aidé."),
    ("ta gueule", "fr", "Désolé si je ne vous ai pas aidé."),
    ("this bot is so dumb", "en", "Sorry if I wasn't any help."),
    ("cv les gars ?", "fr", "Bonjour ! Je suis le bot du Focus."),
    ("a+", "fr", "👍"),
])
async def test_small_talk_gets_a_short_answer_not_ten_topics(
        bot: Bot, question: str, locale: str, start: str) -> None:
    text = plain(await bot.say(question, user="ana", locale=locale))
    assert text.startswith(start), text
    assert "adresse —" not in text  # no list of topics
