"""Session 10, privacy: what we hold about minors, kept no longer than needed.

- A check-in at the door (« Léo was at the door at 20:14 ») serves the door and the report
  until the event's books close; after that the tally holds the counts, and who came when
  is erased from the database files (the same run that erases the children's names).
- The /mycalendar token opens a teenager's agenda: the database (and so every backup of it)
  holds no usable form of it.

Through the core on a real SQLite file, the files read byte by byte (as tests/test_erasure.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from scheduler_helpers import close_restarted, restart, tick_at  # noqa: F401  (autouse)

import storage
from bot import ops
from bot.scheduler import Scheduler
from commands.account.jobs import NOTICE, UNUSED
from commands.attendance.jobs import GRACE, LENGTH
from fakes.telegram_api import user as tg_user
from recording import Bot, new_event, on_disk, plain, private_text

START = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)  # 20:00 in Paris, no end given
CLOSED = START + LENGTH + GRACE  # when the books of that evening close
AT_THE_DOOR = datetime(2026, 12, 5, 19, 14, 37, tzinfo=UTC)  # 20:14 in Paris


async def checked_in_evening(bot: Bot) -> int:
    """Léo (a teenager) and a mother with two children came; the door list ticked them."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui", user="leo")
    await bot.say(f"/participer {event_id} oui +2", user="maman")
    storage = bot.core.storage
    for user in ("leo", "maman"):
        member = await storage.members.find("test", user)
        assert member is not None
        assert await storage.attendance.toggle(event_id, member.id, AT_THE_DOOR, want=True)
    return event_id


async def bilan(bot: Bot) -> str:
    return plain(await bot.say("/bilan décembre 2026"))


async def test_check_ins_leave_the_files_when_the_books_close_and_the_report_stays(
        bot: Bot, db_path: Path) -> None:
    """Before: « Pointé·e à l'entrée par l'équipe : #1 Soirée jeux — pointé·e le samedi 5
    décembre à 20h14 » in Léo's /mesdonnees for ever (until /oubliemoi), the row in the file.
    The report needs only « 4 présents », written in the tally."""
    event_id = await checked_in_evening(bot)
    stamp = AT_THE_DOOR.isoformat().encode()[:19]  # « 2026-12-05T19:14:37 » as stored
    assert stamp in on_disk(db_path)  # the probe sees it while the door needs it
    assert "pointé·e le" in plain(await bot.say("/mesdonnees", user="leo"))

    bot.clock.current = START + timedelta(hours=2)
    before = await bilan(bot)
    assert re.search(r"\b4\b", before), before  # Léo, the mother and her two: present

    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))

    assert stamp not in on_disk(db_path)
    rows = await bot.core.storage.db.read("SELECT COUNT(*) FROM checkins")
    assert rows[0][0] == 0
    assert await bilan(bot) == before  # the tally holds the counts
    leo = plain(await bot.say("/mesdonnees", user="leo"))
    assert "pointé·e le" not in leo and f"#{event_id}" in leo, leo  # the answer stays


async def test_check_ins_stay_while_the_door_may_still_fix_them(bot: Bot) -> None:
    """The desk may correct the list that night: nothing goes before the books close."""
    await checked_in_evening(bot)
    await tick_at(bot, Scheduler(bot.core), CLOSED - timedelta(minutes=5))
    rows = await bot.core.storage.db.read("SELECT COUNT(*) FROM checkins")
    assert rows[0][0] == 2
    assert "pointé·e le" in plain(await bot.say("/mesdonnees", user="leo"))


async def test_mydata_says_when_check_ins_are_erased(bot: Bot) -> None:
    """A parent reading /mesdonnees learns that the door's ticks go with the books, in both
    languages (before: « vos réponses restent jusqu'à /oubliemoi » and nothing about them)."""
    await checked_in_evening(bot)
    fr = plain(await bot.say("/mesdonnees", user="maman"))
    assert "pointages à l'entrée" in fr and "effacés" in fr, fr
    en = plain(await bot.say("/mydata", user="maman", locale="en"))
    assert "door check-ins" in en, en


async def test_a_closed_door_shows_its_figures_and_nobody_by_name(bot: Bot) -> None:
    """Once the books are closed, /pointage shows the evening's counts (from the tally),
    not « Présent·e·s : 0 » beside every name unticked, and names nobody."""
    event_id = await checked_in_evening(bot)
    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))
    replies = await bot.replies(f"/pointage {event_id}")
    shown = plain("\n".join(r.text for r in replies))
    assert "Présent·e·s : 4 sur 4 places réservées" in shown, shown
    assert "sont clos" in shown, shown
    labels = " ".join(b.label for r in replies for b in r.buttons)
    assert "Leo" not in labels and "Maman" not in labels, labels


# -- the calendar link ------------------------------------------------------------------------


