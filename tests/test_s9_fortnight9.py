"""Session 9, helper fortnight9: today's changes meet in one fortnight at Le Focus, on both
real adapters (python-telegram-bot and discord.py against their fakes on 127.0.0.1), one
core, one SQLite file, an injected clock, the bot restarted three times at awkward moments.

Camille (Telegram) and Orga (Discord) organise a board-game night (40 seats, Friday 4
December 20h) and a screening (40 seats, Saturday 5 December 15h). Parents on Telegram
reply under the group's card in their own words; teens on Discord reply under the channel's
card; a family comes partly; walk-ins before the start; the screening moves « d'une heure
plus tard »; a workshop is cancelled; /mesdonnees and /oubliemoi at the end. At each step:
what each person reads, on their own platform, in their own language."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

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

from bot.scheduler import Scheduler
from fakes.discord_api import CHANNEL_ID, FakeDiscord, Member
from fakes.telegram_api import FakeTelegram, Stored, group_chat, private_chat, user
from recording import NOW, Clock, plain

GAMES, SCREENING, WORKSHOP = 1, 2, 3
JOSIANE = user(2005, "Josiane", "fr")  # a grandmother, who writes in capitals
KARINE = user(2006, "Karine", "fr")  # a mother who has never opened the bot's private chat
NOE = 3006  # a teen whose Discord DMs are closed


@asynccontextmanager
async def platforms() -> AsyncIterator[tuple[FakeTelegram, FakeDiscord]]:
    async with FakeTelegram(TOKEN) as tg, FakeDiscord(
            members=[*MEMBERS, Member(NOE, "Noé")]) as dc:
        yield tg, dc


async def restart(w: Week, tg: FakeTelegram, dc: FakeDiscord, db_path: Path) -> Week:
    await stop(w)
    return await launch(tg, dc, db_path, w.clock)


async def tick(w: Week, scheduler: Scheduler) -> None:
    await scheduler.tick(w.clock.current)
    await w.settle()


def flat(text: str) -> str:
    return plain(text).replace("\xa0", " ").replace("\u202f", " ")


async def tg_reply(w: Week, who: dict[str, Any], text: str, to: Stored) -> str:
    """`who` answers the bot's message `to` with Telegram's « Répondre »; what appeared
    (in any chat), as plain text."""
    before = set(w.tg.fake.messages)
    chat = group_chat(to.chat_id) if to.chat_id < 0 else private_chat(who)
    w.tg.fake.reply_text(who, chat, text, to)
    w.tg.pushed += 1
    await w.settle()
    return flat("\n".join(m.visible for k, m in sorted(w.tg.fake.messages.items())
                          if k not in before))


def dms(w: Week, who: int) -> list[dict[str, Any]]:
    return [m for m in w.dc.fake.messages.values()
            if w.dc.fake.dm_channels.get(int(m["channel_id"])) == who]


async def dc_reply(w: Week, who: int, text: str, to: dict[str, Any]) -> str:
    """`who` answers the bot's card `to` in the channel (Discord's « Répondre »); what came
    to their private chat since."""
    shown = len(dms(w, who))
    await w.dc.fake.say_in_channel(who, text, reply_to=int(to["id"]))
    await w.settle()
    await w.dc.fake.wait_until(lambda: len(dms(w, who)) > shown)
    await w.settle()
    return flat("\n".join(m["content"] + " ".join(str(e.get("description") or "")
                                                  for e in m.get("embeds") or [])
                          for m in dms(w, who)[shown:]))


def tg_card(w: Week, event_id: int) -> Stored:
    """The latest card of the event in the parents' group (the one with its buttons)."""
    return [m for m in w.tg.fake.chat(GROUP)
            if any(d.startswith(f"v1:rsvp:{event_id}:") for d in m.button_data)
            or m.visible.startswith(f"#{event_id} ·")][-1]


