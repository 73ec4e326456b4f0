"""Session 11, privacy11: what a member reads about what we hold, and the organisers' lists.

- A reminder and the poster replies name a demo event as its card does, « [Démo] » first
  (a parent reminded of « Soirée jeux de société » plans an evening nobody organised).
- The 24-month notice names the day in Paris (a UTC date named the day before, late in the
  evening), and its reader can keep the account with one tap.
- /participants, once an event's books are closed, says the children's names and desk
  entries were erased only when there were some.

Through the core on real SQLite files; times through the injected clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from scheduler_helpers import close_restarted, last_private, tick_at  # noqa: F401  (autouse)

from bot import actions
from bot.messages import Reply
from bot.scheduler import Scheduler
from commands.account.jobs import NOTICE, UNUSED
from commands.attendance.jobs import GRACE, LENGTH
from commands.posters import handlers as poster_handlers
from fakes.telegram_api import user as tg_user
from recording import Bot, new_event, plain, private_text

# -- a demo event's name ------------------------------------------------------------------------


async def test_a_reminder_names_a_demo_event_as_its_card(demo: Bot) -> None:
    """Before: « ⏰ Rappel : « Soirée jeux de société » (#1), demain à 19h30 » — the card she
    answered says « [Démo] Soirée jeux de société »."""
    said = plain(await demo.say("/participer 1 oui", user="maman"))
    assert "[Démo] " in said, said  # the confirmation already says it
    await tick_at(demo, Scheduler(demo.core), datetime(2026, 11, 26, 18, 31, tzinfo=UTC))
    told = plain(private_text(demo, "maman"))
    assert "Rappel : « [Démo] " in told, told


async def test_an_english_reminder_names_a_demo_event_as_its_card(demo: Bot) -> None:
    await demo.say("/rsvp 1 yes", user="emma", locale="en")
    await tick_at(demo, Scheduler(demo.core), datetime(2026, 11, 26, 18, 31, tzinfo=UTC))
    told = private_text(demo, "emma")
    assert 'Reminder: "[Demo] ' in told, told


async def test_the_poster_pick_names_a_demo_event_as_its_card(demo: Bot) -> None:
    """/affiche alone, then the demo evening tapped: « Pour « Soirée jeux de société » (#1) »
    before; the list she tapped it in said « [Démo] »."""
    said = plain(await demo.press(actions.encode(poster_handlers.PICK_VERB, 1)))
    assert "Pour « [Démo] " in said, said


async def test_a_cancelled_demo_refused_a_poster_is_named_as_its_card(demo: Bot) -> None:
    await demo.say("/annuler 1 test confirmer")
    said = plain(await demo.say("/affiche 1"))
    assert "« [Démo] " in said and "annulé" in said, said


# -- the 24-month notice ------------------------------------------------------------------------


async def test_the_notice_names_the_day_in_paris(bot: Bot) -> None:
    """Told at 23:30 UTC on 24 November 2028 (00:30 on the 25th in Paris), she is erased at
    the first tick 30 days later: 00:30 on 25 December in Paris. Before, the notice said
    « effacé le dimanche 24 décembre 2028 »: she would write on the 25th in the morning,
    thinking she had a day left... and find nothing."""
    await bot.say("/evenements", user="maman")
    start = bot.clock.current
    told_at = datetime(2028, 11, 24, 23, 30, tzinfo=UTC)
    assert start + UNUSED - NOTICE < told_at  # unused for long enough by then
    await tick_at(bot, Scheduler(bot.core), told_at)
    told = plain(private_text(bot, "maman"))
    assert "effacé le lundi 25 décembre 2028" in told, told
    # And she is indeed still there on the 24th, in Paris, all day.
    await tick_at(bot, Scheduler(bot.core), datetime(2028, 12, 24, 22, 59, tzinfo=UTC))
    assert await bot.core.storage.members.find("test", "maman") is not None


async def test_mydata_names_a_demo_event_as_its_card(demo: Bot) -> None:
    """/mesdonnees listed « #1 Soirée jeux de société — vendredi … — inscrit·e »: the card,
    the confirmation and /mesevenements say « [Démo] Soirée jeux de société »."""
    await demo.say("/participer 1 oui", user="maman")
    shown = plain(await demo.say("/mesdonnees", user="maman"))
    assert "#1 [Démo] Soirée jeux de société" in shown, shown
    await demo.say("/rsvp 2 yes", user="emma", locale="en")
    english = await demo.say("/mydata", user="emma", locale="en")
    assert "#2 [Demo] " in english, english


# -- /participants once the books are closed ----------------------------------------------------

START = datetime(2026, 12, 5, 19, 0, tzinfo=UTC)  # Saturday 5 December, 20:00 in Paris
CLOSED = START + LENGTH + GRACE  # when the books of that evening close
ERASED = "Les prénoms des enfants et les inscriptions faites à l'accueil ont été effacés"


async def _closed_evening(bot: Bot, *answers: tuple[str, str]) -> int:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    for user, answer in answers:
        await bot.say(f"/participer {event_id} {answer}", user=user)
    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))
    return event_id


async def test_an_evening_without_children_does_not_say_their_names_were_erased(
        bot: Bot) -> None:
    """Two teenagers came to a board-game night; nobody named a child, nobody was registered
    at the desk. Before: /participants ended with « Les prénoms des enfants et les
    inscriptions faites à l'accueil ont été effacés après l'événement » — the volunteer
    wonders which children, and whether the list lost someone."""
    event_id = await _closed_evening(bot, ("leo", "oui"), ("ines", "oui +1"))
    shown = plain(await bot.say(f"/participants {event_id}"))
    assert "Leo" in shown and "Ines" in shown, shown
    assert ERASED not in shown, shown


async def test_an_evening_with_children_still_says_their_names_were_erased(bot: Bot) -> None:
    """A mother named Tom and Zoé: once the books close the names go, and the list says
    why they no longer show (as before)."""
    event_id = await _closed_evening(bot, ("leo", "oui"), ("maman", "oui Tom, Zoé"))
    shown = plain(await bot.say(f"/participants {event_id}"))
    assert "Tom" not in shown and ERASED in shown, shown


async def test_an_evening_with_a_desk_entry_still_says_it_was_erased(bot: Bot) -> None:
    """Someone registered by phone (a name, a phone number in the note): gone with the books,
    and the list says so."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    said = plain(await bot.say(f"/inscrire {event_id} Mme Durand 2 tél. 06 12 34 56 78"))
    assert "Durand" in said and "Utilisation" not in said, said
    assert "Mme Durand" in plain(await bot.say(f"/participants {event_id}"))
    await tick_at(bot, Scheduler(bot.core), CLOSED + timedelta(minutes=1))
    shown = plain(await bot.say(f"/participants {event_id}"))
    assert "Durand" not in shown and ERASED in shown, shown


# -- answering the 24-month notice with one tap ---------------------------------------------


async def _told(bot: Bot, user: str = "maman", locale: str = "fr") -> Reply:
    """She used the bot once, then nothing for 23 months: the notice, as her phone shows it."""
    await bot.say("/evenements", user=user, locale=locale)
    await tick_at(bot, Scheduler(bot.core), bot.clock.current + UNUSED - NOTICE
                  + timedelta(hours=1))
    notice = last_private(bot, user)
    assert "presque 2 ans" in notice.text or "almost 2 years" in notice.text, notice.text
    return notice


def _tap(reply: Reply, label: str) -> str:
    found = [b.action for b in reply.buttons if label in b.label]
    assert found, (label, reply.buttons)
    return found[0]


async def test_the_notice_keeps_the_account_with_one_tap(bot: Bot) -> None:
    """Before: the notice said « envoyez n'importe quel message » and had no button: a
    parent who typed « please keep it » read « Je ne sais pas répondre à ça ». Now one tap
    on « Garder mon compte » keeps it, and says so."""
    notice = await _told(bot)
    assert "Pour le garder, envoyez n'importe quel message" in plain(notice.text)
    bot.clock.advance(days=2)
    said = plain(await bot.press(_tap(notice, "Garder mon compte"), user="maman"))
    assert said.startswith("C'est noté : votre compte est gardé"), said
    await tick_at(bot, Scheduler(bot.core), bot.clock.current + NOTICE + timedelta(days=1))
    assert await bot.core.storage.members.find("test", "maman") is not None


async def test_the_notice_in_english_has_its_buttons_in_english(bot: Bot) -> None:
    notice = await _told(bot, "emma", "en")
    said = await bot.press(_tap(notice, "Keep my account"), user="emma", locale="en")
    assert said.startswith("Noted: your account is kept"), said


async def test_the_notice_erase_button_asks_first(bot: Bot) -> None:
    """« Tout effacer maintenant » shows /oubliemoi's question with its buttons; nothing is
    erased by the notice's button itself."""
    notice = await _told(bot)
    [asked] = await bot.replies("", action=_tap(notice, "Tout effacer"), user="maman")
    assert "définitif" in plain(asked.text) or "Oui, tout effacer" in " ".join(
        b.label for b in asked.buttons), asked
    assert any("Oui" in b.label for b in asked.buttons), asked.buttons
    assert await bot.core.storage.members.find("test", "maman") is not None


async def test_keeping_an_account_already_erased_says_so(bot: Bot) -> None:
    """She finds the notice six weeks later and taps « Garder mon compte »: the account went
    30 days after the notice. « Votre compte est gardé » would be untrue: her answers are
    gone; she is told so."""
    notice = await _told(bot)
    await tick_at(bot, Scheduler(bot.core), bot.clock.current + NOTICE + timedelta(days=1))
    assert await bot.core.storage.members.find("test", "maman") is None
    bot.clock.advance(days=10)
    said = plain(await bot.press(_tap(notice, "Garder mon compte"), user="maman"))
    assert "gardé" not in said and "déjà été effacé" in said, said


# -- the notice answered in words (the FAQ reads private messages: a proposal) ----------------



@pytest.mark.parametrize(("locale", "typed"), [
    ("en", "please keep it"), ("en", "keep it"), ("en", "don't delete it"),
    ("fr", "gardez-le svp"), ("fr", "je le garde"), ("fr", "ne l'effacez pas"),
    ("fr", "je veux le garder")])
async def test_the_notice_answered_keep_it_in_words(bot: Bot, locale: str, typed: str) -> None:
    """Under the notice (« Pour le garder, envoyez n'importe quel message »), she types the
    short answer to its question. Before: « Je ne sais pas répondre à ça » and eleven topics
    (her account was kept, as any message keeps it, but nothing said so)."""
    await _told(bot, "maman", locale)
    said = plain(await bot.say(typed, user="maman", locale=locale))
    assert said.startswith(("C'est noté : votre compte est gardé",
                            "Noted: your account is kept")), said


@pytest.mark.parametrize(("locale", "typed"), [
    ("en", "delete it"), ("en", "don't keep it"), ("fr", "effacez-le"),
    ("fr", "vous pouvez l'effacer"), ("fr", "je ne veux pas le garder")])
async def test_the_notice_answered_erase_it_in_words(bot: Bot, locale: str, typed: str
                                                     ) -> None:
    """The other way: how to see and erase it (/oubliemoi asks first), never « gardé »."""
    await _told(bot, "maman", locale)
    said = plain(await bot.say(typed, user="maman", locale=locale))
    assert "/oubliemoi" in said or "/forgetme" in said, said
    assert "gardé" not in said and "kept" not in said, said


async def test_on_telegram_a_mother_keeps_her_account_with_the_notices_button(tg: Any) -> None:
    """Through the real Telegram adapter against the fake: the notice reaches her private
    chat with « ✅ Garder mon compte »; her tap is answered in the chat, and a month later
    her account is still there."""
    mum = tg_user(3202, "Sandrine", "fr")
    await tg.say(mum, "/mesdonnees")
    start = tg.clock.current
    tg.clock.current = start + UNUSED - NOTICE + timedelta(hours=1)
    await Scheduler(tg.core).tick(tg.clock.current)
    await tg.settle()
    [notice] = [m for m in tg.fake.chat(mum["id"]) if "presque 2 ans" in plain(m.visible)]
    assert "✅ Garder mon compte" in notice.button_labels, notice.button_labels
    keep = notice.button_data[notice.button_labels.index("✅ Garder mon compte")]
    seen = len(tg.fake.chat(mum["id"]))
    await tg.press(mum, notice, keep)
    # The notice itself now reads it (not a toast gone in seconds), its buttons gone.
    [kept] = [m for m in tg.fake.chat(mum["id"]) if m.message_id == notice.message_id]
    assert plain(kept.visible).startswith("C'est noté : votre compte est gardé"), kept.visible
    assert not kept.button_labels, kept.button_labels
    assert len(tg.fake.chat(mum["id"])) == seen
    tg.clock.current = start + UNUSED + timedelta(days=1)
    await Scheduler(tg.core).tick(tg.clock.current)
    assert await tg.core.storage.members.find("telegram", str(mum["id"])) is not None
