"""Session 9, helper org2: a /creer title typed without « | » is searched for a date at every
word (`_date_in_title`, so « Soirée jeux samedi 20h » is caught). Each try looked for typos
in every remaining word with difflib: a 13-word title with a few numbers (« Tournoi 3 contre
3 … pour les 12-15 ans … ») cost 8 date reads and over 2,000 word comparisons, about 8 ms of
the event loop on this machine, while members' button presses wait behind it. Each word is
now compared once. The title is still created, and a date inside one still refused."""

from __future__ import annotations

import difflib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from commands.events import parsers
from recording import Bot, plain

NOW = datetime(2026, 11, 27, 11, 0, tzinfo=ZoneInfo("Europe/Paris"))
TITLE = "Tournoi 3 contre 3 de baby-foot pour les 12-15 ans avec goûter offert"


def test_each_word_of_a_long_title_is_compared_once(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[str] = []
    real = difflib.get_close_matches

    def counting(word: str, *args: object, **kwargs: object) -> list[str]:
        compared.append(word)
        return real(word, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    parsers.new_title(TITLE + " zorglub", NOW)  # a word never seen before, too
    assert len(compared) <= len(set(compared)), compared


async def test_the_long_title_is_still_created_and_a_date_inside_still_caught(bot: Bot) -> None:
    done = plain(await bot.say(f"/creer {TITLE} | samedi 5 décembre 14h"))
    assert f"« {TITLE} »" in done, done
    caught = plain(await bot.say("/creer Soirée jeux de société en famille samedi 20h"))
    assert "/creer Soirée jeux de société en famille | samedi 20h" in caught, caught
    typo = plain(await bot.say("/creer Soirée jeux | samedu 20h"))
    assert "samedi" in typo and "samedu" in typo, typo
