"""Session 5, Discord as young members and organisers use it: slash commands with options,
what /aide tells them, what a channel sees of one member's answers, and titles or names
that carry markup, mentions or links."""

from __future__ import annotations

import re
from pathlib import Path

from test_discord_adapter import ALICE, BOB, ORGA, Harness, running

from fakes.discord_api import CHANNEL_ID
from recording import plain

SUPPRESS_EMBEDS = 1 << 2


def _options_of(dc: Harness, name: str, locale: str) -> set[str]:
    definition = dc.fake.commands[name]
    return {(o.get("name_localizations") or {}).get(locale, o["name"])
            for o in definition.get("options", [])}


# -- /aide on Discord shows slash commands and their options ------------------------------

async def test_help_on_discord_shows_the_slash_options_not_a_typed_line(
        db_path: Path) -> None:
    """A teenager reads « /participer <numéro> [oui|peut-être|non] [+invités] » and types
    that line; Discord offers options instead. /aide names the options Discord shows."""
    async with running(db_path) as dc:
        french = plain((await dc.command("help", user=ALICE)).text)
        english = plain((await dc.command("help", user=BOB, locale="en-GB")).text)
    rsvp_fr = next(line for line in french.splitlines() if line.startswith("• /participer"))
    rsvp_en = next(line for line in english.splitlines() if line.startswith("• /rsvp"))
    assert "<" not in rsvp_fr and "+2" not in rsvp_fr, rsvp_fr
    assert rsvp_fr.startswith("• /participer numero [reponse] [invites] [enfants]"), rsvp_fr
    assert "numero:12 reponse:Je viens invites:2" in rsvp_fr, rsvp_fr
    assert rsvp_en.startswith("• /rsvp number [answer] [guests] [children]"), rsvp_en
    assert "number:12 answer:Going guests:2" in rsvp_en, rsvp_en


async def test_every_option_named_in_help_is_one_discord_shows(db_path: Path) -> None:
    """Described once: every name /aide shows is the command's and its options' as synced,
    in French and in English, for members and organisers."""
    async with running(db_path) as dc:
        for locale, shown in (("fr", "fr"), ("en-GB", "en-GB")):
            text = plain((await dc.command("help", user=ORGA, locale=locale)).text)
            lines = [line for line in text.splitlines() if line.startswith("• /")]
            assert len(lines) > 20
            for line in lines:
                usage = line.split(" — ")[0].removeprefix("• ")
                name, *options = usage.split()
                command = next(c for c, d in dc.fake.commands.items()
                               if (d.get("name_localizations") or {}).get(shown, c)
                               == name[1:] or c == name[1:])
                known = _options_of(dc, command, shown)
                for option in options:
                    assert option.strip("[]") in known, (line, known)
                for example in re.findall(r"(?<= )([a-z][a-z_-]*):(?=\S)", line.split(" — ", 1)[1]):
                    assert example in known, (line, example)


# -- a channel sees no one's answers -------------------------------------------------------

async def test_a_slash_rsvp_in_a_channel_is_seen_only_by_who_answered(db_path: Path) -> None:
    """/participer in #annonces posted « C'est noté : vous êtes inscrit·e à … pour 3
    places » for the whole channel (with « Alice used /participer »): the buttons answer
    privately, the command now too. So do /langue and a question to /faq."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        answer = await dc.command("rsvp", {"event": event_id, "answer": "going",
                                           "guests": 2}, user=ALICE)
        assert "3 places" in plain(answer.text)
        assert answer.ephemeral == [True]
        language = await dc.command("language", {"language": "en"}, user=BOB)
        assert language.ephemeral == [True]
        faq = await dc.command("faq", {"question": "c'est combien ?"}, user=ALICE)
        assert faq.ephemeral and all(faq.ephemeral)
        # What is meant for the channel stays there: the programme, a card.
        assert (await dc.command("events", user=ALICE)).ephemeral == [False]


async def test_help_in_a_channel_is_not_posted_for_everyone(db_path: Path) -> None:
    """An organiser's /aide in #annonces posted three messages of organiser commands in
    the channel; a member's filled it too. /aide answers the asker only."""
    async with running(db_path) as dc:
        organiser = await dc.command("help", user=ORGA)
        member = await dc.command("help", user=ALICE)
    assert organiser.ephemeral and all(organiser.ephemeral)
    assert member.ephemeral and all(member.ephemeral)


# -- markup, mentions and links in what people wrote ----------------------------------------

TITLE = "@everyone **Soirée** jeux [cadeau](https://arnaque.example/x_y) <@123456789012345678>"


