"""Session 9 (rev-adapters): the two adapters read with fresh eyes, as the people who use
them. Through the real python-telegram-bot `Application` against the fake Bot API."""

from __future__ import annotations

from test_s9_adapters2_tg import reacted, told
from test_telegram_adapter import GROUP, LEA, ORGA, Harness, new_event

from fakes.telegram_api import BOT_USERNAME


async def test_a_thumbs_up_on_a_cancelled_card_is_not_told_to_press_its_buttons(
        tg: Harness) -> None:
    """The Soirée jeux is cancelled: its card in the parents' group reads « ANNULÉ » and has
    no button left. Léa puts a 👍 on it (« dommage, merci de prévenir »). She was told
    privately « appuyez sur un bouton sous la carte (« ✅ Je viens » …) », a button that is
    not there. As on Discord (a card one may still answer only), nothing is said; a 👍 on
    a card still open is told, as before."""
    cancelled = await new_event(tg)
    still_open = await new_event(tg, "Ciné-club | 2026-12-12 20:00 | 10")
    await tg.say(LEA, "/aide")  # her private chat is open
    for event_id in (cancelled, still_open):
        await tg.say(ORGA, f"/annoncer {event_id}")
    await tg.say(ORGA, f"/annuler {cancelled} neige confirmer")
    [card] = [m for m in tg.fake.chat(GROUP) if f"#{cancelled} ·" in m.visible]
    assert "ANNULÉ" in card.visible and not card.button_data, card.visible
    assert await reacted(tg, LEA, card, "👍") == ""
    [open_card] = [m for m in tg.fake.chat(GROUP) if f"#{still_open} ·" in m.visible]
    said = await reacted(tg, LEA, open_card, "👍")
    assert "ne compte pas" in said and "✅ Je viens" in said, said


async def test_a_check_mark_to_the_bot_in_the_group_is_not_acknowledged_as_booked(
        tg: Harness) -> None:
    """In the parents' group, Léa answers the organiser's « qui vient samedi ? » with
    « @LeFocusBot ✅ » (the card's « ✅ Je viens »). Privately she read « 👍 » as a
    thank-you and believed herself booked; typed privately, or on Discord (« @Le Focus ✅ »),
    a check mark alone gets what « oui » gets: a message books nothing, press the button."""
    event_id = await new_event(tg)
    await tg.say(LEA, "/aide")  # her private chat is open
    before = told(tg, LEA)
    await tg.say(LEA, f"@{BOT_USERNAME} ✅", chat=GROUP)
    said = told(tg, LEA)[len(before):]
    assert "ne vous inscrit pas" in said and "👍" not in said, said
    assert (await tg.core.storage.rsvps.counts(event_id)).going_seats == 0
