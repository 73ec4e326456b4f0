"""Discord through discord.py 2.x: the adapter's lifecycle, incoming interactions, answers.

Slash commands are generated from the router's specs (`slash.py`); a command's options reach
the core as `Incoming(command=..., options=...)`, parsed there like typed text, so the core
stays the one place with logic and organiser checks. Buttons carry the core's action ids as
`custom_id` and are `DynamicItem`s, so presses on old cards still work after a restart.

Organiser rights exist only in Le Focus's own server(s) (`DISCORD_GUILD_IDS`), whatever
permissions someone has elsewhere; organiser commands are registered only there. Other
servers the bot was added to get a polite refusal, or members' commands when
`DISCORD_OTHER_SERVERS=members`.

Only the `guilds`, `dm_messages`, `guild_messages` and the two reactions intents are used (no
privileged intents): a member's plain message in their private chat with the bot (« c'est
combien ? », « /participer 12 oui ») is read like a typed line on Telegram. In a server's
channel Discord sends bots the text of a message only when it mentions them: one opening with
the bot's name (« @Le Focus c'est combien ? ») or closing with it as a call (« c'est combien,
@Le Focus ? ») is answered privately, as on Telegram; so is a reply with words to the bot's
own card or message (Discord's reply pings the bot by default, which hands it the text; emoji
alone is a reaction, a voice message or a file gets « please write » privately), about that
card's event (`Incoming.event_id`, as on Telegram). A command written there is a command
typed in a group, as on Telegram: children's names in it are taken out of the channel where
the bot's role may delete messages, and the member told privately either way; such a message
edited is not run, the member is told. The bot's role picked from Discord's list instead of
the bot (`<@&id>`) counts as its name, but Discord hands no text with it: the member is told
privately how to call the bot.
The bot named in passing, or anything else written there, is left alone. An answer-like
reaction (✅ 👍 🤔 ❌) to a card answers nothing: the member is told privately, once an hour, to
press its buttons (the reactions intents are not privileged). Private answers refused
(private messages closed) wait in the database (`bot.adapters.waiting`) for the member's next
private message or command, as on Telegram; /oubliemoi drops them. Every REST call made
outside an interaction goes through one pacer (`pacing.py`), card edits in its urgent lane.
The adapter talks to the core only through `bot.platform.Host`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import logging
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice

from bot import i18n
from bot.actions import parse
from bot.adapters.discord.mirror import NativeEvents
from bot.adapters.discord.pacing import DEFER_AFTER, GLOBAL_RATE, MAX_CHOICES, Pacer, urgent
from bot.adapters.discord.render import (
    POSTER_FILENAME,
    POSTER_URL,
    ActionButton,
    build_view,
    card_embed,
    shown_as_typed,
    split_text,
)
from bot.adapters.discord.slash import (
    PLATFORM,
    FocusForm,
    Translator,
    build_commands,
    form_values,
)
from bot.adapters.discord.strings import STRINGS
from bot.adapters.typed import command_fills_confidential
from bot.adapters.waiting import Waiting, opening
from bot.bounded import once_every, remember
from bot.cards import poster_file
from bot.config import Settings
from bot.errors import UserInputError
from bot.i18n import pick_locale, t, using
from bot.messages import (
    CARD_TITLE,
    EventCard,
    Form,
    Incoming,
    Reply,
    answerable,
    bare_emoji,
    emoji_worded,
    event_named,
    pasted_card,
    question_named,
)
from bot.platform import Capabilities, CardGone, EventChoice, Host, Unreachable
from bot.spec import (
    IMAGE_TOO_LARGE,
    MAX_IMAGE_BYTES,
    CommandSpec,
    confidential,
    parse_values,
)
from bot.spec import split_text as split_typed
from bot.text import GREETINGS, fold, worded

log = logging.getLogger(__name__)

# Exactly what the bot needs, nothing more (printed in the invite URL at start-up).
PERMISSIONS = discord.Permissions(send_messages=True, embed_links=True, attach_files=True,
                                  manage_events=True, use_application_commands=True)


# A server's own emoji as a message carries it: `<:name:id>`, `<a:name:id>` when animated.
_CUSTOM_EMOJI = re.compile(r"<a?:\w{1,32}:\d{15,21}>")

# A channel refusing the bot (403) this long, without a single edit let through meanwhile: its
# cards are forgotten (an admin fixing permissions takes minutes, not a day).
FORGET_REFUSED_AFTER = timedelta(days=1)
# A member is told one of `_once_an_hour`'s lines at most this often: pointed to their closed
# private messages (per channel), told how to call the bot instead of its role.
POINTER_EVERY = timedelta(hours=1)
# A card's ±1 guest button with the drawing it names (`bot.cards.guest_arg`): « +1v3 ».
_DRAWN_GUEST = re.compile(r"(v1:guest:[0-9]{1,12}:[+-]1)v[0-9]{1,2}")
# « !participer »: a command word after « ! », the prefix of many other Discord bots.
_BANG = re.compile(r"!([^\W\d_][\w-]*)")
# A reaction that looks like an answer to a card (its buttons' own ✅ 🤔 ❌, 👍, 👌 as on
# Telegram…), once its skin tone, gender and emoji-style marks are taken off (`bare_emoji`).
_ANSWER_LIKE = re.compile("[✅☑✔👍👎❌❎🙋🤔🆗👌]")
# The same typed as a reply under a card, once or more (« ✅ », « ✅✅ », « 👍🏽 »).
_ANSWERS_LIKE = re.compile(f"(?:{_ANSWER_LIKE.pattern})+")
# A card's own buttons, a member's (`bot.cards`): the only ones answered when pressed on
# that event's card after it was redrawn without them (`_taken_off`).
_CARD_VERBS = frozenset({"rsvp", "guest", "ics"})
# Upcoming events read for one autocomplete keystroke, matched against their labels (as many
# as the core reads to match titles).
AUTOCOMPLETE_READS = 100
# What is read of the words typed there, at most (`_most_words`).
AUTOCOMPLETE_CHARS, AUTOCOMPLETE_WORDS = 200, 8
# Seconds after a form was answered within which the same one, same words, is a twin tap.
FORM_AGAIN_WITHIN = 10.0
# `_once_an_hour`'s keys for lines about no channel: the bot's role called, a reaction.
ROLE_TOLD, REACTION_TOLD = 0, 1

# Discord's refusals of a card edit that only mean "not this copy, not now".
TOO_MANY_OLD_EDITS = 30046  # too many edits of a message older than an hour
ARCHIVED_THREAD = 50083  # a thread archived after a day without messages


class FocusTree(app_commands.CommandTree["FocusClient"]):
    """The command tree, with the adapter deciding first whether to serve the server."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return await self.client.adapter.admit(interaction)


