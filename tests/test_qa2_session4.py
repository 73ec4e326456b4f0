"""Session 4, second QA pass: what a parent, a teenager or a volunteer sees on a phone, through
the real adapters (python-telegram-bot and discord.py against tests/fakes) and the operator's
settings. Each test names the gesture, what was seen and what should be seen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_discord_adapter import ALICE as DISCORD_ALICE
from test_discord_adapter import BOB as DISCORD_BOB
from test_discord_adapter import MEMBERS as DISCORD_MEMBERS
from test_discord_adapter import ORGA as DISCORD_ORGA
from test_discord_adapter import launch as discord_launch
from test_discord_adapter import running as discord_running
from test_discord_adapter import shutdown as discord_shutdown
from test_telegram_adapter import FAST, GROUP, LEA, NINA, TOM, FakeTelegram
from test_telegram_adapter import ORGA as TELEGRAM_ORGA
from test_telegram_adapter import TOKEN as TELEGRAM_TEST_TOKEN
from test_telegram_adapter import new_event as telegram_event
from test_telegram_adapter import running as telegram_running
from test_telegram_adapter import settings_for as telegram_settings

from bot import actions
from bot.adapters.telegram import TelegramAdapter
from bot.app import create_core
from bot.config import ConfigError, load
from fakes.discord_api import GUILD_ID, FakeDiscord
from recording import NOW, Bot, Clock, new_event, plain

DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.discord-secret-value-1234567890"
TELEGRAM_TOKEN = "123456789:AAH-telegram-secret-value_0123456789"
OUR_SERVER = str(GUILD_ID)


def problems_of(env: dict[str, str]) -> list[str]:
    with pytest.raises(ConfigError) as raised:
        load(env=env, dotenv=None)
    return raised.value.problems


def group_card(tg: Any) -> Any:
    return [m for m in tg.fake.chat(GROUP) if m.button_data][0]


# -- who is an organiser: the operator's settings --------------------------------------------


def test_the_server_id_as_an_organiser_role_is_refused() -> None:
    """An operator copied the server id into DISCORD_ORGANIZER_ROLE_IDS (in Discord, the
    server's id is also the id of its @everyone role): every teenager of the server could
    then create, cancel and erase events, and read children's names."""
    problems = problems_of({"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER,
                            "DISCORD_ORGANIZER_ROLE_IDS": f"900000000000000300,{OUR_SERVER}"})
    [problem] = problems
    assert problem.startswith("DISCORD_ORGANIZER_ROLE_IDS") and "@everyone" in problem
    fine = load(env={"DISCORD_TOKEN": DISCORD_TOKEN, "DISCORD_GUILD_IDS": OUR_SERVER,
                     "DISCORD_ORGANIZER_ROLE_IDS": "900000000000000300"}, dotenv=None)
    assert fine.discord_organizer_role_ids == (900000000000000300,)


async def test_the_everyone_role_never_makes_a_member_an_organiser(db_path: Path) -> None:
    """Settings built without `load()` (or an older .env) with the server id as organiser
    role: Alice, a member with no role, created an event from Discord."""
    async with FakeDiscord(members=DISCORD_MEMBERS) as fake:
        dc = await discord_launch(fake, db_path, Clock(NOW),
                                  discord_organizer_role_ids=(GUILD_ID,))
        try:
            answer = await dc.command("newevent", {"title": "Pirate", "when": "vendredi 20h"},
                                      user=DISCORD_ALICE)
            assert "organisateur" in answer.text, answer.text
            assert await dc.core.storage.events.upcoming(dc.clock(), 10) == []
        finally:
            await discord_shutdown(dc)


@pytest.mark.parametrize("raw", ["-1001234567890", "1001,-1001234567890", "0"])
def test_a_group_id_as_a_telegram_organiser_is_refused(raw: str) -> None:
    """The parents' group id (negative) pasted into TELEGRAM_ORGANIZER_IDS: nobody became an
    organiser, and the organisers' command menu was published to that group."""
    [problem] = problems_of({"TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
                             "TELEGRAM_ORGANIZER_IDS": raw})
    assert problem.startswith("TELEGRAM_ORGANIZER_IDS") and "person" in problem, problem


async def test_the_organiser_menu_is_never_published_to_a_group(tmp_path: Path) -> None:
    """With a group id among the organiser ids (settings built by hand), every parent of that
    group saw « annuler », « participants », « inscrire »… in the group's « / » menu."""
    async with FakeTelegram(TELEGRAM_TEST_TOKEN) as fake:
        settings = telegram_settings(fake, tmp_path,
                                     telegram_organizer_ids=(TELEGRAM_ORGA["id"], GROUP))
        core = await create_core(settings, clock=Clock(NOW), card_interval=0, seed_demo=False)
        adapter = TelegramAdapter(settings, limits=FAST, poll_timeout=1)
        core.add_adapter(adapter)
        await adapter.start(core)
        try:
            assert "annuler" in fake.menu(f"chat:{TELEGRAM_ORGA['id']}")
            assert (f"chat:{GROUP}", "") not in fake.menus
            assert "annuler" not in fake.menu("all_group_chats")
        finally:
            await adapter.stop()
            await core.storage.close()


# -- buttons on cards in odd states -----------------------------------------------------------


async def test_the_calendar_button_of_a_cancelled_event_says_it_is_cancelled(
        tmp_path: Path) -> None:
    """Nina pressed « Ajouter à l'agenda » on the card of a cancelled screening (her private
    copy, from /evenement) and read « Voici « Ciné » (#1) pour votre agenda : ouvrez le
    fichier joint »: she added a cancelled evening to the family calendar."""
    async with telegram_running(tmp_path) as tg:
        event_id = await telegram_event(tg, "Ciné | 2026-12-05 20:00 | 3")
        [card] = [m for m in await tg.say(NINA, f"/evenement {event_id}") if m.button_data]
        await tg.say(TELEGRAM_ORGA, f"/annuler {event_id} neige confirmer")
        toast = plain(await tg.press(NINA, card, f"v1:ics:{event_id}"))
        assert "annulé" in toast and "pour votre agenda" not in toast, toast
        sent = [m for m in tg.fake.chat(NINA["id"]) if m.document]
        assert sent and b"STATUS:CANCELLED" in sent[-1].document[1]  # type: ignore[index]
        assert "annulé" in plain(sent[-1].visible)


async def test_calendar_file_of_a_cancelled_event_typed_in_english(bot: Bot) -> None:
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 3")
    await bot.say(f"/annuler {event_id} confirmer")
    answer = await bot.say(f"/ics {event_id}", user="tom", locale="en")
    assert "cancelled" in answer and "for your calendar" not in answer, answer


async def test_plus_one_after_answering_no_is_refused_and_books_nothing(db_path: Path) -> None:
    """Bob pressed « Je ne viens pas », then « ➕ 1 invité·e » by mistake and read « Noté :
    vous ne venez pas »; a week later he pressed « Je viens » and was booked for 2 seats,
    taking a seat from a family on the waitlist."""
    async with discord_running(db_path) as dc:
        event_id = await dc.new_event("Ciné", 3)
        card = await dc.announce(event_id)
        await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:no", user=DISCORD_BOB)
        plus = await dc.press(int(card["id"]), f"v1:guest:{event_id}:+1v0",  # 0 seats taken
                              user=DISCORD_BOB)
        assert "Je viens" in plus.text and "vous ne venez pas" not in plus.text, plus.text
        going = await dc.press(int(card["id"]), f"v1:rsvp:{event_id}:going", user=DISCORD_BOB)
        assert "1 place" in plain(going.text), going.text


async def test_name_the_children_after_answering_no(tmp_path: Path) -> None:
    """Léa answered +1, was offered « Nommer les enfants », then answered « non »; pressing
    the older button gave her « /participer 1 oui +1 Tom » to type, which books her again."""
    async with telegram_running(tmp_path) as tg:
        event_id = await telegram_event(tg, "Ciné | 2026-12-05 20:00 | 3")
        await tg.say(TELEGRAM_ORGA, f"/annoncer {event_id}")
        card = group_card(tg)
        await tg.press(LEA, card, f"v1:rsvp:{event_id}:going")
        await tg.press(LEA, card, f"v1:guest:{event_id}:+1")
        offer = [m for m in tg.fake.chat(LEA["id"]) if f"v1:kids:{event_id}" in m.button_data]
        await tg.press(LEA, card, f"v1:rsvp:{event_id}:no")
        toast = plain(await tg.press(LEA, offer[-1], f"v1:kids:{event_id}"))
        assert "Je viens" in toast, toast
        assert "oui +1" not in plain(tg.fake.chat(LEA["id"])[-1].visible)


# -- deep links --------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", ["event_abc", "event_0", "event_-1", "event_12345678901"])
async def test_a_broken_invitation_link_greets_and_says_so(tmp_path: Path,
                                                           payload: str) -> None:
    """A parent tapped an invitation link cut short by a messaging app (« …?start=event_ »
    plus garbage) and the bot's first words were « « abc » n'est pas un numéro d'événement.
    Utilisation : /demarrer [code] »: she never typed any command."""
    async with telegram_running(tmp_path) as tg:
        [shown] = await tg.say(LEA, f"/start {payload}")
        text = plain(shown.visible)
        assert "Utilisation" not in text and "/demarrer" not in text, text
        assert "Bienvenue" in text and "lien" in text and "/evenements" in text, text


async def test_an_invitation_link_to_an_event_that_is_gone(tmp_path: Path) -> None:
    """« ?start=event_999 » (an event of another installation, or a typo) answered only « Je
    ne trouve pas d'événement #999 »: no welcome for a first contact."""
    async with telegram_running(tmp_path) as tg:
        [shown] = await tg.say(TOM, "/start event_999")
        text = plain(shown.visible)
        assert "Welcome" in text and "#999" in text and "/events" in text, text


# -- /mesdonnees ------------------------------------------------------------------------------


async def test_mydata_gives_the_waitlist_position(bot: Bot) -> None:
    """Ben, waiting for a seat, read « #1 Ciné — … — liste d'attente, position ? » in
    /mesdonnees: a question mark where his place in the queue should be."""
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 1")
    await bot.say(f"/participer {event_id} oui", user="lea")
    await bot.say(f"/participer {event_id} oui", user="tom")
    await bot.say(f"/participer {event_id} oui", user="ben")
    shown = plain(await bot.say("/mesdonnees", user="ben"))
    assert "position ?" not in shown and "position 2" in shown, shown


async def test_mydata_names_the_platform_as_people_write_it(tmp_path: Path) -> None:
    """« • Compte telegram n° 2001 » / « • telegram account 2002 »: the platform's name in
    lower case, as an internal code."""
    async with telegram_running(tmp_path) as tg:
        [french] = await tg.say(LEA, "/mesdonnees")
        assert "Compte Telegram n° " in plain(french.visible), french.visible
        [english] = await tg.say(TOM, "/mydata")
        assert "Telegram account 2002" in english.visible, english.visible


# -- « I can't come any more » under a reminder -----------------------------------------------


async def test_cant_come_pressed_twice_does_not_free_a_seat_again(bot: Bot) -> None:
    """Ana pressed « Je ne peux plus venir » under the 24 h reminder, then again under the
    2 h one (or after answering « non » on the card): each time « C'est noté : votre place
    est libérée. Merci d'avoir prévenu ! », though she had no seat left to free."""
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 5")
    await bot.say(f"/participer {event_id}", user="ana")
    drop = actions.encode("drop", event_id)
    assert "est libérée" in plain(await bot.press(drop, user="ana"))
    again = plain(await bot.press(drop, user="ana"))
    assert "est libérée" not in again and "déjà" in again, again
    never = plain(await bot.press(drop, user="ben", locale="en"))
    assert "is freed" not in never and "no seat" in never, never
    assert await bot.core.storage.rsvps.of_member(
        (await bot.core.storage.members.identify("test", "ben", "Ben", NOW)).id, NOW) == []


async def test_cant_come_from_the_waitlist_says_the_place_in_line_is_given_up(
        bot: Bot) -> None:
    """Cléo, 2nd on the waitlist, pressed « Je ne peux plus venir » and read « votre place
    pour « Jeux » est libérée »: she never had a seat; her place in the queue is what she
    gave up."""
    event_id = await new_event(bot, "Jeux | 2026-12-05 20:00 | 1")
    await bot.say(f"/participer {event_id}", user="ana")
    await bot.say(f"/participer {event_id}", user="cleo")
    answer = plain(await bot.press(actions.encode("drop", event_id), user="cleo"))
    assert "liste d'attente" in answer, answer


# -- fixes in files this pass does not own (the lead applies them) ----------------------------


async def test_discord_usage_lines_do_not_teach_telegram_captions(db_path: Path) -> None:
    """A volunteer on Discord ran /affiche without its image and read « Utilisation :
    /affiche <numéro> [retirer], ex. une photo avec la légende /affiche 12 »: Discord has no
    caption; its /aide rightly says to use the command's `image` option."""
    async with discord_running(db_path) as dc:
        event_id = await dc.new_event("Ciné", 3)
        answer = await dc.command("poster", {"event": event_id}, user=DISCORD_ORGA)
        assert "image" in answer.text and "légende" not in answer.text, answer.text


async def test_the_door_volunteer_finds_tonights_event_once_it_has_started(
        db_path: Path) -> None:
    """20:20, the film started at 20:00 and latecomers arrive. The volunteer opens /pointage
    and types « ciné »: Discord's list of events is empty; on Telegram « /pointage ciné »
    answers that no event matches. Only the number works, which nobody remembers at the
    door."""
    async with discord_running(db_path) as dc:
        event_id = await dc.new_event("Ciné-club", 30)
        event = await dc.core.storage.events.get(event_id)
        assert event is not None
        dc.clock.current = event.starts_at.replace(minute=20)
        typed = await dc.command("checkin", {"event": "ciné"}, focused="event",
                                 user=DISCORD_ORGA)
        choices = typed.calls[0].json["data"]["choices"]
        assert [c["value"] for c in choices] == [event_id], choices


async def test_an_edited_command_is_not_silently_ignored(tmp_path: Path) -> None:
    """Léa typed « /participer 1 oui », then edited her message to « /participer 1 non »
    (Telegram's long press → Edit): nothing happened, no word, and she still holds a seat
    she does not want."""
    async with telegram_running(tmp_path) as tg:
        event_id = await telegram_event(tg, "Ciné | 2026-12-05 20:00 | 3")
        await tg.say(LEA, f"/participer {event_id} oui")
        seen = len(tg.fake.chat(LEA["id"]))
        polls = tg.fake.ok_calls("getUpdates")
        assert "edited_message" in polls[-1].params.get("allowed_updates", ""), \
            polls[-1].params.get("allowed_updates")
        chat = {"id": LEA["id"], "type": "private", "first_name": LEA["first_name"]}
        edited = {"message_id": 1, "date": 0, "edit_date": 1, "chat": chat, "from": LEA,
                  "text": f"/participer {event_id} non",
                  "entities": [{"type": "bot_command", "offset": 0, "length": 11}]}
        tg.fake.push_update({"edited_message": edited})
        # Waits on what Léa receives (whichever handler answers), for a few seconds at most.
        told = await tg.fake.wait_for(lambda: tg.fake.chat(LEA["id"])[seen:] or None,
                                      within=3)
        assert "modifi" in plain(told[0].visible), told[0].visible


async def test_a_question_replied_to_the_card_in_the_group_is_answered_privately(
        tmp_path: Path) -> None:
    """In the parents' group, Léa answered the bot's card « c'est à partir de quel âge ? »
    (Telegram's Reply): the bot received it (a reply to its own message reaches it even with
    privacy mode on) and said nothing, in the group or in private."""
    async with telegram_running(tmp_path) as tg:
        event_id = await telegram_event(tg, "Ciné | 2026-12-05 20:00 | 3")
        await tg.say(TELEGRAM_ORGA, f"/annoncer {event_id}")
        card = group_card(tg)
        before = len(tg.fake.chat(LEA["id"]))
        chat = {"id": GROUP, "type": "supergroup", "title": "Parents du Focus"}
        message = {"message_id": 900, "date": 0, "chat": chat, "from": LEA,
                   "text": "c'est à partir de quel âge ?",
                   "reply_to_message": {"message_id": card.message_id, "date": 0,
                                        "chat": chat, "from": {"id": 7_000_000_001,
                                                               "is_bot": True,
                                                               "first_name": "Le Focus",
                                                               "username": "lefocus_test_bot"},
                                        "text": card.visible}}
        tg.fake.push_update({"message": message})
        tg.pushed += 1
        await tg.settle()
        assert len(tg.fake.chat(LEA["id"])) > before, "the question got no answer"


async def test_forget_me_also_forgets_the_cards_in_my_private_chat(tmp_path: Path) -> None:
    """Léa looked at « Ciné » privately (/evenement 1), then sent « /oubliemoi confirmer ».
    The database still held a row naming her private chat (her Telegram id) and the event,
    and the bot went on editing that card in her chat each time someone answered."""
    async with telegram_running(tmp_path) as tg:
        event_id = await telegram_event(tg, "Ciné | 2026-12-05 20:00 | 3")
        await tg.say(LEA, f"/evenement {event_id}")
        await tg.say(LEA, "/oubliemoi confirmer")
        edits = len(tg.fake.ok_calls("editMessageText"))
        await tg.say(TOM, f"/rsvp {event_id} yes")
        chats = [c.params.get("chat_id") for c in tg.fake.ok_calls("editMessageText")[edits:]]
        assert LEA["id"] not in chats, chats
        rows = await tg.core.storage.db.read(
            "SELECT COUNT(*) FROM posted_messages WHERE chat_id = ?", (str(LEA["id"]),))
        assert rows[0][0] == 0


# -- Discord: no typed syntax Discord does not take -------------------------------------------


async def test_discord_reminders_point_to_the_option_not_to_typed_words(
        db_path: Path) -> None:
    """A teenager's /rappels on Discord answered « /rappels non pour les couper »; Discord
    takes no typed « non »: its /rappels offers « Couper les rappels » in the « etat »
    option, whose own description said « oui pour recevoir les rappels, non pour les
    couper », words that are nowhere in the list."""
    async with discord_running(db_path) as dc:
        status = plain((await dc.command("reminders", user=DISCORD_ALICE)).text)
        assert "/rappels non" not in status and "Couper les rappels" in status, status
        off = plain((await dc.command("reminders", {"state": "off"}, user=DISCORD_ALICE)).text)
        assert "/rappels oui" not in off and "Activer les rappels" in off, off
        english = (await dc.command("reminders", user=DISCORD_BOB, locale="en-GB")).text
        assert "/reminders off" not in english and "Turn reminders off" in english, english
        option = dc.fake.commands["reminders"]["options"][0]
        assert "non pour" not in option["description_localizations"]["fr"], option
        assert "off to" not in option["description"], option
        forget = (await dc.command("forgetme", user=DISCORD_BOB, locale="en-GB")).text
        assert "/forgetme confirm" not in forget and "Yes, erase everything now" in forget


async def test_telegram_reminders_still_teach_the_typed_words(tmp_path: Path) -> None:
    async with telegram_running(tmp_path) as tg:
        [status] = await tg.say(LEA, "/rappels")
        assert "/rappels non" in plain(status.visible)
        [forget] = await tg.say(LEA, "/oubliemoi")
        assert "/oubliemoi confirmer" in plain(forget.visible)


# -- a member trying an organiser command -----------------------------------------------------


async def test_a_member_typing_the_door_command_reads_no_placeholder(tmp_path: Path) -> None:
    """Léa saw « /pointage » in a volunteer's message and typed it: « Pour votre réponse à
    #<numéro>, ouvrez l'événement : /evenement <numéro> » — a « #<numéro> » nobody can use."""
    async with telegram_running(tmp_path) as tg:
        [french] = await tg.say(LEA, "/pointage")
        assert "#<" not in french.visible and "organisateur" in french.visible, french.visible
        [english] = await tg.say(TOM, "/checkin")
        assert "#<" not in english.visible, english.visible
        event_id = await telegram_event(tg, "Ciné | 2026-12-05 20:00 | 3")
        [named] = await tg.say(LEA, f"/pointage {event_id}")
        assert f"/evenement {event_id}" in named.visible and "Utilisation" not in named.visible


# -- organisers' bookkeeping is not for everyone ------------------------------------------------


async def test_scheduled_announcements_are_not_shown_to_the_whole_channel(
        db_path: Path) -> None:
    """A volunteer, in the Discord channel where teenagers talk, ran /annoncerplustard then
    /programmees: everyone read « Annonces programmées : n°1 « Soirée surprise » (#1), jeudi
    à 18h » before the announcement went out, and « Publié dans 1 canal. » after /annoncer."""
    async with discord_running(db_path) as dc:
        event_id = await dc.new_event("Soirée surprise", 20)
        for name, options in (("announcelater", {"event": event_id, "when": "demain 18h"}),
                              ("scheduled", {}), ("unschedule", {"number": 1}),
                              ("announce", {"event": event_id}),
                              ("faqset", {"key": "test", "question": "Q ?", "answer": "R"}),
                              ("faqdel", {"key": "test"})):
            answer = await dc.command(name, options, user=DISCORD_ORGA)
            assert answer.ephemeral and all(answer.ephemeral), (name, answer.text)


async def test_scheduled_list_typed_in_the_parents_group_goes_to_the_organiser(
        tmp_path: Path) -> None:
    async with telegram_running(tmp_path) as tg:
        event_id = await telegram_event(tg, "Soirée surprise | 2026-12-05 20:00 | 20")
        await tg.say(TELEGRAM_ORGA, f"/annoncerplustard {event_id} 2026-12-01 18:00")
        shown = await tg.say(TELEGRAM_ORGA, "/programmees@lefocus_test_bot", chat=GROUP)
        assert shown and all(m.chat_id == TELEGRAM_ORGA["id"] for m in shown), \
            [(m.chat_id, m.visible) for m in shown]


async def test_mydata_lists_a_cancellation_asked_and_not_confirmed(bot: Bot) -> None:
    """A volunteer typed « /annuler 1 neige » (the preview) and stopped there. Her
    /mesdonnees ended « Rien d'autre », yet the bot keeps her request with the reason she
    typed, tied to her account."""
    event_id = await new_event(bot, "Ciné | 2026-12-05 20:00 | 3")
    await bot.say(f"/annuler {event_id} neige")
    shown = plain(await bot.say("/mesdonnees"))
    assert "neige" in shown and f"#{event_id}" in shown, shown


async def test_a_voice_message_in_private_gets_a_word_back(tmp_path: Path) -> None:
    """A grandmother sent the bot a 20-second voice message, as she does with her family:
    « Bonjour, c'est pour inscrire Zoé samedi… ». Nothing came back, not even « I cannot
    listen to voice messages: please write »; she waited for an answer."""
    async with telegram_running(tmp_path) as tg:
        chat = {"id": LEA["id"], "type": "private", "first_name": LEA["first_name"]}
        voice = {"message_id": 1, "date": 0, "chat": chat, "from": LEA,
                 "voice": {"file_id": "v1", "file_unique_id": "u1", "duration": 20,
                           "mime_type": "audio/ogg"}}
        tg.fake.push_update({"message": voice})
        told = await tg.fake.wait_for(lambda: tg.fake.chat(LEA["id"]) or None, within=2)
        assert "écri" in plain(told[0].visible), told[0].visible
