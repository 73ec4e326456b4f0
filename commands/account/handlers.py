"""What we hold about a member: language, a full export (/mydata), erasure (/forgetme), and
the welcome (/start, where Telegram's deep links land).

Many members are minors: we keep a platform id, a display name, a language and their answers
(with the first names of children a parent chose to give, until the event's books close),
nothing else, and anyone can see and erase it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import actions
from bot.actions import Action
from bot.cards import card_title, is_over
from bot.context import Context
from bot.errors import UserInputError
from bot.i18n import format_when, platform_key, t, using
from bot.messages import Button
from bot.spec import event_id
from bot.text import fold
from commands.account.parsers import (
    ALL_WORDS,
    CALENDAR_WORDS,
    CHILDREN_WORDS,
    DOOR_WORDS,
    Unclear,
    line_words,
)
from commands.account.strings import STRINGS
from commands.events import card_reply, shown_title
from commands.events.guided import LINK_PAYLOAD
from storage.drafts import Draft
from storage.party import NamedChildren

EVENT_LINK = "event_"
# Links that open the private chat with nothing to show but the welcome: Telegram's own
# Start button (no code), the core's « open the private chat » link, the guided creation's
# link from a group (its draft question follows).
PLAIN_LINKS = ("", "start", LINK_PAYLOAD)
# A platform as people write it (« Compte Telegram n° … »).
PLATFORM_NAMES = {"telegram": "Telegram", "discord": "Discord"}
# /forgetme's buttons: their target (`me-<moment asked>`), and how long a « Oui » erases.
ASKED = "me"
QUESTION_VALID = timedelta(minutes=30)
JUST_NOW = timedelta(seconds=2)  # /mydata: a row this message made (stored to the second)


# /langue alone: each language's button in its own words (whoever cannot read the
# current one finds theirs).
LANGUAGE_BUTTONS = (("fr", "🇫🇷 Français"), ("en", "🇬🇧 English"))


async def language(ctx: Context) -> None:
    chosen = ctx.values.get("language")
    if chosen is None:  # a phone's menu sends it alone: which one, and the two to tap
        member = ctx.member
        ctx.reply(t("language.current", language=_language_said(member.language,
                                                                member.app_language),
                    other="en" if ctx.locale == "fr" else "fr"), private=True,
                  buttons=tuple(Button(label, actions.encode("language", ASKED, code))
                                for code, label in LANGUAGE_BUTTONS))
        return
    await _set_language(ctx, chosen)


async def press_language(ctx: Context, action: Action) -> None:
    await _set_language(ctx, action.arg)


async def _set_language(ctx: Context, chosen: str) -> None:
    await ctx.storage.members.update(ctx.member.id, language=chosen)
    ctx.locale = chosen  # the answer, and anything after it, in the chosen language
    with using(chosen):
        ctx.reply(t("language.done"), private=True)  # about the asker only


async def my_data(ctx: Context) -> None:
    """Everything we hold, in plain words: identity, settings, reachability, answers,
    check-ins at the door, an event being created, reminder history and what they created;
    and what stays after an erasure (anonymous counts only)."""
    data = await ctx.storage.members.export(ctx.member.id)
    member = data["member"]
    named = await ctx.storage.party.export(ctx.member.id)  # children named with an answer
    checkins = await ctx.storage.attendance.of_member(ctx.member.id)  # the door list's taps
    # Children and check-ins belong to answers: the answers and reminders name every event.
    # A cancellation being asked (an organiser's, a day at most) names its event too.
    title = await _titles(ctx, {r["event_id"] for r in (*data["rsvps"], *data["reminders"],
                                                        *data["events_created"],
                                                        *data["announcements_scheduled"],
                                                        *data["told"], *data["wrote_to"])
                                if r["demo"]} | {r["event_id"] for r in
                                                 data.get("cancel_requests", ())})
    lines = [
        t("mydata.header"),
        t(platform_key("mydata.identity", member.platform),
          platform=PLATFORM_NAMES.get(member.platform, member.platform),
          user_id=member.platform_user_id, name=member.display_name),
        t("mydata.language", language=_language_said(member.language, member.app_language)),
        t("mydata.reminders_" + ("on" if member.reminders else "off")),
        # A row this very message made (after /forgetme, the check itself) says so.
        t("mydata.since_now") if ctx.now - data["created_at"] < JUST_NOW
        else t("mydata.since", when=format_when(data["created_at"])),
        t(f"mydata.reach_{member.unreachable or 'ok'}"),
    ]
    if data["waiting"]:  # kept for a private chat that was closed, given when it opens
        lines.append(t("mydata.waiting", count=data["waiting"]))
    if data["notices"]:  # a cancellation or a change not yet delivered (storage.outbox)
        lines.append(t("mydata.notices", count=data["notices"]))
    if member.notice_pending:
        lines.append(t("mydata.notice_pending"))
    if data["private_cards"]:  # cards shown in their private chat, followed until /forgetme
        lines.append(t("mydata.private_cards", count=data["private_cards"]))
    feed = await ctx.storage.feeds.export(ctx.member.id)  # /mycalendar's private link
    if feed is not None:
        lines.append(t("mydata.feed", when=format_when(feed["created_at"])))
    if data["rsvps"]:
        lines.append(t("mydata.rsvps"))
        # Places in the queue of events still ahead (a past one's queue means nothing now).
        places = {item.event.id: item.position
                  for item in await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)}
        for r in data["rsvps"]:
            place = places.get(r["event_id"])
            state = (t("mydata.waitlisted") if r["state"] == "waitlisted" and not place
                     else t(f"myevents.{r['state']}", seats=r["seats"], position=place))
            lines.append(f"  – #{r['event_id']} {title(r['event_id'], r['title'])} — "
                         f"{format_when(r['starts_at'])} — {state}")
    else:
        lines.append(t("mydata.no_rsvps"))
    if named:
        lines.append(t("mydata.children"))
        lines += [t("mydata.child_line", id=n.event_id, title=title(n.event_id, n.title),
                    names=", ".join(str(c) for c in n.children)) for n in named]
    if checkins:
        lines.append(t("mydata.checkins"))
        lines += [t("mydata.checkin_line", id=c.event_id, title=title(c.event_id, c.title),
                    when=format_when(c.checked_at))
                  # 2 of a family of 3 came (checkins.seats): the row says so, so do we
                  + (t("mydata.checkin_part", came=c.came, seats=c.seats)
                     if c.came is not None and c.came < c.seats else "")
                  for c in checkins]
    draft = await ctx.storage.drafts.export(ctx.member.id)  # an event half created
    if draft is not None:
        lines.append(_draft_line(draft))
    expired = await ctx.storage.drafts.expired_export(ctx.member.id)  # its note, 30 days
    if expired is not None:
        lines.append(t("mydata.draft_expired", when=format_when(expired)))
    if data["reminders"]:
        lines.append(t("mydata.reminders_history"))
        for r in data["reminders"]:
            lines.append(t("mydata.reminder_line", id=r["event_id"],
                           title=title(r["event_id"], r["title"]),
                           offset=_offset(r["offset_seconds"]), status=_reminder_status(r)))
    if data["events_created"]:  # by title and date, as the answers: nobody knows a number
        lines.append(t("mydata.created"))
        for e in data["events_created"]:
            line = (f"  – #{e['event_id']} {title(e['event_id'], e['title'])} — "
                    f"{format_when(e['starts_at'])}")
            lines.append(line + (" — " + t("mydata.created_cancelled") if e["cancelled"]
                                 else ""))
    if data["series_created"]:
        lines.append(t("mydata.series", items=", ".join(
            t("mydata.series_item", id=s["series_id"], title=s["title"])
            for s in data["series_created"])))
    if data["announcements_scheduled"]:
        lines.append(t("mydata.announcements", items="; ".join(
            t("mydata.announcement_item", title=title(a["event_id"], a["title"] or ""),
              id=a["event_id"], when=format_when(a["at"]))
            for a in data["announcements_scheduled"])))
    if data["faq_edited"]:
        lines.append(t("mydata.faq", keys=", ".join(data["faq_edited"])))
    # A cancellation previewed and not confirmed: its reason, kept until swept (a day on).
    for asked in data.get("cancel_requests", ()):
        lines.append(t("mydata.cancel_request", id=asked["event_id"],
                       title=title(asked["event_id"], asked["title"]),
                       reason=asked["reason"] or "-", when=format_when(asked["asked_at"])))
    # What the relay keeps to read a reply (migration 0028): the event last told about, the
    # events whose participants this organiser wrote to (their questions reach them).
    for told in data["told"]:
        lines.append(t("mydata.told", id=told["event_id"],
                       title=title(told["event_id"], told["title"]),
                       when=format_when(told["at"])))
    if data["wrote_to"]:
        lines.append(t("mydata.wrote", items=", ".join(
            f"#{w['event_id']} {title(w['event_id'], w['title'])}" for w in data["wrote_to"])))
    if data["questions_received"]:  # an organiser's: who asked them what, not the words
        lines.append(t("mydata.received", count=data["questions_received"]))
    # Questions passed on to the team (commands.relay): not their words, a week after the event.
    asked = await ctx.storage.relay.export(ctx.member.id)
    if asked:
        lines.append(t("mydata.questions"))
        lines += [t("mydata.question_line", id=event_id, title=event_title,
                    when=format_when(at), state=t("mydata.question_answered" if answered
                                                  else "mydata.question_waiting"))
                  for event_id, event_title, at, answered in asked]
    lines.append(t("mydata.retention"))  # what goes by itself, and when
    lines.append(t("mydata.unused"))  # accounts unused for 24 months go (account.jobs)
    lines.append(t("mydata.anonymous"))
    lines.append(t("mydata.copies", keep=ctx.core.settings.backup_keep))
    other = _other_platforms(ctx)
    if other:  # the same person there is another member: neither shown nor erased here
        lines.append(t("mydata.other_platform", other=other))
    lines.append(t("mydata.footer"))
    ctx.reply("\n".join(lines), private=True)


async def _titles(ctx: Context, event_ids: set[int]) -> Callable[[int, str], str]:
    """Titles as the reader's cards show them: a demo event's « [Démo] » first, in their
    language (`event_ids`: the demo events among them, two at most, and those of
    cancellations being asked, swept after a day)."""
    demo = {}
    for wanted in event_ids:
        event = await ctx.storage.events.get(wanted)
        if event is not None:
            demo[wanted] = event

    def title(number: int, stored: str) -> str:
        event = demo.get(number)
        return card_title(event) if event is not None else stored
    return title


def _language_said(chosen: str | None, app: str | None) -> str:
    """« anglais », « automatique, celle de votre application (anglais) », « automatique
    (français par défaut) »: /mydata's words, and /language alone's."""
    if chosen:
        return _language_name(chosen)
    if app:
        return t("mydata.language_app", language=_language_name(app))
    return t("mydata.language_auto")


def _language_name(code: str) -> str:
    """« anglais », not « en »: a language as the reader says it."""
    key = f"mydata.language_name.{code}"
    return t(key) if key in STRINGS else code


DRAFT_FIELDS = ("kind", "title", "start", "capacity", "price", "description", "typed")


def _draft_line(draft: Draft) -> str:
    """The guided creation's answers so far, by name (their values are the organiser's own
    words, shown again in the dialogue's preview)."""
    fields = [t(f"mydata.draft_field.{f}") for f in DRAFT_FIELDS
              if draft.data.get(f) not in (None, "", {})]
    return t("mydata.draft", title=draft.data.get("title") or t("mydata.draft_untitled"),
             picture=t("mydata.draft_picture") if draft.has_image else "",
             when=format_when(draft.updated_at),
             fields=", ".join(fields) or t("mydata.draft_none"))


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
    answer = ctx.values.get("confirm")
    if answer == "yes":
        await _erase(ctx)
        return
    if answer == "no":
        ctx.reply(t("forgetme.kept"), private=True)
        return
    # « ouii », « bof »: nothing erased, the question again (a typo never erases).
    before = ""
    named = await ctx.storage.party.export(ctx.member.id)  # children's names given
    if isinstance(answer, Unclear):
        # « /oubliemoi Léa », « les prénoms des enfants »: a parent after one name, not
        # the account (the answer that took the names says /oubliemoi erases them); the
        # calendar link stops alone; the door's ticks go by themselves. Read in the whole
        # line (`Unclear.words`), not in the 20 characters said back.
        words = answer.words or set(line_words(answer.typed))
        about_children = named and words & (
            CHILDREN_WORDS | {fold(c.first_name) for n in named for c in n.children})
        # The link or the door alone, never « tout, agenda compris » (everything).
        alone = not words & ALL_WORDS
        # « seulement les prénoms » from a parent who named nobody: nothing of the kind kept.
        no_names = not named and words & (CHILDREN_WORDS - {"name"})
        key = ("forgetme.one_name" if about_children
               else "forgetme.names_none" if no_names
               else "forgetme.calendar" if alone and words & CALENDAR_WORDS
               else "forgetme.door" if alone and words & DOOR_WORDS else "forgetme.unclear")
        before = t(key, value=answer.typed)
    await _ask(ctx, before, named)


