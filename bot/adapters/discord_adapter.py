"""Discord through discord.py 2.x: slash commands, persistent RSVP buttons, native events.

Each slash command with typed options is turned back into the canonical text line
(`/rsvp 12 going +2`) and handed to `Core.handle`, so the core stays the one place with
logic and organiser checks. Buttons carry the core's action ids as `custom_id` and are
`DynamicItem`s, so presses on old cards still work after a restart.

Organiser rights exist only in Le Focus's own server(s) (`DISCORD_GUILD_IDS`), whatever
permissions someone has elsewhere; organiser commands are registered only there. Other
servers the bot was added to get a polite refusal, or members' commands when
`DISCORD_OTHER_SERVERS=members`.

Only the `guilds` intent is used (no privileged intents). Every REST call made outside an
interaction goes through one pacer under Discord's 50 requests/s global limit, because
discord.py waits out 429s but never paces fan-outs in advance.
"""

from __future__ import annotations

import asyncio
import io
import logging
import unicodedata
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import Choice, locale_str

from bot.adapters.base import Unreachable
from bot.adapters.discord_render import (
    ActionButton,
    build_view,
    card_embed,
    marked_event_id,
    scheduled_event_payload,
    split_text,
)
from bot.i18n import format_when, pick_locale, t, using
from bot.messages import EventCard, Incoming, Reply
from bot.strings import STRINGS
from commands.args import MAX_CAPACITY, MAX_GUESTS, MAX_TITLE
from storage.models import KINDS

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.core import Core
    from bot.router import Router

log = logging.getLogger(__name__)

PLATFORM = "discord"
GLOBAL_RATE = 47.0  # requests/s we allow ourselves; Discord's global limit is 50
DEFER_AFTER = 2.0  # seconds before a slow answer is deferred (Discord's deadline is 3)
MAX_EVENT_ID = 999_999_999
# Exactly what the bot needs, nothing more (printed in the invite URL at start-up).
PERMISSIONS = discord.Permissions(send_messages=True, embed_links=True, attach_files=True,
                                  manage_events=True, use_application_commands=True)
# Answers likely to be public; when a slow command must be deferred, others defer ephemerally.
_PUBLIC_COMMANDS = ("help", "events", "event", "newevent", "announce")
_EDIT_FIELDS = ("title", "when", "end", "duration", "place", "capacity", "kind", "price",
                "audience", "description")

