"""Session 11 (hostile11): careless and hostile input on the session's new surfaces, written
BEFORE reading the code that handles it. Each probe says what a parent, a teenager or a
volunteer organiser would expect; the count before and after is in hostile11's report.

The relay kept in the database (a question to the team, the organiser's answer, restarts
between every step), commands typed in the answer window, Discord's autocomplete by the day
typed and forged custom ids."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from scheduler_helpers import close_restarted, restart
from test_discord_adapter import ALICE, BOB, MEMBERS, launch, shutdown
from test_discord_adapter import ORGA as DC_ORGA

from bot.messages import Reply
from fakes.discord_api import FakeDiscord
from recording import NOW, Bot, Clock, new_event, plain, text_of

__all__ = ["close_restarted"]

QUESTION = "on peut arriver à 20h15 ?"
TG_LIMIT = 4096


async def _say(bot: Bot, text: str, **kwargs: object) -> str:
    return plain(await bot.say(text, **kwargs))  # type: ignore[arg-type]


def _last(bot: Bot, user: str) -> Reply:
    return [r for u, r in bot.platform.private if u == user][-1]


def _button(reply: Reply, label: str) -> str:
    return next(b.action for b in reply.buttons if label in b.label)


def _count(bot: Bot, user: str) -> int:
    return len(bot.platform.private_texts(user))


async def _evening(bot: Bot) -> int:
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !")
    return event


async def _asked(bot: Bot, question: str = QUESTION, user: str = "lea") -> str:
    """`user` asks; the organiser's « Répondre » action."""
    said = await _say(bot, question, user=user)
    assert "Question transmise" in said, said
    return _button(_last(bot, "orga"), "Répondre")


# -- the question's words -------------------------------------------------------------------


async def test_p01_a_huge_question_reaches_the_organiser_in_one_readable_message(
        bot: Bot) -> None:
    """A parent pastes 6,000 characters (a forwarded e-mail): either the organiser's notice
    fits a Telegram message (4,096), or Léa is told the limit politely and nothing goes (seen:
    « Ce message fait 6026 caractères ; 4000 au maximum, s'il vous plaît. », judged fine)."""
    await _evening(bot)
    told = _count(bot, "orga")
    said = await _say(bot, "on peut arriver à 20h15 ? " + "bla " * 1500, user="lea")
    if "Question transmise" in said:
        notice = text_of(_last(bot, "orga"))
        assert len(notice) <= TG_LIMIT
        assert "20h15" in notice
    else:
        assert "4000 au maximum" in said
        assert _count(bot, "orga") == told


async def test_p02_control_characters_never_reach_the_organiser(bot: Bot) -> None:
    """A NUL, an escape sequence and a bell pasted from a terminal: the organiser reads the
    question, without them."""
    await _evening(bot)
    await _asked(bot, "on peut arriver\x00 à 20h15 \x1b[31m?\x07")
    notice = text_of(_last(bot, "orga"))
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", notice)
    assert "20h15" in notice


async def test_p03_an_rtl_override_in_a_question_does_not_flip_the_organisers_notice(
        bot: Bot) -> None:
    """U+202E (right-to-left override) in a question would reverse the rest of the
    organiser's line (« Répondre à … » and all): it is not passed on."""
    await _evening(bot)
    await _asked(bot, "on peut arriver à 20h15 ?\u202e tnemelues")
    reply = _last(bot, "orga")
    assert "\u202e" not in text_of(reply)
    assert all("\u202e" not in b.label for b in reply.buttons)


async def test_p04_a_question_of_invisible_characters_only_is_not_sent(bot: Bot) -> None:
    """Zero-width spaces only (a phone's keyboard glitch): nothing goes to the team."""
    await _evening(bot)
    told = _count(bot, "orga")
    await _say(bot, "\u200b\u200b\u2060 \ufeff", user="lea")
    assert _count(bot, "orga") == told


async def test_p05_markup_in_a_question_is_shown_as_typed(bot: Bot) -> None:
    """« <b>urgent</b> *vite* [lien](http://x) »: the organiser reads the characters typed."""
    await _evening(bot)
    await _asked(bot, "on peut venir à 20h15 ? <b>urgent</b> *vite* [lien](http://x.fr)")
    assert "<b>urgent</b>" in text_of(_last(bot, "orga"))


# -- the answer's words ---------------------------------------------------------------------


