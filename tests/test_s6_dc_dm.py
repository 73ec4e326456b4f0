"""Session 6, Discord: a teenager's private chat with the bot. Discord lets people edit a
message, and they do, to fix a typo (« /participer 12 oiu » → « oui »): the bot stayed
silent, the member believed it booked. A photo or a sticker alone got no word either. On
Telegram both get one line; now on Discord too (a link's preview added by Discord is no
edit and gets nothing)."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import BOB, ORGA, Harness, running

from recording import plain


def _said(dc: Harness, user: int) -> list[str]:
    return [plain(m["content"]) for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["content"]]


async def test_an_edited_message_is_answered_not_ignored(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        sent = await dc.fake.say_in_dm(BOB, f"/participer {event_id} oiu")
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 1)
        await dc.fake.edit_in_dm(BOB, sent, f"/participer {event_id} oui")
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 2)
        await dc.settle()
        # Discord adding a link's preview is no edit: nothing more is said.
        await dc.fake.edit_in_dm(BOB, sent, f"/participer {event_id} oui", by_member=False)
        await dc.fake.say_in_dm(BOB, "/evenements")
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 3)
        await dc.settle()
        said = _said(dc, BOB)
        assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 0
    assert "modifié" in said[1] and "envoyez-le-moi de nouveau" in said[1], said
    assert len(said) == 3 and "Ciné-club" in said[2], said


async def test_a_picture_or_a_sticker_alone_gets_a_line(db_path: Path) -> None:
    async with running(db_path) as dc:
        await dc.fake.say_in_dm(BOB, "", picture="meme.png")
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 1)
        await dc.fake.say_in_dm(BOB, "", sticker="Wave")
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 2)
        await dc.settle()
        said = _said(dc, BOB)
    assert len(said) == 2 and all("/aide" in line for line in said), said


async def test_an_organiser_writing_an_organiser_command_privately_is_told_where(
        db_path: Path) -> None:
    """A volunteer writes « /participants 1 » to the bot in a private chat and read « Cette
    commande est réservée aux organisateur·rice·s du Focus. », as if they were not one: a
    private chat does not say who someone is on the server. Now the answer says where
    organiser commands work."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        await dc.fake.say_in_dm(ORGA, f"/participants {event_id}")
        await dc.fake.wait_until(lambda: len(_said(dc, ORGA)) >= 1)
        await dc.settle()
        said = " ".join(_said(dc, ORGA))
        await dc.fake.say_in_dm(BOB, "/evenements")  # a member's own command: no such line
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 1)
        await dc.settle()
        member = " ".join(_said(dc, BOB))
    assert "réservée aux organisateur·rice·s" in said, said
    assert "sur le serveur du Focus" in said and "/participants" in said, said
    assert "sur le serveur du Focus" not in member, member
