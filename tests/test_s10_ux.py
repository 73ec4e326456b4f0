"""Session 10, a volunteer organiser's first evening (console and Telegram fake), and what a
parent on a slow phone meets on a card: the demo events named as such in every list, and a
« ➕ » tapped twice before the first tap showed its result counted once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import test_telegram_adapter as telegram_side
from test_s8_newcomer8 import _answer, _type

from fakes.telegram_api import FakeTelegram, Stored
from recording import Bot, new_event, plain

LEA, ORGA, GROUP = telegram_side.LEA, telegram_side.ORGA, telegram_side.GROUP


# -- the demo events, named as demos in the lists too ---------------------------------------


async def test_the_events_list_says_which_events_are_demos(demo: Bot, tmp_path: Path) -> None:
    """A volunteer's first evening: she creates « Soirée jeux de société » tonight, then
    /evenements showed two « Soirée jeux de société » lines, one of them an example nobody
    organised (its card says « [Démo] », its line did not)."""
    shown = await _type(demo, "/creer Soirée jeux de société | 2026-11-27 20:30 | 20\n"
                              "/evenements\n/as Léa\n/participer 1 oui\n/mesevenements\n"
                              "/langue en\n/events\n/quit\n", tmp_path)
    listing = _answer(shown, "/evenements")
    assert "#1 · [Démo] Soirée jeux de société ·" in listing, listing
    assert "#2 · [Démo] Projection de film ·" in listing, listing
    assert "#3 · Soirée jeux de société ·" in listing, listing  # hers: no mark
    assert "#1 · [Démo] Soirée jeux de société ·" in _answer(shown, "/mesevenements")
    assert "#1 · [Demo] Board-game night ·" in _answer(shown, "/events")


# -- « ➕ » tapped twice on a slow phone -------------------------------------------------------


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[telegram_side.Harness]:
    async with FakeTelegram(telegram_side.TOKEN) as server:
        harness = await telegram_side.start_harness(server, tmp_path)
        yield harness
        await harness.close()


def _group_card(tg: telegram_side.Harness) -> Stored:
    return [m for m in tg.fake.chat(GROUP) if m.button_data][0]


def _button(card: Stored, verb: str, arg: str) -> str:
    """The button's data as the card shows it now (what a phone sends when it is tapped)."""
    return next(d for d in card.button_data if d.split(":")[1] == verb
                and d.split(":")[-1].startswith(arg))


async def _seats(tg: telegram_side.Harness, event_id: int) -> int:
    return (await tg.core.storage.rsvps.counts(event_id)).going_seats


async def _announced(tg: telegram_side.Harness) -> tuple[int, Stored]:
    event_id = await telegram_side.new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 20")
    await tg.say(ORGA, f"/announce {event_id}")
    card = _group_card(tg)
    await tg.press(LEA, card, _button(card, "rsvp", "going"))
    return event_id, card


async def test_plus_tapped_twice_before_the_card_changed_counts_one_guest(
        tg: telegram_side.Harness) -> None:
    """Léa taps « ➕ 1 invité·e » under the group's card; nothing seems to happen (a slow
    network), she taps again: both taps reach the bot. It booked 3 seats (« Inscrit·e : 3
    places »), a guest she never meant. The second tap of the same card counts once, and
    its toast says so, with how to add one more."""
    event_id, card = await _announced(tg)
    plus = _button(card, "guest", "+1")  # as the phone shows it, before either tap
    first = await tg.press(LEA, card, plus)
    second = await tg.press(LEA, card, plus)
    assert "2 places" in first, first
    assert await _seats(tg, event_id) == 2
    assert "Déjà compté" in second and "2 places" in second, second
    assert "➕" in second, second  # how to add one more


async def test_plus_on_the_refreshed_card_adds_the_next_guest(
        tg: telegram_side.Harness) -> None:
    """A parent bringing two guests taps « ➕ », sees the card change, taps again: two
    guests (the card's new button counts the next, as the door list's ➕ does)."""
    event_id, card = await _announced(tg)
    await tg.press(LEA, card, _button(card, "guest", "+1"))
    refreshed = _group_card(tg)
    again = await tg.press(LEA, refreshed, _button(refreshed, "guest", "+1"))
    assert "3 places" in again, again
    assert await _seats(tg, event_id) == 3


