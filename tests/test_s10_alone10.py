"""Session 10, organiser commands sent ALONE from a phone's menu (Telegram sends « /fermer »
with nothing after it; nobody knows an event's number by heart): the events to tap, one tap
doing it or giving the line to type, instead of « Il manque le numéro de l'événement »."""

from __future__ import annotations

import pytest
from test_s7_sec import MEMBER_VERBS, ORGANISER_VERBS

from recording import Bot, new_event, plain


async def _two(bot: Bot) -> None:
    await new_event(bot, "Soirée jeux | 2026-11-28 20:00 | 20")
    await new_event(bot, "Ciné | 2026-11-29 20:00 | 30")


@pytest.mark.parametrize(("typed", "header", "line"), [
    ("/ecrire", "Écrire aux participant·e·s de quel événement ?", "/ecrire 1 On commence"),
    ("/fermer", "Fermer les inscriptions de quel événement ?", "/fermer 1"),
    ("/inscrire", "Inscrire quelqu'un à quel événement ?", "/inscrire 1 Mme Martin 3"),
    ("/retirer", "Retirer quelqu'un de quel événement ?", "/retirer 1 Mme Martin"),
    ("/dupliquer", "Dupliquer quel événement ?", "/dupliquer 1 samedi prochain 20h"),
    ("/annoncer", "Annoncer quel événement ?", "/annoncer 1"),
    ("/annuler", "Annuler quel événement ?", "/annuler 1 neige"),
])
async def test_an_organiser_command_alone_offers_the_events(bot: Bot, typed: str, header: str,
                                                            line: str) -> None:
    """She taps « /fermer » in Telegram's menu: « Il manque le numéro de l'événement … »
    (« Que faut-il annoncer ? » for /annoncer). Now the events, a button each."""
    await _two(bot)
    (reply,) = await bot.replies(typed)
    said = plain(reply.text)
    assert "Il manque" not in said and "Que faut-il" not in said, said
    assert said.startswith(header) and line in said, said
    assert [b.label.split(" · ")[-1] for b in reply.buttons] == ["Soirée jeux", "Ciné"]
    assert reply.private


async def test_closing_alone_one_tap_closes_and_reopening_offers_that_one(bot: Bot) -> None:
    await _two(bot)
    (offer,) = await bot.replies("/fermer")
    closed = plain(await bot.press(offer.buttons[1].action))
    assert "Inscriptions fermées pour « Ciné » (#2)" in closed, closed
    (again,) = await bot.replies("/rouvrir")
    assert [b.label.split(" · ")[-1] for b in again.buttons] == ["Ciné"], again.buttons
    reopened = plain(await bot.press(again.buttons[0].action))
    assert "Ciné" in reopened and "fermées" not in reopened, reopened
    assert "Aucun événement à venir n'a ses inscriptions fermées" in await bot.say("/rouvrir")


async def test_a_tap_gives_the_line_to_type_with_the_number(bot: Bot) -> None:
    await _two(bot)
    for typed, wanted in (("/ecrire", "/ecrire 2 On commence"),
                          ("/inscrire", "/inscrire 2 Mme Martin 3"),
                          ("/retirer", "/retirer 2 Mme Martin"),
                          ("/dupliquer", "/dupliquer 2 samedi prochain 20h")):
        (offer,) = await bot.replies(typed)
        said = plain(await bot.press(offer.buttons[1].action))
        assert "« Ciné » (#2)" in said and wanted in said, (typed, said)


async def test_announcing_alone_one_tap_posts_the_card(bot: Bot) -> None:
    await _two(bot)
    (offer,) = await bot.replies("/annoncer")
    before = len(bot.platform.sent)
    await bot.press(offer.buttons[0].action)
    posted = [reply for _, reply in bot.platform.sent[before:] if reply.card]
    assert posted and posted[0].card is not None and "Soirée jeux" in str(posted[0].card)


async def test_cancel_alone_one_tap_shows_the_preview_and_cancels_nothing(bot: Bot) -> None:
    await _two(bot)
    (offer,) = await bot.replies("/annuler")
    preview = plain(await bot.press(offer.buttons[0].action))
    assert "Soirée jeux" in preview and "Confirmez" in preview, preview
    assert not (await bot.core.storage.events.get(1)).cancelled  # type: ignore[union-attr]


async def test_cancel_alone_after_a_creation_form_also_offers_the_events(bot: Bot) -> None:
    """/creer opened (on Discord a form, closed without a word), then /annuler: she read
    « Création abandonnée » and nothing about the event she meant to cancel."""
    await _two(bot)
    await bot.say("/creer")
    replies = await bot.replies("/annuler")
    said = "\n".join(plain(r.text) for r in replies)
    assert "Création abandonnée" in said and "Annuler quel événement ?" in said, said
    assert any(r.buttons for r in replies)


