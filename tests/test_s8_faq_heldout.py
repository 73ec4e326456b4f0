"""The FAQ on a third held-out set: 104 messages written in session 8 from the seed article
alone, BEFORE reading the FAQ's rules (tests/data/s8_faq_heldout.tsv): teenagers on Discord,
parents on Telegram phones, voice dictation, English, typos, two questions in one, questions
the article cannot answer, privacy questions (alone and mixed with a topic). Judged from the
member's seat with session 7's judge, plus the privacy reply and « coming alone » (an honest
« not stated here, ask the team »), both read where they are in the reply.

A fixed random third (`HELD`, seed 8_2026_11_27) was not looked at while fixing.
Before any change (rules of commit 77a1d5a): all 67/104 (64.4 %); tuned two thirds 47/70;
untouched third 20/34 (58.8 %); 15 confident answers of a topic not asked (8 in the untouched
third). After the fixes: all 91/104 (87.5 %); tuned 70/70; untouched third 21/34 (61.8 %);
7 confident wrong answers, all in the untouched third. One label was widened after the first
run: « peut-il venir seul ? » answered « who is it for » plus « coming alone is not stated
here, ask the team » is honest (`unknown|public+unknown`); the figures above use it.
`pytest -s tests/test_s8_faq_heldout.py` prints the figures; `S8_SHOW_HELD=1` lists the held
third's misses too.
Session 9 (faq2), after its general rules (tests/test_s9_faq2_rules.py; the held third's rows
not looked at, only its count): all 96/104; tuned 70/70 (one label widened, `WIDENED`);
untouched third 24/34 -> 26/34; confident wrong answers still 4, all in the untouched third.
The fresh set: 27/30 -> 28/30, none confident wrong.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from test_s7_faq_heldout import _flat, _said, judged, right

from commands.faq.answers import shipped
from commands.faq.strings import STRINGS
from recording import Bot

DATA = Path(__file__).parent / "data" / "s8_faq_heldout.tsv"


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            question, locale, expected = line.split("\t")
            rows.append((question, locale, expected))
    return rows


# Labels widened after a run, each with its reason (the data file keeps the first label).
# Session 9 (faq2): « qui finance Le Focus ? » is answered by the prices entry (« grâce à des
# subventions publiques, notamment le soutien de la mairie d'Alès »), and « est-ce une
# structure municipale ? » by an honest « pour le reste, je ne sais pas »: both right.
WIDENED = {
    "Bonjour, qui finance Le Focus ? Est-ce une structure municipale ?": "tarifs+unknown",
}
ROWS = [(q, locale, f"{expected}|{WIDENED[q]}" if q in WIDENED else expected)
        for q, locale, expected in _rows()]
HELD = frozenset(random.Random(8_2026_11_27).sample(range(len(ROWS)), len(ROWS) // 3))


def judged8(reply: str, locale: str) -> set[str]:
    got = judged(reply, locale)
    flat = _flat(reply)
    extra = set()
    if _said("faq.privacy", locale) in flat:
        extra.add("privacy")
    if _said("faq.alone", locale) in flat:
        extra.add("unknown")
    if any(flat.startswith(_flat(STRINGS[k][locale]).split("{")[0])
           for k in ("faq.programme", "faq.programme_none")):
        extra.add("programme")  # session 7's judge cut these at 30 characters, « {when} » included
    if extra:
        got = {g for g in got if not g.startswith("other:")} | extra
    return got


async def score(bot: Bot) -> dict[str, list[tuple[str, str, set[str]]]]:
    misses: dict[str, list[tuple[str, str, set[str]]]] = {"dev": [], "held": [], "bluff": []}
    topics = {e.key for e in shipped()}
    for i, (question, locale, expected) in enumerate(ROWS):
        got = judged8(await bot.say(question, user=f"s8u{i}", locale=locale), locale)
        if not right(got, expected):
            misses["held" if i in HELD else "dev"].append((question, expected, got))
            wanted = {k for choice in expected.split("|") for k in choice.split("+")}
            if (got & topics) - wanted:
                misses["bluff"].append((question, expected, got))
    return misses


async def test_the_third_held_out_set(bot: Bot) -> None:
    misses = await score(bot)
    held, dev = len(HELD), len(ROWS) - len(HELD)
    print(f"\ns8 held-out set: all {len(ROWS) - len(misses['dev']) - len(misses['held'])}"
          f"/{len(ROWS)}; tuned two thirds {dev - len(misses['dev'])}/{dev}; "
          f"untouched third {held - len(misses['held'])}/{held}; confident wrong topic "
          f"answers: {len(misses['bluff'])} (in the untouched third: "
          f"{sum(1 for m in misses['bluff'] if m in misses['held'])})")
    shown = misses["dev"] + (misses["held"] if os.environ.get("S8_SHOW_HELD") else [])
    for question, expected, got in shown:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    # The figures of the fixes' last run: the FAQ may get better, never worse.
    assert len(misses["dev"]) == 0 and len(misses["held"]) <= 8, misses
    assert len(misses["bluff"]) <= 4, misses["bluff"]


FRESH = Path(__file__).parent / "data" / "s8_faq_fresh.tsv"


async def test_a_second_set_written_after_the_fixes(bot: Bot) -> None:
    """30 more messages, written once the fixes were done and run once with no change
    after (tests/data/s8_faq_fresh.tsv): 22/30, 5 confident wrong topic answers (the rules
    before session 8: 21/30, 5). Same judge. Misses left as found, so the figure stays honest."""
    rows = [line.split("\t") for line in FRESH.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    misses, bluffs = [], 0
    topics = {e.key for e in shipped()}
    for i, (question, locale, expected) in enumerate(rows):
        got = judged8(await bot.say(question, user=f"s8f{i}", locale=locale), locale)
        if not right(got, expected):
            misses.append((question, expected, got))
            wanted = {k for choice in expected.split("|") for k in choice.split("+")}
            bluffs += bool((got & topics) - wanted)
    print(f"\ns8 fresh set: {len(rows) - len(misses)}/{len(rows)}; confident wrong topic "
          f"answers: {bluffs}")
    for question, expected, got in misses:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    assert len(misses) <= 2 and bluffs == 0, misses
