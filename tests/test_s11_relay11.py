"""Session 11, relay: what session 10 left. A parent's question still reaches the team after a
restart (which event they were last told of, and which organisers wrote to its participants,
are in the database now: migration 0028); a question waiting in the outbox for an organiser
goes with the parent's /oubliemoi; a question is kept as long as its event, moved or not; an
organiser's answer never lands in their open /creer form, and a command typed in the answer
window is the command, not the answer; a tap on a question sent to someone else says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from scheduler_helpers import close_restarted, restart

import storage
from bot.__main__ import _shutdown as shutdown
from bot.cards import LENGTH
from bot.jobs import JobServices
from bot.messages import Reply
from bot.scheduler import Scheduler
from recording import Bot, new_event, plain, text_of
from storage.relay import EVENT_LENGTH

__all__ = ["close_restarted"]  # the fixture that closes a restarted core

PLACE = "Le Focus, 12 rue Michelet"
QUESTION = "on peut arriver à 20h15 ?"


async def _say(bot: Bot, text: str, **kwargs: object) -> str:
    return plain(await bot.say(text, **kwargs))  # type: ignore[arg-type]


def _last(bot: Bot, user: str) -> Reply:
    return [r for u, r in bot.platform.private if u == user][-1]


def _button(reply: Reply, label: str) -> str:
    return next(b.action for b in reply.buttons if label in b.label)


async def _evening(bot: Bot, writer: str = "orga") -> int:
    """Tonight's board-game night (created by « orga »), Léa going, `writer`'s « On
    commence à 19h45 ! » sent to her."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/modifier {event} lieu {PLACE}")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !", user=writer)
    return event


