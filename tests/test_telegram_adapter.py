"""The Telegram adapter end to end: real PTB `Application`, real core and SQLite, fake Bot API.

`await tg.say(LEA, "/events")` pushes an update into the fake, waits until the adapter has
handled it and the core's background work is done, and returns the messages that appeared.
Nothing here sleeps for a fixed time: tests wait on handled-update counts and recorded calls.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.telegram import Limits, TelegramAdapter
from bot.app import create_core
from bot.cards import build_card
from bot.config import Settings
from bot.core import Core
from bot.messages import Reply
from bot.platform import CardGone, Platform, Unreachable
from bot.text import fold
from fakes.telegram_api import (
    BOT_USERNAME,
    FakeTelegram,
    ServerLimits,
    Stored,
    group_chat,
    private_chat,
    user,
)
from recording import NOW, Clock
from storage import Recipient

TOKEN = "123456:TEST-TOKEN-abcdefghijkl"
ORGA = user(1001, "Camille", "fr", last_name="Martin", username="camille_m")
LEA = user(2001, "Léa", "fr")
TOM = user(2002, "Tom", "en")
NINA = user(2003, "Nina", None)
GROUP = -1001234567890  # the parents' group, an announcement chat
NEWS = -1005555555555  # a second announcement chat
OTHER_GROUP = -1007777777777  # a group that is not an announcement chat
# No pacing, fast backoff: the tests about limits set their own.
FAST = Limits(overall=0, per_chat=0, per_group=0, backoff=0.01)


class ObservedAdapter(TelegramAdapter):
    """The real adapter, counting handled updates so tests wait on that, never on a timer."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.handled = 0
        self._changed = asyncio.Condition()

    async def _count(self) -> None:
        async with self._changed:
            self.handled += 1
            self._changed.notify_all()

    async def _on_message(self, update: Any, context: Any) -> None:
        try:
            await super()._on_message(update, context)
        finally:
            await self._count()

    async def _on_press(self, update: Any, context: Any) -> None:
        try:
            await super()._on_press(update, context)
        finally:
            await self._count()

    async def _on_reaction(self, update: Any, context: Any) -> None:
        try:
            await super()._on_reaction(update, context)
        finally:
            await self._count()

    async def wait_handled(self, count: int, within: float = 10.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self.handled >= count),
                                   within)


@dataclass
class Harness:
    fake: FakeTelegram
    core: Core
    adapter: ObservedAdapter
    clock: Clock
    pushed: int = 0

    async def settle(self) -> None:
        """Wait until every pushed update is handled and background work is done."""
        await self.adapter.wait_handled(self.pushed)
        await self.core.idle()

    def _snapshot(self) -> set[tuple[int, int]]:
        return set(self.fake.messages)

    async def say(self, who: dict[str, Any], text: str, chat: int | None = None) -> list[Stored]:
        """`who` types `text` in a group (`chat`) or privately; returns new messages."""
        before = self._snapshot()
        target = group_chat(chat) if chat is not None else private_chat(who)
        self.fake.send_text(who, target, text)
        self.pushed += 1
        await self.settle()
        return [m for k, m in sorted(self.fake.messages.items()) if k not in before]

    async def press(self, who: dict[str, Any], message: Stored, data: str) -> str:
        """`who` presses a button; returns the toast text."""
        query_id = self.fake.press(who, message, data)
        self.pushed += 1
        await self.settle()
        answers = [c for c in self.fake.ok_calls("answerCallbackQuery")
                   if c.params.get("callback_query_id") == query_id]
        assert answers, "the press was never answered"
        return str(answers[-1].params.get("text", ""))

    async def close(self) -> None:
        await self.adapter.stop()
        await self.core.idle()
        await self.core.storage.close()


def settings_for(fake: FakeTelegram, tmp_path: Path, **extra: Any) -> Settings:
    values: dict[str, Any] = dict(
        database_path=tmp_path / "t.db", telegram_token=TOKEN,
        telegram_api_base_url=fake.base_url, telegram_api_base_file_url=fake.base_file_url,
        telegram_organizer_ids=(ORGA["id"],), telegram_announce_chat_ids=(GROUP, NEWS),
        seed_demo=False)
    values.update(extra)
    return Settings(**values)