async def _ask(ctx: Context, before: str = "", named: list[NamedChildren] | None = None,
               ) -> None:
    """The question, with its two buttons stamped with the moment it was asked (see
    `press_forget`), a third for a parent who named children (`named`, read if not given):
    their names alone; an organiser is told the events they created stay for the others."""
    lines = [before] if before else []
    # Discord takes no typed « confirmer »: its own words name the option's choice.
    lines.append(t(platform_key("forgetme.confirm", ctx.wording),
                   yes=t("choice.confirm.yes")))
    made = await ctx.storage.members.upcoming_created(ctx.member.id, ctx.now)
    if made:  # by title (a series' dates together), soonest first
        by_title: dict[str, list[str]] = {}
        for number, title in made:
            by_title.setdefault(title, []).append(f"#{number}")
        lines.append(t("forgetme.organiser", ids=", ".join(
            t("forgetme.organiser_item", title=title, ids=", ".join(numbers))
            for title, numbers in by_title.items())))
    asked = asked_stamp(ctx.now, ctx.member.id)
    buttons = [Button(t("button.forget_confirm"), actions.encode("forget", asked, "yes")),
               Button(t("button.forget_cancel"), actions.encode("forget", asked, "no"))]
    if named is None:
        named = await ctx.storage.party.export(ctx.member.id)
    names = _first_names(named)
    if names:  # a parent may want the children's names gone, not their own seats
        lines.append(t("forgetme.names_only", names=names))
        buttons.append(Button(t("button.forget_names"),  # last: a row of its own
                              actions.encode("forget", asked, "names")))
    ctx.reply("\n".join(lines), private=True, buttons=tuple(buttons))


