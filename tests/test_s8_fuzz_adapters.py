"""Hostile input through the real adapters: every command and alias the router knows, typed
on Telegram and sent as Discord slash commands, with the values people (and pranksters) send.

`tests/test_hostile_input.py` sweeps the core; this file checks what only the adapters can
get wrong: what Telegram's HTML parse mode and Discord's Markdown do with the member's own
text (a title in `<b>`, `**gras**`, `@everyone`), what a 5,000-character line becomes, and
that the answer still reaches the member in their language. Each message's answer is read
from the fake platform's recorded payloads, as the member's phone would get them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import test_discord_adapter as dca
import test_hostile_input as core_sweep
import test_telegram_adapter as tga

from bot.adapters.discord import DiscordAdapter
from bot.adapters.discord.render import ACTION_TEMPLATE
from bot.app import create_core
from bot.spec import CommandSpec
from fakes.discord_api import FakeDiscord
from fakes.telegram_api import FakeTelegram, Stored, user, visible_text
from recording import NOW, Clock
from storage.models import NewEvent

# A title an organiser may really type (a film in quotes, a « & », brackets), and markup.
MARKUP_TITLE = "<b>Ciné</b> & «Les <i>Misérables</i>» **gras** [x](http://exemple.org)"

HOSTILE: tuple[str, ...] = (
    "",
    "x" * 5000,
    "\x00\x07 \x1b[2J\u202eevil\u202c \u200b\u200d\ufeff",
    "<b>gras</b> <script>alert(1)</script> &amp; & <",
    "**gras** __souligné__ `code` ||spoiler|| [lien](http://exemple.org) @everyone",
    "🎉👨\u200d👩\u200d👧 😀",
    "0",
    "-3",
    "99999999999999999999999",
    "douze",
    "{missing}",
    "{cancelled}",
    "{past}",
    "{upcoming} 1 2 3 4 5 6 7 8 9 trop d'arguments",
)
# What a reply may echo of the markup above only as text: a tag the member typed that comes
# out as formatting (bold, a link) is an injection.
ECHO_MARKERS = ("gras", "alert(1)", "Misérables", "souligné", "spoiler")


@dataclass
class Who:
    account: dict[str, Any]
    locale: str
    organizer: bool


ORGA = Who(tga.ORGA, "fr", True)
SAM = Who(user(1002, "Sam", "en"), "en", True)
LEA = Who(tga.LEA, "fr", False)
TOM = Who(tga.TOM, "en", False)
PEOPLE = (ORGA, SAM, LEA, TOM)


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    refusals: int = 0

    def note(self, what: str) -> None:
        self.problems.append(what)

    def report(self) -> str:
        return "\n".join(self.problems[:50]) + f"\n… {len(self.problems)} problems in all"


class Judge:
    """What a member must never see, shared with the core sweep: the internal apology, a
    traceback, terminal or direction-override characters, the other language."""

    def __init__(self, db: Path) -> None:
        self.sweep = core_sweep.Sweep.__new__(core_sweep.Sweep)
        self.sweep.refusals = {loc: core_sweep._refusal_patterns(loc) for loc in ("fr", "en")}
        self.internal = {loc: core_sweep._apology(loc) for loc in ("fr", "en")}
        self.watch = sqlite3.connect(db)
        self.found = Findings()

    def version(self) -> int:
        return int(self.watch.execute("PRAGMA data_version").fetchone()[0])

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table (for the few checks where a background write of an
        earlier message would blur `version()`)."""
        tables = [r[0] for r in self.watch.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(map(repr, self.watch.execute(f'SELECT * FROM "{t}"')))
                for t in tables}

    def refused(self, shown: str, locale: str) -> bool:
        return any(p.match(shown) for p in self.sweep.refusals[locale])

    def check(self, label: str, shown: str, locale: str, *, wrote: bool) -> None:
        if not shown.strip():
            self.found.note(f"{label}: no answer at all")
            return
        if self.internal[locale] in shown:
            self.found.note(f"{label}: internal error")
        if core_sweep.TRACEBACK.search(shown):
            self.found.note(f"{label}: traceback-like text: {shown[:160]!r}")
        if core_sweep.UNSAFE.search(shown):
            self.found.note(f"{label}: unsafe characters: {shown[:160]!r}")
        wrong = self.sweep.other_language(shown, locale)
        if wrong:
            self.found.note(f"{label}: not in {locale} ({wrong}): {shown[:160]!r}")
        if self.refused(shown, locale):
            self.found.refusals += 1
            if wrote:
                self.found.note(f"{label}: refused but wrote: {shown[:120]!r}")


