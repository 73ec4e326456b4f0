"""Session 11 (teens11): a 14-year-old on Discord, through the real discord.py adapter against
the fake on 127.0.0.1: slash commands with odd options, autocomplete typed rather than
picked, the French and English names, private messages in slang, buttons of a card that
changed meanwhile, someone else's card, @mentions, /aide, /mesdonnees and /oubliemoi.

The 119 probes were written before reading the adapter (teens11's report has them and the
counts). What confused a teenager and could be mended in the adapter is pinned here as it
now works; what needs another owner's file is pinned by a strict xfail naming its proposal
(/tmp/team/teens11-proposals.diff) or saying it is a report only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, BOB, MANON, ORGA, Answer, Harness, custom_ids, running

from fakes.discord_api import APP_ID, CHANNEL_ID
from recording import plain

TEEN = BOB  # « Bob », 14


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[Harness]:
    async with running(db_path) as harness:
        yield harness


def _dms(dc: Harness, user: int) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user]


def _texts(messages: list[dict[str, Any]]) -> str:
    return plain("\n".join(m["content"] for m in messages if m["content"]))


async def _event(dc: Harness, title: str, when: str, capacity: int = 5,
                 kind: str = "games") -> tuple[int, dict[str, Any]]:
    answer = await dc.command("newevent", {"title": title, "when": when,
                                           "capacity": capacity, "kind": kind}, user=ORGA)
    assert "#" in answer.text, answer.text
    event = max(e.id for e in await dc.core.storage.events.upcoming(dc.clock(), 100))
    return event, await dc.announce(event)


async def _two(dc: Harness) -> tuple[int, int]:
    """« Soirée jeux » on Friday 27 and « Ciné-club » on Saturday 28 November."""
    games, _ = await _event(dc, "Soirée jeux", "vendredi 19h30")
    films, _ = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    return games, films


async def _offered(dc: Harness, typed: str, user: int = TEEN) -> list[str]:
    """What Discord's autocomplete lists under /participer's « numero » as `typed` is typed."""
    payload = dc.fake.slash("rsvp", {"event": typed}, user=user, focused="event")
    answer = await dc.run(payload)
    bodies = [c.json.get("data") or {} for c in answer.calls if c.json and "/callback" in c.path]
    return [choice["name"] for body in bodies for choice in body.get("choices", [])]


async def _stale_press(dc: Harness, card: dict[str, Any], custom_id: str,
                       user: int) -> Answer:
    """A press of a button the member's screen still shows, though the card was redrawn
    meanwhile without it; everything Discord received in answer (nothing: « Échec de
    l'interaction » on the phone)."""
    payload = dc.fake.press(int(card["id"]), custom_id, user=user)
    iid = await dc.fake.deliver(payload)
    try:
        await dc.fake.wait_until(lambda: bool(dc.fake.callbacks(iid)), within=3.0)
    except TimeoutError:
        pass
    await dc.settle()
    return Answer([c for c in dc.fake.calls if c.path.startswith(f"/interactions/{iid}/")
                   or c.path.startswith(f"/webhooks/{APP_ID}/{payload['token']}")])


# -- autocomplete: what a teen types in « numero » instead of picking (seen failing) -------


@pytest.mark.parametrize(("typed", "offered", "not_offered"), [
    ("vendredi", "Soirée jeux", "Ciné-club"),   # was: nothing to pick
    ("samedi", "Ciné-club", "Soirée jeux"),     # was: nothing to pick
    ("28 nov", "Ciné-club", "Soirée jeux"),     # was: nothing to pick
    ("jeux vendredi", "Soirée jeux", "Ciné-club"),  # was: nothing to pick
    ("jeux", "Soirée jeux", "Ciné-club"),       # as before
    ("2", "Ciné-club", "Soirée jeux"),          # a number: that event, not « 2026 »
])
async def test_the_day_typed_in_the_number_box_offers_that_days_event(
        dc: Harness, typed: str, offered: str, not_offered: str) -> None:
    await _two(dc)
    names = await _offered(dc, typed)
    assert any(offered in n for n in names), names
    assert not any(not_offered in n for n in names), names


@pytest.mark.parametrize(("typed", "offered"), [
    ("la soirée de ce soir", "Soirée jeux"),   # was: nothing to pick
    ("ciné samedi soir", "Ciné-club"),         # was: nothing to pick
    ("le film de samedi", "Ciné-club"),        # was: nothing to pick
])
async def test_a_phrase_in_the_number_box_offers_the_event_it_names_most(
        dc: Harness, typed: str, offered: str) -> None:
    """Was an empty list: Discord then shows that nothing matches and will not send a number
    box holding words; the teen is stuck. The event matching the most words instead."""
    await _two(dc)
    names = await _offered(dc, typed)
    assert len(names) == 1 and offered in names[0], names


async def test_words_matching_nothing_still_offer_nothing(dc: Harness) -> None:
    """« foot »: no such event; the empty list says so (as test_discord_adapter's « zzz »)."""
    await _two(dc)
    assert await _offered(dc, "foot") == []


async def test_autocomplete_in_english_reads_english_days(dc: Harness) -> None:
    await _two(dc)
    payload = dc.fake.slash("rsvp", {"event": "saturday"}, user=TEEN, focused="event",
                            locale="en-US")
    answer = await dc.run(payload)
    names = [ch["name"] for c in answer.calls if c.json and "/callback" in c.path
             for ch in (c.json.get("data") or {}).get("choices", [])]
    assert names and all("Ciné-club" in n for n in names), names


# -- a card's button pressed after the card changed (seen failing) ------------------------


@pytest.mark.parametrize("button", [0, 3], ids=["going", "plus one"])
async def test_a_cancelled_cards_old_button_says_it_is_cancelled(dc: Harness,
                                                                 button: int) -> None:
    """The teen's phone still shows the buttons of « Ciné-club » when the team cancels it
    (the card is redrawn without them). Was: no answer at all, Discord's « Échec de
    l'interaction »: did it work? Now the core's own words, to him only, nothing booked."""
    event, card = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    going = custom_ids(dc.fake.messages[int(card["id"])])[button]
    await dc.command("cancelevent", {"event": event, "text": "neige"}, user=ORGA)
    asked = [m for m in dc.fake.messages.values()
             if f"v1:cancel:{event}:yes" in custom_ids(m)]
    await dc.press(int(asked[-1]["id"]), f"v1:cancel:{event}:yes", user=ORGA)
    assert going not in custom_ids(dc.fake.messages[int(card["id"])])  # redrawn without it
    told = await _stale_press(dc, card, going, TEEN)
    assert "est annulé" in plain(told.text), told.text
    assert told.ephemeral and all(told.ephemeral), told.ephemeral
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 0
    teen = await dc.core.storage.members.find("discord", str(TEEN))
    assert teen is None or await dc.core.storage.rsvps.state_of(event, teen.id) is None


async def test_going_pressed_after_sign_ups_closed_says_they_are_closed(
        dc: Harness) -> None:
    """Same with the sign-ups closed by the team (« ✅ Je viens » taken off the card): was
    no answer at all; now told, privately, and not booked."""
    event, card = await _event(dc, "Soirée jeux", "vendredi 19h30")
    going = f"v1:rsvp:{event}:going"
    await dc.command("closesignups", {"event": event}, user=ORGA)
    assert going not in custom_ids(dc.fake.messages[int(card["id"])])
    told = await _stale_press(dc, card, going, TEEN)
    assert "fermées" in plain(told.text), told.text
    assert told.ephemeral and all(told.ephemeral), told.ephemeral
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 0


async def test_an_organisers_button_not_on_the_card_still_gets_nothing(dc: Harness) -> None:
    """The press above is let through because it is a member's card button; an organiser's
    (« v1:cancel:…:yes ») forged on the same card stays unanswered, as before."""
    event, card = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    told = await _stale_press(dc, card, f"v1:cancel:{event}:yes", TEEN)
    assert told.calls == [], told.calls
    stored = await dc.core.storage.events.get(event)
    assert stored is not None and not stored.cancelled


async def test_another_events_button_forged_on_a_card_gets_nothing(dc: Harness) -> None:
    """Let through only on its own card: « ✅ » of « Ciné-club » forged on the « Soirée
    jeux » card in the channel is not answered, books nothing, and the card stays the
    « Soirée jeux » one (the core takes a pressed message for a copy of the card pressed)."""
    games, card = await _event(dc, "Soirée jeux", "vendredi 19h30")
    films, _ = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    told = await _stale_press(dc, card, f"v1:rsvp:{films}:going", TEEN)
    assert told.calls == [], told.calls
    assert (await dc.core.storage.rsvps.counts(films)).going_seats == 0
    shown = dc.fake.messages[int(card["id"])]["embeds"][0]["title"]
    assert shown.startswith(f"#{games} · Soirée jeux"), shown


# -- what works, pinned (seen passing at 16:18) -------------------------------------------


async def test_someone_elses_card_in_the_channel_books_the_presser_only(dc: Harness) -> None:
    """Alice shows the card with /evenement (public); Bob taps its ✅: Bob is booked, told
    privately, and Alice's answer does not change."""
    event, _ = await _event(dc, "Soirée jeux", "vendredi 19h30")
    await dc.command("event", {"event": event}, user=ALICE)
    shown = [m for m in dc.fake.messages.values() if int(m["channel_id"]) == CHANNEL_ID
             and f"v1:rsvp:{event}:going" in custom_ids(m)]
    told = await dc.press(int(shown[-1]["id"]), f"v1:rsvp:{event}:going", user=TEEN)
    assert plain(told.text).startswith("Inscrit·e : 1 place"), told.text
    assert all(told.ephemeral), told.ephemeral
    alice = await dc.core.storage.members.find("discord", str(ALICE))
    assert alice is None or await dc.core.storage.rsvps.state_of(event, alice.id) is None


@pytest.mark.parametrize(("typed", "said"), [
    ("/participer 1 oui", "vous êtes inscrit·e à « Soirée jeux »"),
    ("what's on this week", "Soirée jeux"),
    ("jsuis inscrit ?", "inscrit·e à aucun événement à venir"),
    ("efface mes données", "/oubliemoi"),
])
async def test_a_teen_in_private_is_answered_as_meant(dc: Harness, typed: str,
                                                      said: str) -> None:
    await _event(dc, "Soirée jeux", "vendredi 19h30")
    before = len(_dms(dc, TEEN))
    await dc.fake.say_in_dm(TEEN, typed)
    await dc.fake.wait_until(lambda: len(_dms(dc, TEEN)) > before)
    await dc.settle()
    reply = _texts(_dms(dc, TEEN)[before:])
    assert said in reply, reply


# -- what confused a teen, outside the adapter (strict xfail) -----------------------------


async def test_a_number_in_the_answer_option_is_pointed_to_the_guests_option(
        dc: Harness) -> None:
    # « /participer numero:2 reponse:2 » got « « 2 » : indiquez le nombre d'accompagnant·e·s
    # entre +0 et +9. »: 2 is between 0 and 9; which option, he cannot guess. The line
    # « chaud +1 » gets there already says it (error.answer_with_company).
    event, _ = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    said = plain((await dc.command("rsvp", {"event": event, "answer": "2"}, user=TEEN)).text)
    assert "entre +0 et +9" not in said, said
    assert "seulement la réponse" in said and "leur nombre dans « invités »" in said, said
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 0  # nothing guessed


async def test_sign_me_up_for_number_one_is_not_the_association_page(dc: Harness) -> None:
    # « inscris moi au 1 » got « Comment s'inscrire ou adhérer ? Pour vous inscrire, adhérer
    # à l'association MeltingPhot… https://meltingphot.com/ » (« jviens au 1 » is understood).
    await _event(dc, "Soirée jeux", "vendredi 19h30")
    before = len(_dms(dc, TEEN))
    await dc.fake.say_in_dm(TEEN, "inscris moi au 1")
    await dc.fake.wait_until(lambda: len(_dms(dc, TEEN)) > before)
    await dc.settle()
    reply = _texts(_dms(dc, TEEN)[before:])
    assert "adhérer" not in reply, reply
    assert "/participer 1 oui" in reply, reply  # as « jviens au 1 »: the card follows


async def test_what_time_on_friday_gets_fridays_event(dc: Harness) -> None:
    # Was « Quels sont les horaires d'ouverture ? Les horaires d'ouverture ne sont pas encore
    # publiés ici… »: the Friday event's 19h30 is right there.
    await _event(dc, "Soirée jeux", "vendredi 19h30")
    before = len(_dms(dc, MANON))
    await dc.fake.say_in_dm(MANON, "c a quelle heure vendredi")
    await dc.fake.wait_until(lambda: len(_dms(dc, MANON)) > before)
    await dc.settle()
    reply = _texts(_dms(dc, MANON)[before:])
    assert "19h30" in reply, reply
