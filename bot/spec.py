"""Commands described once: name, aliases, typed parameters, rights.

Every surface is generated from a `CommandSpec`: the text parser used by the console and
Telegram (`split_text` then `parse_values`), Discord's slash options (the adapter reads
`params`), Telegram's menus, `/help` and the usage lines (`usage_line`). A command cannot
exist on one platform only, because no platform has a list of its own.

Raw values arrive as strings, from a typed line or from a slash command's options, and go
through the same parser, so a value refused on one platform is refused on every one.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any, Literal

from bot.context import Context
from bot.dates import When, parse_duration, read_when
from bot.errors import UserInputError
from bot.i18n import CATALOGUE, Lazy, current_locale, platform_key, t
from bot.text import TRAILING, clean_stored, fold

Handler = Callable[[Context], Awaitable[None]]
Kind = Literal["event", "int", "choice", "text", "when", "duration", "word"]
MAX_EVENT_WORDS = 120
Parser = Callable[[str, datetime], Any]

MAX_ID = 999_999_999
_ID_DIGITS = len(str(MAX_ID))
DEFAULT_TEXT = 300
# Pictures sent with a `takes_image` command: adapters download at most this many bytes.
# A bigger picture is not downloaded; the handler receives `Incoming.image == IMAGE_TOO_LARGE`
# (empty bytes: "a picture came, too large to take") and refuses it politely with
# `too_large_image()`. `None` means no picture at all.
MAX_IMAGE_BYTES = 10 * 1024 * 1024
IMAGE_TOO_LARGE = b""
# « 12 », « #12 », « n°12 », « -3 », « 12.5 »: meant as a number (and checked as one); any
# other text with a letter is the words of a title (« soirée jeux »).
_NUMBER_LIKE = re.compile(r"\s*(#|n°\s*\d|no\s*\d|[-+]?\d)", re.IGNORECASE)


@dataclass(frozen=True)
class EventRef:
    """An event named by words of its title. Finding it needs the database, so the spec only
    says "these words"; the core resolves them among upcoming events before the handler
    runs, and the handler always receives a number."""

    words: str


@dataclass(frozen=True)
class Param:
    """One typed parameter.

    `name` is the English option name (Discord) and the key of its label (`param.<name>`).
    `words` maps what people type (folded) to a canonical value of `values`; `parse` replaces
    the built-in parser of the kind with a feature's own pure parser (`(text, now) -> value`).
    In a space-separated command only the last parameter may hold spaces (`rest`).
    `platforms`: empty means every platform; else only these read it (Telegram's deep-link
    payload of /start is no Discord option); elsewhere it is simply absent.
    `confidential`: what is typed here may be for the team only (children's first names, a
    phone number). The handler decides when it runs (`Reply.retract_asking`); where it
    cannot run, a command typed in a group and then edited (edits are never run), the
    adapter takes the message out of the group all the same when this parameter is filled.
    """

    name: str
    kind: Kind = "text"
    required: bool = True
    minimum: int = 1
    maximum: int = MAX_ID
    max_length: int = DEFAULT_TEXT
    values: tuple[str, ...] = ()
    words: Mapping[str, str] = field(default_factory=dict)
    prefix: str = ""
    rest: bool = False
    parse: Parser | None = None
    platforms: tuple[str, ...] = ()
    confidential: bool = False

    @property
    def label_key(self) -> str:
        return f"param.{self.name}"


@dataclass(frozen=True)
class CommandSpec:
    """What a command is, once. `pipes`: arguments separated by `|` instead of spaces.
    `public`: its answer is meant for the channel (others answer privately where they can).
    `platforms`: empty means every platform; only console helpers narrow it."""

    name: str
    handler: Handler
    aliases: tuple[str, ...] = ()
    params: tuple[Param, ...] = ()
    organizer: bool = False
    pipes: bool = False
    public: bool = False
    menu: bool = True
    platforms: tuple[str, ...] = ()
    # The name French readers see (menus, /aide, slash commands); default: the first alias.
    french: str = ""
    # What a member who types an organiser command reads instead of a bare refusal: a string
    # key (default `member_hint.<name>` when the feature has it), filled with {id}, the event
    # number or its label. `member_button` is the button offered with it when the event is
    # known: "event" (see its card, the default) or "rsvp:<answer>".
    member_hint: str = ""
    member_button: str = "event"
    # This command may carry a picture (`Incoming.image`): Telegram takes a photo or image
    # document sent with the command as caption, or the message the command replies to;
    # Discord adds an optional attachment option; the console ignores it. Size bounded by
    # MAX_IMAGE_BYTES (see IMAGE_TOO_LARGE).
    takes_image: bool = False
    # The command is about a picture (/affiche): /help leaves it out where none can be sent.
    image_only: bool = False
    # Run instead of `handler` when the command comes with no value at all (`/creer` alone
    # starts the guided creation). On Discord its options are then all optional, unless
    # `bare_on_discord` is False: a command that needs more than the event (« /ecrire »: the
    # message too) keeps them required there, since Discord's client asks for them itself
    # (the event with autocomplete) and a tap could only say which options to fill.
    bare: Handler | None = None
    bare_on_discord: bool = True
    # What the deployment must offer for this command to be offered ("web": the web agenda,
    # WEB_PORT or PUBLIC_URL). Without it, it is in no /help, menu or slash command (the
    # router's `capabilities`); typed anyway, its handler says what is missing.
    needs: str = ""
    personal: bool = False  # about the asker only: kept out of group menus
    # A member's command whose first value is an event, sent with none (a phone's menu sends
    # « /participer » alone; nobody knows a number by heart): the upcoming events are offered
    # as buttons instead of « the number is missing », each this button (`verb` or
    # `verb:arg`), so that one tap does what the command does with that event. Discord asks
    # for the option itself (autocomplete), so nothing changes there.
    pick: str = "event"

    def __post_init__(self) -> None:
        names = [p.name for p in self.params]
        if len(set(names)) != len(names):
            raise ValueError(f"/{self.name}: parameter names repeat")
        for index, param in enumerate(self.params):
            if param.rest and index != len(self.params) - 1:
                raise ValueError(f"/{self.name}: only the last parameter takes the rest")
            if param.kind == "choice" and not param.values:
                raise ValueError(f"/{self.name} {param.name}: a choice needs values")
        seen_optional = False
        for param in self.params:
            if param.required and seen_optional:
                raise ValueError(f"/{self.name}: a required parameter after an optional one")
            seen_optional = seen_optional or not param.required

    def takes_picture_from(self, organizer: bool) -> bool:
        """Whether a picture sent with this command is fetched at all: it takes one, and an
        organiser command's only from an organiser (a member's upload is never downloaded)."""
        return self.takes_image and (organizer or not self.organizer)

    @cached_property
    def param_names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.params)

    @cached_property
    def param_names_in_order(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    @property
    def french_name(self) -> str:
        return self.french or (self.aliases[0] if self.aliases else self.name)

    def shown_name(self, locale: str) -> str:
        return self.french_name if locale == "fr" else self.name

    @property
    def member_hint_key(self) -> str:
        return self.member_hint or f"member_hint.{self.name}"

    @cached_property
    def required_params(self) -> tuple[Param, ...]:
        """The required parameters: they come first (`__post_init__`)."""
        return tuple(p for p in self.params if p.required)

    @cached_property
    def optional_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if not p.required)

    @cached_property
    def titled(self) -> tuple[str, ...]:
        """The parameters that may name an event by title words (`EventRef`): the core
        looks for events only there."""
        return tuple(p.name for p in self.params if p.kind == "event" and p.parse is None)

    @property
    def event_param(self) -> Param | None:
        return next((p for p in self.params if p.kind == "event"), None)

    @property
    def options_optional(self) -> bool:
        """On Discord, every option is optional: the command also runs with none (`bare`)."""
        return self.bare is not None and self.bare_on_discord

    @property
    def picks_event(self) -> bool:
        """Sent with no value at all, it offers the upcoming events to tap (`pick`): a
        member's command that needs an event first and does nothing of its own alone."""
        first = self.params[0] if self.params else None
        return (first is not None and first.kind == "event" and first.required
                and self.bare is None and not self.organizer)

    @property
    def help_key(self) -> str:
        return f"help.{self.name}"

    @property
    def example_key(self) -> str:
        return f"example.{self.name}"


