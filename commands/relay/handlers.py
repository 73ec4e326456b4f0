"""A member's reply after a private notice about an event (or under its card), and the
organisers' answer carried back.

Thanks are acknowledged, « we can't come » gets the button that frees the seat (the reason,
often about a child's health, is not passed on), what the card says (time, place, price,
seats) is the FAQ's to answer at once, and a question only a person can answer goes to the
event's organisers privately, naming the event and who asked; the member is told it was
passed on. An organiser taps « ↩️ Répondre à … » (on Discord, a form) and writes the answer,
which the member receives from « the Le Focus team », without the organiser's name. Only the
organisers a question was sent to may answer it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from bot import actions
from bot.actions import Action
from bot.cards import card_title, ends_by
from bot.context import Context
from bot.errors import NotFound
from bot.i18n import PARIS, format_when, t
from bot.jobs import JobContext
from bot.messages import SLASHLESS, Button, Form, FormField, Reply
from bot.spec import parse_values, split_text
from bot.text import fold
from commands.faq.answers import entries
from commands.faq.understand import plain_words, understand, wanted_kinds, wanted_period
from commands.relay import parsers
from commands.rsvp.handlers import MESSAGE_STATES, RSVP
from commands.rsvp.parsers import MAX_GUESTS
from storage import Event, Member, Recipient
from storage.outbox import REPLY
from storage.party import DESK
from storage.relay import KEPT_AFTER, Question, Relay

log = logging.getLogger(__name__)

VERB = "ask"
# « ✅ 3 places » under an answer written in words (`_answered`): the seats in all.
SEATS = "seats"
SEATS_ARGS = frozenset(str(n) for n in range(1, MAX_GUESTS + 2))
# After « Répondre », the organiser's next private message within this is the answer.
ANSWER_WINDOW = timedelta(minutes=30)
# A member's questions waiting for an answer at once; more are not passed on.
MAX_WAITING = 3
# Notices to the team and answers go out within this, or not at all.
SENT_WITHIN = timedelta(days=1)
# What the card answers by itself: the FAQ gives the card's own line (`commands.faq`).
_CARD_TOPICS = frozenset({"horaires", "adresse", "tarifs", "public", "programme", "guests"})
# Only the words « Écrivez maintenant votre réponse » offers: « Rien », « Annulé », « Stop »
# answer a question (« il faut apporter quelque chose ? », « c'est maintenu ? »).
_STOP_WORDS = frozenset({"annuler", "cancel"})
# Said around « annuler » when nothing should go (« annuler stp », « oups, annuler »); a
# sentence about cancelling (« Annuler ? Non, c'est maintenu ! ») goes as the answer.
_ASKING = frozenset({"stp", "svp", "oups", "oops", "please", "pls", "pardon"})
_STOP_SAID = _ASKING | {"non", "no", "finalement", "merci", "sorry", "desole", "desolee"}
# What separates the words of « oups, annuler ! ».
_PUNCTUATION = re.compile(r"[\s,.!;:…]+")
# A whole message that means « send nothing » without the word.
_STOP_PHRASES = frozenset({"laisse tomber", "never mind", "nevermind", "forget it"})


def store(ctx: Context | JobContext) -> Relay:
    return Relay(ctx.core.storage.db)


def _title(event: Event) -> str:
    """As its card names it: a demo event says « [Démo] » first."""
    return card_title(event)


class Windows:
    """The members whose « Répondre » window may be open (`Relay.start_answer`): read from
    the database once per process, then kept here as this process opens and closes them,
    so a private message from anyone else reads nothing for it. Per router."""

    def __init__(self) -> None:
        self._open: set[int] | None = None

    async def may_answer(self, ctx: Context) -> bool:
        if self._open is None:
            self._open = await store(ctx).answering_now(ctx.now)
        return ctx.member.id in self._open

    def opened(self, member_id: int) -> None:
        if self._open is not None:
            self._open.add(member_id)

    def closed(self, member_id: int) -> None:
        if self._open is not None:
            self._open.discard(member_id)


async def noted(ctx: Context) -> None:
    """After an organiser's command: a `/message` that went out names its writer, whom the
    event's questions reach too, beside its creator (a parent answers the words of whoever
    wrote them)."""
    event_id = ctx.values.get("event") if ctx.command_name == "message" else None
    # « aucun message envoyé » (nobody going or waiting): nobody read them, nothing noted.
    if isinstance(event_id, int) and any(
            p.platform != DESK
            for p in await ctx.storage.rsvps.recipients(event_id, MESSAGE_STATES)):
        await store(ctx).wrote(event_id, ctx.member.id)


async def never(ctx: Context) -> bool:
    """No conversation of its own: `noted` is an aside after organisers' commands."""
    return False


