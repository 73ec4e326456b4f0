"""Event posters (issue 13): a picture checked by its content, cleaned of EXIF and GPS,
resized, stored once beside the database, and shown on the cards of every platform.

The pictures are made here with Pillow, so each test says what it feeds in.
"""

from __future__ import annotations

import base64
import functools
import io
import re
import struct
import sys
import zlib
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import test_discord_adapter as dca
import test_telegram_adapter as tga
import test_telegram_render as tgr
from PIL import Image

from bot.adapters.telegram.render import card_caption, units
from bot.errors import NotFound, UserInputError
from bot.messages import Incoming
from bot.spec import IMAGE_TOO_LARGE
from commands.posters import attach, images
from commands.posters.images import LONG_SIDE, prepare
from fakes.telegram_api import Stored, check_html, private_chat, visible_text
from recording import NOW, Bot, on_disk, text_of
from storage import NewEvent, Storage
from storage.posters import poster_path

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
GPS_IFD = 0x8825
ORIENTATION = 0x0112


@functools.lru_cache(maxsize=32)
def photo(width: int = 3000, height: int = 2000, *, gps: bool = False, orientation: int = 1,
          fmt: str = "JPEG", colour: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A phone-like photo: the left half coloured, the right half white, so a rotation
    shows; with GPS coordinates and an orientation tag when asked."""
    image = Image.new("RGB", (width, height), "white")
    image.paste(colour, (0, 0, width // 2, height))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[ORIENTATION] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 7.0)}
    out = io.BytesIO()
    image.save(out, fmt, exif=exif.tobytes() if fmt == "JPEG" else None)
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# -- the picture itself -------------------------------------------------------------------------


def test_a_phone_photo_loses_its_gps_and_exif_and_is_resized() -> None:
    original = photo(gps=True)
    assert opened(original).getexif().get_ifd(GPS_IFD), "the test photo carries GPS"
    done = prepare(original)
    image = opened(done)
    assert image.format == "JPEG"
    assert max(image.size) == LONG_SIDE and image.size == (LONG_SIDE, LONG_SIDE * 2 // 3)
    exif = image.getexif()
    assert not exif.get_ifd(GPS_IFD) and GPS_IFD not in exif
    assert len(exif) == 0  # no maker, no orientation, nothing
    assert b"PhoneMaker" not in done
    assert len(done) < len(original)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "poster.jpg").write_bytes(done)


def test_the_photo_is_turned_as_the_phone_held_it() -> None:
    # Orientation 6: the camera stored it lying down; it is shown turned 90° clockwise.
    image = opened(prepare(photo(1200, 800, orientation=6)))
    assert image.size == (800, 1200)
    top, bottom = image.getpixel((400, 100)), image.getpixel((400, 1100))
    assert top[0] > 150 and top[1] < 100  # the coloured half is now on top
    assert bottom == pytest.approx((255, 255, 255), abs=8)


def test_a_small_png_with_transparency_becomes_a_jpeg_on_white() -> None:
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    done = opened(prepare(out.getvalue()))
    assert done.format == "JPEG" and done.size == (300, 200)  # never enlarged
    assert done.getpixel((10, 10)) == pytest.approx((255, 255, 255), abs=8)


@pytest.mark.parametrize("content", [
    b"Bonjour, ceci est un fichier texte renomme en .jpg\n" * 20,
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    b"<!DOCTYPE html><html><body>poster</body></html>",
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
], ids=["text", "svg", "html", "pdf"])
def test_anything_but_a_picture_is_refused_politely(content: bytes) -> None:
    with pytest.raises(UserInputError) as err:
        prepare(content)
    assert err.value.key == "poster.not_an_image"


def test_a_truncated_jpeg_is_refused() -> None:
    data = photo(800, 600)
    with pytest.raises(UserInputError) as err:
        prepare(data[: len(data) // 2])
    assert err.value.key == "poster.not_an_image"


def test_a_picture_over_the_size_limit_is_refused_before_reading_it() -> None:
    from bot.spec import MAX_IMAGE_BYTES

    with pytest.raises(UserInputError) as err:
        prepare(b"\xff\xd8\xff" + b"\0" * MAX_IMAGE_BYTES)
    assert err.value.key == "error.image_too_large"


def png_header(width: int, height: int) -> bytes:
    """The first bytes of a PNG claiming this size: all a bomb needs to be opened."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    idat = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(
        b"IEND", b"")