async def start_harness(fake: FakeTelegram, tmp_path: Path, *, limits: Limits = FAST,
                        card_interval: float = 0, **options: Any) -> Harness:
    settings = settings_for(fake, tmp_path)
    clock = Clock(NOW)
    core = await create_core(settings, clock=clock, card_interval=card_interval,
                             seed_demo=False)
    adapter = ObservedAdapter(settings, limits=limits, poll_timeout=1, **options)
    core.add_adapter(adapter)
    await adapter.start(core)
    return Harness(fake, core, adapter, clock)


def card_messages(messages: list[Stored]) -> list[Stored]:
    return [m for m in messages if any(d.startswith("v1:rsvp:") for d in m.button_data)]


@asynccontextmanager
async def running(tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot on a fresh fake Telegram, for other test files' `tg` fixtures."""
    async with FakeTelegram(TOKEN) as server:
        harness = await start_harness(server, tmp_path)
        try:
            yield harness
        finally:
            await harness.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN) as server:
        yield server


@pytest.fixture
async def tg(fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await start_harness(fake, tmp_path)
    yield harness
    await harness.close()


async def new_event(tg: Harness, text: str = "Soirée jeux | 2026-12-05 20:00 | 3") -> int:
    replies = await tg.say(ORGA, "/newevent " + text)
    found = re.search(r"#(\d+)", replies[0].visible)
    assert found, replies[0].visible
    return int(found.group(1))


# -- start-up and menus -------------------------------------------------------------------


async def test_menus_in_french_and_english_members_and_organisers(tg: Harness) -> None:
    fake = tg.fake
    for scope in ("all_private_chats", "all_group_chats"):
        french, english = fake.menu(scope), fake.menu(scope, "en")
        assert {"aide", "evenements", "participer"} <= set(french)
        assert {"help", "events", "rsvp"} <= set(english)
        # About the asker only: not in a group's menu (typed there, answered privately).
        assert (("mesevenements" in french and "myevents" in english)
                == (scope == "all_private_chats"))
        for organiser_only in ("newevent", "nouvelevenement", "announce", "annoncer", "start"):
            assert organiser_only not in french + english
    descriptions = {c["command"]: c["description"]
                    for c in fake.menus[("all_private_chats", "en")]}
    assert descriptions["events"] == "upcoming events"
    assert dict((c["command"], c["description"]) for c in
                fake.menus[("all_private_chats", "")])["evenements"] == "les événements à venir"
    organiser = fake.menu(f"chat:{ORGA['id']}")
    assert {"nouvelevenement", "annoncer", "evenements"} <= set(organiser)
    assert {"newevent", "announce"} <= set(fake.menu(f"chat:{ORGA['id']}", "en"))
    assert tg.adapter.username == BOT_USERNAME
    assert tg.adapter.private_link("event_3") == f"https://t.me/{BOT_USERNAME}?start=event_3"
    assert tg.adapter.private_link("bad payload!") is None


def expected_menu(tg: Harness, locale: str, organizer: bool, group: bool = False) -> list[str]:
    """What the router says a menu must hold: every spec offered on Telegram with
    `menu=True` for that audience (in a group, none `personal`), under its English name, or
    in French under its first alias Telegram accepts (accents dropped)."""
    valid = re.compile(r"[a-z0-9_]{1,32}")
    names = []
    for spec in tg.core.router.commands:
        if not spec.menu or (spec.organizer and not organizer) or (group and spec.personal) or (
                spec.platforms and "telegram" not in spec.platforms) or (
                spec.needs and spec.needs not in tg.core.router.capabilities):
            continue
        french = [n for a in (spec.french_name, *spec.aliases) for n in (a, fold(a))
                  if valid.fullmatch(n)]
        names.append(french[0] if locale == "fr" and french else spec.name)
    return names


async def test_menus_are_exactly_the_routers_menu_commands(tg: Harness) -> None:
    fake = tg.fake
    assert isinstance(tg.adapter, Platform) and tg.adapter.capabilities.private_links
    for locale, language in (("fr", ""), ("en", "en")):
        members = expected_menu(tg, locale, organizer=False)
        organisers = expected_menu(tg, locale, organizer=True)
        assert len(organisers) > len(members) > 5
        assert fake.menu("all_private_chats", language) == members
        assert fake.menu("all_group_chats", language) == expected_menu(
            tg, locale, organizer=False, group=True)
        assert fake.menu(f"chat:{ORGA['id']}", language) == organisers
    offered = {s.name for s in tg.core.router.commands if s.menu}
    assert "start" not in offered  # the deep-link entry point is typed by Telegram itself
    assert "start" not in fake.menu(f"chat:{ORGA['id']}", "en")


async def test_token_never_logged(fake: FakeTelegram, tmp_path: Path,
                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    harness = await start_harness(fake, tmp_path)
    try:
        await harness.say(LEA, "/events")
    finally:
        await harness.close()
    assert fake.ok_calls("sendMessage")
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


# -- commands -----------------------------------------------------------------------------


async def test_commands_in_private_chat(tg: Harness) -> None:
    replies = await tg.say(LEA, "/events")
    assert [m.chat_id for m in replies] == [LEA["id"]]
    assert "Aucun" in replies[0].visible or "Prochains" in replies[0].visible
    english = await tg.say(TOM, "/events")
    assert english[0].chat_id == TOM["id"] and "event" in english[0].visible.lower()
    call = tg.fake.ok_calls("sendMessage")[-1]
    assert call.params["parse_mode"] == "HTML"


async def test_commands_in_group_with_bot_suffix_and_french_names(tg: Harness) -> None:
    replies = await tg.say(LEA, f"/aide@{BOT_USERNAME}", chat=OTHER_GROUP)
    assert [m.chat_id for m in replies] == [OTHER_GROUP]
    assert "Bonjour" in replies[0].visible
    assert await tg.say(LEA, "/events@another_bot", chat=OTHER_GROUP) == []
    assert await tg.say(LEA, "bonjour tout le monde", chat=OTHER_GROUP) == []
    again = await tg.say(TOM, "/évènements", chat=OTHER_GROUP)
    assert [m.chat_id for m in again] == [OTHER_GROUP]


async def test_plain_text_in_private_goes_to_the_faq(tg: Harness) -> None:
    replies = await tg.say(LEA, "c'est où le Focus ?")
    assert replies and replies[0].chat_id == LEA["id"]


async def test_private_reply_asked_in_a_group_goes_to_the_private_chat(tg: Harness) -> None:
    replies = await tg.say(LEA, f"/mydata@{BOT_USERNAME}", chat=OTHER_GROUP)
    assert [m.chat_id for m in replies] == [LEA["id"]]
    assert "Léa" in replies[0].visible
    # Minimum data: the last name and username Telegram sends are never stored.
    await tg.say(ORGA, "/mydata")
    export = tg.fake.chat(ORGA["id"])[-1].visible
    assert "Camille" in export and "Martin" not in export and "camille_m" not in export


async def test_private_reply_refused_points_to_the_private_chat(tg: Harness) -> None:
    tg.fake.not_started.add(NINA["id"])
    replies = await tg.say(NINA, f"/mydata@{BOT_USERNAME}", chat=OTHER_GROUP)
    assert [m.chat_id for m in replies] == [OTHER_GROUP]
    assert f"https://t.me/{BOT_USERNAME}?start=" in replies[0].visible
    assert "Nina" in replies[0].visible


# -- organisers, announcements, presses ---------------------------------------------------


async def test_organiser_creates_and_announces_an_event(tg: Harness) -> None:
    refused = await tg.say(LEA, "/newevent Pirate | 2026-12-05 20:00")
    assert "organisateur" in refused[0].visible
    replies = await tg.say(ORGA, "/newevent Soirée jeux | 2026-12-05 20:00 | 3")
    assert "#1" in replies[0].visible
    cards = card_messages(replies)
    assert len(cards) == 1 and cards[0].chat_id == ORGA["id"]
    rows = cards[0].reply_markup["inline_keyboard"]  # type: ignore[index]
    assert [[b["callback_data"] for b in row] for row in rows] == [
        ["v1:rsvp:1:going", "v1:rsvp:1:maybe", "v1:rsvp:1:no"],
        ["v1:guest:1:+1v0", "v1:guest:1:-1v0"],  # the card drawn with 0 seats taken
        ["v1:ics:1"],
    ]
    announced = await tg.say(ORGA, "/announce 1")
    posted = card_messages(announced)
    assert sorted(m.chat_id for m in posted) == sorted([GROUP, NEWS])
    assert "Soirée jeux" in posted[0].visible and "0/3" in posted[0].visible
    confirmation = [m for m in announced if m.chat_id == ORGA["id"]]
    assert "2" in confirmation[0].visible


async def test_presses_update_every_posted_copy(tg: Harness) -> None:
    event_id = await new_event(tg)
    await tg.say(ORGA, f"/announce {event_id}")
    shown = card_messages(await tg.say(LEA, f"/event@{BOT_USERNAME} {event_id}",
                                       chat=OTHER_GROUP))
    assert len(shown) == 1
    group_card = [m for m in tg.fake.chat(GROUP) if m.button_data][0]
    toast = await tg.press(LEA, group_card, f"v1:rsvp:{event_id}:going")
    assert toast.startswith("Inscrit·e") and "1/3" in toast
    assert (await tg.press(TOM, group_card, f"v1:rsvp:{event_id}:going")).startswith("Going")
    copies = [m for m in tg.fake.messages.values() if m.button_data]
    assert {m.chat_id for m in copies} >= {ORGA["id"], GROUP, NEWS, OTHER_GROUP}
    for copy in copies:
        assert "2/3" in copy.visible, (copy.chat_id, copy.visible)
    assert all(c.params["parse_mode"] == "HTML" for c in tg.fake.ok_calls("editMessageText"))
    # Full house: the next one waits, and every copy says so.
    refused = await tg.press(NINA, group_card, f"v1:guest:{event_id}:+1")
    assert refused.startswith("Répondez d'abord")
    assert (await tg.press(ORGA, group_card, f"v1:rsvp:{event_id}:going")).startswith("Inscrit")
    toast = await tg.press(NINA, group_card, f"v1:rsvp:{event_id}:going")
    assert toast == "Liste d'attente : position 1"
    assert "1 en liste d'attente" in tg.fake.chat(NEWS)[-1].visible


async def test_calendar_button_sends_the_ics_privately(tg: Harness) -> None:
    event_id = await new_event(tg)
    await tg.say(ORGA, f"/announce {event_id}")
    group_card = [m for m in tg.fake.chat(GROUP) if m.button_data][0]
    toast = await tg.press(TOM, group_card, f"v1:ics:{event_id}")
    assert "calendar" in toast
    docs = tg.fake.ok_calls("sendDocument")
    assert len(docs) == 1 and docs[0].params["chat_id"] == TOM["id"]
    filename, content = docs[0].files["document"]
    assert filename.endswith(".ics") and b"BEGIN:VCALENDAR" in content
    # Refused privately: one short note in the group, with a link opening this event.
    tg.fake.not_started.add(NINA["id"])
    await tg.press(NINA, group_card, f"v1:ics:{event_id}")
    note = tg.fake.chat(GROUP)[-1]
    assert f"?start=event_{event_id}" in note.visible


async def test_unknown_or_cancelled_buttons_answer_a_toast(tg: Harness) -> None:
    event_id = await new_event(tg)
    card = card_messages(tg.fake.chat(ORGA["id"]))[0]
    assert "plus valable" in await tg.press(LEA, card, "garbage:::")
    assert "plus valable" in await tg.press(LEA, card, "v9:rsvp:1:going")
    await tg.say(ORGA, f"/cancelevent {event_id} confirmer")
    assert "annulé" in await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    # The cancelled card lost its buttons.
    assert card.button_data == [] and "ANNULÉ" in card.visible


async def test_burst_of_presses_is_coalesced_and_shows_the_last_state(
        fake: FakeTelegram, tmp_path: Path) -> None:
    tg = await start_harness(fake, tmp_path, card_interval=0.05)
    try:
        event_id = await new_event(tg, "Ciné | 2026-12-05 20:00 | 50")
        await tg.say(ORGA, f"/announce {event_id}")
        edits_before = len(fake.ok_calls("editMessageText"))
        card = [m for m in fake.chat(GROUP) if m.button_data][0]
        presses = 30
        for n in range(presses):
            fake.press(user(5000 + n, f"Parent{n}"), card, f"v1:rsvp:{event_id}:going")
        tg.pushed += presses
        await tg.settle()
        edits = fake.ok_calls("editMessageText")[edits_before:]
        assert len(edits) < presses  # over three copies, not 3 x 30
        for chat_id in (GROUP, NEWS, ORGA["id"]):
            assert len([e for e in edits if e.params["chat_id"] == chat_id]) < presses
            last = [m for m in fake.chat(chat_id) if m.button_data][-1]
            assert "30/50" in last.visible, last.visible
    finally:
        await tg.close()


async def test_user_text_is_escaped(tg: Harness) -> None:
    replies = await tg.say(ORGA, "/newevent <Tom & Jerry> | 2026-12-05 20:00 | 3")
    card = card_messages(replies)[0]
    assert "&lt;Tom &amp; Jerry&gt;" in card.text
    assert "<Tom & Jerry>" in card.visible
    assert "<Tom & Jerry>" in replies[0].visible
    toast = await tg.press(LEA, card, f"v1:rsvp:{card.button_data[0].split(':')[2]}:going")
    assert toast.startswith("Inscrit")
    assert "<Tom & Jerry>" in card.visible and "1/3" in card.visible


# -- delivery faults ----------------------------------------------------------------------


async def test_flood_limit_retry_after_is_honoured_then_delivered(tg: Harness) -> None:
    tg.fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    replies = await tg.say(LEA, "/events")
    assert len(replies) == 1
    sends = [c for c in tg.fake.calls if c.method == "sendMessage"]
    assert [c.status for c in sends] == [429, 200]
    assert sends[1].at - sends[0].at >= 1.0
    assert tg.adapter.limiter.floods == 1


async def test_server_errors_and_timeouts_are_retried(tg: Harness) -> None:
    tg.fake.fail("sendMessage", 502, "Bad Gateway", times=2)
    tg.fake.fail("sendMessage", 500, "Internal Server Error")
    replies = await tg.say(LEA, "/events")
    assert len(replies) == 1
    assert [c.status for c in tg.fake.calls if c.method == "sendMessage"] == [502, 502, 500, 200]


async def test_timeouts_are_retried(fake: FakeTelegram, tmp_path: Path) -> None:
    tg = await start_harness(fake, tmp_path, read_timeout=0.2)
    try:
        fake.fail("sendMessage", 500, "too late anyway", delay=0.6)
        replies = await tg.say(LEA, "/events")
        assert len(replies) == 1 and len(fake.ok_calls("sendMessage")) == 1
    finally:
        await tg.close()


async def test_pacing_keeps_under_the_server_limits(tmp_path: Path) -> None:
    """The same limits as Telegram's, on a shorter clock: a burst to many members, to one
    member and to a group arrives whole, in order, without a single 429."""
    server = ServerLimits(overall_per_second=6, per_chat_per_second=1, per_group_per_minute=3,
                          second=0.2, minute=0.5)
    limits = Limits(overall=6, overall_period=0.21, per_chat=1, per_chat_period=0.21,
                    per_group=3, per_group_period=0.51, backoff=0.01)
    async with FakeTelegram(TOKEN, limits=server) as fake:
        tg = await start_harness(fake, tmp_path, limits=limits)
        try:
            started = time.monotonic()
            await asyncio.gather(
                *(tg.adapter.send_private(str(3000 + n), Reply(f"rappel {n}")) for n in range(18)),
                *(tg.adapter.send_private("3999", Reply(f"suite {n}")) for n in range(3)),
                *(tg.adapter.send(str(OTHER_GROUP), Reply(f"groupe {n}")) for n in range(6)))
            elapsed = time.monotonic() - started
        finally:
            await tg.close()
    assert fake.http_429 == 0
    assert len(fake.ok_calls("sendMessage")) == 27
    assert [m.visible for m in fake.chat(3999)] == ["suite 0", "suite 1", "suite 2"]
    assert [m.visible for m in fake.chat(OTHER_GROUP)] == [f"groupe {n}" for n in range(6)]
    assert elapsed < 3


async def test_private_messages_refused_raise_unreachable(tg: Harness) -> None:
    fake = tg.fake
    fake.not_started.add(2101)
    fake.blocked.add(2102)
    fake.deactivated.add(2103)
    with pytest.raises(Unreachable) as never_started:
        await tg.adapter.send_private("2101", Reply("Rappel"))
    assert never_started.value.permanent is False
    for user_id in ("2102", "2103"):
        with pytest.raises(Unreachable) as gone:
            await tg.adapter.send_private(user_id, Reply("Rappel"))
        assert gone.value.permanent is True
    await tg.adapter.send_private("2104", Reply("Rappel <demain>"))
    assert fake.chat(2104)[0].visible == "Rappel <demain>"


async def test_member_who_never_started_is_told_with_a_deep_link(tg: Harness) -> None:
    """A waitlist promotion that cannot be delivered: the member hears about it in the group
    the next time they press, with a link to the private chat."""
    event_id = await new_event(tg, "Atelier | 2026-12-05 20:00 | 1")
    await tg.say(ORGA, f"/announce {event_id}")
    card = [m for m in tg.fake.chat(GROUP) if m.button_data][0]
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    tg.fake.not_started.add(NINA["id"])
    assert "position 1" in await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:no")  # Nina is promoted, privately: refused
    toast = await tg.press(NINA, card, f"v1:rsvp:{event_id}:going")
    assert toast.startswith("Inscrit")
    note = tg.fake.chat(GROUP)[-1]
    assert f"https://t.me/{BOT_USERNAME}?start=" in note.visible


async def test_long_text_is_split_on_paragraphs(tg: Harness) -> None:
    paragraphs = [f"Paragraphe {n} : " + "é" * 300 + " <&>" for n in range(40)]
    await tg.adapter.send(str(LEA["id"]), Reply("\n\n".join(paragraphs)))
    pieces = tg.fake.chat(LEA["id"])
    assert len(pieces) >= 3
    assert all(len(p.visible) <= 4096 for p in pieces)
    shown = [para for p in pieces for para in p.visible.split("\n\n")]
    assert shown == paragraphs


async def test_edits_that_change_nothing_are_not_errors(tg: Harness) -> None:
    event_id = await new_event(tg)
    card_message = card_messages(tg.fake.chat(ORGA["id"]))[0]
    chat, message = str(ORGA["id"]), str(card_message.message_id)
    event = await tg.core.storage.events.get(event_id)
    assert event is not None
    built = build_card(event, await tg.core.storage.rsvps.counts(event_id))
    edits = len(tg.fake.calls)
    await tg.adapter.edit_card(chat, message, built)  # same content: no request at all
    assert len(tg.fake.calls) == edits
    tg.adapter._shown.clear()
    await tg.adapter.edit_card(chat, message, built)  # Telegram says "not modified"
    assert tg.fake.calls[-1].status == 400
    with pytest.raises(CardGone):  # deleted message: the core takes it off the record
        await tg.adapter.edit_card(chat, "999", built)


# -- shutdown -----------------------------------------------------------------------------


async def test_graceful_shutdown_finishes_in_flight_replies(fake: FakeTelegram,
                                                          tmp_path: Path) -> None:
    limits = Limits(overall=0, per_chat=0, per_group=0, backoff=0.3)
    tg = await start_harness(fake, tmp_path, limits=limits)
    fake.fail("sendMessage", 502, "Bad Gateway")
    fake.send_text(LEA, private_chat(LEA), "/events")
    await fake.wait_for(lambda: [c for c in fake.calls if c.status == 502])
    started = time.monotonic()
    await tg.adapter.stop()
    assert time.monotonic() - started < 5
    assert len(fake.ok_calls("sendMessage")) == 1  # delivered during the drain
    polls = fake.ok_calls("getUpdates")
    assert polls[-1].params.get("timeout") == 0  # the last poll confirms what was read
    await tg.adapter.stop()  # twice is harmless
    await tg.core.idle()
    await tg.core.storage.close()


async def test_shutdown_lets_pending_card_refreshes_go_out(fake: FakeTelegram,
                                                           tmp_path: Path) -> None:
    tg = await start_harness(fake, tmp_path, card_interval=0.2)
    event_id = await new_event(tg, "Jeux | 2026-12-05 20:00 | 10")
    await tg.say(ORGA, f"/announce {event_id}")
    card = [m for m in fake.chat(GROUP) if m.button_data][0]
    fake.press(LEA, card, f"v1:rsvp:{event_id}:going")
    fake.press(TOM, card, f"v1:rsvp:{event_id}:going")
    tg.pushed += 2
    await tg.adapter.wait_handled(tg.pushed)
    await tg.adapter.stop()  # the second refresh is still waiting out card_interval
    for chat_id in (GROUP, NEWS, ORGA["id"]):
        assert "2/10" in [m for m in fake.chat(chat_id) if m.button_data][-1].visible
    await tg.core.storage.close()


async def test_bad_token_fails_start_cleanly(fake: FakeTelegram, tmp_path: Path) -> None:
    from telegram.error import InvalidToken

    settings = settings_for(fake, tmp_path, telegram_token="654321:WRONG-TOKEN-abcdefghijkl")
    core = await create_core(settings, card_interval=0, seed_demo=False)
    adapter = TelegramAdapter(settings, limits=FAST, poll_timeout=1)
    with pytest.raises(InvalidToken):
        await adapter.start(core)
    await adapter.stop()  # nothing left to stop
    await core.storage.close()
    with pytest.raises(ValueError, match="TELEGRAM_BOT_TOKEN"):
        TelegramAdapter(Settings())


# -- an urgent lane ahead of fan-outs -----------------------------------------------------


def _people(count: int, first: int = 7000) -> list[Recipient]:
    return [Recipient(member_id=n + 1, platform="telegram", platform_user_id=str(first + n),
                      display_name=f"Parent {n}", language="fr", seats=1)
            for n in range(count)]


async def test_replies_and_card_edits_go_ahead_of_a_fanout(tmp_path: Path) -> None:
    """While 40 reminders wait for their slots, a member's command is answered and the card
    a member pressed shows the new count before most of the reminders have left."""
    limits = Limits(overall=10, overall_period=0.2, per_chat=0, per_group=0, backoff=0.01)
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path, limits=limits)
        try:
            event_id = await new_event(tg, "Ciné | 2026-12-05 20:00 | 50")
            await tg.say(ORGA, f"/announce {event_id}")
            card = [m for m in fake.chat(GROUP) if m.button_data][0]
            start = len(fake.calls)
            tg.core.notify_all(_people(40), lambda: Reply("Rappel : ciné demain"))
            fake.press(LEA, card, f"v1:rsvp:{event_id}:going")
            fake.send_text(TOM, private_chat(TOM), "/events")
            tg.pushed += 2
            await tg.settle()
        finally:
            await tg.close()
    calls = [c for c in fake.calls[start:] if c.status == 200]
    bulk = [i for i, c in enumerate(calls)
            if c.method == "sendMessage" and int(c.params["chat_id"]) >= 7000]
    edit = next(i for i, c in enumerate(calls)
                if c.method == "editMessageText" and c.params["chat_id"] == GROUP)
    reply = next(i for i, c in enumerate(calls)
                 if c.method == "sendMessage" and c.params["chat_id"] == TOM["id"])
    assert len(bulk) == 40
    assert len([i for i in bulk if i > edit]) >= 30, "the card waited behind the reminders"
    assert len([i for i in bulk if i > reply]) >= 30, "the reply waited behind the reminders"
    assert "1/50" in [m for m in fake.chat(GROUP) if m.button_data][-1].visible


async def test_fanout_slots_are_spaced_evenly_not_in_bursts(tmp_path: Path) -> None:
    """30 a second means one every ~34 ms, not 30 at once and then a second of silence: a
    reply arriving meanwhile never waits for the next window."""
    limits = Limits(overall=5, overall_period=0.25, per_chat=0, per_group=0, backoff=0.01)
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path, limits=limits)
        try:
            start = len(fake.calls)
            tg.core.notify_all(_people(15), lambda: Reply("Rappel"))
            await tg.core.idle()
        finally:
            await tg.close()
    stamps = [c.at for c in fake.calls[start:] if c.method == "sendMessage"]
    # Even spacing is 50 ms (a late wake-up may bring two closer); a burst is ~1 ms apart.
    spans = [b - a for a, b in zip(stamps, stamps[2:], strict=False)]
    assert len(stamps) == 15 and fake.http_429 == 0
    assert min(spans) >= 0.04, spans
    assert stamps[-1] - stamps[0] < 14 * 0.05 * 1.3


