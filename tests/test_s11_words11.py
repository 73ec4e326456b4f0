"""Session 11 (words11): « tu viens ? » answered in people's own words, a fifth set, through
the real core: the seat a family holds, the children named for the door list, or a question
with nothing booked.

The 67 replies of `WRITTEN_FIRST` were written before reading commands/rsvp/parsers.py
(parents on a phone, teenagers on Discord, English speakers), typed after « /participer
<n> ». On the code before this session: 42/67 as written, 20 refused or asked where a plain
answer was said (« inscris moi », « je peux plus venir », « bet »), and 5 confident
misreadings: « moi je peux pas mais ma femme vient » and « non mais mon mari viendra »
recorded a plain no, « oui sûrement » booked 2 seats for a child called « Sûrement », « yes
bro » booked 2 seats, « oui mais juste mon fils » booked the parent and the son. Three were
rewritten after reading the rules, which ask on purpose (the same as earlier sets): « oui
pour 3 personnes » (who « personnes » counts, tests/test_s5_props.py) and « oui mais je serai
en retard » (a remark, tests/test_s9_acct_words.py « oui mais je pars à 21h »); a third
once an earlier set failed: « je ne pense pas » (« je pense pas » is asked there). After:
67/67."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_discord_adapter import Harness, running
from test_s10_words4 import _outcomes

from bot.messages import Incoming
from recording import Bot, new_event, plain, text_of

WRITTEN_FIRST = [
    ('oui nous serons 2', 'going', 2, ''),
    ('Oui, je viendrai avec ma fille Chloé', 'going', 2, 'Chloé'),
    ('oui pour 3 personnes', 'asked', 0, ''),  # rewritten: asked on purpose (above)
    ('Bonjour, oui avec plaisir, nous serons 4', 'going', 4, ''),
    ('oui mais sans les enfants', 'going', 1, ''),
    ('moi je peux pas mais ma femme vient', 'asked', 0, ''),
    ('non mais mon mari viendra', 'asked', 0, ''),
    ('oui (enfin je crois)', 'maybe', 0, ''),
    ('oui on sera 2 adultes', 'going', 2, ''),
    ('oui avec mes 3 enfants', 'going', 4, ''),
    ('oui moi et ma fille', 'going', 2, ''),
    ('je viens seule', 'going', 1, ''),
    ('non désolée, on est en vacances', 'no', 0, ''),
    ('pas dispo ce samedi-là', 'no', 0, ''),
    ('malheureusement non', 'no', 0, ''),
    ('hélas non', 'no', 0, ''),
    ('je ne pense pas', 'asked', 0, ''),  # rewritten: asked on purpose (above)
    ('peut-être, je vous redis', 'maybe', 0, ''),
    ('je vous confirme demain', 'maybe', 0, ''),
    ('probablement', 'maybe', 0, ''),
    ('oui sûrement', 'going', 1, ''),
    ('oui avec Léo (6 ans)', 'going', 2, 'Léo'),
    ('oui, Jade et Lou viennent avec moi', 'going', 3, 'Jade, Lou'),
    ('je serai accompagnée de mon fils', 'going', 2, ''),
    ('oui plus un', 'going', 2, ''),
    ('oui nous viendrons à trois', 'going', 3, ''),
    ('on sera cinq', 'going', 5, ''),
    ('OUI', 'going', 1, ''),
    ('Oui !!', 'going', 1, ''),
    ('ouais', 'going', 1, ''),
    ('oui mais je serai en retard', 'asked', 0, ''),  # rewritten: a remark, asked (above)
    ('volontiers', 'going', 1, ''),
    ('avec grand plaisir !', 'going', 1, ''),
    ('inscris moi', 'going', 1, ''),
    ("je m'inscris avec mon fils", 'going', 2, ''),
    ('non pas dispo, une prochaine fois', 'no', 0, ''),
    ('non merci', 'no', 0, ''),
    ('pas pour moi cette fois', 'no', 0, ''),
    ('on ne pourra pas venir', 'no', 0, ''),
    ('on pourra pas', 'no', 0, ''),
    ('je peux plus venir', 'no', 0, ''),
    ('désolé je dois annuler', 'no', 0, ''),
    ('oui mais juste mon fils', 'asked', 0, ''),
    ('jsp si jpeux venir', 'maybe', 0, ''),
    ('ouais grave', 'going', 1, ''),
    ('trop bien jsuis la', 'going', 1, ''),
    ('jpeux pas dsl', 'no', 0, ''),
    ('nan', 'no', 0, ''),
    ('mdr non', 'no', 0, ''),
    ('carrément', 'going', 1, ''),
    ('vsy jviens', 'going', 1, ''),
    ('jviens avec 2 potes', 'going', 3, ''),
    ('moi + 1 pote', 'going', 2, ''),
    ('yes bro', 'going', 1, ''),
    ('bet', 'going', 1, ''),
    ('cant sorry', 'no', 0, ''),
    ("i can't come", 'no', 0, ''),
    ('prolly', 'maybe', 0, ''),
    ('maybe idk', 'maybe', 0, ''),
    ('chaud mais jsp', 'maybe', 0, ''),
    ('peut etre jte dis', 'maybe', 0, ''),
    ('sure, me and 2 friends', 'going', 3, ''),
    ('nah', 'no', 0, ''),
    ('je viens pas', 'no', 0, ''),
    ('jvien', 'going', 1, ''),
    ('jsuis pas la', 'no', 0, ''),
    ('ok', 'going', 1, ''),
]

# Written after the fixes, as a check, never tuned on: 19/20 at their first run (« oui avec
# mon frérot » named a child « Frérot »), 20/20 now.
WRITTEN_AFTER = [
    ('oui mais sans mon mari', 'going', 1, ''),
    ('non mais ma fille viendra avec sa copine', 'asked', 0, ''),
    ('jpeux plus venir dsl', 'no', 0, ''),
    ('inscrivez-moi svp', 'going', 1, ''),
    ("je m'inscris", 'going', 1, ''),
    ('oui je pense', 'maybe', 0, ''),
    ('bet +1', 'going', 2, ''),
    ('non mais mon mari passera', 'asked', 0, ''),
    ('peut-être, je vous confirme demain', 'maybe', 0, ''),
    ('oui plus deux', 'going', 3, ''),
    ('pas pour nous cette fois merci', 'no', 0, ''),
    ('avec joie', 'going', 1, ''),
    ('je serai accompagné de mes 2 enfants', 'going', 3, ''),
    ('non, mais merci quand même', 'no', 0, ''),
    ('chaud mais jsp encore', 'maybe', 0, ''),
    ('nan mais mon reuf viendra', 'asked', 0, ''),
    ('sign me up', 'going', 1, ''),
    ('ouais frérot', 'going', 1, ''),
    ('oui avec mon frérot', 'going', 2, ''),
    ('annule pour tom et zoé', 'asked', 0, ''),
]


async def test_answers_written_after_the_fixes(bot: Bot) -> None:
    got = await _outcomes(bot, WRITTEN_AFTER)
    wrong = [(want, have) for want, have in zip(WRITTEN_AFTER, got, strict=True)
             if want != have]
    assert not wrong, wrong


async def test_answers_written_before_reading_the_rules(bot: Bot) -> None:
    got = await _outcomes(bot, WRITTEN_FIRST)
    wrong = [(want, have) for want, have in zip(WRITTEN_FIRST, got, strict=True)
             if want != have]
    assert not wrong, wrong


async def test_someone_else_coming_in_my_place_is_asked_not_a_plain_no(bot: Bot) -> None:
    """« moi je peux pas mais ma femme vient » read « C'est noté : vous ne venez pas »: the
    family's seat given away while the mother was coming. Asked, the seat kept."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    await bot.say(f"/participer {event_id} oui", user="marc")
    for typed in ("moi je peux pas mais ma femme vient", "non mais mon mari viendra",
                  "je peux pas mais mon frère viendra"):
        said = plain(await bot.say(f"/participer {event_id} {typed}", user="marc"))
        assert "vous ne venez pas" not in said, (typed, said)
        assert "à votre place" in said and f"/participer {event_id} oui" in said, said
        assert f"/participer {event_id} non" in said, said
    assert (await bot.core.storage.rsvps.counts(event_id)).going_seats == 1
    english = plain(await bot.say(f"/rsvp {event_id} no but my wife will come", user="tim",
                                  locale="en"))
    assert "in your place" in english and f"/rsvp {event_id} yes" in english, english


