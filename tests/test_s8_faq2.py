"""What members type that the FAQ answered with confidence about another subject (session 8,
helper faq2): a word the article knows (« atelier », « photo », « inscription », « y aller »)
pulled its topic while what was asked was something the article does not say (theatre,
Christmas holidays, an ID photo, Sundays); a word typo correction folded onto a known one
(« théâtre » read as "there", « pouvez » as « ouvrez »); the age of a child outweighed
« comment l'inscrire ? »; and « c'est ouvert depuis quand ? » had no answer although the
article gives the opening (early October) and the inauguration (end of September).
Phrasings here are new, not taken from the measured sets."""

from __future__ import annotations

import pytest

from recording import Bot, plain

DONT_KNOW_FR = "Je ne sais pas répondre à ça."
DONT_KNOW_EN = "I don't know how to answer that."
SITE = "https://meltingphot.com/"


@pytest.mark.parametrize(("question", "locale"), [
    ("on peut faire du théâtre ?", "fr"),
    ("Bonjour, les ateliers continuent pendant les vacances de Noël ?", "fr"),
    ("Faut-il une photo d'identité pour l'inscription ?", "fr"),
    ("y a des casiers pour ranger ses affaires pendant l'atelier photo ?", "fr"),
    ("les cours d'anglais sont en petits groupes ?", "fr"),
    ("bonjour vous faites du théâtre", "fr"),  # dictated: no « ? », a greeting first
])
async def test_a_subject_the_article_does_not_cover_gets_i_dont_know_not_a_nearby_topic(
        bot: Bot, question: str, locale: str) -> None:
    """The bot answered the activities list (« oui ») or how to register: a confident answer
    about another subject. Now: « je ne sais pas » and who to ask."""
    text = plain(await bot.say(question, user="parent", locale=locale))
    assert text.startswith(DONT_KNOW_FR if locale == "fr" else DONT_KNOW_EN), text
    assert SITE in text


@pytest.mark.parametrize("question", [
    "on peut y aller le dimanche ?",
    "on peut y aller le samedi matin ?",
])
async def test_a_day_with_going_there_asks_when_not_where(bot: Bot, question: str) -> None:
    """The bot gave the address; the hours answer says honestly they are not published."""
    text = plain(await bot.say(question, user="parent", locale="fr"))
    assert "Les horaires d'ouverture ne sont pas encore publiés" in text, text
    assert "Rochebelle" not in text


@pytest.mark.parametrize("question", [
    "Bonjour, ma fille de 13 ans aimerait faire de la photo, comment l'inscrire ?",
    "comment on adhère à meltingphot ?",
])
async def test_how_to_register_beside_an_age_or_the_association_is_how_to_register(
        bot: Bot, question: str) -> None:
    """The age (who may come) or the association's name outweighed « comment l'inscrire »."""
    text = plain(await bot.say(question, user="parent", locale="fr"))
    assert text.startswith("Comment s'inscrire ou adhérer ?"), text
    assert "Pour vous inscrire, adhérer à l'association MeltingPhot" in text


@pytest.mark.parametrize(("question", "locale", "said"), [
    ("c'est ouvert depuis quand ?", "fr", "début octobre"),
    ("quand ça ouvre ?", "fr", "début octobre"),
    ("c quand l'inauguration", "fr", "fin du mois de septembre"),
    ("le focus a ouvert quand", "fr", "début octobre"),
    ("When did Le Focus open?", "en", "early October"),
    ("when was the inauguration?", "en", "end of September"),
])
async def test_when_le_focus_opens_is_answered_from_the_article(
        bot: Bot, question: str, locale: str, said: str) -> None:
    """No entry said it: « c'est ouvert depuis quand ? » got the hours (« pas encore
    publiés »), which does not answer since when."""
    text = plain(await bot.say(question, user="parent", locale=locale))
    assert said in text, text
    assert not text.startswith(DONT_KNOW_FR) and not text.startswith(DONT_KNOW_EN)


@pytest.mark.parametrize("question", [
    "est-ce que vous pouvez m'aider ?",
])
async def test_a_typo_correction_does_not_turn_a_word_into_another_topic(
        bot: Bot, question: str) -> None:
    """« pouvez » was corrected to « ouvrez » and answered with the opening hours."""
    text = plain(await bot.say(question, user="parent", locale="fr"))
    assert "Les horaires d'ouverture" not in text, text
