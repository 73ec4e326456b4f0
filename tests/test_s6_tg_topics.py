"""A parents' group with topics (a Telegram forum: « Sorties », « Questions »…): what the bot
says in the group goes to the topic the parent wrote or tapped in, not to « General »,
where they do not look."""

from __future__ import annotations

from test_telegram_adapter import GROUP, LEA, NINA, ORGA, Harness, new_event

from fakes.telegram_api import BOT_USERNAME, Stored, forum_chat

TOPIC = 7  # « Sorties »


def new_messages(tg: Harness, before: set[tuple[int, int]]) -> list[Stored]:
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


async def typed_in_topic(tg: Harness, who: dict[str, object], text: str) -> list[Stored]:
    before = set(tg.fake.messages)
    tg.fake.send_text(who, forum_chat(GROUP), text, thread=TOPIC)
    tg.pushed += 1
    await tg.settle()
    return new_messages(tg, before)


async def test_a_command_typed_in_a_topic_is_answered_in_that_topic(tg: Harness) -> None:
    """Léa typed /evenements@bot in « Sorties »: the programme went to « General »."""
    await new_event(tg)
    [answer] = await typed_in_topic(tg, LEA, f"/evenements@{BOT_USERNAME}")
    assert answer.chat_id == GROUP and "Soirée jeux" in answer.visible
    assert answer.thread == TOPIC


async def test_a_card_asked_in_a_topic_and_the_line_after_its_tap_stay_there(
        tg: Harness) -> None:
    """The card Léa asked for in « Sorties » is posted there; Nina, who never opened the
    private chat, taps it: the line pointing her there is in « Sorties » too."""
    event_id = await new_event(tg)
    [card] = await typed_in_topic(tg, LEA, f"/evenement@{BOT_USERNAME} {event_id}")
    assert card.button_data and card.thread == TOPIC
    tg.fake.not_started.add(NINA["id"])
    before = set(tg.fake.messages)
    await tg.press(NINA, card, f"v1:ics:{event_id}")
    [nudge] = new_messages(tg, before)
    assert nudge.chat_id == GROUP and "Nina" in nudge.visible
    assert nudge.thread == TOPIC


async def test_announcements_still_go_to_the_groups_general_topic(tg: Harness) -> None:
    event_id = await new_event(tg)
    await tg.say(ORGA, f"/annoncer {event_id}")
    [card] = [m for m in tg.fake.chat(GROUP) if m.button_data]
    assert card.thread is None
