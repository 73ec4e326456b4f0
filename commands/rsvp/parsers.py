"""Pure parsers for answers and guests: the words people type, and a reply that says what is
expected (« oui, peut-être ou non », « entre +0 et +9 ») rather than a generic one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.errors import UserInputError
from bot.text import NO, TRAILING, YES, fold
from storage.party import Child

MAX_GUESTS = 9
ANSWERS = ("going", "maybe", "no")
# What people type (folded) for each answer, French and English: the plain yes and no every
# feature reads (« ouais », « ok », « nan », « nn »: `bot.text`), then the
# answer's own words. Several words fold into one (« je ne viens pas » is "jenevienspas"):
# the card's buttons typed after the number (« /participer 12 je viens », "not going"),
# read by `leading_answer`.
ANSWER_WORDS: Mapping[str, str] = {
    **dict.fromkeys(YES, "going"), **dict.fromkeys(NO, "no"),
    "going": "going", "y": "going", "o": "going", "present": "going", "inscrit": "going",
    "viens": "going", "jeviens": "going", "jviens": "going", "go": "going", "ouai": "going",
    "imgoing": "going", "iamgoing": "going", "coming": "going", "imcoming": "going",
    "iamcoming": "going", "👍": "going", "✅": "going",
    "maybe": "maybe", "peutetre": "maybe", "pe": "maybe", "ptet": "maybe", "ptetre": "maybe",
    "petetre": "maybe", "🤔": "maybe",
    "n": "no", "absent": "no", "notgoing": "no", "imnotgoing": "no", "iamnotgoing": "no",
    "notcoming": "no", "imnotcoming": "no", "iamnotcoming": "no", "cantcome": "no",
    "icantcome": "no", "👎": "no", "❌": "no",
    # « je viens pas » is a no, never « je viens » and a child called « Pas ».
    "jenevienspas": "no", "jevienspas": "no", "jvienspas": "no", "vienspas": "no",
    "jeneviensplus": "no", "jeviensplus": "no", "jviensplus": "no",
    "jenepeuxpas": "no", "jepeuxpas": "no", "jpeuxpas": "no",
    # Session 9: answers to « tu viens ? » in people's own words, written before reading
    # these (/tmp/team words corpus, tests/test_s9_acct_words.py).
    "carrement": "going", "evidemment": "going", "biensur": "going", "grave": "going",
    "yup": "going", "sure": "going", "ofcourse": "going", "absolument": "going",
    "volontiers": "going", "avecplaisir": "going", "countmein": "going",
    "illbethere": "going", "iwillbethere": "going", "illcome": "going",
    "jeseraila": "going", "jseraila": "going", "jyserai": "going", "jyseraila": "going",
    "pasdispo": "no", "indispo": "no", "pasdisponible": "no", "pasmoyen": "no",
    "pascettefois": "no", "impossible": "no", "notthistime": "no", "cant": "no",
    "icant": "no", "cannot": "no", "icannot": "no", "cantmakeit": "no",
    "icantmakeit": "no", "wontmakeit": "no", "iwontmakeit": "no", "iwontbeabletocome": "no",
    "iwontbeabletomakeit": "no", "icantcomethistime": "no",
    "jepourraipas": "no", "jenepourraipas": "no", "jpourraipas": "no",
    "jepourraipasvenir": "no", "jenepourraipasvenir": "no", "jpourraipasvenir": "no",
    "jepeuxpasvenir": "no", "jenepeuxpasvenir": "no", "jpeuxpasvenir": "no",
    "onneviendrapas": "no", "onviendrapas": "no", "onnevientpas": "no", "onvientpas": "no",
    "nousneviendronspas": "no", "chuispasla": "no", "jsuispasla": "no",
    "jesuispasla": "no", "jenesuispasla": "no", "jeseraipasla": "no",
    "jeneseraipasla": "no", "jseraipasla": "no",
    "avoir": "maybe", "onverra": "maybe", "jeverrai": "maybe", "jsp": "maybe",
    "jesaispas": "maybe", "jsaispas": "maybe", "jenesaispas": "maybe", "chaispas": "maybe",
    "jesaispasencore": "maybe", "jsaispasencore": "maybe", "jenesaispasencore": "maybe",
    "sansdoute": "maybe", "probablement": "maybe", "possible": "maybe",
    "notsure": "maybe", "notsureyet": "maybe", "imnotsure": "maybe", "possibly": "maybe",
    "perhaps": "maybe", "probably": "maybe", "imightcome": "maybe", "imight": "maybe",
    "mightcome": "maybe", "jeviendraipeutetre": "maybe", "jviendraipeutetre": "maybe",
    "jevaisvoir": "maybe", "jvaisvoir": "maybe",
    # Round 3: a family's no in English (« we can't come », "sorry we can't make it").
    "wecant": "no", "wecannot": "no", "wecantcome": "no", "wecannotcome": "no",
    "wecantmakeit": "no", "wewontmakeit": "no", "wewontbeabletocome": "no",
    "wewontbeabletomakeit": "no", "wecantcomethistime": "no",
}
# The most words one answer takes (« je ne viens pas », "I won't be able to make it").
MAX_ANSWER_WORDS = 7
# Letters a phone or a teenager doubles (« ouii », « okk », « nonnn », "yesss", 👍👍): one.
_REPEATS = re.compile(r"(.)\1+")


def _squeezed(folded: str) -> str:
    # A callable, not the template r"\1": a template is parsed at first use in a process,
    # 200 Python calls in the first answer in words (tests/test_s9_perf2.py).
    return _REPEATS.sub(_first_of, folded) if _REPEATS.search(folded) else folded


def _first_of(found: re.Match[str]) -> str:
    return found.group(1)


_SQUEEZED: Mapping[str, str] = {_squeezed(k): v for k, v in ANSWER_WORDS.items()}
# Said before the answer (« malheureusement non », « sorry I can't », « bah oui »), folded:
# skipped by `leading_answer`.
_BEFORE_ANSWER = frozenset({
    "malheureusement", "helas", "desole", "desolee", "dsl", "sorry", "sadly",
    "unfortunately", "bah", "ben", "beh", "bon", "euh", "alors", "well", "hmm", "mmh",
    "merci", "thanks", "coucou", "salut", "bonjour", "bonsoir", "hello", "hi", "hey"})


def answer_word(folded: str) -> str | None:
    """The answer a folded word or phrase gives (« ouii » is « oui »), None for none."""
    return ANSWER_WORDS.get(folded) or _SQUEEZED.get(_squeezed(folded))


def answer(text: str, now: datetime | None = None) -> str:
    """'oui', 'Peut-être', 'going'... -> going / maybe / no. A number here is a number of
    guests out of range (`/participer 12 -3`): said so, rather than « oui ou non »."""
    if is_number(text):
        raise UserInputError("error.bad_guests", value=text.strip()[:20], max=MAX_GUESTS)
    found = answer_word(fold(text))
    if found is None:
        raise UserInputError("error.bad_choice", value=text.strip()[:20])
    return found


def leading_answer(text: str) -> tuple[str, str] | None:
    """The answer said in several words at the start of `text` (« je ne viens pas », « ✅ Je
    viens », "not going"), and the words after it; None when it starts with none. The
    longest reading wins (« je viens pas » is no). One word is the answer parameter's own."""
    words = text.split()
    skipped = 0  # « malheureusement non », « sorry I can't »: the answer after them
    while skipped < len(words) - 1 and fold(words[skipped]) in _BEFORE_ANSWER:
        skipped += 1
    for count in range(min(MAX_ANSWER_WORDS, len(words) - skipped), 0 if skipped else 1, -1):
        found = answer_word(fold(" ".join(words[skipped:skipped + count])))
        if found is not None:
            return found, " ".join(words[skipped + count:])
    for start in dict.fromkeys((skipped, 0)):  # "we'll" is also the skipped "well"
        said = " ".join(words[start:])
        if len(words) > start + 1 and fold(words[start]) in _WE and _a_group(said):
            return "going", said  # « we'll be 3 », « nous serons 4 »: a yes, counted
    return None


