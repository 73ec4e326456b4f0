"""A member's reply to a private notice about an event reaches its organisers, and their
answer comes back (see `commands.relay.handlers`). No command: a listener on private plain
messages (before the FAQ), the « ↩️ Répondre à … » button (`ask`), and the job that erases
questions a week after their event (`storage.relay`)."""

from __future__ import annotations

from bot.router import Router
from commands.relay import handlers
from commands.relay.strings import STRINGS


def register(router: Router) -> None:
    router.strings(STRINGS)
    router.listen(handlers.listen, organizer=False)
    router.button(handlers.VERB, handlers.press, args=frozenset({"", "form"}))
    router.job("relay", handlers.forget)
