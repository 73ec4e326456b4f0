"""The organiser and family tools seen from the privacy side (issue 13 and the web agenda):
what a phone photo carries never reaches the disk or a platform, a member's press reaches no
organiser action, children's names and desk notes stay with the parent and the team.

Pictures are made here with Pillow, each with what it should lose (GPS, a comment).
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from PIL import Image

from bot.messages import Incoming, Reply
from bot.scheduler import Scheduler
from bot.web import WebServer
from commands.events import calendar
from commands.posters.images import prepare
from recording import NOW, Bot, text_of
from storage.drafts import DRAFT_TTL

GPS_IFD = 0x8825
# Words a phone or an editing app may write into a JPEG comment: they must not survive.
SECRET = "Chez les Martin 12 rue des Lilas"


def phone_photo(*, gps: bool = True, comment: str = "", fmt: str = "JPEG",
                size: tuple[int, int] = (640, 480)) -> bytes:
    """A photo as a phone or an app gives it: GPS in its EXIF, a comment when asked."""
    image = Image.new("RGB", size, (30, 120, 200))
    out = io.BytesIO()
    if fmt == "JPEG":
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"
        if gps:
            exif[GPS_IFD] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 7.0)}
        image.save(out, "JPEG", exif=exif.tobytes(), comment=comment.encode())
    else:
        image.save(out, fmt, comment=comment.encode())
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def on_disk(db_path: Path) -> bytes:
    """Every byte SQLite holds for this database: the file, its WAL and journal."""
    found = b""
    for suffix in ("", "-wal", "-journal", "-shm"):
        path = Path(str(db_path) + suffix)
        if path.exists():
            found += path.read_bytes()
    return found


def said(replies: list[Reply]) -> str:
    return "\n".join(text_of(r) for r in replies).replace("\xa0", " ").replace("\u202f", " ")


# -- posters: nothing but the pixels --------------------------------------------------------


def test_a_jpeg_comment_does_not_survive_the_poster_cleaning() -> None:
    original = phone_photo(comment=SECRET)
    assert SECRET.encode() in original, "the test photo carries its comment"
    cleaned = prepare(original)
    assert SECRET.encode() not in cleaned
    shown = opened(cleaned)
    assert "comment" not in shown.info and GPS_IFD not in shown.getexif()


def test_a_gif_comment_does_not_survive_the_poster_cleaning() -> None:
    original = phone_photo(fmt="GIF", comment=SECRET)
    assert SECRET.encode() in original
    assert SECRET.encode() not in prepare(original)


# -- guided creation: the draft never holds the phone's original ---------------------------


async def picture(bot: Bot, data: bytes, text: str = "") -> str:
    incoming = Incoming(platform="test", user_id="orga", display_name="Orga",
                        chat_id="chat-orga", is_organizer=True, text=text, image=data)
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return said(replies)


async def test_a_picture_sent_in_the_dialogue_waits_cleaned_in_the_draft(
        bot: Bot, db_path: Path) -> None:
    await bot.say("/creer")
    answer = await picture(bot, phone_photo(comment=SECRET))
    assert "Image bien reçue" in answer
    rows = await bot.core.storage.db.read("SELECT image FROM drafts")
    kept = bytes(rows[0][0])
    assert GPS_IFD not in opened(kept).getexif() and SECRET.encode() not in kept
    assert SECRET.encode() not in on_disk(db_path)


async def test_a_picture_sent_with_creer_waits_cleaned_in_the_draft(
        bot: Bot, db_path: Path) -> None:
    answer = await picture(bot, phone_photo(comment=SECRET), text="/creer")
    assert "Image bien reçue" in answer
    rows = await bot.core.storage.db.read("SELECT image FROM drafts")
    kept = bytes(rows[0][0])
    assert GPS_IFD not in opened(kept).getexif() and SECRET.encode() not in kept
    assert SECRET.encode() not in on_disk(db_path)


async def test_a_broken_picture_in_the_dialogue_is_refused_at_its_step(bot: Bot) -> None:
    """A JPEG header over nothing: refused when sent (the reason, the step asked again),
    not kept for a publish that would then drop it."""
    await bot.say("/creer")
    answer = await picture(bot, b"\xff\xd8\xff\xe0" + b"\x00" * 200)
    assert "pas une image" in answer and "Traceback" not in answer
    rows = await bot.core.storage.db.read("SELECT image IS NULL FROM drafts")
    assert rows[0][0] == 1


async def test_a_picture_over_the_limit_is_refused_at_its_step_and_not_kept(bot: Bot) -> None:
    """Adapters do not fetch a picture over 10 MB; one that arrives anyway (another way in)
    is refused by the same rule, never written to the draft."""
    await bot.say("/creer")
    answer = await picture(bot, b"\xff\xd8\xff\xe0" + b"\x00" * (11 * 1024 * 1024))
    assert "trop lourde" in answer and "10 Mo" in answer
    rows = await bot.core.storage.db.read("SELECT image IS NULL FROM drafts")
    assert rows[0][0] == 1


async def test_forgetme_takes_the_draft_picture_off_the_disk(bot: Bot, db_path: Path) -> None:
    await bot.say("/creer")
    await picture(bot, phone_photo(gps=False, size=(96, 64)))
    kept = bytes((await bot.core.storage.db.read("SELECT image FROM drafts"))[0][0])
    assert kept[-300:] in on_disk(db_path)
    await bot.say("/oubliemoi confirmer")
    assert kept[-300:] not in on_disk(db_path)
    assert (await bot.core.storage.db.read("SELECT COUNT(*) FROM drafts"))[0][0] == 0


async def test_a_draft_left_alone_is_erased_with_its_picture_once_expired(
        bot: Bot, db_path: Path) -> None:
    """« Expires when left alone »: gone from the files by the next tick, not kept until
    some organiser happens to start another one."""
    await bot.say("/creer")
    await bot.say("Jeux")
    await bot.say("Soirée Philomène")
    await picture(bot, phone_photo(gps=False, size=(96, 64)))
    kept = bytes((await bot.core.storage.db.read("SELECT image FROM drafts"))[0][0])
    await Scheduler(bot.core).tick(NOW + DRAFT_TTL / 2)
    assert (await bot.core.storage.db.read("SELECT COUNT(*) FROM drafts"))[0][0] == 1
    await Scheduler(bot.core).tick(NOW + DRAFT_TTL + timedelta(minutes=1))
    assert (await bot.core.storage.db.read("SELECT COUNT(*) FROM drafts"))[0][0] == 0
    await bot.core.storage.db.checkpoint()
    files = on_disk(db_path)
    assert b"Philom" not in files and kept[-300:] not in files


# -- the desk: people without an account can still be erased ------------------------------


async def test_a_desk_entry_can_be_erased_once_the_event_has_started(
        bot: Bot, db_path: Path) -> None:
    """Someone registered by phone has no /oubliemoi: when they ask, the team erases their
    name and note with /retirer, also after the event started (answers are closed then,
    erasure is not)."""
    reply = await bot.say("/nouvelevenement Soirée jeux | 2026-12-05 20:00 | 40")
    event_id = int(re.findall(r"#(\d+)", reply)[0])
    await bot.say(f"/inscrire {event_id} Mme Hortense 2 tél. 06 12 34 56 78")
    assert b"Hortense" in on_disk(db_path)
    bot.clock.advance(days=11)  # the event is over
    text = (await bot.say(f"/retirer {event_id} Hortense")).replace("\xa0", " ")
    assert "effacé" in text and "Hortense" in text and "déjà commencé" not in text
    attendees = await bot.say(f"/participants {event_id}")
    assert "Hortense" not in attendees
    files = on_disk(db_path)
    assert b"Hortense" not in files and b"06 12 34" not in files
    english = await bot.say(f"/retirer {event_id} Hortense", locale="en")
    assert "Nobody called" in english  # said again: nothing left to erase


# -- forms sent back -------------------------------------------------------------------------


async def test_a_form_sent_back_is_read_like_typed_text(bot: Bot) -> None:
    """A form's fields (Discord's modal) come from the member's device like typed text:
    control and direction characters go before any handler reads them."""
    reply = await bot.say("/nouvelevenement Soirée jeux | 2026-12-05 20:00 | 40")
    event_id = int(reply.split("#", 1)[1].split()[0].strip("()«»:,."))
    await bot.say(f"/participer {event_id} oui +1", user="lea")
    text = await bot.press(f"v1:kids:{event_id}:form", user="lea",
                           options={"children": "To\x00m\u202e"})
    assert "\x00" not in text and "\u202e" not in text
    assert "Tom" in text
    kids = await bot.core.storage.party.children(event_id)
    assert [str(c) for c in next(iter(kids.values()))] == ["Tom"]


# -- the web agenda: counts, never the names behind them -----------------------------------


@pytest.fixture
async def web(bot: Bot) -> AsyncIterator[tuple[WebServer, aiohttp.ClientSession]]:
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            web_port=int(server.url.rsplit(":", 1)[1]))
    async with aiohttp.ClientSession() as session:
        yield server, session
    await server.stop()


async def test_children_desk_names_and_notes_never_reach_the_web(
        bot: Bot, web: tuple[WebServer, aiohttp.ClientSession]) -> None:
    server, session = web
    reply = await bot.say("/nouvelevenement Soirée jeux | 2026-12-05 20:00 | 40")
    event_id = int(re.findall(r"#(\d+)", reply)[0])
    await bot.say(f"/participer {event_id} oui Gaspard, Philomène (8-11)", user="lea")
    await bot.say(f"/inscrire {event_id} Mme Hortense 2 tél. 06 12 34 56 78")
    feed = re.search(r"https?://[^/\s]+(/me/[A-Za-z0-9_-]+\.ics)",
                     await bot.say("/monagenda", user="lea"))
    assert feed is not None
    paths = ["/", f"/e/{event_id}", f"/e/{event_id}.ics", "/agenda.ics", "/healthz",
             feed.group(1), "/?lang=en"]
    for path in paths:
        async with session.get(server.url + path) as response:
            body = await response.text()
        assert response.status in (200, 503), (path, response.status)
        for private in ("Gaspard", "Philomène", "Hortense", "06 12", "Lea"):
            assert private not in body, (path, private)
    async with session.get(server.url + f"/e/{event_id}") as response:
        assert "5 places" in (await response.text()).replace("\xa0", " ")  # counts, yes
