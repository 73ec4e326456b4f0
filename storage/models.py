"""Rows as the rest of the program sees them: plain frozen dataclasses, times in UTC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

KINDS = ("board_games", "screening", "workshop", "masterclass", "english", "theme_evening", "other")
CHOICES = ("going", "maybe", "no")


@dataclass(frozen=True)
class Member:
    id: int
    platform: str
    platform_user_id: str
    display_name: str
    language: str | None
    reminders: bool
    unreachable: str | None
    notice_pending: bool
    # The app's language as last seen (see migration 0015); `language` is the member's choice.
    app_language: str | None = None


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    capacity: int | None
    price_cents: int
    audience: str
    status: str
    is_demo: bool
    created_by: int | None
    # Issue 13: set while organisers have closed sign-ups (no new "going" answers).
    signups_closed_at: datetime | None = None
    # Issue 13: the poster's file name in the `posters/` folder beside the database; ''
    # when the event has none (see storage.posters).
    poster: str = ""
    # The series this event is a date of (migration 0002); None for an event of its own.
    series_id: int | None = None

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def signups_closed(self) -> bool:
        return self.signups_closed_at is not None


@dataclass(frozen=True)
class NewEvent:
    title: str
    starts_at: datetime
    place: str
    kind: str = "other"
    capacity: int | None = None
    price_cents: int = 0
    description: str = ""
    audience: str = ""
    ends_at: datetime | None = None
    is_demo: bool = False
    created_by: int | None = None


@dataclass(frozen=True)
class Counts:
    going_seats: int
    going_people: int
    maybe: int
    waitlist: int
    waitlist_seats: int
    walk_ins: int = 0  # let in at the door without an answer: they take seats too

    @property
    def taken(self) -> int:
        """The seats taken: those of the answers "going" and the walk-ins."""
        return self.going_seats + self.walk_ins


@dataclass(frozen=True)
class Recipient:
    """Who to tell privately about a change, on the platform they used."""

    member_id: int
    platform: str
    platform_user_id: str
    display_name: str
    language: str | None
    seats: int


@dataclass(frozen=True)
class RsvpOutcome:
    """What an RSVP did. `status` is one of: going, waitlisted, maybe, no, kept (more guests
    asked while going but not enough seats: the current seats are kept), closed, cancelled,
    not_found, no_rsvp (guest change without an RSVP), signups_closed (organisers closed
    sign-ups: no new "going", no more seats), too_many (more seats than the event has in
    all: nothing recorded)."""

    status: str
    event_id: int
    title: str
    seats: int = 0
    position: int = 0
    taken: int = 0
    capacity: int | None = None
    promoted: tuple[Recipient, ...] = ()


@dataclass(frozen=True)
class Attendee:
    member_id: int
    display_name: str
    platform: str
    state: str
    seats: int
    updated_at: datetime


@dataclass(frozen=True)
class MemberRsvp:
    event: Event
    state: str
    seats: int
    position: int


@dataclass(frozen=True)
class PostedMessage:
    event_id: int
    platform: str
    chat_id: str
    message_id: str
    locale: str


@dataclass(frozen=True)
class FaqOverride:
    key: str
    keywords: str
    question_fr: str
    answer_fr: str
    question_en: str
    answer_en: str
    deleted: bool


@dataclass(frozen=True)
class DueReminder:
    """A reminder whose moment has come and that nobody has sent yet."""

    event_id: int
    offset_seconds: int
    starts_at: datetime
    who: Recipient
    state: str  # 'going' or 'waitlisted'
    position: int  # place on the waitlist, 0 when going
    answered_at: datetime  # last change of the member's RSVP
    earlier: int  # deliveries already recorded for this member and event start
    # When the latest reminder of a longer offset for this start went to them (sent late
    # after a downtime, it may have gone just now: `commands.reminders.jobs`).
    last_sent_at: datetime | None = None

    @property
    def due_at(self) -> datetime:
        return self.starts_at - timedelta(seconds=self.offset_seconds)


@dataclass(frozen=True)
class Claim:
    """A reminder taken for sending by this boot."""

    attempts: int  # this one included
    interrupted: int  # earlier attempts whose outcome is unknown (may have been delivered)
    after_restart: bool  # this claim took over a 'sending' row of a dead process


@dataclass(frozen=True)
class Missed:
    """A reminder whose event started before it was confirmed."""

    event_id: int
    member_id: int
    starts_at: datetime
    status: str | None  # None: never attempted
    interrupted: int


@dataclass(frozen=True)
class Series:
    id: int
    title: str
    kind: str
    weekday: int
    local_time: str
    first_date: str
    interval_weeks: int
    capacity: int | None
    price_cents: int
    place: str
    generated_until: str | None
    status: str
    created_by: int | None
    # The `dateutil.rrule` text (weekdays, interval or monthly positions) on Paris dates from
    # `first_date` at `local_time`; weekday and interval_weeks repeat its first weekday and
    # interval for older readers. Empty: a weekly rule made of weekday and interval_weeks.
    rule: str = ""
    description: str = ""
    duration_minutes: int | None = None


@dataclass(frozen=True)
class ScheduledAnnouncement:
    id: int
    event_id: int
    title: str
    at: datetime
    status: str
    attempts: int
