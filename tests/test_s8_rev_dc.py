"""Session 8, final read of the Discord adapter (rev-dc): the names typed in a channel, the
reactions to a card, through the real discord.py against the fake on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import BOB, running
from test_s7_dc2 import ME, _asked_in_channel, _said_to


async def test_names_taken_out_of_a_channel_with_private_messages_closed_still_point_there(
        db_path: Path) -> None:
    """Bob, private messages closed, types « @Le Focus /participer 1 oui Léa, Tom » in
    #général, where an admin gave the bot's role Manage Messages. His message vanished and
    nothing else: the one line pointing him to his privacy setting was sent in reply to the
    message just deleted, which Discord refuses (400, « Unknown message »). Now that line
    still comes, in the channel, without the names; the booking and the word about his
    message wait for his private chat."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        dc.fake.manage_messages = True
        dc.fake.dm_closed.add(BOB)
        told, public = await _asked_in_channel(dc, BOB, f"{ME} /participer {event_id} oui Léa, Tom")
        dc.fake.dm_closed.discard(BOB)
        await dc.fake.say_in_dm(BOB, "merci")
        await dc.fake.wait_until(lambda: any("retiré" in s for s in _said_to(dc, BOB)))
        await dc.settle()
        later = "\n".join(_said_to(dc, BOB))
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert told == "", told
    assert len(dc.fake.retracted) == 1, dc.fake.retracted
    [line] = public
    assert "Léa" not in line["content"] and "Paramètres" in line["content"], line["content"]
    assert going == 3, going
    assert "Léa" in later and "retiré votre message" in later, later


async def test_the_pointer_to_the_privacy_setting_still_replies_to_the_message_left(
        db_path: Path) -> None:
    """The same without Manage Messages (the default invite): Bob's message stays, and the
    pointer is still a reply to it, so he sees the line is for him."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        dc.fake.dm_closed.add(BOB)
        mid = await dc.fake.say_in_channel(BOB, f"{ME} /participer {event_id} oui Léa, Tom")
        await dc.fake.wait_until(lambda: any(
            "Paramètres" in m["content"] for m in dc.fake.messages.values()))
        await dc.settle()
        [line] = [m for m in dc.fake.messages.values() if "Paramètres" in m["content"]]
    assert dc.fake.retracted == [], dc.fake.retracted
    assert line["message_reference"]["message_id"] == str(mid), line


async def test_a_reaction_after_pressing_the_button_does_not_read_as_unbooked(
        db_path: Path) -> None:
    """Bob, 14, presses « ✅ Je viens » on the card in #général, then adds a ✅ under it as
    everyone does. The private line he got said only « Une réaction ne compte pas comme
    réponse : pour répondre, appuyez sur un bouton » — and he pressed again, wondering
    whether he was booked at all. Now the same line tells him an answer given with a button
    stands, and where to see his answers."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        card = await dc.announce(event_id)
        await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=BOB)
        said = len(_said_to(dc, BOB))
        await dc.fake.react(BOB, int(card["id"]), "✅")
        await dc.fake.wait_until(lambda: len(_said_to(dc, BOB)) > said)
        await dc.settle()
        told = "\n".join(_said_to(dc, BOB)[said:])
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert going == 1, going
    assert "réaction" in told and "/mesevenements" in told, told


@pytest.mark.parametrize("typed", ["/participer 1 peut-être Léa, Tom",
                                   "/participer 1 oui +1 Léa, Tom",
                                   "/participer 9 oui Léa, Tom"])
async def test_names_in_a_refused_command_are_taken_out_of_the_channel_too(
        db_path: Path, typed: str) -> None:
    """Bob types « @Le Focus /participer 1 peut-être Léa, Tom » in #général (or +1 with two
    names, or a wrong number), where the bot's role may delete messages. He is told
    privately how to write it, but his message, names and all, stays in the channel and
    nothing says so: only a booking taken out the message. Names typed are public whatever
    the answer."""
    async with running(db_path) as dc:
        await dc.new_event("Soirée jeux", 10)
        dc.fake.manage_messages = True
        told, _ = await _asked_in_channel(dc, BOB, f"{ME} {typed}")
    assert len(dc.fake.retracted) == 1, (dc.fake.retracted, told)
    assert "retiré votre message" in told, told


async def test_names_in_a_message_already_deleted_are_not_said_to_be_still_there(
        db_path: Path) -> None:
    """Bob types « @Le Focus /participer 1 oui Léa, Tom » in #général and, seeing the names
    out there, deletes it at once (or the server's moderation bot does). He was then told
    « Votre message dans le salon montre ces prénoms à tout le monde, et je ne peux pas le
    retirer : supprimez-le vous-même » — about a message no longer there. Now nothing is
    said about it; his booking stands."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        said = len(_said_to(dc, BOB))
        await dc.fake.say_in_channel(BOB, f"{ME} /participer {event_id} oui Léa, Tom",
                                     gone=True)
        await dc.fake.wait_until(lambda: len(_said_to(dc, BOB)) > said)
        await dc.settle()
        told = "\n".join(_said_to(dc, BOB)[said:])
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert going == 3, going
    assert "C'est noté" in told, told
    assert "Supprimer" not in told and "retiré" not in told, told
