"""Session 9 (faq2): what the fifth set's held-out misses (tests/test_s9_faq.py, now seen) and
the sixth set's tuned part (tests/test_s9_faq2_sixth.py) met, one rule each, written before
the fix and seen failing. Each test reads what a member reads: the answer's heading (the FAQ
question it answers) or the honest « je ne sais pas »."""

from __future__ import annotations

import pytest

from commands.faq.answers import shipped
from recording import Bot, plain

QUESTION = {e.key: e.question for e in shipped()}
DONT_KNOW = {"fr": "Je ne sais pas répondre à ça.", "en": "I don't know how to answer that."}
NOT_ALL = "Pour le reste de votre question, je ne sais pas"


def headings(reply: str, locale: str) -> set[str]:
    lines = plain(reply).split("\n")
    return {key for key, q in QUESTION.items() if plain(q[locale]) in lines}


@pytest.mark.parametrize(("typed", "locale"), [
    ("job there?", "en"),
    ("jpeux taffer la bas ? genre un job", "fr"),
    ("vous recrutez ?", "fr"),
    ("are you hiring", "en"),
    ("Comment devenir bénévole au Focus ?", "fr"),
    ("je voudrais travailler chez vous", "fr"),
])
async def test_working_at_le_focus_is_not_the_careers_answer(
        bot: Bot, typed: str, locale: str) -> None:
    # The careers entry (« un tremplin vers les métiers… ») read as « yes, we hire »: the
    # article says nothing of jobs or volunteers at Le Focus.
    reply = await bot.say(typed, user="w1", locale=locale)
    assert "metiers" not in headings(reply, locale)
    assert plain(reply).startswith(DONT_KNOW[locale]), reply


@pytest.mark.parametrize("typed", [
    "ça peut mener à un job plus tard ?",
    "jveux etre journaliste plus tard ca peut m aider",
])
async def test_a_job_later_is_still_the_careers_answer(bot: Bot, typed: str) -> None:
    reply = await bot.say(typed, user="w2")
    assert headings(reply, "fr") == {"metiers"}


@pytest.mark.parametrize("typed", [
    "la mairie finance ?",
    "vous avez des subventions de qui ?",
    "Le Focus est financé par la ville ?",
])
async def test_who_funds_it_is_the_prices_answer(bot: Bot, typed: str) -> None:
    # The prices answer says « grâce à des subventions publiques, notamment le soutien de la
    # mairie d'Alès »: the bot said « je ne sais pas ».
    reply = await bot.say(typed, user="f1")
    assert headings(reply, "fr") == {"tarifs"}
    assert "mairie d'Alès" in reply


@pytest.mark.parametrize("typed", [
    "ya des soirees a theme ?",
    "on peut jouer a des jeux de societe ?",
    "vous faites des soirées thématiques ?",
    "vous organisez des projections ?",
])
async def test_what_the_article_lists_is_the_activities(bot: Bot, typed: str) -> None:
    # « des soirées thématiques, des sessions de jeux de société »: the article says yes,
    # the bot said « je ne sais pas ».
    reply = await bot.say(typed, user="a1")
    assert headings(reply, "fr") == {"activites"}
    assert NOT_ALL not in reply


async def test_graphic_design_then_photoshop_is_one_question(bot: Bot) -> None:
    # « photoshop tout ça » says what « du graphisme » means: the bot answered the equipment
    # and then « pour le reste, je ne sais pas » about graphic design, which it has.
    reply = await bot.say("ya du graphisme ? photoshop tout ca", user="g1")
    assert headings(reply, "fr") in ({"equipement"}, {"activites"})
    assert NOT_ALL not in reply


async def test_what_one_says_of_oneself_is_not_a_second_question(bot: Bot) -> None:
    # « nous avons une petite retraite » is why the price is asked: the bot added « C'est
    # pour qui ? » as if it had been asked.
    reply = await bot.say("Est-ce que c'est cher ? nous avons une petite retraite", user="r1")
    assert headings(reply, "fr") == {"tarifs"}


