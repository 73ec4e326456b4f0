"""The FAQ on a held-out set: 142 messages written in session 7 BEFORE reading the FAQ's
rules (tests/data/s7_faq_heldout.tsv): French parents (formal, SMS, voice dictation without
punctuation), teenagers (slang, emoji, typos), English speakers, questions the article does
not answer, a covered subject mixed with an uncovered one, and non-questions (« merci »,
« ok », insults, « t'es un robot ? »). Judged from the member's seat: the text the bot sends
back in a private chat.

A fixed random third (`HELD`) was not looked at while fixing: its figure is the honest one.
Before any change (rules of commit 01d9c35), first run: all 100/142 (70.4 %); the two
thirds tuned on 67/95; the untouched third 33/47 (70.2 %); 7 confident topic answers to
questions only « je ne sais pas » answers. After the fixes: all 133/142 (93.7 %); tuned
93/95; untouched third 40/47 (85.1 %); 1 confident answer where « je ne sais pas » is right.
`pytest -s tests/test_s7_faq_heldout.py` prints the figures; `S7_SHOW_HELD=1` lists the
held third's misses too.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from commands.faq.answers import shipped
from commands.faq.strings import STRINGS
from recording import Bot

DATA = Path(__file__).parent / "data" / "s7_faq_heldout.tsv"


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            question, locale, expected = line.split("\t")
            rows.append((question, locale, expected))
    return rows


ROWS = _rows()
# A third drawn once, by a fixed seed, before any fix: never tuned on.
HELD = frozenset(random.Random(2026_11_27).sample(range(len(ROWS)), len(ROWS) // 3))


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _said(key: str, locale: str) -> str:
    return _flat(STRINGS[key][locale]).split("\n")[0][:30]


SMALL_TALK = ("greeting", "thanks", "ack", "who_am_i", "rude", "bye")


def judged(reply: str, locale: str) -> set[str]:
    """What the member reads: the topics answered, « unknown » when the bot says it does not
    know (alone or beside answers), « dym » for a « did you mean », or the small-talk
    reply it is."""
    reply = _flat(reply)
    lines = reply.split("\n")
    seen: set[str] = set()
    for entry in shipped():
        if _flat(entry.text("question", locale)) in lines:
            seen.add(entry.key)
    if reply.startswith(_said("faq.dont_know", locale)):
        return {"unknown"}
    if "faq.dont_know_part" in STRINGS and _said("faq.dont_know_part", locale) in reply:
        seen.add("unknown")
    if seen:
        return seen
    if reply.startswith(_said("faq.did_you_mean", locale)):
        return {"dym"}
    for name in ("greeting", "thanks", "ack", "who_am_i", "rude", "cancel", "language",
                 "quiet", "join", "bye"):
        if f"faq.{name}" in STRINGS and reply.startswith(_said(f"faq.{name}", locale)):
            return {name}
    if any(reply.startswith(_said(k, locale)) for k in
           ("faq.programme", "faq.programme_none")):
        return {"programme"}
    return {"other:" + reply[:40]}


def right(got: set[str], expected: str) -> bool:
    for choice in expected.split("|"):
        if choice == "small":
            if len(got) == 1 and next(iter(got)) in SMALL_TALK:
                return True
        elif got == set(choice.split("+")):
            return True
    return False


async def _score(bot: Bot) -> dict[str, list[tuple[str, str, set[str]]]]:
    """The misses of each third, and under "bluff" the questions only « je ne sais pas »
    answers that got a topic's answer instead (the worst miss: a wrong answer, confident)."""
    misses: dict[str, list[tuple[str, str, set[str]]]] = {"dev": [], "held": [], "bluff": []}
    for i, (question, locale, expected) in enumerate(ROWS):
        reply = await bot.say(question, user=f"u{i}", locale=locale)
        got = judged(reply, locale)
        if not right(got, expected):
            misses["held" if i in HELD else "dev"].append((question, expected, got))
            if expected == "unknown" and got & {e.key for e in shipped()}:
                misses["bluff"].append((question, expected, got))
    return misses


async def test_the_held_out_set_is_answered_as_a_member_expects(bot: Bot) -> None:
    misses = await _score(bot)
    held, dev = len(HELD), len(ROWS) - len(HELD)
    print(f"\nheld-out set: all {len(ROWS) - len(misses['dev']) - len(misses['held'])}"
          f"/{len(ROWS)}; tuned two thirds {dev - len(misses['dev'])}/{dev}; "
          f"untouched third {held - len(misses['held'])}/{held}; confident answers where "
          f"only « je ne sais pas » is right: {len(misses['bluff'])}")
    shown = misses["dev"] + (misses["held"] if os.environ.get("S7_SHOW_HELD") else [])
    for question, expected, got in shown:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    # The figures of the fixes' last run: the FAQ may get better, never worse.
    assert len(misses["dev"]) <= 2 and len(misses["held"]) <= 7, misses
    assert len(misses["bluff"]) <= 1, misses["bluff"]


FRESH = Path(__file__).parent / "data" / "s7_faq_fresh.tsv"


async def test_a_second_set_written_after_the_fixes(bot: Bot) -> None:
    """36 more messages, written once the fixes were done and run once with no change
    after (tests/data/s7_faq_fresh.tsv): 27/36 (the rules before session 7: 22/36).
    Same judge. Its misses are left as found, so the figure stays honest."""
    rows = [line.split("\t") for line in FRESH.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    misses = []
    for i, (question, locale, expected) in enumerate(rows):
        got = judged(await bot.say(question, user=f"f{i}", locale=locale), locale)
        if not right(got, expected):
            misses.append((question, expected, got))
    print(f"\nfresh set: {len(rows) - len(misses)}/{len(rows)}")
    for question, expected, got in misses:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    assert len(misses) <= 3, misses
