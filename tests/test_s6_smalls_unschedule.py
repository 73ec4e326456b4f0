"""Session 6, an English organiser cancelling a scheduled announcement: the reply suggested
« /unschedule n°1 », which reads French; in English it is « no. 1 », and « no. 1 » / « no 1 »
are understood (« #1 » stays the event)."""

from __future__ import annotations

from recording import Bot, plain


async def _two_crossed(demo: Bot) -> None:
    """Announcement 1 is event #2's, event #1 has announcement 2: « /unschedule 1 » asks."""
    await demo.say("/announcelater 2 tomorrow 6pm", locale="en")
    await demo.say("/announcelater 1 tomorrow 6pm", locale="en")


async def test_an_english_organiser_is_understood_typing_no_1(demo: Bot) -> None:
    await _two_crossed(demo)
    assert "cancelled" in plain(await demo.say("/unschedule no. 1", locale="en")).lower()
    assert "cancelled" in plain(await demo.say("/unschedule No 2", locale="en")).lower()
    assert not [a for a in await demo.core.storage.announcements.pending()
                if a.status == "pending"]


async def test_an_english_organiser_is_offered_no_1(demo: Bot) -> None:
    await _two_crossed(demo)
    asked = plain(await demo.say("/unschedule 1", locale="en"))
    assert "/unschedule no. 1" in asked and "n°" not in asked, asked


async def test_a_french_organiser_still_reads_n_degree(demo: Bot) -> None:
    await demo.say("/annoncerplustard 2 demain 18h")
    await demo.say("/annoncerplustard 1 demain 18h")
    assert "/deprogrammer n°1" in plain(await demo.say("/deprogrammer 1"))
    assert "annulée" in plain(await demo.say("/deprogrammer n°1"))
