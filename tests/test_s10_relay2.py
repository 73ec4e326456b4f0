"""Session 10, relay2: what people type in a private chat right after the bot told them
something. Under the bot's own confirmation « C'est noté : vous êtes inscrit·e à « Soirée
jeux » (#1) … », « on sera 3 en fait », « non finalement », « jsp » are that event's answer:
read by the answers' own reader, and one tap does it (a message itself changes nothing);
« c quand déjà ? » gets its time. « / » alone and « / participer 1 oui » (a phone's space
after the slash) are read as meant. The probes and their counts:
tests/test_s10_relay2_probes.py."""

from __future__ import annotations

from recording import Bot, new_event, plain, text_of

PLACE = "Le Focus, 12 rue Michelet"


async def _say(bot: Bot, text: str, **kwargs: object) -> str:
    return plain(await bot.say(text, **kwargs))  # type: ignore[arg-type]


async def _booked(bot: Bot) -> tuple[int, int]:
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10 | jeux | gratuit")
    other = await new_event(bot, "Ciné | 2026-11-28 20:00 | 10 | cine")
    await _say(bot, f"/participer {other} oui", user="lea")
    said = await _say(bot, f"/participer {event} oui", user="lea")
    assert "C'est noté : vous êtes inscrit·e à « Soirée jeux »" in said
    return event, other


async def test_we_will_be_three_under_the_confirmation_is_one_tap_away(bot: Bot) -> None:
    event, _ = await _booked(bot)
    replies = await bot.replies("on sera 3 en fait", user="lea")
    said = plain("\n".join(text_of(r) for r in replies))
    assert f"Pour passer à 3 places à « Soirée jeux » (#{event})" in said
    assert f"/participer {event} oui +2" in said
    assert "1/10" in await _say(bot, f"/evenement {event}")  # a message changed nothing
    [tap] = [b.action for r in replies for b in r.buttons]
    assert "3 places" in await _say(bot, "", action=tap, user="lea")
    assert "3/10" in await _say(bot, f"/evenement {event}")


async def test_no_after_all_offers_that_events_button_only(bot: Bot) -> None:
    """Not the FAQ's « Pour annuler, répondez « non » à l'événement : /participer <numéro>
    non » (Léa holds two events): this one's button."""
    event, other = await _booked(bot)
    for typed in ("non finalement", "jpeux plus dsl", "never mind, not coming", "annule"):
        replies = await bot.replies(typed, user="lea")
        said = plain("\n".join(text_of(r) for r in replies))
        assert f"Pour libérer votre place à « Soirée jeux » (#{event})" in said, typed
        assert [b.action for r in replies for b in r.buttons] == [f"v1:rsvp:{event}:no"]
    assert "1/10" in await _say(bot, f"/evenement {event}")
    assert "1/10" in await _say(bot, f"/evenement {other}")


async def test_maybe_says_the_seat_would_go(bot: Bot) -> None:
    event, _ = await _booked(bot)
    replies = await bot.replies("jsp", user="lea")
    said = plain("\n".join(text_of(r) for r in replies))
    assert f"Pour répondre « peut-être » à « Soirée jeux » (#{event})" in said
    assert "votre place sera alors libérée" in said
    assert [b.action for r in replies for b in r.buttons] == [f"v1:rsvp:{event}:maybe"]


async def test_yes_again_and_someone_along(bot: Bot) -> None:
    event, _ = await _booked(bot)
    assert await _say(bot, "chaud", user="lea") == (
        f"Vous êtes déjà inscrit·e à « Soirée jeux » (#{event}) pour 1 place : rien à faire.")
    replies = await bot.replies("et mon fils aussi", user="lea")
    said = plain("\n".join(text_of(r) for r in replies))
    assert f"Combien serez-vous en tout à « Soirée jeux » (#{event}) ?" in said
    assert "C'est pour qui" not in said


async def test_when_again_is_its_time(bot: Bot) -> None:
    event, _ = await _booked(bot)
    for typed in ("c quand deja", "ah mince c'est à quelle heure ?"):
        said = await _say(bot, typed, user="lea")
        assert said == f"« Soirée jeux » (#{event}) : mercredi 25 novembre 2026 à 20h.", typed
    # Written in English: answered in English (session 11, lang11).
    said = await _say(bot, "what time again?", user="lea")
    assert said == f'"Soirée jeux" (#{event}): Wednesday 25 November 2026 at 20:00.', said


