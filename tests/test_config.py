"""Start-up configuration: what an operator gets for each setting, good or bad.

`load(env=..., dotenv=None)` reads only the mapping given, so nothing here depends on the
machine's environment or a stray `.env` file.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.config import ConfigError, describe, load

DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.discord-secret-value-1234567890"
TELEGRAM_TOKEN = "123456789:AAH-telegram-secret-value_0123456789"
OUR_SERVER = "900000000000000100"


def problems_of(env: dict[str, str]) -> list[str]:
    with pytest.raises(ConfigError) as raised:
        load(env=env, dotenv=None)
    return raised.value.problems


# -- which Discord server(s) are ours ---------------------------------------------------------

def test_discord_token_without_a_server_id_stops_start_up_with_how_to_find_it() -> None:
    [problem] = problems_of({"DISCORD_TOKEN": DISCORD_TOKEN})
    assert problem.startswith("DISCORD_GUILD_IDS")
    assert "Developer Mode" in problem and "Copy Server ID" in problem
    assert DISCORD_TOKEN not in problem


def test_server_ids_are_a_list_and_the_old_name_still_counts() -> None:
    settings = load(env={"DISCORD_TOKEN": DISCORD_TOKEN,
                         "DISCORD_GUILD_IDS": f"{OUR_SERVER}, 900000000000000101"},
                    dotenv=None)
    assert settings.discord_guild_ids == (900000000000000100, 900000000000000101)
    assert settings.discord_other_servers == "ignore"  # the safe default

    old = load(env={"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_ID": OUR_SERVER},
               dotenv=None)
    assert old.discord_guild_ids == (900000000000000100,)
    both = load(env={"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_ID": OUR_SERVER,
                     "DISCORD_GUILD_IDS": f"900000000000000101,{OUR_SERVER}"}, dotenv=None)
    assert both.discord_guild_ids == (900000000000000101, 900000000000000100)


@pytest.mark.parametrize("raw", ["lefocus", "-12", "0"])
def test_a_server_id_that_cannot_be_one_is_refused_by_name(raw: str) -> None:
    [problem] = problems_of({"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": raw})
    assert problem.startswith("DISCORD_GUILD_IDS")


def test_no_discord_token_needs_no_server_id() -> None:
    settings = load(env={}, dotenv=None)
    assert settings.discord_guild_ids == () and settings.platforms == []


@pytest.mark.parametrize("raw,mode", [("", "ignore"), ("ignore", "ignore"),
                                      ("Members", "members")])
def test_other_servers_mode(raw: str, mode: str) -> None:
    settings = load(env={"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER,
                         "DISCORD_OTHER_SERVERS": raw}, dotenv=None)
    assert settings.discord_other_servers == mode


def test_other_servers_mode_unknown_is_refused() -> None:
    [problem] = problems_of({"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER,
                             "DISCORD_OTHER_SERVERS": "everyone"})
    assert problem.startswith("DISCORD_OTHER_SERVERS") and "ignore" in problem


# -- reminder offsets -------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("30s,30s", (timedelta(seconds=30),)),
    ("24h,1440m", (timedelta(hours=24),)),
    ("2h, 24h ,90m,2h", (timedelta(hours=24), timedelta(hours=2), timedelta(minutes=90))),
    ("60j", (timedelta(days=60),)),
])
def test_equal_reminder_offsets_are_merged(raw: str, expected: tuple[timedelta, ...]) -> None:
    """A duplicate used to mark every reminder "superseded": none was ever sent."""
    assert load(env={"REMINDER_OFFSETS": raw}, dotenv=None).reminder_offsets == expected


@pytest.mark.parametrize("raw,bad", [
    ("1000000000h", "1000000000h"),  # used to crash every scheduler tick (OverflowError)
    ("24h," + "9" * 400 + "h", "9" * 20),
    ("24h,61d", "61d"),
    ("24h,0s", "0s"),
    ("demain", "demain"),
    ("24h,-2h", "-2h"),
    (",", None),
])
def test_unusable_reminder_offsets_stop_start_up_by_name(raw: str, bad: str | None) -> None:
    [problem] = problems_of({"REMINDER_OFFSETS": raw})
    assert problem.startswith("REMINDER_OFFSETS")
    if bad is not None:
        assert f"'{bad}" in problem


# -- `python -m bot check` --------------------------------------------------------------------

def test_describe_explains_our_servers_and_never_shows_a_token() -> None:
    settings = load(env={"DISCORD_TOKEN": DISCORD_TOKEN, "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
                         "DISCORD_GUILD_IDS": f"{OUR_SERVER},900000000000000101"},
                    dotenv=None)
    text = "\n".join(describe(settings))
    assert DISCORD_TOKEN not in text and TELEGRAM_TOKEN not in text
    for fragment in (DISCORD_TOKEN[:24], TELEGRAM_TOKEN.split(":")[1][:12]):
        assert fragment not in text
    assert "DISCORD_TOKEN: set" in text and "TELEGRAM_BOT_TOKEN: set" in text
    assert OUR_SERVER in text and "900000000000000101" in text
    assert "DISCORD_OTHER_SERVERS = ignore" in text
    assert "organiser" in text.lower()

    members = load(env={"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER,
                        "DISCORD_OTHER_SERVERS": "members"}, dotenv=None)
    assert "DISCORD_OTHER_SERVERS = members" in "\n".join(describe(members))


def test_describe_repr_and_errors_never_show_a_malformed_token() -> None:
    bad = "short secret"
    problems = problems_of({"DISCORD_TOKEN": bad, "DISCORD_GUILD_IDS": OUR_SERVER})
    assert all(bad not in p for p in problems)
    settings = load(env={"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER},
                    dotenv=None)
    assert DISCORD_TOKEN not in repr(settings)


@pytest.mark.parametrize("name", ["WEB_PORT", "BACKUP_KEEP"])
@pytest.mark.parametrize("raw", ["²", "①", "0", "-1", "abc", "99999999999999999999"])
def test_numbers_that_are_not_one_are_refused_by_name(name: str, raw: str) -> None:
    """« ² » is a digit to Python's isdigit() but not a number to int(): a ConfigError
    naming the variable, never a traceback at start-up."""
    with pytest.raises(ConfigError) as err:
        load({name: raw}, dotenv=None)
    assert any(problem.startswith(name) for problem in err.value.problems)