def typed_lines(spec: CommandSpec, ids: dict[str, int]) -> Iterator[tuple[str, str]]:
    """(name, arguments) for every name of `spec`: the canonical name with every hostile
    value, the first alias with half of them, each other alias with one (the name is what
    differs there)."""
    names = [spec.name, *[a for a in spec.aliases if a != spec.name]]
    for index, name in enumerate(names):
        values = (HOSTILE if index == 0 else HOSTILE[1::2] if index == 1
                  else HOSTILE[index % len(HOSTILE):][:1])
        for raw in values:
            value = raw.format(**ids) if "{" in raw else raw
            if spec.pipes and len(spec.params) > 1 and raw not in ("",):
                yield name, f"Soirée | {value}"
            yield name, value


# -- Telegram ---------------------------------------------------------------------------------


async def _telegram(fake: FakeTelegram, tmp_path: Path) -> tga.Harness:
    settings = tga.settings_for(fake, tmp_path, telegram_organizer_ids=(ORGA.account["id"],
                                                                        SAM.account["id"]))
    clock = Clock(NOW)
    core = await create_core(settings, clock=clock, card_interval=0, seed_demo=False)
    adapter = tga.ObservedAdapter(settings, limits=tga.FAST, poll_timeout=1)
    core.add_adapter(adapter)
    await adapter.start(core)
    return tga.Harness(fake, core, adapter, clock)


async def _events(core: Any) -> dict[str, int]:
    storage = core.storage
    start = NOW + timedelta(days=10)
    upcoming = await storage.events.create(NewEvent(MARKUP_TITLE, start, "Le Focus",
                                                    capacity=5), NOW)
    cancelled = await storage.events.create(NewEvent("Atelier annulé", start, "Le Focus"),
                                            NOW)
    await storage.events.cancel(cancelled.id, NOW)
    past = await storage.events.create(NewEvent("Soirée passée", NOW - timedelta(days=2),
                                                "Le Focus"), NOW - timedelta(days=5))
    return {"upcoming": upcoming.id, "cancelled": cancelled.id, "past": past.id,
            "missing": 424242}


@pytest.fixture
async def telegram(tmp_path: Path) -> AsyncIterator[tuple[tga.Harness, dict[str, int]]]:
    async with FakeTelegram(tga.TOKEN) as server:
        harness = await _telegram(server, tmp_path)
        try:
            ids = await _events(harness.core)
            for who in PEOPLE:  # first contact: the member row is written once, before
                await harness.say(who.account, "/start")
            harness.clock.advance(minutes=1)  # a button's "this very message" is over
            yield harness, ids
        finally:
            await harness.close()


def html_problems(message: Stored) -> list[str]:
    """Markup the member typed must reach the screen as the characters they typed."""
    problems = []
    visible = message.visible
    for marker in ECHO_MARKERS:
        if marker not in visible:
            continue
        for typed in ("<b>gras</b>", "<script>alert(1)</script>", "<i>Misérables</i>"):
            if marker in typed and marker in message.text and typed in message.text:
                problems.append(f"{typed!r} sent as markup")
    if re.search(r"<a\s[^>]*exemple\.org", message.text):
        problems.append("the member's link became a link")
    return problems


async def test_telegram_every_command_and_alias_with_hostile_values(
        telegram: tuple[tga.Harness, dict[str, int]], tmp_path: Path) -> None:
    tg, ids = telegram
    judge = Judge(tmp_path / "t.db")
    specs = tg.core.router.for_platform("telegram")
    assert len(specs) >= 25
    index = 0
    for spec in specs:
        for name, args in typed_lines(spec, ids):
            who = PEOPLE[index % len(PEOPLE)]
            index += 1
            line = f"/{name} {args}".rstrip()
            calls = len(tg.fake.calls)
            before = judge.version()
            messages = await tg.say(who.account, line)
            label = f"{line!r:.90} as {who.account['first_name']}"
            failed = [c for c in tg.fake.calls[calls:] if c.status != 200]
            if failed:
                judge.found.note(f"{label}: Telegram refused {failed[0].method}: "
                                 f"{failed[0].params.get('description', failed[0].status)}")
            for message in messages:
                for problem in html_problems(message):
                    judge.found.note(f"{label}: {problem}")
            shown = "\n".join(m.visible for m in messages)
            judge.check(label, shown, who.locale, wrote=judge.version() != before)
    assert index > 400 and judge.found.refusals > 150, (index, judge.found.refusals)
    assert not judge.found.problems, judge.found.report()


