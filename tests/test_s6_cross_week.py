"""Session 6, across platforms: one event announced to the Telegram parents' group and the
Discord channel is one event. A week played by people on both real adapters (python-telegram-
bot and discord.py) against both fakes, on one core and one SQLite file: bookings with
children on Telegram, teens on Discord, a waitlist that crosses platforms, a promotion told
privately in the promoted person's language, changes, a cancellation, reminders, a restart.
After each step, both posted cards must show the same counts."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import Harness as DcHarness
from test_discord_adapter import seats_of
from test_telegram_adapter import FAST, ObservedAdapter
from test_telegram_adapter import Harness as TgHarness

from bot.adapters.discord import DiscordAdapter
from bot.app import create_core
from bot.config import Settings
from bot.core import Core
from bot.scheduler import Scheduler
from fakes.discord_api import CHANNEL_ID, GUILD_ID, ORGANIZER_ROLE_ID, FakeDiscord, Member
from fakes.telegram_api import FakeTelegram, Stored, user
from recording import NOW, Clock, plain

TOKEN = "123456:TEST-TOKEN-abcdefghijkl"
GROUP = -1001234567890  # the parents' group
# Telegram: the organiser, parents (a French phone, an English one), one who never started
# the bot privately.
CAMILLE = user(1001, "Camille", "fr")
SOPHIE = user(2001, "Sophie", "fr")
JAMES = user(2002, "James", "en")
NADIA = user(2003, "Nadia", "fr")
# Discord: teens (one with an English client), an organiser, and Sophie's own account.
ZOE, LIAM, ORGA_DC, SOPHIE_DC, ENZO = 3001, 3002, 3003, 3004, 3005
MEMBERS = [Member(ZOE, "Zoé"), Member(LIAM, "Liam"), Member(SOPHIE_DC, "Sophie"),
           Member(ENZO, "Enzo"), Member(ORGA_DC, "Orga", roles=(ORGANIZER_ROLE_ID,))]
SEATS = re.compile(r"(\d+)\s*/\s*(\d+)")


@dataclass
class Week:
    tg: TgHarness
    dc: DcHarness
    core: Core
    clock: Clock

    async def settle(self) -> None:
        await self.tg.settle()
        await self.dc.settle()
        await self.core.idle()
        await self.tg.settle()
        await self.dc.settle()

    # -- Telegram ----------------------------------------------------------------------------

    async def tg_say(self, who: dict[str, Any], text: str, *, group: bool = False) -> str:
        """What `who` then reads (every new message, in any chat), as plain text."""
        new = await self.tg.say(who, text, GROUP if group else None)
        await self.settle()
        return "\n".join(m.visible for m in new)

    def tg_private(self, who: dict[str, Any]) -> list[str]:
        return [m.visible for m in self.tg.fake.chat(who["id"])]

    def tg_card(self, event_id: int) -> Stored:
        cards = [m for m in self.tg.fake.chat(GROUP)
                 if any(d.startswith(f"v1:rsvp:{event_id}:") for d in m.button_data)
                 or f"#{event_id}" in m.visible]
        assert cards, "no card in the Telegram group"
        return cards[-1]

    # -- Discord -----------------------------------------------------------------------------

    async def dc_slash(self, name: str, options: dict[str, Any] | None = None, *,
                       user: int, locale: str = "fr") -> str:
        answer = await self.dc.command(name, options, user=user, locale=locale)
        await self.settle()
        return plain(answer.text)

    def dc_private(self, who: int) -> list[str]:
        return [plain(m["content"]) + " ".join(
                    plain(e.get("description") or "") for e in m.get("embeds") or [])
                for m in self.dc.fake.messages.values()
                if self.dc.fake.dm_channels.get(int(m["channel_id"])) == who]

    def dc_card(self, event_id: int) -> dict[str, Any]:
        cards = [m for m in self.dc.cards_in(CHANNEL_ID)
                 if f"#{event_id}" in str(m["embeds"][0].get("title", ""))
                 or f"#{event_id}" in str(m["embeds"][0].get("footer", ""))]
        assert cards, "no card in the Discord channel"
        return cards[-1]

    # -- both --------------------------------------------------------------------------------

    def seats(self, event_id: int) -> tuple[str, str]:
        """The seat line each platform's announced card shows (Telegram, Discord)."""
        tg_text = self.tg_card(event_id).visible
        tg_line = next((line for line in tg_text.splitlines() if "👥" in line
                        or SEATS.search(line)), "")
        return tg_line, seats_of(self.dc_card(event_id))

    def same_counts(self, event_id: int, going: int, capacity: int) -> None:
        tg_line, dc_line = self.seats(event_id)
        wanted = f"{going}/{capacity}"
        assert wanted in tg_line.replace(" ", ""), (tg_line, dc_line)
        assert wanted in dc_line.replace(" ", ""), (tg_line, dc_line)

    async def going(self, event_id: int) -> int:
        return (await self.core.storage.rsvps.counts(event_id)).going_seats


