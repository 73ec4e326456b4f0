"""Issue 11's memory (RSS ≤ 75 MiB with both adapters after use), session 11: today's
features had taken bench/memory.py to 75.2–75.4 MiB after use. What a volunteer's small server
pays for nothing: a fresh database's migrations kept by SQLite for good, and, when the bot
starts from its sources (the systemd unit's user cannot write bytecode into /opt), the
Unicode name table read for one « \\N{…} » escape."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc, glibc")

# A fresh interpreter opens a new database file as `python -m bot run` does the first time
# (all migrations applied), then says how much SQLite holds (every connection's caches).
_OPEN_FRESH = """
import asyncio, ctypes, sys, tempfile
from pathlib import Path
import _sqlite3
from storage import Storage
try:
    used = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
except (OSError, AttributeError):
    print(-1); sys.exit()
used.restype = ctypes.c_int64
async def main():
    with tempfile.TemporaryDirectory() as folder:
        storage = await Storage.open(Path(folder) / "focus.db")
        try:
            print(used())
        finally:
            await storage.close()
asyncio.run(main())
"""


@linux_only
def test_a_fresh_database_keeps_no_migration_in_memory() -> None:
    held = int(subprocess.run([sys.executable, "-c", _OPEN_FRESH], capture_output=True,
                              text=True, check=True, cwd=ROOT).stdout)
    if held < 0:
        pytest.skip("this Python's sqlite3 does not share SQLite's library")
    # Two connections with their schema and a few pages: ~0.3 MiB. The writer used to run
    # the 30 migrations itself and keep their statements and pages: ~0.9 MiB.
    assert held < 600 * 1024, f"SQLite holds {held / 1024:.0f} KiB once a fresh file is open"


# A fresh interpreter compiles every source file of the bot, as a start without bytecode
# does, and says how much of the Unicode database (unicodedata's shared library, mapped from
# its file) that made resident: the name table (~0.45 MiB) is read for a « \N{NAME} »
# escape; the bot itself only uses the character tables.
_COMPILE_ALL = """
import sys, unicodedata
from pathlib import Path
def resident():
    total, ours = 0, False
    for line in open('/proc/self/smaps'):
        head = line.split()
        if '-' in head[0] and len(head) >= 5 and ':' in head[3]:
            ours = len(head) > 5 and 'unicodedata' in head[5]
        elif ours and head[0] == 'Rss:':
            total += int(head[1])
    return total
unicodedata.category('é'); unicodedata.normalize('NFKD', 'é')  # as the bot at import
before = resident()
for package in ('bot', 'commands', 'storage'):
    for path in sorted(Path(package).rglob('*.py')):
        compile(path.read_text(encoding='utf-8'), str(path), 'exec')
print(resident() - before)
"""


@linux_only
def test_starting_from_sources_reads_no_unicode_name_table() -> None:
    grown = int(subprocess.run([sys.executable, "-c", _COMPILE_ALL], capture_output=True,
                               text=True, check=True, cwd=ROOT).stdout)
    assert grown < 128, f"compiling the bot made {grown} KiB of Unicode names resident"