async def test_plus_tapped_a_third_time_after_being_told_counts(
        tg: telegram_side.Harness) -> None:
    """Told « Déjà compté … touchez ➕ encore une fois », she does, on the same card (a
    phone whose card was not redrawn yet): that tap counts."""
    event_id, card = await _announced(tg)
    plus = _button(card, "guest", "+1")
    for _ in range(2):
        await tg.press(LEA, card, plus)
    third = await tg.press(LEA, card, plus)
    assert "3 places" in third, third
    assert await _seats(tg, event_id) == 3


async def test_minus_tapped_twice_before_the_card_changed_takes_one_guest_off(
        tg: telegram_side.Harness) -> None:
    """The same slow double tap on « ➖ » took both guests off a family of three."""
    event_id, card = await _announced(tg)
    await tg.say(LEA, f"/participer {event_id} oui +2")
    card = _group_card(tg)
    minus = _button(card, "guest", "-1")
    await tg.press(LEA, card, minus)
    second = await tg.press(LEA, card, minus)
    assert await _seats(tg, event_id) == 2
    assert "Déjà compté" in second and "2 places" in second, second


async def test_another_members_taps_are_their_own(tg: telegram_side.Harness) -> None:
    """Tom taps the same card's « ➕ » as Léa did: his tap counts for him."""
    event_id, card = await _announced(tg)
    plus = _button(card, "guest", "+1")
    await tg.press(LEA, card, plus)
    await tg.press(telegram_side.TOM, card, _button(card, "rsvp", "going"))
    toast = await tg.press(telegram_side.TOM, card, plus)
    assert "2" in toast and await _seats(tg, event_id) == 4, toast


async def test_plus_on_another_groups_card_still_says_the_private_chat_is_closed(
        tg: telegram_side.Harness) -> None:
    """Nina never opened the bot's private chat; she answered on the news channel's card,
    then taps « ➕ » on the parents' group card: the group is told, by name, that she must
    open the private chat to get the reminders (as with « +1 » before the card's drawing)."""
    nina, news_chat = telegram_side.NINA, telegram_side.NEWS
    event_id = await telegram_side.new_event(tg, "Atelier | 2026-12-05 20:00 | 5")
    await tg.say(ORGA, f"/announce {event_id}")
    tg.fake.not_started.add(nina["id"])
    news = [m for m in tg.fake.chat(news_chat) if m.button_data][0]
    await tg.press(nina, news, _button(news, "rsvp", "going"))
    await tg.press(nina, news, _button(news, "guest", "+1"))
    card = _group_card(tg)
    before = len(tg.fake.chat(GROUP))
    assert "3 places" in await tg.press(nina, card, _button(card, "guest", "+1"))
    told = [m.visible for m in tg.fake.chat(GROUP)[before:]]
    assert any("Nina" in line and "rappels" in line for line in told), told


# -- the guided creation's « Publier maintenant » where a group refused the card ------------


async def _guided_publish(tg: telegram_side.Harness) -> str:
    """/creer alone on her phone, every step answered, then « Publier maintenant »: what
    she reads."""
    await tg.say(ORGA, "/creer")
    before, toast = 0, ""
    for step in ("tap:Soirée jeux", "Soirée jeux", "samedi 5 décembre 20h", "tap:20 places",
                 "tap:Gratuit", "tap:Passer", "tap:Passer", "tap:Publier"):
        last = [m for m in tg.fake.chat(ORGA["id"]) if m.button_data][-1]
        if step.startswith("tap:"):  # the button she reads
            label = step.removeprefix("tap:")
            shown = dict(zip(last.button_labels, last.button_data, strict=True))
            found = [data for text, data in shown.items() if text.startswith(label)]
            assert found, (label, last.visible, list(shown))
            before = len(tg.fake.chat(ORGA["id"]))
            toast = await tg.press(ORGA, last, found[0])
        else:
            await tg.say(ORGA, step)
    # The answer may be the tap's toast, take the preview's place (an edit) or come below.
    return "\n".join([toast] + [m.visible for n, m in enumerate(tg.fake.chat(ORGA["id"]))
                                 if n >= before or m.edits])