# -- Discord ----------------------------------------------------------------------------------

DISCORD_PEOPLE = ((dca.ORGA, "fr", True), (dca.MANON, "en-US", True),
                  (dca.ALICE, "fr", False), (dca.BOB, "en-GB", False))
# Where a member's own text may sit in what the bot sends to Discord.
DISCORD_MARKUP = re.compile(r"(?<!\\)\*\*gras|(?<!\\)__soulign|(?<!\\)\|\|spoiler"
                            r"|(?<!\\)\[lien\]\(|(?<![\\\u200b])@everyone")


def discord_values(option: dict[str, Any], ids: dict[str, int]) -> list[Any]:
    """What Discord lets through for one option: any string, an integer in its bounds, one of
    its choices (the client enforces types, bounds and choices)."""
    if option.get("choices"):
        return [c["value"] for c in option["choices"]]
    if option["type"] == 4:
        low, high = option.get("min_value", -2**53), option.get("max_value", 2**53)
        wanted = [0, -3, 2**53 - 1, ids["missing"], ids["cancelled"], ids["past"]]
        return [v for v in wanted if low <= v <= high] or [low, high]
    if option["type"] == 5:
        return [True, False]
    if option["type"] != 3:
        return []
    return [v.format(**ids) if "{" in v else v for v in HOSTILE if v]


def discord_shown(answer: dca.Answer) -> str:
    parts = list(answer.texts)
    for call in answer.calls:  # a form to fill in (the guided creation): its title
        if "/callback" in call.path and (call.json or {}).get("type") == 9:
            parts.append(call.json["data"].get("title") or "")
    for embed in answer.embeds:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f.get('name')} {f.get('value')}" for f in embed.get("fields") or []]
    return "\n".join(p for p in parts if p)


@pytest.fixture
async def discord_bot(db_path: Path) -> AsyncIterator[tuple[dca.Harness, dict[str, int]]]:
    async with FakeDiscord(members=dca.MEMBERS) as server:
        settings, clock = dca.settings_for(db_path), Clock(NOW)
        core = await create_core(settings, clock=clock, card_interval=0, seed_demo=False)
        adapter = DiscordAdapter(settings, rate=10_000, ready_timeout=0.01)  # no pacing
        core.add_adapter(adapter)
        await adapter.start(core)
        harness = dca.Harness(server, core, adapter, clock)
        try:
            ids = await _events(harness.core)
            for user_id, locale, _ in DISCORD_PEOPLE:
                await harness.command("help", user=user_id, locale=locale)
            harness.clock.advance(minutes=1)
            yield harness, ids
        finally:
            await dca.shutdown(harness)


