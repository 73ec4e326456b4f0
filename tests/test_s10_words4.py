"""Session 10 (words4): « tu viens ? » answered in people's own words, a fourth set, through
the real core: the seat a family holds, the children named for the door list, or a question
with nothing booked.

The 84 replies of `WRITTEN_FIRST` were written before reading commands/rsvp/parsers.py
(teenagers on Discord, parents on a phone, English speakers). On the code before this
session they read 40/84 as written, 43 refused or asked where a plain answer was said
(« dispo » : « répondez par oui, peut-être ou non »), and 1 confident misreading: « grave
chaud » booked two seats with a child called « Chaud ». After: 81/84 as written; the 3
others were rewritten after reading the rules, which ask on purpose who « 2 adultes »
counts (tests/test_s5_props.py): asked, with the whole count
(`test_adults_and_children_are_asked_with_the_whole_count`; without « oui » the question
waits for a handler proposal, pinned last)."""

from __future__ import annotations

from recording import Bot, new_event, plain

# (typed after « /participer <n> », the answer stored or "asked" when nothing is booked,
# the seats held by a yes, the children named).
WRITTEN_FIRST = [
    ('dispo', 'going', 1, ''),
    ('chaud', 'going', 1, ''),
    ('grave chaud', 'going', 1, ''),
    ('je suis chaud', 'going', 1, ''),
    ('tkt je serai là', 'going', 1, ''),
    ('tkt jserai la', 'going', 1, ''),
    ('chui la', 'going', 1, ''),
    ('go', 'going', 1, ''),
    ('partant', 'going', 1, ''),
    ('moi + ma soeur', 'going', 2, ''),
    ('moi et mon frère', 'going', 2, ''),
    ('je ramène 2 potes', 'going', 3, ''),
    ('+1', 'going', 2, ''),
    ('jsp encore', 'maybe', 0, ''),
    ('jsp trop', 'maybe', 0, ''),
    ('ptetre', 'maybe', 0, ''),
    ('peut etre', 'maybe', 0, ''),
    ('on verra', 'maybe', 0, ''),
    ('ça dépend', 'maybe', 0, ''),
    ('jamais de la vie', 'no', 0, ''),
    ('nan jpeux pas', 'no', 0, ''),
    ('dsl pas dispo', 'no', 0, ''),
    ("j'peux pas ce soir", 'no', 0, ''),
    ('ouiii 😍', 'going', 1, ''),
    ('oui oui', 'going', 1, ''),
    ('on vient à 3', 'going', 3, ''),
    ('on vient a 3', 'going', 3, ''),
    ('compte sur nous', 'asked', 0, ''),
    ('compte sur moi', 'going', 1, ''),
    ('on passera peut-être vers 21h', 'maybe', 0, ''),
    ('2 adultes 1 enfant (Léo 8 ans)', 'asked', 0, ''),
    ('2 adultes et 3 enfants', 'asked', 0, ''),
    ('oui 2 adultes 2 enfants', 'asked', 0, ''),
    ('oui nous venons à 4 dont 2 enfants', 'going', 4, ''),
    ('finalement non désolé', 'no', 0, ''),
    ('finalement non desole', 'no', 0, ''),
    ('non on est malades', 'no', 0, ''),
    ('non mon fils est malade', 'no', 0, ''),
    ("j'ai un empêchement", 'no', 0, ''),
    ('empêchement de dernière minute désolée', 'no', 0, ''),
    ('pas cette fois', 'no', 0, ''),
    ('non merci pas cette fois', 'no', 0, ''),
    ('je me désiste', 'no', 0, ''),
    ('je serai là avec mes 2 enfants', 'going', 3, ''),
    ('oui avec Léo et Emma', 'going', 3, 'Léo, Emma'),
    ('oui avec mon fils', 'going', 2, ''),
    ('oui avec mon neveu Théo', 'going', 2, 'Théo'),
    ('oui +2 (mes neveux)', 'going', 3, ''),
    ('je viendrai avec Léa (9 ans) et Hugo (6 ans)', 'going', 3, 'Léa, Hugo'),
    ('partante avec ma fille', 'going', 2, ''),
    ('ok pour moi', 'going', 1, ''),
    ('ok pour nous 4', 'going', 4, ''),
    ('on sera là tous les 4', 'going', 4, ''),
    ('oui on sera 3 (moi + 2 enfants)', 'going', 3, ''),
    ('avec plaisir', 'going', 1, ''),
    ('bien sûr', 'going', 1, ''),
    ('evidemment', 'going', 1, ''),
    ('ça marche', 'going', 1, ''),
    ('présente', 'going', 1, ''),
    ('finalement je viens', 'going', 1, ''),
    ('finalement on vient à 2', 'going', 2, ''),
    ('sans doute', 'maybe', 0, ''),
    ('pas sûre', 'maybe', 0, ''),
    ('si je peux', 'maybe', 0, ''),
    ('toute la famille', 'asked', 0, ''),
    ('moi et mes enfants', 'asked', 0, ''),
    ('oui avec les enfants', 'asked', 0, ''),
    ('on sera 3 ou 4', 'asked', 0, ''),
    ('oui pour Léo seulement', 'asked', 0, ''),
    ('mon fils viendra seul', 'asked', 0, ''),
    ('oui mais on partira tôt', 'asked', 0, ''),
    ("I'll be there", 'going', 1, ''),
    ("yes we'll be 3", 'going', 3, ''),
    ('count us in, 2 adults 2 kids', 'going', 4, ''),
    ('me and my brother', 'going', 2, ''),
    ('yes + my daughter Mia', 'going', 2, 'Mia'),
    ("I'm in", 'going', 1, ''),
    ('yep', 'going', 1, ''),
    ('sure why not', 'going', 1, ''),
    ("can't make it sorry", 'no', 0, ''),
    ('nope', 'no', 0, ''),
    ('not sure yet', 'maybe', 0, ''),
    ('idk yet', 'maybe', 0, ''),
    ('maybe, depends on work', 'maybe', 0, ''),
]

