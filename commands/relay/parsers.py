"""What a member writes after a private notice about an event (or under its card): thanks,
« we can't come », a question for the team, or something the FAQ answers (`read`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.errors import UserInputError
from bot.text import fold
from bot.words import AROUND_SPOKEN, spoken_pattern, starts_a_question
from bot.words import THANKS as THANK_WORDS
from commands.faq.understand import asks_alone, brings_someone, plain_words
from commands.faq.understand import asks_end as _asks_end
from commands.rsvp import parsers as rsvp

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


# What only a person of the team can answer, whatever word of a topic is in it: a time
# typed (« à 20h15 »), permission (« on peut… ? »), being late or early, collecting a child,
# food, allergies, bringing something, a refund, a new date, something forgotten, « why »,
# when it ends.
_FOR_THE_TEAM = re.compile(
    r"\b\d{1,2} ?(?:h|heures?)(?: ?\d{2})?\b|\b\d{1,2} ?[:.] ?\d{2}\b|\b\d{1,2} ?(?:am|pm)\b"
    r"|\b(?:on peut|peut on|je peux|puis je|pouvons|peut il|peut elle|peuvent|peut venir"
    r"|peut partir|pourrait|pourrions|can i|can we|can he|can she|could|may i|may we|ok if"
    r"|est ce grave|c est grave|c grave|grave si)\b"
    r"|\b(?:retard|en avance|plus tot|plus tard|late|later|early|chercher|recuperer"
    r"|pick \w+ up|pick up|arriver|arrive|partir|quitter|leave|apporter|ramener|prevoir|bring"
    r"|manger|gouter|repas|food|eat|snack|allergi\w*|reporte\w*|report\w*|postpone\w*|rembours\w*"
    r"|refund\w*|pourquoi|why|oublie\w*|forgot|forgotten|perdu\w*|lost|accompagn\w*"
    r"|parking|garer)\b")


def card_reads(text: str) -> bool:
    """Whether the FAQ reads this question from the card itself, honestly even where the
    card says nothing: when it ends (« pas indiquée »), bringing someone (its ➕), a child
    coming alone (« pas précisé ici »). Under the group's card these stay the FAQ's."""
    words = plain_words(text)
    return _asks_end(words) or brings_someone(words) or asks_alone(words)


def asks_end(text: str) -> bool:
    """Whether `text` asks when the event ends or how long it lasts (the FAQ's reading, one
    for both): the card's end when it has one, else a question for the team."""
    return _asks_end(plain_words(text))


# « elle ne viendra pas », « on ne pourra pas venir », "sorry we can't make it".
_CANNOT = re.compile(
    r"\b(?:viendr\w*|vien[ts]?|venons|venir|serai|sera|serons|seront)"
    r" (?:pas|plus(?! tard| tot)|finalement pas)\b"  # « viendra plus tard »: later
    r"|\b(?:pourr\w*|peu[xt]|pouvons|peuvent) (?:pas|plus)(?: \w+)? (?:venir|etre la|y aller)\b"
    r"|\b(?:absente?s?|empeche\w*)\b"
    r"|\b(?:on|j|je|nous) (?:annul\w*|desist\w*)\b|\b(?:jpeux|jpourrai\w*|jpourr\w*) plus\b"
    r"|\b(?:can t|cannot|can not|won t|will not|unable to) (?:come|make it|attend|be there)\b"
    r"|\bnot coming\b")
