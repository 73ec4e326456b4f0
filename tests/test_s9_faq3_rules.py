"""Session 9 (faq3): what the seventh set's tuned part (tests/test_s9_faq3_seventh.py) met,
one rule each, written before the fix and seen failing. Each test reads what a member reads:
the answer's heading (the FAQ question it answers), the honest « je ne sais pas », or the
programme."""

from __future__ import annotations

import pytest

from commands.faq.answers import shipped
from recording import Bot, new_event, plain

QUESTION = {e.key: e.question for e in shipped()}
DONT_KNOW = {"fr": "Je ne sais pas répondre à ça.", "en": "I don't know how to answer that."}


def headings(reply: str, locale: str) -> set[str]:
    lines = plain(reply).split("\n")
    return {key for key, q in QUESTION.items() if plain(q[locale]) in lines}


@pytest.mark.parametrize("typed", ["yo cb c", "cb c ?", "slt combien c'est"])
async def test_combien_c_est_is_the_price_not_a_greeting(bot: Bot, typed: str) -> None:
    # « yo cb c » got « Bonjour ! » and the list of topics: « combien c'est » was not read.
    reply = await bot.say(typed, user="p1")
    assert headings(reply, "fr") == {"tarifs"}, reply
    assert "6 € de l'heure" in plain(reply)


@pytest.mark.parametrize("typed", ["COMMENT ON FAIT", "comment on fait ?", "cmt on fait"])
async def test_how_do_we_do_it_is_not_the_activities_list(bot: Bot, typed: str) -> None:
    # « COMMENT ON FAIT » got « Quelles activités sont proposées ? »: « on fait » read as
    # « what do you do there ». How to do what is not said: « je ne sais pas », the topics.
    reply = await bot.say(typed, user="h1")
    assert "activites" not in headings(reply, "fr"), reply
    assert plain(reply).startswith(DONT_KNOW["fr"]), reply


async def test_what_one_does_there_is_still_the_activities(bot: Bot) -> None:
    reply = await bot.say("qu'est-ce qu'on fait là-bas ?", user="h2")
    assert headings(reply, "fr") == {"activites"}
    reply = await bot.say("comment on fait pour s'inscrire ?", user="h3")
    assert headings(reply, "fr") == {"inscription"}


@pytest.mark.parametrize(("typed", "locale"), [
    ("who can join the workshops", "en"),
    ("who can join?", "en"),
    ("qui peut s'inscrire aux ateliers ?", "fr"),
])
async def test_who_can_join_is_who_it_is_for(bot: Bot, typed: str, locale: str) -> None:
    # "who can join the workshops" got « did you mean: who is it for / how to join? ».
    reply = await bot.say(typed, user="j1", locale=locale)
    assert headings(reply, locale) == {"public"}, reply


@pytest.mark.parametrize(("typed", "locale"), [
    ("how do we sign the kids up", "en"),
    ("how can I sign my son up?", "en"),
])
async def test_signing_the_kids_up_is_how_to_register(bot: Bot, typed: str, locale: str) -> None:
    # "how do we sign the kids up" got « I don't know »: « sign … up » apart was no word.
    reply = await bot.say(typed, user="s1", locale=locale)
    assert headings(reply, locale) == {"inscription"}, reply


async def test_sign_me_up_is_still_i_am_coming(bot: Bot) -> None:
    reply = await bot.say("sign me up", user="s2", locale="en")
    assert not headings(reply, "en"), reply


@pytest.mark.parametrize(("typed", "locale"), [
    ("what time do you open on saturdays", "en"),
    ("vous ouvrez à quelle heure le samedi ?", "fr"),
    ("c'est ouvert le dimanche ?", "fr"),
])
async def test_opening_on_a_day_is_the_hours_not_the_programme(
        bot: Bot, typed: str, locale: str) -> None:
    # "what time do you open on saturdays" got Saturday's programme (« nothing planned »):
    # the hours answer says they are not published yet and where the times are.
    reply = await bot.say(typed, user="o1", locale=locale)
    assert headings(reply, locale) == {"horaires"}, reply


async def test_the_saturday_programme_is_still_the_programme(bot: Bot) -> None:
    await new_event(bot, "Soirée jeux | 2026-11-28 20:00 | 10")
    reply = await bot.say("il y a quoi samedi ?", user="o2")
    assert "Soirée jeux" in reply and not headings(reply, "fr")


@pytest.mark.parametrize(("typed", "locale"), [
    ("my teenager loves making music, do you have a studio he could use?", "en"),
    ("Hello, we just moved to Alès, what do you offer for children?", "en"),
])
async def test_everyday_english_words_are_not_an_unknown_subject(
        bot: Bot, typed: str, locale: str) -> None:
    # « loves », « making », « use », « offer » were words nobody knew, so read as what was
    # asked (« je ne sais pas »); « moved » was corrected to « movie ».
    reply = await bot.say(typed, user="e1", locale=locale)
    assert not plain(reply).startswith(DONT_KNOW[locale]), reply
    assert headings(reply, locale) & {"equipement", "activites"}, reply


@pytest.mark.parametrize("typed", [
    "dis Siri envoie au focus est-ce que vous faites des cours d'anglais",
    "Dis Siri, écris un message au Focus : vous faites des cours d'anglais ?",
])
async def test_the_voice_assistants_command_is_not_the_question(bot: Bot, typed: str) -> None:
    # Dictated through Siri, « dis Siri envoie au focus » stayed in the message: « Siri »
    # and « envoie » read as the subject asked, so « je ne sais pas ».
    reply = await bot.say(typed, user="v1")
    assert headings(reply, "fr") == {"activites"}, reply
    assert "cours d'anglais" in reply


