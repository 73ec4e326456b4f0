"""Session 10, relay2: what people type in a private chat right after the bot told them
something. The probes were written before reading the code that reads them
(/tmp/relay2/probes.md): under the bot's own confirmation « C'est noté : vous êtes inscrit·e
à « Soirée jeux » (#1) … » (K, typed next: that confirmation has no button, so Telegram's
« Répondre » under it carries no event either), under the team's /message (M, with
« Répondre » and typed next), and a slash alone or followed by a space (S: in
tests/test_s10_relay2.py). Before (this file's measure): 3/32 under the confirmation (only
the thanks; six confident wrong topics: « c'est à quelle heure ? » got the opening hours,
« c'est où ? » the Focus's general address, « et mon fils aussi » « C'est pour qui ? »…),
3/6 and 3/6 under the team's message; after: 32/32, 6/6, 6/6."""

from __future__ import annotations

import pytest

import commands.relay.handlers as relay
from bot.messages import Incoming, Reply
from recording import Bot, new_event, plain, text_of

PLACE = "Le Focus, 12 rue Michelet"
NO, MAYBE, SEATS, HELD, CARD, THANKS, RELAY, ASK = (
    "no", "maybe", "seats", "held", "card", "thanks", "relay", "ask")
# (typed, kind, detail): SEATS' detail is the seats offered, CARD's the words the answer holds
UNDER_CONFIRMATION = [
    ("non finalement", NO, ""),
    ("+1", SEATS, "2"),
    ("on sera 3 en fait", SEATS, "3"),
    ("jsp", MAYBE, ""),
    ("ah mince c'est à quelle heure ?", CARD, "20h"),
    ("finalement on viendra pas", NO, ""),
    ("en fait on sera 2", SEATS, "2"),
    ("oui", HELD, ""),
    ("merci", THANKS, ""),
    ("ok super", THANKS, ""),
    ("et mon fils aussi", ASK, ""),
    ("annule", NO, ""),
    ("c'est où ?", CARD, PLACE),
    ("c'est combien ?", CARD, "Gratuit"),
    ("on peut venir avec le petit frère ?", RELAY, ""),
    ("peut-être finalement", MAYBE, ""),
    ("sorry can't come anymore", NO, ""),
    ("actually we'll be 3", SEATS, "3"),
    ("+2", SEATS, "3"),
    ("on sera 4 avec les enfants", SEATS, "4"),
    ("👍", THANKS, ""),
    ("nan", NO, ""),
    ("c quand deja", CARD, "20h"),
    ("what time again?", CARD, "20h"),
    ("chaud", HELD, ""),
    ("tkt jserai la", HELD, ""),
    ("jpeux plus dsl", NO, ""),
    ("jviens pas finalement", NO, ""),
    ("ptet", MAYBE, ""),
    ("never mind, not coming", NO, ""),
    ("we'll be 2", SEATS, "2"),
    ("ma fille viendra avec sa copine", ASK, ""),
]
# Written once the code was done: 10/12 at their first run; « à quelle heure ça finit ? »
# got the start time from the card (a confident wrong answer): passed on since. « finalement
# c'est non » gets the FAQ's honest « je ne sais pas ».
HELD_OUT = [
    ("ah zut on pourra pas venir en fait", NO, ""),
    ("on sera 2 du coup", SEATS, "2"),
    ("+ 1", SEATS, "2"),
    ("moi et ma soeur", SEATS, "2"),
    ("ouais", HELD, ""),
    ("je sais pas encore", MAYBE, ""),
    ("sorry we can't come after all", NO, ""),
    ("et mon mari aussi", ASK, ""),
    ("à quelle heure ça finit ?", RELAY, ""),
    ("c'est où déjà ?", CARD, PLACE),
    ("merci beaucoup !", THANKS, ""),
    ("finalement c'est non", NO, ""),
]
UNDER_MESSAGE = [
    ("Super, merci beaucoup pour l'organisation !", THANKS, ""),
    ("Léo est malade on annule", NO, ""),
    ("Tom a de la fièvre on viendra pas ce soir", NO, ""),
    ("merci à vous pour tout ce que vous faites", THANKS, ""),
    ("merci c'est top 😍", THANKS, ""),
    ("on annule pour ce soir, désolée", NO, ""),
]


def _said(replies: list[Reply]) -> str:
    return plain("\n".join(text_of(r) for r in replies))