def settings_for(tg: FakeTelegram, db_path: Path) -> Settings:
    return Settings(
        database_path=db_path, seed_demo=False,
        telegram_token=TOKEN, telegram_api_base_url=tg.base_url,
        telegram_api_base_file_url=tg.base_file_url,
        telegram_organizer_ids=(CAMILLE["id"],), telegram_announce_chat_ids=(GROUP,),
        discord_token="x" * 59, discord_guild_ids=(GUILD_ID,),
        discord_announce_channel_ids=(CHANNEL_ID,),
        discord_organizer_role_ids=(ORGANIZER_ROLE_ID,))


async def launch(tg: FakeTelegram, dc: FakeDiscord, db_path: Path, clock: Clock) -> Week:
    settings = settings_for(tg, db_path)
    core = await create_core(settings, clock=clock, card_interval=0, seed_demo=False)
    tga = ObservedAdapter(settings, limits=FAST, poll_timeout=1)
    dca = DiscordAdapter(settings, ready_timeout=0.01)
    core.add_adapter(tga)
    core.add_adapter(dca)
    await tga.start(core)
    await dca.start(core)
    return Week(TgHarness(tg, core, tga, clock), DcHarness(dc, core, dca, clock), core, clock)


async def stop(week: Week) -> None:
    await week.settle()
    await week.dc.adapter.stop()
    await week.tg.adapter.stop()
    await week.core.idle()
    await week.core.storage.close()


@asynccontextmanager
async def fakes() -> AsyncIterator[tuple[FakeTelegram, FakeDiscord]]:
    async with FakeTelegram(TOKEN) as tg, FakeDiscord(members=MEMBERS) as dc:
        yield tg, dc


@pytest.fixture
async def week(db_path: Path) -> AsyncIterator[Week]:
    async with fakes() as (tg, dc):
        played = await launch(tg, dc, db_path, Clock(NOW))
        try:
            yield played
        finally:
            await stop(played)


async def announce_games(week: Week, capacity: int = 12) -> int:
    """Camille creates the board-game night privately on Telegram and announces it."""
    said = await week.tg_say(CAMILLE, f"/creer Soirée jeux | vendredi 20h | {capacity} | jeux")
    event_id = int(re.search(r"#(\d+)", said).group(1))  # type: ignore[union-attr]
    said = await week.tg_say(CAMILLE, f"/annoncer {event_id}")
    assert week.tg_card(event_id) and week.dc_card(event_id), said
    return event_id


# -- one event, one count (these pass: the week as it should go, pinned) ---------------------


async def test_bookings_on_both_platforms_show_the_same_counts_on_both_cards(
        week: Week) -> None:
    games = await announce_games(week)
    week.same_counts(games, 0, 12)
    # A parent books with two children on Telegram, typed privately.
    said = await week.tg_say(SOPHIE, f"/participer {games} oui Tom, Léa")
    assert "3" in said, said
    week.same_counts(games, 3, 12)
    # A teen books on Discord with the card's button.
    await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going", user=ZOE)
    await week.settle()
    week.same_counts(games, 4, 12)
    # A parent presses the Telegram card's button in the group.
    await week.tg.press(JAMES, week.tg_card(games), f"v1:rsvp:{games}:going")
    await week.settle()
    week.same_counts(games, 5, 12)
    assert await week.going(games) == 5


