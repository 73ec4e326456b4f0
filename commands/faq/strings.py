"""The FAQ's words, French first, then English (added to the catalogue by `register`)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- commands, parameters, Discord descriptions ------------------------------------------
    "help.faq": {"fr": "questions fréquentes", "en": "frequently asked questions"},
    "help.faqset": {"fr": "ajouter ou modifier une question fréquente",
                    "en": "add or edit an FAQ entry"},
    "help.faqdel": {"fr": "supprimer une question fréquente", "en": "delete an FAQ entry"},
    "example.faq": {"fr": "ex. /faq tarifs", "en": "e.g. /faq prices"},
    # A true fact (the article's), so a volunteer copying the example publishes nothing false.
    "example.faqset": {
        "fr": "ex. /faqmodifier adresse | Où se trouve Le Focus\u202f? | Dans le quartier de "
              "Rochebelle, à Alès | plan, accès",
        "en": "e.g. /faqset adresse | Where is Le Focus? | In the Rochebelle district of "
              "Alès | map, access",
    },
    "example.faqdel": {"fr": "ex. /faqsupprimer horaires", "en": "e.g. /faqdel horaires"},
    "param.question": {"fr": "question", "en": "question"},
    "param.key": {"fr": "clé", "en": "key"},
    "param.keywords": {"fr": "mots-clés", "en": "keywords"},
    "optdesc.faq.question": {
        "fr": "Votre question ou un sujet (vide\u00a0: la liste des sujets)",
        "en": "Your question or a topic (empty: the list of topics)",
    },
    "optdesc.faqset.key": {
        "fr": "Nom court de la question\u00a0: minuscules sans accent, chiffres, - ou _",
        "en": "Short name of the entry: lowercase letters, digits, - or _",
    },
    "optdesc.faqset.question": {"fr": "La question, telle qu'on la pose",
                                "en": "The question, as people ask it"},
    "optdesc.faqset.answer": {"fr": "La réponse", "en": "The answer"},
    "optdesc.faqset.keywords": {
        "fr": "Mots qui mènent à cette réponse, séparés par des virgules",
        "en": "Words leading to this answer, separated by commas",
    },
    "optdesc.faqdel.key": {"fr": "Nom court de la question à supprimer",
                           "en": "Short name of the entry to delete"},
    # -- answers -----------------------------------------------------------------------------
    "faq.topics": {"fr": "Questions fréquentes\u00a0:", "en": "Frequently asked questions:"},
    "faq.topics_footer": {"fr": "Tapez /faq <sujet>, par exemple /faq tarifs, ou posez votre "
                                "question avec vos mots.",
                          "en": "Type /faq <topic>, for example /faq prices, or just ask in "
                                "your own words."},
    "faq.did_you_mean": {"fr": "Vouliez-vous dire\u00a0:", "en": "Did you mean:"},
    "faq.greeting": {
        "fr": "Bonjour\u202f! Je suis le bot du Focus. Je peux\u00a0:\n"
              "• vous montrer le programme\u00a0: /evenements\n"
              "• vous inscrire à un événement, ou annuler\u00a0: /participer <numéro>\n"
              "• répondre à vos questions (tarifs, âge, adresse…)\u00a0: posez-les "
              "simplement, ou tapez /faq",
        "en": "Hello! I am the Le Focus bot. I can:\n"
              "• show you what's on: /events\n"
              "• sign you up for an event, or cancel: /rsvp <number>\n"
              "• answer your questions (prices, ages, address…): just ask, or type /faq",
    },
    "faq.thanks": {
        "fr": "Avec plaisir\u202f! Une autre question\u202f? Écrivez-la simplement.",
        "en": "You're welcome! Any other question? Just write it.",
    },
    # « bonne soirée », « merci, bon week-end »: wished back.
    "faq.bye": {
        "fr": "Merci, à vous aussi\u202f! À bientôt au Focus 👋",
        "en": "Thank you, you too! See you at Le Focus 👋",
    },
    "faq.ack": {
        "fr": "👍 Une autre question\u202f? Écrivez-la simplement. Le programme\u00a0: /evenements",
        "en": "👍 Any other question? Just write it. What's on: /events",
    },
    # « on sera 3 » under the card of an event the member already holds seats for: what
    # they hold, and the buttons that change it (never « not booked yet »).
    "faq.join_held": {
        "fr": "Vous êtes déjà inscrit·e à «\u00a0{title}\u00a0» (#{id}) pour {seats:# place|"
              "# places}. Un message écrit ne change rien\u00a0: pour changer le nombre, "
              "appuyez sur «\u00a0{more}\u00a0» ou «\u00a0{less}\u00a0» ci-dessous\u00a0; "
              "pour libérer vos places, «\u00a0{no}\u00a0».",
        "en": "You are already booked for \"{title}\" (#{id}): {seats:# seat|# seats}. A "
              "written message changes nothing: to change the number, tap \"{more}\" or "
              "\"{less}\" below; to give your seats back, \"{no}\".",
    },
    # A question written under the card of an event cancelled or over: that first (its
    # time or seats would read as on), then what is coming.
    "faq.card_cancelled": {
        "fr": "«\u00a0{title}\u00a0» (#{id}) est annulé\u00a0: il n'aura pas lieu.",
        "en": "\"{title}\" (#{id}) is cancelled: it will not take place.",
    },
    "faq.card_over": {
        "fr": "«\u00a0{title}\u00a0» (#{id}) est terminé.",
        "en": "\"{title}\" (#{id}) is over.",
    },
    # « jviens au 1 »: the event's card follows, with its buttons.
    "faq.join_event": {
        "fr": "Un message écrit ne vous inscrit pas encore\u00a0: appuyez sur «\u00a0✅ Je "
              "viens\u00a0» ci-dessous, ou écrivez /participer {id} oui",
        "en": "A written message doesn't sign you up yet: tap \"✅ Going\" below, or write "
              "/rsvp {id} yes",
    },
    "faq.join_seats": {
        "fr": "Un message écrit ne vous inscrit pas encore\u00a0: pour {seats}\u00a0places, "
              "écrivez /participer {id} oui +{guests} (ou appuyez sur «\u00a0{going}\u00a0» "
              "ci-dessous, puis sur «\u00a0{guest}\u00a0» pour chaque personne en plus)",
        "en": "A written message doesn't sign you up yet: for {seats} seats, write /rsvp {id} "
              "yes +{guests} (or tap \"{going}\" below, then \"{guest}\" for each extra "
              "person)",
    },
    # Written under an event's card: what the card says of it, then the card (buttons).
    "faq.card_facts": {"fr": "«\u00a0{title}\u00a0» (#{id})\u00a0: {facts}.",
                       "en": "\"{title}\" (#{id}): {facts}."},
    "faq.card_no": {
        "fr": "Pour répondre non à «\u00a0{title}\u00a0» (#{id})\u00a0: appuyez sur "
              "«\u00a0{button}\u00a0» ci-dessous, ou écrivez /participer {id} non (un message "
              "écrit ne change rien).",
        "en": "To answer no to \"{title}\" (#{id}): tap \"{button}\" below, or write /rsvp "
              "{id} no (a written message changes nothing).",
    },
    "faq.card_maybe": {
        "fr": "Pour répondre «\u00a0peut-être\u00a0» à «\u00a0{title}\u00a0» (#{id})\u00a0: "
              "appuyez sur «\u00a0{button}\u00a0» ci-dessous, ou écrivez /participer {id} "
              "peut-être (un message écrit ne change rien).",
        "en": "To answer \"maybe\" to \"{title}\" (#{id}): tap \"{button}\" below, or write "
              "/rsvp {id} maybe (a written message changes nothing).",
    },
    "faq.card_ask_team": {
        "fr": "Je ne peux pas répondre à cette question sur «\u00a0{title}\u00a0» (#{id})\u00a0: "
              "demandez à l'équipe du Focus (dans le groupe ou sur le serveur, ou "
              "https://meltingphot.com/ ).",
        "en": "I can't answer that question about \"{title}\" (#{id}): ask the Le Focus team "
              "(in the group or on the server, or https://meltingphot.com/ ).",
    },
    "faq.card_no_end": {
        "fr": "L'heure de fin de «\u00a0{title}\u00a0» (#{id}) n'est pas indiquée sur son "
              "annonce\u00a0: demandez à l'équipe du Focus (dans le groupe ou sur le "
              "serveur, ou https://meltingphot.com/ ).",
        "en": "The end time of \"{title}\" (#{id}) is not on its announcement: ask the Le "
              "Focus team (in the group or on the server, or https://meltingphot.com/ ).",
    },
    "faq.card_unknown": {
        "fr": "Je n'ai pas compris votre message à propos de «\u00a0{title}\u00a0» "
              "(#{id}). Un message écrit ne vous inscrit pas\u00a0: pour répondre, appuyez "
              "sur un bouton ci-dessous («\u00a0{going}\u00a0», «\u00a0{guest}\u00a0»…). "
              "Pour une question, écrivez-la simplement.",
        "en": "I didn't understand your message about \"{title}\" (#{id}). A written "
              "message doesn't sign you up: to answer, tap a button below "
              "(\"{going}\", \"{guest}\"…). For a question, just write it.",
    },
    "faq.programme": {"fr": "Au programme{when}\u00a0:", "en": "What's on{when}:"},
    "faq.programme_footer": {
        "fr": "Pour vous inscrire\u00a0: /participer <numéro>. Tout le programme\u00a0: "
              "/evenements",
        "en": "To sign up: /rsvp <number>. The whole programme: /events",
    },
    "faq.programme_button": {"fr": "ℹ️ #{id} {title}", "en": "ℹ️ #{id} {title}"},
    "faq.programme_none": {
        "fr": "Rien de prévu{when} pour l'instant{what}. Tout le programme\u00a0: /evenements",
        "en": "Nothing planned{when} yet{what}. The whole programme: /events",
    },
    "faq.programme_later": {"fr": "Les prochains\u00a0:", "en": "Coming up next:"},
    "faq.period.today": {"fr": "aujourd'hui", "en": "today"},
    "faq.period.tonight": {"fr": "ce soir", "en": "tonight"},
    "faq.period.tomorrow": {"fr": "demain", "en": "tomorrow"},
    "faq.period.after_tomorrow": {"fr": "après-demain", "en": "the day after tomorrow"},
    "faq.period.weekend": {"fr": "ce week-end", "en": "this weekend"},
    "faq.period.week": {"fr": "cette semaine", "en": "this week"},
    "faq.period.next_week": {"fr": "la semaine prochaine", "en": "next week"},
    "faq.period.day": {"fr": "{day}", "en": "on {day}"},
    "faq.cancel": {
        "fr": "Pour annuler, répondez «\u00a0non\u00a0» à l'événement\u00a0: /participer "
              "<numéro> non, ou le bouton «\u00a0❌ Je ne viens pas\u00a0» sous son annonce. "
              "Votre place revient alors à quelqu'un d'autre.",
        "en": "To cancel, answer \"no\" to the event: /rsvp <number> no, or the \"❌ Not "
              "going\" button under its announcement. Your seat then goes to someone else.",
    },
    "faq.cancel_yours": {"fr": "Vos inscriptions à venir (appuyez pour annuler)\u00a0:",
                         "en": "Your upcoming events (tap to cancel):"},
    "faq.cancel_none": {"fr": "Vous n'avez aucune inscription à venir.",
                        "en": "You have no upcoming events."},
    "faq.cancel_button": {"fr": "❌ #{id} {title}", "en": "❌ #{id} {title}"},
    "faq.alone": {
        "fr": "Venir seul·e, sans adulte\u00a0: ce n'est pas précisé ici. Demandez à "
              "l'équipe du Focus avant de l'envoyer seul·e (dans le groupe ou sur le "
              "serveur, ou https://meltingphot.com/ ).",
        "en": "Coming alone, without an adult: that is not stated here. Ask the Le Focus team "
              "before sending them alone (in the group or on the server, or "
              "https://meltingphot.com/ ).",
    },
    "faq.join": {
        "fr": "Attention\u00a0: un message écrit ne vous inscrit pas. Pour réserver, appuyez "
              "sur «\u00a0✅ Je viens\u00a0» sous l'annonce de l'événement, ou ouvrez-le "
              "ci-dessous.",
        "en": "Note: a written message does not sign you up. To book, tap \"✅ Going\" "
              "under the event's announcement, or open it below.",
    },
    # « aide », « menu », « ? » typed without the slash: after the greeting's list.
    "faq.help": {
        "fr": "Toutes les commandes, avec un exemple pour chacune\u00a0: /aide",
        "en": "All the commands, with an example for each: /help",
    },
    # A bare « oui » / « non » typed after a question the bot asked with buttons (/oubliemoi,
    # an event's card): which question is not known, so what holds for each.
    "faq.typed_yes": {
        "fr": "Un message écrit ne fait rien à lui seul\u00a0: il ne vous inscrit pas et "
              "n'efface rien. Pour répondre à une question du bot, appuyez sur son bouton, "
              "juste au-dessus (sous un événement\u00a0: «\u00a0✅ Je viens\u00a0»).",
        "en": "A written message does nothing by itself: it does not sign you up and erases "
              "nothing. To answer one of the bot's questions, tap its button just above "
              "(under an event: \"✅ Going\").",
    },
    "faq.typed_yes_erase": {
        "fr": "Un message écrit n'efface rien\u00a0: pour tout effacer, appuyez sur "
              "«\u00a0{button}\u00a0» sous la question, juste au-dessus (ou tapez /oubliemoi "
              "pour la revoir). Rien n'a été effacé.",
        "en": "A written message erases nothing: to erase everything, tap \"{button}\" under "
              "the question just above (or type /forgetme to see it again). Nothing was "
              "erased.",
    },
    "faq.typed_no": {
        "fr": "Rien n'a été effacé ni annulé\u00a0: un message écrit ne fait rien à lui seul. "
              "Pour répondre à une question du bot, appuyez sur son bouton, juste au-dessus "
              "(sous un événement\u00a0: «\u00a0❌ Je ne viens pas\u00a0»).",
        "en": "Nothing was erased or cancelled: a written message does nothing by itself. To "
              "answer one of the bot's questions, tap its button just above (under an event: "
              "\"❌ Not going\").",
    },
    # « le bouton marche pas »: the answer typed instead.
    "faq.button": {
        "fr": "Si un bouton ne répond pas, tapez la réponse à la place\u00a0: /participer "
              "<numéro> oui (ou non). Le numéro est sur l'annonce et dans /evenements. Si ça "
              "ne marche toujours pas, prévenez l'équipe du Focus dans le groupe ou sur le "
              "serveur.",
        "en": "If a button does not respond, type the answer instead: /rsvp <number> yes (or "
              "no). The number is on the announcement and in /events. If it still doesn't "
              "work, tell the Le Focus team in the group or on the server.",
    },
    # « on peut venir à plusieurs ? »: the guest button under the card.
    "faq.guests": {
        "fr": "Pour venir accompagné·e\u00a0: sous l'annonce de l'événement, appuyez sur "
              "«\u00a0✅ Je viens\u00a0», puis sur «\u00a0{button}\u00a0» pour chaque "
              "personne en plus. Ou tapez /participer <numéro> oui +2 (vous et 2 invité·e·s).",
        "en": "To come with others: under the event's announcement, tap \"✅ Going\", then "
              "\"{button}\" for each extra person. Or type /rsvp <number> going +2 (you and 2 "
              "guests).",
    },
    "faq.forget_names": {
        "fr": "Pour effacer seulement les prénoms de vos enfants\u00a0: tapez /oubliemoi, "
              "puis appuyez sur «\u00a0{button}\u00a0» (le bouton apparaît si vous avez "
              "nommé des enfants). Vos réponses et vos places restent.",
        "en": "To erase only your children's names: type /forgetme, then tap \"{button}\" "
              "(the button shows if you named children). Your answers and seats stay.",
    },
    "faq.language_offer": {
        "fr": "Pour que je vous réponde toujours en français, tapez /langue fr.",
        "en": "To always get my answers in English, type /language en.",
    },
    "faq.language": {
        "fr": "Pour que je vous écrive en anglais\u00a0: /langue en (en français\u00a0: "
              "/langue fr).\nTo have me write to you in English, type /language en.",
        "en": "To have me write to you in English: /language en (in French: /language fr).",
    },
    "faq.quiet": {
        "fr": "Pour ne plus recevoir les rappels avant vos événements\u00a0: /rappels non. "
              "Pour ne plus rien recevoir d'un événement, répondez «\u00a0non\u00a0»\u00a0: "
              "/participer <numéro> non.",
        "en": "To stop the reminders before your events: /reminders off. To hear nothing "
              "more about an event, answer \"no\": /rsvp <number> no.",
    },
    "faq.keep_account": {
        "fr": "C'est noté\u00a0: votre compte est gardé. Chaque message ou bouton compte\u00a0: "
              "il n'est effacé qu'après 24 mois sans aucune utilisation, et nous prévenons "
              "30 jours avant. Ce que nous gardons\u00a0: /mesdonnees",
        "en": "Noted: your account is kept. Every message or button counts: it is erased only "
              "after 24 months without any use, and we tell you 30 days before. What we "
              "keep: /mydata",
    },
    "faq.privacy": {
        "fr": "Pour voir tout ce que le bot sait de vous (et des enfants que vous avez "
              "nommés)\u00a0: /mesdonnees. Pour tout effacer\u00a0: /oubliemoi (le bot "
              "demande de confirmer).",
        "en": "To see everything the bot holds about you (and the children you named): "
              "/mydata. To erase it all: /forgetme (the bot asks you to confirm).",
    },
    "faq.dont_know": {
        "fr": "Je ne sais pas répondre à ça. Je peux vous renseigner sur ces sujets\u00a0:",
        "en": "I don't know how to answer that. I can tell you about these topics:",
    },
    "faq.dont_know_part": {
        "fr": "Pour le reste de votre question, je ne sais pas\u00a0: je n'ai pas cette "
              "information. "
              "Demandez à l'équipe du Focus (dans le groupe ou sur le serveur) ou passez par "
              "https://meltingphot.com/ .",
        "en": "For the rest of your question, I don't know: I don't have that information. "
              "Ask the Le Focus team (in the group or on the server) or go through "
              "https://meltingphot.com/ .",
    },
    "faq.who_am_i": {
        "fr": "Je suis le bot du Focus\u00a0: un programme, pas une personne. Je peux vous "
              "montrer le programme (/evenements), vous inscrire à un événement "
              "(/participer <numéro>) et répondre aux questions sur Le Focus. Pour parler à "
              "quelqu'un de l'équipe\u00a0: dans le groupe ou sur le serveur, ou "
              "https://meltingphot.com/ .",
        "en": "I'm the Le Focus bot: a program, not a person. I can show you what's on "
              "(/events), sign you up for an event (/rsvp <number>) and answer questions "
              "about Le Focus. To talk to someone from the team: in the group or on the "
              "server, or https://meltingphot.com/ .",
    },
    "faq.rude": {
        "fr": "Désolé si je ne vous ai pas aidé. Je suis un programme et je ne comprends pas "
              "tout\u00a0: essayez en quelques mots (par exemple «\u00a0tarifs\u00a0» ou "
              "«\u00a0adresse\u00a0»), ou écrivez à l'équipe du Focus dans le groupe ou sur "
              "https://meltingphot.com/ .",
        "en": "Sorry if I wasn't any help. I'm a program and I don't understand everything: "
              "try a few words (for example \"prices\" or \"address\"), or write to the Le "
              "Focus team in the group, on the server or at https://meltingphot.com/ .",
    },
    "faq.dont_know_footer": {
        "fr": "Pour toute autre question, demandez à l'équipe du Focus (dans le groupe ou sur "
              "le serveur) ou passez par https://meltingphot.com/ . Les commandes\u00a0: /aide",
        "en": "For anything else, ask the Le Focus team (in the group or on the server) or go "
              "through https://meltingphot.com/ . The commands: /help",
    },
    "faqset.done": {"fr": "Question «\u00a0{key}\u00a0» enregistrée.", "en": "FAQ entry \"{key}\" "
                    "saved."},
    "faqdel.done": {"fr": "Question «\u00a0{key}\u00a0» supprimée.", "en": "FAQ entry \"{key}\" "
                    "deleted."},
    # -- errors ------------------------------------------------------------------------------
    "error.bad_faq_key": {
        "fr": "Clé «\u00a0{value}\u00a0» invalide\u00a0: lettres minuscules sans accent, "
              "chiffres, - ou _ (30 au plus).",
        "en": "Invalid key \"{value}\": lowercase letters, digits, - or _ (30 at most).",
    },
    "error.faq_not_found": {
        "fr": "Pas de question «\u00a0{key}\u00a0». /faq affiche la liste.",
        "en": "No question \"{key}\". /faq shows the list.",
    },
}
