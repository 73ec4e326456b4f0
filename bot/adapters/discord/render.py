"""Laying out platform-neutral replies as Discord embeds, buttons and message chunks.

Pure functions (no network): the adapter calls them, the tests check them directly. Cards
show times as Discord timestamps (`<t:…:F>`, `<t:…:R>`) so every member reads their own clock.
Field names are emoji only, so a card needs no locale beyond the one it was built in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

import discord

from bot.actions import parse
from bot.adapters.discord.pacing import CUSTOM_ID_LIMIT, LABEL_LIMIT, MAX_BUTTONS, MESSAGE_LIMIT
from bot.messages import Button, EventCard

COLOUR = discord.Colour(0xE8A33D)
CANCELLED_COLOUR = discord.Colour(0x7F8C8D)
# Every id `bot.actions.encode` can produce; DynamicItem dispatches presses on these.
ACTION_TEMPLATE = r"v1:[a-z]+:[A-Za-z0-9_#-]{1,40}(?::[a-z0-9+-]{1,10})?"


# A web address as Discord links it (kept whole: escaping inside it would break the link).
_URL = re.compile(r"(?:https?|webcal)://[^\s<>]+")


def shown_as_typed(text: str) -> str:
    """Text people wrote (titles, names, reasons), shown by Discord exactly as typed: no
    bold, spoiler or heading from « ** », « || » or « # », no masked link « [gift](url) »,
    no mention of @everyone or of a member. Addresses stay whole and clickable. Our own
    strings carry no markdown, so a whole reply goes through this too."""
    parts: list[str] = []
    last = 0
    for found in _URL.finditer(text):
        parts.append(_escaped(text[last:found.start()]))
        parts.append(found.group(0))
        last = found.end()
    parts.append(_escaped(text[last:]))
    return discord.utils.escape_mentions("".join(parts))


# What Discord would read as markdown in someone's text: emphasis and code (`*`, `_`, `` ` ``),
# spoilers and strike-through (only doubled: « oui|non » stays as it is), headings, subtext
# and quotes at a line's start, the opening bracket of a masked link « [gift](url) ».
_MARKUP = re.compile(r"[*_`\\]|\|\||~~|^(?:#{1,3}|-#|>{1,3})(?=\s)|\[(?=[^\]\n]*\]\()",
                     re.MULTILINE)


def _escaped(text: str) -> str:
    return _MARKUP.sub(lambda found: "".join("\\" + c for c in found.group(0)), text)


def timestamp(moment: datetime, style: str) -> str:
    """Discord renders `<t:unix:style>` in each reader's own time zone and language."""
    return f"<t:{int(moment.timestamp())}:{style}>"


# The name a card's poster is uploaded under, and how its embed points at it.
POSTER_FILENAME = "affiche.jpg"
POSTER_URL = f"attachment://{POSTER_FILENAME}"


def card_embed(card: EventCard, image: str | None = None) -> discord.Embed:
    """The event card as an embed: title, kind, times, place, price, seats; `image` is the
    poster's URL (`POSTER_URL` when it is uploaded with the message)."""
    title = f"#{card.event_id} · {shown_as_typed(card.title)}"
    description = shown_as_typed(card.description)
    if card.cancelled:
        title = f"~~{title}~~"
    if card.status_text:  # cancelled, or started / over: answers closed
        icon = "⚠" if card.cancelled else "🔒"
        description = (f"**{icon} {shown_as_typed(card.status_text)}**"
                       + (f"\n{description}" if description else ""))
    embed = discord.Embed(
        title=title[:256],
        description=description[:4000] or None,
        colour=CANCELLED_COLOUR if card.cancelled else COLOUR,
    )
    when = f"{timestamp(card.starts_at, 'F')} · {timestamp(card.starts_at, 'R')}"
    if card.ends_at is not None:
        when += f" → {timestamp(card.ends_at, 't')}"
    embed.add_field(name="🗓", value=when, inline=False)
    embed.add_field(name="📍", value=shown_as_typed(card.place)[:1024] or "—", inline=True)
    price = shown_as_typed(card.price_text + (f" · {card.audience}" if card.audience else ""))
    embed.add_field(name="🎟", value=price[:1024] or "—", inline=True)
    if card.seats_text:  # none on a cancelled card
        embed.add_field(name="👥", value=card.seats_text[:1024], inline=False)
    embed.set_footer(text=card.kind_label[:2048])
    if image:
        embed.set_image(url=image)
    return embed


