"""Session 7, final read of the core's area (rev-core): what a member sees, through the core
with the recording platform on a real SQLite file (`bot` fixture)."""

from __future__ import annotations

from recording import Bot


async def test_help_about_an_unknown_command_opens_with_one_line_not_two(bot: Bot) -> None:
    """« /aide toto » answered « Je ne trouve pas « toto » parmi vos commandes. Les voici : »
    and then, as if starting over, « Bonjour ! Je suis le bot du Focus… Voici ce que je sais
    faire : ». Now the first line leads straight into the list."""
    said = await bot.say("/aide toto", user="lea")
    first, second = said.splitlines()[:2]
    assert first.startswith("Je ne trouve pas") and "toto" in first, said
    assert "Bonjour" not in said and "Voici ce que je sais faire" not in said, said
    assert second.startswith("• /"), said  # the list itself follows
