"""Session 12, safety12: an outsider's audit of rights and of what we hold about members.

Probes written before reading the code (/tmp/team/safety12-probes.md): mistyped organiser
ids, every organiser command typed by a member (in a group and privately, typed and as a
Discord slash command), organisers' lists asked in a group, button ids forged or forwarded,
what /mesdonnees shows and what /oubliemoi erases.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import MEMBERS, NOW, launch, shutdown
from test_s11_parents11 import AURELIE, JULIEN, announced
from test_s11_privacy11 import _told as unused_notice
from test_telegram_adapter import GROUP, Harness

from fakes.discord_api import MANAGE_EVENTS, FakeDiscord
from fakes.telegram_api import Stored, group_chat, message_update
from recording import Bot, Clock, new_event, on_disk, plain, text_of

REFUSED = "réservée aux organisateur"


async def _question(tg: Harness, who: dict[str, Any]) -> Stored:
    [question] = [m for m in await tg.say(who, "/oubliemoi") if m.button_data]
    return question


async def _press_forwarded(tg: Harness, who: dict[str, Any], message: Stored, data: str,
                           owner: dict[str, Any]) -> None:
    """`who` taps a button under a copy of `message` that `owner` forwarded to them."""
    theirs = {"id": owner["id"], "type": "private", "first_name": owner["first_name"]}
    tg.fake.press_forwarded(who, message, data, chat=theirs)
    tg.pushed += 1
    await tg.settle()


def _seen(tg: Harness, who: dict[str, Any]) -> str:
    toasts = [str(c.params.get("text", "")) for c in tg.fake.ok_calls("answerCallbackQuery")]
    chat = [m.visible for m in tg.fake.messages.values() if m.chat_id == who["id"]]
    return plain("\n".join(toasts + chat))


# -- a forwarded erase question ------------------------------------------------------------


async def test_a_forwarded_erase_question_never_erases_who_taps_it(tg: Harness) -> None:
    """Aurélie asks /oubliemoi and forwards the question to Julien (« regarde, c'est pour
    effacer »). Julien taps « Oui, tout effacer » under her copy. Before: « C'est fait : tout
    ce que nous savions de vous est effacé » — HIS account, his seat and his son Léo's name
    gone, though he never asked; the family's seat went to the waitlist. Now he is shown
    his own question, and nothing is erased."""
    event, _ = await announced(tg)
    await tg.say(JULIEN, f"/participer {event} oui Léo")
    await tg.say(AURELIE, f"/participer {event} oui Zoé")
    question = await _question(tg, AURELIE)
    yes = next(d for d in question.button_data if d.endswith(":yes"))
    await _press_forwarded(tg, JULIEN, question, yes, owner=AURELIE)
    told = _seen(tg, JULIEN)
    assert "C'est fait" not in told, told
    assert "quelqu'un d'autre" in told and "rien n'est effacé" in told, told
    mine = plain("\n".join(m.visible for m in await tg.say(JULIEN, "/mesdonnees")))
    assert "Léo" in mine and f"#{event}" in mine, mine
    hers = plain("\n".join(m.visible for m in await tg.say(AURELIE, "/mesdonnees")))
    assert "Zoé" in hers, hers


async def test_a_forwarded_names_only_button_keeps_the_tappers_children(tg: Harness) -> None:
    """« Seulement les prénoms » under Aurélie's forwarded question, tapped by Julien, erased
    Léo's name from his answer. Now nothing goes; he is shown his own question."""
    event, _ = await announced(tg)
    await tg.say(JULIEN, f"/participer {event} oui Léo")
    await tg.say(AURELIE, f"/participer {event} oui Zoé")
    question = await _question(tg, AURELIE)
    names = next(d for d in question.button_data if d.endswith(":names"))
    await _press_forwarded(tg, JULIEN, question, names, owner=AURELIE)
    told = _seen(tg, JULIEN)
    assert "rien n'est effacé" in told, told
    mine = plain("\n".join(m.visible for m in await tg.say(JULIEN, "/mesdonnees")))
    assert "Léo" in mine, mine


