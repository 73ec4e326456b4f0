"""Pure parsers for answers and guests: the words people type, and a reply that says what is
expected (« oui, peut-être ou non », « entre +0 et +9 ») rather than a generic one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.errors import UserInputError
from bot.text import NO, TRAILING, YES, fold, without_politeness
from bot.words import AROUND, THANKS
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
    # Session 10 (words4): a fourth set, written before reading these
    # (tests/test_s10_words4.py). Teenagers' yes (« chaud », « dispo », « partant »), a
    # phone's « chui là », an acceptance (« ça marche », « pourquoi pas »).
    "dispo": "going", "jesuisdispo": "going", "jsuisdispo": "going", "chuisdispo": "going",
    "chaud": "going", "chaude": "going", "chauds": "going", "chaudes": "going",
    "jesuischaud": "going", "jesuischaude": "going", "jsuischaud": "going",
    "jsuischaude": "going", "chuischaud": "going", "chuischaude": "going",
    "partant": "going", "partante": "going", "partants": "going", "partantes": "going",
    "jesuispartant": "going", "jesuispartante": "going", "jsuispartant": "going",
    "jsuispartante": "going", "chuispartant": "going", "chuispartante": "going",
    "presente": "going", "presents": "going", "presentes": "going", "jesuisla": "going",
    "jsuisla": "going", "chuila": "going", "chuisla": "going", "jeviendrai": "going",
    "jviendrai": "going", "jeseraipresent": "going", "jeseraipresente": "going",
    "comptesurmoi": "going", "comptezsurmoi": "going", "camarche": "going",
    "daccord": "going", "dac": "going", "dacc": "going", "vendu": "going", "banco": "going",
    "jensuis": "going", "moiaussi": "going", "metoo": "going", "pourquoipas": "going",
    "whynot": "going", "imin": "going", "iamin": "going", "imdown": "going",
    "letsgo": "going",
    "jspencore": "maybe", "jsptrop": "maybe", "jsaispastrop": "maybe",
    "jesaispastrop": "maybe", "jenesaispastrop": "maybe", "cadepend": "maybe",
    "depends": "maybe", "itdepends": "maybe", "sijepeux": "maybe", "sijpeux": "maybe",
    "sionpeut": "maybe", "passur": "maybe", "passure": "maybe", "passurs": "maybe",
    "passures": "maybe", "pasencoresur": "maybe", "pasencoresure": "maybe",
    "jesuispassur": "maybe", "jesuispassure": "maybe", "jsuispassur": "maybe",
    "jsuispassure": "maybe", "idk": "maybe", "idkyet": "maybe", "dunno": "maybe",
    "probable": "maybe", "jespere": "maybe", "onpasserapeutetre": "maybe",
    "jepasseraipeutetre": "maybe", "jpasseraipeutetre": "maybe",
    "onviendrapeutetre": "maybe", "onvientpeutetre": "maybe",
    "jamais": "no", "jamaisdelavie": "no", "pasdutout": "no", "jemedesiste": "no",
    "jmedesiste": "no", "jaiunempechement": "no", "jaiunimprevu": "no",
    "empechement": "no", "unempechement": "no", "imprevu": "no", "unimprevu": "no",
    "annule": "no", "annuler": "no", "annulez": "no", "desinscris": "no",
    "desinscrismoi": "no", "desinscrivezmoi": "no", "jemedesinscris": "no",
    "flemme": "no", "laflemme": "no", "jailaflemme": "no", "cestmort": "no", "cmort": "no",
    "sansmoi": "no", "countmeout": "no", "imout": "no", "illpass": "no",
    "cantmakeitsorry": "no",
    # Session 10 (cardreply): written under a card, before reading these.
    "jepensevenir": "maybe", "jpensevenir": "maybe", "onpensevenir": "maybe",
    "jevaisessayer": "maybe", "jvaisessayer": "maybe", "onvaessayer": "maybe",
    "jessaierai": "maybe", "jessaie": "maybe",
    # « moi non plus », "me neither": a no, never a child called « Moi Non Plus ».
    "moinonplus": "no", "nousnonplus": "no", "meneither": "no", "menoteither": "no",
    # « on pourra pas venir », « on ne peut pas » (a family's no, as « je pourrai pas »)
    "onpourrapas": "no", "onnepourrapas": "no", "onpourrapasvenir": "no",
    "onnepourrapasvenir": "no", "onpeutpas": "no", "onnepeutpas": "no",
    "onpeutpasvenir": "no", "onnepeutpasvenir": "no", "nousnepourronspas": "no",
    "nousnepourronspasvenir": "no", "onpourrapasetrela": "no", "onserapasla": "no",
    "onneserapasla": "no",
    # Session 11 (words11): a fifth set, written before reading these
    # (tests/test_s11_words11.py): a parent's polite no (« pas pour moi cette fois », « je
    # dois annuler »; « je (ne) pense pas » stays asked, tests/test_s9_acct_words.py),
    # « je vous confirme demain », « inscris-moi », a teenager's « bet », « prolly », « jvien ».
    "paspourmoi": "no", "paspournous": "no", "paspourmoicettefois": "no",
    "pascettefoisci": "no", "pascettefoisla": "no", "paspourcettefois": "no",
    "paspournouscettefois": "no", "jepeuxplus": "no", "jenepeuxplus": "no",
    "jpeuxplus": "no", "jepeuxplusvenir": "no", "jenepeuxplusvenir": "no",
    "jpeuxplusvenir": "no", "onpeutplus": "no", "onnepeutplus": "no",
    "onpeutplusvenir": "no", "onnepeutplusvenir": "no", "jedoisannuler": "no",
    "jdoisannuler": "no", "jevaisdevoirannuler": "no", "jvaisdevoirannuler": "no",
    "jannule": "no", "onannule": "no", "ondoitannuler": "no",
    "jevousconfirmedemain": "maybe", "jvousconfirmedemain": "maybe",
    "jeteconfirmedemain": "maybe", "jteconfirmedemain": "maybe",
    "jeconfirmedemain": "maybe", "jeconfirmeplustard": "maybe",
    "jevousconfirmeplustard": "maybe", "jevousredis": "maybe", "jvousredis": "maybe",
    "jeteredis": "maybe", "jteredis": "maybe", "jetedis": "maybe", "jtedis": "maybe",
    "jevousdis": "maybe", "jvousdis": "maybe", "onvousredit": "maybe",
    "jevoustiensaucourant": "maybe", "jetetiensaucourant": "maybe",
    "illletyouknow": "maybe", "iwillletyouknow": "maybe", "prolly": "maybe",
    "probs": "maybe", "sijpeuxvenir": "maybe", "sijepeuxvenir": "maybe",
    "sionpeutvenir": "maybe", "ifican": "maybe", "ificancome": "maybe",
    "inscrismoi": "going", "inscrivezmoi": "going", "inscritmoi": "going",
    "jeminscris": "going", "jminscris": "going", "signmeup": "going", "addme": "going",
    "jeconfirme": "going", "jevousconfirme": "going", "jeseraiaccompagne": "going",
    "jeseraiaccompagnee": "going", "jseraiaccompagne": "going",
    "jseraiaccompagnee": "going", "avecgrandplaisir": "going", "avecjoie": "going",
    "withpleasure": "going", "bet": "going", "jvien": "going", "jevien": "going",
    # « jvien pas » is a no, as « jviens pas » is: never « jvien » and a child « Pas »
    # (reader11-words); « je confirme mon absence » a no, never a child « Absence ».
    "jvienpas": "no", "jevienpas": "no", "jenevienpas": "no", "jvienplus": "no",
    "jevienplus": "no", "jenevienplus": "no", "jvienpo": "no", "jvienspo": "no",
    "jeconfirmemonabsence": "no", "jevousconfirmemonabsence": "no",
    "jeconfirmenotreabsence": "no", "jevousconfirmenotreabsence": "no",
    "jeconfirmemapresence": "going", "jevousconfirmemapresence": "going",
    # « je te dis non » is a no, never « je te dis » (a maybe) and « non » after it.
    "jetedisnon": "no", "jtedisnon": "no", "jevousdisnon": "no", "jvousdisnon": "no",
    "jetedisoui": "going", "jtedisoui": "going", "jevousdisoui": "going",
    "jvousdisoui": "going",
    # « j'annule pas, on vient »: not cancelled, never « j'annule » (a no).
    "jannulepas": "going", "onannulepas": "going", "jannuleplus": "going",
    # Session 12 (words12): a sixth set, written before reading these
    # (tests/test_s12_words12*.py): a no said with a yes word (« ne m'inscris pas », « compte
    # pas sur moi », « pas chaud »), a polite no (« je passe mon tour », « ce sera non »,
    # « trop cher »), an absence, « sans aucun doute » (never « sans doute », a maybe), a
    # teenager's « ouep », « jvais venir », « oklm ».
    "neminscrispas": "no", "minscrispas": "no", "neminscrivezpas": "no",
    "minscrivezpas": "no",
    "comptepassurmoi": "no", "comptezpassurmoi": "no", "necomptepassurmoi": "no",
    "necomptezpassurmoi": "no", "comptepassurnous": "no", "comptezpassurnous": "no",
    "necomptepassurnous": "no", "necomptezpassurnous": "no",
    "paschaud": "no", "paschaude": "no", "jesuispaschaud": "no", "jesuispaschaude": "no",
    "jsuispaschaud": "no", "jsuispaschaude": "no", "chuispaschaud": "no",
    "chuispaschaude": "no", "jenesuispaschaud": "no", "jenesuispaschaude": "no",
    "jesuispasdispo": "no", "jsuispasdispo": "no", "chuispasdispo": "no",
    "jenesuispasdispo": "no", "onestpasdispo": "no", "onnestpasdispo": "no",
    "onserapasdispo": "no", "onneserapasdispo": "no", "jeseraipasdispo": "no",
    "jeneseraipasdispo": "no", "jseraipasdispo": "no",
    "jepassemontour": "no", "jpassemontour": "no", "onpassenotretour": "no",
    "ceseranon": "no", "ceseraoui": "going", "ceserasansmoi": "no", "ceserasansnous": "no",
    "cestnon": "no", "cestoui": "going", "cestnonpournous": "no", "cestnonpourmoi": "no",
    "absente": "no", "absents": "no", "absentes": "no", "jeseraiabsent": "no",
    "jeseraiabsente": "no", "jseraiabsent": "no", "jseraiabsente": "no",
    "onseraabsents": "no", "nousseronsabsents": "no",
    "jeneviendraipas": "no", "jeneviendraiplus": "no",
    "jevaispasvenir": "no", "jvaispasvenir": "no", "jenevaispasvenir": "no",
    "jevaispaspouvoir": "no", "jvaispaspouvoir": "no", "jenevaispaspouvoir": "no",
    "jevaispaspouvoirvenir": "no", "jvaispaspouvoirvenir": "no",
    "jenevaispaspouvoirvenir": "no", "onvapaspouvoir": "no", "onnevapaspouvoir": "no",
    "onvapaspouvoirvenir": "no", "onnevapaspouvoirvenir": "no",
    "jepensebienvenir": "maybe", "jpensebienvenir": "maybe", "onpensebienvenir": "maybe",
    "jevaisvenir": "going", "jvaisvenir": "going",
    "tropcher": "no", "cesttropcher": "no", "troploin": "no", "cesttroploin": "no",
    "grosflemme": "no", "grosseflemme": "no", "jaiflemme": "no", "jaitropflemme": "no",
    "sansaucundoute": "going", "sansfaute": "going", "biensurqueoui": "going",
    "biensurquoui": "going", "biensurquenon": "no", "maisoui": "going", "maisnon": "no",
    "jepensebien": "going",  # « oui je pense bien »: « I should think so », a yes
    "jsuistropchaud": "going", "jesuistropchaud": "going", "chuistropchaud": "going",
    "jsuistropchaude": "going", "jesuistropchaude": "going", "chuistropchaude": "going",
    "jsuisgravechaud": "going", "chuisgravechaud": "going", "jsuisgravechaude": "going",
    "okpourmoi": "going", "cestbonpourmoi": "going", "cestokpourmoi": "going",
    "camarchepourmoi": "going", "bonpourmoi": "going", "pourmoicestoui": "going",
    "ouep": "going", "ouaip": "going", "ouaipe": "going",
    "yea": "going", "yeh": "going", "nop": "no",
    "aconfirmer": "maybe", "jeconfirmerai": "maybe", "jvousconfirmerai": "maybe",
    "jevousconfirmerai": "maybe", "imnotsureyet": "maybe", "iamnotsureyet": "maybe",
}
# Answers that say « we » without a number (« compte sur nous », « on vient », "count us
# in"): a yes, and how many is asked unless the words after it say (« on sera là tous les
# 4 »): `party` reads them, the phrase included.
_GROUP_ANSWERS: Mapping[str, str] = {
    "comptesurnous": "going", "comptezsurnous": "going", "onvient": "going",
    "onviendra": "going", "nousviendrons": "going", "nousvenons": "going",
    "onserala": "going", "onysera": "going", "nousseronsla": "going",
    "onarrive": "going", "toutelafamille": "going", "avectoutelafamille": "going",
    "countusin": "going", "wellbethere": "going", "werecoming": "going", "wellcome": "going",
    "werein": "going", "okpournous": "going", "cestbonpournous": "going",
    "cestokpournous": "going", "camarchepournous": "going", "bonpournous": "going",
    "jeconfirmenotrepresence": "going", "jevousconfirmenotrepresence": "going",
}
ANSWER_WORDS = {**ANSWER_WORDS, **_GROUP_ANSWERS}
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
# « on viendra à deux » folds to « onviendraa », read as « onviendra » (the doubled letter):
# the group's answer, not « deux » alone.
_GROUP_SQUEEZED = frozenset(_squeezed(k) for k in _GROUP_ANSWERS)
# Said before the answer (« malheureusement non », « sorry I can't », « bah oui »), folded:
# skipped by `leading_answer`: the fillers every reader skips (`bot.words.AROUND`: « en fait
# non », « finalement non », "actually no"), and an answer's own.
_BEFORE_ANSWER = AROUND | frozenset({
    "malheureusement", "helas", "sadly",
    "unfortunately", "bah", "ben", "beh", "bon", "euh", "alors", "well", "hmm", "mmh",
    "coucou", "salut", "bonjour", "bonsoir", "hello", "hi", "hey",
    # Session 10: « tkt je serai là », « vas-y je viens », « vraiment désolée mais non »
    "tkt", "tqt", "tinquiete", "tinquietes", "vasy",
    "allez", "ah", "oh", "vraiment", "trop", "yo", "wsh", "cc",
    "slt",
    # Session 10 (cardreply): « mdr non », « super je viens », « trop bien jviens avec 2
    # potes » (« bien » only after « trop »: « bien sûr » is a yes of its own)
    "mdr", "ptdr", "lol", "super", "cool", "genial", "top", "parfait", "nickel",
    # Session 11: « vsy jviens », « wesh je viens »
    "vsy", "vazy", "wesh",
    # Session 12: « oklm jviens », « wallah jviens »
    "oklm", "wallah", "wlh"})


def answer_word(folded: str) -> str | None:
    """The answer a folded word or phrase gives (« ouii » is « oui »), None for none."""
    return ANSWER_WORDS.get(folded) or _SQUEEZED.get(_squeezed(folded))


def answer(text: str, now: datetime | None = None) -> str:
    """'oui', 'Peut-être', 'going'... -> going / maybe / no. A number here is a number of
    guests out of range (`/participer 12 -3`): said so, rather than « oui ou non »; one in
    range came in Discord's « reponse » option (« 2 »): told it goes in « invites »."""
    if is_number(text):
        if re.fullmatch(r"\+?\s*\d{1,6}", text.strip()) and int(
                text.strip().lstrip("+")) <= MAX_GUESTS:
            raise UserInputError("error.answer_with_company", value=text.strip()[:20])
        raise UserInputError("error.bad_guests", value=text.strip()[:20], max=MAX_GUESTS)
    found = answer_word(fold(text)) or _answer_phrase(text)
    if found is None:
        raise UserInputError("error.bad_choice", value=text.strip()[:20])
    return found