async def test_a_card_waiting_for_its_group_slot_goes_out_with_the_latest_counts(
        tmp_path: Path) -> None:
    """A group takes ~20 messages a minute: an edit waiting for its slot shows the answers
    given meanwhile, instead of an old count now and the new one a whole slot later."""
    limits = Limits(overall=0, per_chat=0, per_group=1, per_group_period=0.6, backoff=0.01)
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path, limits=limits)
        try:
            event_id = await new_event(tg, "Ciné | 2026-12-05 20:00 | 50")
            await tg.say(ORGA, f"/announce {event_id}")  # takes the group's slot
            card = [m for m in fake.chat(GROUP) if m.button_data][0]
            edits = len(fake.ok_calls("editMessageText"))
            fake.press(LEA, card, f"v1:rsvp:{event_id}:going")
            tg.pushed += 1
            await tg.adapter.wait_handled(tg.pushed)
            fake.press(TOM, card, f"v1:rsvp:{event_id}:going")
            tg.pushed += 1
            await tg.settle()
        finally:
            await tg.close()
    shown = [c for c in fake.ok_calls("editMessageText")[edits:] if c.params["chat_id"] == GROUP]
    assert len(shown) == 1, [c.params["text"] for c in shown]
    assert "2/50" in [m for m in fake.chat(GROUP) if m.button_data][-1].visible


async def test_card_edits_in_a_group_are_spread_over_its_minute(tmp_path: Path) -> None:
    """A group takes ~20 messages a minute: a busy card uses them one every ~3 s, not all
    within seconds and then nothing for the rest of the minute."""
    limits = Limits(overall=0, per_chat=0, per_group=4, per_group_period=0.8, backoff=0.01)
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path, limits=limits)
        try:
            event_id = await new_event(tg, "Ciné | 2026-12-05 20:00 | 50")
            await tg.say(ORGA, f"/announce {event_id}")
            card = [m for m in fake.chat(GROUP) if m.button_data][0]
            for n in range(3):
                await tg.press(user(5000 + n, f"Parent{n}"), card, f"v1:rsvp:{event_id}:going")
        finally:
            await tg.close()
    stamps = [c.at for c in fake.calls if c.params.get("chat_id") == GROUP and c.status == 200]
    gaps = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
    assert len(stamps) == 4 and fake.http_429 == 0
    assert min(gaps) >= 0.18, gaps  # 0.8 s / 4
    assert "3/50" in [m for m in fake.chat(GROUP) if m.button_data][-1].visible
