"""What a command receives: who asked, where, in which language, with which arguments.

A command answers only through `reply()`; the adapter decides how that looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.errors import Forbidden
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

    def require_organizer(self) -> None:
        if not self.incoming.is_organizer:
            raise Forbidden("error.organizer_only")