def with_web(bot: Bot) -> None:
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            public_url="https://agenda.example.org/")


async def calendar_link(bot: Bot, user: str = "leo") -> str:
    """What /monagenda gives a teenager: the secret part of their private link."""
    found = re.search(r"https://agenda\.example\.org/me/([\w-]+)\n",
                      await bot.say("/monagenda", user=user))
    assert found
    return found.group(1)


async def whose(bot: Bot, token: str) -> int | None:
    return await bot.core.storage.feeds.member_for(token)


async def test_the_calendar_link_is_in_no_database_file_nor_backup(
        bot: Bot, db_path: Path, tmp_path: Path) -> None:
    """Before: the link was stored as it is, beside its hash: whoever held the database or
    one of its 14 backups could follow Léo's agenda (where he is, which evening). Now the
    database holds its hash and a sealed copy only the running bot can open."""
    with_web(bot)
    token = await calendar_link(bot)
    await bot.core.storage.db.checkpoint()
    assert token.encode() not in on_disk(db_path)
    copy = ops.backup(db_path, tmp_path / "backups")
    assert token.encode() not in copy.read_bytes()
    assert await calendar_link(bot) == token  # asked again (another phone): the same link
    leo = await bot.core.storage.members.find("test", "leo")
    assert leo is not None and await whose(bot, token) == leo.id  # and it opens his agenda
    assert "actif depuis" in plain(await bot.say("/mesdonnees", user="leo"))


async def test_a_link_stored_by_the_previous_version_keeps_working_and_leaves_the_file(
        bot: Bot, db_path: Path) -> None:
    """A link made before the upgrade (stored as it was) is sealed at the next tick: the
    parent's subscribed calendar keeps working, the link leaves the file."""
    storage = bot.core.storage
    leo = await storage.members.identify("test", "leo", "Leo", bot.clock.current)
    token = "Ab3" * 14 + "z"  # 43 url-safe characters, as secrets.token_urlsafe(32) makes
    await storage.db.write_one(
        "INSERT INTO feed_tokens (member_id, token, token_hash, created_at) VALUES (?, ?, ?, ?)",
        (leo.id, token, hashlib.sha256(token.encode()).hexdigest(), "2026-10-01T10:00:00Z"))
    await storage.db.checkpoint()
    assert token.encode() in on_disk(db_path)

    await tick_at(bot, Scheduler(bot.core), bot.clock.current + timedelta(minutes=1))

    assert token.encode() not in on_disk(db_path)
    assert await whose(bot, token) == leo.id
    with_web(bot)
    assert await calendar_link(bot) == token


async def test_a_database_restored_without_its_key_gives_a_new_working_link(
        bot: Bot, db_path: Path) -> None:
    """The key stays beside the live database, never in a backup. A backup restored on
    another machine cannot open the sealed links: /monagenda gives Léo a new one that works
    (never an error, never someone else's agenda)."""
    with_web(bot)
    token = await calendar_link(bot)
    keys = [p for p in db_path.parent.iterdir() if p.name.endswith(".feedkey")]
    assert len(keys) == 1
    keys[0].unlink()
    await restart(bot)
    with_web(bot)
    fresh = await calendar_link(bot)
    leo = await bot.core.storage.members.find("test", "leo")
    assert leo is not None and fresh != token and await whose(bot, fresh) == leo.id
    assert await whose(bot, token) is None


# -- accounts nobody uses -----------------------------------------------------------------------


async def test_an_unused_account_is_told_then_erased_a_month_later(bot: Bot, db_path: Path
                                                                     ) -> None:
    """Before: a teenager who answered once in 2026 and never came back was kept for ever
    (name, platform id, answers). Now: 23 months on, a private notice names the day; a month
    later, still silent, the account is erased as /oubliemoi does."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui", user="leo")
    start = bot.clock.current
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start + UNUSED - NOTICE - timedelta(days=1))
    assert "presque 2 ans" not in private_text(bot, "leo")  # not yet

    await tick_at(bot, scheduler, start + UNUSED - NOTICE + timedelta(hours=1))
    told = plain(private_text(bot, "leo"))
    assert "presque 2 ans" in told and "effacé le" in told and "/oubliemoi" in told, told
    await tick_at(bot, scheduler, start + UNUSED - NOTICE + timedelta(days=2))
    assert private_text(bot, "leo").count("presque 2 ans") == 1  # told once

    await tick_at(bot, scheduler, start + UNUSED + timedelta(hours=2))
    assert await bot.core.storage.members.find("test", "leo") is None
    assert b"Leo" not in on_disk(db_path)


async def test_one_message_after_the_notice_keeps_the_account(bot: Bot) -> None:
    """Léo read the notice and sent /mesdonnees: nothing is erased, his answer stays."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui", user="leo")
    start = bot.clock.current
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start + UNUSED - NOTICE + timedelta(hours=1))
    assert "presque 2 ans" in private_text(bot, "leo")
    bot.clock.current = start + UNUSED - NOTICE + timedelta(days=3)
    await bot.say("/mesdonnees", user="leo")
    await tick_at(bot, scheduler, start + UNUSED + NOTICE + timedelta(days=1))
    assert await bot.core.storage.members.find("test", "leo") is not None
    assert f"#{event_id}" in plain(await bot.say("/mesdonnees", user="leo"))


