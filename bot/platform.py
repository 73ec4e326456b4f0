"""The contract between the core and a platform adapter, owned by the core.

An adapter turns platform updates into `Incoming`, hands them to its `Host` (the core) and
renders the `Reply` objects it gets back; the core calls the adapter to post, edit and send
privately. Adapters never import storage: what they need from the database (event choices for
autocomplete) they ask the host, which lends them one store of their own (`HostStorage`: the
answers waiting for a private chat). Optional abilities are declared in `capabilities`, never
probed.
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from bot.config import Settings
from bot.messages import Capabilities, EventCard, Incoming, Reply
from bot.router import Router

# What one message may hold, as each platform counts it: Telegram in UTF-16 code units once
# parsed, Discord in characters (its adapter escapes no markdown in our own strings). The
# adapters cut longer text wherever the limit falls; a long list (/aide) is cut by the
# command at its own section boundaries first (`bot.text.pack`). No limit: one message.
MESSAGE_LIMITS: dict[str, int] = {"telegram": 4096, "discord": 2000}


class Unreachable(Exception):
    """The platform refuses to deliver a private message to this user.

    `permanent` is True when retrying will never help (user blocked the bot, account gone);
    False when the user only has to open a private chat first (Telegram's "can't initiate
    conversation", Discord's closed DMs).
    """

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class CardGone(Exception):
    """Raised by `edit_card` when the card's message is gone for good (deleted by someone,
    or its chat): the core takes it off the record instead of editing it at every change."""


@dataclass(frozen=True)
class EventChoice:
    event_id: int
    label: str


class WaitingStore(Protocol):
    """Answers kept for members' private chats (`storage.waiting.Waiting`), each reply in
    the text form `bot.adapters.waiting` gives it."""

    async def keep(self, platform: str, user_id: str, reply: str, now: datetime,
                   kept_at: datetime | None = None) -> None: ...

    async def kept(self, platform: str, user_id: str, now: datetime
                   ) -> list[tuple[int, datetime, str]]: ...

    async def given(self, row_id: int) -> bool: ...

    async def holders(self, platform: str, now: datetime) -> set[str]: ...


class HostStorage(Protocol):
    """The one part of the database the host lends its adapters: what waits for a
    member's private chat (`bot.adapters.waiting`), which only an adapter knows to give."""

    @property
    def waiting(self) -> WaitingStore: ...


class Host(Protocol):
    """What an adapter may ask of the core."""

    router: Router
    settings: Settings

    @property
    def storage(self) -> HostStorage: ...

    def now(self) -> datetime: ...

    async def handle(self, incoming: Incoming) -> list[Reply]: ...

    async def card_moved(self, platform: str, chat_id: str, message_id: str,
                         new_chat_id: str, new_message_id: str) -> None:
        """A recorded card now lives elsewhere (Telegram: a group turned supergroup has a
        new chat id; its card was posted again there): edits go there from now on."""

    async def card_posted(self, event_id: int, platform: str, chat_id: str, message_id: str,
                          locale: str, private_to: str | None = None) -> None:
        """A card the adapter posted itself, to keep live. `private_to`: the user id of the
        member whose private chat it is in, when the chat's id is not theirs (Discord):
        erasing that member takes the card off the record."""

    async def event_choices(self, typed: str, locale: str, limit: int = 25
                            ) -> list[EventChoice]: ...

    async def language_of(self, platform: str, user_id: str, *,
                          app_only: bool = False) -> str | None:
        """The language of a line the adapter says itself (an edit, a sticker): the one the
        member chose with /langue, else their app's as last seen; None for someone unknown
        (nobody is created for it). `app_only`: their app's as last seen, whatever they
        chose (the locale of a message that carries none: Discord's private ones)."""

    async def display_name(self, platform: str, user_id: str) -> str | None:
        """The name a member is known by (the console's trial accounts, named with /as in an
        earlier session); None for someone unknown (nobody is created for it)."""

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None: ...

    async def idle(self) -> None: ...


@runtime_checkable
class Platform(Protocol):
    """What the core needs from a platform."""

    platform: str
    capabilities: Capabilities

    @property
    def connected(self) -> bool:
        """Whether updates from the platform are coming in right now (/healthz)."""

    async def start(self, host: Host) -> None:
        """Connect and begin delivering updates to `host.handle`. Returns once running."""

    async def stop(self) -> None:
        """Stop receiving, finish what is in flight, disconnect."""

    def announce_chats(self) -> list[str]:
        """Chat ids configured to receive announcements on this platform."""

    async def send(self, chat_id: str, reply: Reply) -> str | None:
        """Post `reply` in a chat; return the id of the message holding the card, if any."""

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> str | None:
        """Show new counts on an already posted card. Unchanged content is not an error.
        Returns the id of the message that shows the card from now on when the platform
        had to post it anew (Telegram cannot turn text into a photo), else None. Raises
        `CardGone` when the message no longer exists."""

    async def send_private(self, user_id: str, reply: Reply) -> None:
        """Deliver privately to a member; raise `Unreachable` when the platform refuses."""

    def private_link(self, payload: str) -> str | None:
        """A link opening a private chat with `payload` (only with `private_links`)."""

    async def edit_ready(self, chat_id: str) -> None:
        """Return once a card edit in this chat would not wait for the chat's own limits
        (only with `edit_slots`): the core reads the counts to show after it."""
