"""Telegram's command menus, generated from the router's specs: nothing is listed by hand.

Every spec available on Telegram with `menu=True` appears, in French (the default menu, under
each command's first French alias that Telegram accepts as a name: /evenements, /aide) and in
English (canonical names). Members see the commands anyone may use, in private chats and in
groups, except that a group's menu leaves out the commands about the asker only
(`CommandSpec.personal`: tapping one there would post it in front of everyone; typed, they
still answer privately); each organiser sees the full menu in their own private chat only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from telegram.error import TelegramError

from bot.adapters.telegram.pacing import COMMAND_NAME, MAX_MENU_DESCRIPTION
from bot.adapters.telegram.render import truncate
from bot.i18n import t, using
from bot.router import Router
from bot.spec import CommandSpec
from bot.text import fold

log = logging.getLogger(__name__)

PLATFORM = "telegram"
# (locale, Telegram's language_code): French is the menu of every language we do not have.
LANGUAGES: tuple[tuple[str, str | None], ...] = (("fr", None), ("en", "en"))


def menu_specs(router: Router, *, organizer: bool, group: bool = False) -> list[CommandSpec]:
    """The specs one audience finds in its menu, in registration order (in a group: none
    about the asker only)."""
    return [spec for spec in router.for_platform(PLATFORM)
            if spec.menu and (organizer or not spec.organizer)
            and not (group and spec.personal)]


def shown_name(spec: CommandSpec, locale: str) -> str:
    """The name under which a command is listed: in French its French name (the spec's
    `french_name`), else its first alias that is (once
    accents are dropped) a valid Telegram command name, else its canonical name. Every name
    works when typed, accents or not."""
    if locale == "fr":
        for alias in (spec.french_name, *spec.aliases):
            for candidate in (alias, fold(alias)):
                if COMMAND_NAME.fullmatch(candidate):
                    return candidate
    if not COMMAND_NAME.fullmatch(spec.name):
        raise ValueError(f"/{spec.name} cannot be a Telegram command (a-z, 0-9, _; 1-32)")
    return spec.name


def entries(specs: Iterable[CommandSpec], locale: str) -> list[BotCommand]:
    """Menu entries in `locale`: the shown name and the command's one-line help."""
    items = []
    with using(locale):
        for spec in specs:
            try:
                description = t(spec.help_key)
            except KeyError:
                description = spec.name
            description = " ".join(description.split()) or spec.name
            items.append(BotCommand(shown_name(spec, locale),
                                    truncate(description, MAX_MENU_DESCRIPTION)))
    return items


@dataclass(frozen=True)
class Menu:
    """One `setMyCommands` call."""

    scope: BotCommandScope
    language: str | None
    commands: tuple[BotCommand, ...]


def people(organizer_ids: Sequence[int]) -> list[int]:
    """The ids that can be a person's: a negative id is a group or channel, where an
    organiser menu would show every member the organisers' commands (`config.load` refuses
    them; settings built by hand may still hold one)."""
    return [i for i in organizer_ids if i > 0]


def build(router: Router, organizer_ids: Sequence[int]) -> list[Menu]:
    """Every menu to publish: members' in private chats and groups, organisers' per chat."""
    members = menu_specs(router, organizer=False)
    groups = menu_specs(router, organizer=False, group=True)
    everything = menu_specs(router, organizer=True)
    menus: list[Menu] = []
    for locale, language in LANGUAGES:
        member_menu = tuple(entries(members, locale))
        organizer_menu = tuple(entries(everything, locale))
        menus.append(Menu(BotCommandScopeAllPrivateChats(), language, member_menu))
        menus.append(Menu(BotCommandScopeAllGroupChats(), language,
                          tuple(entries(groups, locale))))
        for organizer in people(organizer_ids):
            menus.append(Menu(BotCommandScopeChat(organizer), language, organizer_menu))
    return menus


async def publish(bot: Any, router: Router, organizer_ids: Sequence[int]) -> None:
    """Send every menu; one refused (e.g. an organiser who never opened the bot) is logged
    and the others still go out."""
    for menu in build(router, organizer_ids):
        try:
            await bot.set_my_commands(list(menu.commands), scope=menu.scope,
                                      language_code=menu.language)
        except TelegramError as err:
            log.warning("Telegram: menu for %s not published: %s", menu.scope.type, err.message)
