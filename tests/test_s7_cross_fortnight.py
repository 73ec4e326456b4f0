"""Session 7, across platforms: a fortnight of one games night and one screening announced
to the Telegram parents' group and the Discord channel, on the real adapters (python-
telegram-bot, discord.py) against their fakes, one core, one SQLite file, an injected clock.
The promise: one event on both platforms is one event. After each step, the card each
platform shows reads the same seats, and the organiser's lists agree with them."""

from __future__ import annotations

import re
from datetime import timedelta

import test_s6_cross_week
from test_s6_cross_week import (
    CAMILLE,
    ENZO,
    GROUP,
    JAMES,
    LIAM,
    NADIA,
    ORGA_DC,
    SOPHIE,
    ZOE,
    Week,
    reminders,
)

from bot.scheduler import Scheduler
from recording import plain

GAMES, SCREENING = 1, 2
week = test_s6_cross_week.week  # the fixture: both real adapters, their fakes, one core


def agree(w: Week, event_id: int, wanted: str) -> None:
    """Both announced cards read the same seat line, and it says `wanted`."""
    tg_line, dc_line = w.seats(event_id)
    tg_line = tg_line.replace("👥", "").replace("\xa0", " ").strip()
    assert tg_line == dc_line.replace("\xa0", " ").strip(), (tg_line, dc_line)
    assert wanted in tg_line, tg_line


async def tap_label(w: Week, who: dict[str, object], label: str) -> None:
    """`who` taps, in their private chat, the latest button reading `label`."""
    chat = w.tg.fake.chat(int(who["id"]))  # type: ignore[call-overload]
    message = [m for m in chat if m.button_labels][-1]
    index = next(i for i, text in enumerate(message.button_labels) if label in text)
    await w.tg.press(who, message, message.button_data[index])
    await w.settle()


async def press_dc(w: Week, event_id: int, answer: str, user: int, locale: str = "fr") -> str:
    answered = await w.dc.press(int(w.dc_card(event_id)["id"]), f"v1:rsvp:{event_id}:{answer}",
                                user=user, locale=locale)
    await w.settle()
    return plain(answered.text)


async def lists_agree(w: Week, event_id: int) -> str:
    """The organiser's list on Telegram and on Discord: the same, and it matches the cards."""
    on_tg = (await w.tg_say(CAMILLE, f"/participants {event_id}")).replace("\xa0", " ")
    on_dc = (await w.dc_slash("attendees", {"event": event_id}, user=ORGA_DC)).replace(
        "\xa0", " ")
    assert on_tg.splitlines()[:12] == on_dc.splitlines()[:12], (on_tg, on_dc)
    taken = re.search(r"(\d+)/(\d+) places", on_tg)
    assert taken, on_tg
    return on_tg


