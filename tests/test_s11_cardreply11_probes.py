"""Session 11 (cardreply11): replies written under a card (the group's or a private one) and
typed after a button or a bare /participer, as a parent on a phone or a teenager on Discord
writes them. Written before reading the code that parses them; the count is in the report
(before: see RIGHT_AT_LEAST's comment)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.messages import Incoming
from recording import Bot, plain, text_of

Judge = Callable[[str], bool]

_NOT_UNDERSTOOD = ("Je n'ai pas compris", "didn't understand", "Je ne sais pas répondre")


def _understood(reply: str) -> bool:
    return not any(n in reply for n in _NOT_UNDERSTOOD)


def yes_one(reply: str) -> bool:
    """A yes for one: the one tap « ✅ Je viens », or booked/the line for one, never asked how
    many or read as names."""
    return (_understood(reply) and "Combien serez-vous" not in reply
            and "How many of you" not in reply and "un seul enfant" not in reply
            and ("✅" in reply or "/participer 1 oui" in reply or "/rsvp 1 yes" in reply))


def seats(n: int) -> Judge:
    def judge(reply: str) -> bool:
        return _understood(reply) and (
            f"✅ {n} places" in reply or f"✅ {n} seats" in reply
            or f"oui +{n - 1}" in reply or f"yes +{n - 1}" in reply
            or f"pour {n} places" in reply or f"with {n} seats" in reply)
    return judge


def no(reply: str) -> bool:
    return _understood(reply) and ("/participer 1 non" in reply or "Je ne viens pas" in reply
                                   or "/rsvp 1 no" in reply or "can't come" in reply
                                   or "Bien noté" in reply)


def maybe(reply: str) -> bool:
    return _understood(reply) and ("🤔" in reply or "peut-être" in reply or "maybe" in reply)


def first_line(*words: str) -> Judge:
    def judge(reply: str) -> bool:
        return any(w in reply.split("\n")[0] for w in words)
    return judge


def names(*kids: str) -> Judge:
    """The children's names read: booked with them, or the line naming them."""
    def judge(reply: str) -> bool:
        return (_understood(reply) and all(k in reply for k in kids)
                and "Combien serez-vous" not in reply)
    return judge


def not_lost(reply: str) -> bool:
    """Anything but « not understood »: read as an answer, a question, or passed on."""
    return _understood(reply) and reply.strip() != ""


def not_a_plain_no(reply: str) -> bool:
    return _understood(reply) and "Bien noté : vous ne venez pas" not in reply


# (context, text, locale, judge). Contexts: group = « Répondre » under the group's card;
# private = under a private card; ask = after « /participer 1 » alone; kids = after tapping
# « 👧 Nommer les enfants » under « /participer 1 oui +2 »; yes = after « /participer 1 oui ».
PROBES: list[tuple[str, str, str, Judge]] = [
    ("group", "oui super", "fr", yes_one),
    ("group", "grave chaud", "fr", yes_one),
    ("group", "chaud pour ce soir", "fr", yes_one),
    ("group", "ouais grave", "fr", yes_one),
    ("group", "carrément !", "fr", yes_one),
    ("group", "ok pour moi", "fr", yes_one),
    ("group", "jviens", "fr", yes_one),
    ("group", "yes sounds great", "en", yes_one),
    ("group", "on sera 3", "fr", seats(3)),
    ("group", "we'll be 3", "en", seats(3)),
    ("group", "moi + ma fille", "fr", seats(2)),
    ("group", "non merci", "fr", no),
    ("group", "pas cette fois", "fr", no),
    ("group", "peut-être, je vous redis", "fr", maybe),
    ("group", "mon mari viendra plus tard", "fr", not_lost),
    ("group", "my husband will come later", "en", not_lost),
    ("group", "ma femme viendra avec les enfants", "fr", not_a_plain_no),
    ("group", "oui mais je serai en retard", "fr", not_lost),
    ("private", "oui super", "fr", yes_one),
    ("private", "grave chaud", "fr", yes_one),
    ("private", "chaud pour ce soir", "fr", yes_one),
    ("private", "yes sounds great", "en", yes_one),
    ("private", "ça se termine quand ?", "fr", first_line("22h30")),
    ("private", "ça finit à quelle heure ?", "fr", first_line("22h30")),
    ("private", "when does it finish?", "en", first_line("22:30")),
    ("private", "ça commence à quelle heure ?", "fr", first_line("19h30")),
    ("private", "mon mari viendra plus tard", "fr", not_lost),
    ("private", "on sera 3", "fr", seats(3)),
    ("ask", "oui avec Tom et Zoé", "fr", names("Tom", "Zoé")),
    ("ask", "yes with Tom and Zoe", "en", names("Tom", "Zoe")),
    # « /participer 1 » alone books one seat: « déjà inscrit·e … rien à faire » is right.
    ("ask", "oui super", "fr", lambda reply: "déjà inscrit·e" in reply),
    ("ask", "oui avec mes 2 enfants", "fr", seats(3)),
    ("kids", "Lina et Noé", "fr", names("Lina", "Noé")),
    ("kids", "Lina, Noé", "fr", names("Lina", "Noé")),
    ("kids", "lina noé", "fr", names("Lina", "Noé")),
    ("kids", "c'est Lina et Noé", "fr", names("Lina", "Noé")),
    ("kids", "Lina 8 ans et Noé 6 ans", "fr", names("Lina", "Noé")),
    ("kids", "Lina and Noah", "en", names("Lina", "Noah")),
    ("yes", "on sera 3 en fait", "fr", seats(3)),
    ("yes", "super merci", "fr", not_lost),
]

