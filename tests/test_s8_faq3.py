"""Session 8 (faq3): free text members send the bot that reached the FAQ and got « je ne sais
pas » and ten topics, or an answer about something else: a head count typed under a card
(« yes please, 2 of us »), « aide » or « menu » without the slash, a teenager's spellings
(« cé où », « c a kel heure »), changing one's mind (« non jpp finalement »), and a typed
« oui » / « non » after a question the bot asked with buttons (/oubliemoi): a typed « oui »
never erases, it is told to press the button. Phrasings here are new, not from the
measured sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import BOB, running
from test_telegram_adapter import LEA, Harness, new_event

from recording import Bot, plain

DONT_KNOW = "Je ne sais pas répondre à ça."
DONT_KNOW_EN = "I don't know how to answer that."


# -- 1. a head count typed under a card ----------------------------------------------------


@pytest.mark.parametrize(("typed", "locale", "said"), [
    ("yes please, 2 of us", "en", "does not sign you up"),
    ("yes, 3 of us", "en", "does not sign you up"),
    ("Yes please! There will be 2 of us", "en", "does not sign you up"),
    ("oui, nous serons 3", "fr", "ne vous inscrit pas"),
    ("oui svp pour nous 2", "fr", "ne vous inscrit pas"),
    ("yes please, 2 of us", "fr", "does not sign you up"),  # as written (session 11)
])
async def test_a_yes_with_a_head_count_is_told_a_message_books_nothing(
        demo: Bot, typed: str, locale: str, said: str) -> None:
    """« yes please, 2 of us » under a card: « je ne sais pas » and the topics; the parent
    believed two seats were booked. Now: a message books nothing, and the events to tap."""
    text = plain(await demo.say(typed, user="parent", locale=locale))
    assert said in text, text
    assert DONT_KNOW not in text and DONT_KNOW_EN not in text, text
    assert "#1" in text, text  # the events with their buttons
    assert (await demo.core.storage.rsvps.counts(1)).going_seats == 0, "booked by words"


# -- 2. « aide » without the slash ---------------------------------------------------------


@pytest.mark.parametrize(("typed", "locale", "command"), [
    ("aide", "fr", "/aide"), ("Aide", "fr", "/aide"), ("help", "fr", "/aide"),
    ("menu", "fr", "/aide"), ("commandes", "fr", "/aide"), ("?", "fr", "/aide"),
    ("aide svp", "fr", "/aide"), ("aide moi", "fr", "/aide"), ("??", "fr", "/aide"),
    ("help", "en", "/help"), ("help me please", "en", "/help"), ("commands", "en", "/help"),
])
async def test_help_typed_without_the_slash_points_to_the_commands(
        bot: Bot, typed: str, locale: str, command: str) -> None:
    """« aide » typed alone got « je ne sais pas répondre à ça » and ten FAQ topics: the
    member asked for the commands. Now what the bot does, and /aide for them all."""
    text = plain(await bot.say(typed, user="teen", locale=locale))
    assert command in text and ("/evenements" in text or "/events" in text), text
    assert DONT_KNOW not in text and DONT_KNOW_EN not in text, text


async def test_help_typed_on_telegram_points_to_aide(tg: Harness) -> None:
    """Through the real Telegram adapter: Léa types « Aide » (capital by autocorrect)."""
    text = " ".join(plain(m.visible) for m in await tg.say(LEA, "Aide"))
    assert "/aide" in text and DONT_KNOW not in text, text


async def test_a_question_about_help_for_homework_is_not_the_command_list(bot: Bot) -> None:
    """Help with something else is no request for the commands."""
    text = plain(await bot.say("aide aux devoirs ?", user="teen", locale="fr"))
    assert "/aide pour toutes" not in text and "Toutes les commandes" not in text, text


# -- 3. a teenager's spellings -------------------------------------------------------------


@pytest.mark.parametrize(("typed", "said"), [
    ("cé où", "Rochebelle"),
    ("cé ou ?", "Rochebelle"),
    ("ce ou le focus", "Rochebelle"),
    ("c a kel heure", "Les horaires d'ouverture"),
    ("c a quelle heure ?", "Les horaires d'ouverture"),
    ("cé combien", "Combien ça coûte ?"),
])
async def test_teen_spellings_get_the_address_the_hours_and_the_prices(
        bot: Bot, typed: str, said: str) -> None:
    text = plain(await bot.say(typed, user="teen", locale="fr"))
    assert said in text, text
    assert not text.startswith(DONT_KNOW), text


@pytest.mark.parametrize(("typed", "start"), [
    ("c koi le prochain truc", "Au programme"), ("cé koi le prochain truc ?", "Au programme"),
    ("c quand la prochaine fois", "Au programme"),
    ("whats the next thing", "What's on"),  # written in English: answered so (session 11)
])
async def test_the_next_thing_is_the_programme(demo: Bot, typed: str, start: str) -> None:
    text = plain(await demo.say(typed, user="teen", locale="fr"))
    assert text.startswith(start), text
    assert "#1" in text, text


# -- 4. changing one's mind ----------------------------------------------------------------


@pytest.mark.parametrize(("typed", "locale"), [
    ("non jpp finalement", "fr"), ("j'peux pas finalement", "fr"),
    ("finalement je peux pas", "fr"), ("dsl jpp", "fr"), ("jpp finalement dsl", "fr"),
    ("non finalement je pourrai pas", "fr"), ("sorry can't make it after all", "en"),
])
async def test_changing_ones_mind_is_told_how_to_give_up_the_seat(
        bot: Bot, typed: str, locale: str) -> None:
    text = plain(await bot.say(typed, user="teen", locale=locale))
    assert text.startswith("Pour annuler" if locale == "fr" else "To cancel"), text


@pytest.mark.parametrize("typed", ["jpp", "mdr jpp", "jpp trop drole"])
async def test_jpp_alone_is_still_a_laugh(bot: Bot, typed: str) -> None:
    """« jpp » alone is « j'en peux plus » (laughing): not a cancellation."""
    text = plain(await bot.say(typed, user="teen", locale="fr"))
    assert not text.startswith("Pour annuler"), text