def _a_group(text: str) -> bool:
    """« we'll be 3 », « on sera 4 avec les enfants »: a number of people that is clear."""
    try:
        said = party(text)
    except UserInputError:
        return False
    return said.guests > 0 and not said.unsure and not said.children


def other_answer(answer: str, text: str) -> str | None:
    """The answer the first word of `text` gives when it is not `answer` (« oui peut-être »,
    "yes maybe"): two answers. None for none, the same one, or a plain no after the answer
    (« oui non »: nobody comes along, `party`)."""
    words = text.split()
    word = fold(words[0]) if words else ""
    found = answer_word(word) if word else None
    return None if found in (None, answer) or word in _NOBODY_WORDS else found


def is_number(text: str) -> bool:
    """« 3 », « +50 », « -3 »: a number of guests, not a word (nor a name)."""
    return re.fullmatch(r"[+-]?\s*\d+", text.strip()) is not None


def guests(text: str, now: datetime | None = None) -> int:
    """'+2', '2', '+0' -> number of guests, 0 to MAX_GUESTS."""
    cleaned = text.strip()
    match = re.fullmatch(r"\+?\s*(\d{1,6})", cleaned)
    if not match or int(match.group(1)) > MAX_GUESTS:
        raise UserInputError("error.bad_guests", value=cleaned[:20], max=MAX_GUESTS)
    return int(match.group(1))


