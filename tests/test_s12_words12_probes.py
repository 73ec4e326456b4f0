"""Session 12 (words12): answers in words, a sixth set, through the real core. Written at
19:24 UTC before reading commands/rsvp/parsers.py, bot/words.py, bot/text.py or
commands/relay/parsers.py: parents in French on a phone, teenagers in slang, a few in
English; in five places: typed after « /participer N » (`cmd`, what is recorded), under the
group's card (`group`) or a private card (`private`) with « Répondre », typed in the private
chat after the team's /message (`notice`, no « Répondre »), after « /participer » alone
(`ask`). Under a card or after a notice nothing is booked by words: the right thing is the
one tap (or the line) for what was said, never a confident other answer.

The count before and after is in the report (and RIGHT_AT_LEAST's comment)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.messages import Incoming
from recording import Bot, new_event, plain, text_of

Judge = Callable[[str], bool]

_LOST = ("Je n'ai pas compris", "didn't understand", "Je ne sais pas répondre",
         "je ne sais pas")


def _understood(reply: str) -> bool:
    return not any(n in reply for n in _LOST) and reply.strip() != ""


def _booked_or_offered(reply: str, n: int) -> bool:
    return (f"✅ {n} places" in reply or f"✅ {n} seats" in reply
            or f"oui +{n - 1}" in reply or f"yes +{n - 1}" in reply
            or f"pour {n} places" in reply or f"with {n} seats" in reply)


def yes_one(reply: str) -> bool:
    """The one tap « ✅ Je viens » (or the line for one): never asked how many, never names,
    never a no."""
    return (_understood(reply) and "Combien serez-vous" not in reply
            and "How many of you" not in reply and "un seul enfant" not in reply
            and "❌" not in reply and "Avec plaisir" not in reply
            and ("✅ Je viens" in reply or "/participer 1 oui" in reply
                 or "✅ Going" in reply or "/rsvp 1 yes" in reply
                 or "pour 1 place" in reply or "déjà inscrit·e" in reply))


def seats(n: int) -> Judge:
    def judge(reply: str) -> bool:
        return _understood(reply) and _booked_or_offered(reply, n)
    return judge


def no(reply: str) -> bool:
    """A no offered (❌ / the line) or recorded; never a yes nor « Avec plaisir »."""
    return (_understood(reply) and "Avec plaisir" not in reply and "✅ Je viens" not in reply
            and "✅ Going" not in reply
            and ("Je ne viens pas" in reply or "/participer 1 non" in reply
                 or "/rsvp 1 no" in reply or "ne venez pas" in reply
                 or "Can't go" in reply or "not going" in reply
                 # no seat held: « Bien noté. Vous n'avez pas de place … rien à faire »
                 or "Vous n'avez pas de place" in reply or "You hold no seat" in reply))


def maybe(reply: str) -> bool:
    return (_understood(reply) and "✅ Je viens" not in reply and "Avec plaisir" not in reply
            and ("🤔" in reply or "peut-être" in reply or "Maybe" in reply))


def kept(reply: str) -> bool:
    """A thank-you after a notice: acknowledged, nothing offered to change, nothing asked."""
    return (_understood(reply) and "❌" not in reply and "Combien" not in reply
            and "Question transmise" not in reply)


def team(reply: str) -> bool:
    """A question for a person: passed on, or where to ask; never a booking answer."""
    return (_understood(reply) and "✅ Je viens" not in reply
            and ("Question transmise" in reply or "l'équipe" in reply))


# (context, typed, locale, judge)
PROBES: list[tuple[str, str, str, Judge]] = [
    # -- under the group's card (the last note's left-overs first)
    ("group", "on sera 3", "fr", seats(3)),
    ("group", "oui super", "fr", yes_one),
    ("group", "ok pour moi", "fr", yes_one),
    ("group", "trop cher merci", "fr", no),
    ("group", "oui je pense bien", "fr", yes_one),
    ("group", "jsp si jpeux venir", "fr", maybe),
    ("group", "compte pas sur moi", "fr", no),
    ("group", "pas chaud", "fr", no),
    ("group", "inscris moi pas", "fr", no),
    ("group", "oui avec mes 2 enfants", "fr", seats(3)),
    ("group", "sans aucun doute", "fr", yes_one),
    ("group", "on vient à 2", "fr", seats(2)),
    ("group", "yes for 2", "en", seats(2)),
    ("group", "i'm out", "en", no),
    ("group", "oui on sera là 👍", "fr", yes_one),
    ("group", "présente !", "fr", yes_one),
    ("group", "ça marche pour nous deux", "fr", seats(2)),
    ("group", "je passe mon tour", "fr", no),
    # -- under a private card
    ("private", "ok pour moi", "fr", yes_one),
    ("private", "trop cher merci", "fr", no),
    ("private", "pas chaud", "fr", no),
    ("private", "on sera 4 avec les petits", "fr", seats(4)),
    ("private", "c'est bon pour nous 2", "fr", seats(2)),
    ("private", "nn", "fr", no),
    ("private", "ptet", "fr", maybe),
    ("private", "oui je pense bien", "fr", yes_one),
    ("private", "compte pas sur moi", "fr", no),
    ("private", "count me out", "en", no),
    # -- in the private chat after the team's « On commence à 19h45 ! » (going, 1 seat)
    ("notice", "ok on sera 3 du coup", "fr", seats(3)),
    ("notice", "finalement on pourra pas venir", "fr", no),
    ("notice", "merci, à samedi !", "fr", kept),
    ("notice", "super merci", "fr", kept),
    ("notice", "ah mince on pourra pas", "fr", no),
    ("notice", "ok", "fr", kept),
    ("notice", "top merci 👍", "fr", kept),
    ("notice", "jpourrai pas finalement dsl", "fr", no),
    # -- after « /participer » alone (one event to come: the demo's two → the first's line)
    ("ask", "non finalement", "fr", no),
    ("ask", "compte pas sur moi", "fr", no),
    ("ask", "oui on sera 3", "fr", seats(3)),
]

# -- typed after « /participer N »: (typed, answer or "asked", seats of a yes, children named)
RECORDED: list[tuple[str, str, int, str]] = [
    ("oui je pense bien", "going", 1, ""),
    ("inscris moi pas", "no", 0, ""),
    ("ne m'inscris pas", "no", 0, ""),
    ("oui avec mes deux filles", "going", 3, ""),
    ("oui pour nous 2", "going", 2, ""),
    ("nous serons trois adultes", "going", 3, ""),
    ("oui ! avec Emma 7 ans et Hugo 4 ans", "going", 3, "Emma, Hugo"),
    ("présente avec mon fils Nathan", "going", 2, "Nathan"),
    ("Bonsoir, ce sera non pour nous cette fois, bonne soirée", "no", 0, ""),
    ("non on est pas dispo", "no", 0, ""),
    ("on est pas dispo désolé", "no", 0, ""),
    ("je ne pourrai pas être là", "no", 0, ""),
    ("je serai absente", "no", 0, ""),
    ("absent", "no", 0, ""),
    ("je ne sais pas encore", "maybe", 0, ""),
    ("pas sûr", "maybe", 0, ""),
    ("à confirmer", "maybe", 0, ""),
    ("sans aucun doute", "going", 1, ""),
    ("bien sûr que oui", "going", 1, ""),
    ("évidemment", "going", 1, ""),
    ("ça marche pour nous deux", "going", 2, ""),
    ("oui je viens avec ma mère", "going", 2, ""),
    ("oui avec mamie", "going", 2, ""),
    ("oui avec ma copine", "going", 2, ""),
    ("oui, on sera 2 adultes et 1 enfant", "going", 3, ""),
    ("oui je m'inscris avec mes 2 ados", "going", 3, ""),
    ("Je viendrai !", "going", 1, ""),
    ("je viendrai pas", "no", 0, ""),
    ("je ne viendrai pas", "no", 0, ""),
    ("on ne viendra pas", "no", 0, ""),
    ("je passe mon tour", "no", 0, ""),
    ("compte pas sur moi", "no", 0, ""),
    ("ne comptez pas sur nous", "no", 0, ""),
    ("oui sauf imprévu", "going", 1, ""),
    ("oui on vient à 3 avec le petit", "going", 3, ""),
    ("pas cette fois-ci, merci !", "no", 0, ""),
    ("désolée on a un anniversaire", "no", 0, ""),
    ("je travaille ce soir-là", "no", 0, ""),
    ("Oui pour Léa et moi", "going", 2, "Léa"),
    ("oui, moi et mes 3 enfants", "going", 4, ""),
    ("trop cher merci", "no", 0, ""),
    # teenagers
    ("grave jsuis chaud", "going", 1, ""),
    ("chaud chaud", "going", 1, ""),
    ("jsuis trop chaud", "going", 1, ""),
    ("oklm jviens", "going", 1, ""),
    ("jvais venir", "going", 1, ""),
    ("jvais pas venir", "no", 0, ""),
    ("jpourrai pas", "no", 0, ""),
    ("pas chaud", "no", 0, ""),
    ("jsuis pas chaud", "no", 0, ""),
    ("wallah jviens", "going", 1, ""),
    ("tkt jsuis la avec 3 potes", "going", 4, ""),
    ("jsuis la avec mon reuf et ma reus", "going", 3, ""),
    ("nn", "no", 0, ""),
    ("nop", "no", 0, ""),
    ("ouep", "going", 1, ""),
    ("ui", "going", 1, ""),
    ("jsp frr", "maybe", 0, ""),
    ("ptet", "maybe", 0, ""),
    ("ptetre", "maybe", 0, ""),
    ("gros flemme", "no", 0, ""),
    ("vas-y go", "going", 1, ""),
    ("go", "going", 1, ""),
    ("let's go", "going", 1, ""),
    ("i'm down bro", "going", 1, ""),
    ("cant make it sry", "no", 0, ""),
    ("not this time", "no", 0, ""),
    ("I'll be there with my mom", "going", 2, ""),
    ("yes for 2", "going", 2, ""),
    ("count me out", "no", 0, ""),
    ("i'm out", "no", 0, ""),
    ("I'm not sure yet", "maybe", 0, ""),
]

# Before (the tree of 19:24 UTC, session 12, judged as below): 19/39 under cards, after a
# notice or a bare /participer, and 38/72 typed after « /participer N » (4 silent: « inscris
# moi pas » and « je viendrai pas » booked a seat, « bien sûr que oui » a child « Que », « …
# et ma reus » a child « Reus »). After words12's fixes: 30/39 and 68/72; with
# /tmp/team/words12-proposals.diff (the FAQ: under the group's card, and a no with no card
# above) 37/39. Left: the group's « yes for 2 » (the line for one; typed after the number it
# is asked on purpose, as « oui pour 3 personnes »), « oui on sera 3 » after a bare
# /participer (the events to tap, the 3 not kept: nothing remembers the question), « ui »
# (asked on purpose,
# tests/test_s9_acct2_words.py), two reasons without an answer (« je travaille ce
# soir-là »: asked). One judge was corrected after the first run: « Bien noté. Vous n'avez
# pas de place … rien à faire » is the right reply to a no from someone holding no seat.
RIGHT_AT_LEAST = 30
RECORDED_AT_LEAST = 68


async def _in(bot: Bot, context: str, user: str, text: str, locale: str) -> str:
    if context == "ask":
        await bot.say("/participer", user=user, locale=locale)
    elif context == "notice":
        await bot.say("/participer 1 oui", user=user, locale=locale)
        await bot.say(f"/message 1 On commence à 19h45 ! ({user})", user="orga")
    if context in ("group", "private"):
        incoming = Incoming(platform=bot.platform.platform, user_id=user,
                            display_name=user.capitalize(), chat_id=f"chat-{user}", text=text,
                            is_private=True, asked_in_group=context == "group",
                            is_organizer=False, platform_locale=locale, event_id=1)
        replies = await bot.core.handle(incoming)
        await bot.core.idle()
    else:
        replies = await bot.replies(text, user=user, locale=locale)
    said = "\n".join(text_of(r) + " " + " ".join(b.label for b in r.buttons)
                     for r in replies)
    if context == "notice":
        member = await bot.core.storage.members.find(bot.platform.platform, user)
        assert member is not None
        if await bot.core.storage.rsvps.state_of(1, member.id) != "going":
            said = "(answer changed by words) " + said  # never by words alone
            said = said.replace("✅", "").replace("Je ne viens pas", "")
    return plain(said)


async def score_cards(bot: Bot) -> tuple[list[str], list[str]]:
    right: list[str] = []
    wrong: list[str] = []
    for n, (context, text, locale, judge) in enumerate(PROBES):
        user = re.sub(r"\W", "", f"u{n}{context}")
        reply = await _in(bot, context, user, text, locale)
        (right if judge(reply) else wrong).append(f"{context}: {text} -> {reply[:400]!r}")
    return right, wrong


async def recorded(bot: Bot, replies: list[tuple[str, str, int, str]]
                   ) -> list[tuple[str, str, int, str]]:
    """What each reply leaves, on its own event (as tests/test_s10_words4.py's _outcomes)."""
    storage, got = bot.core.storage, []
    for index, (typed, *_) in enumerate(replies):
        day, minute = 5 + index // 50, index % 50
        event_id = await new_event(bot, f"Soirée jeux | 2026-12-{day:02d} 20:{minute:02d} | 30")
        user = f"p{index}"
        locale = "en" if re.search(r"\b(i'm|i'll|yes|not|count|cant|let's|go)\b", typed,
                                   re.I) else "fr"
        await bot.say(f"/participer {event_id} {typed}", user=user, locale=locale)
        member = await storage.members.find(bot.platform.platform, user)
        state, seats_, names = None, 0, ""
        if member is not None:
            state = await storage.rsvps.state_of(event_id, member.id)
            if state == "going":
                seats_ = next((a.seats for a in await storage.rsvps.attendees(event_id)
                               if a.member_id == member.id), 0)
            names = ", ".join(c.first_name for p in await storage.party.export(member.id)
                              for c in p.children)
        got.append((typed, state or "asked", seats_, names))
    return got


async def test_replies_under_cards_after_a_notice_and_after_rsvp_alone(demo: Bot) -> None:
    right, wrong = await score_cards(demo)
    print(f"\nRIGHT {len(right)}/{len(PROBES)}")
    for w in wrong:
        print("WRONG", w)
    assert len(right) >= RIGHT_AT_LEAST, "\n".join(wrong)


async def test_answers_typed_after_participer(bot: Bot) -> None:
    got = await recorded(bot, RECORDED)
    wrong = [(want, have) for want, have in zip(RECORDED, got, strict=True) if want != have]
    print(f"\nRIGHT {len(RECORDED) - len(wrong)}/{len(RECORDED)}")
    for want, have in wrong:
        print("WRONG", want, "->", have)
    assert len(RECORDED) - len(wrong) >= RECORDED_AT_LEAST, wrong


# Written after the fixes, as a check, never tuned on: 18/20 at their first run (« inscrivez-moi
# pas finalement » asked, « jsuis chaud mais pas sûr » booked one seat), 20/20 after.
WRITTEN_AFTER: list[tuple[str, str, int, str]] = [
    ("inscrivez-moi pas finalement", "no", 0, ""),
    ("je viendrai avec plaisir", "going", 1, ""),
    ("je viendrai pas cette fois", "no", 0, ""),
    ("compte pas sur nous cette fois", "no", 0, ""),
    ("jsuis pas dispo dsl", "no", 0, ""),
    ("ouaip avec ma reum", "going", 2, ""),
    ("bien sûr que non", "no", 0, ""),
    ("pas chaud du tout", "no", 0, ""),
    ("oui sauf empêchement", "going", 1, ""),
    ("ce sera oui pour nous 3", "going", 3, ""),
    ("c'est non merci", "no", 0, ""),
    ("on est pas dispo ce soir-là", "no", 0, ""),
    ("je serai absent", "no", 0, ""),
    ("jvais venir avec 2 potes", "going", 3, ""),
    ("je viendrai pas sans ma fille", "asked", 0, ""),
    ("je passe mon tour cette fois", "no", 0, ""),
    ("sans faute", "going", 1, ""),
    ("à confirmer selon le boulot", "maybe", 0, ""),
    ("jsuis chaud mais pas sûr", "maybe", 0, ""),
    ("ok pour moi et ma fille", "going", 2, ""),
]


async def test_answers_written_after_the_fixes(bot: Bot) -> None:
    got = await recorded(bot, WRITTEN_AFTER)
    wrong = [(want, have) for want, have in zip(WRITTEN_AFTER, got, strict=True)
             if want != have]
    assert not wrong, wrong
