"""Session 11 (hostile11): what careless input on the relay met, pinned as it now works.

A parent's long question was cut at 1,000 characters without a word (the team read half a
sentence, the parent was told « Question transmise »); an organiser's long answer too
(« ✅ Réponse envoyée » for words the parent never got). Two organisers who both tapped
« Répondre » answered blindly one after the other: the second never knew an answer had gone.
The probes, written first, are in tests/test_s11_hostile11_probes.py."""

from __future__ import annotations

from typing import Any

import pytest
from scheduler_helpers import close_restarted
from test_discord_adapter import ALICE, MEMBERS, launch, shutdown
from test_discord_adapter import ORGA as DC_ORGA

from bot.messages import Reply
from commands.relay.parsers import MAX_ANSWER, MAX_QUESTION
from fakes.discord_api import FakeDiscord
from recording import NOW, Bot, Clock, new_event, plain, text_of

__all__ = ["close_restarted"]

QUESTION = "on peut arriver à 20h15 ?"


async def _say(bot: Bot, text: str, **kwargs: object) -> str:
    return plain(await bot.say(text, **kwargs))  # type: ignore[arg-type]


def _last(bot: Bot, user: str) -> Reply:
    return [r for u, r in bot.platform.private if u == user][-1]


def _button(reply: Reply, label: str) -> str:
    return next(b.action for b in reply.buttons if label in b.label)


async def _evening(bot: Bot, writer: str = "orga") -> int:
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !", user=writer)
    return event


def _long(start: str, words: int) -> str:
    """A message of `words` words after `start`, ending « FIN »."""
    return start + " " + " ".join(f"mot{n}" for n in range(words)) + " FIN"


# -- a long question ------------------------------------------------------------------------


async def test_a_long_question_reaches_the_team_marked_cut_and_the_parent_is_told(
        bot: Bot) -> None:
    """Léa types 1,500 characters (a message the bot takes, under its 4,000): the team
    reads its beginning, ending « … » on a whole word (never « mot12 » cut to « mo »), and
    Léa is told only the beginning went, and how to send the rest."""
    await _evening(bot)
    typed = _long(QUESTION, 200)
    assert MAX_QUESTION < len(typed) < 4000
    said = await _say(bot, typed, user="lea")
    assert "Question transmise" in said
    assert f"les {MAX_QUESTION} premiers caractères" in said
    notice = plain(text_of(_last(bot, "orga")))
    assert "FIN" not in notice
    shown = notice.split(f"{QUESTION} ", 1)[1].split("…", 1)[0]
    assert shown.split()[-1] in typed.split()  # a whole word before « … »


async def test_a_question_within_the_limit_is_passed_whole_without_a_word_about_it(
        bot: Bot) -> None:
    await _evening(bot)
    typed = _long(QUESTION, 20)
    said = await _say(bot, typed, user="lea")
    assert "premiers caractères" not in said
    assert typed in plain(text_of(_last(bot, "orga")))


async def test_a_long_question_on_discord_fits_and_says_it_was_cut(db_path: Any) -> None:
    """Through the real discord.py adapter: Alice's 2,000-character DM; the organiser's
    notice fits Discord's 2,000 and ends its question with « … »; Alice is told."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))

        def dms(who: int) -> list[dict[str, Any]]:
            return [m for m in fake.messages.values()
                    if fake.dm_channels.get(int(m["channel_id"])) == who]

        try:
            await dc.command("newevent", {"title": "Soirée jeux", "when": "2026-11-25 20:00",
                                          "capacity": 10}, user=DC_ORGA)
            await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)
            await dc.command("message", {"event": 1, "text": "On commence à 19h45 !"},
                             user=DC_ORGA)
            await fake.wait_until(lambda: any("19h45" in m["content"] for m in dms(ALICE)))
            told, before = len(dms(ALICE)), len(dms(DC_ORGA))
            await fake.say_in_dm(ALICE, _long(QUESTION, 400)[:2000])
            await fake.wait_until(lambda: len(dms(ALICE)) > told)
            await dc.settle()
            [notice] = dms(DC_ORGA)[before:]
            assert len(notice["content"]) <= 2000 and "…" in notice["content"]
            assert "premiers caractères" in plain(dms(ALICE)[-1]["content"])
        finally:
            await shutdown(dc)


# -- a long answer ----------------------------------------------------------------------------


async def test_a_long_typed_answer_is_marked_cut_and_the_organiser_told(bot: Bot) -> None:
    """Camille pastes 1,500 characters after « Répondre » on her phone: Léa's message ends
    « … » on a whole word, and Camille reads that only the beginning went."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    said = await _say(bot, _long("Oui bien sûr.", 200))
    assert "Réponse envoyée à Lea" in said
    assert f"les {MAX_ANSWER} premiers caractères" in said
    got = plain(text_of(_last(bot, "lea")))
    assert "FIN" not in got and got.rstrip().endswith("…")