# A short line that only acknowledges: « ok merci », « d'accord, à ce soir », « bien reçu »,
# « dommage, merci de nous avoir prévenus », "thanks!". At least one of `_ACK_CORE`. « ok
# merci on sera là » is no mere thank-you: the FAQ says what the family holds (3 places).
_ACK_CORE = THANK_WORDS | frozenset("""
ok okay oki okk dac dacc daccord accord recu note
notee noted parfait super top genial cool nickel entendu compris vu marche dommage great perfect
noted alright bien
""".split())
_ACK_MORE = frozenset("""
beaucoup bcp a ce soir tout l heure tantot demain samedi dimanche lundi mardi mercredi jeudi
vendredi bonne soiree journee de nous vous avoir prevenu prevenus prevenue tant pis pas souci
probleme d et la le les you so much see then got it sure np ca y est bisous bises bonjour
bonsoir salut info infos pour l information message merci encore vraiment tres trop hate tkt
organisation c est ce que qui faites fait tout tous
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
    asked = "?" in plain or starts_a_question(plain)
    if "?" not in plain and _CANNOT.search(plain):
        return CANNOT  # « je peux plus venir finalement »: said, not asked
    if not asked and all(w in _ACK_CORE or w in _ACK_MORE for w in words) and any(
            w in _ACK_CORE for w in words):
        return THANKS
    if _FOR_THE_TEAM.search(plain) or asks_end(text):
        return QUESTION
    return QUESTION if asked else None


# The Focus itself, not one evening: its opening hours, « vous », membership, volunteering.
_GENERAL = re.compile(
    r"\b(?:focus|vous etes|etes vous|vos|ouvert\w*|ouverture|open|opening|your|adhesion"
    r"|adherer|membership|recrut\w*|benevol\w*|volunteer\w*|stage|stages|job)\b")


def general(text: str) -> bool:
    """Whether a question is about the Focus in general (`_GENERAL`), not one evening."""
    return _GENERAL.search(_plain(text)) is not None


def for_the_team(text: str, *, end_known: bool = False) -> bool:
    """Whether a question holds what only a person can answer (`_FOR_THE_TEAM`), or asks
    when the event ends and its card does not say (`end_known` False)."""
    return _FOR_THE_TEAM.search(_plain(text)) is not None or (
        not end_known and asks_end(text))


def _only_emoji(text: str) -> bool:
    """👍, 🙏, 👌 alone: a thank-you."""
    marks = [c for c in text if not c.isspace()]
    return bool(marks) and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf")
                               for c in marks)


@dataclass(frozen=True)
class Said:
    """An answer to the event written in words (`said`): going, maybe or no; for going, the
    seats in all when the words say them (None: not said, « oui », « je serai là »), and
    whether who comes is left open (« et mon fils aussi », « oui avec Tom »: asked)."""

    answer: str
    seats: int | None = None
    unsure: bool = False
    # « on sera là », « compte sur nous »: a yes for several, how many not said (a family
    # booked already keeps its seats; one not yet booked is asked).
    several: bool = False
    # « oui avec Tom et Zoé »: the children named, nothing else said (the seats are theirs
    # and the parent's; `unsure` stays set: a button books no names).
    children: tuple[str, ...] = ()


# Said around an answer typed right after the bot's message (« non finalement », « en fait on
# sera 2 », "actually we'll be 3", « jpeux plus dsl », « ok merci on sera là »): not part of it.
# The fillers every reader skips (`bot.words.AROUND_SPOKEN`), and a notice's own.
_AROUND = spoken_pattern((*AROUND_SPOKEN, "ah", "oh", "mince", "bon", "ok", "okay", "oki",
                          "dac", "super", "parfait", "great"))
_LEADING = re.compile(rf"^(?:(?:{_AROUND})\b[\s,.!…]*)+", re.IGNORECASE)
_TRAILING = re.compile(rf"(?:[\s,.!…]+(?:{_AROUND}))+[\s,.!…]*$", re.IGNORECASE)
_PLUS = re.compile(r"\+\s*(\d)")
# Someone coming along said without an answer word (« et mon fils aussi », « ma fille
# viendra avec sa copine »): a change of seats the words do not settle, asked.
_ALONG = re.compile(r"\b(?:avec|aussi|viendr\w*|vient|viennent|with|too|also)\b")


def said(text: str) -> Said | None:
    """The answer to an event that `text` gives in words, read by the answers' own reader
    (`commands.rsvp.parsers`), or None: « non finalement » (no), « +1 » (2 seats), « on sera
    3 en fait » (3 seats), « jsp » (maybe), « oui » (going, seats not said), « et mon fils
    aussi » (going, who comes asked). A question (« ? ») is none."""
    line = text.strip()
    if not line or "?" in line:
        return None
    plus = _PLUS.fullmatch(line)
    if plus is not None:
        return Said("going", 1 + int(plus.group(1)))
    core = (_TRAILING.sub("", _LEADING.sub("", line)).strip(" ,.!…")
            or _TRAILING.sub("", line).strip(" ,.!…") or line)  # « ok merci »: « ok »
    whole = _TRAILING.sub("", line).strip(" ,.!…")
    if rsvp.answer_word(fold(whole)) is not None:
        core = whole  # « ok pour moi », « c'est bon pour nous »: never « pour moi » alone
    words = core.split()
    found = rsvp.leading_answer(core)
    if found is None:
        word = rsvp.answer_word(fold(core)) or rsvp.answer_word(fold(words[0]))
        if word is None:
            return _along(core)
        found = word, "" if rsvp.answer_word(fold(core)) else " ".join(words[1:])
    answer, rest = found
    if answer != "going":
        return Said(answer, 0)
    if not rest or rsvp.answer_word(fold(rest)) == "going":
        return Said("going")  # « oui je pense bien »: a yes said twice
    plus = _PLUS.fullmatch(rest.strip())
    if plus is not None:
        return Said("going", 1 + int(plus.group(1)))
    try:
        party = rsvp.party(rest)
    except UserInputError:
        return Said("going", unsure=True)
    if party == rsvp.NOBODY:
        return Said("going")  # « grave chaud », « oui trop bien »: words naming nobody
    if party.why == "how_many" and not party.guests and not party.children:
        # « on vient aussi avec leur mamie » beside seats held: someone more, asked; « on
        # vient aussi », « compte sur nous »: a yes for several.
        return Said("going", unsure=True) if _PEOPLE.search(_plain(rest)) else Said(
            "going", several=True)
    if (party.children and not party.unsure and not party.why
            and party.guests == len(party.children) and not _ADDED.search(_plain(rest))):
        return Said("going", unsure=True,
                    children=tuple(str(child) for child in party.children))
    if party.children or party.unsure or party.why or not party.guests or _ADDED.search(
            _plain(rest)):
        # "with grandma too": one more beside the seats held, never 2 seats in all.
        return Said("going", unsure=True)
    return Said("going", 1 + party.guests)


_ADDED = re.compile(r"\b(?:aussi|en plus|egalement|too|also|as well)\b")


def _along(text: str) -> Said | None:
    """« et mon fils aussi »: people coming along, how many left to ask; else None."""
    if _ALONG.search(_plain(text)) is None:
        return None
    try:
        party = rsvp.party(text)
    except UserInputError:
        return None
    if party.guests or party.children or party.why == "how_many" or (
            party.why == "remark" and _PEOPLE.search(_plain(text))):
        return Said("going", unsure=True)
    return None


_PEOPLE = re.compile(r"\b(?:fils|fille|filles|enfants?|frere|soeur|copine?s?|copain|amie?s?"
                     r"|cousine?s?|pere|mere|papa|maman|brother|sister|friends?|son|daughter"
                     r"|kids?|mamie|mamy|mami|grand mere|grands? parents|papi|papy|tata|tonton"
                     r"|tante|oncle|granny|grandma|grandpa|grandparents?|aunt|uncle)\b")


# When the event is, asked in a few words (« c quand déjà », « ça commence à quelle heure du
# coup ? », "what time again?"), nothing else asked.
_WHEN = re.compile(
    r"^(?:(?:et|ah|oh|mince|du coup|euh|bon|ok|sorry|so|and|remind me) )*(?:c est quand|c quand"
    r"|cest quand|quand (?:c est|ca commence|commence|est ce)|ca commence (?:a )?quand"
    r"|(?:ca commence |ca commence a |c est a |on commence a )?(?:a )?quelle heure"
    r"|what time|when is it|when does it start|when was it)"
    r"(?: (?:deja|du coup|exactement|again|exactly|already|ca commence|ca|c est|it is|is it"
    r"|does it start|it starts|ce soir|tonight|the event))*(?: \?)?$")


def asks_when(text: str) -> bool:
    """Whether `text` only asks when the event is (`_WHEN`)."""
    return _WHEN.match(_plain(text)) is not None
