"""Speed where people feel it (issue 11): each write transaction runs whole on the event
loop's thread with no trip to another (session 12; one trip to the writer thread before),
a burst's go in groups under one COMMIT, an answer costs no card read when nobody posted the
card, and pressing a card that is already live writes nothing more. Counted in trips to the
database threads and in statements, never in time (timings live in bench/rsvp_burst.py);
capacity stays exact under concurrency."""

from __future__ import annotations

import ast
import asyncio
import inspect
import sqlite3
import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

import recording
import storage
from bot import actions
from bot.messages import Incoming
from recording import NOW, Bot, new_event, trips
from storage import NewEvent, Storage
from storage.base import WRITE_BATCH, connect_shared, from_db, to_db
from storage.rsvps import RSVP_STATE

THIRTY_SEATS = "Jeux | demain 20h | 30"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[Storage]:
    opened = await Storage.open(db_path)
    yield opened
    await opened.close()


async def _event(store: Storage, capacity: int | None = 40) -> int:
    event = await store.events.create(NewEvent(
        title="Soirée jeux", starts_at=NOW + timedelta(days=2), place="Le Focus",
        capacity=capacity), NOW)
    return event.id


async def _members(store: Storage, count: int) -> list[int]:
    return [(await store.members.identify("test", f"u{n}", f"M{n}", NOW)).id
            for n in range(count)]


def _broken_at_commit(event_id: int) -> Any:
    """A write that SQLite accepts until its COMMIT: an answer from a member who does not
    exist, its foreign key checked only at the end (deferred)."""
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA defer_foreign_keys=ON")
        conn.execute("INSERT INTO rsvps (event_id, member_id, state, seats, created_at,"
                     " updated_at) VALUES (?, 999, 'going', 1, ?, ?)",
                     (event_id, to_db(NOW), to_db(NOW)))
    return broken


async def test_the_writer_sqlite_connection_is_ours_through_aiosqlite_public_api(
        db_path: Path) -> None:
    """`connect_shared` builds the writer as `aiosqlite.connect` does (its public
    `Connection(connector, chunk size)`), keeping the `sqlite3` connection it drives: the
    one `run_write` uses on the loop's thread. No private `_execute` / `_conn` any more. If
    this fails, aiosqlite changed its constructor: adapt `storage.base.connect_shared`."""
    params = list(inspect.signature(aiosqlite.Connection.__init__).parameters)
    assert params[:3] == ["self", "connector", "iter_chunk_size"], params
    writer, conn = await connect_shared(db_path, 100)
    try:
        await writer.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")  # on this thread: not refused
        assert [tuple(r) for r in await writer.execute_fetchall("SELECT x FROM t")] == [(1,)]
        assert [tuple(r) for r in await writer.execute_fetchall("PRAGMA busy_timeout")] \
            == [(100,)]
    finally:
        await writer.close()


async def test_a_lone_write_runs_whole_on_the_loop_thread_with_no_trip(
        store: Storage) -> None:
    """Session 12: a write with nothing else to write (the usual case: one parent answers)
    runs its whole transaction on the event loop's own thread: no trip to the writer
    thread and back (two thread wake-ups, most of an answer's time when the machine is
    busy: p50 0.42-0.60 -> 0.18-0.26 ms, bench/rsvp_burst.py)."""
    loop_thread = threading.get_ident()

    def work(conn: sqlite3.Connection) -> tuple[int, bool]:
        conn.execute("INSERT INTO faq_entries (key, answer_fr, updated_at)"
                     " VALUES ('horaires', 'De 14h à 19h', ?)", (to_db(NOW),))
        return threading.get_ident(), conn.in_transaction

    with trips(store.db.writer) as sent:
        ran_on, inside = await store.db.run_write(work)
    assert sent == []
    assert ran_on == loop_thread and inside
    assert not store.db.writer.in_transaction
    assert (await store.db.read("SELECT COUNT(*) FROM faq_entries"))[0][0] == 1