async def test_a_short_answer_goes_whole_without_a_word_about_length(bot: Bot) -> None:
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    said = await _say(bot, "Oui, venez à 20h15 !")
    assert "premiers caractères" not in said
    assert "Oui, venez à 20h15 !" in plain(text_of(_last(bot, "lea")))


# -- two organisers ---------------------------------------------------------------------------


async def test_the_second_organiser_to_answer_is_told_an_answer_had_gone(bot: Bot) -> None:
    """Camille and Sam both receive Léa's question and both tap « Répondre » before either
    answers. Camille answers first; Sam's answer goes too, and Sam reads that Léa had an
    answer already (so he can put right a contradiction). Camille, first, reads nothing of
    the kind."""
    bot.organizers.add("sam")
    await _evening(bot, writer="sam")
    await _say(bot, QUESTION, user="lea")
    camille = _button(_last(bot, "orga"), "Répondre")
    sam = _button(_last(bot, "sam"), "Répondre")
    await _say(bot, "", action=camille)
    await _say(bot, "", action=sam, user="sam")
    first = await _say(bot, "Oui, venez à 20h15")
    assert "Réponse envoyée à Lea" in first and "déjà" not in first
    said = await _say(bot, "Non, pas avant 20h30", user="sam")
    assert "Réponse envoyée à Lea" in said
    assert "Une réponse était déjà partie à Lea" in said
    assert "Lea reçoit les deux" in said
    got = [t for t in bot.platform.private_texts("lea") if "Réponse de l'équipe" in t]
    assert len(got) == 2


async def test_the_same_organiser_adding_to_her_answer_is_told_it_is_a_second_one(
        bot: Bot) -> None:
    """Camille answers, taps « Répondre » again (told it was answered) and adds a line: it
    goes; nothing confusing."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    tap = _button(_last(bot, "orga"), "Répondre")
    await _say(bot, "", action=tap)
    await _say(bot, "Oui, venez à 20h15")
    assert "Déjà répondu" in await _say(bot, "", action=tap)
    said = await _say(bot, "Et apportez un gâteau !")
    assert "Réponse envoyée à Lea" in said
    assert "Et apportez un gâteau !" in plain(text_of(_last(bot, "lea")))


# -- a command typed in the answer window -----------------------------------------------------


async def _window(bot: Bot) -> int:
    """Léa asked; Camille tapped « Répondre »: how many private messages Léa has."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    return len(bot.platform.private_texts("lea"))


async def test_message_and_its_text_typed_in_the_answer_window_is_asked_not_sent(
        bot: Bot) -> None:
    """Camille, answer window open, types « message 1 On commence à 20h, soyez à l'heure »
    (the /message command without its slash, for everyone): before, Léa received exactly
    that as « Réponse de l'équipe ». Now nothing goes; Camille reads how to do either, and
    her next message is the answer."""
    told = await _window(bot)
    said = await _say(bot, "message 1 On commence à 20h, soyez à l'heure")
    assert len(bot.platform.private_texts("lea")) == told
    assert "Rien n'est parti à Lea" in said
    assert "tapez /message 1 On commence à 20h" in said
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, venez à 20h15")


async def test_a_command_with_a_number_it_cannot_read_is_asked_not_sent(bot: Bot) -> None:
    """« participants 99999999999999999999 » (a thumb on the keyboard): never sent to Léa."""
    told = await _window(bot)
    said = await _say(bot, "participants 99999999999999999999")
    assert len(bot.platform.private_texts("lea")) == told
    assert "Rien n'est parti à Lea" in said


async def test_a_long_line_asked_back_is_not_echoed_whole(bot: Bot) -> None:
    """A 3,000-character « message 1 … » pasted in the window: the line asked back quotes
    its beginning, not 3,000 characters."""
    await _window(bot)
    said = await _say(bot, "message 1 " + "Bonjour à tous. " * 190)
    assert "Rien n'est parti à Lea" in said
    assert len(said) < 700


# -- Discord's autocomplete -------------------------------------------------------------------


