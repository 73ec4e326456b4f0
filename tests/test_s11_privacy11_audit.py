"""Session 11, privacy11: after /oubliemoi, nothing of the member is left in any table.

A mother (Telegram-like, private chat) and a volunteer organiser each do everything the bot
lets them do that leaves a row: answers with children's names, a waitlist place, a private
card, the calendar link, reminders, the door's check-in, a message kept for a closed chat, a
notice of a cancellation waiting for her, a question to the team; the organiser creates an
event, a series, a scheduled announcement, an FAQ entry, a draft, a cancellation preview.
Then each erases themselves, and the test walks EVERY table of the real SQLite file (read
from `sqlite_master`, so a table added later is walked too): no column pointing at members
holds their number, no text cell holds their platform id, their name or the children's.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

from scheduler_helpers import close_restarted, tick_at  # noqa: F401  (autouse)

from bot.messages import Incoming, Reply
from bot.scheduler import Scheduler
from recording import Bot, new_event, on_disk, plain

MUM = "anatolemum-4471"  # her platform id; her display name is « Anatolemum-4471 »
ORGA = "orgaxq-9931"
KIDS = ("Anatole", "Bérénice")


def _walk(db_path: Path, member_id: int, secrets: tuple[str, ...]) -> list[str]:
    """Every place of the file where `member_id` (in a column pointing at members) or one
    of `secrets` (in any text cell) is still found, as « table.column »."""
    found: list[str] = []
    with sqlite3.connect(db_path) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            pointing = {r[3] for r in db.execute(f"PRAGMA foreign_key_list({table})")
                        if r[2] == "members"}
            pointing |= {c for c in columns if "member" in c or c.endswith("_by")}
            if table == "members":
                pointing.add("id")
            if table == "member_ids":  # the highest number given: kept on purpose
                pointing.clear()
            for column in columns:
                if column in pointing:
                    rows = db.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?",
                                      (member_id,)).fetchone()
                    if rows[0]:
                        found.append(f"{table}.{column} = {member_id}")
                for secret in secrets:
                    rows = db.execute(
                        f"SELECT COUNT(*) FROM {table} WHERE instr(CAST({column} AS TEXT),"
                        " ?) > 0", (secret,)).fetchone()
                    if rows[0]:
                        found.append(f"{table}.{column} ∋ {secret}")
    return found


async def _member_id(bot: Bot, user: str) -> int:
    member = await bot.core.storage.members.find("test", user)
    assert member is not None
    return member.id


async def _lived_in(bot: Bot) -> tuple[int, int]:
    """The mother and the organiser, each with a row in every table a member can reach."""
    bot.organizers.add(ORGA)
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            public_url="https://agenda.example.org/")
    tonight = await new_event(bot, "Soirée jeux | 2026-11-26 20:00 | 10 | jeux | gratuit")
    full = await new_event(bot, "Ciné | 2026-11-28 20:00 | 1")
    later = await new_event(bot, "Atelier vidéo | 2026-12-12 14:00 | 10")
    await bot.say(f"/participer {full} oui", user="leo")
    said = plain(await bot.say(f"/participer {tonight} oui Anatole, Bérénice", user=MUM))
    assert "Anatole" in said, said
    await bot.say(f"/participer {full} oui", user=MUM)  # waitlisted
    await bot.say(f"/participer {later} oui", user=MUM)
    await bot.say(f"/evenement {later}", user=MUM)  # a card in her private chat
    await bot.say("/monagenda", user=MUM)  # the calendar link
    mum = await _member_id(bot, MUM)
    assert await bot.core.storage.attendance.toggle(tonight, mum, bot.clock(), want=True)
    # A question to the team, under the card of tonight's event.
    await bot.core.handle(Incoming(
        platform="test", user_id=MUM, display_name=MUM.capitalize(), chat_id=f"chat-{MUM}",
        text="est-ce que je peux venir avec la poussette ?", event_id=tonight))
    # The reminders of tonight (the day before), while her private chat is still open.
    await tick_at(bot, Scheduler(bot.core), bot.clock() + timedelta(hours=10, minutes=1))
    # Her private chat closed: a cancellation waits for her (outbox), an answer is kept.
    bot.platform.unreachable[MUM] = False
    await bot.say(f"/annuler {later} neige confirmer")
    await bot.say(f"/ics {full}", user=MUM)
    # What the platforms' adapters record that the recording one does not: a card in her
    # Telegram private chat (its id is hers), one in a Discord private chat (`private_to`),
    # a notice waiting in the outbox, an answer kept for her closed chat.
    storage, now = bot.core.storage, bot.clock()
    await storage.cards.add(later, "test", MUM, "9001", "fr", now)
    await storage.cards.add(later, "test", "dm-5550", "9002", "fr", now, private_to=MUM)
    await storage.outbox.record([(mum, "« Atelier vidéo » est déplacé, Anatole")],
                                event_id=later, kind="change", now=now,
                                until=now + timedelta(days=3), holder="x",
                                lease_until=now)
    await storage.waiting.keep("test", MUM, "Enfants notés : Anatole, Bérénice", now)
    # The organiser's own rows.
    await new_event(bot, "Concert | 2026-12-19 20:00 | 30")
    await bot.say("/nouvelleserie Jeux du mardi | tous les mardis 19h", user=ORGA)
    own = await new_event(bot, "Expo | 2026-12-20 15:00 | 30")
    await bot.say(f"/annoncerplustard {own} 2026-12-10 18:00", user=ORGA)
    await bot.say("/faqset parking | On se gare où ? | Rue Michelet", user=ORGA)
    await bot.say(f"/annuler {own} trop peu d'inscrits", user=ORGA)  # a preview: a request
    await bot.say(f"/evenement {own}", user=ORGA)
    await storage.cards.add(own, "test", ORGA, "9003", "fr", now)
    await bot.say(f"/participer {own} oui", user=MUM)  # someone to write to
    await bot.say(f"/message {own} On installe à 14h, venez nous aider !", user=ORGA)
    await bot.say("/creer", user=ORGA)
    await bot.say("Jeux", user=ORGA)
    return mum, await _member_id(bot, ORGA)


async def test_forgetme_leaves_no_row_of_the_mother_in_any_table(bot: Bot, db_path: Path
                                                                  ) -> None:
    mum, _ = await _lived_in(bot)
    secrets = (MUM, MUM.capitalize(), *KIDS)
    held = _walk(db_path, mum, secrets)
    tables = {place.split(".")[0] for place in held}  # the probe sees her while she is here
    assert tables >= {"members", "rsvps", "party_children", "checkins", "reminder_deliveries",
                      "feed_tokens", "relay_questions", "posted_messages", "outbox",
                      "waiting_replies", "relay_told"}, held
    await bot.say("/oubliemoi confirmer", user=MUM)
    assert _walk(db_path, mum, secrets) == []
    assert not any(s.encode() in on_disk(db_path) for s in secrets)


async def test_forgetme_leaves_no_row_of_the_organiser_in_any_table(bot: Bot, db_path: Path
                                                                     ) -> None:
    _, orga = await _lived_in(bot)
    secrets = (ORGA, ORGA.capitalize())
    held = _walk(db_path, orga, secrets)
    tables = {place.split(".")[0] for place in held}
    assert tables >= {"members", "events", "series", "scheduled_announcements", "faq_entries",
                      "cancel_requests", "drafts", "posted_messages", "relay_writers"}, held
    await bot.say("/oubliemoi confirmer", user=ORGA)
    assert _walk(db_path, orga, secrets) == []
    assert not any(s.encode() in on_disk(db_path) for s in secrets)


async def test_a_question_waiting_for_the_organiser_goes_with_the_mother(
        bot: Bot, db_path: Path) -> None:
    """The organiser's phone is off the network (the platform fails, not refuses): the
    mother's question, « ❓ Question de Anatolemum-4471 … », waits in the outbox for him.
    She erases herself meanwhile: her name must not be sent to him later, nor stay.
    (Failed before relay11's `outbox.words_of`, migration 0028, the session 10 note's gap.)"""
    tonight = await new_event(bot, "Soirée jeux | 2026-11-26 20:00 | 10 | jeux | gratuit")
    await bot.say(f"/participer {tonight} oui", user=MUM)
    real = bot.platform.send_private

    async def down(user_id: str, reply: Reply) -> None:
        if user_id == "orga":
            raise ConnectionError("network down")
        await real(user_id, reply)

    bot.platform.send_private = down  # type: ignore[method-assign]
    await bot.core.handle(Incoming(
        platform="test", user_id=MUM, display_name=MUM.capitalize(), chat_id=f"chat-{MUM}",
        text="est-ce que je peux venir avec la poussette ?", event_id=tonight))
    await bot.core.idle()
    secrets = (MUM, MUM.capitalize())
    assert any(p.startswith("outbox.") for p in _walk(db_path, 0, secrets))  # it waits
    await bot.say("/oubliemoi confirmer", user=MUM)
    assert _walk(db_path, 0, secrets) == []


# -- /mesdonnees shows what the relay keeps (migration 0028) --------------------------------


async def test_mydata_names_the_event_she_was_last_told_about(bot: Bot) -> None:
    """Since migration 0028 the bot keeps, for 12 hours, which event its latest private
    message to her was about (a reminder), so that « on peut venir avec la poussette ? »
    typed under it reaches that event's team. /mesdonnees said nothing of it."""
    tonight = await new_event(bot, "Soirée jeux | 2026-11-26 20:00 | 10 | jeux | gratuit")
    await bot.say(f"/participer {tonight} oui", user=MUM)
    await tick_at(bot, Scheduler(bot.core), bot.clock() + timedelta(hours=10, minutes=1))
    assert await bot.core.storage.db.read("SELECT 1 FROM relay_told")
    shown = plain(await bot.say("/mesdonnees", user=MUM))
    assert f"vous a parlé en privé : #{tonight} Soirée jeux" in shown, shown
    assert "Gardé 12 h" in shown, shown