async def test_p06_a_huge_answer_reaches_the_parent(bot: Bot) -> None:
    """The organiser pastes the whole rules of the house (6,000 characters): Léa receives it
    in messages a phone can show, and Camille is told it went; or Camille is told the limit
    (seen: « … 4000 au maximum, s'il vous plaît. », judged fine: she tries shorter)."""
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    told = _count(bot, "lea")
    said = await _say(bot, "Oui bien sûr. " + "Règlement intérieur. " * 300)
    if "4000 au maximum" in said:
        assert _count(bot, "lea") == told
        assert "Réponse envoyée à Lea" in await _say(bot, "Oui bien sûr.")
        return
    assert "Réponse envoyée à Lea" in said
    got = [t for t in bot.platform.private_texts("lea") if "Réponse de l'équipe" in t
           or "Règlement" in t]
    assert got and all(len(t) <= TG_LIMIT for t in got)


async def test_p07_an_answer_of_invisible_characters_is_not_sent(bot: Bot) -> None:
    """A zero-width space only, sent by a slip: Léa gets no empty « Réponse de l'équipe »;
    the window stays open for the real answer."""
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    told = _count(bot, "lea")
    await _say(bot, "\u200b")
    assert _count(bot, "lea") == told
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, venez à 20h15")


async def test_p08_control_characters_in_an_answer_never_reach_the_parent(bot: Bot) -> None:
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    await _say(bot, "Oui\x00 venez\x1b[0m à 20h15")
    got = text_of(_last(bot, "lea"))
    assert "20h15" in got
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", got)


# -- answering twice, two organisers --------------------------------------------------------


async def test_p09_answering_twice_sends_both_and_says_so(bot: Bot) -> None:
    """Camille answers, then remembers something and answers again from the same button:
    Léa receives both (a follow-up), nothing crashes."""
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    assert "Réponse envoyée" in await _say(bot, "Oui, venez à 20h15")
    said = await _say(bot, "", action=tap)
    assert "Traceback" not in said and said
    said = await _say(bot, "Et apportez un gâteau !")
    assert "Réponse envoyée" in said or "déjà" in said.lower()


async def test_p10_two_organisers_answering_at_once_know_of_each_other(bot: Bot) -> None:
    """Camille and Sam both receive Léa's question (Sam wrote /message too) and both tap
    « Répondre »; Camille answers first. Sam, answering after, is told Camille already did
    (and what she said) rather than contradicting her blindly; Léa is not sent two
    contradictory answers without Sam knowing."""
    bot.organizers.add("sam")
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !", user="sam")
    await _say(bot, QUESTION, user="lea")
    camille = _button(_last(bot, "orga"), "Répondre")
    sam = _button(_last(bot, "sam"), "Répondre")
    await _say(bot, "", action=camille)
    await _say(bot, "", action=sam, user="sam")
    assert "Réponse envoyée" in await _say(bot, "Oui, venez à 20h15")
    said = await _say(bot, "Non, pas avant 20h30", user="sam")
    assert "déjà" in said.lower() or "Orga" in said


# -- a flood --------------------------------------------------------------------------------


async def test_p11_a_member_sending_200_questions_does_not_flood_the_organiser(
        bot: Bot) -> None:
    """200 questions in a row: the organiser gets a few, Léa is told politely that the team
    will answer the ones sent (not 197 times the same long refusal either)."""
    await _evening(bot)
    told = _count(bot, "orga")
    replies = [await _say(bot, f"on peut venir à 20h{n:02d} ?", user="lea")
               for n in range(200)]
    assert _count(bot, "orga") - told <= 3
    assert "Traceback" not in "".join(replies)
    assert all(r for r in replies)


async def test_p12_a_member_sending_200_questions_about_200_events_is_limited_too(
        bot: Bot) -> None:
    """The limit holds across events: Léa told of 5 evenings asks about each in turn many
    times: the team receives a handful, not 200."""
    events = [await new_event(bot, f"Soirée {n} | 2026-11-2{5 + n % 3} 20:00 | 10")
              for n in range(5)]
    told = _count(bot, "orga")
    for n in range(40):
        event = events[n % 5]
        await _say(bot, f"/participer {event} oui", user="lea")
        await _say(bot, f"/message {event} Info {n}")
        await _say(bot, f"on peut arriver à 20h{n:02d} ?", user="lea")
    questions = [t for t in bot.platform.private_texts("orga")[told:] if "Question de" in t]
    assert len(questions) <= 10


