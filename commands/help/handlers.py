"""`/help`: the commands this member can use on this platform, in their language, each with
its generated usage line, what it does and an example when the feature gives one.

On Discord people do not type a line: they pick a slash command and fill its options. There
each line shows the slash command with the option names Discord shows (`/participer numero
[reponse] [invites] [enfants]`) and the example as options (`numero:12 reponse:Je viens
invites:2`), generated from the same `CommandSpec` as the slash commands themselves."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime

from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import CATALOGUE, current_locale, platform_key, t
from bot.spec import (
    CommandSpec,
    Handler,
    Param,
    example_of,
    parse_one,
    split_text,
    usage_line,
)
from bot.text import fold

Commands = Callable[[str], Sequence[CommandSpec]]
CONSOLE = "console"
DISCORD = "discord"
# Discord's option names: lower-case, at most 32 characters (we keep to ASCII, as the slash
# commands do: `bot.adapters.discord.slash.option_name`).
_OPTION = re.compile(r"^[a-z0-9_-]{1,32}$")
# Where a typed example's first command ends: « (puis Confirmer) », « , /bilan … ».
_EXAMPLE_END = re.compile(r"\s\(|,\s*/")


def shown_name(spec: CommandSpec) -> str:
    """The name the reader knows: the spec's French name in French, else the English one."""
    return spec.shown_name(current_locale())


def help_line(spec: CommandSpec, platform: str, now: datetime | None = None, *,
              slash: bool = False) -> str:
    """One line of /help: the slash command and its options when asked by a slash command
    (Discord), else the line to type (also on Discord, written in a private chat)."""
    if slash:
        return slash_line(spec, now)
    line = f"• {usage_line(spec, shown_name(spec))} — {t(spec.help_key)}"
    example = example_of(spec, platform)
    return line if example is None else f"{line}, {example}"


def option_name(label: str, fallback: str) -> str:
    """The option name Discord shows for a label: folded, only what Discord accepts."""
    name = re.sub(r"[^a-z0-9_-]", "", fold(label))[:32]
    return name if _OPTION.fullmatch(name) else fallback


def slash_params(spec: CommandSpec) -> tuple[Param, ...]:
    """The parameters that are slash options: not one meant for other platforms only
    (Telegram's deep-link payload, `Param.platforms`)."""
    return tuple(p for p in spec.params
                 if DISCORD in (getattr(p, "platforms", ()) or (DISCORD,)))


def option_names(spec: CommandSpec) -> dict[str, str]:
    """Each parameter's option name in the current locale, unique in the command (a second
    label folding to the same name keeps the parameter's English name)."""
    names: dict[str, str] = {}
    for param in slash_params(spec):
        label = t(param.label_key) if param.label_key in CATALOGUE else param.name
        name = option_name(label, param.name)
        names[param.name] = param.name if name in names.values() else name
    return names


def slash_usage(spec: CommandSpec) -> str:
    """`/participer numero [reponse] [invites] [enfants]`: the slash command and its options,
    optional ones in brackets (all of them when the command also runs with none)."""
    names = option_names(spec)
    parts = [f"/{shown_name(spec)}"]
    for param in slash_params(spec):
        required = param.required and spec.bare is None
        parts.append(names[param.name] if required else f"[{names[param.name]}]")
    if spec.takes_image:
        image = t("discord.image_name") if "discord.image_name" in CATALOGUE else "image"
        parts.append(f"[{option_name(image, 'image')}]")
    return " ".join(parts)


def slash_example(spec: CommandSpec, now: datetime) -> str | None:
    """The feature's example as Discord options (`ex. /participer numero:12 reponse:Je
    viens invites:2`): the typed example read by the command's own parser, each value under
    its option's name, a choice under the label Discord lists. A Discord wording of its own
    (`example.<cmd>.discord`) is kept as written; an example that cannot be read, left out."""
    own = platform_key(spec.example_key, DISCORD)
    if own != spec.example_key:
        return t(own)
    if spec.example_key not in CATALOGUE:
        return None
    example = t(spec.example_key)
    start = example.find("/")
    if start < 0:
        return None
    typed = _EXAMPLE_END.split(example[start:], maxsplit=1)[0]
    _, _, rest = typed.partition(" ")
    try:
        raw = split_text(spec, rest, now)
        shown = []
        names = option_names(spec)
        for param in slash_params(spec):
            value = (raw.get(param.name) or "").strip()
            if not value:
                continue
            if param.kind in ("choice", "int"):
                parsed = parse_one(param, value, now)
                label = f"choice.{param.name}.{parsed}"
                value = t(label) if param.kind == "choice" and label in CATALOGUE else str(
                    parsed)
            shown.append(f"{names[param.name]}:{value}")
    except UserInputError:
        return None
    return f"{example[:start]}/{shown_name(spec)} {' '.join(shown)}".rstrip()


def slash_line(spec: CommandSpec, now: datetime | None = None) -> str:
    """One /help line on Discord: the slash command with its options, what it does, and
    the example as options."""
    line = f"• {slash_usage(spec)} — {t(spec.help_key)}"
    example = slash_example(spec, now) if now is not None else None
    return line if example is None else f"{line}, {example}"


def works_here(spec: CommandSpec, platform: str) -> bool:
    """/help offers only what answers usefully here: the console cannot send a picture.
    (What the deployment lacks, such as the web agenda, the router already leaves out.)"""
    return not (spec.takes_image and spec.bare is None and platform == CONSOLE)


def footer_key(platform: str) -> str:
    """Discord reads no channel messages: a question goes through /faq there, or a
    private message."""
    return platform_key("help.footer", platform)


def help_for(commands: Commands) -> Handler:
    """The /help handler, over the commands of the asker's platform (the router's)."""

    async def help_command(ctx: Context) -> None:
        platform = ctx.incoming.platform
        visible = [c for c in commands(platform)
                   if c.menu and works_here(c, platform)]
        slash = platform == DISCORD and ctx.incoming.command is not None
        lines = [t("help.header")]
        lines += [help_line(c, platform, ctx.now, slash=slash)
                  for c in visible if not c.organizer]
        if ctx.is_organizer:
            organizer = [help_line(c, platform, ctx.now, slash=slash)
                         for c in visible if c.organizer]
            if organizer:
                lines.append(t("help.organizer_header"))
                lines += organizer
        if platform == CONSOLE:
            lines.append(t("help.console"))
        lines.append(t(footer_key(platform)))
        ctx.reply("\n".join(lines))

    return help_command
