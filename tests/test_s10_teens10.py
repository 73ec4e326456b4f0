"""Session 10 (teens10): five teenagers (13-17) on Discord after today's changes, through the
real discord.py adapter against the fake: private messages in slang and mixed English, slash
commands, the channel card's buttons, a reaction, replies under the card, a promotion from the
waitlist, /mesdonnees and /oubliemoi, a question under an organiser's /message.

The probes were written before reading the code that parses them (/tmp/team, teens10's
report has the counts). What works is pinned as it is; what confused a teenager is pinned with
a strict xfail naming its proposal (/tmp/team/teens10-proposals.diff)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, BOB, MANON, ORGA, Answer, Harness, custom_ids, running

from fakes.discord_api import APP_ID
from recording import plain

TEEN = BOB  # « Bob », 15, writes to the bot privately


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[Harness]:
    async with running(db_path) as harness:
        yield harness


def _dms(dc: Harness, user: int) -> list[dict[str, Any]]:
    return [m for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user]


def _texts(messages: list[dict[str, Any]]) -> str:
    return plain("\n".join(m["content"] for m in messages if m["content"]))


async def _games(dc: Harness, capacity: int = 5) -> tuple[int, dict[str, Any]]:
    """« Soirée jeux », Friday 19h30, announced in #annonces: its id and its card."""
    answer = await dc.command("newevent", {"title": "Soirée jeux", "when": "vendredi 19h30",
                                           "capacity": capacity, "kind": "games"}, user=ORGA)
    assert "#" in answer.text, answer.text
    event = max(e.id for e in await dc.core.storage.events.upcoming(dc.clock(), 100))
    return event, await dc.announce(event)


async def _dm(dc: Harness, text: str, user: int = TEEN, **kw: Any) -> str:
    """What the bot answers privately to `text` written to it privately."""
    before = len(_dms(dc, user))
    await dc.fake.say_in_dm(user, text, **kw)
    await dc.fake.wait_until(lambda: len(_dms(dc, user)) > before)
    await dc.settle()
    return _texts(_dms(dc, user)[before:])


async def _under(dc: Harness, card: dict[str, Any], text: str, user: int = ALICE) -> str:
    """What `user` is told privately after replying `text` under the channel's card."""
    before = len(_dms(dc, user))
    await dc.fake.say_in_channel(user, text, reply_to=int(card["id"]))
    await dc.fake.wait_until(lambda: len(_dms(dc, user)) > before)
    await dc.settle()
    return _texts(_dms(dc, user)[before:])


def _card(dc: Harness, card: dict[str, Any]) -> dict[str, Any]:
    return dc.fake.messages[int(card["id"])]


# -- what a teenager writes privately: answered as meant (seen passing) --------------------


@pytest.mark.parametrize(("typed", "said"), [
    ("yo c quand la prochaine soirée jeux", "Soirée jeux · vendredi 27 novembre"),
    ("c gratuit ?", "gratuites"),
    ("faut payer ?", "gratuites"),
    ("is it free?", "Many activities are free"),  # written in English (session 11)
    ("c ou ?", "Rochebelle"),
    ("on peut venir a 14 ans ?", "quel que soit l'âge"),
    ("on peut venir a plusieurs ?", "➕ 1 invité·e"),
    ("jviens au 1", "✅ Je viens"),
    ("jpeux plus venir dsl", "❌ Je ne viens pas"),
    ("ptdr t ki", "pas une personne"),
    ("supprime mon compte", "/oubliemoi"),
])
async def test_a_teen_in_slang_is_answered_as_meant(dc: Harness, typed: str, said: str) -> None:
    await _games(dc)
    reply = await _dm(dc, typed)
    assert said in reply, reply


