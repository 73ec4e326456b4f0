"""What a member's question is about: rules on meaning words, no model and no network.

Parents and teenagers type `c combien`, `mon fils a 11 ans il peut venir`, `kel heure ça
ouvre`, without accents and with typos. A question becomes plain words (SMS spellings spelled
out, plurals and typos folded onto the words we know), then:

- conversation first: a greeting, thanks, "what's on" (the programme) or "I can't come"
  (cancel) are recognised by rules, because they are answered from the database, not from an
  article;
- then each FAQ topic scores the meaning words it contains (French and English); an
  organiser's keywords and key count too, and for entries they added, their question's
  words, so what /faqset adds is found;
- a clear winner is answered, a tie offers "did you mean", and anything else is an honest
  "I don't know that one": a wrong answer given with confidence is worse than none;
- a word no lexicon, no entry and no everyday word knows is the question's subject (« on
  peut faire du théâtre ? », « des casiers pendant l'atelier photo ? »): beside it, the words
  that only say what the question is about (« atelier », « photo », « studio », « pour
  l'inscription ») do not answer it, only what asks a topic (« combien », « où »);
- a question in parts answers each part a topic wins, and says so when another part asks
  what no topic says (a subject the article does not cover, or words no lexicon has); a part
  that asks nothing (« c'est cher ? nous avons une petite retraite ») and who the asker is
  (« je suis journaliste ») say why or who asks, not what is asked;
- a typo is one of a few letters slipped on the keyboard: a word one far-away letter from a
  meaning word is another word (« concert » is not « concept »).

Measured by tests/test_faq_corpus.py and, on questions never tuned on,
tests/test_s7_faq_heldout.py, tests/test_s8_faq_heldout.py, tests/test_s8_faq2_fourth.py,
tests/test_s9_faq.py, tests/test_s9_faq2_sixth.py and tests/test_s9_faq3_seventh.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

from bot.dates import MONTH_WORDS
from bot.text import fold, strip_accents
from bot.words import THANKS
from commands.events.parsers import KIND_WORDS

# A topic needs this many points to be answered; a runner-up this close is a tie.
CONFIDENT = 2.0
TIE_MARGIN = 0.5
# An organiser's keyword weighs a little more than a shipped meaning word: their words win.
ORGANISER_WEIGHT = 3.5
QUESTION_WEIGHT = 2.0


class Topic(Protocol):
    """An FAQ entry as the matcher sees it (commands.faq.answers.Entry)."""

    @property
    def key(self) -> str: ...

    @property
    def keywords(self) -> tuple[str, ...]: ...

    @property
    def question(self) -> dict[str, str]: ...


@dataclass(frozen=True)
class Understood:
    """`label` is a topic key, "greeting", "thanks", "programme", "cancel", "mine" (the
    asker's own answers), "join" (« je viens » written, not answered), "language" (speak
    English), "quiet" (no more reminders), "privacy" (what the bot holds of them, how to
    erase it) or "none";
    `close` are the topics of a tie, for "did you mean"; `also` the other topics of a
    question that asks several (« c'est où et c'est combien ? »), answered after `label`;
    `unknown_part`: another part of the question asks what no topic says (« c'est combien
    et y a un parking ? »), to be said honestly after the answers; `privacy_part`: another
    part asks what the bot keeps (« c combien et vous gardez mon pseudo ? »), said after.
    "who_am_i" (« t'es un robot ? »), "rude" (« t'es nul »), "laugh" (« mdr ») and "bye"
    (« bonne soirée ») are small talk; "typed_yes", "typed_yes_erase" and "typed_no" a bare
    « oui » / « oui efface tout » / « non » (a message answers no question asked with
    buttons), "forget_names" erasing the children's names, "keep_account" keeping one's
    account (after the 24-month notice), "button" a button that does not
    work, "guests" coming with others (the card's guest button)."""

    label: str
    confident: bool
    close: tuple[str, ...] = ()
    words: tuple[str, ...] = field(default=(), repr=False)
    also: tuple[str, ...] = ()
    unknown_part: bool = False
    privacy_part: bool = False


# -- plain words ------------------------------------------------------------------------------

_SMART = str.maketrans({"‘": "'", "’": "'", "`": "'", "“": '"', "”": '"', "«": " ", "»": " ",
                        "–": "-", "—": "-", "\u00a0": " ", "\u202f": " "})
# Rewrites on the whole plain text, before it is cut into words.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl) for pattern, repl in (
        (r"\baujourd\s*'?\s*hui\b", " aujourdhui "),
        (r"\b(?:c|s)\s*'?\s*est\b", " cest "),
        (r"\bqu\s*'?\s*est\s*-?\s*ce\b", " questce "),
        (r"\b(?:il\s+)?y\s*'?\s*(?:a|as|en\s+a)\b", " ya "),
        (r"\bcan\s*'?\s*t\b|\bcannot\b", " cant "),
        (r"\bwon\s*'?\s*t\b", " wont "),
        # « combien pour une heure », "per hour": a price per hour, not a time of day.
        (r"\b(?:pour une|par|de l\s*'?|per|an|by the) (?:heure|hour)\b", " lheure "),
        (r"\b(\w+)n\s*'\s*t\b", r" \1nt "),
        (r"\b(what|where|who|how|that|it|when)\s*'\s*s\b", r" \1 is "),
        # "what time is it on?", "what time's the film at?": when an event starts (written
        # under its card), not the time now (`_ELSEWHERE`'s "what time is it").
        (r"\bwhat time is (it|this|that|the \w+(?: \w+)?) (?:on|at|happening|starting)\b",
         r" what time does \1 start "),
        (r"\b(i)\s*'\s*m\b", r" \1 am "),
        # Typed without the apostrophe: "im 16", "whats le focus".
        (r"\bim\b", " i am "),
        (r"\bwhats\b", " what is "),
        (r"\b(ce|le|this|the|next)\s+(?:we|wk|wknd)\b", r" \1 weekend "),
        (r"\bweek\s*-?\s*end\b", " weekend "),
        (r"\bapres\s*-?\s*demain\b", " apresdemain "),
        (r"\bmelting\s*-?\s*phot\b", " meltingphot "),
        (r"\bsign\s*-?\s*up\b", " signup "),
        (r"\bgrown\s*-?\s*ups?\b", " adults "),
        # "how do we sign the kids up", "sign my son up for it": signing them up ("sign me
        # up" stays « I'm coming », _JOIN).
        (r"\bsign ((?:the|my|our|your|his|her|them|him)(?: \w+)?) up\b", r" signup \1 "),
        # « dis Siri, envoie au Focus … », "hey Siri send a message to Le Focus …": the
        # voice assistant's command before the dictated message, not what is asked.
        (r"^\s*(?:dis|ok|okay|hey|eh) (?:siri|google)\b(?:\s*,)?(?: (?:envoie|envoyer|ecris"
         r"|ecrire|send|text|message)\w*(?: un message| a message| un texto| un sms)?"
         r"(?: (?:a|au|aux|to)(?: le| the)? (?:focus|le focus|\w+))?)?", " "),
        # « je viens d'arriver à Alès », "we just moved to Alès": where the asker lives, not
        # where Le Focus is (« à Alès » asks the address otherwise).
        (r"\b(?:je|j|on|nous|we|i)\b[\s']*(?:[\w']+\s*){0,3}?(?:arrive|arriver|arrivee"
         r"|arrivees|arrives|emmenage|emmenager|emmenages|emmenagee|demenage|demenager"
         r"|demenages|demenagee"
         r"|installe|installee|installes|installees|habite|habitons|vis|vivons|live|moved"
         r"|arrived)\s+(?:a|au|en|sur|dans|to|in)\s+(?:ales|la region|le coin|the area"
         r"|rochebelle|le quartier|the neighbou?rhood)\b",
         " "),
        # « gratuit pour les enfants du quartier », "the kids of the neighbourhood": who,
        # not where (the article's own words: « enfants du quartier »).
        (r"\b(enfants?|jeunes?|ados?|gamins?|gosses?|familles?|habitants?|gens|kids?"
         r"|families|people) (?:du|de notre|de mon|de ce|of the|of our|from the) (?:quartier"
         r"|coin|neighbou?rhood|area)\b", r" \1 "),
        # « gratuit pour les demandeurs d'emploi »: someone's situation, not a job asked for.
        (r"\bdemandeu(?:r|rs|se|ses) d\s*'?\s*emploi\b", " chomeur "),
        # « encadrés par des professionnels » is who leads them (the masterclasses' working
        # professionals), not who supervises the children.
        (r"\b(?:encadre|encadree|encadres|encadrees) par des (?:pros?|professionnels?)\b",
         " anime par des professionnel "),
        # « t'es où ? », « tu es ouvert quand ? »: « tu » is the place, not the bot.
        (r"\b(?:t|tu)\s*'?\s*es\s+(ou|ouvert|ouverte|ferme|fermee|situe|situee)\b",
         r" vous etes \1 "),
        # « je peux venir quand même ? » is « anyway », not a time.
        (r"\b(?:quand|qd|kan) meme\b", " quandmeme "),
        # « cv ? », « cv les gars », « wsh cv » opening a message: « ça va ».
        (r"^\s*((?:wsh|wesh|slt|salut|yo|coucou|cc|hey|hello|re)\s+)?cv\b", r" \1ca va "),
        # « cv ou quoi », « ça va ou quoi »: « ça va ».
        (r"\bca\s+va\s+ou\s+(?:quoi|koi)\b", " ca va "),
        # « cé où », « ce koi », « cé combien »: « c'est » (not « ce qui », « ce soir »).
        (r"\bce\s+(ou|quoi|koi|kwa|quand|kan|combien|cb|cmb)\b", r" cest \1 "),
        # « non jpp », « jpp finalement »: « j'peux pas », changing one's mind; alone,
        # « jpp » is « j'en peux plus », a laugh.
        (r"\b(non|nan|dsl|desole|desolee|sorry|finalement)\s+jpp\b", r" \1 peux pas "),
        (r"\bjpp\s+(finalement|dsl|desole|desolee|en fait|enfaite)\b", r" peux pas \1 "),
        # « jviens », « j'viens au 1 »: « je viens ».
        (r"\bj\s*'?\s*(viens|vien|viendrai|serai)\b", r" je \1 "),
        # « inscris moi au 1 », « inscrivez-nous pour le 3 »: « je viens au 1 » (not how to
        # join the association: an event's number follows).
        (r"\b(?:inscri[st]?|inscrivez)[\s-]*(?:moi|nous|mw)\b"
         r"(?=[^?]{0,40}?\b(?:au|pour le|pour l|numero|le) \d)", " je viens "),
        # « payer en CB » is a card, not « combien ».
        (r"\b(en|par|la|une|avec) cb\b", r" \1 carte bancaire "),
        # How to pay is not in the article: « par carte », "by card", "credit card".
        (r"\b(par|en|by|with|credit|debit) (carte|card)\b(?! bancaire)", r" \1 carte bancaire "),
        # The rewrites above leave double spaces (« i'm a » is « i am  a »): one, for the
        # phrases below.
        (r"\s{2,}", " "),
        # « je suis journaliste », « nous sommes enseignants », "I'm a teacher": who asks,
        # not what is asked (the careers entry, « who teaches »): the role is left out.
        (r"\b(je suis|j suis|jsuis|chui|nous sommes|on est|i am|we are|en tant que|as a|as an)"
         r"(?: un| une| des| a| an)?"
         r" (?:profs?|professeure?s?|enseignante?s?|instit|institutrice|instituteur|teachers?"
         r"|journalistes?|journalist|reporter|graphistes?|realisat(?:eur|rice)|photographes?"
         r"|animat(?:eur|rice)s?|educat(?:eur|rice)s?|format(?:eur|rice)s?|intervenante?s?"
         r"|direct(?:eur|rice)|presidente?|responsable|benevoles?"
         # "I'm an adult learner": who asks, not « for adults? ».
         r"|adult learners?|learners?|apprenante?s?"
         # The same in English: "I'm a graphic designer, is it free?" asks the prices.
         r"|graphic designers?|designers?|photographers?|film ?makers?|directors?"
         r"|youth workers?|social workers?|educators?|trainers?|facilitators?|volunteers?"
         r"|head ?teachers?|principal)\b", r" \1 "),
    ))
# SMS and chat spellings -> the word they stand for (after accents are stripped).
_SMS: dict[str, str] = {
    "c": "cest", "ces": "cest", "ki": "qui", "kel": "quel", "kelle": "quel", "quelle": "quel",
    "quels": "quel", "quelles": "quel", "kels": "quel", "koi": "quoi", "kwa": "quoi",
    "qoi": "quoi", "kan": "quand", "qd": "quand", "kand": "quand", "qand": "quand",
    "cb": "combien", "cmb": "combien", "cbien": "combien", "pk": "pourquoi",
    "pq": "pourquoi", "bjr": "bonjour", "bjour": "bonjour", "slt": "salut", "cc": "coucou",
    "cimer": "merci", "cimerci": "merci",
    "wsh": "wesh", "mrc": "merci", "mci": "merci", "mercii": "merci", "merciii": "merci",
    "thx": "thanks",
    "thnx": "thanks", "thanx": "thanks", "tks": "thanks", "ty": "thanks", "pr": "pour",
    "ds": "dans", "ajd": "aujourdhui", "auj": "aujourdhui", "2main": "demain",
    "dmain": "demain", "wknd": "weekend", "jpeux": "peux", "jpeu": "peux",
    "jpx": "peux", "peu": "peux", "peut": "peux", "pe": "peux",
    "jsuis": "suis", "chui": "suis", "jsui": "suis", "u": "you", "ur": "your", "r": "are",
    "pls": "please", "plz": "please", "wat": "what", "wut": "what", "wen": "when",
    "bosser": "travailler", "taffer": "travailler", "taff": "job",
    "bcp": "beaucoup", "vs": "vous", "dispo": "disponible", "prog": "programme",
    "ados": "ado", "gamin": "enfant", "gamins": "enfant", "gosse": "enfant",
    "gosses": "enfant", "enfants": "enfant", "kids": "kid", "children": "child",
    "ordis": "ordi", "ordinateur": "ordi", "computer": "ordi", "computers": "ordi",
    "jeux": "jeu", "games": "game", "tt": "tout", "asso": "association",
    "cinema": "cine", "movies": "movie", "films": "film", "zik": "musique", "dzik": "musique",
    "zic": "musique",
    "viendra": "viendrai", "viendrais": "viendrai", "gratos": "gratuit", "gratis": "gratuit",
    "matos": "materiel", "vids": "video", "pote": "ami", "potes": "ami", "taf": "job",
    "boulot": "job", "jobs": "job", "cmt": "comment", "cmnt": "comment", "koman": "comment",
    "komment": "comment", "renseignements": "renseignement", "infos": "info",
    "informations": "information", "classes": "class", "quesque": "questce",
    "keske": "questce", "kesk": "questce", "queske": "questce", "quesqe": "questce",
    "qqch": "chose", "qqc": "chose", "qqchose": "chose", "quelquechose": "chose",
}
# Words too common to mean anything alone; never corrected towards a meaning word.
_STOP = frozenset("""
a au aux avec ce ces cest cette de des du en et il ils elle je j l la le les leur ma mais me
mes moi mon ne n nous on ou par pas pour qu que qui sa se si son sur ta te tes toi ton tu un
une vos votre vous y ya est sont suis es etre avoir ai as avez ont fait faire faut va vais
bien tres plus aussi encore deja svp stp please merci the an and or of to in on at for is are
was be it this that there do does did can could would i you he she we they my your his her
our their me him us them what when where who how which with from by about as so if not no yes
oui non ok okay hey lol
""".split())
# Everyday words that look like a meaning word to typo correction and are not one:
# « parents » is no typo of « argent », « peuvent » of « event », « rester » of « register »,
# « chose » of « close », « familles » of « fille ».
_ORDINARY = frozenset("""
parent peuvent peut rester reste chose famille doivent doit quelque quelqu veulent veut
savoir besoin seule seul toute autre autres comme ecole maman papa mere pere frere soeur
amis copain copine place complet vient venons viennent count adore adorent adorer aime aiment
change annuel annuelle annuellement mensuel mensuelle trimestre trimestriel
finalement franchement these moved moving move parce parceque
""".split())
# The sub-word spellings of plurals: `ateliers` -> `atelier`, `horaires` -> `horaire`.
_PLURAL = re.compile(r"(?<=[a-z]{3})(?:s|x)$")


