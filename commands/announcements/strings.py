"""Announcements: /announce, /announcelater, /scheduled, /unschedule."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "help.announce": {
        "fr": "publier un événement ou un message dans les canaux d'annonce",
        "en": "publish an event or a message to the announcement channels",
    },
    "help.announcelater": {
        "fr": "programmer l'annonce d'un événement",
        "en": "schedule an event's announcement",
    },
    "help.scheduled": {
        "fr": "les annonces programmées",
        "en": "scheduled announcements",
    },
    "help.unschedule": {
        "fr": "annuler une annonce programmée",
        "en": "cancel a scheduled announcement",
    },
    "announce.prefix": {
        "fr": "📣 Annonce du Focus",
        "en": "📣 Announcement from Le Focus",
    },
    "announce.already": {
        "fr": "« {title} » (#{id}) est déjà annoncé dans {count:# salon ou groupe|# salons ou "
              "groupes} d'annonce : la carte s'y met à jour toute seule (places, changements). "
              "Pour la publier une nouvelle fois quand même (en bas de la conversation), "
              "touchez le bouton.",
        "en": "\"{title}\" (#{id}) is already announced in {count:# announcement channel or "
              "group|# announcement channels or groups}: the card there updates by itself "
              "(seats, changes). To post it once more anyway (at the bottom of the chat), tap "
              "the button.",
    },
    "announce.again_done": {
        "fr": "C'est déjà fait : « {title} » (#{id}) a été publié à nouveau (ce bouton a "
              "déjà servi). Pour une copie de plus encore, retapez /annoncer {id}.",
        "en": "Already done: \"{title}\" (#{id}) was posted again (this button has already "
              "been used). For one more copy still, type /announce {id} again.",
    },
    "announce.again_button": {"fr": "📣 Publier à nouveau", "en": "📣 Post it again"},
    "announce.done": {
        "fr": "Publié dans {count:# salon ou groupe|# salons ou groupes} d'annonce.",
        "en": "Published to {count:# announcement channel or group|# announcement channels "
              "or groups}.",
    },
    "announce.failed": {
        "fr": "Rien n'a été publié : le bot n'a pas le droit d'écrire dans les salons ou "
              "groupes d'annonce. Demandez à un·e admin de lui redonner, dans chacun, les "
              "droits « Envoyer des messages » et « Intégrer des liens » (sur Telegram : le "
              "droit d'écrire dans le groupe).",
        "en": "Nothing was published: the bot may not post in the announcement channels or "
              "groups. Ask an admin to give it back \"Send Messages\" and \"Embed Links\" in "
              "each (on Telegram: the right to post in the group).",
    },
    "announce.again_line": {"fr": "Ensuite, retapez : /annoncer {id}",
                            "en": "Then type again: /announce {id}"},
    "announce.partial": {
        "fr": "Publié dans {count:# salon ou groupe|# salons ou groupes} d'annonce sur "
              "{total} : le bot n'a pas le droit d'écrire dans {missing:l'autre|les autres}. "
              "Demandez à un·e admin de lui redonner les droits « Envoyer des messages » et "
              "« Intégrer des liens » là où rien n'est arrivé (sur Telegram : le droit "
              "d'écrire dans le groupe).",
        "en": "Published to {count} of {total} announcement channels or groups: the bot may "
              "not post in {missing:the other one|the others}. Ask an admin to give it back "
              "\"Send Messages\" and \"Embed Links\" where nothing arrived (on Telegram: the "
              "right to post in the group).",
    },
    "announcelater.not_everywhere": {
        "fr": "Votre annonce programmée n°{n} de « {title} » (#{id}) :",
        "en": "Your scheduled announcement {n} of \"{title}\" (#{id}):",
    },
    "announce.no_channel": {
        "fr": "Aucun canal d'annonce n'est configuré (TELEGRAM_ANNOUNCE_CHAT_IDS, "
              "DISCORD_ANNOUNCE_CHANNEL_IDS) : rien n'a été publié.",
        "en": "No announcement channel is configured (TELEGRAM_ANNOUNCE_CHAT_IDS, "
              "DISCORD_ANNOUNCE_CHANNEL_IDS): nothing was published.",
    },
    "error.event_cancelled_announce": {
        "fr": "L'événement #{id} est annulé : il ne sera pas annoncé.",
        "en": "Event #{id} is cancelled: it won't be announced.",
    },
    "error.event_past_announce": {
        "fr": "L'événement #{id} a déjà commencé : il ne sera pas annoncé.",
        "en": "Event #{id} has already started: it won't be announced.",
    },
    "error.announce_after_start": {
        "fr": "L'événement #{id} aura commencé à ce moment-là (il commence {when}) : "
              "l'annonce doit partir avant. Par exemple : /annoncerplustard {id} {example}, ou "
              "tout de suite : /annoncer {id}",
        "en": "Event #{id} will have started by then (it starts {when}): the announcement "
              "must go out before. For example: /announcelater {id} {example}, or right now: "
              "/announce {id}",
    },
    "error.announce_after_start_soon": {
        "fr": "L'événement #{id} aura commencé à ce moment-là (il commence {when}), trop tôt "
              "pour programmer l'annonce. Publiez-la tout de suite : /annoncer {id}",
        "en": "Event #{id} will have started by then (it starts {when}), too soon to schedule "
              "the announcement. Publish it right now: /announce {id}",
    },
    "error.scheduled_not_found": {
        "fr": "Aucune annonce programmée n°{id}.",
        "en": "No scheduled announcement {id}.",
    },
    "announcelater.done": {
        "fr": "Annonce n°{n} programmée : « {title} » (#{id}) sera publiée {when}.",
        "en": "Announcement {n} scheduled: \"{title}\" (#{id}) will be published {when}.",
    },
    "announcelater.also_planned": {
        "fr": "Attention : l'annonce n°{n} de cet événement reste prévue {when}, la carte "
              "sera donc publiée deux fois. Pour ne garder que la nouvelle : {line}",
        "en": "Note: announcement {n} of this event is still planned {when}, so the card "
              "will be posted twice. To keep only the new one: {line}",
    },
    "announcelater.already_shown": {
        "fr": "Sa carte est déjà publiée dans {count:# salon ou groupe|# salons ou groupes} "
              "d'annonce (elle s'y met à jour toute seule) : celle-ci en publiera une de plus.",
        "en": "Its card is already posted in {count:# announcement channel or group|# "
              "announcement channels or groups} (it updates by itself there): this one will "
              "post one more.",
    },
    "announcelater.undo": {
        "fr": "Pour l'annuler : {line}",
        "en": "To cancel it: {line}",
    },
    "announcelater.already": {
        "fr": "L'annonce de l'événement #{id} est déjà programmée {when} (n°{n}) : rien de "
              "plus à faire. Pour l'annuler : /deprogrammer {n}",
        "en": "Event #{id}'s announcement is already scheduled {when} (number {n}): nothing "
              "more to do. To cancel it: /unschedule {n}",
    },
    "scheduled.event_cancelled": {
        "fr": "événement annulé : elle ne sera pas publiée",
        "en": "event cancelled: it will not be published",
    },
    "scheduled.after_start": {
        "fr": "après le début de l'événement : elle ne sera pas publiée",
        "en": "after the event starts: it will not be published",
    },
    "scheduled.none": {
        "fr": "Aucune annonce programmée.",
        "en": "No scheduled announcement.",
    },
    "scheduled.header": {
        "fr": "Annonces programmées :",
        "en": "Scheduled announcements:",
    },
    "scheduled.line": {
        "fr": "• n°{n} : « {title} » (#{id}), {when}",
        "en": "• {n}: \"{title}\" (#{id}), {when}",
    },
    "unschedule.event_number": {
        "fr": "Il n'y a pas d'annonce programmée n°{id}, mais l'événement #{id} en a : "
              "{numbers}. Une annonce s'annule par son propre numéro (voir /programmees), "
              "par exemple : {line}",
        "en": "There is no scheduled announcement {id}, but event #{id} has some: "
              "{numbers}. An announcement is cancelled by its own number (see /scheduled), "
              "for example: {line}",
    },
    "unschedule.done": {
        "fr": "Annonce n°{n} annulée : « {title} » (#{id}) ne sera pas publiée {when}.",
        "en": "Announcement {n} cancelled: \"{title}\" (#{id}) will not be published {when}.",
    },
    "unschedule.which": {
        "fr": "« {n} » : l'annonce n°{n} (« {title} », #{id}, prévue {when}) ou l'annonce de "
              "l'événement #{n} « {event_title} » ? Rien n'est annulé. Tapez {as_number} pour "
              "l'annonce n°{n}, ou {as_event} pour celle de l'événement #{n}.",
        "en": "\"{n}\": announcement {n} (\"{title}\", #{id}, due {when}) or the announcement "
              "of event #{n} \"{event_title}\"? Nothing is cancelled. Type {as_number} for "
              "announcement {n}, or {as_event} for event #{n}'s.",
    },
    "button.unschedule": {
        "fr": "Annuler l'annonce n°{n} (#{id})",
        "en": "Cancel announcement {n} (#{id})",
    },
    "unschedule.or": {
        "fr": " ou ",
        "en": " or ",
    },
    "unschedule.event_none": {
        "fr": "L'événement #{id} n'a aucune annonce programmée (voir /programmees).",
        "en": "Event #{id} has no scheduled announcement (see /scheduled).",
    },
    "unschedule.event_several": {
        "fr": "L'événement #{id} « {title} » a plusieurs annonces programmées : laquelle "
              "annuler ? Tapez {lines}.",
        "en": "Event #{id} \"{title}\" has several scheduled announcements: which one? "
              "Type {lines}.",
    },
    "param.text": {
        "fr": "texte",
        "en": "text",
    },
    "param.number": {
        "fr": "numéro",
        "en": "number",
    },
    "optdesc.announce.event": {
        "fr": "L'événement dont la carte est publiée (ou bien un texte)",
        "en": "The event whose card is published (or else a text)",
    },
    "optdesc.announce.text": {
        "fr": "Le texte de l'annonce (ou bien un événement)",
        "en": "The announcement's text (or else an event)",
    },
    "error.announce_empty": {
        "fr": "Que faut-il annoncer ? Un numéro d'événement ou un texte.",
        "en": "What should be announced? An event number or a text.",
    },
    "announce.words_done": {
        "fr": "Votre texte : {result}",
        "en": "Your text: {result}",
    },
    "optdesc.announcelater.event": {
        "fr": "Numéro de l'événement à annoncer",
        "en": "Number of the event to announce",
    },
    "optdesc.announcelater.when": {
        "fr": "Quand le publier : demain 18h, la veille 18h, 3 jours avant 10h",
        "en": "When to publish it: tomorrow 6pm, the day before at 6pm, 3 days before 10am",
    },
    "optdesc.unschedule.number": {
        "fr": "Numéro de l'annonce programmée (voir /programmees)",
        "en": "Number of the scheduled announcement (see /scheduled)",
    },
    "example.announce": {
        "fr": "ex. /annoncer 12",
        "en": "e.g. /announce 12",
    },
    "example.announcelater": {
        "fr": "ex. /annoncerplustard 12 demain 18h",
        "en": "e.g. /announcelater 12 tomorrow 6pm",
    },
    "example.unschedule": {
        "fr": "ex. /deprogrammer 2",
        "en": "e.g. /unschedule 2",
    },
    # -- what a member reads after typing an organiser command (slice D) --------------------
    "member_hint.announce": {
        "fr": "Pour faire connaître un événement, partagez sa carte : /evenement {id}, ou le "
              "programme : /evenements.",
        "en": "To spread the word about an event, share its card: /event {id}, or the "
              "programme: /events.",
    },
    "member_hint.announcelater": {
        "fr": "Pour faire connaître un événement, partagez sa carte : /evenement {id}, ou le "
              "programme : /evenements.",
        "en": "To spread the word about an event, share its card: /event {id}, or the "
              "programme: /events.",
    },
}
