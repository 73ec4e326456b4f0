"""Session 6, organisers' seat: a real fortnight at Le Focus (board-game nights, a screening,
the English class series, the darkroom workshop), as the volunteers typed and tapped it.

Through the core with the recording platform on a real SQLite file (`bot` fixture, now =
Wednesday 25 November 2026, 11:00 in Paris); dates straight through the reader.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import create_core
from bot.config import Settings
from bot.dates import read_when
from bot.errors import UserInputError
from bot.i18n import PARIS
from recording import NOW, Bot, Clock, RecordingAdapter, new_event, plain, private_text

# Friday 27 November 2026, 10:00 in Paris.
FRIDAY = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _paris(text: str, now: datetime = FRIDAY) -> str:
    when = read_when(text, now)
    shown = f"{when.start.astimezone(PARIS):%Y-%m-%d %H:%M}"
    if when.end is not None:
        shown += f" -> {when.end.astimezone(PARIS):%Y-%m-%d %H:%M}"
    return shown


# -- the English class series: one date cancelled, then the time of all changed ---------------


async def test_a_series_time_change_after_one_date_was_cancelled_moves_nobody_to_another_day(
        bot: Bot) -> None:
    """The English class (Tuesdays 18:30): the 15 December class is cancelled (the teacher
    is away), then the whole series moves to 18:00. The 22 December class, where Ana was
    going, was moved to 15 December (the cancelled day) and every later class a week
    earlier; Ana was told her class was now on the 15th."""
    reply = await bot.say("/nouvelleserie Cours d'anglais | mardi 18h30 | | 12 | anglais")
    assert "Série n°1" in reply, reply
    events = await bot.core.storage.events.upcoming(bot.clock(), 20)
    by_day = {e.starts_at.astimezone(PARIS).date().isoformat(): e.id for e in events}
    dec15, dec22 = by_day["2026-12-15"], by_day["2026-12-22"]
    await bot.say(f"/annuler {dec15} prof absent confirmer")
    await bot.say(f"/participer {dec22} oui", user="ana")
    reply = plain(await bot.say("/modifierserie 1 heure 18h"))
    moved = await bot.core.storage.events.get(dec22)
    assert moved is not None and not moved.cancelled
    assert f"{moved.starts_at.astimezone(PARIS):%Y-%m-%d %H:%M}" == "2026-12-22 18:00", reply
    # The cancelled Tuesday stays cancelled: no class comes back on the 15th.
    coming = await bot.core.storage.events.upcoming(bot.clock(), 20)
    days = [e.starts_at.astimezone(PARIS).date().isoformat() for e in coming]
    assert "2026-12-15" not in days, days
    assert days.count("2026-12-22") == 1 and days.count("2026-12-29") == 1, days
    told = plain(private_text(bot, "ana"))
    assert "22 décembre 2026 à 18h" in told and "15 décembre" not in told, told


# -- dates as the English-speaking organiser writes them ----------------------------------------


@pytest.mark.parametrize(("typed", "moment"), [
    ("tomorrow 7.30pm", "2026-11-28 19:30"),
    ("Dec 5th 7.30 pm", "2026-12-05 19:30"),
    ("demain 19.30", "2026-11-28 19:30"),
    ("samedi 20.30-23.00", "2026-11-28 20:30 -> 2026-11-28 23:00"),
])
def test_a_time_written_with_a_dot_is_read(typed: str, moment: str) -> None:
    """« tomorrow 7.30pm », as British people write it: « I didn't understand the date »."""
    assert _paris(typed) == moment


def test_a_date_with_a_dot_still_wins_over_a_time() -> None:
    """« 03.12 » stays the 3rd of December (Swiss and Belgian posters), not 3:12."""
    assert _paris("03.12 18h30") == "2026-12-03 18:30"


def test_a_fifth_weekday_missing_this_year_is_found_next_year() -> None:
    """Typed in November 2026: « le cinquième dimanche de janvier 15h ». January 2026 had
    four Sundays, so it was refused as a date that does not exist, though January 2027 has
    a fifth Sunday, the 31st."""
    assert _paris("le cinquième dimanche de janvier 15h") == "2027-01-31 15:00"
    assert _paris("the fifth sunday of january 3pm") == "2027-01-31 15:00"


@pytest.mark.parametrize(("typed", "moment"), [
    ("samedi 14h pendant 3h", "2026-11-28 14:00 -> 2026-11-28 17:00"),
    ("samedi 14h durant 2h30", "2026-11-28 14:00 -> 2026-11-28 16:30"),
    ("samedi 14h pendant 90 min", "2026-11-28 14:00 -> 2026-11-28 15:30"),
    ("saturday 2pm for 3 hours", "2026-11-28 14:00 -> 2026-11-28 17:00"),
    ("demain 20h30 durée 1h30", "2026-11-28 20:30 -> 2026-11-28 22:00"),
    ("samedi 22h pendant 3h", "2026-11-28 22:00 -> 2026-11-29 01:00"),
])
def test_a_length_typed_after_the_time_sets_the_end(typed: str, moment: str) -> None:
    """The darkroom workshop « samedi 14h pendant 3h » (6 € an hour, so people want to know
    how long): « Je n'ai pas compris la date »."""
    assert _paris(typed) == moment


