"""The console: a chat in the terminal, the embedded default when no platform token is set.

It reads standard input without blocking the loop (a pipe or terminal through
`connect_read_pipe`, a plain file through a thread), so it can be scripted:
`printf '/aide\\n/evenements\\n' | python -m bot run`. The first speaker is an organiser;
`/as <name>` speaks as another member, `/button <n>` presses a button of the last message.

Input is hostile until proven otherwise: a script or a file can hold lines of any length, bytes
that are not UTF-8, or terminal escape sequences. Each line is bounded, decoded strictly and
stripped of control characters; everything printed is stripped again; a line that fails gets
an apology and the session goes on with the next one.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import re
import selectors
import sys
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TextIO

from bot import i18n
from bot.cards import render_card_text
from bot.i18n import DEFAULT_LOCALE, t, using
from bot.messages import Button, EventCard, Incoming, Reply
from bot.platform import Capabilities, Host
from bot.text import strip_accents

log = logging.getLogger(__name__)

ORGANIZER = ("orga", "Organisateur")
CHANNEL = "annonces"
MAX_LINE = 4000  # characters: the core reads no more of a message either
_MAX_LINE_BYTES = 4 * MAX_LINE  # a UTF-8 character takes at most 4 bytes
_CHUNK = 64 * 1024
# In a terminal, lines that arrive within this many seconds of each other were pasted
# together (nobody types a line that fast): one message, as Telegram would get it.
PASTE_WINDOW = 0.05
# C0 (but newline), DEL, C1 (0x9b is an 8-bit CSI) and direction overrides/isolates: a
# terminal obeys them, so a name like "\x1b]0;...\x07" could retitle or clear the screen.
_UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Whole escape sequences, not only their ESC: an arrow key typed in a terminal (ESC [ D) or
# a pasted title sequence (ESC ] 0 ; ... BEL) would otherwise leave « [D » or « ]0;... » in
# the line, and « /evenemnts[D[D » answers nobody.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?"
                     r"|[PX^_][^\x1b]*(?:\x1b\\)?|O.|[ -/]*[0-~])?|\x9b[0-?]*[ -/]*[@-~]")

# What the console says itself; added to the catalogue when a console is made.
STRINGS: dict[str, dict[str, str]] = {
    "console.welcome": {
        "fr": "Console du Focus. Vous êtes organisateur·rice. /aide pour les commandes, /quit "
              "pour quitter. For English, type /language en",
        "en": "Le Focus console. You are the organiser. /help for commands, /quit to leave. "
              "En français, tapez /langue fr",
    },
    "console.web_agenda": {"fr": "Agenda web (à ouvrir dans un navigateur) : {url}",
                           "en": "Web agenda (open it in a browser): {url}"},
    "console.web_failed": {
        "fr": "L'agenda web n'a pas démarré : le port {port} est déjà pris (ou interdit) sur "
              "cette machine. Mettez un autre numéro dans WEB_PORT={port} (par ex. "
              "WEB_PORT=8081), ou videz-le. Le chat marche quand même.",
        "en": "The web agenda did not start: port {port} is already taken (or not allowed) "
              "on this machine. Put another number in WEB_PORT={port} (e.g. WEB_PORT=8081), "
              "or leave it empty. The chat works anyway.",
    },
    "console.now_as": {"fr": "Vous parlez maintenant en tant que {name} (membre).",
                       "en": "You now speak as {name} (member)."},
    "console.now_as_orga": {"fr": "Vous êtes de nouveau vous-même (organisateur·rice).",
                            "en": "You are yourself (organiser) again."},
    "console.bye": {"fr": "À bientôt !", "en": "See you soon!"},
    "console.buttons": {"fr": "Boutons (/bouton <n>) :", "en": "Buttons (/button <n>):"},
    "console.pressed_as": {"fr": "(appuyé en tant que {name})", "en": "(pressed as {name})"},
    "console.no_button": {"fr": "Pas de bouton à ce numéro ({count:# disponible|# "
                                 "disponibles}).",
                          "en": "No button with that number ({count} available)."},
    "console.which_button": {"fr": "Tapez /bouton et son numéro, par ex. /bouton 1.",
                             "en": "Type /button and its number, e.g. /button 1."},
    "console.no_buttons_yet": {
        "fr": "Aucun bouton pour l'instant : ils s'affichent sous certaines réponses, par ex. "
              "/evenement 1 (puis /bouton 1 pour appuyer sur le premier).",
        "en": "No buttons yet: they show under some answers, e.g. /event 1 (then /button 1 "
              "presses the first).",
    },
    "console.file_saved": {"fr": "Fichier enregistré : {path}", "en": "File saved: {path}"},
    "console.file_failed": {
        "fr": "Je n'ai pas pu enregistrer le fichier {name} dans {folder} (disque plein, ou "
              "dossier impossible à créer ?). Le reste de la réponse est ci-dessus.",
        "en": "I couldn't save the file {name} in {folder} (disk full, or a folder that "
              "cannot be created?). The rest of the answer is above.",
    },
    "console.card_updated": {"fr": "[#{chat}] carte #{id} mise à jour : {state}",
                             "en": "[#{chat}] card #{id} updated: {state}"},
    "console.private_for": {"fr": "[message privé pour {user}]",
                            "en": "[private message for {user}]"},
    "console.too_long": {
        "fr": "Ce message est trop long (plus de {limit} caractères) : je ne l'ai pas lu. "
              "Raccourcissez-le et réessayez.",
        "en": "That message is too long (more than {limit} characters), so I didn't read it. "
              "Please shorten it and try again.",
    },
    "console.already_running": {
        "fr": "Une autre console (ou le bot) utilise déjà {path} : quittez-la d'abord (/quit "
              "ou Ctrl-D dans son terminal). Pour essayer à côté, sur une autre base : "
              "DATABASE_PATH=data/essai.db make run",
        "en": "Another console (or the bot) is already using {path}: leave it first (/quit or "
              "Ctrl-D in its terminal). To try beside it, on another database: "
              "DATABASE_PATH=data/essai.db make run",
    },
    "console.unreadable": {
        "fr": "Je n'arrive pas à lire cette ligne : elle contient des caractères illisibles "
              "(le texte doit être en UTF-8). Je passe à la suivante.",
        "en": "I can't read that line: it contains unreadable characters (text must be "
              "UTF-8). Moving on to the next one.",
    },
}


def safe_text(text: str) -> str:
    """What may reach a terminal: no escape sequences, nothing an encoder chokes on."""
    return _SURROGATE.sub("\ufffd", _UNSAFE.sub("", _ESCAPE.sub("", text.replace("\t", " "))))


class _LineTooLong(Exception):
    """The line was skipped up to its end, without ever holding all of it in memory."""


class _Lines:
    """Splits a byte stream into lines of bounded size, whatever the source sends."""

    def __init__(self, read: Callable[[], Awaitable[bytes]]) -> None:
        self._read = read
        self._buffer = bytearray()
        self._eof = False

    async def next(self) -> bytes | None:
        """The next line without its newline; None at end of input.

        Raises `_LineTooLong` for a line longer than `_MAX_LINE_BYTES`, after discarding it.
        """
        too_long = False
        searched = 0
        while True:
            end = self._buffer.find(b"\n", searched)
            if end >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[:end + 1]
                if too_long or len(line) > _MAX_LINE_BYTES:
                    raise _LineTooLong
                return line
            searched = len(self._buffer)
            if searched > _MAX_LINE_BYTES:
                too_long = True
                self._buffer.clear()
                searched = 0
            if self._eof:
                line = bytes(self._buffer)
                self._buffer.clear()
                if too_long:
                    raise _LineTooLong
                return line or None
            chunk = await self._read()
            if chunk:
                self._buffer += chunk
            else:
                self._eof = True


class ConsoleAdapter:
    """The console platform (`bot.platform.Platform`): one reader, no private links."""

    platform = "console"
    capabilities = Capabilities(pictures=False)

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None,
                 export_dir: Path = Path("data/exports"),
                 locale: str = DEFAULT_LOCALE) -> None:
        """`locale`: the language the organiser chose last time (/langue), for the welcome
        and every remark until an answer says otherwise."""
        i18n.add_strings(STRINGS)
        self._in = stdin or sys.stdin
        self._out = stdout or sys.stdout
        self._export_dir = export_dir
        self._user = ORGANIZER
        # The names typed after /as, by member id: a private message says « pour Léa », not
        # the id « l-a » the name became.
        self._names: dict[str, str] = {}
        self._host: Host | None = None
        self._buttons: list[Button] = []
        # Whose message showed them: a button under « [message privé pour Léa] » is Léa's.
        self._buttons_for: tuple[str, str] | None = None
        self._counter = 0
        self._locale = locale  # of the last answer: the reader's language
        self.finished = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._streamed = False  # stdin read through the event loop: a read can be cancelled
        self._held: str | None = None  # a pasted line that is a command of its own
        self._typed_end = False  # Ctrl-D was typed (read with a paste, answered after it)

    # -- contract --------------------------------------------------------------------------

    @property
    def locale(self) -> str:
        """The reader's language: the one chosen last time, then that of the last answer."""
        return self._locale

    @property
    def connected(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self, host: Host) -> None:
        self._host = host
        self._task = asyncio.get_running_loop().create_task(self._run(host))

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        self.finished.set()

    def announce_chats(self) -> list[str]:
        return [CHANNEL]

    async def send(self, chat_id: str, reply: Reply) -> str | None:
        self._counter += 1
        self._print_reply(reply, prefix=f"[#{chat_id}] ")
        return str(self._counter) if reply.card else None

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        state = card.status_text or card.seats_text  # the channel's copy, in its language
        self._say("console.card_updated", chat=chat_id, id=card.event_id, state=state)

    async def send_private(self, user_id: str, reply: Reply) -> None:
        if user_id not in self._names and self._host is not None:
            # Named with /as before a restart: the name is the member's, in the database.
            name = await self._host.display_name(self.platform, user_id)
            if name:
                self._names[user_id] = name
        who = self._names.get(user_id, user_id)
        with using(self._locale):  # a remark to the reader, whoever the message is for
            prefix = t("console.private_for", user=who) + " "
        owner = ORGANIZER if user_id == ORGANIZER[0] else (user_id, who)
        self._print_reply(reply, prefix=prefix, owner=owner)

    def private_link(self, payload: str) -> str | None:
        """Everything is private in a terminal: there is nothing to link to."""
        return None

    async def edit_ready(self, chat_id: str) -> None:
        """A terminal never makes an edit wait."""

    # -- reading ---------------------------------------------------------------------------

    async def _chunks(self) -> Callable[[], Awaitable[bytes]]:
        """Raw bytes from stdin: decoding is ours, so a bad byte spoils one line, not all."""
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        if _watchable(self._in):
            try:
                await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader),
                                             self._in)
            except (ValueError, OSError, AttributeError):
                pass  # a regular file: read it in a thread instead
            else:
                self._streamed = True
                return lambda: reader.read(_CHUNK)
        binary = getattr(self._in, "buffer", None)
        if binary is not None:
            read = getattr(binary, "read1", binary.read)
            return lambda: asyncio.to_thread(read, _CHUNK)

        async def read_text() -> bytes:  # an in-memory text stream, or no stdin at all
            if self._in is None:
                return b""
            text = await asyncio.to_thread(self._in.read, _CHUNK)
            return text.encode("utf-8", "surrogateescape")

        return read_text

    async def _read_line(self, lines: _Lines) -> str | None:
        """The next line, clean; None at end of input. A bad line is answered here, and
        comes back empty so the session goes on."""
        try:
            raw = await lines.next()
        except _LineTooLong:
            self._say("console.too_long", limit=MAX_LINE)
            return ""
        except (OSError, ValueError):  # stdin closed or gone: like the end of input
            log.warning("console input failed; leaving", exc_info=True)
            return None
        if raw is None:
            return None
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            self._say("console.unreadable")
            return ""
        if len(line) > MAX_LINE:
            self._say("console.too_long", limit=MAX_LINE)
            return ""
        return safe_text(line)  # strict UTF-8 left no surrogates: only controls go

    async def _next_message(self, lines: _Lines, interactive: bool) -> str | None:
        """The next line; in a terminal, with the lines pasted after it (they arrive at once)
        joined to it, as one message, up to a line that is a command of its own."""
        line: str | None
        if self._held is not None:
            line, self._held = self._held, None
        else:
            line = await self._read_line(lines)
        if line is None or not interactive or not self._streamed \
                or _console_word(line) is not None:
            return line  # a script's lines are its commands, one by one; so are ours
        parts = [line]
        while True:
            try:
                more = await asyncio.wait_for(self._read_line(lines), PASTE_WINDOW)
            except TimeoutError:
                break
            if more is None or more.lstrip().startswith("/"):
                self._held = more
                break
            parts.append(more)
        return "\n".join(parts)

    # -- typing in a terminal ----------------------------------------------------------------

    def _typed(self, prompt: str) -> tuple[str | None, str | None]:
        """One line typed at the terminal, edited with readline (←, →, ↑ for the lines before,
        as in a shell): (the line, a remark's key); None at Ctrl-D. In a thread."""
        if self._typed_end:
            return None, None
        try:
            raw = input(prompt)
        except EOFError:
            # Ctrl-D read with pasted lines: they are answered first, then the console ends
            # (never a prompt waiting for a Ctrl-D already read).
            self._typed_end = True
            return None, None
        except UnicodeDecodeError:
            return "", "console.unreadable"
        if len(raw) > MAX_LINE:
            return "", "console.too_long"
        return safe_text(raw), None

    def _typed_message(self) -> tuple[str | None, str | None]:
        """The next message typed, with the lines pasted after it (already waiting when the
        first one is read) joined to it, up to a line that is a command of its own. In a
        thread: `input()` blocks."""
        if self._held is not None:
            held, self._held = self._held, None
            return held, None
        line, remark = self._typed("> ")
        if line is None or remark is not None or _console_word(line) is not None:
            return line, remark
        parts = [line]
        while _waiting(self._in, PASTE_WINDOW):
            more, remark = self._typed("")
            if more is None or remark is not None or more.lstrip().startswith("/"):
                self._held = more
                break
            parts.append(more)
        return "\n".join(parts), None

    async def _next_typed(self) -> str | None:
        """`_typed_message` in a thread of its own (a daemon: a line never typed must not keep
        the program from ending), answered to the loop."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[tuple[str | None, str | None]] = loop.create_future()

        def settle(result: tuple[str | None, str | None] | None,
                   error: BaseException | None) -> None:
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result or (None, None))

        def read() -> None:
            result: tuple[str | None, str | None] | None = None
            error: BaseException | None = None
            try:
                result = self._typed_message()
            except Exception as err:
                error = err
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits
                loop.call_soon_threadsafe(settle, result, error)

        threading.Thread(target=read, name="console-input", daemon=True).start()
        line, remark = await future
        if remark is not None:
            self._say(remark, limit=MAX_LINE)
        return line

    async def _run(self, host: Host) -> None:
        try:
            interactive = self._in.isatty()
        except (ValueError, AttributeError):
            interactive = False
        editor = _line_editor(self._in, self._out) if interactive else None
        lines = _Lines(await self._chunks()) if editor is None else None
        self._say("console.welcome")
        quitted = False
        try:
            while True:
                line: str | None
                if lines is None:
                    line = await self._next_typed()
                else:
                    if interactive:
                        self._out.write("> ")
                        self._out.flush()
                    line = await self._next_message(lines, interactive)
                if line is None:
                    break
                try:
                    go_on = await self._handle_line(host, line)
                except Exception:
                    # Whatever one line breaks (storage, an export folder...), the next one
                    # still deserves an answer.
                    log.exception("console: a line could not be handled")
                    self._say("error.internal")
                    go_on = True
                if not go_on:
                    quitted = True
                    break
            await host.idle()
        finally:
            if editor is not None:
                editor.restore()  # Ctrl-C inside a line: the shell gets its terminal back
            if interactive:
                # Ctrl-D or Ctrl-C leave the cursor after the prompt (or « ^C »): without
                # a line of our own, the shell's prompt would be glued to ours.
                self._out.write("" if quitted else "\n")
                self._say("console.bye")
            self.finished.set()

    async def _handle_line(self, host: Host, line: str) -> bool:
        text = line.strip()
        if not text:
            return True
        if not interactive_echo():
            self._write(f"> {text}")
        words = text.split()
        own = _console_word(text)
        if own == "quit":
            return False  # « exit » alone is what a terminal user types to leave
        if own == "as":
            name = text[3:].strip()[:40]
            self._user = ORGANIZER if not name else (_slug(name), name)
            self._names[self._user[0]] = self._user[1]
            who = self._user[1]
            self._say("console.now_as_orga" if self._user == ORGANIZER else "console.now_as",
                      name=who)
            return True
        if _asks_console_help(words):
            # « /aide as »: the features' help does not know the console's own commands
            # (it said « Je ne trouve pas « as » » above a list ending with /as).
            self._say("help.console")
            return True
        action: str | None = None
        if own == "button":
            number = words[1] if len(words) > 1 else ""
            if not number:  # « /bouton » alone: which ones there are, again
                self._show_buttons()
                return True
            # isdecimal: « ² » is a digit to isdigit() but not a number to int().
            if not number.isdecimal() or not 1 <= int(number) <= len(self._buttons):
                self._say("console.no_button", count=len(self._buttons))
                return True
            action = self._buttons[int(number) - 1].action
            text = ""
        user = self._user
        if action is not None and self._buttons_for is not None:
            user = self._buttons_for  # everyone shares this keyboard: the press is theirs
            if user != self._user:
                self._say("console.pressed_as", name=user[1])
        user_id, name = user
        incoming = Incoming(platform=self.platform, user_id=user_id, display_name=name,
                            chat_id="console", text=text, is_private=True,
                            is_organizer=user == ORGANIZER, action=action)
        for reply in await host.handle(incoming):
            self._locale = reply.locale
            self._print_reply(reply, owner=None if user == self._user else user)
        await host.idle()
        return True

    def _show_buttons(self) -> None:
        if not self._buttons:
            self._say("console.no_buttons_yet")
            return
        with using(self._locale):
            self._write(t("console.which_button") + "\n" + t("console.buttons") + " "
                        + "  ".join(f"[{i}] {b.label}" for i, b in enumerate(self._buttons, 1)))

    # -- writing ---------------------------------------------------------------------------

    def _print_reply(self, reply: Reply, prefix: str = "",
                     owner: tuple[str, str] | None = None) -> None:
        """`owner`: whom a private message was for (else its buttons are the speaker's)."""
        with using(reply.locale):
            self._render(reply, prefix, owner)

    def _say(self, key: str, **values: object) -> None:
        """A console remark, in the language of the last answer the reader got; « en tant
        que Organisateur » elided as French writes it (« en tant qu'Organisateur »)."""
        with using(self._locale):
            self._write(_ELIDED.sub(r"\1qu'\2", t(key, **values)))

    def _render(self, reply: Reply, prefix: str, owner: tuple[str, str] | None) -> None:
        parts = []
        if reply.text:
            parts.append(reply.text)
        if reply.card:
            parts.append(render_card_text(reply.card))
        buttons = reply.buttons or (reply.card.buttons if reply.card else ())
        if buttons:
            self._buttons = list(buttons)
            self._buttons_for = owner
            parts.append(t("console.buttons") + " " + "  ".join(
                f"[{i}] {b.label}" for i, b in enumerate(buttons, 1)))
        if reply.attachment:
            name = Path(reply.attachment.filename).name
            target = self._export_dir / name
            try:
                self._export_dir.mkdir(parents=True, exist_ok=True)
                target.write_bytes(reply.attachment.content)
            except OSError as err:
                # A full disk or a file where the folder should be: the answer still shows.
                log.warning("console: %s not saved: %s", target, err)
                with contextlib.suppress(OSError):  # no half-written file left behind
                    target.unlink(missing_ok=True)
                parts.append(t("console.file_failed", name=name,
                               folder=str(self._export_dir)))
            else:
                parts.append(t("console.file_saved", path=str(target)))
        self._write(prefix + "\n".join(parts))

    def _write(self, text: str) -> None:
        line = safe_text(text) + "\n"
        try:
            self._out.write(line)
        except UnicodeEncodeError:  # a terminal that is not UTF-8
            encoding = getattr(self._out, "encoding", None) or "ascii"
            self._out.write(line.encode(encoding, "replace").decode(encoding))
        self._out.flush()


# « en tant que Organisateur », « appuyé en tant que Anaïs »: before a vowel, « qu' ».
_ELIDED = re.compile(r"(\ben tant )que ([AEIOUYÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜaeiouyàâäæéèêëîïôöœùûü])")


def _console_word(line: str) -> str | None:
    """The console's own command on this line (« quit », « as », « button »), if any: these
    take one line, never a paste after them."""
    text = line.strip()
    word = text.split(maxsplit=1)[0].lower() if text else ""
    if word in ("/quit", "/exit", "/quitter") or text.lower() in ("quit", "exit", "quitter"):
        return "quit"
    if word == "/as":
        return "as"
    if word in ("/button", "/bouton", "/b"):
        return "button"
    return None


_HELP_WORDS = ("/aide", "/help", "/h", "/commandes")
_CONSOLE_TOPICS = ("as", "bouton", "button", "b", "quit", "exit", "quitter")


def _asks_console_help(words: list[str]) -> bool:
    """« /aide as », « /help button », « /aide /quit »: help on a command of the console's."""
    return (len(words) == 2 and strip_accents(words[0].lower()) in _HELP_WORDS
            and words[1].lstrip("/").lower() in _CONSOLE_TOPICS)


class _Editor:
    """Line editing in a terminal (GNU readline through `input()`), and the terminal's modes
    as they were, given back when the console ends (also inside a line, at Ctrl-C).

    Between two lines the terminal reads by character, not by line (its echo stays on:
    readline shows what it reads only where the terminal echoes): what is typed while an
    answer is on its way waits as typed, for readline; in the terminal's own line mode a
    Ctrl-D typed then became a NUL, and the console waited for ever."""

    def __init__(self, fd: int, modes: list[Any]) -> None:
        import termios

        self._fd = fd
        self._modes = modes
        by_character = list(modes)
        by_character[3] = modes[3] & ~termios.ICANON
        chars = list(modes[6])
        chars[termios.VMIN], chars[termios.VTIME] = 1, 0
        by_character[6] = chars
        with contextlib.suppress(OSError, termios.error):
            termios.tcsetattr(fd, termios.TCSANOW, by_character)

    def restore(self) -> None:
        import termios

        with contextlib.suppress(OSError, termios.error):
            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._modes)


