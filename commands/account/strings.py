"""Words of the account feature: language, /mydata, /forgetme, /start."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- commands and their parameters -----------------------------------------------------
    "help.language": {"fr": "choisir la langue", "en": "choose the language"},
    "help.mydata": {"fr": "ce que nous savons de vous", "en": "what we hold about you"},
    "help.forgetme": {"fr": "effacer toutes vos données", "en": "erase all your data"},
    "help.start": {"fr": "démarrer", "en": "start"},
    "example.language": {"fr": "ex. /langue en", "en": "e.g. /language fr"},
    "param.language": {"fr": "langue", "en": "language"},
    "param.confirm": {"fr": "confirmer", "en": "confirm"},
    "param.payload": {"fr": "code", "en": "code"},
    "optdesc.language.language": {"fr": "Langue des réponses du bot",
                                  "en": "Language of the bot's answers"},
    "optdesc.forgetme.confirm": {"fr": "Oui : tout effacer maintenant, sans autre question",
                                 "en": "Yes: erase everything now, without asking again"},
    "optdesc.start.payload": {"fr": "Code d'un lien d'invitation, ex. event_12",
                              "en": "Code from an invitation link, e.g. event_12"},
    "word.language.fr": {"fr": "fr", "en": "fr"},
    "word.language.en": {"fr": "en", "en": "en"},
    "choice.language.fr": {"fr": "Français", "en": "Français"},
    "choice.language.en": {"fr": "English", "en": "English"},
    "word.confirm.yes": {"fr": "confirmer", "en": "confirm"},
    "choice.confirm.yes": {"fr": "Oui, tout effacer maintenant",
                           "en": "Yes, erase everything now"},
    # -- errors ----------------------------------------------------------------------------
    "error.bad_language": {
        "fr": "Langue « {value} » inconnue : fr ou en.",
        "en": "Unknown language \"{value}\": fr or en.",
    },
    # -- buttons and answers ---------------------------------------------------------------
    "button.forget_confirm": {"fr": "Oui, tout effacer", "en": "Yes, erase everything"},
    "button.forget_cancel": {"fr": "Non, garder", "en": "No, keep it"},
    "language.done": {"fr": "D'accord, je vous parlerai en français.",
                      "en": "OK, I will speak English with you."},
    # /langue alone (a phone's menu sends it so): which one, and the two to tap.
    "language.current": {
        "fr": "Langue : {language}. Pour changer, touchez un bouton ou tapez /langue {other}.",
        "en": "Language: {language}. To change it, tap a button or type /language {other}.",
    },
    "error.two_languages": {
        "fr": "« {value} » : laquelle des deux ? fr ou en.",
        "en": "\"{value}\": which of the two? fr or en.",
    },
    "mydata.header": {"fr": "Voici tout ce que nous savons de vous :",
                      "en": "Here is everything we hold about you:"},
    "mydata.identity": {"fr": "• Compte {platform} n° {user_id}, nom affiché : {name}",
                        "en": "• {platform} account {user_id}, display name: {name}"},
    "mydata.identity.console": {
        "fr": "• Compte d'essai (console) « {user_id} », nom affiché : {name}",
        "en": "• Trial account (console) \"{user_id}\", display name: {name}"},
    "mydata.language_name.fr": {"fr": "français", "en": "French"},
    "mydata.language_name.en": {"fr": "anglais", "en": "English"},
    "mydata.language": {"fr": "• Langue : {language}", "en": "• Language: {language}"},
    "mydata.language_auto": {"fr": "automatique (français par défaut)",
                            "en": "automatic (French by default)"},
    "mydata.language_app": {"fr": "automatique, celle de votre application ({language})",
                            "en": "automatic, your app's ({language})"},
    "mydata.reminders_on": {"fr": "• Rappels : activés", "en": "• Reminders: on"},
    "mydata.reminders_off": {"fr": "• Rappels : désactivés", "en": "• Reminders: off"},
    "mydata.since": {"fr": "• Premier contact : {when}", "en": "• First contact: {when}"},
    "mydata.rsvps": {"fr": "• Vos réponses :", "en": "• Your answers:"},
    "mydata.no_rsvps": {"fr": "• Aucune réponse à un événement.", "en": "• No event answers."},
    "mydata.children": {
        "fr": "• Enfants que vous avez nommés (seule l'équipe du Focus les voit ; effacés après "
              "l'événement) :",
        "en": "• Children you named (only the Le Focus team sees them; erased after the "
              "event):",
    },
    "mydata.child_line": {"fr": "  – #{id} {title} : {names}",
                          "en": "  – #{id} {title}: {names}"},
    "mydata.created": {"fr": "• Événements créés :", "en": "• Events created:"},
    "mydata.created_cancelled": {"fr": "annulé", "en": "cancelled"},
    "mydata.faq": {"fr": "• Questions fréquentes modifiées : {keys}",
                   "en": "• FAQ entries edited: {keys}"},
    "mydata.series": {"fr": "• Séries d'événements créées : {items}",
                      "en": "• Event series created: {items}"},
    "mydata.series_item": {"fr": "n°{id} « {title} »", "en": "{id} \"{title}\""},
    "mydata.announcements": {"fr": "• Annonces programmées par vous : {items}",
                             "en": "• Announcements you scheduled: {items}"},
    "mydata.announcement_item": {"fr": "« {title} » (#{id}), {when}",
                                 "en": "\"{title}\" (#{id}), {when}"},
    "mydata.reach_ok": {"fr": "• Messages privés : nous pouvons vous écrire.",
                        "en": "• Private messages: you are reachable."},
    "mydata.reach_blocked": {
        "fr": "• Messages privés : la plateforme refuse nos messages (bot bloqué). Nous le "
              "notons pour ne pas réessayer.",
        "en": "• Private messages: the platform refuses them (bot blocked). We note it so we "
              "stop trying.",
    },
    "mydata.reach_not_started": {
        "fr": "• Messages privés : pas encore possibles, vous n'avez pas ouvert de conversation "
              "privée avec le bot. Nous le notons pour vous prévenir.",
        "en": "• Private messages: not possible yet, you have not opened a private chat with "
              "the bot. We note it to let you know.",
    },
    "mydata.notice_pending": {
        "fr": "• Un message attend pour vous prévenir que nous n'avons pas pu vous écrire.",
        "en": "• A note is waiting to tell you we could not write to you.",
    },
    "mydata.reminders_history": {"fr": "• Rappels envoyés ou prévus pour vous :",
                                 "en": "• Reminders sent or planned for you:"},
    "mydata.reminder_line": {"fr": "  – #{id} {title}, {offset} : {status}",
                             "en": "  – #{id} {title}, {offset}: {status}"},
    "mydata.offset_summary": {"fr": "résumé du jour", "en": "same-day summary"},
    "mydata.offset_days": {"fr": "{n:# jour|# jours} avant", "en": "{n:# day|# days} before"},
    "mydata.offset_hours": {"fr": "{n} h avant", "en": "{n} h before"},
    "mydata.offset_minutes": {"fr": "{n} min avant", "en": "{n} min before"},
    "mydata.reminder_sent": {"fr": "envoyé le {when}", "en": "sent {when}"},
    "mydata.reminder_sending": {"fr": "en cours d'envoi", "en": "being sent"},
    "mydata.reminder_retry": {"fr": "nouvel essai prévu", "en": "will be tried again"},
    "mydata.reminder_skipped": {"fr": "pas envoyé", "en": "not sent"},
    "mydata.reminder_unreachable": {"fr": "pas envoyé, messages privés refusés",
                                    "en": "not sent, private messages refused"},
    "mydata.checkins": {"fr": "• Pointé·e à l'entrée par l'équipe :",
                        "en": "• Checked in at the door by the team:"},
    "mydata.checkin_line": {"fr": "  – #{id} {title} — pointé·e le {when}",
                            "en": "  – #{id} {title} — checked in {when}"},
    "mydata.checkin_part": {"fr": " ({came:# personne|# personnes} sur {seats})",
                            "en": " ({came:# person|# people} of {seats})"},
    "mydata.draft_expired": {
        "fr": "• Un événement que vous créiez a expiré sans être publié (dernière réponse le "
              "{when}) : ses réponses sont effacées ; nous gardons seulement ce fait, pour vous "
              "le dire à votre retour, 30 jours au plus.",
        "en": "• An event you were creating expired unpublished (last answer {when}): its "
              "answers are erased; we keep only that fact, to tell you when you come back, "
              "for 30 days at most.",
    },
    "mydata.draft": {
        "fr": "• Événement en cours de création : « {title} »{picture}, modifié le {when}. "
              "Réponses gardées : {fields}.",
        "en": "• Event being created: \"{title}\"{picture}, last changed {when}. Answers "
              "kept: {fields}.",
    },
    "mydata.draft_untitled": {"fr": "sans titre", "en": "untitled"},
    "mydata.draft_picture": {"fr": " (avec une photo)", "en": " (with a picture)"},
    "mydata.draft_none": {"fr": "aucune", "en": "none"},
    "mydata.draft_field.kind": {"fr": "type", "en": "kind"},
    "mydata.draft_field.title": {"fr": "titre", "en": "title"},
    "mydata.draft_field.start": {"fr": "date", "en": "date"},
    "mydata.draft_field.capacity": {"fr": "places", "en": "seats"},
    "mydata.draft_field.price": {"fr": "prix", "en": "price"},
    "mydata.draft_field.description": {"fr": "description", "en": "description"},
    "mydata.draft_field.typed": {"fr": "texte du formulaire", "en": "form text"},
    "mydata.retention": {
        "fr": "• Les prénoms des enfants, les pointages à l'entrée (qui est venu, à quelle "
              "heure) et les personnes inscrites par l'accueil (nom, note) sont effacés après "
              "l'événement, au plus tard le lendemain (seuls des chiffres restent pour le "
              "bilan) ; les rappels envoyés sont oubliés une semaine après ; vos réponses "
              "restent jusqu'à /oubliemoi.",
        "en": "• Children's first names, door check-ins (who came, at what time) and people "
              "registered at the desk (name, note) are erased after the event, by the next "
              "day at the latest (only counts stay, for the yearly report); reminders sent "
              "are forgotten a week after it; your answers stay until /forgetme.",
    },
    "mydata.unused": {
        "fr": "• Nous notons le jour où vous utilisez le bot : sans l'utiliser pendant 24 mois "
              "(aucun message, aucun bouton), tout ceci est effacé. Nous vous prévenons en "
              "privé 30 jours avant, et un message suffit pour le garder.",
        "en": "• We note the day you use the bot: unused for 24 months (no message, no "
              "button), all of this is erased. We tell you privately 30 days before, and one "
              "message keeps it.",
    },
    "unused.notice": {
        "fr": "Vous n'avez pas utilisé le bot du Focus depuis presque 2 ans. Sans message de "
              "votre part, tout ce qu'il sait de vous (réponses, réglages) sera effacé le "
              "{day}. Pour le garder, envoyez n'importe quel message ou appuyez sur « Garder "
              "mon compte » (ce que nous gardons : /mesdonnees). Pour tout effacer "
              "maintenant : /oubliemoi",
        "en": "You have not used the Le Focus bot for almost 2 years. Unless you write, all "
              "it knows about you (answers, settings) will be erased on {day}. To keep it, "
              "send any message or press \"Keep my account\" (what we keep: /mydata). To "
              "erase it all now: /forgetme",
    },
    # The notice's buttons: a parent on a phone taps rather than types « gardez-le ».
    "button.keep_account": {"fr": "✅ Garder mon compte", "en": "✅ Keep my account"},
    "button.forget_now": {"fr": "🗑️ Tout effacer maintenant", "en": "🗑️ Erase it all now"},
    "unused.kept": {
        "fr": "C'est noté : votre compte est gardé. Chaque message ou bouton compte : il "
              "n'est effacé qu'après 24 mois sans aucune utilisation, et nous prévenons 30 "
              "jours avant. Ce que nous gardons : /mesdonnees",
        "en": "Noted: your account is kept. Every message or button counts: it is erased only "
              "after 24 months without any use, and we tell you 30 days before. What we "
              "keep: /mydata",
    },
    # « Garder mon compte » tapped after the erasure it announced: « gardé » would be untrue.
    "unused.gone": {
        "fr": "Votre compte avait déjà été effacé, 30 jours après ce message, faute "
              "d'utilisation : vos anciennes réponses et vos réglages n'existent plus. Vous "
              "pouvez repartir de zéro : /evenements",
        "en": "Your account had already been erased, 30 days after that message, for lack of "
              "use: your earlier answers and settings are gone. You can start again: /events",
    },
    # The relay's note (bot.core.TOLD_FOR, 12 hours; migration 0028).
    "mydata.told": {
        "fr": "• Le dernier événement dont le bot vous a parlé en privé : #{id} {title} "
              "({when}). Gardé 12 h, pour qu'une question écrite juste après aille à son "
              "équipe.",
        "en": "• The last event the bot told you about privately: #{id} {title} ({when}). "
              "Kept 12 hours, so that a question written just after reaches its team.",
    },
    "mydata.wrote": {
        "fr": "• Vous avez écrit aux participant·e·s de : {items}. Leurs questions sur ces "
              "événements vous parviennent (jusqu'à une semaine après l'événement).",
        "en": "• You wrote to the participants of: {items}. Their questions about these "
              "events reach you (until a week after the event).",
    },
    "mydata.received": {
        "fr": "• {count:# question de participant·e vous a été transmise|# questions de "
              "participant·e·s vous ont été transmises} (qui l'a posée, sur quel événement, si "
              "vous avez répondu ; pas ses mots) : gardée{count:|s} jusqu'à une semaine après "
              "l'événement.",
        "en": "• {count:# question from a participant passed on to you|# questions from "
              "participants passed on to you} (who asked, about which event, whether you "
              "answered; not the words): kept until a week after the event.",
    },
    "mydata.anonymous": {
        "fr": "• Après un effacement, seuls restent des chiffres anonymes sur les événements "
              "passés (places, présences, premières venues), sans lien avec vous.",
        "en": "• After erasure, only anonymous counts about past events remain (seats, "
              "attendance, first visits), with no link to you.",
    },
    "mydata.waiting": {
        "fr": "• {count:# message vous attend|# messages vous attendent} : notre conversation "
              "privée était fermée. Donné{count:|s} à son ouverture, sinon effacé{count:|s} "
              "après 24 h.",
        "en": "• {count:# message is waiting|# messages are waiting} for you: our private "
              "chat was closed. Given when it opens, else erased after 24 hours.",
    },
    "mydata.notices": {
        "fr": "• {count:# message|# messages} sur un événement (annulé ou changé) pas encore "
              "remis : renvoyé{count:|s} dès que possible, effacé{count:|s} une fois remis "
              "ou l'événement passé.",
        "en": "• {count:# message|# messages} about an event (cancelled or changed) not yet "
              "delivered: sent again as soon as possible, erased once delivered or the event "
              "is over.",
    },
    "mydata.private_cards": {
        "fr": "• {count:# carte|# cartes} d'événement dans notre conversation privée : nous "
              "gardons {count:son|leur} numéro de message (et la langue) pour "
              "{count:la|les} tenir à jour.",
        "en": "• {count:# event card|# event cards} in our private chat: we keep "
              "{count:its|their} message number (and language) to keep {count:it|them} "
              "up to date.",
    },
    # Copies the bot cannot reach: said before « Rien d'autre » (session 6).
    "mydata.copies": {
        "fr": "• Hors du bot : les listes de participant·e·s qu'un·e organisateur·rice a "
              "téléchargées restent dans ses messages, et nos sauvegardes de la base ({keep:la "
              "dernière est gardée|les # dernières sont gardées}) vous contiennent jusqu'à "
              "être remplacées.",
        "en": "• Outside the bot: participant lists an organiser downloaded stay in their "
              "messages, and our database backups ({keep:the last one is|the last # are} kept) "
              "hold your data until they are replaced.",
    },
    "mydata.other_platform": {
        "fr": "• Sur {other}, le bot vous connaît à part : /mesdonnees là-bas.",
        "en": "• On {other}, the bot knows you separately: /mydata there.",
    },
    "mydata.footer": {"fr": "Rien d'autre. Pour tout effacer : /oubliemoi",
                      "en": "Nothing else. To erase it all: /forgetme"},
    "forgetme.confirm": {
        "fr": "Voulez-vous vraiment tout effacer ? Le bot oubliera votre nom, vos réponses aux "
              "événements (vos places iront aux personnes en liste d'attente) et vos "
              "réglages. C'est définitif : impossible de revenir en arrière. Confirmez avec "
              "le bouton ou en tapant /oubliemoi confirmer.",
        "en": "Do you really want to erase everything? The bot will forget your name, your "
              "answers to events (your seats go to the people on the waitlist) and your "
              "settings. This is final: it cannot be undone. Confirm with the button or by "
              "typing /forgetme confirm.",
    },
    "forgetme.confirm.discord": {
        "fr": "Voulez-vous vraiment tout effacer ? Le bot oubliera votre nom, vos réponses aux "
              "événements (vos places iront aux personnes en liste d'attente) et vos "
              "réglages. C'est définitif : impossible de revenir en arrière. Confirmez avec "
              "le bouton, ou avec /oubliemoi puis « {yes} ».",
        "en": "Do you really want to erase everything? The bot will forget your name, your "
              "answers to events (your seats go to the people on the waitlist) and your "
              "settings. This is final: it cannot be undone. Confirm with the button, or with "
              "/forgetme then \"{yes}\".",
    },
    "forgetme.organiser": {
        "fr": "Les événements que vous avez créés ({ids}) restent au programme pour les autres, "
              "sans votre nom, avec leurs annonces programmées ; vous ne recevrez plus leur "
              "résumé du jour.",
        "en": "The events you created ({ids}) stay on the programme for the others, without "
              "your name, with their scheduled announcements; you will no longer get their "
              "same-day summary.",
    },
    "forgetme.organiser_item": {"fr": "« {title} » ({ids})", "en": "\"{title}\" ({ids})"},
    "forgetme.unclear": {
        "fr": "Je n'ai pas compris « {value} » : rien n'est effacé.",
        "en": "I didn't understand \"{value}\": nothing was erased.",
    },
    "forgetme.stale": {
        "fr": "Cette question date de plus de {minutes} minutes : rien n'est effacé. La voici "
              "à nouveau.",
        "en": "This question is more than {minutes} minutes old: nothing was erased. Here it "
              "is again.",
    },
    "forgetme.not_yours": {
        "fr": "Ce bouton était sous un message adressé à quelqu'un d'autre (transféré) : "
              "rien n'est effacé, rien n'est changé pour vous.",
        "en": "This button was under a message to someone else (forwarded): nothing was "
              "erased, nothing changed for you.",
    },
    "forgetme.since": {
        "fr": "Ce bouton date d'avant votre effacement. Depuis, vous avez de nouveau écrit au "
              "bot : voici la question pour ce qu'il a noté depuis.",
        "en": "This button is from before your erasure. You have written to the bot since: "
              "here is the question for what it noted since.",
    },
    "forgetme.since_kept": {
        "fr": "Ce bouton date d'avant votre effacement : rien n'est effacé de ce que vous avez "
              "fait depuis.",
        "en": "This button is from before your erasure: nothing you did since was erased.",
    },
    "forgetme.already": {
        "fr": "Vos données sont déjà effacées : il n'y a plus rien à garder ni à effacer.",
        "en": "Your data has already been erased: there is nothing left to keep or erase.",
    },
    "forgetme.done": {
        "fr": "C'est fait : tout ce que nous savions de vous est effacé. À bientôt peut-être !",
        "en": "Done: everything we held about you is erased. Hope to see you again!",
    },
    "forgetme.copies": {
        "fr": "Nos sauvegardes de la base ({keep:la dernière|les # dernières}) vous "
              "contiennent encore, jusqu'à être remplacées.",
        "en": "Our database backups ({keep:the last one|the last #}) still hold your data "
              "until they are replaced.",
    },
    "forgetme.other_platform": {
        "fr": "C'était votre compte {platform}. Si vous utilisez aussi le bot sur {other}, "
              "c'est un compte à part : tapez /oubliemoi là-bas aussi.",
        "en": "That was your {platform} account. If you also use the bot on {other}, it is "
              "a separate account: type /forgetme there too.",
    },
    "forgetme.again": {
        "fr": "Si vous écrivez encore au bot (même /mesdonnees), il notera de nouveau votre "
              "compte et votre nom affiché, et rien d'autre : c'est ce que /mesdonnees "
              "montrera.",
        "en": "If you write to the bot again (even /mydata), it will note your account and "
              "display name again, and nothing else: that is what /mydata will show.",
    },
    "mydata.since_now": {"fr": "• Premier contact : à l'instant, par ce message",
                         "en": "• First contact: just now, with this message"},
    "forgetme.kept": {"fr": "D'accord, rien n'est effacé.", "en": "OK, nothing was erased."},
    # A parent who named children: their names alone can go, the seats stay.
    "button.forget_names": {"fr": "Seulement les prénoms", "en": "Only the names"},
    "forgetme.names_only": {
        "fr": "Seulement les prénoms de vos enfants ({names}) ? Le bouton « Seulement les "
              "prénoms » les efface ; vos réponses et vos places restent.",
        "en": "Only your children's names ({names})? The \"Only the names\" button erases "
              "them; your answers and seats stay.",
    },
    "forgetme.calendar": {
        "fr": "« {value} » : pour arrêter seulement votre lien d'agenda, tapez /monagenda stop "
              "(le reste est gardé). /oubliemoi efface tout votre compte. Rien n'est effacé.",
        "en": "\"{value}\": to stop only your calendar link, type /mycalendar stop (the rest "
              "is kept). /forgetme erases your whole account. Nothing was erased.",
    },
    "forgetme.door": {
        "fr": "« {value} » : les pointages à l'entrée (qui est venu, à quelle heure) "
              "s'effacent d'eux-mêmes après l'événement, au plus tard le lendemain. "
              "/oubliemoi efface tout votre compte. Rien n'est effacé.",
        "en": "\"{value}\": door check-ins (who came, at what time) are erased by themselves "
              "after the event, by the next day at the latest. /forgetme erases your whole "
              "account. Nothing was erased.",
    },
    "forgetme.one_name": {
        "fr": "« {value} » : pour effacer seulement les prénoms de vos enfants, touchez "
              "« Seulement les prénoms » ci-dessous (vos places restent). Rien n'est encore "
              "effacé.",
        "en": "\"{value}\": to erase only your children's names, tap \"Only the names\" "
              "below (your seats stay). Nothing is erased yet.",
    },
    "forgetme.names_done": {
        "fr": "C'est fait : les prénoms de vos enfants ({names}) sont effacés. Vos réponses et "
              "vos places restent.",
        "en": "Done: your children's names ({names}) are erased. Your answers and seats stay.",
    },
    "forgetme.names_none": {"fr": "Il n'y a plus aucun prénom d'enfant à effacer.",
                            "en": "There are no children's names left to erase."},
    "start.welcome": {
        "fr": "Bienvenue {name} ! Je suis le bot du Focus. /evenements pour le programme, "
              "/aide pour tout le reste.",
        "en": "Welcome {name}! I'm the Le Focus bot. /events for the programme, /help for "
              "everything else.",
    },
    "start.bad_link": {
        "fr": "Ce lien d'invitation est incomplet ou n'est plus valable : il ne mène à aucun "
              "événement.",
        "en": "This invitation link is incomplete or no longer valid: it leads to no event.",
    },
    "start.yours": {"fr": "Votre réponse : {status}.", "en": "Your answer: {status}."},
    "start.over": {
        "fr": "L'événement #{id} « {title} » est terminé : ce lien mène à un événement passé.",
        "en": "Event #{id} \"{title}\" is over: this link leads to a past event.",
    },
    "start.started": {
        "fr": "L'événement #{id} « {title} » a déjà commencé : les réponses sont fermées.",
        "en": "Event #{id} \"{title}\" has already started: answers are closed.",
    },
    "start.gone": {
        "fr": "Je ne trouve pas d'événement #{id} : le lien mène à un événement qui n'existe "
              "plus.",
        "en": "I can't find event #{id}: the link leads to an event that no longer exists.",
    },
    "mydata.waitlisted": {"fr": "liste d'attente", "en": "waitlist"},
    "mydata.questions": {
        "fr": "• Vos questions transmises à l'équipe (leurs mots ne sont pas gardés ici ; "
              "effacées une semaine après l'événement) :",
        "en": "• Your questions passed on to the team (their words are not kept here; "
              "erased a week after the event):",
    },
    "mydata.question_line": {"fr": "  – #{id} « {title} », {when} — {state}",
                             "en": "  – #{id} \"{title}\", {when} — {state}"},
    "mydata.question_answered": {"fr": "répondue", "en": "answered"},
    "mydata.question_waiting": {"fr": "en attente de réponse", "en": "waiting for an answer"},
    "mydata.cancel_request": {
        "fr": "• Annulation demandée, pas encore confirmée : #{id} « {title} », motif « {reason} » "
              "({when})",
        "en": "• Cancellation asked, not confirmed yet: #{id} \"{title}\", reason \"{reason}\" "
              "({when})",
    },
}
