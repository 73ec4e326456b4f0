"""Session 7: a member who changes their mind about reminders, in their own words, and the
reminder itself as a parent reads it on a phone's lock screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from scheduler_helpers import tick_at

from bot.scheduler import Scheduler
from recording import Bot, new_event, plain

OFF = ("non merci", "stp non", "off svp", "pas de rappels", "je veux plus de rappels",
       "j'en veux plus", "arrête", "Non !", "coupez-les svp", "no thanks",
       "turn them off please", "I don't want them")
ON = ("oui stp", "remets-les", "réactivez svp", "Oui !", "activez-les", "yes please",
      "on please", "turn them back on")


@pytest.mark.parametrize("typed", OFF)
async def test_reminders_off_in_a_members_own_words(bot: Bot, typed: str) -> None:
    """« /rappels non merci » read « Il y a des mots en trop à la fin de la commande » and
    the reminders stayed on."""
    shown = plain(await bot.say(f"/rappels {typed}", user="ana"))
    assert shown.startswith("Rappels désactivés"), shown
    member = await bot.core.storage.members.find("test", "ana")
    assert member is not None and not member.reminders


@pytest.mark.parametrize("typed", ON)
async def test_reminders_back_on_in_a_members_own_words(bot: Bot, typed: str) -> None:
    await bot.say("/rappels non", user="ana")
    shown = plain(await bot.say(f"/rappels {typed}", user="ana"))
    assert shown.startswith("Rappels activés"), shown
    member = await bot.core.storage.members.find("test", "ana")
    assert member is not None and member.reminders


async def test_a_yes_and_a_no_together_change_nothing(bot: Bot) -> None:
    for typed in ("oui non", "non, activez-les", "bof"):
        shown = plain(await bot.say(f"/rappels {typed}", user="ana"))
        assert "répondez oui ou non" in shown, shown
    member = await bot.core.storage.members.find("test", "ana")
    assert member is not None and member.reminders


async def _going_tomorrow(bot: Bot, *users: str) -> tuple[Scheduler, int]:
    event_id = await new_event(bot, "Jeux | 2026-11-26 20:00 | 10")
    for user in users:
        await bot.say(f"/participer {event_id}", user=user)
    return Scheduler(bot.core), event_id


def _reminders(bot: Bot, user: str) -> list[str]:
    return [plain(r.text) for u, r in bot.platform.private
            if u == user and ("Rappel" in r.text or "Reminder" in r.text)]


async def test_a_reminder_is_not_sent_again_right_after_the_time_changed(bot: Bot) -> None:
    """Ana got « Rappel : demain à 20h » at 21h the day before; at 21h05 the organiser moved
    the evening to 21h: she got the change (« Changement… 21h, avant : 20h ») and, half a
    minute later, a second « Rappel : demain à 21h » — three messages for one change."""
    scheduler, event_id = await _going_tomorrow(bot, "ana")
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    await tick_at(bot, scheduler, start - timedelta(hours=23))
    assert len(_reminders(bot, "ana")) == 1
    bot.clock.advance(minutes=5)
    await bot.say(f"/modifier {event_id} heure 21h")
    assert any("21h" in t and "Avant" in t for t in bot.platform.private_texts("ana"))
    await tick_at(bot, scheduler, start - timedelta(hours=22, minutes=54))
    assert len(_reminders(bot, "ana")) == 1, _reminders(bot, "ana")
    # The next reminder (2 h before) is for the new time.
    await tick_at(bot, scheduler, start + timedelta(hours=1) - timedelta(hours=2))
    last = _reminders(bot, "ana")[-1]
    assert len(_reminders(bot, "ana")) == 2 and "à 21h" in last, last


async def test_an_evening_moved_a_week_later_is_reminded_again_the_day_before(
        bot: Bot) -> None:
    scheduler, event_id = await _going_tomorrow(bot, "ana")
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    await tick_at(bot, scheduler, start - timedelta(hours=23))
    await bot.say(f"/modifier {event_id} date 2026-12-03")
    await tick_at(bot, scheduler, start - timedelta(hours=22))
    assert len(_reminders(bot, "ana")) == 1
    await tick_at(bot, scheduler, start + timedelta(days=7) - timedelta(hours=23))
    assert len(_reminders(bot, "ana")) == 2 and "3 décembre" not in _reminders(bot, "ana")[-1]


async def test_the_reminder_says_what_to_do_if_you_cannot_come(bot: Bot) -> None:
    """The lock screen showed « ⏰ Rappel : « Jeux » (#1), demain à 20h. 📍 … » and nothing
    of what to do when you can't come, nor how to get no more reminders: the buttons are
    only seen once the chat is open."""
    scheduler, event_id = await _going_tomorrow(bot, "ana")
    await bot.say(f"/participer {event_id}", user="bob", locale="en")
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    await tick_at(bot, scheduler, start - timedelta(hours=23))
    [french] = _reminders(bot, "ana")
    assert "demain à 20h" in french, french
    assert "Vous ne pouvez plus venir ? Touchez « Je ne peux plus venir »" in french, french
    assert "/rappels non" in french, french
    [english] = _reminders(bot, "bob")
    assert "tomorrow at" in english and "Can't come? Tap \"I can't come anymore\"" \
        in english, english
    assert "/reminders off" in english, english


async def test_the_reminder_history_goes_a_week_after_the_event(bot: Bot) -> None:
    """/mesdonnees listed every reminder ever sent to a child (« Jeux, 1 jour avant : envoyé
    le … »), for good: the bot needs that row only until the event is past (not to send it
    twice, and to log one never sent)."""
    scheduler, event_id = await _going_tomorrow(bot, "ana")
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    await tick_at(bot, scheduler, start - timedelta(hours=23))
    assert "Rappels envoyés" in await bot.say("/mesdonnees", user="ana")
    await tick_at(bot, scheduler, start + timedelta(days=6))
    assert await bot.core.storage.reminders.deliveries(event_id)  # the missed log's week
    await tick_at(bot, scheduler, start + timedelta(days=7, minutes=1))
    assert await bot.core.storage.reminders.deliveries(event_id) == []
    shown = plain(await bot.say("/mesdonnees", user="ana"))
    assert "Rappels envoyés" not in shown and f"#{event_id} Jeux" in shown, shown
    assert "rappels envoyés sont oubliés une semaine après" in shown, shown
    english = await bot.say("/mydata", user="ana", locale="en")
    assert "reminders sent are forgotten a week after" in english, english


async def test_erased_while_a_reminder_waits_for_a_retry(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Ana's private chat refused the reminder (to be tried again), then she typed
    /oubliemoi: the retry must not reach her, nor leave a row or a "never sent" warning
    naming her number."""
    scheduler, event_id = await _going_tomorrow(bot, "ana", "bob")
    start = (await bot.core.storage.events.get(event_id)).starts_at  # type: ignore[union-attr]
    bot.platform.unreachable["ana"] = False  # not started yet: tried again later
    await tick_at(bot, scheduler, start - timedelta(hours=23))
    ana = await bot.core.storage.members.find("test", "ana")
    assert ana is not None
    rows = await bot.core.storage.reminders.deliveries(event_id)
    assert {r["member_id"]: r["status"] for r in rows}[ana.id] == "retry"
    assert "C'est fait" in await bot.say("/oubliemoi confirmer", user="ana")
    del bot.platform.unreachable["ana"]
    for hours in (22, 1, -1):
        await tick_at(bot, scheduler, start - timedelta(hours=hours))
    assert _reminders(bot, "ana") == [] and len(_reminders(bot, "bob")) == 2
    assert {r["member_id"] for r in await bot.core.storage.reminders.deliveries(event_id)} \
        == {ana.id + 1}
    assert not [r for r in caplog.records if f"/{ana.id}/" in r.getMessage()]