# -- the event goes away ----------------------------------------------------------------------


async def test_p13_a_question_about_an_event_cancelled_meanwhile(bot: Bot) -> None:
    """The evening is cancelled between the notice and Léa's « pourquoi c'est annulé ? »:
    it reaches the team (a person answers that); no crash."""
    event = await _evening(bot)
    await _say(bot, f"/annuler {event} neige confirmer")
    said = await _say(bot, "pourquoi c'est annulé ? on peut venir quand même à 20h15 ?",
                      user="lea")
    assert "Traceback" not in said and said
    assert "Question transmise" in said


async def test_p14_answering_a_question_whose_event_books_were_closed(bot: Bot) -> None:
    """Camille answers a week and a day after the evening (the question no longer kept):
    told plainly, nothing half-sent."""
    await _evening(bot)
    tap = await _asked(bot)
    bot.clock.advance(days=9)
    from bot.scheduler import Scheduler
    await Scheduler(bot.core).tick(bot.clock())
    said = await _say(bot, "", action=tap)
    assert "plus gardée" in said or "n'est plus" in said


async def test_p15_the_parent_erased_between_the_tap_and_the_answer(bot: Bot) -> None:
    """Camille taps « Répondre »; Léa erases her data; Camille's answer: told it could not go
    (not « Réponse envoyée »), and Léa gets nothing."""
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    confirm = await bot.replies("/oubliemoi", user="lea")
    await _say(bot, "", action=_button(confirm[-1], "Oui"), user="lea")
    told = _count(bot, "lea")
    said = await _say(bot, "Oui, venez à 20h15")
    assert "Réponse envoyée" not in said
    assert _count(bot, "lea") == told


# -- forged actions -------------------------------------------------------------------------


@pytest.mark.parametrize("forged", ["v1:ask:99999999999999999999999", "v1:ask:-1",
                                    "v1:ask:abc", "v1:ask:", "v1:ask:1:2:3",
                                    "v1:ask:" + "9" * 60, "v1:ask:1e3", "v1:ask:٣"])
async def test_p16_a_forged_reply_button_is_refused_politely(bot: Bot, forged: str) -> None:
    await _evening(bot)
    await _asked(bot)
    said = await _say(bot, "", action=forged)
    assert said and "Traceback" not in said
    told = _count(bot, "lea")
    await _say(bot, "coucou")  # nothing waits: no answer goes to Léa
    assert _count(bot, "lea") == told


async def test_p17_a_member_forging_the_reply_button_cannot_answer(bot: Bot) -> None:
    """Zoé (a member, not an organiser) sends the organiser's action: refused; her next
    message reaches Léa as nobody's answer."""
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap, user="zoe")
    told = _count(bot, "lea")
    await _say(bot, "Haha je suis l'équipe", user="zoe")
    assert _count(bot, "lea") == told


# -- restarts between every step ------------------------------------------------------------


async def test_p18_a_restart_between_every_step(bot: Bot) -> None:
    await _evening(bot)
    await restart(bot)
    said = await _say(bot, QUESTION, user="lea")
    assert "Question transmise" in said
    tap = _button(_last(bot, "orga"), "Répondre")
    await restart(bot)
    await _say(bot, "", action=tap)
    await restart(bot)
    assert "Réponse envoyée" in await _say(bot, "Oui, venez")
    await restart(bot)
    assert "Oui, venez" in text_of(_last(bot, "lea"))
    said = await _say(bot, "merci !", user="lea")
    assert "Bien reçu" in said or "merci" in said.lower()


# -- the answer window ----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["/annuler", "/annuler 1 neige", "/oubliemoi"])
async def test_p19_a_slash_command_in_the_answer_window_never_reaches_the_parent(
        bot: Bot, typed: str) -> None:
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    told = _count(bot, "lea")
    await _say(bot, typed)
    assert _count(bot, "lea") == told


async def test_p20_annuler_in_the_window_closes_it_without_cancelling_the_event(
        bot: Bot) -> None:
    """« annuler 1 » (no slash) in the answer window: never cancels the evening without the
    usual preview, never goes to Léa."""
    event = await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    told = _count(bot, "lea")
    said = await _say(bot, f"annuler {event}")
    assert _count(bot, "lea") == told
    got = await bot.core.storage.events.get(event)
    assert got is not None and not got.cancelled
    assert "Traceback" not in said


