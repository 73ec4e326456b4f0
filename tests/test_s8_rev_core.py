"""Session 8, final read of the core and RSVP files (rev-core): the words a parent adds around
an answer — « merci », « oui oui », "yes please", « je viens seule », 👍 — are no child's name.
Before, « /participer 12 oui merci » booked two seats and listed « Enfants notés : Merci »,
and « non merci » was refused (« Les prénoms des enfants vont avec « oui » »)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from recording import Bot, new_event, plain

EVENT = "Soirée jeux | 2026-12-05 20:00 | 10"  # Saturday 5 December, 20:00 Paris
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def _seats_and_names(bot: Bot, event_id: int) -> tuple[int, dict[int, object]]:
    counts = await bot.core.storage.rsvps.counts(event_id)
    return counts.going_seats, dict(await bot.core.storage.party.children(event_id))


@pytest.mark.parametrize(("typed", "locale"), [
    ("oui merci", "fr"), ("oui, merci !", "fr"), ("oui oui", "fr"), ("oui ok merci", "fr"),
    ("je viens merci", "fr"), ("oui d'accord", "fr"), ("oui avec plaisir", "fr"),
    ("oui bien sûr", "fr"), ("oui super", "fr"), ("je viens seule", "fr"),
    ("oui juste moi", "fr"), ("oui 👍", "fr"), ("yes please", "en"), ("yes thanks", "en"),
    ("yes thank you", "en"), ("yes just me", "en"),
])
async def test_thanks_after_the_answer_name_no_child(bot: Bot, typed: str,
                                                      locale: str) -> None:
    """Karim types « /participer 1 oui merci »: he read « inscrit·e pour 2 places » and
    « Enfants notés : Merci » (a seat held for nobody, a child's name kept that is not one);
    « oui bien sûr » asked whether « Bien Sûr » was one child or two; « oui 👍 » was told
    «  » is not a first name. Now: one seat, his own, and no name."""
    event_id = await new_event(bot, EVENT)
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="karim",
                               locale=locale))
    assert await _seats_and_names(bot, event_id) == (1, {}), said
    assert ("1 place" in said or "1 seat" in said), said
    assert "Enfants notés" not in said and "named" not in said, said


@pytest.mark.parametrize(("typed", "locale"), [
    ("non merci", "fr"), ("Non, merci.", "fr"), ("no thanks", "en"), ("no thank you", "en"),
])
async def test_no_thanks_gives_the_seat_back(bot: Bot, typed: str, locale: str) -> None:
    """Léa held a seat and types « /participer 1 non merci »: she was told « Les prénoms des
    enfants vont avec « oui » » and her seat stayed taken. Now her no is recorded."""
    event_id = await new_event(bot, EVENT)
    await bot.say(f"/participer {event_id} oui", user="lea")
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="lea", locale=locale))
    assert "prénoms" not in said and "names" not in said, said
    assert await _seats_and_names(bot, event_id) == (0, {}), said


@pytest.mark.parametrize("typed", ["oui Tom, Zoé, merci !", "oui Tom et Zoé merci",
                                   "oui Tom, Zoé svp"])
async def test_names_then_thanks_keep_the_names(bot: Bot, typed: str) -> None:
    """« oui Tom, Zoé, merci ! »: the two children named, not « Zoé Merci » asked about as
    one child or two."""
    event_id = await new_event(bot, EVENT)
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="karim"))
    seats, names = await _seats_and_names(bot, event_id)
    assert seats == 3, said
    assert [c.first_name for c in next(iter(names.values()))] == ["Tom", "Zoé"], said  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "first"), [("oui Tom", "Tom"), ("oui Lou", "Lou"),
                                              ("oui Tom, Pas", "Tom")])
async def test_a_real_first_name_is_still_named(bot: Bot, typed: str, first: str) -> None:
    """The thanks are dropped, never a name: « oui Lou » is still Lou."""
    event_id = await new_event(bot, EVENT)
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="karim"))
    seats, names = await _seats_and_names(bot, event_id)
    assert seats >= 2 and "Enfants notés" in said, said
    assert next(iter(names.values()))[0].first_name == first  # type: ignore[index]


async def test_moi_meme_is_the_parent_not_a_child(bot: Bot) -> None:
    """« /participer 1 oui moi-même et Tom »: the parent and Tom, two seats. Before, a child
    called « Moi-Même » was noted beside Tom and a third seat booked (the words were compared
    unfolded, « moi-meme », to a folded word that has no hyphen)."""
    event_id = await new_event(bot, EVENT)
    said = plain(await bot.say(f"/participer {event_id} oui moi-même et Tom", user="karim"))
    seats, names = await _seats_and_names(bot, event_id)
    assert seats == 2 and "Moi" not in said, said
    assert [c.first_name for c in next(iter(names.values()))] == ["Tom"]  # type: ignore[attr-defined]


# -- the read-only open, on a path with « # » in it ---------------------------------------


@pytest.mark.parametrize("folder", ["le focus #2", "asso?focus", "bot 100%"])
async def test_the_read_only_open_reads_the_file_named(tmp_path: Path, folder: str) -> None:
    """The volunteer keeps the bot in « le focus #2 »; a second console (refused: the first
    holds the database) speaks her language read from it. The path went into a `file:` URI
    as typed: « # » cut it there, so nothing was read (French instead of her English) and
    an empty database file « le focus  » was created beside the folder — by a read
    « without writing »."""
    from storage import Storage
    from storage.members import chosen_language

    (tmp_path / folder).mkdir()
    path = tmp_path / folder / "focus.db"
    storage = await Storage.open(path)
    member = await storage.members.identify("console", "benevole", "Bénévole", NOW)
    await storage.members.update(member.id, language="en")
    await storage.close()
    before = _listing(tmp_path)
    assert chosen_language(path, "console", "benevole") == "en"
    assert _listing(tmp_path) == before  # nothing created


async def test_a_backup_from_a_folder_with_hash_holds_the_members(tmp_path: Path) -> None:
    """`python -m bot backup` with the bot in « le focus #2 »: « backup written », and the
    file held no table at all (the copy was of an empty database the cut path created); a
    restore of it would have erased everyone."""
    import sqlite3

    from bot import ops
    from storage import Storage

    (tmp_path / "le focus #2").mkdir()
    path = tmp_path / "le focus #2" / "focus.db"
    storage = await Storage.open(path)
    await storage.members.identify("console", "benevole", "Bénévole", NOW)
    await storage.close()
    copy = ops.backup(path, now=NOW.replace(tzinfo=None))
    db = sqlite3.connect(copy)
    try:
        assert db.execute("SELECT COUNT(*) FROM members").fetchone() == (1,)
    finally:
        db.close()
    assert _listing(tmp_path) == ["le focus #2"]  # nothing created


@pytest.mark.parametrize(("typed", "locale", "first", "second"), [
    ("oui peut-être", "fr", "Je viens", "Peut-être"),
    ("je viens peut-être", "fr", "Je viens", "Peut-être"),
    ("oui ptet Tom", "fr", "Je viens", "Peut-être"),
    ("yes maybe", "en", "going", "Maybe"),
])
async def test_a_second_answer_in_one_word_is_asked_not_named(
        bot: Bot, typed: str, locale: str, first: str, second: str) -> None:
    """« /participer 1 oui peut-être »: « Enfants notés : Peut-Être », two seats booked,
    where « oui peut etre » (two words) was asked which answer is meant. Both are asked now;
    nothing is booked. (« oui non » still says no child comes along.)"""
    event_id = await new_event(bot, EVENT)
    said = plain(await bot.say(f"/participer {event_id} {typed}", user="karim",
                               locale=locale))
    assert first.lower() in said.lower() and second.lower() in said.lower(), said
    assert "Enfants notés" not in said and "named" not in said, said
    assert await _seats_and_names(bot, event_id) == (0, {}), said
    said = plain(await bot.say(f"/participer {event_id} oui non", user="karim"))
    assert await _seats_and_names(bot, event_id) == (1, {}), said
