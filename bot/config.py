"""Settings from the environment or `.env`, validated once at start-up.

Secrets are read here and nowhere else; `describe()` never shows their values.
"""

from __future__ import annotations

import ipaddress
import os
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

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
    # Lines to print, not problems: a name like ours found only in the environment (another
    # program's TELEGRAM_TOKEN in a newcomer's shell must not stop the console).
    notes: tuple[str, ...] = field(default=(), compare=False)

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


# Quotes a value may be pasted with: straight, curly (a phone's notes app), French.
_QUOTES = "\"'“”‘’«»„"
_ID = re.compile(r"-?[0-9]+")  # ASCII only: int() also reads « 12_345 » and « １２３ »
# Two ids or more written as words (« 111111 222222 »): not a name, a missing comma.
_SPACED_IDS = re.compile(r"-?[0-9]{5,}(?:[ \t]+-?[0-9]{5,})+")


def _shown(typed: str) -> str:
    """A value as typed, for a problem line: invisible characters named by their code (a
    terminal obeys an escape sequence, a direction mark flips the line)."""
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in ("Cc", "Cf") else c
                   for c in typed)


def _cut(typed: str, size: int = 20) -> str:
    """The start of a value for a problem line, « … » saying the rest was left out (a link
    cut silently read as if the rest had been lost)."""
    return _shown(typed[:size]) + ("…" if len(typed) > size else "")


def _invisible(name: str, raw: str, what: str, problems: list[str]) -> bool:
    """An invisible character pasted with a value (a NUL, an escape, a zero-width space, a
    soft hyphen or a direction mark from a chat or a web page): one line naming it by its
    code, never printing it."""
    hidden = next((c for c in raw if unicodedata.category(c) in ("Cc", "Cf")), None)
    if hidden is not None:
        problems.append(f"{name}: it holds an invisible character (U+{ord(hidden):04X}), "
                        f"probably pasted with it; type {what} again by hand")
    return hidden is not None


def _quoted(name: str, raw: str, problems: list[str]) -> bool:
    """A value still wrapped in quotes (systemd's Environment=, Docker's env files and curly
    quotes keep them): one line saying to remove them, never the value itself."""
    if len(raw) > 1 and raw[0] in _QUOTES and raw[-1] in _QUOTES:
        problems.append(f"{name}: remove the quotes around the value (write {name}=value, "
                        "nothing around it)")
        return True
    return False


def _ids(name: str, raw: str, problems: list[str],
         example: str = "123456,-100987654", hint: str = "",
         refuse: Callable[[str], str | None] | None = None) -> tuple[int, ...]:
    """The numbers of a comma-separated list; `refuse` names what a part is instead (a
    problem line's end), for a part that must not be read as an id."""
    if _quoted(name, raw, problems):
        return ()
    values = []
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        instead = refuse(part) if refuse is not None else None
        if instead is not None:
            problems.append(f"{name}: '{_cut(part)}' {instead}")
        elif _ID.fullmatch(part):
            values.append(int(part))
        elif _SPACED_IDS.fullmatch(part):
            problems.append(f"{name}: '{_cut(part)}' holds several ids: separate them "
                            f"with commas: {','.join(part.split())}")
        else:
            problems.append(f"{name}: '{_cut(part)}' is not a numeric id "
                            f"(expected comma-separated numbers, e.g. {example}){hint}")
    return tuple(values)


# A phone number as people write it: « 0612345678 », « +33 6 12 34 56 78 », « 06.12.34.56.78 ».
# No account id is written with a leading 0 or +: read as one, 0612345678 was a stranger's.
_PHONE = re.compile(r"(?:\+|0)[0-9][0-9 .\-]{6,}")
# A supergroup's or a channel's id is -100 and its own number (13 digits today); its minus lost
# on the way, it reads as an account far beyond the ones Telegram gives people.
_GROUP_WITHOUT_MINUS = re.compile(r"100[0-9]{10}")
_MYDATA = ("each organiser sends /mydata to the bot privately, which shows 'Telegram account "
           "123456'")


def _not_a_person(part: str) -> str | None:
    if _PHONE.fullmatch(part):
        return f"is a phone number, not a Telegram account's id; {_MYDATA}"
    return None


