"""The FAQ's commands, its "did you mean" button, and the answers built from the database
(the programme, one's own events to cancel)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from weakref import WeakKeyDictionary

from bot import actions
from bot.actions import Action
from bot.bounded import remember
from bot.cards import build_card, card_title, event_line, kind_label, phase
from bot.context import Context
from bot.dates import MONTH_WORDS
from bot.errors import NotFound
from bot.i18n import PARIS, format_day, pick_locale, t, using
from bot.messages import Button, EventCard
from bot.text import fold, strip_accents
from bot.words import starts_a_question
from commands.faq.answers import Entry, entries
from commands.faq.language import text_locale
from commands.faq.parsers import MAX_KEY, MAX_QUERY
from commands.faq.understand import (
    Period,
    Understood,
    acknowledgement,
    asks_alone,
    asks_end,
    asks_for_commands,
    asks_the_association,
    asks_when,
    brings_someone,
    joined_event,
    plain_words,
    understand,
    wanted_kinds,
    wanted_period,
    wishes_to_come,
)
from commands.rsvp.handlers import my_events
from commands.rsvp.parsers import answer_said, seats_said
from storage import Event, Storage
from storage.models import FaqOverride

# Enough upcoming events to find "the next film" among a busy month; at most this many shown.
SEARCHED_EVENTS = 100
MAX_SHOWN = 5
MAX_BUTTON_TITLE = 40
# « 12 », « #12 », « n°12 » alone: the number of an event read in the programme.
_EVENT_NUMBER = re.compile(r"(?:#|n\s*°|no\.?|num[eé]ro)?\s*(\d{1,6})\s*[.!?]?", re.I)


def _text(ctx: Context, entry: Entry, note: str = "") -> str:
    return (f"{entry.text('question', ctx.locale)}\n{entry.text('answer', ctx.locale)}"
            + (f"\n\n{note}" if note else ""))


def _answer(ctx: Context, entry: Entry, note: str = "") -> None:
    ctx.reply(_text(ctx, entry, note))


def _topics(ctx: Context, found: Sequence[Entry]) -> list[str]:
    return [f"• {e.key} — {e.text('question', ctx.locale)}" for e in found]


async def faq(ctx: Context) -> None:
    """/faq [question], and every plain private message: the core calls this handler with
    the message in `ctx.args`, no command name and no values."""
    plain = not ctx.command_name
    query = (ctx.args if plain else ctx.value("question", "")).strip()[:MAX_QUERY]
    found = await entries(ctx.storage)
    if not query:
        ctx.reply("\n".join([t("faq.topics"), *_topics(ctx, found), t("faq.topics_footer")]))
        return
    number = _EVENT_NUMBER.fullmatch(query)
    if number is not None:
        event = await ctx.storage.events.get(int(number.group(1)))
        if event is not None:  # its card, with the buttons to answer
            ctx.reply(card=build_card(event, await ctx.storage.rsvps.counts(event.id), ctx.now))
            return
    exact = next((e for e in found if fold(e.key) == fold(query)), None)
    if exact is not None:  # an entry's own key, even « menu » (organisers' entries win)
        _answer(ctx, exact)
        return
    if asks_for_commands(query):  # « aide », « menu », « ? » typed without the slash
        ctx.reply("\n".join([t("faq.greeting"), t("faq.help")]))
        return
    if all(unicodedata.category(c)[0] in "PZ" for c in query):
        ctx.reply(t("faq.ack"))  # « . », « … » sent by a thumb: nothing asked, one line
        return
    understood = understand(query, found)
    # « where are you located? » from a phone set to French, by a member who never chose
    # with /langue: answered in the language written (the choice, when made, always wins),
    # and told once how to keep it.
    phone = pick_locale(ctx.member.language, ctx.incoming.platform_locale)
    written = _written_in(ctx, query, understood.label)
    answer_in = written or phone
    if answer_in == ctx.locale and written is None:
        await _understood(ctx, query, found, understood)
        return
    kept = ctx.locale
    ctx.locale = answer_in
    try:
        with using(answer_in):
            await _understood(ctx, query, found, understood)
            # « Got it », « ok merci »: an acknowledgement stays one line, no hint.
            if (written is not None and len(query.split()) >= _OFFER_WORDS
                    and _offer_once(ctx, written)):
                # A line more of the answer, not a message more.
                last = ctx.replies[-1] if ctx.replies else None
                if last is not None and last.text:
                    ctx.replies[-1] = replace(last, text=f"{last.text}\n\n"
                                                          f"{t('faq.language_offer')}")
                else:
                    ctx.reply(t("faq.language_offer"))
    finally:
        ctx.locale = kept


# Members told how to keep the language they write in (`_offer_once`), per database, in this
# process: the most recent `MAX_OFFERED` (a restart, or one forgotten, offers it once more;
# no table for a hint).
MAX_OFFERED = 5000
_OFFER_WORDS = 3  # fewer words is an acknowledgement, not a language chosen
_offered: WeakKeyDictionary[Storage, dict[int, str]] = WeakKeyDictionary()


def _written_in(ctx: Context, query: str, label: str) -> str | None:
    """The language `query` is clearly written in when it is not the one of the member's
    phone (or app), and the member never chose one (/langue); None otherwise. « Do you speak
    English? » is answered in the phone's language (its French answer names both commands,
    in both languages), even when the core read the text as English."""
    if ctx.member.language or label == "language":
        return None
    written = text_locale(query)
    return (written if written is not None
            and written != pick_locale(None, ctx.incoming.platform_locale) else None)


def _offer_once(ctx: Context, written: str) -> bool:
    """Whether to add « to always get my answers in English, type /language en »: once per
    member and language (in this process)."""
    offered = _offered.setdefault(ctx.storage, {})
    if offered.get(ctx.member.id) == written:
        return False
    remember(offered, ctx.member.id, written, MAX_OFFERED)
    return True


async def _understood(ctx: Context, query: str, found: Sequence[Entry],
                      understood: Understood) -> None:
    """The answer to `query`, read as `understood`, in the current language."""
    by_key = {e.key: e for e in found}
    # Written under an event's card (Telegram's « Répondre »): about that event.
    answered = await _answered_card(ctx)
    card = answered[1] if answered is not None else None
    topics = (understood.label, *understood.also)
    # « il peut venir seul ? » is never answered by the card's « Tout public »: the general
    # answer says to ask the team first.
    facts = _card_facts(card, understood.words, topics, ctx.now) if (
        card is not None and understood.confident
        and not ("public" in topics and asks_alone(understood.words))) else ""
    ended = _ended(answered[0], ctx.now) if answered is not None else ""
    # Under the card: « ça se termine quand ? » is its end (never its start), « je peux
    # venir avec mon frère ? » its guest button (never « Tout public »).
    end_asked = card is not None and asks_end(understood.words)
    # « pas dispo ce soir », « on sera 3 », « jsp encore »: an answer written under the card.
    written = answer_said(query) if card is not None else None
    bringing = (card is not None and understood.label in ("public", "none", "guests")
                and brings_someone(understood.words))
    # « ma fille veut venir au cours d'anglais » under the class's card: that class (its
    # line and buttons), not the list of activities; another kind named is another event.
    # « faut s'inscrire ? » there too: signing up for that event, not joining the association.
    # « elle veut venir quand ? », « … c'est pour quel âge ? », « … elle peut venir
    # seule ? »: the question is answered; « … samedi », « … à celle de janvier » under
    # another day's card, « s'inscrire à l'asso »: never this card's ✅.
    wish = answered is not None and set(topics) <= _A_WISH_SAYS and not (
        asks_when(understood.words) or "age" in understood.words
        or asks_alone(understood.words) or asks_the_association(understood.words)
        or _another_day(understood.words, answered[0].starts_at, ctx.now)) and (
        wishes_to_come(understood.words) or (
            understood.confident and topics == ("inscription",)
            and not asks_the_association(understood.words)))
    if wish and answered is not None and (kinds := wanted_kinds(understood.words)):
        wish = answered[0].kind in kinds or _titled(answered[0], kinds)
    # « oui super », « ok pour moi », « trop cher merci », « inscris moi pas », « jsp si
    # jpeux venir » under the card: an answer first, never « Avec plaisir », « Tout
    # public » nor the line that books.
    answer_first = (card is not None and written is not None and not ended
                    and understood.label in _AN_ANSWER_READS)
    if understood.label == "greeting":
        ctx.reply(t("faq.greeting"))
    elif answer_first and card is not None and written == "going":
        await _join_card(ctx, card, seats_said(query))
    elif answer_first and card is not None:
        ctx.reply(t(f"faq.card_{written}", title=card.title, id=card.event_id,
                    button=t("button.no" if written == "no" else "button.maybe")), card=card)
    elif understood.label == "thanks":
        ctx.reply(t("faq.thanks"))
    elif card is not None and ended:  # « c'est à quelle heure ? » under a cancelled card
        await _programme(ctx, understood.words,
                         intro=t(f"faq.card_{ended}", title=card.title, id=card.event_id))
    elif card is not None and (seats := seats_said(query)) is not None:
        # « on sera 3 » under the card: the line for all of them (a message books nothing),
        # or what the family already holds.
        await _join_card(ctx, card, seats)
    elif card is not None and end_asked and not understood.also:
        ctx.reply(t("faq.card_facts", title=card.title, id=card.event_id, facts=card.when_text)
                  if card.ends_at is not None
                  else t("faq.card_no_end", title=card.title, id=card.event_id), card=card)
    elif card is not None and bringing:
        ctx.reply(t("faq.guests", button=t("button.guest_add")), card=card)
    elif card is not None and wish:
        await _join_card(ctx, card, None)
    elif card is not None and written in ("no", "maybe") and (
            not understood.confident or understood.label in ("typed_no", "cancel")):
        # « pas dispo ce soir », « mdr non », « jsp encore » under the card: its button and
        # its line, never the list of every event to cancel.
        ctx.reply(t(f"faq.card_{written}", title=card.title, id=card.event_id,
                    button=t("button.no" if written == "no" else "button.maybe")), card=card)
    elif facts and card is not None:  # « c'est à quelle heure ? » under the Ciné's card
        ctx.reply(t("faq.card_facts", title=card.title, id=card.event_id, facts=facts),
                  card=card)
    elif understood.label == "programme":
        await _programme(ctx, understood.words)
    elif (understood.label.startswith("typed_") and not ctx.incoming.asked_in_group
          and card is None):
        # A bare « oui », « non » after a question asked with buttons (/oubliemoi, a card):
        # a typed word never erases nor books; which question came last is not known here,
        # so the reply holds for each: press its button, above.
        ctx.reply(t(f"faq.{understood.label}", button=t("button.forget_confirm")))
    elif understood.label == "typed_no":  # « non » replied to a card in a group
        await _cancel(ctx)
    elif understood.label in ("join", "typed_yes", "typed_yes_erase"):
        # « Moi aussi je viens ! » written under a card: nothing is booked by words, and
        # the parent must not believe otherwise; the events to tap come with it, or the
        # event named (« jviens au 1 ») with its buttons.
        joined = joined_event(understood.words)
        event = await ctx.storage.events.get(joined) if joined is not None else None
        if event is None and card is not None:  # « je viens » under the Ciné's card
            await _join_card(ctx, card, None)
        elif event is not None:
            # A card with no « ✅ Je viens » (cancelled, over, sign-ups closed) is not
            # pointed at that button: what the card says of it comes first.
            shown = build_card(event, await ctx.storage.rsvps.counts(event.id), ctx.now)
            ended = _ended(event, ctx.now)
            if ended:  # named as its card names it (« [Démo] », the reader's language)
                said = t(f"faq.card_{ended}", title=shown.title, id=event.id)
            elif event.signups_closed:
                said = t("error.signups_closed", title=shown.title, id=event.id)
            else:
                said = t("faq.join_event", id=event.id)
            ctx.reply(said, card=shown)
        else:
            await _programme(ctx, understood.words, intro=t("faq.join"))
    elif understood.label == "cancel":
        await _cancel(ctx)
    elif understood.label == "laugh":
        ctx.reply(t("faq.ack"))  # « mdr »: acknowledged, like « ok » or 👍
    elif understood.label in ("language", "quiet", "privacy", "who_am_i", "rude", "bye",
                              "button", "keep_account"):
        ctx.reply(t(f"faq.{understood.label}"))
    elif understood.label == "guests":
        ctx.reply(t("faq.guests", button=t("button.guest_add")), card=card)
    elif understood.label == "forget_names":
        ctx.reply(t("faq.forget_names", button=t("button.forget_names")))
    elif understood.label == "mine":
        await my_events(ctx)  # the same list as /mesevenements
    elif understood.confident and understood.label in by_key:
        # « il peut venir seul ? »: ask the team first; « jpeux ramener un pote ? », "can i
        # bring a friend": who may come, then how to bring them (the card's ➕).
        beside = (t("faq.alone") if asks_alone(understood.words)
                  else t("faq.guests", button=t("button.guest_add"))
                  if brings_someone(understood.words) else "")
        # « c'est où et c'est combien ? »: each answer, in the order asked, in one message.
        # « c'est combien et y a un parking ? »: the prices, then honestly « the rest, I
        # don't know » and where to ask, never silence on the part not answered.
        ctx.reply("\n\n".join([*(_text(ctx, by_key[key], beside if key == "public" else "")
                                    for key in (understood.label, *understood.also)
                                    if key in by_key),
                                 *([t("faq.dont_know_part")] if understood.unknown_part
                                   else []),
                                 *([t("faq.privacy")] if understood.privacy_part else [])]))
    elif understood.close:
        ctx.reply(t("faq.did_you_mean"), buttons=tuple(
            Button(by_key[k].text("question", ctx.locale)[:60], actions.encode("faq", k))
            for k in understood.close if k in by_key))
    elif acknowledgement(query):
        ctx.reply(t("faq.ack"))
    elif card is not None and written == "going":  # « dispo », « jsuis chaud », "I'm in"
        await _join_card(ctx, card, None)
    elif card is not None and asks_when(understood.words):
        # « c quand déjà ? », "when is it again?": the card's own day and time.
        ctx.reply(t("faq.card_facts", title=card.title, id=card.event_id, facts=card.when_text),
                  card=card)
    elif card is not None and _asks(query):
        # « on arrive vers 21h c'est ok ? »: a question for a person, not « not understood ».
        ctx.reply(t("faq.card_ask_team", title=card.title, id=card.event_id), card=card)
    elif card is not None:  # « Tom et Zoé viennent », « +1 » under a card: its buttons
        ctx.reply(t("faq.card_unknown", title=card.title, id=card.event_id,
                    going=t("button.going"), guest=t("button.guest_add")), card=card)
    elif answer_said(query) == "no":
        # « non finalement », « compte pas sur moi » with no card above (after a bare
        # /participer, a notice long gone): how to answer no, never « je ne sais pas ».
        await _cancel(ctx)
    else:
        ctx.reply("\n".join([t("faq.dont_know"), *_topics(ctx, found),
                             t("faq.dont_know_footer")]))


# What the FAQ reads in words that give an answer to the card (« merci » in « trop cher
# merci », « pour moi » in « ok pour moi », « inscris » in « inscris moi pas »): the answer
# is read instead.
_AN_ANSWER_READS = frozenset({"thanks", "public", "join", "inscription", "typed_yes",
                              "typed_no", "none", "laugh", "cancel"})
# What a wish to come says besides (« au cours d'anglais », « ma fille », « s'inscrire »):
# beside any other topic (« c'est combien ? »), that question is answered.
_A_WISH_SAYS = frozenset({"activites", "public", "inscription", "lefocus", "join", "none",
                          "guests"})


# Another event than the card's, named beside a wish (« … à la prochaine », "the next one").
_ANOTHER = frozenset({"prochaine", "prochain", "autre", "suivante", "suivant", "next",
                      "other", "another"})


def _another_day(words: Sequence[str], starts_at: datetime, now: datetime) -> bool:
    """Whether a wish names a day other than the card's: « samedi » under a Wednesday's
    card, « le 12 », « en janvier », « la semaine prochaine », « la prochaine »."""
    day = starts_at.astimezone(PARIS).date()
    period = wanted_period(words, now.astimezone(PARIS).date())
    if period is not None and not period.first <= day <= period.last and not (
            period.name == "day" and period.first.weekday() == day.weekday()):
        return True
    return any(w in _ANOTHER or (len(w) > 3 and w != "sept"  # « sept ans », "may come"
                                 and MONTH_WORDS.get(w, day.month) != day.month) or (
        w.isdigit() and before == "le" and int(w) != day.day)
        for before, w in zip(("", *words), words, strict=False))


# A question without its mark (phones drop it): « on peut arriver plus tard », "can we".
def _asks(text: str) -> bool:
    """Whether `text` asks something (a « ? », or a question's first words)."""
    # Words kept apart (`fold` glues them: « onpeut » never matched « on peut »)
    plain = re.sub(r"[^a-z0-9]+", " ", strip_accents(text.lower())).strip()
    return "?" in text or starts_a_question(plain)


async def _join_card(ctx: Context, card: EventCard, seats: int | None) -> None:
    """« je viens », « on sera 3 » written under the card: what the family holds already,
    else the line to type for `seats` in all (the card's buttons under it)."""
    held = next((r.seats for r in await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
                 if r.event.id == card.event_id and r.state == "going"), 0)
    if held:
        ctx.reply(t("faq.join_held", title=card.title, id=card.event_id, seats=held,
                    more=t("button.guest_add"), less=t("button.guest_remove"),
                    no=t("button.no")), card=card)
    elif seats is not None:
        ctx.reply(t("faq.join_seats", id=card.event_id, seats=seats, guests=seats - 1,
                    going=t("button.going"), guest=t("button.guest_add")), card=card)
    else:
        ctx.reply(t("faq.join_event", id=card.event_id), card=card)


# What an event's card answers itself, by FAQ topic: the card's own lines win over the
# general answer (« c'est à quelle heure ? » under the Ciné's card: the film's time, not
# the Focus's opening hours). « What's on / any seats left? » asked there: when, and seats.
_ON_THE_CARD = {"horaires": ("when_text",), "adresse": ("place",), "tarifs": ("price_text",),
                "public": ("audience",), "programme": ("when_text", "seats_text")}


async def _answered_card(ctx: Context) -> tuple[Event, EventCard] | None:
    """The event this message answers (`Incoming.event_id`) and its card as it is now;
    None when it answers no card (no read then) or the event is gone."""
    event_id = ctx.incoming.event_id
    if event_id is None:
        return None
    event = await ctx.storage.events.get(event_id)
    if event is None:
        return None
    return event, build_card(event, await ctx.storage.rsvps.counts(event.id), ctx.now)


def _ended(event: Event, now: datetime) -> str:
    """"cancelled" or "over" for an event that will not (or no longer) take place, ''
    otherwise (open, or started: its place still helps); the card's own phase
    (`bot.cards.phase`), never its translated words."""
    if event.cancelled:
        return "cancelled"
    return "over" if phase(event, now) == "over" else ""


def _card_facts(card: EventCard, words: Sequence[str], topics: Sequence[str],
                now: datetime) -> str:
    """What the card says of every topic asked (« c'est à quelle heure et c'est
    combien ? »: its time · its price); '' when one of them is not on it (an audience
    never set), or the programme asked of other kinds or days than this event."""
    if "programme" in topics and (wanted_kinds(words)
                                  or wanted_period(words, now.astimezone(PARIS).date())):
        return ""
    if any(k not in _ON_THE_CARD for k in topics):
        return ""
    names = dict.fromkeys(name for k in topics for name in _ON_THE_CARD[k])  # once each
    fields = [str(getattr(card, name)) for name in names]
    return " · ".join(fields) if all(fields) else ""


async def _programme(ctx: Context, words: Sequence[str], *, intro: str = "") -> None:
    """"La prochaine soirée jeux", "what's on this week": the upcoming events of the kinds
    and days asked about, from the database (never an article); `intro` comes first."""
    kinds = wanted_kinds(words)
    period = wanted_period(words, ctx.now.astimezone(PARIS).date())
    upcoming = await ctx.storage.events.upcoming(ctx.now, limit=SEARCHED_EVENTS)
    wanted = [e for e in upcoming
              if not kinds or e.kind in kinds or _titled(e, kinds)]
    shown = [e for e in wanted if period is None
             or period.first <= e.starts_at.astimezone(PARIS).date() <= period.last]
    shown = shown[:MAX_SHOWN]
    when = _period_words(period)
    what = ", ".join(sorted(kind_label(k) for k in kinds))
    none = t("faq.programme_none", when=when, what=f" ({what})" if what else "")
    if not shown and period is not None and wanted:
        # « Rien samedi » alone reads as « no workshop at all »: the next ones are said too.
        shown = wanted[:MAX_SHOWN]
        lines = [none, t("faq.programme_later")]
    elif not shown:
        ctx.reply("\n".join(filter(None, [intro, none])))
        return
    else:
        lines = [t("faq.programme", when=when)]
    lines = [intro, *lines] if intro else lines
    lines += [f"• {event_line(e, await ctx.storage.rsvps.counts(e.id))}" for e in shown]
    lines.append(t("faq.programme_footer"))
    # On a phone a tap beats typing a number: each event's card, with its answer buttons.
    ctx.reply("\n".join(lines), buttons=tuple(
        Button(t("faq.programme_button", id=e.id, title=card_title(e)[:MAX_BUTTON_TITLE]),
               actions.encode("event", e.id)) for e in shown))


def _titled(event: Event, kinds: set[str]) -> bool:
    """An event whose kind was never said (« autre ») is of the kinds its title names:
    « Soirée jeux » created in one line without a kind is still what « la soirée jeux
    samedi » asks about. A kind the organiser chose wins over the title's words."""
    return event.kind == "other" and bool(wanted_kinds(plain_words(event.title)) & kinds)


def _period_words(period: Period | None) -> str:
    """' ce week-end', ' samedi 28 novembre': the days asked about, said back."""
    if period is None:
        return ""
    if period.name == "day":
        return " " + t("faq.period.day", day=format_day(period.first, with_year=False))
    return " " + t(f"faq.period.{period.name}")


async def _cancel(ctx: Context) -> None:
    """"I can't come anymore": how to answer no, and a button for each of the asker's own
    upcoming answers (the rsvp feature's own button, so nothing new to trust)."""
    mine = await ctx.storage.rsvps.of_member(ctx.member.id, ctx.now)
    lines = [t("faq.cancel")]
    buttons: tuple[Button, ...] = ()
    if mine:
        lines.append(t("faq.cancel_yours"))
        lines += [f"• {event_line(item.event)}" for item in mine[:MAX_SHOWN]]
        buttons = tuple(
            Button(t("faq.cancel_button", id=item.event.id,
                     title=card_title(item.event)[:MAX_BUTTON_TITLE]),
                   actions.encode("rsvp", item.event.id, "no"))
            for item in mine[:MAX_SHOWN])
    else:
        lines.append(t("faq.cancel_none"))
    ctx.reply("\n".join(lines), buttons=buttons)


async def press_faq(ctx: Context, action: Action) -> None:
    """A "did you mean" button: the entry may have been deleted since it was offered."""
    entry = next((e for e in await entries(ctx.storage) if e.key == action.target), None)
    if entry is None:
        raise NotFound("error.faq_not_found", key=action.target)
    _answer(ctx, entry)


async def faq_set(ctx: Context) -> None:
    """/faqset key | question | answer [| keywords]: a new entry starts with the same text in
    both languages; an edit changes the organiser's language only, and keeps the keywords
    unless new ones are given."""
    key: str = ctx.values["key"]
    question: str = ctx.values["question"]
    answer: str = ctx.values["answer"]
    current = next((e for e in await entries(ctx.storage) if e.key == key), None)
    q = dict(current.question) if current else {"fr": question, "en": question}
    a = dict(current.answer) if current else {"fr": answer, "en": answer}
    q[ctx.locale], a[ctx.locale] = question, answer
    keywords = ctx.value("keywords") or ", ".join(current.keywords if current else ())
    override = FaqOverride(key, keywords, q.get("fr", ""), a.get("fr", ""),
                           q.get("en", ""), a.get("en", ""), False)
    await ctx.storage.faq.save(override, ctx.member.id, ctx.now)
    ctx.reply(t("faqset.done", key=key), private=True)  # the team's bookkeeping


async def faq_delete(ctx: Context) -> None:
    key: str = ctx.values["key"]
    if not any(e.key == key for e in await entries(ctx.storage)):
        raise NotFound("error.faq_not_found", key=key[:MAX_KEY])
    await ctx.storage.faq.save(FaqOverride(key, "", "", "", "", "", True), ctx.member.id, ctx.now)
    ctx.reply(t("faqdel.done", key=key), private=True)
