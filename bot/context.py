"""What a command receives: who asked, where, in which language, with which typed values.

A command answers only through `reply()`; the adapter decides how that looks. What a command
may ask of the core is the `Services` protocol, so features depend on this module, never on
`bot.core`.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from bot.actions import Action
from bot.config import Settings
from bot.errors import Forbidden
from bot.messages import Attachment, Button, Capabilities, EventCard, Incoming, Reply
from storage import Member, Recipient, RsvpOutcome, Storage


class Services(Protocol):
    """The core, as commands and jobs see it."""

    storage: Storage
    settings: Settings

    def now(self) -> datetime: ...

    def capabilities(self, platform: str) -> Capabilities:
        """What the adapter of `platform` can do (pictures, private links…)."""

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None: ...

    def event_changed(self, event_id: int, promoted: Sequence[Recipient] = ()) -> None:
        """THE path after any change to an event or its seats: every live copy of its card
        is refreshed, and members promoted from the waitlist are told privately."""

    async def card_posted(self, event_id: int, platform: str, chat_id: str, message_id: str,
                          locale: str) -> None: ...

    async def card_pressed(self, event_id: int, platform: str, chat_id: str,
                           message_id: str) -> None: ...

    async def publish(self, build: Callable[[], Reply], event_id: int | None = None) -> int:
        ...

    async def notify(self, who: Recipient, build: Callable[[], Reply]) -> bool: ...

    async def tell(self, notices: Sequence[tuple[Recipient, Callable[[], Reply]]], *,
                   about: int | None = None, until: datetime | None = None,
                   kind: str = "notice", series: int | None = None) -> list[bool]:
        """Private notices kept until sent (a kill, a platform down: sent later, once);
        whether each reached its reader now."""

    def notify_all(self, people: Iterable[Recipient], build: Callable[[], Reply], *,
                   about: int | None = None, until: datetime | None = None,
                   kind: str = "notice") -> None:
        """`tell` in the background."""

    def private_link(self, platform: str, payload: str) -> str | None: ...


@dataclass
class Context:
    core: Services
    incoming: Incoming
    member: Member
    locale: str
    # The command being run ("" for a button press or a plain message) and its values,
    # already parsed by its spec; absent optional values are None.
    command_name: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    # The raw text after the command name (the FAQ reads plain questions from it).
    args: str = ""
    # The pressed button, already validated against its verb's ButtonSpec.
    action: Action | None = None
    replies: list[Reply] = field(default_factory=list)
    # The answer this message or press recorded (`storage.rsvps`), once recorded: the core
    # reads what it did (a seat taken by a member it cannot write to) without asking again.
    answered: RsvpOutcome | None = None
    # The member's own message holds what a group must not read (children's names typed
    # there): every answer from then on, a refusal too, asks the adapter to take it out.
    retract_asking: bool = False

    @property
    def storage(self) -> Storage:
        return self.core.storage

    @property
    def now(self) -> datetime:
        return self.core.now()

    @property
    def is_organizer(self) -> bool:
        return self.incoming.is_organizer

    @property
    def is_press(self) -> bool:
        return self.incoming.action is not None

    @property
    def wording(self) -> str:
        """The platform whose own wording (`<key>.<platform>`, see `platform_key`) an answer
        takes. Discord's names a slash command's options and choices: only for its slash
        commands and buttons; a line typed in a Discord private chat is read, and answered,
        like a typed line elsewhere."""
        incoming = self.incoming
        typed = incoming.command is None and not self.is_press
        return "" if incoming.platform == "discord" and typed else incoming.platform

    def value(self, name: str, default: Any = None) -> Any:
        found = self.values.get(name)
        return default if found is None else found

    def reply(
        self,
        text: str = "",
        *,
        card: EventCard | None = None,
        buttons: tuple[Button, ...] = (),
        attachment: Attachment | None = None,
        private: bool = False,
        retract_asking: bool = False,
        replaces_pressed: bool = False,
    ) -> None:
        # Positional, in `Reply`'s field order: a class built with keywords costs 2-3x in
        # CPython 3.11 (the keywords go through a dict), and every answer builds one.
        self.replies.append(Reply(text, card, buttons, attachment, private, self.locale,
                                  replaces_pressed, retract_asking or self.retract_asking))

    def require_organizer(self) -> None:
        if not self.incoming.is_organizer:
            raise Forbidden("error.organizer_only")
