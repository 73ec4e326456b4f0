"""Persistence. `Storage` is the one narrow interface the core uses; SQL lives only here."""

from storage.database import Storage
from storage.models import KINDS, Event, Member, NewEvent, Recipient, RsvpOutcome

__all__ = ["KINDS", "Event", "Member", "NewEvent", "Recipient", "RsvpOutcome", "Storage"]