_KEEP = frozenset({"prix", "pas", "plus", "vous", "nous", "fils", "tous", "dans", "temps",
                   "cours", "jeux", "is", "this", "yes", "us", "bus", "mois", "anglais",
                   "francais", "ans", "tarifs", "news", "whats", "sais", "ales", "class",
                   # « je viens mais 2 enfants »: « mai » would be « le 2 mai ».
                   "mais"})


def _stem(word: str) -> str:
    return word if word in _KEEP else _PLURAL.sub("", word)


def plain_words(text: str) -> list[str]:
    """'C combien, l’atelier ?' -> ['cest', 'combien', 'l', 'atelier']."""
    plain = " " + strip_accents(text.translate(_SMART).lower()) + " "
    for pattern, repl in _PHRASES:
        plain = pattern.sub(repl, plain)
    return [_word(w) for w in re.findall(r"[a-z0-9]+", plain)]


@lru_cache(maxsize=4096)
def _topic_words(text: str) -> tuple[str, ...]:
    """A topic's key, keyword or question in plain words: the same few texts for every
    question asked, so spelled once (members' questions are not kept here)."""
    return tuple(plain_words(text))


def _word(word: str) -> str:
    found = _SMS.get(word) or _stem(word)
    return _SMS.get(found, found)


def _norm(phrase: str) -> str:
    """A lexicon phrase spelled as `plain_words` spells questions."""
    return " ".join(_word(w) for w in phrase.split())


def _normed(table: dict[str, float]) -> dict[str, float]:
    return {_norm(phrase): weight for phrase, weight in table.items()}


# -- meaning words ----------------------------------------------------------------------------

# topic -> {phrase (plain words, space separated): weight}. A phrase counts once.
_MEANING: dict[str, dict[str, float]] = {
    "lefocus": {
        "focus": 1, "cest quoi": 1, "questce": 1, "what is": 1, "about": 1, "lieu": 1,
        "espace": 1, "place": 1, "presentation": 3, "concept": 3, "kesako": 3, "projet": 1,
        "cest quoi le focus": 1, "quoi ce lieu": 1, "tell me about": 1,
        # « des renseignements sur Le Focus », "more info about Le Focus".
        "renseignement": 1, "information": 1, "info": 1,
    },
    "activites": {
        "activite": 3, "activitie": 3, "activity": 3, "atelier": 2, "workshop": 2,
        "masterclasse": 2, "masterclass": 2, "propose": 2, "proposez": 2, "quoi faire": 2,
        "peux faire": 2, "peut faire": 2, "questce qu on peux faire": 1, "what can": 1,
        "do there": 2, "can i do": 2,
        "can we do": 2, "what to do": 2, "do you offer": 2,
        "faites": 1, "on fait": 2, "chez vous": 1, "video": 2, "musique": 2, "music": 2,
        "photo": 1, "graphisme": 2, "anglais": 2,
        "english": 1, "cours": 1, "cours d anglais": 2, "english class": 2,
        "english lesson": 2, "ya quoi comme": 2, "jeu de societe": 3, "soiree": 1,
        "projection": 2, "film": 1, "audiovisuel": 2, "anime par": 1, "beat": 2,
        # What the article lists by name: « des soirées thématiques, des sessions de jeux de
        # société » (« ya des soirées à thème ? », « on peut jouer à des jeux de société ? »).
        "soiree a theme": 3, "soiree thematique": 3, "thematique": 3, "theme": 2,
        "board game": 3, "themed evening": 3, "theme night": 3,
        # « wsh y a des soirées ? »: the theme evenings and board-game sessions exist.
        "ya des soiree": 2,
    },
    "equipement": {
        "materiel": 3, "equipement": 3, "equipment": 3, "studio": 3, "labo": 3,
        "laboratoire": 3, "argentique": 3, "darkroom": 3, "camera": 2, "appareil": 2,
        "appareil photo": 1, "ordi": 3, "logiciel": 3, "software": 3, "photoshop": 3,
        "enregistrement": 2, "enregistrer": 2, "sonore": 2, "recording": 2, "micro": 2, "mixer": 2,
        "montage": 2, "gear": 3, "poste": 2, "montage video": 3, "video editing": 3,
        "editing": 2, "photo argentique": 2, "pellicule": 4,
        # « enregistrer une chanson », "record a podcast": what the sound studio is for.
        "chanson": 1, "song": 1, "podcast": 1, "morceau": 1,
        "record": 2,
        # « ya moyen de faire du son là-bas ? »: the recording studio (« son » alone is
        # « his »).
        "faire du son": 3,
        # « on peut faire du beatmaking ? », « faire des prods »: composing in the studio.
        "beatmaking": 3, "beatmaker": 3, "beat making": 3, "faire des prod": 3,
        "faire de la prod": 3, "make beats": 3, "make beat": 3, "mao": 3,
        # « des postes dédiés au graphisme »: graphic design is workshops and stations both.
        "graphisme": 2,
    },
    "adresse": {
        "adresse": 3, "address": 3, "adress": 3, "ou": 1, "cest ou": 3, "ou cest": 3,
        "ou est": 2, "ou se trouve": 3, "se trouve": 2, "where": 2, "where is": 3,
        "located": 3, "rue": 3, "street": 3, "etes ou": 3, "ou etes": 3,
        "a ales": 2, "situe": 3, "quartier": 3, "rochebelle": 3, "ales": 1, "y va": 3,
        "y aller": 3, "get there": 3, "how to get": 2, "bus": 2, "plan": 1, "map": 2,
        "gps": 2, "acceder": 2, "venir au focus": 2, "ou se passe": 3, "ou ca se passe": 3,
        "ou a lieu": 3, "neighbourhood": 3, "neighborhood": 3, "district": 3,
    },
    "tarifs": {
        "combien": 1.5, "cest combien": 3, "combien ca": 3, "combien coute": 3, "combien pour": 3,
        # « yo cb c », « combien c'est ? »: the two words the other way round.
        "combien cest": 3,
        "combien le": 3, "combien la": 3, "combien un": 3, "combien une": 3, "prix": 3,
        "tarif": 3, "tarifs": 3, "cout": 3, "coute": 3, "payer": 3, "payant": 3,
        "gratuit": 3, "free": 2, "price": 3, "cost": 3, "how much": 3, "euro": 2,
        "argent": 2, "money": 2, "cher": 3, "expensive": 3, "pay": 3, "fee": 3,
        "abonnement": 2, "paie": 3, "paye": 3, "lheure": 1,
        # Who pays for it: the answer says « grâce à des subventions publiques, notamment le
        # soutien de la mairie d'Alès » (« la mairie finance ? », "who funds it").
        "subvention": 3, "subventionne": 3, "finance": 3, "financement": 3, "financer": 3,
        "finance par": 3, "mairie": 1,
        # « la mairie soutient le projet ? »: the article's « le soutien de la mairie ».
        "soutien": 2, "soutient": 2, "soutenu": 2, "soutenue": 2, "supported": 2,
        "funded": 3, "fund": 3, "subsidy": 3,
        "subsidised": 3, "subsidized": 3,
    },
    "public": {
        "pour qui": 3, "who is it for": 3, "who can come": 3, "who can join": 3,
        "who can attend": 3, "who can go": 3, "qui peut s inscrire": 3,
        "qui peut participer": 3, "qui peut venir": 3, "age": 3, "ans": 1, "old": 1,
        "years old": 3, "enfant": 3, "kid": 3, "child": 3, "fils": 3, "fille": 3, "my son": 2,
        "our son": 2, "daughter": 3, "ado": 3, "adolescent": 3, "teen": 3, "teenager": 3,
        "jeune": 2,
        "adulte": 3, "adult": 3, "debutant": 3, "beginner": 3, "niveau": 3, "level": 2,
        "lyceen": 3, "lycee": 3, "college": 2, "collegien": 3, "mineur": 3, "minor": 2,
        "majeur": 3, "majeure": 3,
        "retraite": 2, "experience": 2, "formation": 2,
        # « il faut une formation avant ? », « sans formation c'est possible ? »: « pas
        # besoin de formation au départ » (the article), not a training towards a job.
        "faut une formation": 4, "besoin d une formation": 4, "sans formation": 4,
        "formation avant": 4, "need training": 4, "need any training": 4,
        # « je peux venir ? », « jpeux participer ? » ask whether one may come.
        "peux venir": 2, "peux participer": 2,
        "can he come": 2, "can she come": 2, "can i join": 1, "ouvert aux": 3, "ouvert a": 2,
        "open to": 3,
        # « c'est ouvert à tous ? », the article's words: who may come, not the hours.
        "ouvert a tous": 3, "ouvert a tout le monde": 3, "open to all": 3,
        "age limit": 2, "petit": 1, "pour les": 1, "for kid": 1, "everyone": 1,
        "how old": 3, "combien d annee": 3,
        # « jpeux venir avec un pote ? »: who may come, a friend too.
        "ami": 1, "friend": 1, "copain": 1, "copine": 1, "amener": 1, "ramener": 1,
        "emmener": 1, "bring": 1, "vieux": 2, "senior": 3, "young": 2,
        # « jsuis en seconde, c pr moi ? »: whether one may come.
        "pour moi": 2, "cest pour moi": 3, "for me": 2, "en seconde": 3, "en premiere": 3,
        "en terminale": 3,
        # The family beyond parents: « pour les grands-parents », "for grandparents".
        "grand parent": 3, "grand mere": 3, "grand pere": 3, "mamie": 3, "papy": 3, "papi": 3,
        "grandparent": 3, "grandma": 3, "grandpa": 3, "grandmother": 3, "grandfather": 3,
        "personne agee": 3, "agee": 3, "elderly": 3, "pensioner": 3,
        # « je n'y connais rien », "never done it": no prior training needed.
        "connais rien": 3, "jamais fait": 3, "jamais touche": 3, "never done": 3,
        "no experience": 3, "sans experience": 3, "peux apprendre": 2, "nul en": 3,
        "suis nul": 3, "pas doue": 3, "bad at": 2, "need experience": 3,
        "besoin d experience": 3,
        # "do u need to be good at drawing", « faut être bon en dessin ? »: no prior training.
        "good at": 2, "need to be good": 3, "faut etre bon": 3, "faut etre doue": 3,
        "besoin d etre bon": 3,
    },
    "inscription": {
        "inscrire": 3, "inscription": 3, "inscris": 3, "inscrit": 2, "adherer": 3,
        "adhere": 3, "adhesion": 3, "adherent": 3, "join": 3, "membership": 3, "member": 2,
        "register": 3, "signup": 3, "carte": 1, "reserver": 3, "reservation": 2, "book": 2,
        "contact": 3, "contacter": 3, "joindre": 3, "site": 3, "website": 3, "membre": 3,
        "devenir membre": 2, "become a member": 2,
        "telephone": 2, "phone": 2, "mail": 2, "email": 2, "comment participer": 2,
    },
    "metiers": {
        "metier": 3, "career": 3, "careers": 3, "carriere": 3, "job": 3, "emploi": 3,
        "travail": 2, "travailler": 2, "work": 1, "formation": 2, "cfa": 3,
        "apprentissage": 3, "apprenti": 3, "stage": 3, "internship": 3, "professionnel": 1,
        "journaliste": 3, "graphiste": 3, "realisateur": 3, "youtubeur": 3, "youtuber": 3,
        "createur de contenu": 3, "avenir": 2, "orientation": 2,
        "alternance": 3, "devenir": 2, "plus tard": 1, "pro": 1, "formation pro": 2,
        "become": 2, "designer": 2, "graphic designer": 3, "journalist": 3, "director": 2,
        "content creator": 3,
        # « il peut se reconvertir chez vous ? »: the article's « professionnels en
        # reconversion » and its training partners, a career changed.
        "reconvertir": 3, "reconverti": 3, "retraining": 3, "retrain": 3,
    },
    "meltingphot": {
        "meltingphot": 4, "melting": 4, "association": 2, "qui organise": 3,
        "qui gere": 3, "who run": 3, "who runs": 3, "who organise": 3, "who organize": 3,
        "derriere": 2, "behind": 2, "responsable": 2, "qui est": 1, "qui s occupe": 3,
        "s occupe": 2, "boss": 3, "qui dirige": 3, "in charge": 3, "patron": 2,
        # "is Le Focus run by the town hall?": who runs the place (not "workshops run by
        # professionals", the activities).
        "focus run by": 3, "is it run by": 3, "run by the town": 3, "run by the city": 3,
        "run by the council": 3,
    },
    "horaires": {
        "horaire": 3, "heure d ouverture": 3, "opening": 3, "opening hour": 3, "ouvert": 3,
        "ouvre": 3, "ouvrez": 3, "ouverture": 3, "ferme": 3, "fermez": 3, "fermeture": 3,
        "open": 3, "close": 2, "closing": 3, "hour": 2, "heure": 1, "quel heure": 0.5,
        # « c a kel heure ? », typed alone: at what time it opens.
        "a quel heure": 2,
    },
    # Since when Le Focus is open: the article's opening (early October) and inauguration
    # (end of September), not the daily hours (see _settled).
    "inauguration": {
        "inauguration": 4, "inaugure": 4, "inauguree": 4, "inaugurated": 4, "inaugurer": 4,
        "depuis quand": 4, "since when": 4, "ouvert depuis": 4, "open since": 4,
        "a ouvert": 4, "ont ouvert": 4, "opened": 4, "ouverture officielle": 4,
        "official opening": 4, "opening date": 4, "date d ouverture": 4,
        "date de l ouverture": 4, "quand ca ouvre": 4, "ca ouvre quand": 4, "deja ouvert": 4,
        "already open": 4, "ouvre quand": 4, "quand ouvre": 4, "ouvrira": 4,
        "va ouvrir": 4, "ouvrir quand": 4, "ouvrir ses porte": 4, "ouvre ses porte": 4,
        "grand opening": 4,
        # « c'est nouveau ce lieu ? », "is it a new place?": since when it is open.
        "cest nouveau": 4, "est nouveau": 4, "new place": 4, "is it new": 4,
        "opening party": 4, "fete d ouverture": 4, "pas encore ouvert": 4, "not open yet": 4,
    },
}
# Second person about the bot itself, or plainly another subject: never an FAQ topic.
_ELSEWHERE: dict[str, float] = {
    "as tu": -4, "es tu": -4, "tu es": -4, "t es": -4, "tu aime": -4, "aime tu": -4,
    "are you a": -4, "are you human": -4, "how old are you": -4, "are you real": -4,
    "do you like": -4,
    "your favourite": -4, "your favorite": -4,
    "capital": -4, "capitale": -4, "blague": -4, "joke": -4, "meteo": -4, "weather": -4,
    "temps fait": -4, "combien font": -4, "mes devoir": -4, "homework": -4, "resto": -4,
    "restaurant": -4, "world cup": -4, "heure est il": -4, "what time is it": -4,
}


