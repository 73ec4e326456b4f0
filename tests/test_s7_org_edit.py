"""Session 7: an organiser changing an event's date types it as they speak it: « Date :
samedi 12 décembre » (a French keyboard spaces the colon), or the new date with no field
word at all. Through the commands, a real SQLite file, the clock injected."""

from __future__ import annotations

from recording import Bot, plain


async def _event(bot: Bot) -> None:
    assert "créé" in await bot.say("/nouvelevenement Soirée jeux | samedi 5 décembre 20h | 20")


async def test_a_colon_after_the_field_is_not_part_of_the_date(bot: Bot) -> None:
    await _event(bot)
    text = plain(await bot.say("/modifier 1 Date : samedi 12 décembre"))
    assert "samedi 12 décembre 2026 à 20h" in text, text
    text = plain(await bot.say("/modifier 1 heure : 20h30"))
    assert "à 20h30" in text, text


async def test_a_new_date_typed_without_the_field_word_says_which_word_to_add(
        bot: Bot) -> None:
    """« Champ « samedi » inconnu » left a volunteer wondering what a field is."""
    await _event(bot)
    text = plain(await bot.say("/modifier 1 samedi 12 décembre 20h"))
    assert "écrivez « date » avant la nouvelle date" in text, text
    assert "/modifier 1 date samedi 20h" in text
    english = plain(await bot.say("/edit 1 tomorrow 8pm", locale="en"))
    assert "write \"when\" before the new date" in english, english