# Written after the first fixes, as a check: on the code before this session 8/30, with 6
# confident misreadings (children called « Sœur », « Belle-Sœur », « Tata », « Neveux »,
# « Tom est ravi »); 26/30 at their first run on the fixed code, 30/30 now.
WRITTEN_AFTER = [
    ('oui avec ma sœur', 'going', 2, ''),
    ('oui + ma belle-sœur', 'going', 2, ''),
    ('oui avec mon frère et ma sœur', 'going', 3, ''),
    ('oui avec tata', 'going', 2, ''),
    ('oui avec ma fille Inès et sa copine', 'going', 3, 'Inès'),
    ('chaud pour ce soir', 'going', 1, ''),
    ('dispo avec mon reuf', 'going', 2, ''),
    ('jsuis dispo', 'going', 1, ''),
    ('carrément on sera 4', 'going', 4, ''),
    ('on vient à deux', 'going', 2, ''),
    ('nous serons 5 en tout', 'going', 5, ''),
    ('on sera là', 'asked', 0, ''),
    ('non ma fille a piscine', 'no', 0, ''),
    ('non désolée on est pas dispo ce jour-là', 'no', 0, ''),
    ('peut-être, ça dépend de la météo', 'maybe', 0, ''),
    ('je sais pas encore', 'maybe', 0, ''),
    ('flemme', 'no', 0, ''),
    ('ouais moi + 2 potes', 'going', 3, ''),
    ('oui avec mes neveux', 'asked', 0, ''),
    ('oui 2 enfants (7 et 10 ans)', 'going', 3, ''),
    ('yes with my niece Lily', 'going', 2, 'Lily'),
    ("I'm down", 'going', 1, ''),
    ("nah I'll pass", 'no', 0, ''),
    ("we're in, all 3 of us", 'going', 3, ''),
    ('maybe if I finish work early', 'maybe', 0, ''),
    ('oui mon fils Tom est ravi', 'asked', 0, ''),
    ("d'accord", 'going', 1, ''),
    ('pourquoi pas', 'going', 1, ''),
    ("jpeux pas j'ai cours", 'no', 0, ''),
    ('nope sorry my son is sick', 'no', 0, ''),
]

# The edges of this session's rules (a child alone, names in brackets, a number's detail,
# « moi » before a no), written last: 11/15 on the code before this session (« oui
# seulement Léo et Zoé » booked 3 seats; names in brackets were refused), 15/15 now.
EDGES = [
    ('oui seulement Léo et Zoé', 'asked', 0, ''),
    ('oui juste moi et Tom', 'going', 2, 'Tom'),
    ('oui Zoé (8-11)', 'going', 2, 'Zoé'),
    ('oui Tom, Zoé (8-11)', 'going', 3, 'Tom, Zoé'),
    ('oui Léa 9 ans', 'going', 2, 'Léa'),
    ('oui +1 mon mari', 'going', 2, ''),
    ('oui avec mon fils Will', 'going', 2, 'Will'),
    ('peut-être +2', 'maybe', 0, ''),
    ('moi non', 'asked', 0, ''),
    ('oui on sera 3 avec Tom', 'asked', 0, ''),
    ('on vient avec Tom', 'asked', 0, ''),
    ('oui 2 enfants (Léo et Zoé)', 'going', 3, 'Léo, Zoé'),
    ('oui 2 enfants (Léo 8 ans et Zoé 5 ans)', 'going', 3, 'Léo, Zoé'),
    ('oui avec ma fille (Léa)', 'going', 2, 'Léa'),
    ('2 adultes 1 enfant (Léo 8 ans)', 'asked', 0, ''),
]


