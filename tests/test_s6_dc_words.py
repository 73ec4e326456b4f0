"""Session 6: children whose first name is also a word for someone (« Ami », « Papa », a
Senegalese first name, « Amie »). « Tom, Ami » counted Ami as a friend: two guests, but
only Tom noted for the door. Written with a capital, standing alone between names or with
an age, it is a first name; « mon ami », « avec papa », « oui Papa » alone stay a guest."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import ALICE, running

from commands.rsvp import parsers
from recording import Bot, new_event, plain

# (typed, children noted, guests counted)
NAMES = [
    ("Tom, Ami", ("Tom", "Ami"), 2),
    ("Ami et Tom", ("Ami", "Tom"), 2),
    ("Léa, Papa (6-8)", ("Léa", "Papa"), 2),
    ("Ami (8)", ("Ami",), 1),
    ("Amie 10 ans", ("Amie",), 1),
    ("mes 2 enfants Tom et Ami", ("Tom", "Ami"), 2),  # was 3 guests: Ami counted twice
]
# Someone named by who they are: still a guest, never a child's name.
PEOPLE = [
    ("Papa", 1), ("papa", 1), ("avec Papa", 1), ("mon ami", 1), ("Tom et papa", 2),
    ("Papa, Maman", 2), ("Tom, mon ami", 2), ("un ami", 1), ("Tom, Ami Dupont", 2),
]


def test_a_first_name_that_is_also_a_word_is_noted_not_a_relative() -> None:
    for typed, names, guests in NAMES:
        party = parsers.party(typed)
        assert tuple(c.first_name for c in party.children) == names, typed
        assert party.guests == guests and not party.unsure, (typed, party)
    for typed, guests in PEOPLE:
        party = parsers.party(typed)
        assert not {"Papa", "Ami", "Maman"} & {c.first_name for c in party.children}, typed
        assert party.guests == guests, (typed, party)


async def test_typed_the_door_list_shows_both_children(bot: Bot) -> None:
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 20")
    reply = plain(await bot.say(f"/participer {event_id} oui Tom, Ami", user="lea"))
    assert "Tom, Ami" in reply and "pour 3 places" in reply, reply


async def test_on_discord_the_children_option_notes_them(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        answer = plain((await dc.command("rsvp", {"event": event_id,
                                                  "children": "Zoé, Ami (8)"},
                                         user=ALICE)).text)
        assert "Zoé, Ami (8)" in answer, answer
        assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 3
