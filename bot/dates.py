"""Reading the dates organisers type, French first, in Europe/Paris time, stored as UTC.

Our own small grammar rather than a general date library: a general library guesses (it read
"samedi 5 décembre à 14 heures" as the year 2114 at midnight), and a guessed date is sent to
every attendee. Here every word of the text must be understood, or the organiser is asked,
politely and with examples. Things we refuse rather than guess:

- a weekday that contradicts the date ("vendredi 12 décembre" when the 12th is a Saturday);
- a day without a time, or a time without a day (unless an edit supplies the other half);
- an hour that could be morning or evening with nothing to tell ("demain à 8"), and midnight,
  which people use for both ends of a day (but « fin minuit » after a start is that night);
- in English, minutes after a one-digit hour with no am/pm ("sat 8.30", "7:30-10:30"): 08:30
  or 20:30? (« 08:30 », « 8h30 » or a 24-hour end, "9:00-17:00", say which);
- a wall-clock time that does not exist on the spring daylight-saving night;
- a moment in the past, and a moment more than 18 months away without a written year;
- « demain » typed between midnight and 5:00, when the organiser still up may mean the
  coming day: both days are named and the day asked.
- « dans 8 jours » / « dans 15 jours », which French speakers often say for one / two weeks,
  and « samedi prochain » said on a Friday (tomorrow, or the Saturday after?), or
  « dimanche prochain » / "next sunday" two days ahead in the same week: both days are
  named and the day asked.
- a holiday after « de » / « du » (« Soirée de Noël 18h », « le soir de Noël »: a title, or
  the evening before?) and « nouvel an » (the 31st's party, or the 1st?): both days named.
- « samedi 9h pour 11h »: until 11h, or for 11 hours? (« samedi 14h pour 2h » is a length.)
- a day and month with a dash and no time (« samedi 9-12 »: 9h to 12h, or 9 December?).
- two moments in one line (« samedi 20h et le lendemain », « … et le lendmain », « et
  dimanche 15h », « et 22h »): the one read is named, one date at a time; and two clocks
  half an hour apart with a slash (« 20h/20h30 »: about 20h), both named.

Also read as people type them (`tidy_clocks`, shared with series rules): « 14h et demie »,
« midi et quart », « 14 : 30 », « 14h30mn », arrows for ranges, emoji; noon in a range
(« de 10h à midi »); numbers in words after « dans » / "in"; « Noël », « le jour de l'an »;
« vendredi en quinze »; « mercredi pro »; « 10h du mat »; a length after « pour » or « pdt ».

A length after the moment (« samedi 14h pendant 3h », "for 2 hours") sets the end, as a
range does; it is time that passes (a 3-hour workshop on the autumn night ends 3 hours on).

On the autumn night the hour between 2:00 and 3:00 happens twice; we take the first one
(still summer time), which is what a printed programme saying "2h30" means to most people.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as Time
from functools import lru_cache, partial

from bot.errors import UserInputError
from bot.i18n import (
    PARIS,
    add_strings,
    current_locale,
    format_clock,
    format_day,
    month_name,
    t,
    weekday_name,
)
from bot.text import strip_accents

_UNITS = r"(?:s|sec|secondes?|seconds?|m|mn|min|minutes?|h|heures?|hours?|j|jours?|d|days?)"
_DURATION_PART = re.compile(rf"(\d+(?:\.\d+)?)({_UNITS}?)")
_DURATION = re.compile(rf"(?:\d+(?:\.\d+)?{_UNITS}?){{1,4}}")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "j": 86400, "d": 86400}
# Longer than any event, series or reminder offset; far below what `timedelta` can hold.
MAX_DURATION = timedelta(days=3650)

MAX_TEXT = 80
# Before this hour (Paris), « demain » typed by someone still up may mean the coming day.
SMALL_HOURS = 5
# « la nuit de samedi à dimanche 2h »: an hour before this one is the night's; later
# (« … 8h ») is no night and is asked.
NIGHT_ENDS = 6
FAR_DAYS = 548  # about 18 months: further than that, the year must be written
# A written year further ahead than this is a slip (« 2062 » for 2026, « 9999 »), asked; an
# event there also overflowed Python's dates when its length was added (an apology).
FAR_YEARS = 5
# A day and month without a year that passed this year less than this long ago (« 25/11 »
# typed on the 26th, an American « 12/11 » for 11 December) is a slip more often than a plan
# a year ahead: the organiser is asked to write the year rather than given next year's.
JUST_PAST_DAYS = 60
# An English « 6/1 » is read day first (6 January) without asking only when that day comes
# within this many days (the programme being filled); further on, 1 June is as likely.
NEAR_DAYS = 31
# « samedi 20h/20h30 », as texted for « vers 20h-20h30 »: two clocks this close with a slash
# are a start not quite decided (asked, both named), not a half-hour event; « 14h/17h » is a
# range, as posters write it.
SLASHED_CHOICE = timedelta(minutes=30)

# The refusals this reader adds to the shared ones in `bot.strings` (kept here, so they exist
# wherever a date is read: events, series, announcements).
STRINGS: dict[str, dict[str, str]] = {
    "error.when_just_past": {
        "fr": "« {value} » : le {date} est passé. Si c'est le {next_date}, écrivez "
              "l'année : {example}.",
        "en": "\"{value}\": {date} has passed. If you mean {next_date}, please write the "
              "year: {example}.",
    },
    "error.when_year_far": {
        "fr": "« {value} » : {year}, c'est dans plus de 5 ans. Vérifiez l'année et retapez "
              "la date.",
        "en": "\"{value}\": {year} is more than 5 years away. Please check the year and "
              "type the date again.",
    },
    "error.when_typo": {
        "fr": "« {value} » : je ne connais pas le mot « {word} ». Vouliez-vous dire "
              "« {meant} » ? Retapez la date avec ce mot.",
        "en": "\"{value}\": I don't know the word \"{word}\". Did you mean \"{meant}\"? "
              "Please type the date again with it.",
    },
    "error.when_small_hours": {
        "fr": "« {value} », écrit à {clock} : après minuit, « demain » peut être {today} ou "
              "{next_day}. Écrivez le jour, par exemple : {example}.",
        "en": "\"{value}\", written at {clock}: after midnight, \"tomorrow\" may be {today} "
              "or {next_day}. Please write the day, for example: {example}.",
    },
    "error.when_day_or_month": {
        "fr": "« {value} » : le {day_first} ou le {month_first} ? Écrivez le mois en "
              "lettres, par exemple : {example_day_first} ou {example_month_first}.",
        "en": "\"{value}\": {day_first} or {month_first}? Please write the month as a word, "
              "for example: {example_day_first} or {example_month_first}.",
    },
    "error.when_end_and_length": {
        "fr": "« {value} » donne à la fois une heure de fin et une durée : gardez l'une des "
              "deux, par exemple : {example}.",
        "en": "\"{value}\" gives both an end time and a length: please keep one of them, for "
              "example: {example}.",
    },
    "error.when_week_idiom": {
        "fr": "« {value} » : le {idiom} ({weeks}, comme on l'entend souvent) ou le {literal} "
              "({days} jours pile) ? Écrivez le jour, par exemple : {example}.",
        "en": "\"{value}\": {idiom} ({weeks}, as it is often meant in French) or {literal} "
              "(exactly {days} days)? Please write the day, for example: {example}.",
    },
    "error.when_next_tomorrow": {
        "fr": "« {value} » : demain ({near}) ou le {week_after} ? Écrivez « demain » ou "
              "la date, par exemple : {example}.",
        "en": "\"{value}\": tomorrow ({near}) or {week_after}? Please write \"tomorrow\" "
              "or the date, for example: {example}.",
    },
    "error.when_next_which": {
        "fr": "« {value} » : le {near} ou le {week_after} ? Écrivez la date, par exemple : "
              "{example}.",
        "en": "\"{value}\": {near} or {week_after}? Please write the date, for example: "
              "{example}.",
    },
    "error.when_holiday": {
        "fr": "« {value} » : quel jour exactement ? Le {eve}, le {day}, ou un autre jour ? "
              "Écrivez la date, par exemple : {example}.",
        "en": "\"{value}\": which day exactly? {eve}, {day}, or another day? Please write "
              "the date, for example: {example}.",
    },
    "error.when_until_or_length": {
        "fr": "« {value} » : jusqu'à {clock}, ou pendant {hours} ? Écrivez par exemple "
              "« {until} » ou « {during} ».",
        "en": "\"{value}\": until {clock}, or for {hours}? Please write for example "
              "\"{until}\" or \"{during}\".",
    },
    "error.when_until": {
        "fr": "« {value} » : jusqu'à {clock} ? Écrivez alors « {until} » (une durée ne "
              "dépasse pas 12 heures).",
        "en": "\"{value}\": until {clock}? Then please write \"{until}\" (a length is 12 "
              "hours at most).",
    },
    "error.when_either": {
        "fr": "« {value} » : le {options} ? Une seule date à la fois : écrivez celle qui est "
              "décidée, par exemple « {example} ».",
        "en": "\"{value}\": {options}? One date at a time: please write the one decided, "
              "for example \"{example}\".",
    },
    "error.when_either_typed": {
        "fr": "« {value} » : {options} ? Une seule date à la fois : écrivez celle qui est "
              "décidée, avec le jour et l'heure, par exemple : samedi 20h.",
        "en": "\"{value}\": {options}? One date at a time: please write the one decided, "
              "with the day and time, for example: saturday 8pm.",
    },
    "error.when_question": {
        "fr": "« {value} » : pas encore décidée ? Rien n'est fait sur une date en suspens. "
              "Quand c'est bien le {date}, retapez-la ainsi : {example}",
        "en": "\"{value}\": not decided yet? Nothing is done on a date still open. Once it "
              "is {date}, please type it like this: {example}",
    },
    "error.when_ambiguous_clock": {
        "fr": "« {value} » : {clock} du matin ({am}) ou de l'après-midi ou du soir ({pm}) ? "
              "Écrivez l'heure sur 24 heures.",
        "en": "\"{value}\": {clock} in the morning ({am}) or in the afternoon or evening "
              "({pm})? Please write {clock}am or {clock}pm.",
    },
    "when.or": {"fr": " ou le ", "en": " or "},
    "when.or_typed": {"fr": " ou ", "en": " or "},
    "when.hours": {"fr": "{n} heures", "en": "{n} hours"},
    "when.one_week": {"fr": "une semaine", "en": "one week"},
    "when.two_weeks": {"fr": "deux semaines", "en": "two weeks"},
    "error.when_two_moments": {
        "fr": "« {value} » : deux moments ? J'ai lu le {date}, mais « {rest} » en donne un "
              "autre. Une seule date à la fois : écrivez-en une, par exemple « {example} » "
              "(pour un second événement, /dupliquer le copie à l'autre date).",
        "en": "\"{value}\": two moments? I read {date}, but \"{rest}\" gives another one. "
              "One date at a time: please write one, for example \"{example}\" (for a "
              "second event, /duplicate copies it to the other date).",
    },
    "error.when_recurring": {
        "fr": "« {value} » revient régulièrement : c'est une série. Un seul événement a une "
              "date (par exemple jeudi 20h) ; pour toutes les semaines : /nouvelleserie "
              "<titre> | jeudi 20h.",
        "en": "\"{value}\" repeats: that is a series. One event has one date (for example "
              "thursday 8pm); for every week: /newseries <title> | thursday 8pm.",
    },
}
add_strings(STRINGS)


@dataclass(frozen=True)
class When:
    """What a date text means: a start, maybe an end (from a range), both aware UTC.

    `words` stays empty here: the caller formats the date in the reader's language."""

    start: datetime
    end: datetime | None = None
    words: str = ""
    # A remark typed beside the date (« samedi 20h, goûter offert »), as typed, read past
    # (`_beside`): the event keeps it (its description), never its date.
    remark: str = ""


