"""Organiser tools (issue 13, first slice): closing and reopening sign-ups, cancelling with a
confirmation and a reason, and a private message to the attendees of one event. Through the
core with the recording platform, on a real SQLite file."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from pathlib import Path

from bot import actions
from recording import NOW, Bot, new_event, private_text
from storage import NewEvent, Storage

# -- closing and reopening sign-ups -------------------------------------------------------


async def test_closed_signups_refuse_going_but_let_people_free_seats(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui", user="ana")
    await bot.say(f"/annoncer {event_id}")
    closed = await bot.say(f"/fermer {event_id}")
    assert "fermées" in closed and f"/rouvrir {event_id}" in closed

    refused = await bot.say(f"/participer {event_id} oui", user="ben")
    assert "inscriptions" in refused.lower() and "fermées" in refused
    assert "Utilisation" not in refused  # a state, not a typing mistake
    toast = await bot.press(actions.encode("rsvp", event_id, "going"), user="ben")
    assert "fermées" in toast
    counts = await bot.core.storage.rsvps.counts(event_id)
    assert (counts.going_people, counts.going_seats) == (1, 1)
    # Ana already going cannot add guests, but "maybe" and "no" still work.
    assert "fermées" in await bot.say(f"/participer {event_id} oui +2", user="ana")
    assert "peut-être" in await bot.say(f"/participer {event_id} peut-être", user="ben")
    assert "ne venez pas" in await bot.say(f"/participer {event_id} non", user="ana")
    assert (await bot.core.storage.rsvps.counts(event_id)).going_seats == 0

    # Every posted copy says so, and offers no "going" button any more.
    card = bot.platform.last_card("101")
    assert "Inscriptions fermées" in card.seats_text
    going = actions.encode("rsvp", event_id, "going")
    assert going not in [b.action for b in card.buttons]
    assert actions.encode("rsvp", event_id, "no") in [b.action for b in card.buttons]

    reopened = await bot.say(f"/rouvrir {event_id}")
    assert "rouvertes" in reopened
    assert "inscrit·e" in await bot.say(f"/participer {event_id} oui", user="ben")
    card = bot.platform.last_card("101")
    assert "fermées" not in card.seats_text and going in [b.action for b in card.buttons]


async def test_a_full_event_reads_differently_from_a_closed_one(bot: Bot) -> None:
    full = await new_event(bot, "Ciné | 2026-12-05 20:00 | 1")
    await bot.say(f"/participer {full} oui", user="ana")
    shown = await bot.say(f"/evenement {full}", user="ben")
    assert "0 libre" in shown and "fermées" not in shown
    assert "liste d'attente" in await bot.say(f"/participer {full} oui", user="ben")
    await bot.say(f"/fermer {full}")
    shown = await bot.say(f"/evenement {full}", user="cleo")
    assert "Inscriptions fermées" in shown
    english = await bot.say(f"/event {full}", user="dan", locale="en")
    assert "Sign-ups closed" in english


async def test_the_waitlist_keeps_its_places_after_closing(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 1")
    await bot.say(f"/participer {event_id} oui", user="ana")
    await bot.say(f"/participer {event_id} oui", user="ben")  # waitlisted
    await bot.say(f"/fermer {event_id}")
    await bot.say(f"/participer {event_id} non", user="ana")
    assert "place s'est libérée" in private_text(bot, "ben")
    people = {p.display_name: p.state for p in await bot.core.storage.rsvps.attendees(event_id)}
    assert people == {"Ben": "going", "Ana": "no"}


async def test_closing_states_are_explained(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/fermer {event_id}")
    again = await bot.say(f"/fermer {event_id}")
    assert "déjà fermées" in again and "Utilisation" not in again
    await bot.say(f"/rouvrir {event_id}")
    assert "déjà ouvertes" in await bot.say(f"/rouvrir {event_id}")
    assert "Sign-ups" in await bot.say(f"/closesignups {event_id}", locale="en")
    await bot.say(f"/annuler {event_id} confirmer")
    assert "annulé" in await bot.say(f"/fermer {event_id}")
    started = await new_event(bot, "Jeux | 2026-11-25 20:00")
    bot.clock.advance(hours=11)
    assert "déjà commencé" in await bot.say(f"/fermer {started}")
    assert "pas d'événement #99" in await bot.say("/fermer 99")
    member = await bot.say(f"/fermer {event_id}", user="ana")
    assert "organisateur" in member


async def test_closed_signups_survive_a_restart(db_path: Path) -> None:
    first = await Storage.open(db_path)
    try:
        event = await first.events.create(
            NewEvent(title="Ciné", starts_at=NOW.replace(day=30), place="Le Focus",
                     capacity=5), NOW)
        closed = await first.events.set_signups(event.id, True, NOW)
        assert closed is not None and closed.signups_closed
    finally:
        await first.close()
    second = await Storage.open(db_path)
    try:
        again = await second.events.get(event.id)
        assert again is not None and again.signups_closed
        member = await second.members.identify("test", "ana", "Ana", NOW)
        refused = await second.rsvps.answer(event.id, member.id, "going", NOW)
        assert refused.status == "signups_closed"
        assert (await second.rsvps.counts(event.id)).going_people == 0
    finally:
        await second.close()
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()


async def test_cancelling_is_done_once_and_forgets_pending_requests(db_path: Path) -> None:
    """Two organisers confirming at once: the second is told it was done, nobody twice."""
    storage = await Storage.open(db_path)
    try:
        orga = await storage.members.identify("test", "orga", "Orga", NOW)
        event = await storage.events.create(
            NewEvent(title="Ciné", starts_at=NOW + timedelta(days=5), place="Le Focus"), NOW)
        await storage.events.ask_cancel(event.id, orga.id, "neige", NOW)
        assert await storage.events.cancel_request(event.id, orga.id) == ("neige", NOW)
        first = await storage.events.cancel(event.id, NOW, "neige")
        assert first is not None and first.cancelled
        assert await storage.events.cancel(event.id, NOW, "pluie") is None
        assert await storage.events.cancel_request(event.id, orga.id) is None
        reason = await storage.db.read("SELECT cancel_reason FROM events WHERE id = ?",
                                       (event.id,))
        assert reason[0][0] == "neige"
        # A request nobody confirmed is dropped a day later, and with its organiser.
        other = await storage.events.create(
            NewEvent(title="Jeux", starts_at=NOW + timedelta(days=5), place="Le Focus"), NOW)
        await storage.events.ask_cancel(other.id, orga.id, "", NOW)
        later = NOW + timedelta(days=2)
        lea = await storage.members.identify("test", "lea", "Léa", later)
        await storage.events.ask_cancel(other.id, lea.id, "x", later)
        assert await storage.events.cancel_request(other.id, orga.id) is None
        await storage.members.erase(lea.id, later)
        assert await storage.events.cancel_request(other.id, lea.id) is None
    finally:
        await storage.close()


# -- cancelling with a confirmation and a reason -------------------------------------------


async def _crowd(bot: Bot, event_id: int) -> None:
    """Ana +1 and Ben going (3 seats full), Cleo waitlisted, Dan maybe, Eve not going."""
    await bot.say(f"/participer {event_id} oui +1", user="ana")
    await bot.say(f"/participer {event_id} oui", user="ben")
    await bot.say(f"/participer {event_id} oui", user="cleo")
    await bot.say(f"/participer {event_id} peut-être", user="dan")
    await bot.say(f"/participer {event_id} non", user="eve")


async def test_cancelling_asks_first_and_tells_everyone_the_reason(bot: Bot) -> None:
    event_id = await new_event(bot)
    await _crowd(bot, event_id)
    (preview,) = await bot.replies(f"/annuler {event_id} neige")
    assert "4 personnes" in preview.text and "«\u00a0neige\u00a0»" in preview.text
    assert f"/annuler {event_id} neige confirmer" in preview.text
    assert [b.action for b in preview.buttons] == [
        actions.encode("cancel", event_id, "yes"), actions.encode("cancel", event_id, "no")]
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and not event.cancelled
    assert not bot.platform.private  # nobody told yet

    done = await bot.press(actions.encode("cancel", event_id, "yes"))
    assert "annulé" in done and "4 personnes" in done
    for user in ("ana", "ben", "cleo", "dan"):
        told = private_text(bot, user)
        assert "annulé" in told and "neige" in told, user
    assert private_text(bot, "eve") == ""
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.cancelled
    # A second press (another phone, a double tap) tells nobody twice.
    again = await bot.press(actions.encode("cancel", event_id, "yes"))
    assert "déjà annulé" in again
    assert len(bot.platform.private_texts("ana")) == 1


async def test_keeping_the_event_tells_nobody(bot: Bot) -> None:
    event_id = await new_event(bot)
    await _crowd(bot, event_id)
    await bot.say(f"/annuler {event_id} neige")
    kept = await bot.press(actions.encode("cancel", event_id, "no"))
    assert "maintenu" in kept
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and not event.cancelled
    assert not bot.platform.private
    # The request is gone: a stale Confirm button does nothing.
    stale = await bot.press(actions.encode("cancel", event_id, "yes"))
    assert "expiré" in stale
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and not event.cancelled


async def test_one_typed_line_cancels_at_once(bot: Bot) -> None:
    event_id = await new_event(bot)
    await _crowd(bot, event_id)
    done = await bot.say(f"/annuler {event_id} salle inondée confirmer")
    assert "annulé" in done and "4 personnes" in done
    assert "Motif : salle inondée".replace(" :", "\u00a0:") in private_text(bot, "cleo")
    english = await new_event(bot)
    await bot.say(f"/rsvp {english} going", user="tom", locale="en")
    await bot.core.storage.members.update(
        (await bot.core.storage.members.identify("test", "tom", "Tom", NOW)).id, language="en")
    await bot.say(f"/cancelevent {english} confirm snow", locale="en")
    assert "Reason: snow" in private_text(bot, "tom")


async def test_a_confirmation_expires_and_only_its_organiser_can_use_it(bot: Bot) -> None:
    event_id = await new_event(bot)
    await _crowd(bot, event_id)
    await bot.say(f"/annuler {event_id} neige")
    # A member forging the Confirm button is refused, and nothing happens.
    forged = await bot.press(actions.encode("cancel", event_id, "yes"), user="ana")
    assert "organisateur" in forged
    bot.organizers.add("zoe")
    other = await bot.press(actions.encode("cancel", event_id, "yes"), user="zoe")
    assert "expiré" in other
    bot.clock.advance(minutes=31)
    late = await bot.press(actions.encode("cancel", event_id, "yes"))
    assert "expiré" in late and f"/annuler {event_id} neige" in late
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and not event.cancelled
    assert not bot.platform.private


async def test_a_preview_without_reason_invites_one(bot: Bot) -> None:
    event_id = await new_event(bot)
    preview = await bot.say(f"/annuler {event_id}")
    assert "Personne n'y a répondu" in preview and "motif" in preview
    english = await bot.say(f"/cancel {event_id}", locale="en")
    assert "No reason" in english and f"/cancelevent {event_id} confirm" in english


# -- a message to the attendees ------------------------------------------------------------


async def test_message_reaches_going_and_waitlisted_only(bot: Bot) -> None:
    event_id = await new_event(bot)
    await _crowd(bot, event_id)
    reply = await bot.say(f"/message {event_id} On commence à 19h45 !")
    assert "3 personnes" in reply
    for user in ("ana", "ben", "cleo"):
        told = private_text(bot, user)
        assert "On commence à 19h45 !" in told and "Soirée jeux" in told, user
    assert private_text(bot, "dan") == "" and private_text(bot, "eve") == ""
    # The French alias, and a message as typed (typography kept).
    assert "3 personnes" in await bot.say(f"/ecrire {event_id} N’oubliez pas vos dés — merci")
    assert "N’oubliez pas vos dés — merci" in private_text(bot, "ana")


async def test_message_refusals(bot: Bot) -> None:
    event_id = await new_event(bot)
    missing = await bot.say(f"/message {event_id}")
    assert "Utilisation" in missing and "/ecrire <numéro> <texte>" in missing
    empty = await bot.say(f"/message {event_id} salut")
    assert "Personne" in empty
    assert "/evenement" in await bot.say(f"/message {event_id} coucou", user="ana")
    assert not bot.platform.private
    await bot.say(f"/annuler {event_id} confirmer")
    assert "annulé" in await bot.say(f"/message {event_id} coucou")
    assert "1000" in await bot.say(f"/message {event_id} " + "x" * 1001)
    assert "Nobody" in await bot.say(f"/message {await new_event(bot)} hi", locale="en")
    assert not bot.platform.private


# -- duplicating an event ------------------------------------------------------------------


async def test_duplicate_keeps_everything_but_the_answers(bot: Bot) -> None:
    source = await new_event(bot, "Soirée jeux | 2026-12-05 20:00-23:00 | 12 | jeux | 6")
    await bot.say(f"/modifier {source} lieu Salle 2")
    await bot.say(f"/modifier {source} public dès 10 ans")
    await bot.say(f"/modifier {source} description Apportez vos jeux préférés.")
    await bot.say(f"/participer {source} oui +1", user="ana")
    await bot.say(f"/participer {source} peut-être", user="ben")
    await bot.say(f"/fermer {source}")

    reply = await bot.say(f"/dupliquer {source} samedi prochain 14h")
    match = re.search(r"#(\d+) «", reply)
    assert match, reply
    copy_id = int(match.group(1))
    assert copy_id != source
    # The date in words, its end kept by the length of the original (3 hours).
    assert "samedi 28 novembre 2026 à 14h, jusqu'à 17h" in reply
    assert f"#{source}" in reply and f"/annoncer {copy_id}" in reply
    # The new card follows: its own number, no seat taken, sign-ups open.
    assert f"#{copy_id} · Soirée jeux" in reply and "0/12 places prises" in reply
    assert "fermées" not in reply

    original = await bot.core.storage.events.get(source)
    copy = await bot.core.storage.events.get(copy_id)
    assert original is not None and copy is not None
    for name in ("title", "kind", "place", "capacity", "price_cents", "audience",
                 "description"):
        assert getattr(copy, name) == getattr(original, name), name
    assert copy.ends_at is not None and copy.ends_at - copy.starts_at == timedelta(hours=3)
    assert not copy.signups_closed and not copy.cancelled
    counts = await bot.core.storage.rsvps.counts(copy_id)
    assert (counts.going_seats, counts.maybe) == (0, 0)
    assert await bot.core.storage.rsvps.attendees(copy_id) == []
    # The original is untouched, answers and closed sign-ups included.
    assert (await bot.core.storage.rsvps.counts(source)).going_seats == 2
    assert original.signups_closed
    # Nobody was told anything: the copy is not published until /annoncer.
    assert not bot.platform.private and not bot.platform.sent


async def test_duplicate_reads_the_date_like_a_new_event(bot: Bot) -> None:
    source = await new_event(bot, "Ciné | 2026-12-05 20:00 | 30 | projection")
    ranged = await bot.say(f"/dupliquer {source} vendredi 11 décembre 18h-20h")
    assert "vendredi 11 décembre 2026 à 18h, jusqu'à 20h" in ranged
    # Without an end on the original and without a range, no end is made up.
    plain = await bot.say(f"/copier {source} 2026-12-12 20:00")
    assert "samedi 12 décembre 2026 à 20h" in plain and "jusqu'à" not in plain.split("\n")[0]
    english = await bot.say(f"/duplicate {source} next saturday 2pm", locale="en")
    assert "Copy of" in english and "Saturday 28 November 2026 at 14:00" in english
    # Discord's slash options go through the same reader.
    slash = await bot.say("", command="duplicate",
                          options={"event": str(source), "when": "samedi 18h-20h"})
    assert "samedi 28 novembre 2026 à 18h, jusqu'à 20h" in slash
    assert await bot.core.storage.events.count() == 5


async def test_a_cancelled_or_past_event_can_be_copied(bot: Bot) -> None:
    cancelled = await new_event(bot, "Soirée jeux | 2026-11-27 20:00 | 10 | jeux")
    await bot.say(f"/annuler {cancelled} neige confirmer")
    again = await bot.say(f"/dupliquer {cancelled} samedi 5 décembre 20h")
    assert "samedi 5 décembre 2026 à 20h" in again and "annulé" not in again.lower()
    assert "Soirée jeux" in await bot.say("/evenements", user="ana")
    past = await new_event(bot, "Atelier photo | 2026-11-25 20:00 | 8 | atelier")
    bot.clock.advance(days=30)  # last month's workshop
    copied = await bot.say(f"/dupliquer {past} samedi 2 janvier 2027 14h")
    assert "samedi 2 janvier 2027 à 14h" in copied and "Atelier photo" in copied
    assert "Atelier photo" in await bot.say("/evenements", user="ana")


async def test_duplicate_refusals_create_nothing(bot: Bot) -> None:
    source = await new_event(bot)
    past = await bot.say(f"/dupliquer {source} 2026-11-20 20:00")
    assert "passé" in past
    missing = await bot.say(f"/dupliquer {source}")
    assert "Il manque la date" in missing
    assert "pas d'événement #99" in await bot.say("/dupliquer 99 samedi 20h")
    member = await bot.replies(f"/dupliquer {source} samedi 20h", user="ana")
    text = "\n".join(r.text for r in member)
    assert "organisateur" in text and "/evenements" in text
    assert await bot.core.storage.events.count() == 1


# -- closed sign-ups in the programme ------------------------------------------------------


async def test_the_programme_tells_closed_from_full(bot: Bot) -> None:
    full = await new_event(bot, "Ciné | 2026-12-05 20:00 | 1")
    closed = await new_event(bot, "Atelier | 2026-12-06 14:00 | 10")
    await bot.say(f"/participer {full} oui", user="ana")
    await bot.say(f"/fermer {closed}")
    lines = {line.split(" · ")[0]: line
             for line in (await bot.say("/evenements", user="ben")).splitlines()}
    assert "Inscriptions fermées" in lines[f"#{closed}"]
    assert "0 libre" in lines[f"#{full}"] and "fermées" not in lines[f"#{full}"]
    english = await bot.say("/events", user="tom", locale="en")
    assert "Sign-ups closed" in english
    await bot.say(f"/rouvrir {closed}")
    assert "fermées" not in await bot.say("/evenements", user="ben")
