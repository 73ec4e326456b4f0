"""Session 9 (faq2): a sixth set of 60 messages, written from the seed article alone BEFORE
reading commands/faq/understand.py, from people the earlier sets missed: grandparents, an
English-speaking family visiting Alès, a teacher who wants to bring a class, another
association, a journalist, someone angry, two things in one message, voice dictation without
punctuation. Labels as in session 8 (keys joined by +, alternatives by |; unknown = an honest
« je ne sais pas »; programme = the programme; small = a short polite reply; quiet = the
pointer to /rappels non). Same judge as session 8.

A fixed random 20 (`HELD`, seed 9_2026_11_27_6) were not looked at while fixing, with two
leaks: the held figure (a count, no rows) was printed by the first runs, and one held row
(« je suis prof de techno… ») was read while debugging; one rules test used a held row's text
(« Le Focus est financé par la ville ? »), written from the set before the split was known.
Before any change (rules of commit 44f3ce6): all 46/60; tuned 32/40 (3 confident wrong);
held out 14/20 (3 confident wrong). After the general rules (tests/test_s9_faq2_rules.py),
the one look at the held rows: all 55/60; tuned 40/40 (0); held out 15/20 (3), of which the
18 rows never seen nor used: 14/18 before and after. Then the held misses were fixed by
general rules too (no longer held out): held 18/20, 0 confident wrong; all 58/60.
`pytest -s tests/test_s9_faq2_sixth.py` prints the tuned figure; `S9_SHOW_HELD=1` prints the
held figure and lists its misses.
"""

from __future__ import annotations

import os
import random

from test_s7_faq_heldout import right
from test_s8_faq_heldout import judged8

from commands.faq.answers import shipped
from recording import Bot

ROWS: list[tuple[str, str, str]] = [
    # Grandparents
    ("Bonjour je suis la grand-mère de Lucas 10 ans, est-ce qu'il peut s'inscrire chez vous ?",
     'fr', 'inscription|public|public+inscription'),
    ('BONJOUR JE VOUDRAIS SAVOIR OU VOUS ETES SITUES MERCI', 'fr', 'adresse'),
    ('nous sommes retraités, y a-t-il des activités pour les personnes âgées ?',
     'fr', 'public|public+activites'),
    ("je ne connais rien aux ordinateurs, je peux apprendre quand même ?", 'fr', 'public'),
    ("mon petit-fils vient chez nous à noël, est-ce qu'il y a quelque chose pour lui pendant"
     ' les vacances ?', 'fr', 'programme|unknown'),
    ("Est-ce que c'est cher ? nous avons une petite retraite", 'fr', 'tarifs'),
    ('Il y a des escaliers ? je marche avec une canne', 'fr', 'unknown'),
    ('on peut venir voir les photos des enfants ? y a-t-il une exposition',
     'fr', 'unknown|programme'),
    # An English-speaking family visiting Alès
    ("Hi! We're a family from Manchester visiting Alès next week, can the kids join a workshop?",
     'en', 'public|inscription|programme|public+inscription'),
    ('Do you speak English there?', 'en', 'unknown'),
    ('is it suitable for a 7 year old', 'en', 'public'),
    ('how much is it for tourists', 'en', 'tarifs'),
    ('where exactly is Rochebelle? is it far from the train station',
     'en', 'adresse|adresse+unknown'),
    ('Are there English lessons for kids?', 'en', 'activites'),
    ("what's on this saturday", 'en', 'programme'),
    ('do we need to book in advance or can we just drop in',
     'en', 'inscription|unknown|inscription+unknown'),
    # A teacher who wants to bring a class
    ('Bonjour, je suis professeure de français au collège, est-il possible de venir avec ma'
     ' classe de 4e ?', 'fr', 'unknown'),
    ("vous proposez des ateliers d'éducation aux médias pour les scolaires ?",
     'fr', 'unknown|activites'),
    ('combien coûte une sortie scolaire chez vous pour 25 élèves', 'fr', 'unknown|tarifs'),
    ("le labo photo argentique peut accueillir combien d'élèves ?", 'fr', 'unknown'),
    ('je suis prof de techno, est-ce que vous avez des logiciels de montage ?',
     'fr', 'equipement'),
    ("peut-on réserver le studio d'enregistrement pour un projet de classe ?",
     'fr', 'unknown|equipement+unknown'),
    ("mes élèves de 3e cherchent un stage d'observation, vous en prenez ?", 'fr', 'unknown'),
    # Another association
    ('Bonjour, nous sommes une association de quartier à Alès, comment peut-on monter un'
     ' partenariat avec vous ?', 'fr', 'unknown|meltingphot|inscription'),
    ("est-ce que vous prêtez votre salle à d'autres associations ?", 'fr', 'unknown'),
    ('vous avez des subventions de qui ?', 'fr', 'tarifs|meltingphot'),
    ('qui est le responsable de meltingphot ?', 'fr', 'meltingphot|unknown'),
    ("depuis quand existe l'association ?", 'fr', 'meltingphot'),
    ("on voudrait organiser une projection chez vous, c'est possible ?", 'fr', 'unknown'),
    ('Comment devenir bénévole au Focus ?', 'fr', 'unknown|inscription'),
    # A journalist
    ('Bonjour, journaliste à Midi Libre, je souhaiterais interviewer les responsables, qui'
     ' contacter ?', 'fr', 'unknown|meltingphot|inscription'),
    ("quand a lieu l'inauguration officielle ?", 'fr', 'inauguration'),
    ('quel est le budget du projet ?', 'fr', 'unknown'),
    ('combien de jeunes fréquentent le lieu actuellement ?', 'fr', 'unknown'),
    ('quels équipements avez-vous ?', 'fr', 'equipement'),
    ('Le Focus est financé par la ville ?', 'fr', 'tarifs|meltingphot'),
    # Someone angry
    ("c'est nul votre truc", 'fr', 'small|unknown'),
    ("ça fait 3 fois que je pose la question et personne répond !!!", 'fr', 'small|unknown'),
    ('votre bot sert à rien', 'fr', 'small|unknown'),
    ("pourquoi c'est payant alors que c'est subventionné ???", 'fr', 'tarifs'),
    ("j'ai inscrit ma fille et personne ne l'a rappelée, c'est scandaleux",
     'fr', 'unknown|small'),
    ("franchement les horaires c'est n'importe quoi, vous ouvrez quand ???",
     'fr', 'horaires|inauguration|horaires+inauguration'),
    ("arrêtez de m'envoyer des messages", 'fr', 'quiet'),
    # Two things in one message
    ("c'est pour quel age et c'est combien", 'fr', 'public+tarifs'),
    ('ou est ce que c est et a quelle heure ca ouvre', 'fr', 'adresse+horaires'),
    ('how much does it cost and is there a recording studio', 'en', 'tarifs+equipement'),
    ("qui organise et comment on s'inscrit ?", 'fr', 'meltingphot+inscription'),
    ("Vous avez un labo photo ? Et c'est gratuit ?", 'fr', 'equipement+tarifs'),
    ("y a un parking et c'est où exactement ?", 'fr', 'adresse+unknown'),
    ("c'est quoi le focus et ça ouvre quand", 'fr', 'lefocus+inauguration'),
    ('est ce que ya des jeux de société et des films', 'fr', 'activites'),
    # Voice dictation, no punctuation
    ('bonjour je voudrais savoir si mon fils qui a 15 ans peut venir faire de la musique chez'
     ' vous merci beaucoup',
     'fr', 'public|equipement|activites|public+equipement|public+activites'),
    ("oui bonjour c'est pour savoir combien ça coûte les ateliers photo point d'interrogation",
     'fr', 'tarifs'),
    ('est-ce que vous êtes ouvert le dimanche', 'fr', 'horaires'),
    ("alors voilà ma fille elle aimerait devenir réalisatrice est-ce que vous pouvez l'aider",
     'fr', 'metiers'),
    ("bonjour c'est où le focus c'est à rochebelle c'est ça", 'fr', 'adresse'),
    ('je voudrais inscrire mes deux enfants comment on fait', 'fr', 'inscription'),
    ('est ce qu il y a quelqu un pour encadrer les jeunes pendant les ateliers', 'fr', 'unknown'),
    ("salut c'est quoi le programme de la semaine prochaine", 'fr', 'programme'),
    ('bonjour est ce que vous avez des cours de guitare',
     'fr', 'unknown|activites+unknown|equipement+unknown'),
]

