"""Posted cards and their posters, as the people reading them see them.

Discord: a count change does not upload the poster again (only a new poster is uploaded,
once). Telegram: a card in a group or channel posted as text before the poster was added is
posted again as a photo (and the text one deleted, or reduced to a line pointing to the new
one), a poster taken down goes from the photo copies the same way; counts go on updating on
the new message, and presses on the old one still answer. Private copies and events under
way or cancelled are only edited. Through the real discord.py and PTB code against the fakes
in tests/fakes; the records in a real SQLite file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import test_discord_adapter as dca
import test_telegram_adapter as tga
import test_telegram_render as tgr
from test_posters import embed_image, opened, photo

from bot.adapters.telegram.render import message_link, moved_html
from bot.i18n import using
from commands.posters import attach
from fakes.discord_api import CHANNEL_ID, Call
from fakes.telegram_api import BOT_USERNAME, Stored, check_html, visible_text
from recording import NOW
from storage import NewEvent, Storage

# -- Discord: the poster is uploaded once, not on every count change --------------------------


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[dca.Harness]:
    async with dca.running(db_path) as harness:
        yield harness


def uploads_to(dc: dca.Harness, message_id: int | None = None) -> list[Call]:
    """The multipart calls (a file uploaded) that posted or edited a message in the channel."""
    where = f"/channels/{CHANNEL_ID}/messages" + (f"/{message_id}" if message_id else "")
    return [c for c in dc.fake.calls if c.files and c.path.startswith(where)]


PRESSES = [(dca.ALICE, "going"), (dca.BOB, "going"), (dca.MANON, "maybe"),
           (dca.ALICE, "no"), (dca.BOB, "maybe")]


async def test_discord_count_edits_keep_the_poster_without_uploading_it_again(
        dc: dca.Harness) -> None:
    event_id = await dc.new_event()
    await attach(dc.core, event_id, photo(400, 300), NOW)
    card = await dc.announce(event_id)
    card_id = int(card["id"])
    [posted] = [c for c in uploads_to(dc) if c.method == "POST"]  # the card, with its poster
    assert list(posted.files) == ["affiche.jpg"]
    for who, answer in PRESSES:
        await dc.press(card_id, f"v1:rsvp:{event_id}:{answer}", user=who)
    edits = dc.fake.calls_to("PATCH", f"/channels/{CHANNEL_ID}/messages/{card_id}")
    assert len(edits) == len(PRESSES)  # every count change was shown...
    assert uploads_to(dc, card_id) == []  # ...without the picture sent again
    edited = dc.fake.messages[card_id]
    assert dca.seats_of(edited).startswith("0/3")
    assert embed_image(edited) == "attachment://affiche.jpg"
    assert [a["filename"] for a in edited["attachments"]] == ["affiche.jpg"]


async def test_discord_a_new_poster_is_uploaded_once_then_counts_go_on_without_it(
        dc: dca.Harness) -> None:
    event_id = await dc.new_event()
    await attach(dc.core, event_id, photo(400, 300), NOW)
    card_id = int((await dc.announce(event_id))["id"])
    await dc.press(card_id, f"v1:rsvp:{event_id}:going", user=dca.ALICE)
    await attach(dc.core, event_id, photo(300, 400, colour=(40, 40, 200)), NOW)
    await dc.settle()
    [swap] = uploads_to(dc, card_id)
    assert list(swap.files) == ["affiche.jpg"]
    edited = dc.fake.messages[card_id]
    assert [a["filename"] for a in edited["attachments"]] == ["affiche.jpg"]
    assert edited["attachments"][0]["size"] == len(swap.files["affiche.jpg"])  # the new one
    for who, answer in PRESSES[1:]:
        await dc.press(card_id, f"v1:rsvp:{event_id}:{answer}", user=who)
    assert len(uploads_to(dc, card_id)) == 1
    assert embed_image(dc.fake.messages[card_id]) == "attachment://affiche.jpg"


async def test_discord_a_card_shown_in_answer_to_a_member_keeps_its_poster_too(
        dc: dca.Harness) -> None:
    event_id = await dc.new_event()
    await attach(dc.core, event_id, photo(400, 300), NOW)
    await dc.command("event", {"event": event_id}, user=dca.ALICE, channel_id=CHANNEL_ID)
    card: dict[str, Any] = dc.cards_in(CHANNEL_ID)[-1]
    before = len([c for c in dc.fake.calls if c.files])
    for who, answer in PRESSES[:3]:
        await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:{answer}", user=who)
    assert dca.seats_of(dc.fake.messages[int(card["id"])]).startswith("2/3")
    assert len([c for c in dc.fake.calls if c.files]) == before


# -- Telegram: a copy of the wrong kind is posted anew and the old one goes -------------------




def cards_of(tg: tga.Harness, chat_id: int, event_id: int) -> list[Stored]:
    """The messages in a chat that carry the event's card (its buttons)."""
    return [m for m in tg.fake.chat(chat_id) if f"v1:rsvp:{event_id}:going" in m.button_data]


