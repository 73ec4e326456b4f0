"""Children's first names and desk entries are kept no longer than needed: once an event's
books are closed (the anonymous tally written), the job that closed them erases them from
the database files, and the numbers stay as they were.

Through the core and the real scheduler tick on a real SQLite file; the files (database and
write-ahead log) are read byte by byte, as in tests/test_erasure.py.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scheduler_helpers import close_restarted, restart, tick_at  # noqa: F401  (autouse)

from bot.scheduler import Scheduler
from commands.attendance.jobs import GRACE, LENGTH
from commands.attendance.report import tallies
from recording import NOW, Bot, on_disk, plain, text_of
from storage import NewEvent, Storage
from storage.party import Child

START = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)  # 20:00 in Paris, no end given
CLOSED = START + LENGTH + GRACE  # when the books of that evening close
# What must leave the files: two children, a desk name and its note (a phone number).
PRIVATE = ("Gaspard", "Philom", "Hortense", "06 12 34")


async def evening(bot: Bot, title: str = "Soirée jeux",
                  when: str = "2026-12-05 20:00") -> int:
    """An evening with a parent and two named children, someone registered by phone, and a
    member of their own."""
    reply = await bot.say(f"/nouvelevenement {title} | {when} | 40")
    found = re.search(r"#(\d+)", reply)
    assert found, reply
    event_id = int(found.group(1))
    assert "Gaspard" in await bot.say(f"/participer {event_id} oui Gaspard, Philomène (8-11)",
                                      user="lea")
    assert "Hortense" in await bot.say(f"/inscrire {event_id} Mme Hortense 2 tél. 06 12 34 56 78")
    await bot.say(f"/participer {event_id} oui", user="ana")
    return event_id


async def report(bot: Bot) -> tuple[str, bytes, bytes]:
    """What the town hall receives for December: summary, spreadsheet, chart."""
    summary, picture = await bot.replies("/bilan décembre 2026")
    assert summary.attachment is not None and picture.attachment is not None
    return summary.text, summary.attachment.content, picture.attachment.content


async def attendees(bot: Bot, event_id: int) -> str:
    """The organisers' list of an event, its text and its CSV."""
    shown = []
    for reply in await bot.replies(f"/participants {event_id}"):
        shown.append(text_of(reply))
        if reply.attachment is not None:
            shown.append(reply.attachment.content.decode("utf-8-sig"))
    return "\n".join(shown)


def left_in(files: bytes) -> list[str]:
    return [p for p in PRIVATE if p.encode() in files]


async def test_closing_the_books_erases_children_and_desk_entries_from_the_files(
        bot: Bot, db_path: Path) -> None:
    event_id = await evening(bot)
    assert left_in(on_disk(db_path)) == list(PRIVATE)  # the probe sees them while needed

    bot.clock.current = START + timedelta(hours=2)  # held: the report counts it, live
    before = await report(bot)

    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))

    assert left_in(on_disk(db_path)) == []
    assert await report(bot) == before  # the tally, written first, holds the counts
    shown = await attendees(bot, event_id)
    assert "Hortense" not in shown and "Gaspard" not in shown and "06 12" not in shown
    assert "Lea" in shown and "Ana" in shown  # members' own answers stay
    store = bot.core.storage
    assert await store.party.children(event_id) == {}
    assert await store.party.desk(event_id) == {}
    assert (await store.db.read("SELECT COUNT(*) FROM members WHERE platform = 'desk'")
            )[0][0] == 0
    lea = plain(await bot.say("/mesdonnees", user="lea"))
    assert "Gaspard" not in lea and "#" + str(event_id) in lea  # the answer, not the names


async def test_names_stay_until_the_books_close_then_a_second_tick_changes_nothing(
        bot: Bot, db_path: Path) -> None:
    """The desk may still fix the list that night: nothing goes before the books close."""
    event_id = await evening(bot)
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, CLOSED - timedelta(minutes=5))
    assert left_in(on_disk(db_path)) == list(PRIVATE)
    assert "Gaspard" in await attendees(bot, event_id)

    await tick_at(bot, scheduler, CLOSED + timedelta(minutes=5))
    assert left_in(on_disk(db_path)) == []
    after = await attendees(bot, event_id)
    await tick_at(bot, scheduler, CLOSED + timedelta(days=1))
    assert await attendees(bot, event_id) == after
    assert len(await bot.core.storage.db.read("SELECT event_id FROM event_tallies")) == 1


async def test_books_closed_by_an_earlier_version_lose_their_names_at_the_next_tick(
        bot: Bot, db_path: Path) -> None:
    """Catch-up: tallies written before this job erased anything (or a process stopped
    between the tally and the erasure) still lose their names, after a restart too."""
    event_id = await evening(bot)
    store = bot.core.storage
    events, bookings = await store.attendance.over(CLOSED, CLOSED)
    assert await store.attendance.close(tallies(events, bookings), CLOSED) == 1
    assert left_in(on_disk(db_path)) == list(PRIVATE)

    scheduler = await restart(bot)
    await tick_at(bot, scheduler, CLOSED + timedelta(days=3))
    assert left_in(on_disk(db_path)) == []
    assert "Hortense" not in await attendees(bot, event_id)


