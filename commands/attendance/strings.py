"""Words of the door list and of the report, French first, then English."""

from __future__ import annotations

# Month names in full come from `bot.i18n.month_name`; the chart's axis needs short ones.
_SHORT_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc.")
_SHORT_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec")

STRINGS: dict[str, dict[str, str]] = {
    # -- commands ------------------------------------------------------------------------------
    "help.checkin": {"fr": "pointer les présent·e·s à l'entrée (liste à toucher, par pages)",
                     "en": "check people in at the door (a list to tap, in pages)"},
    "example.checkin": {"fr": "ex. /pointage 12", "en": "e.g. /checkin 12"},
    "optdesc.checkin.event": {"fr": "Numéro de l'événement (tapez pour chercher par titre)",
                              "en": "Event number (type to search by title)"},
    "member_hint.checkin": {
        "fr": "La liste de l'entrée est tenue par l'équipe. Votre réponse est sur la carte "
              "de l'événement : /evenement {id}",
        "en": "The door list is kept by the team. Your answer is on the event's card: "
              "/event {id}",
    },
    "help.report": {"fr": "le bilan de l'activité (texte, tableau CSV et graphique), sans noms",
                    "en": "the activity report (text, CSV spreadsheet and chart), no names"},
    "example.report": {"fr": "ex. /bilan ce mois-ci, /bilan dernier trimestre, /bilan de "
                             "septembre à décembre, /bilan 2026",
                       "en": "e.g. /report this month, /report last quarter, /report from "
                             "september to december, /report 2026"},
    "param.period": {"fr": "période", "en": "period"},
    "optdesc.report.period": {
        "fr": "ce mois-ci, dernier trimestre, de septembre à "
              "décembre, 2026 ; par défaut 12 mois",
        "en": "this month, last quarter, from september to "
              "december, 2026; default: 12 months",
    },
    "error.bad_period": {
        "fr": "« {value} » : je ne comprends pas cette période. Exemples : ce mois-ci, "
              "le mois dernier, dernier trimestre, cette année, cette saison, de septembre à "
              "décembre, novembre 2026, 2026, 2026-2027 (septembre à août).",
        "en": "\"{value}\": I don't understand this period. Examples: this month, last month, "
              "last quarter, this year, this season, from september to december, "
              "november 2026, 2026, 2026-2027 (September to August).",
    },
    "error.period_backwards": {
        "fr": "« {value} » : la fin de la période vient avant son début.",
        "en": "\"{value}\": the period ends before it starts.",
    },
    "error.period_too_long": {
        "fr": "Cette période compte {months} mois : {max} au plus, pour un graphique lisible. "
              "Faites deux bilans.",
        "en": "This period is {months} months long: {max} at most, for a readable chart. "
              "Ask for two reports.",
    },
    # -- the door list -------------------------------------------------------------------------
    "door.header": {"fr": "🚪 Entrée — « {title} » (#{id})",
                    "en": "🚪 Door — \"{title}\" (#{id})"},
    "door.counts": {
        "fr": "Présent·e·s : {present} sur {booked:# place réservée|# places réservées} · "
              "sans inscription : {walk_ins}",
        "en": "Present: {present} of {booked:# seat booked|# seats booked} · "
              "walk-ins: {walk_ins}",
    },
    # Present seats and walk-ins against the seats the event has (lowered in the evening
    # too): at the door, the number that says whether one more may come in.
    "door.inside": {"fr": "Dans la salle : {inside} pour {capacity:# place|# places}",
                    "en": "Inside: {inside} for {capacity:# seat|# seats}"},
    "door.inside_full": {
        "fr": "⚠️ Dans la salle : {inside} pour {capacity:# place|# places} : complet",
        "en": "⚠️ Inside: {inside} for {capacity:# seat|# seats}: full"},
    # Before the start: seats nobody booked, what a walk-in may take without taking the
    # seat of a family still on its way.
    "door.free_walk_ins": {
        "fr": "Libres sans réservation : {free:# place|# places}",
        "en": "Still free without a booking: {free:# seat|# seats}"},
    "door.no_free_walk_ins": {
        "fr": "Plus de place sans réservation : les autres sont réservées (attendez le début "
              "pour celles des absent·e·s).",
        "en": "No seat left without a booking: the others are booked (wait for the start "
              "for those of people who do not come)."},
    # More walk-ins than seats nobody booked, before the start: the last seat was booked
    # online while the volunteer let someone in (or she let them in knowingly).
    "door.too_many_walk_ins": {
        "fr": "⚠️ {over:# personne|# personnes} de trop sans réservation : toutes les places "
              "sont réservées (une réservation en ligne a pu arriver entre-temps). Faites "
              "patienter jusqu'au début (places des absent·e·s) ou touchez « ➖ ».",
        "en": "⚠️ {over:# walk-in|# walk-ins} too many: every seat is booked (someone may "
              "have booked online meanwhile). Ask them to wait for the start (seats of people "
              "who do not come) or tap \"➖\"."},
    # More seats booked than the event has, before the start, without walk-ins: someone
    # from the waitlist let in at the door (or the seats lowered since the bookings).
    "door.overbooked": {
        "fr": "⚠️ {booked} places réservées pour {capacity} : la liste d'attente laissée "
              "entrer avant le début prend {over:une place de plus|# places de plus} (ou les "
              "places ont été baissées). Chaque place réservée est encore attendue : faites "
              "patienter jusqu'au début, ou touchez encore le nom pour annuler.",
        "en": "⚠️ {booked} seats booked for {capacity}: letting in from the waitlist before "
              "the start takes {over:one seat more|# seats more} (or the seats were lowered). "
              "Every seat booked may still come: ask them to wait for the start, or tap the "
              "name again to undo."},
    "door.pick": {"fr": "Quelle entrée ? Touchez l'événement.",
                  "en": "Which door? Tap the event."},
    "door.pick_button": {"fr": "🚪 #{id} · {time} · {title}", "en": "🚪 #{id} · {time} · {title}"},
    "door.none_yet": {
        "fr": "Aucune entrée ouverte pour l'instant : la liste s'ouvre 3 h avant le début. "
              "Prochain événement : « {title} » (#{id}), entrée à partir de {opens} : "
              "/pointage {id}",
        "en": "No door open yet: the list opens 3 hours before the start. Next event: "
              "\"{title}\" (#{id}), door from {opens}: /checkin {id}"},
    "door.none": {"fr": "Aucun événement à venir : pas d'entrée à tenir.",
                  "en": "No upcoming event: no door to keep."},
    "door.no_shows": {"fr": "Pas (encore) arrivé·e·s : {count:# place|# places}",
                      "en": "Not (yet) here: {count:# seat|# seats}"},
    "door.not_come": {"fr": "Pas venu·e·s : {count:# place|# places}",
                      "en": "Did not come: {count:# seat|# seats}"},
    # Started, and nothing stands on the door: the report counts the seats booked.
    "door.nothing_kept": {
        "fr": "Rien de pointé : sans pointage, le bilan comptera les {booked:# place "
              "réservée|# places réservées}.",
        "en": "Nothing checked: without check-ins, the report counts the {booked:# seat "
              "booked|# seats booked}."},
    # Over, the books still open: late taps and corrections until they close.
    "door.how_late": {
        "fr": "C'est terminé : corrections possibles jusqu'au {closes} (touchez un nom venu, "
              "ou encore une fois pour annuler) ; ensuite les comptes sont clos pour le bilan.",
        "en": "It is over: corrections are possible until {closes} (tap a name who came, or "
              "again to undo); then the books are closed for the report."},
    "door.nobody": {"fr": "Personne n'est inscrit : comptez les arrivées avec « ➕ sans "
                          "inscription ».",
                    "en": "Nobody booked: count arrivals with \"➕ walk-in\"."},
    "door.how": {"fr": "Touchez un nom à son arrivée (encore une fois pour annuler). "
                       "Le nombre après « + » : ses invité·e·s, pointé·e·s avec lui ou elle ; "
                       "pas tous là ? Touchez encore le nom pour dire combien.",
                 "en": "Tap a name as they arrive (again to undo). The number after \"+\": "
                       "their guests, checked in with them; not all of them here? Tap the "
                       "name again to say how many."},
    # A family checked in, tapped again: how many of them came.
    "door.how_many": {
        "fr": "{name} : combien sont là ? (pointé·e·s : {came} sur {seats})",
        "en": "{name}: how many of them are here? (checked in: {came} of {seats})"},
    "door.came_all": {"fr": "{count} : tout le monde", "en": "{count}: all of them"},
    "door.came_some": {"fr": "{count} seulement", "en": "only {count}"},
    "door.came_none": {"fr": "Personne : annuler le pointage",
                       "en": "Nobody: undo the check-in"},
    "door.back": {"fr": "◀ Retour à la liste", "en": "◀ Back to the list"},
    "door.came_part": {"fr": "({came} sur {seats})", "en": "({came} of {seats})"},
    # The letters a page's names begin with (« A–E »): where to find a name, at a glance.
    "door.page": {"fr": "Page {page}/{pages} · {letters}",
                  "en": "Page {page}/{pages} · {letters}"},
    "door.walk_in_stale": {
        "fr": "Déjà compté : {count} sans inscription. Pour une autre personne, touchez « ➕ » "
              "ou « ➖ » sur la liste à jour.",
        "en": "Already counted: {count:# walk-in|# walk-ins}. For someone else, tap "
              "\"➕\" or \"➖\" on the updated list.",
    },
    "door.walk_in_less": {"fr": "➖ sans inscription", "en": "➖ walk-in"},
    "door.walk_in_more": {"fr": "➕ sans inscription ({count})", "en": "➕ walk-in ({count})"},
    "door.refresh": {"fr": "🔄 Actualiser", "en": "🔄 Refresh"},
    "door.previous": {"fr": "◀ Page précédente {letters}", "en": "◀ Previous page {letters}"},
    "door.next": {"fr": "Page suivante ▶ {letters}", "en": "Next page ▶ {letters}"},
    "door.desk": {"fr": "(accueil)", "en": "(desk)"},
    "door.waitlisted": {"fr": "(liste d'attente)", "en": "(waitlist)"},
    "door.cancelled": {
        "fr": "« {title} » (#{id}) est annulé : il n'y a personne à pointer.",
        "en": "\"{title}\" (#{id}) is cancelled: there is nobody to check in.",
    },
    "door.not_on_list": {
        "fr": "Cette personne n'a plus de place à l'événement #{id}. Touchez « Actualiser » "
              "pour la liste du moment.",
        "en": "This person no longer holds a seat for event #{id}. Tap \"Refresh\" for the "
              "current list.",
    },
    "door.closed": {
        "fr": "Les comptes de « {title} » (#{id}) sont clos : l'entrée ne se pointe plus. "
              "Les chiffres gardés pour le bilan sont anonymes.",
        "en": "The books of \"{title}\" (#{id}) are closed: the door can no longer be "
              "checked. The figures kept for the report are anonymous.",
    },
    "door.too_early": {
        "fr": "« {title} » (#{id}) n'a pas encore commencé : le pointage ouvre 3 heures avant, "
              "{opens}. Revenez à ce moment-là : /pointage {id}",
        "en": "\"{title}\" (#{id}) has not started yet: check-in opens 3 hours before, "
              "{opens}. Come back then: /checkin {id}",
    },
    # -- the report ----------------------------------------------------------------------------
    "report.nothing": {
        "fr": "Aucun événement tenu sur la période {period} : pas de bilan à faire.",
        "en": "No event held in {period}: nothing to report.",
    },
    "report.header": {"fr": "📊 Bilan {period}", "en": "📊 Report {period}"},
    "report.events": {
        "fr": "Événements tenus : {count}, dont {free:# gratuit|# gratuits}",
        "en": "Events held: {count}, {free} of them free",
    },
    "report.seats": {
        "fr": "Places réservées : {booked} · fréquentation : {attendance:# personne|# "
              "personnes}",
        "en": "Seats booked: {booked} · attendance: {attendance:# person|# people}",
    },
    "report.door": {
        "fr": "Pointés à l'entrée : {door:# événement|# événements} sur {events} — "
              "présent·e·s : {present}, sans inscription : {walk_ins}, places non honorées : "
              "{rate} %",
        "en": "Checked at the door: {door:# event|# events} of {events} — present: {present}, "
              "walk-ins: {walk_ins}, no-show rate: {rate}%",
    },
    "report.no_door": {
        "fr": "Aucun événement pointé à l'entrée : la fréquentation compte les places "
              "réservées.",
        "en": "No event was checked at the door: attendance counts the seats booked.",
    },
    "report.members": {
        "fr": "Membres inscrit·e·s (différent·e·s) : {count}, dont {new} inscrit·e·s pour la "
              "première fois",
        "en": "Members who signed up (different people): {count}, {new} of them for the "
              "first time",
    },
    "report.members_platforms": {
        "fr": "(Une personne qui répond à la fois sur Telegram et sur Discord compte pour "
              "deux : le bot ne peut pas savoir que c'est la même.)",
        "en": "(Someone who answers both on Telegram and on Discord counts as two: the bot "
              "cannot tell it is the same person.)",
    },
    "report.files": {
        "fr": "Le tableau (CSV, s'ouvre dans Excel) et le graphique suivent ; aucun nom n'y "
              "figure. Fréquentation : présent·e·s et sans inscription là où l'entrée a été "
              "pointée, places réservées ailleurs.",
        "en": "The spreadsheet (CSV, opens in Excel) and the chart follow; no names in them. "
              "Attendance: present and walk-ins where the door was checked, seats booked "
              "elsewhere.",
    },
    "report.chart_caption": {"fr": "Fréquentation par mois, {period}",
                             "en": "Attendance per month, {period}"},
    "report.chart_title": {"fr": "Fréquentation par mois", "en": "Attendance per month"},
    "report.chart_subtitle": {"fr": "Le Focus — {period}, par type d'événement",
                              "en": "Le Focus — {period}, by kind of event"},
    "report.chart_note": {
        "fr": "Présent·e·s pointé·e·s + sans inscription ; places réservées si non pointé.",
        "en": "Checked in + walk-ins; seats booked where the door was not checked.",
    },
    "report.total": {"fr": "Total", "en": "Total"},
    "report.all_kinds": {"fr": "Tous types", "en": "All kinds"},
    "report.col.month": {"fr": "Mois", "en": "Month"},
    "report.col.kind": {"fr": "Type", "en": "Kind"},
    "report.col.events": {"fr": "Événements tenus", "en": "Events held"},
    "report.col.free_share": {"fr": "Part gratuits (%)", "en": "Free share (%)"},
    "report.col.booked": {"fr": "Places réservées", "en": "Seats booked"},
    "report.col.present": {"fr": "Présents pointés", "en": "Checked in"},
    "report.col.walk_ins": {"fr": "Sans inscription", "en": "Walk-ins"},
    "report.col.attendance": {"fr": "Fréquentation", "en": "Attendance"},
    "report.col.members": {"fr": "Membres différents", "en": "Unique members"},
    "report.col.new_members": {"fr": "Premières venues", "en": "First-timers"},
    "report.col.door_events": {"fr": "Événements pointés", "en": "Events checked"},
    "report.col.no_show_rate": {"fr": "Places non honorées (%)", "en": "No-show rate (%)"},
    **{f"report.short.{n}": {"fr": fr, "en": en}
       for n, (fr, en) in enumerate(zip(_SHORT_FR, _SHORT_EN, strict=True), 1)},
}
