"""Settings from the environment or `.env`, validated once at start-up.

Secrets are read here and nowhere else; `describe()` never shows their values.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from bot.dates import parse_duration


class ConfigError(Exception):
    """One or more variables are malformed; the message names each, never a value."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Settings:
    database_path: Path = Path("data/focus.db")
    default_place: str = "Le Focus, Rochebelle, Alès"
    log_level: str = "INFO"
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_base_url: str | None = None
    telegram_api_base_file_url: str | None = None
    telegram_organizer_ids: tuple[int, ...] = ()
    telegram_announce_chat_ids: tuple[int, ...] = ()
    discord_token: str | None = field(default=None, repr=False)
    discord_guild_id: int | None = None
    discord_announce_channel_ids: tuple[int, ...] = ()
    discord_organizer_role_ids: tuple[int, ...] = ()
    reminder_offsets: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=2))
    seed_demo: bool = True

    @property
    def platforms(self) -> list[str]:
        found = []
        if self.telegram_token:
            found.append("telegram")
        if self.discord_token:
            found.append("discord")
        return found


def _ids(name: str, raw: str, problems: list[str]) -> tuple[int, ...]:
    values = []
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            values.append(int(part))
        except ValueError:
            problems.append(f"{name}: '{part[:20]}' is not a numeric id "
                            "(expected comma-separated numbers, e.g. 123456,-100987654)")
    return tuple(values)


def _token(name: str, raw: str, problems: list[str]) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    if any(c.isspace() for c in raw) or len(raw) < 20:
        problems.append(f"{name}: does not look like a bot token (too short or contains spaces)")
    return raw


def _url(name: str, raw: str, problems: list[str]) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    if not raw.startswith(("http://", "https://")):
        problems.append(f"{name}: must start with http:// or https://")
    return raw


def load(env: Mapping[str, str] | None = None, dotenv: str | Path | None = ".env") -> Settings:
    """Read settings; raise ConfigError listing every malformed variable by name."""
    if env is None:
        values: dict[str, str] = {}
        if dotenv and Path(dotenv).is_file():
            from dotenv import dotenv_values

            values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        values.update(os.environ)
        env = values
    problems: list[str] = []
    get = lambda name: env.get(name, "").strip()  # noqa: E731

    offsets: tuple[timedelta, ...] = Settings.reminder_offsets
    if get("REMINDER_OFFSETS"):
        parsed = [parse_duration(p) for p in get("REMINDER_OFFSETS").split(",") if p.strip()]
        if not parsed or any(p is None for p in parsed):
            problems.append("REMINDER_OFFSETS: expected durations like 24h,2h or 90m,30s")
        else:
            offsets = tuple(sorted((p for p in parsed if p is not None), reverse=True))
    guild = _ids("DISCORD_GUILD_ID", get("DISCORD_GUILD_ID"), problems)
    if len(guild) > 1:
        problems.append("DISCORD_GUILD_ID: one server id only")
    level = (get("LOG_LEVEL") or "INFO").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        problems.append("LOG_LEVEL: one of DEBUG, INFO, WARNING, ERROR")
    seed = (get("SEED_DEMO") or "1").lower()
    if seed not in ("0", "1", "true", "false", "yes", "no"):
        problems.append("SEED_DEMO: 1 or 0")

    settings = Settings(
        database_path=Path(get("DATABASE_PATH") or "data/focus.db"),
        default_place=get("DEFAULT_PLACE") or Settings.default_place,
        log_level=level,
        telegram_token=_token("TELEGRAM_BOT_TOKEN", get("TELEGRAM_BOT_TOKEN"), problems),
        telegram_api_base_url=_url("TELEGRAM_API_BASE_URL", get("TELEGRAM_API_BASE_URL"),
                                   problems),
        telegram_api_base_file_url=_url("TELEGRAM_API_BASE_FILE_URL",
                                        get("TELEGRAM_API_BASE_FILE_URL"), problems),
        telegram_organizer_ids=_ids("TELEGRAM_ORGANIZER_IDS", get("TELEGRAM_ORGANIZER_IDS"),
                                    problems),
        telegram_announce_chat_ids=_ids("TELEGRAM_ANNOUNCE_CHAT_IDS",
                                        get("TELEGRAM_ANNOUNCE_CHAT_IDS"), problems),
        discord_token=_token("DISCORD_TOKEN", get("DISCORD_TOKEN"), problems),
        discord_guild_id=guild[0] if guild else None,
        discord_announce_channel_ids=_ids("DISCORD_ANNOUNCE_CHANNEL_IDS",
                                          get("DISCORD_ANNOUNCE_CHANNEL_IDS"), problems),
        discord_organizer_role_ids=_ids("DISCORD_ORGANIZER_ROLE_IDS",
                                        get("DISCORD_ORGANIZER_ROLE_IDS"), problems),
        reminder_offsets=offsets,
        seed_demo=seed in ("1", "true", "yes"),
    )
    if problems:
        raise ConfigError(problems)
    return settings


def describe(settings: Settings) -> list[str]:
    """Human lines for `python -m bot check`: what is set, secrets shown only as set/unset."""
    def secret(value: str | None) -> str:
        return "set" if value else "not set"

    return [
        f"DATABASE_PATH = {settings.database_path}",
        f"TELEGRAM_BOT_TOKEN: {secret(settings.telegram_token)}",
        f"TELEGRAM_API_BASE_URL = {settings.telegram_api_base_url or '(Telegram default)'}",
        f"TELEGRAM_ORGANIZER_IDS: {len(settings.telegram_organizer_ids)} id(s)",
        f"TELEGRAM_ANNOUNCE_CHAT_IDS: {len(settings.telegram_announce_chat_ids)} chat(s)",
        f"DISCORD_TOKEN: {secret(settings.discord_token)}",
        f"DISCORD_GUILD_ID = {settings.discord_guild_id or '(global commands)'}",
        f"DISCORD_ANNOUNCE_CHANNEL_IDS: {len(settings.discord_announce_channel_ids)} channel(s)",
        f"DISCORD_ORGANIZER_ROLE_IDS: {len(settings.discord_organizer_role_ids)} role(s)",
        "REMINDER_OFFSETS = " + ",".join(_fmt(o) for o in settings.reminder_offsets),
        "Platforms: " + (", ".join(settings.platforms) or "none (console chat)"),
    ]


def _fmt(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
