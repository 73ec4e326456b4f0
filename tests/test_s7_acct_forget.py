"""Session 7: « efface tout » typed by a 13-year-old on a phone, or by a tired parent: the
question is one a child understands, a typo erases nothing and asks again, a button pressed
after a change of mind (or half an hour later) tells the truth."""

from __future__ import annotations

from typing import Any

import pytest

from recording import Bot, new_event, plain


async def _answered(bot: Bot, user: str) -> int:
    event_id = await new_event(bot)
    await bot.say(f"/participer {event_id}", user=user)
    return event_id


async def _still_there(bot: Bot, user: str, event_id: int) -> bool:
    return f"#{event_id}" in await bot.say("/mesevenements", user=user)


async def test_the_question_says_it_is_final_in_words_a_child_reads(bot: Bot) -> None:
    """« Voulez-vous vraiment effacer toutes vos données ? » never said it cannot be undone,
    nor what « données » are."""
    asked = plain(await bot.say("/oubliemoi", user="tom"))
    assert "définitif" in asked and "votre nom" in asked, asked
    asked = await bot.say("/forgetme", user="tom", locale="en")
    assert "cannot be undone" in asked and "your name" in asked, asked


async def test_a_typo_or_a_polite_word_after_oubliemoi(bot: Bot) -> None:
    """« /oubliemoi ouii » read « « ouii » n'est pas une valeur possible pour confirmer.
    Utilisation : /oubliemoi [confirmer] », « /oubliemoi oui stp » « Il y a des mots en trop »
    and « /effacer tout » a usage line: a teenager asking to be forgotten was told off in the
    words of a form, with no button to tap."""
    event_id = await _answered(bot, "tom")
    for typed in ("ouii", "bof", "oui mais"):
        replies = await bot.replies(f"/oubliemoi {typed}", user="tom")
        shown = plain("\n".join(r.text for r in replies))
        assert f"Je n'ai pas compris « {typed} » : rien n'est effacé." in shown, shown
        assert "définitif" in shown and replies[-1].buttons, shown  # the question again
        assert await _still_there(bot, "tom", event_id)
    for typed in ("tout", "mes données", "everything"):
        replies = await bot.replies(f"/effacer {typed}", user="tom")
        assert "définitif" in plain(replies[-1].text) and replies[-1].buttons, typed
        assert "pas compris" not in replies[-1].text, typed
    for typed in ("nn", "non merci", "non finalement", "Nan."):
        assert "rien n'est effacé" in plain(await bot.say(f"/oubliemoi {typed}", user="tom"))
        assert await _still_there(bot, "tom", event_id), typed
    done = plain(await bot.say("/oubliemoi Oui stp !", user="tom"))
    assert "C'est fait" in done, done
    assert not await _still_there(bot, "tom", event_id)
    event_id = await _answered(bot, "kate")
    done = await bot.say("/forgetme yes please", user="kate", locale="en")
    assert "Done" in done and not await _still_there(bot, "kate", event_id), done


async def test_no_pressed_after_yes_does_not_say_nothing_was_erased(bot: Bot) -> None:
    """Tom tapped « Oui, tout effacer », regretted it and tapped « Non, garder » on the same
    message: « D'accord, rien n'est effacé. » — but everything was."""
    await _answered(bot, "tom")
    question = (await bot.replies("/oubliemoi", user="tom"))[-1]
    yes, no = (b.action for b in question.buttons)
    bot.clock.advance(seconds=20)
    assert "C'est fait" in await bot.press(yes, user="tom")
    bot.clock.advance(seconds=20)
    shown = plain(await bot.press(no, user="tom"))
    assert "rien n'est effacé" not in shown and "déjà effacées" in shown, shown
    again = plain(await bot.press(yes, user="tom"))  # pressed twice
    assert "déjà effacées" in again, again
    assert await bot.core.storage.members.find("test", "tom") is None


async def test_an_old_yes_button_asks_again(bot: Bot) -> None:
    """A question asked yesterday scrolled back into view: one tap on « Oui, tout effacer »
    erased everything at once, with no question. Like an organiser's cancellation preview,
    it is valid 30 minutes."""
    event_id = await _answered(bot, "lea")
    question = (await bot.replies("/oubliemoi", user="lea"))[-1]
    bot.clock.advance(hours=20)
    replies = await bot.replies("", action=question.buttons[0].action, user="lea")
    shown = plain("\n".join(r.text for r in replies))
    assert "plus de 30 minutes" in shown and "rien n'est effacé" in shown, shown
    assert await _still_there(bot, "lea", event_id)
    assert "C'est fait" in await bot.press(replies[-1].buttons[0].action, user="lea")


