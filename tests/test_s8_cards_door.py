"""Session 8, cards and the door on event night: the volunteer at the door with a phone,
members pressing cards late, copies on both platforms. Real SQLite files, an injected
clock, the recording adapter or the real adapters against the fakes."""

from __future__ import annotations

from datetime import timedelta

from scheduler_helpers import starts, tick_at
from test_buttons import _show_in_chat
from test_s6_cross_week import CAMILLE, JAMES, LIAM, ORGA_DC, SOPHIE, ZOE, Week, announce_games
from test_s6_cross_week import week as week  # the fixture
from test_s7_cards_started import starts_at

from bot.scheduler import Scheduler
from fakes.telegram_api import Stored
from recording import Bot, new_event


async def test_old_copies_closed_at_the_start_are_not_edited_again_the_next_morning(
        bot: Bot) -> None:
    """Three members each asked for the card three times in their chat: the oldest of each
    chat no longer follows every change. At the start every copy closes (« Commencé », the
    old ones too, once); the next morning only the copies that follow every change turn
    « Terminé »: the old ones are not edited again (one request each, on every later
    change, for nothing)."""
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 40")
    for n in range(3):
        await bot.say(f"/participer {event_id}", user=f"m{n}")
        for _ in range(3):
            await _show_in_chat(bot, f"/event {event_id}", f"m{n}", f"chat-{n}")
    start = await starts(bot, event_id)
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start - timedelta(minutes=1))
    bot.platform.edits.clear()
    await tick_at(bot, scheduler, start + timedelta(seconds=30))
    closed = {(chat, message) for chat, message, card in bot.platform.edits
              if card.status_text and not card.buttons}
    assert len(closed) == 9, closed  # every copy, the old ones too
    bot.platform.edits.clear()
    await tick_at(bot, scheduler, start + timedelta(hours=13))
    edited = {(chat, message) for chat, message, _ in bot.platform.edits}
    assert len(edited) == 6, edited  # the two latest of each chat only


# -- the door on a phone, through the real adapters ------------------------------------------


def door_list(week: Week) -> Stored:
    """The door list in Camille's private chat (one message, replaced at every tap)."""
    return [m for m in week.tg.fake.chat(CAMILLE["id"]) if "Entrée" in m.visible][-1]


def text_of(message: Stored) -> str:
    return message.visible.replace("\xa0", " ").replace("\u202f", " ")


def button(message: Stored, name: str) -> str:
    return next(d for label, d in zip(message.button_labels, message.button_data, strict=True)
                if name in label)


async def games_night_at_the_door(week: Week, capacity: int = 6) -> int:
    """Sophie booked for two on Telegram, Zoé and Liam on Discord, James's family of four
    went on the waitlist (two seats were left); it is 19:30, the door list is open."""
    games = await announce_games(week, capacity=capacity)
    await week.tg_say(SOPHIE, f"/participer {games} oui +1")
    for teen in (ZOE, LIAM):
        await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going",
                            user=teen)
    await week.settle()
    said = await week.tg_say(JAMES, f"/participer {games} oui +3")
    assert "waitlist" in said, said
    week.clock.current = await starts_at(week, games) - timedelta(minutes=30)
    await week.tg_say(CAMILLE, f"/pointage {games}")
    return games


async def test_a_double_tap_on_a_slow_phone_does_not_undo_the_check_in(week: Week) -> None:
    """At the door the network is slow: Camille taps « Sophie +1 », nothing seems to happen,
    she taps again on the same list. Both taps carry the same button: the second one undid
    the first (Sophie and her guest counted absent, 0 present). A tap now says what it does
    (check in, or undo), so the same tap twice is one check-in; undoing is the ✅ button."""
    games = await games_night_at_the_door(week)
    stale = door_list(week)
    tap = button(stale, "Sophie")
    await week.tg.press(CAMILLE, stale, tap)
    await week.tg.press(CAMILLE, stale, tap)  # the same message, before it was replaced
    shown = door_list(week)
    assert "✅ Sophie +1" in shown.button_labels, shown.button_labels
    assert "Présent·e·s : 2 sur" in text_of(shown), shown.visible
    # The wrong tap undone: the ✅ button asks how many came (a family), and « Personne »,
    # pressed twice the same way, undoes it once.
    await week.tg.press(CAMILLE, shown, button(shown, "Sophie"))
    asked = door_list(week)
    undo = button(asked, "Personne")
    await week.tg.press(CAMILLE, asked, undo)
    await week.tg.press(CAMILLE, asked, undo)
    shown = door_list(week)
    assert "⬜ Sophie +1" in shown.button_labels, shown.button_labels
    attendance = await week.core.storage.attendance.sheet(games)
    assert attendance.present_seats == 0