# -- words -------------------------------------------------------------------------------------
_B = r"(?![a-z0-9])"  # end of a word
# Every word for a weekday (Monday = 0) and a month (January = 1), French then English, in
# lower case without accents: the one table for dates, series rules and report periods.
WEEKDAY_WORDS: dict[str, int] = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0,
    "mardi": 1, "mar": 1, "tuesday": 1, "tues": 1, "tue": 1,
    "mercredi": 2, "merc": 2, "mer": 2, "wednesday": 2, "wed": 2,
    "jeudi": 3, "jeu": 3, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "vendredi": 4, "vend": 4, "ven": 4, "friday": 4, "fri": 4,
    "samedi": 5, "sam": 5, "saturday": 5, "sat": 5,
    "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}
MONTH_WORDS: dict[str, int] = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "december": 12, "dec": 12,
}


def _named(words: dict[str, int], first: int, prefix: str) -> str:
    """One named group a value (`wd0`…, `mo0`…), its words longest first."""
    groups: dict[int, list[str]] = {}
    for word, value in words.items():
        groups.setdefault(value - first, []).append(word)
    return "|".join(f"(?P<{prefix}{index}>{'|'.join(sorted(found, key=len, reverse=True))})"
                    for index, found in sorted(groups.items()))


_WEEKDAY = _named(WEEKDAY_WORDS, 0, "wd")
_DAY_NAMES = "|".join(sorted(WEEKDAY_WORDS, key=len, reverse=True))  # no group: said twice
_MONTH = _named(MONTH_WORDS, 1, "mo")
_NO_MONTH = rf"(?!\s+(?:de\s+|of\s+)?(?:{'|'.join(MONTH_WORDS)}){_B})"  # "le 1er décembre"
_ORD = r"(?:er|ere|e|eme|st|nd|rd|th)"
# Which weekday of a month: 1 to 5, or -1 for the last one.
_NTH_WORDS = {"premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1, "first": 1, "1st": 1,
              "deuxieme": 2, "2e": 2, "2eme": 2, "second": 2, "2nd": 2,
              "troisieme": 3, "3e": 3, "3eme": 3, "third": 3, "3rd": 3,
              "quatrieme": 4, "4e": 4, "4eme": 4, "fourth": 4, "4th": 4,
              "cinquieme": 5, "5e": 5, "5eme": 5, "fifth": 5, "5th": 5,
              "dernier": -1, "derniere": -1, "last": -1}
_NTH = "|".join(sorted(_NTH_WORDS, key=len, reverse=True))
# A time as typed: 20h, 20h30, 20 h 30, 14 heures, 20:30, 19.30, 8pm, 7:30 pm, 7.30pm (as
# British people write it), or a bare 18 (ranges). A day and month with a dot (« 03.12 ») is
# tried first, so « 19.30 » is a time only because no month 30 exists.
_TIME = (r"\d{1,2}(?:\s*(?:heures?|h)(?:\s*\d{2}(?![\d:h]))?|[:.]\d{2}(?::00)?)?"
         r"(?:\s*(?:am|pm))?")
_TIME_PARTS = re.compile(
    r"(?P<h>\d{1,2})(?:\s*(?P<mark>heures?|h)(?:\s*(?P<m>\d{2}))?|[:.](?P<c>\d{2})(?::00)?)?"
    r"(?:\s*(?P<ap>am|pm))?")
# Days with a name, the same date every year (words as `_normalise` leaves them).
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noel": (12, 25), "christmas day": (12, 25), "christmas": (12, 25),
    "veille de noel": (12, 24), "christmas eve": (12, 24),
    "saint sylvestre": (12, 31), "st sylvestre": (12, 31), "new year s eve": (12, 31),
    "new years eve": (12, 31),
    "jour de l an": (1, 1), "new year s day": (1, 1), "new years day": (1, 1),
    "1er de l an": (1, 1), "premier de l an": (1, 1),
    # The evening's party named with its day: no question (« le réveillon » alone is asked).
    "reveillon de noel": (12, 24), "reveillon du nouvel an": (12, 31),
    "reveillon de la saint sylvestre": (12, 31), "reveillon de la st sylvestre": (12, 31),
    "reveillon du 31": (12, 31), "reveillon du 24": (12, 24), "boxing day": (12, 26),
    "lendemain de noel": (12, 26), "veille du jour de l an": (12, 31),
    "veille du nouvel an": (12, 31), "xmas eve": (12, 24), "xmas day": (12, 25), "xmas": (12, 25),
    "chandeleur": (2, 2), "saint valentin": (2, 14), "st valentin": (2, 14),
    "valentine s day": (2, 14), "valentines day": (2, 14), "halloween": (10, 31),
    # Said for the 31st's party as often as for the 1st: read, then asked (`_HOLIDAY_ASKED`).
    "nouvel an": (1, 1),
}
# A holiday named after « de » / « du » (« Soirée de Noël », « le soir de Noël », « repas du
# nouvel an ») names a party, or the evening before, as often as the day: asked, with the
# day before and the day named. « nouvel an » alone is asked too.
_HOLIDAY_ASKED = {"nouvel an"}
_HOLIDAY = "|".join(sorted(_HOLIDAYS, key=len, reverse=True))
_NOT_A_TIME = r"(?!\s*(?:heures?|h|am|pm)(?![a-z])|:|[/.\-]\d)"

