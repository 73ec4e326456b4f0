"""Discord, split by job: `adapter` (lifecycle, incoming, answers), `slash` (commands
generated from the specs), `mirror` (native events), `pacing` (limits), `render` (layout)."""

from bot.adapters.discord.adapter import DiscordAdapter

__all__ = ["DiscordAdapter"]
