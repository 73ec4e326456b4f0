"""`/help`: the commands this member can use on this platform, in their language, each with
its generated usage line, what it does and an example when the feature gives one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.context import Context
from bot.i18n import CATALOGUE, current_locale, t
from bot.spec import CommandSpec, Handler, usage_line

Commands = Callable[[str], Sequence[CommandSpec]]


def shown_name(spec: CommandSpec) -> str:
    """The name the reader knows: the spec's French name in French, else the English one."""
    return spec.shown_name(current_locale())


def help_line(spec: CommandSpec) -> str:
    line = f"• {usage_line(spec, shown_name(spec))} — {t(spec.help_key)}"
    if spec.example_key in CATALOGUE:
        line += f", {t(spec.example_key)}"
    return line


def help_for(commands: Commands) -> Handler:
    """The /help handler, over the commands of the asker's platform (the router's)."""

    async def help_command(ctx: Context) -> None:
        platform = ctx.incoming.platform
        visible = [c for c in commands(platform) if c.menu]
        lines = [t("help.header")]
        lines += [help_line(c) for c in visible if not c.organizer]
        if ctx.is_organizer:
            organizer = [help_line(c) for c in visible if c.organizer]
            if organizer:
                lines.append(t("help.organizer_header"))
                lines += organizer
        if platform == "console":
            lines.append(t("help.console"))
        lines.append(t("help.footer"))
        ctx.reply("\n".join(lines))

    return help_command
