"""Session 8, final read of the Telegram adapter and the answers waiting for a private chat
(rev-tg): what a parent who never opened the private chat meets when things change while
her answer waits."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import BOB, launch, shutdown
from test_discord_adapter import MEMBERS as DC_MEMBERS
from test_discord_adapter import ORGA as DC_ORGA
from test_s7_dc3 import _replied, _said_to
from test_s7_tg_parents import group_card, open_private_chat
from test_telegram_adapter import GROUP, NINA, ORGA, Harness, new_event

from bot.scheduler import Scheduler
from fakes.discord_api import FakeDiscord
from fakes.telegram_api import BOT_USERNAME
from recording import NOW, Clock, plain


async def test_an_answer_that_waited_is_followed_by_the_events_cancellation(
        tg: Harness) -> None:
    """Nina (no private chat yet) typed « /participer 1 oui Zoé, Tom » in the group and read
    « ma réponse vous attend 24 h ». The workshop was then cancelled (rain). Two hours later
    she opened the private chat: « C'est noté : vous êtes inscrit·e à « Atelier photo » »
    was the last thing she read, and nothing said it was cancelled (the cancellation sent
    to her privately had been refused and dropped). Now it follows her answer."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
    await tg.say(ORGA, f"/annuler {event_id} pluie confirmer")
    await tg.settle()
    tg.clock.advance(hours=2)
    said = await open_private_chat(tg, NINA, "/start")
    booked = next(i for i, line in enumerate(said) if "C'est noté" in line)
    after = "\n".join(said[booked + 1:])
    assert "annulé" in after.lower() and "pluie" in after, said
    assert "Réponse donnée" not in after.split("annul")[0].splitlines()[-1], said
    assert await open_private_chat(tg, NINA, "/start") == [said[1]], said  # given once


async def test_a_parent_back_after_blocking_is_told_a_cancellation_was_missed(
        tg: Harness) -> None:
    """Nina booked privately, then blocked the bot by mistake; the workshop was cancelled
    meanwhile and the message telling her was refused. Unblocking it, she read « Je n'ai
    pas pu vous envoyer de message privé (rappel, changement d'horaire ou de lieu, place
    libérée) »: nothing there suggests her event could be off. The line now names it."""
    event_id, _ = await group_card(tg, 5)
    await tg.say(NINA, f"/participer {event_id} oui")
    tg.fake.blocked.add(NINA["id"])
    await tg.say(ORGA, f"/annuler {event_id} pluie confirmer")
    await tg.settle()
    tg.fake.blocked.discard(NINA["id"])
    said = await tg.say(NINA, "/start")
    first = plain(said[0].visible)
    assert "annulation" in first and "/mesevenements" in first, first


async def test_a_teens_answer_that_waited_is_followed_by_the_cancellation_on_discord(
        db_path: Path) -> None:
    """Bob (private messages closed) booked with the card's button, then asked « c'est
    combien ? » under it: the answer waits. The evening is cancelled; the message telling him
    is refused and dropped. He opens his private messages: the price, as if it were on. The
    cancellation follows it."""
    async with FakeDiscord(members=DC_MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            card = await dc.announce(event_id)
            fake.dm_closed.add(BOB)
            await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=BOB)
            await _replied(dc, BOB, "c'est combien ?", int(card["id"]))
            await dc.command("cancelevent", {"event": event_id, "text": "pluie confirmer"},
                             user=DC_ORGA)
            await dc.settle()
            fake.dm_closed.discard(BOB)
            before = len(_said_to(dc, BOB))
            await fake.say_in_dm(BOB, "merci")
            # « merci » is thanks (since session 11 the relay's « Bien reçu » once the
            # cancellation was meant for him, the FAQ's « Avec plaisir » before); then both.
            await fake.wait_until(lambda: any("annulé" in s
                                              for s in _said_to(dc, BOB)[before:]))
            await dc.settle()
            later = "\n".join(_said_to(dc, BOB)[before:])
        finally:
            await shutdown(dc)
    assert "Vous m'avez demandé : « c'est combien ? »" in later, later
    assert "annulé" in later.split("c'est combien")[-1], later


async def test_a_reminder_refused_at_each_retry_waits_once_behind_the_answer(
        tg: Harness) -> None:
    """Nina's booking waits for her private chat; the evening's reminder is refused too,
    and tried again every few minutes. Opening the chat, she reads her answer and the
    reminder once: not five copies of it pushing her answer out of the five kept."""
    event_id = await new_event(tg, "Atelier photo | 2026-11-26 12:00 | 5")
    await tg.say(ORGA, f"/announce {event_id}")
    tg.fake.not_started.add(NINA["id"])
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
    scheduler = Scheduler(tg.core)
    for _ in range(8):
        tg.clock.advance(minutes=20)
        await scheduler.tick(tg.clock.current)
        await tg.settle()
    said = "\n".join(await open_private_chat(tg, NINA, "/start"))
    assert "C'est noté" in said and "Zoé, Tom" in said, said
    assert said.count("Rappel") == 1, said
