"""Reminders: /reminders, the reminder and summary messages, the "I can't come" button."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "reminder.text": {
        "fr": "⏰ Rappel : « {title} » (#{id}), {when}.\n📍 {place}",
        "en": "⏰ Reminder: \"{title}\" (#{id}), {when}.\n📍 {place}",
    },
    "reminder.waitlisted": {
        "fr": "Vous êtes en liste d'attente, position {position}. Je vous écris tout de suite "
              "si une place se libère.",
        "en": "You are on the waitlist, position {position}. I'll message you at once if a "
              "seat frees up.",
    },
    "reminder.cant_come": {
        "fr": "Vous ne pouvez plus venir ? Touchez « {button} » : {seats:votre place ira|vos # "
              "places iront} à quelqu'un d'autre.",
        "en": "Can't come? Tap \"{button}\": {seats:your seat goes|your # seats go} to "
              "someone else.",
    },
    # A parent coming with children: what the answer holds, read on a lock screen.
    "reminder.seats": {"fr": "👥 {seats} places à votre nom.",
                       "en": "👥 {seats} seats in your name."},
    "reminder.cant_come_waitlisted": {
        "fr": "Vous ne pouvez plus venir ? Touchez « {button} » pour laisser votre tour.",
        "en": "Can't come? Tap \"{button}\" to give up your turn.",
    },
    "reminder.stop": {
        "fr": "Ne plus recevoir de rappels : /rappels non",
        "en": "No more reminders: /reminders off",
    },
    # Discord takes no typed words after a command, only its options: the choice to pick.
    "reminder.stop.discord": {
        "fr": "Ne plus recevoir de rappels : /rappels, puis « {off} »",
        "en": "No more reminders: /reminders, then \"{off}\"",
    },
    "button.drop": {
        "fr": "🚫 Je ne peux plus venir",
        "en": "🚫 I can't come anymore",
    },
    "button.see_event": {
        "fr": "ℹ️ Voir l'événement",
        "en": "ℹ️ See the event",
    },
    "drop.done": {
        "fr": "C'est noté : {seats:votre place|vos # places} pour « {title} » (#{id}) "
              "{seats:est libérée|sont libérées}. Merci d'avoir prévenu !",
        "en": "Noted: {seats:your seat|your # seats} for \"{title}\" (#{id}) {seats:is|are} "
              "freed. Thanks for letting us know!",
    },
    "drop.done_waitlist": {
        "fr": "C'est noté : vous quittez la liste d'attente de « {title} » (#{id}). Merci "
              "d'avoir prévenu !",
        "en": "Noted: you leave the waitlist for \"{title}\" (#{id}). Thanks for letting us "
              "know!",
    },
    "drop.nothing": {
        "fr": "Rien à libérer : vous n'avez pas (ou déjà plus) de place pour « {title} » "
              "(#{id}).",
        "en": "Nothing to free: you have no seat for \"{title}\" (#{id}), or not any more.",
    },
    "summary.text": {
        "fr": "📋 {when} : « {title} » (#{id}).\nPlaces prises : {going}/{capacity} "
              "({people:# personne|# personnes}, {guests:# invité·e|# invité·e·s}) · liste "
              "d'attente : {waitlist} · peut-être : {maybe}.\n/participants {id} pour la liste.",
        "en": "📋 {when}: \"{title}\" (#{id}).\nSeats taken: {going}/{capacity} "
              "({people:# person|# people}, {guests:# guest|# guests}) · waitlist: "
              "{waitlist} · maybe: {maybe}.\n/attendees {id} for the list.",
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
    # Discord takes no typed words after a command, only its options: the choice to pick.
    "reminders.off.discord": {
        "fr": "Rappels désactivés. Pour les réactiver : /rappels, puis « {on} ».",
        "en": "Reminders off. To turn them back on: /reminders, then \"{on}\".",
    },
    "reminders.status_on.discord": {
        "fr": "Vos rappels sont activés ({offsets} avant). Pour les couper : /rappels, puis "
              "« {off} ».",
        "en": "Your reminders are on ({offsets} before). To stop them: /reminders, then "
              "\"{off}\".",
    },
    "reminders.status_off.discord": {
        "fr": "Vos rappels sont désactivés. Pour les activer : /rappels, puis « {on} ».",
        "en": "Your reminders are off. To turn them on: /reminders, then \"{on}\".",
    },
    # The moments reminders go out, named as a sentence: « 24h et 2h ».
    "reminders.offsets_and": {"fr": "{first} et {last}", "en": "{first} and {last}"},
    "reminders.moments": {
        "fr": "Je ne peux pas choisir quand vous écrire : les rappels partent {offsets} avant "
              "l'événement, les mêmes pour tout le monde. {state} Pour les garder : /rappels "
              "oui ; pour ne plus en recevoir aucun : /rappels non.",
        "en": "I can't choose when to write to you: reminders go out {offsets} before the "
              "event, the same for everyone. {state} To keep them: /reminders on; to get none "
              "at all: /reminders off.",
    },
    "reminders.moments_on": {
        "fr": "Rien n'a changé : vos rappels restent activés.",
        "en": "Nothing changed: your reminders stay on.",
    },
    "reminders.moments_off": {
        "fr": "Rien n'a changé : vos rappels restent désactivés.",
        "en": "Nothing changed: your reminders stay off.",
    },
    "error.bad_onoff": {
        "fr": "Je n'ai pas compris « {value} » : répondez oui ou non.",
        "en": "I didn't understand \"{value}\": answer on or off.",
    },
    "help.reminders": {
        "fr": "activer ou couper les rappels avant vos événements",
        "en": "turn reminders before your events on or off",
    },
    "param.state": {
        "fr": "état",
        "en": "state",
    },
    "optdesc.reminders.state": {
        "fr": "Activer ou couper les rappels (vide : où en sont vos rappels)",
        "en": "Turn reminders on or off (empty: how yours are set)",
    },
    "word.state.on": {
        "fr": "oui",
        "en": "on",
    },
    "word.state.off": {
        "fr": "non",
        "en": "off",
    },
    "choice.state.on": {
        "fr": "Activer les rappels",
        "en": "Turn reminders on",
    },
    "choice.state.off": {
        "fr": "Couper les rappels",
        "en": "Turn reminders off",
    },
    "example.reminders": {
        "fr": "ex. /rappels non",
        "en": "e.g. /reminders off",
    },
}
