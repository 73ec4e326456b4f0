"""The core's own user-facing strings (errors, cards, buttons, notices, dates), French first,
then English, named placeholders only. Each feature and each adapter brings its own table,
added to the one catalogue (`bot.i18n`) when it is registered or constructed.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # A reaction (✅ 👍 🤔 …) to a card answers nothing, on either platform: said once.
    "card.reaction": {
        "fr": "Une réaction ne compte pas comme réponse : pour répondre, appuyez sur un "
              "bouton sous la carte (« {going} », « {maybe} » ou « {no} »), ou tapez "
              "/participer. Déjà répondu avec un bouton ? C'est noté : vos réponses sont "
              "dans /mesevenements.",
        "en": "A reaction doesn't count as an answer: to answer, press a button under the "
              "card (\"{going}\", \"{maybe}\" or \"{no}\"), or type /rsvp. Already "
              "answered with a button? It's recorded: your answers are in /myevents.",
    },
    # A picture sent with words: only the words are read (both platforms).
    "notice.words_only": {
        "fr": "Je ne sais pas lire les images : je réponds seulement à votre texte.",
        "en": "I can't read pictures: I'm only answering your text.",
    },
    # -- general -------------------------------------------------------------------------
    "when.at": {"fr": "{day} à {time}", "en": "{day} at {time}"},
    "when.today_at": {"fr": "aujourd'hui à {time}", "en": "today at {time}"},
    "when.tomorrow_at": {"fr": "demain à {time}", "en": "tomorrow at {time}"},
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
        "fr": "Cette commande est réservée aux organisateur·rice·s du Focus.",
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
        "fr": "« {value} » ne fait pas partie des choix pour {param}.",
        "en": "\"{value}\" is not one of the choices for {param}.",
    },
    "error.bad_number": {
        "fr": "« {value} » : il faut un nombre entier entre {min} et {max}.",
        "en": "\"{value}\": a whole number between {min} and {max} is needed.",
    },
    "error.too_many_words": {
        "fr": "Il y a des mots en trop à la fin de la commande.",
        "en": "There are extra words at the end of the command.",
    },
    "error.image_too_large": {
        "fr": "Cette image est trop lourde : {max} Mo au maximum, s'il vous plaît.",
        "en": "This picture is too large: {max} MB at most, please.",
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
    "error.text_too_long": {
        "fr": "Ce texte fait {length} caractères ; {max} au maximum, s'il vous plaît.",
        "en": "This text is {length} characters long; {max} at most, please.",
    },
    "error.missing_when": {
        "fr": "Il manque la date. Exemples : 05/12/2026 20h, vendredi 20h, demain 19h30.",
        "en": "The date is missing. Examples: 2026-12-05 20:00, next friday 8pm, tomorrow "
              "7:30pm.",
    },
    "error.bad_when": {
        "fr": "Je n'ai pas compris la date « {value} ». Exemples : 05/12/2026 20h, "
              "vendredi 20h, demain 19h30.",
        "en": "I couldn't read the date \"{value}\". Examples: 2026-12-05 20:00, next friday "
              "8pm, tomorrow 7:30pm.",
    },
    "error.past_when": {
        "fr": "« {value} » est déjà passé. Donnez une date à venir, par exemple : vendredi "
              "20h.",
        "en": "\"{value}\" is in the past. Give a future date, for example: next friday 8pm.",
    },
    "error.too_many_parts": {
        "fr": "Trop de parties : {max} au maximum, séparées par |.",
        "en": "Too many parts: {max} at most, separated by |.",
    },
    "error.bad_duration": {
        "fr": "« {value} » n'est pas une durée valable. Exemples : 2h, 1h30, 90 min.",
        "en": "\"{value}\" is not a valid duration. Examples: 2h, 1h30, 90 min.",
    },
    # -- events ----------------------------------------------------------------------------
    "kind.board_games": {"fr": "Soirée jeux de société", "en": "Board-game night"},
    "kind.screening": {"fr": "Projection", "en": "Screening"},
    "kind.workshop": {"fr": "Atelier", "en": "Workshop"},
    "kind.masterclass": {"fr": "Masterclass", "en": "Masterclass"},
    "kind.english": {"fr": "Cours d'anglais", "en": "English class"},
    "kind.theme_evening": {"fr": "Soirée thématique", "en": "Theme evening"},
    "kind.other": {"fr": "Événement", "en": "Event"},
    # -- cards -----------------------------------------------------------------------------
    "card.seats": {"fr": "{going}/{capacity} places prises, {left:# libre|# libres}",
                   "en": "{going}/{capacity} seats taken, {left} left"},
    "card.seats_over": {"fr": "complet : {going} places prises pour {capacity}",
                        "en": "full: {going} seats taken for {capacity}"},
    "card.seats_unlimited": {"fr": "{going:# place prise|# places prises}, places "
                                   "illimitées",
                             "en": "{going:# seat|# seats} taken, unlimited seats"},
    "card.waitlist": {"fr": "{count} en liste d'attente", "en": "{count} on the waitlist"},
    "card.maybe": {"fr": "{count} peut-être", "en": "{count} maybe"},
    "card.signups_closed": {"fr": "🔒 Inscriptions fermées", "en": "🔒 Sign-ups closed"},
    "card.cancelled": {"fr": "ANNULÉ", "en": "CANCELLED"},
    # Once an event has started its card offers no answer (`bot.cards.phase`): a parent
    # scrolling the group the next morning must not read it as open.
    "card.started": {"fr": "Commencé — les réponses sont fermées",
                     "en": "Started — answers are closed"},
    "card.over": {"fr": "Terminé", "en": "Over"},
    "card.demo_prefix": {"fr": "[Démo] ", "en": "[Demo] "},
    "card.unlimited": {"fr": "illimité", "en": "unlimited"},
    "button.going": {"fr": "✅ Je viens", "en": "✅ Going"},
    "button.maybe": {"fr": "🤔 Peut-être", "en": "🤔 Maybe"},
    "button.no": {"fr": "❌ Je ne viens pas", "en": "❌ Not going"},
    "button.guest_add": {"fr": "➕ 1 invité·e", "en": "➕ 1 guest"},
    "button.guest_remove": {"fr": "➖ 1 invité·e", "en": "➖ 1 guest"},
    "button.calendar": {"fr": "📅 Ajouter à l'agenda", "en": "📅 Add to calendar"},
    # -- notifications ---------------------------------------------------------------------
    "notify.promoted": {
        "fr": "Bonne nouvelle : une place s'est libérée pour « {title} » (#{id}), {when}. "
              "Vous êtes inscrit·e ! Si vous ne pouvez plus venir : /participer {id} non",
        "en": "Good news: a seat freed up for \"{title}\" (#{id}), {when}. You are going! "
              "If you can't come any more: /rsvp {id} no",
    },
    # A family promoted together (bot/core.py picks it when more than one seat is theirs).
    "notify.promoted_party": {
        "fr": "Bonne nouvelle : de la place s'est libérée pour « {title} » (#{id}), {when}. "
              "Vous êtes inscrit·e pour vos {seats} places, invité·e·s compris ! Si vous ne "
              "pouvez plus venir : /participer {id} non",
        "en": "Good news: seats freed up for \"{title}\" (#{id}), {when}. You are going, with "
              "all your {seats} seats, guests included! If you can't come any more: "
              "/rsvp {id} no",
    },
    "notify.cancelled": {
        "fr": "« {title} » (#{id}), prévu {when}, est annulé. Toutes nos excuses !",
        "en": "\"{title}\" (#{id}), planned for {when}, is cancelled. We're sorry!",
    },
    "notify.changed": {
        "fr": "Changement pour « {title} » (#{id}) : {when}, {place}.",
        "en": "Change for \"{title}\" (#{id}): {when}, {place}.",
    },
    "error.more_than_capacity": {
        "fr": "« {title} » (#{id}) n'a {capacity:qu'une place|que # places} en tout : impossible "
              "d'en réserver {seats}. Vous pouvez en réserver {capacity} au plus, la vôtre "
              "comprise.",
        "en": "\"{title}\" (#{id}) only has {capacity:# seat|# seats} in all: {seats} cannot "
              "be booked. You can book {capacity} at most, yours included.",
    },
    "notify.call_desk": {
        "fr": "📞 À prévenir vous-même (inscrit·e·s par téléphone ou à l'accueil, sans "
              "message du bot) : {names}",
        "en": "📞 Tell them yourself (registered by phone or at the desk, the bot cannot "
              "message them): {names}",
    },
    "notice.unreachable": {
        "fr": "Je n'ai pas pu vous envoyer de message privé (rappel, annulation, changement "
              "d'horaire ou de lieu, place libérée). Vos inscriptions, à jour, sont dans "
              "/mesevenements.",
        "en": "I couldn't send you a private message (reminder, cancellation, change of time "
              "or place, freed seat). Your answers, up to date, are in /myevents.",
    },
    "notice.seat_open_private": {
        "fr": "{name}, je ne peux pas vous écrire en privé : pour être prévenu·e quand une "
              "place se libère (et recevoir les rappels), ouvrez une conversation avec moi : "
              "{link}",
        "en": "{name}, I can't message you privately: to be told when a seat frees up (and "
              "get reminders), open a private chat with me: {link}",
    },
    # The same tap took a seat (not a waitlist place): no freed seat to wait for.
    "notice.seat_open_private.going": {
        "fr": "{name}, je ne peux pas vous écrire en privé : pour recevoir les rappels (et "
              "savoir si l'horaire ou le lieu change), ouvrez une conversation avec moi : "
              "{link}",
        "en": "{name}, I can't message you privately: to get reminders (and hear if the time "
              "or place changes), open a private chat with me: {link}",
    },
    "notice.open_private": {
        "fr": "Pour recevoir mes messages, ouvrez une conversation privée : {link}",
        "en": "To receive my messages, open a private chat: {link}",
    },
    # -- dates -----------------------------------------------------------------------------
    "when.until": {"fr": "{start}, jusqu'à {end}", "en": "{start}, until {end}"},
    "error.when_weekday": {
        "fr": "Le {date} est un {actual}, pas un {typed}. Vouliez-vous dire {as_named} ou "
              "{as_dated} ? Retapez la date avec l'un des deux.",
        "en": "{date} is a {actual}, not a {typed}. Did you mean {as_named} or {as_dated}? "
              "Please type the date again with one of them.",
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
              "horloges sautent de 2h à 3h. Pouvez-vous choisir une autre heure, par "
              "exemple {earlier} ou {later} ?",
        "en": "\"{value}\" does not exist: that night clocks jump from 2:00 to 3:00 for "
              "summer time. Could you choose another time, for example {earlier} or {later}?",
    },
    "error.when_midnight": {
        "fr": "« {value} » : minuit peut vouloir dire le début ou la fin de la journée. "
              "Écrivez plutôt 23h59, ou 0h avec le jour suivant.",
        "en": "\"{value}\": midnight can mean the start or the end of a day. Please write "
              "23:59, or 0:00 with the next day.",
    },
    "error.when_ambiguous_hour": {
        "fr": "« {value} » : {hour:# heure|# heures} du matin ou du soir ? Écrivez par "
              "exemple {am}h ou {pm}h.",
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
        "en": "\"{value}\": that time does not exist. Times go from 0:00 to 23:59, for "
              "example 19:30.",
    },
    "error.when_part_conflict": {
        "fr": "« {value} » : l'heure ne correspond pas au moment de la journée (matin, "
              "après-midi, soir). Par exemple : demain matin 10h, demain soir 20h.",
        "en": "\"{value}\": the time does not match the part of the day (morning, "
              "afternoon, evening). For example: tomorrow morning at 10am, tomorrow 8pm.",
    },
    "error.when_all_night": {
        "fr": "« {value} » : la fin tomberait le lendemain à {end}, toute la nuit. Si c'est "
              "bien ça, écrivez « du matin » après l'heure de fin (par exemple : samedi 19h à "
              "7h du matin) ; sinon, l'heure de fin du soir, par exemple : samedi 19h-23h.",
        "en": "\"{value}\": the end would be the next day at {end}, all night long. If so, "
              "write the end with \"am\" (for example: saturday 7pm to 7am); otherwise the "
              "evening's end, for example: saturday 7-11pm.",
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
    # -- events named by title words (slice D) ---------------------------------------------
    "event.choose": {
        "fr": "Plusieurs événements correspondent à « {words} » :",
        "en": "Several events match \"{words}\":",
    },
    "event.choose_more": {
        "fr": "… et d'autres encore : ajoutez un mot du titre, ou donnez le numéro.",
        "en": "… and more: add a word of the title, or give the number.",
    },
    "event.choose_line": {
        "fr": "Touchez celui que vous voulez, ou tapez son numéro, par exemple : {line}",
        "en": "Tap the one you mean, or type its number, for example: {line}",
    },
    "error.series_meant": {
        "fr": "Pour toutes les dates de la série n°{number} : /{command} {number} (/series "
              "donne les séries en cours ; pour une seule date, son numéro d'événement).",
        "en": "For every date of series {number}: /{command} {number} (/series lists the "
              "running series; for one date only, its event number).",
    },
    "error.series_meant_which": {
        "fr": "Pour toutes les dates d'une série : /{command} suivi du numéro de la série "
              "(/series les donne ; pour une seule date, son numéro d'événement).",
        "en": "For every date of a series: /{command} followed by the series' number "
              "(/series lists them; for one date only, its event number).",
    },
    "error.event_words_not_found": {
        "fr": "Je ne trouve aucun événement à venir avec « {words} » dans le titre. Le "
              "programme : /evenements (chaque événement a un numéro, par exemple #12).",
        "en": "I can't find any upcoming event with \"{words}\" in its title. The programme: "
              "/events (each event has a number, for example #12).",
    },
    "button.open_event": {"fr": "Voir l'événement #{id}", "en": "See event #{id}"},
    # The event picker (`Core._pick_event`): a member's command sent with no event.
    "pick.header": {"fr": "Quel événement ? Touchez-le :", "en": "Which event? Tap it:"},
    "pick.header.rsvp": {
        "fr": "Quel événement ? Touchez-le pour vous inscrire (1 place) :",
        "en": "Which event? Tap it to say you are coming (1 seat):"},
    "pick.header.ics": {
        "fr": "Quel événement ? Touchez-le pour recevoir son fichier calendrier :",
        "en": "Which event? Tap it to get its calendar file:"},
    "pick.button": {"fr": "ℹ️ #{id} · {day} · {title}", "en": "ℹ️ #{id} · {day} · {title}"},
    "pick.button.rsvp": {"fr": "✅ #{id} · {day} · {title}", "en": "✅ #{id} · {day} · {title}"},
    "pick.button.ics": {"fr": "📅 #{id} · {day} · {title}", "en": "📅 #{id} · {day} · {title}"},
    "pick.line": {"fr": "Ou tapez son numéro : {line}", "en": "Or type its number: {line}"},
    "pick.line.rsvp": {
        "fr": "Avec des invité·e·s, ou pour répondre autrement, tapez son numéro : {line} oui "
              "+2, {line} peut-être, {line} non",
        "en": "With guests, or for another answer, type its number: {line} yes +2, {line} "
              "maybe, {line} no"},
    "pick.more": {"fr": "… et d'autres encore : {events}", "en": "… and more: {events}"},
    "pick.none": {"fr": "Aucun événement à venir pour le moment.",
                  "en": "No upcoming events for now."},
    # After an answer typed in a group (`Core._typed_seat_notice`).
    "notice.private_here": {
        "fr": "C'est ici, en privé, que vous recevrez le rappel du #{id} et le message si une "
              "place se libère : gardez cette conversation ouverte.",
        "en": "Here, privately, is where you will get the reminder for #{id} and the message "
              "if a seat frees up: keep this chat open."},
    "notice.private_here_quiet": {  # reminders turned off (/rappels non)
        "fr": "C'est ici, en privé, que je vous écrirai si le #{id} change ou si une place se "
              "libère : gardez cette conversation ouverte.",
        "en": "Here, privately, is where I will write if #{id} changes or a seat frees up: "
              "keep this chat open."},
}