async def test_her_own_question_still_erases_her(tg: Harness) -> None:
    """The same buttons, tapped by the one who asked, do what they say."""
    event, _ = await announced(tg)
    await tg.say(AURELIE, f"/participer {event} oui Zoé")
    question = await _question(tg, AURELIE)
    names = next(d for d in question.button_data if d.endswith(":names"))
    await tg.press(AURELIE, question, names)  # the answer takes the question's place
    toast = plain(tg.fake.messages[(question.chat_id, question.message_id)].visible)
    assert "Zoé" in toast and "effacé" in toast, toast
    question = await _question(tg, AURELIE)
    yes = next(d for d in question.button_data if d.endswith(":yes"))
    await tg.press(AURELIE, question, yes)
    toast = plain(tg.fake.messages[(question.chat_id, question.message_id)].visible)
    assert "C'est fait" in toast, toast


async def test_a_forwarded_question_pressed_in_a_group_erases_nobody(bot: Bot) -> None:
    """The question forwarded into the parents' group, where the bot reads the presses:
    whoever taps « Oui » there is shown their own question privately."""
    event = await new_event(bot)
    await bot.say(f"/participer {event} oui Tom", user="ana")
    await bot.say(f"/participer {event} oui Léo", user="leo")
    [question] = [r for r in await bot.replies("/oubliemoi", user="ana") if r.buttons]
    yes = next(b.action for b in question.buttons if b.action.endswith(":yes"))
    shown = plain(await bot.press(yes, user="leo", private=False))
    assert "rien n'est effacé" in shown and "Voulez-vous vraiment" in shown, shown
    assert "Léo" in plain(await bot.say("/mesdonnees", user="leo"))
    # Ana's own tap still erases her.
    assert "C'est fait" in plain(await bot.press(yes, user="ana"))


# -- probes that read right, kept -----------------------------------------------------------


async def test_every_organiser_command_typed_by_a_member_is_refused_everywhere(
        bot: Bot) -> None:
    """Léo (a member) types each organiser command with a real event's number, privately
    and in the group, typed and as a Discord slash command would send it: each is refused
    in words, names no one, sends no file, and the event is as it was."""
    event = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event} oui Tom, Zoé", user="ana")
    organiser = [spec for spec in bot.core.router.commands if spec.organizer]
    assert len(organiser) > 20
    for number, spec in enumerate(organiser):
        for private in (True, False):
            who = f"leo{number}{private}"  # a group's flood limit counts each member
            for replies in (await bot.replies(f"/{spec.name} {event} neige confirmer",
                                              user=who, private=private),
                            await bot.replies("", user=who, private=private,
                                              command=spec.name,
                                              options={"event": str(event)})):
                shown = "\n".join(text_of(r) for r in replies)
                assert REFUSED in shown, (spec.name, private, shown)
                assert "Tom" not in shown and "Ana" not in shown, (spec.name, shown)
                assert not any(r.attachment for r in replies), spec.name
                assert all(r.private for r in replies), (spec.name, shown)
    card = await bot.core.storage.events.get(event)
    assert card is not None and not card.cancelled and card.title == "Soirée jeux", card
    shown = plain(await bot.say(f"/participants {event}"))
    assert "Ana (+2) — enfants : Tom, Zoé" in shown, shown


async def test_an_organisers_lists_asked_in_the_group_answer_privately(bot: Bot) -> None:
    """The organiser types /participants, /pointage, /inscrire (a phone number in the note)
    in the parents' group: the children's names, the door list and the note are never
    posted there."""
    event = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/participer {event} oui Tom, Zoé", user="ana")
    for typed in (f"/participants {event}", f"/pointage {event}",
                  f"/inscrire {event} Paul Martin 0612345678", f"/retirer {event} Paul"):
        replies = await bot.replies(typed, private=False)
        assert replies and all(r.private for r in replies), (typed, replies)


async def test_a_forwarded_question_tapped_by_someone_new_to_the_bot(bot: Bot) -> None:
    """Ana forwards her question to Zoé's mother, who never wrote to the bot: her tap on
    « Oui, tout effacer » a minute later makes her account (the tap is her first contact).
    Before the question named whom it was asked to, such a tap read « Vos données sont
    déjà effacées » — as if she had had some. Ana still has hers: it was not Zoé's
    mother's question; she is told so and shown her own."""
    event = await new_event(bot)
    await bot.say(f"/participer {event} oui Tom", user="ana")
    [question] = [r for r in await bot.replies("/oubliemoi", user="ana") if r.buttons]
    yes = next(b.action for b in question.buttons if b.action.endswith(":yes"))
    bot.clock.advance(minutes=1)
    shown = plain(await bot.press(yes, user="zoemum"))
    assert "déjà effacées" not in shown and "quelqu'un d'autre" in shown, shown
    assert "Tom" in plain(await bot.say("/mesdonnees", user="ana"))


