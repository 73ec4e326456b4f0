"""Session 12, helper dates7: what the seventh probe set (tests/test_s12_dates7_probes.py)
found read wrong or refused unfairly, as the organiser sees it.

What an organiser notices: « samedi 20h et le lendmain » (a typo) made ONE event on Saturday
and put « et le lendmain » on its card as a remark, and « samedi 5 décembre 20h et le
lendemain » (spelt right, beside a day number) did the same: the Sunday she asked for never
existed. Now nothing is made and she is told the date read and that an event has one date.
« samedi 20h/20h30 » (« vers 20h-20h30 ») made a 30-minute event; « samedi 8h soire » (a
typo of « soir ») an event at 8 in the morning. Refusals she would find unfair: « réveillon
du nouvel an 21h », « réveillon de noël 19h », "Boxing Day 3pm", « 20:30h », « tous les deux
samedis », « le matin même 9h ». `now` is Friday 27 November 2026, 11:00 in Paris
(tests/test_s10_dates5_probes.py's fresh bot: #1 « Soirée jeux » Sat 5 Dec 20:00).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_s8_org_probes import matches  # noqa: E402
from test_s10_dates5_probes import get  # noqa: E402
from test_s11_dates6 import _replies  # noqa: E402

# -- two moments in one date: never one event in silence ---------------------------------------
TWO_MOMENTS = [
    # (typed, the moment read, as the reply names it, the words that give another one)
    ("/creer Stage vidéo | samedi 14h et le lendmain | 10", "samedi 28 novembre à 14h",
     "et le lendmain"),
    ("/creer Stage vidéo | samedi 14h et le lendemin | 10", "samedi 28 novembre à 14h",
     "et le lendemin"),
    ("/creer Stage vidéo | samedi 14h et le landemain | 10", "samedi 28 novembre à 14h",
     "et le landemain"),
    ("/creer Soirée | samedi 20h et le surlendemain | 10", "samedi 28 novembre à 20h",
     "et le surlendemain"),
    ("/creer Stage | samedi 5 décembre 20h et le lendemain | 10", "samedi 5 décembre à 20h",
     "et le lendemain"),
    ("/creer Stage | samedi 5/12 20h puis le surlendemain | 10", "samedi 5 décembre à 20h",
     "puis le surlendemain"),
    ("/creer Repas | samedi 20h repas le lendmain | 10", "samedi 28 novembre à 20h",
     "repas le lendmain"),
    ("/modifier 1 date samedi 20h et le lendmain", "samedi 28 novembre à 20h",
     "et le lendmain"),
    ("/dupliquer 1 samedi 12/12 et le lendmain", "samedi 12 décembre à 20h",
     "et le lendmain"),
    ("/creer Stage | samedi 14h et dimanche 15h | 10", "samedi 28 novembre à 14h",
     "et dimanche 15h"),
    ("/creer Stage | samedi 20h + dimanche | 10", "samedi 28 novembre à 20h", "+ dimanche"),
    ("/creer Stage | samedi 20h et 22h | 10", "samedi 28 novembre à 20h", "et 22h"),
]


@pytest.mark.parametrize(("typed", "read", "rest"), TWO_MOMENTS,
                         ids=[row[0] for row in TWO_MOMENTS])
def test_two_moments_in_one_date_make_nothing_and_say_what_was_read(
        typed: str, read: str, rest: str, tmp_path: Path) -> None:
    assert get("cmd", "fr", typed, tmp_path) == "ASK", typed  # nothing made or moved
    (reply,) = asyncio.run(_replies([("fr", typed)], tmp_path / "again"))
    assert read in reply and f"« {rest} »" in reply, reply
    assert "Une seule date à la fois" in reply, reply


def test_two_moments_in_english(tmp_path: Path) -> None:
    typed = "/create Quiz | saturday 8pm and the day afer | 20"
    (reply,) = asyncio.run(_replies([("en", typed)], tmp_path))
    assert get("cmd", "en", typed, tmp_path / "again") == "ASK", reply
    assert "Saturday 28 November at 20:00" in reply and '"and the day afer"' in reply, reply
    assert "One date at a time" in reply, reply


# -- what reads the same as before ----------------------------------------------------------
KEPT = [
    # A remark that names nobody's day stays read past (a name like « matin », « soir »).
    ("samedi 20h chez Martin", "2026-11-28 20:00"),
    ("samedi 14h foire aux jouets", "2026-11-28 14:00"),
    ("samedi 20h tenue noire", "2026-11-28 20:00"),
    ("samedi 20h goûter offert", "2026-11-28 20:00"),
    ("samedi 5 décembre à 20h (salle du haut)", "2026-12-05 20:00"),
    # A range with a slash an hour or more long stays a range, as posters write it.
    ("samedi 14h/17h", "2026-11-28 14:00-17:00"),
    ("samedi 20h/22h", "2026-11-28 20:00-22:00"),
    # The morning typed stays the morning.
    ("samedi 8h du matin", "2026-11-28 08:00"),
    ("samedi 8h du soir", "2026-11-28 20:00"),
]


@pytest.mark.parametrize(("typed", "expected"), KEPT, ids=[row[0] for row in KEPT])
def test_what_read_right_still_reads(typed: str, expected: str) -> None:
    got = get("when", "fr", typed, Path())
    assert matches(got, expected), f"{typed!r}: got {got}, expected {expected}"


# -- a half-hour « 20h/20h30 » is an approximate start, not a 30-minute event ---------------
def test_a_slash_between_two_near_clocks_is_asked_with_both(tmp_path: Path) -> None:
    typed = "/creer Soirée jeux | samedi 20h/20h30 | 20"
    assert get("cmd", "fr", typed, tmp_path) == "ASK"
    (reply,) = asyncio.run(_replies([("fr", typed)], tmp_path / "again"))
    assert "le samedi 28 novembre à 20h ou le samedi 28 novembre à 20h30 ?" in reply, reply


# -- a typo of « soir » is asked, never the morning ------------------------------------------
@pytest.mark.parametrize("typed", ["samedi 8h soire", "samedi 8h du soire", "samedi 8h du soirr",
                                   "samedi 9h ds la soiré"])
def test_a_typo_of_the_evening_is_named(typed: str, tmp_path: Path) -> None:
    (reply,) = asyncio.run(_replies([("fr", f"/creer Jeux | {typed} | 20")], tmp_path))
    assert "Vouliez-vous dire « soir » ?" in reply or "« soirée » ?" in reply, reply
    assert get("cmd", "fr", f"/creer Jeux | {typed} | 20", tmp_path / "again") == "ASK"


# -- refusals an organiser would find unfair --------------------------------------------------
FAIR = [
    ("when", "fr", "réveillon du nouvel an 21h", "2026-12-31 21:00"),
    ("when", "fr", "le réveillon du nouvel an à 21h", "2026-12-31 21:00"),
    ("when", "fr", "réveillon de noël 19h", "2026-12-24 19:00"),
    ("when", "fr", "réveillon de la saint sylvestre 21h", "2026-12-31 21:00"),
    ("when", "en", "Boxing Day 3pm", "2026-12-26 15:00"),
    ("when", "fr", "samedi 20:30h", "2026-11-28 20:30"),
    ("when", "fr", "samedi 5/12 19:00h-23:00h", "2026-12-05 19:00-23:00"),
    ("rule", "fr", "tous les deux samedis 14h", "days=5 pos= at=14:00 every=2"),
    ("rule", "fr", "tous les 2 mercredis 14h", "days=2 pos= at=14:00 every=2"),
    ("ann", "fr", "le matin même 9h", "2027-01-09 09:00"),
    ("ann", "fr", "le jour même à 9h", "2027-01-09 09:00"),
    # « samedi en 8 » as texted (« samedi en huit » was read), « 2main », « 20hr ».
    ("when", "fr", "samedi en 8 20h", "2026-12-05 20:00"),
    ("when", "fr", "samedi en 8 à 20h", "2026-12-05 20:00"),
    ("when", "fr", "vendredi en 15 19h", "2026-12-11 19:00"),
    ("when", "fr", "2main 20h", "2026-11-28 20:00"),
    ("when", "fr", "samedi 20hr", "2026-11-28 20:00"),
    ("when", "en", "saturday 8 hrs", "ASK"),
    ("when", "fr", "samedi 20hrs-23hrs", "2026-11-28 20:00-23:00"),
    # Days with a name and one date every year.
    ("when", "fr", "le lendemain de noël 15h", "2026-12-26 15:00"),
    ("when", "fr", "la veille du jour de l'an 20h", "2026-12-31 20:00"),
    ("when", "fr", "la chandeleur 16h", "2027-02-02 16:00"),
    ("when", "fr", "la saint valentin 20h", "2027-02-14 20:00"),
    # Halloween 2026 passed four weeks ago: « écrivez l'année », as for « le 11 novembre ».
    ("when", "fr", "halloween 18h", "ASK"),
    ("when", "fr", "halloween 2027 18h", "2027-10-31 18:00"),
    ("when", "en", "xmas eve 7pm", "2026-12-24 19:00"),
    ("when", "en", "Saturday 5th December at 8 in the evening", "2026-12-05 20:00"),
    ("when", "en", "tomorrow at 10 in the morning", "2026-11-28 10:00"),
    ("when", "en", "in a fortnight 8pm", "2026-12-11 20:00"),
    ("cmd", "fr", "/creer Loto | samedi en 8 20h | 50", "ev#4 2026-12-05 20:00 cap=50 «Loto»"),
    ("cmd", "fr", "/annoncerplustard 3 le lendemain de noël 10h", "ann#3 2026-12-26 10:00"),
    # The night, as the bot itself says it (« 3h du matin, dans la nuit de vendredi à
    # samedi »): read back, the small hours of the second day.
    ("when", "fr", "la nuit de samedi à dimanche 1h", "2026-11-29 01:00"),
    ("when", "fr", "dans la nuit de vendredi à samedi à 3h", "2026-11-28 03:00"),
    ("when", "fr", "dans la nuit du samedi au dimanche 2h30", "2026-11-29 02:30"),
    # « cette nuit 2h » stays asked, as session 10 decided (tests/test_s10_dates5.py).
    ("when", "fr", "cette nuit 2h", "ASK"),
    ("when", "fr", "cette nuit 23h", "2026-11-27 23:00"),
    ("when", "fr", "cette nuit 22h-2h", "2026-11-27 22:00-02:00+1"),
    # Never a guess: days not one after the other, an hour that is no night.
    ("when", "fr", "la nuit de samedi à lundi 1h", "ASK"),
    ("when", "fr", "la nuit de samedi à dimanche 14h", "ASK"),
    ("when", "fr", "la nuit de samedi à dimanche 8h", "ASK"),
    ("when", "fr", "la nuit de samedi à dimanche", "ASK"),
    # Still asked: « le réveillon » alone (the 24th or the 31st?).
    ("when", "fr", "le soir du réveillon 20h", "ASK"),
    ("when", "fr", "réveillon 20h", "ASK"),
]


@pytest.mark.parametrize(("kind", "locale", "typed", "expected"), FAIR,
                         ids=[row[2] for row in FAIR])
def test_what_an_organiser_types_plainly_is_read(kind: str, locale: str, typed: str,
                                                 expected: str, tmp_path: Path) -> None:
    got = get(kind, locale, typed, tmp_path)
    assert matches(got, expected), f"{typed!r}: got {got}, expected {expected}"


def test_the_new_year_party_is_made_on_the_31st(tmp_path: Path) -> None:
    typed = "/creer Fête | réveillon du nouvel an 21h | 40"
    assert get("cmd", "fr", typed, tmp_path) == "ev#4 2026-12-31 21:00 cap=40 «Fête»"
    (reply,) = asyncio.run(_replies([("fr", typed)], tmp_path / "again"))
    assert "jeudi 31 décembre 2026 à 21h" in reply, reply

