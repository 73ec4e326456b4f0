"""Session 11, helper fortnight11: a fortnight of Le Focus from Friday 27 November 2026 on
both real adapters (python-telegram-bot and discord.py against their fakes on 127.0.0.1),
one core, one SQLite file, an injected clock and three restarts at awkward moments.

The steps, written before they were played (what each person should see):

1. Fri 27 Nov, 11:00 Paris. Camille (Telegram) creates « Soirée jeux », Saturday 5 December
   20h, 12 seats; Orga (Discord) a weekly « Ciné-club » every Thursday 19h, 20 seats (#2 on
   3 December, #3 on 10 December). Both announce: « Publié dans 2 ».
2. Parents on Telegram: Sophie « oui avec mes 2 enfants Tom et Léa » (3 seats), Nadia « oui
   on sera 4 » (4), James the group card's button (1). Teens on Discord: Zoé the button (1),
   Liam /rsvp with 2 guests (3): 12/12. Enzo presses « Je viens »: « Liste d'attente :
   position 1 ». Both cards: « complet » with 1 on the waitlist, the same words.
3. Camille's /message to the night's five families. The process dies after two of them went
   (a kill: the database as it was at that instant). Restart 1: the first tick sends the
   three others; each of the five reads it exactly once.
4. Nadia answers the message « il y aura à manger ? »: the question reaches Camille. Restart 2
   with the question waiting (not answered yet). Camille taps « Répondre à Nadia » on the
   question she received before the restart, types « Oui, des crêpes ! »: « Réponse envoyée
   à Nadia », and Nadia reads it.
5. Sat 28: Liam gives up on Discord (his 3 seats): Enzo is promoted and told privately, once;
   cards: 10/12, 2 free, no waitlist.
6. Thu 3 Dec, 15:00: Camille moves the night to 19h. Sophie, Nadia, James, Zoé, Enzo: one
   notice each, saying 19h. Restart 3 right after, before the day-before reminder. The
   reminders (24 h and 2 h before) each reach each of them once, at 19h, none at 20h.
7. The Ciné-club: Orga cancels the 10 December date on Discord: Zoé (booked) told once; the
   card says ANNULÉ; no reminder for #3; #2's reminders go out (to Sophie and Zoé).
8. Sat 5 Dec, 18:45 Paris: the door: Sophie's family in, a walk-in. /bilan decembre on both.
9. Nadia erases herself (/oubliemoi) the next week: the /bilan figures stay the same.

Played: the nine steps held on the current code (one fan-out cut by a kill sent the rest
once each, the question kept across a restart, the move notice and both reminders at 19h,
cards equal on both platforms). Then the awkward moments around them, 9 probes: 4 wrong on
the current code, each pinned by a strict xfail on /tmp/team/fortnight11-proposals.diff
(bot/core.py, commands/reminders/jobs.py, storage/reminders.py, storage/models.py: files
fortnight11 does not own):
- a kill before the promotion notice: Enzo never told he is in (until the reminder);
- Telegram failing (502) on Karim's promotion: never told either, no retry;
- /message cut by a kill: the two families it reached before see their typed question
  answered by the FAQ (« C'est pour qui ? »), never reaching Camille;
- back from a downtime at 16:00 for a 19h screening: « Rappel … aujourd'hui à 19h » twice
  in an hour (the late day-before one, then the two-hour one).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scheduler_helpers import Killed
from test_discord_adapter import seats_of
from test_s6_cross_week import (
    CAMILLE,
    ENZO,
    GROUP,
    JAMES,
    LIAM,
    MEMBERS,
    NADIA,
    ORGA_DC,
    SOPHIE,
    TOKEN,
    ZOE,
    Week,
    launch,
    reminders,
    stop,
)
from test_s7_cross_fortnight import press_dc
from test_scheduler_crash import copy_as_killed

from bot.messages import Reply
from bot.scheduler import Scheduler
from fakes.discord_api import FakeDiscord
from fakes.telegram_api import FakeTelegram, Stored, group_chat, private_chat, user
from recording import Clock, plain
from storage import Recipient

START = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)  # Friday, 11:00 in Paris
GAMES, FILM1, FILM2 = 1, 2, 3


@asynccontextmanager
async def platforms() -> AsyncIterator[tuple[FakeTelegram, FakeDiscord]]:
    async with FakeTelegram(TOKEN) as tg, FakeDiscord(members=MEMBERS) as dc:
        yield tg, dc


def flat(text: str) -> str:
    return plain(text).replace("\xa0", " ").replace("\u202f", " ")


async def tick(w: Week, scheduler: Scheduler) -> None:
    await scheduler.tick(w.clock.current)
    await w.settle()


async def restart(w: Week, db_path: Path) -> tuple[Week, Scheduler]:
    await stop(w)
    w = await launch(w.tg.fake, w.dc.fake, db_path, w.clock)
    scheduler = Scheduler(w.core)
    await tick(w, scheduler)
    return w, scheduler


def dms(w: Week, who: int) -> list[dict[str, Any]]:
    return [m for m in w.dc.fake.messages.values()
            if w.dc.fake.dm_channels.get(int(m["channel_id"])) == who]


def dm_text(m: dict[str, Any]) -> str:
    return flat(m["content"] + " ".join(str(e.get("description") or "")
                                        for e in m.get("embeds") or []))


def dc_read(w: Week, who: int) -> list[str]:
    return [dm_text(m) for m in dms(w, who)]


def tg_read(w: Week, who: dict[str, Any]) -> list[str]:
    return [flat(x) for x in w.tg_private(who)]


def count(texts: list[str], *words: str) -> int:
    return len([x for x in texts if all(word in flat(x) for word in words)])


def tg_card(w: Week, event_id: int) -> Stored:
    return [m for m in w.tg.fake.chat(GROUP)
            if any(d.startswith(f"v1:rsvp:{event_id}:") for d in m.button_data)
            or m.visible.startswith(f"#{event_id} ·")][-1]


def seat_lines(w: Week, event_id: int) -> tuple[str, str]:
    tg_line = next(line for line in tg_card(w, event_id).visible.splitlines() if "👥" in line)
    return flat(tg_line.replace("👥", "")).strip(), flat(seats_of(w.dc_card(event_id))).strip()


def agree(w: Week, event_id: int, wanted: str) -> None:
    tg_line, dc_line = seat_lines(w, event_id)
    assert tg_line == dc_line and wanted in tg_line, (tg_line, dc_line)


def tap(message: Stored, name: str) -> str:
    return next(d for d, label in zip(message.button_data, message.button_labels, strict=True)
                if name in label)


async def tg_press(w: Week, who: dict[str, Any], message: Stored, data: str) -> str:
    toast = await w.tg.press(who, message, data)
    await w.settle()
    return flat(str(toast))


async def tg_reply(w: Week, who: dict[str, Any], text: str, to: Stored) -> str:
    before = set(w.tg.fake.messages)
    chat = group_chat(to.chat_id) if to.chat_id < 0 else private_chat(who)
    w.tg.fake.reply_text(who, chat, text, to)
    w.tg.pushed += 1
    await w.settle()
    return flat("\n".join(m.visible for k, m in sorted(w.tg.fake.messages.items())
                          if k not in before))


def door(w: Week) -> Stored:
    return [m for m in w.tg.fake.chat(CAMILLE["id"]) if "Entrée" in m.visible][-1]


# -- the steps -------------------------------------------------------------------------------


async def step_1_created_and_announced(w: Week) -> None:
    said = flat(await w.tg_say(CAMILLE, "/creer Soirée jeux | sam 5/12 20h | 12 | jeux"))
    assert "#1" in said and "samedi 5 décembre 2026 à 20h" in said, said
    said = flat(await w.dc_slash("newseries", {"title": "Ciné-club", "rule": "jeudi 19h",
                                               "capacity": 20, "kind": "projection"},
                                 user=ORGA_DC))
    assert "#2 jeudi 3 décembre à 19h" in said and "#3 jeudi 10 décembre à 19h" in said, said
    for event_id in (GAMES, FILM1, FILM2):
        assert "Publié dans 2" in await w.tg_say(CAMILLE, f"/annoncer {event_id}")
    agree(w, GAMES, "0/12 places prises, 12 libres")
    agree(w, FILM1, "0/20 places prises, 20 libres")


async def step_2_bookings(w: Week) -> None:
    said = flat(await w.tg_say(SOPHIE, "/participer 1 oui avec mes 2 enfants Tom et Léa"))
    assert "pour 3 places" in said, said
    said = flat(await w.tg_say(NADIA, "/participer 1 oui on sera 4"))
    assert "pour 4 places" in said, said
    assert "Going: 1 seat" in await tg_press(w, JAMES, tg_card(w, GAMES), "v1:rsvp:1:going")
    assert "Inscrit·e : 1 place" in await press_dc(w, GAMES, "going", ZOE)
    said = flat(await w.dc_slash("rsvp", {"event": GAMES, "guests": 2}, user=LIAM))
    assert "pour 3 places" in said, said
    said = flat(await press_dc(w, GAMES, "going", ENZO))
    assert "Liste d'attente : position 1" in said, said
    agree(w, GAMES, "1 en liste d'attente")
    assert "12/12" in seat_lines(w, GAMES)[0].replace(" ", "") or "complet" in seat_lines(
        w, GAMES)[0], seat_lines(w, GAMES)
    # The screening: Sophie with Tom, Zoé on both dates.
    assert "pour 2 places" in flat(await w.tg_say(SOPHIE, "/participer 2 oui Tom"))
    await press_dc(w, FILM1, "going", ZOE)
    await press_dc(w, FILM2, "going", ZOE)
    agree(w, FILM1, "3/20 places prises, 17 libres")
    agree(w, FILM2, "1/20 places prises, 19 libres")


def kill_after(w: Week, sent: int, folder: Path) -> list[Path]:
    """The process dies when it is about to send its `sent + 1`-th private message: the
    database as the OS holds it then is what the next process opens. As the adapters' pacing
    does, one message goes at a time, and the marks of those sent have landed (as in
    `test_s9_outbox.kill_at`)."""
    killed: list[Path] = []
    real = w.core.send_private
    done = [0]
    one_at_a_time = asyncio.Lock()

    async def send_or_die(who: Recipient, reply: Reply, about: int | None = None) -> bool:
        async with one_at_a_time:
            await w.core.storage.db.write_one("SELECT 1")  # earlier marks have landed
            if killed:
                raise Killed
            if done[0] == sent:
                killed.append(copy_as_killed(w.core.storage.path, folder))
                raise Killed
            done[0] += 1
            return await real(who, reply, about)

    w.core.send_private = send_or_die  # type: ignore[method-assign]
    return killed


async def dead(w: Week) -> None:
    """What is left of a killed process: its adapters stop; nothing it does reaches the
    database the next one opens (a copy)."""
    for adapter in (w.dc.adapter, w.tg.adapter):
        try:
            await adapter.stop()
        except BaseException:  # noqa: BLE001 - it is dead
            pass
    for task in list(getattr(w.core, "_tasks", ()) or ()):
        task.cancel()
    try:
        await w.core.storage.close()
    except BaseException:  # noqa: BLE001
        pass


MESSAGE = "Apportez vos jeux préférés !"
FAMILIES_TG = (SOPHIE, NADIA, JAMES)
FAMILIES_DC = (ZOE, LIAM)


def told_of_message(w: Week) -> list[int]:
    return ([count(tg_read(w, who), "jeux préférés") for who in FAMILIES_TG]
            + [count(dc_read(w, who), "jeux préférés") for who in FAMILIES_DC])


async def step_3_message_killed_mid_fan_out(w: Week, tmp_path: Path) -> tuple[Week, Scheduler]:
    w.clock.current = START + timedelta(hours=6)
    killed = kill_after(w, 2, tmp_path / "killed")
    try:
        await w.tg.say(CAMILLE, f"/message 1 {MESSAGE}")
        for _ in range(50):
            if killed:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)
    except Killed:
        pass
    assert killed, "the fan-out never reached its third message"
    assert sum(told_of_message(w)) == 2, told_of_message(w)
    await dead(w)
    w = await launch(w.tg.fake, w.dc.fake, killed[0], w.clock)
    scheduler = Scheduler(w.core)
    await tick(w, scheduler)
    assert told_of_message(w) == [1, 1, 1, 1, 1], told_of_message(w)
    return w, scheduler


async def test_a_fortnight_from_27_november_with_three_awkward_restarts(
        tmp_path: Path) -> None:
    async with platforms() as (tg, dc):
        db_path = tmp_path / "focus.db"
        w = await launch(tg, dc, db_path, Clock(START))
        try:
            await step_1_created_and_announced(w)
            await step_2_bookings(w)
            w, scheduler = await step_3_message_killed_mid_fan_out(w, tmp_path)
            db_path = w.core.storage.path
            agree(w, GAMES, "1 en liste d'attente")

            # 4. A question waiting across restart 2.
            notice = [m for m in tg.chat(NADIA["id"]) if "jeux préférés" in m.visible][-1]
            said = await tg_reply(w, NADIA, "il y aura à manger ?", notice)
            assert "Question transmise à l'équipe du Focus" in said, said
            asked = tg.chat(CAMILLE["id"])[-1]
            assert "Question de Nadia" in flat(asked.visible), asked.visible
            w.clock.current += timedelta(hours=2)
            w, scheduler = await restart(w, db_path)
            hint = await tg_press(w, CAMILLE, asked, tap(asked, "Répondre à Nadia"))
            assert "Écrivez maintenant votre réponse à Nadia" in hint, hint
            said = flat(await w.tg_say(CAMILLE, "Oui, des crêpes !"))
            assert "Réponse envoyée à Nadia" in said, said
            assert count(tg_read(w, NADIA), "Réponse de l'équipe du Focus", "crêpes") == 1

            # 5. Saturday 28: Liam gives up; Enzo promoted, told once.
            w.clock.current = START + timedelta(days=1)
            await tick(w, scheduler)
            await press_dc(w, GAMES, "no", LIAM)
            agree(w, GAMES, "10/12 places prises, 2 libres")
            enzo = dc_read(w, ENZO)
            assert count(enzo, "Soirée jeux", "place") >= 1, enzo
            promoted = [x for x in enzo if "libéré" in x or "Bonne nouvelle" in x]
            assert len(promoted) == 1, enzo

            # Wednesday 2 December, 19:10 Paris: the screening's day-before reminder.
            w.clock.current = datetime(2026, 12, 2, 18, 10, tzinfo=UTC)
            await tick(w, scheduler)
            assert count(reminders(tg_read(w, SOPHIE)), "Ciné-club", "demain à 19h") == 1

            # 6. Thursday 3 December, 16:00 Paris: the night moves to 19h; restart 3 at once.
            w.clock.current = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
            await tick(w, scheduler)
            said = flat(await w.tg_say(CAMILLE, "/modifier 1 heure 19h"))
            assert "samedi 5 décembre 2026 à 19h" in said and "5 personnes prévenues" in said, \
                said
            w, scheduler = await restart(w, db_path)
            for texts in [tg_read(w, who) for who in FAMILIES_TG] + [dc_read(w, ZOE),
                                                                        dc_read(w, ENZO)]:
                moved = [x for x in texts if "#1" in x and ("Changement" in x or "Change" in x)]
                assert len(moved) == 1 and ("19h" in moved[0] or "19:00" in moved[0]), texts
            agree(w, GAMES, "10/12 places prises, 2 libres")
            assert "19h" in tg_card(w, GAMES).visible

            # 7. The Ciné-club's 10 December is cancelled on Discord.
            said = flat(await w.dc_slash("cancelevent", {"event": FILM2, "text":
                                                         "salle prise confirmer"},
                                         user=ORGA_DC))
            assert "1 personne prévenue" in said, said
            assert count(dc_read(w, ZOE), "(#3)", "est annulé") == 1, dc_read(w, ZOE)
            assert "ANNULÉ" in tg_card(w, FILM2).visible

            # Reminders: the screening on Thursday, the night on Saturday.
            film = await w.core.storage.events.get(FILM1)
            games = await w.core.storage.events.get(GAMES)
            assert film is not None and games is not None
            for moment in (film.starts_at - timedelta(hours=1, minutes=50),
                           film.starts_at + timedelta(hours=20),
                           games.starts_at - timedelta(hours=23, minutes=50),
                           games.starts_at - timedelta(hours=1, minutes=50)):
                w.clock.current = moment
                await tick(w, scheduler)
            for who in FAMILIES_TG:
                night = [x for x in reminders(tg_read(w, who)) if "Soirée jeux" in x]
                assert len(night) == 2 and all("19h" in x or "19:00" in x for x in night), \
                    (who["first_name"], night)
                assert not [x for x in night if "20h" in x or "20:00" in x], night
            for who in (ZOE, ENZO):
                night = [x for x in reminders(dc_read(w, who)) if "Soirée jeux" in x]
                assert len(night) == 2 and all("19h" in x for x in night), (who, night)
            assert not [x for x in reminders(dc_read(w, LIAM)) if "Soirée jeux" in x]
            assert not [x for x in reminders(dc_read(w, ZOE)) if "(#3)" in x]
            assert count(reminders(tg_read(w, SOPHIE)), "Ciné-club") == 2
            assert count(reminders(dc_read(w, ZOE)), "Ciné-club") == 2

            # 8. The door at 18:45 Paris: Sophie's family and a walk-in; /bilan on both.
            w.clock.current = games.starts_at - timedelta(minutes=15)
            said = flat(await w.tg_say(CAMILLE, "/pointage"))
            assert "Entrée — « Soirée jeux » (#1)" in said, said
            await tg_press(w, CAMILLE, door(w), tap(door(w), "Sophie"))
            await tg_press(w, CAMILLE, door(w), tap(door(w), "➕"))
            assert "Présent·e·s : 3 sur 10 places réservées · sans inscription : 1" in flat(
                door(w).visible), door(w).visible
            agree(w, GAMES, "11/12 places prises, 1 libre")
            w.clock.current = games.starts_at + timedelta(hours=16)
            await tick(w, scheduler)
            report = flat(await w.tg_say(CAMILLE, "/bilan décembre 2026"))
            assert report == flat(await w.dc_slash("report", {"period": "décembre 2026"},
                                                   user=ORGA_DC)), report

            # 9. Nadia erases herself: the figures stay.
            await w.tg_say(NADIA, "/oubliemoi")
            question = [m for m in tg.chat(NADIA["id"]) if "tout effacer" in m.visible][-1]
            await tg_press(w, NADIA, question, tap(question, "Oui, tout effacer"))
            assert "C'est fait" in flat(tg.chat(NADIA["id"])[-1].visible)
            assert flat(await w.tg_say(CAMILLE, "/bilan décembre 2026")) == report
            listed = flat(await w.tg_say(CAMILLE, "/participants 1"))
            assert "Nadia" not in listed, listed
            assert re.search(r"\d+/12 places", listed), listed
        finally:
            await stop(w)


async def test_a_late_day_before_reminder_is_not_followed_by_another_an_hour_later(
        tmp_path: Path) -> None:
    """The bot was down from Wednesday noon (a power cut at the host's) and starts again on
    Thursday 3 December at 16:00 Paris. Sophie and Zoé are booked for the Ciné-club at 19h.
    They get the missed day-before reminder at once: « Rappel : « Ciné-club » (#2),
    aujourd'hui à 19h ». At 17:00 the two-hour reminder says the very same words again: two
    identical reminders in an hour. One is enough; the evening's other event (none here)
    and a reminder hours apart are untouched (the fortnight above gets both)."""
    async with platforms() as (tg, dc):
        db_path = tmp_path / "focus.db"
        w = await launch(tg, dc, db_path, Clock(START))
        try:
            await booked_full(w)
            w.clock.current = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)
            w, scheduler = await restart(w, db_path)
            w.clock.current = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)  # back, 16:00 Paris
            w, scheduler = await restart(w, db_path)
            sophie = [x for x in reminders(tg_read(w, SOPHIE)) if "Ciné-club" in x]
            assert len(sophie) == 1 and "aujourd'hui à 19h" in sophie[0], sophie
            for minutes in range(0, 130, 10):  # every ten minutes until the screening
                w.clock.current = datetime(2026, 12, 3, 15, 5, tzinfo=UTC) + timedelta(
                    minutes=minutes)
                await tick(w, scheduler)
            sophie = [x for x in reminders(tg_read(w, SOPHIE)) if "Ciné-club" in x]
            zoe = [x for x in reminders(dc_read(w, ZOE)) if "Ciné-club" in x]
            assert len(sophie) == 1, sophie
            assert len(zoe) == 1, zoe
        finally:
            await stop(w)


async def test_a_day_before_reminder_sent_that_morning_still_gets_the_two_hour_one(
        tmp_path: Path) -> None:
    """The same power cut, but the bot is back on Thursday at 9:00 Paris: the late reminder
    goes in the morning, and the two-hour one at 17:00 still reminds them (eight hours
    apart: the evening's own reminder is not noise)."""
    async with platforms() as (tg, dc):
        db_path = tmp_path / "focus.db"
        w = await launch(tg, dc, db_path, Clock(START))
        try:
            await booked_full(w)
            w.clock.current = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
            w, scheduler = await restart(w, db_path)
            w.clock.current = datetime(2026, 12, 3, 16, 5, tzinfo=UTC)
            await tick(w, scheduler)
            sophie = [x for x in reminders(tg_read(w, SOPHIE)) if "Ciné-club" in x]
            assert len(sophie) == 2 and all("aujourd'hui à 19h" in x for x in sophie), sophie
        finally:
            await stop(w)


async def test_a_kill_during_the_day_before_reminders_reminds_each_family_once(
        tmp_path: Path) -> None:
    """Friday 4 December, 20:10 Paris: the night's day-before reminders go to Sophie, Nadia,
    James (Telegram), Zoé and Liam (Discord); the process dies after three. After the
    restart each of the five has exactly one « Rappel » for the night, at 20h."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, tmp_path / "focus.db", Clock(START))
        try:
            await booked_full(w)
            scheduler = Scheduler(w.core)
            w.clock.current = datetime(2026, 12, 4, 19, 10, tzinfo=UTC)
            killed = kill_after(w, 3, tmp_path / "killed")
            try:
                await scheduler.tick(w.clock.current)
            except (Killed, BaseExceptionGroup):
                pass
            w, scheduler = await killed_then_started(w, killed)
            got = [len([x for x in reminders(tg_read(w, who)) if "Soirée jeux" in x])
                   for who in FAMILIES_TG] + [
                len([x for x in reminders(dc_read(w, who)) if "Soirée jeux" in x])
                for who in FAMILIES_DC]
            assert got == [1, 1, 1, 1, 1], got
            assert all("demain à 20h" in x for x in reminders(tg_read(w, SOPHIE)))
        finally:
            await stop(w)


async def test_a_move_notice_left_by_a_kill_and_moved_again_says_only_the_last_hour(
        tmp_path: Path) -> None:
    """Thursday 3 December: Camille moves the night to 19h; the process dies after two of the
    five notices. Back up, before the first tick, she moves it again to 18h30 (the room is
    free earlier). Nobody may read a 19h notice after the 18h30 one, and each of the five
    reads 18h30 once."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, tmp_path / "focus.db", Clock(START))
        try:
            await booked_full(w)
            w.clock.current = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
            killed = kill_after(w, 2, tmp_path / "killed")
            try:
                await w.tg.say(CAMILLE, "/modifier 1 heure 19h")
                for _ in range(100):
                    if killed:
                        break
                    await asyncio.sleep(0.02)
            except Killed:
                pass
            assert killed
            await dead(w)
            w = await launch(w.tg.fake, w.dc.fake, killed[0], w.clock)
            said = flat(await w.tg_say(CAMILLE, "/modifier 1 heure 18h30"))
            assert "18h30" in said, said
            scheduler = Scheduler(w.core)
            await tick(w, scheduler)
            for texts in [tg_read(w, who) for who in FAMILIES_TG] + [
                    dc_read(w, who) for who in FAMILIES_DC]:
                moved = [x for x in texts if "#1" in x and ("Changement" in x or "Change" in x)]
                assert moved and ("18h30" in moved[-1] or "18:30" in moved[-1]), moved
                assert len([x for x in moved if "18h30" in x.split("(")[0]
                            or "18:30" in x.split("(")[0]]) <= 1, moved
        finally:
            await stop(w)


async def test_every_copy_of_the_card_says_the_same_after_a_restart_and_a_move(
        tmp_path: Path) -> None:
    """Sophie keeps the night's card in her private chat (/evenement 1) and Zoé asks for it
    in a DM on Discord. After a restart, Liam gives up (Enzo promoted) and Camille moves the
    night to 19h: the group's card, the channel's, Sophie's copy and Zoé's all read 10/12
    at 19h."""
    async with platforms() as (tg, dc):
        db_path = tmp_path / "focus.db"
        w = await launch(tg, dc, db_path, Clock(START))
        try:
            await booked_full(w)
            await w.tg_say(SOPHIE, "/evenement 1")
            copy = [m for m in tg.chat(SOPHIE["id"]) if "👥" in m.visible][-1]
            w.clock.current += timedelta(hours=3)
            w, scheduler = await restart(w, db_path)
            await press_dc(w, GAMES, "no", LIAM)
            await w.tg_say(CAMILLE, "/modifier 1 heure 19h")
            agree(w, GAMES, "10/12 places prises, 2 libres")
            mine = flat(tg.messages[(copy.chat_id, copy.message_id)].visible)
            assert "10/12 places prises, 2 libres" in mine and "19h" in mine, mine
        finally:
            await stop(w)


async def test_a_question_after_a_message_cut_by_a_kill_reaches_the_team_for_everyone(
        tmp_path: Path) -> None:
    """Camille's /message went to Sophie and Nadia, then the process died; the restart sent
    it to the others. Twenty minutes later Sophie, Nadia and James each type (not as a
    reply) « est-ce qu'on peut venir avec un copain ? ». James's question reached Camille;
    Sophie and Nadia read the FAQ's « C'est pour qui ? Pour tout le monde… » and Camille
    never saw theirs: which event they were told of was noted only once the whole fan-out
    was over, and the kill came first."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, tmp_path / "focus.db", Clock(START))
        try:
            await booked_full(w)
            w, scheduler = await step_3_message_killed_mid_fan_out(w, tmp_path)
            w.clock.current += timedelta(minutes=20)
            for who in (JAMES, SOPHIE, NADIA):
                said = flat(await w.tg_say(who, "est-ce qu'on peut venir avec un copain ?"))
                assert "Question" in said and "C'est pour qui" not in said, (who, said)
            asked = [m.visible for m in tg.chat(CAMILLE["id"]) if "avec un copain" in m.visible]
            assert len(asked) == 3, asked
        finally:
            await stop(w)


KARIM = user(2004, "Karim", "fr")


async def test_a_promotion_the_platform_failed_is_told_at_the_next_ticks(
        tmp_path: Path) -> None:
    """Karim (Telegram) is second on the waitlist. Liam gives his 3 seats back on Discord:
    Enzo and Karim are in. Telegram answers « 502 Bad Gateway » while Karim's message goes
    out: he was never told (the next reminder is a week away); he must read « Bonne
    nouvelle » once the platform is back, at the next ticks."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, tmp_path / "focus.db", Clock(START))
        try:
            await booked_full(w)
            said = flat(await w.tg_say(KARIM, "/participer 1 oui"))
            assert "position 2" in said, said
            scheduler = Scheduler(w.core)
            w.clock.current = START + timedelta(days=1)
            tg.fail("sendMessage", 502, "Bad Gateway", chat_id=KARIM["id"], times=10)
            await press_dc(w, GAMES, "no", LIAM)
            agree(w, GAMES, "11/12 places prises, 1 libre")
            for minutes in (1, 3, 6, 12):
                w.clock.current = START + timedelta(days=1, minutes=minutes)
                await tick(w, scheduler)
            assert [x for x in dc_read(w, ENZO) if "Bonne nouvelle" in x]
            karim = [x for x in tg_read(w, KARIM) if "Bonne nouvelle" in x]
            assert len(karim) == 1, tg_read(w, KARIM)
        finally:
            await stop(w)


pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


# -- kills at the moments nobody watches -----------------------------------------------------


async def booked_full(w: Week) -> None:
    """The night (12 seats) full on both platforms, Enzo first on the waitlist."""
    await step_1_created_and_announced(w)
    await step_2_bookings(w)


async def killed_then_started(w: Week, killed: list[Path]) -> tuple[Week, Scheduler]:
    assert killed, "the process never reached the send it was to die at"
    await dead(w)
    w = await launch(w.tg.fake, w.dc.fake, killed[0], w.clock)
    scheduler = Scheduler(w.core)
    await tick(w, scheduler)
    return w, scheduler


async def test_a_kill_before_the_promotion_notice_still_tells_the_promoted_teen(
        tmp_path: Path) -> None:
    """Saturday 28, Liam gives his 3 seats back with the card's button; Enzo, first on the
    waitlist, now holds a seat. The process dies before Enzo's private message goes. After
    the restart, Enzo must read once that he is in (else he stays home: « a promoted parent
    not told »)."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, tmp_path / "focus.db", Clock(START))
        try:
            await booked_full(w)
            w.clock.current = START + timedelta(days=1)
            killed = kill_after(w, 0, tmp_path / "killed")
            try:
                await w.dc.press(int(w.dc_card(GAMES)["id"]), "v1:rsvp:1:no", user=LIAM)
                for _ in range(50):
                    if killed:
                        break
                    await asyncio.sleep(0.02)
            except Killed:
                pass
            w, scheduler = await killed_then_started(w, killed)
            w.clock.current += timedelta(minutes=5)
            await tick(w, scheduler)
            agree(w, GAMES, "10/12 places prises, 2 libres")
            promoted = [x for x in dc_read(w, ENZO) if "Bonne nouvelle" in x]
            assert len(promoted) == 1, dc_read(w, ENZO)
        finally:
            await stop(w)


async def test_a_kill_while_the_question_goes_to_the_team_loses_no_question(
        tmp_path: Path) -> None:
    """Nadia answers Camille's /message with a question; she reads « Question transmise à
    l'équipe du Focus ». The process dies before Camille's copy went. After the restart,
    Camille must read the question (once), with its « Répondre à Nadia » button."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, tmp_path / "focus.db", Clock(START))
        try:
            await booked_full(w)
            await w.tg_say(CAMILLE, f"/message 1 {MESSAGE}")
            notice = [m for m in tg.chat(NADIA["id"]) if "jeux préférés" in m.visible][-1]
            killed = kill_after(w, 0, tmp_path / "killed")
            try:
                chat = private_chat(NADIA)
                w.tg.fake.reply_text(NADIA, chat, "il y aura à manger ?", notice)
                w.tg.pushed += 1
                for _ in range(100):
                    if killed:
                        break
                    await asyncio.sleep(0.02)
            except Killed:
                pass
            told = [m.visible for m in tg.chat(NADIA["id"])]
            w, scheduler = await killed_then_started(w, killed)
            w.clock.current += timedelta(minutes=5)
            await tick(w, scheduler)
            asked = [m for m in tg.chat(CAMILLE["id"]) if "à manger" in m.visible]
            assert len(asked) == 1, [m.visible for m in tg.chat(CAMILLE["id"])][-3:]
            assert any("Répondre à Nadia" in label for label in asked[0].button_labels)
            assert told  # what Nadia had read before the kill
        finally:
            await stop(w)
