"""The FAQ as teenagers on Discord and parents on phones really write, in questions the
corpus (tests/test_faq_corpus.py) had not seen: SMS spellings and slang, no accents, typos,
franglais, English, two questions in one, one word, and questions the article does not
answer. Judged from the member's seat: the text the bot sends back in a private chat.

Each set was written and run once before any rule was changed for it: the first 93
questions, 73 right (4 confident answers to questions the article does not answer); the
second 34, 26 right. `pytest -s` prints the figure.
"""

from __future__ import annotations

from recording import Bot

# What the member reads first for each answer (the entry's question, then its answer).
SHOWN: dict[str, tuple[str, str]] = {
    "lefocus": ("C'est quoi, Le Focus ?", "What is Le Focus?"),
    "activites": ("Quelles activités sont proposées ?", "What activities are there?"),
    "equipement": ("Quel matériel y a-t-il ?", "What equipment is there?"),
    "adresse": ("Où se trouve Le Focus ?", "Where is Le Focus?"),
    "tarifs": ("Combien ça coûte ?", "How much does it cost?"),
    "public": ("C'est pour qui ?", "Who is it for?"),
    "inscription": ("Comment s'inscrire ou adhérer ?", "How do I register or join?"),
    "metiers": ("Est-ce que ça peut mener à un métier ?", "Can it lead to a job?"),
    "meltingphot": ("Qui est MeltingPhot ?", "Who is MeltingPhot?"),
    "horaires": ("Quels sont les horaires d'ouverture ?", "What are the opening hours?"),
    "programme": ("Rien de prévu", "Nothing planned"),  # no event in this database
    "none": ("Je ne sais pas répondre à ça.", "I don't know how to answer that."),
}

