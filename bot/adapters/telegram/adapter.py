"""The Telegram platform: long polling in our own loop, incoming updates, delivery in HTML.

Every message and button press becomes an `Incoming` for the host (the core); the replies are
laid out by `render`. Outgoing requests go through `pacing.PacedRateLimiter`; replies to a
member are sent as `urgent()` so they overtake a background fan-out. The command menus come
from the router's specs (`menus`). The adapter never touches storage: it talks to the core
only through `bot.platform.Host`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import (
    CallbackQuery,
    InputFile,
    InputMediaPhoto,
    LinkPreviewOptions,
    MessageEntity,
    ReactionTypeEmoji,
    Update,
)
from telegram import Chat as TgChat
from telegram import User as TgUser
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    MessageReactionHandler,
    filters,
)

from bot import actions, i18n, logsafe
from bot.adapters.telegram import menus, render
from bot.adapters.telegram.pacing import (
    MAX_TOAST,
    PAYLOAD,
    Limits,
    PacedRateLimiter,
    urgent,
)
from bot.adapters.telegram.strings import STRINGS
from bot.adapters.typed import command_fills_confidential
from bot.adapters.waiting import Waiting, opening
from bot.bounded import once_every, remember
from bot.cards import guest_sign, poster_file
from bot.config import Settings
from bot.i18n import pick_locale, t, using
from bot.messages import (
    SLASHLESS,
    EventCard,
    Incoming,
    Reply,
    answerable,
    bare_emoji,
    emoji_worded,
    event_named,
    pasted_card,
    question_named,
)
from bot.platform import Capabilities, CardGone, Host, Unreachable
from bot.spec import IMAGE_TOO_LARGE, MAX_IMAGE_BYTES
from bot.text import GREETINGS, clean_stored, worded

log = logging.getLogger(__name__)
# httpx logs every request URL at INFO, and Bot API URLs contain the token.
logging.getLogger("httpx").setLevel(logging.WARNING)
# Links in our texts (deep links, addresses) are not worth a preview card each.
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# What a photo copy shows once its poster was taken down: `render.placeholder_png()`.
BLANK = "/"
# Telegram's own limit on a first name.
NAME_LIMIT = 64
# What members send that we cannot read (answered « please write it » in a private chat).
UNREADABLE = (filters.VOICE | filters.AUDIO | filters.VIDEO_NOTE | filters.VIDEO
              | filters.Sticker.ALL | filters.CONTACT | filters.LOCATION | filters.ANIMATION
              | filters.Document.ALL)


def unreachable(err: TelegramError) -> Unreachable | None:
    """Which refusals mean "cannot reach this member privately", and whether for good."""
    text = err.message.lower()
    if isinstance(err, Forbidden):
        permanent = any(w in text for w in ("blocked", "deactivated", "kicked", "deleted"))
        return Unreachable(err.message, permanent=permanent)
    if isinstance(err, BadRequest) and "chat not found" in text:
        return Unreachable(err.message, permanent=False)
    return None


def _picture_of(message: Any) -> Any:
    """The largest size of a photo, or an image sent as a file (uncompressed); else None."""
    if message.photo:
        return message.photo[-1]
    document = message.document
    if document is not None and (document.mime_type or "").startswith("image/"):
        return document
    return None


def _unreadable(message: Any) -> bool:
    """Something we cannot read: voice, audio, video, sticker, a shared phone number or
    place, a GIF, a file that is not an image (a PDF form)."""
    return any((message.voice, message.audio, message.video_note, message.video,
                message.sticker, message.contact, message.location, message.animation)) or (
        message.document is not None and _picture_of(message) is None)


def _unreadable_line(message: Any) -> str:
    """What a member is told privately of what we cannot read: a file (a filled-in form)
    reaches nobody, a shared phone number is not kept; the rest (a voice note…) asks for
    words."""
    if message.contact is not None:
        return "telegram.no_contacts"
    if message.document is not None:
        return "telegram.no_files"
    return "telegram.write_please"


def _button_ids(markup: Any) -> Iterator[object]:
    """Every button's `callback_data` of an inline keyboard (None: no buttons)."""
    for row in getattr(markup, "inline_keyboard", None) or ():
        for button in row:
            yield button.callback_data


def _event_of(message: Any) -> int | None:
    """The one event a message of ours is about, read from its buttons
    (`bot.messages.event_named`: the same rule as on Discord); None for a message whose
    buttons name no event or several."""
    return event_named(_button_ids(getattr(message, "reply_markup", None)))


def _payload_of(message: Any) -> str:
    """The deep-link payload that opens a card's event privately; "start" for another
    message (one naming several events picks none of them)."""
    event_id = _event_of(message)
    return f"event_{event_id}" if event_id is not None else "start"


def _topic_of(message: Any) -> int | None:
    """The forum topic a group message is in (« Sorties », « Questions »…): what the bot says
    back in the group goes there, not to « General », where the member does not look."""
    if message is None or not getattr(message, "is_topic_message", False):
        return None
    thread = getattr(message, "message_thread_id", None)
    return thread if isinstance(thread, int) else None


# A reaction that looks like an answer to a card (Telegram's own set has no ✅: 👍 « I'm
# coming », 🤔 « maybe », 👎 « no », 👌), once its marks are taken off (`bare_emoji`). ❤️, 🔥
# and the rest say they like it: left alone.
_ANSWER_LIKE = frozenset({"👍", "👎", "🤔", "👌"})
# How often a member may be told, at most, that a reaction is no answer (any card).
REACTION_EVERY = timedelta(hours=1)


def _thumbs_up(text: str) -> bool:
    """« 👍 » alone (any skin tone, typed or a sticker's emoji)."""
    # Written as itself: a « \N{…} » name makes the compiler read Unicode's name table
    # (0.45 MiB resident when started from the sources, tests/test_s11_mem11.py).
    return bare_emoji("".join(text.split())) == "👍"


def _takes_seat(action: actions.Action | None) -> bool:
    """A press that asks for a seat or a waitlist place: « Je viens », or « +1 » (`+1v3`:
    the card's drawing, see `bot.cards.GUEST_ARGS`)."""
    if action is None or action.event_id is None:
        return False
    return ((action.verb == "rsvp" and action.arg in ("", "going"))
            or (action.verb == "guest" and guest_sign(action.arg) == "+1"))


def chat_ref(chat_id: str) -> int | str:
    """Bot API chat ids are integers, or '@channelname'."""
    try:
        return int(chat_id)
    except ValueError:
        return chat_id