# -- named children and desk entries ---------------------------------------------------------

MAX_FIRST_NAME = 30
MAX_NAME_WORDS = 3
MAX_AGE_BAND = 12
MAX_DESK_NAME = 40
MAX_DESK_WORDS = 5
MAX_NOTE = 80
MAX_DESK_SEATS = MAX_GUESTS + 1
MAX_CHILDREN_TEXT = 300
MAX_DESK_TEXT = MAX_DESK_NAME + MAX_NOTE + 10
# A first name: letters (any script), joined by one space, apostrophe, hyphen or dot
# (« Zoé », « Marie-Lou », « N'Golo »). No digits, markup, links, emoji or invisible marks
# in it (an emoji around it is decoration, dropped: `_undecorated`).
_LETTERS = r"[^\W\d_]+"
# What phones and word processors put for a hyphen or an apostrophe (« Anne‑Sophie » with a
# non-breaking hyphen, « Anne–Sophie » autocorrected to an en dash, « Nʼgolo »): read as the
# plain hyphen and the typographic apostrophe the name rule knows.
_NAME_MARKS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                             "\u2014": "-", "\u2212": "-", "\u2018": "’", "\u02bc": "’",
                             "\u00b4": "’", "`": "’", "\u00ad": ""})
# Emoji a parent adds around the names (« Tom, Zoé 🎉 »): decoration, not part of a name.
_DECORATION = frozenset({"So", "Sk", "Cf", "Cs", "Co"})
_NAME = re.compile(rf"{_LETTERS}(?:(?:[ '’.-]|\. ){_LETTERS})*\.?")
# What a parent may put in brackets: « 8-11 », « 8 à 11 ans », « 12+ », « 6 ans », "8 to 11".
_AGE_BAND = re.compile(
    r"\d{1,2}\s*(?:(?:-|–|à|a|to)\s*\d{1,2}|\+)?\s*(?:ans?|yrs?|years?|y)?", re.IGNORECASE)
_WITH_AGE = re.compile(r"(.*?)\s*\(([^()]*)\)")
_SEPARATORS = re.compile(r"\s*(?:[,;&/+]|\bet\b|\band\b)\s*", re.IGNORECASE)
# Words parents put before the names or the people they count (« avec mes enfants Tom »),
# folded: dropped from the front of each part.
_FILLERS = frozenset({
    "avec", "mes", "mon", "ma", "nos", "notre", "les", "le", "la", "des", "de", "et",
    "sa", "ses", "leur", "leurs",  # « Tom et sa sœur » (not « son »: the English word)
    "with", "my", "our", "the", "and", "his", "her", "their",
    "juste", "seulement", "just", "only",  # « oui juste moi », "only Tom"
    "pour", "for"})  # « impossible pour nous »
# (Folded: no hyphens, « petits-enfants » is "petitsenfants".)
# People counted in words (« mes 2 enfants », "my two kids"), folded.
_NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                 "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "one": 1, "two": 2, "three": 3,
                 "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Children: the names that follow are theirs (« ma fille Zoé »). « fils » is one son
# unless « mes fils ».
_CHILD = frozenset({"enfant", "fille", "fils", "garcon", "petit", "petite", "bebe", "ado",
                    "kid", "child", "son", "daughter", "boy", "girl", "baby", "teen",
                    # « avec mon gamin », « ma loulou »: never a child called « Gamin »
                    "gamin", "gamine", "gosse", "mome", "minot", "minote", "loulou", "fiston",
                    "pitchoun", "pitchoune", "marmot", "petiot", "petiote",
                    # « avec mon grand », « ma ptite », "my little one": never a child
                    # called « Grand »
                    "grand", "grande", "ptit", "ptite", "aine", "ainee", "cadet", "cadette",
                    "little"})