# « job there? », « jpeux taffer là-bas ? », « je voudrais travailler chez vous »: a job AT
# Le Focus, not a career later (« ça peut mener à un job ? » is the careers entry). Read on
# the plain words and said as one phrase of _UNSAID.
_WORK_HERE_MARK = "emploi au focus"
_WORK_HERE = re.compile(
    # « un stage d'observation, vous en prenez ? », « mon stage de 3e chez vous »: an
    # internship hosted at Le Focus, not a career.
    r"\bstage\b(?: \w+){0,4} (?:prenez|accueillez|prendre|accueillir|chez vous|au focus"
    r"|la bas|ici)\b"
    # « ya des stages de 3e ? »: a school's observation internship, hosted somewhere.
    r"|\bstage (?:de |d )?(?:3e|3eme|troisieme|seconde|observation)\b"
    r"|\b(?:job|work|working|travailler|travaille|bosser|bosse|taffer|taffe|emploi|embauche)\b"
    r"(?: \w+){0,3} (?:there|here|la bas|labas|chez vous|au focus|with you|for you"
    r"|pour vous|avec vous|ici)\b"
    r"|\b(?:there|here|la bas|labas|chez vous|au focus|ici)\b(?: \w+){0,3} "
    r"(?:job|work|working|travailler|bosser|taffer|emploi)\b")

# « ya des filles qui viennent ? », « que des gars ? », « c'est mixte ? »: who actually
# comes; « pour tout le monde » would read as « yes ». « mes deux filles peuvent venir ? » is
# who may come.
_WHO_COMES_MARK = "mixite"
_GENDER = r"(?:fille|meuf|nana|garcon|gar|mec|girl|boy|guy)"
_WHO_COMES = re.compile(
    rf"\b(?:ya|are there|any|que|only|plein|beaucoup|autre|other) (?:des |de |d |la |les )?"
    rf"(?:autre )?{_GENDER}\b(?! de \d)|\b(?:des|les) {_GENDER} qui (?:vien|vient|viennent"
    r"|venir|sont|participe|participent)\b")

# « vous avez combien d'adhérents ? », "how many members": figures the article does not give
# (the how-to-join answer would read as one).
_HOW_MANY = re.compile(
    r"\bcombien (?:de |d )(?:adherent|membre|personne|participant|jeune|enfant|ado|eleve"
    r"|inscrit|benevole|salarie|gens|visiteur|famille|habitue)\b"
    r"|\bhow many (?:member|people|participant|kid|child|teen|student|visitor|volunteer"
    r"|famil)")

# « on voudrait organiser une projection chez vous », "can we hold our event there": one's
# own event at Le Focus; the activities list (« des projections de films ») would read as
# « yes ».
_HOST_HERE_MARK = "organiser chez vous"
_HOST_HERE = re.compile(
    r"\b(?:organiser|organise|organisons|faire|monter|host|hold|run|throw|accueillir"
    # « je peux animer un atelier chez vous ? », "can I teach a workshop there?": the
    # asker leading one, not the activities on offer.
    r"|animer|anime|animez|donner|proposer|teach|lead|give)"
    r"(?: \w+){0,2} (?:projection|soiree|evenement|event|atelier|expo|exposition|concert"
    r"|fete|anniversaire|reunion|spectacle|screening|party|meeting|workshop)\b"
    r"(?: \w+){0,3} (?:chez vous|au focus|la bas|there|dans vos|dans votre|vos locau|at le focus"
    r"|at your|in your)\b")

# What parents ask that the article does not say: who supervises, access for a wheelchair,
# how to pay, the language spoken, parking, food, parents staying. An answer about ages or
# prices would look like one and say nothing: "I don't know, ask the team" instead, unless
# an organiser's entry names that subject (/faqset parking | Où se garer ? | …).
_UNSAID: tuple[str, ...] = (
    "encadre", "encadrement", "encadrant", "surveille", "surveillance", "surveiller",
    "animateur", "animatrice", "securise", "securite", "supervise", "supervision",
    "accompagner", "accompagnateur", "fauteuil", "handicap", "handicape", "pmr",
    "wheelchair", "carte bancaire", "cheque", "espece", "liquide", "cash", "card payment",
    "francais", "french", "parking", "garer", "park", "reduction", "discount", "pass culture",
    # The language a workshop is held in (« les ateliers sont en anglais ? »), not the
    # English classes.
    "in english", "en anglais",
    "manger", "gouter", "rester avec", "stay with", "rester pendant", "peuvent rester",
    "peux rester", "stay during", "can parent stay", "parent stay",
    # How or where to pay, and how long a workshop lasts: not in the article either.
    # Learning to use a computer (« se servir d'un ordinateur », "computer basics"): the
    # article's workstations are for graphics and video, no class of that is named.
    "se servir d un ordi", "servir de l ordi", "utiliser un ordi", "informatique",
    "computer basics", "use a computer",
    "payer sur place", "paye sur place", "pay on site", "pay at the door", "pay there",
    "combien de temps", "how long", "duree", "duration",
    # Who teaches: the article names no teacher (« c'est qui le prof d'anglais ? »).
    "prof", "professeur", "intervenant", "formateur", "teacher", "teaches",
    # Papers, insurance, diplomas, refunds, childcare, group sizes: none in the article.
    "assurance", "insurance", "certificat", "certificate", "diplome", "diploma",
    "attestation", "caf", "rembourse", "remboursement", "refund", "garderie", "babysitting",
    "combien de personne", "how many people",
    # How many children or teenagers there are in a group: « combien d'enfants par atelier ».
    "combien d enfant", "combien de jeune", "combien d ado", "combien de participant",
    "combien de gamin", "combien on est", "combien serons", "how many kid", "how many child",
    "how many teen", "how many participant", "how many of us", "how many student",
    "taille des groupe", "group size", "wifi",
    # « il y a des adultes ? » beside « c'est sécurisé ? »: adults present, who supervise.
    "ya des adulte", "ya un adulte", "any adult", "adult present", "adults there",
    # Lending or renting gear, soundproofing, a waiting list for the studio, video-game
    # tournaments: the equipment or activities list would read as « yes ».
    "emprunter", "emprunte", "empruntez", "emprunt", "preter", "pretez", "pretent",
    "pret de", "pret d", "borrow", "borrowing", "lend", "lending", "loan", "louer", "louez",
    "rent", "renting",
    "insonorise", "insonorisation", "soundproof", "soundproofed", "liste d attente",
    "waiting list", "waitlist",
    # Visiting the place first (an open day): not in the article either.
    "visiter", "portes ouvertes", "porte ouverte", "open day", "visit",
    "tournoi", "tournament", "jeu video", "video game", "gaming",
    # The people the article names: no phone, mail or role beyond it for the FAQ to give.
    "sabrina", "abdeslam", "chaoui", "fiandaca",
    # Working or volunteering at Le Focus (not a career later: the careers entry), a
    # partnership with the asker's own group (the article names only CFA and training
    # bodies), booking a room for oneself: the careers, address or equipment answer would
    # read as « yes ».
    "recrute", "recrutez", "recrutement", "embauche", "embauchez", "hiring", "hire",
    "benevole", "benevolat", "volunteer", "volunteering", "service civique",
    _WORK_HERE_MARK, "partenariat avec vous", "partenariat avec le focus",
    "monter un partenariat", "faire un partenariat", "partnership with you",
    "collaborer avec vous", "travailler avec vous", "work with you",
    "reserver le studio", "reserver la salle", "reserver le labo", "reserver un studio",
    "reserver une salle", "book the studio", "book a room", "book the room", "privatiser",
    # A teacher's class or a school trip (« peut-on venir avec une classe ? »): groups are
    # not in the article; « pour tout le monde » would read as « yes, book us ».
    "avec une class", "avec ma class", "avec la class", "avec notre class", "avec mes eleve",
    "avec nos eleve", "avec des eleve", "avec une classe", "avec ma classe", "avec la classe",
    "avec notre classe", "sortie scolaire", "visite scolaire", "groupe scolaire",
    "with my class", "with a class", "with our class", "with my student", "with my pupil",
    "school trip", "school visit", "class trip",
    # Game consoles and tutoring: the article has board games and workstations, not these.
    "console", "ps4", "ps5", "playstation", "xbox", "nintendo", "soutien scolaire",
    "aide aux devoir", "tutoring",
    # Who comes (« c'est mixte ? »): see _WHO_COMES.
    "mixte", "mixite", "mixed")
# « des cours de guitare », "a pottery workshop": a class of something the article does not
# name is not answered by the list of activities (it would read as « yes »); its price or
# who may come still are.
_CLASS_OF = re.compile(r"\b(?:cours|atelier|workshop|lesson|class|stage) (?:de|d|du|des) "
                       r"(?:la |l )?([a-z]+)\b|\b([a-z]+) (?:lesson|class|workshop)\b")
# « faut amener son ordi ? », "what should we bring": what to bring is not in the article
# (the equipment list would read as « nothing »); « amener mon fils » is who may come.
_BRING: tuple[str, ...] = ("apporter", "ramener", "amener", "emmener", "bring", "venir avec",
                           "come with")
# Grandparents, the elderly: people brought, but not who the activities are usually for
# (`_ELDERS`).
_ELDER_WORDS: tuple[str, ...] = ("grand parent", "grand mere", "grand pere", "mamie", "papy",
                                 "papi", "grandparent", "grandma", "grandpa")
_PERSON: tuple[str, ...] = (
    "enfant", "kid", "child", "fils", "fille", "my son", "our son", "daughter", "ado", "ami",
    "copain", "copine", "famille", "frere", "soeur", "mari", "femme", "friend", "bebe", "petit",
    "mere", "pere", "maman", "papa", "parent", "cousin", "cousine", "mum", "mom", "mother",
    "dad", "father", "brother", "sister", "husband", "wife", "neveu", "niece",
    # « amener ma classe », "bring my class": a teacher's pupils are people brought.
    "class", "classe", "eleve", "student", "pupil", *_ELDER_WORDS,
    # « jpeux venir avec mon reuf ? »: a brother, a mate, in teenagers' words.
    "reuf", "frero", "frerot", "poto", "daron", "daronne")
# The association's membership fee is not in the article: the activities' prices would
# read as its answer, so « how to join » (the site) answers it, or nothing.
_MEMBERSHIP: tuple[str, ...] = ("adhesion", "adherer", "adherent", "adhere", "cotisation",
                                "membership", "member", "membre")
# « gratuit pour les enfants », "is it free for kids": the price for someone, unless the
# age is what is asked.
_AGE_ASKED: tuple[str, ...] = ("age", "quel age", "how old", "what age")
# Words of « who is it for » that only say for whom something else is asked: with no other
# word of that topic (an age, « pour qui », « peut venir », « débutant »…), « ça peut aider
# mon fils pour son orientation ? » and « quoi comme activités pour les enfants ? » ask
# the other topic, not « who is it for ».
_MAY_COME: frozenset[str] = frozenset(_norm(w) for w in ("peux venir", "peux participer"))
_WHEN_TO_COME: tuple[str, ...] = tuple(_norm(w) for w in (
    "soir", "matin", "apres midi", "heure", "quand", "when", "evening", "morning", "weekend",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "vacance",
    # « on peut venir en fin de soirée ? », "can we come late?": when, not who may come.
    "fin de soiree", "fin d apres midi", "fin de journee", "fin de matinee", "tard",
    "retard", "late", "later", "halfway"))
# « je peux venir juste 1h ? », « à 20h30 ? », « 30 min »: a time or a stay, not whom.
_CLOCK_OR_SPAN = re.compile(r"\b\d{1,2} ?h(?: ?\d{2})?\b|\b\d{1,3} ?(?:min|minute|mn)\b")
# Grandparents, the elderly: not who the activities are usually for, so « y a-t-il des
# activités pour les grands-parents ? » asks whether they may come (« quel que soit l'âge »).
_ELDERS = frozenset(_norm(w) for w in _ELDER_WORDS)
_FOR_WHOM: frozenset[str] = frozenset(_norm(w) for w in (
    *(p for p in _PERSON if p not in _ELDERS), "pour les", "for kid", "jeune", "young", "teen",
    "teenager", "adolescent", "ami", "friend", "copain", "copine", "amener", "ramener",
    "emmener", "bring", "lyceen", "collegien", "my son", "our son", "everyone"))

# « t'es un robot ? », "who are you": the bot says what it is (small talk, not « I don't
# know » and ten topics). Matched on plain words (« t'es » is « t es »).
_WHO_AM_I = re.compile(
    r"\b(?:t es|tu es|es tu|tes|t|vous etes|etes vous) (?:un |une )?"
    r"(?:robot|bot|humain|humaine|ia|vrai|vraie|reel|reelle|qui|quoi|une personne)\b"
    r"|\bqui (?:es tu|etes vous|t es)\b|\btu t appelle|\bton (?:nom|prenom)\b"
    r"|\bare you (?:a |an )?(?:bot|robot|human|real|person|ai)\b|\bwho are you\b"
    r"|\bwhat are you\b|\byour name\b")
# An insult at the bot (« t'es nul », « ta gueule », "you're useless"): a calm line and how
# to get help, not the list of topics. A mild word counts only said to the bot or alone:
# « jsuis nul en photo » is a worry, not an insult.
_RUDE_ALWAYS = re.compile(
    r"\b(?:ta gueule|tg|ferme la|connard|connasse|fuck|fck|nique|shut up|stfu|wtf)\b")
# Spelled as questions are (« sucks » is « suck »), or those words never match.
_RUDE_MILD = frozenset(_norm(w) for w in (
    "nul", "nulle", "naze", "con", "conne", "debile", "merde", "pourri", "bete", "stupid",
    "stupide", "useless", "dumb", "idiot", "idiote", "sucks", "trash", "guez", "claque",
    "eclate", "inutile", "chiant", "chiante", "relou", "saoulant", "soulant", "annoying"))
# « j'en ai marre », « personne répond jamais », « c'est une honte », "you never answer": a
# complaint, answered like an insult (an apology and how to reach the team), not with « je
# ne sais pas » and the list of topics; a topic asked beside it is still answered.
_COMPLAINT = re.compile(
    # Matched on plain words: « jamais » is « jamai », « scandaleux » « scandaleu ».
    r"\b(?:marre|honte|scandal\w*|inadmissible|inacceptable|n importe quoi|decu|decue"
    r"|decevant\w*|ridicule|unacceptable|ridiculou\w*|disappointed)\b"
    r"|\b(?:repond|repondez|repondent|reponse|rappele|rappelee)(?: \w+){0,2}"
    r" (?:jamai|personne|rien|pas|plus)\b"
    r"|\b(?:personne|jamai|toujour pas|pa de|pas de)(?: \w+){0,3} (?:repond\w*|reponse"
    r"|rappel\w*)\b"
    r"|\b(?:never|no one|nobody|noone) (?:\w+ )?(?:answer|reply|replie|respond)\w*\b")
_TO_THE_BOT = re.compile(r"\b(?:t es|tu es|tes|t|es tu|toi|bot|robot|you|you are|your)\b")

_GREETINGS = frozenset({"bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "yo",
                        "hola", "wesh", "re", "morning", "evening", "good", "hii", "helo"})
_THANKS = THANKS  # one home: bot.words (« mercii », "thx" too)
_ACK = frozenset({"ca", "marche", "ok", "okay", "daccord", "dac", "super", "top", "cool", "parfait",
                  "nickel", "genial", "great", "perfect", "beaucoup", "bcp", "much", "so",
                  "lot", "a", "toi", "vous", "you", "bien", "tres", "mille", "fois", "very",
                  "le", "bot", "encore", "many", "pour", "l", "info", "reponse", "aide",
                  "for", "the", "help", "ton", "votre",
                  # « cimer frr », "thx bro": the friend addressed, not a question.
                  "frr", "frrr", "frero", "frerot", "reuf", "bro", "bruh", "khey", "poto"})