def _answer_phrase(text: str) -> str | None:
    """Discord's « reponse » option filled with a phrase, as typed after the number
    (« grave chaud », « ouais grave », « tkt je serai là », « non désolé »): its answer when
    the words after a yes only say it again (a reason after a maybe or a no is theirs); a yes
    bringing someone (« chaud +1 », « oui avec un pote ») is refused with where they go.
    One word is never a phrase: the typed line splits its words before coming here."""
    if len(text.split()) < 2:
        return None
    words = text.split()
    said = leading_answer(text)
    if said is None and (first := answer_word(fold(words[0]))) is not None:
        said = first, " ".join(words[1:])  # « ouais grave », « chaud +1 »
    if said is None or other_answer(*said) is not None:
        return None  # « oui peut-être »: two answers, « répondez par oui, peut-être ou non »
    found, rest = said
    if found != "going" or not rest:
        return found
    try:
        alone = rest.split()[0][:1] not in "+-0123456789" and party(rest) == NOBODY
    except UserInputError:
        return None  # « oui mdr »: « répondez par oui, peut-être ou non »
    if alone:
        return found  # « grave chaud », « yes please »: nobody else in the words
    raise UserInputError("error.answer_with_company", value=text.strip()[:20])


def leading_answer(text: str) -> tuple[str, str] | None:
    """The answer said in several words at the start of `text` (« je ne viens pas », « ✅ Je
    viens », "not going"), and the words after it; None when it starts with none. The
    longest reading wins (« je viens pas » is no). One word alone is the answer parameter's
    own; followed by others (« empêchement de dernière minute »), it is read here."""
    words = text.split()
    if len(words) > 1 and answer_word(fold(words[0])) == "going" and _hedged(words[1:]):
        return "maybe", ""  # « oui (enfin je crois) », « chaud mais jsp »: a doubt
    skipped = 0  # « malheureusement non », « sorry I can't »: the answer after them
    if fold(words[0]) in _BEFORE_ANSWER and (whole := _answer_at(words, 0, 1)) is not None:
        return _after_yes(whole[0], words, whole[1])  # « trop cher »: not « trop », « cher »
    while skipped < len(words) - 1 and (fold(words[skipped]) in _BEFORE_ANSWER or (
            skipped and fold(words[skipped - 1]) == "trop" and fold(words[skipped]) == "bien")
            or (fold(words[skipped]) in _ME and _said_after_me(words, skipped + 1))):
        skipped += 1  # « moi je viens »: « moi » before the answer is the one answering
    said = _answer_at(words, skipped, 0 if skipped else 1)
    if (said is None and not skipped and len(words) > 1 and fold(words[1]) in _DENIED
            and answer_word(fold(words[0])) == "going"):
        return _after_yes("going", words, 1)  # « inscrivez-moi pas », « chaud pas du tout »
    if said is None and not skipped and len(words) > 1:
        # « empêchement de dernière minute », "nope sorry my son is sick": a maybe or a no
        # in one word and the reason after it (« non en fait oui » is two answers, said so
        # after; a yes in one word is the answer parameter's own)
        single = answer_word(fold(words[0]))
        if single in ("maybe", "no") and not any(
                answer_word(fold(w)) not in (None, single) for w in words[1:]):
            said = single, 1
    if said is not None:
        found, count = said
        at = skipped + count
        if (found == "no" and fold(" ".join(words[skipped:at])) not in NO
                and _PARTLY.match(fold(" ".join(words[at:at + 3])))):
            return None  # « je vais pas pouvoir venir avant 20h »: late, not a no (asked)
        if found == "no" and fold(words[at - 1]) in _DENIED:
            turned = _denial_turned(words, at)  # « je ne viens pas seule »: not a no
            if turned is not None:
                return turned
        if _squeezed(fold(" ".join(words[skipped:at]))) in _GROUP_SQUEEZED:
            if at < len(words) and fold(words[at]) in _DENIED and not (
                    at + 1 < len(words) and fold(words[at + 1]) in _NOT_DENIED):
                # « on arrive pas », « on vient plus finalement », « on y sera pas »: a no
                after = words[at + 1:]
                while after and fold(after[-1]) in _BEFORE_ANSWER:
                    after = after[:-1]  # « on vient plus finalement »
                return "no", _after_answer("no", " ".join(after))
            return found, " ".join(words[skipped:])  # « compte sur nous »: how many?
        return _after_yes(found, words, at, skipped)
    for count in (1, 2):  # « j'amène ma fille », "I'll bring my sister": a yes with them
        if fold(" ".join(words[skipped:skipped + count])) in _BRING and _brings_people(
                words[skipped + count:]):
            return "going", " ".join(words[skipped + count:])
    for start in dict.fromkeys((skipped, 0)):  # "we'll" is also the skipped "well"
        said_all = " ".join(words[start:])
        if len(words) > start + 1 and fold(words[start]) in _WE and _a_group(said_all):
            return "going", said_all  # « we'll be 3 », « nous serons 4 »: a yes, counted
        if (len(words) > start + 1 and fold(words[start]) in _ME
                and _names_someone(said_all)):
            return "going", said_all  # « moi + ma sœur », "me and my brother": a yes
    return None


