"""Closing the books: once an event is over, its figures are written as an anonymous tally
(`storage.attendance.Tally`), and the activity report reads that from then on.

Why: erasing a member takes their answers and check-ins with them (as it must), and a
funder's report for a past season must not change when a teenager erases their data. The
tally holds counts only, nothing that leads back to a person.

When: `GRACE` after the event's end (or `LENGTH` after its start when it has no end), so
the desk can still tap late arrivals and fix a mistake that night. All state is in the
database: a tick missed, or days with the bot down, are caught up by the next tick, and a
tally already written is never rewritten.

Minors use this bot: the children's first names a parent gave and the entries the desk typed
(a name, a note that is often a phone number) serve the door and the organisers until then.
Once the books are closed the tally holds the counts, so the same run erases them (cancelled
events, which have no books, once over), and who was checked in at the door, and when (a
record that a teenager was there at 20:14); the next run catches up whatever one missed.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.cards import LENGTH, ends_by  # as the cards take an event without an end
from bot.jobs import JobContext
from commands.attendance.report import tallies
from storage.models import Event

log = logging.getLogger(__name__)

__all__ = ["GRACE", "LENGTH", "close_books", "closes_at"]

GRACE = timedelta(hours=12)  # after the end, for taps entered late (that night, next morning)


def closes_at(event: Event) -> datetime:
    """When the books of `event` close (the door takes taps until then): `GRACE` after its
    end, or after `LENGTH` from its start when it has none (what `close_books` asks)."""
    return ends_by(event) + GRACE


async def close_books(job: JobContext) -> None:
    """Write the tally of every held event over for `GRACE`, once; then erase the check-ins,
    children's names and desk entries of every event whose books are closed (or that is
    cancelled and over), in the same run, the tally first."""
    if job.stopping():
        return
    storage = job.core.storage
    ended_before, started_before = job.now - GRACE, job.now - GRACE - LENGTH
    events, bookings = await storage.attendance.over(ended_before, started_before)
    if events:
        written = await storage.attendance.close(tallies(events, bookings), job.now)
        if written:
            log.info("closed the books of %d event(s)", written)
    erased = await storage.attendance.forget_check_ins(  # who came, and when
        job.now, ended_before, started_before)
    if erased:
        log.info("erased %d check-in(s) of past events", erased)
    forgotten = await storage.party.forget_closed(ended_before, started_before)
    if forgotten.events:
        log.info("erased %d child name(s) and %d desk entry(ies) of %d past event(s)",
                 forgotten.children, forgotten.desk, len(forgotten.events))
    for event_id in forgotten.seats_changed:  # a desk entry held seats: cards follow
        job.core.event_changed(event_id)
