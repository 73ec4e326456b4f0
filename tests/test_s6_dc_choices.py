"""Session 6, Discord: refusals about answers named words nobody on Discord types. The
slash command's answer reads « Je viens », « Peut-être », « Je ne viens pas », and the
card's buttons the same; a refusal said « vont avec « oui » : /participer 3 oui Tom, Zoé »
or « répondez « peut-être » ou « non » », a typed line Discord's form cannot take. On
Discord (slash commands and buttons) the refusal now names the choice as shown and gives
the slash command with its options; a line typed in a private chat keeps the typed form."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import ALICE, BOB, MANON, ORGA, running

from recording import plain


async def test_names_with_maybe_say_the_choice_going_as_discord_shows_it(
        db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        french = plain((await dc.command("rsvp", {"event": event_id, "answer": "maybe",
                                                  "children": "Tom"}, user=ALICE)).text)
        english = plain((await dc.command("rsvp", {"event": event_id, "answer": "no",
                                                   "children": "Tom"}, user=BOB,
                                          locale="en-GB")).text)
        # Typed in a private chat, the line to type stays a typed line.
        await dc.fake.say_in_dm(BOB, f"/participer {event_id} peut-être Tom")
        await dc.fake.wait_until(lambda: any(
            dc.fake.dm_channels.get(int(m["channel_id"])) == BOB
            for m in dc.fake.messages.values()))
        await dc.settle()
        [typed] = [m["content"] for m in dc.fake.messages.values()
                   if dc.fake.dm_channels.get(int(m["channel_id"])) == BOB]
    # Bob's Discord is in English (his slash commands say so): so is his private chat.
    assert f"/rsvp {event_id} yes Tom, Zoe" in plain(typed), typed
    assert "« Je viens »" in french and "« oui »" not in french, french
    assert f"/participer numero:{event_id} reponse:Je viens enfants:Tom, Zoé" in french, french
    assert '"Going"' in english and '"yes"' not in english, english
    assert f"/rsvp number:{event_id} answer:Going children:Tom, Zoe" in english, english


async def test_closed_sign_ups_name_the_buttons_left(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        card = await dc.announce(event_id)
        dc.fake.old_messages.add(int(card["id"]))  # its edit refused (30046): still « Je viens »
        await dc.command("closesignups", {"event": event_id}, user=ORGA)
        pressed = plain((await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going",
                                        user=ALICE)).text)
        typed = plain((await dc.command("rsvp", {"event": event_id}, user=BOB)).text)
    for text in (pressed, typed):
        assert "« Je ne viens pas »" in text and "« non »" not in text, text


async def test_counts_and_questions_give_the_options_to_fill(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        differ = plain((await dc.command("rsvp", {"event": event_id, "guests": 1,
                                                  "children": "mes 2 enfants"},
                                         user=ALICE)).text)
        asked = plain((await dc.command("rsvp", {"event": event_id,
                                                 "children": "avec mes enfants"},
                                        user=MANON)).text)
        counts = await dc.core.storage.rsvps.counts(event_id)
    assert counts.going_seats == 0  # nothing booked on a guess
    assert f"/participer numero:{event_id} invites:2" in differ, differ
    assert " oui +" not in differ and " oui +" not in asked, (differ, asked)
    assert f"/participer numero:{event_id} invites:2" in asked, asked
    assert f"/participer numero:{event_id} enfants:Tom, Zoé" in asked, asked


async def test_guests_typed_in_the_children_option_are_the_guests(db_path: Path) -> None:
    """A teenager puts « +2 » in the « enfants » option (the one that takes text): the bot
    asked « « 2 » : combien de personnes viennent avec vous ? » and booked nothing."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        plus = plain((await dc.command("rsvp", {"event": event_id, "children": "+2"},
                                       user=ALICE)).text)
        named = plain((await dc.command("rsvp", {"event": event_id,
                                                 "children": "+2 Tom, Zoé"},
                                        user=BOB)).text)
        adults = plain((await dc.command("rsvp", {"event": event_id,
                                                  "children": "2 adultes"},
                                         user=MANON)).text)
        counts = await dc.core.storage.rsvps.counts(event_id)
    assert "pour 3 places" in plus, plus
    assert "pour 3 places" in named and "Tom, Zoé" in named, named
    assert "en vous comptant" in adults, adults  # still asked: with you, or besides you?
    assert counts.going_seats == 6
