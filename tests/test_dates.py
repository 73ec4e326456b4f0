"""The date reader against what French (and English) organisers really type.

Each phrasing gives the exact Paris wall-clock moment it must mean for a fixed "now"; each
refusal gives the key the member is answered with. Nothing here touches the network or a
clock: `now` is always passed in.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot import dates
from bot.errors import UserInputError
from bot.i18n import CATALOGUE, t, using

PARIS = ZoneInfo("Europe/Paris")


def paris(text: str) -> datetime:
    """'2026-11-23 20:00' in Paris wall-clock time (first occurrence on fall-back), as UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=PARIS).astimezone(UTC)


MON = paris("2026-11-23 09:00")      # a Monday morning
FRI = paris("2026-11-27 21:00")      # a Friday evening
D31 = paris("2026-12-31 10:00")      # the 31st, a Thursday, the eve of a new year
SPRING = paris("2027-03-27 10:00")   # Saturday before clocks go forward (28 March, 2h → 3h)
AUTUMN = paris("2027-10-30 10:00")   # Saturday before clocks go back (31 October, 3h → 2h)
NOWS = {"MON": MON, "FRI": FRI, "D31": D31, "SPRING": SPRING, "AUTUMN": AUTUMN}

# (now, typed text, start in Paris time, end in Paris time or None)
CORPUS: list[tuple[str, str, str, str | None]] = [
    # -- Monday 23 November 2026, 09:00 ------------------------------------------------------
    ("MON", "aujourd'hui 20h", "2026-11-23 20:00", None),
    ("MON", "aujourdhui 22h", "2026-11-23 22:00", None),
    ("MON", "Aujourd’hui à 18h30", "2026-11-23 18:30", None),
    ("MON", "ce soir 20h", "2026-11-23 20:00", None),
    ("MON", "ce soir 8h", "2026-11-23 20:00", None),
    ("MON", "ce soir à 19h30", "2026-11-23 19:30", None),
    ("MON", "Ce soir, 21h !", "2026-11-23 21:00", None),
    ("MON", "ce midi", "2026-11-23 12:00", None),
    ("MON", "ce matin 11h", "2026-11-23 11:00", None),
    ("MON", "cet après-midi 15h", "2026-11-23 15:00", None),
    ("MON", "cet aprem 3h", "2026-11-23 15:00", None),
    ("MON", "demain 20h", "2026-11-24 20:00", None),
    ("MON", "Demain 19h30", "2026-11-24 19:30", None),
    ("MON", "DEMAIN 20H", "2026-11-24 20:00", None),
    ("MON", "demain, 20h", "2026-11-24 20:00", None),
    ("MON", "demain matin 10h", "2026-11-24 10:00", None),
    ("MON", "demain midi", "2026-11-24 12:00", None),
    ("MON", "demain soir 20h", "2026-11-24 20:00", None),
    ("MON", "demain soir 8h", "2026-11-24 20:00", None),
    ("MON", "demain à 20 h 30", "2026-11-24 20:30", None),
    ("MON", "après-demain 15h", "2026-11-25 15:00", None),
    ("MON", "apres demain 15h", "2026-11-25 15:00", None),
    ("MON", "après demain 15h", "2026-11-25 15:00", None),
    ("MON", "apres-demain 15h", "2026-11-25 15:00", None),
    ("MON", "Après-demain à 15 heures", "2026-11-25 15:00", None),
    ("MON", "lundi 20h", "2026-11-23 20:00", None),
    ("MON", "mardi 18h", "2026-11-24 18:00", None),
    ("MON", "mar. 18h", "2026-11-24 18:00", None),
    ("MON", "mer 14h", "2026-11-25 14:00", None),
    ("MON", "mercredi 14h", "2026-11-25 14:00", None),
    ("MON", "jeudi 20h", "2026-11-26 20:00", None),
    ("MON", "jeu 20h", "2026-11-26 20:00", None),
    ("MON", "vendredi 19h30", "2026-11-27 19:30", None),
    ("MON", "ven. 19h30", "2026-11-27 19:30", None),
    ("MON", "samedi 14h", "2026-11-28 14:00", None),
    ("MON", "sam 14h", "2026-11-28 14:00", None),
    ("MON", "Samedi vers 14h", "2026-11-28 14:00", None),
    ("MON", "samedi 14h pile", "2026-11-28 14:00", None),
    ("MON", "samedi à 14 heures", "2026-11-28 14:00", None),
    ("MON", "samedi a 14 heures", "2026-11-28 14:00", None),
    ("MON", "samedi 20 h 30", "2026-11-28 20:30", None),
    ("MON", "samedi 20:30", "2026-11-28 20:30", None),
    ("MON", "samedi soir 20h", "2026-11-28 20:00", None),
    ("MON", "dimanche 10h", "2026-11-29 10:00", None),
    ("MON", "dim. 10h", "2026-11-29 10:00", None),
    ("MON", "lundi prochain 20h", "2026-11-30 20:00", None),
    ("MON", "samedi prochain 14h", "2026-11-28 14:00", None),
    ("MON", "ce samedi 14h", "2026-11-28 14:00", None),
    ("MON", "vendredi en huit 19h30", "2026-12-04 19:30", None),
    ("MON", "lundi en huit 18h", "2026-11-30 18:00", None),
    ("MON", "la semaine prochaine mercredi 18h", "2026-12-02 18:00", None),
    ("MON", "mercredi la semaine prochaine 18h", "2026-12-02 18:00", None),
    ("MON", "mercredi de la semaine prochaine à 18h", "2026-12-02 18:00", None),
    ("MON", "le 12 à 20h", "2026-12-12 20:00", None),
    ("MON", "le 25 à 20h", "2026-11-25 20:00", None),
    ("MON", "le 1er à 18h", "2026-12-01 18:00", None),
    ("MON", "le 1er décembre à 18h", "2026-12-01 18:00", None),
    ("MON", "12 décembre 20h", "2026-12-12 20:00", None),
    ("MON", "12 decembre 20h", "2026-12-12 20:00", None),
    ("MON", "samedi 5 décembre à 14 heures", "2026-12-05 14:00", None),
    ("MON", "samedi 5 decembre 14h", "2026-12-05 14:00", None),
    ("MON", "Sam 5 déc. 14h", "2026-12-05 14:00", None),
    ("MON", "samedi 5 à 14h", "2026-12-05 14:00", None),
    ("MON", "5/12 20h", "2026-12-05 20:00", None),
    ("MON", "05/12/2026 20h", "2026-12-05 20:00", None),
    ("MON", "05/12/2026 à 20h30", "2026-12-05 20:30", None),
    ("MON", "5.12.2026 20h", "2026-12-05 20:00", None),
    ("MON", "2026-12-05 20:00", "2026-12-05 20:00", None),
    ("MON", "2026-12-05 20h", "2026-12-05 20:00", None),
    ("MON", "2026-12-05T20:00", "2026-12-05 20:00", None),
    ("MON", "2026-12-05 20:00:00", "2026-12-05 20:00", None),
    ("MON", "13/12/26 20h", "2026-12-13 20:00", None),
    ("MON", "12/05 20h", "2027-05-12 20:00", None),
    ("MON", "1/1 20h", "2027-01-01 20:00", None),
    ("MON", "samedi le 28 à 20h", "2026-11-28 20:00", None),
    ("MON", "samedi, 28 novembre, 20h", "2026-11-28 20:00", None),
    ("MON", "sam 28 nov 20h", "2026-11-28 20:00", None),
    ("MON", "vers 20h demain", "2026-11-24 20:00", None),
    ("MON", "demain 8h du soir", "2026-11-24 20:00", None),
    ("MON", "demain 8h", "2026-11-24 08:00", None),
    ("MON", "20h30-22h30 samedi", "2026-11-28 20:30", "2026-11-28 22:30"),
    ("MON", "samedi de 20 h 30 à 22 h", "2026-11-28 20:30", "2026-11-28 22:00"),
    ("MON", "samedi 9-12h", "2026-11-28 09:00", "2026-11-28 12:00"),
    ("MON", "dans 1 semaine 20h", "2026-11-30 20:00", None),
    ("MON", "in 1 hour", "2026-11-23 10:00", None),
    ("MON", "5th december 8pm", "2026-12-05 20:00", None),
    ("MON", "sunday the 29th at 3pm", "2026-11-29 15:00", None),
    ("MON", "tue 24/11 8pm", "2026-11-24 20:00", None),
    ("MON", "next sat 8pm", "2026-11-28 20:00", None),
    ("MON", "01/01/2029 20h", "2029-01-01 20:00", None),
    ("MON", "mercredi 18h-20h", "2026-11-25 18:00", "2026-11-25 20:00"),
    ("MON", "mercredi 18h - 20h", "2026-11-25 18:00", "2026-11-25 20:00"),
    ("MON", "mercredi de 18h à 20h", "2026-11-25 18:00", "2026-11-25 20:00"),
    ("MON", "demain de 18h à 20h", "2026-11-24 18:00", "2026-11-24 20:00"),
    ("MON", "demain 14h30 à 17h", "2026-11-24 14:30", "2026-11-24 17:00"),
    ("MON", "jeudi 18-20h", "2026-11-26 18:00", "2026-11-26 20:00"),
    ("MON", "samedi de 14h a 17h30", "2026-11-28 14:00", "2026-11-28 17:30"),
    ("MON", "samedi 22h-1h", "2026-11-28 22:00", "2026-11-29 01:00"),
    ("MON", "vendredi entre 18h et 20h", "2026-11-27 18:00", "2026-11-27 20:00"),
    ("MON", "dans 3 jours 20h", "2026-11-26 20:00", None),
    ("MON", "dans 2 heures", "2026-11-23 11:00", None),
    ("MON", "vendredi 1er janvier 2027 20h", "2027-01-01 20:00", None),
    ("MON", "today 8pm", "2026-11-23 20:00", None),
    ("MON", "tonight at 8", "2026-11-23 20:00", None),
    ("MON", "tonight 8pm", "2026-11-23 20:00", None),
    ("MON", "this evening at 7", "2026-11-23 19:00", None),
    ("MON", "tomorrow 7:30pm", "2026-11-24 19:30", None),
    ("MON", "tomorrow at 7:30 pm", "2026-11-24 19:30", None),
    ("MON", "tomorrow morning at 10", "2026-11-24 10:00", None),
    ("MON", "tomorrow noon", "2026-11-24 12:00", None),
    ("MON", "tomorrow at noon", "2026-11-24 12:00", None),
    ("MON", "next friday 8pm", "2026-11-27 20:00", None),
    ("MON", "friday evening at 7", "2026-11-27 19:00", None),
    ("MON", "Friday 8 PM", "2026-11-27 20:00", None),
    ("MON", "wednesday 6-8pm", "2026-11-25 18:00", "2026-11-25 20:00"),
    ("MON", "wed 6-8pm", "2026-11-25 18:00", "2026-11-25 20:00"),
    ("MON", "thursday from 6pm to 8pm", "2026-11-26 18:00", "2026-11-26 20:00"),
    ("MON", "the 5th at 8pm", "2026-12-05 20:00", None),
    ("MON", "on the 5th at 8pm", "2026-12-05 20:00", None),
    ("MON", "december 5th 8pm", "2026-12-05 20:00", None),
    ("MON", "December 5 at 8 p.m.", "2026-12-05 20:00", None),
    ("MON", "5 december 2026 at 20:00", "2026-12-05 20:00", None),
    ("MON", "saturday december 5 at 2pm", "2026-12-05 14:00", None),
    ("MON", "the day after tomorrow 3pm", "2026-11-25 15:00", None),
    ("MON", "next week wednesday 6pm", "2026-12-02 18:00", None),
    ("MON", "sat 2pm", "2026-11-28 14:00", None),
    ("MON", "tue 18:00", "2026-11-24 18:00", None),
    ("MON", "mon 8pm", "2026-11-23 20:00", None),
    ("MON", "in 2 days at 8pm", "2026-11-25 20:00", None),
    ("MON", "saturday at 11am", "2026-11-28 11:00", None),
    ("MON", "12pm tomorrow", "2026-11-24 12:00", None),
    # -- Friday 27 November 2026, 21:00 ------------------------------------------------------
    ("FRI", "ce soir 22h", "2026-11-27 22:00", None),
    ("FRI", "ce soir 23h30", "2026-11-27 23:30", None),
    ("FRI", "ce soir 22h-23h30", "2026-11-27 22:00", "2026-11-27 23:30"),
    ("FRI", "tonight at 11", "2026-11-27 23:00", None),
    ("FRI", "aujourdhui 23h", "2026-11-27 23:00", None),
    ("FRI", "demain 10h", "2026-11-28 10:00", None),
    ("FRI", "demain matin 10h", "2026-11-28 10:00", None),
    ("FRI", "demain soir 8h", "2026-11-28 20:00", None),
    ("FRI", "demain après-midi 3h", "2026-11-28 15:00", None),
    ("FRI", "samedi 14h", "2026-11-28 14:00", None),
    ("FRI", "samedi soir 20h", "2026-11-28 20:00", None),
    ("FRI", "samedi a 20h", "2026-11-28 20:00", None),
    ("FRI", "SAMEDI 20H", "2026-11-28 20:00", None),
    ("FRI", "Sam. 28/11 - 20h", "2026-11-28 20:00", None),
    ("FRI", "samedi 28/11 20h", "2026-11-28 20:00", None),
    ("FRI", "dimanche midi", "2026-11-29 12:00", None),
    ("FRI", "lundi 18h", "2026-11-30 18:00", None),
    ("FRI", "vendredi prochain 19h", "2026-12-04 19:00", None),
    ("FRI", "vendredi en huit 19h30", "2026-12-04 19:30", None),
    ("FRI", "mardi en huit 18h", "2026-12-08 18:00", None),
    ("FRI", "la semaine prochaine mercredi 18h", "2026-12-02 18:00", None),
    ("FRI", "le 12 à 20h", "2026-12-12 20:00", None),
    ("FRI", "le 27 à 22h", "2026-11-27 22:00", None),
    ("FRI", "le 28 à 10h", "2026-11-28 10:00", None),
    ("FRI", "le 1er à 18h", "2026-12-01 18:00", None),
    ("FRI", "1er décembre 18h", "2026-12-01 18:00", None),
    ("FRI", "5/12 20h", "2026-12-05 20:00", None),
    ("FRI", "25/12 15h", "2026-12-25 15:00", None),
    ("FRI", "vendredi 25 décembre 15h", "2026-12-25 15:00", None),
    ("FRI", "dim 10h-12h", "2026-11-29 10:00", "2026-11-29 12:00"),
    ("FRI", "sunday 10am", "2026-11-29 10:00", None),
    ("FRI", "saturday morning at 10", "2026-11-28 10:00", None),
    ("FRI", "sat 10am", "2026-11-28 10:00", None),
    ("FRI", "tomorrow 7:30pm", "2026-11-28 19:30", None),
    ("FRI", "next friday 8pm", "2026-12-04 20:00", None),
    ("FRI", "the 5th at 8pm", "2026-12-05 20:00", None),
    ("FRI", "monday 6-8pm", "2026-11-30 18:00", "2026-11-30 20:00"),
    # -- Thursday 31 December 2026, 10:00 ----------------------------------------------------
    ("D31", "demain 20h", "2027-01-01 20:00", None),
    ("D31", "ce soir 23h", "2026-12-31 23:00", None),
    ("D31", "le 1er à 15h", "2027-01-01 15:00", None),
    ("D31", "le 31 à 22h", "2026-12-31 22:00", None),
    ("D31", "le 30 à 20h", "2027-01-30 20:00", None),
    ("D31", "2/1 14h", "2027-01-02 14:00", None),
    ("D31", "02/01/2027 14h", "2027-01-02 14:00", None),
    ("D31", "12/12/2027 20h", "2027-12-12 20:00", None),  # the year written: as typed
    ("D31", "samedi 2 janvier 14h", "2027-01-02 14:00", None),
    ("D31", "vendredi 1er janvier 20h", "2027-01-01 20:00", None),
    ("D31", "15 janvier 18h30", "2027-01-15 18:30", None),
    ("D31", "15 janv. 18h30", "2027-01-15 18:30", None),
    ("D31", "lundi 18h", "2027-01-04 18:00", None),
    ("D31", "jeudi 18h", "2026-12-31 18:00", None),
    ("D31", "jeudi prochain 18h", "2027-01-07 18:00", None),
    ("D31", "jeudi en huit 18h", "2027-01-07 18:00", None),
    ("D31", "la semaine prochaine mardi 18h", "2027-01-05 18:00", None),
    ("D31", "après-demain 11h", "2027-01-02 11:00", None),
    ("D31", "tomorrow 7:30pm", "2027-01-01 19:30", None),
    ("D31", "jan 2 at 2pm", "2027-01-02 14:00", None),
    ("D31", "january 2nd 2pm", "2027-01-02 14:00", None),
    ("D31", "the 1st at 3pm", "2027-01-01 15:00", None),
    ("D31", "next week friday 8pm", "2027-01-08 20:00", None),
    ("D31", "sat 6-8pm", "2027-01-02 18:00", "2027-01-02 20:00"),
    ("D31", "ce soir 19h-23h", "2026-12-31 19:00", "2026-12-31 23:00"),
    # -- Saturday 27 March 2027, 10:00: clocks go forward tonight (2h → 3h) --------------------
    ("SPRING", "demain 19h30", "2027-03-28 19:30", None),
    ("SPRING", "demain 3h", "2027-03-28 03:00", None),
    ("SPRING", "demain 1h30", "2027-03-28 01:30", None),
    ("SPRING", "ce soir 23h", "2027-03-27 23:00", None),
    ("SPRING", "dimanche 10h", "2027-03-28 10:00", None),
    ("SPRING", "samedi 20h", "2027-03-27 20:00", None),
    ("SPRING", "samedi prochain 20h", "2027-04-03 20:00", None),
    ("SPRING", "demain de 1h à 4h", "2027-03-28 01:00", "2027-03-28 04:00"),
    ("SPRING", "lundi 9h", "2027-03-29 09:00", None),
    ("SPRING", "le 28 à 19h30", "2027-03-28 19:30", None),
    ("SPRING", "28 mars 19h30", "2027-03-28 19:30", None),
    ("SPRING", "dimanche 28 mars 2027 à 19h30", "2027-03-28 19:30", None),
    ("SPRING", "sunday 7:30pm", "2027-03-28 19:30", None),
    ("SPRING", "2027-03-28 19:30", "2027-03-28 19:30", None),
    # -- Saturday 30 October 2027, 10:00: clocks go back tonight (3h → 2h) ---------------------
    ("AUTUMN", "demain 2h30", "2027-10-31 02:30", None),
    ("AUTUMN", "2027-10-31 02:30", "2027-10-31 02:30", None),
    ("AUTUMN", "demain 19h30", "2027-10-31 19:30", None),
    ("AUTUMN", "demain 1h", "2027-10-31 01:00", None),
    ("AUTUMN", "demain 3h", "2027-10-31 03:00", None),
    ("AUTUMN", "ce soir 22h", "2027-10-30 22:00", None),
    ("AUTUMN", "dimanche midi", "2027-10-31 12:00", None),
    ("AUTUMN", "le 31 à 19h30", "2027-10-31 19:30", None),
    ("AUTUMN", "31/10 19h30", "2027-10-31 19:30", None),
    ("AUTUMN", "lundi 1er novembre 18h", "2027-11-01 18:00", None),
    ("AUTUMN", "tomorrow 2:30am", "2027-10-31 02:30", None),
    ("AUTUMN", "ce soir 22h-2h", "2027-10-30 22:00", "2027-10-31 02:00"),
]

