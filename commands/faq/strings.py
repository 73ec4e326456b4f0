"""The FAQ's words, French first, then English (added to the catalogue by `register`)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- commands, parameters, Discord descriptions ------------------------------------------
    "help.faq": {"fr": "questions fréquentes", "en": "frequently asked questions"},
    "help.faqset": {"fr": "ajouter ou modifier une question fréquente",
                    "en": "add or edit an FAQ entry"},
    "help.faqdel": {"fr": "supprimer une question fréquente", "en": "delete an FAQ entry"},
    "example.faq": {"fr": "ex. /questions tarifs", "en": "e.g. /faq prices"},
    "example.faqset": {
        "fr": "ex. /faqmodifier horaires | Quels sont les horaires ? | Du mardi au samedi, "
              "14h-19h | ouverture, heures",
        "en": "e.g. /faqset horaires | What are the opening hours? | Tuesday to Saturday, "
              "2pm-7pm | opening, hours",
    },
    "example.faqdel": {"fr": "ex. /faqsupprimer horaires", "en": "e.g. /faqdel horaires"},
    "param.question": {"fr": "question", "en": "question"},
    "param.answer": {"fr": "réponse", "en": "answer"},
    "param.key": {"fr": "clé", "en": "key"},
    "param.keywords": {"fr": "mots-clés", "en": "keywords"},
    "optdesc.faq.question": {
        "fr": "Votre question ou un sujet (vide : la liste des sujets)",
        "en": "Your question or a topic (empty: the list of topics)",
    },
    "optdesc.faqset.key": {
        "fr": "Nom court de la question : minuscules sans accent, chiffres, - ou _",
        "en": "Short name of the entry: lowercase letters, digits, - or _",
    },
    "optdesc.faqset.question": {"fr": "La question, telle qu'on la pose",
                                "en": "The question, as people ask it"},
    "optdesc.faqset.answer": {"fr": "La réponse", "en": "The answer"},
    "optdesc.faqset.keywords": {
        "fr": "Mots qui mènent à cette réponse, séparés par des virgules",
        "en": "Words leading to this answer, separated by commas",
    },
    "optdesc.faqdel.key": {"fr": "Nom court de la question à supprimer",
                           "en": "Short name of the entry to delete"},
    # -- answers -----------------------------------------------------------------------------
    "faq.topics": {"fr": "Questions fréquentes :", "en": "Frequently asked questions:"},
    "faq.topics_footer": {"fr": "Tapez /faq <sujet>, par exemple /faq tarifs.",
                          "en": "Type /faq <topic>, for example /faq prices."},
    "faq.did_you_mean": {"fr": "Vouliez-vous dire :", "en": "Did you mean:"},
    "faq.unknown": {
        "fr": "Je n'ai pas de réponse à « {query} ». /faq affiche les sujets ; sinon, "
              "https://meltingphot.com/",
        "en": "I have no answer for \"{query}\". /faq lists the topics; otherwise, "
              "https://meltingphot.com/",
    },
    "faq.plain_unknown": {
        "fr": "Je n'ai pas compris. Tapez /aide pour les commandes ou /faq pour les questions "
              "fréquentes.",
        "en": "I didn't understand. Type /help for the commands or /faq for frequent "
              "questions.",
    },
    "faqset.done": {"fr": "Question « {key} » enregistrée.", "en": "FAQ entry \"{key}\" "
                    "saved."},
    "faqdel.done": {"fr": "Question « {key} » supprimée.", "en": "FAQ entry \"{key}\" "
                    "deleted."},
    # -- errors ------------------------------------------------------------------------------
    "error.bad_faq_key": {
        "fr": "Clé « {value} » invalide : lettres minuscules sans accent, chiffres, - ou _ "
              "(30 au plus).",
        "en": "Invalid key \"{value}\": lowercase letters, digits, - or _ (30 at most).",
    },
    "error.faq_not_found": {
        "fr": "Pas de question « {key} ». /faq affiche la liste.",
        "en": "No question \"{key}\". /faq shows the list.",
    },
}