def _people(name: str, raw: str, problems: list[str],
            chats: tuple[int, ...] = (), bot: int | None = None) -> tuple[int, ...]:
    """Telegram user ids: a person's id is a positive number; a negative one is a group or
    a channel (its organiser menu would be shown to everyone in it), 0 is nobody. A phone
    number or a group's id without its minus (one of `chats`, the announcement chats, or
    shaped like one) would make a stranger an organiser: refused, never read; so is the
    bot's own account (`bot`, the number its token starts with), which nobody can use."""
    found = _ids(name, raw, problems, example="123456,789012",
                 hint=f"; a @username or a name is not an id: {_MYDATA}",
                 refuse=_not_a_person)
    kept = []
    for value in found:
        if value <= 0:
            problems.append(f"{name}: '{value}' is a group or channel id, not a person; put "
                            "each organiser's own numeric user id here (a positive number: "
                            "/mydata shows it to them, e.g. 'Telegram account 123456')")
        elif value == bot:
            problems.append(f"{name}: '{value}' is the bot's own account (the number its "
                            f"token starts with), not a person; {_MYDATA}")
        elif -value in chats or _GROUP_WITHOUT_MINUS.fullmatch(str(value)):
            problems.append(f"{name}: '{value}' is a group's id without its minus (-{value}), "
                            f"not a person; put each organiser's own id here: {_MYDATA}")
        else:
            kept.append(value)
    return tuple(kept)


# What Discord's « Copy Link » gives beside « Copy ID »: …/channels/<server>[/<channel>[/<msg>]]
# (@me for private messages); and how a channel, a role or a person is written in a message.
_DISCORD_LINK = re.compile(r"(?:https?://)?(?:(?:www|ptb|canary)\.)?discord(?:app)?\.com/"
                           r"channels/(@me|[0-9]+)(?:/([0-9]+))?(?:/[0-9]+)?/?", re.IGNORECASE)
_MENTION = re.compile(r"<(#|@&|@!?)([0-9]+)>")
_MENTIONED = {"#": "a channel", "@&": "a role", "@": "a person", "@!": "a person"}
_COPY_CHANNEL_ID = ("with Developer Mode on, right-click the channel → Copy Channel ID")


def _discord_refuse(kind: Literal["server", "channel", "role"]) -> Callable[[str], str | None]:
    """For a Discord id list: a link or a mention pasted instead of an id, with the id to
    write when it holds the right one (never read as it is: the volunteer checks it)."""
    def refuse(part: str) -> str | None:
        link = _DISCORD_LINK.fullmatch(part)
        if link:
            server, channel = link.groups()
            if server == "@me":
                return f"is a link to private messages, not to our server; {_FIND_SERVER_ID}"
            if kind == "server":
                return f"is a link, not an id: write {server} (the link's first number)"
            if kind == "channel" and channel:
                return (f"is a channel's link, not its id: write {channel} (the number after "
                        "the server's)")
            if kind == "channel":
                return f"is the server's link, not a channel's: {_COPY_CHANNEL_ID}"
            return f"is a link, not a role's id: {_COPY_ROLE_ID}"
        if kind == "channel" and part.startswith("#"):
            return f"is a channel's name, not its id: {_COPY_CHANNEL_ID}"
        mention = _MENTION.fullmatch(part)
        if mention:
            sign, number = mention.groups()
            if (kind, sign) in (("channel", "#"), ("role", "@&")):
                return f"is how a message writes it, not the id alone: write {number}"
            return f"is a mention of {_MENTIONED[sign]}, not a {kind}"
        return None

    return refuse


def _roles(name: str, raw: str, guilds: tuple[int, ...],
           problems: list[str]) -> tuple[int, ...]:
    """Organiser role ids: never a server's own id, which Discord also gives its @everyone
    role (every member would be an organiser)."""
    found = _ids(name, raw, problems, example=_SNOWFLAKES,
                 hint="; a role's name is not its id: " + _COPY_ROLE_ID,
                 refuse=_discord_refuse("role"))
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
                          example=_SNOWFLAKES, refuse=_discord_refuse("server")):
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
            problems.append(f"REMINDER_OFFSETS: '{_cut(part)}' is not a duration above "
                            "zero and up to 60 days (expected e.g. 24h,2h or 90m,30s)")
        elif value not in found:
            found.append(value)
    if not found and not any(p.startswith("REMINDER_OFFSETS") for p in problems):
        problems.append("REMINDER_OFFSETS: expected durations like 24h,2h or 90m,30s")
    return tuple(sorted(found, reverse=True))


def _token(name: str, raw: str, problems: list[str]) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    if _quoted(name, raw, problems):
        return raw
    if any(c.isspace() for c in raw) or len(raw) < 20:
        problems.append(f"{name}: does not look like a bot token (too short or contains spaces)")
    return raw


# A Telegram token as tutorials show it, inside its web address (…/bot123456:AAH…/getMe).
_TOKEN_AFTER_BOT = re.compile(r"(?:https?://[^/\s]+/)?bot[0-9]+:[A-Za-z0-9_-]+(?:/\S*)?",
                              re.IGNORECASE)
# A Discord token as sent in a request's header (« Authorization: Bot MTIz… »).
_WORD_BEFORE_TOKEN = re.compile(r"(bot|bearer)\s+\S+", re.IGNORECASE)


