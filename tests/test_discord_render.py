"""Pure Discord layout: embeds, buttons, message chunks, native-event payloads, translations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import discord
from discord.app_commands import TranslationContext, TranslationContextLocation, locale_str

from bot import i18n
from bot.adapters.discord.render import (
    ActionButton,
    build_view,
    card_embed,
    marked_event_id,
    marker,
    scheduled_event_payload,
    split_text,
)
from bot.adapters.discord.slash import (
    Translator,
    build_command,
    localised,
    option_name,
    option_names,
)
from bot.context import Context
from bot.messages import Button, EventCard
from bot.spec import MAX_ID, CommandSpec, Param

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
    return EventCard(**values)  # type: ignore[arg-type, call-arg]


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
    text = localised("error.internal", "")
    french = await translator.translate(text, discord.Locale.french, context)
    english = await translator.translate(text, discord.Locale.british_english, context)
    assert french and english and french != english and text.message == english
    assert await translator.translate(text, discord.Locale.german, context) is None
    assert await translator.translate(locale_str("plain"), discord.Locale.french,
                                      context) is None


# -- slash commands generated from a spec ----------------------------------------------------

async def _nothing(ctx: Context) -> None:
    return None


SAMPLE = CommandSpec("sample", _nothing, aliases=("échantillon", "exemple"), organizer=True,
                     params=(Param("event", "event"),
                             Param("guests", "int", minimum=0, maximum=9),
                             Param("answer", "choice", values=("going", "no")),
                             Param("title", max_length=80),
                             Param("when", "when", required=False),
                             Param("interval", "duration", required=False),
                             Param("key", "word", required=False, max_length=30)))


def test_option_names_are_folded_labels_discord_accepts() -> None:
    assert option_name("Numéro", "event") == "numero"
    assert option_name("Mots-clés", "keywords") == "motscles"
    assert option_name("n° d'événement", "event") == "ndevenement"
    assert option_name("???", "event") == "event"
    assert option_name("x" * 40, "event") == "x" * 32


async def test_every_param_kind_becomes_a_typed_option() -> None:
    runs: list[tuple[str, dict[str, str]]] = []

    async def run(interaction: Any, spec: CommandSpec, options: dict[str, str],
                  picture: Any = None) -> None:
        runs.append((spec.name, options))

    async def choose(interaction: Any, typed: str) -> list[Any]:
        return []

    command = build_command(SAMPLE, run, choose)
    tree = discord.app_commands.CommandTree(discord.Client(intents=discord.Intents(guilds=True)))
    data = command.to_dict(tree)
    assert data["name"] == "sample"
    translated = await command.get_translated_payload(tree, Translator())
    assert translated["name_localizations"]["fr"] == "exemple"  # the first valid alias
    options = {o["name"]: o for o in data["options"]}
    assert list(options) == ["event", "guests", "answer", "title", "when", "interval", "key"]
    event = options["event"]
    assert (event["type"], event["required"], event["autocomplete"], event["min_value"],
            event["max_value"]) == (4, True, True, 1, MAX_ID)
    assert (options["guests"]["type"], options["guests"]["min_value"],
            options["guests"]["max_value"]) == (4, 0, 9)
    assert options["answer"]["type"] == 3
    assert [c["value"] for c in options["answer"]["choices"]] == ["going", "no"]
    assert (options["title"]["type"], options["title"]["max_length"]) == (3, 80)
    assert [options[n]["required"] for n in ("when", "interval", "key")] == [False] * 3
    assert options["key"]["max_length"] == 30
    assert int(data["default_member_permissions"]) == 1 << 33  # Manage Events
    assert data["contexts"] == [0]

    await command.callback(None, p0=12, p1=2, p2="no", p3="Quiz",  # type: ignore[arg-type, call-arg]
                           p4=None, p5=None, p6=None)
    assert runs == [("sample", {"event": "12", "guests": "2", "answer": "no",
                                "title": "Quiz"})]


def test_option_names_stay_unique_when_two_labels_fold_alike() -> None:
    i18n.add_strings({"param.alpha": {"fr": "Même", "en": "same"},
                      "param.beta": {"fr": "même", "en": "Same"}})
    spec = CommandSpec("twins", _nothing, params=(Param("alpha"), Param("beta")))
    names = option_names(spec)
    assert names["alpha"].extras == {"fr": "meme", "en": "same"}
    assert names["beta"].extras == {"fr": "beta", "en": "beta"}
