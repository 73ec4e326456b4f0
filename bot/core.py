"""The platform-neutral core: turns an `Incoming` into replies, and keeps posted cards and
members informed in the background.

One place catches every handler error: input errors get the usage line, internal errors a
polite apology with the traceback in the log only.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections import deque
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from itertools import islice
from typing import Any

from bot import actions
from bot.adapters.waiting import encode
from bot.bounded import remember
from bot.cards import build_card, card_title, ends_by, event_line, held_seat_buttons, shown_text
from bot.config import Settings
from bot.context import Context
from bot.errors import BotError, Forbidden, NotFound, UserInputError
from bot.i18n import (
    CATALOGUE,
    LOCALES,
    PARIS,
    current_locale,
    format_when,
    pick_locale,
    platform_key,
    spoken,
    t,
    using,
)
from bot.jobs import LIVE_LEASE, backoff
from bot.links import public_base
from bot.messages import SLASHLESS, Button, Incoming, Reply, event_named
from bot.platform import Capabilities, CardGone, EventChoice, Platform, Unreachable
from bot.router import Router
from bot.spec import (
    IMAGE_TOO_LARGE,
    CommandSpec,
    EventRef,
    event_ref,
    example_of,
    parse_values,
    slash_example,
    slash_usage,
    split_text,
    too_large_image,
    usage_line,
)
from bot.text import clean_stored, fold
from storage import Event, Recipient, Storage
from storage.models import Counts, PostedMessage, RsvpOutcome
from storage.outbox import NOTICE
from storage.rsvps import Answer, Promoted

log = logging.getLogger(__name__)

MAX_TEXT = 4000
MAX_NAME = 64
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Events offered when title words match several; more means "add a word".
MAX_CHOICES = 6
# Title words too common to tell events apart (« la soirée jeux » = « soirée jeux »).
_SMALL_WORDS = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "a",
                          "au", "aux", "the", "an", "of", "for", "pour", "et", "and"})
_WORD = re.compile(r"[^\W_]+")
# Events named by their title are still found this long after they started (the door list at
# 20:20 for the 20:00 film); an answer to one is then refused as started, not « not found ».
JUST_STARTED = timedelta(hours=6)
# Members remembered as already pointed to their private chat (`Core._pointed`).
MAX_POINTED = 4096
# Members whose group messages of the last `GROUP_WINDOW` are counted (`Core._flooding`):
# each message makes its sender the newest, so a flooder is never the one forgotten; only
# more than this many members typing within one minute would reset someone's count.
MAX_TYPISTS = 4096
# What one member may type in groups within a minute before the rest goes unanswered: a
# bot posts about 20 messages a minute in a Telegram group, so one member's flood would make
# every other answer there wait behind it. Organisers and private chats are not counted.
GROUP_BURST = 20
GROUP_WINDOW = timedelta(minutes=1)
# Events offered to tap when a member's command comes without one (`CommandSpec.pick`): in a
# group, fewer and no lines (the group reads every message).
MAX_PICKED_GROUP = 4
MAX_PICKED_TITLE = 30  # « [Démo] Soirée jeux de société » whole
# A kept notice about no event goes out within this, or not at all.
KEPT_AT_MOST = timedelta(days=1)
# A private message typed without « Répondre » this soon after a private notice about one
# event (a /message, a change, a cancellation, a reminder, an answer from the team) may be
# about that event (`Incoming.follows`); for the latest `MAX_TOLD` members. Kept in the
# database too (`storage.relay`, migration 0028): a restart forgets nothing of it.
TOLD_FOR = timedelta(hours=12)
MAX_TOLD = 4096


# A member command typed without its slash (`Core.typed_alone`): at most this long, this
# many words; what may end it (« evenements ! », « evenements ? »); the first words of a
# command said in two (« mes événements », "my events", « mon agenda »).
_ALONE_LENGTH = 40
_ALONE_WORDS = 3
_ALONE_END = " .!?…"
_OWN = frozenset({"mes", "mon", "ma", "my"})
# Commands whose names alone stay the FAQ's: /aide's (« aide », « help »: what the bot does,
# and /aide), /start's, and what erases (a typed word never erases: the FAQ points to it).
_FAQ_KEEPS = frozenset({"help", "start", "forgetme"})
# « inscription » alone asks how to sign up or join (the FAQ's answer, with the site).
_NOT_ALONE = frozenset({"inscription"})

# Discord's limit for an autocomplete choice's name (`Core.event_choices`).
CHOICE_LIMIT = 100


def _choice_label(event: Event) -> str:
    """`event_line` for Discord's autocomplete, `CHOICE_LIMIT` characters at most: a title
    too long for it is shortened (…), never the date, which tells a series' dates apart."""
    line = event_line(event)
    over = len(line) - CHOICE_LIMIT
    if over > 0:
        title = event.title[:max(1, len(event.title) - over - 1)].rstrip()
        line = event_line(replace(event, title=title + "…"))
    return line[:CHOICE_LIMIT]


def utc_now() -> datetime:
    return datetime.now(UTC)


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """What a member typed, safe to store and show, kept as typed (« », —, ’): only control
    and direction characters go (see `bot.text.clean_stored`). Command words are compared
    folded, so typography never stands in the way of parsing."""
    return clean_stored(text, limit)


def _what(incoming: Incoming) -> str:
    """For the log: the command word or the button verb, never what a member wrote."""
    if incoming.action is not None:
        verb = incoming.action.split(":", 2)[1] if ":" in incoming.action else ""
        return "button " + _CONTROL.sub("", verb[:10])
    head = incoming.text.strip().split(maxsplit=1)
    return _CONTROL.sub("", head[0][:20]) if head and head[0].startswith("/") else "a message"


def as_typed(spec: CommandSpec, options: dict[str, str], now: datetime) -> Mapping[str, str]:
    """A platform form's options, or the typed line a member put whole in the first one
    (Discord: « /participer » then « 12 oui +2 » lands in `événement`; « Soirée jeux | samedi
    20h » in `titre`), read as typed when that reading finds more than the first value."""
    filled = [name for name, value in options.items() if value.strip()]
    if len(spec.params) < 2 or filled != [spec.params[0].name]:
        return options
    line = options[filled[0]]
    if not any(c.isspace() or c == "|" for c in line):
        return options
    try:
        typed = split_text(spec, line, now)
    except UserInputError:
        return options
    return typed if len(typed) > 1 else options


def _on_card(typed: Callable[[], Mapping[str, str]], spec: CommandSpec, args: str,
             now: datetime, event_id: int) -> Mapping[str, str]:
    """A command written under an event's card (Telegram's « Répondre »: « /participer oui
    +2 », « /participer » alone) that names no event is about that card's event; one that
    names an event (a number, title words) keeps it."""
    try:
        raw = typed()
    except UserInputError as err:
        if err.key != "error.missing_event_id":
            raise
        raw = {}
    if raw.get(spec.params[0].name):
        return raw
    return split_text(spec, f"{event_id} {args}", now)