async def announced_as_text(tg: tga.Harness) -> tuple[int, list[Stored]]:
    event_id = await tga.new_event(tg)
    announced = tga.card_messages(await tg.say(tga.ORGA, f"/announce {event_id}"))
    assert sorted(m.chat_id for m in announced) == sorted([tga.GROUP, tga.NEWS])
    assert all(m.photo is None for m in announced)
    return event_id, announced


async def live_ids(tg: tga.Harness, event_id: int, chat_id: int) -> list[str]:
    return [p.message_id for p in await tg.core.storage.cards.to_edit(event_id)
            if p.chat_id == str(chat_id)]


async def test_telegram_text_copies_become_photos_when_a_poster_is_added(
        tg: tga.Harness) -> None:
    event_id, announced = await announced_as_text(tg)
    await tg.press(tga.LEA, announced[0], f"v1:rsvp:{event_id}:going")
    await attach(tg.core, event_id, photo(400, 300), NOW)
    await tg.core.idle()
    for old in announced:
        assert (old.chat_id, old.message_id) not in tg.fake.messages  # the text one is gone
        [card] = cards_of(tg, old.chat_id, event_id)  # one card of the event in the chat
        assert card.photo is not None and opened(card.photo[1]).size == (400, 300)
        assert "Soirée jeux" in card.visible and "1/3" in card.visible
        assert card.button_data == old.button_data  # the same buttons
    # A private chat's copy (the organiser's, from /newevent) is not posted again: it
    # answered one person, and goes on showing the counts where it is.
    [mine] = cards_of(tg, tga.ORGA["id"], event_id)
    assert mine.photo is None and "1/3" in mine.visible
    # One upload, then Telegram's copy of it; posted again without waking the group.
    photos = tg.fake.ok_calls("sendPhoto")
    assert len([c for c in photos if "photo" in c.files]) == 1
    assert all(c.params.get("disable_notification") for c in photos)
    assert not [c for c in tg.fake.calls if c.status != 200]


async def test_telegram_counts_go_on_on_the_new_copy_and_old_buttons_still_answer(
        tg: tga.Harness) -> None:
    event_id, announced = await announced_as_text(tg)
    await attach(tg.core, event_id, photo(400, 300), NOW)
    await tg.core.idle()
    [group_card] = cards_of(tg, tga.GROUP, event_id)
    toast = await tg.press(tga.LEA, group_card, f"v1:rsvp:{event_id}:going")
    assert "1/3" in toast
    for chat in (tga.GROUP, tga.NEWS):
        assert "1/3" in cards_of(tg, chat, event_id)[0].visible
    # A press on the deleted text copy (a phone that had not refreshed yet) still answers,
    # and the live copies show it; nothing is posted twice.
    old = next(m for m in announced if m.chat_id == tga.GROUP)
    toast = await tg.press(tga.TOM, old, f"v1:rsvp:{event_id}:going")
    assert toast.startswith("Going") and "2/3" in toast
    for chat in (tga.GROUP, tga.NEWS):
        [card] = cards_of(tg, chat, event_id)
        assert "2/3" in card.visible and card.photo is not None
    assert len(tg.fake.ok_calls("deleteMessage")) == 2  # the group's and the channel's


