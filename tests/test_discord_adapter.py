"""The Discord adapter driven end to end: real discord.py, real core and SQLite, fake Discord.

discord.py's hard-coded REST base and gateway are pointed at `tests/fakes/discord_api.py` on
127.0.0.1; interactions arrive over the gateway exactly as Discord sends them, and every
answer is read back from the calls the fake recorded. Nothing sleeps for a fixed time: tests
wait for recorded calls, for the adapter to be idle and for the core's background work.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import pytest

from bot import i18n
from bot.adapters.discord import DiscordAdapter
from bot.adapters.discord.adapter import PERMISSIONS
from bot.adapters.discord.slash import option_name
from bot.app import create_core
from bot.config import Settings
from bot.context import Context
from bot.core import Core
from bot.i18n import t, using
from bot.messages import Button, Reply
from bot.platform import Platform, Unreachable
from bot.router import Router
from bot.spec import CommandSpec, Param
from fakes.discord_api import (
    APP_ID,
    CHANNEL_ID,
    FOREIGN_CHANNEL_ID,
    GUILD_ID,
    MANAGE_EVENTS,
    ORGANISER,
    ORGANIZER_ROLE_ID,
    OTHER_GUILD_ID,
    Call,
    FakeDiscord,
    Member,
    command_problems,
    path_starts,
)
from recording import NOW, Clock

ALICE, BOB, ORGA, MANON, MALLORY = 1001, 1002, 1003, 1004, 1005
ADMINISTRATOR = 1 << 3
MEMBERS = [
    Member(ALICE, "Alice"),
    Member(BOB, "Bob"),
    Member(ORGA, "Orga", roles=(ORGANIZER_ROLE_ID,)),
    Member(MANON, "Manon", permissions=ORGANISER),
    # Everything a server admin can have, but only ever acting from another server.
    Member(MALLORY, "Mallory", roles=(ORGANIZER_ROLE_ID,),
           permissions=ORGANISER | ADMINISTRATOR),
]
EPHEMERAL = 64


@dataclass
class Answer:
    """Everything Discord received in answer to one interaction."""

    calls: list[Call]

    def _bodies(self) -> list[dict[str, Any]]:
        out = []
        for call in self.calls:
            body = call.json or {}
            out.append(body.get("data") or {} if "/callback" in call.path else body)
        return out

    @property
    def types(self) -> list[int]:
        return [c.json["type"] for c in self.calls if "/callback" in c.path]

    @property
    def texts(self) -> list[str]:
        return [b.get("content") or "" for b in self._bodies() if b.get("content")]

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    @property
    def ephemeral(self) -> list[bool]:
        return [bool(int(b.get("flags") or 0) & EPHEMERAL) for b in self._bodies()
                if b.get("content") or b.get("embeds") or b.get("attachments")]

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return [e for b in self._bodies() for e in b.get("embeds") or []]

    @property
    def files(self) -> dict[str, bytes]:
        return {k: v for c in self.calls for k, v in c.files.items()}


@dataclass
class Harness:
    fake: FakeDiscord
    core: Core
    adapter: DiscordAdapter
    clock: Clock

    async def run(self, payload: dict[str, Any]) -> Answer:
        iid = await self.fake.deliver(payload)
        await self.fake.wait_for(path_starts(f"/interactions/{iid}/"))
        await self.settle()
        token = payload["token"]
        return Answer([c for c in self.fake.calls
                       if c.path.startswith(f"/interactions/{iid}/")
                       or c.path.startswith(f"/webhooks/{APP_ID}/{token}")])

    async def settle(self) -> None:
        await self.adapter.idle()
        await self.core.idle()

    async def command(self, name: str, options: dict[str, Any] | None = None, *,
                      user: int = ALICE, locale: str = "fr", **kw: Any) -> Answer:
        return await self.run(self.fake.slash(name, options, user=user, locale=locale, **kw))

    async def press(self, message_id: int, custom_id: str, *, user: int = ALICE,
                    locale: str = "fr") -> Answer:
        return await self.run(self.fake.press(message_id, custom_id, user=user, locale=locale))

    def cards_in(self, channel_id: int) -> list[dict[str, Any]]:
        return [m for m in self.fake.messages.values()
                if int(m["channel_id"]) == channel_id and m["embeds"]]

    async def new_event(self, title: str = "Ciné-club", capacity: int = 3) -> int:
        answer = await self.command("newevent", {"title": title, "when": "vendredi 20h",
                                                 "capacity": capacity, "kind": "screening"},
                                    user=ORGA)
        assert "#" in answer.text, answer.text
        events = await self.core.storage.events.upcoming(self.clock(), 100)
        return max(e.id for e in events)

    async def announce(self, event_id: int) -> dict[str, Any]:
        await self.command("announce", {"text": str(event_id)}, user=ORGA)
        return self.cards_in(CHANNEL_ID)[-1]


def held_back(core: Core) -> asyncio.Event:
    """Answers wait until the returned gate is set: a slow core, on demand, without sleeping."""
    gate = asyncio.Event()
    handle = core.handle

    async def slow(incoming: Any) -> list[Reply]:
        await gate.wait()
        return await handle(incoming)

    core.handle = slow  # type: ignore[method-assign]
    return gate


def seats_of(message: dict[str, Any]) -> str:
    return next(f["value"] for f in message["embeds"][0]["fields"] if f["name"] == "👥")


def custom_ids(message: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in message["components"] for c in row["components"]]


def settings_for(db_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_path": db_path, "discord_token": "x" * 59, "discord_guild_ids": (GUILD_ID,),
        "discord_announce_channel_ids": (CHANNEL_ID,),
        "discord_organizer_role_ids": (ORGANIZER_ROLE_ID,),
    }
    values.update(overrides)
    return Settings(**values)


async def launch(fake: FakeDiscord, db_path: Path, clock: Clock, **overrides: Any) -> Harness:
    settings = settings_for(db_path, **overrides)
    core = await create_core(settings, clock=clock, card_interval=0, seed_demo=False)
    adapter = DiscordAdapter(settings, ready_timeout=0.01)
    core.add_adapter(adapter)
    await adapter.start(core)
    return Harness(fake, core, adapter, clock)


async def shutdown(harness: Harness) -> None:
    await harness.settle()
    await harness.adapter.stop()
    await harness.core.storage.close()


@asynccontextmanager
async def running(db_path: Path, clock: Clock | None = None) -> AsyncIterator[Harness]:
    """The bot on a fake Discord of MEMBERS, for other test files' `dc` fixtures."""
    async with FakeDiscord(members=MEMBERS) as server:
        harness = await launch(server, db_path, clock or Clock(NOW))
        try:
            yield harness
        finally:
            await shutdown(harness)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(members=MEMBERS) as server:
        yield server


