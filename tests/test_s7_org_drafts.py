"""Session 7: a guided creation left alone past its lifetime is erased; the organiser who
comes back is told so, instead of a fresh start (or an answer falling on nothing) without a
word. Through the core, a real SQLite file, the clock injected."""

from __future__ import annotations

from datetime import timedelta

from test_guided import Dialogue

from bot.scheduler import Scheduler
from recording import NOW, Bot
from storage.drafts import DRAFT_TTL

LATER = DRAFT_TTL + timedelta(minutes=5)


async def _half_done(bot: Bot, *, locale: str | None = None) -> Dialogue:
    d = Dialogue(bot)
    await d.say("/creer", locale=locale)
    await d.tap("Projection" if locale is None else "Screening")
    await d.say("Ciné-club", locale=locale)
    return d


async def test_creer_after_the_draft_expired_says_so_then_starts_again(bot: Bot) -> None:
    d = await _half_done(bot)
    bot.clock.advance(seconds=LATER.total_seconds())
    await Scheduler(bot.core).tick(bot.clock())  # the sweep erases it
    text = await d.say("/creer")
    assert "brouillon précédent a expiré" in text and "24 heures" in text
    assert "Quel type" in text  # the dialogue starts again
    assert "Ciné-club" not in text  # nothing of its answers was kept
    again = await d.say("/creer")
    assert "expiré" not in again  # said once


async def test_an_answer_to_an_expired_draft_is_not_met_with_silence(bot: Bot) -> None:
    d = await _half_done(bot)
    bot.clock.advance(seconds=LATER.total_seconds())  # no sweep yet: expired all the same
    text = await d.say("samedi 20h")
    assert "brouillon d'événement a expiré" in text and "rien créé" in text
    assert "/creer" in text
    assert all(e.title != "Ciné-club" for e in await bot.core.storage.events.upcoming(bot.clock()))
    assert "expiré" not in await d.say("samedi 20h")  # told once


async def test_in_english_too(bot: Bot) -> None:
    d = await _half_done(bot, locale="en")
    bot.clock.advance(seconds=LATER.total_seconds())
    text = await d.say("/newevent", locale="en")
    assert "Your previous draft expired" in text and "24 hours" in text


async def test_an_untouched_draft_expiring_is_not_worth_a_word(bot: Bot) -> None:
    d = Dialogue(bot)
    await d.say("/creer")  # nothing answered
    await Scheduler(bot.core).tick(NOW + LATER)
    bot.clock.advance(seconds=LATER.total_seconds())
    assert "expiré" not in await d.say("/creer")


async def test_the_note_of_an_expired_draft_is_erased_with_the_member(bot: Bot) -> None:
    d = await _half_done(bot)
    await Scheduler(bot.core).tick(NOW + LATER)
    held = "SELECT COUNT(*) FROM expired_drafts"
    assert (await bot.core.storage.db.read(held))[0][0] == 1  # the fact only, no answers
    await d.say("/oubliemoi confirmer")
    assert (await bot.core.storage.db.read(held))[0][0] == 0
