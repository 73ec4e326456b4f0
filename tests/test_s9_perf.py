"""Session 9, issue 11: a card's button is one trip to the database, as a typed answer is.

A press on a card used to make the answer's trip to the writer, then a second trip (to the
reader) to learn whether the pressed card was live, and a third (to the writer) when it was
not. The card's part now goes with the answer, in its transaction; what members see is
unchanged: the pressed card, and every other live copy, shows the new count. Counted in
trips (timings live in bench/), on real SQLite files."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from test_upgrade import NOW as UPGRADE_NOW
from test_upgrade import previous_release_database

from bot import actions
from bot.messages import Incoming
from recording import NOW, Bot, new_event, trips, writes
from storage import NewEvent, Storage
from storage.base import split_sql

THIRTY_SEATS = "Jeux | demain 20h | 30"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[Storage]:
    opened = await Storage.open(db_path)
    yield opened
    await opened.close()


def _press(bot: Bot, chat: str, message_id: str, action: str, user: str) -> Incoming:
    return Incoming(platform=bot.platform.platform, user_id=user,
                    display_name=user.capitalize(), chat_id=chat, is_private=False,
                    action=action, message_id=message_id)


async def _post_copies(bot: Bot, event_id: int, chat: str, count: int) -> list[str]:
    """`count` copies of the card shown in `chat` (as /event there posts them): the message
    ids, oldest first. Two per chat stay live; older ones are retired."""
    posted = []
    for _ in range(count):
        for reply in await bot.replies(f"/event {event_id}", user="lea", private=False):
            message_id = await bot.platform.send(chat, reply)
            if reply.card is not None and message_id is not None:
                await bot.core.card_posted(event_id, bot.platform.platform, chat, message_id,
                                           reply.locale)
                posted.append(message_id)
    return posted


def _seats_shown(bot: Bot, message_id: str) -> str:
    return bot.platform.last_card(message_id).seats_text


async def test_a_press_on_an_announced_card_is_one_trip_and_every_copy_shows_it(
        bot: Bot) -> None:
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say(f"/annoncer {event_id}")  # cards 101 and 102 in the announcement chats
    going = actions.encode("rsvp", event_id, "going")
    await bot.core.handle(_press(bot, "announce-1", "101", going, "ana"))
    await bot.core.idle()
    await bot.say("/aide", user="ben")  # ben is known: no write to create him
    bot.platform.edits.clear()
    db = bot.core.storage.db
    with trips(db.writer) as sent, trips(db.reader) as read, writes(db) as began:
        replies = await bot.core.handle(_press(bot, "announce-1", "101", going, "ben"))
    assert "inscrit" in replies[-1].text.lower()
    assert (sent, read, len(began)) == ([], [], 1)  # on the loop's thread (session 12)
    await bot.core.idle()
    assert _seats_shown(bot, "101").startswith("2")
    assert _seats_shown(bot, "102").startswith("2")


async def test_a_press_on_a_retired_copy_revives_it_in_the_same_trip(bot: Bot) -> None:
    """Three copies in one group: the oldest was retired (no longer edited). Pressed, it is
    live again and shows the count, and the bound on copies holds: still two in the chat."""
    event_id = await new_event(bot, THIRTY_SEATS)
    oldest, second, newest = await _post_copies(bot, event_id, "group-1", 3)
    await bot.say("/aide", user="ana")
    live = [p.message_id for p in await bot.core.storage.cards.to_edit(event_id)]
    assert live == [second, newest]
    bot.platform.edits.clear()
    db = bot.core.storage.db
    going = actions.encode("rsvp", event_id, "going")
    with trips(db.writer) as sent, trips(db.reader) as read, writes(db) as began:
        await bot.core.handle(_press(bot, "group-1", oldest, going, "ana"))
    assert (sent, read, len(began)) == ([], [], 1)
    await bot.core.idle()
    assert _seats_shown(bot, oldest).startswith("1")
    live = [p.message_id for p in await bot.core.storage.cards.to_edit(event_id)]
    assert live == [oldest, newest]


async def test_a_press_that_changes_no_seat_still_brings_a_retired_copy_back(bot: Bot) -> None:
    """« ➕ » when the event is full keeps the seat held (nobody's seats change): the old
    copy pressed is still made live again and shows the current count (it was behind)."""
    event_id = await new_event(bot, "Jeux | demain 20h | 2")
    await bot.say(f"/participer {event_id}", user="ana")
    oldest, _, newest = await _post_copies(bot, event_id, "group-1", 3)
    await bot.say(f"/participer {event_id}", user="yan")  # full; the oldest copy is not told
    bot.platform.edits.clear()
    replies = await bot.core.handle(_press(bot, "group-1", oldest,
                                           actions.encode("guest", event_id, "+1"), "ana"))
    await bot.core.idle()
    assert "1 place" in replies[-1].text  # kept as she was
    assert _seats_shown(bot, oldest).startswith("2")
    live = [p.message_id for p in await bot.core.storage.cards.to_edit(event_id)]
    assert live == [oldest, newest]


async def test_a_copy_given_its_last_edit_and_pressed_again_follows_the_answers(
        bot: Bot) -> None:
    """A copy handed its last edit (the event had started; the organiser then moved it
    later) is the only copy left: pressed, it is live again, and an answer given from it
    shows on it, even though a refresh meanwhile found no live copy of the event."""
    event_id = await new_event(bot, THIRTY_SEATS)
    (only,) = await _post_copies(bot, event_id, "group-1", 1)
    await bot.core.storage.db.write_one(
        "UPDATE posted_messages SET live = 2 WHERE event_id = ?", (event_id,))
    await bot.say(f"/participer {event_id}", user="zoe")  # a refresh: no live copy found
    bot.platform.edits.clear()
    await bot.core.handle(_press(bot, "group-1", only,
                                 actions.encode("rsvp", event_id, "going"), "ana"))
    await bot.core.idle()
    assert _seats_shown(bot, only).startswith("2")
    await bot.say(f"/participer {event_id}", user="yan")
    assert _seats_shown(bot, only).startswith("3")



# -- the waitlist's length, kept instead of counted (proposal: migration 0022) ----------------

def test_a_migration_script_with_a_trigger_is_read_as_whole_statements() -> None:
    """A trigger's body holds semicolons: it is one statement, not cut at each one (a cut
    trigger made the migration fail and the bot refuse to start); a semicolon inside a
    string stays in it."""
    script = (
        "-- a comment; with a semicolon\n"
        "ALTER TABLE events ADD COLUMN waitlisted INTEGER NOT NULL DEFAULT 0;\n"
        "CREATE TRIGGER t AFTER INSERT ON rsvps WHEN NEW.state = 'waitlisted'\n"
        "BEGIN\n"
        "    UPDATE events SET waitlisted = waitlisted + 1 WHERE id = NEW.event_id;\n"
        "    UPDATE events SET title = 'a;b' WHERE 0;\n"
        "END;\n"
        "INSERT INTO faq_entries (key) VALUES ('x;y');\n")
    statements = split_sql(script)
    assert len(statements) == 3, statements
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END")
    assert statements[2] == "INSERT INTO faq_entries (key) VALUES ('x;y')"
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT)")
    db.execute("CREATE TABLE rsvps (event_id INTEGER, state TEXT)")
    db.execute("CREATE TABLE faq_entries (key TEXT)")
    for statement in statements:
        db.execute(statement)
    db.execute("INSERT INTO events (id) VALUES (1)")
    db.execute("INSERT INTO rsvps VALUES (1, 'waitlisted')")
    assert db.execute("SELECT waitlisted FROM events").fetchone() == (1,)


async def _queue(store: Storage, event_id: int) -> list[int]:
    return [p.member_id for p in await store.rsvps.attendees(event_id)
            if p.state == "waitlisted"]


async def test_the_place_given_on_the_waitlist_follows_every_change_to_the_queue(
        store: Storage) -> None:
    """Whatever changed the queue (answers, « no » from its middle, seats freed, a larger
    room, an erasure), the next member to join reads the place after the last one."""
    event = await store.events.create(NewEvent(
        title="Ciné", starts_at=NOW + timedelta(days=2), place="Le Focus", capacity=2), NOW)
    members = [(await store.members.identify("test", f"u{n}", f"M{n}", NOW)).id
               for n in range(12)]

    async def joins(member: int) -> None:
        waiting = len(await _queue(store, event.id))
        outcome = await store.rsvps.answer(event.id, member, "going", NOW)
        assert (outcome.status, outcome.position) == ("waitlisted", waiting + 1)

    for member in members[:2]:
        assert (await store.rsvps.answer(event.id, member, "going", NOW)).status == "going"
    for member in members[2:6]:
        await joins(member)
    await store.rsvps.answer(event.id, members[3], "no", NOW)  # from the middle
    await joins(members[6])
    await store.rsvps.answer(event.id, members[0], "no", NOW)  # a seat: the head goes in
    await joins(members[7])
    await store.events.update(event.id, NOW, capacity=4)  # a larger room: two go in
    await joins(members[8])
    await store.members.erase(members[7], NOW)  # waiting, erased
    await joins(members[9])
    await store.rsvps.answer(event.id, members[9], "maybe", NOW)  # leaves the queue
    await joins(members[10])


async def test_joining_a_long_waitlist_costs_what_joining_a_short_one_does(
        store: Storage) -> None:
    """The place given is the queue's length + 1: read, not counted, so the 401st in the
    queue is answered as quickly as the 11th. Counted in SQLite's steps, not in time."""
    event = await store.events.create(NewEvent(
        title="Ciné", starts_at=NOW + timedelta(days=2), place="Le Focus", capacity=1), NOW)
    members = [(await store.members.identify("test", f"u{n}", f"M{n}", NOW)).id
               for n in range(402)]
    writer = store.db.writer
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    async def cost(member: int) -> int:
        steps[0] = 0
        await writer._execute(writer._conn.set_progress_handler, count, 1)
        outcome = await store.rsvps.answer(event.id, member, "going", NOW)
        await writer._execute(writer._conn.set_progress_handler, None, 1)
        assert outcome.status == "waitlisted"
        return steps[0]

    for member in members[:11]:
        await store.rsvps.answer(event.id, member, "going", NOW)
    short = await cost(members[11])
    for member in members[12:401]:
        await store.rsvps.answer(event.id, member, "going", NOW)
    long = await cost(members[401])
    assert long <= short * 1.2, (short, long)


