"""Session 8, titles and names as people type them on a phone: an emoji family, a singer, a
coder with a skin tone or a rainbow flag is one picture joined by zero-width joiners (ZWJ);
the cleaning took the joiners out, and « Soirée 👨‍👩‍👧 » showed three people in a row. What a
title could hide behind or look empty with still goes: direction overrides, zero-width and
format characters, and letters that print as nothing (the Hangul filler, the blank braille
pattern), so « ㅤ » is no title and no name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.text import clean_stored
from recording import Bot, plain

ZWJ = "\u200d"
FAMILY = f"👨{ZWJ}👩{ZWJ}👧"
SINGER = f"🧑{ZWJ}🎤"
CODER = f"👩🏽{ZWJ}💻"
RAINBOW = f"🏳\ufe0f{ZWJ}🌈"
HEART_ON_FIRE = f"❤\ufe0f{ZWJ}🔥"
HEALTH_WORKER = f"👩{ZWJ}⚕\ufe0f"
SCOTLAND = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"


@pytest.mark.parametrize("emoji", [FAMILY, SINGER, CODER, RAINBOW, HEART_ON_FIRE,
                                   HEALTH_WORKER, SCOTLAND])
def test_emoji_sequences_stay_whole(emoji: str) -> None:
    assert clean_stored(f"Soirée {emoji} en famille", 200) == f"Soirée {emoji} en famille"


@pytest.mark.parametrize("typed, kept", [
    ("Nina\u202eUOY TSAL", "NinaUOY TSAL"),  # right-to-left override
    (f"a{ZWJ}b", "ab"),  # a joiner between letters joins nothing
    (f"{ZWJ}👩", "👩"),
    (f"👩{ZWJ}", "👩"),
    ("Ni\u2060na\u00ad", "Nina"),  # word joiner, soft hyphen
    ("a\U000e0041b", "ab"),  # a tag character outside a flag
    ("\u3164", ""),  # Hangul filler: a name that looks empty
    ("\u2800\u2800", ""),  # blank braille pattern
    ("Zo\u115fé\uffa0", "Zoé"),
    ("ligne\u2028deux", "lignedeux"),
    ("\u2066\u2067isolé\u2069", "isolé"),
])
def test_what_a_title_could_hide_behind_still_goes(typed: str, kept: str) -> None:
    assert clean_stored(typed, 200) == kept


def test_cut_at_the_limit_leaves_no_dangling_joiner() -> None:
    assert clean_stored(f"ab👩{ZWJ}💻", 3) == "ab👩"


async def test_an_event_titled_with_a_family_shows_the_family(bot: Bot) -> None:
    reply = await bot.say(f"/nouvelevenement Goûter {FAMILY} et {SINGER} | 2026-12-05 16:00 | 20")
    assert f"Goûter {FAMILY} et {SINGER}" in reply, reply
    listed = await bot.say("/evenements", user="lea")
    assert f"Goûter {FAMILY} et {SINGER}" in listed, listed


async def test_a_title_that_looks_empty_is_refused(bot: Bot) -> None:
    """« ㅤ » (a Hangul filler, what people paste to look nameless) made an event nobody
    could read in the list: « #2 ·  · samedi … »."""
    reply = plain(await bot.say("/nouvelevenement \u3164 | 2026-12-05 16:00 | 20"))
    assert "créé" not in reply, reply
    assert "#1" not in plain(await bot.say("/evenements", user="lea"))


@pytest.fixture
async def bot(tmp_path: Path) -> Bot:  # type: ignore[misc]
    from test_s7_words_help import _bot

    async with _bot(tmp_path / "focus.db", "telegram") as running:
        yield running
