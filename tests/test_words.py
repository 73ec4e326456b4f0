"""Members' own words, through the real core: organiser commands typed by a member get help
instead of a closed door, typos get commands the member may use in their language, and
events can be named by their title as well as by their number."""

from __future__ import annotations

from bot.messages import Reply
from recording import Bot, new_event, text_of


def _actions(replies: list[Reply]) -> list[str]:
    return [b.action for r in replies for b in r.buttons]


def _text(replies: list[Reply]) -> str:
    return "\n".join(text_of(r) for r in replies)


# -- organiser words from members ------------------------------------------------------------


async def test_a_member_typing_cancel_learns_how_to_answer_no(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    replies = await bot.replies(f"/annuler {event_id}", user="lea")
    text = _text(replies)
    assert "réservée aux organisateur" in text  # the refusal, then what to do instead
    assert f"/participer {event_id} non" in text
    assert f"v1:rsvp:{event_id}:no" in _actions(replies)
    english = await bot.replies(f"/cancel {event_id}", user="tom", locale="en")
    assert f"/rsvp {event_id} no" in _text(english)
    assert f"v1:rsvp:{event_id}:no" in _actions(english)
    # The event is still there, nobody cancelled it.
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and not event.cancelled


async def test_cancel_by_title_words_from_a_member_gets_the_number(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    replies = await bot.replies("/annuler soirée jeux", user="lea")
    assert f"/participer {event_id} non" in _text(replies)
    assert f"v1:rsvp:{event_id}:no" in _actions(replies)
    bare = await bot.replies("/annuler", user="lea")
    assert "/participer" in _text(bare) and "non" in _text(bare)
    assert not _actions(bare)


async def test_other_organiser_words_say_what_a_member_can_do(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    edit = await bot.replies(f"/modifier {event_id} lieu Salle 2", user="lea")
    assert f"/participer {event_id} oui" in _text(edit)
    assert f"v1:event:{event_id}" in _actions(edit)
    who = await bot.say(f"/participants {event_id}", user="lea")
    assert f"/evenement {event_id}" in who
    create = await bot.say("/creer Ma soirée | samedi 20h", user="lea")
    assert "idée d'activité" in create and "/evenements" in create
    english = await bot.say("/newevent My night | saturday 8pm", user="tom", locale="en")
    assert "/events" in english and "organiser" in english
    # Nothing was created or changed.
    assert await bot.core.storage.events.count() == 1
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.place != "Salle 2"


async def test_organisers_still_run_their_commands(bot: Bot) -> None:
    event_id = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    await bot.say(f"/annuler {event_id} confirmer")
    event = await bot.core.storage.events.get(event_id)
    assert event is not None and event.cancelled


# -- unknown commands ------------------------------------------------------------------------


async def test_typos_suggest_close_commands_in_the_members_language_only(bot: Bot) -> None:
    french = await bot.say("/participr 1", user="lea")
    assert "/participer" in french
    assert "/calendrier" not in french and "/demarrer" not in french  # not close, not shown
    english = await bot.say("/participr 1", user="tom", locale="en")
    assert "/rsvp" in english and "/participer" not in english
    assert "/evenements" in await bot.say("/evenemnts", user="lea")
    assert "/events" in await bot.say("/evenemnts", user="tom", locale="en")
    # An organiser command is never offered to a member; nothing far-fetched either.
    member = await bot.say("/anuler 1", user="lea")
    assert "/annuler" not in member and "/langue" not in member and "/aide" in member
    assert "/annuler" in await bot.say("/anuler 1")


# -- events by title words -------------------------------------------------------------------


async def test_one_matching_title_is_enough_to_answer(bot: Bot) -> None:
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 10")
    await new_event(bot, "Projection : Le Voyage de Chihiro | 2026-12-06 18:00 | 30")
    going = await bot.say("/participer soiree JEUX", user="lea")
    assert f"#{games}" in going and "Soirée jeux" in going
    plus = await bot.say("/participer soirée jeux oui +2", user="ana")
    assert "3 place" in plus
    counts = await bot.core.storage.rsvps.counts(games)
    assert counts.going_seats == 4
    maybe = await bot.say("/participer chihiro peut-être", user="tom")
    assert "peut-être" in maybe and "Chihiro" in maybe
    card = await bot.say("/evenement voyage chihiro", user="tom")
    assert "Chihiro" in card and "0/30" in card


async def test_organiser_edits_by_title_words(bot: Bot) -> None:
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    await bot.say("/modifier soirée jeux lieu Salle 2")
    event = await bot.core.storage.events.get(games)
    assert event is not None and event.place == "Salle 2"


async def test_several_matching_titles_offer_a_choice(bot: Bot) -> None:
    first = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    second = await new_event(bot, "Soirée jeux de rôle | 2026-12-12 20:00 | 6")
    replies = await bot.replies("/participer soirée jeux oui +1", user="lea")
    text = _text(replies)
    assert f"#{first}" in text and f"#{second}" in text
    assert "jeux de rôle" in text
    assert f"/participer {first} oui +1" in text  # the line to type
    assert _actions(replies) == [f"v1:event:{first}", f"v1:event:{second}"]
    # Nobody was signed up for a guess.
    assert (await bot.core.storage.rsvps.counts(first)).going_seats == 0
    assert (await bot.core.storage.rsvps.counts(second)).going_seats == 0
    english = await bot.say("/rsvp soiree jeux", user="tom", locale="en")
    assert f"/rsvp {first}" in english
    # More words narrow it down.
    assert f"#{second}" in await bot.say("/participer jeux de role", user="lea")


async def test_no_matching_title_is_said_clearly(bot: Bot) -> None:
    await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    none = await bot.say("/participer karaoké", user="lea")
    assert "karaoké" in none and "/evenements" in none
    english = await bot.say("/rsvp karaoke", user="tom", locale="en")
    assert "karaoke" in english and "/events" in english
    # Two letters are not a title: nobody is signed up for « Soirée jeux » by « so ».
    assert "aucun événement" in await bot.say("/participer so", user="lea")


async def test_past_and_cancelled_events_are_not_matched_by_title(bot: Bot) -> None:
    old = await new_event(bot, "Atelier vidéo | 2026-11-28 14:00 | 8")
    new = await new_event(bot, "Atelier vidéo | 2026-12-12 14:00 | 8")
    cancelled = await new_event(bot, "Atelier vidéo | 2026-12-19 14:00 | 8")
    await bot.say(f"/annuler {cancelled} confirmer")
    bot.clock.advance(days=4)  # the first one is over
    going = await bot.say("/participer atelier video", user="lea")
    assert f"#{new}" in going and f"#{old}" not in going and f"#{cancelled}" not in going
    # A number still reaches any event, past or not (its own rules answer).
    assert f"#{old}" in await bot.say(f"/evenement {old}", user="lea")


async def test_announcements_keep_their_free_text(bot: Bot) -> None:
    await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    reply = await bot.say("/annoncer Soirée jeux ce soir, venez nombreux !")
    assert "2" in reply  # sent to both announcement chats, as a text
    sent = [r.text for _, r in bot.platform.sent]
    assert any("venez nombreux" in s for s in sent)


async def test_announce_later_takes_title_words_then_the_moment(bot: Bot) -> None:
    games = await new_event(bot, "Soirée jeux | 2026-12-05 20:00 | 3")
    reply = await bot.say("/annoncerplustard soirée jeux demain 18h")
    assert f"#{games}" in reply and "26 novembre" in reply


async def test_an_english_reader_finds_a_demo_event_by_the_english_title_shown(
        bot: Bot) -> None:
    """A demo card reads "Board-game night" to an English reader: those words find it."""
    from commands.events.demo import seed_demo_events

    await seed_demo_events(bot.core.storage, bot.core.settings, bot.clock())
    events = await bot.core.storage.events.upcoming(bot.clock(), 10)
    board = next(e for e in events if e.kind == "board_games")
    answer = await bot.say("/rsvp board game yes", user="lea", locale="en")
    assert f"#{board.id}" in answer and "going" in answer.lower(), answer
    french = await bot.say("/participer soirée jeux oui", user="tom")
    assert f"#{board.id}" in french, french


async def test_a_promotion_from_a_demo_events_waitlist_names_it_in_the_readers_language(
        bot: Bot) -> None:
    from commands.events.demo import seed_demo_events

    await seed_demo_events(bot.core.storage, bot.core.settings, bot.clock())
    events = await bot.core.storage.events.upcoming(bot.clock(), 10)
    board = next(e for e in events if e.kind == "board_games")
    assert board.capacity is not None
    await bot.say(f"/participer {board.id} oui +{min(9, board.capacity - 1)}", user="ana")
    for n in range(board.capacity - min(10, board.capacity)):
        await bot.say(f"/participer {board.id} oui", user=f"m{n}")
    await bot.say("/language en", user="lea")
    await bot.say(f"/rsvp {board.id} yes", user="lea")
    await bot.say(f"/participer {board.id} non", user="ana")
    told = "\n".join(bot.platform.private_texts("lea"))
    assert "Board-game night" in told and "Soirée jeux" not in told, told