async def test_a_typed_answer_is_recorded_with_no_trip_to_another_thread(bot: Bot) -> None:
    """What the parent reads is the same; the answer went to no other thread."""
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say("/aide", user="ana")  # known from now on
    # The first answer of an event learns that nobody posted its card: no read after it.
    await bot.say(f"/participer {event_id}", user="zoe")
    db = bot.core.storage.db
    with trips(db.writer) as sent, trips(db.reader) as read:
        reply = await bot.say(f"/participer {event_id}", user="ana")
    assert "inscrit·e" in reply and "(2/30 places prises)" in reply, reply
    assert (sent, read) == ([], [])
    counts = await bot.core.storage.rsvps.counts(event_id)
    assert (counts.going_people, counts.going_seats) == (2, 2)


async def test_a_burst_written_on_the_loop_thread_still_never_overbooks(
        store: Storage) -> None:
    """1,000 answers at once: grouped under few COMMITs, none on another thread, exactly
    the seats there are, and every waitlist place given once."""
    event_id = await _event(store, capacity=40)
    members = await _members(store, 1000)
    with trips(store.db.writer) as sent:
        outcomes = await asyncio.gather(*(store.rsvps.answer(event_id, m, "going", NOW)
                                          for m in members))
    assert sent == []
    assert [o.status for o in outcomes].count("going") == 40
    assert sorted(o.position for o in outcomes if o.status == "waitlisted") \
        == list(range(1, 961))
    assert (await store.rsvps.counts(event_id)).going_seats == 40


async def test_writes_asked_for_while_the_log_is_copied_wait_for_the_copy(
        store: Storage) -> None:
    """The copy of the log holds writes back for its last step (`_copying_log`): answers
    asked for meanwhile are written after it, none lost, none on the writer's thread."""
    event_id = await _event(store, capacity=40)
    members = await _members(store, 50)
    async with store.db.lock:  # as the copy's last step holds it
        pending = [asyncio.ensure_future(store.rsvps.answer(event_id, m, "going", NOW))
                   for m in members]
        for _ in range(5):
            await asyncio.sleep(0)
        assert not any(p.done() for p in pending)
    with trips(store.db.writer) as sent:
        outcomes = await asyncio.gather(*pending)
    assert sent == []
    assert [o.status for o in outcomes].count("going") == 40
    assert (await store.rsvps.counts(event_id)).going_seats == 40


async def test_a_failed_commit_leaves_nothing_and_the_next_write_works(store: Storage) -> None:
    """A COMMIT that fails for real (a deferred foreign key broken by the transaction)
    rolls everything back; the writer is clean for the next transaction."""
    event_id = await _event(store)

    with pytest.raises(sqlite3.IntegrityError):
        await store.db.run_write(_broken_at_commit(event_id))
    assert not store.db.writer.in_transaction
    assert (await store.rsvps.counts(event_id)).going_people == 0
    (member,) = await _members(store, 1)
    assert (await store.rsvps.answer(event_id, member, "going", NOW)).status == "going"




def _faq(key: str, *, then_fail: bool = False) -> Any:
    """A write of one FAQ row, or one that writes its row and then fails."""
    def work(conn: sqlite3.Connection) -> str:
        conn.execute("INSERT INTO faq_entries (key, answer_fr, updated_at) VALUES (?, 'x', ?)",
                     (key, to_db(NOW)))
        if then_fail:
            raise ValueError(key)
        return key
    return work


async def _keys(store: Storage) -> list[str]:
    return [r[0] for r in await store.db.read("SELECT key FROM faq_entries ORDER BY key")]


