"""Session 7: « supprimez tout » — every table, walked from `sqlite_master`, after an
organiser who did everything the bot lets a person do erased themselves. A table added
later that holds a member's id or words is caught here without anyone listing it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from scheduler_helpers import tick_at

from bot.scheduler import Scheduler
from recording import NOW, Bot, new_event, plain

USER = "orga-zorglub-4471"  # an organiser (below) who is also a parent
NAME = USER.capitalize()
CHILD = "Zéphyrine"
REASON = "grève-des-zorglubs"
DRAFT_TITLE = "Atelier Zorglubesque"
# What /mesdonnees says of each table that holds something of theirs.
SHOWN_AS = {
    "members": f"nom affiché : {NAME}",
    "rsvps": "Vos réponses",
    "party_children": CHILD,
    "checkins": "Pointé·e à l'entrée",
    "reminder_deliveries": "Rappels envoyés ou prévus",
    "drafts": f"Événement en cours de création : « {DRAFT_TITLE} »",
    "feed_tokens": "Lien d'agenda personnel : actif depuis",
    "cancel_requests": f"motif « {REASON} »",
    "events": "Événements créés",
    "series": "Séries d'événements créées : n°1 « Club photo »",
    "scheduled_announcements": "Annonces programmées par vous",
    "faq_entries": "Questions fréquentes modifiées : horaires",
    # The event the latest private notice was about (migration 0028, 12 hours).
    "relay_told": "Le dernier événement dont le bot vous a parlé en privé",
}


async def _members_columns(bot: Bot) -> dict[str, list[str]]:
    """Every table, and its columns that point at a member (a foreign key to `members`, or
    a column named as one: `member_id`, `*_by`)."""
    read = bot.core.storage.db.read
    tables = [r[0] for r in await read(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found: dict[str, list[str]] = {}
    for table in tables:
        columns = [r[1] for r in await read(f"SELECT * FROM pragma_table_info('{table}')")]
        keys = {r[3] for r in await read(f"SELECT * FROM pragma_foreign_key_list('{table}')")
                if r[2] == "members"}
        found[table] = [c for c in columns
                        if c in keys or c == "member_id" or c.endswith("_by")]
    return found


async def _traces(bot: Bot, member_id: int, words: tuple[str, ...]) -> list[str]:
    """Where a row still refers to the member: their id in a member column, or their
    platform id, name, child's name or own words in any text or blob."""
    read = bot.core.storage.db.read
    traces = []
    for table, member_cols in (await _members_columns(bot)).items():
        rows: list[Any] = await read(f"SELECT * FROM {table}")  # noqa: S608 (our own names)
        names = [r[1] for r in await read(f"SELECT * FROM pragma_table_info('{table}')")]
        for row in rows:
            for column, value in zip(names, row, strict=True):
                if column in member_cols and value == member_id and table != "members":
                    traces.append(f"{table}.{column} = {value}")
                if table == "members" and column == "id" and value == member_id:
                    traces.append(f"members.id = {value}")
                if isinstance(value, bytes | str):
                    text = value if isinstance(value, str) else value.decode("latin-1")
                    traces += [f"{table}.{column} holds {w!r}" for w in words if w in text]
    return traces


async def test_an_organiser_parent_erased_leaves_no_row_that_refers_to_them(bot: Bot) -> None:
    storage = bot.core.storage
    # As an organiser: an event, a series, an announcement planned, an FAQ entry edited, a
    # cancellation previewed (its reason kept for a day), an event half created.
    bot.organizers.add(USER)
    own = await new_event(bot, "Ciné | 2026-11-26 20:00 | 10")
    await bot.say("/nouvelevenement Jeux du jeudi | 2026-12-03 18:00 | 8", user=USER)
    await bot.say("/nouvelleserie Club photo | vendredi 19h30", user=USER)
    mine = (await storage.db.read("SELECT id FROM events WHERE title = 'Jeux du jeudi'"))[0][0]
    await bot.say(f"/annoncerplustard {mine} 2026-12-01 10:00", user=USER)
    await bot.say("/faqmodifier horaires | Quand ouvrez-vous ? | Du mardi au samedi", user=USER)
    await bot.say(f"/annuler {mine} {REASON}", user=USER)
    # As a parent: an answer with a child named, a reminder sent, a check-in at the door,
    # a card opened in the private chat, the private calendar link.
    await bot.say(f"/participer {own} oui {CHILD}", user=USER)
    await bot.say(f"/evenement {own}", user=USER)
    member = await storage.members.find("test", USER)
    assert member is not None
    await storage.feeds.token(member.id, NOW)
    scheduler = Scheduler(bot.core)
    event = await storage.events.get(own)
    assert event is not None
    await tick_at(bot, scheduler, event.starts_at - timedelta(hours=23))
    assert await storage.attendance.toggle(own, member.id, bot.clock.current)
    await storage.drafts.start(member.id, "capacity", {"title": DRAFT_TITLE},
                               bot.clock.current)

    words = (USER, NAME, CHILD, REASON, DRAFT_TITLE)
    held = await _traces(bot, member.id, words)
    tables = {t.split(".")[0] for t in held}
    # Each table holding something of theirs has its line in /mesdonnees: a new table
    # fails here until /mesdonnees says what it keeps.
    assert tables == set(SHOWN_AS), held
    shown = plain(await bot.say("/mesdonnees", user=USER))
    for table, line in SHOWN_AS.items():
        assert line in shown, (table, line, shown)

    done = plain(await bot.say("/oubliemoi confirmer", user=USER))
    assert "effacé" in done, done
    assert await _traces(bot, member.id, words) == []
    # What the organiser made for others stays, nameless: the event, its series, its
    # planned announcement, the FAQ answer.
    assert await storage.events.get(mine) is not None
    left = await storage.db.read("SELECT COUNT(*) FROM scheduled_announcements")
    assert left[0][0] == 1
