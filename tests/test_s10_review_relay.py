"""The last read of relay (session 10): an organiser typing the answer without tapping
« Répondre », « Rien ! » as an answer, a command without its slash after a question."""
from __future__ import annotations

from recording import Bot, new_event, plain, text_of

PLACE = "Le Focus, 12 rue Michelet"


async def _say(bot, text, **kw):
    return plain(await bot.say(text, **kw))


def _last(bot, user):
    return [r for u, r in bot.platform.private if u == user][-1]


def _button(reply, label):
    return next(b.action for b in reply.buttons if label in b.label)


async def _evening(bot):
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/modifier {event} lieu {PLACE}")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !")
    return event


async def test_fix_typed_answer_without_tapping(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, "on peut arriver à 20h15 ?", user="lea")
    n = len(bot.platform.private_texts("lea"))
    said = await bot.replies("Oui bien sûr, pas de problème")
    print("->", plain(text_of(said[-1])), [b.label for b in said[-1].buttons])
    assert "Votre message n'est pas parti. Pour répondre à Lea" in plain(text_of(said[-1]))
    await _say(bot, "", action=said[-1].buttons[0].action)
    await _say(bot, "Oui bien sûr, pas de problème")
    assert "Oui bien sûr" in plain(_last(bot, "lea").text)
    assert len(bot.platform.private_texts("lea")) == n + 1
    # answered: the organiser's next words are theirs again
    assert "pas parti" not in await _say(bot, "ok")


async def test_fix_rien_is_an_answer(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, "il faut apporter quelque chose ?", user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    assert "Réponse envoyée à Lea" in await _say(bot, "Rien !")
    assert "Rien !" in plain(_last(bot, "lea").text)


async def test_fix_slashless_command_after_question(bot: Bot) -> None:
    event = await _evening(bot)
    await _say(bot, "on peut arriver à 20h15 ?", user="lea")
    said = await _say(bot, f"participants {event}")
    print("->", said[:120])
    assert "pas parti" not in said and "Lea" in said