def _rows(db_path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as db:
        return list(db.execute(sql, params))


# -- after a restart ------------------------------------------------------------------------


async def test_a_question_typed_after_the_notice_reaches_the_team_after_a_restart(
        bot: Bot) -> None:
    """The bot restarts (a deploy) between the team's message and Léa's question: she typed
    it without « Répondre », as before the restart; it reaches the organiser, not the FAQ's
    « je ne sais pas »."""
    await _evening(bot)
    await restart(bot)
    told = len(bot.platform.private_texts("orga"))
    said = await _say(bot, QUESTION, user="lea")
    assert "Question transmise à l'équipe du Focus pour « Soirée jeux »" in said
    assert len(bot.platform.private_texts("orga")) == told + 1
    assert QUESTION in plain(_last(bot, "orga").text)


async def test_the_organiser_who_wrote_still_hears_questions_after_a_restart(
        bot: Bot) -> None:
    """Sam wrote « On commence à 19h45 ! » (Camille, « orga », created the evening): after a
    restart Léa's question reaches both still, not the creator alone."""
    bot.organizers.add("sam")
    await _evening(bot, writer="sam")
    await restart(bot)
    told = {who: len(bot.platform.private_texts(who)) for who in ("orga", "sam")}
    assert "Question transmise" in await _say(bot, QUESTION, user="lea")
    for who in ("orga", "sam"):
        assert len(bot.platform.private_texts(who)) == told[who] + 1, who
    # Sam answers from the question itself, as before the restart.
    await _say(bot, "", action=_button(_last(bot, "sam"), "Répondre"), user="sam")
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, à tout à l'heure", user="sam")


async def test_words_after_the_confirmation_still_read_after_a_restart(bot: Bot) -> None:
    """« C'est noté : vous êtes inscrit·e … », then a scheduler tick, then a restart: « on
    sera 3 en fait » is still about that evening (the one tap that does it)."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    assert "C'est noté" in await _say(bot, f"/participer {event} oui", user="lea")
    await Scheduler(bot.core).tick(bot.clock())
    await restart(bot)
    said = await _say(bot, "on sera 3 en fait", user="lea")
    assert "✅ 3 places" in said or "3 places" in said
    assert "Soirée jeux" in said


async def test_what_was_told_is_erased_with_the_member(bot: Bot, db_path: Path) -> None:
    """What the bot keeps to read a reply (which event she was told of, who wrote to its
    participants) goes with /oubliemoi: nothing names her or the writer afterwards."""
    bot.organizers.add("sam")
    await _evening(bot, writer="sam")
    await Scheduler(bot.core).tick(bot.clock())
    lea = await bot.core.storage.members.find("test", "lea")
    sam = await bot.core.storage.members.find("test", "sam")
    assert lea is not None and sam is not None
    assert _rows(db_path, "SELECT 1 FROM relay_told WHERE member_id = ?", lea.id)
    assert _rows(db_path, "SELECT 1 FROM relay_writers WHERE member_id = ?", sam.id)
    for who in ("lea", "sam"):
        confirm = await bot.replies("/oubliemoi", user=who)
        await _say(bot, "", action=_button(confirm[-1], "Oui"), user=who)
    assert not _rows(db_path, "SELECT 1 FROM relay_told WHERE member_id IN (?, ?)",
                     lea.id, sam.id)
    assert not _rows(db_path, "SELECT 1 FROM relay_writers")


async def test_what_was_told_goes_after_its_window_and_writers_with_the_questions(
        bot: Bot, db_path: Path) -> None:
    """Twelve hours after the notice nothing is read from it any more: its row goes at the
    next tick; who wrote to an evening's participants goes a week after it, as its
    questions do."""
    await _evening(bot)
    scheduler = Scheduler(bot.core)
    await scheduler.tick(bot.clock())
    assert _rows(db_path, "SELECT 1 FROM relay_told")
    bot.clock.advance(hours=13)
    await scheduler.tick(bot.clock())
    assert not _rows(db_path, "SELECT 1 FROM relay_told WHERE event_id IS NOT NULL")
    assert _rows(db_path, "SELECT 1 FROM relay_writers")
    bot.clock.advance(days=8)
    await scheduler.tick(bot.clock())
    assert not _rows(db_path, "SELECT 1 FROM relay_writers")


# -- the outbox and /oubliemoi --------------------------------------------------------------


async def test_a_question_waiting_for_the_organiser_goes_with_the_parent(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram is down for the organiser: Léa's question waits in the outbox to be sent
    again. Léa then erases her data: her question is not delivered afterwards."""
    event = await _evening(bot)
    real = bot.platform.send_private

    async def down_for_orga(user_id: str, reply: Reply) -> None:
        if user_id == "orga":
            raise RuntimeError("platform down")
        await real(user_id, reply)

    monkeypatch.setattr(bot.platform, "send_private", down_for_orga)
    await _say(bot, QUESTION, user="lea")
    assert await bot.core.storage.outbox.pending(event) == 1
    confirm = await bot.replies("/oubliemoi", user="lea")
    await _say(bot, "", action=_button(confirm[-1], "Oui"), user="lea")
    assert await bot.core.storage.outbox.pending(event) == 0
    monkeypatch.setattr(bot.platform, "send_private", real)
    bot.clock.advance(minutes=10)
    await Scheduler(bot.core).tick(bot.clock())
    assert not any(QUESTION in plain(text) for text in bot.platform.private_texts("orga"))


# -- keeping time follows the event ------------------------------------------------------------


async def test_a_question_is_kept_while_its_event_moved_later_is_to_come(bot: Bot) -> None:
    """Asked about tonight; the evening then moves a month later. Ten days on (its first
    date's week is long over) the organiser can still answer it."""
    event = await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    asked = _last(bot, "orga")
    await _say(bot, f"/modifier {event} date 2026-12-23 20:00")
    moved = await bot.core.storage.events.get(event)
    assert moved is not None and moved.starts_at.day == 23
    bot.clock.advance(days=10)
    await Scheduler(bot.core).tick(bot.clock())
    said = await _say(bot, "", action=_button(asked, "Répondre"))
    assert "Écrivez maintenant votre réponse à Lea" in said
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, pas de souci")


async def test_a_question_goes_a_week_after_its_event_moved_earlier(
        bot: Bot, db_path: Path) -> None:
    """Asked about an evening in three weeks; it moves to tonight: a week after tonight its
    question is no longer kept (not three weeks more)."""
    event = await new_event(bot, "Soirée jeux | 2026-12-16 20:00 | 10 | jeux | gratuit")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !")
    await _say(bot, QUESTION, user="lea")
    await _say(bot, f"/modifier {event} date 2026-11-25 20:00")
    bot.clock.advance(days=9)
    await Scheduler(bot.core).tick(bot.clock())
    assert not _rows(db_path, "SELECT 1 FROM relay_questions")


# -- the organiser's side -----------------------------------------------------------------


async def test_an_answer_under_the_question_never_goes_into_an_open_creation_form(
        bot: Bot) -> None:
    """Camille is in the middle of /creer (it asks the kind) when Léa's question comes:
    she taps « Répondre » and writes the answer: Léa receives it; the form did not take it
    as the new event's title."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    asked = _last(bot, "orga")
    assert "Quel type d'événement ?" in await _say(bot, "/creer")
    await _say(bot, "", action=_button(asked, "Répondre"))
    said = await _say(bot, "Oui pas de souci, on vous attend !")
    assert "Réponse envoyée à Lea" in said
    assert "Oui pas de souci, on vous attend !" in plain(_last(bot, "lea").text)
    # The form is where she left it: her next words are its kind, then its title.
    assert "titre" in (await _say(bot, "jeux")).lower()


@pytest.mark.parametrize("typed", ["participants {event}", "Participants {event}",
                                   "participer {event} non"])
async def test_a_command_typed_in_the_answer_window_is_the_command(bot: Bot, typed: str
                                                                   ) -> None:
    """After « Répondre », Camille types « participants 1 » (forgetting the slash, as a
    phone offers none): the list she asked for, never a message to Léa saying
    « participants 1 »; she is told nothing went, with the button to answer."""
    event = await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    told = len(bot.platform.private_texts("lea"))
    replies = await bot.replies(typed.format(event=event))
    said = plain("\n".join(text_of(r) for r in replies))
    assert len(bot.platform.private_texts("lea")) == told  # nothing reached Léa
    assert "Rien n'est parti à Lea" in said
    if "participants" in typed.lower():
        assert "• Lea" in said and "Soirée jeux" in said  # the list
    else:
        assert "Vous ne venez pas" in said or "ne venez pas" in said.lower()
    # Her answer, after tapping « Répondre » again, goes.
    tap = next(b.action for r in replies for b in r.buttons if "Répondre" in b.label)
    await _say(bot, "", action=tap)
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, venez à 20h15")
    assert "Oui, venez à 20h15" in plain(_last(bot, "lea").text)


@pytest.mark.parametrize("typed", ["aide", "evenements", "Programme"])
async def test_a_command_name_alone_in_the_answer_window_is_asked(bot: Bot, typed: str
                                                                  ) -> None:
    """« aide » alone after « Répondre »: the command, or her answer? Nothing goes to Léa;
    Camille is told how to get either; her next message is the answer."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    told = len(bot.platform.private_texts("lea"))
    said = await _say(bot, typed)
    assert len(bot.platform.private_texts("lea")) == told
    assert "Rien n'est parti à Lea" in said and f"tapez /{typed}" in said
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, venez à 20h15")


async def test_a_sentence_typed_in_the_answer_window_is_still_the_answer(bot: Bot) -> None:
    """« Annulé pour cause de neige ? Non, c'est maintenu » or « participez à 20h » is no
    command: it goes to Léa as before."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    assert "Réponse envoyée à Lea" in await _say(bot, "Participez quand vous voulez, 20h15 ok")
    assert "Participez quand vous voulez" in plain(_last(bot, "lea").text)


async def test_a_tap_on_a_question_sent_to_someone_else_says_so(bot: Bot) -> None:
    """Sam (an organiser the question was not sent to, e.g. shown a forwarded copy) taps
    « Répondre »: told it was not sent to them — never that Léa erased her data (untrue)."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    tap = _button(_last(bot, "orga"), "Répondre")
    bot.organizers.add("sam")
    said = await _say(bot, "", action=tap, user="sam")
    assert "effacé ses données" not in said
    assert "pas été envoyée" in said
    # Once Léa erased her data, that is what is said (to the one it was sent to).
    confirm = await bot.replies("/oubliemoi", user="lea")
    await _say(bot, "", action=_button(confirm[-1], "Oui"), user="lea")
    assert "n'est plus gardée" in await _say(bot, "", action=tap)


# -- no read when nobody was told anything --------------------------------------------------


async def test_a_plain_message_from_someone_never_told_anything_reads_nothing_for_the_relay(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer's « bonjour » privately: the relay has nothing to look up (no notice, no
    question for them): it reads none of its tables for it (the FAQ reads its own)."""
    await _evening(bot)
    await _say(bot, "bonjour", user="zoe")  # known from now on
    db = bot.core.storage.db
    real = db.read
    read: list[str] = []

    async def spying(sql: str, params: object = ()) -> object:
        read.append(sql)
        return await real(sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "read", spying)
    for typed in ("bonjour", "c'est où ?", "on peut venir à 20h15 ?"):
        await _say(bot, typed, user="zoe")
    assert not [sql for sql in read if "relay_" in sql]
    # Léa, told of the evening, is read for (her question goes to the team).
    assert "Question transmise" in await _say(bot, QUESTION, user="lea")
    assert [sql for sql in read if "relay_" in sql]


async def test_the_organiser_answer_window_survives_a_restart(bot: Bot) -> None:
    """Camille tapped « Répondre », the bot restarted, she writes the answer: it goes to
    Léa (the window is in the database, read once at the start)."""
    await _evening(bot)
    await _say(bot, QUESTION, user="lea")
    await _say(bot, "", action=_button(_last(bot, "orga"), "Répondre"))
    await restart(bot)
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, venez !")
    assert "Oui, venez !" in plain(_last(bot, "lea").text)



# -- pinned proposals (/tmp/team/relay11-proposals.diff) ------------------------------------


def test_the_bot_cards_length_and_the_relays_agree() -> None:
    """A question's keeping time reads an event's end as `bot.cards.ends_by` does."""
    assert EVENT_LENGTH == LENGTH


def test_the_new_relay_methods_are_in_the_storage_api() -> None:
    doc = storage.__doc__ or ""
    for method in ("kept(question_id", "answering_now(", "wrote(", "writers(", "told(since",
                   "keep_told(", "words_of"):
        assert method in doc, method


def test_the_jobs_see_the_cores_save_told() -> None:
    assert "save_told" in vars(JobServices)


async def test_a_deploy_keeps_what_was_told_since_the_last_tick(bot: Bot, db_path: Path
                                                                 ) -> None:
    """« C'est noté » a few seconds before a deploy (no tick since): after the restart,
    « on sera 3 en fait » is still about that evening."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    assert "C'est noté" in await _say(bot, f"/participer {event} oui", user="lea")
    await shutdown(bot.core, None, [], 1.0)
    lea = await bot.core.storage.members.find("test", "lea")
    assert lea is not None
    assert _rows(db_path, "SELECT event_id FROM relay_told WHERE member_id = ?",
                 lea.id) == [(event,)]
