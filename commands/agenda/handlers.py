"""/mycalendar: a member's private feed of the events they go to, and its revocation; the
scheduler job that lets /healthz tell the tick's age."""

from __future__ import annotations

from collections.abc import Mapping

from bot.context import Context
from bot.i18n import t
from bot.jobs import JobContext
from bot.links import public_base

# The one word after /mycalendar that stops the link, as members say it (accents aside):
# « arrête », « supprimer », « désactiver », a doubled letter (« stopp »), "delete"…
STATE_WORDS: Mapping[str, str] = dict.fromkeys((
    "stop", "stopp", "arreter", "arrete", "arretez", "arret", "off", "revoquer", "revoke",
    "effacer", "efface", "supprimer", "supprime", "supprimez", "desactiver", "desactive",
    "annuler", "annule", "couper", "coupe", "delete", "remove", "disable", "cancel"), "stop")


def personal_feed_url(base: str, token: str) -> str:
    return f"{base}/me/{token}.ics"


def personal_page_url(base: str, token: str) -> str:
    """The page with the « Subscribe » button (`bot.web.server.WebServer.personal_page`)."""
    return f"{base}/me/{token}"


async def my_calendar(ctx: Context) -> None:
    feeds = ctx.storage.feeds
    if ctx.values.get("state") == "stop":
        done = await feeds.revoke(ctx.member.id)
        ctx.reply(t("mycalendar.revoked" if done else "mycalendar.none"), private=True)
        return
    base = public_base(ctx.core.settings)
    if base is None:
        ctx.reply(t("mycalendar.unavailable"), private=True)
        return
    token = await feeds.token(ctx.member.id, ctx.now)
    ctx.reply(t("mycalendar.link", page=personal_page_url(base, token),
                url=personal_feed_url(base, token)), private=True)


async def note_tick(job: JobContext) -> None:
    """The scheduler ran: /healthz reports how long ago. The first tick of a process also
    seals the calendar links an earlier version stored as they were (`Feeds.seal_stored`)."""
    feeds = job.core.storage.feeds
    feeds.last_tick = job.now
    await feeds.seal_stored()