# (question, locale, the topics answered, in the order asked). "none": the article does not
# say; the member must read « je ne sais pas » and where to ask, never a neighbour topic.
TABLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # -- SMS spellings and slang, no accents ------------------------------------------------
    ("c koi les horaires", "fr", ("horaires",)),
    ("wesh c gratuit ?", "fr", ("tarifs",)),
    ("cb ça coûte", "fr", ("tarifs",)),
    ("cb pr 1 atelier", "fr", ("tarifs",)),
    ("combien sa coute", "fr", ("tarifs",)),
    ("c tro cher ?", "fr", ("tarifs",)),
    ("c payant ou pas", "fr", ("tarifs",)),
    ("cest gratuit", "fr", ("tarifs",)),
    ("jpeux venir avec un pote ?", "fr", ("public",)),
    ("ya koi ce soir", "fr", ("programme",)),
    ("y a koi 2main ?", "fr", ("programme",)),
    ("c'est ou exactement", "fr", ("adresse",)),
    ("vs etes ou", "fr", ("adresse",)),
    ("ladresse svp", "fr", ("adresse",)),
    ("ya un studio pr enregistrer ?", "fr", ("equipement",)),
    ("on peut faire du montage vidéo ?", "fr", ("equipement",)),
    ("y a des ordis ?", "fr", ("equipement",)),
    ("on peut faire de la photo argentique ?", "fr", ("equipement",)),
    ("c pr les ado ?", "fr", ("public",)),
    ("kel age minimum", "fr", ("public",)),
    ("ma fille a 10ans elle peut venir", "fr", ("public",)),
    ("mon fils 13 ans c possible ?", "fr", ("public",)),
    ("c koi le focus", "fr", ("lefocus",)),
    ("wesh y a quoi comme activité", "fr", ("activites",)),
    ("vs faites koi comme ateliers", "fr", ("activites",)),
    ("koman on s'inscrit", "fr", ("inscription",)),
    ("comment jm'inscris", "fr", ("inscription",)),
    ("jveux m'inscrire", "fr", ("inscription",)),
    ("c qui meltingphot", "fr", ("meltingphot",)),
    ("ca ouvre a kel heure", "fr", ("horaires",)),
    ("vous fermez a kelle heure", "fr", ("horaires",)),
    ("c ouvert le mercredi aprem ?", "fr", ("horaires",)),
    ("jveux etre graphiste plus tard", "fr", ("metiers",)),
    ("ca aide pour trouver un taf ?", "fr", ("metiers",)),
    ("y a des stages ?", "fr", ("metiers",)),
    # -- franglais ---------------------------------------------------------------------------
    ("c free ?", "fr", ("tarifs",)),
    ("le workshop c combien", "fr", ("tarifs",)),
    ("c quoi le price", "fr", ("tarifs",)),
    ("y a un studio de recording ?", "fr", ("equipement",)),
    ("c'est open le weekend ?", "fr", ("horaires",)),
    ("y a des workshops de music ?", "fr", ("activites",)),
    ("comment on join l'asso", "fr", ("inscription",)),
    # -- English -----------------------------------------------------------------------------
    ("is there a recording studio", "en", ("equipement",)),
    ("do u have a studio to record music", "en", ("equipement",)),
    ("can i do video editing there", "en", ("equipement",)),
    ("do I need to book", "en", ("inscription",)),
    ("do i have to book in advance?", "en", ("inscription",)),
    ("how do i sign up lol", "en", ("inscription",)),
    ("can I come alone, I'm 14", "en", ("public",)),
    ("im 16 can i come", "en", ("public",)),
    ("is it for teens?", "en", ("public",)),
    ("where r u", "en", ("adresse",)),
    ("wheres the place at", "en", ("adresse",)),
    ("what time do u open", "en", ("horaires",)),
    ("opening hours?", "en", ("horaires",)),
    ("whats le focus", "en", ("lefocus",)),
    ("who's behind this", "en", ("meltingphot",)),
    ("is it free for students?", "en", ("tarifs",)),
    ("anything on tmrw?", "en", ("programme",)),
    # -- one word ----------------------------------------------------------------------------
    ("prix ?", "fr", ("tarifs",)),
    ("adresse", "fr", ("adresse",)),
    ("horaires?", "fr", ("horaires",)),
    ("tarif", "fr", ("tarifs",)),
    ("age ?", "fr", ("public",)),
    ("studio ?", "fr", ("equipement",)),
    ("où ?", "fr", ("adresse",)),
    ("combien ?", "fr", ("tarifs",)),
    ("cb ?", "fr", ("tarifs",)),
    ("gratuit ?", "fr", ("tarifs",)),
    ("price", "en", ("tarifs",)),
    ("how much?", "en", ("tarifs",)),
    ("where?", "en", ("adresse",)),
    # -- two questions in one ----------------------------------------------------------------
    ("c'est où et c'est combien ?", "fr", ("adresse", "tarifs")),
    ("c pour les ados et c gratuit ?", "fr", ("public", "tarifs")),
    ("horaires et adresse svp", "fr", ("horaires", "adresse")),
    ("ya un studio ? c combien ?", "fr", ("equipement", "tarifs")),
    ("where is it and how much does it cost", "en", ("adresse", "tarifs")),
    ("do I need to book, and is it free?", "en", ("inscription", "tarifs")),
    # -- what the article does not say -------------------------------------------------------
    ("y a le wifi ?", "fr", ("none",)),
    ("on peut manger sur place ?", "fr", ("none",)),
    ("c accessible en fauteuil ?", "fr", ("none",)),
    ("il faut une autorisation parentale ?", "fr", ("none",)),
    ("vous prenez la carte bleue ?", "fr", ("none",)),
    ("c'est combien le parking", "fr", ("none",)),
    ("vous faites de la danse ?", "fr", ("none",)),
    ("vous faites des cours de guitare ?", "fr", ("none",)),
    ("c'est qui le prof d'anglais ?", "fr", ("none",)),
    ("y a une imprimante 3d ?", "fr", ("none",)),
    ("vous recrutez des bénévoles ?", "fr", ("none",)),
    ("is there wifi", "en", ("none",)),
    ("can i bring my dog", "en", ("none",)),
    ("do you sell food", "en", ("none",)),
    ("who teaches the english class?", "en", ("none",)),
    # -- a second set, written after the first fixes and run once before any change for it
    # (first run, on the rules of the session's start: 26/34) -------------------------------
    ("slt c koi l'adresse", "fr", ("adresse",)),
    ('c ou le local ?', "fr", ("adresse",)),
    ("tu peux me donner l'adresse stp", "fr", ("adresse",)),
    ('bjr, combien pour mon fils de 12 ans ?', "fr", ("tarifs",)),
    ('c gratuit pour les enfants et les ados ?', "fr", ("tarifs",)),
    ('is it free for kids and teens?', "en", ("tarifs",)),
    ("c'est gratuit le cours d'anglais ?", "fr", ("tarifs",)),
    ('the english classes are free?', "en", ("tarifs",)),
    ('les projections c payant ?', "fr", ("tarifs",)),
    ('how much is the darkroom', "en", ("tarifs",)),
    ('my daughter is 9, how much?', "en", ("tarifs",)),
    ('vous avez un labo photo ?', "fr", ("equipement",)),
    ('on peut enregistrer du son ?', "fr", ("equipement",)),
    ('do i need any experience', "en", ("public",)),
    ("c'est pour les vieux aussi ?", "fr", ("public",)),
    ('is it only for young people?', "en", ("public",)),
    ('can adults come too?', "en", ("public",)),
    ('ya un truc pour les 12-15 ans ?', "fr", ("public",)),
    ('jpeux ramener mon pote ?', "fr", ("public",)),
    ("c'est quand l'ouverture ?", "fr", ("horaires",)),
    ('open on sundays?', "en", ("horaires",)),
    ('wsh vs ouvrez qd', "fr", ("horaires",)),
    ('c ouvert pdt les vacances ?', "fr", ("horaires",)),
    ('c koi meltingphot', "fr", ("meltingphot",)),
    ('who organizes this?', "en", ("meltingphot",)),
    ('how do i contact you', "en", ("inscription",)),
    ('on peut venir sans inscription ?', "fr", ("inscription",)),
    ('dois-je réserver ?', "fr", ("inscription",)),
    ('vous avez insta ?', "fr", ("none",)),
    ('y a des réductions pour les familles ?', "fr", ("none",)),
    ("c'est loin de la gare ?", "fr", ("none",)),
    ('how far is it from the train station', "en", ("none",)),
    ('y a des toilettes ?', "fr", ("none",)),
    ("c'est chauffé ?", "fr", ("none",)),
)


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _shown(key: str, locale: str) -> str:
    fr, en = SHOWN[key]
    return fr if locale == "fr" else en


