"""Session 6, round 3: final review of today's changes to commands/ and storage/.

Through the core with the recording platform on a real SQLite file (`bot` fixture, now =
Wednesday 25 November 2026, 11:00 in Paris).
"""

from __future__ import annotations

from pathlib import Path

from bot.app import create_core
from bot.config import Settings
from recording import NOW, Bot, Clock, RecordingAdapter, new_event, plain, text_of


async def test_people_to_call_are_named_privately_when_a_cancelled_event_is_copied_in_a_group(
        bot: Bot) -> None:
    """A volunteer copies a cancelled screening back with « /dupliquer » typed in the
    association's group: the reply named Mme Martin and her phone note (registered at the
    desk, to be called) for the whole group to read. Names go to the organiser only."""
    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    await bot.say(f"/participer {film} oui", user="ana")
    await bot.say(f"/inscrire {film} Mme Martin tél. 06 12 34 56 78")
    await bot.say(f"/annuler {film} confirmer")
    replies = await bot.replies(f"/dupliquer {film} 4/12 20h30", private=False)
    naming = [r for r in replies if "Martin" in plain(text_of(r))]
    assert naming, [text_of(r) for r in replies]
    assert all(r.private for r in naming), [(r.private, text_of(r)) for r in naming]


async def test_people_to_call_are_named_privately_when_an_event_is_moved_in_a_group(
        bot: Bot) -> None:
    """« /modifier 1 date 5/12 20h30 » typed in the group: the line « à appeler : Mme
    Martin (tél. …) » went to the group too."""
    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    await bot.say(f"/inscrire {film} Mme Martin tél. 06 12 34 56 78")
    replies = await bot.replies(f"/modifier {film} date 5/12 20h30", private=False)
    naming = [r for r in replies if "Martin" in plain(text_of(r))]
    assert naming, [text_of(r) for r in replies]
    assert all(r.private for r in naming), [(r.private, text_of(r)) for r in naming]


async def test_one_backup_kept_is_said_in_the_singular(db_path: Path) -> None:
    """An association that keeps one backup (BACKUP_KEEP=1): /mesdonnees read « nos
    sauvegardes de la base (les 1 dernières sont gardées) », /oubliemoi « (les 1
    dernières) », and in English "the last 1 are kept"."""
    clock = Clock(NOW)
    core = await create_core(Settings(database_path=db_path, backup_keep=1), clock=clock,
                             card_interval=0, seed_demo=False)
    platform = RecordingAdapter()
    core.add_adapter(platform)
    await platform.start(core)
    bot = Bot(core, platform, clock)
    try:
        for locale in ("fr", "en"):
            user = f"ana{locale}"
            await bot.say("/aide", user=user, locale=locale)
            texts = plain(await bot.say("/mesdonnees", user=user, locale=locale)
                          + await bot.say("/oubliemoi oui", user=user, locale=locale))
            assert "les 1 " not in texts and "last 1 " not in texts, texts
            assert ("la dernière" in texts) if locale == "fr" else ("the last one" in texts), \
                texts
    finally:
        await core.idle()
        await core.storage.close()
