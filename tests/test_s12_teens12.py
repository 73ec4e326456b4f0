"""Session 12 (teens12): teenagers on Discord, through the real discord.py adapter against the
fake on 127.0.0.1. The probes (162 steps: slash commands /aide lists with and without
options, autocomplete typed rather than picked, buttons pressed twice and spammed, stale
cards, threads, closed DMs, an organiser whose role was removed, the answer form sent
twice, private messages in slang) were written before reading the adapter; teens12's
report has them and the counts. What confused a teenager and could be mended in the
adapter is pinned here as it now works."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, BOB, ORGA, Harness, running

from recording import plain

TEEN = BOB  # « Bob », 14


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[Harness]:
    async with running(db_path) as harness:
        yield harness


def _dms(dc: Harness, user: int) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user]


def _ids(message: dict[str, Any]) -> list[str]:
    return [c.get("custom_id", "") for row in message["components"] for c in row["components"]]


async def _event(dc: Harness, title: str, when: str, capacity: int = 5,
                 kind: str = "games") -> int:
    answer = await dc.command("newevent", {"title": title, "when": when,
                                           "capacity": capacity, "kind": kind}, user=ORGA)
    assert "#" in answer.text, answer.text
    return max(e.id for e in await dc.core.storage.events.upcoming(dc.clock(), 100))


async def _two(dc: Harness) -> tuple[int, int]:
    """« Soirée jeux » on Friday 27 and « Ciné-club » on Saturday 28 November (today is
    Wednesday 25)."""
    games = await _event(dc, "Soirée jeux", "vendredi 19h30")
    films = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    return games, films


async def _offered(dc: Harness, typed: str, locale: str = "fr") -> list[str]:
    """What Discord's autocomplete lists under /participer's « numero » as `typed` is typed."""
    payload = dc.fake.slash("rsvp", {"event": typed}, user=TEEN, focused="event",
                            locale=locale)
    answer = await dc.run(payload)
    bodies = [c.json.get("data") or {} for c in answer.calls if c.json and "/callback" in c.path]
    return [choice["name"] for body in bodies for choice in body.get("choices", [])]


# -- autocomplete: a day or a number typed the way teens type them (seen failing) ---------


@pytest.mark.parametrize(("typed", "offered", "not_offered"), [
    ("n°2", "Ciné-club", "Soirée jeux"),        # was: nothing to pick
    ("num 1", "Soirée jeux", "Ciné-club"),      # was: nothing to pick
    ("27/11", "Soirée jeux", "Ciné-club"),      # was: nothing to pick
    ("le 28/11", "Ciné-club", "Soirée jeux"),   # was: nothing to pick
    ("ce we", "Ciné-club", "Soirée jeux"),      # was: nothing to pick
    ("ce week-end", "Ciné-club", "Soirée jeux"),  # was: nothing to pick
    ("this weekend", "Ciné-club", "Soirée jeux"),  # was: nothing to pick
])
async def test_a_number_or_a_day_typed_in_the_number_box_offers_that_event(
        dc: Harness, typed: str, offered: str, not_offered: str) -> None:
    await _two(dc)
    names = await _offered(dc, typed)
    assert any(offered in n for n in names), names
    assert not any(not_offered in n for n in names), names


@pytest.mark.parametrize("typed", ["demain", "demain soir", "tomorrow"])
async def test_tomorrow_with_nothing_tomorrow_offers_no_other_day(dc: Harness,
                                                                  typed: str) -> None:
    """Today is Wednesday: « demain » offered Friday's AND Saturday's events (« novembre »
    matched both), as if either were tomorrow. Nothing is on Thursday: nothing to pick."""
    await _two(dc)
    assert await _offered(dc, typed) == []


async def test_tomorrow_offers_tomorrows_event_only(dc: Harness) -> None:
    await _two(dc)
    await _event(dc, "Atelier photo", "jeudi 14h", kind="workshop")
    names = await _offered(dc, "demain")
    assert len(names) == 1 and "Atelier photo" in names[0], names


# -- the answer form sent twice (seen failing: the teen got the same answer twice) --------


async def test_the_answer_form_sent_twice_reaches_the_teen_once(dc: Harness) -> None:
    """Bob answers the team's message; the organiser taps « ↩️ Répondre à Bob », writes
    « Oui pas de souci » and taps Envoyer twice on a slow phone. Was: Bob received the
    same answer twice, the organiser read « Bob reçoit les deux ». Now one answer; the
    second tap is told, privately, that nothing was sent again."""
    games = await _event(dc, "Soirée jeux", "vendredi 19h30")
    await dc.command("rsvp", {"event": games, "answer": "going"}, user=TEEN)
    await dc.command("message", {"event": games, "text": "Ramenez vos jeux !"}, user=ORGA)
    await dc.fake.wait_until(lambda: any("Ramenez" in m["content"] for m in _dms(dc, TEEN)))
    notice = next(m for m in _dms(dc, TEEN) if "Ramenez" in m["content"])
    await dc.fake.say_in_dm(TEEN, "on peut venir a 20h ?", reply_to=int(notice["id"]))
    await dc.fake.wait_until(lambda: any("Question de Bob" in plain(m["content"])
                                         for m in _dms(dc, ORGA)))
    await dc.settle()
    asked = next(m for m in _dms(dc, ORGA) if "Question de Bob" in plain(m["content"]))
    [tap] = [i for i in _ids(asked) if i.startswith("v1:ask:")]
    await dc.press(int(asked["id"]), tap, user=ORGA)
    form = dc.fake.modals[-1]["custom_id"]
    first, second = await asyncio.gather(*(
        dc.run(dc.fake.submit(form, {"answer": "Oui pas de souci"}, user=ORGA, dm=True))
        for _ in range(2)))
    await dc.settle()
    got = [m for m in _dms(dc, TEEN) if "Oui pas de souci" in m["content"]]
    assert len(got) == 1, [m["content"] for m in got]
    said = sorted([plain(first.text), plain(second.text)])
    assert any(s.startswith("✅ Réponse envoyée à Bob") for s in said), said
    assert any("déjà" in s and "rien n'a été renvoyé" in s for s in said), said
    assert not any("reçoit les deux" in s for s in said), said
    assert all(first.ephemeral) and all(second.ephemeral)


async def test_a_second_answer_with_other_words_still_goes(dc: Harness) -> None:
    """What stays: a form sent again with other words is a second answer (the core's rule:
    sent, and the organiser told Bob gets both)."""
    games = await _event(dc, "Soirée jeux", "vendredi 19h30")
    await dc.command("rsvp", {"event": games, "answer": "going"}, user=TEEN)
    await dc.command("message", {"event": games, "text": "Ramenez vos jeux !"}, user=ORGA)
    await dc.fake.wait_until(lambda: any("Ramenez" in m["content"] for m in _dms(dc, TEEN)))
    notice = next(m for m in _dms(dc, TEEN) if "Ramenez" in m["content"])
    await dc.fake.say_in_dm(TEEN, "on peut venir a 20h ?", reply_to=int(notice["id"]))
    await dc.fake.wait_until(lambda: any("Question de Bob" in plain(m["content"])
                                         for m in _dms(dc, ORGA)))
    await dc.settle()
    asked = next(m for m in _dms(dc, ORGA) if "Question de Bob" in plain(m["content"]))
    [tap] = [i for i in _ids(asked) if i.startswith("v1:ask:")]
    await dc.press(int(asked["id"]), tap, user=ORGA)
    form = dc.fake.modals[-1]["custom_id"]
    await dc.run(dc.fake.submit(form, {"answer": "Oui"}, user=ORGA, dm=True))
    again = await dc.run(dc.fake.submit(form, {"answer": "Oui, et à 20h30 aussi"},
                                        user=ORGA, dm=True))
    await dc.settle()
    assert "reçoit les deux" in plain(again.text), again.text
    assert any("20h30 aussi" in m["content"] for m in _dms(dc, TEEN))
    assert ALICE not in dc.fake.dm_channels.values()  # nobody else was written to


# -- an emoji typed under the channel's card (seen failing: no answer at all) ------------


@pytest.mark.parametrize("typed", ["✅", "👍🏽", "✅✅"])
async def test_an_answer_emoji_typed_under_the_card_is_pointed_to_the_buttons(
        dc: Harness, typed: str) -> None:
    """Bob replies « ✅ » under the card in #annonces (Discord's « Répondre »), as his
    mates do on other servers. Was: nothing at all, nothing booked: did it count? Now told
    privately that an emoji is no answer and which buttons are, nothing booked, nothing in
    the channel; said once for that card (the second ✅ is not told again)."""
    event = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    card = await dc.announce(event)
    channel = len(dc.fake.messages)
    await dc.fake.say_in_channel(TEEN, typed, reply_to=int(card["id"]))
    await dc.fake.wait_until(lambda: bool(_dms(dc, TEEN)))
    await dc.fake.say_in_channel(TEEN, typed, reply_to=int(card["id"]))
    # A worded reply after it: once answered, the second emoji has been read too.
    await dc.fake.say_in_channel(TEEN, "c ou ?", reply_to=int(card["id"]))
    await dc.fake.wait_until(lambda: any("Rochebelle" in m["content"] for m in _dms(dc, TEEN)))
    await dc.settle()
    told = [plain(m["content"]) for m in _dms(dc, TEEN) if "Rochebelle" not in m["content"]]
    assert len(told) == 1, told
    assert "ne compte pas comme réponse" in told[0] and "✅ Je viens" in told[0], told
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 0
    assert [m for m in list(dc.fake.messages.values())[channel:]
            if not dc.fake.dm_channels.get(int(m["channel_id"]))] == []  # nothing in public


async def test_a_heart_under_the_card_stays_a_reaction(dc: Harness) -> None:
    """What stays: ❤️ or 😂 typed under the card is no answer-like emoji: left alone."""
    event = await _event(dc, "Ciné-club", "samedi 20h", 3, "screening")
    card = await dc.announce(event)
    await dc.fake.say_in_channel(TEEN, "❤️😂", reply_to=int(card["id"]))
    await dc.fake.say_in_channel(TEEN, "c ou ?", reply_to=int(card["id"]))
    await dc.fake.wait_until(lambda: bool(_dms(dc, TEEN)))
    await dc.settle()
    assert [plain(m["content"]) for m in _dms(dc, TEEN) if "Rochebelle" not in m["content"]
            ] == []


# -- what confused a teen, outside the adapter (strict xfail on a proposal) ---------------


@pytest.mark.parametrize("typed", ["jpeux venir sans mes parents ?",
                                   "je peux venir sans mes darons ?",
                                   "on peut venir sans adulte ?"])
async def test_coming_without_ones_parents_is_not_answered_who_it_is_for(
        dc: Harness, typed: str) -> None:
    # Was « C'est pour qui ? Pour tout le monde, quel que soit l'âge… » alone: read as
    # « yes », though the article never says whether a minor may come alone. Now with the
    # line « il peut venir seul ? » already gets: not stated here, ask the team first.
    await _event(dc, "Soirée jeux", "vendredi 19h30")
    before = len(_dms(dc, TEEN))
    await dc.fake.say_in_dm(TEEN, typed)
    await dc.fake.wait_until(lambda: len(_dms(dc, TEEN)) > before)
    await dc.settle()
    reply = plain("\n".join(m["content"] for m in _dms(dc, TEEN)[before:]))
    assert "sans adulte : ce n'est pas précisé ici" in reply, reply


async def test_how_many_can_we_come_gets_the_guest_button(dc: Harness) -> None:
    # « on peut venir a combien ? » got « C'est pour qui ? » alone, where « on peut venir a
    # plusieurs ? » gets how to bring people (the card's « ➕ 1 invité·e »).
    await _event(dc, "Soirée jeux", "vendredi 19h30")
    before = len(_dms(dc, TEEN))
    await dc.fake.say_in_dm(TEEN, "on peut venir a combien ?")
    await dc.fake.wait_until(lambda: len(_dms(dc, TEEN)) > before)
    await dc.settle()
    reply = plain("\n".join(m["content"] for m in _dms(dc, TEEN)[before:]))
    assert "➕ 1 invité·e" in reply, reply
