"""Session 7: dates volunteer organisers really type, read or asked, never misread.

The phrasings live in `tests/data/s7_org_dates.txt` (with what the reader did before this
session's fixes). Each either means one Paris moment (and end), or must be asked: a polite
question or refusal, never a reading. `now` is Friday 27 November 2026, 10:00 in Paris.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import t, using

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=PARIS)
DATA = Path(__file__).parent / "data" / "s7_org_dates.txt"


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            locale, typed, expected = (part.strip() for part in line.split(" | ")[:3])
            rows.append((locale, typed, expected))
    return rows


def _expected(text: str) -> tuple[datetime, datetime | None]:
    day, _, clocks = text.partition(" ")
    start, _, end = clocks.partition("-")
    begin = datetime.fromisoformat(f"{day} {start}")
    if not end:
        return begin, None
    later = timedelta(days=1) if end.endswith("+1") else timedelta()
    return begin, datetime.fromisoformat(f"{day} {end.removesuffix('+1')}") + later


def _read(locale: str, typed: str) -> tuple[datetime, datetime | None] | str:
    with using(locale):
        try:
            when = dates.read_when(typed, NOW)
        except UserInputError as err:
            t(err.key, **err.values)  # the question can be written
            return "ASK:" + err.key.removeprefix("error.")
    end = when.end.astimezone(PARIS).replace(tzinfo=None) if when.end else None
    return when.start.astimezone(PARIS).replace(tzinfo=None), end


@pytest.mark.parametrize(("locale", "typed", "expected"), _rows(),
                         ids=[row[1] for row in _rows()])
def test_what_organisers_type(locale: str, typed: str, expected: str) -> None:
    got = _read(locale, typed)
    if expected.startswith("ASK"):
        assert isinstance(got, str), f"{typed!r} was read as {got}: it must be asked"
        assert expected == "ASK" or got == expected
    else:
        assert got == _expected(expected)


def test_the_corpus_is_large_and_new() -> None:
    rows = _rows()
    assert len(rows) >= 60
    assert len({typed for _, typed, _ in rows}) == len(rows)