# -- storage: what is kept ------------------------------------------------------------------


def _rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as db:
        return list(db.execute(sql))


async def test_p21_the_question_words_are_not_kept_once_sent(bot: Bot, db_path: Path) -> None:
    await _evening(bot)
    await _asked(bot, "on peut arriver à 20h15 ? secretmot")
    await bot.core.idle()
    for table, in _rows(db_path, "SELECT name FROM sqlite_master WHERE type='table'"):
        for row in _rows(db_path, f"SELECT * FROM {table}"):
            assert "secretmot" not in repr(row), table


# -- Discord ---------------------------------------------------------------------------------


def _dms(fake: FakeDiscord, who: int) -> list[dict[str, Any]]:
    return [m for m in fake.messages.values() if fake.dm_channels.get(int(m["channel_id"]))
            == who]


async def _dc_evening(dc: Any) -> None:
    await dc.command("newevent", {"title": "Soirée jeux", "when": "2026-11-25 20:00",
                                  "capacity": 10}, user=DC_ORGA)
    await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)
    await dc.command("message", {"event": 1, "text": "On commence à 19h45 !"}, user=DC_ORGA)
    await dc.fake.wait_until(lambda: any("19h45" in m["content"]
                                         for m in _dms(dc.fake, ALICE)))


async def test_p22_discord_a_long_question_fits_the_organisers_dm(db_path: Path) -> None:
    """Alice sends the longest DM Discord allows (2,000 characters): the organiser's notice
    must fit in 2,000 too (Discord refuses more), cut if need be — not lost."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            await _dc_evening(dc)
            before = len(_dms(fake, DC_ORGA))
            told = len(_dms(fake, ALICE))
            await fake.say_in_dm(ALICE, ("on peut arriver à 20h15 ? " + "x" * 2000)[:2000])
            await fake.wait_until(lambda: len(_dms(fake, ALICE)) > told)
            await dc.settle()
            new = _dms(fake, DC_ORGA)[before:]
            assert new, "nothing reached the organiser"
            assert all(len(m["content"]) <= 2000 for m in new)
            # What went is not cut without a word: the organiser sees it was cut, and
            # Alice is told only the beginning went.
            assert "…" in new[-1]["content"]
            assert "premiers caractères" in plain(_dms(fake, ALICE)[-1]["content"])
        finally:
            await shutdown(dc)


@pytest.mark.parametrize("typed", ["x" * 2000, ".*", "(", "[", "\\", "*+?", "\u200b",
                                   "\x00", "‮vendredi", "vendredi" * 200, "28 nov" + "(" * 50])
async def test_p23_discord_autocomplete_with_odd_text_answers(db_path: Path, typed: str) -> None:
    """Whatever is typed in the number box, Discord gets a list (maybe empty) in time, each
    name within Discord's 100 characters: never an error."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            await dc.command("newevent", {"title": "Soirée jeux", "when": "vendredi 20h",
                                          "capacity": 10}, user=DC_ORGA)
            answer = await dc.run(fake.slash("rsvp", {"event": typed}, user=BOB,
                                             focused="event"))
            bodies = [c.json.get("data") or {} for c in answer.calls
                      if c.json and "/callback" in c.path]
            assert bodies, "no autocomplete answer"
            for body in bodies:
                for choice in body.get("choices", []):
                    assert 1 <= len(choice["name"]) <= 100
        finally:
            await shutdown(dc)


async def _dc_question(dc: Any) -> dict[str, Any]:
    """Alice's question reached the organiser: his DM with « Répondre »."""
    await _dc_evening(dc)
    notice = next(m for m in _dms(dc.fake, ALICE) if "19h45" in m["content"])
    await dc.fake.say_in_dm(ALICE, QUESTION, reply_to=int(notice["id"]))
    await dc.fake.wait_until(lambda: any("Question de Alice" in plain(m["content"])
                                         for m in _dms(dc.fake, DC_ORGA)))
    await dc.settle()
    return next(m for m in _dms(dc.fake, DC_ORGA) if "Question de Alice" in plain(m["content"]))


