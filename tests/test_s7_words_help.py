"""Session 7, what /aide promises: every command it shows, to a member and to an organiser, in
French and in English, exists on the platform where it was read (the console's typed line,
Telegram's menus and typed names, Discord's slash command with the same options), and every
example it gives runs through the core, on a real SQLite file with the demo events, without
an error reply.

A volunteer organiser learns the bot by copying /aide's examples: an example that answers
« this command does not exist » or « I did not understand » is the first thing they meet."""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot import i18n
from bot.app import create_core
from bot.config import Settings
from bot.i18n import CATALOGUE, using
from bot.messages import Capabilities, Incoming, Reply
from bot.spec import option_names, slash_params
from recording import NOW, Bot, Clock, RecordingAdapter, plain, text_of

ROOT = Path(__file__).resolve().parent.parent
PLATFORMS = {
    "console": Capabilities(pictures=False),
    "telegram": Capabilities(private_links=True, edit_slots=True),
    "discord": Capabilities(native_events=True),
}
LOCALES = ("fr", "en")
EXAMPLE = re.compile(r" (?:ex\.|e\.g\.) (.*)$")
# An example's commands: « /annuler 12 neige (puis Confirmer), ou d'un coup : /annuler 12
# neige confirmer », « /bilan ce mois-ci, /bilan 2026 », « … ! (ou /message) ».
COMMAND_IN = re.compile(r"(?<![\w/])/[a-zé]+")


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), "orange").save(out, "PNG")
    return out.getvalue()


@asynccontextmanager
async def _bot(db_path: Path, platform: str, *, seed_demo: bool = False) -> AsyncIterator[Bot]:
    clock = Clock(NOW)
    core = await create_core(Settings(database_path=db_path), clock=clock,
                             card_interval=0, seed_demo=seed_demo)
    adapter = RecordingAdapter(platform=platform, capabilities=PLATFORMS.get(
        platform, Capabilities()))
    core.add_adapter(adapter)
    await adapter.start(core)
    try:
        yield Bot(core, adapter, clock)
    finally:
        await core.idle()
        await core.storage.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo install, with what the examples name: an event #12 with someone going and
    « Mme Martin » / « Mrs Martin » at the desk, a series #1, scheduled announcements #1
    and #2."""
    import asyncio

    path = tmp_path_factory.mktemp("prepared") / "focus.db"

    async def build() -> None:
        async with _bot(path, "console", seed_demo=True) as bot:
            for day in range(3, 13):
                reply = await bot.say(f"/nouvelevenement Atelier {day} | 2026-12-{day:02d} "
                                      "18:00 | 20")
                assert f"#{day}" in reply, reply
            assert "12" in await bot.say("/participer 12 oui", user="lea")
            await bot.say("/inscrire 12 Mme Martin 3 tél.")
            await bot.say("/inscrire 12 Mrs Martin 3 phone")
            assert "#1" in await bot.say("/nouvelleserie Atelier vidéo | mardi 18h")
            await bot.say("/annoncerplustard 1 demain 18h")
            await bot.say("/annoncerplustard 2 demain 19h")

    asyncio.run(build())
    return path


def _error_patterns(locale: str) -> list[re.Pattern[str]]:
    """Every refusal the bot can give, as patterns: the keys raised as errors anywhere."""
    raised = set()
    for source in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("commands/**/*.py")]:
        raised |= set(re.findall(
            r"(?:BotError|UserInputError|NotFound|Forbidden|Conflict)\(\s*\"([\w.]+)\"",
            source.read_text(encoding="utf-8")))
    raised |= {k for k in CATALOGUE if k.startswith("error.")}
    raised.add("usage.prefix")
    patterns = []
    for key in sorted(raised & set(CATALOGUE)):
        template = CATALOGUE[key].get(locale) or CATALOGUE[key]["fr"]
        if locale == "fr":
            template = i18n.french_typography(template)
        pieces = re.split(r"\{[^{}]*\}", template)
        literal = [p for p in pieces if len(p.strip()) >= 4]
        if not literal:
            continue
        patterns.append(re.compile(".*?".join(re.escape(plain(p)) for p in pieces),
                                   re.DOTALL))
    return patterns


@dataclass(frozen=True)
class Shown:
    platform: str
    locale: str
    organizer: bool
    text: str

    def lines(self) -> Iterator[str]:
        return (line for line in plain(self.text).splitlines() if line.startswith("• /"))


async def _ask_help(bot: Bot, platform: str, locale: str, organizer: bool,
                    topic: str = "") -> str:
    user = "orga" if organizer else "lea"
    if platform == "discord":
        return await bot.say("", user=user, locale=locale, command="help",
                             options={"command": topic} if topic else {})
    name = "aide" if locale == "fr" else "help"
    return await bot.say(f"/{name} {topic}".strip(), user=user, locale=locale)


