"""Session 7, round 2 (tg2): answers that wait for a parent's private chat, through the real
PTB `Application` against the fake Bot API. A parent who never opened the private chat types
in the group; what could not reach her waits, but never past her erasing her data, and never
past a day in the bot's memory."""

from __future__ import annotations

from test_s7_tg_parents import group_card, open_private_chat
from test_telegram_adapter import GROUP, LEA, NINA, Harness

from bot.scheduler import Scheduler
from fakes.telegram_api import BOT_USERNAME, group_chat


async def test_what_waited_is_not_given_after_the_parent_erased_her_data(
        tg: Harness) -> None:
    """Nina (no private chat yet) booked in the group with her children's names, then typed
    « /oubliemoi oui » there. Opening the private chat, she read « C'est noté… Enfants notés :
    Zoé, Tom » next to « tout ce que nous savions de vous est effacé »: the names were still
    held, and she could not tell which was true. Now only the erasure is said."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
    await tg.say(NINA, f"/oubliemoi@{BOT_USERNAME} oui", GROUP)
    said = " ".join(await open_private_chat(tg, NINA, "/start"))
    assert "effacé" in said, said
    assert "Zoé" not in said and "C'est noté" not in said, said


async def test_names_that_waited_are_not_held_past_a_day(tg: Harness) -> None:
    """Nina never opens the private chat. The line in the group said her answer waits a
    while; the bot kept her children's names in memory for as long as it ran. A day later,
    once anyone's answer is kept again, hers is gone from memory."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.update({NINA["id"], LEA["id"]})
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
    tg.clock.advance(hours=25)
    await tg.say(LEA, f"/mesevenements@{BOT_USERNAME}", GROUP)
    await Scheduler(tg.core).tick(tg.clock.current)  # the hourly sweep (session 9)
    # Session 8: what waits is in the database (it survives a restart): gone from it too.
    held = await tg.core.storage.db.read("SELECT user_id, reply FROM waiting_replies")
    assert "Zoé" not in repr(held)
    assert str(NINA["id"]) not in {r[0] for r in held}


async def test_an_emoji_under_the_card_edited_is_still_a_reaction(tg: Harness) -> None:
    """Léa answered the card with 👍 (a reaction, left alone), then changed it to ❤️: she
    got privately « Vous avez modifié un message, mais je ne lis pas les modifications :
    envoyez-le-moi de nouveau », about a thumb nobody asked her for."""
    _, card = await group_card(tg, 5)
    await tg.say(LEA, "/start")
    tg.fake.reply_text(LEA, group_chat(GROUP), "👍", card)
    tg.pushed += 1
    await tg.settle()
    typed = max(m for (chat, m) in tg.fake.typed if chat == GROUP)
    before = len(tg.fake.chat(LEA["id"]))
    tg.fake.edit_text(LEA, group_chat(GROUP), typed, "❤️", reply_to=card)
    tg.pushed += 1
    await tg.settle()
    assert tg.fake.chat(LEA["id"])[before:] == []
    # A question under the card, edited, is still told that edits are not read.
    tg.fake.edit_text(LEA, group_chat(GROUP), typed, "c'est à quelle heure ?", reply_to=card)
    tg.pushed += 1
    await tg.settle()
    [told] = tg.fake.chat(LEA["id"])[before:]
    assert "modifié" in told.visible, told.visible


async def test_a_command_edited_before_the_private_chat_opened_is_said_there(
        tg: Harness) -> None:
    """Nina (no private chat yet) typed « /participer 1 oui » in the group, then corrected
    it to « non ». Nothing was said about her « non » anywhere, then or when she opened
    the private chat (the card's link): she was still booked and
    did not know why. Now the note that edits are not read waits there for her."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui", GROUP)
    typed = max(m for (chat, m) in tg.fake.typed if chat == GROUP)
    tg.fake.edit_text(NINA, group_chat(GROUP), typed, f"/participer@{BOT_USERNAME} "
                      f"{event_id} non")
    tg.pushed += 1
    await tg.settle()
    said = await open_private_chat(tg, NINA, "/start")
    assert "modifié" in said[-1], said