async def test_a_fortnight_of_two_events_reads_the_same_on_both_platforms(week: Week) -> None:
    w = week
    sch = Scheduler(w.core)
    # Camille creates the games night step by step on her phone and publishes it at once.
    await w.tg_say(CAMILLE, "/creer")
    await tap_label(w, CAMILLE, "Soirée jeux")
    await w.tg_say(CAMILLE, "Soirée jeux")
    assert "vendredi 4 décembre 2026 à 19h30" in await w.tg_say(CAMILLE, "ven 4 déc à 19h30")
    await w.tg_say(CAMILLE, "8")
    await tap_label(w, CAMILLE, "Gratuit")
    while "Passer" in w.tg.fake.chat(CAMILLE["id"])[-1].button_labels:
        await tap_label(w, CAMILLE, "Passer")  # no description, no poster
    await tap_label(w, CAMILLE, "Publier maintenant")
    agree(w, GAMES, "0/8 places prises, 8 libres")
    # The screening in one typed line, the date as a volunteer types it, then announced.
    said = await w.tg_say(CAMILLE, "/creer Ciné-club : Ponyo | sam 12/12 a 15h | 20 | projection")
    assert f"#{SCREENING}" in said and "samedi 12 décembre 2026 à 15h" in said, said
    await w.tg_say(CAMILLE, f"/annoncer {SCREENING}")
    agree(w, SCREENING, "0/20 places prises, 20 libres")

    # Parents on Telegram: Sophie taps the group's card, then adds her two children privately;
    # Nadia never opened the private chat; James (English phone) types a guest.
    w.tg.fake.not_started.add(NADIA["id"])
    await w.tg.press(SOPHIE, w.tg_card(GAMES), f"v1:rsvp:{GAMES}:going")
    await w.settle()
    await w.tg_say(SOPHIE, f"/participer {GAMES} oui Tom, Léa")
    await w.tg_say(SOPHIE, f"/participer {SCREENING} oui +1")
    await w.tg.press(NADIA, w.tg_card(GAMES), f"v1:rsvp:{GAMES}:going")
    await w.settle()
    assert "https://t.me/" in w.tg.fake.chat(GROUP)[-1].visible  # told in the group, by name
    assert "6/8 seats" in await w.tg_say(JAMES, f"/participer {GAMES} oui +1")
    agree(w, GAMES, "6/8 places prises, 2 libres")
    # Teens on Discord: Zoé by slash command with a friend; it is full.
    said = await w.dc_slash("rsvp", {"event": GAMES, "guests": 1}, user=ZOE)
    assert "complet : 8/8" in said.replace("\xa0", " "), said
    agree(w, GAMES, "8/8 places prises, 0 libre")
    # Liam (English client) by button, Enzo (English) with a friend: the waitlist.
    assert "Waitlist: position 1" in await press_dc(w, GAMES, "going", LIAM, "en-US")
    said = await w.dc_slash("rsvp", {"event": GAMES, "answer": "going", "guests": 1},
                            user=ENZO, locale="en-GB")
    assert "waitlist, position 2, for 2 seats" in said, said
    await w.dc_slash("rsvp", {"event": SCREENING, "answer": "going"}, user=ENZO, locale="en-GB")
    agree(w, GAMES, "8/8 places prises, 0 libre · 2 en liste d'attente")
    agree(w, SCREENING, "3/20 places prises")

    # James says « peut-être »: his 2 seats go; Liam (1) is in, told in English on Discord;
    # Enzo's 2 do not fit the 1 left: he keeps his place.
    said = await w.tg_say(JAMES, f"/participer {GAMES} peut-être")
    assert "2 seats are freed" in said, said
    agree(w, GAMES, "7/8 places prises, 1 libre · 1 en liste d'attente · 1 peut-être")
    assert "a seat freed up" in w.dc_private(LIAM)[-1], w.dc_private(LIAM)
    assert not w.dc_private(ENZO)
    # Zoé leaves with the card's button: Enzo and his friend are in, told in English.
    assert "ne venez pas" in await press_dc(w, GAMES, "no", ZOE)
    agree(w, GAMES, "7/8 places prises, 1 libre · 1 peut-être")
    assert "with all your 2 seats" in w.dc_private(ENZO)[-1], w.dc_private(ENZO)
    listed = await lists_agree(w, GAMES)
    assert "7/8 places" in listed and "Liste d'attente : 0" in listed, listed

    # Camille lowers the seats: nobody is removed, both cards read it the same way.
    said = await w.tg_say(CAMILLE, f"/modifier {GAMES} places 6")
    assert "Personne n'est désinscrit" in said, said
    agree(w, GAMES, "complet : 7 places prises pour 6 · 1 peut-être")

    # A week later Camille moves the time: everyone going or maybe is told on their platform.
    w.clock.current += timedelta(days=7)
    await sch.tick(w.clock.current)
    await w.settle()
    await w.tg_say(CAMILLE, f"/modifier {GAMES} heure 20h")
    assert "20h" in w.tg_card(GAMES).visible
    assert "Change for" in w.dc_private(LIAM)[-1] and "20:00" in w.dc_private(LIAM)[-1]
    assert "Change for" in w.tg_private(JAMES)[-1]  # maybe: told too

    # Sophie erases herself on Telegram: her seats on both events go, on every card.
    said = await w.tg_say(SOPHIE, "/oubliemoi confirmer")
    assert "C'est fait" in said, said
    agree(w, GAMES, "4/6 places prises, 2 libres · 1 peut-être")
    agree(w, SCREENING, "1/20 places prises, 19 libres")
    listed = await lists_agree(w, GAMES)
    assert "Sophie" not in listed and "Tom" not in listed, listed

    # Reminders the day before and on the day, at the new time, once each.
    event = await w.core.storage.events.get(GAMES)
    assert event is not None
    for before in (timedelta(hours=23, minutes=50), timedelta(hours=1, minutes=50),
                   timedelta(minutes=50)):
        w.clock.current = event.starts_at - before
        await sch.tick(w.clock.current)
        await w.settle()
    for texts in (w.dc_private(LIAM), w.dc_private(ENZO)):
        got = reminders(texts)
        assert len(got) == 2 and "tomorrow at 20:00" in got[0] and "today at 20:00" in got[1]
    assert not reminders(w.tg_private(JAMES)) and not reminders(w.dc_private(ZOE))

    # The door: Camille checks Liam in and lets a walk-in in; the Discord list agrees.
    door_text = await w.tg_say(CAMILLE, f"/pointage {GAMES}")
    assert "0 sur 4 places réservées" in door_text.replace("\xa0", " "), door_text
    door = w.tg.fake.chat(CAMILLE["id"])[-1]
    assert door.button_labels[:3] == ["⬜ Enzo +1", "⬜ Liam", "⬜ Nadia"], door.button_labels
    w.clock.current = event.starts_at + timedelta(minutes=5)
    await w.tg.press(CAMILLE, door, door.button_data[1])
    await w.settle()
    door = w.tg.fake.chat(CAMILLE["id"])[-1]
    await w.tg.press(CAMILLE, door, next(d for d in door.button_data if d.endswith(":a1")))
    await w.settle()
    on_dc = (await w.dc_slash("checkin", {"event": GAMES}, user=ORGA_DC)).replace("\xa0", " ")
    assert "Présent·e·s : 1 sur 4 places réservées · sans inscription : 1" in on_dc, on_dc
    agree(w, GAMES, "4/6 places prises")  # walk-ins take no booked seat

    # The report the next day, the same from either platform.
    w.clock.current = event.starts_at + timedelta(days=1)
    on_tg = (await w.tg_say(CAMILLE, "/bilan")).replace("\xa0", " ")
    on_dc = (await w.dc_slash("report", None, user=ORGA_DC)).replace("\xa0", " ")
    assert "présent·e·s : 1, sans inscription : 1" in on_tg, on_tg
    assert on_tg.splitlines()[:5] == on_dc.splitlines()[:5], (on_tg, on_dc)
    assert "Sophie" not in on_tg and "Liam" not in on_tg


