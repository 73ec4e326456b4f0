"""Session 10, relay: a parent replies to a private notice (the team's /message, a change, a
cancellation, a reminder) in that chat. A question for a person reaches the event's
organisers, who answer in one step; thanks are acknowledged, « she won't come » gets the
button that frees the seat, what the card says is answered at once. The probes, written
before reading the code, and their counts: tests/test_s10_relay_probes.py."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.messages import Incoming, Reply
from recording import Bot, new_event, plain, text_of
from storage.relay import Relay

PLACE = "Le Focus, 12 rue Michelet"


async def _evening(bot: Bot) -> int:
    """Tonight's board-game night, Léa going, the team's « On commence à 19h45 ! » sent."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/modifier {event} lieu {PLACE}")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !")
    return event


async def _say(bot: Bot, text: str, **kwargs: object) -> str:
    return plain(await bot.say(text, **kwargs))  # type: ignore[arg-type]


async def _press(bot: Bot, action: str, **kwargs: object) -> str:
    return plain(await bot.press(action, **kwargs))


def _last(bot: Bot, user: str) -> Reply:
    return [r for u, r in bot.platform.private if u == user][-1]


def _button(reply: Reply, label: str) -> str:
    return next(b.action for b in reply.buttons if label in b.label)


async def test_a_question_typed_after_the_notice_reaches_the_organiser_who_answers(
        bot: Bot) -> None:
    event = await _evening(bot)
    told = len(bot.platform.private_texts("orga"))
    said = await _say(bot, "on peut arriver à 20h15 ?", user="lea")
    assert "Question transmise à l'équipe du Focus pour « Soirée jeux »" in said
    assert "Lea" in said  # she is told what the team sees
    asked = _last(bot, "orga")
    asked_text = plain(asked.text)
    assert len(bot.platform.private_texts("orga")) == told + 1
    assert "Question de Lea (inscrit·e, 1 place)" in asked_text
    assert f"« Soirée jeux » (#{event}" in asked_text and "on peut arriver à 20h15 ?" in asked_text
    # One tap, then the answer typed: Léa receives it, from the team, without a name.
    hint = await _press(bot, _button(asked, "Répondre à Lea"))
    assert "Écrivez maintenant votre réponse à Lea" in hint
    done = await _say(bot, "Oui pas de souci, on vous attend !")
    assert "Réponse envoyée à Lea" in done
    answer = plain(_last(bot, "lea").text)
    assert answer.startswith("💬 Réponse de l'équipe du Focus à votre question sur « Soirée jeux »")
    assert "Oui pas de souci, on vous attend !" in answer and "Orga" not in answer
    # The organiser's next message is theirs again (the FAQ's), not a second answer.
    before = len(bot.platform.private_texts("lea"))
    await _say(bot, "c'est combien ?")
    assert len(bot.platform.private_texts("lea")) == before


async def test_thanks_are_acknowledged_not_relayed(bot: Bot) -> None:
    await _evening(bot)
    told = len(bot.platform.private_texts("orga"))
    for thanks in ("ok merci", "d'accord, à ce soir", "Bien reçu", "👍",
                   "dommage, merci de nous avoir prévenus"):
        said = await _say(bot, thanks, user="lea")
        assert said == "Bien reçu, merci ! Rien d'autre à faire de votre côté.", thanks
    assert len(bot.platform.private_texts("orga")) == told


async def test_she_wont_come_gets_the_button_and_her_fever_stays_private(bot: Bot) -> None:
    event = await _evening(bot)
    told = len(bot.platform.private_texts("orga"))
    replies = await bot.replies("ma fille a de la fièvre, elle ne viendra pas", user="lea")
    said = plain("\n".join(text_of(r) for r in replies))
    assert f"Pour libérer votre place à « Soirée jeux » (#{event})" in said
    assert "n'est pas transmis" in said
    tap = _button(replies[-1], "Je ne viens pas")
    assert tap == f"v1:rsvp:{event}:no"
    assert len(bot.platform.private_texts("orga")) == told  # « fièvre » reaches nobody
    await _press(bot, tap, user="lea")
    assert "0/10" in await _say(bot, f"/evenement {event}")


async def test_what_the_card_says_is_answered_at_once(bot: Bot) -> None:
    """Typed next without « Répondre »: the event's own place and price, not the Focus's
    general address; nothing passed on."""
    await _evening(bot)
    told = len(bot.platform.private_texts("orga"))
    assert PLACE in await _say(bot, "c'est où exactement ?", user="lea")
    assert "Gratuit" in await _say(bot, "c'est combien ?", user="lea")
    assert len(bot.platform.private_texts("orga")) == told


async def test_under_a_card_with_reply_the_question_goes_too(bot: Bot) -> None:
    """« Répondre » under the event's card in the private chat, no notice before."""
    event = await new_event(bot, "Atelier dessin | 2026-12-05 14:00 | 8")
    incoming = Incoming(platform="test", user_id="tom", display_name="Tom", chat_id="chat-tom",
                        text="est ce que ma fille peut venir avec une copine", event_id=event)
    said = plain("\n".join(text_of(r) for r in await bot.core.handle(incoming)))
    await bot.core.idle()
    assert "Question transmise" in said and "C'est pour qui" not in said
    assert "Question de Tom (sans réponse à l'événement)" in plain(_last(bot, "orga").text)


