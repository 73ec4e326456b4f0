"""Security and privacy, from an attacker's (and a curious teenager's) seat.

Organiser buttons forged by a member, slash command names forged, what a group sees of a
member's name, a member flooding a group: through the core (`recording.Bot`) and through the
real Telegram adapter against its fake.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_logs import Captured
from test_telegram_adapter import LEA, OTHER_GROUP, start_harness
from test_telegram_adapter import TOKEN as TG_TOKEN

from bot import actions, logsafe
from commands.announcements import handlers as announcements
from commands.events import guided
from commands.events import handlers as events_handlers
from commands.posters import handlers as poster_handlers
from commands.relay import handlers as relay_handlers
from commands.rsvp import handlers as rsvp_handlers
from commands.series import handlers as series_handlers
from fakes.telegram_api import BOT_USERNAME, FakeTelegram, user
from recording import Bot, new_event, text_of

REFUSED = "réservée aux organisateur"
# Button verbs a member's own buttons carry; every other verb is an organiser's.
MEMBER_VERBS = frozenset({"rsvp", "guest", "kids", "ics", "event", "faq", "forget", "drop", "seats",
                          "language"})
ORGANISER_VERBS = frozenset({"door", "here", rsvp_handlers.REMOVE_VERB, "cancel",
                             guided.VERB, "unschedule", announcements.AGAIN, "stopseries",
                             events_handlers.EDIT_VERB, rsvp_handlers.ATTENDEES_VERB,
                             relay_handlers.VERB,
                             # organiser commands sent alone (session 10, alone10)
                             events_handlers.CLOSE_VERB, events_handlers.REOPEN_VERB,
                             events_handlers.COPY_VERB, events_handlers.CANCEL_VERB,
                             rsvp_handlers.WRITE_VERB, rsvp_handlers.ENROL_VERB,
                             rsvp_handlers.UNENROL_VERB, announcements.PUBLISH,
                             series_handlers.PICK_VERB, poster_handlers.PICK_VERB})


def test_every_button_verb_is_known_as_a_members_or_an_organisers(bot: Bot) -> None:
    """A new organiser button must be added to the forgery test below, not slip past it."""
    assert set(bot.core.router.buttons) == MEMBER_VERBS | ORGANISER_VERBS


async def test_organiser_buttons_forged_by_a_member_are_refused_and_change_nothing(
        bot: Bot) -> None:
    """Ana copies the payloads of every organiser button (as a Telegram client or a Discord
    custom_id lets her) with real targets: the door list an hour before the start, her own
    removal, the cancel confirmation an organiser previewed, his open draft, a scheduled
    announcement. Each is refused in words; nothing moves."""
    event_id = await new_event(bot, "Soirée jeux | 2026-11-25 13:00 | 10")  # starts in 2 h
    await bot.say(f"/participer {event_id} oui", user="ana")
    storage = bot.core.storage
    ana = await storage.members.find(bot.platform.platform, "ana")
    orga = await storage.members.find(bot.platform.platform, "orga")
    assert ana is not None and orga is not None
    await bot.say(f"/annuler {event_id} neige")  # the organiser's preview waits for Confirm
    await bot.say(f"/annoncerplustard {event_id} 2026-11-25 12:30")
    await bot.say("/creer")  # the organiser's guided creation is open
    draft = await storage.drafts.get(orga.id, bot.clock())
    assert draft is not None
    pending = await storage.announcements.pending()
    assert pending
    await bot.say("/nouvelleserie Jeux | tous les mardis 19h")  # stopped only by organisers
    minute = int(bot.clock().timestamp()) // 60
    forged = [
        actions.encode("stopseries", f"1-{minute}", "yes"),
        actions.encode("cancel", event_id, "yes"),
        actions.encode("cancel", event_id, "no"),
        actions.encode("door", event_id, "p1"),
        actions.encode("door", event_id, "a1"),
        actions.encode("here", f"{event_id}-{ana.id}", "p1"),
        actions.encode(rsvp_handlers.REMOVE_VERB, f"{event_id}-{ana.id}"),
        actions.encode("unschedule", pending[0].id),
        actions.encode(guided.VERB, draft.id, "cancel"),
        actions.encode(guided.VERB, draft.id, "now"),
        actions.encode(announcements.AGAIN, event_id),  # « post it again »
        actions.encode(events_handlers.EDIT_VERB, event_id),  # /modifier alone's choice
        actions.encode(rsvp_handlers.ATTENDEES_VERB, event_id),  # /participants alone's
        *(actions.encode(verb, event_id) for verb in (  # other commands sent alone
            events_handlers.CLOSE_VERB, events_handlers.REOPEN_VERB, events_handlers.COPY_VERB,
            events_handlers.CANCEL_VERB, rsvp_handlers.WRITE_VERB, rsvp_handlers.ENROL_VERB,
            rsvp_handlers.UNENROL_VERB, announcements.PUBLISH)),
        actions.encode(series_handlers.PICK_VERB, 1, "stop"),  # several series, alone
        actions.encode(series_handlers.PICK_VERB, 1, "edit"),
        actions.encode(poster_handlers.PICK_VERB, event_id),  # /affiche alone's choice
    ]
    for data in forged:
        for private in (True, False):
            reply = await bot.press(data, user="ana", private=private)
            assert REFUSED in reply, (data, reply)
            assert "Ana" not in reply and "Orga" not in reply, (data, reply)
    event = await storage.events.get(event_id)
    assert event is not None and not event.cancelled
    assert await storage.rsvps.state_of(event_id, ana.id) == "going"
    assert await storage.drafts.get(orga.id, bot.clock()) is not None
    assert [a.id for a in await storage.announcements.pending()] == [a.id for a in pending]
    assert [s.id for s in await storage.series.active()] == [1]
    assert not bot.platform.private_texts("ana")[1:]  # nothing but her own booking's words
    # The organiser's own press still works: the forgery test is not testing a dead button.
    assert "Entrée" in await bot.press(actions.encode("door", event_id, "p1"))


async def test_organiser_slash_commands_forged_by_a_member_are_refused(bot: Bot) -> None:
    """A Discord interaction names its command; a member's client can name an organiser's
    (registered only in our server) or one that does not exist."""
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id} oui", user="ana")
    for command, options in (("cancelevent", {"event": str(event_id), "text": "confirmer"}),
                             ("attendees", {"event": str(event_id)}),
                             ("checkin", {"event": str(event_id)}),
                             ("removeattendee", {"event": str(event_id), "name": "Ana"})):
        replies = await bot.replies(user="tom", command=command, options=options,
                                    private=False)
        shown = "\n".join(text_of(r) for r in replies)
        assert REFUSED in shown, (command, shown)
        assert "Ana" not in shown and not any(r.attachment for r in replies), (command, shown)
    shown = await bot.say("", user="tom", command="cancelevent ", options={})
    assert REFUSED not in shown and "Traceback" not in shown
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and not event.cancelled


# -- what a group sees of a member's name --------------------------------------------------------

PRANK = "Nina\u202eUOY TSAL\u200b"  # a right-to-left override and a zero-width space


async def test_a_first_name_cannot_flip_the_bots_line_in_a_group(tmp_path: Path) -> None:
    """A teenager named « Nina‮UOY TSAL » who never opened the private chat asks /mesdonnees
    in the parents' group: the bot's line there, addressed to her by name, is posted with
    the right-to-left override, so the rest of the bot's line reads backwards for
    everyone. The core cleans names it stores; the adapter's own group line must too."""
    nina = user(2099, PRANK, "fr")
    async with FakeTelegram(TG_TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            fake.not_started.add(nina["id"])
            posted = await tg.say(nina, f"/mydata@{BOT_USERNAME}", chat=OTHER_GROUP)
        finally:
            await tg.close()
    group = [m.visible for m in posted if m.chat_id == OTHER_GROUP]
    assert group and "Nina" in group[0]
    assert not re.search("[\u202a-\u202e\u2066-\u2069\u200b-\u200f]", group[0]), group[0]


# -- a member flooding a group -------------------------------------------------------------------

FLOOD = 60
BOUND = 20  # answers a member may get in a group within a minute


async def test_one_member_flooding_a_group_gets_a_bounded_number_of_answers(bot: Bot) -> None:
    """Tom sends /evenements 60 times in a minute in the group. Every answer is posted in the
    group, and Telegram lets a bot post about 20 messages a minute in a group: the others'
    answers (a parent's card, the organiser's announcement) then wait behind his for
    minutes. His answers are bounded; Léa, in the same minute, is still answered; a minute
    later, so is Tom."""
    await new_event(bot)
    public = 0
    for _ in range(FLOOD):
        replies = await bot.replies("/evenements", user="tom", private=False)
        public += sum(1 for r in replies if not r.private)
    assert public <= BOUND, public
    lea = await bot.replies("/evenements", user="lea", private=False)
    assert any("Soirée jeux" in text_of(r) for r in lea)
    bot.clock.advance(minutes=1, seconds=1)
    again = await bot.replies("/evenements", user="tom", private=False)
    assert any("Soirée jeux" in text_of(r) for r in again)


# -- erased, then shown again ---------------------------------------------------------------------


async def test_answers_kept_for_a_closed_private_chat_do_not_outlive_forgetme(
        tmp_path: Path) -> None:
    """Nina never opened the private chat. In the parents' group she books a seat with her
    children's names and asks /mesdonnees: both answers wait (in memory, a day) for her
    private chat. She then erases everything (/oubliemoi confirmer). When she opens the
    private chat, she must not be handed the export of what was erased, children's names
    included: only the word that it is erased."""
    nina = user(2098, "Nina", "fr")
    async with FakeTelegram(TG_TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            from test_telegram_adapter import new_event as tg_new_event

            event_id = await tg_new_event(tg)
            fake.not_started.add(nina["id"])
            await tg.say(nina, f"/participer {event_id} oui +1 Zébulon", chat=OTHER_GROUP)
            await tg.say(nina, f"/mydata@{BOT_USERNAME}", chat=OTHER_GROUP)
            await tg.say(nina, f"/oubliemoi@{BOT_USERNAME} confirmer", chat=OTHER_GROUP)
            fake.not_started.discard(nina["id"])
            shown = "\n".join(m.visible for m in await tg.say(nina, "/start"))
        finally:
            await tg.close()
    assert "Zébulon" not in shown, shown
    assert "Voici tout ce que nous savons de vous" not in shown, shown
    assert "effac" in shown, shown  # the word that it is erased still reaches her


# -- tokens in logs when things go wrong ---------------------------------------------------------


@pytest.fixture
def captured() -> Iterator[Captured]:
    levels = {name: logging.getLogger(name).level
              for name in ("", *logsafe.NOISY, *logsafe.QUIET)}
    capture = Captured()
    yield capture
    for handler in capture.handlers:
        logsafe.remove(handler)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def test_telegram_failures_log_no_token(tmp_path: Path, captured: Captured) -> None:
    """Logging as `python -m bot run` sets it up, at DEBUG: the token revoked while running
    (401), Telegram down for longer than the retries (502s), a timeout, a member who blocked
    the bot, a second instance polling (409). Each is logged; the token never is."""
    captured.setup("DEBUG", (TG_TOKEN,))
    async with FakeTelegram(TG_TOKEN) as fake:
        tg = await start_harness(fake, tmp_path, read_timeout=0.2)
        try:
            fake.fail("sendMessage", 401, "Unauthorized")
            await tg.say(LEA, "/events")
            fake.fail("sendMessage", 502, "Bad Gateway", times=30)
            await tg.say(LEA, "/events")
            fake.fail("sendMessage", 500, "too late", delay=0.6, times=5)
            await tg.say(LEA, "/events")
            fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user", times=2)
            await tg.say(LEA, "/mydata", chat=OTHER_GROUP)
            fake.fail("getUpdates", 409, "Conflict: terminated by other getUpdates request")
            await tg.say(LEA, "/events")
        finally:
            await tg.close()
    text = captured.text
    assert "Unauthorized" in text or "401" in text or "Bad Gateway" in text, text[-2000:]
    for leaked in (TG_TOKEN, TG_TOKEN.split(":")[1]):
        assert leaked not in text, leaked


async def test_discord_custom_ids_of_organiser_buttons_forged_on_a_public_card(
        tmp_path: Path) -> None:
    """Alice's modified client sends organiser custom_ids on the announced card in the
    server's channel. discord.py only dispatches a custom_id the pressed message carries, so
    none reaches the core: no answer, nothing changes (and the core refuses them anyway:
    the test above). Her real press right after is answered as usual."""
    from test_discord_adapter import ALICE, BOB, MEMBERS, launch, shutdown

    from fakes.discord_api import FakeDiscord, path_starts
    from recording import NOW, Clock

    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, tmp_path / "d.db", Clock(NOW))
        try:
            event_id = await dc.new_event(capacity=5)
            card = await dc.announce(event_id)
            await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=BOB)
            bob = await dc.core.storage.members.find("discord", str(BOB))
            assert bob is not None
            before = dict(fake.messages[int(card["id"])])
            forged = []
            for custom_id in (f"v1:cancel:{event_id}:yes", f"v1:door:{event_id}:p1",
                              f"v1:here:{event_id}-{bob.id}:p1",
                              f"v1:{rsvp_handlers.REMOVE_VERB}:{event_id}-{bob.id}"):
                forged.append(await fake.deliver(fake.press(int(card["id"]), custom_id,
                                                             user=ALICE)))
            real = await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:maybe", user=ALICE)
            assert real.ephemeral == [True]
            for iid in forged:
                assert not [c for c in fake.calls if path_starts(f"/interactions/{iid}/")(c)]
            after = fake.messages[int(card["id"])]
            assert after.get("embeds") != before.get("embeds")  # Alice's « maybe » shows
            event = await dc.core.storage.events.get(event_id)
            assert event is not None and not event.cancelled
            assert await dc.core.storage.rsvps.state_of(event_id, bob.id) == "going"
        finally:
            await shutdown(dc)
