"""Issue 11's memory (RSS ≤ 75 MiB with both adapters after use), session 10: what start-up
used and let go goes back to the machine once the bot is up (a volunteer's small server
runs it beside other things), and what is loaded at first use still answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from recording import Bot

ROOT = Path(__file__).resolve().parents[1]

# Start-up leaves freed memory between what it keeps (imports, the slash commands' JSON,
# the first replies): a fresh interpreter makes 64 MiB of such garbage, keeping one block in
# a hundred so the heap cannot simply shrink from its end, then settles as `_serve` does.
_HEAP = """
import sys
from bot.app import settle_heap
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
blocks = [bytes(4000) + bytes([i % 251]) for i in range(16_000)]
kept = blocks[::100]
del blocks
before = rss()
settle_heap()
print(before - rss())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heap, /proc")
def test_memory_start_up_let_go_is_given_back_once_settled() -> None:
    given_back = float(subprocess.run([sys.executable, "-c", _HEAP], capture_output=True,
                                      text=True, check=True, cwd=ROOT).stdout)
    assert given_back >= 40, f"only {given_back:.1f} MiB of 61 freed MiB given back"


async def test_the_first_typo_question_after_settling_is_still_answered(demo: Bot) -> None:
    from bot.app import settle_heap

    settle_heap()
    reply = await demo.say("c koi les horaire du focus ?", user="parent")
    assert "horaires" in reply
    assert "Désolé, quelque chose s'est mal passé" not in reply


# Proposal (/tmp/team/mem10-proposals.diff): rapidfuzz's import maps 30 libraries, 2.6 MiB of
# the bot's 75 at the first typo (« c koi les horaire »: bench/memory.py's `c` step 72.7 →
# 75.0); its one scorer used, `fuzz.ratio`, is a few lines of our own in bot/similar.py.
_FIRST_TYPOS = """
import asyncio, sys, tempfile
from pathlib import Path
from bot.app import create_core
from bot.config import Settings
from recording import NOW, Bot, Clock, RecordingAdapter

async def main():
    with tempfile.TemporaryDirectory() as tmp:
        core = await create_core(Settings(database_path=Path(tmp) / "f.db"), clock=Clock(NOW),
                                 card_interval=0, seed_demo=True)
        platform = RecordingAdapter()
        core.add_adapter(platform)
        await platform.start(core)
        bot = Bot(core, platform, Clock(NOW))
        for text in ("c koi les horaire du focus ?", "/evenemnts", "/participer soiree jeu oui"):
            print(await bot.say(text, user="parent"))
            print("----")
        print("rapidfuzz loaded:", "rapidfuzz" in sys.modules)
        await core.idle()
        await core.storage.close()

asyncio.run(main())
"""


@pytest.mark.xfail(strict=True, reason="proposal: bot/similar.py instead of rapidfuzz")
def test_first_typos_answered_without_loading_rapidfuzz() -> None:
    out = subprocess.run([sys.executable, "-c", _FIRST_TYPOS], capture_output=True, text=True,
                         check=True, cwd=ROOT, env={"PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}",
                                                    "PATH": "/usr/bin:/bin"}).stdout
    faq, command, title, loaded = out.split("----\n")
    assert "horaires" in faq  # « horaire » read as the hours question
    assert "/evenements" in command or "/events" in command  # the command meant is offered
    assert "Soirée jeux" in title or "soirée jeux" in title.lower()  # the demo night, typed
    assert loaded.strip() == "rapidfuzz loaded: False"


@pytest.mark.xfail(strict=True, reason="proposal: bot/similar.py instead of rapidfuzz")
def test_our_likeness_is_rapidfuzz_ratio() -> None:
    import importlib
    import itertools
    import random

    from rapidfuzz import fuzz, process

    similar = importlib.import_module("bot.similar")
    chance = random.Random(11)
    letters = "aeioustrnlhcéèàçœ' -"
    words = ["".join(chance.choice(letters) for _ in range(chance.randint(0, 12)))
             for _ in range(120)]
    words += ["horaire", "horraire", "tarif", "tarfis", "", "anuler", "annuler", "x" * 70]
    for a, b in itertools.product(words, words):
        assert similar.ratio(a, b) == fuzz.ratio(a, b), (a, b)
        assert similar.ratio(a, b, 80) == fuzz.ratio(a, b, score_cutoff=80), (a, b)
    for word in words:
        found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=80)
        assert similar.best(word, words, 80) == (found[:2] if found else None)
        assert similar.alike(word, words, 60) == [
            m for m, _, _ in process.extract(word, words, scorer=fuzz.ratio, limit=None,
                                              score_cutoff=60)]