# Tried in this order at each position; the first that matches (and is accepted) wins.
_GRAMMAR: list[tuple[str, str]] = [
    ("iso", r"(?P<y>\d{4})(?P<isep>[-/])(?P<m>\d{1,2})(?P=isep)(?P<d>\d{1,2})"),
    # One separator throughout: « 19.30-22.30 » is a range of times, not a date.
    ("dmy", r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"),
    ("relative", r"(?P<in>dans|in)\s+(?P<n>\d{1,3})\s*"
                 r"(?P<unit>minutes?|mins?|mn|heures?|hours?|hrs?|h|jours?|days?|j|semaines?"
                 r"|weeks?|mois|months?|ans?|annees?|years?)"),
    # « de 20h à minuit »: as the end of a range, midnight can only be the end of the day.
    # « de 10h à midi », « de midi à 14h »: noon is a time like any other in a range.
    ("range", rf"(?:(?P<pre>de|from|entre|between|des)\s+)?(?P<t1>{_TIME}|midi|noon)\s*"
              rf"(?P<sep>-|/|a|to|until|till|jusqu a|jusqua|et|and)\s*"
              rf"(?P<t2>{_TIME}|minuit|midnight|midi|noon)"),
    # « Noël », « le jour de l'an »: days with a name, the same date every year.
    ("holiday", rf"(?:(?:le|the)\s+)?(?:jour\s+de\s+)?(?P<hol>{_HOLIDAY})"
                r"(?:\s+(?P<y>\d{4}))?"),
    # « le premier samedi de décembre », "the last friday of january"
    ("nth_weekday", rf"(?:(?:le|the)\s+)?(?P<nth>{_NTH})\s+(?:{_WEEKDAY})\s+"
                    rf"(?:de\s+|d\s+|du\s+mois\s+de\s+|of\s+)?(?:{_MONTH})"
                    r"(?:\s+(?P<y>\d{4}))?"),
    ("dm", r"(?P<d>\d{1,2})/(?P<m>\d{1,2})"),
    # « 03.12 » as Swiss and Belgian posters write it: a real day and month only, so a time
    # typed « 14.30 » is not read as a date.
    ("dm", r"(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])(?![\d.]|\s*[ap]m(?![a-z]))"),
    # « 05-12 14h »: a day and month with a dash (a range of hours, « 10-12h », is tried
    # first; a dashed pair with no time elsewhere is asked, see `_Read.dashed`).
    ("dm", r"(?P<d>0?[1-9]|[12]\d|3[01])-(?P<m>0?[1-9]|1[0-2])"
           r"(?![\d\-:]|\s*(?:heures?|h|am|pm)(?![a-z]))"),
    # « vendredi 27 11 20h »: a day and month with a space, as typed on a phone keyboard
    # where the slash is two taps away; only before a time, so « samedi 9 12h » is no date.
    ("dm", r"(?:(?:le|the)\s+)?(?P<d>0?[1-9]|[12]\d|3[01])\s+(?P<m>0?[1-9]|1[0-2])(?!\d)"
           r"(?=\s+(?:a\s+|at\s+)?\d{1,2}\s*(?:heures?|h|[:.]\d{2}|am|pm)(?![a-z]))"),
    ("day_month", rf"(?P<d>\d{{1,2}}){_ORD}?\s+(?:de\s+|of\s+)?(?:{_MONTH})"
                  r"(?:\s+(?P<y>\d{4}))?"),
    ("month_day", rf"(?:{_MONTH})\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}?{_NOT_A_TIME}"
                  r"(?:\s+(?P<y>\d{4}))?"),
    ("ordinal", rf"(?:le|the)\s+(?P<d>\d{{1,2}}){_ORD}?{_NOT_A_TIME}{_NO_MONTH}"),
    ("ordinal", rf"(?P<d>\d{{1,2}})(?:er|st|nd|rd|th){_NOT_A_TIME}"),
    ("time", rf"(?P<t>{_TIME})"),
    ("bare_hour", rf"(?:a|at|vers|around|about|@)\s*(?P<h>\d{{1,2}}){_NOT_A_TIME}"),
    ("bare_day", rf"(?P<d>\d{{1,2}}){_ORD}?{_NOT_A_TIME}"),
    ("day+2", r"apres\s*demain|(?:the\s+)?day\s+after\s+tomorrow|overmorrow"),
    ("day-2", r"avant\s*hier|(?:the\s+)?day\s+before\s+yesterday"),
    ("day+0", r"aujourdhui|auj|ajd|today"),
    ("day+1", r"demain|2main|tomorrow|tmrw|tmr"),  # « 2main », as texted
    ("day-1", r"hier|yesterday"),
    # « dans la nuit de samedi à dimanche 1h », as the bot says the small hours: Sunday's
    ("night_of", rf"(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<na>{_DAY_NAMES})\s+(?:a|au)\s+"
                 rf"(?P<nb>{_DAY_NAMES})"),
    ("tonight", r"ce\s+soir|cette\s+nuit|tonight|tonite|this\s+evening"),
    ("this_morning", r"ce\s+matin|this\s+morning"),
    ("this_afternoon", r"cet?t?e?\s+apres\s*midi|cet\s+aprem|this\s+afternoon"),
    ("evening", r"soir|soiree|nuit|(?:in\s+the\s+)?(?:evening|night)"),  # « la nuit du 31 »
    ("morning", r"matin|matinee|mat|(?:in\s+the\s+)?morning"),  # « 10h du mat »
    ("afternoon", r"apres\s*midi|aprem|(?:in\s+the\s+)?afternoon"),
    ("noon", r"(?:ce\s+)?midi|noon"),
    ("midnight", r"minuit|midnight"),
    ("next_week", r"(?:de\s+)?(?:la\s+)?semaine\s+(?:prochaine|proch|pro)|next\s+week"),
    ("en_huit", r"en\s+(?:huit|8)"),  # « samedi en 8 », as texted
    ("en_quinze", r"en\s+(?:quinze|15)"),  # « vendredi en quinze »: a week after « en huit »
    ("next", r"prochaine?|suivante?|proch|pro|next"),  # « mercredi pro », as texted
    # « samedi qui vient », "this coming saturday": the weekday as it is, said twice.
    ("coming", r"qui\s+(?:vient|arrive)|coming"),
    ("weekday", rf"(?:{_WEEKDAY})"),
    # « ce week-end samedi 20h »: only said before the weekday it is about
    ("weekend", r"(?:ce\s+|this\s+)?(?:week\s*end|weekend|we)"),  # « ce we », as texted
    ("filler", r"a\s+partir\s+d(?:es|e|u)?|le|la|les|l|a|au|at|on|the|de|du|d|of|vers|environ"
               r"|env|around|about|approx|pile|sharp|precises?|petantes?|o\s+clock|oclock|ce|cet"
               r"|cette|this|des|from|-|@"
               r"|(?:till|until)\s+late"),  # "8pm till late": the start, no end said
]
_PATTERNS = [(name, re.compile(f"(?:{pattern}){_B}")) for name, pattern in _GRAMMAR]


# -- what was read -----------------------------------------------------------------------------
@dataclass
class Clock:
    """A clock as typed, before the hour rule (`clock_hour`) says what it means."""

    hour: int
    minute: int
    marked: bool  # written with h, heures, ":" or am/pm: a 24-hour reading is safe
    ampm: str | None = None
    # « 8:30 », « 8.30 »: minutes after a colon or a dot, a one-digit hour and no am/pm. In
    # English that is said of the evening as often as of the morning (asked, `clock_hour`);
    # « 08:30 » (the bot's own English clock) or « 8h30 » say which.
    twelve_hour: bool = False
    # « 17:00 », « 09:30 », « 10h »: a clock only a 24-hour reader writes so
    clock24: bool = False


@dataclass
class _Read:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    shift_days: int | None = None
    shift_months: int | None = None
    weekday: int | None = None
    mode: str | None = None  # "next", "en_huit", "next_week"
    part: str | None = None  # "morning", "afternoon", "evening"
    start: Clock | None = None
    end: Clock | None = None
    midnight: bool = False
    offset: timedelta | None = None  # "dans 2 heures": day and time at once
    tomorrow: bool = False  # the word « demain » / "tomorrow" (not « dans 1 jour »)
    numeric: str = ""  # a day and month in digits with a slash or dash (« 12/5 »), as typed
    nth: int | None = None  # « le premier samedi de décembre »: 1 to 5, -1 the last
    dotted: str = ""  # a day and month with a dot (« 19.3 »), as typed: maybe a time
    week_idiom: int = 0  # « dans 8 jours » / « dans 15 jours »: one or two weeks, or literal?
    holiday_asked: bool = False  # « Soirée de Noël », « nouvel an »: which day? (asked)
    dashed: bool = False  # « 05-12 »: a day and month, only with a time (« samedi 9-12 »)
    slashed: bool = False  # « 20h/20h30 »: a range with a slash (a near end is a choice)
    night: bool = False  # « la nuit de samedi à dimanche »: the small hours of Sunday
    seen: set[str] = field(default_factory=set)


# Numbers people write in words (« dans deux semaines », « trois jours avant »).
NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
                "quinze": 15, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
                "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12}
# « 14h et demie », « 14 heures et quart », « 15h moins le quart », « midi et demi ».
_SPOKEN_CLOCK = re.compile(
    r"\b(?:(?P<h>\d{1,2})\s*(?:h|heures?)|(?P<noon>midi))\s+"
    r"(?:et\s+(?P<add>demie?|quart)|moins\s+(?:le\s+)?(?P<less>quart))\b")


def _spoken_clock(found: re.Match[str]) -> str:
    hour = 12 if found["noon"] else int(found["h"])
    if found["less"]:
        return f"{(hour - 1) % 24}h45"
    return f"{hour}h{30 if found['add'].startswith('demi') else 15}"


def tidy_clocks(text: str) -> str:
    """Times as phones and people write them, in the form the readers know (`text` in lower
    case without accents): « 18h30 → 21h » is a range, emoji say nothing, « 14 : 30 »
    (French keyboards) is 14:30, « 14h30mn » is 14h30, « 14h et demie » is 14h30, « midi et
    quart » 12h15, « 15h moins le quart » 14h45. Dates and series rules share it."""
    text = re.sub(r"[–—−→⇒⟶➔➜➝➞➡]", "-", text)
    text = "".join(" " if unicodedata.category(c) in ("So", "Sk", "Cf", "Co", "Mn") else c
                   for c in text)
    text = re.sub(r"(?<=\d)\s+:\s*(?=\d{2}\b)", ":", text)
    text = re.sub(r"(?<=\dh\d\d)\s*(?:mn|mins?|minutes?)\b", "", text)
    text = re.sub(r"(?<=\d[:.]\d\d)\s*(?:h|hrs?)\b", "", text)  # « 20:30h », « 19.00h »
    text = re.sub(r"\b(1\d|2[0-3])\s?hrs?\b", r"\1h", text)  # « 20hr », « 20 hrs »
    return _SPOKEN_CLOCK.sub(_spoken_clock, text)


_SAID_END = re.compile(
    r"(?<=[\dhm])\s*[,(]?\s*\b(?:fin|finit|termine|se\s+termine|ends?|finish(?:es)?)\s+"
    r"(?:(?:vers|a|at|around)\s+)?(?=\d)")
ALL_NIGHT = 6  # an end the next day from this hour on is asked (« 19h fin 7 »)
_AM_END = re.compile(r"\d\s*a\.?m\.?$")  # "7pm to 7am": the morning typed
_NIGHT_END = re.compile(r"\d\s*(?:h\s*(?:\d{2})?)?\s+(?:du|au)\s+mat(?:in)?$")
# « (ouverture des portes 19h30) », « , accueil dès 19h30 », "(doors open 7:30pm)": when the
# doors open, beside the start a poster gives; not a second start (the card says the start).
# One clock only, then the bracket's or the part's end, or an end said after it (« accueil
# 19h30 fin 23h » keeps 23h); anything more (« portes ouvertes 10h-18h », a date) is asked.
_DOORS_WORDS = r"(?:ouverture\s+des\s+portes|portes(?!\s+ouvertes)|accueil|doors?(?:\s+open)?)"
_ONE_CLOCK = r"\d{1,2}(?:\s*[h:.]\s*(?:\d{2})?)?(?:\s*[ap]\.?\s?m\b\.?)?"
_DOORS = re.compile(
    rf"\(\s*(?:{_DOORS_WORDS}|ouverture)\b[^()\d]*{_ONE_CLOCK}\s*\)"
    rf"|[,;]\s*{_DOORS_WORDS}\b[^(),;\d]*{_ONE_CLOCK}(?=\s*(?:[(),;]|$)|\s+(?:fin|finit|"
    r"termine|se\s+termine|ends?|finish(?:es)?|jusqu|until|till)\b)")
_BRACKETED_LENGTH = re.compile(r"\(\s*(\d{1,2}\s*(?:h|heures?|hours?)(?:\s*\d{2})?)\s*\)\s*$",
                               re.IGNORECASE)


def _normalise(text: str) -> str:
    """Lower case, no accents, phone punctuation as spaces; digits and '-' ':' '/' kept."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = strip_accents(text)
    # « durée: 2h », « fin : 23h » as a form or a poster writes them: the word, then the value
    text = re.sub(r"\b(duree|fin|ends?)\s*:\s*", r"\1 ", text)
    text = _DOORS.sub(" ", text)
    text = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", text)
    text = tidy_clocks(text)
    text = re.sub(r"(?<=\d)t(?=\d)", " ", text)  # ISO 2026-12-05T20:00
    # « pendant 1,5h »: a French decimal comma in a length is its point, not a pause.
    text = re.sub(r"(?<=\d),(?=\d\s*(?:h|heures?|hours?|hrs?)\b)", ".", text)
    # Copied from a post: « 20h, fin vers 23h », « (fin 23h) », "7pm, ends at 10pm": a
    # range; « 14h (2h) »: a length, read as « pour 2h » (« 8h (10h) » is asked: 10h may
    # be the end, `until_or_length`).
    text = _SAID_END.sub(" - ", text)
    text = _BRACKETED_LENGTH.sub(r" pour \1", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    text = re.sub(r"[«»\"!?,;()\[\]…'*_~•·]", " ", text)
    # « 20h-minuit », "8pm-midnight" stay a range
    text = re.sub(r"(?<=[a-z])(?<!\dh)(?<!\d[ap]m)-(?=[a-z])", " ", text)
    text = re.sub(r"\baujourd\s*hui\b", "aujourdhui", text)
    text = re.sub(r"\bin\s+(?:a|one)\s+fortnight\b", "in 2 weeks", text)  # British
    # « dans une semaine », "in two weeks": the number in words, as most people say it.
    text = re.sub(r"\b(dans|in)\s+(?:une\s+demi\s*heure|half\s+an\s+hour)\b",
                  r"\1 30 minutes", text)
    text = re.sub(rf"\b(dans|in)\s+({'|'.join(NUMBER_WORDS)})\b",
                  lambda m: f"{m[1]} {NUMBER_WORDS[m[2]]}", text)
    # « le premier décembre »: the first, written in words (not « le premier samedi »).
    text = re.sub(rf"\bpremier(?=\s+(?:{'|'.join(MONTH_WORDS)})\b)", "1er", text)
    return re.sub(r"\s+", " ", text).strip()


def _group_index(match: re.Match[str], prefix: str) -> int:
    for name, value in match.groupdict().items():
        if value is not None and name.startswith(prefix) and name[len(prefix):].isdigit():
            return int(name[len(prefix):])
    raise ValueError(prefix)


def typed_clock(text: str, value: str) -> Clock:
    """One clock as typed (« 20h », « 20 h 30 », « 8:30 », « 8pm », « midi »), with what
    its writing says (`Clock`); its meaning is `clock_hour`'s."""
    if text in ("minuit", "midnight"):  # only ever the end of a range (see "range")
        return Clock(0, 0, marked=True)
    if text in ("midi", "noon"):
        return Clock(12, 0, marked=True)
    found = _TIME_PARTS.fullmatch(text.strip())
    if found is None:  # the patterns above only hand over what this reads
        raise UserInputError("error.bad_when", value=value)
    return clock_from(found["h"], found["mark"], found["m"] or found["c"], found["c"] is not None,
                      found["ap"])


def clock_from(hour: str, mark: str | None, minute: str | None, colon: bool,
               ampm: str | None) -> Clock:
    """A clock from its typed parts: the hour's digits, « h » / « heures » if written, the
    minutes' digits, whether they came after « : » or « . », am/pm (series read theirs so)."""
    return Clock(int(hour), int(minute or 0), marked=bool(mark or colon or ampm), ampm=ampm,
                 twelve_hour=colon and len(hour) == 1 and not ampm,
                 clock24=not ampm and (int(hour) >= 13 or bool(mark)
                                       or len(hour) == 2 and hour < "10"))


def start_part(part: str | None, start: Clock, end: Clock | None, cleaned: str) -> str | None:
    """The part of the day that tells the start: « 20h jusqu'à 2h du matin »'s morning is
    the end's, not 20h's (`cleaned`: the text in lower case without accents)."""
    if (part == "morning" and end is not None and start.marked and start.hour >= 12
            and _NIGHT_END.search(cleaned)):
        return None
    return part


_AT_END = re.compile(r"(?:^|\s)(?:a|at|vers|around|@)\s*$")


def _time_here(read: _Read, text: str, position: int) -> bool:
    """A dotted « 10.10 » here is a time: the day was already given, or « à » comes before."""
    return "date" in read.seen or _AT_END.search(text, 0, position) is not None


def _scan(text: str, value: str, typos: bool = True) -> _Read:
    """Every word must be understood: one unknown word and the whole text is refused (said
    as a typo of a day or month name when it looks like one and `typos`)."""
    read = _Read()
    position, previous, previous_word = 0, "", ""

    def once(slot: str) -> None:
        if slot in read.seen:
            raise UserInputError("error.bad_when", value=value)
        read.seen.add(slot)

    while position < len(text):
        if text[position] == " ":
            position += 1
            continue
        for name, pattern in _PATTERNS:
            found = pattern.match(text, position)
            if found is None:
                continue
            if name == "range":
                first = typed_clock(found["t1"], value)
                second = typed_clock(found["t2"], value)
                if not first.marked and second.hour == 0 and found["t2"][0] == "m":
                    continue  # « 12 à minuit »: no start to tell
                if (found["sep"] in ("et", "and")) != (found["pre"] in ("entre", "between")):
                    continue
                if found["sep"] == "/" and not first.marked:
                    continue  # « 14h/17h » as posters write it; « 20/12 » is a date
                if _DOTTED_DATE.fullmatch(found["t1"]) and not _time_here(read, text, position):
                    continue  # « le 3.12 à 18h30 »: a day and month, then the time
                if not (first.marked or (second.marked and (
                        found["pre"] or found["sep"] in ("-", "to", "until", "till")))):
                    continue  # "samedi 5 à 14h" is a day then a time, not 5h to 14h
            elif name == "dm" and "." in found[0] and _time_here(read, text, position):
                continue  # « le 3 décembre à 10.10 »: the day is known, this is the time
            elif name == "time" and not typed_clock(found["t"], value).marked:
                continue  # a lone number is not a time
            elif name == "bare_day" and previous != "weekday":
                continue
            elif name == "coming" and previous != "weekday" and not re.match(
                    rf"\s*(?:{_WEEKDAY}){_B}", text[found.end():]):
                continue  # only said with a weekday
            elif name == "weekend" and not re.match(rf"\s*(?:{_WEEKDAY}){_B}",
                                                    text[found.end():]):
                continue
            break
        else:
            if typos:
                _typo(text, position, value, read.weekday is not None)
            raise UserInputError("error.bad_when", value=value)
        position = found.end()
        after_de = previous == "filler" and previous_word in ("de", "du", "d")
        previous, previous_word = name, found.group(0)
        if name in ("iso", "dmy", "dm", "day_month", "month_day", "ordinal", "bare_day"):
            once("date")
            read.day = int(found["d"])
            if name in ("iso", "dmy", "dm"):
                read.month = int(found["m"])
            if name == "dmy" and found["sep"] != "." or name == "dm" and "." not in found[0]:
                read.numeric = found[0]
                read.dashed = name == "dm" and "-" in found[0]
            elif name == "dm":
                read.dotted = found[0]
            elif name in ("day_month", "month_day"):
                read.month = _group_index(found, "mo") + 1
            year = found.groupdict().get("y")
            if year:
                read.year = int(year) + (2000 if len(year) == 2 else 0)
        elif name == "holiday":
            once("date")
            read.month, read.day = _HOLIDAYS[found["hol"]]
            read.holiday_asked = found["hol"] in _HOLIDAY_ASKED or (
                after_de and not found.group(0).startswith(("le ", "the ", "jour ")))
            if found["y"]:
                read.year = int(found["y"])
        elif name == "nth_weekday":
            once("date")
            once("weekday")
            read.nth = _NTH_WORDS[found["nth"]]
            read.weekday = _group_index(found, "wd")
            read.month = _group_index(found, "mo") + 1
            if found["y"]:
                read.year = int(found["y"])
        elif name == "relative":
            once("date")
            if _relative(read, int(found["n"]), found["unit"], found["in"] == "dans"):
                once("time")
        elif name == "range":
            once("time")
            read.start = typed_clock(found["t1"], value)
            read.end = typed_clock(found["t2"], value)
            share_meridiem(read.start, read.end)
            read.slashed = found["sep"] == "/"
        elif name == "time":
            once("time")
            read.start = typed_clock(found["t"], value)
            if read.start.ampm == "am" and read.start.hour == 12 and read.start.minute == 0:
                read.midnight = True  # "12am": midnight, which people use for both ends
        elif name == "bare_hour":
            once("time")
            read.start = Clock(int(found["h"]), 0, marked=False)
        elif name.startswith("day"):
            once("date")
            read.shift_days = int(name[3:])
            read.tomorrow = name == "day+1"
        elif name == "night_of":
            once("weekday")
            once("part")
            evening_day, morning_day = WEEKDAY_WORDS[found["na"]], WEEKDAY_WORDS[found["nb"]]
            if (morning_day - evening_day) % 7 != 1:  # « de samedi à lundi »: which night?
                raise UserInputError("error.bad_when", value=value)
            read.weekday, read.part, read.night = morning_day, "morning", True
        elif name in ("tonight", "this_morning", "this_afternoon"):
            once("date")
            once("part")
            read.shift_days = 0
            read.part = {"tonight": "evening", "this_morning": "morning"}.get(name, "afternoon")
        elif name in ("evening", "morning", "afternoon"):
            once("part")
            read.part = name
        elif name == "noon":
            once("time")
            if found.group(0).startswith("ce"):
                once("date")
                read.shift_days = 0
            read.start = Clock(12, 0, marked=True)
        elif name == "midnight":
            read.midnight = True
        elif name in ("next_week", "en_huit", "en_quinze", "next"):
            once("mode")
            read.mode = name
        elif name == "weekday":
            once("weekday")
            read.weekday = _group_index(found, "wd")
    return read


# Whole words a typo is compared with (abbreviations would match anything short), and how
# they are written back.
_SPELLED = sorted(word for word in (*WEEKDAY_WORDS, *MONTH_WORDS) if len(word) >= 5
                  and word not in ("thurs", "tues", "janv", "fevr"))
_WRITTEN = {"decembre": "décembre", "fevrier": "février", "aout": "août", "soiree": "soirée",
            "matinee": "matinée"}
# The parts of the day, compared only with a word typed just after a clock (« samedi 8h
# soire », « 8h du soirr »: the evening, never 8 in the morning with « soire » kept as a
# remark); elsewhere « chez Martin » is a name, not « matin ».
_PARTS_SPELLED = ["soir", "soiree", "matin", "matinee"]
_AFTER_CLOCK = re.compile(r"\d\s*(?:h|heures?)?\s*(?:\d{2})?\s+"
                          r"(?:(?:du|de|au|en|dans|ds|la|le|l)\s+){0,2}$")
# A length after the moment: « samedi 14h pendant 3h », « durant 2h30 », « durée 1h30 »,
# "for 3 hours", "for an hour": the end is the start plus that (12 hours at most).
_HOUR_WORDS = {word: n for word, n in NUMBER_WORDS.items() if 2 <= n <= 12}
_LENGTH = re.compile(
    r"\s+(?P<kw>pendant|pdt|durant|duree|pour|for|lasting)\s+"
    r"(?:(?P<one>une\s+heure|an\s+hour|one\s+hour)"
    rf"|(?P<word>{'|'.join(_HOUR_WORDS)})\s+(?:heures|hours)"
    r"|(?P<n>\d{1,2}(?:[.,]\d)?\s*(?:h|heures?|hours?|hrs?)(?:\s*\d{2})?"
    r"|\d{1,3}\s*(?:min|mn|minutes?|mins?)))$")
# The same, as typed, to quote the text without it.
_TYPED_LENGTH = re.compile(r"\s+(?:pendant|pdt|durant|dur[ée]e|pour|for|lasting)\s+.*$",
                           re.IGNORECASE)
MAX_LENGTH = timedelta(hours=12)
# « 3.12 » could be 3:12 or the 3rd of December: as a start, the date wins.
_DOTTED_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])")
# « le premier samedi du mois » (not « du mois de décembre »): every month, a series.
_RECURRING = re.compile(r"\b(?:tou(?:te)?s\s+les|chaque|every|each"
                        r"|du\s+mois(?!\s+d)|of\s+the\s+month|of\s+every\s+month)\b")