@pytest.fixture
async def dc(fake: FakeDiscord, db_path: Path) -> AsyncIterator[Harness]:
    harness = await launch(fake, db_path, Clock(NOW))
    yield harness
    await shutdown(harness)


# -- start-up and registration --------------------------------------------------------------

# Today's 25 commands of /help, members' and organisers'; 8 of them were missing on Discord.
TODAY = {"help", "events", "event", "rsvp", "myevents", "ics", "faq", "language", "mydata",
         "forgetme", "reminders", "newevent", "editevent", "cancelevent", "announce",
         "attendees", "faqset", "faqdel", "newseries", "series", "editseries", "cancelseries",
         "announcelater", "scheduled", "unschedule"}
INTEGER, STRING, ATTACHMENT = 4, 3, 11


def from_spec(spec: CommandSpec) -> list[dict[str, Any]]:
    """What Discord must hold for a spec's options, read from the spec alone."""
    wanted = []
    for param in spec.params:
        if "discord" not in (getattr(param, "platforms", ()) or ("discord",)):
            continue  # another platform's only (Telegram's deep-link payload): no option
        # A spec that also runs with no value at all (`bare`) has no required option, unless
        # it keeps them on Discord (`bare_on_discord`).
        option: dict[str, Any] = {"name": param.name,
                                  "required": param.required and (
                                      spec.bare is None or not spec.bare_on_discord),
                                  "type": INTEGER if param.kind in ("event", "int") else STRING}
        if param.kind == "event":
            option.update(autocomplete=True, min_value=1)
        elif param.kind == "int":
            option.update(min_value=param.minimum, max_value=param.maximum)
        elif param.kind == "choice":
            option["choices"] = list(param.values)
        else:
            option["max_length"] = param.max_length
        wanted.append(option)
    if spec.takes_image:  # the picture: an optional attachment option
        wanted.append({"name": "image", "required": False, "type": ATTACHMENT,
                       "max_length": None})
    return wanted


def from_discord(definition: dict[str, Any], spec: CommandSpec) -> list[dict[str, Any]]:
    """The same facts, read from what was synced."""
    found = []
    for option in definition.get("options", []):
        kind = next((p.kind for p in spec.params if p.name == option["name"]), None)
        seen: dict[str, Any] = {"name": option["name"], "required": bool(option.get("required")),
                                "type": option["type"]}
        if kind == "event":
            seen.update(autocomplete=option.get("autocomplete"), min_value=option["min_value"])
        elif kind == "int":
            seen.update(min_value=option["min_value"], max_value=option["max_value"])
        elif kind == "choice":
            seen["choices"] = [c["value"] for c in option["choices"]]
        else:
            seen["max_length"] = option.get("max_length")
        found.append(seen)
    return found


def localised_in(locale: str, key: str) -> str:
    with using(locale):
        return t(key)


@pytest.mark.parametrize("mode", ["ignore", "members"])
async def test_every_command_of_the_router_is_a_slash_command_exactly(
        fake: FakeDiscord, db_path: Path, mode: str) -> None:
    """Issue 9: the router's specs and Discord's commands are the same list, options and
    all, for members and organisers; nothing is written twice, so nothing can be missing."""
    harness = await launch(fake, db_path, Clock(NOW), discord_other_servers=mode)
    try:
        specs = {s.name: s for s in harness.core.router.for_platform("discord")}
        assert TODAY <= set(specs)
        assert not fake.refused  # Discord would accept every definition
        ours, everywhere = fake.registered[str(GUILD_ID)], fake.registered["global"]
        assert not set(ours) & set(everywhere)  # never listed twice in our server
        assert set(ours) | set(everywhere) == set(specs)
        for name, spec in specs.items():
            if spec.organizer or mode == "ignore":
                assert name in ours, name
            else:
                assert name in everywhere, name
            definition = fake.commands[name]
            assert from_discord(definition, spec) == from_spec(spec), name
            permissions = definition["default_member_permissions"]
            if spec.organizer:
                assert int(permissions) == MANAGE_EVENTS and definition["contexts"] == [0]
            else:
                assert permissions is None, name
            french = next((a for a in (spec.french_name, *spec.aliases)
                           if re.fullmatch(r"[a-z0-9_-]{1,32}", a)), name)
            assert definition["name_localizations"]["fr"] == french, name
            assert definition["description_localizations"]["fr"] == localised_in(
                "fr", spec.help_key)[:100], name
            assert definition["description"] == localised_in("en", spec.help_key)[:100]
            options = definition.get("options", [])
            options = options[:-1] if spec.takes_image else options  # the picture, last
            params = [p for p in spec.params
                      if "discord" in (getattr(p, "platforms", ()) or ("discord",))]
            for option, param in zip(options, params, strict=True):
                for locale, shown in (("fr", "fr"), ("en", "en-GB")):
                    label = localised_in(locale, param.label_key)
                    assert option["name_localizations"][shown] in (
                        option_name(label, param.name), param.name), (name, param.name)
                for value, choice in zip(param.values, option.get("choices", []), strict=True):
                    assert choice["name_localizations"]["fr"] == localised_in(
                        "fr", f"choice.{param.name}.{value}")[:100]
    finally:
        await shutdown(harness)


