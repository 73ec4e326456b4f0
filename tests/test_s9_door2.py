"""Session 9, round 2 at the door (door2): what counts as a door "kept" for /bilan, and a
new evening seen from the volunteer's phone: two volunteers on Telegram and Discord at once,
a family from a phone, walk-ins before the start while parents answer online for the last
seat, the end of the event and /bilan the next morning.

Through the core with the recording platform on a real SQLite file and an injected clock;
both real adapters at once in tests/test_s9_door2_adapters.py."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scheduler_helpers import close_restarted, restart, tick_at  # noqa: F401  (autouse)

from bot.messages import Reply
from recording import Bot, new_event, plain, text_of
from storage import NewEvent, Storage

# Saturday 5 December 2026, Paris = UTC + 1.
FILM_AT = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)  # 20:00 in Paris
NEXT_MORNING = datetime(2026, 12, 6, 8, 30, tzinfo=UTC)  # 9:30 in Paris
# Once the books are closed (12 hours after the end, see commands/attendance/jobs.py).
CLOSED_BY = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)

FAMILIES = {"ana": 2, "bea": 3, "chloe": 1, "dina": 2, "eve": 0, "fanny": 3, "gael": 2,
            "hugo": 3, "ines": 2, "jade": 3, "karim": 2, "lou": 1}  # 36 seats


def _door(replies: list[Reply]) -> Reply:
    shown = [r for r in replies if r.buttons]
    assert shown, [text_of(r) for r in replies]
    return dataclasses.replace(shown[-1], text=plain(shown[-1].text), buttons=tuple(
        dataclasses.replace(b, label=plain(b.label)) for b in shown[-1].buttons))


def _action(reply: Reply, label_part: str) -> str:
    found = [b.action for b in reply.buttons if label_part in b.label]
    assert found, (label_part, [b.label for b in reply.buttons])
    return found[0]


async def _families(bot: Bot, event_id: int, parties: dict[str, int]) -> None:
    """Parents answer « oui » with their children as guests (written through storage)."""
    store, now = bot.core.storage, bot.clock()
    for name, guests in parties.items():
        member = await store.members.identify("test", name, name.capitalize(), now)
        outcome = await store.rsvps.answer(event_id, member.id, "going", now, guests=guests)
        assert outcome.status == "going", outcome


async def _report_both_ways(bot: Bot, period: str) -> list[str]:
    """/bilan read the next morning (from the answers as they are), then once the books are
    closed (the anonymous tally), as the organiser reads it."""
    bot.clock.current = NEXT_MORNING
    said = [plain(await bot.say(f"/bilan {period}"))]
    await tick_at(bot, await restart(bot), CLOSED_BY)
    said.append(plain(await bot.say(f"/bilan {period}")))
    return said


# -- what a "kept" door is ----------------------------------------------------------------------


async def test_a_tap_undone_at_once_does_not_turn_the_evening_into_zero_people(
        bot: Bot) -> None:
    """The screening, 36 seats booked. At 19:55 the volunteer opens the list, taps « Eve »
    by mistake (Eve is not there), taps again to undo, and puts the phone away: the
    room fills, nobody is checked in. The next morning /bilan said « fréquentation : 0
    personne » and « Pointés à l'entrée : 1 événement sur 1 — présent·e·s : 0, … places non
    honorées : 100,0 % »: the evening counted for nothing in the figures sent to the town
    hall. A door where nothing stands (no check-in, no walk-in) was not kept: the evening
    counts its seats booked, as any evening nobody checked."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = FILM_AT - timedelta(minutes=5)
    shown = _door(await bot.replies(f"/pointage {film}"))
    shown = _door(await bot.replies(action=_action(shown, "⬜ Eve")))
    shown = _door(await bot.replies(action=_action(shown, "✅ Eve")))
    assert "Présent·e·s : 0 sur 36" in shown.text, shown.text
    for report in await _report_both_ways(bot, "décembre 2026"):
        assert "fréquentation : 36 personnes" in report, report
        assert "Aucun événement pointé à l'entrée" in report, report
        assert "100,0 %" not in report, report


