"""Session 7, Discord: what teenagers meet that the bot's writers did not, through the real
discord.py against the fake on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_discord_adapter import ALICE, BOB, Harness, held_back, running, seats_of

from fakes.discord_api import APP_ID, CHANNEL_ID, OTHER_CHANNEL_ID, path_starts
from recording import plain

EPHEMERAL = 64


def _seen_by_all(dc: Harness) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if int(m["channel_id"]) == CHANNEL_ID and not int(m["flags"]) & EPHEMERAL]


async def _slow_refusal(dc: Harness) -> tuple[list[str], list[str]]:
    """A slow /evenement 4242, held with a public « thinking… », refused privately: what
    the channel sees, and what only the asker sees."""
    dc.adapter.defer_after = 0.01
    gate = held_back(dc.core)
    payload = dc.fake.slash("event", {"event": 4242}, user=ALICE)
    iid = await dc.fake.deliver(payload)
    await dc.fake.wait_for(path_starts(f"/interactions/{iid}/"))
    gate.set()
    await dc.fake.wait_for(path_starts(f"/webhooks/{APP_ID}/{payload['token']}"))
    await dc.settle()
    public = [plain(m["content"]) for m in _seen_by_all(dc)]
    private = [plain(m["content"]) for m in dc.fake.messages.values()
               if int(m["flags"]) & EPHEMERAL]
    return public, private


async def test_a_private_refusal_never_takes_the_public_thinking_place(db_path: Path) -> None:
    """A slow /evenement 4242 is held with a public « Le Focus réfléchit… »; its answer is
    a private refusal, so that message is removed first. When Discord refused the removal,
    the refusal came in its place, read by the whole channel. Now the public message says
    only that the answer was sent privately, and the refusal comes privately; if Discord
    refuses that edit too, the refusal is not sent at all rather than shown to all."""
    async with running(db_path) as dc:
        dc.fake.undeletable = True
        public, private = await _slow_refusal(dc)
        dc.fake.uneditable = True
        public_then, _ = await _slow_refusal(dc)
    assert not any("4242" in line for line in public), public
    assert any("4242" in line for line in private), private
    assert any("en privé" in line for line in public), public
    assert not any("4242" in line for line in public_then), public_then


async def test_a_refusal_still_comes_when_the_thinking_was_deleted_by_a_moderator(
        db_path: Path) -> None:
    """The public « thinking… » deleted meanwhile (a moderator tidying the channel): there
    is nothing left to take the refusal's place, and the refusal still comes privately."""
    async with running(db_path) as dc:
        dc.adapter.defer_after = 0.01
        gate = held_back(dc.core)
        payload = dc.fake.slash("event", {"event": 4242}, user=ALICE)
        iid = await dc.fake.deliver(payload)
        [deferral] = await dc.fake.wait_for(path_starts(f"/interactions/{iid}/"))
        thinking = [m for m in dc.fake.messages.values()
                    if m.get("interaction_id") == str(iid)]
        dc.fake.messages.pop(int(thinking[0]["id"]))
        gate.set()
        await dc.fake.wait_for(lambda c: c.path == f"/webhooks/{APP_ID}/{payload['token']}")
        await dc.settle()
        private = [plain(m["content"]) for m in dc.fake.messages.values()
                   if int(m["flags"]) & EPHEMERAL]
    assert any("4242" in line for line in private), private


