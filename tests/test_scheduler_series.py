"""Weekly series across daylight-saving changes, and scheduled announcements."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from scheduler_helpers import (
    Killed,
    close_restarted,  # noqa: F401  (autouse)
    restart,
    tick_at,
)

from bot.errors import UserInputError
from bot.i18n import PARIS
from bot.messages import Reply
from bot.scheduler import Scheduler
from commands.series.jobs import series_starts
from commands.series.parsers import first_date, interval, read_rule
from recording import Bot, text_of
from storage.models import Series


def paris(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%a %Y-%m-%d %H:%M")


async def series_events(bot: Bot, series_id: int) -> list[tuple[int, str, str]]:
    events = await bot.core.storage.series.occurrences(series_id, bot.clock())
    return [(e.id, paris(e.starts_at), e.status) for e in events]


async def stop_series(bot: Bot, series_id: int) -> str:
    """/annulerserie, then its preview's « Oui, arrêter la série »: what the organiser reads."""
    [preview] = await bot.replies(f"/annulerserie {series_id}")
    return await bot.press(preview.buttons[0].action)


def test_weekly_and_interval_parsers() -> None:
    def weekly(text: str) -> tuple[int, str]:
        rule = read_rule(text)
        assert len(rule.weekdays) == 1 and rule.interval == 1 and not rule.monthly
        return rule.weekdays[0], rule.local_time

    assert weekly("vendredi 19h30") == (4, "19:30")
    assert weekly("every Friday at 7:30pm") == (4, "19:30")
    assert weekly("les mardis à 18h") == (1, "18:00")
    assert weekly("Sunday 10am") == (6, "10:00")
    for bad in ("vendredi", "19h30", "jour 25h"):
        with pytest.raises(UserInputError):
            read_rule(bad)
    assert interval("") == 1 and interval("chaque semaine") == 1
    assert interval("toutes les 2 semaines") == 2 and interval("every other week") == 2
    with pytest.raises(UserInputError):
        interval("toutes les 40 semaines")
    wednesday = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    assert first_date(read_rule("vendredi 19h30"), wednesday).isoformat() == "2026-11-27"
    # 11:00 has passed
    assert first_date(read_rule("mercredi 10h"), wednesday).isoformat() == "2026-12-02"


def test_series_keeps_paris_wall_clock_across_both_changes() -> None:
    series = Series(1, "Jeux", "board_games", 4, "19:30", "2027-03-12", 1, None, 0, "Le Focus",
                    None, "active", None)
    spring = series_starts(series, datetime(2027, 3, 10, tzinfo=UTC))
    assert [(d, s.strftime("%H:%M")) for d, s in spring[2:4]] == [
        ("2027-03-26", "18:30"), ("2027-04-02", "17:30")]  # UTC moves, Paris stays 19:30
    autumn = series_starts(series, datetime(2027, 10, 20, tzinfo=UTC))
    assert [(d, s.strftime("%H:%M")) for d, s in autumn[1:3]] == [
        ("2027-10-29", "17:30"), ("2027-11-05", "18:30")]
    assert {s.astimezone(PARIS).strftime("%H:%M") for _, s in spring + autumn} == {"19:30"}
    fortnightly = Series(2, "Anglais", "english", 0, "18:00", "2027-01-04", 2, None, 0, "x",
                         "2027-01-18", "active", None)
    assert [d for d, _ in series_starts(fortnightly, datetime(2027, 1, 10, tzinfo=UTC))] == [
        "2027-02-01", "2027-02-15", "2027-03-01"]


async def test_newseries_creates_eight_weeks_and_tops_up_across_dst(bot: Bot) -> None:
    reply = await bot.say("/nouvelleserie Soirée jeux | vendredi 19h30 | | 12 | jeux")
    assert "Série n°1" in reply and "chaque vendredi à 19h30" in reply
    assert "8 dates prêtes" in reply
    made = await series_events(bot, 1)
    assert [when for _, when, _ in made] == [
        f"Fri {d} 19:30" for d in ("2026-11-27", "2026-12-04", "2026-12-11", "2026-12-18",
                                   "2026-12-25", "2027-01-01", "2027-01-08", "2027-01-15")]
    first = await bot.core.storage.events.get(made[0][0])
    assert first is not None and first.capacity == 12 and first.kind == "board_games"
    # Each occurrence has its own answers.
    await bot.say(f"/participer {made[0][0]}", user="ana")
    assert (await bot.core.storage.rsvps.counts(made[1][0])).going_people == 0

    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock())
    assert len(await series_events(bot, 1)) == 8  # nothing to add yet
    # A week later (after a restart), one more Friday appears; nothing is duplicated.
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, bot.clock() + timedelta(days=7))
    await tick_at(bot, scheduler, bot.clock() + timedelta(seconds=30))
    coming = await series_events(bot, 1)
    assert len(coming) == 8 and coming[-1][1] == "Fri 2027-01-22 19:30"
    # Into spring: the clocks change on 2027-03-28, the evening stays at 19:30.
    await tick_at(bot, scheduler, datetime(2027, 3, 10, 12, tzinfo=UTC))
    spring = await series_events(bot, 1)
    assert len(spring) == 8
    assert {when[-5:] for _, when, _ in spring} == {"19:30"}
    assert "Fri 2027-03-26 19:30" in [w for _, w, _ in spring]
    assert "Fri 2027-04-02 19:30" in [w for _, w, _ in spring]