async def test_discord_every_slash_command_with_hostile_options(
        discord_bot: tuple[dca.Harness, dict[str, int]], db_path: Path) -> None:
    dc, ids = discord_bot
    judge = Judge(db_path)
    assert len(dc.fake.commands) >= 25
    index = 0
    for name, definition in sorted(dc.fake.commands.items()):
        options = [o for o in definition.get("options", []) if o["type"] != 11]
        cases: list[dict[str, Any]] = [{}]
        for option in options:
            for value in discord_values(option, ids):
                base = {o["name"]: discord_values(o, ids)[-1] if o["type"] == 4
                        else "Soirée" for o in options if o.get("required")}
                for o in options:
                    if o["type"] == 4 and o.get("required"):
                        base[o["name"]] = ids["upcoming"]
                base[option["name"]] = value
                cases.append(base)
        for case in cases:
            user_id, locale, _ = DISCORD_PEOPLE[index % len(DISCORD_PEOPLE)]
            index += 1
            before = judge.version()
            answer = await dc.command(name, case, user=user_id, locale=locale)
            label = f"/{name} {str(case)[:80]} as {user_id}"
            failed = [c for c in answer.calls if c.status >= 400]
            if failed:
                judge.found.note(f"{label}: Discord refused {failed[0].path}: "
                                 f"{str(failed[0].json)[:120]}")
            for call in answer.calls:
                body = call.json or {}
                body = body.get("data") or {} if "/callback" in call.path else body
                if body.get("content") and body.get("allowed_mentions", {}).get(
                        "parse") not in ([], None):
                    judge.found.note(f"{label}: mentions allowed: {body['allowed_mentions']}")
            shown = discord_shown(answer)
            found = DISCORD_MARKUP.search(shown)
            if found:
                judge.found.note(f"{label}: markup sent as markup: {found.group(0)!r} in "
                                 f"{shown[max(0, found.start() - 60):found.end() + 20]!r}")
            judge.check(label, shown.replace("\\", ""), locale[:2],
                        wrote=judge.version() != before)
    assert index > 300 and judge.found.refusals > 100, (index, judge.found.refusals)
    assert not judge.found.problems, judge.found.report()


# -- buttons: forged, stale, on cancelled and past events ---------------------------------------


def forged_presses(router: Any, ids: dict[str, int]) -> list[str]:
    targets = (str(ids["missing"]), str(ids["cancelled"]), str(ids["past"]), "0", "-1",
               f"{ids['upcoming']}-2001", f"{ids['cancelled']}-1", "me", "me-0000000001")
    out = []
    for verb, spec in sorted(router.buttons.items()):
        if verb == "language":  # a real choice of language: the answers after it follow it
            continue
        for target in targets:
            for arg in sorted(spec.args)[:3] or [""]:
                out.append(f"v1:{verb}:{target}" + (f":{arg}" if arg else ""))
    return out + ["v1:rsvp:1:going:extra", "v0:rsvp:1:going", "rsvp:1:going", "v1:zzz:1",
                  "v1:rsvp:\u202e1:going", "v1:rsvp:" + "9" * 40 + ":going"]


async def test_telegram_forged_and_stale_button_presses(
        telegram: tuple[tga.Harness, dict[str, int]], tmp_path: Path) -> None:
    tg, ids = telegram
    judge = Judge(tmp_path / "t.db")
    [card] = [m for m in await tg.say(ORGA.account, f"/evenement {ids['upcoming']}")
              if m.button_data]
    presses = forged_presses(tg.core.router, ids)
    for index, data in enumerate(presses):
        if len(data.encode()) > 64:  # Telegram carries no more
            continue
        who = PEOPLE[index % len(PEOPLE)]
        await tg.core.idle()
        before = judge.snapshot()
        calls = len(tg.fake.calls)
        toast = await tg.press(who.account, card, data)
        shown = "\n".join([toast, *(str(c.params.get("text", "")) for c in tg.fake.calls[calls:]
                                    if c.method in ("sendMessage", "editMessageText"))])
        after = judge.snapshot()
        judge.check(f"press {data!r} as {who.account['first_name']}", visible_text(shown),
                    who.locale, wrote=after != before)

    assert not judge.found.problems, judge.found.report()


async def test_discord_forged_and_stale_button_presses(
        discord_bot: tuple[dca.Harness, dict[str, int]], db_path: Path) -> None:
    dc, ids = discord_bot
    judge = Judge(db_path)
    card = await dc.announce(ids["upcoming"])
    # Discord sends only the custom ids of the message's buttons: stale ones, not garbage.
    presses = [d for d in forged_presses(dc.core.router, ids)
               if re.fullmatch(ACTION_TEMPLATE, d)]
    for index, data in enumerate(presses):
        user_id, locale, _ = DISCORD_PEOPLE[index % len(DISCORD_PEOPLE)]
        await dc.settle()
        before = judge.snapshot()
        # The button as an old card would still hold it (discord.py reads it from there).
        dc.fake.messages[int(card["id"])]["components"] = [{"type": 1, "components": [
            {"type": 2, "style": 2, "label": "?", "custom_id": data}]}]
        answer = await dc.press(int(card["id"]), data, user=user_id, locale=locale)
        judge.check(f"press {data!r} as {user_id}", discord_shown(answer).replace("\\", ""),
                    locale[:2], wrote=judge.snapshot() != before)
    assert not judge.found.problems, judge.found.report()


