"""Logs never show a token, an interaction token, or a member's last name or username.

The real adapters run against the fakes with logging set up exactly as `python -m bot run`
sets it up (`bot.logsafe.setup`), at DEBUG and at INFO; the captured text is then searched.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_discord_adapter import MEMBERS, launch, shutdown
from test_telegram_adapter import ORGA, TOKEN, card_messages, new_event, start_harness

from bot import logsafe
from fakes.discord_api import FakeDiscord, Member
from fakes.telegram_api import FakeTelegram
from recording import NOW, Clock

# A member whose Discord username must not leak (Discord has no last name).
ZOE = Member(1099, "Zoé Quintard")
DISCORD_TOKEN = "MTA5OTk5OTk5OTk5OTk5OTk5OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789"


class Captured:
    """Logging set up as `python -m bot run` does, into a string."""

    def __init__(self) -> None:
        self.stream = io.StringIO()
        self.handlers: list[logging.Handler] = []

    def setup(self, level: str, secrets: tuple[str, ...]) -> None:
        self.handlers.append(logsafe.setup(level, secrets, stream=self.stream))

    @property
    def text(self) -> str:
        return self.stream.getvalue()


@pytest.fixture
def captured() -> Iterator[Captured]:
    levels = {name: logging.getLogger(name).level
              for name in ("", *logsafe.NOISY, *logsafe.QUIET)}
    capture = Captured()
    yield capture
    for handler in capture.handlers:
        logsafe.remove(handler)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def test_redactor_masks_known_shapes() -> None:
    redactor = logsafe.Redactor(["configured-secret-value-123"])
    text = redactor.redact(
        "url /bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe "
        "POST /interactions/123/aW50ZXJhY3Rpb246MTIz/callback "
        "PATCH /webhooks/55/aW50ZXJhY3Rpb246MTIz/messages/@original "
        "{'last_name': 'Martin', \"username\": \"camille_m\"} "
        "User(first_name='Camille', last_name='Martin', username='camille_m') "
        "configured-secret-value-123")
    for leaked in ("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "aW50ZXJhY3Rpb246MTIz", "Martin",
                   "camille_m", "configured-secret-value-123"):
        assert leaked not in text
    assert "/interactions/123/<token>/callback" in text
    assert "first_name='Camille'" in text


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
async def test_telegram_logs_hold_no_token_nor_last_name_nor_username(
        level: str, tmp_path: Path, captured: Captured) -> None:
    captured.setup(level, (TOKEN,))
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        try:
            event_id = await new_event(tg)
            card = card_messages(await tg.say(ORGA, f"/event {event_id}"))[0]
            await tg.press(ORGA, card, f"v1:rsvp:{event_id}:going")
            await tg.press(ORGA, card, "v1:rsvp:99999999999999999999999999999999999999:going")
        finally:
            await tg.close()
    text = captured.text
    if level == "DEBUG":
        assert logging.getLogger("bot").isEnabledFor(logging.DEBUG)  # really at DEBUG
    for leaked in (TOKEN, TOKEN.split(":")[1], ORGA["last_name"], ORGA["username"]):
        assert leaked not in text, f"{leaked!r} in logs at {level}"


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
async def test_discord_logs_hold_no_token_nor_interaction_token_nor_username(
        level: str, tmp_path: Path, captured: Captured) -> None:
    captured.setup(level, (DISCORD_TOKEN,))
    tokens = []
    async with FakeDiscord(members=[*MEMBERS, ZOE], token=DISCORD_TOKEN) as fake:
        dc = await launch(fake, tmp_path / "d.db", Clock(NOW), discord_token=DISCORD_TOKEN)
        try:
            for name in ("events", "myevents"):
                payload = fake.slash(name, user=ZOE.user_id)
                tokens.append(payload["token"])
                await dc.run(payload)
        finally:
            await shutdown(dc)
    text = captured.text
    if level == "DEBUG":
        assert logging.getLogger("bot").isEnabledFor(logging.DEBUG)
    assert fake.calls_to("POST", f"/{tokens[0]}/")  # the interaction token was really used
    username = ZOE.user()["username"]
    for leaked in (DISCORD_TOKEN, *[f"/{t}/" for t in tokens], username):
        assert leaked not in text, f"{leaked!r} in logs at {level}"