async def _outcomes(bot: Bot, replies: list[tuple[str, str, int, str]]
                    ) -> list[tuple[str, str, int, str]]:
    """What each reply leaves, on its own event: (typed, answer or "asked", seats of a yes,
    the children named)."""
    storage, got = bot.core.storage, []
    for index, (typed, *_) in enumerate(replies):
        day, minute = 5 + index // 50, index % 50
        event_id = await new_event(bot, f"Soirée jeux | 2026-12-{day:02d} 20:{minute:02d} | 30")
        user = f"parent{index}"
        await bot.say(f"/participer {event_id} {typed}", user=user)
        member = await storage.members.find(bot.platform.platform, user)
        state, seats, names = None, 0, ""
        if member is not None:
            state = await storage.rsvps.state_of(event_id, member.id)
            if state == "going":
                seats = next((a.seats for a in await storage.rsvps.attendees(event_id)
                              if a.member_id == member.id), 0)
            names = ", ".join(c.first_name for n in await storage.party.export(member.id)
                              for c in n.children)
        got.append((typed, state or "asked", seats, names))
    return got


async def test_answers_written_before_reading_the_rules(bot: Bot) -> None:
    got = await _outcomes(bot, WRITTEN_FIRST)
    wrong = [(want, have) for want, have in zip(WRITTEN_FIRST, got, strict=True)
             if want != have]
    assert not wrong, wrong


async def test_answers_written_after_the_first_fixes(bot: Bot) -> None:
    got = await _outcomes(bot, WRITTEN_AFTER)
    wrong = [(want, have) for want, have in zip(WRITTEN_AFTER, got, strict=True)
             if want != have]
    assert not wrong, wrong


async def test_the_edges_of_these_rules(bot: Bot) -> None:
    got = await _outcomes(bot, EDGES)
    wrong = [(want, have) for want, have in zip(EDGES, got, strict=True) if want != have]
    assert not wrong, wrong


async def test_a_yes_in_slang_names_no_child(bot: Bot) -> None:
    """« /participer 3 grave chaud » read « inscrit·e pour 2 places … Enfants notés :
    Chaud »: a seat taken from the waitlist, « Chaud » on the door list."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    for user, typed in (("teen1", "grave chaud"), ("teen2", "trop chaud"),
                        ("teen3", "chaud 🔥")):
        said = plain(await bot.say(f"/participer {event_id} {typed}", user=user))
        assert "pour 1 place" in said and "Enfants notés" not in said, (typed, said)


async def test_a_sister_written_with_the_ligature_is_no_child(bot: Bot) -> None:
    """« oui avec ma sœur » (œ, as a phone's French keyboard writes it) read « Enfants
    notés : Sœur »: « sœur » was not « soeur » to the bot."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    for user, typed in (("ines", "oui avec ma sœur"), ("hugo", "oui + ma belle-sœur"),
                        ("lina", "oui avec tata")):
        said = plain(await bot.say(f"/participer {event_id} {typed}", user=user))
        assert "pour 2 places" in said and "Enfants notés" not in said, (typed, said)


async def test_a_sentence_about_a_child_is_no_name(bot: Bot) -> None:
    """« oui mon fils Tom est ravi » noted a child called « Tom est ravi »; « non mon fils
    est malade » was refused (« Les prénoms des enfants vont avec « oui » ») and the seat
    stayed taken."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} oui mon fils Tom est ravi",
                               user="sara"))
    assert "Enfants notés" not in said and "Rien n'est réservé" in said, said
    await bot.say(f"/participer {event_id} oui", user="nora")
    said = plain(await bot.say(f"/participer {event_id} non mon fils est malade", user="nora"))
    assert "vous ne venez pas" in said and "prénoms" not in said, said


async def test_a_child_alone_is_asked_not_booked_with_the_parent(bot: Bot) -> None:
    """« oui pour Léo seulement »: Léo without his parent? The bot books the one answering;
    a child alone is the team's to say. Before, it booked two seats and named Léo."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} oui pour Léo seulement", user="ana"))
    assert "sans vous" in said and "l'équipe du Focus" in said, said
    assert f"/participer {event_id} oui +1" in said and "inscrit" not in said, said
    english = plain(await bot.say(f"/rsvp {event_id} yes only Mia", user="ben", locale="en"))
    assert "without you" in english and "Focus team" in english, english
    assert (await bot.core.storage.rsvps.counts(event_id)).going_seats == 0


async def test_adults_and_children_are_asked_with_the_whole_count(bot: Bot) -> None:
    """« oui 2 adultes 2 enfants » was asked « Si vous êtes 2 en tout : … oui +1 » (the
    children left out: a family of four following it held two seats)."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} oui 2 adultes 2 enfants", user="eva"))
    assert "Si vous êtes 4 en tout" in said and f"/participer {event_id} oui +3" in said, said


async def test_people_counted_without_yes_are_asked_how_many(bot: Bot) -> None:
    """« /participer 3 2 adultes et 3 enfants » (no « oui ») read « « adultes » : répondez
    par oui, peut-être ou non »: the bot quoted one word back. The same question as with
    « oui » is what they need: 5 in all, or besides you? Nothing booked meanwhile."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 30")
    said = plain(await bot.say(f"/participer {event_id} 2 adultes et 3 enfants", user="eva"))
    assert "en vous comptant" in said and f"/participer {event_id} oui +4" in said, said
