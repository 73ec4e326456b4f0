"""A fake Discord (REST API + gateway websocket) on 127.0.0.1, for offline tests and the bench.

The real discord.py client talks to it once `discord.http.Route.BASE` and
`DiscordWebSocket.DEFAULT_GATEWAY` point here (`patched()`; `async with FakeDiscord(...)`
serves, patches, then restores and stops). It answers like Discord does where the adapter
cares: login (`/users/@me`, `/oauth2/applications/@me`), command sync
echoing ids, HELLO → IDENTIFY → READY → GUILD_CREATE, interactions pushed as INTERACTION_CREATE,
callbacks that must come within 3 s and only once (10062 / 40060), command definitions
checked against Discord's rules (names, lengths, option order, choices; 50035 otherwise),
follow-ups (the first after a deferral takes the place of its "thinking…" message, with
the deferral's visibility, as Discord does), messages and edits (30046 on request), DMs that
may be closed (403, 50007), guild scheduled events (or 403 without the permission) and,
optionally, a global limit answered with 429 and `retry_after`.

The bot is in two servers: Le Focus (`GUILD_ID`) and another one it was invited to
(`OTHER_GUILD_ID`, channel `FOREIGN_CHANNEL_ID`), so tests can act as someone elsewhere.

Every REST call is recorded in order with its decoded JSON body; tests wait on `wait_for()`
instead of sleeping. Ids are deterministic counters, never random.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import discord
import yarl
from aiohttp import WSMsgType, web

APP_ID = 900_000_000_000_000_001
BOT_ID = APP_ID
GUILD_ID = 900_000_000_000_000_100
CHANNEL_ID = 900_000_000_000_000_200
OTHER_CHANNEL_ID = 900_000_000_000_000_201
OTHER_GUILD_ID = 900_000_000_000_000_500  # a server that is not Le Focus
FOREIGN_CHANNEL_ID = 900_000_000_000_000_600  # a channel in that server
ORGANIZER_ROLE_ID = 900_000_000_000_000_300
# The role Discord makes for the bot in each server it joins (managed, tagged with its id),
# listed as « @Le Focus » next to the bot itself when a member types « @Le ».
BOT_ROLE_ID = 900_000_000_000_000_301
MANAGE_EVENTS = 1 << 33
SEND_MESSAGES = 1 << 11
ORGANISER = SEND_MESSAGES | MANAGE_EVENTS  # a member who may create and run events
_JSON = {"Content-Type": "application/json"}  # no charset: discord.py compares exactly
TIMESTAMP = "2026-11-25T20:00:00.000000+00:00"

# Gateway intents (bits of IDENTIFY's `intents`) the fake honours for channel messages.
GUILD_MESSAGES_INTENT = 1 << 9
GUILD_REACTIONS_INTENT = 1 << 10
DM_REACTIONS_INTENT = 1 << 13
MESSAGE_CONTENT_INTENT = 1 << 15  # privileged
_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")

BOT_USER = {"id": str(BOT_ID), "username": "lefocus", "global_name": "Le Focus",
            "discriminator": "0", "avatar": None, "bot": True, "flags": 0}


@dataclass
class Call:
    """One REST request as the fake saw it."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = 0.0
    status: int = 200


@dataclass
class Member:
    user_id: int
    name: str
    roles: tuple[int, ...] = ()
    permissions: int = SEND_MESSAGES
    bot: bool = False  # another bot of the server (a poll bot adding ✅ ❌ under messages)

    def user(self) -> dict[str, Any]:
        return {"id": str(self.user_id), "username": self.name.lower().replace(" ", ""),
                "global_name": self.name, "discriminator": "0", "avatar": None,
                **({"bot": True} if self.bot else {})}

    def payload(self) -> dict[str, Any]:
        return {"user": self.user(), "roles": [str(r) for r in self.roles], "nick": None,
                "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0,
                "permissions": str(self.permissions)}


