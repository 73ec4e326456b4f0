"""What we hold about a member: language, a full export (/mydata), erasure (/forgetme).

Many members are minors: we keep a platform id, a display name, a language and their answers,
nothing else, and anyone can see and erase it.
"""

from __future__ import annotations

from typing import Any

from bot import actions
from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import format_when, t, using
from bot.messages import Button
from bot.router import Router
from bot.strings import STRINGS
from commands.events import card_reply, load_event, notify_promoted

_LANGS = {"fr": "fr", "francais": "fr", "français": "fr", "french": "fr",
          "en": "en", "english": "en", "anglais": "en"}
_CONFIRM = ("confirm", "confirmer", "oui", "yes")


async def language(ctx: Context) -> None:
    chosen = _LANGS.get(ctx.args.strip().lower())
    if chosen is None:
        raise UserInputError("error.bad_language", value=ctx.args.strip()[:20])
    await ctx.storage.update_member(ctx.member.id, language=chosen)
    with using(chosen):
        ctx.reply(t("language.done"))


async def my_data(ctx: Context) -> None:
    """Everything we hold, in plain words: identity, settings, reachability, answers,
    reminder history and what they created."""
    data = await ctx.storage.member_data(ctx.member.id)
    member = data["member"]
    lines = [
        t("mydata.header"),
        t("mydata.identity", platform=member.platform, user_id=member.platform_user_id,
          name=member.display_name),
        t("mydata.language", language=member.language or t("mydata.language_auto")),
        t("mydata.reminders_" + ("on" if member.reminders else "off")),
        t("mydata.since", when=format_when(data["created_at"])),
        t(f"mydata.reach_{member.unreachable or 'ok'}"),
    ]
    if member.notice_pending:
        lines.append(t("mydata.notice_pending"))
    if data["rsvps"]:
        lines.append(t("mydata.rsvps"))
        for r in data["rsvps"]:
            lines.append(f"• #{r['event_id']} {r['title']} — {format_when(r['starts_at'])} — "
                         + t(f"myevents.{r['state']}", seats=r["seats"], position="?"))
    else:
        lines.append(t("mydata.no_rsvps"))
    if data["reminders"]:
        lines.append(t("mydata.reminders_history"))
        for r in data["reminders"]:
            lines.append(t("mydata.reminder_line", id=r["event_id"], title=r["title"],
                           offset=_offset(r["offset_seconds"]), status=_reminder_status(r)))
    if data["events_created"]:
        lines.append(t("mydata.created", ids=", ".join(f"#{e['event_id']}"
                                                        for e in data["events_created"])))
    if data["series_created"]:
        lines.append(t("mydata.series", items=", ".join(
            f"n°{s['series_id']} {s['title']}" for s in data["series_created"])))
    if data["announcements_scheduled"]:
        lines.append(t("mydata.announcements", items=", ".join(
            f"#{a['event_id']} ({format_when(a['at'])})"
            for a in data["announcements_scheduled"])))
    if data["faq_edited"]:
        lines.append(t("mydata.faq", keys=", ".join(data["faq_edited"])))
    lines.append(t("mydata.footer"))
    ctx.reply("\n".join(lines), private=True)


def _offset(seconds: int) -> str:
    if seconds < 0:
        return t("mydata.offset_summary")
    if seconds >= 86_400 and seconds % 86_400 == 0:
        return t("mydata.offset_days", n=seconds // 86_400)
    if seconds >= 3600 and seconds % 3600 == 0:
        return t("mydata.offset_hours", n=seconds // 3600)
    return t("mydata.offset_minutes", n=max(1, round(seconds / 60)))


def _reminder_status(row: dict[str, Any]) -> str:
    if row["status"] == "sent" and row["sent_at"] is not None:
        return t("mydata.reminder_sent", when=format_when(row["sent_at"]))
    key = f"mydata.reminder_{row['status']}"
    return t(key) if key in STRINGS else t("mydata.reminder_skipped")


async def forget_me(ctx: Context) -> None:
    if ctx.args.strip().lower() in _CONFIRM:
        await _erase(ctx)
        return
    ctx.reply(t("forgetme.confirm"), private=True,
              buttons=(Button(t("button.forget_confirm"), actions.encode("forget", "me", "yes")),
                       Button(t("button.forget_cancel"), actions.encode("forget", "me", "no"))))


async def press_forget(ctx: Context) -> None:
    if ctx.pressed().arg == "yes":
        await _erase(ctx)
    else:
        ctx.reply(t("forgetme.kept"), private=True)


async def _erase(ctx: Context) -> None:
    promoted = await ctx.storage.delete_member(ctx.member.id, ctx.now)
    for event_id in {e for e, _ in promoted}:
        event = await ctx.storage.get_event(event_id)
        if event is not None:
            notify_promoted(ctx, event, [p for e, p in promoted if e == event_id])
    for event_id in {e for e, _ in promoted}:
        ctx.core.cards_changed(event_id)
    ctx.reply(t("forgetme.done"), private=True)


async def start(ctx: Context) -> None:
    """Telegram deep links land here: `/start event_12` opens the event privately."""
    payload = ctx.args.strip()
    if payload.startswith("event_"):
        await card_reply(ctx, await load_event(ctx, payload.removeprefix("event_")))
        return
    ctx.reply(t("start.welcome", name=ctx.member.display_name))


def register(router: Router) -> None:
    router.command("language", language, aliases=("langue", "lang"))
    router.command("mydata", my_data, aliases=("mesdonnees", "donnees"))
    router.command("forgetme", forget_me, aliases=("oubliemoi", "effacer"))
    router.command("start", start, aliases=("demarrer", "bienvenue"))
    router.action("forget", press_forget)
