"""Guided creation: `/creer` alone opens a short dialogue instead of the one-line form.

On a phone the `titre | date | places` line is hard; here each answer is asked in turn (kind,
title, date, seats, price, description, picture), with buttons where a choice is short,
the understood date repeated in words, and a preview with "Publish now / Schedule / Edit /
Cancel" before anything exists. Platforms with a form (Discord's modal) get the typed
answers in one form: a reply that asks something typed carries a `Form` as well as its text.

What is answered waits in a draft in the database (`storage.drafts`): one per organiser, so two
organisers never see each other's; it survives a restart and expires when left alone. Only
organisers talk to it: the core offers private plain messages to the dialogue for organisers
only (`Router.listen`), and every button checks again. A command typed meanwhile runs as usual
and leaves the draft where it was, which the organiser is told once.

The poster feature (`commands.posters.attach`, see `handlers.poster_hook`) receives the
picture at publish time; without it the picture step is simply not offered.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot import actions
from bot.actions import Action
from bot.cards import build_card, kind_label
from bot.context import Context
from bot.dates import moment_for, read_when
from bot.errors import Conflict, NotFound, UserInputError
from bot.i18n import (
    PARIS,
    format_price,
    format_span,
    format_when,
    t,
)
from bot.jobs import JobContext
from bot.messages import Button, Form, FormField, Reply
from bot.router import Router
from bot.spec import IMAGE_TOO_LARGE, too_large_image
from bot.text import clean_stored, fold, strip_accents
from commands.events.handlers import (
    CANCEL_VERB,
    card_reply,
    looks_like_picture,
    night_words,
    offer_events,
    picture_cleaner,
    poster_hook,
    published_text,
    with_poster,
)
from commands.events.parsers import (
    KIND_WORDS,
    MAX_CAPACITY,
    MAX_DESCRIPTION,
    MAX_TITLE,
    EventLine,
    capacity,
    event_line,
    kind,
    price,
    short_text,
    title,
    whole_date,
)
from commands.events.strings import STRINGS
from storage import KINDS, NewEvent
from storage.drafts import DRAFT_TTL, EXPIRED, KEEP, Draft

VERB = "guide"
# The payload of the group's link to the private chat: `/start guide` there asks the open
# draft's question (Telegram sends it when the organiser taps the link).
LINK_PAYLOAD = "guide"
# The steps in the order they are asked; "picture" only with the poster feature, and not
# after a form (a form has no picture field: Discord's comes with the command).
STEPS = ("kind", "title", "when", "capacity", "price", "description", "picture")
# Steps that are not answers: the preview, when to announce, which field to edit.
OTHER_STEPS = ("preview", "schedule", "edit")
SEAT_PRESETS = (10, 20, 30)
PRICE_PRESET = 600
EDITABLE = {"e-kind": "kind", "e-title": "title", "e-when": "when", "e-capacity": "capacity",
            "e-price": "price", "e-desc": "description", "e-picture": "picture"}
EDIT_LABELS = {"capacity": "guided.edit_capacity", "price": "guided.edit_price"}
ARGS = frozenset({
    *(f"k{index}" for index in range(len(KINDS))),
    *(f"c{n}" for n in SEAT_PRESETS), "cnone", "cother", "pfree", f"p{PRICE_PRESET // 100}",
    "pother", "skip", "nopic", "now", "later", "edit", "cancel", "back", "form", "fsched", "fix",
    "resume", "restart", "prev", *EDITABLE})
# Typed alone in the dialogue, these leave it (the Cancel button does the same).
ESCAPES = frozenset({"annuler", "stop", "abandonner", "cancel", "quit", "quitter"})
# Typed alone at a step, these go back to the step before (the answers are kept).
PREVIOUS = frozenset({"retour", "precedent", "revenir", "back", "previous", "goback"})
# Date refusals that give no example of their own: the dialogue adds its examples.
WITHOUT_EXAMPLES = frozenset({"error.when_typo", "error.when_bad_date"})
# « demain » typed after midnight: the refusal gives the line to type back, and the
# question's own examples (« demain 18h-20h ») would contradict it, so it comes alone.
SMALL_HOURS_KEY = "error.when_small_hours"
SKIPS = frozenset({"passer", "skip", "-", "non", "no", "aucune", "aucun", "none", "rien"})
# At the description step, what says « none » rather than describes (« ok », « pas de
# description », a lone dash or dot: `fold` leaves nothing of them).
NO_DESCRIPTION = SKIPS | frozenset({
    "", "ok", "okay", "oki", "dac", "daccord", "nan", "nope", "ras", "pasbesoin",
    "pasdedescription", "sansdescription", "aucunedescription", "nodescription",
    "rienadire", "nonmerci", "nothanks", "nothing", "na", "n/a", "x", "vide", "empty"})
# At the picture step these decline the picture already sent (« passer » keeps it).
NO_PICTURE = frozenset({"non", "no", "aucune", "aucun", "none", "rien", "sans", "without"})
_WORD = re.compile(r"\s+")

def register(router: Router) -> None:
    router.button(VERB, press, args=ARGS)
    router.listen(answer, aside=aside)
    router.job("drafts", sweep_unfinished)


async def sweep_unfinished(job: JobContext) -> None:
    """Drafts left alone for `DRAFT_TTL` are erased (with their picture) at the next tick;
    so are the /annuler previews nobody confirmed within a day (and their reason)."""
    if not job.stopping():
        await job.core.storage.drafts.sweep(job.now)
        await job.core.storage.events.forget_cancel_requests(job.now)


# -- entry points --------------------------------------------------------------------------


async def start(ctx: Context) -> None:
    """`/creer` with nothing after it. A draft with answers is offered back rather than
    thrown away; in a group the dialogue moves to the private chat."""
    image = ctx.incoming.image  # one too large was refused by the core before this ran
    note = ""
    if image is not None and poster_hook() is None:
        image, note = None, t("guided.picture_unavailable")
    if image is not None:
        try:
            image = await _cleaned(image)
        except UserInputError as err:  # the dialogue opens anyway, without it
            image, note = None, t(err.key, **err.values)
    existing = await ctx.storage.drafts.get(ctx.member.id, ctx.now, or_expired=True)
    expired = _expired_note(existing, "guided.expired_restart")
    if existing is not None and existing.step == EXPIRED:
        existing = None
    if not ctx.incoming.is_private:
        await _point_to_private(ctx, existing, image, "\n".join(filter(None, (expired, note))))
        return
    if existing is not None and _answered(existing) and image is None:
        ctx.replies.append(Reply(
            t("guided.resume", summary=_summary(existing)), locale=ctx.locale, private=True,
            buttons=(_button(existing, "guided.button_resume", "resume"),
                     _button(existing, "guided.button_restart", "restart"),
                     _button(existing, "guided.button_cancel", "cancel"))))
        return
    draft = await ctx.storage.drafts.start(ctx.member.id, "kind", _fresh(ctx), ctx.now, image=image)
    text = "\n".join(filter(None, (expired, t("guided.intro"))))
    if image is not None or note:
        text += "\n" + (note or t("guided.picture_kept"))
    _ask(ctx, draft, text)
    # Where a form can be shown, the typed answers come first, all at once.
    ctx.replies[-1] = replace(ctx.replies[-1], form=main_form(draft))


async def _point_to_private(ctx: Context, existing: Draft | None,
                            image: bytes | None, note: str = "") -> None:
    """In a group: the dialogue belongs in the private chat (a deep link where the platform
    has one); a draft with answers is kept for it. The reply carries the form, which a
    platform with forms opens right here instead."""
    if existing is None or not _answered(existing) or image is not None:
        existing = await ctx.storage.drafts.start(ctx.member.id, "kind", _fresh(ctx), ctx.now,
                                                  image=image)
    link = ctx.core.private_link(ctx.incoming.platform, LINK_PAYLOAD)
    text = t("guided.go_private", name=ctx.member.display_name)
    if note:  # the picture sent with the command was refused
        text += "\n" + note
    if link:
        text += "\n" + t("guided.go_private_link", link=link)
    ctx.replies.append(Reply(text, locale=ctx.locale, form=main_form(existing)))


async def cancel_bare(ctx: Context) -> None:
    """`/annuler` alone: leaves an open dialogue (a form opened and closed on Discord leaves
    one), then offers the events to cancel: she may have meant one of them (nothing is
    cancelled before its preview)."""
    if await ctx.storage.drafts.drop(ctx.member.id):
        ctx.reply(t("guided.cancelled"), private=True)
    try:
        await offer_events(ctx, CANCEL_VERB)
    except NotFound:  # none to come: the usual « which event? » with the usage line
        if not ctx.replies:
            raise UserInputError("error.missing_event_id") from None


async def answer(ctx: Context) -> bool:
    """A private plain message from an organiser: the answer to the open step, if a draft is
    open. A refused answer is explained and the same step asked again."""
    draft = await ctx.storage.drafts.get(ctx.member.id, ctx.now, or_expired=True)
    expired = _expired_note(draft, "guided.expired_answer")
    if expired:  # said before whatever else answers this message (the FAQ)
        ctx.reply(expired, private=True)
        return False
    if draft is None or draft.step == EXPIRED:
        if ctx.incoming.image is not None and not ctx.args.strip():
            # A poster sent first, as people do: say how to use it rather than nothing.
            ctx.reply(t("guided.picture_alone"), private=True)
            return True
        return False
    text = ctx.args.strip()
    if fold(text) in ESCAPES:
        await ctx.storage.drafts.drop(ctx.member.id)
        ctx.reply(t("guided.cancelled"), private=True)
        return True
    if fold(text) in PREVIOUS and ctx.incoming.image is None and draft.step in STEPS:
        await _previous(ctx, draft)
        return True
    if ctx.incoming.image is None and (ctx.incoming.unreadable or _emoji_only(text)):
        # A sticker (Telegram gives its emoji) or an emoji alone answers no step: « Il
        # manque la date » read as if she had forgotten something. The question again.
        _ask(ctx, draft, t("guided.only_text"))
        return True
    if draft.step in NOT_YET_STEPS and _not_known_yet(text) and ctx.incoming.image is None:
        # « Quel prix ? » — « je sais pas encore »: no price, and no example helps; what to
        # tap for now, and how to change it once the event exists.
        _ask(ctx, draft, t(f"guided.not_yet_{draft.step}"))
        return True
    try:
        await _typed(ctx, draft, text, ctx.incoming.image)
    except UserInputError as err:
        lines = [t(err.key, **err.values)]
        if draft.step == "when" and err.key in WITHOUT_EXAMPLES:
            lines.append(t("guided.when_examples"))
        _ask(ctx, draft, "\n".join(lines), question=err.key != SMALL_HOURS_KEY)
    return True


# The steps a volunteer may not know the answer to yet, each with a button meaning « for now ».
NOT_YET_STEPS = frozenset({"capacity", "price"})
_NOT_YET = re.compile(
    r"^(?:euh |bah |hmm )?(?:je |j |on |nous )?(?:ne |n )?(?:sais|sait|savons|chai|sai) pas\b"
    r"|^(?:jsp|idk|tbc|tbd)\b|^(?:on )?verra\b|^a voir\b|^(?:aucune idee|no idea)\b"
    r"|^(?:pas|toujours pas) (?:encore\b|decide|fixe|sur\b|sure\b|defini|clair)"
    r"|^a (?:definir|decider|confirmer|determiner)\b|^(?:i )?(?:don t|dont|do not) know\b"
    r"|^not (?:sure|decided|yet)\b")


def _not_known_yet(text: str) -> bool:
    """« je sais pas encore », « on verra », « pas encore décidé », "not sure yet"."""
    said = " ".join(strip_accents(text.lower()).replace("'", " ").replace("’", " ").split())
    return bool(_NOT_YET.match(said))


def _emoji_only(text: str) -> bool:
    """Only pictographs (and their joiners, selectors, skin tones): no word, digit, nor a
    dash or dot that a step reads (« - » skips the description)."""
    return any(unicodedata.category(c) == "So" for c in text) and all(
        c.isspace() or unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") for c in text)


async def aside(ctx: Context) -> None:
    """After another command: the organiser hears once that their draft waits. Arriving by
    the group's link (`/start guide`), they get the draft's question at once: the welcome
    alone left them wondering what to type."""
    if ctx.command_name == "start" and ctx.values.get("payload") == LINK_PAYLOAD:
        await _arrived(ctx)
        return
    if ctx.command_name in ("newevent", "cancelevent", ""):
        return
    draft = await ctx.storage.drafts.get(ctx.member.id, ctx.now)
    if draft is None or draft.reminded or not _answered(draft):
        return
    await ctx.storage.drafts.remind(draft.id)
    ctx.reply(t("guided.waiting", summary=_summary(draft)), private=True)


async def _arrived(ctx: Context) -> None:
    """In the private chat by the group's link: the open draft's question, or a fresh
    dialogue when the draft has expired meanwhile."""
    draft = await ctx.storage.drafts.get(ctx.member.id, ctx.now, or_expired=True)
    expired = _expired_note(draft, "guided.expired_restart")
    if draft is None or draft.step == EXPIRED:
        draft = await ctx.storage.drafts.start(ctx.member.id, "kind", _fresh(ctx), ctx.now)
    intro = t("guided.intro") if not _answered(draft) else ""
    _ask(ctx, draft, "\n".join(filter(None, (expired, intro))))


async def press(ctx: Context, action: Action) -> None:
    """A button of the dialogue, or a form sent back. Only the organiser's own open draft
    answers: a button of an older draft, or of someone else's, is refused."""
    ctx.require_organizer()
    draft = await ctx.storage.drafts.get(ctx.member.id, ctx.now)
    if draft is None or draft.id != int(action.target):
        raise Conflict("guided.gone")
    arg = action.arg
    if arg == "cancel":
        await ctx.storage.drafts.drop(ctx.member.id)
        ctx.reply(t("guided.cancelled"), private=True)
    elif arg == "restart":
        fresh = await ctx.storage.drafts.start(ctx.member.id, "kind", _fresh(ctx), ctx.now)
        _ask(ctx, fresh, t("guided.intro"))
    elif arg == "prev":
        await _previous(ctx, draft)
    elif arg == "fix":
        ctx.replies.append(Reply(t("guided.form_again"), locale=ctx.locale, private=True,
                                 form=main_form(draft)))
    elif arg in ("resume", "back"):
        # Back: the preview, unless an answer went missing meanwhile (a date that passed).
        step = _first_open(draft.data) if arg == "back" else draft.step
        moved = await _save(ctx, draft, step, draft.data)
        _ask(ctx, moved)
    elif arg == "form":
        await _form(ctx, draft)
    elif arg == "fsched":
        await _schedule_typed(ctx, draft, _option(ctx, "when"))
    elif arg in ("now", "later", "edit") or arg in EDITABLE:
        await _preview_choice(ctx, draft, arg)
    else:
        await _chosen(ctx, draft, arg)