async def test_a_class_brought_does_not_hide_the_price_asked(bot: Bot) -> None:
    # « je voudrais amener ma classe … combien ça coûte » got « je ne sais pas »: « amener »
    # with no person was read as « what to bring ».
    reply = await bot.say("oui bonjour je voudrais amener ma classe de CM2 au focus pour un"
                          " atelier photo combien ça coûte s'il vous plaît", user="c1")
    assert "tarifs" in headings(reply, "fr"), reply
    assert "6 € de l'heure" in plain(reply)


async def test_bringing_a_thing_is_still_not_said(bot: Bot) -> None:
    reply = await bot.say("il faut amener son ordi ?", user="c2")
    assert plain(reply).startswith(DONT_KNOW["fr"]), reply


async def test_a_price_asked_beside_a_weekday_is_the_price(bot: Bot) -> None:
    # The dictated « … je voulais savoir combien ça coûte et si c'est tous les mercredis »
    # got Wednesday's programme and nothing of the price.
    reply = await bot.say(
        "bonjour alors voilà ma fille a 14 ans elle aimerait faire de la photo et je voulais"
        " savoir combien ça coûte et si c'est tous les mercredis", user="w1")
    assert "tarifs" in headings(reply, "fr"), reply


async def test_a_named_event_on_a_day_priced_is_still_the_programme(bot: Bot) -> None:
    await new_event(bot, "Soirée jeux | 2026-11-28 20:00 | 10")
    reply = await bot.say("la soirée jeux de samedi c'est combien ?", user="w2")
    assert "Soirée jeux" in reply


@pytest.mark.parametrize(("first", "then", "locale"), [
    ("c'est combien ?", "et pour les enfants ?", "fr"),
    ("how much is it?", "and for adults?", "en"),
    ("vous êtes où ?", "et pour les ados ?", "fr"),
])
async def test_a_follow_up_for_whom_is_not_who_it_is_for(
        bot: Bot, first: str, then: str, locale: str) -> None:
    # « c'est combien ? » then « et pour les enfants ? » got « C'est pour qui ? » (« pour
    # tout le monde »), read as « yes, free for them too ». The FAQ keeps no earlier question:
    # an honest « je ne sais pas » with the topics.
    await bot.say(first, user="f1", locale=locale)
    reply = await bot.say(then, user="f1", locale=locale)
    assert "public" not in headings(reply, locale), reply
    assert plain(reply).startswith(DONT_KNOW[locale]), reply


async def test_who_it_is_for_asked_again_is_still_answered(bot: Bot) -> None:
    reply = await bot.say("et les adultes aussi ?", user="f2")
    assert headings(reply, "fr") == {"public"}


@pytest.mark.parametrize(("typed", "locale"), [
    ("et le samedi ?", "fr"), ("et dimanche ?", "fr"), ("and on saturday?", "en"),
])
async def test_a_day_alone_after_a_question_is_that_days_programme(
        bot: Bot, typed: str, locale: str) -> None:
    # « c'est quoi le programme ce week-end ? » then « et le samedi ? » got « je ne sais pas ».
    await new_event(bot, "Soirée jeux | 2026-11-28 20:00 | 10")
    await new_event(bot, "Projection | 2026-11-29 18:00 | 10")
    await bot.say("c'est quoi le programme ce week-end ?", user="d1", locale=locale)
    reply = await bot.say(typed, user="d1", locale=locale)
    saturday = "samedi" in typed or "saturday" in typed
    assert ("Soirée jeux" in reply) == saturday and ("Projection" in reply) != saturday, reply


# From the held-out part's one look (those rows are no longer held out).

@pytest.mark.parametrize("typed", [
    "je voulais savoir c'est quoi le focus parce que ma mère m'en a parlé",
    "on demande parce qu'on habite à côté, c'est quoi le focus ?",
])
async def test_parce_que_is_not_the_price(bot: Bot, typed: str) -> None:
    # « parce » was corrected to "price": the prices answer, given with confidence.
    reply = await bot.say(typed, user="q1")
    assert "tarifs" not in headings(reply, "fr"), reply


@pytest.mark.parametrize("typed", ["can grown-ups come too or is it just for teens",
                                   "is it for grown ups too?"])
async def test_grown_ups_are_adults(bot: Bot, typed: str) -> None:
    # "grown-ups" was a word nobody knew: « I don't know ».
    reply = await bot.say(typed, user="g1", locale="en")
    assert headings(reply, "en") == {"public"}, reply


async def test_a_dictated_registration_for_a_child_is_how_to_register(bot: Bot) -> None:
    # Dictated « … c'est pour une inscription point pour ma fille qui a 12 ans point merci »
    # got « C'est pour qui ? »: the age is for whom, the message is for registering.
    reply = await bot.say("bonjour c'est pour une inscription point pour ma fille qui a 12"
                          " ans point merci", user="r1")
    assert headings(reply, "fr") == {"inscription"}, reply
    assert "meltingphot.com" in reply


async def test_whether_a_child_may_register_is_still_who_it_is_for(bot: Bot) -> None:
    reply = await bot.say("ma fille a 12 ans, elle peut venir ?", user="r2")
    assert "public" in headings(reply, "fr"), reply
