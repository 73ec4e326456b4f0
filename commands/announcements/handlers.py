"""`/announce` (an event card or a text, now), `/announcelater`, `/scheduled`, `/unschedule`.

What these answer is the organisers' own bookkeeping: privately (ephemeral on Discord), even
typed in a group or a channel, where a list of planned announcements would spoil them and
« Publié dans 2 canaux » is only noise for parents."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from bot import actions
from bot.actions import Action
from bot.context import Context
from bot.dates import (
    MONTH_WORDS,
    WEEKDAY_WORDS,
    counted_from_event,
    moment_for,
    parse_moment,
    typed_day,
)
from bot.errors import Conflict, NotFound, UserInputError
from bot.i18n import PARIS, format_clock, format_when, t
from bot.messages import Button, Reply
from bot.spec import MAX_ID, event_id, numbered
from bot.text import fold
from commands.announcements.jobs import card_reply
from commands.events import load_event, shown_title
from commands.events.handlers import offer_events, published_text
from storage.models import Event, ScheduledAnnouncement

MAX_ANNOUNCEMENT = 3000
# « /annoncer » alone: the events to tap; one tap announces it (as « /annoncer 12 »).
PUBLISH = "publish"
AGAIN = "announce"  # the button under « already announced » that posts the card again
# Its target names the cards there were when it was offered (`<event>-<cards>`): a slow
# phone's second press of it finds more (or the first still posting) and posts nothing.
# Buttons sent before (`<event>` alone) post whatever there is.
AGAIN_TARGET = re.compile(r"[0-9]{1,9}(?:-[0-9]{1,6})?")
_posting_again: set[tuple[int, int]] = set()  # presses being published, while they are
_EVENT_REF = re.compile(r"(#|n°)?\s*\d{1,9}", re.IGNORECASE)
_NO = re.compile(r"^\s*no\.?\s*(?=\d)", re.IGNORECASE)  # English « no. 3 », "No 3"
# « /annoncer 3 N'oubliez pas vos jeux »: an event's number, then her words for its card.
_NUMBER_THEN_WORDS = re.compile(r"\s*(?:#|n°)?\s*(\d{1,9})\s+(\S.*)", re.IGNORECASE | re.DOTALL)
# What a number counts when the words after it say so (« 12 places restantes ! », « 3 jours
# avant la soirée », « 5 € l'entrée »): then the line is a text of its own, as typed.
_COUNTED = frozenset({
    "place", "places", "personne", "personnes", "jour", "jours", "semaine", "semaines",
    "heure", "heures", "h", "min", "minute", "minutes", "mois", "an", "ans", "euro", "euros",
    "eur", "€", "inscrit", "inscrits", "inscrite", "inscrites", "enfant", "enfants",
    "participant", "participants", "participante", "participantes", "jeu", "jeux", "film",
    "films", "soiree", "soirees", "atelier", "ateliers", "date", "dates", "fois", "seat",
    "seats", "spot", "spots", "day", "days", "week", "weeks", "hour", "hours", "people",
    "person", "left", "more", "de", "d", "sur", "et", "a", "ou", "x", "%", "e", "eme",
    "er", "ere", "ème"})
# Words that make the number part of her text too (« 4 décembre : fermé », « 2 nouvelles
# dates », « 1 seul mot : merci »): a date's month or day, a word counted (a plural after 2
# or more), an adjective before what is counted. Read as an event's number, they posted
# that event's card to every group, under « décembre : fermé ».
_COUNTING = frozenset({
    "seul", "seule", "nouveau", "nouvel", "nouvelle", "petit", "petite", "grand", "grande",
    "gros", "grosse", "bon", "bonne", "premier", "premiere", "dernier", "derniere", "autre",
    "unique", "mot", "new", "more", "last", "only", "single", "big", "little", "great",
    "free", "extra", "other", "good"})
# Plural-looking words that start a sentence, not a count (« 3 Nous vous attendons »).
_NOT_COUNTED = frozenset({
    "nous", "vous", "tous", "toutes", "dans", "apres", "alors", "mais", "puis", "plus",
    "moins", "jamais", "les", "des", "mes", "nos", "vos", "ces", "ses", "leurs", "pas",
    "ils", "elles", "this", "is", "was", "us", "yes", "lets", "its", "thanks"})


def _counts(word: str, number: int) -> bool:
    """Whether the first word after the number makes the number part of a text."""
    return (word in _COUNTED or word in _COUNTING or word in MONTH_WORDS
            or word in WEEKDAY_WORDS or word.rstrip("s") in WEEKDAY_WORDS
            or number >= 2 and len(word) > 2 and word[-1] in "sx"
            and word not in _NOT_COUNTED)


# « du dimanche 18h »: no moment to publish starts so; a title's end (« Ciné du dimanche »).
_TITLE_WORD = re.compile(r"^\s*(?:du|de|des|d['’]|of)(?:\s|(?<=['’]))", re.IGNORECASE)


def when_typed(text: str, now: datetime) -> str:
    """The `when` parameter as typed, once it reads: counted from the event (read with it,
    `moment_for`), or a moment of its own (words of a title before it are told apart, and a
    moment never starts with « du »: « /annoncerplustard Ciné du dimanche 18h » is that
    event at 18h, not « Ciné » on Sunday)."""
    if not counted_from_event(text):
        if _TITLE_WORD.match(text):
            raise UserInputError("error.bad_when", value=text.strip()[:40])
        parse_moment(text, now)
    return text


def earlier_example(start: datetime, now: datetime) -> str:
    """A moment to offer instead of one after the start, typed as organisers type it: the
    evening before at 18h, else two hours before; "" when even that has passed."""
    local = start.astimezone(PARIS)
    eve = datetime.combine(local.date() - timedelta(days=1), time(18), tzinfo=PARIS)
    for moment in (eve, local - timedelta(hours=2)):
        if moment > now:
            day = typed_day(moment.date(), padded=True)  # "3 May" in English, not 03/05
            return f"{day} {format_clock(moment.hour, moment.minute)}"
    return ""


def parse_number(text: str, now: datetime) -> int:
    """A scheduled announcement's number: '2', '#2', 'n°2', or 'no. 2' / 'no 2' (English)."""
    number = numbered(_NO.sub("", text, count=1), MAX_ID)
    if number is None:
        raise UserInputError("error.bad_number", value=text.strip()[:20], min=1, max=MAX_ID)
    return number