# Before (the tree of 17:05, session 11): 22/40 (21 as first judged: « oui super » after
# « /participer 1 » alone is rightly « déjà inscrit·e »). After the fixes in cardreply11's
# files: 31/40; with /tmp/team/cardreply11-proposals.diff applied: 38/40 (left: « oui
# super » and « ok pour moi » under the group's card, read by the FAQ).
RIGHT_AT_LEAST = 31


async def _in(bot: Bot, context: str, user: str, text: str, locale: str) -> str:
    en = locale == "en"
    if context == "ask":
        await bot.say("/rsvp 1" if en else "/participer 1", user=user, locale=locale)
    elif context == "kids":
        await bot.say("/rsvp 1 yes +2" if en else "/participer 1 oui +2", user=user,
                      locale=locale)
        await bot.press("v1:kids:1", user=user, locale=locale)
    elif context == "yes":
        await bot.say("/participer 1 oui", user=user, locale=locale)
    if context in ("group", "private"):
        incoming = Incoming(platform=bot.platform.platform, user_id=user,
                            display_name=user.capitalize(), chat_id=f"chat-{user}", text=text,
                            is_private=True, asked_in_group=context == "group",
                            is_organizer=False, platform_locale=locale, event_id=1)
        replies = await bot.core.handle(incoming)
        await bot.core.idle()
        said = "\n".join(text_of(r) + " " + " ".join(b.label for b in r.buttons)
                         for r in replies)
    else:
        replies = await bot.replies(text, user=user, locale=locale)
        said = "\n".join(text_of(r) + " " + " ".join(b.label for b in r.buttons)
                         for r in replies)
        if context in ("ask", "kids"):
            said += "\n" + await bot.say("/mesevenements" if not en else "/myevents",
                                         user=user, locale=locale)
    return plain(said)


async def score(bot: Bot) -> tuple[list[str], list[str]]:
    right: list[str] = []
    wrong: list[str] = []
    for n, (context, text, locale, judge) in enumerate(PROBES):
        user = re.sub(r"\W", "", f"u{n}{context}")
        reply = await _in(bot, context, user, text, locale)
        (right if judge(reply) else wrong).append(f"{context}: {text} -> {reply[:300]!r}")
    return right, wrong


async def test_replies_under_cards_and_after_buttons(demo: Bot) -> None:
    right, wrong = await score(demo)
    print(f"\nRIGHT {len(right)}/{len(PROBES)}")
    for w in wrong:
        print("WRONG", w)
    assert len(right) >= RIGHT_AT_LEAST, "\n".join(wrong)
