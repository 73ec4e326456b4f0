"""Erasure leaves no trace in the files, and /mydata shows everything we hold."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from recording import NOW, Bot, new_event, on_disk, plain
from storage.attendance import Tap

NAME = "Zorglubette"
USER = "zorglub-77310"


async def test_forgetme_leaves_no_name_or_id_in_the_database_or_its_wal(
        bot: Bot, db_path: Path) -> None:
    event_id = await new_event(bot, "Jeux | demain 20h | 5")
    incoming_user = USER
    replies = await bot.replies(f"/rsvp {event_id}", user=incoming_user)
    assert replies
    await bot.say("/langue en", user=incoming_user)
    held = on_disk(db_path)
    assert USER.encode() in held  # the probe can see it while it is held

    await bot.say("/oubliemoi confirmer", user=incoming_user)
    held = on_disk(db_path)  # the storage is still open
    assert USER.encode() not in held
    assert USER.capitalize().encode() not in held
    assert (await bot.core.storage.db.read("PRAGMA secure_delete"))[0][0] == 1


async def test_forgetme_by_name_is_gone_too(bot: Bot, db_path: Path) -> None:
    await bot.say("/events", user=NAME.lower())
    assert NAME.encode() in on_disk(db_path)
    await bot.say("/forgetme confirm", user=NAME.lower())
    assert NAME.encode() not in on_disk(db_path)


async def test_mydata_shows_reminders_reachability_and_what_they_created(bot: Bot) -> None:
    event_id = await new_event(bot, "Jeux | demain 20h | 5")
    await bot.say(f"/rsvp {event_id}", user="ana")
    storage = bot.core.storage
    ana = await storage.members.identify("test", "ana", "Ana", NOW)
    await storage.members.update(ana.id, unreachable="blocked", notice_pending=True)
    async with storage.db.transaction() as db:  # what the scheduler records when it reminds
        await db.execute(
            "INSERT INTO reminder_deliveries (event_id, member_id, offset_seconds, starts_at,"
            " status, attempts, sent_at, updated_at) VALUES (?, ?, 86400, ?, 'sent', 1, ?, ?)",
            (event_id, ana.id, "2026-11-26T19:00:00Z", "2026-11-25T19:00:00Z",
             "2026-11-25T19:00:00Z"))
    data = await bot.say("/mesdonnees", user="ana", private=True)
    assert "Rappels envoyés ou prévus" in data
    assert "Jeux, 1 jour avant\u00a0: envoyé le mercredi 25 novembre 2026 à 20h" in data
    assert "bot bloqué" in data  # the platform refused our private messages

    organiser = await bot.say("/mydata", user="orga", locale="en")
    assert f"#{event_id}" in organiser and "Events created" in organiser


async def test_mydata_in_english_names_the_reminder_history(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | demain 20h")
    await bot.say(f"/rsvp {event_id}", user="tom", locale="en")
    storage = bot.core.storage
    tom = await storage.members.identify("test", "tom", "Tom", NOW)
    async with storage.db.transaction() as db:
        await db.execute(
            "INSERT INTO reminder_deliveries (event_id, member_id, offset_seconds, starts_at,"
            " status, attempts, detail, updated_at) VALUES (?, ?, 3600, ?, 'skipped', 0,"
            " 'reminders off', ?)",
            (event_id, tom.id, "2026-11-26T19:00:00Z",
             (NOW + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")))
    data = await bot.say("/mydata", user="tom", locale="en")
    assert "Reminders sent or planned" in data and "Ciné, 1 h before: not sent" in data
    assert "you are reachable" in data and "reminders off" not in data


async def test_forgetme_refreshes_the_cards_of_the_events_they_answered(bot: Bot) -> None:
    """No one waits for the freed seats, yet every posted card shows them at once."""
    event_id = await new_event(bot, "Jeux | demain 20h | 5")
    (card,) = await bot.replies(f"/event {event_id}", user="lea", private=False)
    message_id = await bot.platform.send("group-1", card)
    assert card.card is not None and message_id is not None
    await bot.core.card_posted(event_id, bot.platform.platform, "group-1", message_id, "fr")
    await bot.say(f"/participer {event_id} oui +2", user="ana")
    assert bot.platform.last_card(message_id).seats_text.startswith("3/5")
    await bot.say("/oubliemoi confirmer", user="ana")
    assert bot.platform.last_card(message_id).seats_text.startswith("0/5")


async def _checked_in_with_a_draft(bot: Bot, user: str) -> int:
    """A member who answered, was checked in at the door, and has an event half created."""
    event_id = await new_event(bot, "Jeux | demain 20h | 5")
    await bot.say(f"/participer {event_id} oui", user=user)
    storage = bot.core.storage
    member = await storage.members.identify("test", user, user.capitalize(), NOW)
    assert await storage.attendance.toggle(event_id, member.id, NOW) == Tap(True)
    await storage.drafts.start(member.id, "capacity",
                               {"kind": "screening", "title": f"Ciné {NAME}"}, NOW,
                               image=b"\xff\xd8\xff" + USER.encode() * 4)
    return event_id


async def test_mydata_shows_check_ins_a_draft_and_what_outlives_erasure(bot: Bot) -> None:
    event_id = await _checked_in_with_a_draft(bot, "ana")
    data = plain(await bot.say("/mesdonnees", user="ana", private=True))
    assert "Pointé·e à l'entrée" in data
    assert f"#{event_id} Jeux — pointé·e le mercredi 25 novembre 2026 à 11h" in data
    assert f"Événement en cours de création : « Ciné {NAME} » (avec une photo)" in data
    assert "Réponses gardées : type, titre." in data
    assert "chiffres anonymes" in data and "sans lien avec vous" in data

    english = plain(await bot.say("/mydata", user="ana", locale="en"))
    assert "Checked in at the door" in english and f"#{event_id} Jeux — checked in" in english
    assert f"Event being created: \"Ciné {NAME}\" (with a picture)" in english
    assert "anonymous counts" in english and "no link to you" in english


async def test_forgetme_erases_check_ins_and_the_draft_from_the_files(
        bot: Bot, db_path: Path) -> None:
    await _checked_in_with_a_draft(bot, USER)
    held = on_disk(db_path)
    assert NAME.encode() in held and USER.encode() in held
    storage = bot.core.storage
    member = await storage.members.identify("test", USER, "Z", NOW)
    assert await storage.attendance.of_member(member.id)

    await bot.say("/oubliemoi confirmer", user=USER)
    held = on_disk(db_path)
    assert NAME.encode() not in held and USER.encode() not in held
    assert (await storage.db.read("SELECT COUNT(*) FROM checkins"))[0][0] == 0
    assert (await storage.db.read("SELECT COUNT(*) FROM drafts"))[0][0] == 0