async def test_the_24_month_notice_forwarded_keeps_nothing_for_who_taps_it(bot: Bot) -> None:
    """Maman forwards the notice « votre compte sera effacé le … » to Papa, who taps
    « Garder mon compte ». Before: « C'est noté : votre compte est gardé » — said to Papa,
    whose account nobody warned, while Maman's still goes in 30 days. Now he reads that it
    was someone else's message; « Tout effacer maintenant » shows him his own question."""
    notice = await unused_notice(bot)
    await bot.say("/evenements", user="papa")
    keep = next(b.action for b in notice.buttons if "Garder" in b.label)
    said = plain(await bot.press(keep, user="papa"))
    assert "gardé" not in said and "quelqu'un d'autre" in said, said
    ask = next(b.action for b in notice.buttons if "Tout effacer" in b.label)
    said = plain(await bot.press(ask, user="papa"))
    assert "quelqu'un d'autre" in said and "Voulez-vous vraiment" in said, said
    english = await bot.press(keep, user="papa", locale="en")
    assert "someone else" in english, english
    # Her own tap keeps hers.
    assert plain(await bot.press(keep, user="maman")).startswith("C'est noté")


# -- proposals (outside the files safety12 owns) ---------------------------------------------

ANONYMOUS = {"id": 1087968824, "is_bot": True, "first_name": "Group",
             "username": "GroupAnonymousBot"}


async def test_an_anonymous_admin_is_told_why_nothing_happens(tg: Harness) -> None:
    """The volunteer who runs the parents' group kept « Rester anonyme » on: her messages
    come « from the group » (Telegram's GroupAnonymousBot), so nobody knows who wrote them.
    She types « /annoncer@bot 1 », then « /evenements@bot ». Before: nothing at all — no
    card, no refusal, no line (the adapter drops every message from a bot account). Nothing
    may run (no rights, no account of hers), but one line says why, once."""
    before = set(tg.fake.messages)
    for number, text in enumerate(("/annoncer@lefocus_test_bot 1",
                                   "/evenements@lefocus_test_bot")):
        update = message_update(ANONYMOUS, group_chat(GROUP), text, 9900 + number)
        update["message"]["sender_chat"] = group_chat(GROUP)
        tg.fake.push_update(update)
        tg.pushed += 1
        await tg.settle()
    said = [plain(m.visible) for k, m in tg.fake.messages.items()
            if k not in before and m.chat_id == GROUP]
    assert len(said) == 1 and "anonyme" in said[0] and "en privé" in said[0], said


async def test_the_start_log_names_the_roles_that_manage_events(
        db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The teens' server gave its helpers (« Modos », teenagers) Manage Events to post
    Discord's own events. Manage Events makes a bot organiser: /participants shows every
    family's children's first names to them. Before, the start-up log said « and members
    with Manage Events or Administrator », naming no role: the admin reading it could not
    see that the helpers were organisers. Now the roles are named."""
    async with FakeDiscord(members=MEMBERS) as fake:
        fake.extra_roles.append((777001, "Modos", MANAGE_EVENTS))
        with caplog.at_level(logging.INFO):
            harness = await launch(fake, db_path, Clock(NOW))
            await shutdown(harness)
    [line] = [r.getMessage() for r in caplog.records
              if r.getMessage().startswith("Discord organisers in")]
    assert "« Modos » (777001)" in line, line


async def test_a_desk_entry_removed_leaves_no_name_nor_phone_in_the_file(
        bot: Bot, db_path: Path) -> None:
    """A grandmother registered by phone (« /inscrire 1 Zéphyrine Quatrefages 0698765432 »)
    calls back: « effacez-moi ». She has no /oubliemoi: the volunteer's /retirer is her
    erasure. Before: her name and phone number were still readable in the database's
    write-ahead log (until some later erasure or the books' close) — once the event has
    started, /retirer already emptied it; before the start it did not."""
    event = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await bot.say(f"/inscrire {event} Zéphyrine Quatrefages 0698765432")
    assert b"0698765432" in on_disk(db_path)  # the probe sees her while she is here
    said = plain(await bot.say(f"/retirer {event} Zéphyrine"))
    assert "Quatrefages" in said and "retirée" in said, said
    assert "Quatrefages" not in plain(await bot.say(f"/participants {event}"))
    assert b"0698765432" not in on_disk(db_path)
    assert b"Quatrefages" not in on_disk(db_path)
