"""Session 9 (hostile9): today's new surfaces under awkward input, through the real adapters
against the fakes and through the core on a real SQLite file.

Replies under a card are about its event since today (`Incoming.event_id`, read from the
card's buttons). A card whose event was cancelled (or is over) loses its buttons: a parent
answering « on sera 3 » under the cancelled Ciné's card was told to tap « ✅ Je viens » under
the announcement, a button no longer there, for an event nobody told her in words was
cancelled; « c'est à quelle heure ? » there got the Focus's opening hours. Seen failing at
11:50, fixed by the lead's 24c7d48 meanwhile: these pin it. Still open, proposals in
/tmp/team/hostile9-proposals.diff (strict xfails below): /modifier's « samedi ou dimanche
20h » names Saturday at the event's old hour; a remark after « oui » typed in a group is
quoted back there, a child's name with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import BOB, MEMBERS, ORGA, launch, shutdown
from test_s7_dc2 import ME, _asked_in_channel
from test_s9_adapters2_dc import _replied, _two_cards
from test_s9_adapters2_tg import reacted
from test_s9_tg import MARIE, PAUL, replied, two_cards
from test_telegram_adapter import GROUP, LEA, TOM, Harness, card_messages
from test_telegram_adapter import ORGA as TG_ORGA
from test_telegram_adapter import new_event as tg_event

from bot.messages import Incoming
from fakes.discord_api import FakeDiscord
from fakes.telegram_api import BOT_USERNAME, Stored
from recording import NOW, Bot, Clock, new_event, plain, text_of


def _taps(said: str, event_id: int) -> list[str]:
    """What only an open event's card may say of it: its button to tap, its line to type."""
    return [w for w in ("Je viens", "Going", f"/participer {event_id}", f"/rsvp {event_id}")
            if w in said]


def _said(messages: list[Stored]) -> str:
    return plain("\n".join(m.visible for m in messages))


# -- Telegram: a reply under a cancelled card --------------------------------------------------


async def test_on_sera_3_under_the_cancelled_cine_card_is_told_it_is_cancelled(
        tg: Harness) -> None:
    """Marie replied « on sera 3 » under the Ciné's card in the parents' group, not having
    seen that it was cancelled that morning (snow). She was told privately « Attention : un
    message écrit ne vous inscrit pas. Pour réserver, appuyez sur « ✅ Je viens » sous
    l'annonce de l'événement », with the programme's other events: the announcement she
    replied under has no such button any more, and nothing said the Ciné was cancelled."""
    _, film, _, cine = await two_cards(tg)
    await tg.say(TG_ORGA, f"/annuler {film} neige confirmer")
    answer = await replied(tg, MARIE, "on sera 3", cine)
    said = _said(answer)
    assert f"« Ciné » (#{film}) est annulé" in said, said
    assert not _taps(said, film), said


async def test_what_time_under_the_cancelled_card_is_not_the_focus_opening_hours(
        tg: Harness) -> None:
    """Paul had opened the Ciné privately; it was cancelled since (his copy of the card was
    edited: « ANNULÉ », no buttons). He replied « c'est à quelle heure ? » under it and got
    « Quels sont les horaires d'ouverture ? Les horaires d'ouverture ne sont pas encore
    publiés ici… »: about the Focus, not the film he asked about, and not that it is off."""
    _, film, _, _ = await two_cards(tg)
    [card] = card_messages(await tg.say(PAUL, f"/evenement {film}"))
    await tg.say(TG_ORGA, f"/annuler {film} neige confirmer")
    edited = tg.fake.messages[(card.chat_id, card.message_id)]
    assert not edited.button_data and "ANNULÉ" in edited.visible
    said = _said(await replied(tg, PAUL, "c'est à quelle heure ?", edited))
    assert "horaires d'ouverture" not in said, said
    assert f"« Ciné » (#{film}) est annulé" in said and not _taps(said, film), said


# -- Discord: the same reply under a cancelled card in #annonces -------------------------------