@pytest.mark.parametrize("side", [9_000, 20_000])
def test_a_decompression_bomb_is_refused_without_decoding_it(side: int) -> None:
    # 324 MB or 1.6 GB once decoded in RGBA (9,000 is under Pillow's own guard, 20,000 over
    # it): refused from the header alone.
    with pytest.raises(UserInputError) as err:
        prepare(png_header(side, side))
    assert err.value.key == "poster.too_many_pixels"


# -- stored once, beside the database -----------------------------------------------------------


async def new_event(storage: Storage, title: str = "Ciné-club") -> int:
    event = await storage.events.create(
        NewEvent(title=title, starts_at=NOW + timedelta(days=3), place="Le Focus",
                 kind="screening", capacity=30), NOW)
    return event.id


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


async def test_a_poster_is_a_file_beside_the_database_named_by_a_random_id(
        tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "focus.db")
    try:
        event_id = await new_event(storage)
        done = prepare(photo(gps=True))
        assert await storage.posters.attach(event_id, done, NOW)
        event = await storage.events.get(event_id)
        assert event is not None and event.poster
        folder = tmp_path / "posters"
        assert files_in(folder) == [event.poster]
        assert re.fullmatch(r"[0-9a-f]{32}\.jpg", event.poster)  # says nothing of the event
        assert poster_path(tmp_path / "focus.db", event.poster) == folder / event.poster
        assert (folder / event.poster).read_bytes() == done
        # Every reader of events sees it (the programme, a member's answers).
        assert [e.poster for e in await storage.events.upcoming(NOW)] == [event.poster]
    finally:
        await storage.close()


async def test_replacing_and_removing_a_poster_delete_the_old_file(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "focus.db")
    try:
        event_id = await new_event(storage)
        other = await new_event(storage, "Soirée jeux")
        await storage.posters.attach(other, prepare(photo(400, 300)), NOW)
        await storage.posters.attach(event_id, prepare(photo(400, 300)), NOW)
        first = (await storage.events.get(event_id)).poster  # type: ignore[union-attr]
        await storage.posters.attach(event_id, prepare(photo(300, 400)), NOW)
        second = (await storage.events.get(event_id)).poster  # type: ignore[union-attr]
        kept = (await storage.events.get(other)).poster  # type: ignore[union-attr]
        assert second != first
        assert files_in(tmp_path / "posters") == sorted([second, kept])
        assert await storage.posters.remove(event_id, NOW)
        assert (await storage.events.get(event_id)).poster == ""  # type: ignore[union-attr]
        assert files_in(tmp_path / "posters") == [kept]
        assert not await storage.posters.remove(event_id, NOW)  # nothing left to remove
    finally:
        await storage.close()


async def test_a_poster_for_a_missing_event_leaves_no_file(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "focus.db")
    try:
        assert not await storage.posters.attach(404, prepare(photo(400, 300)), NOW)
        assert files_in(tmp_path / "posters") == []
    finally:
        await storage.close()


def test_a_poster_name_from_the_database_never_leaves_the_folder(tmp_path: Path) -> None:
    db = tmp_path / "focus.db"
    for name in ("../focus.db", "/etc/passwd", "", "x.jpg", "a" * 32 + ".png"):
        assert poster_path(db, name) is None


# -- /affiche through the core ------------------------------------------------------------------


async def send(bot: Bot, text: str, *, image: bytes | None = None, user: str = "orga",
               locale: str | None = None) -> str:
    incoming = Incoming(platform="test", user_id=user, display_name=user.capitalize(),
                        chat_id=f"chat-{user}", text=text, is_private=True,
                        is_organizer=user in bot.organizers, platform_locale=locale,
                        image=image)
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return "\n".join(text_of(r) for r in replies)


