"""Session 7, round 2 (tg2): a volunteer organiser on a phone, one hand, through the real PTB
`Application` against the fake Bot API."""

from __future__ import annotations

from datetime import UTC, datetime

from test_telegram_adapter import GROUP, LEA, ORGA, Harness, card_messages, new_event

from bot.adapters.telegram.render import units
from fakes.telegram_api import Stored, user


def rows(message: Stored) -> list[list[str]]:
    """The buttons as the phone lays them out, row by row."""
    keyboard = (message.reply_markup or {}).get("inline_keyboard", [])
    return [[str(b.get("text", "")) for b in row] for row in keyboard]


async def test_the_guided_creation_s_annuler_has_a_row_of_its_own(tg: Harness) -> None:
    """Camille creates an event from the menu, phone in one hand. « Annuler » (which drops
    the whole draft at once, nothing to undo) sat in the row of the answers, a third of the
    width next to « Autre », « Passer » or « ◀ Étape précédente »: one thumb slip and the
    description she had just typed was gone. Now the answers come first, « ◀ Étape
    précédente » on its own row, and « Annuler » alone on the last one."""
    first: list[list[str]] = []
    for typed in ("/nouvelevenement", "Atelier photo", "samedi 5 décembre 20h", "12",
                  "gratuit"):
        [asked] = await tg.say(ORGA, typed)
        laid = rows(asked)
        first = first or laid
        assert laid[-1] == ["Annuler"], (typed, laid)
        for row in laid[:-1]:
            assert "Annuler" not in row, (typed, laid)
            if "◀ Étape précédente" in row:
                assert row == ["◀ Étape précédente"], (typed, laid)
    # The kinds still come several to a row.
    assert len(first[0]) > 1, first


async def test_at_the_door_a_waitlisted_parent_shows_so_before_the_phone_cuts_the_label(
        tg: Harness) -> None:
    """Camille checks people in at the entrance. « ⬜ Marie-Christine Delaporte-Vidal (liste
    d'attente) » does not fit a phone's button: Telegram cuts it to « ⬜ Marie-Christine
    Delaporte-Vid… », and a parent still on the waitlist looks booked. The mark comes
    before the name, where the phone shows it."""
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 20:00 | 1")
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = card_messages(tg.fake.chat(GROUP))
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    await tg.press(user(3101, "Marie-Christine Delaporte-Vidal", "fr"), card,
                   f"v1:rsvp:{event_id}:going")
    tg.clock.current = datetime(2026, 12, 5, 18, 50, tzinfo=UTC)
    [door] = await tg.say(ORGA, f"/pointage {event_id}")
    label = next(b for b in door.button_labels if "Marie" in b)
    assert "attente" in label[:PHONE_BUTTON], label


# What a phone shows of a full-width button's label before cutting it (a 360 dp screen).
PHONE_BUTTON = 28


# What a phone shows of a button's label before cutting it, by how many share its row (a
# 360 dp screen: Telegram gives each button of a row the same width).
FITS = {1: 40, 2: 26, 3: 17}


def cut_labels(message: Stored) -> list[str]:
    """The labels a phone cuts short (« ➕ sans inscri… »)."""
    return [label for row in rows(message) for label in row
            if units(label) > FITS.get(len(row), 0)]


async def test_the_door_s_walk_in_count_is_not_cut_off_on_a_phone(tg: Harness) -> None:
    """At the entrance, Camille taps « ➕ sans inscription (0) » for each walk-in: three
    to a row, her phone showed « ➖ sans insc… », « ➕ sans insc… », « 🔄 Actualiser »: the
    count was cut off, and minus and plus looked alike. Now a label that would be cut
    shares its row with one other at most."""
    event_id = await new_event(tg, "Atelier photo | 2026-12-05 20:00 | 5")
    await tg.say(LEA, f"/participer {event_id} oui")
    tg.clock.current = datetime(2026, 12, 5, 18, 50, tzinfo=UTC)
    [door] = await tg.say(ORGA, f"/pointage {event_id}")
    assert cut_labels(door) == [], rows(door)
    walk_in = next(row for row in rows(door) if any("(0)" in label for label in row))
    assert len(walk_in) <= 2, rows(door)
    # The card's own answers still sit side by side, three to a row.
    card = card_messages(await tg.say(ORGA, f"/annoncer {event_id}"))[0]
    assert len(rows(card)[0]) == 3 and cut_labels(card) == [], rows(card)