def _typo(text: str, position: int, value: str, weekday_read: bool) -> None:
    """An unknown word close to a day or month name (« jeudu », « decmbre ») is named,
    with what may have been meant, as a question: nothing is read on a guess. Not a day
    once one was read (« lundi 20h à la mairie »), nor a month away from its day number
    (« samedi 14h marche de noel »): real words, not typos."""
    for found in re.compile(r"[a-z]{4,}").finditer(text, position):
        word = found.group()
        if word in WEEKDAY_WORDS or word in MONTH_WORDS or word in _NTH_WORDS:
            continue
        close = difflib.get_close_matches(word, _SPELLED, n=1, cutoff=0.7)
        if close and close[0] in WEEKDAY_WORDS and weekday_read:
            continue
        if close and close[0] in MONTH_WORDS and not (
                re.search(rf"(?:(?:^|\s)\d{{1,2}}{_ORD}?|{_WEEKDAY})\s+(?:de\s+|d\s+|of\s+)?$",
                          text[:found.start()])
                or re.match(r"\s+\d{1,2}(?![\d:h])", text[found.end():])):
            continue
        if not close and word not in _PARTS_SPELLED and _AFTER_CLOCK.search(
                text[:found.start()]):
            close = difflib.get_close_matches(word, _PARTS_SPELLED, n=1, cutoff=0.85)
        if close:
            raise UserInputError("error.when_typo", value=value, word=word,
                                 meant=_WRITTEN.get(close[0], close[0]))


def _relative(read: _Read, amount: int, unit: str, french: bool = False) -> bool:
    """'dans 3 jours', 'in 2 weeks', 'dans 2 heures'; True when it also gives the time.
    « dans 8 jours » and « dans 15 jours » often mean one and two weeks: noted, to ask."""
    if french and unit[0] == "j" and amount in (8, 15):
        read.week_idiom = amount
    if unit[0] in "mh" and not unit.startswith(("mois", "month")):
        read.offset = timedelta(minutes=amount * (60 if unit[0] == "h" else 1))
        return True
    if unit.startswith(("mois", "month")):
        read.shift_months = amount
    elif unit[0] in "ay":
        read.shift_months = 12 * amount
    elif unit[0] in "sw":
        read.shift_days = 7 * amount
    else:
        read.shift_days = amount
    return False


def share_meridiem(first: Clock, second: Clock) -> None:
    """'6-8pm': the pm of the end also tells the start, unless that would put it after;
    a bare end after an afternoon start (« 14h-6 ») is that afternoon's."""
    if second.ampm and not first.ampm:
        first.marked = True
        if second.ampm == "pm" and first.hour < 12:
            as_pm = first.hour + 12
            end = second.hour % 12 + 12
            first.ampm = "pm" if as_pm < end else "am"
        else:
            first.ampm = second.ampm
    start = first.hour % 12 + 12 if first.ampm == "pm" else first.hour
    if first.marked and start >= 12 and (not second.marked or not second.clock24) \
            and not second.ampm and 1 <= second.hour <= 11 and second.hour + 12 > start:
        # "noon till 3", « de 14h à 6 », "7.30pm-10.30": a bare end is that afternoon's
        second.hour += 12
    if second.hour >= 13 or second.clock24:
        first.twelve_hour = False  # « 9:00-17:00 »: the end says the clock has 24 hours
    if first.marked or second.marked:
        first.marked = second.marked = True


# -- meaning -----------------------------------------------------------------------------------
class Words:
    """Words written in the reader's language when the reply is formatted, not when the
    error is raised (as `bot.i18n.Lazy` does for a string key)."""

    __slots__ = ("words",)

    def __init__(self, words: Callable[[], str]) -> None:
        self.words = words

    def __format__(self, spec: str) -> str:
        return format(self.words(), spec)


def _said(day: date, today: date | None = None) -> Words:
    """« samedi 28 novembre » (with its year when not `today`'s, if given), written in the
    reader's language when the reply is."""
    return Words(partial(format_day, day, with_year=today is not None and day.year != today.year))


def _day_words(day: date) -> str:
    """« 1er décembre 2026 », "1 December 2026": the date a refusal quotes back (day
    first in English too, as `bot.i18n.format_day`)."""
    locale = current_locale()
    month = month_name(day.month, locale)
    if locale == "en":
        return f"{day.day} {month} {day.year}"
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {month} {day.year}"


def _nearest(found: date, weekday: int, today: date) -> date:
    """The day named by the weekday nearest a date it contradicts (« sam 6 déc », the 6th
    a Sunday: Saturday the 5th), a week on if that one is past: what may have been meant."""
    offset = (weekday - found.weekday() + 3) % 7 - 3
    near = found + timedelta(days=offset)
    return near if near >= today else near + timedelta(days=7)


