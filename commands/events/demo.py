"""Two demo events on a fresh database, so a first `make run` has something to try.

They are stored in French like every event; cards show them in the reader's language
(`bot.cards.shown_text` finds their words under the `demo.<kind>.<field>` keys).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.config import Settings
from bot.i18n import PARIS, french_typography
from commands.events.strings import STRINGS
from storage import NewEvent, Storage


def _next(weekday: int, at: time, now: datetime) -> datetime:
    local = now.astimezone(PARIS)
    days = (weekday - local.weekday()) % 7 or 7
    day = (local + timedelta(days=days)).date()
    return datetime.combine(day, at, tzinfo=PARIS)


def demo_text(kind: str, field: str) -> str:
    """The French words of a demo event, as stored (and as a French reader sees them)."""
    return french_typography(STRINGS[f"demo.{kind}.{field}"]["fr"])


async def seed_demo_events(storage: Storage, settings: Settings, now: datetime) -> None:
    """Only when the events table is empty: a board-game night and a film screening."""
    if await storage.events.count():
        return
    place = settings.default_place
    for kind, weekday, start, end, capacity in (
            ("board_games", 4, time(19, 30), time(22, 30), 20),
            ("screening", 5, time(20, 0), time(22, 0), 30)):
        await storage.events.create(NewEvent(
            title=demo_text(kind, "title"), kind=kind, starts_at=_next(weekday, start, now),
            ends_at=_next(weekday, end, now), place=place, capacity=capacity, price_cents=0,
            audience=demo_text(kind, "audience"), is_demo=True,
            description=demo_text(kind, "description")), now)
