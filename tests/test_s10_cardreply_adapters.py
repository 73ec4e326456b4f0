"""Session 10 (cardreply), through the real adapters against the fakes: a parent replies
under the parents' group card on Telegram (long press → Répondre), a teenager under the
card in Discord's #annonces; what they then read privately, and what the group or channel
reads (nothing: neither the reply's answer nor a child's name). Seen failing on the FAQ
and rsvp parser of commit f40172d before the fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_discord_adapter import BOB, MEMBERS, launch, shutdown
from test_s9_adapters2_dc import _replied
from test_telegram_adapter import GROUP, ORGA, Harness, new_event

from fakes.discord_api import FakeDiscord
from fakes.telegram_api import Stored, group_chat, user
from recording import NOW, Clock, plain

NADIA = user(3302, "Nadia", "fr")


async def _under_group_card(tg: Harness, text: str, event: int) -> tuple[str, str]:
    """What Nadia reads privately after replying `text` under the group's card of `event`,
    and what the group reads."""
    await tg.say(ORGA, f"/annoncer {event}")
    card: Stored = [m for m in tg.fake.chat(GROUP) if m.button_data][-1]
    before = set(tg.fake.messages)
    tg.fake.reply_text(NADIA, group_chat(GROUP), text, card)
    tg.pushed += 1
    await tg.settle()
    new = [m for k, m in sorted(tg.fake.messages.items()) if k not in before]
    return (plain("\n".join(m.visible for m in new if m.chat_id == NADIA["id"])),
            "\n".join(m.visible for m in new if m.chat_id == GROUP))


async def test_telegram_three_of_us_under_the_group_card_gets_the_line_for_three(
        tg: Harness) -> None:
    event = await new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 12")
    private, public = await _under_group_card(tg, "on sera 3", event)
    assert f"/participer {event} oui +2" in private, private
    assert public == ""
    assert (await tg.core.storage.rsvps.counts(event)).going_seats == 0  # words book nothing


async def test_telegram_a_child_alone_under_the_group_card_is_never_tout_public(
        tg: Harness) -> None:
    event = await new_event(tg, "Atelier dessin | 2026-12-05 14:00 | 12")
    await tg.say(ORGA, f"/modifier {event} public Tout public")
    private, public = await _under_group_card(tg, "mon fils a 9 ans il peut venir seul ?",
                                              event)
    assert "Tout public." not in private and "sans adulte" in private, private
    assert public == ""


async def test_telegram_the_end_of_an_event_with_no_end_is_not_its_start(
        tg: Harness) -> None:
    event = await new_event(tg, "Soirée jeux | 2026-12-05 20:00 | 12")
    private, public = await _under_group_card(tg, "ça finit à quelle heure ?", event)
    assert "à 20h" not in private.split("\n")[0], private
    assert "n'est pas indiquée" in private, private
    assert public == ""


def _in_channel(fake: FakeDiscord, since: set[str]) -> list[dict[str, Any]]:
    return [m for k, m in fake.messages.items() if k not in since
            and fake.dm_channels.get(int(m["channel_id"])) is None]


async def test_discord_a_teen_bringing_two_mates_under_the_card_gets_the_line_for_three(
        db_path: Path) -> None:
    # « trop bien jviens avec 2 potes » got « Je n'ai pas compris », and in the private
    # chat a line for one.
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event = await dc.new_event("Soirée jeux", capacity=12)
            card = await dc.announce(event)
            since = set(fake.messages)
            said, _ = await _replied(dc, BOB, "trop bien jviens avec 2 potes", card)
            assert f"/participer {event} oui +2" in said, said
            assert not _in_channel(fake, since)
            said, _ = await _replied(dc, BOB, "je peux ramener un pote ?", card)
            assert "Tout public" not in said, said
        finally:
            await shutdown(dc)
