"""Button ids: one versioned format, read in one place.

`v1:<verb>:<target>[:<arg>]` fits Telegram's 64-byte callback data and Discord's
100-character custom_id. Button data comes back from the member's device and can be forged:
`parse` only accepts the shape we produce, and the router then checks the target and
argument against what the verb's feature declared (`bot.router.ButtonSpec`). Anything else
is None, never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "v1"
MAX_BYTES = 64
# Event ids as a member may type them: at most 9 digits, so every id fits SQLite's integers.
MAX_ID_DIGITS = 9
EVENT_TARGET = re.compile(rf"[0-9]{{1,{MAX_ID_DIGITS}}}")
_PATTERN = re.compile(r"v1:([a-z]+):([A-Za-z0-9_#-]{1,40})(?::([a-z0-9+-]{1,10}))?")


@dataclass(frozen=True)
class Action:
    verb: str
    target: str
    arg: str = ""

    @property
    def event_id(self) -> int | None:
        """The event this button is about, or None for a target that is not an event id."""
        if EVENT_TARGET.fullmatch(self.target) is None:
            return None
        return int(self.target)


def encode(verb: str, target: object, arg: str = "") -> str:
    """A button id; ValueError for one we could not read back (a programming error)."""
    text = f"{VERSION}:{verb}:{target}" + (f":{arg}" if arg else "")
    if len(text.encode()) > MAX_BYTES or parse(text) is None:
        raise ValueError(f"not a valid button id: {text[:80]!r}")
    return text


def parse(data: str | None) -> Action | None:
    """The action behind button data if it has our shape, else None."""
    if not data or len(data) > MAX_BYTES:
        return None
    match = _PATTERN.fullmatch(data)
    if not match:
        return None
    return Action(match.group(1), match.group(2), match.group(3) or "")
