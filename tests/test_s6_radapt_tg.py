"""Session 6, review of the Telegram adapter from the parents' seat, through the real PTB
`Application` against the fake Bot API: the bot's name said in passing in the group, a
command written after its name, a card asked for in a forum topic that gets its poster, and
the adapter's own lines in the language the parent chose."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_posters import photo
from test_telegram_adapter import GROUP, LEA, NINA, TOM, Harness, new_event, running

from commands.posters import attach
from fakes.telegram_api import BOT_USERNAME, Stored, forum_chat, group_chat
from recording import NOW

TOPIC = 7  # « Sorties »


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[Harness]:
    async with running(tmp_path) as harness:
        yield harness


def new_messages(tg: Harness, before: set[tuple[int, int]]) -> list[Stored]:
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


async def said_in_group(tg: Harness, who: dict[str, object], text: str) -> list[Stored]:
    before = set(tg.fake.messages)
    tg.fake.send_text(who, group_chat(GROUP), text)
    tg.pushed += 1
    await tg.settle()
    return new_messages(tg, before)


# -- the bot's name in passing -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    f"Quelqu'un a déjà essayé @{BOT_USERNAME} ?",
    f"Vous connaissez @{BOT_USERNAME} ? On s'inscrit avec, c'est pratique",
    f"@camille_m tu as vu qu'on peut s'inscrire avec @{BOT_USERNAME} ?",
])
async def test_the_bots_name_said_in_passing_to_the_group_gets_nothing(
        tg: Harness, text: str) -> None:
    """Nina tells the other parents about the bot (« Quelqu'un a déjà essayé @bot ? »): she
    asked the group, not the bot. She never opened its private chat, so the group read
    « Nina, je ne peux pas encore vous écrire en privé. Ouvrez une conversation avec moi,
    puis réessayez » as if she had asked it something; Léa, who had, got a private answer
    to a question she never asked it."""
    tg.fake.not_started.add(NINA["id"])
    assert await said_in_group(tg, NINA, text) == []
    assert await said_in_group(tg, LEA, text) == []


@pytest.mark.parametrize("text", [f"Salut @{BOT_USERNAME} c'est combien ?",
                                  f"c'est combien, @{BOT_USERNAME} ?"])
async def test_the_bot_called_by_its_name_is_still_answered_privately(
        tg: Harness, text: str) -> None:
    answers = await said_in_group(tg, LEA, text)
    assert answers and {m.chat_id for m in answers} == {LEA["id"]}, answers
    assert "6 €" in answers[0].visible, answers[0].visible


async def test_a_command_after_the_bots_name_with_names_leaves_the_group_like_typed(
        tg: Harness) -> None:
    """Léa tapped the bot's name, then wrote « /participer 1 oui Tom, Zoé » after it: the
    seats were booked privately, but her message, the children's names in it, stayed in
    the group and nothing told her; the same line without the name leaves the group."""
    event_id = await new_event(tg)
    await said_in_group(tg, LEA, f"@{BOT_USERNAME} /participer {event_id} oui Tom, Zoé")
    in_group = ([text for (chat, _), text in tg.fake.typed.items() if chat == GROUP]
                + [m.visible for m in tg.fake.chat(GROUP)])
    assert not any("Zoé" in text for text in in_group), in_group
    mine = "\n".join(m.visible for m in tg.fake.chat(int(str(LEA["id"]))))
    assert "Tom, Zoé" in mine and "retiré votre message du groupe" in mine, mine


# -- a card in a forum topic -----------------------------------------------------------------


async def test_a_card_in_a_topic_that_gets_its_poster_stays_in_that_topic(
        tg: Harness) -> None:
    """Léa asked for the card in « Sorties »; the organiser then gave the event its
    poster: Telegram cannot turn a text into a photo, so the card was posted anew, in
    « General », and the one in « Sorties » deleted: the topic lost its card."""
    event_id = await new_event(tg)
    before = set(tg.fake.messages)
    tg.fake.send_text(LEA, forum_chat(GROUP), f"/evenement@{BOT_USERNAME} {event_id}",
                      thread=TOPIC)
    tg.pushed += 1
    await tg.settle()
    [card] = new_messages(tg, before)
    assert card.thread == TOPIC and card.button_data
    await attach(tg.core, event_id, photo(400, 300), NOW)
    await tg.core.idle()
    [shown] = [m for m in tg.fake.chat(GROUP) if m.button_data == card.button_data]
    assert shown.photo is not None, shown
    assert shown.thread == TOPIC, shown


# -- the adapter's own lines in the language chosen -----------------------------------------


async def test_the_adapters_own_line_follows_the_language_chosen_not_the_phones(
        tg: Harness) -> None:
    """Tom's phone is in English but he chose /langue fr: every answer comes in French,
    except « I can only read written messages » after a voice message."""
    from fakes.telegram_api import private_chat

    await tg.say(TOM, "/langue fr")
    before = set(tg.fake.messages)
    tg.fake.send_media(TOM, private_chat(TOM), "voice")
    tg.pushed += 1
    await tg.settle()
    [told] = new_messages(tg, before)
    assert "écrits" in told.visible, told.visible
