"""Slash commands generated from the router's command specs: no list of our own.

Every spec available on Discord becomes one app command; each `Param` becomes one typed
option (event: integer with autocomplete; int: integer with its range; choice: string with
labelled choices; text, when, duration, word: string with the Param's maximum length). Names
and descriptions come from the features' strings, in French and English. A new spec is on
Discord at the next start, with nothing to write here.

discord.py reads a command's options from its callback's signature, so each command gets a
callback whose `__signature__` is built from the spec (options `p0`, `p1`… renamed to the
params' names). The callback only hands the values, as strings, to the adapter: the core
parses them with the same parser as typed text.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice, locale_str

from bot.adapters.discord.pacing import (
    DESCRIPTION_LIMIT,
    MAX_CHOICES,
    MAX_OPTIONS,
    STRING_OPTION_LIMIT,
)
from bot.i18n import LOCALES, t, using
from bot.messages import Form
from bot.router import Router
from bot.spec import MAX_ID, CommandSpec, Param, option_name, slash_params
from bot.spec import option_names as names_here

PLATFORM = "discord"
# Discord's limits for a modal: title and labels, values, at most five fields.
MODAL_TITLE_LIMIT = 45
MODAL_LABEL_LIMIT = 45
MODAL_VALUE_LIMIT = 4000
MODAL_FIELDS = 5

Interaction = discord.Interaction[Any]
# (interaction, spec, {param name: value as text}, the picture attached) -> the adapter
# serves it
Runner = Callable[[Interaction, CommandSpec, dict[str, str], discord.Attachment | None],
                  Awaitable[None]]
# The option of a command that takes a picture (`CommandSpec.takes_image`).
IMAGE_OPTION = "image"
# (interaction, what is typed so far) -> upcoming events to offer
Chooser = Callable[[Interaction, str], Awaitable[list[Choice[int]]]]
SlashCommand = app_commands.Command[Any, ..., None]

_NAME = re.compile(r"^[a-z0-9_-]{1,32}$")


def valid_name(name: str) -> bool:
    """A name every Discord client accepts (we keep to lower-case ASCII)."""
    return _NAME.fullmatch(name) is not None


def words(key: str, fallback: str = "") -> dict[str, str]:
    """One catalogue string in every locale; `fallback` where the key is missing."""
    found: dict[str, str] = {}
    for locale in LOCALES:
        with using(locale):
            try:
                found[locale] = t(key)
            except KeyError:
                found[locale] = fallback
    return found


def localised(key: str, fallback: str | Mapping[str, str],
              limit: int = DESCRIPTION_LIMIT) -> locale_str:
    """A text Discord shows in the client's language (English is the default); `fallback`
    (one text, or one per locale) where the catalogue has none."""
    found: dict[str, str] = {}
    for locale, text in words(key).items():
        other = fallback if isinstance(fallback, str) else fallback.get(locale, "")
        found[locale] = (text.strip() or other.strip() or key)[:limit]
    return locale_str(found["en"], **found)


def command_name(spec: CommandSpec) -> locale_str:
    """English name; in French the spec's French name when Discord accepts it (what `/aide`
    shows), else its first alias valid as a Discord name, else the English one."""
    french = next((a for a in (spec.french_name, *spec.aliases) if valid_name(a)), spec.name)
    return locale_str(spec.name, fr=french, en=spec.name)


def option_names(spec: CommandSpec) -> dict[str, locale_str]:
    """Each param's option name in every locale: `bot.spec.option_names`, the one rule /aide
    and the refusals' usage lines show too."""
    shown: dict[str, dict[str, str]] = {}
    for locale in LOCALES:
        with using(locale):
            for name, option in names_here(spec).items():
                shown.setdefault(name, {})[locale] = option
    return {name: locale_str(name, **options) for name, options in shown.items()}


def annotation(param: Param) -> Any:
    """The option's type as discord.py reads it from a signature."""
    if param.kind == "event":
        return app_commands.Range[int, 1, MAX_ID]
    if param.kind == "int":
        return app_commands.Range[int, param.minimum, param.maximum]
    if param.kind == "choice":
        return str
    return app_commands.Range[str, 1, max(1, min(param.max_length, STRING_OPTION_LIMIT))]


def choices(param: Param) -> list[Choice[str]]:
    """A choice's labels (`choice.<param>.<value>`); the value is the canonical one."""
    return [Choice(name=localised(f"choice.{param.name}.{value}", value), value=value)
            for value in param.values[:MAX_CHOICES]]


