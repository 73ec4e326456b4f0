"""Session 12 (words12): answers in words, a sixth set (the probes and their counts:
tests/test_s12_words12_probes.py). Each test here was seen failing on the code of 19:24 UTC
(session 12) before its fix, but the guards that say so (the edges of a new rule, seen
passing before and after); proposals to files words12 does not own are strict xfails naming
/tmp/team/words12-proposals.diff."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_discord_adapter import ALICE, BOB, Harness, running
from test_s10_parents10 import KARIM, announced, replied
from test_telegram_adapter import ORGA
from test_telegram_adapter import Harness as TgHarness

from bot.messages import Incoming
from fakes.telegram_api import private_chat
from recording import Bot, new_event, plain, text_of


async def _mine(bot: Bot, user: str) -> str:
    return plain(await bot.say("/mesevenements", user=user))


# -- a yes word taken back, read as a yes (silent: a seat booked) ---------------------------

@pytest.mark.parametrize("typed", ["inscris moi pas", "je viendrai pas", "jvais pas venir",
                                   "ne m'inscris pas", "compte pas sur moi", "pas chaud"])
async def test_a_yes_word_taken_back_is_a_no(bot: Bot, typed: str) -> None:
    """« /participer 1 inscris moi pas » and « je viendrai pas » read « C'est noté : vous
    êtes inscrit·e … pour 1 place »: a seat taken from the waitlist by someone who said no.
    The others were asked (« répondez par oui, peut-être ou non »)."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="ado"))
    assert "inscrit·e" not in said and "ne venez pas" in said, (typed, said)
    assert (await bot.core.storage.rsvps.counts(event_id)).going_seats == 0


@pytest.mark.parametrize("typed", ["jviens plus tard", "chaud pas de souci", "dispo pas mal"])
async def test_a_yes_then_later_or_no_problem_stays_a_yes(bot: Bot, typed: str) -> None:
    # A guard (passing before and after): « plus tard », « pas de souci » take nothing back.
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="ado"))
    assert "ne venez pas" not in said, (typed, said)


@pytest.mark.parametrize(("typed", "state", "seats"), [
    ("je viendrai pas seule", None, 0), ("je ne viens pas seul", None, 0),
    ("je serai là pas avant 21h", None, 0), ("je viendrai pas longtemps", None, 0),
    ("je viendrai pas forcément", "maybe", 0), ("jsuis chaud pas sûr", "maybe", 0),
    ("inscris moi pas de souci", "going", 1), ("oui pas de souci", "going", 1),
    ("je pense bien venir", "maybe", 0), ("jvais pas pouvoir venir", "no", 0)])
async def test_the_edges_of_a_yes_taken_back(bot: Bot, typed: str, state: str | None,
                                             seats: int) -> None:
    """Near the rule above, written after it: « pas seule » (someone along, asked), « pas
    avant 21h » (a time, asked), « pas forcément » (a maybe), « pas de souci » (a yes), and
    never a child called « Venir ». Before: « je ne viens pas seul » recorded a no (the
    family's seat given away), « je viendrai pas seule » and « jsuis chaud pas sûr » one seat,
    « oui pas de souci » offered children called « Pas », « De », « Souci ». « pas avant 21h »
    and « pas longtemps » were asked before too (guards)."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    reply = plain(await bot.say(f"/participer {event_id} {typed}", user="ado"))
    member = await bot.core.storage.members.find(bot.platform.platform, "ado")
    assert member is not None
    assert await bot.core.storage.rsvps.state_of(event_id, member.id) == state, (typed, reply)
    assert "Enfants notés" not in reply, (typed, reply)
    if seats:
        assert f"pour {seats} place" in reply, (typed, reply)

# -- words read as a child's name (silent: a child on the door list) -------------------------

@pytest.mark.parametrize(("typed", "seats"), [
    ("bien sûr que oui", 1), ("jsuis la avec mon reuf et ma reus", 3),
    ("oui avec ma meuf", 2)])
async def test_words_around_a_yes_are_no_child(bot: Bot, typed: str, seats: int) -> None:
    """« bien sûr que oui » booked 2 seats with a child « Que »; « … et ma reus » (a sister,
    in verlan) put a child « Reus » on the door list."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="ado"))
    assert f"pour {seats} place" in said and "Enfants notés" not in said, (typed, said)


# -- a no, a maybe or a yes the words said plainly, asked before -----------------------------

