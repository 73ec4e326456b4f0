"""Session 7, dates for English readers who live in France (Europe/Paris): the day before the
month and a 24-hour clock, as on every poster, ticket and timetable around them — « Friday
27 November 2026 at 19:30 », never "Friday, November 27, 2026 at 7:30 PM" — and French
unchanged."""

from __future__ import annotations

import re

from recording import Bot, plain

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
# What an American calendar writes: « November 27 », « 7:30 PM », « 12:05 AM ».
US_STYLE = re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}\b|\b\d{{1,2}}:\d{{2}} ?[AP]M\b")


async def test_an_english_reader_sees_day_month_and_a_24_hour_clock(demo: Bot) -> None:
    """Tom, English-speaking, in Alès: /events, the card, his answer and /myevents all read
    « Friday 27 November … 19:30 » (the demo games night), not "November 27 … 7:30 PM"."""
    listed = plain(await demo.say("/events", user="tom", locale="en"))
    card = plain(await demo.say("/event 1", user="tom", locale="en"))
    answer = plain(await demo.say("/rsvp 1 going", user="tom", locale="en"))
    mine = plain(await demo.say("/myevents", user="tom", locale="en"))
    for text in (listed, card, answer, mine):
        assert not US_STYLE.search(text), text
    assert "Friday 27 November" in card and "19:30" in card, card
    assert "Saturday 28 November" in listed and "20:00" in listed, listed


async def test_an_english_organiser_reads_the_date_back_the_same_way(bot: Bot) -> None:
    """The reply to /newevent repeats the date in words: an organiser who typed « 5/12
    20:00 » must read 5 December, in the order they wrote it, not "December 5"."""
    reply = plain(await bot.say("/newevent Ciné-club | 2026-12-05 09:30 | 20", locale="en"))
    assert "Saturday 5 December 2026 at 09:30" in reply, reply
    assert not US_STYLE.search(reply), reply


async def test_french_readers_see_no_change(demo: Bot) -> None:
    card = plain(await demo.say("/evenement 1", user="lea"))
    assert "vendredi 27 novembre 2026 à 19h30" in card, card


async def test_a_date_quoted_back_in_a_refusal_is_day_first_too(bot: Bot) -> None:
    """« friday 5 december 20:00 » (the 5th is a Saturday): the question named the date
    "December 5, 2026" and the two dates it offers "Friday 4 December", in two orders."""
    reply = plain(await bot.say("/newevent Ciné-club | friday 5 december 20:00 | 20",
                                locale="en"))
    assert "5 December 2026" in reply, reply
    assert not US_STYLE.search(reply), reply


def test_english_words_of_the_features_use_the_24_hour_clock_too() -> None:
    """/help's example for /message read « We start at 7:45 pm! » and the note of a night
    when clocks go back « from 2 to 3 AM », beside cards that now say 19:30."""
    from bot.i18n import t, using
    from commands import build_router

    build_router()
    with using("en"):
        for key in ("example.message", "newevent.twice"):
            assert not re.search(r"\b(?:AM|PM|am|pm)\b", t(key)), t(key)
