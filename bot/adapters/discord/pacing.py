"""Discord's limits, in one place, and the pacer that keeps fan-outs under the global one.

discord.py waits out 429s but never paces a fan-out in advance: every REST call made outside
an interaction callback waits for one shared `Pacer`.
"""

from __future__ import annotations

import asyncio

GLOBAL_RATE = 47.0  # requests/s we allow ourselves; Discord's global limit is 50
DEFER_AFTER = 2.0  # seconds before a slow answer is deferred (Discord's deadline is 3)
MESSAGE_LIMIT = 2000  # characters in a message
CUSTOM_ID_LIMIT = 100  # characters in a button's custom_id
LABEL_LIMIT = 80  # characters in a button label
MAX_BUTTONS = 25  # buttons on one message
NAME_LIMIT = 32  # characters in a command or option name
DESCRIPTION_LIMIT = 100  # characters in a command/option description or a choice label
MAX_CHOICES = 25  # choices of an option, results of an autocomplete
MAX_OPTIONS = 25  # options of a command
STRING_OPTION_LIMIT = 6000  # max_length of a string option


class Pacer:
    """Spaces requests evenly at `rate` per second, for every caller together.

    Slots are handed out on an ideal schedule, so sleep overshoot does not accumulate; a
    caller arriving after a quiet spell goes at once.
    """

    def __init__(self, rate: float = GLOBAL_RATE) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0

    async def wait(self) -> None:
        now = asyncio.get_running_loop().time()
        slot = max(now, self._next)
        self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)
