"""Pure layout of platform-neutral replies for Telegram: HTML text, inline keyboards, splitting.

Kept free of I/O so it can be tested directly. Everything shown to people goes through
`escape()`: Telegram's HTML parse mode rejects a whole message over one stray `<` or `&`, and
titles such as `<Tom & Jerry>` must show as typed.
"""

from __future__ import annotations

import html
import struct
import zlib
from collections.abc import Sequence
from functools import cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.actions import parse
from bot.adapters.telegram.pacing import MAX_BUTTON_LABEL, MAX_CAPTION, MAX_TEXT, MAX_TOAST
from bot.i18n import add_strings, t
from bot.messages import Button, EventCard
from bot.text import utf16_len as units  # the length Telegram counts: one rule, bot.text's

__all__ = ["MAX_BUTTON_LABEL", "MAX_CAPTION", "MAX_TEXT", "MAX_TOAST", "caption", "card_caption",
           "card_html", "escape", "keyboard", "message_link", "moved_html", "placeholder_png",
           "split_text", "text_pieces", "toast", "truncate", "units"]

# What an old card copy says once a new one replaced it, where Telegram would not delete it.
CARD_STRINGS: dict[str, dict[str, str]] = {
    "telegram.card_moved": {
        "fr": "⤵️ Carte mise à jour plus bas dans la conversation : {title}",
        "en": "⤵️ Updated card further down the chat: {title}",
    },
}
add_strings(CARD_STRINGS)

_ROW_WIDTH = 3
# The longest label a phone shows whole (a 360 dp screen) when a row holds this many buttons
# (Telegram gives each the same width): past it, « ➕ sans inscription (0) » would read
# « ➕ sans insc… », so such a label shares its row with one other at most.
_FITS = {2: 26, 3: 17}
# Buttons whose labels are whole sentences (FAQ questions, event titles) or names to hit at
# the door (the check-in list) get a row each.
_WIDE_VERBS = frozenset({"faq", "event", "here"})
# A dialogue's step back, then its way out (the guided creation): last, a row each.
_OWN_ROW_ARGS = ("prev", "cancel")


def escape(text: str) -> str:
    """Text for HTML parse mode; quotes stay readable, `<`, `>` and `&` are escaped."""
    return html.escape(text, quote=False)