# -- 5. a typed « oui » / « non » after a question asked with buttons -----------------------


async def _asked_to_forget(bot: Bot, user: str, locale: str = "fr") -> None:
    await bot.say("/participer 1 oui Léa, Tom", user=user, locale=locale)
    asked = plain(await bot.say("/oubliemoi", user=user, locale=locale))
    assert "effacer" in asked or "erase" in asked, asked


@pytest.mark.parametrize(("typed", "said"), [
    ("oui", "appuyez sur"), ("Oui !", "appuyez sur"), ("ouais", "appuyez sur"),
    ("oui stp efface tout", "Oui, tout effacer"), ("oui je confirme", "appuyez sur"),
    ("non", "Rien n'a été effacé"), ("non garde tout", "Rien n'a été effacé"),
])
async def test_a_typed_answer_after_oubliemoi_erases_nothing_and_points_to_the_button(
        demo: Bot, typed: str, said: str) -> None:
    """After /oubliemoi (buttons), a typed « oui » got « un message écrit ne vous inscrit
    pas » and the programme; « non » and « oui stp efface tout » « je ne sais pas ». Now: a
    message does nothing by itself, press the button above; « non »: nothing was erased."""
    await _asked_to_forget(demo, "maman")
    text = plain(await demo.say(typed, user="maman", locale="fr"))
    assert said in text, text
    assert DONT_KNOW not in text and "Au programme" not in text, text
    mine = plain(await demo.say("/mesevenements", user="maman", locale="fr"))
    assert "#1" in mine, mine  # still booked: a typed « oui » never erases


async def test_a_typed_yes_in_english_points_to_the_button(demo: Bot) -> None:
    await _asked_to_forget(demo, "mum", "en")
    text = plain(await demo.say("yes", user="mum", locale="en"))
    assert "tap" in text and "button" in text and DONT_KNOW_EN not in text, text


async def test_a_typed_oui_on_telegram_after_oubliemoi_erases_nothing(tg: Harness) -> None:
    """Through the real Telegram adapter: Léa booked, typed /oubliemoi, then « oui »."""
    event_id = await new_event(tg)
    await tg.say(LEA, f"/participer {event_id} oui")
    await tg.say(LEA, "/oubliemoi")
    text = " ".join(plain(m.visible) for m in await tg.say(LEA, "oui"))
    assert "appuyez sur" in text and DONT_KNOW not in text, text
    assert "Au programme" not in text, text
    mine = " ".join(plain(m.visible) for m in await tg.say(LEA, "/mesevenements"))
    assert f"#{event_id}" in mine, mine