def _telegram_token(raw: str, problems: list[str]) -> str | None:
    """@BotFather's tokens are a number, a colon and a key (123456789:AAH…): a placeholder
    left in .env is named here, not sent to Telegram to be « rejected »; so is a token copied
    with the « bot » of Telegram's addresses in front of it."""
    if _TOKEN_AFTER_BOT.fullmatch(raw.strip()):
        problems.append("TELEGRAM_BOT_TOKEN: remove « bot » in front (and any address around "
                        "it): the token is what follows, a number, a colon, then letters and "
                        "digits (123456789:AAH…); « bot » belongs to Telegram's web addresses")
        return raw.strip()
    token = _token("TELEGRAM_BOT_TOKEN", raw, problems)
    if token and not any(p.startswith("TELEGRAM_BOT_TOKEN") for p in problems) \
            and not re.fullmatch(r"[0-9]+:[A-Za-z0-9_-]+", token):
        problems.append("TELEGRAM_BOT_TOKEN: does not look like a token from @BotFather "
                        "(a number, a colon, then letters and digits: 123456789:AAH…)")
    return token


def _discord_token(raw: str, problems: list[str]) -> str | None:
    """A Discord bot token is three parts joined by dots (MTIz….GhIjKl.abc…): a placeholder
    left in .env (« mettre-ici-le-jeton ») is named here, not sent to Discord to be refused;
    so is the « Bot » that goes before it in a request, not in the setting."""
    before = _WORD_BEFORE_TOKEN.fullmatch(raw.strip())
    if before:
        problems.append(f"DISCORD_TOKEN: remove « {before.group(1)} » in front: write the "
                        "token alone after DISCORD_TOKEN= (that word goes before it in a web "
                        "request, not in the setting)")
        return raw.strip()
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
    # Links carrying it break where a phone stops reading the address (/monagenda, events).
    if _invisible(name, raw, "the address", problems):
        return None
    if not raw.startswith(("http://", "https://")):
        problems.append(f"{name}: must start with http:// or https://")
    if _TOKEN_IN_URL.search(raw):
        # Never kept: `check` prints the address, and the token is added by the library.
        problems.append(f"{name}: holds a bot token; write the address without it (e.g. "
                        "http://127.0.0.1:8081/bot) and the token in TELEGRAM_BOT_TOKEN")
        return _TOKEN_IN_URL.sub("***", raw)
    return raw


def _public_url(raw: str, problems: list[str]) -> str | None:
    """How people reach the agenda: links are this plus « /e/12 », and private calendar
    links (/monagenda) carry a secret, so plain http only for this machine or a local
    network (a test before the reverse proxy is set up)."""
    url = _url("PUBLIC_URL", raw, problems)
    if url is None or any(p.startswith("PUBLIC_URL") for p in problems):
        return url
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # « http://[::1 »: a bracket without its pair
        parts, host = urlsplit(""), None
    if "@" in parts.netloc:
        # A login the browser kept (the proxy's password while trying): every link sent to
        # members would carry it. Named without it, never printed.
        bare = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
        problems.append(f"PUBLIC_URL: holds a login (a name or a password before « @ »), "
                        f"which every link sent to members would carry; write {bare}")
        return bare
    if parts.query or parts.fragment or "?" in url or "#" in url \
            or any(c.isspace() for c in url) or not host:
        problems.append("PUBLIC_URL: the address only, without spaces, « ? » or « # » "
                        "(e.g. https://agenda.example.org)")
    elif parts.scheme == "http" and not _local_host(host):
        problems.append(f"PUBLIC_URL: use https://{url[len('http://'):]} (your reverse "
                        "proxy's address with its certificate): over plain http the private "
                        "calendar links of /monagenda could be read on the way")
    return url


# Names only a local network resolves: a box's « .lan », RFC 8375's home.arpa, mDNS.
_LOCAL_SUFFIXES = (".localhost", ".local", ".lan", ".home.arpa", ".internal", ".localdomain")
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT, VPNs such as Tailscale


