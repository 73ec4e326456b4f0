"""Session 11 (lang11): probes written before reading the code — an English writer whose phone
is set to French, and the other way round. Run with `-s` to print the table. Before: 14/47
private and 1/6 under the group's card; after: 46/47 and 6/6 (« Do you speak English? » keeps
its answer in both languages, French first on a French phone: it says how to choose)."""

from __future__ import annotations

import re

from bot.messages import Incoming
from recording import Bot, text_of

EN_WORDS = re.compile(r"\b(the|you|your|is|are|to|for|and|with|of|on|we|it|I|type|sorry|"
                      r"events?|seats?|hello|hi)\b")
FR_WORDS = re.compile(r"\b(le|la|les|vous|votre|est|sont|pour|et|avec|de|des|nous|tapez|"
                      r"désolé|bonjour|places?)\b|[«»éèàç]")


def lang_of(text: str) -> str:
    en, fr = len(EN_WORDS.findall(text)), len(FR_WORDS.findall(text))
    return "en" if en > fr else "fr" if fr > en else "?"


# (phone locale, chosen /langue or None, text, expected language of the answer: fr/en/any)
PROBES: list[tuple[str | None, str | None, str, str]] = [
    ("fr", None, "hello", "any"),
    ("fr", None, "Hello, how do I sign up my kid?", "en"),
    ("fr", None, "how do I sign up my kid?", "en"),
    ("fr", None, "anything for kids this weekend?", "en"),
    ("fr", None, "I can't come anymore", "en"),
    ("fr", None, "where are you located?", "en"),
    ("fr", None, "hi, where are you located?", "en"),
    ("fr", None, "How much does it cost?", "en"),
    ("fr", None, "what are your opening hours?", "en"),
    ("fr", None, "Is there parking nearby?", "en"),
    ("fr", None, "can my daughter come alone?", "en"),
    ("fr", None, "Do you speak English?", "en"),
    ("fr", None, "what's on this week?", "en"),
    ("fr", None, "Hi there! I'm new in Alès, what is Le Focus?", "en"),
    ("fr", None, "thanks a lot!", "en"),
    ("fr", None, "ok", "fr"),
    ("fr", None, "Tom", "fr"),
    ("fr", None, "hello, c'est quand la soirée ?", "fr"),
    ("fr", None, "Hi! c'est où exactement ?", "fr"),
    ("fr", None, "sorry je peux plus venir", "fr"),
    ("fr", None, "je suis anglaise, do you speak English?", "any"),
    ("fr", None, "yo what's up", "any"),
    ("fr", None, "who do I contact for questions?", "en"),
    ("fr", None, "is it free?", "en"),
    ("fr", None, "where is it?", "en"),
    ("en", None, "bonjour", "any"),
    ("en", None, "bonjour, c'est quand la prochaine soirée jeux ?", "fr"),
    ("en", None, "comment inscrire mon fils ?", "fr"),
    ("en", None, "c'est combien ?", "fr"),
    ("en", None, "je ne peux plus venir", "fr"),
    ("en", None, "vous êtes où exactement ?", "fr"),
    ("en", None, "c'est ouvert le samedi ?", "fr"),
    ("en", None, "merci beaucoup", "fr"),
    ("en", None, "ok", "en"),
    ("en", None, "salut, y a quoi ce week-end pour les ados ?", "fr"),
    ("en", "fr", "where are you located?", "fr"),
    ("fr", "en", "c'est où ?", "en"),
    ("fr", "fr", "how much does it cost?", "fr"),
    (None, None, "hey when's the next game night?", "en"),
    (None, None, "wsh c'est quand la soirée jeux", "fr"),
    (None, None, "bro where is it", "en"),
    (None, None, "what time does it start", "en"),
    ("fr", None, "I'm coming to the game night", "en"),
    ("fr", None, "count me in for the game night", "en"),
    ("en", None, "je viens à la soirée jeux", "fr"),
    ("fr", None, "/faq where are you located?", "en"),
    ("en", None, "/faq c'est où ?", "fr"),
]


async def test_probes(demo: Bot) -> None:
    right = 0
    for n, (phone, chosen, text, expected) in enumerate(PROBES):
        user = f"p{n}"
        if chosen:
            await demo.say(f"/langue {chosen}", user=user, locale=phone)
        said = await demo.say(text, user=user, locale=phone)
        got = lang_of(said)
        ok = expected == "any" or got == expected
        right += ok
        print(f"{'OK ' if ok else 'BAD'} [{phone}/{chosen}] {text!r} -> {got}: "
              f"{said[:150]!r}")
    print(f"right: {right}/{len(PROBES)}")
    assert right >= 46


# Replied with « Répondre » under the group's card (answered privately): (phone, text, wanted)
UNDER_CARD: list[tuple[str, str, str]] = [
    ("fr", "what time does it start?", "en"),
    ("fr", "how much is it?", "en"),
    ("fr", "is there still room?", "en"),
    ("en", "c'est à quelle heure ?", "fr"),
    ("fr", "ok", "fr"),
    ("en", "il reste de la place ?", "fr"),
]


async def test_probes_under_the_groups_card(demo: Bot) -> None:
    right = 0
    for n, (phone, text, expected) in enumerate(UNDER_CARD):
        incoming = Incoming(platform=demo.platform.platform, user_id=f"g{n}",
                            display_name=f"G{n}", chat_id=f"chat-g{n}", text=text,
                            is_private=True, asked_in_group=True, is_organizer=False,
                            platform_locale=phone, event_id=1)
        said = "\n".join(text_of(r) for r in await demo.core.handle(incoming))
        await demo.core.idle()
        got = lang_of(said)
        right += got == expected
        print(f"{'OK ' if got == expected else 'BAD'} [{phone}] {text!r} -> {got}: "
              f"{said[:150]!r}")
    print(f"right: {right}/{len(UNDER_CARD)}")
    assert right == len(UNDER_CARD)