# -- answers ---------------------------------------------------------------------------------


async def _typed(ctx: Context, draft: Draft, text: str, image: bytes | None) -> None:
    data = dict(draft.data)
    step = draft.step
    if image is not None:
        if image == IMAGE_TOO_LARGE:
            raise too_large_image()
        if not _picture_offered(data):
            raise UserInputError("guided.picture_unavailable")
        if not looks_like_picture(image):
            raise UserInputError("guided.not_a_picture")
        image = await _cleaned(image)
        data["picture"] = True
        if step == "picture" or not text:
            moved = await _next(ctx, draft, data, image=image)
            _ask(ctx, moved, t("guided.picture_kept"))
            return
        draft = await _save(ctx, draft, step, data, image=image)
    if step == "schedule":
        await _schedule_typed(ctx, draft, text)
        return
    if step in ("preview", "edit"):
        _ask(ctx, draft, t("guided.use_buttons"))
        return
    if step == "picture":
        if fold(text) not in SKIPS | NO_PICTURE:
            raise UserInputError("guided.picture_expected")
        if fold(text) in NO_PICTURE and draft.has_image:
            await _no_picture(ctx, draft, data)
            return
        data["picture"] = False
        await _advance(ctx, draft, data)
        return
    note = _read_step(step, text, ctx.now, data)
    await _advance(ctx, draft, data, note)


