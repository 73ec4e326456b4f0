"""Pure parsers and the string catalog, tested directly."""

from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta

import pytest

from bot import actions, spec
from bot.config import ConfigError, load
from bot.dates import parse_duration
from bot.errors import UserInputError
from bot.strings import STRINGS
from commands.events import parsers
from commands.events.strings import STRINGS as EVENT_STRINGS
from storage.models import KINDS

WEDNESDAY = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected_utc"), [
    ("2026-12-05 20:00", datetime(2026, 12, 5, 19, 0, tzinfo=UTC)),
    ("vendredi 20h", datetime(2026, 11, 27, 19, 0, tzinfo=UTC)),
    ("demain 19h30", datetime(2026, 11, 26, 18, 30, tzinfo=UTC)),
    ("this friday 8pm", datetime(2026, 11, 27, 19, 0, tzinfo=UTC)),  # « next »: asked (org2)
    ("2027-03-28 19:30", datetime(2027, 3, 28, 17, 30, tzinfo=UTC)),  # after the spring change
    ("2027-10-31 19:30", datetime(2027, 10, 31, 18, 30, tzinfo=UTC)),  # after the autumn one
])
def test_dates_are_read_in_paris_time(text: str, expected_utc: datetime) -> None:
    """What /creer and /modifier read (`spec.future`, through `bot.dates.read_when`)."""
    assert spec.future(text, WEDNESDAY).start == expected_utc


@pytest.mark.parametrize("text", ["n'importe quoi", "x" * 500])
def test_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(UserInputError) as refused:
        spec.future(text, WEDNESDAY)
    assert refused.value.key == "error.bad_when"


def test_durations() -> None:
    assert parse_duration("90m") == timedelta(minutes=90)
    assert parse_duration("1h30") == timedelta(minutes=90)
    assert parse_duration("24h") == timedelta(hours=24)
    assert parse_duration("30s") == timedelta(seconds=30)
    assert parse_duration("0m") is None and parse_duration("abc") is None


def test_argument_parsers_accept_french_and_english() -> None:
    assert spec.event_id("#12") == 12 and spec.event_id("n°12") == 12
    assert spec.integer("+2", 0, 9, "+") == 2
    assert parsers.capacity("illimité", WEDNESDAY) is None
    assert parsers.capacity("40", WEDNESDAY) == 40
    assert parsers.kind("jeux de société", WEDNESDAY) == "board_games"
    assert parsers.kind("film", WEDNESDAY) == "screening"
    assert parsers.price("gratuit", WEDNESDAY) == 0
    assert parsers.price("6,50 €", WEDNESDAY) == 650
    assert parsers.price("6 euros", WEDNESDAY) == 600
    assert parsers.field("capacité", WEDNESDAY) == parsers.field("places", WEDNESDAY) == "capacity"
    assert parsers.field("où", WEDNESDAY) == "place"


def test_every_kind_and_field_is_reachable_by_its_own_name_and_words() -> None:
    """Discord's choices send the canonical names; typed lines use the words of the catalogue."""
    for kind in KINDS:
        assert parsers.kind(kind, WEDNESDAY) == kind
        for locale in ("fr", "en"):
            assert parsers.kind(EVENT_STRINGS[f"word.kind.{kind}"][locale], WEDNESDAY) == kind
    for name in parsers.FIELDS:
        assert parsers.field(name, WEDNESDAY) == name
        for locale in ("fr", "en"):
            assert parsers.field(EVENT_STRINGS[f"word.field.{name}"][locale], WEDNESDAY) == name


@pytest.mark.parametrize(("parser", "value"), [
    (spec.event_id, "12a"), (lambda v: spec.integer(v, 0, 9, "+"), "+10"),
    (lambda v: spec.integer(v, 0, 9, "+"), "-1"),
    (parsers.capacity, "-5"), (parsers.capacity, "10001"), (parsers.kind, "piscine"),
    (parsers.price, "cher"), (parsers.price, "1001"), (parsers.title, "   "),
    (parsers.title, "x" * 121), (parsers.field, "couleur"),
])
def test_argument_parsers_refuse_bad_values(parser: object, value: str) -> None:
    with pytest.raises(UserInputError):
        parser(value)  # type: ignore[operator]


def test_button_ids_are_versioned_bounded_and_parsed_safely() -> None:
    data = actions.encode("rsvp", 123456789, "going")
    assert len(data.encode()) <= 64
    parsed = actions.parse(data)
    assert parsed is not None and parsed.event_id == 123456789 and parsed.arg == "going"
    for junk in ("", "v2:rsvp:1", "v1:rsvp", "v1:rsvp:1:going:extra", "v1:rsvp:1:going\n",
                 "💥" * 40):
        assert actions.parse(junk) is None


def test_every_string_exists_in_french_and_english_with_the_same_placeholders() -> None:
    for key, entry in STRINGS.items():
        assert set(entry) >= {"fr", "en"}, key
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f}
                  for lang in ("fr", "en")]
        assert fields[0] == fields[1], key


def test_configuration_errors_name_the_variable_never_the_secret() -> None:
    with pytest.raises(ConfigError) as caught:
        load({"TELEGRAM_ORGANIZER_IDS": "12,abc", "DISCORD_TOKEN": "short secret",
              "REMINDER_OFFSETS": "soon"})
    text = str(caught.value)
    assert "TELEGRAM_ORGANIZER_IDS" in text and "DISCORD_TOKEN" in text
    assert "REMINDER_OFFSETS" in text and "short secret" not in text
    settings = load({"TELEGRAM_ORGANIZER_IDS": "12, 34", "REMINDER_OFFSETS": "90m,24h"})
    assert settings.telegram_organizer_ids == (12, 34)
    assert settings.reminder_offsets == (timedelta(hours=24), timedelta(minutes=90))
