"""Commands through the real core, router and storage, as a member would see them."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest

from bot import actions
from recording import Bot
from storage.models import Attendee


async def _new_event(bot: Bot, spec: str = "Soirée jeux | 2026-12-05 20:00 | 3") -> int:
    reply = await bot.say(f"/nouvelevenement {spec}")
    match = re.search(r"#(\d+)", reply)
    assert match, reply
    return int(match.group(1))


async def test_help_in_french_by_default_and_english_from_platform_locale(bot: Bot) -> None:
    french = await bot.say("/aide", user="lea")
    assert "/evenements" in french and "Pour les organisateur" not in french
    english = await bot.say("/help", user="tom", locale="en-GB")
    assert "upcoming events" in english and "/events" in english
    organiser = await bot.say("/help")
    assert "/nouvelevenement" in organiser


async def test_newevent_shows_id_and_paris_time_in_reader_language(bot: Bot) -> None:
    reply = await bot.say("/newevent Soirée jeux | 2026-12-05 20:00 | 20 | jeux | gratuit")
    assert "#1" in reply and "samedi 5 décembre 2026 à 20:00" in reply
    await bot.say("/language en", user="tom")
    card = await bot.say("/event 1", user="tom")
    assert "Saturday, December 5, 2026 at 8:00 PM" in card
    assert "0/20 seats taken" in card and "Board-game night" in card


async def test_natural_dates_and_daylight_saving(bot: Bot) -> None:
    reply = await bot.say("/nouvelevenement Jeux | vendredi 19h30")
    assert "vendredi 27 novembre 2026 à 19:30" in reply
    summer = await bot.say("/nouvelevenement Été | 2027-03-28 19:30")  # the day clocks change
    assert "dimanche 28 mars 2027 à 19:30" in summer
    event = await bot.core.storage.get_event(2)
    assert event is not None and event.starts_at.hour == 17  # 19:30 CEST is 17:30 UTC


async def test_organiser_commands_refused_to_members_in_the_core(bot: Bot) -> None:
    for command in ("/newevent X | demain 20h", "/cancelevent 1", "/attendees 1",
                    "/announce hello", "/faqset a | b | c", "/editevent 1 title x"):
        reply = await bot.say(command, user="lea")
        assert "réservée aux organisateur" in reply, command
    assert await bot.core.storage.count_events() == 0


async def test_rsvp_with_french_words_waitlist_and_promotion_notice(bot: Bot) -> None:
    event_id = await _new_event(bot)  # 3 seats
    assert "3 place(s)" in await bot.say(f"/participer {event_id} oui +2", user="ana")
    waiting = await bot.say(f"/participer #{event_id} oui +1", user="ben")
    assert "liste d'attente, position 1" in waiting
    assert "position 2" in await bot.say(f"/rsvp {event_id}", user="cleo")
    assert "peut-être" in await bot.say(f"/participer {event_id} peut-être", user="dan")
    # Ana comes alone after all: two seats free up, Ben (2 seats) is promoted and told.
    await bot.say(f"/participer {event_id} oui +0", user="ana")
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))
    mine = await bot.say("/mesevenements", user="ben")
    assert "inscrit·e, 2 place(s)" in mine
    assert "position 1" in await bot.say("/myevents", user="cleo")


async def test_buttons_update_every_posted_copy(bot: Bot) -> None:
    event_id = await _new_event(bot)
    assert "2 canal" in await bot.say(f"/annoncer {event_id}")
    assert len(bot.platform.sent) == 2
    going = actions.encode("rsvp", event_id, "going")
    assert "1 place(s)" in await bot.press(going, user="ana")
    assert "2 place(s)" in await bot.press(actions.encode("guest", event_id, "+1"), user="ana")
    await bot.press(going, user="ben")
    for message_id in ("101", "102"):
        assert bot.platform.last_card(message_id).seats_text.startswith("3/3")
    toast = await bot.press(going, user="cleo")
    assert "Liste d'attente : position 1" in toast
    assert "1 en liste d'attente" in bot.platform.last_card("101").seats_text


async def test_cancelling_notifies_and_closes_buttons(bot: Bot) -> None:
    event_id = await _new_event(bot)
    await bot.say(f"/announce {event_id}")
    await bot.say(f"/rsvp {event_id}", user="ana")
    assert "1 personne" in await bot.say(f"/annuler {event_id}")
    assert any("annulé" in t for t in bot.platform.private_texts("ana"))
    card = bot.platform.last_card("101")
    assert card.cancelled and card.buttons == ()
    toast = await bot.press(actions.encode("rsvp", event_id, "going"), user="ben")
    assert "annulé" in toast
    assert "annulé" in await bot.say(f"/participer {event_id}", user="ben")


async def test_rsvp_closes_when_the_event_starts(bot: Bot) -> None:
    event_id = await _new_event(bot, "Ciné | 2026-11-25 20:00")
    bot.clock.advance(hours=10, minutes=1)
    assert "déjà commencé" in await bot.say(f"/participer {event_id}", user="ana")
    assert "Aucun événement" in await bot.say("/evenements", user="ana")


async def test_editing_time_notifies_and_capacity_raise_promotes(bot: Bot) -> None:
    event_id = await _new_event(bot, "Jeux | 2026-12-05 20:00 | 1")
    await bot.say(f"/rsvp {event_id}", user="ana")
    await bot.say(f"/rsvp {event_id}", user="ben")
    reply = await bot.say(f"/modifier {event_id} date 2026-12-06 18h")
    assert "dimanche 6 décembre 2026 à 18:00" in reply
    assert any("Changement" in t for t in bot.platform.private_texts("ana"))
    assert any("Changement" in t for t in bot.platform.private_texts("ben"))
    await bot.say(f"/editevent {event_id} places 2")
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))


async def test_bad_input_gets_a_polite_localised_reply_with_usage(bot: Bot) -> None:
    cases = {
        "/participer": "Il manque le numéro",
        "/participer abc": "n'est pas un numéro",
        "/participer 99": "Je ne trouve pas d'événement #99",
        "/participer 1 oui +50": "entre +0 et +9",
        "/participer 1 oui -3": "entre +0 et +9",
        "/participer 1 bof": "oui, peut-être ou non",
        "/nouvelevenement Jeux": "au moins un titre et une date",
        "/nouvelevenement Jeux | hier 20h": "déjà passé",
        "/nouvelevenement Jeux | n'importe quand": "Je n'ai pas compris la date",
        "/nouvelevenement Jeux | demain 20h | beaucoup": "nombre de places",
        "/nouvelevenement Jeux | demain 20h | 10 | piscine": "Type « piscine » inconnu",
        "/nouvelevenement " + "x" * 10_000 + " | demain 20h": "au maximum",
        "/langue klingon": "fr ou en",
        "/faqdel nope": "Pas de question",
        "/modifier 1": "le champ et la nouvelle valeur",
    }
    await _new_event(bot)
    for command, expected in cases.items():
        reply = await bot.say(command)
        assert expected in reply, (command, reply)
        assert "Traceback" not in reply
    assert "Utilisation : /participer" in await bot.say("/participer 1 bof")
    assert await bot.core.storage.count_events() == 1  # nothing half-written


async def test_markup_sql_and_control_characters_in_titles_are_kept_as_text(bot: Bot) -> None:
    title = "<b>Tom & Jerry</b>'; DROP TABLE events;--\x07\u202e"
    event_id = await _new_event(bot, f"{title} | demain 20h")
    event = await bot.core.storage.get_event(event_id)
    assert event is not None
    assert event.title == "<b>Tom & Jerry</b>'; DROP TABLE events;--"
    assert await bot.core.storage.count_events() == 1


async def test_unknown_command_suggests_and_unknown_button_is_polite(bot: Bot) -> None:
    assert "/events" in await bot.say("/evnts", user="ana")
    assert "plus valable" in await bot.press("v9:zzz", user="ana")
    assert "plus valable" in await bot.press("v1:nope:1", user="ana")
    assert "Je ne trouve pas" in await bot.press("v1:rsvp:424242:going", user="ana")


async def test_internal_error_gives_an_apology_not_a_traceback(bot: Bot) -> None:
    async def broken(ctx: object) -> None:
        raise RuntimeError("database on fire")

    bot.core.router.command("boom", broken)
    reply = await bot.say("/boom", user="ana")
    assert "Désolé" in reply and "fire" not in reply


async def test_ics_file_holds_the_event(bot: Bot) -> None:
    event_id = await _new_event(bot)
    (reply,) = await bot.replies(f"/ics {event_id}", user="ana")
    assert reply.attachment is not None and reply.attachment.filename.endswith(".ics")
    content = reply.attachment.content.decode()
    assert "SUMMARY:Soirée jeux" in content and "DTSTART:20261205T190000Z" in content


async def test_attendees_list_and_csv_for_organisers(bot: Bot) -> None:
    event_id = await _new_event(bot, "Jeux | demain 20h | 2")
    await bot.say(f"/rsvp {event_id} oui +1", user="ana")
    await bot.say(f"/rsvp {event_id}", user="=cmd")
    await bot.say(f"/rsvp {event_id} maybe", user="ben")
    (reply,) = await bot.replies(f"/participants {event_id}")
    assert "Ana (+1)" in reply.text and "1. =cmd" in reply.text
    assert reply.attachment is not None
    csv_text = reply.attachment.content.decode("utf-8-sig")
    assert "Ana,test,vient,2" in csv_text and "'=cmd" in csv_text


async def test_faq_answers_suggests_and_organiser_edits_win(bot: Bot) -> None:
    topics = await bot.say("/faq", user="ana")
    assert "tarifs" in topics and "horaires" in topics
    assert "6 € de l'heure" in await bot.say("/faq combien ça coûte", user="ana")
    assert "6 € de l'heure" in await bot.say("c'est combien ?", user="ana")  # private chat
    assert "about €6 an hour" in await bot.say("/faq prices", user="tom", locale="en")
    assert "/faqset horaires" in await bot.say("/faq horaires", user="ana")
    await bot.say("/faqset horaires | Horaires ? | Du mardi au samedi, 14h-19h")
    assert "Du mardi au samedi" in await bot.say("/faq horaires", user="ana")
    await bot.say("/faqdel horaires")
    assert "horaires" not in await bot.say("/faq", user="ana")


async def test_mydata_shows_everything_and_forgetme_erases_it(bot: Bot) -> None:
    event_id = await _new_event(bot, "Jeux | demain 20h | 1")
    await bot.say(f"/rsvp {event_id}", user="ana")
    await bot.say(f"/rsvp {event_id}", user="ben")
    data = await bot.say("/mesdonnees", user="ana")
    assert "Ana" in data and "Jeux" in data and "inscrit·e" in data
    confirm = await bot.replies("/oubliemoi", user="ana")
    assert confirm[0].buttons and "vraiment" in confirm[0].text
    await bot.press(confirm[0].buttons[0].action, user="ana")
    assert await bot.core.storage.get_member(2) is None
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))
    fresh = await bot.say("/mesdonnees", user="ana")
    assert "Aucune réponse" in fresh


async def test_unreachable_member_is_told_at_next_interaction(bot: Bot) -> None:
    event_id = await _new_event(bot, "Jeux | demain 20h | 1")
    await bot.say(f"/rsvp {event_id}", user="ana")
    await bot.say(f"/rsvp {event_id}", user="ben")
    bot.platform.unreachable["ben"] = False
    await bot.say(f"/rsvp {event_id} non", user="ana")
    reply = await bot.say("/events", user="ben", private=False)
    assert "pas pu vous envoyer de message privé" in reply
    assert "pas pu" not in await bot.say("/events", user="ben", private=False)


async def test_csv_formula_guard_sees_through_bom_zero_width_and_full_width(bot: Bot) -> None:
    event_id = await _new_event(bot, "Jeux | demain 20h | 20")
    tricky = ["\ufeff=cmd", "＝HYPERLINK", "＋sum", "－1", "＠me", "\u2060=x"]
    for name in tricky:
        await bot.say(f"/rsvp {event_id}", user=name)
    (reply,) = await bot.replies(f"/participants {event_id}")
    assert reply.attachment is not None
    rows = list(csv.reader(io.StringIO(reply.attachment.content.decode("utf-8-sig"))))
    names = [row[0] for row in rows[1:]]
    assert len(names) == len(tricky)
    for name in names:
        assert name.startswith("'"), name


async def test_attendees_of_eight_thousand_is_linear(
        bot: Bot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    event_id = await _new_event(bot, "Concert | demain 20h | 10")
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
    rows = list(csv.reader(io.StringIO(reply.attachment.content.decode("utf-8-sig"))))
    positions = [row[4] for row in rows[1:]]
    assert positions[:10] == [""] * 10
    assert positions[10:] == [str(n) for n in range(1, 7991)]
    assert "7990. Membre 7999" in reply.text