async def test_telegram_old_copy_that_cannot_be_deleted_points_to_the_new_card(
        tg: tga.Harness) -> None:
    event_id, announced = await announced_as_text(tg)
    tg.fake.fail("deleteMessage", 400, "Bad Request: message can't be deleted for everyone",
                 chat_id=tga.GROUP)
    await attach(tg.core, event_id, photo(400, 300), NOW)
    await tg.core.idle()
    old = next(m for m in announced if m.chat_id == tga.GROUP)
    pointer = tg.fake.messages[(old.chat_id, old.message_id)]
    assert pointer.button_data == []  # no second set of live buttons
    assert "plus bas" in pointer.visible and "Soirée jeux" in pointer.visible
    [card] = cards_of(tg, tga.GROUP, event_id)
    assert card.photo is not None and card.message_id > old.message_id
    assert f"/{card.message_id}" in pointer.text  # a link to the new card
    # Its buttons, pressed on a phone that still shows them, answer politely.
    toast = await tg.press(tga.LEA, old, f"v1:rsvp:{event_id}:going")
    assert "1/3" in toast and "1/3" in tg.fake.messages[(card.chat_id, card.message_id)].visible


async def test_telegram_a_poster_taken_down_goes_from_the_photo_copies(
        tg: tga.Harness) -> None:
    event_id = await tga.new_event(tg)
    await attach(tg.core, event_id, photo(400, 300), NOW)
    announced = tga.card_messages(await tg.say(tga.ORGA, f"/announce {event_id}"))
    assert all(m.photo is not None for m in announced)
    poster = announced[0].photo[1]  # type: ignore[index]
    [asked] = tga.card_messages(await tg.say(tga.LEA, f"/event {event_id}"))  # privately
    assert asked.photo is not None and asked.photo[1] == poster
    await tg.press(tga.LEA, asked, f"v1:rsvp:{event_id}:going")
    tg.fake.fail("deleteMessage", 400, "Bad Request: message can't be deleted for everyone",
                 chat_id=tga.NEWS)
    said = await tg.say(tga.ORGA, f"/affiche {event_id} retirer")
    assert any("retirée" in m.visible for m in said if m.chat_id == tga.ORGA["id"])
    await tg.core.idle()
    for old in announced:
        [card] = cards_of(tg, old.chat_id, event_id)
        assert card.photo is None and "Soirée jeux" in card.visible and "1/3" in card.visible
    assert (tga.GROUP, next(m for m in announced if m.chat_id == tga.GROUP).message_id) \
        not in tg.fake.messages
    # Not deletable: the picture taken down is replaced too, under a line to the new card.
    kept = tg.fake.messages[(tga.NEWS, next(m for m in announced
                                            if m.chat_id == tga.NEWS).message_id)]
    assert kept.button_data == [] and "plus bas" in kept.visible
    assert kept.photo is not None and kept.photo[1] != poster
    # The private copy stays where it is, a live card, its picture replaced the same way.
    private = tg.fake.messages[(asked.chat_id, asked.message_id)]
    assert private.photo is not None and private.photo[1] == kept.photo[1]
    assert "1/3" in private.visible and private.button_data == asked.button_data
    assert poster not in [m.photo[1] for m in tg.fake.messages.values() if m.photo]
    await tg.press(tga.TOM, private, f"v1:rsvp:{event_id}:going")
    assert "2/3" in tg.fake.messages[(asked.chat_id, asked.message_id)].visible