def buttons_tg(card: Stored) -> list[str]:
    return [d for d in card.button_data if not d.startswith("v1:ics:")]


def buttons_dc(card: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in card["components"] for c in row["components"]
            if not c.get("disabled") and not c["custom_id"].startswith("v1:ics:")]


async def fill(week: Week, games: int) -> None:
    """Full, 12 of 12: Sophie's family (3) and James's (4) on Telegram, Zoé and Liam (English
    client) on Discord, Mme Martin's 3 seats registered by phone."""
    await week.tg_say(SOPHIE, f"/participer {games} oui Tom, Léa")
    await week.tg_say(JAMES, f"/rsvp {games} going +3")
    await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going", user=ZOE)
    await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going", user=LIAM,
                        locale="en-US")
    await week.tg_say(CAMILLE, f"/inscrire {games} Mme Martin 3 tél.")
    week.same_counts(games, 12, 12)


async def test_the_waitlist_crosses_platforms_and_the_promoted_are_told_in_their_language(
        week: Week) -> None:
    games = await announce_games(week)
    await fill(week, games)
    await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going", user=ENZO,
                        locale="en-GB")
    await week.tg.press(NADIA, week.tg_card(games), f"v1:rsvp:{games}:going")
    await week.settle()
    tg_line, dc_line = week.seats(games)
    assert "2 en liste d'attente" in tg_line and "2 en liste d'attente" in dc_line
    # Zoé (Discord) leaves: Enzo, first waiting, on Discord with an English client, is in.
    await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:no", user=ZOE)
    await week.settle()
    week.same_counts(games, 12, 12)
    told = week.dc_private(ENZO)
    assert told and "seat freed up" in told[-1] and "Soirée jeux" in told[-1], told
    # Sophie's family (Telegram) leaves: 3 seats, Nadia (Telegram) is in, told in French.
    await week.tg_say(SOPHIE, f"/participer {games} non")
    assert "place s'est libérée" in week.tg_private(NADIA)[-1], week.tg_private(NADIA)
    week.same_counts(games, 10, 12)


async def test_changes_and_cancellation_reach_both_cards_and_everyone(week: Week) -> None:
    games = await announce_games(week)
    await fill(week, games)
    await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going", user=ENZO,
                        locale="en-GB")
    before = str(week.dc_card(games)["embeds"][0]["fields"])
    await week.tg_say(CAMILLE, f"/modifier {games} heure 20h30")
    assert "20h30" in week.tg_card(games).visible
    moved = str(week.dc_card(games)["embeds"][0]["fields"])
    assert moved != before and "<t:1795807800:F>" in moved  # 20:30 Paris, 19:30 UTC
    week.same_counts(games, 12, 12)
    assert "Change for" in week.dc_private(LIAM)[-1] and "20:30" in week.dc_private(LIAM)[-1]
    assert "20h30" in week.dc_private(ZOE)[-1] and "20:30" in week.tg_private(JAMES)[-1]
    said = await week.tg_say(CAMILLE, f"/annuler {games} tempête confirmer")
    assert "5 personnes prévenues" in said, said  # Sophie, James, Zoé, Liam, Enzo (waiting)
    tg, dc = week.tg_card(games), week.dc_card(games)
    assert "ANNULÉ" in tg.visible and "places" not in tg.visible and not buttons_tg(tg)
    assert "ANNULÉ" in str(dc["embeds"]) and not buttons_dc(dc)
    assert "cancelled" in week.dc_private(ENZO)[-1] and "tempête" in week.dc_private(ENZO)[-1]


def reminders(texts: list[str]) -> list[str]:
    return [x for x in texts if "Rappel" in x or "Reminder" in x]


