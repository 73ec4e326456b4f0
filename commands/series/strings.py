"""Series: /newseries, /editseries, /cancelseries, /series and their notices."""

from __future__ import annotations

from commands.events.strings import EDIT_EXAMPLES, edit_lines

_RULES_FR = ("vendredi 19h30 · un samedi sur deux 20h · mardi et jeudi 18h · premier samedi "
             "du mois 14h · dernier vendredi du mois 19h")
_RULES_EN = ("friday 7:30pm · every other saturday 8pm · tuesday and thursday 6pm · first "
             "saturday of the month 2pm · last friday of the month 7pm")

STRINGS: dict[str, dict[str, str]] = {
    "help.newseries": {
        "fr": "créer une série : chaque vendredi, un samedi sur deux, le 1er samedi du mois…",
        "en": "create a series: every Friday, every other Saturday, first Saturday of the "
              "month…",
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
    "newseries.already": {
        "fr": "La série n°{id} « {title} » ({rule}) existe déjà : rien de créé en double. "
              "Pour la changer : /modifierserie {id} ; pour voir les séries : /series",
        "en": "Series {id} \"{title}\" ({rule}) already exists: nothing created twice. To "
              "change it: /editseries {id}; to see the series: /series",
    },
    "newseries.done": {
        "fr": "Série n°{id} créée : « {title} », {rule}. {count:# date prête|# dates prêtes} ; "
              "les suivantes s'ajoutent toutes seules. Prochaines dates :\n{dates}",
        "en": "Series {id} created: \"{title}\", {rule}. {count:# date|# dates} ready; more "
              "are added automatically. Next dates:\n{dates}",
    },
    "series.more_dates": {
        "fr": "… et {count:# autre date|# autres dates} dans /evenements",
        "en": "… and {count} more in /events",
    },
    "series.date_line": {
        "fr": "• #{id} {when}",
        "en": "• #{id} {when}",
    },
    "series.next_dates": {
        "fr": "Prochaines dates :\n{dates}",
        "en": "Next dates:\n{dates}",
    },
    "series.rule_weekly": {
        "fr": "chaque {days} à {time}",
        "en": "every {days} at {time}",
    },
    "series.rule_other": {
        "fr": "un {days} sur deux à {time}",
        "en": "every other {days} at {time}",
    },
    "series.rule_every": {
        "fr": "un {days} sur {n} à {time}",
        "en": "every {n} weeks on {days} at {time}",
    },
    "series.rule_monthly": {
        "fr": "le {positions} {days} du mois à {time}",
        "en": "the {positions} {days} of the month at {time}",
    },
    "series.time_until": {
        "fr": "{start} (jusqu'à {end})",
        "en": "{start} (until {end})",
    },
    "series.numbers": {
        "fr": "zéro,un,deux,trois,quatre,cinq,six,sept,huit,neuf,dix,onze,douze",
        "en": "0,1,2,3,4,5,6,7,8,9,10,11,12",
    },
    "series.position.1": {"fr": "premier", "en": "first"},
    "series.position.2": {"fr": "deuxième", "en": "second"},
    "series.position.3": {"fr": "troisième", "en": "third"},
    "series.position.4": {"fr": "quatrième", "en": "fourth"},
    "series.position.-1": {"fr": "dernier", "en": "last"},
    "series.position.-2": {"fr": "avant-dernier", "en": "second-to-last"},
    "series.and": {"fr": " et ", "en": " and "},
    "series.and_the": {"fr": " et le ", "en": " and "},
    "series.comma_the": {"fr": ", le ", "en": ", "},
    "series.dst_gap": {
        "fr": "À noter : la nuit du passage à l'heure d'été, {time} n'existe pas ; cette "
              "date-là aura lieu à {later}.",
        "en": "Note: on the night the clocks go forward, {time} does not exist; that date "
              "will be at {later}.",
    },
    "series.none": {
        "fr": "Aucune série en cours. /nouvelleserie pour en créer une.",
        "en": "No running series. /newseries creates one.",
    },
    "series.which": {
        "fr": "Quelle série ? Touchez-la, ou tapez la ligne voulue :",
        "en": "Which series? Tap it, or type the line you need:",
    },
    # Discord takes no typed « /annulerserie 1 »: the buttons only.
    "series.which.discord": {"fr": "Quelle série ? Touchez-la :", "en": "Which series? Tap it:"},
    "series.which_line.cancelseries.discord": {"fr": "• n°{id} « {title} », {rule}",
                                               "en": "• {id} \"{title}\", {rule}"},
    "series.which_line.editseries.discord": {"fr": "• n°{id} « {title} », {rule}",
                                             "en": "• {id} \"{title}\", {rule}"},
    "series.pick.cancelseries": {"fr": "🛑 n°{id} · {title}", "en": "🛑 {id} · {title}"},
    "series.pick.editseries": {"fr": "✏️ n°{id} · {title}", "en": "✏️ {id} · {title}"},
    "series.which_line.cancelseries": {
        "fr": "• /annulerserie {id} — « {title} », {rule}",
        "en": "• /cancelseries {id} — \"{title}\", {rule}",
    },
    "series.which_line.editseries": {
        "fr": "• /modifierserie {id} — « {title} », {rule}",
        "en": "• /editseries {id} — \"{title}\", {rule}",
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
    "editseries.done_nobody": {
        "fr": "Série n°{id} « {title} » modifiée ({rule}) : {count:# date à venir mise à "
              "jour|# dates à venir mises à jour} ; personne n'y est inscrit·e : aucun "
              "message n'est parti.",
        "en": "Series {id} \"{title}\" updated ({rule}): {count:# coming date|# coming dates} "
              "changed; nobody is booked on them: no message went out.",
    },
    "editseries.done_quiet": {
        "fr": "Série n°{id} « {title} » modifiée ({rule}) : {count:# date à venir mise à "
              "jour|# dates à venir mises à jour}.",
        "en": "Series {id} \"{title}\" updated ({rule}): {count:# coming date|# coming dates} "
              "changed.",
    },
    "editseries.one_at_a_time": {
        "fr": "Une chose à la fois : rien n'est changé, personne n'est prévenu. Envoyez ces "
              "deux lignes, l'une après l'autre :\n/modifierserie {id} {first} {first_value}"
              "\n/modifierserie {id} {second} {second_value}",
        "en": "One change at a time: nothing is changed, nobody is told. Send these two "
              "lines, one after the other:\n/editseries {id} {first} {first_value}\n"
              "/editseries {id} {second} {second_value}",
    },
    "editseries.one_at_a_time.discord": {
        "fr": "Une chose à la fois : rien n'est changé, personne n'est prévenu. Relancez "
              "/modifierserie deux fois : champ « {first_label} », valeur « {first_value} », "
              "puis champ « {second_label} », valeur « {second_value} ».",
        "en": "One change at a time: nothing is changed, nobody is told. Run /editseries "
              "twice: field \"{first_label}\", value \"{first_value}\", then field "
              "\"{second_label}\", value \"{second_value}\".",
    },
    "editseries.done": {
        "fr": "Série n°{id} « {title} » modifiée ({rule}) : {count:# date à venir mise à "
              "jour|# dates à venir mises à jour}, {people:# personne prévenue|# personnes "
              "prévenues}.",
        "en": "Series {id} \"{title}\" updated ({rule}): {count:# coming date|# coming dates} "
              "changed, {people:# person|# people} told.",
    },
    "editseries.changed": {"fr": "{field} → {value}", "en": "{field} → {value}"},
    "editseries.dropped": {
        "fr": "La nouvelle règle a moins de dates : {count:# date annulée|# dates annulées}, "
              "les personnes inscrites sont prévenues.",
        "en": "The new rule has fewer dates: {count:# date|# dates} cancelled, the people "
              "who answered are told.",
    },
    "notify.series_changed": {
        "fr": "Changement pour « {title} » : {dates}.",
        "en": "Change for \"{title}\": {dates}.",
    },
    "notify.series_before": {"fr": "(avant : {before})", "en": "(before: {before})"},
    "notify.series_dropped": {
        "fr": "« {title} » change de rythme : ces dates où vous étiez inscrit·e sont annulées "
              "({dates}). Désolé·e·s !",
        "en": "\"{title}\" is changing its rhythm: these dates you had answered are cancelled "
              "({dates}). Sorry!",
    },
    "cancelseries.preview": {
        "fr": "Arrêter la série n°{id} « {title} » ? {count:Sa # date à venir sera annulée|"
              "Ses # dates à venir seront annulées}{dates}, et {told}. Ce "
              "ne peut pas être défait. "
              "Pour une seule date (vacances, salle prise) : /annuler suivi de son numéro. "
              "Confirmez avec le bouton (valable 30 minutes).",
        "en": "Stop series {id} \"{title}\"? {count:Its # coming date|Its # coming dates} "
              "will be cancelled{dates}, and {told}. This cannot be undone. For one date "
              "only (holidays, room taken): /cancel followed by its number. Confirm with the "
              "button (valid 30 minutes).",
    },
    "cancelseries.told": {
        "fr": "{people:# personne qui y a répondu sera prévenue|# personnes qui y ont répondu "
              "seront prévenues}",
        "en": "{people:# person who answered them|# people who answered them} told",
    },
    "cancelseries.told_none": {
        "fr": "personne n'y a répondu : aucun message ne partira",
        "en": "nobody answered them: no message will go out",
    },
    "cancelseries.span": {
        "fr": " (du {first} au {last})",
        "en": " (from {first} to {last})",
    },
    "cancelseries.kept": {
        "fr": "Rien n'a changé : la série n°{id} « {title} » continue.",
        "en": "Nothing changed: series {id} \"{title}\" goes on.",
    },
    "cancelseries.expired": {
        "fr": "Ce bouton a plus de 30 minutes : rien n'a été arrêté. Pour arrêter la série, "
              "retapez /annulerserie {id}",
        "en": "This button is over 30 minutes old: nothing was stopped. To stop the series, "
              "type /cancelseries {id} again",
    },
    "button.stop_series": {"fr": "Oui, arrêter la série", "en": "Yes, stop the series"},
    "button.keep_series": {"fr": "Non, la garder", "en": "No, keep it"},
    "cancelseries.done": {
        "fr": "Série n°{id} « {title} » arrêtée : {count:# date annulée|# dates annulées}, "
              "{people:# personne prévenue|# personnes prévenues}.",
        "en": "Series {id} \"{title}\" stopped: {count:# date|# dates} cancelled, "
              "{people:# person|# people} told.",
    },
    "cancelseries.already": {
        "fr": "La série n°{id} est déjà arrêtée.",
        "en": "Series {id} is already stopped.",
    },
    "notify.series_cancelled": {
        "fr": "« {title} » s'arrête : les dates où vous étiez inscrit·e sont annulées "
              "({dates}). Désolé·e·s !",
        "en": "\"{title}\" is stopping: the dates you had answered are cancelled ({dates}). Sorry!",
    },
    "error.bad_rule": {
        "fr": "Je n'ai pas compris « {value} » comme rythme de série. Exemples : " + _RULES_FR
              + ".",
        "en": "I didn't understand \"{value}\" as a series rhythm. Examples: " + _RULES_EN + ".",
    },
    "error.rule_need_time": {
        "fr": "À quelle heure ? Ajoutez l'heure à « {value} », par exemple : " + _RULES_FR + ".",
        "en": "At what time? Add the time to \"{value}\", for example: " + _RULES_EN + ".",
    },
    "error.rule_day_dash": {
        "fr": "« {typed} » : ces deux jours seulement, ou tous les jours de l'un à l'autre ? "
              "Écrivez « {first} et {last} » ou « du {first} au {last} ».",
        "en": "\"{typed}\": those two days only, or every day from one to the other? Please "
              "write \"{first} and {last}\" or \"{first} to {last}\".",
    },
    "error.rule_except": {
        "fr": "Une série ne sait pas sauter les vacances ou les jours fériés toute seule. "
              "Créez-la sans « {words} » (par exemple : {example}), puis annulez les dates à "
              "sauter une par une avec /annuler <numéro de la date>.",
        "en": "A series cannot skip holidays by itself. Create it without \"{words}\" (for "
              "example: {example}), then cancel the dates to skip one by one with /cancel "
              "<number of the date>.",
    },
    "error.rule_daily": {
        "fr": "Une série ne peut pas avoir lieu chaque jour : choisissez un ou plusieurs jours "
              "de la semaine. Exemples : " + _RULES_FR + ".",
        "en": "A series cannot happen every day: choose one or more weekdays. Examples: "
              + _RULES_EN + ".",
    },
    "error.rule_one_time": {
        "fr": "Une série a une seule heure pour toutes ses dates. Pour des heures différentes, "
              "créez deux séries (ex. mardi 18h, puis jeudi 19h).",
        "en": "A series has one time for all its dates. For different times, create two "
              "series (e.g. tuesday 6pm, then thursday 7pm).",
    },
    "error.rule_two_intervals": {
        "fr": "La règle et la fréquence donnent deux fréquences différentes : écrivez-la une "
              "seule fois (ex. « un samedi sur deux 20h »).",
        "en": "The rule and the frequency give two different frequencies: write it once "
              "(e.g. \"every other saturday 8pm\").",
    },
    "error.bad_interval": {
        "fr": "Je n'ai pas compris « {value} » : par exemple « toutes les 2 semaines » (1 à "
              "{max}).",
        "en": "I didn't understand \"{value}\": for example \"every 2 weeks\" (1 to {max}).",
    },
    "error.bare_interval": {
        "fr": "« {value} » seul après le rythme : toutes les {value} semaines, ou {value} "
              "places ? Rien n'est créé. Pour le rythme, écrivez « toutes les {value} "
              "semaines » ; pour {value} places, mettez « chaque semaine » à cette place et "
              "{value} après, par exemple : … | tous les vendredis 19h | chaque semaine | "
              "{value}",
        "en": "\"{value}\" alone after the rhythm: every {value} weeks, or {value} seats? "
              "Nothing is created. For the rhythm, write \"every {value} weeks\"; for "
              "{value} seats, put \"every week\" there and {value} after it, for example: "
              "… | every friday 7pm | every week | {value}",
    },
    "error.bad_series_field": {
        "fr": "Champ « {value} » inconnu. Champs : titre, lieu, places, type, prix, heure, "
              "durée, description.",
        "en": "Unknown field \"{value}\". Fields: title, place, seats, kind, price, time, "
              "duration, description.",
    },
    "error.series_not_found": {
        "fr": "Je ne trouve pas de série n°{id}.",
        "en": "I can't find series {id}.",
    },
    "error.series_is_event": {
        "fr": "Je ne trouve pas de série n°{id} : #{id} est une date de la série n°{series} "
              "« {title} ». C'est le numéro {series} qu'il faut donner ici ; pour cette date "
              "seule, /annuler {id} ou /modifier {id}.",
        "en": "I can't find series {id}: #{id} is a date of series {series} \"{title}\". "
              "Give the number {series} here; for that date alone, /cancel {id} or "
              "/editevent {id}.",
    },
    "error.series_not_found_list": {
        "fr": "Je ne trouve pas de série n°{id}. Séries en cours : {names}.",
        "en": "I can't find series {id}. Running series: {names}.",
    },
    "error.series_not_found_none": {
        "fr": "Je ne trouve pas de série n°{id} : aucune série n'est en cours.",
        "en": "I can't find series {id}: no series is running.",
    },
    "series.name": {
        "fr": "n°{id} « {title} »",
        "en": "{id} \"{title}\"",
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
    "param.duration": {
        "fr": "durée",
        "en": "duration",
    },
    "param.description": {
        "fr": "description",
        "en": "description",
    },
    "optdesc.newseries.title": {
        "fr": "Le titre de chaque date",
        "en": "The title of each date",
    },
    "optdesc.newseries.rule": {
        "fr": "Le rythme : vendredi 19h30, un samedi sur deux 20h, premier samedi du mois 14h",
        "en": "The rhythm: friday 7:30pm, every other saturday 8pm, first saturday of the month",
    },
    "optdesc.newseries.interval": {
        "fr": "Toutes les combien de semaines (ou dans le rythme : un samedi sur deux)",
        "en": "Every how many weeks (or in the rhythm: every other saturday)",
    },
    "optdesc.newseries.capacity": {
        "fr": "Nombre de places à chaque date (vide : illimité)",
        "en": "Seats at each date (empty: unlimited)",
    },
    "optdesc.newseries.kind": {
        "fr": "Le type d'événement",
        "en": "The kind of event",
    },
    "optdesc.newseries.price": {
        "fr": "Le prix de chaque date, par exemple 5 € (vide : gratuit)",
        "en": "The price of each date, for example 5 € (empty: free)",
    },
    "optdesc.newseries.duration": {
        "fr": "La durée de chaque date, par exemple 2h ou 1h30",
        "en": "How long each date lasts, for example 2h or 1h30",
    },
    "optdesc.newseries.description": {
        "fr": "Ce qu'on y fait, ce qu'il faut apporter",
        "en": "What happens there, what to bring",
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
        "fr": "La nouvelle valeur, par exemple jeudi 20h ou premier samedi du mois 14h",
        "en": "The new value, for example thursday 8pm or first saturday of the month 2pm",
    },
    "optdesc.cancelseries.series": {
        "fr": "Numéro de la série à arrêter (voir /series)",
        "en": "Number of the series to stop (see /series)",
    },
    "example.newseries": {
        "fr": "ex. /nouvelleserie Soirée jeux | un vendredi sur deux 19h30 | | 12 | jeux | "
              "gratuit | 3h",
        "en": "e.g. /newseries Game night | every other friday 7:30pm | | 12 | board games | "
              "free | 3h",
    },
    "example.editseries": {
        "fr": "ex. /modifierserie 1 lieu Salle 2",
        "en": "e.g. /editseries 1 place Room 2",
    },
    "example.cancelseries": {
        "fr": "ex. /annulerserie 1",
        "en": "e.g. /cancelseries 1",
    },
}


# /modifierserie's fields, each with an example value that works as typed (canonical field or
# "" for a second line of the same field, French word and value, English word and value):
# « /modifierserie 1 » alone lists them, « /modifierserie 1 lieu » alone gives its line.
_SAME = {row[0]: row for row in EDIT_EXAMPLES if row[0]}  # /modifier's rows, as they are
_EDIT_EXAMPLES: tuple[tuple[str, str, str, str, str], ...] = (
    ("title", "titre", "Club jeux du vendredi", "title", "Friday games club"),
    ("when", "heure", "20h", "time", "8pm"),
    ("", "jour", "jeudi", "day", "thursday"),
    _SAME["duration"],
    _SAME["place"],
    ("capacity", "places", "15", "capacity", "15"),
    _SAME["kind"],
    ("price", "prix", "3 €", "price", "3"),
    _SAME["description"],
)
STRINGS.update(edit_lines("editseries", ("modifierserie", "editseries"), "series",
                          _EDIT_EXAMPLES, (" (toutes les dates à venir changent)",
                                           " (every coming date changes)")))
