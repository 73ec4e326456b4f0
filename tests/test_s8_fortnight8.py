"""Session 8, helper fortnight8: a fortnight at Le Focus as it really goes, on both real
adapters (python-telegram-bot and discord.py against their fakes on 127.0.0.1), one core,
one SQLite file, an injected clock, the bot restarted three times (a new core and new adapters on
the same file). Camille announces a board-game night (12 seats) and a screening on both
platforms and runs a weekly drawing workshop; parents book on Telegram (Nadia never opened
the private chat, Karim blocked the bot), teens on Discord (Noé's DMs are closed). At each
step: what each person reads on their own platform, the counts of every posted copy, nobody
told twice or told something false, everyone in their own language."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

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
from test_s6_cross_week import week as week  # the fixture: both adapters, one core
from test_s7_cross_fortnight import agree, press_dc

from bot.scheduler import Scheduler
from fakes.discord_api import CHANNEL_ID, FakeDiscord, Member
from fakes.telegram_api import FakeTelegram, Stored, user
from recording import NOW, Clock

GAMES, SCREENING, WORKSHOP_DEC2 = 1, 2, 4
KARIM = user(2004, "Karim", "fr")  # a parent who blocked the bot
NOE = 3006  # a teen whose Discord DMs are closed


@asynccontextmanager
async def platforms() -> AsyncIterator[tuple[FakeTelegram, FakeDiscord]]:
    async with FakeTelegram(TOKEN) as tg, FakeDiscord(
            members=[*MEMBERS, Member(NOE, "Noé")]) as dc:
        yield tg, dc


async def restart(w: Week, tg: FakeTelegram, dc: FakeDiscord, db_path: Path) -> Week:
    """The bot stops and starts again on the same file; the platforms kept everything."""
    await stop(w)
    return await launch(tg, dc, db_path, w.clock)


async def tick(w: Week, scheduler: Scheduler) -> None:
    await scheduler.tick(w.clock.current)
    await w.settle()


def flat(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def dc_dms(w: Week, who: int) -> list[dict[str, Any]]:
    return [m for m in w.dc.fake.messages.values()
            if w.dc.fake.dm_channels.get(int(m["channel_id"])) == who]


def door(w: Week) -> Stored:
    return [m for m in w.tg.fake.chat(CAMILLE["id"]) if "Entrée" in m.visible][-1]


def tap(message: Stored, name: str) -> str:
    return next(d for d, label in zip(message.button_data, message.button_labels, strict=True)
                if name in label)


def told(texts: list[str], *words: str) -> list[str]:
    return [x for x in texts if all(word in x for word in words)]


async def first_week(w: Week, tg: FakeTelegram, dc: FakeDiscord) -> None:
    """Wednesday 25 November, 11:00: both events announced, the games night fills up."""
    await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 20h | 12 | jeux")
    await w.tg_say(CAMILLE, "/creer Ciné-club : Ponyo | sam 5/12 15h | 20 | projection")
    assert "Publié dans 2" in await w.tg_say(CAMILLE, f"/annoncer {GAMES}")
    assert "Publié dans 2" in await w.tg_say(CAMILLE, f"/annoncer {SCREENING}")
    said = await w.tg_say(CAMILLE, "/nouvelleserie Atelier dessin | tous les mercredis 14h"
                                   " | | 8 | atelier")
    assert f"#{WORKSHOP_DEC2} mercredi 2 décembre" in said, said
    agree(w, GAMES, "0/12 places prises, 12 libres")
    # Parents on Telegram: Sophie taps the group's card, then names her two children.
    tg.not_started.add(NADIA["id"])
    tg.blocked.add(KARIM["id"])
    await w.tg.press(SOPHIE, w.tg_card(GAMES), f"v1:rsvp:{GAMES}:going")
    await w.settle()
    assert "pour 3 places" in await w.tg_say(SOPHIE, f"/participer {GAMES} oui Tom, Léa")
    await w.tg_say(SOPHIE, f"/participer {SCREENING} oui Tom")
    await w.tg_say(SOPHIE, f"/evenement {GAMES}")  # a copy of the card in her chat
    # Nadia types her daughter's name in the group: not readable there, the answer waits.
    said = await w.tg_say(NADIA, f"/participer {GAMES} oui Inès", group=True)
    assert "ma réponse vous attend" in flat(said), said
    await w.tg.press(KARIM, w.tg_card(GAMES), f"v1:rsvp:{GAMES}:going")
    await w.settle()
    assert "2 seats" in await w.tg_say(JAMES, f"/rsvp {GAMES} going +1")
    await w.tg_say(JAMES, f"/rsvp {SCREENING} going")
    # Teens on Discord.
    assert "pour 2 places" in await w.dc_slash("rsvp", {"event": GAMES, "guests": 1}, user=ZOE)
    assert "Going: 1 seat" in await press_dc(w, GAMES, "going", LIAM, "en-US")
    await press_dc(w, SCREENING, "going", LIAM, "en-US")
    said = await w.tg_say(CAMILLE, f"/inscrire {GAMES} Mme Martin 1 tél.")
    assert "complet : 12/12" in flat(said), said
    assert "Waitlist: position 1" in await press_dc(w, GAMES, "going", ENZO, "en-GB")
    dc.dm_closed.add(NOE)
    assert "Liste d'attente : position 2" in flat(await press_dc(w, GAMES, "going", NOE))
    await w.dc_slash("rsvp", {"event": SCREENING, "answer": "going"}, user=NOE)
    await w.dc_slash("rsvp", {"event": WORKSHOP_DEC2, "answer": "going"}, user=ZOE)
    agree(w, GAMES, "12/12 places prises, 0 libre · 2 en liste d'attente")
    agree(w, SCREENING, "5/20 places prises, 15 libres")
    # Nothing a member said privately is in the group or the channel for all to read.
    group = "\n".join(m.visible for m in tg.chat(GROUP))
    assert "Inès" not in group and "Tom" not in group, group
    channel = [m for m in dc.messages.values() if int(m["channel_id"]) == CHANNEL_ID]
    assert all(m["embeds"] or int(m.get("flags") or 0) & 64 for m in channel), channel


async def test_a_fortnight_at_le_focus_on_both_platforms_across_three_restarts(
        db_path: Path) -> None:
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, db_path, Clock(NOW))
        try:
            await first_week(w, tg, dc)
            # Restart 1, that evening. Nadia opens the private chat: her answer was kept.
            w.clock.current += timedelta(hours=6)
            w = await restart(w, tg, dc, db_path)
            scheduler = Scheduler(w.core)
            await tick(w, scheduler)
            tg.not_started.discard(NADIA["id"])
            said = flat(await w.tg_say(NADIA, "/start start"))
            assert "Enfants notés : Inès" in said, said
            # The cards posted before the restart still answer.
            assert "Noted: not going" in await press_dc(w, SCREENING, "no", LIAM, "en-US")
            await press_dc(w, SCREENING, "going", LIAM, "en-US")
            agree(w, SCREENING, "5/20 places prises, 15 libres")

            # Friday 27: the screening moves to 16h, the night loses a seat, a workshop goes.
            w.clock.current += timedelta(days=2)
            await tick(w, scheduler)
            said = flat(await w.tg_say(CAMILLE, f"/modifier {SCREENING} heure 16h"))
            assert "3 personnes prévenues" in said and "Pas prévenu·e·s : Noé" in said, said
            said = flat(await w.tg_say(CAMILLE, f"/modifier {GAMES} places 11"))
            assert "Personne n'est désinscrit" in said, said
            said = await w.tg_say(CAMILLE, f"/annuler {WORKSHOP_DEC2} animatrice malade confirmer")
            assert "1 personne prévenue" in said, said
            agree(w, GAMES, "complet : 12 places prises pour 11 · 2 en liste d'attente")
            assert "16h" in w.tg_card(SCREENING).visible
            for texts in (w.tg_private(SOPHIE), w.tg_private(JAMES), w.dc_private(LIAM)):
                assert len(told(texts, "#2", "16")) == 1, texts  # once, on their platform
            assert told(w.tg_private(SOPHIE), "Changement", "16h")
            # Zoé erases herself holding two seats: Enzo (English, Discord) gets the seat.
            said = await w.dc_slash("forgetme", {"confirm": "confirmer"}, user=ZOE)
            assert "C'est fait" in said, said
            agree(w, GAMES, "11/11 places prises, 0 libre · 1 en liste d'attente")
            assert len(told(w.dc_private(ENZO), "a seat freed up", "You are going")) == 1
            # Karim (blocked) gives his seat back with the group's card: Noé is in.
            await w.tg.press(KARIM, w.tg_card(GAMES), f"v1:rsvp:{GAMES}:no")
            await w.settle()
            agree(w, GAMES, "11/11 places prises, 0 libre")
            copies = [m.visible for m in tg.chat(SOPHIE["id"]) if "👥" in m.visible]
            assert copies and "👥 11/11 places prises, 0 libre" in copies[-1], copies
            listed = flat(await w.dc_slash("myevents", None, user=NOE))
            assert "#1 · Soirée jeux" in listed and "inscrit·e, 1 place" in listed, listed

            # The day before, at 20:10: reminders; the bot restarts five minutes later.
            games = await w.core.storage.events.get(GAMES)
            screening = await w.core.storage.events.get(SCREENING)
            assert games is not None and screening is not None
            w.clock.current = games.starts_at - timedelta(hours=23, minutes=50)
            await tick(w, scheduler)
            w.clock.current += timedelta(minutes=5)
            w = await restart(w, tg, dc, db_path)
            scheduler = Scheduler(w.core)
            await tick(w, scheduler)
            for moment in (screening.starts_at - timedelta(hours=23, minutes=50),
                           games.starts_at - timedelta(hours=1, minutes=50)):
                w.clock.current = moment
                await tick(w, scheduler)
            got = {"Sophie": reminders(w.tg_private(SOPHIE)),
                   "James": reminders(w.tg_private(JAMES)),
                   "Nadia": reminders(w.tg_private(NADIA)),
                   "Liam": reminders(w.dc_private(LIAM)),
                   "Enzo": reminders(w.dc_private(ENZO))}
            assert {n: len(r) for n, r in got.items()} == {
                "Sophie": 3, "James": 3, "Nadia": 2, "Liam": 3, "Enzo": 2}, got
            assert "demain à 20h" in got["Sophie"][0] and "3 places à votre nom" in got[
                "Sophie"][0]
            assert "demain à 16h" in got["Sophie"][1]  # the screening, at its new time
            assert "tomorrow at 20:00" in got["Enzo"][0] and "today at 20:00" in got["Enzo"][1]
            assert not reminders(w.tg_private(KARIM)) and not reminders(w.dc_private(ZOE))

            # The door: Camille types /pointage alone at 19:50; the Discord volunteer too. The
            # bot restarts (an update) between the taps.
            w.clock.current = games.starts_at - timedelta(minutes=10)
            said = flat(await w.tg_say(CAMILLE, "/pointage"))
            assert "Entrée — « Soirée jeux »" in said and "0 sur 11 places" in said, said
            assert door(w).button_labels[:5] == ["⬜ Enzo", "⬜ James +1", "⬜ Liam",
                                                 "⬜ Mme Martin (accueil)", "⬜ Nadia +1"]
            await w.tg.press(CAMILLE, door(w), tap(door(w), "Sophie"))
            on_dc = await w.dc.command("checkin", {}, user=ORGA_DC)
            await w.settle()
            assert "Présent·e·s : 3 sur 11" in flat(on_dc.text), on_dc.text
            listing = [m for m in dc.messages.values() if "v1:here:" in str(m)][-1]
            assert int(listing.get("flags") or 0) & 64, listing  # the volunteer's eyes only
            liam = next(c["custom_id"] for row in listing["components"]
                        for c in row["components"] if "Liam" in c["label"])
            await w.dc.press(int(listing["id"]), liam, user=ORGA_DC)
            await w.settle()
            old_door = door(w)
            w = await restart(w, tg, dc, db_path)
            scheduler = Scheduler(w.core)
            await tick(w, scheduler)
            # The list opened before the restart still checks in (Nadia and her daughter).
            await w.tg.press(CAMILLE, old_door, tap(old_door, "Nadia"))
            await w.tg.press(CAMILLE, door(w), tap(door(w), "Actualiser"))
            assert "Présent·e·s : 6 sur 11" in flat(door(w).visible), door(w).visible
            assert {"✅ Liam", "✅ Sophie +2", "✅ Nadia +1"} <= set(door(w).button_labels)

            # The day after the screening: every card reads « Terminé », without buttons.
            w.clock.current = screening.starts_at - timedelta(hours=1, minutes=50)
            await tick(w, scheduler)
            w.clock.current = screening.starts_at + timedelta(hours=20)
            await tick(w, scheduler)
            for event_id in (GAMES, SCREENING):
                card = w.tg_card(event_id)
                assert "Terminé" in card.visible and not card.button_data, card.visible
                embed = w.dc_card(event_id)
                assert "Terminé" in str(embed["embeds"]) and not embed["components"], embed
            listed = flat(await w.tg_say(CAMILLE, f"/participants {GAMES}"))
            assert "Mme Martin" not in listed and "Inès" not in listed, listed

            before = len(tg.ok_calls("editMessageText")) + len(dc.calls_to("PATCH", "/messages/"))
            # A week later the reminder rows are gone; Sophie's data is hers only.
            w.clock.current = screening.starts_at + timedelta(days=7, hours=1)
            await tick(w, scheduler)
            for event_id in (GAMES, SCREENING):
                assert await w.core.storage.reminders.deliveries(event_id) == []
            after = len(tg.ok_calls("editMessageText")) + len(dc.calls_to("PATCH", "/messages/"))
            assert after == before  # closed cards are not edited again
            mine = flat(await w.tg_say(SOPHIE, "/mesdonnees"))
            assert "Sophie" in mine and "#1 Soirée jeux" in mine and "3 places" in mine, mine
            assert "Rappels envoyés" not in mine, mine
            for other in ("Nadia", "Inès", "James", "Karim", "Noé", "Liam", "Martin", "Tom",
                          "Léa"):
                assert other not in mine, (other, mine)
        finally:
            await stop(w)


# -- findings -------------------------------------------------------------------------------


async def test_a_parent_who_gives_up_from_the_reminder_reads_it_in_the_chat(
        week: Week) -> None:
    """18:10 on the night, James (English phone) taps « 🚫 I can't come anymore » under the
    day's reminder. On Telegram the answer is a toast, gone in two seconds; the chat still
    reads « 👥 2 seats in your name », with the button, as if nothing had happened (on
    Discord the answer stays in the DM). His wife asks « did you cancel? »: the phone says
    no. The reminder now says what was done."""
    w = week
    await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 20h | 12 | jeux")
    await w.tg_say(CAMILLE, f"/annoncer {GAMES}")
    await w.tg_say(JAMES, f"/rsvp {GAMES} going +1")
    event = await w.core.storage.events.get(GAMES)
    assert event is not None
    w.clock.current = event.starts_at - timedelta(hours=1, minutes=50)
    await tick(w, Scheduler(w.core))
    reminder = [m for m in w.tg.fake.chat(JAMES["id"]) if "Reminder" in m.visible][-1]
    assert "2 seats in your name" in reminder.visible, reminder.visible
    await w.tg.press(JAMES, reminder, tap(reminder, "can't come"))
    await w.settle()
    agree(w, GAMES, "0/12 places prises, 12 libres")
    chat = w.tg.fake.chat(JAMES["id"])
    assert "2 seats" in chat[-1].visible and "freed" in chat[-1].visible, chat[-1].visible
    still = [m.visible for m in chat if "seats in your name" in m.visible]
    assert not still, still


async def test_an_answer_that_waited_hours_says_when_it_was_given(db_path: Path) -> None:
    """Nadia (no private chat yet) books in the group at 11:00: « 5/12 places prises ». She
    opens the private chat at 17:00 and reads « C'est noté … (5/12 places prises) » as if
    said now; the night is full, two are waiting. She tells her neighbour there is room.
    The answer given late now says when it was given."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, db_path, Clock(NOW))
        try:
            await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 20h | 6 | jeux")
            await w.tg_say(CAMILLE, f"/annoncer {GAMES}")
            tg.not_started.add(NADIA["id"])
            await w.tg_say(SOPHIE, f"/participer {GAMES} oui Tom, Léa")
            await w.tg_say(NADIA, f"/participer {GAMES} oui Inès", group=True)
            await w.dc_slash("rsvp", {"event": GAMES, "guests": 1}, user=ZOE)
            await press_dc(w, GAMES, "going", LIAM, "en-US")
            agree(w, GAMES, "6/6 places prises, 0 libre · 1 en liste d'attente")
            w.clock.current += timedelta(hours=6)
            w = await restart(w, tg, dc, db_path)
            tg.not_started.discard(NADIA["id"])
            said = flat(await w.tg_say(NADIA, "/start start"))
            assert "Enfants notés : Inès" in said, said
            assert "(5/6 places prises)" not in said or "à 11h" in said, said
        finally:
            await stop(w)


