"""A member's reply to a private notice about an event reaches its organisers, and their
answer comes back (see `commands.relay.handlers`). No command: a listener on private plain
messages (before the FAQ), the « ↩️ Répondre à … » button (`ask`), « ✅ 3 places » under an
answer written in words (`seats`), and the job that erases questions a week after their
event (`storage.relay`)."""

from __future__ import annotations

from functools import partial

from bot.router import Router
from commands.relay import handlers
from commands.relay.strings import STRINGS


def register(router: Router) -> None:
    router.strings(STRINGS)
    writers = handlers.Writers()
    router.listen(partial(handlers.listen, writers), organizer=False)
    # Nothing to answer: after an organiser's `/message`, who wrote it (`Writers`).
    router.listen(handlers.never, aside=writers.noted)
    router.button(handlers.VERB, handlers.press, args=frozenset({"", "form"}))
    router.button(handlers.SEATS, handlers.press_seats, args=handlers.SEATS_ARGS)
    router.job("relay", handlers.forget)