def asked_stamp(now: datetime, member_id: int) -> str:
    """What the erase buttons carry (`me-<unix seconds>-<member>`): when the question was
    asked, and to whom (a copy forwarded to someone else is tapped by her)."""
    return f"{ASKED}-{int(now.timestamp())}-{member_id}"


def _first_names(named: list[NamedChildren]) -> str:
    """« Léa, Tom »: each child once, as first named."""
    return ", ".join(dict.fromkeys(c.first_name for n in named for c in n.children))


async def _erase_names(ctx: Context, *, pressed: bool = False) -> None:
    """Only the children's names, from every answer: the answers and their seats stay.
    `pressed`: the question's button, whose place the answer takes."""
    named = await ctx.storage.party.export(ctx.member.id)
    if not named:
        ctx.reply(t("forgetme.names_none"), private=True)
        return
    for answer in named:
        await ctx.storage.party.keep_children(answer.event_id, ctx.member.id, 0)
    # An answer waiting for a closed private chat quotes them too (« Enfants notés : … »).
    await ctx.storage.waiting.drop_naming(
        ctx.member.id, {c.first_name for n in named for c in n.children})
    await ctx.storage.db.checkpoint()  # not left readable in the write-ahead log
    ctx.reply(t("forgetme.names_done", names=_first_names(named)), private=True,
              replaces_pressed=pressed)