async def announce(ctx: Context) -> None:
    """An event's card (`/annoncer 12`, or the event option on Discord) or a text. A typed
    line that starts with a number and goes on is a text (« 12 places restantes ! »)."""
    number: int | None = ctx.values.get("event")
    text: str | None = ctx.values.get("text")
    if number is not None and text:
        if not ctx.args:  # both options filled in a form: her words, then the card
            await _words_then_card(ctx, number, text)
            return
        number, text = None, ctx.args
    if number is None and not text:  # alone (a phone's menu): the events to tap
        try:
            await offer_events(ctx, PUBLISH)
        except NotFound:  # none to come: a text, then
            raise UserInputError("error.announce_empty") from None
        return
    if number is None and text and _EVENT_REF.fullmatch(text):
        number, text = event_id(text), None  # « 12 » typed in the text box
    if number is None and text:  # typed, or in Discord's words box
        words = await _words_for_a_card(ctx, text)
        if words is not None:
            await _words_then_card(ctx, *words)
            return
    if number is not None:
        await _card_unless_shown(ctx, await _announceable(ctx, number))
        return
    named = await _titled(ctx, text or "")
    if named:
        await offer_events(ctx, PUBLISH, lambda e: e.id in named)
        return
    if text is not None and len(text) > MAX_ANNOUNCEMENT:
        raise UserInputError("error.text_too_long", max=MAX_ANNOUNCEMENT, length=len(text))
    body = text or ""
    _published(ctx, await ctx.core.publish(lambda: Reply(t("announce.prefix") + "\n" + body)))