class TelegramAdapter:
    """The Telegram platform: `start(host)` returns once polling runs; `stop()` drains."""

    platform = "telegram"
    capabilities = Capabilities(private_links=True, edit_slots=True)

    def __init__(self, settings: Settings, *, limits: Limits | None = None,
                 poll_timeout: float = 10.0, drain_seconds: float = 5.0,
                 read_timeout: float | None = None) -> None:
        if not settings.telegram_token:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        i18n.add_strings(STRINGS)
        self.settings = settings
        self.limiter = PacedRateLimiter(limits)
        self.poll_timeout = poll_timeout
        self.drain_seconds = drain_seconds
        self.read_timeout = read_timeout  # None: PTB's default (5 s)
        self._stopping = False
        self.username: str | None = None
        self._host: Host | None = None
        self._app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._organizers = frozenset(settings.telegram_organizer_ids)
        self._shown: dict[tuple[str, str], int] = {}
        # Whether each card shown has its answer buttons (not once cancelled or started):
        # an answer-like reaction is told to press them only there (`_on_reaction`).
        self._answerable: dict[tuple[str, str], bool] = {}
        # Which posted cards are photos (their caption is edited, not their text), and
        # Telegram's file_id of each poster uploaded (sent again without an upload).
        self._photos: dict[tuple[str, str], str] = {}
        self._photo_ids: dict[str, str] = {}
        # Copies posted anew (text became photo or back): (chat, old id) -> new id, so an
        # edit still aimed at the old message reaches the new one.
        self._moved: dict[tuple[str, str], str] = {}
        # The forum topic each card was posted in (none: General, or no topics): a copy
        # posted anew goes back to the topic its readers look at.
        self._threads: dict[tuple[str, str], int] = {}
        self._uploading = asyncio.Lock()  # one poster upload at a time (see `_send_poster`)
        # Members already pointed to the private chat in a group, (chat, user): told once,
        # not under every button they press, until a private message reaches them again
        # (or they write to us there).
        self._nudged: dict[tuple[str, str], None] = {}
        # Whether a member's private chat with the bot is open (they wrote to us there, or a
        # private message reached them) or closed (refused), by user id; else unknown.
        self._private_open: dict[str, bool] = {}
        # Private answers Telegram refused (the member never opened the private chat): given
        # when they open it (the group line says they wait there), kept in the database.
        self.waiting = Waiting(self.platform)
        # Groups turned supergroups while running (old chat id -> new): what was meant for
        # the old id goes to the new one; told to the organisers once (`_migrated_to`).
        self._migrated: dict[str, str] = {}
        # Messages sent to the new chat for a caller that named the old one (old chat id,
        # message id): their edits go to the new chat, never to the old group's history.
        self._relocated: dict[tuple[str, str], None] = {}
        # Groups' names as last seen in their updates (for what organisers are told), and
        # the groups Telegram says we were removed from: organisers told once of an
        # announcement group (again after a message reached it: we were added back).
        self._titles: dict[str, str] = {}
        self._removed: set[str] = set()
        # Reactions told to be no answer: (chat, message, user) once each, and when each
        # member was last told (at most once an hour, whatever the card).
        self._reactions: dict[tuple[str, str, int], None] = {}
        self._reaction_told: dict[int, datetime] = {}
        self._anonymous_told: dict[tuple[int, int], datetime] = {}

    # -- life cycle ----------------------------------------------------------------------

    def _build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        settings = self.settings
        builder = (ApplicationBuilder().token(settings.telegram_token or "")
                   .rate_limiter(self.limiter).concurrent_updates(True).job_queue(None)
                   .get_updates_read_timeout(self.poll_timeout + 10))
        if self.read_timeout is not None:
            builder = builder.read_timeout(self.read_timeout)
        if settings.telegram_api_base_url:
            builder = builder.base_url(settings.telegram_api_base_url)
        if settings.telegram_api_base_file_url:
            builder = builder.base_file_url(settings.telegram_api_base_file_url)
        logsafe.guard(settings.telegram_token, ("telegram", "httpx", "httpcore"))
        app = builder.build()
        app.add_handler(CallbackQueryHandler(self._on_press))
        app.add_handler(MessageReactionHandler(self._on_reaction))
        # Text, and photos or image files (a command in their caption, or a picture for
        # the guided creation's dialogue); what we cannot read (a voice message, a
        # sticker...) and edits of a text, each answered one line in a private chat.
        app.add_handler(MessageHandler(
            (filters.UpdateType.MESSAGE & (filters.TEXT | filters.PHOTO
                                           | filters.Document.IMAGE | UNREADABLE))
            | (filters.UpdateType.EDITED_MESSAGE & (filters.TEXT | filters.CAPTION)),
            self._on_message))
        # A basic group turned supergroup: the service messages in the old and new chat.
        app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self._on_migrate))
        app.add_error_handler(self._on_error)
        return app

    async def start(self, host: Host) -> None:
        """Connect, publish the command menus, and start long polling in the running loop."""
        self._host = host
        app = self._app = self._build()
        try:
            await self.waiting.start(host)
            await app.initialize()
            self.username = app.bot.username
            await self.publish_menus()
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(
                timeout=int(self.poll_timeout), bootstrap_retries=3,
                allowed_updates=[Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY,
                                 Update.MESSAGE_REACTION],
                error_callback=self._on_polling_error,
            )
        except BaseException:
            await self.stop()
            raise
        log.info("Telegram: polling as @%s", self.username)

    async def stop(self) -> None:
        """Stop polling, let in-flight updates finish (PTB waits for them), give the core's
        follow-ups (card edits, notices) a few seconds to go out, then disconnect."""
        app = self._app
        if app is None or self._stopping:
            return
        self._stopping = True
        try:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if self._host is not None:
                with contextlib.suppress(TimeoutError):
                    # shield: on timeout the core's tasks go on (and fail softly), uncancelled
                    await asyncio.wait_for(asyncio.shield(self._host.idle()), self.drain_seconds)
        finally:
            try:
                await app.shutdown()
            finally:
                self._app = None
                self._stopping = False

    @property
    def connected(self) -> bool:
        app = self._app
        return (app is not None and not self._stopping and app.updater is not None
                and app.updater.running)

    @property
    def bot(self) -> Any:
        if self._app is None:
            raise RuntimeError("Telegram adapter is not started")
        return self._app.bot

    def announce_chats(self) -> list[str]:
        """The configured chats, a group turned supergroup under its new id."""
        chats = [self._chat_now(str(c)) for c in self.settings.telegram_announce_chat_ids]
        return list(dict.fromkeys(chats))

    def private_link(self, payload: str) -> str | None:
        """A deep link that opens a private chat and sends `/start <payload>`."""
        if not self.username or not PAYLOAD.fullmatch(payload):
            return None
        return f"https://t.me/{self.username}?start={payload}"

    # -- menus ---------------------------------------------------------------------------

    async def publish_menus(self) -> None:
        """The command menus generated from the host's router (see `menus`)."""
        if self._host is None:
            raise RuntimeError("Telegram adapter is not started")
        await menus.publish(self.bot, self._host.router, self.settings.telegram_organizer_ids)

    # -- incoming ------------------------------------------------------------------------

    def _incoming(self, user: TgUser, chat: TgChat | None, **fields: Any) -> Incoming:
        return Incoming(
            platform=self.platform,
            user_id=str(user.id),
            # Minimum data: no last name, no username. Cleaned here, not only in the core:
            # the adapter's own group lines (« Nina, open the private chat ») name her, and a
            # direction override in a first name would flip the rest of the bot's line.
            display_name=clean_stored(user.first_name, NAME_LIMIT) or "?",
            chat_id=str(chat.id) if chat else str(user.id),
            is_private=chat is None or chat.type == ChatType.PRIVATE,
            is_organizer=user.id in self._organizers,
            platform_locale=user.language_code,
            **fields,
        )

    def _addressed_elsewhere(self, text: str) -> bool:
        """`/events@otherbot` in a group is for another bot."""
        head = (text.split(maxsplit=1) or [""])[0]
        _, at, name = head.partition("@")
        return bool(at) and name.lower() != (self.username or "").lower()

    async def _on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Telegram's service message: `migrate_to_chat_id` in the old group,
        `migrate_from_chat_id` in the new one (both come; told once)."""
        message = update.message
        if message is None:
            return
        if message.migrate_to_chat_id:
            old, new = message.chat.id, message.migrate_to_chat_id
        elif message.migrate_from_chat_id:
            old, new = message.migrate_from_chat_id, message.chat.id
        else:
            return
        await self._migrated_to(str(old), str(new), title=message.chat.title)

    def _chat_now(self, chat_id: str) -> str:
        """The chat's id now: a group turned supergroup has a new one."""
        for _ in range(4):  # a chain of changes, never a loop
            following = self._migrated.get(chat_id)
            if following is None:
                break
            chat_id = following
        return chat_id

    async def _migrated_to(self, old: str, new: str, *, title: str | None = None) -> str:
        """Learn that the group `old` is now the supergroup `new` (from the service message,
        or from Telegram refusing the old id). The first time: logged once, and if it is an
        announcement chat, each organiser is told privately which line to change in the
        configuration (this run follows the new id; a restart reads the configuration).
        Returns the new id."""
        if self._migrated.get(old) == new:
            return new
        self._migrated[old] = new
        configured = [str(c) for c in self.settings.telegram_announce_chat_ids]
        line = "TELEGRAM_ANNOUNCE_CHAT_IDS=" + ",".join(
            dict.fromkeys(self._chat_now(c) for c in configured))
        if old not in configured:
            log.warning("Telegram: group %s became the supergroup %s (not an announcement "
                        "chat); its cards are posted again there", old, new)
            return new
        log.warning("Telegram: announcement group %s became the supergroup %s; following it "
                    "until the next restart. Change the configuration to: %s", old, new, line)
        if self._host is not None:
            self._host.spawn(self._tell_organisers("telegram.group_migrated", title, line=line))
        return new

    def _note_title(self, chat: TgChat | None) -> None:
        """A group's name, as its updates show it (what organisers are told calls it so)."""
        if chat is not None and chat.type != ChatType.PRIVATE and chat.title:
            remember(self._titles, str(chat.id), chat.title, 256)

    def _reached(self, chat_id: str) -> None:
        """A message reached a group again: if we had been removed, we were added back."""
        self._removed.discard(chat_id)

    def _refused(self, chat_id: str, err: TelegramError) -> bool:
        """Telegram refused a message or an edit in a chat. If we were removed from an
        announcement group (by mistake, tidying its members), nothing posted there is seen
        any more, and only the organisers can add us back: each is told once, privately.
        True: the refusal says we are not in that group."""
        text = err.message.lower()
        if (not isinstance(err, Forbidden) or not chat_id.startswith("-")
                or not any(w in text for w in ("kicked", "not a member"))):
            return False
        if chat_id in self._removed:
            return True
        self._removed.add(chat_id)
        log.warning("Telegram: removed from the group %s", chat_id)
        if chat_id in self.announce_chats() and self._host is not None:
            self._host.spawn(self._tell_organisers(
                "telegram.removed_from_group", self._titles.get(chat_id),
                bot=f"@{self.username}"))
        return True

    async def _tell_organisers(self, key: str, title: str | None, **fields: str) -> None:
        """Each organiser, privately, in their language, about an announcement group (its
        name `title`, if we know it): the text `key`. Refused (never opened the private
        chat): the log has it."""
        for organiser in self.settings.telegram_organizer_ids:
            known = (await self._host.language_of(self.platform, str(organiser))
                     if self._host else None)
            with using(pick_locale(known, None)):
                text = t(key, group=(t("telegram.named_group", title=title) if title
                                     else t("telegram.the_group")), **fields)
            try:
                with urgent():
                    await self.send(str(organiser), Reply(text))
            except TelegramError as err:
                log.info("Telegram: an organiser was not told about a group: %s",
                         err.message)

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        edited = update.edited_message
        message, user, chat = (update.message or edited, update.effective_user,
                               update.effective_chat)
        if message is None or user is None or chat is None:
            return
        if user.is_bot:
            if (edited is None and message.sender_chat is not None
                    and chat.type != ChatType.PRIVATE
                    and self._for_us(message, message.text or message.caption or "")):
                await self._anonymous(chat, message.sender_chat.id)
            return
        self._note_title(chat)
        private = chat.type == ChatType.PRIVATE
        if private:
            self._note_private(str(user.id), True)  # they wrote to us: the chat is open
        text = message.text or message.caption or ""
        if not text and private and edited is None and message.sticker is not None:
            text = message.sticker.emoji or ""  # a 👍 sticker says what a typed 👍 says
        shown = self._card_shown(message, text) if private and edited is None else None
        if (private and edited is None and _thumbs_up(text)
                and self._card_answered(message) is not None
                and answerable(_button_ids(getattr(message.reply_to_message,
                                                   "reply_markup", None)), "going")):
            # 👍 answering our card is « je viens »: read as « oui », which books nothing
            # and offers the button (or says the seat is held), never « Bien reçu, rien
            # d'autre à faire » to a parent who holds no seat. Under a notice, still thanks.
            text = "oui"
        if shown is not None:
            text = f"/event {shown}"  # our card forwarded or pasted here: that event's card
        elif private:
            text = emoji_worded(text)  # « ✅ » alone is « oui » (which books nothing)
        if edited is not None or (not text and _unreadable(message)):
            # An edit is never run (the member would not see what changed); a voice message
            # cannot be read. Privately, one line says so; in a group, it is chatter, unless
            # it answers our card (a question asked aloud under it): then the line comes
            # privately. A sticker or a GIF under the card is a reaction, left alone. A
            # command edited in the group (« oui » corrected to « non ») would change nothing
            # in silence: the member is told privately, as for an edit there; one edited to
            # show the group what is for the team only (children's names added) leaves it.
            if (private and edited is None and user.id in self._organizers
                    and self._host is not None):
                # An organiser's open dialogue (the guided creation) asks its step again.
                incoming = self._incoming(user, chat, unreadable=True,
                                          message_id=str(message.message_id))
                replies = await self._host.handle(incoming)
                if replies:
                    await self._deliver(replies, incoming)
                    return
            if private or (edited is not None and self._for_us(message, text)):
                await self._tell(user, "telegram.edited" if edited is not None
                                 else _unreadable_line(message))
                if not private and self._confidential(text):
                    where = self._incoming(user, chat, message_id=str(message.message_id))
                    await self._retract(where, await self._locale_of(user))
            elif (edited is None and not (message.sticker or message.animation)
                  and self._replies_to_us(message)):
                await self._tell_from_group(user, chat, message, "telegram.write_please")
            elif (edited is None and message.sticker is not None and (card := (
                    self._answer_like_under_card(message, message.sticker.emoji or "")))):
                # A 👍 sticker under the group's card books nothing, as a 👍 reaction.
                await self._tell_reaction(user, str(chat.id), card)
            return
        if shown is None and self._forwarded_command(message, text, private):
            # Someone else's words (« tu peux me dire ce que ça fait ? /annuler 3 neige
            # confirmer »), forwarded: never run under the forwarder's rights or account
            # (our own card forwarded here is shown again, above).
            await self._tell(user, "telegram.forwarded_command")
            if not private and self._confidential(text):  # children's names: out of it
                where = self._incoming(user, chat, message_id=str(message.message_id))
                await self._retract(where, await self._locale_of(user))
            return
        has_picture = _picture_of(message) is not None
        if not text and not has_picture:
            return
        named = (not private and bool(text) and not text.startswith("/")
                 and self._names_us(message))
        if named and self._unnamed(text).startswith("/"):
            # « @LeFocusBot /participer 3 oui Tom, Zoé » is that command typed in the group:
            # answered the same way (children's names taken out of the group).
            text, named = self._unnamed(text), False
        if text.startswith("/"):
            text = self._named_out(text)  # « /participer 3 oui @LeFocusBot »
        question = (not private and bool(text) and not text.startswith("/")
                    and (named or self._answers_us(message, text)))
        if not private and not question and (not text.startswith("/")
                                             or self._addressed_elsewhere(text)):
            if not named and (card := self._answer_like_under_card(message, text)):
                # « 👍 » typed under the group's card: told privately, as a reaction is.
                await self._tell_reaction(user, str(chat.id), card)
            return  # group chatter is not for us, and we keep nothing of it
        if self._host is None:
            return
        if question:
            await self._answer_question(user, chat, message, self._unnamed(text))
            return
        image = None
        source = self._picture_source(message, text, user.id in self._organizers)
        if source is not None:
            image = await self._download(source)
        if not text and image is None:
            # A photo nobody asked for: not even the sender is looked up.
            if private:
                await self._tell(user, "telegram.no_pictures")
            return
        incoming = self._incoming(user, chat, text=text, image=image,
                                  message_id=str(message.message_id),
                                  event_id=self._card_answered(message),
                                  question_id=self._question_answered(message))
        replies = await self._host.handle(incoming)
        if private and has_picture and source is None and shown is None:
            # A photo with words (« c'est quand ça ? » under a flyer): only the words were
            # read, and the answer must not look as if the picture had been.
            replies = [await self._own_line(user, "notice.words_only"), *replies]
        await self._deliver(replies, incoming, thread=_topic_of(message))
        if private:
            await self._give_waiting(incoming, {opening(r.text) for r in replies})
        asked = next((r for r in replies if r.retract_asking), None)
        if asked is not None and not incoming.is_private:
            await self._retract(incoming, asked.locale)

    async def _anonymous(self, chat: TgChat, sender: int) -> None:
        """A command for us (or a reply to us) sent in a group « as the group » (an admin who
        stays anonymous) or as a channel: Telegram does not say who wrote it, so nothing
        runs (no answer of theirs, no rights to check); one line in the group says why,
        instead of silence (at most once an hour for each sender there)."""
        if self._host is None or not once_every(self._anonymous_told, (chat.id, sender),
                                                self._host.now(), REACTION_EVERY, 1000):
            return
        with using(pick_locale(None, None)):
            line = Reply(t("telegram.anonymous"))
        try:
            with urgent():
                await self.send(str(chat.id), line)
        except TelegramError as err:
            log.info("Telegram: the line to an anonymous sender not posted: %s", err.message)

    def _for_us(self, message: Any, text: str) -> bool:
        """A group message we would have answered: a command for us, a reply to our
        message with words in it (emoji only is a reaction), or our name called."""
        if text.startswith("/"):
            return not self._addressed_elsewhere(text)
        return self._answers_us(message, text) or self._names_us(message)

    async def _on_reaction(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A member's answer-like reaction (👍 🤔 👎 👌) on one of our cards, in a group
        where the bot is an admin (Telegram tells no other bot) or privately: it books
        nothing, so the member is told privately to press the card's buttons, once per card
        and at most once an hour (never in the group: not reachable, nothing said). A card
        is one posted or edited since the start (Telegram cannot show us an older message);
        any other reaction, or one on another message (a cancelled or started card: no
        button to press), is left alone, as on Discord."""
        changed = update.message_reaction
        host = self._host
        if changed is None or host is None or changed.user is None or changed.user.is_bot:
            return
        before = {bare_emoji(r.emoji) for r in changed.old_reaction
                  if isinstance(r, ReactionTypeEmoji)}
        added = {bare_emoji(r.emoji) for r in changed.new_reaction
                 if isinstance(r, ReactionTypeEmoji)} - before
        chat, message_id = str(changed.chat.id), str(changed.message_id)
        if added & _ANSWER_LIKE and self._answerable.get((chat, message_id)):
            await self._tell_reaction(changed.user, chat, message_id)

    def _answer_like_under_card(self, message: Any, text: str) -> str | None:
        """The card (its message id) a group message answers with an answer-like emoji
        alone (👍 🤔 👎 👌, typed or a sticker's): a reaction in other words. None for
        ❤️ and the rest, or under anything but a card one may still answer."""
        replied = message.reply_to_message
        if (not text or bare_emoji("".join(text.split())) not in _ANSWER_LIKE
                or replied is None or not self._replies_to_us(message)
                or not answerable(_button_ids(getattr(replied, "reply_markup", None)))):
            return None
        return str(replied.message_id)

    async def _tell_reaction(self, user: TgUser, chat: str, message_id: str) -> None:
        """Tell the member privately that a reaction (or an emoji like one) on our card
        `message_id` books nothing: once per card, at most once an hour, never in the
        group (not reachable: nothing said)."""
        host = self._host
        told = (chat, message_id, user.id)
        if host is None or told in self._reactions:
            return
        if not once_every(self._reaction_told, user.id, host.now(), REACTION_EVERY, 1000):
            return
        remember(self._reactions, told, None, 4096)
        locale = await self._locale_of(user)
        with using(locale):
            line = Reply(t("card.reaction", going=t("button.going"),
                           maybe=t("button.maybe"), no=t("button.no")),
                         private=True, locale=locale)
        try:
            with urgent():
                await self.send(str(user.id), line)
        except TelegramError as err:
            log.info("Telegram: a member was not told a reaction is no answer: %s",
                     err.message)

    def _card_shown(self, message: Any, text: str) -> int | None:
        """The event of our card a member sent us privately: forwarded (« Transférer »,
        its buttons name it) or its text pasted (its title line first). None otherwise."""
        origin = message.forward_origin
        sender = getattr(origin, "sender_user", None)
        if sender is not None and sender.id == self.bot.id:
            forwarded = _event_of(message)
            if forwarded is not None:
                return forwarded
        return pasted_card(text)

    def _confidential(self, text: str) -> bool:
        """Whether a command typed in a group (« /participer@bot 3 oui Léa, Tom », also after
        the bot's name) fills one of its `confidential` options: read, never run."""
        host = self._host
        typed = self._named_out(self._unnamed(text) if text.startswith("@") else text)
        return host is not None and command_fills_confidential(host.router.find, typed,
                                                               host.now())

    def _forwarded_command(self, message: Any, text: str, private: bool) -> bool:
        """A forwarded message that reads as one of our commands: « /oubliemoi confirmer »,
        « /annuler 3 neige confirmer » (with our name or none), or privately « participer 3
        non » without the slash (as the core reads it: a command's name, then a number). Its
        author is not the one who forwarded it. A command meant for another bot
        (« /start@autrebot ») is not ours; a forwarded « Programme de décembre… » is text."""
        host = self._host
        if getattr(message, "forward_origin", None) is None or host is None or not text:
            return False
        typed = self._unnamed(text) if text.startswith("@") else text
        head = typed.split(maxsplit=1)[0] if typed.split() else ""
        name, _, to = head.removeprefix("/").partition("@")
        if to and to.lower() != (self.bot.username or "").lower():
            return False
        if head.startswith("/"):
            return True
        return (private and SLASHLESS.match(typed) is not None
                and host.router.find(name) is not None)

    def _answers_us(self, message: Any, text: str) -> bool:
        """A reply to our message (a card) with words in it: under our card, emoji only
        (👍, ❤️) is a reaction, as a sticker is."""
        return self._replies_to_us(message) and worded(text)

    def _replies_to_us(self, message: Any) -> bool:
        """A group message answering one of our own messages (a card): it is for us (it
        reaches us even with privacy mode on). A forum topic's first message is not one."""
        replied = message.reply_to_message
        return (replied is not None and replied.from_user is not None
                and replied.from_user.id == self.bot.id
                and replied.forum_topic_created is None)

    def _card_answered(self, message: Any) -> int | None:
        """The event of our card (or reminder) this message replies to (« Répondre » under
        it): what is written there is about that event. None: it answers no message of
        ours about one event."""
        replied = message.reply_to_message
        if (replied is None or replied.from_user is None
                or replied.from_user.id != self.bot.id):
            return None
        if getattr(replied, "reply_markup", None) is not None:
            return _event_of(replied)
        # A card without buttons (cancelled, started, over) still names its event by its
        # title line, as a pasted card does.
        return pasted_card(replied.text or replied.caption or "")

    def _question_answered(self, message: Any) -> int | None:
        """The question passed on to the team this message replies to (an organiser's
        « Répondre » under our « ❓ Question de … »), read from its « ↩️ Répondre à … »
        button (`question_named`, as on Discord); None otherwise."""
        replied = message.reply_to_message
        if (replied is None or replied.from_user is None
                or replied.from_user.id != self.bot.id):
            return None
        markup = getattr(replied, "reply_markup", None)
        return question_named(button.callback_data
                              for row in getattr(markup, "inline_keyboard", None) or ()
                              for button in row)

    def _names_us(self, message: Any) -> bool:
        """« @LeFocusBot c'est combien ? » in a group: the bot's name tapped or typed, which
        Telegram hands to the bot even in privacy mode. Addressed to us when the name opens
        the message (after a greeting: « bonjour @LeFocusBot, … ») or closes a question as
        a call (« c'est combien, @LeFocusBot ? »). Said in passing (« inscrivez-vous avec
        @LeFocusBot ! », « quelqu'un a essayé @LeFocusBot ? »), it speaks about the bot to
        the others: nothing is answered, and nobody is pointed to the private chat."""
        if not self.username:
            return False
        ours = "@" + self.username.lower()
        named = (message.parse_entities([MessageEntity.MENTION]) if message.text
                 else message.parse_caption_entities([MessageEntity.MENTION]))
        if not any(found.lower() == ours for found in named.values()):
            return False
        name = re.escape(self.username)
        text = message.text or message.caption or ""
        return bool(re.match(rf"\W*(?:{GREETINGS}\W+)?@{name}\b", text, re.IGNORECASE)
                    or re.search(rf",\s*@{name}\W*$", text, re.IGNORECASE))

    def _unnamed(self, text: str) -> str:
        """The question without the bot's name; the name alone is a hello."""
        if not self.username:
            return text
        rest = re.sub(rf"@{re.escape(self.username)}\b[,:]?", " ", text, flags=re.IGNORECASE)
        return " ".join(rest.split()) or "bonjour"

    def _named_out(self, command: str) -> str:
        """A command with the bot's name tagged after its head (« /participer 3 oui
        @LeFocusBot », as one tags the bot so it hears): that command, the name left out
        wherever it stands (never read as a child's first name), the lines kept. The head's
        own « /participer@LeFocusBot » stays (the router reads it)."""
        if not self.username or "@" not in command:
            return command
        return re.sub(rf"[ \t]*(?<![\w/@])@{re.escape(self.username)}\b[,:]?", "", command,
                      flags=re.IGNORECASE).strip()

    async def _answer_question(self, user: TgUser, chat: TgChat, message: Any,
                               text: str) -> None:
        """A member's reply to our card in a group is a question for us: the core reads it
        as if written privately, and every answer goes to the member's private chat; if
        Telegram refuses that, one line in the group (never the question) points there, to
        the card's event when the replied message is a card."""
        host = self._host
        if host is None:
            return
        # « @LeFocusBot ✅ »: the check mark is « oui » (which books nothing), as privately
        # and on Discord, never a thank-you that reads as booked.
        incoming = self._incoming(user, None, text=emoji_worded(text), asked_in_group=True,
                                  event_id=self._card_answered(message))
        replies = await host.handle(incoming)
        where = dataclasses.replace(incoming, chat_id=str(chat.id), is_private=False,
                                    message_id=str(message.message_id))
        replied = message.reply_to_message
        # « ok merci » under our line pointing to the private chat: that line is not said
        # again to whom it was said (as after a tap); the answer waits with the rest.
        under_link = replied is not None and self._points_private(replied.text or "")
        await self._deliver([dataclasses.replace(r, private=True) for r in replies], where,
                            payload=_payload_of(replied), pressed=under_link,
                            thread=_topic_of(message), asked=text)

    async def _tell(self, user: TgUser, key: str) -> None:
        """One line of the adapter's own in the member's private chat (an edit, a voice
        message, a picture nobody asked for): in the member's language (chosen with /langue,
        else their Telegram app's). Refused (never opened, blocked): logged; the line about
        an edit waits for the private chat (`self.waiting`), the others are dropped."""
        line = await self._own_line(user, key)
        try:
            with urgent():
                await self.send(str(user.id), line)
        except TelegramError as err:
            log.info("Telegram: a private line not delivered: %s", err.message)
            if key == "telegram.edited" and unreachable(err) is not None:
                # A command corrected in the group: said when the private chat opens.
                await self.waiting.keep(str(user.id), line)

    async def _own_line(self, user: TgUser, key: str) -> Reply:
        """One line of the adapter's own for the member, private, in their language."""
        locale = await self._locale_of(user)
        with using(locale):
            return Reply(t(key), private=True, locale=locale)

    async def _locale_of(self, user: TgUser) -> str:
        """The member's language: chosen with /langue, else their Telegram app's."""
        known = await self._host.language_of(self.platform, str(user.id)) if self._host else None
        return pick_locale(known, user.language_code)

    async def _tell_from_group(self, user: TgUser, chat: TgChat, message: Any,
                               key: str) -> None:
        """One line of the adapter's own for a member who answered our card in a group
        (with a voice message): said privately like an answer to a question typed there,
        so a member the bot cannot reach is pointed to the private chat, where it waits."""
        reply = await self._own_line(user, key)
        where = self._incoming(user, chat, message_id=str(message.message_id))
        await self._deliver([reply], where, payload=_payload_of(message.reply_to_message),
                            pressed=True, thread=_topic_of(message))

    async def _retract(self, incoming: Incoming, locale: str) -> None:
        """A member's group message held children's names or a phone note: deleted if the
        bot may (an admin with the right to delete messages), and the member told privately
        either way, so nobody believes the names gone when they are not."""
        chat_id, message_id = incoming.chat_id, incoming.message_id
        try:
            with urgent():
                await self.bot.delete_message(chat_ref(chat_id), int(message_id or 0))
            key = "telegram.retracted"
        except TelegramError as err:
            log.info("Telegram: could not delete a member's message in %s: %s", chat_id,
                     err.message)
            key = "telegram.retract_yourself"
        with using(locale):
            note = Reply(t(key), private=True, locale=locale)
        try:
            await self._post(incoming.user_id, note, incoming, private=True)
        except Unreachable:
            # Already pointed to the private chat with the answer itself: said there.
            await self.waiting.keep(incoming.user_id, note)

    def _picture_source(self, message: Any, text: str, organizer: bool) -> Any:
        """The message whose picture goes with this one, if the router wants it fetched at
        all (`Router.picture_wanted`): the picture sent with it, or for a command the one
        it replies to. None: nothing to fetch."""
        private = message.chat.type == ChatType.PRIVATE
        if self._host is None or not self._host.router.picture_wanted(
                text, organizer=organizer, private=private):
            return None
        candidates = (message, message.reply_to_message) if text else (message,)
        return next((c for c in candidates
                     if c is not None and _picture_of(c) is not None), None)

    async def _download(self, message: Any) -> bytes | None:
        """The picture's bytes, at most MAX_IMAGE_BYTES: a bigger one is not fetched and
        comes as IMAGE_TOO_LARGE, so the command refuses it politely. A failed download is
        logged and the message goes on without a picture."""
        found = _picture_of(message)
        if found is None:
            return None
        if (found.file_size or 0) > MAX_IMAGE_BYTES:
            return IMAGE_TOO_LARGE
        try:
            with urgent():
                file = await found.get_file()
                if (file.file_size or 0) > MAX_IMAGE_BYTES:
                    return IMAGE_TOO_LARGE
                data = await file.download_as_bytearray()
        except TelegramError as err:
            log.warning("Telegram: picture not downloaded: %s", err.message)
            return None
        return IMAGE_TOO_LARGE if len(data) > MAX_IMAGE_BYTES else bytes(data)

    async def _on_press(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or self._host is None:
            return
        message = query.message
        if message is not None:
            self._note_title(message.chat)
        # A copy of our card someone forwarded (to another parent's private chat, to a group
        # we are not in): whatever the press says goes to whoever pressed, in her own
        # private chat, never to the chat the copy sits in.
        forwarded = message is not None and (
            not message.is_accessible or (message.chat.type == ChatType.PRIVATE
                                          and message.chat.id != query.from_user.id))
        if forwarded:
            message = None
        incoming = self._incoming(
            query.from_user, message.chat if message else None, action=query.data or "",
            message_id=str(message.message_id) if message else None)
        answered = False
        try:
            replies = await self._host.handle(incoming)
            # A list that changes as it is tapped replaces the pressed message (never a
            # group's message with something meant for one person).
            replacing = [r for r in replies if r.replaces_pressed and message is not None
                         and (incoming.is_private or not r.private)]
            replies = [r for r in replies if not any(r is x for x in replacing)]
            # A reply with buttons is a message (a toast has no buttons).
            toasts = [i for i, r in enumerate(replies) if r.text and not r.buttons]
            # The answer to the press is the last text (a pending notice may come first).
            chosen = toasts[-1] if toasts else None
            toast = render.toast(replies[chosen].text) if chosen is not None else None
            # What the adapter adds to the toast follows the answer's language (the member's
            # choice with /langue, else their app's).
            locale = (replies[chosen].locale if chosen is not None
                      else pick_locale(None, incoming.platform_locale))
            rest: list[Reply] = []
            for index, reply in enumerate(replies):
                if index == chosen and not reply.attachment and (
                        render.units(reply.text) <= render.MAX_TOAST):
                    reply = dataclasses.replace(reply, text="")
                if reply.text or reply.card or reply.attachment:
                    rest.append(reply)
            action = actions.parse(query.data)
            payload = f"event_{action.event_id}" if action and action.event_id else "start"
            thread = _topic_of(message)
            reached = True
            pointed = any(self._points_private(r.text) for r in rest
                          if not r.private and not incoming.is_private)
            # Taken: the press's answer is said to the chat (a refusal, e.g. on a cancelled
            # event's card, is the member's only).
            taken = chosen is not None and not replies[chosen].private
            # A link the phone opens with the answer (the Bot API's `url`: our private
            # chat, « Démarrer » sends /start with the event): where a toast alone would
            # send the member looking for the bot by its name.
            url: str | None = None
            if (forwarded and taken and toast and _takes_seat(action)
                    and await self._private_chat_open(incoming.user_id) is False):
                # No group of ours to say it in: the toast says the reminders need the chat.
                with using(locale):
                    toast = render.toast(toast + " " + t("telegram.toast_seat_private",
                                                         bot=f"@{self.username}"))
                url = self.private_link(payload)
            if chosen is not None and any(r is replies[chosen] for r in rest) and (
                    forwarded or (replies[chosen].private and not incoming.is_private)):
                # The toast announces what comes privately (« ouvrez le fichier joint »):
                # sent first, so a member who blocked the bot is not told a file came.
                # Under a forwarded copy, the chat it sits in is not ours: privately too.
                if not await (self._deliver_forwarded(rest, incoming) if forwarded
                              else self._deliver(rest, incoming, payload=payload,
                                                 pressed=True, thread=thread)):
                    with using(locale):
                        toast = t("telegram.toast_open_private")
                    url = self.private_link(payload)
                    reached = False
                elif toast:
                    # Over the group's card, « ouvrez le fichier joint » would be looked
                    # for there: the toast says it is in the private chat.
                    with using(locale):
                        where = " " + t("telegram.toast_in_private")
                    toast = render.truncate(toast, MAX_TOAST - render.units(where)) + where
                rest = []
            await self._answer(query, toast, url)
            answered = True
            reached = await (self._deliver_forwarded(rest, incoming) if forwarded
                             else self._deliver(rest, incoming, payload=payload, pressed=True,
                                                thread=thread)) and reached
            for reply in replacing:
                await self._replace_pressed(query, reply)
            if (taken and _takes_seat(action) and not incoming.is_private and reached
                    and not pointed):
                took = next((r.took for r in replies if r.took), "")
                await self._tell_seat_unreachable(incoming, payload, thread=thread, took=took)
        finally:
            if not answered:
                await self._answer(query, None)

    async def _replace_pressed(self, query: CallbackQuery, reply: Reply) -> None:
        """Show `reply` in place of the pressed message (the door list after a tap)."""
        message = query.message
        if message is None:
            return
        try:
            with urgent():
                await self.bot.edit_message_text(
                    render.text_pieces(reply.text)[0], chat_id=message.chat.id,
                    message_id=message.message_id, parse_mode=ParseMode.HTML,
                    reply_markup=render.keyboard(reply.buttons),
                    link_preview_options=_NO_PREVIEW)
        except BadRequest as err:
            if "not modified" in err.message.lower():
                return
            # Too old to edit (48 hours) or gone: the new state comes as a new message.
            log.info("Telegram: pressed message not updated (%s); sent anew", err.message)
            await self.send(str(message.chat.id), reply, thread=_topic_of(message))

    async def _answer(self, query: CallbackQuery, text: str | None,
                      url: str | None = None) -> None:
        try:
            await query.answer(text=text or None, url=url)
        except TelegramError as err:  # too old, or already answered
            log.info("Telegram: callback not answered: %s", err.message)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Nothing a single update does may stop the adapter: log and carry on."""
        log.error("Telegram: update failed", exc_info=context.error)

    def _on_polling_error(self, err: TelegramError) -> None:
        log.warning("Telegram: polling failed (%s), retrying", type(err).__name__)

    # -- outgoing ------------------------------------------------------------------------

    async def _deliver(self, replies: Sequence[Reply], incoming: Incoming, *,
                       payload: str = "start", pressed: bool = False,
                       thread: int | None = None, asked: str = "") -> bool:
        """Show replies where the member asked (in a forum group, in the topic `thread`);
        private ones in the member's private chat, and if Telegram refuses that, one short
        note in the group with a deep link (once: not again under each button the member
        presses); the answer waits for the private chat to open (`_give_waiting`), with the
        question it answers (`asked`, typed in the group). False: a private reply could not
        reach the member."""
        reached = True
        answered = False  # something was already said in the chat: the rest waits
        if any(r.card is not None and payload == f"event_{r.card.event_id}"
               for r in replies if r.private):
            # The answer brings the event's card itself: a link opening that card first
            # would show it twice, the answer's « ci-dessous » under the second one.
            payload = "start"
        with urgent():
            for reply in replies:
                if reply.private and not incoming.is_private:
                    try:
                        await self._post(incoming.user_id, reply, incoming, private=True)
                        self._nudged.pop((incoming.chat_id, incoming.user_id), None)
                        self._note_private(incoming.user_id, True)
                    except Unreachable:
                        self._note_private(incoming.user_id, False)
                        await self.waiting.keep(incoming.user_id, reply, asked=asked)
                        if reached:
                            await self._nudge(incoming, payload, pressed=pressed,
                                              thread=thread, rest=answered,
                                              locale=reply.locale)
                        reached = False
                    continue
                await self._post(incoming.chat_id, reply, incoming, thread=thread)
                answered = True
        return reached

    async def _deliver_forwarded(self, replies: Sequence[Reply], incoming: Incoming) -> bool:
        """A press under a copy of our card someone forwarded (their private chat, a group
        we are not in): every reply goes to the member's own private chat; refused (never
        opened, blocked), it waits there for 24 hours (`self.waiting`), and False says so
        (the toast points there: no chat of ours to say it in)."""
        reached = True
        with urgent():
            for reply in replies:
                try:
                    await self._post(incoming.user_id, reply, incoming, private=True)
                    self._note_private(incoming.user_id, True)
                except Unreachable:
                    self._note_private(incoming.user_id, False)
                    await self.waiting.keep(incoming.user_id, reply)
                    reached = False
        return reached

    async def _post(self, chat_id: str, reply: Reply, incoming: Incoming, *,
                    private: bool = False, thread: int | None = None) -> None:
        try:
            message_id = await self.send(chat_id, reply, thread=thread)
        except TelegramError as err:
            problem = unreachable(err) if private else None
            if problem is not None:
                raise problem from err
            log.warning("Telegram: reply to chat not delivered: %s", err.message)
            return
        if reply.card is not None and message_id is not None and self._host is not None:
            # Recorded where it is: a group turned supergroup under its new id.
            await self._host.card_posted(reply.card.event_id, self.platform,
                                         self._chat_now(chat_id), message_id, reply.locale)

    async def _nudge(self, incoming: Incoming, payload: str, *, pressed: bool = False,
                     thread: int | None = None, rest: bool = False,
                     locale: str | None = None) -> None:
        """`pressed`: after a tap (its toast says the rest) or a reply under this very
        line, told once; a typed command always gets its line, or it would get no answer
        at all. `rest`: the chat has just read the start of the answer (« C'est noté »):
        what waits is the rest of it. `locale`: the answer's language (the member's choice
        with /langue, else their app's), which the line follows."""
        key_of = (incoming.chat_id, incoming.user_id)
        if pressed and key_of in self._nudged:
            return  # already pointed there in this chat: one line, not one per tap
        remember(self._nudged, key_of, None, 1000)
        link = self.private_link(payload)
        with using(locale or pick_locale(None, incoming.platform_locale)):
            key = ("telegram.no_private_link" if not link
                   else "telegram.open_private_rest" if rest else "telegram.open_private")
            text = t(key, name=incoming.display_name, link=link or "")
        try:
            await self.send(incoming.chat_id, Reply(text), thread=thread)
        except TelegramError as err:
            log.warning("Telegram: could not point a member to the private chat: %s",
                        err.message)

    async def _give_waiting(self, incoming: Incoming, said: set[str]) -> None:
        """The member wrote to us privately (the link's /start): the answers that could not
        reach them, still recent, follow what was just said (not twice)."""
        async def send(reply: Reply) -> None:
            with urgent():
                await self._post(incoming.user_id, reply, incoming, private=True)

        await self.waiting.give(incoming.user_id, said, send, Unreachable)

    def _points_private(self, text: str) -> bool:
        """The text gives the link to our private chat (the core already said it)."""
        return bool(self.username) and f"https://t.me/{self.username}?start=" in text

    def _note_private(self, user_id: str, is_open: bool) -> None:
        """What we learnt of a member's private chat; open again, they may be told again."""
        was = self._private_open.get(user_id)
        remember(self._private_open, user_id, is_open, 4096)
        if is_open and was is False:
            for key in [k for k in self._nudged if k[1] == user_id]:
                del self._nudged[key]

    async def _private_chat_open(self, user_id: str) -> bool | None:
        """Whether the member's private chat is open: known open, else asked of Telegram
        with « typing… » (refused like a message to someone who never started or blocked
        the bot; nothing is posted). A chat known closed is asked again: the member may
        have unblocked the bot since, without writing to it (a line saying otherwise in a
        group would be untrue for all to read). None: Telegram did not say."""
        if self._private_open.get(user_id):
            return True
        try:
            with urgent():
                await self.bot.send_chat_action(chat_ref(user_id), ChatAction.TYPING)
        except TelegramError as err:
            if unreachable(err) is None:
                log.info("Telegram: private chat not probed: %s", err.message)
                return None
            self._note_private(user_id, False)
            return False
        self._note_private(user_id, True)
        return True

    async def _tell_seat_unreachable(self, incoming: Incoming, payload: str, *,
                                     thread: int | None = None, took: str = "") -> None:
        """A member pressed « Je viens » (or +1) on a group card, and the bot cannot write
        to them privately (never started it, or blocked it): a freed seat on the waitlist
        and the reminders come only there, so they are told once in the group, by name,
        with the link that opens the private chat (one line for both, with `_nudge`'s).
        Their toast said the rest."""
        key_of = (incoming.chat_id, incoming.user_id)
        link = self.private_link(payload)
        if link is None or key_of in self._nudged:
            return
        # Now: a second tap meanwhile (side by side) says nothing.
        remember(self._nudged, key_of, None, 1000)
        if await self._private_chat_open(incoming.user_id) is not False:
            self._nudged.pop(key_of, None)
            return
        known = (await self._host.language_of(self.platform, incoming.user_id)
                 if self._host else None)
        with using(pick_locale(known, incoming.platform_locale)):
            key = ("notice.seat_open_private.going" if took == "going"
                   else "notice.seat_open_private")  # a waitlist place: the freed seat
            text = t(key, name=incoming.display_name, link=link)
        try:
            with urgent():
                await self.send(incoming.chat_id, Reply(text), thread=thread)
        except TelegramError as err:
            log.warning("Telegram: could not point a member to the private chat: %s",
                        err.message)

    async def send(self, chat_id: str, reply: Reply, *, thread: int | None = None) -> str | None:
        """Post a reply in a chat (in a forum group, in the topic `thread`; None: General):
        text (split over 4,096 characters), attachment, card. Returns the card's message
        id. A group turned supergroup is posted to under its new id (a card sent there for
        its old id is noted, so its edits go there too). Raises TelegramError once retries
        are exhausted."""
        target = self._chat_now(chat_id)
        try:
            try:
                message_id = await self._send_to(target, reply, thread=thread)
            except ChatMigrated as err:
                target = await self._migrated_to(target, str(err.new_chat_id))
                # A topic of the old group means nothing in the new one: General.
                message_id = await self._send_to(target, reply)
        except TelegramError as err:
            self._refused(target, err)
            raise
        self._reached(target)
        if target != chat_id and message_id is not None:
            remember(self._relocated, (chat_id, message_id), None, 4096)
        return message_id

    async def _send_to(self, chat_id: str, reply: Reply, *,
                       thread: int | None = None) -> str | None:
        bot = self.bot
        chat = chat_ref(chat_id)
        text = reply.text
        markup = render.keyboard(reply.buttons)
        if reply.attachment is not None:
            caption = render.caption(text)
            if caption is None and text:
                await self._send_text(chat, text, None, thread=thread)
            attachment = reply.attachment
            await bot.send_document(
                chat, InputFile(attachment.content, filename=attachment.filename),
                caption=caption, parse_mode=ParseMode.HTML, reply_markup=markup,
                message_thread_id=thread)
            text, markup = "", None
        if text:
            await self._send_text(chat, text, markup, thread=thread)
        if reply.card is None:
            return None
        card_markup = render.keyboard(reply.card.buttons)
        poster = poster_file(self.settings.database_path, reply.card)
        if poster is not None:
            html = render.card_caption(reply.card)
            sent = await self._send_poster(chat, poster, html, card_markup, thread=thread)
        else:
            html = render.card_html(reply.card)
            sent = await bot.send_message(chat, html, parse_mode=ParseMode.HTML,
                                          reply_markup=card_markup,
                                          link_preview_options=_NO_PREVIEW,
                                          message_thread_id=thread)
        message_id = str(sent.message_id)
        self._remember((chat_id, message_id),
                       html + "\0" + (poster.name if poster is not None else ""), card_markup)
        self._note_kind((chat_id, message_id), poster.name if poster is not None else "")
        self._note_thread((chat_id, message_id), thread)
        return message_id

    async def _send_poster(self, chat: int | str, poster: Path, caption: str,
                           markup: Any, *, silent: bool = False,
                           thread: int | None = None) -> Any:
        """A card as a photo with its caption: uploaded once, then Telegram's own copy of it
        (its file_id) for the other chats; uploaded again if Telegram forgot that copy.
        Uploads go one at a time: copies posted side by side upload the picture once."""
        def photo(media: Any) -> Any:
            return self.bot.send_photo(chat, media, caption=caption, parse_mode=ParseMode.HTML,
                                       reply_markup=markup, disable_notification=silent,
                                       message_thread_id=thread)

        known = self._photo_ids.get(poster.name)
        if known is not None:
            try:
                return await photo(known)
            except BadRequest as err:
                if "file" not in err.message.lower():
                    raise
                self._photo_ids.pop(poster.name, None)
        async with self._uploading:
            known = self._photo_ids.get(poster.name)  # uploaded while this one waited?
            if known is None:
                content = await asyncio.to_thread(poster.read_bytes)
                sent = await photo(InputFile(content, filename="affiche.jpg"))
                if sent.photo:
                    self._keep_photo_id(poster.name, sent.photo[-1].file_id)
                return sent
        return await photo(known)

    def _keep_photo_id(self, poster: str, file_id: str) -> None:
        """Remember Telegram's copy of a poster; the oldest are forgotten past 256."""
        remember(self._photo_ids, poster, file_id, 256)

    async def _send_text(self, chat: int | str, text: str, markup: Any, *,
                         thread: int | None = None) -> None:
        pieces = render.text_pieces(text)
        for index, piece in enumerate(pieces):
            await self.bot.send_message(
                chat, piece, parse_mode=ParseMode.HTML,
                reply_markup=markup if index == len(pieces) - 1 else None,
                link_preview_options=_NO_PREVIEW, message_thread_id=thread)

    def _remember(self, key: tuple[str, str], html: str, markup: Any) -> bool:
        """Note what a card message shows; False when it already shows exactly that."""
        signature = hash((html, repr(markup.to_dict() if markup else None)))
        if self._shown.get(key) == signature:
            return False
        remember(self._shown, key, signature, 4096)
        remember(self._answerable, key, answerable(_button_ids(markup)), 4096)
        return True

    def _note_thread(self, key: tuple[str, str], thread: int | None) -> None:
        """The forum topic a card was posted in; the oldest are forgotten past 4,096."""
        if thread is None:
            return
        remember(self._threads, key, thread, 4096)

    def _note_kind(self, key: tuple[str, str], poster: str) -> None:
        """What a posted card shows: the name of its poster, '' for a text card."""
        remember(self._photos, key, poster, 4096)

    async def edit_ready(self, chat_id: str) -> None:
        """Wait until a card edit in this chat would not wait for the chat's limits (a
        group takes ~20 messages a minute): the core picks the counts to show only then."""
        await self.limiter.ready(self._chat_now(chat_id))

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> str | None:
        """New counts on a posted card, in the urgent lane. Skips edits that would change
        nothing; "message is not modified" is success; a deleted message is logged.

        Telegram cannot turn a text message into a photo or back: in a group or channel, a
        copy of the wrong kind (text while the event has a poster, a photo whose poster was
        taken down) is posted anew and the old one deleted while the event is ahead
        (`_repost`). A photo copy that stays (a private chat, an event under way) loses a
        poster taken down to a plain picture. Returns the id of the message that shows the
        card from now on when it is not `message_id` (for the core to record), else None."""
        current = self._current(chat_id, message_id)
        if (chat_id, current) in self._relocated:  # sent to the supergroup it became
            new_chat = self._chat_now(chat_id)
            edited = await self.edit_card(new_chat, current, card)
            await self._record_move(chat_id, message_id, new_chat, edited or current)
            return None
        if chat_id in self._migrated:  # a card in the old group's history
            await self._rehome(chat_id, current, card)
            return None
        try:
            moved = await self._edit_card(chat_id, message_id, card)
        except ChatMigrated as err:
            await self._migrated_to(chat_id, str(err.new_chat_id))
            await self._rehome(chat_id, current, card)
            return None
        except TelegramError as err:
            if self._refused(chat_id, err):
                # Removed from the group: each change there is refused until someone adds
                # us back (the organisers were told once). One line each, no traceback.
                log.warning("Telegram: card %s in %s not updated: the bot is not in that "
                            "group (%s)", message_id, chat_id, err.message)
                return None
            raise
        return moved

    def _relocate(self, chat_id: str, old_id: str, new_id: str) -> str:
        """A card of the new supergroup, known under the old group's id, posted anew
        there as `new_id`: still edited there."""
        self._relocated[(chat_id, new_id)] = None
        self._moved[(chat_id, old_id)] = new_id
        return new_id

    async def _rehome(self, chat_id: str, message_id: str, card: EventCard) -> None:
        """A card posted in a group before it became a supergroup: Telegram keeps it in the
        old group's history (shown above the new chat) under the old id, which takes no
        edits any more, and numbers the new chat's messages afresh. An event still ahead
        gets its card posted again in the new group, quietly (the group was told once),
        and kept live there; any other one stays as it was (`CardGone`: no more edits)."""
        new_chat = self._chat_now(chat_id)
        if not self._may_repost(new_chat, card):
            log.info("Telegram: card %s stayed in the old group %s", message_id, chat_id)
            raise CardGone(message_id)
        poster = poster_file(self.settings.database_path, card)
        new_id = await self._post_quietly(new_chat, card, poster)
        log.info("Telegram: card %s of the old group %s posted again in %s as %s",
                 message_id, chat_id, new_chat, new_id)
        self._relocate(chat_id, message_id, new_id)
        await self._record_move(chat_id, message_id, new_chat, new_id)
        return None  # recorded in its new chat already

    async def _record_move(self, chat_id: str, message_id: str, new_chat: str,
                           new_id: str) -> None:
        """The core records the card under the new chat: after a restart its edits go
        there, and it is not posted a second time."""
        if self._host is not None:
            await self._host.card_moved(self.platform, chat_id, message_id, new_chat, new_id)

    async def _edit_card(self, chat_id: str, message_id: str, card: EventCard) -> str | None:
        """`edit_card` for a message known in this chat."""
        current = self._current(chat_id, message_id)
        moved = current if current != message_id else None
        message_id = current
        key = (chat_id, message_id)
        shown = self._photos.get(key)  # the poster a copy shows, '' for text; None: unknown
        wanted = poster_file(self.settings.database_path, card)  # the poster it should show
        repost = self._may_repost(chat_id, card)
        if shown is not None and bool(shown) != (wanted is not None) and repost:
            return await self._repost(chat_id, message_id, card, wanted, was_photo=bool(shown))
        photo = bool(card.image) if shown is None else bool(shown)  # a copy keeps its kind
        html = render.card_caption(card) if photo else render.card_html(card)
        markup = render.keyboard(card.buttons)
        if not self._remember(key, html + "\0" + (card.image if photo else ""), markup):
            return moved
        poster = wanted if shown and card.image and shown != card.image else None
        try:
            with urgent():  # live counts are what members look at: ahead of any fan-out
                if poster is not None:  # a photo card, and the poster was replaced since
                    await self._swap_poster(chat_id, message_id, poster, html, markup)
                    self._note_kind(key, card.image)
                    return moved
                if shown not in (None, "", BLANK) and wanted is None:  # taken down
                    await self._show_blank(chat_id, message_id, html, markup)
                    self._note_kind(key, BLANK)
                    return moved
                try:
                    await self._edit_body(chat_id, message_id, html, markup, photo=photo)
                except BadRequest as err:
                    # A copy posted (before a restart) before its poster was added, or
                    # after it was removed: it keeps its kind, so its body is edited the
                    # other way, and remembered (or, where it may be, posted anew).
                    wrong = "no caption" if photo else "no text"
                    if wrong not in err.message.lower():
                        raise
                    photo = not photo
                    if photo != (wanted is not None) and repost:
                        return await self._repost(chat_id, message_id, card, wanted,
                                                  was_photo=photo)
                    html = render.card_caption(card) if photo else render.card_html(card)
                    self._remember(key, html + "\0" + (card.image if photo else ""), markup)
                    if photo and wanted is None:  # whatever picture it shows is not wanted
                        await self._show_blank(chat_id, message_id, html, markup)
                        self._note_kind(key, BLANK)
                        return moved
                    await self._edit_body(chat_id, message_id, html, markup, photo=photo)
                    shown = card.image if photo else ""
                self._note_kind(key, card.image if shown is None else shown)
        except BadRequest as err:
            if "not modified" in err.message.lower():
                return moved
            self._shown.pop(key, None)
            if "not found" in err.message.lower():
                log.info("Telegram: card %s in %s is gone", message_id, chat_id)
                raise CardGone(message_id) from err  # the core stops editing it
            raise
        except TelegramError:
            self._shown.pop(key, None)
            raise
        return moved

    def _current(self, chat_id: str, message_id: str) -> str:
        """The message that now shows a copy once posted as `message_id` (itself if it
        was never posted anew)."""
        for _ in range(8):  # a chain of re-posts, never a loop
            following = self._moved.get((chat_id, message_id))
            if following is None:
                break
            message_id = following
        return message_id

    def _may_repost(self, chat_id: str, card: EventCard) -> bool:
        """Only a copy in a group or channel (what parents look at), of an event still
        ahead, is posted anew. A private chat's copy answered one person, who has just been
        sent the card again if they set the poster: a second one would only repeat it. An
        event under way or cancelled keeps its copies where they are."""
        return (chat_id.startswith(("-", "@")) and not card.cancelled
                and self._host is not None and card.starts_at > self._host.now())

    async def _repost(self, chat_id: str, old_id: str, card: EventCard, poster: Path | None,
                      *, was_photo: bool) -> str:
        """The card posted again in the same chat as the right kind (a photo with `poster`,
        or text), silently (the chat was told once already), with the same buttons; then
        the old copy goes (`_retire`). Returns the new message's id."""
        thread = self._threads.get((chat_id, old_id))  # in the old copy's topic
        new_id = await self._post_quietly(chat_id, card, poster, thread=thread)
        self._threads.pop((chat_id, old_id), None)
        self._note_thread((chat_id, new_id), thread)
        remember(self._moved, (chat_id, old_id), new_id, 4096)
        log.info("Telegram: card %s in %s posted anew as %s (%s)", old_id, chat_id, new_id,
                 "photo" if poster is not None else "text")
        await self._retire(chat_id, old_id, card, new_id, was_photo=was_photo)
        return new_id

    async def _post_quietly(self, chat_id: str, card: EventCard, poster: Path | None, *,
                            thread: int | None = None) -> str:
        """The card posted again as the right kind (a photo with `poster`, or text), silently
        (the chat was told once already), with its buttons, and noted like any card posted.
        Returns the new message's id."""
        markup = render.keyboard(card.buttons)
        with urgent():
            if poster is not None:
                html = render.card_caption(card)
                sent = await self._send_poster(chat_ref(chat_id), poster, html, markup,
                                               silent=True, thread=thread)
            else:
                html = render.card_html(card)
                sent = await self.bot.send_message(
                    chat_ref(chat_id), html, parse_mode=ParseMode.HTML, reply_markup=markup,
                    link_preview_options=_NO_PREVIEW, disable_notification=True,
                    message_thread_id=thread)
        new_id = str(sent.message_id)
        shows = poster.name if poster is not None else ""
        self._remember((chat_id, new_id), html + "\0" + shows, markup)
        self._note_kind((chat_id, new_id), shows)
        return new_id

    async def _retire(self, chat_id: str, old_id: str, card: EventCard, new_id: str, *,
                      was_photo: bool) -> None:
        """The old copy deleted; where Telegram refuses (a message over 48 hours old, no
        right to), it keeps one line pointing to the new card, without buttons (never two
        live cards) and, if it was a photo, with a plain picture in place of the poster."""
        self._shown.pop((chat_id, old_id), None)
        self._photos.pop((chat_id, old_id), None)
        self._answerable.pop((chat_id, old_id), None)
        try:
            with urgent():
                await self.bot.delete_message(chat_ref(chat_id), int(old_id))
            return
        except TelegramError as err:
            if "not found" in err.message.lower():
                return
            log.info("Telegram: old card %s in %s not deleted (%s); it points to the new "
                     "one", old_id, chat_id, err.message)
        line = render.moved_html(card, render.message_link(chat_id, new_id))
        try:
            with urgent():
                if was_photo:
                    await self._show_blank(chat_id, old_id, line, None)
                else:
                    await self.bot.edit_message_text(
                        line, chat_id=chat_ref(chat_id), message_id=int(old_id),
                        parse_mode=ParseMode.HTML, link_preview_options=_NO_PREVIEW)
        except TelegramError as err:
            log.warning("Telegram: old card %s in %s left as it was: %s", old_id, chat_id,
                        err.message)

    async def _swap_poster(self, chat_id: str, message_id: str, poster: Path, caption: str,
                           markup: Any) -> None:
        """A photo card shows the new poster (the old file is gone): its picture and caption
        are replaced in one request, with Telegram's copy of the new one when it has it."""
        known = self._photo_ids.get(poster.name)
        # Bytes, not an InputFile: PTB then sends them as `attach://…`, as Telegram wants.
        media = known if known is not None else await asyncio.to_thread(poster.read_bytes)
        edited = await self.bot.edit_message_media(
            InputMediaPhoto(media, caption=caption, parse_mode=ParseMode.HTML,
                            filename="affiche.jpg"),
            chat_id=chat_ref(chat_id), message_id=int(message_id), reply_markup=markup)
        photos = getattr(edited, "photo", None)
        if known is None and photos:
            self._keep_photo_id(poster.name, photos[-1].file_id)

    async def _show_blank(self, chat_id: str, message_id: str, caption: str,
                          markup: Any) -> None:
        """A photo copy keeps a plain picture in place of a poster taken down (Telegram
        cannot make it text), under `caption` and `markup` (None: no buttons)."""
        await self.bot.edit_message_media(
            InputMediaPhoto(render.placeholder_png(), caption=caption,
                            parse_mode=ParseMode.HTML, filename="carte.png"),
            chat_id=chat_ref(chat_id), message_id=int(message_id), reply_markup=markup)

    async def _edit_body(self, chat_id: str, message_id: str, html: str, markup: Any, *,
                         photo: bool) -> None:
        """A card's text, or its caption when it is a photo with a poster."""
        if photo:
            await self.bot.edit_message_caption(
                chat_id=chat_ref(chat_id), message_id=int(message_id), caption=html,
                parse_mode=ParseMode.HTML, reply_markup=markup)
            return
        await self.bot.edit_message_text(
            html, chat_id=chat_ref(chat_id), message_id=int(message_id),
            parse_mode=ParseMode.HTML, reply_markup=markup,
            link_preview_options=_NO_PREVIEW)

    async def send_private(self, user_id: str, reply: Reply) -> None:
        """A private message; `Unreachable` when the member never started or blocked us
        (it then follows the answers waiting for them, if any: `Waiting.follow`)."""
        try:
            await self.send(user_id, reply)
        except TelegramError as err:
            problem = unreachable(err)
            if problem is None:
                raise
            self._note_private(user_id, False)
            await self.waiting.follow(user_id, reply)
            raise problem from err
        self._note_private(user_id, True)
