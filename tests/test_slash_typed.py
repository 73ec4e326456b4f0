"""Discord: a teenager who types « /participer 12 oui +2 » as /aide shows it puts the whole
line in the command's first option (Discord moves the cursor there after the name). It was
refused (« « 12 oui +2 » n'est pas un numéro d'événement »); read as the typed line it is."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import ALICE, BOB, ORGA, running

from recording import plain


async def test_a_whole_answer_typed_in_the_event_option_is_read_as_typed(
        db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        answer = await dc.command("rsvp", {"event": f"{event_id} oui +2"}, user=ALICE)
        assert "n'est pas un numéro" not in answer.text, answer.text
        counts = await dc.core.storage.rsvps.counts(event_id)
        assert counts.going_seats == 3
        named = await dc.command("rsvp", {"event": f"{event_id} oui Tom, Zoé"}, user=BOB)
        assert "Tom, Zoé" in plain(named.text) and named.ephemeral
        assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 6


async def test_title_words_and_an_answer_in_one_option(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 5)
        await dc.command("rsvp", {"event": "ciné peut-être"}, user=ALICE)
        counts = await dc.core.storage.rsvps.counts(event_id)
        assert (counts.going_people, counts.maybe) == (0, 1)


async def test_an_event_typed_with_bars_in_the_title_option(db_path: Path) -> None:
    async with running(db_path) as dc:
        answer = await dc.command("newevent", {"title": "Soirée jeux | samedi 20h | 12"},
                                  user=ORGA)
        [event] = await dc.core.storage.events.upcoming(dc.clock(), 10)
        assert (event.title, event.capacity) == ("Soirée jeux", 12), answer.text


async def test_options_filled_one_by_one_are_read_as_given(db_path: Path) -> None:
    """Only the lone first option is ever re-read: a title with spaces and its date in their
    own options stay as they are."""
    async with running(db_path) as dc:
        await dc.command("newevent", {"title": "Atelier photo argentique",
                                      "when": "samedi 14h", "capacity": 6}, user=ORGA)
        [event] = await dc.core.storage.events.upcoming(dc.clock(), 10)
        assert (event.title, event.capacity) == ("Atelier photo argentique", 6)
