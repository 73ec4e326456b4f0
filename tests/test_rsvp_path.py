"""The answer path a member feels most (issue 11): `/participer 12` or a card's button, through
the core, router and storage on a real SQLite file. Its cost is trips to the database
threads, so that is what is counted here (timings live in bench/rsvp_burst.py); what the
member reads and what is stored must stay exactly as before: names dropped with the answer,
the member's language, a fresh start after erasure."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from bot import actions
from bot.i18n import t, using
from recording import Bot, new_event, trips, writes
from storage.base import from_db, to_db

TWO_SEATS = "Soirée jeux | 2026-12-05 20:00 | 2"


async def _listing(bot: Bot, event_id: int) -> str:
    return await bot.say(f"/participants {event_id}")


async def test_a_typed_answer_is_one_trip_to_the_writer_and_none_to_the_reader(
        bot: Bot) -> None:
    """A member the bot knows answers: the answer (and the children's names it leaves
    without a seat) is one write transaction, and nothing is read around it."""
    event_id = await new_event(bot, TWO_SEATS)
    await bot.say("/aide", user="ana")  # known from now on
    # The first answer of an event learns that nobody posted its card: no read after it.
    await bot.say(f"/participer {event_id}", user="zoe")
    db = bot.core.storage.db
    # Session 12: the transaction runs on the loop's thread, no trip to the writer's.
    with trips(db.writer) as sent, trips(db.reader) as read, writes(db) as began:
        assert "inscrit·e" in await bot.say(f"/participer {event_id}", user="ana")
    assert (sent, read, len(began)) == ([], [], 1)
    with trips(db.writer) as sent, writes(db) as began:
        assert "peut-être" in (await bot.say(f"/participer {event_id} peut-etre",
                                             user="ana")).lower()
    assert (sent, len(began)) == ([], 1)


async def test_a_button_answer_is_one_trip_to_the_writer(bot: Bot) -> None:
    event_id = await new_event(bot, TWO_SEATS)
    await bot.say("/aide", user="ben")
    db = bot.core.storage.db
    with trips(db.writer) as sent, writes(db) as began:
        toast = await bot.press(actions.encode("rsvp", event_id, "going"), user="ben")
    assert "Inscrit·e" in toast or "inscrit·e" in toast
    assert (sent, len(began)) == ([], 1)
    with trips(db.writer) as sent, writes(db) as began:
        await bot.press(actions.encode("guest", event_id, "+1"), user="ben")
    assert (sent, len(began)) == ([], 1)


async def test_names_left_without_a_seat_go_with_the_answer_and_the_parent_is_told(
        bot: Bot) -> None:
    """« non » takes every name off, « -1 » the last one; the parent reads which, privately,
    and the organisers' list no longer shows them."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Tom, Zoé, Léo", user="ana")
    notice, toast = await bot.replies(action=actions.encode("guest", event_id, "-1"),
                                      user="ana")
    assert notice.private and "Léo" in notice.text and "Tom" not in notice.text
    assert "Léo" not in toast.text  # the toast stays last and short
    listing = await _listing(bot, event_id)
    assert "Tom, Zoé" in listing and "Léo" not in listing
    (reply,) = await bot.replies(f"/participer {event_id} non", user="ana")
    assert reply.private and "Tom, Zoé" in reply.text
    listing = await _listing(bot, event_id)
    assert "Tom" not in listing and "Zoé" not in listing
    # Answering again names nobody back, and says nothing about names.
    (again,) = await bot.replies(f"/participer {event_id} oui +1", user="ana")
    assert "Tom" not in again.text and not again.private


async def test_fewer_guests_typed_keep_the_first_names(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="ana")
    (reply,) = await bot.replies(f"/participer {event_id} oui +1", user="ana")
    assert reply.private and "Zoé" in reply.text and "Tom" not in reply.text.split("\n")[-1]
    listing = await _listing(bot, event_id)
    assert "Tom" in listing and "Zoé" not in listing


async def test_a_changed_language_and_an_erasure_show_at_the_very_next_answer(
        bot: Bot) -> None:
    """Known members are not read again on each message (issue 11): the answer must still
    come in the language just chosen, and after /oubliemoi the same account starts afresh
    (French, no answer held)."""
    event_id = await new_event(bot, TWO_SEATS)
    await bot.say("/langue en", user="ana")
    assert "you are going" in await bot.say(f"/rsvp {event_id}", user="ana")
    await bot.say("/oubliemoi confirmer", user="ana")
    again = await bot.say(f"/participer {event_id}", user="ana")
    assert "inscrit·e" in again and "1/2" in again  # her old seat went with her data
    listing = await _listing(bot, event_id)
    assert listing.count("Ana") == 1


def test_strings_show_numbers_as_themselves_and_plurals_by_language() -> None:
    """`t()` skips the plural machinery for strings without plural words: same text."""
    with using("fr"):
        assert t("rsvp.left", taken=0, capacity=1) == " (0/1 places prises)"
        assert "(#12)" in t("rsvp.going", title="Jeux", id=12, seats=3, guests=2, position=0,
                            left="")
    with using("en"):
        assert "(2/3 seats taken)" in t("rsvp.left", taken=2, capacity=3)
        assert "1 seat" in t("rsvp.going", title="Games", id=1, seats=1, guests=0,
                             position=0, left="")


def test_stored_timestamps_always_read_back() -> None:
    """Whatever aware moment is stored reads back as the same UTC second (microseconds are
    not kept), however far in the past or future."""
    paris = timezone(timedelta(hours=1))
    for moment in (datetime(2026, 11, 25, 11, 0, 7, 999999, tzinfo=paris),
                   datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC),
                   datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)):
        stored = to_db(moment)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stored), stored
        assert from_db(stored) == moment.replace(microsecond=0)
