"""The one string catalogue, built as the running bot builds it: the core's strings, every
feature's (registered by `commands.build_router()`) and every adapter's table.

Every key reads in French and English with the same placeholders, every key the code names
exists, and every command spec has the words its platforms are generated from (help line,
parameter labels that are also Discord option names, option descriptions, choice words and
labels). Each test lists everything that is missing, not only the first gap.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import bot.adapters
import bot.web
import commands
from bot import i18n
from bot import strings as core_strings
from bot.router import Router
from bot.spec import CommandSpec, Param
from bot.text import fold

ROOT = Path(__file__).resolve().parents[1]
CODE = ("bot", "commands")
# A literal key handed to t(), Lazy() or an error the core translates...
_CALL = r"""\b(?:t|Lazy|BotError|UserInputError|Conflict|NotFound|Forbidden)\(\s*"""
KEY_USE = re.compile(_CALL + r"""["']([a-z0-9_-]+(?:\.[a-z0-9_-]+)+)["']\s*[,)]""")
# ... or the literal start of a key built at run time: t(f"kind.{kind}"), t("x_" + state).
KEY_PREFIX_USE = re.compile(
    _CALL + r"""(?:f["']([a-z0-9_.-]+)\{|["']([a-z0-9_.-]+)["']\s*\+)""")
OPTION_NAME = re.compile(r"[-_a-z0-9]{1,32}")  # Discord option names, as we fold them
DISCORD_TEXT = 100  # Discord's limit for command and option descriptions and choice names


@dataclass
class Built:
    catalogue: dict[str, dict[str, str]] = field(default_factory=dict)
    router: Router | None = None
    problems: list[str] = field(default_factory=list)
    adapter_tables: list[str] = field(default_factory=list)


def _adapter_tables(built: Built) -> Iterator[tuple[str, dict[str, dict[str, str]]]]:
    """Every module-level `*STRINGS` table under bot/adapters and bot/web (an adapter adds its
    table when it is constructed, which needs tokens and a network; the web agenda when it is
    imported: the tables are read directly)."""
    seen = {id(core_strings.STRINGS)}  # a table re-exported by another module counts once
    modules = [info for package in (bot.adapters, bot.web)
               for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    for module_info in modules:
        try:
            module = importlib.import_module(module_info.name)
        except Exception as err:  # a broken adapter must not hide the other checks
            built.problems.append(f"{module_info.name}: cannot be imported ({err!r})")
            continue
        for name, value in vars(module).items():
            if (name.endswith("STRINGS") and id(value) not in seen and isinstance(value, dict)
                    and all(isinstance(entry, dict) for entry in value.values())):
                seen.add(id(value))
                yield f"{module_info.name}.{name}", value


@pytest.fixture(scope="module")
def built() -> Iterator[Built]:
    """The catalogue from scratch, so strings left by other tests cannot hide a gap."""
    result = Built()
    tables = list(_adapter_tables(result))  # old adapters still extend the core table
    saved = dict(i18n.CATALOGUE)
    i18n.CATALOGUE.clear()
    try:
        i18n.add_strings(core_strings.STRINGS)
        try:
            result.router = commands.build_router()
        except Exception as err:
            result.problems.append(f"commands.build_router() failed: {err!r}")
        for name, table in tables:
            result.adapter_tables.append(name)
            try:
                i18n.add_strings(table)
            except ValueError as err:
                result.problems.append(f"{name}: {err}")
        result.catalogue = {key: dict(entry) for key, entry in i18n.CATALOGUE.items()}
    finally:
        i18n.CATALOGUE.clear()
        i18n.CATALOGUE.update(saved)
    yield result


def _router(built: Built) -> Router:
    if built.router is None:
        pytest.fail("no router to check: " + "; ".join(built.problems))
    return built.router


def _report(problems: list[str], what: str) -> None:
    if problems:
        pytest.fail(f"{len(problems)} {what}:\n  " + "\n  ".join(sorted(set(problems))),
                    pytrace=False)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# -- the catalogue itself ----------------------------------------------------------------------


def test_the_catalogue_builds_without_conflicting_or_broken_tables(built: Built) -> None:
    _report(built.problems, "problems while building the catalogue")


def test_every_string_reads_in_french_and_english_with_the_same_placeholders(
        built: Built) -> None:
    problems = []
    for key, entry in built.catalogue.items():
        for locale in i18n.LOCALES:
            if not (entry.get(locale) or "").strip():
                problems.append(f"{key}: no {locale} text")
        for locale in set(entry) - set(i18n.LOCALES):
            problems.append(f"{key}: unknown locale {locale!r}")
        found: dict[str, set[str]] = {}
        for locale in i18n.LOCALES:
            try:
                found[locale] = _placeholders(entry.get(locale, ""))
            except ValueError as err:
                problems.append(f"{key} [{locale}]: unreadable placeholders ({err})")
        if any("" in names for names in found.values()):
            problems.append(f"{key}: a positional placeholder {{}}; name it")
        if len(found) == 2 and found["fr"] != found["en"]:
            problems.append(f"{key}: placeholders differ, fr {sorted(found['fr'])} "
                            f"en {sorted(found['en'])}")
    _report(problems, "strings incomplete")


def test_every_key_named_in_the_code_exists(built: Built) -> None:
    problems = []
    for folder in CODE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            where = path.relative_to(ROOT)
            for match in KEY_USE.finditer(source):
                if match.group(1) not in built.catalogue:
                    line = source.count("\n", 0, match.start()) + 1
                    problems.append(f"{where}:{line}: {match.group(1)!r} is not in the "
                                    "catalogue")
            for match in KEY_PREFIX_USE.finditer(source):
                prefix = match.group(1) or match.group(2)
                if not any(key.startswith(prefix) for key in built.catalogue):
                    line = source.count("\n", 0, match.start()) + 1
                    problems.append(f"{where}:{line}: no key in the catalogue starts with "
                                    f"{prefix!r}")
    _report(problems, "keys used but missing")


# -- what every command spec needs ----------------------------------------------------------


def _choice_keys(param: Param) -> list[str]:
    if param.kind != "choice":
        return []
    return [f"{prefix}.{param.name}.{value}" for value in param.values
            for prefix in ("word", "choice")]


def _needed(spec: CommandSpec) -> list[tuple[str, bool]]:
    """(key, shown by Discord with its 100-character limit) for every key the spec needs."""
    keys = [(spec.help_key, True)]
    for param in spec.params:
        keys.append((param.label_key, False))
        keys.append((f"optdesc.{spec.name}.{param.name}", True))
        keys += [(key, key.startswith("choice.")) for key in _choice_keys(param)]
    return keys


def test_every_command_has_its_help_labels_descriptions_and_choice_words(
        built: Built) -> None:
    problems = []
    for spec in _router(built).commands:
        for key, discord_text in _needed(spec):
            entry = built.catalogue.get(key)
            if entry is None:
                problems.append(f"/{spec.name}: missing {key}")
                continue
            for locale in i18n.LOCALES:
                length = len(entry.get(locale, ""))
                if discord_text and length > DISCORD_TEXT:
                    problems.append(f"/{spec.name}: {key} [{locale}] is {length} characters; "
                                    f"Discord shows {DISCORD_TEXT} at most")
    _report(problems, "command strings missing or too long")


def test_choice_words_shown_in_usage_lines_are_understood(built: Built) -> None:
    problems = []
    for spec in _router(built).commands:
        for param in spec.params:
            if param.kind != "choice":
                continue
            for value in param.values:
                entry = built.catalogue.get(f"word.{param.name}.{value}")
                for locale, word in (entry or {}).items():
                    folded = fold(word)
                    understood = param.words.get(folded) or (
                        folded if folded in param.values else None)
                    if understood != value:
                        problems.append(
                            f"/{spec.name} {param.name}: the {locale} word {word!r} for "
                            f"{value!r} is read as {understood!r}")
    _report(problems, "choice words that the parser would not understand")


def test_parameter_labels_are_valid_and_distinct_discord_option_names(built: Built) -> None:
    problems = []
    for spec in _router(built).commands:
        for locale in i18n.LOCALES:
            names: dict[str, str] = {}
            for param in spec.params:
                label = built.catalogue.get(param.label_key, {}).get(locale)
                if label is None:
                    continue  # reported as missing by the test above
                name = fold(label)
                if OPTION_NAME.fullmatch(name) is None:
                    problems.append(f"/{spec.name}: {param.label_key} [{locale}] {label!r} "
                                    f"folds to {name!r}, not a Discord option name "
                                    "(1-32 of a-z 0-9 - _)")
                if name in names:
                    problems.append(f"/{spec.name} [{locale}]: {param.name} and "
                                    f"{names[name]} would both be the option {name!r}")
                names[name] = param.name
    _report(problems, "parameter labels that Discord would refuse")
