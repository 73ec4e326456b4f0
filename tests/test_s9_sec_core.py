"""Session 9, an attacker's seat through the real core, router and storage on a real SQLite
file: every organiser command under every one of its names, typed by a member in every form
the core reads (slash, group, no slash, under an event's card with `Incoming.event_id`, new
today), changes nothing and shows no child's name."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from bot.messages import Incoming
from recording import Bot, new_event


def _database(db: Path) -> dict[str, str]:
    """Every table's rows, as a digest each."""
    with sqlite3.connect(db) as con:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {name: hashlib.sha256(repr(sorted(
            repr(row) for row in con.execute(f'SELECT * FROM "{name}"'))).encode()).hexdigest()
            for name in names}


async def test_no_organiser_command_under_any_name_or_form_works_for_a_member(
        bot: Bot, db_path: Path) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui Zébulon", user="lea")
    await bot.say("/aide", user="mallory")  # known: her first message made her a member
    specs = [s for s in bot.core.router.commands if s.organizer]
    assert len(specs) >= 20
    tried, wrong = 0, []
    for spec in specs:
        for name in sorted({spec.name, *spec.aliases, *([spec.french] if spec.french else [])}):
            for text, private, card in [
                    (f"/{name} {event_id} neige confirmer", True, None),
                    (f"/{name} {event_id} neige confirmer", False, None),
                    (f"{name} {event_id} neige confirmer", True, None),  # no slash
                    (f"/{name} neige confirmer", False, event_id),  # under the card
                    (f"/{name}", True, event_id),
                    (f"/{name} Soirée jeux | samedi 20h | 40", True, None)]:
                before = _database(db_path)
                replies = await bot.core.handle(Incoming(
                    platform="test", user_id="mallory", display_name="Mallory",
                    chat_id="chat-mallory" if private else "group", text=text,
                    is_private=private, event_id=card))
                await bot.core.idle()
                tried += 1
                changed = [k for k, v in _database(db_path).items() if before.get(k) != v]
                shown = " ".join(r.text for r in replies)
                if changed or "Zébulon" in shown:
                    wrong.append((text, private, card, changed))
    assert tried >= 6 * 60
    assert not wrong, wrong
