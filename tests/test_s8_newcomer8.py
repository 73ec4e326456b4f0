"""Session 8, a newcomer who read only the README: its console examples, typed as written
(« Try it », the members' and organisers' tables), in French then in English, through the
console adapter itself (the same object `make run` opens), against the demo database."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.messages import Incoming
from recording import Bot

# What a terminal must never show: markup meant for a chat app, a template's hole, an escape.
_RAW = re.compile(r"</?(?:b|i|u|s|a|code|pre|strong|em|tg-spoiler)\b[^>]*>|\*\*|__|`"
                  r"|\{[a-z_]*\}|\x1b|Traceback")


async def _type(bot: Bot, script: str, tmp_path: Path) -> str:
    """`printf '<script>' | make run`: the console reads a pipe, answers, and ends."""
    read, write = os.pipe()
    os.write(write, script.encode())
    os.close(write)
    out = io.StringIO()
    with os.fdopen(read, "rb") as stdin:
        console = ConsoleAdapter(stdin=stdin, stdout=out,  # type: ignore[arg-type]
                                 export_dir=tmp_path / "exports")
        bot.core.add_adapter(console)
        await console.start(bot.core)
        await console.finished.wait()
        await console.stop()
    # French typography's narrow and no-break spaces read as spaces here.
    shown = out.getvalue().replace("\u202f", " ").replace("\xa0", " ")
    assert not _RAW.search(shown), shown
    return shown


def _answer(shown: str, typed: str) -> str:
    """What came back to one typed line (up to the next echoed line)."""
    return shown.split(f"> {typed}\n", 1)[1].split("\n> ", 1)[0]


async def test_the_readme_script_answers_as_the_readme_says(demo: Bot, tmp_path: Path) -> None:
    """`printf '/aide\\n/evenements\\n/participer 1 oui +2\\n' | make run`, then the card
    with its buttons and a press, as « Try it » tells (guard: it already did)."""
    shown = await _type(demo, "/aide\n/evenements\n/participer 1 oui +2\n/evenement 1\n"
                              "/bouton 9\n/bouton 3\n/quit\n/aide\n", tmp_path)
    assert shown.startswith("Console du Focus. Vous êtes organisateur·rice.")
    assert "/as <prénom>" in _answer(shown, "/aide")  # the console's own words are told
    assert "Soirée jeux de société" in _answer(shown, "/evenements")
    assert "pour 3 places" in _answer(shown, "/participer 1 oui +2")
    card = _answer(shown, "/evenement 1")
    assert "[Démo]" in card
    assert "Boutons (/bouton <n>) : [1] ✅ Je viens  [2] 🤔 Peut-être  [3] ❌ Je ne viens pas" \
        in card
    assert "Pas de bouton à ce numéro (6 disponibles)" in _answer(shown, "/bouton 9")
    assert "vous ne venez pas" in _answer(shown, "/bouton 3")  # « ❌ Je ne viens pas »
    assert shown.count("Voici ce que je sais faire") == 1  # /quit left


@pytest.mark.parametrize(("script", "expected"), [
    # Members, in French, as another person (/as)
    ("/as Léa\n/participer 1 oui Tom, Zoé (8-11)\n",
     "Enfants notés : Tom, Zoé (8-11). 2 prénoms, donc +2 invité·e·s."),
    ("/as Léa\n/annuler 1\n", "Boutons (/bouton <n>) : [1] ❌ Je ne viens pas"),
    ("/as Léa\n/aide particper\n", "Vouliez-vous dire"),
    ("/as Léa\n/aide mes données\n", "/mesdonnees — ce que nous savons de vous"),
    ("/as Léa\n/evenemnts\n", "Vouliez-vous dire : /evenements"),
    ("/as Léa\n/faq c'est où et c'est combien ?\n", "Combien ça coûte ?"),
    ("/as Léa\n/participer 1 oui je viens pas\n", "« Je viens » et « Je ne viens pas »"),
    ("/as Léa\njviens au 1\n", "Un message écrit ne vous inscrit pas"),
    ("/as Léa\n/monagenda\n", "L'agenda en ligne n'est pas activé"),
    ("/as Léa\n/mesdonnees\n", "Compte d'essai (console)"),
    # Organisers, in French
    ("/creer Soirée jeux samedi 20h\n", "/creer Soirée jeux | samedi 20h"),
    ("/annuler 1 neige\n", "[1] Oui, annuler et prévenir  [2] Non, maintenir"),
    ("/inscrire 1 Mme Martin 3 tél.\n", "aucun message ne lui sera envoyé"),
    ("/participants 1\n", "Fichier enregistré :"),
    ("/creer\n", "[7] Autre  [8] Annuler"),
    # The same in English
    ("/language en\n/as Sam\n/language en\n/rsvp 1 yes please\n", "Done: you are going"),
    ("/as Sam\n/language en\n/cancel 1\n", "Buttons (/button <n>): [1] ❌ Not going"),
    ("/language en\n/event 1\n", "Buttons (/button <n>): [1] ✅ Going"),
    ("/language en\n/help\n", "Console: /as <name> to speak as another member"),
    ("/language en\n/cancelevent 1 snow\n", "[1] Yes, cancel and tell them"),
    ("/language en\n/attendees 1\n", "File saved:"),
])
async def test_each_readme_example_typed_in_the_console(demo: Bot, tmp_path: Path,
                                                        script: str, expected: str) -> None:
    """Every example the README shows for members and organisers, typed in the console:
    what the README says it does, readable in a terminal (guard: they already did)."""
    shown = await _type(demo, script, tmp_path)
    assert expected in shown, shown
    assert "Désolé" not in shown and "Sorry" not in shown


async def test_a_card_update_is_told_in_the_readers_language(demo: Bot, tmp_path: Path) -> None:
    """A newcomer in English answered the card published in #annonces and read « [#annonces]
    carte #1 mise à jour : … » between their English answers: the console's own remark was
    in French whatever language they chose. Now it is in theirs (the card in the channel
    stays in the channel's language)."""
    shown = await _type(demo, "/annoncer 1\n/language en\n/rsvp 1 yes\n"
                              "/langue fr\n/participer 1 non\n", tmp_path)
    english = _answer(shown, "/rsvp 1 yes")
    assert "[#annonces] card #1 updated: " in english, english
    assert "carte #1 mise à jour" not in english
    assert "[#annonces] carte #1 mise à jour : " in _answer(shown, "/participer 1 non")


async def test_a_multi_line_announcement_keeps_its_lines(demo: Bot, tmp_path: Path) -> None:
    """« Try it » says lines pasted together are one message, « as on Telegram: a multi-line
    announcement or description ». The paste is one message, but its lines were joined with
    spaces: « Bonjour à tous, la soirée de vendredi est reportée. Merci ! » went out as one
    line (on Telegram too: the same message, the same parser)."""
    out = io.StringIO()
    console = ConsoleAdapter(stdin=io.StringIO(""), stdout=out, export_dir=tmp_path)
    demo.core.add_adapter(console)
    text = "/annoncer Bonjour à tous,\nla soirée de vendredi est reportée.\nMerci !"
    await demo.core.handle(Incoming(platform="console", user_id="orga",
                                    display_name="Organisateur", chat_id="console", text=text,
                                    is_private=True, is_organizer=True))
    await demo.core.idle()
    assert "Bonjour à tous,\nla soirée de vendredi est reportée.\nMerci !" in out.getvalue()


async def test_a_button_under_someones_private_message_is_pressed_as_them(
        demo: Bot, tmp_path: Path) -> None:
    """README: a new date reaches everyone going with a « ❌ Je ne pourrai pas venir » button.
    In the console the organiser moved #1, saw that button under « [message privé pour
    Léa] », pressed it (/bouton 1) and read « Noté : vous ne venez pas »: the organiser's
    answer had become « no », Léa's seat stayed. Everyone shares one keyboard there: a button
    of a message for Léa is Léa's, and the console says whose press it was."""
    shown = await _type(demo, "/as Léa\n/participer 1 oui\n/as\n"
                              "/modifier 1 date samedi 5 décembre 20h\n/bouton 1\n"
                              "/participants 1\n", tmp_path)
    assert "[1] ❌ Je ne pourrai pas venir" in _answer(shown, "/modifier 1 date samedi 5 "
                                                               "décembre 20h")
    assert "(appuyé en tant que Léa)" in _answer(shown, "/bouton 1")
    listed = _answer(shown, "/participants 1")
    assert "Viennent : 0" in listed and "• Léa" not in listed.split("Peut-être")[0], listed
