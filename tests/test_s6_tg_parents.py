"""Parents on Telegram, session 6, through the real PTB `Application` against the fake Bot
API: a question addressed to the bot by its name in the group (@bot), the topics an English
parent taps, and questions parents ask about Le Focus that the article answers (or not)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_telegram_adapter import (
    FAST,
    GROUP,
    LEA,
    NINA,
    TOKEN,
    TOM,
    Harness,
    ObservedAdapter,
    settings_for,
)

from bot.app import create_core
from fakes.telegram_api import BOT_USERNAME, FakeTelegram, Stored, group_chat
from recording import NOW, Clock, plain


def new_messages(tg: Harness, before: set[tuple[int, int]]) -> list[Stored]:
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


async def asked_in_group(tg: Harness, who: dict[str, object], text: str) -> list[Stored]:
    before = set(tg.fake.messages)
    tg.fake.send_text(who, group_chat(GROUP), text)
    tg.pushed += 1
    await tg.settle()
    return new_messages(tg, before)


# -- « @LeFocusBot c'est combien ? » in the group ----------------------------------------------


@pytest.mark.parametrize("text", [f"@{BOT_USERNAME} c'est combien ?",
                                  f"bonjour @{BOT_USERNAME}, c'est combien ?",
                                  f"@{BOT_USERNAME.upper()} c'est combien ?",
                                  # as teens greet (session 7: Discord's words, one list)
                                  f"wsh @{BOT_USERNAME} c'est combien ?",
                                  f"slt @{BOT_USERNAME}, c'est combien ?"])
async def test_a_question_naming_the_bot_in_the_group_is_answered_privately(
        tg: Harness, text: str) -> None:
    """Léa tapped the bot's name in the group and asked the price: Telegram hands such a
    message to the bot even in privacy mode, and she got nothing at all. Now the answer
    comes privately (never in the group), like a reply to the card."""
    answers = await asked_in_group(tg, LEA, text)
    assert answers and {m.chat_id for m in answers} == {LEA["id"]}, answers
    assert "6 €" in plain(answers[0].visible), answers[0].visible


async def test_the_bots_name_alone_in_the_group_gets_a_hello_privately(tg: Harness) -> None:
    [hello] = await asked_in_group(tg, TOM, f"@{BOT_USERNAME}")
    assert hello.chat_id == TOM["id"]
    assert "/events" in hello.visible, hello.visible


async def test_naming_the_bot_without_a_private_chat_points_there_once(tg: Harness) -> None:
    tg.fake.not_started.add(NINA["id"])
    [nudge] = await asked_in_group(tg, NINA, f"@{BOT_USERNAME} il reste de la place ?")
    assert nudge.chat_id == GROUP
    assert f"https://t.me/{BOT_USERNAME}" in nudge.visible
    assert "place" not in plain(nudge.visible).replace("Nina", "")


async def test_naming_another_bot_or_person_is_still_group_chatter(tg: Harness) -> None:
    assert await asked_in_group(tg, LEA, "@AutreBot c'est combien ?") == []
    assert await asked_in_group(tg, LEA, "@camille_m tu viens samedi ?") == []


async def test_recommending_the_bot_to_the_group_is_not_a_question_to_it(tg: Harness) -> None:
    """« Inscrivez-vous avec @bot, c'est facile ! » speaks about the bot to the others: the
    one who wrote it gets nothing privately for it."""
    said = f"Inscrivez-vous avec @{BOT_USERNAME}, c'est facile !"
    assert await asked_in_group(tg, LEA, said) == []


# -- what parents ask about Le Focus ------------------------------------------------------------

# The price of a seat for someone is a price question, not « who may come ».
FOR_SOMEONE = ["c'est gratuit pour les enfants ?", "is it free for kids?",
               "mon fils a 7 ans, c'est payant ?", "how much for a 7 year old?",
               "c'est payant pour les ados ?", "prix pour les adultes ?", "tarif enfant ?"]
# What the article does not say: how or where to pay, how long a workshop lasts, what to
# bring, the association's membership fee. Each used to get a neighbour's answer (prices,
# activities, equipment) as if it answered.
NOT_IN_THE_ARTICLE = ["on peut payer sur place ?", "can I pay on site?",
                      "combien de temps dure un atelier ?", "how long is a workshop?",
                      "faut amener son ordi ?", "il faut apporter son appareil photo ?",
                      "do I need to bring a laptop?", "c'est combien la cotisation ?"]


@pytest.mark.parametrize("question", FOR_SOMEONE)
async def test_the_price_for_someone_gets_the_prices(tg: Harness, question: str) -> None:
    who = TOM if question.startswith(("is ", "how ")) else LEA
    [reply] = await tg.say(who, question)
    text = plain(reply.visible)
    assert "6 €" in text or "€6" in text, (question, text)


@pytest.mark.parametrize("question", NOT_IN_THE_ARTICLE)
async def test_what_the_article_does_not_say_gets_i_dont_know_not_a_neighbour(
        tg: Harness, question: str) -> None:
    english = question.split()[0] in ("can", "how", "do")
    [reply] = await tg.say(TOM if english else LEA, question)
    text = plain(reply.visible)
    start = "I don't know" if english else "Je ne sais pas répondre"
    assert text.startswith(start), (question, text)
    assert "meltingphot.com" in text


@pytest.mark.parametrize(("question", "shown"), [
    ("combien coûte l'adhésion ?", "adhérer"), ("how much is membership?", "join"),
    ("je peux amener mon fils de 8 ans ?", "Pour tout le monde"),
    ("y a du matériel ?", "studio"), ("c'est combien ?", "6 €")])
async def test_neighbours_of_those_questions_keep_their_answer(
        tg: Harness, question: str, shown: str) -> None:
    """The membership fee is not in the article: « how to join » (the site) answers it, not
    the activities' prices. Bringing one's son is still « who it is for »."""
    who = TOM if question.startswith("how") else LEA
    [reply] = await tg.say(who, question)
    text = plain(reply.visible)
    assert shown in text, (question, text)
    assert "6 €" not in text or shown == "6 €", (question, text)


# -- an English parent and the demo events -------------------------------------------------------


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot on a fresh database with its two demo events (stored in French)."""
    async with FakeTelegram(TOKEN) as fake:
        settings = settings_for(fake, tmp_path)
        clock = Clock(NOW)
        core = await create_core(settings, clock=clock, card_interval=0, seed_demo=True)
        adapter = ObservedAdapter(settings, limits=FAST, poll_timeout=1)
        core.add_adapter(adapter)
        await adapter.start(core)
        harness = Harness(fake, core, adapter, clock)
        try:
            yield harness
        finally:
            await harness.close()


