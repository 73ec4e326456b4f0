"""Session 12 (faq12): a tenth set of 60 messages, written from the seed article alone BEFORE
reading commands/faq (only the eleven topics' keys were listed): parents on a phone, teenagers
on Discord (slang), newcomers (someone retraining, a photographer, a new neighbour) and
English speakers. Labels as in sessions 8-11 (keys joined by +, alternatives by |; unknown =
an honest « je ne sais pas »; programme = the programme; small = a short polite reply). Same
judge as session 8.

Traps: a word the article knows inside a question it does not answer (Photoshop by name, a
studio to rent by the hour, an exhibition of one's own photos, a computer class, a canteen, a
birthday party, cash payment): only « je ne sais pas » and where to ask is right there.

A fixed random 20 (`HELD`, drawn with random.Random(1212) over the numbers 1-60 as the probes
were written) were not looked at while fixing the 40 others, and looked at once at the end.
Before any change (the tree at the round's start): tuned 29/40 with 3 confident answers on a
topic not asked (« ya des stages de 3e ? » the careers, « … de la pellicule ? » the activities,
« apprendre à se servir d'un ordinateur » the equipment; « combien coute une heure d'atelier »
got the programme, "Do I need to speak French?" the bot's /langue line), held out 17/20 with 0.
After the general rules for the tuned 40: tuned 38/40 (0 confident wrong), held out, looked at
once, still 17/20 (0 confident wrong on another topic, but « vs avez photoshop ? » got the
equipment answer, which names no software: it reads as a yes), all 55/60: the honest figure.
`pytest -s` prints the tuned figure, `S12_SHOW_HELD=1` the held one and its misses.
"""

from __future__ import annotations

import os
import random

from test_s7_faq_heldout import right
from test_s8_faq_heldout import judged8

from commands.faq.answers import shipped
from recording import Bot

ROWS: list[tuple[str, str, str]] = [
    # Parents on a phone (Telegram)
    ("bonsoir, c'est où exactement le focus ?", 'fr', 'adresse'),
    ('il faut une formation avant pour venir aux ateliers ?', 'fr', 'public'),
    ('mon fils a 15 ans il aime la photo, il y a quoi pour lui',
     'fr', 'activites|equipement|activites+equipement|public+activites'),
    ("c'est payant ?", 'fr', 'tarifs'),
    ("combien coute une heure d'atelier", 'fr', 'tarifs'),
    ('vous avez un labo photo argentique ?', 'fr', 'equipement'),
    ('on peut enregistrer une chanson chez vous ?', 'fr', 'equipement'),
    ('qui sont les responsables du focus', 'fr', 'meltingphot|unknown'),
    ("est-ce qu'il y a une cantine ou on peut manger sur place", 'fr', 'unknown'),
    ('vous êtes ouverts pendant les vacances scolaires ?', 'fr', 'unknown|horaires'),
    ('y a un ascenseur ?', 'fr', 'unknown'),
    ("c'est l'association MeltingPhot qui gère ?", 'fr', 'meltingphot'),
    ("le cours d'anglais c'est quel jour ?", 'fr', 'programme|unknown|activites+unknown'),
    ('il faut adhérer pour participer ?', 'fr', 'inscription'),
    ('comment je paie, en espèces ?', 'fr', 'unknown|tarifs+unknown'),
    ("mon ado veut devenir réalisateur, vous pouvez l'aider ?", 'fr', 'metiers'),
    ("c'est pour les jeunes seulement ou aussi les retraités ?", 'fr', 'public'),
    ("quand est l'inauguration ?", 'fr', 'inauguration'),
    ("il y aura quoi à l'inauguration", 'fr', 'inauguration'),
    ("est-ce que vous faites des anniversaires d'enfants ?", 'fr', 'unknown'),
    # Teenagers on Discord
    ('yo c koi le focus', 'fr', 'lefocus'),
    ('on peut faire du montage video la bas ?',
     'fr', 'equipement|activites|activites+equipement'),
    ('vs avez photoshop ?', 'fr', 'unknown|equipement+unknown'),
    ('jveux faire du rap, y a un studio ?', 'fr', 'equipement'),
    ('cest gratos ?', 'fr', 'tarifs'),
    ('y a des soirées jeux ?', 'fr', 'activites|programme'),
    ('on peut venir jouer a fortnite', 'fr', 'unknown'),
    ('jpeux devenir youtubeur grace a vous ?', 'fr', 'metiers'),
    ('c ouvert a quelle heure le mercredi', 'fr', 'horaires'),
    ('ya des stages de 3e ?', 'fr', 'unknown'),
    ('c qui sabrina', 'fr', 'meltingphot|unknown'),
    ('on peut faire de la photo avec de la pellicule ?', 'fr', 'equipement'),
    ('vous faites des masterclass ?', 'fr', 'activites'),
    ('jsuis nul en dessin c grave ?', 'fr', 'public'),
    ('y a du wifi ?', 'fr', 'unknown'),
    ('cest dans quel quartier', 'fr', 'adresse'),
    ('faut ramener son ordi ?', 'fr', 'unknown'),
    ('mes potes peuvent venir aussi ?', 'fr', 'public|join|inscription'),
    ('vous apprenez a faire des beats ?', 'fr', 'equipement|activites|activites+equipement'),
    ('on peut dormir la bas lol', 'fr', 'unknown|small'),
    # Newcomers
    ("Bonjour, je viens d'emménager à Rochebelle, c'est quoi ce lieu ?", 'fr', 'lefocus'),
    ("je suis en reconversion professionnelle, est-ce que c'est pour moi ?",
     'fr', 'public|metiers|public+metiers'),
    ('vous travaillez avec des CFA ?', 'fr', 'metiers'),
    ("c'est nouveau ce lieu ?", 'fr', 'inauguration'),
    ("c'est subventionné ?", 'fr', 'tarifs|meltingphot|meltingphot+tarifs'),
    ('je peux proposer une expo de mes photos ?', 'fr', 'unknown'),
    ("comment contacter l'équipe par mail ?", 'fr', 'unknown|inscription|inscription+unknown'),
    ('il y a un site internet ?', 'fr', 'inscription'),
    ("est-ce qu'on peut louer le studio à l'heure ?", 'fr', 'unknown'),
    ("y a des ateliers pour apprendre à se servir d'un ordinateur ?", 'fr', 'unknown'),
    # English speakers
    ('Where is Le Focus?', 'en', 'adresse'),
    ('Is it free?', 'en', 'tarifs'),
    ('Do you have a darkroom?', 'en', 'equipement'),
    ('What age is it for?', 'en', 'public'),
    ('Who runs this place?', 'en', 'meltingphot|lefocus|meltingphot+lefocus'),
    ('Can I record a podcast there?', 'en', 'equipement'),
    ('Are there film screenings?', 'en', 'activites|programme'),
    ('When does it open?', 'en', 'inauguration|horaires|inauguration+horaires'),
    ('Do you offer English lessons for kids?', 'en', 'activites+unknown|unknown'),
    ('Do I need to speak French?', 'en', 'unknown'),
]
# The numbers drawn when the probes were written (1-based): looked at once, at the end.
HELD_NUMBERS = sorted(random.Random(1212).sample([f"{i:02d}" for i in range(1, 61)], 20))
HELD = frozenset(int(n) - 1 for n in HELD_NUMBERS)


