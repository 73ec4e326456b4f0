"""Pure parsers for series: the rule organisers write (« un samedi sur deux 20h », « premier
samedi du mois 14h », « mardi et jeudi 18h », "every other friday 7pm"), the interval, the
series number, the field to edit. Each raises a `UserInputError` with a helpful key.

A rule is read word by word and every word must be understood: what cannot be read is
refused with examples, never taken for "every week". Rules become `dateutil.rrule` strings
on Paris wall-clock dates, so 19:30 stays 19:30 across daylight-saving changes. A time that
does not exist on the spring-forward night (02:30) is moved an hour later, as zoneinfo
resolves it; the reply says so (`dst_gap`). « du lundi au vendredi » is every day of the
span; « sauf vacances » is refused with what to do instead (a series skips nothing alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial

from dateutil.rrule import rrulestr

from bot.dates import (
    WEEKDAY_WORDS,
    Clock,
    Words,
    clock_from,
    clock_hour,
    end_and_length,
    not_all_night,
    share_meridiem,
    split_length,
    start_part,
    tidy_clocks,
    typed_length,
)
from bot.errors import UserInputError
from bot.i18n import PARIS, weekday_name
from bot.spec import numbered
from bot.text import fold, strip_accents
from commands.events.parsers import FIELDS as EVENT_FIELDS

MAX_INTERVAL = 12
MAX_SERIES_ID = 999_999_999
CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NUMBERS = {"un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
            "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "quinze": 15}
_POSITIONS = {
    "1er": 1, "1ere": 1, "1re": 1, "premier": 1, "premiere": 1, "first": 1, "1st": 1,
    "2e": 2, "2eme": 2, "2nd": 2, "2nde": 2, "deuxieme": 2, "second": 2, "seconde": 2,
    "3e": 3, "3eme": 3, "3rd": 3, "troisieme": 3, "third": 3,
    "4e": 4, "4eme": 4, "4th": 4, "quatrieme": 4, "fourth": 4,
    "dernier": -1, "derniere": -1, "last": -1,
}
# « tous les premiers mercredis », « les 2es jeudis »: the same ranks, said of every month
_POSITIONS |= {word + "s": rank for word, rank in _POSITIONS.items()
               if word[0].isdigit() and not word.endswith(("st", "nd", "rd", "th"))
               or word in ("premier", "premiere", "deuxieme", "seconde", "troisieme",
                           "quatrieme", "dernier", "derniere")}
# « tous les », "every": with a rank (« tous les 1ers mercredis », "every first wednesday"),
# every month's, as plainly as « du mois »; « premier samedi 14h » alone stays asked, and in
# English only "first" and "last" ("every third friday" may be every three weeks).
_EVERY = {"tous", "toutes", "ts", "ttes", "chaque", "every", "each"}  # « ts les » as texted
_MONTH_WORDS = {"mois", "month", "monthly", "mensuel", "mensuelle"}
_WEEK_WORDS = {"semaine", "semaines", "week", "weeks", "weekly", "hebdo", "hebdomadaire"}
_DAY_WORDS = {"jour", "jours", "day", "days", "daily", "quotidien", "quotidienne"}
_PARTS = {"soir": "evening", "soiree": "evening", "evening": "evening", "night": "evening",
          "matin": "morning", "mat": "morning", "morning": "morning", "aprem": "afternoon",
          "afternoon": "afternoon"}
_FILLERS = {"chaque", "tous", "toutes", "ts", "ttes", "tout", "les", "le", "la", "l", "du",
            "de", "des", "d", "a", "au", "et", "and", "every", "each", "on", "of", "the", "at",
            "in", "par", "per", "vers", "around", "pile", "sharp", "fois", "week", "semaine",
            "from", "jusqu", "to", "until", "partir"}
_CLOCK = (r"(?P<{p}h>\d{{1,2}})(?:\s*(?P<{p}mark>heures?|h)(?:\s*(?P<{p}m>\d{{2}}))?"
          r"|[:.](?P<{p}c>\d{{2}}))?(?:\s*(?P<{p}ap>am|pm))?")
_RANGE = re.compile(r"(?<![\w])(?:(?P<pre>de|from)\s+)?" + _CLOCK.format(p="a")
                    + r"\s*(?P<sep>-|a|to|until|jusqu\s*a)\s*" + _CLOCK.format(p="b")
                    + r"(?![\w])")
_ONE = re.compile(r"(?<![\w])" + _CLOCK.format(p="a") + r"(?![\w])")
_BARE = re.compile(r"(?<![\w])(?:a|at|vers|around)\s+(?P<h>\d{1,2})(?![\w:])")
_NOON = re.compile(r"(?<![\w])(?:midi|noon)(?![\w])")



@dataclass(frozen=True)
class Rule:
    """A series rule: weekdays (Monday = 0) and a Paris wall-clock time; every `interval`
    weeks, or monthly on the `positions` of those weekdays (1 = first, -1 = last). `minutes`
    is the length a typed range gave (« 18h-20h »)."""

    weekdays: tuple[int, ...]
    local_time: str
    interval: int = 1
    positions: tuple[int, ...] = ()
    minutes: int | None = None

    @property
    def monthly(self) -> bool:
        return bool(self.positions)

    def rrule(self) -> str:
        """The `dateutil.rrule` text stored with the series (without its start)."""
        if self.positions:
            days = ",".join(f"{p:+d}{CODES[d]}" for p in self.positions for d in self.weekdays)
            return f"FREQ=MONTHLY;BYDAY={days}"
        days = ",".join(CODES[d] for d in self.weekdays)
        return f"FREQ=WEEKLY;INTERVAL={self.interval};BYDAY={days}"

    @property
    def clock(self) -> time:
        hour, minute = (int(p) for p in self.local_time.split(":"))
        return time(hour, minute)


def weekly_rrule(weekday: int, interval: int) -> str:
    """The rule of a series made before rules existed (migration 0005 writes the same)."""
    return Rule((weekday,), "00:00", interval).rrule()


def from_rrule(text: str, local_time: str) -> Rule:
    """The stored rule back as a `Rule` (only what `Rule.rrule` writes)."""
    parts = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    weekdays: list[int] = []
    positions: list[int] = []
    for item in parts.get("BYDAY", "").split(","):
        found = re.fullmatch(r"([+-]?\d)?([A-Z]{2})", item)
        if found is None:
            continue
        day = CODES.index(found.group(2))
        if day not in weekdays:
            weekdays.append(day)
        if found.group(1) and int(found.group(1)) not in positions:
            positions.append(int(found.group(1)))
    return Rule(tuple(weekdays), local_time, int(parts.get("INTERVAL", "1")), tuple(positions))


# -- reading a rule --------------------------------------------------------------------------

# A time is read as an event's is (`bot.dates.clock_from`, `clock_hour`): one hour rule.


# What a series cannot do alone: skip the school holidays, bank holidays, a given date.
_EXCEPT = re.compile(r"\b(?:sauf|hors|except|excepte|excluding|but\s+not)\b")


def _plain(text: str) -> str:
    """Lower case without accents; phone apostrophes and dashes as plain ones."""
    text = tidy_clocks(strip_accents(text.strip().lower()))
    text = re.sub(r"apres\s*-?\s*midi", "aprem", text)  # not « midi », the time
    text = re.sub(r"\b(?:midi|noon)\b", "12h", text)  # « de midi à 14h » is a range
    text = re.sub(r"\b(?:minuit|midnight)\b", "0h", text)  # « 20h-minuit » as well
    text = _DAY_SPAN.sub(_days_spanned, text)  # « du lundi au vendredi »: every day between
    return re.sub(r"[’‘`]", "'", text)


# « du lundi au vendredi », « lundi-vendredi », "monday to friday": the days between too
# (read as the two days alone, a week-long course lost three of its five dates).
_DAY_WORD = "|".join(sorted(WEEKDAY_WORDS, key=len, reverse=True))
_DAY_SPAN = re.compile(rf"\b(?P<a>{_DAY_WORD})s?\s+(?:au|a|to|through|thru|till|until"
                       rf"|jusqu\s*'?\s*au)\s+(?P<b>{_DAY_WORD})s?\b")
# « mardi-jeudi »: Tuesday and Thursday, or Tuesday to Thursday? Asked (days next to each
# other, « samedi-dimanche », are the same either way).
_DAY_DASH = re.compile(rf"\b(?P<a>{_DAY_WORD})s?\s*-\s*(?P<b>{_DAY_WORD})s?\b")
_DAY_CHAIN = re.compile(rf"\b(?:{_DAY_WORD})s?(?:\s*-\s*(?:{_DAY_WORD})s?){{2,}}\b")


def _days_spanned(found: re.Match[str]) -> str:
    first, last = WEEKDAY_WORDS[found["a"]], WEEKDAY_WORDS[found["b"]]
    days = [(first + step) % 7 for step in range((last - first) % 7 + 1)]
    return " ".join(_DAY_NAMES[day] for day in days)


_DAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _clock(found: re.Match[str], p: str) -> Clock:
    """One time of a match, as an event's time is read."""
    return clock_from(found[f"{p}h"], found[f"{p}mark"], found[f"{p}m"] or found[f"{p}c"],
                      found[f"{p}c"] is not None, found[f"{p}ap"])