def labels(message: Stored) -> str:
    return " | ".join(message.button_labels)


async def test_an_english_parent_taps_english_titles_under_whats_on(demo: Harness) -> None:
    """Tom asked "what's on?": the list read "Board-game night" but the buttons under it
    « Soirée jeux de société »."""
    [reply] = await demo.say(TOM, "what's on?")
    assert "Board-game night" in reply.visible, reply.visible
    assert "Board-game night" in labels(reply) and "Soirée" not in labels(reply), labels(reply)


async def test_an_english_parent_who_cannot_come_taps_an_english_title(demo: Harness) -> None:
    [answer] = await demo.say(TOM, "/events")
    first = int(answer.visible.split("#")[1].split()[0])
    await demo.say(TOM, f"/rsvp {first} yes")
    [reply] = await demo.say(TOM, "I can't come anymore")
    assert reply.button_data, reply.visible
    # Since session 10 (relay2): that event's one « ❌ Not going », the event named in English.
    said = plain(reply.visible)
    assert "Board-game night" in said and "Soirée" not in said, said
    assert "Not going" in labels(reply), labels(reply)


@pytest.mark.parametrize("question", ["how old?", "c'est à partir de combien d'années ?"])
async def test_how_old_is_who_it_is_for(tg: Harness, question: str) -> None:
    """Tom typed "how old?" (and Léa « à partir de combien d'années ? »): « I don't know »
    and ten topics, while "what age?" was answered."""
    english = question.startswith("how")
    [reply] = await tg.say(TOM if english else LEA, question)
    text = plain(reply.visible)
    assert text.startswith("Who is it for?" if english else "C'est pour qui"), text