async def answers(windows: Windows, ctx: Context) -> bool:
    """An organiser's answer to a question: written under it (« Répondre »), or after
    tapping « ↩️ Répondre à … ». Heard before any other conversation (an open /creer form
    would take it as the event's title). A command typed without its slash there
    (« participants 3 ») is that command: nothing is sent, and the window closes."""
    incoming = ctx.incoming
    if not incoming.is_private or incoming.asked_in_group or not ctx.args:
        return False
    relay = store(ctx)
    question: Question | None = None
    if incoming.question_id is not None:  # « Répondre » under the question itself
        question = await relay.question(incoming.question_id, ctx.member.id, ctx.now)
        if question is None:  # under a question no longer kept: never another's answer
            raise NotFound("relay.not_yours" if await relay.kept(incoming.question_id, ctx.now)
                           else "relay.gone")
    if question is None and await windows.may_answer(ctx):
        question = await relay.answering(ctx.member.id, ctx.now)
        if question is None:
            windows.closed(ctx.member.id)
    if question is None:
        return False
    name = question.asker.display_name
    # « annuler », also a command's name, sends nothing (`_answer`).
    slashless = "" if _stops(ctx.args) else incoming.slashless
    if slashless == "command":
        await relay.stop_answering(ctx.member.id)
        windows.closed(ctx.member.id)
        button = t("relay.button", name=name[:30])
        ctx.reply(t("relay.command_not_sent", name=name, typed=ctx.args[:40], button=button),
                  private=True, buttons=(Button(button, actions.encode(VERB, question.id)),))
        return False  # the command runs
    if slashless in ("name", "line"):
        # « aide » alone, « message 1 On commence à 20h »: the command, or the answer?
        # Asked; the next message answers.
        if await relay.start_answer(question.id, ctx.member.id, ctx.now,
                                    ctx.now + ANSWER_WINDOW):
            windows.opened(ctx.member.id)
        key = "relay.command_word" if slashless == "name" else "relay.command_line"
        ctx.reply(t(key, name=name, typed=_quoted(ctx.args),
                    command=ctx.args.split(None, 1)[0].lower()), private=True)
        return True
    windows.closed(ctx.member.id)
    await _answer(ctx, relay, question, ctx.args)
    return True