_CHILDREN = frozenset({"enfants", "filles", "garcons", "petits", "petites", "bebes", "ados",
                       "jeunes", "petitsenfants", "kids", "children", "sons", "daughters",
                       "boys", "girls", "babies", "teens", "gamins", "gamines", "gosses",
                       "momes", "minots", "minotes", "loulous", "pitchouns", "pitchounes",
                       "marmots", "petiots", "petiotes", "grands", "grandes", "ptits",
                       "ptites", "aines", "ainees", "cadets", "cadettes"})
# Other people, never children to name (« +1 mon mari »): a guest each.
_OTHER = frozenset({
    "mari", "femme", "epoux", "epouse", "conjoint", "conjointe", "compagnon", "compagne",
    "copain", "copine", "ami", "amie", "papa", "maman", "pere", "mere", "mamie", "papi",
    "grandmere", "grandpere", "soeur", "frere", "cousin", "cousine", "voisin", "voisine",
    "invite", "invitee", "husband", "wife", "partner", "friend", "mum", "mom", "dad",
    "sister", "brother", "guest", "neighbour", "neighbor",
    # Teenagers on Discord put their friends in the `enfants` option (« avec mon pote »).
    "pote", "poto", "reuf", "frangin", "frangine", "bro", "sis", "mate", "buddy", "bff"})
_OTHERS = frozenset({
    "copains", "copines", "amis", "amies", "parents", "grandsparents", "soeurs", "freres",
    "cousins", "cousines", "voisins", "voisines", "invites", "invitees", "friends",
    "guests", "brothers", "sisters", "potes", "potos", "frangins", "frangines", "mates",
    "buddies"})
# People who may include the one answering (« 2 adultes et 3 enfants »): asked, not guessed.
_WHOEVER = frozenset({"adulte", "adultes", "adult", "adults", "personne", "personnes",
                      "pers", "pers.", "people", "persons", "person"})
_NOUNS = _CHILD | _CHILDREN | _OTHER | _OTHERS | _WHOEVER
# The parent themself (« moi et Tom »): they hold their own seat, they are not a guest.
_SELF = frozenset({"moi", "moimeme", "me", "myself", "i", "nous", "us"})
# What starts a sentence, never a first name (« oui mais en retard », « je ramène un pote »,
# « peut-être, je te redis », « on sera 3 »), folded: the words up to the people it names
# (`_PEOPLE_START`) are a remark, and a remark naming nobody names no child.
_SENTENCE = frozenset({
    "je", "j", "tu", "on", "nous", "vous", "il", "elle", "ils", "elles", "ce", "cette",
    "ces", "ca", "mais", "si", "car", "parce", "sauf", "vers", "demain", "chuis", "jsuis",
    "cest",  # « c'est pour Tom et Zoé »: the children after « pour », never one « C'est »
    "quon", "quil", "quelle", "qu",  # « bien sûr qu'on vient »: never a child « Qu'On »
    "but", "if", "i", "im", "ill", "ive", "id", "we", "well", "were", "weve", "you", "it",
    "its", "because", "except", "unless", "tomorrow"})
# A condition (« si il reste de la place », "unless it rains"): a remark, whatever follows.
_IF = frozenset({"si", "sauf", "if", "except", "unless"})
# A group said with its number, the one answering included (« on sera 3 », "we are 4").
_WE = frozenset({"on", "nous", "we", "well", "were"})
# What follows a name in a sentence (« mon fils Tom viendra », « Zoé viendra aussi », "my son
# Tom will come"), folded: never part of the name. « will » alone may be one (« Tom, Will »).
_AFTER_NAME = frozenset({
    "viendra", "vient", "viendront", "viennent", "venir", "sera", "seront", "est", "sont",
    "aussi", "egalement", "avec", "nous", "moi", "will", "come", "comes", "coming", "too",
    "also", "as", "well", "is", "are", "one"})
_ONLY_MAYBE_A_NAME = frozenset({"will", "as", "well", "is", "are", "est", "avec"})
# What starts a remark about a child (« ma fille Léa qui a 8 ans »): no part of a name.
_ABOUT = frozenset({"qui", "who", "que", "dont"})
# « ma grand mère » typed with a space: one word, someone who is not a child.
_JOINED = frozenset({"grand", "grands", "grande", "grandes", "petit", "petits", "petite",
                     "petites"})
