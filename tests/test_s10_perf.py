"""Session 10 (perf), issue 11: what an answer still costs on the event loop's thread and on
the database writer's, counted in Python calls (deterministic; timings live in
bench/rsvp_burst.py and bench/rsvp_profile.py), on a real SQLite file, with what the member
reads checked beside each count.

Measured on dd5d3ef (a typed « /participer N oui », the member known, the event's card not
posted): aiosqlite's `Connection._execute` coroutine (it only queues the call and awaits a
future) and its `_conn` property on the loop, `in_one_transaction` around a lone
transaction and the frozen `Answer.__init__` (one `object.__setattr__` per field) on the
writer's thread were pure overhead."""

from __future__ import annotations

import gc
import sys
import threading
from dataclasses import fields, replace
from types import FrameType
from typing import Any

from recording import NOW, Bot, new_event, plain
from storage.rsvps import Answer

THIRTY_SEATS = "Jeux | demain 20h | 30"
ONE_SEAT = "Atelier | demain 20h | 1"


async def _counted(bot: Bot, text: str, user: str) -> tuple[str, int, int]:
    """What `user` reads after typing `text`, and the Python calls it cost on the event
    loop's thread and on the writer connection's thread (each counted only while the
    answer is on its way: the hops that install and remove the writer's hook are not)."""
    await bot.say("/aide", user=user)  # known beforehand, as most members are
    main = threading.get_ident()
    loop, writer = [0], [0]
    counting = {"loop": False, "writer": False}

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            if threading.get_ident() == main:
                loop[0] += counting["loop"]
            else:
                writer[0] += counting["writer"]

    def stop() -> None:  # run on the writer's thread, after all the answer left there
        counting["writer"] = False

    conn = bot.core.storage.db.writer
    await conn._execute(sys.setprofile, hook)  # the writer's thread installs it itself
    await conn._execute(int)  # the installing hop's tail done before counting starts
    # No collection meanwhile: one would run the finalizers of earlier tests' garbage
    # (their calls counted as this answer's).
    gc.collect()
    gc.disable()
    counting.update(loop=True, writer=True)
    sys.setprofile(hook)
    try:
        said = await bot.say(text, user=user)
    finally:
        sys.setprofile(None)
        counting["loop"] = False
        await conn._execute(stop)
        await conn._execute(sys.setprofile, None)
        gc.enable()
    # `stop`'s own hop, counted before it ran: aiosqlite's « executing » debug line (two
    # calls) and `stop` itself.
    return said, loop[0], writer[0] - 3


async def test_a_typed_answer_is_one_lean_trip_to_the_writer(bot: Bot) -> None:
    event_id = await new_event(bot, THIRTY_SEATS)
    await bot.say(f"/participer {event_id} oui", user="zoe")  # the event's first answer apart
    said, loop, writer = await _counted(bot, f"/participer {event_id} oui", "ana")
    assert "inscrit·e" in said, said
    # dd5d3ef: loop 121 (this harness's own calls included; `spoken` ran twice), writer
    # 16 (4 of those are aiosqlite's debug logging, which stays).
    assert writer <= 14, writer
    assert loop <= 119, loop


async def test_the_waitlist_place_is_still_said_the_same(bot: Bot) -> None:
    """What the cheaper outcome must keep: the place in the queue, the seat given back."""
    event_id = await new_event(bot, ONE_SEAT)
    assert "inscrit·e" in await bot.say(f"/participer {event_id} oui", user="zoe")
    said = plain(await bot.say(f"/participer {event_id} oui", user="ana"))
    assert "liste d'attente" in said and "position 1" in said, said
    said = plain(await bot.say(f"/participer {event_id} oui", user="ben"))
    assert "position 2" in said, said
    said, _, _ = await _counted(bot, f"/participer {event_id} non", "zoe")
    assert "vous ne venez pas" in plain(said), said
    # Ana, first in the queue, got the seat Zoé gave back; Ben is now first.
    assert "inscrit·e, 1 place" in plain(await bot.say("/mesevenements", user="ana"))
    assert "liste d'attente, position 1" in plain(await bot.say("/mesevenements", user="ben"))



async def test_a_recorded_answer_carries_every_field_of_its_outcome(bot: Bot) -> None:
    """`storage.rsvps._answer` builds `Answer` by its `__dict__`, every field named: a field
    added to `RsvpOutcome` (storage/models.py) and not named there fails here, not in a
    member's reply."""
    event_id = await new_event(bot, THIRTY_SEATS)
    member = await bot.core.storage.members.identify("test", "u1", "Ana", NOW)
    outcome = await bot.core.storage.rsvps.answer(event_id, member.id, "going", NOW)
    assert set(vars(outcome)) == {f.name for f in fields(Answer)}
    assert (outcome.status, outcome.seats, outcome.taken, outcome.before) == (
        "going", 1, 1, None)
    assert outcome == replace(outcome)  # a frozen dataclass as any other: equal to its copy
