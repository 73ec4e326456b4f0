"""How well the FAQ understands people, measured on questions as parents and teenagers type
them (French and English, SMS spellings, no accents, typos) and on questions it cannot answer.

Each question is labelled with the topic a reader expects: a shipped FAQ key, one of the
conversational intents (greeting, thanks, programme, cancel) or "none" for out of scope.
`pytest -s tests/test_faq_corpus.py` prints the figures the README quotes.
"""

from __future__ import annotations

from commands.faq.answers import shipped
from commands.faq.understand import understand

CORPUS: tuple[tuple[str, str], ...] = (
    # -- greetings and thanks ----------------------------------------------------------------
    ("bonjour", "greeting"),
    ("Bonjour !", "greeting"),
    ("coucou", "greeting"),
    ("coucou le bot", "greeting"),
    ("salut", "greeting"),
    ("slt", "greeting"),
    ("bjr", "greeting"),
    ("hello", "greeting"),
    ("hi", "greeting"),
    ("hey there", "greeting"),
    ("bonsoir", "greeting"),
    ("salut ça va ?", "greeting"),
    ("bonjour, c'est combien ?", "tarifs"),
    ("Bonjour, mon fils a 12 ans, il peut venir aux ateliers ?", "public"),
    ("merci", "thanks"),
    ("merci beaucoup !", "thanks"),
    ("mercii", "thanks"),
    ("super merci", "thanks"),
    ("thanks", "thanks"),
    ("thx", "thanks"),
    ("thank you so much", "thanks"),
    ("ok merci bcp", "thanks"),
    # -- the programme ---------------------------------------------------------------------
    ("la prochaine soirée jeux", "programme"),
    ("quand est la prochaine soirée jeux ?", "programme"),
    ("c'est quand la projection ?", "programme"),
    ("c quand la prochaine projection", "programme"),
    ("what's on this week?", "programme"),
    ("y a quoi ce week-end ?", "programme"),
    ("ya quoi ce we", "programme"),
    ("il se passe quoi demain ?", "programme"),
    ("y a quoi ce soir", "programme"),
    ("c'est quoi le programme cette semaine ?", "programme"),
    ("when is the next board game night?", "programme"),
    ("next movie night?", "programme"),
    ("prochain atelier ?", "programme"),
    ("le prochain cours d'anglais c'est quand", "programme"),
    ("kel heure la soirée jeux samedi", "programme"),
    ("anything on tonight?", "programme"),
    ("is there a screening this weekend?", "programme"),
    ("quel est le programme ?", "programme"),
    ("la prochaine masterclass", "programme"),
    ("the next workshop is when?", "programme"),
    # -- cancelling ------------------------------------------------------------------------
    ("comment annuler mon inscription", "cancel"),
    ("je peux plus venir", "cancel"),
    ("je ne pourrai pas venir samedi", "cancel"),
    ("I can't come anymore", "cancel"),
    ("how do I cancel my rsvp?", "cancel"),
    ("jpeux pas venir finalement", "cancel"),
    ("comment je me désinscris ?", "cancel"),
    ("annuler ma réservation", "cancel"),
    ("mon fils est malade il viendra pas", "cancel"),
    ("I won't be able to make it", "cancel"),
    ("je veux libérer ma place", "cancel"),
    ("cancel", "cancel"),
    # -- what is Le Focus ------------------------------------------------------------------
    ("c'est quoi le focus ?", "lefocus"),
    ("le focus c koi", "lefocus"),
    ("qu'est-ce que Le Focus ?", "lefocus"),
    ("what is le focus", "lefocus"),
    ("what is this place?", "lefocus"),
    ("c quoi ce lieu", "lefocus"),
    ("tell me about le focus", "lefocus"),
    ("présentation du focus", "lefocus"),
    # -- activities ------------------------------------------------------------------------
    ("quelles activités vous proposez ?", "activites"),
    ("on peut faire quoi au focus ?", "activites"),
    ("what activities are there?", "activites"),
    ("y a quoi comme ateliers ?", "activites"),
    ("vous faites de la musique ?", "activites"),
    ("il y a des cours d'anglais ?", "activites"),
    ("what can you do there", "activites"),
    ("activites", "activites"),
    ("vous faites des ateliers photo ?", "activites"),
    ("vous proposez quoi ?", "activites"),
    # -- equipment -------------------------------------------------------------------------
    ("quel matériel il y a ?", "equipement"),
    ("y a un studio d'enregistrement ?", "equipement"),
    ("vous avez un labo photo argentique ?", "equipement"),
    ("what equipment do you have?", "equipement"),
    ("il y a des ordis pour le montage vidéo ?", "equipement"),
    ("quels logiciels ?", "equipement"),
    ("is there a recording studio", "equipement"),
    ("faut ramener son appareil photo ?", "none"),
    ("materiel", "equipement"),
    # -- address ---------------------------------------------------------------------------
    ("c'est où ?", "adresse"),
    ("c ou", "adresse"),
    ("c ou le focus", "adresse"),
    ("quelle est l'adresse ?", "adresse"),
    ("ou se trouve le focus", "adresse"),
    ("where is it?", "adresse"),
    ("what's the address", "adresse"),
    ("comment on y va ?", "adresse"),
    ("c'est dans quel quartier ?", "adresse"),
    ("adrese svp", "adresse"),
    ("how do I get there", "adresse"),
    # -- prices ----------------------------------------------------------------------------
    ("c combien", "tarifs"),
    ("c'est combien ?", "tarifs"),
    ("combien ça coûte ?", "tarifs"),
    ("il faut payer ?", "tarifs"),
    ("c gratuit ?", "tarifs"),
    ("c'est payant ?", "tarifs"),
    ("how much does it cost?", "tarifs"),
    ("is it free?", "tarifs"),
    ("prix", "tarifs"),
    ("tarfis", "tarifs"),
    ("c cher ?", "tarifs"),
    ("combien coute un atelier", "tarifs"),
    ("do I have to pay", "tarifs"),
    # -- who is it for ---------------------------------------------------------------------
    ("c'est pour qui ?", "public"),
    ("mon fils a 11 ans il peut venir ?", "public"),
    ("c pour les ados ?", "public"),
    ("ma fille a 9 ans, c'est possible ?", "public"),
    ("à partir de quel âge ?", "public"),
    ("y a un age minimum", "public"),
    ("is it for kids?", "public"),
    ("my son is 14, can he come?", "public"),
    ("c'est pour les adultes aussi ?", "public"),
    ("je suis débutant, je peux venir ?", "public"),
    ("faut un niveau ?", "public"),
    ("who is it for", "public"),
    ("mes enfants peuvent participer ?", "public"),
    ("I'm a total beginner", "public"),
    ("jsuis au lycée je peux venir", "public"),
    # -- joining ---------------------------------------------------------------------------
    ("comment s'inscrire ?", "inscription"),
    ("comment on adhère à l'asso ?", "inscription"),
    ("how do I sign up?", "inscription"),
    ("how can I join", "inscription"),
    ("je veux m'inscrire", "inscription"),
    ("adhesion", "inscription"),
    ("comment réserver une place ?", "inscription"),
    ("c quoi le site", "inscription"),
    ("comment vous contacter ?", "inscription"),
    ("inscritpion", "inscription"),
    # -- careers ---------------------------------------------------------------------------
    ("ça peut m'aider à trouver un métier ?", "metiers"),
    ("je veux devenir graphiste", "metiers"),
    ("can it lead to a job?", "metiers"),
    ("vous faites de l'alternance avec un CFA ?", "metiers"),
    ("des stages possibles ?", "metiers"),
    ("careers", "metiers"),
    ("je voudrais être youtubeur plus tard", "metiers"),
    # -- the association -------------------------------------------------------------------
    ("c'est qui meltingphot ?", "meltingphot"),
    ("qui organise tout ça ?", "meltingphot"),
    ("who runs le focus?", "meltingphot"),
    ("c quoi l'association derrière ?", "meltingphot"),
    ("melting phot", "meltingphot"),
    # -- opening hours ---------------------------------------------------------------------
    ("horaires", "horaires"),
    ("c'est ouvert quand ?", "horaires"),
    ("vous ouvrez à quelle heure ?", "horaires"),
    ("what are the opening hours?", "horaires"),
    ("c ouvert le dimanche ?", "horaires"),
    ("kel heure ça ferme", "horaires"),
    ("horraires d'ouverture", "horaires"),
    ("are you open on mondays", "horaires"),
    # -- out of scope: an honest "I don't know" --------------------------------------------
    ("what is the capital of Peru", "none"),
    ("tu aimes les pizzas ?", "none"),
    ("pizza", "none"),
    ("raconte moi une blague", "none"),
    ("quel temps fait-il demain ?", "none"),
    ("who won the world cup?", "none"),
    ("quel âge as-tu ?", "none"),
    ("t'es un robot ?", "who_am_i"),
    ("combien font 2 + 2 ?", "none"),
    ("tu connais un bon resto à Alès ?", "none"),
    ("what's your favourite colour", "none"),
    ("lol", "none"),
    ("asdfgh", "none"),
    ("je m'ennuie", "none"),
    ("c'est quoi la capitale de l'Espagne ?", "none"),
    ("are you a human?", "who_am_i"),
    ("peux-tu faire mes devoirs ?", "none"),
    ("?", "none"),
    # -- written after the first rules, as a check (first run: 28/42 right) ---------------
    ("yo", "greeting"),
    ("bonjour, je voudrais des infos", "greeting"),
    ("merci bien", "thanks"),
    ("thanks a lot!", "thanks"),
    ("quand a lieu la prochaine projection de film ?", "programme"),
    ("y a un atelier samedi ?", "programme"),
    ("c'est quoi les prochains événements ?", "programme"),
    ("what's happening tomorrow", "programme"),
    ("il y a une soirée jeux vendredi ?", "programme"),
    ("next english class?", "programme"),
    ("je dois annuler pour samedi", "cancel"),
    ("ma fille ne pourra pas venir", "cancel"),
    ("how do I unregister", "cancel"),
    ("comment je fais pour plus être inscrit", "cancel"),
    ("le focus c'est quoi exactement", "lefocus"),
    ("c koi le concept", "lefocus"),
    ("vous faites quoi comme activités", "activites"),
    ("do you have music workshops", "activites"),
    ("y a des ordinateurs ?", "equipement"),
    # Lending is not in the article: the equipment list read as « yes » (session 8).
    ("vous avez des appareils photos à prêter ?", "none"),
    ("c'est où exactement ?", "adresse"),
    ("where are you located", "adresse"),
    ("c'est dans quelle rue ?", "adresse"),
    ("les ateliers sont gratuits ?", "tarifs"),
    ("ça coûte cher ?", "tarifs"),
    ("how much is it", "tarifs"),
    ("mon petit de 8 ans peut participer ?", "public"),
    ("c'est ouvert aux adultes ?", "public"),
    ("is there an age limit", "public"),
    ("comment devenir membre ?", "inscription"),
    ("je m'inscris où ?", "inscription"),
    ("est-ce qu'il y a des formations pro ?", "metiers"),
    ("I want to become a graphic designer", "metiers"),
    ("qui s'occupe du focus ?", "meltingphot"),
    ("c'est ouvert le samedi ?", "horaires"),
    ("when do you open", "horaires"),
    ("tu t'appelles comment ?", "who_am_i"),
    ("quelle heure est-il ?", "none"),
    ("recommande moi un film", "none"),
    ("t'as un numéro de téléphone ?", "inscription"),
    ("what's 5 times 3", "none"),
    ("j'ai perdu mon chat", "none"),
    # -- a second check, written before any change for it (first run: 39/50 right) -------
    ("coucou ça va", "greeting"),
    ("bonjour à tous", "greeting"),
    ("merci pour l'info", "thanks"),
    ("top merci", "thanks"),
    ("cool thx", "thanks"),
    ("c'est quand le prochain ciné ?", "programme"),
    ("y a des trucs demain soir ?", "programme"),
    ("la soirée jeux c à quelle heure", "programme"),
    ("any workshop next week?", "programme"),
    ("prochaine soirée ?", "programme"),
    ("on fait quoi samedi ?", "programme"),
    ("je me suis inscrit par erreur", "cancel"),
    ("désolé je viendrai pas demain", "cancel"),
    ("can I cancel?", "cancel"),
    ("je veux me désinscrire de la soirée", "cancel"),
    ("c'est quoi ce truc le focus", "lefocus"),
    ("what's le focus about", "lefocus"),
    ("qu'est ce qu'on fait chez vous ?", "activites"),
    ("vous avez des cours de photo ?", "activites"),
    ("il y a de la vidéo ?", "activites"),
    ("y a du matos pour enregistrer ?", "equipement"),
    ("do you have cameras?", "equipement"),
    ("vous êtes où ?", "adresse"),
    ("where's the place", "adresse"),
    ("c à alès ?", "adresse"),
    ("faut payer combien ?", "tarifs"),
    ("c'est gratos ?", "tarifs"),
    ("combien pour un atelier", "tarifs"),
    ("mon ado de 15 ans peut venir seul ?", "public"),
    ("y a une limite d'âge ?", "public"),
    ("c pour les jeunes seulement ?", "public"),
    ("i'm 40 can i join the workshops", "public"),
    ("comment on s'inscrit ?", "inscription"),
    ("y a un site internet ?", "inscription"),
    ("how do I become a member", "inscription"),
    ("ça peut servir pour mon orientation ?", "metiers"),
    ("vous aidez à trouver un stage ?", "metiers"),
    ("c'est quoi meltingphot", "meltingphot"),
    ("l'asso c'est qui ?", "meltingphot"),
    ("c'est ouvert quels jours ?", "horaires"),
    ("vous fermez à quelle heure", "horaires"),
    ("what time do you close", "horaires"),
    ("tu fais quoi ?", "none"),
    ("je t'aime", "none"),
    ("c'est qui le président ?", "none"),
    ("how old are you", "none"),
    ("quel est le sens de la vie", "none"),
    ("ok", "none"),
    ("help me with maths", "none"),
    ("tu parles espagnol ?", "none"),
)