async def test_registration_in_french_and_english(
        dc: Harness, caplog: pytest.LogCaptureFixture) -> None:
    fake = dc.fake
    assert isinstance(dc.adapter, Platform) and dc.adapter.capabilities.native_events
    assert fake.identifies == 1
    # Nothing privileged: servers, the private chats' messages (session 5), and server
    # messages, whose text comes only when they mention the bot (session 7), reactions
    # (session 8: ✅ on a card is no answer, the member is told).
    assert fake.identify["intents"] == discord.Intents(
        guilds=True, dm_messages=True, guild_messages=True, guild_reactions=True,
        dm_reactions=True).value
    [sync] = [s for s in fake.synced if "/guilds/" in s["path"]]
    assert sync["path"] == f"applications/{APP_ID}/guilds/{GUILD_ID}/commands"
    # Nothing global by default: commands left there by an older setup are removed.
    assert fake.registered["global"] == {}

    rsvp = fake.commands["rsvp"]
    assert rsvp["name_localizations"]["fr"] == "participer"
    assert rsvp["description_localizations"]["fr"].lower().startswith("répondre")
    assert rsvp["description_localizations"]["en-US"].lower().startswith("answer")
    event, answer, guests, children = rsvp["options"]
    assert (event["type"], event["autocomplete"], event["min_value"]) == (4, True, 1)
    assert event["name_localizations"]["fr"].isascii()
    assert [c["value"] for c in answer["choices"]] == ["going", "maybe", "no"]
    assert answer["choices"][0]["name_localizations"]["fr"] == "Je viens"
    assert (guests["min_value"], guests["max_value"]) == (0, 9)
    kinds = next(o for o in fake.commands["newevent"]["options"] if o["name"] == "kind")
    assert "screening" in [c["value"] for c in kinds["choices"]]
    assert fake.commands["events"]["name_localizations"]["fr"] == "evenements"

    url = dc.adapter.invite_url()
    assert f"client_id={APP_ID}" in url and f"permissions={PERMISSIONS.value}" in url
    assert "applications.commands" in url
    assert PERMISSIONS == discord.Permissions(send_messages=True, embed_links=True,
                                              attach_files=True, manage_events=True,
                                              use_application_commands=True)


def test_the_fake_refuses_definitions_discord_would_refuse() -> None:
    """So that "the fake accepted every command" means Discord would too."""
    good = {"name": "rsvp", "description": "answer", "name_localizations": {"fr": "participer"},
            "options": [{"name": "event", "description": "the event", "type": 4,
                         "required": True, "name_localizations": {"fr": "numero"}}]}
    assert command_problems(good) == []
    bad = {"name": "RSVP now", "description": "x" * 101,
           "options": [{"name": "answer", "description": "a", "type": 3, "required": False,
                        "name_localizations": {"fr": "réponse libre"}},
                       {"name": "event", "description": "", "type": 4, "required": True,
                        "choices": [{"name": "a", "value": 1}], "autocomplete": True,
                        "name_localizations": {"fr": "reponse"}}]}
    problems = " ".join(command_problems(bad))
    for expected in ("invalid name 'RSVP now'", "1-100", "'réponse libre'",
                     "required option after an optional one", "choices and autocomplete"):
        assert expected in problems


PING_STRINGS = {
    "help.ping": {"fr": "tester le bot", "en": "test the bot"},
    "param.times": {"fr": "fois", "en": "times"},
    "param.tone": {"fr": "ton", "en": "tone"},
    "optdesc.ping.times": {"fr": "Combien de fois", "en": "How many times"},
    "optdesc.ping.tone": {"fr": "Le ton", "en": "The tone"},
    "choice.tone.warm": {"fr": "Chaleureux", "en": "Warm"},
    "choice.tone.short": {"fr": "Bref", "en": "Short"},
    "word.tone.warm": {"fr": "chaleureux", "en": "warm"},
    "word.tone.short": {"fr": "bref", "en": "short"},
}