def _after_yes(found: str, words: list[str], at: int, skipped: int = 0) -> tuple[str, str]:
    """The answer said by `words[skipped:at]` and the words after it: a yes said twice
    (« sure why not ») is one; a yes taken back by the next word (« inscris moi pas », « je
    viendrai pas »: never « je viendrai » and a child « Pas ») is a no; « sauf imprévu » after
    a yes is no condition."""
    count = at - skipped
    again = _answer_at(words, at, 0)  # « sure why not »: a yes said twice
    if again is not None and again[0] == found and fold(
            " ".join(words[at:at + again[1]])) not in _GROUP_ANSWERS:
        count += again[1]
    if found == "going" and skipped + count < len(words) and _hedged(
            words[skipped + count:]):
        return "maybe", ""  # « jsuis chaud mais pas sûr »: a doubt
    if (found == "going" and at < len(words) and fold(words[at]) in _DENIED
            and fold(" ".join(words[skipped:at])) not in YES):
        turned = _denial_turned(words, at + 1)
        if turned is not None:
            return turned
        if not (at + 1 < len(words) and fold(words[at + 1]) in _NOT_DENIED):
            return "no", _after_answer("no", " ".join(words[at + 1:]))
    rest = " ".join(words[skipped + count:])
    if found == "going" and _squeezed(fold(rest)) in _PROVISO:
        return found, ""  # « oui sauf imprévu », « oui normalement, sauf empêchement »
    return found, rest if found == "going" else _after_answer(found, rest)


