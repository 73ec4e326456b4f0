"""Accounts nobody uses are not kept for ever: 24 months without a message or a button
(`UNUSED`), the account is told privately that its data will be erased, and 30 days later
(`NOTICE`), without a word from it meanwhile, it is erased as /forgetme does (answers,
settings, everything in /mydata; the anonymous counts of past events stay).

Why: many members are minors who stop using the bot without erasing anything. The period is
the association's choice, said in /mydata and the README; it is no legal deadline. Someone
who cannot be reached privately (never opened the private chat, blocked the bot) is erased
30 days after the attempt all the same. Any message or button, on the day, counts as use
(`storage.members.identify`) and withdraws the notice. An account holding a seat or a
waitlist place for an event still to come (booked long ahead, nothing more to say) is
neither told nor erased before that evening. People registered at the desk have
their own, shorter rule (erased when the event's books close). The job runs after the other
features' jobs, the reminders and the books (`commands.account.register`, `AFTER`).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from bot import actions
from bot.i18n import PARIS, format_day, t
from bot.jobs import JobContext
from bot.messages import Button, Reply
from commands.account.handlers import asked_stamp

log = logging.getLogger(__name__)

__all__ = ["NOTICE", "UNUSED", "forget_unused"]

UNUSED = timedelta(days=730)  # 24 months without using the bot
NOTICE = timedelta(days=30)  # told this long before the erasure


async def forget_unused(job: JobContext) -> None:
    """Tell the accounts unused for `UNUSED` minus `NOTICE`, once; erase those told at least
    `NOTICE` ago that stayed silent. Most ticks: two reads, nothing to do."""
    if job.stopping():
        return
    core, now = job.core, job.now
    members = core.storage.members
    told_before = now - UNUSED + NOTICE
    for who in await members.unused(told_before, now=now):
        if job.stopping():
            return
        # The day in Paris: the UTC date of a notice sent late in the evening named the day
        # before the one its erasure falls on.
        erased_on = (now + NOTICE).astimezone(PARIS).date()

        # Formatted when built, in the reader's language (« vendredi 24 novembre 2028 »
        # read "will be erased on vendredi …" in English).
        # Its buttons carry the moment it was sent (as /forgetme's question's): one tapped
        # after the erasure it announced says so, never « gardé » (`handlers.press_forget`).
        asked = asked_stamp(now, who.member_id)

        def build(day: date = erased_on, asked: str = asked) -> Reply:
            return Reply(t("unused.notice", day=format_day(day)), private=True, buttons=(
                Button(t("button.keep_account"), actions.encode("forget", asked, "keep")),
                Button(t("button.forget_now"), actions.encode("forget", asked, "ask"))))

        try:  # refused (blocked, never opened): False, erased all the same
            await core.notify(who, build)
        except Exception:  # the platform down: told at a later tick; erasures go on
            log.warning("could not tell member %s of the erasure to come", who.member_id,
                        exc_info=True)
            break
        await members.warned(who.member_id, now, told_before)
    erased = 0
    for member_id in await members.expired(now - UNUSED, now - NOTICE, now=now):
        if job.stopping():
            break
        promoted = await members.erase(member_id, now)
        for changed in sorted({e for e, _ in promoted}):
            core.event_changed(changed, [p for e, p in promoted if e == changed])
        erased += 1
    if erased:
        log.info("erased %d account(s) unused for %d days", erased, UNUSED.days)
