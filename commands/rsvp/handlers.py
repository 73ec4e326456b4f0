"""Answering an event (typed or with a card's buttons, with the children's first names), a
member's own list, who is coming (organisers, with a CSV export for the door list), people
registered by phone or at the desk, and a message to those coming."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot import actions
from bot.actions import Action
from bot.bounded import remember
from bot.cards import event_line, guest_sign, is_over
from bot.context import Context
from bot.errors import Conflict, NotFound, UserInputError
from bot.i18n import PARIS, current_locale, format_when, french_typography, platform_key, t
from bot.messages import Attachment, Button, Form, FormField, Reply
from bot.spec import CommandSpec, Param, option_names, slash_params
from bot.text import echoed, fold
from commands.events import load_event, open_event, shown_title
from commands.events.handlers import offer_events
from commands.events.strings import STRINGS as EVENT_STRINGS
from commands.rsvp import parsers
from commands.rsvp.parsers import MAX_DESK_SEATS, MAX_GUESTS
from storage import Attendee, Event, Recipient, RsvpOutcome
from storage.party import DESK, Child, DeskEntry
from storage.rsvps import HOLDING, UNCHANGED, Answer

ATTENDEES_VERB = "attendees"  # « /participants » alone: the events to tap
# « /ecrire », « /inscrire », « /retirer » alone: the events to tap, then the line to type.
WRITE_VERB, ENROL_VERB, UNENROL_VERB = "write", "enrol", "unenrol"
# How many cards' last ±1 guest taps are kept in memory (`GuestTaps`).
MAX_TAPS = 2000
# Sample first names for the line a parent is told to type (replaced by their own).
_SAMPLE_NAMES = ("Tom", "Zoé", "Léo", "Inès", "Noah", "Jade", "Sami", "Lou", "Nina")


# The demo events' titles as stored (French): an answer's title is looked up again only when
# it is one of these, to show it in the reader's language like the card does.
_DEMO_TITLES = frozenset(
    shown for key, entry in EVENT_STRINGS.items()
    if key.startswith("demo.") and key.endswith(".title")
    for shown in (entry["fr"], french_typography(entry["fr"])))


async def in_reader_words(ctx: Context, outcome: RsvpOutcome) -> RsvpOutcome:
    """The outcome with the title its card shows (a demo event's, translated); an
    organiser's title, as typed, costs no lookup."""
    if outcome.title not in _DEMO_TITLES:
        return outcome
    event = await ctx.storage.events.get(outcome.event_id)
    if event is None:
        return outcome
    return dataclasses.replace(outcome, title=shown_title(event))


def _key(ctx: Context, key: str) -> str:
    """`key`, or its Discord wording (`<key>.discord`) for a slash command or a button:
    there people pick « Je viens » and fill options, they type no « oui » nor « +2 »
    (`Context.wording`)."""
    return platform_key(key, ctx.wording)


def slash_line(event_id: int, **values: object) -> str:
    """`/participer numero:12 reponse:Je viens enfants:Tom, Zoé`: /participer as Discord
    shows it (options and choice labels named by `bot.spec`, like /aide), with `values`."""
    names = option_names(RSVP)
    parts = [f"/{RSVP.shown_name(current_locale())}", f"{names['event']}:{event_id}"]
    for param in slash_params(RSVP):
        value = values.get(param.name)
        if value is not None:
            shown = t(f"choice.{param.name}.{value}") if param.kind == "choice" else value
            parts.append(f"{names[param.name]}:{shown}")
    return " ".join(parts)


def outcome_text(outcome: RsvpOutcome, short: bool = False, platform: str = "") -> str:
    """What the member sees after an answer; `short` for a button toast. A refused answer
    is an error: not found, or a state that forbids it (no usage line). `platform`: the
    Discord wording where the answer came from a slash command or a button."""
    o = outcome
    if o.status == "not_found":
        raise NotFound("error.event_not_found", id=o.event_id)
    if o.status == "cancelled":
        raise Conflict("error.event_cancelled", id=o.event_id, title=o.title)
    if o.status == "closed":
        raise Conflict("error.rsvp_closed", id=o.event_id, title=o.title)
    if o.status == "no_rsvp":
        raise Conflict("error.guests_without_rsvp", id=o.event_id)
    if o.status == "signups_closed":
        raise Conflict(platform_key("error.signups_closed", platform), id=o.event_id,
                       title=o.title)
    if o.status == "too_many":
        raise Conflict("error.more_than_capacity", id=o.event_id, title=o.title,
                       seats=o.seats, capacity=o.capacity)
    left = _left(o)
    prefix = "toast." if short else "rsvp."
    party = short and o.status == "waitlisted" and o.seats > 1  # « 1 libre » on the card
    text = t(prefix + o.status + ("_party" if party else ""), title=o.title, id=o.event_id,
             seats=o.seats, guests=o.seats - 1, position=o.position, left=left)
    if o.status == "waitlisted" and o.seats > 1 and not short:
        text += " " + t("rsvp.waitlisted_group", seats=o.seats)  # the fairness rule, said
    before = o.before if isinstance(o, Answer) else None
    if o.status == "maybe" and before in HOLDING:
        # « Peut-être » holds nothing: a seat or a waitlist place given up is said, or a
        # parent hedging finds at the door that the seat went to someone else.
        text += " " + t(platform_key(f"{prefix}maybe_after_{before}", platform),
                        seats=o.seats, id=o.event_id)
    return text


def _left(outcome: RsvpOutcome) -> str:
    """« (12/20 places prises) » after an answer to an event with a capacity."""
    if outcome.capacity is None:
        return ""
    key = ("rsvp.left_over" if outcome.taken > outcome.capacity
           else "rsvp.left_full" if outcome.taken >= outcome.capacity else "rsvp.left")
    return t(key, taken=outcome.taken, capacity=outcome.capacity)


async def _answer(ctx: Context, event_id: int, answer: str | None, *,
                  guests: int | None = None, delta: int = 0,
                  ) -> tuple[RsvpOutcome, list[Child]]:
    """The member's answer, and the children's names it leaves without a seat dropped in
    the same transaction (names only for the guests still coming: fewer guests drop the last
    names, "maybe" or "no" drops them all). Returns the names dropped.

    A card's button: the card pressed is made live again with the answer, in its
    transaction, when the answer changed seats (one trip; the refresh that follows shows
    it); `_keep_pressed_card` does it for an answer that changed none."""
    incoming = ctx.incoming
    pressed = ((incoming.platform, incoming.chat_id, incoming.message_id)
               if incoming.action is not None and incoming.message_id else None)
    outcome, dropped = await ctx.storage.rsvps.answer_keeping_names(
        event_id, ctx.member.id, answer, ctx.now, guests=guests, guests_delta=delta,
        max_seats=MAX_GUESTS + 1, pressed=pressed)
    ctx.answered = outcome
    seats_changed(ctx, event_id, outcome)
    if outcome.status == "closed":  # rare: an old card pressed, under way or over
        event = await ctx.storage.events.get(event_id)
        if event is not None and is_over(event, ctx.now):  # its card reads « Terminé »
            raise Conflict("error.rsvp_over", id=event_id, title=shown_title(event))
    return await in_reader_words(ctx, outcome), dropped


def seats_changed(ctx: Context, event_id: int, outcome: RsvpOutcome) -> None:
    """After an answer: the cards, and the promoted told (and groups they passed, by the
    core: see `Core._tell_promoted`). Plain, not async: it only schedules."""
    if outcome.status not in UNCHANGED:  # else nobody's seats changed: no card to refresh
        ctx.core.event_changed(event_id, outcome.promoted)


def _kids_button(event_id: int) -> Button:
    return Button(t("button.name_children"), actions.encode("kids", event_id))


def _names(children: Sequence[Child]) -> str:
    return ", ".join(str(c) for c in children)


def _answer_in_words(ctx: Context, answer: str | None, guests: int | None,
                     typed: str) -> tuple[str | None, str]:
    """The answer and the words after it, where the words begin with an answer: the card's
    typed (« /participer 12 je viens », « peut etre », "not going"), or repeated after its
    emoji (« ✅ Je viens »), not a child's name; « viens pas »: the answer's one word began
    a longer one. Two answers (« oui je viens pas », « oui peut-être ») are refused, naming
    both."""
    said = parsers.leading_answer(typed)
    if answer is not None and guests is None and ctx.incoming.command is None:
        words, count = ctx.args.split(), len(typed.split())
        before = words[-count - 1] if len(words) > count else ""
        longer = (parsers.leading_answer(f"{before} {typed}")
                  if parsers.ANSWER_WORDS.get(fold(before)) == answer else None)
        if longer is not None:
            return longer
    if said is not None and answer not in (None, said[0]):
        raise _two_answers(answer, said[0])
    meant, rest = said or (answer, typed)
    # « oui peut-être », « je viens peut-être »: a second answer, not a child's name.
    if meant is not None and (other := parsers.other_answer(meant, rest)) is not None:
        raise _two_answers(meant, other)
    return meant, rest


def _two_answers(first: str, second: str) -> UserInputError:
    return UserInputError("error.two_answers", first=t(f"choice.answer.{first}"),
                          second=t(f"choice.answer.{second}"))


async def rsvp(ctx: Context) -> None:
    """`/participer 12 oui +2`, or with the children's first names: `/participer 12 oui Tom,
    Zoé (8-11)`. Without "+N" the names set the guests; with it, they may be fewer (another
    adult comes unnamed) but never more."""
    event_id = ctx.values["event"]
    answer = ctx.values.get("answer")
    guests = ctx.values.get("guests")
    typed = ctx.values.get("children") or ""
    if typed:
        answer, typed = _answer_in_words(ctx, answer, guests, typed)
    first = typed.split()[0] if typed else ""
    if first and parsers.is_number(first):  # « +50 », « -3 »: guests out of range
        more = parsers.guests(first)
        if guests is not None:  # « oui +1 +1 »: two counts, say so (not « a name only »)
            total = min(guests + more, MAX_GUESTS)
            raise UserInputError(_key(ctx, "error.guests_twice"), guests=guests, total=total,
                                 value=first[:20], id=event_id,
                                 line=slash_line(event_id, guests=total))
        words = typed.split()
        counted = len(words) > 1 and (parsers.counts_people(words[1]) or (
            parsers.counts_them(words) and not first.startswith("+")))  # « 4 avec les… »
        if not counted:
            # « +2 » put in the slash command's children option, or after the answer's
            # words (« je viens +2 »): the guests (« 2 adultes » still counts people, and
            # is asked about below).
            guests, typed = more, " ".join(words[1:])
    if guests is not None and typed and _counts_them(ctx, guests, typed):
        typed, guests = f"{guests} {typed}", None  # « oui 2 adultes et 3 enfants »
    in_group = not ctx.incoming.is_private or ctx.incoming.asked_in_group
    if answer == "no" and parsers.instead(typed):
        # « moi je peux pas mais ma femme vient »: someone in their place, not a plain no
        # (a child may be named in the words: asked privately, taken out of a group)
        ctx.retract_asking = in_group
        ctx.reply(t(_key(ctx, "rsvp.ask.instead"), words=echoed(typed), id=event_id),
                  private=True)
        return
    try:
        party = parsers.party(typed) if typed else parsers.NOBODY
    except UserInputError:
        ctx.retract_asking = in_group  # refused, the words may still name a child
        raise
    named = party.children
    # Names typed in a group are public whatever comes of them (a refusal included): the
    # parent's own message goes where the platform allows; read as private but asked
    # there, « @Le Focus participer 3 oui Tom », too.
    ctx.retract_asking = bool(named) and in_group
    if typed:  # names, or only words around them (« 2 enfants »)
        if answer is None and ctx.incoming.command is not None:
            answer = "going"  # a slash command's empty answer option: its default
        if answer is None and party.why == "with_you":
            answer = "going"  # « 2 adultes et 3 enfants »: who comes; asked, nothing booked
        if answer is None:  # typed « /participer 12 ouii »: a typo, not a child called Ouii
            raise UserInputError("error.children_need_answer", value=first[:20],
                                 id=event_id)
    if named and answer != "going":
        raise UserInputError(_key(ctx, "error.children_need_going"), id=event_id,
                             line=slash_line(event_id, answer="going",
                                             children=t("rsvp.sample_names")))
    if answer == "going" and guests is None and party.unsure:
        # The words are quoted back, and a child may be named in them (« oui mais Zébulon
        # arrivera en retard »): asked privately, the parent's group message taken out.
        ctx.retract_asking = ctx.retract_asking or in_group
        _ask_how_many(ctx, event_id, party)  # never a number of seats they did not mean
        return
    if answer == "going" and guests is not None and party.guests > guests:
        if len(named) == party.guests:
            # « +1 Tom, Zoé »: the grandmother beside the children, or a miscount.
            raise UserInputError(_key(ctx, "error.children_more_than_guests"),
                                 count=len(named), guests=guests, id=event_id,
                                 total=min(len(named) + guests, MAX_GUESTS))
        # No names echoed: this may be in a group.
        raise UserInputError(_key(ctx, "error.counts_differ"), guests=guests,
                             counted=party.guests, id=event_id,
                             line=slash_line(event_id, guests=party.guests))
    if guests is None and party.guests:
        guests = parsers.guests(str(party.guests))  # over 9: said so
    answer = answer or "going"
    unbooked = guests if answer == "maybe" else 0  # « peut-être +2 »: said, not kept
    if answer != "going" and guests:
        guests = 0  # guests come with someone who comes
    outcome, dropped = await _answer(ctx, event_id, answer, guests=guests)
    lines = [outcome_text(outcome, platform=ctx.wording)]
    if unbooked:
        lines.append(t(_key(ctx, "rsvp.maybe_guests"), guests=unbooked, id=event_id,
                       line=slash_line(event_id, answer="going", guests=unbooked)))
    buttons: tuple[Button, ...] = ()
    if named and outcome.status in HOLDING:
        await ctx.storage.party.name_children(event_id, ctx.member.id, named)
        unnamed = outcome.seats - 1 - len(named)
        key = ("children.named_some" if unnamed > 0 and party.guests > len(named)
               else "children.named_count" if ctx.values.get("guests") is None
               else "children.named_some" if unnamed > 0 else "children.named")
        lines.append(t(key, names=_names(named), count=len(named), unnamed=unnamed))
        lines.append(t("children.private"))
        lines.extend(await _named_twice(ctx, event_id, named, outcome.seats))
    else:
        if named:
            lines.append(t("children.not_kept"))
        elif dropped:
            lines.append(t("children.dropped", names=_names(dropped)))
        if outcome.status in HOLDING and outcome.seats > 1 and not dropped and not named:
            buttons = (_kids_button(event_id),)
    # Children's names are only ever shown to their parent and the team: never in a channel.
    ctx.reply("\n".join(lines), buttons=buttons, private=bool(named or dropped))


RSVP = CommandSpec(
    "rsvp", rsvp, aliases=("participer", "inscription", "jeviens", "repondre"),
    params=(
        Param("event", "event"),
        Param("answer", "choice", required=False, values=parsers.ANSWERS,
              words=parsers.ANSWER_WORDS, parse=parsers.answer),
        Param("guests", "int", required=False, minimum=0, maximum=parsers.MAX_GUESTS,
              prefix="+", parse=parsers.guests),
        # Read by the handler (parsers.children), not here: a spec parser would take a
        # title's words for names (« /participer soirée jeux »). For the team only: a
        # command typed in a group, then edited to add names, is taken out all the same.
        Param("children", required=False, max_length=parsers.MAX_CHILDREN_TEXT, rest=True,
              confidential=True),
    ),
    # « /participer » alone (a phone's menu): the events to tap, one tap saying « oui ».
    pick="rsvp:going")


def _counts_them(ctx: Context, guests: int, typed: str) -> bool:
    """« oui 2 adultes », « oui 4 avec les enfants »: the router read the number as guests,
    but it counts the people named next (who may include the one answering). Typed « +2
    adultes », the guests are said."""
    if ctx.incoming.command is not None or not parsers.counts_them([str(guests),
                                                                      *typed.split()]):
        return False
    return re.search(rf"\+\s*{guests}(?!\d)", ctx.incoming.text) is None


def _ask_how_many(ctx: Context, event_id: int, party: parsers.Party) -> None:
    """The words leave the number of seats open: asked, with the lines to type; nothing is
    booked (a parent must not find one seat, or one too many, at the door)."""
    key = _key(ctx, f"rsvp.ask.{party.why or 'how_many'}")
    if party.why == "one_or_two":  # the names as typed, the doubtful one split or joined
        shown = [c.first_name for c in party.children]
        split = ", ".join(n.replace(" ", ", ") if n == party.unsure else n for n in shown)
        joined = ", ".join(n.replace(" ", "-") if n == party.unsure else n for n in shown)
        text = t(key, words=party.unsure, id=event_id, split=split, joined=joined,
                 line=slash_line(event_id, children=split),
                 joined_line=slash_line(event_id, children=joined))
    elif party.why == "with_you":
        guests = max(0, party.guests - 1)
        text = t(key, words=party.unsure, id=event_id, seats=party.guests, guests=guests,
                 more=party.guests, line=slash_line(event_id, guests=guests),
                 more_line=slash_line(event_id, guests=party.guests))
    else:
        names = ", ".join(_SAMPLE_NAMES[:2])
        text = t(key, words=party.unsure, id=event_id, names=names,
                 line=slash_line(event_id, guests=2),
                 names_line=slash_line(event_id, children=names))
    ctx.reply(text, private=True)  # the parent's own words, quoted: never in a channel


def _tell_dropped(ctx: Context, dropped: Sequence[Child]) -> None:
    """A card's button that drops children's names says which, privately (typed, the same
    change says it too): a parent must not find out at the door."""
    if dropped:
        ctx.reply(t("children.dropped", names=_names(dropped)), private=True)


async def press_rsvp(ctx: Context, action: Action) -> None:
    event_id = _event_id(action)
    outcome, dropped = await _answer(ctx, event_id, action.arg or "going")
    toast = outcome_text(outcome, short=True, platform=ctx.wording)
    _tell_dropped(ctx, dropped)
    ctx.reply(toast)
    if outcome.status in UNCHANGED:  # else revived with the answer (`_answer`)
        await _keep_pressed_card(ctx, event_id)


class GuestTaps:
    """The card's ±1 guest buttons. A tap a slow phone sent twice (nothing seemed to happen,
    the parent tapped again) arrives twice with the same card drawing (`bot.cards.GUEST_ARGS`):
    the repeat is not counted, and its toast says so and how to add one more; tapped again
    after that (told), or on the card redrawn since, it counts. Kept in memory, per router:
    a restart between two taps of one second forgets one repeat, nothing worse."""

    def __init__(self) -> None:
        # (member, platform, chat, message) → (the button counted last, repeat already told)
        self._counted: dict[tuple[int, str, str, str], tuple[str, bool]] = {}

    async def __call__(self, ctx: Context, action: Action) -> None:
        incoming = ctx.incoming
        event_id = _event_id(action)
        sign = guest_sign(action.arg)
        drawn = sign != action.arg and bool(incoming.message_id)  # older cards: each tap
        key = (ctx.member.id, incoming.platform, incoming.chat_id, incoming.message_id or "")
        if drawn and self._counted.get(key) == (action.arg, False):
            held = [m for m in await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
                    if m.event.id == event_id and m.state in HOLDING]
            if held:
                remember(self._counted, key, (action.arg, True), MAX_TAPS)
                ctx.reply(t(f"toast.guest_repeat{sign[0]}", seats=held[0].seats))
                await _keep_pressed_card(ctx, event_id)
                return
        outcome = await press_guest(ctx, action)
        if drawn and outcome.status not in UNCHANGED:
            remember(self._counted, key, (action.arg, False), MAX_TAPS)


async def press_guest(ctx: Context, action: Action) -> RsvpOutcome:
    """±1 guest from the card. The first guest added brings, privately, the offer to name
    the children (once: later presses only show the toast)."""
    event_id = _event_id(action)
    plus = guest_sign(action.arg) == "+1"
    outcome, dropped = await _answer(ctx, event_id, None, delta=1 if plus else -1)
    if not plus and outcome.status == "no_rsvp":
        # ➖ without a seat: nothing to take away (« puis ajoutez vos invité·e·s » would
        # answer a tap she did not make).
        raise Conflict("error.no_guest_to_remove", id=event_id)
    toast = outcome_text(outcome, short=True, platform=ctx.wording)
    _tell_dropped(ctx, dropped)
    if plus and outcome.status in HOLDING and outcome.seats == 2:
        ctx.reply(t("children.offer", id=event_id, title=outcome.title),
                  buttons=(_kids_button(event_id),), private=True)
    ctx.reply(toast)  # last: Telegram shows the last text of a press as its toast
    if outcome.status in UNCHANGED:  # else revived with the answer (`_answer`)
        await _keep_pressed_card(ctx, event_id)
    return outcome


# How long after « 👧 Nommer les enfants » a message of first names alone names them.
NAMES_WINDOW = timedelta(hours=1)
_NAMES_ASKED_MOST = 1000


class NamesAsked:
    """Whom « 👧 Nommer les enfants » showed the line to, and for which event: for
    `NAMES_WINDOW`, their private message of first names alone (« Lina et Noé ») names the
    children as the line would. Kept in this process only (a restart forgets it: the line
    still works), at most `_NAMES_ASKED_MOST` members."""

    def __init__(self) -> None:
        self._asked: dict[int, tuple[int, datetime]] = {}

    def asked(self, member_id: int, event_id: int, now: datetime) -> None:
        remember(self._asked, member_id, (event_id, now + NAMES_WINDOW), _NAMES_ASKED_MOST)

    async def names(self, ctx: Context) -> bool:
        """A listener: the names typed after the button, else False (nothing read)."""
        incoming = ctx.incoming
        if (not self._asked or not incoming.is_private or incoming.asked_in_group
                or not ctx.args):
            return False
        found = self._asked.get(ctx.member.id)
        if found is None:
            return False
        event_id, until = found
        if until <= ctx.now:
            del self._asked[ctx.member.id]
            return False
        named = parsers.names_only(ctx.args)
        if not named:
            return False  # a question, « ok merci »: read as ever; the names may follow
        del self._asked[ctx.member.id]
        event = await open_event(ctx, event_id)
        mine = [m for m in await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
                if m.event.id == event.id and m.state in HOLDING]
        await _name_children(ctx, event, mine[0].seats if mine else 0, named)
        return True


async def press_kids(names: NamesAsked, ctx: Context, action: Action) -> None:
    """"Name the children": privately, the exact line to type, with the event number and
    the guests already counted; and a form with the names for platforms that have one
    (Discord reads no typed line: its slash commands take options). The names typed
    alone next are read too (`NamesAsked`)."""
    event = await open_event(ctx, _event_id(action))
    mine = [m for m in await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
            if m.event.id == event.id and m.state in HOLDING]
    if action.arg == "form":
        await _name_from_form(ctx, event, mine[0].seats if mine else 0)
        return
    if not mine and await ctx.storage.rsvps.state_of(event.id, ctx.member.id) is not None:
        # An older offer pressed after « no » or « maybe »: the line would book them again.
        raise Conflict("error.guests_without_rsvp", id=event.id)
    guests = max(1, mine[0].seats - 1) if mine else 1
    line = t("children.line", id=event.id, guests=guests,
             names=", ".join(_SAMPLE_NAMES[:guests]))
    known = (await ctx.storage.party.children(event.id)).get(ctx.member.id, ())
    form = Form(actions.encode("kids", event.id, "form"), t("children.form_title"),
                (FormField("children", t("children.form_field"),
                           t("children.form_placeholder"), _names(known), required=False,
                           max_length=parsers.MAX_CHILDREN_TEXT),))
    ctx.replies.append(Reply(t("children.how", id=event.id, title=shown_title(event),
                               line=line), private=True, locale=ctx.locale, form=form))
    names.asked(ctx.member.id, event.id, ctx.now)
    ctx.reply(t("children.toast"), private=True)  # last: a press's toast, short


async def _name_from_form(ctx: Context, event: Event, seats: int) -> None:
    """The names sent back in the form: as many as the guests already answered at most
    (the form never changes the seats); empty takes them all off."""
    typed = " ".join(str(ctx.incoming.options.get("children", "")).split())
    await _name_children(ctx, event, seats, parsers.children(typed) if typed else ())


async def _name_children(ctx: Context, event: Event, seats: int,
                         named: Sequence[Child]) -> None:
    """The names given (in the form, or typed alone after the button) for a family holding
    `seats`: as many as its guests at most; none takes them all off."""
    if seats == 0:  # no seat nor waitlist place held (or not the form's parent)
        raise Conflict("children.no_answer", id=event.id, title=shown_title(event))
    if named and seats == 1:  # coming alone now (guests taken off since the button)
        raise UserInputError("children.form_no_guests", id=event.id, title=shown_title(event))
    if len(named) > seats - 1:
        raise UserInputError("children.form_too_many", count=len(named), guests=seats - 1)
    if named:
        await ctx.storage.party.name_children(event.id, ctx.member.id, named)
        text = "\n".join([t("children.named", names=_names(named)), t("children.private"),
                          *await _named_twice(ctx, event.id, named, seats)])
    else:
        await ctx.storage.party.keep_children(event.id, ctx.member.id, 0)
        text = t("children.none_named", id=event.id, title=shown_title(event))
    ctx.reply(text, private=True)


async def _named_twice(ctx: Context, event_id: int, named: Sequence[Child],
                       seats: int) -> list[str]:
    """The line for a parent naming a child another member named for the same event
    (« oui Léa » from each parent: two seats for one child, the bot cannot know it is the
    same): said, with the line that books the family without them; nothing changed. Who
    named them is never said."""
    others = {fold(c.first_name)
              for member, kids in (await ctx.storage.party.children(event_id)).items()
              if member != ctx.member.id for c in kids}
    twice = [c for c in named if fold(c.first_name) in others]
    if not twice:
        return []
    kept = [c for c in named if c not in twice]
    guests = max(0, seats - 1 - len(twice))
    line = (slash_line(event_id, answer="going", guests=guests,
                       children=_names(kept) if kept else None) if ctx.wording == "discord"
            else t("children.line", id=event_id, guests=guests, names=_names(kept)).strip()
            if guests else t("children.line_alone", id=event_id))
    return [t("children.named_twice", names=_names(twice), count=len(twice), line=line)]


def _event_id(action: Action) -> int:
    # The router only calls these handlers with an event target (bot.actions.EVENT_TARGET).
    event_id = action.event_id
    if event_id is None:
        raise NotFound("error.button_unknown")
    return event_id


async def _keep_pressed_card(ctx: Context, event_id: int) -> None:
    """A card of ours that was pressed shows the live counts again, even if newer copies had
    retired it. Only a message the core recorded as a card of this very event qualifies: a
    forged button under any other message must not turn that message into a card. For an
    answer that changed no seat (« kept »): one that did revived it in its transaction."""
    incoming = ctx.incoming
    if incoming.message_id:
        await ctx.core.card_pressed(event_id, incoming.platform, incoming.chat_id,
                                    incoming.message_id)


async def my_events(ctx: Context) -> None:
    mine = await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
    if not mine:
        ctx.reply(t("myevents.none"), private=True)
        return
    lines = [t("myevents.header")]
    for item in mine:
        party = item.state == "waitlisted" and item.seats > 1
        status = t(f"myevents.{item.state}" + ("_party" if party else ""), seats=item.seats,
                   position=item.position)
        lines.append(f"{event_line(item.event)} — {status}")
    ctx.reply("\n".join(lines), private=True)


# -- attendees --------------------------------------------------------------------------------

# Invisible characters a name may start with: BOM, zero-width and joiners, word joiner.
_INVISIBLE = re.compile(r"^[\ufeff\u200b-\u200f\u2060-\u2064\u180e\s]+")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell: str) -> str:
    """A cell a spreadsheet would read as a formula gets a leading apostrophe.

    Checked on the NFKC form without leading invisible characters, so a BOM, a zero-width
    space or a full-width ＝＋－＠ cannot slip a formula past the check.
    """
    probe = _INVISIBLE.sub("", unicodedata.normalize("NFKC", cell))
    if cell[:1] in _FORMULA or probe[:1] in _FORMULA:
        return "'" + cell
    return cell


