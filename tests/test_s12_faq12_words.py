"""Session 12 (faq12): a command's words typed without the slash in a private chat (a phone
offers no « / » first), and the core's replies to what it cannot read.

Before: « evenements », « participer », « mes evenements », « events », « langue en »,
« rappels non », « prochain », « faq », « mesdonnees » each got the FAQ's « Je ne sais pas
répondre à ça » and its eleven topics. A person expects what the slash form does. Sentences
that merely hold those words (« je veux participer à la soirée jeux », « les événements sont
pour quel âge ? ») stay questions.
"""

from __future__ import annotations

import pytest

from recording import Bot, plain

DONT_KNOW = "Je ne sais pas répondre à ça"
DONT_KNOW_EN = "I don't know how to answer that"


@pytest.mark.parametrize("typed", [
    "evenements", "événements", "Evenements", "Événements !", "evenements ?", "events",
    "Agenda", "programme",
])
async def test_the_events_word_alone_lists_the_events(demo: Bot, typed: str) -> None:
    said = plain(await demo.say(typed, user="lea"))
    assert DONT_KNOW not in said and DONT_KNOW_EN not in said, said
    assert "#1" in said and "#2" in said, said
    assert "Soirée jeux de société" in said and "Projection de film" in said, said


@pytest.mark.parametrize("typed", ["participer", "Participer", "jeviens", "inscription"])
async def test_participer_alone_offers_the_events_to_tap(demo: Bot, typed: str) -> None:
    replies = await demo.replies(typed, user="lea")
    said = plain("\n".join(r.text for r in replies))
    assert DONT_KNOW not in said, said
    if typed == "inscription":  # « comment s'inscrire ? »: the FAQ's answer, as before
        assert "meltingphot.com" in said, said
        return
    assert "Touchez-le pour vous inscrire" in said, said
    assert any(b.action and b.action.startswith("v1:rsvp:1:") for r in replies
               for b in r.buttons), replies


@pytest.mark.parametrize("typed", ["mes evenements", "mes événements", "Mesevenements",
                                   "mes inscriptions"])
async def test_my_events_in_words_lists_the_members_answers(demo: Bot, typed: str) -> None:
    await demo.say("/participer 2 oui +1", user="lea")
    said = plain(await demo.say(typed, user="lea"))
    assert DONT_KNOW not in said, said
    assert "#2" in said and "Projection de film" in said and "#1 " not in said, said


async def test_my_events_in_english_words(demo: Bot) -> None:
    await demo.say("/rsvp 1 yes", user="kate", locale="en")
    said = plain(await demo.say("my events", user="kate", locale="en"))
    assert DONT_KNOW_EN not in said and "#1" in said, said


@pytest.mark.parametrize("typed", ["langue en", "Langue anglais", "langue english",
                                   "language en"])
async def test_langue_en_without_the_slash_switches_to_english(demo: Bot, typed: str) -> None:
    said = plain(await demo.say(typed, user="lea"))
    assert "OK, I will speak English with you." in said, said
    assert "Upcoming" in plain(await demo.say("/evenements", user="lea"))


async def test_langue_fr_without_the_slash_from_an_english_phone(demo: Bot) -> None:
    said = plain(await demo.say("langue fr", user="kate", locale="en"))
    assert DONT_KNOW_EN not in said and DONT_KNOW not in said, said
    assert "Prochains événements" in plain(await demo.say("/events", user="kate", locale="en"))


async def test_rappels_non_without_the_slash_stops_the_reminders(demo: Bot) -> None:
    said = plain(await demo.say("rappels non", user="lea"))
    assert "Rappels désactivés" in said, said


@pytest.mark.parametrize(("typed", "shown"), [
    ("prochain", "#1 · [Démo] Soirée jeux de société"),
    ("faq", "Questions fréquentes"),
    ("questions", "Questions fréquentes"),
    ("mesdonnees", "Voici tout ce que nous savons de vous"),
    ("mes données", "Voici tout ce que nous savons de vous"),
])
async def test_other_member_commands_alone(demo: Bot, typed: str, shown: str) -> None:
    said = plain(await demo.say(typed, user="lea"))
    assert DONT_KNOW not in said and shown in said, said


@pytest.mark.parametrize(("typed", "expected", "not_expected"), [
    # Sentences that merely hold a command's word stay questions for the FAQ.
    ("les événements sont pour quel âge ?", "Pour tout le monde", "Prochains événements"),
    ("participer ça coûte combien ?", "6 €", "Touchez-le"),
    ("aide moi jcomprends rien", "/aide", "Prochains événements"),
    ("langue des cours d'anglais ?", "", "OK, I will speak English"),
    ("rappels de quoi ?", "", "Rappels désactivés"),
    ("prochain samedi c'est quoi", "", DONT_KNOW),
])
async def test_sentences_holding_a_command_word_are_not_swallowed(
        demo: Bot, typed: str, expected: str, not_expected: str) -> None:
    said = plain(await demo.say(typed, user="lea"))
    assert expected in said and not_expected not in said, said


async def test_a_typed_word_never_erases(demo: Bot) -> None:
    """« effacer », « oubliemoi oui » typed without the slash: nothing is erased (a typed
    word never erases; the FAQ points to /oubliemoi as before)."""
    await demo.say("/participer 1 oui", user="lea")
    for typed in ("oubliemoi oui", "effacer oui", "effacer"):
        said = plain(await demo.say(typed, user="lea"))
        assert "C'est fait" not in said, said
    assert "#1" in plain(await demo.say("/mesevenements", user="lea"))


async def test_in_a_group_a_command_word_alone_stays_unanswered(demo: Bot) -> None:
    """The group reads every message: « evenements » said between parents is not for the
    bot (the slash form is)."""
    assert await demo.replies("evenements", user="lea", private=False) == []


@pytest.mark.parametrize("typed", [".", "...", "!", "…", ", ."])
async def test_punctuation_alone_gets_one_short_line(demo: Bot, typed: str) -> None:
    """« . » sent by a thumb in a private chat got « Je ne sais pas répondre à ça » and the
    eleven topics (13 lines): nothing was asked; one short line, as for « 😂 »."""
    said = plain(await demo.say(typed, user="lea"))
    assert DONT_KNOW not in said and said.count("\n") <= 1 and said, said


@pytest.mark.parametrize("typed", ["je veux participer à la soirée jeux",
                                   "je voudrais participer à la projection",
                                   "on veut participer samedi"])
async def test_a_wish_to_take_part_in_words_gets_the_events_to_tap(demo: Bot,
                                                                     typed: str) -> None:
    """« je veux participer à la soirée jeux » got « Je ne sais pas répondre à ça »: it is
    « je viens » in words (a message books nothing: the events to tap, and that said)."""
    replies = await demo.replies(typed, user="lea")
    said = plain("\n".join(r.text for r in replies))
    assert DONT_KNOW not in said and "ne vous inscrit pas" in said, said
    assert any(b.action and ":1" in b.action or b.action and ":2" in b.action
               for r in replies for b in r.buttons), replies



@pytest.mark.parametrize(("typed", "locale"), [("quelle langue vous parlez ?", "fr"),
                                               ("what languages do you speak?", "en")])
async def test_which_language_the_bot_speaks(demo: Bot, typed: str, locale: str) -> None:
    """« quelle langue vous parlez ? » got « Je ne sais pas répondre à ça »: the bot's own
    languages, and how to choose (/langue)."""
    said = plain(await demo.say(typed, user="lea", locale=locale))
    assert DONT_KNOW not in said and DONT_KNOW_EN not in said, said
    assert "/langue" in said or "/language" in said, said