def _local_host(host: str) -> bool:
    """This machine or the association's own network: plain http is no worse there."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        # A name without a dot (« focus-pi ») is one the local network's box gives.
        return host == "localhost" or "." not in host or host.endswith(_LOCAL_SUFFIXES)
    return (address.is_loopback or address.is_private or address.is_link_local
            or (address.version == 4 and address in _SHARED))


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


def _read_dotenv(path: Path, problems: list[str],
                 twice: frozenset[str] | None = None) -> dict[str, str]:
    """`.env`'s values; a line python-dotenv cannot read (an unclosed quote swallows the
    lines after it) is a problem naming its line and variable, never its value: dotenv itself
    only logs a warning and the variable silently reads as « not set ». So is a variable
    written twice with different values (of `twice` only, when given: the bot's own
    settings, `KNOWN`, another program's lines are not its business; a backup needs only
    its own two to be certain)."""
    import io
    import logging

    from dotenv import dotenv_values
    from dotenv.parser import parse_stream

    try:
        # Read once: the problems and the values come from the same text.
        data = path.read_bytes()
    except OSError as err:
        problems.append(f"{path}: cannot be read ({type(err).__name__}); it must be a UTF-8 "
                        "text file of NAME=value lines")
        return {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(_not_utf8(path, data, err))
        return {}
    seen: dict[str, tuple[int, str | None]] = {}
    if text.startswith("\ufeff"):
        _byte_order_mark(path, text, KNOWN if twice is None else twice, problems)
    for binding in parse_stream(io.StringIO(text)):
        if binding.key is not None and not binding.error \
                and (twice is None or binding.key in twice):
            _twice(path, binding.key, binding.original.line, binding.value, seen, problems)
        if binding.key is not None and not binding.error \
                and binding.key in (KNOWN if twice is None else twice):
            _systemd_reads_it(path, binding.key, binding.original.line,
                              binding.original.string, problems)
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


_NAME_AT_START = re.compile(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)")


def _not_utf8(path: Path, data: bytes, err: UnicodeDecodeError) -> str:
    """A file saved in another encoding (Windows Notepad's « Unicode », an editor set to
    Windows-1252): systemd ignores such a value, python-dotenv cannot read the file. Named
    by its line and variable, never by the value."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return (f"{path}: cannot be read, saved as UTF-16 (« Unicode » in Windows Notepad), "
                "which neither the bot nor systemd reads: save it again as UTF-8 (Notepad: "
                "Save as → Encoding: UTF-8)")
    line = data.count(b"\n", 0, err.start) + 1
    start = data.rfind(b"\n", 0, err.start) + 1
    name = _NAME_AT_START.match(data[start:err.start].decode("ascii", "replace"))
    return (f"{path}: cannot be read, line {line}" + (f" ({name.group(1)})" if name else "")
            + " holds a letter not saved as UTF-8 (an accent typed in an editor set to "
              "another encoding, such as Windows-1252); save the file again as UTF-8, or type "
              "that line again in the server's editor (nano)")


def _byte_order_mark(path: Path, text: str, names: frozenset[str],
                     problems: list[str]) -> None:
    """The invisible U+FEFF a Windows editor puts first (« UTF-8 with BOM »): python-dotenv
    skips it, systemd's EnvironmentFile reads it as part of the first line's name, so the
    service runs without that setting. Harmless before a comment."""
    first = _NAME_AT_START.match(text[1:].partition("\n")[0])
    if first and first.group(1) in names and "=" in text[1:].partition("\n")[0]:
        name = first.group(1)
        problems.append(f"{name}: {path} line 1 begins with an invisible mark (U+FEFF, a "
                        "byte-order mark left by a Windows editor), which systemd reads as "
                        f"part of the name: the service would run without {name}; save the "
                        "file as UTF-8 without BOM, or begin it with a # comment line")


# A line as python-dotenv reads it and systemd's EnvironmentFile does not: « export NAME=… »
# (systemd skips the line) and an unquoted value followed by « # … » (systemd keeps the
# comment as part of the value; dotenv cuts it, and a « salle #2 » with it).
_EXPORT = re.compile(r"\s*export\s")
_AFTER_VALUE = re.compile(r"\s#")


def _systemd_reads_it(path: Path, name: str, line: int, text: str,
                      problems: list[str]) -> None:
    """`check --env-file` reads the service's file the dotenv way; systemd reads it
    otherwise, so a line the two read differently is named (its line, never its value):
    « Configuration OK. » must mean what the service will read."""
    where = f"{path} line {line}"
    if _EXPORT.match(text):
        problems.append(f"{name}: {where} begins with « export », and systemd skips such a "
                        f"line (the service would run without {name}); write {name}=… alone")
        return
    value = text.partition("=")[2].lstrip(" \t")
    if value[:1] not in ("'", '"') and _AFTER_VALUE.search(value.rstrip("\r\n")):
        problems.append(f"{name}: a comment after the value ({where}); systemd would read it "
                        "as part of the value: put the comment on its own line above (# …), "
                        "or the value in quotes if « # » belongs to it")


