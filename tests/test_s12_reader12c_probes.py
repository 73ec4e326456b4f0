"""reader12-core probes near round 1's new rules (run with -s to print each reply): words
typed without the slash (`Core.typed_alone`) and answers in words (words12's new phrases).
What they must never get: the internal-error line; the judgement of each reply is in the
report (/tmp/team, reader12-core)."""
from __future__ import annotations

import pytest

from commands.relay.parsers import said
from commands.rsvp.parsers import leading_answer
from recording import Bot, plain

BROKEN = "quelque chose s'est mal passé"

WORDS = [
    "je viens pas avant 21h", "je viens pas trop tard j'espère", "je viens pas sans mes enfants",
    "je viens pas sur", "je ne viens pas, désolée", "je ne viendrai pas, trop loin",
    "je pourrai pas venir trop fatiguée", "je viens plus", "je viens plus trop",
    "oui pas de souci", "non pas de souci", "ok pas de problème", "je viens pas de souci",
    "chaud pas trop tard", "je viendrai pas longtemps", "je serai pas là",
    "je serai pas là avant 21h", "je peux pas trop", "je peux pas encore dire",
    "inscris moi pas", "compte pas sur moi", "ok pour moi", "ok pour nous 3",
    "oui sauf imprévu", "non sauf imprévu", "oui si tout va bien", "trop cher", "trop bien",
    "trop cher pour moi", "trop chaud", "sans faute", "mais non", "mais oui",
    "je pense bien venir", "je pense bien", "oui je pense", "c'est oui", "c'est non",
    "ce sera sans moi", "wallah jviens", "oklm jviens pas", "sry jpeux pas", "absente",
    "je serai absente au début", "jvais pas pouvoir rester longtemps",
    "je vais pas pouvoir venir avant 20h", "on va pas pouvoir rester jusqu'à la fin",
    "je vais pas pouvoir venir à l'heure", "je passe mon tour", "trop loin pour moi",
    "bien sûr que non", "jai flemme", "je viens pas forcément", "je viens pas seule, avec Tom",
    "je viens pas seule ma fille vient", "je viendrai plus tard", "je viens pas mal de fois",
    "je viendrai pas encore", "oui pas trop tard", "oui mais pas longtemps",
    "je viendrai pas grave", "je viens plus de souci", "je serai là sauf imprévu",
    "on vient pas seuls", "non je viens pas seul mon mari vient", "je viens pas tard",
    "trop tard pour moi", "trop fatiguée", "ouep", "nop", "yea", "c'est bon pour nous",
    "ça marche pour nous", "bon pour moi", "pour moi c'est oui", "à confirmer",
    "je vais venir", "jvais venir", "je vais pas venir", "je vais venir plus tard",
]


@pytest.mark.parametrize("typed", WORDS)
async def test_probe_words(demo: Bot, typed: str) -> None:
    reply = plain(await demo.say(f"/participer 1 {typed}", user="lea"))
    mine = plain(await demo.say("/mesevenements", user="lea"))
    print(f"\n@@ {typed!r} | lead={leading_answer(typed)!r} said={said(typed)!r}"
          f"\n   -> {reply[:200]!r}\n   mine: {mine[:120]!r}")
    assert reply and BROKEN not in reply, reply


TYPED = [
    "rappels non merci", "Rappel demain", "rappel samedi", "rappel stp", "rappel svp",
    "langue des signes", "Langue française", "Langue anglaise", "prochain atelier",
    "prochaine soirée", "prochain samedi", "prochaine fois", "prochain film", "agenda samedi",
    "info", "details", "calendrier", "répondre", "jeviens", "mes données", "mon agenda",
    "mon calendrier", "rappels : non", "next time", "calendar", "rappel 18h",
    "rappels oui svp", "programme samedi", "stop", "prochain jeux", "rappels désactivés",
    "langue: anglais", "mes évènements", "mes enfants", "mes infos", "mon compte",
    "mes rappels", "faq", "faq horaires", "mon agenda stop", "mon agenda ?", "Rappel ?",
    "Événement", "Langue", "rappels jamais", "rappels pas", "Langue fr stp", "programme ?",
    "prochaine", "Prochaine réunion", "Prochain cours d'anglais", "Rappel la veille",
    "langue arabe", "langue en", "rappels off", "rappel pour samedi", "mes événements !",
    "Infos", "Detail", "prochain quoi", "prochain quand", "prochain ?", "Prochain stp",
    "prochain merci", "rappel merci", "rappels merci", "langue merci", "langue anglais merci",
    "Agenda ?", "agenda svp", "programme merci", "Events", "rappel oui", "rappels plus",
    "rappels moins", "calendrier svp", "calendrier merci", "répondre oui",
]


@pytest.mark.parametrize("typed", TYPED)
async def test_probe_typed_alone(demo: Bot, typed: str) -> None:
    said = plain(await demo.say(typed, user="lea"))
    print(f"\n@@ {typed!r} -> {said[:260]!r}")
    assert said and BROKEN not in said, said