# -- from text to raw strings ----------------------------------------------------------------


def split_text(spec: CommandSpec, text: str, now: datetime) -> dict[str, str]:
    """The raw string of each parameter present in a typed line (not yet validated)."""
    text = text.strip()
    if not spec.params:
        return {}
    if spec.pipes:
        return _split_pipes(spec, text)
    return _split_words(spec, text, now)


def confidential(spec: CommandSpec) -> frozenset[str]:
    """The names of a command's parameters marked `Param.confidential` (children's first
    names, a desk entry's note)."""
    return frozenset(p.name for p in spec.params if p.confidential)


def fills_confidential(spec: CommandSpec, text: str, now: datetime) -> bool:
    """Whether a typed command's words (`text`, after its name) fill one of its
    `confidential` parameters: read, never run (an edit in a group, a forwarded command),
    for every adapter alike. Words it cannot read count as filling them (what they hold is
    not known to be harmless)."""
    secret = confidential(spec)
    if not secret:
        return False
    try:
        raw = split_text(spec, text, now)
    except UserInputError:
        return True
    return any(raw.get(name, "").strip() for name in secret)


def _split_pipes(spec: CommandSpec, text: str) -> dict[str, str]:
    if not text:
        return {}
    parts = [part.strip() for part in text.split("|")]
    while parts and not parts[-1]:
        parts.pop()  # « … | 20 | » from a phone: a trailing bar adds nothing
    if len(parts) > len(spec.params):
        raise UserInputError("error.too_many_parts", max=len(spec.params))
    return {p.name: part for p, part in zip(spec.params, parts, strict=False) if part}