def agree(w: Week, event_id: int, wanted: str) -> None:
    """Both announced cards read the same seat line, and it says `wanted`."""
    tg_line = next(line for line in tg_card(w, event_id).visible.splitlines() if "👥" in line)
    tg_line = flat(tg_line.replace("👥", "")).strip()
    dc_line = flat(seats_of(w.dc_card(event_id))).strip()
    assert tg_line == dc_line and wanted in tg_line, (tg_line, dc_line)


def door(w: Week) -> Stored:
    return [m for m in w.tg.fake.chat(CAMILLE["id"]) if "Entrée" in m.visible][-1]


def tap(message: Stored, name: str) -> str:
    return next(d for d, label in zip(message.button_data, message.button_labels, strict=True)
                if name in label)


async def first_days(w: Week, tg: FakeTelegram, dc: FakeDiscord) -> None:
    """Wednesday 25 November, 11:00 Paris."""
    said = flat(await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 20h | 40 | jeux"))
    assert "#1" in said and "vendredi 4 décembre 2026 à 20h" in said, said
    said = await w.dc_slash("newevent", {"title": "Ciné-club : Ponyo", "when": "sam 5/12 15h",
                                         "capacity": 40, "kind": "screening"}, user=ORGA_DC)
    assert "#2" in said, said
    # A date still a question is asked, both dates named, nothing created.
    said = flat(await w.tg_say(CAMILLE, "/creer Atelier dessin mercredi 2 ou jeudi 3 14h"))
    assert "mercredi 2 décembre à 14h" in said and "jeudi 3 décembre à 14h" in said, said
    assert await w.core.storage.events.get(WORKSHOP) is None
    said = flat(await w.tg_say(CAMILLE, "/creer Atelier dessin | mer 2/12 14h | 8 | atelier"))
    assert "#3" in said and "mercredi 2 décembre 2026 à 14h" in said, said
    for event_id in (GAMES, SCREENING, WORKSHOP):
        assert "Publié dans 2" in await w.tg_say(CAMILLE, f"/annoncer {event_id}")
    agree(w, GAMES, "0/40 places prises, 40 libres")

    # Parents on Telegram, in their own words.
    said = flat(await w.tg_say(SOPHIE, f"/participer {GAMES} oui avec mes 2 gamins"))
    assert "pour 3 places" in said and "Gamins" not in said, said
    said = await tg_reply(w, NADIA, "on sera 3", tg_card(w, SCREENING))
    assert "Ciné-club" in said and "Soirée jeux" not in said, said
    assert f"/participer {SCREENING} oui" in said, said
    said = await tg_reply(w, JAMES, "what time does it start?", tg_card(w, SCREENING))
    assert "Saturday 5 December 2026 at 15:00" in said, said
    said = await tg_reply(w, JOSIANE, "/participer OUI +2", tg_card(w, GAMES))
    assert "« Soirée jeux » (#1) pour 3 places" in said, said
    # Teens on Discord, under the channel's card and with the buttons.
    said = await dc_reply(w, ZOE, "c'est à quelle heure ?", w.dc_card(SCREENING))
    assert "samedi 5 décembre 2026 à 15h" in said, said
    said = flat(await w.dc_slash("rsvp", {"event": GAMES, "answer": "going"}, user=ZOE))
    assert "Soirée jeux" in said, said
    assert "Going: 1 seat" in await press_dc(w, GAMES, "going", LIAM, "en-US")
    await press_dc(w, SCREENING, "going", LIAM, "en-US")
    await press_dc(w, WORKSHOP, "going", ZOE)
    dc.dm_closed.add(NOE)
    await press_dc(w, SCREENING, "going", NOE)
    await w.tg_say(SOPHIE, f"/participer {SCREENING} oui Tom")
    await w.tg_say(SOPHIE, f"/participer {WORKSHOP} oui Léa")
    await w.tg_say(JAMES, f"/rsvp {SCREENING} going")
    agree(w, GAMES, "8/40 places prises, 32 libres")
    agree(w, SCREENING, "5/40 places prises, 35 libres")
    # Nothing a member said privately is in the group or the channel for all to read.
    group = "\n".join(m.visible for m in tg.chat(GROUP))
    assert "Tom" not in group and "Léa" not in group, group
    channel = [m for m in dc.messages.values() if int(m["channel_id"]) == CHANNEL_ID]
    public = "\n".join(m["content"] for m in channel if not int(m.get("flags") or 0) & 64)
    assert "Tom" not in public and "Léa" not in public, public


async def test_a_fortnight_with_todays_changes_on_both_platforms(db_path: Path) -> None:
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, db_path, Clock(NOW))
        try:
            await first_days(w, tg, dc)
            # Nadia names her daughter in the group, her private chat never opened: the
            # answer waits for her. Restart 1, ten minutes later (an update).
            tg.not_started.add(KARINE["id"])
            said = flat(await w.tg_say(KARINE, f"/participer {SCREENING} oui Inès", group=True))
            assert "ma réponse vous attend" in said and "Inès" not in said, said
            w.clock.current += timedelta(minutes=10)
            w = await restart(w, tg, dc, db_path)
            scheduler = Scheduler(w.core)
            await tick(w, scheduler)
            w.clock.current += timedelta(hours=6)
            await tick(w, scheduler)
            tg.not_started.discard(KARINE["id"])
            said = flat(await w.tg_say(KARINE, "/start start"))
            assert "Enfants notés : Inès" in said and "à 11h" in said, said
            agree(w, SCREENING, "7/40 places prises, 33 libres")
            # The cards posted before the restart still answer a reply under them.
            said = await tg_reply(w, JOSIANE, "IL RESTE DE LA PLACE ?", tg_card(w, SCREENING))
            assert "33 libres" in said, said

            # Friday 27, 11:00: the screening moves an hour later, in Camille's words.
            w.clock.current += timedelta(days=1, hours=18)
            await tick(w, scheduler)
            said = flat(await w.tg_say(CAMILLE, f"/modifier {SCREENING} décaler d'une heure"
                                                 " plus tard"))
            assert "samedi 5 décembre 2026 à 16h" in said, said
            assert "4 personnes prévenues" in said and "Pas prévenu·e·s : Noé" in said, said
            assert "16h" in tg_card(w, SCREENING).visible
            assert "16:00" in w.dc_card(SCREENING)["embeds"][0]["fields"].__str__() or (
                "<t:" in str(w.dc_card(SCREENING)["embeds"]))
            for texts in (w.tg_private(SOPHIE), w.tg_private(KARINE)):
                assert len([x for x in texts if "Changement" in x and "16h" in x]) == 1, texts
            assert len([x for x in w.tg_private(JAMES) if "Change" in x and "16:00" in x]) == 1
            assert len([x for x in w.dc_private(LIAM) if "Change for" in x]) == 1
            said = await tg_reply(w, NADIA, "c'est à quelle heure maintenant ?",
                                  tg_card(w, SCREENING))
            assert "samedi 5 décembre 2026 à 16h" in said.split("#2 ·")[0], said
            # Restart 2, right after the move notices went out.
            w = await restart(w, tg, dc, db_path)
            scheduler = Scheduler(w.core)
            await tick(w, scheduler)
            for texts in (w.tg_private(SOPHIE), w.tg_private(KARINE)):
                assert len([x for x in texts if "Changement" in x and "16h" in x]) == 1, texts
            # The workshop is cancelled; Zoé replies under its card in the channel.
            said = flat(await w.tg_say(CAMILLE, f"/annuler {WORKSHOP} animatrice malade"
                                                 " confirmer"))
            assert "2 personnes prévenues" in said, said
            assert [x for x in w.tg_private(SOPHIE) if "annulé" in x and "malade" in x]
            assert [x for x in w.dc_private(ZOE) if "annulé" in x and "malade" in x]
            for group in ("Centre social", "École Jean Macé", "MJC Rochebelle"):
                said = flat(await w.tg_say(CAMILLE, f"/inscrire {GAMES} {group} 10 tél."))
            assert "38/40" in said, said
            agree(w, GAMES, "38/40 places prises, 2 libres")

            # Reminders: the night before the games, the day before the screening (16h).
            games = await w.core.storage.events.get(GAMES)
            screening = await w.core.storage.events.get(SCREENING)
            assert games is not None and screening is not None
            for moment in (games.starts_at - timedelta(hours=23, minutes=50),
                           screening.starts_at - timedelta(hours=23, minutes=50),
                           games.starts_at - timedelta(hours=1, minutes=50)):
                w.clock.current = moment
                await tick(w, scheduler)
            sophie = reminders(w.tg_private(SOPHIE))
            assert [x for x in sophie if "demain à 20h" in x and "3 places à votre nom" in x]
            assert [x for x in sophie if "demain à 16h" in x], sophie
            assert not [x for x in sophie if "15h" in x], sophie
            karine = reminders(w.tg_private(KARINE))
            assert len(karine) == 1 and "demain à 16h" in karine[0], karine
            james = reminders(w.tg_private(JAMES))
            assert len(james) == 1 and "tomorrow at 16:00" in james[0], james
            assert len(reminders(w.dc_private(LIAM))) == 3
            zoe = reminders(w.dc_private(ZOE))
            assert len(zoe) == 2 and not [x for x in zoe if "Atelier" in x], zoe

            # The door, 19:40: two walk-ins before the start take the last two seats.
            w.clock.current = games.starts_at - timedelta(minutes=20)
            said = flat(await w.tg_say(CAMILLE, "/pointage"))
            assert "Entrée — « Soirée jeux »" in said, said
            assert "Libres sans réservation : 2 places" in said, said
            for _ in range(2):
                await w.tg.press(CAMILLE, door(w), tap(door(w), "➕"))
                await w.settle()
            assert "Plus de place sans réservation" in flat(door(w).visible), door(w).visible
            agree(w, GAMES, "40/40 places prises, 0 libre")
            # Enzo, at home, taps « Je viens » at 19:45: the waitlist, not a seat.
            w.clock.current += timedelta(minutes=5)
            assert "Waitlist: position 1" in await press_dc(w, GAMES, "going", ENZO, "en-GB")
            agree(w, GAMES, "40/40 places prises, 0 libre · 1 en liste d'attente")
            # Sophie comes with one of her two children: tapped, then « combien ? ».
            await w.tg.press(CAMILLE, door(w), tap(door(w), "Sophie"))
            await w.settle()
            await w.tg.press(CAMILLE, door(w), tap(door(w), "Sophie"))
            await w.settle()
            asked = w.tg.fake.chat(CAMILLE["id"])[-1]
            assert "Sophie +2 : combien sont là ?" in flat(asked.visible), asked.visible
            # Restart 3, the question open on Camille's phone.
            w = await restart(w, tg, dc, db_path)
            scheduler = Scheduler(w.core)
            await tick(w, scheduler)
            await w.tg.press(CAMILLE, asked, tap(asked, "2 seulement"))
            await w.settle()
            shown = flat(door(w).visible)
            assert "✅ Sophie +2 (2 sur 3)" in door(w).button_labels, door(w).button_labels
            assert "Présent·e·s : 2 sur 38" in shown, shown
            # One walk-in was counted by mistake: ➖ gives the seat to Enzo, told in English.
            await w.tg.press(CAMILLE, door(w), tap(door(w), "➖"))
            await w.settle()
            agree(w, GAMES, "40/40 places prises, 0 libre")
            freed = [x for x in w.dc_private(ENZO) if "seat freed up" in x]
            assert len(freed) == 1 and "Soirée jeux" in freed[0], w.dc_private(ENZO)

            # The day after the screening: every card reads « Terminé », without buttons.
            w.clock.current = screening.starts_at + timedelta(hours=20)
            await tick(w, scheduler)
            for event_id in (GAMES, SCREENING):
                card = tg_card(w, event_id)
                assert "Terminé" in card.visible and not card.button_data, card.visible
                embed = w.dc_card(event_id)
                assert "Terminé" in str(embed["embeds"]) and not embed["components"], embed

            # Sophie asks what the bot holds on her; Liam erases himself on Discord.
            mine = flat(await w.tg_say(SOPHIE, "/mesdonnees"))
            assert "Sophie" in mine and "#1 Soirée jeux" in mine, mine
            for other in ("Josiane", "Karine", "Inès", "James", "Liam", "Centre social",
                          "Zoé", "Enzo"):
                assert other not in mine, (other, mine)
            said = await w.dc_slash("forgetme", {"confirm": "confirmer"}, user=LIAM,
                                    locale="en-US")
            assert "Done" in said or "C'est fait" in said, said
            listed = flat(await w.tg_say(CAMILLE, f"/participants {SCREENING}"))
            assert "Liam" not in listed, listed
            hers = flat(await w.tg_say(KARINE, "/mesdonnees"))
            assert "#2 Ciné-club : Ponyo" in hers and "2 places" in hers, hers
            # Her daughter's name went with the screening; nobody else's is there.
            assert "Inès" not in hers and "Sophie" not in hers and "Tom" not in hers, hers
            teen = flat(await w.dc_slash("mydata", None, user=ZOE))
            assert "Zoé" in teen and "Soirée jeux" in teen, teen
            for other in ("Sophie", "Liam", "Enzo", "Noé", "Inès", "Léa"):
                assert other not in teen, (other, teen)
            # Josiane, in capitals, asks to be forgotten, then answers « OUI » in words.
            asked = flat(await w.tg_say(JOSIANE, "/OUBLIEMOI"))
            said = flat(await w.tg_say(JOSIANE, "OUI"))
            assert "Voulez-vous vraiment tout effacer ?" in asked, asked
            assert "n'efface rien" in said and "bouton" in said, said
            question = [m for m in tg.chat(JOSIANE["id"]) if "tout effacer" in m.visible][-1]
            await w.tg.press(JOSIANE, question, tap(question, "Oui, tout effacer"))
            await w.settle()
            # The answer takes the question's place (session 12: its buttons gone).
            now = tg.messages[(question.chat_id, question.message_id)]
            assert "C'est fait" in flat(now.visible), now.visible
            listed = flat(await w.tg_say(CAMILLE, f"/participants {GAMES}"))
            assert "Josiane" not in listed and "Liam" not in listed, listed
        finally:
            await stop(w)