async def test_a_time_moved_after_the_day_before_reminder_is_not_reminded_again(
        week: Week) -> None:
    """The day-before reminder reads « demain à 19h30 »; ten minutes later Camille moves the
    night to 20h30 and everyone gets « Changement … 20h30 (avant : 19h30) ». An hour later
    a second « Rappel : demain à 20h30 » comes, on both platforms: three messages for one
    evening, the day before. The day's reminder still comes once, at the new time."""
    w = week
    sch = Scheduler(w.core)
    await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 19h30 | 4 | jeux")
    await w.tg_say(CAMILLE, f"/annoncer {GAMES}")
    await w.tg_say(SOPHIE, f"/participer {GAMES} oui Tom")
    await w.dc_slash("rsvp", {"event": GAMES, "answer": "going", "children": "Maël (10)"},
                     user=ZOE)
    await press_dc(w, GAMES, "going", LIAM, "en-US")  # waiting
    event = await w.core.storage.events.get(GAMES)
    assert event is not None
    w.clock.current = event.starts_at - timedelta(hours=23, minutes=50)
    await sch.tick(w.clock.current)
    await w.settle()
    assert "demain à 19h30" in reminders(w.tg_private(SOPHIE))[-1]
    w.clock.current += timedelta(minutes=10)
    await w.tg_say(CAMILLE, f"/modifier {GAMES} heure 20h30")
    assert "20h30" in w.tg_private(SOPHIE)[-1] and "20h30" in w.dc_private(ZOE)[-1]
    agree(w, GAMES, "4/4 places prises, 0 libre · 1 en liste d'attente")
    event = await w.core.storage.events.get(GAMES)
    assert event is not None
    for before in (timedelta(hours=23, minutes=50), timedelta(hours=1, minutes=50)):
        w.clock.current = event.starts_at - before
        await sch.tick(w.clock.current)
        await w.settle()
    got = {"Sophie": reminders(w.tg_private(SOPHIE)), "Zoé": reminders(w.dc_private(ZOE)),
           "Liam": reminders(w.dc_private(LIAM))}
    assert [len(got[n]) for n in ("Sophie", "Zoé", "Liam")] == [2, 2, 1], got
    assert "aujourd'hui à 20h30" in got["Sophie"][-1] and "aujourd'hui à 20h30" in got["Zoé"][-1]


async def test_a_parent_given_a_seat_by_a_teen_s_erasure_reads_it_when_she_opens_the_link(
        week: Week) -> None:
    """Nadia (never opened the private chat) taps « Je viens » on the full group card: the
    group tells her by name to open the private chat, with a link. Zoé erases herself on
    Discord: her 2 seats go to Nadia and Liam; Liam is told in English on Discord, Nadia
    cannot be. She taps the group's link: « Je n'ai pas pu vous envoyer de message privé
    (rappel ou place libérée) » and the card « 3/3 places prises, 0 libre »: nothing says
    one of those seats is hers; she believes she is still waiting."""
    w = week
    await w.tg_say(CAMILLE, "/creer Soirée jeux | ven 4/12 19h30 | 3 | jeux")
    await w.tg_say(CAMILLE, f"/annoncer {GAMES}")
    w.tg.fake.not_started.add(NADIA["id"])
    await w.tg_say(SOPHIE, f"/participer {GAMES} oui")
    await w.dc_slash("rsvp", {"event": GAMES, "answer": "going", "guests": 1}, user=ZOE)
    await w.tg.press(NADIA, w.tg_card(GAMES), f"v1:rsvp:{GAMES}:going")
    await w.settle()
    link = re.search(r"https://t\.me/\S+start=(\S+)", w.tg.fake.chat(GROUP)[-1].visible)
    assert link, w.tg.fake.chat(GROUP)[-1].visible
    await press_dc(w, GAMES, "going", LIAM, "en-US")
    agree(w, GAMES, "3/3 places prises, 0 libre · 2 en liste d'attente")
    await w.dc_slash("forgetme", {"confirm": "confirmer"}, user=ZOE)
    agree(w, GAMES, "3/3 places prises, 0 libre")
    assert "a seat freed up" in w.dc_private(LIAM)[-1], w.dc_private(LIAM)
    w.tg.fake.not_started.discard(NADIA["id"])
    said = (await w.tg_say(NADIA, f"/start {link.group(1)}")).replace("\xa0", " ")
    assert "#1 · Soirée jeux" in said, said
    assert "inscrit·e, 1 place" in said, said
