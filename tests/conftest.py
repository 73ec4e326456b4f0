from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import create_core
from bot.config import Settings
from recording import NOW, Bot, Clock, RecordingAdapter


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection outside this machine fails the test (PTB tests do the same)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1",
                                                                              "localhost")):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                raise AssertionError(f"test tried to reach {host}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "focus.db"


async def _running(db_path: Path, *, seed_demo: bool) -> AsyncIterator[Bot]:
    clock = Clock(NOW)
    core = await create_core(Settings(database_path=db_path), clock=clock, card_interval=0,
                             seed_demo=seed_demo)
    platform = RecordingAdapter()
    core.add_adapter(platform)
    await platform.start(core)
    yield Bot(core, platform, clock)
    await core.idle()
    await core.storage.close()


@pytest.fixture
async def bot(db_path: Path) -> AsyncIterator[Bot]:
    async for running in _running(db_path, seed_demo=False):
        yield running


@pytest.fixture
async def demo(db_path: Path) -> AsyncIterator[Bot]:
    """A fresh install: #1 the demo board-game night (Friday 27 November, 19:30 Paris),
    #2 the demo screening (Saturday 28 November, 20:00)."""
    async for running in _running(db_path, seed_demo=True):
        yield running


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[Any]:
    """The real Telegram adapter against the fake platform (tests/test_telegram_adapter.py's
    harness), for the test files that drive Telegram beside other things."""
    import test_telegram_adapter as tga

    from fakes.telegram_api import FakeTelegram

    async with FakeTelegram(tga.TOKEN) as server:
        harness = await tga.start_harness(server, tmp_path)
        try:
            yield harness
        finally:
            await harness.close()
