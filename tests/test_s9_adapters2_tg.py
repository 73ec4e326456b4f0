"""Session 9 (adapters2), Telegram: a command typed in the parents' group, then edited to add
children's first names (an option marked `Param.confidential`),
leaves the group as the first version would have (deleted where the bot may, else the parent
told privately how), as on Discord; an edit is still never run. Through the real PTB
`Application` against the fake Bot API (which hands an edit as `edited_message`)."""

from __future__ import annotations

from typing import Any

from test_telegram_adapter import GROUP, LEA, ORGA, TOM, Harness, new_event

from fakes.telegram_api import BOT_USERNAME, Stored, group_chat, private_chat
from recording import plain


def in_group(tg: Harness) -> list[str]:
    """Everything the parents' group can read: what members typed, and the bot's posts."""
    return ([text for (chat, _), text in tg.fake.typed.items() if chat == GROUP]
            + [m.visible for m in tg.fake.chat(GROUP)])


def told(tg: Harness, who: dict[str, Any]) -> str:
    return plain("\n".join(m.visible for m in tg.fake.chat(int(who["id"]))))


async def typed_then_edited(tg: Harness, who: dict[str, Any], first: str, edited: str) -> str:
    """`who` types `first` in the group, then edits it into `edited` (long press → Modifier);
    returns what they were told privately after the edit."""
    await tg.say(who, first, chat=GROUP)
    [message_id] = [mid for (chat, mid), text in tg.fake.typed.items()
                    if chat == GROUP and text == first]
    before = told(tg, who)
    tg.fake.edit_text(who, group_chat(GROUP), message_id, edited)
    tg.pushed += 1
    await tg.settle()
    return told(tg, who)[len(before):]


async def test_names_added_by_an_edit_in_the_group_leave_it(tg: Harness) -> None:
    """Léa typed « /participer@bot 1 oui » in the parents' group, then edited it to add
    « Tom, Zoé (8-11) ». She was told privately that edits are not read, and her children's
    names stayed there for the whole group to read (typed at first, they are taken out).
    Now the edited message leaves the group too, and she is told so; the edit still books
    nothing new (no child recorded)."""
    event_id = await new_event(tg)
    command = f"/participer@{BOT_USERNAME} {event_id} oui"
    said = await typed_then_edited(tg, LEA, command, f"{command} Tom, Zoé (8-11)")
    assert not any("Zoé" in text for text in in_group(tg)), in_group(tg)
    assert "modifié" in said and "retiré votre message du groupe" in said, said
    assert await tg.core.storage.party.children(event_id) == {}


async def test_where_the_bot_may_not_delete_the_parent_is_told_how(tg: Harness) -> None:
    """Tom's English Telegram; the bot is no admin of the group (Telegram refuses the
    deletion). He is told, in English, to delete it himself."""
    event_id = await new_event(tg)
    tg.fake.fail("deleteMessage", 400, "Bad Request: message can't be deleted")
    command = f"/rsvp {event_id} yes"
    said = await typed_then_edited(tg, TOM, command, f"{command} Tom, Zoé")
    assert any("Zoé" in text for text in in_group(tg))  # still there: Telegram refused
    assert "edited" in said and "delete it yourself" in said, said


async def test_an_edit_naming_nobody_is_only_told_it_was_not_read(tg: Harness) -> None:
    """« /participer 1 oui » corrected to « /participer 1 oui +1 », and a question edited:
    nothing to take out. One line says the edit was not read; nothing is deleted."""
    event_id = await new_event(tg)
    command = f"/participer {event_id} oui"
    said = await typed_then_edited(tg, LEA, command, f"{command} +1")
    assert "modifié" in said and "retiré" not in said, said
    assert tg.fake.ok_calls("deleteMessage") == []


