"""What the web agenda says beyond the agenda feature's `web.*` strings
(commands/agenda/strings.py), added to the catalogue when `bot.web.server` is imported."""

from __future__ import annotations

UNKNOWN_KIND = "web.unknown_kind"
STARTED = "web.started"
NONE_OF_KIND = "web.none_kind"
SEE_ALL = "web.see_all"
RUNNING = "web.running"
STOPPED = "web.feed_stopped"
STOPPED_TEXT = "web.feed_stopped_text"
STOPPED_NAME = "web.feed_stopped_name"

STRINGS: dict[str, dict[str, str]] = {
    UNKNOWN_KIND: {
        "fr": "Ce type d'événement n'existe pas (ou plus) : voici tout l'agenda.",
        "en": "That kind of event does not exist (or no longer does): here is the whole "
              "programme.",
    },
    # A filter with nothing planned: not « nothing planned » for all of Le Focus.
    NONE_OF_KIND: {"fr": "Rien de ce type n'est prévu pour le moment.",
                   "en": "Nothing of this kind is planned just now."},
    SEE_ALL: {"fr": "Voir tout l'agenda", "en": "See the whole programme"},
    # Answers close when an event starts (commands.rsvp): an old link says so, not the seats.
    STARTED: {"fr": "Cet événement a déjà commencé ou est passé : on ne réserve plus.",
              "en": "This event has already started or is over: booking is closed."},
    # An event with an end, under way: kept on the agenda until then (when to fetch the
    # children), nothing to book.
    RUNNING: {"fr": "En cours : on ne réserve plus.", "en": "Under way: booking is closed."},
    # A personal calendar link stopped or erased: the page a browser shows, and the name of
    # the empty calendar a phone's calendar app gets (it sends no language: both are said).
    STOPPED: {"fr": "Lien d'agenda arrêté", "en": "Calendar link stopped"},
    STOPPED_TEXT: {
        "fr": "Ce lien d'agenda personnel ne fonctionne plus (arrêté ou effacé). Pour un "
              "nouveau lien, écrivez /monagenda au bot du Focus.",
        "en": "This personal calendar link no longer works (stopped or erased). For a new "
              "one, send /mycalendar to the Le Focus bot.",
    },
    STOPPED_NAME: {"fr": "Le Focus · lien arrêté (link stopped)",
                   "en": "Le Focus · link stopped (lien arrêté)"},
}
