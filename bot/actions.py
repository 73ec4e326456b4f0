"""Button ids: one versioned format, parsed and validated in one place.

`v1:<verb>:<target>[:<arg>]` fits Telegram's 64-byte callback data and Discord's
100-character custom_id. Button data comes back from the member's device and can be forged,
so each verb says what its target and argument may be; anything else parses to None, never
raises, and the core answers "this button is no longer valid".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "v1"
MAX_BYTES = 64
# Event ids as a member may type them (commands/args.event_id): at most 9 digits, so every
# id fits SQLite's 64-bit integers.
MAX_ID_DIGITS = 9
_PATTERN = re.compile(r"^v1:([a-z]+):([A-Za-z0-9_#-]{1,40})(?::([a-z0-9+-]{1,10}))?$")
_EVENT = re.compile(rf"[0-9]{{1,{MAX_ID_DIGITS}}}")
_FAQ_KEY = re.compile(r"[a-z0-9_-]{1,30}")

# verb -> (what the target must match, the arguments allowed; "" means none given)
_RULES: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    "rsvp": (_EVENT, frozenset({"", "going", "maybe", "no"})),
    "guest": (_EVENT, frozenset({"+1", "-1"})),
    "ics": (_EVENT, frozenset({""})),
    "event": (_EVENT, frozenset({""})),
    "drop": (_EVENT, frozenset({""})),
    "faq": (_FAQ_KEY, frozenset({""})),
    "forget": (re.compile("me"), frozenset({"yes", "no"})),
}
VERBS = tuple(_RULES)


@dataclass(frozen=True)
class Action:
    verb: str
    target: str
    arg: str = ""

    @property
    def event_id(self) -> int | None:
        """The event this button is about, or None for a target that is not an event id."""
        if _EVENT.fullmatch(self.target) is None:
            return None
        return int(self.target)


def encode(verb: str, target: object, arg: str = "") -> str:
    """A button id; ValueError for one we could not read back (a programming error)."""
    text = f"{VERSION}:{verb}:{target}" + (f":{arg}" if arg else "")
    if len(text.encode()) > MAX_BYTES or decode(text) is None:
        raise ValueError(f"not a valid button id: {text[:80]!r}")
    return text


def decode(data: str | None) -> Action | None:
    """The action behind button data, or None for anything we would not have produced."""
    if not data or len(data) > MAX_BYTES:
        return None
    match = _PATTERN.match(data)
    if not match:
        return None
    verb, target, arg = match.group(1), match.group(2), match.group(3) or ""
    rule = _RULES.get(verb)
    if rule is None or rule[0].fullmatch(target) is None or arg not in rule[1]:
        return None
    return Action(verb, target, arg)
