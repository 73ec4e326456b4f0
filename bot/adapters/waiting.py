"""Answers that could not reach a member privately, waiting for their private chat: one
module for both adapters (Telegram: the private chat never opened; Discord: private messages
closed). The line said in the group promises « ma réponse vous attend »: the answers are
kept in the database (the store the host lends, `bot.platform.HostStorage`), so a restart
loses none; 24 hours at most (`WaitingSweep`, the scheduler's job, erases the older ones),
5 per member, erased with the member (/oubliemoi), and each once sent: a process killed
while giving them gives the rest again at the member's next message, never none.

Only what the reply shows is kept: its text, buttons, card and language, and a calendar file
(an event's own data). A file of people (participant lists, reports for organisers) is not
kept: the organiser asks again. An answer to a question asked in a group or channel keeps the
question too (written there for all to read): given later, the answer opens with it, or
two « je ne sais pas » in a row would not say which question each answers. A private message
of the bot's own refused to a member with answers waiting (an event cancelled or moved
meanwhile) waits after them (`follow`): the answer is not the last word.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from bot import actions, i18n
from bot.bounded import remember
from bot.i18n import format_when_from, t, using
from bot.jobs import JobContext
from bot.messages import Attachment, Button, EventCard, Reply
from bot.platform import Host, WaitingStore

log = logging.getLogger(__name__)

# The only files kept: an event's calendar holds nobody's data.
KEPT_FILES = ("text/calendar",)
# Buttons named after people (the door list's names, « which Ana? » of /retirer) are not
# kept either: a name would outlive that member's /oubliemoi. The door list's own buttons
# stay (« Actualiser » shows it as it is when pressed).
NAMING_VERBS = ("here", "unlist")
# What is over a day old leaves the database this often at least (`WaitingSweep`).
SWEEP_EVERY = timedelta(hours=1)
# A question longer than this is cut (…) where its answer names it.
QUOTED_MAX = 200
# Given later than this, an answer says when it was given: its seat counts are of then.
LATE = timedelta(minutes=30)

STRINGS: dict[str, dict[str, str]] = {
    "waiting.asked": {"fr": "Vous m'avez demandé : « {question} »",
                      "en": "You asked me: “{question}”"},
    "waiting.given_at": {"fr": "Réponse donnée {when} (les places ont pu changer depuis) :",
                         "en": "Answer given {when} (seats may have changed since):"},
    "waiting.sent_at": {"fr": "Message envoyé {when}, que je n'ai pas pu vous remettre :",
                        "en": "Message sent {when}, which I could not deliver to you:"},
}


def opening(text: str) -> str:
    """A text's first line: the same notice may end differently (a link added)."""
    return text.split("\n", 1)[0].strip()


def _buttons(buttons: Iterable[Button]) -> list[list[str]]:
    return [[b.label, b.action] for b in buttons
            if getattr(actions.parse(b.action), "verb", "") not in NAMING_VERBS]


def encode(reply: Reply, asked: str = "", told: bool = False) -> str | None:
    """The reply as kept (`asked`: the question it answers, if asked in a group; `told`: a
    message of the bot's own, not an answer); None when it is not kept (a file of people)."""
    attachment = reply.attachment
    if attachment is not None and attachment.mime_type not in KEPT_FILES:
        return None
    kept: dict[str, Any] = {"text": reply.text, "locale": reply.locale,
                            "buttons": _buttons(reply.buttons)}
    if asked:
        kept["asked"] = asked
    if told:
        kept["told"] = True
    if reply.card is not None:
        card = {f.name: getattr(reply.card, f.name) for f in dataclasses.fields(EventCard)}
        card["starts_at"] = reply.card.starts_at.isoformat()
        card["ends_at"] = reply.card.ends_at.isoformat() if reply.card.ends_at else None
        card["buttons"] = _buttons(reply.card.buttons)
        kept["card"] = card
    if attachment is not None:
        kept["file"] = [attachment.filename, attachment.mime_type,
                        base64.b64encode(attachment.content).decode("ascii")]
    return json.dumps(kept, ensure_ascii=False)