def _twice(path: Path, name: str, line: int, value: str | None,
           seen: dict[str, tuple[int, str | None]], problems: list[str]) -> None:
    """A variable written a second time with another value: the last line silently won, so
    an organiser taken out of one line stayed one through the other. Refused, naming both
    lines, never the values; the same value twice is harmless."""
    first = seen.setdefault(name, (line, value))
    before, now = (first[1] or "").strip(), (value or "").strip()
    if first[0] != line and before != now:
        # One of them empty: most often the example's line, the real value written lower
        # down; that one is named (never the other's value).
        empty = first[0] if not before else line if not now else None
        problems.append(f"{name}: written twice in {path.absolute()} (lines {first[0]} and "
                        f"{line}) with different values, and only the last would be read; "
                        + (f"line {empty} is empty: delete it if the other is right"
                           if empty is not None else "keep one line"))


def _environment(env: Mapping[str, str] | None, dotenv: str | Path | None,
                 problems: list[str], *, rights: bool = True,
                 outside: set[str] | None = None) -> Mapping[str, str]:
    """`env`, or `.env`'s values under the process environment's; `rights`: check where
    organiser rights come from, and every setting of the bot written twice (not needed to
    copy a database: only its own two settings then); `outside` receives the
    names found only in the process environment, not in `.env`."""
    if env is not None:
        return env
    values: dict[str, str] = {}
    if dotenv and Path(dotenv).is_file():
        values.update(_read_dotenv(Path(dotenv), problems,
                                   KNOWN if rights else _DATABASE_SETTINGS))
        if rights:
            _rights_apart(values, os.environ, Path(dotenv), problems)
    if outside is not None:
        outside.update(name for name in os.environ if name not in values)
    values.update(os.environ)
    return values


# Who is an organiser on each platform, by the variable of its token.
_RIGHTS = {"TELEGRAM_BOT_TOKEN": ("TELEGRAM_ORGANIZER_IDS",),
           "DISCORD_TOKEN": ("DISCORD_ORGANIZER_ROLE_IDS", "DISCORD_GUILD_IDS",
                             "DISCORD_GUILD_ID")}


def _rights_apart(dotenv: Mapping[str, str], environ: Mapping[str, str], path: Path,
                  problems: list[str], *,
                  source: str = "the environment (under systemd, its EnvironmentFile)"
                  ) -> None:
    """Organiser rights read from a different place than their platform's token: a trial
    `.env` left in the working directory of a service configured by systemd
    (EnvironmentFile=) would add its organisers to the service's, unseen by `check
    --env-file`. Refused: rights come with the token, from one place."""
    def given(source: Mapping[str, str], name: str) -> bool:
        return bool(source.get(name, "").strip())

    for token, rights in _RIGHTS.items():
        if not given(environ, token):
            continue
        for name in rights:
            if name in environ:
                continue  # the environment's value (even empty) is the one used
            if given(dotenv, name):
                # Full paths: « .env » alone does not say which folder's.
                problems.append(f"{name}: set in {path.absolute()}, while {token} comes from "
                                f"{source}: put {name} beside the token there and delete it "
                                f"from {path.absolute()} (organiser rights are read from "
                                "one place)")
    for token, rights in _RIGHTS.items():
        # The reverse: the token in `.env`, rights exported in the shell (another bot's, an
        # old test's), which would replace the ones written beside the token.
        if not given(dotenv, token) or token in environ:
            continue
        for name in rights:
            if given(environ, name):
                problems.append(f"{name}: set in {source}, while {token} comes from "
                                f"{path.absolute()}: write {name} there, beside the token, "
                                f"and remove it from {source} (organiser rights are read "
                                "from one place)")


def rights_beside(env_file: str | Path, dotenv: str | Path = ".env") -> list[str]:
    """For `check --env-file`: the service reads its EnvironmentFile *and* `.env` in its
    working directory; organiser rights that `.env` would add (see `_rights_apart`)."""
    here, service = Path(dotenv), Path(env_file)
    if not here.is_file() or here.resolve() == service.resolve():
        return []
    problems: list[str] = []
    environ = {**_read_dotenv(service, []), **os.environ}
    _rights_apart(_read_dotenv(here, problems), environ, here, problems,
                  source=str(service.absolute()))
    return problems


def _keep(raw: str, problems: list[str]) -> int:
    keep = int(raw) if raw.isdecimal() and len(raw) <= 4 else 0
    if keep < 1:
        problems.append("BACKUP_KEEP: a whole number of backups to keep, at least 1 (e.g. 14)")
    return keep


def _database_path(raw: str, problems: list[str]) -> Path:
    # « ~/… » as a shell reads it: never a folder named « ~ » (that `rm -rf ~` removes);
    # never one named « "data » either (a new, empty database under the quotes).
    _quoted("DATABASE_PATH", raw, problems)
    # A folder nobody can see the name of, or a path no system call takes.
    _invisible("DATABASE_PATH", raw, "the path", problems)
    return Path(raw or "data/focus.db").expanduser()


_DATABASE_SETTINGS = frozenset({"DATABASE_PATH", "BACKUP_KEEP"})  # all `backup` reads


