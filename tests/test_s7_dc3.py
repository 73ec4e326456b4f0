"""Session 7, Discord (dc3): what Telegram does and Discord did not, through the real
discord.py against the fake on 127.0.0.1 (which hands the bot channel text only as Discord
does without the privileged intent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_discord_adapter import ALICE, BOB, Harness, running

from fakes.discord_api import BOT_ROLE_ID, CHANNEL_ID
from recording import plain


def _said_to(dc: Harness, user: int) -> list[str]:
    return [plain(m["content"]) for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["content"]]


def _in_channel(dc: Harness) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values() if int(m["channel_id"]) == CHANNEL_ID]


async def _replied(dc: Harness, user: int, text: str, to: int | None,
                   ping: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """What `user` got privately, and what the channel got, for `text` written there in
    reply to message `to` (None: not a reply). A private « merci » from Alice follows, so
    that silence is seen as silence, not as slowness."""
    said, shown = len(_said_to(dc, user)), len(_in_channel(dc))
    await dc.fake.say_in_channel(user, text, reply_to=to, ping=ping)
    await dc.fake.say_in_dm(ALICE, "merci")
    await dc.fake.wait_until(lambda: any("plaisir" in s for s in _said_to(dc, ALICE)))
    dc.fake.messages = {k: m for k, m in dc.fake.messages.items()
                        if dc.fake.dm_channels.get(int(m["channel_id"])) != ALICE}
    await dc.settle()
    return "\n".join(_said_to(dc, user)[said:]), _in_channel(dc)[shown:]


async def test_a_reply_with_words_under_the_card_is_answered_privately(
        db_path: Path) -> None:
    """Bob answers the card in #général with Discord's « Répondre » (which pings the bot
    without its name typed): « c'est combien ? » got nothing, where a parent replying under
    the card on Telegram is answered. Now the answer comes in his private messages, never in
    the channel; a 👍 in reply stays a reaction, and a reply with the ping turned off
    reaches the bot without its text, so nothing is made of it."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        card = await dc.announce(event_id)
        private, public = await _replied(dc, BOB, "c'est combien ?", int(card["id"]))
        emoji, emoji_public = await _replied(dc, BOB, "👍 🔥", int(card["id"]))
        unpinged, unpinged_public = await _replied(dc, BOB, "c'est où ?", int(card["id"]),
                                                   ping=False)
    assert "€" in private or "gratuit" in private.lower(), private
    assert public == [] and emoji_public == [] and unpinged_public == []
    assert emoji == "" and unpinged == "", (emoji, unpinged)


async def test_an_answer_refused_by_closed_private_messages_waits_for_the_member(
        db_path: Path) -> None:
    """Bob's private messages are closed when he replies « c'est combien ? » under the card:
    the channel got one line asking him to open them « puis redemandez », and the answer
    was lost, where Telegram keeps it for the private chat. Now the line says the answer
    waits there; once he allows private messages and writes « merci », it follows."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        card = await dc.announce(event_id)
        dc.fake.dm_closed.add(BOB)
        private, public = await _replied(dc, BOB, "c'est combien ?", int(card["id"]))
        dc.fake.dm_closed.discard(BOB)
        later, _ = await _replied(dc, BOB, "merci", int(card["id"]))
    assert private == "", private
    [line] = public
    assert "attend" in line["content"], line["content"]
    assert "plaisir" in later, later
    assert "€" in later or "gratuit" in later.lower(), later


async def test_what_waited_is_dropped_when_the_member_erases_their_data(
        db_path: Path) -> None:
    """Bob asked under the card with his private messages closed, then erased his data
    with /oubliemoi (its answers only he sees): nothing of what he asked before may reach
    him afterwards, even once he opens his private messages."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        card = await dc.announce(event_id)
        dc.fake.dm_closed.add(BOB)
        await _replied(dc, BOB, "c'est combien ?", int(card["id"]))
        erased = await dc.command("forgetme", {"confirm": "yes"}, user=BOB)
        dc.fake.dm_closed.discard(BOB)
        later, _ = await _replied(dc, BOB, "merci", int(card["id"]))
    assert "effac" in erased.text.lower(), erased.text
    assert "plaisir" in later, later
    assert "€" not in later and "gratuit" not in later.lower(), later


async def test_the_bots_role_picked_from_the_list_is_not_silence(db_path: Path) -> None:
    """Bob types « @Le » and picks « @Le Focus » from Discord's list, but the role of that
    name, not the bot: `<@&id> c'est combien ?` was ignored without a word. Discord hands a
    bot no text for a role call (without the privileged intent): he is now told privately,
    once an hour, to pick the bot itself; nothing in the channel. Were the text handed over
    after all, the role is read as the bot's name."""
    async with running(db_path) as dc:
        question = f"<@&{BOT_ROLE_ID}> c'est combien ?"
        told, public = await _replied(dc, BOB, question, None)
        again, _ = await _replied(dc, BOB, question, None)
        dc.fake.role_call_content = True
        answered, public_too = await _replied(dc, BOB, question, None)
    assert "pas le rôle" in told, told
    assert again == "", again
    assert "€" in answered or "gratuit" in answered.lower(), answered
    assert public == [] and public_too == [], (public, public_too)
