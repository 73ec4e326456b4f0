"""Session 7, Discord (dc2): what teenagers type to the bot in a private chat that is no
question (« wsh », « mdr », « bonne soirée », « jviens au 1 »): a short fitting line, not
« Je ne sais pas répondre à ça » and ten topics."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import BOB, custom_ids, running

from recording import Bot, plain

DONT_KNOW = "Je ne sais pas répondre"


@pytest.mark.parametrize(("typed", "starts"), [
    ("wsh", "Bonjour"), ("wsh cv", "Bonjour"), ("slt cv ?", "Bonjour"),
    ("mdr", "👍"), ("ptdr", "👍"), ("MDRRR", "👍"), ("xD", "👍"), ("hahaha", "👍"),
    ("ok mdr", "👍"), ("merci bcp mdr", "Avec plaisir"),
    ("bonne soirée", "Merci, à vous aussi"), ("merci, bon week-end !", "Merci, à vous aussi"),
    ("bonne nuit", "Merci, à vous aussi"),
    ("ça marche merci", "Avec plaisir"), ("ça marche", "👍"),
    ("bot inutile", "Désolé si je ne vous ai pas aidé"),
])
async def test_small_talk_gets_a_short_fitting_line(bot: Bot, typed: str, starts: str) -> None:
    said = plain(await bot.say(typed, user="tom"))
    assert said.startswith(starts), (typed, said)
    assert DONT_KNOW not in said and "lefocus —" not in said, (typed, said)


@pytest.mark.parametrize(("typed", "shown"), [
    ("c'est combien mdr", "Combien ça coûte ?"),
    ("bonne soirée, c'est où ?", "Où"),
])
async def test_a_laugh_or_a_goodbye_beside_a_question_leaves_the_question(
        bot: Bot, typed: str, shown: str) -> None:
    said = plain(await bot.say(typed, user="tom"))
    assert said.startswith(shown), (typed, said)


async def test_jviens_au_1_shows_event_1_with_its_buttons(db_path: Path) -> None:
    """« jviens au 1 » privately on Discord: « Je ne sais pas répondre à ça » and ten topics
    (the teenager believed they were booked). Now: a message books nothing, and event 1's
    card comes with its buttons (or « /participer 1 oui » to type)."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Soirée jeux", 10)
        before = set(dc.fake.messages)
        await dc.fake.say_in_dm(BOB, f"jviens au {event_id}")
        await dc.fake.wait_until(lambda: any(
            dc.fake.dm_channels.get(int(m["channel_id"])) == BOB
            for k, m in dc.fake.messages.items() if k not in before))
        await dc.settle()
        [answer] = [m for k, m in dc.fake.messages.items() if k not in before]
        going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
    text = plain(answer["content"])
    assert DONT_KNOW not in text and f"/participer {event_id} oui" in text, text
    assert answer["embeds"] and "Soirée jeux" in answer["embeds"][0]["title"], answer
    assert any(f":{event_id}:" in c or c.endswith(f":{event_id}") for c in custom_ids(answer))
    assert going == 0


async def test_the_held_out_judge_reads_a_goodbye_wished_back_as_small_talk(bot: Bot) -> None:
    from test_s7_faq_heldout import judged, right
    said = await bot.say("bonne journée !", user="tom", locale="fr")
    assert right(judged(said, "fr"), "greeting|thanks|small"), said