async def listen(ctx: Context) -> bool:
    """A private plain message: a member's reply about the event it follows
    (`Incoming.event_id`). False: the FAQ reads it as before."""
    incoming = ctx.incoming
    if not incoming.is_private or not ctx.args:
        return False
    if incoming.asked_in_group:
        return await _under_group_card(ctx)
    relay = store(ctx)
    if (incoming.event_id is None and incoming.follows is not None
            and SLASHLESS.match(ctx.args) is None):  # « participants 1 »: the command
        # Typed right after « ❓ Question de Lea » without « Répondre »: never sent as
        # it is (it may be meant for the bot), never read as the organiser's own answer.
        unanswered = await relay.sent_to(ctx.member.id, incoming.follows, ctx.now)
        if unanswered is not None:
            name = unanswered.asker.display_name
            button = t("relay.button", name=name[:30])
            ctx.reply(t("relay.not_sent", name=name, button=button), private=True,
                      buttons=(Button(button, actions.encode(VERB, unanswered.id)),))
            return True
    # Under the event's card or notice (« Répondre »); else typed soon after its notice,
    # which may be about something else (`inferred`).
    event_id, inferred = incoming.event_id, False
    if event_id is None and incoming.follows is not None:
        event_id, inferred = incoming.follows, True
    if event_id is None:
        return False
    kind = parsers.read(ctx.args)
    if kind is None and (said := parsers.said(ctx.args)) is not None:
        # « on sera 3 en fait », « jsp », « non finalement » under the bot's confirmation or
        # its notice: read as that event's answer, and one tap does it.
        event = await ctx.storage.events.get(event_id)
        if event is not None and not event.cancelled and ends_by(event) > ctx.now:
            await _answered(ctx, event, said)
            return True
    if kind != parsers.THANKS and parsers.asks_when(ctx.args):
        # « c quand déjà », "what time again?": its own day and time, not the opening hours.
        event = await ctx.storage.events.get(event_id)
        if (event is not None and not event.cancelled and ends_by(event) > ctx.now
                and not (inferred and not _about(ctx, event))):
            ctx.reply(t("relay.when", title=_title(event), id=event.id,
                        when=format_when(event.starts_at)))
            return True
    if kind is None:
        if inferred and await _says_coming(ctx):
            # « top merci, on sera là » after the notice: the FAQ says what the family holds,
            # never « a message does not book you » to a family booked already.
            ctx.incoming = replace(incoming, event_id=event_id)
        return False
    event = await ctx.storage.events.get(event_id)
    if event is None or event.starts_at < ctx.now - KEPT_AFTER:
        return False
    if kind == parsers.THANKS:
        ctx.reply(t("relay.thanks"))
        return True
    if kind == parsers.CANNOT:
        return await _cannot(ctx, event)
    if inferred and not _about(ctx, event):
        return False  # « vous êtes ouverts le samedi ? », « et l'atelier de samedi ? »
    if not parsers.for_the_team(ctx.args, end_known=event.ends_at is not None):
        # « ça finit à quelle heure ? » and the card says « jusqu'à 22h30 »: the FAQ reads it.
        if parsers.asks_end(ctx.args) or await _card_answers(ctx):
            if inferred:  # « c'est où exactement ? »: the FAQ answers from its card
                ctx.incoming = replace(incoming, event_id=event_id)
            return False
        if inferred:
            return False  # not clearly about it: the FAQ's own answer (« je ne sais pas »)
    await _pass_on(ctx, relay, event, ctx.args)
    return True


async def _under_group_card(ctx: Context) -> bool:
    """Under the group's card (answered privately): a question only a person can answer
    (« on arrive vers 21h c'est ok ? ») reaches the team as it does from a private card.
    Anything else stays the FAQ's, which reads the card (an answer's line and « ✅ Je
    viens », the end, bringing someone, a child alone: `parsers.card_reads`)."""
    event_id = ctx.incoming.event_id
    if (event_id is None or parsers.read(ctx.args) != parsers.QUESTION
            or parsers.card_reads(ctx.args) or not parsers.for_the_team(ctx.args)):
        return False
    event = await ctx.storage.events.get(event_id)
    if event is None or event.cancelled or ends_by(event) <= ctx.now:
        return False
    await _pass_on(ctx, store(ctx), event, ctx.args)
    return True


def _about(ctx: Context, event: Event) -> bool:
    """Whether a question typed after the event's notice may be about it: it names neither
    the Focus itself (its hours, « vous »), nor another kind of event or another day."""
    if parsers.general(ctx.args):
        return False
    words = plain_words(ctx.args)
    kinds = wanted_kinds(words)
    if kinds and event.kind not in kinds:
        return False
    period = wanted_period(words, ctx.now.astimezone(PARIS).date())
    day = event.starts_at.astimezone(PARIS).date()
    return period is None or period.first <= day <= period.last


async def _says_coming(ctx: Context) -> bool:
    """« on sera là », « on vient » written, not answered (the FAQ's "join")."""
    return understand(ctx.args, await entries(ctx.storage)).label == "join"


async def _card_answers(ctx: Context) -> bool:
    """Whether the FAQ answers this question itself: a topic it is sure of (the card's time,
    place, price, seats, or one of its own answers)."""
    understood = understand(ctx.args, await entries(ctx.storage))
    if not understood.confident or understood.unknown_part:
        return False
    return understood.label in _CARD_TOPICS or understood.label not in (
        "cancel", "join", "typed_yes", "typed_no", "typed_yes_erase")