async def test_a_burst_of_answers_shares_commits_and_still_never_overbooks(
        store: Storage) -> None:
    """Group commit: the answers waiting while the writer is busy share one COMMIT."""
    event_id = await _event(store)
    members = await _members(store, 200)
    statements: list[str] = []
    await store.db.run_write(lambda conn: conn.set_trace_callback(statements.append))
    outcomes = await asyncio.gather(*(store.rsvps.answer(event_id, m, "going", NOW)
                                      for m in members))
    await store.db.run_write(lambda conn: conn.set_trace_callback(None))
    commits = sum(1 for s in statements if s.strip().upper() == "COMMIT")
    assert [o.status for o in outcomes].count("going") == 40
    # the first answer alone, then full batches, then the call that stops the tracing
    assert commits <= -(-199 // WRITE_BATCH) + 2
    assert (await store.rsvps.counts(event_id)).going_seats == 40
    places = sorted(o.position for o in outcomes if o.status == "waitlisted")
    assert places == list(range(1, 161))


async def test_a_failing_write_in_a_burst_takes_nobody_elses_and_leaves_nothing(
        store: Storage) -> None:
    """One transaction of a group fails after writing: its row is gone, the others' rows
    are kept, and only its caller hears of the failure."""
    results = await asyncio.gather(
        store.db.run_write(_faq("a")), store.db.run_write(_faq("b")),
        store.db.run_write(_faq("bad", then_fail=True)), store.db.run_write(_faq("c")),
        return_exceptions=True)
    assert results[:2] + results[3:] == ["a", "b", "c"]
    assert isinstance(results[2], ValueError)
    assert await _keys(store) == ["a", "b", "c"]
    assert not store.db.writer.in_transaction


async def test_a_group_whose_commit_fails_commits_each_other_write(store: Storage) -> None:
    """A transaction that breaks only at COMMIT (a deferred foreign key) cannot sink the
    answers sent with it: each runs again alone and only the broken one fails."""
    event_id = await _event(store)
    (member,) = await _members(store, 1)

    results = await asyncio.gather(
        store.db.run_write(_faq("a")), store.db.run_write(_broken_at_commit(event_id)),
        store.rsvps.answer(event_id, member, "going", NOW), store.db.run_write(_faq("b")),
        return_exceptions=True)
    assert isinstance(results[1], sqlite3.IntegrityError)
    assert results[2].status == "going"  # type: ignore[union-attr]
    assert await _keys(store) == ["a", "b"]
    counts = await store.rsvps.counts(event_id)
    assert (counts.going_people, counts.going_seats) == (1, 1)


async def test_a_write_asked_for_during_a_transaction_waits_for_its_end(store: Storage) -> None:
    """A rolled-back `transaction()` takes nothing of a `run_write` asked for meanwhile,
    and gives it nothing of its own."""
    stamp = to_db(NOW)

    def faq(key: str) -> Any:
        return lambda conn: conn.execute(
            "INSERT INTO faq_entries (key, answer_fr, updated_at) VALUES (?, 'x', ?)",
            (key, stamp))

    with pytest.raises(RuntimeError):
        async with store.db.transaction() as db:
            await db.execute("INSERT INTO faq_entries (key, answer_fr, updated_at)"
                             " VALUES ('inside', 'x', ?)", (stamp,))
            meanwhile = asyncio.ensure_future(store.db.run_write(faq("meanwhile")))
            await asyncio.sleep(0)
            await db.execute("SELECT 1")
            raise RuntimeError("changed my mind")
    await meanwhile
    keys = [r[0] for r in await store.db.read("SELECT key FROM faq_entries")]
    assert keys == ["meanwhile"]


async def test_an_answer_is_one_transaction_and_no_trip(store: Storage) -> None:
    event_id = await _event(store, capacity=1)
    a, b = await _members(store, 2)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    with trips(store.db.writer) as sent, trips(store.db.reader) as read:
        assert (await store.rsvps.answer(event_id, a, "going", NOW, guests=0)).status \
            == "going"
    assert (sent, read, statements.count("BEGIN IMMEDIATE")) == ([], [], 1)
    await store.rsvps.answer(event_id, b, "going", NOW)
    statements.clear()
    with trips(store.db.writer) as sent:  # b is promoted in the same transaction
        outcome = await store.rsvps.answer(event_id, a, "no", NOW)
    store.db.conn.set_trace_callback(None)
    assert (sent, statements.count("BEGIN IMMEDIATE"), statements.count("COMMIT")) \
        == ([], 1, 1)
    assert [p.member_id for p in outcome.promoted] == [b]


async def test_concurrent_answers_through_one_trip_never_overbook(store: Storage) -> None:
    """300 members at once, some with guests, others changing their minds: the seats never
    exceed the capacity, the queue has no two members at the same place, and everyone freed
    goes to the first who fit."""
    event_id = await _event(store, capacity=40)
    members = await _members(store, 300)
    first = await asyncio.gather(*(
        store.rsvps.answer(event_id, m, "going", NOW, guests=n % 3)
        for n, m in enumerate(members)))
    going = [o for o in first if o.status == "going"]
    queued = [o for o in first if o.status == "waitlisted"]
    assert sum(o.seats for o in going) <= 40
    assert sorted(o.position for o in queued) == list(range(1, len(queued) + 1))
    leaving = members[:60]
    second = await asyncio.gather(*(store.rsvps.answer(event_id, m, "no", NOW)
                                    for m in leaving))
    counts = await store.rsvps.counts(event_id)
    assert counts.going_seats <= 40
    promoted = [p.member_id for o in second for p in o.promoted]
    assert len(promoted) == len(set(promoted))
    people = await store.rsvps.attendees(event_id)
    assert sum(p.seats for p in people if p.state == "going") == counts.going_seats
    assert {p.member_id for p in people if p.state == "no"} == set(leaving)
    # The queue's head did not fit in what was left, or nothing was left.
    waiting = [p for p in people if p.state == "waitlisted"]
    assert not waiting or waiting[0].seats > 40 - counts.going_seats


async def test_no_card_read_for_an_event_nobody_posted_and_a_card_posted_later_follows(
        bot: Bot) -> None:
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say(f"/rsvp {event_id}", user="ana")
    with trips(bot.core.storage.db.reader) as read:
        assert "1 place" in await bot.say(f"/rsvp {event_id}", user="ben")
    assert read == []  # no copy of the card anywhere: nothing to read for it
    await bot.say(f"/annoncer {event_id}")
    bot.platform.edits.clear()
    await bot.say(f"/rsvp {event_id}", user="chloe")
    shown = {m: card for _, m, card in bot.platform.edits}
    assert set(shown) == {"101", "102"}
    assert all(card.seats_text.startswith("3") for card in shown.values()), shown


async def _press_in(bot: Bot, chat: str, message_id: str, action: str, user: str) -> str:
    incoming = Incoming(platform=bot.platform.platform, user_id=user,
                        display_name=user.capitalize(), chat_id=chat, is_private=False,
                        action=action, message_id=message_id)
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return "\n".join(r.text for r in replies)


async def _card_rows(bot: Bot) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in await bot.core.storage.db.read(
        "SELECT message_id, live, active_seq FROM posted_messages ORDER BY id")]