async def _words_for_a_card(ctx: Context, text: str) -> tuple[int, str] | None:
    """« /annoncer 3 N'oubliez pas vos jeux »: (3, her words) when the line starts with the
    number of an event still to come and the words after it do not count something (« 12
    places restantes ! » stays a text). It posted « 3 N'oubliez pas vos jeux » with no card:
    now her words, then the card, as Discord's form does with both options filled. A
    cancelled or past event's number posts nothing and says why (`_announceable`)."""
    found = _NUMBER_THEN_WORDS.fullmatch(text)
    if found is None:
        return None
    first = fold(re.split(r"[\s'’.,!?:;/-]+", found.group(2), maxsplit=1)[0])
    number = int(found.group(1))
    if not first or _counts(first, number) or first[0].isdigit() or not first[0].isalnum():
        return None
    if number > MAX_ID or await ctx.storage.events.get(number) is None:
        return None
    return number, found.group(2).strip()


# A few words with no sentence in them (« la soirée jeux »): what names an event, not a text.
_TITLE_WORDS = 6
_SENTENCE = re.compile(r"[!?.…:;]")
_SMALL = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "a", "au",
                    "aux", "the", "an", "of", "for", "pour", "et", "and", "notre", "our"})


async def _titled(ctx: Context, text: str) -> set[int]:
    """« /annoncer la soirée jeux »: the group read « 📣 Annonce du Focus — la soirée jeux »,
    with no card. A few words that are all in the title of events to come name them (the
    events to tap are offered, nothing posted); a sentence is a text (« Venez nombreux à
    la soirée jeux ! »)."""
    words = re.findall(r"[^\W_]+", text)
    if not words or len(words) > _TITLE_WORDS or _SENTENCE.search(text) or text[0].isdigit():
        return set()
    wanted = [w for w in (fold(word) for word in words) if w not in _SMALL]
    if not wanted:
        return set()
    named = set()
    for event in await ctx.storage.events.upcoming(ctx.now, 200):
        title = {fold(w) for w in re.findall(r"[^\W_]+", shown_title(event))}
        if all(any(h == w or (len(w) >= 3 and h.startswith(w)) for h in title) for w in wanted):
            named.add(event.id)
    return named


async def press_publish(ctx: Context, action: Action) -> None:
    ctx.require_organizer()
    await _card_unless_shown(ctx, await _announceable(ctx, int(action.target)))


async def _words_then_card(ctx: Context, number: int, text: str) -> None:
    """Discord's /annoncer with « numero » and « texte » both filled: a volunteer's few
    words to go with the card (« Venez nombreux ! »). They are posted, then the card (or,
    when it is already there, the « already announced » answer and its button); nothing is
    posted for an event that cannot be announced."""
    event = await _announceable(ctx, number)
    if len(text) > MAX_ANNOUNCEMENT:
        raise UserInputError("error.text_too_long", max=MAX_ANNOUNCEMENT, length=len(text))
    reached = await ctx.core.publish(lambda: Reply(t("announce.prefix") + "\n" + text))
    said = published_text(ctx.core.settings, reached)
    ctx.reply(t("announce.words_done", result=said[:1].lower() + said[1:]), private=True)
    if reached:
        await _card_unless_shown(ctx, event)


async def _card_unless_shown(ctx: Context, event: Event) -> None:
    """The event's card, unless announcement chats already show it (typed again: « did it
    work? »): then how many, and a button for a second card. A card in answer to a command,
    /creer's in a Discord channel, is no announcement."""
    shown, cards = await ctx.storage.announcements.showing(event.id)
    if shown:
        ctx.reply(t("announce.already", id=event.id, title=shown_title(event), count=shown),
                  private=True, buttons=(Button(t("announce.again_button"),
                                                actions.encode(AGAIN, f"{event.id}-{cards}")),))
        return
    await _publish_card(ctx, event)


async def _announceable(ctx: Context, number: int) -> Event:
    """The event, if its card may be announced: not cancelled, not started."""
    event = await load_event(ctx, number)
    if event.cancelled:
        raise Conflict("error.event_cancelled_announce", id=event.id)
    if event.starts_at <= ctx.now:
        raise Conflict("error.event_past_announce", id=event.id)
    return event


async def _publish_card(ctx: Context, event: Event) -> None:
    """Its card posted in the announcement chats (`event` from `_announceable`)."""
    counts = await ctx.storage.rsvps.counts(event.id)
    _published(ctx, await ctx.core.publish(card_reply(event, counts), event_id=event.id),
               event.id)


