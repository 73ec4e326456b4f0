"""The features, each in its folder, registered explicitly on one router at start-up.

A feature's `register(router)` adds its command specs, buttons, jobs and strings; nothing
registers at import. No platform imports anywhere under `commands/`.
"""

from __future__ import annotations

from bot.router import Router


def build_router() -> Router:
    from commands import (
        account,
        agenda,
        announcements,
        attendance,
        events,
        faq,
        help,
        posters,
        relay,
        reminders,
        rsvp,
        series,
    )

    router = Router()
    for feature in (help, events, rsvp, faq, account, reminders, announcements, series, agenda,
                    posters, attendance, relay):
        feature.register(router)
    return router
