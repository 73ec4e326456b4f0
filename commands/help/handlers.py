"""`/help`: the commands this member can use on this platform, in their language, each with
its generated usage line, what it does and an example when the feature gives one.

On Discord people do not type a line: they pick a slash command and fill its options. There
each line shows the slash command with the option names Discord shows (`/participer numero
[reponse] [invites] [enfants]`) and the example as options (`numero:12 reponse:Je viens
invites:2`), generated from the same `CommandSpec` as the slash commands themselves."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from bot.context import Context
from bot.i18n import current_locale, platform_key, t
from bot.messages import Capabilities
from bot.platform import MESSAGE_LIMITS
from bot.router import command_key
from bot.spec import (
    DISCORD,
    CommandSpec,
    Handler,
    example_of,
    slash_example,
    slash_usage,
    usage_line,
)
from bot.text import fold, pack, strip_accents

Commands = Callable[[str], Sequence[CommandSpec]]


class Suggest(Protocol):
    """`Router.suggest`: close command names for a typo, among those the asker may use."""

    def __call__(self, name: str, platform: str, *, organizer: bool = False,
                 limit: int = 3) -> list[str]: ...


CONSOLE = "console"
# The most words a command's name is said in (« oublie moi », « mes événements »), and more.
TOPIC_WORDS = 4
# « /aide organisateur »: the organisers' part, asked by its name (folded words).
ORGANISER_WORDS = frozenset({
    "organisateur", "organisateurs", "organisatrice", "organisatrices", "orga", "orgas",
    "organisation", "benevole", "benevoles", "admin", "admins", "animateur", "animateurs",
    "animatrice", "organiser", "organisers", "organizer", "organizers", "staff"})
# Words a question starts with before the command it is about (« comment annuler », « je
# veux écrire aux parents », "how to cancel"), left out when the whole topic names none.
QUESTION_WORDS = frozenset({
    "comment", "on", "fait", "faire", "fais", "pour", "je", "j", "veux", "voudrais", "peux",
    "dois", "ca", "marche", "aide", "svp", "stp", "how", "to", "do", "i", "can", "what",
    "s", "the", "command", "commande", "la", "le", "une", "un"})


# « /aide comment changer la salle », « /aide qui vient » : what a volunteer wants done, in
# her words (lower case, no accents, apostrophes as spaces), and the command doing it; the
# most precise first. The commands named in the line come next, then the general « changer ».
_OBJECT = r"(?:un |une |l |le |la |les |cet |cette |mon |ma |ce )?"
TASKS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), name) for
                                                       pattern, name in (
    (r"\b(?:ecrire|prevenir|envoyer|informer|dire|message)\b.*\b(?:parents?|participants?|"
     r"inscrits?|familles?|gens|tout le monde|personnes|venus?)\b|\bprevenir\b|"
     r"\b(?:message|write|tell) (?:to )?(?:the |all )?(?:parents|attendees|people|everyone)\b|"
     r"\b(?:parents?|familles?|gens|inscrits?|participants?) (?:sachent|soient au courant|"
     r"soient prevenus?|soient informes?)\b", "message"),
    (r"\bqui (?:vient|viennent|est inscrit|sont inscrits|participe|a repondu|sera la)\b|"
     r"\b(?:liste|voir) (?:des |les )?(?:inscrits|participants|presents)\b|"
     r"\bcombien (?:de |d )?(?:personnes|inscrits|gens|parents)\b|"
     r"\bwho (?:is|s|are) (?:coming|going|registered|signed up)\b|\bwho signed up\b",
     "attendees"),
    (r"\b(?:entree|porte|accueil|pointer|arrivees?|door)\b", "checkin"),
    (r"\b(?:arreter|stopper|annuler|supprimer|stop|cancel) " + _OBJECT + r"(?:toute la )?"
     r"(?:serie|series)\b", "cancelseries"),
    (r"\b(?:fermer|bloquer|stopper|arreter|clore|cloturer|close) " + _OBJECT +
     r"(?:inscriptions|sign ?ups)\b", "closesignups"),
    (r"\b(?:desinscrire|retirer|enlever|remove) (?:quelqu un|une personne|un parent|"
     r"un participant|un inscrit|someone)\b", "removeattendee"),
    (r"\b(?:inscrire|ajouter|add) (?:quelqu un|une personne|un parent|someone)\b|"
     r"\b(?:par|au) telephone\b|\bby phone\b", "addattendee"),
    (r"\b(?:supprimer|effacer|retirer|enlever|delete|remove) " + _OBJECT +
     r"(?:evenement|soiree|date|seance|atelier|projection|event)\b", "cancelevent"),
    (r"\b(?:copier|dupliquer|refaire|reproduire|recopier|repeter|copy|duplicate|repeat)\b",
     "duplicate"),
    (r"\b(?:changer|modifier|modif|deplacer|decaler|bouger|corriger|avancer|retarder|"
     r"reporter|edit|change|move)\b.*\b(?:serie|series)\b", "editseries"),
    (r"\bcombien (?:sont|etaient|ont ete|de gens sont|de personnes sont) (?:venus?|venues|"
     r"presents?|la)\b|\b(?:frequentation|statistiques?|chiffres)\b|\bhow many came\b|"
     r"\battendance figures\b", "report"),
    (r"\b(?:serie|chaque semaine|toutes les semaines|tous les (?:lundis|mardis|mercredis|"
     r"jeudis|vendredis|samedis|dimanches)|recurrent|every week|weekly|series)\b",
     "newseries"),
    (r"\b(?:programmer|planifier|prevoir|plus tard|later|schedule)\b.*\b(?:annonces?|"
     r"annoncer|publications?|publier|cartes?|posts?|announce|announcements?)\b|"
     r"\b(?:annonces?|annoncer|publier|publication|announce|post)\b.*\b(?:plus tard|"
     r"a l avance|a l heure|later|in advance|automatiquement)\b", "announcelater"),
    (r"\b(?:publier|annoncer|partager|publish|announce)\b|\bdans le groupe\b",
     "announce"),
    (r"\b(?:affiches?|images?|photos?|visuels?|flyers?|posters?|pictures?)\b", "poster"),
    (r"\bcombien (?:de |d )?places\b|\bplaces? (?:libres?|restantes?|qui restent?)\b|"
     r"\bil reste\b|\bencore de la place\b|\bseats? left\b|\bhow many seats\b", "event"),
    (r"\b(?:plus|moins|ajouter|rajouter|augmenter|agrandir|reduire|diminuer|changer|modifier)"
     r" (?:de |des |d |les |le nombre de )?places\b|\b(?:more|fewer|add|change) seats\b",
     "editevent"),
    (r"\b(?:creer|cree|ajouter|nouvel|nouvelle|organiser|faire|monter|lancer|proposer|"
     r"create|new|add|make|run)\b.*\b(?:evenement|"
     r"soiree|atelier|projection|seance|event|night|workshop|screening)\b", "newevent"),
))
# The general « change »: after the commands named in the line (« changer la langue »).
CHANGE = re.compile(r"\b(?:changer|change|modifier|modif|deplacer|decaler|bouger|corriger|"
                    r"rectifier|avancer|retarder|reporter|edit|move|salle|lieu|horaire|"
                    r"heure|jauge|capacite|tarif|titre|adresse|room|venue|"
                    r"agrandir|augmenter|reduire|diminuer)\b")


def by_task(allowed: Sequence[CommandSpec], topic: str) -> CommandSpec | None:
    """The command doing what the topic says in words (« comment changer la salle » is
    /modifier, « voir qui vient » /participants), among those this reader may use."""
    said = " ".join(strip_accents(topic.lower()).replace("'", " ").replace("’", " ").split())
    by_name = {c.name: c for c in allowed}
    for pattern, name in TASKS:
        if pattern.search(said) and name in by_name:
            return by_name[name]
    for word in said.split()[:2 * TOPIC_WORDS]:  # a command named in the line
        found = find_topic(allowed, word)
        if found is not None:
            return found
    return by_name.get("editevent") if CHANGE.search(said) else None


def shown_name(spec: CommandSpec) -> str:
    """The name the reader knows: the spec's French name in French, else the English one."""
    return spec.shown_name(current_locale())


