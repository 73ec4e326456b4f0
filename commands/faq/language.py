"""Which language a message is written in, when it says so clearly (lang11, session 11).

A member who never chose with /langue is answered in the language their platform gives
(Telegram's setting, a Discord slash command's), else French. Kate's phone is set
to French and she writes « where are you located? »: she expects English. A whole sentence
clearly in one language decides; a word alone (« ok », « hello », a first name), a mixed line
(« hello, c'est quand la soirée ? ») or slang both speak (« I'm down ») decides nothing.

Read from the small words each language cannot do without (« the », « you », « is » against
« le », « vous », « est »), never from names: « Le Focus », « Alès » are no French in an
English sentence. Two regexes and two set intersections, no Python loop: cheap enough
for every message.
"""

from __future__ import annotations

import re

# Words only English uses (never a French word, nor one French speakers borrow daily:
# « ok », « cool », « top », « hey », « yes », « sorry », « go », « next », « weekend »,
# « parking », « location », « or », « but », « son » and « mon » are left out).
ENGLISH = frozenset("""
the you your is are am was were be been do does did don doesn didn isn aren won
how what whats where when who why which can could would should will
my our we us they their i im it its this that these those there here
any anything something nothing for with of to and from at about anymore still
have has had get got want need please thanks thank hello hi nope lot
kid kids child children daughter parents parent
much many cost price free open opening hours located address nearby
come coming going sign join book seat seats left week tonight tomorrow
night start starts time speak english french alone friend friends again
""".split())

# Words only French uses (elisions split off: « c'est » is « c » + « est »).
FRENCH = frozenset("""
le la les un une des du au aux de est sont c j qu n l je tu il elle nous vous ils elles
et avec dans pour pas ne quand où ou quoi combien comment qui que quel quelle pourquoi
ma mes ton ta tes votre vos notre nos ce cette ces suis es sommes êtes ai avons avez peux
peut pouvons pouvez veux veut voudrais viens vient venir venez faut fait faire
soirée soirées merci beaucoup bonjour bonsoir salut oui non ouais enfant enfants fils fille filles
ados ado moi toi sur chez aussi encore déjà ici adresse horaires prix gratuit prochaine
prochain semaine samedi dimanche vendredi mercredi lundi mardi jeudi inscrire inscription
wsh jsp chui jpeux jviens ya stp svp bcp mdr
""".split())

# What is nobody's word: the place's names, wherever the sentence comes from.
_NAMES = re.compile(r"\ble\s+focus\b|\bmeltingphot\b|\brochebelle\b|\bal[eè]s\b", re.I)
_WORDS = re.compile(r"[a-zà-öø-ÿœ]+")
# Enough words to decide, and how far one language must outweigh the other.
_AT_LEAST = 2
_RATIO = 3


def text_locale(text: str) -> str | None:
    """"en" or "fr" when `text` is clearly written in that language, None otherwise."""
    words = _WORDS.findall(_NAMES.sub(" ", text.lower()))
    english = len(ENGLISH.intersection(words))  # each word once; no Python loop
    french = len(FRENCH.intersection(words))
    if english >= _AT_LEAST and english >= _RATIO * french:
        return "en"
    if french >= _AT_LEAST and french >= _RATIO * english:
        return "fr"
    return None