async def test_telegram_the_new_copy_is_recorded_and_counted_on_after_a_restart(
        tg: tga.Harness) -> None:
    event_id, announced = await announced_as_text(tg)
    await attach(tg.core, event_id, photo(400, 300), NOW)
    await tg.core.idle()
    for old in announced:  # the record names the new message, still the announcement
        [card] = cards_of(tg, old.chat_id, event_id)
        assert await live_ids(tg, event_id, old.chat_id) == [str(card.message_id)]
    for _ in range(3):  # members' copies in the group do not retire it
        await tg.say(tga.LEA, f"/event@{BOT_USERNAME} {event_id}", chat=tga.GROUP)
    [group_card] = [m for m in cards_of(tg, tga.GROUP, event_id) if m.photo is not None][:1]
    assert str(group_card.message_id) in await live_ids(tg, event_id, tga.GROUP)
    # After a restart (the adapter remembers nothing), counts go to the new message.
    for memory in (tg.adapter._photos, tg.adapter._shown, tg.adapter._moved):
        memory.clear()
    await tg.press(tga.NINA, group_card, f"v1:rsvp:{event_id}:maybe")
    assert "1 peut-être" in tg.fake.messages[(tga.GROUP, group_card.message_id)].visible
    assert "1 peut-être" in cards_of(tg, tga.NEWS, event_id)[0].visible
    # Taken down again: the record follows the second move as well.
    await tg.say(tga.ORGA, f"/affiche {event_id} retirer")
    await tg.core.idle()
    [news_card] = cards_of(tg, tga.NEWS, event_id)
    assert news_card.photo is None
    assert await live_ids(tg, event_id, tga.NEWS) == [str(news_card.message_id)]


async def test_telegram_copies_of_a_started_or_cancelled_event_are_only_edited(
        tg: tga.Harness) -> None:
    event_id, announced = await announced_as_text(tg)
    await tg.say(tga.ORGA, f"/cancelevent {event_id} confirmer")
    await attach(tg.core, event_id, photo(400, 300), NOW)
    await tg.core.idle()
    assert tg.fake.ok_calls("sendPhoto") == [] and tg.fake.ok_calls("deleteMessage") == []
    for old in announced:
        assert "ANNULÉ" in tg.fake.messages[(old.chat_id, old.message_id)].visible
    later, copies = await announced_as_text(tg)
    tg.clock.advance(days=11)  # the evening has begun
    await attach(tg.core, later, photo(400, 300), NOW)
    await tg.core.idle()
    assert tg.fake.ok_calls("sendPhoto") == [] and tg.fake.ok_calls("deleteMessage") == []
    for old in copies:
        assert tg.fake.messages[(old.chat_id, old.message_id)].photo is None


# -- storage: a copy posted anew replaces the old one in its record ---------------------------


async def test_a_copy_posted_anew_takes_the_old_ones_place_in_the_records(
        tmp_path: Path) -> None:
    store = await Storage.open(tmp_path / "cards.db")
    try:
        event_id = (await store.events.create(NewEvent(
            title="Soirée jeux", starts_at=NOW.replace(day=28), place="Le Focus"), NOW)).id
        await store.cards.add(event_id, "telegram", "-100", "7", "en", NOW, announcement=True)
        await store.cards.add(event_id, "telegram", "42", "3", "fr", NOW)
        assert await store.cards.move("telegram", "-100", "7", "9")
        live = await store.cards.to_edit(event_id)
        assert [(p.chat_id, p.message_id, p.locale) for p in live] == [
            ("-100", "9", "en"), ("42", "3", "fr")]
        # Still the announcement (always live), whatever members show since in that chat.
        for n in range(10, 14):
            await store.cards.add(event_id, "telegram", "-100", str(n), "fr", NOW)
        assert "9" in [p.message_id for p in await store.cards.to_edit(event_id)]
        # The old id is nobody's card any more: a press on it brings nothing back.
        assert not await store.cards.revive(event_id, "telegram", "-100", "7")
        assert not await store.cards.move("telegram", "-100", "7", "11")
    finally:
        await store.close()
    reopened = await Storage.open(tmp_path / "cards.db")
    try:
        assert "9" in [p.message_id for p in await reopened.cards.to_edit(event_id)]
    finally:
        await reopened.close()


def test_the_line_left_on_an_old_copy_reads_in_its_language_and_links_where_it_can() -> None:
    card = tgr.card(title="<Tom & Jerry>")
    link = message_link("-1001234567890", "42")
    assert link == "https://t.me/c/1234567890/42"
    assert message_link("-4242", "42") is None and message_link("1001", "42") is None
    with using("en"):
        line = moved_html(card, link)
    check_html(line)
    assert visible_text(line).startswith("⤵️ Updated card further down the chat: #")
    assert "<Tom & Jerry>" in visible_text(line) and f'href="{link}"' in line
    with using("fr"):
        assert "plus bas dans la conversation\u00a0: #" in visible_text(moved_html(card, None))
