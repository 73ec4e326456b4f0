"""Families and the desk (issue 13): named children, people registered by phone or at the
desk, waitlist fairness with groups, and the attendee CSV for French Excel. Through the core
with the recording platform, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
import test_discord_adapter as discord_side
import test_telegram_adapter as telegram_side
from scheduler_helpers import close_restarted, starts, tick_at  # noqa: F401  (autouse)

from bot import actions
from bot.scheduler import Scheduler
from fakes.telegram_api import FakeTelegram
from recording import NOW, Bot, new_event, on_disk, private_text
from storage import NewEvent, Storage

EVENING = "Soirée jeux | 2026-12-05 20:00 | 10"  # room for families


async def _csv_rows(bot: Bot, event_id: int) -> list[list[str]]:
    (reply,) = await bot.replies(f"/participants {event_id}")
    assert reply.attachment is not None
    raw = reply.attachment.content
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM French Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


async def _seats(bot: Bot, event_id: int) -> int:
    return (await bot.core.storage.rsvps.counts(event_id)).going_seats


# -- named children -------------------------------------------------------------------------


async def test_named_children_set_the_guests_and_only_organisers_see_them(bot: Bot) -> None:
    event_id = await new_event(bot, EVENING)
    reply = await bot.say(f"/participer {event_id} oui Tom, Zoé (8-11)", user="ana")
    assert "3 places" in reply
    assert "Tom" in reply and "Zoé (8-11)" in reply
    assert "2 prénoms" in reply  # the rule said plainly: the names set the guests
    assert await _seats(bot, event_id) == 3

    listing = await bot.say(f"/participants {event_id}")
    assert "Ana (+2)" in listing and "Tom, Zoé (8-11)" in listing
    rows = await _csv_rows(bot, event_id)
    ana = next(r for r in rows if r[0] == "Ana")
    assert "Tom, Zoé (8-11)" in ana
    # A member sees no names: not on the card, not through the organiser command.
    assert "Tom" not in await bot.say(f"/evenement {event_id}", user="ben")
    assert "Tom" not in await bot.say(f"/participants {event_id}", user="ben")

    english = await bot.say(f"/rsvp {event_id} yes Tom, Zoe", user="tom", locale="en")
    assert "3 seats" in english and "Tom, Zoe" in english and "2 names" in english


async def test_names_are_checked_against_the_guests_typed(bot: Bot) -> None:
    event_id = await new_event(bot, EVENING)
    some = await bot.say(f"/participer {event_id} oui +2 Tom", user="ana")
    assert "3 places" in some and "Tom" in some and "1 invité·e sans prénom" in some
    exact = await bot.say(f"/participer {event_id} oui +2 Léo, Inès", user="cleo")
    assert "Enfants notés\u00a0: Léo, Inès." in exact and "sans prénom" not in exact
    refused = await bot.say(f"/participer {event_id} oui +1 Tom, Zoé", user="ben")
    assert "2 enfants" in refused and "+1" in refused
    assert "Traceback" not in refused
    assert await _seats(bot, event_id) == 6  # Ben's answer was not taken
    english = await bot.say(f"/rsvp {event_id} yes +1 Tom, Zoe", user="tom", locale="en")
    assert "2 children" in english and "+1" in english


@pytest.mark.parametrize("names", [
    # (an invisible separator is removed on the way in since session 8: « Tom\u2063Zoé » reads
    # as the « TomZoé » a phone shows)
    "<b>Tom</b>", "Tom2", "[Tom](http://x.fr)", "@everyone", "T*o*m",
    "je viens avec mon fils qui adore les jeux de société", "A" * 31,
    ", ".join(["Tom"] * 10), "Tom (huit ans)", "Tom (8-11", "T😀m",
])
async def test_bad_names_get_a_polite_refusal_and_change_nothing(bot: Bot, names: str) -> None:
    event_id = await new_event(bot, EVENING)
    reply = await bot.say(f"/participer {event_id} oui {names}", user="ana")
    assert "Utilisation" in reply and "Traceback" not in reply
    assert "prénom" in reply or "enfants" in reply
    assert await _seats(bot, event_id) == 0
    english = await bot.say(f"/rsvp {event_id} yes {names}", user="tom", locale="en")
    assert "Usage" in english and ("first name" in english or "children" in english)


async def test_a_typo_in_the_answer_is_not_taken_for_a_child(bot: Bot) -> None:
    event_id = await new_event(bot, EVENING)
    reply = await bot.say(f"/participer {event_id} oiu", user="ana")
    assert "répondez par oui, peut-être ou non" in reply
    assert f"/participer {event_id} oui Tom, Zoé" in reply
    names_with_no = await bot.say(f"/participer {event_id} non Tom", user="ana")
    assert "prénoms" in names_with_no and "Utilisation" in names_with_no
    assert await _seats(bot, event_id) == 0
    assert await bot.core.storage.rsvps.attendees(event_id) == []


async def test_button_after_going_with_guests_says_what_to_type(bot: Bot) -> None:
    event_id = await new_event(bot, EVENING)
    (reply,) = await bot.replies(f"/participer {event_id} oui +2", user="ana")
    kids = actions.encode("kids", event_id)
    assert kids in [b.action for b in reply.buttons]
    assert "Nommer les enfants" in [b.label for b in reply.buttons][0]
    told = await bot.replies(action=kids, user="ana")
    assert all(r.private for r in told)
    text = "\n".join(r.text for r in told)
    assert f"/participer {event_id} oui +2 " in text and "facultatif" in text
    # No button when nobody comes along, nor once the names are given.
    (alone,) = await bot.replies(f"/participer {event_id} oui", user="ben")
    assert kids not in [b.action for b in alone.buttons]
    (named,) = await bot.replies(f"/participer {event_id} oui Léo", user="cleo")
    assert kids not in [b.action for b in named.buttons]

    # From the card: the first "+1 guest" brings a private offer with the same button.
    first = await bot.replies(action=actions.encode("guest", event_id, "+1"), user="ben")
    offer = [r for r in first if kids in [b.action for b in r.buttons]]
    assert offer and offer[0].private
    assert "Inscrit·e" in first[-1].text  # the toast is still the last reply
    english = await bot.replies(action=kids, user="tom", locale="en")
    assert f"/rsvp {event_id} yes +1 " in english[0].text
    assert len(english[-1].text) < 200  # the last reply is a press's toast: short
    await bot.say(f"/annuler {event_id} confirmer")
    assert "annulé" in await bot.press(kids, user="ana")


async def test_names_follow_the_answer_guest_buttons_and_no(bot: Bot) -> None:
    event_id = await new_event(bot, EVENING)
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="ana")
    await bot.press(actions.encode("guest", event_id, "+1"), user="ana")
    assert "Tom, Zoé" in await bot.say(f"/participants {event_id}")  # kept over a +1
    await bot.press(actions.encode("guest", event_id, "-1"), user="ana")
    await bot.press(actions.encode("guest", event_id, "-1"), user="ana")
    listing = await bot.say(f"/participants {event_id}")
    assert "Tom" in listing and "Zoé" not in listing  # one guest left: one name
    await bot.say(f"/participer {event_id} non", user="ana")
    assert "Tom" not in await bot.say(f"/participants {event_id}")
    assert "Tom" not in await bot.say("/mesdonnees", user="ana")


async def test_mydata_shows_children_and_forgetme_erases_their_bytes(
        bot: Bot, db_path: Path) -> None:
    event_id = await new_event(bot, EVENING)
    await bot.say(f"/participer {event_id} oui Zorglubine (8-11), Bartholomée", user="ana")
    data = await bot.say("/mesdonnees", user="ana")
    assert "Zorglubine (8-11)" in data and "Bartholomée" in data
    assert b"Zorglubine" in on_disk(db_path)
    await bot.say("/oubliemoi confirmer", user="ana")
    held = on_disk(db_path)
    assert b"Zorglubine" not in held
    assert "Bartholomée".encode() not in held


async def test_a_child_is_never_a_member_and_gets_no_message(bot: Bot) -> None:
    event_id = await new_event(bot, EVENING)
    before = (await bot.core.storage.db.read("SELECT COUNT(*) FROM members"))[0][0]
    await bot.say(f"/participer {event_id} oui Tom, Zoé", user="ana")
    after = (await bot.core.storage.db.read("SELECT COUNT(*) FROM members"))[0][0]
    assert after == before + 1  # Ana only
    assert "1 personne" in await bot.say(f"/message {event_id} À samedi !")
    assert [u for u, _ in bot.platform.private] == ["ana"]


# -- manual attendees (phone, desk) ---------------------------------------------------------


async def test_desk_entry_counts_against_capacity_and_shows_as_such(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 4")
    added = await bot.say(f"/inscrire {event_id} Mme Martin 3 tél.")
    assert "Mme Martin" in added and "3 places" in added and "3/4" in added
    assert "liste d'attente" in await bot.say(f"/participer {event_id} oui +1", user="ana")
    listing = await bot.say(f"/participants {event_id}")
    assert "Mme Martin (+2)" in listing and "accueil" in listing and "tél." in listing
    rows = await _csv_rows(bot, event_id)
    martin = next(r for r in rows if r[0] == "Mme Martin")
    assert martin[1] == "accueil" and martin[3] == "3" and "tél." in martin

    removed = await bot.say(f"/desinscrire {event_id} mme martin")
    assert "Mme Martin" in removed and "retiré" in removed
    assert await _seats(bot, event_id) == 2  # Ana was promoted into the freed seats
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ana"))
    gone = await bot.core.storage.db.read(
        "SELECT COUNT(*) FROM members WHERE display_name = 'Mme Martin'")
    assert gone[0][0] == 0
    english = await bot.say(f"/addattendee {event_id} Mr Smith", locale="en")
    assert "Mr Smith" in english and "1 seat" in english


async def test_organiser_removes_a_members_answer_and_they_are_told(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 4")
    await bot.say(f"/participer {event_id} oui Tom", user="ana")
    reply = await bot.say(f"/retirer {event_id} Ana")
    assert "Ana" in reply and "retiré" in reply
    assert await _seats(bot, event_id) == 0
    assert any("équipe" in t for t in bot.platform.private_texts("ana"))
    assert "Tom" not in await bot.say(f"/participants {event_id}")


async def test_desk_refusals_are_polite_and_leave_nothing(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 4")
    assert "organisat" in await bot.say(f"/inscrire {event_id} Mme Martin 2", user="ana")
    for bad in ("", "Mme Martin 0", "Mme Martin 11", "<b>Martin</b> 2", "3", "Mme Martin 2 "
                + "x" * 81):
        reply = await bot.say(f"/inscrire {event_id} {bad}")
        assert "Utilisation" in reply and "Traceback" not in reply, bad
    assert "Usage" in await bot.say(f"/addattendee {event_id} Smith 0", locale="en")
    assert "introuvable" in await bot.say("/inscrire 999 Mme Martin") or \
        "999" in await bot.say("/inscrire 999 Mme Martin")
    await bot.say(f"/fermer {event_id}")
    closed = await bot.say(f"/inscrire {event_id} Mme Martin 2")
    assert "fermées" in closed and f"/rouvrir {event_id}" in closed
    await bot.say(f"/rouvrir {event_id}")
    assert "Personne" in await bot.say(f"/retirer {event_id} Zébulon")
    await bot.say(f"/inscrire {event_id} Léa Martin")
    await bot.say(f"/inscrire {event_id} Paul Martin")
    several = await bot.say(f"/retirer {event_id} Martin")
    assert "Léa Martin" in several and "Paul Martin" in several
    assert await _seats(bot, event_id) == 2  # nobody removed on a guess
    await bot.say(f"/annuler {event_id} confirmer")
    assert "annulé" in await bot.say(f"/inscrire {event_id} Mme Dupont")
    desk = await bot.core.storage.db.read(
        "SELECT COUNT(*) FROM members WHERE platform = 'desk'")
    assert desk[0][0] == 2  # Léa and Paul Martin only: refused entries left no row


async def test_desk_entries_get_no_messages_of_any_kind(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 2")
    await bot.say(f"/inscrire {event_id} Mme Martin 1")
    await bot.say(f"/participer {event_id} oui", user="ana")
    assert "liste d'attente" in await bot.say(f"/inscrire {event_id} M. Durand 1")
    # A promotion: Ana leaves, M. Durand gets her seat and nobody is written to.
    await bot.say(f"/participer {event_id} non", user="ana")
    assert bot.platform.private == []
    assert await _seats(bot, event_id) == 2
    # Reminders: none is even attempted (an attempt that cannot be sent would be retried).
    start = await starts(bot, event_id)
    await tick_at(bot, Scheduler(bot.core), start - timedelta(hours=2))
    desk = {r[0] for r in await bot.core.storage.db.read(
        "SELECT id FROM members WHERE platform = 'desk'")}
    assert len(desk) == 2
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert not [r for r in rows if r["member_id"] in desk]
    assert not [u for u, _ in bot.platform.private if u != "orga"]
    # A message to the attendees.
    assert "Personne" in await bot.say(f"/message {event_id} On commence à 19h45")
    await bot.say(f"/participer {event_id} peut-être", user="ben")
    # A cancellation.
    await bot.say(f"/annuler {event_id} neige confirmer")
    assert [u for u, _ in bot.platform.private if u != "orga"] == ["ben"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], [
        r.getMessage() for r in caplog.records]


# -- waitlist fairness with groups ----------------------------------------------------------


async def test_a_single_seat_goes_past_a_family_that_does_not_fit_and_the_family_is_told(
        bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 3")
    await bot.say(f"/participer {event_id} oui +2", user="ana")
    family = await bot.say(f"/participer {event_id} oui +2", user="ben")
    assert "position 1" in family
    assert "vous gardez votre position" in family  # the rule, said when they join
    await bot.say(f"/participer {event_id} oui", user="cleo")
    await bot.press(actions.encode("guest", event_id, "-1"), user="ana")  # one seat frees
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("cleo"))
    told = private_text(bot, "ben")
    assert "3 places" in told and "position 1" in told
    people = {p.display_name: p.state for p in await bot.core.storage.rsvps.attendees(
        event_id)}
    assert people == {"Ana": "going", "Cleo": "going", "Ben": "waitlisted"}


# -- the attendee CSV -----------------------------------------------------------------------


async def test_attendee_csv_opens_in_french_excel_as_columns(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 2")
    await bot.say(f"/participer {event_id} oui +1", user="ana")
    await bot.say(f"/participer {event_id} oui", user="=cmd")
    await bot.say(f"/participer {event_id} peut-être", user="ben")
    await bot.say(f"/participer {event_id} non", user="dan")
    rows = await _csv_rows(bot, event_id)
    assert rows[0][:4] == ["prénom", "plateforme", "réponse", "places"]
    assert len({len(r) for r in rows}) == 1  # every row has every column
    names = [r[0] for r in rows[1:]]
    assert names == ["Ana", "Ben", "'=cmd"]  # going, maybe, waitlist; "not going" left out
    assert rows[1][2:4] == ["vient", "2"]
    assert "Dan" not in names


# -- through the Telegram adapter, against its fake ------------------------------------------


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[telegram_side.Harness]:
    async with FakeTelegram(telegram_side.TOKEN) as server:
        harness = await telegram_side.start_harness(server, tmp_path)
        yield harness
        await harness.close()


async def test_telegram_card_guest_button_offers_to_name_the_children_privately(
        tg: telegram_side.Harness) -> None:
    LEA, ORGA, GROUP = telegram_side.LEA, telegram_side.ORGA, telegram_side.GROUP
    event_id = await telegram_side.new_event(tg)
    await tg.say(ORGA, f"/announce {event_id}")
    card = [m for m in tg.fake.chat(GROUP) if m.button_data][0]
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    toast = await tg.press(LEA, card, f"v1:guest:{event_id}:+1")
    assert toast.startswith("Inscrit·e") and "2 places" in toast
    kids = f"v1:kids:{event_id}"
    offers = [m for m in tg.fake.chat(LEA["id"]) if kids in m.button_data]
    assert len(offers) == 1 and "Des enfants" in offers[0].visible
    assert [m for m in tg.fake.chat(GROUP) if "enfants" in m.visible] == []  # never in public
    await tg.press(LEA, offers[0], kids)
    told = tg.fake.chat(LEA["id"])[-1].visible
    assert f"/participer {event_id} oui +1 Tom" in told
    (answer,) = await tg.say(LEA, f"/participer {event_id} oui +1 Zoé (8-11)")
    assert "Zoé (8-11)" in answer.visible and "2 places" in answer.visible
    listing = await tg.say(ORGA, f"/participants {event_id}")
    assert any("Léa (+1) — enfants\u00a0: Zoé (8-11)" in m.visible for m in listing)
    document = next(m.document for m in listing if m.document)
    assert document[0].endswith(".csv") and "Zoé (8-11)".encode() in document[1]


# -- through the Discord adapter, against its fake -------------------------------------------


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[discord_side.Harness]:
    async with discord_side.running(db_path) as harness:
        yield harness


async def test_discord_slash_rsvp_takes_children_and_offers_the_button(
        dc: discord_side.Harness) -> None:
    event_id = await dc.new_event("Ciné-club", capacity=5)
    children = next(o for o in dc.fake.commands["rsvp"]["options"] if o["name"] == "children")
    assert children["type"] == 3 and not children["required"]
    assert children["name_localizations"]["fr"] == "enfants"
    named = await dc.command("rsvp", {"event": event_id, "children": "Tom, Zoé (8-11)"})
    assert named.ephemeral == [True]
    assert "Zoé (8-11)" in named.text and "3 places" in named.text
    plain = await dc.command("rsvp", {"event": event_id, "answer": "going", "guests": 1},
                             user=discord_side.BOB)
    ids = [c["custom_id"] for body in plain._bodies()
           for row in body.get("components", []) for c in row["components"]]
    assert f"v1:kids:{event_id}" in ids
    bad = await dc.command("rsvp", {"event": event_id, "children": "<b>x</b>"},
                           user=discord_side.BOB)
    assert bad.ephemeral == [True] and "prénom" in bad.text
    assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 5


async def test_a_desk_name_left_without_its_answer_is_swept_later(tmp_path: Path) -> None:
    """A stop between the two steps of /inscrire leaves a name without an answer: the next
    desk entry, ten minutes on, erases it (a younger one may be another organiser's)."""
    storage = await Storage.open(tmp_path / "desk.db")
    try:
        event = await storage.events.create(NewEvent("Ciné", NOW + timedelta(days=3), "Salle"),
                                            NOW)
        await storage.party.add_desk(event.id, "Mme Orpheline", "", NOW)
        await storage.party.add_desk(event.id, "M. Récent", "", NOW + timedelta(minutes=9))
        names = {r[0] for r in await storage.db.read("SELECT display_name FROM members")}
        assert names == {"Mme Orpheline", "M. Récent"}
        await storage.party.add_desk(event.id, "Mme Suivante", "", NOW + timedelta(minutes=11))
        names = {r[0] for r in await storage.db.read("SELECT display_name FROM members")}
        assert names == {"M. Récent", "Mme Suivante"}
    finally:
        await storage.close()