@pytest.mark.parametrize("who", [BOB, ALICE])
async def test_p24_discord_a_forged_answer_form_is_refused(db_path: Path, who: int) -> None:
    """Bob (not sent the question), or Alice herself, sends the answer form by hand with the
    question's id: refused, nothing reaches Alice as « Réponse de l'équipe »."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            asked = await _dc_question(dc)
            [tap] = [c.get("custom_id", "") for row in asked["components"]
                     for c in row["components"] if c.get("custom_id", "").startswith("v1:ask:")]
            answer = await dc.run(fake.submit(f"{tap}:form", {"answer": "Non, interdit !"},
                                              user=who, dm=True))
            assert answer.types, "no answer"
            assert not any("Réponse de l'équipe" in plain(m["content"])
                           for m in _dms(fake, ALICE))
        finally:
            await shutdown(dc)


async def test_p25_discord_a_forged_long_answer_form_is_not_cut_silently(db_path: Path
                                                                         ) -> None:
    """The organiser's form, sent by a modified client with 3,000 characters (the form says
    1,000 at most): Alice's message fits Discord, and the organiser is not told « envoyée »
    for words she never got without a word about the cut."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            asked = await _dc_question(dc)
            [tap] = [c.get("custom_id", "") for row in asked["components"]
                     for c in row["components"] if c.get("custom_id", "").startswith("v1:ask:")]
            answer = await dc.run(fake.submit(f"{tap}:form", {"answer": "Oui. " + "a" * 3000},
                                              user=DC_ORGA, dm=True))
            got = [m for m in _dms(fake, ALICE) if "Réponse de l'équipe" in plain(m["content"])]
            assert got and all(len(m["content"]) <= 2000 for m in got)
            assert "a" * 3000 in got[-1]["content"] or (
                "…" in got[-1]["content"] and "premiers caractères" in plain(answer.text))
        finally:
            await shutdown(dc)


@pytest.mark.parametrize("forged", ["v1:ask:99999999999999999999999", "v1:ask:abc",
                                    "v1:ask:", "v1:rsvp:99999999999999999999999:going",
                                    "v1:guest:1:+1v" + "9" * 40, "x" * 100])
async def test_p26_discord_forged_custom_ids_do_nothing(db_path: Path, forged: str) -> None:
    """A press of an id the message does not carry (a modified client): nothing happens
    (discord.py drops it: the forger reads « Échec de l'interaction »); the bot goes on."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            asked = await _dc_question(dc)
            before = len(fake.messages)
            await fake.deliver(fake.press(int(asked["id"]), forged, user=BOB))
            await dc.settle()
            assert len(fake.messages) == before
            answer = await dc.command("events", {}, user=BOB)
            assert "Soirée jeux" in answer.text
        finally:
            await shutdown(dc)


# -- more, console ----------------------------------------------------------------------------


async def test_p27_a_huge_or_bidi_display_name_never_breaks_the_notice(bot: Bot) -> None:
    """A member whose display name is 300 characters with a right-to-left override: the
    organiser's notice and its button keep to Telegram's limits and never flip."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    who = "\u202e" + "l" * 300
    await _say(bot, f"/participer {event} oui", user=who)
    await _say(bot, f"/message {event} On commence à 19h45 !")
    await _say(bot, QUESTION, user=who)
    reply = _last(bot, "orga")
    assert len(text_of(reply)) <= TG_LIMIT
    assert "\u202e" not in text_of(reply)
    assert all(len(b.label) <= 64 and "\u202e" not in b.label for b in reply.buttons)


async def test_p28_two_hundred_thanks_go_nowhere(bot: Bot) -> None:
    await _evening(bot)
    told = _count(bot, "orga")
    for _ in range(200):
        await _say(bot, "merci !", user="lea")
    assert _count(bot, "orga") == told


@pytest.mark.parametrize("typed", ["Non", "oui", "Ok", "+1", "Non désolée, pas avant 20h30"])
async def test_p29_a_short_answer_goes(bot: Bot, typed: str) -> None:
    """« Non », « oui », « Ok » are answers to « on peut arriver à 20h15 ? »."""
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    assert "Réponse envoyée" in await _say(bot, typed)
    assert typed in text_of(_last(bot, "lea"))


async def test_p30_a_long_question_cut_says_so(bot: Bot) -> None:
    """1,500 characters typed (under the bot's 4,000): the team gets what fits, marked as
    cut, and Léa is told only the beginning went — never « transmise » for words lost."""
    await _evening(bot)
    said = await _say(bot, "on peut arriver à 20h15 ? " + "mot " * 370 + "FIN", user="lea")
    notice = text_of(_last(bot, "orga"))
    assert "FIN" in notice or ("…" in notice and "premiers caractères" in said)