STRINGS.update({
    "discord.done": {"fr": "C'est noté.", "en": "Done."},
    "discord.elsewhere": {
        "fr": "Ce bot sert le serveur de Le Focus uniquement. Retrouvez-nous là-bas !",
        "en": "This bot serves the Le Focus server only. Come and find us there!",
    },
    "discord.stale": {
        "fr": "Cette commande vient de changer ; réessayez dans une minute.",
        "en": "This command has just changed; please try again in a minute.",
    },
    "discord.bad_value": {
        "fr": "Cette valeur n'est pas acceptée ici ; vérifiez l'option et réessayez.",
        "en": "That value isn't accepted here; check the option and try again.",
    },
    "discord.opt.event": {"fr": "evenement", "en": "event"},
    "discord.optdesc.event": {"fr": "Numéro de l'événement (tapez pour chercher par titre)",
                              "en": "Event number (type to search by title)"},
    "discord.opt.choice": {"fr": "reponse", "en": "answer"},
    "discord.optdesc.choice": {"fr": "Votre réponse (par défaut : je viens)",
                               "en": "Your answer (default: going)"},
    "discord.choice.going": {"fr": "Je viens", "en": "Going"},
    "discord.choice.maybe": {"fr": "Peut-être", "en": "Maybe"},
    "discord.choice.no": {"fr": "Je ne viens pas", "en": "Not going"},
    "discord.opt.guests": {"fr": "invites", "en": "guests"},
    "discord.optdesc.guests": {"fr": "Personnes que vous amenez en plus de vous",
                               "en": "People you bring besides yourself"},
    "discord.opt.title": {"fr": "titre", "en": "title"},
    "discord.optdesc.title": {"fr": "Titre de l'événement", "en": "Event title"},
    "discord.opt.when": {"fr": "quand", "en": "when"},
    "discord.optdesc.when": {"fr": "Date et heure, ex. « vendredi 20h » ou « 05/12 20:00 »",
                             "en": "Date and time, e.g. 'friday 8pm' or '2026-12-05 20:00'"},
    "discord.opt.capacity": {"fr": "places", "en": "capacity"},
    "discord.optdesc.capacity": {"fr": "Nombre de places (sans = illimité)",
                                 "en": "Number of seats (none = unlimited)"},
    "discord.opt.kind": {"fr": "type", "en": "kind"},
    "discord.optdesc.kind": {"fr": "Type d'événement", "en": "Kind of event"},
    "discord.opt.price": {"fr": "prix", "en": "price"},
    "discord.optdesc.price": {"fr": "Prix, ex. 5 ou 5,50 € (sans = gratuit)",
                              "en": "Price, e.g. 5 or €5.50 (none = free)"},
    "discord.opt.field": {"fr": "champ", "en": "field"},
    "discord.optdesc.field": {"fr": "Ce qu'il faut modifier", "en": "What to change"},
    "discord.opt.value": {"fr": "valeur", "en": "value"},
    "discord.optdesc.value": {"fr": "La nouvelle valeur", "en": "The new value"},
    "discord.field.title": {"fr": "Titre", "en": "Title"},
    "discord.field.when": {"fr": "Date et heure", "en": "Date and time"},
    "discord.field.end": {"fr": "Fin", "en": "End"},
    "discord.field.duration": {"fr": "Durée", "en": "Duration"},
    "discord.field.place": {"fr": "Lieu", "en": "Place"},
    "discord.field.capacity": {"fr": "Places", "en": "Capacity"},
    "discord.field.kind": {"fr": "Type", "en": "Kind"},
    "discord.field.price": {"fr": "Prix", "en": "Price"},
    "discord.field.audience": {"fr": "Public", "en": "Audience"},
    "discord.field.description": {"fr": "Description", "en": "Description"},
    "discord.opt.text": {"fr": "texte", "en": "text"},
    "discord.optdesc.text": {"fr": "Un message libre, au lieu d'un événement",
                             "en": "A free message, instead of an event"},
    "discord.opt.question": {"fr": "question", "en": "question"},
    "discord.optdesc.question": {"fr": "Sujet ou question", "en": "Topic or question"},
    "discord.opt.language": {"fr": "langue", "en": "language"},
    "discord.optdesc.language": {"fr": "Langue des réponses du bot",
                                 "en": "Language of the bot's answers"},
    "discord.opt.confirm": {"fr": "confirmer", "en": "confirm"},
    "discord.optdesc.confirm": {"fr": "Oui : tout effacer maintenant, sans autre question",
                                "en": "Yes: erase everything now, without asking again"},
    "discord.opt.key": {"fr": "cle", "en": "key"},
    "discord.optdesc.key": {"fr": "Identifiant court de la question, ex. horaires",
                            "en": "Short id of the entry, e.g. hours"},
    "discord.opt.answer": {"fr": "reponse", "en": "answer"},
    "discord.optdesc.answer": {"fr": "La réponse", "en": "The answer"},
    "discord.opt.keywords": {"fr": "motscles", "en": "keywords"},
    "discord.optdesc.keywords": {"fr": "Mots-clés séparés par des virgules",
                                 "en": "Comma-separated keywords"},
})


# -- localisation of command metadata ------------------------------------------------------

def _ls(key: str, limit: int = 100) -> locale_str:
    """A string Discord shows in the client's language (French or English)."""
    entry = STRINGS[key]
    return locale_str(entry["en"][:limit], fr=entry["fr"][:limit], en=entry["en"][:limit])


def _valid_name(name: str) -> bool:
    return 0 < len(name) <= 32 and all(c.isascii() and (c.isalnum() or c in "-_")
                                       for c in name) and name == name.lower()


