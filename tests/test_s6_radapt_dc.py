"""Session 6, review of the Discord adapter from a teenager's seat, through the real
discord.py against the fake Discord: the private chat's language. A private message carries
no language of its own, but the member's is known: chosen with /langue, or their Discord
app's, seen with every slash command."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import BOB, Harness, running

from recording import plain


def _said(dc: Harness, user: int) -> list[str]:
    return [plain(m["content"]) for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["content"]]


async def test_an_english_discord_member_writing_privately_is_answered_in_english(
        db_path: Path) -> None:
    """Bob's Discord is in English: /events answers him in English. He then writes « /help »
    to the bot in his private chat and gets the French list (« Commandes »…)."""
    async with running(db_path) as dc:
        await dc.command("events", user=BOB, locale="en-US")
        await dc.fake.say_in_dm(BOB, "/help")
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 1)
        await dc.settle()
        said = " ".join(_said(dc, BOB))
    assert "/events" in said and "/evenements" not in said, said


async def test_the_adapters_own_line_in_private_follows_the_language_chosen(
        db_path: Path) -> None:
    """Bob chose /langue en; he sent a picture in his private chat: « Je ne lis que les
    messages écrits », in French, the only line of the chat not in his language."""
    async with running(db_path) as dc:
        await dc.command("language", {"language": "en"}, user=BOB)
        await dc.fake.say_in_dm(BOB, "", picture="meme.png")
        await dc.fake.wait_until(lambda: len(_said(dc, BOB)) >= 1)
        await dc.settle()
        said = _said(dc, BOB)
    assert len(said) == 1 and "written" in said[0], said