async def test_guided_publish_where_one_group_refuses_says_so(
        tg: telegram_side.Harness) -> None:
    """Two announcement chats; the bot lost its right to post in the news channel. « Publier
    maintenant » answered « Publié dans 1 salon ou groupe d'annonce. », and the volunteer
    believed every family had it (/annoncer has said « sur 2 » and whom to ask since
    session 8)."""
    tg.fake.fail("sendMessage", 403, "Forbidden: bot is not a member of the channel chat",
                 chat_id=telegram_side.NEWS, times=5)
    said = await _guided_publish(tg)
    assert "1 salon ou groupe d'annonce sur 2" in said and "admin" in said, said


async def test_guided_publish_where_no_group_takes_it_says_what_to_do(
        tg: telegram_side.Harness) -> None:
    """Both refused: she read « Aucun salon d'annonces n'est configuré », untrue (two are),
    so she would look for a setting instead of asking an admin."""
    for chat in (GROUP, telegram_side.NEWS):
        tg.fake.fail("sendMessage", 403, "Forbidden: bot was kicked from the group chat",
                     chat_id=chat, times=5)
    said = await _guided_publish(tg)
    assert "configuré" not in said and "admin" in said and "/annoncer 1" in said, said


# -- a volunteer's words for help, and commands sent alone from a phone's menu --------------


async def test_help_for_organisers_shows_their_commands(bot: Bot) -> None:
    """« /aide organisateur » answered « Je ne trouve pas « organisateur » parmi vos
    commandes » and the members' list first: what she asked for came last, after it."""
    for typed in ("/aide organisateur", "/aide organisateurs", "/aide orga",
                  "/aide bénévole"):
        said = await bot.say(typed)
        assert said.startswith("Pour les organisateur·rice·s"), (typed, said[:200])
        assert "/annuler <numéro>" in said and "/mesevenements" not in said, said
        assert "Je ne trouve pas" not in said, said
    english = await bot.say("/help organisers", locale="en")
    assert english.startswith("For organisers") and "/cancelevent" in english, english[:200]


async def test_help_for_organisers_asked_by_a_member_says_whose_they_are(bot: Bot) -> None:
    said = await bot.say("/aide organisateur", user="lea")
    assert "/annuler <numéro>" not in said, said  # never shown to a member
    assert "organisateur" in said and "/mesevenements" in said, said[:300]


@pytest.mark.parametrize(("typed", "line"), [
    ("/aide comment annuler", "/annuler <numéro>"),
    ("/aide comment on fait pour annuler", "/annuler <numéro>"),
    ("/aide pour créer un événement", "/nouvelevenement <titre>"),
    ("/aide je veux écrire aux parents", "/ecrire <numéro>"),
    ("/help how to cancel", "/cancelevent <number>"),
])
async def test_help_asked_as_a_question_finds_the_command(bot: Bot, typed: str,
                                                          line: str) -> None:
    """« /aide comment annuler » listed every command after « Je ne trouve pas »."""
    said = await bot.say(typed, locale="en" if typed.startswith("/help") else None)
    assert line in said and "Je ne trouve pas" not in said, said[:300]
    assert said.count("\n• ") == 0, said[:300]  # that one command, not the whole list


async def test_cancel_series_alone_with_one_series_shows_its_preview(bot: Bot) -> None:
    """« /annulerserie » from Telegram's menu answered « Il manque : série. »: the raw
    name of a parameter. With one series running, its preview (nothing is cancelled yet)."""
    await bot.say("/nouvelleserie Atelier anglais | tous les mercredis 18h")
    said = plain(await bot.say("/annulerserie"))
    assert "Il manque" not in said, said
    assert "Arrêter la série n°1 « Atelier anglais »" in said, said
    assert len(await bot.core.storage.series.active()) == 1  # nothing stopped