async def test_english_and_members(bot: Bot) -> None:
    await _two(bot)
    english = plain(await bot.say("/close", locale="en"))
    assert english.startswith("Close sign-ups for which event?"), english
    member = await bot.replies("/fermer", user="lea")
    assert all(not r.buttons or "🔒" not in r.buttons[0].label for r in member), member
    (offer,) = await bot.replies("/fermer")
    refused = plain(await bot.press(offer.buttons[0].action, user="lea"))
    assert "Inscriptions fermées" not in refused, refused
    assert not (await bot.core.storage.events.get(1)).signups_closed  # type: ignore[union-attr]


async def test_alone_with_no_event_says_so(bot: Bot) -> None:
    said = await bot.say("/ecrire")
    assert "Aucun événement à venir" in said and "Il manque" not in said, said


async def test_a_member_forging_the_new_buttons_is_refused_and_nothing_moves(
        bot: Bot) -> None:
    """Ana copies the buttons' payloads (a Telegram client or a Discord custom_id lets
    her): each is refused in words, the event stays open and uncancelled, no card posted."""
    await _two(bot)
    await bot.say("/nouvelleserie Atelier | tous les mercredis 18h")
    posted = len(bot.platform.sent)
    for verb in ("close", "reopen", "copy", "cancelpick", "write", "enrol", "unenrol",
                 "publish"):
        said = await bot.press(f"v1:{verb}:1", user="ana")
        assert "réservée aux organisateur" in said, (verb, said)
    for arg in ("stop", "edit"):
        said = await bot.press(f"v1:seriespick:1:{arg}", user="ana")
        assert "réservée aux organisateur" in said, (arg, said)
    event = await bot.core.storage.events.get(1)
    assert event is not None and not event.signups_closed and not event.cancelled
    assert len(bot.platform.sent) == posted


async def test_series_alone_with_several_offers_a_button_each(bot: Bot) -> None:
    """Two series, « /annulerserie » from the phone's menu: the lines to copy, now a button
    each too; a tap shows that series' preview (nothing stopped yet)."""
    await bot.say("/nouvelleserie Atelier anglais | tous les mercredis 18h")
    await bot.say("/nouvelleserie Club jeux | tous les vendredis 19h30")
    (reply,) = await bot.replies("/annulerserie")
    assert [b.label for b in reply.buttons] == ["🛑 n°1 · Atelier anglais",
                                                "🛑 n°2 · Club jeux"], reply.buttons
    preview = plain(await bot.press(reply.buttons[1].action))
    assert "Arrêter la série n°2 « Club jeux »" in preview, preview
    assert len(await bot.core.storage.series.active()) == 2
    (edit,) = await bot.replies("/modifierserie")
    lines = plain(await bot.press(edit.buttons[0].action))
    assert "/modifierserie 1 lieu" in lines, lines


async def test_attendees_counts_the_walk_ins_the_cards_count(bot: Bot) -> None:
    """(fortnight10) A neighbour let in at the door with « ➕ sans inscription »: the cards
    read « 3/30 places prises », /participants said « 2/30 » (« Viennent : 1 personne, 2
    places »): with a full night she would let two more in."""
    event_id = await new_event(bot, "Soirée jeux | 2026-11-25 13:00 | 30")  # in 2 hours
    await bot.say(f"/participer {event_id} oui +1", user="lea")
    bot.clock.advance(hours=1, minutes=45)
    await bot.say(f"/pointage {event_id}")
    await bot.press(f"v1:door:{event_id}:a1")
    counts = await bot.core.storage.rsvps.counts(event_id)
    assert counts.walk_ins == 1, counts
    listing = plain(await bot.say(f"/participants {event_id}"))
    assert "sans inscription : 1 → 3/30 places prises" in listing, listing


async def test_poster_alone_offers_the_events_and_how_to_send_the_picture(bot: Bot) -> None:
    """« /affiche » from the menu said « Il manque le numéro de l'événement »."""
    await _two(bot)
    (offer,) = await bot.replies("/affiche")
    assert "Il manque" not in offer.text and len(offer.buttons) == 2, offer.text
    said = plain(await bot.press(offer.buttons[1].action))
    assert "« Ciné » (#2)" in said and "/affiche 2" in said, said


def test_the_forgery_guard_knows_every_new_button(bot: Bot) -> None:
    assert set(bot.core.router.buttons) == MEMBER_VERBS | ORGANISER_VERBS


async def test_duplicate_alone_offers_last_weeks_event_too(bot: Bot) -> None:
    """A copy is most often of an evening that took place: « /dupliquer » on Monday, to
    have Saturday's board-game night again, must offer it (it is over, so not upcoming)."""
    await new_event(bot, "Soirée jeux | 2026-11-25 13:00 | 20")
    bot.clock.advance(days=5)
    await new_event(bot, "Ciné | 2026-12-05 20:00 | 30")
    (offer,) = await bot.replies("/dupliquer")
    assert [b.label.split(" · ")[-1] for b in offer.buttons] == ["Soirée jeux", "Ciné"]
    said = plain(await bot.press(offer.buttons[0].action))
    assert "/dupliquer 1 samedi prochain 20h" in said, said
