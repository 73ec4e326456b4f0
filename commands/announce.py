"""Organisers publish an event card, or a plain text, to every announcement channel."""

from __future__ import annotations

import re

from bot.cards import build_card
from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import t
from bot.messages import Reply
from bot.router import Router
from commands import args
from commands.events import load_event

_EVENT_REF = re.compile(r"^#?\d{1,9}$")
MAX_ANNOUNCEMENT = 3000


async def announce(ctx: Context) -> None:
    text = ctx.args.strip()
    if not text:
        raise UserInputError("error.announce_empty")
    if _EVENT_REF.match(text):
        event = await load_event(ctx, text)
        if event.cancelled:
            raise UserInputError("error.event_cancelled_announce", id=event.id)
        if event.starts_at <= ctx.now:
            raise UserInputError("error.event_past_announce", id=event.id)
        counts = await ctx.storage.counts(event.id)
        reached = await ctx.core.publish(lambda: Reply(card=build_card(event, counts)),
                                         event_id=event.id)
    else:
        body = args.short_text(text, MAX_ANNOUNCEMENT)
        reached = await ctx.core.publish(lambda: Reply(t("announce.prefix") + "\n" + body))
    if reached == 0:
        ctx.reply(t("announce.no_channel"))
    else:
        ctx.reply(t("announce.done", count=reached))


def register(router: Router) -> None:
    router.command("announce", announce, aliases=("annoncer", "annonce"), organizer=True)
