"""Session 10, relay2, through the real adapters against the fakes: a parent on Telegram and
a teenager on Discord answer, then correct it in words in the private chat (« on sera 3 en
fait », « non finalement »); one tap does what they meant. A slash set apart by a phone
(« / participer 1 oui ») is that command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_discord_adapter import ALICE, MEMBERS, launch, shutdown
from test_telegram_adapter import Harness, new_event

from fakes.discord_api import FakeDiscord
from fakes.telegram_api import user
from recording import NOW, Clock, plain

MARIE = user(3102, "Marie", "fr")


async def test_telegram_a_parent_corrects_her_answer_in_words(tg: Harness) -> None:
    event = await new_event(tg, "Soirée jeux | 2026-11-25 20:00 | 10")
    [done] = await tg.say(MARIE, f"/ participer {event} oui")  # a phone's space
    assert "C'est noté : vous êtes inscrit·e à « Soirée jeux »" in plain(done.visible)
    [offer] = await tg.say(MARIE, "on sera 3 en fait")
    assert f"Pour passer à 3 places à « Soirée jeux » (#{event})" in plain(offer.visible)
    [tap] = [d for d in offer.button_data if d.startswith("v1:seats:")]
    await tg.press(MARIE, offer, tap)
    [no] = await tg.say(MARIE, "non finalement")
    assert f"Pour libérer votre place à « Soirée jeux » (#{event})" in plain(no.visible)
    assert no.button_data == [f"v1:rsvp:{event}:no"]
    [mine] = await tg.say(MARIE, "/mesevenements")  # the tap booked, the words nothing
    assert "3 places" in plain(mine.visible)
    [alone] = await tg.say(MARIE, "/")
    assert "Je ne connais pas la commande" not in plain(alone.visible)
    assert "/participer" in plain(alone.visible)


def _dms(fake: FakeDiscord, member: int) -> list[dict[str, Any]]:
    return [m for m in fake.messages.values()
            if fake.dm_channels.get(int(m["channel_id"])) == member]


def _ids(message: dict[str, Any]) -> list[str]:
    return [c.get("custom_id", "") for row in message["components"]
            for c in row["components"]]


async def test_discord_a_teen_corrects_her_answer_in_words(db_path: Path) -> None:
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event = await dc.new_event("Soirée jeux", capacity=10)
            await fake.say_in_dm(ALICE, f"/ participer {event} oui")
            await fake.wait_until(lambda: any("C'est noté" in plain(m["content"])
                                              for m in _dms(fake, ALICE)))
            await fake.say_in_dm(ALICE, "+1")
            await fake.wait_until(lambda: any("Pour passer à 2 places" in plain(m["content"])
                                              for m in _dms(fake, ALICE)))
            await dc.settle()
            offer = next(m for m in _dms(fake, ALICE)
                         if "Pour passer à 2 places" in plain(m["content"]))
            [tap] = [i for i in _ids(offer) if i.startswith("v1:seats:")]
            await dc.press(int(offer["id"]), tap, user=ALICE)
            mine = await dc.command("myevents", user=ALICE)
            assert "2 places" in plain(mine.text)
            await fake.say_in_dm(ALICE, "jpeux plus dsl")
            await fake.wait_until(lambda: any("Pour libérer votre place" in plain(m["content"])
                                              for m in _dms(fake, ALICE)))
            await dc.settle()
            no = next(m for m in _dms(fake, ALICE)
                      if "Pour libérer votre place" in plain(m["content"]))
            assert _ids(no) == [f"v1:rsvp:{event}:no"]
        finally:
            await shutdown(dc)
