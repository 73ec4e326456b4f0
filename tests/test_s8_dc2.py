"""Session 8, Discord (dc2): teenagers (12–17) on Discord, desktop and phone, through the real
discord.py against the fake on 127.0.0.1: names typed in a channel, reactions to a card, a
language chosen with /langue, what they put in a slash command's options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, BOB, MANON, Harness, running
from test_s7_dc2 import ME, _asked_in_channel, _said_to

from fakes.discord_api import CHANNEL_ID, DM_REACTIONS_INTENT, GUILD_REACTIONS_INTENT

NAMES = "Léa, Tom"


async def test_names_typed_in_a_channel_are_taken_out_or_the_member_told_to(
        db_path: Path) -> None:
    """Bob types « @Le Focus /participer 1 oui Léa, Tom » in #général. His booking came
    privately, saying « Seule l'équipe du Focus voit ces prénoms », while his own message
    showed them to the whole channel, and nothing told him so. Now, as on Telegram, the
    bot deletes that message where its role may (Manage Messages) and says so; where it
    may not (the default invite), it tells him to delete it himself, on a computer and on a
    phone. Without names, nothing of the kind is said or tried."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        told, public = await _asked_in_channel(dc, BOB, f"{ME} /participer {event_id} oui {NAMES}")
        retracted_before = list(dc.fake.retracted)
        dc.fake.manage_messages = True
        retracted, _ = await _asked_in_channel(dc, MANON,
                                               f"{ME} /participer {event_id} oui {NAMES}")
        plain_yes, _ = await _asked_in_channel(dc, BOB, f"{ME} /participer {event_id} oui")
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert going == 3 + 3, going  # both booked, names and all
    assert "Supprimer le message" in told and "appui long" in told, told
    assert public == [], public
    assert retracted_before == [] and len(dc.fake.retracted) == 1, dc.fake.retracted
    assert "retiré votre message" in retracted, retracted
    assert "Supprimer" not in plain_yes and "retiré" not in plain_yes, plain_yes


async def test_names_typed_without_the_slash_in_a_channel_get_the_same_line(
        db_path: Path) -> None:
    """« @Le Focus participer 1 oui Léa, Tom », the slash forgotten (a phone's keyboard):
    the line is read as that command, and booked, but nothing told Bob his message shows
    the names to the channel."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        told, _ = await _asked_in_channel(dc, BOB, f"{ME} participer {event_id} oui {NAMES}")
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert going == 3, (going, told)
    assert "Supprimer le message" in told, told


async def test_names_in_a_channel_with_private_messages_closed_wait_with_the_answer(
        db_path: Path) -> None:
    """The same, Bob's private messages closed: the channel gets the one pointer to the
    privacy setting (no names, no question), and the line about his message waits with the
    booking for his private chat."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        dc.fake.dm_closed.add(BOB)
        told, public = await _asked_in_channel(dc, BOB, f"{ME} /participer {event_id} oui {NAMES}")
        dc.fake.dm_closed.discard(BOB)
        await dc.fake.say_in_dm(BOB, "merci")
        await dc.fake.wait_until(lambda: any("Supprimer" in s for s in _said_to(dc, BOB)))
        await dc.settle()
        later = "\n".join(_said_to(dc, BOB))
    assert told == "", told
    [line] = public
    assert "Léa" not in line["content"] and "Paramètres" in line["content"], line["content"]
    assert "Léa" in later and "Supprimer le message" in later, later


async def _react(dc: Harness, user: int, message_id: int, emoji: str) -> str:
    """What `user` is told privately after reacting with `emoji` (a private « merci »
    from Alice follows, so that silence is seen as silence)."""
    said = len(_said_to(dc, user))
    await dc.fake.react(user, message_id, emoji)
    await dc.fake.say_in_dm(ALICE, "merci")
    await dc.fake.wait_until(lambda: any("plaisir" in s for s in _said_to(dc, ALICE)))
    dc.fake.messages = {k: m for k, m in dc.fake.messages.items()
                        if dc.fake.dm_channels.get(int(m["channel_id"])) != ALICE}
    await dc.settle()
    return "\n".join(_said_to(dc, user)[said:])


async def _quiet(dc: Harness) -> None:
    """Everything before is handled: a private « merci » from Alice is answered after it."""
    await dc.fake.say_in_dm(ALICE, "merci")
    await dc.fake.wait_until(lambda: any("plaisir" in s for s in _said_to(dc, ALICE)))
    dc.fake.messages = {k: m for k, m in dc.fake.messages.items()
                        if dc.fake.dm_channels.get(int(m["channel_id"])) != ALICE}
    await dc.settle()


