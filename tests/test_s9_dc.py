"""Session 9, Discord (dc): teenagers on Discord after a restart, next to other bots, with
their own habits (« !prochaine soirée c quand ? »), through the real discord.py against the
fake on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE, BOB, MANON, MEMBERS, ORGA, Harness, launch, shutdown
from test_s7_dc2 import _said_to

from bot.messages import Incoming
from fakes.discord_api import APP_ID, CHANNEL_ID, GUILD_ID, FakeDiscord, Member
from recording import NOW, Clock

# A poll bot of the server: it adds ✅ and ❌ under every message of the announcement channel.
POLLBOT = 1099
WITH_A_BOT = [*MEMBERS, Member(POLLBOT, "Sondages", bot=True)]


async def _quiet(dc: Harness) -> None:
    """Everything before is handled: a private « merci » from Alice is answered after it
    (then her private chat is put away)."""
    await dc.fake.say_in_dm(ALICE, "merci")
    await dc.fake.wait_until(lambda: any("plaisir" in s for s in _said_to(dc, ALICE)))
    dc.fake.messages = {k: m for k, m in dc.fake.messages.items()
                        if dc.fake.dm_channels.get(int(m["channel_id"])) != ALICE}
    await dc.settle()


async def _react(dc: Harness, user: int, message_id: int, emoji: str = "✅") -> str:
    """What `user` is told privately after reacting with `emoji`."""
    said = len(_said_to(dc, user))
    await dc.fake.react(user, message_id, emoji)
    await _quiet(dc)
    return "\n".join(_said_to(dc, user)[said:])


async def _typed_privately(dc: Harness, user: int, text: str) -> str:
    said = len(_said_to(dc, user))
    await dc.fake.say_in_dm(user, text)
    await _quiet(dc)
    return "\n".join(_said_to(dc, user)[said:])


# -- reactions --------------------------------------------------------------------------------


async def test_a_reaction_on_a_card_posted_before_a_restart_is_not_taken_in_silence(
        db_path: Path) -> None:
    """Friday's card was posted on Monday; the bot was restarted on Wednesday (an update).
    Bob, 14, reacts ✅ under the card, as his server does, and believes he is booked: the
    bot, which tells him privately on a card posted since the restart, said nothing at all
    (it knew its cards only from memory). Now it looks at the message once and tells him
    the same line; a message of the bot that is no card (the « Réponse envoyée en privé »
    kind) still says nothing, and nobody is booked."""
    clock = Clock(NOW)
    async with FakeDiscord(members=MEMBERS) as fake:
        first = await launch(fake, db_path, clock)
        event_id = await first.new_event("Soirée jeux", 10)
        card = await first.announce(event_id)
        await shutdown(first)
        dc = await launch(fake, db_path, clock)  # a new process, the same database
        try:
            told = await _react(dc, BOB, int(card["id"]))
            shown = await dc.command("events", user=ALICE)  # the programme, in the channel
            iid = shown.calls[0].path.split("/")[2]
            listing = next(m for m in dc.fake.messages.values()
                           if m.get("interaction_id") == iid and not m["embeds"])
            on_listing = await _react(dc, BOB, int(listing["id"]))
            going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
        finally:
            await shutdown(dc)
    assert "réaction ne compte pas" in told and "✅ Je viens" in told, told
    assert on_listing == "", on_listing
    assert going == 0, going


async def test_a_card_whose_history_the_bot_may_not_read_is_left_alone(db_path: Path) -> None:
    """The same after a restart, in a channel where the bot's role may not read the
    history: nothing is said (never a line about a message it could not look at), and
    nothing breaks for the next reaction elsewhere."""
    clock = Clock(NOW)
    async with FakeDiscord(members=MEMBERS) as fake:
        first = await launch(fake, db_path, clock)
        event_id = await first.new_event("Soirée jeux", 10)
        card = await first.announce(event_id)
        await shutdown(first)
        fake.no_history.add(CHANNEL_ID)
        dc = await launch(fake, db_path, clock)
        try:
            told = await _react(dc, BOB, int(card["id"]))
        finally:
            await shutdown(dc)
    assert told == "", told


async def test_another_bots_reactions_on_a_card_cost_nothing(db_path: Path) -> None:
    """A poll bot adds ✅ and ❌ under every message of #annonces, the bot's cards included.
    Each was taken for a member's answer: the bot opened a private chat with that bot and
    wrote to it (Discord refuses bots writing to bots: two requests and a warning each
    time, every hour). Now another bot's reactions are left alone; a member's still gets
    the line."""
    async with FakeDiscord(members=WITH_A_BOT) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            card = await dc.announce(event_id)
            calls = len(fake.calls)
            await fake.react(POLLBOT, int(card["id"]), "✅")
            await fake.react(POLLBOT, int(card["id"]), "❌")
            told = await _react(dc, BOB, int(card["id"]))  # after the bot's, in order
            by_bot = [c for c in fake.calls[calls:]
                      if c.path == "/users/@me/channels"
                      and str((c.json or {}).get("recipient_id")) == str(POLLBOT)]
        finally:
            await shutdown(dc)
    assert by_bot == [], by_bot
    assert "réaction ne compte pas" in told, told


async def test_reactions_tell_a_member_once_per_card(db_path: Path) -> None:
    """Bob reacts ✅ to Friday's card: told how to answer. Three hours later he reacts 🤔
    under the same card (still thinking): he was told again, word for word, and again at
    every reaction an hour apart: the line had become a nag. Now a card's line comes once;
    a reaction to another card, an hour later, still gets it once."""
    clock = Clock(NOW)
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, clock)
        try:
            friday = await dc.announce(await dc.new_event("Soirée jeux", 10))
            saturday = await dc.announce(await dc.new_event("Ciné-club", 10))
            first = await _react(dc, BOB, int(friday["id"]))
            clock.advance(hours=3)
            again = await _react(dc, BOB, int(friday["id"]), "🤔")
            clock.advance(hours=3)
            other = await _react(dc, BOB, int(saturday["id"]))
        finally:
            await shutdown(dc)
    assert "réaction ne compte pas" in first, first
    assert again == "", again
    assert "réaction ne compte pas" in other, other


# -- « ! » commands --------------------------------------------------------------------------


async def test_a_bang_question_is_answered_not_refused_for_words_too_many(
        db_path: Path) -> None:
    """Léo, 15, used to other bots, writes privately « !prochaine soirée c quand ? ». The
    « ! » made it the command /prochaine, whose one word is a kind: he read « Il y a des
    mots en trop à la fin de la commande » and the usage line. Now a « ! » line that does
    not read as the command it starts with is read as what he wrote, a question: he gets
    the programme. A « ! » command that reads is still run, and one with a wrong value
    still gets its own refusal."""
    clock = Clock(NOW)
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, clock)
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            question = await _typed_privately(dc, BOB, "!prochaine soirée c quand ?")
            booked = await _typed_privately(dc, BOB, f"!participer {event_id} oui")
            typo = await _typed_privately(dc, BOB, f"!participer {event_id} oiu")
        finally:
            await shutdown(dc)
    assert "mots en trop" not in question, question
    assert f"#{event_id} · Soirée jeux" in question, question
    assert "C'est noté" in booked, booked
    assert "oiu" in typo, typo


async def test_an_organiser_command_banged_privately_is_still_told_where_it_works(
        db_path: Path) -> None:
    """« !annuler 1 » privately, by an organiser: still told it works on the server, as a
    slash command (the « ! » fallback keeps commands that read)."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            told = await _typed_privately(dc, ORGA, f"!annuler {event_id} neige")
        finally:
            await shutdown(dc)
    assert "serveur du Focus" in told, told


