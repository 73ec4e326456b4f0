"""A fake Telegram Bot API server on 127.0.0.1, for offline tests and the fan-out bench.

The real python-telegram-bot `Application` talks HTTP to it through
`ApplicationBuilder().base_url(fake.base_url)`. It answers like Telegram does where the adapter
cares: long-polled `getUpdates` fed from `push_update()`, message ids per chat, HTML parse
errors for unescaped text, the 4,096-character limit, "message is not modified", 403s for users
who never started or blocked the bot, and (optionally) flood limits answered with 429 and
`retry_after`. Every call is recorded, in order, with decoded parameters; tests wait on
`wait_for()` instead of sleeping. Update payloads are built by the helpers at the bottom, shaped
like updates recorded from the real Bot API (only the fields PTB and the adapter read).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import math
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import BodyPartReader, web

T = TypeVar("T")

BOT_ID = 7_000_000_001
BOT_USERNAME = "lefocus_test_bot"
# Parameters PTB sends JSON-encoded inside form fields; numbers are decoded for convenience.
_JSON_FIELDS = frozenset({"reply_markup", "scope", "commands", "allowed_updates", "entities",
                          "caption_entities", "link_preview_options", "reply_parameters",
                          "media"})
_INT_FIELDS = frozenset({"chat_id", "message_id", "offset", "timeout", "limit", "user_id"})
# Methods that put something in a chat, hence subject to flood limits.
SENDING = frozenset({"sendMessage", "sendDocument", "sendPhoto", "editMessageText",
                     "editMessageReplyMarkup", "editMessageCaption"})
_TAGS = frozenset({"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code",
                   "pre", "tg-spoiler", "span", "blockquote", "tg-emoji"})
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z-]*)(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")

NOT_STARTED = "Forbidden: bot can't initiate conversation with a user"
BLOCKED = "Forbidden: bot was blocked by the user"
DEACTIVATED = "Forbidden: user is deactivated"
KICKED = "Forbidden: bot was kicked from the supergroup chat"
KICKED_GROUP = "Forbidden: bot was kicked from the group chat"
MIGRATED = "Bad Request: group chat was upgraded to a supergroup chat"
NOT_MODIFIED = ("Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message")


@dataclass(frozen=True)
class ServerLimits:
    """Flood limits the fake enforces, as sliding windows over accepted sending calls."""

    overall_per_second: int = 30
    per_chat_per_second: int = 1
    per_group_per_minute: int = 20
    # Shorter periods let tests check the same behaviour in a fraction of a second.
    second: float = 1.0
    minute: float = 60.0


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() on arrival
    status: int = 200
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)


@dataclass
class Stored:
    """A message as the fake holds it; `text` is the HTML source the bot sent."""

    chat_id: int
    message_id: int
    text: str
    reply_markup: dict[str, Any] | None = None
    document: tuple[str, bytes] | None = None
    edits: int = 0
    photo: tuple[str, bytes] | None = None  # (file_id, bytes): a photo whose caption is `text`
    thread: int | None = None  # the forum topic it was posted in (None: General, or no forum)

    @property
    def visible(self) -> str:
        return visible_text(self.text)

    @property
    def button_data(self) -> list[str]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [b.get("callback_data", "") for row in rows for b in row]

    @property
    def button_labels(self) -> list[str]:
        """What the buttons read, as a member sees them."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [str(b.get("text", "")) for row in rows for b in row]


@dataclass
class Fault:
    method: str | None
    status: int
    description: str
    retry_after: int | None
    chat_id: int | None
    times: int
    delay: float = 0.0


class _ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None,
                 migrate_to: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.migrate_to = migrate_to


def visible_text(source: str) -> str:
    """What a reader sees of an HTML-parse-mode text."""
    return html.unescape(_TAG.sub("", source))