async def test_autocomplete_with_a_pasted_paragraph_stays_cheap_and_finds_the_day(
        db_path: Any, monkeypatch: Any) -> None:
    """A teenager pastes a paragraph (or a modified client sends 4,000 characters of
    « zz zz … ») after « vendredi » in the number box: Friday's event is offered, and the
    bot reads a handful of words, not 2,000 for each event on every keystroke (each reading
    holds every other member's answer back: half a second for « 1 1 1 … » with 100 events)."""
    import bot.adapters.discord.adapter as adapter

    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            for title, when in (("Soirée jeux", "vendredi 19h30"), ("Ciné-club", "samedi 20h")):
                await dc.command("newevent", {"title": title, "when": when, "capacity": 5},
                                 user=DC_ORGA)
            real, folded = adapter.fold, []

            def counting(text: str) -> str:
                folded.append(text)
                return real(text)

            monkeypatch.setattr(adapter, "fold", counting)
            answer = await dc.run(fake.slash("rsvp", {"event": "vendredi " + "zz " * 2000},
                                             user=ALICE, focused="event"))
            choices = [c["name"] for call in answer.calls if call.json and "/callback" in
                       call.path for c in (call.json.get("data") or {}).get("choices", [])]
            assert len(choices) == 1 and "Soirée jeux" in choices[0]
            assert len(folded) < 100, len(folded)
        finally:
            await shutdown(dc)


# -- a second question while the answer window is open -------------------------------------


async def test_a_new_question_while_answering_says_where_the_next_message_goes(
        bot: Bot) -> None:
    """Camille tapped « Répondre à Lea »; before she writes, Zoé's question arrives below
    it. Her next message still goes to Léa (as she asked): Zoé's notice says so, with the
    way to answer Zoé instead — so « Oui, Tom peut venir » meant for Zoé is not sent to
    Léa without Camille having been told."""
    event = await _evening(bot)
    await _say(bot, f"/participer {event} oui", user="zoe")
    await _say(bot, f"/message {event} Pensez aux gâteaux !")
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    await _say(bot, "on peut venir avec mon fils Tom ?", user="zoe")
    notice = plain(text_of(_last(bot, "orga")))
    assert "Question de Zoe" in notice
    assert "Votre prochain message part toujours à Lea" in notice
    assert "Répondre à Zoe" in notice
    # Without an open window, no such line.
    await _say(bot, "Oui, venez à 20h15")
    await _say(bot, "et on peut apporter un gâteau ?", user="zoe")
    assert "prochain message" not in plain(text_of(_last(bot, "orga")))


# -- the outbox after a cancellation ------------------------------------------------------------


def _down_for(bot: Bot, who: str, monkeypatch: Any) -> Any:
    """`who`'s platform refuses private messages until the returned undo is called."""
    real = bot.platform.send_private

    async def down(user_id: str, reply: Reply) -> None:
        if user_id == who:
            raise RuntimeError("platform down")
        await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", down)
    return lambda: monkeypatch.setattr(bot.platform, "send_private", real)


async def _next_round(bot: Bot) -> None:
    from bot.scheduler import Scheduler
    bot.clock.advance(minutes=10)
    await Scheduler(bot.core).tick(bot.clock())
    await bot.core.idle()


async def test_a_question_about_a_cancelled_evening_waiting_to_be_sent_is_sent(
        bot: Bot, monkeypatch: Any) -> None:
    """The evening is cancelled; Léa asks « pourquoi c'est annulé ? » while Telegram is down
    for Camille: Léa reads it will be sent again. Before, the next round erased it unsent
    (a cancelled event's notices were all dropped): Camille never heard of it."""
    event = await _evening(bot)
    await _say(bot, f"/annuler {event} neige confirmer")
    back = _down_for(bot, "orga", monkeypatch)
    said = await _say(bot, "pourquoi c'est annulé ? on peut venir à 20h15 quand même ?",
                      user="lea")
    assert "elle sera renvoyée" in said
    back()
    await _next_round(bot)
    assert any("pourquoi c'est annulé" in t for t in bot.platform.private_texts("orga"))


async def test_an_answer_about_a_cancelled_evening_waiting_to_be_sent_is_sent(
        bot: Bot, monkeypatch: Any) -> None:
    """Camille answers Léa after cancelling; Léa's platform is down: Camille reads it will
    be sent again, and it is (before: erased unsent at the next round)."""
    event = await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    tap = _button(_last(bot, "orga"), "Répondre")
    await _say(bot, f"/annuler {event} neige confirmer")
    await _say(bot, "", action=tap)
    back = _down_for(bot, "lea", monkeypatch)
    assert "elle sera alors renvoyée" in await _say(bot, "Non, reporté au 12 décembre")
    back()
    await _next_round(bot)
    assert "Non, reporté au 12 décembre" in plain(text_of(_last(bot, "lea")))