# What a volunteer may type for a kind: its words, and its button's label (« Soirée jeux de
# société », "Board-game night"), in either language.
KIND_NAMES = {**KIND_WORDS, **{fold(STRINGS[f"choice.kind.{k}"][locale]): k
                               for k in KINDS for locale in ("fr", "en")}}


def kind_and_title(text: str) -> tuple[str, str] | None:
    """« Atelier graphisme » typed at « what kind? »: a volunteer gave the title, which
    starts with the kind. Both are taken (the longest kind words first: « jeux de société
    … » before « jeux »), so the next question is the date; None when the text is a kind
    alone (« jeux de société ») or starts with none (then `kind` explains)."""
    words = text.split()
    if fold(text) in KIND_NAMES:
        return None
    for size in range(len(words) - 1, 0, -1):
        found = KIND_NAMES.get(fold("".join(words[:size])))
        if found is not None and found != "other":
            return found, title(text)
    return None


async def _cleaned(image: bytes) -> bytes:
    """The picture as the poster feature keeps it, before the draft holds it: a phone's
    original (GPS, comments) never reaches the database. UserInputError if refused."""
    clean = picture_cleaner()
    if clean is None:
        raise UserInputError("guided.picture_unavailable")
    return await clean(image)


def _read_step(step: str, text: str, now: datetime, data: dict[str, Any],
               form: bool = False) -> str:
    """Put the typed answer to `step` in `data`; what to repeat back, if anything. Raises
    UserInputError for an answer that does not fit. Typed at the first questions (not in a
    form's title field, nor changed from the preview), the whole event in one line fills
    what it tells (`_whole_line`)."""
    if step in ("kind", "title") and "back" not in data and not form:
        # The whole answer a date first: « samedi 5 décembre 20h » is no title « samedi »
        # followed by its date.
        when = whole_date(text, now) if "|" not in text and "\n" not in text.strip() else None
        line = event_line(text, now) if when is None else None
        if line is not None:
            return _whole_line(line, data)
        if when is not None:  # the date typed ahead, at « Quel titre ? »: kept as the date
            data["start"] = when.start.isoformat()
            data["end"] = when.end.isoformat() if when.end else None
            data["when_text"] = " ".join(text.split())[:80]
            if when.remark and not data.get("description"):
                data["description"] = when.remark
            return t("guided.date_ahead", value=data["when_text"],
                     when=format_span(when.start, when.end))
    if step == "kind":
        both = kind_and_title(text)
        if both is None:
            data["kind"] = KIND_NAMES.get(fold(text)) or kind(text)
        else:
            data["kind"], data["title"] = both
            return t("guided.kind_and_title", kind=kind_label(both[0]), title=both[1])
    elif step == "title":
        data["title"] = title(text)
    elif step == "when":
        data["start"], data["end"], remark = _moment(text, now, data)
        if remark and not data.get("description"):
            data["description"] = remark  # « samedi 20h, goûter offert »: kept, not lost
        data["when_text"] = " ".join(text.split())[:80]
        return _understood(data)
    elif step == "capacity":
        data["capacity"] = capacity(text)
    elif step == "price":
        data["price"] = price(text)
    elif step == "description":
        data["description"] = ("" if fold(text) in NO_DESCRIPTION
                               else short_text(text, MAX_DESCRIPTION))
    return ""


