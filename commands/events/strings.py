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
    "help.newevent": {"fr": "créer un événement ; sans rien après, pas à pas avec un aperçu",
                      "en": "create an event; with nothing after it, step by step with a "
                            "preview"},
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
    # Discord takes options, not typed words.
    "events.footer.discord": {
        "fr": "Détails : /evenement numero · Réserver : /participer numero, ou les boutons "
              "d'une carte",
        "en": "Details: /event number · Book: /rsvp number, or a card's buttons",
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
    "newevent.twin": {
        "fr": "#{id} « {title} » existe déjà le {when} : rien de créé en double. Pour le "
              "voir : /evenement {id} ; pour le changer : /modifier {id}",
        "en": "#{id} \"{title}\" already exists on {when}: nothing created twice. To see "
              "it: /event {id}; to change it: /editevent {id}",
    },
    "duplicate.done": {
        "fr": "Copie de #{source} créée : événement #{id} « {title} », {when}. Les réponses ne "
              "sont pas copiées. Pour le publier : /annoncer {id}",
        "en": "Copy of #{source} created: event #{id} \"{title}\", {when}. Answers are not "
              "copied. To publish it: /announce {id}",
    },
    "newevent.small_hours": {
        "fr": "Attention : {time} du matin, dans la nuit de {eve} à {day}. Si vous vouliez "
              "l'après-midi : /modifier {id} heure {afternoon}",
        "en": "Note: {time} in the morning, in the night from {eve} to {day}. If you meant "
              "the afternoon: /edit {id} time {afternoon}",
    },
    "newevent.twice": {
        "fr": "Cette nuit-là, on passe à l'heure d'hiver et l'heure entre 2h et 3h a lieu deux "
              "fois : j'ai compris la première (encore à l'heure d'été, une heure avant la "
              "seconde).",
        "en": "That night clocks go back and the hour from 02:00 to 03:00 happens twice: I "
              "took the first one (still summer time, an hour before the second).",
    },
    "duplicate.told_before": {
        "fr": "Les personnes prévenues de l'annulation de #{source} ont déjà reçu la copie "
              "#{earlier} : elles ne sont pas prévenues de celle-ci.",
        "en": "The people told of #{source}'s cancellation already heard of the copy "
              "#{earlier}: they are not told of this one.",
    },
    "duplicate.told": {
        "fr": "{count:# personne prévenue|# personnes prévenues} de l'annulation de #{source} "
              "{count:a reçu|ont reçu} la nouvelle date, avec le bouton pour répondre à "
              "nouveau.",
        "en": "{count:# person|# people} told of #{source}'s cancellation {count:has|have} "
              "been sent the new date, with the button to answer again.",
    },
    "notify.rescheduled": {
        "fr": "Bonne nouvelle : « {title} » (#{source}), annulé, est de nouveau au programme : "
              "#{id}, {when}, {place}. Votre réponse n'a pas été gardée : répondez à nouveau "
              "avec le bouton ou /participer {id}.",
        "en": "Good news: \"{title}\" (#{source}), which was cancelled, is back on the "
              "programme: #{id}, {when}, {place}. Your answer was not kept: answer again with "
              "the button or /rsvp {id}.",
    },
    "duplicate.same_moment": {
        "fr": "#{id} « {title} » est déjà le {when} : une copie au même moment ferait deux "
              "événements pour une seule soirée. Pour la semaine suivante ({week_on}) : "
              "/dupliquer {id} {typed}",
        "en": "#{id} \"{title}\" is already on {when}: a copy at the same moment would make "
              "two events of one. For the week after ({week_on}): /duplicate {id} {typed}",
    },
    "duplicate.in_a_week": {
        "fr": "« {typed} » : à compter d'aujourd'hui, c'est le {from_today} ; à compter de "
              "#{id}, le {from_event}. Rien n'est créé. Pour la semaine après #{id} : "
              "/dupliquer {id} {event_line} ; pour une semaine après aujourd'hui : "
              "/dupliquer {id} {today_line}",
        "en": "\"{typed}\": from today, that is {from_today}; from #{id}, {from_event}. "
              "Nothing is created. For the week after #{id}: /duplicate {id} {event_line}; "
              "for a week from today: /duplicate {id} {today_line}",
    },
    "editevent.one_at_a_time": {
        "fr": "Une chose à la fois : rien n'est changé, personne n'est prévenu. Envoyez ces "
              "deux lignes, l'une après l'autre :\n/modifier {id} {first} {first_value}\n"
              "/modifier {id} {second} {second_value}",
        "en": "One change at a time: nothing is changed, nobody is told. Send these two "
              "lines, one after the other:\n/edit {id} {first} {first_value}\n"
              "/edit {id} {second} {second_value}",
    },
    "editevent.one_at_a_time.discord": {
        "fr": "Une chose à la fois : rien n'est changé, personne n'est prévenu. Relancez "
              "/modifier deux fois : champ « {first_label} », valeur « {first_value} », puis "
              "champ « {second_label} », valeur « {second_value} ».",
        "en": "One change at a time: nothing is changed, nobody is told. Run /edit twice: "
              "field \"{first_label}\", value \"{first_value}\", then field "
              "\"{second_label}\", value \"{second_value}\".",
    },
    "duplicate.same_day": {
        "fr": "Attention : « {title} » a déjà lieu ce jour-là ({others}). Si cette copie est "
              "en trop : /annuler {id}",
        "en": "Note: \"{title}\" is already on that day ({others}). If this copy is one too "
              "many: /cancelevent {id}",
    },
    "duplicate.same_day_one": {"fr": "#{id} à {clock}", "en": "#{id} at {clock}"},
    "editevent.beside_date_place": {
        "fr": "« {remark} » : le nouveau lieu aussi ? Rien n'est changé, personne n'est "
              "prévenu. Une chose à la fois : envoyez ces deux lignes, l'une après l'autre :\n"
              "/modifier {id} {first} {first_value}\n/modifier {id} {second} {second_value}",
        "en": "\"{remark}\": the new place too? Nothing is changed, nobody is told. One change "
              "at a time: send these two lines, one after the other:\n"
              "/edit {id} {first} {first_value}\n/edit {id} {second} {second_value}",
    },
    "editevent.beside_date_place.discord": {
        "fr": "« {remark} » : le nouveau lieu aussi ? Rien n'est changé, personne n'est "
              "prévenu. Une chose à la fois : relancez /modifier deux fois : champ "
              "« {first_label} », valeur « {first_value} », puis champ « {second_label} », "
              "valeur « {second_value} ».",
        "en": "\"{remark}\": the new place too? Nothing is changed, nobody is told. One change "
              "at a time: run /edit twice: field \"{first_label}\", value \"{first_value}\", "
              "then field \"{second_label}\", value \"{second_value}\".",
    },
    "editevent.beside_date_description": {
        "fr": "« {remark} » : pour la description ? Rien n'est changé, personne n'est "
              "prévenu. Une chose à la fois : envoyez ces deux lignes, l'une après l'autre :\n"
              "/modifier {id} {first} {first_value}\n/modifier {id} {second} {second_value}",
        "en": "\"{remark}\": for the description? Nothing is changed, nobody is told. One "
              "change at a time: send these two lines, one after the other:\n"
              "/edit {id} {first} {first_value}\n/edit {id} {second} {second_value}",
    },
    "editevent.beside_date_description.discord": {
        "fr": "« {remark} » : pour la description ? Rien n'est changé, personne n'est "
              "prévenu. Une chose à la fois : relancez /modifier deux fois : champ "
              "« {first_label} », valeur « {first_value} », puis champ « {second_label} », "
              "valeur « {second_value} ».",
        "en": "\"{remark}\": for the description? Nothing is changed, nobody is told. One "
              "change at a time: run /edit twice: field \"{first_label}\", value "
              "\"{first_value}\", then field \"{second_label}\", value \"{second_value}\".",
    },
    "editevent.done": {
        "fr": "Événement #{id} modifié : {field} → {value}",
        "en": "Event #{id} updated: {field} → {value}",
    },
    "editevent.told": {
        "fr": "{count:# personne prévenue|# personnes prévenues} en privé.",
        "en": "{count:# person|# people} notified privately.",
    },
    "cancelevent.done_nobody": {
        "fr": "Événement #{id} « {title} » annulé. Personne n'y avait répondu : aucun message "
              "n'est parti.",
        "en": "Event #{id} \"{title}\" cancelled. Nobody had answered it: no message went "
              "out.",
    },
    "editevent.nobody_answered": {
        "fr": "Personne n'y a répondu : aucun message n'est parti.",
        "en": "Nobody answered it: no message went out.",
    },
    "editevent.not_told": {
        "fr": "✉️ Pas prévenu·e·s : {names}. Le bot ne peut pas leur écrire en privé "
              "(messages privés fermés, ou jamais de conversation avec le bot) : à prévenir "
              "vous-même.",
        "en": "✉️ Not told: {names}. The bot cannot message them privately (private "
              "messages closed, or never a chat with the bot): tell them yourself.",
    },
    "editevent.changed_time": {"fr": "heure", "en": "time"},
    "editevent.changed_day": {"fr": "date", "en": "date"},
    "editevent.changed_day_time": {"fr": "date et heure", "en": "date and time"},
    "editevent.over_capacity": {
        "fr": "Attention : {taken:# place est déjà réservée|# places sont déjà réservées} "
              "pour {capacity}. Personne n'est désinscrit ; aucune nouvelle place ne sera "
              "donnée.",
        "en": "Note: {taken:# seat is|# seats are} already booked for {capacity}. Nobody is "
              "removed; no new seats will be given.",
    },
    "cancelevent.done": {
        "fr": "Événement #{id} « {title} » annulé. {count:# personne prévenue|# personnes "
              "prévenues}.",
        "en": "Event #{id} \"{title}\" cancelled. {count:# person|# people} notified.",
    },
    "cancelevent.done_reason": {"fr": "Motif donné : « {reason} ».",
                                "en": "Reason given: \"{reason}\"."},
    "cancelevent.series_rest": {
        "fr": "C'est une date de la série n°{series} : les autres dates restent prévues (pour "
              "arrêter toute la série : /annulerserie {series}).",
        "en": "This is one date of series {series}: its other dates stay on (to stop the "
              "whole series: /cancelseries {series}).",
    },
    "cancelevent.unscheduled": {
        "fr": "{count:L'annonce programmée|Les annonces programmées} {numbers} "
              "{count:ne sera pas publiée|ne seront pas publiées}.",
        "en": "{count:The scheduled announcement|The scheduled announcements} {numbers} "
              "will not be published.",
    },
    # How /programmees numbers an announcement (« n° » is French only).
    "cancelevent.unscheduled_number": {"fr": "n°{n}", "en": "{n}"},
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
    # Nobody answered (« 0 personne sera prévenue … inscrit·e·s : 0 » read as a count to check).
    "cancelevent.preview_nobody": {
        "fr": "Annuler #{id} « {title} », {when} ? Personne n'y a répondu : aucun message ne "
              "partira.",
        "en": "Cancel #{id} \"{title}\", {when}? Nobody answered it: no message will go out.",
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
    "cancelevent.preview_no_reason.discord": {
        "fr": "Aucun motif : vous pouvez en donner un dans l'option « texte », ex. neige.",
        "en": "No reason given: you can add one in the \"text\" option, e.g. snow.",
    },
    "cancelevent.preview_line.discord": {
        "fr": "Confirmez avec le bouton, ou relancez /annuler avec « {confirm} » à la fin du "
              "texte.",
        "en": "Confirm with the button, or run /cancelevent again with \"{confirm}\" at the "
              "end of the text.",
    },
    "cancelevent.confirm_word": {"fr": "confirmer", "en": "confirm"},
    "cancelevent.keep_too_late": {
        "fr": "« {title} » (#{id}) a déjà été annulé entre-temps, et les personnes inscrites "
              "ont été prévenues. Pour le proposer de nouveau : /dupliquer {id} <quand>.",
        "en": "\"{title}\" (#{id}) was already cancelled meanwhile, and the people who "
              "answered were told. To offer it again: /duplicate {id} <when>.",
    },
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
    "ics.cancelled": {
        "fr": "« {title} » (#{id}) est annulé. S'il est dans votre agenda, ouvrez le fichier "
              "joint : il l'y marque annulé.",
        "en": "\"{title}\" (#{id}) is cancelled. If it is in your calendar, open the attached "
              "file: it marks it cancelled there.",
    },
    # -- errors --------------------------------------------------------------------------------
    "error.event_not_found": {
        "fr": "Je ne trouve pas d'événement #{id}. Tapez /evenements pour voir le programme.",
        "en": "I can't find event #{id}. Type /events to see the programme.",
    },
    "error.missing_title": {"fr": "Il manque le titre.", "en": "The title is missing."},
    # /creer with a title and no date: the date's own words, then where it goes (Discord's
    # « quand » option, shown as optional) and the guided creation.
    "error.missing_newevent_when": {
        "fr": "Il manque la date. Exemples : samedi 20h, 12/12 19h30, demain 18h-20h. Tapez-la "
              "après le titre et « | » (sur Discord : dans l'option « quand »), ou tapez /creer "
              "seul : je vous pose les questions une par une.",
        "en": "The date is missing. Examples: saturday 8pm, 12 December 7:30pm, tomorrow "
              "6-8pm. Type it after the title and \"|\" (on Discord: in the \"when\" option), or "
              "type /newevent alone: I will ask one question at a time.",
    },
    "error.title_when_question": {
        "fr": "« {value} » : c'est une question ? /creer crée un événement. Les dates prévues : "
              "/evenements (ou /prochain jeux, /prochain projection…). Pour créer : "
              "/creer Soirée jeux | samedi 20h.",
        "en": "\"{value}\": is that a question? /newevent creates an event. What is planned: "
              "/events (or /next games, /next screening…). To create one: "
              "/newevent Game night | saturday 8pm.",
    },
    "error.title_missing": {
        "fr": "« {value} » est la date : il manque le titre. À copier, avec votre titre "
              "(sur Discord : le titre dans « titre », la date dans « quand ») :\n"
              "/creer Titre de l'événement | {value}",
        "en": "\"{value}\" is the date: the title is missing. To copy, with your title (on "
              "Discord: the title in \"title\", the date in \"when\"):\n"
              "/newevent Event title | {value}",
    },
    "error.shift_which": {
        "fr": "« {value} » : plus tard (à {later}) ou plus tôt (à {earlier}) ? Écrivez "
              "l'heure, par exemple : /modifier {id} heure {later}",
        "en": "\"{value}\": later (at {later}) or earlier (at {earlier})? Please write the "
              "time, for example: /edit {id} time {later}",
    },
    # « avancer à 21h » for a 20h event: the way word and the moment disagree.
    "error.way_later": {
        "fr": "« {word} {value} » : « {word} », mais ce serait plus tard, le {new} (l'événement "
              "#{id} est le {when}). Rien n'est changé. Pour le mettre là : /modifier {id} "
              "date {value}",
        "en": "\"{word} {value}\": \"{word}\", yet that would be later, on {new} (event "
              "#{id} is on {when}). Nothing changed. To put it there: /edit {id} date {value}",
    },
    "error.way_earlier": {
        "fr": "« {word} {value} » : « {word} », mais ce serait plus tôt, le {new} (l'événement "
              "#{id} est le {when}). Rien n'est changé. Pour le mettre là : /modifier {id} "
              "date {value}",
        "en": "\"{word} {value}\": \"{word}\", yet that would be earlier, on {new} (event "
              "#{id} is on {when}). Nothing changed. To put it there: /edit {id} date {value}",
    },
    "error.instead_not_so": {
        "fr": "« au lieu de {value} » : l'événement #{id} est le {when}, rien n'est changé. "
              "Vérifiez le numéro ; pour le mettre à {new} : /modifier {id} heure {new}",
        "en": "\"instead of {value}\": event #{id} is on {when}; nothing changed. Please "
              "check the number; to move it to {new}: /edit {id} time {new}",
    },
    "error.when_in_title": {
        "fr": "La date est dans le titre : séparez-la par « | » (sur Discord, dans le champ "
              "« titre », ou mettez la date dans « quand »). À copier :\n/creer {line}",
        "en": "The date is in the title: put \"|\" before it (on Discord, in the \"title\" "
              "field, or put the date in \"when\"). To copy:\n/newevent {line}",
    },
    "error.event_lines": {
        "fr": "Une information par ligne ne passe pas ici : mettez-les sur une seule ligne, "
              "séparées par « | ». À copier :\n/creer {line}\nOu tapez /creer seul : je vous "
              "pose les questions une par une.",
        "en": "One thing per line does not work here: please put them on one line, separated "
              "by \"|\". To copy:\n/newevent {line}\nOr type /newevent alone: I will ask one "
              "question at a time.",
    },
    "error.event_lines_place": {
        "fr": "Une information par ligne ne passe pas ici : mettez-les sur une seule ligne, "
              "séparées par « | ». À copier :\n/creer {line}\nPuis le lieu, avec le numéro "
              "donné : /modifier <numéro> lieu {place}\nOu tapez /creer seul : je vous pose "
              "les questions une par une.",
        "en": "One thing per line does not work here: please put them on one line, separated "
              "by \"|\". To copy:\n/newevent {line}\nThen the place, with the number given: "
              "/edit <number> place {place}\nOr type /newevent alone: I will ask one question "
              "at a time.",
    },
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
    "error.field_is_a_date": {
        "fr": "« {value} » : pour changer la date, écrivez « date » avant la nouvelle date, "
              "par exemple : /modifier {event} date samedi 20h (ou /modifier {event} heure 20h "
              "pour l'heure seule, /modifier {event} décaler d'une heure plus tard pour la "
              "décaler).",
        "en": "\"{value}\": to change the date, write \"when\" before the new date, for "
              "example: /edit {event} when saturday 8pm (or /edit {event} time 8pm for the time "
              "alone, /edit {event} time 1 hour later to shift it).",
    },
    "error.bad_field": {
        "fr": "Champ « {value} » inconnu. Champs : titre, description, date, fin, durée, "
              "lieu, places, type, prix, public.",
        "en": "Unknown field \"{value}\". Fields: title, description, when, end, duration, "
              "place, capacity, kind, price, audience.",
    },
    "error.missing_value": {"fr": "Il manque la valeur.", "en": "The value is missing."},
    "error.end_before_start": {
        "fr": "La fin doit être après le début de l'événement.",
        "en": "The end must be after the start of the event.",
    },
    "error.zero_capacity_edit": {
        "fr": "0 place : pour ne plus prendre d'inscriptions, /fermer {id} (les places déjà "
              "prises restent) ; pour des places sans limite, /modifier {id} places illimité.",
        "en": "0 seats: to take no more sign-ups, /closesignups {id} (seats already taken "
              "stay); for unlimited seats, /editevent {id} capacity unlimited.",
    },
    "editevent.duration_shown": {"fr": "{length}, jusqu'à {end}", "en": "{length}, until {end}"},
    "error.event_cancelled_edit": {
        "fr": "L'événement #{id} est annulé ; il ne peut plus être modifié. Pour le remettre "
              "au programme, copiez-le (à sa date ou à une autre) : /dupliquer {id} {example}",
        "en": "Event #{id} is cancelled; it can no longer be edited. To put it back on the "
              "programme, copy it (at its own date or another): /duplicate {id} {example}",
    },
    "editevent.late_announcements": {
        "fr": "Attention : {count:l'annonce programmée|les annonces programmées} {numbers} "
              "{count:tombe désormais après le début, elle ne sera pas publiée|tombent "
              "désormais après le début, elles ne seront pas publiées}. Publier maintenant : "
              "/annoncer {id} ; ou annuler et reprogrammer : /deprogrammer n°{first}, puis "
              "/annoncerplustard {id} <quand>.",
        "en": "Note: {count:the scheduled announcement|the scheduled announcements} {numbers} "
              "{count:now falls after the start, it will not be published|now fall after the "
              "start, they will not be published}. Publish now: /announce {id}; or cancel and "
              "schedule again: /unschedule no. {first}, then /announcelater {id} <when>.",
    },
    "notify.changed_kept": {
        "fr": "Votre réponse est gardée. Vous ne pouvez plus venir à cette date ? Touchez "
              "le bouton : votre place ira à quelqu'un d'autre.",
        "en": "Your answer is kept. Can't make it on this date? Tap the button: your seat "
              "goes to someone else.",
    },
    "notify.changed_cannot": {"fr": "❌ Je ne pourrai pas venir", "en": "❌ I can't come"},
    "notify.changed_before": {
        "fr": "(Avant : {when}, {place}.)",
        "en": "(Before: {when}, {place}.)",
    },
    "signups.cancelled": {
        "fr": "« {title} » (#{id}) est annulé : ses inscriptions ne se rouvrent pas. Pour le "
              "remettre au programme, copiez-le (à sa date ou à une autre) : /dupliquer {id} "
              "{example} ; les personnes prévenues de l'annulation recevront la nouvelle date "
              "pour répondre à nouveau.",
        "en": "\"{title}\" (#{id}) is cancelled: its sign-ups do not reopen. To put it back "
              "on the programme, copy it (at its own date or another): /duplicate {id} "
              "{example}; the people told of the cancellation get the new date, to answer "
              "again.",
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
        "fr": "La nouvelle valeur, ex. 21h (garde le jour), samedi (garde l'heure), Salle 2, "
              "25, 5 €",
        "en": "The new value, e.g. 9pm (keeps the day), saturday (keeps the time), Room 2, 25, "
              "5",
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
    # -- « /participants », « /modifier » alone, from a phone's menu (`offer_events`) ---------
    "pick.header.attendees": {
        "fr": "Quelle liste ? Touchez l'événement :",
        "en": "Which list? Tap the event:",
    },
    "pick.button.attendees": {"fr": "👥 #{id} · {day} · {title}",
                              "en": "👥 #{id} · {day} · {title}"},
    "pick.line.attendees": {"fr": "Ou tapez son numéro : /participants {id}",
                            "en": "Or type its number: /attendees {id}"},
    "pick.header.edit": {
        "fr": "Quel événement modifier ? Touchez-le :",
        "en": "Which event to change? Tap it:",
    },
    "pick.button.edit": {"fr": "✏️ #{id} · {day} · {title}", "en": "✏️ #{id} · {day} · {title}"},
    "pick.line.edit": {"fr": "Ou tapez son numéro : /modifier {id}",
                       "en": "Or type its number: /editevent {id}"},
    # -- other organiser commands sent alone (`offer_events`): one tap does it, or gives the
    # line to type with the event's number (`press_line`; on Discord, the options to fill)
    "pick.header.close": {"fr": "Fermer les inscriptions de quel événement ? Touchez-le :",
                          "en": "Close sign-ups for which event? Tap it:"},
    "pick.button.close": {"fr": "🔒 #{id} · {day} · {title}", "en": "🔒 #{id} · {day} · {title}"},
    "pick.line.close": {"fr": "Ou tapez son numéro : /fermer {id}",
                        "en": "Or type its number: /closesignups {id}"},
    "pick.none.close": {"fr": "Aucun événement à venir n'a ses inscriptions ouvertes.",
                        "en": "No upcoming event has its sign-ups open."},
    "pick.header.reopen": {
        "fr": "Rouvrir les inscriptions de quel événement ? Touchez-le :",
        "en": "Reopen sign-ups for which event? Tap it:"},
    "pick.button.reopen": {"fr": "🔓 #{id} · {day} · {title}",
                           "en": "🔓 #{id} · {day} · {title}"},
    "pick.line.reopen": {"fr": "Ou tapez son numéro : /rouvrir {id}",
                         "en": "Or type its number: /reopensignups {id}"},
    "pick.none.reopen": {
        "fr": "Aucun événement à venir n'a ses inscriptions fermées : rien à rouvrir.",
        "en": "No upcoming event has its sign-ups closed: nothing to reopen."},
    "pick.header.cancelpick": {
        "fr": "Annuler quel événement ? Touchez-le : vous verrez d'abord qui sera prévenu, "
              "rien n'est annulé avant « Confirmer ».",
        "en": "Cancel which event? Tap it: you will first see who will be told, nothing is "
              "cancelled before \"Confirm\"."},
    "pick.button.cancelpick": {"fr": "❌ #{id} · {day} · {title}",
                               "en": "❌ #{id} · {day} · {title}"},
    "pick.line.cancelpick": {"fr": "Ou tapez son numéro et la raison : /annuler {id} neige",
                             "en": "Or type its number and the reason: /cancelevent {id} snow"},
    "pick.header.publish": {
        "fr": "Annoncer quel événement ? Touchez-le : sa carte part dans les salons "
              "d'annonce.",
        "en": "Announce which event? Tap it: its card goes to the announcement chats."},
    "pick.button.publish": {"fr": "📣 #{id} · {day} · {title}",
                            "en": "📣 #{id} · {day} · {title}"},
    "pick.line.publish": {
        "fr": "Ou tapez son numéro : /annoncer {id} (un texte à la place : /annoncer "
              "Venez nombreux !)",
        "en": "Or type its number: /announce {id} (a text instead: /announce Come along!)"},
    "pick.header.copy": {"fr": "Dupliquer quel événement ? Touchez-le :",
                         "en": "Duplicate which event? Tap it:"},
    "pick.button.copy": {"fr": "📄 #{id} · {day} · {title}", "en": "📄 #{id} · {day} · {title}"},
    "pick.line.copy": {"fr": "Ou tapez son numéro et la nouvelle date : /dupliquer {id} "
                             "samedi prochain 20h",
                       "en": "Or type its number and the new date: /duplicate {id} next "
                             "saturday 8pm"},
    "pick.then.copy": {
        "fr": "Pour « {title} » (#{id}), tapez la nouvelle date : /dupliquer {id} samedi "
              "prochain 20h",
        "en": "For \"{title}\" (#{id}), type the new date: /duplicate {id} next saturday 8pm"},
    "pick.then.copy.discord": {
        "fr": "Pour « {title} » (#{id}) : /dupliquer, numero {id}, et la nouvelle date dans "
              "quand.",
        "en": "For \"{title}\" (#{id}): /duplicate, number {id}, and the new date in when."},
    "pick.header.write": {"fr": "Écrire aux participant·e·s de quel événement ? Touchez-le :",
                          "en": "Write to the people going to which event? Tap it:"},
    "pick.button.write": {"fr": "✉️ #{id} · {day} · {title}",
                          "en": "✉️ #{id} · {day} · {title}"},
    "pick.line.write": {"fr": "Ou tapez son numéro et le message : /ecrire {id} On commence "
                              "à 19h45 !",
                        "en": "Or type its number and the message: /message {id} We start "
                              "at 7:45pm!"},
    "pick.then.write": {
        "fr": "Pour « {title} » (#{id}), tapez le message après son numéro : /ecrire {id} On "
              "commence à 19h45 !",
        "en": "For \"{title}\" (#{id}), type the message after its number: /message {id} We "
              "start at 7:45pm!"},
    "pick.then.write.discord": {
        "fr": "Pour « {title} » (#{id}) : /ecrire, numero {id}, et le message dans texte.",
        "en": "For \"{title}\" (#{id}): /message, number {id}, and the message in text."},
    "pick.header.enrol": {"fr": "Inscrire quelqu'un à quel événement ? Touchez-le :",
                          "en": "Register someone for which event? Tap it:"},
    "pick.button.enrol": {"fr": "➕ #{id} · {day} · {title}", "en": "➕ #{id} · {day} · {title}"},
    "pick.line.enrol": {"fr": "Ou tapez son numéro et la personne : /inscrire {id} Mme Martin 3",
                        "en": "Or type its number and the person: /addattendee {id} Mrs "
                              "Martin 3"},
    "pick.then.enrol": {
        "fr": "Pour « {title} » (#{id}), tapez le nom et le nombre de places : /inscrire {id} "
              "Mme Martin 3",
        "en": "For \"{title}\" (#{id}), type the name and the seats: /addattendee {id} Mrs "
              "Martin 3"},
    "pick.then.enrol.discord": {
        "fr": "Pour « {title} » (#{id}) : /inscrire, numero {id}, et le nom avec le nombre de "
              "places dans personne (Mme Martin 3).",
        "en": "For \"{title}\" (#{id}): /addattendee, number {id}, and the name with the seats "
              "in person (Mrs Martin 3)."},
    "pick.header.unenrol": {"fr": "Retirer quelqu'un de quel événement ? Touchez-le :",
                            "en": "Remove someone from which event? Tap it:"},
    "pick.button.unenrol": {"fr": "➖ #{id} · {day} · {title}",
                            "en": "➖ #{id} · {day} · {title}"},
    "pick.line.unenrol": {"fr": "Ou tapez son numéro et le nom : /retirer {id} Mme Martin",
                          "en": "Or type its number and the name: /removeattendee {id} Mrs "
                                "Martin"},
    "pick.then.unenrol": {
        "fr": "Pour « {title} » (#{id}), tapez le nom : /retirer {id} Mme Martin (la liste : "
              "/participants {id})",
        "en": "For \"{title}\" (#{id}), type the name: /removeattendee {id} Mrs Martin (the "
              "list: /attendees {id})"},
    "pick.then.unenrol.discord": {
        "fr": "Pour « {title} » (#{id}) : /retirer, numero {id}, et le nom dans nom (la liste "
              ": /participants {id}).",
        "en": "For \"{title}\" (#{id}): /removeattendee, number {id}, and the name in name "
              "(the list: /attendees {id})."},
    # /participants: people let in at the door without an answer (`commands.rsvp`), counted
    # as the cards count them (fortnight10's proposal; kept here, beside the other lines of
    # /participants alone, while commands/rsvp/strings.py had another owner).
    "attendees.walk_ins": {"fr": "Comptées à l'entrée, sans inscription : {count} → "
                                 "{taken}/{capacity} places prises",
                           "en": "Counted at the door, without booking: {count} → "
                                 "{taken}/{capacity} seats taken"},
    # « /message soirée jeux On commence à 20h30 »: where the title ends cannot be told.
    "error.missing_message_text": {
        "fr": "Il manque le message après « {event} » (après un titre, je ne sais pas où il "
              "finit) : tapez le numéro de l'événement, puis le message, par exemple "
              "/ecrire 12 On commence à 19h45 ! (/evenements donne les numéros)",
        "en": "The message is missing after \"{event}\" (after a title, I can't tell where it "
              "ends): type the event's number, then the message, e.g. /message 12 We start "
              "at 7:45pm! (/events gives the numbers)",
    },
    "error.missing_message_text.number": {
        "fr": "Il manque le message : tapez-le après le numéro, par exemple /ecrire {event} "
              "On commence à 19h45 !",
        "en": "The message is missing: type it after the number, e.g. /message {event} We "
              "start at 7:45pm!",
    },
    # -- a card's ± guest button tapped twice by a slow phone (`commands.rsvp.GuestTaps`) ---------
    "toast.guest_repeat+": {
        "fr": "Déjà compté : {seats:# place|# places} à votre nom. Un·e invité·e de plus ? "
              "Touchez ➕ encore une fois.",
        "en": "Already counted: {seats:# seat|# seats} in your name. One more guest? Tap ➕ "
              "again.",
    },
    "toast.guest_repeat-": {
        "fr": "Déjà compté : {seats:# place|# places} à votre nom. Un·e de moins ? Touchez ➖ "
              "encore une fois.",
        "en": "Already counted: {seats:# seat|# seats} in your name. One fewer? Tap ➖ again.",
    },
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
    # -- guided creation (`/creer` alone) ---------------------------------------------------
    "guided.intro": {
        "fr": "Créons un événement ensemble, pas à pas. Vous pourrez tout relire avant de "
              "publier ; « annuler » arrête à tout moment.",
        "en": "Let's create an event together, step by step. You can check everything "
              "before publishing; \"cancel\" stops at any time.",
    },
    "guided.go_private": {
        "fr": "{name}, la création pas à pas se fait en message privé, pour ne pas "
              "encombrer le groupe : écrivez-moi /creer en privé.",
        "en": "{name}, step-by-step creation happens in a private chat, so the group stays "
              "quiet: send me /newevent privately.",
    },
    "guided.go_private_link": {"fr": "Ouvrir le chat privé : {link}",
                               "en": "Open the private chat: {link}"},
    "guided.ask_kind": {"fr": "Quel type d'événement ?", "en": "What kind of event?"},
    "guided.ask_title": {
        "fr": "Quel titre ? Par exemple : Ciné-club : Le Voyage de Chihiro",
        "en": "What title? For example: Film club: Spirited Away",
    },
    "guided.ask_when": {
        "fr": "Quand ? Par exemple : samedi 20h, 12/12 19h30, demain 18h-20h",
        "en": "When? For example: saturday 8pm, 12/12 7:30pm, tomorrow 6pm-8pm",
    },
    "guided.when_examples": {
        "fr": "Exemples : samedi 20h, 12/12 19h30, 05/12/2026 20h, demain 18h-20h.",
        "en": "Examples: saturday 8pm, 12/12 7:30pm, 2026-12-05 20:00, tomorrow 6pm-8pm.",
    },
    "guided.when_understood": {"fr": "Compris : {when}.", "en": "Understood: {when}."},
    "guided.small_hours": {
        "fr": "Attention : {time} du matin, dans la nuit de {eve} à {day}. Si ce n'est pas "
              "ça, vous pourrez changer la date avant de publier.",
        "en": "Note: {time} in the morning, in the night from {eve} to {day}. If that is not "
              "it, you can change the date before publishing.",
    },
    "guided.changed": {"fr": "C'est changé : {what}.", "en": "Changed: {what}."},
    "guided.line_understood": {"fr": "Compris : {what}.", "en": "Understood: {what}."},
    "guided.quoted": {"fr": "« {title} »", "en": "\"{title}\""},
    "guided.date_ahead": {
        "fr": "« {value} » : c'est la date, je la garde ({when}).",
        "en": "\"{value}\": that is the date, kept ({when}).",
    },
    "guided.kind_and_title": {"fr": "Compris : {kind}, « {title} ».",
                              "en": "Understood: {kind}, \"{title}\"."},
    "guided.ask_capacity": {
        "fr": "Combien de places ? Touchez un bouton ou tapez un nombre.",
        "en": "How many seats? Tap a button or type a number.",
    },
    "guided.ask_capacity_typed": {"fr": "Tapez le nombre de places (par exemple 45).",
                                  "en": "Type the number of seats (for example 45)."},
    "guided.ask_price": {
        "fr": "Quel prix ? Touchez un bouton ou tapez un montant.",
        "en": "What price? Tap a button or type an amount.",
    },
    "guided.ask_price_typed": {"fr": "Tapez le prix (par exemple 4 ou 6,50 €).",
                               "en": "Type the price (for example 4 or 6.50)."},
    "guided.ask_description": {
        "fr": "Une description ? Quelques lignes pour donner envie (facultatif).",
        "en": "A description? A few lines to make people want to come (optional).",
    },
    "guided.ask_picture": {
        "fr": "Une affiche ? Envoyez une photo (facultatif).",
        "en": "A poster? Send a photo (optional).",
    },
    "guided.picture_kept": {"fr": "Image bien reçue : elle accompagnera l'événement.",
                            "en": "Picture received: it will go with the event."},
    "guided.picture_expected": {
        "fr": "J'attends une photo ici, ou touchez un bouton ci-dessous.",
        "en": "I'm waiting for a photo here, or tap a button below.",
    },
    "guided.not_a_picture": {
        "fr": "Ce fichier n'est pas une image (JPEG, PNG, GIF ou WebP) : envoyez une photo, "
              "s'il vous plaît.",
        "en": "This file is not a picture (JPEG, PNG, GIF or WebP): please send a photo.",
    },
    "guided.picture_alone": {
        "fr": "Image bien reçue, mais pour quel événement ? Pour en faire son affiche, "
              "répondez à cette photo par /affiche suivi du numéro de l'événement (ex. "
              "/affiche 12) ; pour créer un nouvel événement, tapez /creer puis renvoyez-la "
              "quand je demande l'affiche.",
        "en": "Picture received, but for which event? To make it an event's poster, reply "
              "to this photo with /poster followed by the event's number (e.g. /poster 12); "
              "to create a new event, type /newevent and send it again when I ask for the "
              "poster.",
    },
    "guided.picture_unavailable": {
        "fr": "Je ne peux pas encore garder d'image pour un événement.",
        "en": "I can't keep a picture for an event yet.",
    },
    "guided.ask_preview": {
        "fr": "C'est bon ? Publiez maintenant, programmez l'annonce, ou modifiez.",
        "en": "All good? Publish now, schedule the announcement, or edit.",
    },
    "guided.preview_header": {"fr": "Aperçu :", "en": "Preview:"},
    "guided.preview_title": {"fr": "« {title} »", "en": "\"{title}\""},
    "guided.preview_seats": {"fr": "{count:# place|# places}", "en": "{count:# seat|# seats}"},
    "guided.preview_unlimited": {"fr": "places sans limite", "en": "unlimited seats"},
    "guided.preview_picture": {"fr": "🖼 avec une affiche", "en": "🖼 with a poster"},
    "guided.only_text": {
        "fr": "Je ne lis que le texte écrit (pas un message vocal, un autocollant ni un "
              "emoji seul) : écrivez votre réponse, s'il vous plaît.",
        "en": "I only read written text (not a voice message, a sticker or an emoji "
              "alone): please type your answer.",
    },
    "guided.not_yet_price": {
        "fr": "Pas de souci : touchez « Gratuit » pour l'instant. Une fois l'événement créé, "
              "vous pourrez changer le prix : /modifier suivi de son numéro, puis « prix 5 € ».",
        "en": "No problem: tap \"Free\" for now. Once the event is created, you can change "
              "the price: /edit followed by its number, then \"price 5\".",
    },
    "guided.not_yet_capacity": {
        "fr": "Pas de souci : touchez « Sans limite » pour l'instant. Une fois l'événement "
              "créé, vous pourrez fixer les places : /modifier suivi de son numéro, puis "
              "« places 20 ».",
        "en": "No problem: tap \"Unlimited\" for now. Once the event is created, you can "
              "set the seats: /edit followed by its number, then \"capacity 20\".",
    },
    "guided.use_buttons": {"fr": "Utilisez les boutons sous l'aperçu, s'il vous plaît.",
                           "en": "Please use the buttons under the preview."},
    "guided.ask_schedule": {
        "fr": "Quand publier l'annonce ? Par exemple : demain 18h, la veille à 18h, "
              "2h avant.",
        "en": "When should the announcement go out? For example: tomorrow 6pm, the day "
              "before at 6pm, 2 hours before.",
    },
    "guided.schedule_after_start": {
        "fr": "L'annonce doit partir avant l'événement ({when}).",
        "en": "The announcement must go out before the event ({when}).",
    },
    "guided.finish_step": {
        "fr": "Votre brouillon est toujours là : répondez d'abord à cette question.",
        "en": "Your draft is still here: please answer this question first.",
    },
    "guided.ask_edit": {"fr": "Que voulez-vous modifier ?", "en": "What do you want to edit?"},
    "guided.cancelled": {
        "fr": "Création abandonnée : rien n'a été publié.",
        "en": "Creation abandoned: nothing was published.",
    },
    "guided.expired_restart": {
        "fr": "Votre brouillon précédent a expiré : sans réponse depuis {when}, il a été effacé "
              "(un brouillon attend {hours} heures). On recommence depuis le début.",
        "en": "Your previous draft expired: with no answer since {when}, it was erased (a "
              "draft waits {hours} hours). Let's start again from the beginning.",
    },
    "guided.expired_answer": {
        "fr": "Votre brouillon d'événement a expiré : sans réponse depuis {when}, il a été "
              "effacé (un brouillon attend {hours} heures) et ce message n'a rien créé. Tapez "
              "/creer pour recommencer.",
        "en": "Your event draft expired: with no answer since {when}, it was erased (a draft "
              "waits {hours} hours) and this message created nothing. Type /newevent to start "
              "again.",
    },
    "guided.gone": {
        "fr": "Ce brouillon n'est plus ouvert. Tapez /creer pour recommencer.",
        "en": "This draft is no longer open. Type /newevent to start again.",
    },
    "guided.resume": {
        "fr": "Vous avez un événement en cours de création ({summary}). Le reprendre ?",
        "en": "You have an event being created ({summary}). Pick it up again?",
    },
    "guided.waiting": {
        "fr": "Votre brouillon ({summary}) vous attend : tapez /creer pour le reprendre.",
        "en": "Your draft ({summary}) is waiting: type /newevent to pick it up.",
    },
    "guided.summary_empty": {"fr": "sans titre encore", "en": "no title yet"},
    "guided.date_passed": {
        "fr": "La date choisie est passée entre-temps : quand, alors ?",
        "en": "The chosen date has passed meanwhile: when, then?",
    },
    "guided.created": {
        "fr": "Événement #{id} créé : {title}, {when}.",
        "en": "Event #{id} created: {title}, {when}.",
    },
    "guided.no_channel": {
        "fr": "Aucun salon d'annonces n'est configuré : rien n'a été annoncé (/annoncer {id} "
              "plus tard).",
        "en": "No announcement channel is set up: nothing was announced (/announce {id} "
              "later).",
    },
    "guided.scheduled": {
        "fr": "Annonce n°{n} programmée pour {when} (/programmees pour la liste).",
        "en": "Announcement no. {n} scheduled for {when} (/scheduled for the list).",
    },
    "guided.picture_refused": {
        "fr": "L'image n'a pas été gardée : {reason} Vous pourrez en mettre une avec "
              "/affiche {id}.",
        "en": "The picture was not kept: {reason} You can add one with /poster {id}.",
    },
    "guided.form_title": {"fr": "Nouvel événement", "en": "New event"},
    "guided.form_schedule_title": {"fr": "Programmer l'annonce",
                                   "en": "Schedule the announcement"},
    "guided.form_again": {"fr": "Voici le formulaire, tel que vous l'aviez rempli.",
                          "en": "Here is the form, as you filled it in."},
    "guided.form_refused": {"fr": "Quelques réponses sont à corriger :",
                            "en": "A few answers need fixing:"},
    "guided.form_error": {"fr": "• {field} : {error}", "en": "• {field}: {error}"},
    "guided.missing_title": {"fr": "il manque le titre.", "en": "the title is missing."},
    "guided.missing_when": {"fr": "il manque la date.", "en": "the date is missing."},
    "guided.field_kind": {"fr": "Type", "en": "Kind"},
    "guided.field_title": {"fr": "Titre", "en": "Title"},
    "guided.field_when": {"fr": "Date et heure", "en": "Date and time"},
    "guided.field_capacity": {"fr": "Places (vide : sans limite)",
                              "en": "Seats (empty: unlimited)"},
    "guided.field_price": {"fr": "Prix (vide : gratuit)", "en": "Price (empty: free)"},
    "guided.field_description": {"fr": "Description", "en": "Description"},
    "guided.edit_capacity": {"fr": "Places", "en": "Seats"},
    "guided.edit_price": {"fr": "Prix", "en": "Price"},
    "guided.field_picture": {"fr": "Affiche", "en": "Poster"},
    "guided.field_schedule": {"fr": "Quand publier l'annonce", "en": "When to announce"},
    "guided.title_placeholder": {"fr": "Ciné-club : Le Voyage de Chihiro",
                                 "en": "Film club: Spirited Away"},
    "guided.when_placeholder": {"fr": "samedi 20h, 12/12 19h30, demain 18h-20h",
                                "en": "saturday 8pm, 12/12 7:30pm"},
    "guided.capacity_placeholder": {"fr": "20", "en": "20"},
    "guided.price_placeholder": {"fr": "gratuit, 6, 6,50", "en": "free, 6, 6.50"},
    "guided.schedule_placeholder": {"fr": "demain 18h", "en": "tomorrow 6pm"},
    "guided.button_seats": {"fr": "{count} places", "en": "{count} seats"},
    "guided.button_unlimited": {"fr": "Sans limite", "en": "Unlimited"},
    "guided.button_other_seats": {"fr": "Autre nombre", "en": "Other number"},
    "guided.button_other_price": {"fr": "Autre prix", "en": "Other price"},
    "guided.button_skip": {"fr": "Passer", "en": "Skip"},
    "guided.button_keep_picture": {"fr": "Garder l'affiche", "en": "Keep the poster"},
    "guided.button_no_picture": {"fr": "Sans affiche", "en": "No poster"},
    "guided.button_publish": {"fr": "Publier maintenant", "en": "Publish now"},
    "guided.button_schedule": {"fr": "Programmer", "en": "Schedule"},
    "guided.button_edit": {"fr": "Modifier", "en": "Edit"},
    "guided.button_cancel": {"fr": "Annuler", "en": "Cancel"},
    "guided.button_back": {"fr": "Retour à l'aperçu", "en": "Back to the preview"},
    "guided.button_previous": {"fr": "◀ Étape précédente", "en": "◀ Previous step"},
    "guided.button_resume": {"fr": "Reprendre", "en": "Pick it up"},
    "guided.button_restart": {"fr": "Recommencer", "en": "Start again"},
    "guided.button_fix": {"fr": "Corriger", "en": "Fix it"},
}


# /modifier's fields, each with an example value that works as typed (French word and value,
# English word and value): « /modifier 1 » alone lists one line per field to copy, and
# « /modifier 1 lieu » alone gives that field's line (see `bot.spec._missing`).
EDIT_EXAMPLES: tuple[tuple[str, str, str, str, str], ...] = (
    ("title", "titre", "Soirée jeux de Noël", "title", "Christmas board games"),
    ("when", "date", "samedi 20h", "when", "saturday 8pm"),
    ("", "heure", "21h", "time", "9pm"),
    ("end", "fin", "23h", "end", "11pm"),
    ("duration", "durée", "2h", "duration", "2h"),
    ("place", "lieu", "Salle 2", "place", "Room 2"),
    ("capacity", "places", "20", "capacity", "20"),
    ("kind", "type", "atelier", "kind", "workshop"),
    ("price", "prix", "5 €", "price", "5"),
    ("audience", "public", "dès 8 ans", "audience", "ages 8 and up"),
    ("description", "description", "Apportez vos jeux préférés !", "description",
     "Bring your favourite games!"),
)


def edit_lines(name: str, commands: tuple[str, str], ref: str,
               examples: tuple[tuple[str, str, str, str, str], ...],
               notes: tuple[str, str] = ("", "")) -> dict[str, dict[str, str]]:
    """An edit command's lines to copy, from its table of examples: all of them when the
    field is missing (`error.missing_<name>_field`), one per field when its value is
    (`error.missing_<name>_value.<field>`). `commands` are the French and English names,
    `ref` the placeholder of the thing edited, `notes` what the French / English list adds.
    /modifier and /modifierserie are written alike (see `bot.spec._missing`)."""
    fr_command, en_command = commands
    # Braces doubled: the examples are literal text in a string filled with {ref}.
    lines = {f"error.missing_{name}_field": {
        "fr": "Il manque : champ à modifier. Copiez la ligne voulue et remplacez l'exemple par "
              f"la nouvelle valeur{notes[0]} :\n" + "\n".join(
                  f"/{fr_command} {{{ref}}} {fr} {fr_value}"
                  for _, fr, fr_value, _, _ in examples),
        "en": "Missing: field to change. Copy the line you need and put the new value in place "
              f"of the example{notes[1]}:\n" + "\n".join(
                  f"/{en_command} {{{ref}}} {en} {en_value}"
                  for _, _, _, en, en_value in examples),
    }}
    for field, _, fr_value, _, en_value in examples:
        if field:
            lines[f"error.missing_{name}_value.{field}"] = {
                "fr": f"Il manque la nouvelle valeur. Par exemple : /{fr_command} {{{ref}}} "
                      f"{{field}} {fr_value}",
                "en": f"The new value is missing. For example: /{en_command} {{{ref}}} "
                      f"{{field}} {en_value}",
            }
            # Discord's form: its choice sends "capacity" whatever label she picked (a French
            # line read « /modifier 1 capacity 20 »); the option to fill is named instead.
            lines[f"error.missing_{name}_value.{field}.discord"] = {
                "fr": "Il manque la nouvelle valeur : tapez-la dans l'option « valeur » (par "
                      f"exemple « {fr_value} »).",
                "en": "The new value is missing: type it in the \"value\" option (for example "
                      f"\"{en_value}\").",
            }
    return lines


STRINGS.update(edit_lines("editevent", ("modifier", "editevent"), "event", EDIT_EXAMPLES))
# Discord's form of the lines to copy: the slash command's options, as its client shows them
# (a typed « /modifier 1 lieu Salle 2 » is no command there). The labels are the choices'.
STRINGS["error.missing_editevent_field.discord"] = {
    "fr": "Que modifier dans #{event} ? Relancez /modifier avec « numero » {event}, choisissez "
          "le champ dans « champ » et tapez la nouvelle valeur dans « valeur ». Par exemple :\n"
          + "\n".join(f"• champ « {STRINGS[f'choice.field.{f}']['fr']} », valeur « {v} »"
                      for f, v in (("place", "Salle 2"), ("when", "samedi 20h"),
                                   ("capacity", "20"), ("price", "5 €"))),
    "en": "What to change in #{event}? Run /editevent again with \"event\" {event}, pick the "
          "field in \"field\" and type the new value in \"value\". For example:\n"
          + "\n".join(f"• field \"{STRINGS[f'choice.field.{f}']['en']}\", value \"{v}\""
                      for f, v in (("place", "Room 2"), ("when", "saturday 8pm"),
                                   ("capacity", "20"), ("price", "5"))),
}