# (now, typed text, the key of the polite refusal)
REFUSALS: list[tuple[str, str, str]] = [
    ("MON", "vendredi 12 décembre 20h", "error.when_weekday"),
    ("MON", "friday december 12 8pm", "error.when_weekday"),
    ("MON", "mardi 5/12 20h", "error.when_weekday"),
    ("MON", "demain samedi 20h", "error.when_weekday"),
    ("MON", "2026-12-05", "error.when_need_time"),
    ("MON", "samedi", "error.when_need_time"),
    ("MON", "demain", "error.when_need_time"),
    ("MON", "ce soir", "error.when_need_time"),
    ("MON", "12 décembre", "error.when_need_time"),
    ("MON", "le 12", "error.when_need_time"),
    ("MON", "20h", "error.when_need_day"),
    ("MON", "18h-20h", "error.when_need_day"),
    ("MON", "dans 20 mois 20h", "error.when_far"),
    # 12 December, 19 days ago: a slip, not next year (asked, the year to be written).
    ("D31", "12 décembre 20h", "error.when_just_past"),
    ("MON", "hier 20h", "error.past_when"),
    ("MON", "yesterday 8pm", "error.past_when"),
    ("MON", "2020-01-01 20:00", "error.past_when"),
    ("MON", "ce matin 8h", "error.past_when"),
    ("FRI", "ce soir 20h", "error.past_when"),
    ("FRI", "vendredi 20h", "error.past_when"),
    ("D31", "le 31 à 9h", "error.past_when"),
    ("SPRING", "demain 2h30", "error.when_dst_gap"),
    ("SPRING", "2027-03-28 02:30", "error.when_dst_gap"),
    ("SPRING", "28/03 2h", "error.when_dst_gap"),
    ("SPRING", "tomorrow 2:30am", "error.when_dst_gap"),
    ("MON", "n'importe quoi", "error.bad_when"),
    # A word beside the date is a remark, read past (tests/test_s11_dates6.py); a remark
    # holding a number is not.
    ("MON", "samedi 5 décembre à 14 heures blabla 3", "error.bad_when"),
    ("MON", "x" * 500, "error.bad_when"),
    ("MON", "mardi et jeudi 18h", "error.bad_when"),
    ("MON", "demain 20h 21h", "error.bad_when"),
    ("MON", "5-12", "error.bad_when"),
    ("MON", "", "error.missing_when"),
    ("MON", "minuit", "error.when_midnight"),
    ("MON", "samedi minuit", "error.when_midnight"),
    ("MON", "saturday midnight", "error.when_midnight"),
    ("MON", "demain à 8", "error.when_ambiguous_hour"),
    ("MON", "tomorrow at 8", "error.when_ambiguous_hour"),
    ("MON", "31/11 20h", "error.when_bad_date"),
    ("MON", "30 février 20h", "error.when_bad_date"),
    ("MON", "demain 25h", "error.when_bad_time"),
    ("MON", "demain 20h75", "error.when_bad_time"),
    ("MON", "demain matin 20h", "error.when_part_conflict"),
    ("MON", "tonight 8am", "error.when_part_conflict"),
    ("MON", "samedi 20h-18h", "error.when_end_before"),
    ("MON", "ce soir 12h", "error.when_part_conflict"),
    ("MON", "tonight at 12", "error.when_ambiguous_hour"),
    ("MON", "la semaine prochaine 18h", "error.bad_when"),
    ("MON", "prochain 20h", "error.bad_when"),
    ("MON", "samedi 14-17", "error.bad_when"),
    ("MON", "dans 2 heures demain", "error.bad_when"),
]