# -- findings -------------------------------------------------------------------------------

async def cancelled_workshop(w: Week) -> None:
    """The workshop (#1, Wednesday 2 December 14h) announced on both platforms, Sophie and
    Zoé booked, then cancelled by Camille: « animatrice malade »."""
    await w.tg_say(CAMILLE, "/creer Atelier dessin | mer 2/12 14h | 8 | atelier")
    await w.tg_say(CAMILLE, "/annoncer 1")
    await w.tg_say(SOPHIE, "/participer 1 oui Léa")
    await press_dc(w, 1, "going", ZOE)
    said = await w.tg_say(CAMILLE, "/annuler 1 animatrice malade confirmer")
    assert "2 personnes prévenues" in said, said


async def test_a_question_under_a_cancelled_card_is_told_it_is_cancelled(
        db_path: Path) -> None:
    """Karine never booked the workshop. In the group she replies « c'est à quelle heure ? »
    under its card, cancelled that morning (« ANNULÉ » at the top, no buttons): she read
    « Les horaires d'ouverture ne sont pas encore publiés ici », and comes on Wednesday at
    14h. Zoé, on Discord, replied « on peut venir quand meme ? » under the channel's copy:
    « C'est pour qui ? Pour tout le monde… ». A card without buttons names no event
    (`Incoming.event_id` is read from the buttons only), so the bot answered the Focus,
    not the workshop. Both are now told it is cancelled, with its card."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, db_path, Clock(NOW))
        try:
            await cancelled_workshop(w)
            said = await tg_reply(w, KARINE, "c'est à quelle heure ?", tg_card(w, 1))
            assert "annulé" in said.lower() and "Atelier dessin" in said, said
            assert "horaires d'ouverture" not in said, said
            said = await dc_reply(w, ZOE, "on peut venir quand meme ?", w.dc_card(1))
            assert "annulé" in said.lower() and "Atelier dessin" in said, said
            assert "Pour tout le monde" not in said, said
        finally:
            await stop(w)


async def test_a_family_already_booked_is_not_told_a_message_does_not_book_yet(
        db_path: Path) -> None:
    """Sophie booked « oui avec mes 2 gamins » (3 places). Under the group's card she
    replies « on sera 3 », then under the day's reminder « finalement on sera que 2 ». Both
    times she read « Un message écrit ne vous inscrit pas encore : appuyez sur « ✅ Je
    viens » »: she believes her family is not booked (it is, for 3), taps « Je viens »
    and hears nothing back. The same under the notice that the night moved to 20h30
    (« ok merci on sera là »). She is now told what she holds (3 places) and how to change
    it, in French, and James the same in English."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, db_path, Clock(NOW))
        try:
            await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 20h | 40 | jeux")
            await w.tg_say(CAMILLE, "/annoncer 1")
            await w.tg_say(SOPHIE, "/participer 1 oui avec mes 2 gamins")
            await w.tg_say(JAMES, "/rsvp 1 going +1")
            said = await tg_reply(w, SOPHIE, "on sera 3", tg_card(w, 1))
            assert "pas encore" not in said and "3 places" in said.split("#1 ·")[0], said
            # The night moves to 20h30: « ok merci on sera là » under the notice.
            await w.tg_say(CAMILLE, "/modifier 1 heure 20h30")
            moved = [m for m in tg.chat(SOPHIE["id"]) if "Changement" in m.visible][-1]
            said = await tg_reply(w, SOPHIE, "ok merci on sera là", moved)
            assert "pas encore" not in said and "3 places" in said.split("#1 ·")[0], said
            event = await w.core.storage.events.get(1)
            assert event is not None
            w.clock.current = event.starts_at - timedelta(hours=1, minutes=50)
            await tick(w, Scheduler(w.core))
            reminder = [m for m in tg.chat(SOPHIE["id"]) if "Rappel" in m.visible][-1]
            said = await tg_reply(w, SOPHIE, "finalement on sera que 2", reminder)
            # Session 10 (relay2): the change she asks for, one tap away; her 3 places stay.
            assert "pas encore" not in said and "Pour passer à 2 places" in said, said
            assert "5/40" in flat(await w.tg_say(CAMILLE, "/evenement 1")), said
            said = await tg_reply(w, JAMES, "count us in", tg_card(w, 1))
            assert "yet" not in said and "2 seats" in said.split("#1 ·")[0], said
        finally:
            await stop(w)


