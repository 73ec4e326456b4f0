"""Session 6, Discord: channels the bot cannot post in. An organiser announced an event
while the bot's role had lost « Envoyer des messages » in #annonces: the reply said « Aucun
canal d'annonce n'est configuré (TELEGRAM_ANNOUNCE_CHAT_IDS, DISCORD_ANNOUNCE_CHANNEL_IDS) »,
sending a volunteer to a configuration file that is right."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import ALICE, BOB, ORGA, running

from fakes.discord_api import CHANNEL_ID
from recording import plain


async def test_an_announcement_the_channel_refuses_is_not_blamed_on_configuration(
        db_path: Path) -> None:
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        dc.fake.no_send.add(CHANNEL_ID)
        answer = plain((await dc.command("announce", {"text": str(event_id)},
                                         user=ORGA)).text)
    assert "configuré" not in answer and "DISCORD_ANNOUNCE" not in answer, answer
    assert "droits" in answer, answer


async def test_the_cancel_preview_on_discord_gives_no_line_discord_cannot_take(
        db_path: Path) -> None:
    """« Confirmez avec le bouton, ou en tapant : /annuler 1 neige confirmer »: typed in
    Discord, « 1 neige confirmer » lands in the number option, which refuses it."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        preview = plain((await dc.command("cancelevent", {"event": event_id,
                                                          "text": "neige"},
                                          user=ORGA)).text)
        bare = plain((await dc.command("cancelevent", {"event": event_id}, user=ORGA)).text)
    assert f"/annuler {event_id} neige confirmer" not in preview, preview
    assert "« confirmer »" in preview, preview
    assert f"/annuler {event_id} neige" not in bare and "« texte »" in bare, bare


async def test_a_member_whose_private_messages_are_closed_is_told_how_to_open_them(
        db_path: Path) -> None:
    """Bob's seat freed up while his Discord private messages were closed: he was told « Je
    n'ai pas pu vous envoyer de message privé » and nothing about how to receive them
    (Telegram gives a link to the private chat; Discord has none, a setting does it)."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 1)
        await dc.command("rsvp", {"event": event_id}, user=ALICE)
        await dc.command("rsvp", {"event": event_id}, user=BOB)
        dc.fake.dm_closed.add(BOB)
        await dc.command("rsvp", {"event": event_id, "answer": "no"}, user=ALICE)
        await dc.settle()
        told = plain((await dc.command("myevents", user=BOB)).text)
    assert "message privé" in told and "Paramètres de confidentialité" in told, told
