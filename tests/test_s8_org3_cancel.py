"""Session 8, helper org3: a volunteer organiser cancelling an event with /annuler, as she
reads the previews, line by line."""

from __future__ import annotations

from recording import Bot, new_event


async def test_the_reason_given_is_kept_when_the_first_previews_line_is_typed(bot: Bot) -> None:
    """`/annuler 1` showed « Aucun motif… » and « /annuler 1 confirmer »; she added the
    reason (`/annuler 1 neige`), then typed the line she had seen first: the cancellation
    went out without « neige », and she was not told."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui", user="ana")
    first = await bot.say(f"/annuler {event_id}")
    assert f"/annuler {event_id} confirmer" in first, first
    assert "neige" in await bot.say(f"/annuler {event_id} neige")
    done = await bot.say(f"/annuler {event_id} confirmer")
    told = bot.platform.private_texts("ana")[-1]
    assert "neige" in told, told
    assert "neige" in done, done


async def test_no_reason_asked_none_is_sent(bot: Bot) -> None:
    """Without a preview, `/annuler 1 confirmer` still cancels with no reason."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui", user="ana")
    done = await bot.say(f"/annuler {event_id} confirmer")
    assert "annulé" in done and "Motif" not in done, done


async def test_cancelling_one_date_of_a_series_says_the_others_stay(bot: Bot) -> None:
    """Friday's « Club jeux » falls on a bank holiday: `/annuler 2 férié`. The preview and
    the reply said « Événement #2 « Club jeux » annulé » and nothing of the Fridays after:
    had she stopped the club? Both now say the series' other dates stay, and how to stop
    it all."""
    await bot.say("/nouvelleserie Club jeux | vendredi 19h30 | | 12")
    first = min(e.id for e in await bot.core.storage.series.occurrences(1, bot.clock()))
    preview = await bot.say(f"/annuler {first} férié")
    assert "autres dates" in preview and "/annulerserie 1" in preview, preview
    done = await bot.say(f"/annuler {first} férié confirmer")
    assert "autres dates" in done and "/annulerserie 1" in done, done
    english = await bot.say(f"/cancel {first + 1} holiday", locale="en")
    assert "other dates" in english and "/cancelseries 1" in english, english
