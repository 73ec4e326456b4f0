"""Session 9, helper orgdc9: the volunteer organiser on Discord, through the real discord.py
against the fake on 127.0.0.1 (slash commands, ephemeral previews and their buttons)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from test_discord_adapter import ALICE, ORGA, Harness, custom_ids, running
from test_telegram_adapter import ORGA as TG_ORGA
from test_telegram_adapter import running as tg_running

from fakes.discord_api import CHANNEL_ID
from recording import plain


async def _series_with_one_answer(dc: Harness, locale: str) -> None:
    """« Soirée jeux » every other Friday, its first date announced, Alice going."""
    await dc.command("newseries", {"title": "Soirée jeux", "rule": "un vendredi sur deux 20h",
                                   "capacity": 12}, user=ORGA, locale=locale)
    await dc.command("announce", {"event": 1}, user=ORGA, locale=locale)
    card = dc.cards_in(CHANNEL_ID)[-1]
    await dc.press(int(card["id"]), "v1:rsvp:1:going", user=ALICE)


async def _preview(dc: Harness, locale: str) -> dict[str, Any]:
    """/annulerserie 1 typed in the channel: the ephemeral preview with its two buttons."""
    await dc.command("cancelseries", {"series": 1}, user=ORGA, locale=locale)
    return [m for m in dc.fake.messages.values()
            if any(":stopseries:" in c for c in custom_ids(m))][-1]


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_no_pressed_after_yes_never_says_the_series_goes_on(
        db_path: Path, locale: str) -> None:
    """/annulerserie 1 typed twice (« did it work? »): two previews. She taps « Oui,
    arrêter la série » under the second and reads « arrêtée : 4 dates annulées »; the first
    preview, above, still showed both buttons, and « Non, la garder » there answered « Rien
    n'a changé : la série n°1 continue. » She believed it went on, while its dates were
    cancelled and Alice told. Now she reads that it is already stopped."""
    async with running(db_path) as dc:
        await _series_with_one_answer(dc, locale)
        first = await _preview(dc, locale)
        second = await _preview(dc, locale)
        assert first["id"] != second["id"]
        stopped = plain((await dc.press(int(second["id"]), custom_ids(second)[0], user=ORGA,
                                        locale=locale)).text)
        assert ("arrêtée" if locale == "fr" else "stopped") in stopped, stopped
        said = plain((await dc.press(int(first["id"]), custom_ids(first)[1], user=ORGA,
                                     locale=locale)).text)
        assert "continue" not in said and "goes on" not in said, said
        assert ("déjà arrêtée" if locale == "fr" else "already stopped") in said, said
        assert (await dc.core.storage.events.get(1)).cancelled  # type: ignore[union-attr]


@pytest.mark.parametrize(("locale", "button", "words"), [
    ("fr", 0, "arrêtée"), ("fr", 1, "continue"), ("en", 0, "stopped"), ("en", 1, "goes on")])
async def test_the_preview_gives_way_to_the_answer(
        db_path: Path, locale: str, button: int, words: str) -> None:
    """Once a button of the preview is pressed, the preview itself says what was done and
    offers no button any more (the answer replaces it, as /pointage's pages do): no
    question left on screen that the series is already stopped or kept."""
    async with running(db_path) as dc:
        await _series_with_one_answer(dc, locale)
        preview = await _preview(dc, locale)
        pressed = custom_ids(preview)[button]
        await dc.press(int(preview["id"]), pressed, user=ORGA, locale=locale)
        now = dc.fake.messages[int(preview["id"])]
        assert custom_ids(now) == [], now["components"]
        assert words in plain(now["content"]), now["content"]


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_an_event_number_given_as_the_series_names_its_series(
        db_path: Path, locale: str) -> None:
    """Discord's « serie » option has no list to pick from: she gives the number she sees on
    the cards and in /evenements, #3, a date of « Soirée jeux ». She read « Je ne trouve
    pas de série n°3. » and nothing else. Now she is told #3 is a date of series n°1
    « Soirée jeux », the number to give; nothing is cancelled meanwhile."""
    async with running(db_path) as dc:
        await _series_with_one_answer(dc, locale)
        said = plain((await dc.command("cancelseries", {"series": 3}, user=ORGA,
                                       locale=locale)).text)
        assert "« Soirée jeux »" in said if locale == "fr" else '"Soirée jeux"' in said, said
        assert ("série n°1" if locale == "fr" else "series 1") in said, said
        assert "#3" in said, said
        assert not any(":stopseries:" in c for m in dc.fake.messages.values()
                       for c in custom_ids(m))
        assert not (await dc.core.storage.events.get(3)).cancelled  # type: ignore[union-attr]


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_an_unknown_series_number_lists_the_running_ones(
        db_path: Path, locale: str) -> None:
    """/modifierserie 7: « Je ne trouve pas de série n°7. » Which are there? Now the reply
    names the series running, with their numbers, as /series would."""
    async with running(db_path) as dc:
        await _series_with_one_answer(dc, locale)
        await dc.command("newseries", {"title": "Atelier code", "rule": "mercredi 14h"},
                         user=ORGA, locale=locale)
        said = plain((await dc.command("editseries", {"series": 70, "field": "capacity",
                                                      "value": "8"}, user=ORGA,
                                       locale=locale)).text)
        assert "70" in said, said
        for number, title in ((1, "Soirée jeux"), (2, "Atelier code")):
            assert (f"n°{number} « {title} »" if locale == "fr"
                    else f"{number} \"{title}\"") in said, said


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_an_event_and_a_few_words_are_both_announced(db_path: Path, locale: str) -> None:
    """/annoncer on Discord has two options, « numero » and « texte »; she fills both, the
    event and « Venez nombreux, tout le matériel est fourni ! ». She read « Un événement ou
    un texte, pas les deux : une annonce à la fois. » and nothing went out. Now her words
    go out, then the card, and the reply says both."""
    words = "Venez nombreux, tout le matériel est fourni !"
    async with running(db_path) as dc:
        await dc.command("newevent", {"title": "Atelier BD", "when": "samedi 14h"},
                         user=ORGA, locale=locale)
        before = set(dc.fake.messages)
        said = plain((await dc.command("announce", {"event": 1, "text": words}, user=ORGA,
                                       locale=locale)).text)
        posted = [m for k, m in sorted(dc.fake.messages.items()) if k not in before
                  and int(m["channel_id"]) == CHANNEL_ID and not int(m.get("flags") or 0) & 64]
        assert [words in plain(m["content"]) for m in posted] == [True, False], posted
        assert posted[1]["embeds"][0]["title"] == "#1 · Atelier BD", posted[1]
        assert said.count("1 salon ou groupe" if locale == "fr"
                          else "1 announcement channel") == 2, said
        again = plain((await dc.command("announce", {"event": 1, "text": words}, user=ORGA,
                                        locale=locale)).text)
        assert ("déjà annoncé" if locale == "fr" else "already announced") in again, again
        assert len(dc.cards_in(CHANNEL_ID)) == 2  # /creer's card, and the one announced


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    picture = io.BytesIO()
    Image.new("RGB", (600, 800), colour).save(picture, "JPEG")
    return picture.getvalue()


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_a_picture_attached_with_remove_is_not_dropped_in_silence(
        db_path: Path, locale: str) -> None:
    """The poster had a typo; she wants the corrected one instead. /affiche on Discord:
    « numero » 1, « changement » « retirer » (to take the old one off), and the new picture
    in « image ». She read « Affiche retirée de l'événement #1. » and nothing about her new
    picture: the card went out with no poster at all. Now the reply says her picture was
    not put on, and how to put it."""
    async with running(db_path) as dc:
        await dc.command("newevent", {"title": "Atelier BD", "when": "samedi 14h"},
                         user=ORGA, locale=locale)
        await dc.command("poster", {"event": 1, "image": dc.fake.attachment(
            "affiche.jpg", _jpeg((200, 30, 30)))}, user=ORGA, locale=locale)
        said = plain((await dc.command("poster", {
            "event": 1, "change": "remove",
            "image": dc.fake.attachment("affiche-corrigee.jpg", _jpeg((30, 30, 200)))},
            user=ORGA, locale=locale)).text)
        assert ("Affiche retirée" if locale == "fr" else "Poster removed") in said, said
        assert ("« retirer »" if locale == "fr" else '"remove"') in said, said
        assert ("/affiche 1" if locale == "fr" else "/poster 1") in said, said


async def test_on_telegram_too_the_preview_gives_way_to_the_answer(tmp_path: Path) -> None:
    """The same preview in an organiser's private chat on Telegram: once « Oui, arrêter la
    série » is pressed, the message says it is stopped and keeps no button."""
    async with tg_running(tmp_path) as tg:
        await tg.say(TG_ORGA, "/nouvelleserie Soirée jeux | un vendredi sur deux 20h")
        [preview] = [m for m in await tg.say(TG_ORGA, "/annulerserie 1")
                     if any(":stopseries:" in d for d in m.button_data)]
        yes = next(d for d in preview.button_data if d.endswith(":yes"))
        await tg.press(TG_ORGA, preview, yes)
        now = tg.fake.messages[(preview.chat_id, preview.message_id)]
        assert now.button_data == [] and "arrêtée" in now.visible, now.visible


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_a_preview_with_nobody_to_tell_says_so_in_words(
        db_path: Path, locale: str) -> None:
    """A series nobody answered yet (created by mistake, stopped at once): the preview read
    « et 0 personne qui y a répondu sera prévenue ». Now: nobody answered, nobody is told."""
    async with running(db_path) as dc:
        await dc.command("newseries", {"title": "Atelier code", "rule": "mercredi 14h"},
                         user=ORGA, locale=locale)
        said = plain((await dc.command("cancelseries", {"series": 1}, user=ORGA,
                                       locale=locale)).text)
        assert " 0 " not in said, said
        assert ("personne n'y a répondu" if locale == "fr" else "nobody answered") in said, said
