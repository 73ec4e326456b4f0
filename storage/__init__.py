"""Persistence: the only SQL. `Storage` opens the database and holds one object per aggregate.

    storage = await Storage.open(path, busy_timeout_ms=5000); ...; await storage.close()

storage.db (base.Database): transaction() (BEGIN IMMEDIATE..COMMIT, all or nothing),
    run_write(fn(sqlite3_conn)) (the same, whole on the loop's thread, no hop; a burst's
        grouped under one COMMIT; hot paths),
    read(sql, params), write_one(sql, params), checkpoint(), settle() (waits for the
    background copy of the WAL, started every COPY_LOG_EVERY writes), close(), path
storage.members (members.Members):
    identify(platform, user_id, display_name, now, app_language=None) -> Member
        (created on first contact; cached; app_language: the app's, for notices)
    find(platform, user_id) -> Member | None   (nobody created: a line's language)
    get(member_id) -> Member | None
    update(member_id, **language|reminders|unreachable|notice_pending) -> Member | None
    export(member_id) -> dict   (everything we hold about them, for /mydata)
    erase(member_id, now) -> [(event_id, Recipient promoted)]   (drops the cache entry)
    accounts() -> {(platform, platform_user_id): (member_id, first contact)}   (restore)
    first_contact(member_id) -> datetime | None   (a row newer than a question: erased since)
    unused(seen_before, now=) -> [Recipient];  warned(member_id, now, seen_before)   (unused: told
        once, migration 0026 seen_at/warned_at; identify notes seen_at once a day; with now,
        not those holding a seat or waitlist place for an event still to come)
    expired(seen_before, warned_before, now=) -> [member_id]   (unused, told, silent: to erase)
    upcoming_created(member_id, now) -> [(event_id, title)]   (they stay when their creator erases)
storage.events (events.Events):
    create(NewEvent, now) -> Event;  get(event_id) -> Event | None
    upcoming(now, limit=25) -> [Event];  count() -> int
    upcoming_with_counts(now, limit=25) -> [(Event, Counts)]   (one query, for /events)
    update(event_id, now, **EVENT_FIELDS) -> (Event, [Recipient promoted]) | None
    cancel(event_id, now, reason="") -> Event | None   (None too when already cancelled)
    mark_back(event_id, copy_id) -> int | None   (a cancelled event copied back: None the
        first time, else the copy its people were told of)
    set_signups(event_id, closed, now) -> Event | None   (rsvps refuse new "going" if closed)
    ask_cancel(event_id, member_id, reason, now);  drop_cancel_request(event_id, member_id)
    cancel_request(event_id, member_id) -> (reason, asked_at) | None
    forget_cancel_requests(now)   (unconfirmed for a day: erased, each scheduler tick)
storage.rsvps (rsvps.Rsvps):
    answer(event_id, member_id, choice|None, now, *, guests=None, guests_delta=0,
           max_seats=10) -> RsvpOutcome
    answer_keeping_names(same, pressed=None) -> (RsvpOutcome, [Child] dropped, in the same
        transaction; pressed: the card's message, made live again with an answer that
        changed seats)
    counts(event_id) -> Counts;  attendees(event_id) -> [Attendee]
    state_of(event_id, member_id) -> str | None
    recipients(event_id, states) -> [Recipient];  of_member(member_id, now) -> [MemberRsvp]
    (rsvps.promote(conn, event_id, now): waitlist promotion inside a transaction)
storage.cards (cards.Cards):
    add(event_id, platform, chat_id, message_id, locale, now, *, announcement=False,
        private_to=None)   (private_to: whose private chat; erased with them)
    to_edit(event_id) -> [PostedMessage]   (the copies to edit now; retired ones handed out
        once, marked as they are)
    revive(event_id, platform, chat_id, message_id) -> bool
    move(platform, chat_id, old_message_id, new_message_id, new_chat_id=None) -> bool
        (a copy posted anew; in another chat too: a Telegram group turned supergroup)
    forget(platform, chat_id, message_id) -> bool   (its message was deleted: no more edits)
    none_live(event_id) -> bool   (known to have no copy at all: no read needed)
    (cards.revive_now(conn, key): `revive` inside an answer's transaction)
    turning(since, now) -> [Event]   (scheduled, with a live copy, may have started or
        ended in between: bot.cards.phase decides)
    show_retired_once(event_id) -> int   (started: the latest retired copies are handed out
        once more by `to_edit`, marked live = 3 until then)
    changed_since(since, now) -> [event_id]   (live cards whose event or answers changed:
        refreshed by a new process, the old one may have died before the edits went out)
    turned_until() -> datetime | None;  turns_done(until)   (how far the scheduler turned
        cards, across restarts)
    (bounds: cards.COPIES_PER_CHAT, cards.COPIES_PER_EVENT)
storage.faq (faq.Faq): overrides() -> [FaqOverride];  save(FaqOverride, member_id, now)
storage.reminders (reminders.Reminders):
    due(offset, now, boot) -> [DueReminder]
    claim(event_id, member_id, offset_seconds, starts_at, now, lease, boot, due=None)
        -> Claim | None   (with `due`: only if still due as that row read it)
    finish(event_id, member_id, offset_seconds, starts_at, status, now, *, next_try_at=None,
           detail="");  skip(event_id, member_id, offset_seconds, starts_at, now, detail) -> bool
    missed(offset, now, since) -> [Missed];  deliveries(event_id, *, summaries=False) -> [dict]
    events_for_summary(now, until, boot) -> [Event]   (summary rows use SUMMARY_OFFSET)
    told_of_move(event_id, offset_seconds, starts_at, due_at) -> {member_id}
        (reminded for the old time, then told the new one: not reminded again at once)
    forget_past(started_before) -> int   (reminder rows a week after the event)
storage.series (series.SeriesStore):
    create(title, kind, weekday, local_time, first_date, interval_weeks, capacity,
           price_cents, place, created_by, now, *, rule="", description="",
           duration_minutes=None) -> Series
    get(series_id) -> Series | None;  active() -> [Series]
    add_occurrences(series, [(local_date, NewEvent)], now) -> [Event]
    update(series_id, **SERIES_FIELDS) -> Series | None
    occurrences(series_id, now) -> [Event];  cancel(series_id, now) -> [Event]
storage.drafts (drafts.Drafts): guided creation, one draft per organiser, expiring
    start(member_id, step, data, now, image=None) -> Draft;  get(member_id, now) -> Draft | None
    get(member_id, now, or_expired=True): or, once, the note of one that expired (step EXPIRED)
    save(draft_id, member_id, step, data, now, image=KEEP) -> Draft | None
    take(draft_id, member_id, now) -> Draft | None (once);  drop(member_id);  remind(draft_id)
    sweep(now) -> int (expired drafts erased);  export(member_id) -> Draft | None (for /mydata)
    expired_export(member_id) -> datetime | None   (an expired draft's note kept: /mydata)
storage.party (party.Party): named children and desk entries (people registered by phone)
    name_children(event_id, member_id, [Child]) -> bool;  children(event_id) -> {member: (Child,)}
    keep_children(event_id, member_id, keep) -> [Child dropped];  export(member_id)
    add_desk(event_id, name, note, now) -> member_id;  desk(event_id) -> {member: DeskEntry}
    drop_desk(member_id) -> bool;  forget_closed(ended_before, started_before) -> Forgotten
storage.attendance (attendance.Attendance): the door and the anonymous tallies
    sheet(event_id) -> DoorSheet;  toggle(event_id, member_id, now, want, came) -> Tap | None
        (Tap.present; undoing a waitlisted member's tap gives the seats left to the queue by
        rsvps' rule: Tap.promoted, in that transaction, to be told once; `came`: how many of
        a family came, checkins.seats, migration 0022)
    add_walk_ins(event_id, delta, now) -> int;  of_member(member_id) -> [CheckIn]
    move_walk_ins(event_id, delta, now, expected) -> (count, moved)   (only from `expected`)
    count_walk_ins(event_id, delta, now, expected, by) -> WalkIns   (the same, with who the
        seat one less freed went to: walk-ins take seats, events.walk_ins; `by`: the member
        tapping, so another volunteer's list that showed `expected` still counts)
    held(start, end, now) / over(ended_before, started_before) -> ([HeldEvent], [Booking])
    close([Tally], now) -> int;  closed(start, end) -> [Tally];  is_closed(event_id,
        named=False) -> bool   (named: it had children's names or desk entries, erased then)
    forget_check_ins(now, ended_before, started_before) -> int   (who came and when, once the
        books are closed, or over without books (cancelled, a demo): the tally
        keeps the counts; a closed door's sheet shows the tally's figures, nobody by name)
    doors(since, until, limit, ended_before=, started_before=) -> [Event]   (not cancelled,
        books still open: /pointage alone; those over by then last, so `limit` drops them)
storage.posters (posters.Posters): files beside the database, the name in events.poster
    attach(event_id, jpeg, now) -> bool;  copy(source_id, target_id, now) -> bool
    remove(event_id, now) -> bool;  existing(name) -> Path | None   (the file, if still there)
storage.feeds (feeds.Feeds): the web agenda and calendar feeds
    agenda(now, kind=None, limit=200) -> [(Event, Counts)];  window(now, kind=None) -> [Event]
    kinds(now) -> [str];  sequences([Event], now) -> {id: SEQUENCE};  install_id() -> str
    data_version() -> int;  token(member_id, now) -> str;  member_for(token) -> int | None
    going(member_id, now) -> [Event];  revoke(member_id) -> bool;  export(member_id)
    seal_stored() -> int   (tokens are stored sealed with a key beside the database, never
        as they are: links stored by an earlier version are sealed once per process)
storage.announcements (announcements.Announcements):
    schedule(event_id, at, created_by, now) -> int;  pending() -> [ScheduledAnnouncement]
    unschedule(announcement_id) -> bool;  due(now, boot) -> [int]
    claim(announcement_id, now, lease, boot) -> (ScheduledAnnouncement, interrupted) | None
    finish(announcement_id, status, now, *, reached=None, next_try_at=None)
    showing(event_id) -> (chats, cards)   (where its card was announced and still is: in
        how many chats, how many cards, every copy; one read)
    planner(announcement_id) -> Recipient | None   (who planned it: told if chats refused it)
storage.waiting (waiting.Waiting): answers waiting for a member's private chat (24 h, 5 each,
    erased with the member)
    keep(platform, user_id, reply, now, kept_at=None);  holders(platform, now) -> {user_id}
    kept(platform, user_id, now) -> [(row_id, kept_at, reply)]   (fresh ones, oldest first)
    given(row_id) -> bool   (erased once sent: a kill in between gives it again, never none)
    sweep(now) -> int   (older than waiting.WAITING_FOR erased; the scheduler's hourly job)
    drop_naming(member_id, names) -> int   (« Seulement les prénoms »: none left naming them)
storage.outbox (outbox.Outbox): private notices kept until they went out (a cancellation, a
    change, a move; erased with the member and the event; see bot.core.Core.tell)
    record([(member_id, reply)], *, event_id, kind, now, until, holder, lease_until,
           series_id=None, words_of=None) -> [row_id]
        (one transaction, before the first is sent; a newer change or the cancellation
        replaces a change notice of that event not yet sent; `words_of`: the member whose
        words they carry, a question passed on, with whom they go)
    sent(row_id) -> bool   (erased once sent: a kill in between sends it again, never none)
    retry(row_id, at);  take(now, holder, lease_until, limit=200) -> [Kept]   (claimed: due
        retries, and a dead process's; what stopped mattering erased first)
    drop_stale(now) -> int   (past `until`, or a notice of an event cancelled since: not
        the cancellation itself, nor a question to the team or its answer, kind `REPLY`)
    pending(event_id) -> int
storage.relay (relay.Relay): a member's question about an event passed on to its organisers,
    and their answer carried back (commands.relay; not the question's words; migration 0025)
    ask(event_id, member_id, [recipient member ids], now, until) -> question_id   (kept
        until `until`, and as long as its event: a week after it, as it is now)
    waiting(member_id, now) -> int   (their questions of the last day not answered yet)
    question(question_id, recipient, now) -> Question | None   (only if sent to `recipient`)
    kept(question_id, now) -> bool   (still kept, to whomever it was sent)
    answering_now(now) -> {member_id}   (whose « Répondre » window is open; read once)
    start_answer(question_id, recipient, now, until) -> bool   (« Répondre » tapped: their
        next private message until then is the answer)
    answering(member_id, now) -> Question | None;  answered(question_id, recipient, now)
        -> datetime | None   (when an earlier answer had gone, read with the mark)
    sent_to(member_id, event_id, now) -> Question | None   (typed under it, not sent)
    stop_answering(member_id) -> bool;  export(member_id) -> [(event_id, title, asked_at,
        answered)]   (/mydata);  forget_past(now) -> int   (a week after the event; with
        who wrote to those events' participants)
    wrote(event_id, member_id);  writers(event_id) -> [member_id]   (the organisers who
        wrote to its participants: its questions reach them; migration 0028)
    told(since, limit) -> [(member_id, event_id | None, told_at)];  keep_told([(member_id,
        event_id | None, told_at)], forget_before)   (which event each member was last told
        of, for `bot.core`: read once per process, written in batches; 12 hours)
"""