def _denial_turned(words: list[str], at: int) -> tuple[str, str] | None:
    """After « pas » (or « plus »), what makes it no plain no: « pas forcément », « pas sûr »
    (a maybe); « pas seul », « pas avant 21h », « pas longtemps » (coming: who with, or
    when, is asked). None when the « pas » says no."""
    if at and words[at - 1].endswith((",", ";", ".", "!", "…")):
        return None  # « je ne viendrai pas, trop loin »: the reason after the comma
    after = fold(words[at]) if at < len(words) else ""
    if after in _NOT_SURE:
        return "maybe", ""
    if after in _NOT_ALONE or after in _NOT_THEN:
        return "going", " ".join(words[at - 1:])  # `party` reads « pas seul »
    return None


# After « pas »: a doubt (« je viendrai pas forcément »), someone along (« je viendrai pas
# seule »), a time (« je serai là pas avant 21h »), folded.
_NOT_SURE = frozenset({"forcement", "sur", "sure", "surs", "sures", "certain", "certaine",
                       "necessairement"})
_NOT_ALONE = frozenset({"seul", "seule", "seuls", "seules", "sans", "alone"})
_NOT_THEN = frozenset({"avant", "apres", "longtemps", "tard", "tot", "trop", "before",
                       "after", "long", "late"})
# After a can't-come (« je vais pas pouvoir venir », « je serai absente »), folded: when
# they come or leave (« avant 20h », « à l'heure », « rester longtemps », « au début »,
# « jusqu'à la fin »), so no plain no: never the family's seats given away.
_PARTLY = re.compile(r"(?:avant|apres|alheure|atemps|audebut|pourledebut|desledebut|rester"
                     r"|longtemps|jusqu|tot|tard|toutelasoiree|toutletemps|aparti"
                     r"|(?:a|vers|pour)\d)")
# A yes's usual reserve (« sauf imprévu », « si tout va bien »), folded: no condition to
# ask about (« oui sauf si Tom est malade » is one).
_PROVISO = frozenset({"saufimprevu", "saufempechement", "saufcontreordre", "sitoutvabien",
                      "saufimprevus", "barringaccidents", "unlesssomethingcomesup"})
# Said right after a group's yes, it takes it back (« on arrive pas », « on vient plus »),
# folded; « on arrive plus tard » stays a yes.
_DENIED = frozenset({"pas", "plus", "jamais", "point", "not", "never"})
_NOT_DENIED = frozenset({"tard", "tot", "que", "de", "d", "grave", "mal", "encore", "trop",
                         "souci", "soucis", "probleme"})
# A doubt said after a yes (« oui je crois », « oui (enfin je crois) », "yes I think so"),
# folded: a maybe, never children called « Enfin », « Je » and « Crois ».
_HEDGES = frozenset({"jecrois", "jcrois", "jepense", "jpense", "ithink", "ithinkso",
                     "iguess", "jecroisbien", "ilmesemble", "jimagine"})
# What turns the words after a yes into a doubt (« oui mais jsp », « chaud enfin jsp »).
_BUT = frozenset({"mais", "but", "enfin", "fin"})


def _hedged(words: list[str]) -> bool:
    """The words after a yes only doubt it: « (enfin je crois) », « mais jsp encore »."""
    said = [w for w in " ".join(words).replace("(", " ").replace(")", " ").split()
            if fold(w) not in _BEFORE_ANSWER]
    if not said:
        return False
    turned = fold(said[0]) in _BUT
    rest = fold(" ".join(said[1:] if turned else said))
    return rest in _HEDGES or (turned and answer_word(rest) == "maybe")


# « j'amène », "I'll bring": a yes only when people follow (`_brings_people`), never « j'amène
# des crêpes » (a child called « Crêpes » on the door list), folded.
_BRING = frozenset({"jeramene", "jramene", "jamene", "jemene", "jeemmene", "jemmene",
                    "illbring", "imbringing", "iambringing"})
_WHOSE = frozenset({"ma", "mon", "mes", "nos", "notre", "les", "my", "our", "the"})