async def test_an_organiser_attaches_a_poster_and_every_posted_card_shows_it(
        bot: Bot, db_path: Path) -> None:
    event_id = await new_event(bot.core.storage)
    await bot.say(f"/annonce {event_id}")
    posted = [m for m in map(str, range(101, 103))]
    said = await send(bot, f"/affiche {event_id}", image=photo(gps=True))
    assert "Affiche ajoutée" in said and "🖼" in said
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.poster
    stored = poster_path(db_path, event.poster)
    assert stored is not None and GPS_IFD not in opened(stored.read_bytes()).getexif()
    # The live copies were refreshed with the picture on them.
    assert {m for _, m, card in bot.platform.edits if card.image == event.poster} == set(posted)


async def test_a_member_cannot_set_a_poster(bot: Bot) -> None:
    event_id = await new_event(bot.core.storage)
    said = await send(bot, f"/affiche {event_id}", image=photo(400, 300), user="lea")
    assert "organisat" in said.lower()
    assert (await bot.core.storage.events.get(event_id)).poster == ""  # type: ignore[union-attr]


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_bad_pictures_get_a_polite_reason_and_change_nothing(
        bot: Bot, db_path: Path, locale: str) -> None:
    event_id = await new_event(bot.core.storage)
    text_file = b"Liste des films de l'annee, pas une image.\n" * 10  # renamed .jpg
    said = await send(bot, f"/affiche {event_id}", image=text_file, locale=locale)
    expected = {"fr": "n'est pas une image", "en": "not a picture"}[locale]
    assert expected in said and "Traceback" not in said
    said = await send(bot, f"/affiche {event_id}", image=IMAGE_TOO_LARGE, locale=locale)
    assert {"fr": "trop lourde", "en": "too large"}[locale] in said
    said = await send(bot, f"/affiche {event_id}", locale=locale)  # no picture at all
    assert {"fr": "photo", "en": "photo"}[locale] in said
    assert (await bot.core.storage.events.get(event_id)).poster == ""  # type: ignore[union-attr]
    assert files_in(db_path.parent / "posters") == []


async def test_removing_the_poster_deletes_the_file_and_refreshes_the_cards(
        bot: Bot, db_path: Path) -> None:
    event_id = await new_event(bot.core.storage)
    await bot.say(f"/annonce {event_id}")
    await send(bot, f"/affiche {event_id}", image=photo(400, 300))
    assert len(files_in(db_path.parent / "posters")) == 1
    said = await send(bot, f"/affiche {event_id} retirer")
    assert "retirée" in said
    assert files_in(db_path.parent / "posters") == []
    assert bot.platform.last_card("101").image == ""
    said = await send(bot, f"/affiche {event_id} retirer")
    assert "pas d'affiche" in said


async def test_attach_is_what_the_guided_creation_calls(bot: Bot) -> None:
    event_id = await new_event(bot.core.storage)
    await attach(bot.core, event_id, photo(600, 400), NOW)
    assert (await bot.core.storage.events.get(event_id)).poster  # type: ignore[union-attr]
    with pytest.raises(UserInputError) as err:
        await attach(bot.core, event_id, b"<svg/>", NOW)
    assert err.value.key == "poster.not_an_image"
    with pytest.raises(NotFound):
        await attach(bot.core, 999, photo(600, 400), NOW)


async def test_the_console_card_says_a_poster_is_attached(bot: Bot) -> None:
    event_id = await new_event(bot.core.storage)
    await send(bot, f"/affiche {event_id}", image=photo(400, 300))
    said = await bot.say(f"/evenement {event_id}", user="lea")
    assert re.search(r"🖼 Affiche\s: posters/[0-9a-f]{32}\.jpg", said)


# -- Telegram: a photo with a caption and buttons -----------------------------------------------




