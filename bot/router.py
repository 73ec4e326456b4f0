"""What the features offer, registered explicitly at start-up: commands, buttons, jobs, strings.

Each feature's `register(router)` adds its `CommandSpec`s, the button verbs it answers, the
scheduled jobs it runs and its strings. Nothing registers at import. Names are matched without
accents or case (`/événements` = `/evenements`), with any `@botname` suffix dropped.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field

from bot import actions, i18n
from bot.actions import Action
from bot.context import Context
from bot.jobs import JobContext
from bot.spec import CommandSpec
from bot.text import fold

ButtonHandler = Callable[[Context, Action], Awaitable[None]]
# How alike a typed name and a command name must be (rapidfuzz ratio, 0-100) to be offered.
SUGGEST_CUTOFF = 75
Job = Callable[[JobContext], Awaitable[None]]
# (ctx) -> whether it took the message: a private plain message (text or picture).
Listener = Callable[[Context], Awaitable[bool]]
Aside = Callable[[Context], Awaitable[None]]
# When a scheduled job runs within a tick (`Router.job`'s `order`): most in registration
# order (`DURING`); a few before all the others or after them.
BEFORE, DURING, AFTER = -1, 0, 1


@dataclass(frozen=True)
class ListenerSpec:
    """A conversation a feature holds with someone (the guided creation's dialogue): their
    private plain messages go to `answer` before the FAQ, and `aside` may add a word after
    any command they run meanwhile (« your draft waits »). `organizer`: only organisers'
    messages are offered (the core checks)."""

    answer: Listener
    aside: Aside | None = None
    organizer: bool = True


@dataclass(frozen=True)
class ButtonSpec:
    """A button verb: what its target must look like and which arguments it takes ("" for
    none). The core calls `handler(ctx, action)` only with an action that fits."""

    verb: str
    handler: ButtonHandler
    target: re.Pattern[str] = actions.EVENT_TARGET
    args: Collection[str] = frozenset({""})

    def accepts(self, action: Action) -> bool:
        return self.target.fullmatch(action.target) is not None and action.arg in self.args


def command_key(name: str) -> str:
    """A typed command name as the router compares it: no slash, no @botname, folded."""
    return fold(name.strip().lstrip("/").split("@", 1)[0])


@dataclass
class Router:
    commands: list[CommandSpec] = field(default_factory=list)
    buttons: dict[str, ButtonSpec] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)  # in the order they run
    listeners: list[ListenerSpec] = field(default_factory=list)
    _index: dict[str, CommandSpec] = field(default_factory=dict)
    # The usual spellings as typed (« /rsvp », « /participer », « /Participer »), each checked
    # to fold to its name: `find` skips the folding for them (issue 11: every message asks).
    _spelled: dict[str, CommandSpec] = field(default_factory=dict)
    # What this deployment offers, for the specs that need something (`CommandSpec.needs`).
    capabilities: set[str] = field(default_factory=set)
    # The listeners' asides, for organisers and for members (`asides`), kept by `listen`.
    _asides: dict[bool, tuple[Aside, ...]] = field(
        default_factory=lambda: {True: (), False: ()})
    _job_order: dict[str, int] = field(default_factory=dict)  # `job`'s `order`
    # The language a member's plain message is clearly written in ("en", "fr"), None when it
    # does not say (« ok », a name, « hello, c'est quand ? »): set by a feature
    # (`commands.faq.language`), read by the core for members who never chose (/langue).
    text_locale: Callable[[str], str | None] | None = None

    def add(self, *specs: CommandSpec) -> None:
        for spec in specs:
            for key in (spec.name, *spec.aliases):
                folded = command_key(key)
                if folded in self._index:
                    raise ValueError(f"command name {key!r} registered twice")
                self._index[folded] = spec
                for word in {key, key.lower(), key.capitalize(), folded}:
                    for typed in (word, "/" + word):
                        if command_key(typed) == folded:
                            self._spelled[typed] = spec
            self.commands.append(spec)

    def button(self, verb: str, handler: ButtonHandler, *,
               target: re.Pattern[str] = actions.EVENT_TARGET,
               args: Collection[str] = frozenset({""})) -> None:
        if verb in self.buttons:
            raise ValueError(f"button verb {verb!r} registered twice")
        self.buttons[verb] = ButtonSpec(verb, handler, target, args)

    def job(self, name: str, job: Job, *, order: int = DURING) -> None:
        """A scheduled job, run by the scheduler's heartbeat `BEFORE` the others, `DURING`
        (most) or `AFTER` them; in registration order within each. A feature registers its
        jobs itself, whatever its place among the features."""
        if name in self.jobs:
            raise ValueError(f"job {name!r} registered twice")
        self._job_order[name] = order
        ranked = sorted([*self.jobs.items(), (name, job)],
                        key=lambda item: self._job_order.get(item[0], DURING))  # stable
        self.jobs.clear()
        self.jobs.update(ranked)

    def listen(self, answer: Listener, *, aside: Aside | None = None,
               organizer: bool = True) -> None:
        """A conversation: see `ListenerSpec`. Asked in registration order."""
        self.listeners.append(ListenerSpec(answer, aside, organizer))
        if aside is not None:
            self._asides[True] += (aside,)
            if not organizer:
                self._asides[False] += (aside,)

    def asides(self, organizer: bool) -> tuple[Aside, ...]:
        """What may add a word after a command (`ListenerSpec.aside`), in registration
        order; organisers' conversations only to organisers. Kept, not built per message:
        most answers have none (issue 11)."""
        return self._asides[organizer]

    @staticmethod
    def strings(table: Mapping[str, Mapping[str, str]]) -> None:
        """A feature's strings join the one catalogue (`bot.i18n`)."""
        i18n.add_strings(table)

    def find(self, name: str) -> CommandSpec | None:
        spec = self._spelled.get(name)
        return spec if spec is not None else self._index.get(command_key(name))

    def picture_wanted(self, text: str, *, organizer: bool, private: bool) -> bool:
        """Whether a picture that came with this typed message is fetched at all (Telegram
        asks; a slash command's attachment needs only `CommandSpec.takes_picture_from`): with
        a command that takes one from this sender, or alone in an organiser's private chat,
        for their conversation (the guided creation)."""
        if text.startswith("/"):
            spec = self.find(text.split()[0])
            return spec is not None and spec.takes_picture_from(organizer)
        return not text and private and organizer and any(
            listener.organizer for listener in self.listeners)

    def press(self, data: str | None) -> tuple[ButtonSpec, Action] | None:
        """The verb and validated action behind button data, or None for anything forged,
        stale or unknown."""
        action = actions.parse(data)
        spec = self.buttons.get(action.verb) if action else None
        if action is None or spec is None or not spec.accepts(action):
            return None
        return spec, action

    def suggest(self, name: str, platform: str, *, organizer: bool = False,
                limit: int = 3) -> list[str]:
        """Close command names for a typo, best first, among those the asker may use and
        the menus show. Every name and alias is compared (a French member may type an
        English name); the caller shows each in the reader's language. A name begun and
        not finished (« /ev », two letters or more) is offered what it begins, shortest
        first; then whole-word likeness: « /anuler » is not « /langue », and nothing is
        better than a far-fetched guess."""
        from rapidfuzz import fuzz, process

        names = {k: c.name for k, c in self._index.items()
                 if c.menu and self.available(c, platform) and (organizer or not c.organizer)}
        typed = command_key(name)
        begun = sorted((k for k in names if len(typed) >= 2 and k.startswith(typed)),
                       key=lambda k: (len(k), k))
        found = process.extract(typed, list(names), scorer=fuzz.ratio,
                                limit=None, score_cutoff=SUGGEST_CUTOFF)
        seen: list[str] = []
        for match in [*begun, *(m for m, _score, _ in found)]:
            if names[match] not in seen:
                seen.append(names[match])
        return seen[:limit]

    def for_platform(self, platform: str) -> list[CommandSpec]:
        """What a platform offers (menus, /help, slash commands): its commands, less those
        needing what this deployment lacks. Typed anyway, such a command still answers
        (« the web agenda is not enabled here »)."""
        return [c for c in self.commands if self.available(c, platform)
                and (not c.needs or c.needs in self.capabilities)]

    @staticmethod
    def available(spec: CommandSpec, platform: str) -> bool:
        return not spec.platforms or platform in spec.platforms
