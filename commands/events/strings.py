"""The events feature's strings, French first, then English."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- help lines ----------------------------------------------------------------------------
    "help.events": {"fr": "les événements à venir", "en": "upcoming events"},
    "help.next": {"fr": "le prochain événement (d'un type, si vous le dites)",
                  "en": "the next event (of one kind, if you say which)"},
    "optdesc.next.kind": {"fr": "Seulement ce type : jeux, projection, atelier…",
                          "en": "Only this kind: games, screening, workshop…"},
    "example.next": {"fr": "ex. /prochain jeux", "en": "e.g. /next games"},
    "next.none_kind": {"fr": "Aucun événement « {kind} » de prévu pour l'instant. "
                             "/evenements montre tout le programme.",
                       "en": "No \"{kind}\" event planned for now. /events shows the whole "
                             "programme."},
    "help.event": {"fr": "le détail d'un événement et les places restantes",
                   "en": "an event's details and seats left"},
    "help.ics": {"fr": "ajouter un événement à votre agenda", "en": "add an event to your "
                 "calendar"},
    "help.newevent": {"fr": "créer un événement", "en": "create an event"},
    "help.duplicate": {"fr": "copier un événement à une nouvelle date, sans les réponses",
                       "en": "copy an event to a new date, without the answers"},
    "help.editevent": {"fr": "modifier un événement", "en": "edit an event"},
    "help.cancelevent": {"fr": "annuler un événement", "en": "cancel an event"},
    "help.closesignups": {"fr": "fermer les inscriptions d'un événement (avant le début)",
                          "en": "close an event's sign-ups (before the start)"},
    "help.reopensignups": {"fr": "rouvrir les inscriptions d'un événement",
                           "en": "reopen an event's sign-ups"},
    # -- answers -------------------------------------------------------------------------------
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
    "duplicate.done": {
        "fr": "Copie de #{source} créée : événement #{id} « {title} », {when}. Les réponses ne "
              "sont pas copiées. Pour le publier : /annoncer {id}",
        "en": "Copy of #{source} created: event #{id} \"{title}\", {when}. Answers are not "
              "copied. To publish it: /announce {id}",
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
        "fr": "Événement #{id} « {title} » annulé. {count:# personne prévenue|# personnes "
              "prévenues}.",
        "en": "Event #{id} \"{title}\" cancelled. {count:# person|# people} notified.",
    },
    "cancelevent.already": {
        "fr": "L'événement #{id} « {title} » était déjà annulé.",
        "en": "Event #{id} \"{title}\" was already cancelled.",
    },
    "cancelevent.preview": {
        "fr": "Annuler #{id} « {title} », {when} ? {count:# personne sera prévenue|# personnes "
              "seront prévenues} en privé (inscrit·e·s : {going}, liste d'attente : {waitlist}, "
              "peut-être : {maybe}).",
        "en": "Cancel #{id} \"{title}\", {when}? {count:# person|# people} will be told "
              "privately (going: {going}, waitlist: {waitlist}, maybe: {maybe}).",
    },
    "cancelevent.preview_reason": {"fr": "Motif dit à tout le monde : « {reason} ».",
                                   "en": "Reason told to everyone: \"{reason}\"."},
    "cancelevent.preview_no_reason": {
        "fr": "Aucun motif : vous pouvez en donner un, ex. /annuler {id} neige.",
        "en": "No reason given: you can add one, e.g. /cancelevent {id} snow.",
    },
    "cancelevent.preview_line": {
        "fr": "Confirmez avec le bouton, ou en tapant : /annuler {line}",
        "en": "Confirm with the button, or type: /cancelevent {line}",
    },
    "cancelevent.confirm_word": {"fr": "confirmer", "en": "confirm"},
    "cancelevent.kept": {
        "fr": "D'accord : « {title} » (#{id}) est maintenu. Personne n'a été prévenu.",
        "en": "OK: \"{title}\" (#{id}) goes ahead. Nobody was told anything.",
    },
    "cancelevent.expired": {
        "fr": "Cette demande d'annulation a expiré (30 minutes) ou a déjà été traitée. Pour "
              "annuler l'événement #{id}, retapez : /annuler {line}",
        "en": "This cancellation request has expired (30 minutes) or was already handled. To "
              "cancel event #{id}, type again: /cancelevent {line}",
    },
    "button.cancel_confirm": {"fr": "Oui, annuler et prévenir", "en": "Yes, cancel and tell them"},
    "button.cancel_keep": {"fr": "Non, maintenir", "en": "No, keep it"},
    "notify.cancelled_reason": {"fr": "Motif : {reason}", "en": "Reason: {reason}"},
    "signups.closed": {
        "fr": "Inscriptions fermées pour « {title} » (#{id}) : {seats}. Les personnes inscrites "
              "ou en liste d'attente gardent leur place ; « peut-être » et « non » restent "
              "possibles. Pour rouvrir : /rouvrir {id}",
        "en": "Sign-ups closed for \"{title}\" (#{id}): {seats}. People going or on the "
              "waitlist keep their place; \"maybe\" and \"no\" still work. To reopen: "
              "/reopensignups {id}",
    },
    "signups.reopened": {
        "fr": "Inscriptions rouvertes pour « {title} » (#{id}) : {seats}.",
        "en": "Sign-ups reopened for \"{title}\" (#{id}): {seats}.",
    },
    "signups.already_closed": {
        "fr": "Les inscriptions à « {title} » (#{id}) sont déjà fermées. Pour les rouvrir : "
              "/rouvrir {id}",
        "en": "Sign-ups for \"{title}\" (#{id}) are already closed. To reopen them: "
              "/reopensignups {id}",
    },
    "signups.already_open": {
        "fr": "Les inscriptions à « {title} » (#{id}) sont déjà ouvertes.",
        "en": "Sign-ups for \"{title}\" (#{id}) are already open.",
    },
    "ics.done": {
        "fr": "Voici « {title} » (#{id}) pour votre agenda : ouvrez le fichier joint.",
        "en": "Here is \"{title}\" (#{id}) for your calendar: open the attached file.",
    },
    # -- errors --------------------------------------------------------------------------------
    "error.event_not_found": {
        "fr": "Je ne trouve pas d'événement #{id}. Tapez /evenements pour voir le programme.",
        "en": "I can't find event #{id}. Type /events to see the programme.",
    },
    "error.missing_title": {"fr": "Il manque le titre.", "en": "The title is missing."},
    "error.title_too_long": {
        "fr": "Ce titre fait {length} caractères ; {max} au maximum, s'il vous plaît.",
        "en": "This title is {length} characters long; {max} at most, please.",
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
    "error.bad_field": {
        "fr": "Champ « {value} » inconnu. Champs : titre, description, date, fin, duree, "
              "lieu, places, type, prix, public.",
        "en": "Unknown field \"{value}\". Fields: title, description, when, end, duration, "
              "place, capacity, kind, price, audience.",
    },
    "error.missing_value": {"fr": "Il manque la valeur.", "en": "The value is missing."},
    "error.end_before_start": {
        "fr": "La fin doit être après le début de l'événement.",
        "en": "The end must be after the start of the event.",
    },
    "when.until": {"fr": "{start}, jusqu'à {end}", "en": "{start}, until {end}"},
    "error.event_cancelled_edit": {
        "fr": "L'événement #{id} est annulé ; il ne peut plus être modifié.",
        "en": "Event #{id} is cancelled; it can no longer be edited.",
    },
    "error.event_past_edit": {
        "fr": "L'événement #{id} a déjà commencé ; il ne peut plus être modifié.",
        "en": "Event #{id} has already started; it can no longer be edited.",
    },
    # -- parameters (labels, also Discord's option names once folded) --------------------------
    "param.event": {"fr": "numéro", "en": "number"},
    "param.title": {"fr": "titre", "en": "title"},
    "param.when": {"fr": "quand", "en": "when"},
    "param.capacity": {"fr": "places", "en": "capacity"},
    "param.kind": {"fr": "type", "en": "kind"},
    "param.price": {"fr": "prix", "en": "price"},
    "param.field": {"fr": "champ", "en": "field"},
    "param.value": {"fr": "valeur", "en": "value"},
    # -- what people type for each choice, and the labels Discord shows ------------------------
    "word.kind.board_games": {"fr": "jeux", "en": "games"},
    "word.kind.screening": {"fr": "projection", "en": "screening"},
    "word.kind.workshop": {"fr": "atelier", "en": "workshop"},
    "word.kind.masterclass": {"fr": "masterclass", "en": "masterclass"},
    "word.kind.english": {"fr": "anglais", "en": "english"},
    "word.kind.theme_evening": {"fr": "soirée", "en": "theme"},
    "word.kind.other": {"fr": "autre", "en": "other"},
    "choice.kind.board_games": {"fr": "Soirée jeux de société", "en": "Board-game night"},
    "choice.kind.screening": {"fr": "Projection", "en": "Screening"},
    "choice.kind.workshop": {"fr": "Atelier", "en": "Workshop"},
    "choice.kind.masterclass": {"fr": "Masterclass", "en": "Masterclass"},
    "choice.kind.english": {"fr": "Cours d'anglais", "en": "English class"},
    "choice.kind.theme_evening": {"fr": "Soirée thématique", "en": "Theme evening"},
    "choice.kind.other": {"fr": "Autre", "en": "Other"},
    "word.field.title": {"fr": "titre", "en": "title"},
    "word.field.when": {"fr": "date", "en": "when"},
    "word.field.end": {"fr": "fin", "en": "end"},
    "word.field.duration": {"fr": "durée", "en": "duration"},
    "word.field.place": {"fr": "lieu", "en": "place"},
    "word.field.capacity": {"fr": "places", "en": "capacity"},
    "word.field.kind": {"fr": "type", "en": "kind"},
    "word.field.price": {"fr": "prix", "en": "price"},
    "word.field.audience": {"fr": "public", "en": "audience"},
    "word.field.description": {"fr": "description", "en": "description"},
    "choice.field.title": {"fr": "Titre", "en": "Title"},
    "choice.field.when": {"fr": "Date et heure", "en": "Date and time"},
    "choice.field.end": {"fr": "Fin", "en": "End"},
    "choice.field.duration": {"fr": "Durée", "en": "Duration"},
    "choice.field.place": {"fr": "Lieu", "en": "Place"},
    "choice.field.capacity": {"fr": "Nombre de places", "en": "Number of seats"},
    "choice.field.kind": {"fr": "Type", "en": "Kind"},
    "choice.field.price": {"fr": "Prix", "en": "Price"},
    "choice.field.audience": {"fr": "Public", "en": "Audience"},
    "choice.field.description": {"fr": "Description", "en": "Description"},
    # -- Discord option descriptions (100 characters at most) ----------------------------------
    "optdesc.event.event": {"fr": "Le numéro de l'événement (voir /evenements)",
                            "en": "The event number (see /events)"},
    "optdesc.ics.event": {"fr": "Le numéro de l'événement à ajouter à votre agenda",
                          "en": "The number of the event to add to your calendar"},
    "optdesc.newevent.title": {"fr": "Le titre, 120 caractères au plus",
                               "en": "The title, 120 characters at most"},
    "optdesc.newevent.when": {
        "fr": "Quand : vendredi 20h, demain 19h30, samedi 18h-20h, 05/12 20h…",
        "en": "When: friday 8pm, tomorrow 7:30pm, saturday 6-8pm, Dec 5 8pm…",
    },
    "optdesc.newevent.capacity": {"fr": "Nombre de places (vide : illimité)",
                                  "en": "Number of seats (empty: unlimited)"},
    "optdesc.newevent.kind": {"fr": "Le type d'événement", "en": "The kind of event"},
    "optdesc.newevent.price": {"fr": "Le prix : gratuit, 6, 6,50 €",
                               "en": "The price: free, 6, 6.50"},
    "optdesc.duplicate.event": {"fr": "Le numéro de l'événement à copier (même passé ou annulé)",
                                "en": "The number of the event to copy (even past or cancelled)"},
    "optdesc.duplicate.when": {
        "fr": "La nouvelle date : samedi prochain 14h, 05/12 20h, samedi 18h-20h…",
        "en": "The new date: next saturday 2pm, Dec 5 8pm, saturday 6-8pm…",
    },
    "optdesc.editevent.event": {"fr": "Le numéro de l'événement à modifier",
                                "en": "The number of the event to edit"},
    "optdesc.editevent.field": {"fr": "Ce qui change", "en": "What changes"},
    "optdesc.editevent.value": {
        "fr": "La nouvelle valeur ; « heure 20h » garde le jour, « date samedi » l'heure",
        "en": "The new value; \"time 8pm\" keeps the day, \"when saturday\" the time",
    },
    "optdesc.cancelevent.event": {"fr": "Le numéro de l'événement à annuler",
                                  "en": "The number of the event to cancel"},
    "optdesc.cancelevent.text": {
        "fr": "Le motif, dit à tous ; finissez par « confirmer » pour ne pas avoir à confirmer",
        "en": "The reason, told to everyone; end with \"confirm\" to skip the confirmation",
    },
    "optdesc.closesignups.event": {"fr": "Le numéro de l'événement dont les inscriptions ferment",
                                   "en": "The number of the event whose sign-ups close"},
    "optdesc.reopensignups.event": {"fr": "Le numéro de l'événement à rouvrir",
                                    "en": "The number of the event to reopen"},
    # -- examples shown after the generated usage lines ----------------------------------------
    "example.newevent": {
        "fr": "ex. /nouvelevenement Soirée jeux | vendredi 19h30 | 20 | jeux | gratuit",
        "en": "e.g. /newevent Board games | friday 7:30pm | 20 | games | free",
    },
    "example.duplicate": {"fr": "ex. /dupliquer 12 samedi prochain 14h",
                          "en": "e.g. /duplicate 12 next saturday 2pm"},
    "example.editevent": {"fr": "ex. /modifier 12 lieu Salle 2",
                          "en": "e.g. /editevent 12 place Room 2"},
    "example.cancelevent": {
        "fr": "ex. /annuler 12 neige (puis Confirmer), ou d'un coup : /annuler 12 neige confirmer",
        "en": "e.g. /cancelevent 12 snow (then Confirm), or at once: /cancelevent 12 snow confirm",
    },
    "example.closesignups": {"fr": "ex. /fermer 12", "en": "e.g. /closesignups 12"},
    "example.reopensignups": {"fr": "ex. /rouvrir 12", "en": "e.g. /reopensignups 12"},
    # -- the two demo events: stored in French, shown in the reader's language -----------------
    "demo.board_games.title": {"fr": "Soirée jeux de société", "en": "Board-game night"},
    "demo.board_games.audience": {"fr": "Tout public", "en": "All ages"},
    "demo.board_games.description": {
        "fr": "Exemple créé automatiquement pour essayer le bot : réservez, ajoutez des "
              "invité·e·s, regardez la liste d'attente se remplir.",
        "en": "An example made automatically to try the bot: book, add guests, watch the "
              "waiting list fill up.",
    },
    "demo.screening.title": {"fr": "Projection de film", "en": "Film screening"},
    "demo.screening.audience": {"fr": "Dès 12 ans", "en": "Ages 12 and up"},
    "demo.screening.description": {
        "fr": "Exemple créé automatiquement pour essayer le bot.",
        "en": "An example made automatically to try the bot.",
    },
    # -- what a member reads after typing an organiser command (slice D) --------------------
    "member_hint.newevent": {
        "fr": "Une idée d'activité ? Parlez-en à un·e organisateur·rice du Focus. En attendant, "
              "voici le programme : /evenements.",
        "en": "Got an idea for an activity? Tell a Le Focus organiser. Meanwhile, here is the "
              "programme: /events.",
    },
    "member_hint.duplicate": {
        "fr": "Envie que cette activité revienne ? Dites-le à un·e organisateur·rice du Focus. "
              "En attendant, voici le programme : /evenements.",
        "en": "Would you like this activity to come back? Tell a Le Focus organiser. "
              "Meanwhile, here is the programme: /events.",
    },
    "member_hint.editevent": {
        "fr": "Votre réponse, vous pouvez la changer : /participer {id} oui (ou peut-être, ou "
              "non). Une erreur dans l'événement ? Prévenez un·e organisateur·rice.",
        "en": "You can change your own answer: /rsvp {id} going (or maybe, or no). Spotted a "
              "mistake in the event? Tell an organiser.",
    },
    "member_hint.closesignups": {
        "fr": "Les inscriptions sont gérées par l'équipe du Focus. Votre réponse, vous pouvez la "
              "changer : /participer {id} oui (ou peut-être, ou non).",
        "en": "Sign-ups are managed by the Le Focus team. You can change your own answer: "
              "/rsvp {id} going (or maybe, or no).",
    },
    "member_hint.cancelevent": {
        "fr": "Si vous ne pouvez plus venir, répondez non : /participer {id} non. Votre place "
              "sera libérée pour quelqu'un d'autre.",
        "en": "If you can't come any more, answer no: /rsvp {id} no. Your seat will go to "
              "someone else.",
    },
}