def _check(clock: Clock, value: str) -> None:
    if clock.minute > 59 or clock.hour > 23 or (clock.ampm and not 1 <= clock.hour <= 12):
        raise UserInputError("error.bad_rule", value=value)


@dataclass
class _Times:
    start: Clock | None = None
    end: Clock | None = None


def _times(plain: str, value: str) -> tuple[_Times, str]:
    """The one time (or range) of the rule, and the text without it."""
    found = _Times()
    rest = plain
    count = 0
    for pattern in (_RANGE, _ONE):
        for match in list(pattern.finditer(rest)):
            first = _clock(match, "a")
            second = _clock(match, "b") if pattern is _RANGE else None
            if not first.marked and not (second and second.marked):
                continue  # "2 semaines", "15 jours": a number, not a time
            if second is not None and not first.marked and not match["pre"] \
                    and match["sep"] != "-":
                continue  # « un samedi sur 2 à 20h »: a number, then the time
            count += 1
            _check(first, value)
            if second is not None:
                _check(second, value)
            found.start, found.end = first, second
            rest = rest[:match.start()] + " " * len(match.group(0)) + rest[match.end():]
    for match in list(_BARE.finditer(rest)) + list(_NOON.finditer(rest)):
        count += 1
        found.start = Clock(int(match["h"]), 0, marked=False) \
            if "h" in match.groupdict() else Clock(12, 0, marked=True)
        rest = rest[:match.start()] + " " * len(match.group(0)) + rest[match.end():]
    if count > 1:
        raise UserInputError("error.rule_one_time", value=value)
    return found, rest