def check_html(source: str) -> None:
    """Refuse what Telegram refuses: unknown tags, stray `<` or `&`, unbalanced tags."""
    stack: list[str] = []
    pos = 0
    while pos < len(source):
        char = source[pos]
        if char == "<":
            match = _TAG.match(source, pos)
            if not match or match.group(2).lower() not in _TAGS:
                raise _ApiError(400, "Bad Request: can't parse entities: Unsupported start tag"
                                f" at byte offset {len(source[:pos].encode())}")
            name = match.group(2).lower()
            if match.group(1):
                if not stack or stack.pop() != name:
                    raise _ApiError(400, "Bad Request: can't parse entities: Unmatched end tag")
            else:
                stack.append(name)
            pos = match.end()
        elif char == "&":
            match = _ENTITY.match(source, pos)
            if not match:
                raise _ApiError(400, "Bad Request: can't parse entities: Unsupported entity"
                                f" at byte offset {len(source[:pos].encode())}")
            pos = match.end()
        elif char == ">":
            raise _ApiError(400, "Bad Request: can't parse entities: Unexpected end tag")
        else:
            pos += 1
    if stack:
        raise _ApiError(400, "Bad Request: can't parse entities: Can't find end tag")


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Window:
    def __init__(self, count: int, period: float) -> None:
        self.count = count
        self.period = period
        self.stamps: deque[float] = deque()

    def retry_after(self, now: float) -> int:
        while self.stamps and self.stamps[0] <= now - self.period:
            self.stamps.popleft()
        if len(self.stamps) < self.count:
            return 0
        return max(1, math.ceil(self.stamps[0] + self.period - now))