# « Tom 8 ans »: an age written after the name without brackets.
_TRAILING_AGE = re.compile(r"(.*?)\s+(\d{1,2}\s*(?:-\s*\d{1,2}\s*)?(?:ans?|yrs?|years?))",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Party:
    """Who a parent says comes with them (« mes 2 enfants Tom et Zoé », « +1 mon mari »).

    `children`: the children named. `guests`: the guests these words count (named children,
    children and others counted or named by who they are), 0 when they count nobody.
    `unsure`: the words that leave the number open, "" when it is clear, and `why`:
    "with_you" (« 2 adultes »: the one answering among them?), "how_many" (« mes enfants »),
    "one_or_two" (« Tom Zoe »: one child with a double first name, or two?), "remark" (« mais
    en retard »: words naming nobody, where a child might hide)."""

    children: tuple[Child, ...] = ()
    guests: int = 0
    unsure: str = ""
    why: str = ""


def _count(word: str) -> int | None:
    folded = fold(word)
    if folded.isdecimal() and len(folded) <= 2:
        return int(folded)
    return _NUMBER_WORDS.get(folded)


# A plain answer's words: nobody comes along (one value for every answer without words).
NOBODY = Party()
# Words (folded) saying nobody comes along, put where the children go (« enfants : non »).
_NOBODY_WORDS = NO | frozenset({
    "aucun", "aucune", "none", "nobody", "noone", "personne", "rien", "pas", "pasdenfant",
    "pasdenfants", "aucunenfant", "sansenfant", "sansenfants", "nokids", "nochildren"})
# What is said around an answer, never a first name (« oui merci », « oui oui », « je viens
# seule », "yes please", 👍), folded: after the names they are dropped (« Tom, Zoé, merci ! »);
# alone, like the parent's own « moi », they name nobody (`party`).
_COURTESY = YES | frozenset({
    "merci", "mercii", "beaucoup", "thanks", "thank", "you", "thx", "please", "pls", "plz",
    "svp", "stp", "daccord", "dac", "dacc", "super", "cool", "top", "parfait", "genial",
    "bien", "sur", "plaisir", "seul", "seule", "alone", "👍", "✅", "🙂", "😊", "🙏", "👌",
    # « ouais grave », « oui carrément », « non désolé », "won't make it, sorry"
    "grave", "carrement", "evidemment", "absolument", "volontiers", "trop", "ofc",
    "ouf",  # « ouais de ouf »
    "desole", "desolee", "dsl", "sorry", "malheureusement", "helas", "sadly"})
# A yes said twice (« yeah sure », « ouais grave », « oui ok ») is no child called « Sure ».
_COURTESY |= {word for word, said in ANSWER_WORDS.items() if said == "going"}
_NAMELESS = _NOBODY_WORDS | _COURTESY | _SELF | _FILLERS
# A word, and the last one of a text with the punctuation around it (« …, merci ! »).
_WORD = re.compile(r"[^\s,;:.!?]+")
_LAST_WORD = re.compile(r"[\s,;:.!?]*([^\s,;:.!?]+)[\s,;:.!?]*$")
# A teenager's filler, never a first name (« enfants : mdr »): refused, not booked.
_NOT_NAMES = frozenset({"mdr", "ptdr", "lol", "xd", "jsp", "jpp", "osef", "idk", "nsm"})


def party(text: str, now: datetime | None = None) -> Party:
    """« avec ma femme et mes 2 enfants » -> 3 guests, no name; « Tom, Zoé (8-11) » -> two
    children named; « non », « aucun », « pas d'enfants », « merci » -> nobody. Names are
    refused as `children` says."""
    folded = fold(text)
    if folded in _NOBODY_WORDS:
        return NOBODY
    while (last := _LAST_WORD.search(text)) is not None and fold(last[1]) in _COURTESY:
        text = text[:last.start()]  # « Tom, Zoé, merci ! »: the thanks name nobody
    if all(fold(word) in _NAMELESS or not _undecorated(word) for word in _WORD.findall(text)):
        return NOBODY  # « merci », « seule », « juste moi », « 👍 »
    if fold(text) in _NOT_NAMES:  # « mdr », « lol merci »
        raise UserInputError("error.bad_child_name", value=text.strip()[:20])
    cleaned = _ended(unicodedata.normalize("NFC", text.strip()).translate(_NAME_MARKS))
    split = [p.strip() for p in _SEPARATORS.split(cleaned) if p.strip()]
    if not split:
        raise UserInputError("error.bad_child_name", value=cleaned[:20])
    named: list[Child] = []
    # Children: one per « ma fille » (and the name after it), and a pool the other names
    # fill (« mes 2 enfants Tom et Zoé » is two children, named).
    single = pool = pool_names = others = 0
    unsure, why = "", ""
    # « Ami », « Papa » standing alone with a capital: a first name if it has an age or
    # other children are named (« Tom, Ami »), else someone the word names (« Papa, Maman »).
    alike: list[tuple[int, Child, bool]] = []  # (where among the names, the name, aged)

    def doubt(words: str, reason: str) -> None:
        nonlocal unsure, why
        if not unsure:
            unsure, why = words, reason

    for part in split:
        words = part.split()
        while words and fold(words[0]) in _FILLERS:
            words = words[1:]
        if not words or (len(words) == 1 and fold(words[0]) in _SELF):
            continue
        if len(words) > 1 and fold(words[0]) in _SENTENCE:
            # « je ramène un pote », « je viens avec Tom »: the people from where they start
            start = next((i for i, w in enumerate(words) if i and _people_start(words, i)),
                         len(words))
            counted = [_count(w) for w in words[1:] if _count(w) is not None]
            total = _count(words[start]) if start < len(words) else None
            if (fold(words[0]) in _WE and len(counted) == 1 and total is not None
                    and total >= 1 and all(fold(w) in _FILLERS or fold(w) in _NOUNS
                                           for w in words[start + 1:])):
                others += total - 1  # « on sera 3 (avec les enfants) »: you and two more
                continue
            if fold(words[0]) in _WE and total is not None:
                doubt(part, "how_many")  # « on sera 3 avec Tom »: and who else?
                continue
            if start == len(words) or fold(words[0]) in _IF:
                # « mais en retard », « je te redis »: nobody named; « si il reste de la
                # place », « sauf si Tom est malade »: a condition, nobody booked on it
                doubt(part, "remark")
                continue
            words = words[start:]
            while words and fold(words[0]) in _FILLERS:
                words = words[1:]
            if not words:
                continue
            if all(fold(w) in _SELF for w in words):
                doubt(part, "remark")  # « il vient avec moi »: who is « il »?
                continue
        if all(w.isdecimal() or fold(w) in _NUMBER_WORDS for w in words):
            doubt(part, "how_many")  # « les deux », « Tom + 1 »: who, how many?
            continue
        count = _count(words[0]) if len(words) > 1 else None
        if count is not None and _with_nouns(words[1:]):
            doubt(part, "with_you")  # « 4 avec les enfants »: 4 in all, or 4 with you?
            others += count
            continue
        if count is not None and fold(words[1]) in _NOUNS:
            words = words[1:]
        elif count is not None and (len(words) == 1 or words[0].isdecimal()):
            words = words[1:]  # « 2 » alone, or before a name: counts nobody by itself
            count = None
        if len(words) > 1 and fold(words[0]) in _JOINED and fold(words[0] + words[1]) in _NOUNS:
            words = [f"{words[0]}-{words[1]}", *words[2:]]  # « grand mère »: one word
        noun = fold(words[0]) if words else ""
        rest = words[1:] if noun in _NOUNS else words
        while rest and (fold(rest[0]) in _NOUNS or fold(rest[0]) in _FILLERS):
            rest = rest[1:]  # « 2 petits enfants », « ma fille de »
        if any(fold(w) in _ABOUT for w in rest[1:]):
            # « ma fille Léa qui a 8 ans »: refused as a name, never « Léa Qui A »
            raise UserInputError("error.bad_child_name", value=" ".join(rest)[:20])
        tail = next((i for i, w in enumerate(rest) if fold(w) in _AFTER_NAME
                     and (i or noun in _NOUNS)), None)
        if tail is not None and all(fold(w) in _AFTER_NAME for w in rest[tail:]) and not all(
                fold(w) in _ONLY_MAYBE_A_NAME for w in rest[tail:]):
            rest = rest[:tail]  # « mon fils Tom viendra »: Tom, « mon fils viendra »: a son
        plural_fils = noun == "fils" and fold(part.split()[0]) in ("mes", "nos", "les", "des")
        if noun in _WHOEVER:
            doubt(part, "with_you")
            others += count or 1
            continue
        if noun in _OTHER and count is None and words == part.split() and words[0][:1].isupper():
            name = _first_name(" ".join(words))
            if name is not None and name.first_name == words[0]:  # one word, an age maybe
                alike.append((len(named), name, bool(name.age_band)))
                continue
        if noun in _OTHER or noun in _OTHERS:
            if count is None and noun in _OTHERS:
                doubt(part, "how_many")
            others += count or 1
            continue  # words after « mon mari » are his name, not a child's
        names = [_child(" ".join(rest))] if rest else []
        if (noun in _CHILD and not plural_fils) and count is None:
            single += 1
        else:
            pool += count or 0
            pool_names += len(names)
            if count is None and (noun in _CHILDREN or plural_fils) and not names:
                doubt(part, "how_many")
        if any(" " in c.first_name for c in names) and noun not in _CHILD:
            doubt(names[0].first_name, "one_or_two")  # « Tom Zoe »: one child, or two?
        named.extend(names)
    among_names = bool(named)
    for where, name, aged in reversed(alike):
        if aged or among_names:
            named.insert(where, name)
            pool_names += 1
        else:
            others += 1
    if len(named) > MAX_GUESTS:
        raise UserInputError("error.too_many_children", count=len(named), max=MAX_GUESTS)
    return Party(tuple(named), single + max(pool, pool_names) + others, unsure, why)


def _with_nouns(words: list[str]) -> bool:
    """« avec les enfants », "with the kids": who a number before them counts, after « avec »."""
    if not words or fold(words[0]) not in ("avec", "with"):
        return False
    rest = [w for w in words if fold(w) not in _FILLERS]
    return bool(rest) and all(fold(w) in _NOUNS for w in rest)


def counts_them(words: list[str]) -> bool:
    """« 2 adultes », « 4 avec les enfants »: the number first in `words` counts the people
    named next (who may include the one answering), not guests besides them."""
    return len(words) > 1 and (counts_people(words[1]) or _with_nouns(words[1:]))


def _people_start(words: list[str], at: int) -> bool:
    """Whether the people a sentence names start at word `at`: « avec », « mon », a number,
    « enfants », « pote »."""
    word = fold(words[at])
    return word in _FILLERS or word in _NOUNS or _count(words[at]) is not None


def _undecorated(part: str) -> str:
    """« Zoé 🎉 » -> « Zoé »: emoji (and their joiners and variation marks) at either end."""
    start, end = 0, len(part)
    while start < end and (unicodedata.category(part[start]) in _DECORATION
                           or part[start] in "\ufe0e\ufe0f" or part[start].isspace()):
        start += 1
    while end > start and (unicodedata.category(part[end - 1]) in _DECORATION
                           or part[end - 1] in "\ufe0e\ufe0f" or part[end - 1].isspace()):
        end -= 1
    return part[start:end]


def _ended(text: str) -> str:
    """The names without what ends the sentence (« Tom, Zoé. », « Tom et Zoé ! »): the list
    shows « Zoé », and the answer « Enfants notés : Tom, Zoé. » (not « Zoé.. »). An initial
    keeps its dot (« Marie L. »)."""
    text = _undecorated(text)
    bare = text.rstrip(TRAILING + " ")
    if text[len(bare):].strip() == "." and re.search(r"(?:^|[ '’.-])[^\W\d_]$", bare):
        return text.rstrip()  # « Marie L. »: the dot of an initial
    return bare or text


def _first_name(part: str) -> Child | None:
    """« Ami », « Papa (6-8) », « Amie 10 ans » as a child, if it reads as one."""
    try:
        return _child(part)
    except UserInputError:
        return None


def counts_people(word: str) -> bool:
    """« adultes », « enfants », "kids": a word that says who a number before it counts."""
    return fold(word) in _NOUNS


def children(text: str, now: datetime | None = None) -> tuple[Child, ...]:
    """« Tom, Zoé (8-11) » -> two children. First names only, an age band in brackets only
    if the parent gives one; anything else is refused with what a name may hold. Words
    around the names and the people who are not children (« mon mari ») name nobody."""
    return party(text, now).children


def _child(part: str) -> Child:
    part = _undecorated(part)
    name, band = part, ""
    trailing = _TRAILING_AGE.fullmatch(part) if "(" not in part else None
    if trailing is not None and trailing.group(1):  # « Tom 8 ans » = « Tom (8 ans) »
        part = f"{trailing.group(1)} ({trailing.group(2)})"
    if "(" in part or ")" in part:
        match = _WITH_AGE.fullmatch(part)
        if match is None:
            raise UserInputError("error.bad_age_band", value=part[:20])
        name, band = match.group(1), " ".join(match.group(2).split()).replace("–", "-")
        if not band or len(band) > MAX_AGE_BAND or _AGE_BAND.fullmatch(band) is None:
            raise UserInputError("error.bad_age_band", value=part[:20])
    if len(name) > MAX_FIRST_NAME and _NAME.fullmatch(name) is not None:
        raise UserInputError("error.child_name_too_long", value=name[:20], max=MAX_FIRST_NAME)
    if (len(name) > MAX_FIRST_NAME or len(name.split()) > MAX_NAME_WORDS
            or _NAME.fullmatch(name) is None):
        raise UserInputError("error.bad_child_name", value=name[:20] or part[:20])
    return Child(capitalised(name), band)


# Where a new word of a first name starts: after a space, hyphen, apostrophe or dot.
_WORD_START = re.compile(r"(^|[ '’.-])([^\W\d_])")


def capitalised(name: str) -> str:
    """« tom » -> « Tom », « jean-paul » -> « Jean-Paul »: typed in lower case on a phone,
    a name would show so at the door and in the list. A name with a capital anywhere
    (« McKenzie », « deShawn ») is kept as the parent typed it."""
    if any(c.isupper() for c in name):
        return name

    def upper(match: re.Match[str]) -> str:
        letter = match.group(2).upper()
        return match.group(1) + (letter if len(letter) == 1 else match.group(2))  # « ß »

    return _WORD_START.sub(upper, name)


# A number of seats as typed at the desk: « 3 », « +3 » (« 06 » starts a phone number).
# A member picked in Discord's « @ » list arrives as « <@1001> » (« <@!1001> »: by nickname).
_MENTION = re.compile(r"<@!?([0-9]{1,20})>")


def mentioned(text: str) -> str | None:
    """The platform user id of a member @-mentioned alone in `text` (Discord), else None."""
    found = _MENTION.fullmatch(text.strip())
    return found.group(1) if found else None


_DESK_SEATS = re.compile(r"\+?(?:0|[1-9]\d{0,5})")
# Words after the seats that only repeat what they are (« 3 places », « 2 personnes »).
_SEAT_WORDS = frozenset({"place", "places", "pers", "pers.", "personne", "personnes",
                         "seat", "seats", "people", "persons"})


def desk_entry(text: str, now: datetime | None = None) -> tuple[str, int, str]:
    """« Mme Martin 3 tél. » -> (name, seats, note): the name, then the seats (1 if absent),
    then an optional note for the organisers. The name ends at the first word with a digit:
    a number of seats, or the start of the note (« Mme Martin 06 12 34 56 78 »: a phone
    number, one seat)."""
    words = unicodedata.normalize("NFC", text).translate(_NAME_MARKS).split()
    at = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), len(words))
    name = " ".join(words[:at]).rstrip(",;:")
    if not name:
        raise UserInputError("error.desk_name_missing")
    if (len(name) > MAX_DESK_NAME or len(words[:at]) > MAX_DESK_WORDS
            or _NAME.fullmatch(name) is None):
        raise UserInputError("error.bad_desk_name", value=name[:20], max=MAX_DESK_NAME)
    seats, rest = 1, words[at:]
    if rest and _DESK_SEATS.fullmatch(rest[0]):
        seats = int(rest[0].lstrip("+"))
        if not 1 <= seats <= MAX_DESK_SEATS:
            raise UserInputError("error.bad_desk_seats", value=rest[0][:20],
                                 max=MAX_DESK_SEATS)
        rest = rest[1:]
        if rest and fold(rest[0]).rstrip(",") in _SEAT_WORDS:
            rest = rest[1:]
    note = " ".join(rest).strip(" ,;")
    if len(note) > MAX_NOTE:
        raise UserInputError("error.desk_note_too_long", max=MAX_NOTE, length=len(note))
    return name, seats, note
