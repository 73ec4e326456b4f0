"""Session 9, an attacker's seat on the adapters, through the real python-telegram-bot code
against the fake Bot API on 127.0.0.1 and a real SQLite file: what an organiser's account
runs that the organiser never typed."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from test_telegram_adapter import GROUP, LEA, ORGA, TOKEN, new_event, start_harness

from fakes.telegram_api import (
    BOT_USERNAME,
    FakeTelegram,
    group_chat,
    message_update,
    private_chat,
)


def _forwarded(fake: FakeTelegram, organiser: dict[str, Any], author: dict[str, Any],
               text: str, chat: dict[str, Any] | None = None) -> int:
    """`organiser` forwards to the bot's private chat (or to `chat`) a message `author`
    wrote (Telegram keeps the text, its command entity included, and says whose it was)."""
    chat = chat or private_chat(organiser)
    message_id = 9000 + len(fake.messages)
    fake.typed[(chat["id"], message_id)] = text
    update = message_update(organiser, chat, text, message_id)
    update["message"]["forward_origin"] = {"type": "user", "date": int(time.time()) - 60,
                                           "sender_user": author}
    update["message"]["forward_date"] = int(time.time()) - 60
    update["message"]["forward_from"] = author
    fake.push_update(update)
    return message_id


async def test_a_command_a_member_wrote_never_runs_when_an_organiser_forwards_it(
        tmp_path: Path) -> None:
    """Léa sends Camille, an organiser, « tu peux me dire ce que ça fait ? /annuler 1 neige
    confirmer ». Camille forwards it to the bot to see. The bot ran it as Camille's own
    command: the Soirée jeux was cancelled and every family told « neige »."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            event_id = await new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 30")
            before = set(fake.messages)
            _forwarded(fake, ORGA, LEA, f"/annuler {event_id} neige confirmer")
            tg.pushed += 1
            await tg.settle()
            event = await tg.core.storage.events.get(event_id)
            assert event is not None and not event.cancelled
            said = " ".join(m.visible for k, m in fake.messages.items() if k not in before)
            assert "transféré" in said or "forwarded" in said, said
        finally:
            await tg.close()


async def test_a_forwarded_forgetme_erases_nothing(tmp_path: Path) -> None:
    """« Transfère ça au bot pour gagner une place 😉 » : « /oubliemoi confirmer ». Léa
    forwarded it; her account, her answers and her children's names were erased at once."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            event_id = await new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 30")
            await tg.say(LEA, f"/participer {event_id} oui")
            before = set(fake.messages)
            _forwarded(fake, LEA, ORGA, "/oubliemoi confirmer")
            tg.pushed += 1
            await tg.settle()
            assert await tg.core.storage.members.find("telegram", str(LEA["id"])) is not None
            said = " ".join(m.visible for k, m in fake.messages.items() if k not in before)
            assert "transféré" in said, said
        finally:
            await tg.close()


async def test_a_forwarded_question_is_still_answered(tmp_path: Path) -> None:
    """Only commands are held back: a question a friend asked, forwarded, gets its answer."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            before = set(fake.messages)
            _forwarded(fake, LEA, ORGA, "c'est où le Focus ?")
            tg.pushed += 1
            await tg.settle()
            said = " ".join(m.visible for k, m in fake.messages.items() if k not in before)
            assert "Rochebelle" in said and "transféré" not in said, said
        finally:
            await tg.close()



async def test_a_forwarded_answer_without_its_slash_changes_no_answer(tmp_path: Path) -> None:
    """Privately, « participer 1 non » without its slash is a command (a phone offers no
    slash first): forwarded by Léa (her sister's message), it gave up Léa's own seat."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            event_id = await new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 30")
            await tg.say(LEA, f"/participer {event_id} oui")
            _forwarded(fake, LEA, ORGA, f"participer {event_id} non")
            tg.pushed += 1
            await tg.settle()
            mine = await tg.say(LEA, "/mesevenements")
            assert "Soirée jeux" in " ".join(m.visible for m in mine), mine
        finally:
            await tg.close()


async def test_childrens_names_forwarded_into_the_group_still_leave_it(tmp_path: Path) -> None:
    """Held back, a forwarded command is not run; one naming children in the group is still
    taken out of it, as when it is typed there."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            event_id = await new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 30")
            await tg.say(LEA, "/start")
            sent = _forwarded(fake, LEA, ORGA,
                              f"/participer@{BOT_USERNAME} {event_id} oui Zébulon, Barnabé",
                              chat=group_chat(GROUP))
            tg.pushed += 1
            await tg.settle()
            assert (GROUP, sent) not in fake.typed  # deleted from the group
            counts = await tg.core.storage.rsvps.counts(event_id)
            assert counts.going_seats == 0
        finally:
            await tg.close()