def _whole_line(line: EventLine, data: dict[str, Any]) -> str:
    """The event told in one line at the first questions: what was read is kept and said
    back in one sentence; the dialogue goes on with what is still missing."""
    data["title"] = line.title
    found = line.kind or KIND_NAMES.get(fold(line.title))
    both = kind_and_title(line.title)
    found = found or (both[0] if both else None)
    if found is not None:
        data.setdefault("kind", found)
    said = [kind_label(data["kind"])] if "kind" in data else []
    said.append(t("guided.quoted", title=line.title))
    night = ""
    if line.when is not None:
        data["start"] = line.when.start.isoformat()
        data["end"] = line.when.end.isoformat() if line.when.end else None
        data["when_text"] = ""
        if line.when.remark and not data.get("description"):
            data["description"] = line.when.remark
        said.append(format_span(line.when.start, line.when.end))
        words = night_words(line.when.start)
        night = "\n" + t("guided.small_hours", **words) if words else ""
    if line.seats_given:
        data["capacity"] = line.capacity
        said.append(t("guided.preview_seats", count=line.capacity) if line.capacity
                    else t("guided.preview_unlimited"))
    if line.price is not None:
        data["price"] = line.price
        shown = format_price(line.price)  # « Gratuit » mid-sentence: « gratuit »
        said.append(shown[:1].lower() + shown[1:])
    refused = t(line.refused.key, **line.refused.values) if line.refused else ""
    understood = t("guided.line_understood", what=", ".join(said)) + night
    return "\n".join(filter(None, (understood, refused)))


