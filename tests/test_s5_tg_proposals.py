"""Parents on Telegram meeting things outside the Telegram/FAQ files: first pinned as strict
xfails with a fix proposed to the file's owner, now applied (helper props)."""

from __future__ import annotations

from typing import Any

import pytest
from test_telegram_adapter import GROUP, LEA


async def test_choosing_a_language_in_the_group_is_answered_privately(tg: Any) -> None:
    """Léa types /langue en in the parents' group: « OK, I will speak English with you. »
    was posted to the whole group (the group menu already hides /langue as personal)."""
    await tg.say(LEA, "/start")
    sent = await tg.say(LEA, "/langue en", chat=GROUP)
    assert sent and all(m.chat_id == LEA["id"] for m in sent), [
        (m.chat_id, m.visible) for m in sent]


@pytest.mark.parametrize("word", ["arrêter", "couper", "désactivé"])
async def test_reminders_off_in_a_parents_words(tg: Any, word: str) -> None:
    """« /rappels arrêter » answered « Je n'ai pas compris « arrêter » : répondez oui ou
    non »."""
    [reply] = await tg.say(LEA, f"/rappels {word}")
    assert "désactivés" in reply.visible, reply.visible


@pytest.mark.parametrize(("typed", "seats"), [
    ("/participer {id} oui mes 2 enfants", 3),
    ("/participer {id} oui avec mes deux enfants", 3),
    ("/rsvp {id} yes with my 2 kids", 3),
    ("/rsvp {id} yes my two kids", 3),
])
async def test_children_counted_in_words_get_their_seats(
        tg: Any, typed: str, seats: int) -> None:
    """A parent's first answer « oui mes 2 enfants » booked 1 place (« pour 1 place »):
    the children were dropped without a word, and would have no seat at the door."""
    from test_telegram_adapter import new_event

    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 20")
    [reply] = await tg.say(LEA, typed.format(id=event_id))
    assert f"{seats} places" in reply.visible or f"{seats} seats" in reply.visible, (
        reply.visible)


async def test_a_husband_is_not_noted_as_a_child(tg: Any) -> None:
    """« /participer 1 oui +1 mon mari » answered « Enfants notés : Mari »."""
    from test_telegram_adapter import new_event

    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 20")
    [reply] = await tg.say(LEA, f"/participer {event_id} oui +1 mon mari")
    assert "2 places" in reply.visible and "Mari" not in reply.visible, reply.visible