async def test_p31_a_long_answer_cut_says_so(bot: Bot) -> None:
    """Camille's typed answer of 1,500 characters: Léa gets it, or Camille is told it was
    cut (what went, what did not)."""
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    said = await _say(bot, "Oui bien sûr. " + "mot " * 370 + "FIN")
    got = text_of(_last(bot, "lea"))
    assert "FIN" in got or ("…" in got and "premiers caractères" in said)


# -- Telegram --------------------------------------------------------------------------------


async def test_p32_telegram_markup_in_a_question_and_an_answer_is_shown_as_typed(
        tmp_path: Path) -> None:
    """Through the real python-telegram-bot adapter: « <b>urgent</b> & <i » in Marie's
    question reaches Camille as typed (the HTML the adapter sends is escaped), and Camille's
    « <3 merci & à ce soir » reaches Marie as typed."""
    from test_telegram_adapter import ORGA, TOKEN, start_harness
    from test_telegram_adapter import new_event as tg_event

    from fakes.telegram_api import FakeTelegram, private_chat, user

    marie = user(3111, "Marie", "fr")
    async with FakeTelegram(TOKEN) as server:
        tg = await start_harness(server, tmp_path)
        try:
            event = await tg_event(tg, "Soirée jeux | 2026-11-25 20:00 | 10")
            await tg.say(marie, f"/participer {event} oui")
            await tg.say(ORGA, f"/message {event} On commence à 19h45 !")
            notice = tg.fake.chat(marie["id"])[-1]
            tg.fake.reply_text(marie, private_chat(marie),
                               "on peut venir à 20h15 ? <b>urgent</b> & <i", notice)
            tg.pushed += 1
            await tg.settle()
            asked = tg.fake.chat(ORGA["id"])[-1]
            assert "<b>urgent</b> & <i" in asked.visible
            tg.fake.reply_text(ORGA, private_chat(ORGA), "<3 merci & à ce soir", asked)
            tg.pushed += 1
            await tg.settle()
            assert "<3 merci & à ce soir" in tg.fake.chat(marie["id"])[-1].visible
        finally:
            await tg.close()


# -- the outbox -----------------------------------------------------------------------------


async def test_p33_an_answer_waiting_for_the_parent_goes_with_her_erasure(
        bot: Bot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Léa's platform is down when Camille answers: the answer waits in the outbox. Léa then
    erases her data (from another device): the answer's words are not kept for her."""
    event = await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    real = bot.platform.send_private

    async def down_for_lea(user_id: str, reply: Reply) -> None:
        if user_id == "lea":
            raise RuntimeError("platform down")
        await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", down_for_lea)
    await _say(bot, "Oui, venez à 20h15 motsecret")
    assert await bot.core.storage.outbox.pending(event) >= 1
    monkeypatch.setattr(bot.platform, "send_private", real)
    confirm = await bot.replies("/oubliemoi", user="lea")
    await _say(bot, "", action=_button(confirm[-1], "Oui"), user="lea")
    await bot.core.idle()
    for table, in _rows(db_path, "SELECT name FROM sqlite_master WHERE type='table'"):
        for row in _rows(db_path, f"SELECT * FROM {table}"):
            assert "motsecret" not in repr(row), table


async def test_p34_a_question_waiting_for_an_organiser_who_erases_himself(
        bot: Bot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sam's platform is down when Léa's question comes; Sam then erases his data: the
    question's words waiting for him go; Camille still got hers."""
    bot.organizers.add("sam")
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !", user="sam")
    real = bot.platform.send_private

    async def down_for_sam(user_id: str, reply: Reply) -> None:
        if user_id == "sam":
            raise RuntimeError("platform down")
        await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", down_for_sam)
    assert "Question transmise" in await _say(bot, "on peut venir à 20h15 motsecret ?",
                                              user="lea")
    monkeypatch.setattr(bot.platform, "send_private", real)
    confirm = await bot.replies("/oubliemoi", user="sam")
    await _say(bot, "", action=_button(confirm[-1], "Oui"), user="sam")
    await bot.core.idle()
    for table, in _rows(db_path, "SELECT name FROM sqlite_master WHERE type='table'"):
        for row in _rows(db_path, f"SELECT * FROM {table}"):
            assert "motsecret" not in repr(row), table


async def test_p35_discord_a_restart_between_every_step(db_path: Path) -> None:
    """Alice's question; restart; the organiser presses « Répondre » (the form opens);
    restart; the form sent: Alice gets the answer; restart; her « merci » goes nowhere."""
    async with FakeDiscord(members=MEMBERS) as fake:
        clock = Clock(NOW)
        dc = await launch(fake, db_path, clock)
        try:
            asked = await _dc_question(dc)
            [tap] = [c.get("custom_id", "") for row in asked["components"]
                     for c in row["components"] if c.get("custom_id", "").startswith("v1:ask:")]
            await shutdown(dc)
            dc = await launch(fake, db_path, clock)
            opened = await dc.press(int(asked["id"]), tap, user=DC_ORGA)
            assert 9 in opened.types, opened.text  # the form (MODAL)
            await shutdown(dc)
            dc = await launch(fake, db_path, clock)
            await dc.run(fake.submit(f"{tap}:form", {"answer": "Oui, venez !"},
                                     user=DC_ORGA, dm=True))
            got = [m for m in _dms(fake, ALICE) if "Réponse de l'équipe" in plain(m["content"])]
            assert got and "Oui, venez !" in got[-1]["content"]
            await shutdown(dc)
            dc = await launch(fake, db_path, clock)
            before = len(_dms(fake, DC_ORGA))
            told = len(_dms(fake, ALICE))
            await fake.say_in_dm(ALICE, "merci !", reply_to=int(got[-1]["id"]))
            await fake.wait_until(lambda: len(_dms(fake, ALICE)) > told)
            await dc.settle()
            assert len(_dms(fake, DC_ORGA)) == before
        finally:
            await shutdown(dc)


# -- second batch ------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["partici\u200bpants {event}", "participants\u00a0{event}",
                                   "PARTICIPANTS {event}", "participants #{event}"])
