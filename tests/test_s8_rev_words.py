"""Session 8, final read of the words (rev-words): what a member types as they would say it.

- « ͏ » (the combining grapheme joiner), the Khmer inherent vowels and the musical null
  notehead are on every « invisible character » site next to the Hangul filler: a title or a
  name of them looked empty in every list, as « ㅤ » did before this session.
- « /aide mes données » and « /aide je viens » name a command (/mesdonnees, /jeviens) in
  words: /aide answered « Je ne trouve pas » and, to an organiser, offered /ecrire first."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.text import clean_stored
from recording import Bot, plain

# What « invisible character » sites offer to paste, beside « ㅤ » (U+3164) and « ⠀ » (U+2800).
BLANKS = ["\u034f", "\u17b4", "\u17b5", "\U0001d159"]


@pytest.mark.parametrize("blank", BLANKS)
def test_a_name_of_invisible_letters_is_no_name(blank: str) -> None:
    assert clean_stored(blank * 3, 100) == ""
    assert clean_stored(f"Zo{blank}é", 100) == "Zoé"


@pytest.mark.parametrize("blank", BLANKS)
async def test_a_title_that_looks_empty_is_refused(bot: Bot, blank: str) -> None:
    reply = plain(await bot.say(f"/nouvelevenement {blank} | 2026-12-05 16:00 | 20"))
    assert "créé" not in reply, reply
    assert "#1" not in plain(await bot.say("/evenements", user="lea"))


@pytest.mark.parametrize("user", ["lea", "org"])
@pytest.mark.parametrize("topic, shown, alias", [
    ("mes données", "/mesdonnees", "/mydata"),
    ("je viens", "/participer", "/jeviens"),
    ("je viens 12", "/participer", "/jeviens"),
    ("Mes Événements", "/mesevenements", "/myevents"),
])
async def test_aide_about_a_command_said_in_words(bot: Bot, user: str, topic: str,
                                                  shown: str, alias: str) -> None:
    reply = plain(await bot.say(f"/aide {topic}", **({"user": user} if user != "org" else {})))
    assert "Je ne trouve pas" not in reply, reply
    assert reply.startswith(f"• {shown}"), reply
    assert alias in reply, reply
    assert "/ecrire" not in reply, reply


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Bot]:
    from test_s7_words_help import _bot

    async with _bot(tmp_path / "focus.db", "telegram") as running:
        yield running


async def test_aide_with_a_typo_in_words_offers_that_command_first(bot: Bot) -> None:
    reply = plain(await bot.say("/aide mes donées"))
    assert reply.splitlines()[1].startswith("• /mesdonnees"), reply
    assert "/ecrire" not in reply, reply


@pytest.mark.parametrize("name, value", [
    ("PUBLIC_URL", "https://agenda.example.org\u200b"),  # a zero-width space from a chat
    ("PUBLIC_URL", "https://agenda.exa\u00admple.org"),  # a soft hyphen from a web page
    ("PUBLIC_URL", "\u200ehttps://agenda.example.org"),  # a direction mark
    ("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot\u2060"),
])
def test_an_address_pasted_with_an_invisible_character_is_one_clear_line(
        name: str, value: str) -> None:
    """« PUBLIC_URL=https://agenda.example.org » pasted from a chat with a zero-width space
    started the bot: every /monagenda and event link carried the invisible character, and a
    parent's phone opened the address without it, or none. Now start-up stops on one line
    naming the character by its code (DATABASE_PATH has said so since this session)."""
    from bot.config import ConfigError, load

    with pytest.raises(ConfigError) as raised:
        load(env={name: value, "WEB_PORT": "8080"}, dotenv=None)
    [problem] = raised.value.problems
    assert problem.startswith(f"{name}: it holds an invisible character (U+"), problem
    assert "type the address again by hand" in problem, problem
    assert value not in problem and not any(
        c in problem for c in "\u200b\u00ad\u200e\u2060"), problem


def test_aide_followed_by_a_whole_message_of_words_answers_at_once() -> None:
    """« /aide » and 4,000 characters of words (a teenager's paste): each first words of the
    line were tried as a command's name, 2 s of the bot's loop for everyone. A name is a few
    words at most: the same few milliseconds as a short topic."""
    import time

    from commands import build_router
    from commands.help.handlers import find_topic

    visible = build_router().for_platform("telegram")
    started = time.perf_counter()
    assert find_topic(visible, " ".join(["ab"] * 2000)) is None
    assert time.perf_counter() - started < 0.25
    assert find_topic(visible, "je viens " + "ab " * 2000) is not None
