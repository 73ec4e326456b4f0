"""Session 6, the English-speaking organiser and English-speaking parents on a fresh install:
the demo events' titles in English on what events, the door and announcements say (the
cards already did; the notices and replies said « Soirée jeux de société »)."""

from __future__ import annotations

from recording import Bot, plain, private_text

FRENCH = ("Soirée jeux", "Projection de film")


def english(text: str) -> str:
    shown = plain(text)
    assert shown and not [w for w in FRENCH if w in shown], shown
    return shown


async def test_a_parent_told_of_a_change_or_a_cancellation_reads_the_english_title(
        demo: Bot) -> None:
    """Kate (English phone) goes to both demo events; the organiser moves the games night
    and cancels the screening: « Change for "Soirée jeux de société" »."""
    await demo.say("/rsvp 1 going", user="kate", locale="en")
    await demo.say("/rsvp 2 going", user="kate", locale="en")
    await demo.say("/modifier 1 heure 20h")
    await demo.say("/annuler 2 panne de projecteur confirmer")
    told = english(private_text(demo, "kate"))
    assert "Board-game night" in told and "Film screening" in told, told
    assert "Board-game night" in english(await demo.say("/ics 1", user="kate", locale="en"))


async def test_the_english_organiser_reads_english_titles_in_replies(demo: Bot) -> None:
    """Sam organises in English: « Event #1 changed », the cancel preview, the door list and
    an announcement scheduled all named « Soirée jeux de société »."""
    english(await demo.say("/editevent 1 time 8pm", locale="en"))
    english(await demo.say("/cancelevent 2", locale="en"))
    english(await demo.say("/announcelater 1 tomorrow 6pm", locale="en"))
    english(await demo.say("/scheduled", locale="en"))
    english(await demo.say("/unschedule n°1", locale="en"))
    english(await demo.say("/closesignups 1", locale="en"))
    games = await demo.core.storage.events.get(1)
    assert games is not None
    demo.clock.current = games.starts_at
    english(await demo.say("/checkin 1", locale="en"))
    # A French organiser still reads the French title.
    assert "Soirée jeux de société" in plain(await demo.say("/pointage 1"))
