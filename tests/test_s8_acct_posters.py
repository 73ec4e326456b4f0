"""Session 8: an organiser with no technical background takes a poster off through the real
Telegram adapter, in the words a phone keyboard gives."""

from __future__ import annotations

import pytest
from test_telegram_adapter import ORGA, Harness, new_event

from recording import plain

JPEG = bytes.fromhex(  # a 1×1 JPEG, as the poster pipeline keeps them
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c14"
    "0d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d"
    "38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000"
    "000102030405060708090a0bffc400b5100002010303020403050504040000017d0102030004110512"
    "2131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a2526272829"
    "2a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a83"
    "8485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8"
    "c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00"
    "fbd0ffd9")


@pytest.mark.parametrize("typed", ["retire stp", "enlève-la", "supprime l'affiche",
                                   "remove it please"])
async def test_taking_a_poster_off_in_a_persons_words(tg: Harness, typed: str) -> None:
    """« /affiche 12 retire stp » read « Il y a des mots en trop à la fin de la commande »:
    only the exact « retirer » took a poster off."""
    event_id = await new_event(tg)
    storage = tg.core.storage
    assert await storage.posters.attach(event_id, JPEG, tg.clock.current)
    said = plain("\n".join(m.visible for m in await tg.say(ORGA, f"/affiche {event_id} {typed}")))
    assert "retirée" in said, said
    event = await storage.events.get(event_id)
    assert event is not None and not event.poster, said


async def test_other_words_after_the_number_say_how_to_take_it_off(tg: Harness) -> None:
    event_id = await new_event(tg)
    said = plain("\n".join(m.visible for m in await tg.say(ORGA, f"/affiche {event_id} bof")))
    assert "« bof »" in said and f"/affiche {event_id} retirer" in said, said


async def test_a_photo_whose_caption_says_more_than_the_command(tg: Harness) -> None:
    """« /affiche 12 voici l'affiche ! » as a photo's caption: « Il y a des mots en trop »,
    and no poster."""
    from test_posters import photo

    from fakes.telegram_api import private_chat

    event_id = await new_event(tg)
    before = set(tg.fake.messages)
    tg.fake.send_picture(ORGA, private_chat(ORGA), photo(),
                         caption=f"/affiche {event_id} voici l'affiche du ciné 🎬")
    tg.pushed += 1
    await tg.settle()
    said = [plain(m.visible) for k, m in sorted(tg.fake.messages.items()) if k not in before]
    assert "Affiche ajoutée" in said[0], said
    event = await tg.core.storage.events.get(event_id)
    assert event is not None and event.poster, said
