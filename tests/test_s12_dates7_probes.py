"""Session 12, helper dates7: a seventh probe set of what volunteer organisers type for /creer,
/modifier … date, /dupliquer, /nouvelleserie and /annoncerplustard, written before reading
bot/dates.py or the commands' parsers: typos (« le lendmain », « decmbre », « samdi »), no
accents, abbreviations (« sam », « mer », « auj », « 2main »), « samedi en 8 », « mardi
prochain 18h30-20h », ranges (« de 14 à 17h », « entre 14h et 17h », « 22h-2h »), « midi et
demi », « 20h00 », « 8pm », dates with the year, « 1er », « 24/12 », « entre noël et le jour
de l'an », holidays (réveillon, Saint-Sylvestre, Chandeleur, Mardi gras), « dans 15 jours »,
times after midnight, two dates in one line (« samedi 20h et le lendemain »: one event is
made per line, so asked), series words, English. `now` is Friday 27 November 2026, 11:00 in
Paris. Past dates, nonsense and ambiguous ones must be asked, never guessed.

Columns (tab) and the fresh bot of the cmd probes: as tests/test_s10_dates5_probes.py
(#1 « Soirée jeux » Sat 5 Dec 20:00 (20), #2 « Atelier vidéo » Wed 2 Dec 14:00-17:00 (12),
#3 « Réveillon » Thu 31 Dec 21:00 (40); ann: an event on Saturday 9 January 2027, 20:00).

`python tests/test_s12_dates7_probes.py` prints the score (ok / refused / MISREAD) per probe.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_s8_org_probes import matches, verdict  # noqa: E402
from test_s10_dates5_probes import get  # noqa: E402

PROBES = """\
when	fr	samedi 20h et le lendmain	ASK
when	fr	samedi 20h et le lendemain	ASK
when	fr	samedi 14h-17h et dimanche 14h-17h	ASK
when	fr	samedi et dimanche 14h	ASK
when	fr	sam 28 nov 20h	2026-11-28 20:00
when	fr	smaedi 20h	ASK
when	fr	samdi 20h	ASK
when	fr	mercerdi 9 decembre 14h	ASK||2026-12-09 14:00
when	fr	le 12 dec a 20h	2026-12-12 20:00
when	fr	le 12 decembre a 20h	2026-12-12 20:00
when	fr	12 déc 20h	2026-12-12 20:00
when	fr	mer 2/12 14h	2026-12-02 14:00
when	fr	ven 4 dec 19h	2026-12-04 19:00
when	fr	dim. 6 déc. 15h	2026-12-06 15:00
when	fr	Sam 5/12 a 20h	2026-12-05 20:00
when	fr	le 5 déc à 20h30	2026-12-05 20:30
when	fr	jeudi 3 dec 18h	2026-12-03 18:00
when	fr	vendredi 4 decmbre 19h	ASK||2026-12-04 19:00
when	fr	samedi 5 dcembre 20h	ASK||2026-12-05 20:00
when	fr	samedi 5 décemebre 20h	ASK||2026-12-05 20:00
when	fr	9 janv 15h	2027-01-09 15:00
when	fr	sam 9 jan 15h	2027-01-09 15:00
when	fr	janvier 9 15h	2027-01-09 15:00||ASK
when	fr	samedi 20 h 30	2026-11-28 20:30
when	fr	samedi a 8h du soir	2026-11-28 20:00
when	fr	samedi 2h de l'aprem	2026-11-28 14:00
when	fr	samedi 2h de l'après-midi	2026-11-28 14:00
when	fr	samedi 5 decembre vers 20h	2026-12-05 20:00
when	fr	sam5/12 20h	2026-12-05 20:00||ASK
when	fr	samedi 05/12 à 20h	2026-12-05 20:00
when	fr	samedi 5-12 20h	2026-12-05 20:00
when	fr	samedi 5.12 20h	2026-12-05 20:00
when	fr	sam prochain 20h	ASK
when	fr	mardi prochain 18h30-20h	2026-12-01 18:30-20:00
when	fr	mardi pro 18h30 20h	2026-12-01 18:30-20:00||ASK
when	fr	samedi en 8 20h	2026-12-05 20:00||ASK
when	fr	samedi en 8 a 20h	2026-12-05 20:00||ASK
when	fr	mercredi en 8 14h	2026-12-09 14:00||ASK
when	fr	jeudi en 8 18h	2026-12-10 18:00||ASK
when	fr	vendredi en 15 19h	2026-12-11 19:00||ASK
when	fr	samedi 5 décembre midi et demi	2026-12-05 12:30
when	fr	samedi midi et demi	2026-11-28 12:30
when	fr	dimanche 6 déc à midi et demie	2026-12-06 12:30
when	fr	samedi 20h00	2026-11-28 20:00
when	fr	samedi 5/12 20h00-23h00	2026-12-05 20:00-23:00
when	fr	sam 5 déc 20:00	2026-12-05 20:00
when	fr	samedi 5 decembre 20H00	2026-12-05 20:00
when	fr	samedi 5 décembre 8pm	2026-12-05 20:00
when	fr	samedi 8pm	2026-11-28 20:00
when	fr	samedi 5 decembre 8 pm	2026-12-05 20:00
when	fr	samedi 5 décembre 20 h	2026-12-05 20:00
when	fr	samedi 5 décembre 20h à 23h30	2026-12-05 20:00-23:30
when	fr	samedi 5 décembre minuit	ASK||2026-12-06 00:00
when	fr	samedi 20h à minuit	2026-11-28 20:00-00:00+1
when	fr	samedi 22h-2h	2026-11-28 22:00-02:00+1||ASK
when	fr	vendredi 4 déc de 21h à 1h du matin	2026-12-04 21:00-01:00+1
when	fr	la nuit de samedi à dimanche 1h	2026-11-29 01:00||ASK
when	fr	samedi 1h du matin	2026-11-28 01:00||ASK
when	fr	dimanche 3h du mat	2026-11-29 03:00||ASK
when	fr	ce soir minuit	2026-11-28 00:00||ASK
when	fr	cette nuit 2h	2026-11-28 02:00||ASK
when	fr	ce soir 23h30	2026-11-27 23:30
when	fr	ce soir 20h-1h	2026-11-27 20:00-01:00+1||ASK
when	fr	samedi 5 décembre 2026 20h	2026-12-05 20:00
when	fr	5/12/2026 20h	2026-12-05 20:00
when	fr	05/12/26 20h	2026-12-05 20:00||ASK
when	fr	le 9 janvier 2027 à 15h	2027-01-09 15:00
when	fr	9/1/2027 15h	2027-01-09 15:00
when	fr	samedi 9 janvier 2027 15h	2027-01-09 15:00
when	fr	le 5 décembre 2025 20h	ASK
when	fr	5 dec 2027 20h	2027-12-05 20:00
when	fr	samedi 5 décembre 2027 20h	ASK
when	fr	2026-12-05 20h	2026-12-05 20:00
when	fr	le 12.12.2026 à 14h	2026-12-12 14:00
when	fr	le 1er décembre 18h	2026-12-01 18:00
when	fr	mardi 1er décembre 18h	2026-12-01 18:00
when	fr	1er déc 18h	2026-12-01 18:00
when	fr	le 1er janvier 15h	2027-01-01 15:00
when	fr	le 1er 18h	2026-12-01 18:00||ASK
when	fr	vendredi 1er janvier 2027 15h	2027-01-01 15:00
when	fr	le 1er février 14h	2027-02-01 14:00
when	fr	1er fevrier 14h	2027-02-01 14:00
when	fr	24/12 19h	2026-12-24 19:00
when	fr	le 24/12 à 19h	2026-12-24 19:00
when	fr	jeudi 24/12 19h	2026-12-24 19:00
when	fr	24/12 19h-23h	2026-12-24 19:00-23:00
when	fr	entre noël et le jour de l'an	ASK
when	fr	entre noel et le nouvel an 14h	ASK
when	fr	entre les fêtes 14h	ASK
when	fr	noël 15h	2026-12-25 15:00
when	fr	le soir du réveillon 20h	ASK||2026-12-31 20:00
when	fr	réveillon du nouvel an 21h	2026-12-31 21:00
when	fr	réveillon de noël 19h	2026-12-24 19:00
when	fr	la saint sylvestre 21h	2026-12-31 21:00
when	fr	st sylvestre 21h	2026-12-31 21:00
when	fr	jour de l'an 15h	2027-01-01 15:00
when	fr	le 31 au soir 21h	2026-12-31 21:00
when	fr	l'épiphanie 15h	ASK||2027-01-06 15:00
when	fr	la chandeleur 16h	2027-02-02 16:00||ASK
when	fr	mardi gras 16h	2027-02-09 16:00||ASK
when	fr	la saint valentin 20h	2027-02-14 20:00||ASK
when	fr	le 11 novembre 15h	ASK
when	fr	pendant les vacances de février	ASK
when	fr	le lendemain de noël 15h	2026-12-26 15:00||ASK
when	fr	lendemain de noel 15h	2026-12-26 15:00||ASK
when	fr	le lendmain de noel 15h	2026-12-26 15:00||ASK
when	fr	la veille du jour de l'an 20h	2026-12-31 20:00||ASK
when	fr	la veille de noel 14h	2026-12-24 14:00
when	fr	dans 15 jours	ASK
when	fr	dans 15 jours 20h	ASK
when	fr	dans 3 jours 18h	2026-11-30 18:00
when	fr	dans deux semaines samedi 20h	2026-12-12 20:00||ASK
when	fr	dans une semaine 20h	2026-12-04 20:00
when	fr	dans 8 jours 20h	ASK
when	fr	d'ici 15 jours	ASK
when	fr	après-demain 15h	2026-11-29 15:00
when	fr	apres demain 15h	2026-11-29 15:00
when	fr	demain soir 20h	2026-11-28 20:00
when	fr	dmain 20h	2026-11-28 20:00||ASK
when	fr	2main 20h	2026-11-28 20:00||ASK
when	fr	aujourd'hui 18h	2026-11-27 18:00
when	fr	auj 18h	2026-11-27 18:00||ASK
when	fr	ajd 18h	2026-11-27 18:00||ASK
when	fr	aujourd'hui 9h	ASK
when	fr	ce matin 10h	ASK
when	fr	de 14 à 17h samedi	2026-11-28 14:00-17:00
when	fr	samedi de 14 à 17	2026-11-28 14:00-17:00||ASK
when	fr	samedi de 14h à 17	2026-11-28 14:00-17:00
when	fr	samedi 14-17h	2026-11-28 14:00-17:00||ASK
when	fr	samedi entre 14h et 17h	2026-11-28 14:00-17:00
when	fr	samedi entre 14 et 17h	2026-11-28 14:00-17:00
when	fr	samedi 14h jusqu'à 17h	2026-11-28 14:00-17:00
when	fr	samedi 14h jusqu'a 17h	2026-11-28 14:00-17:00
when	fr	samedi de 10h à 12h et de 14h à 17h	ASK
when	fr	samedi 9h30-12h	2026-11-28 09:30-12:00
when	fr	mercredi 2/12 de 14h à 16h30	2026-12-02 14:00-16:30
when	fr	sam 5 déc 14h > 17h	2026-12-05 14:00-17:00||ASK
when	fr	samedi de 20h à 2h	2026-11-28 20:00-02:00+1||ASK
when	fr	samedi 19h-7h	ASK
when	fr	samedi 14h-12h	ASK
when	fr	samedi de 14h à 17h30 (accueil dès 13h30)	2026-11-28 14:00-17:30||ASK
when	fr	hier 20h	ASK
when	fr	samedi dernier 20h	ASK
when	fr	le 32 décembre 20h	ASK
when	fr	30 février 14h	ASK
when	fr	samedi 25h	ASK
when	fr	samedi 20h70	ASK
when	fr	bientôt	ASK
when	fr	un de ces jours	ASK
when	fr	asap	ASK
when	fr	le plus tôt possible	ASK
when	fr	samedi 20h ou 21h	ASK
when	fr	vendredi 13 20h	ASK
when	fr	samedi 12 20h	2026-12-12 20:00
when	fr	samedi 13 20h	ASK
when	en	saturday 8pm	2026-11-28 20:00
when	en	sat dec 5th 8pm	2026-12-05 20:00
when	en	December 24th 7pm	2026-12-24 19:00
when	en	Christmas Eve 7pm	2026-12-24 19:00
when	en	New Year's Eve 9pm	2026-12-31 21:00
when	en	new years eve 9pm-2am	2026-12-31 21:00-02:00+1
when	en	the day after tomorrow 3pm	2026-11-29 15:00
when	en	in two weeks 8pm	2026-12-11 20:00||ASK
when	en	next tuesday 6:30-8pm	2026-12-01 18:30-20:00||ASK
when	en	tuesday 6.30pm to 8pm	2026-12-01 18:30-20:00
when	en	sat 12/12 2-5pm	2026-12-12 14:00-17:00
when	en	12/24 7pm	2026-12-24 19:00
when	en	between christmas and new year	ASK
when	en	saturday noon	2026-11-28 12:00
when	en	saturday half past 12	2026-11-28 12:30||ASK
when	en	1st december 6pm	2026-12-01 18:00
when	en	Dec 1st 2026 6pm	2026-12-01 18:00
when	en	saturday 1am	2026-11-28 01:00||ASK
when	en	tomorrow night 11pm-1am	2026-11-28 23:00-01:00+1
when	en	saturday 8pm and the day after	ASK
rule	fr	chaque samedi 20h	days=5 pos= at=20:00 every=1
rule	fr	tous les 15 jours le mercredi 14h	days=2 pos= at=14:00 every=2||ASK
rule	fr	un mercredi sur 2 14h	days=2 pos= at=14:00 every=2
rule	fr	toutes les semaines le mardi 18h30-20h	days=1 pos= at=18:30 every=1
rule	fr	tous les mardis de 18h30 à 20h	days=1 pos= at=18:30 every=1
rule	fr	chaque 1er samedi du mois 14h	days=5 pos=1 at=14:00 every=1
rule	fr	tous les mois le premier samedi 14h	days=5 pos=1 at=14:00 every=1||ASK
rule	fr	tous les samedis midi et demi	days=5 pos= at=12:30 every=1
rule	fr	tous les vendredis 8pm	days=4 pos= at=20:00 every=1
rule	fr	tous les jeudis 20h00	days=3 pos= at=20:00 every=1
rule	fr	tout les samedis 14h	days=5 pos= at=14:00 every=1
rule	fr	tous les samedi 14h	days=5 pos= at=14:00 every=1
rule	fr	ts les sam 14h	days=5 pos= at=14:00 every=1||ASK
rule	fr	le dernier vendredi du mois 19h	days=4 pos=-1 at=19:00 every=1||ASK
rule	fr	tous les samedis soir 20h	days=5 pos= at=20:00 every=1
rule	fr	tous les mercredis aprem 14h	days=2 pos= at=14:00 every=1
rule	fr	tous les deux samedis 14h	days=5 pos= at=14:00 every=2
rule	fr	1 samedi sur 2 20h	days=5 pos= at=20:00 every=2
rule	fr	tous les samedis minuit	ASK
rule	fr	tous les samedis 22h-2h	days=5 pos= at=22:00 every=1||ASK
rule	fr	tous les samdis 14h	ASK||days=5 pos= at=14:00 every=1
rule	en	every other wednesday 2pm	days=2 pos= at=14:00 every=2
rule	en	every saturday 12.30pm	days=5 pos= at=12:30 every=1
ann	fr	le lendemain de noel 10h	2026-12-26 10:00||ASK
ann	fr	la veille 18h	2027-01-08 18:00
ann	fr	la veille au soir	ASK||2027-01-08 *
ann	fr	une semaine avant 10h	2027-01-02 10:00
ann	fr	8 jours avant 10h	2027-01-01 10:00||ASK
ann	fr	le jour même 10h	2027-01-09 10:00
ann	fr	le matin même 9h	2027-01-09 09:00
ann	fr	la semaine d'avant lundi 10h	2027-01-04 10:00||ASK
ann	fr	hier 10h	ASK
cmd	fr	/creer Stage vidéo | samedi 14h et le lendmain | 10	ASK
cmd	fr	/creer Stage | samedi 14h-17h et dimanche 14h-17h | 10	ASK
cmd	fr	/creer Loto | samedi en 8 20h | 50	ev#4 2026-12-05 20:00 cap=50 «Loto»||ASK
cmd	fr	/creer Club | mardi prochain 18h30-20h | 15	ev#4 2026-12-01 18:30-20:00 cap=15 «Club»
cmd	fr	/creer Repas | dimanche 6 déc midi et demi | 30	ev#4 2026-12-06 12:30 cap=30 «Repas»
cmd	fr	/creer Ciné | vendredi 4 déc 20h00 | 40	ev#4 2026-12-04 20:00 cap=40 «Ciné»
cmd	fr	/creer Quiz | 24/12 19h | 30	ev#4 2026-12-24 19:00 cap=30 «Quiz»
cmd	fr	/creer Atelier | entre noël et le jour de l'an | 10	ASK
cmd	fr	/creer Karaoké | samedi 22h-2h | 30	ev#4 2026-11-28 22:00-02:00+1 cap=30 «Karaoké»||ASK
cmd	fr	/creer Jeux | dans 15 jours 20h | 20	ASK
cmd	fr	/creer Galette | le 1er dimanche de janvier 15h | 30	\
ev#4 2027-01-03 15:00 cap=30 «Galette»
cmd	en	/create Quiz night | saturday 8pm and the day after | 20	ASK
cmd	fr	/modifier 1 date samedi 12 décembre 20h00	ev#1 2026-12-12 20:00 cap=* «Soirée jeux»
cmd	fr	/modifier 1 date le lendmain	ev#1 2026-12-06 20:00 cap=* «Soirée jeux»||ASK
cmd	fr	/modifier 2 date mercredi en 8	ev#2 2026-12-09 14:00-17:00 cap=* «Atelier vidéo»||ASK
cmd	fr	/modifier 2 horaires 14h00-16h30	ev#2 2026-12-02 14:00-16:30 cap=* «Atelier vidéo»
cmd	fr	/modifier 3 date jeudi 31/12 21h-2h	ev#3 2026-12-31 21:00-02:00+1 cap=* «Réveillon»
cmd	fr	/modifier 1 date samedi 20h et le lendmain	ASK
cmd	fr	/dupliquer 1 le lendemain	ev#4 2026-12-06 20:00 cap=20 «Soirée jeux»||ASK
cmd	fr	/dupliquer 1 le lendmain	ev#4 2026-12-06 20:00 cap=20 «Soirée jeux»||ASK
cmd	fr	/dupliquer 1 samedi 12/12	ev#4 2026-12-12 20:00 cap=20 «Soirée jeux»||ASK
cmd	fr	/dupliquer 2 dans 15 jours	ASK
cmd	fr	/dupliquer 1 24/12 19h	ev#4 2026-12-24 19:00 cap=20 «Soirée jeux»
cmd	fr	/nouvelleserie Club | tous les mardis 18h30-20h	\
*ev#4 2026-12-01 18:30-20:00 cap=None «Club»*
cmd	fr	/nouvelleserie Jeux | un samedi sur 2 20h00	*ev#4 2026-11-28 20:00 cap=None «Jeux»*
cmd	fr	/annoncerplustard 3 le lendmain de noel 10h	ann#3 2026-12-26 10:00||ASK
cmd	fr	/annoncerplustard 3 24/12 10h	ann#3 2026-12-24 10:00
cmd	fr	/annoncerplustard 1 demain midi et demi	ann#1 2026-11-28 12:30
cmd	fr	/annoncerplustard 1 hier 10h	ASK
"""
# A second batch, written after the first batch's run (229 right, 4 asked, 3 misread: all
# three « … et le lendmain ») but still before reading the reader: two dates in one line,
# remarks that say when, clocks typed on phones, holidays around Christmas, series words.
PROBES2 = """\
when	fr	samedi 20h + dimanche	ASK
when	fr	samedi 20h & dimanche 15h	ASK
when	fr	samedi 20h puis dimanche 15h	ASK
when	fr	samedi 20h, rebelote dimanche	ASK
when	fr	samedi 20h et le surlendemain	ASK
when	fr	samedi 20h et le week-end suivant	ASK
when	fr	samedi 20h et sam suivant	ASK
when	fr	samedi 20h, dimanche aussi	ASK
when	fr	samedi 20h, dim aussi	ASK
when	fr	samedi 20h et dim 15h	ASK
when	fr	samedi 20h, et le dimanche à 15h	ASK
when	fr	samedi 20h et 22h	ASK
when	fr	samedi 18h et 21h	ASK
when	fr	samedi 20h + 12/12	ASK
when	fr	samedi 20h et le lendemain matin	ASK
when	fr	samedi 20h et lendemain 10h	ASK
when	fr	samedi 20h et le lendemin	ASK
when	fr	samedi 20h et le landemain	ASK
when	fr	samedi 20h + le lendemain	ASK
when	fr	samedi 20h, le lendemain rangement	ASK
when	fr	samedi 20h rangement le lendemain	ASK
when	fr	samedi 20h et dimanche	ASK
when	fr	samedi 20h et dim	ASK
when	fr	samedi 20h et sam prochain	ASK
when	fr	samedi 20h et la semaine d'après	ASK
when	fr	samedi 20h et le suivant	ASK
when	fr	samedi 20h puis tous les samedis	ASK
when	fr	samedi 20h, puis chaque samedi	ASK
when	fr	samedi 20h (et aussi samedi 12)	ASK
when	fr	sam 28/11 à 20h et dim 29/11 à 15h	ASK
when	fr	du samedi 5 au dimanche 6 décembre	ASK
when	fr	du 5 au 6 décembre 14h	ASK
when	fr	week-end du 5 décembre	ASK
when	fr	le week-end du 5-6 décembre 14h	ASK
when	fr	samedi 5 et dimanche 6 décembre 14h	ASK
when	fr	5 et 6 décembre 14h	ASK
when	fr	les 5 et 6 décembre	ASK
when	fr	le 5, 12 et 19 décembre 14h	ASK
when	fr	demain 20h et après-demain 20h	ASK
when	fr	vendredi 4 et samedi 5 à 20h	ASK
when	fr	vendredi 4 ou samedi 5 à 20h	ASK
when	fr	sam 20h, dim 15h	ASK
when	fr	samedi 20h dimanche 15h	ASK
when	fr	samedi 20h jusqu'au dimanche 12h	ASK
when	fr	samedi 20h/20h30	ASK||2026-11-28 20:00
when	fr	samedi 20h voire 20h30	ASK
when	fr	samedi 20h environ	2026-11-28 20:00
when	fr	samedi 20h (on finit vers 23h)	2026-11-28 20:00-23:00||ASK
when	fr	samedi 20h, tt le monde est bienvenu	2026-11-28 20:00
when	fr	dimanche 15h le 6	2026-12-06 15:00
when	fr	le 6 dimanche 15h	2026-12-06 15:00
when	fr	samedi 5 20h	2026-12-05 20:00
when	fr	samedi 28 20h	2026-11-28 20:00
when	fr	20h samedi	2026-11-28 20:00
when	fr	à 20h le samedi 5	2026-12-05 20:00
when	fr	samedi soir	ASK
when	fr	samedi 20h matin	ASK
when	fr	samedi 14h l'aprem	2026-11-28 14:00
when	fr	samedi 14h aprés-midi	2026-11-28 14:00
when	fr	samedi 8h soir	2026-11-28 20:00||ASK
when	fr	samedi 8h soire	2026-11-28 20:00||ASK
when	fr	samedi 8h du soire	2026-11-28 20:00||ASK
when	fr	samedi 9h du soir	2026-11-28 21:00
when	fr	samedi 3h de l'apres midi	2026-11-28 15:00
when	fr	samedi 3h pm	2026-11-28 15:00
when	fr	samedi 20.30	2026-11-28 20:30
when	fr	samedi 20,30	2026-11-28 20:30||ASK
when	fr	samedi 20:30h	2026-11-28 20:30
when	fr	samedi 2030	2026-11-28 20:30||ASK
when	fr	samedi 20h 30	2026-11-28 20:30
when	fr	samedi 20 heures 30	2026-11-28 20:30
when	fr	samedi vingt heures	2026-11-28 20:00||ASK
when	fr	samedi 20hr	2026-11-28 20:00||ASK
when	fr	samedi 20hrs	2026-11-28 20:00||ASK
when	fr	samedi 8 heures du soir	2026-11-28 20:00
when	fr	samedi 0h	2026-11-28 00:00||ASK
when	fr	samedi minuit et demi	2026-11-29 00:30||ASK
when	fr	samedi 00h30	2026-11-28 00:30||ASK
when	fr	samedi 23h59	2026-11-28 23:59
when	fr	dans la nuit de samedi à dimanche à 1h	2026-11-29 01:00||ASK
when	fr	nuit du 31 au 1er 0h	2027-01-01 00:00||ASK
when	fr	31/12 à 23h30 - 2h	2026-12-31 23:30-02:00+1||ASK
when	fr	le 31 décembre de 21h à 3h	2026-12-31 21:00-03:00+1||ASK
when	fr	5 déc. 2026 20h	2026-12-05 20:00
when	fr	05.12.2026 20h00	2026-12-05 20:00
when	fr	5/12/26 à 20h	2026-12-05 20:00||ASK
when	fr	2026/12/05 20:00	2026-12-05 20:00
when	fr	le samedi 5/12/2026 à 20h	2026-12-05 20:00
when	fr	samedi 05 décembre 2026 à 20 h 00	2026-12-05 20:00
when	fr	5 décembre 26 20h	2026-12-05 20:00||ASK
when	fr	5/12/2062 20h	ASK
when	fr	5/12/226 20h	ASK
when	fr	dans 2 semaines	ASK
when	fr	dans 2 sem 20h	2026-12-11 20:00||ASK
when	fr	dans 10 jours 20h	2026-12-07 20:00
when	fr	dans 1 mois 20h	2026-12-27 20:00||ASK
when	fr	le mois prochain	ASK
when	fr	dans 3 semaines samedi 20h	2026-12-19 20:00||ASK
when	fr	samedi dans 3 semaines 20h	2026-12-19 20:00||ASK
when	fr	dans quinze jours 20h	ASK
when	fr	dans une quinzaine 20h	ASK
when	fr	la semaine prochaine	ASK
when	fr	semaine pro mercredi 14h	2026-12-02 14:00
when	fr	mercredi de la semaine pro 14h	2026-12-02 14:00
when	fr	mercredi semaine prochaine 14h	2026-12-02 14:00
when	fr	mercredi dans 2 semaines 14h	2026-12-09 14:00||ASK
when	fr	samedi qui vient 20h	2026-11-28 20:00
when	fr	ce samedi qui vient 20h	2026-11-28 20:00
when	fr	samedi d'après 20h	2026-12-05 20:00||ASK
when	fr	samedi suivant 20h	2026-12-05 20:00||ASK
when	fr	jour de noel 15h	2026-12-25 15:00
when	fr	le 25 15h	2026-12-25 15:00
when	fr	soir de noel 19h	ASK
when	fr	lundi de pâques 15h	2027-03-29 15:00||ASK
when	fr	pâques 15h	2027-03-28 15:00||ASK
when	fr	la toussaint 15h	2027-11-01 15:00||ASK
when	fr	le 14 juillet 22h	2027-07-14 22:00
when	fr	fête de la musique 20h	2027-06-21 20:00||ASK
when	fr	halloween 18h	2027-10-31 18:00||ASK
when	fr	1er mai 15h	2027-05-01 15:00
when	fr	pendant les fêtes	ASK
when	fr	mercredi entre noël et le jour de l'an 14h	2026-12-30 14:00||ASK
when	fr	semaine entre noël et jour de l'an mercredi 14h	2026-12-30 14:00||ASK
when	fr	mercredi avant noël 14h	2026-12-23 14:00||ASK
when	fr	samedi avant noël 14h	2026-12-19 14:00||ASK
when	fr	le samedi après noël 14h	2026-12-26 14:00||ASK
when	fr	le dernier samedi avant noël 14h	2026-12-19 14:00||ASK
when	fr	le dimanche avant le jour de l'an 15h	2026-12-27 15:00||ASK
when	fr	samedi veille de noel 14h	ASK
when	fr	jeudi veille de noel 14h	2026-12-24 14:00
when	fr	mercredi pendant les vacances 14h	ASK
when	fr	mercredi 14h pendant les vacances de noel	ASK
when	fr	le 5 à 20h	2026-12-05 20:00
when	fr	le 5 20h	2026-12-05 20:00
when	fr	5 20h	ASK
when	fr	à 20h	ASK
when	fr	mardi 1er 18h30-20h	2026-12-01 18:30-20:00
when	fr	mardi 18h30 - 20h	2026-12-01 18:30-20:00
when	fr	mardi 18h30 à 20h00	2026-12-01 18:30-20:00
when	en	Saturday 5th December at 8 in the evening	2026-12-05 20:00||ASK
when	en	sat 8 pm	2026-11-28 20:00
when	en	sat 8	ASK
when	en	8pm saturday	2026-11-28 20:00
when	en	saturday at 20:00	2026-11-28 20:00
when	en	saturday 8-11pm	2026-11-28 20:00-23:00
when	en	saturday 11am-2pm	2026-11-28 11:00-14:00
when	en	midnight saturday	ASK||2026-11-29 00:00
when	en	Boxing Day 3pm	2026-12-26 15:00
when	en	New Year's Day 3pm	2027-01-01 15:00
when	en	xmas eve 7pm	2026-12-24 19:00||ASK
when	en	between xmas and new year	ASK
when	en	the 24th 7pm	2026-12-24 19:00
when	en	in 15 days 8pm	ASK||2026-12-12 20:00
when	en	in a fortnight 8pm	2026-12-11 20:00||ASK
when	en	saturday week 8pm	2026-12-05 20:00||ASK
when	en	a week on saturday 8pm	2026-12-05 20:00||ASK
when	en	tuesday after next 6pm	2026-12-08 18:00||ASK
when	en	saturday 8pm & sunday 3pm	ASK
when	en	saturday 8pm plus sunday	ASK
when	en	saturday 8pm, the next day too	ASK
when	en	sat 8pm and the following day	ASK
when	en	saturday 8pm and the day afer	ASK
rule	fr	1 mercredi / 2 14h	days=2 pos= at=14:00 every=2||ASK
rule	fr	tous les 2 mercredis 14h	days=2 pos= at=14:00 every=2
rule	fr	toutes les 2 semaines mercredi 14h	days=2 pos= at=14:00 every=2
rule	fr	bimensuel mercredi 14h	ASK
rule	fr	une fois par mois le 1er samedi 14h	days=5 pos=1 at=14:00 every=1
rule	fr	mensuel 1er samedi 14h	days=5 pos=1 at=14:00 every=1||ASK
rule	fr	chaque mardi et jeudi 18h	days=1,3 pos= at=18:00 every=1
rule	fr	les mardis et jeudis 18h	days=1,3 pos= at=18:00 every=1
rule	fr	tous les mardis 18h et jeudis 19h	ASK
rule	fr	tous les samedis 14h et 16h	ASK
rule	fr	tous les samedis de 10h à 12h et de 14h à 17h	ASK
rule	fr	tous les mercredis hors vacances 14h	ASK
rule	fr	tous les mercredis sauf pendant les vacances 14h	ASK
rule	fr	tous les mercredis en période scolaire 14h	ASK
rule	fr	tous les samedis 20h et le lendemain	ASK
rule	fr	tous les samedis 20h et le lendmain	ASK
rule	en	every tuesday and thursday 6pm	days=1,3 pos= at=18:00 every=1
rule	en	every 2 weeks on wednesday 2pm	days=2 pos= at=14:00 every=2
rule	en	fortnightly wednesday 2pm	days=2 pos= at=14:00 every=2||ASK
rule	en	biweekly wednesday 2pm	ASK
rule	en	monthly first saturday 2pm	days=5 pos=1 at=14:00 every=1||ASK
ann	fr	la veille et le jour même 10h	ASK
ann	fr	la veille 18h et le matin même	ASK
cmd	fr	/creer Stage | du samedi 5 au dimanche 6 décembre 14h | 10	ASK
cmd	fr	/creer Soirée | samedi 20h et le surlendemain | 10	ASK
cmd	fr	/creer Atelier | mercredi avant noël 14h | 10	ev#4 2026-12-23 14:00 cap=10 «Atelier»||ASK
cmd	fr	/creer Atelier | mercredi entre noël et le jour de l'an 14h | 10	\
ev#4 2026-12-30 14:00 cap=10 «Atelier»||ASK
cmd	fr	/creer Soirée | samedi 20h + dimanche 15h | 10	ASK
cmd	fr	/creer Soirée | samedi 20h puis tous les samedis | 10	ASK
cmd	fr	/modifier 1 date le lendemain	ev#1 2026-12-06 20:00 cap=* «Soirée jeux»||ASK
cmd	fr	/modifier 1 date samedi 20h + dimanche 15h	ASK
cmd	fr	/modifier 2 horaires 14h-17h et 18h-20h	ASK
cmd	fr	/dupliquer 1 samedi 12 et samedi 19	ASK
cmd	fr	/dupliquer 1 le 12 et le 19 décembre	ASK
cmd	fr	/dupliquer 1 samedi en 8	ASK
cmd	fr	/dupliquer 1 samedi en 15	ev#4 2026-12-12 20:00 cap=20 «Soirée jeux»||ASK
cmd	fr	/dupliquer 1 samedi 12/12 et le lendmain	ASK
cmd	fr	/nouvelleserie Atelier | bimensuel mercredi 14h	ASK
cmd	fr	/nouvelleserie Atelier | tous les mercredis avant noël 14h	ASK
cmd	fr	/annoncerplustard 1 la veille et le jour même 10h	ASK
cmd	fr	/annoncerplustard 3 le lendemain de noël 10h et le 30	ASK
"""

ROWS = [tuple(line.split("\t")) for line in (PROBES + PROBES2).splitlines() if line.strip()]
# Probes whose expectation, written before the reader was run, was later decided otherwise,
# with why (PROBES keeps what was first written).
DECIDED: dict[str, tuple[str, str]] = {
    # « samedi en 8 » now reads (5 December): the source's own moment, so the copy is
    # refused with the week after offered (README, /duplicate), nothing made; it was
    # refused before as a date not understood.
    "/dupliquer 1 samedi en 8": ("IGNORED: '#1 « Soirée jeux » est déjà le samedi 5 décembre*",
                                 "the source's own moment: refused, the week after offered"),
}
CASES = [(kind, locale, typed, DECIDED[typed][0] if typed in DECIDED else expected)
         for kind, locale, typed, expected in ROWS]
# Probes still answered otherwise than written, with why.
PENDING: dict[str, str] = {}


@pytest.mark.parametrize(("kind", "locale", "typed", "expected"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=PENDING[row[2]]))
    if row[2] in PENDING else row for row in CASES], ids=[f"{r[0]}:{r[2]}" for r in CASES])
def test_organisers_probe_s12(kind: str, locale: str, typed: str, expected: str,
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
