"""Private notices follow the language of the member's app until they choose one: a parent
whose phone is in English, who never typed /langue, got French promotion notices and
reminders (replies were English: only what the bot sends by itself was not)."""

from __future__ import annotations

from recording import Bot, new_event, plain, private_text


async def _promoted(bot: Bot, user: str, locale: str | None) -> str:
    """`user` (app in `locale`) waits for the one seat, ana leaves: what `user` is told."""
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 1")
    await bot.say(f"/participer {event_id} oui", user="ana")
    await bot.say(f"/participer {event_id} oui", user=user, locale=locale)
    await bot.say(f"/participer {event_id} non", user="ana")
    return private_text(bot, user)


async def test_a_promotion_reaches_an_english_phone_in_english(bot: Bot) -> None:
    told = await _promoted(bot, "tom", "en-GB")
    assert "seat" in told and "place" not in told, told


async def test_the_language_chosen_with_langue_wins_over_the_app(bot: Bot) -> None:
    await bot.say("/langue fr", user="tom", locale="en")
    told = await _promoted(bot, "tom", "en")
    assert "place" in told, told


async def test_a_language_we_do_not_speak_or_an_unknown_one_keeps_french_or_the_last_seen(
        bot: Bot) -> None:
    await bot.say("/aide", user="hans", locale="de")
    assert "place" in await _promoted(bot, "hans", None)
    await bot.say("/aide", user="tom", locale="en")
    await bot.say("/aide", user="tom", locale=None)  # Telegram may not say: the last one holds
    member = await bot.core.storage.members.identify("test", "tom", "Tom", bot.clock())
    assert member.app_language == "en"


async def test_mydata_says_which_language_is_used_and_why(bot: Bot) -> None:
    shown = plain(await bot.say("/mydata", user="tom", locale="en-US"))
    assert "automatic, your app's (English)" in shown, shown
    await bot.say("/language en", user="tom", locale="en-US")
    assert "Language: English" in plain(await bot.say("/mydata", user="tom", locale="en-US"))


async def test_mydata_numbers_series_in_the_readers_language(bot: Bot) -> None:
    """« n°3 » is French: an English organiser's /mydata said "Event series created: n°1"."""
    said = await bot.say("/newseries Atelier photo | every wednesday 14h", locale="en")
    assert "Series 1" in said, said
    shown = plain(await bot.say("/mydata", locale="en"))
    assert 'Event series created: 1 "Atelier photo"' in shown, shown
    assert "n°" not in shown