async def test_reminder_is_24_real_hours_before_across_the_change(bot: Bot) -> None:
    bot.clock.current = datetime(2027, 3, 20, 12, tzinfo=UTC)
    reply = await bot.say("/nouvelevenement Été | 2027-03-28 19:30")
    event_id = int(re.search(r"#(\d+)", reply).group(1))  # type: ignore[union-attr]
    await bot.say(f"/participer {event_id}", user="ana")
    scheduler = Scheduler(bot.core)
    due = datetime(2027, 3, 27, 17, 30, tzinfo=UTC)  # 18:30 in Paris the day before (CET)
    await tick_at(bot, scheduler, due - timedelta(seconds=1))
    assert not [t for t in bot.platform.private_texts("ana") if "Rappel" in t]
    await tick_at(bot, scheduler, due)
    [text] = [t for t in bot.platform.private_texts("ana") if "Rappel" in t]
    assert "demain à 19h30" in text


async def test_one_occurrence_cancelled_alone_is_not_recreated(bot: Bot) -> None:
    await bot.say("/nouvelleserie Anglais | mardi 18h | toutes les 2 semaines")
    made = await series_events(bot, 1)
    assert len(made) == 4 and made[0][1] == "Tue 2026-12-01 18:00"
    await bot.say(f"/annuler {made[1][0]} confirmer")
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock() + timedelta(days=1))
    statuses = [s for _, _, s in await series_events(bot, 1)]
    assert statuses == ["scheduled", "cancelled", "scheduled", "scheduled"]


async def test_cancelling_the_rest_of_a_series_tells_each_attendee_once(bot: Bot) -> None:
    await bot.say("/newseries Ciné-club | jeudi 20h")
    made = await series_events(bot, 1)
    for event_id, _, _ in made[:3]:
        await bot.say(f"/participer {event_id}", user="ana")
    await bot.say(f"/participer {made[5][0]} peut-être", user="ben")
    assert "n°1" in await bot.say("/series")
    reply = await stop_series(bot, 1)
    assert "8 dates annulées, 2 personnes prévenues" in reply
    [to_ana] = bot.platform.private_texts("ana")
    assert "Ciné-club" in to_ana and all(f"#{e}" in to_ana for e, _, _ in made[:3])
    assert len(bot.platform.private_texts("ben")) == 1
    assert "Aucun événement" in await bot.say("/evenements", user="ana")
    assert "déjà arrêtée" in await bot.say("/cancelseries 1")
    assert "Aucune série" in await bot.say("/series")
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock() + timedelta(days=30))
    assert all(s == "cancelled" for _, _, s in await series_events(bot, 1))
    assert not [t for t in bot.platform.private_texts("ana") if "Rappel" in t]
    assert "pas de série n°9" in await bot.say("/cancelseries 9")
    assert "réservée aux organisateur" in await bot.say("/newseries X | lundi 9h", user="ana")


async def test_scheduled_announcement_publishes_once_across_restarts(bot: Bot) -> None:
    await bot.say("/newevent Jeux | 2026-12-05 20:00")
    await bot.say("/newevent Ciné | 2026-12-06 20:00")
    reply = await bot.say("/annoncerplustard 1 2026-11-26 18h")
    assert "n°1" in reply and "jeudi 26 novembre 2026 à 18h" in reply
    await bot.say("/announcelater 2 2026-11-26 18h")
    listing = await bot.say("/programmees")
    assert "n°1" in listing and "n°2" in listing
    assert "annulée" in await bot.say("/deprogrammer 2")
    assert "Aucune annonce programmée n°2" in await bot.say("/unschedule 2")
    assert "aura commencé" in await bot.say("/annoncerplustard 1 2026-12-07 10h")

    scheduler = Scheduler(bot.core)
    due = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    await tick_at(bot, scheduler, due - timedelta(seconds=1))
    assert bot.platform.sent == []
    await tick_at(bot, scheduler, due)
    assert [chat for chat, _ in bot.platform.sent] == ["announce-1", "announce-2"]
    assert bot.platform.sent[0][1].card is not None and bot.platform.sent[0][1].card.event_id == 1
    scheduler = await restart(bot)
    await tick_at(bot, scheduler, due + timedelta(seconds=30))
    await tick_at(bot, scheduler, due + timedelta(days=1))
    assert len(bot.platform.sent) == 2
    assert "Aucune annonce" in await bot.say("/scheduled")
    # The published cards are live copies: an answer updates them.
    await bot.say("/participer 1", user="ana")
    assert bot.platform.edits


async def test_scheduled_announcement_of_a_cancelled_event_is_skipped(bot: Bot) -> None:
    await bot.say("/newevent Jeux | 2026-12-05 20:00")
    await bot.say("/announcelater 1 demain 18h")
    await bot.say("/annuler 1 confirmer")
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock() + timedelta(days=2))
    assert bot.platform.sent == []


