"""Session 7, round 3: a volunteer organiser running the programme from Discord's slash
commands (through the real discord.py against the fake on 127.0.0.1) and from the console."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import ALICE, BOB, ORGA, running
from test_guided import Dialogue, answered_buttons, message_with

from recording import Bot, new_event, plain


async def test_editing_the_time_says_who_was_told_and_who_could_not_be(db_path: Path) -> None:
    """/modifier heure 21h on Discord with Alice and Bob going, Bob's private messages
    closed: the reply only said « modifié : heure → … ». /annuler says how many people were
    messaged; the organiser editing the time did not learn that Bob never heard of it."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        for who in (ALICE, BOB):
            await dc.command("rsvp", {"event": event_id, "answer": "going"}, user=who)
        dc.fake.dm_closed.add(BOB)
        answer = await dc.command("editevent", {"event": event_id, "field": "time",
                                                "value": "21h"}, user=ORGA)
    said = plain(answer.text)
    assert "1 personne prévenue" in said, said
    assert "Bob" in said and "Alice" not in said, said


async def test_editing_the_place_in_english_counts_the_people_told(bot: Bot) -> None:
    event_id = await new_event(bot, "Games | 2026-12-05 20:00 | 10")
    await bot.say(f"/rsvp {event_id} going", user="lea", locale="en")
    await bot.say(f"/rsvp {event_id} maybe", user="tom", locale="en")
    said = plain(await bot.say(f"/edit {event_id} place Room 2", locale="en"))
    assert "2 people notified" in said, said
    untouched = plain(await bot.say(f"/edit {event_id} title Board games", locale="en"))
    assert "notified" not in untouched, untouched  # a new title is told to nobody


async def test_a_bare_edit_offers_one_example_line_per_field(bot: Bot) -> None:
    """« /modifier 1 » alone answered « Il manque : champ. » and the syntax line
    « /modifier <numéro> <titre|date|fin|…> <valeur> », which a volunteer does not read.
    Now: one line to copy per field, with this event's number."""
    event_id = await new_event(bot)
    said = plain(await bot.say(f"/modifier {event_id}"))
    for line in (f"/modifier {event_id} lieu ", f"/modifier {event_id} heure 21h",
                 f"/modifier {event_id} date ", f"/modifier {event_id} places ",
                 f"/modifier {event_id} titre ", f"/modifier {event_id} description "):
        assert line in said, (line, said)
    assert "Copiez la ligne voulue" in said.splitlines()[0], said
    english = plain(await bot.say(f"/edit {event_id}", locale="en"))
    assert f"/editevent {event_id} place " in english, english
    assert f"/editevent {event_id} time 9pm" in english, english
    series = plain(await bot.say("/modifierserie 1"))  # another command's field: untouched
    assert "/modifier 1 lieu" not in series, series


@pytest.mark.parametrize("typed", ["ok", "OK !", "non", "rien", "skip", "-",
                                   "pas de description", "Pas de description."])
async def test_ok_at_the_description_step_is_no_description(bot: Bot, typed: str) -> None:
    """« ok » typed at « Une description ? » became the event's description, shown on the
    card to every parent. Words that say « none » skip the step."""
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Projection")
    await d.say("Ciné-club")
    await d.say("samedi 20h")
    await d.tap("20 places")
    assert "Une description" in await d.tap("Gratuit")
    text = await d.say(typed)
    if "Une affiche" in text:
        text = await d.tap("Passer")
    assert "Aperçu" in text, text
    preview = text.split("Aperçu", 1)[1]
    assert typed not in preview.splitlines()[1:], preview
    await d.tap("Publier maintenant")
    event = await bot.core.storage.events.get(1)
    assert event is not None and event.description == "", event


