"""Session 7, round 2: answering as parents on phones meet it. A bare /participer from
Telegram's menu, children's names as phones type them, an answer typed in a group by a
parent the bot cannot write to, and questions that begin like a command.

Through the core with the recording platform on a real SQLite file (`bot` fixture, now =
Wednesday 25 November 2026, 11:00 in Paris), and through the real Telegram adapter against
the fake Bot API where the group matters (`tg` fixture).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from test_s7_tg_parents import LINK, group_card, group_lines
from test_telegram_adapter import GROUP, LEA, NINA, Harness

from bot.messages import Capabilities, Reply
from fakes.telegram_api import BOT_USERNAME
from recording import Bot, RecordingAdapter, new_event, plain, text_of


def _buttons(replies: list[Reply]) -> list[tuple[str, str]]:
    return [(b.label, b.action) for r in replies for b in r.buttons]


async def _state(bot: Bot, event_id: int, name: str) -> str | None:
    return next((a.state for a in await bot.core.storage.rsvps.attendees(event_id)
                 if a.display_name == name), None)


# -- 1. a bare command from the phone's menu ---------------------------------------------------


async def test_bare_participer_offers_the_events_and_one_tap_answers(bot: Bot) -> None:
    """A parent taps /participer in Telegram's menu: it comes with no number, and she got
    « Il manque le numéro de l'événement » — she knows no number. Now the coming events, a
    button each; one tap and she is going."""
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    film = await new_event(bot, "Ciné-club | 2026-12-12 18:00 | 30")
    replies = await bot.replies("/participer", user="lea")
    text = plain("\n".join(text_of(r) for r in replies))
    assert "Il manque" not in text, text
    assert "Soirée jeux" in text and "Ciné-club" in text, text
    assert f"/participer {games} oui +2" in text, text  # and how to come with children
    buttons = _buttons(replies)
    assert [action for _, action in buttons] == [f"v1:rsvp:{games}:going",
                                                  f"v1:rsvp:{film}:going"], buttons
    assert "Soirée jeux" in buttons[0][0] and "05/12" in buttons[0][0], buttons
    assert "Inscrit" in await bot.press(buttons[0][1], user="lea")
    assert await _state(bot, games, "Lea") == "going"
    assert await _state(bot, film, "Lea") is None


@pytest.mark.parametrize("command", ["/evenement", "/calendrier"])
async def test_other_member_commands_needing_an_event_offer_them_too(
        bot: Bot, command: str) -> None:
    """/evenement and /calendrier alone said « Il manque le numéro » as well: now the events,
    a tap showing the card (whose buttons answer, and give the calendar file)."""
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    replies = await bot.replies(command, user="lea")
    assert "Il manque" not in text_of(replies[0]), text_of(replies[0])
    [(label, action)] = _buttons(replies)
    assert f"#{games}" in label and "Soirée jeux" in label, label
    tapped = await bot.replies(action=action, user="lea")
    assert any(r.card or r.attachment for r in tapped), [text_of(r) for r in tapped]


async def test_bare_calendrier_sends_the_file_in_one_tap(bot: Bot) -> None:
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    [(_, action)] = _buttons(await bot.replies("/calendrier", user="lea"))
    assert action == f"v1:ics:{games}"


async def test_bare_participer_with_nothing_coming_says_so(bot: Bot) -> None:
    said = await bot.say("/participer", user="lea")
    assert "Aucun événement à venir" in said and "Il manque" not in said, said


async def test_bare_participer_in_a_telegram_group_is_short_and_public(tg: Harness) -> None:
    """In the group, the same tap from the menu: one short line and the buttons (everyone
    may tap one for themselves), no list of every event's seats, no « Il manque »."""
    event_id, _ = await group_card(tg, 5)
    before = len(tg.fake.chat(GROUP))
    [picker] = await tg.say(NINA, f"/participer@{BOT_USERNAME}", chat=GROUP)
    assert picker.chat_id == GROUP
    text = plain(picker.visible)
    assert "\n" not in text.strip() and "Il manque" not in text, text
    assert len(tg.fake.chat(GROUP)) == before + 1
    toast = await tg.press(LEA, picker, f"v1:rsvp:{event_id}:going")
    assert toast.startswith("Inscrit"), toast


