"""Discord's limits, in one place, and the pacer that keeps fan-outs under the global one.

discord.py waits out 429s but never paces a fan-out in advance: every REST call made outside
an interaction callback waits for one shared `Pacer`. Edits of posted cards go in an urgent
lane (`urgent()`), ahead of any fan-out; among the rest, a task that already started keeps
its turn, so a DM's "send" follows its "open DM" instead of queueing behind every member's.
"""

from __future__ import annotations

from bot.adapters.pacing import Gate, Lane
from bot.platform import MESSAGE_LIMITS

GLOBAL_RATE = 47.0  # requests/s we allow ourselves; Discord's global limit is 50
DEFER_AFTER = 2.0  # seconds before a slow answer is deferred (Discord's deadline is 3)
MESSAGE_LIMIT = MESSAGE_LIMITS["discord"]  # characters in a message (the core's figure)
CUSTOM_ID_LIMIT = 100  # characters in a button's custom_id
LABEL_LIMIT = 80  # characters in a button label
MAX_BUTTONS = 25  # buttons on one message
NAME_LIMIT = 32  # characters in a command or option name
DESCRIPTION_LIMIT = 100  # characters in a command/option description or a choice label
MAX_CHOICES = 25  # choices of an option, results of an autocomplete
MAX_OPTIONS = 25  # options of a command
STRING_OPTION_LIMIT = 6000  # max_length of a string option

# Card edits go in it: ahead of any fan-out.
LANE = Lane("discord_urgent")
urgent = LANE.urgent


class Pacer(Gate):
    """Spaces requests evenly at `rate` per second, for every caller together, handing each
    slot to the most pressing waiter: urgent first, then the task that came first (its later
    requests keep its turn)."""

    def __init__(self, rate: float = GLOBAL_RATE) -> None:
        super().__init__(1.0 / rate, LANE, turns=True)