async def test_a_command_edited_in_a_channel_is_not_run_and_the_member_told(
        db_path: Path) -> None:
    """Bob typed « @Le Focus /participer 1 oui » in #général, then, plans changed, edited
    it to « … non » (Discord's « Modifier »): his seat stayed booked and nothing told him,
    where privately, or on Telegram, he is told edits are not read. Now he is told
    privately too, nothing in the channel; the edit of a message that does not call the
    bot says nothing."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        asked = f"{ME} /participer {event_id}"
        mid = await dc.fake.say_in_channel(BOB, f"{asked} oui")
        await _quiet(dc)
        shown = len(dc.fake.messages)
        await dc.fake.say_in_channel(BOB, f"{asked} non", edits=mid)
        await _quiet(dc)
        told = _said_to(dc, BOB)[1:]
        chatter = await dc.fake.say_in_channel(BOB, "on se voit ce soir ?")
        await dc.fake.say_in_channel(BOB, "on se voit demain ?", edits=chatter)
        await _quiet(dc)
        in_channel = [m for m in list(dc.fake.messages.values())[shown:]
                      if int(m["channel_id"]) == CHANNEL_ID]
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert going == 1, going
    [line] = told
    assert "modifié" in line, line
    assert in_channel == [], in_channel


def _dm_of(dc: Harness, user: int) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user]


async def test_a_reaction_on_a_card_is_not_taken_for_an_answer_in_silence(
        db_path: Path) -> None:
    """In servers where « réagissez ✅ si vous venez » is the custom, Bob reacts ✅ to the
    card in #général and believes he is booked: nothing happened, and nothing told him.
    Now he is told privately, once an hour, that a reaction answers nothing and how to
    answer (the card's buttons), on a card in his private chat too; a 🔥 is only
    enthusiasm, a 👍 under « C'est noté » a thank-you (nothing said), and his ✅ books
    nobody."""
    async with running(db_path) as dc:
        intents = int(dc.fake.identify["intents"])
        event_id = await dc.new_event("Soirée jeux", 10)
        card = await dc.announce(event_id)
        shown = len(dc.fake.messages)
        told = await _react(dc, BOB, int(card["id"]), "✅")
        again = await _react(dc, BOB, int(card["id"]), "👍")
        fire = await _react(dc, ALICE, int(card["id"]), "🔥")
        in_channel = [m for m in list(dc.fake.messages.values())[shown:]
                      if int(m["channel_id"]) == CHANNEL_ID]
        await dc.command("rsvp", {"event": event_id, "answer": "no"}, user=MANON)
        await dc.fake.say_in_dm(MANON, f"/evenement {event_id}")
        await dc.fake.wait_until(lambda: len(_dm_of(dc, MANON)) == 1)
        await dc.fake.say_in_dm(MANON, "c'est combien ?")
        await dc.fake.wait_until(lambda: len(_dm_of(dc, MANON)) == 2)
        [private_card, answer] = _dm_of(dc, MANON)
        thanks = await _react(dc, MANON, int(answer["id"]), "👍🏽")
        on_private_card = await _react(dc, MANON, int(private_card["id"]), "✅")
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert intents & GUILD_REACTIONS_INTENT and intents & DM_REACTIONS_INTENT
    assert "✅ Je viens" in told and "réaction" in told, told
    assert again == "" and fire == "" and thanks == "", (again, fire, thanks)
    assert "✅ Je viens" in on_private_card, on_private_card
    assert going == 0, going
    assert in_channel == [], in_channel


async def test_a_private_message_leaves_the_app_language_as_the_app_said(
        db_path: Path) -> None:
    """Alice's Discord app is in French; she chose English with /langue. Each private
    message she wrote recorded « English » as her app's language (a private message carries
    none, and the adapter handed the core her chosen one as if it were the app's): what we
    hold about her was wrong. Now it stays French, and she is still answered in English."""
    async with running(db_path) as dc:
        await dc.command("language", {"language": "en"}, user=ALICE, locale="fr")
        await dc.fake.say_in_dm(ALICE, "merci")
        await dc.fake.wait_until(lambda: bool(_said_to(dc, ALICE)))
        await dc.settle()
        member = await dc.core.storage.members.find("discord", str(ALICE))
        [thanks] = _said_to(dc, ALICE)
    assert member is not None and member.app_language == "fr", member
    assert "pleasure" in thanks.lower() or "welcome" in thanks.lower(), thanks


@pytest.mark.parametrize("typed", ["non", "aucun", "none", "pas d'enfants", "mdr", "jsp"])
async def test_no_or_nonsense_in_the_children_option_books_no_child(
        db_path: Path, typed: str) -> None:
    """Bob, 14, fills every option of /participer: in « enfants » he puts « non » (or
    « mdr »). He was booked 2 seats, with a child named « Non » kept for the team. Now
    « non », « aucun »… mean nobody (1 seat), and words that are no first name are refused
    with the example, nothing booked."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        answer = await dc.command("rsvp", {"event": event_id, "children": typed}, user=BOB)
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    assert going in (0, 1), (going, answer.text)
    assert "Enfants notés" not in answer.text, answer.text
    assert going == 1 or "Tom, Zoé" in answer.text, answer.text
