"""Words of the rsvp feature: answers, waitlist, guests, a member's list, the attendee list."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- commands and their parameters -----------------------------------------------------
    "help.rsvp": {"fr": "répondre à un événement (avec vos invité·e·s)",
                  "en": "answer an event (with your guests)"},
    "help.myevents": {"fr": "vos inscriptions", "en": "your answers"},
    "help.attendees": {"fr": "la liste des participant·e·s (et un fichier CSV)",
                       "en": "the attendee list (and a CSV file)"},
    "example.rsvp": {"fr": "ex. /participer 12 oui +2", "en": "e.g. /rsvp 12 going +2"},
    "example.attendees": {"fr": "ex. /participants 12", "en": "e.g. /attendees 12"},
    "help.message": {"fr": "un message privé aux participant·e·s d'un événement",
                     "en": "a private message to an event's attendees"},
    "example.message": {"fr": "ex. /ecrire 12 On commence à 19h45 ! (ou /message)",
                        "en": "e.g. /message 12 We start at 7:45 pm!"},
    "optdesc.message.event": {"fr": "Numéro de l'événement (tapez pour chercher par titre)",
                              "en": "Event number (type to search by title)"},
    "optdesc.message.text": {
        "fr": "Le message, envoyé en privé aux inscrit·e·s et à la liste d'attente",
        "en": "The message, sent privately to those going and on the waitlist",
    },
    "param.answer": {"fr": "réponse", "en": "answer"},
    "param.guests": {"fr": "invités", "en": "guests"},
    "optdesc.rsvp.event": {"fr": "Numéro de l'événement (tapez pour chercher par titre)",
                           "en": "Event number (type to search by title)"},
    "optdesc.rsvp.answer": {"fr": "Votre réponse (par défaut : je viens)",
                            "en": "Your answer (default: going)"},
    "optdesc.rsvp.guests": {"fr": "Personnes que vous amenez en plus de vous",
                            "en": "People you bring besides yourself"},
    "optdesc.attendees.event": {"fr": "Numéro de l'événement (tapez pour chercher par titre)",
                                "en": "Event number (type to search by title)"},
    "word.answer.going": {"fr": "oui", "en": "going"},
    "word.answer.maybe": {"fr": "peut-être", "en": "maybe"},
    "word.answer.no": {"fr": "non", "en": "no"},
    "choice.answer.going": {"fr": "Je viens", "en": "Going"},
    "choice.answer.maybe": {"fr": "Peut-être", "en": "Maybe"},
    "choice.answer.no": {"fr": "Je ne viens pas", "en": "Not going"},
    # -- errors ----------------------------------------------------------------------------
    "error.bad_choice": {
        "fr": "« {value} » : répondez par oui, peut-être ou non.",
        "en": "\"{value}\": answer going, maybe or no.",
    },
    "error.bad_guests": {
        "fr": "« {value} » : indiquez le nombre d'accompagnant·e·s entre +0 et +{max}.",
        "en": "\"{value}\": give the number of guests, from +0 to +{max}.",
    },
    "error.event_cancelled": {
        "fr": "« {title} » (#{id}) est annulé : les réponses sont fermées.",
        "en": "\"{title}\" (#{id}) is cancelled: answers are closed.",
    },
    "error.rsvp_closed": {
        "fr": "« {title} » (#{id}) a déjà commencé : les réponses sont fermées.",
        "en": "\"{title}\" (#{id}) has already started: answers are closed.",
    },
    "error.signups_closed": {
        "fr": "Les inscriptions à « {title} » (#{id}) sont fermées : pas de nouvelle place. "
              "Vous pouvez toujours répondre « peut-être » ou « non ».",
        "en": "Sign-ups for \"{title}\" (#{id}) are closed: no new seats. You can still "
              "answer \"maybe\" or \"no\".",
    },
    "error.guests_without_rsvp": {
        "fr": "Répondez d'abord « Je viens » à l'événement #{id}, puis ajoutez vos invité·e·s.",
        "en": "First answer \"Going\" to event #{id}, then add your guests.",
    },
    # -- answers ---------------------------------------------------------------------------
    "rsvp.left": {"fr": " ({taken}/{capacity} places prises)",
                  "en": " ({taken}/{capacity} seats taken)"},
    "rsvp.going": {
        "fr": "C'est noté : vous êtes inscrit·e à « {title} » (#{id}) pour {seats:# place|# "
              "places}.{left}",
        "en": "Done: you are going to \"{title}\" (#{id}) with {seats:# seat|# seats}."
              "{left}",
    },
    "rsvp.waitlisted": {
        "fr": "« {title} » (#{id}) est complet : vous êtes en liste d'attente, position "
              "{position}, pour {seats:# place|# places}. Vous serez prévenu·e si une place se "
              "libère.",
        "en": "\"{title}\" (#{id}) is full: you are on the waitlist, position {position}, for "
              "{seats:# seat|# seats}. You will be told if a seat frees up.",
    },
    "rsvp.maybe": {"fr": "C'est noté : peut-être pour « {title} » (#{id}).",
                   "en": "Noted: maybe for \"{title}\" (#{id})."},
    "rsvp.no": {"fr": "C'est noté : vous ne venez pas à « {title} » (#{id}).",
                "en": "Noted: you are not going to \"{title}\" (#{id})."},
    "rsvp.kept": {
        "fr": "Il ne reste pas assez de places pour plus d'invité·e·s à « {title} » (#{id}) : "
              "vous gardez {seats:votre place|vos # places}.{left}",
        "en": "Not enough seats left for more guests at \"{title}\" (#{id}): you keep your "
              "{seats:seat|# seats}.{left}",
    },
    "toast.going": {"fr": "Inscrit·e : {seats:# place|# places}.{left}",
                    "en": "Going: {seats:# seat|# seats}.{left}"},
    "toast.waitlisted": {"fr": "Liste d'attente : position {position}",
                         "en": "Waitlist: position {position}"},
    "toast.maybe": {"fr": "Noté : peut-être", "en": "Noted: maybe"},
    "toast.no": {"fr": "Noté : vous ne venez pas", "en": "Noted: not going"},
    "toast.kept": {"fr": "Plus assez de places : vous gardez {seats:# place|# places}.",
                   "en": "No more seats: you keep {seats:# seat|# seats}."},
    # -- a member's own list ---------------------------------------------------------------
    "myevents.header": {"fr": "Vos prochains événements :", "en": "Your upcoming events:"},
    "myevents.none": {
        "fr": "Vous n'êtes inscrit·e à aucun événement à venir. /evenements pour voir le "
              "programme.",
        "en": "You have no upcoming events. /events shows the programme.",
    },
    "myevents.going": {"fr": "inscrit·e, {seats:# place|# places}",
                       "en": "going, {seats:# seat|# seats}"},
    "myevents.waitlisted": {"fr": "liste d'attente, position {position}",
                            "en": "waitlist, position {position}"},
    "myevents.maybe": {"fr": "peut-être", "en": "maybe"},
    "myevents.no": {"fr": "ne vient pas", "en": "not going"},
    # -- attendees -------------------------------------------------------------------------
    "attendees.header": {"fr": "Participant·e·s de #{id} « {title} »",
                         "en": "Attendees of #{id} \"{title}\""},
    "attendees.going": {"fr": "Viennent : {count:# personne|# personnes}, {seats}/{capacity} "
                              "places",
                        "en": "Going: {count:# person|# people}, {seats}/{capacity} seats"},
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
    # -- a message to the attendees ---------------------------------------------------------
    "message.sent": {
        "fr": "Message envoyé en privé à {count:# personne|# personnes} (inscrites et en liste "
              "d'attente de « {title} », #{id}), chacune sur sa plateforme.",
        "en": "Message sent privately to {count:# person|# people} (going to or waiting for "
              "\"{title}\", #{id}), each on their own platform.",
    },
    "message.none": {
        "fr": "Personne n'est inscrit·e ni en liste d'attente pour « {title} » (#{id}) : aucun "
              "message envoyé.",
        "en": "Nobody is going to or waiting for \"{title}\" (#{id}): no message sent.",
    },
    "message.cancelled": {
        "fr": "« {title} » (#{id}) est annulé et tout le monde a été prévenu : aucun message "
              "envoyé.",
        "en": "\"{title}\" (#{id}) is cancelled and everyone was told: no message sent.",
    },
    "notify.message": {
        "fr": "✉️ Message de l'équipe du Focus ({name}) pour « {title} » (#{id}, {when}) :\n"
              "{text}",
        "en": "✉️ Message from the Le Focus team ({name}) about \"{title}\" (#{id}, {when}):\n"
              "{text}",
    },
    # -- what a member reads after typing an organiser command (slice D) --------------------
    "member_hint.message": {
        "fr": "Seule l'équipe du Focus écrit aux participant·e·s. Une question ? /faq, ou "
              "demandez à un·e organisateur·rice. L'événement : /evenement {id}.",
        "en": "Only the Le Focus team writes to attendees. A question? /faq, or ask an "
              "organiser. The event: /event {id}.",
    },
    "member_hint.attendees": {
        "fr": "Les places prises et restantes sont sur la carte de l'événement : /evenement "
              "{id}.",
        "en": "The seats taken and left are on the event's card: /event {id}.",
    },
}