def _split_words(spec: CommandSpec, text: str, now: datetime) -> dict[str, str]:
    """Required parameters in order; optional ones in any order, each word going to the
    first unfilled optional parameter that accepts it; a `rest` parameter takes what is
    left. A required event named by title words takes words until one that the parameter
    after it accepts (`soirée jeux oui +2`, `soirée jeux lieu Salle 2`)."""
    raw: dict[str, str] = {}
    words = _numbers_joined(text.split())

    def rest(param: Param, index: int) -> str:
        """What is left from word `index` on; a free text keeps the lines of a paste."""
        if param.kind == "text" and param.parse is None:
            return _rest(text, words, index)
        return " ".join(words[index:])

    index = 0
    for position, param in enumerate(spec.required_params):  # the first ones
        if index >= len(words):
            return raw  # missing: parse_values says which
        if param.rest:
            raw[param.name] = rest(param, index)
            return raw
        index = _after_article(param, words, index, now)
        end = index + 1
        if param.kind == "event" and param.parse is None and is_event_words(words[index]):
            end = _event_words_end(spec.params[position + 1:], words, index, now)
            if end == index:  # « /participer oui »: the first word is the next value's
                raise UserInputError("error.missing_event_id")
        raw[param.name] = (_bare(words[index]) if end == index + 1
                           else " ".join(words[index:end]))
        index = end
    optional = spec.optional_params
    while index < len(words):
        word = words[index]
        if not fold(word) and not any(fold(w) for w in words[index:]):
            break  # « oui ! », « non . »: French typing's spaced « ! », a phone's full stop
        word = _bare(word)
        taken = False
        for param in optional:
            if param.name in raw:
                continue
            if param.rest:
                raw[param.name] = rest(param, index)
                return raw
            if _accepts(param, word, now):
                raw[param.name] = word
                taken = True
                break
        if not taken:
            free = [p for p in optional if p.name not in raw]
            if not free:
                raise UserInputError("error.too_many_words")
            raw[free[0].name] = word  # parse_values explains what was wrong with it
        index += 1
    return raw


