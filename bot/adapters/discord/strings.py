"""The Discord adapter's own words (fr/en), added to the catalogue by the adapter's
constructor. Command and option texts come from each feature's strings, not from here."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "discord.done": {"fr": "C'est noté.", "en": "Done."},
    "discord.emoji_reply": {
        "fr": "Un emoji écrit sous la carte ne compte pas comme réponse : appuyez sur un "
              "bouton de la carte (« {going} », « {maybe} » ou « {no} »), ou tapez "
              "/participer. Déjà répondu avec un bouton ? C'est noté : vos réponses sont "
              "dans /mesevenements.",
        "en": "An emoji written under the card doesn't count as an answer: press one of the "
              "card's buttons (\"{going}\", \"{maybe}\" or \"{no}\"), or type /rsvp. "
              "Already answered with a button? It's noted: your answers are in /myevents.",
    },
    "discord.form_again": {
        "fr": "Ce formulaire est déjà parti à l'instant, avec les mêmes mots : rien n'a été "
              "renvoyé.",
        "en": "This form was already sent a moment ago, with the same words: nothing was "
              "sent again.",
    },
    "discord.elsewhere": {
        "fr": "Ce bot sert uniquement le serveur du Focus. Retrouvez-nous là-bas !",
        "en": "This bot serves the Le Focus server only. Come and find us there!",
    },
    "discord.stale": {
        "fr": "Cette commande vient de changer ; réessayez dans une minute.",
        "en": "This command has just changed; please try again in a minute.",
    },
    "discord.bad_value": {
        "fr": "Cette valeur n'est pas acceptée ici ; vérifiez l'option et réessayez.",
        "en": "That value isn't accepted here; check the option and try again.",
    },
    "discord.edited": {
        "fr": "Vous avez modifié un message, mais je ne lis pas les modifications : "
              "envoyez-le-moi de nouveau, corrigé, s'il vous plaît.",
        "en": "You edited a message, but I don't read edits: please send it to me "
              "again, corrected.",
    },
    "discord.write_please": {
        "fr": "Je ne lis que les messages écrits : écrivez-moi, s'il vous plaît (une "
              "question, ou /aide pour voir ce que je sais faire).",
        "en": "I can only read written messages: please write to me (a question, or /help "
              "to see what I can do).",
    },
    # A sticker, or the server's own emoji alone: a reaction (nothing in it to read).
    "discord.reaction": {
        "fr": "Bien reçu ! Je ne lis que le texte : une question ? Écrivez-la simplement. "
              "Le programme : /evenements ; ce que je sais faire : /aide",
        "en": "Got it! I only read text: a question? Just write it. What's on: /events; "
              "what I can do: /help",
    },
    # A message forwarded to the bot (« Transférer ») that is none of its cards.
    "discord.forwarded": {
        "fr": "J'ai bien reçu un message transféré, mais je ne lis que ce que vous m'écrivez "
              "vous-même : posez-moi votre question avec vos mots. Le programme : "
              "/evenements ; ce que je sais faire : /aide",
        "en": "I got a forwarded message, but I only read what you write yourself: ask me "
              "your question in your own words. What's on: /events; what I can do: /help",
    },
    # The core's notice (`notice.unreachable`), as Discord members can act on it: there is
    # no link that opens a private chat, the server's privacy setting does it.
    "notice.unreachable.discord": {
        "fr": "Je n'ai pas pu vous envoyer de message privé (rappel, annulation, changement "
              "d'horaire ou de lieu, place libérée) : vos messages privés sont fermés. Pour "
              "les recevoir, ouvrez le menu du serveur du Focus → Paramètres de "
              "confidentialité → autorisez les messages privés. Vos inscriptions, à jour, "
              "sont dans /mesevenements.",
        "en": "I couldn't send you a private message (reminder, cancellation, change of time "
              "or place, freed seat): your direct messages are closed. To get them, open the "
              "Le Focus server's menu → Privacy Settings → allow direct messages. Your "
              "answers, up to date, are in /myevents.",
    },
    "discord.organizer_here": {
        "fr": "Organisateur·rice ? Ces commandes se font sur le serveur du Focus, en commande "
              "slash (/{name}) : un message privé ne me dit pas qui vous êtes sur le serveur.",
        "en": "An organiser? These commands work on the Le Focus server, as a slash command "
              "(/{name}): a private message doesn't tell me who you are there.",
    },
    # An organiser command refused to a member whose own role holds Manage Events, where
    # @everyone holds it too (`DiscordAdapter.is_organizer`): an organiser before the rule.
    "discord.everyone_manages_events": {
        "fr": "Sur ce serveur, la permission « Gérer les événements » est donnée à tout le "
              "monde : elle ne fait donc plus de personne un·e organisateur·rice du Focus. "
              "Demandez à un·e admin du serveur le rôle des organisateur·rice·s.",
        "en": "On this server, the \"Manage Events\" permission is given to everyone, so it "
              "no longer makes anyone a Le Focus organiser. Ask a server admin for the "
              "organisers' role.",
    },
    # In place of a public « thinking… » Discord would not remove: the answer came privately.
    "discord.answered_privately": {"fr": "Réponse envoyée en privé.",
                                   "en": "Answered privately."},
    # In a channel, in reply to a member who called the bot by its name, when the answer
    # cannot go privately: nothing of the question, nobody named (the reply shows whose).
    # « @Le Focus » picked from Discord's list as the bot's role: Discord hides the text.
    "discord.role_called": {
        "fr": "Vous m'avez appelé avec le rôle « @Le Focus », et Discord ne me montre pas ce "
              "message. Dans la liste, choisissez le membre « Le Focus » (pas le rôle du même "
              "nom), ou écrivez-moi simplement ici.",
        "en": "You called me with the \"@Le Focus\" role, and Discord does not show me that "
              "message. In the list, pick the member \"Le Focus\" (not the role with the same "
              "name), or just write to me here.",
    },
    "discord.open_private": {
        "fr": "Je réponds en message privé, mais vos messages privés sont fermés : menu du "
              "serveur → Paramètres de confidentialité → autorisez les messages privés, puis "
              "écrivez-moi un mot en privé : ma réponse vous y attend 24 h. Ou utilisez les "
              "commandes « / » ici : leurs réponses ne sont visibles que par vous.",
        "en": "I answer in a private message, but your direct messages are closed: server "
              "menu → Privacy Settings → allow direct messages, then send me a word "
              "privately: my answer waits for you there for 24 h. Or use the slash (/) "
              "commands here: only you see their answers.",
    },
    # « @Le Focus /participer 3 oui Léa, Tom » typed in a channel: the names are public.
    "discord.retracted": {
        "fr": "J'ai retiré votre message du salon : les prénoms ne s'y lisent plus. La "
              "prochaine fois, écrivez-les-moi ici, en privé, ou utilisez /participer : vous "
              "seul·e voyez la réponse.",
        "en": "I took your message out of the channel: the names can no longer be read "
              "there. Next time, send them to me here, privately, or use /rsvp: only you see "
              "the answer.",
    },
    "discord.retract_yourself": {
        "fr": "Votre message dans le salon montre ces prénoms à tout le monde, et je ne peux "
              "pas le retirer : supprimez-le vous-même (ordinateur : survolez-le → ⋯ → "
              "Supprimer le message ; téléphone : appui long → Supprimer le message). Le "
              "supprimer n'annule rien. La prochaine fois, écrivez-les-moi ici, en privé, ou "
              "utilisez /participer : vous seul·e voyez la réponse.",
        "en": "Your message in the channel shows these names to everyone, and I can't take "
              "it out: please delete it yourself (computer: hover over it → ⋯ → Delete "
              "Message; phone: long press → Delete Message). Deleting it cancels nothing. "
              "Next time, send them to me here, privately, or use /rsvp: only you see the "
              "answer.",
    },
    "discord.image_name": {"fr": "image", "en": "image"},
    "discord.image_option": {"fr": "Une image (affiche) jointe à la commande",
                             "en": "A picture (poster) sent with the command"},
    "discord.form_late": {
        "fr": "Le formulaire n'a pas pu s'ouvrir à temps ; relancez la commande, s'il vous "
              "plaît.",
        "en": "The form could not open in time; please run the command again.",
    },
}
