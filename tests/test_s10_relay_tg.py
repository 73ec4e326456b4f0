"""Session 10, relay, through the real Telegram adapter against the fake Bot API: a parent
answers the team's private message with « Répondre » (and types the next one without it);
the organiser taps « ↩️ Répondre à Marie » and writes; Marie receives it from the team."""

from __future__ import annotations

from typing import Any

from test_telegram_adapter import ORGA, Harness, new_event

from fakes.telegram_api import Stored, private_chat, user
from recording import plain

MARIE = user(3101, "Marie", "fr")


async def replied(tg: Harness, who: dict[str, Any], text: str, to: Stored) -> list[Stored]:
    before = set(tg.fake.messages)
    tg.fake.reply_text(who, private_chat(who), text, to)
    tg.pushed += 1
    await tg.settle()
    return [m for k, m in sorted(tg.fake.messages.items()) if k not in before]


def last_in(tg: Harness, who: dict[str, Any]) -> Stored:
    return tg.fake.chat(who["id"])[-1]


async def test_a_parent_replies_to_the_team_and_gets_the_answer(tg: Harness) -> None:
    event = await new_event(tg, "Soirée jeux | 2026-11-25 20:00 | 10")
    await tg.say(MARIE, f"/participer {event} oui")
    await tg.say(ORGA, f"/message {event} On commence à 19h45 !")
    notice = last_in(tg, MARIE)
    assert "On commence à 19h45 !" in notice.visible
    # « Répondre » under the team's message.
    new = await replied(tg, MARIE, "on peut arriver à 20h15 ?", notice)
    passed = next(m for m in new if m.chat_id == MARIE["id"])
    assert "Question transmise à l'équipe du Focus" in plain(passed.visible)
    asked = last_in(tg, ORGA)
    assert "Question de Marie" in plain(asked.visible)
    assert "on peut arriver à 20h15 ?" in asked.visible
    [data] = [d for d in asked.button_data if d.startswith("v1:ask:")]
    toast = await tg.press(ORGA, asked, data)  # short: said in the toast
    assert "Écrivez maintenant votre réponse à Marie" in plain(toast)
    await tg.say(ORGA, "Oui, pas de souci !")
    answer = last_in(tg, MARIE)
    assert "Réponse de l'équipe du Focus" in plain(answer.visible)
    assert "Oui, pas de souci !" in answer.visible and "Camille" not in answer.visible
    assert "Réponse envoyée à Marie" in plain(last_in(tg, ORGA).visible)
    # Typed next, without « Répondre »: a thank-you, acknowledged, not passed on.
    told = len(tg.fake.chat(ORGA["id"]))
    [thanks] = await tg.say(MARIE, "super merci !")
    assert "Bien reçu" in thanks.visible
    assert len(tg.fake.chat(ORGA["id"])) == told


async def test_a_parent_who_cannot_come_gets_the_button_under_a_reminder_reply(
        tg: Harness) -> None:
    event = await new_event(tg, "Atelier dessin | 2026-11-25 20:00 | 10")
    await tg.say(MARIE, f"/participer {event} oui")
    await tg.say(ORGA, f"/message {event} Pensez à vos crayons")
    notice = last_in(tg, MARIE)
    told = len(tg.fake.chat(ORGA["id"]))
    [said] = await replied(tg, MARIE, "elle a de la fièvre, elle ne viendra pas", notice)
    assert "Pour libérer votre place" in plain(said.visible)
    assert f"v1:rsvp:{event}:no" in said.button_data
    assert len(tg.fake.chat(ORGA["id"])) == told


async def test_the_organiser_answers_with_reply_under_the_question(tg: Harness) -> None:
    event = await new_event(tg, "Soirée jeux | 2026-11-25 20:00 | 10")
    await tg.say(MARIE, f"/participer {event} oui")
    await tg.say(ORGA, f"/message {event} On commence à 19h45 !")
    await replied(tg, MARIE, "il faut apporter quelque chose ?", last_in(tg, MARIE))
    asked = last_in(tg, ORGA)
    before = set(tg.fake.messages)
    tg.fake.reply_text(ORGA, private_chat(ORGA), "Rien du tout, venez comme vous êtes", asked)
    tg.pushed += 1
    await tg.settle()
    assert any(m.chat_id == MARIE["id"] and "Rien du tout" in m.visible
               for k, m in tg.fake.messages.items() if k not in before)