def _moment(text: str, now: datetime, data: dict[str, Any]) -> tuple[str, str | None, str]:
    """Start and end as typed, and a remark typed beside them (« goûter offert »);
    changed from the preview, a day alone keeps the time and a time alone the day, and the
    length stays (as `/modifier … date` does)."""
    if data.get("back") != "preview" or not data.get("start"):
        when = read_when(text, now)
        return when.start.isoformat(), when.end.isoformat() if when.end else None, when.remark
    before = datetime.fromisoformat(data["start"])
    local = before.astimezone(PARIS)
    when = read_when(text, now, day=local.date(), time=local.time())
    end = when.end
    if end is None and data.get("end"):
        end = when.start + (datetime.fromisoformat(data["end"]) - before)
    return when.start.isoformat(), end.isoformat() if end else None, when.remark


async def _chosen(ctx: Context, draft: Draft, arg: str) -> None:
    """A choice button: a kind, a seat or price preset, "other", or "skip"."""
    data = dict(draft.data)
    said = ""  # what the button set, in words
    if arg.startswith("k") and arg[1:].isdecimal():
        data["kind"] = KINDS[int(arg[1:])]
        said = kind_label(data["kind"])
    elif arg in ("cother", "pother"):
        step = "capacity" if arg == "cother" else "price"
        moved = await _save(ctx, draft, step, data)
        _reply(ctx, moved, t(f"guided.ask_{step}_typed"), form=main_form(draft))
        return
    elif arg.startswith("c"):
        data["capacity"] = seats = None if arg == "cnone" else int(arg[1:])
        said = (t("guided.preview_seats", count=seats) if seats
                else t("guided.preview_unlimited"))
    elif arg.startswith("p"):
        data["price"] = 0 if arg == "pfree" else int(arg[1:]) * 100
        said = format_price(data["price"])
    elif arg == "nopic":
        await _no_picture(ctx, draft, data)
        return
    elif arg == "skip":
        if draft.step == "description":
            data["description"] = ""
        elif draft.step == "picture":
            data["picture"] = False
        else:  # a Skip button of a step already answered: ask the current one again
            _ask(ctx, draft)
            return
    # A button of an earlier question, tapped later (« 30 places » after all): said, so the
    # organiser knows the tap counted.
    step = {"k": "kind", "c": "capacity", "p": "price"}.get(arg[:1], draft.step)
    changed = step in draft.data and step != draft.step and said
    await _advance(ctx, draft, data, t("guided.changed", what=said) if changed else "")


async def _no_picture(ctx: Context, draft: Draft, data: dict[str, Any]) -> None:
    """The picture sent earlier is declined: it leaves the draft, so none is published."""
    data["picture"] = False
    _ask(ctx, await _next(ctx, draft, data, image=None))


