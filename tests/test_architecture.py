"""The house keeps its shape: no import loops, the core knows no feature, adapters never
reach storage, commands never see a platform library. Read from the source, not run."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "commands", "storage")
ROOTS_OF_COMPOSITION = {"bot.app", "bot.__main__", "bot.ops"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found[_module_name(path)] = path
    return found


MODULES = _modules()


def _resolve(name: str) -> str | None:
    """The module of ours that `name` denotes (a module, or a name inside a package)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str) -> dict[str, set[str]]:
    """Every import of `module` (TYPE_CHECKING ones too): target -> names taken."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.setdefault(alias.name, set())
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                target = full if _resolve(full) == full else base
                found.setdefault(target, set()).add(alias.name)
    return found


GRAPH = {m: {t for t in (_resolve(i) for i in _imports(m)) if t and t != m} for m in MODULES}


def _external(module: str) -> set[str]:
    return {i.split(".")[0] for i in _imports(module)}


def test_no_import_loop() -> None:
    state: dict[str, int] = {}
    stack: list[str] = []
    loops: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                loops.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
    assert loops == []


def test_the_core_knows_no_feature() -> None:
    wrong = {m: sorted(t for t in GRAPH[m] if t.startswith("commands"))
             for m in GRAPH if m.startswith("bot") and m not in ROOTS_OF_COMPOSITION}
    assert {m: t for m, t in wrong.items() if t} == {}


def test_adapters_never_touch_storage() -> None:
    wrong = {m: sorted(t for t in GRAPH[m] if t.startswith(("storage", "commands")))
             for m in GRAPH if m.startswith("bot.adapters")}
    assert {m: t for m, t in wrong.items() if t} == {}


def test_commands_see_no_platform_and_no_engine() -> None:
    for module in (m for m in GRAPH if m.startswith("commands")):
        assert not _external(module) & {"discord", "telegram"}, module
        banned = [t for t in GRAPH[module] if t in ("bot.core", "bot.scheduler", "bot.app")
                  or t.startswith("bot.adapters")]
        assert banned == [], module


def test_storage_stands_alone() -> None:
    wrong = {m: sorted(t for t in GRAPH[m] if not t.startswith("storage"))
             for m in GRAPH if m.startswith("storage")}
    assert {m: t for m, t in wrong.items() if t} == {}


def test_nobody_reaches_into_private_names() -> None:
    wrong = []
    for module in MODULES:
        for target, names in _imports(module).items():
            mine = _resolve(target)
            if mine and mine != module:
                wrong += [f"{module} -> {target}.{n}" for n in names if n.startswith("_")
                          and not n.startswith("__")]
    assert wrong == []
