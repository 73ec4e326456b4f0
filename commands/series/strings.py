"""Weekly series: /newseries, /editseries, /cancelseries, /series and their notices."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "help.newseries": {
        "fr": "créer une série hebdomadaire (8 semaines toujours prêtes)",
        "en": "create a weekly series (always 8 weeks ahead)",
    },
    "help.editseries": {
        "fr": "modifier toutes les dates à venir d'une série",
        "en": "edit every coming date of a series",
    },
    "help.cancelseries": {
        "fr": "annuler toutes les dates à venir d'une série",
        "en": "cancel every coming date of a series",
    },
    "help.series": {
        "fr": "les séries en cours",
        "en": "the running series",
    },
    "newseries.done": {
        "fr": "Série n°{id} créée : « {title} », {rule}. {count} date(s) prête(s) : {ids}. Les "
              "suivantes s'ajoutent toutes seules.",
        "en": "Series {id} created: \"{title}\", {rule}. {count} date(s) ready: {ids}. More "
              "are added automatically.",
    },
    "series.rule_weekly": {
        "fr": "chaque {weekday} à {time}",
        "en": "every {weekday} at {time}",
    },
    "series.rule_every": {
        "fr": "un {weekday} sur {n}, à {time}",
        "en": "every {n} weeks on {weekday} at {time}",
    },
    "series.none": {
        "fr": "Aucune série en cours. /nouvelleserie pour en créer une.",
        "en": "No running series. /newseries creates one.",
    },
    "series.header": {
        "fr": "Séries en cours :",
        "en": "Running series:",
    },
    "series.line": {
        "fr": "• n°{id} « {title} », {rule} — prochaine : {next}",
        "en": "• {id} \"{title}\", {rule} — next: {next}",
    },
    "series.no_next": {
        "fr": "aucune",
        "en": "none",
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
    "cancelseries.done": {
        "fr": "Série n°{id} arrêtée : {count} date(s) annulée(s), {people} personne(s) "
              "prévenue(s).",
        "en": "Series {id} stopped: {count} date(s) cancelled, {people} people told.",
    },
    "cancelseries.already": {
        "fr": "La série n°{id} est déjà arrêtée.",
        "en": "Series {id} is already stopped.",
    },
    "notify.series_cancelled": {
        "fr": "« {title} » s'arrête : les dates où vous étiez inscrit·e sont annulées "
              "({dates}). Désolé·es !",
        "en": "\"{title}\" is stopping: the dates you had answered are cancelled ({dates}). Sorry!",
    },
    "error.bad_weekly": {
        "fr": "Je n'ai pas compris « {value} » : donnez un jour et une heure, par exemple "
              "vendredi 19h30.",
        "en": "I didn't understand \"{value}\": give a day and a time, for example friday 19:30.",
    },
    "error.bad_interval": {
        "fr": "Je n'ai pas compris « {value} » : par exemple « toutes les 2 semaines » (1 à "
              "{max}).",
        "en": "I didn't understand \"{value}\": for example \"every 2 weeks\" (1 to {max}).",
    },
    "error.bad_series_field": {
        "fr": "Champ « {value} » inconnu. Champs : titre, lieu, places, type, prix, heure.",
        "en": "Unknown field \"{value}\". Fields: title, place, seats, kind, price, time.",
    },
    "error.series_not_found": {
        "fr": "Je ne trouve pas de série n°{id}.",
        "en": "I can't find series {id}.",
    },
    "error.missing_value": {
        "fr": "Il manque la valeur.",
        "en": "The value is missing.",
    },
    "error.bad_series_id": {
        "fr": "« {value} » n'est pas un numéro de série. /series les affiche.",
        "en": "\"{value}\" is not a series number. /series lists them.",
    },
    "param.rule": {
        "fr": "horaire",
        "en": "schedule",
    },
    "param.interval": {
        "fr": "fréquence",
        "en": "frequency",
    },
    "param.series": {
        "fr": "série",
        "en": "series",
    },
    "optdesc.newseries.title": {
        "fr": "Le titre de chaque date",
        "en": "The title of each date",
    },
    "optdesc.newseries.rule": {
        "fr": "Le jour et l'heure, par exemple vendredi 19h30",
        "en": "The day and time, for example friday 19:30",
    },
    "optdesc.newseries.interval": {
        "fr": "Toutes les combien de semaines (par défaut : chaque semaine)",
        "en": "Every how many weeks (default: every week)",
    },
    "optdesc.newseries.capacity": {
        "fr": "Nombre de places à chaque date (vide : illimité)",
        "en": "Seats at each date (empty: unlimited)",
    },
    "optdesc.newseries.kind": {
        "fr": "Le type d'événement",
        "en": "The kind of event",
    },
    "optdesc.editseries.series": {
        "fr": "Numéro de la série (voir /series)",
        "en": "Series number (see /series)",
    },
    "optdesc.editseries.field": {
        "fr": "Ce qui change pour toutes les dates à venir",
        "en": "What changes for every coming date",
    },
    "optdesc.editseries.value": {
        "fr": "La nouvelle valeur, par exemple jeudi 20h",
        "en": "The new value, for example thursday 20:00",
    },
    "optdesc.cancelseries.series": {
        "fr": "Numéro de la série à arrêter (voir /series)",
        "en": "Number of the series to stop (see /series)",
    },
    "example.newseries": {
        "fr": "ex. /nouvelleserie Soirée jeux | vendredi 19h30 | toutes les 2 semaines | 12 | jeux",
        "en": "e.g. /newseries Game night | friday 7:30pm | every 2 weeks | 12 | board games",
    },
    "example.editseries": {
        "fr": "ex. /modifierserie 1 heure jeudi 20h",
        "en": "e.g. /editseries 1 time thursday 8pm",
    },
    "example.cancelseries": {
        "fr": "ex. /annulerserie 1",
        "en": "e.g. /cancelseries 1",
    },
}
