"""Session 11 (faq11): a ninth set of 60 messages, written from the seed article alone BEFORE
reading commands/faq (only the eleven topics' keys were listed): parents on a phone (no
accents, typos, SMS spellings), teenagers on Discord (slang, English mixed in) and newcomers
(a teacher, a photographer, an English-speaking family, someone retraining). Labels as in
sessions 8-10 (keys joined by +, alternatives by |; unknown = an honest « je ne sais pas »;
programme = the programme; small = a short polite reply). Same judge as session 8.

Traps again: a word the article knows inside a question it does not answer (« garderie »
during the workshops, a rehearsal room for a rock band, guitar lessons, a school class's
visit, holiday « stages »): only « je ne sais pas » and where to ask is right there.

A fixed random 20 (`HELD`, seed 11_2026_11_27) were not looked at while fixing the 40 others,
and looked at once at the end. Before any change (rules of the tree at the round's start):
tuned 33/40 (0 confident wrong on another topic, but « peut-on venir avec une classe ? » got
« pour tout le monde » and the future journalist « C'est pour qui ? »), held out 15/20 (1
confident wrong), all 48/60. After the rules for the tuned 40: tuned 40/40 (0), held out
still 15/20 with the same 1 confident wrong (a photographer offering to run a workshop got
the activities): the honest figure for questions never tuned on. Then the held misses were
fixed by general rules too (20/20, so no longer untouched): all 60/60, 0 confident wrong.
`pytest -s tests/test_s11_faq11_ninth.py` prints the tuned figure; `S11_SHOW_HELD=1` prints
the held figure and lists its misses.
"""

from __future__ import annotations

import os
import random

from test_s7_faq_heldout import right
from test_s8_faq_heldout import judged8

from commands.faq.answers import shipped
from recording import Bot

ROWS: list[tuple[str, str, str]] = [
    # Parents on a phone
    ('bonjour mon fils a 12 ans il peut faire de la video chez vous ?',
     'fr', 'activites|equipement|activites+equipement|public+activites|public+equipement'),
    ('c combien l heure ?', 'fr', 'tarifs'),
    ('est ce que c gratuit pour les enfants du quartier', 'fr', 'tarifs|tarifs+public'),
    ('vous etes a cote de quoi a rochebelle ?', 'fr', 'adresse|unknown|adresse+unknown'),
    ('ca ouvre quand exactement', 'fr', 'inauguration|horaires|inauguration+horaires'),
    ('il faut prendre rendez vous pour s inscrire ?',
     'fr', 'inscription|unknown|inscription+unknown'),
    ('ma fille de 15 ans voudrait faire journaliste plus tard vous pouvez l aider',
     'fr', 'metiers|metiers+public'),
    ('Y a t il une garderie pendant les ateliers ?', 'fr', 'unknown'),
    ('on peut venir en famille le soir pour les jeux de societe ?',
     'fr', 'activites|programme|activites+public|public'),
    ('mon mari est au chomage, il peut se reconvertir chez vous ?',
     'fr', 'metiers|public|metiers+public'),
    ('bonjour est ce qu il y a un parking', 'fr', 'unknown'),
    ('Les ateliers durent combien de temps', 'fr', 'unknown'),
    ('c est quoi meltingphot exactement ?', 'fr', 'meltingphot'),
    ('Est-ce que les films projetés sont adaptés aux enfants ?',
     'fr', 'unknown|activites+unknown'),
    ('le labo photo argentique c est pour les debutants aussi ?',
     'fr', 'equipement|public|equipement+public|lefocus'),
    ('on paye par mois ou a l annee ?', 'fr', 'unknown|tarifs+unknown|tarifs'),
    ('Bonjour, c’est bien à Alès ?', 'fr', 'adresse'),
    ('Qui finance le focus', 'fr', 'tarifs|meltingphot|meltingphot+tarifs'),
    ('merci pour votre reponse rapide', 'fr', 'small'),
    ('Mon fils est en CFA, vous avez des partenariats ?', 'fr', 'metiers'),
    # Teenagers on Discord
    ('yo on peut faire du beatmaking ?', 'fr', 'equipement|activites|equipement+activites'),
    ('c payant le studio ou pas', 'fr', 'tarifs|tarifs+equipement'),
    ('y a moyen d apprendre le montage sur premiere pro',
     'fr', 'activites|equipement|activites+equipement|equipement+unknown'),
    ('genre ya des masterclass avec des vrais pros ?', 'fr', 'activites'),
    ('jpeux devenir youtubeur grace a vous ou quoi', 'fr', 'metiers'),
    ('wesh vous avez des ps5', 'fr', 'unknown'),
    ('cest ou rochebelle mdr', 'fr', 'adresse'),
    ('ça ouvre le mercredi aprem ?', 'fr', 'horaires'),
    ('faut etre majeur ?', 'fr', 'public'),
    ('is it free for students', 'en', 'tarifs|tarifs+public'),
    ('bro do u have a darkroom', 'en', 'equipement'),
    ('yo c quand la prochaine soirée film', 'fr', 'programme|activites'),
    ('jpeux venir avec ma copine ?', 'fr', 'public|join|inscription'),
    ('vous recrutez des stagiaires en graphisme ?', 'fr', 'unknown'),
    ('c qui le boss du focus', 'fr', 'meltingphot|unknown'),
    ('whats le focus even', 'en', 'lefocus'),
    ('ya des cours de guitare ?', 'fr', 'unknown|equipement+unknown'),
    ('on peut jouer a des jeux de societe la bas ?', 'fr', 'activites|programme'),
    ('cimer frr', 'fr', 'small'),
    ('how do i sign up', 'en', 'inscription'),
    # Newcomers and others
    ('Bonjour, je suis professeure au lycée, peut-on venir avec une classe ?',
     'fr', 'unknown|public+unknown'),
    ('Hello, we just moved to Alès with two kids, what is Le Focus?', 'en', 'lefocus'),
    ('Is there an age limit?', 'en', 'public'),
    ("Quand a lieu l'inauguration et c'est ouvert à tous ?", 'fr', 'inauguration+public'),
    ('Je suis photographe professionnel, je peux animer un atelier chez vous ?',
     'fr', 'unknown'),
    ('Do you offer English classes for adults?', 'en', 'activites|unknown|activites+unknown'),
    ('Où se trouve exactement le local ? Quelle rue ?', 'fr', 'adresse|unknown|adresse+unknown'),
    ('Il faut être adhérent pour participer aux ateliers gratuits ?',
     'fr', 'inscription|unknown|inscription+unknown|tarifs+unknown'),
    ('Vous êtes une association ?', 'fr', 'meltingphot|lefocus'),
    ("Combien coûte l'adhésion ?", 'fr', 'inscription|unknown|inscription+unknown'),
    ("Est-ce qu'il y a des ateliers pour les seniors ?", 'fr', 'public|activites+public'),
    ("What's the website?", 'en', 'inscription'),
    ('Je cherche un lieu pour répéter avec mon groupe de rock',
     'fr', 'unknown|equipement+unknown'),
    ('Vous proposez du soutien scolaire ?', 'fr', 'unknown'),
    ("c'est quoi les horaires d'ouverture en semaine", 'fr', 'horaires'),
    ('Can adults with no experience join?', 'en', 'public'),
    ('Bonjour, y a-t-il des ateliers de graphisme ?', 'fr', 'activites|equipement'),
    ("Est-ce que la mairie d'Alès soutient le projet ?",
     'fr', 'tarifs|meltingphot|meltingphot+tarifs'),
    ("On peut venir juste pour visiter avant de s'inscrire ?", 'fr', 'unknown'),
    ('Vous faites des stages pendant les vacances de Noël ?', 'fr', 'unknown'),
]
HELD = frozenset(random.Random(11_2026_11_27).sample(range(len(ROWS)), 20))