class Translator(app_commands.Translator):
    """French clients get the French names and descriptions; every English locale the
    English ones; other locales fall back to the (English) defaults."""

    async def translate(self, string: locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        value = string.extras.get(locale.value.split("-")[0])
        return value if isinstance(value, str) and value else None


# -- slash command callbacks -----------------------------------------------------------------
# Module-level so discord.py can read their typed signatures; each only builds the canonical
# text line. `_pipe` keeps free text from breaking the core's `|`-separated arguments.

def _pipe(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


async def _run(interaction: discord.Interaction[Any], text: str, name: str) -> None:
    client: FocusClient = interaction.client  # type: ignore[assignment]
    await client.adapter.run_command(interaction, text.strip(), name)


async def _autocomplete_event(interaction: discord.Interaction[Any],
                              current: str) -> list[Choice[int]]:
    client: FocusClient = interaction.client  # type: ignore[assignment]
    return await client.adapter.event_choices(interaction, current)


_EVENT = {"event": _ls("discord.opt.event", 32)}
_EVENT_DESC = {"event": _ls("discord.optdesc.event")}
_EVENT_AUTO = {"event": _autocomplete_event}


async def c_help(interaction: discord.Interaction[Any]) -> None:
    await _run(interaction, "/help", "help")


async def c_events(interaction: discord.Interaction[Any]) -> None:
    await _run(interaction, "/events", "events")


@app_commands.rename(**_EVENT)
@app_commands.describe(**_EVENT_DESC)
@app_commands.autocomplete(**_EVENT_AUTO)
async def c_event(interaction: discord.Interaction[Any],
                  event: app_commands.Range[int, 1, MAX_EVENT_ID]) -> None:
    await _run(interaction, f"/event {event}", "event")


@app_commands.rename(**_EVENT, choice=_ls("discord.opt.choice", 32),
                     guests=_ls("discord.opt.guests", 32))
@app_commands.describe(**_EVENT_DESC, choice=_ls("discord.optdesc.choice"),
                       guests=_ls("discord.optdesc.guests"))
@app_commands.autocomplete(**_EVENT_AUTO)
@app_commands.choices(choice=[Choice(name=_ls(f"discord.choice.{c}"), value=c)
                              for c in ("going", "maybe", "no")])
async def c_rsvp(interaction: discord.Interaction[Any],
                 event: app_commands.Range[int, 1, MAX_EVENT_ID],
                 choice: str = "going",
                 guests: app_commands.Range[int, 0, MAX_GUESTS] = 0) -> None:
    text = f"/rsvp {event} {choice}" + (f" +{guests}" if guests else "")
    await _run(interaction, text, "rsvp")


async def c_myevents(interaction: discord.Interaction[Any]) -> None:
    await _run(interaction, "/myevents", "myevents")


@app_commands.rename(**_EVENT)
@app_commands.describe(**_EVENT_DESC)
@app_commands.autocomplete(**_EVENT_AUTO)
async def c_ics(interaction: discord.Interaction[Any],
                event: app_commands.Range[int, 1, MAX_EVENT_ID]) -> None:
    await _run(interaction, f"/ics {event}", "ics")


@app_commands.rename(question=_ls("discord.opt.question", 32))
@app_commands.describe(question=_ls("discord.optdesc.question"))
async def c_faq(interaction: discord.Interaction[Any],
                question: app_commands.Range[str, 1, 200] = "") -> None:
    await _run(interaction, f"/faq {_pipe(question)}", "faq")


@app_commands.rename(language=_ls("discord.opt.language", 32))
@app_commands.describe(language=_ls("discord.optdesc.language"))
@app_commands.choices(language=[Choice(name="Français", value="fr"),
                                Choice(name="English", value="en")])
async def c_language(interaction: discord.Interaction[Any], language: str) -> None:
    await _run(interaction, f"/language {language}", "language")


async def c_mydata(interaction: discord.Interaction[Any]) -> None:
    await _run(interaction, "/mydata", "mydata")


@app_commands.rename(confirm=_ls("discord.opt.confirm", 32))
@app_commands.describe(confirm=_ls("discord.optdesc.confirm"))
async def c_forgetme(interaction: discord.Interaction[Any], confirm: bool = False) -> None:
    await _run(interaction, "/forgetme" + (" confirm" if confirm else ""), "forgetme")


@app_commands.rename(title=_ls("discord.opt.title", 32), when=_ls("discord.opt.when", 32),
                     capacity=_ls("discord.opt.capacity", 32), kind=_ls("discord.opt.kind", 32),
                     price=_ls("discord.opt.price", 32))
@app_commands.describe(title=_ls("discord.optdesc.title"), when=_ls("discord.optdesc.when"),
                       capacity=_ls("discord.optdesc.capacity"),
                       kind=_ls("discord.optdesc.kind"), price=_ls("discord.optdesc.price"))
@app_commands.choices(kind=[Choice(name=_ls(f"kind.{k}"), value=k) for k in KINDS])
async def c_newevent(interaction: discord.Interaction[Any],
                     title: app_commands.Range[str, 1, MAX_TITLE],
                     when: app_commands.Range[str, 1, 100],
                     capacity: app_commands.Range[int, 1, MAX_CAPACITY] = 0,
                     kind: str = "",
                     price: app_commands.Range[str, 1, 20] = "") -> None:
    parts = [_pipe(title), _pipe(when), str(capacity) if capacity else "", kind, _pipe(price)]
    while len(parts) > 2 and not parts[-1]:
        parts.pop()
    await _run(interaction, "/newevent " + " | ".join(parts), "newevent")


@app_commands.rename(**_EVENT, field=_ls("discord.opt.field", 32),
                     value=_ls("discord.opt.value", 32))
@app_commands.describe(**_EVENT_DESC, field=_ls("discord.optdesc.field"),
                       value=_ls("discord.optdesc.value"))
@app_commands.autocomplete(**_EVENT_AUTO)
@app_commands.choices(field=[Choice(name=_ls(f"discord.field.{f}"), value=f)
                             for f in _EDIT_FIELDS])
async def c_editevent(interaction: discord.Interaction[Any],
                      event: app_commands.Range[int, 1, MAX_EVENT_ID], field: str,
                      value: app_commands.Range[str, 1, 1500]) -> None:
    await _run(interaction, f"/editevent {event} {field} {' '.join(value.split())}", "editevent")


@app_commands.rename(**_EVENT)
@app_commands.describe(**_EVENT_DESC)
@app_commands.autocomplete(**_EVENT_AUTO)
async def c_cancelevent(interaction: discord.Interaction[Any],
                        event: app_commands.Range[int, 1, MAX_EVENT_ID]) -> None:
    await _run(interaction, f"/cancelevent {event}", "cancelevent")


@app_commands.rename(**_EVENT, text=_ls("discord.opt.text", 32))
@app_commands.describe(**_EVENT_DESC, text=_ls("discord.optdesc.text"))
@app_commands.autocomplete(**_EVENT_AUTO)
async def c_announce(interaction: discord.Interaction[Any],
                     event: app_commands.Range[int, 1, MAX_EVENT_ID] = 0,
                     text: app_commands.Range[str, 1, 1500] = "") -> None:
    await _run(interaction, f"/announce {event or ' '.join(text.split())}", "announce")


@app_commands.rename(**_EVENT)
@app_commands.describe(**_EVENT_DESC)
@app_commands.autocomplete(**_EVENT_AUTO)
async def c_attendees(interaction: discord.Interaction[Any],
                      event: app_commands.Range[int, 1, MAX_EVENT_ID]) -> None:
    await _run(interaction, f"/attendees {event}", "attendees")


@app_commands.rename(key=_ls("discord.opt.key", 32), question=_ls("discord.opt.question", 32),
                     answer=_ls("discord.opt.answer", 32),
                     keywords=_ls("discord.opt.keywords", 32))
@app_commands.describe(key=_ls("discord.optdesc.key"),
                       question=_ls("discord.optdesc.question"),
                       answer=_ls("discord.optdesc.answer"),
                       keywords=_ls("discord.optdesc.keywords"))
async def c_faqset(interaction: discord.Interaction[Any],
                   key: app_commands.Range[str, 1, 40],
                   question: app_commands.Range[str, 1, 300],
                   answer: app_commands.Range[str, 1, 1500],
                   keywords: app_commands.Range[str, 1, 300] = "") -> None:
    parts = [_pipe(key), _pipe(question), _pipe(answer)] + ([_pipe(keywords)] if keywords else [])
    await _run(interaction, "/faqset " + " | ".join(parts), "faqset")


@app_commands.rename(key=_ls("discord.opt.key", 32))
@app_commands.describe(key=_ls("discord.optdesc.key"))
async def c_faqdel(interaction: discord.Interaction[Any],
                   key: app_commands.Range[str, 1, 40]) -> None:
    await _run(interaction, f"/faqdel {_pipe(key)}", "faqdel")


CALLBACKS: dict[str, Callable[..., Coroutine[Any, Any, None]]] = {
    "help": c_help, "events": c_events, "event": c_event, "rsvp": c_rsvp,
    "myevents": c_myevents, "ics": c_ics, "faq": c_faq, "language": c_language,
    "mydata": c_mydata, "forgetme": c_forgetme, "newevent": c_newevent,
    "editevent": c_editevent, "cancelevent": c_cancelevent, "announce": c_announce,
    "attendees": c_attendees, "faqset": c_faqset, "faqdel": c_faqdel,
}


def build_commands(router: Router) -> list[app_commands.Command[Any, ..., None]]:
    """Fresh slash commands for one tree: only those the router has for Discord.

    The French name is the command's first alias that Discord accepts as a name, so it
    matches what `/aide` shows; the description is the command's help line.
    """
    built: list[app_commands.Command[Any, ..., None]] = []
    for command in router.commands:
        callback = CALLBACKS.get(command.name)
        if callback is None or not router.available(command, PLATFORM):
            continue
        french = next((a for a in command.aliases if _valid_name(a)), command.name)
        cmd: app_commands.Command[Any, ..., None] = app_commands.Command(
            name=locale_str(command.name, fr=french, en=command.name),
            description=_ls(command.help_key),
            callback=callback,
        )
        if command.organizer:
            # Hidden from members by default; the core still refuses them if invoked.
            cmd.default_permissions = discord.Permissions(manage_events=True)
            cmd.guild_only = True
            cmd.allowed_contexts = app_commands.AppCommandContext(guild=True)
            cmd.allowed_installs = app_commands.AppInstallationType(guild=True)
        built.append(cmd)
    return built


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- pacing ----------------------------------------------------------------------------------

class Pacer:
    """Spaces requests evenly at `rate` per second, for every caller together.

    Slots are handed out on an ideal schedule, so sleep overshoot does not accumulate; a
    caller arriving after a quiet spell goes at once.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0

    async def wait(self) -> None:
        now = asyncio.get_running_loop().time()
        slot = max(now, self._next)
        self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


# -- the client --------------------------------------------------------------------------------

class FocusTree(app_commands.CommandTree["FocusClient"]):
    """The command tree, with the adapter deciding first whether to serve the server."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return await self.client.adapter.admit(interaction)


class FocusClient(discord.Client):
    """A plain client with one command tree; the adapter does the work."""

    def __init__(self, adapter: DiscordAdapter) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(intents=intents, allowed_mentions=discord.AllowedMentions.none(),
                         guild_ready_timeout=adapter.ready_timeout)
        self.adapter = adapter
        self.tree: app_commands.CommandTree[FocusClient] = FocusTree(self)
        self.tree.error(adapter.on_tree_error)

    async def setup_hook(self) -> None:
        await self.adapter.setup(self)

    async def on_action(self, interaction: discord.Interaction[Any], action: str) -> None:
        await self.adapter.on_press(interaction, action)


class DiscordAdapter:
    """The `Adapter` for Discord; see the module docstring."""

    platform = PLATFORM

    def __init__(self, settings: Settings, *, rate: float = GLOBAL_RATE,
                 defer_after: float = DEFER_AFTER, ready_timeout: float = 2.0) -> None:
        if not settings.discord_token:
            raise ValueError("DISCORD_TOKEN is not set")
        self.settings = settings
        self.defer_after = defer_after
        self.ready_timeout = ready_timeout
        self.pacer = Pacer(rate)
        self._core: Core | None = None
        self._client: FocusClient | None = None
        self._task: asyncio.Task[None] | None = None
        self._busy = 0
        self._quiet = asyncio.Event()
        self._quiet.set()
        # Native event mirror: (guild, event) -> scheduled event id, rebuilt from Discord.
        self._mirrors: dict[tuple[int, int], int] = {}
        self._mirror_pushed: dict[int, dict[str, Any]] = {}
        self._mirror_loaded: set[int] = set()
        self._mirror_forbidden: set[int] = set()
        self._mirror_lock = asyncio.Lock()

    @property
    def core(self) -> Core:
        if self._core is None:
            raise RuntimeError("adapter not started")
        return self._core

    @property
    def client(self) -> FocusClient:
        if self._client is None:
            raise RuntimeError("adapter not started")
        return self._client

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self, core: Core) -> None:
        """Log in (which syncs the commands), connect to the gateway, return once ready."""
        self._core = core
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
        """Runs inside `login()`: re-register buttons, translate and sync the commands.

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
        organiser = {c.name for c in self.core.router.commands if c.organizer}
        for command in build_commands(self.core.router):
            if everywhere and command.name not in organiser:
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
        perms = interaction.permissions
        if perms.manage_events or perms.administrator:
            return True
        roles = {role.id for role in getattr(interaction.user, "roles", ())}
        return bool(roles & set(self.settings.discord_organizer_role_ids))

    def _incoming(self, interaction: discord.Interaction[Any], *, text: str = "",
                  action: str | None = None) -> Incoming:
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
        )

    async def admit(self, interaction: discord.Interaction[Any]) -> bool:
        """Whether to serve this interaction at all; from another server, in `ignore` mode,
        a short polite refusal instead, and nothing reaches the core."""
        guild_id = interaction.guild_id
        if (guild_id is None or guild_id in self.settings.discord_guild_ids
                or self.settings.discord_other_servers == "members"):
            return True
        log.debug("Discord: interaction from another server (%s) refused", guild_id)
        try:
            if interaction.type is discord.InteractionType.autocomplete:
                await interaction.response.autocomplete([])
            else:
                with using(pick_locale(None, str(interaction.locale))):
                    text = t("discord.elsewhere")
                await interaction.response.send_message(text, ephemeral=True)
        except discord.HTTPException as err:
            log.warning("Discord: could not answer an interaction from another server: %s",
                        err)
        return False

    async def run_command(self, interaction: discord.Interaction[Any], text: str,
                          name: str) -> None:
        """A slash command, as its canonical text line, through the core."""
        incoming = self._incoming(interaction, text=text)
        await self._serve(interaction, incoming, press=False,
                          defer_ephemeral=name not in _PUBLIC_COMMANDS)

    async def on_press(self, interaction: discord.Interaction[Any], action: str) -> None:
        """A button press: an ephemeral confirmation; the cards are refreshed by the core."""
        if not await self.admit(interaction):
            return
        incoming = self._incoming(interaction, action=action)
        await self._serve(interaction, incoming, press=True, defer_ephemeral=True)

    async def _serve(self, interaction: discord.Interaction[Any], incoming: Incoming, *,
                     press: bool, defer_ephemeral: bool) -> None:
        self._busy += 1
        self._quiet.clear()
        try:
            work = asyncio.ensure_future(self.core.handle(incoming))
            done, _ = await asyncio.wait({work}, timeout=self.defer_after)
            if not done:
                # Discord wants an answer within 3 s; the real one follows as a follow-up.
                try:
                    if press:
                        await interaction.response.defer()
                    else:
                        await interaction.response.defer(ephemeral=defer_ephemeral,
                                                         thinking=True)
                except discord.HTTPException as err:
                    log.warning("Discord: could not defer interaction: %s", err)
            replies = await work
            await self._answer(interaction, incoming, replies, press=press)
        except discord.HTTPException as err:
            log.warning("Discord: answering an interaction failed: %s", err)
        finally:
            self._busy -= 1
            if not self._busy:
                self._quiet.set()

    async def _answer(self, interaction: discord.Interaction[Any], incoming: Incoming,
                      replies: list[Reply], *, press: bool) -> None:
        for reply in replies:
            ephemeral = press or reply.private
            message_id = await self._answer_one(interaction, reply, ephemeral)
            if reply.card is not None and message_id and not ephemeral:
                await self.core.card_posted(reply.card.event_id, PLATFORM, incoming.chat_id,
                                            message_id, reply.locale)
        if any(r.text.strip() or r.card or r.attachment or r.buttons for r in replies):
            return
        # Nothing to show: acknowledge anyway, or Discord reports "interaction failed" (or
        # keeps "thinking…" after a deferral).
        if press:
            if not interaction.response.is_done():
                await interaction.response.defer()
            return
        with using(pick_locale(None, incoming.platform_locale)):
            done = t("discord.done")
        if interaction.response.is_done():
            await interaction.followup.send(done, ephemeral=True)
        else:
            await interaction.response.send_message(done, ephemeral=True)

    async def _answer_one(self, interaction: discord.Interaction[Any], reply: Reply,
                          ephemeral: bool) -> str | None:
        """Send one reply as the interaction response or a follow-up; the card's message id."""
        card_id: str | None = None
        for kwargs in _messages(reply):
            if not interaction.response.is_done():
                callback = await interaction.response.send_message(**kwargs, ephemeral=ephemeral)
                sent = str(callback.message_id) if callback.message_id else None
            else:
                message = await interaction.followup.send(**kwargs, ephemeral=ephemeral,
                                                          wait=True)
                sent = str(message.id)
            if "embed" in kwargs:
                card_id = sent
        return card_id

    async def event_choices(self, interaction: discord.Interaction[Any],
                            current: str) -> list[Choice[int]]:
        """Autocomplete: upcoming events whose title (or number) matches what is typed."""
        events = await self.core.storage.upcoming_events(self.core.now(), 100)
        needle = _fold(current).lstrip("#")
        choices: list[Choice[int]] = []
        with using(pick_locale(None, str(interaction.locale))):
            for event in events:
                if needle and needle not in _fold(event.title) and not str(event.id).startswith(
                        needle):
                    continue
                label = f"#{event.id} · {event.title} · {format_when(event.starts_at)}"
                choices.append(Choice(name=label[:100], value=event.id))
                if len(choices) == 25:
                    break
        return choices

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
        with using(pick_locale(None, str(interaction.locale))):
            text = t(key)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)
        except discord.HTTPException as err:
            log.warning("Discord: could not report an error: %s", err)

    # -- outgoing ------------------------------------------------------------------------------

    def announce_chats(self) -> list[str]:
        return [str(c) for c in self.settings.discord_announce_channel_ids]

    async def send(self, chat_id: str, reply: Reply) -> str | None:
        """Post in a channel; a card posted in a server is mirrored as a native event."""
        channel = self.client.get_partial_messageable(int(chat_id))
        card_id = await _send_to(channel, reply)
        if reply.card is not None and card_id is not None:
            guild_id = self._guild_of(int(chat_id))
            if guild_id is not None:
                self.core.spawn(self._mirror(guild_id, reply.card, create=True))
        return card_id

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        """Show the new state; 30046 (too many edits of an old message) only logs."""
        message = self.client.get_partial_messageable(int(chat_id)).get_partial_message(
            int(message_id))
        view = build_view(card.buttons)
        try:
            if view is None:
                await message.edit(embed=card_embed(card), view=None)
            else:
                await message.edit(embed=card_embed(card), view=view)
        except discord.NotFound:
            log.info("Discord: card %s in %s is gone", message_id, chat_id)
        except discord.HTTPException as err:
            if err.code != 30046:
                raise
            log.warning("Discord: edit of old card %s refused for now (30046)", message_id)
        guild_id = self._guild_of(int(chat_id))
        if guild_id is not None:
            await self._mirror(guild_id, card, create=False)

    async def send_private(self, user_id: str, reply: Reply) -> None:
        """A DM; closed DMs (403, 50007) raise `Unreachable(permanent=False)`."""
        try:
            channel = await self.client.create_dm(discord.Object(int(user_id)))
            await _send_to(channel, reply)
        except discord.Forbidden as err:
            raise Unreachable(f"Discord {err.code}: direct messages closed",
                              permanent=False) from err
        except discord.NotFound as err:
            raise Unreachable(f"Discord {err.code}: unknown user", permanent=True) from err

    def _guild_of(self, channel_id: int) -> int | None:
        """Our server holding this channel, for native events; None for a DM or a card
        shown in another server (nothing is ever created in someone else's server)."""
        ours = self.settings.discord_guild_ids
        channel = self.client.get_channel(channel_id)
        guild = getattr(channel, "guild", None)
        if guild is not None:
            return int(guild.id) if int(guild.id) in ours else None
        if channel_id in self.settings.discord_announce_channel_ids and len(ours) == 1:
            return ours[0]
        return None

    # -- native scheduled events ---------------------------------------------------------------

    async def _mirror(self, guild_id: int, card: EventCard, *, create: bool) -> None:
        """Create, update or cancel the guild event that mirrors this card.

        Without the permission (403) this logs once per server and stops trying.
        """
        async with self._mirror_lock:
            if guild_id in self._mirror_forbidden:
                return
            http = self.client.http
            try:
                found = await self._find_mirror(guild_id, card.event_id)
                if found is None:
                    payload = scheduled_event_payload(card, self.core.now())
                    if not create or card.cancelled or payload is None:
                        return
                    data = await http.create_guild_scheduled_event(guild_id, **payload)
                    created = int(data["id"])
                    self._mirrors[(guild_id, card.event_id)] = created
                    self._mirror_pushed[created] = payload
                    return
                update = ({"status": 4} if card.cancelled
                          else scheduled_event_payload(card, self.core.now()))
                if update is None or self._mirror_pushed.get(found) == update:
                    return
                await http.edit_scheduled_event(guild_id, found, **update)
                self._mirror_pushed[found] = update
            except discord.Forbidden:
                self._mirror_forbidden.add(guild_id)
                log.warning("Discord: no permission to manage events in server %s; native "
                            "events are skipped (grant Manage Events to enable them)", guild_id)
            except discord.HTTPException as err:
                log.warning("Discord: native event for #%s not updated: %s", card.event_id, err)

    async def _find_mirror(self, guild_id: int, event_id: int) -> int | None:
        """The mirror's id, remembered or found again (after a restart) by its marker."""
        if (guild_id, event_id) in self._mirrors:
            return self._mirrors[(guild_id, event_id)]
        if guild_id in self._mirror_loaded:
            return None
        self._mirror_loaded.add(guild_id)
        me = self.client.user.id if self.client.user else None
        for data in await self.client.http.get_scheduled_events(guild_id, False):
            if data.get("creator_id") not in (None, str(me)) or data.get("status") not in (1, 2):
                continue
            found = marked_event_id(data.get("description") or "")
            if found is not None:
                self._mirrors[(guild_id, found)] = int(data["id"])
        return self._mirrors.get((guild_id, event_id))


def _messages(reply: Reply) -> list[dict[str, Any]]:
    """The messages one reply needs: text in chunks, the card, buttons and file on the last."""
    chunks: list[dict[str, Any]] = [{"content": c} for c in split_text(reply.text)]
    extra: dict[str, Any] = {}
    if reply.card is not None:
        extra["embed"] = card_embed(reply.card)
    view = build_view((reply.card.buttons if reply.card else ()) + reply.buttons)
    if view is not None:
        extra["view"] = view
    if reply.attachment is not None:
        extra["file"] = discord.File(io.BytesIO(reply.attachment.content),
                                     filename=reply.attachment.filename)
    if not chunks:
        return [extra] if extra else []
    chunks[-1].update(extra)
    return chunks


async def _send_to(channel: discord.abc.Messageable, reply: Reply) -> str | None:
    card_id: str | None = None
    for kwargs in _messages(reply):
        message = await channel.send(**kwargs)
        if "embed" in kwargs:
            card_id = str(message.id)
    return card_id