# « /modifier série 1 heure 19h », « /annuler la série »: a series, not an event's title.
_SERIES_WORDS = re.compile(r"^(?:toute\s+)?(?:la\s+|the\s+)?s[ée]ries?(?:\s+(?:n°|no\.?)?\s*"
                           r"(\d{1,4}))?$", re.IGNORECASE)
_SERIES_TWIN = {"editevent": "editseries", "cancelevent": "cancelseries"}


def _series_meant(spec: CommandSpec, words: str) -> None:
    """No event is called « série 1 »: the series command is named, with the number."""
    found = _SERIES_WORDS.match(words.strip())
    twin = _SERIES_TWIN.get(spec.name)
    if found is None or twin is None:
        return
    key = "error.series_meant" if found.group(1) else "error.series_meant_which"
    raise UserInputError(key, command=twin if current_locale() == "en" else {
        "editseries": "modifierserie", "cancelseries": "annulerserie"}[twin],
        number=found.group(1) or "")


class Core:
    def __init__(
        self,
        storage: Storage,
        router: Router,
        *,
        settings: Settings | None = None,
        clock: Callable[[], datetime] = utc_now,
        card_interval: float = 1.0,
        announce_locale: str = "fr",
    ) -> None:
        self.storage = storage
        self.router = router
        self.settings = settings or Settings()
        self.now = clock
        self.card_interval = card_interval
        self.announce_locale = announce_locale
        self.adapters: dict[str, Platform] = {}
        # This process, on the private notices it is sending (`tell`, `storage.outbox`):
        # a new process (a new core) takes over a dead one's at once.
        self.process = secrets.token_hex(8)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._refreshing: set[int] = set()
        self._dirty: set[int] = set()
        # Per posted copy (platform, chat, message): the latest state to show, and whether
        # its editor runs.
        self._to_show: dict[tuple[str, str, str], tuple[Event, Counts, PostedMessage]] = {}
        self._editing: set[tuple[str, str, str]] = set()
        # Members shown the notice that waits for their private chat (since the start): in a
        # group it is said once, not with every command they type there. The most recent
        # `MAX_POINTED` only (insertion order): one forgotten is told once more, no worse
        # than after a restart, and the set no longer grows with every member ever seen.
        self._pointed: dict[int, None] = {}
        # When each member typed in a group within the last `GROUP_WINDOW` (`_flooding`),
        # for the `MAX_TYPISTS` members who typed there most recently only.
        self._typed_in_groups: dict[tuple[str, str], deque[datetime]] = {}
        # Per member: the one event the latest private notice was about, and when it went
        # out (`_told_about`); None when the latest named no event or several, or the bot
        # asked something else since. Read from the database once (`_load_told`) at the
        # first private plain message; the entries added since the last write (the last
        # `_told_unsaved` of the dict, the newest last) are written in batches
        # (`save_told`: after each fan-out, and at each scheduler tick), never on an
        # answer's path.
        self._told: dict[int, tuple[int | None, datetime]] = {}
        self._told_unsaved = 0
        self._told_loaded = False

    @property
    def settings(self) -> Settings:
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        """The router offers what these settings give: the web agenda (WEB_PORT or
        PUBLIC_URL) brings /mycalendar (`CommandSpec.needs`)."""
        self._settings = settings
        if public_base(settings) is not None:
            self.router.capabilities.add("web")
        else:
            self.router.capabilities.discard("web")

    def add_adapter(self, adapter: Platform) -> None:
        self.adapters[adapter.platform] = adapter

    # -- incoming --------------------------------------------------------------------------

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """Everything a member says or presses comes through here.

        Nothing escapes: a locked, full or damaged database while we look the member up
        gets the same apology as a failing command, in the platform's language.
        """
        if self._flooding(incoming):
            return []
        try:
            return await self._handle(incoming)
        except Exception:
            log.exception("could not answer %s on %s", _what(incoming), incoming.platform)
            locale = pick_locale(None, incoming.platform_locale)
            with using(locale):
                return [Reply(t("error.internal"), private=True, locale=locale)]

    def _flooding(self, incoming: Incoming) -> bool:
        """A member's typed message in a group beyond `GROUP_BURST` in `GROUP_WINDOW`: not
        answered. Presses are not counted (their answers are private toasts), nor Discord's
        slash commands (an interaction's answer is outside the channel's limits, and one
        left unanswered would read « C'est noté »)."""
        if (incoming.is_private or incoming.is_organizer or incoming.action is not None
                or incoming.command is not None):
            return False
        key = (incoming.platform, incoming.user_id)
        now = self.now()
        times = self._typed_in_groups.get(key) or deque()
        while times and now - times[0] >= GROUP_WINDOW:
            times.popleft()
        remember(self._typed_in_groups, key, times, MAX_TYPISTS)  # the most recent last
        if len(times) >= GROUP_BURST:
            return True
        times.append(now)
        return False

    async def _handle(self, incoming: Incoming) -> list[Reply]:
        name = clean_text(incoming.display_name, MAX_NAME) or "?"
        now = self.now()
        member = await self.storage.members.identify(
            incoming.platform, incoming.user_id, name, now,
            spoken(incoming.platform_locale))  # notices then follow the app's language
        locale = pick_locale(member.language, incoming.platform_locale)
        if (member.language is None and incoming.action is None and incoming.command is None
                and not incoming.is_organizer and " " in incoming.text
                and incoming.text[:1] != "/" and self.router.text_locale is not None):
            # « sorry, we can't come after all » from a phone set to French: answered in
            # English (a whole sentence clearly in one language; a chosen /langue wins, and
            # an organiser's form or answer window keeps theirs).
            locale = self.router.text_locale(incoming.text) or locale
        with using(locale):
            ctx = Context(self, incoming, member, locale)
            notice: Reply | None = None
            try:
                told = member.id in self._pointed
                if member.notice_pending or member.unreachable == "not_started":
                    notice = await self._pending_notice(ctx)  # rare: no coroutine otherwise
                await self._dispatch(ctx)
                answered = ctx.answered
                if incoming.is_private and not incoming.asked_in_group:
                    told_of = self._told
                    if answered is not None:
                        # « C'est noté : vous êtes inscrit·e à … (#1) »: what they write
                        # next (« on sera 3 en fait », « non finalement ») is about it.
                        # `bounded.remember` written out: no call more on an answer's path.
                        told_of.pop(member.id, None)
                        told_of[member.id] = (answered.event_id, now)
                        self._told_unsaved += 1
                        if len(told_of) > MAX_TOLD:
                            del told_of[next(iter(told_of))]
                    elif ctx.command_name or ctx.is_press:
                        # Another question of the bot's (/oubliemoi's « vraiment ? »): a
                        # « non » typed next answers it, not the event told of before (and
                        # not after a restart either: noted, as any).
                        if not self._told_loaded:
                            await self._load_told()
                            told_of = self._told
                        if member.id in told_of:
                            told_of.pop(member.id, None)
                            told_of[member.id] = (None, now)
                            self._told_unsaved += 1
                if (ctx.is_press and isinstance(answered, Answer) and ctx.replies
                        and answered.status in ("going", "waitlisted")):
                    # Built for this answer alone: set, not copied (`replace` made a press
                    # cost the loop 14 % more).
                    ctx.replies[-1].took = answered.status
                if ctx.answered is not None and not incoming.is_private:
                    if ctx.is_press:
                        if member.unreachable:
                            notice = self._seat_notice(ctx, ctx.answered) or notice
                    elif not told and (said := self._typed_seat_notice(ctx)) is not None:
                        notice = None  # it stands for the pending notice, after the answer
                        ctx.replies.append(said)
            except UserInputError as err:
                # A slash command's form (Discord) has its own wording where one is written
                # (« /modifier numero:1 » alone: the options to fill, not lines to type).
                text = t(platform_key(err.key, incoming.platform) if incoming.command
                         is not None else err.key, **err.values)
                spec = self.router.find(ctx.command_name) if ctx.command_name else None
                if spec is not None:
                    text += "\n" + t("usage.prefix",
                                      usage=self.usage(spec, incoming.platform,
                                                       form=incoming.command is not None))
                ctx.reply(text, private=True)
            except BotError as err:
                ctx.reply(t(err.key, **err.values), private=True)
            except Exception:
                log.exception("handler failed for %s on %s", _what(incoming), incoming.platform)
                ctx.replies = [Reply(t("error.internal"), private=True, locale=locale)]
            return ([notice] if notice else []) + ctx.replies

    async def _pending_notice(self, ctx: Context) -> Reply | None:
        member = ctx.member
        if (member.unreachable == "not_started" and ctx.incoming.is_private
                and not ctx.incoming.asked_in_group):
            ctx.member = await self.storage.members.update(
                member.id, unreachable=None, notice_pending=False) or member
            self._pointed.pop(member.id, None)
            # The private chat is open at last: what could not be said is said (a seat).
            return Reply(t("notice.unreachable"), private=True, locale=ctx.locale) \
                if member.notice_pending else None
        if not member.notice_pending:
            return None
        url = self.private_link(member.platform, "start")
        if not (url and member.unreachable == "not_started"):
            ctx.member = await self.storage.members.update(
                member.id, notice_pending=False) or member
        elif member.id in self._pointed:
            return None  # already pointed to the private chat: not again at each command
        else:
            # Where the answer points to a private chat not yet opened, the notice waits
            # for it: a private reply cannot reach them before.
            self._point(member.id)
        text = t(platform_key("notice.unreachable", member.platform))  # Discord: a setting
        if url and not (ctx.incoming.is_private and not ctx.incoming.asked_in_group):
            text += "\n" + t("notice.open_private", link=url)
        return Reply(text, private=True, locale=ctx.locale)

    async def _load_told(self) -> None:
        """What members were told of within `TOLD_FOR`, as the database kept it (a process
        before this one): once, under what this process noted since it started."""
        self._told_loaded = True
        try:
            rows = await self.storage.relay.told(self.now() - TOLD_FOR, MAX_TOLD)
        except Exception:  # a locked or damaged database: read as before, from memory
            log.exception("could not read which events members were told of")
            return
        known = self._told
        loaded = {member: (event, at) for member, event, at in rows if member not in known}
        if loaded:
            self._told = {**loaded, **known}  # the newest stay last (`_told_unsaved`)

    async def save_told(self) -> None:
        """Write what members were told of since the last write, in one transaction (and
        erase what is older than `TOLD_FOR`). Failing, it is logged and tried again next
        time."""
        count, self._told_unsaved = self._told_unsaved, 0
        told = self._told
        rows = [(member, event, at) for member, (event, at)
                in islice(reversed(told.items()), min(count, len(told)))]
        try:
            await self.storage.relay.keep_told(rows, self.now() - TOLD_FOR)
        except Exception:
            log.exception("could not note which events members were told of")
            self._told_unsaved += count

    def _told_about(self, member_id: int) -> int | None:
        """The event of the private notice this member was sent last, within `TOLD_FOR`."""
        told = self._told.get(member_id)
        if told is None or told[0] is None or self.now() - told[1] > TOLD_FOR:
            return None
        return told[0]

    def _point(self, member_id: int) -> None:
        """Remember that this member was pointed to their private chat, within the bound."""
        remember(self._pointed, member_id, None, MAX_POINTED)

    def _seat_notice(self, ctx: Context, answered: RsvpOutcome) -> Reply | None:
        """A seat or a waitlist place just taken in a group (a card's button, or
        « /participer@bot 3 oui » typed there) by a member the bot cannot write to
        privately: told once, then, where the private chat opens (the link), or they would
        never hear of a freed seat or a reminder. It stands for the pending notice. What
        the answer did, it says itself (`storage.rsvps.Answer`). A typed answer said only
        privately (children's names) is the adapter's to point there: not twice."""
        if ctx.incoming.is_private or not isinstance(answered, Answer):
            return None
        if not ctx.is_press and all(r.private for r in ctx.replies):
            return None
        event_id = answered.event_id
        if answered.status == answered.before or answered.status not in ("going", "waitlisted"):
            return None  # the same answer tapped again: said already
        member = ctx.member
        self._point(member.id)
        url = self.private_link(member.platform, f"event_{event_id}")
        if url is None or member.unreachable != "not_started":
            return Reply(t(platform_key("notice.unreachable", member.platform)),
                         private=True, locale=ctx.locale)
        # Said in the group, to her by name: a private line cannot reach her.
        key = ("notice.seat_open_private.going" if answered.status == "going"
               else "notice.seat_open_private")
        return Reply(t(key, name=member.display_name, link=url), locale=ctx.locale)

    def _typed_seat_notice(self, ctx: Context) -> Reply | None:
        """« /participer@bot 3 oui » typed in a group took a seat or a waitlist place: the
        member is told, once, what a tap on the card tells them (`_seat_notice`). Where no
        failure to write to them is on record (the bot may never have tried), a private
        line says where reminders come, once per member while the process runs
        (`_pointed`): it reaches them, or the platform points them to the private chat in
        the group, by name, with the link (Telegram), and it waits there."""
        if ctx.member.unreachable:
            return self._seat_notice(ctx, ctx.answered) if ctx.answered else None
        answered = ctx.answered
        if (not isinstance(answered, Answer) or answered.status == answered.before
                or answered.status not in ("going", "waitlisted")
                or all(r.private for r in ctx.replies)  # the answer itself goes privately
                or not self.capabilities(ctx.incoming.platform).private_links):
            return None
        self._point(ctx.member.id)
        key = "notice.private_here" if ctx.member.reminders else "notice.private_here_quiet"
        return Reply(t(key, id=answered.event_id), private=True, locale=ctx.locale)

    async def _dispatch(self, ctx: Context) -> None:
        incoming = ctx.incoming
        if incoming.action is not None:
            # Button data comes from the member's device: validated here like typed input.
            found = self.router.press(incoming.action)
            if found is None:
                raise BotError("error.button_unknown")
            button, action = found
            ctx.action = action
            if incoming.options:  # a form sent back: its fields cleaned like typed text
                ctx.incoming = replace(incoming, options={
                    k: clean_text(v) for k, v in incoming.options.items()})
            await button.handler(ctx, action)
            return
        if incoming.command is not None:
            spec = self.router.find(incoming.command)
            if spec is None or spec.name != incoming.command:
                # The platform sent this name, but a forged request can put anything there.
                raise BotError("error.unknown_command",
                               command=clean_text(incoming.command, 30))
            cleaned = {k: clean_text(v) for k, v in incoming.options.items()}
            await self._run(ctx, spec, partial(as_typed, spec, cleaned, ctx.now))
            for aside in self.router.asides(ctx.incoming.is_organizer):
                await aside(ctx)
            return
        if len(incoming.text) > MAX_TEXT:
            raise BotError("error.message_too_long", length=len(incoming.text), max=MAX_TEXT)
        text = clean_text(incoming.text)
        if not text and incoming.image is None:
            if incoming.unreadable and incoming.is_private:
                await self._converse(ctx)  # an open dialogue asks its step again
            return
        if text.startswith("/") and (not text[1:2] or text[1:2].isspace()):
            text = self._slash_apart(text, incoming.is_private and not incoming.asked_in_group)
        if not text.startswith("/"):
            ctx.args = text
            private = incoming.is_private and not incoming.asked_in_group
            if incoming.event_id is None and private:
                if not self._told_loaded:
                    await self._load_told()
                about = self._told_about(ctx.member.id)
                if about is not None:  # « on peut arriver à 20h15 ? » after the notice
                    ctx.incoming = incoming = replace(incoming, follows=about)
            slashless = SLASHLESS.match(text) if incoming.is_private else None
            command = slashless is not None and self.reads_as_command(text, ctx.now)
            # « evenements », « mes événements », « langue en » typed privately: the member
            # command they name (a phone offers no « / » first).
            alone = (self.typed_alone(text, incoming.platform, ctx.now)
                     if private and not command and len(text) <= _ALONE_LENGTH else None)
            if private and (command or alone or self._command_word(text)):
                # A name alone is still "name" for a conversation waiting for words (the
                # relay's answer window asks: the command, or the answer?).
                ctx.incoming = incoming = replace(
                    incoming, slashless="command" if command or (
                        alone and " " in alone) else "name")
            elif private and slashless is not None and self._command_line(text):
                # « message 1 On commence à 20h » (free text after the number, so not run),
                # « participants 99999999999999999999 »: a command's line all the same, for
                # whoever would send it on as words (an organiser's answer to a parent).
                ctx.incoming = incoming = replace(incoming, slashless="line")
            if incoming.is_private and await self._converse(ctx):
                return
            if alone:
                text = alone
            elif not command:
                fallback = self.router.find("faq")
                if text and incoming.is_private and fallback is not None:
                    await fallback.handler(ctx)
                return
            else:
                text = "/" + text
        head, _, rest = text.partition(" ")
        if not head.isprintable():
            # The name ends at any space: a line break (« /annoncer » then the text), or a
            # no-break space pasted from a page or a French keyboard (« /rsvp 1 yes »).
            head, *more = text.split(None, 1)
            rest = more[0] if more else ""
        spec = self.router.find(head)
        if spec is None or not self.router.available(spec, incoming.platform):
            suggestions = self.router.suggest(head, incoming.platform,
                                              organizer=incoming.is_organizer)
            if suggestions:
                names = ", ".join(f"/{self.shown_name(s)}" for s in suggestions)
                raise BotError("error.unknown_command_suggest", command=head[:30], names=names)
            raise BotError("error.unknown_command", command=head[:30])
        ctx.args = rest.strip()
        typed: Callable[[], Mapping[str, str]] = partial(split_text, spec, ctx.args, ctx.now)
        if incoming.event_id is not None and spec.params and spec.params[0].kind == "event":
            typed = partial(_on_card, typed, spec, ctx.args, ctx.now, incoming.event_id)
        await self._run(ctx, spec, typed)
        for aside in self.router.asides(incoming.is_organizer):
            await aside(ctx)

    def _slash_apart(self, text: str, private: bool) -> str:
        """A slash a phone set apart: « / participer 1 oui » is that command; « / » alone,
        privately, the commands one may use (/aide), « / c'est où ? » the question. Anything
        else as typed (« Je ne connais pas la commande … »)."""
        after = text[1:].strip()
        if not after:
            return "/help" if private else text
        head = after.split(None, 1)[0]
        if self.router.find("/" + head) is not None:
            return "/" + after
        return after if private else text

    def typed_alone(self, text: str, platform: str, now: datetime) -> str | None:
        """The command line a member's private message without a slash stands for, or None.

        A member command's name alone (« evenements », « Événements ! », « evenements ? »,
        « participer », « prochain », « faq »), also in two words (« mes événements », « my
        events », « mes données »), and a name followed by values its spec reads whole that
        are no free text (« langue en », « rappels non », « prochain jeux »): what its
        slash form does. Not: a sentence that holds the word (« les événements sont pour
        quel âge ? », « langue des cours ? »: a value that does not read), /aide's names
        (the FAQ says what the bot does), what erases (/oubliemoi: a typed word never
        erases), /start, « inscription » alone (« comment s'inscrire ? », the FAQ's
        answer), organisers' commands, and what needs an event (`reads_as_command`)."""
        words = text.rstrip(_ALONE_END).split()
        if not words or len(words) > _ALONE_WORDS:
            return None
        heads = [(words[0], 1)]
        if len(words) > 1 and fold(words[0]) in _OWN:  # « mes événements », "my events"
            heads.insert(0, (words[0] + words[1], 2))
        for head, used in heads:
            if not head.isalpha() or fold(head) in _NOT_ALONE:
                continue
            spec = self.router.find(head)
            if (spec is None or spec.organizer or spec.name in _FAQ_KEEPS
                    or not self.router.available(spec, platform)):
                continue
            rest = " ".join(words[used:])
            if not rest:  # « participer » alone: the events to tap, as from a phone's menu
                return f"/{spec.name}"
            if spec.params and spec.params[0].kind == "event":
                return None  # « participer 1 oui » is `reads_as_command`'s
            if "?" in text:
                return None  # « langue en ? »: a question
            try:
                raw = split_text(spec, rest, now)
                parse_values(spec, raw, now)
            except UserInputError:
                return None
            free = {p.name for p in spec.params
                    if p.kind in ("text", "word") and p.parse is None}
            given = [name for name, value in raw.items() if value.strip()]
            if given and not any(name in free for name in given):
                return f"/{spec.name} {rest}"
            return None
        return None

    def _command_word(self, text: str) -> bool:
        """A command's name alone, typed without its slash (« aide », « evenements »)."""
        return text.isalpha() and self.router.find("/" + text) is not None

    def _command_line(self, text: str) -> bool:
        """A command's name then a number (« message 1 … »): the line of a command about an
        event, even where it does not read as one (`reads_as_command`)."""
        spec = self.router.find("/" + text.split(None, 1)[0])
        return spec is not None and bool(spec.params) and spec.params[0].kind == "event"

    def reads_as_command(self, text: str, now: datetime) -> bool:
        """« Participer 3 Oui » typed without its slash (a phone offers none first) is that
        command; a question that happens to start with a command word and a number is not:
        « evenement 2 places ? », « aide 3 enfants », « inscription 2 enfants » go to the
        FAQ. So: no question mark, a command whose first value is an event (the number is
        an event's), a line its spec reads whole, and something read besides free text
        (« 3 oui », « 3 +2 », or the number alone), since free text takes any words."""
        if "?" in text:
            return False
        head, *more = text.split(None, 1)
        rest = more[0] if more else ""
        spec = self.router.find("/" + head)
        if spec is None or not spec.params or spec.params[0].kind != "event":
            return False
        try:
            raw = split_text(spec, rest, now)
            parse_values(spec, raw, now)
        except UserInputError:
            return False
        free = {p.name for p in spec.params
                if p.kind in ("text", "word") and p.parse is None}
        beyond = [name for name in raw if name != spec.params[0].name]
        return not beyond or any(name not in free for name in beyond)

    async def _converse(self, ctx: Context) -> bool:
        """A private plain message (text or picture) to a conversation that takes it (the
        guided creation's open dialogue), before the FAQ; organisers' conversations only
        ever hear organisers. (A picture too large is theirs to refuse: a conversation
        asks its question again.)"""
        for listener in self.router.listeners:
            if listener.organizer and not ctx.incoming.is_organizer:
                continue
            if await listener.answer(ctx):
                return True
        return False

    async def _run(self, ctx: Context, spec: CommandSpec,
                   raw: Callable[[], Mapping[str, str]]) -> None:
        """Rights first, then the values (so nobody learns an organiser command's syntax by
        trying it), then events named by title words, then the handler."""
        if not self.router.available(spec, ctx.incoming.platform):
            raise BotError("error.unknown_command", command=spec.name)
        if spec.organizer and not ctx.incoming.is_organizer:
            await self._member_hint(ctx, spec, raw)
            return
        ctx.command_name = spec.name
        if spec.takes_image and ctx.incoming.image == IMAGE_TOO_LARGE:
            raise too_large_image()  # said once here, before any command writes anything
        typed = raw()
        if not any(v.strip() for v in typed.values()):
            if spec.bare is not None:
                await spec.bare(ctx)
                return
            if spec.picks_event:  # « /participer » alone from a phone's menu
                await self._pick_event(ctx, spec)
                return
        ctx.values = parse_values(spec, typed, ctx.now)
        for name in spec.titled:
            value = ctx.values[name]
            if isinstance(value, EventRef):
                found = await self._events_named(value)
                if not found:
                    _series_meant(spec, value.words)
                    raise NotFound("error.event_words_not_found", words=value.words[:40])
                if len(found) > 1:
                    self._offer_events(ctx, spec, typed.get(name, ""), found)
                    return
                ctx.values[name] = found[0].id
        await spec.handler(ctx)

    async def _events_named(self, ref: EventRef) -> list[Event]:
        """Upcoming or just started (`JUST_STARTED`), not cancelled events whose title has
        every word typed (no accents or case; a word of 3 letters or more may be the start of
        a title word; a plural or one typo in a long word still matches)."""
        from rapidfuzz import fuzz

        typed = [fold(w) for w in _WORD.findall(ref.words)]
        wanted = [w for w in typed if w not in _SMALL_WORDS] or typed
        if not wanted:
            return []

        def has(word: str, title: list[str]) -> bool:
            singular = word[:-1] if len(word) > 3 and word[-1] in "sx" else word
            return any(w in (word, singular) or (len(word) >= 3 and w.startswith(word)) or (
                len(word) >= 5 and fuzz.ratio(word, w) >= 85) for w in title)

        found = []
        for event in await self.storage.events.upcoming(self.now() - JUST_STARTED, 200):
            for shown in self._titles(event):
                title = [fold(w) for w in _WORD.findall(shown)]
                if all(has(word, title) for word in wanted):
                    found.append(event)
                    break
        return found

    @staticmethod
    def _titles(event: Event) -> set[str]:
        """The title as stored and, for a demo event, as each language shows it (an English
        reader types the English words they were shown)."""
        if not event.is_demo:
            return {event.title}
        titles = {event.title}
        for locale in LOCALES:
            with using(locale):
                titles.add(shown_text(event, "title", event.title))
        return titles

    def _offer_events(self, ctx: Context, spec: CommandSpec, words: str,
                      events: list[Event]) -> None:
        """Several events fit the words: list them, one button each, and the line to type
        with a number (« /participer 12 oui +2 »). Nothing is done on a guess."""
        name = self.shown_name(spec.name)
        typed = " ".join(ctx.args.split())
        rest = typed.replace(words, str(events[0].id), 1) if words and words in typed else ""
        line = f"/{name} {rest or events[0].id}"
        offered = [(event.id, event_line(event)) for event in events[:MAX_CHOICES]]
        lines = [t("event.choose", words=words[:40])] + [shown for _, shown in offered]
        if len(events) > MAX_CHOICES:
            lines.append(t("event.choose_more"))
        lines.append(t("event.choose_line", line=line))
        buttons = tuple(Button(shown[:80], actions.encode("event", event_id))
                        for event_id, shown in offered)
        ctx.reply("\n".join(lines), buttons=buttons, private=True)

    async def _pick_event(self, ctx: Context, spec: CommandSpec) -> None:
        """A member's command that needs an event came without one (the phone's menu sends
        « /participer » alone, and nobody knows a number by heart): the upcoming events,
        one button each that does what the command does with it (`CommandSpec.pick`), and
        the line to type. In a group, only the buttons: the group reads it too."""
        group = not ctx.incoming.is_private
        limit = MAX_PICKED_GROUP if group else MAX_CHOICES
        listed = await self.storage.events.upcoming_with_counts(ctx.now, limit + 1)
        if not listed:
            raise NotFound("pick.none")
        verb, _, arg = spec.pick.partition(":")
        shown = listed[:limit]

        def own(key: str) -> str:  # the verb's own wording, else the plain one
            return f"{key}.{verb}" if f"{key}.{verb}" in CATALOGUE else key

        buttons = tuple(Button(t(own("pick.button"), id=event.id,
                                 day=event.starts_at.astimezone(PARIS).strftime("%d/%m"),
                                 title=card_title(event)[:MAX_PICKED_TITLE]),
                               actions.encode(verb, event.id, arg))
                        for event, _ in shown)
        lines = [t(own("pick.header"))]
        if not group:
            lines += [event_line(event, counts) for event, counts in shown]
            if len(listed) > limit:
                lines.append(t("pick.more", events="/" + self.shown_name("events")))
            name = self.shown_name(spec.name)
            lines.append(t(own("pick.line"), line=f"/{name} {shown[0][0].id}"))
        ctx.reply("\n".join(lines), buttons=buttons, private=not group)

    async def _member_hint(self, ctx: Context, spec: CommandSpec,
                           raw: Callable[[], Mapping[str, str]]) -> None:
        """An organiser command typed by a member: the refusal, then what they can do
        instead (« /annuler 3 » → how to answer no to #3, with the button); the refusal
        alone when the feature has no hint. The values are read only to find the event; a
        bad one is not explained, so nobody learns the organiser syntax this way."""
        if spec.member_hint_key not in CATALOGUE:
            raise Forbidden("error.organizer_only")
        event = await self._hinted_event(spec, raw)
        shown = str(event.id) if event is not None else f"<{t('param.event')}>"
        buttons: tuple[Button, ...] = ()
        if event is not None and not event.cancelled:
            buttons = (self._hint_button(spec.member_button, event.id),)
        text = t("error.organizer_only") + "\n" + t(spec.member_hint_key, id=shown)
        ctx.reply(text, buttons=buttons, private=True)

    async def _hinted_event(self, spec: CommandSpec,
                            raw: Callable[[], Mapping[str, str]]) -> Event | None:
        """The event a member's organiser command named, if it names exactly one."""
        param = spec.event_param
        if param is None:
            return None
        try:
            typed = (raw().get(param.name) or "").strip()
            value = event_ref(typed) if typed else None
        except UserInputError:
            return None
        if isinstance(value, EventRef):
            found = await self._events_named(value)
            return found[0] if len(found) == 1 else None
        return await self.storage.events.get(value) if value is not None else None

    @staticmethod
    def _hint_button(kind: str, event_id: int) -> Button:
        verb, _, arg = kind.partition(":")
        if verb == "rsvp" and arg in ("going", "maybe", "no"):
            return Button(t(f"button.{arg}"), actions.encode("rsvp", event_id, arg))
        return Button(t("button.open_event", id=event_id), actions.encode("event", event_id))

    def shown_name(self, name: str) -> str:
        """The command name a reader knows: the first French alias in French."""
        spec = self.router.find(name)
        return name if spec is None else spec.shown_name(current_locale())

    def usage(self, spec: CommandSpec, platform: str, form: bool = False) -> str:
        """The generated usage line, with the example when the feature gives one; for a
        command sent from a form (Discord's slash options), the options to fill in."""
        if form:
            line, example = slash_usage(spec), slash_example(spec, self.now())
            return line if example is None else f"{line}, {example}"
        line = usage_line(spec, self.shown_name(spec.name))
        example = example_of(spec, platform)
        return line if example is None else f"{line}, {example}"

    def capabilities(self, platform: str) -> Capabilities:
        """What the adapter of `platform` can do (the defaults when none is attached)."""
        adapter = self.adapters.get(platform)
        return adapter.capabilities if adapter is not None else Capabilities()

    # -- background work -------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._spawned(coro)

    def _spawned(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        """Background work (card refreshes, private notices) may meet a locked or full
        database too: log it with its traceback, never lose it silently."""
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task %s failed", getattr(task.get_coro(), "__qualname__", "?"),
                      exc_info=task.exception())

    async def idle(self) -> None:
        """Wait until background refreshes and notifications are done (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def cards_changed(self, event_id: int) -> None:
        """Every posted copy of this event should show the new state, soon.

        Coalesced at two levels. While the event's state is being read, further changes
        only mark it dirty and one more read follows (after `card_interval`). Each copy has
        its own editor, which takes the latest state read for it only once its platform
        could send the edit (`edit_ready`, when the adapter has it): an edit waiting for a
        slot (20 a minute in a Telegram group) goes out with the answers given meanwhile,
        and a slow copy never holds back the others.
        """
        if event_id in self._refreshing:
            self._dirty.add(event_id)
            return
        if self.storage.cards.none_live(event_id):
            return  # nobody posted this card (yet): nothing to read, nothing to edit
        self._refreshing.add(event_id)
        self.spawn(self._refresh_loop(event_id))

    async def _refresh_loop(self, event_id: int) -> None:
        try:
            while True:
                self._dirty.discard(event_id)
                await self._refresh_once(event_id)
                if event_id not in self._dirty:
                    return
                if self.card_interval:
                    await asyncio.sleep(self.card_interval)
        finally:
            self._refreshing.discard(event_id)

    async def _refresh_once(self, event_id: int) -> None:
        if self.storage.cards.none_live(event_id):
            return  # nobody posted this card (yet): no read at all, most answers' case
        copies = await self.storage.cards.to_edit(event_id)  # retired ones: handed out once
        event = await self.storage.events.get(event_id) if copies else None
        if event is None:
            return
        counts = await self.storage.rsvps.counts(event_id)
        for posted in copies:
            key = (posted.platform, posted.chat_id, posted.message_id)
            self._to_show[key] = (event, counts, posted)
            if key not in self._editing:
                self._editing.add(key)
                self.spawn(self._copy_editor(key))

    async def _copy_editor(self, key: tuple[str, str, str]) -> None:
        """Edits one posted copy, one edit at a time (at most one per `card_interval`),
        always with the latest state; where the platform made us wait for a slot, the
        state is read again once it is there."""
        try:
            while key in self._to_show:
                adapter = self.adapters.get(key[0])
                paced = adapter is not None and adapter.capabilities.edit_slots
                if adapter is not None and paced:
                    try:
                        await adapter.edit_ready(key[1])
                    except Exception:
                        log.exception("waiting to update a card on %s failed", key[0])
                event, counts, posted = self._to_show.pop(key)
                if paced:
                    event, counts = await self._fresh(event, counts)
                await self._edit_copy(event, counts, posted)
                if key in self._to_show and self.card_interval:
                    await asyncio.sleep(self.card_interval)
        finally:
            self._editing.discard(key)

    async def _fresh(self, event: Event, counts: Counts) -> tuple[Event, Counts]:
        """The event's state now; what was read before if that fails."""
        try:
            now = await self.storage.events.get(event.id)
            if now is None:
                return event, counts
            return now, await self.storage.rsvps.counts(event.id)
        except Exception:
            log.exception("could not read event %s again for its cards", event.id)
            return event, counts

    async def _edit_copy(self, event: Event, counts: Counts, posted: PostedMessage) -> None:
        adapter = self.adapters.get(posted.platform)
        if adapter is None:
            return
        with using(posted.locale):  # the card, and any line the adapter adds (Telegram)
            card = build_card(event, counts, self.now())  # closed once started
            try:
                moved = await adapter.edit_card(posted.chat_id, posted.message_id, card)
            except CardGone:
                await self._forget_copy(event.id, posted)
                return
            except Exception:
                log.exception("could not update card of event %s on %s", event.id,
                              posted.platform)
                return
        if moved is not None and moved != posted.message_id:
            try:  # posted anew (Telegram: text cannot become a photo): edits go there now
                await self.storage.cards.move(posted.platform, posted.chat_id,
                                              posted.message_id, moved)
            except Exception:
                log.exception("could not record the new card of event %s on %s", event.id,
                              posted.platform)

    async def _forget_copy(self, event_id: int, posted: PostedMessage) -> None:
        """A copy whose message was deleted: off the record, not edited at every change."""
        log.info("card of event %s on %s is gone; no longer updated", event_id, posted.platform)
        try:
            await self.storage.cards.forget(posted.platform, posted.chat_id, posted.message_id)
        except Exception:
            log.exception("could not forget a deleted card of event %s on %s", event_id,
                          posted.platform)

    def event_changed(self, event_id: int, promoted: Sequence[Recipient] = ()) -> None:
        """THE path after any change to an event or its seats (an answer, a button, "I can't
        come", an erasure, an edit, a cancellation, a series edit): every live copy of the
        card is refreshed, and members promoted from the waitlist are told privately."""
        self.cards_changed(event_id)
        if promoted:
            self.spawn(self._tell_promoted(event_id, tuple(promoted)))

    async def _tell_promoted(self, event_id: int, promoted: tuple[Recipient, ...]) -> None:
        """The promoted are told; so is each group still waiting that one of them went past:
        freed seats go to the first who fit (`storage.rsvps.promote`), so they may pass a
        family that does not fit, which keeps its position (issue 13; `Promoted.passed`)."""
        event = await self.storage.events.get(event_id)
        if event is None:
            return

        def title() -> str:  # built in each reader's language: a demo title is translated
            return card_title(event)  # a demo's « [Démo] » as on its card

        def seats_free(seats: int) -> Callable[[], Reply]:  # a family reads all its seats
            key = "notify.promoted" if seats == 1 else "notify.promoted_party"
            # The reminders' buttons: Discord takes no typed « /rsvp 1 no », a tap frees
            # the seat for the next in the queue on every platform.
            return lambda: Reply(t(key, title=title(), id=event.id, seats=seats,
                                   when=format_when(event.starts_at)),
                                   buttons=held_seat_buttons(event.id))

        # Kept until sent (`tell`): a kill or a platform failure must not leave a promoted
        # family at home until the reminder; only a promotion pays the write, not an answer.
        await self.tell([(p, seats_free(p.seats)) for p in promoted], about=event.id)

        def passed(seats: int, position: int) -> Callable[[], Reply]:
            return lambda: Reply(t("notify.passed_over", title=title(), id=event.id,
                                   seats=seats, position=position, fewer=seats - 2))

        # Only those someone behind them went past: a family behind the single promoted
        # was passed by nobody (« elles sont allées aux personnes suivantes » was untrue).
        passed_by = {m for p in promoted if isinstance(p, Promoted) for m in p.passed}
        if not passed_by:
            return
        waiting = await self.storage.rsvps.recipients(event_id, ("waitlisted",))
        for position, who in enumerate(waiting, 1):
            if who.member_id in passed_by:
                self._notify_now([who], passed(who.seats, position))

    def private_link(self, platform: str, payload: str) -> str | None:
        """A link opening a private chat with the bot, where the platform has one."""
        adapter = self.adapters.get(platform)
        if adapter is None or not adapter.capabilities.private_links:
            return None
        return adapter.private_link(payload)

    async def event_choices(self, typed: str, locale: str, limit: int = 25
                            ) -> list[EventChoice]:
        """Upcoming or just started events (`JUST_STARTED`) whose title or number matches
        what is being typed (Discord's autocomplete), labelled in the reader's language."""
        needle = fold(typed).lstrip("#")
        found: list[EventChoice] = []
        with using(locale):
            for event in await self.storage.events.upcoming(self.now() - JUST_STARTED, 100):
                if needle and needle not in fold(event.title) and not str(
                        event.id).startswith(needle):
                    continue
                found.append(EventChoice(event.id, _choice_label(event)))
                if len(found) == limit:
                    break
        return found

    async def language_of(self, platform: str, user_id: str, *,
                          app_only: bool = False) -> str | None:
        """See `Host.language_of`; a database that cannot answer gives None (the adapter
        then uses the app's language)."""
        try:
            member = await self.storage.members.find(platform, user_id)
        except Exception:
            log.warning("could not read a member's language on %s", platform, exc_info=True)
            return None
        if member is None:
            return None
        return member.app_language if app_only else member.language or member.app_language

    async def display_name(self, platform: str, user_id: str) -> str | None:
        """See `Host.display_name`; a database that cannot answer gives None."""
        try:
            member = await self.storage.members.find(platform, user_id)
        except Exception:
            log.warning("could not read a member's name on %s", platform, exc_info=True)
            return None
        return member.display_name if member is not None else None

    async def card_moved(self, platform: str, chat_id: str, message_id: str,
                         new_chat_id: str, new_message_id: str) -> None:
        """See `Host.card_moved`; a storage failure costs only the record (logged)."""
        try:
            await self.storage.cards.move(platform, chat_id, message_id, new_message_id,
                                          new_chat_id=new_chat_id)
        except Exception:
            log.exception("could not record a card moved to %s on %s", new_chat_id, platform)

    async def card_posted(
        self, event_id: int, platform: str, chat_id: str, message_id: str, locale: str,
        private_to: str | None = None,
    ) -> None:
        """An adapter posted a card outside `publish` (e.g. /event in a group): keep it live,
        within the bound on copies. A storage failure here costs only live updates.
        `private_to`: whose private chat it is in (the card goes when they erase their data)."""
        try:
            await self.storage.cards.add(event_id, platform, chat_id, message_id, locale,
                                          self.now(), private_to=private_to)
        except Exception:
            log.exception("could not record a card of event %s on %s", event_id, platform)

    async def card_pressed(
        self, event_id: int, platform: str, chat_id: str, message_id: str
    ) -> None:
        """A card was pressed: if we posted it as a card of this event, it is live again.
        Any other message (a forged button under plain text) is left alone."""
        try:
            revived = await self.storage.cards.revive(event_id, platform, chat_id, message_id)
        except Exception:
            log.exception("could not revive a card of event %s on %s", event_id, platform)
            return
        if revived:
            self.cards_changed(event_id)

    async def publish(self, build: Callable[[], Reply], event_id: int | None = None) -> int:
        """Send to every announcement chat of every adapter; cards are recorded as copies.

        `build` is called in the announcement locale. Returns the number of chats reached.
        """
        reached = 0
        with using(self.announce_locale):
            reply = replace(build(), locale=self.announce_locale)
        for adapter in list(self.adapters.values()):
            for chat_id in adapter.announce_chats():
                try:
                    message_id = await adapter.send(chat_id, reply)
                except Exception:
                    log.exception("announcement to %s %s failed", adapter.platform, chat_id)
                    continue
                reached += 1
                if event_id is not None and message_id is not None:
                    await self.storage.cards.add(event_id, adapter.platform, chat_id,
                                                  message_id, self.announce_locale, self.now(),
                                                  announcement=True)
        return reached

    async def notify(self, who: Recipient, build: Callable[[], Reply], *,
                     kept: int | None = None, about: int | None = None) -> bool:
        """A private message to one member, in their language, on the platform they used,
        now. `kept`: its row in `storage.outbox` (`tell`, `notify_all`), erased once sent,
        kept for a retry when the platform failed (False then, not raised); without it, kept
        nowhere (a reminder has its own record)."""
        reply = self._rendered(who, build)
        if kept is None:
            return await self.send_private(who, reply, about)
        return await self._deliver(who, reply, kept, about)

    @staticmethod
    def _rendered(who: Recipient, build: Callable[[], Reply]) -> Reply:
        locale = pick_locale(who.language, None)
        with using(locale):
            return replace(build(), locale=locale)

    async def send_private(self, who: Recipient, reply: Reply, about: int | None = None
                           ) -> bool:
        """`reply`, already in its reader's language, to one member privately: True once
        the platform took it, False when it cannot (no such adapter; refused: the member is
        told when they write again). Any other failure (platform down) is raised. What the
        member writes next, soon, is about the event it names (`about`, else its buttons
        or card: `_told_about`)."""
        adapter = self.adapters.get(who.platform)
        if adapter is None:
            log.info("no adapter for %s; private message dropped", who.platform)
            return False
        try:
            await adapter.send_private(who.platform_user_id, reply)
        except Unreachable as err:
            log.info("member %s unreachable on %s: %s", who.member_id, who.platform, err.reason)
            await self.storage.members.update(
                who.member_id, unreachable="blocked" if err.permanent else "not_started",
                notice_pending=True)  # told when they write again (opened, unblocked)
            return False
        if about is None:
            about = event_named([b.action for b in reply.buttons]) if reply.card is None \
                else reply.card.event_id
        remember(self._told, who.member_id, (about, self.now()), MAX_TOLD)
        self._told_unsaved += 1
        return True

    async def tell(self, notices: Sequence[tuple[Recipient, Callable[[], Reply]]], *,
                   about: int | None = None, until: datetime | None = None,
                   kind: str = NOTICE, series: int | None = None) -> list[bool]:
        """Private notices that must not be lost (an event cancelled, changed, moved; the
        organisers' messages): each built in its reader's language, all kept in the
        database in one transaction (`storage.outbox`) before the first goes out, each
        erased once sent, then sent now, side by side (the adapters pace them). Whatever a
        kill leaves is sent by the next process (the scheduler's `outbox` job), once; what
        the platform failed, at the next ticks. None goes after `until` (default: once
        event `about` is over, its end or `LENGTH` after its start; else a day): it
        stopped mattering. A series' notices name `series` (their newer ones replace them).
        For each notice, in order: whether it reached its reader now."""
        kept = await self._keep(notices, about, until, kind, series)
        await self._note_told(kept, about)
        reached = list(await asyncio.gather(*(self._deliver(*notice, about)
                                              for notice in kept)))
        await self.save_told()  # what they were told of, in one write
        return reached

    async def _keep(self, notices: Sequence[tuple[Recipient, Callable[[], Reply]]],
                    about: int | None, until: datetime | None, kind: str,
                    series: int | None = None) -> list[tuple[Recipient, Reply, int | None]]:
        """Each notice built in its reader's language, all recorded in one transaction:
        (who, reply, row id; None when not kept: a full disk, they still go)."""
        now = self.now()
        if until is None:
            event = await self.storage.events.get(about) if about is not None else None
            until = now + KEPT_AT_MOST if event is None else ends_by(event)
        # Even about an evening under way (« on commence en retard »): kept while sent.
        until = max(until, now + LIVE_LEASE)
        replies = [(who, self._rendered(who, build)) for who, build in notices]
        texts = [encode(reply, told=True) for _, reply in replies]
        owners = {reply.words_of for _, reply in replies} - {None}
        rows: list[int | None] = [None] * len(replies)
        try:
            ids = iter(await self.storage.outbox.record(
                [(who.member_id, text) for (who, _), text in zip(replies, texts, strict=True)
                 if text is not None],
                event_id=about, kind=kind, now=now, until=until, holder=self.process,
                lease_until=now + LIVE_LEASE, series_id=series,
                words_of=owners.pop() if len(owners) == 1 else None))
            rows = [None if text is None else next(ids) for text in texts]
        except Exception:  # a full disk: they still go, without the net
            log.exception("private notices could not be kept; sent without a record")
        return [(who, reply, row) for (who, reply), row in zip(replies, rows, strict=True)]

    async def _deliver(self, who: Recipient, reply: Reply, row: int | None,
                       about: int | None = None) -> bool:
        """One kept notice, now: erased once the platform took it (or refused it for
        good); kept for a retry when the platform failed."""
        try:
            reached = await self.send_private(who, reply, about)
        except Exception:
            log.warning("private notice to member %s failed; will retry", who.member_id,
                        exc_info=True)
            if row is not None:
                await self._safely(self.storage.outbox.retry(row, self.now() + backoff(1)))
            return False
        if row is not None:
            await self._safely(self.storage.outbox.sent(row))
        return reached

    @staticmethod
    async def _safely(write: Coroutine[Any, Any, Any]) -> None:
        """A mark on a kept notice; failing, it is logged (the notice went, or not)."""
        try:
            await write
        except Exception:
            log.exception("could not mark a kept private notice")

    def notify_all(self, people: Iterable[Recipient], build: Callable[[], Reply], *,
                   about: int | None = None, until: datetime | None = None,
                   kind: str = NOTICE) -> None:
        """`tell`, in the background (the command's reply does not wait for it): kept in
        one transaction, then each sent in a task of its own (a shutdown counts those not
        sent, `bot.__main__.drain`; they are kept for the next start)."""
        notices = [(who, build) for who in people]
        if notices:
            self.spawn(self._tell_apart(notices, about, until, kind))

    async def _tell_apart(self, notices: Sequence[tuple[Recipient, Callable[[], Reply]]],
                          about: int | None, until: datetime | None, kind: str) -> None:
        # Each a task of its own: a shutdown counts them (`bot.__main__.PRIVATE_SENDS`).
        kept = await self._keep(notices, about, until, kind)
        await self._note_told(kept, about)
        sends = [self._spawned(self._deliver(who, reply, row, about))
                 for who, reply, row in kept]
        if sends:
            self.spawn(self._told_after(sends))

    async def _note_told(self, kept: Sequence[tuple[Recipient, Reply, int | None]],
                         about: int | None) -> None:
        """Which event a fan-out's readers are told of, written before the first goes: a
        kill during it must not leave those it reached answering into the FAQ after the
        restart (`_told_about`); the rest are sent by the next process."""
        if about is None or not kept:
            return
        now = self.now()
        for who, _, _ in kept:
            remember(self._told, who.member_id, (about, now), MAX_TOLD)
        self._told_unsaved += len(kept)
        await self.save_told()

    async def _told_after(self, sends: Sequence[asyncio.Task[Any]]) -> None:
        """Once a fan-out went out: what its readers were told of, in one write."""
        await asyncio.gather(*sends, return_exceptions=True)
        await self.save_told()

    def _notify_now(self, people: Iterable[Recipient], build: Callable[[], Reply]) -> None:
        """Each in the background, kept nowhere: a seat freed for the waitlist is told on
        the answer's path, which gains no write (the reminder says it again)."""
        for who in people:
            self.spawn(self.notify(who, build))