async def test_an_organiser_is_told_their_events_stay_for_the_others(bot: Bot) -> None:
    """An organiser erasing themselves read « Vos inscriptions seront annulées » and nothing
    of the evenings they created: do they vanish for the 30 families who booked?"""
    bot.organizers.add("marc")
    await bot.say("/nouvelevenement Jeux | 2026-12-05 20:00 | 10", user="marc")
    made = await new_event(bot, "Ciné | 2026-12-06 20:00 | 10")  # someone else's
    asked = plain(await bot.say("/oubliemoi", user="marc"))
    assert "#1" in asked and f"#{made}" not in asked, asked
    assert "restent au programme" in asked, asked
    asked = await bot.say("/forgetme", user="marc", locale="en")
    assert "stay on the programme" in asked, asked
    assert "restent au programme" not in plain(await bot.say("/oubliemoi", user="tom"))


async def test_checking_after_erasure_explains_the_name_it_still_shows(bot: Bot) -> None:
    """A worried mother erased her data, then typed /mesdonnees to check: « Compte … nom
    affiché : Kate · Premier contact : mercredi 25 novembre à 11h » — it looked as if nothing
    was erased. Her check itself brought her account number and name back."""
    await _answered(bot, "kate")
    done = plain(await bot.say("/oubliemoi confirmer", user="kate"))
    assert "Si vous écrivez encore au bot (même /mesdonnees)" in done, done
    bot.clock.advance(seconds=30)
    shown = plain(await bot.say("/mesdonnees", user="kate"))
    assert "Premier contact : à l'instant, par ce message" in shown, shown
    assert "Aucune réponse" in shown
    english = await bot.say("/mydata", user="kate", locale="en")
    assert "First contact: just now, with this message" in english, english
    done = await bot.say("/forgetme confirm", user="kate", locale="en")
    assert "If you write to the bot again (even /mydata)" in done, done


async def test_on_telegram_yes_then_no_on_the_same_message(tg: Any) -> None:
    """Through the Telegram adapter and its fake server: the buttons' data carry the
    question's moment within Telegram's 64 bytes, and « Non » tapped after « Oui » on the
    same message says the truth."""
    from test_telegram_adapter import LEA
    from test_telegram_adapter import new_event as tg_event

    event_id = await tg_event(tg)
    await tg.say(LEA, f"/participer {event_id}")
    [question] = await tg.say(LEA, "/oubliemoi")
    assert "définitif" in plain(question.visible), question.visible
    yes, no = (b["callback_data"] for row in question.reply_markup["inline_keyboard"]
               for b in row)
    assert len(yes.encode()) <= 64 and yes != "v1:forget:me:yes", yes
    before = set(tg.fake.messages)
    await tg.press(LEA, question, yes)
    # The answer takes the question's place: its buttons are gone.
    done = tg.fake.messages[(question.chat_id, question.message_id)]
    assert "C'est fait" in plain(done.visible) and not done.button_data, done.visible
    tg.clock.advance(seconds=5)
    # « Non » from the drawing a slow phone still shows.
    toast = plain(await tg.press(LEA, question, no))
    said = [plain(m.visible) for k, m in sorted(tg.fake.messages.items()) if k not in before]
    now = plain(tg.fake.messages[(question.chat_id, question.message_id)].visible)
    shown = "\n".join([toast, now, *said])
    assert "déjà effacées" in shown and "rien n'est effacé" not in shown, (toast, said)


PRIVACY_QUESTIONS = (
    ("que savez-vous de moi ?", "fr"),
    ("qu'est-ce que vous savez sur mon fils", "fr"),
    ("supprimez toutes mes données svp", "fr"),
    ("effacez mon compte", "fr"),
    ("what do you know about my child?", "en"),
    ("delete everything about me", "en"),
)


@pytest.mark.parametrize(("typed", "locale"), PRIVACY_QUESTIONS)
async def test_asking_in_plain_words_points_to_mydata_and_forgetme(
        bot: Bot, typed: str, locale: str) -> None:
    """A parent wrote « que savez-vous de moi ? » in the private chat: « Je ne sais pas
    répondre à ça » and ten topics; « what do you know about my child? » got « C'est pour
    qui ? », a confident answer about something else."""
    shown = plain(await bot.say(typed, user="kate", locale=locale))
    mydata, forget = ("/mesdonnees", "/oubliemoi") if locale == "fr" else ("/mydata",
                                                                             "/forgetme")
    assert mydata in shown and forget in shown, shown
