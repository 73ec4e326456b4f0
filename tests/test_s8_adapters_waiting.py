"""Session 8 (adapters): answers that could not reach a member privately wait for their
private chat in the database, through both real adapters against the fakes. The line in the
group promised « ma réponse vous attend »; a restart (a new core and adapter on the same
SQLite file) used to lose them."""

from __future__ import annotations

from pathlib import Path

from test_discord_adapter import BOB, launch, shutdown
from test_discord_adapter import MEMBERS as DC_MEMBERS
from test_s7_dc3 import _replied, _said_to
from test_s7_tg_parents import group_card, open_private_chat
from test_telegram_adapter import (
    FAST,
    GROUP,
    NINA,
    TOKEN,
    Harness,
    ObservedAdapter,
    settings_for,
    start_harness,
)

from bot.app import create_core
from bot.scheduler import Scheduler
from fakes.discord_api import FakeDiscord
from fakes.telegram_api import BLOCKED, BOT_USERNAME, FakeTelegram, group_chat, user
from recording import NOW, Clock, plain

JO = user(2601, "Jo", "en-GB")  # a parent whose phone is in English


async def _restarted(tg: Harness, fake: FakeTelegram, tmp_path: Path,
                     hours: float = 0) -> Harness:
    """The bot stopped and started again on the same database, `hours` later."""
    await tg.close()
    settings = settings_for(fake, tmp_path)
    clock = Clock(NOW)
    clock.advance(hours=hours)
    core = await create_core(settings, clock=clock, card_interval=0, seed_demo=False)
    adapter = ObservedAdapter(settings, limits=FAST, poll_timeout=1)
    core.add_adapter(adapter)
    await adapter.start(core)
    return Harness(fake, core, adapter, clock)


async def test_a_parents_answer_waits_across_a_restart(tmp_path: Path) -> None:
    """Nina (no private chat yet) typed « /participer 1 oui Zoé, Tom » in the group at
    21:50, and read « Nina, ma réponse vous attend » with the link. The bot was restarted
    (an update) before she tapped it: opening the private chat gave only « Bienvenue »,
    and she could not tell whether she was booked. Now the answer is there."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        event_id, _ = await group_card(tg, 5)
        fake.not_started.add(NINA["id"])
        await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
        tg = await _restarted(tg, fake, tmp_path, hours=2)
        try:
            said = await open_private_chat(tg, NINA, "/start")
        finally:
            await tg.close()
    assert said[0].startswith("Bienvenue"), said
    rest = " ".join(said[1:])
    assert "C'est noté" in rest and "Zoé, Tom" in rest, said


async def test_what_waited_across_a_restart_is_erased_with_the_parent(
        tmp_path: Path) -> None:
    """Nina's answer (her children's names) waited; after a restart she typed
    « /oubliemoi oui » in the group. Opening the private chat, only the erasure is said,
    and nothing of hers is left in the file."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        event_id, _ = await group_card(tg, 5)
        fake.not_started.add(NINA["id"])
        await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
        tg = await _restarted(tg, fake, tmp_path)
        try:
            await tg.say(NINA, f"/oubliemoi@{BOT_USERNAME} oui", GROUP)
            held = await tg.core.storage.db.read("SELECT reply FROM waiting_replies")
            said = " ".join(await open_private_chat(tg, NINA, "/start"))
        finally:
            await tg.close()
    assert "Zoé" not in repr(held), held
    assert "effacé" in said, said
    assert "Zoé" not in said and "C'est noté" not in said, said


async def test_an_answer_waits_a_day_not_longer_even_across_a_restart(
        tmp_path: Path) -> None:
    """The group line said the answer waits a while. Nina opened the private chat two days
    later, after a restart: her children's names must not have been kept that long, and the
    booking she made is not told as news. The scheduler's first tick (at start-up) erases
    what is over a day old."""
    async with FakeTelegram(TOKEN) as fake:
        tg = await start_harness(fake, tmp_path)
        event_id, _ = await group_card(tg, 5)
        fake.not_started.add(NINA["id"])
        await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
        tg = await _restarted(tg, fake, tmp_path, hours=25)
        try:
            await Scheduler(tg.core).tick(tg.clock.current)
            held = await tg.core.storage.db.read("SELECT reply FROM waiting_replies")
            said = " ".join(await open_private_chat(tg, NINA, "/start"))
        finally:
            await tg.close()
    assert held == [], held
    assert "C'est noté" not in said, said