async def tick(week: Week, scheduler: Scheduler, before: timedelta, games: int) -> None:
    event = await week.core.storage.events.get(games)
    assert event is not None
    week.clock.current = event.starts_at - before
    await scheduler.tick(week.clock.current)
    await week.settle()


async def test_reminders_go_out_on_both_platforms_once_across_a_restart(
        db_path: Path) -> None:
    async with fakes() as (tg, dc):
        week = await launch(tg, dc, db_path, Clock(NOW))
        try:
            games = await announce_games(week)
            await fill(week, games)
            await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going",
                                user=ENZO, locale="en-GB")
            await tick(week, Scheduler(week.core), timedelta(hours=23, minutes=50), games)
            old_tg, old_dc = week.tg_card(games), week.dc_card(games)
        finally:
            await stop(week)
        # A restart: a new core and new adapters on the same file and the same platforms.
        week = await launch(tg, dc, db_path, week.clock)
        try:
            scheduler = Scheduler(week.core)
            await scheduler.tick(week.clock.current)
            await week.settle()
            # Old copies' buttons still work, and both cards follow.
            await week.tg.press(SOPHIE, old_tg, f"v1:rsvp:{games}:no")
            await week.settle()
            week.same_counts(games, 10, 12)  # Enzo (Discord) in, told in English
            assert "seat freed up" in week.dc_private(ENZO)[-1], week.dc_private(ENZO)
            await week.dc.press(int(old_dc["id"]), f"v1:rsvp:{games}:no", user=LIAM)
            await week.settle()
            week.same_counts(games, 9, 12)
            await tick(week, scheduler, timedelta(hours=1, minutes=50), games)
            got = {"Sophie": reminders(week.tg_private(SOPHIE)),
                   "James": reminders(week.tg_private(JAMES)),
                   "Zoé": reminders(week.dc_private(ZOE)),
                   "Liam": reminders(week.dc_private(LIAM)),
                   "Enzo": reminders(week.dc_private(ENZO))}
        finally:
            await stop(week)
    assert [len(got[n]) for n in ("Sophie", "James", "Zoé", "Liam", "Enzo")] == [
        1, 2, 2, 1, 2], got
    assert "demain à 20h" in got["Zoé"][0] and "aujourd'hui à 20h" in got["Zoé"][1]
    assert "tomorrow at 20:00" in got["James"][0] and "today" in got["James"][1]
    assert "waitlist, position 1" in got["Enzo"][0]
    assert "Mme Martin" not in str(got)


# -- findings -------------------------------------------------------------------------------


async def test_a_lowered_capacity_reads_as_overbooked_not_as_a_fraction(week: Week) -> None:
    """Camille lowers the seats from 12 to 8 with 12 already booked: nobody is removed. Both
    cards read « 12/8 places prises, 0 libre », a fraction a parent reads as a typo."""
    games = await announce_games(week)
    await fill(week, games)
    said = await week.tg_say(CAMILLE, f"/modifier {games} places 8")
    assert "Personne n'est désinscrit" in said, said
    tg_line, dc_line = week.seats(games)
    for line in (tg_line, dc_line):
        assert "12/8" not in line, line
        assert "complet" in line and "12 places prises pour 8" in line, line
    # In English, on a teen's own copy too.
    await week.dc_slash("event", {"event": games}, user=LIAM, locale="en-US")
    copy = week.dc.cards_in(CHANNEL_ID)[-1]  # posted in the channel, in his language
    assert "full: 12 seats taken for 8" in seats_of(copy), seats_of(copy)