@pytest.fixture
async def dc(db_path: Path) -> AsyncIterator[Harness]:
    async with running(db_path) as harness:
        yield harness


async def test_someone_in_my_place_on_discords_slash_command(dc: Harness) -> None:
    """On Discord « Je ne viens pas » with « mais mon frère viendra » in the children option
    read « C'est noté : vous ne venez pas »: asked, with the options to pick."""
    event_id = await dc.new_event("Soirée jeux", capacity=10)
    await dc.command("rsvp", {"event": event_id, "answer": "going"})
    answer = await dc.command("rsvp", {"event": event_id, "answer": "no",
                                       "children": "mais mon frère viendra"})
    said = plain(answer.text)
    assert "à votre place" in said and "« Je viens »" in said, said
    assert "vous ne venez pas" not in said, said
    assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 1


async def test_a_no_with_thanks_is_a_plain_no(bot: Bot) -> None:
    """« non mais merci pour l'invitation » read « Les prénoms des enfants vont avec
    « oui » » (a child called « L'Invitation »), « non mais merci beaucoup » a child called
    « Mais »: a no and a thank-you, nobody else coming."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    for user, typed, locale in (("ana", "non mais merci pour l'invitation", "fr"),
                                ("bea", "non mais merci beaucoup", "fr"),
                                ("tim", "nope but thanks for the invite", "en")):
        said = plain(await bot.say(f"/participer {event_id} {typed}", user=user,
                                   locale=locale))
        assert "ne venez pas" in said or "not going" in said, (typed, said)


async def test_a_doubt_in_brackets_is_no_childs_name(bot: Bot) -> None:
    """« oui (enfin je crois) » offered « /participer 8 oui Enfin, Je, Crois »: three
    children called Enfin, Je and Crois. A yes with a doubt is a maybe."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    for user, typed in (("ana", "oui (enfin je crois)"), ("bea", "oui je crois"),
                        ("cyd", "chaud mais jsp"), ("dan", "yes I think so")):
        said = plain(await bot.say(f"/participer {event_id} {typed}", user=user))
        assert "Crois" not in said and "Jsp" not in said and "Think" not in said, said
        assert "peut-être" in said, (typed, said)