async def test_editing_the_rest_of_a_series_moves_every_coming_date(bot: Bot) -> None:
    await bot.say("/newseries Jeux | vendredi 19h30 | | 1")
    made = await series_events(bot, 1)
    await bot.say(f"/participer {made[0][0]}", user="ana")
    await bot.say(f"/participer {made[0][0]}", user="ben")  # waitlisted
    await bot.say(f"/participer {made[2][0]}", user="ana")
    reply = await bot.say("/modifierserie 1 heure jeudi 20h")
    assert "chaque jeudi à 20h" in reply and "8 dates à venir" in reply
    moved = await series_events(bot, 1)
    assert [w for _, w, _ in moved][:2] == ["Thu 2026-11-26 20:00", "Thu 2026-12-03 20:00"]
    [to_ana] = [t for t in bot.platform.private_texts("ana") if "Changement" in t]
    assert f"#{made[0][0]}" in to_ana and f"#{made[2][0]}" in to_ana
    assert len([t for t in bot.platform.private_texts("ben") if "Changement" in t]) == 1
    # More seats everywhere: Ben gets his seat and hears it at once.
    await bot.say("/editseries 1 places 2")
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("ben"))
    await bot.say("/editseries 1 lieu Salle 2")
    # Later top-ups follow the new rule, with no duplicate.
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, bot.clock() + timedelta(days=14))
    coming = await series_events(bot, 1)
    assert len(coming) == 8 and {w[:3] + w[-5:] for _, w, _ in coming} == {"Thu20:00"}
    last = await bot.core.storage.events.get(coming[-1][0])
    assert last is not None and last.capacity == 2 and last.place == "Salle 2"
    assert "Champ «\u00a0couleur\u00a0» inconnu" in await bot.say("/editseries 1 couleur bleu")
    assert "Je n'ai pas compris" in await bot.say("/editseries 1 heure bientôt")


async def test_scheduled_announcement_survives_a_crash_and_platform_errors(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    await bot.say("/newevent Jeux | 2026-12-05 20:00")
    await bot.say("/announcelater 1 2026-11-26 18h")
    due = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)

    async def die(chat_id: str, reply: Reply) -> str | None:
        raise Killed

    monkeypatch.setattr(bot.platform, "send", die)
    with pytest.raises(Killed):
        await tick_at(bot, Scheduler(bot.core), due)
    monkeypatch.undo()
    scheduler = await restart(bot)

    async def down(chat_id: str, reply: Reply) -> str | None:
        raise ConnectionError("platform down")

    monkeypatch.setattr(bot.platform, "send", down)
    # The dead process's claim is taken at once; every chat fails: retry later.
    await tick_at(bot, scheduler, due + timedelta(seconds=30))
    monkeypatch.undo()
    await tick_at(bot, scheduler, due + timedelta(seconds=40))
    assert bot.platform.sent == []
    await tick_at(bot, scheduler, due + timedelta(minutes=5))
    await tick_at(bot, scheduler, due + timedelta(minutes=10))
    assert len(bot.platform.sent) == 2


async def test_series_state_conflicts_are_explained_without_a_usage_line(bot: Bot) -> None:
    await bot.say("/newseries Jeux | vendredi 19h30")
    await stop_series(bot, 1)
    for command in ("/annulerserie 1", "/modifierserie 1 lieu Salle 2"):
        reply = await bot.say(command)
        assert "déjà arrêtée" in reply and "Utilisation" not in reply, command
    # Input errors keep their generated usage line.
    missing = await bot.say("/modifierserie 1 lieu")
    assert "/modifierserie <série> <titre|lieu|places|type|prix|date|durée|description>" \
        " <valeur>" in missing and "Utilisation" in missing
    assert "n'est pas un numéro de série" in await bot.say("/annulerserie deux")


async def test_series_and_scheduled_announcements_from_slash_options(bot: Bot) -> None:
    """Discord sends typed options; they go through the same parsers as a typed line."""
    reply = await bot.say("", command="newseries", options={
        "title": "Anglais", "rule": "mardi 18h", "interval": "toutes les 2 semaines",
        "capacity": "8", "kind": "english"})
    assert "Série n°1" in reply and "un mardi sur deux à 18h" in reply
    made = await series_events(bot, 1)
    event = await bot.core.storage.events.get(made[0][0])
    assert event is not None and (event.capacity, event.kind) == (8, "english")
    assert "modifiée" in await bot.say("", command="editseries", options={
        "series": "1", "field": "place", "value": "Salle 2"})
    assert "n°1" in await bot.say("", command="series")
    later = await bot.say("", command="announcelater", options={
        "event": str(made[0][0]), "when": "2026-11-30 18h"})
    assert "Annonce n°1 programmée" in later
    assert "n°1" in await bot.say("", command="scheduled")
    assert "annulée" in await bot.say("", command="unschedule", options={"number": "1"})
    [preview] = await bot.replies("", command="cancelseries", options={"series": "1"})
    assert "Arrêter la série n°1" in text_of(preview)
    assert "arrêtée" in await bot.press(preview.buttons[0].action)