def _valid(year: int, month: int, day: int, value: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise UserInputError("error.when_bad_date", value=value) from None


def _add_months(day: date, months: int, value: str) -> date:
    index = day.month - 1 + months
    return _valid(day.year + index // 12, index % 12 + 1, day.day, value)


def _the_day(read: _Read, today: date, value: str) -> date | None:
    found: date | None = None
    if read.nth is not None and read.month is not None and read.weekday is not None:
        if read.year is not None:
            found = _nth_weekday(read.year, read.month, read.weekday, read.nth, value)
        else:  # the next one to come: a month with no fifth one this year may have one next
            for year in (today.year, today.year + 1):
                try:
                    found = _nth_weekday(year, read.month, read.weekday, read.nth, value)
                except UserInputError:
                    if year > today.year:
                        raise
                    continue
                if found >= today:
                    break
        assert found is not None
        if read.year is None:
            try:
                before = _nth_weekday(found.year - 1, read.month, read.weekday, read.nth, value)
            except UserInputError:  # no fifth one that year
                before = None
            if before is not None:
                _not_just_past(found, today, value, before)
        return found
    if read.numeric and current_locale() == "en":
        _day_or_month(read, today, value)
    if read.day is not None and read.month is not None:
        if read.year is not None:
            found = _valid(read.year, read.month, read.day, value)
        else:
            found = _next_date(today, read.month, read.day, value)
            _not_just_past(found, today, value)
    elif read.day is not None:
        if not 1 <= read.day <= 31:
            raise UserInputError("error.when_bad_date", value=value)
        found = _next_day_of_month(today, read.day)
    if read.shift_days is not None:
        found = today + timedelta(days=read.shift_days)
    if read.shift_months is not None:
        found = _add_months(today, read.shift_months, value)
    if read.weekday is not None:
        if found is not None:  # the date decides; the weekday must agree with it
            if found.weekday() != read.weekday:
                meant = _nearest(found, read.weekday, today)
                named: Callable[[], str] = partial(format_day, meant, with_year=False)
                clock = _dotted_clock(read)
                if clock is not None:  # « samedi 19.3 »: the coming Saturday at 19h30
                    coming = today + timedelta(days=(read.weekday - today.weekday()) % 7)
                    named = partial(_day_at, coming, *clock)
                raise UserInputError(  # the two days are named as an organiser retypes them
                    "error.when_weekday", value=value, date=Words(partial(_day_words, found)),
                    actual=Words(partial(weekday_name, found.weekday())),
                    typed=Words(partial(weekday_name, read.weekday)),
                    as_dated=_said(found),
                    as_named=Words(named))
            return found
        ahead = (read.weekday - today.weekday()) % 7
        if read.mode == "next" and (ahead == 1 or ahead == 2 and today.weekday() + ahead <= 6):
            # « samedi prochain » said on a Friday: tomorrow, or the Saturday after? Both
            # are meant, often; reading either on a guess sends people on the wrong day.
            # « dimanche prochain » said on a Friday: this Sunday, or next week's? Said of a
            # day so near, it often means the one after (« ce dimanche » is this one).
            near, week_after = today + timedelta(days=ahead), today + timedelta(days=ahead + 7)
            example: Callable[[], str] = partial(format_day, week_after, with_year=False)
            if read.start is not None:  # the example is retyped as is: it keeps the time
                at = clock_hour(read.start, read.part, value)
                example = partial(_day_at, week_after, at.hour, at.minute)
            raise UserInputError(
                "error.when_next_tomorrow" if ahead == 1 else "error.when_next_which",
                value=value, near=_said(near),
                week_after=_said(week_after),
                example=Words(example))
        if read.mode == "next":
            ahead = ahead or 7
        elif read.mode == "en_huit":
            ahead = ahead + 7 if ahead else 7
        elif read.mode == "en_quinze":
            ahead = ahead + 14 if ahead else 14
        elif read.mode == "next_week":
            ahead = 7 - today.weekday() + read.weekday
        return today + timedelta(days=ahead)
    if read.mode is not None:  # "prochain" with no weekday to apply it to
        raise UserInputError("error.bad_when", value=value)
    return found


def _day_at(day: date, hour: int, minute: int) -> str:
    """« samedi 28 novembre à 19h30 », in the reader's language when the reply is written."""
    return t("when.at", day=format_day(day, with_year=False), time=format_clock(hour, minute))


def _moment_words(moment: datetime) -> str:
    """« samedi 28 novembre à 20h »: an aware moment said in Paris time, without the year."""
    local = moment.astimezone(PARIS)
    return _day_at(local.date(), local.hour, local.minute)


def _dotted_clock(read: _Read) -> tuple[int, int] | None:
    """« 19.3 » typed after a weekday with no time: also 19h30, as an hour and minutes."""
    if not read.dotted or read.start is not None or read.offset is not None:
        return None
    hour, minutes = read.dotted.split(".")
    minute = int(minutes) * (10 if len(minutes) == 1 else 1)
    return (int(hour), minute) if int(hour) <= 23 and minute <= 59 else None


def _day_or_month(read: _Read, today: date, value: str) -> None:
    """« 12/5 » from an English-speaking organiser: 12 May (as in France and Britain) or
    December 5 (as in America). Read month first when only that is a date, or when a weekday
    typed fits only that; asked when both are dates, nothing tells, and month first is the
    sooner (day first, the sooner, is read as in French: the reply says the date in words)."""
    assert read.day is not None and read.month is not None
    day, month = read.day, read.month
    if day == month or day > 12:
        return
    if month > 12:  # « 12/25 »: only month first is a date
        read.day, read.month = month, day
        return

    def candidate(d: int, m: int) -> date:
        return _valid(read.year, m, d, value) if read.year is not None \
            else _next_date(today, m, d, value)

    day_first, month_first = candidate(day, month), candidate(month, day)
    if read.year is not None and (day_first < today) != (month_first < today):
        # « 05/12/2026 » (the year written, as the bot's own examples write it): only one
        # reading is still to come
        if day_first < today:
            read.day, read.month = month_first.day, month_first.month
        return
    if read.weekday is not None:
        fits = [c for c in (day_first, month_first) if c.weekday() == read.weekday]
        if len(fits) == 1:
            read.day, read.month = fits[0].day, fits[0].month
            return
    if day_first < month_first and (day_first - today).days <= NEAR_DAYS:
        return  # « 1/12 » on 25 November: the sooner and near, French reading

    def example(found: date) -> Callable[[], str]:  # the year when typed or not this one
        year = f" {found.year}" if read.year is not None or found.year != today.year else ""
        return lambda: value.replace(
            read.numeric, f"{found.day} {month_name(found.month, current_locale())}{year}", 1)

    raise UserInputError(
        "error.when_day_or_month", value=value, day_first=_said(day_first, today),
        month_first=_said(month_first, today),
        example_day_first=Words(example(day_first)),
        example_month_first=Words(example(month_first)))


def _next_date(today: date, month: int, number: int, value: str) -> date:
    """'12 décembre': the next one still to come (today included; 29 February waits)."""
    for year in range(today.year, today.year + 9):
        try:
            found = date(year, month, number)
        except ValueError:
            continue
        if found >= today:
            return found
    raise UserInputError("error.when_bad_date", value=value)


def _nth_weekday(year: int, month: int, weekday: int, nth: int, value: str) -> date:
    """The nth (1-5, or -1 for the last) given weekday of a month; refused if it has none."""
    first = date(year, month, 1)
    days = [day for day in (first + timedelta(days=n) for n in range(31))
            if day.month == month and day.weekday() == weekday]
    if nth > len(days):
        raise UserInputError("error.when_bad_date", value=value)
    return days[nth - 1] if nth > 0 else days[-1]


def _not_just_past(found: date, today: date, value: str,
                   this_year: date | None = None) -> None:
    """A day and month with no year, read as the next one to come because the one before
    has just passed (« 25/11 » on 26 November, « 31/12 » on 2 January), is asked rather than
    moved a year on. `this_year` is that one before, a year earlier than `found`."""
    if this_year is None:
        try:
            this_year = date(found.year - 1, found.month, found.day)
        except ValueError:  # 29 February: no such day the year before to have passed
            return
    if this_year < today and (today - this_year).days <= JUST_PAST_DAYS:
        raise UserInputError(
            "error.when_just_past", value=value,
            date=Words(partial(_day_words, this_year)),
            next_date=Words(partial(_day_words, found)),
            example=f"{found.day:02d}/{found.month:02d}/{found.year}")


def _next_day_of_month(today: date, number: int) -> date:
    """'le 12': the next 12th still to come (today included); months without it are skipped."""
    year, month = today.year, today.month
    for _ in range(13):
        try:
            found = date(year, month, number)
        except ValueError:
            found = None
        if found is not None and found >= today:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    raise ValueError(number)  # every number from 1 to 31 comes back within a year


def clock_hour(clock: Clock, part: str | None, value: str, *, after: int | None = None,
               ambiguous: str = "error.when_ambiguous_hour") -> Time:
    """The hour rule, once for events and series (`commands.series.parsers` reads its
    times with `typed_clock` and `share_meridiem` too): the 24-hour time a typed clock
    means with the part of the day typed beside it, or the one question when it cannot be
    told. « 8 » alone: the morning or the evening? (`ambiguous`, the key of that question);
    "8.30" in English: 08:30 or 20:30?; « soir 8h » is 20:00, « après-midi 3h » 15:00; an
    hour the part contradicts (« soir 2h », « matin 20h », « après-midi 11h ») is asked.
    `after` is the start's hour when `clock` is the end of a range (never asked then)."""
    hour, minute = clock.hour, clock.minute
    if minute > 59 or hour > 23 or (clock.ampm and not 1 <= hour <= 12):
        raise UserInputError("error.when_bad_time", value=value)
    if clock.ampm:
        hour = hour % 12 + (12 if clock.ampm == "pm" else 0)
    elif part in ("evening", "afternoon") and 1 <= hour <= 11:
        if part == "evening" and after is None and hour < 5:
            # « ce soir 2h »: 14h is no evening, and 2h is tomorrow's night: asked
            raise UserInputError("error.when_part_conflict", value=value)
        if part == "afternoon" and after is None and hour >= 7:
            # « après-midi 11h »: no 23:00 in the afternoon, nor 11:00
            raise UserInputError("error.when_part_conflict", value=value)
        if after is None or hour + 12 > after:
            hour += 12
    elif not clock.marked and after is None and part != "morning" and hour <= 12:
        raise UserInputError(ambiguous, value=value, hour=hour, am=hour % 12,
                             pm=hour % 12 + 12)
    elif (clock.twelve_hour and after is None and part is None and 1 <= hour <= 11
          and current_locale() == "en"):  # "sat 8.30": 08:30 or 20:30?
        raise UserInputError("error.when_ambiguous_clock", value=value,
                             clock=f"{hour}:{minute:02d}", am=f"{hour:02d}:{minute:02d}",
                             pm=f"{hour + 12}:{minute:02d}")
    if after is None and (  # "demain matin 20h", "ce soir 12h": which one was meant?
            (part == "morning" and hour >= 12)
            or (part == "afternoon" and hour < 12)
            or (part == "evening" and hour < 13)):
        raise UserInputError("error.when_part_conflict", value=value)
    return Time(hour, minute)


def not_all_night(end: Time, cleaned: str, value: str) -> None:
    """An end the next day after the small hours (« 19h fin 7 », « de 19h à 7h ») is a night
    spent there, or a slip: asked, unless the morning is typed (« 19h à 7h du matin »)."""
    if end.hour >= ALL_NIGHT and not (_NIGHT_END.search(cleaned) or _AM_END.search(cleaned)):
        raise UserInputError("error.when_all_night", value=value, end=f"{end.hour}h")


def _fits(at: Time, part: str) -> bool:
    """Whether a kept time is in the part of the day typed with a new day."""
    if part == "morning":
        return at.hour < 12
    if part == "afternoon":
        return 12 <= at.hour < 19
    return at.hour >= 17  # the evening


def _aware(local: datetime, value: str) -> datetime:
    """Paris wall-clock → UTC; the first of two on the autumn night, refused in the spring gap."""
    moment = local.replace(tzinfo=PARIS, fold=0).astimezone(UTC)
    if moment.astimezone(PARIS).replace(tzinfo=None) != local:
        later, earlier = local + timedelta(hours=1), local - timedelta(hours=1)
        raise UserInputError("error.when_dst_gap", value=value,  # an hour on, an hour back
                             later=Words(partial(format_clock, later.hour, later.minute)),
                             earlier=Words(partial(format_clock, earlier.hour, earlier.minute)))
    return moment


_TOMORROW_WORD = re.compile(r"\b(?:demain|2main|tomorrow|tmrw|tmr)\b", re.IGNORECASE)


def _small_hours(now: datetime, value: str) -> None:
    """« demain 10h » typed at 0:30 on Saturday: the organiser still up on Friday evening
    means Saturday, the calendar says Sunday. Both are named and the day asked."""
    local = now.astimezone(PARIS)
    today, next_day = local.date(), local.date() + timedelta(days=1)

    def example() -> str:  # the line as typed, the day written: one retype is enough
        day = f"{weekday_name(today.weekday(), current_locale())} {today.day}/{today.month}"
        return _TOMORROW_WORD.sub(lambda _: day, value, count=1)

    raise UserInputError(
        "error.when_small_hours", value=value,
        clock=Words(partial(format_clock, local.hour, local.minute)),
        today=_said(today),
        next_day=_said(next_day),
        example=Words(example))


def _holiday_question(read: _Read, now: datetime, value: str) -> None:
    """« Soirée de Noël 18h », « le soir de Noël », « nouvel an 20h »: the day named and the
    day before are offered, and the date asked (a title's words are no date either)."""
    assert read.month is not None and read.day is not None
    today = now.astimezone(PARIS).date()
    day = (date(read.year, read.month, read.day) if read.year is not None
           else _next_date(today, read.month, read.day, value))
    eve = day - timedelta(days=1)
    clock = read.start
    hour, minute = (clock.hour, clock.minute) if clock is not None and clock.hour <= 23 \
        and clock.minute <= 59 else (19, 0)

    def example() -> str:
        return f"{eve.day:02d}/{eve.month:02d} {format_clock(hour, minute)}"

    raise UserInputError(
        "error.when_holiday", value=value,
        eve=_said(eve, today),
        day=_said(day, today),
        example=Words(example))


# « samedi 9h pour 11h »: a length after « pour », or the time it lasts until?
_HOURS_AS_CLOCK = re.compile(r"\s(?:pour|for)\s+(?P<h>\d{1,2})\s*(?:h|heures?)"
                             r"(?:\s*(?P<m>\d{2}))?$")


def until_or_length(text: str, at: Time, value: str) -> None:
    """`text` (lower case, no accents) ends with « pour 11h » (« (11h) » is read so) after
    a start at `at`: if 11h is later that day, « jusqu'à 11h » is meant as often as
    « pendant 11 heures »: asked. Events and series read it alike."""
    found = _HOURS_AS_CLOCK.search(text)
    if found is None:
        return
    hour, minute = int(found["h"]), int(found["m"] or 0)
    if hour > 23 or minute > 59 or (hour, minute) <= (at.hour, at.minute):
        return  # « 14h pour 2h »: only a length
    without = _BRACKETED_LENGTH.sub("", _TYPED_LENGTH.sub("", value)).rstrip()  # « 8h (10h) »
    clock = partial(format_clock, hour, minute)
    typed = found.group(0).split(None, 1)[1]

    def hours() -> str:
        return typed if minute else t("when.hours", n=hour)

    def until() -> str:
        return f"{without} - {clock()}"

    def during() -> str:
        return f"{without} {'for' if current_locale() == 'en' else 'pendant'} {hours()}"

    if timedelta(hours=hour, minutes=minute) > MAX_LENGTH:  # no length: only « until »
        raise UserInputError("error.when_until", value=value, clock=Words(clock),
                             until=Words(until))
    raise UserInputError("error.when_until_or_length", value=value, clock=Words(clock),
                         hours=Words(hours), until=Words(until), during=Words(during))


def week_idiom(days: int) -> timedelta:
    """What « 8 jours » / « 15 jours » often mean in French: one week / two weeks."""
    return timedelta(days=7 if days == 8 else 14)


def ask_week_idiom(days: int, idiom: date, literal: date, at: Time, value: str) -> None:
    """« 15 jours avant à 10h », « dans 8 jours »: `idiom` (one or two weeks, as French
    speakers often mean) or `literal` (exactly `days` days)? Both named, the day asked."""
    raise UserInputError(
        "error.when_week_idiom", value=value, days=days,
        idiom=_said(idiom),
        literal=_said(literal),
        weeks=Words(partial(t, "when.one_week" if days == 8 else "when.two_weeks")),
        example=Words(partial(_day_at, idiom, at.hour, at.minute)))



# « samedi ou dimanche 20h », « 20h ou 21h », « sam/dim »: dates offered as a choice.
_EITHER = re.compile(r"\s+(?:ou\s+bien|ou|or|sinon)\s+|(?<=[a-z])\s*/\s*(?=[a-z])")
_EITHER_TYPED = re.compile(r"\s+(?:ou\s+bien|ou|où|or|sinon)\s+|(?<=[^\W\d_])\s*/\s*"
                           r"(?=[^\W\d_])", re.IGNORECASE)
# « samedi 20h (à confirmer) », « sous réserve », "tbc": a date not decided yet (normalised
# text; `_UNSURE_TYPED` finds the same words as typed, to quote the date without them).
_UNSURE_WORDS = (r"a\s+confirmer|sous\s+reserve|a\s+definir|peut\s*-?\s*etre|normalement|"
                 r"en\s+principe|a\s+priori|probablement|je\s+(?:ne\s+)?sais\s+pas(?:\s+encore)?|"
                 r"tbc|tbd|to\s+be\s+confirmed|maybe|probably")
_UNSURE = re.compile(rf"(?<![a-z])(?:{_UNSURE_WORDS})(?![a-z])")
_UNSURE_TYPED = re.compile(
    r"[(\[]?\s*(?<![^\W\d_])(?:[àa]\s+confirmer|sous\s+r[ée]serve|[àa]\s+d[ée]finir|"
    r"peut\s*-?\s*[êe]tre|normalement|en\s+principe|[àa]\s+priori|probablement|"
    r"je\s+(?:ne\s+)?sais\s+pas(?:\s+encore)?|tbc|tbd|to\s+be\s+confirmed|maybe|probably)"
    r"(?![^\W\d_])\s*[)\]]?", re.IGNORECASE)
# Refusals of a date still undecided: a line holding one is a date line all the same
# (`commands.events.parsers.event_line` stops there, not at a shorter date inside it).
UNDECIDED = frozenset({"error.when_either", "error.when_question"})


def _either(text: str, cleaned: str, now: datetime, day: date | None, time: Time | None,
            value: str, typos: bool) -> UserInputError:
    """« samedi ou dimanche 20h »: each date named in words (a part without a time takes
    the next part's, a part without a day the one before's: « samedi 20h ou 21h »), one
    to write; the parts as typed when one of them does not read."""
    parts = [part for part in _EITHER.split(cleaned) if part.strip()]
    found: list[When | None] = [None] * len(parts)
    needs: list[str] = [""] * len(parts)
    for index, part in enumerate(parts):
        try:
            # Without the event's own day and time first (/modifier's): what another part
            # says wins over them (« samedi ou dimanche 20h » is 20h on both days). No
            # remark read past: « samedi 20h, venez seul ou en famille » is no choice.
            found[index] = _read(part, now, None, None, None, typos, remarks=False)
        except UserInputError as err:
            needs[index] = err.key
    for index, part in enumerate(parts):
        if found[index] is not None:
            continue
        lender = None
        if needs[index] == "error.when_need_time":
            lender = next((w for w in found[index + 1:] + found[:index][::-1] if w), None)
        elif needs[index] == "error.when_need_day":
            lender = next((w for w in found[:index][::-1] + found[index + 1:] if w), None)
        local = lender.start.astimezone(PARIS) if lender is not None else None
        if local is None and day is None and time is None:
            continue
        try:  # lent by another part, else the event's own day or time
            found[index] = _read(part, now, local.date() if local is not None else day,
                                 local.time() if local is not None else time, None, typos,
                                 remarks=False)
        except UserInputError:
            continue
    readings = [w for w in found if w is not None]
    if not readings and all(need == "error.bad_when" for need in needs):
        # « Venez seul ou en famille », « petits/grands »: no part is a date at all
        return UserInputError("error.bad_when", value=value)
    if len(parts) < 2 or len(readings) < len(parts):
        typed = [part.strip() for part in _EITHER_TYPED.split(text.strip()) if part.strip()]
        shown = typed if len(typed) == len(parts) else parts
        return UserInputError("error.when_either_typed", value=value, options=Words(
            lambda: t("when.or_typed").join(f"« {part} »" if current_locale() == "fr"
                                             else f'"{part}"' for part in shown)))

    return _choice([w.start for w in readings], value)


def _typed_moment(moment: datetime) -> str:
    """« samedi 28/11 20h »: a moment as the organiser types it back from an example."""
    local = moment.astimezone(PARIS)
    return (f"{weekday_name(local.weekday(), current_locale())} {typed_day(local.date())}"
            f" {format_clock(local.hour, local.minute)}")


def _choice(moments: list[datetime], value: str) -> UserInputError:
    """« le samedi 28 novembre à 20h ou le samedi 28 novembre à 20h30 ? », the first one to
    type back as the example."""
    return UserInputError("error.when_either", value=value,
                          example=Words(partial(_typed_moment, moments[0])),
                          options=Words(lambda: t("when.or").join(
                              _moment_words(moment) for moment in moments)))


def _read(text: str, now: datetime, day: date | None, time: Time | None,
          after: datetime | None, typos: bool = True, remarks: bool = True,
          remark_before: bool = True) -> When:
    value = text.strip()[:40]
    cleaned = _normalise(text)
    if not cleaned:
        raise UserInputError("error.missing_when")
    if len(cleaned) > MAX_TEXT:
        raise UserInputError("error.bad_when", value=value)
    if _RECURRING.search(cleaned):
        raise UserInputError("error.when_recurring", value=value)
    if "?" in text or _UNSURE.search(cleaned):  # « samedi 20h ? », « … à confirmer »
        decided = " ".join(_UNSURE_TYPED.sub(" ", text.replace("?", " ")).split()).strip(" ,;")
        asked = _read(decided, now, day, time, after, typos)  # read, to name it
        raise UserInputError("error.when_question", value=value, example=decided,
                             date=Words(partial(_moment_words, asked.start)))
    if _EITHER.search(cleaned):  # « samedi ou dimanche 20h »: which one?
        raise _either(text, cleaned, now, day, time, value, typos)
    with_length = cleaned  # « samedi 9h pour 11h » asked from it, below
    cleaned, length = split_length(cleaned, value)  # checked once asked, `typed_length`
    try:
        read = _scan(cleaned, value, typos)
    except UserInputError as err:
        beside = _beside(text, now, day, time, after, remark_before) if remarks and (
            err.key == "error.bad_when") else None
        if beside is None:
            raise
        if isinstance(beside, UserInputError):  # « samedi prochain 20h, goûter »: asked
            raise beside from None
        return beside
    if length is not None:
        if read.offset is not None:  # « dans 2 heures pendant 1h »
            raise UserInputError("error.bad_when", value=value)
        if read.end is not None:  # « 18h-20h pendant 2h »: which one is right?
            raise end_and_length(value)
    if read.holiday_asked:
        _holiday_question(read, now, value)
    if read.dashed and read.start is None:  # « samedi 9-12 »: 9h to 12h, or 9 December?
        raise UserInputError("error.bad_when", value=value)
    if read.midnight:
        twelve_am = read.start is not None and read.start.ampm == "am"
        if (after is None or read.end is not None or read.start is not None and not twelve_am
                or read.seen & {"date", "weekday", "mode"}):
            raise UserInputError("error.when_midnight", value=value)
        # « fin minuit » after the start (`after`), with no day: that night's, the end of
        # the day the event starts (the next day's 0:00, below)
        read.start, read.midnight = Clock(0, 0, marked=True), False
    if read.offset is not None:
        if read.part is not None or read.weekday is not None or read.mode is not None:
            raise UserInputError("error.bad_when", value=value)
        return When(start=now.astimezone(UTC) + read.offset)
    today = now.astimezone(PARIS).date()
    if read.tomorrow and now.astimezone(PARIS).hour < SMALL_HOURS:
        _small_hours(now, value)
    if read.night and read.start is not None and (read.start.ampm or read.start.hour >= NIGHT_ENDS):
        # « la nuit de samedi à dimanche 8h »: no night at 8 (« cette nuit 2h » stays asked:
        # tests/test_s10_dates5.py)
        raise UserInputError("error.when_part_conflict", value=value)
    the_day = _the_day(read, today, value)
    day_typed = the_day is not None
    if the_day is None:
        if read.start is None:
            raise UserInputError("error.bad_when", value=value)
        if day is None:
            raise UserInputError("error.when_need_day", value=value)
        the_day = day
    if read.start is not None:  # « 20h jusqu'à 2h du matin »: the morning is the end's
        read.part = start_part(read.part, read.start, read.end, cleaned)
    if read.start is not None:
        at = clock_hour(read.start, read.part, value)
    elif time is not None:
        if read.part is not None and not _fits(time, read.part):
            raise UserInputError("error.when_need_time", value=value)  # « dimanche soir », 14h
        at = time
    else:
        raise UserInputError("error.when_need_time", value=value)
    if read.week_idiom:  # « dans 15 jours à 18h »: two weeks on, or 15 days on? Asked.
        ask_week_idiom(read.week_idiom, today + week_idiom(read.week_idiom), the_day, at, value)
    if the_day.year > today.year + FAR_YEARS:
        raise UserInputError("error.when_year_far", value=value, year=the_day.year)
    local_start = datetime.combine(the_day, at)
    start = _aware(local_start, value)
    if after is not None and not day_typed and start <= after:
        next_day = datetime.combine(the_day + timedelta(days=1), at)  # "fin 1h30" at 22:00
        if _aware(next_day, value) - after <= timedelta(hours=12):
            not_all_night(at, cleaned, value)  # « fin 7h » for a 19h evening: asked
            the_day, local_start = the_day + timedelta(days=1), next_day
            start = _aware(local_start, value)
    end: datetime | None = None
    if read.end is not None:
        until = clock_hour(read.end, read.part, value, after=at.hour)
        local_end = datetime.combine(the_day, until)
        next_morning = local_end <= local_start
        if next_morning:
            local_end += timedelta(days=1)
        end = _aware(local_end, value)
        if end - start > timedelta(hours=12):
            raise UserInputError("error.when_end_before", value=value)
        if read.slashed and end - start <= SLASHED_CHOICE:  # « 20h/20h30 »: about 20h
            raise _choice([start, end], value)
        if next_morning:
            not_all_night(local_end.time(), cleaned, value)  # « 19h fin 7 »: asked
    if length is not None:  # time that passes: 3 hours are 3 hours on a DST night too
        end = start + typed_length(with_length, at, length, value)
    if day_typed and read.year is None and the_day > today + timedelta(days=FAR_DAYS):
        raise UserInputError("error.when_far", value=value)
    if start <= now:
        raise UserInputError("error.past_when", value=value)
    return When(start=start, end=end)


# -- remarks beside a date ---------------------------------------------------------------------
# Words that say when: a remark holding one is no remark (« samedi 20h pas dimanche »,
# « samedi 20h goûter de Noël », « samedi 20h la semaine d'après »): the date is asked.
_WHEN_WORDS = frozenset({
    *WEEKDAY_WORDS, *MONTH_WORDS, *(word for name in _HOLIDAYS for word in name.split()
                                    if len(word) > 3),
    "reveillon", "epiphanie", "toussaint", "paques", "easter", "halloween", "nye", "xmas",
    "chandeleur", "carnaval", "boxing",
    "soir", "soiree", "soirs", "nuit", "matin", "matinee", "mat", "aprem", "midi", "minuit",
    "evening", "night", "morning", "afternoon", "noon", "midnight", "tonight", "tonite",
    "demain", "hier", "aujourdhui", "auj", "ajd", "today", "tomorrow", "yesterday", "tmrw",
    "prochain", "prochaine", "prochains", "suivant", "suivante", "pro", "proch", "next",
    "semaine", "semaines", "week", "weeks", "weekend", "we", "mois", "month", "months",
    "annee", "annees", "year", "years", "jour", "jours", "day", "days", "heure", "heures",
    "hour", "hours", "h", "min", "mn", "minute", "minutes", "quinzaine", "fortnight", "j",
    "huitaine", "dans", "ou", "or", "sinon", "demi", "demie", "quart", "moins", "half",
    "quarter", "past",  # « minuit et demie »: a clock, not a remark
    *(word for word, number in NUMBER_WORDS.items() if number > 1),
})
# Words about when that a remark may hold beside a date whose day number is typed
# (« mercredi 23/12 14h (vacances scolaires) », « (dernier atelier avant les vacances) »),
# never beside a weekday alone (« samedi 20h pendant les vacances »: which Saturday?).
_NEAR_WORDS = frozenset({
    "vacances", "holiday", "holidays", "break", "avant", "apres", "before", "after", "jusqu",
    "jusque", "jusqua", "until", "till", "pendant", "durant", "during", "fin", "debut", "tard",
    "tot", "late", "early", "veille", "rentree", "duree", "fois", "depuis", "since",
    *_NTH_WORDS,
})
# The day after, said beside a date (« samedi 20h et le lendemain », « … et le lendmain »,
# « samedi 5/12 20h puis le surlendemain »), or another moment joined to it (« et dimanche
# 15h », « + dimanche », « et 22h », "and the day after"): a second moment, never a remark
# (one event was made on the first day and « et le lendmain » put on its card).
_DAY_AFTER = ("lendemain", "surlendemain")
_DAY_AFTER_EN = re.compile(r"\b(?:(?:the\s+)?(?:next|following)\s+day|day\s+aft?e?r)\b")
_JOINED = re.compile(r"^\s*(?:[+&]|(?:et|puis|plus|and|then|also|aussi|rebelote|idem)\b)")
_ALSO = frozenset({"aussi", "egalement", "too", "also", "rebelote", "idem"})
# Words that take the date back or put it off (« samedi 20h pas celui-ci », « vendredi 20h
# euh non je me suis trompé », "saturday 8pm not this one", « samedi 20h annulé »): a
# remark holding one is no remark (the date is asked), never an event on the day unsaid.
_UNSAYING = frozenset({
    "pas", "non", "nan", "not", "no", "nope", "autre", "celui", "celle", "other", "erreur",
    "pardon", "oups", "oops", "trompe", "trompee", "mean", "plutot", "rather", "instead",
    "annule", "annulee", "cancelled", "canceled", "reporte", "reportee", "postponed",
    "decale", "decalee",
    # « 14h hebdomadaire », "weekly", « et les suivants »: a series, never one event; « 14h
    # GMT », "2pm uk time": another clock than Paris's, never 14h here.
    "hebdomadaire", "hebdo", "mensuel", "mensuelle", "quotidien", "quotidienne", "weekly",
    "monthly", "daily", "suivants", "suivantes", "suite", "gmt", "utc", "uk", "bst"})
# Where a remark typed before the date ends: « pendant les vacances, mercredi 23/12 14h ».
_REMARK_END = re.compile(r"[,;]|:(?!\d)|\s[-–—]\s")
MAX_REMARK_WORDS = 16
# Refusals of a part that is no whole date (« samedi » of « samedi 20h goûter »).
_NOT_A_DATE_YET = frozenset({"error.bad_when", "error.when_need_time", "error.when_need_day",
                             "error.when_typo", "error.missing_when"})


def _remark_words(text: str) -> tuple[bool, bool]:
    """Whether `text` (as typed) can be a remark beside a date, and whether it speaks of
    when (`_NEAR_WORDS`: only beside a typed day number): no digit, no word that says when
    (`_WHEN_WORDS`); a typo of a day or month name is `_typo_beside`'s."""
    words = re.findall(r"[a-z]+|\d", strip_accents(text.lower()))
    if not words or any(word.isdigit() or word in _WHEN_WORDS or word in _UNSAYING
                        for word in words):
        return False, False
    return True, any(word in _NEAR_WORDS for word in words)


def _typo_beside(remark: str, date_text: str) -> bool:
    """Whether a remark holds a word close to a month name (« samedi 20h decmbre »), or to a
    day name when the date names none: then it is no remark (asked). « chez Marie » beside
    « samedi 20h » is no « mardi » (« vendredy » is a « vendredi »). Only once the date
    reads (difflib is costly)."""
    weekday_read = any(word in WEEKDAY_WORDS
                       for word in re.findall(r"[a-z]+", strip_accents(date_text.lower())))
    for word in re.findall(r"[a-z]{4,}", strip_accents(remark.lower())):
        close = difflib.get_close_matches(word, _SPELLED, n=1, cutoff=0.75)
        if close and not (weekday_read and close[0] in WEEKDAY_WORDS and difflib.SequenceMatcher(
                None, word, close[0]).ratio() < 0.85):  # « vendredy » is one all the same
            return True
    return False


@lru_cache(maxsize=2048)  # bounded: the words are typed by anyone
def _near_day_after(word: str) -> bool:
    """« lendmain », « landemain »: a typo of `_DAY_AFTER` (difflib is costly, and a title's
    words are tried beside every split of it: each word compared once)."""
    return bool(difflib.get_close_matches(word, _DAY_AFTER, n=1, cutoff=0.85))


def _another_moment(remark: str) -> bool:
    """Whether a remark after a date gives a second moment (`_DAY_AFTER`): « et le
    lendemain » and its typos (« lendmain », « landemain »), "and the day after", or a word
    that says when joined to the date (« et dimanche 15h », « + dimanche », « et 22h »,
    « dimanche aussi »); not a remark that takes the date back (« et pas dimanche »)."""
    plain = strip_accents(remark.lower())
    words = re.findall(r"[a-z]+|\d+", plain)
    if any(word in _UNSAYING for word in words):
        return False
    if _DAY_AFTER_EN.search(plain) or any(
            word in _DAY_AFTER or len(word) >= 7 and _near_day_after(word) for word in words):
        return True
    joined = _JOINED.search(plain) is not None or any(word in _ALSO for word in words)
    return joined and any(word.isdigit() or word in _WHEN_WORDS for word in words)


def _day_typed(text: str, value: str) -> bool:
    """Whether a date text that reads names its day by number (« mercredi 23/12 14h »)."""
    cleaned, _ = split_length(_normalise(text), value)
    return _scan(cleaned, value, typos=False).day is not None


# « en 8 », « en quinze » ending the date before a remark's word: what is counted (« en 8
# équipes », « en huit manches »), never the week after (read so, the evening was made a
# week late, and « équipes » kept as a remark).
_WEEK_IDIOM_END = re.compile(r"\ben\s+(?:huit|8|quinze|15)\s*$")
# A clock's hour, then a number apart from it, ending the date before a remark's word
# (« 20h 30 places », « 14h, 12 ans et plus »): the number is the remark's (read as minutes,
# the event was made at 20h30, at 14h12).
_MINUTES_END = re.compile(r"\d\s*[hH]\s*(?:[,.;]\s*|\s+)\d{1,2}\s*$")


def _beside(text: str, now: datetime, day: date | None, time: Time | None,
            after: datetime | None, before: bool = True) -> When | UserInputError | None:
    """A date with a remark beside it (« samedi 20h goûter offert », « samedi 5 décembre à
    20h (salle du haut) », « pendant les vacances, mercredi 23/12 14h »): the date, the
    remark kept as typed (`When.remark`); the question the date beside a remark asks
    (« samedi prochain 20h », on a Friday), or None when no part reads so. After the date,
    the longest start that reads; before it, only up to a comma (« , », « ; », « : »,
    « - »; not `before`: in a line that tells the title first, that is the title's)."""
    value = text.strip()[:40]
    tokens = list(re.finditer(r"\S+", text))
    if not 2 <= len(tokens) <= MAX_REMARK_WORDS:
        return None
    splits = [(text[:token.start()], text[token.start():], True)
              for token in reversed(tokens[1:])]
    splits += [(text[found.end():], text[:found.start()], False)
               for found in _REMARK_END.finditer(text) if before]
    asked: UserInputError | None = None
    for date_text, remark, trailing in splits:
        if trailing and re.match(r"\s*[^\W\d_]", remark) and (
                _WEEK_IDIOM_END.search(strip_accents(date_text.lower()))
                or _MINUTES_END.search(date_text)):
            # « samedi 14h en 8 équipes »: eight teams, not Saturday week; « samedi 20h 30
            # places », « 14h, 12 ans et plus »: 30 seats, not 20h30
            continue
        fits, near = _remark_words(remark)
        other = trailing and _another_moment(remark)
        if not (fits or other) or not date_text.strip():
            continue
        try:
            when = _read(date_text, now, day, time, after, typos=False, remarks=False)
        except UserInputError as err:
            if asked is None and err.key not in _NOT_A_DATE_YET:
                asked = err
            continue
        if other:  # « samedi 20h et le lendemain »: two moments, one event made on neither
            return UserInputError(
                "error.when_two_moments", value=value, rest=" ".join(remark.split()),
                date=Words(partial(_moment_words, when.start)),
                example=Words(partial(_typed_moment, when.start)))
        if near and not _day_typed(date_text, value) or _typo_beside(remark, date_text):
            continue
        said = remark.strip(" ,;:-–—()[]").strip() if trailing else remark.strip(" ,;:-–—")
        return replace(when, remark=" ".join(said.split()))
    return asked


def typed_day(day: date, padded: bool = False) -> str:
    """A day as an organiser types it back from an example: « 4/12 » (« 04/12 » `padded`)
    in French; "4 December" in English, where « 4/12 » may be read month first (asked)."""
    if current_locale() == "en":
        return f"{day.day} {month_name(day.month, 'en')}"
    return f"{day.day:02d}/{day.month:02d}" if padded else f"{day.day}/{day.month}"


def split_length(text: str, value: str) -> tuple[str, timedelta | None]:
    """`text` (lower case, no accents) without a length typed at its end (« jeudi 18h
    pendant 2h », "for 2 hours"), and that length; the text as is and None without one.
    Events and series read it alike; its limit is checked by `typed_length`, once
    « 9h pour 13h » is asked (`value` is quoted)."""
    typed = _LENGTH.search(text)
    if typed is None or typed["kw"] == "pour" and not re.search(r"\d", text[:typed.start()]):
        return text, None  # « samedi pour 18h » is when, not how long
    length: timedelta | None
    if typed["one"] or typed["word"]:  # « pendant trois heures », "for two hours"
        length = timedelta(hours=_HOUR_WORDS.get(typed["word"] or "", 1))
    else:
        length = parse_duration(
            re.sub(r"(?:heures?|hours?|hrs?)$", "h", typed["n"].replace(" ", "")))
    if length is None:
        raise UserInputError("error.bad_when", value=value)
    return text[:typed.start()], length


def typed_length(text: str, at: Time, length: timedelta, value: str) -> timedelta:
    """The `length` typed after a start at `at` (`split_length`): « 9h pour 13h » (until
    13h, or 13 hours?) is asked first (`until_or_length`), then more than 12 hours is
    refused. Events and series alike."""
    until_or_length(text, at, value)
    if length > MAX_LENGTH:
        raise UserInputError("error.when_end_before", value=value)
    return length


def end_and_length(value: str) -> UserInputError:
    """The refusal of an end and a length both typed, with the text without the length."""
    return UserInputError("error.when_end_and_length", value=value,
                          example=_TYPED_LENGTH.sub("", value))


def read_when(text: str, now: datetime, *, day: date | None = None,
              time: Time | None = None, after: datetime | None = None,
              typos: bool = True, remark_before: bool = True) -> When:
    """The moment (and end, for a range) an organiser means, relative to `now`.

    `day` and `time` are an event's current Paris date and time when it is edited: a text
    with only a time keeps `day`, a text with only a date keeps `time`. Raises
    UserInputError with a specific key rather than guessing.

    A bare weekday includes today ("vendredi 20h" on a Friday morning is tonight; on a Friday
    at 21:00 it is refused as past, not moved a week on); "prochain"/"next" never means today;
    "vendredi en huit" is a week after the coming Friday (a week today, said on a Friday);
    "le 12" and "12 décembre" are the next ones still to come, today included.

    `after` is the start of the event whose end is read: a time alone that falls before it
    is the next day, up to 12 hours after (« fin 1h30 » for a 22h party), and is not "past".

    `typos=False`: an unknown word is refused at once, without looking for the day or month
    name it may be a typo of (difflib, the costly part): for text tried as a date whose
    refusal nobody reads, such as each end of a title (`commands.events.parsers`).

    A remark beside the date (« samedi 20h, goûter offert ») is read past and kept in
    `When.remark`; `remark_before=False`: not one typed before the date (« Stage vidéo -
    mercredi 14h »: in a line that starts with the title, that is the title's end)."""
    return _read(text, now, day, time, after, typos, remark_before=remark_before)


def parse_duration(text: str) -> timedelta | None:
    """'90m', '2h', '1h30', '30s', '1.5h', '3j' -> timedelta; None if unreadable, zero or
    absurdly long (40 typed digits overflowed `timedelta` and crashed the command).

    A bare number is minutes ("1h30" is an hour and a half)."""
    cleaned = text.strip().lower().replace(" ", "").replace(",", ".")
    if not _DURATION.fullmatch(cleaned):
        return None
    total = 0.0
    for amount, unit in _DURATION_PART.findall(cleaned):
        total += float(amount) * _UNIT_SECONDS[unit[:1] or "m"]
    if not 0 < total <= MAX_DURATION.total_seconds():
        return None
    return timedelta(seconds=total)


# -- announcements ----------------------------------------------------------------------------
def parse_moment(text: str, now: datetime) -> datetime:
    """When to publish: '2026-11-26 18h', 'demain 18h', 'à 18h', 'at 6pm'. A time alone is
    today (« annonce à 18h »), still refused once past; a range is not one moment."""
    when = read_when(text, now, day=now.astimezone(PARIS).date())
    if when.end is not None:
        raise UserInputError("error.when_one_moment", value=text.strip()[:40])
    return when.start


# « la veille à 18h », « l'avant-veille à 18h », « 3 jours avant 10h », « une semaine avant
# à 9h », « 2h avant (le début) », « 30 min avant », « J-1 18h », « le jour même à 10h »,
# « le lundi avant à 18h », "the day before at 6pm": when to publish, counted from the event.
_FROM_EVENT = re.compile(
    r"^\s*(?:(?P<eve2>l\s*['’]?\s*avant\s*-?\s*veille)"
    r"|(?P<eve>la\s+veille(?!\s+d)|(?:the\s+)?day\s+before|the\s+evening\s+before)"
    r"|(?P<same>le\s+jour\s+meme|le\s+jour\s+j|the\s+same\s+day|on\s+the\s+day"
    r"|(?:le|dans\s+la|en)\s+(?P<part>matin|matinee|apres\s*-?\s*midi|soir|soiree)\s+meme)"
    r"|j\s*-\s*(?P<jn>\d{1,2})"
    rf"|(?:le\s+|the\s+)?(?P<wd>{'|'.join(sorted(WEEKDAY_WORDS, key=len, reverse=True))})"
    r"\s+(?:d\s*['’]?\s*avant|precedent|before)"
    rf"|le\s+(?P<wd2>{'|'.join(sorted(WEEKDAY_WORDS, key=len, reverse=True))})\s+avant"
    rf"|(?P<n>\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s*"
    r"(?P<unit>jours?|j|days?|semaines?|weeks?|heures?|h|hours?|minutes?|mins?|mn)"
    r"\s+(?:avant|before)(?:\s+(?:le\s+debut|l\s*['’]?\s*evenement|the\s+start|the\s+event))?)"
    r"\b(?P<rest>.*)$")


def counted_from_event(text: str) -> bool:
    """Whether `text` is a moment counted from an event (« la veille à 18h », « 2h avant »)."""
    return _FROM_EVENT.match(strip_accents(" ".join(text.lower().split()))) is not None


def moment_for(start: datetime, text: str, now: datetime) -> datetime:
    """When to publish an event starting at `start`: a moment counted from it (see
    `_FROM_EVENT`), else any date the reader reads (`parse_moment`). /annoncerplustard and
    the guided creation's « Programmer » read it alike."""
    found = _FROM_EVENT.match(strip_accents(" ".join(text.lower().split())))
    if found is None:
        return parse_moment(text, now)
    value = text.strip()[:40]
    day = start.astimezone(PARIS).date()
    rest = found["rest"].strip()
    count = 0
    if found["n"]:
        count = NUMBER_WORDS.get(found["n"]) or int(found["n"])
        unit = found["unit"][0]
        if unit in "hm":  # « 2h avant », « 30 min avant »: the moment itself
            if rest:
                raise UserInputError("error.bad_when", value=value)
            at = start - timedelta(minutes=count * (60 if unit == "h" else 1))
            if at <= now:
                raise UserInputError("error.past_when", value=value)
            return at
        day -= timedelta(days=count * (7 if unit in "sw" else 1))
    elif found["eve"] or found["eve2"]:
        day -= timedelta(days=2 if found["eve2"] else 1)
    elif found["jn"]:  # « J-1 »: the day before the event's day (J)
        day -= timedelta(days=int(found["jn"]))
    elif found["wd"] or found["wd2"]:  # « le lundi d'avant »: the last one before the event
        weekday = WEEKDAY_WORDS[found["wd"] or found["wd2"]]
        day -= timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
    if not rest:  # « la veille »: at what time?
        raise UserInputError("error.when_need_time", value=value)
    if found["part"]:  # « le matin même 9h », « le soir même 8h » (20h)
        rest = f"{found['part']} {rest}"
    try:
        when = read_when(rest, now, day=day)
    except UserInputError as err:  # quoted as typed: « 3 semaines avant 10h », not « 10h »
        if "value" in err.values:
            err.values["value"] = value
        raise
    if when.end is not None:
        raise UserInputError("error.when_one_moment", value=value)
    if when.start.astimezone(PARIS).date() != day:  # « la veille samedi 18h »: which one?
        raise UserInputError("error.bad_when", value=value)
    if found["n"] and count in (8, 15) and found["unit"].startswith("j"):
        # « 15 jours avant », « huit jours avant »: two weeks / one week before, as often
        # meant in French, or exactly that many days? Both named, the day asked.
        ask_week_idiom(count, start.astimezone(PARIS).date() - week_idiom(count), day,
                       when.start.astimezone(PARIS).time(), value)
    return when.start
