"""Session 10 (hostile): bad input on what changed today (the sealed calendar link, accounts
erased after 24 months unused, check-ins erased when the books close, the bot's name tagged
after a command) and on every command, through the core on a real SQLite file and through
the real adapters against the fakes.

Each test says what a member would have met before (their words, the bot's old reply)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from scheduler_helpers import close_restarted, restart, tick_at  # noqa: F401  (autouse)
from test_discord_adapter import ALICE, running
from test_discord_adapter import Harness as DiscordHarness
from test_s7_dc2 import _said_to
from test_s10_privacy import CLOSED, checked_in_evening
from test_web import Site

from bot.scheduler import Scheduler
from bot.web import WebServer
from commands.account.jobs import NOTICE, UNUSED
from commands.events import calendar
from fakes.discord_api import BOT_ID, CHANNEL_ID
from recording import Bot, new_event, plain, private_text
from storage.feeds import KEY_SUFFIX, unseal

INTERNAL = "quelque chose s'est mal passé"


def with_web(bot: Bot) -> None:
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            public_url="https://agenda.example.org/")


def write_key(db_path: Path, text: str) -> None:
    """The key file beside the database, as a full disk or an editor left it."""
    Path(str(db_path) + KEY_SUFFIX).write_text(text, encoding="utf-8")


def key_bytes(db_path: Path) -> bytes:
    return bytes.fromhex(Path(str(db_path) + KEY_SUFFIX).read_text(encoding="ascii").strip())


def link_in(said: str) -> str | None:
    found = re.search(r"https://agenda\.example\.org/me/([\w-]+)\n", said)
    return found.group(1) if found else None


# -- the calendar link's key file, damaged ------------------------------------------------------


async def test_a_damaged_key_file_gives_a_working_link_and_mydata_still_answers(
        bot: Bot, db_path: Path) -> None:
    """The sealing key beside the database was damaged (a disk full while it was written, an
    operator's editor). Léo typed /monagenda and read « Désolé, quelque chose s'est mal
    passé de notre côté », and /mesdonnees, everything we hold about him, said the same:
    the key could not be read, for ever. Now a new key is made: his link works."""
    write_key(db_path, "pas une clé\n")
    with_web(bot)
    said = plain(await bot.say("/monagenda", user="leo"))
    assert INTERNAL not in said, said
    token = link_in(said)
    assert token is not None, said
    leo = await bot.core.storage.members.find("test", "leo")
    assert leo is not None and await bot.core.storage.feeds.member_for(token) == leo.id
    mine = plain(await bot.say("/mesdonnees", user="leo"))
    assert INTERNAL not in mine and "Lien d'agenda personnel : actif depuis" in mine, mine
    assert link_in(plain(await bot.say("/monagenda", user="leo"))) == token  # the same link


async def test_an_empty_key_file_never_seals_a_link_with_no_key(bot: Bot, db_path: Path) -> None:
    """A key file left empty (created, then the disk was full) was read as a key of no bytes:
    links sealed with it could be opened by anyone holding a backup, the very thing the key
    is for. Now an empty file is no key: a real one is made."""
    write_key(db_path, "")
    with_web(bot)
    token = link_in(plain(await bot.say("/monagenda", user="leo")))
    assert token is not None
    [(stored, token_hash)] = await bot.core.storage.db.read(
        "SELECT token, token_hash FROM feed_tokens")
    assert unseal(b"", stored, token_hash) is None  # a backup alone opens nobody's agenda
    assert len(key_bytes(db_path)) == 32


# -- accounts unused for 24 months, with a seat still to come -----------------------------------


async def test_an_unused_account_holding_a_seat_to_come_is_neither_told_nor_erased(
        bot: Bot) -> None:
    """Léo booked the New Year's Eve of 2028 long in advance and had nothing more to say.
    Before: told « Vous n'avez pas utilisé le bot du Focus depuis presque 2 ans… », then
    erased: his seat went to Zoé, who waited for it. Zoé, who also had not written since,
    was told « Bonne nouvelle : une place s'est libérée … Vous êtes inscrit·e ! » and erased
    in the same minute. A seat still to come is using the bot."""
    far = await new_event(bot, "Réveillon | 2028-12-31 20:00 | 1")
    await bot.say(f"/participer {far} oui", user="leo")
    await bot.say(f"/participer {far} oui", user="zoe")  # waits
    start = bot.clock.current
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start + UNUSED - NOTICE + timedelta(hours=1))
    await tick_at(bot, scheduler, start + UNUSED + timedelta(hours=2))
    for user in ("leo", "zoe"):
        assert "presque 2 ans" not in private_text(bot, user)
        assert await bot.core.storage.members.find("test", user) is not None
    assert "Bonne nouvelle" not in private_text(bot, "zoe")
    mine = plain(await bot.say("/mesevenements", user="leo"))
    assert "Réveillon" in mine, mine


async def test_once_the_far_event_is_past_the_unused_account_is_told(bot: Bot) -> None:
    """The rule still holds after the evening: no use since, the account is told, then
    erased a month later."""
    far = await new_event(bot, "Réveillon | 2028-12-31 20:00 | 5")
    await bot.say(f"/participer {far} oui", user="leo")
    event = await bot.core.storage.events.get(far)
    assert event is not None
    after = event.starts_at + timedelta(days=2)
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, after)
    assert "presque 2 ans" in private_text(bot, "leo")
    await tick_at(bot, scheduler, after + NOTICE + timedelta(hours=1))
    assert await bot.core.storage.members.find("test", "leo") is None


# -- a year typed far ahead ----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["/modifier {ends} date 9999-12-31 23:59",
                                   "/dupliquer {ends} 9999-12-31 23:59",
                                   "/modifier {open} date 31/12/9999 23h",
                                   "/creer Réveillon | 31/12/2062 20h"])
async def test_a_year_typed_far_ahead_is_asked_not_an_apology(bot: Bot, typed: str) -> None:
    """An organiser's slip (« 2062 » for 2026) or a teen testing the bot (« 9999 »): /creer
    made a Réveillon in 2062 without a word, and /modifier or /dupliquer read « Désolé,
    quelque chose s'est mal passé de notre côté » (OverflowError: the end, or the notices'
    hold, fell after the year 9999). Worse, /modifier of an evening with no end time had
    already moved it to 9999 when it failed, and nobody booked was told. Asked back,
    nothing changed."""
    ends = await new_event(bot, "Soirée jeux | 2026-12-05 20:00-23:00 | 10")
    open_ended = await new_event(bot, "Ciné | 2026-12-06 20:00 | 10")
    await bot.say(f"/participer {open_ended} oui", user="lea")
    said = plain(await bot.say(typed.format(ends=ends, open=open_ended)))
    assert INTERNAL not in said, said
    assert "plus de 5 ans" in said, said
    for event_id in (ends, open_ended):
        event = await bot.core.storage.events.get(event_id)
        assert event is not None and event.starts_at.year == 2026
    assert "#3" not in said  # nothing created


# -- /oubliemoi about the calendar link --------------------------------------------------------


async def test_everything_including_the_link_is_not_read_as_only_the_link(bot: Bot) -> None:
    """Léo has a calendar link and typed « /oubliemoi efface tout, agenda compris »: he was
    told « pour arrêter seulement votre lien d'agenda, tapez /monagenda stop (le reste est
    gardé) », the opposite of what he asked. The question to erase it all is asked, and
    nothing says « seulement »."""
    with_web(bot)
    assert link_in(plain(await bot.say("/monagenda", user="leo")))
    for typed in ("/oubliemoi efface tout, agenda compris",
                  "/oubliemoi tout y compris mon lien"):
        said = plain(await bot.say(typed, user="leo"))
        assert "seulement votre lien" not in said, said
        assert "/oubliemoi confirmer" in said, said
    only = plain(await bot.say("/oubliemoi mon agenda", user="leo"))
    assert "/monagenda stop" in only, only  # the link alone: still pointed to its stop


# -- Discord: another bot's command naming ours -------------------------------------------------


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[DiscordHarness]:
    async with running(db_path) as harness:
        yield harness


async def test_discord_another_bots_command_naming_ours_is_left_alone(
        dc: DiscordHarness) -> None:
    """The server's moderation bot takes « !commande @membre »: Alice, a moderator, typed
    « !userinfo @Le Focus » and « !warn @Le Focus spam » in #général. Since this morning a
    command naming the bot anywhere is for it: she got « Je ne sais pas répondre à ça. Je
    peux vous renseigner sur ces sujets : … » (eleven FAQ topics) in private, twice. Only
    our own commands are (« !rsvp 1 maybe @Le Focus » still is)."""
    event_id = await dc.new_event("Soirée jeux", 5)
    await dc.fake.say_in_channel(ALICE, f"!userinfo <@{BOT_ID}>", channel_id=CHANNEL_ID)
    await dc.fake.say_in_channel(ALICE, f"!warn <@{BOT_ID}> spam", channel_id=CHANNEL_ID)
    await dc.settle()
    before = len(_said_to(dc, ALICE))
    await dc.fake.say_in_channel(ALICE, f"!rsvp {event_id} maybe <@{BOT_ID}>",
                                 channel_id=CHANNEL_ID)
    await dc.fake.wait_until(lambda: len(_said_to(dc, ALICE)) > before, within=5)
    await dc.settle()
    said = _said_to(dc, ALICE)
    assert len(said) == 1 and "peut-être pour « Soirée jeux »" in said[0], said


# -- /bilan said back -----------------------------------------------------------------------------


async def test_a_long_period_is_said_back_cut_between_words(bot: Bot) -> None:
    """A volunteer pasted a sentence after /bilan: she read « « de septembre dernier jusqu'à
    f » : je ne comprends pas cette période », her words cut inside one (and a space before
    the closing quote). Said back as /oubliemoi does: whole words, then « … »."""
    said = plain(await bot.say(
        "/bilan de septembre dernier jusqu'à fin juin pour la mairie svp"))
    quoted = re.search(r"« (.*?) » : je ne comprends pas", said)
    assert quoted is not None, said
    shown = quoted.group(1)
    assert shown.endswith("…") and not shown.endswith(" …"), shown
    assert "de septembre dernier jusqu'à fin juin pour la mairie svp".startswith(
        shown.removesuffix("…")), shown


# -- the web agenda: a personal link with the end of a sentence -------------------------------


@pytest.fixture
async def site(bot: Bot) -> AsyncIterator[Site]:
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    bot.core.settings = dataclasses.replace(bot.core.settings,
                                            web_port=int(server.url.rsplit(":", 1)[1]))
    async with aiohttp.ClientSession() as session:
        yield Site(bot, server, session)
    await server.stop()


@pytest.mark.parametrize("tail", [".", ")", "/", "!", ")."])
async def test_a_calendar_link_pasted_with_the_end_of_a_sentence_opens_the_page(
        site: Site, tail: str) -> None:
    """A mother sent her link to the children's father: « voilà le lien de l'agenda de Léo :
    https://…/me/Xk3… ! ». His phone opened « Lien d'agenda arrêté » (the « ! » read as
    part of the token): he thought she had stopped it, and she typed /monagenda stop to
    make a new one. An event's page already forgave this (« …/e/12. »): the personal page
    does too, in one redirect, for any token alike (nothing tells which ones exist)."""
    said = await site.bot.say("/monagenda", user="maman")
    found = re.search(r"/me/([\w-]+)\n", said)
    assert found, said
    token = found.group(1)
    status, _, headers = await site.get(f"/me/{token}{tail}")
    assert status == 301 and headers["Location"] == f"/me/{token}", (status, headers)
    status, page, _ = await site.get(headers["Location"])
    assert status == 200 and "arrêté" not in page, page[:300]
    status, _, headers = await site.get("/me/" + "B" * 43 + tail)  # nobody's: the same
    assert status == 301 and headers["Location"] == "/me/" + "B" * 43


# -- a closed door ------------------------------------------------------------------------------


async def test_a_closed_door_offers_no_button_that_only_says_it_is_closed(bot: Bot) -> None:
    """The morning after, a volunteer opened /pointage to check the count: under « Les
    comptes … sont clos : l'entrée ne se pointe plus » sat « ➖ sans inscription » and
    « ➕ sans inscription (0) »; each tap answered that the books are closed. A closed door
    shows its figures and no button that cannot work."""
    event_id = await checked_in_evening(bot)
    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))
    replies = await bot.replies(f"/pointage {event_id}")
    shown = plain("\n".join(r.text for r in replies))
    assert "sont clos" in shown and "Présent·e·s : 4" in shown, shown
    labels = [b.label for r in replies for b in r.buttons]
    assert not [label for label in labels if "sans inscription" in label], labels


# -- an account erased for lack of use, its old buttons pressed -------------------------------


async def test_old_buttons_of_an_account_erased_for_lack_of_use(bot: Bot) -> None:
    """Léo asked /oubliemoi in 2026, never answered, never came back: erased by the 24-month
    rule in 2028. Then he finds the old question and taps « Oui, tout effacer », then
    « Non, garder »: each says his data is already erased, and no account is left behind by
    the taps (a pin: this held when tried)."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event_id} oui", user="leo")
    asked = [b.action for r in await bot.replies("/oubliemoi", user="leo") for b in r.buttons]
    start = bot.clock.current
    scheduler = Scheduler(bot.core)
    await tick_at(bot, scheduler, start + UNUSED - NOTICE + timedelta(hours=1))
    await tick_at(bot, scheduler, start + UNUSED + timedelta(hours=2))
    assert await bot.core.storage.members.find("test", "leo") is None
    for action in asked[:2]:  # « Oui, tout effacer », « Non, garder »
        said = plain(await bot.press(action, user="leo"))
        assert "déjà effacées" in said and INTERNAL not in said, said
    assert await bot.core.storage.members.find("test", "leo") is None