async def test_a_press_on_a_live_card_rewrites_nothing_about_the_card(bot: Bot) -> None:
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say(f"/annoncer {event_id}")  # cards 101 and 102 in the announcement chats
    press = actions.encode("rsvp", event_id, "going")
    await _press_in(bot, "announce-1", "101", press, "ana")
    before = await _card_rows(bot)
    bot.platform.edits.clear()
    assert await _press_in(bot, "announce-1", "101", press, "ben")
    assert await _card_rows(bot) == before  # already live: nothing to revive
    assert {m for _, m, _ in bot.platform.edits} == {"101", "102"}
    with trips(bot.core.storage.db.writer) as sent:
        await bot.core.card_pressed(event_id, bot.platform.platform, "announce-1", "101")
    assert sent == []


async def test_a_press_on_a_retired_copy_still_revives_it(bot: Bot) -> None:
    event_id = await new_event(bot, THIRTY_SEATS)
    for chat in ("group-1", "group-1", "group-1"):  # two copies live per chat
        for reply in await bot.replies(f"/event {event_id}", user="lea", private=False):
            message_id = await bot.platform.send(chat, reply)
            if reply.card is not None and message_id is not None:
                await bot.core.card_posted(event_id, bot.platform.platform, chat, message_id,
                                           reply.locale)
    live = [p.message_id for p in await bot.core.storage.cards.to_edit(event_id)]
    assert live == ["102", "103"]
    bot.platform.edits.clear()
    await _press_in(bot, "group-1", "101", actions.encode("rsvp", event_id, "going"), "ana")
    assert "101" in {m for _, m, _ in bot.platform.edits}
    assert [p.message_id for p in await bot.core.storage.cards.to_edit(event_id)] == ["101", "103"]


