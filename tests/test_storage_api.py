"""The storage layout other helpers build on: one object per aggregate, documented, with no
module reaching into another's private names, and the member cache following erasure."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import storage
from recording import NOW
from storage import Storage

STORAGE_DIR = Path(storage.__file__).parent
AGGREGATES = ("members", "events", "rsvps", "cards", "faq", "reminders", "series",
              "announcements", "drafts", "party", "attendance", "posters", "feeds", "waiting",
              "outbox", "relay")


async def test_every_aggregate_method_is_listed_in_the_api_docstring(db_path: Path) -> None:
    store = await Storage.open(db_path)
    try:
        held = {n for n, v in vars(store).items() if n != "db" and not n.startswith("_")}
        assert held == set(AGGREGATES), "a new aggregate must be listed here and documented"
        doc = storage.__doc__ or ""
        for name in AGGREGATES:
            aggregate = getattr(store, name)
            assert f"storage.{name} " in doc, name
            methods = [m for m, _ in inspect.getmembers(aggregate, inspect.iscoroutinefunction)
                       if not m.startswith("_")]
            assert methods, name
            for method in methods:
                assert f"{method}(" in doc, f"storage.{name}.{method} missing from the API doc"
    finally:
        await store.close()


# Once an exception (issue 11): Database.run_write used aiosqlite's private
# Connection._execute/_conn. Since session 12 it runs on the loop's thread with the writer's
# own sqlite3 connection (storage.base.connect_shared): no exception left.
AIOSQLITE_PRIVATE: set[tuple[str, str]] = set()


def test_no_storage_module_imports_another_modules_private_names() -> None:
    for path in sorted(STORAGE_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                    and not node.attr.startswith("__") \
                    and (path.name, node.attr) not in AIOSQLITE_PRIVATE:
                owner = node.value
                assert isinstance(owner, ast.Name) and owner.id in ("self", "cls"), \
                    f"{path.name}:{node.lineno} reaches into .{node.attr}"


async def test_erased_member_comes_back_as_a_new_member(db_path: Path) -> None:
    """After /forgetme the same account writing again is a stranger: a fresh row, not the
    cached member whose row is gone (which would break every foreign key)."""
    store = await Storage.open(db_path)
    try:
        ana = await store.members.identify("test", "ana", "Ana", NOW)
        await store.members.identify("test", "ben", "Ben", NOW)  # ids are not reused
        await store.members.update(ana.id, language="en")
        await store.members.erase(ana.id, NOW)
        again = await store.members.identify("test", "ana", "Ana", NOW)
        assert again.id != ana.id
        assert again.language is None
        assert await store.members.get(ana.id) is None
        assert await store.members.get(again.id) == again
    finally:
        await store.close()