class FakeDiscord:
    """Start with `await fake.start()`, stop with `await fake.stop()`."""

    def __init__(
        self,
        *,
        members: list[Member] | None = None,
        events_allowed: bool = True,
        global_rate: int | None = None,
        deadline: float = 3.0,
        token: str | None = None,
    ) -> None:
        self.token = token  # when set, any other bot token gets 401
        # Copies: a test renaming one (« __xX_Léo_Xx__ ») must not rename them for the next.
        self.members = {m.user_id: replace(m) for m in members or []}
        self.events_allowed = events_allowed
        self.global_rate = global_rate
        self.deadline = deadline
        self.calls: list[Call] = []
        self.http_429 = 0
        self.commands: dict[str, dict[str, Any]] = {}  # by name, the latest synced
        # What each scope ("global" or a server id) holds; a sync replaces the whole scope.
        self.registered: dict[str, dict[str, dict[str, Any]]] = {}
        self.synced: list[Any] = []
        self.refused: list[str] = []  # why Discord would refuse a synced command
        self.messages: dict[int, dict[str, Any]] = {}
        self.scheduled: dict[int, dict[str, Any]] = {}
        self.dm_closed: set[int] = set()
        # A message calling the bot's role (`<@&id>`) without the privileged intent: Discord
        # documents its text only for messages mentioning the bot itself, so it comes empty
        # here; True plays the undocumented opposite.
        self.role_call_content = False
        self.no_send: set[int] = set()  # channels where the bot may not post (403, 50013)
        # Channels whose history the bot's role may not read (no Read Message History):
        # fetching a message there is refused (403, 50001), as Discord does.
        self.no_history: set[int] = set()
        self.fetched: list[int] = []  # messages the bot fetched (GET), in order
        # Channels the bot cannot see at all (403, 50001): slash commands used there are
        # still answered (interaction callbacks need no channel access), nothing else works.
        self.no_view: set[int] = set()
        self.archived: set[int] = set()  # threads archived (edits refused: 400, 50083)
        # More roles of our server, as its admins made them: (id, name, permissions).
        self.extra_roles: list[tuple[int, str, int]] = []
        # The bot's role holds Manage Messages (an admin gave it): it may delete members'
        # messages. Not in the invite's permissions, so off by default (403, 50013).
        self.manage_messages = False
        self.said: dict[int, dict[str, Any]] = {}  # members' channel messages, by id
        self.retracted: list[int] = []  # members' messages the bot deleted, in order
        self.old_messages: set[int] = set()  # edits answered with 30046
        # Discord refusing to delete, or to edit, an interaction's answer (« thinking… »
        # included): 400.
        self.undeletable = False
        self.uneditable = False
        self.identifies = 0
        self.identify: dict[str, Any] = {}
        self.dm_channels: dict[int, int] = {}  # channel -> user
        self.modals: list[dict[str, Any]] = []  # forms opened (MODAL responses), in order
        self.deleted: list[dict[str, Any]] = []  # messages the bot deleted, in order
        self.uploads: dict[str, bytes] = {}  # attachment id -> bytes (see `attachment`)
        self.downloads: list[str] = []  # attachment ids the bot fetched
        self._interactions: dict[int, dict[str, Any]] = {}
        self._ids = itertools.count(910_000_000_000_000_000)
        self._seq = itertools.count(1)
        self._window: deque[float] = deque()
        self._ws: web.WebSocketResponse | None = None
        self._ready = asyncio.Event()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._patches = ExitStack()
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        """Served, with discord.py pointed here until the block ends: what every test wants."""
        await self.start()
        self._patches.enter_context(self.patched())
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._patches.close()
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @contextmanager
    def patched(self) -> Iterator[None]:
        """Point discord.py's hard-coded REST base and gateway at this fake, then restore."""
        route_base = discord.http.Route.BASE
        gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.base_url
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            discord.http.Route.BASE = route_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway

    # -- waiting -----------------------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[Call], bool], *, count: int = 1,
                       within: float = 10.0) -> list[Call]:
        """The first `count` recorded calls matching `predicate`, once there are that many."""
        def found() -> list[Call]:
            return [c for c in self.calls if predicate(c)]

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(found()) >= count),
                                   within)
        return found()[:count]

    async def wait_until(self, condition: Callable[[], bool], within: float = 10.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), within)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def calls_to(self, method: str, fragment: str) -> list[Call]:
        """Calls whose path contains `fragment`; an empty `method` matches any."""
        return [c for c in self.calls if method in ("", c.method) and fragment in c.path]

    # -- gateway -----------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45_000}, "s": None, "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if data["op"] == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif data["op"] == 2:
                self.identifies += 1
                self.identify = data["d"]
                self._ws = ws
                await self._dispatch("READY", {
                    "v": 10, "user": BOT_USER, "session_id": f"session{self.identifies}",
                    "resume_gateway_url": self.gateway_url, "private_channels": [],
                    "relationships": [],
                    "guilds": [{"id": str(g), "unavailable": True}
                               for g in (GUILD_ID, OTHER_GUILD_ID)],
                    "application": {"id": str(APP_ID), "flags": 0},
                })
                await self._dispatch("GUILD_CREATE", self.guild_payload())
                await self._dispatch("GUILD_CREATE", self.guild_payload(OTHER_GUILD_ID))
                self._ready.set()
        if self._ws is ws:
            self._ws = None
            self._ready.clear()
        return ws

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None, "no client connected"
        await self._ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    def guild_payload(self, guild_id: int = GUILD_ID) -> dict[str, Any]:
        members = [Member(BOT_ID, "Le Focus"), *self.members.values()]
        role = {"color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0,
                "icon": None, "unicode_emoji": None}
        if guild_id != GUILD_ID:
            channels = [self._channel(FOREIGN_CHANNEL_ID, "general", guild_id)]
        else:
            channels = [self._channel(CHANNEL_ID, "annonces"),
                        self._channel(OTHER_CHANNEL_ID, "general")]
        return {
            "id": str(guild_id), "name": "Le Focus" if guild_id == GUILD_ID else "Ailleurs",
            "icon": None, "owner_id": "1",
            "unavailable": False, "large": False, "joined_at": TIMESTAMP,
            "member_count": len(members),  # must equal the members sent, or discord.py chunks
            "members": [m.payload() for m in members],
            "roles": [
                {**role, "id": str(guild_id), "name": "@everyone", "position": 0,
                 "permissions": str(SEND_MESSAGES)},
                *([{**role, "id": str(ORGANIZER_ROLE_ID), "name": "Orga", "position": 1,
                    "permissions": str(SEND_MESSAGES)}] if guild_id == GUILD_ID else []),
                *([{**role, "id": str(number), "name": name, "position": 1,
                    "permissions": str(allowed)} for number, name, allowed in self.extra_roles]
                  if guild_id == GUILD_ID else []),
                {**role, "id": str(BOT_ROLE_ID + (guild_id != GUILD_ID)), "name": "Le Focus",
                 "position": 2, "managed": True, "tags": {"bot_id": str(BOT_ID)},
                 "permissions": str(SEND_MESSAGES)},
            ],
            "channels": channels,
            "threads": [], "emojis": [], "stickers": [], "features": [], "voice_states": [],
            "presences": [], "stage_instances": [], "guild_scheduled_events": [],
            "soundboard_sounds": [], "preferred_locale": "fr", "premium_tier": 0,
            "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0,
            "system_channel_flags": 0, "afk_timeout": 300,
        }

    @staticmethod
    def _channel(channel_id: int, name: str, guild_id: int = GUILD_ID) -> dict[str, Any]:
        return {"id": str(channel_id), "type": 0, "name": name, "position": 0,
                "guild_id": str(guild_id), "permission_overwrites": [], "nsfw": False,
                "parent_id": None, "topic": None, "last_message_id": None,
                "rate_limit_per_user": 0}

    async def wait_connected(self, within: float = 10.0) -> None:
        await asyncio.wait_for(self._ready.wait(), within)

    # -- interactions --------------------------------------------------------------------------

    async def deliver(self, payload: dict[str, Any]) -> int:
        """Push an INTERACTION_CREATE to the connected client; returns the interaction id."""
        iid = int(payload["id"])
        self._interactions[iid] = {"at": asyncio.get_running_loop().time(), "acked": None,
                                   "payload": payload, "original": None}
        await self._dispatch("INTERACTION_CREATE", payload)
        return iid

    def _base_interaction(self, kind: int, data: dict[str, Any], member: Member | None,
                          user_id: int, channel_id: int | None, locale: str,
                          guild_id: int = GUILD_ID) -> dict[str, Any]:
        iid = next(self._ids)
        payload: dict[str, Any] = {
            "id": str(iid), "application_id": str(APP_ID), "type": kind, "data": data,
            "token": f"token{iid}", "version": 1, "locale": locale,
            "app_permissions": str(SEND_MESSAGES | MANAGE_EVENTS), "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if member is not None:
            channel = channel_id or (CHANNEL_ID if guild_id == GUILD_ID else FOREIGN_CHANNEL_ID)
            payload.update({
                "guild_id": str(guild_id), "channel_id": str(channel), "guild_locale": "fr",
                "channel": self._channel(channel, "annonces", guild_id),
                "member": member.payload(),
                "authorizing_integration_owners": {"0": str(guild_id)}, "context": 0,
            })
        else:
            channel = channel_id or self._dm_channel_of(user_id)
            user = self.members[user_id].user() if user_id in self.members else {
                "id": str(user_id), "username": f"user{user_id}", "discriminator": "0",
                "global_name": None, "avatar": None}
            payload.update({
                "channel_id": str(channel), "user": user,
                "channel": {"id": str(channel), "type": 1, "recipients": [user]},
                "authorizing_integration_owners": {"0": str(GUILD_ID)}, "context": 1,
            })
        return payload

    def slash(self, name: str, options: dict[str, Any] | None = None, *, user: int,
              dm: bool = False, locale: str = "fr", channel_id: int | None = None,
              focused: str | None = None, guild_id: int = GUILD_ID) -> dict[str, Any]:
        """An application command as Discord sends it, typed from the synced definition.

        `data.guild_id` is the server the command is registered in (absent for a global one),
        as Discord sends it, whichever server it is used from; `guild_id` is where it is used.
        """
        command = self.commands[name]
        types = {o["name"]: o["type"] for o in command.get("options", [])}
        opts = []
        resolved: dict[str, Any] = {}
        for key, value in (options or {}).items():
            if isinstance(value, dict) and "filename" in value:  # from `attachment()`
                resolved.setdefault("attachments", {})[value["id"]] = value
                value = value["id"]
            option: dict[str, Any] = {"name": key, "type": types[key], "value": value}
            if key == focused:
                option["focused"] = True
            opts.append(option)
        data = {"id": command["id"], "name": name, "type": 1, "options": opts}
        if resolved:
            data["resolved"] = resolved
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        return self._base_interaction(4 if focused else 2, data,
                                      None if dm else self.members[user], user, channel_id,
                                      locale, guild_id)

    def attachment(self, filename: str, data: bytes, *, size: int | None = None,
                   content_type: str = "image/jpeg") -> dict[str, Any]:
        """A file a member attaches to a slash command (pass it as the option's value);
        `size` is the one Discord announces (the real one unless given)."""
        aid = str(next(self._ids))
        self.uploads[aid] = data
        return {"id": aid, "filename": filename, "size": len(data) if size is None else size,
                "url": f"{self.base_url}/uploads/{aid}/{filename}",
                "proxy_url": f"{self.base_url}/uploads/{aid}/{filename}",
                "content_type": content_type}

    def submit(self, custom_id: str, values: dict[str, str], *, user: int, dm: bool = False,
               locale: str = "fr") -> dict[str, Any]:
        """A modal sent back: each text field's custom_id and what was typed in it."""
        rows = [{"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]}
                for k, v in values.items()]
        return self._base_interaction(5, {"custom_id": custom_id, "components": rows},
                                      None if dm else self.members[user], user, None, locale)

    def press(self, message_id: int, custom_id: str, *, user: int,
              locale: str = "fr") -> dict[str, Any]:
        """A button press on a message the fake holds."""
        message = self.messages[message_id]
        channel_id = int(message["channel_id"])
        dm = channel_id in self.dm_channels
        payload = self._base_interaction(
            3, {"custom_id": custom_id, "component_type": 2},
            None if dm else self.members[user], user, channel_id, locale,
            int(message.get("guild_id") or GUILD_ID))
        payload["message"] = message
        return payload

    async def say_in_dm(self, user: int, content: str, *, picture: str = "",
                        sticker: str = "", forward: int | None = None,
                        reply_to: int | None = None) -> int:
        """A member writes to the bot in their private chat (a plain message, as Discord
        sends it to bots with the non-privileged `dm_messages` intent); returns its id.
        `picture`: a file name sent with it; `sticker`: a sticker's name. `forward`: the
        message (one the fake holds) forwarded with Discord's « Transférer »: an empty
        message carrying a snapshot of it (its text, embeds and files, never its buttons'
        use) and a reference of type 1 to where it came from. `reply_to`: a reply (type 19,
        Discord's « Répondre ») to that message of the chat, carried whole as
        `referenced_message` (None: deleted meanwhile), as in a channel."""
        mid = next(self._ids)
        data = self._dm_message(user, mid, content, picture, sticker)
        if reply_to is not None:
            data["type"] = 19
            data["message_reference"] = {"type": 0, "message_id": str(reply_to),
                                         "channel_id": data["channel_id"]}
            data["referenced_message"] = self.messages.get(reply_to)
        if forward is not None:
            source = self.messages.get(forward) or self.said[forward]
            data["message_reference"] = {
                "type": 1, "message_id": str(forward), "channel_id": source["channel_id"],
                **({"guild_id": source["guild_id"]} if source.get("guild_id") else {})}
            data["message_snapshots"] = [{"message": {
                k: source.get(k, d) for k, d in (
                    ("type", 0), ("content", ""), ("embeds", []), ("attachments", []),
                    ("timestamp", TIMESTAMP), ("edited_timestamp", None), ("flags", 0),
                    ("mentions", []), ("mention_roles", []), ("sticker_items", []),
                    ("components", []))}}]
        await self._dispatch("MESSAGE_CREATE", data)
        return mid

    async def edit_in_dm(self, user: int, message_id: int, content: str, *,
                         by_member: bool = True) -> None:
        """The member edits their message (`by_member`), or Discord updates it on its own
        (a link's preview added: no `edited_timestamp`), as MESSAGE_UPDATE says."""
        data = self._dm_message(user, message_id, content)
        if by_member:
            data["edited_timestamp"] = TIMESTAMP
        await self._dispatch("MESSAGE_UPDATE", data)

    def _dm_message(self, user: int, mid: int, content: str, picture: str = "",
                    sticker: str = "") -> dict[str, Any]:
        files = [{"id": str(next(self._ids)), "filename": picture, "size": 10,
                  "url": f"{self.base_url}/files/{picture}",
                  "proxy_url": f"{self.base_url}/files/{picture}"}] if picture else []
        stickers = [{"id": str(next(self._ids)), "name": sticker, "format_type": 1}
                    ] if sticker else []
        return {
            "id": str(mid), "channel_id": str(self._dm_channel_of(user)),
            "author": self.members[user].user(), "content": content, "timestamp": TIMESTAMP,
            "edited_timestamp": None, "tts": False, "mention_everyone": False,
            "mentions": [], "mention_roles": [], "attachments": files, "embeds": [],
            "sticker_items": stickers, "pinned": False, "type": 0, "flags": 0,
            "components": []}

    async def say_in_channel(self, user: int, content: str, *,
                             channel_id: int = CHANNEL_ID, reply_to: int | None = None,
                             ping: bool = True, edits: int | None = None,
                             gone: bool = False, voice: bool = False) -> int:
        """A member writes in a server's channel, as Discord hands it to the bot: only with
        the `guild_messages` intent (else not at all), and without the privileged
        `message_content` intent its text (content, attachments, embeds) comes empty
        unless the message mentions the bot (`<@id>` in it, as Discord's list writes
        « @Le Focus »). Mentions are read from the content as Discord does. `reply_to`: a
        reply (type 19) to that message, carried whole as `referenced_message`; with `ping`
        (Discord's default, the « @ ON » of the reply bar) its author is mentioned too, so
        a reply to the bot's own message reaches it with its text. `edits`: the member edits
        that message of theirs to say `content` (MESSAGE_UPDATE, `edited_timestamp` set).
        `gone`: deleted as soon as sent (by the member, or a moderation bot), before the bot
        acts on it: deleting it again or replying to it is refused. `voice`: a voice
        message (an audio file, no text; flag 1 << 13). Returns its id."""
        mid = next(self._ids) if edits is None else edits
        guild_id = OTHER_GUILD_ID if channel_id == FOREIGN_CHANNEL_ID else GUILD_ID
        member = self.members[user].payload()
        named = dict.fromkeys(int(i) for i in _USER_MENTION.findall(content))
        replied = self.messages.get(reply_to) if reply_to is not None else None
        if replied is not None and ping:
            named[int(replied["author"]["id"])] = None
        mentions = [{**(BOT_USER if i == BOT_ID else self.members[i].user()),
                     "member": self.members[i].payload() if i in self.members else {}}
                    for i in named if i == BOT_ID or i in self.members]
        message = {
            "id": str(mid), "channel_id": str(channel_id), "guild_id": str(guild_id),
            "author": self.members[user].user(), "member": member, "content": content,
            "timestamp": TIMESTAMP, "edited_timestamp": None if edits is None else TIMESTAMP,
            "tts": False, "mention_everyone": False, "mentions": mentions,
            "mention_roles": _ROLE_MENTION.findall(content),
            "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0,
            "components": []}
        if voice:
            message["flags"] = 1 << 13
            message["attachments"] = [{
                "id": str(next(self._ids)), "filename": "voice-message.ogg", "size": 9000,
                "content_type": "audio/ogg", "duration_secs": 4.2, "waveform": "AAAA",
                "url": f"{self.base_url}/files/voice-message.ogg",
                "proxy_url": f"{self.base_url}/files/voice-message.ogg"}]
        if reply_to is not None:
            message["type"] = 19
            message["message_reference"] = {"type": 0, "message_id": str(reply_to),
                                            "channel_id": str(channel_id),
                                            "guild_id": str(guild_id)}
            message["referenced_message"] = replied  # None: deleted meanwhile
        if not gone:
            self.said[mid] = dict(message)
        intents = int(self.identify.get("intents") or 0)
        if not intents & GUILD_MESSAGES_INTENT:
            return mid  # not sent to the bot at all
        by_role = self.role_call_content and any(
            int(r) in (BOT_ROLE_ID, BOT_ROLE_ID + 1) for r in _ROLE_MENTION.findall(content))
        if not intents & MESSAGE_CONTENT_INTENT and BOT_ID not in named and not by_role:
            message["content"] = ""
            message["attachments"] = []
        await self._dispatch("MESSAGE_CREATE" if edits is None else "MESSAGE_UPDATE", message)
        return mid

    async def react(self, user: int, message_id: int, emoji: str) -> None:
        """A member adds a reaction (a Unicode emoji) to a message the fake holds, as
        MESSAGE_REACTION_ADD says it: only with the matching reactions intent (server or
        private), never with the message itself."""
        message = self.messages[message_id]
        channel_id = int(message["channel_id"])
        dm = channel_id in self.dm_channels
        intents = int(self.identify.get("intents") or 0)
        if not intents & (DM_REACTIONS_INTENT if dm else GUILD_REACTIONS_INTENT):
            return
        data: dict[str, Any] = {
            "user_id": str(user), "channel_id": str(channel_id), "message_id": str(message_id),
            "emoji": {"id": None, "name": emoji}, "burst": False, "type": 0,
            "message_author_id": message["author"]["id"]}
        if not dm:
            data["guild_id"] = message.get("guild_id") or str(GUILD_ID)
            data["member"] = self.members[user].payload()
        await self._dispatch("MESSAGE_REACTION_ADD", data)

    def callbacks(self, iid: int) -> list[Call]:
        return [c for c in self.calls if c.path.startswith(f"/interactions/{iid}/")]

    # -- REST --------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body: Any = None
        files: dict[str, bytes] = {}
        if request.content_type == "application/json":
            body = await request.json()
        elif request.content_type.startswith("multipart/"):
            form = await request.post()
            for key, value in form.items():
                if key == "payload_json":
                    body = json.loads(str(value))
                elif isinstance(value, web.FileField):
                    files[value.filename] = value.file.read()
        now = asyncio.get_running_loop().time()
        call = Call(request.method, path, dict(request.query), body, files, now)
        self.calls.append(call)
        auth = request.headers.get("Authorization", "")
        if (self.token is not None and auth.startswith("Bot ")
                and auth != f"Bot {self.token}"):
            response = _error(401, 0, "401: Unauthorized")
        else:
            response = self._limit(path, now) or await self._route(request.method, path, call)
        call.status = response.status
        await self._notify()
        return response

    def _limit(self, path: str, now: float) -> web.Response | None:
        """A sliding one-second window over every call except interaction endpoints."""
        if self.global_rate is None or path.startswith(("/interactions/", "/webhooks/")):
            return None
        while self._window and now - self._window[0] >= 1.0:
            self._window.popleft()
        if len(self._window) >= self.global_rate:
            self.http_429 += 1
            retry = max(0.001, 1.0 - (now - self._window[0]))
            return web.Response(
                body=json.dumps({"message": "You are being rate limited.",
                                 "retry_after": retry, "global": True}).encode(),
                status=429, headers={**_JSON, "Via": "1.1 google", "X-RateLimit-Global": "true",
                                     "X-RateLimit-Scope": "global",
                                     "Retry-After": str(retry)})
        self._window.append(now)
        return None

    async def _route(self, method: str, path: str, call: Call) -> web.Response:
        parts = path.strip("/").split("/")
        body: Any = call.json or {}
        match method, parts:
            case "GET", ["uploads", aid, _]:
                if aid not in self.uploads:
                    return _error(404, 0, "404: Not Found")
                self.downloads.append(aid)
                return web.Response(body=self.uploads[aid])
            case "GET", ["users", "@me"]:
                return _ok(BOT_USER)
            case "GET", ["guilds", _, "members", user]:
                if int(user) not in self.members:
                    return _error(404, 10007, "Unknown Member")
                return _ok(self.members[int(user)].payload())
            case "GET", ["users", user]:
                if int(user) not in self.members:
                    return _error(404, 10013, "Unknown User")
                return _ok(self.members[int(user)].user())
            case "GET", ["oauth2", "applications", "@me"]:
                return _ok({"id": str(APP_ID), "name": "Le Focus", "description": "",
                            "icon": None, "bot_public": False,
                            "bot_require_code_grant": False, "verify_key": "0" * 64,
                            "owner": {**BOT_USER, "id": "1", "bot": False}, "flags": 0})
            case "PUT", ["applications", _, "commands"] | [
                    "applications", _, "guilds", _, "commands"]:
                return self._sync(parts, body)
            case "POST", ["channels", channel, "messages"]:
                to = self.dm_channels.get(int(channel))
                if to is not None and (to in self.dm_closed or (
                        to in self.members and self.members[to].bot)):  # no bot to bot
                    return _error(403, 50007, "Cannot send messages to this user")
                if int(channel) in self.no_view:
                    return _error(403, 50001, "Missing Access")
                if int(channel) in self.no_send:
                    return _error(403, 50013, "Missing Permissions")
                reference = body.get("message_reference") or {}
                replied = int(reference.get("message_id") or 0)
                if replied and replied not in self.said and replied not in self.messages:
                    if reference.get("fail_if_not_exists", True):  # Discord's default
                        return _error(400, 50035, "Invalid Form Body: message_reference: "
                                      "Unknown message")
                    body = {k: v for k, v in body.items() if k != "message_reference"}
                return _ok(self._new_message(int(channel), body, call.files))
            case "GET", ["channels", channel, "messages", message]:
                if int(channel) in self.no_view or int(channel) in self.no_history:
                    return _error(403, 50001, "Missing Access")
                found = self.messages.get(int(message)) or self.said.get(int(message))
                if found is None or int(found["channel_id"]) != int(channel):
                    return _error(404, 10008, "Unknown Message")
                self.fetched.append(int(message))
                return _ok(found)
            case "PATCH", ["channels", channel, "messages", message]:
                if int(channel) in self.no_view:
                    return _error(403, 50001, "Missing Access")
                if int(channel) in self.archived:
                    return _error(400, 50083, "Thread is archived")
                if int(message) in self.old_messages:
                    return _error(400, 30046, "Maximum number of edits to messages older "
                                  "than 1 hour reached. Try again later")
                if int(message) not in self.messages:
                    return _error(404, 10008, "Unknown Message")
                edited = self.messages[int(message)]
                edited.update(
                    {k: v for k, v in body.items() if k in ("content", "embeds", "components")}
                    | {"edited_timestamp": TIMESTAMP})
                if "attachments" in body:  # those listed by id are kept, uploads added
                    kept = {str(a.get("id")) for a in body["attachments"]}
                    edited["attachments"] = [a for a in edited["attachments"]
                                             if a["id"] in kept] + self._attachments(call.files)
                return _ok(edited)
            case "DELETE", ["channels", channel, "messages", message]:
                if int(message) in self.said:  # a member's: only with Manage Messages
                    if not self.manage_messages:
                        return _error(403, 50013, "Missing Permissions")
                    self.said.pop(int(message))
                    self.retracted.append(int(message))
                    return web.Response(status=204)
                if int(message) not in self.messages:
                    return _error(404, 10008, "Unknown Message")
                self.deleted.append(self.messages.pop(int(message)))
                return web.Response(status=204)
            case "POST", ["users", "@me", "channels"]:
                user_id = int(body["recipient_id"])
                channel_id = self._dm_channel_of(user_id)
                user = self.members[user_id].user() if user_id in self.members else {
                    "id": str(user_id), "username": f"user{user_id}", "discriminator": "0",
                    "global_name": None, "avatar": None}
                return _ok({"id": str(channel_id), "type": 1, "recipients": [user],
                            "last_message_id": None})
            case "POST", ["interactions", iid, _, "callback"]:
                return self._callback(int(iid), body, call)
            case "POST", ["webhooks", _, token]:
                return self._followup(token, body, call)
            case ("GET" | "PATCH" | "DELETE"), ["webhooks", _, token, "messages",
                                                "@original"]:
                return self._original(method, token, body)
            case _, ["guilds", _, "scheduled-events", *rest]:
                return self._scheduled(method, rest, body)
        return _error(404, 0, f"fake has no route {method} {path}")

    def _sync(self, parts: list[str], body: list[dict[str, Any]]) -> web.Response:
        problems = [p for command in body for p in command_problems(command)]
        if len(body) > 100:
            problems.append("more than 100 commands")
        if len({c["name"] for c in body}) != len(body):
            problems.append("a command name repeats")
        if problems:
            self.refused.extend(problems)
            return _error(400, 50035, "Invalid Form Body: " + "; ".join(problems[:5]))
        echoed = []
        scope = self.registered.setdefault(parts[3] if len(parts) == 5 else "global", {})
        scope.clear()
        for command in body:
            existing = self.commands.get(command["name"])
            cid = existing["id"] if existing else str(next(self._ids))
            item = {**command, "id": cid, "application_id": str(APP_ID), "version": "1",
                    "type": command.get("type", 1)}
            if len(parts) == 5:
                item["guild_id"] = parts[3]
            self.commands[command["name"]] = item
            scope[command["name"]] = item
            echoed.append(item)
        self.synced.append({"path": "/".join(parts), "commands": echoed})
        return _ok(echoed)

    def _dm_channel_of(self, user_id: int) -> int:
        for channel, user in self.dm_channels.items():
            if user == user_id:
                return channel
        channel = next(self._ids)
        self.dm_channels[channel] = user_id
        return channel

    def _new_message(self, channel_id: int, body: dict[str, Any], files: dict[str, bytes],
                     flags: int = 0, interaction: int | None = None) -> dict[str, Any]:
        mid = next(self._ids)
        message = {
            "id": str(mid), "channel_id": str(channel_id), "author": BOT_USER,
            "content": body.get("content") or "", "timestamp": TIMESTAMP,
            "edited_timestamp": None, "tts": False, "mention_everyone": False,
            "mentions": [], "mention_roles": [], "pinned": False, "type": 0,
            "embeds": body.get("embeds") or [], "components": body.get("components") or [],
            "flags": flags | int(body.get("flags") or 0),
            "attachments": self._attachments(files),
        }
        if channel_id not in self.dm_channels:
            message["guild_id"] = str(OTHER_GUILD_ID if channel_id == FOREIGN_CHANNEL_ID
                                      else GUILD_ID)
        if interaction is not None:
            message["interaction_id"] = str(interaction)
        if body.get("message_reference"):  # a reply: Discord returns what it replies to
            message["message_reference"] = {
                "type": 0, "message_id": str(body["message_reference"]["message_id"]),
                "channel_id": str(channel_id)}
        self.messages[mid] = message
        return message

    def _attachments(self, files: dict[str, bytes]) -> list[dict[str, Any]]:
        return [{"id": str(next(self._ids)), "filename": name, "size": len(data),
                 "url": f"{self.base_url}/files/{name}",
                 "proxy_url": f"{self.base_url}/files/{name}"} for name, data in files.items()]

    def _callback(self, iid: int, body: dict[str, Any], call: Call) -> web.Response:
        state = self._interactions.get(iid)
        if state is None or call.at - state["at"] > self.deadline:
            return _error(404, 10062, "Unknown interaction")
        if state["acked"] is not None:
            return _error(400, 40060, "Interaction has already been acknowledged.")
        kind = body["type"]
        data = body.get("data") or {}
        if kind == 9 and state["payload"]["type"] == 5:
            return _error(400, 50035, "Invalid Form Body: a modal cannot answer a modal")
        state["acked"] = kind
        if kind == 9:  # MODAL: nothing is posted; the form waits for its submission
            self.modals.append(data)
        interaction: dict[str, Any] = {"id": str(iid), "type": state["payload"]["type"],
                                       "response_message_loading": kind == 5,
                                       "response_message_ephemeral":
                                           bool(int(data.get("flags") or 0) & 64)}
        result: dict[str, Any] = {"interaction": interaction}
        if kind in (4, 5):
            channel = int(state["payload"]["channel_id"])
            message = self._new_message(channel, data, call.files, interaction=iid)
            state["original"] = int(message["id"])
            # "thinking…": shown as the deferral said (public or private) until the first
            # follow-up takes its place, whatever that follow-up's own flags say.
            state["thinking"] = kind == 5
            interaction["response_message_id"] = message["id"]
            result["resource"] = {"type": kind, "message": message}
        pressed = state["payload"].get("message")
        if kind in (6, 7) and pressed is not None and int(pressed["id"]) in self.messages:
            # A component's own message: UPDATE_MESSAGE edits it at once, and after
            # DEFERRED_UPDATE_MESSAGE it is the "@original" a follow-up edit changes.
            state["original"] = int(pressed["id"])
            message = self.messages[int(pressed["id"])]
            if kind == 7:
                message.update({k: v for k, v in data.items()
                                if k in ("content", "embeds", "components")})
            result["resource"] = {"type": kind, "message": message}
        return _ok(result)

    def _state_by_token(self, token: str) -> dict[str, Any] | None:
        for state in self._interactions.values():
            if state["payload"]["token"] == token:
                return state
        return None

    def _followup(self, token: str, body: dict[str, Any], call: Call) -> web.Response:
        state = self._state_by_token(token)
        if state is None or state["acked"] is None:
            return _error(404, 10015, "Unknown Webhook")
        if state.get("thinking") and state["original"] in self.messages:
            state["thinking"] = False
            message = self.messages[state["original"]]
            message.update({k: v for k, v in body.items() if k in ("content", "embeds",
                                                                   "components")})
            message["attachments"] = self._attachments(call.files)
            return _ok(message)
        channel = int(state["payload"]["channel_id"])
        return _ok(self._new_message(channel, body, call.files))

    def _original(self, method: str, token: str, body: dict[str, Any]) -> web.Response:
        state = self._state_by_token(token)
        if state is None or state["original"] not in self.messages:  # never, or deleted
            return _error(404, 10008, "Unknown Message")
        if method == "DELETE":
            if self.undeletable:
                return _error(400, 0, "400: Bad Request")
            self.deleted.append(self.messages.pop(state["original"]))
            state["original"], state["thinking"] = None, False
            return web.Response(status=204)
        message = self.messages[state["original"]]
        if method == "PATCH" and self.uneditable:
            return _error(400, 0, "400: Bad Request")
        if method == "PATCH":
            # An edit of a deferred answer replaces its « thinking… », as a follow-up would.
            state["thinking"] = False
            message.update({k: v for k, v in body.items() if k in ("content", "embeds",
                                                                   "components")})
        return _ok(message)

    def _scheduled(self, method: str, rest: list[str], body: dict[str, Any]) -> web.Response:
        if not self.events_allowed:
            return _error(403, 50013, "Missing Permissions")
        if method == "GET" and not rest:
            return _ok(list(self.scheduled.values()))
        if method == "POST" and not rest:
            sid = next(self._ids)
            event = {**body, "id": str(sid), "guild_id": str(GUILD_ID), "status": 1,
                     "creator_id": str(BOT_ID), "channel_id": None, "creator": BOT_USER,
                     "entity_id": None, "user_count": 0}
            self.scheduled[sid] = event
            return _ok(event)
        if method == "PATCH" and rest and int(rest[0]) in self.scheduled:
            event = self.scheduled[int(rest[0])]
            event.update(body)
            return _ok(event)
        return _error(404, 10070, "Unknown Guild Scheduled Event")


def _name_problem(name: Any, where: str) -> str | None:
    """Discord's rule for command and option names (lower case, no spaces, 1-32)."""
    if (not isinstance(name, str) or not 1 <= len(name) <= 32 or name != name.lower()
            or not all(c.isalnum() or c in "-_'" for c in name)):
        return f"{where}: invalid name {name!r}"
    return None


def _text_problem(text: Any, where: str) -> str | None:
    if not isinstance(text, str) or not 1 <= len(text) <= 100:
        return f"{where}: text must be 1-100 characters, got {text!r}"
    return None


def command_problems(command: dict[str, Any]) -> list[str]:
    """What Discord's API would refuse in one chat-input command definition."""
    name = command.get("name")
    checks: list[str | None] = [_name_problem(name, f"/{name}"),
                                _text_problem(command.get("description"), f"/{name}")]
    for locale, local in (command.get("name_localizations") or {}).items():
        checks.append(_name_problem(local, f"/{name} [{locale}]"))
    for locale, local in (command.get("description_localizations") or {}).items():
        checks.append(_text_problem(local, f"/{name} [{locale}]"))
    options = command.get("options") or []
    if len(options) > 25:
        checks.append(f"/{name}: more than 25 options")
    seen_optional = False
    shown: dict[str, set[str]] = {}
    for option in options:
        where = f"/{name} {option.get('name')}"
        checks.append(_name_problem(option.get("name"), where))
        checks.append(_text_problem(option.get("description"), where))
        for locale, local in {"": option.get("name"),
                              **(option.get("name_localizations") or {})}.items():
            checks.append(_name_problem(local, f"{where} [{locale}]"))
            if local in shown.setdefault(locale, set()):
                checks.append(f"{where} [{locale}]: option name {local!r} repeats")
            shown[locale].add(local)
        for locale, local in (option.get("description_localizations") or {}).items():
            checks.append(_text_problem(local, f"{where} [{locale}]"))
        if option.get("required") and seen_optional:
            checks.append(f"{where}: required option after an optional one")
        seen_optional = seen_optional or not option.get("required")
        choices = option.get("choices") or []
        if len(choices) > 25:
            checks.append(f"{where}: more than 25 choices")
        if choices and option.get("autocomplete"):
            checks.append(f"{where}: choices and autocomplete together")
        for choice in choices:
            checks.append(_text_problem(choice.get("name"), f"{where} choice"))
            for locale, local in (choice.get("name_localizations") or {}).items():
                checks.append(_text_problem(local, f"{where} choice [{locale}]"))
        for key, low, high in (("min_length", 0, 6000), ("max_length", 1, 6000)):
            if key in option and not low <= int(option[key]) <= high:
                checks.append(f"{where}: {key} out of range")
    return [c for c in checks if c]


def path_starts(prefix: str) -> Callable[[Call], bool]:
    """A `wait_for` predicate: calls whose path starts with `prefix`."""
    return lambda call: call.path.startswith(prefix)


def _ok(data: Any) -> web.Response:
    # discord.py decodes JSON only when Content-Type is exactly application/json.
    return web.Response(body=json.dumps(data).encode(), headers=_JSON)


def _error(status: int, code: int, message: str) -> web.Response:
    return web.Response(body=json.dumps({"code": code, "message": message}).encode(),
                        status=status, headers=_JSON)
