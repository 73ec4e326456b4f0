"""Session 8, helper org2: a volunteer organiser on her phone (Telegram, French) creating an
event step by step with /creer alone, through the real Telegram adapter against its fake.

She answers the first question with the whole event in one line, as she would write it in
an SMS (or as the one-line form she saw once): the bot used to keep the whole line as the
title (« Soirée jeux samedi 5 décembre 20h 30 places gratuit » on the card) and ask the date
she had just given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_telegram_adapter import GROUP, ORGA, Harness, running

from bot.i18n import PARIS
from commands.events.parsers import event_line
from fakes.telegram_api import Stored
from recording import NOW


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


async def _say(tg: Harness, text: str, who: dict[str, Any] = ORGA) -> str:
    return _plain("\n".join(m.visible for m in await tg.say(who, text)))


async def _tap(tg: Harness, label: str, who: dict[str, Any] = ORGA) -> str:
    """Press `label` on the newest private message showing it; what appeared or changed."""
    shown: list[Stored] = [m for m in tg.fake.chat(who["id"])
                           if label in [b.replace("\xa0", " ") for b in m.button_labels]]
    assert shown, f"no button {label!r}"
    message = shown[-1]
    before = {k: (v.text, v.edits) for k, v in tg.fake.messages.items()}
    data = message.button_data[[b.replace("\xa0", " ") for b in message.button_labels]
                               .index(label)]
    await tg.press(who, message, data)
    return _plain("\n".join(v.visible for k, v in sorted(tg.fake.messages.items())
                            if before.get(k) != (v.text, v.edits)))


async def _to_preview(tg: Harness, said: str, english: bool = False) -> str:
    """Skip what is left (description, picture) to the preview."""
    for _ in range(4):
        if ("Preview" if english else "Aperçu") in said:
            return said
        said = await _tap(tg, "Skip" if english else "Passer")
    return said


async def test_the_whole_event_in_one_line_at_the_first_question(tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        assert "Quel type" in await _say(tg, "/creer")
        said = await _say(tg, "Soirée jeux samedi 5 décembre 20h 30 places gratuit")
        assert "5 décembre" in said and "30 places" in said, said
        assert "Quand ?" not in said and "Combien de places" not in said, said
        assert "Une description" in said, said
        preview = await _to_preview(tg, said)
        assert "« Soirée jeux »" in preview, preview
        assert "Soirée jeux de société · samedi 5 décembre 2026 à 20h" in preview, preview
        assert "Gratuit · 30 places" in preview, preview
        await _tap(tg, "Publier maintenant")
        card = tg.fake.chat(GROUP)[-1].visible
        assert card.startswith("#1 · Soirée jeux\n"), card


async def test_the_one_line_form_pasted_at_the_first_question(tmp_path: Path) -> None:
    """« Soirée jeux | samedi 12 décembre 20h | 30 », the line /creer takes, pasted into the
    dialogue: the pipes were kept in the title."""
    async with running(tmp_path) as tg:
        await _say(tg, "/creer")
        said = await _say(tg, "Soirée jeux | samedi 12 décembre 20h | 30")
        assert "|" not in said and "12 décembre" in said, said
        assert "Quel prix" in said, said
        await _tap(tg, "Gratuit")
        preview = await _to_preview(tg, await _say(tg, "passer"))
        assert "« Soirée jeux »" in preview and "30 places" in preview, preview


async def test_title_and_date_together_at_the_title_step(tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        await _say(tg, "/creer")
        assert "titre" in (await _tap(tg, "Projection")).lower()
        said = await _say(tg, "Ciné-club « Le Havre » samedi 28 novembre à 20h30")
        assert "samedi 28 novembre 2026 à 20h30" in said, said
        assert "Combien de places" in said, said
        await _tap(tg, "20 places")
        await _tap(tg, "Gratuit")
        preview = await _to_preview(tg, await _say(tg, "rien"))
        assert "« Ciné-club « Le Havre » »" in preview, preview


async def test_a_title_without_a_date_is_still_only_the_title(tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        await _say(tg, "/creer")
        said = await _say(tg, "Atelier graphisme 3D")
        assert "Quand ?" in said, said
        said = await _say(tg, "samedi 14h")
        assert "Combien de places" in said, said


async def test_in_english_too(tmp_path: Path) -> None:
    async with running(tmp_path) as tg:
        await _say(tg, "/langue en")
        await _say(tg, "/newevent")
        said = await _say(tg, "Board games Saturday 5 December 8pm 20 seats free")
        assert "Saturday 5 December" in said and "What kind" not in said, said
        assert "description" in said.lower(), said
        preview = await _to_preview(tg, said, english=True)
        assert "\"Board games\"" in preview and "20 seats" in preview, preview


async def test_an_earlier_steps_button_pressed_later_says_what_it_changed(tmp_path: Path) -> None:
    """At « Une description ? » she scrolls up and taps « 30 places » on the seats question
    (she meant 30, not 20): the bot changed the seats and asked the description again without
    a word, so she did not know whether the tap counted. Now it says what changed."""
    async with running(tmp_path) as tg:
        await _say(tg, "/creer")
        await _tap(tg, "Projection")
        await _say(tg, "Ciné-club")
        await _say(tg, "samedi 20h")
        await _tap(tg, "20 places")
        assert "Une description" in await _tap(tg, "Gratuit")
        said = await _tap(tg, "30 places")
        assert "30 places" in said and "Une description" in said, said
        said = await _tap(tg, "Atelier")
        assert "Atelier" in said.split("Une description")[0], said
        preview = await _to_preview(tg, await _say(tg, "rien"))
        assert "Atelier · samedi 28 novembre" in preview and "30 places" in preview, preview


@pytest.mark.parametrize(("typed", "expected"), [
    ("Les 12 coups de midi", None),
    ("Atelier 14-18 ans", None),
    ("Tournoi Mario Kart 8", None),
    ("Loto entrée libre samedi 5 décembre 14h", ("Loto", "2026-12-05 14:00", None, 0)),
    ("Ciné du dimanche 18h, 6 €", ("Ciné", "2026-11-29 18:00", None, 600)),
    ("Stage vidéo - mercredi 2/12 de 14h à 17h, 12 places",
     ("Stage vidéo", "2026-12-02 14:00", 12, None)),
])
def test_what_one_line_is_read_as(typed: str, expected: tuple[object, ...] | None) -> None:
    line = event_line(typed, NOW)
    if expected is None:
        assert line is None, line
        return
    assert line is not None and line.when is not None, typed
    start = line.when.start.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")
    assert (line.title, start, line.capacity, line.price) == expected