class FakeTelegram:
    """The fake Bot API. Use as `async with FakeTelegram(token) as fake:`."""

    def __init__(self, token: str, *, limits: ServerLimits | None = None) -> None:
        self.token = token
        self.limits = limits
        self.calls: list[Call] = []
        self.messages: dict[tuple[int, int], Stored] = {}
        # What members typed, by (chat, message id): gone once deleted (deleteMessage).
        self.typed: dict[tuple[int, int], str] = {}
        self.menus: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.uploads: dict[str, bytes] = {}  # file_id -> what members sent (send_picture)
        self.downloads: list[str] = []  # file_ids the bot fetched
        self.photos: dict[str, bytes] = {}  # file_id -> bytes of every photo sent
        self.not_started: set[int] = set()
        self.allowed_updates: set[str] | None = None  # None: every kind (the default)
        self.blocked: set[int] = set()
        self.deactivated: set[int] = set()
        # Groups the bot is not in (removed by an admin, or never added): refused with 403.
        self.removed: set[int] = set()
        # Basic groups turned supergroups (`migrate`): old chat id -> new chat id.
        self.migrated: dict[int, int] = {}
        self.http_429 = 0
        self.max_in_flight = 0
        self._in_flight = 0
        self._faults: list[Fault] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1000)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._query_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._closing = asyncio.Event()
        self._overall = _Window(limits.overall_per_second, limits.second) if limits else None
        self._chats: dict[int, _Window] = {}
        self._groups: dict[int, _Window] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- life cycle ----------------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._serve)
        app.router.add_get("/file/bot{token}/{path:.*}", self._serve_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        self._closing.set()
        async with self._changed:
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- what tests drive ----------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for the next getUpdates; returns its update_id."""
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._wake()
        return int(update["update_id"])

    def send_text(self, user: dict[str, Any], chat: dict[str, Any], text: str, *,
                  thread: int | None = None) -> int:
        """A member types `text` in `chat` (what others in the chat read: `typed`), in the
        forum topic `thread` if given (`forum_chat`)."""
        message_id = self._next_id(chat["id"])
        self.typed[(chat["id"], message_id)] = text
        update = message_update(user, chat, text, message_id)
        if thread is not None:
            update["message"].update(message_thread_id=thread, is_topic_message=True)
        return self.push_update(update)

    def edit_text(self, user: dict[str, Any], chat: dict[str, Any], message_id: int,
                  text: str, *, reply_to: Stored | None = None) -> int:
        """A member edits their message `message_id` to `text` (long press → Edit); it
        answered the bot's message `reply_to`, if given."""
        message = message_update(user, chat, text, message_id)["message"]
        message["edit_date"] = message["date"]
        if reply_to is not None:
            message["reply_to_message"] = self._message(reply_to)
        self.typed[(chat["id"], message_id)] = text
        return self.push_update({"edited_message": message})

    def reply_text(self, user: dict[str, Any], chat: dict[str, Any], text: str,
                   to: Stored) -> int:
        """A member answers the bot's message `to` with `text` (Telegram's Reply)."""
        message_id = self._next_id(chat["id"])
        self.typed[(chat["id"], message_id)] = text
        update = message_update(user, chat, text, message_id)
        update["message"]["reply_to_message"] = self._message(to)
        return self.push_update(update)

    def forward(self, user: dict[str, Any], chat: dict[str, Any], message: Stored) -> int:
        """A member forwards the bot's `message` into `chat` (long press → Transférer): a
        new message with the same text or photo and caption, its inline buttons kept, and
        `forward_origin` naming the bot."""
        data = self._message(message)
        data.update(message_id=self._next_id(chat["id"]), chat=chat, **{"from": user})
        data["forward_origin"] = {"type": "user", "sender_user": bot_user(),
                                  "date": int(time.time())}
        self.typed[(chat["id"], data["message_id"])] = message.visible
        return self.push_update({"message": data})

    def react(self, user: dict[str, Any], message: Stored, emoji: str) -> int:
        """A member adds the reaction `emoji` (👍, 🤔…) to the bot's `message`, as Telegram
        tells a bot that asked for `message_reaction` updates (in a group, only an admin
        bot: Telegram's rule, not checked here); the message itself does not come."""
        chat = (group_chat(message.chat_id) if message.chat_id < 0
                else private_chat({"id": message.chat_id, "first_name": "?"}))
        return self.push_update({"message_reaction": {
            "chat": chat, "message_id": message.message_id, "date": int(time.time()),
            "user": user, "old_reaction": [],
            "new_reaction": [{"type": "emoji", "emoji": emoji}]}})

    def send_media(self, user: dict[str, Any], chat: dict[str, Any], kind: str, *,
                   reply_to: Stored | None = None) -> int:
        """A member sends something without text: 'voice', 'audio', 'video_note', 'video',
        'sticker', 'contact', 'location', 'animation' or a PDF 'document' (shaped as the Bot
        API sends them), in answer to the bot's message `reply_to` if given."""
        message = {"message_id": self._next_id(chat["id"]), "date": int(time.time()),
                   "chat": chat, "from": user, kind: {**MEDIA[kind], "file_id": f"{kind}1",
                                                      "file_unique_id": f"u{kind}1"}}
        if reply_to is not None:
            message["reply_to_message"] = self._message(reply_to)
        return self.push_update({"message": message})

    def send_picture(self, user: dict[str, Any], chat: dict[str, Any], data: bytes, *,
                     caption: str = "", as_file: bool = False,
                     reply_to_picture: bytes | None = None, size: int | None = None) -> int:
        """A member sends a photo (or an image as a file), with `caption` (a command, for
        one), or types `caption` in reply to a photo (`reply_to_picture`). `size` is the
        file_size Telegram announces (the real one unless given)."""
        message = message_update(user, chat, caption, self._next_id(chat["id"]))["message"]
        picture = reply_to_picture if reply_to_picture is not None else data
        shown = {**self._upload(picture, size), "width": 640, "height": 480}
        carrier = message
        if reply_to_picture is not None:
            carrier = {"message_id": self._next_id(chat["id"]), "date": message["date"],
                       "chat": chat, "from": user}
            message["reply_to_message"] = carrier
        elif caption:
            message["caption"] = message.pop("text")
            if "entities" in message:
                message["caption_entities"] = message.pop("entities")
        else:
            message.pop("text")
        if as_file:
            carrier["document"] = {**shown, "file_name": "affiche.jpg",
                                   "mime_type": "image/jpeg"}
        else:
            carrier["photo"] = [shown]
        return self.push_update({"message": message})

    def _upload(self, data: bytes, size: int | None) -> dict[str, Any]:
        file_id = f"in{len(self.uploads) + 1}"
        self.uploads[file_id] = data
        return {"file_id": file_id, "file_unique_id": f"u{file_id}",
                "file_size": len(data) if size is None else size}

    async def _serve_file(self, request: web.Request) -> web.Response:
        """Downloads of what members sent (`getFile`'s file_path)."""
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        if request.match_info["token"] != self.token or file_id not in self.uploads:
            return web.Response(status=404)
        self.downloads.append(file_id)
        return web.Response(body=self.uploads[file_id])

    async def _api_getFile(self, call: Call) -> Any:
        file_id = str(call.params.get("file_id", ""))
        if file_id not in self.uploads:
            raise _ApiError(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}",
                "file_size": len(self.uploads[file_id]), "file_path": f"photos/{file_id}"}

    def migrate(self, old: int, new: int, *, admin: dict[str, Any] | None = None,
                updates: bool = True, title: str = "Parents du Focus") -> None:
        """The basic group `old` becomes the supergroup `new` (an admin turned on topics or
        visible history, or it grew): every call naming `old` is refused with 400 and
        `parameters.migrate_to_chat_id`; messages already posted stay in `old` (not
        editable any more) and `new` numbers its messages afresh. With `updates`, the bot
        receives the two service messages Telegram sends (`migrate_to_chat_id` in the old
        group, `migrate_from_chat_id` in the new one); without, it was offline then."""
        self.migrated[old] = new
        if not updates:
            return
        who = admin or {"id": 1, "is_bot": False, "first_name": "Admin"}
        now = int(time.time())
        self.push_update({"message": {
            "message_id": self._next_id(old), "date": now, "from": who,
            "chat": {"id": old, "type": "group", "title": title},
            "migrate_to_chat_id": new}})
        self.push_update({"message": {
            "message_id": self._next_id(new), "date": now, "from": who,
            "chat": {"id": new, "type": "supergroup", "title": title},
            "migrate_from_chat_id": old}})

    def press(self, user: dict[str, Any], message: Stored, data: str) -> str:
        """A member presses the button with `data` under `message`; returns the query id."""
        query_id = f"q{next(self._query_ids)}"
        chat = group_chat(message.chat_id) if message.chat_id < 0 else private_chat(user)
        if message.thread is not None:
            chat = forum_chat(message.chat_id)
        update = press_update(user, chat, message.message_id, message.text, data, query_id)
        if message.thread is not None:
            update["callback_query"]["message"].update(message_thread_id=message.thread,
                                                       is_topic_message=True)
        self.push_update(update)
        return query_id

    def press_forwarded(self, user: dict[str, Any], message: Stored, data: str, *,
                        chat: dict[str, Any]) -> str:
        """`user` presses a button under a copy of the bot's `message` that someone forwarded
        into `chat` (another parent's private chat, a group the bot is not in): the bot
        cannot read that chat, so the query carries it as an inaccessible message (date 0,
        no text). Returns the query id."""
        query_id = f"q{next(self._query_ids)}"
        self.push_update({"callback_query": {
            "id": query_id, "from": user, "chat_instance": f"ci{chat['id']}", "data": data,
            "message": {"message_id": message.message_id + 1000, "date": 0, "chat": chat}}})
        return query_id

    def fail(self, method: str | None, status: int, description: str, *,
             retry_after: int | None = None, chat_id: int | None = None, times: int = 1,
             delay: float = 0.0) -> None:
        """Answer the next `times` matching calls with this error instead, after `delay`
        seconds (longer than the client's read timeout: a timeout)."""
        self._faults.append(Fault(method, status, description, retry_after, chat_id, times,
                                  delay))

    async def wait_for(self, check: Callable[[], T | None], within: float = 5.0) -> T:
        """Wait until `check()` is truthy (re-checked after every call); return its value."""
        async with self._changed:
            found = await asyncio.wait_for(self._changed.wait_for(check), within)
        assert found is not None
        return found

    async def wait_calls(self, method: str, count: int = 1, within: float = 5.0,
                         where: Callable[[Call], bool] | None = None) -> list[Call]:
        """Wait for at least `count` successful calls of `method` (matching `where`)."""
        def found() -> list[Call] | None:
            hits = [c for c in self.ok_calls(method) if where is None or where(c)]
            return hits if len(hits) >= count else None
        return await self.wait_for(found, within)

    def ok_calls(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.status == 200]

    def chat(self, chat_id: int) -> list[Stored]:
        """Messages in a chat, oldest first."""
        return [m for (c, _), m in sorted(self.messages.items()) if c == chat_id]

    def menu(self, scope: str, language: str = "") -> list[str]:
        """Command names published for a scope type ('all_private_chats', 'chat:<id>'...)."""
        return [c["command"] for c in self.menus.get((scope, language), [])]

    # -- HTTP ----------------------------------------------------------------------------

    def _wake(self) -> None:
        async def notify() -> None:
            async with self._changed:
                self._changed.notify_all()
        asyncio.get_running_loop().create_task(notify())

    def _next_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    async def _serve(self, request: web.Request) -> web.Response:
        self._in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            return await self._serve_one(request)
        finally:
            self._in_flight -= 1

    async def _serve_one(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        call = Call(method, {}, time.monotonic())
        if request.match_info["token"] != self.token:
            return self._error(call, _ApiError(401, "Unauthorized"))
        call.params, call.files = await _read_params(request)
        try:
            result = await self._dispatch(call)
        except _ApiError as err:
            return self._error(call, err)
        self._record(call)
        return web.json_response({"ok": True, "result": result})

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._wake()

    def _error(self, call: Call, err: _ApiError) -> web.Response:
        call.status = err.status
        self._record(call)
        body: dict[str, Any] = {"ok": False, "error_code": err.status,
                                "description": err.description}
        if err.retry_after is not None:
            self.http_429 += 1
            body["parameters"] = {"retry_after": err.retry_after}
        if err.migrate_to is not None:
            body["parameters"] = {"migrate_to_chat_id": err.migrate_to}
        return web.json_response(body, status=err.status)

    async def _dispatch(self, call: Call) -> Any:
        await self._inject_fault(call)
        handler = getattr(self, "_api_" + call.method, None)
        if handler is None:
            raise _ApiError(404, "Not Found")
        chat_id = call.params.get("chat_id")
        moved_to = self.migrated.get(chat_id) if isinstance(chat_id, int) else None
        if moved_to is not None:
            raise _ApiError(400, MIGRATED, migrate_to=moved_to)
        if call.method in SENDING:
            self._check_chat(call)
        return await handler(call)

    async def _inject_fault(self, call: Call) -> None:
        for fault in self._faults:
            if fault.method not in (None, call.method):
                continue
            if fault.chat_id is not None and call.params.get("chat_id") != fault.chat_id:
                continue
            fault.times -= 1
            if fault.times <= 0:
                self._faults.remove(fault)
            if fault.delay:
                await asyncio.sleep(fault.delay)
            raise _ApiError(fault.status, fault.description, fault.retry_after)

    def _check_chat(self, call: Call) -> None:
        chat_id = call.params.get("chat_id")
        if not isinstance(chat_id, int):
            raise _ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise _ApiError(403, BLOCKED)
        if chat_id in self.deactivated:
            raise _ApiError(403, DEACTIVATED)
        if chat_id in self.removed:
            raise _ApiError(403, KICKED if chat_id < -10**12 else KICKED_GROUP)
        if chat_id in self.not_started:
            raise _ApiError(403, NOT_STARTED)
        if self.limits is None or self._overall is None:
            return
        now = time.monotonic()
        chat = self._chats.setdefault(chat_id, _Window(self.limits.per_chat_per_second,
                                                       self.limits.second))
        windows = [self._overall, chat]
        if chat_id < 0:
            windows.append(self._groups.setdefault(
                chat_id, _Window(self.limits.per_group_per_minute, self.limits.minute)))
        wait = max(w.retry_after(now) for w in windows)
        if wait:
            raise _ApiError(429, f"Too Many Requests: retry after {wait}", retry_after=wait)
        for window in windows:
            window.stamps.append(now)

    def _message(self, stored: Stored) -> dict[str, Any]:
        chat: dict[str, Any] = (group_chat(stored.chat_id) if stored.chat_id < 0 else
                                {"id": stored.chat_id, "type": "private", "first_name": "?"})
        data: dict[str, Any] = {"message_id": stored.message_id, "date": int(time.time()),
                                "chat": chat, "from": bot_user()}
        if stored.document:
            data["document"] = {"file_id": f"doc{stored.message_id}",
                                "file_unique_id": f"u{stored.message_id}",
                                "file_name": stored.document[0]}
            if stored.text:
                data["caption"] = stored.visible
        elif stored.photo:
            data["photo"] = [{"file_id": stored.photo[0], "file_unique_id": stored.photo[0],
                              "width": 1280, "height": 853, "file_size": len(stored.photo[1])}]
            if stored.text:
                data["caption"] = stored.visible
        else:
            data["text"] = stored.visible
        if stored.reply_markup:
            data["reply_markup"] = stored.reply_markup
        if stored.thread is not None:
            data.update(message_thread_id=stored.thread, is_topic_message=True)
        return data

    def _thread(self, call: Call, stored: Stored) -> None:
        """A message sent with `message_thread_id` goes to that forum topic; without it, to
        the General topic (where a member who wrote in another topic does not look)."""
        thread = call.params.get("message_thread_id")
        if thread is not None:
            stored.thread = int(thread)

    def _text(self, call: Call, key: str = "text", limit: int = 4096) -> str:
        text = str(call.params.get(key, ""))
        if call.params.get("parse_mode") == "HTML":
            check_html(text)
        shown = visible_text(text) if call.params.get("parse_mode") == "HTML" else text
        if key == "text" and not shown.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if _units(shown) > limit:
            raise _ApiError(400, "Bad Request: message is too long")
        return text

    # -- methods -------------------------------------------------------------------------

    async def _api_getMe(self, call: Call) -> Any:
        return bot_user(full=True)

    async def _api_deleteWebhook(self, call: Call) -> Any:
        return True

    async def _api_getWebhookInfo(self, call: Call) -> Any:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    async def _api_setMyCommands(self, call: Call) -> Any:
        for item in call.params.get("commands", []):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", item.get("command", "")):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(item.get("description", "")) <= 256:
                raise _ApiError(400, "Bad Request: command description is invalid")
        self.menus[(_scope_key(call.params.get("scope")),
                    call.params.get("language_code", ""))] = call.params.get("commands", [])
        return True

    async def _api_getMyCommands(self, call: Call) -> Any:
        return self.menus.get((_scope_key(call.params.get("scope")),
                               call.params.get("language_code", "")), [])

    async def _api_deleteMyCommands(self, call: Call) -> Any:
        self.menus.pop((_scope_key(call.params.get("scope")),
                        call.params.get("language_code", "")), None)
        return True

    async def _api_getUpdates(self, call: Call) -> Any:
        offset = int(call.params.get("offset") or 0)
        if "allowed_updates" in call.params:  # kept until changed, as Telegram does
            self.allowed_updates = set(call.params["allowed_updates"]) or None
        self._updates = [u for u in self._updates
                         if u["update_id"] >= offset and self._wanted(u)]
        timeout = float(call.params.get("timeout") or 0)
        if not self._updates and timeout > 0 and not self._closing.is_set():
            async with self._changed:
                try:
                    await asyncio.wait_for(self._changed.wait_for(
                        lambda: bool(self._updates) or self._closing.is_set()), timeout)
                except TimeoutError:
                    pass
        self._updates = [u for u in self._updates if self._wanted(u)]  # arrived meanwhile
        return self._updates[: int(call.params.get("limit") or 100)]

    def _wanted(self, update: dict[str, Any]) -> bool:
        """Telegram drops the kinds of update the bot did not ask for (`allowed_updates`)."""
        return self.allowed_updates is None or not self.allowed_updates.isdisjoint(update)

    async def _api_sendMessage(self, call: Call) -> Any:
        text = self._text(call)
        chat_id = call.params["chat_id"]
        stored = Stored(chat_id, self._next_id(chat_id), text, call.params.get("reply_markup"))
        self._thread(call, stored)
        self.messages[(chat_id, stored.message_id)] = stored
        return self._message(stored)

    async def _api_sendChatAction(self, call: Call) -> Any:
        """« typing… » for a few seconds: refused like a message where one would be (a
        member who never started or blocked the bot); nothing is stored."""
        self._check_chat(call)
        return True

    async def _api_sendDocument(self, call: Call) -> Any:
        doc = call.files.get("document")
        if doc is None:
            raise _ApiError(400, "Bad Request: there is no document in the request")
        text = self._text(call, "caption", 1024) if call.params.get("caption") else ""
        chat_id = call.params["chat_id"]
        stored = Stored(chat_id, self._next_id(chat_id), text, call.params.get("reply_markup"),
                        document=doc)
        self._thread(call, stored)
        self.messages[(chat_id, stored.message_id)] = stored
        return self._message(stored)

    async def _api_sendPhoto(self, call: Call) -> Any:
        """An upload, or the file_id of a photo sent before (Telegram's own copy)."""
        upload, known = call.files.get("photo"), call.params.get("photo")
        if upload is not None:
            content = upload[1]
        elif isinstance(known, str) and known in self.photos:
            content = self.photos[known]
        else:
            raise _ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        text = self._text(call, "caption", 1024) if call.params.get("caption") else ""
        chat_id = call.params["chat_id"]
        stored = Stored(chat_id, self._next_id(chat_id), text, call.params.get("reply_markup"))
        stored.photo = (f"photo-{chat_id}-{stored.message_id}", content)
        self._thread(call, stored)
        self.photos[stored.photo[0]] = content
        self.messages[(chat_id, stored.message_id)] = stored
        return self._message(stored)

    async def _api_editMessageCaption(self, call: Call) -> Any:
        stored = self._find(call)
        if stored.photo is None and stored.document is None:
            raise _ApiError(400, "Bad Request: there is no caption in the message to edit")
        text = self._text(call, "caption", 1024)
        return self._edited(call, stored, text)

    async def _api_editMessageMedia(self, call: Call) -> Any:
        """A photo message's picture (and caption) replaced: an upload or a known file_id."""
        stored = self._find(call)
        media = call.params.get("media") or {}
        if stored.photo is None or media.get("type") != "photo":
            raise _ApiError(400, "Bad Request: there is no media in the message to edit")
        given = str(media.get("media", ""))
        upload = call.files.get(given.removeprefix("attach://"))
        content = upload[1] if upload is not None else self.photos.get(given)
        if content is None:
            raise _ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        caption = str(media.get("caption", ""))
        if media.get("parse_mode") == "HTML":
            check_html(caption)
        if _units(visible_text(caption)) > 1024:
            raise _ApiError(400, "Bad Request: message caption is too long")
        stored.text, stored.reply_markup = caption, call.params.get("reply_markup")
        stored.photo = (f"photo-{stored.chat_id}-{stored.message_id}-{stored.edits + 1}", content)
        self.photos[stored.photo[0]] = content
        stored.edits += 1
        return self._message(stored)

    def _find(self, call: Call) -> Stored:
        chat_id, message_id = call.params.get("chat_id"), call.params.get("message_id")
        stored = None
        if isinstance(chat_id, int) and isinstance(message_id, int):
            stored = self.messages.get((chat_id, message_id))
        if stored is None:
            raise _ApiError(400, "Bad Request: message to edit not found")
        return stored

    async def _api_editMessageText(self, call: Call) -> Any:
        stored = self._find(call)
        if stored.photo is not None or stored.document is not None:
            raise _ApiError(400, "Bad Request: there is no text in the message to edit")
        text = self._text(call)
        return self._edited(call, stored, text)

    async def _api_deleteMessage(self, call: Call) -> Any:
        """A message gone for everyone (Telegram refuses after 48 hours: see `fail`)."""
        chat_id, message_id = call.params.get("chat_id"), call.params.get("message_id")
        key = (chat_id, message_id)
        if (self.messages.pop(key, None) is None  # type: ignore[arg-type]
                and self.typed.pop(key, None) is None):  # type: ignore[arg-type]
            raise _ApiError(400, "Bad Request: message to delete not found")
        return True

    async def _api_editMessageReplyMarkup(self, call: Call) -> Any:
        stored = self._find(call)
        return self._edited(call, stored, stored.text)

    def _edited(self, call: Call, stored: Stored, text: str) -> Any:
        """Text (or caption) and buttons replaced; Telegram refuses an edit that changes
        nothing, which the adapter must take in its stride."""
        markup = call.params.get("reply_markup")
        if text == stored.text and markup == stored.reply_markup:
            raise _ApiError(400, NOT_MODIFIED)
        stored.text, stored.reply_markup = text, markup
        stored.edits += 1
        return self._message(stored)

    async def _api_answerCallbackQuery(self, call: Call) -> Any:
        if len(str(call.params.get("text", ""))) > 200:
            raise _ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    raw: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if request.content_type == "application/json":
        raw = dict(await request.json())
    elif request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if part.filename:
                files[part.name] = (part.filename, bytes(await part.read()))
            else:
                raw[part.name] = await part.text()
    else:
        raw = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
    # PTB attaches uploads as "attach://<name>": point the parameter at the uploaded file.
    for key, value in list(raw.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            name = value.removeprefix("attach://")
            if name in files:
                files[key] = files[name]
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, str) and key in _JSON_FIELDS:
            value = json.loads(value)
        elif isinstance(value, str) and key in _INT_FIELDS:
            try:
                value = int(value)
            except ValueError:
                pass
        params[key] = value
    return params, files


def _scope_key(scope: Any) -> str:
    if not scope:
        return "default"
    if isinstance(scope, str):
        scope = json.loads(scope)
    key = str(scope.get("type", "default"))
    if "chat_id" in scope:
        key += f":{scope['chat_id']}"
    if "user_id" in scope:
        key += f":{scope['user_id']}"
    return key


# -- payload builders (shaped like updates recorded from the Bot API) --------------------------

# What `send_media` attaches, per kind (file ids added there).
MEDIA: dict[str, dict[str, Any]] = {
    "voice": {"duration": 20, "mime_type": "audio/ogg"},
    "audio": {"duration": 95, "mime_type": "audio/mpeg"},
    "video_note": {"length": 240, "duration": 12},
    "video": {"width": 640, "height": 480, "duration": 10},
    "sticker": {"type": "regular", "width": 512, "height": 512, "is_animated": False,
                "is_video": False, "emoji": "\N{THUMBS UP SIGN}"},
    # Shared from the attachment menu: a phone number, a place, a GIF, a PDF form.
    "contact": {"phone_number": "+33600000000", "first_name": "Léa"},
    "location": {"latitude": 44.13, "longitude": 4.08},
    "animation": {"width": 320, "height": 240, "duration": 3, "mime_type": "video/mp4"},
    "document": {"file_name": "inscription.pdf", "mime_type": "application/pdf",
                 "file_size": 2048},
}


def bot_user(full: bool = False) -> dict[str, Any]:
    user: dict[str, Any] = {"id": BOT_ID, "is_bot": True, "first_name": "Le Focus",
                            "username": BOT_USERNAME}
    if full:
        user.update(can_join_groups=True, can_read_all_group_messages=False,
                    supports_inline_queries=False)
    return user


def user(user_id: int, first_name: str, language_code: str | None = "fr", *,
         last_name: str | None = None, username: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        data["language_code"] = language_code
    if last_name:
        data["last_name"] = last_name
    if username:
        data["username"] = username
    return data


def private_chat(who: dict[str, Any]) -> dict[str, Any]:
    return {"id": who["id"], "type": "private", "first_name": who["first_name"]}


def group_chat(chat_id: int, title: str = "Parents du Focus") -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup" if chat_id < -10**12 else "group",
            "title": title}


def forum_chat(chat_id: int, title: str = "Parents du Focus") -> dict[str, Any]:
    """A supergroup with topics (« Sorties », « Questions »…), its messages in threads."""
    return {"id": chat_id, "type": "supergroup", "title": title, "is_forum": True}


def message_update(who: dict[str, Any], chat: dict[str, Any], text: str,
                   message_id: int) -> dict[str, Any]:
    message: dict[str, Any] = {"message_id": message_id, "date": int(time.time()),
                               "chat": chat, "from": who, "text": text}
    entities: list[dict[str, Any]] = []
    if text.startswith("/"):
        command = text.split()[0] if text.split() else text
        entities.append({"type": "bot_command", "offset": 0, "length": _units(command)})
    # Telegram marks every @username typed as a mention (the bot's name tapped in a group).
    for found in re.finditer(r"(?<![\w/])@\w{5,32}", text):
        entities.append({"type": "mention", "offset": _units(text[:found.start()]),
                         "length": _units(found.group())})
    if entities:
        message["entities"] = entities
    return {"message": message}


def press_update(who: dict[str, Any], chat: dict[str, Any], message_id: int, text: str,
                 data: str, query_id: str) -> dict[str, Any]:
    return {"callback_query": {
        "id": query_id, "from": who, "chat_instance": f"ci{chat['id']}", "data": data,
        "message": {"message_id": message_id, "date": int(time.time()), "chat": chat,
                    "from": bot_user(), "text": visible_text(text)},
    }}
