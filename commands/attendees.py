"""Who is coming: for organisers only, with a CSV export for the door list."""

from __future__ import annotations

import csv
import io

from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import PARIS, t
from bot.messages import Attachment
from bot.router import Router
from commands.events import load_event


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        # A leading = + - @ would be a formula in a spreadsheet: neutralise it.
        writer.writerow(["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


async def attendees(ctx: Context) -> None:
    if not ctx.args:
        raise UserInputError("error.missing_event_id")
    event = await load_event(ctx, ctx.args.split()[0])
    people = await ctx.storage.attendees(event.id)
    going = [p for p in people if p.state == "going"]
    lines = [t("attendees.header", id=event.id, title=event.title)]
    lines.append(t("attendees.going", count=len(going), seats=sum(p.seats for p in going),
                   capacity=event.capacity or "∞"))
    lines += [f"  • {p.display_name}" + (f" (+{p.seats - 1})" if p.seats > 1 else "")
              for p in going]
    maybe = [p for p in people if p.state == "maybe"]
    lines.append(t("attendees.maybe", count=len(maybe)))
    lines += [f"  • {p.display_name}" for p in maybe]
    waiting = [p for p in people if p.state == "waitlisted"]
    lines.append(t("attendees.waitlist", count=len(waiting)))
    lines += [f"  {i}. {p.display_name}" + (f" (+{p.seats - 1})" if p.seats > 1 else "")
              for i, p in enumerate(waiting, 1)]
    header = [t("csv.name"), t("csv.platform"), t("csv.state"), t("csv.seats"),
              t("csv.position"), t("csv.updated")]
    rows = [header]
    for p in people:
        position = str(waiting.index(p) + 1) if p in waiting else ""
        rows.append([p.display_name, p.platform, t(f"csv.state_{p.state}"), str(p.seats),
                     position, p.updated_at.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")])
    ctx.reply("\n".join(lines), private=True,
              attachment=Attachment(f"participants-{event.id}.csv", _csv(rows), "text/csv"))


def register(router: Router) -> None:
    router.command("attendees", attendees, aliases=("participants", "inscrits", "liste"),
                   organizer=True)