# « mdr », « ptdrrr », « hahaha », « xD »: a laugh, not a question; beside words, left out.
_LAUGH = re.compile(r"m+d+r+|x?p+t+d+r+|l+o+l+|(?:h+a+){2,}h*|(?:h+i+){2,}|x+d+|jpp|lmao+|rofl")
# « bonne soirée », « merci, bon week-end à vous »: a goodbye, wished back.
_BYE = tuple(_norm(p) for p in (
    "bonne soiree", "bonne nuit", "bonne journee", "bonne fin", "bonne semaine",
    "bonne aprem", "bonne apres midi", "bonne continuation", "bonnes vacances", "bon weekend",
    "bon dimanche", "bon samedi", "good night", "have a nice", "have a good", "have a great"))
_BYE_WORDS = frozenset(w for p in _BYE for w in p.split()) | frozenset(
    "de a vous toi tous aussi et day evening weekend you too merci thanks thank beaucoup ok "
    "daccord super ca marche".split())
_SMALL_TALK = frozenset({"a", "tous", "toi", "le", "la", "les", "bot", "focus", "tout",
                         "monde", "there", "everyone", "all", "ca", "va", "comment", "vas",
                         "how", "are", "you", "madame", "monsieur", "cest", "moi", "bien",
                         "gar", "gars", "guys", "guy", "people", "folks",
                         "frr", "frrr", "frero", "frerot", "reuf", "bro", "bruh", "khey",
                         "poto"})

# The programme: kinds of event and the words that ask "when".
_KINDS: dict[str, str] = {
    "jeu": "board_games", "jeu de societe": "board_games", "soiree jeu": "board_games",
    "board game": "board_games", "boardgame": "board_games", "game night": "board_games",
    "game": "board_games", "projection": "screening", "film": "screening",
    "cine": "screening", "movie": "screening", "screening": "screening",
    "cine club": "screening", "atelier": "workshop", "workshop": "workshop",
    "masterclass": "masterclass", "masterclasse": "masterclass", "anglais": "english",
    "cours d anglais": "english", "english class": "english", "soiree": "theme_evening",
    "soiree thematique": "theme_evening", "theme evening": "theme_evening",
}
_PERIODS: dict[str, str] = {
    "ce soir": "tonight", "tonight": "tonight", "aujourdhui": "today", "today": "today",
    "demain": "tomorrow", "tomorrow": "tomorrow", "apresdemain": "after_tomorrow",
    "weekend": "weekend", "cette semaine": "week", "this week": "week",
    "semaine prochaine": "next_week", "next week": "next_week",
    "lundi": "day0", "mardi": "day1", "mercredi": "day2", "jeudi": "day3", "vendredi": "day4",
    "samedi": "day5", "dimanche": "day6", "monday": "day0", "tuesday": "day1",
    "wednesday": "day2", "thursday": "day3", "friday": "day4", "saturday": "day5",
    "sunday": "day6",
}
_WHEN_CUES: tuple[str, ...] = (
    "quand", "prochain", "prochaine", "next", "when", "date", "quel jour", "quel heure",
    "heure", "what time", "programme", "agenda", "upcoming", "a venir", "prevu", "se passe",
    "what is on", "anything on", "is there", "cest quand", "ya quoi", "time of",
    "the time")
_PROGRAMME_ALONE: tuple[str, ...] = (
    "programme", "agenda", "upcoming", "what is on", "prochain evenement",
    "prochaine sortie", "prochaine activite", "next event", "quoi de prevu", "se passe quoi",
    "ya quoi", "anything on", "evenement a venir", "what is happening",
    # « c koi le prochain truc », « c quand la prochaine fois », "what's the next thing".
    "prochain truc", "prochaine chose", "prochain event", "prochaine fois", "prochain rdv",
    "prochaine session", "prochaine seance", "next thing", "next session",
    # « ça commence à quelle heure ? », "what time does it start": the events' times.
    "commence a quel heure", "commence quand", "does it start",
    "when does it start", "start time",
    # « il reste de la place ? », « c'est complet ? »: the seats left, on the programme.
    "reste de la place", "reste des place", "reste une place", "encore de la place",
    "encore des place", "combien de place", "place libre", "place disponible", "complet",
    "ya des place", "ya de la place", "ya encore de la place", "ya encore des place",
    "seats left", "any seats", "is it full", "spaces left", "places left",
    # Session 10 (cardreply): « ya encore d la place ? », "how many spots left?"
    "encore d la place", "d la place", "spot left", "any spot", "how many spot",
    "place dispo", "spot available",
    # Session 10 (teens10): « wsh y a encore d place », "is there still room?"
    "encore d place", "ya d place", "still room", "any room", "room left", "room for")
_CANCEL = re.compile(
    r"\bannul|\bdesinscri|\bdesist|\bplus venir\b|\bpas venir\b|\bviens plus\b"
    r"|\b(?:vien|vient|venon) (?:plus|pas)\b"
    r"|\bviendrai pas\b|\bviendra pas\b|\bpourrai pas\b|\bpourra pas\b|\bpeux pas venir"
    r"|\bempeche|\bliberer (?:ma|mon|sa|une) place|\bretirer mon|\bcant (?:come|make)\b"
    r"|\bcant attend|\bnot coming\b|\bwont (?:come|be able|make)\b|\bcancel\b|\bcancelling\b"
    r"|\bunregister\b|\bdrop out\b|\bchanger? (?:ma|mon) (?:reponse|rsvp)\b"
    r"|\bnot be able to (?:come|make)\b|\bplus (?:etre )?inscrit|\bno longer (?:come|coming)"
    r"|\bdois annuler|\bpar erreur\b|\bby mistake\b"
    # « je me suis trompée de date », "I booked the wrong date": the answer to change.
    r"|\btrompee? (?:de|d) (?:date|jour|evenement|event|seance|atelier|soiree|horaire)\b"
    r"|\bwrong (?:date|day|event|one|time)\b|\b(?:clique|appuye) sur (?:le|la) mauvai(?:se)?\b"
    r"|\b(?:clicked|pressed|tapped) the wrong\b"
    r"|\bchange (?:d|de) avis?\b|\bchanged (?:my|our) mind\b|\bchange of plan"
    # « j'peux pas finalement », « non jpp », « finalement je peux pas »: a change of mind.
    r"|\b(?:peux|pourrai|pourra|pourron) pas finalement\b"
    r"|\bfinalement (?:je |j |on |il |elle )?(?:peux|pourrai|pourra|pourron) pas\b"
    r"|^ (?:non|nan|dsl|desole|desolee|sorry) (?:je |j )?peux pas\b"
    # « supprimez-moi de l'atelier », "remove me from the list": one answer undone, not
    # everything erased (/oubliemoi).
    r"|\b(?:supprimer?|supprimez|enlever?|enlevez|retirer?|retirez|effacer?|effacez|remove"
    r"|delete|take) (?:moi|me) (?:de|du|des|d|from|off)\b(?: \w+){0,3}? (?:liste|list"
    r"|attente|atelier|workshop|evenement|event|soiree|film|projection|seance|sortie"
    r"|masterclas|cours|class|session|rdv)\b"
    # « supprimer mon inscription »: undoing it, not how to register.
    r"|\b(?:supprimer?|supprimez|enlever?|enlevez|retirer?|retirez|effacer?|effacez)"
    r" (?:mon|ma|mes|notre|nos) (?:inscription|reservation|place)\b")

# « l'atelier a été annulé », « vous avez annulé sans prévenir »: an event cancelled by the
# team, not the member giving up a seat.
_CANCELLED = re.compile(r"\b(?:ete|est|etait|sont|seront|sera|avez|ont)(?: \w+)? annul")

# « je suis inscrite ? », « est-ce que mon fils est bien inscrit », « am I registered »:
# the asker's own answers, from the database (not « how to register »).
# Matched on plain, corrected words (« suis » is « sui », « registered » « register »).
_MINE = re.compile(
    r"\b(?:sui|suis|somme|est|es|ete)(?: \w+)? (?:bien )?(?:inscrit|enregistre)\b"
    r"|\bmes (?:inscription|reservation)\b|\bmy (?:booking|reservation|rsvp)\b"
    r"|\bam i (?:register|signed up|booked|on the list)\b")

# « que savez-vous de moi ? », « supprimez mes données », "what do you know about my
# child?": what the bot holds and how to erase it (/mydata, /forgetme), not a topic.
# The bot's knowing (« tu sais », not the parent's « je sais pas quoi faire de mon fils »),
# and not a seat kept (« vous gardez une place sur mon nom ? »): those ask for an event.
_PRIVACY = re.compile(
    r"(?:\b(?:savez|connaissez|gardez|stockez|conservez|know|keep|store|hold)|\btu sais"
    r"|\bsais tu)\b(?: (?!place\b|seat\b|spot\b|eye\b|oeil\b)\w+){0,3}"
    r" (?:de|sur|about|on) (?:moi|me|mon|ma|mes|my)\b"
    r"|\b(?:supprime|supprimez|supprimer|efface|effacez|effacer|delete|erase|remove)\b.*"
    r"\b(?:donnee|data|compte|account|everything)\b"
    r"|\b(?:mes|my) (?:donnee|data|info|information|coordonnee|detail)\b"
    # « supprime moi », "delete me": the account.
    r"|\b(?:supprime|supprimez|supprimer|efface|effacez|effacer|oublie|oubliez|delete|erase"
    r"|forget) (?:moi|me)\b"
    # « vous gardez mon pseudo ? »: what is kept of them; not a seat kept in their name
    # (« vous me gardez une place à mon nom ? »), so no « nom » here.
    r"|\b(?:gardez|garde|gardent|stockez|stocke|conservez|conserve|keep|store)\b"
    r"(?: \w+){0,2} (?:mon|ma|mes|my|nos|our) (?:pseudo|prenom|numero|telephone|adresse"
    r"|mail|email|photo|donnee|coordonnee|number|phone|address|data|detail|compte"
    r"|account)\b")

# « je viens samedi avec mes 2 enfants », « inscrire mon fils à l'atelier photo »: a parent
# answering an event, not asking who it is for; with a kind or a day named, they get those
# events with their buttons (the programme), where one tap answers.
_JOIN = re.compile(
    r"\b(?:je|on|nous|moi aussi|nous aussi) (?:vien|vient|venon|viendrai|viendron|serai"
    r"|seron|sera)\b(?! de\b| d\b| en retard\b| late\b| combien\b)"
    # « avant d'inscrire notre fils, on peut visiter ? » is not signing him up.
    r"|(?<!avant d )(?<!avant de )(?<!before )\binscrire (?:mon|ma|mes|notre|nos)\b"
    r"|\b(?:i|we) (?:will|ll|would like to|want to|d like to) (?:come|book)\b"
    # "I'm coming", "we're coming (to 1)": not "coming late", "coming back to ask".
    r"|\b(?:i am|we are|i m|we re|im) coming\b(?! late\b| back\b| from\b)"
    # « jsuis chaud pour vendredi », « chui partant », « on est chauds »: « je viens » too.
    r"|\b(?:je suis|jsuis|chui|suis|on est|nous sommes) (?:grave |trop |carrement )?"
    r"(?:chaud|chaude|chauds|chaudes|partant|partante|partants|partantes)\b"
    r"|\bcount (?:me|us) in\b|\bsign (?:my|me|us) up\b"
    # « je veux participer à la soirée jeux », « on voudrait participer samedi ».
    r"|\b(?:je|on|nous) (?:veux|veu|voudrais|voudrai|veut|voudrait|voulons|voudrions|aimerais"
    r"|aimerait|aimerions) (?:bien )?participer\b(?! a l (?:atelier|association)\b)"
    # « 3 oui », « oui pour 2 » under a card: an answer to it, not a question
    r"|^ (?:\d+ )?(?:oui|yes)(?: pour \d+| for \d+| \d+)? $"
    # « yes please, 2 of us », « oui svp pour nous 2 »: a head count under a card.
    r"|^ (?:oui|ouais|yes|yep|yeah)\b(?: \w+){0,6} (?:\d+ of us|(?:pour|for) (?:nous |us )?\d+"
    r"|\d+ (?:personne|place|people|person|seat|adulte|adult|enfant|kid)\b"
    r"|(?:nous|on|we) (?:seron|sera|ll be|will be|are) \d+)"
    # « oui pour moi et mon fils », "yes for me and my daughter".
    r"|^ (?:oui|ouais|yes|yep|yeah) (?:svp |stp |please )?(?:pour|for) (?:moi|me|nous|us)"
    r" (?:et|and) ")

# A bare « oui » or « non » (« oui stp efface tout », « non »), typed after a question the bot
# asked with buttons (/oubliemoi, a card): a message answers no question, erases nothing and
# books nothing. Which question came last is not known here, so the reply says what holds
# for every one: press its button, above. « oui merci », « non merci » are such answers
# too (« merci » is in _TYPED_MORE): « non merci » is told nothing was erased.
_TYPED_YES = frozenset({"oui", "ouais", "ouai", "ouii", "ouiii", "ui", "wi", "yes", "yep",
                        "yeah", "yup"})
_TYPED_NO = frozenset({"non", "nan", "no", "nope", "nn"})
_ERASE_WORDS = frozenset({"efface", "effacer", "effacez", "supprime", "supprimer",
                          "supprimez", "erase", "delete", "tout", "everything"})
_TYPED_MORE = _ERASE_WORDS | frozenset({
    "stp", "svp", "please", "confirme", "confirmer", "confirm", "je", "j", "vas", "y", "go",
    "absolument", "bien", "sur", "sure", "it", "all", "garde", "garder", "gardez", "keep",
    "rien", "pas", "ne", "n", "surtout", "of", "course", "merci", "thanks", "thank", "you",
    # a yes said twice (« ouais grave », « oui carrément », « ouais de ouf »): still a yes
    "grave", "carrement", "evidemment", "volontiers", "trop", "ouf", "de", "ok", "okay"})


def typed_answer(words: Sequence[str]) -> str | None:
    """"yes", "yes_erase" (« oui efface tout ») or "no" for a bare typed answer, else None."""
    if not words or not all(w in _TYPED_YES | _TYPED_NO | _TYPED_MORE for w in words):
        return None
    if words[0] in _TYPED_NO:
        return "no"
    if words[0] in _TYPED_YES:
        return "yes_erase" if any(w in _ERASE_WORDS for w in words) else "yes"
    return None


# « efface les prénoms de mes enfants », "delete my kids' names": /oubliemoi offers « Seulement
# les prénoms », which keeps the answers and seats.
_FORGET_NAMES = re.compile(
    r"\b(?:efface|effacer|effacez|supprime|supprimer|supprimez|enleve|enlever|enlevez"
    r"|retire|retirer|retirez|oublie|oublier|oubliez|delete|erase|remove|forget)\b"
    r"(?: \w+){0,6} (?:prenom|nom|name)\b")
_CHILD_WORDS = frozenset(_norm(w) for w in (
    "enfant", "fils", "fille", "kid", "child", "daughter", "son", "petit", "bebe"))
# « je veux garder mon compte », "keep my account" (the 24-month notice answered): every
# message keeps it, this one too; said so, never « je ne sais pas ».
_KEEP_ACCOUNT = re.compile(
    r"\b(?:garde[rz]?|conserve[rz]?|keep)\b(?: \w+){0,2} (?:compte|account)\b")
# « je ne veux plus garder mon compte », "don't keep my account": the opposite, never
# « gardé »: how to see and erase it.
_KEEP_NOT = re.compile(r" (?:pas|plus|jamais|not|dont|don t|no|never|stop) ")
# The notice's own words answered in a word or two: « gardez-le », « je le garde », "please
# keep it"; or the other way round, « ne l'effacez pas », « ne supprimez pas mon compte »,
# "don't delete it". Only those (and polite words) in the line: « garder mes enfants » or
# « on peut garder la place ? » ask something else.
_POLITE = (r"(?:(?:oui|yes|ok|okay|non|no|svp|stp|please|pls|plz|merci|thanks|thank|you|bien"
           r"|sur|surtout|mais|je|j|veux?|voudrais|souhaite|prefere|i|want|would|like|to|vous"
           r"|pouvez|can) )*")
