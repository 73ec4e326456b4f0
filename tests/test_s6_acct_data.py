"""Session 6: a worried parent about their data: what /mesdonnees and /oubliemoi say about
the same person on both platforms, and about copies the bot does not hold itself."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import create_core
from bot.config import Settings
from recording import NOW, Bot, Clock, RecordingAdapter, new_event, plain


@pytest.fixture
async def both(db_path: Path) -> AsyncIterator[tuple[Bot, Bot]]:
    """One bot on Telegram and Discord: the same parent may use both."""
    clock = Clock(NOW)
    settings = Settings(database_path=db_path, telegram_token="1:x", discord_token="y")
    core = await create_core(settings, clock=clock, card_interval=0, seed_demo=False)
    telegram, discord = RecordingAdapter(platform="telegram"), RecordingAdapter(
        platform="discord")
    for adapter in (telegram, discord):
        core.add_adapter(adapter)
        await adapter.start(core)
    yield Bot(core, telegram, clock), Bot(core, discord, clock)
    await core.idle()
    await core.storage.close()


async def test_erasing_on_telegram_says_the_discord_account_is_separate(
        both: tuple[Bot, Bot]) -> None:
    """A parent answered on Telegram and on Discord, typed /oubliemoi on Telegram and read
    « tout ce que nous savions de vous est effacé »: her Discord answer was still there."""
    telegram, discord = both
    event_id = await new_event(telegram)
    await telegram.say(f"/participer {event_id}", user="kate")
    await discord.say(f"/participer {event_id}", user="kate")
    mine = plain(await telegram.say("/mesdonnees", user="kate"))
    assert "Sur Discord, le bot vous connaît à part : /mesdonnees là-bas." in mine, mine
    done = plain(await telegram.say("/oubliemoi confirmer", user="kate"))
    assert "votre compte Telegram" in done, done
    assert "tapez /oubliemoi là-bas aussi" in done, done
    assert f"#{event_id}" in await discord.say("/mesdonnees", user="kate")  # as she was told
    done = plain(await discord.say("/forgetme confirm", user="kate", locale="en"))
    assert "your Discord account" in done and "Telegram" in done, done


async def test_mydata_and_forgetme_name_the_copies_the_bot_does_not_erase(bot: Bot) -> None:
    """« Rien d'autre » and « tout est effacé », yet the participants list an organiser
    downloaded and the nightly backups still hold her name: a parent must be told."""
    shown = plain(await bot.say("/mesdonnees", user="kate"))
    assert "listes de participant·e·s" in shown and "14 dernières" in shown, shown
    assert "à part" not in shown, shown  # one platform here: no other account to point to
    shown = plain(await bot.say("/mydata", user="kate", locale="en"))
    assert "participant lists" in shown and "last 14" in shown, shown
    done = plain(await bot.say("/oubliemoi confirmer", user="kate"))
    assert "sauvegardes" in done and "là-bas" not in done, done


async def test_mydata_names_the_cards_kept_up_to_date_in_the_private_chat(tg: Any) -> None:
    """Tom opened an event's card in his private chat with the bot: the bot records that
    message to keep its seats up to date (and stops at /forgetme), yet /mydata said
    "Nothing else" without it."""
    from test_telegram_adapter import ORGA, TOM
    created = await tg.say(ORGA, "/nouvelevenement Ciné-club | 2026-12-05 20:00 | 10")
    event_id = int(re.findall(r"#(\d+)", created[0].visible)[0])
    before = "\n".join(m.visible for m in await tg.say(TOM, "/mydata"))
    assert "private chat" not in before, before
    await tg.say(TOM, f"/event {event_id}")
    shown = plain("\n".join(m.visible for m in await tg.say(TOM, "/mydata")))
    assert "• 1 event card in our private chat: we keep its message number" in shown, shown
    await tg.say(TOM, "/forgetme confirm")
    shown = plain("\n".join(m.visible for m in await tg.say(TOM, "/mydata")))
    assert "private chat" not in shown, shown


async def test_forgetme_no_keeps_everything(bot: Bot) -> None:
    """« /oubliemoi non » read « « non » n'est pas une valeur possible pour confirmer »,
    and « /forgetme no » "\"no\" is not a possible value for confirm": a parent who
    changed their mind was told off in the words of a form."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user="kate")
    assert "rien n'est effacé" in plain(await bot.say("/oubliemoi non", user="kate"))
    assert "nothing was erased" in await bot.say("/forgetme no", user="kate", locale="en")
    assert f"#{event_id}" in await bot.say("/mesevenements", user="kate")