async def test_relays_misses_under_the_teams_message(bot: Bot) -> None:
    event, other = await _booked(bot)
    await _say(bot, f"/message {event} On commence à 19h45 !")
    told = len(bot.platform.private_texts("orga"))
    assert await _say(bot, "Super, merci beaucoup pour l'organisation !", user="lea") == (
        "Bien reçu, merci ! Rien d'autre à faire de votre côté.")
    replies = await bot.replies("Léo est malade on annule", user="lea")
    assert [b.action for r in replies for b in r.buttons] == [f"v1:rsvp:{event}:no"]
    assert len(bot.platform.private_texts("orga")) == told  # « malade » reaches nobody


async def test_a_slash_alone_or_set_apart(bot: Bot) -> None:
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10")
    alone = await _say(bot, "/", user="lea")
    assert "Je ne connais pas la commande" not in alone
    assert alone == await _say(bot, "/aide", user="lea")
    assert "C'est noté : vous êtes inscrit·e" in await _say(bot, f"/ participer {event} oui",
                                                             user="lea")
    assert await _say(bot, "/  evenements", user="lea") == await _say(bot, "/evenements",
                                                                       user="lea")
    # Not a command after the slash: the question it is, read as typed without it.
    assert await _say(bot, "/ c'est combien ?", user="lea") == await _say(
        bot, "c'est combien ?", user="lea")


async def test_a_question_under_another_organisers_message_reaches_them_too(bot: Bot) -> None:
    """Camille created the evening; Sam, who runs it tonight, wrote « On commence à 19h45 ! »:
    Léa's question reaches both (the one who wrote, and the one it belongs to); either may
    answer; nobody else hears it."""
    bot.organizers.add("sam")
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10")
    await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/message {event} On commence à 19h45 !", user="sam")
    told = {who: len(bot.platform.private_texts(who)) for who in ("orga", "sam", "tom")}
    assert "Question transmise" in await _say(bot, "on peut arriver à 20h15 ?", user="lea")
    for who in ("orga", "sam"):
        assert len(bot.platform.private_texts(who)) == told[who] + 1, who
        assert "Question de Lea" in plain(bot.platform.private_texts(who)[-1])
    assert len(bot.platform.private_texts("tom")) == told["tom"]
    asked = [r for u, r in bot.platform.private if u == "sam"][-1]
    [tap] = [b.action for b in asked.buttons if b.action.startswith("v1:ask:")]
    await _say(bot, "", action=tap, user="sam")
    assert "Réponse envoyée à Lea" in await _say(bot, "Oui, à tout à l'heure", user="sam")
    assert "Oui, à tout à l'heure" in plain(bot.platform.private_texts("lea")[-1])


async def test_after_another_question_of_the_bot_a_word_is_not_about_the_event(
        bot: Bot) -> None:
    """Booked, then /oubliemoi's question, then « non » typed: the FAQ's « nothing was
    erased, press its button » — never « to free your seat at Soirée jeux »."""
    await _booked(bot)
    await _say(bot, "/oubliemoi", user="lea")
    said = await _say(bot, "non", user="lea")
    assert "Rien n'a été effacé" in said and "Soirée jeux" not in said
    await _say(bot, "/langue", user="lea")
    assert "Soirée jeux" not in await _say(bot, "oui", user="lea")


async def test_no_after_all_typed_with_the_command(bot: Bot) -> None:
    """« /participer 1 non finalement » was refused with « Les prénoms des enfants vont avec
    « oui » » (« Finalement » read as a child's name): it is a no."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 10")
    await _say(bot, f"/participer {event} oui", user="lea")
    for typed in ("non finalement", "peut-être finalement", "sorry can't come anymore"):
        said = await _say(bot, f"/participer {event} {typed}", user="lea")
        assert "prénoms" not in said, typed
        await _say(bot, f"/participer {event} oui", user="lea")
    await _say(bot, f"/participer {event} jviens pas finalement", user="lea")
    assert "0/10" in await _say(bot, f"/evenement {event}")


async def test_on_the_waitlist_yes_again_says_so(bot: Bot) -> None:
    """« oui » typed under « … en liste d'attente » is not told « déjà inscrit·e »."""
    event = await new_event(bot, "Soirée jeux | 2026-11-25 20:00 | 1")
    await _say(bot, f"/participer {event} oui", user="tom")
    assert "liste d'attente" in await _say(bot, f"/participer {event} oui", user="lea")
    said = await _say(bot, "oui", user="lea")
    assert said.startswith(f"Vous êtes en liste d'attente pour « Soirée jeux » (#{event})")


async def test_a_demo_event_is_named_as_its_card_names_it(demo: Bot) -> None:
    """A fresh install's demo evening: « [Démo] » as on its card, never a bare title that
    reads as a real evening."""
    await demo.say("/participer 1 oui", user="maman", locale="fr")
    said = plain(await demo.say("je peux plus venir finalement", user="maman", locale="fr"))
    assert said.startswith("Pour libérer votre place à « [Démo] Soirée jeux de société » (#1)")