# « t'es un robot ? » is told what the bot is (session 7), not « I don't know ».
CONVERSATION = {"greeting", "thanks", "programme", "cancel", "who_am_i"}


def test_the_corpus_is_big_and_labelled_with_known_topics() -> None:
    keys = {e.key for e in shipped()}
    assert len(CORPUS) >= 120
    assert {label for _, label in CORPUS} <= keys | CONVERSATION | {"none"}
    assert sum(label == "none" for _, label in CORPUS) >= 15


def test_top1_accuracy_and_no_confident_answer_out_of_scope() -> None:
    entries = list(shipped())
    misses = []
    confident_out_of_scope = []
    for question, expected in CORPUS:
        found = understand(question, entries)
        got = found.label if found.confident else "none"
        if got != expected:
            misses.append((question, expected, got))
        if expected == "none" and found.confident:
            confident_out_of_scope.append((question, found.label))
    total = len(CORPUS)
    accuracy = (total - len(misses)) / total
    out_of_scope = sum(label == "none" for _, label in CORPUS)
    print(f"\nFAQ corpus: {total} questions ({out_of_scope} out of scope), "
          f"top-1 accuracy {accuracy:.1%} ({total - len(misses)}/{total}), "
          f"confident answers to out-of-scope questions: {len(confident_out_of_scope)}")
    for question, expected, got in misses:
        print(f"  miss: {question!r} expected {expected}, got {got}")
    assert accuracy >= 0.95, misses
    assert confident_out_of_scope == []
