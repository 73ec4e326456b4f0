"""Telegram, through python-telegram-bot 22: long polling in our own loop, replies in HTML.

Every message and button press becomes an `Incoming` for `Core.handle`; the replies are laid
out by `telegram_render`. Outgoing requests go through `PacedRateLimiter`, which keeps under
Telegram's flood limits instead of reacting to them (a 429 is still honoured and retried, so a
message is delayed, never dropped), retries timeouts and 5xx with backoff, and lets replies to a
member overtake a background fan-out of reminders.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import heapq
import itertools
import logging
import re
from collections import OrderedDict, deque
from collections.abc import Callable, Coroutine, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    CallbackQuery,
    InputFile,
    LinkPreviewOptions,
    Update,
)
from telegram import Chat as TgChat
from telegram import User as TgUser
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import actions, logsafe
from bot.adapters import telegram_render as render
from bot.adapters.base import Unreachable
from bot.config import Settings
from bot.i18n import pick_locale, t, using
from bot.messages import EventCard, Incoming, Reply
from bot.strings import STRINGS

if TYPE_CHECKING:
    from bot.core import Core
    from bot.router import Command

log = logging.getLogger(__name__)
# httpx logs every request URL at INFO, and Bot API URLs contain the token.
logging.getLogger("httpx").setLevel(logging.WARNING)

TELEGRAM_STRINGS: dict[str, dict[str, str]] = {
    "telegram.open_private": {
        "fr": "{name}, je ne peux pas encore vous écrire en privé. Ouvrez une conversation "
              "avec moi, puis réessayez : {link}",
        "en": "{name}, I can't message you privately yet. Open a private chat with me, then "
              "try again: {link}",
    },
    "telegram.no_private_link": {
        "fr": "{name}, je ne peux pas encore vous écrire en privé : ouvrez une conversation "
              "avec moi, puis réessayez.",
        "en": "{name}, I can't message you privately yet: open a private chat with me, then "
              "try again.",
    },
}
STRINGS.update(TELEGRAM_STRINGS)

_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
_HIDDEN_FROM_MENU = frozenset({"start"})
# Set while the adapter answers a member: those requests overtake background fan-outs.
_URGENT: ContextVar[bool] = ContextVar("telegram_urgent", default=False)


@dataclass(frozen=True)
class Limits:
    """Flood limits we keep under, as sliding windows.

    A request's slot is counted from when its answer arrives, not from when it left: Telegram
    counts arrivals, which happen in between, so the window can never look fuller on its side
    than on ours, whatever the connection delays. Periods keep a small extra margin.
    """

    overall: int = 30
    overall_period: float = 1.02
    per_chat: int = 1
    per_chat_period: float = 1.02
    per_group: int = 20
    per_group_period: float = 60.5
    network_retries: int = 5
    backoff: float = 0.5  # first pause after a timeout or 5xx; doubles, capped at 30 s
    flood_retries: int = 10  # 429s honoured before giving up on one request


class _Window:
    """At most `count` requests in any `period` seconds, counting those still in flight;
    count 0 means no limit."""

    def __init__(self, count: int, period: float) -> None:
        self.count = count
        self.period = period
        self.stamps: deque[float] = deque()  # when answers arrived, oldest first
        self.busy = 0  # in flight

    def delay(self, now: float) -> float | None:
        """Seconds until a slot frees; 0 if one is free; None if we must wait for an answer."""
        if self.count <= 0:
            return 0.0
        cut = now - self.period
        while self.stamps and self.stamps[0] <= cut:
            self.stamps.popleft()
        if self.busy + len(self.stamps) < self.count:
            return 0.0
        return self.stamps[0] - cut if self.stamps else None

    def done(self, now: float) -> None:
        if self.count > 0:
            self.stamps.append(now)

    @property
    def idle(self) -> bool:
        return not self.stamps and not self.busy


class _Gate:
    """Hands out slots of one window in priority order: urgent first, then first come.

    Only the head of the queue watches the window; the others wait for their turn, so a
    fan-out of thousands of messages costs one wake-up per message.
    """

    def __init__(self, window: _Window) -> None:
        self.window = window
        self._queue: list[tuple[int, int, asyncio.Event]] = []
        self._seq = itertools.count()

    def _wake_head(self) -> None:
        if self._queue:
            self._queue[0][2].set()

    async def take(self, urgent: bool) -> None:
        loop = asyncio.get_running_loop()
        entry = (0 if urgent else 1, next(self._seq), asyncio.Event())
        heapq.heappush(self._queue, entry)
        self._wake_head()
        try:
            while True:
                if self._queue[0] is entry:
                    wait = self.window.delay(loop.time())
                    if wait == 0:
                        heapq.heappop(self._queue)
                        if self.window.count > 0:
                            self.window.busy += 1
                        self._wake_head()
                        return
                    entry[2].clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(entry[2].wait(), wait)
                else:
                    await entry[2].wait()
                    entry[2].clear()
        except BaseException:
            if entry in self._queue:
                self._queue.remove(entry)
                heapq.heapify(self._queue)
                self._wake_head()
            raise

    def release(self, now: float) -> None:
        if self.window.count > 0:
            self.window.busy -= 1
            self.window.done(now)
        self._wake_head()


class _Chat:
    """One chat's windows. Its lock is held for the whole request, so messages to one chat
    leave in order and the per-chat window never has anything in flight."""

    def __init__(self, limits: Limits, group: bool) -> None:
        self.lock = asyncio.Lock()
        self.window = _Window(limits.per_chat, limits.per_chat_period)
        self.group = _Window(limits.per_group, limits.per_group_period) if group else None
        self.paused_until = 0.0

    def delay(self, now: float) -> float:
        waits = [self.paused_until - now, self.window.delay(now) or 0.0]
        if self.group is not None:
            waits.append(self.group.delay(now) or 0.0)
        return max(waits)

    def done(self, now: float) -> None:
        self.window.done(now)
        if self.group is not None:
            self.group.done(now)

    @property
    def idle(self) -> bool:
        return not self.lock.locked() and self.window.idle and (
            self.group is None or self.group.idle)


class PacedRateLimiter(BaseRateLimiter[int]):
    """Throttle before sending (overall, per chat, per group), then honour 429s and retry
    network failures. `AIORateLimiter` has no per-chat limit and lets a full bucket through at
    once, which a strict server answers with 429s."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._overall = _Gate(_Window(self.limits.overall, self.limits.overall_period))
        self._chats: dict[str, _Chat] = {}
        self.floods = 0  # 429s received, for logs and the bench

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    def _chat(self, key: str) -> _Chat:
        if len(self._chats) > 4096:
            for old in [k for k, c in self._chats.items() if c.idle and k != key]:
                del self._chats[old]
        if key not in self._chats:
            self._chats[key] = _Chat(self.limits, group=key.startswith(("-", "@")))
        return self._chats[key]

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Wait for a slot, send, and retry what Telegram asks us to retry."""
        chat_id = data.get("chat_id")
        if chat_id is None:  # callback answers, menus, getMe: not flood-limited per chat
            return await self._send(None, callback, args, kwargs, endpoint)
        chat = self._chat(str(chat_id))
        async with chat.lock:
            return await self._send(chat, callback, args, kwargs, endpoint)

    async def _send(
        self,
        chat: _Chat | None,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        floods = failures = 0
        while True:
            if chat is not None:
                # Nothing else touches this chat's windows while we hold its lock.
                wait = chat.delay(loop.time())
                if wait > 0:
                    await asyncio.sleep(wait)
                await self._overall.take(_URGENT.get())
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.floods += 1
                floods += 1
                if floods > self.limits.flood_retries:
                    raise
                pause = exc._retry_after.total_seconds() + 0.1  # the int form is deprecated
                log.warning("Telegram flood limit on %s: retrying in %.1f s", endpoint, pause)
                if chat is None:
                    await asyncio.sleep(pause)
                else:
                    chat.paused_until = max(chat.paused_until, loop.time() + pause)
            except BadRequest:
                raise
            except NetworkError as exc:  # timeouts, 5xx, connection errors
                failures += 1
                if failures > self.limits.network_retries:
                    raise
                pause = min(30.0, self.limits.backoff * 2 ** (failures - 1))
                log.warning("Telegram %s failed (%s): retry %d in %.1f s", endpoint,
                            type(exc).__name__, failures, pause)
                await asyncio.sleep(pause)
            finally:
                if chat is not None:
                    now = loop.time()
                    chat.done(now)
                    self._overall.release(now)


def unreachable(err: TelegramError) -> Unreachable | None:
    """Which refusals mean "cannot reach this member privately", and whether for good."""
    text = err.message.lower()
    if isinstance(err, Forbidden):
        permanent = any(w in text for w in ("blocked", "deactivated", "kicked", "deleted"))
        return Unreachable(err.message, permanent=permanent)
    if isinstance(err, BadRequest) and "chat not found" in text:
        return Unreachable(err.message, permanent=False)
    return None


def chat_ref(chat_id: str) -> int | str:
    """Bot API chat ids are integers, or '@channelname'."""
    try:
        return int(chat_id)
    except ValueError:
        return chat_id


class TelegramAdapter:
    """The Telegram platform: `start(core)` returns once polling runs; `stop()` drains."""

    platform = "telegram"

    def __init__(self, settings: Settings, *, limits: Limits | None = None,
                 poll_timeout: float = 10.0, drain_seconds: float = 5.0,
                 read_timeout: float | None = None) -> None:
        if not settings.telegram_token:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        self.settings = settings
        self.limiter = PacedRateLimiter(limits)
        self.poll_timeout = poll_timeout
        self.drain_seconds = drain_seconds
        self.read_timeout = read_timeout  # None: PTB's default (5 s)
        self._stopping = False
        self.username: str | None = None
        self._core: Core | None = None
        self._app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._organizers = frozenset(settings.telegram_organizer_ids)
        self._shown: OrderedDict[tuple[str, str], int] = OrderedDict()

    # -- life cycle ----------------------------------------------------------------------

    def _build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        settings = self.settings
        builder = (ApplicationBuilder().token(settings.telegram_token or "")
                   .rate_limiter(self.limiter).concurrent_updates(True).job_queue(None)
                   .get_updates_read_timeout(self.poll_timeout + 10))
        if self.read_timeout is not None:
            builder = builder.read_timeout(self.read_timeout)
        if settings.telegram_api_base_url:
            builder = builder.base_url(settings.telegram_api_base_url)
        if settings.telegram_api_base_file_url:
            builder = builder.base_file_url(settings.telegram_api_base_file_url)
        logsafe.guard(settings.telegram_token, ("telegram", "httpx", "httpcore"))
        app = builder.build()
        app.add_handler(CallbackQueryHandler(self._on_press))
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, self._on_message))
        app.add_error_handler(self._on_error)
        return app

    async def start(self, core: Core) -> None:
        """Connect, publish the command menus, and start long polling in the running loop."""
        self._core = core
        app = self._app = self._build()
        try:
            await app.initialize()
            self.username = app.bot.username
            await self.publish_menus()
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(
                timeout=int(self.poll_timeout), bootstrap_retries=3,
                allowed_updates=[Update.MESSAGE, Update.CALLBACK_QUERY],
                error_callback=self._on_polling_error,
            )
        except BaseException:
            await self.stop()
            raise
        log.info("Telegram: polling as @%s", self.username)

    async def stop(self) -> None:
        """Stop polling, let in-flight updates finish (PTB waits for them), give the core's
        follow-ups (card edits, notices) a few seconds to go out, then disconnect."""
        app = self._app
        if app is None or self._stopping:
            return
        self._stopping = True
        try:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if self._core is not None:
                with contextlib.suppress(TimeoutError):
                    # shield: on timeout the core's tasks go on (and fail softly), uncancelled
                    await asyncio.wait_for(asyncio.shield(self._core.idle()), self.drain_seconds)
        finally:
            try:
                await app.shutdown()
            finally:
                self._app = None
                self._stopping = False

    @property
    def bot(self) -> Any:
        if self._app is None:
            raise RuntimeError("Telegram adapter is not started")
        return self._app.bot

    def announce_chats(self) -> list[str]:
        return [str(c) for c in self.settings.telegram_announce_chat_ids]

    def private_link(self, payload: str) -> str | None:
        """A deep link that opens a private chat and sends `/start <payload>`."""
        if not self.username or not _PAYLOAD.fullmatch(payload):
            return None
        return f"https://t.me/{self.username}?start={payload}"

    # -- menus ---------------------------------------------------------------------------

    @staticmethod
    def _menu(commands: Sequence[Command], locale: str) -> list[BotCommand]:
        """Menu entries in `locale`. The French menu shows each command's first French alias
        (/evenements, /aide), the names our French texts mention; both names always work."""
        items = []
        with using(locale):
            for cmd in commands:
                name = cmd.name
                if locale == "fr" and cmd.aliases and _COMMAND_NAME.fullmatch(cmd.aliases[0]):
                    name = cmd.aliases[0]
                try:
                    description = t(cmd.help_key)
                except KeyError:
                    description = cmd.name
                items.append(BotCommand(name, render.truncate(description, 256)))
        return items

    async def publish_menus(self) -> None:
        """Members' menu in French (default) and English, for private chats and groups; the
        organisers' full menu only in each organiser's private chat."""
        assert self._core is not None
        router = self._core.router
        usable = [c for c in router.commands if router.available(c, self.platform)
                  and _COMMAND_NAME.fullmatch(c.name) and c.name not in _HIDDEN_FROM_MENU]
        members = [c for c in usable if not c.organizer]
        calls: list[tuple[list[BotCommand], Any, str | None]] = []
        for locale, language in (("fr", None), ("en", "en")):
            member_menu = self._menu(members, locale)
            organizer_menu = self._menu(usable, locale)
            calls.append((member_menu, BotCommandScopeAllPrivateChats(), language))
            calls.append((member_menu, BotCommandScopeAllGroupChats(), language))
            for organizer in self.settings.telegram_organizer_ids:
                calls.append((organizer_menu, BotCommandScopeChat(organizer), language))
        for menu, scope, language in calls:
            try:
                await self.bot.set_my_commands(menu, scope=scope, language_code=language)
            except TelegramError as err:  # e.g. an organiser who never opened the bot
                log.warning("Telegram: menu for %s not published: %s", scope.type, err.message)

    # -- incoming ------------------------------------------------------------------------

    def _incoming(self, user: TgUser, chat: TgChat | None, **fields: Any) -> Incoming:
        return Incoming(
            platform=self.platform,
            user_id=str(user.id),
            display_name=user.first_name,  # minimum data: no last name, no username
            chat_id=str(chat.id) if chat else str(user.id),
            is_private=chat is None or chat.type == ChatType.PRIVATE,
            is_organizer=user.id in self._organizers,
            platform_locale=user.language_code,
            **fields,
        )

    def _addressed_elsewhere(self, text: str) -> bool:
        """`/events@otherbot` in a group is for another bot."""
        head = text.split(maxsplit=1)[0] if text.split() else ""
        _, at, name = head.partition("@")
        return bool(at) and name.lower() != (self.username or "").lower()

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, user, chat = update.message, update.effective_user, update.effective_chat
        if message is None or user is None or chat is None or user.is_bot or not message.text:
            return
        text = message.text
        if chat.type != ChatType.PRIVATE and (not text.startswith("/")
                                              or self._addressed_elsewhere(text)):
            return  # group chatter is not for us, and we keep nothing of it
        if self._core is None:
            return
        incoming = self._incoming(user, chat, text=text)
        replies = await self._core.handle(incoming)
        await self._deliver(replies, incoming)

    async def _on_press(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or self._core is None:
            return
        message = query.message
        incoming = self._incoming(
            query.from_user, message.chat if message else None, action=query.data or "",
            message_id=str(message.message_id) if message else None)
        answered = False
        try:
            replies = await self._core.handle(incoming)
            toasts = [i for i, r in enumerate(replies) if r.text]
            # The answer to the press is the last text (a pending notice may come first).
            chosen = toasts[-1] if toasts else None
            await self._answer(query, render.toast(replies[chosen].text) if chosen is not None
                               else None)
            answered = True
            rest: list[Reply] = []
            for index, reply in enumerate(replies):
                if index == chosen and not reply.attachment and (
                        render.units(reply.text) <= render.MAX_TOAST):
                    reply = dataclasses.replace(reply, text="")
                if reply.text or reply.card or reply.attachment:
                    rest.append(reply)
            action = actions.decode(query.data)
            payload = f"event_{action.event_id}" if action and action.event_id else "start"
            await self._deliver(rest, incoming, payload=payload)
        finally:
            if not answered:
                await self._answer(query, None)

    async def _answer(self, query: CallbackQuery, text: str | None) -> None:
        try:
            await query.answer(text=text or None)
        except TelegramError as err:  # too old, or already answered
            log.info("Telegram: callback not answered: %s", err.message)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Nothing a single update does may stop the adapter: log and carry on."""
        log.error("Telegram: update failed", exc_info=context.error)

    def _on_polling_error(self, err: TelegramError) -> None:
        log.warning("Telegram: polling failed (%s), retrying", type(err).__name__)

    # -- outgoing ------------------------------------------------------------------------

    async def _deliver(self, replies: Sequence[Reply], incoming: Incoming, *,
                       payload: str = "start") -> None:
        """Show replies where the member asked; private ones in the member's private chat,
        and if Telegram refuses that, one short note in the group with a deep link."""
        token = _URGENT.set(True)
        try:
            nudged = False
            for reply in replies:
                if reply.private and not incoming.is_private:
                    try:
                        await self._post(incoming.user_id, reply, incoming, private=True)
                    except Unreachable:
                        if not nudged:
                            nudged = True
                            await self._nudge(incoming, payload)
                    continue
                await self._post(incoming.chat_id, reply, incoming)
        finally:
            _URGENT.reset(token)

    async def _post(self, chat_id: str, reply: Reply, incoming: Incoming, *,
                    private: bool = False) -> None:
        try:
            message_id = await self.send(chat_id, reply)
        except TelegramError as err:
            problem = unreachable(err) if private else None
            if problem is not None:
                raise problem from err
            log.warning("Telegram: reply to chat not delivered: %s", err.message)
            return
        if reply.card is not None and message_id is not None and self._core is not None:
            await self._core.card_posted(reply.card.event_id, self.platform, chat_id,
                                         message_id, reply.locale)

    async def _nudge(self, incoming: Incoming, payload: str) -> None:
        link = self.private_link(payload)
        with using(pick_locale(None, incoming.platform_locale)):
            key = "telegram.open_private" if link else "telegram.no_private_link"
            text = t(key, name=incoming.display_name, link=link or "")
        try:
            await self.send(incoming.chat_id, Reply(text))
        except TelegramError as err:
            log.warning("Telegram: could not point a member to the private chat: %s",
                        err.message)

    async def send(self, chat_id: str, reply: Reply) -> str | None:
        """Post a reply in a chat: text (split over 4,096 characters), attachment, card.
        Returns the card's message id. Raises TelegramError once retries are exhausted."""
        bot = self.bot
        chat = chat_ref(chat_id)
        text = reply.text
        markup = render.keyboard(reply.buttons)
        no_preview = LinkPreviewOptions(is_disabled=True)
        if reply.attachment is not None:
            caption = render.caption(text)
            if caption is None and text:
                await self._send_text(chat, text, None)
            attachment = reply.attachment
            await bot.send_document(
                chat, InputFile(attachment.content, filename=attachment.filename),
                caption=caption, parse_mode=ParseMode.HTML, reply_markup=markup)
            text, markup = "", None
        if text:
            await self._send_text(chat, text, markup)
        if reply.card is None:
            return None
        html = render.card_html(reply.card)
        card_markup = render.keyboard(reply.card.buttons)
        sent = await bot.send_message(chat, html, parse_mode=ParseMode.HTML,
                                      reply_markup=card_markup, link_preview_options=no_preview)
        message_id = str(sent.message_id)
        self._remember((chat_id, message_id), html, card_markup)
        return message_id

    async def _send_text(self, chat: int | str, text: str, markup: Any) -> None:
        pieces = render.text_pieces(text)
        for index, piece in enumerate(pieces):
            await self.bot.send_message(
                chat, piece, parse_mode=ParseMode.HTML,
                reply_markup=markup if index == len(pieces) - 1 else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True))

    def _remember(self, key: tuple[str, str], html: str, markup: Any) -> bool:
        """Note what a card message shows; False when it already shows exactly that."""
        signature = hash((html, repr(markup.to_dict() if markup else None)))
        if self._shown.get(key) == signature:
            return False
        self._shown[key] = signature
        self._shown.move_to_end(key)
        while len(self._shown) > 4096:
            self._shown.popitem(last=False)
        return True

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        """New counts on a posted card. Skips edits that would change nothing; "message is
        not modified" is success; a deleted message is logged, not raised."""
        html = render.card_html(card)
        markup = render.keyboard(card.buttons)
        key = (chat_id, message_id)
        if not self._remember(key, html, markup):
            return
        try:
            await self.bot.edit_message_text(
                html, chat_id=chat_ref(chat_id), message_id=int(message_id),
                parse_mode=ParseMode.HTML, reply_markup=markup,
                link_preview_options=LinkPreviewOptions(is_disabled=True))
        except BadRequest as err:
            if "not modified" in err.message.lower():
                return
            self._shown.pop(key, None)
            if "not found" in err.message.lower():
                log.info("Telegram: card %s in %s is gone", message_id, chat_id)
                return
            raise
        except TelegramError:
            self._shown.pop(key, None)
            raise

    async def send_private(self, user_id: str, reply: Reply) -> None:
        """A private message; `Unreachable` when the member never started or blocked us."""
        try:
            await self.send(user_id, reply)
        except TelegramError as err:
            problem = unreachable(err)
            if problem is None:
                raise
            raise problem from err
