"""Every feature, registered explicitly on one router. No platform imports here."""

from __future__ import annotations

from bot.config import Settings
from bot.router import Router


def build_router(settings: Settings | None = None) -> Router:
    from commands import (
        account,
        announce,
        attendees,
        calendar,
        events,
        faq,
        help,
        reminders,
        rsvp,
        series,
    )

    router = Router()
    for module in (help, events, rsvp, calendar, faq, account, announce, attendees,
                   reminders, series):
        module.register(router)
    return router