def load_database(env: Mapping[str, str] | None = None,
                  dotenv: str | Path | None = ".env") -> Settings:
    """Only what `backup` and `restore` need (DATABASE_PATH, BACKUP_KEEP), so a revoked
    token or a wrong port never stops a backup. Raises ConfigError when those cannot be
    trusted: malformed, or a `.env` line that could not be read (it may have swallowed
    DATABASE_PATH, and copying or replacing another database would be a guess)."""
    problems: list[str] = []
    env = _environment(env, dotenv, problems, rights=False)
    path = _database_path(env.get("DATABASE_PATH", "").strip(), problems)
    settings = Settings(database_path=path,
                        backup_keep=_keep(env.get("BACKUP_KEEP", "").strip() or "14",
                                          problems))
    if problems:
        raise ConfigError(problems)
    return settings


# Every variable the bot reads (`load`), and the names people guess for some of them.
KNOWN = frozenset({
    "DATABASE_PATH", "DEFAULT_PLACE", "LOG_LEVEL", "SEED_DEMO", "REMINDER_OFFSETS",
    "TELEGRAM_BOT_TOKEN", "TELEGRAM_ORGANIZER_IDS", "TELEGRAM_ANNOUNCE_CHAT_IDS",
    "TELEGRAM_API_BASE_URL", "TELEGRAM_API_BASE_FILE_URL", "DISCORD_TOKEN",
    "DISCORD_GUILD_IDS", "DISCORD_GUILD_ID", "DISCORD_OTHER_SERVERS",
    "DISCORD_ANNOUNCE_CHANNEL_IDS", "DISCORD_ORGANIZER_ROLE_IDS", "WEB_PORT", "WEB_HOST",
    "PUBLIC_URL", "BACKUP_KEEP"})
_GUESSED = {"TELEGRAM_TOKEN": "TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN": "DISCORD_TOKEN",
            "TELEGRAM_ADMIN_IDS": "TELEGRAM_ORGANIZER_IDS",
            "DISCORD_SERVER_IDS": "DISCORD_GUILD_IDS",
            "DISCORD_ROLE_IDS": "DISCORD_ORGANIZER_ROLE_IDS",
            "DISCORD_ADMIN_ROLE_IDS": "DISCORD_ORGANIZER_ROLE_IDS"}
_OURS = ("TELEGRAM_", "DISCORD_", "WEB_")  # another program's variables are left alone


def _meant(name: str) -> str | None:
    """The variable a name not read was meant to be, or None when it is another program's:
    TELEGRAM_ORGANISER_IDS (the README's prose says « organiser »), a lower-case name, a missing
    « S », a token under the name people guess. Such a setting used to be ignored in
    silence: no organiser, « Configuration OK »."""
    import difflib

    if name in KNOWN:
        return None
    canon = name.strip().upper().replace("ORGANISER", "ORGANIZER")
    for guess in (canon, canon + "S", canon.removesuffix("S")):
        if guess in KNOWN:
            return guess
        if guess in _GUESSED:
            return _GUESSED[guess]
    if canon.startswith(_OURS):  # only a near miss: WEB_CONCURRENCY is a host's own
        close = difflib.get_close_matches(canon, sorted(KNOWN), n=1, cutoff=0.8)
        return close[0] if close else None
    return None


def _unread(env: Mapping[str, str], problems: list[str], notes: list[str],
            outside: set[str]) -> None:
    """A name of `outside` (only in the process environment) is a note: a newcomer's shell
    may export another program's TELEGRAM_TOKEN, and renaming it would hand that program's
    bot to ours. In `.env`, `--env-file` or a given mapping, it stops the start."""
    for name, value in env.items():
        meant = _meant(name) if value.strip() else None
        if meant is None:
            continue
        spelling = ", with a z" if "ORGANIS" in name.upper() else ""
        if name in outside:
            notes.append(f"{name}, set in the environment, is not read by the bot: if it "
                         f"is meant for the bot, rename it {meant} (in capitals{spelling})")
        else:
            problems.append(f"{name}: not a setting of the bot (it would be ignored); rename "
                            f"it {meant} (in capitals{spelling})")


# SEED_DEMO as people write it, French first (« SEED_DEMO=non » used to stop the start).
_SEED_YES = ("1", "true", "yes", "oui", "on", "vrai")
_SEED_NO = ("0", "false", "no", "non", "off", "faux")


# « Copier le lien » on a message of a private group or channel: t.me/c/<its id>/<message>;
# the chat's id is -100 and that number.
_PRIVATE_GROUP_LINK = re.compile(r"(?:https?://)?t\.me/c/([0-9]+)(?:/[0-9]+)*/?",
                                 re.IGNORECASE)