def _line_editor(stdin: TextIO, stdout: TextIO) -> _Editor | None:
    """An editor when the console is the program's own terminal (`input()` edits only
    there) and readline exists; else None: the bytes are read as they come (a script, a pipe,
    a test's streams), escape sequences stripped."""
    if stdin is not sys.stdin or stdout is not sys.stdout:
        return None
    try:
        if not (stdin.isatty() and stdout.isatty()):
            return None
        import readline  # noqa: F401  (importing it makes input() edit lines)
        import termios

        fd = stdin.fileno()
        modes = termios.tcgetattr(fd)
    except (ImportError, OSError, ValueError, AttributeError):
        return None
    except Exception:  # termios.error: not a terminal after all
        return None
    return _Editor(fd, modes)


def _waiting(stream: TextIO, seconds: float) -> bool:
    """Whether more typed (pasted) input is already there, or arrives within `seconds`."""
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(stream.fileno(), selectors.EVENT_READ)
            return bool(selector.select(seconds))
    except (OSError, ValueError):
        return False


def _watchable(stream: object) -> bool:
    """Whether the event loop can wait on this input. /dev/null (systemd's stdin) is a
    character device asyncio accepts as a pipe, but epoll refuses it later, in a callback:
    the console then waited for ever. Anything not watchable is read in a thread."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return False
    return True


def interactive_echo() -> bool:
    """A terminal echoes what was typed; a script does not, so we echo it ourselves."""
    try:
        return os.isatty(0)
    except OSError:
        return False


def _slug(name: str) -> str:
    """A member id for a typed name, readable in /mesdonnees: « Léa » → « lea »; names
    with no letter or digit (« 🙂 ») get their code points, so two of them stay two people."""
    words = re.findall(r"[^\W_]+", strip_accents(name).lower())
    slug = "-".join(words) or "-".join(f"{ord(c):x}" for c in name if not c.isspace())
    return f"membre-{slug}" if slug == ORGANIZER[0] else slug  # « /as Orga » is not us