# « /modifier 1 le lieu Salle 2 », « l'heure 20h »: an article before a word to choose.
_ARTICLES = {"le", "la", "les", "l", "the"}  # folded: « l’ » is « l »
# Words no title ends on: where the title words stop, a value cannot start right after one
# (« /annoncerplustard Soirée de Noël 18h » is « Soirée de Noël » at 18h, not 25 December).
_DANGLING = {"de", "du", "des", "d", "le", "la", "les", "l", "a", "au", "aux", "en", "of",
             "the", "et", "and"}
_ELIDED = re.compile(r"^[lL]['’](?=\w)")


def _after_article(param: Param, words: list[str], index: int, now: datetime) -> int:
    """Where a required choice (an edited field) starts: after an article typed before it
    (« le lieu »), or without the « l' » glued to it (« l'heure »), when the word then reads;
    `words` is changed in place for the glued one."""
    if param.kind != "choice" or param.rest:
        return index
    word = words[index]
    if fold(word) in _ARTICLES and index + 1 < len(words) \
            and _accepts(param, _bare(words[index + 1]), now):
        return index + 1
    bare = _ELIDED.sub("", word)
    if bare != word and _accepts(param, _bare(bare), now):
        words[index] = bare
    return index


def _bare(word: str) -> str:
    """One word without the comma or full stop a phone leaves after it (« +1. », « 12, »);
    a free text's last words are kept as typed (only single values go through here)."""
    return word.rstrip(TRAILING) or word


def _rest(text: str, words: list[str], index: int) -> str:
    """The words from `index` on as typed: a multi-line announcement keeps its lines (each
    line's own spaces are still tidied). Joined with spaces when the words were changed."""
    tail = words[index:]
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    if not tail or len(starts) < len(tail) or text.split()[-len(tail):] != tail:
        return " ".join(tail)
    kept = text[starts[-len(tail)]:]
    return "\n".join(" ".join(line.split()) for line in kept.splitlines() if line.strip())


def _numbers_joined(words: list[str]) -> list[str]:
    """« n° 12 », « # 12 »: French typography spaces the sign from its number; one word."""
    if "n°" not in words and "N°" not in words and "#" not in words:
        return words
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] in ("n°", "N°", "#") and word[:1].isdecimal():
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _event_words_end(later: tuple[Param, ...], words: list[str], start: int,
                     now: datetime) -> int:
    """Where an event's title words stop: at the first word the next required parameter
    accepts, or any optional one when none is required (they come in any order)."""
    required = [p for p in later if p.required][:1]
    candidates = required or [p for p in later if not p.required]
    # A free text accepts anything: it cannot tell where a title ends.
    candidates = [p for p in candidates
                  if not (p.rest and p.parse is None and p.kind in ("text", "word"))]
    for index in range(start, len(words)):
        before = fold(words[index - 1]) if index > start else ""
        for param in candidates:
            piece = " ".join(words[index:]) if param.rest else words[index]
            choosing = param.kind == "choice" and not param.rest
            if _accepts(param, piece, now) or (
                    choosing and _accepts(param, _ELIDED.sub("", piece), now)):
                # « soirée jeux le lieu Salle 2 »: the article is no word of the title
                if choosing and index - 1 > start and before in _ARTICLES:
                    return index - 1
                if not choosing and before in _DANGLING:
                    break  # « Soirée de | Noël 18h »: no title ends on « de »
                return index
    return len(words)


def _accepts(param: Param, word: str, now: datetime) -> bool:
    if param.kind == "event" and param.parse is None and is_event_words(word):
        return False  # an optional event is only ever a number (else « Fermé lundi » is one)
    try:
        parse_one(param, word, now)
    except UserInputError:
        return False
    return True


# -- from raw strings to typed values ---------------------------------------------------------


def _choice_from_rest(spec: CommandSpec, raw: Mapping[str, str],
                      now: datetime) -> Mapping[str, str]:
    """A form's choice left empty, its word typed at the head of the free text after it
    (Discord: « valeur : places 25 » with no « champ »): that choice, and the rest."""
    for param, following in zip(spec.params, spec.params[1:], strict=False):
        text = (raw.get(following.name) or "").strip()
        if (param.kind == "choice" and param.required and following.rest and text
                and not (raw.get(param.name) or "").strip()):
            head, _, rest = text.partition(" ")
            if rest.strip() and _accepts(param, head, now):
                return {**raw, param.name: head, following.name: rest}
    return raw