@pytest.mark.parametrize("typed", [
    "Y A T IL DES ACTIVITES POUR LES GRANDS PARENTS",
    "nous sommes retraités, y a-t-il des activités pour les personnes âgées ?",
])
async def test_is_there_something_for_the_elderly_is_who_it_is_for(bot: Bot, typed: str) -> None:
    # The list of activities said nothing of age: « pour tout le monde, quel que soit l'âge »
    # is the article's answer.
    reply = await bot.say(typed, user="r2")
    assert "public" in headings(reply, "fr")


async def test_a_beginner_asks_who_it_is_for(bot: Bot) -> None:
    reply = await bot.say("je ne connais rien aux ordinateurs, je peux apprendre quand même ?",
                          user="r3")
    assert headings(reply, "fr") == {"public"}
    assert "Pas besoin de formation" in reply


@pytest.mark.parametrize("typed", [
    "peut-on réserver le studio d'enregistrement pour un projet de classe ?",
    "on peut louer le labo photo ?",
])
async def test_booking_the_studio_is_not_known(bot: Bot, typed: str) -> None:
    # The equipment list read as « yes, book it »: booking a room is not in the article.
    reply = await bot.say(typed, user="s1")
    text = plain(reply)
    assert text.startswith(DONT_KNOW["fr"]) or NOT_ALL in text, reply


async def test_a_partnership_asked_by_an_association_is_not_the_address(bot: Bot) -> None:
    # « association de quartier à Alès » is who asks: the bot gave the address.
    reply = await bot.say("Bonjour, nous sommes une association de quartier à Alès, comment "
                          "peut-on monter un partenariat avec vous ?", user="p1")
    assert "adresse" not in headings(reply, "fr")
    assert "metiers" not in headings(reply, "fr")


async def test_speaking_english_there_is_not_the_bot_language(bot: Bot) -> None:
    # A visiting family asks whether people at Le Focus speak English: the bot offered to
    # write in English itself, which says nothing of the place.
    reply = await bot.say("Do you speak English there?", user="e1", locale="en")
    assert "/language en" not in reply
    assert plain(reply).startswith(DONT_KNOW["en"]), reply


async def test_can_you_speak_english_is_still_the_bot_language(bot: Bot) -> None:
    reply = await bot.say("can you speak english please", user="e2", locale="fr")
    assert "/langue en" in reply


@pytest.mark.parametrize(("typed", "locale"), [
    ("c est un centre de loisirs ?", "fr"),
    ("c'est une école ?", "fr"),
    ("is it a youth club?", "en"),
])
async def test_is_it_a_kind_of_place_is_what_le_focus_is(bot: Bot, typed: str,
                                                         locale: str) -> None:
    # « c'est un centre de loisirs ? » got « je ne sais pas »: what Le Focus is (« un
    # espace dédié à la création numérique… porté par l'association MeltingPhot ») answers
    # it without claiming yes or no.
    reply = await bot.say(typed, user="k1", locale=locale)
    assert headings(reply, locale) == {"lefocus"}


@pytest.mark.parametrize("typed", ["c'est une blague ?", "c'est un atelier payant ?"])
async def test_is_it_a_joke_or_a_price_is_not_what_le_focus_is(bot: Bot, typed: str) -> None:
    reply = await bot.say(typed, user="k2")
    assert "lefocus" not in headings(reply, "fr")


# -- Misses of the earlier, already tuned sets (sessions 7 and 8), fixed the same general way.

async def test_a_real_word_is_no_typo_of_a_keyword(bot: Bot) -> None:
    # « concerts » was « corrected » to « concept » (one letter, far apart on the keyboard):
    # the bot answered « C'est quoi, Le Focus ? », a confident answer to another question.
    reply = await bot.say("il y aura des concerts ?", user="c1")
    assert "lefocus" not in headings(reply, "fr")


