"""Pure Discord layout: embeds, buttons, message chunks, native-event payloads, translations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import discord
from discord.app_commands import TranslationContext, TranslationContextLocation, locale_str

from bot.adapters.discord_adapter import Translator, _ls
from bot.adapters.discord_render import (
    ActionButton,
    build_view,
    card_embed,
    marked_event_id,
    marker,
    scheduled_event_payload,
    split_text,
)
from bot.messages import Button, EventCard

START = datetime(2026, 11, 27, 19, 0, tzinfo=UTC)


def card(**changes: object) -> EventCard:
    values: dict[str, object] = dict(
        event_id=12, title="Ciné-club", kind_label="Projection", when_text="vendredi 20:00",
        starts_at=START, ends_at=None, place="Le Focus, Alès", price_text="Gratuit",
        audience="dès 12 ans", description="Un film, un débat.", seats_text="2/20 places",
        cancelled=False,
        buttons=(Button("✅ Je viens", "v1:rsvp:12:going"), Button("❌ Non", "v1:rsvp:12:no"),
                 Button("📅", "v1:ics:12")),
    )
    values.update(changes)
    return EventCard(**values)  # type: ignore[arg-type]


def test_embed_shows_times_in_each_readers_clock() -> None:
    embed = card_embed(card()).to_dict()
    stamp = int(START.timestamp())
    assert embed["title"] == "#12 · Ciné-club"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["🗓"] == f"<t:{stamp}:F> · <t:{stamp}:R>"
    assert fields["📍"] == "Le Focus, Alès"
    assert fields["🎟"] == "Gratuit · dès 12 ans"
    assert fields["👥"] == "2/20 places"
    assert embed["footer"]["text"] == "Projection"


def test_cancelled_card_is_struck_through_with_its_status() -> None:
    embed = card_embed(card(cancelled=True, status_text="Annulé", buttons=())).to_dict()
    assert embed["title"] == "~~#12 · Ciné-club~~"
    assert embed["description"].startswith("**⚠ Annulé**")


def test_buttons_are_persistent_dynamic_items() -> None:
    view = build_view(card().buttons)
    assert view is not None and view.timeout is None
    assert all(isinstance(item, ActionButton) for item in view.children)
    rows = view.to_components()
    ids = [c["custom_id"] for row in rows for c in row["components"]]
    assert ids == ["v1:rsvp:12:going", "v1:rsvp:12:no", "v1:ics:12"]
    styles = [c["style"] for row in rows for c in row["components"]]
    assert styles[:2] == [discord.ButtonStyle.success.value, discord.ButtonStyle.danger.value]
    assert ActionButton.__discord_ui_compiled_template__.fullmatch("v1:guest:12:+1")
    assert not ActionButton.__discord_ui_compiled_template__.fullmatch("rsvp:12")


def test_view_drops_ids_discord_would_refuse() -> None:
    assert build_view(()) is None
    assert build_view((Button("x", "v1:rsvp:" + "9" * 200),)) is None


def test_long_text_is_split_at_line_ends_under_2000() -> None:
    text = "\n".join(f"ligne {n} " + "x" * 50 for n in range(100))
    chunks = split_text(text)
    assert len(chunks) > 1 and all(len(c) <= 2000 for c in chunks)
    assert "\n".join(chunks) == text
    assert split_text("y" * 4500) == ["y" * 2000, "y" * 2000, "y" * 500]
    assert split_text("  ") == []


def test_native_event_payload_and_marker() -> None:
    payload = scheduled_event_payload(card(), START - timedelta(days=2))
    assert payload is not None
    assert payload["entity_type"] == 3 and payload["privacy_level"] == 2
    assert payload["entity_metadata"] == {"location": "Le Focus, Alès"}
    assert payload["scheduled_end_time"] == (START + timedelta(hours=2)).isoformat()
    assert marked_event_id(payload["description"]) == 12
    assert marked_event_id("no marker") is None and marker(7).endswith("#7")
    assert scheduled_event_payload(card(), START + timedelta(minutes=1)) is None


async def test_translator_gives_french_and_english_only() -> None:
    translator = Translator()
    context: TranslationContext[Any, Any] = TranslationContext(
        TranslationContextLocation.other, None)
    text = _ls("discord.opt.event")
    assert await translator.translate(text, discord.Locale.french, context) == "evenement"
    assert await translator.translate(text, discord.Locale.british_english, context) == "event"
    assert await translator.translate(text, discord.Locale.german, context) is None
    assert await translator.translate(locale_str("plain"), discord.Locale.french,
                                      context) is None
