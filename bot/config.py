"""Settings from the environment or `.env`, validated once at start-up.

Secrets are read here and nowhere else; `describe()` never shows their values.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal

from bot.dates import parse_duration

OtherServers = Literal["ignore", "members"]
MAX_REMINDER_OFFSET = timedelta(days=60)
_FIND_SERVER_ID = ("in Discord, turn on Developer Mode (User Settings → Advanced), then "
                   "right-click the Le Focus server icon → Copy Server ID")


class ConfigError(Exception):
    """One or more variables are malformed; the message names each, never a secret."""

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
    # Le Focus's own server(s): the only places organiser rights exist.
    discord_guild_ids: tuple[int, ...] = ()
    # What the bot does in any other server it has been added to (see README).
    discord_other_servers: OtherServers = "ignore"
    discord_announce_channel_ids: tuple[int, ...] = ()
    discord_organizer_role_ids: tuple[int, ...] = ()
    reminder_offsets: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=2))
    seed_demo: bool = True
    backup_keep: int = 14
    web_port: int | None = None  # the web agenda and feeds (bot.web); None: no web server
    # Where it listens: this machine only by default (a reverse proxy in front); an address
    # such as 0.0.0.0 when the proxy runs elsewhere.
    web_host: str = "127.0.0.1"
    public_url: str | None = None  # how people reach it (links in pages, feeds, /mycalendar)

    @property
    def platforms(self) -> list[str]:
        found = []
        if self.telegram_token:
            found.append("telegram")
        if self.discord_token:
            found.append("discord")
        return found


_COPY_ROLE_ID = ("with Developer Mode on, Server Settings → Roles → right-click the role → "
                 "Copy Role ID")
# What Discord ids look like, in the examples of their errors.
_SNOWFLAKES = "1123456789012345678,1123456789012345679"


def _ids(name: str, raw: str, problems: list[str],
         example: str = "123456,-100987654", hint: str = "") -> tuple[int, ...]:
    values = []
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            values.append(int(part))
        except ValueError:
            problems.append(f"{name}: '{part[:20]}' is not a numeric id "
                            f"(expected comma-separated numbers, e.g. {example}){hint}")
    return tuple(values)


def _people(name: str, raw: str, problems: list[str]) -> tuple[int, ...]:
    """Telegram user ids: a person's id is a positive number; a negative one is a group or
    a channel (its organiser menu would be shown to everyone in it), 0 is nobody."""
    found = _ids(name, raw, problems, example="123456,789012",
                 hint="; a @username or a name is not an id: each organiser sends /mydata "
                      "to the bot privately, which shows 'Telegram account 123456'")
    for value in found:
        if value <= 0:
            problems.append(f"{name}: '{value}' is a group or channel id, not a person; put "
                            "each organiser's own numeric user id here (a positive number: "
                            "/mydata shows it to them, e.g. 'Telegram account 123456')")
    return tuple(v for v in found if v > 0)


def _roles(name: str, raw: str, guilds: tuple[int, ...],
           problems: list[str]) -> tuple[int, ...]:
    """Organiser role ids: never a server's own id, which Discord also gives its @everyone
    role (every member would be an organiser)."""
    found = _ids(name, raw, problems, example=_SNOWFLAKES,
                 hint="; a role's name is not its id: " + _COPY_ROLE_ID)
    for value in found:
        if value in guilds:
            problems.append(f"{name}: '{value}' is the server's id, which is also its "
                            "@everyone role: every member would be an organiser. Put the id "
                            f"of the organisers' role ({_COPY_ROLE_ID})")
    return tuple(v for v in found if v not in guilds)


def _guild_ids(env: Mapping[str, str], token: str | None,
               problems: list[str]) -> tuple[int, ...]:
    """DISCORD_GUILD_IDS merged with the older DISCORD_GUILD_ID; required with a token,
    because without it organiser rights would follow Manage Events in any server."""
    found: list[int] = []
    for name in ("DISCORD_GUILD_IDS", "DISCORD_GUILD_ID"):
        for value in _ids(name, env.get(name, "").strip(), problems,
                          example=_SNOWFLAKES):
            if value <= 0:
                problems.append(f"{name}: '{value}' is not a server id; {_FIND_SERVER_ID}")
            elif value not in found:
                found.append(value)
    if token and not found and not any(p.startswith("DISCORD_GUILD_ID") for p in problems):
        problems.append("DISCORD_GUILD_IDS: required when DISCORD_TOKEN is set: the id(s) of "
                        "the Le Focus server(s), comma-separated; organiser rights exist only "
                        f"there. To find it: {_FIND_SERVER_ID}")
    return tuple(found)


def _other_servers(raw: str, problems: list[str]) -> OtherServers:
    value = raw.strip().lower() or "ignore"
    if value == "members":
        return "members"
    if value != "ignore":
        problems.append("DISCORD_OTHER_SERVERS: 'ignore' (default: the bot answers only in "
                        "our server(s)) or 'members' (members' commands work in other servers "
                        "and DMs too)")
    return "ignore"


def _offsets(raw: str, problems: list[str]) -> tuple[timedelta, ...]:
    """Distinct offsets, longest first; equal ones are merged, since a duplicate used to
    mark every reminder as superseded, and huge ones used to crash every scheduler tick."""
    found: list[timedelta] = []
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            # A bare number has no unit: « 2 » could be 2 hours or 2 minutes; never guessed.
            value = None if part.isdecimal() else parse_duration(part)
        except (OverflowError, ValueError):
            value = None
        if value is None or not timedelta(0) < value <= MAX_REMINDER_OFFSET:
            problems.append(f"REMINDER_OFFSETS: '{part[:20]}' is not a duration above zero and up "
                            "to 60 days (expected e.g. 24h,2h or 90m,30s)")
        elif value not in found:
            found.append(value)
    if not found and not any(p.startswith("REMINDER_OFFSETS") for p in problems):
        problems.append("REMINDER_OFFSETS: expected durations like 24h,2h or 90m,30s")
    return tuple(sorted(found, reverse=True))


def _token(name: str, raw: str, problems: list[str]) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    if any(c.isspace() for c in raw) or len(raw) < 20:
        problems.append(f"{name}: does not look like a bot token (too short or contains spaces)")
    return raw


def _telegram_token(raw: str, problems: list[str]) -> str | None:
    """@BotFather's tokens are a number, a colon and a key (123456789:AAH…): a placeholder
    left in .env is named here, not sent to Telegram to be « rejected »."""
    token = _token("TELEGRAM_BOT_TOKEN", raw, problems)
    if token and not any(p.startswith("TELEGRAM_BOT_TOKEN") for p in problems) \
            and not re.fullmatch(r"[0-9]+:[A-Za-z0-9_-]+", token):
        problems.append("TELEGRAM_BOT_TOKEN: does not look like a token from @BotFather "
                        "(a number, a colon, then letters and digits: 123456789:AAH…)")
    return token


def _discord_token(raw: str, problems: list[str]) -> str | None:
    """A Discord bot token is three parts joined by dots (MTIz….GhIjKl.abc…): a placeholder
    left in .env (« mettre-ici-le-jeton ») is named here, not sent to Discord to be refused."""
    token = _token("DISCORD_TOKEN", raw, problems)
    if token and not any(p.startswith("DISCORD_TOKEN") for p in problems) \
            and not re.fullmatch(r"[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}",
                                 token):
        problems.append("DISCORD_TOKEN: does not look like a bot token from the Discord "
                        "Developer Portal (three parts joined by dots, MTIz….GhIjKl.…): "
                        "Applications → your bot → Bot → Reset Token, then copy it whole")
    return token


# A Telegram token inside an address (copied from a tutorial: …/bot123456:AAH…/).
_TOKEN_IN_URL = re.compile(r"[0-9]{5,}:[A-Za-z0-9_-]{20,}")


def _url(name: str, raw: str, problems: list[str]) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    if not raw.startswith(("http://", "https://")):
        problems.append(f"{name}: must start with http:// or https://")
    if _TOKEN_IN_URL.search(raw):
        # Never kept: `check` prints the address, and the token is added by the library.
        problems.append(f"{name}: holds a bot token; write the address without it (e.g. "
                        "http://127.0.0.1:8081/bot) and the token in TELEGRAM_BOT_TOKEN")
        return _TOKEN_IN_URL.sub("***", raw)
    return raw


def _host(raw: str, problems: list[str]) -> str:
    """An IP address or a host name to listen on (not a URL, no port)."""
    if not raw:
        return Settings.web_host
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        pass
    if not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", raw):
        problems.append("WEB_HOST: an address to listen on, e.g. 127.0.0.1 (default) or "
                        "0.0.0.0, without http:// or port")
    return raw


def _port(raw: str, problems: list[str]) -> int | None:
    if not raw:
        return None
    if not raw.isdecimal() or len(raw) > 5 or not 1 <= int(raw) <= 65535:
        problems.append("WEB_PORT: a port number from 1 to 65535 (e.g. 8080), or empty for "
                        "no web agenda")
        return None
    return int(raw)


def _read_dotenv(path: Path, problems: list[str]) -> dict[str, str]:
    """`.env`'s values; a line python-dotenv cannot read (an unclosed quote swallows the
    lines after it) is a problem naming its line and variable, never its value: dotenv itself
    only logs a warning and the variable silently reads as « not set »."""
    import io
    import logging

    from dotenv import dotenv_values
    from dotenv.parser import parse_stream

    try:
        # Read once: the problems and the values come from the same text.
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{path}: cannot be read ({type(err).__name__}); it must be a UTF-8 "
                        "text file of NAME=value lines")
        return {}
    for binding in parse_stream(io.StringIO(text)):
        if binding.error:
            name = re.match(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)",
                            binding.original.string)
            problems.append(
                f"{path} line {binding.original.line}"
                + (f" ({name.group(1)})" if name else "")
                + ": cannot be read (an unclosed quote?); write NAME=value, with "
                  "quotes only around the whole value")
    quiet = logging.getLogger("dotenv.main")
    was = quiet.disabled
    quiet.disabled = True  # its warning would repeat ours, unformatted, on stderr
    try:
        values = dotenv_values(stream=io.StringIO(text))
        return {k: v for k, v in values.items() if v is not None}
    finally:
        quiet.disabled = was


def load(env: Mapping[str, str] | None = None, dotenv: str | Path | None = ".env") -> Settings:
    """Read settings; raise ConfigError listing every malformed variable by name."""
    problems: list[str] = []
    if env is None:
        values: dict[str, str] = {}
        if dotenv and Path(dotenv).is_file():
            values.update(_read_dotenv(Path(dotenv), problems))
        values.update(os.environ)
        env = values
    get = lambda name: env.get(name, "").strip()  # noqa: E731

    offsets: tuple[timedelta, ...] = Settings.reminder_offsets
    if get("REMINDER_OFFSETS"):
        offsets = _offsets(get("REMINDER_OFFSETS"), problems)
    discord_token = _discord_token(get("DISCORD_TOKEN"), problems)
    level = (get("LOG_LEVEL") or "INFO").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        problems.append("LOG_LEVEL: one of DEBUG, INFO, WARNING, ERROR")
    seed = (get("SEED_DEMO") or "1").lower()
    if seed not in ("0", "1", "true", "false", "yes", "no"):
        problems.append("SEED_DEMO: 1 or 0")

    keep_raw = get("BACKUP_KEEP") or "14"
    keep = int(keep_raw) if keep_raw.isdecimal() and len(keep_raw) <= 4 else 0
    if keep < 1:
        problems.append("BACKUP_KEEP: a whole number of backups to keep, at least 1 (e.g. 14)")
    guilds = _guild_ids(env, discord_token, problems)
    settings = Settings(
        # « ~/… » as a shell reads it: never a folder named « ~ » (that `rm -rf ~` removes).
        database_path=Path(get("DATABASE_PATH") or "data/focus.db").expanduser(),
        default_place=get("DEFAULT_PLACE") or Settings.default_place,
        log_level=level,
        telegram_token=_telegram_token(get("TELEGRAM_BOT_TOKEN"), problems),
        telegram_api_base_url=_url("TELEGRAM_API_BASE_URL", get("TELEGRAM_API_BASE_URL"),
                                   problems),
        telegram_api_base_file_url=_url("TELEGRAM_API_BASE_FILE_URL",
                                        get("TELEGRAM_API_BASE_FILE_URL"), problems),
        telegram_organizer_ids=_people("TELEGRAM_ORGANIZER_IDS", get("TELEGRAM_ORGANIZER_IDS"),
                                       problems),
        telegram_announce_chat_ids=_ids("TELEGRAM_ANNOUNCE_CHAT_IDS",
                                        get("TELEGRAM_ANNOUNCE_CHAT_IDS"), problems),
        discord_token=discord_token,
        discord_guild_ids=guilds,
        discord_other_servers=_other_servers(get("DISCORD_OTHER_SERVERS"), problems),
        discord_announce_channel_ids=_ids("DISCORD_ANNOUNCE_CHANNEL_IDS",
                                          get("DISCORD_ANNOUNCE_CHANNEL_IDS"), problems,
                                          example=_SNOWFLAKES),
        discord_organizer_role_ids=_roles("DISCORD_ORGANIZER_ROLE_IDS",
                                          get("DISCORD_ORGANIZER_ROLE_IDS"), guilds, problems),
        reminder_offsets=offsets,
        seed_demo=seed in ("1", "true", "yes"),
        backup_keep=keep,
        web_port=_port(get("WEB_PORT"), problems),
        web_host=_host(get("WEB_HOST"), problems),
        public_url=_url("PUBLIC_URL", get("PUBLIC_URL"), problems),
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
        "DISCORD_GUILD_IDS = " + (
            ",".join(str(g) for g in settings.discord_guild_ids)
            + " (our server(s): all commands, organiser rights only there)"
            if settings.discord_guild_ids else "(none)"),
        f"DISCORD_OTHER_SERVERS = {settings.discord_other_servers} ("
        + ("members' commands also work in other servers and DMs; never organiser ones)"
           if settings.discord_other_servers == "members"
           else "other servers get a polite 'Le Focus server only' answer)"),
        f"DISCORD_ANNOUNCE_CHANNEL_IDS: {len(settings.discord_announce_channel_ids)} channel(s)",
        f"DISCORD_ORGANIZER_ROLE_IDS: {len(settings.discord_organizer_role_ids)} role(s)",
        "REMINDER_OFFSETS = " + ",".join(_fmt(o) for o in settings.reminder_offsets),
        f"WEB_PORT = {settings.web_port or '(no web agenda)'}",
        f"WEB_HOST = {settings.web_host}",
        f"PUBLIC_URL = {settings.public_url or '(links use http://127.0.0.1:WEB_PORT)'}",
        f"BACKUP_KEEP = {settings.backup_keep}",
        "Platforms: " + (", ".join(settings.platforms) or "none (console chat)"),
    ]


def _fmt(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
