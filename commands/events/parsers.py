"""Pure parsers for what organisers type about an event: text in, value out, or a
`UserInputError` with a helpful key.

Each is `(text, now) -> value`, usable as `Param(parse=...)`; series use the same ones. The
parameters built on them (`TITLE`, `CAPACITY`, `KIND`, `PRICE`) are shared too, so a title or a
price is read the same way everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from bot.dates import UNDECIDED, WEEKDAY_WORDS, When, parse_duration, read_when
from bot.errors import UserInputError
from bot.i18n import PARIS, format_clock, format_when
from bot.spec import Param, duration
from bot.text import echoed, fold, strip_accents
from storage import Event
from storage.models import KINDS

MAX_TITLE = 120
MAX_FIELD = 300
MAX_DESCRIPTION = 1500
MAX_CAPACITY = 10_000
MAX_PRICE_CENTS = 100_000
MAX_REASON = 300  # a cancellation's reason (and the « confirmer » after it)

# What people type for each kind (folded), French and English; the canonical names are
# accepted too (Discord's choices send them).
_KIND_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "board_games": ("jeux", "jeu", "jeux de société", "board games", "boardgame", "games",
                    "soirée jeux", "soirée jeu", "soirée jeux de société"),
    "screening": ("projection", "film", "cinéma", "ciné", "movie"),
    "workshop": ("atelier",),
    "masterclass": (),
    "english": ("anglais", "cours d'anglais"),
    "theme_evening": ("soirée", "soirée thématique", "thème", "theme evening"),
    "other": ("autre",),
}
KIND_WORDS: dict[str, str] = {
    fold(word): kind for kind in KINDS for word in (kind, *_KIND_SYNONYMS.get(kind, ()))}

# « 6€50 », « 6 € 50 », « 6 euros 50 »: euros, the currency word, then cents.
_CURRENCY_MARK = re.compile(r"^(\d{1,4})\s*(?:€|euros?|eur)\s*(\d{1,2})$")
_UNLIMITED = {fold(w) for w in ("illimité", "illimitée", "unlimited", "none", "aucune", "0",
                                "sans limite", "pas de limite", "no limit")}
_FREE = {fold(w) for w in ("gratuit", "gratuite", "free", "0")}


def title(text: str, now: datetime | None = None) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise UserInputError("error.missing_title")
    if len(cleaned) > MAX_TITLE:
        raise UserInputError("error.title_too_long", max=MAX_TITLE, length=len(cleaned))
    return cleaned


# « Lieu : salle des fêtes », « Places : 30 »: the labels of a post pasted one thing a line.
_LABEL = re.compile(r"^(?P<label>[^\W\d][\w'’ ]{0,20}?)\s*:\s*(?P<rest>.+)$")
_PLACE_LABELS = {"lieu", "adresse", "ou", "place", "where", "venue", "address", "salle"}
_SEAT_LABELS = {"places", "nombre de places", "capacite", "seats", "capacity", "jauge"}
_WHEN_LABELS = {"date", "quand", "heure", "horaire", "horaires", "when", "time", "le"}


def new_title(text: str, now: datetime | None = None) -> str:
    """An event's title as `/creer` reads it: a post pasted one thing a line (title, date,
    place, seats; the date on a line of its own) is answered with the one-line form built
    from those lines, not « Il manque la date »; else as `title`."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        pasted = _pasted_event(lines, now or datetime.now(UTC))
        if pasted is not None:
            raise pasted
    elif "|" not in text:
        if whole_date(text, now or datetime.now(UTC)) is not None:  # « /creer samedi 20h »
            raise UserInputError("error.title_missing", value=" ".join(text.split()))
        _date_in_title(text, now or datetime.now(UTC))
    return title(text, now)


def whole_date(text: str, now: datetime) -> When | None:
    """The whole text as a date (« samedi 20h » typed where the title was asked), or None
    when it is none (« Brunch 11h », « Noël » are titles); a date still undecided
    (« samedi ou dimanche 20h », « samedi 20h ? ») raises its question. Words beside the
    date (« samedi 20h Soirée jeux ») are no remark here: the line is read as a whole."""
    try:
        when = read_when(text, now, typos=False, remark_before=False)
    except UserInputError as err:
        if err.key in UNDECIDED:
            raise
        return None
    return None if when.remark else when