# -- 2. children's names as phones type them ------------------------------------------------


@pytest.mark.parametrize("typed", ["Anne\u2011Sophie", "Anne\u2013Sophie", "anne\u2011sophie"])
async def test_a_hyphen_from_a_phone_or_autocorrect_is_a_hyphen(bot: Bot, typed: str) -> None:
    """« Anne‑Sophie » (the phone's non-breaking hyphen, or an en dash from autocorrect) was
    refused as « un prénom seulement (lettres, espace, apostrophe ou trait d'union) »."""
    event_id = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    said = await bot.say(f"/participer {event_id} oui {typed}", user="lea")
    assert "un prénom seulement" not in said, said
    children = await bot.core.storage.party.children(event_id)
    assert [c.first_name for kids in children.values() for c in kids] == ["Anne-Sophie"]


async def test_a_desk_name_with_a_phone_hyphen_is_registered(bot: Bot) -> None:
    """The volunteer's phone typed « Mme Dupont‑Martin » (non-breaking hyphen): refused."""
    event_id = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    said = await bot.say(f"/inscrire {event_id} Mme Dupont\u2011Martin 2 tél.")
    assert "un nom seulement" not in said, said
    assert await _state(bot, event_id, "Mme Dupont-Martin") == "going"


@pytest.mark.parametrize("typed", ["Tom, Zoé.", "Tom et Zoé !", "Tom, Zoé 🎉"])
async def test_the_end_of_the_sentence_is_not_part_of_the_last_name(
        bot: Bot, typed: str) -> None:
    """« Tom, Zoé. » showed « Enfants notés : Tom, Zoé.. » (and « Zoé. » at the door);
    « Zoé ! » or an emoji after the names was refused as not a first name."""
    event_id = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    said = plain(await bot.say(f"/participer {event_id} oui {typed}", user="lea"))
    assert "Enfants notés : Tom, Zoé." in said and "Zoé.." not in said, said
    children = await bot.core.storage.party.children(event_id)
    assert [c.first_name for kids in children.values() for c in kids] == ["Tom", "Zoé"]


async def test_a_name_too_long_says_it_is_too_long(bot: Bot) -> None:
    """45 letters were refused as « un prénom seulement (lettres, espace…) », which it was:
    the length is what to fix."""
    event_id = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    said = await bot.say(f"/participer {event_id} oui Marie-Charlotte-Eugénie-Alexandrine-"
                         "Josephine", user="lea")
    assert "30 caractères au plus" in said, said


async def test_maybe_after_a_family_booking_reads_in_french(bot: Bot) -> None:
    """« Votre 3 places sont libérées » after « peut-être »."""
    event_id = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    await bot.say(f"/participer {event_id} oui +2", user="lea")
    said = await bot.say(f"/participer {event_id} peut-être", user="lea")
    assert "Vos 3 places sont libérées" in said, said


# -- 3. an answer typed in a group by a parent the bot cannot write to -----------------------