def with_question(reply: Reply, asked: str, given: datetime | None = None,
                  now: datetime | None = None, told: bool = False) -> Reply:
    """The reply opening with the question it answers, in the reply's language, and with
    when it was given (`given`, if given late: its counts are of then; `told`: sent, not
    an answer)."""
    if not reply.text or not (asked or given):
        return reply
    if len(asked) > QUOTED_MAX:
        asked = asked[:QUOTED_MAX - 1].rstrip() + "…"
    lines: list[str] = []
    with using(reply.locale):
        if asked:
            lines.append(t("waiting.asked", question=" ".join(asked.split())))
        if given is not None and now is not None:
            lines.append(t("waiting.sent_at" if told else "waiting.given_at",
                           when=format_when_from(given, now)))
    return dataclasses.replace(reply, text="\n".join([*lines, reply.text]))


_WHEN = "\x00"  # where the moment goes in « Message envoyé {when}, … »


def without_sent_at(reply: Reply) -> Reply:
    """The reply without the line `with_question` opens a late notice with (« Message envoyé
    hier à 11h, que je n'ai pas pu vous remettre : »): a notice sent late by the scheduler
    (`bot.scheduler.KeptNotices`) and refused again waits bare, and says when it was sent
    once, as it is given (the line kept would read « aujourd'hui » the day after, under a
    second one)."""
    first, _, rest = reply.text.partition("\n")
    if not rest:
        return reply
    with using(reply.locale):
        before, _, after = t("waiting.sent_at", when=_WHEN).partition(_WHEN)
    if first.startswith(before) and first.endswith(after) and len(first) > len(before + after):
        return dataclasses.replace(reply, text=rest)
    return reply


def decode(kept: str) -> tuple[Reply, str, bool] | None:
    """The reply to give again, the question it answers ('' if none) and whether it is a
    message of the bot's own (`encode`'s `told`); None for a row this code cannot read
    (logged)."""
    try:
        data = json.loads(kept)
        card = None
        if data.get("card"):
            fields = dict(data["card"])
            fields["starts_at"] = datetime.fromisoformat(fields["starts_at"])
            ends = fields.get("ends_at")
            fields["ends_at"] = datetime.fromisoformat(ends) if ends else None
            fields["buttons"] = tuple(Button(*b) for b in fields.get("buttons", ()))
            card = EventCard(**fields)
        attachment = None
        if data.get("file"):
            name, mime, content = data["file"]
            attachment = Attachment(name, base64.b64decode(content), mime)
        return Reply(text=data.get("text", ""), card=card, private=True,
                     buttons=tuple(Button(*b) for b in data.get("buttons", ())),
                     attachment=attachment,
                     locale=data.get("locale", "fr")), str(data.get("asked", "")), \
            bool(data.get("told"))
    except (ValueError, TypeError, KeyError):
        log.warning("a waiting answer could not be read; dropped", exc_info=True)
        return None