def _case_id(case: tuple[object, ...]) -> str:
    return f"{case[0]}:{case[1]}"[:60]


@pytest.mark.parametrize("case", CORPUS, ids=_case_id)
def test_corpus(case: tuple[str, str, str, str | None]) -> None:
    now, text, start, end = case
    when = dates.read_when(text, NOWS[now])
    assert when.start == paris(start), when.start.astimezone(PARIS)
    assert when.end == (paris(end) if end else None)
    assert when.start.tzinfo is UTC and when.words == ""


@pytest.mark.parametrize("case", REFUSALS, ids=_case_id)
def test_refusals(case: tuple[str, str, str]) -> None:
    now, text, key = case
    with pytest.raises(UserInputError) as err:
        dates.read_when(text, NOWS[now])
    assert err.value.key == key
    for locale in ("fr", "en"):  # the reply renders in both languages, placeholders filled
        with using(locale):
            rendered = t(err.value.key, **err.value.values)
        assert "{" not in rendered and rendered.strip()


def test_corpus_size() -> None:
    phrasings = {text for _, text, _, _ in CORPUS} | {text for _, text, _ in REFUSALS}
    print(f"\ndate corpus: {len(CORPUS)} readings + {len(REFUSALS)} refusals, "
          f"{len(phrasings)} distinct phrasings")
    assert len(CORPUS) >= 150