async def test_the_door_list_says_how_many_are_inside_for_the_seats_there_are(
        week: Week) -> None:
    """The volunteer lets in James's family of four from the waitlist (5 of 6 seats were
    booked) and a walk-in: the list said « Présent·e·s : 6 sur 9 places réservées », never
    how many seats the room has, so nothing told her the room was over. Then the organiser
    lowers the seats in the evening: the list follows."""
    games = await games_night_at_the_door(week)
    await week.tg.press(CAMILLE, door_list(week), button(door_list(week), "James"))
    await week.tg.press(CAMILLE, door_list(week), button(door_list(week), "➕"))
    shown = text_of(door_list(week))
    assert "Dans la salle : 5 pour 6 places" in shown, shown
    await week.tg.press(CAMILLE, door_list(week), button(door_list(week), "Sophie"))
    shown = text_of(door_list(week))
    assert "Dans la salle : 7 pour 6 places" in shown and "complet" in shown, shown
    # Every card, on both platforms, shows the family in and the walk-in: 9 seats taken
    # for 6.
    for line in week.seats(games):
        assert "9 places prises pour 6" in line.replace("\xa0", " "), week.seats(games)
    await week.tg_say(CAMILLE, f"/modifier {games} places 8")
    await week.tg.press(CAMILLE, door_list(week), button(door_list(week), "🔄"))
    assert "Dans la salle : 7 pour 8 places" in text_of(door_list(week))


async def test_two_volunteers_on_two_platforms_tapping_the_same_family_count_it_once(
        week: Week) -> None:
    """Camille keeps the door on Telegram, the Discord organiser the other door, each with
    a list opened at 19:30. Sophie's family comes in by Camille's door; a minute later the
    other volunteer, seeing « ⬜ Sophie +1 » on an older list, taps it: that undid Camille's
    check-in. A tap only checks in now: Sophie stays in, counted once."""
    games = await games_night_at_the_door(week)
    await week.dc.command("checkin", {"event": games}, user=ORGA_DC)
    other = next(m for m in week.dc.fake.messages.values() if "v1:here:" in str(m))
    sophie_dc = next(c["custom_id"] for row in other["components"]
                     for c in row["components"] if "Sophie" in c["label"])
    await week.tg.press(CAMILLE, door_list(week), button(door_list(week), "Sophie"))
    await week.dc.press(int(other["id"]), sophie_dc, user=ORGA_DC)
    await week.settle()
    assert (await week.core.storage.attendance.sheet(games)).present_seats == 2
    assert "✅ Sophie +1" in str(other["components"]), other["components"]


async def test_checkin_alone_from_the_phone_menu_opens_tonights_door(week: Week) -> None:
    """Telegram's menu sends « /pointage » alone. At 20:20 the volunteer got « Il manque le
    numéro de l'événement… /evenements les affiche », and /evenements no longer lists an
    event that has started. Alone, it now opens the door list of the event under way (or
    about to start); with two tonight, one button each; with none, says when it opens."""
    games = await announce_games(week)
    await week.tg_say(SOPHIE, f"/participer {games} oui +1")
    said = await week.tg_say(CAMILLE, "/creer Atelier vidéo | vendredi 10h-12h | 10 | atelier")
    workshop = int(said.split("#")[1].split()[0].strip("),."))
    start = await starts_at(week, games)
    week.clock.current = start - timedelta(days=1)
    said = text_of_all(await week.tg.say(CAMILLE, "/pointage"))
    assert "3 h avant" in said and f"/pointage {workshop}" in said, said
    week.clock.current = start + timedelta(minutes=20)
    said = text_of_all(await week.tg.say(CAMILLE, "/pointage"))
    # The morning's workshop, over, is not offered beside tonight's games.
    assert "Entrée — « Soirée jeux »" in said and "Sophie +1" in str(
        door_list(week).button_labels), said
    # On Discord the option may be left empty too: the same door.
    answer = await week.dc.command("checkin", {}, user=ORGA_DC)
    assert "Soirée jeux" in answer.text and "Sophie +1" in str(answer.calls), answer.text
    # A second event tonight (the screening at 20:30): the volunteer picks the door.
    said = await week.tg_say(CAMILLE, "/creer Ciné-club | vendredi 20h30 | 30 | projection")
    assert "#" in said, said
    new = await week.tg.say(CAMILLE, "/pointage")
    picked = new[-1]
    assert len([d for d in picked.button_data if d.startswith("v1:door:")]) == 2, (
        picked.visible, picked.button_labels)
    await week.tg.press(CAMILLE, picked, picked.button_data[0])
    assert "Soirée jeux" in door_list(week).visible


def text_of_all(messages: list[Stored]) -> str:
    return "\n".join(text_of(m) for m in messages)
