"""Session 7, final read of the Telegram adapter (rev-tg), through the real PTB `Application`
against the fake Bot API."""

from __future__ import annotations

from test_s7_tg_parents import LINK, group_card, group_lines, open_private_chat
from test_telegram_adapter import GROUP, LEA, NINA, Harness

from fakes.telegram_api import BOT_USERNAME, group_chat


async def test_a_file_refused_privately_is_not_asked_for_twice(tg: Harness) -> None:
    """Nina (no private chat yet) tapped « 📅 Ajouter à l'agenda » on the group's card. The
    group line said « ma réponse vous attend » there, but her toast said « ouvrez une
    conversation avec moi, puis réessayez »: she opened the chat, got the file, came back
    and tapped again, and got it twice. Now the toast says the same as the group line."""
    event_id, card = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    toast = await tg.press(NINA, card, f"v1:ics:{event_id}")
    assert "réessayez" not in toast and "attend" in toast, toast
    await open_private_chat(tg, NINA, f"/start event_{event_id}")
    docs = [c for c in tg.fake.ok_calls("sendDocument") if c.params["chat_id"] == NINA["id"]]
    assert len(docs) == 1, docs


async def test_thanks_under_the_private_chat_line_is_not_answered_by_it_again(
        tg: Harness) -> None:
    """Nina (no private chat yet) booked in the group; the bot said « Nina, je ne peux pas
    encore vous écrire en privé : ma réponse vous attend… ». She answered that line
    « ok merci », and the bot posted the same line again, under each of her replies. Now
    her thanks waits with the rest; Léa, who cannot be reached either, still gets hers."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.update({NINA["id"], LEA["id"]})
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui", GROUP)
    line = tg.fake.chat(GROUP)[-1]
    assert LINK in line.visible, line.visible
    before = len(tg.fake.chat(GROUP))
    tg.fake.reply_text(NINA, group_chat(GROUP), "ok merci", line)
    tg.pushed += 1
    await tg.settle()
    assert group_lines(tg, before) == []
    tg.fake.reply_text(LEA, group_chat(GROUP), "et moi, c'est à quelle heure ?", line)
    tg.pushed += 1
    await tg.settle()
    [hers] = group_lines(tg, before)
    assert hers.startswith("Léa") and LINK in hers, hers
