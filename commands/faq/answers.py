"""The FAQ's knowledge: shipped answers (bot/data/faq.json) under organisers' edits. How a
question finds its answer is commands.faq.understand."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from commands.faq.parsers import keywords
from storage import Storage


@dataclass(frozen=True)
class Entry:
    key: str
    keywords: tuple[str, ...]
    question: dict[str, str]
    answer: dict[str, str]

    def text(self, part: str, locale: str) -> str:
        values = self.question if part == "question" else self.answer
        return values.get(locale) or values.get("fr") or values.get("en") or ""


@lru_cache(maxsize=1)
def shipped() -> tuple[Entry, ...]:
    raw = resources.files("bot").joinpath("data/faq.json").read_text(encoding="utf-8")
    return tuple(
        Entry(e["key"], tuple(e.get("keywords", ())),
              {"fr": e["question_fr"], "en": e["question_en"]},
              {"fr": e["answer_fr"], "en": e["answer_en"]})
        for e in json.loads(raw)["entries"]
    )


async def entries(storage: Storage) -> list[Entry]:
    """Every entry a member can read now: an organiser's edit or deletion wins over the
    shipped entry with the same key."""
    merged = {e.key: e for e in shipped()}
    for o in await storage.faq.overrides():
        if o.deleted:
            merged.pop(o.key, None)
            continue
        merged[o.key] = Entry(o.key, keywords(o.keywords),
                              {"fr": o.question_fr, "en": o.question_en},
                              {"fr": o.answer_fr, "en": o.answer_en})
    return list(merged.values())

