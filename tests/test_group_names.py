"""Children's first names (and desk phone notes) typed in a Telegram group: the group saw
them. The bot answers privately and takes the parent's message out of the group where it may
(an admin with the right to delete), and says privately which of the two happened, so nobody
believes the names gone when they are not. Through the real PTB code against the fake."""

from __future__ import annotations

import test_telegram_adapter as tga


def in_group(tg: tga.Harness) -> list[str]:
    """Everything the parents' group can read: what members typed, and the bot's posts."""
    return ([text for (chat, _), text in tg.fake.typed.items() if chat == tga.GROUP]
            + [m.visible for m in tg.fake.chat(tga.GROUP)])


def private(tg: tga.Harness, who: dict[str, object]) -> str:
    return "\n".join(m.visible for m in tg.fake.chat(int(str(who["id"]))))


async def test_names_typed_in_the_group_leave_it_and_the_parent_is_told_privately(
        tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    said = await tg.say(tga.LEA, f"/participer {event_id} oui Tom, Zoé (8-11)",
                        chat=tga.GROUP)
    assert not any("Zoé" in text for text in in_group(tg))
    assert all(m.chat_id != tga.GROUP for m in said)
    mine = private(tg, tga.LEA)
    assert "Tom, Zoé" in mine and "retiré votre message du groupe" in mine
    names = await tg.core.storage.party.children(event_id)
    assert [c.first_name for c in next(iter(names.values()))] == ["Tom", "Zoé"]


async def test_when_the_bot_may_not_delete_the_parent_is_asked_to(tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    tg.fake.fail("deleteMessage", 400, "Bad Request: message can't be deleted")
    await tg.say(tga.TOM, f"/rsvp {event_id} yes Tom, Zoé", chat=tga.GROUP)
    assert any("Zoé" in text for text in in_group(tg))  # still there: Telegram refused
    mine = private(tg, tga.TOM)
    assert "delete it yourself" in mine  # in Tom's language
    assert "retiré" not in mine


async def test_nothing_is_deleted_without_names_or_in_a_private_chat(tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    await tg.say(tga.LEA, f"/participer {event_id} oui +1", chat=tga.GROUP)
    await tg.say(tga.TOM, f"/participer {event_id} oui Zoé")
    assert tg.fake.ok_calls("deleteMessage") == []
    assert any(f"/participer {event_id} oui +1" == text for text in in_group(tg))
    assert "retiré" not in private(tg, tga.LEA) and "delete it" not in private(tg, tga.TOM)


async def test_a_desk_entry_typed_in_the_group_leaves_it_with_its_phone_note(
        tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    await tg.say(tga.ORGA, f"/inscrire {event_id} Mme Martin 2 tél. 06 12 34 56 78",
                 chat=tga.GROUP)
    assert not any("06 12" in text or "Martin" in text for text in in_group(tg))
    assert "retiré votre message du groupe" in private(tg, tga.ORGA)
