"""Commands through the real core, router and storage, as a member would see them."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import actions
from bot.messages import Capabilities, Incoming
from bot.spec import CommandSpec
from commands.help.handlers import works_here
from recording import NOW, Bot, new_event
from storage.models import Attendee


async def test_help_in_french_by_default_and_english_from_platform_locale(bot: Bot) -> None:
    french = await bot.say("/aide", user="lea")
    assert "/evenements" in french and "Pour les organisateur" not in french
    english = await bot.say("/help", user="tom", locale="en-GB")
    assert "upcoming events" in english and "/events" in english
    organiser = await bot.say("/help")
    assert "/nouvelevenement" in organiser


async def test_help_lists_every_command_of_the_platform_with_its_generated_usage(
        bot: Bot) -> None:
    organiser = await bot.say("/aide")
    member = await bot.say("/aide", user="lea")
    # Session 4 QA: what cannot work here is left out (/monagenda without the web agenda).
    specs = [s for s in bot.core.router.for_platform("test")
             if s.menu and works_here(s, Capabilities())]
    assert len(specs) >= 10
    for spec in specs:  # the first French alias, on a line of its own
        name = f"• /{spec.french_name}"
        assert name in organiser, name
        assert (name in member) != spec.organizer, name
    assert ("• /participer <numéro> [oui|peut-être|non] [+invités] [enfants] — répondre à un"
            " événement"
            " (avec vos invité·e·s), ex. /participer 12 oui +2") in member
    assert "/demarrer" not in organiser and "/start" not in organiser  # not in menus
    assert "Console :" not in organiser
    english = await bot.say("/help", user="tom", locale="en")
    assert "• /rsvp <number> [going|maybe|no] [+guests] [children] — answer an event" in english
    assert "• /language [fr|en] — choose the language, e.g. /language fr" in english
    console = Incoming(platform="console", user_id="orga", display_name="Orga",
                       chat_id="console", text="/aide", is_private=True, is_organizer=True)
    (reply,) = await bot.core.handle(console)
    assert "Console\u00a0: /as <prénom>" in reply.text and "/participants" in reply.text


async def test_start_welcomes_and_opens_the_event_of_a_deep_link(bot: Bot) -> None:
    event_id = await new_event(bot)
    assert "Bienvenue Ana" in await bot.say("/start", user="ana")
    card = await bot.say(f"/start event_{event_id}", user="ana")
    assert "Soirée jeux" in card and "0/3" in card
    assert "Je ne trouve pas d'événement #99" in await bot.say("/start event_99", user="ana")


async def test_slash_options_answer_like_typed_words(bot: Bot) -> None:
    event_id = await new_event(bot)
    maybe = await bot.say("", user="ana", command="rsvp",
                          options={"event": str(event_id), "answer": "maybe"})
    assert "peut-être" in maybe
    going = await bot.say("", user="ana", command="rsvp",
                          options={"event": str(event_id), "answer": "going", "guests": "1"})
    assert "2 places" in going
    assert "entre +0 et +9" in await bot.say(
        "", user="ana", command="rsvp", options={"event": str(event_id), "guests": "12"})
    assert "entre +0 et +9" in await bot.say(f"/participer {event_id} -3", user="ana")
    assert "English" in await bot.say("", user="ana", command="language",
                                      options={"language": "en"})
    assert "français" in await bot.say("/langue Français", user="ana")
    # Alone (a phone's menu sends it so): which one, and the two to tap (session 8).
    assert "Langue\u00a0: français" in await bot.say("/langue", user="ana")


async def test_a_closed_or_cancelled_event_is_explained_without_a_usage_line(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-11-25 20:00")
    await bot.say(f"/rsvp {event_id}", user="ana")
    assert "Répondez d'abord" in await bot.press(actions.encode("guest", event_id, "+1"),
                                                 user="ben")
    bot.clock.advance(hours=10, minutes=1)
    closed = await bot.say(f"/participer {event_id} non", user="ana")
    assert "déjà commencé" in closed and "Utilisation" not in closed


async def test_newevent_shows_id_and_paris_time_in_reader_language(bot: Bot) -> None:
    reply = await bot.say("/newevent Soirée jeux | 2026-12-05 20:00 | 20 | jeux | gratuit")
    assert "#1" in reply and "samedi 5 décembre 2026 à 20h" in reply
    await bot.say("/language en", user="tom")
    card = await bot.say("/event 1", user="tom")
    assert "Saturday 5 December 2026 at 20:00" in card
    assert "0/20 seats taken" in card and "Board-game night" in card


async def test_natural_dates_and_daylight_saving(bot: Bot) -> None:
    reply = await bot.say("/nouvelevenement Jeux | vendredi 19h30")
    assert "vendredi 27 novembre 2026 à 19h30" in reply
    summer = await bot.say("/nouvelevenement Été | 2027-03-28 19:30")  # the day clocks change
    assert "dimanche 28 mars 2027 à 19h30" in summer
    event = await bot.core.storage.events.get(2)
    assert event is not None and event.starts_at.hour == 17  # 19:30 CEST is 17:30 UTC


async def test_organiser_commands_refused_to_members_in_the_core(bot: Bot) -> None:
    for command in ("/newevent X | demain 20h", "/cancelevent 1", "/attendees 1",
                    "/announce hello", "/faqset a | b | c", "/editevent 1 title x"):
        reply = await bot.say(command, user="lea")
        assert "réservée aux organisateur" in reply, command
    assert await bot.core.storage.events.count() == 0


async def test_rsvp_with_french_words_waitlist_and_promotion_notice(bot: Bot) -> None:
    event_id = await new_event(bot)  # 3 seats
    assert "3 places" in await bot.say(f"/participer {event_id} oui +2", user="ana")
    waiting = await bot.say(f"/participer #{event_id} oui +1", user="ben")
    assert "liste d'attente, position 1" in waiting
    assert "position 2" in await bot.say(f"/rsvp {event_id}", user="cleo")
    assert "peut-être" in await bot.say(f"/participer {event_id} peut-être", user="dan")
    # Ana comes alone after all: two seats free up, Ben (2 seats) is promoted and told.
    await bot.say(f"/participer {event_id} oui +0", user="ana")
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))
    mine = await bot.say("/mesevenements", user="ben")
    assert "inscrit·e, 2 places" in mine
    assert "position 1" in await bot.say("/myevents", user="cleo")


async def test_buttons_update_every_posted_copy(bot: Bot) -> None:
    event_id = await new_event(bot)
    assert "2 salons ou groupes" in await bot.say(f"/annoncer {event_id}")
    assert len(bot.platform.sent) == 2
    going = actions.encode("rsvp", event_id, "going")
    assert "1 place." in await bot.press(going, user="ana")
    assert "2 places" in await bot.press(actions.encode("guest", event_id, "+1"), user="ana")
    await bot.press(going, user="ben")
    for message_id in ("101", "102"):
        assert bot.platform.last_card(message_id).seats_text.startswith("3/3")
    toast = await bot.press(going, user="cleo")
    assert "Liste d'attente\u00a0: position 1" in toast
    assert "1 en liste d'attente" in bot.platform.last_card("101").seats_text


async def test_cancelling_notifies_and_closes_buttons(bot: Bot) -> None:
    event_id = await new_event(bot)
    await bot.say(f"/announce {event_id}")
    await bot.say(f"/rsvp {event_id}", user="ana")
    assert "1 personne" in await bot.say(f"/annuler {event_id} confirmer")
    assert any("annulé" in t for t in bot.platform.private_texts("ana"))
    card = bot.platform.last_card("101")
    assert card.cancelled and card.buttons == ()
    toast = await bot.press(actions.encode("rsvp", event_id, "going"), user="ben")
    assert "annulé" in toast
    assert "annulé" in await bot.say(f"/participer {event_id}", user="ben")


async def test_rsvp_closes_when_the_event_starts(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-11-25 20:00")
    bot.clock.advance(hours=10, minutes=1)
    assert "déjà commencé" in await bot.say(f"/participer {event_id}", user="ana")
    assert "Aucun événement" in await bot.say("/evenements", user="ana")


async def test_editing_time_notifies_and_capacity_raise_promotes(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 1")
    await bot.say(f"/rsvp {event_id}", user="ana")
    await bot.say(f"/rsvp {event_id}", user="ben")
    reply = await bot.say(f"/modifier {event_id} date 2026-12-06 18h")
    assert "dimanche 6 décembre 2026 à 18h" in reply
    assert any("Changement" in t for t in bot.platform.private_texts("ana"))
    assert any("Changement" in t for t in bot.platform.private_texts("ben"))
    await bot.say(f"/editevent {event_id} places 2")
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))


async def test_bad_input_gets_a_polite_localised_reply_with_usage(bot: Bot) -> None:
    cases = {
        "/participer oui": "Il manque le numéro",  # alone, it offers the events to tap
        "/participer #abc": "n'est pas un numéro",
        "/participer abc": "aucun événement à venir avec",  # title words
        "/participer 99": "Je ne trouve pas d'événement #99",
        "/participer 1 oui +50": "entre +0 et +9",
        "/participer 1 oui -3": "entre +0 et +9",
        "/participer 1 bof": "oui, peut-être ou non",
        "/nouvelevenement Jeux": "Il manque la date",
        "/nouvelevenement Jeux | hier 20h": "déjà passé",
        "/nouvelevenement Jeux | n'importe quand": "Je n'ai pas compris la date",
        "/nouvelevenement Jeux | demain 20h | beaucoup": "nombre de places",
        "/nouvelevenement Jeux | demain 20h | 10 | piscine": "Type «\u00a0piscine\u00a0» inconnu",
        "/nouvelevenement " + "x" * 10_000 + " | demain 20h": "au maximum",
        "/langue klingon": "fr ou en",
        "/faqdel nope": "Pas de question",
        "/modifier 1": "Il manque\u00a0: champ",
    }
    await new_event(bot)
    for command, expected in cases.items():
        reply = await bot.say(command)
        assert expected in reply, (command, reply)
        assert "Traceback" not in reply
    assert "Utilisation\u00a0: /participer" in await bot.say("/participer 1 bof")
    assert "Utilisation\u00a0: /nouvelevenement <titre> | <quand>" in await bot.say(
        "/nouvelevenement Jeux")
    assert await bot.core.storage.events.count() == 1  # nothing half-written


async def test_markup_sql_and_control_characters_in_titles_are_kept_as_text(bot: Bot) -> None:
    title = "<b>Tom & Jerry</b>'; DROP TABLE events;--\x07\u202e"
    event_id = await new_event(bot, f"{title} | demain 20h")
    event = await bot.core.storage.events.get(event_id)
    assert event is not None
    assert event.title == "<b>Tom & Jerry</b>'; DROP TABLE events;--"
    assert await bot.core.storage.events.count() == 1


async def test_unknown_command_suggests_and_unknown_button_is_polite(bot: Bot) -> None:
    # Suggestions are in the reader's language, and only commands they may use.
    assert "/evenements" in await bot.say("/evnts", user="ana")
    assert "/events" in await bot.say("/evnts", user="ana", locale="en")
    assert "/participants" not in await bot.say("/participnts", user="ana")
    assert "plus valable" in await bot.press("v9:zzz", user="ana")
    assert "plus valable" in await bot.press("v1:nope:1", user="ana")
    assert "Je ne trouve pas" in await bot.press("v1:rsvp:424242:going", user="ana")


async def test_internal_error_gives_an_apology_not_a_traceback(bot: Bot) -> None:
    async def broken(ctx: object) -> None:
        raise RuntimeError("database on fire")

    bot.core.router.add(CommandSpec("boom", broken))
    reply = await bot.say("/boom", user="ana")
    assert "Désolé" in reply and "fire" not in reply


async def test_ics_file_holds_the_event(bot: Bot) -> None:
    event_id = await new_event(bot)
    (reply,) = await bot.replies(f"/ics {event_id}", user="ana")
    assert reply.attachment is not None and reply.attachment.filename.endswith(".ics")
    content = reply.attachment.content.decode()
    assert "SUMMARY:Soirée jeux" in content and "DTSTART:20261205T190000Z" in content


async def test_see_event_and_calendar_buttons(bot: Bot) -> None:
    event_id = await new_event(bot)
    card = await bot.press(actions.encode("event", event_id), user="ana")
    assert f"#{event_id} · Soirée jeux" in card and "0/3 places prises" in card
    (reply,) = await bot.replies(action=actions.encode("ics", event_id), user="ana")
    assert reply.private and reply.attachment is not None
    assert reply.attachment.filename == f"le-focus-{event_id}.ics"
    assert "Je ne trouve pas" in await bot.press(actions.encode("event", 424242), user="ana")


async def test_event_state_conflicts_are_explained_without_a_usage_line(bot: Bot) -> None:
    event_id = await new_event(bot)
    assert "annulé" in await bot.say(f"/annuler {event_id} confirmer")
    again = await bot.say(f"/annuler {event_id}")
    assert "déjà annulé" in again and "Utilisation" not in again
    edit = await bot.say(f"/modifier {event_id} lieu Salle 2")
    assert "ne peut plus être modifié" in edit and "Utilisation" not in edit
    started = await new_event(bot, "Ciné | 2026-11-25 20:00")
    bot.clock.advance(hours=11)
    edit = await bot.say(f"/modifier {started} lieu Salle 2")
    assert "déjà commencé" in edit and "Utilisation" not in edit


async def test_editevent_takes_french_and_english_field_words(bot: Bot) -> None:
    event_id = await new_event(bot)
    assert "illimité" in await bot.say(f"/modifier {event_id} capacité illimité")
    assert "6,50" in await bot.say(f"/editevent {event_id} price 6,50 €")
    assert "Atelier" in await bot.say(f"/modifier {event_id} type atelier")
    assert "22h30" in await bot.say(f"/modifier {event_id} durée 2h30")
    assert "Salle 2" in await bot.say(f"/edit {event_id} où Salle 2")
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.capacity is None and event.price_cents == 650
    assert event.kind == "workshop" and event.place == "Salle 2"
    bad = await bot.say(f"/modifier {event_id} couleur rouge")
    assert "Champ «\u00a0couleur\u00a0» inconnu" in bad and "Utilisation\u00a0: /modifier" in bad


async def test_slash_options_reach_the_same_event_parsers(bot: Bot) -> None:
    reply = await bot.say("", command="newevent", options={
        "title": "Atelier photo", "when": "2026-12-05 20:00", "capacity": "12",
        "kind": "workshop", "price": "6,50 €"})
    assert "#1" in reply and "samedi 5 décembre 2026 à 20h" in reply
    event = await bot.core.storage.events.get(1)
    assert event is not None and (event.kind, event.capacity, event.price_cents) == (
        "workshop", 12, 650)
    refused = await bot.say("", command="newevent", options={"title": "X", "when": "hier 20h"})
    assert "déjà passé" in refused
    await bot.say("", command="editevent", options={"event": "1", "field": "capacity",
                                                    "value": "illimité"})
    event = await bot.core.storage.events.get(1)
    assert event is not None and event.capacity is None
    assert await bot.core.storage.events.count() == 1


async def test_demo_events_are_seeded_once_on_a_fresh_database(db_path: Path) -> None:
    from bot.config import Settings
    from commands.events.demo import seed_demo_events
    from storage import Storage

    storage = await Storage.open(db_path)
    try:
        settings = Settings(database_path=db_path)
        await seed_demo_events(storage, settings, NOW)
        await seed_demo_events(storage, settings, NOW)
        events = await storage.events.upcoming(NOW)
        assert [e.kind for e in events] == ["board_games", "screening"]
        assert all(e.is_demo and e.place == settings.default_place for e in events)
    finally:
        await storage.close()


async def test_attendees_list_and_csv_for_organisers(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | demain 20h | 2")
    await bot.say(f"/rsvp {event_id} oui +1", user="ana")
    await bot.say(f"/rsvp {event_id}", user="=cmd")
    await bot.say(f"/rsvp {event_id} maybe", user="ben")
    (reply,) = await bot.replies(f"/participants {event_id}")
    assert "Ana (+1)" in reply.text and "1. =cmd" in reply.text
    assert reply.attachment is not None
    csv_text = reply.attachment.content.decode("utf-8-sig")
    assert "Ana;test;vient;2" in csv_text and "'=cmd" in csv_text


async def test_mydata_shows_everything_and_forgetme_erases_it(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | demain 20h | 1")
    await bot.say(f"/rsvp {event_id}", user="ana")
    await bot.say(f"/rsvp {event_id}", user="ben")
    data = await bot.say("/mesdonnees", user="ana")
    assert "Ana" in data and "Jeux" in data and "inscrit·e" in data
    confirm = await bot.replies("/oubliemoi", user="ana")
    assert confirm[0].buttons and "vraiment" in confirm[0].text
    await bot.press(confirm[0].buttons[0].action, user="ana")
    assert await bot.core.storage.members.get(2) is None
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))
    fresh = await bot.say("/mesdonnees", user="ana")
    assert "Aucune réponse" in fresh


async def test_forgetme_keeps_on_no_and_erases_from_a_slash_confirm(bot: Bot) -> None:
    await bot.say("/events", user="ana")  # member 1
    assert "rien n'est effacé" in await bot.press(actions.encode("forget", "me", "no"),
                                                  user="ana")
    assert await bot.core.storage.members.get(1) is not None
    assert "rien n'est effacé" in await bot.say("/oubliemoi bof", user="ana")  # asked again
    done = await bot.say("", user="ana", command="forgetme", options={"confirm": "yes"})
    assert "tout ce que nous savions de vous est effacé" in done
    assert await bot.core.storage.members.get(1) is None


async def test_unreachable_member_is_told_at_next_interaction(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | demain 20h | 1")
    await bot.say(f"/rsvp {event_id}", user="ana")
    await bot.say(f"/rsvp {event_id}", user="ben")
    bot.platform.unreachable["ben"] = False
    await bot.say(f"/rsvp {event_id} non", user="ana")
    reply = await bot.say("/events", user="ben", private=False)
    assert "pas pu vous envoyer de message privé" in reply
    assert "pas pu" not in await bot.say("/events", user="ben", private=False)


async def test_csv_formula_guard_sees_through_bom_zero_width_and_full_width(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | demain 20h | 20")
    tricky = ["\ufeff=cmd", "＝HYPERLINK", "＋sum", "－1", "＠me", "\u2060=x"]
    for name in tricky:
        await bot.say(f"/rsvp {event_id}", user=name)
    (reply,) = await bot.replies(f"/participants {event_id}")
    assert reply.attachment is not None
    rows = list(csv.reader(io.StringIO(reply.attachment.content.decode("utf-8-sig")),
                           delimiter=";"))
    names = [row[0] for row in rows[1:]]
    assert len(names) == len(tricky)
    for name in names:
        assert name.startswith("'"), name


async def test_attendees_of_eight_thousand_is_linear(
        bot: Bot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    event_id = await new_event(bot, "Concert | demain 20h | 10")
    stamp = "2026-11-25T10:00:00Z"
    with sqlite3.connect(db_path) as raw:  # 8,000 answers, written as the storage writes them
        raw.executemany(
            "INSERT INTO members (platform, platform_user_id, display_name, created_at)"
            " VALUES ('test', ?, ?, ?)", [(f"u{i}", f"Membre {i}", stamp) for i in range(8000)])
        ids = [r[0] for r in raw.execute(
            "SELECT id FROM members WHERE platform_user_id LIKE 'u%' ORDER BY id")]
        raw.executemany(
            "INSERT INTO rsvps (event_id, member_id, state, seats, wait_seq, created_at,"
            " updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)",
            [(event_id, m, "going" if n < 10 else "waitlisted", None if n < 10 else n - 9,
              stamp, stamp) for n, m in enumerate(ids)])
    raw.close()
    comparisons = 0
    real_eq = Attendee.__eq__

    def counting(self: Attendee, other: object) -> bool:
        nonlocal comparisons
        comparisons += 1
        return real_eq(self, other)

    monkeypatch.setattr(Attendee, "__eq__", counting)
    (reply,) = await bot.replies(f"/participants {event_id}")
    assert comparisons < 8000 * 4  # was ~32 million: seconds of a blocked event loop
    assert reply.attachment is not None
    rows = list(csv.reader(io.StringIO(reply.attachment.content.decode("utf-8-sig")),
                           delimiter=";"))
    positions = [row[4] for row in rows[1:]]
    assert positions[:10] == [""] * 10
    assert positions[10:] == [str(n) for n in range(1, 7991)]
    assert "7990. Membre 7999" in reply.text


async def test_announce_a_text_or_an_event_and_state_conflicts_without_usage_line(
    bot: Bot,
) -> None:
    assert "2 salons ou groupes" in await bot.say("/annoncer Portes ouvertes samedi 14h !")
    assert [r.text for _, r in bot.platform.sent] == [
        "📣 Annonce du Focus\nPortes ouvertes samedi 14h !"] * 2
    empty = await bot.say("/annoncer")
    assert "Que faut-il annoncer" in empty
    assert "Utilisation\u00a0: /annoncer [numéro] [texte]" in empty
    too_long = await bot.say("/announce " + "x" * 3001)
    assert "3000" in too_long and len(bot.platform.sent) == 2
    assert "pas d'événement #99" in await bot.say("/annoncer #99")
    cancelled = await new_event(bot, "Ciné | 2026-12-05 20:00")
    await bot.say(f"/annuler {cancelled} confirmer")
    refused = await bot.say(f"/annoncer {cancelled}")
    assert "est annulé" in refused and "Utilisation" not in refused
    started = await new_event(bot, "Jeux | 2026-11-25 20:00")
    bot.clock.advance(hours=11)
    refused = await bot.say(f"/announce {started}")
    assert "déjà commencé" in refused and "Utilisation" not in refused
    assert len(bot.platform.sent) == 2
    # Discord: the same command from its slash option.
    bot.clock.advance(hours=-11)
    assert "2 salons ou groupes" in await bot.say("", command="announce",
                                                  options={"text": str(started)})
    assert bot.platform.sent[-1][1].card is not None
    assert "2 salons ou groupes" in await bot.say("", command="announce",
                                                  options={"event": str(started)})
    # Both filled (Discord's form): the words, then the card.
    both = await bot.say("", command="announce", options={"event": str(started), "text": "x"})
    assert "Votre texte" in both and "déjà annoncé" in both, both
    assert bot.platform.sent[-1][1].text.endswith("\nx")
    # A typed line starting with a number and going on is a text, not event #12.
    await bot.say("/annoncer 12 places restantes pour samedi !")
    assert bot.platform.sent[-1][1].text.endswith("12 places restantes pour samedi !")


# -- dates as organisers type them (issue 10) ------------------------------------------------
# NOW is Wednesday 25 November 2026, 11:00 in Paris.


@pytest.mark.parametrize(("typed", "expected"), [
    ("samedi 5 décembre à 14 heures", "samedi 5 décembre 2026 à 14h"),  # was 2114 00:00
    ("apres demain 15h", "vendredi 27 novembre 2026 à 15h"),  # was tomorrow
    ("le 12 à 20h", "samedi 12 décembre 2026 à 20h"),  # was this month's, "past"
    ("ce soir 20h", "mercredi 25 novembre 2026 à 20h"),
    ("demain soir 8h", "jeudi 26 novembre 2026 à 20h"),
    ("vendredi en huit 19h30", "vendredi 4 décembre 2026 à 19h30"),
    ("la semaine prochaine mercredi 18h", "mercredi 2 décembre 2026 à 18h"),
    ("samedi vers 14h", "samedi 28 novembre 2026 à 14h"),
    ("tonight at 8", "mercredi 25 novembre 2026 à 20h"),  # was 08:00
    ("friday evening at 7", "vendredi 27 novembre 2026 à 19h"),
])
async def test_newevent_reads_the_dates_organisers_type(
        bot: Bot, typed: str, expected: str) -> None:
    reply = await bot.say(f"/nouvelevenement Jeux | {typed}")
    assert "#1" in reply and expected in reply, reply


@pytest.mark.parametrize(("typed", "expected", "created"), [
    ("2026-12-05", "À quelle heure", False),  # was midnight
    ("vendredi 12 décembre 20h", "Le 12 décembre 2026 est un samedi, pas un vendredi", False),
    ("demain à 8", "8 heures du matin ou du soir", False),
    ("2027-03-28 02:30", "n'existe pas", False),
    ("5 décembre 2030 20h", "jeudi 5 décembre 2030 à 20h", True),  # a written year is fine
    ("5 juin 20h", "samedi 5 juin 2027 à 20h", True),
    ("hier 20h", "déjà passé", False),
    ("20h", "Quel jour", False),
])
async def test_newevent_refuses_rather_than_guess(
        bot: Bot, typed: str, expected: str, created: bool) -> None:
    reply = await bot.say(f"/nouvelevenement Jeux | {typed}")
    assert expected in reply, reply
    assert "Traceback" not in reply
    assert await bot.core.storage.events.count() == int(created)


async def test_newevent_range_sets_the_end_and_says_it(bot: Bot) -> None:
    typed = await bot.say("/nouvelevenement Jeux | samedi 18h-20h")
    assert "samedi 28 novembre 2026 à 18h" in typed and "20h" in typed, typed
    slash = await bot.say("", command="newevent", options={
        "title": "Quiz", "when": "wednesday 6-8pm"}, locale="en")
    assert "Wednesday 25 November 2026 at 18:00" in slash and "20:00" in slash, slash
    first, second = await bot.core.storage.events.get(1), await bot.core.storage.events.get(2)
    assert first is not None and second is not None
    assert first.ends_at is not None and first.ends_at - first.starts_at == timedelta(hours=2)
    assert second.ends_at is not None and second.ends_at.hour == 19  # 20:00 Paris, winter


async def test_editing_only_the_time_keeps_the_events_day(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | samedi 5 décembre 20h | 10")
    await bot.say(f"/rsvp {event_id}", user="ana")
    reply = await bot.say(f"/modifier {event_id} heure 18h30")
    assert "samedi 5 décembre 2026 à 18h30" in reply, reply
    told = bot.platform.private_texts("ana")[-1]
    assert "samedi 5 décembre 2026 à 18h30" in told, told  # not "today at 18:30"
    reply = await bot.say(f"/editevent {event_id} time 7pm", locale="en")
    assert "Saturday 5 December 2026 at 19:00" in reply, reply


async def test_editing_only_the_date_keeps_the_time_and_the_length(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | samedi 5 décembre 20h-22h")
    reply = await bot.say(f"/modifier {event_id} date dimanche 6 décembre")
    assert "dimanche 6 décembre 2026 à 20h" in reply, reply
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.ends_at is not None
    assert event.ends_at - event.starts_at == timedelta(hours=2)
    refused = await bot.say(f"/modifier {event_id} date vendredi 6 décembre")
    assert "est un dimanche, pas un vendredi" in refused, refused


async def test_editing_the_end_keeps_the_events_day(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | samedi 5 décembre 20h")
    reply = await bot.say(f"/modifier {event_id} fin 23h")
    assert "samedi 5 décembre 2026 à 23h" in reply, reply
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.ends_at == datetime(2026, 12, 5, 22, 0, tzinfo=UTC)
    late = await bot.say(f"/modifier {event_id} end 1:30")  # after midnight: the next day
    assert "dimanche 6 décembre 2026 à 1h30" in late, late
    early = await bot.say(f"/modifier {event_id} fin 18h")
    assert "après le début" in early, early
    assert "un seul moment" in await bot.say(f"/modifier {event_id} fin 22h-23h")
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.ends_at == datetime(2026, 12, 6, 0, 30, tzinfo=UTC)


async def test_editing_with_a_range_sets_start_and_end(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | samedi 5 décembre 20h")
    reply = await bot.say(f"/modifier {event_id} heure 14h30 à 17h")
    assert "samedi 5 décembre 2026 à 14h30" in reply and "17h" in reply, reply
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.ends_at == datetime(2026, 12, 5, 16, 0, tzinfo=UTC)


async def test_editing_the_time_of_an_event_years_ahead(bot: Bot) -> None:
    event_id = await new_event(bot, "Gala | 10/06/2028 20h")
    reply = await bot.say(f"/modifier {event_id} heure 21h")
    assert "samedi 10 juin 2028 à 21h" in reply, reply


async def test_announcelater_reads_dates_and_repeats_them(bot: Bot) -> None:
    await new_event(bot, "Jeux | samedi 5 décembre 20h")
    reply = await bot.say("/annoncerplustard 1 demain soir 6h")
    assert "jeudi 26 novembre 2026 à 18h" in reply, reply
    today = await bot.say("/annoncerplustard 1 à 18h")
    assert "mercredi 25 novembre 2026 à 18h" in today, today
    wrong = await bot.say("/annoncerplustard 1 vendredi 12 décembre 18h")
    assert "est un samedi, pas un vendredi" in wrong, wrong
    assert "un seul moment" in await bot.say("/annoncerplustard 1 demain 18h-19h")
    assert len(await bot.core.storage.announcements.pending()) == 2


async def test_next_event_of_a_kind_from_text_and_from_a_slash_option(bot: Bot) -> None:
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3 | jeux")
    film = await new_event(bot, "Ciné-club | 2026-12-01 20:00 | 30 | film")
    assert f"#{film} · Ciné-club" in await bot.say("/prochain", user="ana")
    assert f"#{games} · Soirée jeux" in await bot.say("/prochain jeux", user="ana")
    assert f"#{games} · Soirée jeux" in await bot.say(
        "", command="next", options={"kind": "board_games"}, user="ana", locale="en")
    none = await bot.say("/prochain atelier", user="ana")
    assert "Aucun événement «\u00a0Atelier\u00a0»" in none
