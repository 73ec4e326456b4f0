"""Session 5: what the lead wired after the QA passes: refusals on Discord name the options;
« sa » / « ses » before the people a parent brings."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_discord_adapter import ALICE, BOB, running

from recording import Bot, new_event, plain


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


@pytest.mark.parametrize(("typed", "seats", "not_a_name"), [
    ("oui Tom et sa soeur", 3, "Sa Soeur"),
    ("oui ma copine et ses 2 enfants", 4, "Ses"),
])
async def test_his_or_her_people_are_counted_not_named(
        bot: Bot, typed: str, seats: int, not_a_name: str) -> None:
    """« Tom et sa sœur » noted a child « Sa Soeur » and asked « one child or two? »;
    « ma copine et ses 2 enfants » was refused as a bad first name."""
    event_id = await new_event(bot, "Atelier photo | 2026-12-05 14:00 | 20")
    reply = plain(await bot.say(f"/participer {event_id} {typed}", user="lea"))
    assert f"pour {seats} places" in reply, reply
    assert not_a_name not in reply
    assert (await bot.core.storage.rsvps.counts(event_id)).going_seats == seats
