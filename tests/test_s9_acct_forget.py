"""Session 9: a 13-year-old and a parent asking the bot to forget them, in their own words,
through the real core (the console's trial accounts read the same) and through the real
Telegram adapter."""

from __future__ import annotations

from typing import Any

from test_telegram_adapter import new_event as tg_new_event

from fakes.telegram_api import user
from recording import Bot, new_event, plain

TEEN = user(3101, "Inès", "fr")


async def _member(bot: Bot, user: str) -> object:
    return await bot.core.storage.members.find(bot.platform.platform, user)


async def test_asking_to_be_forgotten_in_words_is_asked_not_misunderstood(bot: Bot) -> None:
    """Inès, 13: « /oubliemoi je veux que tu oublies tout » read « Je n'ai pas compris « je
    veux que tu oubli » : rien n'est effacé. » before the question: she said exactly what
    she wanted. The question comes, without « pas compris », and nothing is erased yet."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    for typed in ("je veux que tu oublies tout", "oublie moi stp", "forget me please",
                  "je veux que tu effaces mes données"):
        await bot.say(f"/participer {event_id} oui", user="ines")
        said = await bot.say(f"/oubliemoi {typed}", user="ines")
        assert "pas compris" not in said and "didn't understand" not in said, said
        assert "Voulez-vous vraiment tout effacer" in said, said
        assert await _member(bot, "ines") is not None


async def test_words_echoed_back_are_cut_between_words(bot: Bot) -> None:
    """« /oubliemoi efface le prénom de mon fils » echoed « « efface le prénom de  » »: cut
    at 20 characters, a dangling « de » and two spaces. Now whole words, and « … »."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    await bot.say(f"/participer {event_id} oui Tom", user="sophie")
    said = plain(await bot.say("/oubliemoi efface le prénom de mon fils", user="sophie"))
    assert "« efface le prénom… »" in said, said
    said = plain(await bot.say("/oubliemoi euh bof chais vraiment rien", user="sophie"))
    assert "« euh bof chais… »" in said, said
    assert await _member(bot, "sophie") is not None


async def test_on_telegram_the_question_then_the_button_erases(tg: Any) -> None:
    """The same words on a phone, through the real Telegram adapter against the fake: the
    question without « pas compris », and « Oui » erases."""
    first = await tg_new_event(tg)
    await tg.say(TEEN, f"/participer {first} oui")
    [asked] = await tg.say(TEEN, "/oubliemoi je veux que tu oublies tout")
    text = plain(asked.visible)
    assert "pas compris" not in text and "définitif" in text, text
    yes = next(d for d, label in zip(asked.button_data, asked.button_labels, strict=True)
               if "Oui" in label)
    await tg.press(TEEN, asked, yes)
    assert await tg.core.storage.members.find("telegram", str(TEEN["id"])) is None
