"""Telegram layout and pacing, without a network: HTML escaping, keyboards, splitting, the
rate limiter's windows and priorities, and the fake server's own HTML check."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from bot import i18n
from bot.adapters.telegram import Limits, PacedRateLimiter, menus, pacing, render, unreachable
from bot.cards import rsvp_buttons
from bot.context import Context
from bot.i18n import using
from bot.messages import Button, EventCard
from bot.router import Router
from bot.spec import CommandSpec
from fakes.telegram_api import _ApiError, check_html, visible_text


def card(**changes: Any) -> EventCard:
    with using("fr"):
        buttons = rsvp_buttons(12)
    values: dict[str, Any] = dict(
        event_id=12, title="<Tom & Jerry>", kind_label="Projection",
        when_text="vendredi 5 décembre 2026 à 20:00",
        starts_at=datetime(2026, 12, 5, 19, tzinfo=UTC), ends_at=None,
        place="Le Focus, Rochebelle, Alès", price_text="Gratuit", audience="dès 8 ans",
        description="Un dessin animé <culte> & drôle", seats_text="2/20 places prises",
        cancelled=False, buttons=buttons)
    values.update(changes)
    return EventCard(**values)


def test_card_is_valid_html_and_shows_user_text_as_typed() -> None:
    html = render.card_html(card())
    check_html(html)
    shown = visible_text(html)
    assert "#12 · <Tom & Jerry>" in shown
    assert "Un dessin animé <culte> & drôle" in shown
    assert "2/20 places prises" in shown


def test_card_with_huge_description_stays_one_message() -> None:
    html = render.card_html(card(description="🎲 " * 5000))
    check_html(html)
    assert render.units(visible_text(html)) <= render.MAX_TEXT
    assert "2/20 places prises" in visible_text(html)


def test_rsvp_keyboard_rows() -> None:
    markup = render.keyboard(card().buttons)
    assert markup is not None
    rows = [[b.callback_data for b in row] for row in markup.inline_keyboard]
    assert rows == [["v1:rsvp:12:going", "v1:rsvp:12:maybe", "v1:rsvp:12:no"],
                    ["v1:guest:12:+1", "v1:guest:12:-1"], ["v1:ics:12"]]
    assert all(len(str(d).encode()) <= 64 for row in rows for d in row)
    assert render.keyboard(()) is None


def test_sentence_buttons_get_a_row_each() -> None:
    buttons = tuple(Button(f"Question {n} ?", f"v1:faq:q{n}") for n in range(3))
    markup = render.keyboard(buttons)
    assert markup is not None and [len(r) for r in markup.inline_keyboard] == [1, 1, 1]


def test_split_prefers_paragraphs_then_lines_then_words() -> None:
    paragraphs = ["a" * 3000, "b" * 3000, "c" * 10]
    # Paragraphs are packed: the short last one joins the second message.
    assert render.split_text("\n\n".join(paragraphs)) == ["a" * 3000,
                                                           "b" * 3000 + "\n\n" + "c" * 10]
    lines = "\n".join(["x" * 100] * 100)
    pieces = render.split_text(lines)
    assert all(render.units(p) <= 4096 for p in pieces)
    assert "\n".join(pieces) == lines
    word = "z" * 9000
    assert "".join(render.split_text(word)) == word
    assert render.split_text("") == [] and render.split_text("court") == ["court"]


def test_split_counts_utf16_units_and_never_cuts_an_emoji() -> None:
    text = "😀" * 3000  # 6000 units
    pieces = render.split_text(text)
    assert len(pieces) == 2 and "".join(pieces) == text
    assert all(render.units(p) <= 4096 for p in pieces)


def test_escaping_and_pieces() -> None:
    assert render.escape('<b>"Tom" & Jerry</b>') == '&lt;b&gt;"Tom" &amp; Jerry&lt;/b&gt;'
    pieces = render.text_pieces("<x>\n\n" + "&" * 5000)
    for piece in pieces:
        check_html(piece)
    assert visible_text("".join(pieces)).startswith("<x>")


def test_toast_and_caption_limits() -> None:
    assert render.toast("ok\n  fine") == "ok fine"
    long = render.toast("é" * 500)
    assert len(long) == 200 and long.endswith("…")
    assert render.caption("x" * 1024) == "x" * 1024
    assert render.caption("x" * 1025) is None
    assert render.caption("a < b") == "a &lt; b"


def test_fake_refuses_what_telegram_refuses() -> None:
    for bad in ("<Tom & Jerry>", "a & b", "<b>open", "x > y", "<script>"):
        with pytest.raises(_ApiError):
            check_html(bad)
    check_html("<b>ok</b> &lt;Tom &amp; Jerry&gt; &quot;q&quot; &#233;")


def test_refusals_map_to_unreachable() -> None:
    from telegram.error import BadRequest, Forbidden, NetworkError

    never = unreachable(Forbidden("Forbidden: bot can't initiate conversation with a user"))
    assert never is not None and not never.permanent
    blocked = unreachable(Forbidden("Forbidden: bot was blocked by the user"))
    assert blocked is not None and blocked.permanent
    gone = unreachable(Forbidden("Forbidden: user is deactivated"))
    assert gone is not None and gone.permanent
    missing = unreachable(BadRequest("Bad Request: chat not found"))
    assert missing is not None and not missing.permanent
    assert unreachable(NetworkError("Bad Gateway")) is None


# -- the rate limiter, with a recording callback instead of HTTP ---------------------------


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[float, str]] = []

    async def __call__(self, endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        self.sent.append((asyncio.get_running_loop().time(), str(data.get("text"))))
        return {}


async def through(limiter: PacedRateLimiter, recorder: Recorder, chat_id: object,
                  text: str) -> None:
    data = {"chat_id": chat_id, "text": text}
    await limiter.process_request(recorder, ("sendMessage", data), {}, "sendMessage", data,
                                  None)


async def test_overall_window_is_never_exceeded() -> None:
    limiter = PacedRateLimiter(Limits(overall=5, overall_period=0.1, per_chat=0, per_group=0))
    recorder = Recorder()
    await asyncio.gather(*(through(limiter, recorder, 100 + n, str(n)) for n in range(20)))
    times = [t for t, _ in recorder.sent]
    assert len(times) == 20
    for i in range(len(times) - 5):
        assert times[i + 5] - times[i] >= 0.1 - 1e-3
    assert times[-1] - times[0] < 0.5


async def test_one_chat_is_paced_and_others_are_not_held_up() -> None:
    limiter = PacedRateLimiter(Limits(overall=0, per_chat=1, per_chat_period=0.05, per_group=0))
    recorder = Recorder()
    await asyncio.gather(*(through(limiter, recorder, 7, f"same{n}") for n in range(4)),
                         through(limiter, recorder, 8, "other"))
    same = [t for t, text in recorder.sent if text.startswith("same")]
    assert [text for _, text in recorder.sent].index("other") <= 1
    assert all(b - a >= 0.05 - 1e-3 for a, b in zip(same, same[1:], strict=False))


async def test_groups_have_their_own_window() -> None:
    limiter = PacedRateLimiter(Limits(overall=0, per_chat=0, per_group=2, per_group_period=0.1))
    recorder = Recorder()
    await asyncio.gather(*(through(limiter, recorder, -100, str(n)) for n in range(4)))
    times = [t for t, _ in recorder.sent]
    assert times[2] - times[0] >= 0.1 - 1e-3


async def test_replies_to_members_overtake_a_background_fan_out() -> None:
    limiter = PacedRateLimiter(Limits(overall=2, overall_period=0.05, per_chat=0, per_group=0))
    recorder = Recorder()
    background = [asyncio.create_task(through(limiter, recorder, 1000 + n, f"bg{n}"))
                  for n in range(12)]
    await asyncio.sleep(0)

    async def urgent() -> None:
        with pacing.urgent():
            await through(limiter, recorder, 5, "reply")

    await urgent()
    await asyncio.gather(*background)
    order = [text for _, text in recorder.sent]
    assert order.index("reply") <= 4, order


async def test_slots_count_from_the_answer_so_slow_requests_cannot_bunch_up() -> None:
    """Telegram counts arrivals: a request that left early but arrived late must not let the
    next ones through early. We count a slot from the answer, which comes after arrival."""
    limiter = PacedRateLimiter(Limits(overall=2, overall_period=0.05, per_chat=0, per_group=0))
    spans: list[tuple[float, float]] = []

    async def slow(endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        began = loop.time()
        await asyncio.sleep(0.03 if data["text"] in ("0", "1") else 0)
        spans.append((began, loop.time()))
        return {}

    async def one(n: int) -> None:
        data = {"chat_id": 100 + n, "text": str(n)}
        await limiter.process_request(slow, ("sendMessage", data), {}, "sendMessage", data, None)

    await asyncio.gather(*(one(n) for n in range(6)))
    for began, _ in spans:
        # At each start, fewer than 2 others are in flight or answered within the period.
        recent = [s for s in spans if s[0] < began and s[1] > began - 0.05 + 1e-3]
        assert len(recent) < 2
    assert len(spans) == 6


async def test_messages_to_one_chat_leave_in_order() -> None:
    limiter = PacedRateLimiter(Limits(overall=3, overall_period=0.02, per_chat=0, per_group=0))
    recorder = Recorder()
    await asyncio.gather(*(through(limiter, recorder, 42, str(n)) for n in range(10)))
    assert [text for _, text in recorder.sent] == [str(n) for n in range(10)]


# -- menus, generated from the router's specs -------------------------------------------------


async def _nothing(ctx: Context) -> None:
    """A handler the menu tests never call."""


def menu_router() -> Router:
    router = Router()
    router.add(
        CommandSpec("menutest", _nothing, aliases=("testmenu",)),
        CommandSpec("events", _nothing, aliases=("événements", "agenda")),
        CommandSpec("mydata", _nothing),
        CommandSpec("newevent", _nothing, aliases=("nouvelevenement",), organizer=True),
        CommandSpec("start", _nothing, menu=False),
        CommandSpec("as", _nothing, platforms=("console",)),
        CommandSpec("tgonly", _nothing, aliases=("seulementtg",), platforms=("telegram",)),
    )
    return router


def test_menus_hold_exactly_the_menu_specs_of_each_audience() -> None:
    i18n.add_strings({"help.menutest": {"fr": "un test  des menus", "en": "a menu test"}})
    try:
        built = menus.build(menu_router(), [42])
    finally:
        del i18n.CATALOGUE["help.menutest"]
    published = {(menu.scope.to_dict().get("chat_id", menu.scope.type), menu.language):
                 [(c.command, c.description) for c in menu.commands] for menu in built}
    french_members = ["testmenu", "evenements", "mydata", "seulementtg"]
    english_members = ["menutest", "events", "mydata", "tgonly"]
    names = {key: [name for name, _ in entries] for key, entries in published.items()}
    assert names == {
        ("all_private_chats", None): french_members,
        ("all_group_chats", None): french_members,
        (42, None): ["testmenu", "evenements", "mydata", "nouvelevenement", "seulementtg"],
        ("all_private_chats", "en"): english_members,
        ("all_group_chats", "en"): english_members,
        (42, "en"): ["menutest", "events", "mydata", "newevent", "tgonly"],
    }
    assert published[("all_private_chats", None)][0] == ("testmenu", "un test des menus")
    assert published[("all_private_chats", "en")][0] == ("menutest", "a menu test")


def test_a_command_telegram_cannot_name_is_refused_not_silently_left_out() -> None:
    router = Router()
    router.add(CommandSpec("new-event", _nothing))
    with pytest.raises(ValueError, match="new-event"):
        menus.build(router, [])


def test_telegram_strings_join_the_catalogue_when_the_adapter_is_made() -> None:
    """Nothing is added at import (issue 9): the adapter brings its strings explicitly."""
    from bot import strings
    from bot.adapters.telegram import TelegramAdapter
    from bot.adapters.telegram.strings import STRINGS
    from bot.config import Settings

    assert not [key for key in strings.STRINGS if key.startswith("telegram.")]
    TelegramAdapter(Settings(telegram_token="123456:TEST-TOKEN-abcdefghijkl"))
    for key, entry in STRINGS.items():
        assert i18n.CATALOGUE[key] == entry and set(entry) == set(i18n.LOCALES)
