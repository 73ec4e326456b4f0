"""Session 6 (perf): what the first calendar file loads and keeps (issue 11: ≤ 75 MiB after
ordinary use; the icalendar library was 1.6 MiB and ~90 ms of it, for a dozen text lines)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys
from datetime import UTC, datetime
import commands
commands.build_router()
from commands.events.calendar import calendar_bytes
from storage.models import Event
event = Event(1, "screening", "Ciné-club", "", datetime(2026, 12, 5, 18, tzinfo=UTC), None,
              "Le Focus", 30, 0, "", "scheduled", False, None)
data = calendar_bytes([event], {}, "install", datetime(2026, 11, 27, tzinfo=UTC))
assert data.startswith(b"BEGIN:VCALENDAR"), data[:40]
print("icalendar" in sys.modules)
"""


def test_a_calendar_file_is_made_without_loading_icalendar() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "False"