async def test_a_shift_typed_without_its_verb_says_how_to_write_it(db_path: Path) -> None:
    """Friday, Camille moves the screening on her phone: « /modifier 2 d'une heure plus
    tard ». She read « Champ « d'une » inconnu. Champs : titre, description, date… »; then
    « /modifier 2 1h plus tard »: « pour changer la date, écrivez « date » … /modifier 2
    date samedi 20h » (which would move it to 20h). The bot moves an event by « décaler
    d'une heure plus tard » but never says so: the reply now gives the line that does."""
    async with platforms() as (tg, dc):
        w = await launch(tg, dc, db_path, Clock(NOW))
        try:
            await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 20h | 40 | jeux")
            await w.tg_say(CAMILLE, "/creer Ciné-club : Ponyo | sam 5/12 15h | 40 | projection")
            for typed in ("d'une heure plus tard", "une heure plus tard", "1h plus tard"):
                said = flat(await w.tg_say(CAMILLE, f"/modifier {SCREENING} {typed}"))
                assert "inconnu" not in said, said
                assert f"/modifier {SCREENING} décaler d'une heure plus tard" in said, said
            card = flat(await w.tg_say(CAMILLE, f"/evenement {SCREENING}"))
            assert "samedi 5 décembre 2026 à 15h" in card, card  # nothing moved unasked
        finally:
            await stop(w)
