"""Session 9, the volunteer at the door: a phone at the entrance of a board-game night and a
screening (40 seats, families of 2–3 children, walk-ins, no-shows, two volunteers). Through
the core with the recording platform on a real SQLite file and an injected clock."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from scheduler_helpers import close_restarted, restart, tick_at  # noqa: F401  (autouse)

from bot.messages import Reply
from recording import Bot, new_event, plain, text_of

# Saturday 5 December 2026, Paris = UTC + 1.
GAMES_AT = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)  # 20:00 in Paris


def _door(replies: list[Reply]) -> Reply:
    shown = [r for r in replies if r.buttons]
    assert shown, [text_of(r) for r in replies]
    return dataclasses.replace(shown[-1], text=plain(shown[-1].text), buttons=tuple(
        dataclasses.replace(b, label=plain(b.label)) for b in shown[-1].buttons))


async def test_checkin_alone_opens_tonights_door_after_a_day_of_workshops(bot: Bot) -> None:
    """A Saturday of hour-long video workshops (six slots, 8h to 15h), then the games night
    at 20:00. At 19:45 the volunteer taps « /pointage » in the phone's menu: she got « Quelle
    entrée ? » with the six workshops of the morning, all over, and no games night (the
    door list looked at the first six events of the last 12 hours before leaving out those
    over). Tonight's door opens at once."""
    for n, hour in enumerate((8, 9, 10, 11, 13, 14), 1):
        await new_event(bot, f"Stage vidéo {n} | 2026-12-05 {hour:02d}:00-{hour + 1:02d}:00"
                             " | 8 | atelier")
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 40")
    bot.clock.current = GAMES_AT - timedelta(minutes=15)
    shown = _door(await bot.replies("/pointage"))
    assert "Soirée jeux" in shown.text and f"#{games}" in shown.text, shown.text
    assert "Stage vidéo" not in shown.text + str([b.label for b in shown.buttons])


async def _families(bot: Bot, event_id: int, parties: dict[str, int]) -> None:
    """Parents answer « oui » with their children as guests (written through storage)."""
    store, now = bot.core.storage, bot.clock()
    for name, guests in parties.items():
        member = await store.members.identify("test", name, name.capitalize(), now)
        outcome = await store.rsvps.answer(event_id, member.id, "going", now, guests=guests)
        assert outcome.status == "going", outcome


def _action(reply: Reply, label_part: str) -> str:
    found = [b.action for b in reply.buttons if label_part in b.label]
    assert found, (label_part, [b.label for b in reply.buttons])
    return found[0]


FAMILIES = {"ana": 2, "bea": 3, "chloe": 1, "dina": 2, "eve": 0, "fanny": 3, "gael": 2,
            "hugo": 3, "ines": 2, "jade": 3, "karim": 2, "lou": 1}  # 36 seats


async def test_before_the_start_the_door_says_how_many_walk_ins_still_fit(bot: Bot) -> None:
    """The screening: 40 seats, 36 booked by twelve families. At 19:40 three people without
    a booking ask to come in; the list said « Dans la salle : 3 pour 40 places », as if 37
    more could come, while only 4 seats were not booked. It now says how many are still
    free without a booking, and when none is left."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = GAMES_AT - timedelta(minutes=20)
    shown = _door(await bot.replies(f"/pointage {film}"))
    assert "Libres sans réservation : 4 places" in shown.text, shown.text
    for _ in range(3):
        shown = _door(await bot.replies(action=_action(shown, "➕")))
    assert "Libres sans réservation : 1 place" in shown.text, shown.text
    shown = _door(await bot.replies(action=_action(shown, "➕")))
    assert "Plus de place sans réservation" in shown.text, shown.text
    # Once the film has started, seats of those not come are what matters (said already).
    bot.clock.current = GAMES_AT + timedelta(minutes=10)
    shown = _door(await bot.replies(f"/pointage {film}"))
    assert "sans réservation" not in shown.text and "Pas (encore) arrivé" in shown.text


async def test_the_same_in_english(bot: Bot) -> None:
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = GAMES_AT - timedelta(minutes=20)
    shown = _door(await bot.replies(f"/pointage {film}", locale="en"))
    assert "Still free without a booking: 4 seats" in shown.text, shown.text


async def test_a_family_partly_at_the_door_is_counted_as_it_came(bot: Bot) -> None:
    """Bea booked for herself and three children; at 19:50 she comes with one, two are ill.
    The volunteer could tap « Bea +3 » (4 present) or not (0): the room count, the no-shows
    and the month's report were wrong either way. A family checked in, tapped again, asks
    how many of them are here; the list, the room count and the report follow."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = GAMES_AT - timedelta(minutes=10)
    shown = _door(await bot.replies(f"/pointage {film}"))
    shown = _door(await bot.replies(action=_action(shown, "Bea +3")))
    assert "✅ Bea +3" in [b.label for b in shown.buttons] and "4 sur 36" in shown.text
    asked = _door(await bot.replies(action=_action(shown, "Bea +3")))
    assert asked.replaces_pressed
    assert "Bea +3 : combien sont là ?" in asked.text, asked.text
    assert [b.label for b in asked.buttons] == [
        "4 : tout le monde", "3 seulement", "2 seulement", "1 seulement",
        "Personne : annuler le pointage", "◀ Retour à la liste"]
    two = _action(asked, "2 seulement")
    shown = _door(await bot.replies(action=two))
    assert "✅ Bea +3 (2 sur 4)" in [b.label for b in shown.buttons], shown.buttons
    assert "Présent·e·s : 2 sur 36" in shown.text and "Dans la salle : 2 pour 40" in shown.text
    # The same answer sent twice by a slow phone: still two.
    shown = _door(await bot.replies(action=two))
    assert "Présent·e·s : 2 sur 36" in shown.text
    # A single person tapped again is undone at once, as before.
    shown = _door(await bot.replies(action=_action(shown, "Eve")))
    shown = _door(await bot.replies(action=_action(shown, "✅ Eve")))
    assert "⬜ Eve" in [b.label for b in shown.buttons]
    # Once the film has started, the two ill children are not (yet) here.
    bot.clock.current = GAMES_AT + timedelta(minutes=15)
    shown = _door(await bot.replies(f"/pointage {film}"))
    assert "Pas (encore) arrivé·e·s : 34 places" in shown.text, shown.text
    # The month's report counts two present for Bea's family, and two seats not honoured.
    # Read live first, then from the closed books (the anonymous tally of the night).
    bot.clock.current = GAMES_AT + timedelta(hours=2)
    for closing in (False, True):
        if closing:
            await tick_at(bot, await restart(bot), datetime(2027, 1, 4, 9, 0, tzinfo=UTC))
            assert await bot.core.storage.attendance.is_closed(film)
        report = plain(await bot.say("/bilan décembre 2026"))
        assert "présent·e·s : 2," in report, report
        assert "places non honorées : 94,4 %" in report, report