async def _form(ctx: Context, draft: Draft) -> None:
    """The form, sent back: every field read like its typed step; any refusal lists what
    to fix and offers the form again, filled as it was."""
    data = dict(draft.data)
    errors = []
    typed = {name: _option(ctx, name) for name in ("title", "when", "capacity", "price",
                                                    "description")}
    for step, text in typed.items():
        try:
            if step in ("title", "when") and not text:
                raise UserInputError(f"guided.missing_{step}")
            _read_step(step, text, ctx.now, data, form=True)
        except UserInputError as err:
            errors.append(t("guided.form_error", field=t(f"guided.field_{step}"),
                            error=t(err.key, **err.values)))
    data["form"] = True
    data.setdefault("picture", False)
    data["typed"] = typed
    if errors:
        await _save(ctx, draft, draft.step, data)
        ctx.replies.append(Reply("\n".join([t("guided.form_refused"), *errors]),
                                 locale=ctx.locale, private=True,
                                 buttons=(_button(draft, "guided.button_fix", "fix"),
                                          _button(draft, "guided.button_cancel", "cancel"))))
        return
    data.pop("back", None)
    moved = await _next(ctx, draft, data)
    _ask(ctx, moved, _understood(data))


async def _preview_choice(ctx: Context, draft: Draft, arg: str) -> None:
    """Publish, schedule or edit; from an older preview too (the organiser changed their
    mind after « Programmer »). In the middle of another step, that step comes first: the
    draft is open, not gone."""
    if draft.step not in ("preview", "edit", "schedule") and arg not in EDITABLE:
        _ask(ctx, draft, t("guided.finish_step"))
        return
    if arg == "now":
        await _publish(ctx, draft, None)
    elif arg == "later":
        moved = await _save(ctx, draft, "schedule", draft.data)
        _ask(ctx, moved)
    elif arg == "edit":
        moved = await _save(ctx, draft, "edit", draft.data)
        _ask(ctx, moved)
    else:
        data = dict(draft.data, back="preview")
        moved = await _save(ctx, draft, EDITABLE[arg], data)
        _ask(ctx, moved)


async def _schedule_typed(ctx: Context, draft: Draft, text: str) -> None:
    """When to announce: a moment still to come and before the event (a time alone is
    today, like `/annoncerplustard`). A refusal is followed by the question (which date
    is asked), except « demain » after midnight: its examples would contradict the line
    to type back."""
    if draft.step not in ("schedule", "preview"):
        raise Conflict("guided.gone")
    start = datetime.fromisoformat(draft.data["start"])
    try:  # « demain 18h », or counted from the event as /annoncerplustard: « la veille à 18h »
        at = moment_for(start, text, ctx.now)
        if at >= start:
            raise UserInputError("guided.schedule_after_start",
                                 when=format_when(start))
    except UserInputError as err:
        moved = await _save(ctx, draft, "schedule", draft.data)
        _ask(ctx, moved, t(err.key, **err.values),
             question=err.key != SMALL_HOURS_KEY)
        return
    await _publish(ctx, draft, at)


# -- moving on ------------------------------------------------------------------------------


async def _previous(ctx: Context, draft: Draft) -> None:
    """Back one step, answers kept: once it is answered again, the dialogue goes on from
    the first question still open. Changing one field from the preview, back is the
    preview; the first question has nothing before it and is asked again."""
    if draft.data.get("back") == "preview":
        data = dict(draft.data)
        data.pop("back")
        _ask(ctx, await _save(ctx, draft, _first_open(data), data))
        return
    steps = _steps(draft.data)
    index = steps.index(draft.step) if draft.step in steps else 0
    if index == 0:
        _ask(ctx, draft)
        return
    _ask(ctx, await _save(ctx, draft, steps[index - 1], draft.data))


def _steps(data: dict[str, Any]) -> list[str]:
    return [step for step in STEPS if step != "picture" or _picture_offered(data)]


async def _advance(ctx: Context, draft: Draft, data: dict[str, Any], note: str = "") -> None:
    moved = await _next(ctx, draft, data)
    _ask(ctx, moved, note)


async def _next(ctx: Context, draft: Draft, data: dict[str, Any],
                image: object = KEEP) -> Draft:
    """Save the answers (and `image`, None to drop it) and move to the next step: back to
    the preview after an edit, else the first step not answered yet."""
    step = data.pop("back", None) or _first_open(data)
    return await _save(ctx, draft, step, data, image)


def _first_open(data: dict[str, Any]) -> str:
    for step in STEPS:
        if step == "picture" and not _picture_offered(data):
            continue
        if step not in data and not (step == "when" and "start" in data):
            return step
    return "preview"


def _fresh(ctx: Context) -> dict[str, Any]:
    """A new draft's data: where no picture can be sent (the console), it says so, and the
    picture step is never asked."""
    return {} if ctx.core.capabilities(ctx.incoming.platform).pictures \
        else {"no_pictures": True}


def _picture_offered(data: dict[str, Any]) -> bool:
    """The picture step: with the poster feature, and not after a form (answered there)."""
    return (poster_hook() is not None and not data.get("form")
            and not data.get("no_pictures"))


async def _save(ctx: Context, draft: Draft, step: str, data: dict[str, Any],
                image: object = KEEP) -> Draft:
    saved = await ctx.storage.drafts.save(draft.id, ctx.member.id, step, data, ctx.now,
                                          image)
    if saved is None:
        raise Conflict("guided.gone")
    return saved