async def _cannot(ctx: Context, event: Event) -> bool:
    """« Elle ne viendra pas »: the button that frees the seat; nothing is passed on."""
    if event.cancelled or ends_by(event) <= ctx.now:
        ctx.reply(t("relay.thanks"))
        return True
    state = await ctx.storage.rsvps.state_of(event.id, ctx.member.id)
    if state not in ("going", "waitlisted", "maybe"):
        ctx.reply(t("relay.cannot_none", title=_title(event), id=event.id))
        return True
    ctx.reply(t("relay.cannot", title=_title(event), id=event.id, button=t("button.no")),
              buttons=(Button(t("button.no"), actions.encode("rsvp", event.id, "no")),))
    return True


async def _answered(ctx: Context, event: Event, said: parsers.Said) -> None:
    """An answer written in words: what it would change, and the one button that does it
    (a message itself books, frees or changes nothing)."""
    if said.answer == "no":
        await _cannot(ctx, event)
        return
    state, held = await _state(ctx, event)
    title, holding = _title(event), state in ("going", "waitlisted")
    if said.answer == "maybe":
        if state == "maybe":
            ctx.reply(t("relay.thanks"))
            return
        button = t("button.maybe")
        ctx.reply(t("relay.maybe_held" if holding else "relay.maybe", title=title,
                    id=event.id, button=button),
                  buttons=(Button(button, actions.encode("rsvp", event.id, "maybe")),))
        return
    if said.children:
        # « oui avec Tom et Zoé »: the line that books them with their names (a button
        # would book seats without the names).
        seats = 1 + len(said.children)
        ctx.reply(t("relay.named", title=title, id=event.id, seats=seats, guests=seats - 1,
                    names=", ".join(said.children)))
        return
    if said.unsure or (said.several and not holding):
        button, more = t("button.guest_add"), max(held, 1) + 1
        ctx.reply(t("relay.how_many", title=title, id=event.id, button=button,
                    more=t("relay.seats_button", seats=more), guests=more - 1),
                  buttons=(Button(button, actions.encode("guest", event.id, "+1")),))
        return
    if holding and said.seats in (None, held):
        ctx.reply(t("relay.held" if state == "going" else "relay.held_waiting", title=title,
                    id=event.id, seats=held))
        return
    if said.seats is None:
        button = t("button.going")
        ctx.reply(t("relay.going", title=title, id=event.id, button=button),
                  buttons=(Button(button, actions.encode("rsvp", event.id, "going")),))
        return
    button = t("relay.seats_button", seats=said.seats)
    ctx.reply(t("relay.seats", title=title, id=event.id, seats=said.seats, button=button,
                guests=said.seats - 1),
              buttons=(Button(button, actions.encode(SEATS, event.id, str(said.seats))),))


async def press_seats(ctx: Context, action: Action) -> None:
    """« ✅ 3 places », offered under an answer written in words: as if `/participer 12 oui
    +2` were typed (the same reply, the same refusals)."""
    line = f"{action.target} going +{int(action.arg) - 1}"
    ctx.command_name, ctx.args = RSVP.name, line
    ctx.values = parse_values(RSVP, split_text(RSVP, line, ctx.now), ctx.now)
    await RSVP.handler(ctx)


async def organisers(ctx: Context, event: Event) -> list[Recipient]:
    """Who hears a question about `event`: whoever created it, and the organisers who wrote
    to its participants (`noted`); with none of them (created by nobody we still know,
    such as a demo event), the Telegram organisers who ever wrote to the bot."""
    found: list[Member] = []
    wrote = await store(ctx).writers(event.id)
    for member_id in dict.fromkeys(filter(None, (event.created_by, *wrote))):
        member = await ctx.storage.members.get(member_id)
        if member is not None:
            found.append(member)
    if not found:
        for user_id in ctx.core.settings.telegram_organizer_ids:
            member = await ctx.storage.members.find("telegram", str(user_id))
            if member is not None:
                found.append(member)
    listed = {str(i) for i in ctx.core.settings.telegram_organizer_ids}
    return [Recipient(m.id, m.platform, m.platform_user_id, m.display_name,
                      m.language or m.app_language, 0)
            for m in found if m.id != ctx.member.id
            # An organiser no longer listed (left the team) hears no more questions.
            and (m.platform != "telegram" or m.platform_user_id in listed)]