class FocusClient(discord.Client):
    """A plain client with one command tree; the adapter does the work."""

    def __init__(self, adapter: DiscordAdapter) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        intents.dm_messages = True  # not privileged: the content of private chats only
        # Not privileged: server messages, whose text Discord sends only when they mention
        # the bot (the privileged `message_content` is never asked for).
        intents.guild_messages = True
        # Not privileged: reactions, without the message (« ✅ » on a card is no answer).
        intents.guild_reactions = True
        intents.dm_reactions = True
        # The bot never joins a voice channel: discord.py's « PyNaCl / davey is not installed,
        # voice will NOT be supported » were two WARNING lines at every start, in the journal
        # an admin is told to watch (README, « What to monitor »).
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(intents=intents, allowed_mentions=discord.AllowedMentions.none(),
                         guild_ready_timeout=adapter.ready_timeout)
        self.adapter = adapter
        self.tree: app_commands.CommandTree[FocusClient] = FocusTree(self)
        self.tree.error(adapter.on_tree_error)

    async def setup_hook(self) -> None:
        await self.adapter.setup(self)

    async def on_action(self, interaction: discord.Interaction[Any], action: str) -> None:
        await self.adapter.on_press(interaction, action)

    async def on_message(self, message: discord.Message) -> None:
        """A private plain message; in a server, only a message calling the bot by its
        name or its role, or replying to it (`DiscordAdapter.on_server_message`); from a
        bot, nothing. The server's own
        emoji (`<:name:id>`) and the bot's own name picked from Discord's list (`<@id>`,
        « @Le Focus ») are no words: left out of what is read (the name alone is a hello).
        A sticker, or such emoji alone, is a reaction (a sticker has no emoji to read,
        unlike Telegram's), and a picture alone gets one line: only what is written is
        read."""
        if message.author.bot:
            return
        if message.guild is not None:
            role = message.guild.self_role  # the bot's own role, also in Discord's list
            if self.user is not None and (
                    any(u.id == self.user.id for u in message.mentions)
                    or (role is not None and role in message.role_mentions)):
                await self.adapter.on_server_message(message, self.user.id)
            return  # not for us: nothing of it is read, nor kept
        text = _read(message.content, self.user.id if self.user is not None else None)
        pasted = pasted_card(text)
        if pasted is not None:
            text = f"/event {pasted}"  # a card's text pasted (its title first)
        if not text and message.message_snapshots:
            # Forwarded (« Transférer »): one of our cards is that event, its card back
            # with buttons; anything else, one line (someone else's words are not theirs).
            shown = _card_number(message.message_snapshots)
            if shown is None:
                await self.adapter.tell(message.channel.id, message.author.id,
                                        "discord.forwarded")
                return
            text = f"/event {shown}"
        if text:
            await self.adapter.on_private_message(message, text)
        elif message.stickers or message.content.strip():
            await self.adapter.tell(message.channel.id, message.author.id,
                                    "discord.reaction")
        elif message.attachments:
            await self.adapter.tell(message.channel.id, message.author.id,
                                    "discord.write_please")

    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        """A member's answer-like emoji (✅ 👍 🤔 ❌…) on one of the bot's messages: told how
        to answer if it is a card (`DiscordAdapter.on_reaction`); any other reaction is
        left alone (👍 under « C'est noté » is a thank-you)."""
        me = self.user
        if (me is None or payload.user_id == me.id or payload.message_author_id != me.id
                or _ANSWER_LIKE.fullmatch(bare_emoji(str(payload.emoji))) is None
                or self._by_a_bot(payload)):
            return
        await self.adapter.on_reaction(payload)

    def _by_a_bot(self, payload: discord.RawReactionActionEvent) -> bool:
        """Another bot's reaction (a poll bot adding ✅ ❌ under every message): nobody to
        tell, and Discord refuses a bot's private message to a bot anyway."""
        user = payload.member or self.get_user(payload.user_id)
        return user is not None and user.bot

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """A member's edit of a private message, or of a server message calling the bot
        (« @Le Focus /participer 3 oui » corrected to « non »): never run (what changed
        would go unseen), one private line says so; one that now shows the channel what is
        for the team only is taken out (`DiscordAdapter.on_server_edit`). Discord adding a
        link's preview is no edit (no `edited_at`)."""
        message, before = payload.message, payload.cached_message
        if (message.author.bot or message.edited_at is None
                or (before is not None and before.edited_at == message.edited_at)):
            return
        if payload.guild_id is None:
            await self.adapter.tell(payload.channel_id, message.author.id, "discord.edited")
        elif self.user is not None:
            text = self.adapter.asked_in(message, self.user.id)
            if text:
                await self.adapter.on_server_edit(message, text)

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Forms sent back are read here, from the payload, not by a modal object kept in
        memory: one opened before a restart still arrives (its id names its draft)."""
        data: Any = interaction.data or {}
        if interaction.type is discord.InteractionType.modal_submit:
            await self.adapter.on_form(interaction, str(data.get("custom_id", "")),
                                       form_values(data.get("components") or []))
        elif interaction.type is discord.InteractionType.component:
            # A button as the member's screen still showed it when the card had been redrawn
            # meanwhile (a ➕ tapped twice on a slow phone: the card names its drawing):
            # discord.py finds no such button on the message and drops the press, the member
            # reads « Échec de l'interaction ». Answered as the button it was (the core
            # counts that second tap once and says so).
            # A card's own button (✅ 🤔 ❌ ➕ ➖ 📅) the screen still showed when that card
            # was redrawn without it (the event cancelled, its sign-ups closed): answered
            # too, in the core's words (« … est annulé »), as the same answer typed would
            # be; an organiser's button, or another event's, is never let through.
            custom_id = str(data.get("custom_id", ""))
            message = interaction.message
            shown = list(_button_ids(message)) if message is not None else []
            if message is not None and (_redrawn(custom_id, shown)
                                        or _taken_off(custom_id, message, shown)):
                await self.on_action(interaction, custom_id)


class DiscordAdapter:
    """The `bot.platform.Platform` for Discord; see the module docstring."""

    platform = PLATFORM
    capabilities = Capabilities(native_events=True, forms=True)

    def __init__(self, settings: Settings, *, rate: float = GLOBAL_RATE,
                 defer_after: float = DEFER_AFTER, ready_timeout: float = 2.0) -> None:
        if not settings.discord_token:
            raise ValueError("DISCORD_TOKEN is not set")
        i18n.add_strings(STRINGS)
        self.settings = settings
        self.defer_after = defer_after
        self.ready_timeout = ready_timeout
        self.pacer = Pacer(rate)
        self._host: Host | None = None
        self._client: FocusClient | None = None
        self._task: asyncio.Task[None] | None = None
        self._busy = 0
        # Interactions held with a "thinking…" the channel sees, until their first follow-up.
        self._thinking_in_public: set[int] = set()
        # Forms sent back lately, by member, form and words (`on_form`): when.
        self._forms_sent: dict[tuple[int, str, tuple[tuple[str, str], ...]], float] = {}
        self._quiet = asyncio.Event()
        self._quiet.set()
        # The poster each posted card shows (its file name, '' for none): an edit that keeps
        # it uploads nothing; an unknown card (posted before a restart) gets it once.
        self._posters: dict[int, str] = {}
        # Since when each channel has refused every card edit (403), until one goes through.
        self._refused_since: dict[int, datetime] = {}
        # When a member was last told a line of `_once_an_hour`: per channel (their private
        # messages closed), `ROLE_TOLD` and `REACTION_TOLD` for lines about no channel.
        self._pointed: dict[tuple[int, int], datetime] = {}
        # (card message, member) told that a reaction answers nothing: once per card.
        self._told_on_card: dict[tuple[int, int], None] = {}
        # Messages of the bot's, whether each is a card with answer buttons (`_is_card`):
        # posted or edited since the start, or looked at after a reaction.
        self._cards: dict[int, bool] = {}
        # Private answers Discord refused (private messages closed): given with their next
        # private answer (`_give_waiting`), kept in the database.
        self.waiting = Waiting(PLATFORM)
        self.mirror = NativeEvents(settings, lambda: self.client, lambda: self.host.now())

    @property
    def host(self) -> Host:
        if self._host is None:
            raise RuntimeError("adapter not started")
        return self._host

    @property
    def client(self) -> FocusClient:
        if self._client is None:
            raise RuntimeError("adapter not started")
        return self._client

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self, host: Host) -> None:
        """Log in (which syncs the commands), connect to the gateway, return once ready."""
        self._host = host
        await self.waiting.start(host)
        client = FocusClient(self)
        self._client = client
        self._pace(client)
        try:
            await client.login(self.settings.discord_token or "")
        except BaseException:
            # Invalid token (discord.LoginFailure) or no network: nothing left open.
            await client.close()
            self._client = None
            raise
        self._task = asyncio.create_task(client.connect(reconnect=True), name="discord-gateway")
        ready = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait({ready, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            await client.close()
            self._client = None
            self._task.result()  # re-raises why the gateway stopped
            raise RuntimeError("Discord gateway closed before READY")
        log.info("Discord: connected as %s; invite the bot with %s", client.user,
                 self.invite_url())
        self._say_organisers(client)

    def _say_organisers(self, client: discord.Client) -> None:
        """Who the organisers are in each of our servers, by the roles' names, in the log at
        every start; and what the server's settings would have widened: Manage Events held
        by @everyone, in the server or in one of its channels (no right by it there:
        `is_organizer`; with no organiser role, nobody is one), a role id found in none of
        them. Each such line says what to change."""
        found: set[int] = set()
        for guild_id in self.settings.discord_guild_ids:
            guild = client.get_guild(guild_id)
            if guild is None:
                log.warning("Discord: the bot is not in the server %d (DISCORD_GUILD_IDS): "
                            "nobody is an organiser there until it is invited", guild_id)
                continue
            roles = [r for r in (guild.get_role(i)
                                 for i in self.settings.discord_organizer_role_ids) if r]
            found.update(r.id for r in roles)
            where = ("the whole server" if _held_by_everyone(guild.default_role.permissions)
                     else "")
            # Roles that hold Manage Events or Administrator make organisers too (they see
            # the participant lists, children's first names included): named, so an admin
            # who gave Manage Events to helpers for Discord's own events sees it.
            managing = [r for r in guild.roles if not r.is_default() and not r.managed
                        and (r.permissions.manage_events or r.permissions.administrator)
                        and r.id not in found]
            log.info("Discord organisers in « %s » (%d): the roles %s%s", guild.name,
                     guild.id, ", ".join(f"« {r.name} » ({r.id})" for r in roles) or "(none)",
                     "" if where else ", and members with Manage Events or Administrator ("
                     + (", ".join(f"« {r.name} » ({r.id})" for r in managing)
                        + " and the server's owner" if managing
                        else "no role holds them: only the server's owner") + ")")
            if not where:
                channels = [c for c in guild.channels
                            if not isinstance(c, discord.CategoryChannel)
                            and _held_by_everyone(c.permissions_for(guild.default_role))]
                where = ", ".join(f"#{c.name}" for c in channels[:5]) + (
                    f" (and {len(channels) - 5} more)" if len(channels) > 5 else "")
            if where:
                log.warning("Discord: in « %s » (%d), @everyone holds Manage Events or "
                            "Administrator (%s): there it gives no organiser right (every "
                            "member would have it), %s; take it off @everyone, or %s",
                            guild.name, guild.id, where,
                            "only the roles of DISCORD_ORGANIZER_ROLE_IDS do" if roles else
                            "so nobody is an organiser there (DISCORD_ORGANIZER_ROLE_IDS "
                            "names no role of this server)",
                            "give the organisers a role of their own and add its id to "
                            "DISCORD_ORGANIZER_ROLE_IDS")
        for role_id in set(self.settings.discord_organizer_role_ids) - found:
            log.warning("Discord: the role %d (DISCORD_ORGANIZER_ROLE_IDS) is in none of our "
                        "servers: nobody holds it", role_id)

    async def stop(self) -> None:
        """Let answers in flight finish (briefly), then close the gateway and HTTP session."""
        if self._client is None:
            return
        try:
            await asyncio.wait_for(self._quiet.wait(), timeout=5)
        except TimeoutError:
            log.warning("Discord: stopping with %s answers still in flight", self._busy)
        await self._client.close()
        if self._task is not None:
            try:
                await self._task
            except Exception:
                log.exception("Discord gateway task ended with an error")
        self._client = None
        self._task = None

    @property
    def connected(self) -> bool:
        client = self._client
        return (client is not None and client.is_ready() and not client.is_closed()
                and client.ws is not None and client.ws.open)

    async def idle(self) -> None:
        """Wait until no interaction is being answered (tests, shutdown)."""
        await self._quiet.wait()

    def invite_url(self) -> str:
        """The OAuth2 URL with exactly the permissions the bot uses."""
        app_id = self.client.application_id
        if app_id is None:
            return "(unknown until logged in)"
        return discord.utils.oauth_url(app_id, permissions=PERMISSIONS,
                                       scopes=("bot", "applications.commands"))

    def _pace(self, client: FocusClient) -> None:
        """Every REST call of this client (not interaction callbacks) waits for the pacer."""
        original = client.http.request
        pacer = self.pacer

        async def paced(route: discord.http.Route, **kwargs: Any) -> Any:
            await pacer.wait()
            return await original(route, **kwargs)

        client.http.request = paced  # type: ignore[method-assign]

    async def setup(self, client: FocusClient) -> None:
        """Runs inside `login()`: re-register buttons, generate, translate and sync commands.

        Organiser commands go to our server(s) only, never to the global set. Members'
        commands go to our server(s) too, or, with `DISCORD_OTHER_SERVERS=members`, to the
        global set instead (which also covers our servers: listing them in both would show
        every command twice there). The global set is always synced, so commands left there
        by an older setup disappear from other servers.
        """
        client.add_dynamic_items(ActionButton)
        await client.tree.set_translator(Translator())
        ours = [discord.Object(g) for g in self.settings.discord_guild_ids]
        if not ours:
            # `config.load()` refuses this; built by hand, it fails closed.
            log.error("Discord: DISCORD_GUILD_IDS is empty: no organiser rights and no "
                      "server commands anywhere")
        everywhere = self.settings.discord_other_servers == "members"
        router = self.host.router
        for command in build_commands(router, self.run_command, self.event_choices):
            spec = router.find(command.name)
            if everywhere and spec is not None and not spec.organizer:
                client.tree.add_command(command)
            else:
                client.tree.add_command(command, guilds=ours)
        for guild in [*ours, None]:
            where = f"to server {guild.id}" if guild else "globally"
            try:
                synced = await client.tree.sync(guild=guild)
            except discord.HTTPException as err:
                log.error("Discord: could not sync slash commands %s (%s); keeping the "
                          "previous set", where, err)
                continue
            log.info("Discord: %d slash commands synced %s", len(synced), where)

    # -- incoming ------------------------------------------------------------------------------

    def is_organizer(self, interaction: discord.Interaction[Any]) -> bool:
        """Manage Events (or administrator), or one of the organiser roles, in one of our
        servers; never in DMs, never in another server, whatever rights one has there."""
        if interaction.guild_id not in self.settings.discord_guild_ids:
            return False
        roles = {role.id for role in getattr(interaction.user, "roles", ())}
        roles.discard(interaction.guild_id)  # @everyone's id is the server's: never a right
        if roles & set(self.settings.discord_organizer_role_ids):
            return True
        perms = interaction.permissions
        return (perms.manage_events or perms.administrator) and not _everyone_may(interaction)

    def _incoming(self, interaction: discord.Interaction[Any], *, text: str = "",
                  action: str | None = None, command: str | None = None,
                  options: dict[str, str] | None = None) -> Incoming:
        user = interaction.user
        message = interaction.message
        return Incoming(
            platform=PLATFORM,
            user_id=str(user.id),
            display_name=user.display_name,
            chat_id=str(interaction.channel_id or user.id),
            text=text,
            is_private=interaction.guild_id is None,
            is_organizer=self.is_organizer(interaction),
            platform_locale=str(interaction.locale),
            action=action,
            # An ephemeral message can't be edited through the channel: not a live copy.
            message_id=(str(message.id) if message is not None and action
                        and not message.flags.ephemeral else None),
            command=command,
            options=options or {},
        )

    async def admit(self, interaction: discord.Interaction[Any]) -> bool:
        """Whether to serve this interaction at all; from another server, in `ignore` mode,
        a short polite refusal instead, and nothing reaches the core."""
        guild_id = interaction.guild_id
        if guild_id is None or self._serves(guild_id):
            return True
        log.debug("Discord: interaction from another server (%s) refused", guild_id)
        try:
            if interaction.type is discord.InteractionType.autocomplete:
                await interaction.response.autocomplete([])
            else:
                await interaction.response.send_message(
                    _said(str(interaction.locale), "discord.elsewhere"), ephemeral=True)
        except discord.HTTPException as err:
            log.warning("Discord: could not answer an interaction from another server: %s",
                        err)
        return False

    async def run_command(self, interaction: discord.Interaction[Any], spec: CommandSpec,
                          options: dict[str, str],
                          picture: discord.Attachment | None = None) -> None:
        """A slash command: its options, as text, to the core's parser; its picture (the
        attachment option of a `takes_image` command) fetched within the answer's time."""
        incoming = self._incoming(interaction, text=f"/{spec.name}", command=spec.name,
                                  options=options)
        if picture is not None and not spec.takes_picture_from(incoming.is_organizer):
            picture = None  # a member's upload to an organiser command is not fetched
        why = ("discord.everyone_manages_events" if spec.organizer and not incoming.is_organizer
               and self._organiser_before_the_rule(interaction) else None)
        await self._serve(interaction, incoming, press=False, defer_ephemeral=not spec.public,
                          picture=picture, private=not spec.public, why=why)

    def _organiser_before_the_rule(self, interaction: discord.Interaction[Any]) -> bool:
        """Whether a member refused organiser rights holds Manage Events (or Administrator)
        by a role of their own, or owns the server, where @everyone holds it too: an
        organiser by the older rule, who must read why a command is refused now (whoever
        holds it only as everyone does reads the plain refusal)."""
        guild, member = interaction.guild, interaction.user
        if (guild is None or interaction.guild_id not in self.settings.discord_guild_ids
                or not isinstance(member, discord.Member) or not _everyone_may(interaction)):
            return False
        return guild.owner_id == member.id or any(
            _held_by_everyone(role.permissions) for role in member.roles
            if not role.is_default())

    async def _names_of(self, guild: discord.Guild | None, text: str) -> dict[int, str]:
        """The display names of the members picked from Discord's list in a slash
        command's options (`<@id>`: Discord resolves no mention in a text option), from
        the cache or asked once each, in the urgent lane (members are not cached without
        the privileged intent; an answer must not wait behind a fan-out); one that cannot
        be found is left as it is."""
        names: dict[int, str] = {}
        for user_id in list(dict.fromkeys(int(i) for i in _MENTION.findall(text)))[:5]:
            try:
                with urgent():
                    user: discord.abc.User | None = (
                        guild.get_member(user_id) or await guild.fetch_member(user_id)
                        if guild is not None else
                        self.client.get_user(user_id) or await self.client.fetch_user(user_id))
            except discord.HTTPException:
                user = None
            if user is not None:
                names[user_id] = user.display_name
        return names

    async def on_private_message(self, message: discord.Message, text: str) -> None:
        """A typed line (`text`, the message as read) in the member's private chat with the
        bot: to the core like a typed line on Telegram (a question, « /participer 12 oui »);
        the answers in that chat. No organiser rights there (they exist only in our
        server). A picture sent with it is not read: the answer says so first, as on
        Telegram (« c'est quand ça ? » with a flyer)."""
        text = _unmentioned(text, {u.id: u.display_name for u in message.mentions}.get)
        with self._answering():
            try:
                await self._answer_typed(message.author, message.channel, text,
                                         event_id=_card_answered(message, self.client.user),
                                         question_id=_question_answered(message,
                                                                        self.client.user),
                                         words_only=any(map(_picture, message.attachments)))
            except discord.HTTPException as err:
                log.warning("Discord: answering a private message failed: %s", err)

    async def on_server_message(self, message: discord.Message, bot_id: int) -> None:
        """A message in a server's channel mentioning the bot. Addressed to it (its name
        opens the message, after a greeting at most, or closes it after a comma): read like
        a private message, and every answer goes to the member's private chat (in a channel,
        answers holding someone's bookings or data are for them alone). The bot named in
        passing (« inscrivez-vous avec @Le Focus ! ») speaks about it to the others: left
        alone. Other servers are served only with `DISCORD_OTHER_SERVERS=members`. Private
        messages closed: one short line in the channel, in reply to the message, without
        the question nor any ping, points to the privacy setting (once an hour per member
        and channel).

        « @Le Focus » picked from Discord's list may be the bot's role (`<@&id>`), not the
        bot: read as its name. Without the privileged intent Discord documents the text
        only for messages mentioning the bot itself, so such a message comes empty: the
        member is told privately how to call the bot (once an hour), never in the channel."""
        guild = message.guild
        if guild is None or not self._serves(guild.id):
            return
        role = guild.self_role
        if (role is not None and not message.content.strip()
                and role in message.role_mentions):
            await self._unread_role_call(message)
            return
        text = self.asked_in(message, bot_id)
        if text is None:
            if (message.attachments and not worded(_read(message.content, bot_id))
                    and _replies_to(message, bot_id)):
                # A voice message or a file answering our card: not read, told privately
                # (as on Telegram); a sticker or emoji there stays a reaction.
                await self.tell_privately(message.author, "discord.write_please")
            elif (message.reference is not None and message.reference.message_id is not None
                  and _replies_to(message, bot_id)
                  and _ANSWERS_LIKE.fullmatch(bare_emoji("".join(
                      _read(message.content, bot_id).split()))) is not None):
                # « ✅ » typed under our card: answers nothing, as the same reaction; told
                # privately which buttons do (once for that card, at most once an hour).
                await self._point_to_buttons(message.channel.id, message.reference.message_id,
                                             message.author.id, "discord.emoji_reply")
            return
        text = _unmentioned(text, {u.id: u.display_name for u in message.mentions}.get)
        user = message.author
        with self._answering():
            try:
                dm = await self.client.create_dm(user)
                await self._answer_typed(user, dm, text, asked=message,
                                         event_id=_card_answered(message, self.client.user))
            except discord.Forbidden as err:
                log.info("Discord: a member's private messages are closed (%s)", err.code)
                await self._point_to_privacy(message)
            except discord.HTTPException as err:
                log.warning("Discord: answering a message in a server failed: %s", err)

    def _serves(self, guild_id: int) -> bool:
        """Whether messages of this server are read (ours, or any in `members` mode)."""
        return (guild_id in self.settings.discord_guild_ids
                or self.settings.discord_other_servers == "members")

    def asked_in(self, message: discord.Message, bot_id: int) -> str | None:
        """What a server message asks the bot, read like a private message; None when it
        is not for the bot (see `on_server_message`) or its server is not served."""
        guild = message.guild
        if guild is None or not self._serves(guild.id):
            return None
        content = message.content
        role = guild.self_role
        if role is not None:
            content = content.replace(f"<@&{role.id}>", f"<@{bot_id}>")
        text = _addressed(content, bot_id, self._ours)
        if text is None and _replies_to(message, bot_id):
            # A reply to our card or message (Discord's reply pings the bot by default, so
            # its text reaches us): a question, as under a card on Telegram. Emoji alone
            # (👍, ❤️) is a reaction, left alone.
            read = _read(content, bot_id)
            text = read if worded(read) else None
        return text

    async def _answer_typed(self, user: discord.abc.User, channel: discord.abc.Messageable,
                            text: str, *, asked: discord.Message | None = None,
                            event_id: int | None = None, question_id: int | None = None,
                            words_only: bool = False) -> None:
        """A typed line to the core; its answers in the member's private chat `channel`.
        No organiser rights from a typed line (a slash command in our server has them).
        `asked`: the member's message in a server's channel this line was read from. A
        command there is a command typed in a group, as on Telegram (« @Le Focus
        /participer 3 oui Léa, Tom »): what the channel must not read in it (children's
        names) is taken out (`_retract`); a question is one asked aloud, answered
        privately. `event_id`: the event of the bot's card this line answers (« Répondre »
        under it, `_card_answered`); `question_id`: the question passed on to the team it
        answers (`_question_answered`). `words_only`: a picture came with it, unread."""
        # A private message carries no language: their Discord app's as last seen (from
        # their last slash command; their /langue, if any, still wins in the core).
        known = await self.host.language_of(PLATFORM, str(user.id), app_only=True)
        text = self._slashed(emoji_worded(text))
        chat_id = str(getattr(channel, "id", user.id))
        in_group = asked is not None and text.startswith("/")
        incoming = Incoming(platform=PLATFORM, user_id=str(user.id),
                            display_name=user.display_name, chat_id=chat_id, text=text,
                            is_private=not in_group, is_organizer=False,
                            platform_locale=known,
                            asked_in_group=asked is not None and not in_group,
                            event_id=event_id, question_id=question_id)
        replies = await self.host.handle(incoming)
        if words_only and replies:
            with using(replies[0].locale):
                replies.insert(0, Reply(t("notice.words_only"), private=True,
                                        locale=replies[0].locale))
        spec = self._organizer_command(text)
        if replies and spec is not None:
            replies.append(_organizer_here(spec, replies[-1].locale))
        if asked is not None and any(r.retract_asking for r in replies):
            told = await self._retract(asked, replies[-1].locale)
            replies += [told] if told is not None else []
        for index, reply in enumerate(replies):
            try:
                await self._send_private(channel, incoming.user_id, reply)
            except discord.Forbidden:
                for unsent in replies[index:]:  # said when they next write privately
                    await self.waiting.keep(incoming.user_id, unsent,
                                            asked=text if asked is not None else "")
                raise
        await self._give_waiting(incoming.user_id, channel,
                                 {opening(r.text) for r in replies})

    async def _retract(self, message: discord.Message, locale: str) -> Reply | None:
        """The member's channel message holds what the channel must not read (children's
        first names): deleted where the bot's role may (Manage Messages, which the invite
        does not ask for), and the member told privately either way, so nobody believes
        the names gone when they are not. Already deleted (by them, or a moderation bot):
        nothing to say."""
        try:
            with urgent():
                await message.delete()
            key = "discord.retracted"
        except discord.NotFound:
            return None
        except discord.HTTPException as err:
            log.info("Discord: could not delete a member's message in %s: %s",
                     message.channel.id, err)
            key = "discord.retract_yourself"
        with using(locale):
            return Reply(t(key), private=True, locale=locale)

    def _ours(self, name: str) -> bool:
        """Whether `name` (folded to lower case) is one of our commands."""
        return self.host.router.find(name) is not None

    def _slashed(self, text: str) -> str:
        """« !participer 1 oui », as other Discord bots are called: one of our commands
        after « ! » is that command; any other line starting with « ! » stays as typed. One
        whose words do not fit that command (« !prochaine soirée c quand ? »: a question,
        not /prochain and its one word), more words than it takes or a question it cannot
        read, is read without its « ! », like any line; a value mistyped (« !participer 1
        ouii ») still gets the command's own refusal."""
        found = _BANG.match(text)
        spec = self.host.router.find(found.group(1).lower()) if found is not None else None
        if found is None or spec is None:
            return text
        now = self.host.now()
        try:
            parse_values(spec, split_typed(spec, text[found.end():], now), now)
        except UserInputError as err:
            if err.key == "error.too_many_words" or text.rstrip().endswith("?"):
                return text[1:].strip()
        return "/" + text[1:]

    async def _send_private(self, channel: discord.abc.Messageable, user_id: str,
                            reply: Reply) -> None:
        """One answer in the member's private chat; a card there is followed (and
        recorded as theirs, so erasing them takes it off the record)."""
        poster = self.poster_of(reply.card)
        card_id = await _send_to(channel, reply, poster)
        if reply.card is not None and card_id is not None:
            self._note_poster(int(card_id), reply.card, poster)
            await self.host.card_posted(reply.card.event_id, PLATFORM,
                                        str(getattr(channel, "id", user_id)), card_id,
                                        reply.locale, private_to=user_id)

    async def _give_waiting(self, user_id: str, channel: discord.abc.Messageable | None,
                            said: set[str]) -> None:
        """The member's private chat works again (they wrote there, or an answer just
        reached them): what could not reach them, still recent, follows (not what was just
        said again). `channel` None: their private chat, opened here. Refused again: kept."""
        async def send(reply: Reply) -> None:
            nonlocal channel
            if channel is None:
                channel = await self.client.create_dm(discord.Object(int(user_id)))
            with urgent():
                await self._send_private(channel, user_id, reply)

        await self.waiting.give(user_id, said, send, discord.Forbidden)

    async def _point_to_privacy(self, message: discord.Message) -> None:
        """The one public line when an answer cannot go privately: in reply to the
        member's message (no ping), naming nobody and repeating nothing of the question;
        that message taken out meanwhile (`_retract`), a plain line in its channel."""
        if not self._once_an_hour(message.channel.id, message.author.id):
            return
        known = await self.host.language_of(PLATFORM, str(message.author.id))
        try:
            with urgent():
                await message.channel.send(
                    _said(known, "discord.open_private"), mention_author=False,
                    reference=message.to_reference(fail_if_not_exists=False),
                    allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as err:
            log.info("Discord: could not point a member to their private messages: %s", err)

    async def _unread_role_call(self, message: discord.Message) -> None:
        """The bot's role called in a channel, its text withheld by Discord: one private
        line (once an hour per member) says to pick the bot itself from the list."""
        if not self._once_an_hour(ROLE_TOLD, message.author.id):  # wherever it was
            return
        with self._answering():
            try:
                known = await self.host.language_of(PLATFORM, str(message.author.id))
                dm = await self.client.create_dm(message.author)
                await dm.send(_said(known, "discord.role_called"))
            except discord.HTTPException as err:
                log.info("Discord: could not tell a member how to call the bot: %s", err)

    async def on_reaction(self, payload: discord.RawReactionActionEvent) -> None:
        """An answer-like emoji on one of the bot's cards (servers where « réagissez ✅ si
        vous venez » is the custom): no answer, so the member is told privately to press the
        card's buttons, once per card and at most once an hour; never in the channel. A card
        is a message with answer buttons (not a cancelled or started one's), known since it
        was posted or edited, else looked at once (`_is_card`: one posted before a
        restart). Other servers as their commands are (`admit`)."""
        if payload.guild_id is not None and not self._serves(payload.guild_id):
            return
        await self._point_to_buttons(payload.channel_id, payload.message_id, payload.user_id,
                                     "card.reaction")

    async def _point_to_buttons(self, channel_id: int, message_id: int, user_id: int,
                                key: str) -> None:
        """Tell a member privately, in `key`'s words, that an emoji on or under the card
        `message_id` is no answer and which buttons are: once per card and member (a
        reaction and a « ✅ » typed under it alike), at most once an hour."""
        told = (message_id, user_id)
        if told in self._told_on_card:
            return
        with self._answering():
            if not await self._is_card(channel_id, message_id):
                return
            if not self._once_an_hour(REACTION_TOLD, user_id):
                return
            remember(self._told_on_card, told, None, 4096)
            try:
                known = await self.host.language_of(PLATFORM, str(user_id))
                with using(pick_locale(None, known)):
                    line = t(key, going=t("button.going"), maybe=t("button.maybe"),
                             no=t("button.no"))
                dm = await self.client.create_dm(discord.Object(user_id))
                await dm.send(line)
            except discord.HTTPException as err:
                log.info("Discord: could not tell a member a reaction is no answer: %s", err)

    async def _is_card(self, channel_id: int, message_id: int) -> bool:
        """Whether a message of the bot's is an event card one may still answer (an embed
        and answer buttons): known since it was posted or edited, else looked at once, the
        finding kept. A message the bot may not read (no Read Message History there) is no
        card: nothing is said about what could not be looked at."""
        known = self._cards.get(message_id)
        if known is not None:
            return known
        try:
            message = await self.client.get_partial_messageable(channel_id).fetch_message(
                message_id)
            card = bool(message.embeds) and answerable(_button_ids(message))
        except (discord.Forbidden, discord.NotFound) as err:
            log.info("Discord: could not look at a reacted message in %s: %s", channel_id,
                     err)
            card = False
        except discord.HTTPException as err:  # a passing failure: looked at again next time
            log.info("Discord: could not look at a reacted message now: %s", err)
            return False
        remember(self._cards, message_id, card, 4096)
        return card

    def _once_an_hour(self, channel_id: int, user_id: int) -> bool:
        """Whether a member may be told a line about `channel_id` now (`POINTER_EVERY`
        since the last one); if so, it counts as told."""
        return once_every(self._pointed, (channel_id, user_id), self.host.now(),
                          POINTER_EVERY, 1000)

    def _organizer_command(self, text: str) -> CommandSpec | None:
        """The organiser command a typed line starts with, if it does."""
        head = text.strip().split(maxsplit=1)[0] if text.strip() else ""
        spec = self.host.router.find(head[1:]) if head.startswith("/") else None
        return spec if spec is not None and spec.organizer else None

    async def tell(self, channel_id: int, user_id: int, key: str) -> None:
        """One line of the adapter's own in a private chat (an edit, a picture alone): a
        private message carries no language, so the member's (chosen with /langue, else
        their Discord app's as last seen), French for someone unknown."""
        with self._answering():
            try:
                known = await self.host.language_of(PLATFORM, str(user_id))
                channel = self.client.get_partial_messageable(channel_id)
                await channel.send(_said(known, key))
            except discord.HTTPException as err:
                log.info("Discord: a private line not delivered: %s", err)

    async def tell_privately(self, user: discord.abc.User, key: str) -> None:
        """One line of the adapter's own in the member's private chat, asked about in a
        server's channel; private messages closed: it waits for that chat to open."""
        with self._answering():
            known = await self.host.language_of(PLATFORM, str(user.id))
            shown = pick_locale(None, known)
            with using(shown):
                line = Reply(t(key), private=True, locale=shown)
            await self._say_privately(user, line)

    async def _say_privately(self, user: discord.abc.User, line: Reply) -> None:
        """`line` in the member's private chat; closed: it waits for that chat to open."""
        try:
            dm = await self.client.create_dm(user)
            await self._send_private(dm, str(user.id), line)
        except discord.Forbidden:
            await self.waiting.keep(str(user.id), line)
        except discord.HTTPException as err:
            log.info("Discord: a private line not delivered: %s", err)

    async def on_server_edit(self, message: discord.Message, text: str) -> None:
        """A member edited a message calling the bot in a channel (`text`, as read): edits
        are never run, the member is told privately. A command edited to show what is for
        the team only (« … oui » become « … oui Léa, Tom »: a `confidential` option filled)
        is taken out of the channel as the first version would have been (`_retract`),
        since no handler runs to ask for it."""
        await self.tell_privately(message.author, "discord.edited")
        if not self._confidential(text):
            return
        with self._answering():
            known = await self.host.language_of(PLATFORM, str(message.author.id))
            told = await self._retract(message, pick_locale(None, known))
            if told is not None:
                await self._say_privately(message.author, told)

    def _confidential(self, text: str) -> bool:
        """Whether a typed command fills one of its `confidential` options (children's
        first names…); read, never run."""
        return command_fills_confidential(self.host.router.find, self._slashed(text),
                                          self.host.now())

    @contextlib.contextmanager
    def _answering(self) -> Iterator[None]:
        """One answer in flight: `stop` and `idle` wait until none is."""
        self._busy += 1
        self._quiet.clear()
        try:
            yield
        finally:
            self._busy -= 1
            if not self._busy:
                self._quiet.set()

    async def on_form(self, interaction: discord.Interaction[Any], action: str,
                      values: dict[str, str]) -> None:
        """A form (modal) sent back: its fields, as text, to the action it was opened for.
        The same form sent again with the same words by the same member within
        `FORM_AGAIN_WITHIN` (« Envoyer » tapped twice on a slow phone) is not run again: an
        answer to a question would reach the member twice, a new event be made twice; the
        second tap is told, privately, that nothing was sent again. Sent again later (after
        a refusal, a failure), it is run as any form."""
        key = (interaction.user.id, action, tuple(sorted(values.items())))
        now = asyncio.get_running_loop().time()
        sent = self._forms_sent.get(key)
        if sent is not None and now - sent < FORM_AGAIN_WITHIN:
            with contextlib.suppress(discord.HTTPException):
                await interaction.response.send_message(
                    _said(str(interaction.locale), "discord.form_again"), ephemeral=True)
            return
        remember(self._forms_sent, key, now, 256)  # before any wait: a twin arrives now
        try:
            if not await self.admit(interaction):
                return
            incoming = self._incoming(interaction, action=action, options=values)
            await self._serve(interaction, incoming, press=True, defer_ephemeral=True)
        finally:  # counted from the first's answer (a slow one's twin is still a twin)
            self._forms_sent[key] = asyncio.get_running_loop().time()

    async def _handle_with(self, incoming: Incoming, picture: discord.Attachment | None,
                           guild: discord.Guild | None = None) -> list[Reply]:
        """The core's answer, after fetching the picture (bounded: a bigger one is not
        fetched and comes as IMAGE_TOO_LARGE, refused politely by the command) and naming
        the members picked in a slash command's options (`_names_of`): within the time a
        slow answer is held by « thinking… »."""
        spec = self.host.router.find(incoming.command) if incoming.command else None
        # Only where names are read as names (children's): an option naming a member to act
        # on (/retirer's `qui`) keeps the id the command finds the member by.
        named = confidential(spec) if spec is not None else frozenset()
        if any("<@" in value for key, value in incoming.options.items() if key in named):
            names = await self._names_of(guild, " ".join(
                v for k, v in incoming.options.items() if k in named))
            incoming = dataclasses.replace(incoming, options={
                key: _unmentioned(value, names.get) if key in named else value
                for key, value in incoming.options.items()})
        if picture is not None:
            image: bytes | None = IMAGE_TOO_LARGE
            if picture.size <= MAX_IMAGE_BYTES:
                try:
                    image = await picture.read()
                except discord.HTTPException as err:
                    log.warning("Discord: attachment not downloaded: %s", err)
                    image = None
                if image is not None and len(image) > MAX_IMAGE_BYTES:
                    image = IMAGE_TOO_LARGE
            incoming = dataclasses.replace(incoming, image=image)
        return await self.host.handle(incoming)

    async def on_press(self, interaction: discord.Interaction[Any], action: str) -> None:
        """A button press: an ephemeral confirmation; the cards are refreshed by the core."""
        if not await self.admit(interaction):
            return
        incoming = self._incoming(interaction, action=action)
        await self._serve(interaction, incoming, press=True, defer_ephemeral=True)

    async def _serve(self, interaction: discord.Interaction[Any], incoming: Incoming, *,
                     press: bool, defer_ephemeral: bool,
                     picture: discord.Attachment | None = None, private: bool = False,
                     why: str | None = None) -> None:
        """`private`: every answer is shown to the asker only (a command whose answer is
        not meant for the channel: one member's booking, language or question). `why`: a
        key of the adapter's own line after the core's first answer (a refusal's reason)."""
        with self._answering():
            try:
                work = asyncio.ensure_future(
                    self._handle_with(incoming, picture, interaction.guild))
                done, _ = await asyncio.wait({work}, timeout=self.defer_after)
                if not done:
                    # Discord wants an answer within 3 s; the real one follows as a follow-up.
                    try:
                        if press:
                            await interaction.response.defer()
                        else:
                            await interaction.response.defer(ephemeral=defer_ephemeral,
                                                             thinking=True)
                            if not defer_ephemeral:
                                self._thinking_in_public.add(interaction.id)
                    except discord.HTTPException as err:
                        log.warning("Discord: could not defer interaction: %s", err)
                replies = await work
                if why is not None and replies:
                    first = replies[0]
                    with using(pick_locale(None, first.locale)):  # the refusal's language
                        replies = [dataclasses.replace(first, text=f"{first.text}\n{t(why)}"),
                                   *replies[1:]]
                await self._answer(interaction, incoming, replies, press=press, private=private)
                if incoming.is_private:  # used privately: what waited follows there
                    await self._give_waiting(incoming.user_id, None, set())
            except discord.HTTPException as err:
                log.warning("Discord: answering an interaction failed: %s", err)
            finally:
                self._thinking_in_public.discard(interaction.id)

    async def _follow_up(self, interaction: discord.Interaction[Any], *, ephemeral: bool,
                         **kwargs: Any) -> discord.WebhookMessage:
        """A follow-up message. Discord shows the first follow-up after a public
        "thinking…" in its place, seen by the channel whatever its own flags: a private one
        (a refusal) first takes that public message away, then comes on its own. Where
        Discord refuses to remove it, it is edited to say the answer came privately; if
        that fails too, the private answer is not sent (it would show in public)."""
        if interaction.id in self._thinking_in_public:
            self._thinking_in_public.discard(interaction.id)
            if ephemeral:
                try:
                    await interaction.delete_original_response()
                except discord.NotFound:
                    pass  # deleted already (a moderator): nothing left to take its place
                except discord.HTTPException as err:
                    log.warning("Discord: could not remove a public 'thinking': %s", err)
                    await interaction.edit_original_response(
                        content=_said(str(interaction.locale), "discord.answered_privately"))
        return await interaction.followup.send(**kwargs, ephemeral=ephemeral, wait=True)

    async def _answer(self, interaction: discord.Interaction[Any], incoming: Incoming,
                      replies: list[Reply], *, press: bool, private: bool = False) -> None:
        form = next((r.form for r in replies if r.form is not None), None)
        if form is not None and interaction.type is not discord.InteractionType.modal_submit:
            # A form is the whole answer: Discord opens it as the first response only (and
            # never in answer to a form: then its text and buttons are shown instead).
            await self._open_form(interaction, incoming, form)
            return
        for reply in replies:
            if press and reply.replaces_pressed and _own_message(interaction, reply):
                await self._replace_pressed(interaction, reply)
                continue
            ephemeral = press or private or reply.private
            message_id = await self._answer_one(interaction, reply, ephemeral)
            if reply.card is not None and message_id and not ephemeral:
                # A private chat has an id of its own: the card is recorded as the
                # member's, so erasing them takes it off the record.
                await self.host.card_posted(
                    reply.card.event_id, PLATFORM, incoming.chat_id, message_id, reply.locale,
                    private_to=incoming.user_id if incoming.is_private else None)
        if any(r.text.strip() or r.card or r.attachment or r.buttons for r in replies):
            return
        # Nothing to show: acknowledge anyway, or Discord reports "interaction failed" (or
        # keeps "thinking…" after a deferral).
        if press:
            if not interaction.response.is_done():
                await interaction.response.defer()
            return
        done = _said(incoming.platform_locale, "discord.done")
        if interaction.response.is_done():
            await self._follow_up(interaction, content=done, ephemeral=True)
        else:
            await interaction.response.send_message(done, ephemeral=True)

    @staticmethod
    async def _replace_pressed(interaction: discord.Interaction[Any], reply: Reply) -> None:
        """Show `reply` in place of the pressed message (the door list after a tap)."""
        content = (split_text(shown_as_typed(reply.text)) or [""])[0]
        view = build_view(reply.buttons)
        if not interaction.response.is_done():
            await interaction.response.edit_message(content=content, view=view)
        else:
            await interaction.edit_original_response(content=content, view=view)

    async def _open_form(self, interaction: discord.Interaction[Any], incoming: Incoming,
                         form: Form) -> None:
        """The modal; if the answer was already deferred (a slow core), a short note to run
        the command again instead."""
        if not interaction.response.is_done():
            await interaction.response.send_modal(FocusForm(form))
            return
        await self._follow_up(interaction, ephemeral=True,
                              content=_said(incoming.platform_locale, "discord.form_late"))

    async def _answer_one(self, interaction: discord.Interaction[Any], reply: Reply,
                          ephemeral: bool) -> str | None:
        """Send one reply as the interaction response or a follow-up; the card's message id."""
        card_id: str | None = None
        poster = self.poster_of(reply.card)
        for kwargs in _messages(reply, poster, seen_by_others=not ephemeral):
            if not interaction.response.is_done():
                callback = await interaction.response.send_message(**kwargs, ephemeral=ephemeral)
                sent = str(callback.message_id) if callback.message_id else None
            else:
                message = await self._follow_up(interaction, ephemeral=ephemeral, **kwargs)
                sent = str(message.id)
            if "embed" in kwargs:
                card_id = sent
        if reply.card is not None and card_id is not None:
            self._note_poster(int(card_id), reply.card, poster)
        return card_id

    async def event_choices(self, interaction: discord.Interaction[Any],
                            current: str) -> list[Choice[int]]:
        """Autocomplete: upcoming events whose title (or number) matches what is typed (the
        core's rule). When none does, the words typed are looked for in the whole label
        shown, its date too: « vendredi », « 28 nov », « jeux samedi », « la soirée de ce
        soir » find that event (those matching the most words), where the list was empty
        and Discord will not send a number box holding words. A day named (« demain »,
        « ce we », « 27/11 ») that has events offers those only, never another day's;
        « n°2 » is the number 2."""
        locale = pick_locale(None, str(interaction.locale))
        numbered = _NUMBERED.fullmatch(current.strip())  # « n°2 », « num 2 »: the number
        found = await self.host.event_choices(
            f"#{numbered.group(1)}" if numbered else current, locale, MAX_CHOICES)
        if not found and current.strip() and not numbered:
            every = await self.host.event_choices("", locale, AUTOCOMPLETE_READS)
            with using(locale):
                rest, days = _days_named(current, self.host.now())
                on_days = [c for c in every if any(d in fold(c.label) for d in days)]
                if on_days:  # a day named that has events: those only, best by the rest
                    found = _most_words(on_days, rest) or on_days
                else:
                    found = _most_words(every, rest)
        return [Choice(name=c.label[:100] or f"#{c.event_id}", value=c.event_id)
                for c in found[:MAX_CHOICES]]

    async def on_tree_error(self, interaction: discord.Interaction[Any],
                            error: app_commands.AppCommandError) -> None:
        """Stale or invalid input gets a short ephemeral answer; crashes are logged."""
        if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
            key = "discord.stale"
        elif isinstance(error, app_commands.TransformerError):
            key = "discord.bad_value"
        else:
            log.error("Discord: slash command failed", exc_info=error)
            key = "error.internal"
        text = _said(str(interaction.locale), key)
        try:
            if interaction.response.is_done():
                await self._follow_up(interaction, content=text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)
        except discord.HTTPException as err:
            log.warning("Discord: could not report an error: %s", err)

    # -- outgoing ------------------------------------------------------------------------------

    def announce_chats(self) -> list[str]:
        return [str(c) for c in self.settings.discord_announce_channel_ids]

    def private_link(self, payload: str) -> str | None:
        """Discord has no link opening a private chat with a payload."""
        return None

    async def edit_ready(self, chat_id: str) -> None:
        """No per-chat slots to wait for: edits go through the urgent lane of the pacer."""

    def poster_of(self, card: EventCard | None) -> Path | None:
        """The file of the card's poster, uploaded with the card; None without one."""
        return poster_file(self.settings.database_path, card) if card is not None else None

    def _note_poster(self, message_id: int, card: EventCard, poster: Path | None) -> None:
        """Which poster a card message shows now ('' for none), and whether it has answer
        buttons (`_is_card`); the oldest are forgotten."""
        remember(self._posters, message_id, card.image if poster is not None else "", 4096)
        remember(self._cards, message_id, answerable(b.action for b in card.buttons), 4096)

    async def send(self, chat_id: str, reply: Reply) -> str | None:
        """Post in a channel; a card posted in our server is mirrored as a native event."""
        channel = self.client.get_partial_messageable(int(chat_id))
        poster = self.poster_of(reply.card)
        card_id = await _send_to(channel, reply, poster)
        if reply.card is not None and card_id is not None:
            self._note_poster(int(card_id), reply.card, poster)
            self.host.spawn(self.mirror.show(int(chat_id), reply.card, create=True))
        return card_id

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        """Show the new state, in the pacer's urgent lane (ahead of any fan-out); 30046 (too
        many edits of an old message), an archived thread and a channel out of the bot's
        reach only log; a deleted card, or one in a channel (not an announcement channel)
        that has refused the bot for a day, raises `CardGone`."""
        with urgent():
            await self._edit_card(chat_id, message_id, card)

    async def _edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        message = self.client.get_partial_messageable(int(chat_id)).get_partial_message(
            int(message_id))
        view = build_view(card.buttons)
        poster = self.poster_of(card)
        shown = self._posters.get(int(message_id))  # None: not known (before a restart)
        extra: dict[str, Any] = {}
        if poster is not None and shown != card.image:
            # A new poster (or one we cannot be sure the card shows): uploaded in place of
            # any earlier one. The same poster is left as it is, the embed still naming it.
            extra["attachments"] = [discord.File(poster, filename=POSTER_FILENAME)]
        elif poster is None and shown:
            extra["attachments"] = []  # the poster was removed: the picture goes too
        gone = False
        try:
            embed = card_embed(card, POSTER_URL if poster is not None else None)
            await message.edit(embed=embed, view=view, **extra)
            self._refused_since.pop(int(chat_id), None)
            self._note_poster(int(message_id), card, poster)
        except discord.NotFound:
            log.info("Discord: card %s in %s is gone", message_id, chat_id)
            gone = True
        except discord.Forbidden as err:
            # A channel the bot's role cannot see or write in (a slash command used there
            # was answered all the same), often only while an admin reorders roles: the
            # copy is kept, and follows the counts again once access is back. A channel
            # that has refused for a day is taken as closed to the bot: its copies are
            # forgotten like deleted ones, except in an announcement channel.
            log.info("Discord: card %s in %s is out of reach (%s)", message_id, chat_id,
                     err.code)
            now = self.host.now()
            since = self._refused_since.get(int(chat_id), now)
            remember(self._refused_since, int(chat_id), since, 1000)
            gone = (now - since >= FORGET_REFUSED_AFTER
                    and int(chat_id) not in self.settings.discord_announce_channel_ids)
        except discord.HTTPException as err:
            if err.code == ARCHIVED_THREAD:  # a thread gone quiet: its copy stays as it is
                log.info("Discord: card %s is in an archived thread (%s)", message_id, chat_id)
            elif err.code == TOO_MANY_OLD_EDITS:
                log.warning("Discord: edit of old card %s refused for now (30046)", message_id)
            else:
                raise
        await self.mirror.show(int(chat_id), card, create=False)
        if gone:
            raise CardGone(message_id)  # the core stops editing it

    async def send_private(self, user_id: str, reply: Reply) -> None:
        """A DM; closed DMs (403, 50007) raise `Unreachable(permanent=False)` (the message
        then follows the answers waiting for the member, if any: `Waiting.follow`)."""
        try:
            channel = await self.client.create_dm(discord.Object(int(user_id)))
            await _send_to(channel, reply, self.poster_of(reply.card))
        except discord.Forbidden as err:
            await self.waiting.follow(user_id, reply)
            raise Unreachable(f"Discord {err.code}: direct messages closed",
                              permanent=False) from err
        except discord.NotFound as err:
            raise Unreachable(f"Discord {err.code}: unknown user", permanent=True) from err


def _read(content: str, bot_id: int | None) -> str:
    """A private message as the core reads it: without the server's own emoji, nor the
    bot's own mention (`<@id>`, `<@!id>`), wherever they stand."""
    text = _CUSTOM_EMOJI.sub("", content)
    if bot_id is not None:
        named = re.sub(rf"<@!?{bot_id}>", "", text)
        if named != text and not named.strip():
            return "bonjour"  # the bot's name alone: a hello, as on Telegram
        text = named
    return text.strip()


def _everyone_may(interaction: discord.Interaction[Any]) -> bool:
    """Whether @everyone holds Manage Events (or Administrator) where this was typed, in the
    server's settings or the channel's: ticked so the teens could fill Discord's own Events
    tab, it is no sign of an organiser. A server not known yet: nobody's right by it."""
    guild = interaction.guild
    if guild is None:
        return True
    channel = interaction.channel
    return _held_by_everyone(channel.permissions_for(guild.default_role)
                             if isinstance(channel, discord.abc.GuildChannel)
                             else guild.default_role.permissions)


def _held_by_everyone(everyone: discord.Permissions) -> bool:
    """Whether @everyone's permissions (somewhere) would make every member an organiser."""
    return bool(everyone.manage_events or everyone.administrator)


def _card_number(snapshots: list[discord.MessageSnapshot]) -> int | None:
    """The event of a card forwarded to the bot (its embed's title), None for anything
    else."""
    for snapshot in snapshots:
        for embed in snapshot.embeds:
            found = CARD_TITLE.match(embed.title or "")
            if found is not None:
                return int(found.group(1))
    return None


_MENTION = re.compile(r"<@!?(\d{1,21})>")
# A line that starts as a command does (« /participer … », « !rsvp … »), not « !!! » or « /5 ».
_COMMAND_HEAD = re.compile(r"[/!][^\W\d_]")


def _unmentioned(text: str, name_of: Callable[[int], str | None]) -> str:
    """A member picked from Discord's list (`<@id>`) as the member's screen shows them,
    « @Alice »: what they typed is quoted back as they read it, never as digits."""
    def named(found: re.Match[str]) -> str:
        name = name_of(int(found.group(1)))
        return f"@{name}" if name else found.group(0)

    return _MENTION.sub(named, text) if "<@" in text else text


def _redrawn(custom_id: str, shown: list[str | None]) -> bool:
    """Whether `custom_id` is a ±1 guest button of the card as drawn before (« +1v3 » where
    it now shows « +1v4 »): any other button not on the message is dropped, as discord.py
    does (a forged organiser's button gets no answer)."""
    drawn = _DRAWN_GUEST.fullmatch(custom_id)
    return drawn is not None and custom_id not in shown and any(
        (now := _DRAWN_GUEST.fullmatch(i or "")) is not None and now.group(1) == drawn.group(1)
        for i in shown)


def _most_words(choices: list[EventChoice], typed: str) -> list[EventChoice]:
    """The choices whose label holds the most of the words typed (folded, each inside one
    of the label's words: « nov » in « novembre », « 28 » as the day), none if no word is
    found. Words of one or two letters (« de », « la », « à ») count only typed alone."""
    # A paragraph pasted (or forged) is no search: its first different words only, each
    # read once (every keystroke is read, and holds every other member's answer back).
    typed_words = list(dict.fromkeys(typed[:AUTOCOMPLETE_CHARS].split()))[:AUTOCOMPLETE_WORDS]
    folded = [w for w in (fold(w) for w in typed_words) if w]
    words = [w for w in folded if len(w) > 2 or w.isdigit()] or folded
    scored = []
    for choice in choices:
        label = [fold(w) for w in choice.label.split()]
        scored.append((sum(any(w in part for part in label) for w in words), choice))
    best = max((score for score, _ in scored), default=0)
    return [choice for score, choice in scored if best and score == best]


# « ce soir », « demain », "tonight", « ce we »: the days they name, never « soir » matching a
# title's « Soirée » on another day (« demain soir » is tomorrow, the evening said too).
_PART_OF_DAY = r"(?:\s+(?:soir|matin|midi|aprem|apres-midi|après-midi|night|evening))?"
_DAYS_FROM_NOW = tuple((re.compile(rf"\b{words}{_PART_OF_DAY}(?!\w)"), ahead) for words, ahead in (
    ("aujourd'hui", 0), ("aujourdhui", 0), ("ce soir", 0), ("tonight", 0), ("today", 0),
    ("apres-demain", 2), ("après-demain", 2), ("apres demain", 2), ("après demain", 2),
    ("demain", 1), ("tomorrow", 1)))
_WEEKEND = re.compile(r"\b(?:ce|this)\s+(?:we|w-e|wk|week-?end|weekend)\b|\bweek-?end\b")
_DAY_MONTH = re.compile(r"\b([0-3]?[0-9])/([01]?[0-9])(?:/(?:20)?[0-9]{2})?\b")
# « n°2 », « no 2 », « num 2 », « numéro 2 », "number 2": the event's number.
_NUMBERED = re.compile(r"(?:n°|nº|no\.?|num(?:[ée]ro)?\.?|number)\s*([0-9]{1,9})",
                       re.IGNORECASE)


def _days_named(typed: str, now: datetime) -> tuple[str, list[str]]:
    """`typed` without the days it names, and those days as the labels write them, folded
    (« vendredi 27 novembre »): « ce soir », « demain », « ce we » (Saturday and Sunday,
    or Sunday on a Sunday), « 27/11 » (this year's, or next year's once past)."""
    said = " ".join(typed.lower().split())
    today = now.astimezone(i18n.PARIS).date()
    days = []
    for words, ahead in _DAYS_FROM_NOW:
        if words.search(said):
            days.append(today + timedelta(days=ahead))
            said = words.sub(" ", said)
    if _WEEKEND.search(said):
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        days += [today] if today.weekday() == 6 else [saturday, saturday + timedelta(days=1)]
        said = _WEEKEND.sub(" ", said)
    for found in _DAY_MONTH.finditer(said):
        try:
            day = today.replace(month=int(found.group(2)), day=int(found.group(1)))
            if day < today:
                day = day.replace(year=day.year + 1)
        except ValueError:
            continue  # « 31/02 », « 12/45 »: no such day, the words are kept
        days.append(day)
        said = said.replace(found.group(0), " ")
    return said, [fold(i18n.format_day(day, with_year=False)) for day in days]


def _taken_off(custom_id: str, message: discord.Message, shown: list[str | None]) -> bool:
    """Whether `custom_id` is one of a card's member buttons (`_CARD_VERBS`) that card (its
    embed's title names the same event) no longer carries: a card redrawn without it, the
    event cancelled or its sign-ups closed. Another event's button forged on a card stays
    dropped, as does any organiser's."""
    action = parse(custom_id)
    if (action is None or action.verb not in _CARD_VERBS or action.event_id is None
            or custom_id in shown):
        return False
    titles = (CARD_TITLE.match(e.title or "") for e in message.embeds)
    return any(t is not None and int(t.group(1)) == action.event_id for t in titles)


def _button_ids(message: discord.Message) -> Iterator[str | None]:
    """Every button's `custom_id` of a message (its rows' buttons)."""
    for row in message.components:
        for item in getattr(row, "children", ()):
            if isinstance(item, discord.Button):
                yield item.custom_id


def _replies_to(message: discord.Message, bot_id: int) -> bool:
    """Whether a message is a reply to one of the bot's own messages (a card, an answer)."""
    replied = message.reference.resolved if message.reference is not None else None
    return isinstance(replied, discord.Message) and replied.author.id == bot_id


def _picture(attachment: discord.Attachment) -> bool:
    """Whether a file sent with a message is a picture (by its type, else its name)."""
    kind = attachment.content_type or ""
    return kind.startswith("image/") or (not kind and attachment.filename.lower().endswith(
        (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic")))


def _card_answered(message: discord.Message, me: discord.abc.User | None) -> int | None:
    """The event of the bot's card (or reminder) this message replies to (« Répondre »
    under it, in a channel or privately): what is written there is about that event, read
    from the card's buttons as on Telegram (`event_named`), so also under a card posted
    before a restart (Discord hands the replied message whole). None: it answers no message
    of ours about one event (a forward is no reply)."""
    reference = message.reference
    replied = reference.resolved if reference is not None else None
    if (me is None or reference is None or reference.type is not discord.MessageReferenceType.reply
            or not isinstance(replied, discord.Message) or replied.author.id != me.id):
        return None
    named = event_named(_button_ids(replied))
    if named is not None or replied.components:
        return named
    # A card without buttons (cancelled, started, over) still names its event by its title.
    titles = [CARD_TITLE.match(embed.title or "") for embed in replied.embeds]
    found = [int(m.group(1)) for m in titles if m is not None]
    return found[0] if len(found) == 1 else None


def _question_answered(message: discord.Message, me: discord.abc.User | None) -> int | None:
    """The question passed on to the team that this private message replies to (an
    organiser's « Répondre » under the bot's « ❓ Question de … »), read from its
    « ↩️ Répondre à … » button (`question_named`, as on Telegram); None otherwise."""
    reference = message.reference
    replied = reference.resolved if reference is not None else None
    if (me is None or reference is None or reference.type is not discord.MessageReferenceType.reply
            or not isinstance(replied, discord.Message) or replied.author.id != me.id):
        return None
    return question_named(item.custom_id for row in replied.components
                          for item in getattr(row, "children", ())
                          if isinstance(item, discord.Button))


def _addressed(content: str, bot_id: int,
               ours: Callable[[str], bool] = lambda name: True) -> str | None:
    """What a server message mentioning the bot asks it, read like a private message; None
    when the bot is only named in passing. Addressed: its name opens the message (after a
    greeting at most: « wsh <@id> c'est combien ») or closes it after a comma (« c'est
    combien, <@id> ? »), as on Telegram, or a command names it anywhere (« /participer 3
    oui <@id> », « !rsvp 3 yes <@id> »); the name alone is a hello. A « ! » command is
    ours only if `ours` knows its name: « !warn <@id> spam », « !userinfo <@id> » are
    another bot's (a moderation bot's), about ours, not for it."""
    text = _CUSTOM_EMOJI.sub("", content).strip()
    name = rf"<@!?{bot_id}>"
    unnamed = " ".join(re.sub(rf"{name}[,:]?", " ", text).split())
    bang = _BANG.match(unnamed)
    if not (re.match(rf"(?:{GREETINGS}\W+)?{name}", text, re.IGNORECASE)
            or re.search(rf",\s*{name}\W*$", text)
            or (_COMMAND_HEAD.match(unnamed) and re.search(name, text)
                and (bang is None or ours(bang.group(1).lower())))):
        return None
    return unnamed or "bonjour"


def _said(platform_locale: str | None, key: str) -> str:
    """One of the adapter's own lines, in the language of the member's Discord client."""
    with using(pick_locale(None, platform_locale)):
        return t(key)


def _organizer_here(spec: CommandSpec, locale: str | None) -> Reply:
    """Organiser rights exist only in our servers: written privately, an organiser command
    is refused like a member's, and an organiser reads where it works."""
    shown = pick_locale(None, locale)
    with using(shown):
        return Reply(t("discord.organizer_here", name=spec.shown_name(shown)), locale=shown)


def _own_message(interaction: discord.Interaction[Any], reply: Reply) -> bool:
    """Whether a reply may replace the pressed message: one only the presser sees (their
    ephemeral message or a DM), or a reply meant for everyone."""
    message = interaction.message
    if message is None:
        return False
    return not reply.private or message.flags.ephemeral or interaction.guild_id is None


def _messages(reply: Reply, poster: Path | None = None, *,
              seen_by_others: bool = True) -> list[dict[str, Any]]:
    """The messages one reply needs: text in chunks, the card, buttons and files on the last
    (the card's poster, `poster`, shown inside its embed).

    Text is shown as typed (no markdown, no mentions). A message others see unfurls no
    link preview (a title's link would fill the channel with someone else's site); the
    chunk carrying a card keeps its embed."""
    quiet: dict[str, Any] = {"suppress_embeds": True} if seen_by_others else {}
    chunks: list[dict[str, Any]] = [{"content": c, **quiet}
                                    for c in split_text(shown_as_typed(reply.text))]
    extra: dict[str, Any] = {}
    files: list[discord.File] = []
    if reply.card is not None:
        extra["embed"] = card_embed(reply.card, POSTER_URL if poster is not None else None)
        if poster is not None:
            files.append(discord.File(poster, filename=POSTER_FILENAME))
    view = build_view((reply.card.buttons if reply.card else ()) + reply.buttons)
    if view is not None:
        extra["view"] = view
    if reply.attachment is not None:
        files.append(discord.File(io.BytesIO(reply.attachment.content),
                                  filename=reply.attachment.filename))
    if files:
        extra["files"] = files
    if not chunks:
        return [extra] if extra else []
    chunks[-1].update(extra)
    if "embed" in extra:
        chunks[-1].pop("suppress_embeds", None)
    return chunks


async def _send_to(channel: discord.abc.Messageable, reply: Reply,
                   poster: Path | None = None) -> str | None:
    card_id: str | None = None
    for kwargs in _messages(reply, poster):
        message = await channel.send(**kwargs)
        if "embed" in kwargs:
            card_id = str(message.id)
    return card_id
