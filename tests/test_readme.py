"""The README's command tables name every command the router has, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

from commands import build_router

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_command_is_in_the_readme_tables() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Commands"):text.index("## Rules the bot keeps")]
    listed = set(re.findall(r"^\| `/([a-z]+)", section, flags=re.MULTILINE))
    router = build_router()
    shown = {spec.name for spec in router.commands if not spec.platforms}
    assert listed == shown
    for spec in router.commands:
        row = next(line for line in section.splitlines()
                   if re.match(rf"\| `/{spec.name}[ `]", line))
        for alias in spec.aliases:
            assert f"`/{alias}`" in row, (spec.name, alias)