async def _evening(bot: Bot) -> tuple[int, int]:
    """Tonight's board-game night (#1, Léa going) and Saturday's film (#2, Léa going too: a
    list of her events would offer both)."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    other = await new_event(bot, "Ciné | 2026-11-28 20:00 | 10 | cine")
    await bot.say(f"/modifier {event} lieu {PLACE}")
    # Léa chose French: the probes measure what is understood, and the words expected are
    # French (written in English, a message is otherwise answered in English: session 11).
    await bot.say("/langue fr", user="lea")
    await bot.say(f"/participer {other} oui", user="lea")
    return event, other


async def _seats(bot: Bot, event: int) -> str:
    """What Léa holds, read from the database (a command typed here would be something else
    the bot said since the confirmation)."""
    member = await bot.core.storage.members.find("test", "lea")
    assert member is not None
    held = await bot.core.storage.rsvps.of_member(member.id, bot.clock())
    return repr(sorted((r.event.id, r.state, r.seats) for r in held))


async def _judge(bot: Bot, event: int, other: int, replies: list[Reply], kind: str,
                 detail: str, told: int, held: str) -> bool:
    said = _said(replies)
    actions = [b.action for r in replies for b in r.buttons]
    relayed = len(bot.platform.private_texts("orga")) > told
    unchanged = await _seats(bot, event) == held
    if kind == RELAY:
        return "Question transmise" in said and relayed
    if relayed or "Je ne sais pas" in said or "Question transmise" in said:
        return False
    mine = [a for a in actions if a.startswith(("v1:rsvp:", "v1:guest:"))]
    if kind == NO:
        return mine == [f"v1:rsvp:{event}:no"] and unchanged
    if kind == MAYBE:
        return f"v1:rsvp:{event}:maybe" in mine and f"(#{event})" in said and unchanged
    if kind == SEATS:
        return (f"{detail} places" in said and f"(#{event})" in said and unchanged
                and f"#{other}" not in said)
    if kind == HELD:
        return "Vous êtes déjà inscrit·e" in said and unchanged
    if kind == CARD:
        return detail in said and unchanged
    if kind == THANKS:
        return any(w in said for w in ("Bien reçu, merci", "Avec plaisir", "👍")) and unchanged
    return f"#{event}" in said and unchanged and f"#{other}" not in said  # ASK


async def _under_confirmation(bot: Bot, probes: list[tuple[str, str, str]]) -> list[str]:
    event, other = await _evening(bot)
    wrong = []
    for typed, kind, detail in probes:
        await bot.say(f"/participer {event} oui +0", user="lea")
        held = await _seats(bot, event)
        told = len(bot.platform.private_texts("orga"))
        replies = await bot.replies(typed, user="lea")
        if not await _judge(bot, event, other, replies, kind, detail, told, held):
            wrong.append(f"{typed!r}: {_said(replies)[:150]!r}")
    return wrong


async def _under_message(bot: Bot, under: bool) -> list[str]:
    event, other = await _evening(bot)
    await bot.say(f"/participer {event} oui", user="lea")
    await bot.say(f"/message {event} On commence à 19h45 !")
    wrong = []
    for typed, kind, detail in UNDER_MESSAGE:
        held = await _seats(bot, event)
        told = len(bot.platform.private_texts("orga"))
        incoming = Incoming(platform="test", user_id="lea", display_name="Lea",
                            chat_id="chat-lea", text=typed, event_id=event if under else None)
        replies = await bot.core.handle(incoming)
        await bot.core.idle()
        if not await _judge(bot, event, other, replies, kind, detail, told, held):
            wrong.append(f"{typed!r}: {_said(replies)[:150]!r}")
    return wrong


async def test_what_people_type_under_their_own_confirmation(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relay, "MAX_WAITING", 100)
    wrong = await _under_confirmation(bot, UNDER_CONFIRMATION)
    print("\n".join(["K wrong:", *wrong]))
    assert len(UNDER_CONFIRMATION) - len(wrong) >= 32
    wrong = await _under_confirmation(bot, HELD_OUT)
    print("\n".join(["held out, wrong:", *wrong]))
    assert len(HELD_OUT) - len(wrong) >= 11


@pytest.mark.parametrize("under", [True, False])
async def test_relays_misses_under_the_teams_message(
        bot: Bot, monkeypatch: pytest.MonkeyPatch, under: bool) -> None:
    monkeypatch.setattr(relay, "MAX_WAITING", 100)
    wrong = await _under_message(bot, under)
    print("\n".join([f"M wrong (under={under}):", *wrong]))
    assert len(UNDER_MESSAGE) - len(wrong) >= 6
