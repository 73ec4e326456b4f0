"""Who is coming: for organisers only, with a CSV export for the door list."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import PARIS, t
from bot.messages import Attachment
from bot.router import Router
from commands.events import load_event

# Invisible characters a name may start with: BOM, zero-width and joiners, word joiner.
_INVISIBLE = re.compile(r"^[\ufeff\u200b-\u200f\u2060-\u2064\u180e\s]+")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(cell: str) -> str:
    """A cell a spreadsheet would read as a formula gets a leading apostrophe.

    Checked on the NFKC form without leading invisible characters, so a BOM, a zero-width
    space or a full-width ＝＋－＠ cannot slip a formula past the check.
    """
    probe = _INVISIBLE.sub("", unicodedata.normalize("NFKC", cell))
    if cell[:1] in _FORMULA or probe[:1] in _FORMULA:
        return "'" + cell
    return cell


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([_safe_cell(c) for c in row])
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
    # Positions by member id: one pass, not a list search per row (8,000 answers took 10 s).
    places = {p.member_id: n for n, p in enumerate(waiting, 1)}
    for p in people:
        place = places.get(p.member_id) if p.state == "waitlisted" else None
        position = str(place) if place is not None else ""
        rows.append([p.display_name, p.platform, t(f"csv.state_{p.state}"), str(p.seats),
                     position, p.updated_at.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")])
    ctx.reply("\n".join(lines), private=True,
              attachment=Attachment(f"participants-{event.id}.csv", _csv(rows), "text/csv"))


def register(router: Router) -> None:
    router.command("attendees", attendees, aliases=("participants", "inscrits", "liste"),
                   organizer=True)