def _announce_chats(raw: str, problems: list[str]) -> tuple[int, ...]:
    """Telegram announcement chats: a group's id lost its minus on the way (« 1001234567890 »
    reads as an account nobody has: every /annoncer failed there) is refused with the id to
    write; a group's @name or invitation link is told what an id looks like."""
    def refuse(part: str) -> str | None:
        if _GROUP_WITHOUT_MINUS.fullmatch(part):
            return f"is a group's id without its minus: write -{part}"
        link = _PRIVATE_GROUP_LINK.fullmatch(part)
        if link:
            return (f"is a link to a message of the group, not its id: write "
                    f"-100{link.group(1)}")
        return None

    return _ids("TELEGRAM_ANNOUNCE_CHAT_IDS", raw, problems, refuse=refuse,
                hint="; a group's id is a negative number (-100… for most groups), not the "
                     "group's name or invitation link")


_TOKENS = ("TELEGRAM_BOT_TOKEN", "DISCORD_TOKEN")


def _lookalikes(dotenv: Path, tokens: bool) -> list[str]:
    """No `.env`, but a file that was meant to be it: saved as « .env.txt » (Windows hides the
    ending), written « env », or the token filled straight into .env.example (while no token
    is set). The console opened and check said « Configuration OK. », nothing about them."""
    if dotenv.name != ".env" or dotenv.exists():
        return []
    folder = dotenv.parent
    for other in (".env.txt", "env", "env.txt"):
        if (folder / other).is_file():
            return [f"there is no .env here, but there is {other}: the bot reads only .env; "
                    f"rename it: mv {other} .env"]
    example = folder / ".env.example"
    if tokens or not example.is_file():
        return []
    try:
        filled = [name for name, value in _read_dotenv(example, []).items()
                  if name in _TOKENS and value.strip()]
    except OSError:
        return []
    if filled:
        return [f".env.example holds {filled[0]}, but the bot reads only .env (the example "
                "stays as it is for the next one): copy it, cp .env.example .env"]
    return []


def load(env: Mapping[str, str] | None = None, dotenv: str | Path | None = ".env") -> Settings:
    """Read settings; raise ConfigError listing every malformed variable by name."""
    problems: list[str] = []
    notes: list[str] = []
    outside: set[str] = set()
    given = env is not None  # a mapping of its own: no file is read
    env = _environment(env, dotenv, problems, outside=outside)
    get = lambda name: env.get(name, "").strip()  # noqa: E731
    _unread(env, problems, notes, outside)

    offsets: tuple[timedelta, ...] = Settings.reminder_offsets
    if get("REMINDER_OFFSETS"):
        offsets = _offsets(get("REMINDER_OFFSETS"), problems)
    discord_token = _discord_token(get("DISCORD_TOKEN"), problems)
    level = (get("LOG_LEVEL") or "INFO").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        problems.append("LOG_LEVEL: one of DEBUG, INFO, WARNING, ERROR")
    seed = (get("SEED_DEMO") or "1").lower()
    if seed not in _SEED_YES + _SEED_NO:
        problems.append("SEED_DEMO: 1 (two demo events on an empty database) or 0 (none); "
                        "oui/non and yes/no work too")

    keep = _keep(get("BACKUP_KEEP") or "14", problems)
    if dotenv and not given:
        notes += _lookalikes(Path(dotenv), any(get(name) for name in _TOKENS))
    guilds = _guild_ids(env, discord_token, problems)
    chats = _announce_chats(get("TELEGRAM_ANNOUNCE_CHAT_IDS"), problems)
    telegram_token = _telegram_token(get("TELEGRAM_BOT_TOKEN"), problems)
    bot_id = telegram_token.partition(":")[0] if telegram_token else ""
    settings = Settings(
        database_path=_database_path(get("DATABASE_PATH"), problems),
        default_place=get("DEFAULT_PLACE") or Settings.default_place,
        log_level=level,
        telegram_token=telegram_token,
        telegram_api_base_url=_url("TELEGRAM_API_BASE_URL", get("TELEGRAM_API_BASE_URL"),
                                   problems),
        telegram_api_base_file_url=_url("TELEGRAM_API_BASE_FILE_URL",
                                        get("TELEGRAM_API_BASE_FILE_URL"), problems),
        telegram_organizer_ids=_people("TELEGRAM_ORGANIZER_IDS", get("TELEGRAM_ORGANIZER_IDS"),
                                       problems, chats,
                                       int(bot_id) if _ID.fullmatch(bot_id) else None),
        telegram_announce_chat_ids=chats,
        discord_token=discord_token,
        discord_guild_ids=guilds,
        discord_other_servers=_other_servers(get("DISCORD_OTHER_SERVERS"), problems),
        discord_announce_channel_ids=_ids("DISCORD_ANNOUNCE_CHANNEL_IDS",
                                          get("DISCORD_ANNOUNCE_CHANNEL_IDS"), problems,
                                          example=_SNOWFLAKES,
                                          refuse=_discord_refuse("channel")),
        discord_organizer_role_ids=_roles("DISCORD_ORGANIZER_ROLE_IDS",
                                          get("DISCORD_ORGANIZER_ROLE_IDS"), guilds, problems),
        reminder_offsets=offsets,
        seed_demo=seed in _SEED_YES,
        backup_keep=keep,
        web_port=_port(get("WEB_PORT"), problems),
        web_host=_host(get("WEB_HOST"), problems),
        public_url=_public_url(get("PUBLIC_URL"), problems),
        notes=tuple(notes),
    )
    if settings.public_url and not settings.web_port \
            and not any(p.startswith(("PUBLIC_URL", "WEB_PORT")) for p in problems):
        problems.append("PUBLIC_URL: set, but WEB_PORT is empty, so the web agenda does not "
                        "run and its links (/monagenda, event pages) lead nowhere; set "
                        "WEB_PORT to the port your reverse proxy forwards to (e.g. 8080), or "
                        "empty PUBLIC_URL")
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
        f"TELEGRAM_ORGANIZER_IDS: {len(settings.telegram_organizer_ids)} id(s)"
        + (" — nobody can use organiser commands on Telegram: each organiser sends /mydata "
           "to the bot privately to see their number ('Telegram account 123456')"
           if settings.telegram_token and not settings.telegram_organizer_ids else "")
        + (f" = {_listed(settings.telegram_organizer_ids)} (only these Telegram accounts "
           "can use organiser commands)" if settings.telegram_organizer_ids else ""),
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
        f"DISCORD_ORGANIZER_ROLE_IDS: {len(settings.discord_organizer_role_ids)} role(s)"
        + (f" = {_listed(settings.discord_organizer_role_ids)}"
           if settings.discord_organizer_role_ids else "")
        + (" (organisers: members holding "
           + ("these roles or " if settings.discord_organizer_role_ids else "")
           + "Manage Events or Administrator, in our server(s) only)"
           if settings.discord_token else ""),
        "REMINDER_OFFSETS = " + ",".join(_fmt(o) for o in settings.reminder_offsets),
        f"WEB_PORT = {settings.web_port or '(no web agenda)'}",
        f"WEB_HOST = {settings.web_host}",
        f"PUBLIC_URL = {settings.public_url or _local_links(settings)}",
        f"BACKUP_KEEP = {settings.backup_keep}",
        "Platforms: " + (", ".join(settings.platforms) or "none (console chat)"),
    ]