def test_a_contradicting_weekday_names_the_right_one() -> None:
    with pytest.raises(UserInputError) as err:
        dates.read_when("vendredi 12 décembre 20h", MON)
    with using("fr"):
        assert "le 12 décembre 2026 est un samedi, pas un vendredi" in t(
            err.value.key, **err.value.values).lower()
    with using("en"):
        assert "12 December 2026 is a Saturday, not a Friday" in t(
            err.value.key, **err.value.values)


def test_the_first_of_a_month_reads_1er() -> None:
    with pytest.raises(UserInputError) as err:
        dates.read_when("samedi 1er décembre 20h", MON)
    with using("fr"):
        assert "1er décembre 2026 est un mardi" in t(err.value.key, **err.value.values)


def test_autumn_ambiguous_hour_takes_the_first_occurrence() -> None:
    when = dates.read_when("demain 2h30", AUTUMN)
    assert when.start == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # 02:30 summer time


def test_spring_range_spans_the_missing_hour() -> None:
    when = dates.read_when("demain de 1h à 4h", SPRING)
    assert when.end is not None and when.end - when.start == (
        datetime(2027, 3, 28, 2, 0, tzinfo=UTC) - datetime(2027, 3, 28, 0, 0, tzinfo=UTC))


def test_when_is_frozen() -> None:
    when = dates.read_when("demain 20h", MON)
    with pytest.raises(dataclasses.FrozenInstanceError):
        when.start = MON  # type: ignore[misc]