_KEEP_IT = re.compile(
    rf"^ {_POLITE}(?:(?:le|la|l) )?(?:garde[rz]?|conserve[rz]?)(?: (?:le|la))?"
    rf"(?: (?:mon compte|mes donnees))? {_POLITE}$"
    rf"|^ {_POLITE}keep(?: it| me| my data)? {_POLITE}$"
    rf"|^ {_POLITE}(?:ne |n |dont |don t |do not )(?:l |le |la |me )?"
    r"(?:efface[rz]?|supprime[rz]?|delete|erase|remove)(?: pas)?"
    rf"(?: (?:it|me|mon compte|my account|my data|mes donnees|rien))? {_POLITE}$")
# « je ne veux pas le garder », "don't keep it", « effacez-le », « vous pouvez l'effacer »,
# "delete it": how to see and erase it (/oubliemoi asks first), never « gardé ».
_KEEP_IT_NOT = re.compile(
    rf"^ {_POLITE}(?:ne |n )?(?:veux? |voudrais |souhaite )?(?:pas|plus|dont|don t|do not)"
    r"(?: want to)? (?:le |la |l )?(?:garder|conserver|keep)(?: it)?"
    rf" {_POLITE}$"
    rf"|^ {_POLITE}(?:(?:l |le |la )?(?:efface[rz]?|supprime[rz]?)(?: le| la| tout)?"
    rf"|(?:delete|erase|remove) (?:it|everything|all|me)) {_POLITE}$")
# « seulement les prénoms », "only the names": the /oubliemoi button's own words, typed
# (after its question, or alone); « efface juste les prénoms »: only children's first names
# are kept, so « prénoms » with an erasing word is about them.
_ONLY_NAMES = re.compile(r"^ (?:seulement|juste|que|only|just) (?:les |the |leur |their )?"
                         r"(?:prenom|name) (?:(?:stp|svp|please|pls|merci) )?$")

# « le bouton marche pas », "the button doesn't work": the line to type instead.
_BUTTON = re.compile(r"\b(?:bouton|button)\b")
_NOT_WORKING = re.compile(
    # « … mais je peux pas venir » beside « le bouton » is a change of mind, not a fault.
    r"\b(?:marche|fonctionne|repond|reagit) (?:pas|plus)\b|\barrive pas\b"
    r"|\bpeux pas\b(?! venir| etre la| y aller| come| make)"
    r"|\b(?:bug|bugge|beug|beugue|bloque)\b|\brien ne se passe\b|\bnot working\b"
    r"|\b(?:doesnt|dont|didnt|wont|cant) (?:work|press|click|tap|do)\b|\bbroken\b"
    r"|\bnothing happen")

# « on peut venir à plusieurs ? », « comment je fais pour venir avec ma copine », "how do I
# bring a friend": the card's guest button (« jpeux venir avec un pote ? » asks who may come).
# « comment venir avec un fauteuil ? », "how do I bring my camera": not a guest, a person.
_COMPANY = "|".join((*(_norm(w) for w in _PERSON), "quelqu un", "quelquun", "someone", "people",
                     "personne", "plusieur", "invite", "guest", "other", "autre"))
_GUESTS = re.compile(
    r"\b(?:venir|viens|vient|come|coming) (?:a |en )?plusieur\b"
    r"|\b(?:comment|how)\b(?: \w+){0,4} (?:venir avec|come with|bring|amener|emmener)"
    rf"(?: \w+){{0,2}} (?:{_COMPANY})\b"
    r"|\b(?:ajouter|rajouter|add) (?:un |une |des |a |my |mon |ma )?(?:invite|guest|personne"
    r"|person|ami|friend|copain|copine)\b")

# « aide », « help », « menu », « commandes », « ? » typed without the slash: the commands,
# not the FAQ's topics (« aide aux devoirs » asks something else).
_HELP_WORDS = frozenset({"aide", "aidez", "aider", "help", "menu", "commande", "command",
                         "sos", "liste", "list"})
_HELP_MORE = frozenset({"moi", "me", "svp", "stp", "please", "pls", "plz", "bonjour", "salut",
                        "hello", "hi", "le", "la", "les", "des", "de", "d", "du", "bot", "the",
                        "of", "j", "ai", "besoin", "need", "i", "quel", "sont", "what", "are",
                        "your", "vos", "tes", "cest", "quoi", "a", "un", "peu"})


# « comment ça marche », « jcomprends rien », "how does this work", alone: how to use the bot.
_HOW_IT_WORKS = tuple(_norm(p) for p in (
    "comment ca marche", "comment ca fonctionne", "comprend rien", "jcomprend rien",
    "comprend pas", "jcomprend pas", "how does it work", "how does this work",
    "how do i use", "comment on utilise", "comment utiliser"))
_HOW_IT_WORKS_WORDS = frozenset(w for p in _HOW_IT_WORKS for w in p.split()) | frozenset(
    {"je", "ce", "ici", "this", "thing", "bot", "le", "tout"})


def asks_for_commands(text: str) -> bool:
    """Whether the message asks for the list of commands (what /aide shows)."""
    if text.strip() and set(text.strip()) <= {"?", " ", "¿"}:
        return True
    words = [w for w in plain_words(text) if w]
    return (bool(words) and (any(w in _HELP_WORDS for w in words)
                             or any(_has(words, p) for p in _HOW_IT_WORKS))
            and all(w in _HELP_WORDS | _HELP_MORE | _HOW_IT_WORKS_WORDS for w in words))


# « je ne veux plus recevoir les rappels », « arrêtez de m'envoyer des messages », "stop
# the reminders": how to turn them off, not « I don't know » and ten topics.
_QUIET = re.compile(
    r"\b(?:rappel|reminder|notification|notif)\b.*\b(?:plus|stop|arret|arrete|arreter"
    r"|couper|coupe|desactiver|enlever|supprimer|off|no more|turn off|disable)\b"
    r"|\b(?:plus|stop|arret|arrete|arretez|arreter|couper|desactiver|no more|turn off"
    r"|disable|stop sending)\b.*\b(?:rappel|reminder|message|notification|notif|envoyer"
    r"|ecrire)\b")
# « tu peux parler anglais ? », "can you speak english": the reader's language, not the
# English classes.
_SPEAK = re.compile(
    # « apprendre à parler anglais », "learn to speak English": the classes.
    # "do I need to speak French?", « faut parler français ? »: the place's, not the bot's.
    r"(?<!nt )(?<!apprendre a )(?<!learn to )(?<!learn how to )(?<!need to )(?<!have to )"
    r"(?<!faut )(?<!faut il )(?<!must )"
    r"\b(?:parle|parler|parlez|parles|speak|talk|write|ecrire|ecrivez|repondre"
    r"|reply|answer|respond)\b(?! pas\b| plus\b| not\b| no\b)(?: \w+){0,2} (?:en |in )?"
    r"(?:anglais|english|francais|french)\b"
    r"|\b(?:english|anglais) (?:please|svp|stp)\b"
    # « quelle langue vous parlez ? », "what languages do you speak?": the bot's own.
    r"|\bquel(?:les?)? langues? (?:vous |tu )?(?:parlez|parles|parle)\b"
    r"|\bwhat languages? (?:do |can )?you speak\b")

# « do you speak English there? », « les animateurs parlent anglais ? »: the people at Le
# Focus, not the bot's own language (the article does not say).
_AT_THE_PLACE = re.compile(
    r"\b(?:there|la bas|labas|sur place|on site|staff|anyone|someone|somebody|people"
    r"|quelqu un|quelquun|animateur|animatrice|equipe|team|atelier|workshop|benevole)\b")

# « il peut venir seul ? », "can my 10 year old come alone": the article says who it is for,
# never whether a child may come without an adult. Said so beside the answer, so « pour
# tout le monde » is not read as « yes, alone ». A teen asks it too: « jpeux venir sans mes
# parents ? », "can I come without my parents?".
_ALONE = re.compile(
    r"\b(?:seul|seule|alone|unaccompanied"
    r"|sans? (?:(?:mes?|mon|ma|les?|un|une|des?) )?(?:moi|nou|nous|parents?|adultes?|pere"
    r"|mere|darons?|daronnes?)"
    r"|without (?:(?:my|an|a|any|their|his|her) )?(?:parents?|adults?|mum|mom|dad|mother"
    r"|father)"
    r"|non accompagne|by (?:himself|herself|themselves)|on (?:his|her) own)\b")


# Under an event's card (`commands.faq.handlers`): « je peux venir avec mon frère ? », « on
# peut venir à 5 ? », "can I bring a friend?" ask how to bring people (its ➕ button), and
# « ça se termine quand ? », "what time does it end?" its end, not its start.
_BRINGS = re.compile(
    rf"\b(?:venir|viens|vient|venon|come|coming) (?:avec|with) (?:\w+ )?(?:{_COMPANY})\b"
    rf"|\b(?:ramener|amener|emmener|bring) (?:\w+ )?(?:{_COMPANY})\b"
    r"|\b(?:venir|come) (?:a|en|as) (?:\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b"
    # « on peut venir à combien ? »: how many may come along, not who it is for.
    r"|\b(?:venir|venu|viens|vient) (?:a|en) combien\b")
# « fin », "end", "last" alone are no question of the end (« à la fin on peut rester ? »,
# "can we come at the end?", "is this the last session?"): only its time or length.
_ENDS = re.compile(r"\b(?:finit|fini|finira|finissent|termine|terminera|heure de fin|end time"
                   r"|ends|finish|finishes|dure|duree|how long|lasts|does it last)\b")


_WHEN_ASKED = re.compile(r"\b(?:quand|when|quel heure|what time|quel jour|what day|date)\b")


def asks_when(words: Sequence[str]) -> bool:
    """Whether the question asks when (« c quand déjà », "when is it again?")."""
    return _WHEN_ASKED.search(" ".join(words)) is not None


def brings_someone(words: Sequence[str]) -> bool:
    """Whether the question asks to come with other people (`_BRINGS`)."""
    return _BRINGS.search(" ".join(words)) is not None


def asks_end(words: Sequence[str]) -> bool:
    """Whether the question asks when an event ends, or how long it lasts (`_ENDS`)."""
    return _ENDS.search(" ".join(words)) is not None


# « ma fille veut venir au cours d'anglais », "my son would like to join": a wish to come,
# said (under an event's card: to that event, its line and buttons).
_WISH = re.compile(
    r"\b(?:veu|veut|veulent|voudrai|voudrait|voudraient|voudrion|aimerai|aimerait"
    r"|aimeraient|souhaite|souhaiterai|souhaiterait|want|wanna|would like|d like|keen)"
    r" (?:bien |beaucoup |trop |to |vraiment |really )?(?:venir|participer|s inscrire"
    r"|m inscrire|l inscrire|y aller|aller|come|join|attend|go|signup)\b")


# What joining the association asks (its fee, its site, how to reach it), not signing up
# for one event: « comment on adhère ? », « c'est quoi le site ? ».
_ASSOCIATION_ASKED = tuple(_norm(w) for w in (
    "adhesion", "adherer", "adherent", "adhere", "cotisation", "membership", "member",
    "membre", "association", "asso", "meltingphot", "site", "website", "contact", "contacter",
    "telephone", "phone", "mail", "email", "joindre"))


def asks_the_association(words: Sequence[str]) -> bool:
    """Whether joining or reaching the association is asked, not signing up for one event."""
    return any(_has(words, w) for w in _ASSOCIATION_ASKED)


def wishes_to_come(words: Sequence[str]) -> bool:
    """Whether the message says someone wants to come (`_WISH`)."""
    return _WISH.search(" ".join(words)) is not None


def asks_alone(words: Sequence[str]) -> bool:
    """Whether the question asks about a child coming without an adult."""
    return _ALONE.search(" ".join(words)) is not None


_MEANING = {topic: _normed(table) for topic, table in _MEANING.items()}
_ELSEWHERE = _normed(_ELSEWHERE)
_UNSAID = tuple(_norm(phrase) for phrase in _UNSAID)
_BRING = tuple(_norm(w) for w in _BRING)
_PERSON = tuple(_norm(w) for w in _PERSON)
_MEMBERSHIP = tuple(_norm(w) for w in _MEMBERSHIP)
_AGE_ASKED = tuple(_norm(w) for w in _AGE_ASKED)
_KINDS = {_norm(phrase): kind for phrase, kind in _KINDS.items()}
_PERIODS = {_norm(phrase): period for phrase, period in _PERIODS.items()}
_WHEN_CUES = tuple(_norm(c) for c in _WHEN_CUES)
_PROGRAMME_ALONE = tuple(_norm(c) for c in _PROGRAMME_ALONE)
# Words of "I can't come" that typo correction must leave alone (`unregister` is no typo
# of `register`).
_CANCEL_WORDS = frozenset({"annuler", "annulation", "venir", "desinscrire", "desinscription",
                           "unregister", "unsubscribe", "cancel", "cancelling", "viendrai",
                           "pourrai", "empeche", "liberer", "retirer", "inscrit"})
# "Y a quoi comme ateliers ?" asks what exists, not when.
_WHAT_KIND = tuple(_norm(c) for c in ("quoi comme", "quel genre", "what kind", "quel type",
                                      "what sort"))


_AGE = re.compile(r"\b\d{1,2} (?:an|ans|year|yo)\b|\b(?:i am|j ai) \d{1,2}\b")


def _unsaid_in(words: Sequence[str]) -> list[str]:
    """The subjects of _UNSAID the question names (a job at Le Focus, who comes, read on
    its words)."""
    found = [phrase for phrase in _UNSAID if _has(words, phrase)]
    joined = " ".join(words)
    if _WORK_HERE.search(joined):
        found.append(_WORK_HERE_MARK)
    if _WHO_COMES.search(joined) or _HOW_MANY.search(joined):
        found.append(_WHO_COMES_MARK)
    if _HOST_HERE.search(joined):
        found.append(_HOST_HERE_MARK)
    return found


def _has(words: Sequence[str], phrase: str) -> bool:
    parts = phrase.split()
    n = len(parts)
    return any(list(words[i:i + n]) == parts for i in range(len(words) - n + 1))


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    found = {w for table in _MEANING.values() for phrase in table for w in phrase.split()}
    found |= {w for phrase in (*_KINDS, *_PERIODS) for w in phrase.split()}
    found |= {w for phrase in (*_WHEN_CUES, *_PROGRAMME_ALONE) for w in phrase.split()}
    found |= _GREETINGS | _THANKS | _CANCEL_WORDS
    return frozenset(w for w in found if len(w) >= 5)


@lru_cache(maxsize=1)
def _elsewhere_words() -> frozenset[str]:
    """The words of other subjects (« resto », « parking »), kept as typed: no typo of a
    meaning word."""
    return frozenset(w for phrase in (*_ELSEWHERE, *_UNSAID, *_BRING, *_MEMBERSHIP)
                     for w in phrase.split())


def _corrected(words: list[str], extra: Iterable[str]) -> list[str]:
    """Typos folded onto the words we know: `tarfis` -> `tarif`, `horraire` -> `horaire`."""
    from rapidfuzz import fuzz, process

    known = _vocabulary() | {w for w in extra if len(w) >= 5}
    out = []
    for word in words:
        if (len(word) >= 5 and word not in known and word not in _STOP
                and word not in _ORDINARY and word not in _elsewhere_words()
                and not word.isdigit()):
            match = process.extractOne(word, known, scorer=fuzz.ratio, score_cutoff=80)
            # A loose match is a typo only when it starts like the word and is about as long:
            # « tarfi » is « tarif », but « théâtre » is not "there", « pouvez » not « ouvrez »,
            # « salle » not « aller »: a subject we do not know stays unknown.
            if match is not None and (match[1] >= 88 or (
                    match[0][0] == word[0] and abs(len(match[0]) - len(word)) <= 1)) and (
                    _slip(word, match[0])):
                word = match[0]
        out.append(word)
    return out


