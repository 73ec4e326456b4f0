"""Session 4, third QA pass: the volunteer organiser with no technical background, on a phone,
creating, changing, keeping the door and reporting. Each test names what the organiser typed,
what they saw and what they should see."""

from __future__ import annotations

import re

import pytest
from test_guided import Dialogue

from recording import Bot, new_event, plain

# NOW (tests/recording.py) is Wednesday 25 November 2026, 11:00 in Paris.


async def say(bot: Bot, text: str, locale: str | None = None) -> str:
    return plain(await bot.say(text, locale=locale))


# -- creating: the dates organisers really type ------------------------------------------------


async def test_a_range_written_with_a_slash_is_read(bot: Bot) -> None:
    """« samedi 14h/17h », as posters in the hall write it: refused with « Je n'ai pas
    compris la date », and no example showed a range."""
    reply = await say(bot, "/creer Jeux | samedi 14h/17h")
    assert "samedi 28 novembre 2026 à 14h, jusqu'à 17h" in reply, reply


async def test_a_weekday_that_does_not_match_says_which_dates_were_meant(bot: Bot) -> None:
    """« sam 6 déc 14h » (the 6th is a Sunday): « Pouvez-vous vérifier la date ? » and the
    organiser, on a phone with no calendar at hand, does not know what to type instead. The
    reply should offer both readings, ready to type."""
    reply = await say(bot, "/creer Jeux | sam 6 déc 14h")
    assert "samedi 5 décembre" in reply and "dimanche 6 décembre" in reply, reply
    english = await say(bot, "/newevent Games | sat 6 dec 2pm", locale="en")
    assert "Saturday 5 December" in english and "Sunday 6 December" in english, english


# -- changing ----------------------------------------------------------------------------------


async def test_duplicating_to_next_saturday_keeps_the_time_of_the_source(bot: Bot) -> None:
    """/dupliquer 1 samedi prochain: « À quelle heure ? », though the source is at 20h and
    /modifier 1 date samedi prochain keeps it. Same words, same meaning."""
    source = await new_event(bot, "Soirée jeux | 2026-11-27 20:00-23:00 | 20")
    reply = await say(bot, f"/dupliquer {source} samedi prochain")
    assert "samedi 28 novembre 2026 à 20h, jusqu'à 23h" in reply, reply
    with_time = await say(bot, f"/dupliquer {source} sam 5 déc 14h")
    assert "samedi 5 décembre 2026 à 14h, jusqu'à 17h" in with_time, with_time


async def test_a_new_duration_is_said_back_as_a_duration(bot: Bot) -> None:
    """/modifier 1 durée 3h answered « durée → dimanche 29 novembre 2026 à 1h »: the
    organiser typed a length and reads a date. It should read the length, then the end."""
    event = await new_event(bot, "Réveillon | 2026-12-31 22:00 | 30")
    reply = await say(bot, f"/modifier {event} durée 3h")
    assert "durée → 3h" in reply and "1er janvier 2027 à 1h" in reply, reply
    english = await say(bot, f"/editevent {event} duration 90m", locale="en")
    assert "duration → 1h30" in english, english


async def test_moving_a_series_to_another_weekday_keeps_its_time_and_rhythm(bot: Bot) -> None:
    """/modifierserie 1 jour jeudi on « un mercredi sur deux à 18h »: « À quelle heure ? ».
    The organiser only wanted Thursday instead of Wednesday, every other week at 18h still;
    and « premier samedi du mois » moved to Sunday stays « premier … du mois »."""
    await say(bot, "/nouvelleserie Jeux | un mercredi sur deux 18h")
    reply = await say(bot, "/modifierserie 1 jour jeudi")
    assert "un jeudi sur deux à 18h" in reply, reply
    await say(bot, "/nouvelleserie Club | premier samedi du mois 14h")
    monthly = await say(bot, "/modifierserie 2 jour dimanche")
    assert "le premier dimanche du mois à 14h" in monthly, monthly