def _expired_note(draft: Draft | None, key: str) -> str:
    """What the organiser is told of their draft that expired while they were away (a
    fresh start, or their answer falling on nothing, said without a word was a mystery);
    nothing for an open draft, or an expired one with nothing answered yet."""
    if draft is None or draft.step != EXPIRED or draft.data.get("step") in (None, "kind"):
        return ""
    return t(key, when=format_when(draft.updated_at),
             hours=int(DRAFT_TTL.total_seconds() // 3600))


def _answered(draft: Draft) -> bool:
    return any(step in draft.data for step in STEPS if step != "picture") or (
        "start" in draft.data)


# -- what is shown ---------------------------------------------------------------------------


def _button(draft: Draft, key: str, arg: str, **values: object) -> Button:
    return Button(t(key, **values), actions.encode(VERB, draft.id, arg))


def _reply(ctx: Context, draft: Draft, text: str, buttons: tuple[Button, ...] = (),
           form: Form | None = None) -> None:
    cancel = _button(draft, "guided.button_cancel", "cancel")
    ctx.replies.append(Reply(text, buttons=(*buttons, cancel), private=True,
                             locale=ctx.locale, form=form))


def _ask(ctx: Context, draft: Draft, note: str = "", question: bool = True) -> None:
    """The question of the draft's step (after `note`, without the question itself when
    `question` is false), with its buttons; typed steps carry the form too, for platforms
    that cannot read typed messages."""
    step = draft.step
    lines = [note] if note else []
    buttons: tuple[Button, ...] = ()
    form: Form | None = None
    if step == "kind":
        buttons = tuple(_button(draft, f"choice.kind.{k}", f"k{i}") for i, k in enumerate(KINDS))
    elif step in ("title", "when", "description"):
        form = main_form(draft)
        if step == "description":
            buttons = (_button(draft, "guided.button_skip", "skip"),)
    elif step == "capacity":
        buttons = (*(_button(draft, "guided.button_seats", f"c{n}", count=n)
                     for n in SEAT_PRESETS),
                   _button(draft, "guided.button_unlimited", "cnone"),
                   _button(draft, "guided.button_other_seats", "cother"))
    elif step == "price":
        buttons = (Button(t("price.free"), actions.encode(VERB, draft.id, "pfree")),
                   Button(format_price(PRICE_PRESET),
                          actions.encode(VERB, draft.id, f"p{PRICE_PRESET // 100}")),
                   _button(draft, "guided.button_other_price", "pother"))
    elif step == "picture":
        # With a picture already sent, « Passer » would not say whether it stays.
        buttons = ((_button(draft, "guided.button_keep_picture", "skip"),
                    _button(draft, "guided.button_no_picture", "nopic"))
                   if draft.has_image else (_button(draft, "guided.button_skip", "skip"),))
    elif step == "preview":
        lines.append(_preview(draft))
        buttons = (_button(draft, "guided.button_publish", "now"),
                   _button(draft, "guided.button_schedule", "later"),
                   _button(draft, "guided.button_edit", "edit"))
        lines.append(t("guided.ask_preview"))
        _reply(ctx, draft, "\n".join(lines), buttons)
        return
    elif step == "schedule":
        form = Form(actions.encode(VERB, draft.id, "fsched"), t("guided.form_schedule_title"),
                    (FormField("when", t("guided.field_schedule"),
                               t("guided.schedule_placeholder"), max_length=80),))
        buttons = (_button(draft, "guided.button_back", "back"),)
    elif step == "edit":
        form = main_form(draft)
        # The form's labels say how to fill a field (« vide : sans limite »); a button
        # only names it.
        buttons = tuple(_button(draft, EDIT_LABELS.get(field, f"guided.field_{field}"), arg)
                        for arg, field in EDITABLE.items()
                        if field != "picture" or _picture_offered(draft.data))
        buttons += (_button(draft, "guided.button_back", "back"),)
    # One field changed from the preview: a way back, unless the preview lacks its date (it
    # passed meanwhile), where « back » would only ask the date again.
    if draft.data.get("back") == "preview" and _first_open(draft.data) == "preview":
        buttons += (_button(draft, "guided.button_back", "back"),)
    elif step in STEPS and step != STEPS[0]:
        buttons += (_button(draft, "guided.button_previous", "prev"),)
    if question or not note:
        lines.append(t(f"guided.ask_{step}"))
    _reply(ctx, draft, "\n".join(lines), buttons, form)


def main_form(draft: Draft) -> Form:
    """Title, date, seats, price and description at once, filled with what is known."""
    data = draft.data
    typed = data.get("typed") or {}

    def known(name: str, value: str) -> str:
        return str(typed.get(name) or value)

    seats = data.get("capacity")
    price_cents = data.get("price")
    return Form(
        actions.encode(VERB, draft.id, "form"), t("guided.form_title"),
        (FormField("title", t("guided.field_title"), t("guided.title_placeholder"),
                   known("title", data.get("title", "")), max_length=MAX_TITLE),
         FormField("when", t("guided.field_when"), t("guided.when_placeholder"),
                   known("when", data.get("when_text", "")), max_length=80),
         FormField("capacity", t("guided.field_capacity"), t("guided.capacity_placeholder"),
                   known("capacity", str(seats) if seats else ""), required=False,
                   max_length=len(str(MAX_CAPACITY)) + 10),
         FormField("price", t("guided.field_price"), t("guided.price_placeholder"),
                   known("price", f"{price_cents / 100:g}" if price_cents else ""),
                   required=False, max_length=20),
         FormField("description", t("guided.field_description"), "",
                   known("description", data.get("description", "")), required=False,
                   long=True, max_length=MAX_DESCRIPTION)))


def _understood(data: dict[str, Any]) -> str:
    start = datetime.fromisoformat(data["start"])
    end = datetime.fromisoformat(data["end"]) if data.get("end") else None
    understood = t("guided.when_understood", when=format_span(start, end))
    words = night_words(start)
    if words is None:
        return understood
    # « samedi 3h »: 3 in the morning, the night before; said, so « 15h » can be retyped
    return understood + "\n" + t("guided.small_hours", **words)


def _summary(draft: Draft) -> str:
    """« Ciné-club, samedi 5 décembre à 20h » or what of it is known."""
    data = draft.data
    parts = [data["title"]] if data.get("title") else []
    if data.get("start"):
        parts.append(format_when(datetime.fromisoformat(data["start"])))
    return ", ".join(parts) or t("guided.summary_empty")


def _preview(draft: Draft) -> str:
    """The event as it will read, before it exists."""
    data = draft.data
    start = datetime.fromisoformat(data["start"])
    end = datetime.fromisoformat(data["end"]) if data.get("end") else None
    seats = data.get("capacity")
    lines = [t("guided.preview_header"), t("guided.preview_title", title=data["title"]),
             f"{kind_label(data.get('kind', 'other'))} · {format_span(start, end)}",
             f"{format_price(data.get('price', 0))} · " + (
                 t("guided.preview_seats", count=seats) if seats
                 else t("guided.preview_unlimited"))]
    if data.get("description"):
        lines.append(data["description"])
    if draft.has_image:
        lines.append(t("guided.preview_picture"))
    return "\n".join(lines)


def _option(ctx: Context, name: str) -> str:
    """A form field as sent, cleaned like any typed text (only a description keeps its
    line breaks)."""
    text = str(ctx.incoming.options.get(name, ""))
    if name != "description":
        text = _WORD.sub(" ", text)
    return clean_stored(text.strip(), MAX_DESCRIPTION + 100)


# -- publishing ------------------------------------------------------------------------------


async def _publish(ctx: Context, draft: Draft, announce_at: datetime | None) -> None:
    """The event is created once (the draft is taken out first: a second press finds
    nothing), its picture attached, then announced now or at `announce_at`."""
    start = datetime.fromisoformat(draft.data["start"])
    if start <= ctx.now:  # the draft waited past its own date
        data = dict(draft.data)
        data.pop("start", None)
        data["back"] = "preview"
        moved = await _save(ctx, draft, "when", data)
        _ask(ctx, moved, t("guided.date_passed"))
        return
    taken = await ctx.storage.drafts.take(draft.id, ctx.member.id, ctx.now)
    if taken is None:
        raise Conflict("guided.gone")
    data = taken.data
    end = datetime.fromisoformat(data["end"]) if data.get("end") else None
    try:
        event = await ctx.storage.events.create(
            NewEvent(title=data["title"], starts_at=start, ends_at=end,
                     place=ctx.core.settings.default_place, kind=data.get("kind", "other"),
                     capacity=data.get("capacity"), price_cents=data.get("price", 0),
                     description=data.get("description", ""), created_by=ctx.member.id),
            ctx.now)
    except Exception:
        # Nothing was created: the answers are put back, so a retry needs no retyping.
        await ctx.storage.drafts.start(ctx.member.id, "preview", data, ctx.now, taken.image)
        raise
    lines = [t("guided.created", id=event.id, title=event.title,
               when=format_span(event.starts_at, event.ends_at))]
    event, refused = await with_poster(ctx, event, taken.image)
    if refused:
        lines.append(refused)
    if announce_at is None:
        counts = await ctx.storage.rsvps.counts(event.id)
        shown = event
        reached = await ctx.core.publish(lambda: Reply(card=build_card(shown, counts)),
                                         event_id=event.id)
        # As /annoncer says it: chats that refused the card are counted, with whom to ask.
        lines.append(published_text(ctx.core.settings, reached, event.id,
                                    unset="guided.no_channel"))
    else:
        number = await ctx.storage.announcements.schedule(event.id, announce_at,
                                                          ctx.member.id, ctx.now)
        lines.append(t("guided.scheduled", n=number, when=format_when(announce_at)))
    ctx.reply("\n".join(lines), private=True)
    await card_reply(ctx, event)