async def _help(db: Path, platform: str, locale: str, organizer: bool) -> str:
    async with _bot(db, platform) as bot:
        return await _ask_help(bot, platform, locale, organizer)


def _copy(prepared: Path, tmp_path: Path, n: int) -> Path:
    target = tmp_path / f"run{n}" / "focus.db"
    target.parent.mkdir()
    shutil.copy(prepared, target)
    return target


async def _all_help(prepared: Path, tmp_path: Path) -> list[Shown]:
    shown = []
    for n, (platform, locale, organizer) in enumerate(
            (p, loc, o) for p in PLATFORMS for loc in LOCALES for o in (False, True)):
        text = await _help(_copy(prepared, tmp_path, n), platform, locale, organizer)
        shown.append(Shown(platform, locale, organizer, text))
    return shown


# -- every command /aide shows is offered where it was read -----------------------------------

async def test_every_command_and_alias_aide_shows_is_offered_on_its_platform(
        prepared: Path, tmp_path: Path) -> None:
    from test_discord_adapter import running as discord_running
    from test_telegram_adapter import running as telegram_running

    shown = await _all_help(prepared, tmp_path)
    problems = []
    async with telegram_running(tmp_path / "tg") as tg:
        menus = {(loc, org): set(tg.fake.menu(
            "chat:1001" if org else "all_private_chats", "" if loc == "fr" else "en"))
            for loc in LOCALES for org in (False, True)}
        router = tg.core.router
    async with discord_running(tmp_path / "dc.db") as dc:
        tree = dc.fake.commands
    discord_locale = {"fr": "fr", "en": "en-GB"}
    for help_text in shown:
        for line in help_text.lines():
            usage, _, rest = line.removeprefix("• ").partition(" — ")
            name, *options = usage.split()
            example = EXAMPLE.search(rest)
            named = [name] + (COMMAND_IN.findall(example.group(1)) if example else [])
            where = f"{help_text.platform}/{help_text.locale}: {line[:70]}"
            for typed in named:
                spec = router.find(typed)
                if spec is None:
                    problems.append(f"{where}: {typed} is no command")
                    continue
                if help_text.platform == "telegram" and typed == name and (
                        typed[1:] not in menus[(help_text.locale, help_text.organizer)]):
                    problems.append(f"{where}: {typed} is not in the Telegram menu")
                if help_text.platform != "discord":
                    continue
                definition = tree.get(spec.name)
                if definition is None:
                    problems.append(f"{where}: {typed} is no slash command")
                    continue
                locale = discord_locale[help_text.locale]
                slash_name = (definition.get("name_localizations") or {}).get(
                    locale, definition["name"])
                if typed[1:] != slash_name:
                    problems.append(f"{where}: Discord lists it as /{slash_name}, not {typed}")
                if typed != name:
                    continue
                known = {(o.get("name_localizations") or {}).get(locale, o["name"]): o
                         for o in definition.get("options", [])}
                for option in options:
                    if option.strip("[]") not in known:
                        problems.append(f"{where}: no option {option} on Discord")
                    elif known[option.strip("[]")].get("required", False) != (
                            not option.startswith("[")):
                        problems.append(f"{where}: {option} required-ness differs")
    assert not problems, "\n".join(problems)


async def test_aide_about_one_command_shows_it_alone_with_its_other_names(
        prepared: Path, tmp_path: Path) -> None:
    """« /aide participer » listed every command again (the word after it was ignored) and
    Discord's /aide took no option: a parent looking for one line scrolled through 35.
    Now it shows that command's line, its other names where they can be typed, and the way
    back to the whole list; each name it shows is one the platform understands."""
    shown = await _all_help(prepared, tmp_path)
    problems = []
    for n, help_text in enumerate(shown):
        async with _bot(_copy(prepared, tmp_path, 500 + n), help_text.platform) as bot:
            for line in help_text.lines():
                name = line.removeprefix("• ").split()[0]
                answer = plain(await _ask_help(bot, help_text.platform, help_text.locale,
                                               help_text.organizer, name[1:]))
                where = f"{help_text.platform}/{help_text.locale} /aide {name[1:]}"
                first, *more = answer.splitlines()
                if first != line or len(more) > 2:
                    problems.append(f"{where}: {answer[:120]!r}")
                    continue
                also = [n for m in more for n in COMMAND_IN.findall(m)]
                if help_text.platform == "discord" and len(also) > 1:
                    problems.append(f"{where}: names Discord does not have: {also}")
                for other in also:
                    spec = bot.core.router.find(other)
                    if spec is None or spec.name != bot.core.router.find(name).name and (
                            other not in ("/aide", "/help")):
                        problems.append(f"{where}: {other} is not the same command")
    assert not problems, "\n".join(problems)