def _brings_people(words: list[str]) -> bool:
    """« ma fille », « 2 potes », « Tom », "my sister" after « j'amène »: people, not food."""
    rest = [w for w in words if fold(w) not in _WHOSE]
    if not rest:
        return False
    if fold(rest[0]) in _NOUNS or re.fullmatch(r"\+\s*\d", rest[0]):
        return True
    if _count(rest[0]) is not None:  # « 2 potes », never « un gâteau »
        return len(rest) > 1 and fold(rest[1]) in _NOUNS
    return rest[0][:1].isupper()  # « j'amène Tom et Zoé »


def _said_after_me(words: list[str], start: int) -> bool:
    """« moi je viens », « moi je viens pas »: a yes, or an answer of several words, after
    « moi » (« moi non » stays asked: « not me », or « me? no »)."""
    said = _answer_at(words, start, 0)
    return said is not None and (said[0] == "going" or said[1] > 1)


def _said_in_words(text: str) -> tuple[str, str] | None:
    """The answer a line written in words gives and the words after it (« on sera 3
    finalement »: going, « on sera 3 »; « pas dispo ce soir »: no); None for a question or
    no answer."""
    if "?" in text:
        return None
    words = text.strip(" .!…").split()
    while len(words) > 1 and fold(words[-1].strip(" ,.!…")) in _BEFORE_ANSWER:
        words = words[:-1]  # « on sera 3 finalement », « on vient à 2 merci »
    line = " ".join(words)
    if not words:
        return None
    found = answer_word(fold(line))
    if found is not None:
        return found, ""
    said = leading_answer(line)
    if said is None and len(words) > 1 and answer_word(fold(words[0])) == "going":
        said = "going", " ".join(words[1:])  # « ouais on vient à 4 »: the yes, then who
    return said


def answer_said(text: str) -> str | None:
    """The answer (going, maybe, no) a line written in words gives: « pas dispo ce soir »,
    « jsp encore », « on sera 3 »; None for a question or none."""
    said = _said_in_words(text)
    return said[0] if said is not None else None


def seats_said(text: str) -> int | None:
    """The seats in all a yes written in words counts (« on sera 3 »: 3, « je viens avec mon
    frère »: 2, « oui +1 »: 2, « oui avec Lucas »: 2, "I'll come with my sister": 2), the one
    answering included; None when it is no yes, a question, counts nobody else, or leaves
    who comes open (« on sera 3 avec Tom », « mes enfants »: asked by /participer)."""
    found = _said_in_words(text)
    if found is None or found[0] != "going" or not found[1].strip():
        return None
    plus = re.fullmatch(r"\+\s*(\d)", found[1].strip())
    if plus is not None:
        return 1 + int(plus.group(1))
    try:
        said = party(found[1])
    except UserInputError:
        return None
    if said.unsure or not 0 < said.guests <= MAX_GUESTS:
        return None
    return 1 + said.guests


def _answer_at(words: list[str], start: int, least: int) -> tuple[str, int] | None:
    """The answer said by the words from `start` (the longest reading), and how many words
    it took; None for none. Readings of fewer than `least` words are not tried."""
    for count in range(min(MAX_ANSWER_WORDS, len(words) - start), least, -1):
        found = answer_word(fold(" ".join(words[start:start + count])))
        if found is not None:
            return found, count
    return None


def _after_answer(answer: str, rest: str) -> str:
    """The words after a maybe or a no, as `party` reads them: a reason (« non mon fils est
    malade », "maybe, depends on work") is no list of names and leaves nothing to read;
    names (« non Tom ») and a number (« peut-être +2 ») are kept, the handler says what
    goes with a no, and someone coming instead (« non mais mon mari viendra », asked). A
    thank-you (« non mais merci pour l'invitation ») names nobody."""
    if answer == "no" and instead(rest):
        return rest
    # « annule pour Léo merci »: only Léo? asked, as without the thanks (never the whole
    # family's seats given away).
    kept = [w for w in rest.split()[1:] if fold(w) not in THANKS and fold(w) not in _PLEASE]
    if rest and fold(rest.split()[0]) in ("pour", "for") and kept and (
            _names_children(kept) or _names_in_lower_case(kept)):
        return " ".join([rest.split()[0], *kept])
    if any(fold(w) in THANKS for w in rest.split()):
        return ""
    if not rest or rest.split()[0][:1] in "+-0123456789" or any(
            answer_word(fold(w)) not in (None, answer) for w in rest.split()):
        return rest  # « non en fait oui »: two answers, said so by the handler
    if (fold(rest.split()[0]) in ("pour", "for")
            and (_names_children(rest.split()[1:])
                 or _names_in_lower_case(rest.split()[1:]))):
        return rest  # « annule pour Léo »: only Léo? The handler asks, nothing erased
    if fold(rest.split()[0]) in _REASON_START or all(
            fold(w) in _AFTERTHOUGHT for w in rest.split()):
        return ""  # « non finalement », "sorry can't come anymore": no child « Finalement »
    try:
        said = party(rest)
    except UserInputError:
        return ""
    return "" if said.why in ("remark", "one_or_two") else rest


# « stp », "please": said around names, never one (« annule pour léo stp merci »), folded.
_PLEASE = frozenset({"stp", "svp", "please", "pls", "plz"})


# Said after a no or a maybe (« non finalement », « peut-être du coup », "not coming
# anymore"), folded: never a child's name. The fillers every reader skips
# (`bot.words.AROUND`), and these.
_AFTERTHOUGHT = AROUND | frozenset({
    "en", "fait", "du", "coup", "anymore", "after", "all", "tant",
    "pis", "mdr", "lol", "venir", "come"})  # « jsp si jpeux venir »


def _names_children(words: list[str]) -> bool:
    """« Léo », « Tom et Zoé »: children named with capitals (never « samedi »), nothing
    else said."""
    if not words or not all(w[:1].isupper() for w in words if fold(w) not in ("et", "and")):
        return False
    try:
        said = party(" ".join(words))
    except UserInputError:
        return False
    return bool(said.children) and not said.unsure


# Words after « non pour » that are no child's name typed in lower case (« non pour ce
# soir », « annule pour l'instant », « non pour raisons perso »), folded.
_NOT_A_NAME = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain",
    "aujourdhui", "soir", "matin", "midi", "linstant", "lemoment", "maintenant", "instant",
    "moment", "raison", "raisons", "cause", "sante", "perso", "personnel", "personnelles",
    "tout", "tous", "toute", "toutes", "part", "lui", "eux", "toi", "cela", "semaine",
    "weekend", "fois", "autre", "travail", "boulot", "taf", "maladie", "info", "now",
    "today", "tonight", "tomorrow", "reasons", "work", "everyone", "all", "me", "us"})


