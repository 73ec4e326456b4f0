"""The messages the reminder jobs send, built later in each reader's language."""

from __future__ import annotations

from collections.abc import Callable

from bot import actions
from bot.i18n import format_when, t
from bot.messages import Button, Reply
from storage.models import Counts, Event


def reminder_reply(event: Event, state: str, position: int) -> Callable[[], Reply]:
    """The reminder, with "I can't come anymore" and "see the event" buttons."""
    def build() -> Reply:
        lines = [t("reminder.text", title=event.title, id=event.id,
                   when=format_when(event.starts_at), place=event.place)]
        if event.description:
            lines.append(event.description)
        if state == "waitlisted":
            lines.append(t("reminder.waitlisted", position=position))
        return Reply("\n".join(lines), private=True, buttons=(
            Button(t("button.drop"), actions.encode("drop", event.id)),
            Button(t("button.see_event"), actions.encode("event", event.id)),
        ))
    return build


def summary_reply(event: Event, counts: Counts) -> Callable[[], Reply]:
    """The organiser's same-day summary: seats, guests, waiting list, maybes."""
    def build() -> Reply:
        capacity = str(event.capacity) if event.capacity else t("card.unlimited")
        return Reply(t("summary.text", title=event.title, id=event.id,
                       when=format_when(event.starts_at), going=counts.going_seats,
                       people=counts.going_people,
                       guests=counts.going_seats - counts.going_people, capacity=capacity,
                       waitlist=counts.waitlist, maybe=counts.maybe),
                     private=True)
    return build
