"""Session 6, Discord: an English-speaking member answering one of the demo events (stored
in French) read « Done: you are going to "Soirée jeux de société" » while the card above
said "Board-game night". Every answer of the rsvp feature shows the demo title in the
reader's language; a title an organiser typed stays as typed."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import ALICE, BOB, ORGA, Harness, custom_ids, running

from commands.events.demo import seed_demo_events
from fakes.discord_api import CHANNEL_ID
from recording import plain

FRENCH, ENGLISH = "Soirée jeux de société", "Board-game night"


async def _demo(dc: Harness) -> int:
    await seed_demo_events(dc.core.storage, dc.adapter.settings, dc.clock())
    events = await dc.core.storage.events.upcoming(dc.clock(), 10)
    return next(e.id for e in events if e.is_demo and e.kind == "board_games")


async def test_an_english_member_answers_a_demo_event_in_english(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await _demo(dc)
        going = await dc.command("rsvp", {"event": event_id, "guests": 1}, user=BOB,
                                 locale="en-GB")
        maybe = await dc.command("rsvp", {"event": event_id, "answer": "maybe"}, user=ALICE,
                                 locale="en-US")
        french = await dc.command("rsvp", {"event": event_id}, user=ORGA)
        # An organiser's own « Soirée jeux de société » is no demo: shown as typed.
        typed = await dc.new_event(FRENCH, 10)
        own = await dc.command("rsvp", {"event": typed}, user=BOB, locale="en-GB")
    for answer in (going, maybe):
        text = plain(answer.text)
        assert ENGLISH in text and FRENCH not in text, text
    assert FRENCH in plain(french.text), french.text
    assert FRENCH in plain(own.text) and ENGLISH not in own.text, own.text


async def test_the_offer_to_name_children_and_the_attendee_list_too(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await _demo(dc)
        await dc.command("event", {"event": event_id}, user=BOB, locale="en-GB")
        card = dc.cards_in(CHANNEL_ID)[-1]
        await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=BOB,
                       locale="en-GB")
        plus = next(i for i in custom_ids(dc.fake.messages[int(card["id"])])
                    if i.startswith(f"v1:guest:{event_id}:+1"))  # as the card shows it now
        offer = await dc.press(int(card["id"]), plus, user=BOB, locale="en-GB")
        listing = await dc.command("attendees", {"event": event_id}, user=ORGA,
                                   locale="en-GB")
    for answer in (offer, listing):
        text = plain(answer.text)
        assert ENGLISH in text and FRENCH not in text, text