# -- the report --------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "shown"), [
    ("ce mois-ci", "novembre 2026"),
    ("le mois dernier", "octobre 2026"),
    ("cette année", "2026"),
    ("l'année dernière", "2025"),
    ("dernier trimestre", "juillet 2026 – septembre 2026"),
    ("ce trimestre", "octobre 2026 – décembre 2026"),
    ("de septembre à décembre", "septembre 2026 – décembre 2026"),
    ("d'octobre à décembre", "octobre 2026 – décembre 2026"),  # the elided « de » too
    ("d’avril à juin", "avril 2026 – juin 2026"),
    ("septembre", "septembre 2026"),
    ("cette saison", "septembre 2026 – août 2027"),
])
async def test_the_report_understands_periods_said_in_words(bot: Bot, typed: str,
                                                           shown: str) -> None:
    """/bilan ce mois-ci, /bilan de septembre à décembre, /bilan dernier trimestre: all
    « je ne comprends pas cette période ». Treasurers say it this way to the town hall."""
    reply = await say(bot, f"/bilan {typed}")
    assert f"sur la période {shown} :" in reply, reply


@pytest.mark.parametrize(("typed", "shown"), [
    ("this month", "November 2026"),
    ("last month", "October 2026"),
    ("last quarter", "July 2026 – September 2026"),
    ("from september to december", "September 2026 – December 2026"),
])
async def test_the_report_understands_periods_said_in_english(bot: Bot, typed: str,
                                                             shown: str) -> None:
    reply = await say(bot, f"/report {typed}", locale="en")
    assert f"No event held in {shown}" in reply, reply


async def test_a_period_not_understood_offers_the_words_too(bot: Bot) -> None:
    """The refusal listed only 2026-09..2027-06-style examples: it should offer the words
    an organiser would say."""
    reply = await say(bot, "/bilan l'hiver")
    assert "ce mois-ci" in reply and "dernier trimestre" in reply, reply


# -- what parents and the door volunteer read --------------------------------------------------


async def test_the_card_shows_until_when(bot: Bot) -> None:
    """/creer Jeux | samedi 14h-17h: the confirmation says « jusqu'à 17h » but the card that
    parents see says only « samedi 28 novembre 2026 à 14h »: a parent cannot tell when to
    pick the children up."""
    reply = await say(bot, "/creer Jeux | samedi 14h-17h")
    card = reply.split("\n", 1)[1]
    assert re.search(r"14h.*17h", card), card


