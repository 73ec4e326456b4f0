"""The contract every platform adapter implements, and the error it raises for dead ends.

The core calls these; adapters call `core.handle(incoming)` for every message or button press
and render the `Reply` objects it returns. An adapter never touches storage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from bot.messages import EventCard, Reply

if TYPE_CHECKING:
    from bot.core import Core


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


@runtime_checkable
class Adapter(Protocol):
    """What the core needs from a platform."""

    platform: str

    async def start(self, core: Core) -> None:
        """Connect and begin delivering updates to `core.handle`. Returns once running."""

    async def stop(self) -> None:
        """Stop receiving, finish what is in flight, disconnect."""

    def announce_chats(self) -> list[str]:
        """Chat ids configured to receive announcements on this platform."""

    async def send(self, chat_id: str, reply: Reply) -> str | None:
        """Post `reply` in a chat; return the id of the message holding the card, if any."""

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        """Show new counts on an already posted card. Unchanged content is not an error."""

    async def send_private(self, user_id: str, reply: Reply) -> None:
        """Deliver privately to a member; raise `Unreachable` when the platform refuses."""