async def score(bot: Bot) -> dict[str, list[tuple[str, str, set[str]]]]:
    misses: dict[str, list[tuple[str, str, set[str]]]] = {
        "dev": [], "held": [], "bluff": [], "bluff_held": []}
    topics = {e.key for e in shipped()}
    for i, (question, locale, expected) in enumerate(ROWS):
        got = judged8(await bot.say(question, user=f"s12f{i}", locale=locale), locale)
        if not right(got, expected):
            part = "held" if i in HELD else "dev"
            misses[part].append((question, expected, got))
            wanted = {k for choice in expected.split("|") for k in choice.split("+")}
            if (got & topics) - wanted:
                misses["bluff_held" if part == "held" else "bluff"].append(
                    (question, expected, got))
    return misses


async def test_the_tenth_set(bot: Bot) -> None:
    assert len(ROWS) == 60 and all(len(r) == 3 for r in ROWS) and len(HELD) == 20
    misses = await score(bot)
    held, dev = len(HELD), len(ROWS) - len(HELD)
    print(f"\ns12 tenth set: tuned {dev - len(misses['dev'])}/{dev}, confident wrong "
          f"{len(misses['bluff'])}")
    if os.environ.get("S12_SHOW_HELD"):  # the held-out part: its figure only when asked
        print(f"all {60 - len(misses['dev']) - len(misses['held'])}/60; held out "
              f"{held - len(misses['held'])}/{held}; confident wrong {len(misses['bluff_held'])}")
    shown = misses["dev"] + (misses["held"] if os.environ.get("S12_SHOW_HELD") else [])
    for question, expected, got in shown:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    # The figures of the fixes' last run: the FAQ may get better, never worse.
    assert len(misses["dev"]) <= 2 and len(misses["bluff"]) == 0, misses["dev"]
    assert len(misses["held"]) <= 3 and len(misses["bluff_held"]) == 0, len(misses["held"])
