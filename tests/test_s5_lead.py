"""Session 5: what the lead wired after the QA passes (refusals on Discord name the options)."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import ALICE, BOB, running

from recording import plain


async def test_a_refused_slash_command_names_the_options_not_a_typed_line(
        db_path: Path) -> None:
    """A teenager fills /participer's options wrongly: the usage line under the refusal named
    « /participer <numéro> [oui|peut-être|non] », words nobody types on Discord."""
    async with running(db_path) as dc:
        event = await dc.new_event()
        fr = plain((await dc.command("rsvp", {"event": str(event), "guests": "12"},
                                     user=ALICE)).text)
        en = plain((await dc.command("rsvp", {"event": str(event), "guests": "12"},
                                     user=BOB, locale="en-GB")).text)
    assert "/participer numero [reponse] [invites] [enfants]" in fr, fr
    assert "numero:12" in fr and "<" not in fr, fr
    assert "/rsvp number [answer] [guests] [children]" in en, en