async def test_a_new_spec_is_a_slash_command_with_no_discord_code(
        fake: FakeDiscord, db_path: Path) -> None:
    """Adding a command is one spec: Discord shows it, and its options reach the handler
    parsed by the same parser as typed text."""
    seen: list[dict[str, Any]] = []

    async def ping(ctx: Context) -> None:
        seen.append(dict(ctx.values))
        ctx.reply("pong")

    i18n.add_strings(PING_STRINGS)
    settings = settings_for(db_path)
    core = await create_core(settings, clock=Clock(NOW), card_interval=0, seed_demo=False)
    core.router.add(CommandSpec("ping", ping, aliases=("coucou",), params=(
        Param("event", "event"),
        Param("times", "int", required=False, minimum=1, maximum=3),
        Param("tone", "choice", required=False, values=("warm", "short")))))
    adapter = DiscordAdapter(settings, ready_timeout=0.01)
    core.add_adapter(adapter)
    await adapter.start(core)
    harness = Harness(fake, core, adapter, Clock(NOW))
    try:
        ping_command = fake.registered[str(GUILD_ID)]["ping"]
        assert ping_command["name_localizations"]["fr"] == "coucou"
        assert [(o["name"], o["type"], o.get("required", False))
                for o in ping_command["options"]] == [
            ("event", 4, True), ("times", 4, False), ("tone", 3, False)]
        assert ping_command["options"][2]["choices"][0]["name_localizations"]["fr"] == (
            "Chaleureux")
        answer = await harness.command("ping", {"event": 12, "times": 2, "tone": "short"})
        assert answer.text == "pong"
        assert seen == [{"event": 12, "times": 2, "tone": "short"}]
        await harness.command("ping", {"event": 7})
        assert seen[-1] == {"event": 7, "times": None, "tone": None}
    finally:
        await shutdown(harness)


async def test_members_mode_serves_members_everywhere_and_organisers_only_at_home(
        fake: FakeDiscord, db_path: Path) -> None:
    harness = await launch(fake, db_path, Clock(NOW), discord_other_servers="members")
    try:
        ours, everywhere = fake.registered[str(GUILD_ID)], fake.registered["global"]
        assert {"newevent", "attendees", "announce"} <= set(ours)
        assert {"help", "events", "rsvp"} <= set(everywhere)
        assert not set(ours) & set(everywhere)  # no command listed twice in our server
        assert all(int(c["default_member_permissions"] or 0) != MANAGE_EVENTS
                   for c in everywhere.values())

        answer = await harness.command("help", user=ALICE, dm=True)
        assert "/evenements" in answer.text
        event_id = await harness.new_event("Ciné-club")
        listed = await harness.command("events", user=MALLORY, guild_id=OTHER_GUILD_ID)
        assert f"#{event_id} · Ciné-club" in listed.text
        going = await harness.command("rsvp", {"event": event_id}, user=MALLORY,
                                      guild_id=OTHER_GUILD_ID)
        assert going.texts and "serveur du Focus" not in going.text
        assert (await harness.core.storage.rsvps.counts(event_id)).going_seats == 1
    finally:
        await shutdown(harness)


def sample_options(definition: dict[str, Any], event_id: int) -> dict[str, Any]:
    """A plausible value for every option of a synced command (an attacker fills them all)."""
    values: dict[str, Any] = {}
    for option in definition.get("options", []):
        if option.get("choices"):
            values[option["name"]] = option["choices"][0]["value"]
        elif option["type"] == 4:
            values[option["name"]] = event_id
        elif option["type"] == 5:
            values[option["name"]] = True
        elif option["type"] == ATTACHMENT:  # a picture (never fetched for an intruder)
            values[option["name"]] = {"id": "1", "filename": "x.jpg", "size": 3,
                                      "url": "http://127.0.0.1:9/x.jpg",
                                      "proxy_url": "http://127.0.0.1:9/x.jpg"}
        elif option["name"] == "when":
            values[option["name"]] = "samedi 15h"
        elif option["name"] == "price":
            values[option["name"]] = "5"
        else:
            values[option["name"]] = "Intrus"
    return values


@pytest.mark.parametrize("mode", ["ignore", "members"])
async def test_manage_events_in_another_server_grants_no_organiser_right(
        fake: FakeDiscord, db_path: Path, mode: str) -> None:
    """Issue 8: the bot invited elsewhere must not let that server's admins read minors'
    names, announce, edit or cancel; every organiser command is tried."""
    harness = await launch(fake, db_path, Clock(NOW), discord_other_servers=mode)
    try:
        event_id = await harness.new_event("Ciné-club", capacity=5)
        await harness.announce(event_id)
        for user in (ALICE, BOB):
            await harness.command("rsvp", {"event": event_id}, user=user)
        before = [(e.id, e.title, e.place) for e in
                  await harness.core.storage.events.upcoming(NOW, 100)]
        messages_before = len(harness.fake.messages)
        faq_before = await harness.core.storage.faq.overrides()

        organiser = [c.name for c in harness.core.router.commands
                     if c.organizer and Router.available(c, "discord")]
        ours = fake.registered[str(GUILD_ID)]
        reachable = [name for name in organiser if name in ours]
        assert {"newevent", "editevent", "cancelevent", "announce", "attendees", "faqset",
                "faqdel"} <= set(reachable)
        for scope, commands in fake.registered.items():
            if scope != str(GUILD_ID):
                assert not set(organiser) & set(commands), scope  # never registered elsewhere

        for name in reachable:
            answer = await harness.command(name, sample_options(fake.commands[name], event_id),
                                           user=MALLORY, guild_id=OTHER_GUILD_ID)
            shown = answer.text + json.dumps(answer.embeds) + repr(answer.files)
            assert answer.texts, name
            assert "Alice" not in shown and "Bob" not in shown, name
            assert answer.ephemeral and all(answer.ephemeral), name
            assert not answer.files, name
            if mode == "ignore":
                assert "du Focus" in answer.text, name
            else:
                assert "réservée" in answer.text, name

        # Nor in a DM, even for someone with Manage Events in our own server.
        private = await harness.command("attendees", {"event": event_id}, user=MANON, dm=True)
        assert "réservée" in private.text and "Alice" not in private.text
        assert not private.files

        after = [(e.id, e.title, e.place) for e in
                 await harness.core.storage.events.upcoming(NOW, 100)]
        assert after == before
        assert await harness.core.storage.faq.overrides() == faq_before
        # Only the refusals were posted.
        assert len(harness.fake.messages) == messages_before + len(reachable) + 1
        assert not harness.cards_in(FOREIGN_CHANNEL_ID)
        counts = await harness.core.storage.rsvps.counts(event_id)
        assert counts.going_seats == 2
    finally:
        await shutdown(harness)


