"""Session 7, helper org2: a second look at the dates organisers type, near the rules added
this session (Noël, « dans 15 jours », « samedi prochain », « et demie », noon in a range, a
length after « pour », day spans), in English, and as titles and announcements.

The one rule: a date is never silently misread; a polite question is always better. Each
probe either means one Paris moment (and end), or must be asked (`ASK`). The expected
readings were written before the reader was run. `now` is Friday 27 November 2026, 10:00.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import add_strings, t, using
from commands.announcements.handlers import moment_for
from commands.announcements.strings import STRINGS as ANNOUNCE_STRINGS
from commands.events.strings import STRINGS as EVENT_STRINGS
from commands.series.parsers import read_rule
from commands.series.strings import STRINGS as SERIES_STRINGS

for _strings in (EVENT_STRINGS, SERIES_STRINGS, ANNOUNCE_STRINGS):
    add_strings(_strings)

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=PARIS)
EVENT = datetime(2027, 1, 16, 20, 0, tzinfo=PARIS)  # what an announcement is counted from

# (locale, typed, expected): "YYYY-MM-DD HH:MM[-HH:MM[+1]]" or "ASK".
WHEN = [
    # Noël and the New Year: a title's words are no day; « le soir de Noël » is the 24th
    # for many; « nouvel an 20h » is the 31st's party as often as the 1st.
    ("fr", "Soirée de Noël 18h", "ASK"),
    ("fr", "soir de Noël 19h", "ASK"),
    ("fr", "le soir de Noël à 19h", "ASK"),
    ("fr", "nouvel an 20h", "ASK"),
    ("fr", "soirée du nouvel an 21h", "ASK"),
    ("fr", "repas de Noël samedi 12h", "ASK"),
    ("fr", "Noël au soir 19h", "2026-12-25 19:00"),
    ("fr", "veille de Noël 19h", "2026-12-24 19:00"),
    ("fr", "le 24 au soir 19h", "2026-12-24 19:00"),
    ("fr", "nuit de Noël 23h", "ASK"),
    ("en", "christmas eve 7pm", "2026-12-24 19:00"),
    ("en", "christmas party 7pm", "ASK"),
    ("fr", "19 décembre 19h", "2026-12-19 19:00"),
    # « dans 15 jours » in other forms
    ("fr", "dans 15j à 18h", "ASK"),
    ("fr", "dans quinze jours à 18h", "ASK"),
    ("fr", "dans huit jours à 18h", "ASK"),
    ("fr", "d'ici 15 jours 18h", "ASK"),
    ("fr", "dans 14 jours à 18h", "2026-12-11 18:00"),
    ("fr", "dans 1 semaine à 18h", "2026-12-04 18:00"),
    ("fr", "dans 15 jours", "ASK"),
    # « prochain » for a day of this very week-end, said on a Friday
    ("fr", "dimanche prochain 15h", "ASK"),
    ("fr", "dim prochain 15h", "ASK"),
    ("fr", "prochain samedi 15h", "ASK"),
    ("fr", "samedi suivant 15h", "ASK"),
    ("fr", "sam pro 15h", "ASK"),
    ("fr", "lundi prochain 18h", "2026-11-30 18:00"),
    ("en", "next sunday 3pm", "ASK"),
    ("en", "this sunday 3pm", "2026-11-29 15:00"),
    ("en", "this coming saturday 3pm", "2026-11-28 15:00"),
    ("fr", "ce samedi 15h", "2026-11-28 15:00"),
    ("fr", "samedi en huit 15h", "2026-12-05 15:00"),
    # « et demie », noon in a range
    ("fr", "samedi 7h et demie du soir", "2026-11-28 19:30"),
    ("fr", "samedi 2h et demie de l'aprem", "2026-11-28 14:30"),
    ("fr", "samedi à 8 et demie", "ASK"),
    ("fr", "samedi 14h et demi - 17h", "2026-11-28 14:30-17:00"),
    ("fr", "samedi 14h pour 1h et demie", "2026-11-28 14:00-15:30"),
    ("fr", "samedi midi moins le quart", "2026-11-28 11:45"),
    ("fr", "samedi 10h-midi", "2026-11-28 10:00-12:00"),
    ("fr", "samedi de 10 à midi", "2026-11-28 10:00-12:00"),
    ("fr", "samedi de midi à 2h", "ASK"),
    ("fr", "samedi 12 à midi", "2026-12-12 12:00"),
    ("fr", "samedi midi à 14h", "2026-11-28 12:00-14:00"),
    # « pour »: a length, or the time it lasts until?
    ("fr", "samedi 9h pour 11h", "ASK"),
    ("fr", "samedi 14h pour 2h", "2026-11-28 14:00-16:00"),
    ("fr", "samedi 10h pour 3h", "2026-11-28 10:00-13:00"),
    ("fr", "samedi 18h pour 20 heures", "ASK"),
    ("en", "saturday 2pm for 2 hours", "2026-11-28 14:00-16:00"),
    # day spans typed for one event
    ("fr", "du lundi au vendredi 14h", "ASK"),
    ("fr", "mardi-jeudi 18h", "ASK"),
    ("fr", "du 5 au 6 décembre 14h", "ASK"),
    # English-speaking organisers
    ("en", "next Friday 7pm", "2026-12-04 19:00"),
    ("en", "Dec 5th at 8pm", "2026-12-05 20:00"),
    ("en", "5 Dec 8pm", "2026-12-05 20:00"),
    ("en", "the 5th at 8pm", "2026-12-05 20:00"),
    ("en", "the 5th", "ASK"),
    ("en", "5/12 8pm", "2026-12-05 20:00"),
    ("en", "12/5 8pm", "ASK"),
    ("en", "05/12/2026 8pm", "2026-12-05 20:00"),
    ("en", "12/25 7pm", "2026-12-25 19:00"),
    ("en", "tomorrow evening", "ASK"),
    ("en", "this weekend", "ASK"),
    ("en", "this weekend 3pm", "ASK"),
    ("en", "saturday noon", "2026-11-28 12:00"),
    ("en", "noon tomorrow", "2026-11-28 12:00"),
    ("en", "noon", "ASK"),
    ("en", "saturday midnight", "ASK"),
    ("en", "saturday 10pm to midnight", "2026-11-28 22:00-00:00+1"),
    ("en", "tomorrow at 7", "ASK"),
    ("en", "December the 5th 8pm", "2026-12-05 20:00"),
    ("en", "5th of December at 8pm", "2026-12-05 20:00"),
    ("en", "Sat 5/12 8pm", "2026-12-05 20:00"),
    ("en", "12/05 8pm", "ASK"),
    ("en", "tomorrow 7:30pm", "2026-11-28 19:30"),
    ("en", "midnight", "ASK"),
    # leftovers: a dash between day and month
    ("fr", "05-12 14h", "2026-12-05 14:00"),
    ("fr", "5-12 à 14h", "2026-12-05 14:00"),
    ("fr", "samedi 05-12 14h", "2026-12-05 14:00"),
    ("fr", "samedi 9-12", "ASK"),
    ("en", "05-12 8pm", "2026-12-05 20:00"),
    ("fr", "samedi 3h", "2026-11-28 03:00"),
    # a second round, written after the first fixes, before running them
    ("fr", "du samedi 14h au dimanche 18h", "ASK"),
    ("fr", "5 déc de 14 à 17h", "2026-12-05 14:00-17:00"),
    ("fr", "vendredi 4 décembre 18h pour 2h30", "2026-12-04 18:00-20:30"),
    ("fr", "samedi 14h pour 1h30", "2026-11-28 14:00-15:30"),
    ("fr", "samedi 10h pour 10h30", "ASK"),
    ("fr", "samedi 20h pour 2h", "2026-11-28 20:00-22:00"),
    ("fr", "dans 3 semaines 18h", "2026-12-18 18:00"),
    ("fr", "dans 21 jours à 18h", "2026-12-18 18:00"),
    ("fr", "samedi d'après 15h", "ASK"),
    ("fr", "ce dimanche 15h", "2026-11-29 15:00"),
    ("fr", "dimanche qui vient 15h", "2026-11-29 15:00"),
    ("fr", "dimanche en huit 15h", "2026-12-06 15:00"),
    ("fr", "le dimanche suivant 15h", "ASK"),
    ("en", "sunday after next 3pm", "ASK"),
    ("en", "saturday week 3pm", "ASK"),
    ("fr", "à Noël 15h", "2026-12-25 15:00"),
    ("fr", "Noël 15h-18h", "2026-12-25 15:00-18:00"),
    ("fr", "soirée de Noël le 19 décembre 19h", "ASK"),
    ("fr", "samedi 19 décembre soirée 19h", "2026-12-19 19:00"),
    ("en", "new year's eve 9pm", "2026-12-31 21:00"),
    ("en", "new year 9pm", "ASK"),
    ("fr", "la saint sylvestre 21h", "2026-12-31 21:00"),
    ("fr", "réveillon 21h", "ASK"),
    ("fr", "le 31 au soir 21h", "2026-12-31 21:00"),
    ("fr", "mercredi à 2 heures et demie de l'après-midi", "2026-12-02 14:30"),
    ("fr", "demain 14h30 - 16h et demie", "2026-11-28 14:30-16:30"),
    ("fr", "samedi 10h à midi et quart", "2026-11-28 10:00-12:15"),
    ("fr", "samedi de 20h à minuit et demie", "ASK"),
    ("en", "Sat, Dec 5, 7pm", "2026-12-05 19:00"),
    ("en", "December 5, 2026 7pm", "2026-12-05 19:00"),
    ("en", "5th December", "ASK"),
    ("en", "Friday 4th 7pm", "2026-12-04 19:00"),
    ("en", "Saturday 12/12 8pm", "2026-12-12 20:00"),
    ("en", "1/12 7pm", "2026-12-01 19:00"),
    ("en", "tomorrow night 8pm", "2026-11-28 20:00"),
    ("en", "noon-2pm saturday", "2026-11-28 12:00-14:00"),
    ("en", "midnight saturday", "ASK"),
    ("en", "12am saturday", "ASK"),
    ("en", "saturday 12pm", "2026-11-28 12:00"),
    ("fr", "samedi 00h00", "2026-11-28 00:00"),
]

# Counted from an event on Saturday 16 January 2027 at 20:00 (/annoncerplustard).
ANNOUNCE = [
    ("fr", "la veille à 18h", "2027-01-15 18:00"),
    ("fr", "la veille 18h", "2027-01-15 18:00"),
    ("fr", "15 jours avant à 10h", "ASK"),
    ("fr", "8 jours avant à 10h", "ASK"),
    ("fr", "quinze jours avant 10h", "ASK"),
    ("fr", "huit jours avant 10h", "ASK"),
    ("fr", "2 jours avant 18h", "2027-01-14 18:00"),
    ("fr", "une semaine avant 10h", "2027-01-09 10:00"),
    ("en", "the day before at 6pm", "2027-01-15 18:00"),
    # second round
    ("fr", "3 semaines avant à 10h", "2026-12-26 10:00"),
    ("fr", "deux semaines avant 10h", "2027-01-02 10:00"),
    ("fr", "14 jours avant 10h", "2027-01-02 10:00"),
    ("fr", "8j avant 10h", "ASK"),
    ("en", "15 days before at 10am", "2027-01-01 10:00"),
    ("fr", "la veille au soir", "ASK"),
    ("fr", "l'avant-veille à 18h", "2027-01-14 18:00"),
    ("fr", "48h avant", "2027-01-14 20:00"),
    ("fr", "la veille de Noël à 18h", "2026-12-24 18:00"),
]

# Series rhythms: the weekdays read (Monday = 0), or ASK.
RULES = [
    ("fr", "du lundi au vendredi 14h-17h", "0,1,2,3,4"),
    ("fr", "lundi au jeudi 18h", "0,1,2,3"),
    ("fr", "mardi - jeudi 18h", "ASK"),
    ("fr", "mardi–jeudi 18h", "ASK"),
    ("fr", "mardi/jeudi 18h", "1,3"),
    ("fr", "samedi-dimanche 10h", "5,6"),
    ("fr", "du vendredi au lundi 20h", "0,4,5,6"),
    ("fr", "mardi et jeudi de 10h à midi", "1,3"),
    ("fr", "tous les samedis 9h pour 11h", "ASK"),
    ("fr", "tous les samedis 14h pour 2h", "5"),
    # second round
    ("fr", "tous les samedis 10h-midi", "5"),
    ("fr", "samedi et dimanche 10h", "5,6"),
    ("fr", "du lundi au vendredi", "ASK"),
    ("fr", "lundi-mercredi-vendredi 18h", "0,2,4"),
    ("fr", "lundi, mercredi, vendredi 18h", "0,2,4"),
]


def _expected(text: str) -> tuple[datetime, datetime | None]:
    day, _, clocks = text.partition(" ")
    start, _, end = clocks.partition("-")
    begin = datetime.fromisoformat(f"{day} {start}")
    if not end:
        return begin, None
    later = timedelta(days=1) if end.endswith("+1") else timedelta()
    return begin, datetime.fromisoformat(f"{day} {end.removesuffix('+1')}") + later


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone(PARIS).replace(tzinfo=None) if moment else None


def _asked(err: UserInputError) -> str:
    t(err.key, **err.values)  # the question can be written
    return "ASK"


def read(locale: str, typed: str) -> object:
    with using(locale):
        try:
            when = dates.read_when(typed, NOW)
        except UserInputError as err:
            return _asked(err)
    return _local(when.start), _local(when.end)


def announce(locale: str, typed: str) -> object:
    with using(locale):
        try:
            return _local(moment_for(EVENT, typed, NOW)), None
        except UserInputError as err:
            return _asked(err)


def rule(locale: str, typed: str) -> object:
    with using(locale):
        try:
            return ",".join(str(day) for day in sorted(read_rule(typed).weekdays))
        except UserInputError as err:
            return _asked(err)


def _matches(got: object, expected: str) -> bool:
    if expected == "ASK" or "," in expected or expected.isdigit():
        return got == expected
    return got == _expected(expected)


@pytest.mark.parametrize(("locale", "typed", "expected"), WHEN, ids=[r[1] for r in WHEN])
def test_dates_read_or_asked(locale: str, typed: str, expected: str) -> None:
    got = read(locale, typed)
    assert _matches(got, expected), f"{typed!r}: {got}"


@pytest.mark.parametrize(("locale", "typed", "expected"), ANNOUNCE,
                         ids=[r[1] for r in ANNOUNCE])
def test_announcements_counted_from_the_event(locale: str, typed: str, expected: str) -> None:
    got = announce(locale, typed)
    assert _matches(got, expected), f"{typed!r}: {got}"


@pytest.mark.parametrize(("locale", "typed", "expected"), RULES, ids=[r[1] for r in RULES])
def test_series_days(locale: str, typed: str, expected: str) -> None:
    got = rule(locale, typed)
    assert _matches(got, expected), f"{typed!r}: {got}"


def score() -> list[str]:
    """Every probe, for the report: 'ok', 'MISREAD' (a reading where a question was due, or
    the wrong reading) or 'refused' (asked where one meaning exists)."""
    lines = []
    for table, reader in ((WHEN, read), (ANNOUNCE, announce), (RULES, rule)):
        for locale, typed, expected in table:
            got = reader(locale, typed)
            verdict = "ok" if _matches(got, expected) else (
                "refused" if got == "ASK" else "MISREAD")
            lines.append(f"{verdict:8} {locale} {typed!r} expected {expected} got {got}")
    return lines


if __name__ == "__main__":
    for line in score():
        print(line)
