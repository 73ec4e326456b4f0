"""Session 7, words as a phone types them: autocorrect adds a comma or a full stop after a
word (« Oui, »), and French typing puts a space before « ! » and « ? » (« peut-être ! »).
A parent saw « "Oui," : répondez par oui, peut-être ou non » for a plain yes."""

from __future__ import annotations

import pytest

from recording import Bot, plain


@pytest.mark.parametrize(("typed", "seats"), [
    ("/participer 1 Oui, +1", "2 places"),
    ("/participer 1 oui. +1", "2 places"),
    ("/participer 1 Oui !", "(1/20"),
    ("/participer 1 oui +1 .", "2 places"),
    ("/participer 1 Oui +1.", "2 places"),
    ("/participer 1, oui", "(1/20"),
    # « n° 12 »: French typography puts a space between the sign and its number.
    ("/participer n° 1 oui", "(1/20"),
    ("/participer # 1 oui +2", "3 places"),
])
async def test_a_yes_with_a_phones_punctuation_is_a_yes(demo: Bot, typed: str,
                                                        seats: str) -> None:
    reply = plain(await demo.say(typed, user="lea"))
    assert "inscrit·e" in reply and seats in reply, reply


async def test_maybe_and_no_with_punctuation(demo: Bot) -> None:
    maybe = plain(await demo.say("/participer 2 peut-être !", user="lea"))
    assert "peut-être pour" in maybe, maybe
    off = plain(await demo.say("/rappels Non.", user="lea"))
    assert "Rappels désactivés" in off, off
    english = plain(await demo.say("/language En.", user="tom"))
    assert "English" in english, english


async def test_a_text_keeps_its_own_exclamation_mark(demo: Bot) -> None:
    """What an organiser writes is kept as written: only a word's trailing punctuation
    goes, never the end of a free text."""
    await demo.say("/annoncer Venez nombreux !")
    [(_, posted), *_] = demo.platform.sent
    assert posted.text.endswith("Venez nombreux !"), posted.text


@pytest.mark.parametrize(("typed", "said"), [
    ("/participer 1 ouais", "inscrit·e"), ("/participer 1 ok", "inscrit·e"),
    ("/participer 1 👍", "inscrit·e"), ("/participer 1 ptet", "peut-être pour"),
    ("/participer 1 nan", "ne venez pas"),
])
async def test_a_teenagers_yes_maybe_and_no(demo: Bot, typed: str, said: str) -> None:
    """A 13-year-old types « /participer 1 ouais » (or 👍) and read « « ouais » : répondez
    par oui, peut-être ou non »."""
    reply = plain(await demo.say(typed, user="lea"))
    assert said in reply, reply