async def test_a_cancelled_event_shows_cancelled_on_every_copy_even_older_ones(
        week: Week) -> None:
    """Only the latest two copies per chat follow the counts. Sophie asked for the card three
    times privately; Liam three times in the Discord channel (posted there for all to see).
    After the cancellation the oldest copy on each still offered « Je viens » under live-
    looking counts: in the public channel, for everyone scrolling up."""
    games = await announce_games(week)
    for _ in range(3):
        await week.tg_say(SOPHIE, f"/evenement {games}")
        await week.dc_slash("event", {"event": games}, user=LIAM, locale="en-US")
    await week.tg_say(CAMILLE, f"/annuler {games} tempête confirmer")
    copies = [m for m in week.tg.fake.chat(SOPHIE["id"]) if "#1 · Soirée jeux" in m.visible]
    assert len(copies) == 3
    for card in copies:
        assert "ANNULÉ" in card.visible and "places" not in card.visible, card.visible
        assert not card.button_data, card.button_data
    channel = week.dc.cards_in(CHANNEL_ID)
    assert len(channel) == 4  # the announcement and Liam's three
    for message in channel:
        assert "ANNULÉ" in str(message["embeds"]) or "CANCELLED" in str(message["embeds"])
        assert not buttons_dc(message), message["components"]


async def test_a_parent_promoted_before_opening_the_private_chat_is_told_when_she_does(
        week: Week) -> None:
    """Nadia taps « Je viens » on the group's card (full: waitlisted) but never started the
    bot privately. A seat frees: the bot cannot tell her. She then asks in the group and is
    sent to the private chat, opens it with the link (/start): only « Bienvenue Nadia ! »,
    nothing about the seat she now holds: she stays home believing she is waiting."""
    games = await announce_games(week)
    await fill(week, games)
    week.tg.fake.not_started.add(NADIA["id"])
    await week.tg.press(NADIA, week.tg_card(games), f"v1:rsvp:{games}:going")
    await week.tg_say(SOPHIE, f"/participer {games} non")
    assert (await week.core.storage.rsvps.counts(games)).waitlist == 0  # Nadia is in
    said = await week.tg_say(NADIA, "/evenements", group=True)
    assert "t.me/" in said, said
    week.tg.fake.not_started.discard(NADIA["id"])  # she opens the private chat
    said = await week.tg_say(NADIA, "/start")
    assert "Bienvenue" in said and "place libérée" in said and "/mesevenements" in said, said


async def test_the_attendee_list_says_which_platform_each_person_is_on(week: Week) -> None:
    """Sophie books her family on Telegram, then again on Discord with her other account.
    Camille's /participants reads « Sophie (+2) » and « Sophie »: is it a duplicate, who to
    call? Nothing says which is which (the CSV does, the /retirer buttons do)."""
    games = await announce_games(week)
    await week.tg_say(SOPHIE, f"/participer {games} oui Tom, Léa")
    await week.dc_slash("rsvp", {"event": games, "answer": "going"}, user=SOPHIE_DC)
    await week.dc.press(int(week.dc_card(games)["id"]), f"v1:rsvp:{games}:going", user=ZOE)
    await week.tg_say(CAMILLE, f"/inscrire {games} Mme Martin 2 tél.")
    listed = (await week.tg_say(CAMILLE, f"/participants {games}")).replace("\xa0", " ")
    assert "• Sophie (+2) · Telegram — enfants : Tom, Léa" in listed, listed
    assert "• Sophie · Discord" in listed and "• Zoé · Discord" in listed, listed
    assert "Mme Martin (+1) — par l'accueil" in listed, listed  # the desk keeps its mark
    # On Discord, to the Discord organiser, the same.
    listed = await week.dc_slash("attendees", {"event": games}, user=ORGA_DC)
    assert "• Sophie · Discord" in listed, listed


async def test_a_promoted_family_is_told_all_its_seats_are_booked(week: Week) -> None:
    """Nadia waits with her two children (3 seats). James's family leaves: she reads « une
    place s'est libérée … Vous êtes inscrit·e ! » and wonders whether the children are in."""
    games = await announce_games(week)
    await fill(week, games)
    said = await week.tg_say(NADIA, f"/participer {games} oui Inès, Noé")
    assert "liste d'attente" in said, said
    await week.tg_say(JAMES, f"/rsvp {games} no")
    week.same_counts(games, 11, 12)
    told = week.tg_private(NADIA)[-1].replace("\xa0", " ")
    assert "3 places" in told and "une place" not in told, told
    assert "/participer 1 non" in told, told

