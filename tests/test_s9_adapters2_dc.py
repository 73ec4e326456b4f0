"""Session 9 (adapters2), Discord: a reply written under the bot's card (Discord's
« Répondre », in a channel or privately) is about that card's event, as on Telegram
(`Incoming.event_id`, read from the card's own buttons, so also under a card posted before a
restart); under a message naming several events, or none, it names none. Through the real
discord.py client against the fake."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from test_discord_adapter import ALICE, BOB, MEMBERS, ORGA, Harness, launch, shutdown
from test_s7_dc2 import _said_to

from bot.messages import Incoming, Reply
from fakes.discord_api import FakeDiscord
from recording import NOW, Clock, plain


async def _quiet(dc: Harness) -> None:
    """Everything before is handled: a private « merci » from Alice is answered after it
    (then her private chat is put away)."""
    await dc.fake.say_in_dm(ALICE, "merci")
    await dc.fake.wait_until(lambda: any("plaisir" in s for s in _said_to(dc, ALICE)))
    dc.fake.messages = {k: m for k, m in dc.fake.messages.items()
                        if dc.fake.dm_channels.get(int(m["channel_id"])) != ALICE}
    await dc.settle()


async def _event(dc: Harness, title: str, when: str, capacity: int) -> int:
    answer = await dc.command("newevent", {"title": title, "when": when,
                                           "capacity": capacity, "kind": "screening"},
                              user=ORGA)
    assert "#" in answer.text, answer.text
    events = await dc.core.storage.events.upcoming(dc.clock(), 100)
    return max(e.id for e in events)


async def _two_cards(dc: Harness) -> tuple[int, int, dict[str, Any], dict[str, Any]]:
    """« Soirée jeux » (Friday 27 November 19h30) and « Ciné » (Saturday 5 December 20h),
    both announced in #annonces."""
    games = await _event(dc, "Soirée jeux", "vendredi 19h30", 20)
    film = await _event(dc, "Ciné", "2026-12-05 20:00", 3)
    first = await dc.announce(games)
    second = await dc.announce(film)
    return games, film, first, second


def _private_to(dc: Harness, user: int) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user]


async def _replied(dc: Harness, user: int, text: str, to: dict[str, Any], *,
                   privately: bool = False) -> tuple[str, list[dict[str, Any]]]:
    """`user` answers the bot's message `to` with `text` (Discord's « Répondre », ping on),
    in its channel or in their private chat; what they were told privately, and the
    messages (cards included) that came there."""
    shown = len(_private_to(dc, user))
    if privately:
        await dc.fake.say_in_dm(user, text, reply_to=int(to["id"]))
    else:
        await dc.fake.say_in_channel(user, text, reply_to=int(to["id"]))
    await _quiet(dc)
    came = _private_to(dc, user)[shown:]
    return plain("\n".join(m["content"] for m in came if m["content"])), came


def _events_shown(messages: list[dict[str, Any]]) -> set[str]:
    """The events one can act on in these messages: each button's."""
    return {c["custom_id"].split(":")[2] for m in messages for row in m["components"]
            for c in row["components"]
            if c.get("custom_id", "").split(":")[1:2] in (["rsvp"], ["event"], ["guest"])}


def _spy(dc: Harness) -> list[Incoming]:
    handled: list[Incoming] = []
    handle = dc.core.handle

    async def spy(incoming: Incoming) -> list[Reply]:
        handled.append(incoming)
        return await handle(incoming)

    dc.core.handle = spy  # type: ignore[method-assign]
    return handled


# -- what the adapter hands the core ----------------------------------------------------------


async def test_a_reply_under_a_card_reaches_the_core_about_that_event(db_path: Path) -> None:
    """Bob, 14, answers the Ciné's card in #annonces with « c'est à quelle heure ? », and
    privately « on sera 3 » under the Soirée jeux's card the bot sent him: each reaches the
    core with that card's event (Telegram's rule: read from the card's buttons), also
    after a restart; under the bot's « Avec plaisir » (no event), or a message naming
    several events, none."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            games, film, _, cine = await _two_cards(dc)
            await fake.say_in_dm(BOB, f"/evenement {games}")
            await _quiet(dc)
            [private_card] = [m for m in _private_to(dc, BOB) if m["embeds"]]
            await fake.say_in_dm(BOB, "merci")
            await _quiet(dc)
            thanks = [m for m in _private_to(dc, BOB) if "plaisir" in m["content"]][-1]
            handled = _spy(dc)
            await _replied(dc, BOB, "c'est à quelle heure ?", cine)
            await _replied(dc, BOB, "on sera 3", private_card, privately=True)
            await _replied(dc, BOB, "ok et sinon c'est où ?", thanks, privately=True)
        finally:
            await shutdown(dc)
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            again = _spy(dc)
            await _replied(dc, BOB, "il reste de la place ?", cine)
        finally:
            await shutdown(dc)
    asked = {i.text: i.event_id for i in handled + again if i.user_id == str(BOB)}
    assert asked == {"c'est à quelle heure ?": film, "on sera 3": games,
                     "ok et sinon c'est où ?": None, "il reste de la place ?": film}, asked


# -- what a member reads (the core and the FAQ read `event_id`) ------------------------------


async def test_what_time_under_the_cine_card_in_a_channel_is_the_films_time(
        db_path: Path) -> None:
    """Bob replied « c'est à quelle heure ? » under the Ciné's card in #annonces. He read,
    privately, « Les horaires d'ouverture ne sont pas encore publiés ici »: the Focus's
    opening hours, of no use to know when the film starts. He now reads the Ciné's own
    day and time, with its card."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            _, film, _, cine = await _two_cards(dc)
            said, came = await _replied(dc, BOB, "c'est à quelle heure ?", cine)
        finally:
            await shutdown(dc)
    assert "samedi 5 décembre 2026 à 20h" in said, said
    assert "pas encore publiés" not in said, said
    assert _events_shown(came) == {str(film)}, said


