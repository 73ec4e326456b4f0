"""Words of /help: its header and footer, and the help line of /help itself."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "help.header": {
        "fr": "Bonjour ! Je suis le bot du Focus (MeltingPhot, Rochebelle, Alès). "
              "Voici ce que je sais faire :",
        "en": "Hello! I'm the Le Focus bot (MeltingPhot, Rochebelle, Alès). Here is what I "
              "can do:",
    },
    "help.organizer_header": {"fr": "Pour les organisateur·rice·s :", "en": "For organisers:"},
    "help.console": {
        "fr": "Console : /as <prénom> pour parler au nom d'un autre membre, /as pour redevenir "
              "organisateur·rice, /bouton <n> pour appuyer sur un bouton, /quit pour quitter.",
        "en": "Console: /as <name> to speak as another member, /as to be the organiser again, "
              "/button <n> to press a button, /quit to leave.",
    },
    "help.footer": {
        "fr": "Une question ? Écrivez /faq, ou posez-la directement en message privé.",
        "en": "A question? Type /faq, or just ask it in a private message.",
    },
    "help.footer.discord": {
        "fr": "Une question ? Tapez /faq suivi de votre question, avec vos mots, ou "
              "écrivez-moi directement en privé.",
        "en": "A question? Type /faq followed by your question, in your own words, or "
              "write to me in a private chat.",
    },
    "help.help": {"fr": "cette aide", "en": "this help"},
    "example.help": {"fr": "ex. /aide participer", "en": "e.g. /help rsvp"},
    "param.command": {"fr": "commande", "en": "command"},
    "optdesc.help.command": {
        "fr": "Une commande, pour n'afficher que son aide (ex. participer)",
        "en": "A command, to show its help only (e.g. rsvp)",
    },
    "help.other_names": {"fr": "Autres noms : {names}", "en": "Also: {names}"},
    "help.all": {"fr": "Toutes les commandes : /aide", "en": "Every command: /help"},
    "help.did_you_mean": {
        "fr": "Je ne trouve pas « {topic} ». Vouliez-vous dire :",
        "en": "I can't find \"{topic}\". Did you mean:",
    },
    "help.not_here": {
        "fr": "Ici, je ne peux pas recevoir d'image : cela se fait sur Telegram (une photo avec "
              "la légende {command} 12) ou sur Discord ({command}, avec l'option image).",
        "en": "I can't receive pictures here: it is done on Telegram (a photo with the caption "
              "{command} 12) or on Discord ({command}, with the image option).",
    },
    "help.unknown_topic": {
        "fr": "Je ne trouve pas « {topic} » parmi vos commandes. Les voici :",
        "en": "I can't find \"{topic}\" among your commands. Here they are:",
    },
}
