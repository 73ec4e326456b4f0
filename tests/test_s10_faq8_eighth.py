"""Session 10 (faq8): an eighth set of 60 messages, written from the seed article alone BEFORE
reading commands/faq (only the eleven topics' keys were listed): parents on a phone (no
accents, typos, SMS spellings), teenagers on Discord (slang, English mixed in) and newcomers
(someone who just moved to Alès, an adult retraining, an English speaker). Labels as in
session 8 (keys joined by +, alternatives by |; unknown = an honest « je ne sais pas »;
programme = the programme; small = a short polite reply; dym = « vouliez-vous dire »). A row
with « ⏎ » is a conversation: the messages before it are sent first by the same member, only
the last reply is judged. Same judge as session 8.

Many rows are traps the article cannot answer although a word it knows is in them
(« accessible » for a wheelchair is not the article's « accessibilité » of prices, "workshops
in English" are not the English classes, « PC gamer » is not the graphics workstations):
there only « je ne sais pas » and where to ask is right.

A fixed random 20 (`HELD`, seed 10_2026_11_27_8) were not looked at while fixing the 40
others, and looked at once at the end. Before any change (rules of commit dd5d3ef): tuned
36/40 (2 confident wrong: « les cours d'anglais c'est pour les adultes ou les enfants ? » got
« C'est pour qui ? », the phone number got how to register; that second label was then
widened, see `WIDENED`: 37/40 with it), held out 13/20 (2 confident wrong), all 49/60
(50/60 widened). After the rules of tests/test_s10_faq8_rules.py for the tuned 40: tuned
40/40 (0), held out still 13/20 with the same 2 confident wrong (« des ateliers de dessin
pour ma fille de 8 ans » got « pour tout le monde », "Do you run the workshops in English?"
the English classes): the honest figure for questions never tuned on. Then the held misses
were fixed by general rules too (20/20, so no longer untouched): all 60/60, 0 confident
wrong.
`pytest -s tests/test_s10_faq8_eighth.py` prints the tuned figure; `S10_SHOW_HELD=1` prints the
held figure and lists its misses.
"""

from __future__ import annotations

import os
import random

from test_s7_faq_heldout import right
from test_s8_faq_heldout import judged8

from commands.faq.answers import shipped
from recording import Bot

THEN = " ⏎ "

ROWS: list[tuple[str, str, str]] = [
    # Parents on a phone
    ('bonjour c ou exactement le focus svp', 'fr', 'adresse'),
    ('Bonsoir, est ce que mon fils de 10 ans peut s inscrire ?',
     'fr', 'public|inscription|public+inscription'),
    ('cest payant les ateliers photo ?', 'fr', 'tarifs'),
    ('combien pour 1h d atelier', 'fr', 'tarifs'),
    ('Ya t il des cours d anglais pour les enfants',
     'fr', 'activites|unknown|activites+unknown'),
    ('bjr est ce que c est la mairie qui gere le focus',
     'fr', 'meltingphot|tarifs|meltingphot+tarifs'),
    ('Mon fils veut faire de la musique vous avez un studio ?', 'fr', 'equipement'),
    ('est ce quil faut adherer pour venir aux soirees jeux',
     'fr', 'inscription|unknown|inscription+unknown'),
    ('Vous etes ouvert le dimanche ?', 'fr', 'horaires'),
    ("ma fille est en fauteuil roulant, c'est accessible ?", 'fr', 'unknown'),
    ('Il y a un goûter pour les enfants ?', 'fr', 'unknown'),
    ('faut il apporter son appareil photo', 'fr', 'unknown|equipement+unknown'),
    ('Quel est le numero de telephone du focus', 'fr', 'unknown'),
    ("C'est securisé ? les enfants sont surveillés ?", 'fr', 'unknown'),
    ("Bonjour je suis grand-mère, est-ce que je peux rester avec mon petit-fils pendant"
     " l'atelier", 'fr', 'unknown|public+unknown'),
    ('cest quand linauguration', 'fr', 'inauguration'),
    ('Qui est le responsable ?', 'fr', 'meltingphot|unknown'),
    ('bonjour, les ateliers sont ils animés par des professionnels ?',
     'fr', 'activites|lefocus'),
    ('Y a t il une reduction pour les familles nombreuses',
     'fr', 'unknown|tarifs+unknown'),
    ('on peut payer en cheques vacances ?', 'fr', 'unknown'),
    ("les cours d'anglais c'est pour les adultes ou les enfants ?",
     'fr', 'activites|unknown|activites+unknown'),
    ("bonjour je voudrais savoir si vous faites des ateliers de dessin pour ma fille de 8 ans",
     'fr', 'activites|unknown|activites+unknown'),
    ('y a des cours de danse ?', 'fr', 'unknown'),
    ("C'est où et comment on s'inscrit ?", 'fr', 'adresse+inscription'),
    # Teenagers on Discord
    ('yo c quoi le focus frr', 'fr', 'lefocus'),
    ('ya moyen de faire du son la bas', 'fr', 'equipement|activites|equipement+activites'),
    ('c gratuit ou faut payer', 'fr', 'tarifs'),
    ('jsuis au lycée je peux venir ?', 'fr', 'public'),
    ('vous avez des PC gamer ?', 'fr', 'unknown|equipement+unknown'),
    ('on peut streamer là bas ?', 'fr', 'unknown'),
    ('is there a recording studio', 'en', 'equipement'),
    ('how much r the workshops', 'en', 'tarifs'),
    ('where is it at', 'en', 'adresse'),
    ('can i learn photoshop there', 'en', 'activites|equipement|activites+equipement'),
    ('ptdr c ouvert a quelle heure', 'fr', 'horaires'),
    ('wsh y a des soirées ?', 'fr', 'activites|programme'),
    ('jveux devenir graphiste', 'fr', 'metiers|activites|metiers+activites'),
    ('c qui meltingphot', 'fr', 'meltingphot'),
    ("vous faites de l'argentique ?", 'fr', 'equipement|activites|equipement+activites'),
    ('ya du wifi ?', 'fr', 'unknown'),
    ('on peut venir entre potes ?', 'fr', 'public|join|inscription'),
    ('bro is it open yet', 'en', 'inauguration|horaires|inauguration+horaires'),
    ('do u need to be good at drawing', 'en', 'public|lefocus'),
    ('y a des tournois fortnite ?', 'fr', 'unknown'),
    ("tu sais si y'a des filles qui viennent", 'fr', 'unknown'),
    ('frr c loin de la gare ?', 'fr', 'adresse|unknown|adresse+unknown'),
    ('slt', 'fr', 'small'),
    # Newcomers
    ("Je viens d'arriver à Alès, qu'est-ce qu'on peut faire au Focus ?",
     'fr', 'activites|lefocus'),
    ('Je suis en reconversion pro, vous proposez des formations diplomantes ?',
     'fr', 'metiers|unknown|metiers+unknown'),
    ("Hi, I'm an adult learner, are there English lessons?", 'en', 'activites'),
    ('Do you run the workshops in English?', 'en', 'unknown'),
    ('Is Le Focus run by the town hall?',
     'en', 'meltingphot|meltingphot+tarifs|tarifs+unknown'),
    ('Peut-on louer la salle pour un anniversaire ?', 'fr', 'unknown'),
    ('Vous cherchez des bénévoles ?', 'fr', 'unknown'),
    ("c'est dans quel quartier", 'fr', 'adresse'),
    ("c'est quoi votre site internet", 'fr', 'inscription'),
    ('comment on adhère a meltingphot', 'fr', 'inscription'),
    ("what do you do there and how much does it cost", 'en',
     'activites+tarifs|lefocus+tarifs'),
    ("c'est ou ?" + THEN + "et c'est ouvert le samedi ?", 'fr', 'horaires'),
    ('Merci beaucoup pour les infos, bonne soirée', 'fr', 'small'),
]