async def test_on_sera_3_under_a_private_card_after_a_restart_gets_that_card(
        db_path: Path) -> None:
    """Bob asked the bot for the Soirée jeux privately on Monday; after a restart he
    answers that card « on sera 3 » (« Répondre »). He got every event listed and
    « /participer <numéro> »; he now gets the Soirée jeux named, one button for the three
    of them right there, and the line to type for it."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            games, _, _, _ = await _two_cards(dc)
            await fake.say_in_dm(BOB, f"/evenement {games}")
            await _quiet(dc)
            [card] = [m for m in _private_to(dc, BOB) if m["embeds"]]
        finally:
            await shutdown(dc)
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            said, came = await _replied(dc, BOB, "on sera 3", card, privately=True)
        finally:
            await shutdown(dc)
    # Since session 10 (relay2): the card's event, and one tap for the three of them.
    assert "« Soirée jeux » (#" in said and "3 places" in said, said
    assert f"/participer {games} oui +2" in said and "<numéro>" not in said, said
    assert f":{games}" in json.dumps([m["components"] for m in came]), came


async def test_participer_oui_replied_under_the_card_in_a_channel_books_that_event(
        db_path: Path) -> None:
    """Bob learnt « /participer » from /aide and used it with « Répondre » under the
    Ciné's card in #annonces: « /participer oui +2 ». He read « Il manque le numéro de
    l'événement »: which number, when he answered the card itself? He is now booked on the
    Ciné for 3 places, told privately."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            _, film, _, cine = await _two_cards(dc)
            said, _ = await _replied(dc, BOB, "/participer oui +2", cine)
            seats = (await dc.core.storage.rsvps.counts(film)).going_seats
        finally:
            await shutdown(dc)
    assert "Il manque le numéro" not in said, said
    assert "« Ciné » (#2) pour 3 places" in said and seats == 3, (said, seats)


# -- what works on Telegram and did not on Discord -------------------------------------------


async def test_a_picture_with_words_is_answered_as_words_only(db_path: Path) -> None:
    """Bob sends the bot a photo of a flyer with « c'est quand ça ? ». The answer (« Je ne
    sais pas répondre à ça… ») read as if the bot had looked at the flyer. As on Telegram,
    it now opens with « je réponds seulement à votre texte »; words alone, no such line."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            shown = len(_private_to(dc, BOB))
            await fake.say_in_dm(BOB, "c'est quand ça ?", picture="flyer.jpg")
            await _quiet(dc)
            with_picture = [m["content"] for m in _private_to(dc, BOB)[shown:]]
            shown = len(_private_to(dc, BOB))
            await fake.say_in_dm(BOB, "c'est quand ça ?")
            await _quiet(dc)
            words = [m["content"] for m in _private_to(dc, BOB)[shown:]]
        finally:
            await shutdown(dc)
    assert "seulement à votre texte" in plain(with_picture[0]), with_picture
    assert not any("seulement à votre texte" in plain(w) for w in words), words


async def test_a_voice_message_answering_a_card_in_a_channel_gets_please_write(
        db_path: Path) -> None:
    """Bob answers the Ciné's card in #annonces with a voice message (« Répondre », then
    the microphone): nothing at all came back, while a parent doing so on Telegram is told
    privately that the bot reads only written messages. Now Bob is told so privately,
    never in the channel."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            _, _, _, cine = await _two_cards(dc)
            before = set(fake.messages)
            shown = len(_private_to(dc, BOB))
            await fake.say_in_channel(BOB, "", reply_to=int(cine["id"]), voice=True)
            await _quiet(dc)
            told = [plain(m["content"]) for m in _private_to(dc, BOB)[shown:]]
            public = [m for k, m in fake.messages.items()
                      if k not in before and fake.dm_channels.get(int(m["channel_id"])) is None]
        finally:
            await shutdown(dc)
    assert any("messages écrits" in t for t in told), told
    assert public == [], public