# Red (Discord's « danger »): a card's « ❌ Je ne viens pas », and what cannot be undone,
# beside its grey way out: erasing (all, or the children's names), cancelling an event,
# stopping a series.
_RED = frozenset({("rsvp", "no"), ("forget", "yes"), ("forget", "names"), ("cancel", "yes"),
                  ("stopseries", "yes")})


def button_style(action: str) -> discord.ButtonStyle:
    parsed = parse(action)
    if parsed is None:
        return discord.ButtonStyle.secondary
    if parsed.verb == "rsvp" and parsed.arg == "going":
        return discord.ButtonStyle.success
    if (parsed.verb, parsed.arg) in _RED:
        return discord.ButtonStyle.danger
    return discord.ButtonStyle.secondary


class ActionHandler(Protocol):
    """What a client must offer for button presses (the adapter's client does)."""

    async def on_action(self, interaction: discord.Interaction[Any], action: str) -> None: ...


class ActionButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=ACTION_TEMPLATE):
    """A button whose whole state is its custom_id, so presses work after a restart."""

    def __init__(self, label: str, action: str) -> None:
        super().__init__(discord.ui.Button(label=label[:LABEL_LIMIT] or "·", custom_id=action,
                                           style=button_style(action)))
        self.action = action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
        match: re.Match[str], /,
    ) -> ActionButton:
        label = getattr(item, "label", None) or ""
        return cls(label, match.group(0))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        handler: ActionHandler = interaction.client  # type: ignore[assignment]
        await handler.on_action(interaction, self.action)


def build_view(buttons: Sequence[Button]) -> discord.ui.View | None:
    """A timeout-free view of dynamic buttons; ids too long for Discord are dropped."""
    usable = [b for b in buttons if 0 < len(b.action) <= CUSTOM_ID_LIMIT][:MAX_BUTTONS]
    if not usable:
        return None
    view = discord.ui.View(timeout=None)
    for button in usable:
        view.add_item(ActionButton(button.label, button.action))
    return view


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Chunks of at most `limit` characters, cut at line ends, then spaces, when possible."""
    text = text.strip()
    chunks: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        if cut < limit // 2:
            cut = text.rfind(" ", 0, limit + 1)
        if cut < limit // 2:
            cut = limit
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        chunks.append(text)
    return chunks


def scheduled_event_payload(card: EventCard, now: datetime) -> dict[str, Any] | None:
    """A native guild event mirroring the card (external, at the card's place).

    None when the event is over: Discord refuses start times in the past.
    """
    start = card.starts_at
    if start <= now:
        return None
    end = card.ends_at if card.ends_at and card.ends_at > start else start + timedelta(hours=2)
    # Discord renders markdown and mentions in a native event's description too.
    shown = shown_as_typed(card.description)[:900]
    description = (shown + "\n\n" if shown else "") + marker(card.event_id)
    return {
        "name": card.title[:100],
        "description": description,
        "privacy_level": 2,  # guild only
        "entity_type": 3,  # external
        "entity_metadata": {"location": (card.place or "—")[:100]},
        "scheduled_start_time": start.isoformat(),
        "scheduled_end_time": end.isoformat(),
    }


_MARKER = "Le Focus #"


def marker(event_id: int) -> str:
    """Ends a native event's description so it can be found again after a restart."""
    return f"{_MARKER}{event_id}"


def marked_event_id(description: str) -> int | None:
    """The event id in a description ending with `marker()`, if any."""
    tail = description.rsplit("\n", 1)[-1].strip()
    rest = tail[len(_MARKER):]
    return int(rest) if tail.startswith(_MARKER) and rest.isdecimal() else None
