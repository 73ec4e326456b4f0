"""Commands and button verbs registered explicitly on one router; first match wins.

Names are matched without accents or case (`/événements` = `/evenements`), with any
`@botname` suffix dropped, so French aliases typed on a phone keyboard still work.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.context import Context

Handler = Callable[["Context"], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    name: str
    handler: Handler
    aliases: tuple[str, ...] = ()
    organizer: bool = False
    # Shown in /help and menus; console-only commands are hidden from platform menus.
    platforms: tuple[str, ...] = ()

    @property
    def usage_key(self) -> str:
        return f"usage.{self.name}"

    @property
    def help_key(self) -> str:
        return f"help.{self.name}"


def fold(name: str) -> str:
    """Lower-case, accent-free, without a leading slash or an @botname suffix."""
    name = name.strip().lstrip("/").split("@", 1)[0].lower().replace("-", "").replace("_", "")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class Router:
    commands: list[Command] = field(default_factory=list)
    actions: dict[str, Handler] = field(default_factory=dict)
    _index: dict[str, Command] = field(default_factory=dict)

    def command(
        self,
        name: str,
        handler: Handler,
        *,
        aliases: tuple[str, ...] = (),
        organizer: bool = False,
        platforms: tuple[str, ...] = (),
    ) -> Command:
        cmd = Command(name, handler, aliases, organizer, platforms)
        for key in (name, *aliases):
            folded = fold(key)
            if folded in self._index:
                raise ValueError(f"command name {key!r} registered twice")
            self._index[folded] = cmd
        self.commands.append(cmd)
        return cmd

    def action(self, verb: str, handler: Handler) -> None:
        if verb in self.actions:
            raise ValueError(f"action {verb!r} registered twice")
        self.actions[verb] = handler

    def find(self, name: str) -> Command | None:
        return self._index.get(fold(name))

    def suggest(self, name: str, platform: str) -> list[str]:
        """Close command names for a typo, best first."""
        from rapidfuzz import process

        names = {fold(k): c.name for k, c in self._index.items() if self.available(c, platform)}
        found = process.extract(fold(name), list(names), limit=3, score_cutoff=60)
        seen: list[str] = []
        for match, _score, _ in found:
            if names[match] not in seen:
                seen.append(names[match])
        return seen

    @staticmethod
    def available(cmd: Command, platform: str) -> bool:
        return not cmd.platforms or platform in cmd.platforms