async def test_discord_private_messages_typed_with_hostile_values(
        discord_bot: tuple[dca.Harness, dict[str, int]], db_path: Path) -> None:
    """A private message to the bot is read like a typed line on Telegram: the same
    commands, aliases and values, with Discord's Markdown in what comes back."""
    dc, ids = discord_bot
    judge = Judge(db_path)
    people = ((dca.ALICE, "fr"), (dca.BOB, "en"))
    index = 0
    for spec in dc.core.router.for_platform("discord"):
        for name, args in typed_lines(spec, ids):
            user_id, locale = people[index % 2]
            index += 1
            line = f"/{name} {args}".rstrip()
            known = set(dc.fake.messages)
            calls = len(dc.fake.calls)
            before = judge.version()
            await dc.fake.say_in_dm(user_id, line)
            await dc.fake.wait_until(lambda since=calls: any(  # type: ignore[misc]
                c.method == "POST" and "/messages" in c.path for c in dc.fake.calls[since:]))
            await dc.settle()
            label = f"DM {line!r:.90} as {user_id}"
            failed = [c for c in dc.fake.calls[calls:] if c.status >= 400]
            if failed:
                judge.found.note(f"{label}: Discord refused {failed[0].path}")
            new = [m for k, m in sorted(dc.fake.messages.items()) if k not in known]
            shown = "\n".join([m.get("content") or "" for m in new] + [
                f"{e.get('title')} {e.get('description')}" for m in new
                for e in m.get("embeds") or []])
            found = DISCORD_MARKUP.search(shown)
            if found:
                judge.found.note(f"{label}: markup sent as markup: "
                                 f"{shown[max(0, found.start() - 60):found.end() + 20]!r}")
            judge.check(label, shown.replace("\\", ""), locale,
                        wrote=judge.version() != before)
    assert index > 400, index
    assert not judge.found.problems, judge.found.report()


# -- Discord forms (the guided creation, children's names) ----------------------------------


async def test_discord_forms_filled_with_hostile_values_or_someone_elses(
        discord_bot: tuple[dca.Harness, dict[str, int]], db_path: Path) -> None:
    """A form comes back as values keyed by field: every field gets the hostile values, and
    the form of another organiser's draft, or an organiser's sent by a member, is tried."""
    dc, ids = discord_bot
    judge = Judge(db_path)
    valid = {"title": "Ciné-club", "when": "samedi 20h", "capacity": "30", "price": "6",
             "description": "Un classique."}
    forms = {}
    for user_id, locale, _ in DISCORD_PEOPLE[:2]:
        opened = await dc.command("newevent", {}, user=user_id, locale=locale)
        assert opened.types == [9]
        forms[user_id] = str(dc.fake.modals[-1]["custom_id"])
    rsvp = await dc.command("rsvp", {"event": ids["upcoming"], "answer": "going",
                                     "guests": "+1"}, user=dca.ALICE)
    assert rsvp.text
    kids = f"v1:kids:{ids['upcoming']}:form"
    index = 0
    cases: list[tuple[int, str, str, dict[str, str]]] = []
    for field_name in valid:
        for raw in HOSTILE:
            value = raw.format(**ids) if "{" in raw else raw
            user_id, locale, _ = DISCORD_PEOPLE[index % 2]
            index += 1
            cases.append((user_id, locale, forms[user_id], {**valid, field_name: value}))
    for raw in HOSTILE:
        value = raw.format(**ids) if "{" in raw else raw
        cases.append((dca.ALICE, "fr", kids, {"children": value}))
    cases += [(dca.MANON, "en-US", forms[dca.ORGA], valid),  # someone else's draft
              (dca.ALICE, "fr", forms[dca.ORGA], valid),  # a member, an organiser's form
              (dca.BOB, "en-GB", kids, {"children": "Tom"}),  # not going: no children to name
              (dca.ORGA, "fr", forms[dca.ORGA], {}),
              (dca.ORGA, "fr", forms[dca.ORGA], {**valid, "bogus": "1"}),
              (dca.ORGA, "fr", "v1:guide:424242:form", valid),
              (dca.ALICE, "fr", f"v1:kids:{ids['cancelled']}:form", {"children": "Tom"}),
              (dca.ALICE, "fr", f"v1:kids:{ids['past']}:form", {"children": "Tom"})]
    for user_id, locale, custom_id, values in cases:
        before = judge.version()
        answer = await dc.run(dc.fake.submit(custom_id, values, user=user_id, locale=locale))
        label = f"form {custom_id} {str(values)[:70]} as {user_id}"
        failed = [c for c in answer.calls if c.status >= 400]
        if failed:
            judge.found.note(f"{label}: Discord refused {failed[0].path}")
        shown = discord_shown(answer)
        found = DISCORD_MARKUP.search(shown)
        if found:
            judge.found.note(f"{label}: markup sent as markup: "
                             f"{shown[max(0, found.start() - 60):found.end() + 20]!r}")
        judge.check(label, shown.replace("\\", ""), locale[:2],
                    wrote=judge.version() != before and "kids" not in custom_id)
    assert not judge.found.problems, judge.found.report()


