"""The console: a chat in the terminal, the embedded default when no platform token is set.

It reads standard input without blocking the loop (a pipe or terminal through
`connect_read_pipe`, a plain file through a thread), so it can be scripted:
`printf '/aide\\n/evenements\\n' | python -m bot run`. The first speaker is an organiser;
`/as <name>` speaks as another member, `/button <n>` presses a button of the last message.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.cards import render_card_text
from bot.i18n import t, using
from bot.messages import Button, EventCard, Incoming, Reply

if TYPE_CHECKING:
    from bot.core import Core

ORGANIZER = ("orga", "Organisateur")
CHANNEL = "annonces"


class ConsoleAdapter:
    platform = "console"

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None,
                 export_dir: Path = Path("data/exports")) -> None:
        self._in = stdin or sys.stdin
        self._out = stdout or sys.stdout
        self._export_dir = export_dir
        self._user = ORGANIZER
        self._buttons: list[Button] = []
        self._last_card_message: str | None = None
        self._counter = 0
        self.finished = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # -- contract --------------------------------------------------------------------------

    async def start(self, core: Core) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(core))

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
        state = card.status_text or card.seats_text
        self._write(t("console.card_updated", chat=chat_id, id=card.event_id, state=state))

    async def send_private(self, user_id: str, reply: Reply) -> None:
        self._print_reply(reply, prefix=t("console.private_for", user=user_id) + " ")

    # -- reading ---------------------------------------------------------------------------

    async def _lines(self) -> asyncio.StreamReader | None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        try:
            await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), self._in)
        except (ValueError, OSError, AttributeError):
            return None  # a regular file: read it in a thread instead
        return reader

    async def _run(self, core: Core) -> None:
        try:
            interactive = self._in.isatty()
        except (ValueError, AttributeError):
            interactive = False
        reader = await self._lines()
        self._write(t("console.welcome"))
        try:
            while True:
                if interactive:
                    self._out.write("> ")
                    self._out.flush()
                if reader is not None:
                    raw = await reader.readline()
                    line = raw.decode("utf-8", errors="replace")
                else:
                    line = await asyncio.to_thread(self._in.readline)
                if not line:
                    break
                if not await self._handle_line(core, line.rstrip("\r\n")):
                    break
            await core.idle()
        finally:
            self.finished.set()

    async def _handle_line(self, core: Core, line: str) -> bool:
        text = line.strip()
        if not text:
            return True
        if not interactive_echo():
            self._write(f"> {text}")
        word = text.split()[0].lower()
        if word in ("/quit", "/exit", "/quitter"):
            return False
        if word == "/as":
            name = text[3:].strip()[:40]
            self._user = ORGANIZER if not name else (_slug(name), name)
            who = self._user[1]
            self._write(t("console.now_as_orga" if self._user == ORGANIZER else "console.now_as",
                          name=who))
            return True
        action: str | None = None
        message_id: str | None = None
        if word in ("/button", "/bouton", "/b"):
            number = text.split()[1] if len(text.split()) > 1 else ""
            if not number.isdigit() or not 1 <= int(number) <= len(self._buttons):
                self._write(t("console.no_button", count=len(self._buttons)))
                return True
            action = self._buttons[int(number) - 1].action
            message_id = self._last_card_message
            text = ""
        user_id, name = self._user
        incoming = Incoming(platform=self.platform, user_id=user_id, display_name=name,
                            chat_id="console", text=text, is_private=True,
                            is_organizer=self._user == ORGANIZER, action=action,
                            message_id=message_id)
        for reply in await core.handle(incoming):
            self._print_reply(reply)
        await core.idle()
        return True

    # -- writing ---------------------------------------------------------------------------

    def _print_reply(self, reply: Reply, prefix: str = "") -> None:
        with using(reply.locale):
            self._render(reply, prefix)

    def _render(self, reply: Reply, prefix: str) -> None:
        parts = []
        if reply.text:
            parts.append(reply.text)
        if reply.card:
            parts.append(render_card_text(reply.card))
        buttons = reply.buttons or (reply.card.buttons if reply.card else ())
        if buttons:
            self._buttons = list(buttons)
            parts.append(t("console.buttons") + " " + "  ".join(
                f"[{i}] {b.label}" for i, b in enumerate(buttons, 1)))
        if reply.attachment:
            self._export_dir.mkdir(parents=True, exist_ok=True)
            target = self._export_dir / Path(reply.attachment.filename).name
            target.write_bytes(reply.attachment.content)
            parts.append(t("console.file_saved", path=str(target)))
        self._write(prefix + "\n".join(parts))

    def _write(self, text: str) -> None:
        self._out.write(text + "\n")
        self._out.flush()


def interactive_echo() -> bool:
    """A terminal echoes what was typed; a script does not, so we echo it ourselves."""
    try:
        return os.isatty(0)
    except OSError:
        return False


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "membre"
