"""`/help`: the commands this member can use here, with their usage, in their language."""

from __future__ import annotations

from bot.context import Context
from bot.i18n import t
from bot.router import Command, Router


def _line(ctx: Context, cmd: Command) -> str:
    return f"• {t(cmd.usage_key)} — {t(cmd.help_key)}"


async def help_command(ctx: Context) -> None:
    router = ctx.core.router
    visible = [c for c in router.commands if router.available(c, ctx.incoming.platform)
               and c.name not in ("start",)]
    lines = [t("help.header")]
    lines += [_line(ctx, c) for c in visible if not c.organizer]
    if ctx.is_organizer:
        lines.append(t("help.organizer_header"))
        lines += [_line(ctx, c) for c in visible if c.organizer]
    if ctx.incoming.platform == "console":
        lines.append(t("help.console"))
    lines.append(t("help.footer"))
    ctx.reply("\n".join(lines))


def register(router: Router) -> None:
    router.command("help", help_command, aliases=("aide", "commandes", "h"))
