"""Session 11 (cardreply11): what a parent types after tapping « 👧 Nommer les enfants » and
the courtesies after a yes under a card. Each test was seen failing on the tree of 17:20 UTC
(session 11) before the fix; the probe count is in tests/test_s11_cardreply11_probes.py."""

from __future__ import annotations

import pytest
from test_s10_parents10 import ISABELLE, announced, replied
from test_telegram_adapter import Harness

from bot.messages import Incoming
from fakes.telegram_api import private_chat
from recording import Bot, plain, text_of

NAMED = "Enfants notés : Lina, Noé."


async def _asked_names(demo: Bot, user: str, answer: str = "/participer 1 oui +2") -> None:
    await demo.say(answer, user=user, locale="fr")
    assert "/participer 1 oui +2" in await demo.press("v1:kids:1", user=user, locale="fr")


@pytest.mark.parametrize(("typed", "noted"), [
    ("Lina et Noé", NAMED), ("Lina, Noé", NAMED), ("lina noé", NAMED),
    ("c'est Lina et Noé", NAMED), ("Lina 8 ans et Noé", "Enfants notés : Lina (8 ans), Noé.")])
async def test_names_typed_after_tapping_name_the_children_are_noted(
        demo: Bot, typed: str, noted: str) -> None:
    # Before: « Je ne sais pas répondre à ça » and eleven FAQ topics.
    await _asked_names(demo, "isa")
    reply = plain(await demo.say(typed, user="isa", locale="fr"))
    assert noted in reply, reply
    assert "Je ne sais pas" not in reply, reply
    mine = plain(await demo.say("/mesdonnees", user="isa", locale="fr"))
    assert "Lina" in mine and "Noé" in mine, mine


async def test_a_question_after_the_button_is_still_a_question(demo: Bot) -> None:
    await _asked_names(demo, "isa")
    reply = plain(await demo.say("c'est où exactement ?", user="isa", locale="fr"))
    assert "Enfants notés" not in reply and "Rochebelle" in reply, reply
    # The names still read afterwards.
    assert NAMED in plain(await demo.say("Lina et Noé", user="isa", locale="fr"))


async def test_names_are_read_only_for_a_while_after_the_button(demo: Bot) -> None:
    await _asked_names(demo, "isa")
    demo.clock.advance(hours=3)
    reply = plain(await demo.say("Lina et Noé", user="isa", locale="fr"))
    assert "Enfants notés" not in reply, reply


async def test_someone_else_s_names_are_not_read_for_the_one_who_tapped(demo: Bot) -> None:
    await _asked_names(demo, "isa")
    reply = plain(await demo.say("Lina et Noé", user="other", locale="fr"))
    assert "Enfants notés" not in reply, reply


async def test_too_many_names_say_how_many_fit(demo: Bot) -> None:
    await _asked_names(demo, "isa")
    reply = plain(await demo.say("Lina, Noé et Jade", user="isa", locale="fr"))
    assert "3 prénoms pour +2 invité·e·s" in reply, reply


async def test_isabelle_answers_the_line_with_the_names_on_telegram(tg: Harness) -> None:
    # The Telegram adapter, real: she answers the bot's « tapez cette ligne » message.
    event, _ = await announced(tg)
    [said] = await tg.say(ISABELLE, f"/participer {event} oui +2")
    await tg.press(ISABELLE, said, f"v1:kids:{event}")
    how = tg.fake.chat(ISABELLE["id"])[-1]
    [back] = await replied(tg, ISABELLE, private_chat(ISABELLE), "Lina et Noé", how)
    assert NAMED in plain(back.visible), plain(back.visible)


# -- a yes with a courtesy (« grave chaud », "yes sounds great") under a private card ---------

async def _under_card(bot: Bot, text: str, *, user: str, locale: str = "fr",
                      group: bool = False, event_id: int = 1) -> str:
    incoming = Incoming(platform=bot.platform.platform, user_id=user,
                        display_name=user.capitalize(), chat_id=f"chat-{user}", text=text,
                        is_private=True, asked_in_group=group, is_organizer=False,
                        platform_locale=locale, event_id=event_id)
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return plain("\n".join(text_of(r) + " " + " ".join(b.label for b in r.buttons)
                           for r in replies))