def _local_links(settings: Settings) -> str:
    """What links are made of without PUBLIC_URL (`bot.links.public_base`): fine in the
    console; with a chat platform they reach members, whose phones cannot open this machine's
    own address."""
    if not settings.web_port:
        return "(no web agenda: no links)"
    local = f"http://127.0.0.1:{settings.web_port}"
    if not settings.platforms:
        return f"(links use {local})"
    return (f"(not set) — links sent to members (/monagenda, event pages) point to {local}, "
            "which their phones cannot open: set PUBLIC_URL to the https address of your "
            "reverse proxy")


def _listed(ids: tuple[int, ...]) -> str:
    return ", ".join(str(i) for i in ids)


def organisers(settings: Settings) -> list[tuple[bool, str]]:
    """Who holds organiser rights on each platform in use, for the start-up log: (a
    warning?, the line). Ids, never names (the platforms know those; the journal an admin
    reads after a doubt says which accounts and roles, and where they come from)."""
    lines: list[tuple[bool, str]] = []
    if settings.telegram_token:
        if settings.telegram_organizer_ids:
            lines.append((False, "Telegram organisers: the accounts "
                          f"{_listed(settings.telegram_organizer_ids)} "
                          "(TELEGRAM_ORGANIZER_IDS), nobody else"))
        else:
            lines.append((True, "Telegram organisers: nobody (TELEGRAM_ORGANIZER_IDS is "
                          "empty): each organiser sends /mydata to the bot privately to see "
                          "their number ('Telegram account 123456')"))
    if settings.discord_token:
        roles = settings.discord_organizer_role_ids
        lines.append((False, "Discord organisers: in the server(s) "
                      f"{_listed(settings.discord_guild_ids)} only, members with Manage "
                      "Events or Administrator there"
                      + (f", and the roles {_listed(roles)} (DISCORD_ORGANIZER_ROLE_IDS)"
                         if roles else " (DISCORD_ORGANIZER_ROLE_IDS is empty)")
                      + "; nobody in direct messages or other servers"))
    return lines


def _fmt(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