def _answered(reply: str, locale: str, expected: tuple[str, ...]) -> bool:
    """Every expected topic's answer is there, in the order asked, and no other topic's
    answer and no « did you mean » pretends to answer."""
    others = [k for k in SHOWN if k not in expected and k != "none"]
    if any(reply.startswith(_shown(k, locale)) or f"\n{_shown(k, locale)}" in reply
           for k in others if k != "programme") or "Vouliez-vous dire" in reply \
            or "Did you mean" in reply:
        return False
    if expected == ("none",):
        return reply.startswith(_shown("none", locale)) and "meltingphot.com" in reply
    places = [reply.find(_shown(k, locale)) for k in expected]
    return all(p >= 0 for p in places) and places == sorted(places) and places[0] == 0


async def test_questions_as_members_type_them_get_the_topic_asked(bot: Bot) -> None:
    wrong = []
    for question, locale, expected in TABLE:
        reply = _flat(await bot.say(question, user=f"m{locale}", locale=locale))
        if not _answered(reply, locale, expected):
            wrong.append((question, expected, reply.splitlines()[0] if reply else ""))
    right = len(TABLE) - len(wrong)
    print(f"\nslang table: {right}/{len(TABLE)} answered right")
    for question, expected, first in wrong:
        print(f"  wrong: {question!r} expected {'+'.join(expected)}, read {first!r}")
    assert wrong == []


async def test_two_questions_in_one_get_both_answers(bot: Bot) -> None:
    """« c'est où et c'est combien ? »: the address and the prices, not a « did you
    mean » between them."""
    reply = _flat(await bot.say("c'est où et c'est combien ?", user="ana"))
    assert "Rochebelle" in reply and "6 € de l'heure" in reply, reply
    assert "Vouliez-vous dire" not in reply


async def test_people_joined_by_and_are_one_question_not_two(bot: Bot) -> None:
    """« combien pour moi et mes 2 enfants ? » asks one price, not also « who is it for »
    (an early version of the two-question rule answered both)."""
    for question in ("combien pour moi et mes 2 enfants ?",
                     "c gratuit pour les enfants et les ados ?"):
        reply = _flat(await bot.say(question, user="ana"))
        assert reply.startswith("Combien ça coûte ?"), reply
        assert "C'est pour qui ?" not in reply, reply
