"""Series rules as organisers write them: a corpus of phrasings (French and English, accents or
not) and the first four Paris dates each gives, refusals with their key, and the commands
that create and edit series from them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from scheduler_helpers import tick_at

from bot.errors import UserInputError
from bot.i18n import PARIS, add_strings, using
from bot.scheduler import Scheduler
from commands.series.handlers import rule_text
from commands.series.jobs import top_up
from commands.series.parsers import read_rule, upcoming
from commands.series.strings import STRINGS
from recording import NOW, Bot
from storage import Storage
from storage.base import split_sql

WEDNESDAY = NOW  # 2026-11-25 11:00 in Paris

# (rule as typed, first four Paris starts after WEDNESDAY)
CORPUS: list[tuple[str, list[str]]] = [
    ("un samedi sur deux 20h",
     ["2026-11-28 20:00", "2026-12-12 20:00", "2026-12-26 20:00", "2027-01-09 20:00"]),
    ("samedi 20h toutes les 2 semaines",
     ["2026-11-28 20:00", "2026-12-12 20:00", "2026-12-26 20:00", "2027-01-09 20:00"]),
    ("toutes les deux semaines le samedi à 20h",
     ["2026-11-28 20:00", "2026-12-12 20:00", "2026-12-26 20:00", "2027-01-09 20:00"]),
    ("every other friday 7pm",
     ["2026-11-27 19:00", "2026-12-11 19:00", "2026-12-25 19:00", "2027-01-08 19:00"]),
    ("Every other Friday at 7 PM",
     ["2026-11-27 19:00", "2026-12-11 19:00", "2026-12-25 19:00", "2027-01-08 19:00"]),
    ("tous les 15 jours le mardi à 18h",
     ["2026-12-01 18:00", "2026-12-15 18:00", "2026-12-29 18:00", "2027-01-12 18:00"]),
    ("une semaine sur deux le lundi 18h",
     ["2026-11-30 18:00", "2026-12-14 18:00", "2026-12-28 18:00", "2027-01-11 18:00"]),
    ("un jeudi sur trois 20h",
     ["2026-11-26 20:00", "2026-12-17 20:00", "2027-01-07 20:00", "2027-01-28 20:00"]),
    ("every 2 weeks on wednesday 6pm",
     ["2026-11-25 18:00", "2026-12-09 18:00", "2026-12-23 18:00", "2027-01-06 18:00"]),
    ("every other week on monday and thursday at 6pm",
     ["2026-11-26 18:00", "2026-12-07 18:00", "2026-12-10 18:00", "2026-12-21 18:00"]),
    ("premier samedi du mois 14h",
     ["2026-12-05 14:00", "2027-01-02 14:00", "2027-02-06 14:00", "2027-03-06 14:00"]),
    ("le premier samedi de chaque mois à 14h",
     ["2026-12-05 14:00", "2027-01-02 14:00", "2027-02-06 14:00", "2027-03-06 14:00"]),
    ("first saturday of the month 2pm",
     ["2026-12-05 14:00", "2027-01-02 14:00", "2027-02-06 14:00", "2027-03-06 14:00"]),
    ("1er samedi du mois a 14 heures",
     ["2026-12-05 14:00", "2027-01-02 14:00", "2027-02-06 14:00", "2027-03-06 14:00"]),
    ("dernier vendredi du mois 19h",
     ["2026-11-27 19:00", "2026-12-25 19:00", "2027-01-29 19:00", "2027-02-26 19:00"]),
    ("Dernier Vendredi Du Mois À 19H",
     ["2026-11-27 19:00", "2026-12-25 19:00", "2027-01-29 19:00", "2027-02-26 19:00"]),
    ("last friday of the month at 7pm",
     ["2026-11-27 19:00", "2026-12-25 19:00", "2027-01-29 19:00", "2027-02-26 19:00"]),
    ("1er et 3e mercredi du mois 18h",
     ["2026-12-02 18:00", "2026-12-16 18:00", "2027-01-06 18:00", "2027-01-20 18:00"]),
    ("second and fourth tuesday of the month 6:30pm",
     ["2026-12-08 18:30", "2026-12-22 18:30", "2027-01-12 18:30", "2027-01-26 18:30"]),
    ("4e samedi du mois 15h",
     ["2026-11-28 15:00", "2026-12-26 15:00", "2027-01-23 15:00", "2027-02-27 15:00"]),
    ("le 2eme jeudi du mois a 20h30",
     ["2026-12-10 20:30", "2027-01-14 20:30", "2027-02-11 20:30", "2027-03-11 20:30"]),
    ("dernier dimanche du mois midi",
     ["2026-11-29 12:00", "2026-12-27 12:00", "2027-01-31 12:00", "2027-02-28 12:00"]),
    ("mardi et jeudi 18h",
     ["2026-11-26 18:00", "2026-12-01 18:00", "2026-12-03 18:00", "2026-12-08 18:00"]),
    ("les lundis et mercredis à 17h30",
     ["2026-11-25 17:30", "2026-11-30 17:30", "2026-12-02 17:30", "2026-12-07 17:30"]),
    ("tuesdays and thursdays at 6pm",
     ["2026-11-26 18:00", "2026-12-01 18:00", "2026-12-03 18:00", "2026-12-08 18:00"]),
    ("mardi et jeudi 18h-20h",
     ["2026-11-26 18:00", "2026-12-01 18:00", "2026-12-03 18:00", "2026-12-08 18:00"]),
    ("vendredi 19h30",
     ["2026-11-27 19:30", "2026-12-04 19:30", "2026-12-11 19:30", "2026-12-18 19:30"]),
    ("every Friday at 7:30pm",
     ["2026-11-27 19:30", "2026-12-04 19:30", "2026-12-11 19:30", "2026-12-18 19:30"]),
    ("vendredi soir 19h30",
     ["2026-11-27 19:30", "2026-12-04 19:30", "2026-12-11 19:30", "2026-12-18 19:30"]),
    ("friday evening at 7",
     ["2026-11-27 19:00", "2026-12-04 19:00", "2026-12-11 19:00", "2026-12-18 19:00"]),
    ("chaque samedi a 14 heures",
     ["2026-11-28 14:00", "2026-12-05 14:00", "2026-12-12 14:00", "2026-12-19 14:00"]),
    ("les mercredis 10h",  # this morning's 10:00 has passed
     ["2026-12-02 10:00", "2026-12-09 10:00", "2026-12-16 10:00", "2026-12-23 10:00"]),
    ("sam 20 h 30",
     ["2026-11-28 20:30", "2026-12-05 20:30", "2026-12-12 20:30", "2026-12-19 20:30"]),
    *[(typed, ["2026-11-25 14:00", "2026-12-02 14:00", "2026-12-09 14:00", "2026-12-16 14:00"])
      for typed in ("chaque mercredi a 14h", "tous les mercredis à 14h", "every wednesday 2pm",
                    "wednesdays 2pm", "mercredi 14 h", "le mercredi à 14:00", "mer 14h",
                    "wed 2 pm", "une fois par semaine le mercredi à 14h", "Mercredi 14H00")],
    *[(typed, ["2026-11-28 20:00", "2026-12-12 20:00", "2026-12-26 20:00", "2027-01-09 20:00"])
      for typed in ("un samedi sur 2 a 20h", "1 samedi sur 2 20h", "every second saturday 8pm",
                    "toutes les 2 semaines le samedi 20h", "samedi 20h, tous les quinze jours",
                    "le samedi tous les 14 jours à 20h", "un samedi sur deux de 20h à 23h")],
    ("every second and fourth tuesday of the month 6:30pm",
     ["2026-12-08 18:30", "2026-12-22 18:30", "2027-01-12 18:30", "2027-01-26 18:30"]),
    ("first and third wednesday of every month 6pm",
     ["2026-12-02 18:00", "2026-12-16 18:00", "2027-01-06 18:00", "2027-01-20 18:00"]),
    ("last sunday of each month at noon",
     ["2026-11-29 12:00", "2026-12-27 12:00", "2027-01-31 12:00", "2027-02-28 12:00"]),
    ("avant-dernier samedi du mois 14h",
     ["2026-12-19 14:00", "2027-01-23 14:00", "2027-02-20 14:00", "2027-03-20 14:00"]),
    ("le premier dimanche et le dernier dimanche du mois a 10h",
     ["2026-11-29 10:00", "2026-12-06 10:00", "2026-12-27 10:00", "2027-01-03 10:00"]),
    ("samedi et dimanche 10h",
     ["2026-11-28 10:00", "2026-11-29 10:00", "2026-12-05 10:00", "2026-12-06 10:00"]),
    ("lundi, mercredi et vendredi 17h",
     ["2026-11-25 17:00", "2026-11-27 17:00", "2026-11-30 17:00", "2026-12-02 17:00"]),
    ("every 3 weeks on sunday 11am",
     ["2026-11-29 11:00", "2026-12-20 11:00", "2027-01-10 11:00", "2027-01-31 11:00"]),
    ("le samedi tous les 28 jours a 20h",
     ["2026-11-28 20:00", "2026-12-26 20:00", "2027-01-23 20:00", "2027-02-20 20:00"]),
    ("jeudi apres-midi 3h",
     ["2026-11-26 15:00", "2026-12-03 15:00", "2026-12-10 15:00", "2026-12-17 15:00"]),
]

# Other moments of "now": a Friday 21:00, the 31st of a month, the eve of the spring change, a
# Monday morning, the week of the autumn change.
FRIDAY_NIGHT = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
THE_31ST = datetime(2026, 12, 31, 9, 0, tzinfo=UTC)
SPRING_EVE = datetime(2027, 3, 27, 20, 0, tzinfo=UTC)
MONDAY_MORNING = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
AUTUMN_WEEK = datetime(2027, 10, 25, 8, 0, tzinfo=UTC)
AT_OTHER_NOWS: list[tuple[datetime, str, list[str]]] = [
    (FRIDAY_NIGHT, "vendredi 19h30",
     ["2026-12-04 19:30", "2026-12-11 19:30", "2026-12-18 19:30", "2026-12-25 19:30"]),
    (FRIDAY_NIGHT, "vendredi 22h",
     ["2026-11-27 22:00", "2026-12-04 22:00", "2026-12-11 22:00", "2026-12-18 22:00"]),
    (FRIDAY_NIGHT, "un vendredi sur deux 19h30",
     ["2026-12-04 19:30", "2026-12-18 19:30", "2027-01-01 19:30", "2027-01-15 19:30"]),
    (FRIDAY_NIGHT, "dernier vendredi du mois 19h",
     ["2026-12-25 19:00", "2027-01-29 19:00", "2027-02-26 19:00", "2027-03-26 19:00"]),
    (THE_31ST, "premier samedi du mois 14h",
     ["2027-01-02 14:00", "2027-02-06 14:00", "2027-03-06 14:00", "2027-04-03 14:00"]),
    (THE_31ST, "dernier jeudi du mois 18h",
     ["2026-12-31 18:00", "2027-01-28 18:00", "2027-02-25 18:00", "2027-03-25 18:00"]),
    (THE_31ST, "jeudi 9h",
     ["2027-01-07 09:00", "2027-01-14 09:00", "2027-01-21 09:00", "2027-01-28 09:00"]),
    (THE_31ST, "un jeudi sur deux 20h",
     ["2026-12-31 20:00", "2027-01-14 20:00", "2027-01-28 20:00", "2027-02-11 20:00"]),
    (SPRING_EVE, "dimanche 19h30",
     ["2027-03-28 19:30", "2027-04-04 19:30", "2027-04-11 19:30", "2027-04-18 19:30"]),
    (SPRING_EVE, "samedi 21h30",
     ["2027-03-27 21:30", "2027-04-03 21:30", "2027-04-10 21:30", "2027-04-17 21:30"]),
    (SPRING_EVE, "dimanche 2h30",  # no 02:30 that night: an hour later
     ["2027-03-28 03:30", "2027-04-04 02:30", "2027-04-11 02:30", "2027-04-18 02:30"]),
    (SPRING_EVE, "dernier dimanche du mois 10h",
     ["2027-03-28 10:00", "2027-04-25 10:00", "2027-05-30 10:00", "2027-06-27 10:00"]),
    (MONDAY_MORNING, "lundi 9h",
     ["2026-11-30 09:00", "2026-12-07 09:00", "2026-12-14 09:00", "2026-12-21 09:00"]),
    (MONDAY_MORNING, "les lundis et mercredis à 17h30",
     ["2026-11-30 17:30", "2026-12-02 17:30", "2026-12-07 17:30", "2026-12-09 17:30"]),
    (MONDAY_MORNING, "premier lundi du mois 18h",
     ["2026-12-07 18:00", "2027-01-04 18:00", "2027-02-01 18:00", "2027-03-01 18:00"]),
    (MONDAY_MORNING, "every other monday at 6pm",
     ["2026-11-30 18:00", "2026-12-14 18:00", "2026-12-28 18:00", "2027-01-11 18:00"]),
    (AUTUMN_WEEK, "dimanche 19h30",
     ["2027-10-31 19:30", "2027-11-07 19:30", "2027-11-14 19:30", "2027-11-21 19:30"]),
    (AUTUMN_WEEK, "dimanche 2h30",  # 02:30 happens twice that night: the first one
     ["2027-10-31 02:30", "2027-11-07 02:30", "2027-11-14 02:30", "2027-11-21 02:30"]),
]

# (rule as typed, the key of the refusal)
REFUSED: list[tuple[str, str]] = [
    ("tous les jours 18h", "error.rule_daily"),
    ("every day at 6pm", "error.rule_daily"),
    ("samedi", "error.rule_need_time"),
    ("un samedi sur deux", "error.rule_need_time"),
    ("20h", "error.bad_rule"),
    ("le 5 de chaque mois 18h", "error.bad_rule"),
    ("premier samedi 14h", "error.bad_rule"),
    ("every 3rd friday 7pm", "error.bad_rule"),
    ("un samedi sur deux du mois 20h", "error.bad_rule"),
    ("bientôt", "error.bad_rule"),
    ("samedi 25h", "error.bad_rule"),
    ("samedi à 8", "error.when_ambiguous_hour"),
    ("mardi 18h et jeudi 19h", "error.rule_one_time"),
    ("toutes les 20 semaines samedi 20h", "error.bad_interval"),
    ("toutes les 40 semaines samedi 20h", "error.bad_interval"),
    ("tous les 10 jours samedi 20h", "error.bad_rule"),
    ("deux fois par semaine 18h", "error.bad_rule"),
    ("samedi minuit", "error.bad_rule"),
    ("samedi 0h", "error.bad_rule"),
    ("un samedi sur deux et un dimanche sur trois 20h", "error.bad_rule"),
    ("premier samedi du mois sur deux 14h", "error.bad_rule"),
    ("le 1er du mois 18h", "error.bad_rule"),
    ("samedi 13pm", "error.bad_rule"),
    ("vendredi 7", "error.bad_rule"),
    ("every friday at 7", "error.when_ambiguous_hour"),
]


def local(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(("typed", "expected"), CORPUS, ids=[c[0] for c in CORPUS])
def test_rule_gives_the_first_four_dates(typed: str, expected: list[str]) -> None:
    rule = read_rule(typed)
    assert [local(s) for s in upcoming(rule, WEDNESDAY, 4)] == expected


@pytest.mark.parametrize(("now", "typed", "expected"), AT_OTHER_NOWS,
                         ids=[f"{n:%a %d %H:%M}-{r}" for n, r, _ in AT_OTHER_NOWS])
def test_rule_at_other_moments(now: datetime, typed: str, expected: list[str]) -> None:
    assert [local(s) for s in upcoming(read_rule(typed), now, 4)] == expected


def test_the_first_of_two_autumn_half_past_two() -> None:
    [first] = upcoming(read_rule("dimanche 2h30"), AUTUMN_WEEK, 1)
    assert first == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # 02:30 summer time


@pytest.mark.parametrize(("typed", "key"), REFUSED, ids=[r[0] for r in REFUSED])
def test_unreadable_rules_are_refused_never_weekly(typed: str, key: str) -> None:
    with pytest.raises(UserInputError) as refused:
        read_rule(typed)
    assert refused.value.key == key


def test_a_range_gives_the_length() -> None:
    assert read_rule("mardi et jeudi 18h-20h").minutes == 120
    add_strings(STRINGS)
    with using("fr"):
        assert rule_text(read_rule("mardi et jeudi 18h-20h")) == \
            "chaque mardi et jeudi à 18h (jusqu'à 20h)"
    with using("en"):
        assert rule_text(read_rule("friday 10pm-1am")) == "every Friday at 22:00 (until 01:00)"
    assert read_rule("vendredi de 19h30 à 23h").minutes == 210
    assert read_rule("vendredi 19h30").minutes is None


@pytest.mark.parametrize(("typed", "fr", "en"), [
    ("un samedi sur deux 20h", "un samedi sur deux à 20h", "every other Saturday at 20:00"),
    ("premier samedi du mois 14h", "le premier samedi du mois à 14h",
     "the first Saturday of the month at 14:00"),
    ("every other friday 7pm", "un vendredi sur deux à 19h", "every other Friday at 19:00"),
    ("dernier vendredi du mois 19h30", "le dernier vendredi du mois à 19h30",
     "the last Friday of the month at 19:30"),
    ("1er et 3e mercredi du mois 18h", "le premier et le troisième mercredi du mois à 18h",
     "the first and third Wednesday of the month at 18:00"),
    ("mardi et jeudi 18h", "chaque mardi et jeudi à 18h", "every Tuesday and Thursday at 18:00"),
    ("vendredi 19h30", "chaque vendredi à 19h30", "every Friday at 19:30"),
    ("un jeudi sur trois 20h", "un jeudi sur trois à 20h", "every 3 weeks on Thursday at 20:00"),
])
def test_rule_in_words(typed: str, fr: str, en: str) -> None:
    add_strings(STRINGS)  # as the feature's register() does
    rule = read_rule(typed)
    with using("fr"):
        assert rule_text(rule) == fr
    with using("en"):
        assert rule_text(rule) == en


def test_spring_forward_night_moves_the_missing_hour_later() -> None:
    rule = read_rule("dimanche 2h30")
    starts = upcoming(rule, datetime(2027, 3, 20, tzinfo=UTC), 3)
    assert [local(s) for s in starts] == ["2027-03-21 02:30", "2027-03-28 03:30",
                                          "2027-04-04 02:30"]
    # 19:30 stays 19:30 on both sides of both changes.
    evening = read_rule("un samedi sur deux 19h30")
    across = upcoming(evening, datetime(2027, 3, 1, tzinfo=UTC), 20)
    assert {local(s)[-5:] for s in across} == {"19:30"}


# -- through the commands ---------------------------------------------------------------------


async def starts_of(bot: Bot, series_id: int) -> list[str]:
    events = await bot.core.storage.series.occurrences(series_id, bot.clock())
    return [local(e.starts_at) for e in events if not e.cancelled]


async def test_newseries_every_other_saturday_repeats_the_rule_and_lists_dates(bot: Bot) -> None:
    reply = await bot.say("/nouvelleserie Soirée jeux | un samedi sur deux 20h")
    assert "un samedi sur deux à 20h" in reply
    assert "samedi 28 novembre" in reply and "samedi 12 décembre" in reply
    assert await starts_of(bot, 1) == [
        "2026-11-28 20:00", "2026-12-12 20:00", "2026-12-26 20:00", "2027-01-09 20:00"]


async def test_newseries_monthly_with_price_duration_and_description(bot: Bot) -> None:
    reply = await bot.say(
        "/newseries Atelier | premier samedi du mois 14h | | 10 | atelier | 5 € | 3h"
        " | Apportez vos crayons")
    assert "le premier samedi du mois à 14h" in reply and "samedi 5 décembre" in reply
    coming = await bot.core.storage.series.occurrences(1, bot.clock())
    assert [local(e.starts_at) for e in coming] == ["2026-12-05 14:00", "2027-01-02 14:00"]
    first = coming[0]
    assert (first.capacity, first.kind, first.price_cents) == (10, "workshop", 500)
    assert first.ends_at is not None and local(first.ends_at) == "2026-12-05 17:00"
    assert first.description == "Apportez vos crayons"


async def test_newseries_in_english_says_every_other_friday(bot: Bot) -> None:
    reply = await bot.say("/newseries Games | every other friday 7pm", locale="en")
    assert "every other Friday at 19:00" in reply and "Friday 27 November" in reply


async def test_unreadable_rule_creates_nothing_and_gives_examples(bot: Bot) -> None:
    reply = await bot.say("/nouvelleserie Jeux | tous les jours 18h")
    assert "chaque jour" in reply and "un samedi sur deux 20h" in reply
    reply = await bot.say("/nouvelleserie Jeux | le 5 de chaque mois 18h")
    assert "premier samedi du mois 14h" in reply
    assert await bot.core.storage.series.active() == []


async def test_interval_in_its_own_field_still_works_and_conflicts_are_refused(
        bot: Bot) -> None:
    reply = await bot.say("/nouvelleserie Anglais | mardi 18h | toutes les 2 semaines")
    assert "un mardi sur deux à 18h" in reply
    reply = await bot.say("/nouvelleserie Anglais | un mardi sur deux 18h | toutes les 3 semaines")
    assert "deux fréquences" in reply
    reply = await bot.say("/nouvelleserie Jeux | premier samedi du mois 14h | toutes les 2 "
                          "semaines")
    assert "deux fréquences" in reply
    assert len(await bot.core.storage.series.active()) == 1


async def test_editseries_when_takes_a_rule_and_a_time_alone_keeps_the_days(bot: Bot) -> None:
    await bot.say("/newseries Jeux | vendredi 19h30")
    made = await bot.core.storage.series.occurrences(1, bot.clock())
    await bot.say(f"/participer {made[0].id}", user="ana")
    await bot.say(f"/participer {made[5].id}", user="ben")
    reply = await bot.say("/modifierserie 1 heure premier samedi du mois 14h")
    assert "le premier samedi du mois à 14h" in reply and "6 dates annulées" in reply
    assert "samedi 5 décembre" in reply
    assert await starts_of(bot, 1) == ["2026-12-05 14:00", "2027-01-02 14:00"]
    [to_ana] = bot.platform.private_texts("ana")
    assert "Changement" in to_ana and "samedi 5 décembre 2026" in to_ana
    [to_ben] = bot.platform.private_texts("ben")
    assert "annulées" in to_ben and f"#{made[5].id}" in to_ben
    # The top-up follows the new rule: no Friday comes back.
    await tick_at(bot, Scheduler(bot.core), bot.clock() + timedelta(days=20))
    assert await starts_of(bot, 1) == ["2027-01-02 14:00", "2027-02-06 14:00"]  # 8 weeks
    reply = await bot.say("/modifierserie 1 heure 15h")
    assert "le premier samedi du mois à 15h" in reply
    assert await starts_of(bot, 1) == ["2027-01-02 15:00", "2027-02-06 15:00"]
    reply = await bot.say("/modifierserie 1 durée 2h")
    coming = [e for e in await bot.core.storage.series.occurrences(1, bot.clock())
              if not e.cancelled]
    assert coming[0].ends_at is not None and local(coming[0].ends_at) == "2027-01-02 17:00"
    await bot.say("/modifierserie 1 description Venez nombreux")
    coming = [e for e in await bot.core.storage.series.occurrences(1, bot.clock())
              if not e.cancelled]
    assert {e.description for e in coming} == {"Venez nombreux"}
    assert "chaque jour" in await bot.say("/modifierserie 1 heure tous les jours 18h")


async def test_dst_gap_is_announced_when_the_series_is_created(bot: Bot) -> None:
    bot.clock.current = datetime(2027, 3, 20, 12, tzinfo=UTC)
    reply = await bot.say("/newseries Nuit | dimanche 2h30")
    assert "3h30" in reply


async def test_old_weekly_rows_are_migrated_and_keep_working(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    folder = resources.files("storage.migrations")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        for version in range(1, 5):
            [script] = [p for p in folder.iterdir() if p.name.startswith(f"000{version}_")]
            for statement in split_sql(script.read_text(encoding="utf-8")):
                db.execute(statement)
            db.execute("INSERT INTO schema_migrations VALUES (?, ?, '2026-01-01')",
                       (version, script.name))
        db.execute("INSERT INTO series (title, kind, weekday, local_time, first_date,"
                   " interval_weeks, place, created_at) VALUES ('Anglais', 'english', 1,"
                   " '18:00', '2026-12-01', 2, 'Le Focus', '2026-11-01')")
    store = await Storage.open(path)
    try:
        [series] = await store.series.active()
        assert series.rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
        made = await top_up(store.series, series, NOW)
        assert [local(e.starts_at) for e in made] == [
            "2026-12-01 18:00", "2026-12-15 18:00", "2026-12-29 18:00", "2027-01-12 18:00"]
        assert made[-1].starts_at - made[0].starts_at == timedelta(weeks=6, hours=0)
    finally:
        await store.close()


async def test_editseries_keeps_the_dates_the_new_rule_keeps(bot: Bot) -> None:
    """Every Friday → every other Friday: the Fridays kept keep their answers, the others are
    dropped; then Tuesdays join: the Fridays stay and the Tuesdays are added."""
    await bot.say("/newseries Jeux | vendredi 19h30")
    made = await bot.core.storage.series.occurrences(1, bot.clock())
    await bot.say(f"/participer {made[2].id}", user="ana")  # Friday 11 December
    reply = await bot.say("/modifierserie 1 quand un vendredi sur deux 19h30")
    assert "un vendredi sur deux à 19h30" in reply and "4 dates annulées" in reply
    assert await starts_of(bot, 1) == [
        "2026-11-27 19:30", "2026-12-11 19:30", "2026-12-25 19:30", "2027-01-08 19:30"]
    assert (await bot.core.storage.rsvps.counts(made[2].id)).going_people == 1
    assert bot.platform.private_texts("ana") == []  # her date did not change
    reply = await bot.say("/modifierserie 1 quand mardi et vendredi 19h30")
    assert "chaque mardi et vendredi à 19h30" in reply
    coming = await starts_of(bot, 1)
    # Friday 4 December was cancelled and its people told: it is not brought back.
    assert coming[:5] == ["2026-11-27 19:30", "2026-12-01 19:30", "2026-12-08 19:30",
                          "2026-12-11 19:30", "2026-12-15 19:30"]
    assert len(coming) == len(set(coming)) == 12