def _csv(rows: list[list[str]]) -> bytes:
    """French Excel opens this as columns: `;` (its list separator), UTF-8 with a BOM (else
    it reads accents as Windows-1252), formulas neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _seats(p: Attendee) -> str:
    """« (+2) » after the name of someone holding a seat or a place with guests."""
    return f" (+{p.seats - 1})" if p.seats > 1 and p.state in HOLDING else ""


def _extras(p: Attendee, kids: dict[int, tuple[Child, ...]],
            desk: dict[int, DeskEntry]) -> str:
    """What follows a name in the organisers' list: guests and children of those holding a
    seat or a place, the desk mark and note."""
    shown = ""
    if kids.get(p.member_id):
        shown += " — " + t("attendees.children", names=_names(kids[p.member_id]))
    entry = desk.get(p.member_id)
    if entry is not None:
        shown += " — " + t("attendees.desk") + (f" · {entry.note}" if entry.note else "")
    return shown


async def attendees_alone(ctx: Context) -> None:
    """« /participants » alone (a phone's menu sends it so): the events to tap."""
    await offer_events(ctx, ATTENDEES_VERB)


async def message_alone(ctx: Context) -> None:
    await offer_events(ctx, WRITE_VERB)


async def add_alone(ctx: Context) -> None:
    await offer_events(ctx, ENROL_VERB)


async def remove_alone(ctx: Context) -> None:
    await offer_events(ctx, UNENROL_VERB)


async def press_attendees(ctx: Context, action: Action) -> None:
    """A button of `attendees_alone`: that event's list, as /participants gives it."""
    ctx.require_organizer()
    ctx.values["event"] = _event_id(action)
    await attendees(ctx)


async def attendees(ctx: Context) -> None:
    """Organisers only: who comes, with children's names and desk entries, plus a CSV of
    those going, maybe or waiting (not those who said no)."""
    event = await load_event(ctx, ctx.values["event"])
    people = [p for p in await ctx.storage.rsvps.attendees(event.id) if p.state != "no"]
    kids = await ctx.storage.party.children(event.id)
    desk = await ctx.storage.party.desk(event.id)
    going = [p for p in people if p.state == "going"]
    # People of several platforms: each name says where (« Sophie » on both is two people).
    mixed = len({p.platform for p in people if p.platform != DESK}) > 1

    def named(p: Attendee) -> str:
        where = f" · {p.platform.title()}" if mixed and p.platform != DESK else ""
        return f"{p.display_name}{_seats(p)}{where}{_extras(p, kids, desk)}"

    lines = [t("attendees.header", id=event.id, title=shown_title(event))]
    seats = sum(p.seats for p in going)
    over = event.capacity is not None and seats > event.capacity
    lines.append(t("attendees.going_over" if over else "attendees.going", count=len(going),
                   seats=seats, capacity=event.capacity or "∞"))
    lines += [f"  • {named(p)}" for p in going]
    # Let in at the door without an answer: the cards count their seats, so does the list.
    walk_ins = (await ctx.storage.rsvps.counts(event.id)).walk_ins
    if walk_ins:
        lines.append(t("attendees.walk_ins", count=walk_ins, taken=seats + walk_ins,
                       capacity=event.capacity or "∞"))
    maybe = [p for p in people if p.state == "maybe"]
    lines.append(t("attendees.maybe", count=len(maybe)))
    lines += [f"  • {named(p)}" for p in maybe]
    waiting = [p for p in people if p.state == "waitlisted"]
    lines.append(t("attendees.waitlist", count=len(waiting)))
    lines += [f"  {i}. {named(p)}" for i, p in enumerate(waiting, 1)]
    # Fewer people than that night: the children's names and desk entries it had are gone.
    if await ctx.storage.attendance.is_closed(event.id, named=True):
        lines.append(t("attendees.erased"))
    header = [t("csv.name"), t("csv.platform"), t("csv.state"), t("csv.seats"),
              t("csv.position"), t("csv.updated"), t("csv.children"), t("csv.note")]
    rows = [header]
    # Positions by member id: one pass, not a list search per row (8,000 answers took 10 s).
    places = {p.member_id: n for n, p in enumerate(waiting, 1)}
    for p in people:
        place = places.get(p.member_id) if p.state == "waitlisted" else None
        position = str(place) if place is not None else ""
        entry = desk.get(p.member_id)
        platform = t("csv.platform_desk") if p.platform == DESK else p.platform
        children = _names(kids.get(p.member_id, ())) if p.state in HOLDING else ""
        rows.append([p.display_name, platform, t(f"csv.state_{p.state}"), str(p.seats),
                     position, p.updated_at.astimezone(PARIS).strftime("%Y-%m-%d %H:%M"),
                     children, entry.note if entry else ""])
    ctx.reply("\n".join(lines), private=True,
              attachment=Attachment(f"participants-{event.id}.csv", _csv(rows), "text/csv"))


# -- people registered by phone or at the desk ----------------------------------------------


async def add_attendee(ctx: Context) -> None:
    """`/inscrire 12 Mme Martin 3 tél.`: someone who registered by phone or at the desk.
    Their seats go through the same capacity check as everyone's (full: the waitlist); they
    are not a member of any platform and are never written to."""
    # A name, maybe a phone number: typed in a group, the message goes, refused too.
    ctx.retract_asking = not ctx.incoming.is_private
    # Refusals known now are said before anything is written (the answer checks again).
    event = await open_event(ctx, ctx.values["event"])
    name, seats, note = parsers.desk_entry(ctx.values["entry"])
    if event.signups_closed:
        raise Conflict("desk.signups_closed", id=event.id, title=shown_title(event))
    party = ctx.storage.party
    wanted = fold(name)
    same = [e for e in (await party.desk(event.id)).values() if fold(e.name) == wanted]
    if same:  # typed again to correct the seats: the same person, not a second one
        await _change_desk(ctx, event, same[0], seats, note)
        return
    member_id = await party.add_desk(event.id, name, note, ctx.now)
    try:
        outcome = await ctx.storage.rsvps.answer(event.id, member_id, "going", ctx.now,
                                                 guests=seats - 1, max_seats=MAX_DESK_SEATS)
    except Exception:
        await party.drop_desk(member_id)  # no name left behind without its answer
        raise
    if outcome.status not in HOLDING:
        await party.drop_desk(member_id)
        if outcome.status == "signups_closed":
            raise Conflict("desk.signups_closed", id=event.id, title=shown_title(event))
        outcome_text(dataclasses.replace(outcome, title=shown_title(event)))  # the refusal
        raise Conflict("error.event_cancelled", id=event.id, title=shown_title(event))
    ctx.core.event_changed(event.id, outcome.promoted)
    left = _left(outcome)
    ctx.reply(t(f"desk.added_{outcome.status}", name=name, seats=seats, id=event.id,
                title=shown_title(event), left=left, position=outcome.position), private=True,
              retract_asking=not ctx.incoming.is_private)  # a name, maybe a phone number


async def _change_desk(ctx: Context, event: Event, entry: DeskEntry, seats: int,
                      note: str) -> None:
    """A desk entry's seats changed through the same capacity check as everyone's; more
    seats that do not fit leave it as it was (it keeps its place)."""
    outcome = await ctx.storage.rsvps.answer(event.id, entry.member_id, "going", ctx.now,
                                             guests=seats - 1, max_seats=MAX_DESK_SEATS)
    if outcome.status == "signups_closed":
        raise Conflict("desk.signups_closed", id=event.id, title=shown_title(event))
    if outcome.status not in (*HOLDING, "kept"):
        outcome_text(dataclasses.replace(outcome, title=shown_title(event)))  # the refusal
        raise Conflict("error.event_cancelled", id=event.id, title=shown_title(event))
    left = _left(outcome)
    if outcome.status != "kept":
        ctx.core.event_changed(event.id, outcome.promoted)
    text = t(f"desk.changed_{outcome.status}", name=entry.name, seats=outcome.seats,
             asked=seats, id=event.id, title=shown_title(event), left=left,
             position=outcome.position)
    if note and note != entry.note:
        text += " " + t("desk.note_kept", note=note, id=event.id)
    ctx.reply(text, private=True, retract_asking=not ctx.incoming.is_private)


async def remove_attendee(ctx: Context) -> None:
    """`/retirer 12 Mme Martin`: an answer removed by the team; freed seats go to the
    waitlist. A desk entry is erased; a member is told privately."""
    event = await load_event(ctx, ctx.values["event"])
    who: str = ctx.values["who"]
    people = [p for p in await ctx.storage.rsvps.attendees(event.id) if p.state != "no"]
    user_id = parsers.mentioned(who)
    if user_id is not None:  # @Alice picked in Discord's list: that member, not a name
        ids = {r.member_id for r in await ctx.storage.rsvps.recipients(event.id, ANSWERED)
               if r.platform == ctx.incoming.platform and r.platform_user_id == user_id}
        found = [p for p in people if p.member_id in ids]
        if not found:
            raise NotFound("desk.nobody_mentioned", id=event.id, title=shown_title(event))
        await _remove(ctx, event, found[0])
        return
    wanted = fold(who)
    found = [p for p in people if fold(p.display_name) == wanted] or [
        p for p in people if wanted and wanted in fold(p.display_name)]
    if not found:
        raise NotFound("desk.nobody", who=who[:40], id=event.id, title=shown_title(event))
    if len(found) > 1:
        names = ", ".join(p.display_name for p in found[:10])
        desk = await ctx.storage.party.desk(event.id)
        ctx.reply(t("desk.several", who=who[:40], names=names, id=event.id,
                    title=shown_title(event), example=found[0].display_name), private=True,
                  buttons=tuple(_removal_button(event.id, p, desk) for p in found[:10]))
        return
    await _remove(ctx, event, found[0])


# Answers that hold or ask for something: what /retirer removes.
ANSWERED = ("going", "maybe", "waitlisted")
# Who a removal button is about: the event, then the member (desk or platform).
REMOVE_VERB = "unlist"
REMOVE_TARGET = re.compile(r"[0-9]{1,9}-[0-9]{1,12}")
MAX_LABEL = 60  # Discord refuses button labels over 80 characters


def _removal_button(event_id: int, person: Attendee, desk: dict[int, DeskEntry]) -> Button:
    """« Ana · accueil · vient · 2 places · tél. »: enough to tell two Ana apart."""
    entry = desk.get(person.member_id)
    where = t("csv.platform_desk") if person.platform == DESK else person.platform.title()
    parts = [person.display_name, where, t(f"csv.state_{person.state}"),
             t("desk.choice_seats", seats=person.seats)]
    if entry is not None and entry.note:
        parts.append(entry.note)
    label = " · ".join(parts)
    if len(label) > MAX_LABEL:
        label = label[:MAX_LABEL - 1] + "…"
    return Button(label, actions.encode(REMOVE_VERB, f"{event_id}-{person.member_id}"))


async def press_remove(ctx: Context, action: Action) -> None:
    """A button under « several answers match »: that very answer is removed. Organisers
    only (button data can be forged); pressed twice, the second finds nothing."""
    ctx.require_organizer()
    event_part, member_part = action.target.split("-")
    event = await load_event(ctx, int(event_part))
    member_id = int(member_part)
    found = [p for p in await ctx.storage.rsvps.attendees(event.id)
             if p.member_id == member_id and p.state != "no"]
    if not found:
        raise Conflict("desk.already_removed", id=event.id, title=shown_title(event))
    await _remove(ctx, event, found[0])


async def _remove(ctx: Context, event: Event, person: Attendee) -> None:
    """The answer becomes « no » (seats freed for the waitlist); a desk entry is erased, a
    member told privately. The guests go with the names: a later « oui » is for one seat.

    Once the event has started (or is cancelled) answers are closed, but someone registered
    at the desk has no /oubliemoi: asked by them, the team still erases their name and note
    (figures already closed into the anonymous books stay)."""
    if person.platform == DESK and (event.cancelled or event.starts_at <= ctx.now):
        await ctx.storage.party.drop_desk(person.member_id)
        await ctx.storage.db.checkpoint()  # the name and note leave the -wal file too
        ctx.core.event_changed(event.id)
        ctx.reply(t("desk.erased", name=person.display_name, id=event.id,
                    title=shown_title(event)), private=True)
        return
    outcome = await ctx.storage.rsvps.answer(event.id, person.member_id, "no", ctx.now,
                                             guests=0)
    # Refused once the event has started or is cancelled:
    outcome_text(dataclasses.replace(outcome, title=shown_title(event)))
    await ctx.storage.party.keep_children(event.id, person.member_id, 0)
    seats_changed(ctx, event.id, outcome)
    if person.platform == DESK:
        await ctx.storage.party.drop_desk(person.member_id)
        await ctx.storage.db.checkpoint()  # the name and note leave the -wal file too
    else:
        member = await ctx.storage.members.get(person.member_id)
        if member is not None:
            ctx.core.notify_all([Recipient(member.id, member.platform, member.platform_user_id,
                                           member.display_name, member.language,
                                           person.seats)],
                                lambda: Reply(t("notify.removed", title=shown_title(event),
                                                id=event.id,
                                                when=format_when(event.starts_at))),
                                about=event.id)
    ctx.reply(t("desk.removed", name=person.display_name, id=event.id,
                title=shown_title(event)), private=True)


# -- a message to the attendees ---------------------------------------------------------------

MAX_MESSAGE = 1000
# Who hears an organiser's message: those holding a seat or waiting for one.
MESSAGE_STATES = ("going", "waitlisted")


async def message_attendees(ctx: Context) -> None:
    """`/message 12 On commence à 19h45 !`: privately, on each member's platform and in
    their language around the organiser's words (kept as typed); the adapters pace it."""
    event = await load_event(ctx, ctx.values["event"])
    if event.cancelled:
        raise Conflict("message.cancelled", id=event.id, title=shown_title(event))
    text: str = ctx.values["text"]
    people = [p for p in await ctx.storage.rsvps.recipients(event.id, MESSAGE_STATES)
              if p.platform != DESK]  # registered by phone or at the desk: nobody to write to
    if not people:
        ctx.reply(t("message.none", id=event.id, title=shown_title(event)), private=True)
        return
    sender = ctx.member.display_name

    def message() -> Reply:
        return Reply(t("notify.message", name=sender, title=shown_title(event), id=event.id,
                       when=format_when(event.starts_at), text=text),
                     buttons=(Button(t("button.open_event", id=event.id),
                                     actions.encode("event", event.id)),))

    # About its event: not sent once it is over or cancelled (`storage.outbox`).
    ctx.core.notify_all(people, message, about=event.id)
    ctx.reply(t("message.sent", count=len(people), id=event.id, title=shown_title(event)),
              private=True)