# A time alone (« Brunch 11h », « Apéro 19h30 ») may be a title's: a date is a day too.
_TIME_ALONE = re.compile(r"(?:[àa]|at|vers)?\s*\d{1,2}(?:\s*[h:.]\s*\d{0,2}(?:\s*mn)?|"
                         r"\s*[ap]\.?m\.?)", re.IGNORECASE)


# « c'est quand la soirée jeux ? », "when is the game night?": asked of the bot, no title.
_WHEN_QUESTION = re.compile(r"^(?:(?:c'?est|cest|ca\s+sera|on\s+fait\s+ca|on\s+le\s+fait)\s+)?"
                            r"(?:quand|when|quel\s+jour|quelle\s+date|what\s+day)\b.*\?$")


def _date_in_title(text: str, now: datetime) -> None:
    """« Soirée jeux samedi 5 décembre 20h » as a title (Discord's « titre » field, the
    other options left empty; or typed after /creer without « | »): the date is there,
    yet « Il manque la date » was all she read. Refused with the line that works, built
    from her own words; nothing is created on a guess."""
    line = event_line(text, now)
    if line is not None and line.refused is not None:
        raise line.refused  # « Soirée jeux samedi ou dimanche 20h »: the date is asked first
    if line is None or line.when is None or _TIME_ALONE.fullmatch(line.when_text.strip()):
        if _WHEN_QUESTION.search(" ".join(strip_accents(text.lower()).replace("’", "'").split())):
            raise UserInputError("error.title_when_question", value=text.strip()[:60])
        return
    parts = [line.title, line.when_text, str(line.capacity) if line.capacity else "",
             "", line.price_text]
    while not parts[-1]:
        parts.pop()
    raise UserInputError("error.when_in_title", line=" | ".join(parts).replace("|  |", "| |"))


def _pasted_event(lines: list[str], now: datetime) -> UserInputError | None:
    found = _pasted_fields(lines, now)
    if found is None:
        return None  # no date on a line of its own: read as any title
    line = " | ".join(found[key] for key in ("title", "when", "seats") if key in found)
    if "place" in found:
        return UserInputError("error.event_lines_place", line=line, place=found["place"])
    return UserInputError("error.event_lines", line=line)


def _pasted_fields(lines: list[str], now: datetime) -> dict[str, str] | None:
    """A post pasted one thing a line: its title, date, place and seats as typed; None
    without a title and a date on lines of their own."""
    found: dict[str, str] = {}
    for line in lines:
        labelled = _LABEL.match(line)
        label = fold(labelled["label"]) if labelled else ""
        rest = labelled["rest"].strip() if labelled else line
        if label in _PLACE_LABELS:
            found.setdefault("place", rest)
        elif label in _SEAT_LABELS or re.fullmatch(r"\d{1,5}(?:\s*places?|\s*seats?)?", rest):
            found.setdefault("seats", _SEAT_WORDS.sub("", rest))
        elif "when" not in found and (label in _WHEN_LABELS or _reads_as_when(rest, now)):
            found["when"] = rest
        elif "title" not in found:
            found["title"] = rest
    return found if "when" in found and "title" in found else None


def _reads_as_when(text: str, now: datetime) -> bool:
    try:  # « Soirée jeux - samedi 20h » is a title's line, not a date's
        read_when(text, now, remark_before=False)
    except UserInputError as err:
        return err.key != "error.bad_when"  # asked (« vendredi prochain ? »): still a date
    return True


# Words after a number of seats that only say what it is (« 45 places », « 30 personnes »).
_SEAT_WORDS = re.compile(r"\s*(?:places?|personnes?|pers\.?|seats?|people)$", re.IGNORECASE)


def capacity(text: str, now: datetime | None = None) -> int | None:
    """A number of seats, or None for « illimité » / unlimited / 0; « 45 places » is 45."""
    if fold(text) in _UNLIMITED or not text.strip():
        return None
    digits = _SEAT_WORDS.sub("", text.strip()) if text.strip()[:1].isdecimal() else text.strip()
    if not digits.isdecimal() or len(digits) > 6 or not 1 <= int(digits) <= MAX_CAPACITY:
        raise UserInputError("error.bad_capacity", value=digits[:20], max=MAX_CAPACITY)
    return int(digits)