async def press_again(ctx: Context, action: Action) -> None:
    """« Publish it again » under « already announced »: a second card, on purpose."""
    ctx.require_organizer()
    event_part, _, cards = action.target.partition("-")
    number = int(event_part)
    if not cards:
        await _publish_card(ctx, await _announceable(ctx, number))
        return
    press = (number, int(cards))
    if press in _posting_again:  # the same press twice at once: the first is posting
        await _posted_again(ctx, number)
        return
    _posting_again.add(press)
    try:
        if (await ctx.storage.announcements.showing(number))[1] != press[1]:
            await _posted_again(ctx, number)  # this button already served
            return
        await _publish_card(ctx, await _announceable(ctx, number))
    finally:
        _posting_again.discard(press)


async def _posted_again(ctx: Context, number: int) -> None:
    event = await load_event(ctx, number)
    ctx.reply(t("announce.again_done", id=event.id, title=shown_title(event)), private=True)


def _published(ctx: Context, reached: int, event_id: int | None = None) -> None:
    ctx.reply(published_text(ctx.core.settings, reached, event_id), private=True)


async def announce_later(ctx: Context) -> None:
    event = await load_event(ctx, ctx.values["event"])
    if event.cancelled:  # said first: no moment would do
        raise Conflict("error.event_cancelled_announce", id=event.id)
    at = moment_for(event.starts_at, ctx.values["when"], ctx.now)
    if at >= event.starts_at:
        example = earlier_example(event.starts_at, ctx.now)
        raise UserInputError(
            "error.announce_after_start" if example else "error.announce_after_start_soon",
            id=event.id, when=format_when(event.starts_at), example=example)
    # The same line typed twice (« did it work? ») would post the card twice at that moment.
    same = next((p for p in await ctx.storage.announcements.pending()
                 if p.event_id == event.id and p.at == at), None)
    if same is not None:
        raise Conflict("announcelater.already", n=same.id, id=event.id,
                       when=format_when(same.at))
    number = await ctx.storage.announcements.schedule(event.id, at, ctx.member.id, ctx.now)
    pending = [a for a in await ctx.storage.announcements.pending() if a.status == "pending"]
    lines = [t("announcelater.done", n=number, title=shown_title(event), id=event.id,
               when=format_when(at))]
    # Typed again with another moment, as one edits it: the earlier one still stands and
    # the card would go out twice. Said, with the line that keeps only the new one.
    for other in (a for a in pending if a.event_id == event.id and a.id != number):
        lines.append(t("announcelater.also_planned", n=other.id, when=format_when(other.at),
                       line=_line(ctx, _typed_number(ctx, other.id, pending))))
    shown, _ = await ctx.storage.announcements.showing(event.id)
    if shown:  # /annoncer already posted it: this one posts one more card
        lines.append(t("announcelater.already_shown", count=shown))
    lines.append(t("announcelater.undo", line=_line(ctx, _typed_number(ctx, number, pending))))
    ctx.reply("\n".join(lines), private=True)


async def scheduled(ctx: Context) -> None:
    pending = await ctx.storage.announcements.pending()
    if not pending:
        ctx.reply(t("scheduled.none"), private=True)
        return
    lines = [t("scheduled.header")]
    for p in pending:
        event = await ctx.storage.events.get(p.event_id)
        line = t("scheduled.line", n=p.id, title=shown_title(event) if event else p.title,
                 id=p.event_id, when=format_when(p.at))
        if event is None or event.cancelled:  # the job will skip it: say so now
            line += " — " + t("scheduled.event_cancelled")
        elif event.starts_at <= p.at:  # the event was moved before it
            line += " — " + t("scheduled.after_start")
        lines.append(line)
    ctx.reply("\n".join(lines), private=True)


