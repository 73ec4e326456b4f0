"""Closing the books: once an event is over, its figures are written as an anonymous tally
(`storage.attendance.Tally`), and the activity report reads that from then on.

Why: erasing a member takes their answers and check-ins with them (as it must), and a
funder's report for a past season must not change when a teenager erases their data. The
tally holds counts only, nothing that leads back to a person.

When: `GRACE` after the event's end (or `LENGTH` after its start when it has no end), so
the desk can still tap late arrivals and fix a mistake that night. All state is in the
database: a tick missed, or days with the bot down, are caught up by the next tick, and a
tally already written is never rewritten.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.jobs import JobContext
from commands.attendance.report import tallies

log = logging.getLogger(__name__)

LENGTH = timedelta(hours=3)  # how long an event without an end is taken to last
GRACE = timedelta(hours=12)  # after the end, for taps entered late (that night, next morning)


async def close_books(job: JobContext) -> None:
    """Write the tally of every held event over for `GRACE`, once."""
    if job.stopping():
        return
    attendance = job.core.storage.attendance
    events, bookings = await attendance.over(job.now - GRACE, job.now - GRACE - LENGTH)
    if not events:
        return
    written = await attendance.close(tallies(events, bookings), job.now)
    if written:
        log.info("closed the books of %d event(s)", written)