async def test_p36_a_command_with_invisible_or_odd_spacing_in_the_window_is_not_sent(
        bot: Bot, typed: str) -> None:
    event = await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=tap)
    told = _count(bot, "lea")
    await _say(bot, typed.format(event=event))
    assert _count(bot, "lea") == told


async def test_p37_a_question_waiting_for_the_team_is_still_delivered_after_a_cancellation(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Léa asks « pourquoi c'est annulé ? » while Telegram is down for Camille (Léa is told
    it will be sent again); the outbox's next round delivers it (a cancelled event's
    question is the one most needing a person)."""
    event = await _evening(bot)
    await _say(bot, f"/annuler {event} neige confirmer")
    real = bot.platform.send_private

    async def down_for_orga(user_id: str, reply: Reply) -> None:
        if user_id == "orga":
            raise RuntimeError("platform down")
        await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", down_for_orga)
    said = await _say(bot, "pourquoi c'est annulé ? on peut venir quand même à 20h15 ?",
                      user="lea")
    assert "renvoyée" in said or "Question transmise" in said
    monkeypatch.setattr(bot.platform, "send_private", real)
    bot.clock.advance(minutes=10)
    from bot.scheduler import Scheduler
    await Scheduler(bot.core).tick(bot.clock())
    await bot.core.idle()
    assert any("pourquoi c'est annulé" in t for t in bot.platform.private_texts("orga"))


async def test_p38_an_answer_waiting_for_the_parent_is_delivered_after_a_cancellation(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    event = await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, f"/annuler {event} neige confirmer")
    await _say(bot, "", action=tap)
    real = bot.platform.send_private

    async def down_for_lea(user_id: str, reply: Reply) -> None:
        if user_id == "lea":
            raise RuntimeError("platform down")
        await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", down_for_lea)
    said = await _say(bot, "Oui, le 12 décembre à la place")
    assert "renvoyée" in said
    monkeypatch.setattr(bot.platform, "send_private", real)
    bot.clock.advance(minutes=10)
    from bot.scheduler import Scheduler
    await Scheduler(bot.core).tick(bot.clock())
    await bot.core.idle()
    assert any("le 12 décembre à la place" in t for t in bot.platform.private_texts("lea"))


@pytest.mark.parametrize("typed", ["\u200b\u200b", "\u2060", " \ufeff ", "\x00\x07"])
async def test_p39_a_form_answer_of_invisible_characters_is_not_sent(bot: Bot, typed: str
                                                                    ) -> None:
    """Discord's answer form sent with only invisible characters (a slip): Léa gets no
    empty « Réponse de l'équipe »."""
    await _evening(bot)
    tap = await _asked(bot)
    told = _count(bot, "lea")
    said = await _say(bot, "", action=f"{tap}:form", options={"answer": typed})
    assert _count(bot, "lea") == told, said