@pytest.mark.parametrize(("typed", "state"), [
    ("je serai absente", "no"), ("je passe mon tour", "no"), ("trop cher merci", "no"),
    ("pas cette fois-ci, merci !", "no"),
    ("Bonsoir, ce sera non pour nous cette fois, bonne soirée", "no"),
    ("gros flemme", "no"), ("cant make it sry", "no"),
    ("à confirmer", "maybe"), ("I'm not sure yet", "maybe"),
    ("sans aucun doute", "going"), ("oui je pense bien", "going"),
    ("oui sauf imprévu", "going"), ("jvais venir", "going"), ("oklm jviens", "going"),
    ("ouep", "going")])
async def test_plain_answers_in_people_s_words_are_read(bot: Bot, typed: str,
                                                        state: str) -> None:
    """Each was asked (« répondez par oui, peut-être ou non », « en vous comptant ? »),
    nothing recorded, though it says its answer plainly."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    reply = plain(await bot.say(f"/participer {event_id} {typed}", user="ado"))
    member = await bot.core.storage.members.find(bot.platform.platform, "ado")
    assert member is not None
    assert await bot.core.storage.rsvps.state_of(event_id, member.id) == state, (typed, reply)
    if state == "going":
        assert "pour 1 place" in reply, (typed, reply)


async def test_sans_doute_stays_a_maybe(bot: Bot) -> None:
    # A guard: « sans doute » is « probably » (a maybe), « sans aucun doute » a yes.
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    reply = plain(await bot.say(f"/participer {event_id} sans doute", user="ado"))
    assert "peut-être" in reply, reply


# -- under a private card (the relay's reader) ----------------------------------------------

async def _under_card(bot: Bot, text: str, *, user: str, group: bool = False,
                      locale: str = "fr") -> str:
    incoming = Incoming(platform=bot.platform.platform, user_id=user,
                        display_name=user.capitalize(), chat_id=f"chat-{user}", text=text,
                        is_private=True, asked_in_group=group, is_organizer=False,
                        platform_locale=locale, event_id=1)
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return plain("\n".join(text_of(r) + " " + " ".join(b.label for b in r.buttons)
                           for r in replies))


@pytest.mark.parametrize(("typed", "tap"), [
    ("ok pour moi", "✅ Je viens"), ("oui je pense bien", "✅ Je viens"),
    ("c'est bon pour moi", "✅ Je viens")])
async def test_a_yes_under_a_private_card_is_one_tap(demo: Bot, typed: str, tap: str) -> None:
    """« ok pour moi » under a private card got « (#1) : Tout public. » (« pour moi » read as
    who it is for); « oui je pense bien » « Combien serez-vous en tout ? »."""
    reply = await _under_card(demo, typed, user="isa")
    assert tap in reply and "Tout public." not in reply, (typed, reply)
    assert "Combien serez-vous" not in reply, (typed, reply)


@pytest.mark.parametrize(("typed", "tap"), [
    ("je viendrai pas finalement", "❌ Je ne viens pas"),
    ("compte pas sur moi dsl", "❌ Je ne viens pas"),
    ("jsuis pas chaud en fait", "❌ Je ne viens pas")])
async def test_karim_takes_his_yes_back_under_the_team_s_message_on_telegram(
        tg: TgHarness, typed: str, tap: str) -> None:
    """A guard, through the real Telegram adapter (seen passing before: the relay's own
    « can't come » reader takes these first): the new no-words never turn Karim's answer to
    the team's /message into « Vous êtes déjà inscrit·e ». The tap that frees his seat; his
    seat kept until he taps."""
    event, _ = await announced(tg)
    await tg.say(KARIM, f"/participer {event} oui")
    await tg.say(ORGA, f"/message {event} Pensez à apporter vos jeux préférés !")
    notice = tg.fake.chat(KARIM["id"])[-1]
    said = await replied(tg, KARIM, private_chat(KARIM), typed, notice)
    shown = plain(" ".join(m.visible + " " + str(m.reply_markup) for m in said))
    assert tap in shown and "déjà inscrit" not in shown, (typed, shown)
    assert (await tg.core.storage.rsvps.counts(event)).going_seats == 1

async def test_too_dear_under_a_private_card_is_no_thank_you(demo: Bot) -> None:
    """« trop cher merci » under the card got « Avec plaisir ! Une autre question ? »."""
    reply = await _under_card(demo, "trop cher merci", user="isa")
    assert "Avec plaisir" not in reply, reply


# -- two parents naming the same child ------------------------------------------------------

async def test_a_child_named_by_both_parents_is_said_to_count_twice(bot: Bot) -> None:
    """Léa's mother answered « oui Léa », then her father « oui avec Léa et Tom »: the
    evening counted 5 seats, Léa twice, and nobody was told (README: "Known limit")."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    first = plain(await bot.say(f"/participer {event_id} oui Léa", user="maman"))
    assert "déjà noté" not in first, first
    said = plain(await bot.say(f"/participer {event_id} oui avec Léa et Tom", user="papa"))
    assert "Un autre membre a déjà noté Léa" in said, said
    assert f"/participer {event_id} oui +1 Tom" in said, said
    assert "Tom" not in said.split("déjà noté", 1)[1].split("\n")[0].split(":")[0], said
    # Typed in lower case by the other parent, a name is the same name.
    said = plain(await bot.say(f"/participer {event_id} oui lea", user="papi"))
    assert "Un autre membre a déjà noté Lea" in said, said
    # In English too, and never to the first parent again for her own names.
    said = plain(await bot.say(f"/rsvp {event_id} yes Tom", user="dad", locale="en"))
    assert "Another member already named Tom" in said, said
    again = plain(await bot.say(f"/participer {event_id} oui Jade", user="maman"))
    assert "déjà noté" not in again, again
    # The line that leaves the child to the other parent books the one answering alone.
    said = plain(await bot.say(f"/participer {event_id} oui Jade", user="tata"))
    assert f"retirer de votre réponse : /participer {event_id} oui" in said, said
    assert "+0" not in said, said


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[Harness]:
    async with running(db_path) as harness:
        yield harness


async def test_a_child_named_twice_on_discord_gets_the_options_to_pick(dc: Harness) -> None:
    # Discord's slash command: the options as Discord shows them, never a line to type.
    event_id = await dc.new_event("Soirée jeux", capacity=10)
    await dc.command("rsvp", {"event": event_id, "answer": "going", "children": "Léa"},
                     user=ALICE)
    said = plain((await dc.command("rsvp", {"event": event_id, "answer": "going",
                                            "children": "Léa, Tom"}, user=BOB)).text)
    assert "Un autre membre a déjà noté Léa" in said, said
    assert "invites:1 enfants:Tom" in said and "reponse:Je viens" in said, said


@pytest.mark.parametrize(("said", "want"), [("pas chaud", "ne venez pas"),
                                             ("compte pas sur moi", "ne venez pas"),
                                             ("jvais venir", "vous êtes inscrit·e")])
async def test_a_teen_s_words_in_discord_s_answer_option(dc: Harness, said: str,
                                                          want: str) -> None:
    # « « pas chaud » : répondez par oui, peut-être ou non. »
    event_id = await dc.new_event("Soirée jeux", capacity=10)
    answer = plain((await dc.command("rsvp", {"event": event_id, "answer": said},
                                     user=BOB)).text)
    assert want in answer, (said, answer)

# -- under the GROUP's card: the FAQ reads it (commands/faq, faq12's): a proposal ------------

@pytest.mark.parametrize(("typed", "want", "never"), [
    ("oui super", "✅ Je viens", "Une autre question"),
    ("ok pour moi", "✅ Je viens", "Tout public."),
    ("trop cher merci", "❌ Je ne viens pas", "Avec plaisir"),
    ("jsp si jpeux venir", "🤔 Peut-être", "Tout public."),
    ("inscris moi pas", "❌ Je ne viens pas", "/participer 1 oui"),
])
async def test_an_answer_under_the_group_s_card_is_read_as_one(
        demo: Bot, typed: str, want: str, never: str) -> None:
    """« oui super » under the group's card got « 👍 Une autre question ? »; « ok pour moi »
    and « jsp si jpeux venir » « (#1) : Tout public. »; « trop cher merci » « Avec
    plaisir ! »; « inscris moi pas » « appuyez sur « ✅ Je viens » … /participer 1 oui »."""
    reply = await _under_card(demo, typed, user="gp", group=True)
    assert want in reply and never not in reply, (typed, reply)


@pytest.mark.parametrize("typed", ["non finalement", "compte pas sur moi"])
async def test_a_no_typed_after_a_bare_participer_is_not_i_dont_know(
        bot: Bot, typed: str) -> None:
    """After « /participer » alone (« Quel événement ? Touchez-le… »), « non finalement »
    got « Je ne sais pas répondre à ça » and eleven FAQ topics."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    await bot.say(f"/participer {event_id} oui", user="ana")
    assert "Quel événement" in await bot.say("/participer", user="ana")
    replies = await bot.replies(typed, user="ana")
    said = plain("\n".join(text_of(r) + " " + " ".join(b.label for b in r.buttons)
                           for r in replies))
    assert "Je ne sais pas" not in said and "Soirée jeux" in said, (typed, said)
    assert (await bot.core.storage.rsvps.counts(event_id)).going_seats == 1  # a tap does it
