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