async def test_a_waitlisted_latecomer_can_be_found_at_the_door(bot: Bot) -> None:
    """Full event, Zoé on the waitlist comes anyway because someone did not turn up: the
    volunteer at the door looks for her name on /pointage and it is not there; the only way
    is « + sans inscription », and Zoé then counts as a stranger in the report."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 1")
    await bot.say(f"/participer {event} oui", user="ana")
    await bot.say(f"/participer {event} oui", user="zoe")
    bot.clock.advance(hours=9)
    door = await say(bot, f"/pointage {event}")
    replies = await bot.replies(f"/pointage {event}")
    labels = [b.label for r in replies for b in r.buttons]
    assert any("Zoe" in label and "liste d'attente" in label for label in labels), (door,
                                                                                     labels)
    # Ana did not come; Zoé is let in: she is going and present, Ana the one no-show.
    zoe = next(b for r in replies for b in r.buttons if "Zoe" in b.label)
    await bot.press(zoe.action)
    sheet = await bot.core.storage.attendance.sheet(event)
    assert (sheet.present_seats, sheet.booked_seats) == (1, 2)
    counts = await bot.core.storage.rsvps.counts(event)
    assert (counts.going_people, counts.waitlist) == (2, 0)


# -- at the door -------------------------------------------------------------------------------


async def test_a_tap_too_early_says_when_the_door_opens(bot: Bot) -> None:
    """The volunteer opens /pointage on Wednesday to get ready for Saturday and taps a name:
    « le pointage ouvre 3 heures avant » — before what, at what time? The refusal should
    give the moment, in words."""
    event = await new_event(bot, "Soirée jeux | 2026-11-28 20:00 | 10")
    await bot.say(f"/participer {event} oui", user="ana")
    door = [r for r in await bot.replies(f"/pointage {event}") if r.buttons][-1]
    name = next(b for b in door.buttons if "Ana" in b.label)
    refused = plain(await bot.press(name.action))
    assert "samedi 28 novembre 2026 à 17h" in refused, refused
    english = plain(await bot.press(name.action, locale="en"))
    assert "Saturday 28 November 2026 at 17:00" in english, english


async def test_a_part_of_the_day_that_contradicts_the_kept_time_is_asked(bot: Bot) -> None:
    """/modifier 1 date dimanche soir on a 14h event: moved to Sunday 14h, « soir » silently
    dropped. The organiser meant an evening: ask the time rather than keep 14h."""
    event = await new_event(bot, "Jeux | 2026-11-28 14:00-17:00")
    reply = await say(bot, f"/modifier {event} date dimanche soir")
    assert "À quelle heure" in reply and "dimanche soir" in reply, reply
    copy = await say(bot, f"/dupliquer {event} demain soir")
    assert "À quelle heure" in copy, copy
    fits = await say(bot, f"/modifier {event} date dimanche après-midi")
    assert "dimanche 29 novembre 2026 à 14h" in fits, fits


async def test_the_spring_night_offers_an_hour_that_exists(bot: Bot) -> None:
    """« 28/03/2027 2h30 » (clocks jump from 2h to 3h): « Choisissez une autre heure » —
    which one? Offer the two nearest that exist, ready to type."""
    reply = await say(bot, "/creer Nuit des étoiles | 28/03/2027 2h30")
    assert "1h30" in reply and "3h30" in reply, reply


async def test_the_report_does_not_say_that_no_shows_came(bot: Bot) -> None:
    """The door was kept: 1 present out of 3 booked. /bilan said « Membres différent·e·s : 3,
    dont 3 venu·e·s pour la première fois »: the treasurer would tell the town hall that 3
    people came. Those members booked; the words must say so."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10")
    for who in ("ana", "ben", "chloe"):
        await bot.say(f"/participer {event} oui", user=who)
    bot.clock.advance(hours=9)
    door = [r for r in await bot.replies(f"/pointage {event}") if r.buttons][-1]
    await bot.press(next(b for b in door.buttons if "Ana" in b.label).action)
    bot.clock.advance(days=1)
    summary = await say(bot, "/bilan ce mois-ci")
    assert "venu·e·s" not in summary and "inscrit·e·s" in summary, summary


# -- announcing --------------------------------------------------------------------------------


async def test_an_announcement_after_the_start_says_until_when(bot: Bot) -> None:
    """/annoncerplustard 1 samedi 21h for a Saturday 20h event: « L'événement #1 aura
    commencé à ce moment-là. » and nothing about what to type. Say when it starts and give
    a line that works."""
    event = await new_event(bot, "Jeux | 2026-11-28 20:00")
    reply = await say(bot, f"/annoncerplustard {event} samedi 21h")
    assert "samedi 28 novembre 2026 à 20h" in reply, reply
    assert f"/annoncerplustard {event} " in reply.split("\n")[0], reply
    english = await say(bot, f"/announcelater {event} saturday 9pm", locale="en")
    assert "Saturday 28 November 2026 at 20:00" in english, english


async def test_cancelling_an_event_says_its_scheduled_announcements_will_not_go(
        bot: Bot) -> None:
    """/annuler 1 neige confirmer with an announcement planned for tomorrow 18h: « annulé.
    0 personne prévenue » and not a word of it. The organiser should read, there and then,
    that it will not be published (/programmees says so too, since the first QA pass)."""
    event = await new_event(bot, "Jeux | 2026-11-28 20:00")
    await say(bot, f"/annoncerplustard {event} demain 18h")
    done = await say(bot, f"/annuler {event} neige confirmer")
    assert "n°1" in done and "ne sera pas publiée" in done, done
    assert "ne sera pas publiée" in await say(bot, "/programmees")