@pytest.mark.parametrize(("typed", "locale", "said"), [
    ("efface les prénoms de mes enfants stp", "fr", "Seulement les prénoms"),
    ("supprimez le prénom de ma fille", "fr", "Seulement les prénoms"),
    ("vous pouvez enlever les noms des enfants ?", "fr", "Seulement les prénoms"),
    ("please delete my kids' names", "en", "Only the names"),
])
async def test_erasing_the_childrens_names_points_to_oubliemoi(
        bot: Bot, typed: str, locale: str, said: str) -> None:
    text = plain(await bot.say(typed, user="maman", locale=locale))
    assert said in text and ("/oubliemoi" in text or "/forgetme" in text), text
    assert DONT_KNOW not in text, text


# -- 6. thirty more messages as members type them: what they showed -------------------------


@pytest.mark.parametrize("typed", ["y a qqch ce soir ?", "ya qqc demain", "qqch ce week-end ?"])
async def test_something_tonight_is_the_programme(demo: Bot, typed: str) -> None:
    """« y a qqch ce soir ? » got « je ne sais pas »: « qqch » is « quelque chose »."""
    text = plain(await demo.say(typed, user="teen", locale="fr"))
    assert text.startswith(("Au programme", "Rien de prévu")), text


@pytest.mark.parametrize(("typed", "start"), [
    ("je me suis trompée de date", "Pour annuler"),
    ("je me suis trompé d'événement", "Pour annuler"),
    ("oups j'ai cliqué sur le mauvais", "Pour annuler"),
    ("I booked the wrong date", "To cancel"),  # written in English: answered so (session 11)
])
async def test_a_mistaken_answer_is_told_how_to_change_it(bot: Bot, typed: str,
                                                         start: str) -> None:
    """« je me suis trompée de date » got « je ne sais pas » and ten topics."""
    text = plain(await bot.say(typed, user="maman", locale="fr"))
    assert text.startswith(start), text


@pytest.mark.parametrize(("typed", "locale"), [
    ("Merci beaucoup pour la soirée c'était top !", "fr"),
    ("merci pour hier, les enfants ont adoré", "fr"),
    ("thanks for tonight, it was great", "en"),
])
async def test_thanks_for_an_evening_is_thanks(bot: Bot, typed: str, locale: str) -> None:
    """A parent thanking for the evening got « je ne sais pas répondre à ça »."""
    text = plain(await bot.say(typed, user="maman", locale=locale))
    assert text.startswith("Avec plaisir" if locale == "fr" else "You're welcome"), text


@pytest.mark.parametrize(("typed", "locale", "said"), [
    ("j'arrive pas à appuyer sur le bouton", "fr", "/participer"),
    ("le bouton marche pas", "fr", "/participer"),
    ("le bouton je viens ne fonctionne pas", "fr", "/participer"),
    ("the button doesn't work", "en", "/rsvp"),
])
async def test_a_button_that_does_not_work_gets_the_line_to_type(
        bot: Bot, typed: str, locale: str, said: str) -> None:
    """« le bouton marche pas » got « je ne sais pas »: the parent is told what to type."""
    text = plain(await bot.say(typed, user="maman", locale=locale))
    assert said in text and not text.startswith((DONT_KNOW, DONT_KNOW_EN)), text


@pytest.mark.parametrize("typed", ["y'a des places pour la projection ?",
                                   "ya de la place samedi ?"])
async def test_seats_left_asked_with_ya_is_the_programme(demo: Bot, typed: str) -> None:
    """« y'a des places pour la projection ? » got « je ne sais pas »: the seats left are
    on the programme."""
    text = plain(await demo.say(typed, user="teen", locale="fr"))
    assert text.startswith("Au programme") and "places prises" in text, text


async def test_where_to_park_is_not_answered_with_the_address(bot: Bot) -> None:
    """"where do i park" got the address, as if it said where to park."""
    text = plain(await bot.say("where do i park", user="dad", locale="en"))
    assert "Rochebelle" not in text or "I don't know" in text, text


@pytest.mark.parametrize("typed", ["on a changé d'avis", "j'ai changé d'avis", "changed my mind"])
async def test_a_change_of_mind_is_told_how_to_change_the_answer(bot: Bot, typed: str) -> None:
    text = plain(await bot.say(typed, user="maman", locale="fr"))
    assert text.startswith("Pour annuler"), text


@pytest.mark.parametrize("typed", [
    "comment ça marche", "comment ça marche le bot", "aide moi stp jcomprends rien",
    "je comprends rien",
])
async def test_how_does_this_work_gets_what_the_bot_does(bot: Bot, typed: str) -> None:
    """« comment ça marche » got « je ne sais pas » and ten topics."""
    text = plain(await bot.say(typed, user="maman", locale="fr"))
    assert "/aide" in text and "/evenements" in text and DONT_KNOW not in text, text