def kind(text: str, now: datetime | None = None) -> str:
    found = KIND_WORDS.get(fold(text))
    if found is None:
        raise UserInputError("error.bad_kind", value=text.strip()[:30])
    return found


def price(text: str, now: datetime | None = None) -> int:
    """'gratuit', 'free', '0', '6', '6 €', '6,50€', '6 euros', '6€50' -> cents (the
    currency between euros and cents, as French posters write it, is the decimal mark)."""
    cleaned = _CURRENCY_MARK.sub(r"\1,\2", fold(text).strip())
    cleaned = cleaned.replace("€", "").replace("euros", "").replace("euro", "")
    cleaned = cleaned.replace("eur", "")
    if cleaned in _FREE or not cleaned:
        return 0
    match = re.fullmatch(r"(\d{1,4})(?:[.,](\d{1,2}))?", cleaned)
    if not match:
        raise UserInputError("error.bad_price", value=echoed(text))
    cents = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if cents > MAX_PRICE_CENTS:
        raise UserInputError("error.bad_price", value=echoed(text))
    return cents


# Inside a line that tells the whole event: « 30 places », « gratuit », « 6 € ».
_SEATS_IN = re.compile(r"(?<!\S)(\d{1,5})\s*(?:places?|personnes?|pers\.?|seats?|people)"
                       r"(?!\S)", re.IGNORECASE)
_PRICE_IN = re.compile(r"(?<!\S)(?:gratuite?|free|entr[ée]e libre|\d{1,4}(?:[.,]\d{1,2})?"
                       r"\s*(?:€|euros?))(?!\S)", re.IGNORECASE)
# Words a date may start with that also end titles (« Quiz night », « Apéro du soir »).
_DAY_PARTS = frozenset({"night", "evening", "morning", "afternoon", "soir", "soiree", "matin",
                        "aprem", "apresmidi", "nuit"})
# A title never ends with these: the date before them is one of two (« samedi ou dimanche »).
_OR_WORDS = frozenset({"ou", "or", "sinon"})
# What may sit between a title and its date (« Loto — samedi 20h », « Ciné du dimanche »).
_JOINERS = frozenset({"le", "la", "du", "de", "a", "ce", "on", "at", "-", "–", "—", ",", ":",
                      "·", "/"})


@dataclass(frozen=True)
class EventLine:
    """The whole event told in one line: what of it could be read."""

    title: str
    when: When | None = None
    refused: UserInputError | None = None  # the date that did not read, said before asking
    capacity: int | None = None
    seats_given: bool = False
    price: int | None = None
    kind: str | None = None
    when_text: str = ""  # the date as typed in a line without « | »
    price_text: str = ""  # the price as typed there (« 6 € », « gratuit »)


def event_line(text: str, now: datetime) -> EventLine | None:
    """« Soirée jeux samedi 5 décembre 20h 30 places gratuit », or the one-line form
    « Soirée jeux | samedi 12/12 20h | 30 », answered to the guided creation's first
    question: its title, date, seats, price and kind. None when the line is no such thing
    (no pipe, and no date reads after its first word): then it is a title, or a kind."""
    cleaned = " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    pasted = _pasted_fields(lines, now) if len(lines) > 1 and "|" not in cleaned else None
    if pasted is not None:  # a poster's text pasted: title, date, seats on lines of their own
        return _piped_line([pasted["title"], pasted["when"], pasted.get("seats", "")], now)
    if "|" in cleaned:
        return _piped_line([part.strip() for part in cleaned.split("|")], now)
    seats = _SEATS_IN.search(cleaned)
    rest = _SEATS_IN.sub(" ", cleaned)
    cost = _PRICE_IN.search(rest)
    words = _PRICE_IN.sub(" ", rest).replace(",", " , ").split()
    for index in range(1, len(words)):
        tail = " ".join(words[index:])
        # « Ciné « Le Havre » samedi 20h »: the closing quote is the title's; « Les 12 coups
        # de midi »: a date with no number in it is the title's words.
        if not words[index][0].isalnum() or not re.search(r"\d", tail):
            continue
        head = words[:index]
        while head and head[-1].lower() in _JOINERS:
            head.pop()
        if not head or fold(head[-1]) in _OR_WORDS:  # « samedi ou | dimanche 20h »: no
            continue
        try:
            # A refusal here is never shown; what comes before the date is the title's.
            when = read_when(tail, now, typos=False, remark_before=False)
        except UserInputError as err:
            if err.key in UNDECIDED:  # « samedi ou dimanche 20h », « samedi 20h ? »: asked
                return EventLine(title=title(" ".join(head).replace(" , ", ", ")),
                                 refused=err, when_text=tail.replace(" , ", ", "))
            continue
        # « Quiz night saturday 8pm »: « night » reads as a date word, yet it is the
        # title's when the day and time say the same without it.
        while (index + 1 < len(words) and fold(words[index]) in _DAY_PARTS
               and _reads(" ".join(words[index + 1:]), now) == when):
            head.append(words[index])
            index += 1
            tail = " ".join(words[index:])
        shown = " ".join(head).replace(" , ", ", ")
        line = EventLine(title=title(shown), when=when, kind=KIND_WORDS.get(fold(shown)),
                         when_text=tail.replace(" , ", ", "))
        if cost is not None:  # « gratuit », « entrée libre »: free; « 6 € »: read as typed
            line = replace(line, price=price(cost.group(0))
                           if re.search(r"\d", cost.group(0)) else 0, price_text=cost.group(0))
        if seats is not None and int(seats.group(1)) <= MAX_CAPACITY:
            line = replace(line, capacity=int(seats.group(1)) or None, seats_given=True)
        return line
    return None


