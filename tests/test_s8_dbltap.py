"""Session 8, helper dbltap: a volunteer's slow phone sends the same button twice.

« 📣 Publier à nouveau » (offered by /annoncer when the event is already announced) pressed
twice posted the card twice more in every announcement chat; the walk-in « ➕ » / « ➖ » on
the door list pressed twice counted two. The same press twice now does it once and the second
one says it is already done; a deliberate second walk-in (the refreshed list's button) still
counts. Through the real Telegram adapter against the fake Bot API."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from test_s6_cross_week import CAMILLE, Week
from test_s6_cross_week import week as week  # the fixture
from test_s8_cards_door import button, door_list, games_night_at_the_door, text_of
from test_telegram_adapter import GROUP, NEWS, ORGA, card_messages, running

from recording import NOW
from storage import NewEvent, Storage


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


async def test_publish_again_pressed_twice_posts_the_card_once_more(tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        await tg.say(ORGA, "/creer Soirée jeux | samedi 5 décembre 20h | 10 | jeux")
        await tg.say(ORGA, "/annoncer 1")
        replies = await tg.say(ORGA, "/annoncer 1")
        asking = next(m for m in replies if m.button_labels)
        await tg.press(ORGA, asking, asking.button_data[0])
        toast = await tg.press(ORGA, asking, asking.button_data[0])  # the slow phone's echo
        for chat in (GROUP, NEWS):
            assert len(card_messages(tg.fake.chat(chat))) == 2, chat
        told = _plain(toast + tg.fake.chat(ORGA["id"])[-1].visible)
        assert "déjà" in told and "Publié" not in told, told
        # Asked again on purpose (/annoncer once more): the new button posts a third copy.
        replies = await tg.say(ORGA, "/annoncer 1")
        asking = next(m for m in replies if m.button_labels)
        await tg.press(ORGA, asking, asking.button_data[0])
        assert len(card_messages(tg.fake.chat(GROUP))) == 3


async def test_publish_again_two_presses_at_once_post_once(tmp_path: Path) -> None:
    """Both presses arrive before the first is done (Telegram hands updates over at once)."""
    async with running(tmp_path) as tg:
        await tg.say(ORGA, "/creer Soirée jeux | samedi 5 décembre 20h | 10 | jeux")
        await tg.say(ORGA, "/annoncer 1")
        replies = await tg.say(ORGA, "/annoncer 1")
        asking = next(m for m in replies if m.button_labels)
        tg.fake.press(ORGA, asking, asking.button_data[0])
        tg.fake.press(ORGA, asking, asking.button_data[0])
        tg.pushed += 2
        await tg.settle()
        assert len(card_messages(tg.fake.chat(GROUP))) == 2


async def test_a_walk_in_tapped_twice_on_a_slow_phone_counts_one(week: Week) -> None:
    """Camille taps « ➕ », nothing seems to happen, she taps the same list again: 2 walk-ins
    for one person. The second tap now shows the current count instead; the refreshed
    list's « ➕ » (a second person coming in) still counts."""
    games = await games_night_at_the_door(week)
    stale = door_list(week)
    more = button(stale, "➕")
    await week.tg.press(CAMILLE, stale, more)
    toast = await week.tg.press(CAMILLE, stale, more)
    assert (await week.core.storage.attendance.sheet(games)).walk_ins == 1
    told = _plain(toast + "\n" + text_of(week.tg.fake.chat(CAMILLE["id"])[-1]))
    assert "déjà" in told.lower() and "1" in told, told
    fresh = door_list(week)
    assert "➕ sans inscription (1)" in fresh.button_labels, fresh.button_labels
    await week.tg.press(CAMILLE, fresh, button(fresh, "➕"))
    assert (await week.core.storage.attendance.sheet(games)).walk_ins == 2
    # « ➖ » the same way: one tap twice takes one away.
    fresh = door_list(week)
    less = button(fresh, "➖")
    await week.tg.press(CAMILLE, fresh, less)
    await week.tg.press(CAMILLE, fresh, less)
    assert (await week.core.storage.attendance.sheet(games)).walk_ins == 1


async def test_two_walk_in_taps_at_once_from_the_same_list_count_one(tmp_path: Path) -> None:
    """Telegram hands both taps over at once: the count moves only for the one that found
    it as the list showed it (real SQLite file)."""
    start = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)
    store = await Storage.open(tmp_path / "door.db")
    try:
        event = await store.events.create(NewEvent("Jeux", start, "Le Focus", capacity=30), NOW)
        results = await asyncio.gather(*(store.attendance.move_walk_ins(event.id, 1, start, 0)
                                         for _ in range(2)))
        assert sorted(results) == [(1, False), (1, True)], results
        assert (await store.attendance.sheet(event.id)).walk_ins == 1
        assert await store.attendance.move_walk_ins(event.id, 1, start, 1) == (2, True)
    finally:
        await store.close()