@pytest.mark.parametrize(("typed", "said"), [
    ("non merci", "Rien n'a été effacé"), ("supprime moi", "/oubliemoi"),
    ("c chiant", "Désolé si je ne vous ai pas aidé"),
])
async def test_short_replies_get_a_fitting_line(bot: Bot, typed: str, said: str) -> None:
    text = plain(await bot.say(typed, user="teen", locale="fr"))
    assert said in text and DONT_KNOW not in text, text


async def test_how_it_works_to_register_is_still_registering(bot: Bot) -> None:
    text = plain(await bot.say("comment ça marche pour s'inscrire ?", user="maman", locale="fr"))
    assert text.startswith("Comment s'inscrire"), text


@pytest.mark.parametrize("typed", ["jsuis inscrit a quoi", "jsuis inscrite ?",
                                   "chui inscrit ou pas"])
async def test_am_i_registered_in_sms_spelling_lists_ones_own_answers(
        bot: Bot, typed: str) -> None:
    """« jsuis inscrit a quoi » got how to register (the association's site), not the
    teenager's own answers."""
    text = plain(await bot.say(typed, user="teen", locale="fr"))
    assert "Vous n'êtes inscrit·e à aucun événement" in text, text


async def test_cv_ou_quoi_is_a_greeting(bot: Bot) -> None:
    text = plain(await bot.say("cv ou quoi", user="teen", locale="fr"))
    assert text.startswith("Bonjour"), text


async def test_oui_pour_moi_et_mon_fils_is_told_a_message_books_nothing(demo: Bot) -> None:
    """Typed under a card, it got « C'est pour qui ? » (who may come)."""
    text = plain(await demo.say("oui pour moi et mon fils", user="maman", locale="fr"))
    assert "ne vous inscrit pas" in text and "#1" in text, text


@pytest.mark.parametrize(("typed", "locale"), [
    ("can you remind me the time of the film", "en"), ("what time does it start", "en"),
    ("ça commence à quelle heure ?", "fr"),
])
async def test_what_time_it_starts_is_the_programme(demo: Bot, typed: str, locale: str) -> None:
    """"what time does it start" got « I don't know »: the events' times are the answer."""
    text = plain(await demo.say(typed, user="dad", locale=locale))
    assert text.startswith(("What's on", "Au programme")) and "#2" in text, text


@pytest.mark.parametrize(("typed", "locale", "said"), [
    ("on peut venir à plusieurs ?", "fr", "➕ 1 invité·e"),
    ("comment je fais pour venir avec ma copine", "fr", "➕ 1 invité·e"),
    ("comment ajouter une personne ?", "fr", "➕ 1 invité·e"),
    ("how do I bring a friend", "en", "➕ 1 guest"),
])
async def test_coming_with_others_is_told_how_to_add_guests(
        bot: Bot, typed: str, locale: str, said: str) -> None:
    """« on peut venir à plusieurs ? » got « je ne sais pas »: the card's guest button is
    the answer."""
    text = plain(await bot.say(typed, user="maman", locale=locale))
    assert said in text and not text.startswith((DONT_KNOW, DONT_KNOW_EN)), text


async def test_may_a_friend_come_is_still_who_may_come(bot: Bot) -> None:
    text = plain(await bot.say("jpeux venir avec un pote ?", user="teen", locale="fr"))
    assert text.startswith("C'est pour qui ?"), text


# -- through the real Discord adapter: a teenager's private messages ------------------------


@pytest.mark.parametrize(("typed", "said"), [
    ("c koi le prochain truc", "Soirée jeux"), ("cé où", "Rochebelle"), ("aide", "/aide"),
    ("non jpp finalement", "Pour annuler"),
])
async def test_a_teenager_on_discord_gets_an_answer_not_i_dont_know(
        db_path: Path, typed: str, said: str) -> None:
    async with running(db_path) as dc:
        await dc.new_event("Soirée jeux", 10)
        before = set(dc.fake.messages)
        await dc.fake.say_in_dm(BOB, typed)
        await dc.fake.wait_until(lambda: any(
            dc.fake.dm_channels.get(int(m["channel_id"])) == BOB
            for k, m in dc.fake.messages.items() if k not in before))
        await dc.settle()
        answers = [m for k, m in dc.fake.messages.items() if k not in before]
    text = plain(" ".join(m["content"] for m in answers))
    assert said in text and DONT_KNOW not in text, text