# Labels widened after the first run, each with its reason. « Quel est le numéro de
# téléphone du focus » got « Comment s'inscrire ou adhérer ? … ou vous informer : » and the
# site: the article gives no number, and earlier sets already judged that answer right
# (session 6's « t'as un numéro de téléphone ? », session 8's « c'est quoi votre numéro de
# téléphone »): no number is claimed, the site is where to ask.
WIDENED = {"Quel est le numero de telephone du focus": "inscription"}
ROWS = [(q, locale, f"{expected}|{WIDENED[q]}" if q in WIDENED else expected)
        for q, locale, expected in ROWS]
HELD = frozenset(random.Random(10_2026_11_27_8).sample(range(len(ROWS)), 20))


async def _ask(bot: Bot, question: str, user: str, locale: str) -> str:
    *before, last = question.split(THEN)
    for earlier in before:
        await bot.say(earlier, user=user, locale=locale)
    return await bot.say(last, user=user, locale=locale)


async def score(bot: Bot) -> dict[str, list[tuple[str, str, set[str]]]]:
    misses: dict[str, list[tuple[str, str, set[str]]]] = {
        "dev": [], "held": [], "bluff": [], "bluff_held": []}
    topics = {e.key for e in shipped()}
    for i, (question, locale, expected) in enumerate(ROWS):
        got = judged8(await _ask(bot, question, f"s10f{i}", locale), locale)
        if not right(got, expected):
            part = "held" if i in HELD else "dev"
            misses[part].append((question, expected, got))
            wanted = {k for choice in expected.split("|") for k in choice.split("+")}
            if (got & topics) - wanted:
                misses["bluff_held" if part == "held" else "bluff"].append(
                    (question, expected, got))
    return misses


async def test_the_eighth_set(bot: Bot) -> None:
    assert len(ROWS) == 60 and all(len(r) == 3 for r in ROWS)
    misses = await score(bot)
    held, dev = len(HELD), len(ROWS) - len(HELD)
    print(f"\ns10 eighth set: tuned {dev - len(misses['dev'])}/{dev}, confident wrong "
          f"{len(misses['bluff'])}")
    if os.environ.get("S10_SHOW_HELD"):  # the held-out part: its figure only when asked
        print(f"all {60 - len(misses['dev']) - len(misses['held'])}/60; held out "
              f"{held - len(misses['held'])}/{held}; confident wrong {len(misses['bluff_held'])}")
    shown = misses["dev"] + (misses["held"] if os.environ.get("S10_SHOW_HELD") else [])
    for question, expected, got in shown:
        print(f"  miss: {question!r} expected {expected}, read {'+'.join(sorted(got))}")
    # The figures of the fixes' last run: the FAQ may get better, never worse.
    assert len(misses["dev"]) == 0 and len(misses["bluff"]) == 0, misses["dev"]
    assert len(misses["held"]) == 0 and len(misses["bluff_held"]) == 0, misses["held"]