async def test_ignore_mode_answers_politely_elsewhere_and_nothing_reaches_the_core(
        dc: Harness) -> None:
    event_id = await dc.new_event("Ciné-club")
    card = await dc.announce(event_id)
    handled: list[Any] = []
    handle = dc.core.handle

    async def spy(incoming: Any) -> list[Reply]:
        handled.append(incoming)
        return await handle(incoming)

    dc.core.handle = spy  # type: ignore[method-assign]
    french = await dc.command("events", user=MALLORY, guild_id=OTHER_GUILD_ID)
    english = await dc.command("rsvp", {"event": event_id}, user=MALLORY, locale="en-US",
                               guild_id=OTHER_GUILD_ID)
    assert french.ephemeral == [True]
    assert "Ce bot sert uniquement le serveur du Focus" in french.text
    assert english.ephemeral == [True] and "Le Focus server" in english.text
    # A card copied into the other server (e.g. from before this setting): presses refused.
    copy = dc.fake._new_message(FOREIGN_CHANNEL_ID, {"embeds": card["embeds"],
                                                     "components": card["components"]}, {})
    press = await dc.press(int(copy["id"]), f"v1:rsvp:{event_id}:going", user=MALLORY)
    assert press.ephemeral == [True] and "du Focus" in press.text
    typed = await dc.command("rsvp", {"event": "ciné"}, focused="event", user=MALLORY,
                             guild_id=OTHER_GUILD_ID)
    assert typed.calls[0].json["type"] == 8 and typed.calls[0].json["data"]["choices"] == []
    assert handled == []
    assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 0

    at_home = await dc.command("rsvp", {"event": event_id}, user=MALLORY)
    assert at_home.texts and "serveur du Focus" not in at_home.text
    assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 1


async def test_cards_shown_elsewhere_are_never_mirrored_into_that_server(
        fake: FakeDiscord, db_path: Path) -> None:
    harness = await launch(fake, db_path, Clock(NOW), discord_other_servers="members")
    try:
        event_id = await harness.new_event("Ciné-club")
        shown = await harness.command("event", {"event": event_id}, user=MALLORY,
                                      guild_id=OTHER_GUILD_ID)
        assert shown.embeds and harness.cards_in(FOREIGN_CHANNEL_ID)
        await harness.command("rsvp", {"event": event_id}, user=ALICE)
        [copy] = harness.cards_in(FOREIGN_CHANNEL_ID)
        assert seats_of(copy).startswith("1/3")  # the copy there is still live
        assert not fake.calls_to("", f"/guilds/{OTHER_GUILD_ID}/scheduled-events")
    finally:
        await shutdown(harness)


async def test_a_wrong_token_stops_start_up_cleanly(fake: FakeDiscord, db_path: Path) -> None:
    fake.token = "y" * 59
    settings = settings_for(db_path)
    core = await create_core(settings, clock=Clock(NOW), card_interval=0, seed_demo=False)
    adapter = DiscordAdapter(settings)
    with pytest.raises(discord.LoginFailure):
        await adapter.start(core)
    await adapter.stop()
    await core.storage.close()
    assert fake.identifies == 0


# -- commands ------------------------------------------------------------------------------

async def test_events_lists_in_the_members_language(dc: Harness) -> None:
    answer = await dc.command("events")
    assert answer.types == [4]
    assert "événement" in answer.text.lower()
    event_id = await dc.new_event("Soirée jeux")
    french = await dc.command("events", user=BOB)
    english = await dc.command("events", user=ALICE, locale="en-GB")
    assert f"#{event_id} · Soirée jeux" in french.text
    assert "places" in french.text and "seats" in english.text.lower()


async def test_newevent_by_organisers_and_refused_to_members(dc: Harness) -> None:
    by_role = await dc.command("newevent", {"title": "Atelier photo", "when": "samedi 14h",
                                            "capacity": 8, "kind": "workshop",
                                            "price": "5"}, user=ORGA)
    by_permission = await dc.command("newevent", {"title": "Quiz", "when": "jeudi 19h"},
                                     user=MANON)
    refused = await dc.command("newevent", {"title": "Pirate", "when": "demain 20h"},
                               user=ALICE)
    events = await dc.core.storage.events.upcoming(NOW, 10)
    assert sorted(e.title for e in events) == ["Atelier photo", "Quiz"]
    photo = next(e for e in events if e.title == "Atelier photo")
    assert (photo.capacity, photo.kind, photo.price_cents) == (8, "workshop", 500)
    assert "Atelier photo" in by_role.text and "Quiz" in by_permission.text
    assert "réservée" in refused.text and refused.ephemeral == [True]


