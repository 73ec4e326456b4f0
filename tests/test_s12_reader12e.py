"""Session 12, reader12-edge: a hostile read of round 1's storage on the loop, dates, events,
announcements and adapters. Probes were written from the organiser's seat before reading the
code that parses them; the tests marked `proposal` pin /tmp/team/reader12-edge-proposals.diff.

/annoncer <number> <words> (round 1): a line that starts with a number and goes on now posts
her words, then the card of the event of that number. An organiser's own text that starts
with a number (« 4 décembre : le Focus est fermé », « 2 nouvelles dates en décembre ! ») went
to every group cut of its number, under the card of whatever event had that number: 16 of 20
such probes. The card-meant lines (6 probes) keep their card."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from recording import Bot, new_event, plain
from storage import Storage

PROPOSAL_TEXT = ("proposal: /annoncer N <words> where N counts something, or is a date's day, "
                 "stays her text (reader12-edge-proposals.diff, announcements/handlers.py)")

# Lines meant as an event's number, then words for its card.
CARD_MEANT = [
    "1 N'oubliez pas vos jeux",
    "1 venez nombreux !",
    "2 c'est ce soir !",
    "2 Rappel : pensez à vos pop-corn",
    "1 ramenez vos jeux préférés",
    "3 Ce samedi on joue !",
]
# Her own text, starting with a number (round 1 got 4 of these 20 right).
TEXT_MEANT = [
    "2 nouvelles dates en décembre !",
    "5 bonnes raisons de venir samedi",
    "3 nouveaux jeux sont arrivés !",
    "2 séances supplémentaires samedi",
    "3 petits rappels avant les vacances",
    "2 bénévoles recherchés pour samedi",
    "4 décembre : le Focus est fermé",
    "5 déc : fermeture exceptionnelle",
    "3 janvier reprise des ateliers",
    "1 seul mot : merci !",
    "4 novembre : merci pour la soirée",
    "2 mercredis sans atelier (vacances)",
    "5 samedis de suite complets, merci !",
    "3 questions pour vous : ...",
    "2 new games arrived!",
    "3 raisons de venir",
]
TEXT_ALREADY_RIGHT = [
    "2 ateliers cette semaine",
    "10 ans du Focus samedi !",
    "1 an déjà, merci à tous",
    "2 fois plus de jeux",
]


async def _five_events(bot: Bot) -> None:
    for n in range(5):
        await new_event(bot, f"Soirée {n + 1} | samedi {5 + 7 * (n % 3)} décembre 20h | 24")
    bot.platform.sent.clear()


async def _announced(bot: Bot, typed: str) -> tuple[list[str], list[str]]:
    """(the texts posted in the announcement chats, the titles of the cards posted there)."""
    await bot.say(f"/annoncer {typed}")
    texts = [plain(r.text or "") for _, r in bot.platform.sent if not r.card]
    cards = [r.card.title for _, r in bot.platform.sent if r.card]
    return texts, cards


@pytest.mark.parametrize("typed", CARD_MEANT)
async def test_a_number_then_words_for_its_card_still_posts_the_card(
        bot: Bot, typed: str) -> None:
    await _five_events(bot)
    texts, cards = await _announced(bot, typed)
    number, words = typed.split(" ", 1)
    assert cards and all(c == f"Soirée {number}" for c in cards), cards
    assert texts and all(t.endswith("\n" + words) for t in texts), texts


@pytest.mark.parametrize("typed", TEXT_MEANT)
async def test_her_text_starting_with_a_number_goes_out_whole_with_no_card(
        bot: Bot, typed: str) -> None:
    """« /annoncer 4 décembre : le Focus est fermé » went out as « décembre : le Focus est
    fermé » with the card of « Soirée 4 » below it, in every group."""
    await _five_events(bot)
    texts, cards = await _announced(bot, typed)
    assert cards == [], (texts, cards)
    assert texts and all(t.endswith("\n" + typed) for t in texts), texts


@pytest.mark.parametrize("typed", TEXT_ALREADY_RIGHT)
async def test_a_number_that_counts_something_stays_her_text(bot: Bot, typed: str) -> None:
    await _five_events(bot)
    texts, cards = await _announced(bot, typed)
    assert cards == [], (texts, cards)
    assert texts and all(t.endswith("\n" + typed) for t in texts), texts


# -- dates: « en 8 » as texted (round 1) -------------------------------------------------------

PROPOSAL_EN_8 = ("proposal: « samedi 14h en 8 équipes » is asked, never Saturday week "
                 "(reader12-edge-proposals.diff, bot/dates.py `_beside`)")


@pytest.mark.parametrize("typed", [
    "vendredi 18h en 8 équipes", "samedi 14h en 8 tables", "samedi 20h en 8 manches",
    "samedi 14h, en 8 équipes", "samedi 14h (en 8 équipes)", "samedi 14h en 15 tours",
    "samedi 14h en huit équipes", "jeudi 18h en 8 ateliers"])
async def test_a_count_after_a_date_never_moves_the_event_a_week_later(
        bot: Bot, typed: str) -> None:
    """« samedi en 8 » (Saturday week) is read since round 1; « samedi 14h en 8 équipes »
    (a tournament in eight teams, this Saturday) was read the same: the event made for
    Saturday 5 December, a week late, « équipes » on its card. Now asked, nothing made."""
    said = plain(await bot.say(f"/nouvelevenement Tournoi | {typed} | 24"))
    assert "#" not in said and "Tournoi" not in [
        e.title for e in await bot.core.storage.events.upcoming(bot.clock(), 10)], said


@pytest.mark.parametrize(("typed", "day"), [
    ("samedi en 8 14h", "5 décembre"), ("samedi en 8 à 14h", "5 décembre"),
    ("vendredi en 15 19h", "11 décembre"), ("vendredi 19h en 8", "4 décembre"),
    ("samedi en huit 20h", "5 décembre")])
async def test_the_week_idiom_still_reads(bot: Bot, typed: str, day: str) -> None:
    said = plain(await bot.say(f"/nouvelevenement Tournoi | {typed} | 24"))
    assert day in said, said


# -- storage: writes on the loop's thread (round 1) --------------------------------------------

PROPOSAL_CLOSE = ("proposal: close() writes what waits; a caller cancelled before its turn "
                  "has nothing written (reader12-edge-proposals.diff, storage/base.py)")


def _faq_row(key: str) -> Callable[[sqlite3.Connection], int]:
    return lambda conn: conn.execute(
        "INSERT INTO faq_entries (key, answer_fr, updated_at) VALUES (?, 'x',"
        " '2026-11-25T10:00:00Z')", (key,)).rowcount


def _keys_on_disk(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute("SELECT key FROM faq_entries ORDER BY key")]
    finally:
        conn.close()


async def test_a_write_asked_for_just_before_close_is_written(db_path: Path) -> None:
    """Round 1 writes on the loop's next turn: one asked for as the bot stops (an answer
    arriving during shutdown) met a closed connection, « Cannot operate on a closed
    database », and was lost; before, a lone write went to the writer thread at once."""
    store = await Storage.open(db_path)
    pending = store.db.run_write(_faq_row("horaires"))
    await store.close()
    assert await pending == 1
    assert _keys_on_disk(db_path) == ["horaires"]


async def test_a_caller_cancelled_before_its_turn_has_nothing_written(db_path: Path) -> None:
    """A task cancelled (the shutdown's drain) while its write waited for the loop's turn:
    nobody will be told of that write, so it is not made (it was, every time)."""
    store = await Storage.open(db_path)
    try:
        async def answer() -> int:
            return await store.db.run_write(_faq_row("cancelled"))

        task = asyncio.ensure_future(answer())
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        assert await store.db.run_write(_faq_row("next")) == 1
    finally:
        await store.close()
    assert _keys_on_disk(db_path) == ["next"]


PROPOSAL_MINUTES = ("proposal: a number after the hour and before a remark's word is the "
                    "remark's, asked (reader12-edge-proposals.diff, bot/dates.py `_beside`)")


@pytest.mark.parametrize("typed", [
    "samedi 20h 30 places", "samedi 14h, 30 personnes", "samedi 14h 12 ans et plus",
    "samedi 20h, 15 km de route", "samedi 20h 15 places", "samedi 5/12 20h 30 places"])
async def test_a_count_after_the_hour_is_never_read_as_its_minutes(
        bot: Bot, typed: str) -> None:
    """« samedi 14h 12 ans et plus » made the event for 14h12 (« ans et plus » kept as its
    description); « samedi 20h 30 places » for 20h30. Older than round 1, met by the same
    probes. Now asked, nothing made."""
    said = plain(await bot.say(f"/nouvelevenement Atelier | {typed} | 24"))
    assert "#" not in said, said


@pytest.mark.parametrize(("typed", "clock"), [
    ("samedi 20h 30", "20h30"), ("samedi 20h30 goûter offert", "20h30"),
    ("samedi 20h 30 pétantes", "20h30")])
async def test_minutes_apart_from_the_hour_still_read(bot: Bot, typed: str, clock: str) -> None:
    said = plain(await bot.say(f"/nouvelevenement Atelier | {typed} | 24"))
    assert clock in said and "#" in said, said