async def test_who_is_coming_names_nobody(dc: Harness) -> None:
    """« c qui qui vient ? », « alice vient ? »: never another member's name or answer."""
    _, card = await _games(dc)
    await dc.press(int(card["id"]), "v1:rsvp:1:going", user=ALICE)
    for typed in ("c qui qui vient ?", "alice vient ?"):
        reply = await _dm(dc, typed)
        assert "Alice" not in reply and "inscrit·e" not in reply, reply


# -- what confused a teenager privately (strict xfail: proposals) --------------------------


@pytest.mark.parametrize(("typed", "first", "button"), [
    ("jpeux ramener un pote ?", "C'est pour qui ?", "➕ 1 invité·e"),
    ("can i bring a friend", "Who is it for?", "➕ 1 guest"),  # in English (session 11)
])
async def test_bringing_a_mate_also_gets_the_guest_button(dc: Harness, typed: str, first: str,
                                                          button: str) -> None:
    # Was « C'est pour qui ? Pour tout le monde, quel que soit l'âge… » alone: never how to
    # bring them (« on peut venir a plusieurs ? » gets the ➕ button; under a card, so does
    # this). Sessions 6 and 9 chose « C'est pour qui ? » first: it stays first.
    await _games(dc)
    reply = await _dm(dc, typed)
    assert reply.startswith(first), reply
    assert button in reply, reply


@pytest.mark.parametrize("typed", ["wsh y a encore d place", "is there still room"])
async def test_seats_left_asked_in_slang_gets_the_seats(dc: Harness, typed: str) -> None:
    # Was the greeting menu (« Bonjour ! Je suis le bot du Focus. Je peux : … ») for the
    # first, « Je ne sais pas répondre à ça » and 11 topics for the second.
    await _games(dc)
    reply = await _dm(dc, typed)
    assert any(left in reply for left in ("4 libres", "5 libres", "4 left", "5 left")), reply


async def test_im_up_for_it_in_slang_gets_the_events_to_tap(dc: Harness) -> None:
    # Was « Je ne sais pas répondre à ça » and the 11 topics; « jviens au 1 » is understood.
    await _games(dc)
    reply = await _dm(dc, "jsuis chaud pour vendredi")
    assert "Je ne sais pas" not in reply, reply
    assert "ne vous inscrit pas" in reply, reply


@pytest.mark.xfail(strict=True, reason="report only, no proposal: « jsp si jpeux venir » is "
                   "a maybe, not who may come; what it should get is the FAQ owner's call")
async def test_not_sure_i_can_come_is_not_who_it_is_for(dc: Harness) -> None:
    # « jsp si jpeux venir » (I don't know if I can come) got « C'est pour qui ? Pour tout le
    # monde… »: a confident answer to a question not asked.
    await _games(dc)
    reply = await _dm(dc, "jsp si jpeux venir")
    assert "C'est pour qui" not in reply, reply


# -- the slash command's « reponse » option: the words README says are understood --------


@pytest.mark.parametrize("said", ["chaud", "dispo", "chui là", "partant", "I'm down"])
async def test_one_teen_word_in_the_answer_option_books(dc: Harness, said: str) -> None:
    event, _ = await _games(dc)
    answer = await dc.command("rsvp", {"event": event, "answer": said}, user=TEEN)
    assert "vous êtes inscrit·e" in plain(answer.text), answer.text


@pytest.mark.parametrize("said", ["grave chaud", "ouais grave", "tkt je serai là"])
async def test_teen_phrases_in_the_answer_option_book_as_typed(dc: Harness, said: str) -> None:
    # Typed « /participer 1 grave chaud » books; in Discord's « reponse » option the same
    # words got « « grave chaud » : répondez par oui, peut-être ou non. »
    event, _ = await _games(dc)
    answer = await dc.command("rsvp", {"event": event, "answer": said}, user=TEEN)
    assert "vous êtes inscrit·e" in plain(answer.text), answer.text
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 1