# -- editing one part keeps the other --------------------------------------------------------
SATURDAY = date(2026, 12, 5)


@pytest.mark.parametrize(("text", "day", "at", "expected"), [
    ("20h", SATURDAY, time(14, 0), "2026-12-05 20:00"),      # /modifier 3 heure 20h
    ("23h", SATURDAY, time(14, 0), "2026-12-05 23:00"),      # /modifier 3 fin 23h
    ("ce soir 8h", None, time(14, 0), "2026-11-23 20:00"),
    ("8pm", SATURDAY, None, "2026-12-05 20:00"),
    ("20h30", SATURDAY, None, "2026-12-05 20:30"),
    ("demain", SATURDAY, time(19, 30), "2026-11-24 19:30"),  # /modifier 3 date demain
    ("12 décembre", None, time(19, 30), "2026-12-12 19:30"),
    ("samedi", SATURDAY, time(14, 0), "2026-11-28 14:00"),
    ("le 12", SATURDAY, time(14, 0), "2026-12-12 14:00"),
    ("vendredi 18h", SATURDAY, time(14, 0), "2026-11-27 18:00"),  # both given: both change
])
def test_editing_keeps_the_other_part(text: str, day: date | None, at: time | None,
                                      expected: str) -> None:
    assert dates.read_when(text, MON, day=day, time=at).start == paris(expected)