# -- the web agenda: addresses and query strings nobody linked ---------------------------------


async def test_web_addresses_with_hostile_parts_get_a_page_never_an_error(
        bot: Any, db_path: Path) -> None:
    import aiohttp

    from bot.web import WebServer
    from commands.events import calendar

    ids = await _events(bot.core)
    server = WebServer(bot.core, calendar)
    assert await server.start(0)
    parts = ["", "0", "-1", "99999999999999999999999", "abc", "%00", "%1b%5b2J", "%E2%80%AE",
             "%F0%9F%8E%89", "%ff%fe", "..%2f..%2fetc%2fpasswd", "x" * 3000,
             "%3Cscript%3E", str(ids["cancelled"]), str(ids["past"]), str(ids["missing"])]
    paths = [f"/e/{p}" for p in parts] + [f"/e/{p}.ics" for p in parts] + [
        f"/agenda-{p}.ics" for p in parts] + [f"/me/{p}.ics" for p in parts] + [
        f"/poster/{p}" for p in parts] + [f"/?lang={p}" for p in parts] + [
        f"/?kind={p}" for p in parts] + [f"/?kind={p}&lang=en" for p in parts] + [
        f"/e/{ids['upcoming']}?lang={p}" for p in parts]
    problems = []
    async with aiohttp.ClientSession() as session:
        for path in paths:
            async with session.get(server.url + path, allow_redirects=False) as response:
                body = await response.read()
                text = body.decode("utf-8", "replace")
                if response.status >= 500 or "Traceback" in text:
                    problems.append(f"{path[:60]}: {response.status} {text[:120]!r}")
                if "<script>" in text or "<b>Ciné</b>" in text:
                    problems.append(f"{path[:60]}: markup from a title or the address")
    await server.stop()
    assert not problems, "\n".join(problems)


async def test_telegram_commands_typed_in_the_parents_group(
        telegram: tuple[tga.Harness, dict[str, int]], tmp_path: Path) -> None:
    """In the group, answers about the asker go privately and a short line stays in the
    group: the same checks, on both, for every command with a few hostile values."""
    tg, ids = telegram
    judge = Judge(tmp_path / "t.db")
    index = 0
    for spec in tg.core.router.for_platform("telegram"):
        for raw in HOSTILE[index % 3::3]:
            who = PEOPLE[index % len(PEOPLE)]
            index += 1
            tg.clock.advance(seconds=5)  # a person typing, not a flood
            value = raw.format(**ids) if "{" in raw else raw
            line = f"/{spec.name}@{tg.adapter.username} {value}".rstrip()
            calls = len(tg.fake.calls)
            before = judge.version()
            messages = await tg.say(who.account, line, chat=tga.GROUP)
            label = f"group {line!r:.90} as {who.account['first_name']}"
            failed = [c for c in tg.fake.calls[calls:] if c.status != 200]
            if failed:
                judge.found.note(f"{label}: Telegram refused {failed[0].method}: "
                                 f"{failed[0].params.get('description', failed[0].status)}")
            for message in messages:
                for problem in html_problems(message):
                    judge.found.note(f"{label}: {problem}")
            shown = "\n".join(m.visible for m in messages)
            judge.check(label, shown, who.locale, wrote=judge.version() != before)
    assert index > 100, index
    assert not judge.found.problems, judge.found.report()