async def test_a_walk_in_counted_and_taken_off_again_is_no_door_either(bot: Bot) -> None:
    """The same with « ➕ sans inscription » tapped by mistake and « ➖ » at once."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = FILM_AT + timedelta(minutes=5)
    shown = _door(await bot.replies(f"/pointage {film}"))
    shown = _door(await bot.replies(action=_action(shown, "➕")))
    shown = _door(await bot.replies(action=_action(shown, "➖")))
    assert "sans inscription : 0" in shown.text, shown.text
    for report in await _report_both_ways(bot, "décembre 2026"):
        assert "fréquentation : 36 personnes" in report, report
        assert "Aucun événement pointé à l'entrée" in report, report


async def test_a_door_really_kept_still_counts_who_came(bot: Bot) -> None:
    """The other side of the rule: one family and two walk-ins at a door really kept are
    what the report counts (a door with one check-in left is a kept door)."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = FILM_AT - timedelta(minutes=5)
    shown = _door(await bot.replies(f"/pointage {film}"))
    shown = _door(await bot.replies(action=_action(shown, "⬜ Ana +2")))
    shown = _door(await bot.replies(action=_action(shown, "⬜ Eve")))
    shown = _door(await bot.replies(action=_action(shown, "✅ Eve")))  # a mistake, undone
    for _ in range(2):
        shown = _door(await bot.replies(action=_action(shown, "➕")))
    for report in await _report_both_ways(bot, "décembre 2026"):
        assert "fréquentation : 5 personnes" in report, report
        assert "Pointés à l'entrée : 1 événement sur 1" in report, report
        assert "places non honorées : 91,7 %" in report, report


async def test_the_door_says_when_nothing_checked_will_count_the_seats_booked(
        bot: Bot) -> None:
    """The rule said where it matters: once the film has started with nothing checked at
    the door, the list tells the volunteer what the report will count, and stops saying it
    at the first tap that stays."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = FILM_AT + timedelta(minutes=5)
    shown = _door(await bot.replies(f"/pointage {film}"))
    assert ("Rien de pointé : sans pointage, le bilan comptera les 36 places réservées."
            in shown.text), shown.text
    shown = _door(await bot.replies(action=_action(shown, "⬜ Eve")))
    assert "Rien de pointé" not in shown.text, shown.text
    english = _door(await bot.replies(f"/checkin {film}", locale="en"))
    shown = _door(await bot.replies(action=_action(english, "✅ Eve"), locale="en"))
    assert ("Nothing checked: without check-ins, the report counts the 36 seats booked."
            in shown.text), shown.text


# -- a new evening: two volunteers, the last seat, the end, the morning after ---------------

ALMOST_FULL = {**FAMILIES, "max": 2}  # 39 seats of 40


async def test_the_last_seat_taken_online_while_the_door_lets_a_walk_in_in(bot: Bot) -> None:
    """19:35: the volunteer's list says « Libres sans réservation : 1 place ». A man without
    a booking asks; while she nods, Zoé answers « oui » online and gets the last seat (she
    was first: her seat is hers). The volunteer taps « ➕ »: the list went on as if all was
    well (« Plus de place sans réservation », « Dans la salle : 1 pour 40 »), the card read
    « complet : 41 places prises pour 40 », and nobody told her one person too many was now
    counted. The list says it, and what she can do."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, ALMOST_FULL)
    bot.clock.current = FILM_AT - timedelta(minutes=25)
    shown = _door(await bot.replies(f"/pointage {film}"))
    assert "Libres sans réservation : 1 place" in shown.text, shown.text
    zoe = plain(await bot.say(f"/participer {film} oui", user="zoe"))
    assert "vous êtes inscrit" in zoe, zoe
    shown = _door(await bot.replies(action=_action(shown, "➕")))
    assert "sans inscription : 1" in shown.text, shown.text
    assert ("⚠️ 1 personne de trop sans réservation : toutes les places sont réservées"
            in shown.text), shown.text
    assert "touchez « ➖ »" in shown.text, shown.text
    # The next answer online waits; Zoé keeps her seat (nobody was told otherwise).
    late = plain(await bot.say(f"/participer {film} oui", user="yann"))
    assert "liste d'attente" in late, late
    assert bot.platform.private_texts("zoe") == []
    # « ➖ » (he waits for the start): the list is right again, nothing more to say.
    shown = _door(await bot.replies(action=_action(shown, "➖")))
    assert "de trop" not in shown.text and "Plus de place sans réservation" in shown.text
    english = _door(await bot.replies(action=_action(shown, "➕"), locale="en"))
    assert "⚠️ 1 walk-in too many: every seat is booked" in english.text, english.text


