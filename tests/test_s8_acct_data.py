"""Session 8: what /mesdonnees says of the answers waiting for a closed private chat
(`storage.waiting`, new this session), and that they go with the member."""

from __future__ import annotations

from recording import Bot, new_event, plain


async def test_answers_waiting_for_the_private_chat_are_in_mydata(bot: Bot) -> None:
    """A 13-year-old on Discord with private messages closed: the bot kept her reminder and
    her answer to give when she opens them (24 h), and /mydata ended « Nothing else »."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui", user="zoe")
    storage = bot.core.storage
    for text in ("Rappel : Ciné demain 20h", "Vous êtes inscrite"):
        await storage.waiting.keep("test", "zoe", text, bot.clock.current)
    shown = plain(await bot.say("/mesdonnees", user="zoe"))
    assert "2 messages vous attendent" in shown, shown
    shown = plain(await bot.say("/mydata", user="zoe", locale="en"))
    assert "2 messages are waiting" in shown, shown
    assert "vous attend" not in plain(await bot.say("/mesdonnees", user="tom"))  # hers only
    await bot.say("/oubliemoi confirmer", user="zoe")
    rows = await storage.db.read("SELECT reply FROM waiting_replies")
    assert not [r for r in rows if "Rappel" in r[0] or "inscrite" in r[0]], rows
