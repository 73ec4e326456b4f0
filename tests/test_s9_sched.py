"""Session 9, the scheduler's leftovers: a restart at every awkward moment, with the injected
clock and real SQLite files. A crash is a copy of the database files taken at the chosen
instant, as `kill -9` would leave them (`test_scheduler_crash.copy_as_killed`); the
recording platform is the outside world and keeps what members already saw."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scheduler_helpers import (
    Killed,
    close_restarted,  # noqa: F401  (autouse)
    new_event,
    reminders_of,
    restart,
    starts,
    tick_at,
)
from test_scheduler_crash import copy_as_killed

from bot import actions
from bot.adapters.waiting import Waiting
from bot.messages import EventCard, Reply
from bot.platform import Unreachable
from recording import Bot

STARTED = "Commencé — les réponses sont fermées"


async def announced(bot: Bot, spec: str = "Soirée jeux | 2026-12-05 20:00 | 10") -> int:
    """An event whose card is in both announcement chats (live copies the turn must edit)."""
    event_id = await new_event(bot, spec)
    await bot.say(f"/annoncer {event_id}")
    posted = [c for c, r in bot.platform.sent if r.card and r.card.event_id == event_id]
    assert posted == ["announce-1", "announce-2"], bot.platform.sent
    return event_id


def shown(bot: Bot) -> dict[str, EventCard]:
    """What each announcement chat shows now: its card as last posted or edited."""
    cards: dict[str, EventCard] = {}  # one event's here
    for chat, reply in bot.platform.sent:
        if reply.card is not None:
            cards[chat] = reply.card
    for chat, _message, card in bot.platform.edits:
        cards[chat] = card
    return cards


async def test_a_crash_while_the_cards_turn_still_closes_them_after_the_restart(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """20:00:05, the games night has started; the bot dies while Telegram is still being
    asked to edit its card. Before, the turn was recorded first: the next process started
    after it, and the group's card kept « Je viens » (answers refused on tap) until
    « Terminé » the next morning. Now the turn is recorded once the edits went out."""
    event_id = await announced(bot)
    start = await starts(bot, event_id)
    first = await restart(bot)
    await tick_at(bot, first, start - timedelta(minutes=1))
    crashed: list[Path] = []

    async def edit_and_die(chat_id: str, message_id: str, card: EventCard) -> None:
        if not crashed:  # the first edit: what the process left when it died
            crashed.append(copy_as_killed(bot.core.storage.path, tmp_path / "killed"))
        raise Killed

    monkeypatch.setattr(bot.platform, "edit_card", edit_and_die)
    await tick_at(bot, first, start + timedelta(seconds=5))
    monkeypatch.undo()
    assert crashed, "the turn asked for no edit"
    assert all(STARTED not in c.status_text for c in shown(bot).values())

    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, start + timedelta(minutes=1))
    cards = shown(bot)
    assert set(cards) == {"announce-1", "announce-2"}
    for card in cards.values():
        assert card.status_text == STARTED, card
        assert card.buttons == (), card.buttons


async def test_a_restart_after_the_turn_went_out_edits_nothing_again(bot: Bot) -> None:
    """The other side of the same promise: once the edits went out, a deploy at 20:40 does
    not edit the cards again (a burst taking the group's 20 edits a minute)."""
    event_id = await announced(bot)
    start = await starts(bot, event_id)
    first = await restart(bot)
    await tick_at(bot, first, start - timedelta(minutes=1))
    await tick_at(bot, first, start + timedelta(seconds=5))
    edits = len(bot.platform.edits)
    assert edits == 2 and all(c.status_text == STARTED for c in shown(bot).values())
    second = await restart(bot)
    await tick_at(bot, second, start + timedelta(minutes=40))
    assert len(bot.platform.edits) == edits


async def test_cards_of_an_event_held_during_a_weekend_outage_close_at_the_restart(
        bot: Bot) -> None:
    """The bot's machine died on Friday night after the film's card closed, and came back
    on Monday morning. Saturday's workshop (14:00-16:00) had started and ended meanwhile:
    the new process looked back 36 hours only, saw it already over then, and its cards in
    the group kept « Je viens » and « 10 libres » for good. Now a restart goes back to the
    last turn recorded (a week at most), and those cards read « Terminé »."""
    film = await announced(bot, "Ciné | 2026-12-04 20:00 | 30")
    workshop = await announced(bot, "Atelier | 2026-12-05 14:00-16:00 | 10")
    first = await restart(bot)
    film_start = await starts(bot, film)
    await tick_at(bot, first, film_start - timedelta(minutes=1))
    await tick_at(bot, first, film_start + timedelta(minutes=1))
    second = await restart(bot)  # Monday 10:00 Paris: down since Friday night
    await tick_at(bot, second, (await starts(bot, workshop)) + timedelta(hours=44))
    cards = [card for _chat, _message, card in bot.platform.edits if card.event_id == workshop]
    assert cards, "the workshop's cards were never edited"
    assert {c.status_text for c in cards[-2:]} == {"Terminé"}
    assert all(c.buttons == () for c in cards[-2:])


WAITED = "Nina, vous êtes inscrite à Soirée jeux : 3 places pour vous et Zoé, Tom."


async def test_a_kill_while_a_waited_answer_is_given_loses_it_not(
        bot: Bot, tmp_path: Path) -> None:
    """Nina booked in the group without a private chat (« ma réponse vous attend »). She
    opens it; the bot is killed (a deploy) just as her answer goes out, before Telegram
    took it. The answers were erased before being sent: after the restart her next message
    found nothing, and she could not tell whether she was booked. Now each is erased once
    it was sent."""
    waiting = Waiting("test")
    await waiting.start(bot.core)
    await waiting.keep("nina", Reply(WAITED, private=True))
    crashed: list[Path] = []

    async def die(reply: Reply) -> None:
        crashed.append(copy_as_killed(bot.core.storage.path, tmp_path / "killed"))
        raise Killed

    with pytest.raises(Killed):
        await waiting.give("nina", (), die, Unreachable)
    await restart(bot, path=crashed[0])
    again = Waiting("test")
    await again.start(bot.core)
    received: list[str] = []

    async def send(reply: Reply) -> None:
        received.append(reply.text)

    await again.give("nina", (), send, Unreachable)
    assert received == [WAITED]


def at(day: int, hour: int, minute: int = 0, month: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


async def restarted_at_every_awkward_moment(bot: Bot, moments: list[datetime]) -> None:
    """A new process (new boot id, same file) before every tick: the worst a host can do."""
    for moment in moments:
        bot.clock.current = moment
        await tick_at(bot, await restart(bot), moment)


@pytest.mark.parametrize(("created", "spec", "moments", "day_before", "same_day"), [
    # Autumn: the clocks go back on Sunday 25 October 2026, 03:00 CEST -> 02:00 CET.
    (at(20, 12), "Atelier photo | 2026-10-25 10:00 | 10",
     [at(24, 8, 59), at(24, 9), at(24, 9, 1), at(24, 22), at(25, 0), at(25, 0, 30),
      at(25, 1), at(25, 1, 30), at(25, 2), at(25, 6, 59), at(25, 7), at(25, 7, 1),
      at(25, 7, 59), at(25, 8), at(25, 8, 1), at(25, 9, 0), at(25, 9, 1), at(26, 9)],
     "demain à 10h", "à 10h"),
    # Spring: Sunday 28 March 2027, 02:00 CET -> 03:00 CEST.
    (at(20, 12, month=3, year=2027), "Atelier photo | 2027-03-28 10:00 | 10",
     [at(27, 7, 59, 3, 2027), at(27, 8, 0, 3, 2027), at(27, 8, 1, 3, 2027),
      at(27, 23, 0, 3, 2027), at(28, 0, 59, 3, 2027), at(28, 1, 0, 3, 2027),
      at(28, 1, 30, 3, 2027), at(28, 5, 59, 3, 2027), at(28, 6, 0, 3, 2027),
      at(28, 6, 1, 3, 2027), at(28, 7, 0, 3, 2027), at(28, 8, 0, 3, 2027),
      at(28, 8, 1, 3, 2027), at(29, 8, 0, 3, 2027)],
     "demain à 10h", "à 10h"),
])
async def test_restarted_before_every_tick_across_a_dst_night_each_parent_gets_each_message_once(
        bot: Bot, created: datetime, spec: str, moments: list[datetime], day_before: str,
        same_day: str) -> None:
    """A Sunday-morning workshop after the night the clocks change, and a host that
    restarts the bot before every tick (a crash loop, a flaky power supply): around the
    24-hour reminder, through the repeated (or skipped) hour, around the 2-hour one, the
    organiser's 9:00 summary and the start. Each parent gets each reminder once, with the
    time as on the poster, the organiser one summary, and the cards close once."""
    bot.clock.current = created
    event_id = await announced(bot, spec)
    for parent in ("ana", "ben"):
        await bot.say(f"/participer {event_id} oui", user=parent)
    await restarted_at_every_awkward_moment(bot, moments)
    for parent in ("ana", "ben"):
        first, second = reminders_of(bot, parent)
        assert day_before in first and same_day in second, (first, second)
    summaries = [t for t in bot.platform.private_texts("orga") if t.startswith("📋")]
    assert len(summaries) == 1, summaries
    turned = [card.status_text for _c, _m, card in bot.platform.edits
              if card.event_id == event_id and card.status_text]
    assert turned.count(STARTED) == 2 and turned.count("Terminé") == 2, turned


async def test_a_seat_freed_just_before_a_crash_shows_on_the_group_card_after_restart(
        bot: Bot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two seats, both taken: the group's card reads « 0 libre ». Ana taps « Je ne viens
    pas »; the bot is killed while Telegram is being asked to edit the card. After the
    restart the card still read « 0 libre » until someone else answered: nobody took the
    free seat. Now the new process refreshes the cards of what changed before it."""
    event_id = await announced(bot, "Soirée jeux | 2026-12-05 20:00 | 2")
    for parent in ("ana", "ben"):
        await bot.say(f"/participer {event_id} oui", user=parent)
    assert {c.seats_text for c in shown(bot).values()} == {"2/2 places prises, 0 libre"}
    first = await restart(bot)
    for minutes in (0, 1):  # the bot runs: its heartbeat notes that the cards are shown
        await tick_at(bot, first, bot.clock.current + timedelta(minutes=minutes))
    crashed: list[Path] = []

    async def edit_and_die(chat_id: str, message_id: str, card: EventCard) -> None:
        if not crashed:
            crashed.append(copy_as_killed(bot.core.storage.path, tmp_path / "killed"))
        raise Killed

    monkeypatch.setattr(bot.platform, "edit_card", edit_and_die)
    bot.clock.advance(minutes=2)
    await bot.press(actions.encode("rsvp", event_id, "no"), user="ana")
    monkeypatch.undo()
    second = await restart(bot, path=crashed[0])
    await tick_at(bot, second, bot.clock.current + timedelta(minutes=1))
    assert {c.seats_text for c in shown(bot).values()} == {"1/2 places prises, 1 libre"}