async def unschedule(ctx: Context) -> None:
    """Cancel a scheduled announcement by its own number (« 2 », « n°2 »), or an event's
    (« #3 »: its one announcement). A bare number that is both an announcement of another
    event and an event with announcements is asked, never guessed: the two lines to type."""
    number: int = ctx.values["number"]
    typed = "" if ctx.incoming.options else ctx.args.strip().lower()  # Discord: a number
    pending = [a for a in await ctx.storage.announcements.pending() if a.status == "pending"]
    of_event = [a for a in pending if a.event_id == number]
    target: ScheduledAnnouncement | None
    if typed.startswith("#"):
        if not of_event:
            raise NotFound("unschedule.event_none", id=number)
        if len(of_event) > 1:
            ctx.reply(t("unschedule.event_several", id=number,
                        title=await _title(ctx, of_event[0]),
                        lines=t("unschedule.or").join(_line(ctx, _no(ctx, a.id))
                                                      for a in of_event)),
                      private=True, buttons=_buttons(of_event))
            return
        target = of_event[0]
    else:
        target = next((a for a in pending if a.id == number), None)
        bare = not typed.startswith("n")
        if bare and of_event and target is not None and target.event_id != number:
            # A button each: a Discord number field takes neither « n°3 » nor « #3 ».
            ctx.reply(t(
                "unschedule.which", n=number, title=await _title(ctx, target),
                id=target.event_id, when=format_when(target.at),
                event_title=await _title(ctx, of_event[0]),
                as_number=_line(ctx, _no(ctx, number)), as_event=_line(ctx, f"#{number}")),
                private=True, buttons=_buttons([target, *of_event]))
            return
        if target is None:
            if of_event:
                # Every other command takes an event's number: « /deprogrammer 3 » for
                # event #3 is answered with that event's announcements, to cancel by their
                # own number (or a tap).
                ctx.reply(t("unschedule.event_number", id=number,
                            numbers=", ".join(f"n°{a.id}" if ctx.locale == "fr"
                                              else str(a.id) for a in of_event),
                            line=_line(ctx, _unambiguous(ctx, of_event[0].id, pending))),
                          private=True, buttons=_buttons(of_event))
                return
            raise NotFound("error.scheduled_not_found", id=number)
    await _unschedule(ctx, target)


async def press_unschedule(ctx: Context, action: Action) -> None:
    """A button under « which announcement? »: that one is cancelled, if still planned."""
    ctx.require_organizer()
    number = int(action.target)
    target = next((a for a in await ctx.storage.announcements.pending()
                   if a.id == number and a.status == "pending"), None)
    if target is None:
        raise NotFound("error.scheduled_not_found", id=number)
    await _unschedule(ctx, target)


async def _unschedule(ctx: Context, target: ScheduledAnnouncement) -> None:
    if not await ctx.storage.announcements.unschedule(target.id):
        raise NotFound("error.scheduled_not_found", id=target.id)
    ctx.reply(t("unschedule.done", n=target.id, title=await _title(ctx, target),
                id=target.event_id, when=format_when(target.at)), private=True)


def _unambiguous(ctx: Context, number: int, pending: list[ScheduledAnnouncement]) -> str:
    """How to type announcement `number` so it is not asked back: « 2 », or « n°2 » ("no. 2")
    when event #2 has announcements too."""
    return _no(ctx, number) if any(a.event_id == number for a in pending) else str(number)


def _typed_number(ctx: Context, number: int, pending: list[ScheduledAnnouncement]) -> str:
    """How to type announcement `number` so /unschedule takes it at once: « 2 », or « n°2 »
    ("no. 2") when it belongs to another event and event #2 has announcements too."""
    own = next((a for a in pending if a.id == number), None)
    clash = any(a.event_id == number for a in pending)
    return _no(ctx, number) if clash and own is not None and own.event_id != number \
        else str(number)


def _no(ctx: Context, number: int) -> str:
    """An announcement's own number to type: « n°3 » in French, "no. 3" in English."""
    return f"n°{number}" if ctx.locale == "fr" else f"no. {number}"


def _buttons(planned: list[ScheduledAnnouncement]) -> tuple[Button, ...]:
    """One button per announcement (five at most: one row)."""
    return tuple(Button(t("button.unschedule", n=a.id, id=a.event_id),
                        actions.encode("unschedule", a.id)) for a in planned[:5])


async def _title(ctx: Context, planned: ScheduledAnnouncement) -> str:
    """The title of a planned announcement's event as its card shows it (a demo event's in
    the reader's language)."""
    event = await ctx.storage.events.get(planned.event_id)
    return shown_title(event) if event is not None else planned.title


def _line(ctx: Context, argument: str) -> str:
    """« /deprogrammer n°3 », "/unschedule #3": the line to type, in the reader's words."""
    return f"/{'deprogrammer' if ctx.locale == 'fr' else 'unschedule'} {argument}"