async def test_only_the_events_whose_books_close_lose_their_names(
        bot: Bot, db_path: Path) -> None:
    """The next event's children and desk entries are still needed at its door."""
    await evening(bot)
    later = await bot.say("/nouvelevenement Ciné | 2026-12-12 20:00 | 40")
    later_id = int(re.findall(r"#(\d+)", later)[0])
    await bot.say(f"/participer {later_id} oui Bérénice", user="max")
    await bot.say(f"/inscrire {later_id} M. Anatole 1 tél. 07 98 76 54 32")

    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(hours=1))
    files = on_disk(db_path)
    assert left_in(files) == []
    assert b"Anatole" in files and b"07 98 76" in files and "Bérénice".encode() in files
    shown = await attendees(bot, later_id)
    assert "Anatole" in shown and "Bérénice" in shown


async def test_a_cancelled_event_loses_its_names_once_over_though_it_has_no_books(
        bot: Bot, db_path: Path) -> None:
    """A cancelled evening is never counted, so it gets no tally; its names are no more
    needed after its date than those of one held."""
    event_id = await evening(bot)
    await bot.say(f"/annuler {event_id} météo confirmer")
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.cancelled
    await tick_at(bot, Scheduler(bot.core), START + timedelta(hours=1))
    # Not over yet: the desk entry stays (the team calls them); the children's names went.
    assert left_in(on_disk(db_path)) == ["Hortense", "06 12 34"]
    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))
    assert left_in(on_disk(db_path)) == []
    assert not await bot.core.storage.db.read("SELECT 1 FROM event_tallies")


async def test_storage_erases_only_behind_closed_books_and_says_what(db_path: Path) -> None:
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(NewEvent("Jeux", START, "Le Focus", capacity=30), NOW)
        lea = await store.members.identify("test", "lea", "Lea", NOW)
        await store.rsvps.answer(event.id, lea.id, "going", NOW, guests=1)
        assert await store.party.name_children(event.id, lea.id, [Child("Gaspard")])
        desk = await store.party.add_desk(event.id, "Mme Hortense", "06 12 34 56 78", NOW)
        await store.rsvps.answer(event.id, desk, "going", NOW)

        nothing = await store.party.forget_closed(CLOSED, CLOSED)
        assert (nothing.children, nothing.desk, nothing.events) == (0, 0, ())
        events, bookings = await store.attendance.over(CLOSED, CLOSED)
        assert await store.attendance.close(tallies(events, bookings), CLOSED) == 1
        gone = await store.party.forget_closed(CLOSED, CLOSED)
        assert (gone.children, gone.desk, gone.events) == (1, 1, (event.id,))
        again = await store.party.forget_closed(CLOSED, CLOSED)
        assert (again.children, again.desk, again.events) == (0, 0, ())
        assert left_in(on_disk(db_path)) == []
        rows = await store.db.read("SELECT booked, members FROM event_tallies")
        assert tuple(rows[0]) == (3, 1)  # Lea +1 and the desk entry, counted before
    finally:
        await store.close()


# -- said to people -------------------------------------------------------------------------


async def test_parents_and_members_are_told_the_names_go_after_the_event(bot: Bot) -> None:
    reply = await bot.say("/nouvelevenement Soirée jeux | 2026-12-05 20:00 | 40")
    event_id = int(re.findall(r"#(\d+)", reply)[0])
    named = plain(await bot.say(f"/participer {event_id} oui Gaspard", user="lea"))
    assert "effacés après l'événement" in named
    how = plain(await bot.press(f"v1:kids:{event_id}", user="lea"))
    assert "effacés après l'événement" in how
    english = plain(await bot.press(f"v1:kids:{event_id}", user="lea", locale="en"))
    assert "erased after the event" in english

    data = plain(await bot.say("/mesdonnees", user="lea"))
    assert "Gaspard" in data and "effacés après l'événement" in data
    assert "inscrites par l'accueil" in data
    data_en = plain(await bot.say("/mydata", user="lea", locale="en"))
    assert "erased after the event" in data_en and "registered at the desk" in data_en


async def test_a_posted_card_follows_the_seats_the_desk_entries_held(bot: Bot) -> None:
    """Like any erasure (/retirer, /oubliemoi), the event's posted cards show the same
    counts as its list afterwards."""
    event_id = await evening(bot)
    (card,) = await bot.replies(f"/event {event_id}", user="lea", private=False)
    message_id = await bot.platform.send("group-1", card)
    assert card.card is not None and message_id is not None
    await bot.core.card_posted(event_id, bot.platform.platform, "group-1", message_id, "fr")
    assert card.card.seats_text.startswith("6/40")  # Lea +2, Hortense +1, Ana
    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))
    shown = bot.platform.last_card(message_id)  # over: no count, so no erased seat either
    assert shown.status_text == "Terminé" and not shown.seats_text and not shown.buttons
