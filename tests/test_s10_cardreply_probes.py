"""Session 10 (cardreply): 62 replies written under an event's card (the demo board-game
night: Friday 27 November 19:30–22:30, free, « Tout public », Le Focus in Rochebelle, 20 seats)
by parents and teenagers, French first, written before reading commands/faq and the rsvp
parser: an answer in words (the line or button for what it says, never another count), a
question the card answers (its own time, end, price, place, seats, audience), bringing
someone (the ➕ button, or passed to the team), a question for a person (passed on, or
« demandez à l'équipe »). Scored right / asked / wrong (a count, an answer or a fact other
than the words say: the worst).

On commit f40172d (with relay2's work in progress in the tree), under the GROUP's card
(the FAQ's path): 17 right, 29 asked, 16 wrong (« on sera 3 » → « … ou écrivez /participer 1
oui », « mon fils a 9 ans il peut venir seul ? » → « Tout public »); now 62 right. Under a
PRIVATE card (the relay's path, relay2's files): 48 / 12 / 2, now 57 / 5 / 0 (the 5 asked are
the relay's to answer: cardreply-proposals.diff makes them 62)."""

from __future__ import annotations

import re

from bot.messages import Incoming
from recording import Bot, text_of

PROBES = [
    ("on sera 3", "fr", ("yes", 2)),
    ("on vient à 3", "fr", ("yes", 2)),
    ("moi je viens", "fr", ("yes", 0)),
    ("je viens", "fr", ("yes", 0)),
    ("moi + ma soeur", "fr", ("yes", 1)),
    ("pas dispo ce soir", "fr", ("no",)),
    ("chaud", "fr", ("yes", 0)),
    ("grave chaud", "fr", ("yes", 0)),
    ("jsp encore", "fr", ("maybe",)),
    ("peut-être", "fr", ("maybe",)),
    ("finalement non désolé", "fr", ("no",)),
    ("tkt je serai là", "fr", ("yes", 0)),
    ("jamais de la vie", "fr", ("no",)),
    ("nous serons 4", "fr", ("yes", 3)),
    ("on viendra à deux", "fr", ("yes", 1)),
    ("je viens avec mon frère", "fr", ("yes", 1)),
    ("oui avec mes 2 enfants", "fr", ("yes", 2)),
    ("dispo", "fr", ("yes", 0)),
    ("présente !", "fr", ("yes", 0)),
    ("on sera 3 finalement", "fr", ("yes", 2)),
    ("ouais on vient à 4", "fr", ("yes", 3)),
    ("jsuis chaud", "fr", ("yes", 0)),
    ("jviens", "fr", ("yes", 0)),
    ("mdr non", "fr", ("no",)),
    ("trop bien jviens avec 2 potes", "fr", ("yes", 2)),
    ("on sera deux", "fr", ("yes", 1)),
    ("malheureusement on pourra pas venir", "fr", ("no",)),
    ("je pense venir", "fr", ("maybe",)),
    ("count me in", "en", ("yes", 0)),
    ("we'll be 4", "en", ("yes", 3)),
    ("can't make it sorry", "en", ("no",)),
    ("maybe", "en", ("maybe",)),
    ("I'm in", "en", ("yes", 0)),
    ("nope", "en", ("no",)),
    ("I'll come with my sister", "en", ("yes", 1)),
    ("there will be 3 of us", "en", ("yes", 2)),
    # bringing someone: a question, never a booking
    ("je peux venir avec mon frère ?", "fr", ("guests",)),
    ("je peux ramener un pote ?", "fr", ("guests",)),
    ("on peut venir à 5 ?", "fr", ("guests",)),
    ("can I bring a friend?", "en", ("guests",)),
    # the card's facts
    ("c'est complet ?", "fr", ("fact", "seats")),
    ("il reste combien de places", "fr", ("fact", "seats")),
    ("il reste de la place ?", "fr", ("fact", "seats")),
    ("ya encore d la place ?", "fr", ("fact", "seats")),
    ("ça finit à quelle heure", "fr", ("fact", "end")),
    ("ça se termine quand ?", "fr", ("fact", "end")),
    ("ça dure combien de temps ?", "fr", ("fact", "end")),
    ("c'est payant ?", "fr", ("fact", "price")),
    ("c'est combien ?", "fr", ("fact", "price")),
    ("c'est où ?", "fr", ("fact", "place")),
    ("c koi l'adresse", "fr", ("fact", "place")),
    ("c'est à quelle heure ?", "fr", ("fact", "time")),
    ("c'est quand déjà ?", "fr", ("fact", "date")),
    ("c'est pour quel âge ?", "fr", ("fact", "age")),
    ("what time does it end?", "en", ("fact", "end")),
    ("is it free?", "en", ("fact", "price")),
    ("how many spots left?", "en", ("fact", "seats")),
    ("is it full?", "en", ("fact", "seats")),
    # a question for a person
    ("on arrive vers 21h c'est ok ?", "fr", ("human",)),
    ("faut apporter quelque chose ?", "fr", ("human",)),
    ("mon fils a 9 ans il peut venir seul ?", "fr", ("human",)),
    ("can we arrive late?", "en", ("human",)),
]

