"""Button ids: one versioned format, parsed in one place.

`v1:<verb>:<event id>[:<arg>]` fits Telegram's 64-byte callback data and Discord's
100-character custom_id. Unknown or malformed ids parse to None, never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "v1"
VERBS = ("rsvp", "guest", "ics", "event", "faq", "forget", "drop")
_PATTERN = re.compile(r"^v1:([a-z]+):([A-Za-z0-9_#-]{1,40})(?::([a-z0-9+-]{1,10}))?$")


@dataclass(frozen=True)
class Action:
    verb: str
    target: str
    arg: str = ""

    @property
    def event_id(self) -> int | None:
        return int(self.target) if self.target.isdigit() else None


def encode(verb: str, target: object, arg: str = "") -> str:
    text = f"{VERSION}:{verb}:{target}" + (f":{arg}" if arg else "")
    assert len(text.encode()) <= 64, text
    return text


def decode(data: str | None) -> Action | None:
    if not data:
        return None
    match = _PATTERN.match(data)
    if not match or match.group(1) not in VERBS:
        return None
    return Action(match.group(1), match.group(2), match.group(3) or "")
