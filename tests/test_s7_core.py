"""Session 7, the RSVP promise as members and volunteers meet it: seats, the waitlist,
guests, the door, and the cards.

Through the core with the recording platform on a real SQLite file (`bot` fixture, now =
Wednesday 25 November 2026, 11:00 in Paris).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest
from test_buttons import _show_in_chat

from bot.messages import Capabilities, EventCard, Incoming, Reply
from bot.platform import CardGone
from recording import Bot, RecordingAdapter, new_event, plain
from storage import cards


def _seat_notices(bot: Bot, user: str, event_id: int) -> list[str]:
    return [text for text in bot.platform.private_texts(user)
            if "place s'est libérée" in text and f"#{event_id}" in text]


def _incoming(bot: Bot, user: str, text: str = "", action: str | None = None) -> Incoming:
    return Incoming(platform=bot.platform.platform, user_id=user,
                    display_name=user.capitalize(), chat_id=f"chat-{user}", text=text,
                    is_private=True, is_organizer=user in bot.organizers, action=action)


async def _door_buttons(bot: Bot, event_id: int) -> dict[str, str]:
    door = [r for r in await bot.replies(f"/pointage {event_id}") if r.buttons][-1]
    return {b.label: b.action for b in door.buttons}


# -- the door: a seat freed while a volunteer taps --------------------------------------------


async def test_a_seat_freed_while_the_door_is_tapped_is_announced_once(bot: Bot) -> None:
    """Board-game night, two seats: Ana and Ben going, Léo waiting. An hour before the
    start the volunteer taps Ben in at the door just as Ana writes « non »: Ana's seat goes
    to Léo, who is told. The door read the waitlist before its tap and who was going after
    it, so when Ana's answer landed in between, Léo got « une place s'est libérée » twice."""
    doubled: list[tuple[int, int]] = []  # (delay, notices) where Léo was not told once
    for delay in range(0, 40, 2):
        event_id = await new_event(bot, f"Soirée jeux {delay} | 2026-11-25 20:00 | 2")
        for user in ("ana", "ben", "leo"):
            await bot.say(f"/participer {event_id} oui", user=user)
        bot.clock.current = bot.clock.current.replace(hour=18)  # 19:00 in Paris: door open
        ben = next(a for label, a in (await _door_buttons(bot, event_id)).items()
                   if "Ben" in label)

        async def ana_cannot_come(delay: int = delay, event_id: int = event_id
                                  ) -> list[Reply]:
            for _ in range(delay):
                await asyncio.sleep(0)
            return await bot.core.handle(_incoming(bot, "ana", f"/participer {event_id} non"))

        await asyncio.gather(bot.core.handle(_incoming(bot, "orga", action=ben)),
                             ana_cannot_come())
        await bot.core.idle()
        told = len(_seat_notices(bot, "leo", event_id))
        if told != 1:  # each run a different interleaving (a yield is not a sleep)
            doubled.append((delay, told))
        bot.clock.current = bot.clock.current.replace(hour=10)
    assert not doubled, doubled


async def test_a_waitlisted_person_let_in_at_the_door_updates_the_cards(bot: Bot) -> None:
    """Zoé, waiting, comes anyway and the volunteer lets her in before the start (Ana's
    seat, Ana wrote she was late): the posted card still read « 1 en liste d'attente » and
    its seats as before, as if she were still waiting."""
    event_id = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 2")
    await bot.say(f"/annoncer {event_id}")
    for user in ("ana", "ben", "zoe"):
        await bot.say(f"/participer {event_id} oui", user=user)
    card = bot.platform.last_card("101")
    assert "en liste d'attente" in card.seats_text, card.seats_text
    bot.clock.current = bot.clock.current.replace(hour=18)
    zoe = next(a for label, a in (await _door_buttons(bot, event_id)).items() if "Zoe" in label)
    await bot.press(zoe)
    card = bot.platform.last_card("101")
    assert "attente" not in card.seats_text and "3" in card.seats_text, card.seats_text


async def test_undoing_a_door_tap_once_started_keeps_her_seat_when_there_is_room_for_two(
        bot: Bot) -> None:
    """Three seats: Ana and two people who booked by phone; Léo and Zoé waiting (Léo
    first). Once the evening has begun, the two who phoned are erased from the list at
    their request (nobody is promoted once started). Zoé, here, is let in; the volunteer
    taps her again by mistake: she went back to the waitlist beside two empty seats,
    because Léo, ahead of her, « fits » too — though there is room for both (freed seats go
    to everyone who fits, in order, as anywhere else)."""
    event_id = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 3")
    await bot.say(f"/participer {event_id} oui", user="ana")
    await bot.say(f"/inscrire {event_id} Mme Martin")
    await bot.say(f"/inscrire {event_id} M. Durand")
    for user in ("leo", "zoe"):
        await bot.say(f"/participer {event_id} oui", user=user)
    bot.clock.current = bot.clock.current.replace(hour=19, minute=5)  # 20:05 in Paris
    for name in ("Martin", "Durand"):
        assert "effacé" in await bot.say(f"/retirer {event_id} {name}")
    zoe = next(a for label, a in (await _door_buttons(bot, event_id)).items() if "Zoe" in label)
    await bot.press(zoe)  # let in
    await bot.press(zoe)  # undone by mistake
    states = {a.display_name: a.state for a in await bot.core.storage.rsvps.attendees(event_id)}
    assert states["Zoe"] == "going" and states["Leo"] == "waitlisted", states


# -- members the bot cannot write to privately -------------------------------------------------


@dataclass
class Linked(RecordingAdapter):
    """A platform with links that open a private chat with the bot (as Telegram's)."""

    capabilities: Capabilities = Capabilities(private_links=True)

    def private_link(self, payload: str) -> str | None:
        return f"https://t.me/focus_bot?start={payload}"


async def test_the_memory_of_who_was_pointed_to_the_private_chat_is_bounded(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Members the bot cannot yet write to are pointed once to the private chat when they
    type in a group; who was pointed was kept in memory for ever, one entry per member,
    for the life of the process. Now the most recent ones only: the latest still hears it
    once; one forgotten long ago hears it once more (as after a restart)."""
    monkeypatch.setattr("bot.core.MAX_POINTED", 3, raising=False)
    linked = Linked()
    bot.core.adapters.clear()
    bot.core.add_adapter(linked)
    await linked.start(bot.core)
    bot.platform = linked
    users = [f"m{n}" for n in range(6)]
    for user in users:
        member = await bot.core.storage.members.identify(linked.platform, user,
                                                         user.capitalize(), bot.clock())
        await bot.core.storage.members.update(member.id, unreachable="not_started",
                                              notice_pending=True)
        said = await bot.say("/evenements", user=user, private=False)
        assert "ouvrez une conversation privée" in said, said
    assert len(bot.core._pointed) <= 3
    again = await bot.say("/evenements", user=users[-1], private=False)
    assert "ouvrez une conversation privée" not in again, again


# -- cards ------------------------------------------------------------------------------------


@dataclass
class Deleting(RecordingAdapter):
    """A platform on which people delete our messages (a private chat cleared)."""

    gone: set[str] = field(default_factory=set)

    async def edit_card(self, chat_id: str, message_id: str, card: EventCard) -> None:
        if message_id in self.gone:
            raise CardGone(message_id)
        await super().edit_card(chat_id, message_id, card)


async def test_a_cancellation_reaches_a_group_card_retired_when_only_it_is_left(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Léa showed the film's card in the parents' group; later copies in private chats
    retired it (the bound on live copies), and those chats were cleared since (their
    messages gone). Then the film was cancelled: the group's card, the one parents read,
    still offered « Je viens » with no « ANNULÉ » — the bot had noted that the event had no
    live copy and skipped every read of its cards from then on."""
    monkeypatch.setattr(cards, "COPIES_PER_EVENT", 2)
    platform = Deleting()
    bot.core.adapters.clear()
    bot.core.add_adapter(platform)
    await platform.start(bot.core)
    bot.platform = platform
    event_id = await new_event(bot, "Ciné-club | 2026-12-05 20:00 | 30")
    await _show_in_chat(bot, f"/event {event_id}", "lea", "parents")
    group_message = str(platform._next_id)
    for user in ("ana", "ben"):
        await _show_in_chat(bot, f"/event {event_id}", user, f"chat-{user}")
    platform.gone |= {str(platform._next_id - 1), str(platform._next_id)}
    await bot.say(f"/participer {event_id} oui", user="ana")  # the cleared copies forgotten
    await bot.say(f"/participer {event_id} oui", user="ben")
    await bot.say(f"/annuler {event_id} projecteur en panne confirmer")
    shown = [card for chat, message, card in platform.edits if message == group_message]
    assert shown and shown[-1].cancelled, shown


# -- an old link to an event without an end time ------------------------------------------------


async def test_a_link_to_a_games_night_without_an_end_is_not_over_at_half_past_eleven(
        bot: Bot) -> None:
    """The games night starts at 20:00, no end given. A parent taps its link at 23:30
    while the tables are still full: « est terminé : ce lien mène à un événement passé »
    (an event without an end was taken to last 3 hours). « A déjà commencé » is true then;
    « terminé » the next morning."""
    event_id = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 20")
    bot.clock.current = bot.clock.current.replace(hour=22, minute=30)  # 23:30 in Paris
    late = plain(await bot.say(f"/start event_{event_id}", user="ana"))
    assert "commencé" in late and "terminé" not in late, late
    bot.clock.advance(hours=10)  # 9:30 the next morning
    morning = plain(await bot.say(f"/start event_{event_id}", user="ana"))
    assert "terminé" in morning, morning


# -- seats lowered by the organiser ------------------------------------------------------------


async def test_after_seats_were_lowered_answers_do_not_read_as_a_typo(bot: Bot) -> None:
    """Four booked, then the organiser lowers the seats to 2 (a smaller room). Ana, going
    with two guests, takes one guest off: « (complet : 4/2) » — the card says « 4 places
    prises pour 2 », her reply read like a typo; the organiser's list said « 4/2 places »."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 4")
    await bot.say(f"/participer {event_id} oui +2", user="ana")
    await bot.say(f"/participer {event_id} oui", user="ben")
    await bot.say(f"/modifier {event_id} places 2")
    reply = plain(await bot.say(f"/participer {event_id} oui +1", user="ana"))
    assert "3 places prises pour 2" in reply and "3/2" not in reply, reply
    english = plain(await bot.say(f"/rsvp {event_id} going", user="ben", locale="en"))
    assert "3 seats taken for 2" in english, english
    listed = plain(await bot.say(f"/participants {event_id}"))
    assert "3 places prises pour 2" in listed and "3/2" not in listed, listed


# -- a parent with a guest, between « peut-être » and « oui » ------------------------------------


async def test_a_tap_into_the_waitlist_with_a_guest_says_for_how_many(bot: Bot) -> None:
    """Ana booked for herself and her husband, then said « peut-être »; Zoé took a seat
    meanwhile. The card reads « 2/3 places prises, 1 libre »; Ana taps « Je viens »: the
    toast said only « Liste d'attente : position 1 » — with a seat free before her eyes.
    Her two seats (her guest is kept) are what does not fit: said so."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    await bot.say(f"/participer {event_id} oui", user="ben")
    await bot.say(f"/participer {event_id} oui +1", user="ana")
    await bot.say(f"/participer {event_id} peut-être", user="ana")
    await bot.say(f"/participer {event_id} oui", user="zoe")
    toast = plain(await bot.press(f"v1:rsvp:{event_id}:going", user="ana", private=False))
    assert "position 1" in toast and "2 places" in toast, toast
    english = plain(await bot.press(f"v1:rsvp:{event_id}:going", user="ana", private=False,
                                    locale="en"))
    assert "2 seats" in english, english


# -- a family on the waitlist --------------------------------------------------------------------


def _passed_notices(bot: Bot, user: str) -> list[str]:
    return [text for text in bot.platform.private_texts(user) if "pas assez pour vos" in text]


async def test_a_family_behind_a_single_is_not_told_it_was_passed(bot: Bot) -> None:
    """Four seats, full. Sami waits for one seat, then the Martins for three. Two seats
    free: Sami, first in line, takes one. The Martins read « elles sont allées aux personnes
    suivantes de la liste d'attente » — nobody behind them went past; Sami was ahead."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 4")
    for user, line in (("ana", "oui"), ("ben", "oui"), ("cleo", "oui +1"), ("sami", "oui"),
                       ("martins", "oui +2")):
        await bot.say(f"/participer {event_id} {line}", user=user)
    await bot.say(f"/participer {event_id} non", user="cleo")
    assert any("place s'est libérée" in t for t in bot.platform.private_texts("sami"))
    assert _passed_notices(bot, "martins") == []


async def test_a_family_passed_by_someone_behind_it_is_still_told(bot: Bot) -> None:
    """The other order: the Martins wait first (three seats), Sami behind. One seat frees:
    Sami takes it, past them; they are told why, and that they keep their place."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 4")
    for user, line in (("ana", "oui"), ("ben", "oui"), ("cleo", "oui +1"),
                       ("martins", "oui +2"), ("sami", "oui")):
        await bot.say(f"/participer {event_id} {line}", user=user)
    await bot.say(f"/participer {event_id} non", user="ana")
    [told] = _passed_notices(bot, "martins")
    assert "position 1" in told and "3 places" in told, told


async def test_my_events_says_for_how_many_a_family_waits(bot: Bot) -> None:
    """The Martins, waiting, look at /mesevenements: « liste d'attente, position 1 » — for
    how many seats, it did not say (the reason a single behind them may go first)."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 4")
    await bot.say(f"/participer {event_id} oui +2", user="ana")
    await bot.say(f"/participer {event_id} oui +2", user="martins")
    mine = plain(await bot.say("/mesevenements", user="martins"))
    assert "position 1, pour 3 places" in mine, mine
    english = plain(await bot.say("/myevents", user="martins", locale="en"))
    assert "position 1, for 3 seats" in english, english


# -- « peut-être » after a seat or a waitlist place -----------------------------------------------


async def test_maybe_after_a_seat_says_the_seat_is_given_up(bot: Bot) -> None:
    """Ana had a seat at a full evening and answers « peut-être » (she may be late): « C'est
    noté : peut-être » — her seat went at once to Léo, first on the waitlist, and nothing
    told her; she would find out at the door. Said now, in her words and on the toast."""
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 1")
    for user in ("ana", "leo"):
        await bot.say(f"/participer {event_id} oui", user=user)
    reply = plain(await bot.say(f"/participer {event_id} peut-être", user="ana"))
    assert "place est libérée" in reply and f"/participer {event_id} oui" in reply, reply
    await bot.say(f"/participer {event_id} oui", user="zoe")  # waiting behind Léo now gone
    toast = plain(await bot.press(f"v1:rsvp:{event_id}:maybe", user="zoe", private=False,
                                  locale="en"))
    assert "left the waitlist" in toast, toast
    again = plain(await bot.say(f"/participer {event_id} peut-être", user="ana"))
    assert "libérée" not in again, again  # « peut-être » twice: nothing given up this time


async def test_a_waitlisted_parent_hedging_is_told_she_leaves_the_queue(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 1")
    for user in ("ana", "zoe", "leo"):
        await bot.say(f"/participer {event_id} oui", user=user)
    reply = plain(await bot.say(f"/participer {event_id} peut être", user="zoe"))
    assert "quittez la liste d'attente" in reply and "dernière position" in reply, reply
