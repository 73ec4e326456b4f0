"""Session 8, members' own data through the real Telegram and Discord adapters (fakes on
127.0.0.1): what a parent of Léa (9) and Tom (13), an English-speaking dad and a
13-year-old typed, and what they read."""

from __future__ import annotations

from typing import Any

import pytest
from test_discord_adapter import ALICE
from test_discord_adapter import running as discord_running
from test_telegram_adapter import Harness, new_event

from fakes.telegram_api import Stored, user
from recording import plain

MUM = user(3001, "Sophie", "fr")
DAD = user(3002, "John", "en")


async def _said(tg: Harness, who: dict[str, Any], text: str) -> str:
    return plain("\n".join(m.visible for m in await tg.say(who, text)))


async def _language(tg: Harness, who: dict[str, Any]) -> str | None:
    member = await tg.core.storage.members.find("telegram", str(who["id"]))
    assert member is not None
    return member.language


# -- /langue -----------------------------------------------------------------------------------


async def test_language_alone_from_the_phone_menu_says_which_and_offers_both(
        tg: Harness) -> None:
    """Sophie tapped « /langue » in Telegram's menu (it sends the command alone): « Manquant :
    langue. Utilisation : /langue <fr|en> » — an error for tapping the menu. Now she reads
    which language the bot speaks to her, and taps the other one."""
    [shown] = await tg.say(MUM, "/langue")
    text = plain(shown.visible)
    assert "manque" not in text and "français" in text, text
    assert len(text) < 200, text  # one glance on a phone
    english = next(d for d, label in zip(shown.button_data, shown.button_labels, strict=True)
                   if "English" in label)
    toast = await tg.press(MUM, shown, english)  # a short answer to a tap is a toast
    assert await _language(tg, MUM) == "en"
    assert "I will speak English" in toast, toast
    [shown] = await tg.say(DAD, "/language")
    assert "English" in plain(shown.visible) and "Missing" not in shown.visible, shown.visible


@pytest.mark.parametrize(("typed", "wanted"), [
    ("/langue fr stp", "fr"), ("/language french please", "fr"), ("/langue en français", "fr"),
    ("/langue english pls", "en"), ("/langue 🇬🇧", "en"), ("/langue en anglais", "en"),
    ("/lang in English please", "en"), ("/langue 🇫🇷", "fr"), ("/langue anglais svp 🙏", "en"),
])
async def test_a_language_in_a_persons_own_words(tg: Harness, typed: str, wanted: str) -> None:
    """« /langue fr stp » read « Il y a des mots en trop », « /langue 🇬🇧 » « Langue « 🇬🇧 »
    inconnue »: a polite word or a flag, and the language stayed as it was."""
    await _said(tg, DAD if wanted == "fr" else MUM, "/langue " + ("en" if wanted == "fr"
                                                                  else "fr"))
    who = DAD if wanted == "fr" else MUM
    text = await _said(tg, who, typed)
    assert await _language(tg, who) == wanted, text
    assert ("français" if wanted == "fr" else "English") in text, text


async def test_two_languages_at_once_are_asked_and_nothing_changes(tg: Harness) -> None:
    """« /langue fr ou en ? » read « Langue « fr ou en ? » inconnue »: it named both."""
    text = await _said(tg, MUM, "/langue fr ou en ?")
    assert "laquelle des deux" in text, text
    assert "inconnue" in await _said(tg, MUM, "/langue espagnol")
    assert "inconnue" in await _said(tg, MUM, "/langue pas anglais")
    assert await _language(tg, MUM) is None


async def test_language_alone_on_discord_says_which(db_path: Any) -> None:
    """The slash command /langue without its option: Discord would not even let her send it
    (the option was required); now it is optional and says which language is in use."""
    async with discord_running(db_path) as dc:
        answer = await dc.command("language", user=ALICE, locale="en-GB")
        assert "English" in plain(answer.text) and answer.ephemeral == [True], answer.text
        answer = await dc.command("language", {"language": "fr"}, user=ALICE, locale="en-GB")
        assert "français" in plain(answer.text), answer.text


# -- /rappels ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "wanted"), [("👎", False), ("🔕", False), ("❌", False),
                                               ("👍", True), ("🔔", True), ("✅", True)])
async def test_reminders_with_an_emoji(tg: Harness, typed: str, wanted: bool) -> None:
    """« /rappels 👎 » (👍 and 👎 answer an event) read « Je n'ai pas compris « 👎 » »."""
    await _said(tg, MUM, "/rappels " + ("non" if wanted else "oui"))
    text = await _said(tg, MUM, f"/rappels {typed}")
    member = await tg.core.storage.members.find("telegram", str(MUM["id"]))
    assert member is not None and member.reminders is wanted, text


# -- /oubliemoi Léa ------------------------------------------------------------------------


async def _children_named(tg: Harness) -> tuple[int, int]:
    first = await new_event(tg)
    second = await new_event(tg, "Ciné | 2026-12-06 15:00 | 10")
    await tg.say(MUM, f"/participer {first} oui Léa (9), Tom (13)")
    await tg.say(MUM, f"/participer {second} oui +2 léa, tom")
    return first, second


def _button(message: Stored, part: str) -> str:
    return next(d for d, label in zip(message.button_data, message.button_labels, strict=True)
                if part in label)


@pytest.mark.parametrize("typed", ["/oubliemoi Léa", "/oubliemoi les prénoms des enfants",
                                   "/oubliemoi tom stp"])
async def test_a_parent_erasing_a_childs_name_keeps_the_seats(tg: Harness,
                                                              typed: str) -> None:
    """The answer with the children's names ends « /oubliemoi les efface tout de suite ».
    Sophie typed « /oubliemoi Léa »: « Je n'ai pas compris « Léa » », then a question whose
    only yes erased her whole account and gave her three seats, twice, to the waitlist. Now
    she is told /oubliemoi erases everything, and one button erases only the names."""
    first, second = await _children_named(tg)
    replies = await tg.say(MUM, typed)
    question = replies[-1]
    text = plain(question.visible)
    assert "pas compris" not in text and "prénoms" in text, text
    await tg.press(MUM, question, _button(question, "prénoms"))
    told = plain(tg.fake.messages[max(tg.fake.messages)].visible)
    assert "prénoms" in told and "places" in told, told
    storage = tg.core.storage
    member = await storage.members.find("telegram", str(MUM["id"]))
    assert member is not None
    assert await storage.party.export(member.id) == []
    for event_id in (first, second):
        assert (await storage.rsvps.counts(event_id)).going_seats == 3
    rows = await storage.db.read("SELECT COUNT(*) FROM party_children")
    assert rows[0][0] == 0


async def test_the_question_offers_the_names_alone_only_to_who_named_children(
        tg: Harness) -> None:
    await _children_named(tg)
    [asked] = await tg.say(MUM, "/oubliemoi")
    assert len(asked.button_data) == 3, asked.button_labels
    [asked] = await tg.say(DAD, "/forgetme")
    assert len(asked.button_data) == 2, asked.button_labels
