"""The platform-neutral core: turns an `Incoming` into replies, and keeps posted cards and
members informed in the background.

One place catches every handler error: input errors get the usage line, internal errors a
polite apology with the traceback in the log only.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from bot import actions
from bot.adapters.base import Adapter, Unreachable
from bot.cards import build_card
from bot.config import Settings
from bot.context import Context
from bot.errors import BotError, UserInputError
from bot.i18n import pick_locale, t, using
from bot.messages import Incoming, Reply
from bot.router import Router
from storage import Event, Recipient, Storage
from storage.models import Counts, PostedMessage

log = logging.getLogger(__name__)

MAX_TEXT = 4000
MAX_NAME = 64
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SMART = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                        "–": "-", "—": "-", "\u00a0": " "})


def utc_now() -> datetime:
    return datetime.now(UTC)


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """Drop control and direction-override characters and lone surrogates (SQLite cannot
    store them), normalise phone punctuation."""
    return _CONTROL.sub("", text.translate(_SMART))[:limit].strip()


def _what(incoming: Incoming) -> str:
    """For the log: the command word or the button verb, never what a member wrote."""
    if incoming.action is not None:
        verb = incoming.action.split(":", 2)[1] if ":" in incoming.action else ""
        return "button " + _CONTROL.sub("", verb[:10])
    head = incoming.text.strip().split(maxsplit=1)
    return _CONTROL.sub("", head[0][:20]) if head and head[0].startswith("/") else "a message"


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
        self.settings = settings or Settings()
        self.router = router
        self.now = clock
        self.card_interval = card_interval
        self.announce_locale = announce_locale
        self.adapters: dict[str, Adapter] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._refreshing: set[int] = set()
        self._dirty: set[int] = set()

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter

    # -- incoming --------------------------------------------------------------------------

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """Everything a member says or presses comes through here.

        Nothing escapes: a locked, full or damaged database while we look the member up
        gets the same apology as a failing command, in the platform's language.
        """
        try:
            return await self._handle(incoming)
        except Exception:
            log.exception("could not answer %s on %s", _what(incoming), incoming.platform)
            locale = pick_locale(None, incoming.platform_locale)
            with using(locale):
                return [Reply(t("error.internal"), private=True, locale=locale)]

    async def _handle(self, incoming: Incoming) -> list[Reply]:
        name = clean_text(incoming.display_name, MAX_NAME) or "?"
        member = await self.storage.member(incoming.platform, incoming.user_id, name, self.now())
        locale = pick_locale(member.language, incoming.platform_locale)
        with using(locale):
            ctx = Context(self, incoming, member, locale)
            notice: Reply | None = None
            try:
                notice = await self._pending_notice(ctx)
                await self._dispatch(ctx)
            except UserInputError as err:
                text = t(err.key, **err.values)
                if ctx.command_name:
                    text += "\n" + t("usage.prefix", usage=t(f"usage.{ctx.command_name}"))
                ctx.reply(text, private=True)
            except BotError as err:
                ctx.reply(t(err.key, **err.values), private=True)
            except Exception:
                log.exception("handler failed for %s on %s", _what(incoming), incoming.platform)
                ctx.replies = [Reply(t("error.internal"), private=True, locale=locale)]
            return ([notice] if notice else []) + ctx.replies

    async def _pending_notice(self, ctx: Context) -> Reply | None:
        member = ctx.member
        if member.unreachable == "not_started" and ctx.incoming.is_private:
            ctx.member = await self.storage.update_member(
                member.id, unreachable=None, notice_pending=False) or member
            return None
        if not member.notice_pending:
            return None
        ctx.member = await self.storage.update_member(member.id, notice_pending=False) or member
        adapter = self.adapters.get(member.platform)
        link = getattr(adapter, "private_link", None)
        text = t("notice.unreachable")
        if callable(link):
            url = link("start")
            if url:
                text += "\n" + t("notice.open_private", link=url)
        return Reply(text, private=True, locale=ctx.locale)

    async def _dispatch(self, ctx: Context) -> None:
        incoming = ctx.incoming
        if incoming.action is not None:
            # Button data comes from the member's device: validated here like typed input.
            action = actions.decode(incoming.action)
            handler = self.router.actions.get(action.verb) if action else None
            if action is None or handler is None:
                raise BotError("error.button_unknown")
            ctx.action = action
            ctx.args = incoming.action
            await handler(ctx)
            return
        if len(incoming.text) > MAX_TEXT:
            raise BotError("error.message_too_long", length=len(incoming.text), max=MAX_TEXT)
        text = clean_text(incoming.text)
        if not text:
            return
        if not text.startswith("/"):
            fallback = self.router.find("faq")
            if incoming.is_private and fallback is not None:
                ctx.args = text
                ctx.command_name = "plain"
                await fallback.handler(ctx)
            return
        head, _, rest = text.partition(" ")
        if "\n" in head:
            head, _, more = head.partition("\n")
            rest = more + " " + rest
        command = self.router.find(head)
        if command is None or not self.router.available(command, incoming.platform):
            suggestions = self.router.suggest(head, incoming.platform)
            if suggestions:
                names = ", ".join(f"/{s}" for s in suggestions)
                raise BotError("error.unknown_command_suggest", command=head[:30], names=names)
            raise BotError("error.unknown_command", command=head[:30])
        ctx.command_name = command.name
        ctx.args = rest.strip()
        if command.organizer:
            ctx.require_organizer()
        await command.handler(ctx)

    # -- background work -------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

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

        Coalesced: while one refresh runs, further changes only mark the event dirty, and
        one more refresh follows with the latest state.
        """
        if event_id in self._refreshing:
            self._dirty.add(event_id)
            return
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
        copies = await self.storage.posted(event_id)
        event = await self.storage.get_event(event_id) if copies else None
        if event is None:
            return
        counts = await self.storage.counts(event_id)
        # Copies are edited side by side: one slow group (20/min on Telegram) or a 429 must
        # not hold back the others.
        await asyncio.gather(*(self._edit_copy(event, counts, posted) for posted in copies))

    async def _edit_copy(self, event: Event, counts: Counts, posted: PostedMessage) -> None:
        adapter = self.adapters.get(posted.platform)
        if adapter is None:
            return
        with using(posted.locale):
            card = build_card(event, counts)
        try:
            await adapter.edit_card(posted.chat_id, posted.message_id, card)
        except Exception:
            log.exception("could not update card of event %s on %s", event.id, posted.platform)

    async def card_posted(
        self, event_id: int, platform: str, chat_id: str, message_id: str, locale: str
    ) -> None:
        """An adapter posted a card outside `publish` (e.g. /event in a group): keep it live,
        within the bound on copies. A storage failure here costs only live updates."""
        try:
            await self.storage.add_posted(event_id, platform, chat_id, message_id, locale,
                                          self.now())
        except Exception:
            log.exception("could not record a card of event %s on %s", event_id, platform)

    async def card_pressed(
        self, event_id: int, platform: str, chat_id: str, message_id: str
    ) -> None:
        """A card was pressed: if we posted it as a card of this event, it is live again.
        Any other message (a forged button under plain text) is left alone."""
        try:
            revived = await self.storage.revive_posted(event_id, platform, chat_id, message_id)
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
                    await self.storage.add_posted(event_id, adapter.platform, chat_id,
                                                  message_id, self.announce_locale, self.now(),
                                                  announcement=True)
        return reached

    async def notify(self, who: Recipient, build: Callable[[], Reply]) -> bool:
        """A private message to one member, in their language, on the platform they used."""
        adapter = self.adapters.get(who.platform)
        if adapter is None:
            log.info("no adapter for %s; private message dropped", who.platform)
            return False
        locale = pick_locale(who.language, None)
        with using(locale):
            reply = replace(build(), locale=locale)
        try:
            await adapter.send_private(who.platform_user_id, reply)
        except Unreachable as err:
            log.info("member %s unreachable on %s: %s", who.member_id, who.platform, err.reason)
            await self.storage.update_member(
                who.member_id, unreachable="blocked" if err.permanent else "not_started",
                notice_pending=not err.permanent)
            return False
        return True

    def notify_all(self, people: Iterable[Recipient], build: Callable[[], Reply]) -> None:
        for who in people:
            self.spawn(self.notify(who, build))