def help_line(spec: CommandSpec, platform: str, now: datetime | None = None, *,
              slash: bool = False) -> str:
    """One line of /help: the slash command and its options when asked by a slash command
    (Discord), else the line to type (also on Discord, written in a private chat)."""
    if slash:
        return slash_line(spec, now)
    line = f"• {usage_line(spec, shown_name(spec))} — {t(spec.help_key)}"
    example = example_of(spec, platform)
    return line if example is None else f"{line}, {example}"


def slash_line(spec: CommandSpec, now: datetime | None = None) -> str:
    """One /help line on Discord: the slash command with its options, what it does, and
    the example as options."""
    line = f"• {slash_usage(spec)} — {t(spec.help_key)}"
    example = slash_example(spec, now) if now is not None else None
    return line if example is None else f"{line}, {example}"


def works_here(spec: CommandSpec, caps: Capabilities) -> bool:
    """/help offers only what answers usefully here: a command that needs a picture, where
    none can be sent (the console). (What the deployment lacks, such as the web agenda, the
    router already leaves out.)"""
    return not (spec.image_only and not caps.pictures)


def footer_key(platform: str) -> str:
    """Discord reads no channel messages: a question goes through /faq there, or a
    private message."""
    return platform_key("help.footer", platform)


def other_names(spec: CommandSpec) -> list[str]:
    """The other names a command answers to when typed (`/aide participer`: /rsvp,
    /inscription…). Discord's slash commands have one name per language: not shown there."""
    shown = shown_name(spec)
    names = [spec.french_name, spec.name, *spec.aliases]
    unique = []
    for name in names:
        if name != shown and name not in unique and command_key(name) != command_key(shown):
            unique.append(name)
    return [f"/{name}" for name in unique]


