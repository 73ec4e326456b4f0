"""The command description is the one source of every parser: typed lines and slash options
reach the same validation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.dates import When
from bot.errors import UserInputError
from bot.i18n import add_strings
from bot.spec import CommandSpec, EventRef, Param, parse_values, split_text
from commands.events.strings import STRINGS as EVENT_STRINGS

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


async def _noop(ctx: object) -> None:
    return None


RSVP = CommandSpec(
    "rsvp", _noop, params=(
        Param("event", "event"),
        Param("answer", "choice", required=False, values=("going", "maybe", "no"),
              words={"oui": "going", "peutetre": "maybe", "non": "no"}),
        Param("guests", "int", required=False, minimum=0, maximum=9, prefix="+"),
    ))
NEW = CommandSpec(
    "newevent", _noop, pipes=True, params=(
        Param("title", max_length=120), Param("when", "when"),
        Param("capacity", "int", required=False, maximum=10_000),
    ))
EDIT = CommandSpec(
    "editevent", _noop, params=(
        Param("event", "event"),
        Param("field", "choice", values=("place", "title"), words={"lieu": "place"}),
        Param("value", rest=True)))
LATER = CommandSpec(
    "announcelater", _noop, params=(Param("event", "event"), Param("when", "when", rest=True)))
ANNOUNCE = CommandSpec(
    "announce", _noop, params=(
        Param("event", "event", required=False), Param("text", required=False, rest=True)))


def values(spec: CommandSpec, line: str) -> dict[str, object]:
    return parse_values(spec, split_text(spec, line, NOW), NOW)


def test_optional_words_in_any_order() -> None:
    assert values(RSVP, "12 peut-être +2") == {"event": 12, "answer": "maybe", "guests": 2}
    assert values(RSVP, "#12 +2 Oui") == {"event": 12, "answer": "going", "guests": 2}
    assert values(RSVP, "12") == {"event": 12, "answer": None, "guests": None}


def test_bad_words_are_explained_not_guessed() -> None:
    with pytest.raises(UserInputError) as err:
        values(RSVP, "12 banane")
    assert err.value.key == "error.bad_choice_of"
    with pytest.raises(UserInputError) as err:
        values(RSVP, "12 oui +2 encore")
    assert err.value.key == "error.too_many_words"
    with pytest.raises(UserInputError) as err:
        values(RSVP, "")
    assert err.value.key == "error.missing_event_id"
    add_strings(EVENT_STRINGS)  # as the events feature registers them at start-up
    with pytest.raises(UserInputError) as err:
        values(NEW, "")
    assert err.value.key == "error.missing_title"  # the feature's own words win
    assert values(NEW, "Soirée | 2026-12-05 20:00 | | ")["capacity"] is None
    odd = CommandSpec("odd", _noop, params=(Param("flavour"),))
    with pytest.raises(UserInputError) as err:
        values(odd, "")
    assert err.value.key == "error.missing_param"


@pytest.mark.parametrize("raw", ["1" * 40, "#abc", "0", "-3", "12.5", "n°0"])
def test_event_ids_are_bounded(raw: str) -> None:
    with pytest.raises(UserInputError):
        values(RSVP, raw)


def test_title_words_name_an_event_until_the_next_value() -> None:
    soiree = EventRef("soirée jeux")
    assert values(RSVP, "soirée jeux") == {"event": soiree, "answer": None, "guests": None}
    assert values(RSVP, "soirée  jeux oui +2") == {"event": soiree, "answer": "going",
                                                   "guests": 2}
    assert values(RSVP, "soirée jeux +2") == {"event": soiree, "answer": None, "guests": 2}
    assert values(EDIT, "soirée jeux lieu Salle 2") == {"event": soiree, "field": "place",
                                                       "value": "Salle 2"}
    later = values(LATER, "soirée jeux demain 18h")
    assert later["event"] == soiree
    assert isinstance(later["when"], When)
    assert later["when"].start == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)  # Friday 18h
    assert values(RSVP, "12 oui")["event"] == 12  # a number is still one word
    assert parse_values(RSVP, {"event": "Soirée jeux"}, NOW)["event"] == EventRef("Soirée jeux")
    with pytest.raises(UserInputError) as err:
        values(RSVP, "oui +2")  # the answer came, the event did not
    assert err.value.key == "error.missing_event_id"
    with pytest.raises(UserInputError) as err:
        values(RSVP, "x" * 200)
    assert err.value.key == "error.text_too_long"


def test_pipes_with_gaps() -> None:
    found = values(NEW, "Soirée jeux | 2026-12-05 20:00 | 20")
    assert found["title"] == "Soirée jeux" and found["capacity"] == 20
    assert isinstance(found["when"], When)
    assert found["when"].start == datetime(2026, 12, 5, 19, 0, tzinfo=UTC)
    with pytest.raises(UserInputError) as err:
        values(NEW, "a | 2026-12-05 20:00 | 3 | 4")
    assert err.value.key == "error.too_many_parts"
    with pytest.raises(UserInputError) as err:
        values(NEW, "Soirée | 2020-01-01 20:00")
    assert err.value.key == "error.past_when"


def test_slash_options_reach_the_same_parser() -> None:
    assert parse_values(RSVP, {"event": "12", "guests": "3"}, NOW)["guests"] == 3
    with pytest.raises(UserInputError):
        parse_values(RSVP, {"event": "12", "guests": "30"}, NOW)
    with pytest.raises(UserInputError):
        parse_values(RSVP, {"event": "12", "nope": "1"}, NOW)


def test_event_or_free_text() -> None:
    assert values(ANNOUNCE, "12") == {"event": 12, "text": None}
    assert values(ANNOUNCE, "Fermé lundi") == {"event": None, "text": "Fermé lundi"}
    # An optional event is only ever a number: words are the announcement's text.
    assert values(ANNOUNCE, "Soirée jeux ce soir") == {"event": None,
                                                      "text": "Soirée jeux ce soir"}


def test_a_badly_described_command_is_refused_at_start_up() -> None:
    with pytest.raises(ValueError):
        CommandSpec("x", _noop, params=(Param("a", rest=True), Param("b")))
    with pytest.raises(ValueError):
        CommandSpec("x", _noop, params=(Param("a", required=False), Param("b")))
