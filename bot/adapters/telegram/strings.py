"""What the Telegram adapter says itself (the rest comes from the core and the features)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "telegram.retracted": {
        "fr": "J'ai retiré votre message du groupe : les prénoms (et les notes) ne s'y lisent "
              "plus. La prochaine fois, écrivez-les-moi ici, en privé.",
        "en": "I took your message out of the group: the names (and notes) can no longer be "
              "read there. Next time, send them to me here, privately.",
    },
    "telegram.retract_yourself": {
        "fr": "Votre message dans le groupe montre des prénoms (ou une note) à tout le groupe, "
              "et je ne peux pas le retirer : supprimez-le vous-même (appui long → Supprimer). "
              "La prochaine fois, écrivez-les-moi ici, en privé.",
        "en": "Your message in the group shows names (or a note) to the whole group, and I "
              "cannot take it out: please delete it yourself (long press → Delete). Next "
              "time, send them to me here, privately.",
    },
    "telegram.open_private": {
        "fr": "{name}, je ne peux pas encore vous écrire en privé : ma réponse vous attend "
              "24 h dans une conversation avec moi, ouvrez-la ici : {link}",
        "en": "{name}, I can't message you privately yet: my answer will wait 24 hours for "
              "you in a private chat with me. Open it here: {link}",
    },
    "telegram.open_private_rest": {
        "fr": "{name}, la suite de ma réponse vous attend 24 h dans une conversation avec "
              "moi, mais je ne peux pas encore vous y écrire : ouvrez-la ici : {link}",
        "en": "{name}, the rest of my answer will wait 24 hours for you in a private chat "
              "with me, but I can't message you there yet. Open it here: {link}",
    },
    "telegram.toast_open_private": {
        "fr": "Je ne peux pas vous écrire en privé. Ouvrez une conversation avec moi (ou "
              "débloquez-moi) : ma réponse vous y attend 24 h.",
        "en": "I can't message you privately. Open a private chat with me (or unblock me): "
              "my answer will wait there for 24 hours.",
    },
    "telegram.toast_in_private": {
        "fr": "(Je vous l'ai envoyé en privé.)",
        "en": "(I sent it to you in our private chat.)",
    },
    "telegram.edited": {
        "fr": "Vous avez modifié un message, mais je ne lis pas les modifications : "
              "envoyez-le-moi de nouveau, corrigé, s'il vous plaît.",
        "en": "You edited a message, but I don't read edits: please send it to me "
              "again, corrected.",
    },
    "telegram.forwarded_command": {
        "fr": "Ce message est transféré : je n'exécute pas une commande que vous n'avez pas "
              "tapée vous-même. Pour la lancer, écrivez-la dans un nouveau message.",
        "en": "This message is forwarded: I don't run a command you didn't type yourself. "
              "To run it, write it in a new message.",
    },
    "telegram.write_please": {
        "fr": "Je ne lis que les messages écrits : écrivez-moi, s'il vous plaît (une "
              "question, ou /aide pour voir ce que je sais faire).",
        "en": "I can only read written messages: please write to me (a question, or /help "
              "to see what I can do).",
    },
    "telegram.no_files": {
        "fr": "Je ne lis que les messages écrits, et je ne transmets pas les fichiers (PDF, "
              "formulaires…) : l'équipe du Focus ne les reçoit pas par moi. Pour lui remettre "
              "un document, demandez-lui comment dans le groupe ; pour une question, "
              "écrivez-la-moi.",
        "en": "I can only read written messages, and I don't pass on files (PDFs, forms…): "
              "the Le Focus team does not get them through me. To hand them a document, ask "
              "them how in the group; for a question, write it to me.",
    },
    "telegram.no_contacts": {
        "fr": "Je ne lis que les messages écrits, et votre numéro n'est pas gardé : je n'en "
              "ai pas besoin. Pour vous inscrire, touchez « ✅ Je viens » sous un événement "
              "(/evenements pour le programme) ; pour une question, écrivez-la-moi.",
        "en": "I can only read written messages, and your number is not kept: I don't need "
              "it. To sign up, tap \"✅ Going\" under an event (/events for the programme); "
              "for a question, write it to me.",
    },
    "telegram.no_pictures": {
        "fr": "Je ne sais pas lire les images : écrivez-moi votre question, s'il vous plaît.",
        "en": "I can't read pictures: please write your question.",
    },
    "telegram.no_private_link": {
        "fr": "{name}, je ne peux pas encore vous écrire en privé : ouvrez une conversation "
              "avec moi, puis réessayez.",
        "en": "{name}, I can't message you privately yet: open a private chat with me, then "
              "try again.",
    },
    "telegram.group_migrated": {
        "fr": "Le groupe {group} est devenu un « supergroupe » sur Telegram (cela arrive quand "
              "on active les sujets, l'historique visible, ou quand le groupe grandit) : "
              "Telegram lui a donné un nouveau numéro. Je publie déjà dans le nouveau groupe. "
              "Pour que cela tienne après un redémarrage, demandez à la personne qui s'occupe "
              "du bot de remplacer dans sa configuration la ligne "
              "TELEGRAM_ANNOUNCE_CHAT_IDS par :\n"
              "{line}\n"
              "Les cartes déjà publiées dans l'ancien groupe ne se mettent plus à jour : "
              "je republie celles des sorties à venir dans le nouveau groupe, à leur "
              "prochain changement.",
        "en": "The group {group} became a \"supergroup\" on Telegram (this happens when topics "
              "or visible history are turned on, or when the group grows): Telegram gave it a "
              "new number. I already post in the new group. So that it lasts after a restart, "
              "ask the person who looks after the bot to replace the "
              "TELEGRAM_ANNOUNCE_CHAT_IDS line in its configuration with:\n"
              "{line}\n"
              "Cards already posted in the old group no longer update: I post the ones for "
              "upcoming events again in the new group, at their next change.",
    },
    "telegram.removed_from_group": {
        "fr": "Je ne suis plus dans le groupe {group} : quelqu'un m'en a retiré. Je n'y "
              "publie plus rien, et ses cartes ne se mettent plus à jour. Pour me remettre, "
              "dans le groupe : touchez son nom → Ajouter des membres → {bot}. Ensuite, "
              "republiez ce qui manque avec /annoncer suivi du numéro.",
        "en": "I am no longer in the group {group}: someone removed me. I can't post there "
              "any more, and its cards no longer update. To add me back, in the group: tap "
              "its name → Add members → {bot}. Then post what is missing again with "
              "/announce and its number.",
    },
    "telegram.toast_seat_private": {
        "fr": "Pour être prévenu·e (rappels, place libérée), ouvrez notre conversation "
              "({bot}) et touchez « Démarrer ».",
        "en": "To be told (reminders, a seat freed), open our private chat ({bot}) and "
              "tap \"Start\".",
    },
    "telegram.named_group": {
        "fr": "« {title} »",
        "en": "\"{title}\"",
    },
    "telegram.anonymous": {
        "fr": "Ce message est envoyé au nom du groupe (admin anonyme) ou d'une chaîne : "
              "Telegram ne me dit pas qui l'a écrit, donc je ne peux rien faire avec. "
              "Écrivez-moi en privé, ou désactivez « Rester anonyme » dans vos droits "
              "d'admin.",
        "en": "This message is sent as the group (anonymous admin) or as a channel: Telegram "
              "does not tell me who wrote it, so I can't act on it. Message me privately, or "
              "turn off \"Remain anonymous\" in your admin rights.",
    },
    "telegram.the_group": {
        "fr": "des annonces",
        "en": "for announcements",
    },
}
