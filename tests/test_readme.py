"""The README's command tables name every command the router has, and nothing else, each with
its real parameters; the files, migrations and benchmark figures it names exist."""

from __future__ import annotations

import re
from pathlib import Path

from bot.i18n import t, using
from bot.spec import CommandSpec, usage_line
from commands import build_router

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
# A choice of more values than this is shown in the tables by its label (`[kind]`, `<field>`),
# as the whole list would not fit a table's cell; fewer are shown as typed (`[fr|en]`).
LISTED_CHOICES = 3


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## Commands"):text.index("## Rules the bot keeps")]


def _row(section: str, name: str) -> str:
    return next(line for line in section.splitlines() if re.match(rf"\| `/{name}[ `]", line))


def test_every_command_is_in_the_readme_tables() -> None:
    section = _section()
    listed = set(re.findall(r"^\| `/([a-z]+)", section, flags=re.MULTILINE))
    router = build_router()
    shown = {spec.name for spec in router.commands if not spec.platforms}
    assert listed == shown
    for spec in router.commands:
        row = _row(section, spec.name)
        for alias in spec.aliases:
            assert f"`/{alias}`" in row, (spec.name, alias)


def _table_usage(spec: CommandSpec) -> str:
    """The English usage line, long choices shortened to their label."""
    line = usage_line(spec, spec.name)
    for param in spec.params:
        if param.kind == "choice" and len(param.values) > LISTED_CHOICES:
            words = "|".join(t(f"word.{param.name}.{v}") for v in param.values)
            line = line.replace(words, param.prefix + t(param.label_key), 1)
    return line


def test_each_table_row_shows_the_commands_real_parameters() -> None:
    """A reader copies the first cell: it is the usage line the bot itself gives."""
    section = _section()
    with using("en"):
        for spec in build_router().commands:
            if spec.platforms:
                continue
            cell = _row(section, spec.name).split("` |")[0].removeprefix("| `")
            assert cell.replace("\\|", "|") == _table_usage(spec), spec.name


def test_the_files_migrations_and_figures_the_readme_names_exist() -> None:
    text = README.read_text(encoding="utf-8")
    named = set(re.findall(r"\b((?:tests|bench|deploy)/[\w./-]+\.(?:py|tsv|service|timer))", text))
    assert named, "the README names no file"
    assert not [path for path in sorted(named) if not (ROOT / path).exists()]
    migrations = {p.name[:4] for p in (ROOT / "storage" / "migrations").glob("[0-9]*.sql")}
    cited = set(re.findall(r"migrations? (\d{4})", text))
    assert cited and cited <= migrations, cited - migrations
    burst = (ROOT / "bench" / "rsvp_burst.py").read_text(encoding="utf-8")
    figures = set(re.findall(r"`(\w+_(?:rsvp|ms|raw))`", text))
    assert figures and not [f for f in sorted(figures) if f'"{f}"' not in burst]