async def test_only_whom_it_was_sent_to_may_answer(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, "c'est remboursé ?", user="lea")
    answer = _button(_last(bot, "orga"), "Répondre")
    before = len(bot.platform.private_texts("lea"))
    refused = await _press(bot, answer, user="tom")
    assert "ne vous a pas été envoyée" in refused  # not « erased her data »: untrue
    await _say(bot, "haha je réponds à sa place", user="tom")
    forged = await bot.replies(action=answer + ":form",
                               user="tom", options={"answer": "non"})
    assert "ne vous a pas été envoyée" in plain("\n".join(text_of(r) for r in forged))
    assert len(bot.platform.private_texts("lea")) == before


async def test_a_form_answers_in_one_step(bot: Bot) -> None:
    """Discord's form (and any platform sending the form back): the answer goes at once."""
    await _evening(bot)
    await _say(bot, "il faut apporter quelque chose ?", user="lea")
    answer = _button(_last(bot, "orga"), "Répondre")
    replies = await bot.replies(action=answer + ":form", options={"answer": "Rien, juste vous"})
    assert "Réponse envoyée à Lea" in plain("\n".join(text_of(r) for r in replies))
    assert "Rien, juste vous" in plain(_last(bot, "lea").text)


async def test_cancel_instead_of_an_answer_sends_nothing(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, "on sera un peu en retard c grave ?", user="lea")
    await _press(bot, _button(_last(bot, "orga"), "Répondre"))
    before = len(bot.platform.private_texts("lea"))
    assert "rien n'est envoyé à Lea" in await _say(bot, "annuler")
    assert len(bot.platform.private_texts("lea")) == before


async def test_a_question_is_kept_a_week_after_its_event_then_erased(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, "Pourquoi c'est annulé ?", user="lea")
    answer = _button(_last(bot, "orga"), "Répondre")
    relay = Relay(bot.core.storage.db)
    lea = await bot.core.storage.members.find("test", "lea")
    assert lea is not None and len(await relay.export(lea.id)) == 1
    bot.clock.advance(days=8)
    assert "n'est plus gardée" in await _press(bot, answer)
    assert await relay.forget_past(bot.clock()) == 1
    assert await relay.export(lea.id) == []


async def test_nothing_said_after_a_notice_half_a_day_old_is_read_as_about_it(bot: Bot) -> None:
    await _evening(bot)
    bot.clock.advance(hours=13)
    said = await _say(bot, "on peut arriver à 20h15 ?", user="lea")
    assert "Question transmise" not in said


async def test_an_erased_parent_takes_her_questions_with_her(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, "il y aura à manger ?", user="lea")
    answer = _button(_last(bot, "orga"), "Répondre")
    await _say(bot, "/oubliemoi confirmer", user="lea")
    assert "n'est plus gardée" in await _press(bot, answer)


@pytest.mark.parametrize("typed", ["on peut arriver à 20h15 ?", "can we come at 8.15 instead?",
                                   "Bonjour, c'est reporté à quand ?",
                                   "Est-ce que je peux venir le chercher plus tôt vers 21h ?"])
async def test_questions_for_a_person_are_passed_on_in_both_languages(bot: Bot,
                                                                        typed: str) -> None:
    await _evening(bot)
    said = await _say(bot, typed, user="lea", locale="en" if "can we" in typed else None)
    assert re.search(r"Question (transmise|passed on)", said), said


async def test_a_reply_under_the_question_itself_is_the_answer(bot: Bot) -> None:
    """What the adapters hand over as `Incoming.question_id` (« Répondre » under the
    question): the answer, in one step; from someone it was not sent to, nothing."""
    await _evening(bot)
    await _say(bot, "il y aura à manger ?", user="lea")
    question = int(_button(_last(bot, "orga"), "Répondre").split(":")[2])
    before = len(bot.platform.private_texts("lea"))
    forged = Incoming(platform="test", user_id="tom", display_name="Tom", chat_id="chat-tom",
                      text="non rien", question_id=question)
    await bot.core.handle(forged)
    await bot.core.idle()
    assert len(bot.platform.private_texts("lea")) == before
    mine = replace(forged, user_id="orga", display_name="Orga", chat_id="chat-orga",
                   text="Oui, des crêpes !", is_organizer=True)
    said = plain("\n".join(text_of(r) for r in await bot.core.handle(mine)))
    await bot.core.idle()
    assert "Réponse envoyée à Lea" in said
    assert "Oui, des crêpes !" in _last(bot, "lea").text


async def test_my_data_shows_the_questions_passed_on(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, "c'est remboursé ?", user="lea")
    said = await _say(bot, "/mesdonnees", user="lea")
    assert "Vos questions transmises à l'équipe" in said
    assert "« Soirée jeux », " in said and "en attente de réponse" in said


async def test_a_question_nobody_in_the_team_could_receive_is_not_said_passed_on(
        bot: Bot) -> None:
    """The organiser blocked the bot: Lea is not told « transmise », but where to write."""
    await _evening(bot)
    bot.platform.unreachable["orga"] = True
    said = await _say(bot, "il faut apporter quelque chose ?", user="lea")
    assert "Question transmise" not in said
    assert "n'a pas encore pu être remise à l'équipe" in said and "meltingphot.com" in said