_PASSED = ("transmettre", "transmis", "pass your question", "passed on", "passed your",
           "demandez à l'équipe", "ask the Le Focus team", "pas précisé")
_FACTS = {"seats": ("20 libres", "20 left"), "end": ("22h30", "22:30"),
          "price": ("Gratuit", "Free"), "place": ("Rochebelle",), "time": ("19h30", "19:30"),
          "date": ("19h30", "19:30"), "age": ("Tout public", "All ages")}


def _score(expected: tuple[object, ...], reply: str) -> str:
    """right, asked (nothing misread: asked back, not understood) or wrong."""
    reply = reply.replace("\u00a0", " ")
    first, kind = reply.split("\n")[0], expected[0]
    if "Je n'ai pas compris" in reply or "didn't understand" in reply:
        return "asked"
    if kind == "yes":
        if "Combien serez-vous" in reply or "How many of you" in reply:
            return "asked"
        guests, plus = expected[1], re.findall(r"(?:oui|yes) \+(\d)", reply)
        if plus:
            return "right" if str(guests) in plus else "wrong"
        if "Bien noté" in reply or "Noted" in reply or "non à" in reply or "no to" in reply:
            return "wrong"
        if guests:
            return "wrong" if re.search(r"/(?:participer|rsvp) 1 (?:oui|yes)\b", reply) else "asked"
        return "right" if "✅" in reply else "asked"
    if kind == "no":
        if any(w in reply for w in ("Bien noté", "Noted", "répondre non", "answer no",
                                    "libérer votre place", "free your seat")):
            return "right"
        return "wrong" if any(p in reply for p in _PASSED) or "✅" in first else "asked"
    if kind == "maybe":
        if "🤔" in reply:
            return "right"
        return "wrong" if "Bien noté" in reply or "✅ Je viens" in first else "asked"
    if kind == "guests":
        if "➕" in reply or any(p in reply for p in _PASSED):
            return "right"
        return "wrong" if "Tout public" in first or "All ages" in first else "asked"
    if kind == "fact":
        if any(w in first for w in _FACTS[str(expected[1])]):
            return "right"
        return "wrong" if re.search(r"\(#1\) ?: ", first) else "asked"
    if any(p in reply for p in _PASSED) or "Je ne sais pas" in reply or "I don't know" in reply:
        return "right"
    return "wrong" if re.search(r"\(#1\) ?: (?!demandez)", first) else "asked"


async def _scores(demo: Bot, *, group: bool) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"right": [], "asked": [], "wrong": []}
    for n, (text, locale, expected) in enumerate(PROBES):
        incoming = Incoming(platform=demo.platform.platform, user_id=f"p{n}",
                            display_name=f"P{n}", chat_id=f"chat-p{n}", text=text,
                            is_private=True, asked_in_group=group, platform_locale=locale,
                            event_id=1)
        replies = await demo.core.handle(incoming)
        await demo.core.idle()
        found[_score(expected, "\n".join(text_of(r) for r in replies))].append(text)
    return found


async def test_under_the_group_s_card_every_probe_is_read_right(demo: Bot) -> None:
    found = await _scores(demo, group=True)
    assert not found["wrong"], found["wrong"]
    assert len(found["right"]) == len(PROBES), found["asked"]


async def test_under_a_private_card_nothing_is_misread(demo: Bot) -> None:
    # The relay's path (relay2's files): nothing misread; what it asks is its own choice.
    found = await _scores(demo, group=False)
    assert not found["wrong"], found["wrong"]
    assert len(found["right"]) >= 57, found["asked"]