async def _state(ctx: Context, event: Event) -> tuple[str, int]:
    """The asker's answer to the event, and the seats they hold, as the organiser reads it."""
    state = await ctx.storage.rsvps.state_of(event.id, ctx.member.id)
    if state not in ("going", "waitlisted", "maybe", "no"):
        return "none", 0
    held = [r.seats for r in await ctx.storage.rsvps.recipients(event.id, (state,))
            if r.member_id == ctx.member.id]
    return str(state), held[0] if held else 0


def _cut(text: str, limit: int) -> tuple[str, bool]:
    """`text` as it goes out: whole within `limit` characters; longer, its beginning up to
    the last whole word, ending « … » (True: cut, the writer is told what went)."""
    text = text.strip()
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    word_end = head.rstrip().rfind(" ")
    if word_end > limit // 2 and not text[limit:limit + 1].isspace():
        head = head[:word_end]
    return f"{head.rstrip()} …", True


async def _pass_on(ctx: Context, relay: Relay, event: Event, typed: str) -> None:
    text, cut = _cut(typed, parsers.MAX_QUESTION)
    waiting = await relay.waiting(ctx.member.id, ctx.now)
    if waiting >= MAX_WAITING:
        ctx.reply(t("relay.too_many", count=waiting))
        return
    team = await organisers(ctx, event)
    if not team:
        ctx.reply(t("relay.nobody", title=_title(event), id=event.id))
        return
    # Kept a week after it was asked, and as long as its event is (`storage.relay`).
    question_id = await relay.ask(event.id, ctx.member.id, [m.member_id for m in team],
                                  ctx.now, ctx.now + KEPT_AFTER)
    state, seats = await _state(ctx, event)
    name = ctx.member.display_name
    # An organiser who tapped « Répondre » to someone else and has not written yet: their
    # next message still goes there, which this notice says (meant for this asker, it would
    # otherwise reach the other one without a word).
    answering = {who.member_id: await relay.answering(who.member_id, ctx.now)
                 for who in team}

    def asked_of(busy: Question | None) -> Callable[[], Reply]:
        def asked() -> Reply:
            button = t("relay.button", name=name[:30])
            lines = [t("relay.asked", name=name, state=t(f"relay.state.{state}", seats=seats),
                       title=_title(event), id=event.id, when=format_when(event.starts_at),
                       text=text, button=button)]
            if busy is not None and busy.id != question_id:
                lines.append(t("relay.still_answering", other=busy.asker.display_name,
                               button=button))
            return Reply("\n".join(lines),
                         buttons=(Button(button, actions.encode(VERB, question_id)),
                                  Button(t("button.open_event", id=event.id),
                                         actions.encode("event", event.id))),
                         words_of=ctx.member.id)  # kept until sent: goes with her (/oubliemoi)
        return asked

    reached = await ctx.core.tell([(who, asked_of(answering[who.member_id])) for who in team],
                                  about=event.id, until=ctx.now + SENT_WITHIN, kind=REPLY)
    key = "relay.passed" if any(reached) else "relay.not_reached"
    lines = [t(key, title=_title(event), id=event.id, name=name)]
    if cut:
        lines.append(t("relay.question_cut", max=parsers.MAX_QUESTION))
    ctx.reply("\n".join(lines))