def parse_values(spec: CommandSpec, raw: Mapping[str, str], now: datetime) -> dict[str, Any]:
    """Typed values of every parameter; absent optional ones are None."""
    if not spec.param_names.issuperset(raw):
        unknown = set(raw) - spec.param_names
        # Echoed without escapes or direction overrides: option names are not cleaned text.
        raise UserInputError("error.bad_option", value=clean_stored(sorted(unknown)[0], 20))
    values: dict[str, Any] = dict.fromkeys(spec.param_names_in_order)  # absent: None
    for param in spec.params:
        text = raw.get(param.name)
        if text:
            text = text.strip()
        if not text:
            if param.required:
                # Looked for only when something is missing: no call more on an answer's path.
                moved = _choice_from_rest(spec, raw, now)
                if moved is not raw:
                    return parse_values(spec, moved, now)
                raise _missing(spec, param, raw, now)
            continue
        try:
            values[param.name] = parse_one(param, text, now)
        except UserInputError as err:
            event = spec.event_param
            if "event" in err.values and event is not None and raw.get(event.name):
                # a line to copy names the event typed, never an example's number
                err.values["event"] = clean_stored(" ".join(raw[event.name].split()), 40)
            raise
    return values


# An event given by its number (« 12 », « #12 », « n°12 »), not by title words.
_NUMBER = re.compile(r"^\s*(?:#|n°|no\.?)?\s*\d+\s*$", re.IGNORECASE)


def _missing(spec: CommandSpec, param: Param, raw: Mapping[str, str],
             now: datetime) -> UserInputError:
    """A feature's own words for a missing value when it has them: the command's own first,
    filled with the values typed before it (`error.missing_editevent_field`: a line to copy
    per field, with {event}; `error.missing_editevent_value.place`, for the choice made,
    « /modifier 1 lieu » alone), then the parameter's (`error.missing_when`: « Il manque la
    date. Exemples : … »), else the generic « Il manque : quand. »."""
    if param.kind == "event":
        return UserInputError("error.missing_event_id")
    own = f"error.missing_{spec.name}_{param.name}"
    typed = {name: clean_stored(" ".join(value.split()), 40) for name, value in raw.items()}
    for chosen in spec.params:
        if chosen.kind == "choice" and raw.get(chosen.name):
            try:
                key = f"{own}.{parse_one(chosen, raw[chosen.name], now)}"
            except UserInputError:
                break
            if key in CATALOGUE:
                return UserInputError(key, **typed)
            break
    event = spec.event_param
    if event is not None and _NUMBER.match(raw.get(event.name) or "") \
            and f"{own}.number" in CATALOGUE:  # « /ecrire 1 »: no title to tell apart
        return UserInputError(f"{own}.number", **typed)
    if own in CATALOGUE:
        return UserInputError(own, **typed)
    specific = f"error.missing_{param.name}"
    if specific in CATALOGUE:
        return UserInputError(specific)
    return UserInputError("error.missing_param", param=_label(param))


def parse_one(param: Param, text: str, now: datetime) -> Any:
    """One value, or a `UserInputError` saying what is expected."""
    if param.parse is not None:
        return param.parse(text, now)
    if param.kind == "event":
        return event_ref(text)
    if param.kind == "int":
        return integer(text, param.minimum, param.maximum, param.prefix)
    if param.kind == "choice":
        return choice(param, text)
    if param.kind == "when":
        return future(text, now)
    if param.kind == "duration":
        return duration(text)
    if param.kind == "word" and len(text.split()) > 1:
        raise UserInputError("error.one_word", param=_label(param))
    return bounded_text(text, param.max_length)


def _label(param: Param) -> Lazy:
    return Lazy(param.label_key)