async def press_forget(ctx: Context, action: Action) -> None:
    """The buttons carry the moment the question was asked and to whom (`me-<unix
    seconds>-<member>`; `me-<unix seconds>` or `me` alone from before they did): tapped by
    someone else (a copy forwarded to her), they erase nothing and show her own question.
    An account newer than the question is not the one it was asked to: that one was erased
    already (« Oui » pressed, then « Non », or « Oui » twice), and
    this press only brought back the name it carries, which goes again; but an account made
    again since by other messages (back to answer an event) is never erased by the old
    question: « Non » keeps it, « Oui » asks the question about it. A « Oui » older than
    `QUESTION_VALID` (or of unknown age) asks again instead of erasing.

    The 24-month notice (`jobs.forget_unused`) carries two of them, stamped when it was
    sent: « Garder mon compte » (`keep`: the tap is a use, so the account is kept; tapped
    after the erasure it announced, this says so) and « Tout effacer maintenant » (`ask`:
    the question, nothing erased yet)."""
    stamp, _, whose = action.target.removeprefix(ASKED).removeprefix("-").partition("-")
    asked = datetime.fromtimestamp(int(stamp), UTC) if stamp else None
    first = await ctx.storage.members.first_contact(ctx.member.id)
    erased_since = asked is not None and first is not None and first > asked
    if whose and int(whose) != ctx.member.id and (
            not erased_since or await ctx.storage.members.get(int(whose)) is not None):
        # Asked to someone else (its copy forwarded to her, or into a group): her tap never
        # erases nor keeps anything; « Oui » and « Seulement les prénoms » show her own
        # question, with its own buttons. (An account newer than the question is someone
        # else's too while the one it was asked to still exists: one per person.)
        if action.arg in ("yes", "names", "ask"):
            await _ask(ctx, t("forgetme.not_yours"))
        else:
            ctx.reply(t("forgetme.not_yours"), private=True)
        return
    if action.arg == "keep":
        # The account the notice was about is gone: made again by this very tap, or by
        # other messages since (what they noted is kept, the earlier is not: « gardé »
        # would be untrue either way).
        made_now = erased_since and first is not None and ctx.now - first < JUST_NOW
        key = ("unused.gone" if made_now else "forgetme.since_kept" if erased_since
               else "unused.kept")
        # In the notice's place (on Telegram, not a toast gone in seconds): its day and
        # buttons no longer hold.
        ctx.reply(t(key), private=True, replaces_pressed=True)
    elif erased_since:
        assert first is not None
        if ctx.now - first >= JUST_NOW:
            # Back since, by other messages (an answer, a setting): the old question was
            # not about those. « Non » keeps them; « Oui » asks about them.
            if action.arg in ("yes", "ask"):
                await _ask(ctx, t("forgetme.since"))
            else:
                ctx.reply(t("forgetme.since_kept"), private=True)
            return
        await ctx.storage.members.erase(ctx.member.id, ctx.now)
        ctx.reply(t("forgetme.already"), private=True, replaces_pressed=True)
    elif action.arg == "ask":
        await _ask(ctx)
    elif action.arg == "names":
        await _erase_names(ctx, pressed=True)
    elif action.arg != "yes":
        ctx.reply(t("forgetme.kept"), private=True, replaces_pressed=True)
    elif asked is None or ctx.now - asked > QUESTION_VALID:
        await _ask(ctx, t("forgetme.stale", minutes=int(QUESTION_VALID.total_seconds() // 60)))
    else:
        await _erase(ctx, pressed=True)


async def _erase(ctx: Context, *, pressed: bool = False) -> None:
    """Erase, then every event whose seats changed shows it, and members promoted into the
    freed seats are told: through the one "RSVP changed" path."""
    # A cancelled event's cards show no seats: editing them again is a request for nothing.
    answered = {item.event.id for item in await ctx.storage.rsvps.of_member(ctx.member.id,
                                                                             ctx.now)
                if not item.event.cancelled}
    promoted = await ctx.storage.members.erase(ctx.member.id, ctx.now)
    for changed in sorted(answered | {e for e, _ in promoted}):
        ctx.core.event_changed(changed, [p for e, p in promoted if e == changed])
    lines = [t("forgetme.done"), t("forgetme.copies", keep=ctx.core.settings.backup_keep),
             t("forgetme.again")]
    other = _other_platforms(ctx)
    if other:
        lines.append(t("forgetme.other_platform", other=other, platform=PLATFORM_NAMES.get(
            ctx.incoming.platform, ctx.incoming.platform)))
    # Pressed: the answer takes the question's place (its « Oui » no longer under a thumb).
    ctx.reply("\n".join(lines), private=True, replaces_pressed=pressed)


def _other_platforms(ctx: Context) -> str:
    """The platforms this bot also serves (« Discord »): a person there is another member,
    with data of their own."""
    served = ctx.core.settings.platforms
    if ctx.incoming.platform not in served:  # the console: a trial account
        return ""
    return ", ".join(PLATFORM_NAMES.get(p, p) for p in served if p != ctx.incoming.platform)


async def start(ctx: Context) -> None:
    """Telegram deep links land here: `/start event_12` opens the event privately. Whoever
    taps a link typed nothing: a link cut short by a messaging app, or to an event that is
    gone, gets the welcome and one line saying so, never a usage line."""
    payload = (ctx.values.get("payload") or "").strip()
    welcome = t("start.welcome", name=ctx.member.display_name)
    if payload.lower() in PLAIN_LINKS:
        ctx.reply(welcome)
        return
    try:
        if not payload.startswith(EVENT_LINK):  # « eve », a link cut short
            raise UserInputError("start.bad_link")
        wanted = event_id(payload.removeprefix(EVENT_LINK))
    except UserInputError:
        ctx.reply(t("start.bad_link") + "\n" + welcome)
        return
    event = await ctx.storage.events.get(wanted)
    if event is None:
        ctx.reply(t("start.gone", id=wanted) + "\n" + welcome)
        return
    if not event.cancelled and event.starts_at <= ctx.now:
        # An old link in a group's history: no seats and no buttons for an evening that is
        # over (or under way: answers close at the start); a cancelled card says ANNULÉ.
        ctx.reply(t("start.over" if is_over(event, ctx.now) else "start.started", id=wanted,
                    title=shown_title(event)) + "\n" + welcome)
        return
    await card_reply(ctx, event)
    # The link from the group: what the card cannot say is whether a seat is hers (a
    # waitlist place given while the bot could not write to her).
    mine = next((m for m in await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
                 if m.event.id == event.id), None)
    if mine is not None:
        party = mine.state == "waitlisted" and mine.seats > 1
        ctx.reply(t("start.yours", status=t(f"myevents.{mine.state}" + (
            "_party" if party else ""), seats=mine.seats, position=mine.position)))