async def test_rsvp_with_guests_and_autocomplete(dc: Harness) -> None:
    event_id = await dc.new_event("Ciné-club", capacity=5)
    answer = await dc.command("rsvp", {"event": event_id, "answer": "going", "guests": 2})
    assert answer.types == [4] and answer.texts
    counts = await dc.core.storage.rsvps.counts(event_id)
    assert counts.going_seats == 3

    typed = await dc.command("rsvp", {"event": "ciné"}, focused="event")
    [callback] = typed.calls
    assert callback.json["type"] == 8
    [choice] = callback.json["data"]["choices"]
    assert choice["value"] == event_id and choice["name"].startswith(f"#{event_id} · Ciné-club")
    nothing = await dc.command("rsvp", {"event": "zzz"}, focused="event")
    assert nothing.calls[0].json["data"]["choices"] == []


async def test_bad_input_gets_an_ephemeral_error(dc: Harness) -> None:
    missing = await dc.command("rsvp", {"event": 4242})
    assert missing.ephemeral == [True] and "#4242" in missing.text
    bad_date = await dc.command("newevent", {"title": "X", "when": "quand tu veux"}, user=ORGA)
    assert bad_date.ephemeral == [True] and "/nouvelevenement" in bad_date.text
    # A command Discord still shows but this version no longer has (stale registration).
    payload = dc.fake.slash("events", user=ALICE)
    payload["data"]["name"] = "oldcommand"
    stale = await dc.run(payload)
    assert stale.ephemeral == [True] and "réessayez" in stale.text


async def test_personal_answers_are_ephemeral_and_ics_is_a_file(dc: Harness) -> None:
    event_id = await dc.new_event()
    await dc.command("rsvp", {"event": event_id})
    mine = await dc.command("myevents")
    assert mine.ephemeral == [True] and "Ciné-club" in mine.text
    data = await dc.command("mydata", user=BOB)
    assert data.ephemeral and all(data.ephemeral)
    ics = await dc.command("ics", {"event": event_id})
    [(name, content)] = ics.files.items()
    assert name.endswith(".ics") and b"BEGIN:VCALENDAR" in content
    assert ics.ephemeral == [True]


# -- cards and buttons -----------------------------------------------------------------------

async def test_announced_card_updates_when_members_press(dc: Harness) -> None:
    event_id = await dc.new_event(capacity=3)
    card = await dc.announce(event_id)
    embed = card["embeds"][0]
    assert embed["title"] == f"#{event_id} · Ciné-club"
    assert "<t:" in embed["fields"][0]["value"] and ":R>" in embed["fields"][0]["value"]
    assert seats_of(card).startswith("0/3")
    ids = custom_ids(card)
    assert f"v1:rsvp:{event_id}:going" in ids and f"v1:ics:{event_id}" in ids
    assert all(len(i) <= 100 for i in ids)

    alice = await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=ALICE)
    bob = await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=BOB, locale="en-US")
    assert alice.types == [4] and alice.ephemeral == [True]
    assert bob.ephemeral == [True] and bob.text != alice.text  # each in their language
    assert seats_of(dc.fake.messages[int(card["id"])]).startswith("2/3")

    plus = f"v1:guest:{event_id}:+1v2"  # as the card drawn with 2 seats taken shows it
    assert plus in custom_ids(dc.fake.messages[int(card["id"])])
    guest = await dc.press(int(card["id"]), plus, user=BOB)
    assert guest.ephemeral == [True, True]  # the toast, and the offer to name children
    assert seats_of(dc.fake.messages[int(card["id"])]).startswith("3/3")
    ics = await dc.press(int(card["id"]), f"v1:ics:{event_id}", user=ALICE)
    assert ics.ephemeral == [True] and any(n.endswith(".ics") for n in ics.files)


async def test_screening_from_announcement_to_full_house(dc: Harness) -> None:
    """The issue's "done when": announce, fill up, waitlist, a seat freed, the DM."""
    event_id = await dc.new_event("Projection : Le Havre", capacity=2)
    card = await dc.announce(event_id)
    assert dc.fake.scheduled  # also in the server's Events tab
    message_id = int(card["id"])
    going = f"v1:rsvp:{event_id}:going"
    await dc.press(message_id, going, user=ALICE)
    await dc.press(message_id, going, user=BOB)
    waiting = await dc.press(message_id, going, user=MANON)
    assert "attente" in waiting.text and waiting.ephemeral == [True]
    shown = seats_of(dc.fake.messages[message_id])
    assert shown.startswith("2/2") and "1 en liste d'attente" in shown

    await dc.press(message_id, f"v1:rsvp:{event_id}:no", user=BOB)
    dms = [m for m in dc.fake.messages.values()
           if dc.fake.dm_channels.get(int(m["channel_id"])) == MANON]
    assert len(dms) == 1 and "Le Havre" in dms[0]["content"]
    assert seats_of(dc.fake.messages[message_id]).startswith("2/2")
    assert "attente" not in seats_of(dc.fake.messages[message_id])