async def test_typed_in_the_group_without_a_private_chat_is_told_once(tg: Harness) -> None:
    """Nina never opened the private chat and TYPED « /participer@bot 3 oui » in the group:
    the confirmation came there, and nothing told her that the reminder (or a freed seat)
    could not reach her — a tap on the card would have. Now she is told, by name, with the
    link, once: not again at her next answers."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    before = len(tg.fake.chat(GROUP))
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui", chat=GROUP)
    lines = group_lines(tg, before)
    assert lines[0].startswith("C'est noté"), lines
    assert len(lines) == 2 and lines[1].startswith("Nina") and LINK in lines[1], lines
    before = len(tg.fake.chat(GROUP))
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} non", chat=GROUP)
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui", chat=GROUP)
    assert [line for line in group_lines(tg, before) if LINK in line] == []
    # She opens the private chat: what she was told waits there.
    tg.fake.not_started.discard(NINA["id"])
    private = await tg.say(NINA, "/start")
    assert any("en privé" in plain(m.visible) for m in private), [m.visible for m in private]


async def test_typed_in_the_group_with_the_private_chat_open_is_told_where_once(
        tg: Harness) -> None:
    """Léa can be written to: nothing about her in the group; privately, once, where her
    reminder will come."""
    event_id, _ = await group_card(tg, 5)
    before = len(tg.fake.chat(GROUP))
    for answer in ("oui", "non", "oui"):
        await tg.say(LEA, f"/participer@{BOT_USERNAME} {event_id} {answer}", chat=GROUP)
    assert all(line.startswith("C'est noté") for line in group_lines(tg, before))
    told = [m for m in tg.fake.chat(LEA["id"]) if "en privé" in plain(m.visible)]
    assert len(told) == 1, [m.visible for m in tg.fake.chat(LEA["id"])]


@dataclass
class Linked(RecordingAdapter):
    """A platform with links that open a private chat with the bot (as Telegram's)."""

    capabilities: Capabilities = Capabilities(private_links=True)

    def private_link(self, payload: str) -> str | None:
        return f"https://t.me/focus_bot?start={payload}"


async def test_typed_in_a_group_by_a_member_known_unreachable_is_told_once(bot: Bot) -> None:
    """The bot already failed to write to Nina (a reminder): her typed answer in the group
    got the confirmation only; a tap would have told her, by name, with the link."""
    linked = Linked()
    bot.core.adapters.clear()
    bot.core.add_adapter(linked)
    await linked.start(bot.core)
    bot.platform = linked
    event_id = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    nina = await bot.core.storage.members.identify(linked.platform, "nina", "Nina",
                                                   bot.clock())
    await bot.core.storage.members.update(nina.id, unreachable="blocked")
    replies = await bot.replies(f"/participer {event_id} oui", user="nina", private=False)
    texts = [text_of(r) for r in replies]
    assert texts[0].startswith("C'est noté"), texts
    assert len(texts) == 2 and "Je n'ai pas pu vous envoyer" in texts[1], texts
    again = await bot.replies(f"/participer {event_id} oui +1", user="nina", private=False)
    assert len(again) == 1, [text_of(r) for r in again]


# -- 4. questions that begin like a command ----------------------------------------------


@pytest.mark.parametrize("question", ["evenement 2 places ?", "aide 3 enfants",
                                      "inscription 2 enfants", "participer 2 personnes"])
async def test_a_question_starting_with_a_command_word_and_a_number_is_a_question(
        bot: Bot, question: str) -> None:
    """« Participer 3 Oui » typed without its slash runs; but « evenement 2 places ? » got
    « Il y a des mots en trop », « aide 3 enfants » the whole list of commands, and
    « inscription 2 enfants » an answer to event #2 (« répondez par oui… /participer 2 oui
    Tom, Zoé »: 2 was a count). They go to the FAQ, and nothing is booked."""
    first = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    second = await new_event(bot, "Soirée jeux | 2026-12-06 20:00 | 10")
    said = await bot.say(question, user="lea")
    assert "mots en trop" not in said and "Voici ce que je sais faire" not in said, said
    assert "Je ne trouve pas" not in said and "C'est noté" not in said, said
    assert "Utilisation" not in said, said  # read as the command, with its usage line
    for event_id in (first, second):
        assert await _state(bot, event_id, "Lea") is None


@pytest.mark.parametrize("typed", ["Participer {id} Oui", "participer {id} oui Tom, Zoé",
                                   "jeviens {id}", "Participer {id} +2"])
async def test_a_command_typed_without_its_slash_still_answers(bot: Bot, typed: str) -> None:
    event_id = await new_event(bot, "Atelier | 2026-12-05 14:00 | 10")
    said = await bot.say(typed.format(id=event_id), user="lea")
    assert said.startswith("C'est noté"), said
    assert await _state(bot, event_id, "Lea") == "going"