# -- every example runs without an error reply -------------------------------------------------

def _typed_examples(text: str) -> list[str]:
    """The commands an example line gives to type (« (ou /message) » names an alias only)."""
    found = []
    for match in COMMAND_IN.finditer(text):
        before = text[:match.start()]
        if re.search(r"\((?:ou|or) $", before):
            continue
        rest = text[match.start():]
        end = re.search(r"\s\(|,\s*(?=/)|\)", rest)
        found.append((rest[:end.start()] if end else rest).strip())
    return found


def _slash_example(text: str, spec_name: str, router: object, locale: str
                   ) -> dict[str, str] | None:
    """`numero:12 reponse:Je viens` as the options Discord sends (a choice's value)."""
    spec = router.find(spec_name)  # type: ignore[attr-defined]
    with using(locale):
        names = option_names(spec)
        labels = {p.name: {i18n.t(f"choice.{p.name}.{v}"): v for v in p.values
                           if f"choice.{p.name}.{v}" in CATALOGUE}
                  for p in slash_params(spec)}
    by_option = {v: k for k, v in names.items()}
    pattern = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, by_option)) + r"):")
    pieces = pattern.split(text.partition(" ")[2])
    if len(pieces) < 2:
        return None
    options = {}
    for option, value in zip(pieces[1::2], pieces[2::2], strict=True):
        param = by_option[option]
        options[param] = labels[param].get(value.strip(), value.strip())
    return options


async def test_every_example_aide_shows_runs_without_an_error(
        prepared: Path, tmp_path: Path) -> None:
    shown = await _all_help(prepared, tmp_path)
    problems, runs = [], 0
    picture = _png()
    for help_text in shown:
        errors = _error_patterns(help_text.locale)
        for line in help_text.lines():
            example = EXAMPLE.search(line)
            if example is None:
                continue
            for typed in _typed_examples(example.group(1)):
                runs += 1
                db = _copy(prepared, tmp_path, 1000 + runs)
                async with _bot(db, help_text.platform) as bot:
                    spec = bot.core.router.find(typed.split()[0])
                    assert spec is not None, typed
                    user = "orga" if spec.organizer else "lea"
                    image = picture if spec.takes_image else None
                    if help_text.platform == "discord":
                        options = _slash_example(typed, spec.name, bot.core.router,
                                                 help_text.locale)
                        if options is None and spec.takes_image:
                            options = {spec.params[0].name: "12"}
                        if options is None:
                            problems.append(f"discord/{help_text.locale}: {typed!r} gives "
                                            "no option")
                            continue
                        replies = await _send(bot, "", user, help_text.locale, image,
                                              command=spec.name, options=options)
                    else:
                        replies = await _send(bot, typed, user, help_text.locale, image)
                    answer = plain("\n".join(text_of(r) for r in replies))
                    refused = [p.pattern[:40] for p in errors if p.search(answer)]
                    if not answer.strip() or refused:
                        problems.append(f"{help_text.platform}/{help_text.locale}: {typed!r} "
                                        f"→ {answer[:160]!r}")
    assert runs > 60
    assert not problems, "\n".join(problems)


async def _send(bot: Bot, typed: str, user: str, locale: str, image: bytes | None, *,
                command: str | None = None, options: dict[str, str] | None = None
                ) -> list[Reply]:
    incoming = Incoming(platform=bot.platform.platform, user_id=user,
                        display_name=user.capitalize(), chat_id=f"chat-{user}", text=typed,
                        is_private=True, is_organizer=user == "orga", platform_locale=locale,
                        image=image, command=command, options=options or {})
    result = await bot.core.handle(incoming)
    await bot.core.idle()
    return result



async def test_aide_about_one_command_through_the_real_adapters(tmp_path: Path) -> None:
    """The same through discord.py and python-telegram-bot against their fakes: Discord's
    /aide has a « commande » option; Telegram reads the word typed after /aide."""
    from test_discord_adapter import ALICE
    from test_discord_adapter import running as discord_running
    from test_telegram_adapter import LEA
    from test_telegram_adapter import running as telegram_running

    async with discord_running(tmp_path / "dc.db") as dc:
        options = {o["name"] for o in dc.fake.commands["help"].get("options", [])}
        answer = plain((await dc.command("help", {"command": "participer"}, user=ALICE)).text)
    assert options == {"command"}
    assert answer.startswith("• /participer numero [reponse] [invites] [enfants]"), answer
    assert "/rsvp" not in answer and len(answer.splitlines()) == 2, answer
    async with telegram_running(tmp_path / "tg") as tg:
        [shown] = await tg.say(LEA, "/aide rappels")
    text = plain(shown.visible)
    assert text.startswith("• /rappels [oui|non]"), text
    assert "Autres noms : /reminders, /rappel, /reminder" in text, text
