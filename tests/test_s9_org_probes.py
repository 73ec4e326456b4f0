"""Session 9, helper org: a fourth probe set of what volunteer organisers type on a phone or
in Discord's slash fields (written before reading bot/dates.py). Each probe has one meaning, or
must be asked: a wrong date accepted in silence is the worst failure. `now` is Friday 27
November 2026, 11:00 in Paris.

Columns (tab): kind | locale | typed | expected (alternatives: « || »)
  when: bot.dates.read_when -> "YYYY-MM-DD HH:MM[-HH:MM[+1]]" or ASK (a question/refusal)
  rule: a series rhythm -> "days=<Mon=0,...> pos=<nth of month> at=HH:MM every=<weeks>"

`python tests/test_s9_org_probes.py` prints the score (ok / refused / MISREAD) per probe.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_s8_org_probes import _asked, _span, matches, rule, verdict  # noqa: E402

from bot import dates  # noqa: E402
from bot.errors import UserInputError  # noqa: E402
from bot.i18n import using  # noqa: E402

NOW = datetime(2026, 11, 27, 11, 0, tzinfo=ZoneInfo("Europe/Paris"))

PROBES = """\
when	fr	samedi 20h	2026-11-28 20:00
when	fr	sam 20h	2026-11-28 20:00
when	fr	samedi prochain 20h	2026-11-28 20:00||2026-12-05 20:00||ASK
when	fr	demain 14h	2026-11-28 14:00
when	fr	demain a 14h	2026-11-28 14:00
when	fr	dem 14h	2026-11-28 14:00||ASK
when	fr	apres-demain 15h	2026-11-29 15:00
when	fr	après demain 15h	2026-11-29 15:00
when	fr	ce soir 20h	2026-11-27 20:00
when	fr	ce soir 8h	2026-11-27 20:00
when	fr	ce soir 2h	ASK
when	fr	ce soir	ASK
when	fr	aujourd'hui 18h	2026-11-27 18:00
when	fr	auj 18h	2026-11-27 18:00||ASK
when	fr	aujourd'hui 9h	ASK
when	fr	ce matin 10h	ASK
when	fr	cet aprem 15h	2026-11-27 15:00
when	fr	cet après-midi 16h	2026-11-27 16:00
when	fr	dimanche 14h	2026-11-29 14:00
when	fr	lundi 18h30	2026-11-30 18:30
when	fr	mardi 17h	2026-12-01 17:00
when	fr	mercredi 14h	2026-12-02 14:00
when	fr	mercredi aprem 14h	2026-12-02 14:00
when	fr	mercredi après-midi	ASK
when	fr	jeudi 18h	2026-12-03 18:00
when	fr	vendredi 20h	2026-11-27 20:00||2026-12-04 20:00||ASK
when	fr	vendredi prochain 20h	2026-12-04 20:00
when	fr	vendredi 4 décembre 20h	2026-12-04 20:00
when	fr	vendredi 4 20h	2026-12-04 20:00
when	fr	ven 4/12 20h	2026-12-04 20:00
when	fr	4/12 20h	2026-12-04 20:00
when	fr	04/12/2026 20h	2026-12-04 20:00
when	fr	04/12/26 20h	2026-12-04 20:00
when	fr	4.12 20h	2026-12-04 20:00||ASK
when	fr	4-12 20h	2026-12-04 20:00||ASK
when	fr	le 4 décembre à 20 heures	2026-12-04 20:00
when	fr	le 4 decembre a 20h	2026-12-04 20:00
when	fr	le 4 dec 20h	2026-12-04 20:00
when	fr	4 déc 20h	2026-12-04 20:00
when	fr	4déc 20h	2026-12-04 20:00||ASK
when	fr	le 4 à 20h	2026-12-04 20:00
when	fr	le 4 a 20h	2026-12-04 20:00
when	fr	le 5 à 14h	2026-12-05 14:00
when	fr	le 27 à 20h	2026-11-27 20:00
when	fr	le 26 à 20h	ASK||2026-12-26 20:00
when	fr	le 20 à 20h	2026-12-20 20:00||ASK
when	fr	le 30 à 18h	2026-11-30 18:00
when	fr	le 31 à 18h	2026-12-31 18:00||ASK
when	fr	samedi 5 décembre 14h-18h	2026-12-05 14:00-18:00
when	fr	samedi 5 déc de 14h à 18h	2026-12-05 14:00-18:00
when	fr	samedi 5 déc 14h a 18h	2026-12-05 14:00-18:00
when	fr	sam 5 déc 14h/18h	2026-12-05 14:00-18:00||ASK
when	fr	samedi 5 14h->18h	2026-12-05 14:00-18:00||ASK
when	fr	samedi 5 déc 14h jusqu'à 18h	2026-12-05 14:00-18:00
when	fr	samedi 5 déc 14h jusqu'a 18h	2026-12-05 14:00-18:00
when	fr	samedi 5 déc 14h, fin 18h	2026-12-05 14:00-18:00
when	fr	samedi 5 déc 14h fin vers 18h	2026-12-05 14:00-18:00||ASK
when	fr	samedi 5 déc 19h fin 7	ASK
when	fr	samedi 5 déc 19h fin 23	2026-12-05 19:00-23:00||ASK
when	fr	samedi 5 déc de 20h à 1h	2026-12-05 20:00-01:00+1||ASK
when	fr	samedi 5 déc 20h-minuit	2026-12-05 20:00-00:00+1
when	fr	samedi 5 déc de 20h à minuit	2026-12-05 20:00-00:00+1
when	fr	samedi 5 déc de 19h à 7h	ASK
when	fr	samedi 5 déc 14h30	2026-12-05 14:30
when	fr	samedi 5 déc 14:30	2026-12-05 14:30
when	fr	samedi 5 déc 14.30	2026-12-05 14:30||ASK
when	fr	samedi 5 déc 14 h 30	2026-12-05 14:30
when	fr	samedi 5 déc 14h 30	2026-12-05 14:30
when	fr	samedi 5 déc à 2h de l'après-midi	2026-12-05 14:00||ASK
when	fr	samedi 5 déc midi	2026-12-05 12:00
when	fr	samedi 5 déc à midi et demi	2026-12-05 12:30||ASK
when	fr	samedi 5 déc 14h et demie	2026-12-05 14:30||ASK
when	fr	samedi 5 déc	ASK
when	fr	samedi 5 déc soir	ASK
when	fr	samedi 5 déc en soirée	ASK
when	fr	samedi 6 décembre 14h	ASK
when	fr	dimanche 5 décembre 14h	ASK
when	fr	samedi 12 décembre 14h	2026-12-12 14:00
when	fr	sam 12/12 14h	2026-12-12 14:00
when	fr	12/12 à 14h	2026-12-12 14:00
when	fr	12 12 14h	ASK||2026-12-12 14:00
when	fr	mercredi 16 décembre 14h	2026-12-16 14:00
when	fr	mer 16 déc 14h-17h	2026-12-16 14:00-17:00
when	fr	samedi 19 decembre 14h	2026-12-19 14:00
when	fr	jeudi 24 décembre 18h	2026-12-24 18:00
when	fr	le 24 décembre 18h	2026-12-24 18:00
when	fr	le 31 décembre 21h	2026-12-31 21:00
when	fr	31/12 21h-2h	2026-12-31 21:00-02:00+1||ASK
when	fr	samedi 2 janvier 14h	2027-01-02 14:00
when	fr	le 2 janvier 14h	2027-01-02 14:00
when	fr	2 janv 14h	2027-01-02 14:00
when	fr	02/01 14h	2027-01-02 14:00
when	fr	2/1 14h	2027-01-02 14:00
when	fr	2/1/2027 14h	2027-01-02 14:00
when	fr	mercredi 6 janvier 2027 14h	2027-01-06 14:00
when	fr	samedi 16 janvier 20h	2027-01-16 20:00
when	fr	sam 16/01 20h	2027-01-16 20:00
when	fr	mercredi 3 février 14h	2027-02-03 14:00
when	fr	le 14 février 20h	2027-02-14 20:00
when	fr	samedi 27 mars 20h	2027-03-27 20:00
when	fr	dimanche 28 mars 2h30	ASK
when	fr	dimanche 28 mars 14h	2027-03-28 14:00
when	fr	le 1er décembre 18h	2026-12-01 18:00
when	fr	1er déc 18h	2026-12-01 18:00
when	fr	mardi 1er décembre 18h	2026-12-01 18:00
when	fr	le premier décembre 18h	2026-12-01 18:00||ASK
when	fr	samedi 28 novembre 20h	2026-11-28 20:00
when	fr	samedi 21 novembre 20h	ASK
when	fr	hier 20h	ASK
when	fr	dans 2 semaines samedi 14h	2026-12-12 14:00||ASK
when	fr	samedi en 8 14h	2026-12-05 14:00||ASK
when	fr	samedi d'après 14h	2026-12-05 14:00||ASK
when	fr	la semaine prochaine	ASK
when	fr	le week-end prochain	ASK
when	fr	pendant les vacances de Noël	ASK
when	fr	en décembre	ASK
when	fr	bientôt	ASK
when	fr	20h	ASK
when	fr	14h-18h	ASK
when	fr	samedi	ASK
when	fr	samedi 25h	ASK
when	fr	samedi 20h75	ASK
when	fr	samedi 32 décembre 14h	ASK
when	fr	31 novembre 14h	ASK
when	fr	30 février 14h	ASK
when	fr	samdi 14h	ASK||2026-11-28 14:00
when	fr	smedi 5 décembre 14h	ASK||2026-12-05 14:00
when	fr	SAMEDI 5 DÉCEMBRE 14H	2026-12-05 14:00
when	fr	Samedi 5 Décembre 14H00	2026-12-05 14:00
when	fr	samedi 5 décembre 14h00-18h00	2026-12-05 14:00-18:00
when	fr	samedi 5 décembre, 14h	2026-12-05 14:00
when	fr	samedi 5 décembre - 14h	2026-12-05 14:00
when	fr	📅 samedi 5 décembre ⏰ 14h	2026-12-05 14:00||ASK
when	fr	samedi 5 décembre 14h ou 15h	ASK
when	fr	samedi 5 ou dimanche 6 14h	ASK
when	fr	samedi 5 et dimanche 6 décembre 14h	ASK
when	fr	samedi 5 décembre 14h (ouverture des portes 13h30)	2026-12-05 14:00||ASK
when	fr	samedi 5 décembre 14h au lieu de 15h	2026-12-05 14:00||ASK
when	en	saturday 8pm	2026-11-28 20:00
when	en	sat 8 pm	2026-11-28 20:00
when	en	tomorrow 2pm	2026-11-28 14:00
when	en	tonight 8pm	2026-11-27 20:00
when	en	tonight 2	ASK
when	en	Saturday 5 December 2pm	2026-12-05 14:00
when	en	Saturday December 5th 2pm	2026-12-05 14:00
when	en	Dec 5 2-6pm	2026-12-05 14:00-18:00
when	en	Dec 5 2pm-6pm	2026-12-05 14:00-18:00
when	en	12/5 2pm	ASK||2026-12-05 14:00
when	en	5/12 2pm	ASK||2026-12-05 14:00
when	en	next friday 7pm	2026-12-04 19:00
when	en	friday 7:30pm	2026-11-27 19:30||2026-12-04 19:30||ASK
when	en	January 16th 8pm	2027-01-16 20:00
when	en	noon on Saturday	2026-11-28 12:00||ASK
rule	fr	tous les mercredis 14h	days=2 pos= at=14:00 every=1
rule	fr	chaque mercredi à 14h	days=2 pos= at=14:00 every=1
rule	fr	le mercredi 14h	days=2 pos= at=14:00 every=1||ASK
rule	fr	tous les mercredis et samedis 14h	days=2,5 pos= at=14:00 every=1
rule	fr	un samedi sur deux 20h	days=5 pos= at=20:00 every=2
rule	fr	tous les 15 jours le samedi 20h	days=5 pos= at=20:00 every=2||ASK
rule	fr	le premier samedi du mois 14h	days=5 pos=1 at=14:00 every=1
rule	fr	le 1er samedi du mois 14h	days=5 pos=1 at=14:00 every=1
rule	fr	le dernier vendredi du mois 19h	days=4 pos=-1 at=19:00 every=1
rule	fr	tous les mercredis	ASK
rule	fr	tous les mercredis 14h-17h	days=2 pos= at=14:00 every=1
rule	en	every wednesday 2pm	days=2 pos= at=14:00 every=1
rule	en	every other saturday 8pm	days=5 pos= at=20:00 every=2
rule	en	first saturday of the month 2pm	days=5 pos=1 at=14:00 every=1
"""

ROWS = [tuple(line.split("\t")) for line in PROBES.splitlines() if line.strip()]
# Probes still answered otherwise than written before the reader was run, with why.
PENDING: dict[str, str] = {}


def read(locale: str, typed: str) -> str:
    with using(locale):
        try:
            when = dates.read_when(typed, NOW)
        except UserInputError as err:
            return _asked(err)
    return _span(when.start, when.end)


def get(kind: str, locale: str, typed: str) -> str:
    return {"when": read, "rule": rule}[kind](locale, typed)


@pytest.mark.parametrize(("kind", "locale", "typed", "expected"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=PENDING[row[2]]))
    if row[2] in PENDING else row for row in ROWS], ids=[f"{r[0]}:{r[2]}" for r in ROWS])
def test_organisers_probe_s9(kind: str, locale: str, typed: str, expected: str) -> None:
    got = get(kind, locale, typed)
    assert matches(got, expected), f"{typed!r}: got {got}, expected {expected}"


if __name__ == "__main__":
    tally: dict[str, int] = {}
    for kind, locale, typed, expected in ROWS:
        got = get(kind, locale, typed)
        mark = verdict(got, expected)
        tally[mark] = tally.get(mark, 0) + 1
        if mark != "ok" or "-v" in sys.argv:
            print(f"{mark:8} {kind:4} {locale} {typed!r}\n         expected {expected}\n"
                  f"         got      {got}")
    print(tally, f"{tally.get('ok', 0)}/{len(ROWS)}")