def is_event_words(text: str) -> bool:
    """Title words rather than a number (« soirée jeux », not « #12 » or « 12.5 »)."""
    if text.isdecimal():  # the usual « 12 »: no letter in it
        return False
    return any(c.isalpha() for c in text) and _NUMBER_LIKE.match(text) is None


def event_ref(text: str) -> int | EventRef:
    """A number ('12', '#12', 'n°12') or the words of an upcoming event's title."""
    if _is_id(text):  # the usual « 12 »: no letter scan, no prefix to strip
        return int(text)
    if is_event_words(text):
        return EventRef(bounded_text(" ".join(text.split()), MAX_EVENT_WORDS))
    return event_id(text)


def numbered(text: str, maximum: int) -> int | None:
    """'12', '#12' or 'n°12' as a number from 1 to `maximum`; None for anything else.
    isdecimal, not isdigit: « ² » and « ① » are digits that int() refuses."""
    cleaned = text.strip().lower().removeprefix("n°").lstrip("#").strip()
    if not cleaned.isdecimal() or len(cleaned) > len(str(maximum)):
        return None
    return int(cleaned) if 1 <= int(cleaned) <= maximum else None


def event_id(text: str) -> int:
    """'12', '#12' or 'n°12'."""
    cleaned = text.strip().lower().removeprefix("n°").removeprefix("no").lstrip("#").strip()
    if not cleaned:
        raise UserInputError("error.missing_event_id")
    if not _is_id(cleaned):
        raise UserInputError("error.bad_event_id", value=text.strip()[:20])
    return int(cleaned)


def _is_id(digits: str) -> bool:
    """A number an event may have, 1 to `MAX_ID`. isdecimal, not isdigit: « ² » and « ① »
    are digits that int() refuses."""
    return digits.isdecimal() and len(digits) <= _ID_DIGITS and int(digits) >= 1


def integer(text: str, minimum: int, maximum: int, prefix: str = "") -> int:
    cleaned = text.strip()
    if prefix:
        cleaned = cleaned.removeprefix(prefix).strip()
    if not re.fullmatch(r"\d{1,9}", cleaned) or not minimum <= int(cleaned) <= maximum:
        raise UserInputError("error.bad_number", value=text.strip()[:20], min=minimum,
                             max=maximum)
    return int(cleaned)


def choice(param: Param, text: str) -> str:
    folded = fold(text)
    found = param.words.get(folded) or (folded if folded in param.values else None)
    if found is None:
        raise UserInputError("error.bad_choice_of", value=text.strip()[:20],
                             param=_label(param))
    return found


def future(text: str, now: datetime) -> When:
    """A moment still to come, and its end when a range is typed (« samedi 18h-20h »).

    The reader's own refusal goes through as is (« le 12 décembre 2026 est un samedi… »,
    « à quelle heure ? »): a generic "not understood" would hide what to fix."""
    return read_when(text, now)


def duration(text: str) -> timedelta:
    length = parse_duration(text)
    if length is None or length > timedelta(days=7):
        raise UserInputError("error.bad_duration", value=text.strip()[:20])
    return length