@pytest.mark.parametrize(("text", "locale", "tap"), [
    ("grave chaud", "fr", "✅ Je viens"), ("chaud pour ce soir", "fr", "✅ Je viens"),
    ("yes sounds great", "en", "✅ Going"), ("oui trop bien", "fr", "✅ Je viens")])
async def test_a_yes_with_a_courtesy_under_a_private_card_is_one_tap(
        demo: Bot, text: str, locale: str, tap: str) -> None:
    # Before: « Combien serez-vous en tout ? … /participer 1 oui +1 » (the words after the
    # yes name nobody); "yes sounds great" read « Sounds » as a child.
    reply = await _under_card(demo, text, user="chaud", locale=locale)
    assert "Combien serez-vous" not in reply and "How many of you" not in reply, reply
    assert tap in reply, reply


async def test_a_husband_coming_later_is_no_cancellation(bot: Bot) -> None:
    # « mon mari viendra plus tard » read as « ne viendra plus »: « Je ne viens pas » offered
    # to free the family's seats. Coming later is a question for the team.
    assert "#1" in await bot.say("/creer Soirée jeux | 2026-12-05 20:00 | 12")
    await bot.say("/participer 1 oui +1", user="nadia", locale="fr")
    reply = await _under_card(bot, "mon mari viendra plus tard", user="nadia")
    assert "Je ne viens pas" not in reply, reply
    assert "Question transmise à l'équipe du Focus" in reply, reply
    assert "mon mari viendra plus tard" in "\n".join(bot.platform.private_texts("orga"))


@pytest.mark.parametrize(("start", "text", "locale", "line"), [
    ("/participer 1", "oui avec Tom et Zoé", "fr", "/participer 1 oui +2 Tom, Zoé"),
    ("/rsvp 1", "yes with Tom and Zoe", "en", "/rsvp 1 yes +2 Tom, Zoe"),
])
async def test_yes_with_the_children_named_after_rsvp_alone_gets_the_line_with_names(
        demo: Bot, start: str, text: str, locale: str, line: str) -> None:
    # Before: « Combien serez-vous en tout ? … /participer 1 oui +1 »: the names read, then
    # dropped, and one guest offered for two children.
    await demo.say(start, user="isa", locale=locale)
    reply = plain(await demo.say(text, user="isa", locale=locale))
    assert line in reply, reply
    assert "Combien serez-vous" not in reply and "How many of you" not in reply, reply


async def test_a_husband_coming_later_under_the_group_card_reaches_the_team(bot: Bot) -> None:
    # Before: « Je n'ai pas compris votre message à propos de « Soirée jeux » (#1). Un
    # message écrit ne vous inscrit pas … »; the organiser never heard of it.
    assert "#1" in await bot.say("/creer Soirée jeux | 2026-12-05 20:00 | 12")
    reply = await _under_card(bot, "mon mari viendra plus tard", user="nadia", group=True)
    assert "Je n'ai pas compris" not in reply, reply
    assert "Question transmise à l'équipe du Focus" in reply, reply
    assert "mon mari viendra plus tard" in "\n".join(bot.platform.private_texts("orga"))


@pytest.mark.parametrize(("text", "locale", "until"), [
    ("ça finit à quelle heure ?", "fr", "jusqu'à 22h30"),
    ("when does it finish?", "en", "until 22:30")])
async def test_the_end_under_a_private_card_is_the_card_s_end(
        demo: Bot, text: str, locale: str, until: str) -> None:
    # Before: « Je n'ai trouvé personne de l'équipe à qui transmettre votre question » (the
    # card says « jusqu'à 22h30 »).
    reply = await _under_card(demo, text, user="fin", locale=locale)
    assert until in reply.split("\n")[0], reply