async def test_a_teens_answer_waits_across_a_restart_on_discord(db_path: Path) -> None:
    """Bob (private messages closed) asked « c'est combien ? » under the card; the channel
    said the answer waits in his private messages. The bot restarted before he opened them:
    his « merci » got « avec plaisir » and no price. Now the price follows."""
    async with FakeDiscord(members=DC_MEMBERS) as fake:
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            event_id = await dc.new_event("Soirée jeux", 10)
            card = await dc.announce(event_id)
            fake.dm_closed.add(BOB)
            await _replied(dc, BOB, "c'est combien ?", int(card["id"]))
        finally:
            await shutdown(dc)
        dc = await launch(fake, db_path, Clock(NOW))
        try:
            fake.dm_closed.discard(BOB)
            before = len(_said_to(dc, BOB))
            await fake.say_in_dm(BOB, "merci")
            await fake.wait_until(lambda: any("plaisir" in s for s in _said_to(dc, BOB)[before:]))
            await dc.settle()
            later = "\n".join(_said_to(dc, BOB)[before:])
        finally:
            await shutdown(dc)
    assert "plaisir" in later, later
    assert "€" in later or "gratuit" in later.lower(), later
    assert "Vous m'avez demandé : « c'est combien ? »" in later, later


async def test_at_most_five_answers_wait_and_the_newest_stay(db_path: Path) -> None:
    """A parent who taps ten buttons in the group without a private chat: the five latest
    answers wait (the oldest said least about now), given oldest first, once."""
    from storage import Storage

    store = await Storage.open(db_path)
    try:
        await store.members.identify("telegram", "77", "Nina", NOW)
        for n in range(10):
            await store.waiting.keep("telegram", "77", f"réponse {n}", NOW)
        assert await store.waiting.holders("telegram", NOW) == {"77"}
        given = await store.waiting.kept("telegram", "77", NOW)
        for row_id, _, _ in given:
            assert await store.waiting.given(row_id)
        again = await store.waiting.kept("telegram", "77", NOW)
    finally:
        await store.close()
    assert [text for _, _, text in given] == [f"réponse {n}" for n in range(5, 10)]
    assert again == []


async def test_names_waiting_leave_the_file_after_a_day_while_the_bot_runs(
        tg: Harness) -> None:
    """Nina never opens the private chat. Her children's names waited in the database (and
    would be in tonight's backup) for as long as nobody else had an answer refused: the
    group line allowed a day. A day on, the scheduler's hourly sweep clears them, even when
    nobody writes to the bot."""
    event_id, _ = await group_card(tg, 5)
    tg.fake.not_started.add(NINA["id"])
    await tg.say(NINA, f"/participer@{BOT_USERNAME} {event_id} oui Zoé, Tom", GROUP)
    tg.clock.advance(hours=25)
    await Scheduler(tg.core).tick(tg.clock.current)
    held = await tg.core.storage.db.read("SELECT reply FROM waiting_replies")
    assert held == [], held


async def test_a_waited_answer_says_which_question_it_answers(tg: Harness) -> None:
    """Jo (an English phone, no private chat yet) asked two things under the card in the
    group, « what time does it finish? » and « is there parking? ». Opening the private chat
    she read « I don't know how to answer that… » twice, a minute later, and could not
    tell which question each was. Each waited answer now opens with her question."""
    _, card = await group_card(tg, 5)
    tg.fake.not_started.add(JO["id"])
    for question in ("what time does it finish?", "is there parking?"):
        tg.fake.reply_text(JO, group_chat(GROUP), question, card)
        tg.pushed += 1
        await tg.settle()
    said = await open_private_chat(tg, JO, "/start")
    asked = [line for line in said if line.startswith("You asked me:")]
    assert len(asked) == 2, said
    assert "“what time does it finish?”" in asked[0], asked
    assert "“is there parking?”" in asked[1], asked


async def test_answers_refused_again_wait_on_instead_of_being_lost(tg: Harness) -> None:
    """Telegram refused the private chat again just as Jo wrote there (she had blocked the
    bot by mistake, then unblocked it): the answers still waiting were dropped on Telegram,
    kept on Discord. Now both keep them (a day at most): her next message gets them."""
    _, card = await group_card(tg, 5)
    tg.fake.not_started.add(JO["id"])
    for question in ("c'est combien ?", "c'est où ?"):
        tg.fake.reply_text(JO, group_chat(GROUP), question, card)
        tg.pushed += 1
        await tg.settle()
    tg.fake.not_started.discard(JO["id"])
    tg.fake.fail("sendMessage", 403, BLOCKED, chat_id=JO["id"], times=2)
    await tg.say(JO, "hello")
    said = " ".join(plain(m.visible) for m in await tg.say(JO, "hello again"))
    # Asked under the card: what the card says (session 9), its price and its place.
    # Asked in French: answered in French since session 11 (the words' language).
    assert "(#1) : Gratuit." in said and "(#1) : Le Focus, Rochebelle" in said, said