# -- a thumbs-up sticker -------------------------------------------------------------------------


async def test_a_thumbs_up_sticker_is_taken_like_a_typed_thumbs_up(tg: Harness) -> None:
    """Léa answered the bot's reply with a 👍 sticker: she was told « Je ne lis que les
    messages écrits : écrivez-moi », where a typed 👍 gets « 👍 Une autre question ? »."""
    from fakes.telegram_api import private_chat

    before = set(tg.fake.messages)
    tg.fake.send_media(LEA, private_chat(LEA), "sticker")  # its emoji is 👍
    tg.pushed += 1
    await tg.settle()
    [told] = new_messages(tg, before)
    assert "Une autre question" in plain(told.visible), told.visible


# -- an old link to an event that is over ----------------------------------------------------------


async def test_an_old_link_to_an_event_that_is_over_does_not_offer_seats(tg: Harness) -> None:
    """Léa tapped last month's link in the group's history: the card read « 3 libres » with
    « Je viens » under it, for an evening that was over (the tap then said « déjà
    commencé »). The link should say the event is over and point to the programme."""
    from test_telegram_adapter import new_event

    event_id = await new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 3")
    tg.clock.advance(days=30)
    [reply] = await tg.say(LEA, f"/start event_{event_id}")
    assert "libre" not in reply.visible and not reply.button_data, reply.visible
    assert f"L'événement #{event_id} « Soirée jeux » est terminé" in plain(reply.visible)
    assert "/evenements" in reply.visible


# -- a voice message under the card in the group -----------------------------------------------


async def announced(tg: Harness) -> Stored:
    from test_telegram_adapter import ORGA, new_event

    event_id = await new_event(tg, "Atelier photo | 2026-12-05 14:00 | 4")
    await tg.say(ORGA, f"/annoncer {event_id}")
    return next(m for m in tg.fake.chat(GROUP) if m.button_data)


@pytest.mark.parametrize(("who", "kind", "said"), [
    (LEA, "voice", "écrits"), (TOM, "voice", "written"), (LEA, "video_note", "écrits"),
    (LEA, "document", "écrits")])
async def test_a_voice_message_answering_the_card_is_told_privately_to_write(
        tg: Harness, who: dict[str, object], kind: str, said: str) -> None:
    """Léa held the microphone under the card in the group and asked her question aloud:
    nothing ever came back. Now she is told privately that only written messages are read;
    the group reads nothing more."""
    card = await announced(tg)
    in_group = len(tg.fake.chat(GROUP))
    before = set(tg.fake.messages)
    tg.fake.send_media(who, group_chat(GROUP), kind, reply_to=card)
    tg.pushed += 1
    await tg.settle()
    [told] = new_messages(tg, before)
    assert told.chat_id == who["id"] and said in told.visible, told.visible
    assert len(tg.fake.chat(GROUP)) == in_group


@pytest.mark.parametrize("kind", ["sticker", "animation"])
async def test_a_sticker_or_gif_under_the_card_is_a_reaction(tg: Harness, kind: str) -> None:
    """Nothing in the group. A GIF is left alone; a 👍 sticker is told privately, as a 👍
    reaction is, that it books nothing (session 11: she believed she had answered)."""
    card = await announced(tg)
    before = set(tg.fake.messages)
    tg.fake.send_media(LEA, group_chat(GROUP), kind, reply_to=card)
    tg.pushed += 1
    await tg.settle()
    told = new_messages(tg, before)
    assert not [m for m in told if m.chat_id == GROUP]
    if kind == "animation":
        assert told == []
    else:
        [note] = told
        assert note.chat_id == LEA["id"] and "Une réaction ne compte pas" in plain(note.visible)