def _names_in_lower_case(words: list[str]) -> bool:
    """« annule pour léo », « non pour tom et zoé » (a phone, no capitals): one-word first
    names, none of them a common word (`_NOT_A_NAME`, the words of a sentence)."""
    names = [w for w in words if fold(w) not in ("et", "and")]
    if not names or len(names) > 3 or any(
            fold(w) in _NOT_A_NAME or fold(w) in _REASON_START or fold(w) in _SENTENCE
            or fold(w) in _NAMELESS or fold(w) in _NOUNS for w in names):
        return False
    return _names_children([w.capitalize() for w in words])


# Said before names given on their own (« c'est Lina et Noé », "they're Lina and Noah").
_NAMES_INTRO = re.compile(
    r"^(?:c'est|c’est|ce sont|ils s'appellent|elles s'appellent|ils s’appellent"
    r"|elles s’appellent|leurs prénoms|it's|it’s|they're|they are|their names are"
    r"|names)\s*:?\s+", re.IGNORECASE)


def names_only(text: str) -> tuple[Child, ...]:
    """The children's first names a message gives and nothing else, typed after the bot
    asked for them (« Lina et Noé », « lina noé », « Lina 8 ans, Noé », « c'est Lina et
    Noé »); () when it says anything else (a question, « ok merci », an answer)."""
    line = _NAMES_INTRO.sub("", " ".join(text.split())).strip(" .!…")
    if not line or "?" in line or len(line) > MAX_CHILDREN_TEXT:
        return ()
    try:
        said = party(line)
    except UserInputError:
        said = NOBODY
    if said.children and not said.unsure and not said.why and said.guests == len(
            said.children) and not any(_common(c.first_name) for c in said.children):
        return said.children
    names = [w for w in re.split(r"[\s,]+", line) if w and fold(w) not in ("et", "and")]
    if not names or len(names) > 3 or not all(w.isalpha() for w in names) or any(
            _common(w) for w in names):
        return ()
    try:  # « lina noé »: two names, never one child called « Lina Noé »
        said = party(", ".join(w.capitalize() for w in names))
    except UserInputError:
        return ()
    return said.children if len(said.children) == len(names) and not said.unsure else ()


def _common(word: str) -> bool:
    """A common word (a day, « soir », « merci »…), never a child's first name."""
    folded = fold(word)
    return (folded in _NOT_A_NAME or folded in _REASON_START or folded in _SENTENCE
            or folded in _NAMELESS or folded in _NOUNS)


def _names_someone(text: str) -> bool:
    """« moi + ma sœur », « moi et mes enfants »: the words after « moi » read as people
    coming along (counted, named, or asked how many), not as a remark."""
    try:
        said = party(text)
    except UserInputError:
        return False
    return bool(said.guests or said.children) or said.why == "how_many"


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
                    "little",
                    # « avec mon neveu Théo »: Théo, never « neveu, Théo » asked about
                    "neveu", "niece", "nephew", "filleul", "filleule"})
_CHILDREN = frozenset({"enfants", "filles", "garcons", "petits", "petites", "bebes", "ados",
                       "jeunes", "petitsenfants", "kids", "children", "sons", "daughters",
                       "boys", "girls", "babies", "teens", "gamins", "gamines", "gosses",
                       "momes", "minots", "minotes", "loulous", "pitchouns", "pitchounes",
                       "marmots", "petiots", "petiotes", "grands", "grandes", "ptits",
                       "ptites", "aines", "ainees", "cadets", "cadettes", "neveux",
                       "nieces", "nephews", "filleuls", "filleules"})
# Other people, never children to name (« +1 mon mari »): a guest each.
_OTHER = frozenset({
    "mari", "femme", "epoux", "epouse", "conjoint", "conjointe", "compagnon", "compagne",
    "copain", "copine", "ami", "amie", "papa", "maman", "pere", "mere", "mamie", "papi",
    "grandmere", "grandpere", "soeur", "frere", "cousin", "cousine", "voisin", "voisine",
    "invite", "invitee", "husband", "wife", "partner", "friend", "mum", "mom", "dad",
    "sister", "brother", "guest", "neighbour", "neighbor",
    # Teenagers on Discord put their friends in the `enfants` option (« avec mon pote »).
    "pote", "poto", "reuf", "frangin", "frangine", "bro", "sis", "mate", "buddy", "bff",
    "frerot", "frero",  # session 11: « avec mon frérot », never a child called « Frérot »
    # session 12: « avec mon reuf et ma reus », « avec ma meuf »: never a child « Reus »
    "reus", "reum", "meuf", "keum", "mec", "srab", "bestie",
    # Session 10: the family around (« avec ma belle-sœur », « + tata »), never a child
    # called « Tata » on the door list
    "bellesoeur", "beaufrere", "bellemere", "beaupere", "tante", "tata", "tonton", "oncle",
    "parrain", "marraine", "nounou", "babysitter", "collegue", "coloc", "cheri", "cherie",
    "fiance", "fiancee", "daron", "daronne", "mamy", "papy", "aunt", "uncle", "grandma",
    "grandpa", "granny", "nanny", "godmother", "godfather", "boyfriend", "girlfriend"})
_OTHERS = frozenset({
    "copains", "copines", "amis", "amies", "parents", "grandsparents", "soeurs", "freres",
    "cousins", "cousines", "voisins", "voisines", "invites", "invitees", "friends",
    "guests", "brothers", "sisters", "potes", "potos", "frangins", "frangines", "mates",
    "buddies", "tantes", "oncles", "tontons", "tatas", "collegues", "colocs", "cops",
    "beauxparents", "darons", "aunts", "uncles"})
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
    "its", "because", "except", "unless", "tomorrow", "there"})
# A condition (« si il reste de la place », "unless it rains"): a remark, whatever follows.
_IF = frozenset({"si", "sauf", "if", "except", "unless"})
# A group said with its number, the one answering included (« on sera 3 », "we are 4").
_WE = frozenset({"on", "nous", "we", "well", "were", "there"})  # "there will be 3 of us"
# The one answering, first (« moi + ma sœur », "me and my brother"): a yes with people.
_ME = frozenset({"moi", "moimeme", "me", "myself"})
# What follows a name in a sentence (« mon fils Tom viendra », « Zoé viendra aussi », "my son
# Tom will come"), folded: never part of the name. « will » alone may be one (« Tom, Will »).
_AFTER_NAME = frozenset({
    "viendra", "vient", "viendront", "viennent", "venir", "sera", "seront", "est", "sont",
    "aussi", "egalement", "avec", "nous", "moi", "will", "come", "comes", "coming", "too",
    "also", "as", "well", "is", "are", "one"})