async def test_mydata_names_the_events_an_organiser_wrote_about(bot: Bot) -> None:
    """An organiser who sent /message to an event's participants receives their questions
    (migration 0028): /mesdonnees says so, by event."""
    bot.organizers.add(ORGA)
    own = await new_event(bot, "Expo | 2026-12-20 15:00 | 30")
    await bot.say(f"/participer {own} oui", user=MUM)
    await bot.say(f"/message {own} On installe à 14h !", user=ORGA)
    assert await bot.core.storage.db.read("SELECT 1 FROM relay_writers")
    shown = plain(await bot.say("/mesdonnees", user=ORGA))
    assert f"#{own} Expo" in shown and "questions" in shown, shown
    english = await bot.say("/mydata", user=ORGA, locale="en")
    assert f"#{own} Expo" in english and "questions" in english, english


async def test_mydata_counts_the_questions_passed_on_to_an_organiser(bot: Bot) -> None:
    """The questions the relay passed on to an organiser are kept (to whom, until a week
    after the event: migration 0025's `relay_to`) and went with them on /oubliemoi, but
    their /mesdonnees said nothing of them."""
    tonight = await new_event(bot, "Soirée jeux | 2026-11-26 20:00 | 10 | jeux | gratuit")
    await bot.say(f"/participer {tonight} oui", user=MUM)
    await bot.core.handle(Incoming(
        platform="test", user_id=MUM, display_name=MUM.capitalize(), chat_id=f"chat-{MUM}",
        text="est-ce que je peux venir avec la poussette ?", event_id=tonight))
    await bot.core.idle()
    assert await bot.core.storage.db.read("SELECT 1 FROM relay_to")
    shown = plain(await bot.say("/mesdonnees"))
    assert "1 question de participant·e vous a été transmise" in shown, shown
    english = await bot.say("/mydata", locale="en")
    assert "1 question from a participant passed on to you" in english, english