async def test_markup_in_a_title_shows_as_typed_and_never_mentions(db_path: Path) -> None:
    """A title with « **…** », a masked link and mentions was bold in /evenements, its link
    disguised as « cadeau », and « @everyone » / a member shown as mentions."""
    async with running(db_path) as dc:
        await dc.new_event(TITLE, 10)
        listed = await dc.command("events", user=ALICE)
        [card] = dc.cards_in(CHANNEL_ID)
    text = listed.text
    assert "**Soirée**" not in text and r"\*\*Soirée\*\*" in text, text
    assert not re.search(r"(?<!\\)\[cadeau\]\(", text) and r"\[cadeau](" in text, text
    assert "@everyone" not in text and "<@123456789012345678>" not in text, text
    assert "https://arnaque.example/x_y" in text  # the address itself stays readable
    embed = card["embeds"][0]
    assert "**Soirée**" not in embed["title"] and "@everyone" not in embed["title"]
    assert not re.search(r"(?<!\\)\[cadeau\]\(", embed["title"])


async def test_links_in_a_list_unfurl_no_preview_in_the_channel(db_path: Path) -> None:
    """A link in a title made /evenements show a big preview of that site in the channel."""
    async with running(db_path) as dc:
        await dc.new_event("Atelier https://exemple.org/affiche", 10)
        listed = await dc.command("events", user=ALICE)
    [callback] = [c for c in listed.calls if "/callback" in c.path]
    assert int(callback.json["data"].get("flags") or 0) & SUPPRESS_EMBEDS


async def test_a_display_name_with_markup_does_not_break_the_attendee_list(
        db_path: Path) -> None:
    """« __xX_Léo_Xx__ » underlined half the organiser's list of attendees."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        dc.fake.members[BOB].name = "__xX_Léo_Xx__"
        await dc.command("rsvp", {"event": event_id}, user=BOB)
        listing = await dc.command("attendees", {"event": event_id}, user=ORGA)
    assert "__xX" not in listing.text and r"\_\_xX" in listing.text, listing.text
    assert listing.ephemeral and all(listing.ephemeral)


async def test_the_servers_events_tab_shows_a_description_as_typed(db_path: Path) -> None:
    """The native event mirrored in the server's Events tab rendered « **…** », masked
    links and « @everyone » of the description for the whole server."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        await dc.command("editevent", {"event": event_id, "field": "description",
                                       "value": "@everyone **gratuit** [clic](https://x.example)"},
                         user=ORGA)
        await dc.announce(event_id)
        await dc.settle()
        [native] = dc.fake.scheduled.values()
    description = native["description"]
    assert "**gratuit**" not in description and "@everyone" not in description, description
    assert not re.search(r"(?<!\\)\[clic\]\(", description), description
    assert description.endswith(f"Le Focus #{event_id}")


# -- /demarrer on Discord -------------------------------------------------------------------

async def test_start_on_discord_has_no_telegram_code_option(db_path: Path) -> None:
    """/demarrer showed an option « code » nobody on Discord has: Telegram's deep-link
    payload. The command exists; the option does not."""
    async with running(db_path) as dc:
        assert dc.fake.commands["start"].get("options", []) == []
        welcome = await dc.command("start", user=ALICE)
    assert "Bienvenue" in plain(welcome.text) and welcome.ephemeral == [True]


# -- writing to the bot in a private chat ---------------------------------------------------

def _said_in_dm(dc: Harness, user: int) -> list[str]:
    return [m["content"] for m in dc.fake.messages.values()
            if dc.fake.dm_channels.get(int(m["channel_id"])) == user and m["content"]]


async def test_a_question_written_in_a_private_chat_gets_an_answer(db_path: Path) -> None:
    """A teenager writes « c'est combien ? » or « /participer 1 oui +1 » to the bot in a
    private chat, as on Telegram: nothing ever came back (the bot did not read them)."""
    async with running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 10)
        await dc.fake.say_in_dm(ALICE, "c'est combien ?")
        await dc.fake.wait_until(lambda: bool(_said_in_dm(dc, ALICE)))
        await dc.fake.say_in_dm(ALICE, f"/participer {event_id} oui +1")
        await dc.fake.wait_until(lambda: len(_said_in_dm(dc, ALICE)) >= 2)
        await dc.settle()
        answers = _said_in_dm(dc, ALICE)
        assert "gratuit" in plain(answers[0]).lower() or "€" in answers[0], answers
        assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 2
        # What is written in a channel is none of the bot's business.
        before = len(dc.fake.messages)
        await dc.fake.say_in_channel(BOB, "/participer 1 oui")
        await dc.fake.say_in_dm(BOB, "/evenements")
        await dc.fake.wait_until(lambda: bool(_said_in_dm(dc, BOB)))
        await dc.settle()
        assert (await dc.core.storage.rsvps.counts(event_id)).going_seats == 2
        assert len(dc.fake.messages) == before + 1
        # Written, /aide gives the lines to write (no slash options in a typed line).
        await dc.fake.say_in_dm(BOB, "/aide")
        await dc.fake.wait_until(lambda: len(_said_in_dm(dc, BOB)) >= 2)
        await dc.settle()
        assert "/participer <numéro>" in plain(_said_in_dm(dc, BOB)[-1])