@pytest.mark.parametrize("said", ["chaud +1", "oui avec un pote"])
async def test_a_mate_in_the_answer_option_is_pointed_to_invites(dc: Harness, said: str) -> None:
    # « « chaud +1 » : répondez par oui, peut-être ou non. »: « chaud » is understood, the
    # teen is told to answer what they answered; where the mate goes is not said.
    event, _ = await _games(dc)
    answer = plain((await dc.command("rsvp", {"event": event, "answer": said},
                                     user=TEEN)).text)
    assert "répondez par oui, peut-être ou non" not in answer, answer
    assert "invites" in answer, answer
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 0  # nothing guessed


# -- the channel card: buttons, a reaction, the waitlist, a promotion (seen passing) -------


async def test_a_full_card_a_reaction_and_a_promotion_in_plain_words(dc: Harness) -> None:
    event, card = await _games(dc, capacity=1)
    first = await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=ALICE)
    assert plain(first.text) == "Inscrit·e : 1 place. (complet : 1/1)", first.text
    queued = await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=TEEN)
    assert plain(queued.text) == "Liste d'attente : position 1", queued.text
    assert all(queued.ephemeral), queued.ephemeral  # nobody else sees who queued
    shown = _card(dc, card)["embeds"][0]
    assert "Alice" not in str(shown) and "Bob" not in str(shown), shown
    # A 👍 under the card answers nothing, and says so, privately, once.
    await dc.fake.react(MANON, int(card["id"]), "👍")
    await dc.fake.wait_until(lambda: bool(_dms(dc, MANON)))
    await dc.settle()
    told = _texts(_dms(dc, MANON))
    assert "Une réaction ne compte pas comme réponse" in told, told
    # Alice can't come: Bob, first in line, is told privately, with how to give it back.
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:no", user=ALICE)
    await dc.fake.wait_until(lambda: "place s'est libérée" in _texts(_dms(dc, TEEN)))
    promoted = _texts(_dms(dc, TEEN))
    assert "Vous êtes inscrit·e !" in promoted and "Soirée jeux" in promoted, promoted
    assert f"/participer {event} non" in promoted, promoted
    assert "Alice" not in promoted, promoted


async def test_a_teens_question_under_the_team_message_reaches_the_team(dc: Harness) -> None:
    event, card = await _games(dc)
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=TEEN)
    await dc.command("message", {"event": event, "text": "Ramenez vos jeux préférés !"},
                     user=ORGA)
    await dc.fake.wait_until(lambda: "préférés" in _texts(_dms(dc, TEEN)))
    notice = next(m for m in _dms(dc, TEEN) if "préférés" in m["content"])
    said = await _dm(dc, "on peut ramener des chips ?", reply_to=int(notice["id"]))
    assert "Question transmise à l'équipe du Focus" in said, said
    assert "La réponse arrivera ici" in said, said
    await dc.fake.wait_until(lambda: "ramener des chips" in _texts(_dms(dc, ORGA)))
    said = await _dm(dc, "jpeux plus venir en fait", reply_to=int(notice["id"]))
    assert "❌ Je ne viens pas" in said and "n'est pas transmis" in said, said


# -- replies under the card --------------------------------------------------------------


async def test_a_reply_under_the_card_asking_the_time_gets_it(dc: Harness) -> None:
    _, card = await _games(dc)
    said = await _under(dc, card, "c a quelle heure ?")
    assert "vendredi 27 novembre 2026 à 19h30" in said, said


async def test_im_up_for_it_under_the_card_is_pointed_to_the_button(dc: Harness) -> None:
    """« jsuis chaud » under the card: the button's line, before and after answering. (Seen
    as « Je n'ai pas compris votre message à propos de « Soirée jeux » (#1)… » at 14:28; fixed
    meanwhile by cardreply's uncommitted FAQ changes.)"""
    event, card = await _games(dc, capacity=2)
    said = await _under(dc, card, "jsuis chaud")
    assert "Je n'ai pas compris" not in said and "✅ Je viens" in said, said
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=ALICE)
    said = await _under(dc, card, "jsuis chaud")
    assert "Vous êtes déjà inscrit·e" in said, said