async def test_a_reply_under_a_cancelled_discord_card_is_told_it_is_cancelled(
        db_path: Path) -> None:
    """Bob replies « on vient à 2 » under the Ciné's card in #annonces; the Ciné was
    cancelled and its card struck through, without buttons. He was answered as if he had
    written it nowhere (« appuyez sur « ✅ Je viens » sous l'annonce de l'événement », the
    programme), never that the Ciné is off."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            _, film, _, cine = await _two_cards(dc)
            await dc.command("cancelevent", {"event": film, "text": "neige confirmer"},
                             user=ORGA)
            await dc.settle()
            said, _ = await _replied(dc, BOB, "on vient à 2", cine)
        finally:
            await shutdown(dc)
    assert f"« Ciné » (#{film}) est annulé" in said, said
    assert not _taps(said, film), said


# -- the core: under a card whose answers are closed ------------------------------------------


async def _under_card(bot: Bot, event_id: int, text: str, locale: str = "fr") -> str:
    """`text` replied by Léa under the card of `event_id` in the group (Telegram's and
    Discord's « Répondre »: read as private, asked in the group)."""
    replies = await bot.core.handle(Incoming(
        platform="test", user_id="lea", display_name="Léa", chat_id="chat-lea", text=text,
        is_private=True, asked_in_group=True, platform_locale=locale, event_id=event_id))
    await bot.core.idle()
    return plain("\n".join(text_of(r) for r in replies))


@pytest.mark.parametrize("text", ["on sera 3", "oui", "je viens avec 2 potes", "+1",
                                  "Tom et Zoé viennent"])
async def test_under_a_cancelled_events_card_nobody_is_told_to_tap_je_viens(
        bot: Bot, text: str) -> None:
    """Under the cancelled Ciné's card (a card not yet edited, a reminder sent before the
    cancellation: both still name it), « on sera 3 » read « Un message écrit ne vous
    inscrit pas encore : appuyez sur « ✅ Je viens » ci-dessous, ou écrivez /participer 2
    oui », and /participer 2 oui then answered « est annulé : les réponses sont fermées »."""
    film = await new_event(bot, "Ciné | 2026-12-07 20:00 | 40")
    await bot.say(f"/annuler {film} neige confirmer")
    said = await _under_card(bot, film, text)
    assert f"« Ciné » (#{film}) est annulé" in said, said
    assert not _taps(said, film), said


async def test_under_a_finished_events_card_it_is_said_over_in_french_and_english(
        bot: Bot) -> None:
    """The day after the board-game night, Léa answers its reminder « on sera 3 » (for the
    next one): she was told to tap « ✅ Je viens » for a night that is over. In English
    likewise."""
    games = await new_event(bot, "Soirée jeux | 2026-11-25 18:00 | 40")
    bot.clock.advance(days=1)
    said = await _under_card(bot, games, "on sera 3")
    assert f"« Soirée jeux » (#{games}) est terminé" in said, said
    assert not _taps(said, games), said
    said = await _under_card(bot, games, "we'll be 3", locale="en")
    assert f'"Soirée jeux" (#{games}) is over' in said and not _taps(said, games), said


async def test_under_an_open_card_the_buttons_are_still_offered(bot: Bot) -> None:
    """The proposal's other side, which holds today: under the open Ciné's card, « on sera
    3 » still gets the line to tap « ✅ Je viens » and the card."""
    film = await new_event(bot, "Ciné | 2026-12-07 20:00 | 40")
    said = await _under_card(bot, film, "on sera 3")
    assert "Je viens" in said and f"/participer {film} oui" in said, said
    assert "annulé" not in said, said


# -- /modifier: a date still a question, in the event's own time -------------------------------


async def test_modifier_samedi_ou_dimanche_20h_names_both_at_20h(bot: Bot) -> None:
    """The Ciné is on Saturday 5 December at 21h. An organiser, not sure yet, types
    « /modifier 1 date samedi ou dimanche 20h ». The bot asked « le samedi 28 novembre à
    21h ou le dimanche 29 novembre à 20h ? … par exemple « samedi 28/11 21h » »: the 20h
    she typed was given to Sunday only, Saturday kept the film's old 21h, and the example
    to copy carried it. /nouvelevenement reads the same words as 20h both days."""
    film = await new_event(bot, "Ciné | 2026-12-05 21:00 | 40")
    said = plain(await bot.say(f"/modifier {film} date samedi ou dimanche 20h"))
    assert "le samedi 28 novembre à 20h ou le dimanche 29 novembre à 20h" in said, said
    assert "21h" not in said, said
    assert "samedi 5 décembre 2026 à 21h" in plain(await bot.say(f"/evenement {film}"))


async def test_modifier_samedi_20h_ou_21h_keeps_both_on_that_saturday(bot: Bot) -> None:
    """« /modifier 1 date samedi 20h ou 21h » (which hour, not which day): the second hour
    was put on the film's own day (5 December), not on the Saturday typed."""
    film = await new_event(bot, "Ciné | 2026-12-05 21:00 | 40")
    said = plain(await bot.say(f"/modifier {film} date samedi 20h ou 21h"))
    assert "le samedi 28 novembre à 20h ou le samedi 28 novembre à 21h" in said, said
    assert "5 décembre" not in said, said


async def test_modifier_one_day_or_another_without_an_hour_keeps_the_events_hour(
        bot: Bot) -> None:
    """What holds today and must still: « /modifier 1 date samedi ou dimanche » (no hour
    at all) offers both days at the film's own 21h, and changes nothing."""
    film = await new_event(bot, "Ciné | 2026-12-05 21:00 | 40")
    said = plain(await bot.say(f"/modifier {film} date samedi ou dimanche"))
    assert "le samedi 28 novembre à 21h ou le dimanche 29 novembre à 21h" in said, said
    assert "samedi 5 décembre 2026 à 21h" in plain(await bot.say(f"/evenement {film}"))


# -- Telegram: a reaction on a cancelled card ---------------------------------------------------

async def test_a_thumbs_up_on_a_cancelled_telegram_card_is_not_told_to_press_its_buttons(
        tg: Harness) -> None:
    """The Soirée jeux is cancelled (snow); its card in the parents' group now reads
    « ANNULÉ », without a button. Léa puts 👍 on it (« vu, merci »). She was told
    privately « Une réaction ne compte pas comme réponse : pour répondre, appuyez sur un
    bouton sous la carte (« ✅ Je viens », « 🤔 Peut-être » ou « ❌ Je ne viens pas ») »:
    buttons the card no longer has, for an event nobody can answer. On Discord this was
    fixed today (tests/test_s9_dc.py); Tom's 👍 on an open card is still told. Seen failing
    at 11:55; the working tree's bot/adapters/telegram/adapter.py (`_answerable`, not
    committed yet, another helper's) makes it pass."""
    cancelled = await tg_event(tg)
    open_one = await tg_event(tg, "Ciné | 2026-12-06 20:00 | 3")
    await tg.say(LEA, "/aide")  # her private chat is open
    await tg.say(TOM, "/aide")
    await tg.say(TG_ORGA, f"/annoncer {cancelled}")
    await tg.say(TG_ORGA, f"/annoncer {open_one}")
    first, second = [m for m in tg.fake.chat(GROUP) if m.button_data]
    await tg.say(TG_ORGA, f"/annuler {cancelled} neige confirmer")
    struck = tg.fake.messages[(first.chat_id, first.message_id)]
    assert not struck.button_data and "ANNULÉ" in struck.visible
    assert await reacted(tg, LEA, struck, "👍") == ""
    assert "✅ Going" in await reacted(tg, TOM, second, "👍")  # his phone is in English


# -- a remark after « oui », typed in a group, quoted back there -------------------------------


async def test_a_remark_naming_a_child_typed_in_the_group_is_not_quoted_there(
        tg: Harness) -> None:
    """In the parents' group Léa types « /participer 1 oui mais Zébulon arrivera en
    retard ». Since today a remark after « oui » is asked about, not booked: the bot asked
    in the group itself, « « mais Zébulon arrivera en retard » : je ne lis que la réponse et
    qui vient avec vous… », her son's first name repeated to everyone, and her message
    stayed. Children's names never show in a group: asked privately, her message taken
    out, as when she names him (« /participer 1 oui Zébulon »)."""
    event_id = await tg_event(tg)
    await tg.say(LEA, "/aide")  # her private chat is open
    before = set(tg.fake.messages)
    await tg.say(LEA, f"/participer@{BOT_USERNAME} {event_id} oui mais Zébulon arrivera en "
                      "retard", GROUP)
    new = [m for k, m in sorted(tg.fake.messages.items()) if k not in before]
    in_group = [plain(m.visible) for m in tg.fake.chat(GROUP)]
    assert not any("Zébulon" in text for text in in_group), in_group
    privately = plain("\n".join(m.visible for m in new if m.chat_id == LEA["id"]))
    assert "Rien n'est réservé" in privately and "retiré votre message" in privately, privately
    assert (await tg.core.storage.rsvps.counts(event_id)).going_seats == 0


async def test_a_remark_naming_a_child_in_a_discord_channel_is_taken_out_like_names(
        db_path: Path) -> None:
    """Bob types « @Le Focus /participer 1 oui mais Zébulon arrivera en retard » in
    #général, where the bot may delete messages. The question came privately, but his
    message stayed for the channel to read, while « @Le Focus /participer 1 oui Zébulon »
    is taken out (names never stay in a channel)."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            fake.manage_messages = True
            told, public = await _asked_in_channel(
                dc, BOB, f"{ME} /participer {event_id} oui mais Zébulon arrivera en retard")
            going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
        finally:
            await shutdown(dc)
    assert "Rien n'est réservé" in plain(told), told
    assert not any("Zébulon" in m["content"] for m in public), public
    assert len(fake.retracted) == 1, fake.retracted
    assert going == 0


async def test_a_remark_typed_privately_is_still_asked_and_books_nothing(bot: Bot) -> None:
    """Unchanged by the proposal: privately, the remark is asked about, nothing booked."""
    event_id = await new_event(bot)
    said = plain(await bot.say(f"/participer {event_id} oui mais on arrivera en retard",
                               user="lea"))
    assert "« mais on arrivera en retard »" in said and "Rien n'est réservé" in said, said
    assert (await bot.core.storage.rsvps.counts(event_id)).going_seats == 0


# -- « c'est pour Zébulon et Léon »: a line to copy that books a child called « C'est » --------


async def test_cest_pour_two_children_books_them_not_a_child_called_cest(bot: Bot) -> None:
    """Léa writes « /participer 1 oui, c'est pour Zébulon et Léon ». She was asked
    « « c'est pour Zébulon » : un seul enfant, ou plusieurs ? … Plusieurs enfants :
    /participer 1 oui c'est, pour, Zébulon, Léon » — and that line, copied as offered,
    books a child called « C'Est » beside hers: four seats, a name the door list shows.
    « pour Zébulon et Léon » alone books them; « c'est pour » must too."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 8")
    said = plain(await bot.say(f"/participer {event_id} oui, c'est pour Zébulon et Léon",
                               user="lea"))
    assert "c'est, pour" not in said, said
    assert "Enfants notés : Zébulon, Léon" in said and "3 places" in said, said


async def test_the_line_offered_today_books_a_child_called_cest(bot: Bot) -> None:
    """What the line offered today does when copied (why the question above must not offer
    it): a child « C'Est » on the list the team reads. Holds today and after the proposal
    (a parent may still type it): it shows the harm, not a fix."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 8")
    said = plain(await bot.say(f"/participer {event_id} oui c'est, pour, Zébulon, Léon",
                               user="lea"))
    assert "C'Est" in said and "4 places" in said, said