async def test_the_bots_name_then_a_command_edited_to_add_names(tg: Harness) -> None:
    """« @LeFocusBot /participer 1 oui » (the name tapped first, as some parents do) edited
    to add « Léo »: taken out as the command typed alone would be."""
    event_id = await new_event(tg)
    command = f"@{BOT_USERNAME} /participer {event_id} oui"
    said = await typed_then_edited(tg, LEA, command, f"{command} Léo")
    assert not any("Léo" in text for text in in_group(tg)), in_group(tg)
    assert "retiré votre message du groupe" in said, said


# -- what works on Discord and did not on Telegram ------------------------------------------


async def test_a_check_mark_typed_privately_is_not_acknowledged_as_booked(
        tg: Harness) -> None:
    """Léa opened the Soirée jeux privately and typed « ✅ » under it (the emoji of its
    « ✅ Je viens » button), then « ❌ » to drop out. She read « 👍 Une autre question ? »
    and believed herself booked (then not): nothing was done. As on Discord, a check mark
    or a cross typed alone now gets what « oui » / « non » gets: a message books nothing,
    press the button. 👍 alone stays a thank-you."""
    event_id = await new_event(tg)
    await tg.say(LEA, f"/evenement {event_id}")
    check = plain(" ".join(m.visible for m in await tg.say(LEA, "✅")))
    cross = plain(" ".join(m.visible for m in await tg.say(LEA, "❌")))
    thumb = plain(" ".join(m.visible for m in await tg.say(LEA, "👍")))
    for said in (check, cross):
        assert "ne fait rien" in said and "👍" not in said, said
    assert "👍" in thumb, thumb
    assert (await tg.core.storage.rsvps.counts(event_id)).going_seats == 0


async def test_a_card_forwarded_or_pasted_privately_comes_back_with_its_buttons(
        tg: Harness) -> None:
    """Tom forwards the Soirée jeux's card from the parents' group to the bot (long press
    → Transférer), Léa copies its text and pastes it: both got « Au programme samedi 5
    décembre : … /participer <numéro> » (in English for Tom), a list to decipher. As on
    Discord, the card comes back, with its « ✅ Je viens »."""
    event_id = await new_event(tg)
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    before = set(tg.fake.messages)
    tg.fake.forward(TOM, private_chat(TOM), card)
    tg.pushed += 1
    await tg.settle()
    forwarded = [m for k, m in sorted(tg.fake.messages.items()) if k not in before]
    pasted = await tg.say(LEA, card.visible)
    for got in (forwarded, pasted):
        said = plain(" ".join(m.visible for m in got))
        assert "<numéro>" not in said and "Au programme" not in said, said
        assert f"v1:rsvp:{event_id}:going" in [d for m in got for d in m.button_data], said


async def reacted(tg: Harness, who: dict[str, Any], message: Stored, emoji: str) -> str:
    """What `who` is told privately after reacting `emoji` on the bot's `message`."""
    before = told(tg, who)
    tg.fake.react(who, message, emoji)
    tg.pushed += 1
    await tg.settle()
    return told(tg, who)[len(before):]


async def test_a_thumbs_up_on_a_card_is_told_it_books_nothing(tg: Harness) -> None:
    """Léa long-presses the Soirée jeux's card in the parents' group and picks 👍, as she
    does under every message of the group, and believes herself booked: the bot heard
    nothing (it never asked Telegram for reactions), while a teenager doing so on Discord is
    told. She is now told privately, once for that card, to press « ✅ Je viens »; a ❤️
    (she likes it) or a 👍 on another message of the bot says nothing."""
    event_id = await new_event(tg)
    await tg.say(LEA, "/aide")  # her private chat is open
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    said = await reacted(tg, LEA, card, "👍")
    assert "ne compte pas" in said and "✅ Je viens" in said, said
    assert await reacted(tg, LEA, card, "👍") == ""  # once for that card
    assert await reacted(tg, TOM, card, "❤") == ""
    [help_text] = [m for m in tg.fake.chat(int(LEA["id"])) if "/participer" in m.visible][:1]
    assert await reacted(tg, LEA, help_text, "👍") == ""
    assert (await tg.core.storage.rsvps.counts(event_id)).going_seats == 0