async def test_where_to_ask_the_team_on_discord_names_the_server(dc: Harness) -> None:
    # « Je ne peux pas répondre à cette question sur « Soirée jeux » (#1) : demandez à
    # l'équipe du Focus (dans le groupe, ou https://meltingphot.com/ ). » A teen on Discord
    # is in no group: which one? « t ki » said « Pour parler à quelqu'un de l'équipe : dans
    # le groupe ».
    _, card = await _games(dc)
    said = await _under(dc, card, "on doit ramener quoi ?")
    # Since session 11 a question only a person can answer, under the card, reaches the team.
    assert "Question transmise" in said, said
    said = await _dm(dc, "ptdr t ki")
    assert "sur le serveur" in said, said


# -- /mesdonnees and /oubliemoi ----------------------------------------------------------


async def test_mydata_shows_a_teen_their_own_answers_only(dc: Harness) -> None:
    event, card = await _games(dc, capacity=1)
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=ALICE)
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=TEEN)
    answer = await dc.command("mydata", user=TEEN)
    text = plain(answer.text)
    assert all(answer.ephemeral), answer.ephemeral
    assert "Soirée jeux" in text and "liste d'attente, position 1" in text, text
    assert "Alice" not in text, text


async def test_forgetme_says_who_gets_the_seats(dc: Harness) -> None:
    # « vos places iront à la liste d'attente » reads, to a 14-year-old, as « you will be put
    # on the waitlist ».
    event, card = await _games(dc)
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=TEEN)
    text = plain((await dc.command("forgetme", user=TEEN)).text)
    assert "Voulez-vous vraiment tout effacer" in text, text
    assert "vos places iront à la liste d'attente" not in text, text
    assert "aux personnes en liste d'attente" in text, text


async def test_forgetme_confirmed_erases_the_teen(dc: Harness) -> None:
    event, card = await _games(dc)
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=TEEN)
    await dc.command("forgetme", user=TEEN)
    asked = [m for m in dc.fake.messages.values()
             if any(":forget:" in c and c.endswith(":yes") for c in custom_ids(m))]
    yes = next(c for c in custom_ids(asked[-1]) if c.endswith(":yes"))
    done = plain((await dc.press(int(asked[-1]["id"]), yes, user=TEEN)).text)
    assert "tout ce que nous savions de vous est effacé" in done, done
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 0


# -- a ➕ tapped twice before Discord redrew the card --------------------------------------


async def test_plus_tapped_twice_before_the_card_changed_is_answered(dc: Harness) -> None:
    """Bob taps ➕ twice on a slow phone: Discord has redrawn the card after the first tap,
    the second carries the button his screen showed. Telegram answers it (« Déjà compté »,
    tests/test_s10_ux.py); on Discord nothing answered it."""
    event, card = await _games(dc)
    await dc.press(int(card["id"]), f"v1:rsvp:{event}:going", user=TEEN)
    plus = custom_ids(_card(dc, card))[3]  # as the phone shows it, before either tap
    await dc.press(int(card["id"]), plus, user=TEEN)
    assert custom_ids(_card(dc, card))[3] != plus  # redrawn: Discord now holds the new one
    payload = dc.fake.press(int(card["id"]), plus, user=TEEN)
    again = await dc.fake.deliver(payload)
    await dc.fake.wait_until(lambda: bool(dc.fake.callbacks(again)), within=3.0)
    await dc.settle()
    told = Answer([c for c in dc.fake.calls if c.path.startswith(f"/interactions/{again}/")
                   or c.path.startswith(f"/webhooks/{APP_ID}/{payload['token']}")])
    assert "Déjà compté" in plain(told.text), told.text
    assert all(told.ephemeral), told.ephemeral
    assert (await dc.core.storage.rsvps.counts(event)).going_seats == 2