async def test_a_childs_name_in_lower_case_cancels_only_that_child(bot: Bot) -> None:
    """« annule pour léo » (a phone, no capital) read « vous ne venez pas »: the whole
    family's three seats given away; « annule pour Léo » was asked."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    await bot.say(f"/participer {event_id} oui Léo, Zoé", user="ana")
    said = plain(await bot.say(f"/participer {event_id} annule pour léo", user="ana"))
    assert "vous ne venez pas" not in said, said
    mine = plain(await bot.say("/mesevenements", user="ana"))
    assert "3 places" in mine, mine
    said = plain(await bot.say(f"/participer {event_id} non pour ce soir", user="ana"))
    assert "vous ne venez pas" in said, said


async def test_calling_the_bot_bro_brings_nobody(bot: Bot) -> None:
    """« yes bro » booked 2 seats: « bro » is how a teenager talks, not a brother."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    for user, typed in (("t1", "yes bro"), ("t2", "oui frr"), ("t3", "chaud frérot")):
        said = plain(await bot.say(f"/participer {event_id} {typed}", user=user))
        assert "pour 1 place" in said, (typed, said)
    for user, typed in (("t4", "oui avec mon frère"), ("t5", "oui avec mon frérot")):
        said = plain(await bot.say(f"/participer {event_id} {typed}", user=user))
        assert "pour 2 places" in said and "Enfants notés" not in said, (typed, said)


async def test_only_my_son_is_asked_not_booked_with_the_parent(bot: Bot) -> None:
    """« oui mais juste mon fils » booked the parent and the son: the son alone is asked."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} oui mais juste mon fils", user="ana"))
    assert "sans vous" in said and "inscrit" not in said, said
    said = plain(await bot.say(f"/participer {event_id} oui juste moi et mon fils", user="bo"))
    assert "pour 2 places" in said, said


async def test_not_sure_if_i_can_come_is_a_maybe(bot: Bot) -> None:
    """« jsp si jpeux venir » read « Les prénoms des enfants vont avec « oui » »."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} jsp si jpeux venir", user="teen"))
    assert "peut-être" in said and "prénoms" not in said, said


# -- one home for the word lists: the FAQ's side is a proposal (/tmp/team/words11-proposals.diff)


async def _under_card(bot: Bot, text: str, event_id: int) -> str:
    incoming = Incoming(platform=bot.platform.platform, user_id="nina", display_name="Nina",
                        chat_id="chat-nina", text=text, is_private=True, asked_in_group=True,
                        is_organizer=False, platform_locale="fr", event_id=event_id)
    replies = await bot.core.handle(incoming)
    await bot.core.idle()
    return plain("\n".join(text_of(r) for r in replies))


async def test_a_question_without_its_mark_under_a_card_is_for_the_team(bot: Bot) -> None:
    """« pouvez vous garder une place pour ma fille » under a card (a phone dropped the
    « ? »): the relay reads it as a question (its list has « pouvez vous »), the FAQ's own
    list did not: « Je n'ai pas compris votre message »."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = await _under_card(bot, "pouvez vous garder une place pour ma fille", event_id)
    assert "Je n'ai pas compris" not in said, said