async def test_a_card_where_the_bot_cannot_see_is_forgotten_like_a_deleted_one(
        db_path: Path) -> None:
    """/evenement in a channel the bot's role cannot see: every seat taken afterwards tried
    to edit that copy again (403 Missing Access, one wasted request per copy and change,
    in the lane meant for the cards people look at). Now, once that channel has refused
    for a day (dc2: not at the first refusal, access is often broken only for a while),
    it is forgotten like a deleted card; an announcement channel's card is kept (its
    access is being mended, and it must follow the counts again once it is)."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 5)
        announced = await dc.announce(event_id)
        await dc.command("event", {"event": event_id}, user=BOB, channel_id=OTHER_CHANNEL_ID)
        dc.fake.no_view.update({OTHER_CHANNEL_ID, CHANNEL_ID})
        await dc.command("rsvp", {"event": event_id}, user=ALICE)
        dc.clock.advance(hours=25)
        await dc.command("rsvp", {"event": event_id}, user=BOB)
        await dc.command("rsvp", {"event": event_id, "answer": "maybe"}, user=ALICE)
        hidden = dc.fake.calls_to("PATCH", f"/channels/{OTHER_CHANNEL_ID}/messages/")
        dc.fake.no_view.discard(CHANNEL_ID)  # the admin gives #annonces back
        await dc.command("rsvp", {"event": event_id, "answer": "no"}, user=BOB)
        live = dc.fake.messages[int(announced["id"])]
    assert len(hidden) == 2, [c.path for c in hidden]
    assert seats_of(live).startswith("0/5"), seats_of(live)


def _said_to(dc: Harness, user: int) -> list[str]:
    return [plain(m["content"]) for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["content"]]


async def _say(dc: Harness, user: int, text: str, **kw: str) -> str:
    before = len(_said_to(dc, user))
    await dc.fake.say_in_dm(user, text, **kw)
    await dc.fake.wait_until(lambda: len(_said_to(dc, user)) > before)
    await dc.settle()
    return "\n".join(_said_to(dc, user)[before:])


async def test_a_sticker_or_a_server_emoji_is_taken_as_a_reaction(db_path: Path) -> None:
    """A teenager answers the bot with a sticker, or with the server's own emoji
    (« merci <:coeur:…> », Discord's custom emoji): a sticker got « Je ne lis que les
    messages écrits », as if nothing had been sent; « merci » followed by an emoji got « Je
    ne sais pas répondre à ça » and ten topics. A sticker has no emoji the bot could read
    (Telegram's has one): now it is taken as a reaction, like 👍 typed, and a server emoji
    is left out of what is read."""
    async with running(db_path) as dc:
        thanks = await _say(dc, BOB, "merci <:coeur:912345678901234567>")
        emoji = await _say(dc, BOB, "<a:dance:912345678901234568>")
        sticker = await _say(dc, BOB, "", sticker="Wave")
        picture = await _say(dc, BOB, "", picture="meme.png")
    assert "Avec plaisir" in thanks, thanks
    for line in (emoji, sticker):
        assert "Bien reçu" in line and "/evenements" in line and "/aide" in line, line
        assert "messages écrits" not in line and "Je ne sais pas" not in line, line
    assert "messages écrits" in picture, picture  # a picture is not a reaction


async def test_a_line_typed_in_a_private_chat_is_answered_with_lines_to_type(
        db_path: Path) -> None:
    """In a private chat a teenager types « /evenements », « /rappels », « /oubliemoi »:
    the answers said « Réserver : /participer numero », « /rappels, puis « Couper les
    rappels » », « /oubliemoi puis « Oui, tout effacer maintenant » » — the slash
    command's options, which do not exist in a private chat (the bot's commands live in
    the server), instead of the lines to type there."""
    async with running(db_path) as dc:
        await dc.new_event("Ciné-club", 10)
        events = await _say(dc, BOB, "/evenements")
        reminders = await _say(dc, BOB, "/rappels")
        forget = await _say(dc, BOB, "/oubliemoi")
    assert "/participer <numéro>" in events, events
    assert "/rappels non" in reminders, reminders
    assert "/oubliemoi confirmer" in forget, forget


async def test_naming_the_bot_in_a_private_message_is_not_part_of_the_line(
        db_path: Path) -> None:
    """A teenager starts the message with « @Le Focus » picked from Discord's list, which
    sends `<@id>` before the words: « <@…> /participer 1 oui » got « Je ne sais pas répondre
    à ça » and ten topics, and nothing was booked. The bot's own name is now left out of
    what is read (as on Telegram), wherever it stands."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        booked = await _say(dc, BOB, f"<@{APP_ID}> /participer {event_id} oui")
        price = await _say(dc, BOB, f"c combien <@!{APP_ID}> ?")
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert "C'est noté" in booked and going == 1, booked
    assert "€" in price or "gratuit" in price.lower(), price
