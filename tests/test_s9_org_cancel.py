"""Session 9, helper org: `/annuler 1 neige` (the preview), a phone call, then the line she
had seen first, `/annuler 1 confirmer`, 45 minutes later: the event was cancelled for the
parents without « neige », and she was not told her reason had been dropped."""

from __future__ import annotations

from recording import Bot, new_event


async def test_a_reason_given_more_than_30_minutes_ago_is_not_dropped_in_silence(
        bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui", user="ana")
    assert "neige" in await bot.say(f"/annuler {event_id} neige")
    bot.clock.advance(minutes=45)
    again = await bot.say(f"/annuler {event_id} confirmer")
    told = bot.platform.private_texts("ana")
    # either it goes out with her reason, or she is shown it again before anything goes out
    assert "neige" in again, again
    if told and "annul" in told[-1]:
        assert "neige" in told[-1], told[-1]
    else:
        assert f"/annuler {event_id} neige confirmer" in again, again
        done = await bot.say(f"/annuler {event_id} neige confirmer")
        assert "neige" in done and "neige" in bot.platform.private_texts("ana")[-1], done
