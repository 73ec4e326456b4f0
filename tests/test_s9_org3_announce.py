"""Session 9, helper org3: a volunteer plans a screening's announcement from her phone.

She planned it for Monday (« /annoncerplustard 2 lundi 18h »), then changed her mind and typed
the same line with Tuesday, as one "edits" it. The reply said « Annonce n°2 programmée … mardi »
and nothing else: the Monday one still stood, so the parents' group got the card on Monday and
a second copy on Tuesday. No reply said how to take a planned announcement back either."""

from __future__ import annotations

from recording import Bot, plain


async def test_planning_says_how_to_take_it_back(bot: Bot) -> None:
    await bot.say("/creer Ciné débat | vendredi 11 décembre 20h | 40 | projection")
    reply = plain(await bot.say("/annoncerplustard 1 lundi 18h"))
    assert "lundi 30 novembre 2026 à 18h" in reply and "/deprogrammer 1" in reply, reply


async def test_a_second_moment_for_the_same_event_names_the_first_one(bot: Bot) -> None:
    await bot.say("/creer Ciné débat | vendredi 11 décembre 20h | 40 | projection")
    await bot.say("/annoncerplustard 1 lundi 18h")
    reply = plain(await bot.say("/annoncerplustard 1 mardi 18h"))
    assert "mardi 1er décembre 2026 à 18h" in reply, reply
    # the Monday one still stands: said, with the line that keeps only Tuesday's
    assert "lundi 30 novembre 2026 à 18h" in reply and "/deprogrammer 1" in reply, reply
    assert "deux fois" in reply, reply


async def test_planning_an_event_already_announced_says_a_second_card_will_go(
        bot: Bot) -> None:
    await bot.say("/creer Ciné débat | vendredi 11 décembre 20h | 40 | projection")
    await bot.say("/annoncer 1")
    reply = plain(await bot.say("/annoncerplustard 1 la veille à 18h"))
    assert "déjà publiée dans 2 salons ou groupes" in reply, reply
    assert "/deprogrammer 1" in reply, reply


async def test_in_english_too(bot: Bot) -> None:
    await bot.say("/creer Film night | friday 11 december 8pm | 40 | projection",
                  locale="en")
    await bot.say("/announcelater 1 monday 6pm", locale="en")
    reply = plain(await bot.say("/announcelater 1 tuesday 6pm", locale="en"))
    assert "Monday 30 November 2026" in reply and "/unschedule 1" in reply, reply
    assert "twice" in reply, reply