async def test_a_real_short_description_is_kept(bot: Bot) -> None:
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Projection")
    await d.say("Ciné-club")
    await d.say("samedi 20h")
    await d.tap("20 places")
    await d.tap("Gratuit")
    text = await d.say("VF")
    if "Une affiche" in text:
        text = await d.tap("Passer")
    assert "VF" in text.split("Aperçu", 1)[1].splitlines(), text


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_every_line_the_bare_edit_offers_works_as_typed(bot: Bot, locale: str) -> None:
    """Copied as they are, each offered line edits the event (none is refused)."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    offered = plain(await bot.say(f"/modifier {event_id}", locale=locale)).splitlines()
    lines = [line for line in offered if line.startswith(("/modifier ", "/editevent "))
             and "<" not in line]
    assert len(lines) == 11, offered
    for line in lines:
        said = plain(await bot.say(line, locale=locale))
        assert ("modifié" if locale == "fr" else "updated") in said, (line, said)


async def test_guided_publishing_and_announce_say_it_in_the_same_words(bot: Bot) -> None:
    """« Annoncé dans 2 salons » after the guided creation, « Publié dans 2 canaux » after
    /annoncer: the same two chats, two words, and « salon » is Discord's (Telegram has
    groups). One sentence for both, naming both."""
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Projection")
    await d.say("Ciné-club")
    await d.say("samedi 20h")
    await d.tap("20 places")
    await d.tap("Gratuit")
    text = await d.tap("Passer")
    if "Une affiche" in text:
        await d.tap("Passer")
    guided = [line for line in plain(await d.tap("Publier maintenant")).splitlines()
              if "dans 2 " in line]
    await d.say("/annoncer 1")  # already announced: posted again only on request
    typed = [line for line in plain(await d.tap("📣 Publier à nouveau")).splitlines()
             if "dans 2 " in line]
    assert guided == typed == ["Publié dans 2 salons ou groupes d'annonce."], (guided, typed)


async def test_the_value_hint_of_slash_modifier_is_accepted_as_written(db_path: Path) -> None:
    """On Discord, /modifier's « valeur » option said « « heure 20h » garde le jour,
    « date samedi » l'heure », so with « Date et heure » chosen the organiser typed
    « heure 21h » as the value: « Je n'ai pas compris la date « heure 21h » ». The field's
    own word before the value is now read as the field, and the hint gives values only."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)  # vendredi 27 novembre à 20h
        hint = next(o for o in dc.fake.commands["editevent"]["options"]
                    if o["name"] == "value")["description_localizations"]["fr"]
        time = plain((await dc.command("editevent", {"event": event_id, "field": "when",
                                                     "value": "heure 21h"}, user=ORGA)).text)
        day = plain((await dc.command("editevent", {"event": event_id, "field": "when",
                                                    "value": "date samedi"}, user=ORGA)).text)
        seats = plain((await dc.command("editevent", {"event": event_id, "field": "capacity",
                                                      "value": "places 25"}, user=ORGA)).text)
        title = plain((await dc.command("editevent", {"event": event_id, "field": "title",
                                                      "value": "Nom de code"}, user=ORGA)).text)
    assert "heure 20h" not in hint and "21h" in hint, hint
    assert "vendredi 27 novembre 2026 à 21h" in time, time
    assert "samedi 28 novembre 2026 à 21h" in day, day
    assert "places → 25" in seats, seats
    assert "Nom de code" in title, title  # a title keeps its first word


async def test_cancelling_names_who_could_not_be_told(db_path: Path) -> None:
    """/annuler neige confirmer counted Bob, whose private messages are closed, among the
    people told: he would come in the snow. Now the count is of people actually messaged,
    and Bob is named for the organiser to tell."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        for who in (ALICE, BOB):
            await dc.command("rsvp", {"event": event_id, "answer": "going"}, user=who)
        dc.fake.dm_closed.add(BOB)
        answer = await dc.command("cancelevent", {"event": event_id,
                                                  "text": "neige confirmer"}, user=ORGA)
    said = plain(answer.text)
    assert "annulé" in said and "1 personne prévenue" in said, said
    assert "Bob" in said and "Alice" not in said, said


async def test_stopping_a_series_counts_only_people_messaged(db_path: Path) -> None:
    """/annulerserie counted everyone who answered a coming date as told: Bob (private
    messages closed) and Mme Martin (registered at the desk, who never gets a message)
    too. Now the count is of people messaged, Bob is named, and Mme Martin is to call."""
    async with running(db_path) as dc:
        await dc.command("newseries", {"title": "Club jeux", "rule": "vendredi 19h30",
                                       "capacity": 12}, user=ORGA)
        first = min(e.id for e in await dc.core.storage.events.upcoming(dc.clock(), 10))
        for who in (ALICE, BOB):
            await dc.command("rsvp", {"event": first, "answer": "going"}, user=who)
        await dc.command("addattendee", {"event": first, "entry": "Mme Martin 2"}, user=ORGA)
        dc.fake.dm_closed.add(BOB)
        preview = await dc.command("cancelseries", {"series": 1}, user=ORGA)
        stop = answered_buttons(dc, preview)["Oui, arrêter la série"]
        said = plain((await dc.press(message_with(dc, stop), stop, user=ORGA)).text)
    assert "1 personne prévenue" in said, said
    assert "Bob" in said and "Mme Martin" in said and "Alice" not in said, said


async def test_ok_in_the_discord_form_description_is_no_description(db_path: Path) -> None:
    """The same on Discord's form (/nouvelevenement alone): « ok » in « Description »."""
    async with running(db_path) as dc:
        await dc.command("newevent", {}, user=ORGA)
        form = str(dc.fake.modals[-1]["custom_id"])
        accepted = await dc.run(dc.fake.submit(form, {
            "title": "Ciné-club", "when": "samedi 20h", "capacity": "30", "price": "",
            "description": "ok"}, user=ORGA))
        kinds = answered_buttons(dc, accepted)
        await dc.press(message_with(dc, kinds["Projection"]), kinds["Projection"], user=ORGA)
        member = await dc.core.storage.members.find("discord", str(ORGA))
        assert member is not None
        draft = await dc.core.storage.drafts.get(member.id, dc.clock())
    assert draft is not None and draft.data.get("description") == "", draft