_ONLY_MAYBE_A_NAME = frozenset({"will", "as", "well", "is", "are", "est", "avec"})
# What starts a remark about a child (« ma fille Léa qui a 8 ans »): no part of a name.
_ABOUT = frozenset({"qui", "who", "que", "dont"})
# A verb after the people named (« mon fils est malade », "my son will be late"): what
# follows it is a sentence about them, folded (« a » is also « à »: « ma fille à 20h »).
_VERBS = frozenset({"est", "sera", "a", "aura", "va", "ira", "peut", "pourra", "doit", "ne",
                    "n", "fait", "viendra", "vient", "arrive", "arrivera", "sont", "seront",
                    "ont", "vont", "viennent", "viendront", "is", "will", "can", "cant",
                    "wont", "has", "are", "might"})
# Said of the children named, without the parent (« pour Léo seulement »), folded; and
# what puts the parent with them (« avec Tom seulement »).
_ONLY = frozenset({"seulement", "uniquement", "juste", "only", "just"})
_WITH = frozenset({"avec", "with", "moi", "me", "nous", "us"})
# Around a group's number (« tous les 4 », « à 4 », "all 4 of us"), folded.
_ALL_OF = frozenset({"tous", "toutes", "a", "all", "of", "us", "at", "en", "tout", "au",
                     "total", "in"})
# What starts a reason after a maybe or a no (« peut-être, ça dépend de la météo », « non
# pour ce soir »), never the children's names, folded.
_REASON_START = frozenset({"de", "du", "d", "des", "la", "le", "les", "a", "au", "aux",
                           "pour", "par", "car", "parce", "because", "cause", "en", "ce",
                           "ca", "cest", "due",
                           "si", "if"})  # « jsp si jpeux venir »: a condition
# The most words a group's answer takes (« on y sera », « compte sur nous »).
_GROUP_WORDS = 4
# A number's detail in brackets (« on sera 3 (moi + 2 enfants) »), and a name with its age
# in brackets (« 1 enfant (Léo 8 ans) »).
_COUNT_DETAIL = re.compile(r"(\S+)\s*\(([^()]*)\)")
# Two numbers in the words (« 2 adultes 2 enfants »): the people may need telling apart.
_NUMBER = (r"(?:\d|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|"
           r"four|five|seven|eight|nine|ten)\b)")
_TWO_COUNTS = re.compile(rf"{_NUMBER}\D*\s{_NUMBER}", re.IGNORECASE)
# Only ages in brackets (« 2 enfants (7 et 10 ans) »).
_AGE = r"[\d\s,;/&+-]*\d[\d\s,;/&+-]*"
_AGES_ONLY = re.compile(rf"{_AGE}(?:(?:et|and|à|a|to){_AGE})*(?:ans?|yrs?|years?|y\.?o\.?)?\s*",
                        re.IGNORECASE)