def test_a_length_longer_than_an_evening_is_refused() -> None:
    with pytest.raises(UserInputError) as caught:
        read_when("samedi 14h pendant 20h", FRIDAY)
    assert caught.value.key == "error.when_end_before"


# -- scheduled announcements: n° or # ----------------------------------------------------------


async def _four_announcements(bot: Bot) -> tuple[int, int, int]:
    """Events #1, #2, #3; announcements n°1 (#1), n°2 (#2), n°3 (#1), n°4 (#3)."""
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 20")
    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    lab = await new_event(bot, "Labo photo argentique | 2026-12-06 14:00 | 6")
    for event, when in ((games, "30/11 18h"), (film, "1/12 18h"), (games, "3/12 18h"),
                        (lab, "2/12 18h")):
        await bot.say(f"/annoncerplustard {event} {when}")
    return games, film, lab


async def test_unschedule_with_a_number_that_is_both_is_asked_not_guessed(bot: Bot) -> None:
    """« /deprogrammer 3 » meaning the darkroom workshop #3: announcement n°3 (the games
    night's reminder post) was cancelled instead, and the reply « Annonce n°3 annulée. »
    did not say which event it was."""
    games, _, lab = await _four_announcements(bot)
    reply = plain(await bot.say(f"/deprogrammer {lab}"))
    assert len(await bot.core.storage.announcements.pending()) == 4, reply
    assert "/deprogrammer n°3" in reply and "/deprogrammer #3" in reply, reply
    assert "Labo photo" in reply and "Soirée jeux" in reply, reply
    english = plain(await bot.say(f"/unschedule {lab}", locale="en"))
    assert "/unschedule no. 3" in english and "/unschedule #3" in english, english


async def test_unschedule_by_event_number_cancels_that_events_announcement(bot: Bot) -> None:
    games, _, lab = await _four_announcements(bot)
    reply = plain(await bot.say(f"/deprogrammer #{lab}"))
    pending = await bot.core.storage.announcements.pending()
    assert [p.id for p in pending] == [1, 2, 3], reply
    assert "n°4" in reply and "Labo photo argentique" in reply and f"#{lab}" in reply, reply
    # n°3 said as such is the announcement, and the reply names its event.
    reply = plain(await bot.say("/deprogrammer n°3"))
    assert [p.id for p in await bot.core.storage.announcements.pending()] == [1, 2], reply
    assert "Soirée jeux" in reply and f"#{games}" in reply, reply


async def test_unschedule_by_event_number_with_two_announcements_lists_them(bot: Bot) -> None:
    games, _, _ = await _four_announcements(bot)
    reply = plain(await bot.say(f"/deprogrammer #{games}"))
    assert len(await bot.core.storage.announcements.pending()) == 4, reply
    assert "/deprogrammer n°1" in reply and "/deprogrammer n°3" in reply, reply


# -- the door ----------------------------------------------------------------------------------


