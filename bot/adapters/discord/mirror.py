"""Native Discord events mirroring our cards, in our own server(s) only.

All the mirror's state lives in `NativeEvents`: which scheduled event mirrors which of our
events (found again after a restart by a marker at the end of its description), what was
last pushed (so unchanged cards cost no request), and the servers that refused us the
permission (logged once, then skipped).
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

import discord

from bot.adapters.discord.render import marked_event_id, scheduled_event_payload
from bot.cards import poster_file
from bot.config import Settings
from bot.messages import EventCard

log = logging.getLogger(__name__)


class NativeEvents:
    """Create, update or cancel the guild event that mirrors a card."""

    def __init__(self, settings: Settings, client: Callable[[], discord.Client],
                 now: Callable[[], datetime]) -> None:
        self.settings = settings
        self._client = client
        self._now = now
        self._ids: dict[tuple[int, int], int] = {}  # (guild, our event) -> scheduled event
        self._pushed: dict[int, dict[str, Any]] = {}  # scheduled event -> last payload sent
        self._loaded: set[int] = set()  # guilds whose existing events were read once
        self._forbidden: set[int] = set()  # guilds that refused Manage Events
        self._lock = asyncio.Lock()

    def guild_of(self, channel_id: int) -> int | None:
        """Our server holding this channel; None for a DM or a card shown in another server
        (nothing is ever created in someone else's server)."""
        ours = self.settings.discord_guild_ids
        channel = self._client().get_channel(channel_id)
        guild = getattr(channel, "guild", None)
        if guild is not None:
            return int(guild.id) if int(guild.id) in ours else None
        if channel_id in self.settings.discord_announce_channel_ids and len(ours) == 1:
            return ours[0]
        return None

    async def show(self, channel_id: int, card: EventCard, *, create: bool) -> None:
        """Mirror the card posted or edited in this channel, if it is in our server."""
        guild_id = self.guild_of(channel_id)
        if guild_id is not None:
            await self.sync(guild_id, card, create=create)

    async def sync(self, guild_id: int, card: EventCard, *, create: bool) -> None:
        """Without the permission (403) this logs once per server and stops trying."""
        async with self._lock:
            if guild_id in self._forbidden:
                return
            http = self._client().http
            try:
                found = await self._find(guild_id, card.event_id)
                if found is None:
                    payload = scheduled_event_payload(card, self._now())
                    if not create or card.cancelled or payload is None:
                        return
                    data = await http.create_guild_scheduled_event(
                        guild_id, **payload, **await self._cover(card, ""))
                    created = int(data["id"])
                    self._ids[(guild_id, card.event_id)] = created
                    self._pushed[created] = {**payload, "poster": card.image}
                    return
                update: dict[str, Any] | None = (
                    {"status": 4} if card.cancelled
                    else scheduled_event_payload(card, self._now()))
                if update is None:
                    return
                seen = {**update, "poster": card.image}
                if self._pushed.get(found) == seen:
                    return
                before = (self._pushed.get(found) or {}).get("poster")
                cover = {} if card.cancelled else await self._cover(card, before)
                await http.edit_scheduled_event(guild_id, found, **update, **cover)
                self._pushed[found] = seen
            except discord.Forbidden:
                self._forbidden.add(guild_id)
                log.warning("Discord: no permission to manage events in server %s; native "
                            "events are skipped (grant Manage Events to enable them)", guild_id)
            except discord.HTTPException as err:
                log.warning("Discord: native event for #%s not updated: %s", card.event_id, err)

    async def _cover(self, card: EventCard, before: str | None) -> dict[str, Any]:
        """The poster as the native event's cover when it changed since `before` (what was
        last pushed; None when unknown, as after a restart); nothing when it did not, so a
        change of counts or place does not upload the picture again."""
        if before is not None and before == card.image:
            return {}
        path = poster_file(self.settings.database_path, card)
        if path is None:
            return {"image": None} if before else {}  # removed: the cover goes too
        data = await asyncio.to_thread(path.read_bytes)
        return {"image": "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")}

    async def _find(self, guild_id: int, event_id: int) -> int | None:
        """The mirror's id, remembered or found again (after a restart) by its marker."""
        if (guild_id, event_id) in self._ids:
            return self._ids[(guild_id, event_id)]
        if guild_id in self._loaded:
            return None
        self._loaded.add(guild_id)
        client = self._client()
        me = client.user.id if client.user else None
        for data in await client.http.get_scheduled_events(guild_id, False):
            if data.get("creator_id") not in (None, str(me)) or data.get("status") not in (1, 2):
                continue
            found = marked_event_id(data.get("description") or "")
            if found is not None:
                self._ids[(guild_id, found)] = int(data["id"])
        return self._ids.get((guild_id, event_id))
