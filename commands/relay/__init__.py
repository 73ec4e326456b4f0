"""A member's reply to a private notice about an event reaches its organisers, and their
answer comes back (see `commands.relay.handlers`). No command: a listener on private plain
messages (before the FAQ; an organiser's answer before any other conversation), the
« ↩️ Répondre à … » button (`ask`), « ✅ 3 places » under an answer written in words
(`seats`), and the job that erases questions a week after their event (`storage.relay`)."""

from __future__ import annotations

from functools import partial

from bot.router import ListenerSpec, Router
from commands.relay import handlers
from commands.relay.strings import STRINGS


def register(router: Router) -> None:
    router.strings(STRINGS)
    windows = handlers.Windows()
    # An organiser's answer to a question comes before any other conversation: an open
    # /creer form would take it for the new event's title.
    router.listeners.insert(0, ListenerSpec(partial(handlers.answers, windows),
                                            organizer=False))
    router.listen(handlers.listen, organizer=False)
    # Nothing to answer: after an organiser's `/message`, who wrote it (`handlers.noted`).
    router.listen(handlers.never, aside=handlers.noted)
    router.button(handlers.VERB, partial(handlers.press, windows), args=frozenset({"", "form"}))
    router.button(handlers.SEATS, handlers.press_seats, args=handlers.SEATS_ARGS)
    router.job("relay", handlers.forget)