# -- /aide and the slash commands --------------------------------------------------------------

_LINE = re.compile(r"^• (/\S+(?: \S+)*?) — (.*)$")
_EXAMPLE = re.compile(r"(?:ex\.|e\.g\.) (/\S+(?: \S+:.*)?)$")


def _help_lines(text: str) -> tuple[list[str], list[str]]:
    """The command lines of /help, members' part and organisers' part."""
    members: list[str] = []
    organisers: list[str] = []
    part = members
    for line in text.splitlines():
        if line.startswith(("Pour les organisateur", "For organisers")):
            part = organisers
        elif line.startswith("• /"):
            part.append(line)
    return members, organisers


def _definition(dc: Harness, name: str, locale: str) -> dict[str, Any]:
    """The synced slash command a reader in `locale` sees as `/name`."""
    found = [c for c in dc.fake.registered[str(GUILD_ID)].values()
             if (c.get("name_localizations") or {}).get(locale, c["name"]) == name]
    assert len(found) == 1, (name, locale, found)
    return found[0]


def _shown(thing: dict[str, Any], locale: str) -> str:
    return str((thing.get("name_localizations") or {}).get(locale, thing["name"]))


@pytest.mark.parametrize("locale", ["fr", "en-GB"])
async def test_every_command_help_shows_on_discord_is_that_slash_command(
        db_path: Path, locale: str) -> None:
    """/aide on Discord, asked by an organiser and by a member, in French and English: each
    line's slash command exists under that name, with exactly the options it shows (the
    bracketed ones optional, the others required, in that order), its example fills only
    those options with values Discord accepts (a choice's label as Discord lists it, a
    number in its range), and a command is in the organisers' part if and only if Discord
    hides it from members."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            as_organiser = (await dc.command("help", user=MANON, locale=locale)).text
            as_member = (await dc.command("help", user=BOB, locale=locale)).text
        finally:
            await shutdown(dc)
        members, organisers = _help_lines(as_organiser)
        only_members, none = _help_lines(as_member)
        assert members == only_members and none == [], (only_members, none)
        assert len(members) >= 10 and len(organisers) >= 10, as_organiser
        problems: list[str] = []
        for line, organiser in [*((m, False) for m in members),
                                *((o, True) for o in organisers)]:
            found = _LINE.match(line)
            assert found is not None, line
            name, *shown = found.group(1).split()
            definition = _definition(dc, name[1:], locale)
            options = definition.get("options") or []
            wanted = [_shown(o, locale) if o.get("required") else f"[{_shown(o, locale)}]"
                      for o in options]
            if shown != wanted:
                problems.append(f"{name}: /aide shows {shown}, Discord has {wanted}")
            hidden = definition.get("default_member_permissions") not in (None, "0")
            if hidden != organiser:
                problems.append(f"{name}: organisers' part {organiser}, hidden {hidden}")
            example = _EXAMPLE.search(found.group(2))
            if example is None:
                continue
            typed = example.group(1).split(" ", 1)
            if typed[0] != name:
                problems.append(f"{name}: its example is {typed[0]}")
                continue
            by_name = {_shown(o, locale): o for o in options}
            named = "|".join(re.escape(n) for n in by_name) or "$^"
            for pair in re.split(rf" (?=(?:{named}):)", typed[1]) if len(typed) > 1 else []:
                key, _, value = pair.partition(":")
                option = by_name.get(key)
                if option is None:
                    problems.append(f"{name}: example option {key!r} is no option")
                    continue
                labels = [_shown(c, locale) for c in option.get("choices") or []]
                if labels and value not in labels:
                    problems.append(f"{name}: example {key}:{value} is not among {labels}")
                if option["type"] == 4 and not (
                        value.isdecimal()
                        and option.get("min_value", 0) <= int(value)
                        <= option.get("max_value", 10**12)):
                    problems.append(f"{name}: example {key}:{value} is no number it takes")
    assert problems == [], "\n".join(problems)


def _commands_in(text: str, core: Any) -> tuple[set[str], set[str]]:
    """The commands (canonical names) of a /help, members' part and organisers' part."""
    members, organisers = _help_lines(text)

    def canonical(line: str) -> str:
        spec = core.router.find(line[3:].split()[0])
        assert spec is not None, line
        return str(spec.name)

    return {canonical(m) for m in members}, {canonical(o) for o in organisers}


async def test_help_offers_the_same_commands_on_discord_telegram_and_the_console(
        db_path: Path) -> None:
    """Nothing on one platform only: /aide asked by an organiser on Discord (the slash
    commands), on Telegram and in the console (the lines to type) lists the same commands,
    the same ones in the organisers' part; a member's /aide, on each, the members' part
    alone (on Discord too when written privately, where nobody is an organiser)."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            on_discord = (await dc.command("help", user=MANON)).text
            privately = await _typed_privately(dc, BOB, "/aide")
            typed = {}
            for platform, organiser in [(p, o) for p in ("telegram", "console")
                                        for o in (True, False)]:
                replies = await dc.core.handle(Incoming(
                    platform=platform, user_id="77" + str(organiser), display_name="Lou",
                    chat_id="77", text="/aide", is_organizer=organiser))
                typed[platform, organiser] = "\n".join(r.text for r in replies)
            wanted = _commands_in(on_discord, dc.core)
            assert len(wanted[0]) >= 10 and len(wanted[1]) >= 10, on_discord
            assert _commands_in(privately, dc.core) == (wanted[0], set()), privately
            for (platform, organiser), text in typed.items():
                got = _commands_in(text, dc.core)
                assert got == (wanted if organiser else (wanted[0], set())), (platform, text)
        finally:
            await shutdown(dc)