async def test_p40_a_form_answer_with_control_characters_is_cleaned(bot: Bot) -> None:
    await _evening(bot)
    tap = await _asked(bot)
    await _say(bot, "", action=f"{tap}:form", options={"answer": "Oui\x00 venez\x1b[0m"})
    got = text_of(_last(bot, "lea"))
    assert "venez" in got and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", got)


# -- Discord, older surfaces ----------------------------------------------------------------


async def test_p41_discord_a_long_team_message_reaches_members_in_pieces_discord_takes(
        db_path: Path) -> None:
    """/message with 3,500 characters (Discord's option takes 6,000): every DM Alice gets
    is within Discord's 2,000, and the end of the message reaches her."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            await dc.command("newevent", {"title": "Soirée jeux", "when": "2026-11-25 20:00",
                                          "capacity": 10}, user=DC_ORGA)
            await dc.command("rsvp", {"event": 1, "answer": "going"}, user=ALICE)
            before = len(_dms(fake, ALICE))
            text = "Infos pratiques. " * 200 + "FIN"
            answer = await dc.command("message", {"event": 1, "text": text}, user=DC_ORGA)
            await dc.settle()
            new = _dms(fake, ALICE)[before:]
            assert all(len(m["content"]) <= 2000 for m in new)
            # Seen: « Ce texte fait 3403 caractères ; 1000 au maximum, s'il vous plaît. » with
            # the usage line, nothing sent: judged fine (polite, nothing half-sent).
            assert any("FIN" in m["content"] for m in new) or (
                "au maximum" in plain(answer.text) and not new)
        finally:
            await shutdown(dc)


@pytest.mark.parametrize("content", ["<@{bot}> " + "(" * 1900, "<@{bot}> .* [ \\ ?",
                                     "<@{bot}> !participer 99999999999999999999 oui"])
async def test_p42_discord_a_mention_with_odd_text_gets_an_answer(db_path: Path,
                                                                  content: str) -> None:
    from fakes.discord_api import BOT_ID
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            before = len(fake.messages)
            await fake.say_in_channel(BOB, content.format(bot=BOT_ID))
            await fake.wait_until(lambda: len(fake.messages) > before, within=5)
            await dc.settle()
            said = [m["content"] for m in list(fake.messages.values())[before:]]
            assert said and all(len(c) <= 2000 for c in said)
        finally:
            await shutdown(dc)


@pytest.mark.parametrize("content", ["!participer 99999999999999999999 oui",
                                     "<:a:123456789012345678>" * 80, "(" * 1999])
async def test_p43_discord_a_dm_with_odd_text_gets_an_answer(db_path: Path, content: str
                                                             ) -> None:
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            before = len(_dms(fake, BOB))
            await fake.say_in_dm(BOB, content)
            await fake.wait_until(lambda: len(_dms(fake, BOB)) > before, within=5)
            await dc.settle()
            assert all(len(m["content"]) <= 2000 for m in _dms(fake, BOB))
        finally:
            await shutdown(dc)


@pytest.mark.parametrize("dm", [True, False])
async def test_p44_discord_invisible_characters_only_are_left_alone_without_an_error(
        db_path: Path, dm: bool, caplog: pytest.LogCaptureFixture) -> None:
    """Only invisible characters (after the bot's name in a channel): nothing to read, no
    reply (Discord shows an empty message), and nothing goes wrong (no error logged)."""
    from fakes.discord_api import BOT_ID
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            if dm:
                await fake.say_in_dm(BOB, "\u202e\u200b")
            else:
                await fake.say_in_channel(BOB, f"<@{BOT_ID}> \u202e\u200b\x00")
            await fake.say_in_dm(BOB, "/aide")  # the next message is answered
            await fake.wait_until(lambda: bool(_dms(fake, BOB)), within=5)
            await dc.settle()
            assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]
        finally:
            await shutdown(dc)


async def test_p45_two_organisers_answering_at_the_same_instant(bot: Bot) -> None:
    """Camille and Sam send their answers at the same moment (two phones, one network
    round): Léa gets both, and at least one of them is told of the other answer."""
    import asyncio

    from bot.messages import Incoming
    bot.organizers.add("sam")
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !", user="sam")
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
    assert any("déjà partie" in s for s in said), said