# Keys side by side on an AZERTY or QWERTY keyboard, and letters that sound alike: one such
# letter typed for another is a slip of the finger (« tarig » for « tarif »); one far away
# makes another word (« concert » is no typo of « concept », « these » none of « theme »).
_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR = frozenset(
    {(row[i], row[i + 1]) for row in _ROWS for i in range(len(row) - 1)}
    | {(upper[i], lower[j]) for upper, lower in zip(_ROWS[0:2] + _ROWS[3:5],
                                                   _ROWS[1:3] + _ROWS[4:6], strict=True)
       for i in range(len(upper)) for j in (i - 1, i, i + 1) if 0 <= j < len(lower)}
    | {("i", "y"), ("c", "k"), ("c", "s"), ("s", "z"), ("k", "q"), ("c", "q"), ("e", "a"),
       ("o", "u"), ("m", "n"), ("z", "r")})


def _slip(typed: str, known: str) -> bool:
    """Whether `typed` may be `known` mistyped: not when they differ by one letter only and
    those two keys are far apart and sound different."""
    if len(typed) != len(known):
        return True
    differ = [(a, b) for a, b in zip(typed, known, strict=True) if a != b]
    return len(differ) != 1 or differ[0] in _NEAR or differ[0][::-1] in _NEAR


# « où est-ce que ça se passe ? », « où a lieu l'atelier »: where, not when.
_WHERE_HAPPENS = re.compile(r"\bou\b(?: \w+){0,4} (?:se passe|a lieu)\b")


# « vous ouvrez à quelle heure le samedi ? », "what time do you open on saturdays": the
# place's opening hours on a day, not the day's programme.
_OPEN_WORDS = tuple(_norm(w) for w in (
    "ouvert", "ouverte", "ouvre", "ouvrez", "ouverture", "ferme", "fermez", "fermeture",
    "horaire", "open", "opening", "close", "closing"))
# « et le samedi ? », "what about sunday?": a day alone, after a first question: that day's
# programme (no word of any topic beside it).
_DAY_ALONE = frozenset(_norm(w) for w in (
    "et", "and", "le", "la", "ce", "cette", "the", "on", "what", "about", "pour", "for",
    "alors", "sinon", "aussi", "too", "also", "prochain", "prochaine", "next", "this", "cest",
    "quoi", "ya", "is", "there"))


# « combien coûte une heure d'atelier ? », "how much per hour": a price by the hour, not when.
_PER_HOUR = tuple(_norm(w) for w in (
    "une heure", "l heure", "par heure", "de l heure", "an hour", "per hour", "the hour",
    "one hour"))


def _price_asked(words: Sequence[str]) -> bool:
    return any(w >= 3 and _has(words, p) for p, w in _MEANING["tarifs"].items())


def _programme_named(words: Sequence[str]) -> bool:
    """The programme asked by name (« le programme », « la prochaine soirée jeux »), not only
    read from a day named beside another question."""
    kind = bool(wanted_kinds(words)) or _has(words, "soiree")
    cue = any(_has(words, c) for c in (*_WHEN_CUES, *_PERIODS))
    joined = " ".join(words)
    return (kind and cue) or any(f" {p} " in f" {joined} " for p in _PROGRAMME_ALONE)


# « et pour les enfants ? », "and for adults?": for whom, asked after another question.
_FOLLOW_WORDS = frozenset(_norm(w) for w in (
    "adulte", "adult", "ado", "teen", "teenager", "jeune", "lyceen", "collegien", "etudiant",
    "student", "grand", "petit", "moins", "plus", "de", "ans", "year", "old", "under", "over",
    "aussi", "too", "also", "alor", "then", "senior", "retraite", "famille", "family")) | {
    w for p in _PERSON for w in p.split()} | {
    "l", "le", "la", "les", "un", "une", "des", "mon", "ma", "mes", "the", "a", "my", "our"}


# « pour les adultes ou les enfants ? », "for adults or kids?": a choice of audiences.
_AUDIENCE = (r"(?:adulte|adult|enfant|kid|child|ado|teen|teenager|jeune|young|grand|petit"
             r"|lyceen|collegien|parent|famille|family|senior)")
_AUDIENCE_CHOICE = re.compile(
    rf"\b{_AUDIENCE}\b (?:ou|or) (?:pour |for )?(?:les |des |the |a |an |de |d )?{_AUDIENCE}\b")
# An activity named: the article lists it, not for whom each one is.
_AN_ACTIVITY = frozenset(_norm(w) for w in (
    "cours", "class", "lesson", "atelier", "workshop", "masterclass", "masterclasse",
    "anglais", "english", "projection", "screening", "film", "jeu", "game"))


def _audience_of_an_activity(words: Sequence[str]) -> bool:
    """« les cours d'anglais, c'est pour les adultes ou les enfants ? »: which audience one
    activity is for (the place itself, « c'est pour les adultes ou les enfants ? », is for
    everyone: the article says so)."""
    return bool(_AUDIENCE_CHOICE.search(" ".join(words))) and any(
        w in _AN_ACTIVITY for w in words)


def _follow_up_for_whom(words: Sequence[str]) -> bool:
    return (len(words) >= 3 and words[0] in ("et", "and") and words[1] in _PURPOSE
            and all(w in _FOLLOW_WORDS or w.isdigit() for w in words[2:]))


