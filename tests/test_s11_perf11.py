"""Session 11 (perf11), issue 11: where the slowest answers lost their time, and what is left
of it. Measured with bench/rsvp_tail.py (2,000 answers one at a time, each cut into stages):
1 % of the answers (18 of 2,000) waited 5-15 ms in their COMMIT, which copied the write log
(WAL) into the database file and flushed both to disk (SQLite's automatic checkpoint, every
1,000 pages of log) — 60-80 % of the slowest 5 %'s excess time. The garbage collector met
0.4 % of the answers (≤ 8 µs on average among the slowest): not a cause.

No timing here (rule: no timed tests): an answer's own write never changes the database
file (only the log: a checkpoint is what writes the file), and the log is still copied
beside the answers, so it does not grow without end."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import storage
from recording import NOW
from storage import NewEvent, Storage

ANSWERS = 1200


def _file(path: Path | str) -> tuple[int, int]:
    """A file's size and when it was last written."""
    stat = os.stat(path)
    return stat.st_size, stat.st_mtime_ns


async def test_no_answer_waits_for_the_log_to_be_copied_into_the_database(
        db_path: Path) -> None:
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(NewEvent(
            title="Soirée jeux", starts_at=NOW + timedelta(days=2), place="Le Focus",
            capacity=40), NOW)
        members = [(await store.members.identify("test", f"u{n}", f"M{n}", NOW)).id
                   for n in range(ANSWERS)]
        await store.db.settle()  # the log copied once the members are in
        wal = f"{db_path}-wal"
        log_before = _file(wal)[0]  # its largest so far (reused, cut back only above 4 MiB)
        paid: list[int] = []
        places: list[int] = []
        for n, member in enumerate(members):
            await store.db.settle()  # nothing else writes the file meanwhile
            before = _file(db_path)
            outcome = await store.rsvps.answer(event.id, member, "going", NOW)
            if _file(db_path) != before:
                paid.append(n)  # this answer's COMMIT copied the log and flushed the disk
            places.append(outcome.position)
        assert paid == []
        # What members read is unchanged: 40 seats, then waitlist places in order.
        assert places == [0] * 40 + list(range(1, ANSWERS - 40 + 1))
        await store.db.settle()
        # The log was copied and started over beside the answers: it did not grow with them
        # (copied only while writes go on, it is never whole and never starts over: 32 MiB
        # after 2,000 answers in bench/rsvp_tail.py; 1,160 answers write ~6,000 pages).
        assert _file(wal)[0] <= max(log_before, 4 * 1024 * 1024)
    finally:
        await store.close()
    assert _file(db_path)[0] > 100 * 4096


def test_the_storage_api_doc_names_the_wait_for_the_log_copy() -> None:
    assert "settle()" in (storage.__doc__ or "")


async def test_an_erasure_right_after_a_copy_began_still_empties_the_log(db_path: Path) -> None:
    """/oubliemoi ends with a checkpoint that empties the log (erased rows must not linger
    in it): a copy of the log started by the write just before must not make it fail."""
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(NewEvent(
            title="Soirée jeux", starts_at=NOW + timedelta(days=2), place="Le Focus",
            capacity=40), NOW)
        members = [(await store.members.identify("test", f"u{n}", f"M{n}", NOW)).id
                   for n in range(150)]
        for member in members:  # the last ones start a copy; no settle() here
            await store.rsvps.answer(event.id, member, "going", NOW)
        await store.db.checkpoint()
        assert _file(f"{db_path}-wal")[0] == 0
    finally:
        await store.close()