@pytest.mark.parametrize("typed", [
    "ya des filles qui viennent ou que des gars ?",
    "ya des meufs qui viennent ?",
    "c'est mixte ?",
])
async def test_who_actually_comes_is_not_known(bot: Bot, typed: str) -> None:
    # « Pour tout le monde » read as « yes, girls come »: the article says nothing of who
    # attends.
    reply = await bot.say(typed, user="c2")
    assert plain(reply).startswith(DONT_KNOW["fr"]), reply


async def test_my_daughters_may_still_come(bot: Bot) -> None:
    reply = await bot.say("j'ai deux filles de 8 et 10 ans, elles peuvent venir ?", user="c3")
    assert headings(reply, "fr") == {"public"}


@pytest.mark.parametrize("typed", [
    "jsuis nul en musique je peux quand même venir ?",
    "Do I need experience to join?",
])
async def test_a_beginner_is_told_who_it_is_for(bot: Bot, typed: str) -> None:
    locale = "en" if typed.startswith("Do") else "fr"
    reply = await bot.say(typed, user="c4", locale=locale)
    assert headings(reply, locale) == {"public"}


async def test_a_price_per_hour_is_the_prices(bot: Bot) -> None:
    # « pour une heure » was read as « at what time »: the programme instead of the prices.
    reply = await bot.say("Bonjour, combien coûte un atelier photo pour une heure ?", user="c5")
    assert headings(reply, "fr") == {"tarifs"}


@pytest.mark.parametrize(("typed", "locale", "topic"), [
    ("Is there a recording studio I could use for my band?", "en", "equipement"),
    ("ya moyen de faire du rap dans le studio ?", "fr", "equipement"),
    ("what neighbourhood is it in", "en", "adresse"),
    ("what can I do at le focus", "en", "activites"),
    ("je veux bosser dans le cinéma plus tard", "fr", "metiers"),
])
async def test_everyday_phrasings_find_their_topic(bot: Bot, typed: str, locale: str,
                                                   topic: str) -> None:
    # « for my band » is whom it is for, « ya moyen » is « can we », « neighbourhood » is
    # « quartier », « bosser » is « travailler »: each got « je ne sais pas ».
    reply = await bot.say(typed, user="c6", locale=locale)
    assert headings(reply, locale) == {topic}


# -- Found by probing the sixth set's kinds of people with new phrasings (not a measured set).

@pytest.mark.parametrize("typed", [
    "je suis journaliste, je peux venir faire un reportage ?",
    "je suis responsable d'une asso, on peut faire un partenariat ?",
    "en tant que journaliste, qui puis-je interviewer ?",
])
async def test_who_asks_is_not_what_is_asked(bot: Bot, typed: str) -> None:
    # « je suis journaliste » read as « can it lead to a job? »: the careers answer to a
    # reporter asking to come. Who they are is left out; what they ask is not in the article.
    reply = await bot.say(typed, user="j1")
    assert plain(reply).startswith(DONT_KNOW["fr"]), reply


async def test_a_graphic_designer_asking_for_software_gets_the_equipment(bot: Bot) -> None:
    reply = await bot.say("je suis graphiste, vous avez photoshop ?", user="j2")
    assert headings(reply, "fr") == {"equipement"}


async def test_how_many_members_is_not_known(bot: Bot) -> None:
    # The how-to-join answer read as a figure: the article gives none.
    reply = await bot.say("vous avez combien d'adhérents ?", user="j3")
    assert plain(reply).startswith(DONT_KNOW["fr"]), reply


@pytest.mark.parametrize("typed", ["est-ce que l'atelier de samedi est annulé ?"])
async def test_whether_an_event_is_cancelled_is_not_cancelling(bot: Bot, typed: str) -> None:
    reply = await bot.say(typed, user="j7")
    assert "Pour annuler" not in reply and "appuyez pour annuler" not in reply


async def test_an_event_cancelled_by_the_team_is_not_the_member_cancelling(bot: Bot) -> None:
    # « l'atelier a été annulé » got how to give up one's own seat; a disappointed parent
    # gets an apology and how to reach the team.
    reply = await bot.say("je suis déçue, l'atelier a été annulé sans prévenir", user="j4")
    assert "Pour annuler" not in reply and "appuyez pour annuler" not in reply
    assert plain(reply).startswith("Désolé si je ne vous ai pas aidé."), reply


