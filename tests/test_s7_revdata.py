"""Session 7 final read (rev-data): findings on members' numbers, reminders and configuration."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from commands.attendance.jobs import GRACE, LENGTH
from commands.attendance.report import tallies
from recording import NOW, Bot, plain
from storage import NewEvent, Storage
from storage.party import ORPHAN_AGE

START = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)
CLOSED = START + LENGTH + GRACE


async def test_a_desk_number_erased_when_the_books_close_is_not_given_again(
        db_path: Path) -> None:
    """Mme Hortense, registered by phone, was the newest row; the evening's books closed and
    her entry was erased; Zoé, new the next morning, got Mme Hortense's number, so a door
    list or a reminder claim still naming that number reached Zoé."""
    store = await Storage.open(db_path)
    try:
        event = await store.events.create(NewEvent("Jeux", START, "Le Focus", capacity=30), NOW)
        desk = await store.party.add_desk(event.id, "Mme Hortense", "", NOW)
        await store.rsvps.answer(event.id, desk, "going", NOW)
        events, bookings = await store.attendance.over(CLOSED, CLOSED)
        assert await store.attendance.close(tallies(events, bookings), CLOSED) == 1
        assert (await store.party.forget_closed(CLOSED, CLOSED)).desk == 1
        zoe = await store.members.identify("test", "zoe", "Zoé", CLOSED)
        assert zoe.id > desk
        # An entry left without an answer (the process stopped between the two steps) is
        # swept by the next addition, which must not take its number.
        orphan = await store.party.add_desk(event.id, "M. Seul", "", CLOSED)
        later = CLOSED + ORPHAN_AGE + timedelta(minutes=1)
        assert await store.party.add_desk(event.id, "Mme Suivante", "", later) > orphan
    finally:
        await store.close()


TOKEN = "123456:ABCdefGhIJKlmNoPQRsTUVwxyZ0123456789"


@pytest.mark.parametrize("read", ["start", "backup"])
def test_a_quoted_database_path_is_refused_not_a_new_empty_database(read: str) -> None:
    """A Docker env file keeps the quotes: DATABASE_PATH="data/focus.db" started the bot on
    a new, empty database in a folder named « "data » (every event gone for the members),
    and `backup` copied that one."""
    from bot.config import ConfigError, load, load_database

    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_ORGANIZER_IDS": "123",
           "DATABASE_PATH": '"data/focus.db"'}
    with pytest.raises(ConfigError) as refused:
        if read == "start":
            load(env, dotenv=None)
        else:
            load_database(env, dotenv=None)
    assert "DATABASE_PATH: remove the quotes" in str(refused.value)
    assert '"data' not in str(refused.value)  # the value itself is never printed


@pytest.mark.parametrize("question", [
    "je sais pas quoi faire de mon fils mercredi, vous avez quoi ?",  # the parent's « sais »
    "vous gardez une place sur mon nom pour samedi ?",  # a seat, not their data
    "can you keep a seat on my name for saturday?",
])
async def test_a_parent_asking_for_a_seat_or_an_idea_is_not_sent_to_mydata(
        bot: Bot, question: str) -> None:
    """These got only « Pour voir tout ce que le bot sait de vous : /mesdonnees… »."""
    text = plain(await bot.say(question, user="ana", locale="en" if "seat" in question
                               else "fr"))
    assert "/mesdonnees" not in text and "/mydata" not in text, text


async def test_how_long_my_details_are_kept_points_to_mydata(bot: Bot) -> None:
    """« vous gardez mes infos combien de temps ? » got « Je ne sais pas répondre à ça »."""
    text = plain(await bot.say("vous gardez mes infos combien de temps ?", user="ana"))
    assert "/mesdonnees" in text and "/oubliemoi" in text, text


@pytest.mark.parametrize("question", ["je peux supprimer mon inscription ?",
                                      "comment j'enlève ma réservation pour samedi"])
async def test_removing_ones_registration_is_read_as_cancelling(bot: Bot, question: str) -> None:
    """« je peux supprimer mon inscription ? » got « Comment s'inscrire ou adhérer ? »: how
    to register, the opposite of what the parent wanted."""
    text = plain(await bot.say(question, user="ana"))
    assert not text.startswith("Comment s'inscrire"), text
    assert "/participer" in text and "non" in text, text


@pytest.mark.parametrize(("typed", "locale"), [("/oubliemoi oui j'en suis sûre", "fr"),
                                               ("/oubliemoi d'accord", "fr"),
                                               ("/oubliemoi oui je veux", "fr"),
                                               ("/forgetme yes I'm sure", "en")])
async def test_a_plain_sure_yes_erases(bot: Bot, typed: str, locale: str) -> None:
    """« /oubliemoi oui j'en suis sûre » got « Je n'ai pas compris … : rien n'est effacé »
    and the question again, as if it were a typo."""
    await bot.say("/aide", user="kate", locale=locale)
    text = plain(await bot.say(typed, user="kate", locale=locale))
    assert "C'est fait" in text or "Done" in text, text
