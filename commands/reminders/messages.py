"""The messages the reminder jobs send, built later in each reader's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.cards import card_title, held_seat_buttons, shown_text
from bot.i18n import format_when, format_when_from, platform_key, t
from bot.messages import Reply
from storage.models import Counts, Event


def reminder_reply(event: Event, state: str, position: int,
                   now: datetime | None = None, platform: str = "",
                   seats: int = 1) -> Callable[[], Reply]:
    """The reminder, with "I can't come anymore" and "see the event" buttons; `seats` held
    (a parent with children: « 3 places à votre nom », and all three go with the button).

    Sent the same day or the day before, it says « aujourd'hui à 19h30 » / « demain à 19h30 »
    (relative to `now`, the moment it is sent): a phone notification is read at a glance.
    It ends with what to do when you cannot come, and how to get no more reminders (on
    `platform`'s terms: Discord takes the command's choice, not typed words): a lock screen
    shows the text, not the buttons.
    """
    def build() -> Reply:
        when = format_when_from(event.starts_at, now) if now else format_when(event.starts_at)
        # The title as its card shows it: a demo's « [Démo] » first, in the reader's language.
        lines = [t("reminder.text", title=card_title(event), id=event.id,
                   when=when, place=event.place)]
        if event.description:
            lines.append(shown_text(event, "description", event.description))
        if state == "waitlisted":
            lines.append(t("reminder.waitlisted", position=position))
        elif seats > 1:
            lines.append(t("reminder.seats", seats=seats))
        button = t("button.drop").split(" ", 1)[-1]  # the label, without its emoji
        lines.append(t("reminder.cant_come_waitlisted" if state == "waitlisted"
                       else "reminder.cant_come", button=button, seats=seats))
        lines.append(t(platform_key("reminder.stop", platform), off=t("choice.state.off")))
        return Reply("\n".join(lines), private=True, buttons=held_seat_buttons(event.id))
    return build


def summary_reply(event: Event, counts: Counts,
                  now: datetime | None = None) -> Callable[[], Reply]:
    """The organiser's same-day summary: seats, guests, waiting list, maybes. It starts with
    « Aujourd'hui à 19h30 » (it is sent on the event's day, `now` defaults to it)."""
    def build() -> Reply:
        capacity = str(event.capacity) if event.capacity else t("card.unlimited")
        when = format_when_from(event.starts_at, now or event.starts_at)
        return Reply(t("summary.text", title=card_title(event),
                       id=event.id,
                       when=when[:1].upper() + when[1:], going=counts.going_seats,
                       people=counts.going_people,
                       guests=counts.going_seats - counts.going_people, capacity=capacity,
                       waitlist=counts.waitlist, maybe=counts.maybe),
                     private=True)
    return build