async def test_series_commands_alone_with_several_series_list_them(bot: Bot) -> None:
    await bot.say("/nouvelleserie Atelier anglais | tous les mercredis 18h")
    await bot.say("/nouvelleserie Club jeux | tous les vendredis 19h30")
    stop = plain(await bot.say("/annulerserie"))
    assert "/annulerserie 1 — « Atelier anglais »" in stop, stop
    assert "/annulerserie 2 — « Club jeux »" in stop, stop
    assert "/annulerserie 1" in stop and "Il manque" not in stop, stop
    edit = await bot.say("/modifierserie")
    assert "/modifierserie 2" in edit and "Il manque" not in edit, edit


async def test_series_commands_alone_with_no_series(bot: Bot) -> None:
    said = await bot.say("/annulerserie")
    assert "Aucune série en cours" in said and "Il manque" not in said, said


async def test_edit_series_alone_with_one_series_gives_its_lines(bot: Bot) -> None:
    await bot.say("/nouvelleserie Atelier anglais | tous les mercredis 18h")
    said = await bot.say("/modifierserie")
    assert "/modifierserie 1 lieu" in said and "série." not in said, said


async def test_attendees_alone_offers_the_events_to_tap(bot: Bot) -> None:
    """« /participants » alone (a phone's menu sends it so) answered « Il manque le numéro
    de l'événement »: the upcoming events to tap now, one tap shows that list."""
    first = await new_event(bot, "Soirée jeux | 2026-11-27 20:00 | 20")
    await new_event(bot, "Ciné | 2026-11-28 20:00 | 30")
    await bot.say(f"/participer {first} oui +1", user="lea")
    (reply,) = await bot.replies("/participants")
    assert "Il manque" not in reply.text, reply.text
    labels = [b.label for b in reply.buttons]
    assert len(labels) == 2 and "Soirée jeux" in labels[0], labels
    listing = plain(await bot.press(reply.buttons[0].action))
    assert "Participant·e·s de #1 « Soirée jeux »" in listing and "Lea (+1)" in listing, listing
    refused = await bot.press(reply.buttons[0].action, user="lea")  # a member: never
    assert "Lea (+1)" not in refused, refused


async def test_message_to_an_event_named_by_its_title_says_where_the_text_goes(
        bot: Bot) -> None:
    """« /message soirée jeux On commence à 20h30 » answered « Il manque : texte. » — the
    text was right there (a title's end cannot be told from a message's start)."""
    await new_event(bot, "Soirée jeux | 2026-11-27 20:00 | 20")
    said = plain(await bot.say("/message soirée jeux On commence à 20h30"))
    assert "Il manque : texte" not in said, said
    assert "où il finit" in said and "/ecrire 12 On commence à 19h45 !" in said, said
    assert "/ecrire 12" in plain(await bot.say("/ecrire 1"))  # the number alone: the same


@pytest.mark.parametrize(("typed", "changed"), [
    ("/modifier 1 adresse Maison pour tous", "lieu → Maison pour tous"),
    ("/modifier 1 endroit Salle du haut", "lieu → Salle du haut"),
    ("/modifier 1 jauge 25", "places → 25"),
])
async def test_edit_in_a_volunteers_words(bot: Bot, typed: str, changed: str) -> None:
    """« /modifier 1 adresse Maison pour tous » answered « Champ « adresse » inconnu »."""
    await new_event(bot, "Soirée jeux | 2026-11-27 20:00 | 20")
    said = plain(await bot.say(typed))
    assert changed in said, said


async def test_edit_alone_offers_the_events_to_tap(bot: Bot) -> None:
    """« /modifier » alone (Telegram's menu sends it so) answered « Il manque le numéro de
    l'événement »; she knows no number. The upcoming events to tap; a tap gives that event's
    lines to copy, as « /modifier 1 » does."""
    await new_event(bot, "Soirée jeux | 2026-11-27 20:00 | 20")
    (reply,) = await bot.replies("/modifier")
    assert "Il manque" not in reply.text, reply.text
    assert [b.label for b in reply.buttons] == ["✏️ #1 · 27/11 · Soirée jeux"], reply.buttons
    lines = plain(await bot.press(reply.buttons[0].action))
    assert "/modifier 1 lieu Salle 2" in lines and "/modifier 1 date samedi 20h" in lines, lines
    refused = plain(await bot.press(reply.buttons[0].action, user="lea"))
    assert "/modifier 1 lieu" not in refused, refused
