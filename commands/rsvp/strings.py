"""Words of the rsvp feature: answers, waitlist, guests and named children, a member's list,
the attendee list, people registered by phone or at the desk."""

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
                        "en": "e.g. /message 12 We start at 19:45!"},
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
    "param.children": {"fr": "enfants", "en": "children"},
    "optdesc.rsvp.children": {
        "fr": "Prénoms des enfants qui viennent, âge facultatif : Tom, Zoé (8-11)",
        "en": "First names of the children coming, age optional: Tom, Zoe (8-11)",
    },
    "help.addattendee": {
        "fr": "inscrire quelqu'un par téléphone ou à l'accueil (nom, places, note)",
        "en": "register someone by phone or at the desk (name, seats, note)",
    },
    "example.addattendee": {"fr": "ex. /inscrire 12 Mme Martin 3 tél.",
                            "en": "e.g. /addattendee 12 Mrs Martin 3 phone"},
    "help.removeattendee": {"fr": "retirer la réponse de quelqu'un (accueil ou membre)",
                            "en": "remove someone's answer (desk entry or member)"},
    "example.removeattendee": {"fr": "ex. /retirer 12 Mme Martin",
                               "en": "e.g. /removeattendee 12 Mrs Martin"},
    "param.entry": {"fr": "personne", "en": "person"},
    "param.who": {"fr": "nom", "en": "name"},
    "optdesc.addattendee.event": {"fr": "Numéro de l'événement (tapez pour chercher par titre)",
                                  "en": "Event number (type to search by title)"},
    "optdesc.addattendee.entry": {
        "fr": "Nom, puis places (1 par défaut), puis une note : Mme Martin 3 tél.",
        "en": "Name, then seats (1 by default), then a note: Mrs Martin 3 phone",
    },
    "optdesc.removeattendee.event": {
        "fr": "Numéro de l'événement (tapez pour chercher par titre)",
        "en": "Event number (type to search by title)",
    },
    "optdesc.removeattendee.who": {"fr": "Le nom tel qu'il figure sur /participants",
                                   "en": "The name as /attendees shows it"},
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
    # Discord's « reponse » option holding who comes too (« chaud +1 »): the answer alone.
    "error.answer_with_company": {
        "fr": "« {value} » : ici, seulement la réponse (Je viens, Peut-être ou Je ne viens "
              "pas) ; qui vient avec vous se met à part : leur nombre dans « invités », les "
              "prénoms des enfants dans « enfants ».",
        "en": "\"{value}\": only the answer here (Going, Maybe or Not going); who comes with "
              "you goes on its own: how many in \"guests\", children's first names in "
              "\"children\".",
    },
    "error.two_answers": {
        "fr": "Deux réponses à la fois : « {first} » et « {second} ». Gardez-en une seule.",
        "en": "Two answers at once: \"{first}\" and \"{second}\". Keep just one.",
    },
    "error.bad_guests": {
        "fr": "« {value} » : indiquez le nombre d'accompagnant·e·s entre +0 et +{max}.",
        "en": "\"{value}\": give the number of guests, from +0 to +{max}.",
    },
    "error.event_cancelled": {
        "fr": "« {title} » (#{id}) est annulé : les réponses sont fermées.",
        "en": "\"{title}\" (#{id}) is cancelled: answers are closed.",
    },
    # An old card pressed (or an answer typed) once the event is over: its card reads
    # « Terminé » (`bot.cards.is_over`), « a déjà commencé » would not be true.
    "error.rsvp_over": {
        "fr": "C'est terminé pour « {title} » (#{id}) : les réponses sont fermées.",
        "en": "\"{title}\" (#{id}) is over: answers are closed.",
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
    "error.no_guest_to_remove": {
        "fr": "Aucun·e invité·e à retirer : vous n'êtes pas inscrit·e à l'événement #{id}.",
        "en": "No guest to remove: you are not going to event #{id}.",
    },
    "error.bad_child_name": {
        "fr": "« {value} » : un prénom seulement (lettres, espace, apostrophe ou trait "
              "d'union), séparés par des virgules, ex. Tom, Zoé (8-11).",
        "en": "\"{value}\": a first name only (letters, space, apostrophe or hyphen), "
              "separated by commas, e.g. Tom, Zoe (8-11).",
    },
    "error.child_name_too_long": {
        "fr": "« {value}… » : un prénom de {max} caractères au plus, séparés par des "
              "virgules, ex. Tom, Zoé (8-11).",
        "en": "\"{value}…\": a first name of at most {max} characters, separated by commas, "
              "e.g. Tom, Zoe (8-11).",
    },
    "error.bad_age_band": {
        "fr": "« {value} » : l'âge est facultatif ; si vous le donnez, en chiffres entre "
              "parenthèses après le prénom, ex. Zoé (8-11) ou Tom (6 ans).",
        "en": "\"{value}\": the age is optional; if you give it, in figures in brackets "
              "after the first name, e.g. Zoe (8-11) or Tom (6).",
    },
    "error.too_many_children": {
        "fr": "{count} prénoms : {max} enfants au plus par réponse.",
        "en": "{count} names: at most {max} children per answer.",
    },
    "error.children_need_answer": {
        "fr": "« {value} » : répondez par oui, peut-être ou non. Pour nommer des enfants : "
              "/participer {id} oui Tom, Zoé",
        "en": "\"{value}\": answer going, maybe or no. To name children: /rsvp {id} yes Tom, "
              "Zoe",
    },
    "error.children_need_going": {
        "fr": "Les prénoms des enfants vont avec « oui » : /participer {id} oui Tom, Zoé",
        "en": "Children's first names go with \"yes\": /rsvp {id} yes Tom, Zoe",
    },
    "error.guests_twice": {
        "fr": "+{guests} puis « {value} » : indiquez un seul +N, le nombre total "
              "d'accompagnant·e·s. Pour {total} : /participer {id} oui +{total}",
        "en": "+{guests} then \"{value}\": type only one +N, the total number of guests. "
              "For {total}: /rsvp {id} yes +{total}",
    },
    "error.counts_differ": {
        "fr": "Vous indiquez +{guests}, mais vos mots comptent {counted:# personne|# "
              "personnes} avec vous : rien n'est réservé. Pour {counted:# invité·e|# "
              "invité·e·s} : /participer {id} oui +{counted}",
        "en": "You typed +{guests}, but your words count {counted:# person|# people} with "
              "you: nothing is booked. For {counted:# guest|# guests}: /rsvp {id} yes "
              "+{counted}",
    },
    "error.children_more_than_guests": {
        "fr": "Vous nommez {count:# enfant|# enfants} mais indiquez +{guests} : le + compte "
              "toutes les personnes en plus de vous. Les enfants et {guests:# autre "
              "personne|# autres personnes} : /participer {id} oui +{total} suivi des "
              "prénoms ; les enfants seulement : enlevez le +{guests} (les prénoms fixent "
              "alors le nombre d'invité·e·s).",
        "en": "You name {count:# child|# children} but typed +{guests}: the + counts everyone "
              "besides you. The children and {guests:# other person|# other people}: /rsvp "
              "{id} yes +{total} then the names; the children only: leave out +{guests} (the "
              "names then set the guests).",
    },
    "error.desk_name_missing": {
        "fr": "Il manque le nom de la personne à inscrire, ex. /inscrire 12 Mme Martin 3 tél.",
        "en": "The name of the person to register is missing, e.g. /addattendee 12 Mrs "
              "Martin 3 phone",
    },
    "error.bad_desk_name": {
        "fr": "« {value} » : un nom seulement ({max} caractères au plus, lettres, espace, "
              "point, apostrophe ou trait d'union), ex. Mme Martin.",
        "en": "\"{value}\": a name only (at most {max} characters: letters, space, dot, "
              "apostrophe or hyphen), e.g. Mrs Martin.",
    },
    "error.bad_desk_seats": {
        "fr": "« {value} » : le nombre de places va de 1 à {max}.",
        "en": "\"{value}\": the number of seats goes from 1 to {max}.",
    },
    "error.desk_note_too_long": {
        "fr": "La note fait {length} caractères : {max} au plus.",
        "en": "The note is {length} characters long: {max} at most.",
    },
    # -- on Discord (slash command, buttons): the choices as shown, the options to fill -----
    # `{line}` is the slash command with its options (`handlers.slash_line`).
    "rsvp.sample_names": {"fr": "Tom, Zoé", "en": "Tom, Zoe"},
    "error.children_need_going.discord": {
        "fr": "Les prénoms des enfants vont avec la réponse « Je viens » : {line}",
        "en": "Children's first names go with the answer \"Going\": {line}",
    },
    "error.signups_closed.discord": {
        "fr": "Les inscriptions à « {title} » (#{id}) sont fermées : pas de nouvelle place. "
              "Vous pouvez toujours répondre « Peut-être » ou « Je ne viens pas ».",
        "en": "Sign-ups for \"{title}\" (#{id}) are closed: no new seats. You can still "
              "answer \"Maybe\" or \"Not going\".",
    },
    "error.guests_twice.discord": {
        "fr": "{guests:# invité·e|# invité·e·s} puis « {value} » : indiquez seulement le "
              "nombre total d'accompagnant·e·s. Pour {total} : {line}",
        "en": "{guests:# guest|# guests} then \"{value}\": give only the total number of "
              "guests. For {total}: {line}",
    },
    "error.counts_differ.discord": {
        "fr": "Vous indiquez {guests:# invité·e|# invité·e·s}, mais vos mots comptent "
              "{counted:# personne|# personnes} avec vous : rien n'est réservé. Pour "
              "{counted:# invité·e|# invité·e·s} : {line}",
        "en": "You gave {guests:# guest|# guests}, but your words count {counted:# person|# "
              "people} with you: nothing is booked. For {counted:# guest|# guests}: {line}",
    },
    "error.children_more_than_guests.discord": {
        "fr": "Vous nommez {count:# enfant|# enfants} mais indiquez {guests:# invité·e|# "
              "invité·e·s} : donnez autant de prénoms que d'invité·e·s au plus, ou laissez "
              "le nombre d'invité·e·s vide (les prénoms le fixent alors).",
        "en": "You name {count:# child|# children} but gave {guests:# guest|# guests}: give "
              "at most as many names as guests, or leave the number of guests empty (the "
              "names then set it).",
    },
    "rsvp.ask.with_you.discord": {
        "fr": "« {words} » : en vous comptant ? Rien n'est réservé pour l'instant. Si vous êtes "
              "{seats} en tout : {line} ; si vous venez en plus : {more_line}",
        "en": "\"{words}\": including you? Nothing is booked yet. If you are {seats} in all: "
              "{line}; if they come besides you: {more_line}",
    },
    "rsvp.ask.how_many.discord": {
        "fr": "« {words} » : combien de personnes viennent avec vous ? Rien n'est réservé "
              "pour l'instant. Par exemple avec 2 enfants : {line}, ou avec leurs prénoms : "
              "{names_line}",
        "en": "\"{words}\": how many people come with you? Nothing is booked yet. For "
              "example with 2 children: {line}, or with their names: {names_line}",
    },
    "rsvp.ask.remark.discord": {
        "fr": "« {words} » : je ne lis dans « enfants » que des prénoms ou un nombre. Rien "
              "n'est réservé pour l'instant. Laissez « enfants » vide pour venir seul·e, ou "
              "par exemple avec 2 enfants : {line}",
        "en": "\"{words}\": I only read first names or a number in \"children\". Nothing is "
              "booked yet. Leave \"children\" empty to come alone, or for example with 2 "
              "children: {line}",
    },
    "rsvp.ask.one_or_two.discord": {
        "fr": "« {words} » : un seul enfant, ou plusieurs ? Rien n'est réservé pour l'instant. "
              "Plusieurs enfants : {line} ; un prénom composé : {joined_line}",
        "en": "\"{words}\": one child, or more? Nothing is booked yet. Several children: "
              "{line}; a double first name: {joined_line}",
    },
    # -- answers ---------------------------------------------------------------------------
    "rsvp.left": {"fr": " ({taken}/{capacity} places prises)",
                  "en": " ({taken}/{capacity} seats taken)"},
    # « (1/1 places prises) » read wrong: a full event says so.
    "rsvp.left_full": {"fr": " (complet : {taken}/{capacity})",
                       "en": " (full: {taken}/{capacity})"},
    # Seats lowered below those booked: « complet : 4/2 » reads as a typo (as on the card).
    "rsvp.left_over": {"fr": " (complet : {taken} places prises pour {capacity})",
                       "en": " (full: {taken} seats taken for {capacity})"},
    # Words that leave the number of seats open: asked, nothing booked.
    "rsvp.ask.with_you": {
        "fr": "« {words} » : en vous comptant ? Rien n'est réservé pour l'instant. Si vous êtes "
              "{seats} en tout : /participer {id} oui +{guests} ; si vous venez en plus : "
              "/participer {id} oui +{more}",
        "en": "\"{words}\": including you? Nothing is booked yet. If you are {seats} in all: "
              "/rsvp {id} yes +{guests}; if they come besides you: /rsvp {id} yes +{more}",
    },
    "rsvp.ask.how_many": {
        "fr": "« {words} » : combien de personnes viennent avec vous ? Rien n'est réservé "
              "pour l'instant. Par exemple avec 2 enfants : /participer {id} oui +2, ou avec "
              "leurs prénoms : /participer {id} oui {names}",
        "en": "\"{words}\": how many people come with you? Nothing is booked yet. For "
              "example with 2 children: /rsvp {id} yes +2, or with their names: /rsvp {id} "
              "yes {names}",
    },
    # « oui pour Léo seulement », "only Mia": the child without the parent? The bot books
    # the one answering and who comes with them; a child alone is the team's to say.
    "rsvp.ask.alone": {
        "fr": "« {words} » : votre enfant viendrait sans vous ? Je n'inscris que vous et qui "
              "vient avec vous ; pour un enfant seul, demandez d'abord à l'équipe du Focus. "
              "Rien n'est réservé pour l'instant. Si vous venez avec lui ou elle : "
              "/participer {id} oui +1",
        "en": "\"{words}\": would your child come without you? I only book you and who comes "
              "with you; for a child on their own, ask the Focus team first. Nothing is "
              "booked yet. If you come with them: /rsvp {id} yes +1",
    },
    # « moi je peux pas mais ma femme vient », "no but my husband will come": someone in
    # the member's place. Asked: a plain no gave the family's seat away.
    "rsvp.ask.instead": {
        "fr": "« {words} » : quelqu'un vient à votre place ? Rien n'est changé pour "
              "l'instant. Si cette personne vient (la place reste à votre nom) : "
              "/participer {id} oui ; si personne ne vient : /participer {id} non",
        "en": "\"{words}\": is someone coming in your place? Nothing is changed yet. If they "
              "come (the seat stays in your name): /rsvp {id} yes; if nobody comes: /rsvp "
              "{id} no",
    },
    "rsvp.ask.instead.discord": {
        "fr": "« {words} » : quelqu'un vient à votre place ? Rien n'est changé pour "
              "l'instant. Si cette personne vient (la place reste à votre nom) : /participer, "
              "la réponse « Je viens » ; si personne ne vient : la réponse « Je ne viens pas ».",
        "en": "\"{words}\": is someone coming in your place? Nothing is changed yet. If they "
              "come (the seat stays in your name): /rsvp, the answer \"Going\"; if nobody "
              "comes: the answer \"Not going\".",
    },
    "rsvp.ask.alone.discord": {
        "fr": "« {words} » : votre enfant viendrait sans vous ? Je n'inscris que vous et qui "
              "vient avec vous ; pour un enfant seul, demandez d'abord à l'équipe du Focus. "
              "Rien n'est réservé pour l'instant. Si vous venez avec lui ou elle : "
              "/participer, la réponse « Je viens » et 1 invité·e.",
        "en": "\"{words}\": would your child come without you? I only book you and who comes "
              "with you; for a child on their own, ask the Focus team first. Nothing is "
              "booked yet. If you come with them: /rsvp, the answer \"Going\" and 1 guest.",
    },
    # « oui mais en retard », « oui je te redis »: a remark, no people in it. Asked (a
    # parent writing « oui on vient avec tom » must not find one seat at the door).
    "rsvp.ask.remark": {
        "fr": "« {words} » : je ne lis que la réponse et qui vient avec vous. Rien n'est "
              "réservé pour l'instant. Seul·e : /participer {id} oui ; avec 2 enfants : "
              "/participer {id} oui +2 (ou leurs prénoms : /participer {id} oui {names})",
        "en": "\"{words}\": I only read the answer and who comes with you. Nothing is booked "
              "yet. Alone: /rsvp {id} yes; with 2 children: /rsvp {id} yes +2 (or their names: "
              "/rsvp {id} yes {names})",
    },
    "rsvp.ask.one_or_two": {
        "fr": "« {words} » : un seul enfant, ou plusieurs ? Rien n'est réservé pour l'instant. "
              "Plusieurs enfants : /participer {id} oui {split} ; un prénom composé : "
              "/participer {id} oui {joined}",
        "en": "\"{words}\": one child, or more? Nothing is booked yet. Several children: "
              "/rsvp {id} yes {split}; a double first name: /rsvp {id} yes {joined}",
    },
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
    "rsvp.waitlisted_group": {
        "fr": "Si des places se libèrent sans suffire pour vos {seats} places, elles vont aux "
              "personnes suivantes qui y tiennent : vous gardez votre position et passez dès "
              "qu'il y a assez de place (ou venez avec moins de monde grâce au bouton ➖).",
        "en": "If seats free up but not enough for your {seats}, they go to the next people "
              "who fit: you keep your position and go in as soon as there is room (or come "
              "with fewer using the ➖ button).",
    },
    "toast.going": {"fr": "Inscrit·e : {seats:# place|# places}.{left}",
                    "en": "Going: {seats:# seat|# seats}.{left}"},
    "toast.waitlisted": {"fr": "Liste d'attente : position {position}",
                         "en": "Waitlist: position {position}"},
    # Waiting with guests: the card's « 1 libre » must not read as a mistake.
    "toast.waitlisted_party": {"fr": "Liste d'attente : position {position}, pour {seats} "
                                     "places (il en faut {seats} libres)",
                               "en": "Waitlist: position {position}, for {seats} seats "
                                     "({seats} must be free)"},
    "rsvp.maybe_guests": {
        "fr": "{guests:# invité·e n'est pas compté·e|# invité·e·s ne sont pas compté·e·s} "
              "avec « peut-être » : les places se réservent avec « oui ». Pour venir "
              "accompagné·e : /participer {id} oui +{guests}",
        "en": "{guests:# guest is not counted|# guests are not counted} with \"maybe\": "
              "seats are booked with \"yes\". To come with them: /rsvp {id} yes +{guests}",
    },
    "rsvp.maybe_guests.discord": {
        "fr": "{guests:# invité·e n'est pas compté·e|# invité·e·s ne sont pas compté·e·s} "
              "avec « Peut-être » : les places se réservent avec « Je viens ». Pour venir "
              "accompagné·e : {line}",
        "en": "{guests:# guest is not counted|# guests are not counted} with \"Maybe\": "
              "seats are booked with \"Going\". To come with them: {line}",
    },
    "toast.maybe": {"fr": "Noté : peut-être", "en": "Noted: maybe"},
    # « Peut-être » after a seat or a waitlist place: what was given up, said.
    "toast.maybe_after_going": {"fr": "— votre place est libérée (« peut-être » n'en garde pas)",
                                "en": "— your seat is freed (\"maybe\" keeps none)"},
    "toast.maybe_after_waitlisted": {
        "fr": "— vous quittez la liste d'attente (« peut-être » ne garde pas de place)",
        "en": "— you left the waitlist (\"maybe\" keeps no place)"},
    "rsvp.maybe_after_going": {
        "fr": "{seats:Votre place est libérée|Vos # places sont libérées} : « peut-être » ne "
              "garde pas de place, elle peut aller à quelqu'un d'autre. Si vous venez "
              "finalement : /participer {id} oui (s'il reste de la place).",
        "en": "Your {seats:seat is|# seats are} freed: \"maybe\" keeps no seat, it may go "
              "to someone else. If you come after all: /rsvp {id} going (if seats are left)."},
    "rsvp.maybe_after_going.discord": {
        "fr": "{seats:Votre place est libérée|Vos # places sont libérées} : « peut-être » ne "
              "garde pas de place, elle peut aller à quelqu'un d'autre. Si vous venez "
              "finalement : « Je viens » (s'il reste de la place).",
        "en": "Your {seats:seat is|# seats are} freed: \"maybe\" keeps no seat, it may go "
              "to someone else. If you come after all: \"Going\" (if seats are left)."},
    "rsvp.maybe_after_waitlisted": {
        "fr": "Vous quittez la liste d'attente : « peut-être » n'y garde pas de place. Si "
              "vous venez finalement : /participer {id} oui, en dernière position.",
        "en": "You left the waitlist: \"maybe\" keeps no place there. If you come after "
              "all: /rsvp {id} going, at the end of the queue."},
    "rsvp.maybe_after_waitlisted.discord": {
        "fr": "Vous quittez la liste d'attente : « peut-être » n'y garde pas de place. Si "
              "vous venez finalement : « Je viens », en dernière position.",
        "en": "You left the waitlist: \"maybe\" keeps no place there. If you come after "
              "all: \"Going\", at the end of the queue."},
    # A parent booked on several dates presses it under a notice: which one, said.
    "toast.no": {"fr": "Noté : vous ne venez pas à « {title} » (#{id})",
                 "en": "Noted: not going to \"{title}\" (#{id})"},
    "toast.kept": {"fr": "Plus assez de places : vous gardez {seats:# place|# places}.",
                   "en": "No more seats: you keep {seats:# seat|# seats}."},
    # -- named children ----------------------------------------------------------------------
    "button.name_children": {"fr": "👧 Nommer les enfants", "en": "👧 Name the children"},
    "children.named_count": {
        "fr": "Enfants notés : {names}. {count:# prénom|# prénoms}, donc +{count} "
              "{count:invité·e|invité·e·s}.",
        "en": "Children noted: {names}. {count:# name|# names}, so +{count} "
              "{count:guest|guests}.",
    },
    "children.named": {"fr": "Enfants notés : {names}.", "en": "Children noted: {names}."},
    "children.named_twice": {
        "fr": "Un autre membre a déjà noté {names} pour cet événement. Si c'est {count:le même "
              "enfant|les mêmes enfants} (l'autre parent), {count:il compte|ils comptent} "
              "deux fois : un seul parent répond pour la famille. Pour {count:le|les} "
              "retirer de votre réponse : {line}",
        "en": "Another member already named {names} for this event. If {count:it is the same "
              "child|they are the same children} (the other parent), {count:they count|they "
              "count} twice: one parent answers for the family. To take {count:them|them} "
              "off your answer: {line}",
    },
    "children.named_some": {
        "fr": "Enfants notés : {names} ; {unnamed:# invité·e sans prénom|# invité·e·s sans "
              "prénom}.",
        "en": "Children noted: {names}; {unnamed:# guest|# guests} without a name.",
    },
    "children.private": {
        "fr": "Seule l'équipe du Focus voit ces prénoms ; ils sont effacés après l'événement "
              "(au plus tard le lendemain). /mesdonnees les montre ; /oubliemoi les efface "
              "(bouton « Seulement les prénoms » : vos places restent).",
        "en": "Only the Le Focus team sees these names; they are erased after the event (by "
              "the next day at the latest). /mydata shows them; /forgetme erases them (the "
              "\"Only the names\" button: your seats stay).",
    },
    "children.not_kept": {
        "fr": "Les prénoms n'ont pas été enregistrés : vous gardez vos places actuelles.",
        "en": "The names were not recorded: you keep your current seats.",
    },
    "children.dropped": {
        "fr": "Prénoms retirés de la liste : {names}.",
        "en": "Names taken off the list: {names}.",
    },
    "children.offer": {
        "fr": "Vous venez accompagné·e à « {title} » (#{id}). Des enfants ? Vous pouvez les "
              "nommer (facultatif) :",
        "en": "You are bringing someone to \"{title}\" (#{id}). Children? You may name them "
              "(optional):",
    },
    "children.form_title": {"fr": "Les prénoms de vos enfants",
                            "en": "Your children's first names"},
    "children.form_field": {"fr": "Prénoms, séparés par des virgules",
                            "en": "First names, separated by commas"},
    "children.form_placeholder": {"fr": "Tom, Zoé (8-11) : l'âge est facultatif",
                                  "en": "Tom, Zoe (8-11): the age is optional"},
    "children.form_too_many": {
        "fr": "{count:# prénom|# prénoms} pour +{guests} {guests:invité·e|invité·e·s} : "
              "{guests:# prénom|# prénoms} au plus. Pour venir avec plus de monde, ajoutez "
              "d'abord des invité·e·s (➕ sur la carte).",
        "en": "{count:# name|# names} for +{guests} {guests:guest|guests}: "
              "{guests:# name|# names} at most. To come with more people, add guests first "
              "(➕ on the card).",
    },
    "children.form_no_guests": {
        "fr": "Vous venez sans invité·e à « {title} » (#{id}) : ajoutez d'abord vos invité·e·s "
              "(➕ sur la carte), puis nommez les enfants.",
        "en": "You are going to \"{title}\" (#{id}) without guests: add your guests first "
              "(➕ on the card), then name the children.",
    },
    "children.no_answer": {
        "fr": "Pour nommer des enfants, répondez d'abord « Je viens » avec vos invité·e·s à "
              "« {title} » (#{id}).",
        "en": "To name children, first answer \"Going\" with your guests to \"{title}\" "
              "(#{id}).",
    },
    "children.none_named": {
        "fr": "Aucun prénom pour « {title} » (#{id}) : vos invité·e·s restent compté·e·s, "
              "sans prénom.",
        "en": "No names for \"{title}\" (#{id}): your guests are still counted, without "
              "names.",
    },
    "children.toast": {"fr": "👧 Voici la ligne à taper pour nommer vos enfants.",
                       "en": "👧 Here is the line to type to name your children."},
    "children.line": {"fr": "/participer {id} oui +{guests} {names}",
                      "en": "/rsvp {id} yes +{guests} {names}"},
    "children.line_alone": {"fr": "/participer {id} oui", "en": "/rsvp {id} yes"},
    "children.how": {
        "fr": "Pour nommer vos enfants (facultatif) pour « {title} » (#{id}), tapez cette "
              "ligne en remplaçant les prénoms d'exemple par les leurs :\n{line}\nPrénoms "
              "seulement, séparés par des virgules ; l'âge aussi est facultatif, entre "
              "parenthèses : Zoé (8-11). Seule l'équipe du Focus les voit, et ils sont effacés "
              "après l'événement (au plus tard le lendemain) ; /mesdonnees les montre, "
              "/oubliemoi les efface (bouton « Seulement les prénoms » : vos places "
              "restent).",
        "en": "To name your children (optional) for \"{title}\" (#{id}), type this line with "
              "their first names instead of the examples:\n{line}\nFirst names only, "
              "separated by commas; the age is optional too, in brackets: Zoe (8-11). Only "
              "the Le Focus team sees them, and they are erased after the event (by the next "
              "day at the latest); /mydata shows them, /forgetme erases them (the \"Only "
              "the names\" button: your seats stay).",
    },
    "notify.passed_over": {
        "fr": "Des places se sont libérées pour « {title} » (#{id}), mais pas assez pour vos "
              "{seats} places : elles sont allées aux personnes suivantes de la liste "
              "d'attente qui y tenaient. Vous restez en position {position} et passez "
              "dès que {seats} places sont libres. Moins de places vous suffisent ? Le "
              "bouton ➖ de la carte, ou /participer {id} oui +{fewer}",
        "en": "Seats freed up for \"{title}\" (#{id}), but not enough for your {seats}: "
              "they went to the next people on the waitlist who fit. You stay in position "
              "{position} and go in as soon as {seats} seats are free. Fewer seats would "
              "do? The card's ➖ button, or /rsvp {id} yes +{fewer}",
    },
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
    # Waiting with guests: for how many (a single behind may go first, `rsvp.waitlisted_group`).
    "myevents.waitlisted_party": {"fr": "liste d'attente, position {position}, pour {seats} "
                                        "places",
                                  "en": "waitlist, position {position}, for {seats} seats"},
    "myevents.maybe": {"fr": "peut-être", "en": "maybe"},
    "myevents.no": {"fr": "vous ne venez pas", "en": "not going"},
    # -- attendees -------------------------------------------------------------------------
    "attendees.header": {"fr": "Participant·e·s de #{id} « {title} »",
                         "en": "Attendees of #{id} \"{title}\""},
    "attendees.going": {"fr": "Viennent : {count:# personne|# personnes}, {seats}/{capacity} "
                              "places",
                        "en": "Going: {count:# person|# people}, {seats}/{capacity} seats"},
    "attendees.going_over": {"fr": "Viennent : {count:# personne|# personnes}, {seats} places "
                                   "prises pour {capacity} (places réduites après coup ; "
                                   "personne n'est désinscrit)",
                             "en": "Going: {count:# person|# people}, {seats} seats taken for "
                                   "{capacity} (seats lowered since; nobody is removed)"},
    "attendees.maybe": {"fr": "Peut-être : {count}", "en": "Maybe: {count}"},
    "attendees.waitlist": {"fr": "Liste d'attente : {count}", "en": "Waitlist: {count}"},
    "attendees.children": {"fr": "enfants : {names}", "en": "children: {names}"},
    "attendees.desk": {"fr": "par l'accueil", "en": "at the desk"},
    "attendees.erased": {
        "fr": "Les prénoms des enfants et les inscriptions faites à l'accueil ont été effacés "
              "après l'événement ; les chiffres restent dans /bilan.",
        "en": "The children's first names and the entries made at the desk were erased after "
              "the event; the figures stay in /report.",
    },
    "csv.children": {"fr": "enfants", "en": "children"},
    "csv.note": {"fr": "note", "en": "note"},
    "csv.platform_desk": {"fr": "accueil", "en": "desk"},
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
    # -- people registered by phone or at the desk ------------------------------------------
    "desk.added_going": {
        "fr": "C'est noté : {name} est inscrit·e à « {title} » (#{id}) pour {seats:# place|# "
              "places}.{left} Inscription par téléphone ou à l'accueil : aucun message ne lui "
              "sera envoyé, et son nom et la note sont effacés après l'événement.",
        "en": "Done: {name} is going to \"{title}\" (#{id}) with {seats:# seat|# seats}."
              "{left} Registered by phone or at the desk: no message will be sent to them, "
              "and their name and the note are erased after the event.",
    },
    "desk.added_waitlisted": {
        "fr": "« {title} » (#{id}) est complet : {name} est en liste d'attente, position "
              "{position}, pour {seats:# place|# places}. Aucun message ne lui sera envoyé : "
              "/participants {id} montre qui passe de la liste d'attente aux places.",
        "en": "\"{title}\" (#{id}) is full: {name} is on the waitlist, position {position}, "
              "for {seats:# seat|# seats}. No message will be sent to them: /attendees {id} "
              "shows who moves up from the waitlist.",
    },
    "desk.changed_going": {
        "fr": "{name} était déjà inscrit·e à « {title} » (#{id}) : c'est maintenant pour "
              "{seats:# place|# places}.{left}",
        "en": "{name} was already going to \"{title}\" (#{id}): it is now for "
              "{seats:# seat|# seats}.{left}",
    },
    "desk.changed_waitlisted": {
        "fr": "{name} était déjà inscrit·e à « {title} » (#{id}) : en liste d'attente, "
              "position {position}, maintenant pour {seats:# place|# places}.",
        "en": "{name} was already registered for \"{title}\" (#{id}): on the waitlist, "
              "position {position}, now for {seats:# seat|# seats}.",
    },
    "desk.changed_kept": {
        "fr": "{name} est déjà inscrit·e à « {title} » (#{id}) pour {seats:# place|# places} "
              ": il ne reste pas assez de places pour {asked}, rien n'a changé.{left}",
        "en": "{name} is already going to \"{title}\" (#{id}) with {seats:# seat|# seats}: "
              "there are not enough seats left for {asked}, nothing changed.{left}",
    },
    "desk.note_kept": {
        "fr": "La note « {note} » n'a pas été prise : elle se donne à la première inscription "
              "(pour la changer : /retirer {id}, puis /inscrire {id} avec la note).",
        "en": "The note \"{note}\" was not taken: it is given with the first registration "
              "(to change it: /removeattendee {id}, then /addattendee {id} with the note).",
    },
    "desk.choice_seats": {"fr": "{seats:# place|# places}", "en": "{seats:# seat|# seats}"},
    "desk.already_removed": {
        "fr": "Cette réponse à « {title} » (#{id}) a déjà été retirée. /participants {id} "
              "montre la liste.",
        "en": "This answer to \"{title}\" (#{id}) was already removed. /attendees {id} "
              "shows the list.",
    },
    "desk.signups_closed": {
        "fr": "Les inscriptions à « {title} » (#{id}) sont fermées. Pour inscrire quelqu'un "
              "quand même : /rouvrir {id}, puis /fermer {id}.",
        "en": "Sign-ups for \"{title}\" (#{id}) are closed. To register someone anyway: "
              "/reopensignups {id}, then /closesignups {id}.",
    },
    "desk.nobody": {
        "fr": "Personne ne s'appelle « {who} » parmi les réponses à « {title} » (#{id}). "
              "/participants {id} montre la liste.",
        "en": "Nobody called \"{who}\" has answered \"{title}\" (#{id}). /attendees {id} "
              "shows the list.",
    },
    "desk.nobody_mentioned": {
        "fr": "Le membre mentionné n'a pas répondu à « {title} » (#{id}) : rien à retirer. "
              "/participants {id} montre la liste.",
        "en": "The member you mentioned has not answered \"{title}\" (#{id}): nothing to "
              "remove. /attendees {id} shows the list.",
    },
    "desk.several": {
        "fr": "Plusieurs réponses à « {title} » (#{id}) correspondent à « {who} » : {names}. "
              "Touchez celle à retirer, ou tapez le nom complet, ex. /retirer {id} {example}",
        "en": "Several answers to \"{title}\" (#{id}) match \"{who}\": {names}. Tap the one "
              "to remove, or type the full name, e.g. /removeattendee {id} {example}",
    },
    "desk.removed": {
        "fr": "C'est fait : la réponse de {name} à « {title} » (#{id}) est retirée ; les "
              "places libérées vont à la liste d'attente.",
        "en": "Done: {name}'s answer to \"{title}\" (#{id}) is removed; freed seats go to "
              "the waitlist.",
    },
    "desk.erased": {
        "fr": "C'est fait : {name} et sa note sont effacés de « {title} » (#{id}). "
              "L'événement a commencé ou est annulé : aucune place n'est remise en jeu.",
        "en": "Done: {name} and their note are erased from \"{title}\" (#{id}). The event "
              "has started or is cancelled: no seats are given out again.",
    },
    "notify.removed": {
        "fr": "L'équipe du Focus a retiré votre réponse à « {title} » (#{id}), {when}. Une "
              "erreur ? Répondez de nouveau : /participer {id} oui",
        "en": "The Le Focus team removed your answer to \"{title}\" (#{id}), {when}. A "
              "mistake? Answer again: /rsvp {id} yes",
    },
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