async def test_an_english_cancellation_numbers_announcements_in_english(bot: Bot) -> None:
    """The same in English read « The scheduled announcement n°1 will not be published »:
    « n° » is French; /scheduled says « Announcement 1 » in English."""
    event = await new_event(bot, "Games | 2026-11-28 20:00")
    await say(bot, f"/announcelater {event} tomorrow 6pm", locale="en")
    done = await say(bot, f"/cancelevent {event} snow confirm", locale="en")
    assert "announcement 1 will not be published" in done and "n°" not in done, done


# -- the guided creation -----------------------------------------------------------------------


async def guided_preview(bot: Bot, when: str) -> Dialogue:
    """/creer answered up to the preview: « Jeux », a game night at `when`, no limit, free."""
    d = Dialogue(bot)
    await d.say("/creer")
    await d.tap("Soirée jeux de société")
    await d.say("Jeux")
    await d.say(when)
    await d.tap("Sans limite")
    await d.tap("Gratuit")
    await d.tap("Passer")
    if "Passer" in d.labels():  # the picture step, with the poster feature
        await d.tap("Passer")
    return d


async def test_changing_the_day_from_the_preview_keeps_the_time(bot: Bot) -> None:
    """/creer, …, « samedi 20h-23h », the preview, « Modifier », « Date et heure »: the only
    button was « Annuler » (which throws the whole draft away), and « dimanche » was
    answered « À quelle heure ? » though /modifier 1 date dimanche keeps the time. There
    should be a way back to the preview, and the day alone should keep 20h–23h."""
    d = await guided_preview(bot, "samedi 20h-23h")
    await d.tap("Modifier")
    await d.tap("Date et heure")
    assert "Retour à l'aperçu" in d.labels(), d.labels()
    text = await d.say("dimanche")
    assert "dimanche 29 novembre 2026 à 20h, jusqu'à 23h" in text and "Aperçu" in text, text
    await d.tap("Modifier")
    await d.tap("Titre")
    assert "Jeux" in await d.tap("Retour à l'aperçu")
    assert await bot.core.storage.events.count() == 0


async def test_a_date_passed_before_publishing_offers_no_dead_way_back(bot: Bot) -> None:
    """The draft waited past its own date, « Publier maintenant »: « La date choisie est
    passée entre-temps : quand, alors ? » came with « Retour à l'aperçu », which only asked
    the same question again (the preview has no date to show). Only a new date moves on."""
    d = await guided_preview(bot, "25/11 13h")
    bot.clock.advance(hours=3)
    assert "passée entre-temps" in await d.tap("Publier maintenant")
    assert "Retour à l'aperçu" not in d.labels(), d.labels()
    assert "Aperçu" in await d.say("samedi 20h")


async def test_a_series_edit_says_the_new_value(bot: Bot) -> None:
    """/modifierserie 1 lieu Salle 2 answered « Série n°1 « Jeux » modifiée (un mercredi sur
    deux à 18h) : 5 dates… »: the place is not in it, so a typo cannot be seen, unlike
    /modifier, which answers « lieu → Salle 2 »."""
    await say(bot, "/nouvelleserie Jeux | un mercredi sur deux 18h")
    assert "lieu → Salle 2" in await say(bot, "/modifierserie 1 lieu Salle 2")
    assert "durée → 2h30" in await say(bot, "/modifierserie 1 durée 2h30")
    assert "prix → 3,00 €" in await say(bot, "/modifierserie 1 prix 3")
    assert "places → illimité" in await say(bot, "/modifierserie 1 places illimité")
    english = await say(bot, "/editseries 1 kind screening", locale="en")
    assert "kind → Screening" in english, english

