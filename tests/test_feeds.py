"""Calendar files and feeds follow every change: what a phone's calendar app would read.

Every file is read by two independent parsers (icalendar and vobject), on a real SQLite
file; times are checked in Paris, across both 2027 clock changes.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from scheduler_helpers import new_event

from bot.config import Settings
from commands.events.calendar import event_ics, feed_ics
from recording import NOW, Bot
from storage import NewEvent, Storage

PARIS = ZoneInfo("Europe/Paris")


def read_both(data: bytes) -> list[dict[str, object]]:
    """The VEVENTs as both parsers see them; they must agree."""
    cal = icalendar.Calendar.from_ical(data)
    one = [{"uid": str(e["uid"]), "sequence": int(e["sequence"]),
            "start": e.decoded("dtstart"), "stamp": e.decoded("dtstamp"),
            "status": str(e["status"]), "summary": str(e["summary"])}
           for e in cal.walk("VEVENT")]
    parsed = vobject.readOne(data.decode("utf-8"))
    two = [{"uid": v.uid.value, "sequence": int(v.sequence.value), "start": v.dtstart.value,
            "stamp": v.dtstamp.value, "status": v.status.value, "summary": v.summary.value}
           for v in parsed.vevent_list]
    assert one == two
    return one


@pytest.fixture
async def storage(db_path: Path) -> Storage:
    opened = await Storage.open(db_path)
    yield opened  # type: ignore[misc]
    await opened.close()


async def make(storage: Storage, when: datetime, title: str = "Ciné-club",
               kind: str = "screening") -> int:
    event = await storage.events.create(NewEvent(title=title, starts_at=when,
                                                 place="Le Focus, Rochebelle", kind=kind), NOW)
    return event.id


async def test_an_edit_raises_sequence_and_moves_the_time_under_the_same_uid(
        storage: Storage) -> None:
    event_id = await make(storage, datetime(2026, 12, 4, 18, 30, tzinfo=UTC))
    first = await event_ics(storage, await storage.events.get(event_id), NOW)  # type: ignore[arg-type]
    later = NOW + timedelta(hours=3)
    again = await event_ics(storage, await storage.events.get(event_id), later)  # type: ignore[arg-type]
    await storage.events.update(event_id, later, starts_at=datetime(2026, 12, 4, 19, 0,
                                                                     tzinfo=UTC))
    edited = await event_ics(storage, await storage.events.get(event_id), later)  # type: ignore[arg-type]
    [before], [same], [after] = read_both(first), read_both(again), read_both(edited)
    assert before["uid"] == same["uid"] == after["uid"]
    assert (before["sequence"], same["sequence"], after["sequence"]) == (0, 0, 1)
    assert after["start"] == datetime(2026, 12, 4, 19, 0, tzinfo=UTC)
    # DTSTAMP is when the file was made, not the event's start.
    assert before["stamp"] == NOW and after["stamp"] == later


async def test_a_cancellation_keeps_the_uid_with_status_cancelled_for_a_while(
        storage: Storage) -> None:
    event_id = await make(storage, NOW + timedelta(days=3))
    feed = await feed_ics(storage, await storage.feeds.window(NOW), NOW, "Le Focus")
    [shown] = read_both(feed)
    await storage.events.cancel(event_id, NOW + timedelta(hours=1))
    later = NOW + timedelta(hours=2)
    [cancelled] = read_both(await feed_ics(storage, await storage.feeds.window(later), later,
                                           "Le Focus"))
    assert cancelled["uid"] == shown["uid"]
    assert (shown["status"], cancelled["status"]) == ("CONFIRMED", "CANCELLED")
    assert cancelled["sequence"] == shown["sequence"] + 1
    # Still there just after the event, gone once it is long past.
    assert await storage.feeds.window(NOW + timedelta(days=4))
    assert await storage.feeds.window(NOW + timedelta(days=40)) == []


@pytest.mark.parametrize("day", ["2027-03-28", "2027-10-31"])
async def test_clock_change_days_show_19h30_in_paris(storage: Storage, day: str) -> None:
    local = datetime.fromisoformat(f"{day}T19:30").replace(tzinfo=PARIS)
    await make(storage, local)
    now = datetime(2027, 3, 1, tzinfo=UTC)
    [event] = read_both(await feed_ics(storage, await storage.feeds.window(now), now,
                                       "Le Focus"))
    start = event["start"]
    assert isinstance(start, datetime)
    assert start.astimezone(PARIS).strftime("%H:%M") == "19:30"


async def test_a_feed_says_how_often_to_poll_and_publishes(storage: Storage) -> None:
    await make(storage, NOW + timedelta(days=1))
    data = await feed_ics(storage, await storage.feeds.window(NOW), NOW, "Le Focus")
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["method"]) == "PUBLISH"
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in data.decode()
    assert "X-PUBLISHED-TTL:PT1H" in data.decode()
    assert str(cal["x-wr-calname"]) == "Le Focus"


async def test_uids_differ_between_two_installations(tmp_path: Path) -> None:
    uids = []
    for name in ("a.db", "b.db"):
        storage = await Storage.open(tmp_path / name)
        event_id = await make(storage, NOW + timedelta(days=1))
        event = await storage.events.get(event_id)
        assert event is not None and event_id == 1
        [found] = read_both(await event_ics(storage, event, NOW))
        uids.append(found["uid"])
        await storage.close()
    assert uids[0] != uids[1]
    assert all(len(uid) > len("event-1@le-focus-bot") + 16 for uid in uids)


async def test_the_ics_of_a_command_is_the_one_the_feed_later_updates(bot: Bot) -> None:
    """A file imported from /ics (or the card's button) is updated by the feed: same UID,
    a higher SEQUENCE after an edit, DTSTAMP the moment it was made."""
    event_id = await new_event(bot)
    [reply] = await bot.replies(f"/ics {event_id}", user="lea")
    assert reply.attachment is not None
    [imported] = read_both(reply.attachment.content)
    assert imported["stamp"] == NOW
    await bot.say(f"/modifier {event_id} titre Soirée jeux géante")
    storage = bot.core.storage
    [fed] = read_both(await feed_ics(storage, await storage.feeds.window(NOW), NOW, "x"))
    assert fed["uid"] == imported["uid"]
    assert fed["sequence"] == imported["sequence"] + 1
    assert fed["summary"] == "Soirée jeux géante"


async def test_personal_tokens_are_long_stable_revocable_and_erased_with_the_member(
        bot: Bot) -> None:
    storage = bot.core.storage
    member = await storage.members.identify("test", "lea", "Léa", NOW)
    token = await storage.feeds.token(member.id, NOW)
    assert len(token) >= 40
    assert await storage.feeds.token(member.id, NOW) == token
    assert await storage.feeds.member_for(token) == member.id
    assert await storage.feeds.member_for(token[:-1] + ("A" if token[-1] != "A" else "B")) \
        is None
    assert (await storage.feeds.export(member.id) or {})["token"] == token
    assert await storage.feeds.revoke(member.id)
    assert await storage.feeds.member_for(token) is None
    fresh = await storage.feeds.token(member.id, NOW)
    assert fresh != token
    await bot.say("/forgetme confirm", user="lea")
    assert await storage.feeds.member_for(fresh) is None
    assert (await storage.db.read("SELECT COUNT(*) FROM feed_tokens"))[0][0] == 0


async def test_mycalendar_gives_a_private_link_and_stops_it(bot: Bot) -> None:
    bot.core.settings = dataclasses.replace(Settings(database_path=Path("x")),
                                            public_url="https://agenda.example.org/")
    [reply] = await bot.replies("/monagenda", user="lea")
    assert reply.private
    # Session 8: a page to tap (no webcal://, which chats do not make a link), then the
    # feed's address for Google (tests/test_s8_words_web.py).
    link = re.search(r"https://agenda\.example\.org/me/([\w-]+)\n", reply.text).group(1)
    assert f"https://agenda.example.org/me/{link}.ics" in reply.text
    assert "webcal://" not in reply.text
    assert "ne le partagez pas" in reply.text
    again = await bot.say("/mycalendar", user="lea", locale="en")
    assert link in again
    stopped = await bot.say("/monagenda arrêter", user="lea")
    assert "ne fonctionne plus" in stopped
    member = await bot.core.storage.members.identify("test", "lea", "Lea", NOW)
    assert await bot.core.storage.feeds.export(member.id) is None
    assert "rien à arrêter" in await bot.say("/monagenda arrêter", user="lea")


async def test_mycalendar_says_so_when_the_web_agenda_is_off(bot: Bot) -> None:
    answer = await bot.say("/monagenda", user="lea")
    assert "n'est pas activé" in answer.replace("\u2019", "'")
    member = await bot.core.storage.members.identify("test", "lea", "Lea", NOW)
    assert await bot.core.storage.feeds.export(member.id) is None


async def test_mydata_says_we_hold_a_calendar_link_without_showing_it(bot: Bot) -> None:
    bot.core.settings = dataclasses.replace(Settings(database_path=Path("x")),
                                            public_url="https://agenda.example.org")
    assert "Lien d'agenda personnel" not in await bot.say("/mesdonnees", user="lea")
    link = await bot.say("/monagenda", user="lea")
    token = re.search(r"/me/([\w-]+)\.ics", link).group(1)  # type: ignore[union-attr]
    data = (await bot.say("/mesdonnees", user="lea")).replace("\u2019", "'")
    assert "Lien d'agenda personnel : actif depuis le mercredi 25 novembre 2026" \
        in data.replace("\u00a0", " ")
    assert token not in data


async def test_closed_sign_ups_show_in_the_feed_and_raise_sequence(storage: Storage) -> None:
    """A parent's calendar says « Inscriptions fermées » once organisers close them, and
    stops saying so when they reopen: each is a new version of the same event."""
    event_id = await make(storage, datetime(2026, 12, 4, 18, 30, tzinfo=UTC))

    async def feed() -> tuple[dict[str, object], str]:
        events = [e for e in await storage.feeds.window(NOW) if e.id == event_id]
        data = await feed_ics(storage, events, NOW, "Le Focus")
        [seen] = read_both(data)
        [item] = icalendar.Calendar.from_ical(data).walk("VEVENT")
        return seen, str(item["description"])

    opened, text = await feed()
    assert "Inscriptions fermées" not in text
    await storage.events.set_signups(event_id, True, NOW)
    closed, text = await feed()
    assert "Inscriptions fermées" in text
    assert (closed["uid"], closed["sequence"]) == (opened["uid"], opened["sequence"] + 1)
    assert closed["status"] == "CONFIRMED"
    await storage.events.set_signups(event_id, False, NOW)
    reopened, text = await feed()
    assert "Inscriptions fermées" not in text
    assert reopened["sequence"] == closed["sequence"] + 1
