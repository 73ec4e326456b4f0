"""Session 7 (acct2): a member's number is not given to the next newcomer after an erasure.

SQLite numbers a new row after the highest one: the newest member, erased, left their
number to whoever came next, and what still named the erased member by number (a door-list
button on the organiser's phone, « retirer » buttons) then acted on the newcomer.
"""

from __future__ import annotations

from recording import Bot, new_event, plain


async def test_a_stale_door_button_of_an_erased_member_checks_in_nobody(bot: Bot) -> None:
    """The organiser opened the door list (« ⬜ Ana »); Ana erased herself; Zoé, new, said
    she was coming; at the door the organiser tapped « Ana »: Zoé was checked in
    (« Présent·e·s : 1 sur 1 »)."""
    event_id = await new_event(bot, "Jeux | 2026-11-25 13:30 | 10")
    await bot.say(f"/participer {event_id}", user="ana")
    door = (await bot.replies(f"/pointage {event_id}"))[-1]
    [stale] = [b.action for b in door.buttons if "Ana" in b.label]
    assert "C'est fait" in await bot.say("/oubliemoi confirmer", user="ana")
    await bot.say(f"/participer {event_id}", user="zoe")
    shown = plain(await bot.press(stale))
    assert "Présent·e·s : 1" not in shown, shown
    sheet = plain((await bot.replies(f"/pointage {event_id}"))[-1].text)
    assert "Présent·e·s : 0 sur 1" in sheet, sheet


async def test_numbers_stay_unique_across_erasures(bot: Bot) -> None:
    """Erased one after the other as soon as they came, each newcomer still gets a number
    nobody ever had."""
    seen = set()
    for user in ("ana", "bob", "cleo"):
        await bot.say("/aide", user=user)
        member = await bot.core.storage.members.find("test", user)
        assert member is not None and member.id not in seen
        seen.add(member.id)
        await bot.say("/oubliemoi confirmer", user=user)