async def test_simultaneous_presses_all_count(dc: Harness) -> None:
    event_id = await dc.new_event(capacity=3)
    card = await dc.announce(event_id)
    payloads = [dc.fake.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=u)
                for u in (ALICE, BOB, MANON)]
    ids = await asyncio.gather(*(dc.fake.deliver(p) for p in payloads))
    for iid in ids:
        [callback] = await dc.fake.wait_for(path_starts(f"/interactions/{iid}/"))
        assert callback.json["data"]["flags"] == EPHEMERAL
    await dc.settle()
    assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 3
    assert seats_of(dc.fake.messages[int(card["id"])]).startswith("3/3")


async def test_card_keeps_the_language_it_was_posted_in(dc: Harness) -> None:
    event_id = await dc.new_event()
    await dc.command("language", {"language": "en"}, user=BOB)
    await dc.command("event", {"event": event_id}, user=BOB)
    english = dc.cards_in(CHANNEL_ID)[-1]
    await dc.command("rsvp", {"event": event_id}, user=ALICE)  # French member, French answer
    assert "seats" in seats_of(dc.fake.messages[int(english["id"])])
    assert custom_ids(dc.fake.messages[int(english["id"])])


async def test_buttons_in_a_direct_message(dc: Harness) -> None:
    event_id = await dc.new_event()
    await dc.adapter.send_private(str(BOB), Reply("Rappel : demain !", buttons=(
        Button("Voir", f"v1:event:{event_id}"),)))
    [reminder] = [m for m in dc.fake.messages.values() if m["content"] == "Rappel : demain !"]
    assert custom_ids(reminder) == [f"v1:event:{event_id}"]
    answer = await dc.press(int(reminder["id"]), f"v1:event:{event_id}", user=BOB)
    assert answer.embeds and answer.embeds[0]["title"] == f"#{event_id} · Ciné-club"


async def test_card_shown_by_event_command_stays_live(dc: Harness) -> None:
    event_id = await dc.new_event()
    shown = await dc.command("event", {"event": event_id}, user=BOB)
    assert shown.ephemeral == [False] and shown.embeds
    created, shown_card = dc.cards_in(CHANNEL_ID)  # /newevent also shows the card
    assert shown_card["interaction_id"] == shown.calls[0].path.split("/")[2]
    await dc.command("rsvp", {"event": event_id}, user=ALICE)
    for copy in (created, shown_card):
        assert seats_of(dc.fake.messages[int(copy["id"])]).startswith("1/3")


async def test_buttons_still_work_after_a_restart(fake: FakeDiscord, db_path: Path) -> None:
    clock = Clock(NOW)
    first = await launch(fake, db_path, clock)
    event_id = await first.new_event()
    card = await first.announce(event_id)
    await shutdown(first)

    second = await launch(fake, db_path, clock)  # new client, same database
    try:
        assert fake.identifies == 2
        answer = await second.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=BOB)
        assert answer.ephemeral == [True]
        assert seats_of(fake.messages[int(card["id"])]).startswith("1/3")
    finally:
        await shutdown(second)


async def test_slow_answers_are_deferred_within_the_deadline(dc: Harness) -> None:
    event_id = await dc.new_event()
    card = await dc.announce(event_id)
    dc.adapter.defer_after = 0.05
    gate = held_back(dc.core)

    for payload, deferred_type in (
            (dc.fake.slash("myevents", user=ALICE), 5),
            (dc.fake.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=ALICE), 6)):
        iid = await dc.fake.deliver(payload)
        prefix, token = f"/interactions/{iid}/", f"/webhooks/{APP_ID}/{payload['token']}"
        [callback] = await dc.fake.wait_for(path_starts(prefix))
        assert callback.json["type"] == deferred_type
        assert callback.status == 200  # the fake answers 10062 after 3 s
        gate.set()
        [follow] = await dc.fake.wait_for(path_starts(token))
        assert follow.json["content"]
        await dc.settle()
        gate.clear()
    assert seats_of(dc.fake.messages[int(card["id"])]).startswith("1/3")


async def test_old_card_edit_refusal_is_not_fatal(
        dc: Harness, caplog: pytest.LogCaptureFixture) -> None:
    event_id = await dc.new_event()
    card = await dc.announce(event_id)
    dc.fake.old_messages.add(int(card["id"]))
    with caplog.at_level(logging.WARNING):
        answer = await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going")
    assert answer.ephemeral == [True]
    assert "30046" in caplog.text
    assert "could not update card" not in caplog.text


# -- private messages ----------------------------------------------------------------------

async def test_dm_delivery_and_closed_dms(dc: Harness) -> None:
    await dc.adapter.send_private(str(BOB), Reply("Rappel : ce soir 20h"))
    assert dc.fake.calls_to("POST", "/users/@me/channels")
    dm = [m for m in dc.fake.messages.values() if int(m["channel_id"]) in dc.fake.dm_channels]
    assert dm[-1]["content"] == "Rappel : ce soir 20h"

    dc.fake.dm_closed.add(ALICE)
    with pytest.raises(Unreachable) as refused:
        await dc.adapter.send_private(str(ALICE), Reply("Rappel"))
    assert refused.value.permanent is False

    # Through the core: the member is told once, ephemerally, at their next interaction.
    await dc.command("events", user=ALICE)  # creates the member
    member = await dc.core.storage.members.identify("discord", str(ALICE), "Alice", NOW)
    from storage import Recipient
    who = Recipient(member.id, "discord", str(ALICE), "Alice", None, 1)
    assert await dc.core.notify(who, lambda: Reply("Une place s'est libérée")) is False
    first = await dc.command("events", user=ALICE)
    assert first.ephemeral[0] is True and "message privé" in first.texts[0]
    again = await dc.command("events", user=ALICE)
    assert "message privé" not in again.text


