"""Session 8's new surfaces from an attacker's (and a careless parent's) seat: children's
names typed in a group, a door list waiting for an organiser's private chat, through the
real Telegram adapter against its fake, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_telegram_adapter import GROUP, LEA, ORGA, TOKEN, start_harness
from test_telegram_adapter import new_event as tg_new_event

from fakes.telegram_api import BOT_USERNAME, FakeTelegram, group_chat, user

NAMES = "Zébulon, Barnabé"




@pytest.mark.parametrize("line", [
    "/participer@{bot} {event} oui +5 {names}",  # more seats than the evening has
    "/participer@{bot} {event} oiu {names}",  # a typo in the answer word
    "/participer@{bot} {cancelled} oui {names}",  # the cancelled date of the two
    "/participer@{bot} {event} oui {names} 06 12 34 56 78",  # a phone number
])
async def test_childrens_names_typed_in_the_group_leave_it_even_when_the_answer_is_refused(
        tmp_path: Path, line: str) -> None:
    """A mother types her children's first names in the parents' group. Booked, her
    message is taken out of the group (the names are for the team only). Refused — too many
    seats, a typo, the cancelled date — the refusal reaches her privately, but her message
    stayed for the whole group to read, names included, until she thought of deleting it."""
    mum = user(2301, "Maëlle", "fr")
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            event_id = await tg_new_event(tg, "Atelier | 2026-12-05 14:00 | 3")
            cancelled = await tg_new_event(tg, "Atelier | 2026-12-12 14:00 | 3")
            await tg.say(ORGA, f"/annuler {cancelled} neige confirmer")
            await tg.say(mum, "/start")
            # What happens when she is booked: the names leave the group.
            fake.send_text(mum, group_chat(GROUP),
                           f"/participer@{BOT_USERNAME} {event_id} oui Lou")
            tg.pushed += 1
            await tg.settle()
            assert not any("Lou" in typed for typed in fake.typed.values())
            typed = line.format(bot=BOT_USERNAME, event=event_id, cancelled=cancelled,
                                names=NAMES)
            fake.send_text(mum, group_chat(GROUP), typed)
            tg.pushed += 1
            await tg.settle()
            told = "\n".join(m.visible for m in fake.chat(mum["id"]))
            left = [t for (chat, _), t in fake.typed.items() if chat == GROUP]
        finally:
            await tg.close()
    assert "Zébulon" not in "\n".join(m.visible for m in fake.chat(GROUP))  # the bot's own
    assert not any("Zébulon" in t for t in left), left
    assert "retiré votre message" in told, told


async def test_a_desk_entry_with_a_phone_number_refused_in_the_group_leaves_it(
        tmp_path: Path) -> None:
    """A volunteer registers a caller from the parents' group, phone number as the note,
    on the date that was just cancelled: refused privately, but the number stayed in the
    group for every parent to read (booked, it would have been taken out)."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            cancelled = await tg_new_event(tg, "Atelier | 2026-12-12 14:00 | 3")
            await tg.say(ORGA, f"/annuler {cancelled} neige confirmer")
            fake.send_text(ORGA, group_chat(GROUP), f"/inscrire@{BOT_USERNAME} {cancelled}"
                           " Mme Martin 06 12 34 56 78")
            tg.pushed += 1
            await tg.settle()
            told = "\n".join(m.visible for m in fake.chat(ORGA["id"]))
            left = [t for (chat, _), t in fake.typed.items() if chat == GROUP]
        finally:
            await tg.close()
    assert "annulé" in told, told  # the refusal, privately
    assert not any("06 12 34" in t for t in left), left


def tables_holding(database: Path, needle: str) -> list[str]:
    """The tables of the SQLite file with a row that holds `needle` anywhere."""
    with sqlite3.connect(database) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [name for name in names
                if any(needle in repr(row) for row in db.execute(f'SELECT * FROM "{name}"'))]


async def test_a_door_list_waiting_for_the_organiser_keeps_no_name_after_forgetme(
        tmp_path: Path) -> None:
    """Camille opens the door from the parents' group (/pointage 1) before ever opening the
    bot's private chat: the list waits for him, one button per name. Léa, booked, erases
    everything (/oubliemoi confirmer). Her name stayed in the database in Camille's waiting
    door list, and was handed to him on a button when he opened the chat, after she left."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            event_id = await tg_new_event(tg, "Soirée jeux | 2026-11-25 12:00 | 5")  # in 2 h
            await tg.say(LEA, "/start")
            await tg.say(LEA, f"/participer {event_id} oui +1")
            fake.not_started.add(ORGA["id"])
            await tg.say(ORGA, f"/pointage@{BOT_USERNAME} {event_id}", chat=GROUP)
            await tg.say(LEA, "/oubliemoi confirmer")
            held = tables_holding(tmp_path / "t.db", "Léa")
            fake.not_started.discard(ORGA["id"])
            given = await tg.say(ORGA, "/start")
        finally:
            await tg.close()
    door = [m for m in given if "Entrée" in m.visible]
    assert door, [m.visible for m in given]  # the list still waited for him
    assert held == [], held
    labels = [label for m in given for label in m.button_labels]
    assert not any("Léa" in label for label in labels), labels
    assert any(d.startswith("v1:door:") for m in door for d in m.button_data)  # « Actualiser »