async def test_the_capacity_check_reads_indexes_only(store: Storage) -> None:
    """The answer's decision (seats taken, last place) never reads table rows of the
    answers: it stays as quick with 300 people going as with 3; the queue's length is read
    from the event (migration 0022), not counted."""
    plan = [row[3] for row in await store.db.read("EXPLAIN QUERY PLAN " + RSVP_STATE, (1, 1))]
    searches = [step for step in plan if step.startswith("SEARCH rsvps")]
    assert len(searches) == 2 and all("COVERING INDEX" in step for step in searches), plan


def test_stored_timestamps_read_back_as_the_same_utc_moment() -> None:
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert from_db(to_db(moment)) == moment
    assert from_db("2026-11-25T10:00:00Z").tzinfo is not None
    assert to_db(moment) == "2026-03-29T01:30:00Z"


async def test_fewer_seats_are_always_given_back_even_above_a_lowered_capacity(
        store: Storage) -> None:
    """A family holds 4 seats; the organiser moves to a smaller room (capacity 2, overbooked,
    as /modifier allows). Giving one seat back is accepted: it was refused, as « only 2
    seats in all », which kept the 4 seats booked."""
    event_id = await _event(store, capacity=10)
    (member,) = await _members(store, 1)
    await store.rsvps.answer(event_id, member, "going", NOW, guests=3)
    await store.events.update(event_id, NOW, capacity=2)
    fewer = await store.rsvps.answer(event_id, member, None, NOW, guests_delta=-1)
    assert (fewer.status, fewer.seats) == ("going", 3)
    assert (await store.rsvps.counts(event_id)).going_seats == 3
    more = await store.rsvps.answer(event_id, member, "going", NOW, guests=3)
    assert (more.status, more.seats) == ("too_many", 4)


def test_storage_uses_no_private_name_of_aiosqlite() -> None:
    """Session 12: `run_write` needs neither aiosqlite's private `Connection._execute` nor
    `_conn` any more (the writer's `sqlite3` connection is kept from its public
    constructor, `connect_shared`): an aiosqlite upgrade cannot break the answer path."""
    for path in sorted(Path(storage.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        reached = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
        assert not reached & {"_execute", "_conn", "_tx", "_thread"}, path.name


async def test_proposal_recording_counts_an_answer_as_one_transaction(bot: Bot) -> None:
    writes = getattr(recording, "writes", None)
    assert writes is not None, "tests/recording.py has no writes(db) yet"
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say("/aide", user="ana")
    with writes(bot.core.storage.db) as began:
        assert "inscrit·e" in await bot.say(f"/participer {event_id}", user="ana")
    assert len(began) == 1


def test_proposal_the_storage_api_test_allows_no_private_aiosqlite_name() -> None:
    text = (Path(__file__).parent / "test_storage_api.py").read_text(encoding="utf-8")
    assert '("base.py", "_execute")' not in text and '("base.py", "_conn")' not in text