# -- a channel message edited to add children's names ----------------------------------------


def _confidential_children(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the proposal (/tmp/team/dc-proposals.diff) does to /participer's spec: its
    `enfants` values are for the team only (`Param.confidential`)."""
    import commands.rsvp as rsvp_feature

    spec = rsvp_feature.RSVP
    params = tuple(dataclasses.replace(p, confidential=True) if p.name == "children" else p
                   for p in spec.params)
    monkeypatch.setattr(rsvp_feature, "RSVP", dataclasses.replace(spec, params=params))


async def _edited_in_channel(dc: Harness, user: int, first: str, edited: str) -> str:
    """What `user` is told privately after writing `first` in #général, then editing it."""
    mid = await dc.fake.say_in_channel(user, first)
    await _quiet(dc)
    said = len(_said_to(dc, user))
    await dc.fake.say_in_channel(user, edited, edits=mid)
    await _quiet(dc)
    return "\n".join(_said_to(dc, user)[said:])


async def _names_added_by_an_edit(db_path: Path) -> tuple[str, str, list[int], str]:
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            asked = f"<@{APP_ID}> /participer {event_id} oui"
            told = await _edited_in_channel(dc, BOB, asked, f"{asked} Léa, Tom")
            fake.manage_messages = True
            retracted = await _edited_in_channel(dc, MANON, asked, f"{asked} Léa, Tom")
            gone = list(fake.retracted)
            plain = await _edited_in_channel(dc, ORGA, asked, f"{asked} +1")
        finally:
            await shutdown(dc)
    return told, retracted, gone, plain


async def test_names_added_to_a_channel_message_by_an_edit_are_taken_out_too(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bob wrote « @Le Focus /participer 1 oui » in #général, then edited it to add
    « Léa, Tom » (his little sisters). The bot told him privately it does not read edits,
    and nothing about the names, which stayed there for the whole channel to read (typed
    at first, the same names are taken out, or he is told to). Now, as for a message that
    named them from the start, the edited message is taken out where the bot's role may,
    else he is told how to delete it; an edit that names nobody (« +1 ») is only told it
    was not read. (With /participer's `enfants` marked as for the team only, as proposed.)"""
    _confidential_children(monkeypatch)
    told, retracted, gone, plain = await _names_added_by_an_edit(db_path)
    assert "modifié" in told and "Supprimer le message" in told, told
    assert "retiré votre message" in retracted and len(gone) == 1, (retracted, gone)
    assert "modifié" in plain and "Supprimer" not in plain, plain


async def test_names_added_by_an_edit_are_taken_out_with_the_shipped_specs(
        db_path: Path) -> None:
    """The same with the specs as shipped: the lead applies the proposal, then drops the
    mark."""
    told, retracted, gone, _ = await _names_added_by_an_edit(db_path)
    assert "Supprimer le message" in told, told
    assert "retiré votre message" in retracted and len(gone) == 1, (retracted, gone)


# -- a card forwarded to the bot ---------------------------------------------------------------


async def test_a_card_forwarded_to_the_bot_comes_back_with_its_buttons(db_path: Path) -> None:
    """Inès, 13, sees Friday's card in #annonces and forwards it to the bot (Discord's
    « Transférer », on a phone) to sign up: Discord hands the bot an empty message carrying
    a copy of the card, and the bot said nothing at all. Now she gets the card in her
    private chat, with its buttons and live counts; a forwarded message that is no card
    (someone's « on y va ? ») gets one line saying what to do instead, never silence."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            card = await dc.announce(event_id)
            shown = len(fake.messages)
            await fake.say_in_dm(BOB, "", forward=int(card["id"]))
            await _quiet(dc)
            got = [m for m in list(fake.messages.values())[shown:]
                   if fake.dm_channels.get(int(m["channel_id"])) == BOB]
            chat = await fake.say_in_channel(ORGA, "on y va vendredi ?")
            told = await _forwarded(dc, BOB, chat)
        finally:
            await shutdown(dc)
    [private_card] = [m for m in got if m["embeds"]]
    assert private_card["embeds"][0]["title"].startswith(f"#{event_id} · Soirée jeux")
    assert f"v1:rsvp:{event_id}:going" in json.dumps(private_card["components"])
    assert told != "" and "transféré" in told, told


async def _forwarded(dc: Harness, user: int, message_id: int) -> str:
    said = len(_said_to(dc, user))
    await dc.fake.say_in_dm(user, "", forward=message_id)
    await _quiet(dc)
    return "\n".join(_said_to(dc, user)[said:])


# -- emoji typed as an answer ------------------------------------------------------------------


async def test_a_check_mark_typed_under_a_card_is_not_acknowledged_as_booked(
        db_path: Path) -> None:
    """Bob asks privately for Friday's card, then types « ✅ » under it (the emoji of its
    « ✅ Je viens » button), or « ❌ » to drop out: the bot answered « 👍 Une autre question ? »,
    which he read as « booked » (or « cancelled »); nothing was. Now a check mark or a cross
    typed alone gets what a typed « oui » / « non » gets: a message books nothing, press the
    button above. A 👍 alone stays a thank-you."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            await _typed_privately(dc, BOB, f"/evenement {event_id}")
            check = await _typed_privately(dc, BOB, "✅")
            cross = await _typed_privately(dc, BOB, "❌")
            thumb = await _typed_privately(dc, BOB, "👍🏽")
            going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
        finally:
            await shutdown(dc)
    assert going == 0
    for said in (check, cross):
        assert "ne fait rien" in said and "👍" not in said, said
    assert "👍" in thumb, thumb


async def test_a_card_copied_and_pasted_privately_comes_back_with_its_buttons(
        db_path: Path) -> None:
    """On a computer, Bob selects the text of Friday's card in #annonces and pastes it to
    the bot privately (the card's title first, « #1 · Soirée jeux »): the bot read the date
    in it as a question, « Au programme vendredi 27 novembre : … /participer <numéro> »,
    a list without a button to press. Now a pasted card is that event: its card comes
    back with its buttons."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            shown = len(fake.messages)
            await fake.say_in_dm(BOB, f"#{event_id} · Soirée jeux\n🗓\nvendredi 27 novembre "
                                      "2026 20:00 · dans 5 heures\n📍\nLe Focus\n👥\n0/10 "
                                      "places prises, 10 libres\nProjection")
            await _quiet(dc)
            got = [m for m in list(fake.messages.values())[shown:]
                   if fake.dm_channels.get(int(m["channel_id"])) == BOB]
        finally:
            await shutdown(dc)
    cards = [m for m in got if m["embeds"]]
    assert len(cards) == 1, [m["content"] for m in got]
    assert f"v1:rsvp:{event_id}:going" in json.dumps(cards[0]["components"])


async def test_a_reaction_on_a_cancelled_card_is_not_told_to_press_buttons_it_lacks(
        db_path: Path) -> None:
    """Friday's night is cancelled (snow); its card in #annonces now reads « Annulé », with
    no button. Bob reacts ❌ under it (« too bad »): he was told privately to press « ✅ Je
    viens » or « ❌ Je ne viens pas » under the card, buttons it no longer has. Now a card
    without answer buttons (cancelled, or under way) gets no such line."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            card = await dc.announce(event_id)
            await dc.command("cancelevent", {"event": event_id, "text": "neige confirmer"},
                             user=ORGA)
            await dc.settle()
            buttons = json.dumps(fake.messages[int(card["id"])]["components"])
            told = await _react(dc, BOB, int(card["id"]), "❌")
        finally:
            await shutdown(dc)
    assert "v1:rsvp" not in buttons, buttons
    assert told == "", told


# -- friends in the `enfants` option -----------------------------------------------------------


async def test_a_teenagers_friends_in_the_children_option_are_no_child(db_path: Path) -> None:
    """Bob, 14, has no children: in /participer's `enfants` option he puts his friends,
    « avec mon pote » or « moi + 2 potes ». He was booked with a child called « Pote » (or
    « Potes », 2 seats for 3 people), a name kept for the team and shown in /mesdonnees.
    As « mon ami » already is, a friend is a guest: no child noted, a seat each."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            one = await dc.command("rsvp", {"event": event_id, "children": "avec mon pote"},
                                   user=BOB)
            bob = (await dc.core.storage.rsvps.counts(event_id)).going_seats
            two = await dc.command("rsvp", {"event": event_id, "children": "moi + 2 potes"},
                                   user=ALICE)
            both = (await dc.core.storage.rsvps.counts(event_id)).going_seats
        finally:
            await shutdown(dc)
    assert "Enfants notés" not in one.text and bob == 2, (bob, one.text)
    assert "Enfants notés" not in two.text and both == 2 + 3, (both, two.text)


# -- a member mentioned where a name goes ------------------------------------------------------


async def test_a_friend_mentioned_in_an_option_is_named_as_discord_shows_them(
        db_path: Path) -> None:
    """Bob picks his friend from Discord's list in /participer's `enfants` option: Discord
    sends « <@1001> », and the refusal quoted it back as « <@1001> », digits he never typed.
    Now the refusal names « @Alice » as his screen showed her; nothing is booked."""
    async with FakeDiscord(members=MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            answer = await dc.command("rsvp", {"event": event_id, "children": f"<@{ALICE}>"},
                                      user=BOB)
            going = (await dc.core.storage.rsvps.counts(event_id)).going_seats
        finally:
            await shutdown(dc)
    assert "@Alice" in answer.text and "<@" not in answer.text, answer.text
    assert going == 0, going
