"""Two demo events on a fresh database, so a first `make run` has something to try."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.config import Settings
from bot.i18n import PARIS
from storage import NewEvent, Storage


def _next(weekday: int, at: time, now: datetime) -> datetime:
    local = now.astimezone(PARIS)
    days = (weekday - local.weekday()) % 7 or 7
    day = (local + timedelta(days=days)).date()
    return datetime.combine(day, at, tzinfo=PARIS)


async def seed_demo_events(storage: Storage, settings: Settings, now: datetime) -> None:
    """Only when the events table is empty: a board-game night and a film screening."""
    if await storage.events.count():
        return
    place = settings.default_place
    await storage.events.create(NewEvent(
        title="Soirée jeux de société", kind="board_games", starts_at=_next(4, time(19, 30), now),
        ends_at=_next(4, time(22, 30), now), place=place, capacity=20, price_cents=0,
        audience="Tout public", is_demo=True,
        description="Exemple créé automatiquement pour essayer le bot : réservez, ajoutez des "
                    "invités, regardez la liste d'attente se remplir."), now)
    await storage.events.create(NewEvent(
        title="Projection de film", kind="screening", starts_at=_next(5, time(20, 0), now),
        ends_at=_next(5, time(22, 0), now), place=place, capacity=30, price_cents=0,
        audience="Dès 12 ans", is_demo=True,
        description="Exemple créé automatiquement pour essayer le bot."), now)