async def test_undoing_a_door_tap_keeps_the_seat_freed_meanwhile(bot: Bot) -> None:
    """Board-game night, one seat: Ana going, Zoé waitlisted. At the door Zoé is let in on
    a tap; Ana then writes she cannot come; the volunteer undoes Zoé's tap (tapped the wrong
    name). Zoé went back to the waitlist with a free seat beside her: 0/1 taken, 1 waiting."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 1")
    await bot.say(f"/participer {event} oui", user="ana")
    await bot.say(f"/participer {event} oui", user="zoe")
    bot.clock.advance(hours=8)  # 19:00 in Paris: the door is open
    door = [r for r in await bot.replies(f"/pointage {event}") if r.buttons][-1]
    zoe = next(b for b in door.buttons if "Zoe" in b.label)
    # The list the tap shows: her button is now the ✅ that undoes (session 8: the same
    # button twice, as a slow phone sends it, checks in once).
    shown = [r for r in await bot.replies(action=zoe.action) if r.buttons][-1]
    undo = next(b for b in shown.buttons if "Zoe" in b.label)
    await bot.say(f"/participer {event} non", user="ana")
    await bot.press(undo.action)  # undone
    counts = await bot.core.storage.rsvps.counts(event)
    assert (counts.going_seats, counts.waitlist) == (1, 0)
    sheet = await bot.core.storage.attendance.sheet(event)
    back = next(e for e in sheet.entries if e.display_name == "Zoe")
    assert not back.waitlisted and not back.present


def test_pour_before_a_time_is_not_read_as_a_length() -> None:
    """« samedi pour 20h » is « for 8 pm », never a 20-hour length."""
    with pytest.raises(UserInputError) as caught:
        read_when("samedi pour 20h", FRIDAY)
    assert caught.value.key != "error.when_end_before"


async def test_undoing_a_door_tap_before_the_start_gives_the_freed_seat_to_the_queue(
        bot: Bot) -> None:
    """The same, an hour before the start, with Léo ahead of Zoé in the queue: the seat Ana
    freed goes to Léo, who is told; Zoé is back in the queue behind nobody."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 1")
    await bot.say(f"/participer {event} oui", user="ana")
    await bot.say(f"/participer {event} oui", user="leo")
    await bot.say(f"/participer {event} oui", user="zoe")
    bot.clock.advance(hours=8)  # 19:00 in Paris
    door = [r for r in await bot.replies(f"/pointage {event}") if r.buttons][-1]
    zoe = next(b for b in door.buttons if "Zoe" in b.label)
    shown = [r for r in await bot.replies(action=zoe.action) if r.buttons][-1]
    undo = next(b for b in shown.buttons if "Zoe" in b.label)  # her ✅, which undoes
    await bot.say(f"/participer {event} non", user="ana")
    before = len(bot.platform.private_texts("leo"))
    await bot.press(undo.action)  # undone
    states = {a.display_name: a.state for a in await bot.core.storage.rsvps.attendees(event)}
    assert states["Leo"] == "going" and states["Zoe"] == "waitlisted", states
    assert len(bot.platform.private_texts("leo")) > before


# -- the report for the town hall --------------------------------------------------------------


async def test_the_report_says_a_person_on_both_platforms_counts_twice(
        tmp_path: Path) -> None:
    """Léa answers the games night on Telegram (as a parent) and the screening on Discord:
    /bilan said « Membres inscrit·e·s (différent·e·s) : 2 », a figure the town hall reads
    as two people."""
    clock = Clock(NOW)
    core = await create_core(Settings(database_path=tmp_path / "focus.db",
                                      telegram_token="1:x", discord_token="y"),
                             clock=clock, card_interval=0, seed_demo=False)
    platform = RecordingAdapter()
    core.add_adapter(platform)
    await platform.start(core)
    bot = Bot(core, platform, clock)
    try:
        event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10")
        await bot.say(f"/participer {event} oui", user="lea")
        await bot.say(f"/participer {event} oui", user="ben")
        bot.clock.advance(hours=12)
        reply = plain(await bot.say("/bilan novembre 2026"))
        assert "compte pour deux" in reply, reply
        english = plain(await bot.say("/report november 2026", locale="en"))
        assert "counts as two" in english, english
    finally:
        await core.idle()
        await core.storage.close()


# -- a cancellation by mistake -----------------------------------------------------------------


async def test_a_cancelled_event_reopened_by_mistake_points_to_a_copy(bot: Bot) -> None:
    """The screening was cancelled on the wrong number; « /rouvrir 2 » answered « annulé :
    les réponses sont fermées » and « /modifier 2 … » « il ne peut plus être modifié »: the
    volunteer did not know the way back (a copy, at the same moment, is allowed)."""
    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    await bot.say(f"/annuler {film} confirmer")
    reply = plain(await bot.say(f"/rouvrir {film}"))
    assert f"/dupliquer {film} 4/12 20h30" in reply, reply
    reply = plain(await bot.say(f"/modifier {film} lieu Salle 2"))
    assert f"/dupliquer {film} 4/12 20h30" in reply, reply
    english = plain(await bot.say(f"/reopensignups {film}", locale="en"))
    # Day first in words for English readers, where « 4/12 » may be read month first (org2)
    assert f"/duplicate {film} 4 December 20:30" in english, english
    # The line given works: the copy is made at the same moment.
    assert "#" in await bot.say(f"/dupliquer {film} 4/12 20h30")
    assert len(await bot.core.storage.events.upcoming(bot.clock())) == 1


