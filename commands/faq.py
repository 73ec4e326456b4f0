"""FAQ: shipped answers from bot/data/faq.json, organiser edits in the database win.

Questions are matched fuzzily (rapidfuzz) on key, keywords and questions in both languages;
a clear match answers, a near one offers "did you mean" buttons.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bot import actions
from bot.context import Context
from bot.errors import NotFound, UserInputError
from bot.i18n import t
from bot.messages import Button
from bot.router import Router
from commands import args
from storage.models import FaqOverride

ANSWER_SCORE = 78
SUGGEST_SCORE = 55
_KEY = re.compile(r"^[a-z0-9_-]{1,30}$")


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


async def entries(ctx: Context) -> list[Entry]:
    merged = {e.key: e for e in shipped()}
    for o in await ctx.storage.faq_overrides():
        if o.deleted:
            merged.pop(o.key, None)
            continue
        merged[o.key] = Entry(o.key, tuple(k.strip() for k in o.keywords.split(",") if k.strip()),
                              {"fr": o.question_fr, "en": o.question_en},
                              {"fr": o.answer_fr, "en": o.answer_en})
    return list(merged.values())


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def rank(query: str, found: list[Entry]) -> list[tuple[Entry, float]]:
    """Entries by how well they match the query, best first."""
    from rapidfuzz import fuzz

    q = _plain(query).strip(" ?!.")
    scored = []
    for entry in found:
        names = [entry.key, *entry.keywords]
        questions = [*entry.question.values()]
        score = max(
            max((fuzz.WRatio(q, _plain(n)) for n in names), default=0),
            max((fuzz.token_set_ratio(q, _plain(n)) for n in questions), default=0) * 0.95,
        )
        scored.append((entry, score))
    return sorted(scored, key=lambda pair: pair[1], reverse=True)


def _answer(ctx: Context, entry: Entry) -> None:
    ctx.reply(f"{entry.text('question', ctx.locale)}\n{entry.text('answer', ctx.locale)}")


async def faq(ctx: Context) -> None:
    found = await entries(ctx)
    query = ctx.args.strip()[:200]
    if not query:
        lines = [t("faq.topics")]
        lines += [f"• {e.key} — {e.text('question', ctx.locale)}" for e in found]
        lines.append(t("faq.topics_footer"))
        ctx.reply("\n".join(lines))
        return
    exact = next((e for e in found if e.key == query.lower()), None)
    ranked = rank(query, found)
    if exact is not None or (ranked and ranked[0][1] >= ANSWER_SCORE):
        _answer(ctx, exact or ranked[0][0])
        return
    close = [e for e, score in ranked[:3] if score >= SUGGEST_SCORE]
    if close:
        ctx.reply(t("faq.did_you_mean"), buttons=tuple(
            Button(e.text("question", ctx.locale)[:60], actions.encode("faq", e.key))
            for e in close))
        return
    if ctx.command_name == "plain":
        ctx.reply(t("faq.plain_unknown"))
    else:
        ctx.reply(t("faq.unknown", query=query[:60]))


async def press_faq(ctx: Context) -> None:
    action = ctx.pressed()
    entry = next((e for e in await entries(ctx) if e.key == action.target), None)
    if entry is None:
        raise NotFound("error.faq_not_found", key=action.target)
    _answer(ctx, entry)


async def faq_set(ctx: Context) -> None:
    parts = args.pipes(ctx.args)
    if len(parts) not in (3, 4) or not all(parts[:3]):
        raise UserInputError("error.faqset_parts")
    key = parts[0].lower()
    if not _KEY.match(key):
        raise UserInputError("error.bad_faq_key", value=parts[0][:30])
    question = args.short_text(parts[1])
    answer = args.short_text(parts[2], args.MAX_DESCRIPTION)
    current = next((e for e in await entries(ctx) if e.key == key), None)
    # A new entry starts with the same text in both languages; an edit changes the
    # organiser's language only.
    q = dict(current.question) if current else {"fr": question, "en": question}
    a = dict(current.answer) if current else {"fr": answer, "en": answer}
    q[ctx.locale], a[ctx.locale] = question, answer
    keywords = parts[3] if len(parts) == 4 else ", ".join(current.keywords if current else ())
    override = FaqOverride(key, args.short_text(keywords), q.get("fr", ""), a.get("fr", ""),
                           q.get("en", ""), a.get("en", ""), False)
    await ctx.storage.faq_set(override, ctx.member.id, ctx.now)
    ctx.reply(t("faqset.done", key=key))


async def faq_delete(ctx: Context) -> None:
    key = ctx.args.strip().lower()
    if not key:
        raise UserInputError("error.missing_faq_key")
    if not any(e.key == key for e in await entries(ctx)):
        raise NotFound("error.faq_not_found", key=key[:30])
    await ctx.storage.faq_set(FaqOverride(key, "", "", "", "", "", True), ctx.member.id, ctx.now)
    ctx.reply(t("faqdel.done", key=key))


def register(router: Router) -> None:
    router.command("faq", faq, aliases=("questions", "question"))
    router.command("faqset", faq_set, aliases=("faqmodifier", "faqajouter"), organizer=True)
    router.command("faqdel", faq_delete, aliases=("faqsupprimer",), organizer=True)
    router.action("faq", press_faq)