def read_rule(text: str) -> Rule:
    """The rule an organiser wrote, or a `UserInputError` with examples: never a guess."""
    value = text.strip()[:40]
    plain = _plain(text)
    if len(plain) > 120:
        raise UserInputError("error.bad_rule", value=value)
    # « lundi-mercredi-vendredi »: three days or more with dashes are a list, not a span
    plain = _DAY_CHAIN.sub(lambda chain: chain.group(0).replace("-", " "), plain)
    for dash in _DAY_DASH.finditer(plain):
        first, last = WEEKDAY_WORDS[dash["a"]], WEEKDAY_WORDS[dash["b"]]
        if (last - first) % 7 > 1:
            raise UserInputError("error.rule_day_dash", value=value, typed=dash.group(0),
                                 first=Words(partial(weekday_name, first)),
                                 last=Words(partial(weekday_name, last)))
    skip = _EXCEPT.search(plain)
    if skip is not None:  # « tous les mercredis sauf vacances »: not read as every week
        typed = re.search(r"\s*[,(]?\s*\b(?:sauf|hors|except|excepte|excluding|but)\b"
                          r"[^\d]*", text, re.IGNORECASE)  # up to a time typed after it
        words = typed.group(0) if typed else skip.group(0)
        example = " ".join(text.replace(words, " ", 1).split()) if typed else ""
        raise UserInputError("error.rule_except", value=value,
                             words=words.strip(" ,()")[:40],
                             example=example[:60].strip(" ,()") or "mercredi 14h")
    whole = plain.rstrip(" .")
    plain, length = split_length(whole, value)  # « jeudi 18h pendant 2h »
    times, rest = _times(plain, value)
    if length is not None and times.end is not None:
        raise end_and_length(value)
    tokens = re.findall(r"[a-z0-9]+", rest)
    weekdays: list[int] = []
    positions: list[int] = []
    intervals: list[int] = []
    monthly = daily = every_second = False
    part: str | None = None

    def bad() -> UserInputError:
        return UserInputError("error.bad_rule", value=value)

    index = 0
    while index < len(tokens):
        word = tokens[index]
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        before = tokens[index - 1] if index else ""
        day = _weekday(word)
        if day is not None:
            if day not in weekdays:
                weekdays.append(day)
        elif word == "avant" and after in ("dernier", "derniere"):
            positions.append(-2)
            index += 1
        elif word in _POSITIONS:
            every_second = every_second or (word == "second" and before == "every")
            positions.append(_POSITIONS[word])
        elif word == "sur":
            number = _NUMBERS.get(after) or (int(after) if after.isdigit() else None)
            if number is None:
                raise bad()
            intervals.append(number)
            index += 1
        elif word in ("other", "alternate", "fortnightly"):
            intervals.append(2)
        elif (word.isdigit() or word in _NUMBERS) and before == "les" and index > 1 and tokens[
                index - 2] in ("tous", "toutes", "tout", "ts") and _weekday(after) is not None:
            number = int(word) if word.isdigit() else _NUMBERS[word]
            if number != 1:  # « tous les deux samedis », « tous les 2 mercredis »: every other
                intervals.append(number)
        elif (word.isdigit() and word != "1") or (
                word in _NUMBERS and after in _WEEK_WORDS | _DAY_WORDS):
            number = int(word) if word.isdigit() else _NUMBERS[word]
            if after in _WEEK_WORDS:
                if number != 1:  # « une semaine sur deux » says it after « sur »
                    intervals.append(number)
            elif after in _DAY_WORDS and number in (7, 14, 15, 21, 28):
                intervals.append((number + 1) // 7)  # « tous les 15 jours »: fortnightly
            else:
                raise bad()
            index += 1
        elif word in ("un", "une", "one", "1"):
            pass  # « un samedi sur deux », « une semaine sur deux »
        elif word in _MONTH_WORDS:
            monthly = True
        elif word in _DAY_WORDS:
            daily = True
        elif word in _PARTS:
            part = _PARTS[word]
        elif word in _WEEK_WORDS or word in _FILLERS:
            pass
        else:
            raise bad()
        index += 1
    if every_second and not monthly and positions == [2]:
        positions, intervals = [], [*intervals, 2]  # "every second friday": fortnightly
    if positions and not monthly and not intervals and _EVERY.intersection(tokens) and (
            _EVERY.difference({"every", "each"}).intersection(tokens)
            or set(positions) <= {1, -1}):
        monthly = True  # "every third friday" stays asked: every three weeks, as often
    if daily and not weekdays:
        raise UserInputError("error.rule_daily", value=value)
    if not weekdays or daily or len(set(intervals)) > 1:
        raise bad()
    if monthly != bool(positions) or (monthly and intervals):
        raise bad()  # « premier samedi » without « du mois », « un samedi sur deux du mois »
    every = intervals[0] if intervals else 1
    if not 1 <= every <= MAX_INTERVAL:
        raise UserInputError("error.bad_interval", value=value, max=MAX_INTERVAL)
    if times.start is None:
        raise UserInputError("error.rule_need_time", value=value)
    local_time, minutes = _moment(times.start, times.end, part, value, whole)
    if length is not None:
        minutes = _length_minutes(whole, local_time, length, value)
    ordered = tuple(sorted(set(positions), key=lambda p: (p < 0, abs(p))))
    return Rule(tuple(sorted(weekdays)), local_time, every, ordered, minutes)


def _moment(first: Clock, last: Clock | None, part: str | None, value: str, whole: str
            ) -> tuple[str, int | None]:
    """'HH:MM' and the length of a range in minutes, by the events' hour rule
    (`bot.dates.clock_hour`): « samedi à 8 » and "every friday 7:30" are asked, « soir 2h »
    and « matin 20h » too; a night spent there (« 19h-7h ») is asked as for an event."""
    if last is not None:
        share_meridiem(first, last)
        part = start_part(part, first, last, whole)
    at = clock_hour(first, part, value)
    if at == time(0, 0):
        raise UserInputError("error.bad_rule", value=value)
    minutes = None
    if last is not None:
        end = clock_hour(last, part, value, after=at.hour)
        minutes = ((end.hour - at.hour) * 60 + end.minute - at.minute) % (24 * 60)
        if not 0 < minutes <= 12 * 60:
            raise UserInputError("error.bad_rule", value=value)
        if end <= at:
            not_all_night(end, whole, value)  # « 19h-7h »: all night, or 19h-23h?
    return f"{at.hour:02d}:{at.minute:02d}", minutes


def _weekday(word: str) -> int | None:
    """The weekday a word names, plural too (« les jeudis »); None for any other word."""
    return WEEKDAY_WORDS.get(word, WEEKDAY_WORDS.get(word[:-1]) if word.endswith("s") else None)


_DAYS_ONLY_FILLERS = {"le", "les", "la", "et", "and", "on", "the", "jour", "day", "du", "de",
                      "from"}


def read_days(text: str) -> tuple[int, ...] | None:
    """Weekdays alone, for an edit that keeps the rhythm and the time (« jour jeudi » on
    « un mercredi sur deux 18h » is « un jeudi sur deux 18h »); None when the text holds
    anything else."""
    days: set[int] = set()
    for word in re.findall(r"[a-z0-9]+", _plain(text)):
        day = _weekday(word)
        if day is not None:
            days.add(day)
        elif word not in _DAYS_ONLY_FILLERS:
            return None
    return tuple(sorted(days)) or None


def read_time(text: str) -> tuple[str, int | None] | None:
    """A time (or range) alone, for an edit that keeps the days (« heure 20h »); None when the
    text holds anything else."""
    value = text.strip()[:40]
    whole = _plain(text).rstrip(" .")
    plain, length = split_length(whole, value)
    times, rest = _times(plain, value)
    words = [w for w in re.findall(r"[a-z0-9]+", rest) if w not in _FILLERS]
    part = None
    if len(words) == 1 and words[0] in _PARTS:
        part = _PARTS[words.pop()]
    if words or times.start is None:
        return None
    if length is not None and times.end is not None:
        raise end_and_length(value)
    moment, minutes = _moment(times.start, times.end, part, value, whole)
    if length is None:
        return moment, minutes
    return moment, _length_minutes(whole, moment, length, value)


def _length_minutes(whole: str, moment: str, length: timedelta, value: str) -> int:
    """A length typed after the time, in minutes; « 9h pour 13h » (until 13h, or 13 hours?)
    is asked first, as for an event, then more than 12 hours is refused."""
    length = typed_length(whole, time.fromisoformat(moment), length, value)
    return int(length.total_seconds()) // 60


# -- dates -----------------------------------------------------------------------------------


def wall_clock(day: date, at: time) -> datetime:
    """Paris wall-clock → UTC. On the spring-forward night a missing 02:30 becomes 03:30
    (zoneinfo's reading, fold 0); on the autumn night the first 02:30 is taken."""
    return datetime.combine(day, at, tzinfo=PARIS).astimezone(UTC)


def in_dst_gap(rule: Rule) -> bool:
    """Whether some dates of the rule may fall in the hour that does not exist in spring (the
    last Sunday of March, 02:00–02:59)."""
    return rule.clock.hour == 2 and 6 in rule.weekdays


def occurrences(rule: Rule, first: date) -> Iterator[tuple[date, datetime]]:
    """(Paris date, UTC start) of every occurrence from `first` on, which also anchors the
    weeks an interval counts."""
    at = rule.clock
    for moment in rrulestr(rule.rrule(), dtstart=datetime.combine(first, at)):
        yield moment.date(), wall_clock(moment.date(), at)


def first_date(rule: Rule, now: datetime) -> date:
    """The first Paris date of the rule, at any interval, whose time is still to come: the
    series' weeks are counted from it."""
    weekly = replace(rule, interval=1)
    for day, start in occurrences(weekly, now.astimezone(PARIS).date()):
        if start > now:
            return day
    raise ValueError(rule)  # an rrule with a weekday always continues


def upcoming(rule: Rule, now: datetime, count: int) -> list[datetime]:
    """The first `count` starts (UTC) of a rule made now."""
    found: list[datetime] = []
    for _, start in occurrences(rule, first_date(rule, now)):
        if start > now:
            found.append(start)
        if len(found) == count:
            break
    return found


def dates_between(rule: Rule, first: date, since: date, until: date
                  ) -> list[tuple[date, datetime]]:
    """Occurrences with a Paris date from `since` to `until` (both included)."""
    found = []
    for day, start in occurrences(rule, first):
        if day > until:
            break
        if day >= since:
            found.append((day, start))
    return found


def interval(text: str) -> int:
    """'' / 'chaque semaine' -> 1, 'toutes les 2 semaines' / 'every other week' -> 2."""
    plain = _plain(text)
    if not plain:
        return 1
    digits = re.findall(r"\d+", plain)
    if plain.isdigit() and int(plain) > 1:
        # A number alone, where /creer takes its seats: every N weeks, or N seats? Asked.
        raise UserInputError("error.bare_interval", value=plain[:4])
    value = int(digits[0]) if digits else next(
        (n for w, n in _NUMBERS.items() if n > 1 and re.search(rf"\b{w}\b", plain)), None)
    if value is None and re.search(r"\bother\b|quinze|fortnight", plain):
        value = 2
    if digits and re.search(r"jours?|days?", plain):
        value = (value + 1) // 7 if value in (7, 14, 15, 21, 28) else None
    if value is None and re.search(r"semaine|week|hebdo", plain):
        value = 1
    if value is None or not 1 <= value <= MAX_INTERVAL:
        raise UserInputError("error.bad_interval", value=text.strip()[:30], max=MAX_INTERVAL)
    return value


# -- the fields of a series organisers may change, and what they may type for each -----------

SERIES_FIELDS = ("title", "place", "capacity", "kind", "price", "when", "duration",
                 "description")
# A series' "when" is its rule and day, and it has a length rather than an end: words of its
# own on top of those of the event field each one changes.
_SERIES_WORDS = {"when": ("jour", "day", "rule", "règle"), "duration": ("length",)}
FIELD_WORDS = {fold(word): name for name in SERIES_FIELDS
               for word in (name, *EVENT_FIELDS[name].words, *_SERIES_WORDS.get(name, ()))}


# -- as `Param(parse=...)` ------------------------------------------------------------------


def parse_rule(text: str, now: datetime) -> Rule:
    return read_rule(text)


def parse_interval(text: str, now: datetime) -> int:
    return interval(text)


def parse_series(text: str, now: datetime) -> int:
    """'1', '#1' or 'n°1'."""
    number = numbered(text, MAX_SERIES_ID)
    if number is None:
        raise UserInputError("error.bad_series_id", value=text.strip()[:20])
    return number


def parse_field(text: str, now: datetime) -> str:
    found = FIELD_WORDS.get(fold(text))
    if found is None:
        raise UserInputError("error.bad_series_field", value=text.strip()[:20])
    return found
