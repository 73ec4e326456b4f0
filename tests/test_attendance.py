"""The association's numbers (issue 13): the door list organisers tap at the entrance
(/pointage) and the activity report (/bilan) with its spreadsheet and chart.

Through the core with the recording platform on a real SQLite file, then the door list's
buttons through the real Telegram and Discord adapters against their fakes.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scheduler_helpers import close_restarted, restart, tick_at  # noqa: F401  (autouse)

from bot import actions
from bot.i18n import using
from bot.messages import Reply
from bot.scheduler import Scheduler
from commands.attendance import chart, parsers
from commands.attendance.handlers import HERE_ARGS, MAX_PAGES, PAGE_SIZE, collect
from commands.attendance.report import tallies
from recording import NOW, Bot, plain, text_of
from storage import NewEvent, Storage
from storage.attendance import Tap

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
START = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)  # 20:00 in Paris


async def _event(bot: Bot, capacity: int = 40, title: str = "Soirée jeux") -> int:
    reply = await bot.say(f"/nouvelevenement {title} | 2026-12-05 20:00 | {capacity}")
    found = re.search(r"#(\d+)", reply)
    assert found, reply
    return int(found.group(1))


def _door(replies: list[Reply]) -> Reply:
    shown = [r for r in replies if r.buttons]
    assert shown, [text_of(r) for r in replies]
    return dataclasses.replace(shown[-1], text=plain(shown[-1].text))


def _labels(reply: Reply) -> list[str]:
    return [b.label for b in reply.buttons]


def _action(reply: Reply, label_part: str) -> str:
    found = [b.action for b in reply.buttons if label_part in b.label]
    assert found, (label_part, _labels(reply))
    return found[0]


async def _going(bot: Bot, event_id: int, *people: str, answer: str = "going") -> None:
    """Answers as members give them (Ana brings two guests), written through storage so the
    door is tested on its own."""
    store, now = bot.core.storage, bot.clock()
    for person in people:
        member = await store.members.identify("test", person, person.capitalize(), now)
        outcome = await store.rsvps.answer(event_id, member.id, answer, now,
                                           guests=2 if person == "ana" else 0)
        assert outcome.status == answer, outcome


# -- the door list through the core ---------------------------------------------------------


async def test_the_door_list_pages_the_people_going_and_a_tap_checks_them_in(bot: Bot) -> None:
    event_id = await _event(bot)
    people = ["ana", *(f"m{n:02d}" for n in range(10))]
    await _going(bot, event_id, *people)
    await _going(bot, event_id, "cleo", answer="maybe")

    shown = _door(await bot.replies(f"/pointage {event_id}"))
    assert shown.private and not shown.replaces_pressed
    assert "Soirée jeux" in shown.text and f"#{event_id}" in shown.text
    assert "0 sur 13 places réservées" in shown.text and "Page 1/2" in shown.text
    names = [b.label for b in shown.buttons if b.action.startswith("v1:here:")]
    assert len(names) == PAGE_SIZE and names[0] == "⬜ Ana +2"
    assert not any("Cleo" in label for label in _labels(shown))  # "maybe" holds no seat
    assert all(len(b.action.encode()) <= actions.MAX_BYTES for b in shown.buttons)

    # Too early: a tap a week before would count someone who has not come yet.
    early = await bot.press(_action(shown, "Ana"))
    assert "pas encore commencé" in early
    assert (await bot.core.storage.attendance.sheet(event_id)).present_seats == 0

    bot.clock.current = START - timedelta(minutes=30)
    pressed = await bot.replies(action=_action(shown, "Ana"), message_id="500")
    updated = _door(pressed)
    assert updated.replaces_pressed and len(pressed) == 1
    assert "3 sur 13 places" in updated.text
    assert "✅ Ana +2" in _labels(updated)
    # Tapped again: how many of the family came; « Personne » undoes it.
    asked = _door(await bot.replies(action=_action(updated, "Ana")))
    undone = _door(await bot.replies(action=_action(asked, "Personne")))
    assert "0 sur 13" in undone.text and "⬜ Ana +2" in _labels(undone)

    # The second page holds the last three; a page past the end shows the last one.
    second = _door(await bot.replies(action=_action(shown, "Page suivante")))
    assert "Page 2/2" in second.text
    assert [b.label for b in second.buttons if b.action.startswith("v1:here:")] == [
        "⬜ M07", "⬜ M08", "⬜ M09"]
    assert _door(await bot.replies(action=f"v1:door:{event_id}:p9")).text == second.text
    tapped = _door(await bot.replies(action=_action(second, "M08")))
    assert "Page 2/2" in tapped.text and "✅ M08" in _labels(tapped)

    # Walk-ins: counted, never below zero.
    view = tapped
    for label in ("➕", "➕", "➖"):
        view = _door(await bot.replies(action=_action(view, label)))
    assert "sans inscription : 1" in view.text and "➕ sans inscription (1)" in _labels(view)
    for _ in range(3):
        view = _door(await bot.replies(action=_action(view, "➖")))
    assert "sans inscription : 0" in view.text

    # Once it has started, the ones not checked in are counted as not (yet) here.
    bot.clock.current = START + timedelta(minutes=20)
    late = _door(await bot.replies(f"/pointage {event_id}"))
    assert "1 sur 13" in late.text and "Pas (encore) arrivé·e·s : 12 places" in late.text


async def test_the_door_list_in_english(bot: Bot) -> None:
    event_id = await _event(bot)
    await _going(bot, event_id, "ana")
    shown = _door(await bot.replies(f"/checkin {event_id}", locale="en"))
    assert "Door" in shown.text and "0 of 3 seats booked" in shown.text
    assert "➕ walk-in (0)" in _labels(shown) and "🔄 Refresh" in _labels(shown)


async def test_only_organisers_see_names_or_check_anyone_in(bot: Bot) -> None:
    event_id = await _event(bot)
    await _going(bot, event_id, "ana", "ben")
    bot.clock.current = START
    shown = _door(await bot.replies(f"/pointage {event_id}"))

    typed = await bot.say(f"/pointage {event_id}", user="ben")
    assert "organisat" in typed and "Ana" not in typed
    for data in (_action(shown, "Ana"), _action(shown, "➕"), _action(shown, "🔄")):
        replies = await bot.replies(action=data, user="ben")
        text = "\n".join(text_of(r) for r in replies)
        assert "organisat" in text, text
        assert not any(r.buttons or r.replaces_pressed for r in replies)
        assert "Ana" not in text
    sheet = await bot.core.storage.attendance.sheet(event_id)
    assert sheet.present_seats == 0 and sheet.walk_ins == 0 and not sheet.kept


async def test_forged_stale_and_cancelled_are_refused_politely(bot: Bot) -> None:
    event_id = await _event(bot)
    await _going(bot, event_id, "ana", "ben")
    bot.clock.current = START
    shown = _door(await bot.replies(f"/pointage {event_id}"))

    # Someone who is not going (a forged member id, or Ben who answered "no" since).
    ben = _action(shown, "Ben")
    await bot.say(f"/participer {event_id} non", user="ben")  # refused: it has started
    ana_id = int(_action(shown, "Ana").split(":")[2].split("-")[1])
    assert "plus de place" in await bot.press(f"v1:here:{event_id}-{ana_id + 50}:p1")
    assert "Actualiser" in await bot.press(f"v1:here:{event_id}-{ana_id + 50}:p1")
    assert "✅ Ben" in _labels(_door(await bot.replies(action=ben)))
    # Shapes the router never accepts, and ids that match nothing.
    for data in (f"v1:here:{event_id}:p1", f"v1:here:{event_id}-{ana_id}:p0",
                 f"v1:here:{event_id}-{ana_id}:p{MAX_PAGES + 1}", f"v1:door:{event_id}:x1",
                 f"v1:door:{event_id}-1:p1", "v1:door:abc:p1"):
        assert "plus valable" in await bot.press(data), data
    assert "Je ne trouve pas" in await bot.press("v1:door:999:p1")
    assert "Je ne trouve pas" in await bot.press("v1:here:999-1:p1")
    assert "Je ne trouve pas" in await bot.say("/pointage 999")
    # Alone (a phone's menu sends it so): the door of the event under way (session 8).
    assert "Entrée" in await bot.say("/pointage")

    # Cancelled: the command and every button of an old list refuse, nothing is written.
    await bot.say(f"/annuler {event_id} neige confirmer")
    assert "annulé" in await bot.say(f"/pointage {event_id}")
    for data in (_action(shown, "Ana"), _action(shown, "➕")):
        assert "annulé" in await bot.press(data)
    sheet = await bot.core.storage.attendance.sheet(event_id)
    assert sheet.walk_ins == 0 and sheet.present_seats == 1


def test_button_data_fits_telegram_at_the_largest_ids() -> None:
    longest = actions.encode("here", f"{actions.MAX_ID_DIGITS * '9'}-{'9' * 9}-10",
                             max(HERE_ARGS, key=len))
    assert len(longest.encode()) <= 64
    assert len(actions.encode("door", "9" * 9, f"r{MAX_PAGES}").encode()) <= 64


async def test_check_ins_go_with_the_member_who_is_erased(bot: Bot) -> None:
    event_id = await _event(bot)
    await _going(bot, event_id, "ana", "ben")
    bot.clock.current = START
    store = bot.core.storage
    ana = await store.members.identify("test", "ana", "Ana", NOW)
    assert await store.attendance.toggle(event_id, ana.id, START) == Tap(True)
    assert [c.event_id for c in await store.attendance.of_member(ana.id)] == [event_id]
    await store.members.erase(ana.id, START)
    assert await store.attendance.of_member(ana.id) == []
    rows = await store.db.read("SELECT COUNT(*) FROM checkins")
    assert rows[0][0] == 0


# -- the period of a report ---------------------------------------------------------------


@pytest.mark.parametrize(("typed", "first", "months"), [
    ("2026", date(2026, 1, 1), 12),
    ("novembre 2026", date(2026, 11, 1), 1),
    ("Nov. 2026", date(2026, 11, 1), 1),
    ("février 2027", date(2027, 2, 1), 1),
    ("2026-11", date(2026, 11, 1), 1),
    ("11/2026", date(2026, 11, 1), 1),
    ("2026-09..2027-06", date(2026, 9, 1), 10),
    ("sept. 2026 à juin 2027", date(2026, 9, 1), 10),
    ("september 2026 to june 2027", date(2026, 9, 1), 10),
    ("2026-2027", date(2026, 9, 1), 12),
    ("saison 2026-2027", date(2026, 9, 1), 12),
])
def test_periods_as_people_write_them(typed: str, first: date, months: int) -> None:
    assert parsers.period(typed) == parsers.Period(first, months)


@pytest.mark.parametrize(("typed", "key"), [
    ("hier", "error.bad_period"), ("13/2026", "error.bad_period"),
    ("2026-2028", "error.bad_period"), ("1999", "error.bad_period"),
    ("2027..2026", "error.period_backwards"), ("2020..2026", "error.period_too_long"),
    ("x" * 80, "error.bad_period"),
])
def test_periods_refused_with_a_reason(typed: str, key: str) -> None:
    from bot.errors import UserInputError

    with pytest.raises(UserInputError) as caught:
        parsers.period(typed)
    assert caught.value.key == key


def test_the_default_period_is_the_last_twelve_months_this_one_included() -> None:
    chosen = parsers.last_months(NOW)
    assert (chosen.first, chosen.last, chosen.months) == (date(2025, 12, 1), date(2026, 11, 1),
                                                          12)
    # Paris months: midnight on the 1st in Paris is 23:00 UTC the day before in winter.
    assert chosen.start == datetime(2025, 11, 30, 23, 0, tzinfo=UTC)
    assert chosen.end == datetime(2026, 11, 30, 23, 0, tzinfo=UTC)


# -- the report ------------------------------------------------------------------------------


async def _history(store: Storage) -> dict[str, Any]:
    """A year of Le Focus, written through storage: who booked, who came, walk-ins."""
    members = {name: await store.members.identify("test", name, name.capitalize(), NOW)
               for name in ("ana", "ben", "cleo", "dan", "eve")}
    before = datetime(2025, 11, 1, tzinfo=UTC)

    async def held(title: str, kind: str, when: datetime, going: dict[str, int], *,
                   price: int = 0, present: tuple[str, ...] = (), walk_ins: int = 0,
                   door: bool = True, **flags: Any) -> int:
        event = await store.events.create(NewEvent(title, when, "Le Focus", kind=kind,
                                                   price_cents=price, capacity=50,
                                                   **flags), before)
        for name, seats in going.items():
            outcome = await store.rsvps.answer(event.id, members[name].id, "going", before,
                                               guests=seats - 1)
            assert outcome.status == "going"
        for name in present:
            assert await store.attendance.toggle(event.id, members[name].id, when) == Tap(True)
        if door and not present:
            await store.attendance.add_walk_ins(event.id, 0, when)
        if walk_ins:
            await store.attendance.add_walk_ins(event.id, walk_ins, when)
        return event.id

    # Before the period: Ana's first time was in 2025.
    await held("Jeux d'hiver", "board_games", datetime(2025, 12, 12, 19, tzinfo=UTC),
               {"ana": 1}, present=("ana",))
    # September: two game nights (one checked at the door) and a paid screening.
    await held("Jeux", "board_games", datetime(2026, 9, 4, 18, tzinfo=UTC),
               {"ana": 3, "ben": 1, "cleo": 1}, present=("ana", "ben"), walk_ins=2)
    await held("Jeux 2", "board_games", datetime(2026, 9, 18, 18, tzinfo=UTC),
               {"ben": 1, "dan": 2}, door=False)
    await held("Ciné", "screening", datetime(2026, 9, 25, 18, tzinfo=UTC),
               {"cleo": 1, "eve": 1}, price=600, present=("eve",))
    # October: a workshop nobody checked in at the door but where people walked in.
    await held("Atelier photo", "workshop", datetime(2026, 10, 10, 12, tzinfo=UTC),
               {"eve": 1}, door=True, walk_ins=4)
    # Never counted: cancelled, the demo, and an event still to come.
    cancelled = await held("Annulé", "screening", datetime(2026, 10, 2, 18, tzinfo=UTC),
                           {"ana": 1}, door=False)
    await store.events.cancel(cancelled, before)
    await held("Démo", "workshop", datetime(2026, 10, 3, 18, tzinfo=UTC), {"ben": 1},
               door=False, is_demo=True)
    await held("Plus tard", "board_games", datetime(2026, 12, 12, 19, tzinfo=UTC),
               {"dan": 1}, door=False)
    return {"members": members}


async def test_report_figures_per_month_and_kind(bot: Bot) -> None:
    await _history(bot.core.storage)
    chosen = parsers.period("2026-09..2026-12")
    data = await collect(bot.core.storage.attendance, chosen, NOW)

    games = data.cells[(date(2026, 9, 1), "board_games")]
    assert (games.events, games.free_events, games.door_events) == (2, 2, 1)
    assert (games.booked, games.booked_at_door, games.present, games.walk_ins) == (8, 5, 4, 2)
    # Present 4 + walk-ins 2 where the door was kept, 3 seats booked where it was not.
    assert games.attendance == 9
    assert games.no_show_rate == pytest.approx(1 / 5)
    assert games.members == 4  # ana, ben, cleo, dan
    assert games.new_members == 3  # not Ana: she first came in 2025
    screening = data.cells[(date(2026, 9, 1), "screening")]
    assert (screening.events, screening.free_events, screening.present) == (1, 0, 1)
    workshop = data.cells[(date(2026, 10, 1), "workshop")]
    assert (workshop.present, workshop.walk_ins, workshop.no_show_rate) == (0, 4, 1.0)
    assert workshop.new_members == 0  # Eve's first time was the September screening
    assert set(data.cells) == {(date(2026, 9, 1), "board_games"),
                               (date(2026, 9, 1), "screening"),
                               (date(2026, 10, 1), "workshop")}
    total = data.total
    assert (total.events, total.members, total.new_members) == (4, 5, 4)
    assert data.series() == {"board_games": [9, 0, 0, 0], "screening": [1, 0, 0, 0],
                             "workshop": [0, 4, 0, 0]}


async def test_report_reply_summary_spreadsheet_and_chart_without_names(bot: Bot) -> None:
    await _history(bot.core.storage)
    replies = await bot.replies("/bilan 2026-09..2026-12")
    assert all(r.private for r in replies)
    summary = plain(replies[0].text)
    assert "Bilan septembre 2026 – décembre 2026" in summary
    assert "Événements tenus : 4, dont 3 gratuits" in summary
    assert "Pointés à l'entrée : 3 événements sur 4" in summary
    assert ("Membres inscrit·e·s (différent·e·s) : 5, dont 4 inscrit·e·s pour la première"
            " fois") in summary

    sheet = replies[0].attachment
    assert sheet is not None and sheet.filename == "bilan-2026-09-2026-12.csv"
    assert sheet.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(sheet.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Mois", "Type", "Événements tenus"]
    assert [r[:3] for r in rows[1:]] == [
        ["2026-09", "Soirée jeux de société", "2"], ["2026-09", "Projection", "1"],
        ["2026-10", "Atelier", "1"], ["Total", "Tous types", "4"]]
    by_kind = {r[1]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_kind["Soirée jeux de société"]["Places non honorées (%)"] == "20,0"
    assert by_kind["Projection"]["Part gratuits (%)"] == "0,0"
    assert by_kind["Tous types"]["Fréquentation"] == "14"

    picture = replies[1].attachment
    assert picture is not None and picture.mime_type == "image/png"
    assert picture.content.startswith(b"\x89PNG\r\n\x1a\n")
    everything = summary + sheet.content.decode("utf-8-sig") + text_of(replies[1])
    for name in ("Ana", "Ben", "Cleo", "Dan", "Eve"):
        assert name not in everything

    english = await bot.replies("/report 2026-09..2026-12", locale="en")
    assert "Events held: 4" in english[0].text
    assert english[0].attachment is not None
    assert english[0].attachment.content.decode("utf-8-sig").startswith("Month;Kind;")


async def test_report_of_a_period_with_nothing_held(bot: Bot) -> None:
    reply = await bot.say("/bilan")
    assert "Aucun événement tenu" in reply and "décembre 2025 – novembre 2026" in reply
    assert "Utilisation" in await bot.say("/bilan hier")
    assert "organisat" in await bot.say("/bilan 2026", user="ana")


async def test_the_chart_has_one_bar_per_month_and_kind_in_its_colour(bot: Bot) -> None:
    from PIL import Image

    from commands.attendance.handlers import report_chart

    await _history(bot.core.storage)
    chosen = parsers.period("2026-2027")
    data = await collect(bot.core.storage.attendance, chosen, NOW)
    with using("fr"):
        png, bars = report_chart(data, "2026-2027")
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (chart.WIDTH, chart.HEIGHT) == (1080, 1350)
    expected = {(k, i) for k, values in data.series().items()
                for i, v in enumerate(values) if v}
    assert {(b.kind, b.month) for b in bars} == expected and len(bars) == 3
    rgb = image.convert("RGB")
    for bar in bars:
        x0, y0, x1, y1 = bar.box
        assert rgb.getpixel(((x0 + x1) // 2, (y0 + y1) // 2)) == chart.colour(bar.kind)
    # Taller for more people: September's games (9) above October's workshop (4).
    height = {(b.kind, b.month): b.box[3] - b.box[1] for b in bars}
    assert height[("board_games", 0)] > height[("workshop", 1)]
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "bilan-2026-2027.png").write_bytes(png)


# -- the door list through the real adapters --------------------------------------------------


@pytest.fixture
async def tg_fake() -> AsyncIterator[Any]:
    from test_telegram_adapter import TOKEN

    from fakes.telegram_api import FakeTelegram

    async with FakeTelegram(TOKEN) as server:
        yield server


@pytest.fixture
async def dc_fake() -> AsyncIterator[Any]:
    from test_discord_adapter import MEMBERS

    from fakes.discord_api import FakeDiscord

    async with FakeDiscord(members=MEMBERS) as server:
        yield server


async def test_telegram_a_tap_edits_the_door_list_in_place(tg_fake: Any, tmp_path: Path) -> None:
    from test_telegram_adapter import LEA, ORGA, TOM, new_event, start_harness

    tg = await start_harness(tg_fake, tmp_path)
    try:
        event_id = await new_event(tg)
        for who in (LEA, TOM):
            await tg.say(who, f"/participer {event_id} oui")
        tg.clock.current = START - timedelta(minutes=10)
        shown = [m for m in await tg.say(ORGA, f"/pointage {event_id}")
                 if any(d.startswith("v1:here:") for d in m.button_data)]
        assert len(shown) == 1
        door = shown[0]
        assert "0 sur 2 places" in plain(door.visible)
        rows = door.reply_markup["inline_keyboard"]  # type: ignore[index]
        names = [row for row in rows if row[0]["callback_data"].startswith("v1:here:")]
        assert [len(row) for row in names] == [1, 1]  # one name a row, easy to hit
        assert [row[0]["text"] for row in names] == ["⬜ Léa", "⬜ Tom"]
        lea = names[0][0]["callback_data"]

        before = len(tg_fake.messages)
        toast = await tg.press(ORGA, door, lea)
        assert toast == ""  # the list itself shows the change
        assert len(tg_fake.messages) == before  # no new message: the list was edited
        assert door.edits == 1 and "1 sur 2 places" in plain(door.visible)
        assert "✅ Léa" in str(door.reply_markup)
        await tg.press(ORGA, door, f"v1:door:{event_id}:a1")
        assert door.edits == 2 and "sans inscription : 1" in plain(door.visible)

        # A list too old for Telegram to edit comes back as a new message (the film has
        # started: no card to update for a walk-in, only the list).
        tg.clock.current = START + timedelta(minutes=5)
        tg_fake.fail("editMessageText", 400, "Bad Request: message can't be edited")
        known = set(tg_fake.messages)
        await tg.press(ORGA, door, f"v1:door:{event_id}:a1")
        anew = [m for k, m in tg_fake.messages.items() if k not in known]
        assert len(anew) == 1 and "sans inscription : 2" in plain(anew[0].visible)

        # A member sending the same data (forged from their own chat) is refused.
        refused = await tg.press(LEA, door, lea)
        assert "organisat" in refused and door.edits == 2
        assert (await tg.core.storage.attendance.sheet(event_id)).present_seats == 1
    finally:
        await tg.close()


async def test_discord_a_tap_updates_the_door_list_in_place(dc_fake: Any, db_path: Path) -> None:
    from test_discord_adapter import ALICE, BOB, ORGA, held_back, launch, shutdown

    from fakes.discord_api import APP_ID, path_starts
    from recording import Clock

    dc = await launch(dc_fake, db_path, Clock(NOW))
    try:
        event_id = await dc.new_event(capacity=10)
        for who in (ALICE, BOB):
            await dc.command("rsvp", {"event": event_id, "answer": "going"}, user=who)
        event = await dc.core.storage.events.get(event_id)
        assert event is not None
        dc.clock.current = event.starts_at - timedelta(minutes=10)

        opened = await dc.command("checkin", {"event": event_id}, user=ORGA)
        assert opened.ephemeral == [True]  # names only for the organiser who asked
        door = next(m for m in dc_fake.messages.values()
                    if "v1:here:" in json.dumps(m["components"]))
        assert "0 sur 2 places" in plain(door["content"])
        ids = [c["custom_id"] for row in door["components"] for c in row["components"]]
        alice = next(i for i in ids if i.startswith("v1:here:"))

        pressed = await dc.press(int(door["id"]), alice, user=ORGA)
        assert pressed.types == [7]  # UPDATE_MESSAGE: the list itself changes
        assert "1 sur 2 places" in plain(door["content"])
        assert "✅ Alice" in json.dumps(door["components"], ensure_ascii=False)

        # Alice's button now undoes her check-in (its id says so): Bob presses that one.
        ids = [c["custom_id"] for row in door["components"] for c in row["components"]]
        alice = next(i for i in ids if i.startswith("v1:here:"))
        refused = await dc.press(int(door["id"]), alice, user=BOB)
        assert refused.types == [4] and refused.ephemeral == [True]
        assert "organisat" in refused.text
        assert "1 sur 2 places" in plain(door["content"])
        assert (await dc.core.storage.attendance.sheet(event_id)).present_seats == 1

        # A slow answer is deferred first (within Discord's 3 s), then the list is edited.
        dc.adapter.defer_after = 0.01
        gate = held_back(dc.core)
        more = next(c["custom_id"] for row in door["components"] for c in row["components"]
                    if c["custom_id"].startswith("v1:door:") and c["custom_id"].endswith(":a1"))
        payload = dc_fake.press(int(door["id"]), more, user=ORGA)
        iid = await dc_fake.deliver(payload)
        [callback] = await dc_fake.wait_for(path_starts(f"/interactions/{iid}/"))
        assert callback.json["type"] == 6  # DEFERRED_UPDATE_MESSAGE
        gate.set()
        token = f"/webhooks/{APP_ID}/{payload['token']}/messages/@original"
        [edit] = await dc_fake.wait_for(lambda c: c.method == "PATCH" and c.path == token)
        await dc.settle()
        assert "sans inscription : 1" in plain(door["content"])
    finally:
        await shutdown(dc)


async def test_two_volunteers_tapping_at_once_both_count(db_path: Path) -> None:
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(NewEvent("Jeux", START, "Le Focus", capacity=30), NOW)
        people = [await store.members.identify("test", f"p{n}", f"P{n}", NOW) for n in range(20)]
        for who in people:
            await store.rsvps.answer(event.id, who.id, "going", NOW)
        results = await asyncio.gather(*(store.attendance.toggle(event.id, who.id, START)
                                         for who in people),
                                       *(store.attendance.add_walk_ins(event.id, 1, START)
                                         for _ in range(7)))
        assert results[:20] == [Tap(True)] * 20
        sheet = await store.attendance.sheet(event.id)
        assert (sheet.present_seats, sheet.walk_ins, sheet.kept) == (20, 7, True)
    finally:
        await store.close()


def test_pillow_is_loaded_only_when_a_chart_is_drawn() -> None:
    import subprocess
    import sys

    code = ("import sys; import commands.attendance as a; from commands import build_router; "
            "build_router(); print('PIL' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], check=True, timeout=60)
    assert out.stdout.strip() == "False"


async def test_desk_entries_are_on_the_door_list_and_count_as_seats_not_members(
        bot: Bot) -> None:
    store = bot.core.storage
    event_id = await _event(bot)
    await _going(bot, event_id, "ana")
    desk = await store.members.identify("desk", "desk-1", "Mme Martin", NOW)  # by phone
    assert (await store.rsvps.answer(event_id, desk.id, "going", NOW, guests=1)).status == "going"
    bot.clock.current = START
    shown = _door(await bot.replies(f"/pointage {event_id}"))
    assert "⬜ Mme Martin +1 (accueil)" in _labels(shown)
    checked = _door(await bot.replies(action=_action(shown, "Mme Martin")))
    assert "2 sur 5 places" in checked.text

    bot.clock.current = START + timedelta(days=1)
    chosen = parsers.period("décembre 2026")
    cell = (await collect(store.attendance, chosen, bot.clock())).total
    assert (cell.booked, cell.present, cell.members, cell.new_members) == (5, 2, 1, 1)


# -- the books: closed events keep their numbers, whatever happens to the people -------------


async def _report_files(bot: Bot, period: str = "2026-09..2026-12") -> tuple[str, bytes, bytes]:
    """What the town hall receives: the summary, the spreadsheet and the chart."""
    summary, picture = await bot.replies(f"/bilan {period}")
    assert summary.attachment is not None and picture.attachment is not None
    return summary.text, summary.attachment.content, picture.attachment.content


async def test_an_erasure_does_not_move_the_numbers_of_events_already_over(bot: Bot) -> None:
    store = bot.core.storage
    await _history(store)
    before = await _report_files(bot)
    await Scheduler(bot.core).tick(NOW)  # every held event here is long over
    assert await _report_files(bot) == before  # closing the books changes no figure
    tallies = await store.db.read("SELECT event_id FROM event_tallies")
    assert len(tallies) == 5  # held ones only: not cancelled, not the demo, not to come
    # The tally names nobody: no member column, no name.
    columns = [r[1] for r in await store.db.read("PRAGMA table_info(event_tallies)")]
    assert not [c for c in columns if "member_id" in c or "name" in c], columns

    # Three teenagers who came (Ana, checked in, and first-timers Cleo and Eve) erase it all.
    for who in ("ana", "cleo", "eve"):
        assert "effacé" in await bot.say("/oubliemoi confirmer", user=who)
    rows = await store.db.read("SELECT COUNT(*) FROM checkins")
    assert rows[0][0] == 0  # who came went when the books closed (Ben's too): counts stay
    assert await _report_files(bot) == before


async def test_members_are_counted_once_across_closed_and_live_events(bot: Bot) -> None:
    store = bot.core.storage
    people = {n: await store.members.identify("test", n, n.capitalize(), NOW)
              for n in ("ana", "ben")}

    async def held(kind: str, when: datetime, *names: str) -> int:
        event = await store.events.create(NewEvent(kind, when, "Le Focus", kind=kind,
                                                   capacity=20), when - timedelta(days=30))
        for name in names:
            outcome = await store.rsvps.answer(event.id, people[name].id, "going",
                                               when - timedelta(days=1))
            assert outcome.status == "going"
        return event.id

    await held("screening", NOW - timedelta(days=40), "ana")  # October
    await held("board_games", NOW - timedelta(days=10), "ana", "ben")  # November, over
    live = await held("board_games", NOW - timedelta(hours=1), "ana", "ben")  # on right now

    def figures(text: str) -> str:
        found = re.search(r"Membres inscrit·e·s \(différent·e·s\) : \d+, dont \d+", plain(text))
        assert found, text
        return found.group(0)

    first = await _report_files(bot, "2026-10..2026-11")
    assert figures(first[0]) == "Membres inscrit·e·s (différent·e·s) : 2, dont 2"
    await Scheduler(bot.core).tick(NOW)
    closed = [r[0] for r in await store.db.read("SELECT event_id FROM event_tallies")]
    assert live not in closed and len(closed) == 2  # the evening on now is still live
    assert await _report_files(bot, "2026-10..2026-11") == first
    rows = list(csv.reader(io.StringIO(first[1].decode("utf-8-sig")), delimiter=";"))
    members = {r[1]: r[rows[0].index("Membres différents")] for r in rows[1:]}
    assert members == {"Projection": "1", "Soirée jeux de société": "2", "Tous types": "2"}
    # November alone: Ben came for the first time, Ana in October.
    assert "Membres inscrit·e·s (différent·e·s) : 2, dont 1" in plain(
        (await bot.replies("/bilan novembre 2026"))[0].text)

    # Later, the evening on now is over too: the books close, nothing moves.
    later = NOW + timedelta(days=1)
    bot.clock.current = later
    await Scheduler(bot.core).tick(later)
    assert len(await store.db.read("SELECT event_id FROM event_tallies")) == 3
    assert await _report_files(bot, "2026-10..2026-11") == first


async def test_a_restart_or_missed_ticks_still_close_the_books(bot: Bot) -> None:
    store = bot.core.storage
    ana = await store.members.identify("test", "ana", "Ana", NOW)
    long_ago = await store.events.create(NewEvent("Jeux", NOW - timedelta(days=60),
                                                  "Le Focus"), NOW - timedelta(days=90))
    # An afternoon with an end: its books close some hours after that end, not before.
    ends = NOW + timedelta(hours=4)
    afternoon = await store.events.create(NewEvent("Atelier", NOW + timedelta(hours=1),
                                                   "Le Focus", ends_at=ends),
                                          NOW - timedelta(days=9))
    for event in (long_ago, afternoon):
        await store.rsvps.answer(event.id, ana.id, "going", NOW - timedelta(days=80))
    # No tick ran while the bot was down; a fresh process catches up from the database.
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, ends + timedelta(hours=1))
    closed = [r[0] for r in await bot.core.storage.db.read(
        "SELECT event_id FROM event_tallies")]
    assert closed == [long_ago.id]
    await tick_at(bot, scheduler, ends + timedelta(days=1))
    await tick_at(bot, scheduler, ends + timedelta(days=2))  # twice: written once
    rows = await bot.core.storage.db.read(
        "SELECT event_id, booked, members, first_timers FROM event_tallies ORDER BY event_id")
    assert [tuple(r) for r in rows] == [(long_ago.id, 1, 1, 1), (afternoon.id, 1, 1, 0)]


async def test_the_door_is_shut_once_the_books_are_closed(bot: Bot) -> None:
    event_id = await _event(bot)
    await _going(bot, event_id, "ana")
    bot.clock.current = START
    shown = _door(await bot.replies(f"/pointage {event_id}"))
    late = START + timedelta(days=1)
    await tick_at(bot, Scheduler(bot.core), late)
    for data in (_action(shown, "Ana"), _action(shown, "➕")):
        assert "clos" in await bot.press(data), data
    assert "closed" in await bot.press(_action(shown, "Ana"), locale="en")
    sheet = await bot.core.storage.attendance.sheet(event_id)
    assert (sheet.present_seats, sheet.walk_ins, sheet.closed) == (0, 0, True)
    assert "clos" in _door(await bot.replies(f"/pointage {event_id}")).text


async def test_storage_writes_nothing_at_a_door_whose_books_are_closed(db_path: Path) -> None:
    """Even a tap racing the closing job cannot change the live figures behind a tally."""
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(NewEvent("Jeux", START, "Le Focus", capacity=30), NOW)
        ana = await store.members.identify("test", "ana", "Ana", NOW)
        await store.rsvps.answer(event.id, ana.id, "going", NOW)
        assert await store.attendance.add_walk_ins(event.id, 2, START) == 2
        events, bookings = await store.attendance.over(START + timedelta(days=1),
                                                       START + timedelta(days=1))
        assert await store.attendance.close(tallies(events, bookings), START) == 1
        assert await store.attendance.close(tallies(events, bookings), START) == 0
        assert await store.attendance.toggle(event.id, ana.id, START) is None
        assert await store.attendance.add_walk_ins(event.id, 1, START) == 2
        sheet = await store.attendance.sheet(event.id)
        assert (sheet.present_seats, sheet.walk_ins, sheet.closed) == (0, 2, True)
    finally:
        await store.close()