def build_command(spec: CommandSpec, run: Runner, choose: Chooser) -> SlashCommand:
    """One app command for one spec; see the module docstring."""
    params = slash_params(spec)
    if len(params) > MAX_OPTIONS:
        raise ValueError(f"/{spec.name}: Discord takes at most {MAX_OPTIONS} options")
    keys = {f"p{index}": param.name for index, param in enumerate(params)}

    async def callback(interaction: Interaction, **values: Any) -> None:
        options = {keys[key]: str(value) for key, value in values.items()
                   if value is not None and key in keys}
        picture = values.get(IMAGE_OPTION)
        await run(interaction, spec, options,
                  picture if isinstance(picture, discord.Attachment) else None)

    async def autocomplete(interaction: Interaction, current: str) -> list[Choice[int]]:
        return await choose(interaction, str(current or ""))

    parameters = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=discord.Interaction)]
    # A command that does something with no value at all (`bare`) has no required option
    # (unless it keeps them on Discord: `CommandSpec.bare_on_discord`).
    for key, param in zip(keys, params, strict=True):
        parameters.append(inspect.Parameter(
            key, inspect.Parameter.KEYWORD_ONLY, annotation=annotation(param),
            default=inspect.Parameter.empty if param.required and not spec.options_optional
            else None))
    if spec.takes_image:
        parameters.append(inspect.Parameter(IMAGE_OPTION, inspect.Parameter.KEYWORD_ONLY,
                                            annotation=discord.Attachment, default=None))
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = f"slash_{spec.name}"

    names = option_names(spec)
    key_of = {name: key for key, name in keys.items()}
    decorated: Any = callback
    renamed: dict[str, Any] = {key_of[n]: v for n, v in names.items()}
    described: dict[str, Any] = {
        key_of[p.name]: localised(f"optdesc.{spec.name}.{p.name}", words(p.label_key, p.name))
        for p in params}
    if spec.takes_image:
        renamed[IMAGE_OPTION] = locale_str(IMAGE_OPTION, **{
            locale: option_name(label, IMAGE_OPTION)
            for locale, label in words("discord.image_name", IMAGE_OPTION).items()})
        described[IMAGE_OPTION] = localised("discord.image_option", IMAGE_OPTION)
    if renamed:
        decorated = app_commands.rename(**renamed)(decorated)
        decorated = app_commands.describe(**described)(decorated)
    picked = {key_of[p.name]: choices(p) for p in params if p.kind == "choice"}
    if picked:
        decorated = app_commands.choices(**picked)(decorated)  # type: ignore[arg-type]
    events = {key_of[p.name]: autocomplete for p in params if p.kind == "event"}
    if events:
        decorated = app_commands.autocomplete(**events)(decorated)

    command: SlashCommand = app_commands.Command(
        name=command_name(spec), description=localised(spec.help_key, spec.name),
        callback=decorated)
    if spec.organizer:
        # Hidden from members by default; the core still refuses them if invoked.
        command.default_permissions = discord.Permissions(manage_events=True)
        command.guild_only = True
        command.allowed_contexts = app_commands.AppCommandContext(guild=True)
        command.allowed_installs = app_commands.AppInstallationType(guild=True)
    return command


def build_commands(router: Router, run: Runner, choose: Chooser) -> list[SlashCommand]:
    """Fresh slash commands for one tree: every spec the router has for Discord."""
    return [build_command(spec, run, choose) for spec in router.for_platform(PLATFORM)]


class Translator(app_commands.Translator):
    """French clients get the French names and descriptions; every English locale the
    English ones; other locales fall back to the (English) defaults."""

    async def translate(self, string: locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        value = string.extras.get(locale.value.split("-")[0])
        return value if isinstance(value, str) and value else None


class FocusForm(discord.ui.Modal):
    """A `bot.messages.Form` as a Discord modal, only to be shown: its custom_id is the
    form's action id (one per draft, so two organisers' forms never meet), and what comes
    back is read from the submission itself (`form_values`), so the object is not kept."""

    def __init__(self, form: Form) -> None:
        super().__init__(title=_cut(form.title, MODAL_TITLE_LIMIT), custom_id=form.action,
                         timeout=None)
        for item in form.fields[:MODAL_FIELDS]:
            self.add_item(discord.ui.TextInput(
                label=_cut(item.label, MODAL_LABEL_LIMIT), custom_id=item.name,
                style=(discord.TextStyle.paragraph if item.long
                       else discord.TextStyle.short),
                placeholder=_cut(item.placeholder, DESCRIPTION_LIMIT) or None,
                default=item.value[:MODAL_VALUE_LIMIT] or None, required=item.required,
                max_length=min(item.max_length, MODAL_VALUE_LIMIT)))
        self.stop()  # finished before it is sent: discord.py keeps no copy of it


def form_values(components: list[Any]) -> dict[str, str]:
    """{field custom_id: text} from a modal submission's components (action rows or
    labels around text inputs); anything else in it is ignored."""
    values: dict[str, str] = {}
    for component in components:
        if not isinstance(component, dict):
            continue
        inner = component.get("components") or (
            [component["component"]] if isinstance(component.get("component"), dict) else [])
        for item in inner:
            if isinstance(item, dict) and item.get("type") == 4 and item.get("custom_id"):
                values[str(item["custom_id"])[:40]] = str(item.get("value") or "")
    return values


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