class Waiting:
    """What waits for one platform's members. `start(host)` with the adapter; then `keep`
    each private answer the platform refused, and `give` when the member's private chat
    works again (they wrote there)."""

    def __init__(self, platform: str) -> None:
        i18n.add_strings(STRINGS)
        self.platform = platform
        self._host: Host | None = None
        self._store: WaitingStore | None = None
        # Who may have something waiting: `give` costs no database hop for everyone else.
        self._holders: set[str] = set()
        # Whose answers are being given right now: a second message meanwhile waits for
        # the next one (each answer is erased once sent, so both would give it).
        self._giving: set[str] = set()
        # What `follow` kept for whom (first lines): a reminder refused at each of its
        # retries waits once, and does not push the answers out of the five kept.
        self._followed: dict[str, set[str]] = {}

    async def start(self, host: Host) -> None:
        """Use the host's store, and learn who has something waiting."""
        self._host = host
        self._store = host.storage.waiting
        try:
            self._holders |= await self._store.holders(self.platform, host.now())
        except Exception:
            log.warning("%s: answers waiting for a private chat not read", self.platform,
                        exc_info=True)

    async def keep(self, user_id: str, reply: Reply, kept_at: datetime | None = None, *,
                   asked: str = "", told: bool = False) -> None:
        """Keep a private answer the platform refused, for when the member opens the chat;
        `asked`: the question it answers, when asked in a group or channel; `told`: a
        message of the bot's own (`follow`)."""
        kept = encode(reply, asked, told)
        if kept is None or self._store is None or self._host is None:
            return
        try:
            await self._store.keep(self.platform, user_id, kept, self._host.now(), kept_at)
        except Exception:
            log.warning("%s: an answer could not be kept for a private chat", self.platform,
                        exc_info=True)
            return
        self._holders.add(user_id)

    async def follow(self, user_id: str, reply: Reply) -> None:
        """A private message of the bot's own (an event cancelled or moved, a reminder) the
        platform refused: kept after the answers waiting for this member, if any, or the
        answer given later (« vous êtes inscrit·e ») would be the last word on an event
        cancelled meanwhile. Nobody else's is kept: on return, the core points them to
        their answers as they are (/mesevenements)."""
        reply = without_sent_at(reply)
        followed = self._followed.get(user_id, set())
        first = opening(reply.text)
        if user_id not in self._holders or first in followed:
            return
        await self.keep(user_id, reply, told=True)
        remember(self._followed, user_id, followed | {first}, 4096)

    async def give(self, user_id: str, said: Iterable[str],
                   send: Callable[[Reply], Awaitable[Any]],
                   refused: type[BaseException] | tuple[type[BaseException], ...]) -> None:
        """The member's private chat works (they wrote there): what waited follows, oldest
        first, through `send`, each erased once sent, except a text just said again
        (`said`: the openings of the answers just given), erased unsent. Refused again
        (`refused` raised): the rest waits on, as long as it was to wait; any other failure
        is raised, and the rest comes at the member's next message."""
        if self._store is None or self._host is None:
            return
        if user_id not in self._holders or user_id in self._giving:
            return
        self._holders.discard(user_id)
        self._followed.pop(user_id, None)
        self._giving.add(user_id)
        try:
            await self._give(user_id, set(said), send, refused)
        except BaseException:
            # Not a refusal (a timeout, the network, a database error): what was not sent
            # is still in the database, and comes at the member's next message.
            self._holders.add(user_id)
            raise
        finally:
            self._giving.discard(user_id)

    async def _give(self, user_id: str, said: set[str],
                    send: Callable[[Reply], Awaitable[Any]],
                    refused: type[BaseException] | tuple[type[BaseException], ...]) -> None:
        assert self._store is not None and self._host is not None
        now = self._host.now()
        try:
            kept = await self._store.kept(self.platform, user_id, now)
        except Exception:
            log.warning("%s: answers waiting for a private chat not read", self.platform,
                        exc_info=True)
            self._holders.add(user_id)
            return
        for row_id, when, text in kept:
            read = decode(text)
            if read is None or (opening(read[0].text) in said and not read[0].card
                                and not read[0].attachment):
                await self._store.given(row_id)  # unreadable, or just said again
                continue
            reply, asked, told = read
            if told:  # a message of the bot's own kept again after a restart: once
                said.add(opening(reply.text))
            late = when if now - when >= LATE else None
            try:
                await send(with_question(reply, asked, late, now, told))
            except refused:
                self._holders.add(user_id)  # the rest waits on, as long as it was to wait
                return
            await self._store.given(row_id)


class WaitingSweep:
    """The scheduled job that keeps the promise (/mesdonnees: a day at most): answers kept
    for a closed private chat leave the database within `SWEEP_EVERY` after their day
    (`storage.waiting.WAITING_FOR`), even when nobody writes to the bot. The first tick of
    a process sweeps at once (what was due while it was down). One per process."""

    def __init__(self) -> None:
        self.swept: datetime | None = None

    async def __call__(self, job: JobContext) -> None:
        if self.swept is not None and job.now - self.swept < SWEEP_EVERY:
            return
        await job.core.storage.waiting.sweep(job.now)
        self.swept = job.now
