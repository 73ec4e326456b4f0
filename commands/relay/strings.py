"""The relay's words, French first."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- the member who asked -------------------------------------------------------------
    "relay.passed": {
        "fr": "📨 Question transmise à l'équipe du Focus pour « {title} » (#{id}). La réponse "
              "arrivera ici. L'équipe voit votre nom ({name}), votre réponse à l'événement "
              "et votre question, rien d'autre.",
        "en": "📨 Question passed on to the Le Focus team for \"{title}\" (#{id}). The answer "
              "will come here. The team sees your name ({name}), your answer to the event "
              "and your question, nothing else.",
    },
    "relay.question_cut": {
        "fr": "Votre message était long : l'équipe en reçoit les {max} premiers caractères "
              "(jusqu'au « … »). Pour la suite, attendez sa réponse, ou écrivez-la plus court.",
        "en": "Your message was long: the team gets its first {max} characters (up to the "
              "\"…\"). For the rest, wait for their answer, or write it shorter.",
    },
    "relay.nobody": {
        "fr": "Je n'ai trouvé personne de l'équipe à qui transmettre votre question sur "
              "« {title} » (#{id}). Écrivez à l'équipe du Focus : https://meltingphot.com/",
        "en": "I found nobody in the team to pass your question about \"{title}\" (#{id}) "
              "on to. Write to the Le Focus team: https://meltingphot.com/",
    },
    "relay.too_many": {
        "fr": "Vous avez déjà {count} questions de ces dernières 24 heures qui attendent une "
              "réponse de l'équipe : celle-ci n'est pas transmise. Leur réponse arrivera ici ; "
              "d'ici demain, vous pourrez en poser une autre.",
        "en": "You already have {count} questions from the last 24 hours waiting for the "
              "team's answer: this one was not passed on. Their answer will come here; by "
              "tomorrow, you can ask another.",
    },
    "relay.thanks": {
        "fr": "Bien reçu, merci ! Rien d'autre à faire de votre côté.",
        "en": "Got it, thank you! Nothing else to do on your side.",
    },
    "relay.cannot": {
        "fr": "Pour libérer votre place à « {title} » (#{id}), touchez « {button} » "
              "ci-dessous : un message écrit ne change rien. Votre message n'est pas transmis ; "
              "l'équipe verra la place libérée.",
        "en": "To free your seat at \"{title}\" (#{id}), tap \"{button}\" below: a written "
              "message changes nothing. Your message is not passed on; the team will see the "
              "seat freed.",
    },
    "relay.cannot_none": {
        "fr": "Bien noté. Vous n'avez pas de place à « {title} » (#{id}) : rien à faire.",
        "en": "Noted. You hold no seat at \"{title}\" (#{id}): nothing to do.",
    },
    # An answer in words right after the bot's message about the event (« on sera 3 en
    # fait », « jsp », « oui »): read, and one tap does it; a message changes nothing itself.
    "relay.held": {
        "fr": "Vous êtes déjà inscrit·e à « {title} » (#{id}) pour {seats:# place|# places} : "
              "rien à faire.",
        "en": "You are already booked for \"{title}\" (#{id}): {seats:# seat|# seats}. "
              "Nothing to do.",
    },
    "relay.held_waiting": {
        "fr": "Vous êtes en liste d'attente pour « {title} » (#{id}) ({seats:# place|# places}) : "
              "vous serez prévenu·e ici si une place se libère. Rien d'autre à faire.",
        "en": "You are on the waitlist for \"{title}\" (#{id}) ({seats:# seat|# seats}): you "
              "will be told here if a seat frees up. Nothing else to do.",
    },
    "relay.seats": {
        "fr": "Pour passer à {seats:# place|# places} à « {title} » (#{id}), touchez "
              "« {button} » ci-dessous (ou tapez /participer {id} oui +{guests}) : un message "
              "écrit ne change rien.",
        "en": "To have {seats:# seat|# seats} at \"{title}\" (#{id}), tap \"{button}\" below "
              "(or type /rsvp {id} yes +{guests}): a written message changes nothing.",
    },
    "relay.named": {
        "fr": "Pour venir avec {names} à « {title} » (#{id}), {seats:# place|# places} en "
              "tout, tapez cette ligne (un message écrit ne change rien) :\n/participer {id} "
              "oui +{guests} {names}",
        "en": "To come with {names} to \"{title}\" (#{id}), {seats:# seat|# seats} in all, "
              "type this line (a written message changes nothing):\n/rsvp {id} yes +{guests} "
              "{names}",
    },
    "relay.seats_button": {"fr": "✅ {seats:# place|# places}", "en": "✅ {seats:# seat|# seats}"},
    "relay.going": {
        "fr": "Pour vous inscrire à « {title} » (#{id}), touchez « {button} » ci-dessous : un "
              "message écrit ne vous inscrit pas.",
        "en": "To book \"{title}\" (#{id}), tap \"{button}\" below: a written message books "
              "nothing.",
    },
    "relay.how_many": {
        "fr": "Combien serez-vous en tout à « {title} » (#{id}) ? Un message écrit ne change "
              "rien : « {button} » ajoute une personne ({more}), ou tapez le nombre de "
              "personnes en plus de vous : /participer {id} oui +{guests}",
        "en": "How many of you will come to \"{title}\" (#{id})? A written message changes "
              "nothing: \"{button}\" adds one person ({more}), or type how many come besides "
              "you: /rsvp {id} yes +{guests}",
    },
    "relay.maybe": {
        "fr": "Pour répondre « peut-être » à « {title} » (#{id}), touchez « {button} » "
              "ci-dessous : un message écrit ne change rien.",
        "en": "To answer \"maybe\" to \"{title}\" (#{id}), tap \"{button}\" below: a written "
              "message changes nothing.",
    },
    "relay.maybe_held": {
        "fr": "Pour répondre « peut-être » à « {title} » (#{id}), touchez « {button} » "
              "ci-dessous : votre place sera alors libérée pour quelqu'un d'autre. Un message "
              "écrit ne change rien.",
        "en": "To answer \"maybe\" to \"{title}\" (#{id}), tap \"{button}\" below: your seat "
              "then goes to someone else. A written message changes nothing.",
    },
    "relay.when": {"fr": "« {title} » (#{id}) : {when}.", "en": "\"{title}\" (#{id}): {when}."},
    "relay.answer": {
        "fr": "💬 Réponse de l'équipe du Focus à votre question sur « {title} » (#{id}) :\n"
              "{text}",
        "en": "💬 The Le Focus team's answer to your question about \"{title}\" (#{id}):\n"
              "{text}",
    },
    # -- the organisers ---------------------------------------------------------------------
    "relay.asked": {
        "fr": "❓ Question de {name} ({state}) sur « {title} » (#{id}, {when}) :\n{text}\n"
              "Pour répondre : touchez « {button} », puis écrivez votre réponse. {name} la "
              "recevra de la part de l'équipe du Focus, sans votre nom.",
        "en": "❓ Question from {name} ({state}) about \"{title}\" (#{id}, {when}):\n{text}\n"
              "To answer: tap \"{button}\", then write your answer. {name} will get it from "
              "the Le Focus team, without your name.",
    },
    "relay.state.going": {"fr": "inscrit·e, {seats:# place|# places}",
                          "en": "going, {seats:# seat|# seats}"},
    "relay.state.waitlisted": {"fr": "en liste d'attente", "en": "on the waitlist"},
    "relay.state.maybe": {"fr": "a répondu peut-être", "en": "answered maybe"},
    "relay.state.no": {"fr": "a répondu non", "en": "answered not going"},
    "relay.state.none": {"fr": "sans réponse à l'événement", "en": "no answer to the event"},
    "relay.still_answering": {
        "fr": "⚠️ Votre prochain message part toujours à {other}, comme demandé. Pour répondre "
              "à cette question-ci, touchez d'abord « {button} ».",
        "en": "⚠️ Your next message still goes to {other}, as asked. To answer this question "
              "instead, first tap \"{button}\".",
    },
    "relay.button": {"fr": "↩️ Répondre à {name}", "en": "↩️ Answer {name}"},
    "relay.answer_now": {
        "fr": "Écrivez maintenant votre réponse à {name} sur « {title} » (#{id}), en un "
              "message : elle partira telle quelle, de la part de l'équipe du Focus. "
              "« annuler » pour ne rien envoyer.",
        "en": "Now write your answer to {name} about \"{title}\" (#{id}), in one message: it "
              "goes as written, from the Le Focus team. \"cancel\" to send nothing.",
    },
    "relay.answered_before": {
        "fr": "(Déjà répondu le {when} ; une nouvelle réponse partira aussi.)",
        "en": "(Already answered on {when}; a new answer goes too.)",
    },
    "relay.form_title": {"fr": "Répondre à {name}", "en": "Answer {name}"},
    "relay.form_field": {"fr": "Votre réponse", "en": "Your answer"},
    "relay.form_placeholder": {"fr": "Oui, pas de souci, on vous attend !",
                               "en": "Yes, no problem, see you there!"},
    "relay.sent": {
        "fr": "✅ Réponse envoyée à {name} (« {title} », #{id}).",
        "en": "✅ Answer sent to {name} (\"{title}\", #{id}).",
    },
    "relay.answer_cut": {
        "fr": "Votre réponse était longue : {name} en reçoit les {max} premiers caractères "
              "(jusqu'au « … »). Pour la suite, touchez « ↩️ Répondre à {name} » à nouveau.",
        "en": "Your answer was long: {name} gets its first {max} characters (up to the "
              "\"…\"). For the rest, tap \"Answer {name}\" again.",
    },
    "relay.also_answered": {
        "fr": "Une réponse était déjà partie à {name} le {when} : {name} reçoit les deux.",
        "en": "An answer had already gone to {name} on {when}: {name} gets both.",
    },
    "relay.unreached": {
        "fr": "Je n'ai pas pu remettre la réponse à {name} pour l'instant (conversation privée "
              "fermée, ou plateforme indisponible : elle sera alors renvoyée).",
        "en": "I could not give the answer to {name} for now (private chat closed, or the "
              "platform down: it is then sent again).",
    },
    "relay.not_reached": {
        "fr": "Votre question sur « {title} » (#{id}) n'a pas encore pu être remise à "
              "l'équipe (elle sera renvoyée si la plateforme était indisponible). Pour être "
              "sûr·e, écrivez aussi à l'équipe du Focus : https://meltingphot.com/",
        "en": "Your question about \"{title}\" (#{id}) could not reach the team yet (it is "
              "sent again if the platform was down). To be sure, also write to the Le Focus "
              "team: https://meltingphot.com/",
    },
    "relay.not_sent": {
        "fr": "Votre message n'est pas parti. Pour répondre à {name}, touchez « {button} » "
              "ci-dessous, puis écrivez votre réponse.",
        "en": "Your message was not sent. To answer {name}, tap \"{button}\" below, then "
              "write your answer.",
    },
    "relay.dropped": {
        "fr": "D'accord, rien n'est envoyé à {name}.",
        "en": "All right, nothing is sent to {name}.",
    },
    "relay.gone": {
        "fr": "Cette question n'est plus gardée (la personne a effacé ses données, ou "
              "l'événement est passé depuis plus d'une semaine) : aucune réponse ne peut "
              "partir.",
        "en": "This question is no longer kept (the person erased their data, or the event "
              "was over more than a week ago): no answer can go.",
    },
    "relay.not_yours": {
        "fr": "Cette question ne vous a pas été envoyée : seuls les organisateurs qui l'ont "
              "reçue peuvent y répondre.",
        "en": "This question was not sent to you: only the organisers who received it can "
              "answer it.",
    },
    "relay.left": {
        "fr": "Vous ne faites plus partie des organisateurs : vous ne pouvez plus répondre "
              "aux questions des membres.",
        "en": "You are no longer one of the organisers: you can no longer answer members' "
              "questions.",
    },
    "relay.command_word": {
        "fr": "Rien n'est parti à {name} : « {typed} » est aussi le nom d'une commande. Pour "
              "la commande, tapez /{typed}. Pour répondre à {name}, écrivez votre réponse en "
              "une phrase (« annuler » pour ne rien envoyer).",
        "en": "Nothing went to {name}: \"{typed}\" is also the name of a command. For the "
              "command, type /{typed}. To answer {name}, write your answer in a sentence "
              "(\"cancel\" to send nothing).",
    },
    "relay.command_line": {
        "fr": "Rien n'est parti à {name} : « {typed} » commence comme la commande /{command}. "
              "Pour la commande, tapez /{typed}. Pour répondre à {name}, écrivez votre réponse "
              "en une phrase (« annuler » pour ne rien envoyer).",
        "en": "Nothing went to {name}: \"{typed}\" starts like the /{command} command. For "
              "the command, type /{typed}. To answer {name}, write your answer in a sentence "
              "(\"cancel\" to send nothing).",
    },
    "relay.command_not_sent": {
        "fr": "Rien n'est parti à {name} : « {typed} » se lit comme une commande. Pour "
              "répondre à {name}, touchez « {button} » ci-dessous, puis écrivez votre "
              "réponse.",
        "en": "Nothing went to {name}: \"{typed}\" reads as a command. To answer {name}, "
              "tap \"{button}\" below, then write your answer.",
    },
}
