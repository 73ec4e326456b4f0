"""The errors commands raise; the router maps each to a localised, polite reply.

Messages are string keys plus placeholders, never raw exception text.
"""

from __future__ import annotations


class BotError(Exception):
    """Base: something the user should be told about, in their language."""

    def __init__(self, key: str, /, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class UserInputError(BotError):
    """Missing or malformed arguments: the reply adds the command's usage line."""


class NotFound(BotError):
    """An id that matches nothing."""


class Forbidden(BotError):
    """The member may not do this (organiser command, someone else's data)."""


class Conflict(BotError):
    """The request is well formed but the state forbids it (cancelled, started, closed,
    already done): the reply explains, without a usage line."""