async def test_the_family_undone_from_the_question_and_in_english(bot: Bot) -> None:
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = GAMES_AT - timedelta(minutes=10)
    shown = _door(await bot.replies(f"/pointage {film}", locale="en"))
    shown = _door(await bot.replies(action=_action(shown, "Ana +2"), locale="en"))
    asked = _door(await bot.replies(action=_action(shown, "Ana +2"), locale="en"))
    assert "Ana +2: how many of them are here? (checked in: 3 of 3)" in asked.text
    shown = _door(await bot.replies(action=_action(asked, "Nobody"), locale="en"))
    assert "⬜ Ana +2" in [b.label for b in shown.buttons] and "Present: 0 of 36" in shown.text
    # « Back to the list » changes nothing.
    shown = _door(await bot.replies(action=_action(shown, "Ana +2"), locale="en"))
    asked = _door(await bot.replies(action=_action(shown, "Ana +2"), locale="en"))
    shown = _door(await bot.replies(action=_action(asked, "Back to the list"), locale="en"))
    assert "✅ Ana +2" in [b.label for b in shown.buttons] and "Present: 3 of 36" in shown.text


async def test_walk_ins_before_the_start_take_seats_on_the_cards(bot: Bot) -> None:
    """The screening: 40 seats, 36 booked. At 19:40 four people without a booking come in;
    the card still said « 36/40 places prises, 4 libres » and Zoé, answering « oui » at
    19:45, got a seat the room no longer had. Walk-ins counted before the start take seats:
    the card says full, Zoé goes on the waitlist; a walk-in counted by mistake and taken
    off frees the seat again, for the first in the queue."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    await bot.say(f"/annoncer {film}")
    bot.clock.current = GAMES_AT - timedelta(minutes=20)
    shown = _door(await bot.replies(f"/pointage {film}"))
    for _ in range(4):
        shown = _door(await bot.replies(action=_action(shown, "➕")))
    card = plain(await bot.say(f"/evenement {film}", user="zoe"))
    assert "40/40 places prises, 0 libre" in card, card
    # The card announced in the group follows.
    posted = [chat for chat, _, _ in bot.platform.edits]
    assert "announce-1" in posted, bot.platform.edits
    edited = [card for chat, _, card in bot.platform.edits if chat == "announce-1"][-1]
    assert "40/40 places prises, 0 libre" in plain(edited.seats_text), edited.seats_text
    said = plain(await bot.say(f"/participer {film} oui", user="zoe"))
    assert "liste d'attente" in said, said
    shown = _door(await bot.replies(action=_action(shown, "➖")))
    told = [plain(text) for text in bot.platform.private_texts("zoe")]
    assert len(told) == 1 and "une place s'est libérée" in told[0], told
    card = plain(await bot.say(f"/evenement {film}", user="zoe"))
    assert "40/40 places prises, 0 libre" in card, card
    sheet = await bot.core.storage.attendance.sheet(film)
    assert sheet.booked_seats == 37 and sheet.walk_ins == 3


async def test_the_doors_of_tonight_over_last_in_storage(bot: Bot) -> None:
    """Storage on its own: without the moment, soonest first; with it, those over last."""
    for n, hour in enumerate((8, 9, 20), 1):
        await new_event(bot, f"Stage {n} | 2026-12-05 {hour:02d}:00-{hour + 1:02d}:00 | 8")
    doors = bot.core.storage.attendance.doors
    since, until = GAMES_AT - timedelta(hours=13), GAMES_AT + timedelta(hours=3)
    assert [e.title for e in await doors(since, until, 2)] == ["Stage 1", "Stage 2"]
    now = GAMES_AT - timedelta(minutes=15)
    found = await doors(since, until, 2, ended_before=now, started_before=now)
    assert [e.title for e in found] == ["Stage 3", "Stage 1"]