def _cut(text: str, limit: int) -> tuple[str, str]:
    """Split at most `limit` units off the front, never inside a surrogate pair."""
    size = 0
    for index, char in enumerate(text):
        size += 2 if ord(char) > 0xFFFF else 1
        if size > limit:
            return text[:index], text[index:]
    return text, ""


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Plain text in pieces of at most `limit` units, on paragraph, then line, then word
    boundaries; a single overlong word is cut. Empty text gives no pieces."""
    text = text.strip("\n")
    pieces: list[str] = []
    while units(text) > limit:
        head, _ = _cut(text, limit)
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = head.rfind(sep)
            if cut > 0:
                break
        if cut <= 0:
            piece, text = head, text[len(head):]
        else:
            piece, text = text[:cut], text[cut:].lstrip("\n ")
        pieces.append(piece.rstrip())
        text = text.strip("\n")
    if text.strip():
        pieces.append(text)
    return pieces


def truncate(text: str, limit: int) -> str:
    """At most `limit` units, with an ellipsis when something was cut."""
    if units(text) <= limit:
        return text
    head, _ = _cut(text, limit - 1)
    return head.rstrip() + "…"


def toast(text: str) -> str:
    """A callback answer: plain text, one short paragraph, at most 200 characters."""
    return truncate(" ".join(text.split()), MAX_TOAST)


# In a photo caption (1,024 units), each of these is shortened to this many units when the
# card would not fit otherwise; the counts never are.
_CAPTION_FIELD = 160


def card_html(card: EventCard, limit: int = MAX_TEXT) -> str:
    """One message for an event card; the description is shortened rather than split, so the
    card stays a single editable message. `limit` is the visible length allowed: a whole
    message, or `MAX_CAPTION` under a poster (`card_caption`)."""
    title, place, audience = card.title, card.place, card.audience
    head, visible = _card_head(card, title, place, audience)
    if visible > limit:  # only a caption can get here: long title, place or audience
        short = [truncate(text, _CAPTION_FIELD) for text in (title, place, audience)]
        head, visible = _card_head(card, *short)
    parts = ["\n".join(head)]
    if card.description:
        room = limit - visible - 4
        if room > 20:
            parts.append(escape(truncate(card.description, room)))
    # None under « ANNULÉ » or « Commencé »: « 3 libres » there reads as seats still open.
    if card.seats_text and not card.cancelled:
        parts.append("👥 <b>" + escape(card.seats_text) + "</b>")
    return "\n\n".join(parts)


def _card_head(card: EventCard, title: str, place: str, audience: str
               ) -> tuple[list[str], int]:
    """The lines above the description, and the visible length with the seats line."""
    head = [f"<b>#{card.event_id} · {escape(title)}</b>"]
    if card.status_text:  # cancelled, or started / over (answers closed)
        head.append(f"{_status_icon(card)} <b>{escape(card.status_text)}</b>")
    head.append(escape(f"{card.kind_label} · {card.when_text}"))
    head.append("📍 " + escape(place))
    head.append(escape(card.price_text + (f" · {audience}" if audience else "")))
    plain = [line for line in (
        f"#{card.event_id} · {title}",
        f"{_status_icon(card)} {card.status_text}" if card.status_text else "",
        f"{card.kind_label} · {card.when_text}", f"📍 {place}",
        card.price_text + (f" · {audience}" if audience else ""),
        "👥 " + card.seats_text if card.seats_text else "")
        if line]
    return head, units("\n".join(plain)) + 2  # the blank line before the seats


def _status_icon(card: EventCard) -> str:
    """A warning for a cancellation; a lock for answers closed at the start."""
    return "⚠️" if card.cancelled else "🔒"


def card_caption(card: EventCard) -> str:
    """The card under its poster: a photo caption holds 1,024 units, so the description is
    shortened further; the counts are always whole."""
    return card_html(card, MAX_CAPTION)


def keyboard(buttons: Sequence[Button]) -> InlineKeyboardMarkup | None:
    """Rows by button verb: going/maybe/no together, then the guest row, then the calendar;
    a button joins a row only while every label there still shows whole (`_fits`).
    A dialogue's way back and its way out (`_OWN_ROW_ARGS`) come last, a row each: a thumb
    aiming at an answer never lands on « Annuler », which drops the whole draft."""
    if not buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    last: list[tuple[int, list[InlineKeyboardButton]]] = []
    last_verb: str | None = None
    for button in buttons:
        parsed = parse(button.action)
        verb = parsed.verb if parsed else "?"
        label = truncate(button.label, MAX_BUTTON_LABEL)
        item = InlineKeyboardButton(label, callback_data=button.action)
        if parsed is not None and parsed.arg in _OWN_ROW_ARGS:
            last.append((_OWN_ROW_ARGS.index(parsed.arg), [item]))
        elif (rows and verb == last_verb and verb not in _WIDE_VERBS
                and len(rows[-1]) < _ROW_WIDTH and _fits([*rows[-1], item])):
            rows[-1].append(item)
        else:
            rows.append([item])
            last_verb = verb
    last.sort(key=lambda kept: kept[0])
    return InlineKeyboardMarkup(rows + [row for _, row in last])


def _fits(row: Sequence[InlineKeyboardButton]) -> bool:
    """Every label of the row shows whole on a phone (`_FITS`)."""
    room = _FITS.get(len(row), 0)
    return all(units(button.text) <= room for button in row)


def text_pieces(text: str) -> list[str]:
    """A reply's text as HTML messages, each within Telegram's limit once parsed."""
    return [escape(piece) for piece in split_text(text)]


def caption(text: str) -> str | None:
    """The text as an HTML caption when it fits one, else None (sent as its own message)."""
    if text and units(text) <= MAX_CAPTION:
        return escape(text)
    return None


def message_link(chat_id: str, message_id: str) -> str | None:
    """A link opening a message of a supergroup or channel (`-100…` ids); None elsewhere
    (a basic group or a private chat has no such link)."""
    if chat_id.startswith("-100") and chat_id[4:].isdecimal() and message_id.isdecimal():
        return f"https://t.me/c/{chat_id[4:]}/{message_id}"
    return None


def moved_html(card: EventCard, link: str | None) -> str:
    """The line left on an old copy that Telegram would not delete: it names the event and
    points to the new card (a link where the chat has them), in the current locale."""
    title = escape(f"#{card.event_id} · {truncate(card.title, _CAPTION_FIELD)}")
    if link is not None:
        title = f'<a href="{escape(link)}">{title}</a>'
    return t("telegram.card_moved", title=title)


@cache
def placeholder_png(width: int = 320, height: int = 180) -> bytes:
    """A plain picture in the cards' colour, put in place of a poster taken down on an old
    photo copy that cannot be deleted (a photo cannot become text). Built with zlib: no
    image library in the bot's process for this."""
    row = b"\x00" + bytes((0xE8, 0xA3, 0x3D)) * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height, 9)) + chunk(b"IEND", b""))