async def score(bot: Bot) -> dict[str, list[tuple[str, str, set[str]]]]:
    misses: dict[str, list[tuple[str, str, set[str]]]] = {
        "dev": [], "held": [], "bluff": [], "bluff_held": []}
    topics = {e.key for e in shipped()}
    for i, (question, locale, expected) in enumerate(ROWS):
        got = judged8(await bot.say(question, user=f"s11f{i}", locale=locale), locale)
        if not right(got, expected):
            part = "held" if i in HELD else "dev"
            misses[part].append((question, expected, got))
            wanted = {k for choice in expected.split("|") for k in choice.split("+")}
            if (got & topics) - wanted:
                misses["bluff_held" if part == "held" else "bluff"].append(
                    (question, expected, got))
    return misses


async def test_the_ninth_set(bot: Bot) -> None:
    assert len(ROWS) == 60 and all(len(r) == 3 for r in ROWS)
    misses = await score(bot)
    held, dev = len(HELD), len(ROWS) - len(HELD)
    print(f"\ns11 ninth set: tuned {dev - len(misses['dev'])}/{dev}, confident wrong "
          f"{len(misses['bluff'])}")
    if os.environ.get("S11_SHOW_HELD"):  # the held-out part: its figure only when asked
        print(f"all {60 - len(misses['dev']) - len(misses['held'])}/60; held out "
              f"{held - len(misses['held'])}/{held}; confident wrong {len(misses['bluff_held'])}")
    shown = misses["dev"] + (misses["held"] if os.environ.get("S11_SHOW_HELD") else [])
    for question, expected, got in shown:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    assert len(misses["dev"]) == 0 and len(misses["bluff"]) == 0, misses["dev"]
    assert len(misses["held"]) == 0 and len(misses["bluff_held"]) == 0, misses["held"]
