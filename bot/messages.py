"""What flows between adapters and the core: one incoming type, platform-neutral replies.

Adapters translate platform updates into `Incoming` and render `Reply` back; nothing in
`commands/` ever sees a platform object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot import actions


@dataclass(frozen=True)
class Incoming:
    """One command, plain message or button press from a member, as the core sees it."""

    platform: str
    user_id: str
    display_name: str
    chat_id: str
    text: str = ""
    is_private: bool = True
    is_organizer: bool = False
    platform_locale: str | None = None
    # A button press carries the action id instead of text, and the message it sat on.
    action: str | None = None
    message_id: str | None = None
    # A typed command from a platform form (Discord slash options): its canonical name and
    # each option as a string, parsed by the command's spec exactly like typed text.
    command: str | None = None
    options: Mapping[str, str] = field(default_factory=dict)
    # A picture sent with the message (Telegram photo, Discord attachment), already
    # downloaded by the adapter within its size limit; checked by content, never trusted.
    image: bytes | None = None
    # Asked in a group but read as private (a reply to the bot's card): answered privately,
    # yet it proves nothing about the private chat being open.
    asked_in_group: bool = False
    # Something the platform cannot hand over as text (a voice message, a video, a file):
    # only an open conversation (the guided creation) answers it, by asking its step again.
    unreadable: bool = False
    # The event whose card this message answers (« Répondre » under the bot's card, on
    # Telegram or Discord, in a group, a channel or privately): « on sera 3 », « c'est à
    # quelle heure ? » written there are about that event, not any. None when it answers
    # no card (or a list of several events). Read from the card's own buttons
    # (`event_named`), so it holds after a restart.
    event_id: int | None = None
    # The question passed on to the team (`commands.relay`) this message answers: an
    # organiser's « Répondre » under the bot's « ❓ Question de Lea … », read from that
    # message's « ↩️ Répondre à Lea » button (`question_named`): their answer, in one step.
    question_id: int | None = None
    # Typed privately without « Répondre », soon after a private notice about one event (the
    # team's message, a change, a cancellation, a reminder): that event (`Core._told_about`).
    # Weaker than `event_id`: the member may be asking about something else (« vous êtes
    # ouverts le samedi ? »); the relay reads it (`commands.relay`).
    follows: int | None = None
    # Typed privately without a slash: "command", the line reads as a command
    # (« participants 3 », `Core.reads_as_command`: the core runs it); "name", a command's
    # name alone (« aide »: the FAQ reads it); "line", a command's name and a number that
    # does not read as that command (« message 1 On commence à 20h »: the FAQ reads it). A
    # conversation waiting for free words (the relay's answer window) takes none of them
    # for its answer.
    slashless: str = ""


# Buttons whose target is an event for a member: a card's (answer, guests, calendar), a
# reminder's (« Je ne pourrai pas venir », « Voir l'événement »), « Nommer les enfants », the
# relay's « ✅ 3 places » (an answer written in words, one tap to do it).
# Others carry other numbers (a draft, an announcement, a door list's count).
_EVENT_VERBS = frozenset({"rsvp", "guest", "ics", "event", "drop", "kids", "seats"})


def event_named(button_ids: Iterable[object]) -> int | None:
    """The one event a message of the bot's is about, read from its buttons' ids (a card's
    all name its event, and they hold after a restart); None for a message whose buttons
    name no event or several (« Quel événement ? » listing the Soirée jeux and the Ciné).
    The same rule on every platform (`Incoming.event_id`)."""
    found: set[int] = set()
    for data in button_ids:
        action = actions.parse(data) if isinstance(data, str) else None
        if action is not None and action.verb in _EVENT_VERBS and action.event_id:
            found.add(action.event_id)
    return found.pop() if len(found) == 1 else None


def question_named(button_ids: Iterable[object]) -> int | None:
    """The question passed on to the team that a message of the bot's carries (its
    « ↩️ Répondre à … » button, verb `ask`), or None. The same rule on every platform
    (`Incoming.question_id`)."""
    for data in button_ids:
        action = actions.parse(data) if isinstance(data, str) else None
        if action is not None and action.verb == "ask" and not action.arg:
            return action.event_id  # a number, as an event's
    return None


def answerable(button_ids: Iterable[object], answer: str | None = None) -> bool:
    """Whether a message of the bot's has a card's answer buttons (« ✅ Je viens »…): a card
    one may still answer, not a cancelled or started one's (its buttons are gone). The same
    rule on every platform (an answer-like reaction is told to press them only there).
    With `answer` ("going"), that answer's button itself: a notice offering only « Je ne
    pourrai pas venir » is no card to say « je viens » to."""
    for data in button_ids:
        action = actions.parse(data) if isinstance(data, str) else None
        if (action is not None and action.verb == "rsvp"
                and (answer is None or action.arg == answer)):
            return True
    return False


# What members send, read the same way on every platform (the adapters' part) -------------

# « Participer 3 Oui » typed privately on a phone that offers no « / » first: a command's
# name, then a number (an event's), is that command (the core reads it so; an adapter that
# must not run a forwarded one recognises it the same way).
SLASHLESS = re.compile(r"([^\W\d_][\w-]*)\s+#?\d+\b")
# A card's first line as every platform shows it (« #12 · Soirée jeux », struck on Discord
# when cancelled): a card's text pasted, or forwarded, names its event.
CARD_TITLE = re.compile(r"^(?:~~)?#(\d{1,9}) · ")
# A card's buttons' own emoji typed alone (« ✅ » under the card, « ❌ » to drop out): read
# as the word they stand for, which books nothing and says to press the button above (the
# core answers a « 👍 » as a thank-you, which reads as « booked »). 👍 stays a thank-you.
_EMOJI_WORDS = {"✅": "oui", "☑": "oui", "✔": "oui", "❌": "non", "❎": "non"}
_EMOJI_MARKS = re.compile("[\U0001F3FB-\U0001F3FF\uFE0F]|\u200D[\u2640\u2642]")


def pasted_card(text: str) -> int | None:
    """The event of a card whose text a member pasted or forwarded (its title line first,
    then its other lines); None for anything else (« #1 · » alone is no card)."""
    found = CARD_TITLE.match(text)
    return int(found.group(1)) if found is not None and "\n" in text else None


def bare_emoji(emoji: str) -> str:
    """An emoji without its skin tone, gender or emoji-style marks (👍🏽 is 👍)."""
    return _EMOJI_MARKS.sub("", emoji)


def emoji_worded(text: str) -> str:
    """A line of a card's answer emoji only (« ✅ », « ✅✅ »), as the word it stands for;
    any other line as it is."""
    bare = bare_emoji("".join(text.split()))
    found = {_EMOJI_WORDS.get(c, "") for c in bare}
    return found.pop() if len(found) == 1 and "" not in found else text


@dataclass(frozen=True)
class Button:
    """A button; `action` is a versioned id parsed in one place (`bot.actions`)."""

    label: str
    action: str


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str


@dataclass(frozen=True)
class FormField:
    """One typed field of a `Form`; `value` is what it already holds (shown to edit)."""

    name: str
    label: str
    placeholder: str = ""
    value: str = ""
    required: bool = True
    long: bool = False
    max_length: int = 300


@dataclass(frozen=True)
class Form:
    """A form to fill in at once, for platforms that have one (Discord's modal). What is
    typed comes back as `Incoming(action=action, options={field name: text})`, parsed by
    the feature like any typed text. Other platforms show the reply's text and buttons
    instead, so a reply with a form always carries its step-by-step equivalent."""

    action: str
    title: str
    fields: tuple[FormField, ...]


@dataclass(frozen=True)
class EventCard:
    """An event as shown to people, already localised; adapters only lay it out."""

    event_id: int
    title: str
    kind_label: str
    when_text: str
    starts_at: datetime  # UTC, for platforms that render times in each reader's clock
    ends_at: datetime | None
    place: str
    price_text: str
    audience: str
    description: str
    seats_text: str
    cancelled: bool
    status_text: str = ""
    buttons: tuple[Button, ...] = ()
    # The poster's file name ('' for none), resolved with `bot.cards.poster_file`: a card with
    # one is a photo with a caption on Telegram and an embed image on Discord.
    image: str = ""


@dataclass
class Reply:
    """A platform-neutral answer. `private` asks the adapter to show it only to the asker
    (Discord ephemeral, Telegram private chat); for a button press `text` is the toast.
    Treated as a value once handed out (changed with `dataclasses.replace`; only the core
    sets `took` on the answer it has just built), yet not `frozen`: a frozen
    dataclass sets each field through `object.__setattr__`, 3x the cost of building one,
    and every answer builds at least one (issue 11). `Context.reply` builds it by position:
    a new field goes last."""

    text: str = ""
    card: EventCard | None = None
    buttons: tuple[Button, ...] = ()
    attachment: Attachment | None = None
    private: bool = False
    locale: str = "fr"  # the reader's language, for any text the adapter adds itself
    # For a button press: this text and these buttons replace the pressed message (a list
    # that changes as it is tapped, like the door list) instead of coming as a new one.
    replaces_pressed: bool = False
    # The message that asked, typed in a group, holds what the group must not read (children's
    # first names, a phone note): the adapter deletes it where it may and tells the asker
    # privately either way (done, or please delete it yourself).
    retract_asking: bool = False
    form: Form | None = None
    # For a button press: what the tap took, "going" (a seat) or "waitlisted" (a waitlist
    # place), for a line the adapter says itself about it (Telegram's group line).
    took: str = ""
    # A private notice carrying a member's own words to someone else (a question passed on
    # to the team, `commands.relay`): that member. Kept until sent, it goes with them
    # (/oubliemoi: `storage.outbox`'s `words_of`).
    words_of: int | None = None



@dataclass(frozen=True)
class Capabilities:
    """What a platform can do beyond the contract (here, so that commands can ask it)."""

    private_links: bool = False  # a link that opens a private chat with the bot
    native_events: bool = False  # the platform shows events of its own (Discord)
    edit_slots: bool = False  # card edits wait for per-chat slots (Telegram groups)
    pictures: bool = True  # members can send and see pictures (posters); not the console
    forms: bool = False  # a reply's `form` opens instead of its text (Discord's modal)
