"""Every user-facing string, French first, then English. Named placeholders only.

Adapters add their own keys (prefixed with their platform) with `STRINGS.update`.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- general -------------------------------------------------------------------------
    "when.at": {"fr": "{day} à {time}", "en": "{day} at {time}"},
    "price.free": {"fr": "Gratuit", "en": "Free"},
    "usage.prefix": {"fr": "Utilisation : {usage}", "en": "Usage: {usage}"},
    "error.internal": {
        "fr": "Désolé, quelque chose s'est mal passé de notre côté. Réessayez dans un instant ; "
              "si cela continue, prévenez un·e organisateur·rice.",
        "en": "Sorry, something went wrong on our side. Please try again in a moment; if it "
              "keeps happening, tell an organiser.",
    },
    "error.unknown_command": {
        "fr": "Je ne connais pas la commande {command}. Tapez /aide pour voir la liste.",
        "en": "I don't know the command {command}. Type /help to see the list.",
    },
    "error.unknown_command_suggest": {
        "fr": "Je ne connais pas la commande {command}. Vouliez-vous dire : {names} ?",
        "en": "I don't know the command {command}. Did you mean: {names}?",
    },
    "error.organizer_only": {
        "fr": "Cette commande est réservée aux organisateur·rices de Le Focus.",
        "en": "This command is for Le Focus organisers only.",
    },
    "error.message_too_long": {
        "fr": "Ce message fait {length} caractères ; {max} au maximum, s'il vous plaît.",
        "en": "This message is {length} characters long; {max} at most, please.",
    },
    "error.button_unknown": {
        "fr": "Ce bouton n'est plus valable. Tapez /evenements pour voir le programme à jour.",
        "en": "This button is no longer valid. Type /events to see the current programme.",
    },
    # -- argument errors -------------------------------------------------------------------
    "error.missing_param": {
        "fr": "Il manque : {param}.",
        "en": "Missing: {param}.",
    },
    "error.bad_choice_of": {
        "fr": "« {value} » n'est pas une valeur possible pour {param}.",
        "en": "\"{value}\" is not a possible value for {param}.",
    },
    "error.bad_number": {
        "fr": "« {value} » : il faut un nombre entier entre {min} et {max}.",
        "en": "\"{value}\": a whole number between {min} and {max} is needed.",
    },
    "error.too_many_words": {
        "fr": "Il y a des mots en trop à la fin de la commande.",
        "en": "There are extra words at the end of the command.",
    },
    "error.bad_option": {
        "fr": "Option « {value} » inconnue pour cette commande.",
        "en": "Unknown option \"{value}\" for this command.",
    },
    "error.one_word": {
        "fr": "Pour {param}, un seul mot.",
        "en": "For {param}, one word only.",
    },
    "error.missing_event_id": {
        "fr": "Il manque le numéro de l'événement (par exemple 12 ou #12). /evenements les "
              "affiche.",
        "en": "The event number is missing (for example 12 or #12). /events lists them.",
    },
    "error.bad_event_id": {
        "fr": "« {value} » n'est pas un numéro d'événement. Exemple : 12 ou #12.",
        "en": "\"{value}\" is not an event number. Example: 12 or #12.",
    },
    "error.event_not_found": {
        "fr": "Je ne trouve pas d'événement #{id}. Tapez /evenements pour voir le programme.",
        "en": "I can't find event #{id}. Type /events to see the programme.",
    },
    "error.bad_choice": {
        "fr": "« {value} » : répondez par oui, peut-être ou non.",
        "en": "\"{value}\": answer going, maybe or no.",
    },
    "error.bad_guests": {
        "fr": "« {value} » : indiquez le nombre d'accompagnant·es entre +0 et +{max}.",
        "en": "\"{value}\": give the number of guests, from +0 to +{max}.",
    },
    "error.rsvp_parts": {
        "fr": "Trop de mots : un numéro, une réponse et éventuellement des invité·es.",
        "en": "Too many words: a number, an answer and optionally guests.",
    },
    "error.bad_capacity": {
        "fr": "« {value} » n'est pas un nombre de places valable (de 1 à {max}, ou "
              "« illimité »).",
        "en": "\"{value}\" is not a valid number of seats (1 to {max}, or \"unlimited\").",
    },
    "error.bad_kind": {
        "fr": "Type « {value} » inconnu. Types : jeux, projection, atelier, masterclass, "
              "anglais, soirée, autre.",
        "en": "Unknown kind \"{value}\". Kinds: games, screening, workshop, masterclass, "
              "english, theme, other.",
    },
    "error.bad_price": {
        "fr": "« {value} » n'est pas un prix valable. Exemples : gratuit, 6, 6,50 €.",
        "en": "\"{value}\" is not a valid price. Examples: free, 6, 6.50.",
    },
    "error.missing_title": {"fr": "Il manque le titre.", "en": "The title is missing."},
    "error.title_too_long": {
        "fr": "Ce titre fait {length} caractères ; {max} au maximum, s'il vous plaît.",
        "en": "This title is {length} characters long; {max} at most, please.",
    },
    "error.text_too_long": {
        "fr": "Ce texte fait {length} caractères ; {max} au maximum, s'il vous plaît.",
        "en": "This text is {length} characters long; {max} at most, please.",
    },
    "error.missing_when": {
        "fr": "Il manque la date. Exemples : 2026-12-05 20:00, vendredi 20h, demain 19h30.",
        "en": "The date is missing. Examples: 2026-12-05 20:00, next friday 8pm, tomorrow "
              "7:30pm.",
    },
    "error.bad_when": {
        "fr": "Je n'ai pas compris la date « {value} ». Exemples : 2026-12-05 20:00, "
              "vendredi 20h, demain 19h30.",
        "en": "I couldn't read the date \"{value}\". Examples: 2026-12-05 20:00, next friday "
              "8pm, tomorrow 7:30pm.",
    },
    "error.past_when": {
        "fr": "« {value} » est déjà passé. Donnez une date à venir, par exemple : vendredi "
              "20h.",
        "en": "\"{value}\" is in the past. Give a future date, for example: next friday 8pm.",
    },
    "error.newevent_parts": {
        "fr": "Il faut au moins un titre et une date, séparés par |.",
        "en": "A title and a date are needed, separated by |.",
    },
    "error.too_many_parts": {
        "fr": "Trop de parties : {max} au maximum, séparées par |.",
        "en": "Too many parts: {max} at most, separated by |.",
    },
    "error.editevent_parts": {
        "fr": "Il faut le numéro, le champ et la nouvelle valeur.",
        "en": "The number, the field and the new value are needed.",
    },
    "error.bad_field": {
        "fr": "Champ « {value} » inconnu. Champs : titre, description, date, fin, duree, "
              "lieu, places, type, prix, public.",
        "en": "Unknown field \"{value}\". Fields: title, description, when, end, duration, "
              "place, capacity, kind, price, audience.",
    },
    "error.missing_value": {"fr": "Il manque la valeur.", "en": "The value is missing."},
    "error.bad_duration": {
        "fr": "« {value} » n'est pas une durée valable. Exemples : 2h, 90m, 1h30.",
        "en": "\"{value}\" is not a valid duration. Examples: 2h, 90m, 1h30.",
    },
    "error.end_before_start": {
        "fr": "La fin doit être après le début de l'événement.",
        "en": "The end must be after the start of the event.",
    },
    "error.event_cancelled": {
        "fr": "« {title} » (#{id}) est annulé : les réponses sont fermées.",
        "en": "\"{title}\" (#{id}) is cancelled: answers are closed.",
    },
    "error.event_cancelled_edit": {
        "fr": "L'événement #{id} est annulé ; il ne peut plus être modifié.",
        "en": "Event #{id} is cancelled; it can no longer be edited.",
    },
    "error.event_past_edit": {
        "fr": "L'événement #{id} a déjà commencé ; il ne peut plus être modifié.",
        "en": "Event #{id} has already started; it can no longer be edited.",
    },
    "error.event_cancelled_announce": {
        "fr": "L'événement #{id} est annulé : il ne sera pas annoncé.",
        "en": "Event #{id} is cancelled: it won't be announced.",
    },
    "error.event_past_announce": {
        "fr": "L'événement #{id} a déjà commencé : il ne sera pas annoncé.",
        "en": "Event #{id} has already started: it won't be announced.",
    },
    "error.rsvp_closed": {
        "fr": "« {title} » (#{id}) a déjà commencé : les réponses sont fermées.",
        "en": "\"{title}\" (#{id}) has already started: answers are closed.",
    },
    "error.guests_without_rsvp": {
        "fr": "Répondez d'abord « Je viens » à l'événement #{id}, puis ajoutez vos invité·es.",
        "en": "First answer \"Going\" to event #{id}, then add your guests.",
    },
    "error.bad_language": {
        "fr": "Langue « {value} » inconnue : fr ou en.",
        "en": "Unknown language \"{value}\": fr or en.",
    },
    "error.announce_empty": {
        "fr": "Que faut-il annoncer ? Un numéro d'événement ou un texte.",
        "en": "What should be announced? An event number or a text.",
    },
    "error.faqset_parts": {
        "fr": "Il faut une clé, une question et une réponse, séparées par |.",
        "en": "A key, a question and an answer are needed, separated by |.",
    },
    "error.bad_faq_key": {
        "fr": "Clé « {value} » invalide : lettres minuscules sans accent, chiffres, - ou _ "
              "(30 au plus).",
        "en": "Invalid key \"{value}\": lowercase letters, digits, - or _ (30 at most).",
    },
    "error.missing_faq_key": {"fr": "Il manque la clé.", "en": "The key is missing."},
    "error.faq_not_found": {
        "fr": "Pas de question « {key} ». /faq affiche la liste.",
        "en": "No question \"{key}\". /faq shows the list.",
    },
    # -- usage lines -----------------------------------------------------------------------
    "usage.help": {"fr": "/aide", "en": "/help"},
    "usage.events": {"fr": "/evenements", "en": "/events"},
    "usage.event": {"fr": "/evenement <numéro>", "en": "/event <number>"},
    "usage.rsvp": {
        "fr": "/participer <numéro> [oui|peut-être|non] [+invité·es], ex. /participer 12 oui +2",
        "en": "/rsvp <number> [going|maybe|no] [+guests], e.g. /rsvp 12 going +2",
    },
    "usage.myevents": {"fr": "/mesevenements", "en": "/myevents"},
    "usage.ics": {"fr": "/calendrier <numéro>", "en": "/ics <number>"},
    "usage.faq": {"fr": "/faq [sujet ou question]", "en": "/faq [topic or question]"},
    "usage.language": {"fr": "/langue fr|en", "en": "/language fr|en"},
    "usage.mydata": {"fr": "/mesdonnees", "en": "/mydata"},
    "usage.forgetme": {"fr": "/oubliemoi", "en": "/forgetme"},
    "usage.start": {"fr": "/start", "en": "/start"},
    "usage.newevent": {
        "fr": "/nouvelevenement <titre> | <date> [| <places>] [| <type>] [| <prix>], "
              "ex. /nouvelevenement Soirée jeux | vendredi 19h30 | 20 | jeux | gratuit",
        "en": "/newevent <title> | <when> [| <capacity>] [| <kind>] [| <price>], "
              "e.g. /newevent Board games | friday 7:30pm | 20 | games | free",
    },
    "usage.editevent": {
        "fr": "/modifier <numéro> <champ> <valeur>, ex. /modifier 12 lieu Salle 2",
        "en": "/editevent <number> <field> <value>, e.g. /editevent 12 place Room 2",
    },
    "usage.cancelevent": {"fr": "/annuler <numéro>", "en": "/cancelevent <number>"},
    "usage.announce": {"fr": "/annoncer <numéro> ou /annoncer <texte>",
                       "en": "/announce <number> or /announce <text>"},
    "usage.attendees": {"fr": "/participants <numéro>", "en": "/attendees <number>"},
    "usage.faqset": {
        "fr": "/faqset <clé> | <question> | <réponse> [| <mots-clés>]",
        "en": "/faqset <key> | <question> | <answer> [| <keywords>]",
    },
    "usage.faqdel": {"fr": "/faqdel <clé>", "en": "/faqdel <key>"},
    # -- help ------------------------------------------------------------------------------
    "help.header": {
        "fr": "Bonjour ! Je suis le bot de Le Focus (MeltingPhot, Rochebelle, Alès). "
              "Voici ce que je sais faire :",
        "en": "Hello! I am the Le Focus bot (MeltingPhot, Rochebelle, Alès). Here is what I "
              "can do:",
    },
    "help.organizer_header": {"fr": "Pour les organisateur·rices :", "en": "For organisers:"},
    "help.console": {
        "fr": "Console : /as <prénom> pour parler au nom d'un autre membre, /as pour redevenir "
              "organisateur·rice, /quit pour quitter.",
        "en": "Console: /as <name> to speak as another member, /as to be the organiser again, "
              "/quit to leave.",
    },
    "help.footer": {
        "fr": "Une question ? Écrivez /faq, ou posez-la directement en message privé.",
        "en": "A question? Type /faq, or just ask it in a private message.",
    },
    "help.help": {"fr": "cette aide", "en": "this help"},
    "help.events": {"fr": "les événements à venir", "en": "upcoming events"},
    "help.event": {"fr": "le détail d'un événement et les places restantes",
                   "en": "an event's details and seats left"},
    "help.rsvp": {"fr": "répondre à un événement (avec vos invité·es)",
                  "en": "answer an event (with your guests)"},
    "help.myevents": {"fr": "vos inscriptions", "en": "your answers"},
    "help.ics": {"fr": "ajouter un événement à votre agenda", "en": "add an event to your "
                 "calendar"},
    "help.faq": {"fr": "questions fréquentes", "en": "frequently asked questions"},
    "help.language": {"fr": "choisir la langue", "en": "choose the language"},
    "help.mydata": {"fr": "ce que nous savons de vous", "en": "what we hold about you"},
    "help.forgetme": {"fr": "effacer toutes vos données", "en": "erase all your data"},
    "help.start": {"fr": "démarrer", "en": "start"},
    "help.newevent": {"fr": "créer un événement", "en": "create an event"},
    "help.editevent": {"fr": "modifier un événement", "en": "edit an event"},
    "help.cancelevent": {"fr": "annuler un événement", "en": "cancel an event"},
    "help.announce": {"fr": "publier un événement ou un message dans les canaux d'annonce",
                      "en": "publish an event or a message to the announcement channels"},
    "help.attendees": {"fr": "la liste des participant·es (et un fichier CSV)",
                       "en": "the attendee list (and a CSV file)"},
    "help.faqset": {"fr": "ajouter ou modifier une question fréquente",
                    "en": "add or edit an FAQ entry"},
    "help.faqdel": {"fr": "supprimer une question fréquente", "en": "delete an FAQ entry"},
    # -- events ----------------------------------------------------------------------------
    "events.header": {"fr": "Prochains événements :", "en": "Upcoming events:"},
    "events.footer": {
        "fr": "Détails : /evenement <numéro> · Réserver : /participer <numéro>",
        "en": "Details: /event <number> · Book: /rsvp <number>",
    },
    "events.none": {"fr": "Aucun événement à venir pour le moment.",
                    "en": "No upcoming events for now."},
    "events.none_organizer": {
        "fr": "Créez-en un avec /nouvelevenement <titre> | <date>.",
        "en": "Create one with /newevent <title> | <when>.",
    },
    "newevent.done": {
        "fr": "Événement #{id} créé : « {title} », {when}. Pour le publier : /annoncer {id}",
        "en": "Event #{id} created: \"{title}\", {when}. To publish it: /announce {id}",
    },
    "editevent.done": {
        "fr": "Événement #{id} modifié : {field} → {value}",
        "en": "Event #{id} updated: {field} → {value}",
    },
    "editevent.over_capacity": {
        "fr": "Attention : {taken} places sont déjà réservées pour {capacity}. Personne n'est "
              "désinscrit ; aucune nouvelle place ne sera donnée.",
        "en": "Note: {taken} seats are already booked for {capacity}. Nobody is removed; no "
              "new seats will be given.",
    },
    "cancelevent.done": {
        "fr": "Événement #{id} « {title} » annulé. {count} personne(s) prévenue(s).",
        "en": "Event #{id} \"{title}\" cancelled. {count} person(s) notified.",
    },
    "cancelevent.already": {
        "fr": "L'événement #{id} « {title} » était déjà annulé.",
        "en": "Event #{id} \"{title}\" was already cancelled.",
    },
    "kind.board_games": {"fr": "Soirée jeux de société", "en": "Board-game night"},
    "kind.screening": {"fr": "Projection", "en": "Screening"},
    "kind.workshop": {"fr": "Atelier", "en": "Workshop"},
    "kind.masterclass": {"fr": "Masterclass", "en": "Masterclass"},
    "kind.english": {"fr": "Cours d'anglais", "en": "English class"},
    "kind.theme_evening": {"fr": "Soirée thématique", "en": "Theme evening"},
    "kind.other": {"fr": "Événement", "en": "Event"},
    # -- cards -----------------------------------------------------------------------------
    "card.seats": {"fr": "{going}/{capacity} places prises, {left} libre(s)",
                   "en": "{going}/{capacity} seats taken, {left} left"},
    "card.seats_unlimited": {"fr": "{going} inscrit·e(s), places illimitées",
                             "en": "{going} going, unlimited seats"},
    "card.waitlist": {"fr": "{count} en liste d'attente", "en": "{count} on the waitlist"},
    "card.maybe": {"fr": "{count} peut-être", "en": "{count} maybe"},
    "card.cancelled": {"fr": "ANNULÉ", "en": "CANCELLED"},
    "card.demo_prefix": {"fr": "[Démo] ", "en": "[Demo] "},
    "card.unlimited": {"fr": "illimité", "en": "unlimited"},
    "button.going": {"fr": "✅ Je viens", "en": "✅ Going"},
    "button.maybe": {"fr": "🤔 Peut-être", "en": "🤔 Maybe"},
    "button.no": {"fr": "❌ Je ne viens pas", "en": "❌ Not going"},
    "button.guest_add": {"fr": "➕ 1 invité·e", "en": "➕ 1 guest"},
    "button.guest_remove": {"fr": "➖ 1 invité·e", "en": "➖ 1 guest"},
    "button.calendar": {"fr": "📅 Ajouter à l'agenda", "en": "📅 Add to calendar"},
    "button.forget_confirm": {"fr": "Oui, tout effacer", "en": "Yes, erase everything"},
    "button.forget_cancel": {"fr": "Non, garder", "en": "No, keep it"},
    # -- RSVP ------------------------------------------------------------------------------
    "rsvp.left": {"fr": " ({taken}/{capacity} places prises)",
                  "en": " ({taken}/{capacity} seats taken)"},
    "rsvp.going": {
        "fr": "C'est noté : vous êtes inscrit·e à « {title} » (#{id}) pour {seats} place(s)."
              "{left}",
        "en": "Done: you are going to \"{title}\" (#{id}) with {seats} seat(s).{left}",
    },
    "rsvp.waitlisted": {
        "fr": "« {title} » (#{id}) est complet : vous êtes en liste d'attente, position "
              "{position}, pour {seats} place(s). Vous serez prévenu·e si une place se libère.",
        "en": "\"{title}\" (#{id}) is full: you are on the waitlist, position {position}, for "
              "{seats} seat(s). You will be told if a seat frees up.",
    },
    "rsvp.maybe": {"fr": "C'est noté : peut-être pour « {title} » (#{id}).",
                   "en": "Noted: maybe for \"{title}\" (#{id})."},
    "rsvp.no": {"fr": "C'est noté : vous ne venez pas à « {title} » (#{id}).",
                "en": "Noted: you are not going to \"{title}\" (#{id})."},
    "rsvp.kept": {
        "fr": "Il ne reste pas assez de places pour plus d'invité·es à « {title} » (#{id}) : "
              "vous gardez vos {seats} place(s).{left}",
        "en": "Not enough seats left for more guests at \"{title}\" (#{id}): you keep your "
              "{seats} seat(s).{left}",
    },
    "toast.going": {"fr": "Inscrit·e : {seats} place(s).{left}",
                    "en": "Going: {seats} seat(s).{left}"},
    "toast.waitlisted": {"fr": "Liste d'attente : position {position}",
                         "en": "Waitlist: position {position}"},
    "toast.maybe": {"fr": "Noté : peut-être", "en": "Noted: maybe"},
    "toast.no": {"fr": "Noté : vous ne venez pas", "en": "Noted: not going"},
    "toast.kept": {"fr": "Plus assez de places : vous gardez {seats} place(s).",
                   "en": "No more seats: you keep {seats} seat(s)."},
    "myevents.header": {"fr": "Vos prochains événements :", "en": "Your upcoming events:"},
    "myevents.none": {
        "fr": "Vous n'êtes inscrit·e à aucun événement à venir. /evenements pour voir le "
              "programme.",
        "en": "You have no upcoming events. /events shows the programme.",
    },
    "myevents.going": {"fr": "inscrit·e, {seats} place(s)", "en": "going, {seats} seat(s)"},
    "myevents.waitlisted": {"fr": "liste d'attente, position {position}",
                            "en": "waitlist, position {position}"},
    "myevents.maybe": {"fr": "peut-être", "en": "maybe"},
    "myevents.no": {"fr": "ne vient pas", "en": "not going"},
    "ics.done": {
        "fr": "Voici « {title} » (#{id}) pour votre agenda : ouvrez le fichier joint.",
        "en": "Here is \"{title}\" (#{id}) for your calendar: open the attached file.",
    },
    # -- notifications ---------------------------------------------------------------------
    "notify.promoted": {
        "fr": "Bonne nouvelle : une place s'est libérée pour « {title} » (#{id}), {when}. "
              "Vous êtes inscrit·e ! Si vous ne pouvez plus venir : /participer {id} non",
        "en": "Good news: a seat freed up for \"{title}\" (#{id}), {when}. You are going! "
              "If you can't come any more: /rsvp {id} no",
    },
    "notify.cancelled": {
        "fr": "« {title} » (#{id}), prévu {when}, est annulé. Désolé·es !",
        "en": "\"{title}\" (#{id}), planned {when}, is cancelled. Sorry!",
    },
    "notify.changed": {
        "fr": "Changement pour « {title} » (#{id}) : {when}, {place}.",
        "en": "Change for \"{title}\" (#{id}): {when}, {place}.",
    },
    "notice.unreachable": {
        "fr": "Je n'ai pas pu vous envoyer de message privé (rappel ou place libérée). "
              "Vos inscriptions sont visibles avec /mesevenements.",
        "en": "I couldn't send you a private message (reminder or freed seat). Your answers "
              "are in /myevents.",
    },
    "notice.open_private": {
        "fr": "Pour recevoir mes messages, ouvrez une conversation privée : {link}",
        "en": "To receive my messages, open a private chat: {link}",
    },
    # -- announcements ---------------------------------------------------------------------
    "announce.prefix": {"fr": "📣 Annonce de Le Focus", "en": "📣 Announcement from Le Focus"},
    "announce.done": {"fr": "Publié dans {count} canal(aux).",
                      "en": "Published to {count} channel(s)."},
    "announce.no_channel": {
        "fr": "Aucun canal d'annonce n'est configuré (TELEGRAM_ANNOUNCE_CHAT_IDS, "
              "DISCORD_ANNOUNCE_CHANNEL_IDS) : rien n'a été publié.",
        "en": "No announcement channel is configured (TELEGRAM_ANNOUNCE_CHAT_IDS, "
              "DISCORD_ANNOUNCE_CHANNEL_IDS): nothing was published.",
    },
    # -- attendees -------------------------------------------------------------------------
    "attendees.header": {"fr": "Participant·es de #{id} « {title} »",
                         "en": "Attendees of #{id} \"{title}\""},
    "attendees.going": {"fr": "Viennent : {count} personne(s), {seats}/{capacity} places",
                        "en": "Going: {count} people, {seats}/{capacity} seats"},
    "attendees.maybe": {"fr": "Peut-être : {count}", "en": "Maybe: {count}"},
    "attendees.waitlist": {"fr": "Liste d'attente : {count}", "en": "Waitlist: {count}"},
    "csv.name": {"fr": "prénom", "en": "name"},
    "csv.platform": {"fr": "plateforme", "en": "platform"},
    "csv.state": {"fr": "réponse", "en": "answer"},
    "csv.seats": {"fr": "places", "en": "seats"},
    "csv.position": {"fr": "position attente", "en": "waitlist position"},
    "csv.updated": {"fr": "mis à jour", "en": "updated"},
    "csv.state_going": {"fr": "vient", "en": "going"},
    "csv.state_maybe": {"fr": "peut-être", "en": "maybe"},
    "csv.state_waitlisted": {"fr": "liste d'attente", "en": "waitlist"},
    "csv.state_no": {"fr": "ne vient pas", "en": "not going"},
    # -- FAQ -------------------------------------------------------------------------------
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
    # -- account ---------------------------------------------------------------------------
    "language.done": {"fr": "D'accord, je vous parlerai en français.",
                      "en": "OK, I will speak English with you."},
    "mydata.header": {"fr": "Voici tout ce que nous savons de vous :",
                      "en": "Here is everything we hold about you:"},
    "mydata.identity": {"fr": "• Compte {platform} n° {user_id}, prénom affiché : {name}",
                        "en": "• {platform} account {user_id}, display name: {name}"},
    "mydata.language": {"fr": "• Langue : {language}", "en": "• Language: {language}"},
    "mydata.language_auto": {"fr": "automatique", "en": "automatic"},
    "mydata.reminders_on": {"fr": "• Rappels : activés", "en": "• Reminders: on"},
    "mydata.reminders_off": {"fr": "• Rappels : désactivés", "en": "• Reminders: off"},
    "mydata.since": {"fr": "• Premier contact : {when}", "en": "• First contact: {when}"},
    "mydata.rsvps": {"fr": "• Vos réponses :", "en": "• Your answers:"},
    "mydata.no_rsvps": {"fr": "• Aucune réponse à un événement.", "en": "• No event answers."},
    "mydata.created": {"fr": "• Événements créés : {ids}", "en": "• Events created: {ids}"},
    "mydata.faq": {"fr": "• Questions fréquentes modifiées : {keys}",
                   "en": "• FAQ entries edited: {keys}"},
    "mydata.series": {"fr": "• Séries d'événements créées : {items}",
                      "en": "• Event series created: {items}"},
    "mydata.announcements": {"fr": "• Annonces programmées par vous : {items}",
                             "en": "• Announcements you scheduled: {items}"},
    "mydata.reach_ok": {"fr": "• Messages privés : nous pouvons vous écrire.",
                        "en": "• Private messages: you are reachable."},
    "mydata.reach_blocked": {
        "fr": "• Messages privés : la plateforme refuse nos messages (bot bloqué). Nous le "
              "notons pour ne pas réessayer.",
        "en": "• Private messages: the platform refuses them (bot blocked). We note it so we "
              "stop trying.",
    },
    "mydata.reach_not_started": {
        "fr": "• Messages privés : pas encore possibles, vous n'avez pas ouvert de conversation "
              "privée avec le bot. Nous le notons pour vous prévenir.",
        "en": "• Private messages: not possible yet, you have not opened a private chat with "
              "the bot. We note it to let you know.",
    },
    "mydata.notice_pending": {
        "fr": "• Un message attend pour vous prévenir que nous n'avons pas pu vous écrire.",
        "en": "• A note is waiting to tell you we could not write to you.",
    },
    "mydata.reminders_history": {"fr": "• Rappels envoyés ou prévus pour vous :",
                                 "en": "• Reminders sent or planned for you:"},
    "mydata.reminder_line": {"fr": "  – #{id} {title}, {offset} : {status}",
                             "en": "  – #{id} {title}, {offset}: {status}"},
    "mydata.offset_summary": {"fr": "résumé du jour", "en": "same-day summary"},
    "mydata.offset_days": {"fr": "{n} jour(s) avant", "en": "{n} day(s) before"},
    "mydata.offset_hours": {"fr": "{n} h avant", "en": "{n} h before"},
    "mydata.offset_minutes": {"fr": "{n} min avant", "en": "{n} min before"},
    "mydata.reminder_sent": {"fr": "envoyé le {when}", "en": "sent {when}"},
    "mydata.reminder_sending": {"fr": "en cours d'envoi", "en": "being sent"},
    "mydata.reminder_retry": {"fr": "nouvel essai prévu", "en": "will be tried again"},
    "mydata.reminder_skipped": {"fr": "pas envoyé", "en": "not sent"},
    "mydata.reminder_unreachable": {"fr": "pas envoyé, messages privés refusés",
                                    "en": "not sent, private messages refused"},
    "mydata.footer": {"fr": "Rien d'autre. Pour tout effacer : /oubliemoi",
                      "en": "Nothing else. To erase it all: /forgetme"},
    "forgetme.confirm": {
        "fr": "Voulez-vous vraiment effacer toutes vos données ? Vos inscriptions seront "
              "annulées et vos places données à la liste d'attente. Confirmez avec le bouton "
              "ou en tapant /oubliemoi confirmer.",
        "en": "Do you really want to erase all your data? Your answers will be removed and "
              "your seats given to the waitlist. Confirm with the button or by typing "
              "/forgetme confirm.",
    },
    "forgetme.done": {
        "fr": "C'est fait : tout ce que nous savions de vous est effacé. À bientôt peut-être !",
        "en": "Done: everything we held about you is erased. Hope to see you again!",
    },
    "forgetme.kept": {"fr": "D'accord, rien n'est effacé.", "en": "OK, nothing was erased."},
    "start.welcome": {
        "fr": "Bienvenue {name} ! Je suis le bot de Le Focus. /evenements pour le programme, "
              "/aide pour tout le reste.",
        "en": "Welcome {name}! I am the Le Focus bot. /events for the programme, /help for "
              "everything else.",
    },
    # -- dates -----------------------------------------------------------------------------
    "error.when_weekday": {
        "fr": "Le {date} est un {actual}, pas un {typed}. Pouvez-vous vérifier la date ?",
        "en": "{date} is a {actual}, not a {typed}. Could you check the date?",
    },
    "error.when_need_time": {
        "fr": "À quelle heure, pour « {value} » ? Ajoutez l'heure, par exemple : samedi 20h, "
              "demain 19h30.",
        "en": "At what time, for \"{value}\"? Please add the time, for example: saturday 8pm, "
              "tomorrow 7:30pm.",
    },
    "error.when_need_day": {
        "fr": "Quel jour, pour « {value} » ? Par exemple : ce soir 20h, demain 19h30, le 12 à "
              "20h.",
        "en": "Which day, for \"{value}\"? For example: tonight at 8pm, tomorrow 7:30pm, the "
              "12th at 8pm.",
    },
    "error.when_far": {
        "fr": "« {value} » tombe dans plus de 18 mois : écrivez l'année, par exemple "
              "05/12/2028 20h.",
        "en": "\"{value}\" is more than 18 months away: please write the year, for example "
              "2028-12-05 20:00.",
    },
    "error.when_dst_gap": {
        "fr": "« {value} » n'existe pas : cette nuit-là, on passe à l'heure d'été et les "
              "horloges sautent de 2h à 3h. Choisissez une autre heure, s'il vous plaît.",
        "en": "\"{value}\" does not exist: that night clocks jump from 2:00 to 3:00 for "
              "summer time. Please choose another time.",
    },
    "error.when_midnight": {
        "fr": "« {value} » : minuit peut vouloir dire le début ou la fin de la journée. "
              "Écrivez plutôt 23h59, ou 0h avec le jour suivant.",
        "en": "\"{value}\": midnight can mean the start or the end of a day. Please write "
              "11:59pm, or 0:00 with the next day.",
    },
    "error.when_ambiguous_hour": {
        "fr": "« {value} » : {hour} heures du matin ou du soir ? Écrivez par exemple {am}h "
              "ou {pm}h.",
        "en": "\"{value}\": {hour} in the morning or in the evening? Write for example "
              "{hour}am or {hour}pm ({am}:00 or {pm}:00 on a 24-hour clock).",
    },
    "error.when_bad_date": {
        "fr": "« {value} » n'est pas une date du calendrier. Pouvez-vous vérifier le jour "
              "et le mois ?",
        "en": "\"{value}\" is not a date on the calendar. Could you check the day and the "
              "month?",
    },
    "error.when_bad_time": {
        "fr": "« {value} » : cette heure n'existe pas. Une heure va de 0h à 23h59, par "
              "exemple 19h30.",
        "en": "\"{value}\": that time does not exist. Times go from 0:00 to 11:59pm, for "
              "example 7:30pm.",
    },
    "error.when_part_conflict": {
        "fr": "« {value} » : l'heure ne correspond pas au moment de la journée (matin, "
              "après-midi, soir). Par exemple : demain matin 10h, demain soir 20h.",
        "en": "\"{value}\": the time does not match the part of the day (morning, "
              "afternoon, evening). For example: tomorrow morning at 10am, tomorrow 8pm.",
    },
    "error.when_end_before": {
        "fr": "« {value} » : la fin doit venir après le début, au plus 12 heures plus tard. "
              "Par exemple : samedi 18h-20h.",
        "en": "\"{value}\": the end must come after the start, at most 12 hours later. For "
              "example: saturday 6-8pm.",
    },
    "error.when_one_moment": {
        "fr": "« {value} » donne un début et une fin ; ici, il faut un seul moment, par "
              "exemple : samedi 20h.",
        "en": "\"{value}\" gives a start and an end; one moment is needed here, for example: "
              "saturday 8pm.",
    },
}

STRINGS.update({
    "console.welcome": {
        "fr": "Console Le Focus. Vous êtes Organisateur. /aide pour les commandes, /quit pour "
              "quitter.",
        "en": "Le Focus console. You are the Organiser. /help for commands, /quit to leave.",
    },
    "console.now_as": {"fr": "Vous parlez maintenant en tant que {name} (membre).",
                       "en": "You now speak as {name} (member)."},
    "console.now_as_orga": {"fr": "Vous êtes de nouveau {name} (organisateur·rice).",
                            "en": "You are {name} (organiser) again."},
    "console.buttons": {"fr": "Boutons (/bouton <n>) :", "en": "Buttons (/button <n>):"},
    "console.no_button": {"fr": "Pas de bouton à ce numéro ({count} disponible(s)).",
                          "en": "No button with that number ({count} available)."},
    "console.file_saved": {"fr": "Fichier enregistré : {path}", "en": "File saved: {path}"},
    "console.card_updated": {"fr": "[#{chat}] carte #{id} mise à jour : {state}",
                             "en": "[#{chat}] card #{id} updated: {state}"},
    "console.private_for": {"fr": "[message privé pour {user}]",
                            "en": "[private message for {user}]"},
})