from __future__ import annotations

from pathlib import Path

from storage.announcements import Announcements
from storage.attendance import Attendance
from storage.base import BUSY_TIMEOUT_MS, Database
from storage.cards import Cards
from storage.drafts import Drafts
from storage.events import Events
from storage.faq import Faq
from storage.feeds import Feeds
from storage.members import Members
from storage.models import (
    CHOICES,
    KINDS,
    Attendee,
    Claim,
    Counts,
    DueReminder,
    Event,
    FaqOverride,
    Member,
    MemberRsvp,
    Missed,
    NewEvent,
    PostedMessage,
    Recipient,
    RsvpOutcome,
    ScheduledAnnouncement,
    Series,
)
from storage.outbox import Outbox
from storage.party import Party
from storage.posters import Posters
from storage.relay import Relay
from storage.reminders import SUMMARY_OFFSET, Reminders
from storage.rsvps import Rsvps, promote
from storage.series import SeriesStore
from storage.waiting import Waiting

__all__ = [
    "CHOICES", "KINDS", "SUMMARY_OFFSET", "Attendee", "Claim", "Counts", "Database",
    "DueReminder", "Event", "FaqOverride", "Member", "MemberRsvp", "Missed", "NewEvent",
    "PostedMessage", "Recipient", "RsvpOutcome", "ScheduledAnnouncement", "Series", "Storage",
]


class Storage:
    """The database and one object per aggregate. Open with `await Storage.open(path)`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.members = Members(db)
        self.events = Events(db, promote)
        self.rsvps = Rsvps(db)
        self.cards = Cards(db)
        self.faq = Faq(db)
        self.reminders = Reminders(db)
        self.series = SeriesStore(db)
        self.announcements = Announcements(db)
        self.feeds = Feeds(db)
        self.party = Party(db)
        self.posters = Posters(db)
        self.drafts = Drafts(db)
        self.attendance = Attendance(db)
        self.waiting = Waiting(db)
        self.outbox = Outbox(db)
        self.relay = Relay(db)

    @classmethod
    async def open(cls, path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Storage:
        """Open (creating and migrating as needed) the database file at `path`."""
        return cls(await Database.open(path, busy_timeout_ms=busy_timeout_ms))

    async def close(self) -> None:
        await self.db.close()

    @property
    def path(self) -> Path:
        return self.db.path