def _programme(words: Sequence[str]) -> bool:
    if any(_has(words, c) for c in _WHAT_KIND):
        return False
    kind = bool(wanted_kinds(words)) or _has(words, "soiree")
    period = any(_has(words, p) for p in _PERIODS)
    joined = " ".join(words)
    where = _WHERE_HAPPENS.search(joined) is not None
    cue = any(_has(words, c) for c in _WHEN_CUES if not (where and c == "se passe"))
    if kind and (cue or period):
        return True
    if period and not kind and any(_has(words, w) for w in _OPEN_WORDS):
        return False
    if period and any(_has(words, w) for w in ("heure", "time", "hour")):
        return True  # « c a quelle heure vendredi »: that day's events say their hours
    if period and all(w in _DAY_ALONE or any(_has([w], p) for p in _PERIODS) for w in words):
        return True
    if period and any(_has(words, w) for w in ("quoi", "what", "programme", "prevu",
                                                 "evenement", "event", "anything",
                                                 "sortie", "activite", "faire", "truc",
                                                 "chose", "something")):
        return not any(_has(words, w) for w in _ELSEWHERE)
    return any(f" {p} " in f" {joined} " for p in _PROGRAMME_ALONE)


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word of our lexicons, of any length: a subject outside them is not ours."""
    found = {w for table in _MEANING.values() for phrase in table for w in phrase.split()}
    found |= {w for phrase in (*_KINDS, *_PERIODS, *_WHEN_CUES, *_PROGRAMME_ALONE)
              for w in phrase.split()}
    return frozenset(found | _STOP | _ORDINARY)


# Words that ask how to do something.
_HOW: tuple[str, ...] = ("comment", "how", "on fait", "faire pour", "marche", "procedure")
# Question words that, typed alone, ask one thing.
_LONE_ASKS = frozenset({"ou", "where", "combien", "how much"})


def _unnamed_class(words: Sequence[str]) -> list[str]:
    """The subjects of « cours de guitare », "pottery class" that no lexicon knows."""
    found = []
    for match in _CLASS_OF.finditer(" ".join(words)):
        subject = match.group(1) or match.group(2)
        if subject and not subject.isdigit() and subject not in _known_words() \
                and subject not in MONTH_WORDS:
            found.append(subject)
    return found


# Everyday words that say how something is asked, not what about: a word outside every
# lexicon and this list is the question's subject (« théâtre », « Noël », « casier »).
_FILLER = frozenset(_norm(w) for w in """
voudrais voudrait voudrai voudrions aimerais aimerait aimerai souhaite souhaiterais
souhaiterai souhaitons pourriez pourrais pourrait pourrai pouvons pouvez puis puisse jveux
jveu veux voulez voulait indiquer dire expliquer savoir connaitre demander renseigner aider
aidez trouver chercher cherche partir exactement exacte exact vraiment vrai seulement juste
propre meme quandmeme trop truc machin chose chelou serieux serieusement possible minimum
maximum total totalement dans pendant durant avant apres depuis chez entre sans sous vers
alors donc sinon aussi toujours jamais souvent parfois quoi quel quelle comment pourquoi
combien bonne journee soiree plait yaura aura auront sera seront etait avait fois petite
servir sert utile developper seul seule alone unaccompanied accompagne himself herself
continuer continue continuent participer participe venir vient aller allez faire fais fait
font mettre prendre donner passer rester avoir etre concerne concernant niveau lien liens
have need needs want wants find first like would should could will make take know tell give
here there just also really exactly still anyone someone something anything every some any
more much many very only even does doing done going being been into onto over under while
during before after since about ever okay thank thanks please hello kind sort type stuff
thing things genre jouer joue play playing apprendre learn sommes somme personne
personnes rien connais connait moyen lheure organisez organise organiser organisent
organize love loves loved enjoy enjoys making use using could offer moved moving move
virgule point interrogation parle parler
viens vient venons arriver arrive arrivee arrives emmenage emmenager demenage demenager
installe installee installes nouveau nouvelle nouveaux nouvelles
""".split())
# A topic's words that only say what a question is about (« l'atelier », « la photo », « le
# studio », « y aller »): beside a subject no lexicon knows, they do not answer it: « les
# ateliers ont lieu pendant les vacances de Noël ? » is not the list of activities, « on peut
# faire du théâtre ? » not a « yes ». What asks the topic itself (« quelles activités »,
# « quel matériel », « combien », « où ») still counts.
_ABOUT_PHRASES: dict[str, tuple[str, ...]] = {
    "lefocus": ("focus", "lieu", "espace", "place", "projet", "about"),
    "activites": ("atelier", "workshop", "masterclasse", "masterclass", "propose", "proposez",
                  "peux faire", "peut faire", "do there", "faites", "on fait", "chez vous",
                  "video", "musique", "music", "photo", "graphisme", "anglais", "english",
                  "cours", "cours d anglais", "english class", "english lesson",
                  "jeu de societe", "soiree", "projection", "film", "audiovisuel",
                  "anime par", "beat"),
    "equipement": ("studio", "labo", "laboratoire", "argentique", "darkroom", "camera",
                   "appareil", "appareil photo", "ordi", "logiciel", "software", "photoshop",
                   "enregistrement", "enregistrer", "sonore", "recording", "micro", "mixer",
                   "montage", "poste", "montage video", "video editing", "editing",
                   "photo argentique", "pellicule"),
    "adresse": ("y va", "y aller", "get there", "how to get", "venir au focus", "acceder",
                "bus", "plan", "map", "gps", "a ales", "ales"),
    "public": ("petit", "pour les", "for kid", "everyone", "jeune", "young", "ami", "friend",
               "copain", "copine", "amener", "ramener", "emmener", "bring", "enfant", "kid",
               "child", "fils", "fille", "my son", "our son", "daughter", "ado", "adolescent",
               "teen", "teenager", "adulte", "adult", "lyceen", "lycee", "college",
               "collegien", "peux venir", "peux participer", "can i join"),
    "meltingphot": ("association", "meltingphot", "melting"),
    "horaires": ("heure", "quel heure", "hour"),
}
_ABOUT = {topic: frozenset(_norm(p) for p in phrases) for topic, phrases in _ABOUT_PHRASES.items()}
# « une photo d'identité pour l'inscription », "experience to join": what a word follows
# « pour », "for" is the purpose, not what is asked, beside an unknown subject.
_PURPOSE = frozenset({"pour", "for"})
_POSSESSIVES = frozenset({"mon", "ma", "mes", "notre", "nos", "my", "our", "son", "sa", "ses",
                          "his", "her", "their", "leur", "leurs"})
_DETERMINERS = frozenset({"l", "le", "la", "les", "un", "une", "des", "mon", "ma", "mes",
                          "son", "sa", "ses", "the", "a", "my", "your", "votre", "vos"})


def _subjects(words: Sequence[str], topics: Sequence[Topic]) -> list[str]:
    """The words of a question no lexicon, no FAQ entry and no everyday word knows: what is
    asked about, when the article does not say it (« théâtre », « casier », « Noël »)."""
    named = {w for t in topics for k in (t.key, *t.keywords, *t.question.values())
             for w in _topic_words(k)}
    # « for my band », « pour mon groupe »: the asker's own people or project, whom the
    # thing asked about is for, not what is asked (« pour la poterie » still is).
    purpose = {i + 2 for i, w in enumerate(words[:-1])
               if w in _PURPOSE and words[i + 1] in _POSSESSIVES}
    return [w for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()
            and w not in _known_words() and i not in purpose
            and w not in _FILLER and w not in named and w not in _CONVERSATION_WORDS
            and w not in MONTH_WORDS and not _LAUGH.fullmatch(w)]


def _asked(words: Sequence[str], phrase: str) -> bool:
    """The phrase is in the question, and not only as a purpose (« pour l'inscription »)."""
    parts = phrase.split()
    n = len(parts)
    for i in range(len(words) - n + 1):
        if list(words[i:i + n]) != parts:
            continue
        before = [w for w in words[max(0, i - 2):i]]
        if before and before[-1] in _DETERMINERS:
            before = before[:-1]
        if not (before and before[-1] in _PURPOSE):
            return True
    return False


def _scores(words: Sequence[str], topics: Sequence[Topic], *,
            settle: bool = True) -> dict[str, float]:
    """Each topic's points; `settle=False` keeps every topic named, before the price of
    something is read as a price question. Beside a subject nothing knows (`_subjects`),
    only what asks a topic counts, not what the question is about (`_ABOUT`)."""
    subjects = _subjects(words, topics)
    penalty = sum(w for phrase, w in _ELSEWHERE.items() if _has(words, phrase))
    unsaid = _unsaid_in(words)
    unnamed = _unnamed_class(words)
    alone = " ".join(words)
    if any(_has(words, w) for w in _BRING) and not any(_has(words, w) for w in _PERSON):
        unsaid += [w for w in _BRING if _has(words, w)]
    scores: dict[str, float] = {}
    # « comment on fait ? », « COMMENT ON FAIT »: how to do something (what, unsaid), not
    # « what do you do there » (« qu'est-ce qu'on fait là-bas ? »).
    how_to = _has(words, "comment on fait") or _has(words, "how do we do")
    for topic in topics:
        # A question word alone (« où ? », « combien ? ») asks what it always asks.
        about = _ABOUT.get(topic.key, frozenset()) if subjects else frozenset()
        score = sum(max(w, CONFIDENT) if phrase == alone and phrase in _LONE_ASKS else w
                    for phrase, w in _MEANING.get(topic.key, {}).items()
                    if phrase not in about and not (how_to and phrase == "on fait")
                    and (_asked(words, phrase) if subjects else _has(words, phrase)))
        names = {" ".join(_topic_words(k)) for k in topic.keywords} | {_word(topic.key)}
        shipped_words = _MEANING.get(topic.key, {})
        score += sum(ORGANISER_WEIGHT for n in names
                     if n and n not in shipped_words and _has(words, n))
        if topic.key not in _MEANING:  # an organiser's own entry: its question's words count
            asked = {w for q in topic.question.values() for w in _topic_words(q)
                     if len(w) >= 4 and w not in _STOP}
            score += QUESTION_WEIGHT * sum(1 for w in asked if w in words)
        if topic.key == "public" and _AGE.search(" ".join(words)) and (not subjects or score):
            score += 3  # "mon fils a 11 ans", "my son is 14"
        own = " " + " ".join(w for text in (topic.key, *topic.keywords, *(
            topic.question.values() if topic.key not in _MEANING else ()))
            for w in _topic_words(text)) + " "
        if any(f" {phrase} " not in own for phrase in unsaid):
            # « c'est combien le parking ? »: the prices would look like an answer and say
            # nothing about the parking; only an entry naming the subject answers it.
            continue
        if topic.key == "activites" and any(f" {w} " not in own for w in unnamed):
            continue
        if score > 0:
            scores[topic.key] = score + penalty
    return _settled(words, scores) if settle else scores


def _settled(words: Sequence[str], scores: dict[str, float]) -> dict[str, float]:
    """`scores` (changed in place) once the price of something is read as a price question."""
    if "public" in scores and not _AGE.search(" ".join(words)) and not any(
            _has(words, phrase) for phrase in _MEANING["public"]
            if phrase not in _FOR_WHOM) and any(
            s >= CONFIDENT for k, s in scores.items() if k != "public"):
        scores.pop("public")
    if "public" in scores and (any(_has(words, w) for w in _WHEN_TO_COME)
                               or _CLOCK_OR_SPAN.search(" ".join(words))) and not any(
            _has(words, phrase) for phrase, weight in _MEANING["public"].items()
            if phrase not in _MAY_COME and weight >= 2):
        # « on peut venir le soir ? » asks when, not who may come; so does « on peut venir
        # en famille le soir pour les jeux ? » (« pour les » jeux is what for, not whom).
        scores.pop("public")
    if "public" in scores and "metiers" in scores and any(
            w >= 3 and _has(words, p) for p, w in _MEANING["metiers"].items()) and not any(
            _has(words, p) for p in (*_AGE_ASKED, *_MAY_COME, *_WHO_MAY, "pour qui")) and all(
            p in _FOR_WHOM or p in _AGE_SAID for p in _MEANING["public"] if _has(words, p)):
        # « ma fille de 15 ans voudrait faire journaliste plus tard »: the career is asked;
        # her age says for whom, and « pour tout le monde » would not answer it.
        scores.pop("public")
    if "public" in scores and any(_has(words, w) for w in _FOR_REGISTERING) and not any(
            _has(words, p) for p in (*_AGE_ASKED, *_MAY_COME, "pour qui")):
        # « c'est pour une inscription pour ma fille qui a 12 ans »: what the message is for
        # is registering; the age says for whom.
        scores.pop("public")
    if "public" in scores and any(_has(words, w) for w in _WHO_MAY):
        # "who can join the workshops", « qui peut s'inscrire ? »: who may come is asked,
        # not how to join.
        scores.pop("inscription", None)
    if "public" in scores and _unnamed_class(words) and not any(
            _has(words, p) for p in (*_AGE_ASKED, *(
                phrase for phrase in _MEANING["public"]
                if phrase not in _FOR_WHOM and phrase not in _AGE_SAID))):
        # « vous faites des ateliers de dessin pour ma fille de 8 ans ? »: whether a class the
        # article does not name exists; her age says for whom, and « pour tout le monde »
        # would read as « yes ».
        scores.pop("public")
    _opening(words, scores)
    if "metiers" in scores and _has(words, "stage") and any(
            _has(words, w) for w in _HOLIDAY) and not any(
            _has(words, p) for p in _MEANING["metiers"] if p != "stage"):
        # « des stages pendant les vacances de la Toussaint »: a holiday course for children,
        # not an internship; the article says nothing of holiday courses.
        scores.pop("metiers")
    if "inscription" in scores and any(_has(words, w) for w in _HOW) and any(
            _has(words, w) for w in _REGISTER) and not any(_has(words, w) for w in _AGE_ASKED):
        # « ma fille de 13 ans aimerait faire de la photo, comment l'inscrire ? », « comment
        # adhérer à MeltingPhot ? »: how to register is asked; the child or the association
        # is who or what it is for.
        for subject in ("public", "meltingphot", "activites"):
            scores.pop(subject, None)
    if any(_has(words, w) for w in _MEMBERSHIP):
        scores.pop("tarifs", None)
    elif "tarifs" in scores and not any(_has(words, w) for w in _AGE_ASKED) and any(
            w >= 2 and _has(words, phrase) for phrase, w in _MEANING["tarifs"].items()):
        # The price asked for someone or of something (« c'est gratuit pour les enfants et
        # les ados ? », « le cours d'anglais c'est payant ? », "how much is the darkroom"):
        # the prices. An age said (« mon fils a 7 ans, c'est gratuit ? ») is who it is for,
        # not what is asked.
        for subject in ("public", "activites", "equipement"):
            scores.pop(subject, None)
    return scores


# « ma fille de 8 ans », "my son is 14 years old": an age said, for whom something is asked.
_AGE_SAID = frozenset(_norm(w) for w in ("ans", "old", "years old"))
_FOR_REGISTERING = tuple(_norm(w) for w in (
    "cest pour une inscription", "pour une inscription", "pour inscrire", "pour l inscription",
    "pour une adhesion", "for a registration", "to register", "to sign up"))
_WHO_MAY = tuple(_norm(w) for w in (
    "who can", "who may", "who is allowed", "qui peut", "qui peuvent", "qui a le droit"))
# School holidays: beside them, a « stage » is a holiday course, not an internship.
_HOLIDAY = tuple(_norm(w) for w in (
    "vacance", "toussaint", "noel", "ete", "paque", "fevrier", "hiver", "printemps",
    "holiday", "summer", "half term"))
# How to register (« comment l'inscrire », "how do I join"), beside a how-word.
_REGISTER = tuple(_norm(w) for w in (
    "inscrire", "inscris", "inscrit", "inscription", "adherer", "adhere", "join", "register",
    "signup", "devenir membre", "become a member"))
# Going there (not where it is): beside a day or an hour, « on peut y aller le dimanche ? »
# asks when.
_GOING = tuple(_norm(w) for w in ("y va", "y aller", "get there", "venir au focus", "acceder"))
# A day or an hour: the daily opening hours are asked, not since when Le Focus is open.
_DAY_OR_HOUR = tuple(_norm(w) for w in (
    *_WHEN_TO_COME, "horaire", "hour", "heure", "aprem", "midi", "nuit", "night", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "aujourdhui", "demain", "tomorrow", "tonight", "ce soir"))
# The opening as an event, in the past or « since »: the opening date, not the hours.
_SINCE = tuple(_norm(w) for w in ("did", "depuis", "since", "deja", "already", "yet"))
# The association named without Le Focus or its opening: its own age is asked.
_ASSOCIATION = tuple(_norm(w) for w in ("meltingphot", "melting", "association"))
_THE_PLACE = tuple(_norm(w) for w in (
    "focus", "lieu", "espace", "ouvert", "ouverte", "ouvre", "ouvrir", "ouverture", "open",
    "opened", "opening", "inauguration", "inaugure", "inauguree", "inaugurated"))
# The inauguration itself, named: a day or an hour beside it asks its date, not the hours.
_INAUGURATION_NAMED = tuple(_norm(w) for w in (
    "inauguration", "inaugure", "inauguree", "inaugurated", "inaugurer", "grand opening",
    "opening party", "fete d ouverture"))


def _opening(words: Sequence[str], scores: dict[str, float]) -> None:
    """The opening date (early October, the article) against the daily hours (not known):
    a day or an hour asks the hours, « depuis », "did", « déjà » the date; going there on a
    day asks when, not where; the association named alone (« l'asso existe depuis quand ? »)
    asks its own age, not Le Focus's opening."""
    if "inauguration" in scores and any(_has(words, w) for w in _ASSOCIATION) and not any(
            _has(words, w) for w in _THE_PLACE):
        # « l'asso existe depuis quand ? »: MeltingPhot is « active depuis plusieurs
        # années », not opened in October.
        scores["meltingphot"] = max(scores.get("meltingphot", 0), scores.pop("inauguration"))
    day = any(_has(words, w) for w in _DAY_OR_HOUR if w not in ("quand", "when"))
    if day:
        if not any(_has(words, w) for w in _INAUGURATION_NAMED):
            # « l'inauguration c'est samedi ? » asks the inauguration, named.
            scores.pop("inauguration", None)
        if "adresse" in scores and not any(_has(words, w) for w in _HOW) and not any(
                _has(words, p) for p in _MEANING["adresse"] if p not in _GOING):
            scores.pop("adresse")
            scores["horaires"] = max(scores.get("horaires", 0), CONFIDENT + 1)
    elif "horaires" in scores and any(_has(words, w) for w in _SINCE):
        scores["inauguration"] = max(scores.get("inauguration", 0), scores.pop("horaires") + 1)


# Where one question ends and another starts: « ya un studio ? c combien ? »; and « et »,
# "and" when a new question follows (« c'est où et c'est combien ? », "do I need to book,
# and is it free?", « horaires et adresse ») — not « pour moi et mes 2 enfants ».
_SENTENCES = re.compile(r"(?<=[?;\n])")  # the « ? » stays: it says a part is asked
_AND = re.compile(r"\bet\b|\band\b|&", re.IGNORECASE)
_STARTS_A_QUESTION = frozenset(_norm(w) for w in """
c cest ca il ils elle elles y ya on vous je j tu est sont faut combien ou quel quand comment
qui pourquoi peux avez etes is are do does can where what when how who which i si if whether
""".split())


def _one_word_names(topics: Sequence[Topic]) -> frozenset[str]:
    """The topics' keys and keywords of one word (« horaires », « tarifs »): said after « et »,
    they start a new question (« les horaires et les tarifs »)."""
    return frozenset(w for t in topics for k in (t.key, *t.keywords)
                     for w in _topic_words(k) if len(_topic_words(k)) == 1)


def _clauses(question: str, names: frozenset[str]) -> list[str]:
    found: list[str] = []
    for sentence in _SENTENCES.split(question):
        for i, piece in enumerate(_AND.split(sentence)):
            # « les horaires et les tarifs »: the topic's name after its determiner.
            first = [w for w in plain_words(piece) if w not in _DETERMINERS][:1]
            if i and found and not (first and (first[0] in _STARTS_A_QUESTION
                                               or first[0] in names)):
                found[-1] += " et " + piece
            else:
                found.append(piece)
    return [c for c in found if c.strip()]


# Words that open a question even without « ? » (voice dictation has no punctuation).
_ASKS = frozenset(_norm(w) for w in """
questce est ya combien ou quel quand comment qui pourquoi peux faut avez etes as is are do
does can could where what when how who which any
""".split())


def _unknown_subject(piece: str, words: Sequence[str],
                     ranked: Sequence[tuple[str, float]]) -> bool:
    """A part of a question that asks (a « ? », or a question word first) about something no
    topic knows: a subject the article does not say (« y a un parking ? ») or words none of
    our lexicons has (« on peut louer la salle ? »), and no topic scores enough. Politeness
    (« merci d'avance », « cordialement ») and what the asker says of themselves (« j'habite
    à Nîmes ») are not asked."""
    if ranked and ranked[0][1] >= CONFIDENT:
        return False
    # « … est-ce que je peux rester avec lui pendant l'atelier », dictated with no « ? »
    # after « Bonjour je suis grand-mère »: asked all the same.
    if not (piece.rstrip().endswith("?") or words[0] in _ASKS or _has(words, "est ce")):
        return False
    if _unsaid_in(words):
        return True
    polite = _GREETINGS | _THANKS | _ACK | _SMALL_TALK | _OK_WORDS | {"avance", "plait",
                                                                        "advance"}
    # Words we know, in a part asked with its own « ? » that no topic answers (« et on peut
    # venir le soir ? »): not answered either, so said.
    ignored = polite | (_STOP | _ORDINARY if piece.rstrip().endswith("?") else _known_words())
    return any(len(w) >= 4 and not w.isdigit() and w not in ignored for w in words)


def _several(question: str, topics: Sequence[Topic],
             extra: Iterable[str]) -> tuple[list[str], bool]:
    """The topics of a question made of parts that each ask one thing, in the order asked,
    and whether another part asks what no topic says. A part counts when one topic wins it
    clearly and it says nothing of the other parts' topics: « mon fils a 12 ans et il peut
    venir aux ateliers ? » is one question (who may come), « c pour les ados et c gratuit ? »
    two, « c'est combien et y a un parking ? » the prices and an honest « not known »."""
    names = _one_word_names(topics)  # once per message: _clauses and the parts use them
    pieces = _clauses(question, names)
    if len(pieces) < 2:
        return [], False
    parts = [_corrected(plain_words(p), extra) for p in pieces]
    found: list[tuple[str, set[str]]] = []
    unknown = False
    for piece, words in zip(pieces, parts, strict=True):
        words = [w for w in words if w]
        while words and words[0] in _GREETINGS:
            words = words[1:]
        if not words:
            continue
        first = [w for w in words if w not in _DETERMINERS][:1]
        if not (piece.rstrip().endswith("?") or any(w in _ASKS for w in words) or (
                first and (first[0] in _STARTS_A_QUESTION or first[0] in names))):
            # « c'est cher ? nous avons une petite retraite », « ya du graphisme ? photoshop
            # tout ça »: a part that asks nothing says why or what the other part asks; it is
            # read with the whole message, not answered on its own.
            continue
        named = _scores(words, topics, settle=False)
        ranked = sorted(_settled(words, dict(named)).items(), key=lambda p: p[1], reverse=True)
        if ranked and ranked[0][1] >= CONFIDENT and (
                len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= TIE_MARGIN):
            found.append((ranked[0][0], set(named)))
        elif _unknown_subject(piece, words, ranked):
            unknown = True
    keys = list(dict.fromkeys(key for key, _ in found))
    if not keys or (len(keys) < 2 and not unknown) or any(
            other != key and other in named for key, named in found for other in keys):
        return [], False
    return keys, unknown


# The relay reads a private message with the FAQ's eyes before the FAQ answers it (« is it a
# "je viens" ? », « does the FAQ answer it itself ? », `commands.relay.handlers`): the last
# reading is kept, so one message is read once. The reading depends on the words and the
# entries only (no clock, no member), so an entry edited since is a new reading.
_LAST: dict[tuple[object, ...], Understood] = {}


def understand(question: str, topics: Sequence[Topic]) -> Understood:
    """What the question asks, among the topics a member can read now."""
    seen = (question, *((t.key, t.keywords, *t.question.values()) for t in topics))
    found = _LAST.get(seen)
    if found is None:
        found = _understand(question, topics)
        _LAST.clear()
        _LAST[seen] = found
    return found


def _understand(question: str, topics: Sequence[Topic]) -> Understood:
    found = _understood(question, topics)
    asked = (found.label, *found.also)
    if found.confident and "public" in asked and _audience_of_an_activity(found.words) and (
            "activites" in {t.key for t in topics}):
        # « les cours d'anglais c'est pour les adultes ou les enfants ? »: the classes exist
        # (the activities), for whom the article does not say: « pour tout le monde » would
        # read as « both ». Another part asked (« … et c'est où ? ») is still answered.
        keys = list(dict.fromkeys("activites" if k == "public" else k for k in asked))
        return replace(found, label=keys[0], also=tuple(keys[1:]), unknown_part=True)
    return found


def _understood(question: str, topics: Sequence[Topic]) -> Understood:
    extra = {w for t in topics for k in (*t.keywords, t.key, *t.question.values())
             for w in _topic_words(k)}
    said = plain_words(question)
    unlaughed = [w for w in said if not _LAUGH.fullmatch(w)]
    if said and not unlaughed:
        return Understood("laugh", False)  # nothing asked: acknowledged, no topic
    words = _corrected(unlaughed, extra)
    content = [w for w in words if w]
    if not content:
        return Understood("none", False)
    if all(w in _BYE_WORDS for w in content) and any(_has(content, p) for p in _BYE):
        return Understood("bye", True, words=tuple(words))
    if all(w in _GREETINGS | _SMALL_TALK for w in content) and (any(
            w in _GREETINGS for w in content) or _has(content, "ca va")):
        return Understood("greeting", True, words=tuple(words))
    if all(w in _THANKS | _ACK for w in content) and any(w in _THANKS for w in content):
        return Understood("thanks", True, words=tuple(words))
    # "Bonjour, c'est combien ?": the greeting is politeness, the question is the rest.
    while content and content[0] in _GREETINGS:
        content = content[1:]
    joined = " " + " ".join(content) + " "
    typed = typed_answer(content)
    if typed is not None:
        return Understood(f"typed_{typed}", True, words=tuple(content))
    if (_FORGET_NAMES.search(joined) and (any(w in _CHILD_WORDS for w in content)
                                          or "prenom" in content)) or _ONLY_NAMES.match(joined):
        return Understood("forget_names", True, words=tuple(content))
    if _KEEP_ACCOUNT.search(joined):
        return Understood("privacy" if _KEEP_NOT.search(joined) else "keep_account", True,
                          words=tuple(content))
    if _KEEP_IT_NOT.search(joined):  # before: « ne l'effacez pas » is not « effacez-le »
        return Understood("privacy", True, words=tuple(content))
    if _KEEP_IT.search(joined):
        return Understood("keep_account", True, words=tuple(content))
    if _BUTTON.search(joined) and _NOT_WORKING.search(joined):
        return Understood("button", True, words=tuple(content))
    if _GUESTS.search(joined):
        return Understood("guests", True, words=tuple(content))
    if (_CANCEL.search(joined) and not _CANCELLED.search(joined)) or _has(content, "malade"):
        return Understood("cancel", True, words=tuple(content))
    if _SPEAK.search(joined) and not _AT_THE_PLACE.search(joined):
        return Understood("language", True, words=tuple(content))
    if _QUIET.search(joined):
        return Understood("quiet", True, words=tuple(content))
    if _MINE.search(joined):
        return Understood("mine", True, words=tuple(content))
    if _PRIVACY.search(joined):
        return _privacy(question, topics, content)
    if _programme(content) and not (_price_asked(content) and (
            not _programme_named(content) or any(_has(content, p) for p in _PER_HOUR))):
        # « … combien ça coûte et si c'est tous les mercredis »: a price asked beside a day
        # is the prices (each event's own price is on its card), not the day's programme.
        return Understood("programme", True, words=tuple(content))
    if _follow_up_for_whom(content):
        # « et pour les enfants ? », "and for adults?" after another question: what is asked
        # for them is the earlier question's, which the FAQ does not keep: « je ne sais pas »
        # and the topics, not « who is it for » as if that were asked.
        return Understood("none", False, words=tuple(content))
    # « jveux inscrire mon fils, cmt on fait ? » asks how to register, not « I'm coming ».
    if _JOIN.search(joined) and not any(_has(content, w) for w in _HOW):
        return Understood("join", True, words=tuple(content))
    if (content[0] in _THANKS or (content[-1] in _THANKS and len(content) <= 4
                                  and not any(w in _REFUSING for w in content[:-1]))) and (
            "?" not in question and not any(w in _ASKS for w in content)):
        # « merci pour hier, les enfants ont adoré »: thanks, with what was liked; « super
        # idée merci ! » under a card too.
        return Understood("thanks", True, words=tuple(words))
    if _COMPLAINT.search(joined) and "?" not in question and not any(
            w in _ASKS for w in content):
        # « j'ai inscrit ma fille et personne ne l'a rappelée, c'est scandaleux »: a
        # complaint that asks nothing; its words (« inscrit ») are the story, not a topic.
        return Understood("rude", True, words=tuple(content))
    ranked = sorted(_scores(content, topics).items(), key=lambda p: p[1], reverse=True)
    asked, unknown = _several(question, topics, extra)
    if len(asked) > 1 or unknown:
        return Understood(asked[0], True, also=tuple(asked[1:]), words=tuple(content),
                          unknown_part=unknown)
    if not ranked or ranked[0][1] < CONFIDENT:
        if _WHO_AM_I.search(joined):
            return Understood("who_am_i", True, words=tuple(content))
        if _RUDE_ALWAYS.search(joined) or _COMPLAINT.search(joined) or (
                any(w in _RUDE_MILD for w in content) and (
                    len(content) <= 3 or _TO_THE_BOT.search(joined))):
            return Understood("rude", True, words=tuple(content))
        if "lefocus" in {t.key for t in topics} and _WHAT_PLACE.search(joined) and (
                "?" in question or content[0] in ("est", "is")) and not (
                _unsaid_in(content) or any(_has(content, p) for p in _ELSEWHERE)
                or any(w in _NOT_A_PLACE or w in _RUDE_MILD for w in content)):
            # « c'est un centre de loisirs ? », "is it a youth club?": what Le Focus is
            # answers it, without a yes or a no the article does not give.
            return Understood("lefocus", True, words=tuple(content))
        # "Bonjour, je voudrais des infos": a greeting with nothing we know after it. A
        # question after it (« Bonjour, quelle est la durée d'un atelier ? ») is asked: the
        # greeting menu would pretend it was not, so it gets the honest « je ne sais pas ».
        asked = [w for w in content if w not in _ASKING_TO_ASK]
        # Dictated with no « ? » (« bonjour vous faites du théâtre »): a subject nobody
        # knows, asked about what is done or had here, is a question too.
        label = "greeting" if words and words[0] in _GREETINGS and not (
            asked and _unknown_subject(question, asked, ranked)) and not (
            (_subjects(asked, topics) or _unsaid_in(asked))
            and any(w in _DO_OR_HAVE for w in asked)) else "none"
        return Understood(label, label == "greeting", words=tuple(content))
    best, score = ranked[0]
    ties = tuple(k for k, s in ranked[1:3] if s >= CONFIDENT and score - s < TIE_MARGIN)
    if ties:
        return Understood(best, False, (best, *ties), words=tuple(content))
    if best == "public" and dict(ranked).get("activites", 0) >= CONFIDENT and any(
            _has(content, p) for p in _WHICH_ACTIVITIES):
        # « ma fille a 15 ans, quelles activités pourrait-elle faire ? »: the activities
        # asked, then who may come (the age said).
        return Understood("activites", True, also=("public",), words=tuple(content))
    return Understood(best, True, words=tuple(content))


# « c'est un centre de loisirs ? », « le focus c'est une école ? », "is it a club?": what
# kind of place it is, asked in a few words.
_WHAT_PLACE = re.compile(
    r"^ (?:le focus |it |this )?(?:cest|est ce|questce|is it|is this|is le focus)"
    r" (?:un|une|a|an) \w+(?: \w+){0,3} $")
# Not a kind of place: the bot itself (« c'est un bot ? »), or a judgement (« c'est une
# honte ? »), answered as small talk or « je ne sais pas », never with what Le Focus is.
_NOT_A_PLACE = frozenset(_norm(w) for w in """
bot robot ia ai humain humaine human person personne vrai vraie real fake arnaque scam
blague joke honte scandale secte piege blague plaisanterie
""".split())

# « Bonjour, j'ai une question ? », "hello, can I ask something?": asking to ask; the
# greeting says what the bot can do.
_ASKING_TO_ASK = frozenset(_norm(w) for w in """
question questions ask asking something anything quelque chose quelqu un quelquun repondre
reponds repondez answer help aide aider aidez renseigner renseignement info information
savoir demander demande petite petit rapide quick anyone someone somebody peux pouvez
pourriez voudrais voulais aimerais souhaiterais souhaite veux
""".split())
# « vous faites… », « vous avez… », « y a… », "do you have…": asking what is done or had.
_DO_OR_HAVE = frozenset(_norm(w) for w in """
faites faite fait avez ya propose proposez peux organisez do does have offer any
""".split())
# « quelles activités », "what workshops": the list of activities is what is asked, even
# beside an age.
_WHICH_ACTIVITIES = tuple(_norm(p) for p in (
    "quel activite", "quoi comme activite", "quel atelier", "quoi comme atelier",
    "what activity", "which activity", "what workshop", "which workshop",
    # « mon fils a 12 ans il peut faire de la vidéo chez vous ? »: what he can do there.
    "peux faire", "can do", "could do"))
# Before a closing thank-you, words that say no (« pas dispo merci », « je peux plus
# merci »): an answer, never « Avec plaisir ! » (the seat would stay, the parent gone).
_REFUSING = frozenset({"pas", "plus", "non", "nan", "no", "not", "nope", "jamais", "never",
                       "indispo", "absent", "absente", "empeche", "empechee", "cant"})
_PRIVACY_PARTS = re.compile(r"[?;\n]|\bet\b|\band\b", re.IGNORECASE)


def _privacy(question: str, topics: Sequence[Topic], content: Sequence[str]) -> Understood:
    """What the bot keeps (/mesdonnees, /oubliemoi); another part of the same message that
    a topic answers (« quel âge faut-il avoir et que faites-vous de mes données ? ») is
    answered first, not dropped."""
    rest = [piece for piece in _PRIVACY_PARTS.split(question) if piece.strip()
            and not _PRIVACY.search(" " + " ".join(plain_words(piece)) + " ")]
    if rest and len(rest) < len([p for p in _PRIVACY_PARTS.split(question) if p.strip()]):
        other = understand(" ? ".join(rest) + " ?", topics)
        if other.confident and other.label in {t.key for t in topics}:
            return Understood(other.label, True, also=other.also, words=other.words,
                              unknown_part=other.unknown_part, privacy_part=True)
    return Understood("privacy", True, words=tuple(content))


# « jviens au 1 », « je serai là pour le 3 »: the number of the event a member says they come
# to (not « le 12 décembre », « le 12 à 19h »).
_JOINED_EVENT = re.compile(r"\b(?:au|pour le|pour l|le|l|numero|no|n|evenement|event|to) "
                           r"(\d{1,6})\b(?! h\b| heure| et| ou| personne| place| a \d)")


def joined_event(words: Sequence[str]) -> int | None:
    """The event number in a « je viens » message, if it names one."""
    joined = " ".join(words)
    for found in _JOINED_EVENT.finditer(joined):
        after = joined[found.end():].split()
        if not (after and after[0] in MONTH_WORDS):
            return int(found.group(1))
    return None


# « ok », « d'accord 👍 », « 👌 »: the parent acknowledges, nothing is asked.
_OK_WORDS = frozenset({"ok", "okay", "oki", "okk", "kk", "k", "daccord", "dac", "accord",
                       "super", "top", "cool", "parfait", "nickel", "genial", "great",
                       "perfect", "entendu", "compris", "vu", "note", "noted",
                       "alright", "fine", "good", "nice", "yes", "oui", "ouais",
                       "yep", "yeah", "merci", "thanks", "parfaitement", "bye", "ciao",
                       "tchao", "bisous", "biz", "byebye", "tkt"})
# Words that acknowledge only beside others (« d'accord », « très bien », "got it",
# « ok jvois »).
_OK_PARTS = frozenset({"d", "it", "tres", "bien", "got", "a", "plus", "bientot", "see",
                       "you", "later", "ca", "marche", "je", "vois", "jvois", "ah", "bon",
                       "ben", "trop"})
# A goodbye (« a+ », « à bientôt », "see you") is answered like « ok ».
_OK_PHRASES = frozenset({"tres bien", "got it", "a plus", "a bientot", "see you",
                         "see you later", "ca marche", "trop bien"})


def acknowledgement(text: str) -> bool:
    """Only « ok », « d'accord », « super » or emoji (👍 🙏 👌): a reply to what the bot said,
    answered in a line, not with « I don't know » and every topic. A lone « ? » is not one:
    that reader is lost and gets what the bot does (`asks_for_commands`)."""
    if any(unicodedata.category(c) == "So" for c in text) and not any(
            c.isalnum() for c in text):
        return True
    words = [w for w in re.findall(r"[a-z0-9]+", strip_accents(
        text.translate(_SMART).lower().replace("+", " plus "))) if not _LAUGH.fullmatch(w)]
    return (bool(words) and all(w in _OK_WORDS or w in _OK_PARTS for w in words)
            and (any(w in _OK_WORDS for w in words) or " ".join(words) in _OK_PHRASES))


# -- the programme: which events ----------------------------------------------------------------

def wanted_kinds(words: Sequence[str]) -> set[str]:
    """The kinds of event asked about (empty: any). The events feature's own kind words
    count (KIND_WORDS), so a synonym organisers may type is understood here too. A bare
    « soirée » is any evening out, not only a theme evening; « soirée jeux » is games."""
    kinds = {kind for phrase, kind in _KINDS.items() if _has(words, phrase)}
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            found = KIND_WORDS.get(fold("".join(words[i:i + size])))
            if found is not None and found != "other":
                kinds.add(found)
    if not any(_has(words, w) for w in ("thematique", "theme")):
        kinds.discard("theme_evening")
    return kinds


_ORDINAL = re.compile(r"(\d{1,2})(?:er|e|eme|st|nd|rd|th)?")


def _written_date(words: Sequence[str], today: date) -> date | None:
    """« 5 decembre », « 1er mars », "december 5th": the next such day from today on."""
    for i, word in enumerate(words):
        month = MONTH_WORDS.get(word)
        if month is None or len(word) < 3:
            continue
        for near in (words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""):
            number = _ORDINAL.fullmatch(near)
            if number is None:
                continue
            for year in (today.year, today.year + 1):
                try:
                    found = date(year, month, int(number.group(1)))
                except ValueError:
                    break
                if found >= today:
                    return found
    return None


@dataclass(frozen=True)
class Period:
    """The days asked about, first and last included; `name` says them back ("weekend",
    "tomorrow", or "day" for one weekday)."""

    name: str
    first: date
    last: date


def wanted_period(words: Sequence[str], today: date) -> Period | None:
    """None: any day. A date written out (« samedi 5 décembre », "December 5th") is that
    day, not the next Saturday: a forwarded announcement names its own date."""
    written = _written_date(words, today)
    if written is not None:
        return Period("day", written, written)
    found = next((p for phrase, p in _PERIODS.items() if _has(words, phrase)), None)
    if _has(words, "semaine prochaine") or _has(words, "next week"):
        found = "next_week"
    elif _has(words, "weekend"):
        found = "weekend"
    if found is None:
        return None
    monday = today - timedelta(days=today.weekday())
    one = timedelta(days=1)
    if found in ("tonight", "today"):
        return Period(found, today, today)
    if found == "tomorrow":
        return Period(found, today + one, today + one)
    if found == "after_tomorrow":
        return Period(found, today + 2 * one, today + 2 * one)
    if found == "weekend":
        saturday = monday + 5 * one
        return Period(found, max(saturday, today), saturday + one)
    if found == "week":
        return Period(found, today, monday + 6 * one)
    if found == "next_week":
        return Period(found, monday + 7 * one, monday + 13 * one)
    day = today + ((int(found[3]) - today.weekday()) % 7) * one
    return Period("day", day, day)


# The words of conversation, people and days: known, never the subject of a question.
_CONVERSATION_WORDS = (
    _GREETINGS | _THANKS | _ACK | _SMALL_TALK | _OK_WORDS | _OK_PARTS | _BYE_WORDS
    | _ASKING_TO_ASK | _CANCEL_WORDS
    | frozenset(w for p in (*_PERSON, *_BRING, *_WHEN_TO_COME, *_AGE_ASKED, *_HOW)
                for w in p.split()))
