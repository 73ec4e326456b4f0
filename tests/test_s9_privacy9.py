"""Session 9, privacy9: what we hold about minors, column by column (storage/migrations).

Each test plays a member through the core on a real SQLite file, then reads what they read
(/mesdonnees, the answer to « Seulement les prénoms ») and the database's rows after. Four
gaps found this way were mended: a family's check-in count, an expired draft's note, waiting
answers naming a child, a cancelled event's children's names.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from bot.adapters.waiting import encode
from bot.messages import Reply
from bot.scheduler import Scheduler
from recording import Bot, new_event, plain
from storage.drafts import DRAFT_TTL

CHILDREN = ("Tom", "Zoé")


def rows_naming(db_path: Path, *needles: str) -> list[tuple[str, tuple[object, ...]]]:
    """Every row of every table holding one of `needles` (the file as a backup copies it)."""
    found = []
    with sqlite3.connect(db_path) as con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in con.execute(f"SELECT * FROM {table}"):  # noqa: S608 (our own names)
                if any(n in str(value) for value in row for n in needles):
                    found.append((table, row))
    return found


def buttons(replies: list[Reply]) -> dict[str, str]:
    return {b.label: b.action for r in replies for b in r.buttons}


async def test_forgetme_leaves_no_row_naming_the_parent_nor_her_children(
        bot: Bot, db_path: Path) -> None:
    """Every table at once, today's too (outbox, waiting replies, check-ins with their
    seats): a mother who answered with two children, was checked in 2 of 3 at the door, had
    a reply waiting and a notice not yet delivered, then erased herself."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="maman")
    storage = bot.core.storage
    member = await storage.members.find("test", "maman")
    assert member is not None
    await storage.attendance.toggle(event_id, member.id, bot.clock.current, want=True, came=2)
    kept = encode(Reply("Enfants notés : Tom, Zoé."), asked=f"/participer {event_id} oui Tom")
    assert kept is not None
    await storage.waiting.keep("test", "maman", kept, bot.clock.current)
    await storage.outbox.record([(member.id, "Soirée jeux changée (Tom, Zoé)")],
                                event_id=event_id, kind="changed", now=bot.clock.current,
                                until=bot.clock.current + timedelta(days=9), holder="other",
                                lease_until=bot.clock.current + timedelta(days=9))
    assert rows_naming(db_path, "Maman", *CHILDREN)  # the probe sees them while held

    shown = plain(await bot.say("/oubliemoi confirmer", user="maman"))
    assert "effacé" in shown, shown
    assert rows_naming(db_path, "Maman", "maman", *CHILDREN) == []


async def test_mydata_says_how_many_of_the_family_the_door_checked_in(bot: Bot) -> None:
    """A father booked 3 seats (himself, Tom, Zoé); the volunteer at the door noted 2 of the
    3 came (« Bea +3 : combien sont là ? »). /mesdonnees said « pointé·e le … » as if all
    three had come: the row holds « 2 », and « Rien d'autre » was not true."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="papa")
    storage = bot.core.storage
    member = await storage.members.find("test", "papa")
    assert member is not None
    await storage.attendance.toggle(event_id, member.id, bot.clock.current, want=True, came=2)

    shown = plain(await bot.say("/mesdonnees", user="papa"))
    assert "2 personnes sur 3" in shown, shown
    shown = plain(await bot.say("/mydata", user="papa", locale="en"))
    assert "2 people of 3" in shown, shown


async def test_mydata_says_nothing_of_seats_when_the_whole_family_came(bot: Bot) -> None:
    """The usual tap (everyone came) reads as before: no count to explain."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="papa")
    storage = bot.core.storage
    member = await storage.members.find("test", "papa")
    assert member is not None
    await storage.attendance.toggle(event_id, member.id, bot.clock.current, want=True)
    shown = plain(await bot.say("/mesdonnees", user="papa"))
    assert "pointé·e le" in shown and " sur 3" not in shown, shown


async def test_mydata_names_the_note_of_an_expired_draft(bot: Bot, db_path: Path) -> None:
    """A volunteer began an event, left it; a day on the sweep erased its answers but kept
    its step and the time of its last answer for 30 days (to tell her at her return).
    /mesdonnees ended « Rien d'autre » while that row was there."""
    await bot.say("/creer")
    await bot.say("Ciné-club")
    bot.clock.advance(seconds=(DRAFT_TTL + timedelta(minutes=5)).total_seconds())
    await Scheduler(bot.core).tick(bot.clock())  # the sweep: the draft goes, its note stays
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT COUNT(*) FROM expired_drafts").fetchone()[0] == 1
        assert con.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0

    shown = plain(await bot.say("/mesdonnees"))
    assert "expiré" in shown and "30 jours" in shown, shown
    shown = plain(await bot.say("/mydata", locale="en"))
    assert "expired" in shown and "30 days" in shown, shown


async def test_only_the_names_leaves_no_waiting_reply_naming_a_child(
        bot: Bot, db_path: Path) -> None:
    """On Discord a mother with private messages closed answered in the server: « oui Tom,
    Zoé ». The answer (« Enfants notés : Tom, Zoé ») waits for her private chat, with her
    question quoted, 24 h. She then asks /oubliemoi (Discord answers in the channel, only to
    her) and taps « Seulement les prénoms »: « les prénoms sont effacés ». The waiting row
    still held both names, and would give them back at her next message."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    answer = await bot.replies(f"/participer {event_id} oui Tom, Zoé", user="maman")
    kept = encode(answer[0], asked=f"/participer {event_id} oui Tom, Zoé")
    assert kept is not None and "Zoé" in kept
    await bot.core.storage.waiting.keep("test", "maman", kept, bot.clock.current)
    other = encode(Reply("Rappel : Soirée jeux demain 20h"))
    assert other is not None
    await bot.core.storage.waiting.keep("test", "maman", other, bot.clock.current)

    asked = await bot.replies("/oubliemoi", user="maman")
    names = buttons(asked)["Seulement les prénoms"]
    done = plain(await bot.press(names, user="maman"))
    assert "Tom" in done and "effac" in done, done  # she is told they are gone
    assert rows_naming(db_path, *CHILDREN) == []
    # What named nobody still waits for her, and her seats stay.
    assert "1 message vous attend" in plain(await bot.say("/mesdonnees", user="maman"))
    assert "3 places" in plain(await bot.say("/mesevenements", user="maman"))


async def test_children_of_a_cancelled_event_go_at_the_next_tick(
        bot: Bot, db_path: Path) -> None:
    """A mother named Tom and Zoé for the board-game night of 5 December; the team cancelled
    it on 25 November (storm). Nothing reads those names again (a copy put back starts
    without answers), yet they stayed ten days, shown in /mesdonnees, until the night would
    have been over. The desk entry (a name and a phone number) stays until then: the team
    calls those people themselves."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="maman")
    await bot.say(f"/inscrire {event_id} Mme Hortense 1 tél. 06 12 34 56 78")
    told = plain(await bot.say(f"/annuler {event_id} tempête confirmer"))
    assert "annulé" in told, told
    assert "annulé" in plain("\n".join(bot.platform.private_texts("maman")))

    bot.clock.advance(minutes=2)
    await Scheduler(bot.core).tick(bot.clock())
    await bot.core.idle()

    shown = plain(await bot.say("/mesdonnees", user="maman"))
    assert "Tom" not in shown and "Enfants que vous avez nommés" not in shown, shown
    assert rows_naming(db_path, *CHILDREN) == []
    assert rows_naming(db_path, "Hortense", "06 12 34")  # the desk's, until the date
