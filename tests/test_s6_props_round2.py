"""Session 6, round 2 (props): an old invitation link, a link cut short, an organiser who
@-mentions a member in /retirer on Discord, « peut-être » with guests, and an English
/mydata naming a demo event whose cancellation is being asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import ALICE, BOB, ORGA, running

from recording import Bot, new_event, plain

# -- /start event_N of an event under way, in English; a link cut short ------------------------


async def test_an_old_link_in_english_says_the_event_is_over(bot: Bot) -> None:
    """Tom (English phone) tapped last month's link: he read « 3 left » and « Going »."""
    event_id = await new_event(bot)
    bot.clock.advance(days=30)
    replies = await bot.replies(f"/start event_{event_id}", user="tom", locale="en")
    text = plain("\n".join(r.text for r in replies))
    assert not any(r.card or r.buttons for r in replies), replies
    assert f"Event #{event_id} \"Soirée jeux\" is over" in text, text
    assert "Welcome Tom" in text and "/events" in text, text


async def test_a_link_to_an_evening_under_way_says_answers_are_closed(bot: Bot) -> None:
    """Half an hour after the start, the card offered seats that a tap then refused."""
    event_id = await new_event(bot)  # Saturday 5 December, 20:00 Paris
    event = await bot.core.storage.events.get(event_id)
    assert event is not None
    bot.clock.current = event.starts_at.replace(minute=30)
    replies = await bot.replies(f"/start event_{event_id}", user="ana")
    text = plain("\n".join(r.text for r in replies))
    assert not any(r.card or r.buttons for r in replies), replies
    assert "a déjà commencé : les réponses sont fermées" in text, text
    assert "Bienvenue Ana" in text, text


@pytest.mark.parametrize("payload", ["eve", "evnt_12", "foo"])
async def test_a_link_cut_short_before_the_number_says_so_too(bot: Bot, payload: str) -> None:
    """« ?start=event_ab » said the link was incomplete; « ?start=eve » (cut earlier) only
    greeted, and the parent waited for the event she had tapped."""
    text = plain(await bot.say(f"/start {payload}", user="ana"))
    assert "lien d'invitation est incomplet" in text and "Bienvenue Ana" in text, text


@pytest.mark.parametrize("payload", ["", "start", "START"])
async def test_the_plain_start_links_only_greet(bot: Bot, payload: str) -> None:
    text = plain(await bot.say(f"/start {payload}".strip(), user="ana"))
    assert text.startswith("Bienvenue Ana") and "lien" not in text, text


# -- /mydata in English: a cancellation being asked -------------------------------------------


async def test_mydata_names_a_demo_event_being_cancelled_in_english(demo: Bot) -> None:
    """An English-speaking organiser previewed a cancellation of the demo games night: their
    /mydata read « Cancellation asked…: #1 "Soirée jeux de société" »."""
    await demo.say("/language en")
    preview = await demo.say("/cancelevent 1 snow")
    assert "Board-game night" in preview, preview
    shown = plain(await demo.say("/mydata"))
    line = next(x for x in shown.splitlines() if "Cancellation asked" in x)
    assert '#1 "[Demo] Board-game night", reason "snow"' in line, line  # [Demo] since s11


# -- /retirer with an @-mention on Discord ------------------------------------------------------


async def test_an_organiser_can_remove_the_member_they_mention(db_path: Path) -> None:
    """Camille typed @Alice in /retirer's « who » option; Discord sent « <@1001> » and the
    bot said nobody of that name had answered."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 3)
        await dc.command("rsvp", {"event": event_id, "answer": "going"}, user=ALICE)
        await dc.command("rsvp", {"event": event_id, "answer": "going"}, user=BOB)
        said = plain((await dc.command("removeattendee", {"event": event_id,
                                                          "who": f"<@{ALICE}>"},
                                       user=ORGA)).text)
        assert "Alice" in said and "personne" not in said.lower(), said
        people = await dc.core.storage.rsvps.attendees(event_id)  # Bob's name may differ:
        assert sorted((p.display_name == "Alice", p.state) for p in people) == [
            (False, "going"), (True, "no")], people  # test_s5_dc_discord renames him


async def test_a_mentioned_member_who_never_answered_is_named_as_such(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 3)
        await dc.command("rsvp", {"event": event_id, "answer": "going"}, user=BOB)
        said = plain((await dc.command("removeattendee", {"event": event_id,
                                                          "who": f"<@!{ALICE}>"},
                                       user=ORGA)).text)
        assert f"<@!{ALICE}>" not in said and "<@" not in said, said
        assert "membre mentionné" in said, said
        assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 1


# -- « peut-être » with guests -------------------------------------------------------------------


async def test_maybe_with_guests_says_the_guests_are_not_counted(bot: Bot) -> None:
    """« /participer 12 peut-être +2 » read « C'est noté : peut-être », and the two guests
    were silently dropped: the parent thought three seats were pencilled in."""
    event_id = await new_event(bot)
    said = plain(await bot.say(f"/participer {event_id} peut-être +2", user="ana"))
    assert "peut-être" in said, said
    assert "2 invité·e·s ne sont pas compté·e·s" in said, said
    assert f"/participer {event_id} oui +2" in said, said
    said = plain(await bot.say(f"/rsvp {event_id} maybe +1", user="tom", locale="en"))
    assert "1 guest is not counted" in said and f"/rsvp {event_id} yes +1" in said, said
    said = plain(await bot.say(f"/participer {event_id} peut-être", user="lea"))
    assert "invité" not in said, said


async def test_maybe_with_guests_on_discord_names_the_going_choice(db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 5)
        said = plain((await dc.command("rsvp", {"event": event_id, "answer": "maybe",
                                                "guests": 2}, user=ALICE)).text)
        assert "2 invité·e·s ne sont pas compté·e·s" in said, said
        assert "reponse:Je viens" in said and "invites:2" in said, said