_NAME_THEN_AGE = re.compile(
    r"\(\s*([^\W\d_][^()\d,]*?)\s*,?\s*(\d{1,2}\s*(?:ans?|yrs?|years?))\s*\)", re.IGNORECASE)
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
    en retard »: words naming nobody, where a child might hide), "alone" (« pour Léo
    seulement »: the child without the parent?)."""

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
    "seulement", "uniquement", "only", "encore",  # « Léo seulement », « jsp encore »
    "ce", "soir", "tonight",  # « chaud pour ce soir »
    "sounds", "good", "nice", "awesome", "fun",  # "yes sounds great", "yes sounds good"
    "desole", "desolee", "dsl", "sorry", "malheureusement", "helas", "sadly",
    "surement", "certainement", "assurement", "normalement"})  # « oui sûrement »
# A yes said twice (« yeah sure », « ouais grave », « oui ok ») is no child called « Sure ».
_COURTESY |= {word for word, said in ANSWER_WORDS.items() if said == "going"}
_NAMELESS = _NOBODY_WORDS | _COURTESY | _SELF | _FILLERS | {"mais", "but"}  # « non mais merci »
# A word, and the last one of a text with the punctuation around it (« …, merci ! »).
_WORD = re.compile(r"[^\s,;:.!?]+")
_LAST_WORD = re.compile(r"[\s,;:.!?]*([^\s,;:.!?]+)[\s,;:.!?]*$")
# How a teenager calls the one they talk to (« yes bro », « oui frr », « chaud frérot »),
# folded: said alone after the answer, nobody coming along (« avec mon frère » is).
_ADDRESS = frozenset({"bro", "frr", "frero", "frerot", "frere", "reuf", "mec", "gros",
                      "man", "dude", "sis", "khey", "poto", "boss", "chef", "fam"})
# What puts someone else after a no (« non mais mon mari viendra »), folded, and the verbs
# saying they come: the handler asks whether they come in the member's place (`instead`).
_INSTEAD = frozenset({"mais", "but"})
_COMES = frozenset({"vient", "viendra", "viendront", "viennent", "ira", "iront", "passera",
                    "passeront", "come", "comes", "coming"})
# « sera là », « va venir », "will be there": coming only with the word after; « ma femme
# sera en voyage », « mon mari va bien merci » are reasons (a plain no), folded and glued.
_COMES_PAIRS = frozenset({"serala", "serontla", "serapresent", "serapresente", "vavenir",
                          "vontvenir", "vapasser", "vontpasser", "bethere", "bela"})


def instead(text: str) -> bool:
    """« mais ma femme vient », « mais Tom viendra », "but my wife will come" after a no:
    someone coming, maybe in the member's place (never « mais merci pour l'invitation »)."""
    words = text.split()
    if not words or fold(words[0]) not in _INSTEAD:
        return False
    rest = words[1:]
    said = [fold(w) for w in rest]
    comes = any(w in _COMES for w in said) or any(
        first + then in _COMES_PAIRS for first, then in zip(said, said[1:], strict=False))
    return comes and any(
        fold(w) in _NOUNS or (w[:1].isupper() and fold(w) not in _SENTENCE) for w in rest)


# People left at home (« oui mais sans les enfants », "without the kids"), folded.
_WITHOUT = frozenset({"sans", "without"})


def _whose(before: str) -> bool:
    """Whether the words before an address make it someone (« avec mon frère », « + bro »)."""
    words = before.replace("+", " + ").split()
    return bool(words) and (words[-1] == "+" or fold(words[-1]) in _FILLERS
                            or fold(words[-1]) in _SELF)


# A teenager's filler, never a first name (« enfants : mdr »): refused, not booked.
_NOT_NAMES = frozenset({"mdr", "ptdr", "lol", "xd", "jsp", "jpp", "osef", "idk", "nsm"})


def party(text: str, now: datetime | None = None) -> Party:
    """« avec ma femme et mes 2 enfants » -> 3 guests, no name; « Tom, Zoé (8-11) » -> two
    children named; « non », « aucun », « pas d'enfants », « merci » -> nobody. Names are
    refused as `children` says."""
    folded, typed = fold(text), text.strip()
    if folded in _NOBODY_WORDS or folded in _PROVISO:  # « oui sauf imprévu »: nobody more
        return NOBODY
    first, _, then = typed.partition(" ")
    if fold(first) in _DENIED and then:
        if fold(then.split()[0]) in _NOT_ALONE:
            return Party((), 0, typed, "how_many")  # « je viendrai pas seule »: with whom?
        if fold(then.split()[0]) in _NOT_THEN:
            return Party((), 0, typed, "remark")  # « je serai là pas avant 21h »
        if not fold(without_politeness(text)):
            return NOBODY  # « inscris-moi, pas de souci »
    if folded.startswith("plus") and (more := _count(folded[4:])):
        return Party((), more)  # « oui plus un », « plus 2 »: the guests, as « +1 »
    group = _group_phrase(text)
    if group:
        return _group(text, text.split()[group:])
    if "(" in text:
        text = _brackets(text)
    while (last := _LAST_WORD.search(text)) is not None and (
            fold(last[1]) in _COURTESY or (fold(last[1]) in _ADDRESS
                                           and not _whose(text[:last.start()]))):
        text = text[:last.start()]  # « Tom, Zoé, merci ! », « yes bro »: nobody named
    if all(fold(word) in _NAMELESS or not _undecorated(word) for word in _WORD.findall(text)):
        return NOBODY  # « merci », « seule », « juste moi », « 👍 »
    if fold(text) in _NOT_NAMES:  # « mdr », « lol merci »
        raise UserInputError("error.bad_child_name", value=text.strip()[:20])
    cleaned = _ended(unicodedata.normalize("NFC", text.strip()).translate(_NAME_MARKS))
    split = [p.strip() for p in _SEPARATORS.split(cleaned) if p.strip()]
    if _TWO_COUNTS.search(cleaned):
        split = [p for part in split for p in _counted_apart(part)]
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
        cut = next((i for i, w in enumerate(words) if fold(w) in _WITHOUT), None)
        if cut is not None and all(fold(w) in _FILLERS or fold(w) in _NOUNS
                                   for w in words[cut + 1:]):
            words = words[:cut]  # « mais sans les enfants »: nobody comes along
            if all(fold(w) in _NAMELESS or fold(w) in _SENTENCE for w in words):
                continue
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
                                           or fold(w) in _ALL_OF for w in words[start + 1:])):
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
        verb = next((i for i, w in enumerate(rest) if fold(w) in _VERBS
                     and (i or noun in _NOUNS)), None)
        if verb is not None and any(fold(w) not in _AFTER_NAME for w in rest[verb + 1:]):
            # « non mon fils est malade », "my son will be late": a sentence about them,
            # never a child called « Est Malade »
            doubt(part, "remark")
            continue
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
    if (named or single or pool) and not unsure and _child_alone(typed):
        unsure, why = typed, "alone"  # « oui pour Léo seulement »: without the parent?
    return Party(tuple(named), single + max(pool, pool_names) + others, unsure, why)


def _child_alone(text: str) -> bool:
    """« pour Léo seulement », « juste Tom », "only Mia": the children named, and the
    parent not with them (« avec Tom seulement » is the parent with Tom)."""
    words = {fold(w) for w in _WORD.findall(text)}
    return bool(words & _ONLY) and not words & _WITH


def _group_phrase(text: str) -> int:
    """How many words of `text` say « we » as an answer (« compte sur nous », « on sera là »,
    "count us in"), 0 when it does not start so."""
    words = text.split()
    for count in range(min(_GROUP_WORDS, len(words)), 1, -1):
        if fold(" ".join(words[:count])) in _GROUP_ANSWERS:
            return count
    return 0


def _group(text: str, after: list[str]) -> Party:
    """« on sera là tous les 4 », « nous venons à 4 dont 2 enfants »: the one answering and
    the rest of a number said; anything else (« compte sur nous », « on vient avec Tom »)
    leaves how many open."""
    words = [w for w in after if fold(w) not in _FILLERS and fold(w) not in _ALL_OF
             and fold(w) not in _COURTESY]
    # « on vient avec mes 2 enfants »: the number after « avec » counts the others, not
    # everyone (« on vient à 3 » does): 3 seats, as « oui avec mes 2 enfants » books.
    ahead = next((fold(w) for w in after if fold(w) in _WITH or _count(w) is not None), "")
    besides = ahead in ("avec", "with")
    total = 0
    for word in words:
        if fold(word) in _ABOUT:
            break  # « dont 2 enfants »: among them
        count = _count(word)
        if count is not None:
            total += count  # « count us in, 2 adults 2 kids »: all of them
        elif not total or fold(word) not in _NOUNS:
            return Party((), 0, text.strip(), "how_many")  # « compte sur nous »: how many?
    if not total:
        return Party((), 0, text.strip(), "how_many")
    return Party((), total if besides else total - 1)


def _brackets(text: str) -> str:
    """« (mes neveux) » -> « mes neveux »; « on sera 3 (moi + 2 enfants) » -> « on sera 3 »:
    a number's detail says no more than the number; « enfant (Léo 8 ans) » -> « enfant Léo
    (8 ans) »: the name before its age."""
    text = _NAME_THEN_AGE.sub(_age_after, _COUNT_DETAIL.sub(_number_of, text))
    bare = text.strip()
    if bare[:1] == "(" and bare[-1:] == ")" and bare.count("(") == 1:
        return bare[1:-1]
    return text


def _number_of(found: re.Match[str]) -> str:
    """« 3 (moi + 2 enfants) » -> « 3 », « enfants (7 et 10 ans) » -> « enfants »,
    « enfants (Léo et Zoé) » -> « enfants Léo et Zoé »; a name's age band (« Zoé (8-11) »)
    stays."""
    before, inside = found.group(1), found.group(2)
    if before[-1:].isdigit() or (fold(before) in _CHILDREN
                                 and _AGES_ONLY.fullmatch(inside) is not None):
        return before
    if (fold(before) in _CHILDREN or fold(before) in _CHILD) and "(" not in inside:
        return f"{before} {inside}"  # « 2 enfants (Léo et Zoé) »: their names
    return found.group(0)


def _age_after(found: re.Match[str]) -> str:
    return f"{found.group(1)} ({found.group(2)})"


def _counted_apart(part: str) -> list[str]:
    """« 2 adultes 2 enfants » -> « 2 adultes », « 2 enfants »: a number after the people a
    number counted starts other people."""
    words = part.split()
    if len(words) < 4 or _count(words[0]) is None:
        return [part]
    cuts = [i for i in range(2, len(words) - 1) if _count(words[i]) is not None
            and fold(words[i - 1]) in _NOUNS and fold(words[i + 1]) in _NOUNS]
    if not cuts:
        return [part]
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


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
