"""The FAQ's commands and its "did you mean" button."""

from __future__ import annotations

from bot import actions
from bot.actions import Action
from bot.context import Context
from bot.errors import NotFound
from bot.i18n import t
from bot.messages import Button
from bot.text import fold
from commands.faq.answers import ANSWER_SCORE, SUGGEST_SCORE, Entry, entries, rank
from commands.faq.parsers import MAX_KEY, MAX_QUERY
from storage.models import FaqOverride


def _answer(ctx: Context, entry: Entry) -> None:
    ctx.reply(f"{entry.text('question', ctx.locale)}\n{entry.text('answer', ctx.locale)}")


async def faq(ctx: Context) -> None:
    """/faq [question], and every plain private message: the core calls this handler with
    the message in `ctx.args`, no command name and no values."""
    plain = not ctx.command_name
    query = (ctx.args if plain else ctx.value("question", "")).strip()[:MAX_QUERY]
    found = await entries(ctx.storage)
    if not query:
        lines = [t("faq.topics")]
        lines += [f"• {e.key} — {e.text('question', ctx.locale)}" for e in found]
        lines.append(t("faq.topics_footer"))
        ctx.reply("\n".join(lines))
        return
    exact = next((e for e in found if fold(e.key) == fold(query)), None)
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
    if plain:
        ctx.reply(t("faq.plain_unknown"))
    else:
        ctx.reply(t("faq.unknown", query=query[:60]))


async def press_faq(ctx: Context, action: Action) -> None:
    """A "did you mean" button: the entry may have been deleted since it was offered."""
    entry = next((e for e in await entries(ctx.storage) if e.key == action.target), None)
    if entry is None:
        raise NotFound("error.faq_not_found", key=action.target)
    _answer(ctx, entry)


async def faq_set(ctx: Context) -> None:
    """/faqset key | question | answer [| keywords]: a new entry starts with the same text in
    both languages; an edit changes the organiser's language only, and keeps the keywords
    unless new ones are given."""
    key: str = ctx.values["key"]
    question: str = ctx.values["question"]
    answer: str = ctx.values["answer"]
    current = next((e for e in await entries(ctx.storage) if e.key == key), None)
    q = dict(current.question) if current else {"fr": question, "en": question}
    a = dict(current.answer) if current else {"fr": answer, "en": answer}
    q[ctx.locale], a[ctx.locale] = question, answer
    keywords = ctx.value("keywords") or ", ".join(current.keywords if current else ())
    override = FaqOverride(key, keywords, q.get("fr", ""), a.get("fr", ""),
                           q.get("en", ""), a.get("en", ""), False)
    await ctx.storage.faq.save(override, ctx.member.id, ctx.now)
    ctx.reply(t("faqset.done", key=key))


async def faq_delete(ctx: Context) -> None:
    key: str = ctx.values["key"]
    if not any(e.key == key for e in await entries(ctx.storage)):
        raise NotFound("error.faq_not_found", key=key[:MAX_KEY])
    await ctx.storage.faq.save(FaqOverride(key, "", "", "", "", "", True), ctx.member.id, ctx.now)
    ctx.reply(t("faqdel.done", key=key))
