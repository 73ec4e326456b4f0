"""Session 8, helper org3: a volunteer organiser on her phone (Telegram, French) in the
guided creation (/creer alone), through the real Telegram adapter against its fake."""

from __future__ import annotations

from pathlib import Path

from test_s8_org2_guided import _plain, _say
from test_telegram_adapter import ORGA, running

from fakes.telegram_api import private_chat


async def test_a_sticker_at_the_date_step_repeats_the_question(tmp_path: Path) -> None:
    """At « Quand ? » she sent a 👍 sticker (her phone's keyboard offers them first): she
    read « Il manque la date. Exemples : … » as if she had forgotten something. The step's
    question comes again, saying only what is written is read."""
    async with running(tmp_path) as tg:
        await _say(tg, "/creer")
        await _say(tg, "jeux")
        said = await _say(tg, "Soirée jeux de Noël")
        assert "Quand ?" in said, said
        before = set(tg.fake.messages)
        tg.fake.send_media(ORGA, private_chat(ORGA), "sticker")
        tg.pushed += 1
        await tg.settle()
        told = _plain("\n".join(m.visible for k, m in sorted(tg.fake.messages.items())
                                 if k not in before))
        assert "Il manque la date" not in told, told
        assert "Quand ?" in told and "écrit" in told, told