def _reads(text: str, now: datetime) -> When | None:
    try:  # its refusal is not read: no typo search (the costly part)
        return read_when(text, now, typos=False, remark_before=False)
    except UserInputError:
        return None


def _piped_line(parts: list[str], now: datetime) -> EventLine | None:
    """The one-line form's fields, in its order: title | date | seats | kind | price; a field
    that does not read is left for its own question."""
    if len(parts) < 2 or not parts[0]:
        return None
    when, refused = None, None
    try:
        when = read_when(parts[1], now)
    except UserInputError as err:
        refused = err
    values: dict[str, object] = {}
    for name, read, index in (("capacity", capacity, 2), ("kind", kind, 3),
                              ("price", price, 4)):
        if len(parts) > index and parts[index]:
            try:
                values[name] = read(parts[index])
            except UserInputError:
                continue
            if name == "capacity":
                values["seats_given"] = True
    line = EventLine(title=title(parts[0]), when=when, refused=refused)
    return replace(line, **values)  # type: ignore[arg-type]


def short_text(text: str, limit: int = MAX_FIELD) -> str:
    cleaned = text.strip()
    if len(cleaned) > limit:
        raise UserInputError("error.text_too_long", max=limit, length=len(cleaned))
    return cleaned


def when_text(text: str, now: datetime | None = None) -> str:
    """A date kept as typed, read by the handler once it knows what it is relative to (a
    duplicate's « samedi prochain » takes the time of its source)."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise UserInputError("error.missing_when")
    return cleaned


# -- the parameters, shared by events and series ---------------------------------------------

TITLE = Param("title", max_length=MAX_TITLE, parse=title)
NEW_TITLE = Param("title", max_length=MAX_TITLE, parse=new_title)  # /creer's, pasted lines
WHEN = Param("when", "when")
# "int" so Discord offers a number field (leaving it empty means unlimited); typed lines also
# accept « illimité ».
CAPACITY = Param("capacity", "int", required=False, maximum=MAX_CAPACITY, parse=capacity)
KIND = Param("kind", "choice", required=False, values=KINDS, words=KIND_WORDS, parse=kind)
PRICE = Param("price", required=False, max_length=20, parse=price)


# -- editable fields: the one table -----------------------------------------------------------

Changes = dict[str, object]


def _title(event: Event, text: str, now: datetime) -> Changes:
    return {"title": title(text)}


def _description(event: Event, text: str, now: datetime) -> Changes:
    return {"description": short_text(text, MAX_DESCRIPTION)}


def _place(event: Event, text: str, now: datetime) -> Changes:
    value = short_text(text)
    if not value:
        raise UserInputError("error.missing_value")
    return {"place": value}


def _audience(event: Event, text: str, now: datetime) -> Changes:
    return {"audience": short_text(text)}


# « +1h », « d'une heure plus tard », « 30 min plus tôt », "by an hour", "1 hour later": the
# event moved by a length. Without a sign, direction words or « de »/« d' »/"by" first,
# « 1h » is one in the morning, not a shift.
_SHIFT = re.compile(r"^(?P<sign>[+-])?\s*(?P<by>de\s+|d'\s*|by\s+)?(?P<amount>.+?)"
                    r"(?:\s+(?P<way>plus\s+tard|plus\s+tot|later|earlier))?$")
_SHIFT_AMOUNTS = ((r"\b(?:une?\s+)?demi\s*-?\s*heure\b|\bhalf\s+an\s+hour\b", "30m"),
                  (r"\b(?:une?|an|one)\s+heure\b|\b(?:an|one)\s+hour\b", "1h"),
                  (r"(\d)\s*(?:heures?|hours?|hrs?)\b", r"\1h"),
                  (r"(\d)\s*(?:minutes?|mins?|mn)\b", r"\1m"))
MAX_SHIFT = timedelta(hours=12)
# The word typed for the field that says which way (« /modifier 3 avancer d'une heure »).
SHIFT_WORDS = {"avancer": "-", "avance": "-", "retarder": "+", "retarde": "+",
               "repousser": "+", "repousse": "+", "delay": "+", "postpone": "+"}
# « 20h au lieu de 19h », "8pm instead of 7pm": the old moment, checked against the event's.
_INSTEAD = re.compile(r"\s+(?:au\s+lieu\s+(?:de\s+|d'\s*)|[àa]\s+la\s+place\s+de\s+|"
                      r"instead\s+of\s+)(?P<old>.+)$", re.IGNORECASE)
# « dimanche même heure », « le 12 à la même heure », "sunday same time": the time kept.
_SAME_TIME = re.compile(r"\s*,?\s*(?:(?:[àa]\s+)?(?:la\s+)?m[êe]me\s+heure|(?:at\s+)?"
                        r"(?:the\s+)?same\s+time)\s*$", re.IGNORECASE)


def _shift_parts(text: str) -> tuple[str, timedelta] | None:
    """The way (« + », « - », « » when not said) and length of a shift typed (« +1h »,
    « d'une heure plus tard »); None when the text is no shift."""
    plain = strip_accents(" ".join(text.lower().replace("’", "'").split()))
    found = _SHIFT.fullmatch(plain)
    if found is None or not (found["sign"] or found["by"] or found["way"]):
        return None
    amount = found["amount"]
    for pattern, short in _SHIFT_AMOUNTS:
        amount = re.sub(pattern, short, amount)
    length = parse_duration(amount) if re.fullmatch(r"[\dhm\s]+", amount) else None
    if length is None or length > MAX_SHIFT:
        return None
    if found["way"]:
        return ("+" if found["way"] in ("plus tard", "later") else "-"), length
    return found["sign"] or "", length


# A length typed bare after a way word (« avancer 1h », « retarder 30 min »), accents off:
# a shift, not a time; « avancer 18h » stays a time (no event moves by 6 hours or more
# written « 18h »: from 6h on, « Nh » is the hour).
_BARE_LENGTH = re.compile(r"[0-5]\s*h(?:\s*[0-5]\d)?|\d{1,3}\s*(?:minutes?|mins?|mn)|"
                          r"\d{1,2}\s*(?:heures?|hours?|hrs?)|(?:une?|one|an)\s+(?:heure|hour)|"
                          r"(?:une?\s+)?demi\s*-?\s*heure|half\s+an\s+hour")
# Field words that move the event without saying which way: a bare length after them is
# asked, both times named (« décaler 1h »: 21h or 19h?), not read as 1h in the night.
_NO_WAY_WORDS = frozenset({"decaler", "decale"})


def with_way(word: str, value: str) -> str:
    """The shift typed after a field word that says which way (« avancer d'une heure »,
    « retarder 30 min ») with its sign, a bare length after « décaler » as a shift whose
    way is asked; any other value as typed."""
    way = "" if fold(word) in _NO_WAY_WORDS else SHIFT_WORDS.get(fold(word))
    if way is None:
        return value
    if _shift_parts(value) is None and _BARE_LENGTH.fullmatch(
            strip_accents(" ".join(value.lower().replace("’", "'").split()))):
        value = "de " + value.strip()
    parts = _shift_parts(value)
    if parts is None or parts[0]:
        return value
    return way + value.lstrip()


def way_kept(word: str, event: Event, changes: Changes, value: str) -> None:
    """« avancer à 21h » for a 20h event, « retarder à 19h »: the way said and the moment
    typed disagree; asked, nothing changed (a wrong hour, or the wrong event)."""
    way, start = SHIFT_WORDS.get(fold(word)), changes.get("starts_at")
    if way is None or not isinstance(start, datetime) or start == event.starts_at:
        return
    if (start > event.starts_at) != (way == "+"):
        key = "error.way_later" if start > event.starts_at else "error.way_earlier"
        raise UserInputError(key, word=word, value=value.strip()[:40], id=event.id,
                             when=format_when(event.starts_at), new=format_when(start))


def _shift(event: Event, text: str, now: datetime) -> Changes | None:
    """The event moved by a length (« +1h », « d'une heure plus tard »), its length kept;
    « décaler d'une heure » with no way said is asked, both times named; None when the
    text is no shift."""
    parts = _shift_parts(text)
    if parts is None:
        return None
    way, length = parts
    local = event.starts_at.astimezone(PARIS)
    later, earlier = local + length, local - length  # the wall clock moves, as people mean
    if not way:
        raise UserInputError("error.shift_which", value=text.strip()[:40], id=event.id,
                             later=format_clock(later.hour, later.minute),
                             earlier=format_clock(earlier.hour, earlier.minute))
    start = (later if way == "+" else earlier).astimezone(UTC)
    if start <= now:
        raise UserInputError("error.past_when", value=text.strip()[:40])
    changes: Changes = {"starts_at": start}
    if event.ends_at is not None:
        changes["ends_at"] = start + (event.ends_at - event.starts_at)
    return changes


def _instead(event: Event, text: str, now: datetime) -> str:
    """« 20h au lieu de 19h »: « 20h », once « 19h » is the event's moment; a moment it
    does not have is refused, with its real one (she may be editing the wrong event)."""
    found = _INSTEAD.search(text)
    if found is None:
        return text
    local = event.starts_at.astimezone(PARIS)
    new = text[:found.start()].strip()
    try:
        old = read_when(found["old"], now, day=local.date(), time=local.time()).start
    except UserInputError:
        old = None
    if old != event.starts_at:
        raise UserInputError("error.instead_not_so", value=found["old"].strip()[:30],
                             id=event.id, when=format_when(event.starts_at), new=new[:30])
    return new


def _when(event: Event, text: str, now: datetime) -> Changes:
    """Only a time keeps the event's day, only a day keeps its time (« heure 20h » on a
    Saturday event stays on Saturday); a weekday alone moves within the event's week
    (« date dimanche » for Saturday the 19th is Sunday the 20th, not this coming Sunday)
    unless that day is past; a range sets the end, else the end keeps the length. Said in
    words too: a shift (`_shift`), « 20h au lieu de 19h », « dimanche même heure »."""
    shifted = _shift(event, text, now)
    if shifted is not None:
        return shifted
    text = _instead(event, text, now)
    kept = _SAME_TIME.sub("", text)
    text = kept if kept.strip() else text
    local = event.starts_at.astimezone(PARIS)
    when = read_when(text, now, day=local.date(), time=local.time())
    start = when.start
    plain = strip_accents(" ".join(text.lower().split()))
    if _BARE_WEEKDAY.fullmatch(plain):
        picked = start.astimezone(PARIS)
        monday = local.date() - timedelta(days=local.weekday())
        same_week = datetime.combine(monday + timedelta(days=picked.weekday()),
                                     picked.time(), tzinfo=PARIS).astimezone(UTC)
        if same_week > now:
            start = same_week
    changes: Changes = {"starts_at": start}
    if when.end is not None:
        changes["ends_at"] = when.end + (start - when.start)
    elif event.ends_at is not None:
        changes["ends_at"] = start + (event.ends_at - event.starts_at)
    return changes


# The weekday words dates read (bot.dates owns them), longest first for the alternation.
_DAY_NAMES = "|".join(sorted(WEEKDAY_WORDS, key=len, reverse=True))
_HOUR = r"\d{1,2}(?:[h:.]\d{0,2})?\s*(?:am|pm)?"
# A time after the weekday: marked (« 18h », « 18:30 », "6pm") or after « à » / "at"; a bare
# number there is the day of the month (« samedi 12 » is the 12th, not the event's week).
_MARKED_HOUR = r"\d{1,2}(?:[h:.]\d{0,2}\s*(?:am|pm)?|\s*(?:am|pm))"
# « dimanche », « le dimanche à 18h », "sunday 6pm-8pm": a weekday with at most a time.
_BARE_WEEKDAY = re.compile(
    rf"(?:(?:le|a|au|pour|to|on)\s+)?(?:{_DAY_NAMES})"
    rf"(?:\s+(?:(?:a|at)\s*{_HOUR}|{_MARKED_HOUR})(?:\s*-\s*{_HOUR})?)?")


def _end(event: Event, text: str, now: datetime) -> Changes:
    """« fin 23h » ends on the event's day; « fin 1h30 » after a 22h start, the next day."""
    local = event.starts_at.astimezone(PARIS)
    at = event.ends_at.astimezone(PARIS).time() if event.ends_at else None
    when = read_when(text, now, day=local.date(), time=at, after=event.starts_at)
    if when.end is not None:
        raise UserInputError("error.when_one_moment", value=text.strip()[:40])
    if when.start <= event.starts_at:
        raise UserInputError("error.end_before_start")
    return {"ends_at": when.start}


def _duration(event: Event, text: str, now: datetime) -> Changes:
    return {"ends_at": event.starts_at + duration(text)}


def _capacity(event: Event, text: str, now: datetime) -> Changes:
    """« places 0 » on an existing event is meant as « no more seats » as often as « no
    limit »: asked back, never guessed (creating, 0 stays « no limit »)."""
    if _SEAT_WORDS.sub("", text.strip()) == "0":
        raise UserInputError("error.zero_capacity_edit", id=event.id)
    return {"capacity": capacity(text)}


def _kind(event: Event, text: str, now: datetime) -> Changes:
    return {"kind": kind(text)}


def _price(event: Event, text: str, now: datetime) -> Changes:
    return {"price_cents": price(text)}


@dataclass(frozen=True)
class Field:
    """An editable field: what organisers may type for it (besides its English name), and
    how a typed value becomes stored changes."""

    words: tuple[str, ...]
    change: Callable[[Event, str, datetime], Changes]


FIELDS: Mapping[str, Field] = {
    "title": Field(("titre", "nom"), _title),
    "when": Field(("date", "start", "quand", "début", "heure", "time", "horaire", "horaires",
                   "décaler", "décale", "commence", *SHIFT_WORDS), _when),
    "end": Field(("fin",), _end),
    "duration": Field(("durée",), _duration),
    # « salle 2 » keeps its word (commands/events/handlers._said_with_its_word)
    "place": Field(("lieu", "where", "où", "adresse", "endroit", "address", "salle"), _place),
    # « nombre de places 30 »: « de places » is left out there too
    "capacity": Field(("capacité", "places", "seats", "jauge", "nombre", "nb"), _capacity),
    "kind": Field(("type", "genre"), _kind),
    "price": Field(("prix", "tarif"), _price),
    "audience": Field(("public", "âge"), _audience),
    "description": Field(("desc",), _description),
}
FIELD_WORDS: dict[str, str] = {
    fold(word): name for name, entry in FIELDS.items() for word in (name, *entry.words)}


def field(text: str, now: datetime | None = None) -> str:
    """An editable field's name from what was typed (« lieu », « places », "when"…)."""
    found = FIELD_WORDS.get(fold(text))
    if found is None:
        word = fold(text)
        if (word in WEEKDAY_WORDS or word in _DATE_STARTS or word in _SHIFT_STARTS
                or word[:1].isdecimal()):
            # « /modifier 12 samedi 20h »: the new date, without the word « date » first
            # {event}: the number typed before, filled in by `bot.spec.parse_values`
            raise UserInputError("error.field_is_a_date", value=text.strip()[:20], event=12)
        raise UserInputError("error.bad_field", value=text.strip()[:20])
    return found


# First words of a date typed where the field was expected.
_DATE_STARTS = {"demain", "aujourdhui", "ce", "apresdemain", "dans", "tomorrow", "today",
                "tonight", "next"}
# First words of a shift typed without its verb (« /modifier 3 d'une heure plus tard »).
_SHIFT_STARTS = {"dune", "dun", "une", "un", "demi", "de", "by", "an", "half"}


FIELD = Param("field", "choice", values=tuple(FIELDS), words=FIELD_WORDS, parse=field)
VALUE = Param("value", max_length=MAX_DESCRIPTION, rest=True)