async def test_the_morning_after_the_volunteer_still_finds_her_door(bot: Bot) -> None:
    """The screening is over; the volunteer enters the two families she forgot the next
    morning at 9:30, from the phone's menu (« /pointage » alone): she got « Aucun événement
    à venir : pas d'entrée à tenir. » although the door takes taps until the books close
    (11:00). She gets the door, which says it is over and until when it can be corrected,
    and counts those not come as not come (not « pas encore arrivé·e·s »)."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, FAMILIES)
    bot.clock.current = NEXT_MORNING
    shown = _door(await bot.replies("/pointage"))
    assert f"« Ciné-club » (#{film})" in shown.text, shown.text
    assert "Pas venu·e·s : 36 places" in shown.text, shown.text
    assert "pas encore" not in shown.text.lower(), shown.text
    assert ("C'est terminé : corrections possibles jusqu'au dimanche 6 décembre 2026 à 11h"
            in shown.text), shown.text
    shown = _door(await bot.replies(action=_action(shown, "⬜ Ana +2")))
    assert "Pas venu·e·s : 33 places" in shown.text, shown.text
    # Once the books are closed, /pointage alone no longer offers it.
    await tick_at(bot, await restart(bot), CLOSED_BY)
    said = plain(await bot.say("/pointage"))
    assert "Ciné-club" not in said, said


async def test_two_volunteers_counting_walk_ins_each_count(bot: Bot) -> None:
    """Two volunteers at the door of the games night, each with her own list (one on
    Telegram, one on Discord: one list each, private, refreshed when she taps). Léa lets in
    a man without a booking and taps « ➕ »; a minute later Sam, on her list opened at the
    same time, lets in a woman and taps « ➕ »: she read « Déjà compté : 1 sans inscription »
    and the woman was counted only if Sam tapped a second time — on a busy night half the
    walk-ins of one of them. A slow phone sending the same tap twice still counts once
    (each volunteer's own repeat is known), and after a restart nothing is guessed."""
    bot.organizers.add("sam")
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 40")
    await _families(bot, games, {"ana": 2, "bea": 3})
    bot.clock.current = FILM_AT + timedelta(minutes=10)
    lea = _door(await bot.replies(f"/pointage {games}"))
    sam = _door(await bot.replies(f"/pointage {games}", user="sam"))
    lea_more, sam_more = _action(lea, "➕"), _action(sam, "➕")
    lea = _door(await bot.replies(action=lea_more))
    assert "sans inscription : 1" in lea.text, lea.text
    said = await bot.replies(action=sam_more, user="sam")
    assert not any("Déjà compté" in text_of(r) for r in said), [text_of(r) for r in said]
    assert "sans inscription : 2" in _door(said).text, _door(said).text
    # Each one's phone sending her tap again: counted once each.
    for who, pressed in (("orga", lea_more), ("sam", sam_more)):
        again = [plain(text_of(r)) for r in await bot.replies(action=pressed, user=who)]
        assert any("Déjà compté : 2 sans inscription" in text for text in again), again
    assert (await bot.core.storage.attendance.sheet(games)).walk_ins == 2
    # A « ➖ » from Léa's old list, a walk-in she counted by mistake: taken off although Sam
    # counted one since.
    shown = _door(await bot.replies(action=_action(lea, "➖")))
    assert "sans inscription : 1" in shown.text, shown.text
    # After a restart, an old list's tap is not guessed: asked to use the list to date.
    await restart(bot)
    again = [plain(text_of(r)) for r in await bot.replies(action=_action(sam, "➕"),
                                                          user="sam")]
    assert any("Déjà compté : 1 sans inscription" in text for text in again), again


async def test_someone_from_the_waitlist_let_in_before_the_start_is_said_to_be_extra(
        bot: Bot) -> None:
    """40 seats, 40 booked, Zoé first on the waitlist. At 19:45 she is at the door and the
    volunteer taps « ⬜ (liste d'attente) Zoe » on page 2: Zoé is let in (the README's rule),
    and the list read « Présent·e·s : 1 sur 41 places réservées », « Plus de place sans
    réservation » — nothing said that the room now holds one seat more than it has while
    every family booked may still come. It says so, and how to undo it."""
    film = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 40 | projection")
    await _families(bot, film, {**FAMILIES, "max": 3})  # 40 seats
    said = plain(await bot.say(f"/participer {film} oui", user="zoe"))
    assert "liste d'attente" in said, said
    bot.clock.current = FILM_AT - timedelta(minutes=15)
    shown = _door(await bot.replies(f"/pointage {film}"))
    shown = _door(await bot.replies(action=_action(shown, "Page suivante")))
    shown = _door(await bot.replies(action=_action(shown, "(liste d'attente) Zoe")))
    assert "✅ Zoe" in [b.label for b in shown.buttons], shown.buttons
    assert ("⚠️ 41 places réservées pour 40 : la liste d'attente laissée entrer avant le "
            "début prend une place de plus" in shown.text), shown.text
    # Undone (she waits for the start): back in the queue, the list as before.
    shown = _door(await bot.replies(action=_action(shown, "✅ Zoe")))
    assert "⚠️" not in shown.text and "Plus de place sans réservation" in shown.text
    english = _door(await bot.replies(action=_action(shown, "Zoe"), locale="en"))
    assert ("⚠️ 41 seats booked for 40: letting in from the waitlist before the start takes "
            "one seat more" in english.text), english.text


async def test_storage_two_lists_at_once_count_twice_one_phone_twice_counts_once(
        db_path: Path) -> None:
    """Storage on its own, on a real file: two volunteers' taps from lists that both showed
    0, sent at the same moment, count two; one phone's tap sent twice counts one; a list
    whose count moved while nobody's tap was seen (a restart) is refused, as before."""
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(NewEvent("Jeux", FILM_AT, "Le Focus", capacity=30),
                                          FILM_AT - timedelta(days=3))
        count = store.attendance.count_walk_ins
        both = await asyncio.gather(count(event.id, 1, FILM_AT, 0, by=1),
                                    count(event.id, 1, FILM_AT, 0, by=2))
        assert [w.moved for w in both] == [True, True] and both[-1].count == 2
        twice = await asyncio.gather(count(event.id, 1, FILM_AT, 2, by=1),
                                     count(event.id, 1, FILM_AT, 2, by=1))
        assert [w.moved for w in twice] == [True, False] and twice[-1].count == 3
    finally:
        await store.close()
    store = await Storage.open(db_path)  # a restart: nothing seen yet
    try:
        stale = await store.attendance.count_walk_ins(event.id, 1, FILM_AT, 2, by=2)
        assert (stale.moved, stale.count) == (False, 3)
    finally:
        await store.close()


async def test_the_pages_of_a_long_door_list_say_which_names_they_hold(bot: Bot) -> None:
    """The games night, twenty teenagers signed up one by one: three pages of eight. Max
    arrives; the volunteer read « Page 1/3 » and « Page suivante ▶ » and paged through to
    find him, a queue behind him. Each page says the letters it holds, and so do the
    buttons that lead to the others."""
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 40")
    teens = ("adam alice amir bea cleo dina eli enzo farah gael hugo ines jade karim lea lou "
             "max nina oscar zoe").split()
    await _families(bot, games, dict.fromkeys(teens, 0))
    bot.clock.current = FILM_AT - timedelta(minutes=10)
    shown = _door(await bot.replies(f"/pointage {games}"))
    assert "Page 1/3 · A–E" in shown.text, shown.text
    assert "Page suivante ▶ F–L" in [b.label for b in shown.buttons], shown.buttons
    shown = _door(await bot.replies(action=_action(shown, "Page suivante")))
    labels = [b.label for b in shown.buttons]
    assert "Page 2/3 · F–L" in shown.text, shown.text
    assert "◀ Page précédente A–E" in labels and "Page suivante ▶ M–Z" in labels, labels
    english = _door(await bot.replies(f"/checkin {games}", locale="en"))
    assert "Page 1/3 · A–E" in english.text and "Next page ▶ F–L" in [
        b.label for b in english.buttons], english