async def test_someone_who_uses_the_bot_is_never_told(bot: Bot) -> None:
    """A parent who writes every few months never gets the notice."""
    start = bot.clock.current
    scheduler = Scheduler(bot.core)
    for month in range(1, 30, 4):
        bot.clock.current = start + timedelta(days=30 * month)
        await bot.say("/evenements", user="maman")
        await tick_at(bot, scheduler, bot.clock.current + timedelta(hours=1))
    assert "presque 2 ans" not in private_text(bot, "maman")
    assert await bot.core.storage.members.find("test", "maman") is not None


async def test_mydata_says_how_long_an_unused_account_is_kept(bot: Bot) -> None:
    fr = plain(await bot.say("/mesdonnees", user="leo"))
    assert "24 mois" in fr and "30 jours avant" in fr, fr
    en = plain(await bot.say("/mydata", user="leo", locale="en"))
    assert "24 months" in en and "30 days before" in en, en


def test_the_new_storage_methods_are_in_the_api_docstring() -> None:
    doc = storage.__doc__ or ""
    for method in ("forget_check_ins(", "seal_stored(", "unused(", "warned(", "expired("):
        assert method in doc, method


# -- /oubliemoi read as a teenager and a parent type it -------------------------------------


async def test_only_the_names_typed_as_the_button_says_it_is_understood(bot: Bot) -> None:
    """A mother typed the button's own words: « /oubliemoi seulement les prénoms » read « Je
    n'ai pas compris « seulement… » » (the echo, cut to 20 characters, was what the bot
    looked for « prénoms » in). Now the answer is about the names, with their button."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui Tom", user="maman")
    [asked] = await bot.replies("/oubliemoi seulement les prénoms", user="maman")
    shown = plain(asked.text)
    assert "pas compris" not in shown and "touchez « Seulement les prénoms »" in shown, shown
    assert any("prénoms" in b.label for b in asked.buttons), asked.buttons
    assert await bot.core.storage.members.find("test", "maman") is not None


async def test_forgetting_the_calendar_link_points_to_mycalendar_stop(bot: Bot) -> None:
    """Léo wants his agenda link gone, not his account: « /oubliemoi mon calendrier » read
    « Je n'ai pas compris » then offered to erase everything. Now: the line that stops the
    link alone, then the question; nothing erased."""
    for user, typed, locale, wanted in (
            ("leo", "/oubliemoi mon calendrier", "fr", "/monagenda stop"),
            ("leo", "/oubliemoi mon lien d'agenda", "fr", "/monagenda stop"),
            ("sam", "/forgetme my calendar link", "en", "/mycalendar stop")):
        shown = plain(await bot.say(typed, user=user, locale=locale))
        assert wanted in shown, shown
        assert "pas compris" not in shown and "didn't understand" not in shown, shown
        assert await bot.core.storage.members.find("test", user) is not None


async def test_forgetting_check_ins_says_they_go_by_themselves(bot: Bot) -> None:
    """« /oubliemoi mes pointages »: what the door noted goes the day after the event."""
    shown = plain(await bot.say("/oubliemoi mes pointages", user="leo"))
    assert "pas compris" not in shown and "lendemain" in shown, shown
    assert await bot.core.storage.members.find("test", "leo") is not None


async def test_on_telegram_the_notice_reaches_the_private_chat_in_her_language(
        tg: Any) -> None:
    """Through the real Telegram adapter against the fake: a mother whose phone is in
    English, silent for 23 months, reads the notice in her private chat, in English; one
    message keeps her account."""
    mum = tg_user(3201, "Jo", "en")
    await tg.say(mum, "/mydata")
    start = tg.clock.current
    tg.clock.current = start + UNUSED - NOTICE + timedelta(hours=1)
    await Scheduler(tg.core).tick(tg.clock.current)
    await tg.settle()
    told = [plain(m.visible) for m in tg.fake.chat(mum["id"])]
    assert any("almost 2 years" in text and "/forgetme" in text for text in told), told
    await tg.say(mum, "/mydata")
    tg.clock.current = start + UNUSED + timedelta(days=1)
    await Scheduler(tg.core).tick(tg.clock.current)
    assert await tg.core.storage.members.find("telegram", str(mum["id"])) is not None
