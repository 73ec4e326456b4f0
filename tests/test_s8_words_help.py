"""Session 8, /aide's length: the organisers' /aide on Telegram was 4,075 of Telegram's 4,096
characters, and 4,040 on Discord, whose messages hold 2,000. The adapters cut what is too long
wherever the limit falls: on Discord the organisers' heading sat in the middle of the first
message, and one more command would have done the same on Telegram. Now /aide is cut at its
own section boundaries (members, organisers…), each message under the platform's limit, a
section too long for one message cut between its lines, never inside one; checked with the
commands registered today and with made-up long ones, through both real adapters' fakes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.i18n import CATALOGUE, t, using
from bot.platform import MESSAGE_LIMITS
from bot.spec import CommandSpec, Param
from bot.text import utf16_len
from recording import plain

LOCALES = ("fr", "en")


def _said(key: str, locale: str) -> str:
    with using(locale):
        return plain(t(key))


def _problems(messages: list[str], platform: str, locale: str, organizer: bool) -> list[str]:
    """What a reader would notice: a message over the limit, the organisers' heading in the
    middle of a message when /aide takes several (the organisers' part starts its own), a
    line cut in two (a fragment that is no help line nor heading),
    the footer anywhere but at the very end."""
    limit = MESSAGE_LIMITS[platform]
    heading = _said("help.organizer_header", locale)
    greeting = _said("help.header", locale)
    footer = _said("help.footer.discord" if platform == "discord" else "help.footer", locale)
    where = f"{platform}/{locale}/{'organiser' if organizer else 'member'}"
    problems = []
    for n, message in enumerate(messages):
        size = utf16_len(message)
        if size > limit:
            problems.append(f"{where}: message {n} is {size} > {limit}")
        lines = plain(message).splitlines()
        for index, line in enumerate(lines):
            if line == heading and index != 0 and len(messages) > 1:
                problems.append(f"{where}: the organisers' heading is line {index} of "
                                f"message {n}")
            if not (line.startswith("• /") or line in (heading, greeting, footer)):
                problems.append(f"{where}: a cut line in message {n}: {line[:60]!r}")
    if not messages or plain(messages[-1]).splitlines()[-1] != footer:
        problems.append(f"{where}: the footer is not last")
    if organizer and len(messages) > 1 and not any(plain(m).startswith(heading)
                                                   for m in messages):
        problems.append(f"{where}: no organisers' section")
    return problems


async def _telegram_help(tg: object, locale: str, organizer: bool) -> list[str]:
    from test_telegram_adapter import LEA, ORGA, TOM

    who = ORGA if organizer else (LEA if locale == "fr" else TOM)
    if organizer and locale == "en":
        await tg.say(ORGA, "/langue en")  # type: ignore[attr-defined]
    shown = await tg.say(who, "/aide" if locale == "fr" else "/help")  # type: ignore[attr-defined]
    if organizer and locale == "en":
        await tg.say(ORGA, "/language fr")  # type: ignore[attr-defined]
    return [m.visible for m in shown]


async def _discord_help(dc: object, locale: str, organizer: bool) -> tuple[list[str], list[bool]]:
    from test_discord_adapter import ALICE, ORGA

    answer = await dc.command("help", user=ORGA if organizer else ALICE,  # type: ignore[attr-defined]
                              locale="fr" if locale == "fr" else "en-GB")
    return answer.texts, answer.ephemeral


async def _all_problems(tmp_path: Path) -> list[str]:
    from test_discord_adapter import running as discord_running
    from test_telegram_adapter import running as telegram_running

    problems = []
    async with telegram_running(tmp_path / "tg") as tg:
        for locale in LOCALES:
            for organizer in (False, True):
                messages = await _telegram_help(tg, locale, organizer)
                problems += _problems(messages, "telegram", locale, organizer)
    async with discord_running(tmp_path / "dc.db") as dc:
        for locale in LOCALES:
            for organizer in (False, True):
                messages, private = await _discord_help(dc, locale, organizer)
                problems += _problems(messages, "discord", locale, organizer)
                if not all(private):
                    problems.append(f"discord/{locale}: a piece of /aide shown to the channel")
    return problems


async def test_aide_of_the_registered_commands_is_cut_between_sections(tmp_path: Path) -> None:
    problems = await _all_problems(tmp_path)
    assert not problems, "\n".join(problems)


LONG_HELP = ("une commande inventée pour ce test, dont l'aide est longue comme celle des "
             "commandes d'organisation les plus bavardes, avec des exemples, des précisions "
             "et des détails que personne ne lit jusqu'au bout sur un téléphone, mais qui "
             "doivent tenir dans un message entier sans être coupés au milieu d'une ligne")


async def test_aide_with_many_long_commands_still_fits_every_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fourteen made-up organiser commands of 330 characters each and three members' ones:
    more than a Telegram message for the organisers' section alone."""
    from bot.router import Router

    added = [CommandSpec(f"inventee{n}", _nothing, organizer=n >= 3,
                         params=(Param("event", required=False),))
             for n in range(17)]
    for spec in added:
        monkeypatch.setitem(CATALOGUE, spec.help_key, {"fr": LONG_HELP, "en": LONG_HELP})
    original = Router.for_platform
    monkeypatch.setattr(Router, "for_platform",
                        lambda self, platform: [*original(self, platform), *added])
    problems = await _all_problems(tmp_path)
    assert not problems, "\n".join(problems)


async def _nothing(ctx: object) -> None:
    return None


# -- /aide <commande> as people type it -------------------------------------------------------

async def test_aide_with_a_typo_offers_the_command_meant_not_the_whole_list(
        tmp_path: Path) -> None:
    """« /aide particper » (a phone's typo) answered « Je ne trouve pas » and the whole list
    of thirteen lines: the parent looked for one. Now the close commands' lines come, with
    the way to the whole list; a word close to nothing still gets the list."""
    from test_s7_words_help import _bot

    async with _bot(tmp_path / "focus.db", "telegram") as bot:
        said = plain(await bot.say("/aide particper", user="lea"))
        lines = said.splitlines()
        assert "particper" in lines[0] and "Vouliez-vous dire" in lines[0], said
        assert lines[1].startswith("• /participer <numéro>"), said
        assert lines[-1] == "Toutes les commandes : /aide" and len(lines) <= 5, said
        english = plain(await bot.say("/help remindrs", user="tom", locale="en"))
        assert "Did you mean" in english and "• /reminders" in english, english
        assert len(english.splitlines()) <= 5, english
        # Organiser commands are offered to organisers only.
        member = plain(await bot.say("/aide anuler", user="lea"))
        assert "/annuler" not in member, member
        organiser = plain(await bot.say("/aide anuler"))
        assert "• /annuler <numéro>" in organiser, organiser
        far = plain(await bot.say("/aide toto", user="lea"))
        assert far.startswith("Je ne trouve pas « toto »") and len(far.splitlines()) > 10


async def test_the_editseries_example_does_what_the_line_says_and_cancels_nothing(
        tmp_path: Path) -> None:
    """/aide's example « /modifierserie 1 heure premier samedi du mois 14h », copied by a
    volunteer to try it, turned a weekly series into a monthly one: « 6 dates annulées, les
    personnes inscrites sont prévenues ». An example in /aide must be safe to try."""
    from test_s7_words_help import EXAMPLE, _bot

    async with _bot(tmp_path / "focus.db", "telegram") as bot:
        assert "n°1" in await bot.say("/nouvelleserie Atelier vidéo | mardi 18h")
        for locale, name in (("fr", "modifierserie"), ("en", "editseries")):
            line = next(x for x in plain(await bot.say("/aide", locale=locale)).splitlines()
                        if x.startswith(f"• /{name} "))
            found = EXAMPLE.search(line)
            assert found, line
            reply = plain(await bot.say(found.group(1), locale=locale))
            assert not re.search(r"annulée|cancelled", reply), reply
            assert "mardi" in plain(await bot.say("/series")), "the rule changed"


async def test_each_example_uses_the_name_its_line_shows(tmp_path: Path) -> None:
    """« • /faq [question] — questions fréquentes, ex. /questions tarifs »: a parent reading
    on a phone takes /questions for one more command to learn. An example starts with the
    name its line shows (another name is said as such: « (ou /message) »)."""
    from test_s7_words_help import EXAMPLE, _bot

    problems = []
    async with _bot(tmp_path / "focus.db", "telegram") as bot:
        for locale in LOCALES:
            for line in plain(await bot.say("/aide", locale=locale)).splitlines():
                found = EXAMPLE.search(line) if line.startswith("• /") else None
                name = line.removeprefix("• ").split()[0]
                first = found.group(1).split()[0] if found else name
                if first.startswith("/") and first != name:
                    problems.append(f"{locale}: {line[:80]}")
    assert not problems, "\n".join(problems)