async def test_an_upgraded_database_gives_the_place_after_those_already_waiting(
        tmp_path: Path) -> None:
    """A database from the previous release, one member already waiting for the full
    Ciné-club: the next to join reads place 2 (the queue as it was, carried over)."""
    path = tmp_path / "focus.db"
    previous_release_database(path)
    upgraded = await Storage.open(path)
    try:
        newcomer = await upgraded.members.identify("telegram", "1004", "Inès", NOW)
        outcome = await upgraded.rsvps.answer(1, newcomer.id, "going", UPGRADE_NOW)
        assert (outcome.status, outcome.position) == ("waitlisted", 2)
    finally:
        await upgraded.close()


async def test_an_announcement_typed_again_is_answered_with_one_read_of_its_cards(
        bot: Bot) -> None:
    """« /annoncer 1 » typed a second time (« did it work? »): the organiser reads where it
    already is and gets the button to post it once more; the cards are read once for both
    figures (the event itself, the cards, and nothing more)."""
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say(f"/annoncer {event_id}")
    with trips(bot.core.storage.db.reader) as read:
        replies = await bot.replies(f"/annoncer {event_id}")
    assert "déjà annoncé dans 2" in replies[0].text
    assert replies[0].buttons  # « post it again », which knows the 2 cards there
    assert len(read) <= 3, read
    await bot.press(replies[0].buttons[0].action)
    assert len(await bot.core.storage.cards.to_edit(event_id)) == 4  # in both chats again
