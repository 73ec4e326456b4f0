"""Session 8, final read of the door, the scheduler, posters and waiting answers: what a user
would meet in this session's change (each test seen failing on the code before its fix)."""

from __future__ import annotations

from datetime import timedelta

from test_s8_acct_posters import JPEG
from test_telegram_adapter import ORGA, Harness, new_event

from bot.scheduler import Scheduler
from recording import Bot, plain


async def test_a_new_poster_whose_caption_mentions_the_old_one_is_kept(tg: Harness) -> None:
    """An organiser replaces a poster from her phone: the photo's caption « /affiche 12 la
    nouvelle, enlève l'ancienne » took the old one off, said so, and dropped the photo (any
    word beginning like « retirer », « enlever » or "take" read as « retirer »). The photo
    sent is the poster; it replaces the old one."""
    from test_posters import photo

    from fakes.telegram_api import private_chat

    event_id = await new_event(tg)
    storage = tg.core.storage
    assert await storage.posters.attach(event_id, JPEG, tg.clock.current)
    before = set(tg.fake.messages)
    tg.fake.send_picture(ORGA, private_chat(ORGA), photo(),
                         caption=f"/affiche {event_id} la nouvelle, enlève l'ancienne")
    tg.pushed += 1
    await tg.settle()
    said = [plain(m.visible) for k, m in sorted(tg.fake.messages.items()) if k not in before]
    assert said and "Affiche ajoutée" in said[0], said
    event = await storage.events.get(event_id)
    assert event is not None and event.poster, said


async def test_an_answer_waiting_for_a_closed_chat_is_erased_after_a_day(bot: Bot) -> None:
    """« Donné à son ouverture, sinon effacé après 24 h » (/mesdonnees): old answers were
    erased only when someone wrote to the bot privately or one more answer was kept. On a
    quiet weekend, a parent's answer (children's names in it) stayed on, and /mesdonnees
    still said it waited. The scheduler erases them within the hour after their day."""
    await bot.say("/langue fr", user="lea")  # Léa is a member
    kept = "Vous êtes inscrite avec Tom, Zoé"
    await bot.core.storage.waiting.keep(bot.platform.platform, "lea", kept, bot.clock.current)
    assert "1 message vous attend" in await bot.say("/mesdonnees", user="lea")
    scheduler = Scheduler(bot.core)
    later = bot.clock.current + timedelta(hours=25)
    bot.clock.current = later
    await scheduler.tick(later)
    assert "vous attend" not in await bot.say("/mesdonnees", user="lea")


async def test_retire_stp_in_reply_to_the_card_still_takes_the_poster_off(tg: Harness) -> None:
    """The other side (a guard, not a change): « /affiche 12 retire stp » with a picture, as
    when replying to the card, whose photo comes along, takes the poster off."""
    from test_posters import photo

    from fakes.telegram_api import private_chat

    event_id = await new_event(tg)
    storage = tg.core.storage
    assert await storage.posters.attach(event_id, JPEG, tg.clock.current)
    before = set(tg.fake.messages)
    tg.fake.send_picture(ORGA, private_chat(ORGA), photo(),
                         caption=f"/affiche {event_id} retire stp")
    tg.pushed += 1
    await tg.settle()
    said = [plain(m.visible) for k, m in sorted(tg.fake.messages.items()) if k not in before]
    assert said and "retirée" in said[0], said
    event = await storage.events.get(event_id)
    assert event is not None and not event.poster, said