async def test_the_teams_message_about_a_cancelled_evening_is_still_dropped(
        bot: Bot, monkeypatch: Any) -> None:
    """« On commence à 19h45 ! » waiting for Léa when the evening is cancelled: not sent
    afterwards (she has the cancellation) — unchanged."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/participer {event} oui", user="lea")
    back = _down_for(bot, "lea", monkeypatch)
    await _say(bot, f"/message {event} On commence à 19h45 !")
    await _say(bot, f"/annuler {event} neige confirmer")
    back()
    await _next_round(bot)
    assert not any("19h45" in t for t in bot.platform.private_texts("lea"))


# -- the limit of questions waiting ----------------------------------------------------------------


async def test_questions_the_team_left_unanswered_do_not_silence_a_parent_for_weeks(
        bot: Bot) -> None:
    """Léa asked three questions about an evening in three weeks; nobody answered. Two days
    later a reminder of another evening comes and she asks about it: before, « Vous avez déjà
    3 questions qui attendent … celle-ci n'est pas transmise » until a week after the first
    evening (four weeks); now it goes. Three at once in a day still stop there."""
    far = await new_event(bot, "Ciné-club | 2026-12-16 20:00 | 10")
    await _say(bot, f"/participer {far} oui", user="lea")
    await _say(bot, f"/message {far} Le film est en VO.")
    for n in range(3):
        assert "Question transmise" in await _say(bot, f"on peut arriver à 20h{n}5 ?",
                                                  user="lea")
    refused = await _say(bot, "et on peut venir à 20h45 ?", user="lea")
    assert "n'est pas transmise" in refused
    bot.clock.advance(days=2)
    soon = await new_event(bot, "Soirée jeux | 2026-11-28 20:00 | 10")
    await _say(bot, f"/participer {soon} oui", user="lea")
    await _say(bot, f"/message {soon} On commence à 19h45 !")
    said = await _say(bot, "on peut arriver à 20h15 ?", user="lea")
    assert "Question transmise" in said and "Soirée jeux" in said


# -- pinned proposal (/tmp/team/hostile11-proposals.diff) -------------------------------------


def test_the_storage_api_says_what_waiting_counts_and_what_a_cancellation_keeps() -> None:
    """A developer reading the storage API learns why a question about a cancelled evening
    still goes out, and that the three-question limit is per day."""
    import storage
    doc = storage.__doc__ or ""
    assert "their questions of the last day not answered yet" in doc
    assert "kind `REPLY`" in doc
    assert "-> datetime | None   (when an earlier answer had gone" in doc


async def test_two_organisers_answering_at_the_same_instant_one_is_told_of_the_other(
        bot: Bot) -> None:
    """Camille's and Sam's answers arrive together (two phones, one network round): both
    go to Léa, and the second written down is told the first had gone (before: neither
    was, both read only « ✅ Réponse envoyée »)."""
    import asyncio

    from bot.messages import Incoming
    bot.organizers.add("sam")
    await _evening(bot, writer="sam")
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    await _say(bot, "", action=_button(_last(bot, "sam"), "Répondre"), user="sam")

    def typed(user: str, text: str) -> Incoming:
        return Incoming(platform="test", user_id=user, display_name=user.capitalize(),
                        chat_id=f"chat-{user}", text=text, is_private=True,
                        is_organizer=True)

    both = await asyncio.gather(bot.core.handle(typed("orga", "Oui, venez à 20h15")),
                                bot.core.handle(typed("sam", "Non, pas avant 20h30")))
    await bot.core.idle()
    said = [plain("\n".join(text_of(r) for r in replies)) for replies in both]
    assert all("Réponse envoyée à Lea" in s for s in said)
    assert sum("Une réponse était déjà partie à Lea" in s for s in said) == 1, said
    assert len([t for t in bot.platform.private_texts("lea") if "Réponse de l'équipe" in t]) == 2


# -- « annuler » said with a word around it ----------------------------------------------------


@pytest.mark.parametrize("typed", ["annuler stp", "Oups, annuler", "annule svp !",
                                   "cancel please", "Laisse tomber", "non annuler"])
async def test_cancelling_the_answer_in_a_few_words_sends_nothing(bot: Bot, typed: str
                                                                  ) -> None:
    """Camille tapped « Répondre » by mistake and types « annuler stp » (the window offers
    « annuler » to send nothing): before, Léa received « annuler stp » as the team's answer.
    Now nothing goes, as for « annuler »."""
    told = await _window(bot)
    said = await _say(bot, typed)
    assert len(bot.platform.private_texts("lea")) == told
    assert "rien n'est envoyé à Lea" in said


@pytest.mark.parametrize("typed", ["Annuler ? Non, c'est maintenu !", "Pas d'annulation, venez",
                                   "On n'annule pas, à ce soir"])
async def test_an_answer_about_cancelling_still_goes(bot: Bot, typed: str) -> None:
    told = await _window(bot)
    assert "Réponse envoyée à Lea" in await _say(bot, typed)
    assert len(bot.platform.private_texts("lea")) == told + 1


async def test_annule_alone_is_still_an_answer(bot: Bot) -> None:
    """« Annulé. » answers « c'est maintenu ? »: it goes."""
    told = await _window(bot)
    assert "Réponse envoyée à Lea" in await _say(bot, "Annulé.")
    assert len(bot.platform.private_texts("lea")) == told + 1
