"""Pure parsers of the account feature: the words people type for a language or a yes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.errors import UserInputError
from bot.spec import Param, choice
from bot.text import NO, YES, echoed, fold, line_words

LANGUAGES = ("fr", "en")
# What people type (folded) for each language, and to confirm an erasure.
LANGUAGE_WORDS: Mapping[str, str] = {"fr": "fr", "francais": "fr", "french": "fr",
                                     "en": "en", "english": "en", "anglais": "en"}
# A flag says a language as well as a word (« /langue 🇬🇧 »).
LANGUAGE_FLAGS: Mapping[str, str] = {"\U0001F1EB\U0001F1F7": "fr", "\U0001F1EC\U0001F1E7": "en",
                                     "\U0001F1FA\U0001F1F8": "en"}
CONFIRM_WORDS: Mapping[str, str] = {"confirm": "yes", "confirmer": "yes", "oui": "yes",
                                    "yes": "yes"}
# « /oubliemoi non »: a change of mind, answered as the « Annuler » button is. Any of these
# anywhere in the line keeps everything (« oui… non finalement », « pas maintenant »).
KEEP_WORDS = NO | {"annuler", "cancel", "garder", "keep", "stop", "pas", "finalement",
                   "attends", "wait", "jamais", "never", "not"}
# The plain yes and no (`bot.text.YES`, `NO`) are every feature's; a yes among these alone
# erases (« oui stp », « yes please », « oui je confirme »);
# these alone ask the question (« /effacer tout », « /oubliemoi mes données »).
YES_WORDS = YES | {"confirm", "confirmer", "confirme", "accord"}  # « d'accord »
# « /oubliemoi les prénoms des enfants »: about the children's names, not the account.
CHILDREN_WORDS = frozenset({"enfant", "enfants", "prenom", "prenoms", "child", "children",
                            "kid", "kids", "name", "names", "fils", "fille", "filles"})
# « /oubliemoi mon calendrier »: the /mycalendar link, which stops alone (`/mycalendar stop`).
CALENDAR_WORDS = frozenset({"calendrier", "agenda", "lien", "calendar", "link", "ics",
                            "monagenda", "mycalendar", "moncalendrier"})
# « /oubliemoi mes pointages »: what the door noted, which goes by itself after the event.
DOOR_WORDS = frozenset({"pointage", "pointages", "pointe", "pointee", "pointes", "entree",
                        "arrivee", "checkin", "checkins", "check", "door"})
# « /oubliemoi efface tout, agenda compris »: everything, the link or the door's ticks with
# it; never read as that one thing alone.
ALL_WORDS = frozenset({"tout", "toutes", "tous", "all", "everything", "compris", "inclus",
                       "including", "included"})
ASKING_WORDS = frozenset({
    "stp", "svp", "merci", "please", "pls", "plz", "thanks", "s", "il", "vous", "te", "plait",
    "je", "j", "i", "tout", "toutes", "tous", "all", "everything", "mes", "my", "donnees",
    "data", "effacer", "efface", "effacez", "erase", "delete", "supprimer", "supprime",
    "supprimez", "maintenant", "now", "vraiment", "really", "sur", "sure", "moi", "me",
    "it", "do", "ca", "le", "la", "les", "the",
    # « oui je suis sûre », « oui vas-y », « yes I am sure », « supprime mon compte »
    "suis", "certain", "certaine", "am", "vas", "y", "go", "mon", "compte", "account",
    "definitivement", "definitely", "absolument", "bien", "c", "est", "bon",
    # « oui j'en suis sûre », « oui je veux », « d'accord », « yes I'm sure »
    "en", "veux", "d", "m",
    # « je veux que tu oublies tout », « oublie-moi stp », "forget me please"
    "que", "tu", "oublie", "oublies", "oublier", "oubliez", "forget", "effaces", "supprimes",
    "voudrais", "aimerais"})
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")  # a flag: two regional indicator letters
_NOT = NO | {"pas", "not", "plus"}  # « pas en anglais »: asked, not guessed


@dataclass(frozen=True)
class Unclear:
    """What followed /forgetme, neither a yes nor a no (« ouii », « bof »): nothing is erased
    and the question is asked again, naming it (`typed`: as said back, 20 characters at
    most; `words`: the whole line's, folded, to tell what it was about)."""

    typed: str
    words: frozenset[str] = frozenset()


def language(text: str, now: datetime | None = None) -> str:
    """The language a line names, in a person's words (« fr stp », « in English please »,
    « en français », 🇬🇧); none, two (« fr ou en ? ») or a negation: a reply that names the
    two choices."""
    found = LANGUAGE_WORDS.get(fold(text))
    if found is not None:
        return found
    words = line_words(text)
    named = {LANGUAGE_FLAGS[flag] for flag in _FLAG.findall(text) if flag in LANGUAGE_FLAGS}
    for index, word in enumerate(words):
        # « en français », « en anglais »: « en » is the French « in », not English.
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in LANGUAGE_WORDS and not (word == "en" and following in LANGUAGE_WORDS):
            named.add(LANGUAGE_WORDS[word])
    if len(named) == 1 and not set(words) & _NOT:
        return named.pop()
    key = "error.two_languages" if len(named) > 1 else "error.bad_language"
    raise UserInputError(key, value=text.strip()[:20])


def confirm(text: str, now: datetime | None = None) -> str | Unclear:
    """/forgetme's words, the whole line: "yes" erases (« oui stp »), "no" keeps (« non
    merci », any no wins: an erasure cannot be undone), "ask" shows the question (« tout »),
    anything else is `Unclear` (a typo never erases)."""
    if fold(text) in CONFIRM.words or fold(text) in CONFIRM.values:
        return choice(CONFIRM, text)
    # « oui, pas de souci »: politeness whose « pas » is no refusal.
    words = set(line_words(text))
    if words & KEEP_WORDS:
        return "no"
    if words & YES_WORDS and words <= YES_WORDS | ASKING_WORDS:
        return "yes"
    if words <= ASKING_WORDS:
        return "ask"
    return Unclear(echoed(text), frozenset(words))


# /forgetme's parameter (its Discord choice: « Confirmer » only).
# The whole line is its value (`rest`): « oui stp » is a yes, not words too many.
CONFIRM = Param("confirm", "choice", required=False, values=("yes",), words=CONFIRM_WORDS,
                rest=True)
