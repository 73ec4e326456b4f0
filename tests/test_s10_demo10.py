"""Session 10, demo10: a demo event says « [Démo] » wherever a member or an organiser reads
its title (its card, the lists and the web agenda did; the /participer confirmation, the
buttons of an organiser command sent alone and the line after such a tap did not: a parent
read « vous êtes inscrit·e à « Soirée jeux de société » (#1) » and planned an evening
nobody organised)."""

from __future__ import annotations

import pytest

from recording import Bot, plain


@pytest.mark.parametrize(("locale", "typed", "shown"), [
    ("fr", "/participer 1 oui", "« [Démo] Soirée jeux de société » (#1)"),
    ("en", "/rsvp 1 yes", '"[Demo] Board-game night" (#1)'),
])
async def test_the_rsvp_confirmation_says_demo(demo: Bot, locale: str, typed: str,
                                                shown: str) -> None:
    """Before: « C'est noté : vous êtes inscrit·e à « Soirée jeux de société » (#1) … »."""
    said = plain(await demo.say(typed, user="parent", locale=locale))
    assert shown in said, said


async def test_a_maybe_then_a_no_say_demo_too(demo: Bot) -> None:
    maybe = plain(await demo.say("/participer 2 peut-être", user="ado", locale="fr"))
    assert "[Démo] Projection de film" in maybe, maybe
    no = plain(await demo.say("/participer 2 non", user="ado", locale="fr"))
    assert "[Démo] Projection de film" in no, no


@pytest.mark.parametrize("typed", ["/ecrire", "/fermer", "/inscrire", "/annuler"])
async def test_an_organiser_command_alone_offers_the_demo_as_demo(demo: Bot,
                                                                   typed: str) -> None:
    """Before: « 🔒 #2 · 28/11 · Projection de film », as if a volunteer had planned it."""
    (offer,) = await demo.replies(typed)
    titles = [b.label.split(" · ")[-1] for b in offer.buttons]
    assert titles == ["[Démo] Soirée jeux de société", "[Démo] Projection de film"], titles


async def test_the_buttons_are_in_the_organiser_s_language(demo: Bot) -> None:
    (offer,) = await demo.replies("/closesignups", locale="en")
    titles = [b.label.split(" · ")[-1] for b in offer.buttons]
    assert titles == ["[Demo] Board-game night", "[Demo] Film screening"], titles


@pytest.mark.parametrize("typed", ["/ecrire", "/inscrire", "/retirer", "/dupliquer"])
async def test_the_line_after_a_tap_says_demo(demo: Bot, typed: str) -> None:
    """Before: « Pour « Projection de film » (#2), tapez … »."""
    (offer,) = await demo.replies(typed)
    said = plain(await demo.press(offer.buttons[1].action))
    assert "Pour « [Démo] Projection de film » (#2)" in said, said


async def test_an_organiser_s_own_event_of_the_same_name_says_no_demo(demo: Bot) -> None:
    """A volunteer's own « Soirée jeux de société » is theirs: no « [Démo] » on it."""
    made = plain(await demo.say("/nouvelevenement Soirée jeux de société | 2026-12-05 20:00 | 8"))
    assert "[Démo]" not in made, made
    said = plain(await demo.say("/participer 3 oui", user="parent", locale="fr"))
    assert "« Soirée jeux de société » (#3)" in said, said


async def test_a_member_s_command_alone_offers_the_demo_as_demo(demo: Bot) -> None:
    """« /participer » alone (a phone's menu): the buttons read « 1 · 27/11 · Soirée jeux de
    société », as if someone had planned it (bot/core.py, `_pick_event`)."""
    (offer,) = await demo.replies("/participer", user="parent", locale="fr")
    titles = [b.label.split(" · ")[-1] for b in offer.buttons]
    assert titles == ["[Démo] Soirée jeux de société", "[Démo] Projection de film"], titles
