"""What a member typed, read alike by both chat adapters before the core sees it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.spec import CommandSpec, fills_confidential


def command_fills_confidential(find: Callable[[str], CommandSpec | None], typed: str,
                               now: datetime) -> bool:
    """Whether a typed command line (« /participer@bot 3 oui Léa, Tom ») fills one of its
    command's `confidential` options (children's first names, a desk entry's note): an
    edit in a group or a channel, a forwarded command, read and never run, must then leave
    the group (`bot.spec.fills_confidential`). `find`: the router's lookup by name. A line
    that is no command of ours fills none."""
    if not typed.startswith("/"):
        return False
    head, *rest = typed.split(maxsplit=1)
    spec = find(head[1:].split("@", 1)[0])
    return spec is not None and fills_confidential(spec, rest[0] if rest else "", now)