def find_topic(visible: Sequence[CommandSpec], topic: str) -> CommandSpec | None:
    """The command `/aide <topic>` asks about, by any of its names (« participer »,
    « /Participer », « rsvp »), said in words too (« mes données » is /mesdonnees, « je
    viens » /jeviens), the most words first (« je viens 12 », « rsvp 12 »); a name is a
    few words at most, so a long line costs no more than a short one."""
    words = topic.split()[:TOPIC_WORDS]
    names = [({command_key(n) for n in (c.name, *c.aliases)}, c) for c in visible]
    for count in range(len(words), 0, -1):
        key = command_key(" ".join(words[:count]))
        found = next((c for keys, c in names if key in keys), None)
        if found is not None:
            return found
    return None


def asked_about(topic: str) -> str:
    """The topic without the words of a question before it (« comment on fait pour
    annuler » → « annuler »)."""
    words = topic.replace("'", " ").replace("’", " ").split()
    while words and fold(words[0]) in QUESTION_WORDS:
        words.pop(0)
    return " ".join(words)


def names_organisers(topic: str) -> bool:
    """« /aide organisateur », « /aide pour les orgas », "/help organisers"."""
    return any(fold(word) in ORGANISER_WORDS for word in topic.split()[:TOPIC_WORDS])


def _cut(text: str, limit: int = 40) -> str:
    """What was typed, quoted back short, cut between words where it can."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    return (head.rsplit(" ", 1)[0] if " " in head else head) + "…"


def help_for(commands: Commands, suggest: Suggest) -> Handler:
    """The /help handler, over the commands of the asker's platform (the router's);
    `suggest`: the router's « did you mean » for a mistyped command, used for a mistyped
    topic too."""

    def close(ctx: Context, allowed: Sequence[CommandSpec], topic: str) -> list[CommandSpec]:
        """The commands a mistyped topic may mean, among those /aide shows this reader: for
        the words together first (« mes donées »), else for the first (« particper 12 »)."""
        platform, organizer = ctx.incoming.platform, ctx.is_organizer
        names = suggest(topic, platform, organizer=organizer) or suggest(
            topic.split()[0], platform, organizer=organizer)
        return [c for name in names for c in allowed if c.name == name]

    async def help_command(ctx: Context) -> None:
        platform = ctx.incoming.platform
        caps = ctx.core.capabilities(platform)
        visible = [c for c in commands(platform)
                   if c.menu and works_here(c, caps)]
        slash = platform == DISCORD and ctx.incoming.command is not None
        topic = (ctx.values.get("command") or "").strip()
        allowed = [c for c in visible if ctx.is_organizer or not c.organizer]
        found = find_topic(allowed, topic) if topic else None
        if found is None and topic and asked_about(topic) not in ("", topic):
            found = find_topic(allowed, asked_about(topic))
        if found is None and topic and ctx.is_organizer and names_organisers(topic):
            part = [t("help.organizer_header"), *(help_line(c, platform, ctx.now, slash=slash)
                                                  for c in visible if c.organizer)]
            for message in pack(["\n".join(part), t("help.all")], MESSAGE_LIMITS.get(platform)):
                ctx.reply(message)
            return
        # What needs a picture, asked where none can be sent (the console): where it is done.
        hidden = [c for c in commands(platform) if c.menu and not works_here(c, caps)
                  and (ctx.is_organizer or not c.organizer)]
        if found is None and topic and hidden:
            found = find_topic(hidden, topic) or find_topic(hidden, asked_about(topic))
        if found is None and topic:
            found = by_task([*allowed, *hidden], topic)
        if found is not None and found in hidden:
            where = t("help.not_here", command="/" + shown_name(found))
            ctx.reply("\n".join((help_line(found, platform, ctx.now), where, t("help.all"))))
            return
        if found is not None:
            line = help_line(found, platform, ctx.now, slash=slash)
            names = [] if slash else other_names(found)
            if names:
                line += "\n" + t("help.other_names", names=", ".join(names))
            ctx.reply(line + "\n" + t("help.all"))
            return
        # « /aide ça marche comment »: nothing but the words of a question, so no typo to
        # guess at (it offered /annuler): the help itself.
        meant = close(ctx, allowed, topic) if topic and asked_about(topic) else []
        topic = topic if asked_about(topic) else ""
        if meant:
            # A typo (« /aide particper »): the commands meant, not the whole list.
            lines = [t("help.did_you_mean", topic=_cut(topic))]
            lines += [help_line(c, platform, ctx.now, slash=slash) for c in meant]
            ctx.reply("\n".join([*lines, t("help.all")]))
            return
        # A topic not found: its line leads into the list (« Les voici : »), no greeting.
        lines = [t("help.unknown_topic", topic=_cut(topic)) if topic else t("help.header")]
        lines += [help_line(c, platform, ctx.now, slash=slash)
                  for c in visible if not c.organizer]
        sections = ["\n".join(lines)]
        if ctx.is_organizer:
            organizer = [help_line(c, platform, ctx.now, slash=slash)
                         for c in visible if c.organizer]
            if organizer:
                sections.append("\n".join([t("help.organizer_header"), *organizer]))
        tail = [t("help.console")] if platform == CONSOLE else []
        sections.append("\n".join([*tail, t(footer_key(platform))]))
        # Longer than a message of the platform: cut between sections (the organisers' part
        # then starts a message of its own), never inside a line.
        for message in pack(sections, MESSAGE_LIMITS.get(platform)):
            ctx.reply(message)

    return help_command
