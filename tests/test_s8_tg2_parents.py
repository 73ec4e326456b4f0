"""Session 8 (tg2): French-speaking parents on Telegram phones, through the real PTB
`Application` against the fake Bot API: a card forwarded to another parent, the bot removed
from the parents' group, a voice message under the card, a command answered in the group, a
photo with a question, a parent who blocked the bot and unblocked it."""

from __future__ import annotations

from typing import Any

from test_s7_tg_parents import group_card, open_private_chat
from test_telegram_adapter import GROUP, LEA, NEWS, NINA, ORGA, Harness, card_messages, new_event

from fakes.telegram_api import BOT_USERNAME, Stored, group_chat, private_chat, user
from recording import plain

KARIM = user(2501, "Karim", "fr")
LINK = f"https://t.me/{BOT_USERNAME}?start="


async def press_forwarded(tg: Harness, who: dict[str, Any], card: Stored, data: str,
                          chat: dict[str, Any]) -> str:
    """`who` presses a button under a copy of `card` forwarded into `chat`; the toast."""
    query_id = tg.fake.press_forwarded(who, card, data, chat=chat)
    tg.pushed += 1
    await tg.settle()
    answers = [c for c in tg.fake.ok_calls("answerCallbackQuery")
               if c.params.get("callback_query_id") == query_id]
    assert answers, "the press was never answered"
    return str(answers[-1].params.get("text", ""))


# -- a card forwarded to another parent ----------------------------------------------------


async def test_a_card_forwarded_to_a_friend_answers_her_not_the_friend(tg: Harness) -> None:
    """Karim forwarded the group's card to Léa (their own private chat). Léa tapped
    « ➕ 1 invité·e » under the copy: her toast said « Inscrit·e : 2 places », and « Vous
    venez accompagné·e… Des enfants ? » with « 👧 Nommer les enfants » landed in Karim's
    chat with the bot, about a booking he never made (his tap would have named children on
    Léa's seat). What the bot says about a tap goes to whoever tapped, in her own chat."""
    event_id, card = await group_card(tg, 5)
    await tg.say(KARIM, "/start")
    await tg.say(LEA, "/start")
    karim_before, lea_before = len(tg.fake.chat(KARIM["id"])), len(tg.fake.chat(LEA["id"]))
    for data in (f"v1:rsvp:{event_id}:going", f"v1:guest:{event_id}:+1"):
        toast = await press_forwarded(tg, LEA, card, data, chat=private_chat(KARIM))
        assert toast.startswith("Inscrit"), toast
    assert tg.fake.chat(KARIM["id"])[karim_before:] == []
    said = [plain(m.visible) for m in tg.fake.chat(LEA["id"])[lea_before:]]
    assert any("accompagné" in s for s in said), said


async def test_a_card_forwarded_to_a_group_without_the_bot_still_points_to_the_private_chat(
        tg: Harness) -> None:
    """Karim forwarded the card to his child's class group, where the bot is not. Nina (no
    private chat with the bot) tapped « Je viens » there: the toast said « Inscrit·e », the
    line telling her that reminders need the private chat was refused by Telegram, and
    she never knew she would get no reminder. Now her toast itself says so."""
    event_id, card = await group_card(tg, 5)
    classe = {"id": -1009999999999, "type": "supergroup", "title": "CM2 B"}
    tg.fake.removed.add(classe["id"])
    tg.fake.not_started.add(NINA["id"])
    toast = await press_forwarded(tg, NINA, card, f"v1:rsvp:{event_id}:going", chat=classe)
    assert "Inscrit" in toast and "conversation" in toast, toast
    assert not [c for c in tg.fake.calls if c.params.get("chat_id") == classe["id"]
                and c.method == "sendMessage"]


# -- the bot removed from the parents' group -----------------------------------------------


def to_organiser(tg: Harness, before: int) -> list[str]:
    return [plain(m.visible) for m in tg.fake.chat(ORGA["id"])[before:]]


async def test_organisers_are_told_when_the_bot_was_removed_from_the_group(
        tg: Harness) -> None:
    """Someone removed the bot from « Parents du Focus » (by mistake, tidying members).
    Camille announced the next outing: « Publié dans 1 salon ou groupe d'annonce », and
    nobody in the parents' group ever saw it. Now each organiser is told privately, once,
    in plain words: which group, and how to add the bot back."""
    await tg.say(LEA, "hello", GROUP)  # the bot sees the group's name in passing
    event_id, _ = await group_card(tg, 5)
    await tg.say(ORGA, "/start")
    tg.fake.removed.add(GROUP)
    before = len(tg.fake.chat(ORGA["id"]))
    await tg.say(LEA, f"/participer {event_id} oui")  # the card's edit is refused
    second = await new_event(tg, "Ciné débat | 2026-12-06 18:00 | 10")
    await tg.say(ORGA, f"/annoncer {second}")
    told = [s for s in to_organiser(tg, before) if "retiré" in s]
    assert len(told) == 1, to_organiser(tg, before)
    assert "« Parents du Focus »" in told[0] and f"@{BOT_USERNAME}" in told[0], told[0]
    assert "/annoncer" in told[0]
    # Added back: it posts again, and a later removal is told again.
    tg.fake.removed.discard(GROUP)
    for title in ("Expo photo", "Soirée jeux"):
        later = await new_event(tg, f"{title} | 2026-12-07 18:00 | 10")
        await tg.say(ORGA, f"/annoncer {later}")
        tg.fake.removed.add(GROUP)
    assert any("Expo photo" in m.visible for m in tg.fake.chat(GROUP))
    assert len([s for s in to_organiser(tg, before) if "retiré" in s]) == 2, \
        to_organiser(tg, before)