async def test_and_whether_it_is_paid_is_a_second_question(bot: Bot) -> None:
    # « … les horaires et si c'est payant » offered « vouliez-vous dire » instead of both.
    reply = await bot.say("bonjour je voudrais savoir c'est quoi les horaires et si c'est "
                          "payant merci", user="j5")
    assert headings(reply, "fr") == {"horaires", "tarifs"}


@pytest.mark.parametrize("typed", ["franchement c'est pas terrible votre bot", "great thanks"])
async def test_ordinary_words_are_no_typos_of_new_topic_words(bot: Bot, typed: str) -> None:
    # « franchement » is no typo of « financement », "great" none of "grant".
    reply = await bot.say(typed, user="j6", locale="en" if typed.startswith("great") else "fr")
    assert "tarifs" not in headings(reply, "fr") | headings(reply, "en")


RUDE_FR = "Désolé si je ne vous ai pas aidé."


@pytest.mark.parametrize(("typed", "locale"), [
    ("c'est nul, personne répond jamais", "fr"),
    ("j'en ai marre, toujours pas de réponse", "fr"),
    ("vous répondez jamais aux messages", "fr"),
    ("c'est une honte de traiter les parents comme ça", "fr"),
    ("you guys never answer", "en"),
])
async def test_a_complaint_gets_an_apology_and_the_team(bot: Bot, typed: str,
                                                        locale: str) -> None:
    # An angry parent read « Je ne sais pas répondre à ça » and the list of topics.
    reply = await bot.say(typed, user="n1", locale=locale)
    assert plain(reply).startswith(RUDE_FR if locale == "fr" else "Sorry if I wasn't"), reply
    assert "meltingphot.com" in reply


async def test_a_complaint_about_the_hours_still_gets_the_hours(bot: Bot) -> None:
    reply = await bot.say("franchement c'est n'importe quoi, vous ouvrez à quelle heure ???",
                          user="n2")
    assert headings(reply, "fr") == {"horaires"}


async def test_not_having_answered_yet_is_no_complaint(bot: Bot) -> None:
    reply = await bot.say("I did not reply yet, can I still come?", user="n3", locale="en")
    assert not plain(reply).startswith("Sorry if I wasn't"), reply


# -- After the one look at the sixth set's held-out part: its confident wrong answers, fixed
# by general rules (those rows are no longer held out; the report says so).

@pytest.mark.parametrize("typed", [
    "mes élèves de 3e cherchent un stage d'observation, vous en prenez ?",
    "vous prenez des stagiaires ?",
    "je peux faire mon stage de 3e chez vous ?",
])
async def test_an_internship_at_le_focus_is_not_the_careers_answer(bot: Bot, typed: str) -> None:
    reply = await bot.say(typed, user="h1")
    assert "metiers" not in headings(reply, "fr")
    assert plain(reply).startswith(DONT_KNOW["fr"]), reply


@pytest.mark.parametrize("typed", [
    "on voudrait organiser une projection chez vous, c'est possible ?",
    "nous sommes une asso de danse, on peut utiliser vos locaux ?",
    "can we host a party at le focus?",
])
async def test_holding_ones_own_event_there_is_not_known(bot: Bot, typed: str) -> None:
    # The activities list (« des projections de films ») read as « yes, organise yours ».
    locale = "en" if typed.startswith("can") else "fr"
    reply = await bot.say(typed, user="h2", locale=locale)
    assert "activites" not in headings(reply, locale)
    assert plain(reply).startswith(DONT_KNOW[locale]), reply


async def test_a_complaint_that_asks_nothing_is_not_a_topic(bot: Bot) -> None:
    # « j'ai inscrit ma fille » is the story, not « how do I register »: the angry parent
    # got the registration answer.
    reply = await bot.say("j'ai inscrit ma fille et personne ne l'a rappelée, c'est scandaleux",
                          user="h3")
    assert plain(reply).startswith(RUDE_FR), reply
