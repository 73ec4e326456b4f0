"""What a command receives: who asked, where, in which language, with which arguments.

A command answers only through `reply()`; the adapter decides how that looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.actions import Action
from bot.errors import BotError, Forbidden
from bot.messages import Attachment, Button, EventCard, Incoming, Reply
from storage import Member, Storage

if TYPE_CHECKING:
    from bot.core import Core


@dataclass
class Context:
    core: Core
    incoming: Incoming
    member: Member
    locale: str
    args: str = ""
    command_name: str = ""
    # The pressed button, already validated by `bot.actions.decode`; None for typed text.
    action: Action | None = None
    replies: list[Reply] = field(default_factory=list)

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

    def reply(
        self,
        text: str = "",
        *,
        card: EventCard | None = None,
        buttons: tuple[Button, ...] = (),
        attachment: Attachment | None = None,
        private: bool = False,
    ) -> None:
        self.replies.append(
            Reply(text=text, card=card, buttons=buttons, attachment=attachment, private=private,
                  locale=self.locale)
        )

    def pressed(self) -> Action:
        """The validated button behind this press; anything else is a button we never made."""
        if self.action is None:
            raise BotError("error.button_unknown")
        return self.action

    def pressed_event_id(self) -> int:
        """The event a button is about, bounded like a typed event number."""
        event_id = self.pressed().event_id
        if event_id is None:
            raise BotError("error.button_unknown")
        return event_id

    def require_organizer(self) -> None:
        if not self.incoming.is_organizer:
            raise Forbidden("error.organizer_only")
