"""Session 7 (acct2): « /oubliemoi oui je suis sûre » and other clear yeses a parent types,
and « oui pas de souci », whose « pas » is no refusal."""

from __future__ import annotations

import pytest

from recording import Bot, new_event, plain

YES = ("oui je suis sûre", "oui, pas de souci", "oui vas-y", "yes I am sure",
       "oui définitivement", "oui sans problème")


@pytest.mark.parametrize("typed", YES)
async def test_a_clear_yes_in_a_parents_words_erases(bot: Bot, typed: str) -> None:
    """« /oubliemoi oui, pas de souci » answered « D'accord, rien n'est effacé » (the « pas »
    read as a no), and « oui je suis sûre » « Je n'ai pas compris »."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="kate")
    done = plain(await bot.say(f"/oubliemoi {typed}", user="kate"))
    assert "C'est fait" in done, done
    assert await bot.core.storage.members.find("test", "kate") is None


async def test_asking_to_delete_an_account_shows_the_question(bot: Bot) -> None:
    """« /effacer supprime mon compte » read « Je n'ai pas compris « supprime mon compte » »."""
    replies = await bot.replies("/effacer supprime mon compte", user="kate")
    shown = plain(replies[-1].text)
    assert "définitif" in shown and "pas compris" not in shown, shown
    assert replies[-1].buttons


async def _rejoined_after_erasure(bot: Bot) -> tuple[int, str, str]:
    """Tom erased himself with the button, came back ten minutes later and said he was
    coming again; the old question is still on his screen."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="tom")
    question = (await bot.replies("/oubliemoi", user="tom"))[-1]
    yes, no = (b.action for b in question.buttons)
    bot.clock.advance(minutes=1)
    assert "C'est fait" in await bot.press(yes, user="tom")
    bot.clock.advance(minutes=10)
    await bot.say(f"/participer {event_id}", user="tom")
    bot.clock.advance(minutes=1)
    return event_id, yes, no


async def test_keep_tapped_on_an_old_question_never_erases_what_came_since(bot: Bot) -> None:
    """Back after his erasure, Tom tapped « Non, garder » on the old question: the bot
    erased his new account and his new answer (« Vos données sont déjà effacées »)."""
    event_id, _, no = await _rejoined_after_erasure(bot)
    shown = plain(await bot.press(no, user="tom"))
    assert f"#{event_id}" in await bot.say("/mesevenements", user="tom"), shown
    assert "rien n'est effacé de ce que vous avez fait depuis" in shown, shown


async def test_yes_tapped_on_an_old_question_asks_about_what_came_since(bot: Bot) -> None:
    event_id, yes, _ = await _rejoined_after_erasure(bot)
    replies = await bot.replies("", action=yes, user="tom")
    shown = plain("\n".join(r.text for r in replies))
    assert "avant votre effacement" in shown and "définitif" in shown, shown
    assert replies[-1].buttons and yes not in [b.action for b in replies[-1].buttons]
    assert f"#{event_id}" in await bot.say("/mesevenements", user="tom")
