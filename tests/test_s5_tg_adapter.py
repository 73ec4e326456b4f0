"""A parent on Telegram who never opened the bot's private chat, or blocked it, pressing the
buttons of a card in the group: what the toast says, and how often the group hears about it."""

from __future__ import annotations

from typing import Any

import pytest
from test_telegram_adapter import GROUP, LEA, ORGA, new_event

from fakes.telegram_api import group_chat, private_chat, user

ROSE = user(2099, "Rose", "fr")
JACK = user(2098, "Jack", "en")


async def announced(tg: Any) -> tuple[int, Any]:
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4")
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    return event_id, card


async def test_the_calendar_button_does_not_say_a_file_came_when_none_could(tg: Any) -> None:
    """Rose blocked the bot: the toast read « ouvrez le fichier joint » and no file ever
    came. Now it says she must open (or unblock) the private chat."""
    event_id, card = await announced(tg)
    for who in (ROSE, JACK):
        tg.fake.fail(None, 403, "Forbidden: bot was blocked by the user", chat_id=who["id"],
                     times=20)
    toast = await tg.press(ROSE, card, f"v1:ics:{event_id}")
    assert "fichier joint" not in toast, toast
    assert "débloquez" in toast and "privé" in toast, toast
    english = await tg.press(JACK, card, f"v1:ics:{event_id}")
    assert "unblock" in english, english
    assert not [c for c in tg.fake.ok_calls("sendDocument")
                if c.params.get("chat_id") in (ROSE["id"], str(ROSE["id"]))]


async def test_the_group_is_told_once_not_under_every_tap(tg: Any) -> None:
    """Rose taps « Je viens », then ➕ twice, then the calendar: the group read « Rose, je ne
    peux pas encore vous écrire en privé » after each tap that had something private."""
    event_id, card = await announced(tg)
    tg.fake.fail(None, 403, "Forbidden: bot can't initiate conversation with a user",
                 chat_id=ROSE["id"], times=50)
    before = len(tg.fake.chat(GROUP))
    await tg.press(ROSE, card, f"v1:rsvp:{event_id}:going")
    await tg.press(ROSE, card, f"v1:guest:{event_id}:+1")
    await tg.press(ROSE, card, f"v1:guest:{event_id}:+1")
    await tg.press(ROSE, card, f"v1:ics:{event_id}")
    nudges = [m for m in tg.fake.chat(GROUP)[before:] if "Rose" in m.visible]
    assert len(nudges) == 1, [m.visible for m in nudges]


async def test_a_cancelled_event_shows_no_free_seats(tg: Any) -> None:
    """The deep link of a cancelled event (or its card in the group) read « ⚠️ ANNULÉ » and
    then « 1/4 places prises, 3 libres »: a parent could think seats were still open."""
    event_id, card = await announced(tg)
    await tg.press(ROSE, card, f"v1:rsvp:{event_id}:going")
    await tg.say(ORGA, f"/annuler {event_id} pluie confirmer")
    [group_copy] = [m for m in tg.fake.chat(GROUP) if m.message_id == card.message_id]
    [opened] = await tg.say(JACK, f"/start event_{event_id}")
    for shown in (group_copy, opened):
        assert "ANNUL" in shown.visible or "CANCEL" in shown.visible, shown.visible
        assert "libre" not in shown.visible and "left" not in shown.visible, shown.visible


@pytest.mark.parametrize("kind", ["contact", "location", "animation", "document"])
async def test_a_phone_number_a_place_a_gif_or_a_pdf_in_private_gets_a_line(
        tg: Any, kind: str) -> None:
    """Léa shares her phone number, her location, a GIF or a PDF form: no answer at all (or
    « I can't read pictures » for the PDF); now the line that asks her to write."""
    before = set(tg.fake.messages)
    tg.fake.send_media(LEA, private_chat(LEA), kind)
    tg.pushed += 1
    await tg.settle()
    told = [m for k, m in sorted(tg.fake.messages.items()) if k not in before]
    assert [m.chat_id for m in told] == [LEA["id"]], told
    assert "écrits" in told[0].visible, told[0].visible
    before = set(tg.fake.messages)
    tg.fake.send_media(LEA, group_chat(GROUP), kind)
    tg.pushed += 1
    await tg.settle()
    assert [k for k in tg.fake.messages if k not in before] == []  # group chatter