async def test_a_time_change_missed_while_unreachable_is_not_called_a_reminder(
        db_path: Path) -> None:
    """Nadia (private chat never opened) and Noé (DMs closed) book the screening at 15h.
    Camille moves it to 16h: « Pas prévenu·e·s : Nadia, Noé ». When each opens the private
    chat they read « Je n'ai pas pu vous envoyer de message privé (rappel ou place
    libérée) »: no reminder, no seat went; what they missed is the new time, and they
    still believe 15h. The notice now names a change too, and says the list is current."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, db_path, Clock(NOW))
        try:
            await w.tg_say(CAMILLE, "/creer Ciné-club : Ponyo | sam 5/12 15h | 20 | projection")
            await w.tg_say(CAMILLE, "/annoncer 1")
            tg.not_started.add(NADIA["id"])
            await w.tg.press(NADIA, w.tg_card(1), "v1:rsvp:1:going")
            dc.dm_closed.add(NOE)
            await press_dc(w, 1, "going", NOE)
            w.clock.current += timedelta(days=1)
            said = flat(await w.tg_say(CAMILLE, "/modifier 1 heure 16h"))
            assert "Pas prévenu·e·s : Nadia, Noé" in said, said
            tg.not_started.discard(NADIA["id"])
            on_tg = flat(await w.tg_say(NADIA, "/start start"))
            dc.dm_closed.discard(NOE)
            await dc.say_in_dm(NOE, "salut")
            await w.settle()
            on_dc = flat(w.dc_private(NOE)[0])
            for notice in (on_tg, on_dc):
                assert "Je n'ai pas pu vous envoyer" in notice, notice
                assert "changement" in notice or "16h" in notice, notice
        finally:
            await stop(w)