async def press(windows: Windows, ctx: Context, action: Action) -> None:
    """« ↩️ Répondre à Lea »: the next private message is the answer (on Discord, the form);
    the form sent back (`arg` "form") is the answer itself."""
    relay = store(ctx)
    question = await relay.question(int(action.target), ctx.member.id, ctx.now)
    if question is None and await relay.kept(int(action.target), ctx.now):
        raise NotFound("relay.not_yours")  # kept, but sent to others: not "erased"
    if question is None:
        raise NotFound("relay.gone")
    if _left_the_team(ctx):
        raise NotFound("relay.left")
    if action.arg == "form":
        text = str(ctx.incoming.options.get("answer", "")).strip()
        if text:
            await _answer(ctx, relay, question, text)
        else:
            ctx.reply(t("relay.dropped", name=question.asker.display_name), private=True)
        return
    event = await ctx.storage.events.get(question.event_id)
    if event is None:
        raise NotFound("relay.gone")
    if not ctx.core.capabilities(ctx.incoming.platform).forms:
        # Discord shows the form alone: closed unsent, their next message is theirs.
        await relay.start_answer(question.id, ctx.member.id, ctx.now,
                                 ctx.now + ANSWER_WINDOW)
        windows.opened(ctx.member.id)
    name = question.asker.display_name
    lines = [t("relay.answer_now", name=name, title=_title(event), id=event.id)]
    if question.answered_at is not None:
        lines.append(t("relay.answered_before", when=format_when(question.answered_at)))
    form = Form(actions.encode(VERB, question.id, "form"), t("relay.form_title", name=name)[:45],
                (FormField("answer", t("relay.form_field"), t("relay.form_placeholder"),
                           long=True, max_length=parsers.MAX_ANSWER),))
    ctx.replies.append(Reply("\n".join(lines), private=True, locale=ctx.locale, form=form))


async def _answer(ctx: Context, relay: Relay, question: Question, text: str) -> None:
    """The organiser's answer goes to who asked, from « the Le Focus team »."""
    if _left_the_team(ctx):
        raise NotFound("relay.left")
    name = question.asker.display_name
    if _stops(text):
        await relay.stop_answering(ctx.member.id)
        ctx.reply(t("relay.dropped", name=name), private=True)
        return
    event = await ctx.storage.events.get(question.event_id)
    if event is None:
        raise NotFound("relay.gone")
    answer, cut = _cut(text, parsers.MAX_ANSWER)

    def answered() -> Reply:
        return Reply(t("relay.answer", title=_title(event), id=event.id, text=answer),
                     buttons=(Button(t("button.open_event", id=event.id),
                                     actions.encode("event", event.id)),))

    reached = await ctx.core.tell([(question.asker, answered)], about=event.id,
                                  until=ctx.now + SENT_WITHIN, kind=REPLY)
    try:
        before = await relay.answered(question.id, ctx.member.id, ctx.now)
    except Exception:  # the answer went (or is kept to go): only its mark failed
        log.exception("could not mark question %s answered", question.id)
        before = None
    key = "relay.sent" if all(reached) else "relay.unreached"
    lines = [t(key, name=name, title=_title(event), id=event.id)]
    if before is not None:
        # Two organisers who both tapped « Répondre » (even answering at the same instant):
        # the second learns the first answered (a contradiction can be put right); so does
        # one adding a line to her own answer.
        lines.append(t("relay.also_answered", name=name, when=format_when(before)))
    if cut:
        lines.append(t("relay.answer_cut", name=name, max=parsers.MAX_ANSWER))
    ctx.reply("\n".join(lines), private=True)


def _quoted(typed: str, limit: int = 60) -> str:
    """What was typed, quoted back: its beginning when long (up to a whole word, « … »)."""
    return _cut(typed, limit)[0]


def _stops(text: str) -> bool:
    """« annuler » instead of an answer (« annuler stp », « oups, annuler », « laisse
    tomber »): nothing is sent."""
    if "?" in text:
        return False
    words = [w for w in (fold(w) for w in _PUNCTUATION.split(text)) if w]
    if " ".join(words) in _STOP_PHRASES:
        return True
    if len(words) > 4 or not all(w in _STOP_WORDS or w in _STOP_SAID or w == "annule"
                                 for w in words):
        return False
    # « Annulé. » alone answers « c'est maintenu ? »; « annule stp » asks to send nothing.
    return any(w in _STOP_WORDS for w in words) or (
        "annule" in words and any(w in _ASKING for w in words))


def _left_the_team(ctx: Context) -> bool:
    """A Telegram organiser taken off `TELEGRAM_ORGANIZER_IDS` answers no more questions
    (Discord says who organises only in the server, not in private: its recipients stand)."""
    return ctx.incoming.platform == "telegram" and not ctx.incoming.is_organizer


async def forget(job: JobContext) -> None:
    """Each scheduler tick: what members were told of since the last write, written (the
    core's, `save_told`); questions no longer kept (a week after their event) erased, with
    who wrote to those events' participants."""
    await job.core.save_told()
    await store(job).forget_past(job.now)
