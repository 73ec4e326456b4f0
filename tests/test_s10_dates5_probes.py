"""Session 10, helper dates5: a fifth probe set of what volunteer organisers type for
/creer, /modifier … date, /dupliquer, /nouvelleserie and /annoncerplustard (phones: no accents,
typos, emoji; ranges for a workshop or over midnight; dates over the year change), written
before reading bot/dates.py or the commands' parsers. Each probe has one meaning, or must be
asked: a wrong date accepted in silence is the worst failure. `now` is Friday 27 November 2026,
11:00 in Paris.

Columns (tab): kind | locale | typed | expected (alternatives: « || », globs allowed)
  when: bot.dates.read_when -> "YYYY-MM-DD HH:MM[-HH:MM[+1]]" or ASK (a question/refusal)
  rule: a series rhythm -> "days=<Mon=0,...> pos=<nth of month> at=HH:MM every=<weeks>"
  ann:  /annoncerplustard's moment for an event on Saturday 9 January 2027, 20:00
  cmd:  the whole command on a fresh bot holding #1 « Soirée jeux » Sat 5 Dec 20:00 (20),
        #2 « Atelier vidéo » Wed 2 Dec 14:00-17:00 (12), #3 « Réveillon » Thu 31 Dec 21:00
        (40); expected is a glob over what changed: "ev#N start[-end] cap=N «title»"
        or "ann#N start"; ASK = nothing changed and the reply asks or gives an example.

`python tests/test_s10_dates5_probes.py` prints the score (ok / refused / MISREAD) per probe.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_s8_org_probes import _asked, _clock, _span, matches, rule, verdict  # noqa: E402

from bot import dates  # noqa: E402
from bot.app import create_core  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.errors import UserInputError  # noqa: E402
from bot.i18n import using  # noqa: E402
from commands.announcements.handlers import moment_for  # noqa: E402
from recording import Bot, Clock, RecordingAdapter, plain  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")
BOT_NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)  # Friday 27 November 2026, 11:00 Paris
NOW = BOT_NOW.astimezone(PARIS)
EVENT = datetime(2027, 1, 9, 20, 0, tzinfo=PARIS)
SETUP = ("Soirée jeux | samedi 5 décembre 20h | 20",
         "Atelier vidéo | mercredi 2 décembre 14h-17h | 12",
         "Réveillon | jeudi 31 décembre 21h | 40")

PROBES = """\
when	fr	sam 5/12 20h30-23h	2026-12-05 20:30-23:00
when	fr	sam 5/12	ASK
when	fr	20h30-23h	ASK
when	fr	vendredi prochain 19h	2026-12-04 19:00
when	fr	vendredi prochain a 19h	2026-12-04 19:00
when	fr	le 31 à minuit	ASK||2027-01-01 00:00
when	fr	le 31 a minuit	ASK||2027-01-01 00:00
when	fr	31/12 minuit	ASK||2027-01-01 00:00
when	fr	le 31 décembre à minuit	ASK||2027-01-01 00:00
when	fr	demain soir	ASK
when	fr	demain soir 20h	2026-11-28 20:00
when	fr	demain soir 8h	2026-11-28 20:00||ASK
when	fr	demain soir vers 19h30	2026-11-28 19:30
when	fr	dans 2 semaines	ASK
when	fr	dans 2 semaines 19h	2026-12-11 19:00||ASK
when	fr	dans deux semaines a 18h	2026-12-11 18:00||ASK
when	fr	dans 3 jours 18h	2026-11-30 18:00
when	fr	dans 10 jours 18h	2026-12-07 18:00
when	fr	mercredi 2 déc 14h-17h30	2026-12-02 14:00-17:30
when	fr	mer 2/12 14h-17h30	2026-12-02 14:00-17:30
when	fr	mercredi 14h-17h30	2026-12-02 14:00-17:30
when	fr	mercredi de 14h a 17h30	2026-12-02 14:00-17:30
when	fr	mercredi 14h - 17h30	2026-12-02 14:00-17:30
when	fr	mercredi 14h a 17h30	2026-12-02 14:00-17:30
when	fr	mercredi 14h>17h30	2026-12-02 14:00-17:30||ASK
when	fr	mercredi 14h–17h30	2026-12-02 14:00-17:30
when	fr	mercredi 14:00-17:30	2026-12-02 14:00-17:30
when	fr	mercredi 14-17h30	2026-12-02 14:00-17:30||ASK
when	fr	samedi 22h-1h	2026-11-28 22:00-01:00+1||ASK
when	fr	samedi 22h-2h du mat	2026-11-28 22:00-02:00+1
when	fr	jeudi 31 déc 21h-3h	2026-12-31 21:00-03:00+1||ASK
when	fr	le 31 de 21h à 3h du matin	2026-12-31 21:00-03:00+1
when	fr	31/12 22h jusqu'au bout de la nuit	2026-12-31 22:00||ASK
when	fr	réveillon 21h	ASK
when	fr	vendredi 1er janvier 15h	2027-01-01 15:00
when	fr	ven 1/1 15h	2027-01-01 15:00
when	fr	le 1er janvier 2027 à 15h	2027-01-01 15:00
when	fr	samedi 9 janvier 14h	2027-01-09 14:00
when	fr	sam 9/1 14h	2027-01-09 14:00
when	fr	09/01/27 14h	2027-01-09 14:00
when	fr	samedi 9 janv. 14h	2027-01-09 14:00
when	fr	lundi 4 janvier 18h	2027-01-04 18:00
when	fr	lundi 4 janvier 2026 18h	ASK
when	fr	samedi 10 janvier 14h	ASK
when	fr	le 1er a 15h	2026-12-01 15:00
when	fr	le 28 à 15h	2026-11-28 15:00
when	fr	le 27 à 9h	ASK||2026-12-27 09:00
when	fr	sam 28/11 9h	2026-11-28 09:00
when	fr	semaine pro mercredi 18h	2026-12-02 18:00
when	fr	merc 18h	2026-12-02 18:00||ASK
when	fr	mer. 18h	2026-12-02 18:00
when	fr	jeu 3 dec 18h30	2026-12-03 18:30
when	fr	jeudi 3 décembre 18h30 🎲	2026-12-03 18:30
when	fr	🎄 samedi 19/12 14h 🎅	2026-12-19 14:00
when	fr	samedi 19 decembre 14 h	2026-12-19 14:00
when	fr	samedi 19 dec a 14h00	2026-12-19 14:00
when	fr	samedi 19 décembre de 14h à 18h (goûter à 16h)	2026-12-19 14:00-18:00||ASK
when	fr	samedi 19 décembre 14h, goûter offert	2026-12-19 14:00
when	fr	sam 19 déc. aprèm 14h	2026-12-19 14:00
when	fr	samedi apres midi	ASK
when	fr	samedi matin	ASK
when	fr	samedi matin 10h	2026-11-28 10:00
when	fr	samedi 10h-12h	2026-11-28 10:00-12:00
when	fr	dimanche 29 à 15h	2026-11-29 15:00
when	fr	dimanche 30 à 15h	ASK
when	fr	lundi 30/11 18h	2026-11-30 18:00
when	fr	mercredi 2 décembre 14h jusqu'à 17h30	2026-12-02 14:00-17:30
when	fr	2 décembre 14h pendant 3h30	2026-12-02 14:00-17:30
when	fr	2 décembre 14h durée 3h30	2026-12-02 14:00-17:30
when	fr	2 décembre 14h (3h30)	2026-12-02 14:00-17:30||ASK
when	fr	vendredi 4 decembre 20h30 23h	2026-12-04 20:30-23:00||ASK
when	fr	ven 4 déc 20h30 à 23h	2026-12-04 20:30-23:00
when	fr	vendredi soir 20h30	2026-11-27 20:30||2026-12-04 20:30||ASK
when	fr	ce vendredi 20h30	2026-11-27 20:30||ASK
when	fr	ce vendredi soir	ASK
when	fr	ce soir 20h30-23h	2026-11-27 20:30-23:00
when	fr	ce soir 21h-1h	2026-11-27 21:00-01:00+1||ASK
when	fr	ce soir minuit	2026-11-28 00:00||ASK
when	fr	cette nuit 23h	2026-11-27 23:00||ASK
when	fr	demain midi	2026-11-28 12:00
when	fr	demain 12h-14h	2026-11-28 12:00-14:00
when	fr	demain aprem	ASK
when	fr	demain 14h30 17h	2026-11-28 14:30-17:00||ASK
when	fr	aprés-demain 10h	2026-11-29 10:00
when	fr	demin 18h	2026-11-28 18:00||ASK
when	fr	samedi 5 dcembre 20h	ASK
when	fr	samedi 05/12/2026 à 20h	2026-12-05 20:00
when	fr	samedi 5/12/26 20h	2026-12-05 20:00
when	fr	5dec 20h	2026-12-05 20:00||ASK
when	fr	samedi 5 à 20 h 30	2026-12-05 20:30
when	fr	samedi 20 h 30 min	2026-11-28 20:30||ASK
when	fr	samedi 20:30	2026-11-28 20:30
when	fr	samedi 2030	ASK
when	fr	samedi 20h30 précises	2026-11-28 20:30
when	fr	samedi 20h30 pétantes	2026-11-28 20:30
when	fr	samedi dès 20h30	2026-11-28 20:30
when	fr	samedi 20h30 (accueil dès 20h)	2026-11-28 20:30||ASK
when	fr	samedi dans 15 jours 20h	2026-12-12 20:00||ASK
when	fr	la semaine du 7 décembre	ASK
when	fr	le week-end du 12-13 décembre	ASK
when	fr	le 12 ou 13 décembre 20h	ASK
when	fr	samedi 12 et dimanche 13 décembre 14h-18h	ASK
when	fr	du 12 au 13 décembre	ASK
when	fr	vendredi 18/12 18h à 22h	2026-12-18 18:00-22:00
when	fr	veille de noel 18h	2026-12-24 18:00
when	fr	jour de noel 15h	2026-12-25 15:00
when	fr	le lendemain de noel 15h	2026-12-26 15:00||ASK
when	fr	le 26 à 15h	2026-12-26 15:00||ASK
when	fr	31 dec 20h - 1er janvier 2h	2026-12-31 20:00-02:00+1||ASK
when	fr	samedi 2 janvier 2027 de 14h à 17h30	2027-01-02 14:00-17:30
when	fr	2/01 14h-17h30	2027-01-02 14:00-17:30
when	fr	merc 6/1 14h	2027-01-06 14:00
when	fr	vendredi 8 janvier 2026 19h	ASK
when	fr	vendredi 8/1/2027 19h	2027-01-08 19:00
when	fr	samedi 13 fevrier 20h	2027-02-13 20:00
when	fr	samedi 27 novembre 20h	ASK
when	fr	ajd 20h	2026-11-27 20:00||ASK
when	fr	ce soir 7h30	2026-11-27 19:30
when	fr	dans 1h	2026-11-27 12:00||ASK
when	fr	lundi 8 décembre 18h	ASK
when	fr	Mardi 8 Décembre 18H30	2026-12-08 18:30
when	fr	mardi 18h30 - 20h30	2026-12-01 18:30-20:30
when	fr	sam 12 14h	2026-12-12 14:00||ASK
when	fr	sam12/12 14h	2026-12-12 14:00||ASK
when	fr	samedi 12 decembre 14h-16h30 et 17h-19h	ASK
when	fr	samedi 12 decembre 14h puis 17h	ASK
when	fr	samedi 12/12 14h (2 h)	2026-12-12 14:00-16:00
when	fr	samedi 12/12 14h pdt 2h30	2026-12-12 14:00-16:30
when	fr	samedi 12/12 14h durée: 2h	2026-12-12 14:00-16:00
when	fr	samedi 12/12 14h 2h	2026-12-12 14:00-16:00||ASK
when	fr	samedi 12/12 toute la journée	ASK
when	fr	samedi 12/12 9h-19h	2026-12-12 09:00-19:00
when	en	sat 5/12 8.30pm	2026-12-05 20:30||ASK
when	en	friday next week 7pm	2026-12-04 19:00
when	en	tomorrow evening	ASK
when	en	tomorrow night 8	2026-11-28 20:00||ASK
when	en	in 2 weeks	ASK
when	en	in 2 weeks at 7pm	2026-12-11 19:00||ASK
when	en	wed 2 dec 2-5.30pm	2026-12-02 14:00-17:30
when	en	wednesday 2pm to 5:30pm	2026-12-02 14:00-17:30
when	en	new year's eve 9pm	2026-12-31 21:00
when	en	NYE 9pm-2am	2026-12-31 21:00-02:00+1||ASK
when	en	Dec 31st midnight	ASK||2027-01-01 00:00
when	en	Jan 9 2pm	2027-01-09 14:00
when	en	Saturday 9th January 2pm	2027-01-09 14:00
when	en	sat 10pm-1am	2026-11-28 22:00-01:00+1||ASK
when	en	this friday 8pm	2026-11-27 20:00||ASK
when	en	christmas eve 6pm	2026-12-24 18:00
rule	fr	tous les 2e jeudis 18h	days=3 pos=2 at=18:00 every=1||ASK
rule	fr	tous les 2e jeudis du mois 18h	days=3 pos=2 at=18:00 every=1
rule	fr	tous les 2e jeudis	ASK
rule	fr	les 2èmes jeudis du mois à 18h	days=3 pos=2 at=18:00 every=1
rule	fr	chaque 2ème jeudi du mois 18h	days=3 pos=2 at=18:00 every=1
rule	fr	le deuxième jeudi de chaque mois 18h	days=3 pos=2 at=18:00 every=1
rule	fr	un jeudi sur deux 18h	days=3 pos= at=18:00 every=2
rule	fr	tous les jeudis de 18h à 20h	days=3 pos= at=18:00 every=1
rule	fr	ts les mercredis 14h	days=2 pos= at=14:00 every=1
rule	fr	tout les mercredi 14h	days=2 pos= at=14:00 every=1
rule	fr	tous les mercredis aprem 14h	days=2 pos= at=14:00 every=1
rule	fr	tous les 1er et 3e samedis 14h	days=5 pos=1,3 at=14:00 every=1||ASK
rule	fr	toutes les deux semaines le vendredi 19h	days=4 pos= at=19:00 every=2
rule	fr	1 vendredi sur 2 19h	days=4 pos= at=19:00 every=2
rule	fr	tous les vendredis soir	ASK
rule	fr	tous les vendredis 20h30-23h	days=4 pos= at=20:30 every=1
rule	fr	tous les jours 14h	days=0,1,2,3,4,5,6 pos= at=14:00 every=1||ASK
rule	fr	lun/mer/ven 17h	days=0,2,4 pos= at=17:00 every=1||ASK
rule	fr	tous les mois	ASK
rule	en	every 2nd thursday 6pm	days=3 pos=2 at=18:00 every=1||ASK
rule	en	every second thursday of the month 6pm	days=3 pos=2 at=18:00 every=1
rule	en	fortnightly on fridays 7pm	days=4 pos= at=19:00 every=2||ASK
ann	fr	la veille 18h	2027-01-08 18:00
ann	fr	la veille au soir	ASK
ann	fr	une semaine avant a 10h	2027-01-02 10:00
ann	fr	2 semaines avant 10h	2026-12-26 10:00
ann	fr	3 jours avant 18h	2027-01-06 18:00
ann	fr	demain 10h	2026-11-28 10:00
ann	fr	lundi 4 janvier 10h	2027-01-04 10:00
ann	fr	2/1 10h	2027-01-02 10:00
ann	fr	dans 2 semaines 10h	2026-12-11 10:00||ASK
ann	fr	le jour J à 10h	2027-01-09 10:00||ASK
ann	fr	le matin même 9h	2027-01-09 09:00||ASK
ann	fr	48h avant	2027-01-07 20:00
ann	fr	le lundi avant 10h	2027-01-04 10:00
ann	fr	tout de suite	ASK
ann	fr	le 10 janvier 10h	ASK
ann	fr	la veille a 23h59	2027-01-08 23:59
ann	en	2 days before at 10am	2027-01-07 10:00
ann	en	a week before 10am	2027-01-02 10:00
cmd	fr	/creer Soirée jeux | sam 12/12 20h30-23h | 20	ev#4 2026-12-12 20:30-23:00 cap=20 *
cmd	fr	/creer Atelier couture | mer 9/12 14h-17h30 | 10	ev#4 2026-12-09 14:00-17:30 cap=10 *
cmd	fr	/creer Loto | le 31 à minuit	ASK||ev#4 2027-01-01 00:00 cap=* «Loto»
cmd	fr	/creer Ciné | demain soir	ASK
cmd	fr	/creer Ciné | demain soir 20h30 | 30	ev#4 2026-11-28 20:30 cap=30 «Ciné»
cmd	fr	/creer Soirée jeux vendredi prochain 19h	ASK
cmd	fr	/creer Galette des rois | sam 9/1 15h | 30	ev#4 2027-01-09 15:00 cap=30 «Galette des rois»
cmd	fr	/creer Soirée du nouvel an | 31/12 21h-2h | 40	ev#4 2026-12-31 21:00-02:00+1 cap=40 *
cmd	fr	/creer Tournoi Mario Kart 🏎️ | samedi 12 décembre 14h-18h | 16	ev#4 2026-12-12 14:00-18:00 *
cmd	fr	/creer Soirée jeux | 5/12 | 20	ASK
cmd	fr	/modifier 1 date sam 12/12 20h	ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date 12/12	ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 horaires 20h30-23h	ev#1 2026-12-05 20:30-23:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date le 31 à minuit	ASK||ev#1 2027-01-01 00:00 cap=* «Soirée jeux»
cmd	fr	/modifier 2 date mer 9/12 14h-17h30	ev#2 2026-12-09 14:00-17:30 cap=* «Atelier vidéo»
cmd	fr	/modifier 2 fin 17h30	ev#2 2026-12-02 14:00-17:30 cap=* «Atelier vidéo»
cmd	fr	/modifier 3 fin 2h	ev#3 2026-12-31 21:00-02:00+1 cap=* «Réveillon»||ASK
cmd	fr	/modifier 1 date dans 2 semaines	ASK||ev#1 2026-12-11 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date sam 9 janvier	ev#1 2027-01-09 20:00 cap=* «Soirée jeux»
cmd	fr	/dupliquer 1 sam 12/12 20h	ev#4 2026-12-12 20:00 cap=20 «Soirée jeux»
cmd	fr	/dupliquer 1 sam 12/12	ASK||ev#4 2026-12-12 20:00 cap=20 «Soirée jeux»
cmd	fr	/dupliquer 1 la semaine d'après	ASK||ev#4 2026-12-12 20:00 cap=20 «Soirée jeux»
cmd	fr	/dupliquer 2 mer 9/12 14h	ev#4 2026-12-09 14:00-17:00 cap=12 «Atelier vidéo»
cmd	fr	/dupliquer 2 mercredi 9/12 14h-17h30	ev#4 2026-12-09 14:00-17:30 cap=12 «Atelier vidéo»
cmd	fr	/dupliquer 1 sam 9/1 20h	ev#4 2027-01-09 20:00 cap=20 «Soirée jeux»
cmd	fr	/dupliquer 3 le 31 décembre 2027 21h	ev#4 2027-12-31 21:00 cap=40 «Réveillon»
cmd	fr	/dupliquer 1 vendredi prochain 19h	ev#4 2026-12-04 19:00 cap=20 «Soirée jeux»
cmd	fr	/nouvelleserie Club jeux | tous les 2e jeudis du mois 18h	\
ev#4 2026-12-10 18:00 cap=None «Club jeux» / \
ev#5 2027-01-14 18:00 cap=None «Club jeux»*
cmd	fr	/nouvelleserie Club jeux | tous les 2e jeudis	ASK
cmd	fr	/annoncerplustard 1 la veille 18h	ann#1 2026-12-04 18:00
cmd	fr	/annoncerplustard 3 le 24 à 10h	ann#3 2026-12-24 10:00
cmd	fr	/annoncerplustard 3 une semaine avant 10h	ann#3 2026-12-24 10:00
cmd	fr	/annoncerplustard 1 demain matin	ASK
cmd	fr	/annoncerplustard 1 lundi 9h	ann#1 2026-11-30 09:00
cmd	fr	/annoncerplustard 3 apres noel 10h	ASK
cmd	fr	/annoncerplustard 1 sam 12/12 10h	ASK
when	fr	samedi 28 20h	2026-11-28 20:00
when	fr	ce week-end samedi 20h	2026-11-28 20:00
when	fr	ce we 20h	ASK
when	fr	sam prochain 20h	ASK||2026-12-05 20:00
when	fr	2026-12-05T20:30	2026-12-05 20:30
when	fr	05.12.2026 20:30	2026-12-05 20:30
when	fr	5/12 à 8h du soir	2026-12-05 20:00
when	fr	5/12 à 8 heures du soir	2026-12-05 20:00
when	fr	5/12 à 20 heures 30	2026-12-05 20:30
when	fr	5/12 vingt heures	2026-12-05 20:00||ASK
when	fr	sam 5/12 a 20h 30	2026-12-05 20:30
when	fr	samedi 5 décembre à 20h, durée 2h30 environ	2026-12-05 20:00-22:30||ASK
when	fr	samedi 5/12 de 20h à 23h environ	2026-12-05 20:00-23:00||ASK
when	fr	du vendredi 4 au samedi 5 décembre	ASK
when	fr	vendredi 4 et samedi 5 20h	ASK
when	fr	tous les samedis de décembre 20h	ASK
when	fr	le 2e samedi de décembre 14h	2026-12-12 14:00
when	fr	le deuxième mercredi de janvier 14h	2027-01-13 14:00
when	fr	le dernier samedi de l'année 20h	2026-12-26 20:00||ASK
when	fr	pendant les vacances, mercredi 23 décembre 14h	2026-12-23 14:00
when	fr	mercredi 23/12 14h (vacances scolaires)	2026-12-23 14:00
when	fr	Samedi 5 décembre • 20h30	2026-12-05 20:30
when	fr	à 20h30 le samedi 5	2026-12-05 20:30
when	fr	20h30 samedi	2026-11-28 20:30
when	fr	14h-17h30 mercredi	2026-12-02 14:00-17:30
when	fr	mercredi prochain 14h-17h30	2026-12-02 14:00-17:30||2026-12-09 14:00-17:30||ASK
when	fr	lundi prochain 18h	2026-11-30 18:00||2026-12-07 18:00||ASK
when	fr	jeudi 24 12 18h	2026-12-24 18:00
when	fr	24.12.26 18h	2026-12-24 18:00
when	fr	24-12-2026 18h	2026-12-24 18:00
when	fr	2026/12/24 18h	2026-12-24 18:00
when	fr	31/12/2026 23h59	2026-12-31 23:59
when	fr	nuit du 31 au 1er 21h	2026-12-31 21:00||ASK
when	fr	la nuit du 31 décembre 22h-4h	2026-12-31 22:00-04:00+1
when	fr	le 31 au soir 21h	2026-12-31 21:00
when	fr	le 31 au soir	ASK
when	fr	Saint-Sylvestre 21h	2026-12-31 21:00
when	fr	le 1er de l'an 15h	2027-01-01 15:00
when	fr	épiphanie 15h	ASK||2027-01-06 15:00
when	fr	mardi gras 15h	ASK||2027-02-09 15:00
when	fr	samedi 5 décembre 8:30 PM	2026-12-05 20:30
when	fr	J-7	ASK
when	fr	dans une quinzaine 20h	ASK||2026-12-11 20:00
when	fr	d'ici 2 semaines	ASK
when	fr	vers le 10 décembre	ASK
when	fr	début décembre	ASK
when	fr	mi-décembre 20h	ASK
when	fr	fin janvier 20h	ASK
when	fr	samedi 5 décembre entre 14h et 18h	2026-12-05 14:00-18:00
when	fr	samedi 5 de 14 à 18h	2026-12-05 14:00-18:00
when	fr	samedi 5 de 14 à 18	2026-12-05 14:00-18:00||ASK
when	fr	samedi 5 14/18h	2026-12-05 14:00-18:00||ASK
when	fr	samedi 5 14h a 18	2026-12-05 14:00-18:00||ASK
when	fr	sam 5 déc 9h30 à midi	2026-12-05 09:30-12:00
when	fr	sam 5 déc midi-14h	2026-12-05 12:00-14:00
when	fr	sam 5 déc 12h-14h (repas partagé)	2026-12-05 12:00-14:00
when	fr	sam 5 déc 20h30-00h30	2026-12-05 20:30-00:30+1
when	fr	sam 5 déc 20h30-0h30	2026-12-05 20:30-00:30+1
when	fr	sam 5 déc 20h30 - 1h30 du matin	2026-12-05 20:30-01:30+1
when	fr	sam 5 déc 23h-3h	2026-12-05 23:00-03:00+1||ASK
when	fr	sam 5 déc à 23h30	2026-12-05 23:30
when	fr	samedi soir minuit	ASK||2026-11-29 00:00
when	fr	samedi minuit	ASK||2026-11-29 00:00
when	fr	vendredi minuit	ASK||2026-11-28 00:00
when	fr	samedi à minuit	ASK||2026-11-29 00:00
when	fr	sam 5/12 minuit	ASK||2026-12-06 00:00
when	fr	minuit	ASK
when	en	Sat Dec 5 @ 8:30pm	2026-12-05 20:30
when	en	5th of December at half past eight	ASK||2026-12-05 20:30
when	en	sat 8.30	ASK||2026-11-28 20:30
when	en	next sat 8pm	ASK||2026-12-05 20:00
when	en	this sat 8pm	2026-11-28 20:00
when	en	Sat 28th 8pm	2026-11-28 20:00
when	en	Dec 5th 8pm till late	2026-12-05 20:00
when	en	5 Dec 8pm-midnight	2026-12-05 20:00-00:00+1
when	en	Thursday 31st 9pm to 2am	2026-12-31 21:00-02:00+1
when	en	New Year's Day 3pm	2027-01-01 15:00
when	en	boxing day 3pm	2026-12-26 15:00||ASK
when	en	in a fortnight 7pm	2026-12-11 19:00||ASK
when	en	a week tomorrow 7pm	2026-12-05 19:00||ASK
when	en	saturday week 2pm	2026-12-05 14:00||ASK
when	en	saturday midnight	ASK||2026-11-29 00:00
rule	fr	tous les samedis matin 10h	days=5 pos= at=10:00 every=1
rule	fr	le mercredi de 14h à 17h30	days=2 pos= at=14:00 every=1||ASK
rule	fr	tous les mercredis (hors vacances) 14h	ASK
rule	fr	chaque semaine le mardi 18h	days=1 pos= at=18:00 every=1
rule	fr	tous les 15 jours mardi 18h	days=1 pos= at=18:00 every=2||ASK
rule	fr	un mardi sur 2 18h	days=1 pos= at=18:00 every=2
rule	fr	tous les premiers vendredis du mois 19h	days=4 pos=1 at=19:00 every=1
rule	fr	tous les 3e samedis 14h	days=5 pos=3 at=14:00 every=1||ASK
rule	fr	le 3ème samedi du mois 14h	days=5 pos=3 at=14:00 every=1
rule	fr	1er et 3e mercredi du mois 14h	days=2 pos=1,3 at=14:00 every=1||ASK
rule	fr	le 15 de chaque mois 18h	ASK
rule	fr	tous les mardis et jeudis de 17h à 19h	days=1,3 pos= at=17:00 every=1
rule	fr	mardis + jeudis 17h	days=1,3 pos= at=17:00 every=1||ASK
rule	fr	lundi au vendredi 9h-12h	days=0,1,2,3,4 pos= at=09:00 every=1
rule	fr	tous les derniers vendredis 19h	days=4 pos=-1 at=19:00 every=1||ASK
rule	fr	tous les samedis minuit	ASK||days=5 pos= at=00:00 every=1
rule	en	every tuesday and thursday 5pm	days=1,3 pos= at=17:00 every=1
rule	en	every other week on saturday 8pm	days=5 pos= at=20:00 every=2
rule	en	2nd and 4th saturday 2pm	days=5 pos=2,4 at=14:00 every=1||ASK
rule	en	last friday of every month 7pm	days=4 pos=-1 at=19:00 every=1
ann	fr	la veille à midi	2027-01-08 12:00
ann	fr	la veille au matin 9h	2027-01-08 09:00
ann	fr	J-1 18h	2027-01-08 18:00||ASK
ann	fr	J-7 10h	2027-01-02 10:00||ASK
ann	fr	le samedi d'avant 10h	2027-01-02 10:00
ann	fr	le week-end d'avant	ASK
ann	fr	une semaine avant	ASK||2027-01-02 20:00
ann	fr	10 jours avant 10h	2026-12-30 10:00
ann	fr	un mois avant 10h	2026-12-09 10:00||ASK
ann	fr	la veille	ASK||2027-01-08 20:00
ann	fr	demain	ASK
ann	fr	après noël 10h	ASK
ann	fr	le 28/12 9h	2026-12-28 09:00
ann	fr	3h avant le début	2027-01-09 17:00
ann	fr	30 min avant	2027-01-09 19:30
ann	en	day before at noon	2027-01-08 12:00
ann	en	2 hours before	2027-01-09 18:00
ann	en	tomorrow 9am	2026-11-28 09:00
cmd	fr	/creer Soirée jeux | Samedi 5 décembre | 20h30	ASK
cmd	fr	/creer Soirée jeux | samedi 12/12 | 20h30 | 20	ASK
cmd	fr	/creer Soirée jeux | 20h30 samedi 12 décembre | 20	\
ev#4 2026-12-12 20:30 cap=20 «Soirée jeux»
cmd	fr	/creer Atelier | mercredi 9/12 14h-17h30 | 8 places	ev#4 2026-12-09 14:00-17:30 cap=8 *
cmd	fr	/creer Nuit du jeu | sam 12/12 20h-4h | 30	ev#4 2026-12-12 20:00-04:00+1 cap=30 *||ASK
cmd	fr	/creer Soirée jeux | samedi minuit | 20	ASK||ev#4 2026-11-29 00:00 cap=20 «Soirée jeux»
cmd	fr	/creer Soirée ciné | ce soir 8h30 | 30	ev#4 2026-11-27 20:30 cap=30 «Soirée ciné»
cmd	fr	/creer Galette | 9/1 | 30	ASK
cmd	fr	/creer Bal | 31/12 22h - 1/1 3h | 80	ev#4 2026-12-31 22:00-03:00+1 cap=80 «Bal»||ASK
cmd	fr	/modifier 1 date samedi 12	ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date le 12	ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date 12 déc 20h30-23h	ev#1 2026-12-12 20:30-23:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 heure 20h30-23h30	ev#1 2026-12-05 20:30-23:30 cap=* «Soirée jeux»
cmd	fr	/modifier 1 fin minuit	ev#1 2026-12-05 20:00-00:00+1 cap=* «Soirée jeux»
cmd	fr	/modifier 1 fin 1h du mat	ev#1 2026-12-05 20:00-01:00+1 cap=* «Soirée jeux»
cmd	fr	/modifier 1 durée 3h	ev#1 2026-12-05 20:00-23:00 cap=* «Soirée jeux»
cmd	fr	/modifier 2 heure 14h30	ev#2 2026-12-02 14:30-17:30 cap=* «Atelier vidéo»
cmd	fr	/modifier 2 date mercredi 9	ev#2 2026-12-09 14:00-17:00 cap=* «Atelier vidéo»
cmd	fr	/modifier 3 date le 31 à 20h	ev#3 2026-12-31 20:00 cap=* «Réveillon»
cmd	fr	/modifier 3 date vendredi 1er janvier 15h	ev#3 2027-01-01 15:00 cap=* «Réveillon»
cmd	fr	/modifier 1 date sam. 05/12 à 20h30	ev#1 2026-12-05 20:30 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date semaine prochaine	ASK
cmd	fr	/modifier 1 date + 1 semaine	ASK||ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 décaler d'une semaine	ASK||ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 reporter au samedi 12	ASK||ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date reportée au 12/12	ASK||ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/dupliquer 1 12/12	ASK||ev#4 2026-12-12 20:00 cap=20 «Soirée jeux»
cmd	fr	/dupliquer 1 +1 semaine	ASK||ev#4 2026-12-12 20:00 cap=20 «Soirée jeux»
cmd	fr	/dupliquer 1 samedi 12, 19 et 26 décembre 20h	ASK
cmd	fr	/dupliquer 1 tous les samedis 20h	ASK
cmd	fr	/dupliquer 2 mer 16/12 14h-17h30	ev#4 2026-12-16 14:00-17:30 cap=12 «Atelier vidéo»
cmd	fr	/dupliquer 2 mercredi 6 janvier 14h	ev#4 2027-01-06 14:00-17:00 cap=12 «Atelier vidéo»
cmd	fr	/dupliquer 3 31/12/2027 21h	ev#4 2027-12-31 21:00 cap=40 «Réveillon»
cmd	fr	/dupliquer 3 l'année prochaine	ASK||ev#4 2027-12-31 21:00 cap=40 «Réveillon»
cmd	fr	/nouvelleserie Club | tous les vendredis 19h à partir du 4 décembre	\
ASK||ev#4 2026-12-04 19:00 cap=None «Club» / *
cmd	fr	/nouvelleserie Club | tous les vendredis 19h jusqu'au 18 décembre	ASK||\
ev#4 2026-11-27 19:00 cap=None «Club» / ev#5 2026-12-04 19:00 cap=None «Club» / \
ev#6 2026-12-11 19:00 cap=None «Club» / ev#7 2026-12-18 19:00 cap=None «Club»
cmd	fr	/nouvelleserie Club | tous les vendredis 19h en janvier	ASK
cmd	fr	/nouvelleserie Club jeux | vendredi 20h30-23h | 20	ASK||\
ev#4 2026-11-27 20:30-23:00 cap=20 «Club jeux» / ev#5 2026-12-04 20:30-23:00 cap=20 *
cmd	fr	/annoncerplustard 1 demain 18h	ann#1 2026-11-28 18:00
cmd	fr	/annoncerplustard 1 lundi 30/11 9h	ann#1 2026-11-30 09:00
cmd	fr	/annoncerplustard 1 la veille	ASK||ann#1 2026-12-04 20:00
cmd	fr	/annoncerplustard 1 ce soir 19h	ann#1 2026-11-27 19:00
cmd	fr	/annoncerplustard 1 dans 2h	ann#1 2026-11-27 13:00||ASK
cmd	fr	/annoncerplustard 3 veille de noël 10h	ann#3 2026-12-24 10:00
cmd	fr	/annoncerplustard 3 le lendemain de noël 10h	ann#3 2026-12-26 10:00||ASK
cmd	fr	/annoncerplustard 3 le 1er janvier 10h	ASK
cmd	fr	/annoncerplustard 3 1 semaine avant	ASK||ann#3 2026-12-24 21:00
cmd	fr	/annoncerplustard 1 samedi 9h	ASK||ann#1 2026-11-28 09:00
cmd	fr	/annoncerplustard 1 le 5 à 10h	ann#1 2026-12-05 10:00
cmd	fr	/annoncerplustard 3 le 2 janvier 10h	ASK
"""

ROWS = [tuple(line.split("\t")) for line in PROBES.splitlines() if line.strip()]
# Probes whose expectation, written before the reader was run, was later decided otherwise,
# with why (PROBES keeps what was first written).
DECIDED: dict[str, tuple[str, str]] = {
    # `moment_for` gives the moment; /annoncerplustard refuses one after the event (the cmd
    # probes « /annoncerplustard 3 le 2 janvier 10h » and « … 1 sam 12/12 10h » are asked).
    "le 10 janvier 10h": ("2027-01-10 10:00", "refused by the command, not the reader"),
}
CASES = [(kind, locale, typed, DECIDED[typed][0] if typed in DECIDED else expected)
         for kind, locale, typed, expected in ROWS]
# Probes still answered otherwise than written, with why. (Session 11: the four remarks
# beside a date, « goûter offert », « (repas partagé) », are read past, the remark kept as
# the event's description: tests/test_s11_dates6.py.)
PENDING: dict[str, str] = {}


def read(locale: str, typed: str) -> str:
    with using(locale):
        try:
            when = dates.read_when(typed, NOW)
        except UserInputError as err:
            return _asked(err)
    return _span(when.start, when.end)


def announce(locale: str, typed: str) -> str:
    with using(locale):
        try:
            return _clock(moment_for(EVENT, typed, NOW))
        except UserInputError as err:
            return _asked(err)


async def _state(bot: Bot) -> set[str]:
    events = await bot.core.storage.events.upcoming(NOW - timedelta(days=1), limit=100)
    lines = {f"ev#{e.id} {_span(e.starts_at, e.ends_at)} cap={e.capacity} «{e.title}»"
             for e in events}
    lines |= {f"ann#{a.event_id} {_clock(a.at)}"
              for a in await bot.core.storage.announcements.pending()}
    return lines


async def command(locale: str, typed: str, folder: Path) -> str:
    clock = Clock(BOT_NOW)
    core = await create_core(Settings(database_path=folder / "focus.db"), clock=clock,
                             card_interval=0, seed_demo=False)
    platform = RecordingAdapter()
    core.add_adapter(platform)
    await platform.start(core)
    bot = Bot(core, platform, clock)
    try:
        for line in SETUP:
            assert "créé" in await bot.say(f"/nouvelevenement {line}")
        before = await _state(bot)
        reply = plain(await bot.say(typed, locale=locale))
        changed = sorted((await _state(bot)) - before)
    finally:
        await core.idle()
        await core.storage.close()
    if changed:
        return " / ".join(changed)
    lowered = reply.lower()
    if "?" in reply or any(word in lowered for word in ("exemple", "example", "ex. /",
                                                         "e.g. /", "à copier", "to copy")):
        return "ASK"
    if any(word in lowered for word in ("modifié", "updated", "créé", "created", "programmée",
                                        "scheduled")):
        return f"SAID DONE, NOTHING CHANGED: {reply[:120]!r}"  # a wrong date said as done
    return f"IGNORED: {reply[:120]!r}"


def get(kind: str, locale: str, typed: str, folder: Path) -> str:
    if kind == "cmd":
        return asyncio.run(command(locale, typed, folder))
    return {"when": read, "ann": announce, "rule": rule}[kind](locale, typed)


@pytest.mark.parametrize(("kind", "locale", "typed", "expected"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=PENDING[row[2]]))
    if row[2] in PENDING else row for row in CASES], ids=[f"{r[0]}:{r[2]}" for r in CASES])
def test_organisers_probe_s10(kind: str, locale: str, typed: str, expected: str,
                              tmp_path: Path) -> None:
    got = get(kind, locale, typed, tmp_path)
    assert matches(got, expected), f"{typed!r}: got {got}, expected {expected}"


if __name__ == "__main__":
    tally: dict[str, int] = {}
    for kind, locale, typed, expected in CASES:
        with tempfile.TemporaryDirectory() as folder:
            got = get(kind, locale, typed, Path(folder))
        mark = verdict(got, expected)
        tally[mark] = tally.get(mark, 0) + 1
        if mark != "ok" or "-v" in sys.argv:
            print(f"{mark:8} {kind:4} {locale} {typed!r}\n         expected {expected}\n"
                  f"         got      {got}")
    print(tally, f"{tally.get('ok', 0)}/{len(CASES)}")
