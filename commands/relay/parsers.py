"""What a member writes after a private notice about an event (or under its card): thanks,
« we can't come », a question for the team, or something the FAQ answers (`read`)."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION = 1000
MAX_ANSWER = 1000

THANKS = "thanks"
CANNOT = "cannot"
QUESTION = "question"


def _plain(text: str) -> str:
    """Lower case, no accents, apostrophes and punctuation as spaces: « C'est où ? » →
    « c est ou »."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                     if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w?]+", " ", folded).replace("?", " ? ").split())


# A question: a « ? », or a question's first words without it (phones drop the mark).
_ASKS = re.compile(
    r"^(?:bonjour |bonsoir |salut |coucou |hello |hi )?(?:est ce qu|est ce que|pourquoi|comment"
    r"|quand|ou est|ou se|combien|quel|quelle|peut on|on peut|je peux|puis je|pouvez vous"
    r"|vous pouvez|faut il|il faut|y a t il|ya t il|can |could |may |is it|is there|do we"
    r"|do i|does |what |when |where |why |how |should )")
# What only a person of the team can answer, whatever word of a topic is in it: a time
# typed (« à 20h15 »), permission (« on peut… ? »), being late or early, collecting a child,
# food, allergies, bringing something, a refund, a new date, something forgotten, « why ».
_FOR_THE_TEAM = re.compile(
    r"\b\d{1,2} ?(?:h|heures?)(?: ?\d{2})?\b|\b\d{1,2} ?[:.] ?\d{2}\b|\b\d{1,2} ?(?:am|pm)\b"
    r"|\b(?:on peut|peut on|je peux|puis je|pouvons|peut il|peut elle|peuvent|peut venir"
    r"|peut partir|pourrait|pourrions|can i|can we|can he|can she|could|may i|may we|ok if"
    r"|est ce grave|c est grave|c grave|grave si)\b"
    r"|\b(?:retard|en avance|plus tot|plus tard|late|early|chercher|recuperer|pick \w+ up"
    r"|pick up|arriver|arrive|partir|quitter|leave|apporter|ramener|prevoir|bring|manger"
    r"|gouter|repas|food|eat|snack|allergi\w*|reporte\w*|report\w*|postpone\w*|rembours\w*"
    r"|refund\w*|pourquoi|why|oublie\w*|forgot|forgotten|perdu\w*|lost|accompagn\w*"
    r"|parking|garer)\b")
# « elle ne viendra pas », « on ne pourra pas venir », "sorry we can't make it".
_CANNOT = re.compile(
    r"\b(?:viendr\w*|vien[ts]?|venons|venir|serai|sera|serons|seront)"
    r" (?:pas|plus|finalement pas)\b"
    r"|\b(?:pourr\w*|peu[xt]|pouvons|peuvent) (?:pas|plus)(?: \w+)? (?:venir|etre la|y aller)\b"
    r"|\b(?:absente?s?|empeche\w*)\b"
    r"|\b(?:can t|cannot|can not|won t|will not|unable to) (?:come|make it|attend|be there)\b"
    r"|\bnot coming\b")
# A short line that only acknowledges: « ok merci », « d'accord, à ce soir », « bien reçu »,
# « dommage, merci de nous avoir prévenus », "thanks!". At least one of `_ACK_CORE`. « ok
# merci on sera là » is no mere thank-you: the FAQ says what the family holds (3 places).
_ACK_CORE = frozenset("""
ok okay oki okk dac dacc daccord accord merci mercii remercie thanks thank thx ty recu note
notee noted parfait super top genial cool nickel entendu compris vu marche dommage great perfect
noted alright bien
""".split())
_ACK_MORE = frozenset("""
beaucoup bcp a ce soir tout l heure tantot demain samedi dimanche lundi mardi mercredi jeudi
vendredi bonne soiree journee de nous vous avoir prevenu prevenus prevenue tant pis pas souci
probleme d et la le les you so much see then got it sure np ca y est bisous bises bonjour
bonsoir salut info infos pour l information message merci encore vraiment tres trop hate tkt
""".split())


def read(text: str) -> str | None:
    """THANKS, CANNOT, QUESTION, or None: the FAQ answers it (a topic the event's card
    answers, « c'est où ? »; or anything else it reads as before). A question that names
    only what the card says (its time, place, price, seats) is not QUESTION by itself: the
    caller asks the FAQ first (`card_answers`)."""
    plain = _plain(text)
    words = [w for w in plain.split() if w != "?"]
    if not words:
        return THANKS if _only_emoji(text) else None
    asked = "?" in plain or _ASKS.match(plain) is not None
    if not asked and _CANNOT.search(plain):
        return CANNOT
    if not asked and all(w in _ACK_CORE or w in _ACK_MORE for w in words) and any(
            w in _ACK_CORE for w in words):
        return THANKS
    if _FOR_THE_TEAM.search(plain):
        return QUESTION
    return QUESTION if asked else None


# The Focus itself, not one evening: its opening hours, « vous », membership, volunteering.
_GENERAL = re.compile(
    r"\b(?:focus|vous etes|etes vous|vos|ouvert\w*|ouverture|open|opening|your|adhesion"
    r"|adherer|membership|recrut\w*|benevol\w*|volunteer\w*|stage|stages|job)\b")


def general(text: str) -> bool:
    """Whether a question is about the Focus in general (`_GENERAL`), not one evening."""
    return _GENERAL.search(_plain(text)) is not None


def for_the_team(text: str) -> bool:
    """Whether a question holds what only a person can answer (`_FOR_THE_TEAM`)."""
    return _FOR_THE_TEAM.search(_plain(text)) is not None


def _only_emoji(text: str) -> bool:
    """👍, 🙏, 👌 alone: a thank-you."""
    marks = [c for c in text if not c.isspace()]
    return bool(marks) and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf")
                               for c in marks)