# -- a voice message under the card --------------------------------------------------------


async def test_a_voice_question_under_the_card_from_a_parent_without_private_chat(
        tg: Harness) -> None:
    """Nina (no private chat with the bot) answered the card with a voice message: « c'est
    à quelle heure ? ». Nothing happened anywhere: the bot's « je ne lis que les messages
    écrits » was refused privately and dropped. Now, as for a typed question, the group
    reads one line with the link, and opening it gives her that line."""
    event_id, card = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    tg.fake.send_media(NINA, group_chat(GROUP), "voice", reply_to=card)
    tg.pushed += 1
    await tg.settle()
    lines = [plain(m.visible) for m in tg.fake.chat(GROUP)[before:]]
    assert len(lines) == 1 and lines[0].startswith("Nina"), lines
    assert f"{LINK}event_{event_id}" in lines[0]
    said = await open_private_chat(tg, NINA, f"/start event_{event_id}")
    assert any("messages écrits" in s for s in said), said


# -- a command typed in the group, answered there ------------------------------------------


async def test_a_command_answered_in_the_group_says_the_rest_waits_privately(
        tg: Harness) -> None:
    """Nina (no private chat yet) typed « /participer 1 oui » in the group. She read « C'est
    noté : vous êtes inscrit·e… » and right under it « Nina, je ne peux pas encore vous
    écrire en privé : ma réponse vous attend… »: which answer, she had just read it? What
    waits is the rest (where her reminders will come). The line now says so."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui", GROUP)
    answer, line = [plain(m.visible) for m in tg.fake.chat(GROUP)[before:]]
    assert answer.startswith("C'est noté"), answer
    assert line.startswith("Nina") and "la suite de ma réponse" in line and LINK in line, line
    # Asked in the group and answered only privately: the whole answer waits, as before.
    tg.fake.not_started.add(LEA["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.say(LEA, f"/mesevenements@{BOT_USERNAME}", GROUP)
    [line] = [plain(m.visible) for m in tg.fake.chat(GROUP)[before:]]
    assert "ma réponse vous attend" in line, line


# -- a photo with a question ---------------------------------------------------------------


async def test_a_photo_with_a_question_says_the_picture_was_not_read(tg: Harness) -> None:
    """Léa sent privately a photo of a flyer she found at school, captioned « c'est quand
    ça ? ». The bot answered her words as if it had seen the flyer (the programme, or « je
    ne sais pas »). Now the answer opens with one line: the picture is not read, only her
    words are."""
    await tg.say(LEA, "/start")
    before = len(tg.fake.chat(LEA["id"]))
    tg.fake.send_picture(LEA, private_chat(LEA), b"\xff\xd8flyer", caption="c'est quand ça ?")
    tg.pushed += 1
    await tg.settle()
    said = [plain(m.visible) for m in tg.fake.chat(LEA["id"])[before:]]
    assert said and "images" in said[0] and "texte" in said[0], said
    assert len(said) >= 2, said
    assert not tg.fake.downloads  # nothing fetched for nothing


# -- a parent who blocked the bot, then unblocked it --------------------------------------


async def test_a_seat_freed_while_the_parent_had_blocked_the_bot_is_told_when_she_returns(
        tg: Harness) -> None:
    """Karim, on the waitlist, blocked the bot (too many notifications). A seat freed up:
    the message telling him was refused. Days later he unblocked it (« Redémarrer ») and
    read only « Bienvenue Karim ! »: he never knew he had a seat. Now he is told a message
    could not reach him, and where his answers are."""
    event_id, card = await group_card(tg, 1)
    await tg.say(KARIM, "/start")
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
    assert "attente" in await tg.press(KARIM, card, f"v1:rsvp:{event_id}:going")
    tg.fake.blocked.add(KARIM["id"])
    await tg.press(LEA, card, f"v1:rsvp:{event_id}:no")  # Karim's seat: not told
    tg.fake.blocked.discard(KARIM["id"])
    said = " ".join(plain(m.visible) for m in await tg.say(KARIM, "/start"))
    assert "n'ai pas pu vous envoyer" in said and "/mesevenements" in said, said
    assert "ouvrez une conversation" not in said, said  # he is in it


async def test_a_parent_who_unblocked_the_bot_is_not_said_unreachable_in_another_group(
        tg: Harness) -> None:
    """Karim had blocked the bot: tapping « Je viens » in the parents' group, he was told
    there that the bot cannot write to him. He unblocked it (Réglages → Utilisateurs
    bloqués), then tapped « Je viens » on the same card in the news group: « Karim, je ne
    peux pas vous écrire en privé » was posted there, untrue now, for all to read. The bot
    asks Telegram again instead of trusting what it learnt before."""
    event_id, card = await group_card(tg, 5)
    tg.fake.blocked.add(KARIM["id"])
    await tg.press(KARIM, card, f"v1:rsvp:{event_id}:going")
    assert any("Karim" in m.visible for m in tg.fake.chat(GROUP))
    tg.fake.blocked.discard(KARIM["id"])
    [news_card] = card_messages(tg.fake.chat(NEWS))
    before = len(tg.fake.chat(NEWS))
    await tg.press(KARIM, news_card, f"v1:rsvp:{event_id}:no")
    await tg.press(KARIM, news_card, f"v1:rsvp:{event_id}:going")
    assert tg.fake.chat(NEWS)[before:] == []
