"""Words of the agenda: /mycalendar and the public web pages and feeds (`bot.web`)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- /mycalendar ---------------------------------------------------------------------------
    "help.mycalendar": {"fr": "votre agenda personnel à suivre dans votre téléphone",
                        "en": "your personal calendar link for your phone"},
    "example.mycalendar": {"fr": "ex. /monagenda (ou /monagenda arrêter)",
                           "en": "e.g. /mycalendar (or /mycalendar stop)"},
    "optdesc.mycalendar.state": {"fr": "arrêter : le lien actuel cesse de fonctionner",
                                 "en": "stop: the current link stops working"},
    "word.state.stop": {"fr": "arrêter", "en": "stop"},
    "choice.state.stop": {"fr": "Arrêter mon lien d'agenda", "en": "Stop my calendar link"},
    # Neither Telegram nor Discord makes a webcal:// address a link: {page} is the https
    # page with the « Subscribe » button; {url} the address Google Calendar wants pasted.
    "mycalendar.link": {
        "fr": "Votre agenda personnel (les événements où vous avez répondu « je viens »). "
              "Touchez ce lien, puis « S'abonner dans mon agenda » :\n{page}\n\n"
              "Google Agenda (calendar.google.com, « À partir de l'URL ») : collez cette "
              "adresse :\n{url}\n\nCe lien est privé : ne le partagez pas. Il se met à jour "
              "tout seul. Pour l'arrêter : /monagenda arrêter",
        "en": "Your personal calendar (the events you answered \"going\" to). Tap this "
              "link, then \"Subscribe in my calendar\":\n{page}\n\n"
              "Google Calendar (calendar.google.com, \"From URL\"): paste this address:\n"
              "{url}\n\nThis link is private: do not share it. It updates by itself. "
              "To stop it: /mycalendar stop",
    },
    "mycalendar.revoked": {
        "fr": "C'est fait : votre lien d'agenda ne fonctionne plus. Votre agenda n'y "
              "montrera plus d'événements à sa prochaine mise à jour ; l'abonnement se "
              "supprime dans l'appli agenda. /monagenda en crée un nouveau quand vous voulez.",
        "en": "Done: your calendar link no longer works. Your calendar will show no events "
              "from it at its next update; remove the subscription in your calendar app. "
              "/mycalendar makes a new one whenever you like.",
    },
    "mycalendar.none": {"fr": "Vous n'aviez pas de lien d'agenda : rien à arrêter.",
                        "en": "You had no calendar link: nothing to stop."},
    "mycalendar.unavailable": {
        "fr": "L'agenda en ligne n'est pas activé sur ce bot. Vous pouvez ajouter chaque "
              "événement avec son bouton « agenda » ou /ics.",
        "en": "The online calendar is not switched on for this bot. You can add each event "
              "with its calendar button or /ics.",
    },
    "mydata.feed": {
        "fr": "• Lien d'agenda personnel : actif depuis le {when} (/monagenda arrêter pour "
              "l'effacer).",
        "en": "• Personal calendar link: active since {when} (/mycalendar stop to erase it).",
    },
    # -- web pages -----------------------------------------------------------------------------
    "web.site": {"fr": "Le Focus · Agenda", "en": "Le Focus · What's on"},
    "web.heading": {"fr": "L'agenda du Focus", "en": "What's on at Le Focus"},
    "web.intro": {
        "fr": "Les prochains rendez-vous du Focus, à Rochebelle (Alès). Les places se "
              "réservent dans le bot Telegram ou sur le serveur Discord.",
        "en": "Coming up at Le Focus, in Rochebelle (Alès). Seats are booked in the Telegram "
              "bot or on the Discord server.",
    },
    "web.filter": {"fr": "Filtrer par type", "en": "Filter by kind"},
    "web.all": {"fr": "Tout", "en": "All"},
    "web.week": {"fr": "Semaine du {day}", "en": "Week of {day}"},
    "web.none": {"fr": "Aucun événement prévu pour le moment. Revenez bientôt !",
                 "en": "Nothing planned just now. Come back soon!"},
    "web.subscribe": {"fr": "S'abonner à l'agenda", "en": "Subscribe to the calendar"},
    "web.subscribe_hint": {
        "fr": "Votre agenda (téléphone, Google, Apple, Outlook) affichera chaque nouvel "
              "événement, modification et annulation tout seul.",
        "en": "Your calendar (phone, Google, Apple, Outlook) will show every new event, "
              "change and cancellation by itself.",
    },
    "web.download": {"fr": "Télécharger le fichier (.ics)", "en": "Download the file (.ics)"},
    "web.subscribe_url": {
        "fr": "Android ou Google Agenda : sur calendar.google.com, « Autres agendas » → « À "
              "partir de l'URL », puis collez cette adresse :",
        "en": "Android or Google Calendar: on calendar.google.com, \"Other calendars\" → "
              "\"From URL\", then paste this address:",
    },
    # Outlook on the web takes only the https address, pasted; webcal:// opens the Outlook
    # program when a PC has it, nothing otherwise.
    "web.subscribe_outlook": {
        "fr": "Outlook : sur outlook.com, « Ajouter un calendrier » → « S'abonner à partir du "
              "web », puis collez la même adresse.",
        "en": "Outlook: on outlook.com, \"Add calendar\" → \"Subscribe from web\", then "
              "paste the same address.",
    },
    "web.subscribe_kind": {"fr": "S'abonner à « {kind} » seulement",
                           "en": "Subscribe to \"{kind}\" only"},
    "web.left": {"fr": "{count:# place restante|# places restantes}",
                 "en": "{count:# seat left|# seats left}"},
    "web.full": {"fr": "complet · liste d'attente", "en": "full · waitlist"},
    "web.full_waiting": {
        "fr": "complet · {count:# personne|# personnes} en liste d'attente",
        "en": "full · {count:# person|# people} on the waitlist"},
    "web.open": {"fr": "places libres", "en": "seats available"},
    "web.waiting": {"fr": "{count:# personne|# personnes} en liste d'attente",
                    "en": "{count:# person|# people} on the waitlist"},
    "web.cancelled": {"fr": "Annulé", "en": "Cancelled"},
    "web.more": {"fr": "Détails", "en": "Details"},
    "web.add": {"fr": "Ajouter à mon agenda", "en": "Add to my calendar"},
    "web.telegram": {"fr": "Ouvrir dans Telegram", "en": "Open in Telegram"},
    "web.discord": {"fr": "Ouvrir le serveur Discord", "en": "Open the Discord server"},
    "web.back": {"fr": "Tout l'agenda", "en": "The whole programme"},
    "web.poster_alt": {"fr": "Affiche de « {title} »", "en": "Poster for “{title}”"},
    # The page of one date of a series (every Friday's board games): the dates to come.
    "web.other_dates": {"fr": "Les autres dates", "en": "Other dates"},
    "web.where": {"fr": "Lieu", "en": "Place"},
    "web.when": {"fr": "Quand", "en": "When"},
    "web.price": {"fr": "Prix", "en": "Price"},
    "web.seats": {"fr": "Places", "en": "Seats"},
    "web.audience": {"fr": "Pour qui", "en": "Who for"},
    "web.not_found": {"fr": "Page introuvable", "en": "Page not found"},
    "web.not_found_text": {
        "fr": "Cette page n'existe pas, ou l'événement a été supprimé.",
        "en": "This page does not exist, or the event was removed.",
    },
    "web.bad_request": {"fr": "Demande incomprise", "en": "Request not understood"},
    "web.bad_request_text": {
        "fr": "Cette adresse n'est pas valide. Repartez de l'agenda.",
        "en": "This address is not valid. Start again from the programme.",
    },
    "web.error": {"fr": "Un souci de notre côté", "en": "A problem on our side"},
    "web.error_text": {"fr": "Réessayez dans un instant.", "en": "Please try again in a moment."},
    "web.feed_name": {"fr": "Le Focus", "en": "Le Focus"},
    "web.feed_kind": {"fr": "Le Focus · {kind}", "en": "Le Focus · {kind}"},
    "web.mine_title": {"fr": "Mon agenda du Focus", "en": "My Le Focus calendar"},
    "web.mine_intro": {
        "fr": "Les événements où vous avez répondu « je viens », dans l'agenda de votre "
              "téléphone, mis à jour tout seuls (changements et annulations compris).",
        "en": "The events you answered \"going\" to, in your phone's calendar, kept up to "
              "date by themselves (changes and cancellations included).",
    },
    "web.mine_subscribe": {"fr": "S'abonner dans mon agenda",
                           "en": "Subscribe in my calendar"},
    "web.mine_private": {
        "fr": "Ce lien est privé : ne le partagez pas. Pour l'arrêter, écrivez "
              "/monagenda arrêter au bot.",
        "en": "This link is private: do not share it. To stop it, send /mycalendar stop to "
              "the bot.",
    },
    "web.feed_mine": {"fr": "Le Focus · mes événements", "en": "Le Focus · my events"},
}