def test_editing_only_the_time_of_todays_event_can_still_be_past() -> None:
    with pytest.raises(UserInputError) as err:
        dates.read_when("8h", MON, day=date(2026, 11, 23))
    assert err.value.key == "error.past_when"


def test_editing_the_time_of_an_event_years_ahead_is_not_refused_as_far() -> None:
    """The 18-month rule is about a year left unwritten; an edit's own day was written."""
    when = dates.read_when("21h", MON, day=date(2028, 6, 10), time=time(20, 0))
    assert when.start == paris("2028-06-10 21:00")
    with pytest.raises(UserInputError) as err:
        dates.read_when("dans 2 ans 21h", MON, day=date(2028, 6, 10))
    assert err.value.key == "error.when_far"


@pytest.mark.parametrize(("text", "expected"), [
    ("23h", "2026-11-23 23:00"),
    ("1h30", "2026-11-24 01:30"),    # an end after midnight: the next day
    ("demain 1h30", "2026-11-24 01:30"),
    ("2h", "2026-11-24 02:00"),
])
def test_an_end_after_midnight_is_the_next_day(text: str, expected: str) -> None:
    tonight = paris("2026-11-23 22:00")  # today's event, edited at 21:00: 1h30 is not past
    now = paris("2026-11-23 21:00")
    when = dates.read_when(text, now, day=date(2026, 11, 23), after=tonight)
    assert when.start == paris(expected)


@pytest.mark.parametrize("text", ["20h", "aujourd'hui 21h"])
def test_an_end_before_the_start_is_not_moved(text: str) -> None:
    """Only a bare time rolls over, and only up to 12 hours after the start."""
    tonight = paris("2026-11-23 22:00")
    when = dates.read_when(text, MON, day=date(2026, 11, 23), after=tonight)
    assert when.start < tonight


def test_every_refusal_key_exists_in_both_languages() -> None:
    for key in {key for _, _, key in REFUSALS}:
        entry = CATALOGUE[key]  # bot.strings, and the few bot.dates adds
        assert entry["fr"].strip() and entry["en"].strip()
        assert "{value}" in entry["fr"] or key in ("error.missing_when",
                                                          "error.when_weekday"), key