# -- /monagenda: stopping in one's own word --------------------------------------------------


@pytest.mark.parametrize(("typed", "locale"), [
    ("/monagenda arrête", "fr"), ("/monagenda stopp", "fr"), ("/monagenda supprimer", "fr"),
    ("/monagenda désactiver", "fr"), ("/monagenda annuler", "fr"), ("/monagenda arret", "fr"),
    ("/mycalendar delete", "en"), ("/mycalendar disable", "en"), ("/mycalendar remove", "en")])
async def test_stopping_the_calendar_link_in_ones_own_word(bot: Bot, typed: str,
                                                           locale: str) -> None:
    """A teenager whose link leaked in a group chat typed « /monagenda arrête » (or
    « supprimer », « désactiver »): « « arrête » ne fait pas partie des choix pour état »,
    a word (« état ») she never typed, and the link kept working. Of eleven ways to say
    stop tried, one (« STOP! ») worked; the single words now do."""
    with_web(bot)
    token = link_in(plain(await bot.say("/monagenda", user="ado", locale=locale)))
    assert token is not None
    said = plain(await bot.say(typed, user="ado", locale=locale))
    assert "état" not in said and "ne fonctionne plus" in said or "no longer works" in said, said
    assert await bot.core.storage.feeds.member_for(token) is None