# -- native scheduled events ---------------------------------------------------------------

async def test_announced_event_is_mirrored_as_a_native_event(dc: Harness) -> None:
    event_id = await dc.new_event()
    await dc.announce(event_id)
    [created] = dc.fake.scheduled.values()
    assert created["entity_type"] == 3 and created["privacy_level"] == 2
    assert created["entity_metadata"]["location"]
    assert created["name"] == "Ciné-club"
    assert created["scheduled_start_time"].startswith("2026-11-27T19:00")

    await dc.command("editevent", {"event": event_id, "field": "place", "value": "Salle 2"},
                     user=ORGA)
    assert created["entity_metadata"]["location"] == "Salle 2"
    await dc.command("cancelevent", {"event": event_id, "text": "confirmer"}, user=ORGA)
    assert created["status"] == 4
    card = dc.cards_in(CHANNEL_ID)[-1]
    assert card["embeds"][0]["title"].startswith("~~") and not card["components"]


async def test_mirror_found_again_after_restart(fake: FakeDiscord, db_path: Path) -> None:
    clock = Clock(NOW)
    first = await launch(fake, db_path, clock)
    event_id = await first.new_event()
    await first.announce(event_id)
    await shutdown(first)
    second = await launch(fake, db_path, clock)
    try:
        await second.command("cancelevent", {"event": event_id, "text": "confirmer"},
                             user=ORGA)
        [mirror] = fake.scheduled.values()
        assert mirror["status"] == 4
        assert len(fake.calls_to("POST", "/scheduled-events")) == 1
    finally:
        await shutdown(second)


async def test_mirror_skipped_without_permission(
        dc: Harness, caplog: pytest.LogCaptureFixture) -> None:
    dc.fake.events_allowed = False
    event_id = await dc.new_event()
    with caplog.at_level(logging.WARNING):
        card = await dc.announce(event_id)
        await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going")
        await dc.command("announce", {"text": str(event_id)}, user=ORGA)
    assert len([r for r in caplog.records if "native events are skipped" in r.message]) == 1
    assert len(dc.fake.calls_to("", "/scheduled-events")) == 1  # tried once, then skipped
    assert seats_of(dc.fake.messages[int(card["id"])]).startswith("1/3")


# -- pacing: an urgent lane, and DMs that land from the first second -------------------------

def _people(count: int, first: int = 600_000_000_000_000_000) -> list[Any]:
    from storage import Recipient
    return [Recipient(n + 1, "discord", str(first + n), f"Membre {n}", None, 1)
            for n in range(count)]


async def _paced(fake: FakeDiscord, db_path: Path, rate: float) -> Harness:
    settings = settings_for(db_path)
    core = await create_core(settings, clock=Clock(NOW), card_interval=0, seed_demo=False)
    adapter = DiscordAdapter(settings, rate=rate, ready_timeout=0.01)
    core.add_adapter(adapter)
    await adapter.start(core)
    return Harness(fake, core, adapter, Clock(NOW))


def _bulk(calls: list[Call]) -> list[str]:
    return ["open" if c.path == "/users/@me/channels" else "send" for c in calls
            if c.method == "POST" and (c.path == "/users/@me/channels" or (
                c.path.endswith("/messages") and c.path != f"/channels/{CHANNEL_ID}/messages"))]


async def test_dm_fanout_opens_and_sends_member_by_member(fake: FakeDiscord,
                                                         db_path: Path) -> None:
    """The first reminder lands after a couple of slots, not after every DM was opened."""
    dc = await _paced(fake, db_path, rate=50)
    try:
        start = len(fake.calls)
        dc.core.notify_all(_people(8), lambda: Reply("Rappel : ciné ce soir"))
        await dc.core.idle()
    finally:
        await shutdown(dc)
    order = _bulk(fake.calls[start:])
    assert order.count("open") == 8 and order.count("send") == 8
    ahead = [order[:n + 1].count("open") - order[:n + 1].count("send")
             for n in range(len(order))]
    assert max(ahead) <= 2, order


async def test_card_edits_go_ahead_of_a_dm_fanout(fake: FakeDiscord, db_path: Path) -> None:
    dc = await _paced(fake, db_path, rate=100)
    try:
        event_id = await dc.new_event(capacity=9)
        card = await dc.announce(event_id)
        start = len(fake.calls)
        dc.core.notify_all(_people(30), lambda: Reply("Rappel : ciné ce soir"))
        iid = await fake.deliver(fake.press(int(card["id"]), f"v1:rsvp:{event_id}:going",
                                            user=ALICE))
        await fake.wait_for(path_starts(f"/interactions/{iid}/"))
        await dc.settle()
    finally:
        await shutdown(dc)
    calls = fake.calls[start:]
    edit = next(i for i, c in enumerate(calls)
                if c.method == "PATCH" and c.path.endswith(f"/messages/{card['id']}"))
    assert len(_bulk(calls)) == 60
    assert len(_bulk(calls[edit:])) >= 45, "the card waited behind the reminders"
    assert seats_of(fake.messages[int(card["id"])]).startswith("1/9")