def too_large_image() -> UserInputError:
    """The polite refusal of a picture the adapter did not download (`IMAGE_TOO_LARGE`)."""
    return UserInputError("error.image_too_large", max=MAX_IMAGE_BYTES // (1024 * 1024))


def bounded_text(text: str, limit: int) -> str:
    cleaned = text.strip()
    if len(cleaned) > limit:
        raise UserInputError("error.text_too_long", max=limit, length=len(cleaned))
    return cleaned


# -- usage lines -------------------------------------------------------------------------------


def usage_line(spec: CommandSpec, name: str) -> str:
    """`/participer <numéro> [oui|peut-être|non] [+invités]` in the current locale, called
    with the name the reader knows (`name`)."""
    parts = [f"/{name}"]
    for index, param in enumerate(spec.params):
        shown = t(param.label_key)
        if param.kind == "choice":
            shown = "|".join(t(f"word.{param.name}.{v}") for v in param.values)
        shown = param.prefix + shown
        shown = f"<{shown}>" if param.required else f"[{shown}]"
        if spec.pipes and index:
            shown = ("| " + shown) if param.required else f"[| {shown[1:]}"
        parts.append(shown)
    return " ".join(parts)


def example_of(spec: CommandSpec, platform: str) -> str | None:
    """The example said after a usage line (/help, a refusal), the platform's own first
    (`example.<cmd>.<platform>`: Discord has no photo caption); None without one."""
    key = platform_key(spec.example_key, platform)
    return t(key) if key in CATALOGUE else None


# -- Discord: slash commands and their options -----------------------------------------------
# Shared by /help and the refusals' usage lines: on Discord people fill options, they type
# no line (`bot.adapters.discord.slash` names the options the same way).

DISCORD = "discord"
# Discord's option names: lower-case, at most 32 characters, kept to ASCII.
_OPTION = re.compile(r"^[a-z0-9_-]{1,32}$")
# Where a typed example's first command ends: « (puis Confirmer) », « , /bilan … ».
_EXAMPLE_END = re.compile(r"\s\(|,\s*/")


def option_name(label: str, fallback: str) -> str:
    """The option name Discord shows for a label: folded, only what Discord accepts."""
    name = re.sub(r"[^a-z0-9_-]", "", fold(label))[:32]
    return name if _OPTION.fullmatch(name) else fallback


def slash_params(spec: CommandSpec) -> tuple[Param, ...]:
    """The parameters that are slash options: not one meant for other platforms only
    (Telegram's deep-link payload, `Param.platforms`)."""
    return tuple(p for p in spec.params if not p.platforms or DISCORD in p.platforms)


def option_names(spec: CommandSpec) -> dict[str, str]:
    """Each parameter's option name in the current locale, unique in the command (a second
    label folding to the same name keeps the parameter's English name)."""
    names: dict[str, str] = {}
    for param in slash_params(spec):
        label = t(param.label_key) if param.label_key in CATALOGUE else param.name
        name = option_name(label, param.name)
        names[param.name] = param.name if name in names.values() else name
    return names


def slash_usage(spec: CommandSpec) -> str:
    """`/participer numero [reponse] [invites] [enfants]`: the slash command and its options,
    optional ones in brackets (all of them when the command also runs with none)."""
    names = option_names(spec)
    parts = [f"/{spec.shown_name(current_locale())}"]
    for param in slash_params(spec):
        required = param.required and not spec.options_optional
        parts.append(names[param.name] if required else f"[{names[param.name]}]")
    if spec.takes_image:
        image = t("discord.image_name") if "discord.image_name" in CATALOGUE else "image"
        parts.append(f"[{option_name(image, 'image')}]")
    return " ".join(parts)


def slash_example(spec: CommandSpec, now: datetime) -> str | None:
    """The feature's example as Discord options (`ex. /participer numero:12 reponse:Je
    viens invites:2`): the typed example read by the command's own parser, each value under
    its option's name, a choice under the label Discord lists. A Discord wording of its own
    (`example.<cmd>.discord`) is kept as written; an example that cannot be read, left out."""
    own = platform_key(spec.example_key, DISCORD)
    if own != spec.example_key:
        return t(own)
    if spec.example_key not in CATALOGUE:
        return None
    example = t(spec.example_key)
    start = example.find("/")
    if start < 0:
        return None
    typed = _EXAMPLE_END.split(example[start:], maxsplit=1)[0]
    _, _, rest = typed.partition(" ")
    try:
        raw = split_text(spec, rest, now)
        shown = []
        names = option_names(spec)
        for param in slash_params(spec):
            value = (raw.get(param.name) or "").strip()
            if not value:
                continue
            if param.kind in ("choice", "int"):
                parsed = parse_one(param, value, now)
                label = f"choice.{param.name}.{parsed}"
                value = t(label) if param.kind == "choice" and label in CATALOGUE else str(
                    parsed)
            shown.append(f"{names[param.name]}:{value}")
    except UserInputError:
        return None
    return f"{example[:start]}/{spec.shown_name(current_locale())} {' '.join(shown)}".rstrip()