async def test_a_field_without_its_value_gets_that_fields_example(bot: Bot) -> None:
    """« /modifier 1 lieu » alone answered « Il manque la valeur » and the syntax line of
    every field; now the line to type for that field, with an example."""
    event_id = await new_event(bot)
    said = plain(await bot.say(f"/modifier {event_id} lieu"))
    assert f"Par exemple : /modifier {event_id} lieu Salle 2" in said, said
    said = plain(await bot.say(f"/modifier {event_id} heure"))
    assert f"/modifier {event_id} heure samedi 20h" in said, said
    english = plain(await bot.say(f"/edit {event_id} seats", locale="en"))
    assert f"For example: /editevent {event_id} seats 20" in english, english


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_a_bare_series_edit_offers_lines_that_work(bot: Bot, locale: str) -> None:
    """« /modifierserie 1 » alone answered « Il manque : champ. » and the syntax line; now
    one line per field, each of which works as copied."""
    await bot.say("/nouvelleserie Club jeux | vendredi 19h30 | | 12")
    offered = plain(await bot.say("/modifierserie 1", locale=locale)).splitlines()
    lines = [line for line in offered if line.startswith(("/modifierserie 1 ",
                                                          "/editseries 1 ")) and "<" not in line]
    assert len(lines) == 9, offered
    for line in lines:
        said = plain(await bot.say(line, locale=locale))
        assert ("modifiée" if locale == "fr" else "updated") in said, (line, said)
    typed, example = (("/modifierserie 1 lieu", "1 lieu Salle 2") if locale == "fr"
                      else ("/editseries 1 place", "1 place Room 2"))
    alone = plain(await bot.say(typed, locale=locale))
    assert example in alone, alone


@pytest.mark.parametrize("locale", ["fr", "en"])
async def test_the_announce_later_hint_shows_what_it_reads(db_path: Path, locale: str) -> None:
    """/annoncerplustard's « quand » said only « par exemple demain 18h »: an organiser who
    plans a week ahead never learnt that « la veille 18h » or « 3 jours avant 10h » (counted
    from the event) are read. Each example of the hint works as written."""
    async with running(db_path) as dc:
        answer = await dc.command("newevent", {"title": "Ciné-club", "when": "12/12 20h"},
                                  user=ORGA)
        assert "#" in answer.text, answer.text
        event_id = max(e.id for e in await dc.core.storage.events.upcoming(dc.clock(), 10))
        hint = next(o for o in dc.fake.commands["announcelater"]["options"]
                    if o["name"] == "when")["description_localizations"][
                        "fr" if locale == "fr" else "en-US"]
        examples = hint.split(":", 1)[1].split(",")
        assert len(examples) == 3 and ("la veille" in hint or "day before" in hint), hint
        for example in examples:
            said = plain((await dc.command("announcelater", {"event": event_id,
                                                             "when": example.strip()},
                                           user=ORGA, locale=locale)).text)
            assert ("programmée" if locale == "fr" else "scheduled") in said, (example, said)