HELD = frozenset(random.Random(9_2026_11_27_6).sample(range(len(ROWS)), 20))


async def score(bot: Bot) -> dict[str, list[tuple[str, str, set[str]]]]:
    misses: dict[str, list[tuple[str, str, set[str]]]] = {
        "dev": [], "held": [], "bluff": [], "bluff_held": []}
    topics = {e.key for e in shipped()}
    for i, (question, locale, expected) in enumerate(ROWS):
        got = judged8(await bot.say(question, user=f"s9b{i}", locale=locale), locale)
        if not right(got, expected):
            part = "held" if i in HELD else "dev"
            misses[part].append((question, expected, got))
            wanted = {k for choice in expected.split("|") for k in choice.split("+")}
            if (got & topics) - wanted:
                misses["bluff_held" if part == "held" else "bluff"].append(
                    (question, expected, got))
    return misses


async def test_the_sixth_set(bot: Bot) -> None:
    assert len(ROWS) == 60 and all(len(r) == 3 for r in ROWS)
    misses = await score(bot)
    held, dev = len(HELD), len(ROWS) - len(HELD)
    print(f"\ns9 sixth set: tuned {dev - len(misses['dev'])}/{dev}, confident wrong "
          f"{len(misses['bluff'])}")
    if os.environ.get("S9_SHOW_HELD"):  # the held-out part: its figure only when asked
        print(f"all {60 - len(misses['dev']) - len(misses['held'])}/60; held out "
              f"{held - len(misses['held'])}/{held}; confident wrong {len(misses['bluff_held'])}")
    shown = misses["dev"] + (misses["held"] if os.environ.get("S9_SHOW_HELD") else [])
    for question, expected, got in shown:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    # The figures of the fixes' last run: the FAQ may get better, never worse.
    assert len(misses["dev"]) == 0 and len(misses["bluff"]) == 0, misses["dev"]
    assert len(misses["held"]) <= 2 and len(misses["bluff_held"]) == 0
