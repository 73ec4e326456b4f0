"""Telegram's limits in one place, and the request pacing that keeps under them.

Sizes (text, caption, toast, button label, menu entry, deep-link payload) are the Bot API's
documented maxima; flood limits are kept as sliding windows by `PacedRateLimiter`, which
throttles before sending instead of reacting to 429s (a 429 is still honoured and retried, so a
message is delayed, never dropped), retries timeouts and 5xx with backoff, and lets replies to
a member and edits of posted cards overtake a background fan-out (`urgent()`).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.adapters.pacing import Gate, Lane
from bot.platform import MESSAGE_LIMITS

log = logging.getLogger(__name__)

MAX_TEXT = MESSAGE_LIMITS["telegram"]  # a message, in UTF-16 code units once parsed
MAX_CAPTION = 1024  # a document's caption
MAX_TOAST = 200  # a callback answer
MAX_BUTTON_LABEL = 64
MAX_MENU_DESCRIPTION = 256
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")  # what a menu entry may be called
PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")  # a /start deep-link payload

# Used while the adapter answers a member: those requests overtake background fan-outs.
LANE = Lane("telegram_urgent")
urgent = LANE.urgent


@dataclass(frozen=True)
class Limits:
    """Flood limits we keep under, as sliding windows.

    A request's slot is counted from when its answer arrives, not from when it left: Telegram
    counts arrivals, which happen in between, so the window can never look fuller on its side
    than on ours, whatever the connection delays. The per-second periods keep a small extra
    margin. The group's does not need one: the 21st message leaves at least 60 s after the
    1st one's answer, so it reaches Telegram more than 60 s after the 1st did; and 0.5 s of
    margin would be 25 ms more on every change of a busy card (3.025 s instead of 3 s).
    """

    overall: int = 30
    overall_period: float = 1.02
    per_chat: int = 1
    per_chat_period: float = 1.02
    per_group: int = 20
    per_group_period: float = 60.0
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

    def begin(self) -> None:
        """A request granted a slot leaves: in flight until `end`."""
        if self.count > 0:
            self.busy += 1

    def end(self, now: float) -> None:
        if self.count > 0:
            self.busy -= 1
        self.done(now)

    @property
    def idle(self) -> bool:
        return not self.stamps and not self.busy


class _Chat:
    """One chat's windows. Its lock is held for the whole request, so messages to one chat
    leave in order and the per-chat window never has anything in flight."""

    def __init__(self, limits: Limits, group: bool) -> None:
        self.lock = asyncio.Lock()
        self.window = _Window(limits.per_chat, limits.per_chat_period)
        self.group = _Window(limits.per_group, limits.per_group_period) if group else None
        self.paused_until = 0.0
        self.left: float | None = None  # when the last request to this chat left

    def delay(self, now: float) -> float:
        waits = [self.paused_until - now, self.window.delay(now) or 0.0]
        if self.group is not None:
            waits.append(self.group.delay(now) or 0.0)
        return max(waits)

    def done(self, now: float) -> None:
        self.window.done(now)
        if self.group is not None:
            self.group.done(now)

    def spaced_delay(self, now: float) -> float:
        """Like `delay`, and a group's slots also spread over its period: what may be sent
        at any time (a card's new counts) should not use up a minute's slots in seconds.
        The spread counts from when the last request left, not from its answer: a slow
        answer would stretch every step of it. The window (`delay`) is what keeps the
        limit, counted from the answers."""
        wait = self.delay(now)
        group = self.group
        if group is not None and group.count > 0 and self.left is not None:
            wait = max(wait, self.left + group.period / group.count - now)
        return wait

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
        window = self._window = _Window(self.limits.overall, self.limits.overall_period)
        spacing = window.period / window.count if window.count > 0 else 0.0
        self._overall = Gate(spacing, LANE, ready=window.delay)
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

    async def ready(self, chat_id: str) -> None:
        """Return once a message to this chat could leave without waiting for the chat's
        own limits (the overall one is left to the urgent lane): a card edit decides what
        to show only then, so it shows the latest counts."""
        loop = asyncio.get_running_loop()
        chat = self._chat(chat_id)
        while True:  # windows only free up with time: nothing to wake us earlier
            wait = chat.spaced_delay(loop.time())
            if wait <= 0:
                return
            await asyncio.sleep(wait)

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
                await self._overall.wait()
                self._window.begin()  # before anything else runs: no await in between
                chat.left = loop.time()
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
                    self._window.end(now)
                    self._overall.wake()
