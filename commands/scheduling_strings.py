"""Strings for reminders, series and scheduled announcements (issue 5), French and English.

Kept beside the catalog rather than in it so the scheduler's files stay in one place;
importing this module adds them to `bot.strings.STRINGS`.
"""

from __future__ import annotations

from bot.strings import STRINGS

STRINGS.update({
    # -- reminders -----------------------------------------------------------------------
    "reminder.text": {
        "fr": "⏰ Rappel : « {title} » (#{id}), {when}.\n📍 {place}",
        "en": "⏰ Reminder: \"{title}\" (#{id}), {when}.\n📍 {place}",
    },
    "reminder.waitlisted": {
        "fr": "Vous êtes en liste d'attente, position {position}. Je vous écris tout de suite "
              "si une place se libère.",
        "en": "You are on the waiting list, position {position}. I'll message you at once if "
              "a seat frees up.",
    },
    "button.drop": {"fr": "🚫 Je ne peux plus venir", "en": "🚫 I can't come anymore"},
    "button.see_event": {"fr": "ℹ️ Voir l'événement", "en": "ℹ️ See the event"},
    "drop.done": {
        "fr": "C'est noté : votre place pour « {title} » (#{id}) est libérée. Merci d'avoir "
              "prévenu !",
        "en": "Noted: your seat for \"{title}\" (#{id}) is freed. Thanks for letting us know!",
    },
    "summary.text": {
        "fr": "📋 Aujourd'hui : « {title} » (#{id}), {when}.\nPlaces prises : {going}/{capacity} "
              "({people} personne(s), {guests} invité·e(s)) · liste d'attente : {waitlist} · "
              "peut-être : {maybe}.\n/participants {id} pour la liste.",
        "en": "📋 Today: \"{title}\" (#{id}), {when}.\nSeats taken: {going}/{capacity} "
              "({people} people, {guests} guest(s)) · waiting list: {waitlist} · maybe: "
              "{maybe}.\n/attendees {id} for the list.",
    },
    "reminders.on": {
        "fr": "Rappels activés : je vous écris avant chaque événement où vous êtes inscrit·e.",
        "en": "Reminders on: I'll message you before each event you are going to.",
    },
    "reminders.off": {
        "fr": "Rappels désactivés. /rappels oui pour les réactiver.",
        "en": "Reminders off. /reminders on to turn them back on.",
    },
    "reminders.status_on": {
        "fr": "Vos rappels sont activés ({offsets} avant). /rappels non pour les couper.",
        "en": "Your reminders are on ({offsets} before). /reminders off to stop them.",
    },
    "reminders.status_off": {
        "fr": "Vos rappels sont désactivés. /rappels oui pour les activer.",
        "en": "Your reminders are off. /reminders on to turn them on.",
    },
    "error.bad_onoff": {
        "fr": "Je n'ai pas compris « {value} » : répondez oui ou non.",
        "en": "I didn't understand \"{value}\": answer on or off.",
    },
    "usage.reminders": {"fr": "/rappels oui|non", "en": "/reminders on|off"},
    "help.reminders": {"fr": "activer ou couper les rappels avant vos événements",
                       "en": "turn reminders before your events on or off"},
    # -- series --------------------------------------------------------------------------
    "usage.newseries": {
        "fr": "/nouvelleserie <titre> | <jour et heure, ex. vendredi 19h30> | [toutes les N "
              "semaines] | [places] | [type]",
        "en": "/newseries <title> | <day and time, e.g. friday 19:30> | [every N weeks] | "
              "[seats] | [kind]",
    },
    "help.newseries": {"fr": "créer une série hebdomadaire (8 semaines toujours prêtes)",
                       "en": "create a weekly series (always 8 weeks ahead)"},
    "usage.editseries": {
        "fr": "/modifierserie <numéro de série> <champ> <valeur>, ex. /modifierserie 1 heure "
              "20h (champs : titre, lieu, places, type, prix, heure)",
        "en": "/editseries <series number> <field> <value>, e.g. /editseries 1 time 20:00 "
              "(fields: title, place, seats, kind, price, time)",
    },
    "help.editseries": {"fr": "modifier toutes les dates à venir d'une série",
                        "en": "edit every coming date of a series"},
    "error.editseries_parts": {
        "fr": "Il faut le numéro de la série, le champ et la nouvelle valeur.",
        "en": "The series number, the field and the new value are needed.",
    },
    "error.bad_series_field": {
        "fr": "Champ « {value} » inconnu. Champs : titre, lieu, places, type, prix, heure.",
        "en": "Unknown field \"{value}\". Fields: title, place, seats, kind, price, time.",
    },
    "editseries.done": {
        "fr": "Série n°{id} « {title} » modifiée ({rule}) : {count} date(s) à venir mises à "
              "jour, {people} personne(s) prévenue(s).",
        "en": "Series {id} \"{title}\" updated ({rule}): {count} coming date(s) changed, "
              "{people} people told.",
    },
    "notify.series_changed": {
        "fr": "Changement pour « {title} » : {dates}.",
        "en": "Change for \"{title}\": {dates}.",
    },
    "usage.cancelseries": {"fr": "/annulerserie <numéro de série>",
                           "en": "/cancelseries <series number>"},
    "help.cancelseries": {"fr": "annuler toutes les dates à venir d'une série",
                          "en": "cancel every coming date of a series"},
    "usage.series": {"fr": "/series", "en": "/series"},
    "help.series": {"fr": "les séries en cours", "en": "the running series"},
    "error.newseries_parts": {
        "fr": "Il faut au moins un titre et un jour avec une heure, séparés par |.",
        "en": "I need at least a title and a day with a time, separated by |.",
    },
    "error.bad_weekly": {
        "fr": "Je n'ai pas compris « {value} » : donnez un jour et une heure, par exemple "
              "vendredi 19h30.",
        "en": "I didn't understand \"{value}\": give a day and a time, for example friday "
              "19:30.",
    },
    "error.bad_interval": {
        "fr": "Je n'ai pas compris « {value} » : par exemple « toutes les 2 semaines » (1 à "
              "{max}).",
        "en": "I didn't understand \"{value}\": for example \"every 2 weeks\" (1 to {max}).",
    },
    "error.missing_series_id": {"fr": "Il manque le numéro de la série. /series les affiche.",
                                "en": "The series number is missing. /series lists them."},
    "error.series_not_found": {"fr": "Je ne trouve pas de série n°{id}.",
                               "en": "I can't find series {id}."},
    "newseries.done": {
        "fr": "Série n°{id} créée : « {title} », {rule}. {count} date(s) prête(s) : {ids}. "
              "Les suivantes s'ajoutent toutes seules.",
        "en": "Series {id} created: \"{title}\", {rule}. {count} date(s) ready: {ids}. More "
              "are added automatically.",
    },
    "series.rule_weekly": {"fr": "chaque {weekday} à {time}", "en": "every {weekday} at {time}"},
    "series.rule_every": {"fr": "un {weekday} sur {n}, à {time}",
                          "en": "every {n} weeks on {weekday} at {time}"},
    "series.none": {"fr": "Aucune série en cours. /nouvelleserie pour en créer une.",
                    "en": "No running series. /newseries creates one."},
    "series.header": {"fr": "Séries en cours :", "en": "Running series:"},
    "series.line": {"fr": "• n°{id} « {title} », {rule} — prochaine : {next}",
                    "en": "• {id} \"{title}\", {rule} — next: {next}"},
    "series.no_next": {"fr": "aucune", "en": "none"},
    "cancelseries.done": {
        "fr": "Série n°{id} arrêtée : {count} date(s) annulée(s), {people} personne(s) "
              "prévenue(s).",
        "en": "Series {id} stopped: {count} date(s) cancelled, {people} people told.",
    },
    "cancelseries.already": {"fr": "La série n°{id} est déjà arrêtée.",
                             "en": "Series {id} is already stopped."},
    "notify.series_cancelled": {
        "fr": "« {title} » s'arrête : les dates où vous étiez inscrit·e sont annulées ({dates}). "
              "Désolé·es !",
        "en": "\"{title}\" is stopping: the dates you had answered are cancelled ({dates}). "
              "Sorry!",
    },
    # -- scheduled announcements -------------------------------------------------------
    "usage.announcelater": {"fr": "/annoncerplustard <numéro> <quand>",
                            "en": "/announcelater <number> <when>"},
    "help.announcelater": {"fr": "programmer l'annonce d'un événement",
                           "en": "schedule an event's announcement"},
    "usage.scheduled": {"fr": "/programmees", "en": "/scheduled"},
    "help.scheduled": {"fr": "les annonces programmées", "en": "scheduled announcements"},
    "usage.unschedule": {"fr": "/deprogrammer <n>", "en": "/unschedule <n>"},
    "help.unschedule": {"fr": "annuler une annonce programmée",
                        "en": "cancel a scheduled announcement"},
    "error.announcelater_parts": {
        "fr": "Donnez le numéro de l'événement puis quand l'annoncer, par exemple : "
              "/annoncerplustard 12 demain 18h.",
        "en": "Give the event number then when to announce it, for example: "
              "/announcelater 12 tomorrow 6pm.",
    },
    "error.announce_after_start": {
        "fr": "L'événement #{id} aura commencé à ce moment-là.",
        "en": "Event #{id} will have started by then.",
    },
    "error.missing_number": {"fr": "Il manque le numéro (voir /programmees).",
                             "en": "The number is missing (see /scheduled)."},
    "error.scheduled_not_found": {"fr": "Aucune annonce programmée n°{id}.",
                                  "en": "No scheduled announcement {id}."},
    "announcelater.done": {
        "fr": "Annonce n°{n} programmée : « {title} » (#{id}) sera publiée {when}.",
        "en": "Announcement {n} scheduled: \"{title}\" (#{id}) will be published {when}.",
    },
    "scheduled.none": {"fr": "Aucune annonce programmée.", "en": "No scheduled announcement."},
    "scheduled.header": {"fr": "Annonces programmées :", "en": "Scheduled announcements:"},
    "scheduled.line": {"fr": "• n°{n} : « {title} » (#{id}), {when}",
                       "en": "• {n}: \"{title}\" (#{id}), {when}"},
    "unschedule.done": {"fr": "Annonce n°{n} annulée.", "en": "Announcement {n} cancelled."},
})