async def test_the_people_told_of_a_cancellation_hear_the_event_is_back(bot: Bot) -> None:
    """Cancelled by mistake, copied back at its own moment: Ana and Ben, told it was
    cancelled, heard nothing more, and « /ecrire 1 … » refuses a cancelled event."""
    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    await bot.say(f"/participer {film} oui", user="ana")
    await bot.say(f"/participer {film} oui", user="ben", locale="en")
    await bot.say(f"/inscrire {film} Mme Martin tél. 06")
    await bot.say(f"/annuler {film} confirmer")
    reply = plain(await bot.say(f"/dupliquer {film} 4/12 20h30"))
    assert "2 personnes prévenues" in reply and "Mme Martin" in reply, reply
    told = plain(private_text(bot, "ana"))
    assert "de nouveau au programme" in told and "/participer 2" in told, told
    assert "back on the programme" in plain(private_text(bot, "ben"))
    # A copy of a past cancelled event (a template) tells nobody.
    old = await new_event(bot, "Atelier | 2026-11-26 14:00 | 6")
    await bot.say(f"/participer {old} oui", user="cleo")
    await bot.say(f"/annuler {old} confirmer")
    bot.clock.advance(days=2)
    await bot.say(f"/dupliquer {old} 10/12 14h")
    assert "programme" not in plain(private_text(bot, "cleo"))


# -- after midnight ----------------------------------------------------------------------------

# Saturday 28 November 2026, 0:30 in Paris: a volunteer still up after Friday's games night.
SMALL_HOURS = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)


def test_tomorrow_typed_after_midnight_is_asked() -> None:
    """At 0:30 on Saturday, « /creer Labo photo | demain 14h » for Saturday afternoon was
    saved on Sunday: for someone who has not slept yet, « demain » is Saturday."""
    from bot.i18n import t, using

    with pytest.raises(UserInputError) as caught:
        read_when("demain 14h", SMALL_HOURS)
    error = caught.value
    assert error.key == "error.when_small_hours"
    with using("fr"):
        french = plain(t(error.key, **error.values))
    with using("en"):
        english = plain(t(error.key, **error.values))
    assert "samedi 28 novembre" in french and "dimanche 29 novembre" in french, french
    assert "samedi 28/11" in french, french
    assert "Saturday 28 November" in english and "Sunday 29 November" in english, english
    # The day written is read as usual; « ce soir » after midnight is the coming evening.
    assert _paris("samedi 14h", SMALL_HOURS) == "2026-11-28 14:00"
    assert _paris("ce soir 20h", SMALL_HOURS) == "2026-11-28 20:00"
    assert _paris("demain 14h", datetime(2026, 11, 28, 7, 0, tzinfo=UTC)) == "2026-11-29 14:00"


# -- a change after people booked ---------------------------------------------------------------


async def test_people_told_of_a_new_time_read_what_it_was_before(bot: Bot) -> None:
    """The darkroom workshop moves from 14h to 15h: Ana read « Changement pour « Labo
    photo » (#1) : samedi 5 décembre 2026 à 15h… » and could not tell what had changed."""
    event = await new_event(bot, "Labo photo | samedi 5 décembre 14h-17h | 6 | atelier")
    await bot.say(f"/participer {event} oui", user="ana")
    await bot.say(f"/participer {event} oui", user="bob", locale="en")
    await bot.say(f"/modifier {event} heure 15h")
    told = plain(private_text(bot, "ana"))
    assert "à 15h, jusqu'à 18h" in told and "Avant : samedi 5 décembre 2026 à 14h" in told, told
    english = plain(private_text(bot, "bob"))
    assert "Before: Saturday 5 December 2026 at 14:00" in english, english


async def test_moving_an_event_before_its_planned_announcement_says_it_will_not_go_out(
        bot: Bot) -> None:
    """The screening moves from Friday 4 to Wednesday 2 December; its announcement planned
    for Thursday 3 at 18h was then silently skipped (a line in the log only)."""
    film = await new_event(bot, "Projection | 2026-12-04 20:30 | 40")
    await bot.say(f"/annoncerplustard {film} 3/12 18h")
    reply = plain(await bot.say(f"/modifier {film} date 2/12"))
    assert "n°1" in reply and "ne sera pas publiée" in reply, reply
    assert f"/annoncer {film}" in reply and "/deprogrammer n°1" in reply, reply
    english = plain(await bot.say(f"/edit {film} date 1/12", locale="en"))
    assert "will not be published" in english and "/unschedule no. 1" in english, english
    assert "ne sera pas publiée" in plain(await bot.say("/programmees"))
    # Moved back after it: nothing to say.
    assert "publiée" not in plain(await bot.say(f"/modifier {film} date 5/12"))


async def test_a_time_that_happens_twice_says_which_one_was_taken(bot: Bot) -> None:
    """A « nuit blanche » workshop at 2:30 on 31 October 2027: that 2:30 happens twice, the
    bot took the first without a word."""
    reply = plain(await bot.say("/creer Nuit blanche | 31/10/2027 2h30 | 10"))
    assert "deux fois" in reply and "la première" in reply, reply
    english = plain(await bot.say("/newevent Night owls | 31/10/2027 2:45am | 10", locale="en"))
    assert "happens twice" in english, english
    assert "deux fois" not in plain(await bot.say("/creer Jeux | 30/10/2027 2h30 | 10"))
