"""Session 7, Discord (dc2): a teenager calling « @Le Focus » in a server's channel, as
parents do on Telegram, through the real discord.py against the fake on 127.0.0.1 (which
hands the bot channel text only as Discord does without the privileged intent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import (
    ALICE,
    BOB,
    MEMBERS,
    Harness,
    launch,
    running,
    seats_of,
    shutdown,
)

from fakes.discord_api import (
    APP_ID,
    CHANNEL_ID,
    FOREIGN_CHANNEL_ID,
    GUILD_MESSAGES_INTENT,
    MESSAGE_CONTENT_INTENT,
    OTHER_CHANNEL_ID,
    FakeDiscord,
)
from recording import NOW, Clock, plain

ME = f"<@{APP_ID}>"


def _said_to(dc: Harness, user: int) -> list[str]:
    return [plain(m["content"]) for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["content"]]


def _in_channel(dc: Harness, channel_id: int = CHANNEL_ID) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values() if int(m["channel_id"]) == channel_id]


async def _asked_in_channel(dc: Harness, user: int, text: str,
                            channel_id: int = CHANNEL_ID) -> tuple[str, list[dict[str, Any]]]:
    """What `user` got privately, and what the channel got, for `text` written there. A
    private « merci » follows it, so that silence is seen as silence, not as slowness."""
    said, shown = len(_said_to(dc, user)), len(_in_channel(dc, channel_id))
    await dc.fake.say_in_channel(user, text, channel_id=channel_id)
    await dc.fake.say_in_dm(ALICE, "merci")
    await dc.fake.wait_until(lambda: any("plaisir" in s for s in _said_to(dc, ALICE)))
    dc.fake.messages = {k: m for k, m in dc.fake.messages.items()
                        if dc.fake.dm_channels.get(int(m["channel_id"])) != ALICE}
    await dc.settle()
    return "\n".join(_said_to(dc, user)[said:]), _in_channel(dc, channel_id)[shown:]


@pytest.mark.parametrize("text", [f"{ME} c'est combien ?", f"wsh {ME} c combien",
                                  f"c'est combien, <@!{APP_ID}> ?"])
async def test_a_question_calling_the_bot_in_a_channel_is_answered_privately(
        db_path: Path, text: str) -> None:
    """Bob types « @Le Focus c'est combien ? » in #général (picked from Discord's list): he
    got nothing at all, where a parent on Telegram is answered. Now the answer comes in his
    private messages, never in the channel."""
    async with running(db_path) as dc:
        private, public = await _asked_in_channel(dc, BOB, text)
    assert "€" in private or "gratuit" in private.lower(), private
    assert public == [], public


async def test_a_command_calling_the_bot_in_a_channel_books_privately(db_path: Path) -> None:
    """« @Le Focus /participer 1 oui » in a channel booked nothing and said nothing. Now it
    books, and the confirmation (his booking) is said privately only."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        private, public = await _asked_in_channel(dc, BOB, f"{ME} /participer {event_id} oui")
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert going == 1 and "C'est noté" in private, private
    assert public == [], public


@pytest.mark.parametrize("text", [f"Inscrivez-vous avec {ME}, c'est facile !",
                                  f"quelqu'un a essayé {ME} ?", "c'est combien ?",
                                  f"<@{ALICE}> c'est combien ?"])
async def test_the_bot_named_in_passing_or_not_at_all_is_left_alone(
        db_path: Path, text: str) -> None:
    """Speaking about the bot to the others, or not to it at all: nobody gets anything."""
    async with running(db_path) as dc:
        private, public = await _asked_in_channel(dc, BOB, text)
    assert private == "" and public == [], (private, public)


async def test_closed_private_messages_get_one_pointer_without_ping_or_question(
        db_path: Path) -> None:
    """Bob's private messages are closed: the channel gets one short line in reply to his
    message (what he asked is not repeated, nobody is pinged), pointing to the privacy
    setting; asking again within the hour adds no second line."""
    async with running(db_path) as dc:
        dc.fake.dm_closed.add(BOB)
        _, first = await _asked_in_channel(dc, BOB, f"{ME} je suis inscrit à quoi ?")
        _, again = await _asked_in_channel(dc, BOB, f"{ME} /mesevenements")
        [posted] = [c for c in dc.fake.calls_to("POST", f"/channels/{CHANNEL_ID}/messages")]
    [line] = first
    assert "Paramètres de confidentialité" in line["content"], line["content"]
    assert "inscrit" not in line["content"], line["content"]
    assert posted.json["allowed_mentions"]["parse"] == [], posted.json
    assert posted.json["allowed_mentions"].get("replied_user") is False, posted.json
    assert "message_reference" in posted.json, posted.json
    assert again == [], again


async def test_other_servers_follow_the_other_servers_setting(db_path: Path) -> None:
    """In a server that is not Le Focus: nothing in `ignore` mode (the default), answered
    privately with `DISCORD_OTHER_SERVERS=members`, as its slash commands are."""
    async with running(db_path) as dc:
        ignored, public = await _asked_in_channel(dc, BOB, f"{ME} c'est combien ?",
                                                  FOREIGN_CHANNEL_ID)
    assert ignored == "" and public == [], ignored
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW), discord_other_servers="members")
        try:
            served, public = await _asked_in_channel(dc, BOB, f"{ME} c'est combien ?",
                                                     FOREIGN_CHANNEL_ID)
        finally:
            await shutdown(dc)
    assert "€" in served or "gratuit" in served.lower(), served
    assert public == [], public


async def test_the_bot_asks_for_server_messages_but_never_for_their_content(
        db_path: Path) -> None:
    async with running(db_path) as dc:
        intents = int(dc.fake.identify["intents"])
    assert intents & GUILD_MESSAGES_INTENT
    assert not intents & MESSAGE_CONTENT_INTENT


async def test_the_bots_name_alone_in_a_private_message_is_a_hello(db_path: Path) -> None:
    """« @Le Focus » alone, privately: taken as a sticker (« Bien reçu ! Je ne lis que le
    texte »); it is a hello, as on Telegram."""
    async with running(db_path) as dc:
        await dc.fake.say_in_dm(BOB, ME)
        await dc.fake.wait_until(lambda: bool(_said_to(dc, BOB)))
        await dc.settle()
        [hello] = _said_to(dc, BOB)
    assert "Bien reçu" not in hello and "/evenements" in hello, hello


async def test_a_card_in_a_channel_hidden_for_a_while_follows_the_counts_again(
        db_path: Path) -> None:
    """An admin reorders roles and #général is hidden from the bot for a few minutes; a
    seat taken meanwhile met a 403 and that /evenement copy was forgotten for good: once
    access was back it showed « 0/5 » forever while the event filled. Now it is kept,
    and the next change shows the real count."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 5)
        await dc.command("event", {"event": event_id}, user=BOB, channel_id=OTHER_CHANNEL_ID)
        [card] = dc.cards_in(OTHER_CHANNEL_ID)
        dc.fake.no_view.add(OTHER_CHANNEL_ID)
        await dc.command("rsvp", {"event": event_id}, user=ALICE)
        dc.clock.advance(minutes=10)
        dc.fake.no_view.discard(OTHER_CHANNEL_ID)
        await dc.command("rsvp", {"event": event_id}, user=BOB)
        shown = dc.fake.messages[int(card["id"])]
    assert seats_of(shown).startswith("2/5"), seats_of(shown)