async def test_telegram_cards_with_a_poster_are_photos_whose_counts_stay_live(
        tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    await attach(tg.core, event_id, photo(gps=True), NOW)
    announced = tga.card_messages(await tg.say(tga.ORGA, f"/announce {event_id}"))
    assert sorted(m.chat_id for m in announced) == sorted([tga.GROUP, tga.NEWS])
    for message in announced:
        assert message.photo is not None and message.text  # a photo with its caption
        assert "Soirée jeux" in message.visible and "0/3" in message.visible
        shown = opened(message.photo[1])
        assert max(shown.size) == LONG_SIDE and GPS_IFD not in shown.getexif()
    # One upload, then Telegram's own copy of it.
    uploads = [c for c in tg.fake.ok_calls("sendPhoto") if "photo" in c.files]
    assert len(uploads) == 1
    toast = await tg.press(tga.LEA, announced[0], f"v1:rsvp:{event_id}:going")
    assert "1/3" in toast
    for message in announced:
        assert "1/3" in tg.fake.messages[(message.chat_id, message.message_id)].visible
    captions = {c.params["chat_id"] for c in tg.fake.ok_calls("editMessageCaption")}
    assert captions == {tga.GROUP, tga.NEWS}
    # Only the organiser's card from /newevent, posted as text before the poster, is text.
    assert {c.params["chat_id"] for c in tg.fake.ok_calls("editMessageText")} <= {
        tga.ORGA["id"]}
    assert not [c for c in tg.fake.calls if c.status != 200]


async def test_telegram_caption_keeps_the_counts_and_shortens_the_description(
        tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    long = "Un film rare, présenté par l'équipe. " * 80  # ~3,000 characters
    await tg.core.storage.events.update(event_id, NOW, description=long.strip())
    await attach(tg.core, event_id, photo(400, 300), NOW)
    announced = tga.card_messages(await tg.say(tga.ORGA, f"/announce {event_id}"))
    caption = announced[0].visible
    assert units(caption) <= 1024  # the fake refuses more, as Telegram does
    assert caption.rstrip().endswith("0/3 places prises, 3 libres")
    assert "…" in caption and "Un film rare" in caption
    await tg.press(tga.LEA, announced[0], f"v1:rsvp:{event_id}:going")
    edited = tg.fake.messages[(announced[0].chat_id, announced[0].message_id)].visible
    assert units(edited) <= 1024 and "1/3 places prises" in edited


async def test_telegram_text_cards_posted_before_the_poster_keep_updating(
        tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    [mine] = tga.card_messages(tg.fake.chat(tga.ORGA["id"]))  # /newevent's, in private
    announced = tga.card_messages(await tg.say(tga.ORGA, f"/announce {event_id}"))
    assert mine.photo is None and all(m.photo is None for m in announced)
    await attach(tg.core, event_id, photo(400, 300), NOW)
    await tg.core.idle()
    # The group and channel copies are posted anew as photos (tests/test_poster_copies.py);
    # the private one stays text, and keeps updating after a restart too.
    tg.adapter._photos.clear()  # as after a restart: which copy is a photo is forgotten
    group_card = next(m for m in tg.fake.chat(tga.GROUP) if m.button_data)
    assert group_card.photo is not None
    await tg.press(tga.LEA, group_card, f"v1:rsvp:{event_id}:going")
    stored = tg.fake.messages[(mine.chat_id, mine.message_id)]
    assert stored.photo is None and "1/3" in stored.visible
    # Shown again, the card is a photo; taken off, new cards are text again.
    shown = tga.card_messages(await tg.say(tga.LEA, f"/event {event_id}"))
    assert shown[0].photo is not None
    said = await tg.say(tga.ORGA, f"/affiche {event_id} retirer")
    assert any("retirée" in m.visible for m in said if m.chat_id == tga.ORGA["id"])
    await tg.press(tga.TOM, shown[0], f"v1:rsvp:{event_id}:going")
    assert "2/3" in tg.fake.messages[(shown[0].chat_id, shown[0].message_id)].visible
    again = tga.card_messages(await tg.say(tga.LEA, f"/event {event_id}"))
    assert again[0].photo is None and "2/3" in again[0].visible


async def test_telegram_card_whose_poster_file_is_gone_is_sent_as_text(
        tg: tga.Harness, tmp_path: Path) -> None:
    event_id = await tga.new_event(tg)
    await attach(tg.core, event_id, photo(400, 300), NOW)
    for file in (tmp_path / "posters").iterdir():
        file.unlink()
    shown = tga.card_messages(await tg.say(tga.LEA, f"/event {event_id}"))
    assert shown[0].photo is None and "Soirée jeux" in shown[0].visible


# -- Discord: an embed image, and the native event's cover --------------------------------------


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[dca.Harness]:
    async with dca.running(db_path) as harness:
        yield harness


def embed_image(message: dict[str, Any]) -> str:
    return str((message["embeds"][0].get("image") or {}).get("url", ""))


async def test_discord_cards_show_the_poster_in_the_embed_and_stay_live(
        dc: dca.Harness) -> None:
    event_id = await dc.new_event()
    await attach(dc.core, event_id, photo(gps=True), NOW)
    card = await dc.announce(event_id)
    assert embed_image(card) == "attachment://affiche.jpg"
    assert [a["filename"] for a in card["attachments"]] == ["affiche.jpg"]
    [upload] = [c for c in dc.fake.calls if c.method == "POST" and c.files
                and f"/channels/{dca.CHANNEL_ID}/messages" in c.path]
    sent = opened(upload.files["affiche.jpg"])
    assert max(sent.size) == LONG_SIDE and GPS_IFD not in sent.getexif()
    await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going")
    edited = dc.fake.messages[int(card["id"])]
    assert dca.seats_of(edited).startswith("1/3")
    # Discord shows a kept attachment beside the embed after an edit: the edit replaces it
    # with the same picture, so it stays inside the embed, once.
    assert embed_image(edited) == "attachment://affiche.jpg"
    assert [a["filename"] for a in edited["attachments"]] == ["affiche.jpg"]
    # Taken off: the card loses the picture too (not left showing beside the embed).
    answer = await dc.command("poster", {"event": event_id, "change": "remove"}, user=dca.ORGA)
    assert "retirée" in answer.text
    edited = dc.fake.messages[int(card["id"])]
    assert embed_image(edited) == "" and edited["attachments"] == []
    assert dca.seats_of(edited).startswith("1/3")


async def test_discord_native_event_gets_the_poster_as_its_cover(dc: dca.Harness) -> None:
    event_id = await dc.new_event()
    await attach(dc.core, event_id, photo(900, 600), NOW)
    card = await dc.announce(event_id)
    [created] = dc.fake.scheduled.values()
    assert created["image"].startswith("data:image/jpeg;base64,")
    cover = base64.b64decode(created["image"].split(",", 1)[1])
    assert opened(cover).size == (900, 600)
    await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going")
    await dc.command("editevent", {"event": event_id, "field": "place", "value": "Salle 2"},
                     user=dca.ORGA)
    edits = dc.fake.calls_to("PATCH", "/scheduled-events/")
    assert edits and all("image" not in (c.json or {}) for c in edits)  # sent once
    await attach(dc.core, event_id, photo(600, 900), NOW)  # a new poster: a new cover
    await dc.settle()
    assert opened(base64.b64decode(created["image"].split(",", 1)[1])).size == (600, 900)


async def test_discord_card_without_poster_has_no_image(dc: dca.Harness) -> None:
    event_id = await dc.new_event()
    card = await dc.announce(event_id)
    assert embed_image(card) == "" and card["attachments"] == []
    [created] = dc.fake.scheduled.values()
    assert "image" not in created


@pytest.mark.parametrize("field", ["title", "place", "audience", "description"])
def test_a_caption_never_passes_1024_and_always_ends_with_the_counts(field: str) -> None:
    seats = "12/20 places prises, 8 libres · 3 en liste d'attente · 2 peut-être"
    long = "Très <long> & détaillé 🎬 " * 60  # ~1,500 units, with markup to escape
    caption = card_caption(tgr.card(**{field: long}, seats_text=seats, image="x.jpg"))
    check_html(caption)
    shown = visible_text(caption)
    assert units(shown) <= 1024
    assert shown.endswith("👥 " + seats)
    assert "Très <long> & détaillé" in shown and "…" in shown


async def test_a_copied_event_gets_its_own_copy_of_the_poster(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "focus.db")
    try:
        original, copy = await new_event(storage), await new_event(storage, "Ciné-club (2)")
        assert not await storage.posters.copy(original, copy, NOW)  # nothing to copy yet
        await storage.posters.attach(original, prepare(photo(400, 300)), NOW)
        assert await storage.posters.copy(original, copy, NOW)
        first = (await storage.events.get(original)).poster  # type: ignore[union-attr]
        second = (await storage.events.get(copy)).poster  # type: ignore[union-attr]
        assert first != second and files_in(tmp_path / "posters") == sorted([first, second])
        await storage.posters.remove(original, NOW)  # the copy keeps its picture
        assert files_in(tmp_path / "posters") == [second]
    finally:
        await storage.close()


# -- the organiser's side, through each real adapter --------------------------------------------


async def picture(tg: tga.Harness, who: dict[str, Any], data: bytes,
                  **options: Any) -> list[Stored]:
    """`who` sends a picture privately (a photo, or `as_file`); returns the new messages."""
    before = set(tg.fake.messages)
    tg.fake.send_picture(who, private_chat(who), data, **options)
    tg.pushed += 1
    await tg.settle()
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


async def test_telegram_organiser_sends_the_poster_as_a_photo_or_replies_to_it(
        tg: tga.Harness, tmp_path: Path) -> None:
    event_id = await tga.new_event(tg)
    answer = await picture(tg, tga.ORGA, photo(gps=True), caption=f"/affiche {event_id}")
    assert "Affiche ajoutée" in answer[0].visible
    [card] = tga.card_messages(answer)
    assert card.photo is not None and GPS_IFD not in opened(card.photo[1]).getexif()
    first = files_in(tmp_path / "posters")
    # Replying « /affiche 1 » to a photo sent earlier replaces it (the old file goes).
    answer = await picture(tg, tga.ORGA, b"", caption=f"/affiche {event_id}",
                           reply_to_picture=photo(600, 400))
    assert "Affiche ajoutée" in answer[0].visible
    assert len(files_in(tmp_path / "posters")) == 1 and files_in(tmp_path / "posters") != first


async def test_telegram_bad_pictures_are_refused_politely(tg: tga.Harness,
                                                          tmp_path: Path) -> None:
    event_id = await tga.new_event(tg)
    renamed = b"Programme de la saison, pas une image.\n" * 30  # a text file called .jpg
    answer = await picture(tg, tga.ORGA, renamed, caption=f"/affiche {event_id}", as_file=True)
    assert "n'est pas une image" in answer[0].visible
    downloads = list(tg.fake.downloads)
    answer = await picture(tg, tga.ORGA, photo(400, 300), caption=f"/affiche {event_id}",
                           as_file=True, size=11 * 1024 * 1024)
    assert "trop lourde" in answer[0].visible
    assert tg.fake.downloads == downloads  # not even fetched
    answer = await tg.say(tga.ORGA, f"/affiche {event_id}")
    assert "Envoyez une photo avec «\u00a0/affiche 1\u00a0» en légende" in answer[0].visible
    assert files_in(tmp_path / "posters") == []
    assert not [c for c in tg.fake.calls if c.status >= 500]


async def test_discord_organiser_attaches_the_poster_with_the_image_option(
        dc: dca.Harness, db_path: Path) -> None:
    event_id = await dc.new_event()
    assert "image" in [o["name"] for o in dc.fake.commands["poster"]["options"]]
    answer = await dc.command("poster", {"event": event_id, "image": dc.fake.attachment(
        "IMG_2024.jpg", photo(gps=True))}, user=dca.ORGA)
    assert "Affiche ajoutée" in answer.text
    assert [e.get("image", {}).get("url") for e in answer.embeds] == [
        "attachment://affiche.jpg"]
    assert GPS_IFD not in opened(answer.files["affiche.jpg"]).getexif()
    renamed = dc.fake.attachment("affiche.jpg", b"pas une image\n" * 40)
    answer = await dc.command("poster", {"event": event_id, "image": renamed}, user=dca.ORGA)
    assert "n'est pas une image" in answer.text
    big = dc.fake.attachment("huge.jpg", photo(400, 300), size=11 * 1024 * 1024)
    answer = await dc.command("poster", {"event": event_id, "image": big}, user=dca.ORGA)
    assert "trop lourde" in answer.text
    answer = await dc.command("poster", {"event": event_id}, user=dca.ORGA)
    assert "option «\u00a0image\u00a0»" in answer.text
    assert len(files_in(db_path.parent / "posters")) == 1
    answer = await dc.command("poster", {"event": event_id, "change": "remove"}, user=dca.ORGA)
    assert "retirée" in answer.text and files_in(db_path.parent / "posters") == []


async def test_a_duplicated_event_keeps_its_poster_in_a_file_of_its_own(
        bot: Bot, db_path: Path) -> None:
    event_id = await new_event(bot.core.storage)
    await send(bot, f"/affiche {event_id}", image=photo(400, 300))
    said = await bot.say(f"/dupliquer {event_id} samedi 12 décembre 20h")
    copy = max(e.id for e in await bot.core.storage.events.upcoming(NOW, 10))
    assert copy != event_id and "🖼" in said
    posters = {e.id: e.poster for e in await bot.core.storage.events.upcoming(NOW, 10)}
    assert posters[copy] and posters[copy] != posters[event_id]
    await send(bot, f"/affiche {event_id} retirer")
    assert files_in(db_path.parent / "posters") == [posters[copy]]


async def test_a_worker_that_crashes_gets_an_apology_and_stores_nothing(
        bot: Bot, db_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    event_id = await new_event(bot.core.storage)
    crash = "import sys; sys.stderr.write('MemoryError'); sys.exit(1)"
    monkeypatch.setattr(images, "WORKER", (sys.executable, "-I", "-c", crash))
    said = await send(bot, f"/affiche {event_id}", image=photo(400, 300))
    assert "pas réussi à traiter cette image" in said and "Traceback" not in said
    assert any("image worker failed (exit 1)" in r.getMessage() for r in caplog.records)
    assert files_in(db_path.parent / "posters") == []


async def test_telegram_photo_cards_show_a_replaced_poster(tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    await attach(tg.core, event_id, photo(400, 300), NOW)
    announced = tga.card_messages(await tg.say(tga.ORGA, f"/announce {event_id}"))
    await attach(tg.core, event_id, photo(300, 400, colour=(40, 40, 200)), NOW)
    await tg.core.idle()
    for message in announced:
        stored = tg.fake.messages[(message.chat_id, message.message_id)]
        assert stored.photo is not None and opened(stored.photo[1]).size == (300, 400)
        assert "0/3" in stored.visible
    # Counts go on in the caption, the new picture stays.
    await tg.press(tga.LEA, announced[0], f"v1:rsvp:{event_id}:going")
    stored = tg.fake.messages[(announced[0].chat_id, announced[0].message_id)]
    assert "1/3" in stored.visible and opened(stored.photo[1]).size == (300, 400)  # type: ignore[index]
    assert len(tg.fake.ok_calls("editMessageMedia")) == len(announced)  # once per copy


@pytest.mark.parametrize("command", ["/creer Ciné | samedi 20h | 30", "/affiche 1", "/creer"])
async def test_a_picture_too_large_is_refused_once_before_anything_is_written(
        bot: Bot, db_path: Path, command: str) -> None:
    """The core says it, for every command that takes a picture, before the command runs:
    no event, no poster, no draft."""
    if command == "/affiche 1":
        await bot.say("/creer Ciné | samedi 20h | 30")
    await bot.say("/aide")  # the organiser is known: nothing else may be written
    before = on_disk(db_path)
    said = await send(bot, command, image=IMAGE_TOO_LARGE)
    assert "trop lourde" in said and "10 Mo" in said, said
    assert on_disk(db_path) == before
